"""Stage 4: classified lines of one page → article drafts in printed order.

An article starts at a headline block when the page gives a reason to believe a new story
begins there, not merely a subhead:
  * nothing is open yet, or the open article was closed by a closing byline or a `下转` jump;
  * the block carries a subtitle (`——访…`, an instalment `(一)`) or a column label (`社论`);
  * an opening byline (`本报记者 …`, `本报讯(记者 …)`) or an `(上接…)` jump follows it.
A closing byline found in an article that already had an opening byline belongs to a second
article that started at the last subhead before it (two stories printed back to back).
Body text after a closed article with no headline starts an untitled article (a continuation
or a story whose headline was printed in the page's header block); such articles are matched
afterwards to unused headlines of that block by the interviewee's name (`——访…王鸿勋`).

Does not: parse names or dates (see `meta`), render Markdown.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import patterns as P
from .headlines import (Headline, drop_flattened, drop_page_titles, drop_toc, groups_of, head_lines, key_of,
                        headline_shaped, match_headline_list, parse_headline, split_long_group)
from ..model import ArticleDraft, Debris, Kind, Line
from .meta.lines import is_posting_stamp
from .kinds import opens_with_dateline
from .paragraphs import ITEM_LABEL, RUN_IN_WHY, continues, glue
from .units import head_texts_after, headline_lists, names_as_bylines, opening_heads_after, teaser_heads, units_of

#: Why a line is a headline when a saved page's markup names it (`page_evidence.mark_headline`).
MARKED_WHY = "the headline the page's markup names (<title>, og:title or its only <h1>)"
#: A lone headline line this short, with no story under it, may be a section's label.
SECTION_LABEL_CHARS = 6
LONG_LIST_WHY = "one of a run of headline lines longer than a headline: a list above the story's own"


@dataclass(frozen=True)
class SplitPage:
    articles: tuple[ArticleDraft, ...]
    page_meta: tuple[Line, ...]  # credit lines before the first article (date line, header)
    series: tuple[Line, ...]  # series labels printed above the page's articles
    debris: tuple[Debris, ...]


@dataclass
class _Open:
    """The article being assembled (local to `split_articles`)."""

    headline: Headline | None
    body: list[Line] = field(default_factory=list)
    meta: list[Line] = field(default_factory=list)
    opening_byline: bool = False
    closed: bool = False
    title_source: str = "printed"

    @property
    def has_text(self) -> bool:
        return any(line.kind is Kind.TEXT for line in self.body)


def split_articles(lines: list[Line], one_story: bool = False) -> SplitPage:
    """Cut a page's classified lines into article drafts; see the module docstring.

    `one_story`: the page is known to hold one story (a saved article page whose markup names
    its printed headline): once its text has begun, a headline block opens another story only
    over a byline of its own."""
    units = names_as_bylines(units_of(lines))
    page = _Page(units, one_story)
    for i, unit in enumerate(units):
        nxt = units[i + 1] if i + 1 < len(units) else None
        if isinstance(unit, list):
            page.block(i, unit, nxt)
        elif unit.kind is Kind.TEXT:
            if page.cur is None or page.cur.closed:
                page.start(None)
            page.cur.body.append(unit)
        elif unit.kind is Kind.BYLINE:
            page.byline(unit, nxt)
        elif unit.kind is Kind.JUMP:
            page.jump(unit)
        else:
            page.credit(unit)
    return page.finish()


class _Page:
    """The state of one pass over a page's units (local to `split_articles`)."""

    def __init__(self, units: list, one_story: bool = False) -> None:
        self.units = units
        self.one_story = one_story
        self.later_heads = head_texts_after(units)
        self.opening_heads = opening_heads_after(units)
        self.lists = headline_lists(units)
        self.teasers = teaser_heads(units)
        self.done: list[_Open] = []
        self.pending: list[Headline] = []
        self.page_meta: list[Line] = []
        self.series: list[Line] = []
        self.debris: list[Debris] = []
        self.cur: _Open | None = None
        self.toc: set[str] = set()  # headlines listed in the page's table of contents

    def start(self, headline: Headline | None) -> _Open:
        if self.cur is not None:
            self.done.append(self.cur)
        self.cur = _Open(headline)
        if headline is not None:
            self.cur.meta.extend(headline.series)  # a column label printed over this article
        return self.cur

    def block(self, i: int, unit: list[Line], nxt) -> None:
        """A headline block: the page's headline list, headlines waiting for their stories,
        the headline of a new article, or a subhead of the open one."""
        units, debris = self.units, self.debris
        if i in self.lists:
            # The page's headline list: evidence of the stories printed here, not a headline.
            for line in unit:
                self.toc.add(key_of(line))
                self.pending.append(Headline(None, line.with_kind(Kind.HEAD, self.lists[i]), None))
            return
        after = units[i + 1] if i + 1 < len(units) else None
        before_chrome = after is not None and (after[0] if isinstance(after, list) else after).after_chrome
        # Printed again later right over a byline: this earlier copy only names the story.
        again = all(key_of(line) in self.opening_heads[i] for line in unit)
        unit = drop_page_titles(drop_flattened(unit, debris), self.later_heads[i], debris)
        block = drop_toc(unit, self.later_heads[i], debris, self.toc, self.pending, before_chrome or again)
        if not block:
            return
        groups = groups_of(block)
        for group in groups[:-1]:
            headline = parse_headline(group)
            self.series.extend(headline.series)
            if headline.title:
                self.pending.append(headline)
        listed_before, group = split_long_group(groups[-1])
        self.pending.extend(Headline(None, line.with_kind(Kind.HEAD, LONG_LIST_WHY), None) for line in listed_before)
        headline = parse_headline(group)
        if not headline.title:
            self.series.extend(headline.series)
            return
        if self.cur is not None and not self.cur.has_text and _named_by_markup(self.cur):
            # Between the headline a saved page's markup names and its text: the story's own
            # credit and widget lines (`来源于：` `东区办事处`, `37评论`), not a headline.
            self.cur.meta.extend(group)
            return
        listed = any(key_of(line) in self.toc for line in group)
        prev = units[i - 1] if i else None
        after_credit = isinstance(prev, Line) and prev.kind is Kind.CREDIT
        # On a page known to hold one story, a block inside its open text is a subhead; a
        # closing byline or a second story shows the page holds more after all.
        subhead = (self.one_story and self.cur is not None and self.cur.has_text and not self.cur.closed
                   and not any(a.has_text for a in self.done)
                   and not (isinstance(nxt, Line) and nxt.kind is Kind.BYLINE))
        if not subhead and (listed or i in self.teasers or _starts_article(self.cur, headline, group, nxt, multiple=len(groups) > 1 or bool(listed_before),
                                                      ahead=units[i + 1:i + 4], after_credit=after_credit)):
            self.start(headline)
        else:
            self.cur.body.extend(group)
            self.cur.closed = False

    def byline(self, line: Line, nxt) -> None:
        cur = self.cur
        photo = _is_photo_credit(line)
        text_next = isinstance(nxt, Line) and nxt.kind is Kind.TEXT
        if cur is not None and cur.has_text and not _has_story_text(cur) and not photo and text_next:
            # Only a photo caption so far (headline, caption, date, then `〔記者…〕` and the
            # text): the byline opens this story's text.
            cur.meta.append(line)
            cur.closed, cur.opening_byline = False, True
            return
        if (self.one_story and cur is not None and cur.headline is not None and cur.has_text and not photo
                and not cur.opening_byline and not any(a.has_text for a in self.done)):
            # A saved article page's one story: its byline comes after a summary box (`划重点：`).
            cur.meta.append(line)
            cur.closed, cur.opening_byline = False, True
            return
        if cur is None or (cur.closed and _has_story_text(cur) and not photo):
            cur = self.start(None)  # a byline opening a story that has no headline here
        elif cur.opening_byline and cur.has_text and text_next and not photo and not _credits_a_picture(line):
            cur = self.start(None)  # a story has one reporter byline: text after a second one is a new story
        if not cur.has_text:
            cur.meta.append(line)
            cur.opening_byline = True
        elif cur.closed or photo:
            cur.meta.append(line)  # a photo credit
        elif _credits_a_picture(line):
            # `記者X/攝影` under a paragraph: the picture's credit.  Under a headline the story
            # goes on; text with no headline over it was the picture's caption, which it closes.
            cur.meta.append(line)
            cur.closed = cur.headline is None and not cur.opening_byline
        elif cur.opening_byline:
            self.cur = _split_back(cur, self.done, line)
        else:
            cur = self.cur = _split_interleaved(cur, self.done)
            cur.meta.append(line)
            # After a single lead paragraph a byline opens the rest of the report (导语 + 署名).
            lead_only = sum(b.kind is Kind.TEXT for b in cur.body) == 1 and text_next
            cur.closed = not lead_only
            cur.opening_byline = lead_only

    def jump(self, line: Line) -> None:
        backwards = line.text.lstrip("(（ ").startswith(P.JUMP_FROM)
        if backwards and self.cur is not None and (self.cur.has_text or self.cur.closed):
            self.start(None)
        if self.cur is None:
            self.start(None)
        self.cur.meta.append(line)
        if not backwards:
            self.cur.closed = True

    def credit(self, line: Line) -> None:
        cur = self.cur
        if cur is None or (not cur.has_text and cur.headline is None):
            self.page_meta.append(line)
        else:
            cur.meta.append(line)
            if cur.has_text and is_posting_stamp(line.text):
                cur.closed = True  # a teaser's or reprint's date under its text ends it
            if cur.has_text and self.one_story and P.EDITOR_LINE.search(line.text):
                self.one_story = False  # the story's editor line ends it: what follows is the page's

    def finish(self) -> SplitPage:
        if self.cur is not None:
            self.done.append(self.cur)
        for article in self.done:
            _drop_trailing_heads(article, self.debris)
        match_headline_list(self.done, self.pending, self.debris)
        drafts = []
        for article in self.done:
            if not article.has_text:
                # Headlines with no story under them (a headline list, a page's last line): debris,
                # and their credit lines are the page's.
                heads = (head_lines(article.headline) if article.headline else []) + article.body
                self.debris.extend(Debris("headline_without_story", s) for line in heads for s in line.spans)
                self.page_meta.extend(article.meta)
                continue
            h = article.headline or Headline(None, None, None)
            drafts.append(ArticleDraft(h.kicker, h.title, h.subtitle, tuple(article.body),
                                       tuple(article.meta), article.title_source))
        return SplitPage(tuple(drafts), tuple(self.page_meta), tuple(self.series), tuple(self.debris))


# --- helpers ---------------------------------------------------------------------------------

def _drop_trailing_heads(article: _Open, debris: list[Debris]) -> None:
    """Headline-shaped lines after an article's last paragraph head nothing: page furniture
    (`关键词一`, a box title, the cut-off start of the next teaser), logged as debris."""
    while article.body and article.body[-1].kind is Kind.HEAD and article.has_text:
        line = article.body.pop()
        debris.extend(Debris("headline_without_story", s) for s in line.spans)


def named_by_markup(lines) -> bool:
    """Is one of these headline lines the headline a saved page's markup names?"""
    return any(line is not None and line.why == MARKED_WHY for line in lines)


def _named_by_markup(article: _Open) -> bool:
    return article.headline is not None and named_by_markup(head_lines(article.headline))


def _has_story_text(article: _Open) -> bool:
    """Text other than photo captions (`…原因。(資料照)`, `…(楊柏賢攝)`)."""
    return any(line.kind is Kind.TEXT and not P.PHOTO_NOTE.search(line.text.strip()) for line in article.body)


def _opens_story(units: list) -> bool:
    """Does a story open within these units: a reporter's byline or a date line before the
    next headline block (a caption may stand between)?"""
    for unit in units:
        if isinstance(unit, list):
            return False
        if unit.kind is Kind.BYLINE and not _is_photo_credit(unit):
            return True
        if unit.kind is Kind.CREDIT and is_posting_stamp(unit.text):
            return True
    return False


def _starts_article(cur: _Open | None, headline: Headline, group: list[Line], nxt, multiple: bool,
                    ahead: list | None = None, after_credit: bool = False) -> bool:
    if cur is None or multiple:
        return True
    if cur.has_text and group[0].gap == "more":
        return True  # a read-more link ended the teaser before: a headline opens the next
    if not cur.has_text and group[0].after_chrome:
        return True  # the headline before had no story under it (a box or section label)
    if P.SUBTITLE.match(group[0].text):
        return False  # a block led by `——聚焦…` is a section of the open article
    if (not cur.has_text and not cur.body and len(group) >= 2 and cur.headline is not None
            and cur.headline.kicker is None and cur.headline.subtitle is None
            and len(key_of(cur.headline.title)) <= SECTION_LABEL_CHARS):
        return True  # `媒体评说`, then a full headline block and its story: that line was a section label
    if group[0].why == RUN_IN_WHY:
        return True  # a digest's item, or a headline run into its story: subheads are not
    if headline.marked or headline.series:
        return True
    if isinstance(nxt, Line) and nxt.kind is Kind.CREDIT and (P.ISO_DATE.search(nxt.text) or P.CJK_DATE.search(nxt.text)
                                                            or any(lab in nxt.text for lab in P.SOURCE_LABELS)):
        return True  # a date or 来源 line right under a headline: `2024-09-19 来源: 郑州晚报`
    if isinstance(nxt, Line) and nxt.kind is Kind.CREDIT and nxt.why == ITEM_LABEL:
        return True  # an index page's item: headline, the label printed over every item, teaser
    if isinstance(nxt, Line) and nxt.kind is Kind.BYLINE:
        return True
    if group[0].after_chrome and ahead is not None and _opens_story(ahead):
        return True  # after an ad or promo, a headline whose story opens with a dateline or byline
    if isinstance(nxt, Line) and nxt.kind is Kind.JUMP and nxt.text.lstrip("(（ ").startswith(P.JUMP_FROM):
        return True
    # The text under the block, past the credit lines printed between (`第1版()专栏:`, a date).
    body = next((u for u in ahead or [] if not (isinstance(u, Line) and u.kind is Kind.CREDIT)), None)
    text_under = isinstance(body, Line) and body.kind is Kind.TEXT
    last = next((line for line in reversed(cur.body) if line.kind is Kind.TEXT), None)
    if last is not None and P.TEASER_CUT.search(last.text) and headline_shaped(headline.title.text):
        return True  # the text before was a teaser, cut after a sentence (`…耕种。…`): its story ends there
    if cur.has_text and text_under and opens_with_dateline(body) and not P.SPEAKER_LINE.match(group[0].text):
        return True  # the text under the block opens with its dateline (`【本报消息】…`): a new story
    if cur.has_text and text_under and (
            after_credit or (headline.kicker is not None and headline.subtitle is not None
                             and not cur.opening_byline)):
        # A credit or label line between the text and this block (`专栏:`, `编辑:…`, a teaser's
        # date) closed the story before; a three-line kicker/title/subtitle block is never a subhead.
        return not P.SPEAKER_LINE.match(group[0].text)
    if cur.closed:
        # After a closed lead, `role + name` blocks are speakers of the same report (发言摘登).
        return not P.SPEAKER_LINE.match(group[0].text)
    if (cur.headline is not None and not cur.opening_byline and text_under
            and headline_shaped(headline.title.text)
            and not P.SPEAKER_LINE.match(group[0].text)):
        # A titled story with no byline of its own rarely has subheads shaped like news
        # headlines: on digests, indexes and wire pages each such block opens the next story.
        return True
    return False


def _split_back(cur: _Open, done: list[_Open], byline: Line) -> _Open:
    """A second closing byline: the story it closes began at the last subhead of `cur`.

    (Choosing the longest subhead instead scored worse on the benchmark's synthetic pages.)"""
    cut = None
    for k in range(len(cur.body) - 1, 0, -1):
        if cur.body[k].kind is Kind.HEAD and any(b.kind is Kind.TEXT for b in cur.body[:k]):
            cut = k
            break
    if cut is None:
        cur.meta.append(byline)
        cur.closed = True
        return cur
    start = cut
    while start > 0 and cur.body[start - 1].kind is Kind.HEAD:
        start -= 1
    block = cur.body[start:cut + 1]
    tail = cur.body[cut + 1:]
    del cur.body[start:]
    done.append(cur)
    return _Open(parse_headline(block), tail, [byline], closed=True)


def _split_interleaved(cur: _Open, done: list[_Open]) -> _Open:
    """Two stories printed column-wise into one another (see tests/fixtures/interleaved.txt).

    The signature: a paragraph left unfinished (U), then a subhead and text of another story,
    then a short line that finishes U (C).  The closing byline that follows belongs to U's
    story, which began at the last subhead before U; the run between U and C, and everything
    before that subhead, stays with the open article.  Returns the article the byline closes.
    """
    body = cur.body
    for u in range(1, len(body) - 2):
        first = body[u]
        if first.kind is not Kind.TEXT or P.PARAGRAPH_END.search(first.text):
            continue
        for c in range(u + 2, min(len(body), u + 8)):  # a column break spans a few blocks
            between = body[u + 1:c]
            if body[c].kind is not Kind.TEXT or len(body[c].text) > 30 or not continues(first, body[c]):
                continue
            if not (any(b.kind is Kind.HEAD for b in between) and any(b.kind is Kind.TEXT for b in between)):
                continue
            heads = [k for k in range(u) if body[k].kind is Kind.HEAD]
            if not heads or not any(b.kind is Kind.TEXT for b in body[:heads[-1]]):
                return cur
            start = heads[-1]
            other = _Open(None, body[start:u] + [glue(first, body[c])] + body[c + 1:])
            cur.body = body[:start] + between
            done.append(cur)
            return other
    return cur


def _is_photo_credit(line: Line) -> bool:
    return line.text.rstrip().endswith(("摄", "攝", "/图", "／图", "/圖"))


def _credits_a_picture(line: Line) -> bool:
    """A line crediting photographers only (`記者胡經周/攝影`, `（記者X攝）`).  Inside a story that
    already has its reporter's byline, it credits a picture of that story, not a second story."""
    credits = line.credits
    return credits is not None and bool(credits.photographers) and not credits.authors


