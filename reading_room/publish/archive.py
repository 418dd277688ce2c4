"""The library's entry point: convert an archive's sources into docs/, in one call.

`convert(settings)` owns the order of a run — read the sources, compute the archive-wide
evidence (lines recurring across a folder), convert each file (from the cache when unchanged,
in `jobs` processes), then write the pages, the catalogue and the search index (made by a
forked process while the pages are written) — and returns the `Report`.  `convert_isolated`
does the same in a child process, so that every article's memory is back with the system
before the site is built.  The CLI is a thin skin over these two; tests and scripts call them
directly.

Does not: build the site (see `sitebuild`), talk to the user.
"""
from __future__ import annotations

import multiprocessing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..model import ConversionIssue
from ..site.catalog import search_record
from ..site.search_index import PARALLEL_MIN_ARTICLES, iter_search_files
from .runner import PARALLEL_MIN_ITEMS, Report, convert_archive, write_docs
from .store import StoreError, static_files


class ArchiveError(RuntimeError):
    """The run could not finish: a sources folder that cannot be read, a child that died."""


@dataclass(frozen=True)
class BuildSettings:
    """Everything a conversion run needs, validated once."""

    sources: Path
    docs: Path
    jobs: int = 1  # processes to convert, render and index with
    cache: Path | None = None  # per-file results of earlier runs; None: convert everything
    #: A docs folder whose hand-written files (stylesheets, scripts, about page) are copied
    #: into `docs` when `docs` is somewhere else.
    static_from: Path | None = None
    max_bytes: int = 200 * 1024 * 1024  # larger files are refused with a clear message
    min_pages_per_job: int = PARALLEL_MIN_ITEMS  # below this, one process renders the pages
    min_articles_per_job: int = PARALLEL_MIN_ARTICLES  # the same for the search index

    def __post_init__(self) -> None:
        object.__setattr__(self, "sources", Path(self.sources))
        object.__setattr__(self, "docs", Path(self.docs))
        for name in ("jobs", "max_bytes", "min_pages_per_job", "min_articles_per_job"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be a whole number of at least 1, not {value!r}")


def convert(settings: BuildSettings, progress: Callable[[Iterable], Iterable] = lambda x: x) -> Report:
    """Convert `settings.sources` and write `settings.docs`; raises StoreError for a sources
    folder that cannot be read.  Files that fail are in the report, not raised."""
    report = convert_archive(settings.sources, jobs=settings.jobs, cache=settings.cache,
                             max_bytes=settings.max_bytes, progress=progress)
    # Search is part of the site: if jieba or OpenCC is missing, the import above failed loudly.
    search = iter_search_files([search_record(a) for r in report.results for a in r.articles],
                               jobs=max(1, settings.jobs // 2), min_per_job=settings.min_articles_per_job)
    extra = {}
    if settings.static_from is not None and settings.static_from.resolve() != settings.docs.resolve():
        extra = static_files(settings.static_from)
    write_docs(report, settings.sources, settings.docs, extra, jobs=settings.jobs, apart=search,
               min_pages=settings.min_pages_per_job)
    return report


@dataclass(frozen=True)
class Outcome:
    """What a run in a child process sends back: its problems and its counts, not its articles."""

    issues: tuple[ConversionIssue, ...]
    text: str
    converted: int = 0
    cached: int = 0
    written: dict = field(default_factory=dict)

    @property
    def all_issues(self) -> list[ConversionIssue]:
        return list(self.issues)

    def summary(self) -> str:
        return self.text


def outcome_of(report: Report) -> Outcome:
    return Outcome(tuple(report.all_issues), report.summary(), report.converted, report.cached, dict(report.written))


def convert_isolated(settings: BuildSettings, progress: Callable[[Iterable], Iterable] = lambda x: x) -> Outcome:
    """`convert` in a forked child process; raises StoreError as `convert` does, and
    ArchiveError when the child dies (killed, out of memory: it said why on stderr)."""
    ctx = multiprocessing.get_context("fork")
    reader, writer = ctx.Pipe(duplex=False)

    def child() -> None:
        try:
            writer.send(outcome_of(convert(settings, progress)))
        except StoreError as exc:
            writer.send(exc)

    process = ctx.Process(target=child)
    process.start()
    writer.close()
    try:
        got = reader.recv()
    except EOFError:
        got = None
    process.join()
    if isinstance(got, StoreError):
        raise got
    if got is None:
        raise ArchiveError("the conversion process stopped before it finished (see messages above)")
    return got


__all__ = ["ArchiveError", "BuildSettings", "Outcome", "convert", "convert_isolated"]
