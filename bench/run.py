"""`make bench`: measure the reading room against stock Material for MkDocs at growing N.

For each N (env `BENCH_N`, default "1000,10000"; `BENCH_FULL=1` adds 50000; `BENCH_SMOKE=1` or
`--n 50` for a quick smoke run):

1. generate a synthetic archive of N articles (`bench/generate.py`) into `bench/out/<N>/sources`;
2. run the reading room's commands as their own processes, measured from outside (wall, CPU,
   peak RSS of the process tree; `bench/measure.py`): the pipeline is `build_site.py build`
   (cold cache: convert, search index, then the site in parallel MkDocs parts) and
   `build_site.py bundle` (zips that same site); then, for the breakdown, `convert --no-cache`
   on its own, and `convert` again with nothing changed and with one file changed;
3. open the site in Chromium, online over http://127.0.0.1 and the unzipped bundle from
   `file://`, and time the first search result for 5 queries (median of 3 cold runs each),
   with the search payload and the browser's memory (`bench/browser.py`);
4. do the same with stock Material: the same articles as plain Markdown pages, built-in search
   with `lang: zh` (`bench/stock.py`);
5. write `report.json`, `report.md` and `chart.png` (into `bench/` unless `--report-dir`).

Every figure that could not be taken is `null` with a `*_reason` beside it.  Nothing here
asserts a time; the targets are printed next to the figures, that is all.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import browser as bbrowser  # noqa: E402
from bench.chart import loglog_chart  # noqa: E402
from bench.generate import generate_archive, load_corpus, read_seed_texts  # noqa: E402
from bench.measure import run as measure  # noqa: E402
from bench.stock import write_stock_project  # noqa: E402

PY = sys.executable
BUILD_SITE = REPO / "build_site.py"
#: Queries typed in the browser: a common word, a word, a mid-word fragment (中原科技城 → 原科技),
#: a rarer word, and the common word in traditional script (鄭州 must find 郑州).
QUERIES = ["郑州", "科技创新", "原科技", "跨境电商", "鄭州"]
#: The issue's targets at N = 10,000 on a 2-core machine (reported beside the figures, never
#: asserted).
TARGETS_10K = {
    "pipeline_wall_s": 60.0,
    "pipeline_peak_rss_mb": 1536.0,
    "first_result_online_s": 1.0,
    "first_result_file_s": 1.5,
    "browser_mem_mb": 300.0,
}
TARGET_50K_PIPELINE_S = 300.0
#: Stock Material above this N is skipped (its build is O(n²) in the nav and its browser index
#: takes gigabytes); override with BENCH_STOCK_MAX_N.
STOCK_MAX_N = int(os.environ.get("BENCH_STOCK_MAX_N", "10000"))
SEARCH_TIMEOUT_S = float(os.environ.get("BENCH_SEARCH_TIMEOUT", "180"))


# --- helpers ---------------------------------------------------------------------------------

def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def dir_stats(path: Path) -> dict:
    files = 0
    size = 0
    html_pages = 0
    max_html = 0
    for p in path.rglob("*"):
        if p.is_file():
            s = p.stat().st_size
            files += 1
            size += s
            if p.suffix == ".html":
                html_pages += 1
                max_html = max(max_html, s)
    return {"files": files, "bytes": size, "mb": round(size / 2**20, 1), "html_pages": html_pages,
            "max_html_kb": round(max_html / 1024, 1)}


def cli_help(*args: str) -> str:
    """`build_site.py … --help` text, or '' when the CLI (or the subcommand) does not exist."""
    if not BUILD_SITE.exists():
        return ""
    r = subprocess.run([PY, str(BUILD_SITE), *args, "--help"], capture_output=True, text=True, cwd=REPO)
    return r.stdout if r.returncode == 0 else ""


#: Top-level entries of the checkout that the mini-checkout does not link: generated or
#: per-run folders, and the two files it copies (build_site.py finds its ROOT from its own
#: path, so a copy makes every default — sources/, docs/, site/, dist/, build/cache/ — local).
NOT_LINKED = {"sources", "docs", "site", "dist", "build", "bench", "tests", "notes", ".git", ".venv",
              ".pytest_cache", ".hypothesis", "build_site.py", "mkdocs.yml", "__pycache__"}


def prepare_project(dest: Path) -> None:
    """A mini-checkout in `dest`: copies of build_site.py and mkdocs.yml, the hand-written part
    of docs/, and symlinks to the rest (reading_room/, hooks/, overrides/ …).

    The benchmark never writes into the checkout's own docs/, site/, dist/ or build/cache/:
    other people work there.  In the mini-checkout the commands run with their defaults, as a
    user runs them: `python build_site.py convert`, `… bundle`.
    """
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for entry in sorted(REPO.iterdir()):
        if entry.name not in NOT_LINKED:
            (dest / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    for name in ("build_site.py", "mkdocs.yml"):
        if (REPO / name).exists():
            shutil.copy2(REPO / name, dest / name)
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "--", "docs"],
                            capture_output=True, text=True, cwd=REPO)
    for name in listed.stdout.splitlines() if listed.returncode == 0 else []:
        src = REPO / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)


def stage(name: str, cmd: list, cwd: Path, logdir: Path, env: dict | None = None) -> dict:
    log(f"  {name}: {' '.join(str(c) for c in cmd)}")
    r = measure(cmd, cwd=cwd, env=env, log=logdir / f"{name}.log").as_dict()
    log(f"  {name}: rc={r['returncode']} {r['wall_s']} s, tree peak {r['peak_tree_pss_mb']} MB PSS"
        f" ({r['peak_tree_rss_mb']} MB RSS)")
    return r


def count_lines(path: Path) -> int | None:
    if not path.exists():
        return None
    with open(path, "rb") as f:
        return sum(1 for line in f if line.strip())


def unzip(zpath: Path, dest: Path) -> Path:
    """Unzip the bundle; return the folder holding its index.html."""
    if dest.exists():
        shutil.rmtree(dest)
    with zipfile.ZipFile(zpath) as z:
        z.extractall(dest)
    hits = sorted(dest.rglob("index.html"), key=lambda p: len(p.parts))
    return hits[0].parent if hits else dest


# --- the reading room ------------------------------------------------------------------------

def run_reading_room(n: int, project: Path, jobs: int | None, browser: bool) -> dict:
    """Measure convert, mkdocs build and bundle in the mini-checkout `project` (sources in place)."""
    res: dict = {"stages": {}}
    if not BUILD_SITE.exists():
        res["reason"] = "build_site.py does not exist yet"
        return res
    src, docs, site = project / "sources", project / "docs", project / "site"
    logs = project.parent / "logs"
    logs.mkdir(exist_ok=True)
    env = {"PYTHONHASHSEED": "0", "RR_DOCS_DIR": str(docs)}
    here = project / "build_site.py"

    convert_help = cli_help("convert")
    jobs_args = ["--jobs", str(jobs)] if jobs and "--jobs" in convert_help else []
    cmd = [PY, here, "convert", "-q", *jobs_args]
    res["jobs_flag"] = "--jobs" in convert_help

    # The pipeline is the two commands a user types: `build` (convert with a cold cache, then
    # the site in parallel parts) and `bundle` (zips that site).
    res["stages"]["build"] = stage("build", [PY, here, "build", "-q", *jobs_args], project, logs, env)
    if res["stages"]["build"]["returncode"] != 0:
        res["strict_failure"] = res["stages"]["build"]["stderr_tail"][-800:]
    res["articles_converted"] = count_lines(docs / "data" / "articles.jsonl")
    search_dir = docs / "rr-search"
    res["search_index"] = dir_stats(search_dir) if search_dir.exists() else None
    res["site"] = dir_stats(site) if site.exists() else None

    if cli_help("bundle"):
        res["stages"]["bundle"] = stage("bundle", [PY, here, "bundle", "-q"], project, logs, env)
        zips = sorted((project / "dist").glob("*.zip"), key=lambda p: p.stat().st_mtime) if (project / "dist").exists() else []
        res["bundle_zip_mb"] = round(zips[-1].stat().st_size / 2**20, 1) if zips else None
        res["bundle_zip"] = str(zips[-1]) if zips else None
        if not zips:
            res["bundle_reason"] = ("bundle produced no zip: "
                                    + res["stages"]["bundle"]["stderr_tail"].strip().splitlines()[-1:][0][:300]
                                    if res["stages"]["bundle"]["stderr_tail"].strip() else "bundle produced no zip")
    else:
        res["bundle_reason"] = "build_site.py has no bundle command yet"

    stages = [s for s in res["stages"].values() if s]
    # Conversion alone, cold, into a scratch docs folder (for throughput; not part of the sum).
    res["convert_only"] = stage("convert", [*cmd, "--no-cache", "--docs", project / "docs-cold"],
                                project, logs, env)
    res["pipeline"] = {
        "wall_s": round(sum(s["wall_s"] for s in stages), 2),
        "peak_rss_mb": max(s["peak_tree_rss_mb"] for s in stages),
        "peak_pss_mb": max(s["peak_tree_pss_mb"] for s in stages),
        "complete": all(s["returncode"] == 0 for s in stages) and "bundle" in res["stages"],
    }
    conv = res["convert_only"]
    src_mb = sum(p.stat().st_size for p in src.iterdir()) / 2**20
    res["convert_mb_s"] = round(src_mb / conv["wall_s"], 2) if conv["returncode"] == 0 and conv["wall_s"] else None

    if browser:
        res["search_online"], res["search_file"] = measure_reading_room_search(res, site)
    res["incremental"] = measure_incremental(project, src, cmd, logs, env)
    return res


def measure_incremental(project: Path, src: Path, cmd: list, logs: Path, env: dict) -> dict:
    """Re-run convert with nothing changed, then with one source file changed."""
    out: dict = {}
    out["unchanged"] = stage("convert-unchanged", cmd, project, logs, env)
    victim = sorted(src.glob("*.txt"))[len(list(src.glob("*.txt"))) // 2]
    data = victim.read_bytes()
    # One more paragraph at the end, in the file's own encoding (ASCII + the file's bytes).
    victim.write_bytes(data + b"\n\n" + data.strip().splitlines()[-1] + b"\n")
    out["changed_file"] = victim.name
    out["one_changed"] = stage("convert-one-changed", cmd, project, logs, env)
    return out


def measure_reading_room_search(res: dict, site: Path) -> tuple[dict, dict]:
    reps = int(os.environ.get("BENCH_REPS", "3"))
    online: dict
    if not (site / "index.html").exists():
        online = {"median_first_result_s": None, "reason": "no site was built"}
    else:
        ui = bbrowser.detect_ui(site)
        if ui is bbrowser.MATERIAL_UI:
            log("  note: rr-search-ui.js not in the site, timing Material's built-in search instead")
        log(f"  browser online ({ui.name})")
        with bbrowser.serve(site) as url:
            online = safe_search(url, ui, reps, site)
        if ui is bbrowser.MATERIAL_UI:
            online["note"] = "the site does not load rr-search-ui.js: this is Material's built-in search"
    zpath = res.get("bundle_zip")
    if not zpath:
        file_ = {"median_first_result_s": None, "reason": res.get("bundle_reason", "no bundle zip was produced")}
    else:
        root = unzip(Path(zpath), site.parent / "bundle-unzipped")
        ui = bbrowser.detect_ui(root)
        log(f"  browser file:// ({ui.name})")
        file_ = safe_search((root / "index.html").as_uri(), ui, reps, root)
    return online, file_


def safe_search(url: str, ui, reps: int, root: Path) -> dict:
    try:
        return bbrowser.measure_search(url, ui, QUERIES, reps=reps, timeout_s=SEARCH_TIMEOUT_S, root=root)
    except Exception as e:  # noqa: BLE001 - a missing browser must not lose the rest of the report
        return {"median_first_result_s": None, "reason": f"{type(e).__name__}: {str(e).splitlines()[0][:300]}"}


def compare_with_truth(manifest: dict, catalogue: Path) -> dict | None:
    """How the converter's articles match the generator's truth, file by file.

    Titles and names are compared in simplified script (traditional pages are converted from a
    simplified plan).  Articles are compared in order only in files whose count matches.
    """
    if not catalogue.exists():
        return None
    from bench.generate import to_simplified

    got: dict[str, list] = {}
    with open(catalogue, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                a = json.loads(line)
                got.setdefault(Path(a.get("source") or "").name, []).append(a)
    files_ok = titles = authors = dates = compared = 0
    for page in manifest["pages"]:
        mine = got.get(page["file"], [])
        if len(mine) != len(page["articles"]):
            continue
        files_ok += 1
        for truth, a in zip(page["articles"], mine):
            compared += 1
            titles += to_simplified(a.get("title") or "") == truth["title"]
            authors += [to_simplified(x) for x in a.get("authors") or []] == truth["authors"]
            dates += a.get("date") == page["date"]
    pct = (lambda k: round(100 * k / compared, 1) if compared else None)
    return {"files": len(manifest["pages"]), "files_article_count_right": files_ok,
            "articles_compared": compared, "title_right_pct": pct(titles),
            "authors_right_pct": pct(authors), "date_right_pct": pct(dates)}


# --- stock Material --------------------------------------------------------------------------

def run_stock(n: int, seed: int, work: Path, browser: bool, corpus) -> dict:
    if n > STOCK_MAX_N:
        return {"reason": f"skipped above N={STOCK_MAX_N} (BENCH_STOCK_MAX_N)"}
    project = work / "stock"
    pages = write_stock_project(n, seed, project, corpus)
    logs = work / "logs"
    logs.mkdir(exist_ok=True)
    res: dict = {"pages": pages}
    cmd = [PY, "-m", "mkdocs", "build", "-q", "-f", project / "mkdocs.yml"]
    res["build"] = stage("stock-build", cmd, project, logs, {"PYTHONHASHSEED": "0"})
    site = project / "site"
    res["site"] = dir_stats(site) if site.exists() else None
    idx = site / "search" / "search_index.json"
    res["search_index_mb"] = round(idx.stat().st_size / 2**20, 1) if idx.exists() else None
    if browser and (site / "index.html").exists():
        # Stock search at 10,000 articles takes tens of seconds per cold load: one run per query
        # there (BENCH_STOCK_REPS overrides), three at small N.
        reps = int(os.environ.get("BENCH_STOCK_REPS", "3" if n <= 2000 else "1"))
        log(f"  browser online (stock Material, {reps} rep(s))")
        with bbrowser.serve(site) as url:
            res["search_online"] = safe_search(url, bbrowser.MATERIAL_UI, reps, site)
        res["search_file"] = {"median_first_result_s": None,
                              "reason": "stock Material search does not run from file:// without the offline plugin"}
    return res


# --- report ----------------------------------------------------------------------------------

def _get(d: dict | None, *path):
    for k in path:
        if not isinstance(d, dict):
            return None
        d = d.get(k)
    return d


def browser_mem(s: dict | None) -> float | None:
    """Memory the site costs the browser: PSS of all Chromium processes minus a blank browser."""
    if not s or s.get("browser_pss_mb") is None or s.get("browser_pss_blank_mb") is None:
        return None
    return round(s["browser_pss_mb"] - s["browser_pss_blank_mb"], 1)


def ratio(a, b):
    return round(a / b, 2) if isinstance(a, (int, float)) and isinstance(b, (int, float)) and b else None


def summarize(n: int, gen: dict, rr: dict, stock: dict) -> dict:
    s = {
        "n": n,
        "source_mb": round(gen["bytes"] / 2**20, 1),
        "source_files": gen["files"],
        "articles_expected": gen["articles"],
        "articles_converted": rr.get("articles_converted"),
        "files_article_count_right": _get(rr, "truth", "files_article_count_right"),
        "title_right_pct": _get(rr, "truth", "title_right_pct"),
        "authors_right_pct": _get(rr, "truth", "authors_right_pct"),
        "date_right_pct": _get(rr, "truth", "date_right_pct"),
        "convert_s": _get(rr, "convert_only", "wall_s"),
        "convert_mb_s": rr.get("convert_mb_s"),
        "convert_peak_rss_mb": _get(rr, "convert_only", "peak_tree_rss_mb"),
        "convert_peak_pss_mb": _get(rr, "convert_only", "peak_tree_pss_mb"),
        "build_s": _get(rr, "stages", "build", "wall_s"),
        "build_peak_rss_mb": _get(rr, "stages", "build", "peak_tree_rss_mb"),
        "build_peak_pss_mb": _get(rr, "stages", "build", "peak_tree_pss_mb"),
        # The site's share of `build`: build minus a cold convert measured on its own.
        "site_s": (round(_get(rr, "stages", "build", "wall_s") - _get(rr, "convert_only", "wall_s"), 2)
                   if _get(rr, "stages", "build", "wall_s") is not None
                   and _get(rr, "convert_only", "wall_s") is not None else None),
        "bundle_s": _get(rr, "stages", "bundle", "wall_s"),
        "bundle_peak_rss_mb": _get(rr, "stages", "bundle", "peak_tree_rss_mb"),
        "bundle_peak_pss_mb": _get(rr, "stages", "bundle", "peak_tree_pss_mb"),
        "pipeline_s": _get(rr, "pipeline", "wall_s"),
        "pipeline_peak_rss_mb": _get(rr, "pipeline", "peak_rss_mb"),
        "pipeline_peak_pss_mb": _get(rr, "pipeline", "peak_pss_mb"),
        "site_mb": _get(rr, "site", "mb"),
        "site_files": _get(rr, "site", "files"),
        "site_max_html_kb": _get(rr, "site", "max_html_kb"),
        "bundle_zip_mb": rr.get("bundle_zip_mb"),
        "search_index_mb": _get(rr, "search_index", "mb"),
        "first_query_kb": (round(_get(rr, "search_online", "first_query_bytes_search") / 1024, 1)
                           if _get(rr, "search_online", "first_query_bytes_search") is not None else None),
        "search_ui": _get(rr, "search_online", "ui"),
        "first_result_online_s": _get(rr, "search_online", "median_first_result_s"),
        "first_result_file_s": _get(rr, "search_file", "median_first_result_s"),
        "browser_mem_mb": browser_mem(rr.get("search_online")),
        "convert_unchanged_s": _get(rr, "incremental", "unchanged", "wall_s"),
        "convert_one_changed_s": _get(rr, "incremental", "one_changed", "wall_s"),
        "stock_build_s": _get(stock, "build", "wall_s"),
        "stock_build_peak_rss_mb": _get(stock, "build", "peak_tree_rss_mb"),
        "stock_site_mb": _get(stock, "site", "mb"),
        "stock_site_max_html_kb": _get(stock, "site", "max_html_kb"),
        "stock_search_index_mb": stock.get("search_index_mb"),
        "stock_first_query_kb": (round(_get(stock, "search_online", "first_query_bytes_search") / 1024, 1)
                                 if _get(stock, "search_online", "first_query_bytes_search") is not None else None),
        "stock_first_result_online_s": _get(stock, "search_online", "median_first_result_s"),
        "stock_browser_mem_mb": browser_mem(stock.get("search_online")),
    }
    s["ratios_stock_over_rr"] = {
        "build": ratio(s["stock_build_s"], s.get("build_s")),
        "build_peak_rss": ratio(s["stock_build_peak_rss_mb"], s["pipeline_peak_rss_mb"]),
        "first_result_online": ratio(s["stock_first_result_online_s"], s["first_result_online_s"]),
        "first_query_payload": ratio(s["stock_first_query_kb"], s["first_query_kb"]),
        "browser_mem": ratio(s["stock_browser_mem_mb"], s["browser_mem_mb"]),
        "site_size": ratio(s["stock_site_mb"], s["site_mb"]),
    }
    reasons = {}
    why = {
        "convert_s": rr.get("reason"),
        "bundle_s": rr.get("bundle_reason") or rr.get("reason"),
        "bundle_zip_mb": rr.get("bundle_reason") or rr.get("reason"),
        "first_result_online_s": _get(rr, "search_online", "reason") or rr.get("reason"),
        "first_result_file_s": _get(rr, "search_file", "reason") or rr.get("reason"),
        "stock_build_s": stock.get("reason"),
        "stock_first_result_online_s": _get(stock, "search_online", "reason") or stock.get("reason"),
    }
    for key, value in s.items():
        if value is None:
            reasons[key] = why.get(key) or "not measured: see this N's raw section in report.json"
    s["null_reasons"] = reasons
    if n == 10000:
        s["targets"] = {k: {"target": t, "value": s.get(k),
                            "met": (s.get(k) <= t) if isinstance(s.get(k), (int, float)) else None}
                        for k, t in (("pipeline_s", TARGETS_10K["pipeline_wall_s"]),
                                     ("pipeline_peak_pss_mb", TARGETS_10K["pipeline_peak_rss_mb"]),
                                     ("first_result_online_s", TARGETS_10K["first_result_online_s"]),
                                     ("first_result_file_s", TARGETS_10K["first_result_file_s"]),
                                     ("browser_mem_mb", TARGETS_10K["browser_mem_mb"]))}
    if n == 50000:
        v = s.get("pipeline_s")
        s["targets"] = {"pipeline_s": {"target": TARGET_50K_PIPELINE_S, "value": v,
                                       "met": v <= TARGET_50K_PIPELINE_S if v is not None else None}}
    return s


ROWS = [
    ("articles (expected → converted)", lambda s: f"{s['articles_expected']} → {_f(s['articles_converted'])}"),
    ("files split into the right number of articles", lambda s: f"{_f(s['files_article_count_right'])} / {s['source_files']}"),
    ("title / authors / date right (% of articles in those files)",
     lambda s: f"{_f(s['title_right_pct'])} / {_f(s['authors_right_pct'])} / {_f(s['date_right_pct'])}"),
    ("sources (MB, files)", lambda s: f"{s['source_mb']} MB, {s['source_files']}"),
    ("`build_site.py build`, cold cache: convert + site (s)", lambda s: _f(s.get("build_s"))),
    ("`build` peak memory (MB: PSS sum / RSS sum of the process tree)",
     lambda s: f"{_f(s.get('build_peak_pss_mb'))} / {_f(s.get('build_peak_rss_mb'))}"),
    ("`build_site.py bundle`: zip of that site (s)", lambda s: _f(s["bundle_s"])),
    ("bundle peak memory (MB, PSS sum)", lambda s: _f(s.get("bundle_peak_pss_mb"))),
    ("**full pipeline = build + bundle (s)**", lambda s: _t(s, "pipeline_s")),
    ("**full pipeline peak memory (MB, PSS sum)**", lambda s: _t(s, "pipeline_peak_pss_mb")),
    ("full pipeline peak RSS sum (MB; counts pages shared by forked workers once each)",
     lambda s: _f(s.get("pipeline_peak_rss_mb"))),
    ("of which: convert alone, cold (s, separate run)", lambda s: _f(s["convert_s"])),
    ("convert throughput (MB/s)", lambda s: _f(s["convert_mb_s"])),
    ("convert peak memory (MB, PSS sum)", lambda s: _f(s.get("convert_peak_pss_mb"))),
    ("of which: site, parallel MkDocs parts (s, = build − convert)", lambda s: _f(s["site_s"])),
    ("convert again, nothing changed (s)", lambda s: _f(s["convert_unchanged_s"])),
    ("convert again, 1 file changed (s)", lambda s: _f(s["convert_one_changed_s"])),
    ("site size (MB, files)", lambda s: f"{_f(s['site_mb'])}, {_f(s['site_files'])}"),
    ("largest HTML page (KB)", lambda s: _f(s["site_max_html_kb"])),
    ("offline zip (MB)", lambda s: _f(s["bundle_zip_mb"])),
    ("search index on disk (MB)", lambda s: _f(s["search_index_mb"])),
    ("search UI measured", lambda s: _f(s["search_ui"])),
    ("search payload, first query (KB)", lambda s: _f(s["first_query_kb"])),
    ("**first search result, online (s)**", lambda s: _t(s, "first_result_online_s")),
    ("**first search result, file:// (s)**", lambda s: _t(s, "first_result_file_s")),
    ("**browser memory for the site (MB)**", lambda s: _t(s, "browser_mem_mb")),
    ("stock Material: mkdocs build (s)", lambda s: _f(s["stock_build_s"])),
    ("stock Material: build peak RSS (MB)", lambda s: _f(s["stock_build_peak_rss_mb"])),
    ("stock Material: site size (MB)", lambda s: _f(s["stock_site_mb"])),
    ("stock Material: largest HTML page (KB)", lambda s: _f(s["stock_site_max_html_kb"])),
    ("stock Material: search_index.json (MB)", lambda s: _f(s["stock_search_index_mb"])),
    ("stock Material: search payload, first query (KB)", lambda s: _f(s["stock_first_query_kb"])),
    ("stock Material: first search result, online (s)", lambda s: _f(s["stock_first_result_online_s"])),
    ("stock Material: browser memory (MB)", lambda s: _f(s["stock_browser_mem_mb"])),
    ("ratio stock / ours: build (stock mkdocs build / our build)", lambda s: _x(s["ratios_stock_over_rr"]["build"])),
    ("ratio stock / ours: first result online", lambda s: _x(s["ratios_stock_over_rr"]["first_result_online"])),
    ("ratio stock / ours: first-query payload", lambda s: _x(s["ratios_stock_over_rr"]["first_query_payload"])),
    ("ratio stock / ours: browser memory", lambda s: _x(s["ratios_stock_over_rr"]["browser_mem"])),
]


def _f(v) -> str:
    return "—" if v is None else f"{v:,}" if isinstance(v, int) else f"{v:,.2f}".rstrip("0").rstrip(".") if isinstance(v, float) else str(v)


def _x(v) -> str:
    return "—" if v is None else f"×{v:g}"


def _t(s: dict, key: str) -> str:
    v = _f(s.get(key))
    t = _get(s, "targets", key)
    if not t:
        return v
    mark = "✅" if t["met"] else "❌" if t["met"] is False else "?"
    return f"{v} {mark} (≤ {t['target']:g})"


def write_markdown(report: dict, path: Path) -> None:
    runs = report["runs"]
    lines = [
        "# Benchmark report",
        "",
        f"Generated by `make bench` (`bench/run.py`) on {report['machine']['cpus']} CPU(s), "
        f"{report['machine']['mem_gb']} GB RAM, Python {report['machine']['python']}, "
        f"at {report['started']}; seed {report['seed']}, convert `--jobs {report['jobs'] or 'default'}`. "
        "Times are wall-clock seconds of each command as its own process; memory is the peak, "
        "of the sum over the command's whole process tree of PSS (shared pages divided among "
        "their sharers; read at most 5 % of the time, as reading it slows the tree: every 0.5 s "
        "at N = 10,000, about 2.5 s at 50,000) and, for comparison, of RSS (shared pages counted "
        "once per process; every 0.1 s). Browser figures: median of "
        f"{report['reps']} cold loads per query ({', '.join(report['queries'])}); stock Material "
        "uses fewer cold loads at large N (see report.json). Browser memory = PSS of all "
        "Chromium processes after the first result minus the same browser on about:blank. "
        "Targets (✅/❌) are the issue's, at N = 10,000 and 50,000; they are reported, never asserted.",
        "",
        "| | " + " | ".join(f"N = {r['summary']['n']:,}" for r in runs) + " |",
        "|---|" + "---|" * len(runs),
    ]
    for label, fn in ROWS:
        lines.append(f"| {label} | " + " | ".join(fn(r["summary"]) for r in runs) + " |")
    notes = []
    for r in runs:
        for key, why in r["summary"]["null_reasons"].items():
            notes.append(f"- N = {r['summary']['n']:,}, `{key}`: {why}")
        if r["reading_room"].get("strict_failure"):
            notes.append(f"- N = {r['summary']['n']:,}: `build_site.py build` failed (see report.json)")
    if notes:
        lines += ["", "Missing figures:", ""] + sorted(set(notes))
    lines += ["", "![time vs N](chart.png)", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def write_chart(report: dict, path: Path) -> None:
    series: dict[str, list] = {"ours: full pipeline": [], "ours: convert": [], "ours: site (MkDocs parts)": [],
                               "ours: bundle": [], "stock: mkdocs build": []}
    for r in report["runs"]:
        s = r["summary"]
        for label, key in (("ours: full pipeline", "pipeline_s"), ("ours: convert", "convert_s"),
                           ("ours: site (MkDocs parts)", "site_s"), ("ours: bundle", "bundle_s"),
                           ("stock: mkdocs build", "stock_build_s")):
            if s.get(key):
                series[label].append((s["n"], s[key]))
    series = {k: v for k, v in series.items() if v}
    loglog_chart(series, "BUILD TIME VS ARTICLES", "ARTICLES (N)", "SECONDS", path,
                 hline=(TARGETS_10K["pipeline_wall_s"], "TARGET 60 S AT 10K"))


# --- main ------------------------------------------------------------------------------------

def parse_ns(args) -> list[int]:
    if args.n:
        return [int(x) for x in args.n.split(",")]
    if os.environ.get("BENCH_SMOKE") == "1":
        return [50]
    ns = [int(x) for x in os.environ.get("BENCH_N", "1000,10000").split(",") if x.strip()]
    if os.environ.get("BENCH_FULL") == "1" and 50000 not in ns:
        ns.append(50000)
    return ns


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark the reading room against stock Material.")
    ap.add_argument("--n", help="comma-separated N values (overrides BENCH_N / BENCH_SMOKE)")
    ap.add_argument("--seed", type=int, default=int(os.environ.get("BENCH_SEED", "0")))
    ap.add_argument("--jobs", type=int, default=int(os.environ["BENCH_JOBS"]) if os.environ.get("BENCH_JOBS") else None,
                    help="passed to `build_site.py convert --jobs` (default: the converter's own)")
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "out", help="work folder (git-ignored)")
    ap.add_argument("--report-dir", type=Path, default=REPO / "bench", help="where report.* and chart.png go")
    ap.add_argument("--no-browser", action="store_true", default=os.environ.get("BENCH_NO_BROWSER") == "1")
    ap.add_argument("--no-stock", action="store_true", default=os.environ.get("BENCH_NO_STOCK") == "1")
    ap.add_argument("--keep", action="store_true", help="keep bench/out/<N> after the run")
    args = ap.parse_args(argv)

    ns = parse_ns(args)
    browser = not args.no_browser
    corpus = load_corpus(read_seed_texts())
    report = {
        "started": time.strftime("%Y-%m-%d %H:%M:%S %z"),
        "seed": args.seed,
        "jobs": args.jobs,
        "queries": QUERIES,
        "reps": int(os.environ.get("BENCH_REPS", "3")),
        "targets_10k": TARGETS_10K,
        "target_50k_pipeline_s": TARGET_50K_PIPELINE_S,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "mem_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
                    "platform": platform.platform()},
        "runs": [],
    }
    for n in ns:
        work = args.out / str(n)
        if work.exists():
            shutil.rmtree(work)
        project = work / "project"
        prepare_project(project)
        src = project / "sources"
        log(f"N={n}: generating into {src}")
        t0 = time.perf_counter()
        gen = generate_archive(n, src, args.seed)
        gen_s = round(time.perf_counter() - t0, 2)
        (work / "manifest.json").write_text(json.dumps(gen.to_json(), ensure_ascii=False), encoding="utf-8")
        gen_summary = gen.to_json(with_pages=False) | {"seconds": gen_s}
        log(f"N={n}: {gen.files} files, {gen.bytes / 2**20:.1f} MB in {gen_s} s")
        log(f"N={n}: reading room")
        rr = run_reading_room(n, project, args.jobs, browser)
        rr["truth"] = compare_with_truth(gen.to_json(), project / "docs" / "data" / "articles.jsonl")
        # A partial report now, so a long run that is stopped during the baseline keeps this.
        partial = {"generate": gen_summary, "reading_room": rr, "stock": {"reason": "not run yet (run stopped?)"}}
        partial["summary"] = summarize(n, gen_summary, rr, partial["stock"])
        write_reports(report | {"runs": report["runs"] + [partial]}, args.report_dir)
        if args.no_stock:
            stock = {"reason": "skipped (--no-stock)"}
        else:
            log(f"N={n}: stock Material")
            stock = run_stock(n, args.seed, work, browser, corpus)
        if not browser:
            for d in (rr, stock):
                d.setdefault("search_online", {"median_first_result_s": None, "reason": "browser skipped (--no-browser)"})
            rr.setdefault("search_file", {"median_first_result_s": None, "reason": "browser skipped (--no-browser)"})
        run = {"generate": gen_summary, "reading_room": rr, "stock": stock}
        run["summary"] = summarize(n, gen_summary, rr, stock)
        report["runs"].append(run)
        if not args.keep and work.exists():
            shutil.rmtree(work, ignore_errors=True)
        # Write after every N, so a long run that is stopped still leaves a report.
        write_reports(report, args.report_dir)
    write_reports(report, args.report_dir)
    log(f"report: {args.report_dir / 'report.md'}")
    return 0


def write_reports(report: dict, outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    report["finished"] = time.strftime("%Y-%m-%d %H:%M:%S %z")
    (outdir / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    write_markdown(report, outdir / "report.md")
    write_chart(report, outdir / "chart.png")


if __name__ == "__main__":
    sys.exit(main())
