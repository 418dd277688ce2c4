"""MkDocs hook (listed in mkdocs.yml): build one part of the site, or only some of its files.

`build_site.py build` starts `mkdocs build` processes with `RR_SHARD=k/n` in the environment,
then merges the parts (`reading_room/publish/sitebuild.py`); an incremental build also sets
`RR_ONLY` to a JSON file listing the src_uris to build (the docs files changed since the site
was built: `reading_room/publish/siteupdate.py`).  Every process sees every file, so links
still resolve and a link to a missing page still fails `--strict`; each builds only the files
of its part (whose path hashes to it) and of the list, and marks the rest *excluded*, which
MkDocs links to without a warning.

Off switch: without `RR_SHARD` and `RR_ONLY` (plain `mkdocs build`, `mkdocs serve`, or a tool
that ignores hooks) every file is built by one process: slower, same pages.  Depends on MkDocs
1.6's public `on_files` event and `File.inclusion` (`InclusionLevel.EXCLUDED`), and on its
logger names for the INFO lines it quiets.
"""
from __future__ import annotations

import json
import logging
import os
import zlib

#: The environment variable naming this process's part: `k/n`, 0 <= k < n.
SHARD_ENV = "RR_SHARD"
#: The environment variable naming a JSON file: a list of the src_uris to build, no others.
ONLY_ENV = "RR_ONLY"
#: MkDocs reports every link to a page of another part at INFO ("… which is excluded from the
#: built site"): tens of thousands of lines that say nothing.  Warnings still pass.
QUIET_LOGGERS = ("mkdocs.structure.pages", "mkdocs.structure.nav")


def part_of(src_uri: str, parts: int) -> int:
    """The part that builds the file at `src_uri` (stable across runs and machines)."""
    return zlib.crc32(src_uri.encode("utf-8")) % parts


def parse_shard(spec: str | None) -> tuple[int, int] | None:
    """`"1/4"` → `(1, 4)`; None when unset; ValueError when malformed."""
    if not spec:
        return None
    index, _, count = spec.partition("/")
    k, n = int(index), int(count)
    if not 0 <= k < n:
        raise ValueError(f"{SHARD_ENV}={spec!r}: expected k/n with 0 <= k < n")
    return k, n


def builds(src_uri: str, shard: tuple[int, int] | None, only: frozenset[str] | None) -> bool:
    """Whether this process builds the file at `src_uri`: in its part and in its list."""
    return (shard is None or part_of(src_uri, shard[1]) == shard[0]) and (only is None or src_uri in only)


def on_files(files, config):
    shard = parse_shard(os.environ.get(SHARD_ENV))
    only_path = os.environ.get(ONLY_ENV)
    if shard is None and not only_path:
        return files
    from mkdocs.structure.files import InclusionLevel

    only = None
    if only_path:
        with open(only_path, encoding="utf-8") as fh:
            only = frozenset(json.load(fh))
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    for file in files:
        if not builds(file.src_uri, shard, only):
            file.inclusion = InclusionLevel.EXCLUDED
    return files
