"""The data catalogue: `articles.jsonl`, `articles.csv` (UTF-8 with BOM, for spreadsheets) and
`debris.jsonl` (every removed fragment with its rule and position).

Does not: write files; returns their contents.
"""
from __future__ import annotations

import csv
import io
import json

from ..model import Article, SourceResult
from . import urls
from .render import front_matter

#: Columns of the CSV (lists joined with `;`); the JSONL carries every field.
CSV_FIELDS = ("id", "title", "kicker", "subtitle", "authors", "correspondents", "editors",
              "photographers", "publication", "date", "date_source", "page", "section", "series",
              "script", "source", "chars", "url")


def catalog_record(article: Article) -> dict:
    """One article as a catalogue record: the data contract of DESIGN.md, body included."""
    record = front_matter(article)
    record.update({
        "keywords": list(article.keywords), "people": list(article.people),
        "places": list(article.places), "organizations": list(article.organizations),
        "chars": article.chars, "url": urls.article_url(article.id), "body": article.body,
    })
    return record


def search_record(article: Article) -> dict:
    """The catalogue record plus what only the search index reads: the headline's words as
    the keyword stage segmented them (segmentation happens once per article)."""
    return dict(catalog_record(article), head_words=list(article.head_words))


def articles_jsonl(articles: list[Article]) -> str:
    return "".join(json.dumps(catalog_record(a), ensure_ascii=False) + "\n" for a in articles)


def articles_csv(articles: list[Article]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    for article in articles:
        record = catalog_record(article)
        writer.writerow(["; ".join(v) if isinstance(v, list) else ("" if v is None else v)
                         for v in (record[f] for f in CSV_FIELDS)])
    return "\ufeff" + buffer.getvalue()


def debris_jsonl(results: list[SourceResult]) -> str:
    lines = []
    for result in results:
        for item in sorted(result.debris, key=lambda d: (d.span.line, d.span.col)):
            lines.append(json.dumps(item.as_record(result.source), ensure_ascii=False) + "\n")
    return "".join(lines)
