"""Archive evidence: lines that recur across many files of one folder are page furniture.

A nav bar, masthead, copyright line or section menu is printed on every page a site serves, so
it recurs in many files of the same folder; an article's text does not.  A first pass over the
archive (`recurring_lines`) counts, per folder, in how many distinct pages each short line
occurs; the lines found in at least `MIN_PAGES` of them are that folder's furniture.  The
count is deterministic and independent of file order, and each file's conversion receives (and
is cached under) only the recurring lines that occur in it (`SourceSettings.recurring`).

`drop_recurring` then removes such a line from a page, with these exceptions, which keep the
evidence other stages need:
  * a line the page prints twice is kept (the headline list above repeats the article's own
    headline, and the list of one page is printed on each of that page's article files);
  * bylines, credit and date lines, jump lines and series labels are kept (a reporter's byline
    recurs across their stories; it is metadata, not furniture).

Does not: read files (the runner hands it decoded text), decide anything else about lines.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from .. import patterns as P
from ..model import Debris, Kind, Line

#: A line recurring in this many distinct pages of one folder is furniture.
MIN_PAGES = 3
#: Only lines this short are counted: furniture is short, and long lines are prose.
MAX_CHARS = 80


def key_of(text: str) -> str:
    return "".join(text.split())


def page_keys(text: str) -> frozenset[str]:
    """The keys of a decoded page's short lines, each counted once per page."""
    keys = set()
    for raw in text.split("\n"):
        key = key_of(raw)
        if 2 <= len(key) <= MAX_CHARS:
            keys.add(key)
    return frozenset(keys)


def recurring_lines(pages: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """`(folder, decoded text)` pairs → per folder, the line keys of at least `MIN_PAGES` pages.

    Pages with the same text (one page saved twice, or re-encoded) count once."""
    counts: dict[str, Counter] = {}
    seen: set[tuple[str, str]] = set()
    for folder, text in pages:
        digest = hashlib.sha1(key_of(text).encode("utf-8", "surrogatepass")).hexdigest()
        if (folder, digest) in seen:
            continue
        seen.add((folder, digest))
        counts.setdefault(folder, Counter()).update(page_keys(text))
    return {folder: frozenset(k for k, n in c.items() if n >= MIN_PAGES) for folder, c in counts.items()}


@dataclass(frozen=True)
class Kept:
    lines: tuple[Line, ...]
    debris: tuple[Debris, ...]


def drop_recurring(lines: list[Line], recurring: frozenset[str]) -> Kept:
    """Remove the folder's recurring lines from a classified page (see the module docstring)."""
    if not recurring:
        return Kept(tuple(lines), ())
    counts = Counter(key_of(line.text) for line in lines)
    out: list[Line] = []
    debris: list[Debris] = []
    gap = ""
    for line in lines:
        key = key_of(line.text)
        if (key in recurring and counts[key] == 1 and line.kind in (Kind.TEXT, Kind.HEAD)
                and not (P.SERIES.match(line.text) or P.COLUMN_LABEL.match(line.text))):
            debris.extend(Debris("recurring", s) for s in line.spans)
            gap = "chrome"
            continue
        out.append(Line(line.kind, line.spans, gap, line.why, line.credits) if gap else line)
        gap = ""
    return Kept(tuple(out), tuple(debris))
