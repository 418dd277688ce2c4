"""What an incremental site build must do: which docs files to render, which outputs to drop.

A built site records what it was built from (`SiteState`, kept in the site as `MANIFEST`): the
SHA-256 of every docs file and a fingerprint of everything else that shapes every page
(mkdocs.yml, the theme overrides, the hooks, the installed renderer versions).  A page's HTML
depends only on its own Markdown, the navigation and the configuration, and on which other
files exist (a link to a missing file fails `--strict`): the navigation's pages all have
titles in mkdocs.yml (an untitled one puts its page's hash into the fingerprint), nothing
renders other pages' content into a page (no `navigation.footer`, no tags plugin; Material's
`<link rel=prev/next>` comes from the navigation), and `hooks/render_once.py` gives the same
bytes as rendering each partial (a test builds both ways).  So the pages to render again are
the new and changed files, plus the unchanged pages that name a removed file (their links
must be checked again, as a clean build would); every other page of the old site is kept.

`plan_build` decides; `update_sitemap` rewrites the one file every build writes about every
page.  Pure functions: the site update (`siteupdate.py`) reads and writes.

Does not: read files, run MkDocs, or know where the site is.
"""
from __future__ import annotations

import html
import json
from dataclasses import dataclass

from .. import patterns as P
from ..site import urls

#: The built site's record of what it was built from (a dot-file: not in the offline zip).
MANIFEST = ".rr-site.json"
#: Bump when what the site build does after MkDocs changes (a kept file would be stale).
FORMAT = 1
#: A larger share of changed docs files than this builds everything: one clean parallel build
#: costs less than linking the old site and rendering most of it again.
MAX_CHANGED_SHARE = 0.5


@dataclass(frozen=True)
class SiteState:
    """What a site is (or would be) built from."""
    fingerprint: str
    docs: dict[str, str]  # src_uri → SHA-256 of the docs file


@dataclass(frozen=True)
class Plan:
    """What the build does.  `full` says why it builds everything (None: incremental)."""
    full: str | None
    changed: tuple[str, ...] = ()  # src_uris to render (or copy) again
    removed: tuple[str, ...] = ()  # src_uris gone since the last build

    def pages(self, uris) -> int:
        return sum(uri.endswith(urls.DOCS_SUFFIX) for uri in uris)


def parse_state(text: str | None) -> SiteState | None:
    """The state a site recorded, or None (missing, unreadable, another format)."""
    try:
        data = json.loads(text) if text else None
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("docs"), dict):
        return None
    return SiteState(str(data.get("fingerprint")), data["docs"])


def dump_state(state: SiteState) -> str:
    return json.dumps({"format": FORMAT, "fingerprint": state.fingerprint, "docs": dict(sorted(state.docs.items()))},
                      ensure_ascii=False, separators=(",", ":"))


def removed_files(old: SiteState | None, current: set[str]) -> tuple[str, ...]:
    """The docs files `old` was built from that are no longer there."""
    return tuple(sorted(set(old.docs) - current)) if old else ()


def link_names(removed: tuple[str, ...]) -> tuple[bytes, ...]:
    """What a page's Markdown holds when it links to one of `removed`: the file's name, as
    written or percent-encoded.  A page holding one is rendered again, so its link is checked."""
    names = {uri.rsplit("/", 1)[-1] for uri in removed}
    return tuple(sorted({form.encode("utf-8") for name in names for form in (name, urls.encode(name))}))


def names_any(data: bytes, names: tuple[bytes, ...]) -> bool:
    return any(name in data for name in names)


def plan_build(old: SiteState | None, new: SiteState, linking: set[str], full: bool = False) -> Plan:
    """What to build, from the state the site was built from (`old`) and the current one.

    Args:
        old: the site's recorded state (None: no site, or no record).
        new: the current docs files' hashes and fingerprint.
        linking: unchanged pages whose Markdown names a removed file (`link_names`).
        full: build everything whatever changed (`build --full`).
    """
    if full:
        return Plan("asked for")
    if old is None:
        return Plan("no record of the last build")
    if old.fingerprint != new.fingerprint:
        return Plan("configuration, theme, hooks or MkDocs changed")
    changed = {uri for uri, digest in new.docs.items() if old.docs.get(uri) != digest} | (linking & set(new.docs))
    removed = removed_files(old, set(new.docs))
    if len(changed) + len(removed) > MAX_CHANGED_SHARE * max(1, len(new.docs)):
        return Plan("most files changed")
    return Plan(None, tuple(sorted(changed)), removed)


def untitled_nav_pages(nav, pages) -> list[str]:
    """The docs files whose titles every page shows in its navigation: the entries of `nav`
    (mkdocs.yml) that give no title (`- about.md`), or, without a `nav`, every page in `pages`
    (MkDocs then lists them all), so that an edit of one changes the fingerprint."""
    if nav is None:
        return sorted(uri for uri in pages if uri.endswith(urls.DOCS_SUFFIX))
    found: list[str] = []

    def walk(items) -> None:
        for item in items if isinstance(items, list) else []:
            if isinstance(item, str) and "://" not in item:
                found.append(item)
            elif isinstance(item, dict):
                for value in item.values():
                    walk(value)

    walk(nav)
    return found


def outputs_of(removed: tuple[str, ...]) -> set[str]:
    """The files of the site that the docs files `removed` became (`x.md` → `x.html`)."""
    return {urls.served(uri) for uri in removed}


def page_loc(site_url: str | None, uri: str) -> str:
    """A page's `<loc>` in MkDocs' sitemap: its canonical URL, HTML-escaped."""
    return html.escape(urls.absolute(site_url, urls.href(uri))) if site_url else ""


def update_sitemap(old: str, new: str, dropped: set[str], date: str) -> str:
    """The sitemap of the whole site: the entries of the old site's (`old`) and of the pages
    just rendered (`new`), without those whose `<loc>` is in `dropped` (removed pages), every
    one dated `date`, as a clean build today dates every page (a page rendered again is then
    the same entry twice, kept once)."""
    entries = [P.SITEMAP_LASTMOD.sub(f"<lastmod>{date}</lastmod>", entry)
               for text in (old, new) for entry in P.SITEMAP_ENTRY.findall(text) if _loc(entry) not in dropped]
    return sitemap_text(new or old, entries)


def sitemap_text(frame: str, entries) -> str:
    """A sitemap: the XML declaration and `<urlset …>` of `frame` around `entries` (each
    `<url>…</url>`), each once, sorted, so any parts in any order give the same bytes."""
    if not frame:
        return ""
    start = frame.index("<urlset")
    head = frame[:frame.index(">", start) + 1]
    return head + "\n" + "\n".join(f"    {u}" for u in sorted(set(entries))) + "\n</urlset>\n"


def _loc(entry: str) -> str:
    found = P.SITEMAP_LOC.search(entry)
    return found.group(1) if found else ""
