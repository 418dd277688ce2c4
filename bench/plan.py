"""The benchmark archive's plan: which pages exist (paper, date, page number, script,
encoding, furniture) and which articles each holds (title, byline, paragraphs), decided by
`random.Random` seeded per page, so the same N and seed give the same plan.

Does not: print or write pages (`bench/pages.py`, `bench/generate.py`).
"""
from __future__ import annotations

import datetime as dt
import functools
import math
import random
from dataclasses import dataclass, field
from typing import Iterator

from bench.corpus import Corpus, load_corpus, read_seed_texts

# --- vocabulary: Chinese appears only here, each with a translation --------------------------

#: The two papers of the seed files: Zhengzhou Daily (pages A01…) and Zhengzhou Evening News
#: (pages 01…).
PUBLICATIONS = (("郑州日报", "A"), ("郑州晚报", ""))
#: Page names (版名): news, news roundup, city, economy, culture, sport, world, opinion,
#: education, people's livelihood, supplement, local districts.
SECTIONS = ("要闻", "要闻综合", "郑州新闻", "经济", "文化", "体育", "国际", "评论", "教育", "民生",
            "副刊", "区县新闻", "理论", "专题")
#: Weekday names for a date line: `星期四` = Thursday.  Index = date.weekday().
WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
#: Page number words in jump lines: `(上接一版)` = "continued from page one".
PAGE_WORDS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十")
#: Family names and given-name characters for reporters' names.
SURNAMES = ("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高",
            "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧",
            "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾",
            "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴", "夏", "钟", "汪", "田", "任", "姜",
            "范", "方", "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔", "白", "崔", "康",
            "毛", "邱", "秦", "江", "史", "顾", "侯", "邵", "孟", "龙", "万", "段", "覃", "党", "闫")
GIVEN_CHARS = ("丽", "萍", "盼", "柳", "翠", "程", "瑜", "冬", "莉", "地", "岩", "峰", "雅", "文",
               "晓", "光", "娜", "颖", "译", "博", "昕", "莹", "际", "宾", "玺", "静", "艳", "竹",
               "玉", "东", "柳", "影", "婷", "帅", "潇", "佳", "建", "功", "鸿", "勋", "扬", "明",
               "华", "伟", "芳", "军", "洋", "勇", "艺", "杰", "涛", "超", "霞", "平", "刚", "桂",
               "英", "辉", "鹏", "宇", "浩", "凯", "欣", "琳", "晨", "睿", "思", "涵", "梦", "璐")
#: Interviewees for `——访…` subtitles: "Party secretary of Dengfeng", "director of the city
#: science bureau", …
INTERVIEWEES = ("登封市委书记", "郑州市科技局党组书记、局长", "郑东新区党工委书记", "市大数据管理局局长",
                "经开区党工委书记", "高新区管委会主任", "金水区委书记", "航空港实验区党工委书记",
                "中牟县委书记", "新密市市长", "上街区区长", "市教育局局长", "市文化广电和旅游局局长",
                "市交通运输局局长", "巩义市委书记", "二七区委书记")
#: Series labels above a title: `…·系列访谈` = "… · interview series".
SERIES_SUFFIXES = ("系列访谈", "系列报道", "评论", "观察", "专题")
#: Headline-list label (`标题导航` = "headline navigation") and related-news heading.
HEADLINE_LIST_LABEL = "标题导航"
RELATED_NEWS = "相关新闻"
#: Navigation bar and page-flip widget: "home | paper | page navigation"; "previous page, next".
NAV_BAR = "返回主页 | {pub} | 版面导航 | {other}"
PAGE_FLIP = "上一版 下一版"
#: Editor credit at the foot of a page: "editor: X  coordinator: Y" / "editor of this page X".
EDITOR_LINES = ("编辑:{a} 统筹:{b}", "本版编辑 {a}", "责任编辑:{a} 校对:{b}", "分享到: 编辑:{a} 统筹:{b}")
#: Source line under a title on web-style pages: "date  source: paper  official site  share to:".
SOURCE_LINE = "{date} 来源: {pub} 郑州客户端官方网站 分享到:"
#: Every so many pages, one is a saved HTML page (`bench/saved_html.py`).
SAVED_HTML_EVERY = 8

# --- tunables --------------------------------------------------------------------------------

START_DATE = dt.date(2020, 1, 1)
#: Five years of issues, widened when there are more issues than (paper, day) slots.
SPAN_DAYS = 5 * 365 + 1
ARTICLES_PER_PAGE = (3, 10)
PAGES_PER_ISSUE = (4, 16)
#: Body length in characters: log-normal, about 2,200 on average (≈ 7 KB per article on disk).
BODY_CHARS_MU, BODY_CHARS_SIGMA = math.log(1900), 0.55
BODY_CHARS_RANGE = (250, 9000)


# --- plan ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ArticleSpec:
    """One synthetic article: what the page prints for it, and the truth about it."""

    title: str
    kicker: str | None
    subtitle: str | None
    authors: tuple[str, ...]
    correspondents: tuple[str, ...]
    byline_style: str  # top | quanmeiti | xun | closing_line | closing_inline
    blocks: tuple[tuple[str, str], ...]  # ("p" | "h", text); "p" text may hold one break "\n\n"
    continued_from: str | None = None
    continued_to: str | None = None

    @property
    def body_chars(self) -> int:
        return sum(len(t.replace("\n\n", "")) for _, t in self.blocks)


@dataclass(frozen=True)
class PageSpec:
    """One page file: where it sits in the archive and how it is printed and encoded."""

    index: int
    publication: str
    date: dt.date
    page: str  # as printed: A02 / 02
    section: str
    script: str  # hans | hant
    encoding: str  # utf-8 | utf-8-sig | gb18030 | big5
    date_style: str  # header | iso_per_article
    nav: bool
    page_flip: str | None  # top | bottom | None
    headline_list: bool
    html_debris: bool
    editor_line: str | None
    saved_html: bool  # served as a saved e-paper article page (`bench/saved_html.py`), `.html`
    articles: tuple[ArticleSpec, ...] = field(repr=False)


@dataclass(frozen=True)
class _Slot:
    index: int
    n_articles: int
    publication: str
    page_prefix: str
    date: dt.date
    page_no: int


def plan_slots(n: int, seed: int) -> list[_Slot]:
    """Decide, cheaply, how many articles each page holds and which issue/date/page it is."""
    rng = random.Random(f"slots:{seed}")
    counts = []
    remaining = n
    while remaining > 0:
        k = min(rng.randint(*ARTICLES_PER_PAGE), remaining)
        counts.append(k)
        remaining -= k
    # Group pages into issues of a paper, one issue per (paper, day).
    issue_sizes = []
    i = 0
    while i < len(counts):
        size = rng.randint(*PAGES_PER_ISSUE)
        issue_sizes.append(min(size, len(counts) - i))
        i += size
    span = max(SPAN_DAYS, len(issue_sizes) // len(PUBLICATIONS) + 1)
    slots = sorted(rng.sample(range(span * len(PUBLICATIONS)), len(issue_sizes)))
    out = []
    index = 0
    for size, slot in zip(issue_sizes, slots):
        day, pub_i = divmod(slot, len(PUBLICATIONS))
        pub, prefix = PUBLICATIONS[pub_i]
        for page_no in range(1, size + 1):
            out.append(_Slot(index, counts[index], pub, prefix, START_DATE + dt.timedelta(days=day), page_no))
            index += 1
    return out


#: A city daily's newsroom: bylines name its reporters and the correspondents of the bodies
#: it covers, not a new person every time (about 12,000 names per 10,000 articles otherwise).
STAFF_SIZES = {"reporters": 240, "correspondents": 900}


@functools.lru_cache(maxsize=None)
def _roster(kind: str, corpus: Corpus) -> tuple[str, ...]:
    rng = random.Random(f"roster-{kind}")  # the same staff for every N and seed
    names: dict[str, None] = {}
    while len(names) < STAFF_SIZES[kind]:
        names[_name(rng, corpus)] = None
    return tuple(names)


def _staff(rng: random.Random, corpus: Corpus, kind: str) -> str:
    return rng.choice(_roster(kind, corpus))


def _name(rng: random.Random, corpus: Corpus) -> str:
    if corpus.names and rng.random() < 0.25:
        return rng.choice(corpus.names)
    given = "".join(rng.choice(GIVEN_CHARS) for _ in range(rng.choice((1, 2, 2))))
    return rng.choice(SURNAMES) + given


def _title(rng: random.Random, corpus: Corpus) -> str:
    if corpus.headlines and rng.random() < 0.15:
        return rng.choice(corpus.headlines)
    pool = corpus.clauses or corpus.headlines
    first = rng.choice(pool)
    if rng.random() < 0.5 and len(first) <= 10:
        return f"{first} {rng.choice(pool)}"
    return first


def _paragraph(rng: random.Random, corpus: Corpus, target: int) -> str:
    out = []
    size = 0
    while size < target:
        s = rng.choice(corpus.sentences)
        out.append(s)
        size += len(s)
    return "".join(out)


#: Characters after which a layout break is not placed (the break must look accidental).
_PUNCT = set(",，。、；;：:！？!?“”()（）《》·—…")


def _break_mid_sentence(rng: random.Random, text: str) -> str:
    """Break a paragraph between two characters, as page layout does (`挑\\n\\n战,共话…`)."""
    candidates = [i for i in range(len(text) // 4, len(text) * 3 // 4)
                  if text[i - 1] not in _PUNCT and text[i] not in _PUNCT]
    if not candidates:
        return text
    i = rng.choice(candidates)
    return text[:i] + "\n\n" + text[i:]


def plan_article(rng: random.Random, corpus: Corpus, prefix: str, page_no: int) -> ArticleSpec:
    title = _title(rng, corpus)
    kicker = None
    if rng.random() < 0.25:
        if rng.random() < 0.4:
            kicker = f"{rng.choice(corpus.clauses or corpus.headlines)}·{rng.choice(SERIES_SUFFIXES)}"
        else:
            kicker = _title(rng, corpus)
    subtitle = None
    r = rng.random()
    if r < 0.12:
        subtitle = f"——访{rng.choice(INTERVIEWEES)}{_name(rng, corpus)}"
    elif r < 0.17:
        subtitle = f"——{rng.choice(corpus.clauses or corpus.headlines)}"
    authors = tuple(dict.fromkeys(_staff(rng, corpus, "reporters")
                                  for _ in range(rng.choice((1, 1, 2, 2, 2, 3)))))
    correspondents = tuple(dict.fromkeys(_staff(rng, corpus, "correspondents")
                                         for _ in range(rng.choice((0, 0, 0, 1, 1, 2)))))
    style = rng.choices(("top", "xun", "quanmeiti", "closing_line", "closing_inline"),
                        weights=(35, 30, 15, 10, 10))[0]
    target = int(min(max(rng.lognormvariate(BODY_CHARS_MU, BODY_CHARS_SIGMA), BODY_CHARS_RANGE[0]),
                     BODY_CHARS_RANGE[1]))
    blocks: list[tuple[str, str]] = []
    size = 0
    while size < target:
        p = _paragraph(rng, corpus, rng.randint(60, 420))
        size += len(p)
        if len(p) > 40 and rng.random() < 0.07:
            p = _break_mid_sentence(rng, p)
        blocks.append(("p", p))
    if len(blocks) >= 6 and corpus.headlines and rng.random() < 0.5:
        for at in sorted(rng.sample(range(1, len(blocks)), min(3, len(blocks) - 1)), reverse=True):
            blocks.insert(at, ("h", rng.choice(corpus.headlines)))
    continued_from = None
    if page_no > 1 and rng.random() < 0.04:
        continued_from = f"{prefix}01" if prefix else PAGE_WORDS[0]
    continued_to = None
    if rng.random() < 0.03:
        continued_to = f"{prefix}{page_no + 1:02d}" if prefix else PAGE_WORDS[min(page_no, 9)]
    return ArticleSpec(title, kicker, subtitle, authors, correspondents, style, tuple(blocks),
                       continued_from, continued_to)


def plan_page(slot: _Slot, seed: int, corpus: Corpus) -> PageSpec:
    """Everything about one page, from its own RNG (seed, page index): pages are independent."""
    rng = random.Random(f"page:{seed}:{slot.index}")
    # Script and encoding by index so that even a 30-article archive has each kind:
    # page 1 is traditional + Big5, page 2 GB18030, page 3 UTF-8 with BOM.
    script = "hant" if slot.index % 10 == 1 else "hans"
    if script == "hant":
        encoding = "big5" if slot.index % 40 == 1 else "utf-8"
    else:
        encoding = "gb18030" if slot.index % 40 == 2 else "utf-8-sig" if slot.index % 50 == 3 else "utf-8"
    articles = tuple(plan_article(rng, corpus, slot.page_prefix, slot.page_no) for _ in range(slot.n_articles))
    editor = None
    if rng.random() < 0.5:
        editor = rng.choice(EDITOR_LINES).format(a=_staff(rng, corpus, "reporters"),
                                                 b=_staff(rng, corpus, "reporters"))
    return PageSpec(
        index=slot.index,
        publication=slot.publication,
        date=slot.date,
        page=f"{slot.page_prefix}{slot.page_no:02d}",
        section=SECTIONS[0] if slot.page_no == 1 else rng.choice(SECTIONS),
        script=script,
        encoding=encoding,
        date_style="iso_per_article" if rng.random() < 0.15 else "header",
        nav=rng.random() < 0.7,
        page_flip=rng.choice(("top", "bottom", None)),
        headline_list=rng.random() < 0.35,
        html_debris=rng.random() < 0.06 or slot.index == 4,
        editor_line=editor,
        # One page in eight is a saved HTML page; chosen by position, so the text pages (and
        # every random draw) are the same as in an archive without them.
        saved_html=slot.index % SAVED_HTML_EVERY == SAVED_HTML_EVERY - 3,
        articles=articles,
    )


def iter_pages(n: int, seed: int = 0, corpus: Corpus | None = None) -> Iterator[PageSpec]:
    """The archive's pages in order, generated lazily (a 50,000-article plan never sits in memory)."""
    corpus = corpus or load_corpus(read_seed_texts())
    for slot in plan_slots(n, seed):
        yield plan_page(slot, seed, corpus)
