"""Build the MkDocs site in parallel parts and merge them into one site directory.

MkDocs renders pages one after another in one process.  Here parts of the site are built by
`mkdocs build --strict` processes, `jobs` at a time, each with `RR_SHARD=k/parts` (see
`hooks/shards.py`): each renders the pages and copies the files whose path hashes to it,
and still resolves and checks every link.  There is one part per job at least, more when the
site has more than `PAGES_PER_PART` pages per job: MkDocs holds every page it renders until the
end of its build, so a part's size bounds its memory.  With `only`, just the docs files it
names are built (`RR_ONLY`: the incremental build, `siteupdate.py`).  The parts are then moved
together.  The sitemap (both forms), which every part writes, is merged, and written the same
way for one part as for many.  Material's lunr index (`search/search_index.json` and the
offline plugin's `.js` copy) is not shipped: no page loads it (notes/search-design.md,
"Material's search plugin"), so it is deleted, and the site is the same for any number of parts.

Does not: convert sources, or decide where the site goes (the CLI swaps the result into place).
"""
from __future__ import annotations

import contextlib
import gzip
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .. import patterns as P
from . import store
from .siteplan import sitemap_text

#: The environment variable naming a part to build, `k/n`: the MkDocs hook
#: (hooks/shards.py, loaded by path without the package) reads the same name; a test checks.
SHARD_ENV = "RR_SHARD"
#: The environment variable naming a JSON list of the only src_uris to build (the same hook).
ONLY_ENV = "RR_ONLY"
SITEMAP = "sitemap.xml"
SITEMAP_GZ = "sitemap.xml.gz"
#: Material's lunr index (search plugin) and the offline plugin's copy of it as a script.
#: Material's JS fetches it only when a form named "search" exists, which our search box
#: (overrides/vendor/search.html) does not have: it is built by every part, loaded by no page.
UNSHIPPED = ("search/search_index.json", "search/search_index.js")
MERGED = frozenset({SITEMAP, SITEMAP_GZ, *UNSHIPPED})
#: Markdown pages one part renders at most.  MkDocs renders every page of a build before it
#: writes the first, holding them all (about 50 KB each here): a part of 2,500 pages peaks near
#: 190 MB, so the site of any size builds in bounded memory, `jobs` parts at a time.
PAGES_PER_PART = 2500
#: Pages an incremental build gives one part at least: MkDocs' start (config, theme, every
#: file of docs/ listed) costs a part seconds on a large site whatever it renders.
MIN_PAGES_PER_PART = 200


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


def part_count_of(only: list[str], jobs: int, pages_per_part: int = PAGES_PER_PART) -> int:
    """How many parts to build the docs files `only` in: at most one per job and per
    `MIN_PAGES_PER_PART` pages (each part pays MkDocs' start, seconds on a large site), and
    enough that no part renders more than `pages_per_part` pages."""
    pages = sum(uri.endswith(".md") for uri in only)
    return max(1, min(jobs, -(-pages // MIN_PAGES_PER_PART)), -(-pages // pages_per_part))


def build_site(config: Path, docs: Path, out: Path, parts: int, pages_per_part: int = PAGES_PER_PART,
               only: list[str] | None = None) -> SiteBuild:
    """Build the site of `config` (with `docs` as docs_dir) into the new directory `out`, in
    parts (`part_count`), `parts` of them at a time; with `only` (src_uris), just those files.

    Raises:
        SiteBuildError: a part failed (its output is in the message), or parts disagree.
    """
    out = Path(out)
    out.mkdir(parents=True)
    jobs = max(1, parts)
    parts = part_count(docs, jobs, pages_per_part) if only is None else part_count_of(only, jobs, pages_per_part)
    env = dict(os.environ, RR_DOCS_DIR=str(Path(docs).resolve()), NO_MKDOCS_2_WARNING="1")
    env.pop(SHARD_ENV, None)
    env.pop(ONLY_ENV, None)
    if only is not None:
        only_path = out.parent / f".{out.name}.only.json"
        store.write_text(only_path, json.dumps(sorted(only), ensure_ascii=False))
        env[ONLY_ENV] = str(only_path)
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
    if only is not None:
        only_path.unlink(missing_ok=True)
    if failed:
        for part_dir in dirs[1:]:
            store.remove_tree(part_dir)
        raise SiteBuildError("mkdocs build failed:\n" + "\n".join(failed))
    _merge(dirs, out)
    return SiteBuild(parts, tuple(dict.fromkeys(messages)))


def merge_sitemaps(texts: list[str]) -> str:
    """One sitemap from several: the first one's frame around every part's `<url>` entries."""
    if not texts:
        return ""
    return sitemap_text(texts[0], [u for text in texts for u in P.SITEMAP_ENTRY.findall(text)])


def _merge(dirs: list[Path], out: Path) -> None:
    """Move the parts into `out` (part 0 is there already), merge their sitemaps (always, so
    one part gives the same bytes as many) and drop what is not shipped."""
    sitemaps = [store.read_text(d / SITEMAP) for d in dirs if (d / SITEMAP).is_file()]
    for part_dir in dirs[1:]:
        clashes = [c for c in store.move_tree(part_dir, out, keep=MERGED) if c not in MERGED]
        if clashes:
            raise SiteBuildError(f"site parts disagree on {len(clashes)} file(s): {', '.join(clashes[:5])}")
        store.remove_tree(part_dir)
    if sitemaps:
        write_sitemap(out, merge_sitemaps(sitemaps))
    for rel in UNSHIPPED:
        (out / rel).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        (out / UNSHIPPED[0]).parent.rmdir()  # search/, when nothing else is in it


def write_sitemap(site: Path, text: str) -> None:
    """`sitemap.xml` and its gzip form (dated 1970, so the same sitemap gives the same bytes)."""
    store.write_text(site / SITEMAP, text)
    store.write_text(site / SITEMAP_GZ, gzip.compress(text.encode("utf-8"), mtime=0))
