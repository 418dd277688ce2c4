"""Chinese full-text search for the static site: a sharded index built at conversion time.

What it does: turns the catalogue (the dicts written to `docs/data/articles.jsonl`) into small
static files under `docs/rr-search/`.  The hand-written browser script
`docs/assets/javascripts/rr-search-load.js` loads only the files a query needs, as classic
`<script>` tags that call a registration function (JSONP style).  That is what lets the same
search run over HTTP and from `file://` in the offline bundle, where `fetch()` and XHR are
blocked, and what keeps the first query cheap at 10,000+ articles (see notes/search-design.md).

- `fold()` (`meta/fold.py`'s `fold_search`) folds traditional to simplified characters (a
  per-character table derived from OpenCC `t2s`), full-width ASCII to ASCII and upper to lower case.  The very same table is
  shipped to the browser (`fold.js`), so a query folds exactly as the index did: 鄭州 and 郑州
  meet at 郑州.  Folding maps one UTF-16 unit to one, so a position in folded text is the same
  position in the original: results and article pages highlight the original script.
- Terms: character bigrams of every CJK run (mid-word queries, any word jieba does not know),
  whole Latin/digit words, and for the head fields (title, kicker, subtitle, series, authors,
  people, places, organizations) also single characters and whole words: the headline's
  jieba search-mode words, which the keyword stage already cut (`head_words`: segmentation
  happens once per article), and the article's extracted names (郑东新区, also where they
  stand in its headline).
- Postings: per term, the article numbers containing it anywhere, in a head field and in the
  headline (for ranking), delta-encoded, sharded by an FNV-1a hash of the term.
- Doc files: one per article, with what a result shows (title, date, publication, url) and the
  plain text (snippets, phrase check of the shown results, highlighting).

What it does not do: read or write files (the pipeline writes the returned mapping), rank by
term frequency or position, index single characters of the body, or know about MkDocs.
Article numbers follow (date, id), so an archive that grows at its newest end keeps its
numbers and its doc files.
"""
from __future__ import annotations

import hashlib
import html
import itertools
from itertools import repeat
import json
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import jieba  # named in the manifest: the head words come from its segmentation (keyword stage)

from ..convert.meta.fold import fold_search as fold, search_fold_table as fold_table
from ..parallel import fork_map
from . import urls
from .search_spill import BUCKET_BITS, Spill
# The index's patterns (mirrored in rr-search-query.js: keep both in step).
from ..patterns import CJK_BIGRAM, CJK_RUN, MD_ESCAPE, MD_HEADING, SAFE_URL, TERM_RUN, WORD_RUN

#: Folder under docs/ that holds every generated search file (git-ignored, fully generated).
SEARCH_DIR = "rr-search"
#: Format version of the files, checked by rr-search-load.js.
FORMAT = 2
#: Fields whose words rank higher than body words: the headline first, then the series and
#: the names (lists).  A hit in every query term of the headline ranks first of all.
TITLE_FIELDS = ("title", "kicker", "subtitle")
HEAD_TEXT_FIELDS = (*TITLE_FIELDS, "series")
HEAD_NAME_FIELDS = ("authors", "people", "places", "organizations")
#: Target size of one postings shard, in bytes: small enough that a first query stays a few
#: hundred KB, big enough that 10,000 articles do not need tens of thousands of files.
SHARD_TARGET_BYTES = 24_000
#: Fewest articles per process worth forking for (a fork and its pickled postings cost about
#: as much as indexing a thousand articles).
PARALLEL_MIN_ARTICLES = 2000
#: Articles indexed at a time; their postings then wait in a `search_spill.Spill`.
INDEX_BATCH = 2000
#: Plain text kept per article for snippets and the phrase check (longer text is cut).
DOC_TEXT_LIMIT = 20_000

# --- terms -------------------------------------------------------------------------------------

def iter_terms(folded: str, *, unigrams: bool = False) -> Iterator[str]:
    """Index terms of folded text: CJK bigrams, Latin/digit words, and single CJK characters
    when `unigrams` (head fields only: a single character of the body finds too much).

    Python strings index by code point, so a supplementary character counts as one character,
    as `Array.from` does in rr-search-query.js.
    """
    for match in TERM_RUN.finditer(folded):
        run = match.group()
        if run[0] < "\u0080":
            yield run[:32]
            continue
        if unigrams:
            yield from run
        for i in range(len(run) - 1):
            yield run[i:i + 2]


def text_terms(folded: str) -> set[str]:
    """`set(iter_terms(folded))`, faster: the body of every article goes through here."""
    terms = set(CJK_BIGRAM.findall(folded))
    terms.update(w[:32] for w in WORD_RUN.findall(folded))
    return terms


def _is_word(token: str) -> bool:
    """A jieba word or a name worth a whole-token entry: 3+ characters, all CJK (2-character
    words are bigrams already) or a Latin/digit word."""
    return (len(token) >= 3 and CJK_RUN.fullmatch(token) is not None) or (
        WORD_RUN.fullmatch(token) is not None)


def _strings(article: dict, fields: Iterable[str]) -> list[str]:
    """The string values of `fields`, list fields flattened (anything else is ignored)."""
    out: list[str] = []
    for name in fields:
        value = article.get(name)
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            out += [v for v in value if isinstance(v, str)]
    return out


def title_terms(article: dict) -> set[str]:
    """Terms of the headline (title, kicker, subtitle): bigrams, single characters, its jieba
    search-mode words (`head_words`, cut by the keyword stage) and the article's names that
    stand in it, whole."""
    lines = [fold(text) for text in _strings(article, TITLE_FIELDS)]
    terms: set[str] = set()
    for line in lines:
        terms.update(iter_terms(line, unigrams=True))
    terms.update(w for w in map(fold, _strings(article, ("head_words",))) if _is_word(w))
    for name in map(fold, _strings(article, HEAD_NAME_FIELDS)):
        if _is_word(name) and any(name in line for line in lines):
            terms.add(name)
    return terms


def head_terms(article: dict, title: set[str] | None = None) -> set[str]:
    """Terms of every head field: the headline's (`title`, when already computed), the
    series', and the names', each name also whole (`郑东新区`)."""
    terms = set(title) if title is not None else title_terms(article)
    for text in _strings(article, ("series",)):
        terms.update(iter_terms(fold(text), unigrams=True))
    for name in map(fold, _strings(article, HEAD_NAME_FIELDS)):
        terms.update(iter_terms(name, unigrams=True))
        if _is_word(name):
            terms.add(name)
    return terms


def plain_text(markdown: str) -> str:
    """The text a reader sees in an article body: no heading markers, no backslash escapes,
    entities decoded, one paragraph per line."""
    text = MD_ESCAPE.sub(r"\1", MD_HEADING.sub("", markdown or ""))
    text = html.unescape(text)
    return "\n".join(p.strip() for p in text.splitlines() if p.strip())


def body_terms(article: dict, text: str) -> set[str]:
    """Terms of the body and of the fields searched like body text (publication)."""
    return text_terms(fold(text)) | text_terms(fold(article.get("publication") or ""))


# --- encoding ----------------------------------------------------------------------------------

def shard_of(term: str, shards: int) -> int:
    """FNV-1a (32 bit) over the UTF-16 code units of `term`, modulo `shards` (a power of two).
    rr-search-query.js computes the same with `charCodeAt` and `Math.imul`."""
    h = 0x811C9DC5
    units = term.encode("utf-16-le")
    for i in range(0, len(units), 2):
        h ^= units[i] | (units[i + 1] << 8)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h & (shards - 1)


#: `json.dumps(…, ensure_ascii=False, separators=(",", ":"))` with one encoder for every call.
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def to_js(value: object) -> str:
    """JSON as a JavaScript literal that is safe anywhere: no raw `<`, `>`, `&`, U+2028/2029.
    Source text only ever reaches the page through `textContent` (see rr-search-ui.js)."""
    return (_JSON.encode(value)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _deltas(numbers: list[int]) -> str:
    """Sorted numbers as a JS array of differences: [3,7,8] -> "[3,4,1]"."""
    return "[" + ",".join(map(str, map(int.__sub__, numbers, [0] + numbers[:-1]))) + "]"


def _posting(*levels: list[int] | None) -> str:
    """Articles with the term anywhere, then in a head field, then in the headline, each a
    subset of the one before; a list equal to the one before is written `1`, trailing empty
    lists are left out: `[[0,4,1]]`, `[[0,4,1],1]`, `[[0,4,1],[4],1]`."""
    parts: list[str] = []
    previous: list[int] | None = None
    for docs in levels:
        if not docs:
            break
        parts.append("1" if previous is not None and len(docs) == len(previous) else _deltas(docs))
        previous = docs
    return "[" + ",".join(parts) + "]"


def _shard_count(total_bytes: int) -> int:
    shards = 1
    while shards * SHARD_TARGET_BYTES < total_bytes and shards < 65536:
        shards *= 2
    return shards


def safe_url(article: dict) -> str:
    """The article's site-relative url, or its own (`urls.article_url`) when the catalogue's looks odd."""
    url = article.get("url") or ""
    if isinstance(url, str) and SAFE_URL.match(url):
        return url
    return urls.article_url(f"{article.get('id')}")


def _head_extras(article: dict) -> list[str]:
    """Head text a result does not show but a hit may be in: series and names."""
    extras = [article.get("series") or ""]
    extras += [n for f in HEAD_NAME_FIELDS[1:] for n in (article.get(f) or [])]
    return [e for e in extras if isinstance(e, str) and e]


def doc_record(article: dict, text: str) -> dict:
    """What a result shows and what the snippet and phrase check read."""
    record = {
        "id": article.get("id"),
        "t": article.get("title") or "",
        "k": article.get("kicker") or "",
        "s": article.get("subtitle") or "",
        "a": [n for n in (article.get("authors") or []) if isinstance(n, str)],
        "h": " ".join(_head_extras(article)),
        "p": article.get("publication") or "",
        "d": article.get("date") or "",
        "u": safe_url(article),
        "x": text[:DOC_TEXT_LIMIT],
    }
    if len(text) > DOC_TEXT_LIMIT:
        record["cut"] = 1
    return record


# --- the whole index ---------------------------------------------------------------------------

def _append_all(postings: dict[str, list[int]], terms: set[str], number: int) -> None:
    """`for t in terms: postings[t].append(number)`, iterated in C: 10,000 articles make
    some 14 million postings, and this loop was the index build's largest cost."""
    deque(map(list.append, map(postings.__getitem__, terms), repeat(number)), maxlen=0)


@dataclass
class _Part:
    """What indexing a run of consecutive articles gives: their doc files and postings."""

    start: int = 0  # the number of the run's first article
    docs: list[tuple[str, str]] = field(default_factory=list)
    everywhere: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    in_head: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    in_title: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))


def _index_range(job: tuple[int, list[dict]]) -> _Part:
    """Index `articles`, numbered from `start`."""
    start, articles = job
    part = _Part(start)
    for number, article in enumerate(articles, start):
        text = plain_text(article.get("body") or "")
        part.docs.append((f"{SEARCH_DIR}/d/{number}.js",
                          f"__rrs.d({number},{to_js(doc_record(article, text))});\n"))
        title = title_terms(article)
        head = head_terms(article, title)
        terms = body_terms(article, text)
        terms |= head
        _append_all(part.in_title, title, number)
        _append_all(part.in_head, head, number)
        _append_all(part.everywhere, terms, number)
    return part


def chunked(items: Iterable, size: int) -> Iterator[list]:
    items = iter(items)
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def _ranges(start: int, articles: list[dict], jobs: int, min_per_job: int) -> list[tuple[int, list[dict]]]:
    """`articles` (numbered from `start`) cut into one run per process worth forking."""
    jobs = max(1, min(jobs, len(articles) // max(1, min_per_job)))
    size = -(-len(articles) // jobs) or 1
    return [(start + i, articles[i:i + size]) for i in range(0, len(articles), size)]


def iter_search_files(articles: list[dict], *, jobs: int = 1,
                      min_per_job: int = PARALLEL_MIN_ARTICLES) -> Iterator[tuple[str, str]]:
    """Yield `(path relative to docs/, file contents)` for every search file.

    Same as `build_search_files`, one file at a time.
    """
    ordered = sorted(articles, key=lambda a: (str(a.get("date") or ""), str(a.get("id") or "")))
    yield from iter_ordered_search_files(ordered, jobs=jobs, min_per_job=min_per_job)


def iter_ordered_search_files(ordered: Iterable[dict], *, spill: str = ":memory:", jobs: int = 1,
                              min_per_job: int = PARALLEL_MIN_ARTICLES,
                              batch: int = INDEX_BATCH) -> Iterator[tuple[str, str]]:
    """`iter_search_files` for articles already in index order (by date, then id), read
    `batch` at a time: each batch's doc files are yielded and its postings go to the `spill`
    database (a file, or in memory), from which the shards are then made one at a time.  The
    files are the same for any `batch` and `jobs`."""
    postings = Spill(spill)
    digest = hashlib.sha1(f"rr-search {FORMAT}".encode())
    count = 0
    items = iter(ordered)
    while chunk := list(itertools.islice(items, batch)):
        for part in fork_map(jobs)(_index_range, _ranges(count, chunk, jobs, min_per_job)):
            for path, text in part.docs:
                digest.update(text.encode())
                yield path, text
            postings.add(part.start, ((shard_of(term, 1 << BUCKET_BITS), term, docs, part.in_head.get(term, ()),
                                       part.in_title.get(term, ())) for term, docs in part.everywhere.items()))
        count += len(chunk)
    postings.finish()
    size = 0
    for encoded in chunked(((bucket, term, _posting(*levels)) for bucket, term, *levels in postings.postings()), 10_000):
        size += sum(len(term) * 3 + len(text) + 4 for _, term, text in encoded)
        postings.keep(encoded)
    shards = _shard_count(size)
    for index in range(shards):
        group = sorted(postings.encoded(index, shards))
        body = f"__rrs.t({index},{{{','.join(f'{to_js(term)}:{encoded}' for term, encoded in group)}}});\n"
        digest.update(body.encode())
        yield f"{SEARCH_DIR}/t/{index:x}.js", body
    postings.close()

    table = fold_table()
    keys, values = "".join(table), "".join(table.values())
    yield f"{SEARCH_DIR}/fold.js", f"__rrs.f({to_js(keys)},{to_js(values)});\n"
    manifest = {"format": FORMAT, "docs": count, "shards": shards,
                "build": digest.hexdigest()[:12], "dirurls": False,
                "segmenter": f"jieba {jieba.__version__}"}
    yield f"{SEARCH_DIR}/manifest.js", f"__rrs.m({to_js(manifest)});\n"


def build_search_files(articles: list[dict], *, jobs: int = 1) -> dict[str, str]:
    """Build every search file for the catalogue.

    Args:
        articles: the catalogue dicts, as in `docs/data/articles.jsonl` (id, title, kicker,
            subtitle, authors, people, places, organizations, series, publication, date,
            url, body), plus `head_words` (`catalog.search_record`); missing fields count
            as empty.
        jobs: processes to index with (forked; used from PARALLEL_MIN_ARTICLES articles
            per process on); the files are the same for any number.

    Returns:
        `{path relative to docs/: contents}`: `rr-search/manifest.js`, `rr-search/fold.js`,
        `rr-search/t/<hex>.js` (postings shards) and `rr-search/d/<n>.js` (one per article).
        The pipeline writes them and removes any other file under `rr-search/`.
    """
    return dict(iter_search_files(articles, jobs=jobs))
