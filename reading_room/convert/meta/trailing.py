"""Credits glued to the end of a line: a byline after a paragraph's last sentence
(`…就在身边。正观新闻·郑州晚报记者 王译博`) and a caption's photo credit (`…晚会,中新社发 王瑶 摄`).

Pure `str` functions over `bylines.parse_byline`; `kinds` and `paragraphs` cut lines with them.
"""
from __future__ import annotations

import itertools

from ... import patterns as P
from ...model import Credits
from .bylines import looks_like_name, parse_byline


def split_trailing_byline(text: str) -> tuple[str, str, Credits] | None:
    """A byline glued to the end of a paragraph: `…就在身边。正观新闻·郑州晚报记者 王译博`."""
    # The last three sentence ends, last first, read off the reversed text: SENTENCE_CLOSE's
    # matches are single characters and whole runs of `…`, the same read from either end, and a
    # paragraph has dozens of them where only these three count.
    for m in itertools.islice(P.SENTENCE_CLOSE.finditer(text[::-1]), 3):
        end = len(text) - m.start()
        tail = text[end:]
        if not tail.strip() or len(tail.strip()) > 45:  # a wide gap before the byline is layout
            continue
        credits = parse_byline(tail)
        names = P.PAREN_NAMES.match(tail)
        if not credits and names and all(looks_like_name(n) for n in P.CREDIT_NAME_SEP.split(names.group("names")) if n):
            # `…举行。（张巨峰）`: names alone in parentheses after the last sentence close a report.
            credits = Credits(authors=tuple(n for n in P.CREDIT_NAME_SEP.split(names.group("names")) if n))
        if credits and (credits.authors or credits.photographers or credits.correspondents):
            return text[:end], tail, credits
    return _trailing_photo_credit(text)


#: A caption's photo credit is this long at most (`来源/新民晚报记者 张龙摄(下同)`).
PHOTO_CREDIT_MAX = 30


def _trailing_photo_credit(text: str) -> tuple[str, str, Credits] | None:
    """A photo credit closing a caption after a comma or a space, not a full stop:
    `…晚会,中新社发 王瑶 摄`, `…剪报册 来源/新民晚报记者 张龙摄(下同)`."""
    if not P.PHOTO_CREDIT_END.search(text):
        return None
    for m in P.CREDIT_START.finditer(text, max(0, len(text) - PHOTO_CREDIT_MAX - 4)):
        credits = parse_byline(text[m.end():])
        if credits and credits.photographers and not credits.authors:
            return text[:m.start()], text[m.start():], credits
    return None
