"""Feeds and data files: RSS 2.0 and JSON Feed of the latest articles, the CSV with a BOM, and the
links to them from home and About."""
import dataclasses
import json
import xml.etree.ElementTree as ET

from reading_room.model import Article
from reading_room.site.pages import feeds
from rr_site import built_site, converted_docs

BASE = Article(
    id="x-01", source="x.txt", position=1, title="标题", kicker=None, subtitle=None, authors=("王五",),
    correspondents=(), editors=(), photographers=(), publication="郑州日报", date="2024-09-19",
    date_source="explicit", date_text="2024年9月19日", page=None, section=None, series=None, continued_from=None,
    continued_to=None, script="hans", encoding="utf-8", source_lines=(1, 3), printed_credits=(),
    body="## 小标题\n\n正文第一段。\n\n第二段。", chars=12)


def test_rss_of_the_seeds_parses_and_puts_the_dated_issue_first():
    root = ET.fromstring((converted_docs() / "feed.xml").read_bytes())
    items = root.findall("./channel/item")
    assert root.tag == "rss" and root.get("version") == "2.0"
    assert len(items) == 21
    first = items[0]
    assert first.findtext("link") == "articles/002_35a1e122cccdf170-01.html"
    assert first.findtext("pubDate") == "Thu, 19 Sep 2024 00:00:00 +0800"
    dc = "{http://purl.org/dc/elements/1.1/}creator"
    assert [c.text for c in first.findall(dc)] == ["董艷竹", "袁帥"]
    assert all(i.find("pubDate") is None for i in items[1:])  # undated: no date is invented


def test_json_feed_of_the_seeds():
    feed = json.loads((converted_docs() / "feed.json").read_text("utf-8"))
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    item = feed["items"][0]
    assert item["id"] == "reading-room:002_35a1e122cccdf170-01" and item["url"] == "articles/002_35a1e122cccdf170-01.html"
    assert item["date_published"] == "2024-09-19T00:00:00+08:00" and item["language"] == "zh-Hant"
    assert "## " not in item["content_text"] and item["content_text"].startswith("9月18日")
    assert all("date_published" not in i for i in feed["items"][1:])


def test_feeds_use_absolute_urls_when_the_site_url_is_known():
    rss = ET.fromstring(feeds.rss([BASE], "https://example.org/room"))
    assert rss.findtext("./channel/item/link") == "https://example.org/room/articles/x-01.html"
    feed = json.loads(feeds.json_feed([BASE], "https://example.org/room/"))
    assert feed["feed_url"] == "https://example.org/room/feed.json"
    assert feed["items"][0]["url"] == "https://example.org/room/articles/x-01.html"


def test_feed_is_bounded_newest_first_and_survives_hostile_text():
    many = [dataclasses.replace(BASE, id=f"x-{i:03d}", date=f"2024-01-{1 + i % 28:02d}",
                                title=f"<b>&\x00\x0b标题{i}</b>") for i in range(120)]
    rss = ET.fromstring(feeds.rss(many))
    items = rss.findall("./channel/item")
    assert len(items) == feeds.FEED_SIZE
    assert items[0].findtext("title").startswith("<b>&标题")  # escaped, control characters dropped
    dates = [i.findtext("pubDate") for i in items]
    assert dates[0].startswith("Sun, 28 Jan 2024")
    assert len(json.loads(feeds.json_feed(many))["items"]) == feeds.FEED_SIZE


def test_csv_has_a_bom_and_the_home_and_about_pages_link_feeds_and_data():
    docs = converted_docs()
    assert (docs / "data" / "articles.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    site = built_site()
    home = (site / "index.html").read_text("utf-8")
    for href in ('href="feed.xml"', 'href="feed.json"', 'href="data/articles.jsonl"', 'href="data/articles.csv"'):
        assert href in home
    about = (site / "about.html").read_text("utf-8")
    for href in ('href="feed.xml"', 'href="data/articles.jsonl"', 'href="data/articles.csv"'):
        assert href in about
    assert (site / "feed.xml").is_file() and (site / "feed.json").is_file()
