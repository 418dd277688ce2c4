"""Stage 3: cleaned lines → classified lines, with paragraphs broken by the layout rejoined.

Each line becomes TEXT, HEAD, BYLINE, CREDIT or JUMP.  Credits glued to a paragraph
(`本报讯(记者 苏瑜)近日,…`, `…身边。正观新闻·郑州晚报记者 王译博`, `(上接一版)要坚持…`) are cut off
into lines of their own.  A line that stops mid-sentence is joined with the next line when that
line continues it (`…带来的挑` + `战,共话“我的城”。`); a short unpunctuated next line is a
headline and is never glued on.

Does not: decide where articles start (see `split`).
"""
from __future__ import annotations

from collections import Counter

from .. import patterns as P
from .flattened import DECK_WHY, FLATTENED_WHY, unflattened
from .kinds import is_heading, is_source_line, line_kind, opens_with_dateline, starts_with_dateline
from .meta.bylines import looks_like_name, parse_byline
from .meta.leads import split_leading_credit
from .meta.trailing import split_trailing_byline
from .meta.dates import parse_date
from ..model import Credits, Kind, Line
from .spans import cut_spans as _cut, glue_spans as _glue, strip_line as _strip


#: Evidence of a section or column label printed over every item of an index page; `split`
#: reads it: a headline right over such a label opens the next item.
ITEM_LABEL = "a short line the page prints over every item: a section or column label"


def classify(lines: tuple[Line, ...]) -> list[Line]:
    """Give every cleaned line its kind, cutting glued credits into lines of their own, then
    revise kinds from the page around each line (see `_in_context`)."""
    out: list[Line] = []
    lines = tuple(_strip(line) for line in lines)
    digest = _is_digest(lines)
    for line in lines:
        item = P.RUN_IN_NAME_DATE.match(line.text) if "-" in line.text else None
        if item and looks_like_name(item.group("name")) and is_heading(item.group("head").strip()):
            # `標題 宋子玉 2022-08-13 正文…`: an index's item, its writer and date run into its teaser
            head, rest = _cut(line.spans, item.end("head"))
            name, rest = _cut(rest, item.end("name") - item.start("name") + 1)
            date, rest = _cut(rest, item.end("date") - item.start("date"))
            out += [Line(Kind.HEAD, head, line.gap, RUN_IN_WHY),
                    Line(Kind.BYLINE, name, "", "a writer's name run in after an index item's headline",
                         Credits(authors=(item.group("name"),))),
                    Line(Kind.CREDIT, date, "", "the item's date"), *_classify_one(Line(Kind.TEXT, rest))]
            continue
        run_in = _run_in_head(line.text, digest)
        if run_in is not None:
            head, rest = _cut(line.spans, run_in)
            out.append(Line(Kind.HEAD, head, line.gap, RUN_IN_WHY))
            out.extend(_classify_one(Line(Kind.TEXT, rest)))
        else:
            out.extend(_classify_one(line))
    out = [line for line in out if line.spans and line.text.strip()]
    return _with_credits(_in_context(_split_bylines_joined(_listed_heads_run_in(out))))


def _listed_heads_run_in(lines: list[Line]) -> list[Line]:
    """A paragraph that starts with a line the page printed before, then a space and its story
    (`1. 遵照华主席重要批示… 洛阳轴研所…` listed, then `遵照华主席重要批示… 洛阳轴研所… 编者按:…`, as
    archives print a page's stories): that start is the story's headline."""
    listed = {line.text.strip() for line in lines if LISTED_MIN <= len(line.text.strip()) <= P.MAX_HEAD_CHARS * 3}
    by_first: dict[str, list[str]] = {}  # by first character, in the set's order: the same first match
    for h in listed:
        by_first.setdefault(h[0], []).append(h)
    out: list[Line] = []
    used: set[str] = set()
    for line in lines:
        text = line.text
        start = len(text) - len(text.lstrip())
        head = next((h for h in by_first.get(text[start:start + 1], ()) if text.startswith(h, start) and text[start + len(h):start + len(h) + 1].isspace()
                     and len(text) - start - len(h) >= LISTED_STORY_MIN), None) if line.kind is Kind.TEXT else None
        if head is None:
            out.append(line)
            continue
        first, rest = _cut(line.spans, start + len(head))
        out.extend(unflattened(Line(Kind.HEAD, first, line.gap, LISTED_WHY)))
        out.extend(_classify_one(Line(Kind.TEXT, rest)))
        used.add(head)
    # The list's own copy is a headline line too (the page's headline list), not a story.
    return [line.with_kind(Kind.HEAD, "a headline the page prints again below, run into its story")
            if line.kind is Kind.TEXT and line.text.strip() in used else line for line in out]


_PAIRS = ("()", "（）", "【】", "「」", "“”", "《》")
RUN_IN_WHY = "a headline run into its story on one line (a wide gap, or a digest's items)"
STAMPED_WHY = "a headline with its date and credit after it"
#: Headlines known as such from their own line's shape: never half of a sentence.
LABELLED_WHY = "the paper's column label, then a title (`聯合報社論／…`)"
LISTED_WHY = "the headline the page listed before, run into its story"
_NEVER_GLUED = frozenset((RUN_IN_WHY, STAMPED_WHY, LABELLED_WHY, LISTED_WHY, FLATTENED_WHY, DECK_WHY))
#: A listed line this long or longer may lead a later paragraph as its headline, with at least
#: this much story after it.
LISTED_MIN = 8
LISTED_STORY_MIN = 30
#: A page is a digest when at least this share of its long lines start with a run-in headline.
DIGEST_SHARE = 0.5
DIGEST_MIN_LINES = 2


def _run_in_head(text: str, digest: bool) -> int | None:
    """Where the story starts after a headline printed on the same line, or None."""
    m = (P.RUN_IN_HEAD_WIDE.match(text) if any(g in text for g in P.RUN_IN_GAPS) else None) or (
        P.RUN_IN_HEAD.match(text) if digest and any(s in text for s in P.RUN_IN_SPACES) else None)
    if m is None:
        return None
    head, rest = m.group("head").strip(), m.group("rest")
    if starts_with_dateline(text) or any(head.count(o) != head.count(c) for o, c in _PAIRS):
        return None  # `本报讯(记者 陈晨 …)记者昨日…`, `(马六甲31日讯)…`: a dateline, not a headline
    wide = m.re is P.RUN_IN_HEAD_WIDE  # a wide gap allows `山东“菜篮子”,稳稳的爱`; a digest's one space does not
    if (line_kind(head) is not Kind.HEAD or len(P.HAN_CHAR.findall(head)) < 4 or (P.CLAUSE_MARK.search(head) and not wide)
            or not P.SENTENCE_PUNCT.search(rest) or P.SENTENCE_PUNCT.match(rest)
            or P.PAGE_POINTER.search(rest)):  # `拉登:22年圣战 40分钟毙命 P04 中国…P05`: a contents list
        return None
    return m.start("rest")


def _is_digest(lines: tuple[Line, ...]) -> bool:
    """Most long lines of the page are `headline story…` items (a digest or teaser list)."""
    long = [line.text for line in lines if len(line.text) >= 30]
    items = sum(_run_in_head(text, True) is not None for text in long)
    return items >= DIGEST_MIN_LINES and items >= DIGEST_SHARE * len(long)


def _with_credits(lines: list[Line]) -> list[Line]:
    """Parse each byline once, here; later stages read `Line.credits`."""
    out = []
    for line in lines:
        if line.kind is Kind.BYLINE and line.credits is None:
            found = parse_byline(line.text) or _lead_credits(line.text)
            if found is None and looks_like_name(line.text):
                found = Credits(authors=(" ".join(line.text.split()),))
            line = line.with_kind(Kind.BYLINE, credits=found) if found else line
        out.append(line)
    return out


def _lead_credits(text: str) -> Credits | None:
    lead = split_leading_credit(text)
    return lead[1] if lead else None


def _split_bylines_joined(lines: list[Line]) -> list[Line]:
    """A byline printed over two lines, its role on the first (`正观新闻·郑州晚报记者`) and the
    names on the next (`董艳竹 张玉东/文 廖谦/图`), is one byline; a source label and its site
    on two lines (`来源：` / `新华网`, blocks of a saved page) are one credit."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (prev is not None and P.LABEL_ONLY.match(prev.text.strip()) and prev.text.strip()[:-1].strip() in P.SOURCE_LABELS
                and not line.after_chrome and P.WEBSITE_NAME.fullmatch(line.text.strip())):
            # `来源：` / `新华网`: the markup put a source label and its value in blocks of their own.
            out[-1] = Line(Kind.CREDIT, prev.spans + line.spans, prev.gap, "a source label on one line, its value on the next")
            continue
        if (prev is not None and prev.kind is not Kind.BYLINE and P.ROLE_AT_END.search(prev.text)
                and len(prev.text) <= 20 and len(line.text) <= 40):
            both = prev.text.strip() + " " + line.text.strip()
            found = parse_byline(both)
            if found:
                out[-1] = Line(Kind.BYLINE, prev.spans + line.spans, prev.gap,
                               "a byline's role on one line, its names on the next", found)
                continue
        out.append(line)
    return out


def _in_context(lines: list[Line]) -> list[Line]:
    """Kinds decided by the lines around: a short line the page prints three times or more is
    a section or column label; a short line the page prints twice is a headline
    (the headline list repeats it), and a short line ending in `!` or `?` is a headline when it
    stands among headlines or right above a byline or a date line."""
    counts = Counter(keys := [_key(line) for line in lines])
    out = list(lines)
    decided = len(lines)  # lines from here on have their kind already
    if lines and lines[-1].kind is Kind.HEAD and lines[-1].why != LABELLED_WHY and P.CLAUSE_MARK.search(P.DIGIT_GROUPING.sub("", lines[-1].text)):
        # `但是賴總統拒絕協商,先是推動大`: an excerpt cut off in its last paragraph.
        out[-1] = lines[-1].with_kind(Kind.TEXT, "the page's last line, cut off after a comma: text")
        decided -= 1
    for k, line in enumerate(lines[:decided]):
        if (line.kind in (Kind.TEXT, Kind.HEAD) and counts[keys[k]] >= P.LABEL_REPEATS
                and len(keys[k]) <= P.MAX_LABEL_CHARS):
            out[k] = line.with_kind(Kind.CREDIT, ITEM_LABEL)
            continue
        prev = out[k - 1] if k else None
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if (line.kind is Kind.TEXT and len(line.text.strip()) <= P.MAX_HEAD_CHARS and "。" not in line.text
                and (prev is None or prev.kind is not Kind.TEXT) and nxt is not None and is_source_line(nxt)):
            out[k] = line.with_kind(Kind.HEAD, "a line over the story's date-and-source line: its headline")
            continue
        if (line.kind is Kind.TEXT and line.gap and len(line.text.strip()) <= P.MAX_HEAD_CHARS
                and ("。" not in line.text and not P.PARAGRAPH_END.search(line.text.strip()) or _speaker_quote(line.text))
                and nxt is not None and opens_with_dateline(nxt)
                and (prev is None or prev.kind is not Kind.TEXT or P.PARAGRAPH_END.search(prev.text.strip()))):
            # `2026年财政预算案拨款 砂华总呼吁政府秉持公平、公开原则,维护全民团结` over `(古晋13日讯)…`;
            # a speaker and a quote may end in a full stop (`曾俊凌:秀中文容易懂中文很难 这句道出…矛盾。`).
            out[k] = line.with_kind(Kind.HEAD, "an unfinished line over a dateline, between whole paragraphs: a headline")
            continue
        if line.kind is not Kind.TEXT or len(line.text.strip()) > P.MAX_SHORT_HEAD or "。" in line.text:
            continue
        if counts[keys[k]] > 1:
            out[k] = line.with_kind(Kind.HEAD, "a short line the page prints twice: a headline")
        elif P.HEADLINE_END.search(line.text.strip()) and not _ends_the_text(prev, line) and (
                (prev is not None and prev.kind is Kind.HEAD) or (nxt is not None and nxt.kind in (Kind.HEAD, Kind.BYLINE))
                or (prev is not None and prev.kind is Kind.CREDIT and prev.text.strip() in P.SECTION_NAMES)  # under `新闻头条`
                or (nxt is not None and opens_with_dateline(nxt))
                or (nxt is not None and nxt.kind is Kind.CREDIT
                    and (parse_date(nxt.text) or P.PAPER_COLUMN_LINE.match(nxt.text.strip())))):
            out[k] = line.with_kind(Kind.HEAD, "a short exclamation or question among headlines, under a section label or over a byline or date")
    return out


def _speaker_quote(text: str) -> bool:
    """`曾俊凌:秀中文容易懂中文很难 …`: a headline led by who said it and a colon."""
    m = P.NAME_COLON_TITLE.match(text.strip())
    return bool(m) and looks_like_name(m.group("name"))


def _ends_the_text(prev: Line | None, line: Line) -> bool:
    """`…凭吊的镜头。` then `历史一去不复返,但血写的历史我们不能忘记!` over `乔天富张军荣报道`: an
    exclamation in clauses right under a paragraph is the text's last sentence, not a headline."""
    return (prev is not None and prev.kind is Kind.TEXT and not line.gap and bool(P.PARAGRAPH_END.search(prev.text.strip()))
            and bool(P.CLAUSE_MARK.search(line.text)))


def rejoin(lines: list[Line]) -> list[Line]:
    """Join TEXT lines the page layout broke mid-sentence.

    Never across removed page chrome, and never a line the page prints more than once (a
    headline repeated from the page's headline list is not half of a sentence)."""
    counts = Counter(keys := [_key(line) for line in lines])
    out: list[Line] = []
    printed_once = False  # is out[-1] made of lines the page prints once?
    for line, key in zip(lines, keys):
        once = counts[key] == 1
        # A headline-shaped line right under a credit line (`专栏:社论`, a date line) heads what follows.
        under_credit = out and out[-1].kind is Kind.HEAD and len(out) >= 2 and out[-2].kind is Kind.CREDIT
        if (out and not line.after_chrome and once and printed_once and not {line.why, out[-1].why} & _NEVER_GLUED
                and not under_credit and _continues(out[-1], line)):
            out[-1] = Line(Kind.TEXT, _glue(out[-1].spans, line.spans), out[-1].gap, "rejoined: the line before stops mid-sentence")
        else:
            out.append(line)
            printed_once = once
    return out


def _key(line: Line) -> str:
    return "".join(line.text.split())


# --- classification (line shapes: see `kinds`) ------------------------------------------------

def _classify_one(line: Line) -> list[Line]:
    pieces = _classify_pieces(line)
    if pieces and pieces[0].gap != line.gap:
        first = pieces[0]
        pieces[0] = Line(first.kind, first.spans, line.gap, first.why)
    return pieces


def _classify_pieces(line: Line) -> list[Line]:
    text = line.text
    prefix = P.ARCHIVE_PREFIX.match(text)
    if prefix and prefix.end() < len(text.rstrip()):
        # `第1版()专栏:华主席会见…`: an archive's page and column fields, then the text.
        head, rest = _cut(line.spans, prefix.end())
        return [Line(Kind.CREDIT, head, line.gap, "an archive's page and column fields"),
                *_classify_pieces(Line(Kind.TEXT, rest))]
    inline = P.INLINE_DATELINE.search(text)
    if inline and is_heading(text[:inline.start()].strip()) and len(P.HAN_CHAR.findall(text[:inline.start()])) >= 4:
        # `電訊不被歸責 【本報訊】電訊管理局局長…`: a headline run into its story's dateline.
        head, rest = _cut(line.spans, inline.start())
        return [Line(Kind.HEAD, head, line.gap, "a headline run into its story's dateline"),
                *_classify_pieces(Line(Kind.TEXT, rest))]
    stamp = P.TRAILING_STAMP.search(text)
    if (stamp and is_heading(text[:stamp.start()].strip()) and len(P.HAN_CHAR.findall(text[:stamp.start()])) >= 6
            and not P.LABEL_VALUE.search(text[:stamp.start()])):  # `来源: 东方今报 2017年08月11日` is one credit
        head, rest = _cut(line.spans, stamp.start("stamp"))
        return [Line(Kind.HEAD, head, line.gap, STAMPED_WHY),
                Line(Kind.CREDIT, rest, "", "the date and credit printed after a headline")]
    kind = line_kind(text)
    footer = P.CITATION_FOOTER_AT.search(text) if kind in (Kind.TEXT, Kind.HEAD) else None
    if footer and footer.start() > 0 and P.CITATION_FOOTER.match(text[footer.start():].strip()):
        # `本报记者 崔丽 庄庆鸿 《 中国青年报 》( 2013年04月27日 04 版)`: credit, then the citation
        # (cut even when the line is headline-shaped, as a short credit line is).
        body, cite = _cut(line.spans, footer.start())
        return [*_classify_pieces(Line(Kind.TEXT, body, line.gap)), Line(Kind.CREDIT, cite, "", "the e-paper's citation line")]
    ago = P.AGO_STAMP.search(text) if kind is Kind.TEXT else None
    if ago:
        body, stamp = _cut(line.spans, ago.start("stamp"))
        return [*_classify_pieces(Line(Kind.TEXT, body, line.gap)), Line(Kind.CREDIT, stamp, "", "an aggregator's source and age")]
    if kind is Kind.HEAD and P.PAPER_LABEL.match(text):
        return [line.with_kind(Kind.HEAD, LABELLED_WHY)]
    if kind is Kind.HEAD:
        suffix = P.SITE_SUFFIX.search(text)
        if suffix and suffix.start() >= 6:
            # `…在巴黎举行-天天速讯`: a page title with the site's name after it.
            head, site = _cut(line.spans, suffix.start())
            return [Line(Kind.HEAD, head, line.gap), Line(Kind.CREDIT, site, "", "the site's name after a page title")]
    if kind is not Kind.TEXT:
        return [line.with_kind(kind)]
    tail = P.TRAILING_NOTE.search(text) if text.rstrip().endswith(P.TRAILING_NOTE_ENDS) else None  # (see the ENDS)
    if tail and tail.start() > 0:
        body, note = _cut(line.spans, tail.start())
        return [*_classify_pieces(Line(Kind.TEXT, body, line.gap)),
                Line(Kind.CREDIT, note, "", "a reprint's source or a pointer to other pages")]
    # A jump line at the start or end of a paragraph: `(上接一版)要坚持…`, `…(下转A3版)`.
    m = P.JUMP.match(text)
    if m:
        head, rest = _cut(line.spans, m.end())
        return [Line(Kind.JUMP, head), *_classify_one(Line(Kind.TEXT, rest))]
    tail = None
    for tail in P.JUMP.finditer(text):
        pass
    if tail and not text[tail.end():].strip():
        body, jump = _cut(line.spans, tail.start())
        return [*_classify_one(Line(Kind.TEXT, body)), Line(Kind.JUMP, jump)]
    lead = split_leading_credit(text)
    if lead:
        head, rest = _cut(line.spans, len(lead[0]))
        pieces = _classify_one(Line(Kind.TEXT, rest))
        if pieces and pieces[0].kind is Kind.HEAD and lead[1].authors:
            # however short, what follows a reporter's lead is text (an excerpt cut after its first words);
            # after an agency's dateline alone it may be a headline (`中新社马尼拉11月18日电 题:…`)
            pieces[0] = pieces[0].with_kind(Kind.TEXT, "the story's text after its lead credit")
        return [Line(Kind.BYLINE, head, credits=lead[1]), *pieces]
    trail = split_trailing_byline(text)
    if trail:
        body, byline = _cut(line.spans, len(trail[0]))
        return [Line(Kind.TEXT, body), Line(Kind.BYLINE, byline, credits=trail[2])]
    return [line]


# --- joining ---------------------------------------------------------------------------------

def continues(previous: Line, line: Line) -> bool:
    """Public form of the join test, for `split`'s interleave detection."""
    return _continues(previous, line)


def glue(a: Line, b: Line) -> Line:
    """One TEXT paragraph made of `a` followed by its continuation `b`."""
    return Line(Kind.TEXT, _glue(a.spans, b.spans))


def _continues(previous: Line, line: Line) -> bool:
    """Does `line` carry on the sentence `previous` left unfinished?"""
    if previous.kind not in (Kind.TEXT, Kind.HEAD) or line.kind not in (Kind.TEXT, Kind.HEAD):
        return False
    before, after = previous.text.strip(), line.text.strip()
    if P.PARAGRAPH_END.search(before) or after.startswith(("——", "—", "(", "（", "【", "“", "「")) and not P.CONTINUATION_START.match(after):
        return False
    if after[:1] in "。，,、；;！？!?）)”」』":
        return True  # the line starts with the punctuation that ends the previous one
    if P.NUMBER_BREAK_END.search(before) and after[:1].isdigit():
        return True  # a number cut in two: `35.` + `6亿元`
    # `、` alone does not make prose (kickers list places: `市领导到上街区、新密市调研`),
    # but a line that stops right after one was cut mid-enumeration.
    prose_before = (len(before) > P.MAX_HEAD_CHARS or bool(P.SENTENCE_PUNCT.search(before))
                    or before.endswith("、"))
    if not prose_before:
        return False
    if P.SUBTITLE.match(after) or P.SERIES.match(after):
        return False
    if previous.kind is Kind.HEAD and (P.BAR_TAG.match(before) or P.FLASH_LABEL.match(before)
                                       or P.BRACKET_TAG.match(before) or P.ASKED_HEADLINE.match(before)
                                       or P.BAR_TAG_AFTER.search(before)):
        # `我“悦”南周|…,藏着爱`, `快讯! 柬埔寨…`, `【社論】…`, `解铃还须系铃人? 杨荣文称…`: a column tag,
        # flash label or question and a headline; its comma, `?` or `!` ends no clause of prose
        return False
    if before.endswith(("、", ",", "，")):
        return True  # stopped mid-enumeration: whatever follows carries on
    if before.count("“") > before.count("”") and not P.PARAGRAPH_END.search(before):
        return bool(P.PARAGRAPH_END.search(after)) or len(after) > P.MAX_HEAD_CHARS  # inside a quotation
    prose_after = (len(after) > P.MAX_HEAD_CHARS or bool(P.PARAGRAPH_END.search(after))
                   or bool(P.CONTINUATION_START.match(after))
                   # hard-wrapped prose: a full stop inside, or clauses across a long line
                   or bool(P.FULL_STOP.search(after))
                   or (len(after) >= 20 and bool(P.CLAUSE_COMMA.search(after))))
    return prose_after
