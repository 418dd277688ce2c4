"""Saved HTML pages for the benchmark's mixed archive: the same generated page, printed the way
a Founder e-paper site serves an article page (doctype, `<head>` with title, script and style,
a nav table, the page header, each article's headline in `<h3>/<h1>/<h2>` and its text in
`<founder-content>` paragraphs, a footer, trailing scripts).

The text is the text page's, so the converter's accuracy on the mix stays comparable; what the
mix adds is markup to parse (issue: saved HTML pages at the text pages' throughput).
"""
from __future__ import annotations

from html import escape

HEAD = """<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}_{publication}</title>
<meta name="keywords" content="{publication},数字报">
<script type="text/javascript">var _hmt = _hmt || [];(function() {{ var hm = document.createElement("script");
hm.src = "https://hm.example.com/hm.js?3f2a"; var s = document.getElementsByTagName("script")[0];
s.parentNode.insertBefore(hm, s); }})();</script>
<style type="text/css">body {{ font-size: 14px; color: #333 }} .nav a {{ color: #06c }} td {{ padding: 2px }}</style>
</head>
<body>
<table class="nav" width="100%"><tr><td><a href="../../../index.htm">返回主页</a></td><td>{publication}</td>
<td><a href="node_2.htm">版面导航</a></td><td><a href="node_3.htm">标题导航</a></td></tr></table>
<div class="page-header">{header}</div>
"""

TAIL = """<div class="footer">版权所有 {publication} · 未经授权不得转载</div>
<script type="text/javascript">document.getElementById("fenxiang") && share.init();</script>
</body></html>
"""

#: The `charset=` a Founder page declares for each encoding the generator writes.
CHARSETS = {"utf-8": "utf-8", "utf-8-sig": "utf-8", "gb18030": "gb2312", "big5": "big5"}


def render_saved_html(header: str, title: str, publication: str, encoding: str,
                      articles: list[tuple[list[tuple[str, str]], list[str]]]) -> str:
    """A saved article page: per article, its headline lines as `(tag, text)` (`h3` kicker, `h1`
    title, `h2` subtitle) and the text page's other blocks (paragraphs, bylines)."""
    out = [HEAD.format(charset=CHARSETS.get(encoding, "utf-8"), title=escape(title), publication=escape(publication),
                       header=escape(header))]
    for heads, blocks in articles:
        out.append('<div class="article">')
        out.extend(f"<{tag}>{escape(line)}</{tag}>" for tag, line in heads)
        out.append("<founder-content>")
        out.extend(f"<p>{escape(block).replace(chr(10), '<br>')}</p>" for block in blocks)
        out.append("</founder-content></div>")
    out.append(TAIL.format(publication=escape(publication)))
    return "\n".join(out)
