"""Script detection: `hans` or `hant`, measured per article with OpenCC, never assumed per file.

A character is traditional-only if OpenCC's t2s changes it, simplified-only if s2t changes it.
Both sets are computed once from OpenCC over the CJK block; an article's script is the one with
more such characters (simplified on a tie or with no evidence).

Does not: convert text (search folding lives with the search index).
"""
from __future__ import annotations

import re
from functools import lru_cache

SAMPLE = 4000  # Han characters looked at per article: plenty to decide, cheap on long texts

@lru_cache(maxsize=1)
def _script_sets() -> tuple[frozenset[str], frozenset[str]]:
    import opencc

    chars = "".join(chr(c) for c in range(0x4E00, 0xA000))
    # One character per line so OpenCC's phrase tables cannot rewrite across characters.
    t2s = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    s2t = opencc.OpenCC("s2t").convert("\n".join(chars)).split("\n")
    traditional = frozenset(c for c, s in zip(chars, t2s) if s != c)
    simplified = frozenset(c for c, t in zip(chars, s2t) if t != c)
    return traditional, simplified


@lru_cache(maxsize=1)
def _script_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Character classes of the two sets, so counting runs in C; and the first SAMPLE Han
    characters of a text."""
    traditional, simplified = _script_sets()
    sample = re.compile(f"(?:[^\u4e00-\u9fff]*+[\u4e00-\u9fff]){{{SAMPLE}}}")
    return _char_class(traditional), _char_class(simplified), sample


def _char_class(chars: frozenset[str]) -> re.Pattern:
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


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
