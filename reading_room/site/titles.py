"""The title a page shows for an article: its own, or the start of its text marked 无题.

Shared by the article page (`render`), its citations (`cite`), index pages and feeds, so that
every place names an untitled article the same way.

Does not: escape (callers do, for their format).
"""
from __future__ import annotations

from ..model import Article


def display_title(article: Article) -> str:
    """`article.title`, or `（无题）` (untitled) and the first 18 characters of its text."""
    if article.title:
        return article.title
    first = article.body.split("\n\n", 1)[0].lstrip("# ")
    return f"（无题）{first[:18]}…" if first else "（无题）"
