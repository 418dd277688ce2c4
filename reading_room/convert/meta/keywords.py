"""Browsing terms for one article: keywords, people, places and organisations.

One jieba segmentation per article (its headline and lead) feeds everything, the search
index included:

- **keywords**: TF-IDF over jieba's tokens, with jieba's own IDF table; nouns and noun-like
  tokens only, no stop-words, no single characters, no numbers; title words count extra.
  At most `MAX_KEYWORDS`.
- **people**: a name right after an office, `登封市委书记王鸿勋` (`patterns.ROLE_NAME`), checked
  against the surname list.  Bylines are not people tags: they are `authors`.
- **organisations**: the body that office belongs to (`登封市委`, `中国人民对外友好协会`), plus
  tokens jieba's dictionary tags as organisation names (`nt`), when they look like one.
- **places**: the place at the start of such an organisation (`登封市`), plus tokens jieba's
  dictionary tags as place names (`ns`) minus the common words it mis-tags (`城市`, `美丽`).
- **head words**: the headline's words as jieba's search mode gives them (`中华人民共和国`,
  `共和国`), for the search index, so it need not segment again.

Traditional text is folded to simplified one character at a time before segmentation (jieba's
dictionary is simplified), so every offset still points into the original and terms are shown
as printed.  `fold()` (`meta/fold.py`) is the key that makes 鄭州 and 郑州 one tag.

Does not: touch the article's text, decide anything the tags do not need, or read files (jieba's
dictionaries are package data).
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ... import patterns as P
from .fold import fold_simplified as fold  # the key of a tag (pages.common and tests use it)

MAX_KEYWORDS = 5
SEGMENT_CHARS = 800
MAX_NAMES = 8  # people, places and organisations, each
#: Extra term frequency for a word in the headline (kicker, title, subtitle).
TITLE_WEIGHT = 2

#: Dictionary part-of-speech tags a keyword may have: nouns, proper nouns, verbal nouns,
#: abbreviations.  Unknown words (found by jieba's HMM, flag None) must occur twice.
KEYWORD_FLAGS = ("n", "vn", "nz", "nt", "ns", "nl", "ng", "j")

#: Words too common in Chinese news to tell articles apart (generic policy vocabulary).
STOP_WORDS = frozenset("""
发展 建设 推进 推动 工作 加快 全面 实现 持续 提升 加强 坚持 打造 深入 积极 围绕 聚焦 重点 重要 国家 全市 全省
全区 全县 我们 他们 今年 目前 记者 表示 介绍 通过 相关 一批 方面 进行 开展 高质量 群众 问题 能力 水平 作用
体系 机制 领域 服务 地区 单位 部门 工作者 负责人 同志 会议 时间 情况 社会 经济 城市 中心 任务 目标 措施 政策
意见 要求 部署 精神 思想 理念 战略 行动 举措 成效 成果 基础 环境 质量 效率 能力 力量 力度 步伐 格局 局面
优势 特色 重大 全国 我国 我省 我市 我区 全会 市委 省委 区委 党委 政府 人民 新闻 报道 本报 日报 晚报 文章
内容 方式 过程 阶段 关键 核心 主要 方向 道路 事业 人员 干部 代表 委员 主任 书记 市长 局长 主席 领导 上午
下午 昨天 今天 明天 近日 日前 期间 当前 未来 年度 同比 左右 以上 以下 其中 一个 一些 这些 那些 什么 怎么
自己 大家 开区 进一步 新时代 现代化 高水平 一体化 系统 整体 全力 奋力 有效 有力 统筹 落实 贯彻 部门 标准 规划
""".split())

#: Common words jieba's dictionary tags as place names (`ns`) that are not places here.
NOT_PLACES = frozenset("""
城市 东西 南北 爱国 英雄 太阳 哥哥 朝廷 海洋 大桥 上市 建国 美丽 平原 外国 江湖 王国 开国 共和国 城镇 阿哥 庆典
深度 回国 治安 大国 新鲜 古城 长度 长大 山水 琉璃瓦 莫非 普及 商城 古典 阴阳 江山 高山 大海 山坡 河谷 上马 太平
福利 日志 云集 青春 山河 莲蓬 神圣 桥头堡 新建 西门 中断 河水 山洞 都城 关联 海湾 上半场 广义 湖水 大圣 上山
兴国 江水 南门 新城 海关 舞美 大洋 内城 石桥 中密度 北门 山峰 下山 上台 山寨 西洋 契约 入口 入市 路桥 金牙
都市 中兴 广布 东区 北城 湖泊 高原 山区 大街 南路 中路 内河 江北 江南 东北 西北 西南 东南 中东 南海 东海
大都 京城 中洲 新港 龙门 白马 朝阳 中山 甘泉 华夏 大汉 三国 苏维埃 法西斯 伊斯兰 西洋 兴区 立区 之本
嘉宾 铺平道路 法治化 串联 宜居 新旧 莫大 东路 西路 北路 中欧 五区 开区 特大城市 大城市 中小城市 城乡 乡村 农村
""".split())

#: Organisation-tagged dictionary words that are not organisations.
NOT_ORGS = frozenset("国际化 国家队 社会科学 中南部 中西部 中东部 新兴产业 党组织 交易所 音乐会 天文学 伦理学 国际队 "
                     "综合信息".split())
#: Characters that end a place name; a token right before one is a fragment of that name.
PLACE_ENDS = frozenset("区市县省镇乡")
#: Office titles are not topics: `副会长`, `党工委` (from `patterns.ROLE_WORDS`).
ROLE_SET = frozenset(P.ROLE_WORDS.split("|")) | {"党工委", "党组", "市委", "省委", "区委", "县委"}


@dataclass(frozen=True)
class Terms:
    keywords: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    head_words: tuple[str, ...] = ()


def with_terms(article):
    """The article with its browsing terms filled in (the pipeline's hook, one call per article)."""
    terms = extract_terms(article.body, title=article.title, kicker=article.kicker,
                          subtitle=article.subtitle, script=article.script)
    # The fields one level deep (`asdict` copies every tuple again, recursively).
    return dataclasses.replace(article, **{f.name: getattr(terms, f.name) for f in dataclasses.fields(terms)})


def extract_terms(body: str, title: str | None = None, kicker: str | None = None,
                  subtitle: str | None = None, script: str = "hans") -> Terms:
    """Keywords, people, places and organisations of one article.

    Args:
        body: the article's Markdown-shaped text (`## ` subheads are read as text).
        title, kicker, subtitle: the headline lines; their words weigh more.
        script: `hans` or `hant`; traditional text is folded for segmentation only.

    Returns:
        `Terms`, each tuple in order of importance, terms spelled as printed; `head_words` in
        headline order.
    """
    head = "\n".join(x for x in (kicker, title, subtitle) if x)
    text = head + "\n" + P.SUBHEAD_MARK.sub("", body)
    folded = fold(text) if script == "hant" else text
    # Segment the headline and the lead only: that is where a news story names its topic, and
    # segmentation is still this stage's most expensive step.
    tokens, search = _tokens(folded[:SEGMENT_CHARS])
    head_words = tuple(dict.fromkeys(text[s:e] for w, s, e in search if s < len(head) and len(w) >= 2))
    people, orgs, places, name_spans = _roles(text, folded)
    tags = _word_tags()
    place_count: Counter = Counter()
    org_count: Counter = Counter()
    for word, start, _ in tokens:
        flag = tags.get(word)
        if flag == "ns" and P.KEYWORD_SHAPE.match(word) and word not in NOT_PLACES:
            place_count[text[start:start + len(word)]] += 1
        elif flag == "nt" and word not in NOT_ORGS and (len(word) >= 4 or P.ORG_SUFFIX.search(word)) \
                and not P.ORG_GENERIC.match(word):
            org_count[text[start:start + len(word)]] += 1
    places = _merge(places, _ranked(place_count))
    orgs = _merge(orgs, _ranked(org_count))
    orgs = [o for o in orgs if not any(o != x and x.endswith(o) for x in orgs)]  # 市大数据管理局
    named = {i for s, e in name_spans for i in range(s, e)}  # a token that starts or ends in a name
    if named:
        tokens = [t for t in tokens if t[1] not in named and t[2] - 1 not in named]
    keywords = _keywords(tokens, text, len(head))
    return Terms(tuple(keywords), tuple(people[:MAX_NAMES]), tuple(places[:MAX_NAMES]),
                 tuple(orgs[:MAX_NAMES]), head_words)


# --- internals ---------------------------------------------------------------------------------

def _keywords(tokens, text: str, head_len: int) -> list[str]:
    idf, median = _idf()
    tags = _word_tags()
    # Per word, in order of first sight: [weighted count, times seen, first start] (one dict
    # lookup per token, where three dicts cost five).
    stats: dict[str, list[int]] = {}
    for word, start, end in tokens:
        if len(word) < 2 or not _may_be_keyword(word) or text[end:end + 1] in PLACE_ENDS:
            continue  # (the last: a place name cut short by segmentation, 郑东新|区)
        weight = TITLE_WEIGHT + 1 if start < head_len else 1
        entry = stats.get(word)
        if entry is None:
            stats[word] = [weight, 1, start]
        else:
            entry[0] += weight
            entry[1] += 1
    # An unknown word seen once is more likely a segmentation slip than a topic.
    scored = [(-count * idf.get(word, median), first, word) for word, (count, seen, first) in stats.items()
              if seen >= 2 or tags.get(word) is not None]
    return [text[first:first + len(w)] for _, first, w in sorted(scored)[:MAX_KEYWORDS]]


@lru_cache(maxsize=1 << 16)
def _may_be_keyword(word: str) -> bool:
    """Han only, 2+ characters, not a stop-word or an office, a noun-like dictionary word or an
    unknown one (asked once per word: an archive repeats its words)."""
    if len(word) < 2 or word in STOP_WORDS or word in ROLE_SET or not P.KEYWORD_SHAPE.match(word):
        return False
    flag = _word_tags().get(word)
    return flag is None or flag.startswith(KEYWORD_FLAGS)


def _roles(text: str, folded: str) -> tuple[list[str], list[str], list[str], list[tuple[int, int]]]:
    """People, organisations and places from `office + name` phrases, and where names are."""
    tags = _word_tags()
    people: list[str] = []
    orgs: list[str] = []
    places: list[str] = []
    spans: list[tuple[int, int]] = []
    for org_start, role_start, name_start, name_end in iter_role_names(folded):
        name = folded[name_start:name_end]
        flag = tags.get(name)
        if P.NOT_A_NAME.search(name) or (flag is not None and not flag.startswith("nr")):
            continue
        _add(people, text[name_start:name_end])
        spans.append((name_start, name_end))
        lead = P.ORG_LEAD.match(folded[org_start:role_start])
        start = org_start + (lead.end() if lead else 0)
        org = folded[start:role_start]
        org_shown = text[start:role_start]
        if len(org) >= 4 and P.ORG_SUFFIX.search(org) and not P.ORG_GENERIC.match(org):
            _add(orgs, P.PARTY_GROUP_END.sub("", org_shown))
        place = P.PLACE_PREFIX.match(org)
        if place and place.group("place") not in NOT_PLACES:
            _add(places, text[start:start + place.end("place")])
    # Every other mention of a person found here is a name too, not a keyword (孙建功 → 建功).
    for name in {fold(p) for p in people}:
        spans += _occurrences(name, folded)
    return people, orgs, places, spans


def _occurrences(needle: str, text: str) -> list[tuple[int, int]]:
    """Spans of `needle` in `text`, left to right, not overlapping: what a regex of the escaped
    needle finds, without compiling one per name.  `needle` is never empty (it is a name)."""
    spans = []
    start = text.find(needle)
    while start >= 0:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + len(needle))
    return spans


def iter_role_names(folded: str) -> Iterator[tuple[int, int, int, int]]:
    """Where `patterns.ROLE_NAME` matches, as `(org start, role start, name start, name end)`,
    the same matches as `ROLE_NAME.finditer(folded)` gives, found about 50 times faster.

    ROLE_NAME's lazy organisation makes the regex engine try every character as a start.  Here
    the few places where an office + name begins come first (`ROLE_NAME_AT`, one pass in C),
    and the organisation is read backwards from each: the Han run before the office, at most
    `ROLE_ORG_CHARS` long, never reaching back into the previous match.  That is the match
    finditer would find: its lazy org takes the earliest start it can, and the first office
    after it.
    """
    end = 0
    for m in P.ROLE_NAME_AT.finditer(folded):
        role_start = m.start()
        if role_start < end:
            continue  # inside the previous match (finditer does not overlap)
        org_start = P.HAN_RUN_END.search(folded, max(end, role_start - P.ROLE_ORG_CHARS),
                                         role_start).start()
        end = m.end("name")
        yield org_start, role_start, m.start("name"), end


def _add(items: list[str], item: str) -> None:
    if item and item not in items:
        items.append(item)


def _merge(first: list[str], more: list[str]) -> list[str]:
    seen = {fold(x) for x in first}
    return first + [x for x in more if fold(x) not in seen and not seen.add(fold(x))]


def _ranked(counts: Counter) -> list[str]:
    return [w for w, _ in sorted(counts.items(), key=lambda kv: -kv[1])]


def _tokens(text: str) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """jieba's segmentation of `text` (HMM on), Han tokens only, as `(word, start, end)`: the
    words of its default mode, and its search mode (each word preceded by the dictionary's two-
    and three-character words inside it).  One cut gives both.

    The cutting is jieba-rs (`rjieba`): jieba's dictionary, HMM and algorithm, compiled.  It gives
    jieba's own words (tests/test_stages.py compares; so did 10,000 generated articles) in a
    fifth of the time of the best pure-Python loop, and segmentation was this stage's largest cost.
    """
    default: list[tuple[str, int, int]] = []
    search: list[tuple[str, int, int]] = []
    word_start = word_end = -1
    han = P.JIEBA_HAN_WORD.match
    # Search mode lists the parts of a word right before the word: read backwards, a token
    # inside the span of the word after it is such a part.
    for token in reversed(_search_cut()(text)):
        word, start, end = token
        part = word_start <= start and end <= word_end and end - start < word_end - word_start
        if not part:
            word_start, word_end = start, end
        if han(word):
            search.append(token)
            if not part:
                default.append(token)
    default.reverse()
    search.reverse()
    return default, search


@lru_cache(maxsize=1)
def _search_cut():
    """jieba's `tokenize(text, mode="search")`: from jieba-rs, or from jieba itself (the same Han
    words, five times slower) where no rjieba wheel installs."""
    try:
        import rjieba
    except ImportError:
        import jieba

        _word_tags()  # loads jieba quietly
        return lambda text: list(jieba.tokenize(text, mode="search"))
    return lambda text: rjieba.tokenize(text, mode="search")


@lru_cache(maxsize=1)
def _word_tags() -> dict[str, str]:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)  # no "Building prefix dict…" chatter on stderr
    return jieba.posseg.dt.word_tag_tab


@lru_cache(maxsize=1)
def _idf() -> tuple[dict[str, float], float]:
    import jieba.analyse

    tfidf = jieba.analyse.default_tfidf
    return tfidf.idf_freq, tfidf.median_idf
