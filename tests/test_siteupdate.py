"""Incremental site builds (issue 16): only the docs files changed since the site was built are
rendered, and the site is byte-identical to a clean build of the same docs."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reading_room.publish import siteplan
from reading_room.publish.siteplan import Plan, SiteState, plan_build, update_sitemap
from rr_site import REPO, hooks

OLD = SiteState("f", {"index.md": "1", "articles/a.md": "2", "articles/b.md": "3", "papers/x.md": "4",
                      "assets/s.css": "5", "feed.xml": "6"})


def _with(changes: dict[str, str | None]) -> dict[str, str]:
    """OLD's docs with `changes`: a new hash, or None for a removed file."""
    docs = {**OLD.docs, **changes}
    return {uri: digest for uri, digest in docs.items() if digest is not None}


@pytest.mark.parametrize("docs, linking, expected", [
    (OLD.docs, set(), Plan(None)),  # nothing changed: nothing rendered, the sitemap redated
    (_with({"articles/a.md": "2b"}), set(), Plan(None, ("articles/a.md",))),
    (_with({"articles/c.md": "9"}), set(), Plan(None, ("articles/c.md",))),  # a new file
    (_with({"articles/b.md": None}), set(), Plan(None, (), ("articles/b.md",))),
    # a page that names a removed file is rendered again, so its link is checked again
    (_with({"articles/b.md": None}), {"papers/x.md"}, Plan(None, ("papers/x.md",), ("articles/b.md",))),
    (_with({"index.md": "0", "articles/a.md": "0", "papers/x.md": "0", "feed.xml": None}), set(),
     Plan("most files changed")),
])
def test_plan_renders_the_new_and_changed_and_drops_the_removed(docs, linking, expected):
    assert plan_build(OLD, SiteState("f", docs), linking) == expected


def test_plan_builds_everything_without_a_record_another_fingerprint_or_when_asked():
    assert plan_build(None, OLD, set()).full == "no record of the last build"
    assert plan_build(OLD, SiteState("g", OLD.docs), set()).full.startswith("configuration")
    assert plan_build(OLD, OLD, set(), full=True).full == "asked for"


def test_the_record_round_trips_and_a_foreign_one_is_none():
    assert siteplan.parse_state(siteplan.dump_state(OLD)) == OLD
    for text in (None, "", "{", "[]", '{"format": 0, "docs": {}}', '{"format": 1, "docs": []}'):
        assert siteplan.parse_state(text) is None


def test_removed_files_are_found_by_the_names_links_use():
    names = siteplan.link_names(("articles/b.md", "papers/郑州.md"))
    assert b"b.md" in names and "郑州.md".encode() in names and b"%E9%83%91%E5%B7%9E.md" in names
    assert siteplan.names_any(b"[x](../articles/b.md)", names)
    assert not siteplan.names_any(b"[x](../articles/bb.html)", names)
    assert siteplan.outputs_of(("articles/b.md", "assets/s.css")) == {"articles/b.html", "assets/s.css"}


def test_untitled_navigation_entries_are_found():
    nav = [{"Home": "index.md"}, "about.md", {"Section": ["a.md", {"B": "b.md"}, {"Out": "https://x/"}]},
           "https://y/"]
    assert siteplan.untitled_nav_pages(nav, {}) == ["about.md", "a.md"]
    # no nav: MkDocs lists every page, with its title
    assert siteplan.untitled_nav_pages(None, {"b.md": "1", "a.md": "2", "s.css": "3"}) == ["a.md", "b.md"]


FRAME = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{}\n</urlset>\n'


def _entry(url: str, date: str) -> str:
    return f"<url>\n         <loc>https://x/{url}</loc>\n         <lastmod>{date}</lastmod>\n    </url>"


def test_the_sitemap_lists_every_page_once_dated_today():
    old = FRAME.format("\n".join(_entry(u, "2026-12-01") for u in ("a.html", "b.html", "c.html")))
    new = FRAME.format(_entry("b.html", "2026-12-03") + _entry("d.html", "2026-12-03"))
    merged = update_sitemap(old, new, {siteplan.page_loc("https://x/", "c.md")}, "2026-12-03")
    assert merged == FRAME.format("\n".join(f"    {_entry(u, '2026-12-03')}" for u in ("a.html", "b.html", "d.html")))
    assert siteplan.page_loc("https://x", "papers/郑州.md") == "https://x/papers/%E9%83%91%E5%B7%9E.html"
    assert siteplan.page_loc(None, "a.md") == ""


def test_the_hook_builds_a_file_in_its_part_and_its_list():
    builds = hooks().builds
    assert builds("a.md", None, None)
    assert builds("a.md", None, frozenset({"a.md"})) and not builds("b.md", None, frozenset({"a.md"}))
    part = hooks().part_of("a.md", 2)
    assert builds("a.md", (part, 2), frozenset({"a.md"})) and not builds("a.md", (1 - part, 2), frozenset({"a.md"}))


# --- the whole thing, on a generated archive -------------------------------------------------------

def _tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _project(tmp_path: Path) -> Path:
    """The project's mkdocs.yml, overrides and hooks with a site_url (so the sitemap lists pages)."""
    project = tmp_path / "project"
    for folder in ("overrides", "hooks"):
        shutil.copytree(REPO / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__"))
    text = (REPO / "mkdocs.yml").read_text("utf-8")
    (project / "mkdocs.yml").write_text(text + "\nsite_url: https://example.org/读报/\n", "utf-8")
    return project / "mkdocs.yml"


@pytest.mark.slow
def test_an_increment_gives_the_site_of_a_clean_build(tmp_path, monkeypatch):
    """A built archive; then a day's files added, one page corrected and one file deleted, and
    converted again: the incremental build renders a small share of the pages and its site
    equals a clean build's, file for file and byte for byte."""
    from bench.generate import generate_archive
    from reading_room.publish.archive import BuildSettings, convert
    from reading_room.publish.siteupdate import update_site

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764633600")  # the first build dates its pages 2025-12-02
    config = _project(tmp_path)
    sources, docs = tmp_path / "sources", tmp_path / "docs"
    generate_archive(300, sources, seed=16)
    files = sorted(p for p in sources.rglob("*") if p.is_file() and p.name != "source.yml")
    day = files[-4:]  # "the next day": added after the first build
    for path in day:
        path.rename(tmp_path / path.name)
    convert(BuildSettings(sources, docs, cache=tmp_path / "cache", static_from=REPO / "docs"))
    first = update_site(config, docs, tmp_path / "none", tmp_path / "site", jobs=2)
    assert first.plan.full and first.pages > 300

    for path in day:
        (tmp_path / path.name).rename(path)
    files[1].write_bytes(files[1].read_bytes().replace("。".encode(), "；".encode(), 1))  # a corrected page
    files[0].unlink()
    convert(BuildSettings(sources, docs, cache=tmp_path / "cache", static_from=REPO / "docs"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764720000")  # the next day: a clean build dates every page so
    again = update_site(config, docs, tmp_path / "site", tmp_path / "again", jobs=2)
    clean = update_site(config, docs, tmp_path / "site", tmp_path / "clean", jobs=2, full=True)

    assert again.plan.full is None and again.plan.removed and again.summary().startswith("site: ")
    rendered = again.plan.pages(again.plan.changed)
    assert 0 < rendered < again.pages / 2, again.summary()
    a, b = _tree(tmp_path / "again"), _tree(tmp_path / "clean")
    assert sorted(a) == sorted(b)
    assert [p for p in a if a[p] != b[p]] == []
    assert b"<lastmod>2025-12-03</lastmod>" in a["sitemap.xml"] and not any(p.startswith("search/") for p in a)
    assert b"2025-12-02" in (tmp_path / "site" / "sitemap.xml").read_bytes()
    # the kept pages are the old site's files (hard links), the rendered ones new
    kept = next(p for p in a if p.startswith("articles/") and p[:-5] + ".md" not in again.plan.changed)
    assert (tmp_path / "again" / kept).stat().st_ino == (tmp_path / "site" / kept).stat().st_ino

    # a page deleted from the site by hand: built again, not left missing
    (tmp_path / "again" / kept).unlink()
    mended = update_site(config, docs, tmp_path / "again", tmp_path / "mended", jobs=2)
    assert mended.plan.full == "the site lacks files it was built with"
    assert (tmp_path / "mended" / kept).read_bytes() == b[kept]


def test_the_fingerprint_follows_config_theme_hooks_and_switches(tmp_path, monkeypatch):
    from reading_room.publish.siteupdate import SWITCHES, _read_config, fingerprint

    assert set(SWITCHES) == {hooks().NO_ONCE_ENV, hooks().NO_RAW_ENV}
    config = _project(tmp_path)
    for name in SWITCHES:
        monkeypatch.delenv(name, raising=False)
    docs = {"index.md": "1", "about.md": "2"}
    now = lambda: fingerprint(config, _read_config(config), docs)  # noqa: E731
    first = now()
    assert now() == first and fingerprint(config, _read_config(config), {**docs, "index.md": "3"}) == first
    seen = {first}
    for change in ("override", "hook", "switch", "config"):
        if change == "override":
            (config.parent / "overrides" / "main.html").write_text("{# changed #}", "utf-8")
        elif change == "hook":
            (config.parent / "hooks" / "shards.py").write_text("# changed\n", "utf-8")
        elif change == "switch":
            monkeypatch.setenv(SWITCHES[0], "1")
        else:
            config.write_text(config.read_text("utf-8").replace("https://example.org/读报/", "https://example.org/"), "utf-8")
        assert now() not in seen, change
        seen.add(now())
