"""Script detection: `hans` or `hant`, measured per article with OpenCC, never assumed per file.

A character is traditional-only if OpenCC's t2s changes it, simplified-only if s2t changes it.
Both sets are computed once from OpenCC over the CJK block; an article's script is the one with
more such characters (simplified on a tie or with no evidence).

Does not: convert text (search folding lives with the search index).
"""
from __future__ import annotations

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


def detect_script(text: str) -> str:
    """`hant` when traditional-only characters outnumber simplified-only ones, else `hans`."""
    traditional, simplified = _script_sets()
    t = s = seen = 0
    for ch in text:
        if "\u4e00" <= ch <= "\u9fff":
            seen += 1
            t += ch in traditional
            s += ch in simplified
            if seen >= SAMPLE:
                break
    return "hant" if t > s else "hans"
