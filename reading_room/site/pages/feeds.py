"""Feeds of the latest articles: RSS 2.0 (`feed.xml`) and JSON Feed 1.1 (`feed.json`).

Latest = newest issue first, printed order within an issue; undated articles follow, so a
small archive still has a feed.  Links are absolute when the site's URL is known, otherwise
relative to the feed (both files sit at the site root, so `articles/<id>.html` resolves): `urls.absolute`.  An
undated article has no `pubDate` / `date_published`: nothing is invented.

Does not: know MkDocs (the caller passes `site_url`), write files.
"""
from __future__ import annotations

import datetime as dt
import json
from xml.sax.saxutils import escape, quoteattr

from ... import patterns as P
from ...model import Article
from .. import urls
from ..titles import display_title
from .issues import printed_key

FEED_SIZE = 50
SUMMARY_CHARS = 160
TITLE = "读报室 · 最新文章"


def latest(articles: list[Article]) -> list[Article]:
    """Newest issue first, printed order within an issue, undated last."""
    dated = sorted((a for a in articles if a.date), key=printed_key)
    dated.sort(key=lambda a: (a.date, a.publication or ""), reverse=True)
    undated = sorted((a for a in articles if not a.date), key=lambda a: (a.source, a.position))
    return dated + undated


def summary(article: Article) -> str:
    text = " ".join(b for b in article.body.split("\n\n") if not b.startswith("## "))
    text = " ".join(text.split())
    return text[:SUMMARY_CHARS] + ("…" if len(text) > SUMMARY_CHARS else "")


def rss(articles: list[Article], site_url: str | None = None) -> str:
    items = []
    for a in latest(articles)[:FEED_SIZE]:
        parts = [f"<title>{_x(display_title(a))}</title>", f"<link>{_x(urls.absolute(site_url, urls.article_url(a.id)))}</link>",
                 f'<guid isPermaLink="false">{_x("reading-room:" + a.id)}</guid>',
                 f"<description>{_x(summary(a))}</description>"]
        if a.date:
            parts.append(f"<pubDate>{_rfc822(a.date)}</pubDate>")
        parts += [f"<dc:creator>{_x(name)}</dc:creator>" for name in a.authors]
        if a.publication:
            parts.append(f"<category>{_x(a.publication)}</category>")
        parts += [f"<category>{_x(k)}</category>" for k in a.keywords]
        items.append("<item>" + "".join(parts) + "</item>")
    self_link = f'<atom:link href={quoteattr(urls.absolute(site_url, urls.FEED_RSS))} rel="self" type="application/rss+xml"/>' \
        if site_url else ""
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
            f"<channel><title>{_x(TITLE)}</title><link>{_x(urls.absolute(site_url, '') or './')}</link>"
            f"<description>{_x('报纸电子版文字存档的最新文章')}</description><language>zh</language>{self_link}\n"
            + "\n".join(items) + "\n</channel>\n</rss>\n")


def json_feed(articles: list[Article], site_url: str | None = None) -> str:
    feed: dict = {"version": "https://jsonfeed.org/version/1.1", "title": TITLE, "language": "zh"}
    if site_url:
        feed["home_page_url"] = urls.absolute(site_url, "")
        feed["feed_url"] = urls.absolute(site_url, urls.FEED_JSON)
    items = []
    for a in latest(articles)[:FEED_SIZE]:
        item: dict = {"id": "reading-room:" + a.id, "url": urls.absolute(site_url, urls.article_url(a.id)), "title": display_title(a),
                      "summary": summary(a),
                      "content_text": "\n\n".join(b[3:] if b.startswith("## ") else b for b in a.body.split("\n\n")),
                      "language": "zh-Hant" if a.script == "hant" else "zh-Hans"}
        if a.date:
            item["date_published"] = f"{a.date}T00:00:00+08:00"
        if a.authors:
            item["authors"] = [{"name": n} for n in a.authors]
        tags = ([a.publication] if a.publication else []) + list(a.keywords)
        if tags:
            item["tags"] = tags
        items.append(item)
    feed["items"] = items
    return json.dumps(feed, ensure_ascii=False, indent=1) + "\n"


def _x(text: str) -> str:
    return escape(P.XML_FORBIDDEN.sub("", text))


def _rfc822(date: str) -> str:
    """`2024-09-19` → `Thu, 19 Sep 2024 00:00:00 +0800` (the paper's day, China time)."""
    d = dt.date.fromisoformat(date)
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{days[d.weekday()]}, {d.day:02d} {months[d.month - 1]} {d.year} 00:00:00 +0800"
