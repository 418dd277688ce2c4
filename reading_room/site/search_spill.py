"""Postings of the search index, spilled to an embedded SQLite database as they are made.

The search index is built a batch of articles at a time (`search_index`); each batch's
postings (per term: the numbers of the articles that have it anywhere, in a head field, in the
headline) are appended here, and read back term by term, shard by shard, once every article is
in.  So the index of a whole archive is never in memory, only a batch's and a shard's.

Rows carry the term's bucket — its FNV-1a hash modulo 2^16, `BUCKET_BITS` bit-reversed — and
are indexed by (bucket, term, first article).  A shard of any power-of-two count up to 2^16 is
the set of terms whose hash has the shard's number in its low bits: with the bits reversed,
that is one contiguous range of buckets, read with one range query.

Does not: decide terms, numbers or the files' format (`search_index`).
"""
from __future__ import annotations

import itertools
import sqlite3
from array import array
from collections.abc import Iterable, Iterator

BUCKET_BITS = 16


def _reversed_bits(value: int, bits: int) -> int:
    out = 0
    for _ in range(bits):
        out = (out << 1) | (value & 1)
        value >>= 1
    return out


class Spill:
    """Postings of a run, `add`ed in article order, then read by shard (`postings`)."""

    def __init__(self, path: str = ":memory:") -> None:
        self.db = sqlite3.connect(str(path))
        self.db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-16000; PRAGMA temp_store=FILE;"
            "DROP TABLE IF EXISTS posting;"
            "CREATE TABLE posting (bucket INTEGER, term BLOB, start INTEGER, everywhere BLOB, head BLOB, title BLOB);")

    def add(self, start: int, rows: Iterable[tuple[int, str, list[int], list[int], list[int]]]) -> None:
        """A batch's postings: (hash of the term modulo 2^16, term, article numbers with the
        term anywhere, in a head field, in the headline); `start` is the batch's first number."""
        self.db.executemany("INSERT INTO posting VALUES (?,?,?,?,?,?)", (
            (_reversed_bits(bucket, BUCKET_BITS), term.encode("utf-8", "surrogatepass"), start,
             array("I", everywhere).tobytes(), array("I", head).tobytes(), array("I", title).tobytes())
            for bucket, term, everywhere, head, title in rows))
        self.db.commit()

    def finish(self) -> None:
        """After the last `add`: index the rows for reading."""
        self.db.execute("CREATE INDEX posting_order ON posting (bucket, term, start)")

    def postings(self, shard: int = 0, shards: int = 1) -> Iterator[tuple[str, list[int], list[int], list[int]]]:
        """Each term of shard `shard` of `shards` (a power of two, at most 2^16; by default
        every term) with its whole postings, in no particular order of terms."""
        bits = shards.bit_length() - 1
        low = _reversed_bits(shard, bits) << (BUCKET_BITS - bits)
        rows = self.db.execute("SELECT term, everywhere, head, title FROM posting WHERE bucket >= ? AND bucket < ?"
                               " ORDER BY bucket, term, start", (low, low + (1 << (BUCKET_BITS - bits))))
        for term, group in itertools.groupby(rows, key=lambda row: row[0]):
            levels = (array("I"), array("I"), array("I"))
            for _, *parts in group:
                for level, part in zip(levels, parts):
                    level.frombytes(part)
            yield bytes(term).decode("utf-8", "surrogatepass"), *(level.tolist() for level in levels)

    def close(self) -> None:
        self.db.close()
