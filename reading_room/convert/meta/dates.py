"""Dates: every form normalised once, here, to ISO `YYYY-MM-DD`, keeping the words it came from.

Forms: `2024-09-19`, `2024/09/19`, `2024年9月19日`, `二〇二四年九月十九日`, `民國113年9月19日`,
dates in file names (`20240919`) and URLs (`/html/2023-05/30/`).  A date is returned only
when the text names year, month and day; `9月19日` alone is never completed with a guessed year.

Does not: decide which date on a page is the publication date (see `pipeline`).
"""
from __future__ import annotations

import datetime as dt

from ... import patterns as P
from ...model import DateGuess

_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def _number(text: str) -> int:
    """`19` → 19, `十九` → 19, `二〇二四` → 2024."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, units = text.partition("十")
        return (_DIGITS.get(tens, 1) if tens else 1) * 10 + (_DIGITS.get(units, 0) if units else 0)
    return int("".join(str(_DIGITS[c]) for c in text))


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> tuple[str, str] | None:
    """The first full date in `text` as (ISO date, the words matched), or None.

    >>> parse_date("2024-09-19 來源: 鄭州晚報")
    ('2024-09-19', '2024-09-19')
    """
    found = []
    for regex, roc in ((P.ROC_DATE, True), (P.CJK_DATE, False), (P.ISO_DATE, False)):
        for m in regex.finditer(text):
            year = _number(m.group("y")) + (1911 if roc else 0)
            iso = _iso(year, _number(m.group("m")), _number(m.group("d")))
            if iso and 1900 <= year <= 2100:
                found.append((m.start(), iso, m.group()))
    if not found:
        return None
    start, iso, words = min(found)
    return iso, words


def parse_roc_short(text: str) -> tuple[str, str] | None:
    """`113年9月19日` (a Taiwan date line without 民國): years 1–150 are ROC years."""
    m = P.ROC_SHORT_DATE.search(text)
    if not m or int(m.group("y")) > 150:
        return None
    iso = _iso(int(m.group("y")) + 1911, int(m.group("m")), int(m.group("d")))
    return (iso, m.group()) if iso else None


def date_from_path(path: str) -> DateGuess:
    """A date in a file's path (`2024-09-19.txt`, `zzrb20240919_02.txt`)."""
    for m in P.PATH_DATE.finditer(path):
        iso = _iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if iso:
            return DateGuess(iso, "filename", m.group())
    return DateGuess(None, None, None)


def date_from_page_url(url: str) -> DateGuess:
    """A date in the path of a saved page's own address: `https://hk.on.cc/…/20200809/bkn-….html`."""
    path = url.split("://", 1)[-1].partition("/")[2]
    for m in P.PAGE_URL_DATE.finditer(path):
        iso = _iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if iso:
            return DateGuess(iso, "url", m.group())
    return DateGuess(None, None, None)


def date_from_url(text: str) -> DateGuess:
    """A date inside a URL path: `/html/2023-05/30/content_123.htm` → 2023-05-30."""
    for m in P.URL_DATE.finditer(text):
        iso = _iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if iso:
            return DateGuess(iso, "url", m.group())
    return DateGuess(None, None, None)
