"""Stage 1b: a saved HTML page → the text of its text nodes, one line per block, plus evidence.

A file is HTML when its content says so (`is_html`), whatever its name.  The page is parsed by
lxml (never by regular expressions).  What it yields:

  * `Rendered.text`: every text node of the page in document order, block elements (`p`, `div`,
    `td`, `li`, `h1`–`h6`, `br`, `tr` …) ending lines and inline elements joining, entities
    decoded.  This text is what the rest of the pipeline reads, and what the lossless audit
    checks the articles, metadata and debris against.
  * `Rendered.dropped`: the lines that came from elements that are not article text, each with
    its reason — the head, scripts and styles, forms, frames, hidden elements (`hidden`,
    `aria-hidden`, inline `display:none`), and navigation, header, footer, share and comment
    blocks recognised by tag, role, class/id words or link density — and the source line of
    the element.  `clean` logs them as debris.
  * `Rendered.evidence`: what the markup says about the page (`<title>`, meta description /
    author / keywords / dates, Open Graph and `article:` properties, JSON-LD `NewsArticle`,
    the Founder e-paper system's `enpproperty` comment).  Printed text wins over it; the
    metadata stage uses it only for what the text leaves empty.

Nothing from the markup is ever written to the site as markup: only text nodes go on.

Does not: decode bytes (`decode`), decide what text lines are (`paragraphs`).
"""
from __future__ import annotations


import json
from dataclasses import dataclass, field, replace

import lxml.etree
import lxml.html

from .. import patterns as P

#: Elements whose whole content is not article text, with the reason logged for it.
DROP_TAGS = {
    "head": "html_head", "script": "html_script", "style": "html_style", "noscript": "html_script",
    "template": "html_script", "iframe": "html_frame", "frame": "html_frame", "object": "html_frame",
    "embed": "html_frame", "form": "html_form", "button": "html_form", "select": "html_form",
    "textarea": "html_form", "input": "html_form", "svg": "html_script", "math": "html_script",
    "canvas": "html_script", "nav": "html_navigation", "header": "html_header", "footer": "html_footer",
    "aside": "html_aside",
}
#: ARIA roles of page chrome.
CHROME_ROLES = {"navigation": "html_navigation", "banner": "html_header", "contentinfo": "html_footer",
                "complementary": "html_aside", "search": "html_form", "menu": "html_navigation",
                "menubar": "html_navigation", "toolbar": "html_navigation"}
#: Elements that end a line of text.
BLOCK_TAGS = frozenset("""p div td th tr li ul ol dl dt dd h1 h2 h3 h4 h5 h6 br hr table tbody thead
tfoot caption section article main blockquote pre address figure figcaption center font-block
founder-content founder-title title""".split())
#: Elements that run inside a line of text.
INLINE_TAGS = frozenset("a span b i em strong font small big sub sup u s strike label abbr cite q code img".split())
#: A container whose text is mostly link text is a menu or a list of other stories.
LINK_DENSITY = 0.6
#: … unless it holds this much text outside links.
LINK_DENSITY_MIN_TEXT = 12
#: `<meta>` names that carry the article's publication date, as news CMSs write them
#: (`firstpublishedtime` is TRS, used by gov.cn and many papers' sites).
META_DATE_NAMES = frozenset({"article:published_time", "og:published_time", "og:release_date", "publishdate",
                             "publish_date", "publish-date", "publishtime", "publish_time", "pubdate", "pubtime",
                             "datepublished", "date", "dc.date", "dc.date.issued", "dcterms.created",
                             "firstpublishedtime", "releasedate", "release_date", "weibo:article:create_at",
                             "og:time", "apub:time", "article:published", "sailthru.date"})
#: A teaser card's paragraph has at least this many characters (a sentence, not a label).
TEASER_MIN_TEXT = 20


@dataclass(frozen=True)
class Evidence:
    """What a page's markup says about it (values as found; parsed later, if at all)."""

    title: str | None = None
    page_title: str | None = None  # the `<title>` as written, often with the site's name
    description: str | None = None
    author: str | None = None
    keywords: str | None = None
    date: str | None = None  # as written: `2024-09-19T08:00:00+08:00`, `2024-09-19`
    publisher: str | None = None
    source: str | None = None  # which markup gave the date: `meta`, `json-ld`, `founder`
    url: str | None = None  # the page's own address: `<link rel=canonical>`, else `og:url`
    #: The page's `<h1>`–`<h3>` as `(tag, text)`, in order: evidence for the headline block.
    #: An `<h1>` that is one link (a site's logo, `<h1><a href="/">新华网</a></h1>`) is left out.
    headings: tuple[tuple[str, str], ...] = ()
    #: Photo credits the kept part of the page gives only in its pictures' `alt` / `title` text
    #: (`<img alt="…掀起連串衝突。（陳嘉順攝）">`): the credit inside the parentheses.
    pictures: tuple[str, ...] = ()
    #: The addresses of the kept part's pictures (`/cnt/news/20170909/photo/0909-00176-010p4g3.jpg`):
    #: a story's own pictures are filed under its day.
    picture_paths: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rendered:
    text: str
    #: 1-based line of `text` → (rule, source line of the element it came from).
    dropped: dict = field(default_factory=dict)
    evidence: Evidence = Evidence()
    nodes: int = 0  # text nodes read
    elements_dropped: int = 0


def is_html(text: str) -> bool:
    """HTML by content: a doctype, `<html>` or `<body>` near the start, or mostly markup.

    A text dump with stray tags (`<BR/>`, `<samp>`) is not: most of it is text."""
    head = text[:4096].lstrip("\ufeff \t\r\n").lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "<html" in head[:512]:
        return True
    tags = P.MARKUP_TAG.findall(text[:65536])
    return len(tags) >= 20 and sum(len(t) for t in tags) * 2 > len(text[:65536])


def render(text: str) -> Rendered:
    """Parse the page and lay its text nodes out as lines (see the module docstring)."""
    try:
        root = _parse(text.replace("\x00", ""))
    except (lxml.etree.ParserError, ValueError):
        return Rendered(text)
    out = _Out()
    evidence = _evidence(root)
    _walk(root, out, None)
    lines, dropped = out.finish()
    evidence = replace(evidence, pictures=tuple(dict.fromkeys(out.pictures)),
                       picture_paths=tuple(dict.fromkeys(out.picture_paths)))
    return Rendered("\n".join(lines), dropped, evidence, out.nodes, out.elements_dropped)


#: Source lines after lxml's last element beyond which the page is parsed again (see `_parse`).
UNREAD_TAIL_LINES = 20


def _parse(text: str) -> lxml.html.HtmlElement:
    """The page's element tree.  libxml2 (lxml's parser) stops reading at a stray `</html>`
    (an included header fragment that closes the page early, as on gov.cn pages) and would
    silently lose the rest; when its last element starts far above the end of a page with text
    after it, the page is read again through Beautiful Soup's `html.parser`, which reads on
    (lxml.html.soupparser; its elements carry no source lines, so debris is logged at line 0)."""
    root = lxml.html.document_fromstring(text)
    last = max((el.sourceline or 0 for el in root.iter()), default=0)
    rest = text.split("\n")[last:]
    if len(rest) > UNREAD_TAIL_LINES and any(line.strip() for line in rest[1:]):
        from lxml.html import soupparser  # imports Beautiful Soup: only for the pages that need it

        return soupparser.fromstring(text)
    return root


class _Out:
    """Lines being laid out, with the drop reason of the element each line came from."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.rules: list[tuple[str, int] | None] = []
        self.current: list[str] = []
        self.rule: tuple[str, int] | None = None
        self.pictures: list[str] = []  # photo credits in kept pictures' alt / title text
        self.picture_paths: list[str] = []  # kept pictures' src
        self.aside: list[tuple[str, tuple[str, int]]] = []
        self.nodes = 0
        self.elements_dropped = 0

    def text(self, value: str | None, rule: tuple[str, int] | None) -> None:
        if not value:
            return
        self.nodes += 1
        if rule is not None and self.current and self.rule is None:
            # Dropped text inside a kept line (a hidden spam link in a paragraph): it gets a
            # line of its own after the paragraph, which stays whole.
            self.aside.append((" ".join(value.split()), rule))
            return
        parts = value.split("\n")
        for k, part in enumerate(parts):
            if k:
                self.newline()
            if part.strip():
                if self.current and self.rule != rule:
                    self.newline()  # dropped and kept text never share a line
                self.rule = rule
                self.current.append(part)
            elif part and self.current:
                self.current.append(" ")  # `</span>&nbsp;&nbsp;<span>`: spacing between inline elements

    def newline(self) -> None:
        if self.current and "".join(self.current).strip():
            self.lines.append(" ".join("".join(self.current).split()))
            self.rules.append(self.rule)
        self.current = []
        self.rule = None
        for text, rule in self.aside:
            if text:
                self.lines.append(text)
                self.rules.append(rule)
        self.aside = []

    def finish(self) -> tuple[list[str], dict]:
        self.newline()
        return self.lines, {k + 1: r for k, r in enumerate(self.rules) if r is not None}


def _walk(el, out: _Out, rule: tuple[str, int] | None) -> None:
    if isinstance(el, lxml.etree._Comment):
        out.newline()
        out.text(el.text, ("html_comment", el.sourceline or 0))
        out.newline()
        out.text(el.tail, rule)
        return
    if not isinstance(el.tag, str):  # processing instructions, entities
        out.text(el.tail, rule)
        return
    tag = el.tag.lower()
    own = rule or _drop_rule(el, tag)
    if own and not rule:
        out.elements_dropped += 1
    # A dropped block stands apart; a dropped inline element inside a paragraph goes aside
    # (`_Out.text`) and leaves the paragraph whole.
    if own is None and tag == "img" and el.get("src"):
        out.picture_paths.append(el.get("src"))
    if own is None and tag in ("img", "a"):
        note = P.PHOTO_NOTE.search((el.get("alt") or el.get("title") or "").strip())
        if note:
            out.pictures.append(note.group()[1:-1])
    block = tag in BLOCK_TAGS or (own != rule and tag not in INLINE_TAGS)
    if block:
        out.newline()
    out.text(el.text, own)
    for child in el:
        _walk(child, out, own)
    if block or tag == "br":
        out.newline()
    out.text(el.tail, rule)


def _drop_rule(el, tag: str) -> tuple[str, int] | None:
    line = el.sourceline or 0
    if tag in ("header", "footer") and _inside_article(el):
        return None  # an article's own header holds its headline
    if tag in DROP_TAGS:
        return DROP_TAGS[tag], line
    attrs = el.attrib
    if "hidden" in attrs or attrs.get("aria-hidden", "").lower() == "true":
        return "html_hidden", line
    style = "".join(attrs.get("style", "").lower().split())
    if "display:none" in style or "visibility:hidden" in style:
        return "html_hidden", line
    role = attrs.get("role", "").lower()
    if role in CHROME_ROLES:
        return CHROME_ROLES[role], line
    words = P.CHROME_CLASS.search(f"{attrs.get('class', '')} {attrs.get('id', '')}")
    if words and tag not in ("body", "html"):
        return "html_chrome", line
    if tag in ("div", "ul", "ol", "table", "td", "p", "section") and _mostly_links(el) and not _holds_the_h1(el):
        return "html_links", line
    if tag in ("div", "section", "aside", "td") and _poll_box(el):
        return "html_form", line
    return None


def _poll_box(el) -> bool:
    """A box around a poll (`<h4>特區施政大事討論區</h4><p>您最關注下列哪些焦點?</p><form>…checkbox…`):
    its heading and question belong to the poll, not to the page's story."""
    polls = _POLL_FORMS(el)
    if not polls:
        return False
    text = len("".join("".join(el.itertext()).split()))
    in_polls = sum(len("".join("".join(form.itertext()).split())) for form in polls)
    return text - in_polls <= POLL_TEXT_MAX


#: Forms with boxes to tick: a poll or a survey (a search box or a login form has none).
_POLL_FORMS = lxml.etree.XPath(".//form[.//input[@type='checkbox' or @type='radio']]")
POLL_TEXT_MAX = 120  # the most text a poll's box holds outside its form: a heading and a question


def _inside_article(el) -> bool:
    return any(a.tag in ("article", "main") for a in el.iterancestors() if isinstance(a.tag, str)) \
        or el.find(".//h1") is not None


def _holds_the_h1(el) -> bool:
    """The block holds the page's only `<h1>` (`<div class=single_title><h1><a>headline</a></h1>`):
    the story's headline, linked to itself, not a pile of links."""
    return el.find(".//h1") is not None and len(el.getroottree().findall(".//h1")) == 1


def _mostly_links(el) -> bool:
    text = "".join(el.itertext())
    compact = "".join(text.split())
    if not compact:
        return False
    # A picture's zoom link (`<a class=thickbox><img><ul><li>caption…</li></ul></a>`) holds its
    # caption, not a link list.
    linked = "".join("".join(a.itertext()) for a in el.iter("a") if not _teaser_card(a) and a.find(".//img") is None)
    linked = "".join(linked.split())
    rest = len(compact) - len(linked)
    return len(linked) >= LINK_DENSITY * len(compact) and rest < LINK_DENSITY_MIN_TEXT and len(compact) > 4


def _teaser_card(a) -> bool:
    """A link that is a whole teaser (`<a><h3>headline</h3><img><p>first sentence…</p></a>`, as
    home and section pages print their stories): content, not a pile of links."""
    heading = any(True for _ in a.iter("h1", "h2", "h3", "h4", "h5", "h6"))
    return heading and any(len("".join("".join(p.itertext()).split())) >= TEASER_MIN_TEXT for p in a.iter("p"))


# --- metadata evidence ------------------------------------------------------------------------

def _evidence(root) -> Evidence:
    found: dict[str, str] = {}

    def put(key: str, value: str | None, source: str | None = None) -> None:
        value = " ".join((value or "").split())
        if value and key not in found:
            found[key] = value
            if key == "date" and source:
                found["source"] = source

    for comment in root.iter(lxml.etree.Comment):
        body = comment.text or ""
        if "enpproperty" in body:  # the Founder e-paper system's article properties
            try:
                props = lxml.html.fragment_fromstring(body.replace("enpproperty", "", 1), create_parent="div")
            except (lxml.etree.ParserError, ValueError):
                props = None
            if props is not None:
                for name, key in (("founder-title", "title"), ("founder-author", "author"), ("founder-date", "date")):
                    node = props.find(f".//{name}")
                    if node is not None:
                        put(key, node.text_content(), "founder")
    for script in root.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json":
            _json_ld(script.text or "", put)
    for meta in root.iter("meta"):
        name = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").lower().strip()
        content = meta.get("content")
        if name in ("og:title", "twitter:title"):
            put("title", content)
        elif name in ("description", "og:description"):
            put("description", content)
        elif name in ("author", "article:author"):
            put("author", content)
        elif name == "keywords":
            put("keywords", content)
        elif name in META_DATE_NAMES:
            put("date", content, "meta")
        elif name == "og:site_name":
            put("publisher", content)
        elif name == "og:url":
            put("og_url", content)
    for el in root.iter():
        # `<div itemprop="datePublished">2020年8月8日星期六</div>`, `<time itemprop=datePublished datetime=…>`
        if isinstance(el.tag, str) and el.tag != "meta" and (el.get("itemprop") or "").lower() == "datepublished":
            put("date", el.get("datetime") or el.get("content") or el.text_content(), "meta")
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical":
            put("url", link.get("href"))
    title = root.find(".//title")
    if title is not None:
        put("title", title.text_content())
        put("page_title", title.text_content())
        put("date", title.text_content() if P.CJK_DATE.search(title.text_content() or "") else None, "title")
    return Evidence(**{k: found.get(k) for k in ("title", "page_title", "description", "author", "keywords",
                                                   "date", "publisher", "source")},
                    url=found.get("url") or found.get("og_url"), headings=_headings(root))


def _headings(root) -> tuple[tuple[str, str], ...]:
    out = []
    for el in root.iter("h1", "h2", "h3"):
        text = " ".join(el.text_content().split())
        links = el.findall(".//a")
        if text and not (len(links) == 1 and " ".join(links[0].text_content().split()) == text):
            out.append((el.tag, text))
    return tuple(out)


def _json_ld(text: str, put) -> None:
    try:
        data = json.loads(text)
    except ValueError:
        return
    items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
    for item in items:
        if not isinstance(item, dict) or "Article" not in str(item.get("@type", "")):
            continue
        put("title", _name(item.get("headline")))
        put("author", _name(item.get("author")))
        put("date", _name(item.get("datePublished")), "json-ld")
        put("publisher", _name(item.get("publisher")))


def _name(value) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return "、".join(names) if names else None
    return None
