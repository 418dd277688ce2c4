"""Stage 2: decoded text → cleaned lines + the debris removed from them.

Removes markup (tags, comments, leftover list bullets), spam links and bare URLs, navigation and
share widgets, page-number widgets, copyright/ad lines and related-news lists.  Character
references are rewritten (`&amp;` → `&`) but keep their raw form for the audit.  Every removed
fragment becomes a `Debris` with the rule's name and its line and column.

Does not: decide what a line is beyond "kept text" (see `classify`), join lines, split articles.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Mapping

from .. import patterns as P
from .meta.bylines import looks_like_name, parse_byline
from ..model import Debris, Kind, Line, Span


@dataclass(frozen=True)
class Cleaned:
    lines: tuple[Line, ...]
    debris: tuple[Debris, ...]


def clean(text: str, dropped: Mapping[int, tuple[str, int]] = {}, parsed: bool = False) -> Cleaned:
    """Clean every line of `text`; see the module docstring for what goes.

    Each kept line records what stood before it (`Line.gap`): blank lines, or lines removed
    whole as page chrome, which later stages read as a border between regions of the page.
    `dropped` are lines a saved HTML page's markup already set apart (`markup.render`): line
    number → (rule, source line of the element); they go whole, with that rule."""
    lines: list[Line] = []
    debris: list[Debris] = []
    in_related = False
    gap = ""
    for number, raw in enumerate(text.split("\n"), start=1):
        raw = raw.rstrip("\r")
        if not raw.strip():
            gap = gap or "blank"
            continue
        if number in dropped:
            rule, element_line = dropped[number]
            debris.append(Debris(rule, Span.of(number, 0, raw), element_line or None))
            gap = "chrome"
            continue
        spans, removed = clean_line(number, raw, parsed)
        debris.extend(removed)
        kept = "".join(s.text for s in spans).strip()
        # A read-more link (`閱讀全文`, `詳細內容 »` before the next teaser) ends a teaser.
        more = any(d.span.col == 0 and P.READ_MORE.fullmatch(d.span.raw.strip()) for d in removed)
        if not kept:
            gap = "more" if more or gap == "more" else "chrome"
            continue
        if more:
            gap = "more"
        if P.RELATED_NEWS.match(kept):
            in_related = True
            debris.extend(Debris("related_news", s) for s in spans)
            gap = "chrome"
            continue
        if in_related:
            # The related-news list is short headline lines and teasers cut off with `...`;
            # prose ends it.
            if (len(kept) <= P.MAX_HEAD_CHARS and not P.PARAGRAPH_END.search(kept)
                    or kept.endswith(("...", "…", "……"))):
                debris.extend(Debris("related_news", s) for s in spans)
                continue
            in_related = False
        lines.append(Line(Kind.TEXT, tuple(spans), gap))
        # `…遺留在車上。詳全文>>`: a read-more link closing a teaser ends it too.
        gap = "more" if any(d.span.col > 0 and d.span.col + len(d.span.raw) >= len(raw.rstrip())
                            and P.READ_MORE.fullmatch(d.span.raw.strip()) for d in removed) else ""
    return _drop_vertical_menus(lines, debris)


def _drop_vertical_menus(lines: list[Line], debris: list[Debris]) -> Cleaned:
    """Four or more consecutive lines of at most four characters (`國際` / `社會` / `政治` /
    `科技` …) are a menu printed one item per line: no headline, caption or verse is that short
    four times running."""
    keep = [True] * len(lines)
    run: list[int] = []

    def close() -> None:
        if len(run) >= 4:
            for k in run:
                keep[k] = False
        run.clear()

    for k, line in enumerate(lines):
        text = "".join(line.text.split())
        if 0 < len(text) <= 4 and P.MENU_ITEM.match(text) and not looks_like_name(text):
            run.append(k)
        else:
            close()
    close()
    out: list[Line] = []
    gap = ""
    for k, line in enumerate(lines):
        if not keep[k]:
            debris.extend(Debris("menu", s) for s in line.spans)
            gap = "chrome"
            continue
        out.append(Line(line.kind, line.spans, gap or line.gap) if gap and not line.after_chrome else line)
        gap = ""
    return Cleaned(tuple(out), tuple(debris))


def clean_line(number: int, raw: str, parsed: bool = False) -> tuple[list[Span], list[Debris]]:
    """Split one raw line into kept spans and debris.

    `parsed`: the line is text nodes of a parsed HTML page, where tag-shaped text and entities
    are what the page printed (`&lt;script&gt;` shown as `<script>`), never markup to strip."""
    cuts: list[tuple[int, int, str, str | None]] = []  # start, end, rule, replacement
    for rule, regex, needs in _PARSED_RULES if parsed else _TEXT_RULES:
        if needs and not any(n in raw for n in needs):
            continue  # the pattern cannot match here: it finds nothing to cut
        for m in regex.finditer(raw):
            _add(cuts, m.start(), m.end(), rule, None)
    m = P.ARCHIVE_STAMP_LEAD.match(raw) if number == 1 else None
    if m:
        _add(cuts, m.start(), m.end(), "archive_stamp", None)
    m = P.BREADCRUMB_LEAD.match(raw)
    if m:
        _add(cuts, m.start(), m.end(), "breadcrumb", None)
    # Every MORE_DOTS ends in `.` or `]` and then only spaces: a search on the other lines is wasted.
    m = P.MORE_DOTS.search(raw) if raw.rstrip().endswith((".", "]")) else None
    if m:
        _add(cuts, m.start(), m.end(), "more_link", None)
    # A button or a posting time after a headline or a date: never after prose (a clause mark).
    if len(raw) <= P.MAX_HEAD_CHARS * 2 and raw.rstrip().endswith(_TRAILING_ENDS):
        for rule, regex in (("widget", P.TRAILING_BUTTON), ("posting_time", P.TRAILING_CLOCK)):
            m = regex.search(raw)
            if m and raw[:m.start()].strip() and not any(c in raw[:m.start()] for c in "，,。；;"):
                _add(cuts, m.start(), m.end(), rule, None)
    m = P.BACK_HOME.search(raw) if raw.rstrip().endswith(("首页", "首頁", ">>", "&gt;&gt;", "»")) else None
    if m:
        _add(cuts, m.start(), m.end(), "furniture", None)
    for m in () if parsed or "&" not in raw else P.HTML_ENTITY.finditer(raw):
        _add(cuts, m.start(), m.end(), "html_entity", html.unescape(m.group()))
    spans, debris = _apply(number, raw, cuts)
    # A navigation bar is judged before its phrases were cut out of it.
    untagged = raw.strip() if parsed or "<" not in raw else P.HTML_TAG.sub("", raw).strip()
    if untagged and P.NAV_BAR.match(untagged):
        return [], [Debris("navigation", Span.of(number, 0, raw))]

    # Whole-line rules, judged on what is left.
    kept = "".join(s.text for s in spans)
    whole = _whole_line_rule(kept) or ("widget" if _widget_words_only(" ".join(s.text for s in spans)) else None)
    if whole:
        return [], debris + [Debris(whole, s) for s in spans]
    # A leftover `<li>` bullet at line start (`1. 鄭州…`).
    if spans:
        m = P.LIST_MARKER.match(spans[0].text)
        if m and m.end() < len(spans[0].text) or (m and len(spans) > 1):
            first = spans[0]
            cut = Span(first.line, first.col, first.raw[:m.end()], first.raw[:m.end()])
            rest = Span(first.line, first.col + m.end(), first.raw[m.end():], first.text[m.end():])
            debris.append(Debris("list_marker", cut))
            spans = ([rest] if rest.raw else []) + spans[1:]
    return spans, debris


#: The rules `clean_line` cuts with, in priority order: (rule, pattern, text the pattern cannot
#: match without, any one of; empty: always searched).  The literals let most lines of prose,
#: which have no `<`, `&` or ASCII `.`, skip a regex search per rule.
_PARSED_RULES = (("url", P.URL, (".", "://")), ("url", P.IMAGE_FILE, (".",)),
                 ("furniture", P.FURNITURE_ANYWHERE_RE, ()), ("widget", P.FONT_SIZE_WIDGET, ("字",)))
_TEXT_RULES = (("html_comment", P.HTML_COMMENT, ("<!--",)), ("html_tag", P.HTML_TAG, ("<",)),
               ("html_tag", P.HTML_TAG_TAIL, ('=',))) + _PARSED_RULES


#: The last characters TRAILING_BUTTON and TRAILING_CLOCK can end on: a cheap test before their search.
_TRAILING_ENDS = ("論", "论", "印", "片", ")", "）")


def _widget_words_only(text: str) -> bool:
    """`收藏 打印  T|T`: two or more buttons set apart by spaces (or by chrome cut from between
    them: `收藏 打印 字号:T|T`), and nothing else."""
    words = text.split()
    return len(words) >= 2 and all(P.WIDGET_WORD.match(w) or P.FONT_SIZE_TOGGLE.match(w) for w in words)


def _whole_line_rule(kept: str) -> str | None:
    stripped = kept.strip()
    if not stripped:
        return None
    if P.SEPARATOR_LINE.match(stripped):
        return "separator"
    if P.NAV_BAR.match(stripped):
        return "navigation"
    if P.BREADCRUMB.match(stripped) or is_slash_trail(stripped):
        return "breadcrumb"
    if P.ARCHIVE_STAMP.match(stripped):
        return "archive_stamp"
    if P.PAGE_NUMBERS.match(stripped):
        return "page_numbers"
    if (P.WIDGET_WORD.match(stripped) or P.WIDGET_BAR.match(stripped) or P.LATIN_WIDGET.match(stripped)
            or P.SNAKE_IDENTIFIER.match(stripped)):
        return "widget"
    if P.LIST_MARKER.match(stripped + " ") and len(stripped) <= 3:
        return "list_marker"
    # Length first: most lines are long prose, and the test is free where a search is not.
    if len(stripped) <= 80 and P.COPYRIGHT.search(stripped) or P.COPYRIGHT_TERMS.match(stripped):
        return "copyright"
    if P.COMMENT_BOX.match(stripped):
        return "widget"
    if len(stripped) <= 40 and P.SHARE_HOWTO.search(stripped):
        return "promo"
    if len(stripped) <= 60 and P.PROMO.search(stripped) and not P.PARAGRAPH_END.search(stripped):
        return "promo"
    if P.NEWSLETTER_AD.match(stripped) and len(stripped) <= 240:
        return "promo"
    if is_date_widget(stripped):
        return "date_widget"
    if len(stripped) <= 80 and (P.BROWSER_NOTICE.search(stripped) or P.LOADING_NOTICE.search(stripped)):
        return "widget"
    if P.SITE_LOGIN.match(stripped):
        return "widget"
    if len(stripped) <= 160 and P.AGE_GATE.search(stripped):
        return "widget"
    if len(stripped) <= 80 and P.FORUM_NOTICE.search(stripped) or P.TEMPLATE_PLACEHOLDERS.match(stripped):
        return "widget"
    if len(stripped) <= 80 and P.CONSENT_NOTICE.search(stripped) or is_kana_notice(stripped):
        return "widget"
    if P.PAGE_LABEL.match(stripped):
        return "page_numbers"
    if P.LATIN_MASTHEAD.match(stripped):
        return "masthead"
    if len(stripped) <= 80 and P.CONTACT.search(stripped) and not P.PARAGRAPH_END.search(stripped):
        return "contact"
    if is_menu(stripped) or is_bar(stripped):
        return "menu"
    if _said_twice(stripped):
        return "page_title"
    rest = P.FURNITURE_RE.sub("", stripped)
    if rest != stripped and len(P.FURNITURE_GLUE.sub("", rest)) <= 2:
        return "furniture"
    return None


#: The fewest characters of a line printed twice over that is taken for a page's title.
TWICE_MIN = 8


def _said_twice(text: str) -> bool:
    """`編輯推介 Archives - 第 2 頁 - 透視報 True Report 編輯推介 Archives - 第 2 頁 - 透視報 True Report`:
    a saved page's title and its copy for sharing, run together; no sentence repeats itself so."""
    half, rest = divmod(len(text), 2)
    return half >= TWICE_MIN and rest == 1 and text[half] == " " and text[:half] == text[half + 1:]


def is_date_widget(text: str) -> bool:
    """Three or more dates and nothing but numbers and punctuation around them: an archive's
    calendar (`2026-02-13,13088| 2026-02-12,13080| …`), whose dates are not the page's."""
    # Three dates of DATE_WIDGET's shape hold at least six of its separators `-`, `/`, `.`.
    if text.count("-") + text.count("/") + text.count(".") < 6 or not P.DATE_WIDGET.search(text):
        return False
    rest = P.ISO_DATE.sub("", text)
    return not any(c.isalpha() for c in rest)


def is_menu(text: str) -> bool:
    """Five or more short space-separated items, four with a menu or section word among them,
    or three with two such words (`新聞 健康 udn部落格`); a label may lead them (`选择地区: 纽约 加州 …`)."""
    items = text.split()
    if items and items[0][-1:] in P.LABEL_COLONS and P.MENU_ITEM.match(items[0][:-1]):
        items = items[1:]
    if len(items) < 3 or not all(P.MENU_ITEM.match(i) for i in items):
        return False
    if parse_byline(text) or sum(looks_like_name(i) for i in items) * 2 > len(items):
        return False  # `本报记者 杨丽萍 刘盼盼 张三`, `张三 李四 王五 赵六`: names, not a menu
    words = sum(i in P.MENU_WORDS or i in P.SECTION_NAMES for i in items)
    return len(items) >= 5 or (len(items) == 4 and words >= 1) or words >= 2


def is_kana_notice(text: str) -> bool:
    """A line in Japanese (a site's language-switch notice), not a Chinese article's text."""
    kana = len(P.KANA.findall(text))
    if kana < P.KANA_MIN:
        return False  # most lines: no letters to count
    return kana >= P.KANA_SHARE * sum(c.isalpha() for c in text)


def is_slash_trail(text: str) -> bool:
    """`新闻 / 侨社新闻`: sections with spaced slashes, one of them a section or menu word."""
    if not P.SLASH_TRAIL.match(text):
        return False
    items = [i.strip() for i in text.replace("／", "/").split("/")]
    return any(i in P.SECTION_NAMES or i in P.MENU_WORDS or i.endswith(("新闻", "新聞")) for i in items)


def is_bar(text: str) -> bool:
    """Items between `|` separators: five or more, each short and none a sentence, or three or
    more with a page-view counter among them (a CMS posting bar), or counters only."""
    if not any(c in text for c in P.BAR_SEPARATOR_CHARS):
        return False  # one item: neither a bar nor counters
    items = [i for i in P.BAR_SEPARATOR.split(text) if i.strip()]
    if len(items) >= 6 and P.COPYRIGHT.search(items[-1]):
        items = items[:-1]  # a footer's links, then the site's copyright: `…┊产品答疑┊Copyright © 1996-2009 SINA…`
    if len(items) >= 2 and all(P.COUNTER.match(i.strip()) for i in items):
        return True  # `查看: 2485|回复: 0`: a forum thread's counters
    if len(items) < 3 or any(P.SENTENCE_PUNCT.search(i) or len("".join(i.split())) > 16 for i in items):
        return False
    return len(items) >= 5 or any(P.COUNTER.match(i.strip()) for i in items)


def _add(cuts: list, start: int, end: int, rule: str, replacement: str | None) -> None:
    if start == end:
        return
    for s, e, _, _ in cuts:
        if start < e and s < end:  # overlaps an earlier (higher-priority) cut
            return
    cuts.append((start, end, rule, replacement))


def _apply(number: int, raw: str, cuts: list) -> tuple[list[Span], list[Debris]]:
    spans: list[Span] = []
    debris: list[Debris] = []
    pos = 0
    for start, end, rule, replacement in sorted(cuts):
        if pos < start:
            spans.append(Span.of(number, pos, raw[pos:start]))
        piece = raw[start:end]
        if replacement is None or not replacement.strip():
            # removed outright (a whitespace entity such as `&nbsp;` shows nothing either)
            debris.append(Debris(rule, Span.of(number, start, piece)))  # noqa: E501
        else:
            # A rewritten entity: kept as text, raw form remembered; `&nbsp;` becomes a space.
            spans.append(Span(number, start, piece, replacement.replace("\xa0", " ")))
        pos = end
    if pos < len(raw):
        spans.append(Span.of(number, pos, raw[pos:]))
    return spans, debris
