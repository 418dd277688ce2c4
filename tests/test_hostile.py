"""Bad and hostile input: one clear line per bad file, nothing executes, nothing is lost."""
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from reading_room.convert.audit import audit
from reading_room.convert.pipeline import convert_source

FIXTURES = Path(__file__).parent / "fixtures"
GOOD = "市区新增三座口袋公园\n\n本报记者 王小明\n\n今年以来,市区新建口袋公园三座,总面积约1.2万平方米。\n"


def cli(repo_root, *args, check=False):
    return subprocess.run([sys.executable, str(repo_root / "build_site.py"), *map(str, args)],
                          capture_output=True, text=True, cwd=repo_root, check=check)


@pytest.fixture
def bad_sources(tmp_path):
    src = tmp_path / "sources"
    (src / "sub" / "deeper").mkdir(parents=True)
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    (src / "sub" / "deeper" / "nested.txt").write_text(GOOD, encoding="gb18030")
    (src / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (src / "nul.txt").write_bytes(GOOD.encode() + b"\x00\x00abc")
    (src / "empty.txt").write_bytes(b"")
    (src / "blank.txt").write_bytes(b"  \n\t\n ")
    (src / "bad-utf8.txt").write_bytes(GOOD.encode() * 50 + b"\xff\xfe" + GOOD.encode() * 50)
    for name in ("a b.txt", "中文 名稱.txt", "it's \"quoted\".txt", "$(touch pwned);|&.txt"):
        (src / name).write_text(GOOD, encoding="utf-8")
    outside = tmp_path / "outside.txt"
    outside.write_text(GOOD, encoding="utf-8")
    (src / "link-out.txt").symlink_to(outside)
    (src / "locked.txt").write_text(GOOD, encoding="utf-8")
    os.chmod(src / "locked.txt", 0)
    return src


EXPECTED = {  # file → (level, words in its one line)
    "image.txt": ("ERROR", "binary file"), "nul.txt": ("ERROR", "binary file (NUL byte"),
    "empty.txt": ("ERROR", "empty file"), "blank.txt": ("ERROR", "only whitespace"),
    "bad-utf8.txt": ("WARNING", "invalid UTF-8 byte 0xff at offset"),
    "link-out.txt": ("WARNING", "symbolic link pointing outside"),
    "locked.txt": ("ERROR", "permission denied"),
}


@pytest.mark.slow
def test_bad_files_one_line_each_rest_builds(repo_root, bad_sources, tmp_path, monkeypatch):
    if os.geteuid() == 0:  # root reads mode-000 files; make the OS say no the way it would
        shim = tmp_path / "shim"
        shim.mkdir()
        (shim / "sitecustomize.py").write_text(
            "import pathlib\n_orig = pathlib.Path.read_bytes\n"
            "def read_bytes(self):\n"
            "    if self.name == 'locked.txt':\n        raise PermissionError(13, 'Permission denied')\n"
            "    return _orig(self)\npathlib.Path.read_bytes = read_bytes\n")
        monkeypatch.setenv("PYTHONPATH", str(shim))
    done = cli(repo_root, "build", "--sources", bad_sources, "--docs", tmp_path / "docs",
               "--site", tmp_path / "site", "--no-cache", "-q")
    lines = done.stderr.strip().splitlines()
    problem_lines = [line for line in lines if line.startswith(("ERROR ", "WARNING "))]
    for name, (level, words) in EXPECTED.items():
        mine = [line for line in problem_lines if f"{name}:" in line]
        assert len(mine) == 1, (name, problem_lines)
        assert mine[0].startswith(f"{level} ") and words in mine[0], mine[0]
    assert len(problem_lines) == len(EXPECTED), problem_lines
    assert done.returncode == 1  # errors → exit 1, but the rest was built
    # Every file that was read has a source page (the undecodable ones say why); the seven
    # readable ones (good, nested, bad-utf8 and the four odd names) have their article.
    site_sources = [p for p in (tmp_path / "site" / "sources").glob("*.html") if p.name != "index.html"]
    assert len(site_sources) == 11
    articles = [p for p in (tmp_path / "site" / "articles").glob("*.html") if p.name != "index.html"]
    assert len({p.stem.rsplit("-", 1)[0] for p in articles}) == 7
    assert (tmp_path / "site" / "index.html").is_file()
    assert not (repo_root / "pwned").exists() and not (tmp_path / "pwned").exists()


def test_strict_makes_warnings_fail(repo_root, tmp_path):
    src = tmp_path / "sources"
    src.mkdir()
    (src / "bad-utf8.txt").write_bytes(GOOD.encode() * 50 + b"\xff" + GOOD.encode() * 50)
    assert cli(repo_root, "convert", "--sources", src, "--docs", tmp_path / "d1", "--no-cache").returncode == 0
    assert cli(repo_root, "convert", "--sources", src, "--docs", tmp_path / "d2", "--no-cache", "--strict").returncode == 1


@pytest.mark.browser
@pytest.mark.slow
def test_hostile_page_renders_as_text_in_a_browser(repo_root, tmp_path, serve_dir, chromium):
    src = tmp_path / "sources"
    src.mkdir()
    shutil.copy(FIXTURES / "hostile.txt", src / "<script>alert(9)<'script>.txt")
    cli(repo_root, "build", "--sources", src, "--docs", tmp_path / "docs", "--site", tmp_path / "site",
        "--no-cache", "-q", check=True)
    pages = sorted(p for d in ("articles", "sources") for p in (tmp_path / "site" / d).glob("*.html")
                   if p.name != "index.html")
    assert pages
    with serve_dir(tmp_path / "site") as base:
        page = chromium.new_page()
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for path in pages:
            rel = path.relative_to(tmp_path / "site").as_posix()
            page.goto(f"{base}/{rel}")
            page.wait_for_load_state("load")
            assert page.evaluate("window.__pwned") is None
            text = page.inner_text("article")
            if "/articles/" in f"/{rel}/":
                assert "<script>window.__pwned=1;alert(4)</script>" in text
                assert "# 不是标题 {{ config.site_name }}" in text
                assert "<!--rr:raw-->" in text  # the hook's marks, as text
                assert page.locator("article script, article img, article iframe").count() == 0
        page.close()
    assert dialogs == []


HTMLISH = st.lists(st.one_of(
    st.text(max_size=30),
    st.sampled_from(["<p>", "</p>", "<script>", "&nbsp;", "&amp;", "&#x4e2d;", "\n", "\n\n", "本报记者 王五",
                     "(上接一版)", "——访市长李四", "第A02版:要闻", "。", "，", "|", "<!--", "-->", "\r\n",
                     "\u3000", "\ufeff", "www.x.com", "【打印】", "1. ", "相关新闻"])), max_size=40).map("".join)


@given(HTMLISH)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_random_input_never_crashes_and_is_accounted_for(text):
    result = convert_source(text.encode("utf-8"), "random.txt")
    assert not [i for i in result.issues if "internal error" in i.message]
    assert audit(result) is None


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_random_unicode_never_crashes(text):
    result = convert_source(text.encode("utf-8", "surrogatepass"), "u.txt")
    assert not [i for i in result.issues if "internal error" in i.message]
    assert audit(result) is None


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=60))
@settings(max_examples=100, deadline=None)
def test_legacy_encodings_round_trip(text):
    from reading_room.convert.decode import decode

    for encoding in ("gb18030", "big5hkscs"):
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            continue
        decoded = decode(data)
        if decoded.encoding == encoding:
            assert decoded.text == text


@pytest.mark.slow
def test_fifty_megabytes_convert_with_bounded_memory(tmp_path, repo_root):
    seed = "\n".join(p.read_text() for p in sorted((repo_root / "sources").glob("*.txt")))
    data = (seed * (50_000_000 // len(seed.encode()) + 1)).encode()[:50_000_000]
    big = tmp_path / "big.txt"
    big.write_bytes(data[:data.rfind(b"\n")])
    code = ("import resource,sys,pathlib;from reading_room.convert.pipeline import convert_source;"
            "r=convert_source(pathlib.Path(sys.argv[1]).read_bytes(),'big.txt');"
            "print(len(r.articles), [i.message for i in r.issues if i.level=='error'],"
            " resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, str(big)], cwd=repo_root, capture_output=True,
                         text=True, check=True).stdout.split()
    articles, rss_kb = int(out[0]), int(out[-1])
    assert articles > 5000
    assert rss_kb < 2_000_000  # < 2 GB for a 50 MB page dump


@pytest.mark.slow
def test_killed_build_leaves_previous_site(repo_root, tmp_path):
    site, docs = tmp_path / "site", tmp_path / "docs"
    cli(repo_root, "build", "--docs", docs, "--site", site, "--no-cache", "-q", check=True)
    before = sorted(p.relative_to(site) for p in site.rglob("*.html"))
    # --full: an unchanged docs/ would otherwise be "built" in a blink, before it can be killed.
    proc = subprocess.Popen([sys.executable, str(repo_root / "build_site.py"), "build", "--docs", str(docs),
                             "--site", str(site), "--no-cache", "-q", "--full"], cwd=repo_root,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".site-*")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # polling for the build's temporary folder, not waiting a fixed time
    # The test means something only if the build is really cut off half-way.
    assert proc.poll() is None and list(tmp_path.glob(".site-*")), "the build ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # kill converter and mkdocs mid-build
    proc.wait()
    after = sorted(p.relative_to(site) for p in site.rglob("*.html"))
    assert after == before and (site / "index.html").stat().st_size > 1000


def test_failed_conversion_leaves_docs_untouched(repo_root, tmp_path):
    docs = tmp_path / "docs"
    cli(repo_root, "convert", "--docs", docs, "--no-cache", check=True)
    snapshot = {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()}
    done = cli(repo_root, "convert", "--sources", tmp_path / "missing", "--docs", docs)
    assert done.returncode == 1 and "sources directory not found" in done.stderr
    assert {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()} == snapshot


def test_odd_file_system_entries(repo_root, tmp_path):
    src = tmp_path / "sources"
    src.mkdir()
    (src / "line\nbreak.txt").write_text(GOOD, encoding="utf-8")
    (src / os.fsdecode(b"latin-\xe9.txt")).write_text(GOOD, encoding="utf-8")
    os.mkfifo(src / "pipe.txt")
    (src / "dangling.txt").symlink_to(src / "missing.txt")
    done = cli(repo_root, "convert", "--sources", src, "--docs", tmp_path / "docs", "--no-cache", "-j", "1")
    lines = done.stderr.strip().splitlines()
    assert any(line.startswith("WARNING ") and "line\\x0abreak.txt: file name" in line for line in lines), lines
    assert any(line.startswith("WARNING ") and "latin-\ufffd.txt: file name" in line for line in lines), lines
    assert any(line.startswith("WARNING ") and "pipe.txt: not a regular file" in line for line in lines), lines
    assert any("dangling.txt: not a regular file" in line for line in lines), lines
    assert lines[-1].startswith("4 files · 2 articles")


@pytest.mark.browser
@pytest.mark.slow
def test_hostile_saved_html_page_is_harmless_in_a_browser(repo_root, tmp_path, serve_dir, chromium):
    """A saved page full of handlers, javascript: URLs, svg/math payloads, <base>, refresh and
    CSS expressions (tests/fixtures/html/hostile.html): its built pages open with no dialog, no
    script of its own, and no request to any other host."""
    src = tmp_path / "sources"
    src.mkdir()
    shutil.copy(FIXTURES / "html" / "hostile.html", src / "hostile.html")
    cli(repo_root, "build", "--sources", src, "--docs", tmp_path / "docs", "--site", tmp_path / "site",
        "--no-cache", "-q", check=True)
    pages = sorted(p for d in ("articles", "sources") for p in (tmp_path / "site" / d).glob("*.html")
                   if p.name != "index.html")
    assert len(pages) >= 2
    with serve_dir(tmp_path / "site") as base:
        page = chromium.new_page()
        dialogs, outside = [], []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("request", lambda r: None if r.url.startswith((base, "data:", "about:")) else outside.append(r.url))
        for path in pages:
            page.goto(f"{base}/{path.relative_to(tmp_path / 'site').as_posix()}")
            page.wait_for_load_state("load")
            assert page.evaluate("window.__pwned") is None
            assert page.locator("article script, article img, article iframe, article svg, article math,"
                                " article object, article form, [onload], [onerror], [onclick]").count() == 0
            text = page.inner_text("article")
            if "/articles/" in path.as_posix():
                assert "<script>window.__pwned=12;alert(12)</script>" in text  # the page's escaped text, as text
                assert "市民前来游览" in text and "alert(3)" not in text
        page.close()
    assert dialogs == [] and outside == []
