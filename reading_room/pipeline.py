"""The one place that knows the order of the stages and turns failures into issues.

decode → clean → classify + rejoin → split → page facts → articles.  `convert_source` is a pure
function of a file's bytes, its path and its settings, so files convert in parallel and
identically in any order.

Does not: read or write files (`store`), render the site (`render`, `indexes`).
"""
from __future__ import annotations

import hashlib

from . import patterns as P
from .assemble import build_articles, page_info
from .clean import clean
from .decode import DecodeError, decode
from .explain import explain
from .model import ConversionIssue, SourceResult
from .paragraphs import classify, rejoin
from .recurring import drop_recurring
from .settings import SourceSettings
from .split import split_articles

STAGES = ("decode", "clean", "paragraphs", "split", "metadata")


def slug_for(source: str) -> str:
    """A URL-safe, stable name for a source path: ASCII kept, anything else hashed in."""
    stem = P.FILE_EXTENSION.sub("", source)
    safe = P.NOT_SLUG.sub("-", stem).strip("-")
    if safe != stem or not safe:
        digest = hashlib.sha1(source.encode("utf-8")).hexdigest()[:8]
        safe = f"{safe[:60]}-{digest}" if safe else digest
    return safe


def convert_source(data: bytes, source: str, settings: SourceSettings = SourceSettings()) -> SourceResult:
    """Convert one file's bytes; never raises for bad input (issues are returned instead)."""
    sha = hashlib.sha256(data).hexdigest()
    stage = "decode"
    try:
        decoded, warnings = decode(data, settings.encoding)
    except DecodeError as exc:
        return SourceResult(source, (), (), (ConversionIssue(source, stage, str(exc)),), sha256=sha)
    issues = [ConversionIssue(source, stage, w, "warning") for w in warnings]
    try:
        stage = "clean"
        cleaned = clean(decoded.text)
        stage = "paragraphs"
        kept = drop_recurring(classify(cleaned.lines), settings.recurring)
        lines = rejoin(list(kept.lines))
        stage = "split"
        page = split_articles(lines)
        stage = "metadata"
        debris = cleaned.debris + kept.debris + page.debris
        info = page_info(page, debris, source, settings)
        articles = build_articles(page, info, source, slug_for(source), decoded.encoding)
    except Exception as exc:  # a converter bug must not stop the archive: report which stage
        issues.append(ConversionIssue(source, stage, f"internal error in {stage}: {exc!r}"))
        return SourceResult(source, (), (), tuple(issues), decoded.text, decoded.encoding, sha)
    if not articles:
        issues.append(ConversionIssue(source, "split", "no article text found", "warning"))
    return SourceResult(source, articles, debris, tuple(issues), decoded.text, decoded.encoding, sha,
                        page_lines=page.page_meta + page.series)


def explain_source(data: bytes, source: str, settings: SourceSettings = SourceSettings()) -> list:
    """The same stages as `convert_source`, returning every piece of the page with its role and
    the evidence that decided it (`explain.Piece`), for `check --explain`."""
    decoded, _ = decode(data, settings.encoding)
    cleaned = clean(decoded.text)
    kept = drop_recurring(classify(cleaned.lines), settings.recurring)
    page = split_articles(rejoin(list(kept.lines)))
    return explain(page.articles, page.page_meta + page.series, cleaned.debris + kept.debris + page.debris)


def convert_input(item) -> SourceResult:
    """`convert_source` for a `store.SourceInput` (picklable, for worker processes)."""
    return convert_source(item.data, item.source, item.settings)


def convert_many(inputs, jobs: int = 1):
    """Convert inputs in order, in `jobs` worker processes; yields results in input order."""
    if jobs <= 1:
        for item in inputs:
            yield convert_input(item)
        return
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        yield from pool.imap(convert_input, inputs, chunksize=4)
