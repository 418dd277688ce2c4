"""Traditional → simplified folding, and every OpenCC table behind it, each built once.

All the converter's OpenCC work happens here.  OpenCC converts the CJK blocks one character per
line (newline-separated, so no phrase rule applies): a character then folds the same wherever it
stands, and one table serves every caller.  There is one `t2s` pass and one `s2t` pass per
process, made on first use.

Two folds, on purpose, because their readers differ:

- `fold_simplified` (keywords, tag pages): OpenCC `t2s` for U+3400–U+9FFF, nothing else.  Its
  output goes to jieba and becomes the key of a tag, and offsets into it point into the
  original, so lengths are kept in code points, as Python counts them; a character whose
  simplified form lies outside the BMP (㑮 → 𫝈) folds to it.
- `fold_search` (the search index): also folds compatibility ideographs (U+F900–U+FAFF),
  full-width letters and digits, upper case and the ideographic space, so that `ＡＰＥＣ` finds
  `apec`.  Its table is shipped to the browser (`fold.js`), which counts UTF-16 units, so it
  leaves alone a character whose simplified form lies outside the BMP.

Making them one would change the words jieba cuts (and so the tags) or the table the browser
folds queries with; `tests/test_search_index.py` and `tests/test_keywords.py` pin both.

Does not: detect the script (`script`), segment (`keywords`) or index (`search_index`).
"""
from __future__ import annotations

import functools

from ... import patterns as P

#: The blocks the simplified fold covers: CJK Extension A and the Unified Ideographs.
SIMPLIFIED_BLOCKS = ((0x3400, 0xA000),)
#: The blocks the search fold covers (all BMP, so folding keeps UTF-16 lengths): Extension A,
#: the Unified Ideographs, the compatibility ideographs.
SEARCH_BLOCKS = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
#: The block script detection measures: the Unified Ideographs.
SCRIPT_BLOCK = (0x4E00, 0xA000)
#: Every character OpenCC is asked about (the union of the above).
_OPENCC_BLOCKS = ((0x3400, 0xA000), (0xF900, 0xFB00))


def fold_simplified(text: str) -> str:
    """Traditional → simplified, character by character (same length): the key of a tag.

    >>> fold_simplified("鄭州市委書記")
    '郑州市委书记'
    """
    return text.translate(_simplified_table())


def fold_search(text: str) -> str:
    """Fold to the one script the search index uses; `len(fold_search(s)) == len(s)` always.

    >>> fold_search("鄭州晚報 ＡＰＥＣ")
    '郑州晚报 apec'
    """
    foldable, table = _search_foldable()
    # Character by character through the regex, not str.translate: translate asks the table
    # for every character of a body (a failed dict lookup each), this only for the few that fold.
    return foldable.sub(lambda m: table[m.group()], text)


@functools.cache
def search_fold_table() -> dict[str, str]:
    """The search fold's table, character to character, in block order (as `fold.js` ships it).

    Per character, never by phrase: phrase rules would make folding depend on context, and a
    query typed alone must fold exactly as the same characters folded inside an article.
    """
    converted = _t2s_chars()
    table: dict[str, str] = {}
    for lo, hi in SEARCH_BLOCKS:
        for src in map(chr, range(lo, hi)):
            dst = converted[src]
            if dst != src and len(dst) == 1 and ord(dst) < 0x10000:
                table[src] = dst
    for code in range(0xFF10, 0xFF5B):  # full-width letters and digits: ＡＢＣ１２３ → abc123
        if chr(code - 0xFEE0).isalnum():  # (full-width punctuation separates terms anyway)
            table[chr(code)] = chr(code - 0xFEE0).lower()
    for code in range(ord("A"), ord("Z") + 1):
        table[chr(code)] = chr(code).lower()
    table["\u3000"] = " "  # ideographic space
    return table


@functools.cache
def script_sets() -> tuple[frozenset[str], frozenset[str]]:
    """`(traditional-only, simplified-only)` Unified Ideographs: those `t2s`, respectively
    `s2t`, changes (to anything, even to two characters)."""
    t2s, s2t = _t2s_chars(), _s2t_chars()
    chars = [chr(c) for c in range(*SCRIPT_BLOCK)]
    return (frozenset(c for c in chars if t2s[c] != c),
            frozenset(c for c in chars if s2t[c] != c))


def to_traditional(text: str) -> str:
    """OpenCC `s2t` over the whole text, phrase rules included.

    Only `decode` asks, for the traditional forms of its common characters, and it always has:
    by phrase, `才` and `出` also give `纔` and `齣`, which a per-character table does not.
    """
    return _converter("s2t").convert(text)


# --- the tables ---------------------------------------------------------------------------------

@functools.cache
def _simplified_table() -> dict[int, int]:
    converted = _t2s_chars()
    return {ord(c): ord(s) for lo, hi in SIMPLIFIED_BLOCKS for c in map(chr, range(lo, hi))
            if len(s := converted[c]) == 1 and s != c}


@functools.cache
def _search_foldable():
    table = search_fold_table()
    return P.char_class(table), table


@functools.cache
def _t2s_chars() -> dict[str, str]:
    """Every character of `_OPENCC_BLOCKS` → what OpenCC `t2s` makes of it alone."""
    return _per_character("t2s", _OPENCC_BLOCKS)


@functools.cache
def _s2t_chars() -> dict[str, str]:
    """Every Unified Ideograph → what OpenCC `s2t` makes of it alone."""
    return _per_character("s2t", (SCRIPT_BLOCK,))


def _per_character(config: str, blocks) -> dict[str, str]:
    chars = [chr(i) for lo, hi in blocks for i in range(lo, hi)]
    # One character per line so OpenCC's phrase tables cannot change the length.
    converted = _converter(config).convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # pragma: no cover - would mean OpenCC changed behaviour
        raise RuntimeError(f"OpenCC {config} did not keep one character per line")
    return dict(zip(chars, converted))


@functools.cache
def _converter(config: str):
    import opencc  # only when a table is first needed: importing the converter stays cheap

    return opencc.OpenCC(config)
