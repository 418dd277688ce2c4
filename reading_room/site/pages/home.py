"""The home page: the archive at a glance, and every browse path one click away.

Publications with their span, years and months (a month is two clicks from any article: month →
day → article), the latest issue, counts, search, authors, tags, series, sources, feeds and data.

Does not: list the whole archive (it is bounded by the number of publications × years).
"""
from __future__ import annotations

from dataclasses import dataclass

from ...model import Article
from .. import urls
from ..render import html_text
from .common import article_item, article_list, link, page_head
from .facets import FACETS
from .issues import Paper, paper_summary

LATEST = 10


@dataclass(frozen=True)
class Totals:
    """The archive in numbers, for the home page."""

    articles: int
    sources: int
    first_date: str | None  # of the dated articles
    last_date: str | None


def home_page(totals: Totals, papers: list[Paper], counts: dict[str, int], latest: list[Article]) -> str:
    """`counts`: terms with a page per facet key; `latest`: the newest articles (`feeds.latest`)."""
    here = urls.HOME
    span = f"{totals.first_date} 至 {totals.last_date}" if totals.first_date else "日期不详"
    lines = [page_head("读报室", hide=("navigation", "toc"), indexed=True), '<div class="rr-home" markdown="1">', "",
             "# 读报室", "",
             f'<p class="rr-stats">{totals.articles} 篇文章 · {totals.sources} 个版面文件 · '
             f"{len(papers)} 种报纸 · {html_text(span)}</p>", "",
             "按报纸和日期翻阅，或在页面顶部的搜索框输入标题、人名、地名、正文短语检索（简体、繁体皆可）。", "",
             "## 报纸", ""]
    for paper in papers:
        lines += [f"### {link(here, paper.name, paper.path)}", ""] + paper_summary(here, paper) + [""]
    lines += ["## 最新文章", ""]
    lines.append(article_list(article_item(here, a) for a in latest[:LATEST]))
    lines += ["", "## 浏览", ""]
    folder = {f.key: f.base for f in FACETS}
    lines += [
        f"- {link(here, '报纸与日历', urls.PAPERS)}：按报纸、年、月、日翻阅",
        f"- {link(here, '作者', urls.listing(folder['authors']))}（{counts['authors']} 位记者）",
        f"- {link(here, '标签', urls.TAGS)}："
        + " · ".join(link(here, f"{f.label}（{counts[f.key]}）", urls.listing(f.base))
                     for f in FACETS if f.key in ("keywords", "people", "places", "organizations")),
        f"- {link(here, '专栏与系列', urls.listing(folder['series']))}（{counts['series']}）",
        f"- {link(here, '版面文件', urls.listing(urls.SOURCES))}：原文、清理记录、每篇文章在原文中的位置",
        "",
        "## 订阅与数据",
        "",
        f"- 订阅最新文章：{link(here, 'RSS', urls.FEED_RSS)} · {link(here, 'JSON Feed', urls.FEED_JSON)}",
        f"- 整个存档的数据：{link(here, 'articles.jsonl', urls.DATA_ARTICLES_JSONL)} · "
        f"{link(here, 'articles.csv', urls.DATA_ARTICLES_CSV)}（UTF-8，带 BOM，可直接用电子表格打开）",
        f"- {link(here, '关于本馆：怎样制作、怎样引用', urls.ABOUT)}",
        "", "</div>", ""]
    return "\n".join(lines)
