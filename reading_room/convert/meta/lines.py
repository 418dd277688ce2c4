"""Line-shape parsers shared by the stages: page headers, date lines, posting stamps.

Pure `str → value` functions, like `bylines` and `dates`: classification reads them to give a
line its kind, and the metadata stage reads them again for the values (page, section, the
stamp's source), so no later stage calls back into an earlier stage's module.

Does not: decide a line's kind (see `paragraphs`), pick the page's date (see `assemble`).
"""
from __future__ import annotations

from ... import patterns as P
from .dates import parse_date


def is_posting_stamp(text: str) -> bool:
    """A portal's or reprint's date line: a full date, maybe a clock time, and a short source
    (`2009年03月04日09:42  郑州日报`, `2004年12月12日03:31 河南报业网-河南日报`, `2025/04/28 16:53`,
    `(2023年9月24日)`)."""
    if len(text) > 60:
        return False
    found = parse_date(text)
    if not found or not text.strip("(（ ").startswith(found[1][:4]):
        return False
    after = text.replace(found[1], "", 1)
    clock = P.CLOCK_TIME.search(after)
    rest = P.WEEKDAY.sub("", P.CLOCK_TIME.sub("", after))
    rest = P.STAMP_FILLER.sub("", rest)
    if len(rest) > 12 or P.SENTENCE_PUNCT.search(rest):
        return False
    # What follows the date is nothing, a clock time, an issue number or the name of a source.
    return not rest or bool(clock) or bool(P.SOURCE_NAME_END.search(rest)) or bool(P.ISSUE_NUMBER.fullmatch(rest))


def is_date_line(text: str) -> bool:
    """A short line that is a date plus calendar words: `星期四 2024年9月19日 农历八月十七`."""
    if len(text) > 40:
        return False
    found = parse_date(text)
    if not found:
        return False
    rest = text.replace(found[1], "")
    rest = P.WEEKDAY.sub("", rest)
    rest = P.LUNAR.sub("", rest)
    rest = P.CLOCK_TIME.sub("", rest)  # `18:56 2017/09/08`: a posting time with its date
    rest = P.PAPER_NAME.sub("", rest)
    return len(P.DATE_LINE_FILLER.sub("", rest)) <= 2


def page_header(text: str) -> tuple[str, str | None] | None:
    """`第A02版:要闻` → ('A02', '要闻'); `A2 要闻` → ('A2', '要闻')."""
    labelled = P.PAGE_FIELD_LABEL.match(text.strip())
    text = text.strip()[labelled.end():] if labelled else text.strip()
    m = P.PAGE_HEADER.fullmatch(text) if labelled else None
    if m:  # `当前版:04版`: the reader's label says it is a page, with or without `第` or a section
        return m.group("page"), m.group("section")
    inner = P.PAGE_HEADER_AT.search(text)
    if inner and inner.start() > 0 and (parse_date(text[:inner.start()]) or P.MASTHEAD_LINE.match(text)):
        text = inner.group()  # `人民日报 2024年09月19日 星期四 第01版：要闻`
    m = P.PAGE_HEADER.match(text)
    if m and text.startswith("第") and m.group("paren") is not None and len(text) <= 40:
        # An archive's `第1版(要闻)专栏:…` line: the section is in the parentheses.
        return m.group("page"), m.group("paren") or None
    if m and text.startswith("第") and len(text) <= 24 and P.SPACES_AND_DIGITS.fullmatch(text[m.end():]):
        return m.group("page"), m.group("section")
    if m and text.startswith("第") and m.group("section") and is_date_line(text[m.end():].strip()):
        return m.group("page"), m.group("section")  # `第A06版:教育 2021年7月5日 星期一`
    m = P.PAGE_HEADER_BARE.match(text)
    if m:  # `A02版:要闻`, `02版:要 闻`: e-paper page lists drop the 第 and space the section out
        return m.group("page"), "".join(m.group("section").split())
    m = P.PAGE_HEADER_SHORT.match(text)
    if m:
        return m.group("page"), m.group("section")
    return None
