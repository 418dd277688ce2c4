"""The offline bundle: the site built a second time for `file://`, checked, and zipped.

What it does: builds the MkDocs site from the repository's `mkdocs.yml` into
`build/offline-site/` with what a double-clicked `index.html` needs (`use_directory_urls:
false`; Material's `offline` plugin when the config lists it; no instant navigation, no
repository facts), tells the search that pages end in `.html`, refuses the bundle if any page
would load anything from another host, and zips the folder to `<out_dir>/<name>-offline.zip`.

Material's offline plugin adds `https://unpkg.com/iframe-worker/shim` to every page so that its
lunr worker can start from `file://`; without network that shim never loads and Material's
search sits at "正在初始化搜索引擎".  The reading room's search (rr-search.js, see
notes/search-design.md) runs no worker, so the bundle lists a local no-op in place of the shim,
which also stops the plugin from adding the CDN one.

What it does not do: convert sources (docs/ must be current), or change the online build:
`site_url` is kept, so canonical links and citations in the bundle point to the online site.
"""
from __future__ import annotations

import logging
import os
import re
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)

#: Where the offline build goes, relative to the repository root.
OFFLINE_SITE = Path("build/offline-site")
#: A local stand-in for Material's CDN iframe-worker shim (its name must say "iframe-worker":
#: that is what Material's offline plugin looks for before adding the CDN one).
WORKER_STUB = "assets/javascripts/iframe-worker-not-needed.js"
WORKER_STUB_TEXT = ("/* The reading room: search runs without a web worker (rr-search.js), so\n"
                    "   Material's iframe-worker shim is not needed offline. */\n")
#: Theme features that cannot work from file:// (they fetch pages or sitemap.xml).
ONLINE_ONLY_FEATURES = ("navigation.instant",)
#: An attribute that makes the browser load something by itself (not a link to click):
#: `<script src=…>`, `<img src=…>`, `<link rel="stylesheet" href=…>`, CSS `url(…)`.
LOADED_URL = re.compile(
    r"""<(?:script|img|iframe|audio|video|source|embed|track|input)\b[^>]*?\s(?:src|srcset|poster)\s*=\s*["']?\s*(?P<src>[^"'\s>]+)"""
    r"""|<link\b(?=[^>]*\brel\s*=\s*["']?[^"'>]*\b(?:stylesheet|preload|prefetch|preconnect|dns-prefetch|icon|modulepreload|manifest)\b)[^>]*?\shref\s*=\s*["']?(?P<href>[^"'\s>]+)"""
    r"""|url\(\s*["']?(?P<url>[^"')\s]+)""",
    re.I)
#: A URL that leaves the bundle: a scheme other than data:/file:/javascript:, or `//host`.
OUTSIDE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:(?<!data:)(?<!file:)(?<!javascript:)|//)", re.I)


class BundleError(RuntimeError):
    """The offline bundle cannot be made as asked; the message says why."""


def bundle_name(site_name: str) -> str:
    """A file-name-safe name from the site name's Latin words: `读报室 · The reading room` →
    `the-reading-room`; `reading-room` when it has none."""
    words = re.findall(r"[A-Za-z0-9]+", site_name or "")
    return "-".join(w.lower() for w in words) or "reading-room"


def iter_outside_loads(site_dir: Path) -> Iterator[tuple[str, str]]:
    """`(file, url)` for every resource a page or stylesheet of the site would load from
    another host by itself."""
    for path in sorted(site_dir.rglob("*")):
        if path.suffix not in (".html", ".css") or not path.is_file():
            continue
        text = path.read_text("utf-8", "replace")
        for match in LOADED_URL.finditer(text):
            url = match.group("src") or match.group("href") or match.group("url") or ""
            if OUTSIDE.match(url):
                yield str(path.relative_to(site_dir)), url


def _set_offline_search(site_dir: Path) -> None:
    """Tell rr-search.js that article URLs end in `.html` in this build."""
    manifest = site_dir / "rr-search" / "manifest.js"
    if not manifest.is_file():
        raise BundleError(f"{manifest}: no search index: run `build_site.py convert` first")
    text = manifest.read_text("utf-8")
    manifest.write_text(text.replace('"dirurls":true', '"dirurls":false'), "utf-8")


def build_offline_site(repo_root: Path, site_dir: Path, *, docs_dir: Path | None = None,
                       strict: bool = True) -> str:
    """Build the site from `repo_root/mkdocs.yml` (and `docs_dir`, when given) into `site_dir`,
    for `file://`; return the site's name."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    previous = os.environ.get("OFFLINE")
    os.environ["OFFLINE"] = "true"  # for `offline: {enabled: !ENV [OFFLINE, false]}`
    try:
        overrides = {"docs_dir": str(docs_dir)} if docs_dir else {}
        config = load_config(str(repo_root / "mkdocs.yml"), site_dir=str(site_dir),
                             use_directory_urls=False, strict=strict, **overrides)
    finally:
        if previous is None:
            os.environ.pop("OFFLINE", None)
        else:
            os.environ["OFFLINE"] = previous
    manifest = Path(config["docs_dir"]) / "rr-search" / "manifest.js"
    if not manifest.is_file():
        raise BundleError(f"{manifest} is missing: run `build_site.py convert` first")
    extra = config["extra"]
    polyfills = [p for p in extra.get("polyfills") or [] if not OUTSIDE.match(str(p))]
    extra["polyfills"] = polyfills + [WORKER_STUB]
    features = config["theme"].get("features") or []
    config["theme"]["features"] = [f for f in features
                                   if not any(f.startswith(o) for o in ONLINE_ONLY_FEATURES)]
    config["repo_url"] = None  # Material would fetch stars and forks from the forge's API
    # Templates may test this: Material fetches `sitemap.xml` beside every
    # `<link rel="alternate">` (feeds included), which file:// refuses with a console error.
    extra["rr_offline"] = True
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    stub = site_dir / WORKER_STUB
    stub.parent.mkdir(parents=True, exist_ok=True)
    stub.write_text(WORKER_STUB_TEXT, "utf-8")
    return str(config["site_name"])


def zip_site(site_dir: Path, zip_path: Path, folder: str) -> Path:
    """Zip `site_dir` as `folder/…`, entries sorted and dated 1980-01-01, so the same site
    gives the same bytes."""
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    partial = zip_path.with_name(zip_path.name + ".part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(p for p in site_dir.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{folder}/{path.relative_to(site_dir).as_posix()}",
                                   date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    partial.replace(zip_path)
    return zip_path


def make_bundle(repo_root: Path, out_dir: Path, *, docs_dir: Path | None = None,
                site_dir: Path | None = None, strict: bool = True) -> Path:
    """Build the offline site and zip it.

    Args:
        repo_root: the repository (its `mkdocs.yml` and converted `docs/`).
        out_dir: where the zip goes (usually `dist/`).
        docs_dir: the converted docs (default: the config's, i.e. `docs/`).
        site_dir: where the offline site is built (default: `build/offline-site/`).
        strict: build as `mkdocs build --strict` does.

    Returns:
        The zip's path, `out_dir/<name>-offline.zip`; unzipped, `<name>/index.html` opens by
        double click.

    Raises:
        BundleError: no search index in docs/, or a page would load something from another
            host (each file and URL named).
    """
    repo_root, out_dir = Path(repo_root).resolve(), Path(out_dir).resolve()
    site_dir = Path(site_dir).resolve() if site_dir else repo_root / OFFLINE_SITE
    if site_dir.exists():
        shutil.rmtree(site_dir)  # no page of an earlier build may linger in the bundle
    site_name = build_offline_site(repo_root, site_dir, docs_dir=docs_dir, strict=strict)
    _set_offline_search(site_dir)
    outside = list(iter_outside_loads(site_dir))
    if outside:
        shown = "; ".join(f"{f} loads {u}" for f, u in outside[:5])
        raise BundleError(f"the offline site would load {len(outside)} outside resource(s): {shown}")
    name = bundle_name(site_name)
    path = zip_site(site_dir, out_dir / f"{name}-offline.zip", name)
    log.info("offline bundle: %s", path)
    return path
