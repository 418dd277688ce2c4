"""Source-file pages: one per file (its articles in printed order, what was removed and why, the
original text with numbered, linkable lines) and a paginated index of all files.

Does not: read the original (the result carries its decoded text), write files.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...model import SourceResult
from ...convert.explain import RULE_REASONS as RULE_NAMES
from .. import urls
from ..render import html_link, html_text, md_text, raw_html
from .common import TERMS_PER_PAGE, Page, article_item, article_list, crumbs, link, page_head, pager, paginate
from .issues import paper_name

ORIGINAL_LINES_SHOWN = 3000


@dataclass(frozen=True)
class SourceRow:
    """What the index of source files shows of one file."""

    source: str
    articles: int
    encoding: str | None
    problems: str  # its issues' messages, or ""
    first_paper: str | None = None  # of its first article; None: it has none
    first_date: str | None = None

    @classmethod
    def of(cls, result: SourceResult) -> "SourceRow":
        first = result.articles[0] if result.articles else None
        return cls(result.source, len(result.articles), result.encoding, "；".join(i.message for i in result.issues),
                   paper_name(first) if first else None, first.date if first else None)


def sources_listing(count: int) -> list[Page]:
    return paginate(urls.SOURCES, count, TERMS_PER_PAGE)


def sources_index_page(count: int, page: Page, pages: list[Page], rows: list[SourceRow]) -> str:
    """One page of the index of all `count` source files; `rows`: its files, by path."""
    here = page.path
    lines = [page_head("版面文件"), crumbs(here, [("首页", urls.HOME), ("版面文件", None)]), "# 版面文件", "",
             f"{count} 个文件。每个文件一页：其中的文章（按刊印顺序）、清理掉的内容及原因、原文。", "",
             pager(page, pages),
             "| 文件 | 报纸 | 日期 | 文章 | 编码 | 问题 |", "|---|---|---|---|---|---|"]
    for row in rows:
        lines.append("| " + " | ".join([
            link(here, row.source, urls.source_page(row.source)),
            md_text(row.first_paper) if row.first_paper is not None else "—",
            md_text(row.first_date or "—") if row.first_paper is not None else "—",
            str(row.articles), md_text(row.encoding or "—"), md_text(row.problems or "—")]) + " |")
    lines += ["", pager(page, pages)]
    return "\n".join(lines) + "\n"


def source_page(result: SourceResult, issue_paths: dict[str, str] | None = None) -> str:
    """One source file: its articles in printed order, the original text, what was removed."""
    here = urls.source_page(result.source)
    first = result.articles[0] if result.articles else None
    trail = [("首页", urls.HOME), ("版面文件", urls.listing(urls.SOURCES))]
    if first and issue_paths and first.id in issue_paths:
        trail.append((f"{paper_name(first)} {first.date}", issue_paths[first.id]))
    lines = [page_head(result.source), crumbs(here, trail + [(result.source, None)]),
             f"# 版面文件 {md_text(result.source)}", "",
             f"编码 {md_text(result.encoding or '未能解码')} · SHA-256 `{result.sha256[:16]}…` · "
             f"[下载原始文件]({urls.rel(here, urls.original(result.source))})", ""]
    for issue in result.issues:
        lines.append(f"- **{md_text(issue.level.upper())}** {md_text(issue.message)}")
    lines += ["", "## 本版文章（按刊印顺序）", ""]
    if result.articles:
        lines.append(article_list(
            article_item(here, a, when=False, extra=f' <span class="rr-when">第 {a.source_lines[0]}–{a.source_lines[1]} 行 · '
                         f'{html_link("原文位置", "#" + urls.line_anchor(a.source_lines[0]))}</span>')
            for a in result.articles))
    else:
        lines.append("（没有识别出文章）")
    lines += ["", "## 清理掉的内容及原因", ""]
    if result.debris:
        # A raw HTML table without a class, so Material styles it as it does Markdown tables.
        # A saved HTML page: its text is shown below, and each dropped element's line in the file too.
        html = any(d.source_line for d in result.debris)
        rows = [f'<tr><td><a href="#{urls.line_anchor(d.span.line)}">{d.span.line}</a></td><td>{d.span.col}</td>'
                + (f"<td>{d.source_line or ''}</td>" if html else "")
                + f"<td><code>{html_text(d.rule)}</code></td><td>{html_text(RULE_NAMES.get(d.rule, d.rule))}</td>"
                f"<td>{html_text(' '.join(d.span.raw.split())) or '&#160;'}</td></tr>"
                for d in sorted(result.debris, key=lambda d: (d.span.line, d.span.col))]
        head = "<th>行</th><th>列</th>" + ("<th>源文件行</th>" if html else "") + "<th>规则</th><th>原因</th><th>内容</th>"
        lines.append(raw_html(f"<table>\n<thead><tr>{head}</tr></thead>\n"
                              "<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"))
    else:
        lines.append("没有删除任何内容。")
    lines += ["", "## 原文", ""]
    text_lines = result.text.split("\n")
    shown = text_lines[:ORIGINAL_LINES_SHOWN]
    # One bare span per line: the stylesheet numbers them (a CSS counter, not copied with the
    # text), and every tag less is work less for each of MkDocs' HTML passes over the page.
    # No newline between them: each span is a block already, and a newline inside a
    # `white-space: pre-wrap` box would show as an empty line after every line.
    body = "".join(f'<span id="{urls.line_anchor(n)}">{html_text(t)}</span>' for n, t in enumerate(shown, start=1))
    lines.append(raw_html(f'<pre class="rr-original" tabindex="0">{body}</pre>'))
    if len(text_lines) > ORIGINAL_LINES_SHOWN:
        lines.append(f"\n（仅显示前 {ORIGINAL_LINES_SHOWN} 行，共 {len(text_lines)} 行；请下载原始文件查看全文。）")
    return "\n".join(lines) + "\n"
