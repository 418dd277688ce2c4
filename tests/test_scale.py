"""Memory that does not grow with the archive (issue 16): the generated tree is the same whatever
the batch size, and its index pages are pinned by a digest taken before they came from the
archive database.

The sample archive is built here from `Article` values (not by the converter), so changes to the
converter's rules never move the digest: only the site side can.  It has what the index pages
must get right: spellings of one paper and one name in both scripts (and a tie between them),
dated and undated articles, pages with and without 版次, untitled articles, more than `PER_PAGE`
articles of one term and more than `TERMS_PER_PAGE` sources, keywords of one article only,
sources without articles, warnings and debris.

Update the digest (after a deliberate change of the pages): `PYTHONPATH=. python tests/test_scale.py --update`.
"""
from __future__ import annotations

import gc
import hashlib
import json
import random
import sys
import weakref
from pathlib import Path

import pytest

from bench.generate import generate_archive
from reading_room.model import Article, ConversionIssue, Debris, SourceResult, Span
from reading_room.publish import runner
from reading_room.publish.archive import BuildSettings, convert
from reading_room.site.archive_db import ArchiveDB
from reading_room.site.catalog import search_record
from reading_room.site.indexes import site_files
from reading_room.site.pages import feeds
from reading_room.site.pages.common import slug
from reading_room.site.pages.facets import FACETS, article_order
from reading_room.site.search_index import iter_ordered_search_files, iter_search_files

GOLDEN = Path(__file__).parent / "golden" / "scale_sample.json"

PAPERS = ("郑州日报", "鄭州日報", "郑州晚报", None)
NAMES = ("王鸿勋", "王鴻勛", "杨丽萍", "刘盼盼", "董艳竹", "常程", "李四", "赵六", "孙七", "周八")
PAGES = ("A01", "A02", "A10", "B03", "01", "特刊", None)
WORDS = ("郑州", "科技", "创新", "文化", "教育", "交通", "医疗", "农业", "旅游", "体育", "黄河", "生态")


def sample_results(sources: int = 530, seed: int = 16) -> list[SourceResult]:
    """A deterministic archive of about 1,300 articles in `sources` files."""
    rng = random.Random(seed)
    results = []
    for s in range(sources):
        name = f"{'abc'[s % 3]}/{s:04d}_{rng.randrange(16**6):06x}.txt"
        paper = PAPERS[rng.randrange(len(PAPERS))]
        date = None if rng.random() < 0.15 else f"202{rng.randrange(3, 5)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        page = PAGES[rng.randrange(len(PAGES))]
        articles = []
        for position in range(1, rng.choice((0, 1, 2, 3, 4, 5)) + 1):
            words = [WORDS[rng.randrange(len(WORDS))] + str(rng.randrange(60)) for _ in range(rng.randrange(4))]
            if rng.random() < 0.8:
                words.append("郑州")  # one keyword on most articles: more than PER_PAGE of them
            body = "\n\n".join(f"第{p}段。" + "正文" * rng.randrange(1, 30) for p in range(rng.randrange(1, 4)))
            if rng.random() < 0.2:
                body += "\n\n## 小标题\n\n结尾。"
            articles.append(Article(
                id=f"{name[2:-4]}-{position:02d}", source=name, position=position,
                title=None if rng.random() < 0.1 else f"标题{s}之{position}" + ("：副" if rng.random() < 0.1 else ""),
                kicker="引题" if rng.random() < 0.1 else None, subtitle="——访某某" if rng.random() < 0.1 else None,
                authors=tuple(rng.sample(NAMES, rng.randrange(5))), correspondents=(), editors=("编辑甲",),
                photographers=(), publication=paper if rng.random() < 0.95 else PAPERS[rng.randrange(3)],
                date=date, date_source="explicit" if date else None, date_text=date, page=page,
                section="要闻" if page else None, series="系列访谈" if rng.random() < 0.05 else None,
                continued_from=None, continued_to=None, script="hant" if paper and "報" in paper else "hans",
                encoding="utf-8", source_lines=(position * 10, position * 10 + 5), printed_credits=(),
                body=body, chars=len(body), keywords=tuple(dict.fromkeys(words)),
                people=tuple(rng.sample(NAMES[:4], rng.randrange(2))), places=("郑东新区",) if rng.random() < 0.3 else (),
                organizations=("市科技局",) if rng.random() < 0.2 else (), head_words=("标题",)))
        debris = tuple(Debris("nav", Span(line, 0, "返回主页", "返回主页")) for line in (3, 1)[:rng.randrange(3)])
        issues = (ConversionIssue(name, "decode", "low confidence", "warning"),) if s % 37 == 0 else ()
        results.append(SourceResult(name, tuple(articles), debris, issues, text=f"第一行\n{name}\n第三行",
                                    encoding="utf-8", sha256=f"{s:064x}"))
    return results


def tree_digests(files) -> dict[str, str]:
    """A digest per folder (down to two levels: `articles`, `papers/郑州日报`, `rr-search/d`):
    small to keep, and a failure still says where the difference is."""
    groups: dict[str, "hashlib._Hash"] = {}
    for path, content in sorted(files):
        data = content.encode("utf-8") if isinstance(content, str) else content
        key = "/".join(path.split("/")[:-1][:2]) or path
        digest = groups.setdefault(key, hashlib.sha256())
        digest.update(path.encode() + b"\0" + data + b"\0")
    return {key: digest.hexdigest()[:20] for key, digest in groups.items()}


def sample_tree() -> dict[str, str]:
    results = sample_results()
    files = dict(site_files(results))
    records = [search_record(a) for r in results for a in r.articles]
    files.update(iter_search_files(records))
    return files


def test_index_pages_match_the_digest_taken_before_the_database():
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    got = tree_digests(sample_tree().items())
    assert sorted(got) == sorted(expected)
    assert {k: v for k, v in got.items() if expected[k] != v} == {}


def test_database_orders_are_the_in_memory_orders():
    results = sample_results()
    articles = [a for r in results for a in r.articles]
    db = ArchiveDB()
    db.add(results[:100])
    db.add(results[100:])  # batches in archive order are one archive
    db.finish()
    assert [a.id for a in db.articles()] == [a.id for a in articles]
    assert [a.id for a in db.latest(200)] == [a.id for a in feeds.latest(articles)[:200]]
    assert [a.id for a in db.search_order()] == [a.id for a in sorted(articles, key=lambda a: (a.date or "", a.id))]
    for facet in FACETS:
        terms = db.terms(facet.key)
        assert len(terms) == db.term_count(facet.key) > 0
        for term in terms[:5] + terms[-5:]:
            mine = [a for a in articles if any(slug(v) == term.slug for v in facet.values(a))]
            assert term.count == len(mine) >= facet.min_articles
            assert [a.id for a in db.term_articles(term)] == [a.id for a in sorted(mine, key=article_order)]


def test_search_files_are_the_same_for_any_batch():
    records = sorted((search_record(a) for r in sample_results(120) for a in r.articles),
                     key=lambda a: (a["date"] or "", a["id"]))
    assert dict(iter_ordered_search_files(records, batch=7)) == dict(iter_ordered_search_files(records, batch=10_000))


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    out = tmp_path_factory.mktemp("gen") / "sources"
    generate_archive(80, out, seed=16)
    return out


def tree(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


def test_docs_are_the_same_for_any_batch_size(generated, tmp_path):
    small = convert(BuildSettings(generated, tmp_path / "small", batch=1))
    large = convert(BuildSettings(generated, tmp_path / "large", batch=10_000, jobs=2, min_pages_per_job=1,
                                  min_articles_per_job=1))
    assert small.summary() == large.summary() and small.articles > 50
    assert tree(tmp_path / "small") == tree(tmp_path / "large")


def test_a_run_holds_about_two_batches_of_results(generated, tmp_path, monkeypatch):
    """Results are dropped once their batch is written: at most the batch being written and
    the one being converted are alive, whatever the number of files."""
    alive: weakref.WeakSet = weakref.WeakSet()
    peak = [0]
    real = runner.convert_input

    def tracked(item):
        gc.collect()
        peak[0] = max(peak[0], len(alive))
        result = real(item)
        alive.add(result)
        return result

    monkeypatch.setattr(runner, "convert_input", tracked)
    report = convert(BuildSettings(generated, tmp_path / "docs", batch=2))
    assert report.files >= 8 and 1 <= peak[0] <= 2 * 2


def test_an_increment_gives_the_docs_of_a_clean_build(generated, tmp_path):
    """Daily increments: a built archive, then files added, one corrected and one deleted, then
    converted again with the cache: the docs are those of a clean build of the new sources
    (files whose content did not change are left alone, stale ones removed)."""
    import shutil

    sources = tmp_path / "sources"
    shutil.copytree(generated, sources)
    files = sorted(p for p in sources.iterdir() if p.is_file())
    held = files[-3:]  # "the next day": added after the first build
    for path in held:
        path.rename(tmp_path / path.name)
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    first = convert(BuildSettings(sources, docs, cache=cache))
    for path in held:
        (tmp_path / path.name).rename(path)
    corrected = files[1]
    corrected.write_bytes(corrected.read_bytes().replace("。".encode(), "；".encode(), 1))
    files[0].unlink()
    again = convert(BuildSettings(sources, docs, cache=cache))
    clean = convert(BuildSettings(sources, tmp_path / "clean"))
    assert again.summary() == clean.summary() != first.summary()
    # More files change the folder's recurring lines, and so the conversion of some others.
    assert again.converted >= len(held) + 1 and again.cached > 0
    assert tree(docs) == tree(tmp_path / "clean")
    assert again.written["written"] > 0 and again.written["unchanged"] > 0 and again.written["removed"] > 0


@pytest.mark.slow
def test_a_site_in_many_small_parts_is_the_site_in_two(tmp_path):
    """MkDocs holds every page of a part until the part is built: parts of at most
    `pages_per_part` pages, two at a time, bound its memory and give the same site."""
    from reading_room.publish.sitebuild import build_site, part_count
    from rr_site import REPO, converted_docs

    docs = converted_docs()
    many = build_site(REPO / "mkdocs.yml", docs, tmp_path / "many", parts=2, pages_per_part=5)
    two = build_site(REPO / "mkdocs.yml", docs, tmp_path / "two", parts=2)
    assert many.parts == part_count(docs, 2, 5) > 5 and two.parts == 2
    a, b = tree(tmp_path / "many"), tree(tmp_path / "two")
    assert sorted(a) == sorted(b) and [p for p in a if a[p] != b[p]] == []


if __name__ == "__main__" and sys.argv[1:] == ["--update"]:
    GOLDEN.parent.mkdir(exist_ok=True)
    GOLDEN.write_text(json.dumps(tree_digests(sample_tree().items()), indent=1, ensure_ascii=False) + "\n",
                      encoding="utf-8")
