"""Chinese search in a real browser: the served site and the unzipped offline bundle (file://).

Builds the seeds once (`build_site.py build` into a temporary folder, then `build_site.py
bundle`, which zips that same site), unzips the bundle, and for each of the two runs every
query of the table below in the header search box of Material's theme (driven by
rr-search-*.js): each kind of query readers type, in both scripts.  Every request that would
leave this machine is aborted and recorded, and the test fails on any, and on any console
error.  See notes/search-design.md.
"""
from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from urllib.parse import quote, urlsplit

import pytest

from bench.httpd import serve
from rr_site import type_query

pytestmark = [pytest.mark.browser, pytest.mark.slow]  # builds and bundles the seeds site, then drives Chromium


#: (what readers type, query, titles that must be among the results (prefixes), exact?).
#: `exact`: the results are exactly those; `first`: the first one is the first result.
QUERIES = [
    ("whole title", "亚太“小伙伴”相聚郑州共话未来", ["亚太“小伙伴”相聚郑州共话未来"], "first"),
    ("whole title, traditional", "鄭州在引領中國式現代化建設河南實踐中跑出“加速度”",
     ["鄭州在引領中國式現代化建設"], "first"),
    ("mid-title word (jieba)", "小伙伴", ["亚太“小伙伴”相聚郑州共话未来"], "exact"),
    ("mid-title word", "生物经济", ["城发·高新生物经济产业园开工奠基"], "first"),
    ("person", "王鸿勋", ["奋力开创现代化美丽登封建设新局面"], "exact"),
    ("person", "柯世贤", ["世界城地组织亚太区主席柯世贤"], "first"),
    ("place", "郑东新区", ["努力在郑州现代化国家中心城市建设", "强化“三标”意识",
                         "为建设现代化国家中心城市贡献力量"], "exact"),
    ("place, traditional query finds simplified", "鄭東新區",
     ["努力在郑州现代化国家中心城市建设", "强化“三标”意识", "为建设现代化国家中心城市贡献力量"], "exact"),
    ("organization", "世界城地组织", ["亚太“小伙伴”相聚郑州共话未来", "世界城地组织亚太区主席柯世贤",
                                  "中国人民对外友好协会副会长姜江"], "exact"),
    ("two characters", "墒情", ["郑州麦播完成近九成"], "exact"),
    ("two characters", "登封", ["奋力开创现代化美丽登封建设新局面"], "exact"),
    ("body phrase (8)", "深化环评管理改革", ["我省再出举措促进民营经济发展"], "exact"),
    ("body phrase (4), traditional finds simplified", "營商環境",
     ["鄭州在引領中國式現代化建設", "奋力开创现代化美丽登封建设新局面", "为建设现代化国家中心城市贡献力量"],
     "exact"),
    ("body phrase (4), simplified finds traditional", "营商环境",
     ["鄭州在引領中國式現代化建設", "奋力开创现代化美丽登封建设新局面", "为建设现代化国家中心城市贡献力量"],
     "exact"),
    ("simplified finds the traditional article", "郑州", ["鄭州在引領中國式現代化建設"], "some"),
    ("traditional finds simplified articles", "鄭州", ["亚太“小伙伴”相聚郑州共话未来"], "some"),
    ("mixed scripts", "中國式现代化", ["鄭州在引領中國式現代化建設"], "first"),
    ("two words", "郑东新区 高质量", ["强化“三标”意识"], "first"),
]
#: What the integration needs in mkdocs.yml (see notes/search-design.md).
INTEGRATION = ("theme.custom_dir: overrides; extra_javascript: assets/javascripts/rr-search-{load,query,ui}.js; "
               "extra_css: assets/stylesheets/rr-search.css")
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


@pytest.fixture(scope="module")
def built(repo_root, tmp_path_factory):
    """The seeds converted, built as the online site, bundled, and the bundle unzipped."""
    tmp = tmp_path_factory.mktemp("search")
    docs = tmp / "docs"
    # The real commands: convert + parallel build, then the bundle zips that very site.
    subprocess.run([sys.executable, "build_site.py", "build", "-q", "--no-cache", "--docs", str(docs),
                    "--site", str(tmp / "site")], cwd=repo_root, check=True)
    subprocess.run([sys.executable, "build_site.py", "bundle", "-q", "--docs", str(docs),
                    "--site", str(tmp / "site"), "--out", str(tmp / "dist")], cwd=repo_root, check=True)
    (zip_path,) = (tmp / "dist").glob("*-offline.zip")
    with zipfile.ZipFile(zip_path) as archive:
        archive.extractall(tmp / "unzipped")
    (index,) = (tmp / "unzipped").glob("*/index.html")
    home = (tmp / "site" / "index.html").read_text("utf-8")
    if "data-rr-search" not in home or "rr-search-ui.js" not in home:
        pytest.fail(f"the site has no rr-search box: mkdocs.yml needs {INTEGRATION}", pytrace=False)
    catalog = [json.loads(line) for line in (docs / "data/articles.jsonl").read_text("utf-8").splitlines()]
    return {"site": tmp / "site", "offline_index": index, "catalog": catalog}


def wait_until_ready(page) -> None:
    """Until the theme has started and the search dialog is mounted (rr-search-ui.js marks the
    dialog data-rr-ready), instead of a fixed wait."""
    page.wait_for_selector("[data-rr-search][data-rr-ready]", state="attached")


class Browser:
    """One browser context for one way of opening the site, recording what must not happen."""

    def __init__(self, chromium, home: str):
        self.home = home
        self.context = chromium.new_context(viewport={"width": 1200, "height": 900})
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.context.on("request", self._request)

    def _local(self, url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme in {"file", "data", "blob", "about"} or (
            parts.scheme in {"http", "https", "ws", "wss"} and parts.hostname in LOCAL_HOSTS)

    def _route(self, route):
        if self._local(route.request.url):
            route.continue_()
        else:
            route.abort("blockedbyclient")

    def _request(self, request):
        if not self._local(request.url):
            self.outside.append(request.url)

    def new_page(self, url: str):
        page = self.context.new_page()
        page.on("console", lambda m: m.type == "error" and self.errors.append(f"{page.url}: {m.text}"))
        page.on("pageerror", lambda e: self.errors.append(f"{page.url}: {e}"))
        page.goto(url)
        wait_until_ready(page)
        return page

    def search(self, page, query: str) -> list[dict]:
        type_query(page, query)
        return page.eval_on_selector_all("[data-rr-search] a.md-search-result__link", """links =>
            links.map(a => ({id: a.dataset.rrId, href: a.href, word: a.hasAttribute('data-rr-word'),
                             title: a.querySelector('h1').textContent,
                             marks: Array.from(a.querySelectorAll('mark')).map(m => m.textContent)}))""")


@pytest.fixture(scope="module", params=["online", "file"])
def browser(request, built, chromium):
    if request.param == "online":
        with serve(built["site"]) as base:
            b = Browser(chromium, base)
            b.page = b.new_page(base)
            yield b
            b.context.close()
    else:
        b = Browser(chromium, built["offline_index"].as_uri())
        b.page = b.new_page(b.home)
        yield b
        b.context.close()


@pytest.mark.parametrize("kind, query, titles, how", QUERIES, ids=[f"{k}: {q}" for k, q, _, _ in QUERIES])
def test_query_finds_the_expected_articles(browser, kind, query, titles, how):
    results = browser.search(browser.page, query)
    found = [r["title"] for r in results]

    def has(prefix):
        return any(t.startswith(prefix) for t in found)

    assert all(has(t) for t in titles), f"{query!r}: expected {titles}, got {found}"
    if how == "first":
        assert found[0].startswith(titles[0]), f"{query!r}: first should be {titles[0]}, got {found}"
    if how == "exact":
        assert len(found) == len(titles), f"{query!r}: expected only {titles}, got {found}"
    assert all(r["marks"] for r in results), f"{query!r}: a result without a highlighted hit"


def test_mid_title_word_is_a_jieba_word(browser):
    """The jieba guard: 小伙伴 is a whole word of the title only because jieba segmented it
    at build time; the result says so (data-rr-word)."""
    results = browser.search(browser.page, "小伙伴")
    assert results and results[0]["word"], results


def test_results_highlight_the_original_script(browser):
    results = browser.search(browser.page, "郑州")
    hant = next(r for r in results if r["title"].startswith("鄭州在引領"))
    assert "鄭州" in hant["marks"]


def test_article_opens_with_hits_highlighted(browser, built):
    results = browser.search(browser.page, "郑州")
    hant = next(r for r in results if r["title"].startswith("鄭州在引領"))
    assert f"?h={quote('郑州')}" in hant["href"]
    if browser.home.startswith("file:"):
        assert urlsplit(hant["href"]).path.endswith(".html")
    page = browser.new_page(hant["href"])
    page.wait_for_selector("mark[data-rr-hit]", state="attached")  # one pass marks every hit
    marks = page.eval_on_selector_all("mark[data-rr-hit]", "ms => ms.map(m => m.textContent)")
    page.close()
    assert "鄭州" in marks  # the simplified query marks the traditional text


def test_search_from_a_deep_page_and_phone_width(browser):
    """Search works from an article page (other relative paths) on a phone-sized screen."""
    article = browser.search(browser.page, "王鸿勋")[0]["href"].split("?")[0]
    page = browser.new_page(article)
    page.set_viewport_size({"width": 390, "height": 800})
    page.click("label.md-header__button[for=__search]")
    results = browser.search(page, "鄭東新區")
    assert len(results) == 3
    assert page.locator("[data-rr-search] .md-search-result__list").is_visible()
    page.close()


def test_typing_right_after_arrival_keeps_the_dialog_open(browser):
    """A reader (or the benchmark) typing as soon as the page is parsed gets results in an
    open dialog, and a ?q= link opens the dialog with its results."""
    page = browser.context.new_page()
    page.add_init_script("""document.addEventListener("DOMContentLoaded", () => setTimeout(() => {
        const box = document.querySelector("[data-rr-search] input");
        box.focus();
        box.value = "墒情";
        box.dispatchEvent(new Event("input", {bubbles: true}));
    }, 40));""")
    page.on("pageerror", lambda e: browser.errors.append(f"{page.url}: {e}"))
    page.goto(browser.home)
    page.wait_for_function(
        "() => document.querySelector('[data-rr-search]').getAttribute('data-rr-done') === '墒情'")
    # Everything the page does on arrival is done: loaded, theme started, search mounted.
    # (Material closes the dialog only 125 ms after a navigation or a hash change, and this
    # page has neither.)
    page.wait_for_load_state("load")
    wait_until_ready(page)
    assert page.evaluate("document.getElementById('__search').checked")
    assert page.locator("[data-rr-search] .md-search-result__item").first.is_visible()
    page.close()
    page = browser.new_page(browser.home.split("?")[0] + "?q=" + quote("登封"))
    page.wait_for_function(
        "() => document.querySelector('[data-rr-search]').getAttribute('data-rr-done') === '登封'")
    assert page.evaluate("document.getElementById('__search').checked")
    assert page.locator("[data-rr-search] .md-search-result__item").count() == 1
    page.close()


def test_nothing_went_outside_and_no_console_errors(browser):
    """Runs after the queries above (same module-scoped browser)."""
    assert browser.outside == []
    assert browser.errors == []
