"""Runs a whole conversion: sources → results → generated tree, with a cache per file.

A file whose bytes, settings and converter version are unchanged is not converted again: its
result is loaded from `build/cache/` (so changing one file of 10,000 converts one file).

Does not: talk to the user (the CLI does), build the site.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

from .. import __version__
from ..site import urls
from ..site.indexes import iter_site_files
from ..convert.decode import DecodeError, decode
from ..model import ConversionIssue, SourceResult
from ..convert.recurring import page_keys, recurring_lines
from ..parallel import fork_map, in_background
from ..convert.pipeline import convert_many
from .store import (SourceInput, code_fingerprint, content_hash, finish_tree, iter_sources, load_cached, read_original,
                    save_cached, write_files)


#: Below this many pages, starting processes costs more than it saves.
PARALLEL_MIN_ITEMS = 200


@dataclass
class Report:
    results: list[SourceResult] = field(default_factory=list)
    issues: list[ConversionIssue] = field(default_factory=list)  # files that were not read
    converted: int = 0
    cached: int = 0
    written: dict = field(default_factory=dict)
    sources: Path = Path("sources")
    #: source → the bytes read and converted, so `originals/` holds what the pages were made
    #: from even if a file changes during the run.
    originals: dict[str, bytes] = field(default_factory=dict, repr=False)

    @property
    def all_issues(self) -> list[ConversionIssue]:
        return self.issues + [i for r in self.results for i in r.issues]

    @property
    def articles(self) -> int:
        return sum(len(r.articles) for r in self.results)

    def summary(self) -> str:
        issues = self.all_issues
        errors = sum(i.level == "error" for i in issues)
        warnings = len(issues) - errors
        files = len({r.source for r in self.results} | {i.source for i in self.issues if i.stage == "read"})
        return (f"{files} files · {self.articles} articles · {warnings} warnings · {errors} errors")


def cache_key(item: SourceInput, code: str = "") -> str:
    return content_hash(__version__, code, item.source, repr(item.settings), item.data)


def with_archive_evidence(inputs: list[SourceInput]) -> list[SourceInput]:
    """The first pass over the archive: each input, with the lines of it that recur across its
    folder (`recurring`) in its settings.  Files that do not decode give no evidence."""
    def folder(item: SourceInput) -> str:
        return item.source.rpartition("/")[0]

    texts: list[str | None] = []
    for item in inputs:
        try:
            texts.append(decode(item.data, item.settings.encoding).text)
        except DecodeError:
            texts.append(None)
    found = recurring_lines((folder(item), text) for item, text in zip(inputs, texts) if text is not None)
    out = []
    for item, text in zip(inputs, texts):
        mine = found.get(folder(item), frozenset()) & page_keys(text) if text is not None else frozenset()
        out.append(replace(item, settings=replace(item.settings, recurring=mine)) if mine else item)
    return out


def convert_archive(sources: Path, jobs: int = 1, cache: Path | None = None,
                    max_bytes: int = 200 * 1024 * 1024,
                    progress: Callable[[Iterable], Iterable] = lambda x: x) -> Report:
    """Convert every file under `sources`."""
    report = Report(sources=Path(sources))
    inputs: list[SourceInput] = []
    for item in iter_sources(sources, max_bytes):
        if isinstance(item, ConversionIssue):
            report.issues.append(item)
        else:
            inputs.append(item)
    report.originals = {item.source: item.data for item in inputs}
    inputs = with_archive_evidence(inputs)
    code = code_fingerprint(Path(__file__).parent.parent) if cache else ""  # the whole package
    cached: dict[int, SourceResult] = {}
    todo: list[tuple[int, SourceInput, str]] = []
    for index, item in enumerate(inputs):
        key = cache_key(item, code)
        hit = load_cached(cache, key) if cache else None
        if hit is not None:
            cached[index] = hit
        else:
            todo.append((index, item, key))
    fresh: dict[int, SourceResult] = {}
    workers = jobs if len(todo) > 1 else 1
    results = convert_many((item for _, item, _ in todo), workers)
    for (index, _, key), result in zip(todo, progress(results)):
        fresh[index] = result
        if cache:
            save_cached(cache, key, result)
    report.results = [cached.get(i) or fresh[i] for i in range(len(inputs))]
    report.converted, report.cached = len(fresh), len(cached)
    return report


def write_docs(report: Report, sources: Path, docs: Path,
               extra: Iterable[tuple[str, str | bytes]] = (), jobs: int = 1,
               apart: Iterable[tuple[str, str | bytes]] = (), min_pages: int = PARALLEL_MIN_ITEMS) -> dict:
    """Write every generated file into `docs` as it is made (the tree is never whole in
    memory); `extra` are more `(path, content)` pairs, e.g. static files.

    `apart` is a stream made and written by a forked process at the same time as the pages,
    when there is more than one job (the search index: it needs nothing the pages need, and
    costs about as much).  With one job it is written first, here."""
    def generated():
        yield from extra.items() if isinstance(extra, dict) else extra
        pmap = fork_map(max(1, jobs - jobs // 2) if apart else jobs, min_pages)
        yield from iter_site_files(report.results, pmap=pmap)
        for result in report.results:
            data = report.originals.get(result.source)  # the bytes that were converted
            if data is None:
                try:
                    data = read_original(sources, result.source)
                except OSError:
                    continue
            yield urls.original(result.source), data

    side = in_background(lambda: write_files(docs, apart)) if jobs > 1 else None
    if side is None:
        names, counts = write_files(docs, itertools.chain(apart, generated()))
    else:
        names, counts = write_files(docs, generated())
        more, more_counts = side()
        names += more
        counts = {key: counts[key] + more_counts[key] for key in counts}
    report.written = finish_tree(docs, names, counts)
    return report.written
