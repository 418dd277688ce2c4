"""The kind of one whole line of text, from its shape alone: HEAD, BYLINE, CREDIT, JUMP or TEXT.

Pure `str → Kind` functions; `paragraphs` calls them for every cleaned line and piece of a
line, then revises kinds from the page around each line.

Does not: cut lines into pieces or look at other lines (see `paragraphs`).
"""
from __future__ import annotations

from .. import patterns as P
from .meta.bylines import parse_byline
from .meta.leads import split_leading_credit
from .meta.trailing import split_trailing_byline
from .meta.dates import parse_date
from .meta.lines import is_date_line, is_posting_stamp, page_header
from ..model import Kind, Line


_BRACKETS = ("[]", "［］", "【】")


def line_kind(text: str) -> Kind:
    """The kind of a whole cleaned line of text."""
    text = text.strip()
    if P.JUMP.fullmatch(text):
        return Kind.JUMP
    if is_credit_line(text) or text[:1] + text[-1:] in _BRACKETS and is_credit_line(text[1:-1].strip()):
        return Kind.CREDIT  # also bracketed whole: `[ 编辑:usahrsh | 时间:2017-10-28 00:13:47 ]`
    lead = split_leading_credit(text)
    if lead and not text[len(lead[0]):].strip() and (lead[1].authors or lead[1].agency or lead[1].photographers):
        return Kind.BYLINE  # a dateline on a line of its own: `新华社北京3月5日电(记者 李术峰)`
    if lead and (lead[1].authors or lead[1].agency):
        return Kind.TEXT  # a story opened by its dateline, however short (an excerpt cut after it)
    credits = parse_byline(text)
    if credits:
        only_editors = credits.editors and not (credits.authors or credits.correspondents
                                                or credits.photographers)
        return Kind.CREDIT if only_editors else Kind.BYLINE
    if is_heading(text):
        return Kind.HEAD
    if P.BRACKET_TAG.match(text) and len(text) <= 2 * P.MAX_HEAD_CHARS and "。" not in text:
        return Kind.HEAD  # `【調查報道】大坑西邨民反擊1:平民稱…,為政府不安置開脫`: a tagged headline, however long
    label = P.LISTED_LABEL.match(text)
    labelled = P.PAPER_LABEL.match(text) or (label and P.PAPER_LABEL.match(text[label.end():]))
    if labelled and len(text) <= P.MAX_HEAD_CHARS and not P.PARAGRAPH_END.search(text):
        # `聯合報社論／馬年奔騰，期待…`: the paper's column label, then the title (a newsletter's
        # list prints the section first: `聯合報社論 聯合報社論/坐視三立入股中嘉,曝…`)
        return Kind.HEAD
    return Kind.TEXT


def is_heading(text: str) -> bool:
    """Short, and does not end a sentence: a headline, subhead or label."""
    tag = P.BAR_TAG.match(text)
    if tag and P.HEADLINE_END.search(text) and "。" not in text and len(text) <= P.MAX_HEAD_CHARS:
        text = P.HEADLINE_END.sub("", text[tag.end():])  # `南腔北調|「跪低」的歐盟收到關稅信 意外嗎?`: a column's tag, then a question
    if len(text) > P.MAX_HEAD_CHARS or P.PARAGRAPH_END.search(text):
        return False
    if P.CODE_LIKE.search(text) and len(P.HAN_CHAR.findall(text)) < 2:
        return False  # `&lt;!--rr:raw--&gt;`: markup shown as text, not a headline
    photo = P.PHOTO_NOTE.search(text)
    if photo and P.PARAGRAPH_END.search(text[:photo.start()]):
        return False  # `民眾黨主席黃國昌。（記者王藝菘攝）`: a sentence, then its photo's credit: a caption
    if P.PHOTO_CREDIT_END.search(text) and split_trailing_byline(text):
        return False  # `現場留下血跡。楊偉亨攝`: a caption's sentence, then its photographer
    if P.CAPTION_POSITION.search(text):
        return False  # `刘潇潇(右一)指导学生…`: a photo caption says who stands where; a headline does not
    tag = P.BAR_TAG.match(text)
    if tag:
        text = text[tag.end():]  # `我“悦”南周|每天打开的那个文件夹里,藏着爱`: a column tag, then the title
    after = P.BAR_TAG_AFTER.search(text) if not tag and ("|" in text or "｜" in text or "丨" in text) else None
    if after:
        text = text[:after.start()]  # `…寻找广东经济发展暖意 | 季度观`: the title, then its column
    commas = len(P.CLAUSE_MARK.findall(P.DIGIT_GROUPING.sub("", text)))  # `預算約2,490萬` has no clause
    return commas == 0 or (commas == 1 and (len(text) <= 20 or bool(tag or after)))


def is_credit_line(text: str) -> bool:
    """Date lines, page headers and `label: value` lines (来源/编辑/统筹…)."""
    if P.DATE_LINE.match(text) or page_header(text) or P.CITATION_FOOTER.match(text) or is_date_line(text):
        return True
    bare = text.strip("●■◆▲★□◎ ")
    # (SECTION_NUMBER takes at most two characters off: a longer line cannot become a name.)
    if text in P.SECTION_NAMES or bare in P.SECTION_NAMES or (
            len(bare) <= P.SECTION_NAME_MAX + 2 and P.SECTION_NUMBER.sub("", bare) in P.SECTION_NAMES) or (
            P.SECTION_NEWS_LABEL.match(bare)):
        return True  # a page's section label (`港聞`, `港聞●`, `港聞二`), not a kicker
    if P.BYLINE_MARKER.match(text) and len(bare) <= 8 and P.NOT_A_PERSON.search(bare):
        return True  # `●南洋网`: a marked credit naming the story's source, not a person
    if P.REPOST_STAMP.match(text):
        return True  # `酷勤网收集 2009-11-01`: when a reposting site collected the story
    if P.PHOTO_SUPPLIED.match(text):
        return True  # `部份图:受访者提供`: where the pictures came from, naming no photographer
    if P.REPRINT_NOTE.match(text) or P.SEE_PAGE.match(text) or P.ENGLISH_DATE.match(text):
        return True  # where a reprint first appeared; a pointer to other pages; a site's date
    if len(text) <= 60 and (P.ISSUE_INFO.search(text) or P.TOC_ENTRY.search(text)):
        return True  # the issue's number and page count; a contents entry with its page
    if "enpproperty" in text and P.FOUNDER_PROPERTIES.search(text):  # (its one literal: most lines lack it)
        return True  # the e-paper system's article properties (date, page, paper, title), as text
    if P.CLOSING_DATELINE.match(text):
        return True  # `(北京七日電)`: where the story was filed, printed after its text
    if P.PAPER_COLUMN_LINE.match(text):
        return True  # `聯合報／ 社論`: the paper and the column, the byline of an unsigned piece
    if P.LABEL_ONLY.match(text):
        return True  # `专栏:`: an archive's field label with its value elsewhere
    if is_posting_stamp(text):
        return True
    m = P.MASTHEAD_LINE.match(text)
    if m and (not m.group("rest") or parse_date(m.group("rest")) or page_header(m.group("rest"))
              or P.MASTHEAD_ISSUE.match(m.group("rest"))):
        return True
    labels = list(P.LABEL_VALUE.finditer(text)) if any(c in text for c in P.LABEL_COLONS) else []
    if not labels:
        return False
    rest = P.LABEL_VALUE.sub("", text)
    date = parse_date(rest)
    if date:
        rest = rest.replace(date[1], "")
    rest = P.WEEKDAY.sub("", P.CLOCK_TIME.sub("", rest))
    # `时间:2018-3-26 11:13 2 3898 |`: a forum post's time, then its reply and view counts.
    return len(rest.replace("|", "").strip()) <= 4 or bool(P.COUNTS_ONLY.match(rest))


def opens_with_dateline(line: Line) -> bool:
    """`【本报消息】…`, `新华社北京3月5日电 …`, `(古晋13日讯)…`: a paragraph that opens a story with its dateline."""
    return line.kind is Kind.TEXT and starts_with_dateline(line.text.strip())


def starts_with_dateline(text: str) -> bool:
    """A credit or a place-and-day dateline opens `text`: `本报讯(记者 X)…`, `(古晋13日讯)…`."""
    return split_leading_credit(text) is not None or bool(P.PLACE_DATELINE.match(text))


def is_source_line(line: Line) -> bool:
    """`2024-09-10 21:37 来源:大洋网`: a date and the story's source, as portals print them under
    a headline."""
    return line.kind is Kind.CREDIT and bool(parse_date(line.text)) and any(lab in line.text for lab in P.SOURCE_LABELS)
