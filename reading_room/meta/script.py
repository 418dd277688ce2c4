"""Script detection: `hans` or `hant`, measured per article with OpenCC, never assumed per file.

A character counts as traditional-only if OpenCC's t2s changes it, simplified-only if s2t
changes it; the script with more such characters wins (simplified on a tie or no evidence).

Does not: convert text (search folding lives with the search index).
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _converters():
    import opencc

    return opencc.OpenCC("t2s").convert, opencc.OpenCC("s2t").convert


def detect_script(text: str) -> str:
    """`hant` when traditional-only characters outnumber simplified-only ones, else `hans`."""
    t2s, s2t = _converters()
    sample = "".join(c for c in text[:20000] if "\u3400" <= c <= "\u9fff")
    if not sample:
        return "hans"
    to_simplified, to_traditional = t2s(sample), s2t(sample)
    traditional = sum(a != b for a, b in zip(sample, to_simplified))
    simplified = sum(a != b for a, b in zip(sample, to_traditional))
    return "hant" if traditional > simplified else "hans"
