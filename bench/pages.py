"""The benchmark archive's pages as printed: a planned page (`bench/plan.py`) → the text of a
page dump (or a saved HTML page, `bench/saved_html.py`), encoded as the plan says; and an
article as plain Markdown for the stock-Material baseline.  Pure.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from typing import Iterable

from bench.corpus import to_traditional
from bench.plan import (
    HEADLINE_LIST_LABEL,
    NAV_BAR,
    PAGE_FLIP,
    PUBLICATIONS,
    RELATED_NEWS,
    SOURCE_LINE,
    WEEKDAYS,
    ArticleSpec,
    PageSpec,
)
from bench.saved_html import render_saved_html


def cjk_date(d: dt.date) -> str:
    """`2024年9月19日 星期四`."""
    return f"{d.year}年{d.month}月{d.day}日 {WEEKDAYS[d.weekday()]}"


def _byline(prefix: str, names: Iterable[str]) -> str:
    return " ".join((prefix, *names))


def render_article(a: ArticleSpec, page: PageSpec) -> list[str]:
    """The article's blocks as printed (simplified script; `render_page` converts)."""
    out = []
    if a.kicker:
        out.append(a.kicker)
    out.append(a.title)
    if a.subtitle:
        out.append(a.subtitle)
    if a.byline_style == "top":
        line = _byline("本报记者", a.authors)
        if a.correspondents:
            line += " " + _byline("通讯员", a.correspondents)
        out.append(line)
    elif a.byline_style == "quanmeiti":  # 郑报全媒体记者 = "Zhengzhou Daily all-media reporter"
        out.append(_byline("郑报全媒体记者", a.authors))
    if page.date_style == "iso_per_article":
        out.append(SOURCE_LINE.format(date=page.date.isoformat(), pub=page.publication))
    paragraphs = [list(b) for b in a.blocks]
    first = next(b for b in paragraphs if b[0] == "p")
    if a.byline_style == "xun":  # 本报讯(记者 X 通讯员 Y) = "our own report (reporter X …)"
        inner = _byline("记者", a.authors)
        if a.correspondents:
            inner += " " + _byline("通讯员", a.correspondents)
        first[1] = f"本报讯({inner}){first[1]}"
    if a.continued_from:
        first[1] = f"(上接{a.continued_from}版){first[1]}"
    last = next(b for b in reversed(paragraphs) if b[0] == "p")
    if a.continued_to:
        last[1] = f"{last[1]}(下转{a.continued_to}版)"
    if a.byline_style == "closing_inline":  # 正观新闻·郑州晚报记者 X, glued to the last paragraph
        last[1] = f"{last[1]}正观新闻·{page.publication}记者 {' '.join(a.authors)}"
    out.extend(t for _, t in paragraphs)
    if a.byline_style == "closing_line":
        out.append(_byline("本报记者", a.authors))
    return out


def render_page(page: PageSpec) -> str:
    """The page file's text (before encoding).  Pure."""
    if page.saved_html:
        return _render_html_page(page)
    other = next(p for p, _ in PUBLICATIONS if p != page.publication)
    head: list[str] = []
    indent = ""
    if page.html_debris:
        head += ['<track id="6birc"></track><option id="6birc"></option>',
                 '    <samp id="6birc"></samp>', '  1. <samp id="6birc"></samp>']
        indent = "          "
    if page.nav:
        head.append(NAV_BAR.format(pub=page.publication, other=other))
    head.append(f"第{page.page}版:{page.section}")
    if page.date_style == "header":
        head.append(cjk_date(page.date) if page.index % 3 else page.date.isoformat())
    if page.page_flip == "top":
        head.append(PAGE_FLIP)
    blocks: list[str] = ["\n".join(head)]
    if page.headline_list:
        label = [HEADLINE_LIST_LABEL] if page.index % 2 else []
        blocks.append("\n".join(label + [a.title for a in page.articles]))
    for a in page.articles:
        blocks.extend(render_article(a, page))
    tail = []
    if page.editor_line:
        tail.append(page.editor_line)
    if page.html_debris:
        tail += [RELATED_NEWS, "www.uuyoujizz.com"]
    if page.page_flip == "bottom":
        tail.append(PAGE_FLIP)
    if tail:
        blocks.append("\n\n".join(tail))
    text = "\n\n" + "\n\n".join(indent + b if indent else b for b in blocks) + "\n"
    if page.script == "hant":
        text = to_traditional(text, "s2tw" if page.encoding == "big5" else "s2t")
    return text


def _render_html_page(page: PageSpec) -> str:
    articles = []
    for a in page.articles:
        blocks = render_article(a, page)
        tags = ["h3"] * bool(a.kicker) + ["h1"] + ["h2"] * bool(a.subtitle)
        articles.append((list(zip(tags, blocks)), blocks[len(tags):]))
    header = f"第{page.page}版:{page.section}"
    if page.date_style == "header":  # as the text page prints it, under the page header
        header += " " + (cjk_date(page.date) if page.index % 3 else page.date.isoformat())
    text = render_saved_html(header, page.articles[0].title, page.publication, page.encoding, articles)
    if page.script == "hant":
        text = to_traditional(text, "s2tw" if page.encoding == "big5" else "s2t")
    return text


#: Stand-in for a character the legacy charset lacks (`□`, as printed when a glyph is missing).
MISSING_GLYPH = "□"


def encode_page(text: str, encoding: str) -> bytes:
    """Encode a page; a character the charset lacks becomes `□`, so the file always decodes."""
    if encoding in ("utf-8", "utf-8-sig", "gb18030"):
        return text.encode(encoding)
    out = []
    for ch in text:
        try:
            out.append(ch.encode(encoding))
        except UnicodeEncodeError:
            out.append(MISSING_GLYPH.encode(encoding))
    return b"".join(out)


def page_filename(page: PageSpec, data: bytes) -> str:
    """`00012_3f2a….txt` (`.html` for a saved page): index plus content hash, like the seed files' names."""
    return f"{page.index:05d}_{hashlib.sha1(data).hexdigest()[:16]}.{'html' if page.saved_html else 'txt'}"


def render_plain_markdown(a: ArticleSpec, page: PageSpec) -> str:
    """The article as a plain Markdown page (title + text), for the stock-Material baseline."""
    lines = [f"# {a.title}", ""]
    if a.subtitle:
        lines += [a.subtitle, ""]
    lines += [f"{' '.join(a.authors)} · {page.publication} · {page.date.isoformat()} · 第{page.page}版", ""]
    for kind, t in a.blocks:
        t = t.replace("\n\n", "")
        lines += [f"## {t}" if kind == "h" else t, ""]
    text = "\n".join(lines)
    return to_traditional(text) if page.script == "hant" else text
