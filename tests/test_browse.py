"""Browse paths: publication → year → month calendar → issue → article, undated lists, facets,
printed order and previous/next, the article header, bounded pages, reachability within three
clicks, and no horizontal overflow on a phone."""
import dataclasses
import re
from collections import deque
from pathlib import Path
from urllib.parse import unquote

import pytest

from reading_room.site.archive_db import ArchiveDB
from reading_room.site.indexes import runs, site_files
from reading_room.model import Article, SourceResult
from reading_room.site.pages import issues
from reading_room.site.pages.common import PER_PAGE, TERMS_PER_PAGE, slug
from reading_room.site.render import Links, render_article
from rr_site import built_site, page_file, sample_pages

A = Article(
    id="a-01", source="a.txt", position=1, title="标题", kicker=None, subtitle=None, authors=("王五",),
    correspondents=(), editors=(), photographers=(), publication="郑州日报", date="2024-09-19",
    date_source="explicit", date_text="2024年9月19日", page=None, section=None, series=None, continued_from=None,
    continued_to=None, script="hans", encoding="utf-8", source_lines=(1, 3), printed_credits=(), body="正文。", chars=3)


def art(source, position, **changes):
    return dataclasses.replace(A, id=f"{source[:-4]}-{position:02d}", source=source, position=position, **changes)


# --- structure (pure) ----------------------------------------------------------------------------

def archive(articles):
    """The archive database of these articles (one result per source file, in first-seen order)."""
    by_source = {}
    for article in articles:
        by_source.setdefault(article.source, []).append(article)
    db = ArchiveDB()
    db.add(SourceResult(source, tuple(items), (), ()) for source, items in by_source.items())
    db.finish()
    return db


def neighbours(db):
    """{article id: (previous id, next id)} over the runs the article pages link through."""
    out = {}
    for run, _ in runs(db, db.papers()):
        ids = [a.id for a in run]
        for i, aid in enumerate(ids):
            out[aid] = (ids[i - 1] if i else None, ids[i + 1] if i + 1 < len(ids) else None)
    return out


def test_issue_is_in_printed_order_and_neighbours_stay_inside_it():
    a2 = [art("z.txt", 1, page="A02"), art("z.txt", 2, page="A02")]
    a1 = [art("y.txt", 1, page="A01")]
    other_day = [art("x.txt", 1, page="A01", date="2024-09-20")]
    undated = [art("u.txt", 1, date=None), art("u.txt", 2, date=None), art("v.txt", 1, date=None)]
    db = archive(a2 + a1 + other_day + undated)
    [paper] = db.papers()
    assert [i.date for i in paper.issues] == ["2024-09-19", "2024-09-20"]
    assert [a.id for a in db.issue_articles(paper.issues[0])] == ["y-01", "z-01", "z-02"]  # 版次 A01 before A02
    around = neighbours(db)
    assert around["y-01"] == (None, "z-01") and around["z-02"] == ("z-01", None)
    assert around["x-01"] == (None, None)  # another issue is not "next"
    assert around["u-02"] == ("u-01", None) and around["v-01"] == (None, None)  # undated: within a file


def test_traditional_and_simplified_spellings_share_one_paper_and_one_tag():
    papers = archive([art("a.txt", 1, publication="鄭州晚報"), art("b.txt", 1, publication="郑州晚报"),
                      art("c.txt", 1, publication="郑州晚报")]).papers()
    assert len(papers) == 1 and papers[0].name == "郑州晚报" and papers[0].slug == "郑州晚报"
    assert slug("鄭州") == slug("郑州") == "郑州"
    assert slug("../../etc/passwd") != "../../etc/passwd" and "/" not in slug("a/b") and slug("") .startswith("x-")


def test_a_tie_between_spellings_goes_to_the_first_printed():
    papers = archive([art("a.txt", 1, publication="鄭州晚報"), art("b.txt", 1, publication="郑州晚报")]).papers()
    assert papers[0].name == "鄭州晚報"


def test_calendar_links_only_days_with_an_issue():
    paper = archive([A]).papers()[0]
    grid = issues.calendar_grid("papers/郑州日报/2024/09.md", 2024, 9, {i.date: i for i in paper.issues})
    assert "[19](../2024-09-19.md)" in grid
    assert "| 18 |" in grid and "[18]" not in grid
    rows = [r for r in grid.splitlines() if r.startswith("|")]
    assert rows[0] == "| 一 | 二 | 三 | 四 | 五 | 六 | 日 |"  # Monday first
    assert len(rows) == 2 + 6  # September 2024 spans six weeks


def test_article_header_byline_date_note_and_language():
    article = dataclasses.replace(
        A, kicker="引题", subtitle="——访某某", authors=("董艷竹",), correspondents=("常程",), photographers=("李四",),
        editors=("劉瀟瀟",), date_source="filename", date_text="20240919", page="A02", section="要闻",
        series="某某·系列访谈", continued_from="一", script="hant")
    page = render_article(article, Links(source_page="../sources/a.md#L1"))
    head = page[page.index('<header'):page.index("</header>")]
    assert 'lang="zh-Hant"' in head and '<div class="rr-body" lang="zh-Hant"' in page
    assert '<p class="rr-kicker">引题</p>' in head and '<p class="rr-subtitle">——访某某</p>' in head
    assert '<span class="rr-title">标题</span>' in head and '<p class="rr-series">某某·系列访谈</p>' in head
    assert "記者 董艷竹　通訊員 常程　攝影 李四　編輯 劉瀟瀟" in head
    assert "2024-09-19（据文件名推断“20240919”）" in head
    assert "第A02版 要闻" in head and "上接一版" in head


def test_pages_stay_bounded_at_scale():
    """1,600 articles by one author with one keyword: every listing is paginated."""
    results = []
    for s in range(200):
        articles = tuple(art(f"p{s:03d}.txt", n, keywords=("郑州", f"词{s}-{n}"), people=("王鸿勋",),
                             date=None if s % 2 else f"2024-{1 + s % 12:02d}-{1 + s % 28:02d}")
                         for n in range(1, 9))
        results.append(SourceResult(f"p{s:03d}.txt", articles, (), (), text="x", encoding="utf-8"))
    files = site_files(results)
    author = [k for k in files if k.startswith("authors/王五/")]
    assert len(author) == -(-1600 // PER_PAGE)
    assert max(len(files[k]) for k in author) < 40_000
    assert len([k for k in files if k.startswith("papers/郑州日报/undated/")]) == 800 // PER_PAGE
    assert not any(k.startswith("tags/keywords/词") for k in files)  # a keyword of one page gets no page
    listing = [k for k in files if not k.startswith(("articles/", "data/", "feed."))]
    assert max(len(files[k].encode()) for k in listing) < 200_000
    assert TERMS_PER_PAGE <= 500


# --- the built seeds site --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def site():
    return built_site()


def _html(site: Path, path: str) -> str:
    return page_file(site, path).read_text("utf-8")


@pytest.mark.slow
def test_month_calendar_and_issue_page(site):
    pages = sample_pages(site)
    month = _html(site, pages["month"])
    calendar = month[month.index('class="rr-calendar"'):]
    calendar = calendar[:calendar.index("</table>")]
    assert re.search(r'<td[^>]*><a href="\.\./2024-09-19\.html">19</a></td>', calendar)
    assert re.search(r"<td[^>]*>18</td>", calendar)
    issue = _html(site, pages["issue"])
    assert "鄭州在引領中國式現代化建設河南實踐中跑出“加速度”" in issue
    assert 'href="../../sources/002_35a1e122cccdf170.html"' in issue


@pytest.mark.slow
def test_undated_list_is_labelled_and_in_source_order(site):
    page = _html(site, "papers/郑州日报/undated")
    assert "日期不详的文章" in page and "17 篇文章" in page
    order = re.findall(r'href="\.\./\.\./\.\./articles/([^/"]+)\.html"', page)
    assert order == sorted(order) and len(order) == 17


@pytest.mark.slow
def test_article_prev_next_source_link_and_index_box(site):
    page = _html(site, "articles/000_296d3495bee0e4b2-07.html")
    assert 'href="000_296d3495bee0e4b2-06.html" rel="prev"' in page
    assert 'href="000_296d3495bee0e4b2-08.html" rel="next"' in page
    assert 'href="../sources/000_296d3495bee0e4b2.html#L125"' in page
    assert re.search(r'<aside [^>]*class="rr-index"', page) and "李凤芝" in page
    first = _html(site, "articles/000_296d3495bee0e4b2-01.html")
    assert 'rel="prev"' not in first


@pytest.mark.slow
def test_facet_pages_exist(site):
    for path in ("authors", "authors/杨丽萍", "tags", "tags/keywords", "tags/people", "tags/people/王鸿勋",
                 "tags/places", "tags/organizations", "series", "papers", "papers/郑州晚报", "papers/郑州晚报/2024"):
        assert page_file(site, path).is_file(), path
    author = _html(site, "authors/杨丽萍")
    assert author.count('href="../../articles/') == 3


@pytest.mark.slow
def test_navigation_stays_small(site):
    page = _html(site, "")
    nav = page[page.index('<nav class="md-nav md-nav--primary"'):]
    nav = nav[:nav.index("</nav>")]
    assert nav.count("<a ") <= 12 and "articles/" not in nav


def _links(html: str) -> list[str]:
    body = html[html.index("<body"):]
    return re.findall(r'<a [^>]*href="([^"#?]*)[^"]*"', body)


@pytest.mark.slow
def test_every_page_is_within_three_clicks_of_home(site):
    """Breadth-first over the built site from index.html; continuation pages (page-k) are the
    only exception, as each is one click beyond the first page of its list."""
    root = site.resolve()
    start = root / "index.html"
    depth = {start: 0}
    queue = deque([start])
    while queue:
        page = queue.popleft()
        if depth[page] == 3:
            continue
        for href in _links(page.read_text("utf-8")):
            if not href or href.startswith(("http:", "https:", "mailto:")):
                continue
            target = (page.parent / unquote(href)).resolve()
            if target.is_dir():
                target = target / "index.html"
            if target.suffix == ".html" and target.is_file() and target not in depth:
                depth[target] = depth[page] + 1
                queue.append(target)
    every = {p.resolve() for p in root.rglob("*.html") if p.name != "404.html" and "/page-" not in p.as_posix()}
    missing = sorted(str(p.relative_to(root)) for p in every - set(depth))
    assert missing == []
    articles = [p for p in depth if p.parent.name == "articles" and p.name != "index.html"]
    assert len(articles) == 21


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("width", [390])
def test_no_horizontal_overflow_on_a_phone(site, chromium, serve_dir, block_external, width):
    context = chromium.new_context(viewport={"width": width, "height": 844})
    page = context.new_page()
    blocked = block_external(page)
    paths = dict(sample_pages(site), author="authors/杨丽萍/index.html", tags="tags/index.html",
                 paper="papers/郑州晚报/index.html", undated="papers/郑州日报/undated/index.html",
                 sources="sources/index.html", about="about.html")
    wide = {}
    try:
        with serve_dir(site) as base:
            for name, path in paths.items():
                page.goto(base + path, wait_until="networkidle")
                overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                if overflow > 0:
                    wide[name] = overflow
    finally:
        context.close()
    assert wide == {}
    assert blocked == []
