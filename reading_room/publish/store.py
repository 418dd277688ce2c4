"""The only filesystem code: finding and reading sources, writing the generated tree.

`iter_sources` walks a sources directory and yields one `SourceInput` per file, or a
`ConversionIssue` for a file it will not read (a link leading outside, unreadable, too large).
`write_tree` writes generated files into `docs/` as they come, each replaced whole (an
interrupted run never leaves half a file), leaves files whose content did not change alone
(they keep their modification time) and removes what the last run generated and this one did
not.  `write_files` + `finish_tree` are the same in two steps, so several processes can write.

Does not: parse or convert anything.
"""
from __future__ import annotations

import contextlib
import filecmp
import hashlib
import json
import os
import pickle
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..model import ConversionIssue
from ..site import urls
from ..convert.settings import FolderSettings, SettingsError, SourceSettings, parse_source_yml

#: Files in a sources directory that are never pages.
IGNORED = {"source.yml", ".DS_Store", "Thumbs.db", ".gitkeep", "README.md"}
MANIFEST = ".generated.json"


class StoreError(OSError):
    """The sources or output directory cannot be used at all."""


@dataclass(frozen=True)
class SourceInput:
    source: str  # path relative to the sources directory, forward slashes
    data: bytes
    settings: SourceSettings


def iter_sources(root: Path, max_bytes: int) -> Iterator[SourceInput | ConversionIssue]:
    """Every file under `root` in sorted order, as input or as the reason it was skipped."""
    root = Path(root)
    if not root.is_dir():
        raise StoreError(f"sources directory not found: {root}")
    real_root = root.resolve()
    folder_settings: dict[Path, FolderSettings] = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        here = Path(dirpath)
        settings = _folder_settings(here, root, folder_settings)
        if isinstance(settings, ConversionIssue):
            yield settings
            settings = FolderSettings()
        for dirname in list(dirnames):
            if (here / dirname).is_symlink():
                yield ConversionIssue(_rel(here / dirname, root), "read",
                                      "symbolic link to a directory: not followed", "warning")
        for name in sorted(filenames):
            if name in IGNORED or name.startswith("."):
                continue
            path = here / name
            rel = _rel(path, root)
            shown = printable_name(rel)
            if shown != rel:
                yield ConversionIssue(shown, "read", "file name is not valid UTF-8 or holds control"
                                      " characters: shown escaped", "warning")
            if path.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(real_root):
                    yield ConversionIssue(shown, "read", "symbolic link pointing outside the sources"
                                          " directory: skipped", "warning")
                    continue
            try:
                if not path.is_file():
                    yield ConversionIssue(shown, "read", "not a regular file (device, pipe or broken"
                                          " link): skipped", "warning")
                    continue
                size = path.stat().st_size
                if size > max_bytes:
                    yield ConversionIssue(shown, "read", f"file too large ({size:,} bytes; limit"
                                          f" {max_bytes:,}): skipped")
                    continue
                data = path.read_bytes()
            except PermissionError:
                yield ConversionIssue(shown, "read", "permission denied: cannot read the file")
                continue
            except OSError as exc:
                yield ConversionIssue(shown, "read", f"cannot read: {exc.strerror or exc}")
                continue
            yield SourceInput(shown, data, settings.for_file(name))


def _folder_settings(here: Path, root: Path, cache: dict) -> FolderSettings | ConversionIssue:
    """A folder's `source.yml`, or its parent's when it has none."""
    yml = here / "source.yml"
    parent = cache.get(here.parent, FolderSettings()) if here != root else FolderSettings()
    if not yml.is_file():
        cache[here] = parent
        return parent
    try:
        settings = parse_source_yml(yml.read_text(encoding="utf-8"), _rel(yml, root))
    except (SettingsError, OSError, UnicodeDecodeError) as exc:
        cache[here] = parent
        return ConversionIssue(_rel(yml, root), "settings", str(exc))
    cache[here] = settings
    return settings


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def printable_name(rel: str) -> str:
    """A file name safe to print on one line and to encode: undecodable bytes become U+FFFD,
    control characters `\\xNN`."""
    fixed = rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in fixed)


def write_tree(docs: Path, files: dict[str, str | bytes] | Iterable[tuple[str, str | bytes]]) -> dict[str, int]:
    """Write `files` (paths relative to `docs`; a dict, or `(path, content)` pairs written as
    they come, so the whole tree never has to be in memory; a content that is neither `str`
    nor `bytes` is an iterable of them, written chunk by chunk) and remove what the last run
    generated but this one did not.  Returns counts of written, unchanged and removed files."""
    names, counts = write_files(docs, sorted(files.items()) if isinstance(files, dict) else files)
    return finish_tree(docs, names, counts)


def write_files(docs: Path, pairs: Iterable[tuple[str, str | bytes]]) -> tuple[list[str], dict[str, int]]:
    """Write `(path, content)` pairs under `docs` as they come, leaving files whose bytes are
    unchanged alone.  Returns the paths and counts of written and unchanged files.  Several
    processes may write disjoint paths into one tree at once; `finish_tree` ends the run."""
    docs = Path(docs)
    docs.mkdir(parents=True, exist_ok=True)
    counts = {"written": 0, "unchanged": 0}
    names: list[str] = []
    for rel, content in pairs:
        names.append(rel)
        target = docs / rel
        if not isinstance(content, (str, bytes)):
            counts["written" if _write_streamed(target, content) else "unchanged"] += 1
            continue
        data = content.encode("utf-8") if isinstance(content, str) else content
        if target.is_file() and target.stat().st_size == len(data) and target.read_bytes() == data:
            counts["unchanged"] += 1
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
        tmp.write_bytes(data)
        os.replace(tmp, target)  # each file appears whole or not at all
        counts["written"] += 1
    return names, counts


def _write_streamed(target: Path, chunks: Iterable[str | bytes]) -> bool:
    """Write a file that is too big to hold at once (the catalogue) from its chunks, as they
    come, then put it in place unless the same bytes are there already.  True if written."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    with open(tmp, "wb") as fh:
        for chunk in chunks:
            fh.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
    if target.is_file() and filecmp.cmp(tmp, target, shallow=False):
        tmp.unlink()
        return False
    os.replace(tmp, target)
    return True


def finish_tree(docs: Path, names: Iterable[str], counts: dict[str, int]) -> dict[str, int]:
    """After `write_files`: remove what the last run generated but this one (`names`) did not,
    and record `names` for the next run.  Returns `counts` with `removed` added."""
    docs = Path(docs)
    docs.mkdir(parents=True, exist_ok=True)
    names = set(names)
    old = _read_manifest(docs)
    counts = {**counts, "removed": 0}
    for rel in sorted(set(old) - names):
        stale = docs / rel
        if stale.is_file():
            stale.unlink()
            counts["removed"] += 1
    _prune_empty_dirs(docs, {Path(r).parts[0] for r in old} | {Path(r).parts[0] for r in names})
    manifest = docs / MANIFEST
    tmp = manifest.with_name(manifest.name + ".tmp")
    tmp.write_text(json.dumps(sorted(names), ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, manifest)
    return counts


def _read_manifest(docs: Path) -> list[str]:
    try:
        return json.loads((docs / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []


def _prune_empty_dirs(docs: Path, tops: set[str]) -> None:
    for top in tops:
        base = docs / top
        if not base.is_dir():
            continue
        for dirpath, _, _ in sorted(os.walk(base), key=lambda t: -len(t[0])):
            path = Path(dirpath)
            if path != docs and not any(path.iterdir()):
                path.rmdir()


def swap_dir(new: Path, target: Path) -> None:
    """Replace directory `target` by `new` with two renames; the old one is removed after."""
    new, target = Path(new), Path(target)
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)


@contextlib.contextmanager
def scratch_file(folder: Path | None, suffix: str) -> Iterator[Path]:
    """A new empty file's path in `folder` (the system's temporary folder when None), removed
    afterwards: the archive database of one run."""
    if folder is not None:
        Path(folder).mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".run-", suffix=suffix, dir=folder)
    os.close(fd)
    try:
        yield Path(name)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(name)


def content_hash(*parts: bytes | str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8") if isinstance(part, str) else part)
        digest.update(b"\0")
    return digest.hexdigest()


def load_cached(cache: Path, key: str):
    """A result stored by `save_cached`, or None (missing, unreadable, from an older version)."""
    try:
        with open(Path(cache) / key[:2] / key, "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError):
        return None


def save_cached(cache: Path, key: str, value) -> None:
    path = Path(cache) / key[:2] / key
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{key}.tmp-{os.getpid()}")
    with open(tmp, "wb") as fh:
        pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


def code_fingerprint(package: Path) -> str:
    """A hash of the converter's own source files: cached results are reused only by the same code."""
    digest = hashlib.sha256()
    for path in sorted(Path(package).rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


#: Hand-written parts of the project's docs/ that a site built from another --docs needs too.
STATIC = ("assets", urls.ABOUT)


def static_files(docs: Path) -> dict[str, bytes]:
    """The hand-written files of `docs` (see STATIC), by path relative to it."""
    files: dict[str, bytes] = {}
    for name in STATIC:
        path = Path(docs) / name
        if path.is_file():
            files[name] = path.read_bytes()
        elif path.is_dir():
            for item in sorted(path.rglob("*")):
                if item.is_file():
                    files[item.relative_to(docs).as_posix()] = item.read_bytes()
    return files


def move_tree(src: Path, dest: Path, keep: frozenset[str] = frozenset()) -> list[str]:
    """Move every file under `src` to the same place under `dest` (renames, no copying).

    A file already in `dest` is left alone and its path (relative, forward slashes) is
    returned, unless it has the same bytes; paths in `keep` are always left for the caller.
    """
    clashes: list[str] = []
    # Plain strings and one mkdir per folder: this runs once per file of a 50,000-article site.
    src, dest = os.fspath(src), os.fspath(dest)
    for dirpath, _, filenames in os.walk(src):
        rel_dir = os.path.relpath(dirpath, src)
        rel_dir = "" if rel_dir == "." else rel_dir.replace(os.sep, "/") + "/"
        target_dir = os.path.join(dest, rel_dir)
        os.makedirs(target_dir, exist_ok=True)
        for name in filenames:
            rel, here, target = rel_dir + name, os.path.join(dirpath, name), os.path.join(target_dir, name)
            if rel in keep:
                clashes.append(rel)
            elif not os.path.lexists(target):
                os.replace(here, target)
            elif Path(target).read_bytes() != Path(here).read_bytes():
                clashes.append(rel)
    return clashes


def iter_tree(root: Path) -> Iterator[str]:
    """The path (relative, forward slashes) of every file under `root` that MkDocs reads as a
    docs file, sorted: dot-files and dot-folders are not (MkDocs' default `exclude_docs`)."""
    root = os.fspath(root)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        rel_dir = os.path.relpath(dirpath, root)
        rel_dir = "" if rel_dir == "." else rel_dir.replace(os.sep, "/") + "/"
        yield from (rel_dir + name for name in sorted(filenames) if not name.startswith("."))


def iter_bytes(root: Path, rels: Iterable[str]) -> Iterator[tuple[str, bytes]]:
    """`(rel, bytes)` of each file `rels` names under `root`, one at a time."""
    for rel in rels:
        yield rel, (Path(root) / rel).read_bytes()


def link_tree(src: Path, dest: Path, skip: set[str]) -> int:
    """Give `dest` every file of `src` it lacks, except the paths in `skip`, as hard links
    (a copy where the file system has none): the old site, kept.  No file is ever written
    through a link: the site build replaces files whole.  Returns how many were linked."""
    src, dest, count = os.fspath(src), os.fspath(dest), 0
    for dirpath, _, filenames in os.walk(src):
        rel_dir = os.path.relpath(dirpath, src)
        rel_dir = "" if rel_dir == "." else rel_dir.replace(os.sep, "/") + "/"
        made = False
        for name in filenames:
            rel = rel_dir + name
            target = os.path.join(dest, rel)
            if rel in skip or os.path.lexists(target):
                continue
            if not made:
                os.makedirs(os.path.dirname(target), exist_ok=True)
                made = True
            try:
                os.link(os.path.join(dirpath, name), target)
            except OSError:
                shutil.copy2(os.path.join(dirpath, name), target)
            count += 1
    return count


def read_text(path: Path) -> str:
    return Path(path).read_text(encoding="utf-8")


def write_text(path: Path, text: str | bytes) -> None:
    """Write a whole file at once (temporary name, then rename)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    if isinstance(text, bytes):
        tmp.write_bytes(text)
    else:
        tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def remove_tree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
