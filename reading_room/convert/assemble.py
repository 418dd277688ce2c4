"""Stage 5: article drafts + page facts → `Article` values with their metadata.

Metadata is a cascade; each step fills only what is still empty:
  1. what the page prints (date line, 来源, masthead, page header, a paper named in a byline,
     then the navigation bar, then the paper's own labels and reprint notes; a press group's
     short name or a website yields to a paper named elsewhere; see `meta.papers`), then a
     website's logo text at the top of a saved page;
  2. the archivist's `source.yml` (publication of a folder or a file);
  3. a date in a URL the page carried, then in the file name (`date_source` says which);
  4. nothing — never a guess.
One page is one issue of one paper, so page facts apply to every article on it.

Does not: read files, render Markdown.
"""
from __future__ import annotations

from .. import patterns as P
from .meta.bylines import author_in_title, looks_like_name, paper_in, parse_byline, people_only
from .meta.leads import split_leading_credit
from .meta.dates import date_from_page_url, date_from_path, date_from_url, parse_date, parse_roc_short
from .markup import Evidence
from .meta.keywords import with_terms
from .meta.script import detect_script
from ..model import (Article, ArticleDraft, Credits, DateGuess, Debris, Kind, Line, PageInfo, Span)
from .meta.lines import is_posting_stamp, page_header
from .meta.papers import paper_mentions, plausible_paper
from .page_evidence import (columnist_of_index, page_texts, paper_calling_itself, paper_of_labels, paper_of_markup,
                            paper_of_navigation, printed_markup_headline, site_of_masthead, title_of_markup)
from .settings import SourceSettings
from .split import SplitPage, named_by_markup


#: A source named with these endings is a website (`大洋网`), not a paper.
WEBSITE_ENDS = ("网", "網")
#: Page headers naming this many different pages are the issue's page list.
PAGE_LIST_MIN = 3


def page_info(page: SplitPage, debris: tuple[Debris, ...], path: str, settings: SourceSettings,
              evidence: Evidence | None = None) -> PageInfo:
    """What the page says about itself, by the cascade in the module docstring."""
    lines = list(page.page_meta) + [m for a in page.articles for m in a.meta]
    publication = pub_source = weak_pub = None
    date = DateGuess(None, None, None)
    page_no = section = None
    weak = DateGuess(None, None, None)  # a printed date with no evidence it is the page's
    # A list of the issue's pages (`A01版:重点` … `A16版:封底`) names every page, not this one.
    pages_named = {h[0] for line in lines if line.kind is Kind.CREDIT for h in [page_header(line.text)] if h}
    page_list = len(pages_named) >= PAGE_LIST_MIN
    mentions = paper_mentions(page_texts(page, debris))
    for line in lines:
        text = line.text
        if date.date is None:
            found = parse_date(text) or parse_roc_short(text)
            if found and line.kind is Kind.CREDIT:
                if is_issue_date(text, found[1]):
                    date = DateGuess(found[0], "explicit", found[1])
                elif weak.date is None:
                    weak = DateGuess(found[0], "explicit", found[1])
        header = page_header(text) if line.kind is Kind.CREDIT else None
        footer = P.CITATION_FOOTER.match(text.strip())
        if footer and page_no is None:
            page_no = footer.group("page")
        if header and page_no is None and not page_list:
            page_no, section = header
        if line.kind is Kind.CREDIT and text.strip() in P.SECTION_NAMES and section is None:
            section = text.strip()
        if publication is None:
            publication = plausible_paper(_publication_in(line), mentions)
            pub_source = "printed" if publication else None
            if publication and (publication not in text or publication.endswith(WEBSITE_ENDS)):
                # `郑报全媒体记者`: a press group's short name, which several of its papers print;
                # `来源:大洋网`: the portal that reposted the story.  A paper named elsewhere wins.
                weak_pub = weak_pub or publication
                publication = pub_source = None
    if publication is None:
        # A navigation bar naming exactly one paper is the site's own (`返回主页 | 郑州日报 | 版面导航`).
        publication = plausible_paper(paper_of_navigation(page, debris), mentions)
        pub_source = "navigation" if publication else None
    if publication is None and weak_pub:
        publication, pub_source = weak_pub, "printed"
    if publication is None:
        publication = plausible_paper(paper_of_labels(page, debris), mentions)
        pub_source = "label" if publication else None
    if publication is None:
        publication = plausible_paper(paper_calling_itself(page), mentions)
        pub_source = "printed" if publication else None
    if publication is None:
        publication = site_of_masthead(page, debris)
        pub_source = "masthead" if publication else None
    if publication is None and settings.publication:
        publication, pub_source = settings.publication, "source.yml"
    if publication is None and evidence is not None:
        publication = paper_of_markup(evidence)
        pub_source = "metadata" if publication else None
    if date.date is None and evidence is not None and evidence.date:
        found = parse_date(evidence.date)
        if found:  # a saved page's own markup: `article:published_time`, JSON-LD, Founder's date
            date = DateGuess(found[0], f"metadata ({evidence.source})", evidence.date)
    if date.date is None and evidence is not None and evidence.url:
        date = date_from_page_url(evidence.url)  # the saved page's own address
    if date.date is None:
        urls = " ".join(d.span.raw for d in debris if d.rule == "url")
        date = date_from_url(urls)
    if date.date is None:
        date = date_from_path(path)
    if date.date is None and weak.date is not None and has_page_furniture(page, debris):
        date = weak  # a bare date line on an e-paper page (page header, nav bar) is its issue's
    if date.date is None and evidence is not None:
        date = _saved_story_date(page, evidence)
    series = " ".join(_text(s) for s in page.series if P.SERIES.match(s.text)) or None
    return PageInfo(publication, pub_source, date, page_no, section, series)


def _saved_story_date(page: SplitPage, evidence: Evidence) -> DateGuess:
    """A saved article page prints its story's date among the story's own credit lines
    (`2023-11-17 20:52:15`, `发布日期：2019-09-23`); a date above the story (a site's "today" in
    its header) is not evidence.  The story is the page's one, or the one whose headline the
    markup names (teasers and share buttons may follow it).  Else the day its pictures are
    filed under."""
    named = [a for a in page.articles if named_by_markup((a.kicker, a.title, a.subtitle))]
    story = page.articles[0] if len(page.articles) == 1 else named[0] if len(named) == 1 else None
    return (_story_date(story) if story is not None else None) or _date_of_pictures(evidence.picture_paths)


def _date_of_pictures(paths: tuple[str, ...]) -> DateGuess:
    """The one day the saved story's own pictures are filed under (`/cnt/news/20170909/photo/…`);
    none when they name two days (stock pictures) or none."""
    found = {g.date: g for g in map(date_from_page_url, paths) if g.date}
    if len(found) != 1:
        return DateGuess(None, None, None)
    guess = next(iter(found.values()))
    return DateGuess(guess.date, "metadata (picture path)", guess.text)


def _story_date(article: ArticleDraft) -> DateGuess | None:
    for line in article.meta:
        # `酷勤网收集 2009-11-01` is when a reposting site took the story, not the story's date.
        found = parse_date(line.text) if line.kind is Kind.CREDIT and not P.REPOST_STAMP.match(line.text.strip()) else None
        if found:
            return DateGuess(found[0], "explicit", found[1])  # printed under the story's headline
    for line in (article.kicker, article.title, article.subtitle):
        # `金融市场棱镜2019-09-23 07:48`: the channel and posting time, read as part of the headline block
        found = parse_date(line.text) if line is not None and P.CLOCK_TIME.search(line.text) else None
        if found:
            return DateGuess(found[0], "explicit", found[1])
    return None


def is_issue_date(text: str, words: str) -> bool:
    """Is this date line evidence of the page's own date?  Yes when the line also names a paper,
    a page (`第3版`), an issue number (`第8921期`) or labels the date (`日期:`).  A bare date (a
    reader's "today", a blog's post date) or a date with a clock time (a reprint's posting
    time) alone is not: the page may be from another day."""
    rest = text.replace(words, " ")
    if P.PAPER_NAME.search(rest) or page_header(text) or P.ISSUE_NUMBER.search(rest):
        return True
    return any(m.group("label") in P.TIME_LABELS for m in P.LABEL_VALUE.finditer(text)) and not P.CLOCK_TIME.search(rest)


def has_page_furniture(page: SplitPage, debris: tuple[Debris, ...]) -> bool:
    """The page is an e-paper page (a page header or an e-paper nav bar), whose bare date lines
    are its issue's."""
    return any(page_header(line.text) for line in page.page_meta) or any(
        d.rule == "navigation" and any(w in d.span.raw for w in P.EPAPER_NAV_WORDS) for d in debris)


def _original_title(lines: list[Line]) -> str | None:
    """A reprint's `原标题:《坐地铁看郑州 每一个瞬间都有故事》`: the title the source printed."""
    for line in lines:
        m = P.ORIGINAL_TITLE.match(line.text.strip())
        if m:
            return m.group("title").strip() or None
    return None


def build_articles(page: SplitPage, info: PageInfo, source: str, slug: str, encoding: str,
                   evidence: Evidence | None = None) -> tuple[Article, ...]:
    """Turn drafts into articles carrying the page facts and their own credits.

    A saved page with one article may lend it what its markup says (`<title>`, the author's
    meta tag) where the printed text says nothing."""
    out = []
    alone = len(page.articles) == 1
    columnist = columnist_of_index(page)
    for position, draft in enumerate(page.articles, start=1):
        credits = Credits()
        continued_from = continued_to = None
        for line in draft.meta:
            if line.kind is Kind.JUMP:
                m = P.JUMP.search(line.text)
                if m and m.group("dir") in P.JUMP_FROM:
                    continued_from = continued_from or m.group("page")
                elif m:
                    continued_to = continued_to or m.group("page")
            else:
                found = line.credits or credits_in(line.text)
                if found:
                    credits = credits.merged(found)
        title, kicker, subtitle = (_text(x) if x else None for x in (draft.title, draft.kicker, draft.subtitle))
        title_source = draft.title_source
        original = _original_title(list(draft.meta) + (list(page.page_meta) if alone else []))
        if title is None and original:
            title, title_source = original, "original-title line"
        if title is None and alone and title_of_markup(evidence):
            title, title_source = title_of_markup(evidence), "metadata"
        displaced = None
        named = printed_markup_headline(page, evidence) if alone else None
        if named and "".join(named.split()) not in "".join((title or "").split()):
            # The markup names the headline and the page prints it on a line of its own: that
            # line is the headline, and what stood in its place (`新华网`, `图集`) is kept as a credit.
            displaced, title, kicker, subtitle, title_source = title, named, None, None, "printed (named by the markup)"
        if alone and evidence is not None and evidence.author and not (credits.authors or credits.photographers):
            # Not a name the page prints as its editor (`【责任编辑：严玉洁】` and `<meta name=author>`).
            names = tuple(n for n in P.NAME_LIST_SPLIT.split(evidence.author)
                          if P.NAME_RE.match(n) and n not in credits.editors)
            credits = Credits(names, credits.correspondents, credits.photographers, credits.editors)
        if alone and evidence is not None:
            for note in evidence.pictures:  # a photographer credited only in a picture's alt text
                found = parse_byline(note)
                if found and found.photographers and not found.authors:
                    credits = credits.merged(Credits(photographers=found.photographers))
        if columnist and title and title.startswith(columnist) and not credits.authors:
            credits = credits.merged(Credits(authors=(columnist,)))
        credits = people_only(credits)
        tail = P.TITLE_CREDIT_TAIL.match(title or "")
        if tail and looks_like_name(tail.group("name")):
            # `给首相马哈迪的公开信/郑博夫/东方日报/2018年09月30日`: a digest's item, its writer and paper
            title, displaced = tail.group("title"), displaced or title
            credits = credits.merged(Credits(authors=(tail.group("name"),), publication=tail.group("paper")))
        if title and not (credits.authors or credits.photographers) and author_in_title(title):
            credits = credits.merged(Credits(authors=(author_in_title(title),)))
        own = [_text(m) for m in draft.meta if P.SERIES.match(m.text) or P.COLUMN_LABEL.match(m.text)]
        series = own[0] if own else info.series
        body = render_body(draft.body)
        plain = "".join(line.text for line in draft.body)
        spans = _spans(draft)
        lines = [s.line for s in spans if s.raw]
        out.append(Article(
            id=f"{slug}-{position:02d}", source=source, position=position,
            title=title, kicker=kicker, subtitle=subtitle,
            authors=credits.authors, correspondents=credits.correspondents,
            editors=credits.editors, photographers=credits.photographers,
            publication=info.publication or credits.publication, date=info.date.date, date_source=info.date.source,
            date_text=info.date.text, page=info.page, section=info.section, series=series,
            continued_from=continued_from, continued_to=continued_to,
            script=detect_script((title or "") + plain), encoding=encoding,
            source_lines=(min(lines), max(lines)) if lines else (0, 0),
            printed_credits=tuple(line.text.strip() for line in draft.meta) + tuple(
                x for x in (displaced,) if x),
            body=body, chars=len(P.WHITESPACE.sub("", plain)),
            title_source=title_source, spans=spans))
    return tuple(with_terms(a) for a in out)  # keywords, people, places, organisations


def credits_in(text: str) -> Credits | None:
    """Names in a byline or credit line, in any of the forms `meta.bylines` knows."""
    found = parse_byline(text)
    if found:
        return found
    lead = split_leading_credit(text)
    if lead:
        return lead[1]
    stamp = parse_date(text)
    if stamp and text.strip().startswith(stamp[1]):
        # `2025/09/30 10:28 記者林哲遠／台北報導`: the posting time, then the byline.
        rest = P.CLOCK_TIME.sub("", text.strip()[len(stamp[1]):], count=1).strip()
        found = parse_byline(rest) if rest else None
        if found:
            return found
    editors: list[str] = []
    authors: list[str] = []
    for m in P.LABEL_VALUE.finditer(text):
        label = m.group("label")
        if label in P.SOURCE_LABELS or label in P.TIME_LABELS or label not in P.NAME_LABELS:
            continue
        # `作者:王蒙(作家、中央文史研究馆馆员)`: the description in brackets is not a name.
        value = P.NAME_NOTE.sub("", m.group("value"))
        names = [n for n in P.LABEL_NAME_SEP.split(value) if P.NAME_RE.match(n)]
        (authors if label in P.AUTHOR_LABELS else editors).extend(names)
    return Credits(authors=tuple(authors), editors=tuple(editors)) if editors or authors else None


def render_body(lines: tuple[Line, ...]) -> str:
    """Body as Markdown-shaped plain text: paragraphs split by blank lines, subheads as `## `.

    The text is NOT escaped here; `render` escapes it for the site.
    """
    parts = []
    for line in lines:
        text = _text(line)
        parts.append(f"## {text}" if line.kind is Kind.HEAD else text)
    return "\n\n".join(parts)


def _publication_in(line: Line) -> str | None:
    text = line.text
    for m in P.LABEL_VALUE.finditer(text):
        if m.group("label") in P.SOURCE_LABELS:
            value = m.group("value").strip()
            # `来源：人民网-文化频道`: the site, without its channel; `中国日报网` is the site, not 中国日报.
            token = P.CHANNEL_TAIL.sub("", value.split()[0]) if value else ""
            if token in P.THIS_PAPER or token in P.THIS_SITE:
                continue  # `来源：本报`, `來源：本網`: "this paper" names no paper
            if P.WEBSITE_NAME.fullmatch(token):
                return token
            paper = P.PAPER_NAME.search(value)
            return paper.group("paper") if paper else (token or None)
    if line.kind is Kind.CREDIT:
        marked = P.BYLINE_MARKER.match(text)
        source = text[marked.end():].strip() if marked else ""
        if P.WEBSITE_NAME.fullmatch(source) or P.PAPER_NAME.fullmatch(source):
            return source  # `●南洋网`: a marked credit naming the story's source
        for regex in (P.CITATION_FOOTER, P.MASTHEAD_LINE, P.PAPER_COLUMN_LINE):
            m = regex.match(text.strip())
            if m:
                return m.group("paper") or m.groupdict().get("paper2")
        # A date line, page header or posting stamp that names a paper (`1986年5月13日人民日报 第3版`,
        # `2009年03月04日09:42 郑州日报`): the date is cut first so it cannot join the name.
        found = parse_date(text)
        rest = text.replace(found[1], " ") if found else text
        if found or page_header(text) or is_posting_stamp(text):
            m = P.PAPER_NAME.search(rest)
            if m:
                return m.group("paper")
            credits = credits_in(text)  # `2025-10-16 00:01 聯合報/ 田方倫/博士生(台北市)`
            if credits and credits.publication:
                return credits.publication
            last = rest.split()[-1] if rest.split() else ""
            if found and P.WEBSITE_NAME.fullmatch(last):
                return last  # a portal's posting stamp and its source: `2006年12月26日09:29 南方新闻网`
    lead = split_leading_credit(text)
    if lead and lead[1].publication:
        return lead[1].publication
    if line.kind is Kind.BYLINE:
        found = parse_byline(text)
        if found and found.publication:
            return found.publication
        roles = P.REPORTER_WORD.search(text)
        if roles:
            return paper_in(text[:roles.start()])
    return None


def _text(line: Line) -> str:
    return " ".join(line.text.split()) if line.kind is Kind.HEAD else line.text.strip()


def _spans(draft: ArticleDraft) -> tuple[Span, ...]:
    lines = [x for x in (draft.kicker, draft.title, draft.subtitle) if x] + list(draft.body) + list(draft.meta)
    return tuple(s for line in lines for s in line.spans)
