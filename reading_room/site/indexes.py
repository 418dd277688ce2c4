"""Stage 7: every generated file of the site — article pages, index pages, feeds, catalogue —
as `{path relative to docs/: content}`.

A small dispatcher over `reading_room.pages` (one module per kind of page): it works out the
browse structure once (publications, issues, printed order, facets) and hands each module what
it needs.  Pages are plain Markdown (source text escaped by `render.md_text`), so the site
needs no plugin, and each page's size is bounded by what it lists, not by the archive.

Does not: write files (`store`), decide metadata.
"""
from __future__ import annotations

import functools
import json
from typing import Callable, Iterator

from . import catalog, urls
from ..model import Article, SourceResult
from .pages import facets, feeds, home, issues, sources
from .render import Links, render_article
from .titles import display_title

#: Article and source pages made (and written) at a time: bounds the memory of a large build.
BATCH = 2000

# Kept importable from here (older callers).
RULE_NAMES = sources.RULE_NAMES
ORIGINAL_LINES_SHOWN = sources.ORIGINAL_LINES_SHOWN


def site_files(results: list[SourceResult], site_url: str | None = None,
               pmap: Callable = map) -> dict[str, str]:
    """All generated Markdown and data files for these conversion results.

    Args:
        results: every converted source file, in any order.
        site_url: the site's public URL when known (absolute links in the feeds).
        pmap: a `map` that may run in other processes (for the per-article and per-source
            pages, the bulk of the work); the result is the same.
    """
    return dict(iter_site_files(results, site_url, pmap))


def iter_site_files(results: list[SourceResult], site_url: str | None = None,
                    pmap: Callable = map) -> Iterator[tuple[str, str]]:
    """`site_files`, one `(path, content)` at a time: article and source pages are made
    `BATCH` at a time, so the whole tree is never in memory at once."""
    articles = [a for r in results for a in r.articles]
    papers = issues.browse(articles)
    around = issues.neighbours(papers)
    issue_of = issues.issue_of(papers)
    terms = facets.collect(articles)
    term_links = facets.term_links(terms, articles)
    for start in range(0, len(articles), BATCH):
        batch = articles[start:start + BATCH]
        pages = pmap(_article_page, [(a, article_links(a, around, issue_of, term_links)) for a in batch])
        yield from zip((urls.article(a.id) for a in batch), pages)
    issue_paths = {aid: issue.path for aid, issue in issue_of.items()}
    for start in range(0, len(results), BATCH):
        batch = results[start:start + BATCH]
        pages = pmap(_source_page, [(r, {a.id: issue_paths[a.id] for a in r.articles if a.id in issue_paths})
                                    for r in batch])
        yield from zip((urls.source_page(r.source) for r in batch), pages)
    yield from sources.sources_index(results).items()
    yield from issues.browse_pages(papers).items()
    yield from facets.facet_pages(terms).items()
    latest = feeds.latest(articles)
    yield urls.HOME, home.home_page(results, articles, papers, terms, latest)
    yield urls.FEED_RSS, feeds.rss(articles, site_url)
    yield urls.FEED_JSON, feeds.json_feed(articles, site_url)
    yield urls.DATA_ARTICLES_JSONL, catalog.articles_jsonl(articles)
    yield urls.DATA_ARTICLES_CSV, catalog.articles_csv(articles)
    yield urls.DATA_DEBRIS, catalog.debris_jsonl(results)
    yield urls.DATA_ISSUES, json.dumps(
        [{"source": i.source, "stage": i.stage, "level": i.level, "message": i.message}
         for r in results for i in r.issues], ensure_ascii=False, indent=1) + "\n"


def _article_page(job: tuple[Article, Links]) -> str:
    return render_article(*job)


def _source_page(job: tuple[SourceResult, dict[str, str]]) -> str:
    return sources.source_page(*job)


def article_links(article: Article, around: dict, issue_of: dict, term_links: dict) -> Links:
    """Everything an article page links to, as links relative to its page (`urls.article`)."""
    here = urls.article(article.id)
    rel = functools.partial(urls.rel, here)
    prev, nxt = around.get(article.id, (None, None))
    trail: list[tuple[str, str]] = []
    paper = issues.paper_name(article)
    papers_slug = issues.slug(paper)
    trail.append((paper, rel(urls.paper(papers_slug))))
    issue = issue_of.get(article.id)
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
        terms=tuple((label, tuple((name, rel(path)) for name, path in pairs))
                    for label, pairs in term_links.get(article.id, [])))
