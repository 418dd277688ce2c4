"""Build the MkDocs site in parallel parts and merge them into one site directory.

MkDocs renders pages one after another in one process.  Here parts of the site are built by
`mkdocs build --strict` processes, `jobs` at a time, each with `RR_SHARD=k/parts` (see
`hooks/shards.py`): each renders the pages and copies the files whose path hashes to it,
and still resolves and checks every link.  There is one part per job at least, more when the
site has more than `PAGES_PER_PART` pages per job: MkDocs holds every page it renders until the
end of its build, so a part's size bounds its memory.  The parts are then moved together.  Four files every part writes are merged, not moved: the
sitemap (both forms) and Material's search index (JSON and the offline plugin's JS copy).

Does not: convert sources, or decide where the site goes (the CLI swaps the result into place).
"""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .. import patterns as P
from . import store

#: The environment variable naming a part to build, `k/n`: the MkDocs hook
#: (hooks/shards.py, loaded by path without the package) reads the same name; a test checks.
SHARD_ENV = "RR_SHARD"
SITEMAP = "sitemap.xml"
SITEMAP_GZ = "sitemap.xml.gz"
SEARCH_JSON = "search/search_index.json"
SEARCH_JS = "search/search_index.js"
#: What the offline plugin writes before the index's JSON in search_index.js.
SEARCH_JS_PREFIX = "var __index = "
MERGED = frozenset({SITEMAP, SITEMAP_GZ, SEARCH_JSON, SEARCH_JS})
#: Markdown pages one part renders at most.  MkDocs renders every page of a build before it
#: writes the first, holding them all (about 50 KB each here): a part of 2,500 pages peaks near
#: 190 MB, so the site of any size builds in bounded memory, `jobs` parts at a time.
PAGES_PER_PART = 2500


class SiteBuildError(RuntimeError):
    """The site could not be built; the message carries MkDocs' own output."""


@dataclass(frozen=True)
class SiteBuild:
    parts: int
    messages: tuple[str, ...]  # warnings MkDocs printed (deduplicated), for the user


def part_count(docs: Path, jobs: int, pages_per_part: int = PAGES_PER_PART) -> int:
    """How many parts to build `docs` in: one per job at least, and enough that no part
    renders more than `pages_per_part` Markdown pages."""
    pages = sum(name.endswith(".md") for _, _, names in os.walk(docs) for name in names)
    return max(jobs, -(-pages // pages_per_part))


def build_site(config: Path, docs: Path, out: Path, parts: int, pages_per_part: int = PAGES_PER_PART) -> SiteBuild:
    """Build the site of `config` (with `docs` as docs_dir) into the new directory `out`, in
    parts (`part_count`), `parts` of them at a time.

    Raises:
        SiteBuildError: a part failed (its output is in the message), or parts disagree.
    """
    out = Path(out)
    out.mkdir(parents=True)
    jobs, parts = max(1, parts), part_count(docs, parts, pages_per_part)
    env = dict(os.environ, RR_DOCS_DIR=str(Path(docs).resolve()), NO_MKDOCS_2_WARNING="1")
    env.pop(SHARD_ENV, None)
    # Part 0 is built where the site goes; the others beside it, then moved in (half the
    # renames of moving every part).  Not inside it: MkDocs empties its site_dir first.
    dirs = [out] + [out.parent / f".{out.name}.part-{k}" for k in range(1, parts)]
    failed, messages, running = [], [], []

    def wait_one() -> None:
        proc, log_path = running.pop(0)
        code = proc.wait()
        output = store.read_text(log_path)
        log_path.unlink()
        if code:
            failed.append(output)
        messages.extend(line for line in output.splitlines() if P.MKDOCS_NOTABLE.match(line))

    for k, part_dir in enumerate(dirs):
        if len(running) >= jobs:
            wait_one()
        log_path = out.parent / f".{out.name}.log-{k}"
        part_env = env if parts <= 1 else dict(env, **{SHARD_ENV: f"{k}/{parts}"})
        # Never `mkdocs -q`: it hides the warnings that make --strict fail.
        cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(part_dir)]
        with open(log_path, "w", encoding="utf-8") as log_file:
            running.append((subprocess.Popen(cmd, cwd=Path(config).parent, env=part_env,
                                             stdout=log_file, stderr=subprocess.STDOUT), log_path))
    while running:
        wait_one()
    if failed:
        for part_dir in dirs[1:]:
            store.remove_tree(part_dir)
        raise SiteBuildError("mkdocs build failed:\n" + "\n".join(failed))
    if parts > 1:
        _merge(dirs, out)
    return SiteBuild(parts, tuple(dict.fromkeys(messages)))


def merge_sitemaps(texts: list[str]) -> str:
    """One sitemap from several: the first one's frame around every part's `<url>` entries."""
    if not texts:
        return ""
    urls = sorted({u for text in texts for u in P.SITEMAP_ENTRY.findall(text)})
    first = texts[0]
    head = first[:first.index("<urlset")]
    head += first[first.index("<urlset"):first.index(">", first.index("<urlset")) + 1]
    return head + "\n" + "\n".join(f"    {u}" for u in urls) + "\n</urlset>\n"


def merge_search_indexes(texts: list[str]) -> str:
    """Material's search_index.json of the whole site from the parts' (their `docs` joined)."""
    indexes = [json.loads(t) for t in texts]
    merged = dict(indexes[0])
    merged["docs"] = [doc for index in indexes for doc in index.get("docs", [])]
    return json.dumps(merged, ensure_ascii=False, separators=(",", ":"))


def _merge(dirs: list[Path], out: Path) -> None:
    present = lambda rel: [d / rel for d in dirs if (d / rel).is_file()]  # noqa: E731
    sitemaps = [store.read_text(p) for p in present(SITEMAP)]
    indexes = [store.read_text(p) for p in present(SEARCH_JSON)]
    has_js = bool(present(SEARCH_JS))
    for part_dir in dirs[1:]:
        clashes = [c for c in store.move_tree(part_dir, out, keep=MERGED) if c not in MERGED]
        if clashes:
            raise SiteBuildError(f"site parts disagree on {len(clashes)} file(s): {', '.join(clashes[:5])}")
        store.remove_tree(part_dir)
    if sitemaps:
        text = merge_sitemaps(sitemaps)
        store.write_text(out / SITEMAP, text)
        store.write_text(out / SITEMAP_GZ, gzip.compress(text.encode("utf-8"), mtime=0))
    if indexes:
        (out / "search").mkdir(exist_ok=True)
        data = merge_search_indexes(indexes)
        store.write_text(out / SEARCH_JSON, data)
        if has_js:
            store.write_text(out / SEARCH_JS, SEARCH_JS_PREFIX + data)
