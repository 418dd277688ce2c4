"""The one place that knows the order of the stages and turns failures into issues.

decode → markup → clean → classify → recurring → rejoin → split → metadata → articles (`STAGES`, the one
list of them; each stage takes the file's `Work` value and returns it with its part added).
`convert_source` is a pure
function of a file's bytes, its path and its settings, so files convert in parallel and
identically in any order.

Does not: read or write files (`store`), render the site (`render`, `indexes`).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from typing import Callable

from .assemble import build_articles, page_info
from .clean import Cleaned, clean
from .decode import DecodeError, decode
from .explain import explain
from .markup import Rendered, is_html, render
from ..model import Article, ConversionIssue, Debris, Decoded, Line, PageInfo, SourceResult
from .paragraphs import classify, rejoin
from .recurring import drop_recurring
from .settings import SourceSettings
from ..slugs import slug_for
from .split import SplitPage, split_articles
from .page_evidence import a_portal_story, mark_headline, names_its_story

@dataclass(frozen=True)
class Work:
    """One file on its way through the stages: what it came as, and what each stage made of it."""

    data: bytes
    source: str
    settings: SourceSettings
    decoded: Decoded | None = None
    text: str = ""  # what the stages after decode read: the decoded text, or a page's text nodes
    rendered: Rendered | None = None  # for a saved HTML page
    cleaned: Cleaned | None = None
    lines: tuple[Line, ...] = ()
    debris: tuple[Debris, ...] = ()  # removed so far, in stage order
    page: SplitPage | None = None
    info: PageInfo | None = None
    articles: tuple[Article, ...] = ()


def _decode(w: Work) -> Work:
    decoded = decode(w.data, w.settings.encoding)
    return replace(w, decoded=decoded, text=decoded.text)


def _markup(w: Work) -> Work:
    if not is_html(w.text):
        return w
    rendered = render(w.text)
    return replace(w, rendered=rendered, text=rendered.text)


def _clean(w: Work) -> Work:
    cleaned = clean(w.text, w.rendered.dropped, parsed=True) if w.rendered else clean(w.text)
    return replace(w, cleaned=cleaned, debris=cleaned.debris)


def _classify(w: Work) -> Work:
    return replace(w, lines=tuple(classify(w.cleaned.lines)))


def _recurring(w: Work) -> Work:
    kept = drop_recurring(list(w.lines), w.settings.recurring)
    return replace(w, lines=kept.lines, debris=w.debris + kept.debris)


def _rejoin(w: Work) -> Work:
    return replace(w, lines=tuple(rejoin(list(w.lines))))


def _split(w: Work) -> Work:
    evidence = w.rendered.evidence if w.rendered else None
    lines = mark_headline(list(w.lines), evidence)
    page = split_articles(lines, one_story=names_its_story(lines, evidence) or a_portal_story(lines))
    return replace(w, page=page, debris=w.debris + page.debris)


def _metadata(w: Work) -> Work:
    evidence = w.rendered.evidence if w.rendered else None
    return replace(w, info=page_info(w.page, w.debris, w.source, w.settings, evidence))


def _articles(w: Work) -> Work:
    evidence = w.rendered.evidence if w.rendered else None
    return replace(w, articles=build_articles(w.page, w.info, w.source, slug_for(w.source), w.decoded.encoding,
                                              evidence))


#: The stages in order.  Each takes the file's `Work` and returns it with its own part added.
STAGES: tuple[tuple[str, Callable[[Work], Work]], ...] = (
    ("decode", _decode), ("markup", _markup), ("clean", _clean), ("classify", _classify), ("recurring", _recurring),
    ("rejoin", _rejoin), ("split", _split), ("metadata", _metadata), ("articles", _articles))


def run_stages(data: bytes, source: str, settings: SourceSettings = SourceSettings(), until: str | None = None) -> Work:
    """Run the stages in order (up to and including `until`); raises what a stage raises."""
    work = Work(data, source, settings)
    for name, stage in STAGES:
        work = stage(work)
        if name == until:
            break
    return work


def convert_source(data: bytes, source: str, settings: SourceSettings = SourceSettings()) -> SourceResult:
    """Convert one file's bytes; never raises for bad input (issues are returned instead)."""
    sha = hashlib.sha256(data).hexdigest()
    work = Work(data, source, settings)
    for name, stage in STAGES:
        try:
            work = stage(work)
        except DecodeError as exc:
            return SourceResult(source, (), (), (ConversionIssue(source, name, str(exc)),), sha256=sha)
        except Exception as exc:  # a converter bug must not stop the archive: report which stage
            issues = _warnings(work) + (ConversionIssue(source, name, f"internal error in {name}: {exc!r}"),)
            return SourceResult(source, (), (), issues, work.text or work.decoded.text, work.decoded.encoding, sha)
    issues = _warnings(work)
    if not work.articles:
        issues += (ConversionIssue(source, "split", "no article text found", "warning"),)
    return SourceResult(source, work.articles, work.debris, issues, work.text, work.decoded.encoding,
                        sha, page_lines=work.page.page_meta + work.page.series,
                        markup=_markup_note(work.rendered))


def _markup_note(rendered: Rendered | None) -> str | None:
    """How the audit treated markup, for `check`: over the page's text nodes and dropped elements."""
    if rendered is None:
        return None
    return (f"HTML: audited over its {rendered.nodes} text nodes; {rendered.elements_dropped} elements"
            f" dropped as debris (head, scripts, styles, forms, hidden, navigation …), tags never kept")


def _warnings(work: Work) -> tuple[ConversionIssue, ...]:
    return tuple(ConversionIssue(work.source, "decode", w, "warning") for w in work.decoded.warnings)


def explain_source(data: bytes, source: str, settings: SourceSettings = SourceSettings()) -> list:
    """The same stages as `convert_source`, returning every piece of the page with its role and
    the evidence that decided it (`explain.Piece`), for `check --explain`."""
    work = run_stages(data, source, settings, until="split")
    return explain(work.page.articles, work.page.page_meta + work.page.series, work.debris)


def convert_input(item) -> SourceResult:
    """`convert_source` for a `store.SourceInput` (picklable, for worker processes)."""
    return convert_source(item.data, item.source, item.settings)


def convert_many(inputs, jobs: int = 1):
    """Convert inputs in order, in `jobs` worker processes; yields results in input order."""
    if jobs <= 1:
        for item in inputs:
            yield convert_input(item)
        return
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        yield from pool.imap(convert_input, inputs, chunksize=4)
