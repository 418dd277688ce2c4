"""MkDocs hooks (listed in mkdocs.yml): build one part of the site, so parts run in parallel.

`build_site.py build` starts one `mkdocs build` per CPU core with `RR_SHARD=k/n` in the
environment, then merges the parts (`reading_room/publish/sitebuild.py`).  Every part sees every file,
so links still resolve and a link to a missing page still fails `--strict`; each part builds
only the files whose path hashes to it and marks the rest *excluded*, which MkDocs links to
without a warning.

Without `RR_SHARD` (plain `mkdocs build`, `mkdocs serve`, or a tool that ignores hooks) every
file is built by one process: slower, same pages.

One speed-up applies to every page: the converter writes its page chrome (headers, lists, links,
the source text) as raw HTML blocks between `RAW_OPEN` and `RAW_CLOSE` lines, every source
string in them already escaped (`render.raw_html`).  Python-Markdown would run each such block
through its HTML parser, tag by tag, only to hand it back unchanged: more than half of all
Markdown time.  `on_config` adds a preprocessor that stashes each marked block whole, so it
reaches the page verbatim, as it would anyway.  Without the hook the markers are plain HTML
comments and the page is the same.

Last, `on_env` gives the templates `rr_once`: the theme partials whose output depends on a page
only through its relative links (the navigation of a page that is not itself in it, the
search box) are rendered once per set of links and reused (`overrides/partials/`): once per
folder depth, about, instead of once per page.  `RR_NO_ONCE=1` turns it off; a
test builds the site both ways and compares every page byte for byte.
"""
from __future__ import annotations

import logging
import os
import re
import zlib

#: The environment variable naming this process's part: `k/n`, 0 <= k < n.
SHARD_ENV = "RR_SHARD"
#: MkDocs reports every link to a page of another part at INFO ("… which is excluded from the
#: built site"): tens of thousands of lines that say nothing.  Warnings still pass.
QUIET_LOGGERS = ("mkdocs.structure.pages", "mkdocs.structure.nav")
#: The lines around a raw HTML block the converter made (`reading_room.site.render.raw_html`).
#: Source text can never produce them: the converter escapes every `<` it takes from a source.
RAW_OPEN = "<!--rr:raw-->"
RAW_CLOSE = "<!--/rr:raw-->"
# (This file imports nothing from the package, and its two patterns stay here, not in
# patterns.py: MkDocs loads it by its path, where `reading_room` may not be importable.  The
# constants it shares with the package are copies; tests/test_sitebuild.py checks they agree.)
RAW_BLOCK = re.compile(rf"^{RAW_OPEN}\n(.*?)\n{RAW_CLOSE}$", re.M | re.S)
#: Set (to anything) to render every partial for every page (the test of `rr_once` does).
NO_ONCE_ENV = "RR_NO_ONCE"
#: src_uri of every page in the navigation: their navigation marks them active, so it is theirs.
_NAV_URIS: set[str] = set()
#: Where the navigation links to, and the site root (assets): a partial's links are these,
#: relative to the page.
_TARGETS: list[str] = ["."]
_ONCE: dict[tuple[str, ...], str] = {}

#: Between MkDocs' own id collection (21), which must still see the blocks, and Python-Markdown's
#: raw HTML parser (20), which then never does.
RAW_PRIORITY = 20.5


def on_config(config):
    config.markdown_extensions.append(_raw_blocks_extension())
    return config


def on_nav(nav, config, files):
    _NAV_URIS.clear()
    _NAV_URIS.update(page.file.src_uri for page in nav.pages)
    _TARGETS[:] = ["."] + [page.url for page in nav.pages]
    _ONCE.clear()
    return nav


def on_env(env, config, files):
    if not os.environ.get(NO_ONCE_ENV):
        env.globals["rr_once"] = rr_once
    return env


def rr_once(name: str, page, caller=None):
    """`{% call rr_once("nav", page) %}…{% endcall %}`: the block's output for `page`, rendered
    once for all pages that see the site root and the navigation's pages at the same relative
    urls.  The navigation of a page listed in it is its own (marked active): rendered each time."""
    from mkdocs.utils import get_relative_url

    if page is None or (name == "nav" and page.file.src_uri in _NAV_URIS):
        return caller()
    key = (name, *(get_relative_url(target, page.url) for target in _TARGETS))
    if key not in _ONCE:
        _ONCE[key] = caller()
    return _ONCE[key]


def stash_raw_blocks(text: str, store) -> str:
    """`text` with every marked block replaced by `store(block)`, a placeholder, on a paragraph
    of its own."""
    return RAW_BLOCK.sub(lambda m: f"\n{store(m.group(1))}\n", text) if RAW_OPEN in text else text


def _raw_blocks_extension():
    from markdown.extensions import Extension
    from markdown.preprocessors import Preprocessor

    class RawBlocks(Preprocessor):
        def run(self, lines):
            text = "\n".join(lines)
            done = stash_raw_blocks(text, self.md.htmlStash.store)
            return lines if done is text else done.split("\n")

    class RawBlocksExtension(Extension):
        def extendMarkdown(self, md):
            md.preprocessors.register(RawBlocks(md), "rr_raw_blocks", RAW_PRIORITY)

    return RawBlocksExtension()


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
