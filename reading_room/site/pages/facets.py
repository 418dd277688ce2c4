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

Does not: compute the terms (`meta.keywords`), write files.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

from ...model import Article
from .. import urls
from ..render import html_link, md_text, raw_html
from .common import PER_PAGE, TERMS_PER_PAGE, article_item, article_list, crumbs, link, page_head, pager, paginate, slug


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


@dataclass
class Term:
    facet: Facet
    slug: str
    spellings: Counter = field(default_factory=Counter)
    articles: list[Article] = field(default_factory=list)

    @property
    def name(self) -> str:
        return sorted(self.spellings.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]

    @property
    def path(self) -> str:
        return urls.listing(urls.term(self.facet.base, self.slug))


def collect(articles: list[Article]) -> dict[str, list[Term]]:
    """{facet key: terms that get a page, most articles first}."""
    out: dict[str, list[Term]] = {}
    for facet in FACETS:
        terms: dict[str, Term] = {}
        for article in articles:
            for value in dict.fromkeys(facet.values(article)):
                key = slug(value)
                term = terms.setdefault(key, Term(facet, key))
                term.spellings[value] += 1
                if not term.articles or term.articles[-1] is not article:
                    term.articles.append(article)
        kept = [t for t in terms.values() if len(t.articles) >= facet.min_articles]
        out[facet.key] = sorted(kept, key=lambda t: (-len(t.articles), t.name))
    return out


def term_links(terms: dict[str, list[Term]], articles: list[Article]) -> dict[str, list[tuple[str, list[tuple[str, str]]]]]:
    """{article id: [(facet label, [(name, docs path)])]} for the article pages' index box."""
    lookup = {(f, t.slug): t for f, ts in terms.items() for t in ts}
    out: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {}
    for article in articles:
        groups = []
        for facet in FACETS:
            found = [lookup.get((facet.key, slug(v))) for v in dict.fromkeys(facet.values(article))]
            pairs = [(t.name, t.path) for t in found if t]
            if pairs:
                groups.append((facet.label, pairs))
        out[article.id] = groups
    return out


def facet_pages(terms: dict[str, list[Term]]) -> dict[str, str]:
    files: dict[str, str] = {urls.TAGS: tags_index(terms)}
    for facet in FACETS:
        files.update(facet_index(facet, terms[facet.key]))
        for term in terms[facet.key]:
            files.update(term_pages(term))
    return files


def tags_index(terms: dict[str, list[Term]]) -> str:
    here = urls.TAGS
    lines = [page_head("标签"), crumbs(here, [("首页", urls.HOME), ("标签", None)]), "# 标签", "",
             "按关键词、人物、地点、机构浏览文章。", ""]
    for facet in (f for f in FACETS if f.key in TAG_FACETS):
        items = terms[facet.key]
        lines += [f"## {link(here, facet.label, urls.listing(facet.base))}", "", md_text(facet.note), ""]
        lines += _term_list(here, items[:30])
        if len(items) > 30:
            lines += ["", link(here, f"全部 {len(items)} 个{facet.label} →", urls.listing(facet.base))]
        lines.append("")
    return "\n".join(lines)


def facet_index(facet: Facet, terms: list[Term]) -> dict[str, str]:
    pages = paginate(facet.base, len(terms), TERMS_PER_PAGE)
    files = {}
    parent = [("首页", urls.HOME)] + ([("标签", urls.TAGS)] if facet.key in TAG_FACETS else [])
    for page in pages:
        here = page.path
        chunk = terms[page.start:page.start + TERMS_PER_PAGE]
        lines = [page_head(facet.label), crumbs(here, parent + [(facet.label, None)]), f"# {facet.label}", "",
                 f"{len(terms)} 个。{md_text(facet.note)}", "", pager(page, pages)]
        lines += _term_list(here, chunk) if chunk else ["（暂无）"]
        lines += ["", pager(page, pages)]
        files[here] = "\n".join(lines) + "\n"
    return files


def term_pages(term: Term) -> dict[str, str]:
    facet = term.facet
    articles = sorted(term.articles, key=lambda a: (a.date is None, _neg(a.date), a.source, a.position))
    pages = paginate(urls.term(facet.base, term.slug), len(articles), PER_PAGE)
    files = {}
    parent = [("首页", urls.HOME)] + ([("标签", urls.TAGS)] if facet.key in TAG_FACETS else [])
    for page in pages:
        here = page.path
        chunk = articles[page.start:page.start + PER_PAGE]
        lines = [page_head(f"{facet.label}：{term.name}"),
                 crumbs(here, parent + [(facet.label, urls.listing(facet.base)), (term.name, None)]),
                 f"# {md_text(facet.label)}：{md_text(term.name)}", ""]
        others = [s for s in term.spellings if s != term.name]
        summary = f"{len(articles)} 篇文章，新的在前。"
        if others:
            summary += "也写作：" + "、".join(md_text(s) for s in sorted(others)) + "。"
        lines += [summary, "", pager(page, pages)]
        lines.append(article_list(article_item(here, a) for a in chunk))
        lines += ["", pager(page, pages)]
        files[here] = "\n".join(lines) + "\n"
    return files


def _term_list(here: str, terms: list[Term]) -> list[str]:
    items = [f'<li>{html_link(t.name, urls.rel(here, t.path))} <span class="rr-count">{len(t.articles)}</span></li>'
             for t in terms]
    return [raw_html("\n".join(['<div class="rr-terms"><ul>'] + items + ["</ul></div>"]))]


def _neg(date: str | None) -> str:
    """A key that sorts dates newest first."""
    return "".join(chr(0x39 - ord(c) + 0x30) if c.isdigit() else c for c in (date or ""))
