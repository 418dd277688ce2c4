"""A listed headline block an archive printed on one line (`引题 主题 副题`), back as its lines.

People's Daily archive sites list each page's stories as `1. 引题 主题 副题` and print the same
line again before the story's text; `paragraphs` cuts that line off its story, this module
parts it into kicker, title and deck, and `headlines` reads the deck (DECK_WHY) as the subtitle.
"""
from __future__ import annotations

from .. import patterns as P
from ..model import Kind, Line
from .spans import cut_spans as _cut

FLATTENED_WHY = "a listed headline block, flattened into one line: kicker, title, deck"
#: The deck of such a block: `headlines` reads it as the subtitle.
DECK_WHY = "the last part of a listed headline block flattened into one line: its deck"

#: Fewest characters of each part of a headline block an archive flattened into one line.
FLATTENED_PART_CHARS = 4


def unflattened(head: Line) -> list[Line]:
    """`引题 主题 副题`: an archive's headline block printed on one line, its three or more parts
    set apart by spaces, back as the lines it was printed in: the first part (the kicker), the
    middle ones (the title, `普及村规民约 社会风气焕然一新`), the last (the deck).  Of two parts,
    a last one in clauses under one without is the deck (`国防部举行… 杨尚昆…等出席,张爱萍主持…`);
    else they stay one line: which of them is the title the line does not say."""
    text = head.text
    parts = text.split()
    if len(parts) < 2 or min(len(p) for p in parts) < FLATTENED_PART_CHARS:
        return [head]
    if len(parts) == 2:
        if not P.CLAUSE_MARK.search(parts[1]) or P.CLAUSE_MARK.search(parts[0]):
            return [head]
        title, deck = _cut(head.spans, text.index(parts[0]) + len(parts[0]))
        return [Line(Kind.HEAD, title, head.gap, FLATTENED_WHY), Line(Kind.HEAD, deck, "", DECK_WHY)]
    kicker, rest = _cut(head.spans, text.index(parts[0]) + len(parts[0]))
    title, deck = _cut(rest, "".join(s.text for s in rest).rindex(parts[-1]))
    return [Line(Kind.HEAD, kicker, head.gap, FLATTENED_WHY), Line(Kind.HEAD, title, "", FLATTENED_WHY),
            Line(Kind.HEAD, deck, "", DECK_WHY)]
