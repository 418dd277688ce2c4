"""Just enough of the ZIP format (PKWARE APPNOTE 6.3) to write entries compressed elsewhere.

Python's `zipfile` compresses each entry itself, one at a time, while it writes.  The offline
bundle compresses its files in threads (zlib releases the GIL), so it needs a writer that takes
entries already deflated: `deflate(data)` makes one, `ZipWriter.add` writes it.  Entries are
raw deflate streams with UTF-8 names, dated 1980-01-01 (the same files give the same bytes);
ZIP64 records are added when the archive needs them (more than 65,534 entries, or past 4 GiB).

Does not: read zips (`zipfile` does, and the tests check the output with it), store
directories, or open files (the caller hands it a binary file object).
"""
from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from typing import BinaryIO

#: 1980-01-01 00:00:00 in MS-DOS date and time fields (the earliest a zip can say).
DOS_DATE, DOS_TIME = (0 << 9) | (1 << 5) | 1, 0
DEFLATED = 8
UTF8_NAMES = 0x0800
LIMIT_32 = 0xFFFFFFFF
LIMIT_16 = 0xFFFF
#: "version made by": 3.0, Unix (so the permission bits in external attributes are read).
MADE_BY = (3 << 8) | 30


@dataclass(frozen=True)
class Deflated:
    """One file's content as a zip entry needs it."""

    size: int
    crc: int
    payload: bytes  # raw deflate stream (no zlib header)


def deflate(data: bytes, level: int = 1) -> Deflated:
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    return Deflated(len(data), zlib.crc32(data), compressor.compress(data) + compressor.flush())


class ZipWriter:
    """Writes entries to `out` in the order given, then the central directory on `close()`."""

    def __init__(self, out: BinaryIO):
        self.out = out
        self.offset = 0
        self.central: list[bytes] = []

    def add(self, name: str, entry: Deflated, mode: int = 0o644) -> None:
        if entry.size >= LIMIT_32 or len(entry.payload) >= LIMIT_32:
            raise ValueError(f"{name}: files of 4 GiB or more are not supported")
        raw = name.encode("utf-8")
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, UTF8_NAMES, DEFLATED, DOS_TIME, DOS_DATE,
                             entry.crc, len(entry.payload), entry.size, len(raw), 0)
        self.out.write(header + raw)
        self.out.write(entry.payload)
        # An offset past 4 GiB moves to a ZIP64 extra field; the 32-bit field says 0xFFFFFFFF.
        extra = struct.pack("<HHQ", 0x0001, 8, self.offset) if self.offset >= LIMIT_32 else b""
        self.central.append(struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, MADE_BY, 45 if extra else 20, UTF8_NAMES, DEFLATED,
            DOS_TIME, DOS_DATE, entry.crc, len(entry.payload), entry.size, len(raw), len(extra), 0, 0, 0,
            (0o100000 | mode) << 16, min(self.offset, LIMIT_32)) + raw + extra)
        self.offset += len(header) + len(raw) + len(entry.payload)

    def close(self) -> None:
        """Write the central directory and the end records (the file object stays open)."""
        start = self.offset
        directory = b"".join(self.central)
        self.out.write(directory)
        count, size = len(self.central), len(directory)
        end = start + size
        if count >= LIMIT_16 or start >= LIMIT_32 or size >= LIMIT_32:
            self.out.write(struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, MADE_BY, 45, 0, 0,
                                       count, count, size, start))
            self.out.write(struct.pack("<IIQI", 0x07064B50, 0, end, 1))
        self.out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, min(count, LIMIT_16), min(count, LIMIT_16),
                                   min(size, LIMIT_32), min(start, LIMIT_32), 0))
