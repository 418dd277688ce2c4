"""The reading room: raw Chinese newspaper page dumps → articles → a static site.

Stages (one module each): decode → clean → paragraphs → split → assemble → render/indexes.
`pipeline` wires them per file; `runner` runs a whole archive; `store` is the only file I/O.
"""

#: Bump when conversion output changes, so the per-file cache is not reused across versions.
__version__ = "0.1.0"
