"""The name every layer gives a source file: its slug, in article ids and source-page paths.

`convert` builds article ids from it (`<slug>-01`), `site` the source pages
(`sources/<slug>.md`) and `publish` the copies of the originals (`originals/<slug>.txt`).

Does not: name anything else (index pages slug their names in `site.pages.common.slug`).
"""
from __future__ import annotations

import hashlib

from . import patterns as P


def slug_for(source: str) -> str:
    """A URL-safe, stable name for a source path: ASCII kept, anything else hashed in."""
    stem = P.FILE_EXTENSION.sub("", source)
    safe = P.NOT_SLUG.sub("-", stem).strip("-")
    if safe != stem or not safe:
        digest = hashlib.sha1(source.encode("utf-8")).hexdigest()[:8]
        safe = f"{safe[:60]}-{digest}" if safe else digest
    return safe
