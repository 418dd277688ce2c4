"""The seeds built with Zensical (`build_site.py build --engine zensical`): the way off Material.

Zensical runs no hooks and renders with its own copy of the theme, so this checks what the
site must still have there: every article page with its title, the converter's article header,
the citation meta tags and JSON-LD (overrides/main.html), and the site's own search box, and,
in Chromium, that a Chinese query finds articles in the own search dialog.

Zensical is optional for the project but not for the suite: `make test` installs it into
.venv-zensical/ and passes it as RR_ZENSICAL, so this test never skips.  Run by hand with
`RR_ZENSICAL=/path/to/zensical pytest tests/test_zensical.py`.
"""
from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys

import pytest

from reading_room.publish.zensical import find_zensical
from rr_site import type_query

pytestmark = pytest.mark.slow  # a whole site build


def _zensical(repo_root) -> str:
    exe = os.environ.get("RR_ZENSICAL") or find_zensical(repo_root)
    if not exe or not os.access(exe, os.X_OK):
        pytest.fail("zensical is not installed: run `make test` (it installs requirements-zensical.txt "
                    "into .venv-zensical/), or set RR_ZENSICAL to a zensical executable", pytrace=False)
    return exe


@pytest.fixture(scope="module")
def built(repo_root, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("zensical")
    docs, site = tmp / "docs", tmp / "site"
    result = subprocess.run([sys.executable, "build_site.py", "build", "-q", "--no-cache", "--engine", "zensical",
                             "--zensical", _zensical(repo_root), "--docs", str(docs), "--site", str(site)],
                            cwd=repo_root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    records = [json.loads(line) for line in (docs / "data/articles.jsonl").read_text("utf-8").splitlines()]
    return {"docs": docs, "site": site, "records": records}


def _text_of(page: str, pattern: str) -> list[str]:
    return [html.unescape(t).strip() for t in re.findall(pattern, page, re.S)]


def _citations(docs, record) -> list[tuple[str, str]]:
    """The front matter's rr_citation pairs of an article (what main.html turns into meta tags)."""
    import yaml

    text = (docs / record["url"]).with_suffix(".md").read_text("utf-8")
    meta = yaml.safe_load(text.split("\n---\n", 1)[0].removeprefix("---\n"))
    return [tuple(pair) for pair in meta.get("rr_citation") or []]


def test_every_article_page_is_built(built):
    assert len(built["records"]) == 21
    for record in built["records"]:
        assert (built["site"] / record["url"]).is_file(), record["url"]


def test_article_pages_have_title_header_citations_and_search(built):
    for record in built["records"]:
        page = (built["site"] / record["url"]).read_text("utf-8")
        where = record["url"]
        head = page[:page.index("</head>")]
        # the page title and the converter-written article header
        if record["title"]:
            assert _text_of(head, r"<title>(.*?)</title>")[0].startswith(record["title"]), where
            assert _text_of(page, r'class="rr-title">(.*?)<') == [record["title"]], where
        if record["kicker"]:
            assert _text_of(page, r'class="rr-kicker">(.*?)<') == [record["kicker"]], where
        for name in record["authors"]:
            assert name in page, (where, name)
        # citation meta tags, exactly the front matter's, in <head>
        pairs = _citations(built["docs"], record)
        assert pairs, where
        metas = [(html.unescape(n), html.unescape(c))
                 for n, c in re.findall(r'<meta name="(citation_[^"]*)" content="([^"]*)">', head)]
        assert metas == pairs, where
        assert any(n == "citation_journal_title" for n, _ in metas), where
        (ld,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', head, re.S)
        data = json.loads(ld)
        assert data["@type"] == "NewsArticle" and data["identifier"] == record["id"], where
        # the site's own search: its box, its script, its stylesheet
        assert 'class="rr-search rr-search--own" data-rr-search' in page, where
        assert 'class="md-search__input"' in page, where
        scripts = re.findall(r'<script src="[^"]*assets/javascripts/(rr-search-[a-z]+\.js)"', page)
        assert scripts == ["rr-search-load.js", "rr-search-query.js", "rr-search-ui.js"], where
        assert re.search(r'href="[^"]*assets/stylesheets/rr-search\.css"', page), where
        assert 'data-md-component="search"' not in page, where  # Zensical's own search is not mounted


def test_search_index_and_assets_are_copied(built):
    site = built["site"]
    assert (site / "rr-search" / "manifest.js").is_file()
    assert (site / "assets" / "stylesheets" / "reading-room.css").is_file()
    assert (site / "assets" / "javascripts" / "rr-cite.js").is_file()


@pytest.mark.browser
@pytest.mark.parametrize("width", [1200, 400], ids=["desktop", "phone"])
def test_chinese_query_shows_a_hit(built, chromium, serve_dir, width):
    """Typing 郑州 (and its traditional form 鄭州) shows articles in the own dialog, visibly."""
    records = built["records"]
    article = next(r for r in records if "郑州" in (r["title"] or ""))
    with serve_dir(built["site"]) as base:
        context = chromium.new_context(viewport={"width": width, "height": 900})
        try:
            page = context.new_page()
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(base + article["url"])
            if width < 960:  # a phone: the box is hidden until the header's magnifier opens it
                assert not page.locator("[data-rr-search] input").is_visible()
                page.click("label.md-header__button[for=__search]")
            for query in ("郑州", "鄭州"):
                type_query(page, query)
                titles = page.eval_on_selector_all(
                    "[data-rr-search] a.md-search-result__link h1", "hs => hs.map(h => h.textContent)")
                assert titles, query
                assert any("郑州" in t or "鄭州" in t for t in titles), (query, titles)
                assert page.locator("[data-rr-search] .md-search-result__list").is_visible()
                assert page.locator("[data-rr-search] a.md-search-result__link").first.is_visible()
                assert page.evaluate("document.querySelector('[data-rr-search]').hasAttribute('data-rr-open')")
            page.keyboard.press("Escape")
            assert not page.locator("[data-rr-search] .md-search-result__list").is_visible()
            assert errors == []
        finally:
            context.close()
