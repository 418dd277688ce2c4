"""Script detection: `hans` or `hant`, measured per article with OpenCC, never assumed per file.

A character is traditional-only if OpenCC's t2s changes it, simplified-only if s2t changes it.
Both sets are computed once from OpenCC over the CJK block (`fold.script_sets`); an article's
script is the one with more such characters (simplified on a tie or with no evidence).

Does not: convert text (folding lives in `meta/fold.py`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ... import patterns as P
from .fold import script_sets

SAMPLE = P.SCRIPT_SAMPLE  # Han characters looked at per article (patterns.HAN_SAMPLE's count)


@lru_cache(maxsize=1)
def _script_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Character classes of the two sets, so counting runs in C; and the first SAMPLE Han
    characters of a text."""
    traditional, simplified = script_sets()
    return P.char_class(traditional), P.char_class(simplified), P.HAN_SAMPLE


def detect_script(text: str) -> str:
    """`hant` when traditional-only characters outnumber simplified-only ones, else `hans`."""
    traditional, simplified, sample = _script_patterns()
    if len(text) > SAMPLE:
        first = sample.match(text)
        if first:
            text = text[:first.end()]
    t = len(traditional.findall(text))
    s = len(simplified.findall(text))
    return "hant" if t > s else "hans"
