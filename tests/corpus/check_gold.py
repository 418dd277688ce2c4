"""Integrity check of a corpus gold file: every labelled string is really in its page.

usage: python tests/corpus/check_gold.py CORPUS_DIR   (CORPUS_DIR holds gold.json and raw/)

Checks, for every entry: the file exists; `url` is set; `script` is hans/hant; every title,
kicker, subtitle, headline line, author, body sentence and debris string occurs verbatim in the
decoded file (whitespace ignored) -- for a saved HTML page (.html/.htm/.shtml) it may instead
occur in the page's text as parsed by BeautifulSoup (tags dropped, entities resolved), since a
labelled sentence is the text a reader sees; no debris string occurs inside a title, body
sentence or author of the same file.  Prints one line per problem; exit 1 if any.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path


def _norm(s: str) -> str:
    return re.sub(r"[\s\u3000\u200b\xa0]+", "", s or "")


def _decode(path: Path, encoding: str) -> str:
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data.decode(encoding or "utf-8")


_HTML_SUFFIXES = (".html", ".htm", ".shtml")


def _page_text(path: Path, decoded: str) -> str:
    """The text of a saved HTML page, '' for other files.  BeautifulSoup with Python's own
    html.parser, which keeps going after a stray </html> (libxml2 stops there)."""
    if path.suffix.lower() not in _HTML_SUFFIXES:
        return ""
    from bs4 import BeautifulSoup  # only needed for HTML pages
    return BeautifulSoup(decoded, "html.parser").get_text()


def problems(corpus: Path) -> list[str]:
    out: list[str] = []
    gold_files = sorted(corpus.glob("gold*.json"))
    if not gold_files:
        return [f"{corpus}: no gold*.json"]
    seen: set[str] = set()
    for gold_file in gold_files:
        for entry in json.loads(gold_file.read_text(encoding="utf-8")):
            name = entry.get("file", "?")
            where = f"{gold_file.name}:{name}"
            if name in seen:
                out.append(f"{where}: listed twice")
            seen.add(name)
            path = corpus / "raw" / name
            if not path.is_file():
                out.append(f"{where}: no such file in raw/")
                continue
            if not entry.get("url"):
                out.append(f"{where}: no url")
            if entry.get("script") not in ("hans", "hant"):
                out.append(f"{where}: script must be hans or hant")
            try:
                decoded = _decode(path, entry.get("encoding", "utf-8"))
            except (UnicodeDecodeError, LookupError) as exc:
                out.append(f"{where}: cannot decode: {exc}")
                continue
            text = _norm(decoded)
            page_text = _norm(_page_text(path, decoded))

            def found(s: str) -> bool:
                return _norm(s) in text or (bool(page_text) and _norm(s) in page_text)
            labelled: list[str] = []
            for art in entry.get("articles", []):
                strings = [art.get("title"), art.get("kicker"), art.get("subtitle"),
                           *(art.get("headline_lines") or []), *(art.get("authors") or []),
                           *(art.get("body_sentences") or [])]
                for s in strings:
                    if s and not found(s):
                        out.append(f"{where}: not in the page: {s!r}")
                if not art.get("body_sentences"):
                    out.append(f"{where}: article {art.get('title')!r} has no body_sentences")
                labelled += [s for s in (art.get("title"), *(art.get("authors") or []),
                                         *(art.get("body_sentences") or [])) if s]
            for d in entry.get("debris", []):
                if not found(d):
                    out.append(f"{where}: debris not in the page: {d!r}")
                for s in labelled:
                    if d in s:
                        out.append(f"{where}: debris {d!r} occurs inside labelled text {s!r}")
    for path in sorted((corpus / "raw").iterdir()):
        if path.name not in seen:
            out.append(f"{path.name}: in raw/ but not in any gold file")
    return out


if __name__ == "__main__":
    found = problems(Path(sys.argv[1]))
    for line in found:
        print(line)
    print(f"{len(found)} problem(s)")
    sys.exit(1 if found else 0)
