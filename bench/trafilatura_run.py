"""Run trafilatura on saved HTML pages and print what it extracts, as one JSON document.

Why a script of its own: trafilatura is no dependency of the reading room, so it lives in a venv
of its own and `bench/extractors.py` runs this file with that venv's Python.  This file imports
nothing from the project, only the standard library and trafilatura.

usage: PYTHON bench/trafilatura_run.py [--favor-precision] FILE...

Each file is read as bytes and given to `trafilatura.bare_extraction(data, with_metadata=True)`
with every other option at its default (or `favor_precision=True`), and no URL: a saved page is
all the input, as it is for the converter.  Output: {"version", "options", "pages": [{"file",
"seconds", "result" (the Document's fields that are text, lists or numbers; null when trafilatura
returned nothing), "error"}]}.
"""
from __future__ import annotations

import json
import logging
import sys
import time

KEEP = ("title", "author", "date", "sitename", "hostname", "description", "url", "categories",
        "tags", "text", "comments", "language", "pagetype")


def extract(path: str, options: dict) -> dict:
    import trafilatura

    data = open(path, "rb").read()
    start = time.perf_counter()
    try:
        doc = trafilatura.bare_extraction(data, with_metadata=True, **options)
        error = None
    except Exception as exc:  # reported, not fatal: one page must not stop the comparison
        doc, error = None, f"{type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - start
    result = None
    if doc is not None:
        fields = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        result = {k: fields.get(k) for k in KEEP}
    return {"file": path.rsplit("/", 1)[-1], "seconds": round(seconds, 4), "result": result, "error": error}


def main(argv: list[str]) -> int:
    import trafilatura

    logging.disable(logging.WARNING)
    options = {"favor_precision": True} if "--favor-precision" in argv else {}
    files = [a for a in argv if not a.startswith("--")]
    pages = [extract(f, options) for f in files]
    json.dump({"version": trafilatura.__version__, "options": options, "pages": pages},
              sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
