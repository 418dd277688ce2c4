"""Stage 7: every page of the site besides articles — home, source pages, authors — and the
catalogue, as `{path relative to docs/: content}`.

Pages are plain Markdown (source text escaped by `render.md_text`), so the site needs no plugin
and each page's size is bounded by what it lists, not by the archive.

Does not: write files (`store`), decide metadata.
"""
from __future__ import annotations

import html
import json
from collections import Counter, defaultdict

from . import catalog
from .model import Article, SourceResult
from .pipeline import slug_for
from .render import Links, display_title, html_text, md_text, render_article

#: Why each rule removed what it removed, for readers of a source page.
RULE_NAMES = {
    "html_tag": "残留 HTML 标签", "html_comment": "HTML 注释", "url": "网址或垃圾链接",
    "furniture": "导航、分享、打印等版面控件", "list_marker": "网页列表符号",
    "related_news": "“相关新闻”列表", "headline_list": "版面标题导航（已用作分篇依据）",
    "headline_without_story": "无正文的标题", "separator": "分隔符", "navigation": "导航栏",
    "page_numbers": "页码控件", "widget": "网页控件文字", "copyright": "版权或广告行",
}
ORIGINAL_LINES_SHOWN = 3000


def site_files(results: list[SourceResult]) -> dict[str, str]:
    """All generated Markdown and data files for these conversion results."""
    files: dict[str, str] = {}
    articles = [a for r in results for a in r.articles]
    for result in results:
        slug = slug_for(result.source)
        files[f"sources/{slug}.md"] = source_page(result)
        for i, article in enumerate(result.articles):
            prev = result.articles[i - 1] if i > 0 else None
            nxt = result.articles[i + 1] if i + 1 < len(result.articles) else None
            links = Links(
                source_page=f"../sources/{slug}.md#L{article.source_lines[0]}",
                previous=(f"{prev.id}.md", display_title(prev)) if prev else None,
                following=(f"{nxt.id}.md", display_title(nxt)) if nxt else None,
                home="../index.md")
            files[f"articles/{article.id}.md"] = render_article(article, links)
    files["index.md"] = home_page(results, articles)
    files["sources/index.md"] = sources_index(results)
    files["authors/index.md"] = authors_page(articles)
    files["data/articles.jsonl"] = catalog.articles_jsonl(articles)
    files["data/articles.csv"] = catalog.articles_csv(articles)
    files["data/debris.jsonl"] = catalog.debris_jsonl(results)
    files["data/issues.json"] = json.dumps(
        [{"source": i.source, "stage": i.stage, "level": i.level, "message": i.message}
         for r in results for i in r.issues], ensure_ascii=False, indent=1) + "\n"
    return files


def _link(article: Article, prefix: str) -> str:
    return f"[{md_text(display_title(article))}]({prefix}articles/{article.id}.md)"


def _when(article: Article) -> str:
    return " · ".join(md_text(x) for x in (article.publication, article.date) if x)


def home_page(results: list[SourceResult], articles: list[Article]) -> str:
    dates = sorted(a.date for a in articles if a.date)
    papers = Counter(a.publication or "报名不详" for a in articles)
    span = f"{dates[0]} 至 {dates[-1]}" if dates else "日期不详"
    lines = [
        "---\ntitle: 读报室\nhide:\n  - navigation\n---\n",
        "# 读报室",
        "",
        f'<p class="rr-stats">{len(articles)} 篇文章 · {len(results)} 个版面文件 · '
        f"{len(papers)} 种报纸 · {html_text(span)}</p>",
        "",
        "在页面顶部的搜索框输入标题、人名、地名或正文短语即可检索，简体、繁体皆可。",
        "",
        "## 报纸",
        "",
    ]
    for paper, count in papers.most_common():
        lines.append(f"- {md_text(paper)} — {count} 篇")
    latest = sorted(articles, key=lambda a: (a.date or "", a.source, -a.position), reverse=True)[:12]
    lines += ["", "## 最新文章", ""]
    for article in latest:
        lines.append(f"- {_link(article, '')} <span class=\"rr-when\">{html_text(_when_plain(article))}</span>")
    lines += ["", "## 浏览", "",
              "- [全部版面文件（原文与清理记录）](sources/index.md)",
              "- [作者](authors/index.md)",
              "- [关于本馆与数据下载](about.md)", ""]
    return "\n".join(lines)


def _when_plain(article: Article) -> str:
    return " · ".join(x for x in (article.publication, article.date) if x)


def sources_index(results: list[SourceResult]) -> str:
    lines = ["---\ntitle: 版面文件\n---\n", "# 版面文件", "",
             "| 文件 | 报纸 | 日期 | 文章 | 编码 | 问题 |", "|---|---|---|---|---|---|"]
    for result in sorted(results, key=lambda r: r.source):
        first = result.articles[0] if result.articles else None
        problems = "；".join(i.message for i in result.issues) or "—"
        lines.append("| " + " | ".join([
            f"[{md_text(result.source)}]({slug_for(result.source)}.md)",
            md_text(first.publication or "—") if first else "—",
            md_text(first.date or "—") if first else "—",
            str(len(result.articles)), md_text(result.encoding or "—"), md_text(problems)]) + " |")
    return "\n".join(lines) + "\n"


def source_page(result: SourceResult) -> str:
    """One source file: its articles in printed order, the original text, what was removed."""
    slug = slug_for(result.source)
    lines = [f"---\ntitle: {json.dumps(html.escape(result.source), ensure_ascii=False)}\n---\n",
             f"# 版面文件 {md_text(result.source)}", "",
             f"编码 {md_text(result.encoding or '未能解码')} · SHA-256 `{result.sha256[:16]}…` · "
             f"[下载原始文件](../originals/{slug}.txt)", ""]
    for issue in result.issues:
        lines.append(f"- **{md_text(issue.level.upper())}** {md_text(issue.message)}")
    lines += ["", "## 本版文章（按刊印顺序）", ""]
    for article in result.articles:
        lines.append(f"{article.position}. {_link(article, '../')} — 第 {article.source_lines[0]}–"
                     f"{article.source_lines[1]} 行")
    if not result.articles:
        lines.append("（没有识别出文章）")
    lines += ["", "## 清理掉的内容及原因", ""]
    if result.debris:
        lines += ["| 行 | 列 | 规则 | 原因 | 内容 |", "|---|---|---|---|---|"]
        for item in sorted(result.debris, key=lambda d: (d.span.line, d.span.col)):
            lines.append(f"| [{item.span.line}](#L{item.span.line}) | {item.span.col} | `{item.rule}` | "
                         f"{md_text(RULE_NAMES.get(item.rule, item.rule))} | {md_text(item.span.raw) or '&#160;'} |")
    else:
        lines.append("没有删除任何内容。")
    lines += ["", "## 原文", ""]
    text_lines = result.text.split("\n")
    shown = text_lines[:ORIGINAL_LINES_SHOWN]
    body = "\n".join(f'<span id="L{n}" class="rr-line"><span class="rr-ln">{n}</span>{html.escape(t)}</span>'
                     for n, t in enumerate(shown, start=1))
    lines.append(f'<pre class="rr-original" markdown="0">{body}</pre>')
    if len(text_lines) > ORIGINAL_LINES_SHOWN:
        lines.append(f"\n（仅显示前 {ORIGINAL_LINES_SHOWN} 行，共 {len(text_lines)} 行；请下载原始文件查看全文。）")
    return "\n".join(lines) + "\n"


def authors_page(articles: list[Article]) -> str:
    by_author: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        for name in article.authors:
            by_author[name].append(article)
    lines = ["---\ntitle: 作者\n---\n", "# 作者", "",
             f"{len(by_author)} 位记者署名的文章。", ""]
    for name in sorted(by_author, key=lambda n: (-len(by_author[n]), n)):
        lines += [f"## {md_text(name)}", ""]
        for article in by_author[name]:
            lines.append(f"- {_link(article, '../')} <span class=\"rr-when\">{html_text(_when_plain(article))}</span>")
        lines.append("")
    return "\n".join(lines)
