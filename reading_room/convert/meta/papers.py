"""Is a paper name found on a page a name, or a name with the words before it?

`PAPER_NAME` takes two to six characters before 日报/晚报/…, so a column label `我与平顶山晚报`
or an essay series `当旅游结缘晚报` reads as a paper.  A long name is believed only when the
page also prints it set apart (in 《》, after `来源:`, as an item of a navigation bar);
a shorter name the page sets apart at its end is the paper (`我与平顶山晚报` → 平顶山晚报).

Does not: decide which evidence wins (see `assemble`).
"""
from __future__ import annotations

from collections.abc import Iterable

from ... import patterns as P

#: Names this long or shorter need no other evidence (`郑州晚报`, `平顶山晚报`, `中国青年报`).
SHORT_NAME = 5


def paper_mentions(texts: Iterable[str]) -> frozenset[str]:
    """Paper names a page prints set apart: `《郑州晚报》`, `来源:新华每日电讯`, an item of a bar."""
    out: set[str] = set()
    for text in texts:
        out.update(m.group("paper") for m in P.BOOK_PAPER.finditer(text))
        # `稿件来源:新华每日电讯`: a source label's value is a name, bounded by the label.
        if any(c in text for c in P.LABEL_COLONS):
            out.update(m.group("value").split()[0] for m in P.LABEL_VALUE.finditer(text)
                       if m.group("label") in P.SOURCE_LABELS and m.group("value").split())
        text = text.strip()
        # No space and no bar or dot: MENU_ITEM_SPLIT cannot part the line (most lines of prose).
        items = P.MENU_ITEM_SPLIT.split(text) if _may_split(text) else (text,)
        if len(items) < 2:
            continue  # a line that is only the name does not confirm itself (`当旅游结缘晚报`)
        out.update(item for item in items if P.PAPER_NAME.fullmatch(item) or P.PAPER_NAME_END.fullmatch(item))
    return frozenset(out)


def _may_split(text: str) -> bool:
    return len(text.split(None, 1)) > 1 or any(c in text for c in P.MENU_ITEM_SEPARATORS)


def plausible_paper(name: str | None, mentions: frozenset[str]) -> str | None:
    """`name`, the shorter name it ends with that the page sets apart, or None."""
    if not name:
        return None
    inner = [m for m in mentions if name.endswith(m) and m != name and len(m) >= 3]
    if inner:
        return max(inner, key=len)
    return name if len(name) <= SHORT_NAME or name in mentions else None
