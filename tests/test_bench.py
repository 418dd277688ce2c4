"""The benchmark's own checks: the generator is deterministic and shaped like real pages, and a
tiny `bench/run.py` run writes a complete report.  No timing is asserted anywhere."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # `pytest` run from elsewhere: bench/ is a package of the checkout
    sys.path.insert(0, str(REPO))

from bench.corpus import load_corpus, read_seed_texts
from bench.generate import generate_archive
from bench.pages import encode_page, render_page
from bench.plan import iter_pages

N = 30


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    out = tmp_path_factory.mktemp("gen") / "a"
    manifest = generate_archive(N, out, seed=7)
    return out, manifest


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_same_bytes(archive, tmp_path):
    out, _ = archive
    again = generate_archive(N, tmp_path / "b", seed=7)
    assert _files(out) == _files(tmp_path / "b")
    assert again.articles == N


def test_other_seed_other_bytes(archive, tmp_path):
    out, _ = archive
    generate_archive(N, tmp_path / "c", seed=8)
    assert _files(out) != _files(tmp_path / "c")


def test_same_bytes_in_a_fresh_interpreter(archive, tmp_path):
    """No dependence on str hashing (PYTHONHASHSEED) or on state left by other tests."""
    out, _ = archive
    subprocess.run([sys.executable, str(REPO / "bench" / "generate.py"), str(N), str(tmp_path / "d"),
                    "--seed", "7"], check=True, capture_output=True, env={"PYTHONHASHSEED": "123"}, cwd=REPO)
    assert _files(out) == _files(tmp_path / "d")


def _decode(data: bytes, encoding: str) -> str:
    return data.decode("utf-8-sig" if encoding.startswith("utf-8") else encoding)


def test_shape_of_pages(archive):
    out, manifest = archive
    assert manifest.articles == N and manifest.files == len(list(out.iterdir()))
    texts = {}
    for page in manifest.pages:
        data = (out / page["file"]).read_bytes()
        text = _decode(data, page["encoding"])  # strict: every file decodes in its encoding
        texts[page["file"]] = text
        assert 1 <= len(page["articles"]) <= 10
        assert re.search(r"^\s*第[A-Z]?\d{2}版[:：]", text, re.M), page["file"]
        for article in page["articles"]:
            assert article["title"] and article["authors"]
    allt = "\n".join(texts.values())
    assert "返回主页 | " in allt and "上一版 下一版" in allt
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日 星期[一二三四五六日]|\d{4}-\d{2}-\d{2}", allt)
    # Several byline forms, simplified and traditional.
    for form in ("本报记者 ", "本报讯(记者 ", "郑报全媒体记者 "):
        assert form in allt, form
    assert "——" in allt  # a subtitle line
    # Most pages hold 3–10 articles (the last page takes the remainder).
    assert all(3 <= len(p["articles"]) <= 10 for p in manifest.pages[:-1])


def test_traditional_and_legacy_encodings(archive):
    out, manifest = archive
    by_enc = {p["encoding"]: p for p in manifest.pages}
    hant = [p for p in manifest.pages if p["script"] == "hant"]
    assert hant, "no traditional page"
    text = _decode((out / hant[0]["file"]).read_bytes(), hant[0]["encoding"])
    assert "報" in text or "記者" in text
    for enc in ("gb18030", "big5"):
        assert enc in by_enc, f"no {enc} file"
        data = (out / by_enc[enc]["file"]).read_bytes()
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
        assert "版" in data.decode(enc)


def test_encode_page_keeps_legacy_files_decodable():
    text = "鄭州 墒情 ☃ 記者"
    data = encode_page(text, "big5")
    back = data.decode("big5")
    assert back.startswith("鄭州") and back.endswith("記者") and "□" in back
    assert encode_page(text, "gb18030").decode("gb18030") == text


def test_pages_are_pure_functions_of_seed_and_index():
    corpus = load_corpus(read_seed_texts())
    first = [render_page(p) for p in iter_pages(N, 3, corpus)]
    second = [render_page(p) for p in iter_pages(N, 3, corpus)]
    assert first == second


@pytest.mark.browser
def test_browser_timer_on_a_tiny_page(tmp_path):
    """bench.browser times a search UI: one page whose 'index' answers after a short delay."""
    pytest.importorskip("playwright.sync_api")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("no /usr/bin/chromium")

    (tmp_path / "index.html").write_text("""<!doctype html><meta charset=utf-8>
<input class=q><div class=meta></div><ol class=list></ol>
<script>
document.querySelector('.q').addEventListener('input', e => setTimeout(() => {
  const v = e.target.value, meta = document.querySelector('.meta');
  if (v === '没有') { meta.textContent = '没有找到符合条件的结果'; return; }
  const li = document.createElement('li'); li.className = 'hit'; li.textContent = v;
  document.querySelector('.list').append(li);
}, 50));
</script>""", encoding="utf-8")
    # In its own process: the suite's session browser keeps Playwright's sync loop busy here.
    code = ("import json,sys; from pathlib import Path; from bench.browser import SearchUI, measure_search\n"
            "from bench.httpd import serve\n"
            "root = Path(sys.argv[1]); ui = SearchUI('test', '.q', '.hit', meta='.meta', search_paths=('index',))\n"
            "with serve(root) as url:\n"
            "    print(json.dumps(measure_search(url, ui, ['郑州', '没有'], reps=1, timeout_s=20, root=root)))\n")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True,
                          cwd=REPO, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    r = json.loads(done.stdout.strip().splitlines()[-1])
    assert r["queries"]["郑州"]["first_result_s"] is not None
    assert r["queries"]["没有"]["first_result_s"] is None and r["queries"]["没有"]["reason"]
    assert r["answered"] == "1/2"
    assert r["browser_pss_mb"] is not None and r["first_query_bytes_total"] > 0


@pytest.mark.slow
def test_smoke_run_writes_a_complete_report(tmp_path):
    """`bench/run.py --n 30 --no-browser`: every figure present, or null with a reason."""
    cmd = [sys.executable, str(REPO / "bench" / "run.py"), "--n", str(N), "--no-browser",
           "--out", str(tmp_path / "out"), "--report-dir", str(tmp_path / "report")]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    report = json.loads((tmp_path / "report" / "report.json").read_text(encoding="utf-8"))
    assert {"started", "finished", "machine", "queries", "targets_10k", "runs"} <= report.keys()
    (run,) = report["runs"]
    summary = run["summary"]
    expected = {"n", "source_mb", "articles_expected", "articles_converted", "convert_s", "convert_mb_s",
                "convert_peak_rss_mb", "site_s", "build_s", "build_peak_rss_mb", "bundle_s", "bundle_peak_rss_mb",
                "pipeline_s", "pipeline_peak_rss_mb", "site_mb", "bundle_zip_mb", "search_index_mb",
                "first_query_kb", "first_result_online_s", "first_result_file_s", "browser_mem_mb",
                "convert_unchanged_s", "convert_one_changed_s",
                "stock_build_s", "stock_build_peak_rss_mb", "stock_first_result_online_s",
                "stock_browser_mem_mb", "ratios_stock_over_rr", "null_reasons"}
    assert expected <= summary.keys()
    for key, value in summary.items():
        if value is None:
            assert summary["null_reasons"].get(key), f"{key} is null without a reason"
    assert summary["n"] == N and summary["articles_expected"] == N
    assert summary["stock_build_s"] is not None  # the baseline always builds
    md = (tmp_path / "report" / "report.md").read_text(encoding="utf-8")
    assert f"N = {N}" in md and "stock Material" in md
    png = (tmp_path / "report" / "chart.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")


def test_measure_catches_a_tree_memory_peak():
    """bench/measure.run reads PSS sparingly; a child holding 200 MB for a second (under a
    parent that holds little) must still show as the tree's peak, and PSS never above RSS."""
    import sys

    from bench.measure import run

    child = "import time; b = bytearray(200 * 2**20); b[::4096] = b'x' * len(b[::4096]); time.sleep(1.2)"
    parent = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {child!r}], check=True)"
    result = run([sys.executable, "-c", parent])
    assert result.returncode == 0
    assert 190 <= result.peak_tree_pss_mb <= result.peak_tree_rss_mb


def test_the_mix_holds_saved_html_pages_that_convert_like_text_pages(tmp_path):
    manifest = generate_archive(120, tmp_path / "mix", seed=7)
    html = [p for p in manifest.pages if p["file"].endswith(".html")]
    assert html and len(html) <= len(manifest.pages) // 4
    page = html[0]
    data = (tmp_path / "mix" / page["file"]).read_bytes()
    assert data.lstrip(b"\xef\xbb\xbf").startswith(b"<!DOCTYPE html>") and b"<founder-content>" in data
    from reading_room.convert.pipeline import convert_source
    result = convert_source(data, page["file"])
    titles = [a.title for a in result.articles]
    assert result.markup and sum(a["title"] in titles for a in page["articles"]) >= len(page["articles"]) // 2
    assert not any("_hmt" in a.body or "font-size" in a.body for a in result.articles)  # script and style are debris


def test_the_local_server_serves_a_folder_as_utf8(tmp_path):
    """bench/httpd.py, the one local HTTP server of the tests, the bench and the screenshots."""
    import urllib.request

    from bench.httpd import serve

    (tmp_path / "a.html").write_text("<p>郑州</p>", encoding="utf-8")
    with serve(tmp_path) as base:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/", base)
        with urllib.request.urlopen(base + "a.html", timeout=10) as response:
            assert response.headers["Content-Type"] == "text/html; charset=utf-8"
            assert response.read().decode("utf-8") == "<p>郑州</p>"
    with pytest.raises(OSError):  # closed with the block
        urllib.request.urlopen(base + "a.html", timeout=2)


def test_no_other_local_http_server():
    """Tests, bench and scripts serve folders through bench/httpd.py, not a copy of it."""
    mine = REPO / "bench" / "httpd.py"
    others = [p.relative_to(REPO).as_posix()
              for folder in ("tests", "bench", "scripts", "reading_room")
              for p in sorted((REPO / folder).rglob("*.py"))
              if p != mine and "corpus" not in p.parts
              and re.search(r"^\s*(import http\.server|from http\.server import)", p.read_text("utf-8"), re.M)]
    assert others == []
