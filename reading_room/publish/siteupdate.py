"""Build the site again rendering only what changed: the incremental `build_site.py build`.

The site built last records (in `siteplan.MANIFEST`) the hash of every docs file and a
fingerprint of everything else that shapes its pages.  Here the current docs files are hashed,
`siteplan.plan_build` decides, and then either the whole site is built (`sitebuild`), or only
the changed files are, into the new folder (`RR_ONLY`: hooks/shards.py marks every other file
excluded, so links still resolve and a broken one still fails `--strict`), and the old site's
other files are hard-linked in beside them, without the outputs of removed files; the sitemap
is rewritten for every page.  The result is byte-identical to a clean build of the same docs
(`tests/test_siteupdate.py` compares the trees).

Does not: convert, or put the new site in place (the CLI swaps it in when it is complete).
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from . import siteplan, store
from .sitebuild import SITEMAP, SITEMAP_GZ, SiteBuild, build_site, write_sitemap
from .siteplan import MANIFEST, Plan, SiteState

#: Installed distributions whose version changes how a page renders.
RENDERERS = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2", "pygments", "babel")
#: Environment variables that switch a hook's mechanism (each gives the same pages, by test;
#: in the fingerprint all the same, so a site is never half one way, half the other).
SWITCHES = ("RR_NO_ONCE", "RR_NO_RAW_BLOCKS")
#: This package's modules that shape the site after MkDocs (merge, sitemap, what is kept).
OWN_CODE = ("sitebuild.py", "siteplan.py", "siteupdate.py")


@dataclass(frozen=True)
class SiteUpdate:
    """What a build did."""
    plan: Plan
    pages: int  # pages of the new site
    messages: tuple[str, ...]  # MkDocs' warnings

    def summary(self) -> str:
        """One line for the user: `site: 42 pages rendered, 9,310 kept, 3 removed`."""
        if self.plan.full:
            return f"site: {self.pages:,} pages rendered (full build: {self.plan.full})"
        rendered, removed = self.plan.pages(self.plan.changed), self.plan.pages(self.plan.removed)
        return f"site: {rendered:,} pages rendered, {self.pages - rendered:,} kept, {removed:,} removed"


def update_site(config: Path, docs: Path, site: Path, out: Path, jobs: int, full: bool = False) -> SiteUpdate:
    """Build the site of `config` from `docs` into the new folder `out`, rendering only what
    changed since `site` (the current site, kept as it is) was built, or all of it.

    Args:
        config: mkdocs.yml.
        docs: the docs folder (its files are hashed, so must not change during the build).
        site: the site built last (may be missing: then everything is built).
        out: where the new site goes (must not exist).
        jobs: parts built at once.
        full: build everything whatever changed.

    Raises:
        SiteBuildError: MkDocs failed (nothing is written outside `out`).
    """
    config, site, out = Path(config), Path(site), Path(out)
    settings = _read_config(config)
    old = siteplan.parse_state(_read_or_none(site / MANIFEST)) if not full else None
    rels = list(store.iter_tree(docs))
    names = siteplan.link_names(siteplan.removed_files(old, set(rels)))
    hashes: dict[str, str] = {}
    linking: set[str] = set()
    for rel, data in store.iter_bytes(docs, rels):
        hashes[rel] = hashlib.sha256(data).hexdigest()
        if names and rel.endswith(".md") and siteplan.names_any(data, names):
            linking.add(rel)
    new = SiteState(fingerprint(config, settings, hashes), hashes)
    plan = siteplan.plan_build(old, new, linking, full)
    if plan.full is None and not _has_outputs(site, new, plan):
        plan = Plan("the site lacks files it was built with")
    if plan.full:
        result = build_site(config, docs, out, jobs)
    else:
        result = build_site(config, docs, out, jobs, only=list(plan.changed)) if plan.changed else _nothing(out)
        _keep_the_rest(site, out, plan, settings.get("site_url"))
    store.write_text(out / MANIFEST, siteplan.dump_state(new))
    return SiteUpdate(plan, plan.pages(hashes), result.messages)


def fingerprint(config: Path, settings: dict, docs: dict[str, str]) -> str:
    """A hash of everything but the docs files that shapes every page: the configuration as
    loaded (INHERIT and !ENV resolved; not where docs and site are), mkdocs.yml's bytes, the
    theme's custom_dir and the hooks' folders, the renderers' versions, the hooks' switches,
    this module's code, and the docs files of navigation entries without a title (the
    navigation then shows their pages' titles)."""
    shown = {k: v for k, v in settings.items() if k not in ("docs_dir", "site_dir")}
    parts = [json.dumps(shown, sort_keys=True, default=str, ensure_ascii=False), sys.version]
    parts += [data for _, data in store.iter_bytes(config.parent, [config.name])]
    here = Path(__file__).parent
    folders = {config.parent / d for d in [(settings.get("theme") or {}).get("custom_dir")] if d}
    folders |= {(config.parent / hook).parent for hook in settings.get("hooks") or []}
    for folder in sorted(folders) + [here]:
        rels = [rel for rel in store.iter_tree(folder) if "__pycache__" not in rel and (folder != here or rel in OWN_CODE)]
        for rel, data in store.iter_bytes(folder, rels):
            parts += [f"{folder.name}/{rel}", data]
    for name in RENDERERS:
        try:
            parts.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name} absent")
    parts += [f"{name}={os.environ.get(name, '')}" for name in SWITCHES]
    parts += [f"{uri}:{docs.get(uri)}" for uri in siteplan.untitled_nav_pages(settings.get("nav"), docs)]
    return store.content_hash(*parts)


def _keep_the_rest(site: Path, out: Path, plan: Plan, site_url: str | None) -> None:
    """Link the old site's files into `out` where the build wrote none, except the outputs of
    removed docs files, and write the sitemap of every page."""
    skip = siteplan.outputs_of(plan.removed) | {MANIFEST, SITEMAP, SITEMAP_GZ}
    store.link_tree(site, out, skip)
    dropped = {siteplan.page_loc(site_url, uri) for uri in plan.removed}
    text = siteplan.update_sitemap(_read_or_none(site / SITEMAP) or "", _read_or_none(out / SITEMAP) or "",
                                   dropped, _build_date())
    if text:
        write_sitemap(out, text)


def _has_outputs(site: Path, new: SiteState, plan: Plan) -> bool:
    """Whether the old site still has the output of every docs file it is to keep (one was
    deleted by hand: the site is built again, not left with a hole)."""
    changed = set(plan.changed)
    kept = [uri for uri in new.docs if uri not in changed]
    return all(os.path.lexists(site / out) for out in siteplan.outputs_of(tuple(kept)))


def _nothing(out: Path) -> SiteBuild:
    """No file changed: the new site is the old one (linked), with today's sitemap."""
    out.mkdir(parents=True)
    return SiteBuild(0, ())


def _build_date() -> str:
    """The date MkDocs puts on every page of a build today (SOURCE_DATE_EPOCH respected)."""
    from mkdocs.utils import get_build_date

    return get_build_date()


def _read_config(config: Path) -> dict:
    from mkdocs.utils import yaml_load

    with open(config, encoding="utf-8") as fh:
        return yaml_load(fh) or {}


def _read_or_none(path: Path) -> str | None:
    try:
        return store.read_text(path)
    except (OSError, UnicodeDecodeError):
        return None
