"""A page's classified lines as units — single lines and blocks of headline lines — and what
the page as a whole says about them: which blocks are its headline list, which headline lines
it prints again further down, which bare names are bylines.

Pure functions over the unit list; `split` walks the units with this evidence.

Does not: decide where articles start (see `split`).
"""
from __future__ import annotations

from collections import Counter

from .. import patterns as P
from .headlines import key_of
from .meta.bylines import looks_like_name
from .meta.lines import is_posting_stamp
from ..model import Credits, Kind, Line


def units_of(lines: list[Line]) -> list:
    """Consecutive HEAD lines grouped into blocks (lists); everything else stays a Line.

    A block never spans removed page chrome: the headline list above a nav bar and the
    article's own headline below it are two blocks."""
    units: list = []
    for line in lines:
        if line.kind is Kind.HEAD:
            if units and isinstance(units[-1], list) and not line.after_chrome:
                units[-1].append(line)
            else:
                units.append([line])
        else:
            units.append(line)
    return units


def names_as_bylines(units: list) -> list:
    """A bare name closing a headline block, with body text right after it, is the byline
    (`我在郑报上的“处女作”` / `刘洪` / text; `藏在热浪里的温情` / `郑 实` / text)."""
    out: list = []
    printed = Counter(key_of(line) for u in units for line in (u if isinstance(u, list) else [u]))
    for i, unit in enumerate(units):
        nxt = units[i + 1] if i + 1 < len(units) else None
        if (isinstance(unit, list) and len(unit) == 2 and isinstance(nxt, Line) and nxt.kind is Kind.TEXT
                and looks_like_name(unit[0].text) and P.POSITION_LINE.match(unit[1].text.strip())):
            # `廖書蘭` / `香港珠海學院亞洲研究中心研究員`, then the text: the writer and her position.
            name = " ".join(unit[0].text.split())
            out.append(unit[0].with_kind(Kind.BYLINE, "a name over the writer's position", Credits(authors=(name,))))
            out.append(unit[1].with_kind(Kind.CREDIT, "the writer's position, under the name"))
            continue
        if isinstance(unit, list) and _names_only(unit):
            # `王亚平` / `张建华` / `魏铌邦` …: names one a line (portrait captions, contributors), no headline.
            out.extend(line.with_kind(Kind.CREDIT, "names printed one a line: captions or contributors, not a headline")
                       for line in unit)
            continue
        if (isinstance(unit, list) and len(unit) >= 2 and isinstance(nxt, Line) and nxt.kind is Kind.TEXT
                and looks_like_name(unit[-1].text) and not P.SUBTITLE.match(unit[-1].text)
                and printed[key_of(unit[-1])] < 3):  # a name over every item is a column's label
            out.append(unit[:-1])
            name = " ".join(unit[-1].text.split())
            out.append(unit[-1].with_kind(Kind.BYLINE, "a bare name between the headline and the text",
                                          Credits(authors=(name,))))
        else:
            out.append(unit)
    return out


def _names_only(block: list[Line]) -> bool:
    """Two or more different lines, each a person's name of two or three characters."""
    keys = [key_of(line) for line in block]
    return (len(block) >= 2 and len(set(keys)) == len(keys)
            and all(2 <= len(k) <= 3 and looks_like_name(k) for k in keys))


def headline_lists(units: list) -> dict[int, str]:
    """Blocks that are the page's headline list (table of contents), by index, with the evidence.

    Evidence: a block of three or more headline lines that ends where page chrome was removed
    (the nav bar under an e-paper page's list) and is followed by another headline block, i.e.
    the article's own headline is printed after the list."""
    found: dict[int, str] = {}
    for i, unit in enumerate(units[:-1]):
        nxt = units[i + 1]
        first = nxt[0] if isinstance(nxt, list) else nxt
        if (isinstance(unit, list) and len(unit) >= 3 and first.after_chrome
                and (isinstance(nxt, list) or nxt.kind is Kind.BYLINE)
                and any(isinstance(u, Line) and u.kind is Kind.TEXT for u in units[i + 1:])):
            found[i] = "headline list: 3+ headline lines, then page chrome, then another headline"
    return found


def opening_heads_after(units: list) -> list[set[str]]:
    """For each unit, the headline lines printed AFTER it in a block that a byline or a posting
    stamp follows: the article's own headline, which an earlier copy (a page title, a list) repeats."""
    after: list[set[str]] = [set() for _ in units]
    seen: set[str] = set()
    for i in range(len(units) - 1, -1, -1):
        after[i] = set(seen)
        nxt = units[i + 1] if i + 1 < len(units) else None
        if isinstance(units[i], list) and isinstance(nxt, Line) and (
                nxt.kind is Kind.BYLINE or (nxt.kind is Kind.CREDIT and is_posting_stamp(nxt.text))):
            seen.update(key_of(line) for line in units[i])
    return after


def head_texts_after(units: list) -> list[set[str]]:
    """For each unit, the texts of headline lines printed AFTER it (to spot a page's TOC)."""
    after: list[set[str]] = [set() for _ in units]
    seen: set[str] = set()
    for i in range(len(units) - 1, -1, -1):
        after[i] = set(seen)
        if isinstance(units[i], list):
            seen.update(key_of(line) for line in units[i])
    return after


#: A run of this many one-line headlines, each over exactly one paragraph, is an index of teasers
#: (or a page of short news items): every one of its headlines opens a story.
TEASER_RUN = 4
#: A teaser or short item is a paragraph of at most this many characters (a feature's sections,
#: one paragraph under each subhead, run longer).
TEASER_MAX_CHARS = 240
#: Fewer pairs make an index when the page closes each teaser with a read-more link (`詳全文>>`).
TEASER_RUN_MARKED = 2


def teaser_heads(units: list) -> set[int]:
    """Indexes of the headline blocks in runs of TEASER_RUN or more (one-line headline, one
    paragraph of a teaser's length) pairs with no byline among them (`大嶼山海面發現海豚屍體` / its item / `沙田…` / …)."""
    found: set[int] = set()
    run: list[int] = []
    marked = 0  # pairs of the run whose teaser a read-more link closes
    i = 0
    while i < len(units):
        unit, nxt = units[i], units[i + 1] if i + 1 < len(units) else None
        after = units[i + 2] if i + 2 < len(units) else None
        if (isinstance(unit, list) and len(unit) == 1 and isinstance(nxt, Line) and nxt.kind is Kind.TEXT
                and len(nxt.text) <= TEASER_MAX_CHARS and (after is None or isinstance(after, list))):
            run.append(i)
            marked += bool(after and after[0].gap == "more")
            i += 2
            continue
        if len(run) >= TEASER_RUN or marked >= TEASER_RUN_MARKED:
            found.update(run)
        run, marked = [], 0
        i += 1
    if len(run) >= TEASER_RUN or marked >= TEASER_RUN_MARKED:
        found.update(run)
    return found
