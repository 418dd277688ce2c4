"""MkDocs hook (listed in mkdocs.yml): the converter's raw HTML blocks reach the page verbatim.

The converter writes its page chrome (headers, lists, links, the source text) as raw HTML
blocks between `RAW_OPEN` and `RAW_CLOSE` lines, every source string in them already escaped
(`render.raw_html`).  Python-Markdown would run each such block through its HTML parser, tag by
tag, only to hand it back unchanged: more than half of all Markdown time.  `on_config` adds a
Python-Markdown extension (public API only: a preprocessor and a postprocessor) that swaps each
marked block for a placeholder paragraph and the placeholder back for the block.

Off switch: `RR_NO_RAW_BLOCKS=1`, or a tool that runs no hooks; the markers are then plain HTML
comments and the page is the same (a test builds both ways).  Depends on Python-Markdown's
documented `Preprocessor`/`Postprocessor` registries and the priorities of its built-ins.
"""
from __future__ import annotations

import os
import re

#: The lines around a raw HTML block the converter made (`reading_room.site.render.raw_html`).
#: Source text can never produce them: the converter escapes every `<` it takes from a source.
RAW_OPEN = "<!--rr:raw-->"
RAW_CLOSE = "<!--/rr:raw-->"
# (This file imports nothing from the package, and its patterns stay here, not in patterns.py:
# MkDocs loads it by its path, where `reading_room` may not be importable.  The constants it
# shares with the package are copies; tests/test_repo.py checks they agree.)
RAW_BLOCK = re.compile(rf"^{RAW_OPEN}\n(.*?)\n{RAW_CLOSE}$", re.M | re.S)
#: Set (to anything) to leave the blocks to Python-Markdown (same pages, slower).
NO_RAW_ENV = "RR_NO_RAW_BLOCKS"

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
    if not os.environ.get(NO_RAW_ENV):
        config.markdown_extensions.append(_raw_blocks_extension())
    return config


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
