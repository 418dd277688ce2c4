"""Frozen data passed between pipeline stages.

Every piece of source text the converter keeps or drops travels as a `Span` that remembers
where it came from (line, column) and what it looked like in the source (`raw`). That is what
makes the "nothing lost" check possible: article text + metadata + debris, put back in source
order, must spell the source again (whitespace ignored).

This module holds data only: no parsing, no I/O.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property


@dataclass(frozen=True)
class Span:
    """A piece of one source line: `raw` as in the source, `text` as shown to readers.

    They differ only where the cleaner rewrote markup (an entity `&amp;` shown as `&`).
    """

    line: int  # 1-based
    col: int  # 0-based, in characters
    raw: str
    text: str

    @classmethod
    def of(cls, line: int, col: int, raw: str) -> "Span":
        return cls(line, col, raw, raw)


@dataclass(frozen=True)
class Debris:
    """A fragment removed from the source, with the rule that removed it."""

    rule: str
    span: Span
    #: For a saved HTML page: the line of the source file where the dropped element starts
    #: (`span.line` counts the lines of the page's text, as the source page shows it).
    source_line: int | None = None

    def as_record(self, source: str) -> dict:
        record = {"source": source, "rule": self.rule, "line": self.span.line,
                  "col": self.span.col, "text": self.span.raw}
        if self.source_line is not None:
            record["source_line"] = self.source_line
        return record


class Kind(str, Enum):
    """What a cleaned line is, decided once by `clean` and refined by `split`."""

    TEXT = "text"  # body text
    HEAD = "head"  # short line without sentence punctuation: a headline or a subhead
    BYLINE = "byline"  # reporters, correspondents, photographers
    CREDIT = "credit"  # editors, source/来源, date line, page header
    JUMP = "jump"  # a whole-line jump such as (上接一版)


@dataclass(frozen=True)
class Line:
    """A cleaned line (or a rejoined paragraph): its spans in order, and what it is."""

    kind: Kind
    spans: tuple[Span, ...]
    #: What stood between this line and the kept line before it: "" (nothing), "blank" (empty
    #: lines), "chrome" (lines removed whole as page furniture) or "more" (a teaser's read-more
    #: link, chrome that also ends a story).  Evidence of region borders: a headline list ends
    #: where the nav bar was, a headline block never spans one.
    gap: str = field(default="", compare=False)
    #: Why the line has its kind (the rule or evidence that decided it), for `check --explain`.
    why: str = field(default="", compare=False)
    #: The names a BYLINE line credits, parsed once when the line was classified.
    credits: "Credits | None" = field(default=None, compare=False)

    @property
    def after_chrome(self) -> bool:
        """Page furniture was removed right before this line."""
        return self.gap in ("chrome", "more")

    @cached_property
    def text(self) -> str:
        # Worked out once: the stages read a line's text many times, and its spans never change.
        return "".join(s.text for s in self.spans)

    def __getstate__(self) -> dict:
        # The cached text is not part of the value: pickles (cache, workers) hold the fields only.
        return {k: v for k, v in self.__dict__.items() if k != "text"}

    @property
    def first_line(self) -> int:
        return self.spans[0].line

    @property
    def last_line(self) -> int:
        return self.spans[-1].line

    def with_kind(self, kind: Kind, why: str = "", credits: "Credits | None" = None) -> "Line":
        return Line(kind, self.spans, self.gap, why or self.why, credits or self.credits)


@dataclass(frozen=True)
class Credits:
    """Names and labels read from byline and credit lines."""

    authors: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    agency: str | None = None  # 新华社 and the like
    publication: str | None = None  # a paper named in the credit (郑州晚报记者 → 郑州晚报)

    def merged(self, other: "Credits") -> "Credits":
        def union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
            return a + tuple(x for x in b if x not in a)

        return Credits(union(self.authors, other.authors),
                       union(self.correspondents, other.correspondents),
                       union(self.photographers, other.photographers),
                       union(self.editors, other.editors),
                       self.agency or other.agency,
                       self.publication or other.publication)


@dataclass(frozen=True)
class ArticleDraft:
    """An article as `split` cut it out of a page: headline, body lines, metadata lines."""

    kicker: Line | None
    title: Line | None
    subtitle: Line | None
    body: tuple[Line, ...]  # TEXT paragraphs and HEAD subheads, in printed order
    meta: tuple[Line, ...]  # BYLINE / CREDIT / JUMP lines that belong to this article
    title_source: str = "printed"  # or "headline-list" when matched from a page's header block


@dataclass(frozen=True)
class DateGuess:
    date: str | None  # YYYY-MM-DD
    source: str | None  # explicit / filename / inferred
    text: str | None  # the words it came from


@dataclass(frozen=True)
class PageInfo:
    """What the page as a whole says about itself: masthead, date, page header, series."""

    publication: str | None = None
    publication_source: str | None = None
    date: DateGuess = DateGuess(None, None, None)
    page: str | None = None
    section: str | None = None
    series: str | None = None


@dataclass(frozen=True)
class Article:
    """One article with everything the site and the catalogue show."""

    id: str
    source: str  # path under the sources directory, with forward slashes
    position: int  # 1-based, printed order within the source
    title: str | None
    kicker: str | None
    subtitle: str | None
    authors: tuple[str, ...]
    correspondents: tuple[str, ...]
    editors: tuple[str, ...]
    photographers: tuple[str, ...]
    publication: str | None
    date: str | None
    date_source: str | None
    date_text: str | None
    page: str | None
    section: str | None
    series: str | None
    continued_from: str | None
    continued_to: str | None
    script: str
    encoding: str
    source_lines: tuple[int, int]
    printed_credits: tuple[str, ...]  # the credit lines as printed (metadata, for the audit)
    body: str  # Markdown: paragraphs separated by blank lines, subheads as `## `
    chars: int
    keywords: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    organizations: tuple[str, ...] = ()
    #: jieba's search-mode words of the headline (kicker, title, subtitle), as printed: the
    #: keyword stage's segmentation, reused by the search index (not shown, not in the catalogue).
    head_words: tuple[str, ...] = ()
    title_source: str = "printed"
    # Provenance for the audit; not part of an article's meaning.
    spans: tuple[Span, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, with the decision that produced it."""

    text: str
    encoding: str
    confidence: float
    bom: bool = False
    warnings: tuple[str, ...] = ()  # e.g. a low-confidence guess, replaced bytes (with offsets)


@dataclass(frozen=True)
class ConversionIssue:
    """A problem with one source file, recorded instead of raised."""

    source: str
    stage: str
    message: str
    level: str = "error"  # or "warning"

    def line(self) -> str:
        return f"{self.level.upper()} {self.source}: {self.message}"


@dataclass(frozen=True)
class SourceResult:
    """What converting one source file produced."""

    source: str
    articles: tuple[Article, ...]
    debris: tuple[Debris, ...]
    issues: tuple[ConversionIssue, ...]
    text: str = field(default="", compare=False, repr=False)  # decoded text, for source pages
    encoding: str | None = None
    sha256: str = ""
    #: Page-level credit lines (date line, page header, series label): metadata of every article.
    page_lines: tuple[Line, ...] = field(default=(), compare=False, repr=False)
    #: For a saved HTML page: how the markup was treated (the audit is over its text nodes).
    markup: str | None = None
