"""Link checker over the built seeds site: every internal href/src resolves to a file, and every
fragment to an element id on the target page."""
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from rr_site import built_site

pytestmark = pytest.mark.slow  # full mkdocs builds

ATTRS = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src", "iframe": "src"}


class _Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs and attrs["id"]:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        wanted = ATTRS.get(tag)
        if wanted and attrs.get(wanted) is not None:
            self.links.append(attrs[wanted])


def parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text("utf-8"))
    return parser


def resolve(site: Path, page: Path, href: str) -> tuple[Path | None, str]:
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:", "data:")):
        return None, ""
    if not parts.path:
        return page, unquote(parts.fragment)
    base = site if parts.path.startswith("/") else page.parent
    target = (base / unquote(parts.path.lstrip("/"))).resolve()
    if target.is_dir() or parts.path.endswith("/"):
        target = target / "index.html"
    return target, unquote(parts.fragment)


@pytest.fixture(scope="module")
def site():
    return built_site()


def broken_links(site: Path) -> tuple[int, list[str]]:
    """How many internal links the site's pages have, and the ones that lead nowhere."""
    site = site.resolve()
    parsed = {p.resolve(): parse(p) for p in sorted(site.rglob("*.html"))}
    broken = []
    checked = 0
    for page, links in parsed.items():
        for href in links.links:
            target, fragment = resolve(site, page, href)
            if target is None:
                continue
            checked += 1
            if not target.is_file():
                broken.append(f"{page.relative_to(site)}: {href} (no file)")
            elif fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else parse(target).ids
                if fragment not in ids and not re.fullmatch(r"__\w+", fragment):
                    broken.append(f"{page.relative_to(site)}: {href} (no #{fragment})")
    return checked, broken


def test_every_internal_link_resolves(site):
    assert len(list(site.rglob("*.html"))) > 50
    checked, broken = broken_links(site)
    assert checked > 500
    assert broken == []


def test_every_link_of_a_larger_generated_archive_resolves(tmp_path, repo_root):
    """Links in raw HTML (crumbs, lists, pagers, index boxes) are not checked by MkDocs: check
    them on an archive large enough for paginated tag pages, built in two parts."""
    import subprocess
    import sys

    sys.path.insert(0, str(repo_root))
    from bench.generate import generate_archive

    generate_archive(700, tmp_path / "src", seed=5)
    subprocess.run([sys.executable, "build_site.py", "build", "-q", "--no-cache", "-j", "2",
                    "--sources", str(tmp_path / "src"), "--docs", str(tmp_path / "docs"),
                    "--site", str(tmp_path / "site")], cwd=repo_root, check=True, capture_output=True)
    site = tmp_path / "site"
    assert list(site.glob("tags/*/*/page-2.html")), "no paginated listing: the archive is too small"
    checked, broken = broken_links(site)
    assert checked > 50_000
    assert broken == []
