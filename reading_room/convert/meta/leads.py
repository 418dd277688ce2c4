"""A credit that opens a paragraph: `本报讯(记者 苏瑜)`, a wire dateline, `【記者林志明／台北報導】`,
`新华社记者戴国强报道:` — cut from the text it leads, its names read by `bylines.parse_byline`.

Does not: read a byline line of its own (see `bylines`), decide where the credit sits (see `split`).
"""
from __future__ import annotations

from ... import patterns as P
from ...model import Credits
from .bylines import looks_like_name, paper_in, parse_byline


def split_leading_credit(text: str) -> tuple[str, Credits] | None:
    """A credit at the start of a paragraph: `本报讯(记者 苏瑜)近日,…` → (`本报讯(记者 苏瑜)`, …).

    Also wire datelines (`新华社北京9月18日电(记者 X)`).  Returns the credit text and names.
    """
    m = P.OWN_NEWS_LEAD.match(text)
    if m:
        wire = P.AGENCY_NAME.match(m.group("paper"))
        if wire:  # `【新华社十四日讯】`: an agency's copy, not a paper's own news
            return m.group("all"), Credits(agency=wire.group())
        if m.group("paper") in P.THIS_PAPER or m.group("paper") in P.THIS_SITE:
            # `【本報訊】`, `【本網訊】`: "this paper", "this site", named elsewhere if at all
            return m.group("all"), Credits()
        return m.group("all"), Credits(publication=paper_in(m.group("paper")) or m.group("paper"))
    m = P.PAREN_CREDIT_LEAD.match(text)
    if m and len(text) > m.end():
        credits = parse_byline(m.group("inner"))
        if credits and credits.authors and all(looks_like_name(n) for n in credits.authors):
            return m.group("all"), credits
    m = P.PAPER_REPORT_LEAD.match(text)
    if m and (P.PAPER_NAME.fullmatch(m.group("paper")) or P.PAPER_NAME_END.fullmatch(m.group("paper"))):
        return m.group("all"), Credits(publication=m.group("paper"))
    m = P.MARKED_NAME_LEAD.match(text)
    if m and (looks_like_name(m.group("name")) or len(m.group("name")) <= 3):
        # `◎ 施喻琁 民進黨直轄市議員初選…`: a byline marker, a name, then the writer's text.
        return m.group("all"), Credits(authors=(m.group("name"),))
    m = P.CNA_DATELINE.match(text)
    if m:
        name = _cna_name(m.group("rest"))
        if name:
            return m.group("all"), Credits(authors=(name,), agency=m.group("agency"))
    m = P.TW_REPORT_LEAD.match(text)
    if m:
        credits = parse_byline(m.group("inner") or m.group("inner2"))
        if credits:
            return m.group("all"), credits
    m = P.REPORTER_LEAD.match(text)
    if m and len(text) > m.end() and (credits := parse_byline(m.group(1))) and credits.authors:
        return m.group(), credits  # `新华社记者戴国强报道:包干到户…`
    for regex in (P.BENBAO_XUN, P.WIRE_DATELINE):
        m = regex.match(text)
        if not m:
            continue
        inner = m.group("inner")
        credits = parse_byline(inner) if inner else Credits()
        if inner and credits is None:
            continue
        agency = m.groupdict().get("agency")
        head = m.group("all")
        if not inner:
            # `本报讯 记者 赵冬 昨日…`: names delimited by spaces only; `…7月30日电 记者刘小明、吴骅报道:`.
            rest = text[m.end():]
            tail = (P.BENBAO_XUN_NAMES.match(rest) if regex is P.BENBAO_XUN else None) or P.REPORTER_LEAD.match(rest)
            if tail and parse_byline(tail.group(1)):
                head = text[:m.end() + tail.end()]
                credits = parse_byline(tail.group(1))
        if agency in ("本报", "本報"):
            agency = None  # `本报北京9月18日电`: the paper's own correspondent, not an agency
        if agency:
            credits = Credits(credits.authors, credits.correspondents, credits.photographers,
                              credits.editors, agency=agency)
        paper = m.groupdict().get("paper")
        if paper:  # `信息时报讯(记者 X)`: the paper's own news, and its name
            credits = Credits(credits.authors, credits.correspondents, credits.photographers,
                              credits.editors, publication=paper)
        return head, credits
    return None


def _cna_name(rest: str) -> str | None:
    """`王大明台北` → `王大明`: the place is a known dateline city, else the name has 3 characters."""
    for place in sorted(P.CNA_PLACES, key=len, reverse=True):
        if rest.endswith(place) and P.NAME_RE.match(rest[:-len(place)]):
            return rest[:-len(place)]
    return rest[:3] if len(rest) >= 5 else None
