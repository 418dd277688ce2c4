"""Deterministic synthetic archive of Chinese newspaper page dumps, for the benchmark.

`generate_archive(n, outdir, seed)` writes one file per printed page (3–10 articles each) shaped
like the raw e-paper dumps in `sources/`: page headers (`第A02版:要闻`), navigation debris
(`返回主页 | 郑州日报 | 版面导航`, `上一版 下一版`), headline lists, kicker / title / subtitle blocks,
bylines in the forms real pages use, a date line per page or per article, subheads, paragraphs
broken mid-sentence, about 10 % of pages in traditional script (OpenCC), a few pages in
GB18030 and Big5, and now and then leftover HTML and spam links.  The prose is real Chinese:
sentences of the seed files in `sources/`, recombined.

It does NOT try to be a faithful model of any paper, and it knows nothing of the converter: it
only writes input.  What it wrote is returned as a plan (`PageSpec` / `ArticleSpec`), so the
benchmark can compare the converter's article count with the truth and can write the same
articles as plain Markdown for the stock-Material baseline.

Same `n`, `seed` and seed sources → byte-identical files.  No set iteration, no `hash()`, no
clock: every choice comes from `random.Random` seeded per page.

CLI: `python bench/generate.py N OUTDIR [--seed S] [--manifest PATH]`.
"""
from __future__ import annotations

import argparse
import datetime as dt
import functools
import hashlib
import json
import math
import random
import re
import sys
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

try:
    from bench.saved_html import render_saved_html
except ImportError:  # run as `python bench/generate.py`: bench/ is on the path, not the checkout
    from saved_html import render_saved_html

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SEED_SOURCES = REPO / "sources"

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


# --- corpus ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Corpus:
    """Material recombined into synthetic pages, all in simplified script."""

    sentences: tuple[str, ...]
    headlines: tuple[str, ...]
    clauses: tuple[str, ...]
    names: tuple[str, ...]


_TAG = re.compile(r"<[^<>]*>")
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]+[”’」』]?")
_CLAUSE_SPLIT = re.compile(r"[,，。；;：:！？!?、“”\"()（）《》]")
_BYLINE_NAMES = re.compile(r"记者((?:[ \u3000]+[\u4e00-\u9fff]{2,3}(?![\u4e00-\u9fff]))+)[ \u3000]*(?:通讯员|$)", re.M)
#: Role words that the byline pattern can catch as a name: correspondent, photographer, editor.
ROLE_WORDS = ("通讯员", "摄影", "编辑", "统筹")
_HAN_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")
_NOT_PROSE = re.compile(r"记者|通讯员|上接|下转|<|>|www|http|分享|来源|编辑|统筹|相关新闻")


def read_seed_texts(sources_dir: Path = DEFAULT_SEED_SOURCES) -> list[str]:
    """Read the seed files (sorted by name, so the corpus is stable).  The only file reads."""
    texts = []
    for path in sorted(Path(sources_dir).glob("*")):
        if path.is_file():
            raw = path.read_bytes()
            for enc in ("utf-8-sig", "gb18030", "big5hkscs"):
                try:
                    texts.append(raw.decode(enc))
                    break
                except UnicodeDecodeError:
                    continue
    return texts


@lru_cache(maxsize=1)
def _converter(config: str):
    import opencc  # OpenCC is a project dependency (the converter folds scripts with it)

    return opencc.OpenCC(config)


def to_traditional(text: str, config: str = "s2t") -> str:
    """Simplified → traditional with OpenCC (`s2t`; `s2tw` for Taiwan forms that fit Big5)."""
    return _converter(config).convert(text)


def to_simplified(text: str) -> str:
    return _converter("t2s").convert(text)


def load_corpus(texts: Iterable[str]) -> Corpus:
    """Cut seed texts into sentences, headline-like lines, clauses and reporter names.  Pure."""
    sentences: dict[str, None] = {}
    headlines: dict[str, None] = {}
    clauses: dict[str, None] = {}
    names: dict[str, None] = {}
    for raw in texts:
        text = to_simplified(_TAG.sub("", raw))
        for m in _BYLINE_NAMES.finditer(text):
            for name in m.group(1).split():
                if name not in ROLE_WORDS:
                    names[name] = None
        # Lines broken mid-sentence are glued back so sentences come out whole.
        flat = re.sub(r"\s*\n\s*", "\n", text)
        for line in flat.split("\n"):
            line = line.strip()
            if not line or _NOT_PROSE.search(line):
                continue
            if len(line) <= 30 and not re.search(r"[,，。；;！？!?]", line) and not line.startswith("——"):
                if 6 <= len(line) <= 24 and not re.match(r"^\d", line):
                    headlines[line] = None
                continue
            for s in _SENTENCE.findall(line):
                s = s.strip()
                if 12 <= len(s) <= 260 and s.count("“") == s.count("”"):
                    sentences[s] = None
                for c in _CLAUSE_SPLIT.split(s):
                    c = c.strip()
                    if 6 <= len(c) <= 14 and _HAN_ONLY.match(c):
                        clauses[c] = None
    if not sentences:
        raise ValueError("no usable sentences in the seed sources")
    return Corpus(tuple(sentences), tuple(headlines), tuple(clauses), tuple(names))


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


# --- render ----------------------------------------------------------------------------------

def cjk_date(d: dt.date) -> str:
    """`2024年9月19日 星期四`."""
    return f"{d.year}年{d.month}月{d.day}日 {WEEKDAYS[d.weekday()]}"


def _byline(prefix: str, names: Iterable[str]) -> str:
    return " ".join((prefix, *names))


def render_article(a: ArticleSpec, page: PageSpec) -> list[str]:
    """The article's blocks as printed (simplified script; `render_page` converts)."""
    out = []
    if a.kicker:
        out.append(a.kicker)
    out.append(a.title)
    if a.subtitle:
        out.append(a.subtitle)
    if a.byline_style == "top":
        line = _byline("本报记者", a.authors)
        if a.correspondents:
            line += " " + _byline("通讯员", a.correspondents)
        out.append(line)
    elif a.byline_style == "quanmeiti":  # 郑报全媒体记者 = "Zhengzhou Daily all-media reporter"
        out.append(_byline("郑报全媒体记者", a.authors))
    if page.date_style == "iso_per_article":
        out.append(SOURCE_LINE.format(date=page.date.isoformat(), pub=page.publication))
    paragraphs = [list(b) for b in a.blocks]
    first = next(b for b in paragraphs if b[0] == "p")
    if a.byline_style == "xun":  # 本报讯(记者 X 通讯员 Y) = "our own report (reporter X …)"
        inner = _byline("记者", a.authors)
        if a.correspondents:
            inner += " " + _byline("通讯员", a.correspondents)
        first[1] = f"本报讯({inner}){first[1]}"
    if a.continued_from:
        first[1] = f"(上接{a.continued_from}版){first[1]}"
    last = next(b for b in reversed(paragraphs) if b[0] == "p")
    if a.continued_to:
        last[1] = f"{last[1]}(下转{a.continued_to}版)"
    if a.byline_style == "closing_inline":  # 正观新闻·郑州晚报记者 X, glued to the last paragraph
        last[1] = f"{last[1]}正观新闻·{page.publication}记者 {' '.join(a.authors)}"
    out.extend(t for _, t in paragraphs)
    if a.byline_style == "closing_line":
        out.append(_byline("本报记者", a.authors))
    return out


def render_page(page: PageSpec) -> str:
    """The page file's text (before encoding).  Pure."""
    if page.saved_html:
        return _render_html_page(page)
    other = next(p for p, _ in PUBLICATIONS if p != page.publication)
    head: list[str] = []
    indent = ""
    if page.html_debris:
        head += ['<track id="6birc"></track><option id="6birc"></option>',
                 '    <samp id="6birc"></samp>', '  1. <samp id="6birc"></samp>']
        indent = "          "
    if page.nav:
        head.append(NAV_BAR.format(pub=page.publication, other=other))
    head.append(f"第{page.page}版:{page.section}")
    if page.date_style == "header":
        head.append(cjk_date(page.date) if page.index % 3 else page.date.isoformat())
    if page.page_flip == "top":
        head.append(PAGE_FLIP)
    blocks: list[str] = ["\n".join(head)]
    if page.headline_list:
        label = [HEADLINE_LIST_LABEL] if page.index % 2 else []
        blocks.append("\n".join(label + [a.title for a in page.articles]))
    for a in page.articles:
        blocks.extend(render_article(a, page))
    tail = []
    if page.editor_line:
        tail.append(page.editor_line)
    if page.html_debris:
        tail += [RELATED_NEWS, "www.uuyoujizz.com"]
    if page.page_flip == "bottom":
        tail.append(PAGE_FLIP)
    if tail:
        blocks.append("\n\n".join(tail))
    text = "\n\n" + "\n\n".join(indent + b if indent else b for b in blocks) + "\n"
    if page.script == "hant":
        text = to_traditional(text, "s2tw" if page.encoding == "big5" else "s2t")
    return text


def _render_html_page(page: PageSpec) -> str:
    articles = []
    for a in page.articles:
        blocks = render_article(a, page)
        tags = ["h3"] * bool(a.kicker) + ["h1"] + ["h2"] * bool(a.subtitle)
        articles.append((list(zip(tags, blocks)), blocks[len(tags):]))
    header = f"第{page.page}版:{page.section}"
    if page.date_style == "header":  # as the text page prints it, under the page header
        header += " " + (cjk_date(page.date) if page.index % 3 else page.date.isoformat())
    text = render_saved_html(header, page.articles[0].title, page.publication, page.encoding, articles)
    if page.script == "hant":
        text = to_traditional(text, "s2tw" if page.encoding == "big5" else "s2t")
    return text


#: Stand-in for a character the legacy charset lacks (`□`, as printed when a glyph is missing).
MISSING_GLYPH = "□"


def encode_page(text: str, encoding: str) -> bytes:
    """Encode a page; a character the charset lacks becomes `□`, so the file always decodes."""
    if encoding in ("utf-8", "utf-8-sig", "gb18030"):
        return text.encode(encoding)
    out = []
    for ch in text:
        try:
            out.append(ch.encode(encoding))
        except UnicodeEncodeError:
            out.append(MISSING_GLYPH.encode(encoding))
    return b"".join(out)


def page_filename(page: PageSpec, data: bytes) -> str:
    """`00012_3f2a….txt` (`.html` for a saved page): index plus content hash, like the seed files' names."""
    return f"{page.index:05d}_{hashlib.sha1(data).hexdigest()[:16]}.{'html' if page.saved_html else 'txt'}"


def render_plain_markdown(a: ArticleSpec, page: PageSpec) -> str:
    """The article as a plain Markdown page (title + text), for the stock-Material baseline."""
    lines = [f"# {a.title}", ""]
    if a.subtitle:
        lines += [a.subtitle, ""]
    lines += [f"{' '.join(a.authors)} · {page.publication} · {page.date.isoformat()} · 第{page.page}版", ""]
    for kind, t in a.blocks:
        t = t.replace("\n\n", "")
        lines += [f"## {t}" if kind == "h" else t, ""]
    text = "\n".join(lines)
    return to_traditional(text) if page.script == "hant" else text


# --- write -----------------------------------------------------------------------------------

@dataclass
class Manifest:
    """What was written: counts, bytes and the truth per file (for split-accuracy checks)."""

    n: int
    seed: int
    files: int = 0
    articles: int = 0
    bytes: int = 0
    encodings: dict = field(default_factory=dict)
    scripts: dict = field(default_factory=dict)
    years: dict = field(default_factory=dict)
    pages: list = field(default_factory=list)

    def to_json(self, with_pages: bool = True) -> dict:
        d = asdict(self)
        if not with_pages:
            d.pop("pages")
        return d


def generate_archive(n: int, outdir: Path | str, seed: int = 0,
                     sources_dir: Path | str = DEFAULT_SEED_SOURCES) -> Manifest:
    """Write an archive of `n` articles into `outdir` (created; existing *.txt and *.html there removed)."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    for old in [*outdir.glob("*.txt"), *outdir.glob("*.html")]:
        old.unlink()
    corpus = load_corpus(read_seed_texts(Path(sources_dir)))
    m = Manifest(n=n, seed=seed)
    for page in iter_pages(n, seed, corpus):
        data = encode_page(render_page(page), page.encoding)
        name = page_filename(page, data)
        (outdir / name).write_bytes(data)
        m.files += 1
        m.articles += len(page.articles)
        m.bytes += len(data)
        m.encodings[page.encoding] = m.encodings.get(page.encoding, 0) + 1
        m.scripts[page.script] = m.scripts.get(page.script, 0) + 1
        year = str(page.date.year)
        m.years[year] = m.years.get(year, 0) + len(page.articles)
        m.pages.append({
            "file": name, "publication": page.publication, "date": page.date.isoformat(),
            "page": page.page, "section": page.section, "script": page.script,
            "encoding": page.encoding,
            "articles": [{"title": a.title, "kicker": a.kicker, "subtitle": a.subtitle,
                          "authors": list(a.authors), "correspondents": list(a.correspondents),
                          "byline_style": a.byline_style, "chars": a.body_chars}
                         for a in page.articles],
        })
    return m


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--sources", type=Path, default=DEFAULT_SEED_SOURCES, help="seed files to recombine")
    ap.add_argument("--manifest", type=Path, help="also write the truth per file as JSON here")
    args = ap.parse_args(argv)
    m = generate_archive(args.n, args.outdir, args.seed, args.sources)
    if args.manifest:
        args.manifest.parent.mkdir(parents=True, exist_ok=True)
        args.manifest.write_text(json.dumps(m.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps(m.to_json(with_pages=False), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
