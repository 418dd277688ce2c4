"""Stage 6: an `Article` → the Markdown page MkDocs renders, and the text-safety rules for it.

Source text is data, never markup: everything from a source passes through `md_text` (body
Markdown: every character Markdown or HTML could read as syntax becomes a character reference)
or `html_text` (inside the HTML header block).  Front matter is written by `yaml.safe_dump`, so
a title holding `: `, `---`, quotes, `&anchor` or `!!python/object` stays a string.  The theme
prints `title` unescaped, so the front-matter `title` is HTML-escaped; the article's own values
stay raw under `article:` and read back equal (`tests/test_render.py`).

Does not: decide metadata, write files, know other articles (see `indexes` for links between
pages).
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

import yaml

from .model import Article

#: Characters Markdown (with the extensions in mkdocs.yml) or HTML can read as syntax.
_SPECIAL = "\\`*_{}[]()#+!|<>~=$^"
_ESCAPES = {c: f"&#{ord(c)};" for c in _SPECIAL}
_LEADING_NUMBER = re.compile(r"^(\d+)([.)])")
_LEADING = "-+.=@%"


def md_text(text: str) -> str:
    """Text that Markdown shows literally: `<script>` → `&#60;script&#62;`, `# x` → `&#35; x`."""
    text = " ".join(text.split())  # no line breaks, no indents: nothing block-level survives
    out = "".join(_ESCAPES.get(c, c) for c in text.replace("&", "&amp;"))
    out = _LEADING_NUMBER.sub(lambda m: m.group(1) + f"&#{ord(m.group(2))};", out)
    if out and out[0] in _LEADING:
        out = f"&#{ord(out[0])};" + out[1:]
    return out


def html_text(text: str | None) -> str:
    return html.escape(text or "", quote=True)


class _Dumper(yaml.SafeDumper):
    """Safe YAML that double-quotes any string holding a character YAML 1.1 may read as a line
    break or that is not printable (`\x85`, U+2028…), so every value reads back unchanged."""


def _str(dumper: yaml.SafeDumper, value: str):
    odd = any(c in "\x85\u2028\u2029" or (not c.isprintable() and c not in " ") for c in value)
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"' if odd else None)


_Dumper.add_representer(str, _str)


def dump_yaml(data: dict) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)


def lang_of(script: str) -> str:
    return "zh-Hant" if script == "hant" else "zh-Hans"


@dataclass(frozen=True)
class Links:
    """Relative links from an article page to its neighbours (computed by `indexes`)."""

    source_page: str  # e.g. ../../sources/000_x/ (+ #L12)
    previous: tuple[str, str] | None = None  # (href, title)
    following: tuple[str, str] | None = None
    home: str = "../../"


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


def display_title(article: Article) -> str:
    if article.title:
        return article.title
    first = article.body.split("\n\n", 1)[0].lstrip("# ")
    return f"（无题）{first[:18]}…" if first else "（无题）"


def render_article(article: Article, links: Links) -> str:
    """The Markdown page of one article."""
    meta = {"title": html_text(" ".join(display_title(article).split())), "article": front_matter(article)}
    head = dump_yaml(meta)
    lang = lang_of(article.script)
    parts = [f"---\n{head}---\n", f'<header class="rr-article-head" lang="{lang}" markdown="0">']
    if article.series:
        parts.append(f'<p class="rr-series">{html_text(article.series)}</p>')
    if article.kicker:
        parts.append(f'<p class="rr-kicker">{html_text(article.kicker)}</p>')
    parts.append(f'<h1 class="rr-title">{html_text(display_title(article))}</h1>')
    if article.subtitle:
        parts.append(f'<p class="rr-subtitle">{html_text(article.subtitle)}</p>')
    byline = byline_text(article)
    if byline:
        parts.append(f'<p class="rr-byline">{html_text(byline)}</p>')
    parts.append(f'<p class="rr-meta">{html_text(meta_line(article))}</p>')
    parts.append("</header>\n")
    parts.append(f'<div class="rr-body" lang="{lang}" markdown="1">\n')
    for block in article.body.split("\n\n"):
        if block.startswith("## "):
            parts.append(f"## {md_text(block[3:])}\n")
        elif block.strip():
            parts.append(md_text(block) + "\n")
    parts.append("</div>\n")
    if article.continued_to:
        parts.append(f'<p class="rr-jump">（下转{html_text(article.continued_to)}版）</p>\n')
    nav = []
    if links.previous:
        nav.append(f'[← {md_text(links.previous[1])}]({links.previous[0]})')
    if links.following:
        nav.append(f'[{md_text(links.following[1])} →]({links.following[0]})')
    if nav:
        parts.append('<nav class="rr-prevnext" markdown="1">\n\n' + " · ".join(nav) + "\n\n</nav>\n")
    parts.append(f"[查看原文（{md_text(article.source)} 第 {article.source_lines[0]}–"
                 f"{article.source_lines[1]} 行）]({links.source_page}) · [返回首页]({links.home})\n")
    return "\n".join(parts)


def byline_text(article: Article) -> str:
    bits = []
    if article.authors:
        bits.append("记者 " + " ".join(article.authors))
    if article.correspondents:
        bits.append("通讯员 " + " ".join(article.correspondents))
    if article.photographers:
        bits.append("摄影 " + " ".join(article.photographers))
    if article.editors:
        bits.append("编辑 " + " ".join(article.editors))
    return "　".join(bits)


def meta_line(article: Article) -> str:
    bits = [article.publication or "报名不详"]
    if article.date:
        note = {"filename": "（据文件名）", "url": "（据网址）", "inferred": "（推断）"}.get(article.date_source or "", "")
        bits.append(article.date + note)
    else:
        bits.append("日期不详")
    if article.page:
        bits.append(f"第{article.page}版" + (f" {article.section}" if article.section else ""))
    if article.continued_from:
        bits.append(f"上接{article.continued_from}版")
    return " · ".join(bits)
