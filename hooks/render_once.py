"""MkDocs hook (listed in mkdocs.yml): theme partials rendered once per set of links.

`on_env` gives the templates `rr_once`: the theme partials whose output depends on a page only
through its relative links (the navigation of a page that is not itself in it, the search box)
are rendered once per set of links and reused (`overrides/partials/`): once per folder depth,
about, instead of once per page.

Off switch: `RR_NO_ONCE=1` (or a tool that runs no hooks: the partials then render every time);
a test builds the site both ways and compares every page byte for byte.  Depends on MkDocs 1.6's
public `on_nav` / `on_env` events and `mkdocs.utils.get_relative_url`.
"""
from __future__ import annotations

import os

#: Set (to anything) to render every partial for every page (the test of `rr_once` does).
NO_ONCE_ENV = "RR_NO_ONCE"
#: src_uri of every page in the navigation: their navigation marks them active, so it is theirs.
_NAV_URIS: set[str] = set()
#: Where the navigation links to, and the site root (assets): a partial's links are these,
#: relative to the page.
_TARGETS: list[str] = ["."]
_ONCE: dict[tuple[str, ...], str] = {}


def on_nav(nav, config, files):
    _NAV_URIS.clear()
    _NAV_URIS.update(page.file.src_uri for page in nav.pages)
    _TARGETS[:] = ["."] + [page.url for page in nav.pages]
    _ONCE.clear()
    return nav


def on_env(env, config, files):
    if not os.environ.get(NO_ONCE_ENV):
        env.globals["rr_once"] = rr_once
    return env


def rr_once(name: str, page, caller=None):
    """`{% call rr_once("nav", page) %}…{% endcall %}`: the block's output for `page`, rendered
    once for all pages that see the site root and the navigation's pages at the same relative
    urls.  The navigation of a page listed in it is its own (marked active): rendered each time."""
    from mkdocs.utils import get_relative_url

    if page is None or (name == "nav" and page.file.src_uri in _NAV_URIS):
        return caller()
    key = (name, *(get_relative_url(target, page.url) for target in _TARGETS))
    if key not in _ONCE:
        _ONCE[key] = caller()
    return _ONCE[key]
