"""The reading room: raw Chinese newspaper page dumps → articles → a static site.

Layers, each importing only the ones below it:

- `cli`: the click commands (`python build_site.py`, or the installed `reading-room` script);
- `publish/`: whole-archive runs, file I/O (`store`), parallel parts, site build, bundle;
- `site/`: articles → Markdown pages, index pages, catalogue, search index;
- `convert/`: the stages decode → clean → paragraphs → split → assemble, and `meta/`;
- at the bottom, shared by all: `model` (frozen dataclasses), `patterns` (every regex and
  phrase), `slugs` (a source file's name in ids and paths), `parallel` (forked workers).

tests/test_repo.py checks that imports point down.

The MkDocs hooks are not part of the package: `hooks/*.py`, listed in mkdocs.yml.
"""

#: Bump when conversion output changes, so the per-file cache is not reused across versions.
__version__ = "0.1.0"
