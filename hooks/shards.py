"""MkDocs hook (listed in mkdocs.yml): build one part of the site, so parts run in parallel.

`build_site.py build` starts `mkdocs build` processes with `RR_SHARD=k/n` in the environment,
then merges the parts (`reading_room/publish/sitebuild.py`).  Every part sees every file, so
links still resolve and a link to a missing page still fails `--strict`; each part builds only
the files whose path hashes to it and marks the rest *excluded*, which MkDocs links to without
a warning.

Off switch: without `RR_SHARD` (plain `mkdocs build`, `mkdocs serve`, or a tool that ignores
hooks) every file is built by one process: slower, same pages.  Depends on MkDocs 1.6's public
`on_files` event and `File.inclusion` (`InclusionLevel.EXCLUDED`), and on its logger names
for the INFO lines it quiets.
"""
from __future__ import annotations

import logging
import os
import zlib

#: The environment variable naming this process's part: `k/n`, 0 <= k < n.
SHARD_ENV = "RR_SHARD"
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


def on_files(files, config):
    shard = parse_shard(os.environ.get(SHARD_ENV))
    if shard is None:
        return files
    from mkdocs.structure.files import InclusionLevel

    index, count = shard
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    for file in files:
        if part_of(file.src_uri, count) != index:
            file.inclusion = InclusionLevel.EXCLUDED
    return files
