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
Markdown time.  `on_config` adds a Python-Markdown extension (public API only: a preprocessor
and a postprocessor) that swaps each marked block for a placeholder paragraph and the
placeholder back for the block, so it reaches the page verbatim, as it would anyway.  Without
the hook the markers are plain HTML comments and the page is the same.

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
# constants it shares with the package are copies; tests/test_repo.py checks they agree.)
RAW_BLOCK = re.compile(rf"^{RAW_OPEN}\n(.*?)\n{RAW_CLOSE}$", re.M | re.S)
#: Set (to anything) to render every partial for every page (the test of `rr_once` does).
NO_ONCE_ENV = "RR_NO_ONCE"
#: src_uri of every page in the navigation: their navigation marks them active, so it is theirs.
_NAV_URIS: set[str] = set()
#: Where the navigation links to, and the site root (assets): a partial's links are these,
#: relative to the page.
_TARGETS: list[str] = ["."]
_ONCE: dict[tuple[str, ...], str] = {}

#: Where the extension's two processors run, between Python-Markdown's documented built-ins:
#: after `normalize_whitespace` (30), which strips STX/ETX from the text, so no source can forge
#: a placeholder; before `html_block` (20), which would parse each block tag by tag.  Ids inside
#: a block are then no anchors for MkDocs' link validation: only converter-made raw HTML links
#: to them, and MkDocs never validates raw HTML.  The postprocessor runs before
#: `amp_substitute` (20), as Python-Markdown's own `raw_html` (30) does.
RAW_PRIORITY = 25
#: A block's place in the page: STX, the number, ETX.
PLACEHOLDER = "\x02rr-raw:{}\x03"
PLACED = re.compile("<p>\x02rr-raw:([0-9]+)\x03</p>|\x02rr-raw:([0-9]+)\x03")
#: A block's first tag, as Python-Markdown reads it to decide whether the block is block-level.
FIRST_TAG = re.compile(r"^</?([^ >]+)")


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


def set_aside_raw_blocks(text: str, blocks: list[str]) -> str:
    """`text` with every marked block appended to `blocks` and replaced by its placeholder, on a
    paragraph of its own."""
    def place(match: re.Match) -> str:
        blocks.append(match.group(1))
        return f"\n{PLACEHOLDER.format(len(blocks) - 1)}\n"

    return RAW_BLOCK.sub(place, text) if RAW_OPEN in text else text


def put_back_raw_blocks(html: str, blocks: list[str], is_block_level) -> str:
    """`html` with every placeholder replaced by its block: a placeholder paragraph by the block
    alone when it opens with a block-level tag (else wrapped in `<p>`), as Python-Markdown puts
    back the raw HTML it set aside itself."""
    def put(match: re.Match) -> str:
        wrapped, number = match.group(1) is not None, int(match.group(1) or match.group(2))
        if number >= len(blocks):
            return match.group(0)
        block = blocks[number]
        tag = FIRST_TAG.match(block)
        if not wrapped or (tag and (tag.group(1)[0] in "!?@%" or is_block_level(tag.group(1)))):
            return block
        return f"<p>{block}</p>"

    return PLACED.sub(put, html) if blocks else html


def _raw_blocks_extension():
    from markdown.extensions import Extension
    from markdown.postprocessors import Postprocessor
    from markdown.preprocessors import Preprocessor

    class SetAside(Preprocessor):
        def __init__(self, md, blocks):
            super().__init__(md)
            self.blocks = blocks

        def run(self, lines):
            self.blocks.clear()  # a Markdown instance may convert more than one page
            text = "\n".join(lines)
            done = set_aside_raw_blocks(text, self.blocks)
            return lines if done is text else done.split("\n")

    class PutBack(Postprocessor):
        def __init__(self, md, blocks):
            super().__init__(md)
            self.blocks = blocks

        def run(self, text):
            return put_back_raw_blocks(text, self.blocks, self.md.is_block_level)

    class RawBlocksExtension(Extension):
        def extendMarkdown(self, md):
            blocks: list[str] = []  # this Markdown instance's, shared by its two processors
            md.preprocessors.register(SetAside(md, blocks), "rr_raw_blocks", RAW_PRIORITY)
            md.postprocessors.register(PutBack(md, blocks), "rr_raw_blocks", RAW_PRIORITY)

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
