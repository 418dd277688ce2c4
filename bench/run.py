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
5. write `report.json`, `report.md` and `chart.png` (`bench/report.py`; into `bench/` unless
   `--report-dir`).

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
from bench.corpus import load_corpus, read_seed_texts  # noqa: E402
from bench.generate import generate_archive  # noqa: E402
from bench.httpd import serve  # noqa: E402
from bench.measure import run as measure  # noqa: E402
from bench.report import (  # noqa: E402
    TARGET_50K_PIPELINE_S,
    TARGETS_10K,
    compare_with_truth,
    summarize,
    write_reports,
)
from bench.stock import write_stock_project  # noqa: E402

PY = sys.executable
BUILD_SITE = REPO / "build_site.py"
#: Queries typed in the browser: a common word, a word, a mid-word fragment (中原科技城 → 原科技),
#: a rarer word, and the common word in traditional script (鄭州 must find 郑州).
QUERIES = ["郑州", "科技创新", "原科技", "跨境电商", "鄭州"]
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
    res["increment"] = measure_day(project, src, [PY, here], jobs_args, logs, env)
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


#: Articles a city daily adds in a day (issue 16): the increment the benchmark adds.
DAY_ARTICLES = 130


def measure_day(project: Path, src: Path, cli: list, jobs_args: list, logs: Path, env: dict) -> dict:
    """The built archive, one more day (`DAY_ARTICLES` generated with another seed, added as new
    files) and one corrected page: the time of `build` (convert + only the changed pages) and
    `bundle` (only the changed files recompressed), what the site build says it did."""
    day = project.parent / "day"
    shutil.rmtree(day, ignore_errors=True)
    generate_archive(DAY_ARTICLES, day, seed=DAY_ARTICLES + len(list(src.iterdir())))
    for path in sorted(day.iterdir()):
        if path.is_file() and path.name != "source.yml":
            shutil.copy(path, src / f"day-{path.name}")
    victim = sorted(src.glob("*.txt"))[1]
    victim.write_bytes(victim.read_bytes().replace("。".encode(), "；".encode(), 1))  # a corrected page
    out = {"articles_added": DAY_ARTICLES, "corrected_file": victim.name}
    out["build"] = stage("increment-build", [*cli, "build", "-q", *jobs_args], project, logs, env)
    log_text = (logs / "increment-build.log").read_text("utf-8", "replace") if (logs / "increment-build.log").is_file() else ""
    site_lines = [line for line in log_text.splitlines() if line.startswith("site: ")]
    out["site_says"] = site_lines[-1] if site_lines else None
    out["bundle"] = stage("increment-bundle", [*cli, "bundle", "-q"], project, logs, env)
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
        with serve(site) as url:
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
        with serve(site) as url:
            res["search_online"] = safe_search(url, bbrowser.MATERIAL_UI, reps, site)
        res["search_file"] = {"median_first_result_s": None,
                              "reason": "stock Material search does not run from file:// without the offline plugin"}
    return res


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


if __name__ == "__main__":
    sys.exit(main())
