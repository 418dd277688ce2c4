"""Stage 6: an `Article` → the Markdown page MkDocs renders, and the text-safety rules for it.

Source text is data, never markup: everything from a source passes through `md_text` (body
Markdown: every character Markdown or HTML could read as syntax becomes a character reference)
or `html_text` (inside the raw HTML blocks around it: header, links, index box, citation;
`html_link` builds their links, already pointing at the served pages: `urls.href`).  Front matter
is written by `dump_yaml` with every value a JSON scalar, so a title holding `: `, `---`, quotes, `&anchor` or `!!python/object` stays a string.  The theme
prints `title` unescaped, so the front-matter `title` is HTML-escaped; the article's own values
stay raw under `article:` and read back equal (`tests/test_render.py`).

Does not: decide metadata, write files, know other articles (see `indexes` for links between
pages).
"""
from __future__ import annotations

import html
import json
from dataclasses import dataclass

from .. import patterns as P
from ..model import Article
from . import cite, urls
from .titles import display_title

#: The lines around a raw HTML block the converter made.  Source text can never produce them:
#: every `<` taken from a source is escaped.  The MkDocs hook (hooks/raw_blocks.py) keeps its
#: own copy, as it is loaded by path without the package; a test checks that the two agree.
RAW_OPEN = "<!--rr:raw-->"
RAW_CLOSE = "<!--/rr:raw-->"

#: The character reference `md_text` writes for each of `patterns.MARKDOWN_SPECIAL_CHAR`.
_ESCAPES = {c: f"&#{ord(c)};" for c in P.MARKDOWN_SPECIAL}
_ESCAPES["&"] = "&amp;"
_LEADING = "-+.=@%"


def md_text(text: str) -> str:
    """Text that Markdown shows literally: `<script>` → `&#60;script&#62;`, `# x` → `&#35; x`."""
    text = " ".join(text.split())  # no line breaks, no indents: nothing block-level survives
    # A regex finds the few characters to escape in C (str.translate would ask a dict about
    # every character of the text).
    out = P.MARKDOWN_SPECIAL_CHAR.sub(lambda m: _ESCAPES[m.group()], text)
    out = P.LEADING_LIST_NUMBER.sub(lambda m: m.group(1) + f"&#{ord(m.group(2))};", out)
    if out and out[0] in _LEADING:
        out = f"&#{ord(out[0])};" + out[1:]
    return out


def html_text(text: str | None) -> str:
    return html.escape(text or "", quote=True)


def raw_html(markup: str) -> str:
    """Converter-made HTML as a marked block, which the site build passes through verbatim
    (`hooks/raw_blocks.py`); every source string in `markup` must already be escaped (`html_text`,
    `html_link`).  Empty markup gives no block."""
    markup = markup.strip("\n")
    return f"{RAW_OPEN}\n{markup}\n{RAW_CLOSE}\n" if markup else ""


def html_link(text: str, href: str, rel: str | None = None) -> str:
    """`<a href>` with escaped text.  Chrome around the text (crumbs, lists, pagers) is raw HTML
    rather than Markdown: Python-Markdown spends about 30 µs on each Markdown link and inline
    tag, and a listing page has hundreds (bench/report.md)."""
    extra = f' rel="{rel}"' if rel else ""
    return f'<a href="{urls.href(href)}"{extra}>{html_text(text)}</a>'


def lang_of(script: str) -> str:
    return "zh-Hant" if script == "hant" else "zh-Hans"


@dataclass(frozen=True)
class Links:
    """Relative links from an article page to the pages around it (computed by `indexes`)."""

    source_page: str  # e.g. ../sources/000_x.md#L12
    previous: tuple[str, str] | None = None  # (href, title)
    following: tuple[str, str] | None = None
    home: str = urls.rel(urls.article("x"), urls.HOME)  # ../index.md
    crumbs: tuple[tuple[str, str], ...] = ()  # (text, href): paper, month, issue…
    terms: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()  # (facet label, ((name, href), …))


#: Labels in the article's own script (the header carries its `lang`).
LABELS = {
    "hans": {"reporter": "记者", "correspondent": "通讯员", "photographer": "摄影", "editor": "编辑",
             "no_paper": "报名不详", "no_date": "日期不详", "page": "第{}版", "from": "上接{}版",
             "to": "（下转{}版）"},
    "hant": {"reporter": "記者", "correspondent": "通訊員", "photographer": "攝影", "editor": "編輯",
             "no_paper": "報名不詳", "no_date": "日期不詳", "page": "第{}版", "from": "上接{}版",
             "to": "（下轉{}版）"},
}
#: Where a date that was not printed on the page came from (DESIGN.md: it must say so).
DATE_NOTES = {"filename": "据文件名推断", "url": "据网址推断", "inferred": "据上下文推断"}


#: YAML 1.1's words for true, false and null: written quoted even where `P.YAML_PLAIN_KEY` fits.
_YAML_WORDS = frozenset("y n yes no on off true false null".split())


#: `json.dumps(value, ensure_ascii=False)`, without building an encoder per call: a page's front
#: matter has dozens of scalars, and the encoder's construction cost more than encoding a string.
_JSON = json.JSONEncoder(ensure_ascii=False)


def _flow(value) -> str:
    """A scalar, or a list/dict in flow style: JSON, which YAML reads as the same value."""
    if value is not None and not isinstance(value, (str, int, list, tuple, dict)):
        raise TypeError(f"front matter cannot hold {type(value).__name__}")
    out = _JSON.encode(value)
    if P.LONE_SURROGATE.search(out):
        out = P.LONE_SURROGATE.sub("\ufffd", out)
    if P.YAML_UNSAFE.search(out):
        out = P.YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)
    return out


def _block(data: dict, indent: str, lines: list[str]) -> None:
    for key, value in data.items():
        name = key if P.YAML_PLAIN_KEY.match(key) and key.lower() not in _YAML_WORDS else _flow(str(key))
        if isinstance(value, dict) and value:
            lines.append(f"{indent}{name}:")
            _block(value, indent + "  ", lines)
        elif isinstance(value, (list, tuple)) and value:
            lines.append(f"{indent}{name}:")
            lines += [f"{indent}- {_flow(item)}" for item in value]
        else:
            lines.append(f"{indent}{name}: {_flow(value)}")


def dump_yaml(data: dict) -> str:
    """Front matter YAML, keys in the given order: block mappings and lists whose every scalar
    is a JSON value (strings double-quoted and escaped), so no source text can become YAML
    structure, a tag or an alias.  About five times faster than PyYAML's dumper, which was a
    third of the time spent writing pages; `yaml.safe_load` reads back the same data (tests)."""
    lines: list[str] = []
    _block(data, "", lines)
    return "\n".join(lines) + "\n"


def front_matter(article: Article) -> dict:
    """The article's metadata as written in front matter (raw values, safe YAML)."""
    return {
        "id": article.id, "title": article.title, "kicker": article.kicker,
        "subtitle": article.subtitle, "authors": list(article.authors),
        "correspondents": list(article.correspondents), "editors": list(article.editors),
        "photographers": list(article.photographers), "publication": article.publication,
        "date": article.date, "date_source": article.date_source, "date_text": article.date_text,
        "page": article.page, "section": article.section, "series": article.series,
        "continued_from": article.continued_from, "continued_to": article.continued_to,
        "script": article.script, "encoding": article.encoding, "source": article.source,
        "source_lines": list(article.source_lines), "printed_credits": list(article.printed_credits),
        "title_source": article.title_source,
    }


def render_article(article: Article, links: Links) -> str:
    """The Markdown page of one article: header, text, index box, previous/next, source, citation."""
    # `search.exclude`: the archive's own index (rr-search) covers articles; Material's lunr index
    # is never loaded by the UI, and building it for every article dominated large builds.
    meta = {"title": html_text(" ".join(display_title(article).split())), "hide": ["navigation", "toc"],
            "search": {"exclude": True}, "article": front_matter(article),
            "rr_citation": cite.citation_meta(article), "rr_jsonld": cite.json_ld(article)}
    head = dump_yaml(meta)
    lang = lang_of(article.script)
    label = LABELS.get(article.script, LABELS["hans"])
    # Header, links and index box are raw HTML blocks (no blank line inside: one block each);
    # only the text itself is Markdown.
    head_lines = [f'<header class="rr-article-head" lang="{lang}">']
    if links.crumbs:
        trail = " › ".join(html_link(text, href) for text, href in links.crumbs)
        head_lines.append(f'<nav class="rr-crumbs" aria-label="位置"><p>{trail}</p></nav>')
    if article.series:
        head_lines.append(f'<p class="rr-series">{html_text(article.series)}</p>')
    if article.kicker:
        head_lines.append(f'<p class="rr-kicker">{html_text(article.kicker)}</p>')
    head_lines.append(f'<h1 class="rr-headline"><span class="rr-title">{html_text(display_title(article))}</span></h1>')
    if article.subtitle:
        head_lines.append(f'<p class="rr-subtitle">{html_text(article.subtitle)}</p>')
    byline = byline_text(article)
    if byline:
        head_lines.append(f'<p class="rr-byline">{html_text(byline)}</p>')
    head_lines.append(f'<p class="rr-meta">{html_text(meta_line(article))}</p>')
    head_lines.append("</header>")
    parts = [f"---\n{head}---\n", raw_html("\n".join(head_lines))]
    parts.append(f'<div class="rr-body" lang="{lang}" markdown="1">\n')
    for block in article.body.split("\n\n"):
        if block.startswith("## "):
            parts.append(f"## {md_text(block[3:])}\n")
        elif block.strip():
            parts.append(md_text(block) + "\n")
    parts.append("</div>\n")
    tail = []
    if article.continued_to:
        tail.append(f'<p class="rr-jump" lang="{lang}">{html_text(label["to"].format(article.continued_to))}</p>')
    nav = []
    if links.previous:
        nav.append(html_link(f"← {links.previous[1]}", links.previous[0], rel="prev"))
    if links.following:
        nav.append(html_link(f"{links.following[1]} →", links.following[0], rel="next"))
    if nav:
        tail.append('<nav class="rr-prevnext" aria-label="同一期的上一篇、下一篇"><ul>'
                    + "".join(f"<li>{n}</li>" for n in nav) + "</ul></nav>")
    source_text = f"查看原文（{article.source} 第 {article.source_lines[0]}–{article.source_lines[1]} 行）"
    tail.append(f'<p class="rr-source">{html_link(source_text, links.source_page)} · '
                f'{html_link("返回首页", links.home)}</p>')
    if links.terms:
        rows = [f"<li><strong>{html_text(facet)}</strong>：" + " · ".join(html_link(n, h) for n, h in pairs) + "</li>"
                for facet, pairs in links.terms]
        tail.append('<aside class="rr-index" aria-label="索引"><ul>\n' + "\n".join(rows) + "\n</ul></aside>")
    tail.append(cite_block(article))
    parts.append(raw_html("\n\n".join(tail)))
    return "\n".join(parts)


def cite_block(article: Article) -> str:
    """"Cite this": GB/T 7714, BibTeX, CSL-JSON, each with a copy button (shown by rr-cite.js).

    The text is the offline form; `data-rr-ol` holds the online form with `cite.URL_SLOT` /
    `cite.DATE_SLOT`, which rr-cite.js fills when the page has a canonical URL.
    """
    offline = {"gbt": cite.gbt7714(article), "bibtex": cite.bibtex(article), "csl": cite.csl_json(article)}
    online = cite.online_templates(article)
    names = {"gbt": "GB/T 7714-2015", "bibtex": "BibTeX", "csl": "CSL-JSON"}
    items = []
    for key, name in names.items():
        block_id = f"rr-cite-{key}"
        items.append(
            f'<div class="rr-cite-item"><div class="rr-cite-bar"><h3 id="{block_id}-h">{name}</h3>'
            f'<button type="button" class="rr-copy" data-rr-copy="{block_id}" aria-describedby="{block_id}-h" hidden>复制</button>'
            f'</div><pre class="rr-cite-text" id="{block_id}" data-rr-ol="{html_text(online[key])}" tabindex="0">'
            f"{html_text(offline[key])}</pre></div>")
    return (f'<section class="rr-cite" lang="{lang_of(article.script)}" aria-labelledby="rr-cite-title">'
            '<h2 id="rr-cite-title">引用本文</h2>' + "".join(items)
            + '<p class="rr-cite-note" role="status" aria-live="polite"></p></section>')


def byline_text(article: Article) -> str:
    label = LABELS.get(article.script, LABELS["hans"])
    bits = []
    if article.authors:
        bits.append(label["reporter"] + " " + " ".join(article.authors))
    if article.correspondents:
        bits.append(label["correspondent"] + " " + " ".join(article.correspondents))
    if article.photographers:
        bits.append(label["photographer"] + " " + " ".join(article.photographers))
    if article.editors:
        bits.append(label["editor"] + " " + " ".join(article.editors))
    return "　".join(bits)


def meta_line(article: Article) -> str:
    label = LABELS.get(article.script, LABELS["hans"])
    bits = [article.publication or label["no_paper"]]
    if article.date:
        note = DATE_NOTES.get(article.date_source or "")
        if note:
            source = f"“{article.date_text}”" if article.date_text else ""
            bits.append(f"{article.date}（{note}{source}）")
        else:
            bits.append(article.date)
    else:
        bits.append(label["no_date"])
    if article.page:
        bits.append(label["page"].format(article.page) + (f" {article.section}" if article.section else ""))
    if article.continued_from:
        bits.append(label["from"].format(article.continued_from))
    return " · ".join(bits)
