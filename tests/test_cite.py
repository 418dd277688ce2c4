"""Cite this: GB/T 7714-2015 (exact strings), BibTeX, CSL-JSON, Zotero meta tags, JSON-LD, and the
copy buttons / online form in a real browser."""
import dataclasses
import datetime as dt
import json
import re
import shutil
import subprocess
import sys

import pytest

from reading_room.site import cite
from reading_room.model import Article
from rr_site import REPO, built_site, converted_docs

BASE = Article(
    id="x-01", source="x.txt", position=1, title="标题", kicker=None, subtitle=None, authors=(),
    correspondents=(), editors=(), photographers=(), publication="郑州日报", date=None, date_source=None,
    date_text=None, page=None, section=None, series=None, continued_from=None, continued_to=None,
    script="hans", encoding="utf-8", source_lines=(1, 3), printed_credits=(), body="正文。", chars=3)


def seed(article_id: str) -> Article:
    """A seed article as converted, rebuilt from the catalogue."""
    for line in (converted_docs() / "data" / "articles.jsonl").read_text("utf-8").splitlines():
        record = json.loads(line)
        if record["id"] == article_id:
            names = {f.name for f in dataclasses.fields(Article)}
            values = {k: tuple(v) if isinstance(v, list) else v for k, v in record.items() if k in names}
            return Article(position=int(article_id.rsplit("-", 1)[1]), **values)
    raise KeyError(article_id)


def test_gbt7714_of_a_seed_article_is_exact():
    article = seed("002_35a1e122cccdf170-01")
    assert cite.gbt7714(article) == "董艷竹, 袁帥. 鄭州在引領中國式現代化建設河南實踐中跑出“加速度”[N]. 鄭州晚報, 2024-09-19."


def test_gbt7714_seed_interview_with_subtitle_and_undated():
    article = seed("001_72b8eaa5f7127f8a-04")
    assert cite.gbt7714(article) == "李晓光. 奋力开创现代化美丽登封建设新局面: 访登封市委书记王鸿勋[N]. 郑州日报."


@pytest.mark.parametrize("changes, expected", [
    ({"authors": ("杨丽萍", "刘盼盼"), "date": "2022-01-06", "page": "02"},
     "杨丽萍, 刘盼盼. 标题[N]. 郑州日报, 2022-01-06(2)."),
    ({"authors": ("张昕", "王莹", "王际宾", "毛小玺"), "subtitle": "——访登封市委书记王鸿勋", "date": "2022-01-06",
      "page": "A02"},
     "张昕, 王莹, 王际宾, 等. 标题: 访登封市委书记王鸿勋[N]. 郑州日报, 2022-01-06(A02)."),
    ({"authors": ("张昕", "王莹", "王际宾"), "date": "2022-01-06", "page": "三"},
     "张昕, 王莹, 王际宾. 标题[N]. 郑州日报, 2022-01-06(3)."),
    ({"date": "2022-01-06"}, "标题[N]. 郑州日报, 2022-01-06."),
    ({}, "标题[N]. 郑州日报."),
])
def test_gbt7714_newspaper_format(changes, expected):
    assert cite.gbt7714(dataclasses.replace(BASE, **changes)) == expected


def test_gbt7714_online_form_with_url_and_access_date():
    article = dataclasses.replace(BASE, authors=("余建斌",), subtitle="——访中国工程院院长周济",
                                  publication="人民日报", date="2013-01-12", page="2")
    assert cite.gbt7714(article, "https://example.org/articles/x-01/", "2013-03-20") == (
        "余建斌. 标题: 访中国工程院院长周济[N/OL]. 人民日报, 2013-01-12(2)[2013-03-20]. "
        "https://example.org/articles/x-01/.")


def test_bibtex_escapes_and_braces_names():
    article = dataclasses.replace(BASE, title="50%的{难题}_#1 & \\x", authors=("欧阳修", "司马光"),
                                  date="2024-09-19", page="A02")
    text = cite.bibtex(article)
    assert text.startswith("@article{x-01,\n")
    assert "author = {{欧阳修} and {司马光}}" in text
    assert r"title = {50\%的\{难题\}\_\#1 \& \textbackslash{}x}" in text
    assert "date = {2024-09-19}" in text and "year = {2024}" in text and "month = {9}" in text
    assert "journal = {郑州日报}" in text and "pages = {A02}" in text
    assert text.count("{") == text.count("}") + text.count("\\{") - text.count("\\}")


def test_csl_json_is_one_newspaper_item():
    article = dataclasses.replace(BASE, authors=("杨丽萍",), date="2024-09-19", page="A02", script="hant")
    [item] = json.loads(cite.csl_json(article, "https://example.org/a/", "2025-01-02"))
    assert item["type"] == "article-newspaper" and item["container-title"] == "郑州日报"
    assert item["author"] == [{"literal": "杨丽萍"}] and item["issued"] == {"date-parts": [[2024, 9, 19]]}
    assert item["language"] == "zh-Hant" and item["URL"] == "https://example.org/a/"


def test_online_templates_fill_to_the_online_forms():
    article = seed("002_35a1e122cccdf170-01")
    url, day = "https://example.org/articles/x/", "2025-01-02"
    templates = cite.online_templates(article)
    fill = lambda t, u=url: t.replace(cite.URL_SLOT, u).replace(cite.DATE_SLOT, day)  # noqa: E731
    assert fill(templates["gbt"]) == cite.gbt7714(article, url, day)
    assert fill(templates["bibtex"]) == cite.bibtex(article, url, day)
    assert fill(templates["csl"]) == cite.csl_json(article, url, day)


def _head(html: str) -> str:
    return html[:html.index("</head>")]


@pytest.mark.slow
def test_article_head_has_zotero_meta_and_json_ld():
    site = built_site()
    html = (site / "articles" / "002_35a1e122cccdf170-01.html").read_text("utf-8")
    head = _head(html)
    assert '<meta name="citation_title" content="鄭州在引領中國式現代化建設河南實踐中跑出“加速度”">' in head
    assert '<meta name="citation_author" content="董艷竹">' in head and '<meta name="citation_author" content="袁帥">' in head
    assert '<meta name="citation_publication_date" content="2024/09/19">' in head
    assert '<meta name="citation_journal_title" content="鄭州晚報">' in head
    [ld] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', head, re.S)
    data = json.loads(ld)
    assert data["@type"] == "NewsArticle" and data["datePublished"] == "2024-09-19"
    assert data["author"] == [{"@type": "Person", "name": "董艷竹"}, {"@type": "Person", "name": "袁帥"}]
    assert "url" not in data  # no site_url: no canonical URL to claim
    assert 'rel="alternate"' not in head  # Material would fetch sitemap.xml for it (fails from file://)


@pytest.mark.slow
def test_hostile_title_cannot_close_the_json_ld_script(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    # `</script ` without `>` is not a tag to the cleaner, but would end a script element.
    (sources / "evil.txt").write_text(
        "测试</script 标题<!--x\n\n本报记者 王五\n\n"
        "正文第一段，说明这不会结束脚本。这是一段足够长的正文，用来构成一篇文章的主体内容。\n", "utf-8")
    docs, site = tmp_path / "docs", tmp_path / "site"
    docs.mkdir()
    shutil.copy(REPO / "docs" / "about.md", docs / "about.md")  # hand-written page the nav lists
    subprocess.run([sys.executable, "build_site.py", "build", "--no-cache", "-j", "1", "--sources", str(sources),
                    "--docs", str(docs), "--site", str(site)], cwd=REPO, check=True, capture_output=True)
    [page] = [p for p in (site / "articles").glob("*.html") if p.name != "index.html"]
    head = _head(page.read_text("utf-8"))
    scripts = re.findall(r"<script\b[^>]*>", head)
    assert sum("ld+json" in s for s in scripts) == 1
    [ld] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', head, re.S)
    assert "<" not in ld
    assert json.loads(ld)["headline"] == "测试</script 标题<!--x"  # the value survives, escaped as \u003c…
    assert '<meta name="citation_title" content="测试&lt;/script 标题&lt;!--x">' in head


@pytest.fixture(scope="module")
def online_site():
    return built_site("https://example.org/room/")


@pytest.mark.browser
@pytest.mark.slow
def test_online_site_upgrades_citations_in_the_browser(online_site, chromium, serve_dir, block_external):
    article = seed("002_35a1e122cccdf170-01")
    url = "https://example.org/room/articles/002_35a1e122cccdf170-01.html"
    head = _head((online_site / "articles" / "002_35a1e122cccdf170-01.html").read_text("utf-8"))
    assert f'<meta name="citation_public_url" content="{url}">' in head
    ld = json.loads(re.findall(r'<script type="application/ld\+json">(.*?)</script>', head, re.S)[0])
    assert ld["url"] == url
    context = chromium.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    blocked = block_external(page)
    try:
        with serve_dir(online_site) as base:
            page.goto(base + "articles/002_35a1e122cccdf170-01.html", wait_until="networkidle")
            today = page.evaluate("(() => { const d = new Date(); return d.getFullYear() + '-' + "
                                  "String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0') })()")
            assert page.inner_text("#rr-cite-gbt") == cite.gbt7714(article, url, today)
            assert json.loads(page.inner_text("#rr-cite-csl")) == json.loads(cite.csl_json(article, url, today))
            button = page.locator('button[data-rr-copy="rr-cite-bibtex"]')
            assert button.is_visible()
            button.click()
            page.wait_for_function("document.querySelector('.rr-cite-note').textContent.includes('已复制')")
            assert page.evaluate("navigator.clipboard.readText()") == cite.bibtex(article, url, today)
    finally:
        context.close()
    assert blocked == []


@pytest.mark.browser
@pytest.mark.slow
def test_offline_site_shows_the_offline_form(chromium, serve_dir):
    site = built_site()
    page = chromium.new_page()
    try:
        with serve_dir(site) as base:
            page.goto(base + "articles/002_35a1e122cccdf170-01.html", wait_until="networkidle")
            assert page.inner_text("#rr-cite-gbt") == cite.gbt7714(seed("002_35a1e122cccdf170-01"))
            assert page.locator("button.rr-copy").count() == 3
    finally:
        page.close()
