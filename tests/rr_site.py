"""One complete seeds site per test session, for the browser, link and citation tests.

`built_site()` converts `sources/` into a temporary docs folder that also holds the hand-written
pages (`docs/assets/`, `docs/about.md`), then runs MkDocs in-process in strict mode — without
`-q`, which would hide warnings from the strict counter.  `built_site("https://…/")` builds the
same site with a `site_url` (canonical URLs, `[N/OL]` citations).  Cached per process.
"""
from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: The MkDocs hook files (mkdocs.yml `hooks:`): outside the package, loaded by their paths.
HOOK_FILES = tuple(REPO / "hooks" / name for name in ("shards.py", "raw_blocks.py", "render_once.py"))


@functools.lru_cache(maxsize=None)
def hooks():
    """The hook modules, loaded from their paths as MkDocs loads them (they are not part of the
    package), as one namespace of their names."""
    import importlib.util
    import types

    merged = types.SimpleNamespace()
    for path in HOOK_FILES:
        spec = importlib.util.spec_from_file_location(f"rr_test_hook_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for name, value in vars(module).items():
            if not name.startswith("__") and not name.startswith("on_"):
                setattr(merged, name, value)
    return merged


@functools.lru_cache(maxsize=None)
def converted_docs() -> Path:
    tmp = Path(tempfile.mkdtemp(prefix="rr-docs-"))
    docs = tmp / "docs"
    shutil.copytree(REPO / "docs" / "assets", docs / "assets")
    for page in ("about.md",):
        if (REPO / "docs" / page).is_file():
            shutil.copy(REPO / "docs" / page, docs / page)
    subprocess.run([sys.executable, "build_site.py", "convert", "-q", "--no-cache", "-j", "1", "--docs", str(docs)],
                   cwd=REPO, check=True, capture_output=True)
    return docs


@functools.lru_cache(maxsize=None)
def built_site(site_url: str | None = None) -> Path:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    docs = converted_docs()
    site = Path(tempfile.mkdtemp(prefix="rr-site-"))
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    extra = {"site_url": site_url} if site_url else {}
    config = load_config(str(REPO / "mkdocs.yml"), docs_dir=str(docs), site_dir=str(site), strict=True, **extra)
    build(config)  # raises on any warning (strict)
    return site


def page_file(site: Path, path: str) -> Path:
    """The HTML file of a page: `""` → index.html, a folder → its index.html, else the path
    itself (URLs end in .html: `use_directory_urls: false`)."""
    target = site / path
    return target / "index.html" if not path or target.is_dir() else target


def sample_pages(site: Path) -> dict[str, str]:
    """The pages the screenshots, overflow and axe checks look at: {name: path under the site}.

    home, a calendar month, an issue, a source page and an article (a dated one when there is
    one: it has the full breadcrumb).
    """
    import json

    from reading_room.site.pages.common import slug
    from reading_room.slugs import slug_for

    records = [json.loads(line) for line in (site / "data" / "articles.jsonl").read_text("utf-8").splitlines()]
    dated = [r for r in records if r["date"]] or records
    article = dated[0]
    paper = slug(article["publication"] or "报名不详")
    pages = {"home": "", "article": article["url"], "source": f"sources/{slug_for(article['source'])}.html"}
    if article["date"]:
        y, m, _ = article["date"].split("-")
        pages["month"] = f"papers/{paper}/{y}/{m}.html"
        pages["issue"] = f"papers/{paper}/{article['date']}.html"
    return pages


def type_query(page, query: str) -> None:
    """Type `query` into the site's search box and wait until the search has answered it (the
    box's `data-rr-done` says which query its results are for): no fixed sleeps."""
    box = page.locator("[data-rr-search] input")
    box.click()
    box.fill(query)
    page.wait_for_function(
        "q => document.querySelector('[data-rr-search]').getAttribute('data-rr-done') === q",
        arg=query, timeout=10_000)
