"""Facets: authors, keywords, people, places, organisations, series — an index and a page each.

A term's page lists its articles newest first (undated last), `PER_PAGE` at a time; a facet's
index lists its terms by number of articles, `TERMS_PER_PAGE` at a time.  Terms are grouped by
`common.slug` (traditional and simplified spellings of one name share a page) and shown in
their most frequent printed form.  Keywords get a page only when at least two articles share
them (`MIN_ARTICLES`): a keyword of one article is no path to anything, and at 50,000 articles
it would double the number of pages.

Pages (docs-relative): `authors/…`, `tags/keywords/…`, `tags/people/…`, `tags/places/…`,
`tags/organizations/…`, `series/…`, each `<facet>/index.md` (+ `page-k.md`) and
`<facet>/<slug>/index.md` (+ `page-k.md`); `tags/index.md` introduces the four tag facets.

Which terms get a page, and their articles, come from the archive database (`archive_db`:
`Term` holds a count, not the articles); here are the orders (`term_order`, `article_order`)
and the pages.

Does not: compute the terms (`meta.keywords`), write files.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ...model import Article
from .. import urls
from ..render import html_link, md_text, raw_html
from .common import (PER_PAGE, TERMS_PER_PAGE, Page, article_item, article_list, crumbs, link, page_head, pager,
                     paginate, slug)


@dataclass(frozen=True)
class Facet:
    key: str
    label: str  # what the index is called
    base: str  # folder under docs/
    values: Callable[[Article], tuple[str, ...]]
    min_articles: int = 1
    note: str = ""


FACETS = (
    Facet("authors", "作者", "authors", lambda a: a.authors, note="署名记者，按文章数排列。"),
    Facet("keywords", "关键词", "tags/keywords", lambda a: a.keywords, min_articles=2,
          note="由 jieba TF-IDF 从每篇文章中选出的词，至少两篇文章共有的才列出。"),
    Facet("people", "人物", "tags/people", lambda a: a.people, note="文中以“职务＋姓名”出现的人物，如“登封市委书记王鸿勋”。"),
    Facet("places", "地点", "tags/places", lambda a: a.places, note="文中出现的地名。"),
    Facet("organizations", "机构", "tags/organizations", lambda a: a.organizations, note="文中出现的机关、团体、企业。"),
    Facet("series", "专栏与系列", "series", lambda a: (a.series,) if a.series else (), note="版面上印出的专栏或系列报道名。"),
)
TAG_FACETS = ("keywords", "people", "places", "organizations")


@dataclass(frozen=True)
class Term:
    """A term that has a page: its most frequent printed form (`name`), how many articles it
    is on, and every form it was printed in (sorted)."""

    facet: Facet
    slug: str
    name: str
    count: int
    spellings: tuple[str, ...] = ()

    @property
    def path(self) -> str:
        return urls.listing(urls.term(self.facet.base, self.slug))


def term_name(spellings: dict[str, int]) -> str:
    """The form a term is shown in: the most frequent, then the first in code-point order."""
    return sorted(spellings.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def term_order(term: Term) -> tuple:
    """Terms are listed most articles first."""
    return (-term.count, term.name)


def article_order(article: Article) -> tuple:
    """A term's articles are listed newest first, undated last, then in source order."""
    return (article.date is None, neg_date(article.date), article.source, article.position)


def term_groups(article: Article, lookup: Callable[[str, str], "Term | None"]) -> list[tuple[str, list[tuple[str, str]]]]:
    """[(facet label, [(name, docs path)])] for an article page's index box; `lookup(facet key,
    slug)` is the term with a page, or None."""
    groups = []
    for facet in FACETS:
        found = [lookup(facet.key, slug(v)) for v in dict.fromkeys(facet.values(article))]
        pairs = [(t.name, t.path) for t in found if t]
        if pairs:
            groups.append((facet.label, pairs))
    return groups


def tags_index(top: dict[str, list[Term]], counts: dict[str, int]) -> str:
    """`top`: the first 30 terms of each tag facet; `counts`: how many terms each has."""
    here = urls.TAGS
    lines = [page_head("标签"), crumbs(here, [("首页", urls.HOME), ("标签", None)]), "# 标签", "",
             "按关键词、人物、地点、机构浏览文章。", ""]
    for facet in (f for f in FACETS if f.key in TAG_FACETS):
        lines += [f"## {link(here, facet.label, urls.listing(facet.base))}", "", md_text(facet.note), ""]
        lines += _term_list(here, top[facet.key][:30])
        if counts[facet.key] > 30:
            lines += ["", link(here, f"全部 {counts[facet.key]} 个{facet.label} →", urls.listing(facet.base))]
        lines.append("")
    return "\n".join(lines)


def facet_listing(facet: Facet, count: int) -> list[Page]:
    """The pages of a facet's index, for `count` terms."""
    return paginate(facet.base, count, TERMS_PER_PAGE)


def facet_index_page(facet: Facet, count: int, page: Page, pages: list[Page], chunk: list[Term]) -> str:
    """One page of a facet's index; `chunk`: its terms (TERMS_PER_PAGE at most), in `term_order`."""
    parent = [("首页", urls.HOME)] + ([("标签", urls.TAGS)] if facet.key in TAG_FACETS else [])
    here = page.path
    lines = [page_head(facet.label), crumbs(here, parent + [(facet.label, None)]), f"# {facet.label}", "",
             f"{count} 个。{md_text(facet.note)}", "", pager(page, pages)]
    lines += _term_list(here, chunk) if chunk else ["（暂无）"]
    lines += ["", pager(page, pages)]
    return "\n".join(lines) + "\n"


def term_listing(term: Term) -> list[Page]:
    return paginate(urls.term(term.facet.base, term.slug), term.count, PER_PAGE)


def term_page(term: Term, page: Page, pages: list[Page], chunk: list[Article]) -> str:
    """One page of a term's articles; `chunk`: its articles (PER_PAGE at most), in `article_order`."""
    facet = term.facet
    parent = [("首页", urls.HOME)] + ([("标签", urls.TAGS)] if facet.key in TAG_FACETS else [])
    here = page.path
    lines = [page_head(f"{facet.label}：{term.name}"),
             crumbs(here, parent + [(facet.label, urls.listing(facet.base)), (term.name, None)]),
             f"# {md_text(facet.label)}：{md_text(term.name)}", ""]
    others = [s for s in term.spellings if s != term.name]
    summary = f"{term.count} 篇文章，新的在前。"
    if others:
        summary += "也写作：" + "、".join(md_text(s) for s in sorted(others)) + "。"
    lines += [summary, "", pager(page, pages)]
    lines.append(article_list(article_item(here, a) for a in chunk))
    lines += ["", pager(page, pages)]
    return "\n".join(lines) + "\n"


def _term_list(here: str, terms: list[Term]) -> list[str]:
    items = [f'<li>{html_link(t.name, urls.rel(here, t.path))} <span class="rr-count">{t.count}</span></li>'
             for t in terms]
    return [raw_html("\n".join(['<div class="rr-terms"><ul>'] + items + ["</ul></div>"]))]


def neg_date(date: str | None) -> str:
    """A key that sorts dates newest first."""
    return "".join(chr(0x39 - ord(c) + 0x30) if c.isdigit() else c for c in (date or ""))
