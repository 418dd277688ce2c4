"""The data catalogue: `articles.jsonl`, `articles.csv` (UTF-8 with BOM, for spreadsheets) and
`debris.jsonl` (every removed fragment with its rule and position).

Does not: write files; returns their contents.
"""
from __future__ import annotations

import csv
import io
import json
from typing import Iterable, Iterator

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


def iter_articles_jsonl(articles: Iterable[Article]) -> Iterator[str]:
    """`articles.jsonl`, one line at a time."""
    for article in articles:
        yield json.dumps(catalog_record(article), ensure_ascii=False) + "\n"


def iter_articles_csv(articles: Iterable[Article]) -> Iterator[str]:
    """`articles.csv`, the header and then one row at a time."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    yield "\ufeff" + buffer.getvalue()
    for article in articles:
        buffer.seek(0)
        buffer.truncate()
        record = catalog_record(article)
        writer.writerow(["; ".join(v) if isinstance(v, list) else ("" if v is None else v)
                         for v in (record[f] for f in CSV_FIELDS)])
        yield buffer.getvalue()


def debris_lines(result: SourceResult) -> str:
    """The lines of `debris.jsonl` for one file: what was removed, in source order."""
    return "".join(json.dumps(item.as_record(result.source), ensure_ascii=False) + "\n"
                   for item in sorted(result.debris, key=lambda d: (d.span.line, d.span.col)))


def issue_records(result: SourceResult) -> list[dict]:
    """The entries of `issues.json` for one file."""
    return [{"source": i.source, "stage": i.stage, "level": i.level, "message": i.message} for i in result.issues]


def issues_json(records: list[dict]) -> str:
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"
