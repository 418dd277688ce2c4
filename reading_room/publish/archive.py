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

import ctypes
import ctypes.util
import multiprocessing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..model import ConversionIssue
from ..parallel import fork_map, in_background
from ..site import urls
from ..site.archive_db import ArchiveDB
from ..site.catalog import search_record
from ..site.indexes import chunked, index_files, source_files
from ..site.search_index import PARALLEL_MIN_ARTICLES, iter_ordered_search_files
from . import store
from .runner import PARALLEL_MIN_ITEMS, Converted, Report, iter_converted
from .store import StoreError


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
    #: Files converted, recorded and written at a time: memory holds about this many files'
    #: results (and the database the rest), whatever the size of the archive.
    batch: int = 100

    def __post_init__(self) -> None:
        object.__setattr__(self, "sources", Path(self.sources))
        object.__setattr__(self, "docs", Path(self.docs))
        for name in ("jobs", "max_bytes", "min_pages_per_job", "min_articles_per_job", "batch"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be a whole number of at least 1, not {value!r}")


def convert(settings: BuildSettings, progress: Callable[[Iterable], Iterable] = lambda x: x) -> Report:
    """Convert `settings.sources` and write `settings.docs`; raises StoreError for a sources
    folder that cannot be read.  Files that fail are in the report, not raised.

    Memory holds about `settings.batch` files' results and one page's articles, never the
    archive: the metadata of every article goes into a scratch database, and the index
    pages, the catalogue and the search index are made from it."""
    report = Report(sources=settings.sources)
    with store.scratch_file(settings.cache, ".sqlite") as path:
        db = ArchiveDB(path)
        try:
            writer = _Writer(settings.docs)
            if settings.static_from is not None and settings.static_from.resolve() != settings.docs.resolve():
                writer.write(sorted(store.static_files(settings.static_from).items()))
            pages = fork_map(settings.jobs, settings.min_pages_per_job)
            converted = iter_converted(settings.sources, report.read_issues, settings.jobs, settings.cache,
                                       settings.max_bytes, settings.batch)
            for batch in chunked(progress(converted), settings.batch):
                _add_batch(report, db, writer, batch, pages)
                _release_memory()
            report.finish()
            db.finish()
            writer.write_all(index_files, db, settings)
        finally:
            db.close()
    report.written = writer.finish()
    return report


def _add_batch(report: Report, db: ArchiveDB, writer: "_Writer", batch: list[Converted], pages) -> None:
    """Record a batch of converted files and write their source pages and originals."""
    results = [done.result for done in batch]
    db.add(results)
    for done in batch:
        report.add(done)
    writer.write(source_files(results, pages))
    writer.write((urls.original(done.item.source), done.item.data) for done in batch)  # the bytes converted


def _release_memory() -> None:
    """Give freed memory back to the system (glibc keeps it in per-thread arenas, and the pool's
    result thread unpickles every result in its own): without this the process keeps growing
    for a while, a batch at a time.  Nothing happens where there is no `malloc_trim`."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


try:
    _LIBC = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    _LIBC.malloc_trim  # noqa: B018 (glibc only)
except (OSError, AttributeError):
    _LIBC = None


class _Writer:
    """Writes into docs/ as files come, and remembers what it wrote for `finish_tree`."""

    def __init__(self, docs: Path) -> None:
        self.docs = docs
        self.names: list[str] = []
        self.counts = {"written": 0, "unchanged": 0}

    def write(self, pairs: Iterable[tuple[str, str | bytes | Iterable[str]]]) -> None:
        names, counts = store.write_files(self.docs, pairs)
        self._add(names, counts)

    def _add(self, names: list[str], counts: dict[str, int]) -> None:
        self.names += names
        self.counts = {key: self.counts[key] + counts[key] for key in self.counts}

    def write_all(self, index_files, db: ArchiveDB, settings: BuildSettings) -> None:
        """The pages made from the finished database, and the search index: with more than one
        job, a forked process makes and writes the search index while the pages are written."""
        def search_files():
            # A connection of its own (never share one across a fork), and a spill file beside it.
            with store.scratch_file(settings.cache, ".sqlite") as spill:
                records = (search_record(a) for a in ArchiveDB(db.path).search_order())
                yield from iter_ordered_search_files(records, spill=str(spill), jobs=max(1, settings.jobs // 2),
                                                     min_per_job=settings.min_articles_per_job)

        if settings.jobs <= 1:
            self.write(search_files())
            self.write(index_files(db, pmap=fork_map(1)))
            return
        side = in_background(lambda: store.write_files(self.docs, search_files()))
        self.write(index_files(db, pmap=fork_map(settings.jobs - settings.jobs // 2, settings.min_pages_per_job)))
        self._add(*side())

    def finish(self) -> dict[str, int]:
        return store.finish_tree(self.docs, self.names, self.counts)


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
