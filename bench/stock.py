"""The baseline: the same synthetic articles as a stock Material for MkDocs project.

One plain Markdown page per article (title, subtitle, a credit line, the text), filed by
year/month, the built-in `search` plugin with `lang: zh` and the same separator as the reading
room's `mkdocs.yml`, so jieba segments at build time.  Nothing of the reading room is used.

The one concession: a one-entry `nav`.  With MkDocs' automatic nav every page embeds all N
entries, and the build is O(n²): 37 s at 1,000 articles here, and still running after 22 min
at 10,000 when it was stopped.  The baseline is meant to show Material's *search* at scale, so
its nav is kept as bounded as the reading room's (articles reached from pages, not the nav).
"""
from __future__ import annotations

import shutil
from pathlib import Path

from bench.corpus import Corpus
from bench.pages import render_plain_markdown
from bench.plan import iter_pages

MKDOCS_YML = """\
site_name: stock Material baseline
docs_dir: docs
site_dir: site
theme:
  name: material
  language: zh
  font: false
nav:
  - index.md
validation:
  nav:
    omitted_files: ignore
plugins:
  - search:
      lang: zh
      separator: '[\\s\\u200b\\u3000\\-、。，．？！；]+'
"""


def write_stock_project(n: int, seed: int, dest: Path, corpus: Corpus | None = None) -> int:
    """Write `dest/mkdocs.yml` and `dest/docs/…`; return the number of article pages."""
    docs = dest / "docs"
    if docs.exists():
        shutil.rmtree(docs)
    docs.mkdir(parents=True)
    (dest / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    (docs / "index.md").write_text(f"# Stock Material\n\n{n} articles.\n", encoding="utf-8")
    count = 0
    for page in iter_pages(n, seed, corpus):
        folder = docs / f"{page.date.year}" / f"{page.date.month:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        for k, a in enumerate(page.articles):
            (folder / f"{page.index:05d}-{k:02d}.md").write_text(render_plain_markdown(a, page),
                                                                 encoding="utf-8")
            count += 1
    return count
