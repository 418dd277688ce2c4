"""The site built in parallel parts is the site built in one process, and a broken link in any
part still fails the build."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from reading_room.publish.sitebuild import UNSHIPPED, SiteBuildError, build_site, merge_sitemaps
from rr_site import REPO, converted_docs, hooks

parse_shard, part_of = hooks().parse_shard, hooks().part_of


def test_parse_shard():
    assert parse_shard(None) is None and parse_shard("") is None
    assert parse_shard("1/4") == (1, 4)
    for bad in ("4/4", "-1/2", "x/2", "1"):
        with pytest.raises(ValueError):
            parse_shard(bad)


def test_parts_are_stable_and_spread():
    uris = [f"articles/{i:05d}-01.md" for i in range(1000)]
    counts = [sum(part_of(u, 2) == k for u in uris) for k in range(2)]
    assert part_of("articles/00001-01.md", 2) == part_of("articles/00001-01.md", 2)
    assert min(counts) > 400  # no part gets (nearly) all the work


def test_merge_sitemaps_keeps_every_url_once():
    frame = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{}\n</urlset>'
    a = frame.format("<url><loc>https://x/a.html</loc></url>\n<url><loc>https://x/c.html</loc></url>")
    b = frame.format("<url><loc>https://x/b.html</loc></url>\n<url><loc>https://x/a.html</loc></url>")
    merged = merge_sitemaps([a, b])
    assert merged.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns=')
    assert merged.count("<loc>") == 3 and merged.index("a.html") < merged.index("b.html") < merged.index("c.html")
    assert merged.rstrip().endswith("</urlset>")


def _tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


@pytest.mark.slow
def test_three_parts_build_the_same_site_as_one(tmp_path):
    docs = converted_docs()
    one = build_site(REPO / "mkdocs.yml", docs, tmp_path / "one", parts=1)
    three = build_site(REPO / "mkdocs.yml", docs, tmp_path / "three", parts=3)
    assert one.messages == () and three.messages == ()
    a, b = _tree(tmp_path / "one"), _tree(tmp_path / "three")
    assert sorted(a) == sorted(b)
    assert [p for p in a if a[p] != b[p]] == []  # every file, the merged sitemap too
    assert not set(UNSHIPPED) & set(a)  # Material's lunr index is not shipped (no page loads it)
    assert not list(tmp_path.glob(".three.part-*")) and not list((tmp_path / "three").glob(".*part-*"))


@pytest.mark.slow
def test_a_broken_link_in_any_part_fails_the_build(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(converted_docs(), docs)
    pages = sorted((docs / "articles").glob("*.md"))
    victim = next(p for p in pages if part_of(p.relative_to(docs).as_posix(), 2) == 1)
    victim.write_text(victim.read_text("utf-8") + "\n[gone](../nowhere.md)\n", "utf-8")
    with pytest.raises(SiteBuildError) as caught:
        build_site(REPO / "mkdocs.yml", docs, tmp_path / "site", parts=2)
    assert "nowhere.md" in str(caught.value) and victim.name in str(caught.value)
    assert not list(tmp_path.glob(".site.part-*"))  # the parts beside the site are cleaned up


def test_raw_blocks_pass_through_verbatim_and_change_nothing():
    """The hook's extension sets converter-marked HTML aside whole and puts it back; every
    converted page must render to the same HTML with it as without it (Python-Markdown parsing
    each block)."""
    import markdown
    from mkdocs.utils import meta

    hook = hooks()
    RAW_OPEN, RAW_CLOSE, _raw_blocks_extension = hook.RAW_OPEN, hook.RAW_CLOSE, hook._raw_blocks_extension

    blocks = []
    text = f"# t\n{RAW_OPEN}\n<p>a</p>\n\n<p>b</p>\n{RAW_CLOSE}\nbody\n"
    out = hook.set_aside_raw_blocks(text, blocks)
    assert blocks == ["<p>a</p>\n\n<p>b</p>"] and out == "# t\n\n\x02rr-raw:0\x03\n\nbody\n"
    assert hook.set_aside_raw_blocks("no marks", blocks) == "no marks"
    # put back: a block-level block replaces its paragraph, an inline one stays in a <p>
    put_back = hook.put_back_raw_blocks
    is_block = markdown.Markdown().is_block_level
    assert put_back("<h1>t</h1>\n<p>\x02rr-raw:0\x03</p>\n<p>body</p>", blocks, is_block) == "<h1>t</h1>\n<p>a</p>\n\n<p>b</p>\n<p>body</p>"
    assert put_back("<p>\x02rr-raw:0\x03</p>", ["<a href=x>y</a>"], is_block) == "<p><a href=x>y</a></p>"
    assert put_back("<p>\x02rr-raw:1\x03</p>", ["<p>a</p>"], is_block) == "<p>\x02rr-raw:1\x03</p>"  # not ours: kept
    # a source cannot forge a placeholder: Python-Markdown strips STX/ETX before the hook runs
    forged = markdown.markdown("\x02rr-raw:0\x03", extensions=[_raw_blocks_extension()])
    assert forged == "<p>rr-raw:0</p>"

    extensions = ["toc", "attr_list", "md_in_html", "admonition", "tables"]
    squash = lambda html: re.sub(r"\n+", "\n", html.replace(RAW_OPEN, "").replace(RAW_CLOSE, "")).strip()  # noqa: E731
    pages = [meta.get_data(p.read_text("utf-8"))[0] for p in sorted(converted_docs().rglob("*.md"))]
    assert sum(RAW_OPEN in p for p in pages) > 20
    for page in pages:
        plain = markdown.markdown(page, extensions=extensions)
        fast = markdown.markdown(page, extensions=extensions + [_raw_blocks_extension()])
        assert RAW_OPEN not in fast
        assert squash(fast) == squash(plain)


@pytest.mark.slow
def test_partials_rendered_once_per_folder_give_the_same_pages(tmp_path, monkeypatch):
    """`rr_once` (hooks/render_once.py) reuses the navigation and search box within a folder; the
    site must be byte-identical to one where every page renders its own."""
    NO_ONCE_ENV = hooks().NO_ONCE_ENV

    docs = converted_docs()
    build_site(REPO / "mkdocs.yml", docs, tmp_path / "once", parts=1)
    monkeypatch.setenv(NO_ONCE_ENV, "1")
    build_site(REPO / "mkdocs.yml", docs, tmp_path / "every", parts=1)
    a, b = _tree(tmp_path / "once"), _tree(tmp_path / "every")
    assert sorted(a) == sorted(b)
    assert [p for p in a if a[p] != b[p]] == []
    home, article = a["index.html"].decode(), next(v for k, v in a.items() if k.startswith("articles/")).decode()
    # the home page is in the navigation (marked active); an article is not
    assert "md-nav__link--active" in home and "md-nav__link--active" not in article


def test_the_raw_blocks_hook_has_an_off_switch(monkeypatch):
    import importlib.util
    import types

    spec = importlib.util.spec_from_file_location("rr_test_raw_blocks_switch", REPO / "hooks" / "raw_blocks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setenv(module.NO_RAW_ENV, "1")
    assert module.on_config(types.SimpleNamespace(markdown_extensions=[])).markdown_extensions == []
    monkeypatch.delenv(module.NO_RAW_ENV)
    assert len(module.on_config(types.SimpleNamespace(markdown_extensions=[])).markdown_extensions) == 1


def test_material_search_segments_chinese_with_jieba(tmp_path):
    """Material's own index is not shipped, but its search plugin stays configured as issue 2
    asks: with jieba importable, Material inserts U+200B between jieba's words (without jieba
    there is none).  A one-page site with the project's `plugins:`, built by plain
    `mkdocs build`, shows whether that still happens."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.utils import yaml_load

    with open(REPO / "mkdocs.yml", encoding="utf-8") as fh:
        plugins = yaml_load(fh)["plugins"]
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# 郑州日报\n\n全力推进项目建设，努力完成全年任务。\n", "utf-8")
    config = load_config(config_file=None, docs_dir=str(tmp_path / "docs"), site_dir=str(tmp_path / "site"),
                         site_name="t", theme={"name": "material", "language": "zh"}, plugins=plugins)
    build(config)
    index = json.loads((tmp_path / "site" / "search" / "search_index.json").read_text("utf-8"))
    # In the pages' text, not anywhere in the file: the separator in its config names \u200b too.
    assert any("\u200b" in doc["text"] for doc in index["docs"]), index["docs"]
