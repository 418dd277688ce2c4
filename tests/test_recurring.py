"""Archive evidence: lines recurring across a folder's pages are furniture (reading_room.convert.recurring)."""
from reading_room.convert.pipeline import convert_source
from reading_room.convert.recurring import MIN_PAGES, page_keys, recurring_lines
from reading_room.publish.runner import with_archive_evidence
from reading_room.convert.settings import SourceSettings
from reading_room.publish.store import SourceInput

SITE = "XX新闻网 读者服务热线\n"


NAMES = ("王一平", "李二强", "张三丰", "赵四海", "钱五洲")


def page(n: int, title: str) -> str:
    return f"{SITE}{title}\n本报记者 {NAMES[n]}\n这是第{n}篇报道的正文,讲的是第{n}件事情,内容与别篇不同。\n"


def test_lines_in_enough_distinct_pages_of_a_folder_recur():
    pages = [("a", page(n, f"标题{n}号")) for n in range(MIN_PAGES)]
    found = recurring_lines(pages)
    assert "XX新闻网读者服务热线" in found["a"]
    assert not any(k.startswith("标题") for k in found["a"])
    # one folder's furniture is not another's; copies of one page count once
    assert recurring_lines(pages[:-1] + [("b", pages[-1][1])])["a"] == frozenset()
    assert recurring_lines([("a", pages[0][1])] * MIN_PAGES)["a"] == frozenset()


def test_order_of_files_does_not_matter():
    pages = [("a", page(n, f"标题{n}号")) for n in range(5)]
    assert recurring_lines(pages) == recurring_lines(list(reversed(pages)))


def test_recurring_lines_go_as_debris_but_bylines_and_twice_printed_lines_stay():
    recurring = frozenset({"XX新闻网读者服务热线", "本报记者王一平", "公园开放"})
    text = SITE + "公园开放\n公园开放\n本报记者 王一平\n公园今日开放,市民前来游览,秩序井然。\n"
    result = convert_source(text.encode(), "a/x.txt", SourceSettings(recurring=recurring))
    [article] = result.articles
    assert article.title == "公园开放" and article.authors == ("王一平",)
    assert [d.span.raw for d in result.debris if d.rule == "recurring"] == ["XX新闻网 读者服务热线"]


def test_each_file_gets_only_its_own_recurring_lines_in_its_settings():
    inputs = [SourceInput(f"a/{n}.txt", page(n, f"标题{n}号").encode(), SourceSettings()) for n in range(4)]
    inputs.append(SourceInput("a/other.txt", "别的网页\n正文一句话,写得很长很长很长。\n".encode(), SourceSettings()))
    out = with_archive_evidence(inputs)
    assert out[0].settings.recurring == frozenset({"XX新闻网读者服务热线"}) == page_keys(SITE)
    assert out[-1].settings.recurring == frozenset()
