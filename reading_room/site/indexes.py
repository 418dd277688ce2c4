"""Stage 7: every generated file of the site — article pages, index pages, feeds, catalogue —
as `(path relative to docs/, content)` pairs.

A small dispatcher over `reading_room.site.pages` (one module per kind of page).  Source pages
need nothing but their own file, so they are made as each batch of files is converted
(`source_files`); everything else is made from the archive database (`archive_db`) once all
files are in it (`index_files`), each page from what it lists only — one issue, one term, one
page of a listing, `BATCH` article pages — so the archive is never whole in memory.  Pages are
plain Markdown (source text escaped by `render.md_text`), so the site needs no plugin, and each
page's size is bounded by what it lists, not by the archive.

Contents are strings, except the catalogue files (`articles.jsonl`, `articles.csv`,
`debris.jsonl`), which grow with the archive: they are iterables of strings, written as they
come (`publish.store.write_files`).

Does not: write files (`store`), decide metadata.
"""
from __future__ import annotations

import functools
import itertools
from typing import Callable, Iterable, Iterator

from . import catalog, urls
from ..model import Article, SourceResult
from .archive_db import ArchiveDB
from .pages import facets, feeds, home, issues, sources
from .pages.common import PER_PAGE, TERMS_PER_PAGE
from .render import Links, render_article
from .titles import display_title

#: Article pages made (and written) at a time: bounds the memory of a large build.
BATCH = 2000

# Kept importable from here (older callers).
RULE_NAMES = sources.RULE_NAMES
ORIGINAL_LINES_SHOWN = sources.ORIGINAL_LINES_SHOWN


def site_files(results: list[SourceResult], site_url: str | None = None,
               pmap: Callable = map) -> dict[str, str]:
    """All generated Markdown and data files for these conversion results, in memory (for
    tests and small archives: `publish.archive.convert` streams the same files).

    Args:
        results: every converted source file, in archive order.
        site_url: the site's public URL when known (absolute links in the feeds).
        pmap: a `map` that may run in other processes (for the per-article and per-source
            pages, the bulk of the work); the result is the same.
    """
    db = ArchiveDB()
    db.add(results)
    db.finish()
    files = dict(source_files(results, pmap))
    for path, content in index_files(db, site_url, pmap):
        files[path] = content if isinstance(content, str) else "".join(content)
    db.close()
    return files


def source_files(results: list[SourceResult], pmap: Callable = map) -> Iterator[tuple[str, str]]:
    """The pages of these source files: each needs only its own file."""
    jobs = [(r, {a.id: path for a in r.articles if (path := issues.issue_path(a))}) for r in results]
    yield from zip((urls.source_page(r.source) for r in results), pmap(_source_page, jobs))


def index_files(db: ArchiveDB, site_url: str | None = None,
                pmap: Callable = map) -> Iterator[tuple[str, str | Iterable[str]]]:
    """Every generated file but the source pages, from a finished archive database."""
    papers = db.papers()
    yield from article_files(db, papers, pmap)
    count = db.source_count()
    listing = sources.sources_listing(count)
    for page in listing:
        yield page.path, sources.sources_index_page(count, page, listing, db.source_rows(page.start, TERMS_PER_PAGE))
    yield from browse_files(db, papers)
    yield from facet_files(db)
    latest = db.latest(max(feeds.FEED_SIZE, home.LATEST))
    counts = {f.key: db.term_count(f.key) for f in facets.FACETS}
    totals = home.Totals(db.count(), count, *db.date_span())
    yield urls.HOME, home.home_page(totals, papers, counts, latest)
    yield urls.FEED_RSS, feeds.rss(latest, site_url)
    yield urls.FEED_JSON, feeds.json_feed(latest, site_url)
    yield urls.DATA_ARTICLES_JSONL, catalog.iter_articles_jsonl(db.articles())
    yield urls.DATA_ARTICLES_CSV, catalog.iter_articles_csv(db.articles())
    yield urls.DATA_DEBRIS, db.debris_lines()
    yield urls.DATA_ISSUES, catalog.issues_json(db.issue_records())


def runs(db: ArchiveDB, papers: list[issues.Paper]) -> Iterator[tuple[list[Article], issues.Issue | None]]:
    """Articles in printed order, run by run: an issue, or one file's undated articles of a
    paper.  Previous/next never cross a run."""
    for paper in papers:
        for issue in paper.issues:
            yield db.issue_articles(issue), issue
        if paper.undated:
            for _, run in itertools.groupby(db.undated_articles(paper), key=lambda a: a.source):
                yield list(run), None


def article_files(db: ArchiveDB, papers: list[issues.Paper], pmap: Callable = map) -> Iterator[tuple[str, str]]:
    """Every article page, `BATCH` at a time."""
    lookup = functools.lru_cache(maxsize=50_000)(db.term)
    jobs: list[tuple[Article, Links]] = []
    for run, issue in itertools.chain(runs(db, papers), [([], None)]):
        for i, article in enumerate(run):
            prev, nxt = run[i - 1] if i else None, run[i + 1] if i + 1 < len(run) else None
            jobs.append((article, article_links(article, prev, nxt, issue, facets.term_groups(article, lookup))))
        if len(jobs) >= BATCH or not run:
            yield from zip([urls.article(a.id) for a, _ in jobs], pmap(_article_page, jobs))
            jobs = []


def browse_files(db: ArchiveDB, papers: list[issues.Paper]) -> Iterator[tuple[str, str]]:
    """Papers, years, months, issues and undated lists."""
    yield from issues.browse_pages(papers)
    for paper in papers:
        for i, issue in enumerate(paper.issues):
            prev = paper.issues[i - 1] if i else None
            nxt = paper.issues[i + 1] if i + 1 < len(paper.issues) else None
            yield issue.path, issues.issue_page(paper, issue, db.issue_articles(issue), prev, nxt)
        if paper.undated:
            listing = issues.undated_listing(paper)
            for page, chunk in zip(listing, chunked(db.undated_articles(paper), PER_PAGE)):
                yield page.path, issues.undated_page(paper, page, listing, chunk)


def facet_files(db: ArchiveDB) -> Iterator[tuple[str, str]]:
    """The tags page, and per facet its index and its terms' pages."""
    counts = {f.key: db.term_count(f.key) for f in facets.FACETS}
    top = {key: db.terms(key, 0, 30) for key in facets.TAG_FACETS}
    yield urls.TAGS, facets.tags_index(top, counts)
    for facet in facets.FACETS:
        listing = facets.facet_listing(facet, counts[facet.key])
        for page in listing:
            chunk = db.terms(facet.key, page.start, TERMS_PER_PAGE)
            yield page.path, facets.facet_index_page(facet, counts[facet.key], page, listing, chunk)
            for term in chunk:
                term_listing = facets.term_listing(term)
                for term_page, articles in zip(term_listing, chunked(db.term_articles(term), PER_PAGE)):
                    yield term_page.path, facets.term_page(term, term_page, term_listing, articles)


def chunked(items: Iterable, size: int) -> Iterator[list]:
    items = iter(items)
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def _article_page(job: tuple[Article, Links]) -> str:
    return render_article(*job)


def _source_page(job: tuple[SourceResult, dict[str, str]]) -> str:
    return sources.source_page(*job)


def article_links(article: Article, prev: Article | None, nxt: Article | None, issue: issues.Issue | None,
                  groups: list[tuple[str, list[tuple[str, str]]]]) -> Links:
    """Everything an article page links to, as links relative to its page (`urls.article`):
    the articles before and after it in its run, its issue, its terms (`facets.term_groups`)."""
    here = urls.article(article.id)
    rel = functools.partial(urls.rel, here)
    trail: list[tuple[str, str]] = []
    paper = issues.paper_name(article)
    papers_slug = issues.slug(paper)
    trail.append((paper, rel(urls.paper(papers_slug))))
    if issue:
        y, m, _ = issue.date.split("-")
        trail.append((f"{y}年{int(m)}月", rel(urls.month(papers_slug, y, m))))
        trail.append((issue.date, rel(issue.path)))
    else:
        trail.append(("日期不详", rel(urls.listing(urls.paper_undated(papers_slug)))))
    trail.append(((f"第{article.page}版" if article.page else "版面") + f" {article.source}", rel(urls.source_page(article.source))))
    return Links(
        source_page=rel(urls.source_line(article.source, article.source_lines[0])),
        previous=(rel(urls.article(prev.id)), display_title(prev)) if prev else None,
        following=(rel(urls.article(nxt.id)), display_title(nxt)) if nxt else None,
        home=rel(urls.HOME),
        crumbs=tuple(trail),
        terms=tuple((label, tuple((name, rel(path)) for name, path in pairs)) for label, pairs in groups))
