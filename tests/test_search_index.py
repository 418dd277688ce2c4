"""The static search index (reading_room/site/search_index.py) and the offline bundle's guards.

Tables of small hand-written articles; the browser side is in test_search_browser.py.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from reading_room.site import search_index as si
from reading_room.publish.bundle import bundle_name, iter_outside_loads

ROOT = Path(__file__).resolve().parent.parent
#: The search scripts, loading, query and UI parts together.
JS = "".join((ROOT / "docs/assets/javascripts" / f"rr-search-{part}.js").read_text("utf-8")
             for part in ("load", "query", "ui"))


def article(i: int, **fields) -> dict:
    base = {"id": f"a{i}", "title": None, "kicker": None, "subtitle": None, "authors": [],
            "people": [], "places": [], "organizations": [], "publication": "郑州日报",
            "date": f"2024-09-{10 + i:02d}", "script": "hans", "url": f"articles/a{i}/", "body": ""}
    base.update(fields)
    return base


SEEDS = [
    article(1, title="亚太“小伙伴”相聚郑州共话未来", kicker="聚焦创新驱动区域协同",
            authors=["杨丽萍"], body="3年前，世界城地组织亚太区第八届会员大会在郑州“云端”举行。"),
    article(2, title="鄭州在引領中國式現代化建設河南實踐中跑出“加速度”", script="hant",
            publication="鄭州晚報", body="9月18日，河南省委宣傳部舉行新聞發布會。\n\n## 聚焦都市圈建設\n\n營商環境持續優化。"),
    article(3, title="奋力开创现代化美丽登封建设新局面", people=["王鸿勋"], places=["郑东新区"],
            organizations=["登封市委"], body="王鸿勋表示，郑东新区要深化环评管理改革。"),
]


def unpack(call: str, name: str):
    """The JSON arguments of a registration call `__rrs.X(a,b);`."""
    match = re.fullmatch(rf"__rrs\.{name}\((.*)\);\n", call, re.S)
    assert match, call[:80]
    return json.loads(f"[{match.group(1)}]")


def postings(files: dict[str, str], term: str) -> list | None:
    manifest = unpack(files["rr-search/manifest.js"], "m")[0]
    shard = si.shard_of(term, manifest["shards"])
    index, entries = unpack(files[f"rr-search/t/{shard:x}.js"], "t")
    assert index == shard
    return entries.get(term)


def undelta(deltas: list[int]) -> list[int]:
    out, n = [], 0
    for d in deltas:
        n += d
        out.append(n)
    return out


def segmented(record: dict) -> dict:
    """The record with `head_words`, as the pipeline passes it (`catalog.search_record`)."""
    from reading_room.convert.meta.keywords import extract_terms

    terms = extract_terms(record["body"], title=record["title"], kicker=record["kicker"],
                          subtitle=record["subtitle"], script=record["script"])
    return dict(record, head_words=list(terms.head_words))


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    return si.build_search_files([segmented(a) for a in SEEDS])


# --- folding -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, folded", [
    ("鄭州", "郑州"),
    ("郑州", "郑州"),
    ("鄭東新區", "郑东新区"),
    ("營商環境", "营商环境"),
    ("中國式现代化", "中国式现代化"),  # mixed scripts meet too
    ("ＡＰＥＣ　２０２４", "apec 2024"),
    ("乾隆", "干隆"),  # per character, never by phrase: a query folds as the article did
])
def test_fold(text, folded):
    assert si.fold(text) == folded
    assert len(si.fold(text)) == len(text)


def test_fold_table_comes_from_opencc_and_keeps_lengths():
    table = si.fold_table()
    assert len(table) > 3000  # OpenCC's t2s characters, not a hand-made list
    assert all(len(k) == len(v) == 1 and ord(v) < 0x10000 for k, v in table.items())


# --- terms -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, unigrams, expected", [
    ("郑东新区", False, ["郑东", "东新", "新区"]),
    ("郑东新区", True, ["郑", "东", "新", "区", "郑东", "东新", "新区"]),
    ("“郑州”2024年apec", False, ["郑州", "2024", "apec"]),  # punctuation and digits cut runs
    ("城", False, []),  # a lone body character is not indexed
    ("𠀀𠀁", False, ["𠀀𠀁"]),  # supplementary characters count as one
])
def test_iter_terms(text, unigrams, expected):
    assert list(si.iter_terms(text, unigrams=unigrams)) == expected


def test_text_terms_is_iter_terms_as_a_set():
    text = si.fold("鄭州在引領中國式現代化建設“加速度”APEC 2024 𠀀𠀁城")
    assert si.text_terms(text) == set(si.iter_terms(text))


def test_head_words_and_names_are_whole_terms():
    """The jieba guard: the keyword stage segments the headline once (`head_words`) and the
    index takes its 3+ character words whole; without jieba these would not be terms.  The
    article's names are whole terms too, and headline terms where the headline holds them."""
    from reading_room.convert.meta.keywords import extract_terms

    words = extract_terms("", title=SEEDS[0]["title"], kicker=SEEDS[0]["kicker"]).head_words
    assert {"小伙伴", "伙伴", "亚太", "相聚", "创新", "驱动"} <= set(words)
    assert "小伙伴" in si.title_terms(dict(SEEDS[0], head_words=list(words)))
    assert "小伙伴" not in si.title_terms(SEEDS[0])  # from head_words, not from bigrams
    named = article(9, title="郑东新区王鸿勋调研", people=["王鸿勋"], places=["郑东新区"])
    assert {"郑东新区", "王鸿勋"} <= si.title_terms(named)
    assert "王鸿勋" not in si.title_terms(article(9, title="登封调研", people=["王鸿勋"]))
    assert "王鸿勋" in si.head_terms(article(9, title="登封调研", people=["王鸿勋"]))


@pytest.mark.parametrize("headline, script", [("中华人民共和国成立七十五周年", "hans"),
                                              ("郑州市高新技术产业开发区召开座谈会", "hans"),
                                              ("鄭州在引領中國式現代化建設河南實踐中跑出加速度", "hant")])
def test_head_words_are_jiebas_search_mode_words(headline, script):
    """`head_words` are what `jieba.cut_for_search` gives for the headline (2+ characters),
    spelled as printed: one segmentation, the keyword stage's, serves both."""
    import jieba

    from reading_room.convert.meta.keywords import extract_terms, fold

    words = extract_terms("", title=headline, script=script).head_words
    assert "".join(w for w in words if len(w) >= 2) and all(w in headline for w in words)
    expected = {w for w in jieba.cut_for_search(fold(headline)) if len(w) >= 2}
    assert {fold(w) for w in words} == expected


def test_plain_text_reads_markdown_as_the_reader_sees_it():
    assert si.plain_text("## 小标题\n\n正文\\*星号\\*与&lt;b&gt;。\n\n") == "小标题\n正文*星号*与<b>。"


# --- the files ---------------------------------------------------------------------------------

def test_every_file_is_a_registration_call(files):
    assert set(files) >= {"rr-search/manifest.js", "rr-search/fold.js"}
    for path, text in files.items():
        assert path.startswith("rr-search/") and path.endswith(".js")
        assert re.match(r"__rrs\.[mftd]\(", text), path
        assert "<" not in text and ">" not in text and "&" not in text  # escaped as \u003c …


def test_manifest(files):
    manifest = unpack(files["rr-search/manifest.js"], "m")[0]
    assert manifest["docs"] == 3 and manifest["format"] == si.FORMAT
    assert manifest["shards"] & (manifest["shards"] - 1) == 0  # a power of two
    assert manifest["dirurls"] is False and manifest["segmenter"].startswith("jieba")
    assert len([p for p in files if p.startswith("rr-search/t/")]) == manifest["shards"]


def test_docs_are_numbered_by_date_and_carry_what_a_result_shows(files):
    docs = [unpack(files[f"rr-search/d/{n}.js"], "d") for n in range(3)]
    assert [n for n, _ in docs] == [0, 1, 2]
    assert [d["id"] for _, d in docs] == ["a1", "a2", "a3"]
    second = docs[1][1]
    assert second["t"].startswith("鄭州在引領") and second["p"] == "鄭州晚報"  # original script
    assert second["x"] == "9月18日，河南省委宣傳部舉行新聞發布會。\n聚焦都市圈建設\n營商環境持續優化。"
    assert second["u"] == "articles/a2/" and second["d"] == "2024-09-12"


@pytest.mark.parametrize("term, docs, head, title", [
    # 郑州 and 鄭州 (headlines) fold together; 郑州日报 (publication) counts as body text
    ("郑州", [0, 1, 2], [0, 1], [0, 1]),
    ("营商", [1], [], []),  # body only
    ("小伙伴", [0], [0], [0]),  # a jieba word of a headline
    ("郑东新区", [2], [2], []),  # an extracted place, whole, not in the headline
    ("王鸿勋", [2], [2], []),
    ("环评", [2], [], []),
    ("杨丽萍", [0], [0], []),  # authors are head fields
    ("创新", [0], [0], [0]),  # the kicker is part of the headline
    ("郑", [0, 1, 2], [0, 1, 2], [0, 1]),  # single characters: head fields only
])
def test_postings(files, term, docs, head, title):
    entry = postings(files, term)
    assert entry is not None, term
    levels = []
    for part in entry:
        levels.append(levels[-1] if part == 1 else undelta(part))
    levels += [[]] * (3 - len(levels))
    assert levels == [docs, head, title]


def test_hostile_text_stays_text():
    evil = article(1, title="</script><script>alert(1)</script>", kicker="<img src=x onerror=alert(1)>",
                   body="&lt;b&gt;粗&lt;/b&gt; \u2028 line", url="javascript:alert(1)")
    files = si.build_search_files([evil])
    text = files["rr-search/d/0.js"]
    assert "<" not in text and "\u2028" not in text
    _, doc = unpack(text, "d")
    assert doc["t"] == "</script><script>alert(1)</script>"  # shown with textContent, as is
    assert doc["u"] == "articles/a1.html"  # an odd url is replaced, never followed
    assert "innerHTML" not in JS and "insertAdjacentHTML" not in JS and "document.write" not in JS


def test_missing_fields_count_as_empty():
    files = si.build_search_files([{"id": "x"}])
    _, doc = unpack(files["rr-search/d/0.js"], "d")
    assert doc["t"] == "" and doc["x"] == "" and doc["u"] == "articles/x.html"


def test_build_is_deterministic():
    assert si.build_search_files(SEEDS) == si.build_search_files(list(reversed(SEEDS)))


def test_shard_hash_matches_the_browser():
    """rr-search-query.js computes FNV-1a over UTF-16 units with the same constants."""
    assert "0x811c9dc5" in JS and "0x01000193" in JS and "charCodeAt" in JS
    assert si.shard_of("郑州", 1 << 16) == _fnv1a_reference("郑州") & 0xFFFF
    assert si.shard_of("𠀀𠀁", 1 << 16) == _fnv1a_reference("𠀀𠀁") & 0xFFFF


def _fnv1a_reference(text: str) -> int:
    h = 0x811C9DC5
    units = [int.from_bytes(text.encode("utf-16-be")[i:i + 2], "big")
             for i in range(0, len(text.encode("utf-16-be")), 2)]
    for u in units:
        h = ((h ^ u) * 0x01000193) % 2**32
    return h


def test_patterns_match_the_browser_script():
    assert r"\\u3007\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{3134f}" in JS
    assert si.CJK_RUN.pattern == "[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+"


# --- the offline bundle's guards ---------------------------------------------------------------

@pytest.mark.parametrize("html, outside", [
    ('<script src="https://unpkg.com/iframe-worker/shim"></script>', ["https://unpkg.com/iframe-worker/shim"]),
    ('<link rel="stylesheet" href="//fonts.googleapis.com/css">', ["//fonts.googleapis.com/css"]),
    ('<link href="https://fonts.gstatic.com" rel="preconnect" crossorigin>', ["https://fonts.gstatic.com"]),
    ('<img src="http://example.com/a.png">', ["http://example.com/a.png"]),
    ('<a href="https://example.com/online/article/">permalink</a>', []),  # a link, not a load
    ('<link rel="canonical" href="https://example.com/x/">', []),
    ('<script src="assets/javascripts/bundle.js"></script><img src="data:image/png;base64,AA">', []),
    ('<style>body { background: url( "https://example.com/bg.png" ) }</style>', ["https://example.com/bg.png"]),
    ('<p title="src=https://x">text</p><iframe\n  width="1" src="//evil.example/frame"></iframe>',
     ["//evil.example/frame"]),
])
def test_outside_loads_are_found(tmp_path, html, outside):
    (tmp_path / "index.html").write_text(html, "utf-8")
    assert [u for _, u in iter_outside_loads(tmp_path)] == outside


def test_the_zip_refuses_a_site_that_loads_from_outside(tmp_path):
    from reading_room.publish.bundle import BundleError, zip_site

    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text('<script src="https://cdn.example/x.js"></script>', "utf-8")
    with pytest.raises(BundleError, match="index.html loads https://cdn.example/x.js"):
        zip_site(tmp_path / "site", tmp_path / "out.zip", "x")
    assert not list(tmp_path.glob("out.zip*"))


@pytest.mark.parametrize("site_name, name", [
    ("读报室 · The reading room", "the-reading-room"),
    ("读报室", "reading-room"),
])
def test_bundle_name(site_name, name):
    assert bundle_name(site_name) == name


def test_parallel_build_gives_the_same_files(monkeypatch):
    monkeypatch.setattr(si, "PARALLEL_MIN_ARTICLES", 1)
    many = SEEDS + [article(i, title=f"第{i}篇郑州新闻", body="郑东新区营商环境持续优化。") for i in range(4, 9)]
    assert si.build_search_files(many, jobs=2) == si.build_search_files(many)


def test_converted_seeds_index_headline_words_whole():
    """End to end, the jieba guard: `build_site.py convert` hands the keyword stage's headline
    words to the index.  If segmentation switched off, 小伙伴 would only be bigrams."""
    from rr_site import converted_docs

    root = converted_docs() / si.SEARCH_DIR
    files = {f"{si.SEARCH_DIR}/{p.relative_to(root).as_posix()}": p.read_text("utf-8")
             for p in root.rglob("*.js") if "/d/" not in p.as_posix()}
    entry = postings(files, "小伙伴")
    assert entry is not None and len(entry) == 3  # anywhere, in a head field, in the headline
