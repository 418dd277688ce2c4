"""The real site: `build_site.py build` (mkdocs build --strict) on the seeds."""
import json
import re
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow  # `build_site.py build`: a full mkdocs build


@pytest.fixture(scope="module")
def site(repo_root, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("build")
    subprocess.run([sys.executable, "build_site.py", "build", "-q", "--no-cache",
                    "--docs", str(tmp / "docs"), "--site", str(tmp / "site")], cwd=repo_root, check=True)
    return tmp / "site"


def test_home_sources_and_articles_exist(site):
    assert (site / "index.html").is_file()
    assert len([p for p in (site / "sources").glob("*.html") if p.name != "index.html"]) == 5
    assert len(list((site / "articles").glob("*.html"))) == 21


def test_article_page_has_header_and_source_link(site):
    records = [json.loads(x) for x in (site / "data" / "articles.jsonl").read_text().splitlines()]
    record = next(r for r in records if r["title"] == "全力推进项目建设 努力完成全年任务")
    page = (site / record["url"]).read_text()
    assert 'class="rr-kicker">市领导到上街区、新密市调研<' in page
    assert 'class="rr-title">全力推进项目建设 努力完成全年任务<' in page
    assert "记者 苏瑜" in page and "郑州日报" in page
    assert 'href="../sources/000_296d3495bee0e4b2.html#L131"' in page


def test_navigation_does_not_list_articles(site):
    page = (site / "index.html").read_text()
    nav = page[page.index('<nav class="md-nav md-nav--primary"'):page.index("</nav>")]
    assert "articles/" not in nav


def test_no_request_to_font_services(site):
    for html in site.rglob("*.html"):
        text = html.read_text()
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, html


def test_every_marked_html_block_went_through_the_hook(site):
    """The converter marks its raw HTML blocks; the hook (hooks/raw_blocks.py) sets them aside, puts
    them back and drops the marks.  A mark left in a page means the hook no longer runs; a
    placeholder left means it no longer puts the blocks back."""
    from reading_room.site.render import RAW_CLOSE, RAW_OPEN

    pages = list(site.rglob("*.html"))
    assert len(pages) > 20
    for html in pages:
        text = html.read_text()
        assert RAW_OPEN not in text and RAW_CLOSE not in text, html
        assert "\x02" not in text, html


def test_site_built_from_another_docs_dir_has_its_assets(site):
    assert (site / "assets" / "stylesheets" / "reading-room.css").is_file()
    for part in ("load", "query", "ui"):
        assert (site / "assets" / "javascripts" / f"rr-search-{part}.js").is_file()


def test_search_parts_load_in_order(site):
    """Classic scripts, each using the ones before it: loading, query, UI."""
    page = (site / "index.html").read_text("utf-8")
    scripts = re.findall(r'<script src="[^"]*assets/javascripts/(rr-search-[a-z]+\.js)"', page)
    assert scripts == ["rr-search-load.js", "rr-search-query.js", "rr-search-ui.js"]
    assert 'type="module"' not in page  # file:// refuses modules: the offline bundle needs classic scripts
    assert (site / "about.html").is_file()


def test_source_page_shows_every_original_line_at_its_anchor(site, repo_root):
    """The link `#L131` of the article above lands on line 131 of the original file: its kicker."""
    import html

    page = (site / "sources" / "000_296d3495bee0e4b2.html").read_text("utf-8")
    original = next((repo_root / "sources").glob("000*")).read_bytes().decode("utf-8").splitlines()
    lines = dict(re.findall(r'<span id="L(\d+)">(.*?)</span>', page))
    assert len(lines) == len(original)
    assert html.unescape(lines["131"]) == original[130] == "市领导到上街区、新密市调研"
    # Each line span is a block: a newline between two of them would show as an empty line.
    assert '</span>\n<span id="L' not in page


def test_a_second_build_renders_nothing_and_says_so(site, repo_root):
    """`build` again on unchanged docs: no page rendered, every file kept, one line saying so."""
    before = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    pages = sum(1 for _ in (site.parent / "docs").rglob("*.md"))
    done = subprocess.run([sys.executable, "build_site.py", "build", "-q", "--docs", str(site.parent / "docs"),
                           "--site", str(site)], cwd=repo_root, check=True, capture_output=True, text=True)
    assert f"site: 0 pages rendered, {pages:,} kept, 0 removed" in done.stderr.splitlines()
    assert {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
