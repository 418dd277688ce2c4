"""Peak memory of `build_site.py convert` (and `build`) at growing N: does it grow with the archive?

For each N: generate N articles (`bench/generate.py`, reused when the folder exists), then run
`build_site.py convert --no-cache` (and, with `--build`, `build --no-cache`) into a scratch
docs/ (and site/), measured from outside by `bench/measure.py` (peak PSS of the whole process
tree).  Prints one Markdown table and, with `--json`, writes the figures.

CLI: `python bench/memory.py [--n 1000,5000,20000] [--work DIR] [--build] [--jobs J] [--json PATH]`.

Nothing here asserts: issue 16's target (peak at 20,000 ≤ 1.3 × peak at 5,000, ≤ 2 GB at any
size) is printed beside the figures.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.generate import generate_archive  # noqa: E402
from bench.measure import run as measure  # noqa: E402


def measure_size(n: int, work: Path, build: bool, jobs: int | None) -> dict:
    """Generate (once) and convert (and build) N articles; the measured runs as dicts."""
    sources = work / f"gen{n}"
    if not sources.is_dir():
        generate_archive(n, sources)
    out: dict = {"n": n}
    commands = ["convert"] + (["build"] if build else [])
    for command in commands:
        docs, site = work / f"docs-{n}-{command}", work / f"site-{n}-{command}"
        for folder in (docs, site):
            shutil.rmtree(folder, ignore_errors=True)
        cmd = [sys.executable, REPO / "build_site.py", command, "-q", "--no-cache",
               "--sources", sources, "--docs", docs] + (["--site", site] if command == "build" else [])
        cmd += ["--jobs", str(jobs)] if jobs else []
        run = measure(cmd, cwd=REPO, env={"PYTHONHASHSEED": "0"}, log=work / f"{command}-{n}.log")
        out[command] = run.as_dict()
    return out


def table(rows: list[dict]) -> str:
    commands = [c for c in ("convert", "build") if c in rows[0]]
    lines = ["| N | " + " | ".join(f"`{c}` peak PSS (MB) | `{c}` wall (s)" for c in commands) + " |",
             "|---|" + "---|---|" * len(commands)]
    for row in rows:
        cells = []
        for c in commands:
            r = row[c]
            mark = "" if r["returncode"] == 0 else f" (rc {r['returncode']})"
            cells += [f"{r['peak_tree_pss_mb']:,.1f}{mark}", f"{r['wall_s']:.1f}"]
        lines.append(f"| {row['n']:,} | " + " | ".join(cells) + " |")
    by_n = {row["n"]: row for row in rows}
    if 5000 in by_n and 20000 in by_n:
        for c in commands:
            ratio = by_n[20000][c]["peak_tree_pss_mb"] / by_n[5000][c]["peak_tree_pss_mb"]
            lines.append(f"\n`{c}`: peak at 20,000 / peak at 5,000 = ×{ratio:.2f} (target ≤ 1.3)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", default="1000,5000,20000", help="comma-separated article counts")
    ap.add_argument("--work", type=Path, default=Path("/tmp/rr-memory"), help="scratch folder")
    ap.add_argument("--build", action="store_true", help="also measure `build` (convert + MkDocs)")
    ap.add_argument("--jobs", type=int, help="passed to --jobs (default: all cores)")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in (int(x) for x in args.n.split(",")):
        rows.append(measure_size(n, args.work, args.build, args.jobs))
        print(f"N = {n:,}: " + ", ".join(f"{c} {rows[-1][c]['peak_tree_pss_mb']:,.1f} MB in {rows[-1][c]['wall_s']:.1f} s"
                                         for c in ("convert", "build") if c in rows[-1]), file=sys.stderr, flush=True)
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
