"""The "nothing lost" proof: article text + metadata + debris spell the source again.

Every kept or removed fragment carries its line, column and raw source form.  Put back in
source order, with whitespace ignored, they must equal the decoded source exactly: a missing
fragment is text the converter lost, a surplus one is text counted twice.

Does not: judge whether a fragment went to the right place (the gold scores do that).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import SourceResult, Span


@dataclass(frozen=True)
class AuditFailure:
    source: str
    line: int
    col: int
    fragment: str
    problem: str  # "unaccounted" or "counted twice"

    def message(self) -> str:
        return (f"{self.source}:{self.line}:{self.col}: {self.problem} text"
                f" {self.fragment!r}")


def all_spans(result: SourceResult) -> list[Span]:
    spans = [s for a in result.articles for s in a.spans]
    spans += [s for line in result.page_lines for s in line.spans]
    spans += [d.span for d in result.debris]
    return sorted(spans, key=lambda s: (s.line, s.col))


def audit(result: SourceResult) -> AuditFailure | None:
    """None when the source is exactly covered; else the first place where it is not."""
    if not result.text:
        return None  # nothing was decoded: the decode issue says why
    # Source characters with their positions, whitespace dropped.
    expected: list[tuple[str, int, int]] = []
    for number, line in enumerate(result.text.split("\n"), start=1):
        for col, ch in enumerate(line):
            if not ch.isspace():
                expected.append((ch, number, col))
    got: list[tuple[str, int, int]] = []
    for span in all_spans(result):
        for offset, ch in enumerate(span.raw):
            if not ch.isspace():
                got.append((ch, span.line, span.col + offset))
    for i, (want, have) in enumerate(zip(expected, got)):
        if want != have:
            ch, line, col = want
            if have[1:] < want[1:]:
                return AuditFailure(result.source, have[1], have[2], _fragment(result, have[1], have[2]), "counted twice")
            return AuditFailure(result.source, line, col, _fragment(result, line, col), "unaccounted")
    if len(expected) > len(got):
        ch, line, col = expected[len(got)]
        return AuditFailure(result.source, line, col, _fragment(result, line, col), "unaccounted")
    if len(got) > len(expected):
        ch, line, col = got[len(expected)]
        return AuditFailure(result.source, line, col, _fragment(result, line, col), "counted twice")
    return None


def _fragment(result: SourceResult, line: int, col: int) -> str:
    text = result.text.split("\n")[line - 1] if line >= 1 else ""
    return text[col:col + 24]
