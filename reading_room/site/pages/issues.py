"""Browsing by paper and date: publication → year → month calendar → day (the issue) → article.

An issue is one publication on one date; its articles are in printed order: by 版次 when the
page printed one, then by source file, then by position in the file.  Articles without a date
have their own list per publication, in source order.  The same order gives every article its
previous/next (`indexes.runs`), never crossing an issue (or, undated, a source file).  The
structure (`Paper`, `Issue`) holds counts only; the pages that list articles are given them
(`issue_page`, `undated_page`: the archive database fetches one issue or one page at a time).

Pages (docs paths, spelled by `urls`):
    papers/index.md                       every publication
    papers/<paper>/index.md               years and months of one publication
    papers/<paper>/<yyyy>/index.md        the months of a year, as calendars
    papers/<paper>/<yyyy>/<mm>.md         a month calendar: days with an issue are links
    papers/<paper>/<yyyy-mm-dd>.md        the issue: its pages and articles in printed order
    papers/<paper>/undated/index.md (…/page-2.md…)  articles without a date

Does not: decide dates (an article's `date` is taken as given), write files.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from typing import Iterator

from ... import patterns as P
from ...model import Article
from .. import urls
from ..render import html_link, md_text, raw_html
from .common import (PER_PAGE, UNKNOWN_PAPER, Page, article_item, article_list, crumbs, link, page_head, pager,
                     paginate, slug)

WEEKDAYS = "一二三四五六日"  # Monday first, as Chinese calendars print


@dataclass(frozen=True)
class Issue:
    """One publication on one date: where its page is and how big it is (its articles are
    fetched when its page is made, see `indexes`)."""

    paper_slug: str
    paper: str
    date: str  # YYYY-MM-DD
    count: int  # articles
    pages: int  # source files (版面) they come from

    @property
    def path(self) -> str:
        return urls.issue(self.paper_slug, self.date)


@dataclass
class Paper:
    slug: str
    name: str
    issues: list[Issue] = field(default_factory=list)  # by date
    undated: int = 0  # articles without a date

    @property
    def path(self) -> str:
        return urls.paper(self.slug)

    @property
    def undated_path(self) -> str:
        return urls.listing(urls.paper_undated(self.slug))

    @property
    def count(self) -> int:
        return sum(i.count for i in self.issues) + self.undated

    def months(self) -> dict[str, dict[str, list[Issue]]]:
        """{yyyy: {mm: [issues]}} in date order."""
        out: dict[str, dict[str, list[Issue]]] = {}
        for issue in self.issues:
            y, m, _ = issue.date.split("-")
            out.setdefault(y, {}).setdefault(m, []).append(issue)
        return out


def year_path(paper: Paper, year: str) -> str:
    return urls.year(paper.slug, year)


def month_path(paper: Paper, year: str, month: str) -> str:
    return urls.month(paper.slug, year, month)


def paper_name(article: Article) -> str:
    return article.publication or UNKNOWN_PAPER


def page_order(page: str | None) -> tuple:
    """Sort key of a 版次: `A02` → ("A", 2); unknown pages after known ones."""
    if not page:
        return (1, "", 0, "")
    m = P.PAGE_CODE.match(page)
    if m:
        return (0, m.group(1).upper(), int(m.group(2)), "")
    return (0, "~", 0, page)


def printed_key(article: Article) -> tuple:
    return (page_order(article.page), article.source, article.position)


def issue_path(article: Article) -> str | None:
    """The issue page an article is listed on; None for an undated article."""
    return urls.issue(slug(paper_name(article)), article.date) if article.date else None


# --- pages -------------------------------------------------------------------------------------

def browse_pages(papers: list[Paper]) -> Iterator[tuple[str, str]]:
    """The papers index and, per paper, its page, year and month pages (issue and undated
    pages list articles: `issue_page`, `undated_page`)."""
    yield urls.PAPERS, papers_index(papers)
    for paper in papers:
        yield paper.path, paper_page(paper)
        months = paper.months()
        for year, by_month in months.items():
            yield year_path(paper, year), year_page(paper, year, by_month)
            for month in by_month:
                yield month_path(paper, year, month), month_page(paper, year, month, months)


def paper_summary(from_page: str, paper: Paper) -> list[str]:
    """The block home and the papers index show for one publication: span, years, months."""
    lines = []
    dates = [i.date for i in paper.issues]
    bits = [f"{paper.count} 篇文章"]
    if dates:
        bits += [f"{len(paper.issues)} 期", f"{dates[0]} 至 {dates[-1]}" if dates[0] != dates[-1] else dates[0]]
    else:
        bits.append("版面上都没有印日期")
    lines.append(" · ".join(bits))
    lines.append("")
    if paper.issues:
        latest = paper.issues[-1]
        lines.append(f"- 最新一期：{link(from_page, _long_date(latest.date), latest.path)}")
    for year, by_month in paper.months().items():
        months = " ".join(link(from_page, f"{int(m)}月", month_path(paper, year, m)) for m in by_month)
        lines.append(f"- {link(from_page, f'{year}年', year_path(paper, year))}：{months}")
    if paper.undated:
        lines.append(f"- {link(from_page, f'日期不详的文章（{paper.undated} 篇）', paper.undated_path)}")
    return lines


def papers_index(papers: list[Paper]) -> str:
    here = urls.PAPERS
    lines = [page_head("报纸与日历"), crumbs(here, [("首页", urls.HOME), ("报纸", None)]), "# 报纸与日历", ""]
    for paper in papers:
        lines += [f"## {link(here, paper.name, paper.path)}", ""] + paper_summary(here, paper) + [""]
    return "\n".join(lines)


def paper_page(paper: Paper) -> str:
    here = paper.path
    lines = [page_head(paper.name), crumbs(here, [("首页", urls.HOME), ("报纸", urls.PAPERS), (paper.name, None)]),
             f"# {md_text(paper.name)}", ""] + paper_summary(here, paper) + [""]
    for year, by_month in paper.months().items():
        lines += [f"## {link(here, f'{year}年', year_path(paper, year))}", ""]
        for month, issues in by_month.items():
            count = sum(i.count for i in issues)
            lines.append(f"- {link(here, f'{int(month)}月', month_path(paper, year, month))}"
                         f"：{len(issues)} 期 · {count} 篇")
        lines.append("")
    return "\n".join(lines)


def year_page(paper: Paper, year: str, by_month: dict[str, list[Issue]]) -> str:
    here = year_path(paper, year)
    lines = [page_head(f"{paper.name} {year}年"),
             crumbs(here, [("首页", urls.HOME), (paper.name, paper.path), (f"{year}年", None)]),
             f"# {md_text(paper.name)} {year}年", ""]
    for month, issues in by_month.items():
        lines += [f"## {link(here, f'{int(month)}月', month_path(paper, year, month))}", "",
                  calendar_grid(here, int(year), int(month), {i.date: i for i in issues}), ""]
    return "\n".join(lines)


def month_page(paper: Paper, year: str, month: str, months: dict[str, dict[str, list[Issue]]]) -> str:
    here = month_path(paper, year, month)
    issues = months[year][month]
    order = [(y, m) for y, ms in months.items() for m in ms]
    at = order.index((year, month))
    lines = [page_head(f"{paper.name} {year}年{int(month)}月"),
             crumbs(here, [("首页", urls.HOME), (paper.name, paper.path), (f"{year}年", year_path(paper, year)),
                           (f"{int(month)}月", None)]),
             f"# {md_text(paper.name)} {year}年{int(month)}月", "",
             f"本月 {len(issues)} 期 · {sum(i.count for i in issues)} 篇。有报纸的日期可以点击。", "",
             calendar_grid(here, int(year), int(month), {i.date: i for i in issues}), ""]
    lines += [f"- {link(here, _long_date(i.date), i.path)}：{i.pages} 个版面 · {i.count} 篇"
              for i in issues]
    steps = []
    if at > 0:
        y, m = order[at - 1]
        steps.append(link(here, f"← {y}年{int(m)}月", month_path(paper, y, m)))
    if at + 1 < len(order):
        y, m = order[at + 1]
        steps.append(link(here, f"{y}年{int(m)}月 →", month_path(paper, y, m)))
    if steps:
        lines += ["", '<nav class="rr-prevnext" aria-label="上月 下月" markdown="1">', "", " · ".join(steps), "",
                  "</nav>"]
    return "\n".join(lines) + "\n"


def calendar_grid(here: str, year: int, month: int, issues: dict[str, Issue]) -> str:
    """A Monday-first month table; a day with an issue is a link to it, other days are not."""
    rows = ["| " + " | ".join(WEEKDAYS) + " |", "|" + ":-:|" * 7]
    for week in calendar.Calendar(firstweekday=0).monthdayscalendar(year, month):
        cells = []
        for day in week:
            date = f"{year:04d}-{month:02d}-{day:02d}"
            if day == 0:
                cells.append(" ")
            elif date in issues:
                cells.append(link(here, str(day), issues[date].path))
            else:
                cells.append(str(day))
        rows.append("| " + " | ".join(cells) + " |")
    return '<div class="rr-calendar" markdown="1">\n\n' + "\n".join(rows) + "\n\n</div>"


def issue_page(paper: Paper, issue: Issue, articles: list[Article], prev: Issue | None, nxt: Issue | None) -> str:
    """The issue's page; `articles` are its articles in printed order."""
    here = issue.path
    y, m, d = issue.date.split("-")
    lines = [page_head(f"{paper.name} {_long_date(issue.date)}"),
             crumbs(here, [("首页", urls.HOME), (paper.name, paper.path), (f"{y}年", year_path(paper, y)),
                           (f"{int(m)}月", month_path(paper, y, m)), (f"{int(d)}日", None)]),
             f"# {md_text(paper.name)} {_long_date(issue.date)}", "",
             f"{issue.pages} 个版面 · {issue.count} 篇，按刊印顺序排列。", ""]
    lines += _sections(here, articles)
    steps = []
    if prev:
        steps.append(link(here, f"← 上一期 {_long_date(prev.date)}", prev.path))
    if nxt:
        steps.append(link(here, f"下一期 {_long_date(nxt.date)} →", nxt.path))
    if steps:
        lines += ['<nav class="rr-prevnext" aria-label="上一期 下一期" markdown="1">', "", " · ".join(steps), "",
                  "</nav>"]
    return "\n".join(lines) + "\n"


def undated_page(paper: Paper, page: Page, pages: list[Page], chunk: list[Article]) -> str:
    """One page (`page` of `pages`, `paginate`d by PER_PAGE) of a paper's undated articles,
    which are in source order; `chunk` are the page's."""
    here = page.path
    lines = [page_head(f"{paper.name} · 日期不详"),
             crumbs(here, [("首页", urls.HOME), (paper.name, paper.path), ("日期不详", None)]),
             f"# {md_text(paper.name)} · 日期不详的文章", "",
             f"这 {paper.undated} 篇文章的版面上没有印日期，文件名和网址里也没有，所以不归入日历。"
             "按版面文件排列。", "", pager(page, pages)]
    lines += _sections(here, chunk)
    lines.append(pager(page, pages))
    return "\n".join(lines) + "\n"


def undated_listing(paper: Paper) -> list[Page]:
    return paginate(urls.paper_undated(paper.slug), paper.undated, PER_PAGE)


def _sections(here: str, articles: list[Article]) -> list[str]:
    """Articles grouped by page (source file), each group headed by its 版次 and source link."""
    lines: list[str] = []
    groups: dict[str, list[Article]] = {}
    for article in articles:
        groups.setdefault(article.source, []).append(article)
    for source, items in groups.items():
        first = items[0]
        head = f"第{first.page}版" + (f" {first.section}" if first.section else "") if first.page else "版面"
        lines += [f"## {md_text(head)} · {md_text(source)}", "",
                  raw_html(f'<p class="rr-where">{html_link("查看版面原文与清理记录", urls.rel(here, urls.source_page(source)))}</p>')]
        lines.append(article_list(article_item(here, article, when=False) for article in items))
    return lines


def _long_date(date: str) -> str:
    y, m, d = (int(x) for x in date.split("-"))
    weekday = WEEKDAYS[calendar.weekday(y, m, d)]
    return f"{y}年{m}月{d}日 星期{weekday}"
