"""Evidence from the page as a whole (stage 5's helpers): which paper a page's bars, labels,
logo and own words name, which headline a saved page's markup names, a columnist's index.

Pure functions over the split page, its debris and the markup's evidence.

Does not: decide which evidence wins (`assemble`'s cascade), parse one line's credits (`meta`).
"""
from __future__ import annotations

from dataclasses import replace

from .. import patterns as P
from .markup import Evidence
from .meta.bylines import looks_like_name
from .kinds import is_source_line
from .split import MARKED_WHY, SplitPage
from ..model import Debris, Kind, Line

#: Headlines led by the same `name:` on one page that make it a columnist's index.
COLUMN_INDEX_MIN = 3
#: A headline the markup names is believed only this long or longer (not `首页`, `新闻`).
MIN_MARKUP_HEADLINE = 6
#: A site's logo text stands on one of the page's first lines, and is printed this often.
MASTHEAD_LINES = 5
MASTHEAD_REPEATS = 3


def paper_of_markup(evidence: Evidence) -> str | None:
    """The paper a saved page's markup names: its publisher, else a paper in its `<title>`."""
    for text in (evidence.publisher, evidence.page_title):
        m = P.PAPER_NAME.search(text or "")
        if m:
            return m.group("paper")
    return evidence.publisher


def title_of_markup(evidence: Evidence | None) -> str | None:
    """A page title without the site's name after it (`公园开放_郑州日报` → `公园开放`)."""
    if evidence is None or not evidence.title:
        return None
    cut = P.TITLE_SITE_TAIL.search(evidence.title)
    return (evidence.title[:cut.start()] if cut and cut.start() > 0 else evidence.title).strip() or None


def columnist_of_index(page: SplitPage) -> str | None:
    """A columnist's index page: the same name before `:` on three or more of its headlines
    (`雷子健:这个地名有点娘`, `雷子健:桂花情结今犹在` …).  Once, `蔡崇正:樣樣第二` quotes a speaker."""
    names = [m.group("name") for a in page.articles if a.title for m in [P.NAME_COLON_TITLE.match(a.title.text.strip())] if m]
    for name in set(names):
        if names.count(name) >= COLUMN_INDEX_MIN and looks_like_name(name):
            return name
    return None


def names_its_story(lines, evidence: Evidence | None) -> bool:
    """Is this a saved article page: does its markup name a headline (`og:title`, `<title>`
    without the site) that the page prints whole on a headline line?  Then the page holds one
    story, and its later headline blocks are the story's subheads."""
    return _named_and_printed(evidence, (line.text for line in lines if line.kind is Kind.HEAD)) is not None


def a_portal_story(lines: list[Line]) -> bool:
    """A portal's article page as text: one date-and-source line (`2025-05-28 08:21 来源:大洋网`)
    right under the page's first headline, and no other on the page.  Its later headline
    blocks are the story's crossheads."""
    sources = [i for i, line in enumerate(lines) if is_source_line(line)]
    if len(sources) != 1 or sources[0] == 0:
        return False
    before = [line for line in lines[:sources[0]] if line.kind is not Kind.CREDIT]
    after = [line.kind for line in lines[sources[0] + 1:] if line.kind is not Kind.CREDIT][:2]
    # The text follows (a series label may stand over it); a new headline block there means
    # the line was the page's own, over the first of its stories (`光明六十年・光明颂歌` …).
    opens_text = after[:1] == [Kind.TEXT] or after == [Kind.HEAD, Kind.TEXT]
    return (bool(before) and before[-1].kind is Kind.HEAD and opens_text
            and not any(line.kind is Kind.TEXT for line in before))


def mark_headline(lines: list[Line], evidence: Evidence | None) -> list[Line]:
    """A saved page's headline line, found by its markup, made a headline line whatever its
    shape (a long headline with `；` or `：` reads like prose): the line that prints whole the
    headline the `<title>` names before the site's name (`午间公告：…；…_证券时报网`,
    `棱镜|数据业大整顿：…_财经_腾讯网`, also with a section after a space: `… 东区办事处_中山网`),
    else the page's only `<h1>`.  The longest such headline wins."""
    if evidence is None:
        return lines
    for named in _marked_headlines(evidence):
        for i, line in enumerate(lines):
            if _prints(" ".join(line.text.split()), named):
                return lines[:i] + [replace(line, kind=Kind.HEAD, why=MARKED_WHY)] + lines[i + 1:]
    return lines


#: A section name the `<title>` prints between the headline and the site (`… 东区办事处_中山网`).
TITLE_SECTION_MAX = 12


def _marked_headlines(evidence: Evidence) -> list[str]:
    """What the markup names as the headline, longest first: its title and `<title>`, each
    whole, cut before each separator (`A|B_财经_腾讯网` → `A|B_财经`, `A|B`, `A`), and what it
    sets in brackets after the site's name."""
    named: set[str] = set()
    for title in (evidence.title, evidence.page_title):
        title = " ".join((title or "").split())
        named |= {title} | {title[:m.start()].strip() for m in P.TITLE_SEPARATOR.finditer(title)}
        # `成報新聞(美國擴「潔淨網絡」 中國不可信程式須下架 …) 成報`: the headline in brackets after the site
        named |= {m.group(1).strip() for m in P.BRACKETED_TITLE.finditer(title)}
    h1s = [text for tag, text in evidence.headings if tag == "h1"]
    if len(h1s) == 1:
        named.add(h1s[0])
    return sorted((t for t in named if len(t) >= MIN_MARKUP_HEADLINE), key=lambda t: (-len(t), t))


def _prints(text: str, named: str) -> bool:
    """Does a line print the named headline: all of it, or all but a short section after a space?"""
    if "".join(text.split()) == "".join(named.split()):
        return True
    rest = named[len(text):]
    return (len(text) >= MIN_MARKUP_HEADLINE and named.startswith(text) and rest[:1] == " "
            and len(rest.strip()) <= TITLE_SECTION_MAX)


def printed_markup_headline(page: SplitPage, evidence: Evidence | None) -> str | None:
    """The headline a saved page's markup names (`og:title`, JSON-LD, `<title>` without the
    site's name), when the page also prints it whole on a line of its own."""
    return _named_and_printed(evidence, page_texts(page, page.debris))


def _named_and_printed(evidence: Evidence | None, texts) -> str | None:
    """The printed line that is the markup's headline (`_marked_headlines`, longest first)."""
    if evidence is None:
        return None
    printed = [" ".join(t.split()) for t in texts]
    for named in _marked_headlines(evidence):
        for text in printed:
            if _prints(text, named):
                return text
    return None


def paper_of_navigation(page: SplitPage, debris: tuple[Debris, ...]) -> str | None:
    """The paper a site's navigation names (`返回主页 | 郑州日报 | 版面导航`).  When it names
    several (`… | 郑州日报 | 版面导航 | 郑州晚报`), the page's own is the one its articles name
    most often; on a tie, the one the bar names first (a site lists its own paper first)."""
    named: list[str] = []
    for d in debris:
        if d.rule in ("navigation", "furniture", "menu", "breadcrumb"):
            found = [m.group("paper") for m in P.PAPER_NAME.finditer(d.span.raw)]
        elif d.rule == "headline_list":
            # A bar taken in with the headline list (`| 洛阳日报 | 洛阳晚报 | 版面导航 |`): only
            # items that are a paper's name, never a paper named inside a headline.
            found = [item for item in P.MENU_ITEM_SPLIT.split(d.span.raw.strip()) if P.PAPER_NAME.fullmatch(item)]
        else:
            continue
        named += [paper for paper in found if paper not in named]
    if len(named) <= 1:
        return named[0] if named else None
    text = "".join(line.text for a in page.articles
                   for line in (*[x for x in (a.kicker, a.title, a.subtitle) if x], *a.body, *a.meta))
    return max(named, key=lambda paper: (text.count(paper), -named.index(paper)))


def paper_of_labels(page: SplitPage, debris: tuple[Debris, ...]) -> str | None:
    """The paper the page's own labels name at the start of a line (`聯合報社論／…`, `大公報|郭一鳴:…`,
    a masthead `南洋商报-财经/要闻20240407`), a reprint note names (`转载自世界日报`), a section
    heading names with its column (`自由時報社論相關文章`), a page title ends with (`… | 中国报 China
    Press`), its editors sign for (`《成報編輯部》`) or a copyright notice says owns it
    (`版权均属于河南经济报社`); the one named most often, on a tie the first."""
    named = [m.group("paper") for t in page_texts(page, debris)
             for m in (P.PAPER_LABEL.match(t.strip()), P.REPRINTED_FROM.search(t), P.EDITORS_SIGNATURE.match(t.strip()),
                       P.PAPER_COLUMN_HEADING.match(t.strip()), P.PAPER_TITLE_TAIL.search(t))
             if m and m.group("paper") and m.group("paper") not in P.THIS_PAPER]
    named += [m.group("paper") for d in debris if d.rule == "copyright" for m in [P.COPYRIGHT_OWNER.search(d.span.raw)] if m]
    return max(named, key=lambda paper: (named.count(paper), -named.index(paper))) if named else None


def paper_calling_itself(page: SplitPage) -> str | None:
    """A page that speaks of `本报` (or signs as its `编辑部`) and names one paper more often than
    any other, at least twice (`光华日报创办至今已历时113年,本报董事主席…`; `明報的社評代表明報` over
    `編輯部`): the paper speaking of itself."""
    texts = page_texts(page, ())
    if not any(word in text for text in texts for word in P.THIS_PAPER) and not any(
            P.EDITORS_SIGNATURE.match(text.strip()) for text in texts):
        return None
    found = [m.group("paper") for text in texts for m in P.PAPER_NAME.finditer(text)]
    # `…主席强调光华日报` is `光华日报` with words before it: count a name in every match it ends.
    counts = sorted(((sum(f.endswith(name) for f in found), name) for name in set(found)),
                    key=lambda c: (-c[0], len(c[1])))
    if counts and counts[0][0] >= 2 and (len(counts) == 1 or counts[0][0] > counts[1][0]
                                         or counts[1][1].endswith(counts[0][1])):
        return counts[0][1]
    return None


def site_of_masthead(page: SplitPage, debris: tuple[Debris, ...]) -> str | None:
    """A website's name alone on one of the page's first lines and in its menus again
    (`星洲網` over `星洲網 登入` and `Newsletter|星洲網 …`): the logo's text, the site the page
    was saved from.  Only when nothing names a paper."""
    top = [d.span.raw.strip() for d in debris if d.span.line <= MASTHEAD_LINES and d.span.col == 0]
    texts = [d.span.raw for d in debris] + page_texts(page, ())
    for name in top:
        if P.WEBSITE_NAME.fullmatch(name) and sum(text.count(name) for text in texts) >= MASTHEAD_REPEATS:
            return name
    return None


def page_texts(page: SplitPage, debris: tuple[Debris, ...]) -> list[str]:
    """Every line of the page, and the removed lines that can name its paper (lists, bars)."""
    lines = list(page.page_meta)
    for a in page.articles:
        lines += [x for x in (a.kicker, a.title, a.subtitle) if x] + list(a.meta) + list(a.body)
    texts = [text for line in lines for text in source_lines(line)]
    return texts + [d.span.raw for d in debris if d.rule in ("headline_list", "headline_without_story", "page_title",
                                                              "navigation", "menu", "furniture", "breadcrumb")]


def source_lines(line: Line) -> list[str]:
    """A line's text as the source printed it, one string per source line (a merged headline
    block gives back its lines)."""
    out: dict[int, str] = {}
    for span in line.spans:
        out[span.line] = out.get(span.line, "") + span.text
    return list(out.values())
