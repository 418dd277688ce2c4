"""The archive's metadata in an embedded SQLite database, so that no step holds every article.

Conversion results are added a batch at a time (`add`): one row per article (its sort keys
and the whole `Article`, pickled without its provenance spans), one per facet value of an
article, one per source file (its row of the sources index, its debris lines and issues).
`finish` then indexes the tables and works out the terms that get a page.  The index pages
read what each of them lists — one issue, one term, one page of a listing — in the order the
page shows it (`issue_articles`, `term_articles` …), and only that.

Every order here is the one the in-memory code had: text columns are UTF-8 BLOBs (lone
surrogates kept), compared byte by byte, which is code-point order, the order of Python's
`str`; ties fall back to `seq`, the order in which articles were added (a stable sort's).
Orders Python defines over a bounded group (printed order within an issue, a term's name
among its spellings) are computed in Python over that group.

Does not: decide where the database file lives (the caller passes a path, `:memory:` by
default), render pages, write anything but the database.
"""
from __future__ import annotations

import dataclasses
import pickle
import sqlite3
from collections.abc import Iterable, Iterator

from ..model import Article, SourceResult
from .catalog import debris_lines, issue_records
from .pages.common import slug
from .pages.facets import FACETS, Term, neg_date, term_name
from .pages.issues import Issue, Paper, paper_name, printed_key
from .pages.sources import SourceRow

SCHEMA = """
CREATE TABLE IF NOT EXISTS article (seq INTEGER PRIMARY KEY, aid BLOB, source BLOB, position INTEGER,
    paper_slug BLOB, paper BLOB, pub BLOB, date TEXT, neg_date BLOB, data BLOB);
CREATE TABLE IF NOT EXISTS facet_value (facet TEXT, slug BLOB, value BLOB, seq INTEGER);
CREATE TABLE IF NOT EXISTS source (seq INTEGER PRIMARY KEY, source BLOB, row BLOB, debris BLOB, issues BLOB);
CREATE TABLE IF NOT EXISTS term (facet TEXT, slug BLOB, name BLOB, count INTEGER, spellings BLOB,
    PRIMARY KEY (facet, slug));
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS article_issue ON article (paper_slug, date);
CREATE INDEX IF NOT EXISTS article_search ON article (date, aid);
CREATE INDEX IF NOT EXISTS facet_term ON facet_value (facet, slug, seq);
CREATE INDEX IF NOT EXISTS source_name ON source (source);
CREATE INDEX IF NOT EXISTS term_rank ON term (facet, count DESC, name);
"""
FACET_BY_KEY = {f.key: f for f in FACETS}


def _b(text: str | None) -> bytes | None:
    return None if text is None else text.encode("utf-8", "surrogatepass")


def _s(data: bytes | None) -> str | None:
    return None if data is None else bytes(data).decode("utf-8", "surrogatepass")


def _dump(value) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


class ArchiveDB:
    """One archive's catalogue; `path` is a file (shared with other processes, which open their
    own `ArchiveDB` on it) or `:memory:`."""

    def __init__(self, path: str = ":memory:") -> None:
        self.path = str(path)
        self.db = sqlite3.connect(self.path)
        # A scratch database, rebuilt by every run: no journal, no waiting for the disk.
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-16000;"
                              "PRAGMA temp_store=FILE;" + SCHEMA)
        self._articles = self.db.execute("SELECT COUNT(*) FROM article").fetchone()[0]

    def close(self) -> None:
        self.db.close()

    # --- writing -------------------------------------------------------------------------------

    def add(self, results: Iterable[SourceResult]) -> None:
        """Append results (in archive order: the order pages and the catalogue list them)."""
        articles, values, sources = [], [], []
        for result in results:
            sources.append((_b(result.source), _dump(SourceRow.of(result)), _b(debris_lines(result)),
                            _dump(issue_records(result))))
            for article in result.articles:
                self._articles += 1
                seq = self._articles
                name = paper_name(article)
                articles.append((seq, _b(article.id), _b(article.source), article.position, _b(slug(name)),
                                 _b(name), _b(article.publication or ""), article.date or None,
                                 _b(neg_date(article.date)), _dump(dataclasses.replace(article, spans=()))))
                for facet in FACETS:
                    values += [(facet.key, _b(slug(v)), _b(v), seq) for v in dict.fromkeys(facet.values(article))]
        self.db.executemany("INSERT INTO article VALUES (?,?,?,?,?,?,?,?,?,?)", articles)
        self.db.executemany("INSERT INTO facet_value VALUES (?,?,?,?)", values)
        self.db.executemany("INSERT INTO source (source, row, debris, issues) VALUES (?,?,?,?)", sources)
        self.db.commit()

    def finish(self) -> None:
        """After the last `add`: index the tables and record the terms that get a page."""
        self.db.executescript(INDEXES)
        self.db.execute("DELETE FROM term")
        spellings = self.db.execute("SELECT facet, slug, value, COUNT(*) FROM facet_value"
                                    " GROUP BY facet, slug, value ORDER BY facet, slug, value")
        counts = self.db.execute("SELECT facet, slug, COUNT(DISTINCT seq) FROM facet_value"
                                 " GROUP BY facet, slug ORDER BY facet, slug")
        rows, term, forms = [], None, {}
        for facet, key, value, n in [*spellings, (None, None, None, 0)]:
            if term is not None and (facet, key) != term:
                _, _, count = next(counts)
                if count >= FACET_BY_KEY[term[0]].min_articles:
                    rows.append((*term, _b(term_name(forms)), count, _dump(tuple(sorted(forms)))))
                forms = {}
            term = (facet, key)
            if value is not None:
                forms[_s(value)] = n
        self.db.executemany("INSERT INTO term VALUES (?,?,?,?,?)", rows)
        self.db.commit()

    # --- reading -------------------------------------------------------------------------------

    def _load(self, sql: str, params: tuple = ()) -> Iterator[Article]:
        for (data,) in self.db.execute(sql, params):
            yield pickle.loads(data)

    def articles(self) -> Iterator[Article]:
        """Every article, in archive order."""
        return self._load("SELECT data FROM article ORDER BY seq")

    def count(self) -> int:
        return self._articles

    def date_span(self) -> tuple[str | None, str | None]:
        return self.db.execute("SELECT MIN(date), MAX(date) FROM article WHERE date IS NOT NULL").fetchone()

    def papers(self) -> list[Paper]:
        """Every publication with its issues (by date) and its count of undated articles,
        biggest first; a publication printed in several spellings is shown in its most
        frequent one (the first printed, on a tie)."""
        names: dict[str, tuple] = {}
        for key, name, n, first in self.db.execute(
                "SELECT paper_slug, paper, COUNT(*), MIN(seq) FROM article GROUP BY paper_slug, paper"):
            best = names.get(key)
            if best is None or (-n, first) < (-best[1], best[2]):
                names[key] = (_s(name), n, first)
        papers = {_s(key): Paper(_s(key), name) for key, (name, _, _) in names.items()}
        for key, date, n, pages in self.db.execute(
                "SELECT paper_slug, date, COUNT(*), COUNT(DISTINCT source) FROM article WHERE date IS NOT NULL"
                " GROUP BY paper_slug, date"):
            paper = papers[_s(key)]
            paper.issues.append(Issue(paper.slug, paper.name, date, n, pages))
        for key, n in self.db.execute("SELECT paper_slug, COUNT(*) FROM article WHERE date IS NULL GROUP BY paper_slug"):
            papers[_s(key)].undated = n
        for paper in papers.values():
            paper.issues.sort(key=lambda i: i.date)
        return sorted(papers.values(), key=lambda p: (-p.count, p.name))

    def issue_articles(self, issue: Issue) -> list[Article]:
        """An issue's articles in printed order."""
        found = self._load("SELECT data FROM article WHERE paper_slug = ? AND date = ? ORDER BY seq",
                           (_b(issue.paper_slug), issue.date))
        return sorted(found, key=printed_key)

    def undated_articles(self, paper: Paper) -> Iterator[Article]:
        """A paper's undated articles in source order."""
        return self._load("SELECT data FROM article WHERE paper_slug = ? AND date IS NULL"
                          " ORDER BY source, position, seq", (_b(paper.slug),))

    def latest(self, count: int) -> list[Article]:
        """The first `count` articles of `feeds.latest` order: newest issue first (publication
        as printed, descending, on one date), printed order within it, undated last."""
        groups = sorted(self.db.execute("SELECT DISTINCT date, pub FROM article WHERE date IS NOT NULL"),
                        reverse=True)
        out: list[Article] = []
        for date, pub in groups:
            if len(out) >= count:
                break
            out += sorted(self._load("SELECT data FROM article WHERE date = ? AND pub = ? ORDER BY seq",
                                     (date, pub)), key=printed_key)
        if len(out) < count:
            out += self._load("SELECT data FROM article WHERE date IS NULL ORDER BY source, position, seq"
                              " LIMIT ?", (count - len(out),))
        return out[:count]

    def search_order(self) -> Iterator[Article]:
        """Every article by date (undated first: NULL sorts first) and id: the search index
        numbers them so.  Read along the (date, aid) index, not sorted with the blobs."""
        return self._load("SELECT data FROM article INDEXED BY article_search ORDER BY date, aid, seq")

    # --- terms ---------------------------------------------------------------------------------

    def _term(self, facet: str, row: tuple) -> Term:
        key, name, count, spellings = row
        return Term(FACET_BY_KEY[facet], _s(key), _s(name), count, pickle.loads(spellings))

    def term_count(self, facet: str) -> int:
        return self.db.execute("SELECT COUNT(*) FROM term WHERE facet = ?", (facet,)).fetchone()[0]

    def terms(self, facet: str, offset: int = 0, limit: int = -1) -> list[Term]:
        """A facet's terms with a page, most articles first (`facets.term_order`)."""
        rows = self.db.execute("SELECT slug, name, count, spellings FROM term WHERE facet = ?"
                               " ORDER BY count DESC, name LIMIT ? OFFSET ?", (facet, limit, offset))
        return [self._term(facet, row) for row in rows]

    def term(self, facet: str, key: str) -> Term | None:
        """The term of `facet` with slug `key`, if it has a page."""
        row = self.db.execute("SELECT slug, name, count, spellings FROM term WHERE facet = ? AND slug = ?",
                              (facet, _b(key))).fetchone()
        return self._term(facet, row) if row else None

    def term_articles(self, term: Term, chunk: int = 100) -> Iterator[Article]:
        """A term's articles, newest first (`facets.article_order`).  The order is worked out
        on the keys alone, then the articles are read `chunk` at a time: sorting them with
        their blobs made SQLite spill every article of a common term to disk."""
        order = [seq for (seq,) in self.db.execute(
            "SELECT seq FROM article WHERE seq IN (SELECT seq FROM facet_value WHERE facet = ? AND slug = ?)"
            " ORDER BY date IS NULL, neg_date, source, position, seq", (term.facet.key, _b(term.slug)))]
        for start in range(0, len(order), chunk):
            seqs = order[start:start + chunk]
            found = dict(self.db.execute(f"SELECT seq, data FROM article WHERE seq IN ({','.join('?' * len(seqs))})",
                                         seqs))
            for seq in seqs:
                yield pickle.loads(found[seq])

    # --- sources -------------------------------------------------------------------------------

    def source_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM source").fetchone()[0]

    def source_rows(self, offset: int = 0, limit: int = -1) -> list[SourceRow]:
        """Rows of the sources index, by path."""
        rows = self.db.execute("SELECT row FROM source ORDER BY source, seq LIMIT ? OFFSET ?", (limit, offset))
        return [pickle.loads(row) for (row,) in rows]

    def debris_lines(self) -> Iterator[str]:
        for (text,) in self.db.execute("SELECT debris FROM source ORDER BY seq"):
            yield _s(text)

    def issue_records(self) -> list[dict]:
        return [r for (data,) in self.db.execute("SELECT issues FROM source ORDER BY seq")
                for r in pickle.loads(data)]

