"""Shared helpers for index pages: slugs, links, pagination, list items, front matter.

Does not: decide where a page lives or how a link is spelled (`urls`).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Iterable, Sequence

from ... import patterns as P
from ...convert.meta.fold import fold_simplified as fold
from ...model import Article
from ..render import dump_yaml, html_link, html_text, md_text, raw_html
from .. import urls
from ..titles import display_title

#: Articles per listing page (tag, author, undated…); index pages list up to `TERMS_PER_PAGE`.
PER_PAGE = 100
TERMS_PER_PAGE = 500
UNKNOWN_PAPER = "报名不详"


def slug(name: str) -> str:
    """A file-name-safe key for a name, folded so 鄭州 and 郑州 share one page.

    Han characters, ASCII digits/lower-case letters and `_` stay readable (`杨丽萍`); anything
    else is dropped and a short hash of the name keeps the slug unique (`x-1a2b3c4d`).
    """
    key = fold(" ".join(name.split()))
    lowered = key.lower()
    if P.SLUG_SAFE.match(lowered) and lowered == key:
        return key
    kept = P.SLUG_DROP.sub("", lowered)[:16]
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
    return f"{kept}-{digest}" if kept else f"x-{digest}"


def link(from_page: str, text: str, to_page: str) -> str:
    """A Markdown link with escaped text."""
    return f"[{md_text(text)}]({urls.rel(from_page, to_page)})"


def when_plain(article: Article) -> str:
    bits = [article.publication, article.date or "日期不详"]
    if article.page:
        bits.append(f"第{article.page}版")
    return " · ".join(b for b in bits if b)


def article_item(from_page: str, article: Article, when: bool = True, extra: str = "") -> str:
    """One list entry (`<li>`): linked title, then publication · date · page in small type;
    `extra` is more HTML for the end of the entry.  Goes inside `article_list`."""
    text = "<li>" + html_link(display_title(article), urls.rel(from_page, urls.article(article.id)))
    if article.kicker or article.subtitle:
        sub = " ".join(x for x in (article.kicker, article.subtitle) if x)
        text += f' <span class="rr-sub">{html_text(sub)}</span>'
    if when:
        text += f' <span class="rr-when">{html_text(when_plain(article))}</span>'
    else:  # inside an issue or a source the date is known: say who wrote it and how long it is
        names = list(article.authors[:3]) + (["等"] if len(article.authors) > 3 else [])
        who = ("记者 " + " ".join(names) + " · ") if names else ""
        text += f' <span class="rr-sub">{html_text(who)}{article.chars} 字</span>'
    return text + extra + "</li>"


def article_list(items: Iterable[str]) -> str:
    """`article_item`s as one raw HTML list."""
    return raw_html('<ul class="rr-list">\n' + "\n".join(items) + "\n</ul>")


def page_head(title: str, hide: Sequence[str] = ("toc",), indexed: bool = False, **extra) -> str:
    """Front matter of a generated page; the title is HTML-escaped (the theme prints it raw).

    Generated listings stay out of Material's lunr index unless `indexed`: the archive's own
    search covers them, and that index is never loaded by the UI (notes/search-design.md).
    """
    meta = {"title": html_text(" ".join(title.split()))}
    if hide:
        meta["hide"] = list(hide)
    if not indexed:
        meta["search"] = {"exclude": True}
    meta.update(extra)
    return "---\n" + dump_yaml(meta) + "---\n"


def crumbs(from_page: str, trail: Iterable[tuple[str, str | None]]) -> str:
    """A breadcrumb line (`首页 › 郑州日报 › 2024年`), the last item unlinked."""
    bits = [html_link(text, urls.rel(from_page, target)) if target else html_text(text) for text, target in trail]
    return raw_html(f'<nav class="rr-crumbs" aria-label="位置"><p>{" › ".join(bits)}</p></nav>')


@dataclass(frozen=True)
class Page:
    """One page of a paginated listing."""

    path: str
    number: int
    total: int
    start: int  # index of the first item on this page


def paginate(base: str, count: int, per_page: int) -> list[Page]:
    """`base` is a folder: its pages are `urls.listing(base, n)`."""
    total = max(1, -(-count // per_page))
    return [Page(urls.listing(base, n), n, total, (n - 1) * per_page)
            for n in range(1, total + 1)]


def pager(page: Page, pages: list[Page]) -> str:
    """`第 2 / 5 页: 1 2 3 4 5` with the current page unlinked; empty for a single page."""
    if page.total == 1:
        return ""
    bits = [f'<strong aria-current="page">{p.number}</strong>' if p is page else html_link(str(p.number), urls.rel(page.path, p.path))
            for p in pages]
    return raw_html(f'<nav class="rr-pager" aria-label="分页"><p>第 {page.number} / {page.total} 页：{" ".join(bits)}</p></nav>')
