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
            "CREATE TABLE posting (bucket INTEGER, term BLOB, start INTEGER, everywhere BLOB, head BLOB, title BLOB);"
            "DROP TABLE IF EXISTS encoded; CREATE TABLE encoded (bucket INTEGER, term BLOB, text TEXT);")

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

    def _range(self, shard: int, shards: int) -> tuple[int, int]:
        bits = shards.bit_length() - 1
        low = _reversed_bits(shard, bits) << (BUCKET_BITS - bits)
        return low, low + (1 << (BUCKET_BITS - bits))

    def postings(self, shard: int = 0, shards: int = 1) -> Iterator[tuple[int, str, list[int], list[int], list[int]]]:
        """Each term of shard `shard` of `shards` (a power of two, at most 2^16; by default
        every term) with its bucket and whole postings, in no particular order of terms."""
        rows = self.db.execute("SELECT bucket, term, everywhere, head, title FROM posting WHERE bucket >= ?"
                               " AND bucket < ? ORDER BY bucket, term, start", self._range(shard, shards))
        for (bucket, term), group in itertools.groupby(rows, key=lambda row: row[:2]):
            levels = (array("I"), array("I"), array("I"))
            for _, _, *parts in group:
                for level, part in zip(levels, parts):
                    level.frombytes(part)
            yield bucket, bytes(term).decode("utf-8", "surrogatepass"), *(level.tolist() for level in levels)

    def keep(self, rows: Iterable[tuple[int, str, str]]) -> None:
        """Terms' postings as written in the shards, `(bucket, term, text)` (from `postings`),
        so that they are encoded once: `encoded` reads them back by shard."""
        self.db.executemany("INSERT INTO encoded VALUES (?,?,?)",
                            ((bucket, term.encode("utf-8", "surrogatepass"), text) for bucket, term, text in rows))

    def encoded(self, shard: int, shards: int) -> Iterator[tuple[str, str]]:
        """`(term, text)` of every term `keep` was given in shard `shard` of `shards`."""
        if shard == 0:
            self.db.execute("CREATE INDEX IF NOT EXISTS encoded_order ON encoded (bucket)")
        rows = self.db.execute("SELECT term, text FROM encoded WHERE bucket >= ? AND bucket < ?",
                               self._range(shard, shards))
        for term, text in rows:
            yield bytes(term).decode("utf-8", "surrogatepass"), text

    def close(self) -> None:
        self.db.close()
