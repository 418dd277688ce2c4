"""A small log-log line chart written as PNG with the standard library only (zlib + struct).

Enough for "time vs N": a few series of points, decade grid lines, labels in a 5×7 bitmap font
(upper case, digits, a little punctuation).  No matplotlib, so the benchmark adds no dependency.
"""
from __future__ import annotations

import math
import struct
import zlib
from pathlib import Path

# 5×7 glyphs, one int per row, high bit = leftmost pixel (HD44780-style shapes).
_FONT = {
    " ": (0, 0, 0, 0, 0, 0, 0),
    "0": (14, 17, 19, 21, 25, 17, 14), "1": (4, 12, 4, 4, 4, 4, 14), "2": (14, 17, 1, 2, 4, 8, 31),
    "3": (31, 2, 4, 2, 1, 17, 14), "4": (2, 6, 10, 18, 31, 2, 2), "5": (31, 16, 30, 1, 1, 17, 14),
    "6": (6, 8, 16, 30, 17, 17, 14), "7": (31, 1, 2, 4, 8, 8, 8), "8": (14, 17, 17, 14, 17, 17, 14),
    "9": (14, 17, 17, 15, 1, 2, 12),
    "A": (14, 17, 17, 31, 17, 17, 17), "B": (30, 17, 17, 30, 17, 17, 30), "C": (14, 17, 16, 16, 16, 17, 14),
    "D": (28, 18, 17, 17, 17, 18, 28), "E": (31, 16, 16, 30, 16, 16, 31), "F": (31, 16, 16, 30, 16, 16, 16),
    "G": (14, 17, 16, 23, 17, 17, 15), "H": (17, 17, 17, 31, 17, 17, 17), "I": (14, 4, 4, 4, 4, 4, 14),
    "J": (7, 2, 2, 2, 2, 18, 12), "K": (17, 18, 20, 24, 20, 18, 17), "L": (16, 16, 16, 16, 16, 16, 31),
    "M": (17, 27, 21, 21, 17, 17, 17), "N": (17, 17, 25, 21, 19, 17, 17), "O": (14, 17, 17, 17, 17, 17, 14),
    "P": (30, 17, 17, 30, 16, 16, 16), "Q": (14, 17, 17, 17, 21, 18, 13), "R": (30, 17, 17, 30, 20, 18, 17),
    "S": (15, 16, 16, 14, 1, 1, 30), "T": (31, 4, 4, 4, 4, 4, 4), "U": (17, 17, 17, 17, 17, 17, 14),
    "V": (17, 17, 17, 17, 17, 10, 4), "W": (17, 17, 17, 21, 21, 21, 10), "X": (17, 17, 10, 4, 10, 17, 17),
    "Y": (17, 17, 17, 10, 4, 4, 4), "Z": (31, 1, 2, 4, 8, 16, 31),
    ".": (0, 0, 0, 0, 0, 12, 12), ",": (0, 0, 0, 0, 12, 4, 8), ":": (0, 12, 12, 0, 12, 12, 0),
    "-": (0, 0, 0, 31, 0, 0, 0), "+": (0, 4, 4, 31, 4, 4, 0), "/": (0, 1, 2, 4, 8, 16, 0),
    "(": (2, 4, 8, 8, 8, 4, 2), ")": (8, 4, 2, 2, 2, 4, 8), "=": (0, 0, 31, 0, 31, 0, 0),
    "%": (24, 25, 2, 4, 8, 19, 3), "<": (2, 4, 8, 16, 8, 4, 2), ">": (8, 4, 2, 1, 2, 4, 8),
    "*": (0, 4, 21, 14, 21, 4, 0), "_": (0, 0, 0, 0, 0, 0, 31),
}

PALETTE = ((31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189),
           (140, 86, 75), (127, 127, 127))


class Canvas:
    def __init__(self, w: int, h: int, bg=(255, 255, 255)):
        self.w, self.h = w, h
        self.px = bytearray(bytes(bg) * (w * h))

    def set(self, x: int, y: int, c) -> None:
        if 0 <= x < self.w and 0 <= y < self.h:
            i = (y * self.w + x) * 3
            self.px[i:i + 3] = bytes(c)

    def rect(self, x0, y0, x1, y1, c) -> None:
        for y in range(max(0, y0), min(self.h, y1 + 1)):
            for x in range(max(0, x0), min(self.w, x1 + 1)):
                self.set(x, y, c)

    def line(self, x0, y0, x1, y1, c, width: int = 1, dash: int = 0) -> None:
        x0, y0, x1, y1 = (int(round(v)) for v in (x0, y0, x1, y1))
        dx, dy = abs(x1 - x0), -abs(y1 - y0)
        sx, sy = (1 if x0 < x1 else -1), (1 if y0 < y1 else -1)
        err, step, r = dx + dy, 0, width // 2
        while True:
            if not dash or (step // dash) % 2 == 0:
                self.rect(x0 - r, y0 - r, x0 + r, y0 + r, c) if r else self.set(x0, y0, c)
            if x0 == x1 and y0 == y1:
                break
            e2 = 2 * err
            if e2 >= dy:
                err += dy
                x0 += sx
            if e2 <= dx:
                err += dx
                y0 += sy
            step += 1

    def dot(self, x, y, c, r: int = 4) -> None:
        x, y = int(round(x)), int(round(y))
        for yy in range(-r, r + 1):
            for xx in range(-r, r + 1):
                if xx * xx + yy * yy <= r * r:
                    self.set(x + xx, y + yy, c)

    def text(self, x: int, y: int, s: str, c=(0, 0, 0), scale: int = 2, anchor: str = "left") -> None:
        s = s.upper()
        width = len(s) * 6 * scale
        if anchor == "right":
            x -= width
        elif anchor == "center":
            x -= width // 2
        for ch in s:
            rows = _FONT.get(ch, _FONT["*"])
            for ry, bits in enumerate(rows):
                for rx in range(5):
                    if bits & (16 >> rx):
                        self.rect(x + rx * scale, y + ry * scale, x + rx * scale + scale - 1,
                                  y + ry * scale + scale - 1, c)
            x += 6 * scale

    def png(self) -> bytes:
        raw = b"".join(b"\x00" + bytes(self.px[y * self.w * 3:(y + 1) * self.w * 3]) for y in range(self.h))

        def chunk(tag: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", self.w, self.h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def _fmt(v: float) -> str:
    if v >= 1000:
        return f"{v / 1000:g}K"
    return f"{v:g}"


def loglog_chart(series: dict[str, list[tuple[float, float]]], title: str, xlabel: str, ylabel: str,
                 path: Path, w: int = 960, h: int = 600, hline: tuple[float, str] | None = None) -> None:
    """Write a log-log chart of `series` ({label: [(x, y), …]}) to `path` as PNG."""
    pts = [(x, y) for s in series.values() for x, y in s if x > 0 and y > 0]
    if hline:
        pts.append((pts[0][0] if pts else 1, hline[0]))
    if not pts:
        pts = [(1, 1), (10, 10)]
    xmin = 10 ** math.floor(math.log10(min(x for x, _ in pts)))
    xmax = 10 ** math.ceil(math.log10(max(x for x, _ in pts)))
    ymin = 10 ** math.floor(math.log10(min(y for _, y in pts)))
    ymax = 10 ** math.ceil(math.log10(max(y for _, y in pts)))
    if xmax == xmin:
        xmax *= 10
    if ymax == ymin:
        ymax *= 10
    c = Canvas(w, h)
    left, right, top, bottom = 100, w - 320, 60, h - 80

    def px(x):
        return left + (math.log10(x) - math.log10(xmin)) / (math.log10(xmax) - math.log10(xmin)) * (right - left)

    def py(y):
        return bottom - (math.log10(y) - math.log10(ymin)) / (math.log10(ymax) - math.log10(ymin)) * (bottom - top)

    grey, dark = (225, 225, 225), (60, 60, 60)
    d = xmin
    while d <= xmax:
        for m in range(1, 10):
            if d * m > xmax:
                break
            c.line(px(d * m), top, px(d * m), bottom, grey if m > 1 else (190, 190, 190))
            if m in (1, 2, 5):
                c.text(int(px(d * m)), bottom + 10, _fmt(d * m), dark, 2, "center")
        d *= 10
    d = ymin
    while d <= ymax:
        for m in range(1, 10):
            if d * m > ymax:
                break
            c.line(left, py(d * m), right, py(d * m), grey if m > 1 else (190, 190, 190))
            if m in (1, 2, 5):
                c.text(left - 8, int(py(d * m)) - 7, _fmt(d * m), dark, 2, "right")
        d *= 10
    c.line(left, bottom, right, bottom, dark, 2)
    c.line(left, top, left, bottom, dark, 2)
    c.text((left + right) // 2, 18, title, (0, 0, 0), 2, "center")
    c.text((left + right) // 2, h - 35, xlabel, dark, 2, "center")
    c.text(10, top - 30, ylabel, dark, 2)
    if hline:
        c.line(left, py(hline[0]), right, py(hline[0]), (214, 39, 40), 1, dash=6)
    ly = top
    for i, (label, s) in enumerate(series.items()):
        col = PALETTE[i % len(PALETTE)]
        s = sorted((x, y) for x, y in s if x > 0 and y > 0)
        for (x0, y0), (x1, y1) in zip(s, s[1:]):
            c.line(px(x0), py(y0), px(x1), py(y1), col, 3)
        for x, y in s:
            c.dot(px(x), py(y), col)
        c.rect(right + 20, ly + 2, right + 40, ly + 12, col)
        c.text(right + 48, ly, label[:22], (0, 0, 0), 2)
        ly += 26
    if hline:
        c.line(right + 20, ly + 7, right + 40, ly + 7, (214, 39, 40), 1, dash=3)
        c.text(right + 48, ly, hline[1][:22], (0, 0, 0), 2)
    Path(path).write_bytes(c.png())
