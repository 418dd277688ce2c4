"""Cutting, joining and trimming a line's spans while keeping each one's place in the source.

Pure functions over `model.Span`; `paragraphs` cuts glued credits and rejoins broken lines with them.
"""
from __future__ import annotations

from ..model import Line, Span


def glue_spans(a: tuple[Span, ...], b: tuple[Span, ...]) -> tuple[Span, ...]:
    a = rstrip_spans(a)
    b = lstrip_spans(b)
    if a and b and a[-1].text[-1:].isascii() and a[-1].text[-1:].isalnum() \
            and b[0].text[:1].isascii() and b[0].text[:1].isalnum():
        # Latin words broken across lines get their space back (shown, not in the source).
        b = (Span(b[0].line, b[0].col, "", " "),) + b
    return a + b


def strip_line(line: Line) -> Line:
    return Line(line.kind, rstrip_spans(lstrip_spans(line.spans)), line.gap, line.why)


def lstrip_spans(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    spans = list(spans)
    while spans and not spans[0].text.strip():
        spans.pop(0)
    if spans:
        s = spans[0]
        n = len(s.text) - len(s.text.lstrip())
        if n and s.raw == s.text:
            spans[0] = Span(s.line, s.col + n, s.raw[n:], s.text[n:])
    return tuple(spans)


def rstrip_spans(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    spans = list(spans)
    while spans and not spans[-1].text.strip():
        spans.pop()
    if spans:
        s = spans[-1]
        n = len(s.text) - len(s.text.rstrip())
        if n and s.raw == s.text:
            spans[-1] = Span(s.line, s.col, s.raw[:-n], s.text[:-n])
    return tuple(spans)


def cut_spans(spans: tuple[Span, ...], at: int) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """Split spans at character `at` of their joined text."""
    left: list[Span] = []
    right: list[Span] = []
    pos = 0
    for s in spans:
        end = pos + len(s.text)
        if end <= at:
            left.append(s)
        elif pos >= at:
            right.append(s)
        elif s.raw == s.text:
            k = at - pos
            left.append(Span(s.line, s.col, s.raw[:k], s.text[:k]))
            right.append(Span(s.line, s.col + k, s.raw[k:], s.text[k:]))
        else:  # never split a rewritten entity
            left.append(s)
        pos = end
    return rstrip_spans(tuple(left)), lstrip_spans(tuple(right))
