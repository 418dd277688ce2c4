"""Source text never becomes markup: Markdown escaping, HTML escaping, YAML front matter."""
import dataclasses

import markdown
from mkdocs.utils.meta import get_data
from hypothesis import given, settings, strategies as st

from reading_room.model import Article
from reading_room.site.render import RAW_OPEN, Links, front_matter, md_text, render_article

EXTENSIONS = ["toc", "attr_list", "md_in_html", "admonition", "tables"]


def html_of(text: str) -> str:
    return markdown.markdown(md_text(text), extensions=EXTENSIONS)


def visible(html: str) -> str:
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "lxml").get_text()


HOSTILE = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '<a href="javascript:alert(1)">x</a>',
    "<iframe src=x></iframe>", "<!-- hidden -->", "{{ config.site_name }}", "{% raw %}", "# 标题",
    "- 列表", "1. 列表", "> 引用", "| a | b |", "---", "    缩进", "[x](javascript:alert(1))",
    "*强调* _下划线_ `代码`", "===", "!!! note", "A&amp;B", "2024-09-19", "x: y",
]


def test_hostile_strings_render_as_literal_text():
    for text in HOSTILE:
        html = html_of(text)
        assert "<script" not in html and "<img" not in html and "<iframe" not in html and "<a " not in html
        for tag in ("<h1", "<ul", "<ol", "<blockquote", "<table", "<hr", "<pre", "<em", "<code", "<div"):
            assert tag not in html, (text, html)
        assert " ".join(visible(html).split()) == " ".join(text.split()), (text, html)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=80))
@settings(max_examples=300, deadline=None)
def test_any_text_renders_literally(text):
    html = html_of(text)
    assert "<script" not in html.lower()
    assert " ".join(visible(html).split()) == " ".join(text.split())


ARTICLE = Article(
    id="x-01", source="x.txt", position=1, title="标题", kicker=None, subtitle=None, authors=("王五",),
    correspondents=(), editors=(), photographers=(), publication="郑州日报", date=None, date_source=None,
    date_text=None, page=None, section=None, series=None, continued_from=None, continued_to=None,
    script="hans", encoding="utf-8", source_lines=(1, 3), printed_credits=("本报记者 王五",), body="正文。",
    chars=3)

yaml_breakers = st.sampled_from([": ", "---", '"', "'", "&anchor", "*alias", "!!python/object", "#", "\n", "{", "[", "%", "@", "`", "|", ">"])
title_text = st.lists(st.one_of(yaml_breakers, st.text(max_size=5)), max_size=8).map("".join)


@given(title=title_text, kicker=st.one_of(st.none(), title_text), authors=st.lists(st.text(min_size=1, max_size=4), max_size=3))
@settings(max_examples=200, deadline=None)
def test_front_matter_round_trips(title, kicker, authors):
    article = dataclasses.replace(ARTICLE, title=title, kicker=kicker, authors=tuple(authors))
    page = render_article(article, Links(source_page="../sources/x.md"))
    body, meta = get_data(page)  # MkDocs' own front-matter reader
    assert meta["article"] == front_matter(article)
    assert body.lstrip().startswith(RAW_OPEN + '\n<header class="rr-article-head"')
    assert "<" not in meta["title"] and ">" not in meta["title"]


def test_page_body_has_no_raw_markup_from_source():
    article = dataclasses.replace(ARTICLE, title="<script>alert(1)</script>", body="## <b>小标题</b>\n\n<img src=x onerror=alert(1)>")
    body, meta = get_data(render_article(article, Links(source_page="../sources/x.md")))
    assert "<script" not in body and "<img" not in body and "<b>" not in body
    assert meta["title"] == "&lt;script&gt;alert(1)&lt;/script&gt;"  # the theme prints it unescaped


yaml_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(st.characters(codec="utf-8")) | title_text)
yaml_values = st.recursive(yaml_scalars, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=6) | st.sampled_from(["@type", "a b", "- x", "?"]), inner, max_size=3),
                           max_leaves=12)


@given(data=st.dictionaries(st.text(max_size=8) | st.sampled_from(["title", "@context", "#", ""]), yaml_values, max_size=5))
@settings(max_examples=300, deadline=None)
def test_dump_yaml_reads_back_the_same_data(data):
    """Any text, including YAML syntax, line separators (U+2028), C1 controls and
    non-characters, reads back unchanged, in PyYAML's and MkDocs' readers alike."""
    import yaml

    from reading_room.site.render import dump_yaml

    text = dump_yaml(data)
    assert (yaml.safe_load(text) or {}) == data
    _, meta = get_data(f"---\n{text}---\nbody")
    assert meta == data


def test_dump_yaml_replaces_a_lone_surrogate():
    import yaml

    from reading_room.site.render import dump_yaml

    assert yaml.safe_load(dump_yaml({"t": "a\ud800b"})) == {"t": "a\ufffdb"}
