"""The offline bundle: the built site, checked and zipped.

The site is built once (`use_directory_urls: false`, Material's `offline` plugin, a local
stand-in for its CDN worker shim: see mkdocs.yml), so the very pages served online also work
from `file://`.  This module checks that the built site is the current one (its search manifest
matches docs/), refuses it if any page would load anything from another host, and zips it to
`<out_dir>/<name>-offline.zip`.

Material's offline plugin adds `https://unpkg.com/iframe-worker/shim` to every page so that its
lunr worker can start from `file://`, unless a polyfill whose name says "iframe-worker" is
already listed; without network that shim never loads and Material's search sits at
"正在初始化搜索引擎".  The reading room's search (rr-search-*.js, notes/search-design.md) runs
no worker, so mkdocs.yml lists a local no-op.

What it does not do: convert sources or build the site (`build_site.py build` does).
`site_url` is kept, so canonical links and citations in the bundle point to the online site.
"""
from __future__ import annotations

import logging
import os
import struct
import zipfile
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .. import patterns as P
from .siteplan import MANIFEST as SITE_MANIFEST
from .zipwriter import Deflated, ZipWriter, deflate

log = logging.getLogger(__name__)

#: The local stand-in for Material's CDN iframe-worker shim (hand-written in docs/assets).
WORKER_STUB = "assets/javascripts/iframe-worker-not-needed.js"
#: The search manifest: written by the converter, copied by MkDocs; equal bytes = same build.
SEARCH_MANIFEST = "rr-search/manifest.js"
#: Deflate level of the zip: 1 is twice as fast as the default 6 and 9 % larger on this site.
ZIP_LEVEL = 1
#: Files read and compressed ahead of the writer at most.
ZIP_WINDOW = 512


class BundleError(RuntimeError):
    """The offline bundle cannot be made as asked; the message says why."""


def bundle_name(site_name: str) -> str:
    """A file-name-safe name from the site name's Latin words: `读报室 · The reading room` →
    `the-reading-room`; `reading-room` when it has none."""
    words = P.LATIN_WORD.findall(site_name or "")
    return "-".join(w.lower() for w in words) or "reading-room"


def iter_outside_loads(site_dir: Path) -> Iterator[tuple[str, str]]:
    """`(file, url)` for every resource a page or stylesheet of the site would load from
    another host by itself."""
    for path in sorted(site_dir.rglob("*")):
        if path.suffix in (".html", ".css") and path.is_file():
            for url in outside_loads(path.read_text("utf-8", "replace")):
                yield str(path.relative_to(site_dir)), url


def outside_loads(text: str) -> list[str]:
    """The URLs on other hosts that this HTML or CSS text would load by itself."""
    starts: dict[int, None] = {}
    for hint in P.URL_SLASHES.finditer(text):
        at = hint.start()
        tag = text.rfind("<", 0, at)
        if tag > text.rfind(">", 0, at):
            starts[tag] = None  # inside a tag: `<img src="https://…`
        else:
            before = text[max(0, at - 40):at].lower().rfind("url(")
            if before >= 0:
                starts[max(0, at - 40) + before] = None  # CSS: `url("https://…")`
    found = []
    for start in starts:
        match = P.LOADED_URL.match(text, max(start, 0))
        if match:
            url = match.group("src") or match.group("href") or match.group("url") or ""
            if P.OUTSIDE_URL.match(url):
                found.append(url)
    return found


def check_current(site_dir: Path, docs_dir: Path) -> None:
    """Raise BundleError unless `site_dir` is a built site of the current `docs_dir`."""
    built, current = site_dir / SEARCH_MANIFEST, docs_dir / SEARCH_MANIFEST
    if not current.is_file():
        raise BundleError(f"{current} is missing: run `build_site.py build` first")
    if not built.is_file():
        raise BundleError(f"no built site in {site_dir}: run `build_site.py build` first")
    if built.read_bytes() != current.read_bytes():
        raise BundleError(f"{site_dir} is older than {docs_dir}: run `build_site.py build` first")


def zip_site(site_dir: Path, zip_path: Path, folder: str, threads: int | None = None) -> Path:
    """Zip `site_dir` as `folder/…`, entries sorted and dated 1980-01-01, so the same site
    gives the same bytes.  Each file is read once and compressed by one of `threads` threads
    (default: one per core; zlib works outside the GIL), and pages and stylesheets are checked
    for outside loads on the way.

    Raises:
        BundleError: a page or stylesheet would load something from another host.
    """
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    partial = zip_path.with_name(zip_path.name + ".part")
    # The site's record of what it was built from is for the next build, not for readers.
    paths = sorted(p for p in site_dir.rglob("*") if p.is_file() and p.relative_to(site_dir).as_posix() != SITE_MANIFEST)
    outside: list[str] = []
    with _Previous(zip_path) as previous, open(partial, "wb") as out, \
            ThreadPoolExecutor(threads or os.cpu_count() or 1) as pool:

        def prepare(path: Path) -> tuple[str, Deflated, list[str]]:
            rel = path.relative_to(site_dir).as_posix()
            data = path.read_bytes()
            kept = previous.entry(f"{folder}/{rel}", data)
            if kept:  # the same bytes were zipped, and checked, last time
                return rel, kept, []
            found = outside_loads(data.decode("utf-8", "replace")) if path.suffix in (".html", ".css") else []
            return rel, deflate(data, ZIP_LEVEL), found

        writer = ZipWriter(out)
        for start in range(0, len(paths), ZIP_WINDOW):  # a window at a time bounds the memory
            for rel, entry, found in pool.map(prepare, paths[start:start + ZIP_WINDOW]):
                outside += [f"{rel} loads {url}" for url in found]
                writer.add(f"{folder}/{rel}", entry)
        writer.close()
    if outside:
        partial.unlink()
        raise BundleError(f"the offline site would load {len(outside)} outside resource(s): "
                          + "; ".join(outside[:5]))
    partial.replace(zip_path)
    return zip_path


class _Previous:
    """The zip made last time at the same path, whose compressed entries are reused for files
    whose bytes did not change (same size and CRC-32): a day's increment recompresses a day's
    files.  Deflate at `ZIP_LEVEL` gives the same bytes for the same input, so the zip is the
    one a clean run would write (with the same zlib).  No usable zip: every file is compressed."""

    def __init__(self, path: Path):
        self.entries: dict[str, zipfile.ZipInfo] = {}
        self.fd = None
        try:
            with zipfile.ZipFile(path) as old:
                self.entries = {i.filename: i for i in old.infolist() if i.compress_type == zipfile.ZIP_DEFLATED}
            self.fd = os.open(path, os.O_RDONLY)
        except (OSError, zipfile.BadZipFile):
            self.entries = {}

    def __enter__(self) -> "_Previous":
        return self

    def __exit__(self, *exc) -> None:
        if self.fd is not None:
            os.close(self.fd)

    def entry(self, name: str, data: bytes) -> Deflated | None:
        """The old entry of `name` if it holds `data`, else None (thread-safe: positioned reads)."""
        info = self.entries.get(name)
        if info is None or self.fd is None or info.file_size != len(data) or info.CRC != zlib.crc32(data):
            return None
        header = os.pread(self.fd, 30, info.header_offset)
        name_len, extra_len = struct.unpack("<HH", header[26:30])
        start = info.header_offset + 30 + name_len + extra_len
        return Deflated(info.file_size, info.CRC, os.pread(self.fd, info.compress_size, start))


def make_bundle(site_dir: Path, docs_dir: Path, out_dir: Path, site_name: str) -> Path:
    """Zip the built site for use from `file://`.

    Args:
        site_dir: the built site (`build_site.py build` wrote it).
        docs_dir: the docs it must have been built from (checked through the search manifest).
        out_dir: where the zip goes (usually `dist/`).
        site_name: `site_name` of mkdocs.yml (names the zip and its folder).

    Returns:
        The zip's path, `out_dir/<name>-offline.zip`; unzipped, `<name>/index.html` opens by
        double click.

    Raises:
        BundleError: the site is missing or stale, or a page would load something from another
            host (each file and URL named).
    """
    site_dir, out_dir = Path(site_dir).resolve(), Path(out_dir).resolve()
    check_current(site_dir, Path(docs_dir))
    if not (site_dir / WORKER_STUB).is_file():
        raise BundleError(f"{site_dir / WORKER_STUB} is missing: the site was not built for file://")
    name = bundle_name(site_name)
    path = zip_site(site_dir, out_dir / f"{name}-offline.zip", name)
    log.info("offline bundle: %s", path)
    return path
