"""The site's URL scheme, in one place: where every kind of page lives under docs/, and how
one page links to another.  Moving the site to another generator (Zensical, directory URLs,
another suffix) means editing this file only: every link writer (article pages, index pages,
the index box, the search index, the feeds, the catalogue) asks it.

Two spellings of one page:

- its *docs path*, relative to docs/: `papers/郑州日报/2024-01-02.md`.  Pages are written
  there, and Markdown links hold it (made relative by `rel`), which MkDocs checks and rewrites.
- its *served URL*, relative to the site root: `papers/%E9%83%91%E5%B7%9E%E6%97%A5%E6%8A%A5/
  2024-01-02.html`.  Raw HTML blocks, the search index, the feeds and the catalogue need
  it, because MkDocs leaves them as written.  mkdocs.yml sets `use_directory_urls: false`, so
  `x.md` is served as `x.html` (`index.md` too) and the same site works from `file://`.

Does not: make slugs (`slugs.slug_for` for source files, `pages.common.slug` for names),
know what a page shows, or know MkDocs.
"""
from __future__ import annotations

import functools
from urllib.parse import quote

from ..slugs import slug_for

#: The suffix of a docs page and of the page the generator builds from it.
DOCS_SUFFIX = ".md"
SERVED_SUFFIX = ".html"

# --- where each kind of page lives (docs paths) -----------------------------------------------

HOME = "index.md"
ABOUT = "about.md"  # hand-written (docs/about.md), copied by publish.store
PAPERS = "papers/index.md"
SOURCES = "sources"  # folder of the source pages; its index is paginated (`listing`)
TAGS = "tags/index.md"
FEED_RSS = "feed.xml"
FEED_JSON = "feed.json"
DATA_ARTICLES_JSONL = "data/articles.jsonl"
DATA_ARTICLES_CSV = "data/articles.csv"
DATA_DEBRIS = "data/debris.jsonl"
DATA_ISSUES = "data/issues.json"


def article(article_id: str) -> str:
    return f"articles/{article_id}.md"


def source_page(source: str) -> str:
    """The page of one source file (`sources/<slug>.md`), named by its path under sources/."""
    return f"{SOURCES}/{slug_for(source)}.md"


def original(source: str) -> str:
    """The copy of a source file as it arrived (written by publish.runner)."""
    return f"originals/{slug_for(source)}.txt"


def line_anchor(line: int) -> str:
    """The id of one numbered line on a source page: `L12`."""
    return f"L{line}"


def source_line(source: str, line: int) -> str:
    return f"{source_page(source)}#{line_anchor(line)}"


def paper(paper_slug: str) -> str:
    return f"papers/{paper_slug}/index.md"


def paper_undated(paper_slug: str) -> str:
    """The folder of a paper's undated articles; its pages are `listing(folder, n)`."""
    return f"papers/{paper_slug}/undated"


def year(paper_slug: str, yyyy: str) -> str:
    return f"papers/{paper_slug}/{yyyy}/index.md"


def month(paper_slug: str, yyyy: str, mm: str) -> str:
    return f"papers/{paper_slug}/{yyyy}/{mm}.md"


def issue(paper_slug: str, date: str) -> str:
    """One issue: a paper on one date (`YYYY-MM-DD`)."""
    return f"papers/{paper_slug}/{date}.md"


def term(facet_base: str, term_slug: str) -> str:
    """The folder of one facet term (`tags/people/杨丽萍`); its pages are `listing(folder, n)`."""
    return f"{facet_base}/{term_slug}"


def listing(folder: str, number: int = 1) -> str:
    """Page `number` of a paginated listing: `folder/index.md`, then `folder/page-k.md` (no slug
    has that shape: hashed slugs end in eight hex digits)."""
    return f"{folder}/index.md" if number == 1 else f"{folder}/page-{number}.md"


# --- links --------------------------------------------------------------------------------------

def rel(from_page: str, to_page: str) -> str:
    """Relative link between two docs paths: `rel("a/b.md", "c/d.md#x")` → `../c/d.md#x`.

    Both are normalised paths under docs/ (no `..`), so a shared-prefix walk does what
    `posixpath.relpath` does, without its cost (it runs once per link, 10⁶ times at 50,000 articles).
    """
    target, _, anchor = to_page.partition("#")
    here = from_page.split("/")[:-1]
    there = target.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    path = "/".join([".."] * (len(here) - common) + there[common:])
    return path + (f"#{anchor}" if anchor else "")


def served(path: str) -> str:
    """The URL the generator serves a docs path at, not yet encoded: `x/index.md` → `x/index.html`,
    `a.md#L3` → `a.html#L3`; anything that is not a page (`feed.xml`, `#L3`) is unchanged."""
    page, sep, anchor = path.partition("#")
    if page.endswith(DOCS_SUFFIX):
        page = page[:-len(DOCS_SUFFIX)] + SERVED_SUFFIX
    return page + sep + anchor


def encode(url: str) -> str:
    """Percent-encode a URL path and its anchor as MkDocs does: `/` kept in the path, nothing
    kept in the anchor (`郑州.html#第1版` → `%E9%83%91%E5%B7%9E.html#%E7%AC%AC1%E7%89%88`)."""
    path, sep, anchor = url.partition("#")
    return quote(path, safe="/") + sep + quote(anchor, safe="")


@functools.lru_cache(maxsize=1 << 16)
def href(link: str) -> str:
    """A link between docs pages (a docs path or a `rel` link) as the built site's URL, for raw
    HTML: `../papers/郑州.md#L3` → `../papers/%E9%83%91%E5%B7%9E.html#L3`."""
    return encode(served(link))


def article_url(article_id: str) -> str:
    """An article's served URL from the site root (`articles/<id>.html`): catalogue, search, feeds."""
    return href(article(article_id))


def absolute(site_url: str | None, url: str) -> str:
    """`url` (from the site root) under the site's public URL; unchanged when that is unknown,
    which leaves it relative to a file at the root (the feeds)."""
    return site_url.rstrip("/") + "/" + url if site_url else url
