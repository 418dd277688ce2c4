"""Headlines: 引题 / 主题 / 副题 from a block of short lines, a page's headline list, and matching
listed headlines to stories printed without one.

Does not: decide where stories start (see `split`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from .. import patterns as P
from ..model import Debris, Kind, Line
from .flattened import DECK_WHY


@dataclass(frozen=True)
class Headline:
    kicker: Line | None
    title: Line | None
    subtitle: Line | None
    series: tuple[Line, ...] = ()
    marked: bool = False  # the subtitle is marked as one (`——访…`, `(一)`), not just a third line


class Story(Protocol):
    """What matching needs of a story being assembled (`split._Open`)."""

    headline: Headline | None
    body: list[Line]
    title_source: str

    @property
    def has_text(self) -> bool: ...


def parse_headline(group: list[Line]) -> Headline:
    """引题 / 主题 / 副题 from one headline group (series and column labels set apart)."""
    series = tuple(line for line in group if P.SERIES.match(line.text) or P.COLUMN_LABEL.match(line.text))
    rest = [line for line in group if line not in series]
    subtitle = None
    if len(rest) >= 2 and (P.SUBTITLE.match(rest[-1].text) or P.INSTALMENT.search(rest[-1].text)
                           or rest[-1].why == DECK_WHY):
        subtitle = rest.pop()
    marked = subtitle is not None
    if not rest:
        return Headline(None, None, subtitle, series, marked)
    if len(rest) == 1:
        return Headline(None, rest[0], subtitle, series, marked)
    if len(rest) == 2 or subtitle is not None:
        kicker, title = rest[0], merge(rest[1:])
        return Headline(kicker, title, subtitle, series, marked)
    return Headline(rest[0], merge(rest[1:-1]), rest[-1], series, marked)


def key_of(line: Line) -> str:
    return "".join(line.text.split())


def listed_keys(line: Line) -> set[str]:
    """The keys a headline list's item stands for: itself, and without the section label a
    newsletter's list prints before it (`今日頭條 全募兵跳票!…` lists `全募兵跳票!…`)."""
    m = P.LISTED_LABEL.match(line.text.strip())
    return {key_of(line), "".join(line.text.strip()[m.end():].split())} if m else {key_of(line)}


def drop_flattened(block: list[Line], debris: list[Debris]) -> list[Line]:
    """A headline printed twice, first on one line and then line by line (`出席…会晤 并对…访问
    习近平抵达金奈 与…会见` over its four lines): the one-line copy is debris."""
    keys = [key_of(line) for line in block]
    out: list[Line] = []
    k = 0
    while k < len(block):
        end = _flattened_end(keys, k)
        if end:
            debris.extend(Debris("headline_flattened", s) for s in block[k].spans)
        else:
            out.append(block[k])
        k += 1
    return out


def drop_page_titles(block: list[Line], later: set[str], debris: list[Debris]) -> list[Line]:
    """A saved page's `<title>` left as text (`绵延三十年 剪不断的情缘-中国青年报`): a headline
    printed further down, with the site's name after it.  Debris: the headline below is the
    article's."""
    out = []
    for line in block:
        cut = P.TITLE_SITE_TAIL.search(line.text)
        if cut and cut.start() > 0 and "".join(line.text[:cut.start()].split()) in later:
            debris.extend(Debris("page_title", s) for s in line.spans)
        else:
            out.append(line)
    return out


def _flattened_end(keys: list[str], k: int) -> int | None:
    """Where the lines after `keys[k]` that spell it out end, when two or more of them do."""
    joined = ""
    for j in range(k + 1, len(keys)):
        joined += keys[j]
        if not keys[k].startswith(joined):
            return None
        if joined == keys[k]:
            return j + 1 if j - k >= 2 else None
    return None


def drop_toc(block: list[Line], later: set[str], debris: list[Debris], toc: set[str],
              pending: list, before_chrome: bool = False) -> list[Line]:
    """Leading lines of a block that reappear as headlines later (further down the same block or
    in a later one) are the page's headline list: debris, but evidence of where stories start.
    When the block ends with a headline it already listed, the lines listed before it are that
    headline list too; those not printed again become headlines waiting for their stories."""
    kept = list(block)
    keys = [key_of(x) for x in kept]
    listed = [listed_keys(x) for x in kept]
    if len(kept) >= 3 and any(keys[-1] in alt for alt in listed[:-1]):
        # The block ends with headline lines it listed before: the list, then the article's own
        # headline.  That headline starts at its first repeated line, or one line earlier (a
        # kicker the list left out) when a blank line sets that line apart.
        start = len(kept) - 1
        while start > 0 and any(keys[start - 1] in alt for alt in listed[:start - 1]):
            start -= 1
        if start > 0 and kept[start - 1].gap and not kept[start].gap:
            start -= 1
        start = max(start, next(j for j, alt in enumerate(listed) if keys[-1] in alt) + 1)
        for line in kept[:start]:
            toc.add(key_of(line))
            if listed_keys(line) & (later | set(keys[start:])):
                debris.extend(Debris("headline_list", s) for s in line.spans)
            else:
                pending.append(Headline(None, line, None))
        kept = kept[start:]
    if kept and before_chrome and all(key_of(x) in later for x in kept):
        # Every line comes back later as a headline: this block only lists them.
        for line in kept:
            toc.add(key_of(line))
            debris.extend(Debris("headline_list", s) for s in line.spans)
        return []
    while len(kept) > 1 and listed_keys(kept[0]) & (later | {key_of(x) for x in kept[1:]}):
        line = kept.pop(0)
        toc.add(key_of(line))
        debris.extend(Debris("headline_list", s) for s in line.spans)
    return kept


def groups_of(block: list[Line]) -> list[list[Line]]:
    """Split a headline block into headlines: a new one starts after each subtitle line, and a
    series label stands alone."""
    groups: list[list[Line]] = [[]]
    for line in block:
        if P.SERIES.match(line.text):
            if groups[-1]:
                groups.append([])
            groups[-1].append(line)
            groups.append([])
            continue
        groups[-1].append(line)
        if P.SUBTITLE.match(line.text) and len(groups[-1]) >= 2:
            groups.append([])
    return [g for g in groups if g] or [[]]


#: A headline has at most this many lines (引题, two lines of 主题, 副题); a longer run of headline
#: lines over a story is a list (a page's contents, related headlines, a ticker) ending in it.
MAX_HEADLINE_LINES = 4
#: Lines kept as the headline at the end of such a run when no blank line sets it apart.
LIST_TAIL_LINES = 3


def split_long_group(group: list[Line]) -> tuple[list[Line], list[Line]]:
    """A headline group longer than any headline: (the list lines before it, the headline).

    The headline is the lines after the run's last blank line when those are two or three
    (`…賴違建詭辯 充斥民粹對抗` ⏎ `聯合報黑白集` `聯合報黑白集/柯文哲的快嘴是非`), else its
    last three lines."""
    boxed = _related_headlines(group)
    if boxed:
        return group[:boxed], group[boxed:]
    if len(group) <= MAX_HEADLINE_LINES:
        return [], group
    last_gap = max((j for j in range(1, len(group)) if group[j].gap), default=0)
    start = last_gap if 2 <= len(group) - last_gap <= LIST_TAIL_LINES else len(group) - LIST_TAIL_LINES
    return group[:start], group[start:]


#: Characters (spaces aside) of a headline whole enough to be another story's.
RELATED_HEADLINE_CHARS = 14


def _related_headlines(group: list[Line]) -> int:
    """How many leading lines of `group` are other stories' headlines: two or more whole headlines
    in clauses (`楊伯文告別SNL 最後短劇演到哭 …`), each set apart by a blank line, over the story's
    own headline.  A printed 引题 is one line, not two whole headlines."""
    k = 0
    while (k < len(group) - 1 and (k == 0 or group[k].gap) and P.CLAUSED_HEADLINE.match(group[k].text.strip())
           and len(key_of(group[k])) >= RELATED_HEADLINE_CHARS):
        k += 1
    return k if k >= 2 and group[k].gap else 0


def match_headline_list(done: list[Story], pending: list[Headline], debris: list[Debris]) -> None:
    """Give untitled stories the unused headlines of the page's header block: first by the
    interviewee named in the subtitle (`——访登封市委书记王鸿勋` ↔ a body that names 王鸿勋), then
    by the words of the title found in the body (the best pairs first, at least 30 % of the
    title's character pairs)."""
    untitled = [a for a in done if a.headline is None and a.has_text]
    unmatched = []
    for headline in pending:
        name = _subject_candidates(headline)
        matches = [a for a in untitled if any(n in _body_text(a) for n in name)]
        if name and len(matches) == 1:
            _give(matches[0], headline, untitled)
        else:
            unmatched.append(headline)
    # Then the best remaining (headline, story) pairs by shared words, best first.
    pairs = sorted(((_overlap(h, a), i, j) for i, h in enumerate(unmatched) for j, a in enumerate(untitled)),
                   key=lambda t: (-t[0], t[1], t[2]))
    matched: dict[int, int] = {}
    for score, i, j in pairs:
        if score < 0.3:
            break
        if i not in matched and j not in matched.values():
            matched[i] = j
    stories = list(untitled)
    for i, j in matched.items():
        _give(stories[j], unmatched[i], untitled)
    unmatched = [h for i, h in enumerate(unmatched) if i not in matched]
    for headline in unmatched:
        debris.extend(Debris("headline_list", s) for line in head_lines(headline) for s in line.spans)


def _give(article: Story, headline: Headline, untitled: list[Story]) -> None:
    article.headline = headline
    article.title_source = "headline-list"
    untitled.remove(article)


def _overlap(headline: Headline, article: Story) -> float:
    """Share of the title's character pairs (Han only) that occur in the article's body."""
    title = "".join(c for c in headline.title.text if "\u4e00" <= c <= "\u9fff")
    pairs = {title[i:i + 2] for i in range(len(title) - 1)}
    if len(pairs) < 3:
        return 0.0
    body = _body_text(article)
    return sum(p in body for p in pairs) / len(pairs)


def _subject_candidates(headline: Headline) -> list[str]:
    """Names the subtitle ends with, longest first: `…局长夏扬` → ['局长夏扬', '长夏扬', '夏扬']."""
    if headline.subtitle is None or not P.INTERVIEW_SUBTITLE.match(headline.subtitle.text):
        return []
    text = headline.subtitle.text.strip()
    return [text[-n:] for n in (3, 2) if len(text) > n]


def _body_text(article: Story) -> str:
    return "".join(line.text for line in article.body if line.kind is Kind.TEXT)


def head_lines(headline: Headline) -> list[Line]:
    """Kicker, title and subtitle lines (series labels are accounted as metadata elsewhere)."""
    return [x for x in (headline.kicker, headline.title, headline.subtitle) if x]


def merge(lines: list[Line]) -> Line:
    spans = tuple(s for line in lines for s in line.spans)
    return Line(Kind.HEAD, spans)


def headline_shaped(text: str) -> bool:
    """A news headline rather than a subhead: long, or in two parts (`港傳委託接管台蘋 陸委會:力阻
    惡法滲台`, `颱風蘇拉|開學勢打風?`)."""
    text = text.strip()
    compact = "".join(text.split())
    if compact[:1] in "“「『\"" and compact[-1:] in "”」』\"":
        return False  # a quotation standing as a subhead: `“歷史與現代融合一體值得學習”`
    return len(compact) >= P.HEADLINE_MIN_CHARS or bool(P.HEADLINE_PARTS.search(text))
