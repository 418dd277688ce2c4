"""The reading room against trafilatura on the saved-HTML corpora (issue 14's bar).

Why: issue 14 asks that on saved HTML pages the reading room do better than trafilatura, the
general-purpose extractor, on its own ground: titles, body sentences, leaks, and "no fewer dated
pages than trafilatura dates".  This measures it, the same way every time, with the scorer every
corpus is judged by (`tests/corpus/score.py`, run as a command).

For each `tests/corpus/html-*` corpus (raw/ + gold*.json):

1. ours: `build_site.py convert -q --no-cache` on raw/, catalogue = data/articles.jsonl;
2. ours again on a copy of raw/ whose file names have their yyyymmdd date replaced by `nodate`
   (the gold's `file` names rewritten the same way): the corpora's file names carry the gold
   date, which the converter may read and trafilatura never sees; this is the fair comparison;
3. trafilatura, in a venv of its own (`--trafilatura PYTHON`; it is no product dependency), run
   through `bench/trafilatura_run.py`: `bare_extraction(bytes, with_metadata=True)` with its
   defaults, and once more with `favor_precision=True`; each result becomes one catalogue row
   (`trafilatura_row`);
4. score each catalogue against the merged gold (`score.py GOLD CATALOG --json`), compare page by
   page, and write `bench/extractors.md` (+ `extractors.json`, the raw figures).

usage: python -m bench.extractors [--trafilatura PYTHON] [--out DIR]
Wall times are reported, never asserted.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.extractors_report import TOOLS, render, table

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus"
SCORE = CORPUS / "score.py"
RUNNER = Path(__file__).resolve().parent / "trafilatura_run.py"
DEFAULT_TRAFILATURA = os.environ.get("TRAFILATURA_PYTHON", "/work/tvenv/bin/python")

#: A gold date in a corpus file name (h01_xinhua_20231117.html); `nodate` takes its place.
DATE_IN_NAME = re.compile(r"(?<!\d)(?:19|20)\d{6}(?!\d)")


def corpora(root: Path = CORPUS) -> list[Path]:
    """Every saved-HTML corpus: a `html-*` folder with raw/ and at least one gold*.json."""
    return [d for d in sorted(root.glob("html-*")) if (d / "raw").is_dir() and list(d.glob("gold*.json"))]


def load_gold(corpus: Path) -> list[dict]:
    """The corpus's gold files merged into one list of files."""
    return [entry for g in sorted(corpus.glob("gold*.json")) for entry in json.loads(g.read_text("utf-8"))]


def undated_name(name: str) -> str:
    """`h01_xinhua_20231117.html` -> `h01_xinhua_nodate.html`."""
    return DATE_IN_NAME.sub("nodate", name)


def split_authors(author: str | None) -> list[str]:
    """trafilatura gives one string, names joined by ';' (or '；'): a list of names."""
    return [a.strip() for a in re.split(r"[;；]", author or "") if a.strip()]


def trafilatura_row(result: dict | None, source: str) -> dict | None:
    """One catalogue row (the fields `score.py` reads) from one trafilatura result, or None.

    trafilatura returns one document per page, or nothing: so one article per page at most.
    title -> title, author -> authors (split on ';'), date -> date, sitename -> publication,
    text -> body (each of its lines a paragraph, blank-line separated as the catalogue's bodies
    are).  Its `comments` (reader comments it found) are kept apart, as it keeps them: not body.
    """
    if not result:
        return None
    lines = [ln.strip() for ln in (result.get("text") or "").splitlines()]
    date = result.get("date") or None
    return {
        "id": Path(source).stem + "-01",
        "source": source,
        "title": (result.get("title") or "").strip() or None,
        "kicker": None,
        "subtitle": None,
        "authors": split_authors(result.get("author")),
        "correspondents": [],
        "photographers": [],
        "date": date[:10] if date else None,
        "date_source": "trafilatura" if date else None,
        "publication": (result.get("sitename") or "").strip() or None,
        "body": "\n\n".join(ln for ln in lines if ln),
        "script": None,
    }


def run_ours(raw: Path, work: Path, python: str = sys.executable) -> tuple[list[dict], float]:
    """Convert raw/ with the CLI into work/docs; the catalogue and the wall time."""
    docs = work / "docs"
    cmd = [python, "build_site.py", "convert", "-q", "--no-cache", "--sources", str(raw), "--docs", str(docs)]
    start = time.perf_counter()
    subprocess.run(cmd, cwd=REPO, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    return read_jsonl(docs / "data" / "articles.jsonl"), seconds


def run_trafilatura(raw: Path, python: str, precision: bool = False) -> dict:
    """trafilatura on every file of raw/: {version, options, pages, rows, seconds, extract_seconds}."""
    files = [str(p) for p in sorted(raw.iterdir()) if p.is_file()]
    cmd = [python, str(RUNNER), *(["--favor-precision"] if precision else []), *files]
    start = time.perf_counter()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    seconds = time.perf_counter() - start
    run = json.loads(out)
    run["rows"] = [r for p in run["pages"] if (r := trafilatura_row(p["result"], p["file"]))]
    run["seconds"] = seconds
    run["extract_seconds"] = sum(p["seconds"] for p in run["pages"])
    return run


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(ln) for ln in path.read_text("utf-8").splitlines() if ln.strip()]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def score_cli(gold: list[dict], catalog: list[dict], work: Path, name: str) -> dict:
    """`score.py GOLD CATALOG --json`, the corpus scorer as a command: its figures."""
    g = work / f"{name}.gold.json"
    g.write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    c = write_jsonl(work / f"{name}.catalog.jsonl", catalog)
    out = subprocess.run([sys.executable, str(SCORE), str(g), str(c), "--json"],
                         check=True, capture_output=True, text=True).stdout
    return json.JSONDecoder().raw_decode(out)[0]


def scorer():
    """tests/corpus/score.py as a module, for the page-by-page comparison."""
    spec = importlib.util.spec_from_file_location("corpus_score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def figures(s: dict, gold: list[dict]) -> dict:
    """The report's figures from one score."""
    return {
        "titles": (s["must_found"] + s["stretch_found"], s["must"] + s["stretch"]),
        "authors": (s["authors_ok"], s["authors_n"]),
        "body": (s["keep_ok"], s["keep"]),
        "body_anywhere": (s["keep_anywhere"], s["keep"]),
        "leaks": (s["debris_leaks"], s["debris_n"]),
        "wrong_dates": s["date_wrong"],
        "dated": s["date_ok"] + s["date_wrong"],
        "dated_right": s["date_ok"],
        "gold_dated": sum(1 for f in gold if f.get("date") or f.get("date_range")),
        "pages": len(gold),
        "publication": (s["pub_ok"], s["pub_n"]),
        "articles": (s["articles_out"], s["articles_gold"]),
    }


def add(a: dict, b: dict) -> dict:
    return {k: tuple(x + y for x, y in zip(a[k], b[k])) if isinstance(a[k], tuple) else a[k] + b[k] for k in a}


def page_wins(gold: list[dict], mine: list[dict], theirs: list[dict], sc) -> list[str]:
    """What `theirs` gets right on a page that `mine` does not: one line per page and field."""
    def by_src(cat):
        out = {}
        for a in cat:
            out.setdefault(str(a.get("source", "")).split("/")[-1], []).append(a)
        return out

    m, t = by_src(mine), by_src(theirs)
    lines = []
    for f in gold:
        am, at = m.get(f["file"], []), t.get(f["file"], [])
        sm, st = sc.score([f], am), sc.score([f], at)
        name = f["file"]
        for g in f["articles"]:
            gm, gt = sc.match(g, am), sc.match(g, at)
            label = g.get("title") or g.get("authors")
            if gt and not gm:
                lines.append(f"`{name}`: title — trafilatura found 「{label}」 as {gt.get('title')!r}; we did not")
            if gt and gm and g.get("authors") is not None:
                ok = lambda a: sc.names(g["authors"]) in _credit_sets(sc, a)
                if ok(gt) and not ok(gm):
                    lines.append(f"`{name}`: authors — gold {g['authors']}, trafilatura {gt.get('authors')}, "
                                 f"we {gm.get('authors')}")
            for k in g.get("keep") or g.get("body_sentences") or []:
                in_t = gt is not None and sc.norm(k) in sc.norm(gt.get("body"))
                in_m = gm is not None and sc.norm(k) in sc.norm(gm.get("body"))
                if in_t and not in_m:
                    lines.append(f"`{name}`: body sentence 「{k[:40]}{'…' if len(k) > 40 else ''}」 "
                                 f"kept by trafilatura, {'missing from' if gm else 'no article for'} 「{label}」 in ours")
        for d in f.get("debris") or []:
            leak = lambda arts: any(d in (a.get("title") or "") + "\n" + (a.get("body") or "") for a in arts)
            if leak(am) and not leak(at):
                lines.append(f"`{name}`: leak 「{d[:40]}」 — ours leaks it, trafilatura does not")
        if len(am) > len(f["articles"]) >= len(at):
            extra = [a.get("title") for a in am if not any(sc.match(g, [a]) for g in f["articles"])]
            lines.append(f"`{name}`: articles — ours makes {len(am)} for {len(f['articles'])} in the gold "
                         f"(extra: {', '.join(repr(t) for t in extra)}), trafilatura {len(at)}")
        if st["date_ok"] > sm["date_ok"]:
            got = sorted({str(a.get("date")) for a in am if a.get("date")}) or ["none"]
            lines.append(f"`{name}`: date — trafilatura {at[0].get('date')} (gold {f.get('date')}), "
                         f"ours {', '.join(got)}" + ("" if am else " (no article)")
                         + ("" if f["articles"] else "; the gold has no article on this page, only its date"))
        if st["pub_ok"] > sm["pub_ok"]:
            lines.append(f"`{name}`: publication — trafilatura {at[0].get('publication')!r} (gold "
                         f"{f.get('publication')!r}), ours {sorted({str(a.get('publication')) for a in am}) or 'no article'}")
    return lines


def _credit_sets(sc, a: dict) -> list[set]:
    au, ph, co = (sc.names(a.get(k)) for k in ("authors", "photographers", "correspondents"))
    return [au, au | ph, au | co, au | ph | co]


def meta(python: str) -> dict:
    def sh(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
        except Exception:
            return "?"
    pkgs = sh([python, "-c", "import importlib.metadata as m; print(', '.join(f'{p} {m.version(p)}' for p in "
               "('lxml', 'htmldate', 'justext', 'courlan', 'charset-normalizer')))"])
    return {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": platform.node(),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "commit": sh(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"]),
        "trafilatura_python": sh([python, "-c", "import platform; print(platform.python_version())"]),
        "trafilatura_packages": pkgs,
    }


def timed(reps: int, run) -> tuple[list[dict], float]:
    """run(i) -> (catalogue, seconds), `reps` times: the first catalogue, the median time."""
    tries = [run(i) for i in range(reps)]
    return tries[0][0], statistics.median(t[1] for t in tries)


def dates(gold: list[dict], cats: dict[str, list[dict]], names: dict[str, str]) -> list[dict]:
    """Per page: the gold date and the dates each catalogue gives it (None: no article or no date)."""
    out = []
    for f in gold:
        row = {"file": f["file"], "gold": f.get("date"), "gold_articles": len(f["articles"])}
        for k, cat in cats.items():
            src = names.get(f["file"], f["file"]) if k == "ours_nodate" else f["file"]
            arts = [a for a in cat if str(a.get("source", "")).split("/")[-1] == src]
            got = sorted({str(a["date"])[:10] for a in arts if a.get("date")})
            row[k] = ", ".join(got) if got else ("no date" if arts else "no article")
        out.append(row)
    return out


def measure(corpus: Path, tpython: str, work: Path, sc, reps: int = 1) -> dict:
    gold = load_gold(corpus)
    raw = corpus / "raw"
    cats, secs = {}, {}
    cats["ours"], secs["ours"] = timed(reps, lambda i: run_ours(raw, work / f"ours{i}"))
    undated = work / "undated" / "raw"
    undated.mkdir(parents=True)
    names = {}
    for p in sorted(raw.iterdir()):
        names[p.name] = undated_name(p.name)
        shutil.copyfile(p, undated / names[p.name])
    assert len(set(names.values())) == len(names), f"{corpus.name}: renamed files collide"
    gold_nodate = [dict(f, file=undated_name(f["file"])) for f in gold]
    cats["ours_nodate"], secs["ours_nodate"] = timed(reps, lambda i: run_ours(undated, work / f"undated{i}"))
    runs = {}
    for key, precision in (("traf", False), ("traf_precision", True)):
        tries = [run_trafilatura(raw, tpython, precision) for _ in range(reps)]
        runs[key] = tries[0]
        cats[key], secs[key] = runs[key]["rows"], statistics.median(t["seconds"] for t in tries)
        secs[key + "_extract"] = statistics.median(t["extract_seconds"] for t in tries)
    secs["traf_extract"] = secs.pop("traf_extract")
    golds = {k: gold_nodate if k == "ours_nodate" else gold for k, _ in TOOLS}
    scores = {k: score_cli(golds[k], cats[k], work, k) for k, _ in TOOLS}
    # Page by page, on the original names (the undated catalogue mapped back).
    back = {v: k for k, v in names.items()}
    nodate_cat = [dict(a, source=back.get(str(a.get("source", "")).split("/")[-1], a.get("source")))
                  for a in cats["ours_nodate"]]
    wins = {"ours": page_wins(gold, cats["ours"], cats["traf"], sc),
            "ours_nodate": page_wins(gold, nodate_cat, cats["traf"], sc)}
    errors = [f"{p['file']}: {p['error']}" for r in runs.values() for p in r["pages"] if p["error"]]
    return {
        "pages": len(gold),
        "mb": sum(p.stat().st_size for p in raw.iterdir()) / 1e6,
        "figures": {k: figures(scores[k], gold) for k, _ in TOOLS},
        "scores": {k: {x: y for x, y in s.items()} for k, s in scores.items()},
        "seconds": secs,
        "wins": wins,
        "dates": dates(gold, cats, names),
        "trafilatura_errors": errors,
        "trafilatura_version": runs["traf"]["version"],
        "trafilatura_rows": {k: runs[k]["rows"] for k in runs},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--trafilatura", default=DEFAULT_TRAFILATURA,
                    help="Python of a venv with trafilatura installed (default $TRAFILATURA_PYTHON or %(default)s)")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent),
                    help="folder for extractors.md and extractors.json (default bench/)")
    ap.add_argument("--reps", type=int, default=3, help="runs per tool; wall time = their median (default 3)")
    args = ap.parse_args(argv)
    if not Path(args.trafilatura).exists():
        ap.error(f"no Python at {args.trafilatura}: python3 -m venv /work/tvenv && "
                 "/work/tvenv/bin/pip install 'trafilatura>=2,<3' lxml_html_clean")
    sc = scorer()
    results = {"meta": dict(meta(args.trafilatura), reps=args.reps), "corpora": {}}
    with tempfile.TemporaryDirectory(prefix="rr-extractors-") as tmp:
        for corpus in corpora():
            work = Path(tmp) / corpus.name
            work.mkdir()
            print(f"{corpus.name} …", file=sys.stderr)
            results["corpora"][corpus.name] = measure(corpus, args.trafilatura, work, sc, args.reps)
    versions = {c["trafilatura_version"] for c in results["corpora"].values()}
    results["meta"]["trafilatura_version"] = ", ".join(sorted(versions))
    total = None
    for c in results["corpora"].values():
        total = {k: (add(total[k], c["figures"][k]) if total else dict(c["figures"][k])) for k, _ in TOOLS}
    results["total"] = total
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "extractors.md").write_text(render(results) + "\n", "utf-8")
    (out / "extractors.json").write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", "utf-8")
    for line in table(total):
        print(line)
    print(f"wrote {out / 'extractors.md'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
