"""Converts a whole archive, file by file and a batch at a time, with a cache per file.

Two passes over the sources: the first reads each file once for the archive-wide evidence
(lines recurring across a folder), the second converts them in order (`iter_converted`),
`batch` files at a time in worker processes, yielding each result as it is done.  A file
whose bytes, settings and converter version are unchanged is not converted again: its result
is loaded from `build/cache/` (so changing one file of 10,000 converts one file).

Does not: talk to the user (the CLI does), write the site (`archive`), build it.
"""
from __future__ import annotations

import contextlib
import itertools
import multiprocessing
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .. import __version__
from ..convert.decode import DecodeError, decode
from ..model import ConversionIssue, SourceResult
from ..convert.recurring import page_keys, recurring_lines
from ..convert.pipeline import convert_input
from .store import SourceInput, code_fingerprint, content_hash, iter_sources, load_cached, save_cached


#: Below this many pages, starting processes costs more than it saves.
PARALLEL_MIN_ITEMS = 200


@dataclass
class Report:
    """What a run did, in counts and problems: never its articles (they are in docs/)."""

    read_issues: list[ConversionIssue] = field(default_factory=list)  # files that were not read
    file_issues: list[ConversionIssue] = field(default_factory=list)  # problems of converted files
    files: int = 0
    articles: int = 0
    converted: int = 0
    cached: int = 0
    written: dict = field(default_factory=dict)
    sources: Path = Path("sources")

    @property
    def all_issues(self) -> list[ConversionIssue]:
        return self.read_issues + self.file_issues

    def add(self, done: "Converted") -> None:
        """Count one converted file."""
        self.files += done.result.source not in {i.source for i in self.read_issues if i.stage == "read"}
        self.articles += len(done.result.articles)
        self.cached += done.cached
        self.converted += not done.cached
        self.file_issues += done.result.issues

    def finish(self) -> None:
        """After the last file: count the files that were not read (or read under another name)."""
        self.files += len({i.source for i in self.read_issues if i.stage == "read"})

    def summary(self) -> str:
        issues = self.all_issues
        errors = sum(i.level == "error" for i in issues)
        warnings = len(issues) - errors
        return f"{self.files} files · {self.articles} articles · {warnings} warnings · {errors} errors"


@dataclass
class Conversion:
    """Every result of a run, in memory (`convert_archive`: `check` and tests)."""

    results: list[SourceResult] = field(default_factory=list)
    issues: list[ConversionIssue] = field(default_factory=list)  # files that were not read
    converted: int = 0
    cached: int = 0
    sources: Path = Path("sources")

    @property
    def all_issues(self) -> list[ConversionIssue]:
        return self.issues + [i for r in self.results for i in r.issues]

    @property
    def articles(self) -> int:
        return sum(len(r.articles) for r in self.results)

    def summary(self) -> str:
        report = Report(self.issues, [i for r in self.results for i in r.issues], articles=self.articles,
                        files=len({r.source for r in self.results} | {i.source for i in self.issues if i.stage == "read"}))
        return report.summary()


@dataclass(frozen=True)
class Converted:
    """One file of a run: what was read, and what it gave."""

    item: SourceInput
    result: SourceResult
    cached: bool


def cache_key(item: SourceInput, code: str = "") -> str:
    settings = item.settings
    # The recurring lines in a fixed order: a frozenset's order (and so its repr) changes with
    # each process's string-hash seed, which made every run miss the cache.
    canonical = (settings.publication, settings.encoding, sorted(settings.recurring))
    return content_hash(__version__, code, item.source, repr(canonical), item.data)


def _folder(item: SourceInput) -> str:
    return item.source.rpartition("/")[0]


def _decoded(item: SourceInput) -> str | None:
    try:
        return decode(item.data, item.settings.encoding).text
    except DecodeError:
        return None


def _with_recurring(item: SourceInput, text: str | None, found: dict[str, frozenset[str]]) -> SourceInput:
    mine = found.get(_folder(item), frozenset()) & page_keys(text) if text is not None else frozenset()
    return replace(item, settings=replace(item.settings, recurring=mine)) if mine else item


def with_archive_evidence(inputs: list[SourceInput]) -> list[SourceInput]:
    """The first pass over the archive: each input, with the lines of it that recur across its
    folder (`recurring`) in its settings.  Files that do not decode give no evidence."""
    texts = [_decoded(item) for item in inputs]
    found = recurring_lines((_folder(item), text) for item, text in zip(inputs, texts) if text is not None)
    return [_with_recurring(item, text, found) for item, text in zip(inputs, texts)]


def archive_evidence(sources: Path, max_bytes: int) -> dict[str, frozenset[str]]:
    """`with_archive_evidence`'s first pass, reading one file at a time: per folder, the
    lines that recur across it (the files are read again to be converted)."""
    items = (item for item in iter_sources(sources, max_bytes) if not isinstance(item, ConversionIssue))
    return recurring_lines((_folder(item), text) for item in items if (text := _decoded(item)) is not None)


def _readable(found: Iterable[SourceInput | ConversionIssue], issues: list[ConversionIssue]) -> Iterator[SourceInput]:
    for item in found:
        if isinstance(item, ConversionIssue):
            issues.append(item)
        else:
            yield item


def iter_converted(sources: Path, issues: list[ConversionIssue], jobs: int = 1, cache: Path | None = None,
                   max_bytes: int = 200 * 1024 * 1024, batch: int = 100) -> Iterator[Converted]:
    """Convert every file under `sources`, yielding each as it is done, in order; the files
    that cannot be read go to `issues`.  Files are read, and sent to the `jobs` worker
    processes, `batch` at a time (one batch ahead of the one being yielded), so memory holds
    about two batches of them, whatever the size of the archive."""
    found = archive_evidence(sources, max_bytes)
    code = code_fingerprint(Path(__file__).parent.parent) if cache else ""  # the whole package
    items = _readable(iter_sources(sources, max_bytes), issues)
    with contextlib.ExitStack() as stack:
        pool = None
        if jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
            pool = stack.enter_context(multiprocessing.get_context("fork").Pool(jobs))

        def started(chunk: list[SourceInput]) -> tuple:
            """The chunk's cached results, and the conversion of the others under way."""
            chunk = [_with_recurring(item, _decoded(item), found) for item in chunk]
            keys = [cache_key(item, code) for item in chunk]
            hits = [load_cached(cache, key) if cache else None for key in keys]
            todo = [item for item, hit in zip(chunk, hits) if hit is None]
            fresh = iter(pool.imap(convert_input, todo, chunksize=2) if pool and len(todo) > 1
                         else map(convert_input, todo))
            return chunk, keys, hits, fresh

        def finished(chunk, keys, hits, fresh) -> Iterator[Converted]:
            for item, key, hit in zip(chunk, keys, hits):
                if hit is not None:
                    yield Converted(item, hit, True)
                    continue
                result = next(fresh)
                if cache:
                    save_cached(cache, key, result)
                yield Converted(item, result, False)

        # One chunk ahead: the workers convert the next chunk while this one is written.
        pending = None
        while chunk := list(itertools.islice(items, batch)):
            ahead = started(chunk)
            if pending:
                yield from finished(*pending)
            pending = ahead
        if pending:
            yield from finished(*pending)


def convert_archive(sources: Path, jobs: int = 1, cache: Path | None = None,
                    max_bytes: int = 200 * 1024 * 1024,
                    progress: Callable[[Iterable], Iterable] = lambda x: x) -> Conversion:
    """Convert every file under `sources`, keeping every result in memory."""
    conversion = Conversion(sources=Path(sources))
    for done in progress(iter_converted(sources, conversion.issues, jobs, cache, max_bytes)):
        conversion.results.append(done.result)
        conversion.cached += done.cached
    conversion.converted = len(conversion.results) - conversion.cached
    return conversion
