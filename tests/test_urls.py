"""The URL scheme (reading_room/site/urls.py): page paths, served URLs, relative links,
percent-encoding, absolute URLs, and a guard that no other module spells links itself."""
from __future__ import annotations

import posixpath
import re

import pytest
from hypothesis import given, strategies as st

from reading_room.site import urls
from reading_room.site.render import Links, html_link
from reading_room.slugs import slug_for


@pytest.mark.parametrize("docs_path, url", [
    ("papers/x/2024-01-02.md", "papers/x/2024-01-02.html"),
    ("index.md", "index.html"),  # use_directory_urls: false, so not `./`
    ("tags/people/杨丽萍/index.md", "tags/people/杨丽萍/index.html"),
    ("../sources/a.md#L3", "../sources/a.html#L3"),
    ("#L3", "#L3"),  # an anchor on the same page
    ("feed.xml", "feed.xml"),  # not a page: served as written
    ("data/articles.jsonl", "data/articles.jsonl"),
    ("originals/x.txt", "originals/x.txt"),
])
def test_served_maps_a_docs_page_to_the_built_page(docs_path, url):
    assert urls.served(docs_path) == url


def test_the_scheme_matches_mkdocs_yml(repo_root):
    text = (repo_root / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^use_directory_urls:\s*false\b", text, re.M), "urls.served assumes x.md → x.html"


@pytest.mark.parametrize("here, there, link", [
    ("articles/a-01.md", "papers/郑州日报/2024-01-02.md", "../papers/郑州日报/2024-01-02.md"),
    ("papers/p/2024/01.md", "papers/p/2024-01-02.md", "../2024-01-02.md"),
    ("papers/p/2024/index.md", "papers/p/2024/01.md", "01.md"),
    ("tags/people/杨丽萍/page-2.md", "tags/places/郑州/index.md", "../../places/郑州/index.md"),
    ("index.md", "papers/p/index.md", "papers/p/index.md"),
    ("papers/p/index.md", "index.md", "../../index.md"),
    ("articles/a-01.md", "sources/a.md#L12", "../sources/a.md#L12"),
    ("sources/a.md", "originals/a.txt", "../originals/a.txt"),
    ("articles/a-01.md", "articles/a-02.md", "a-02.md"),
])
def test_rel_links_two_docs_pages(here, there, link):
    assert urls.rel(here, there) == link


_SEGMENT = st.sampled_from(["a", "b", "papers", "郑州日报", "2024", "index.md", "x.md"])


@given(st.lists(_SEGMENT, min_size=1, max_size=4), st.lists(_SEGMENT, min_size=1, max_size=4))
def test_rel_resolves_back_to_the_target(here, there):
    here_path, there_path = "/".join(here), "/".join(there)
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(here_path), urls.rel(here_path, there_path)))
    assert resolved == posixpath.normpath(there_path)


@pytest.mark.parametrize("link, encoded", [
    ("../papers/郑州.md#L3", "../papers/%E9%83%91%E5%B7%9E.html#L3"),
    ("tags/people/杨丽萍/index.md", "tags/people/%E6%9D%A8%E4%B8%BD%E8%90%8D/index.html"),
    ("x.md#第1版", "x.html#%E7%AC%AC1%E7%89%88"),  # 第1版 = "page 1"
    ("a b.md#x/y", "a%20b.html#x%2Fy"),  # `/` is kept in the path only
    ("articles/zzrb_20240919-01.md", "articles/zzrb_20240919-01.html"),  # slugs need no encoding
])
def test_href_is_the_encoded_served_url(link, encoded):
    assert urls.href(link) == encoded


def test_html_link_writes_the_served_url():
    assert html_link("郑州 <日报>", "../papers/郑州.md") == '<a href="../papers/%E9%83%91%E5%B7%9E.html">郑州 &lt;日报&gt;</a>'


def test_page_paths():
    assert urls.article("zzrb-01") == "articles/zzrb-01.md"
    assert urls.article_url("zzrb-01") == "articles/zzrb-01.html"
    assert urls.issue("郑州日报", "2024-01-02") == "papers/郑州日报/2024-01-02.md"
    assert urls.paper("p") == "papers/p/index.md"
    assert urls.year("p", "2024") == "papers/p/2024/index.md"
    assert urls.month("p", "2024", "01") == "papers/p/2024/01.md"
    assert urls.listing(urls.paper_undated("p")) == "papers/p/undated/index.md"
    assert urls.listing(urls.term("tags/people", "杨丽萍"), 3) == "tags/people/杨丽萍/page-3.md"
    assert urls.listing(urls.SOURCES, 2) == "sources/page-2.md"
    source = "郑州日报/2024/01.txt"
    assert urls.source_page(source) == f"sources/{slug_for(source)}.md"
    assert urls.source_line(source, 7) == f"sources/{slug_for(source)}.md#L7"
    assert urls.original(source) == f"originals/{slug_for(source)}.txt"


def test_an_article_page_links_home_by_default():
    assert Links(source_page="../sources/x.md").home == "../index.md"


@pytest.mark.parametrize("site_url, url, absolute", [
    (None, "articles/a.html", "articles/a.html"),
    ("", "feed.xml", "feed.xml"),
    ("https://example.org/rr/", "articles/a.html", "https://example.org/rr/articles/a.html"),
    ("https://example.org/rr", "feed.json", "https://example.org/rr/feed.json"),
    ("https://example.org/rr//", "", "https://example.org/rr/"),
])
def test_absolute(site_url, url, absolute):
    assert urls.absolute(site_url, url) == absolute


#: What only urls.py may write: the served suffix in a string, percent-encoding, URL joining,
#: and (under site/, the link writers) a docs path in a string.  Each pattern names the files
#: allowed to hold it, and why.
_SPELLINGS = [
    (re.compile(r"\.html[\"']"), "reading_room", {"publish/bundle.py": "picks built files by type, writes no link"}),
    (re.compile(r"\bquote(_plus)?\("), "reading_room", {}),
    (re.compile(r"\burljoin\("), "reading_room", {}),
    (re.compile(r"\.md[\"']"), "reading_room/site", {}),
]
#: Lines each pattern must catch (the guard is only as good as its patterns).
_CAUGHT = ['return f"articles/{article.id}.html"', "quote(path, safe='/')", "urljoin(base, url)",
           'here = "papers/index.md"']


@pytest.mark.parametrize("pattern, folder, allowed", _SPELLINGS, ids=lambda x: getattr(x, "pattern", None))
def test_only_urls_py_spells_links(repo_root, pattern, folder, allowed):
    package = repo_root / "reading_room"
    wrong = []
    for path in sorted((repo_root / folder).rglob("*.py")):
        name = path.relative_to(package).as_posix()
        if name == "site/urls.py" or name in allowed:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.lstrip().startswith("#") and pattern.search(line):
                wrong.append(f"reading_room/{name}:{number}: {line.strip()}")
    assert not wrong, "spell links with reading_room/site/urls.py:\n" + "\n".join(wrong)


def test_the_guard_catches_hand_spelled_links():
    for (pattern, _, _), line in zip(_SPELLINGS, _CAUGHT, strict=True):
        assert pattern.search(line), (pattern.pattern, line)
