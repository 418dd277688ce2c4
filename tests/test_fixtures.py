"""Hand-written pages, one per form the converter handles: what must come out of each.

Each case lists the articles expected in printed order (title, kicker, subtitle and credits),
phrases that must survive in some article body (must-keep) and furniture that must not appear
in any title or body (must-drop).  Every fixture must also pass the lossless audit.
"""
from pathlib import Path

import pytest

from reading_room.convert.audit import audit
from reading_room.convert.pipeline import convert_source

FIXTURES = Path(__file__).parent / "fixtures"

CASES = {
    "furniture.txt": dict(
        articles=[dict(title="市区新增三座口袋公园", authors=["王小明"], correspondents=["李华"])],
        keep=["总面积约1.2万平方米。", "周边居民步行五分钟即可到达。"],
        drop=["返回主页", "版面导航", "上一版", "<BR", "<div", "&nbsp;", "分享到", "打印", "相关新闻",
              "赏花指南", "spamsite", "版权所有", "微信", "17:08 PM"],
        date="2024-09-19", page="A02", section="要闻"),
    "headline_list.txt": dict(
        articles=[dict(title="秋粮收购全面展开", authors=["张伟"]),
                  dict(title="地铁12号线开通试运营", authors=["刘洋"]),
                  dict(title="图书馆延长开放时间", authors=[])],
        keep=["工作日闭馆时间推迟至晚上九点。"], drop=["返回主页"]),
    "headline_blocks.txt": dict(
        articles=[dict(title="以实干担当开创新局面", series="社论"),
                  dict(kicker="坚持稳中求进", title="推动经济持续向好",
                       subtitle="——访市发展改革委主任陈建国", authors=["周敏"]),
                  dict(title="发展要上得去 民生要兜得住", authors=["孙丽"])],
        keep=["陈建国表示,各项政策将尽快落地见效。"], drop=[]),
    "bylines_hans.txt": dict(
        articles=[dict(title="新能源汽车产销两旺", authors=["陈晨"], correspondents=["赵磊"]),
                  dict(title="老街改造完成", authors=["吴刚", "林芳"]),
                  dict(title="秋日稻田", authors=["马骏"], photographers=["钱程"]),
                  dict(title="国际粮价走势平稳", authors=["许可"], editors=["杨帆"])],
        keep=["记者昨日从市工信局获悉", "今年全国秋粮生产形势总体良好"],
        drop=["本报讯", "新华社北京9月18日电", "责任编辑"]),
    "bylines_hant.txt": dict(
        articles=[dict(title="颱風過境 全台停班停課", authors=["林志明"], script="hant"),
                  dict(title="港島舊樓活化計劃啟動", authors=["陳美玲"], editors=["黃大偉"], script="hant")],
        keep=["颱風昨日登陸", "特區政府昨日宣布"], drop=["台北報導", "據新華社電", "責任編輯"]),
    "jumps.txt": dict(
        articles=[dict(title="城市更新有序推进", continued_from="一", continued_to="A3"),
                  dict(title="夜市经济持续升温", continued_from="1", authors=["高原"])],
        keep=["改造内容包括加装电梯、管网更新和绿化提升。"], drop=["上接", "下转"]),
    "broken_paragraphs.txt": dict(
        articles=[dict(title="黄河生态廊道建设提速", authors=["何静"])],
        paragraphs=["带来的挑战,也带来新的机遇。", "湿地修复、遗址保护等内容,总投资约35.6亿元。",
                    "“生态优先、绿色发展”的理念已经深入人心。"],
        subheads=["绿色发展"], keep=[], drop=[]),
    "interleaved.txt": dict(
        articles=[dict(title="全市推进工业企业节能改造", authors=[]),
                  dict(title=None, authors=["黎阳"])],
        paragraphs=["同时配套建设托育和健身设施。"], keep=["设立节能改造专项资金"], drop=[]),
    "daily_front_page.txt": dict(
        articles=[dict(title="推动高质量发展取得新成效", authors=["赵明", "李想"], publication="人民日报"),
                  dict(title="秋收时节看丰收", authors=["孙晓"], photographers=["孙晓"])],
        paragraphs=["在黑龙江,水稻收割即将全面展开。"], keep=["国家统计局18日发布数据显示"],
        drop=["本报北京", "返回目录", "标题导航", "上一篇", "《 人民日报 》", "本报记者 孙晓 摄"],
        date="2024-09-19", page="01", section="要闻"),
    "hk_style.txt": dict(
        articles=[dict(title="政府推出新一輪樓宇更新計劃", kicker=None, authors=["陳家明"], publication="明報", section="港聞"),
                  dict(title="天文台料周末轉涼", editors=["李志強"], script="hant")],
        keep=["政府昨日公布新一輪樓宇更新計劃"], drop=["明報專訊", "責任編輯"]),  # no date: see dates.txt
    "tw_style.txt": dict(
        articles=[dict(title="中秋連假 國道車流量創新高", authors=["李小華"]),
                  dict(title="文化部推動地方書店補助", authors=["王大明"])],
        keep=["文化部今天宣布推動地方書店補助計畫"], drop=["中央社", "台北報導"]),  # no date: see dates.txt
    "hard_wrapped.txt": dict(
        articles=[dict(title="老旧小区改造惠及三万户", authors=["张三"])],
        paragraphs=["老旧小区改造开工一百二十个,惠及居民三万余户。改造内容包括加装电梯", "居民满意度明显提高。下一步"],
        subheads=["社区服务同步升级"], keep=["方便居民就近享受服务。"], drop=[]),
    "headline_block_bodies_later.txt": dict(
        articles=[dict(title="图书馆延长开放时间", authors=["刘洋"]),
                  dict(title="城市书房再添新成员", authors=["王芳"], title_source="headline-list"),
                  dict(title="夜间经济点亮老城区", authors=["赵强"], title_source="headline-list")],
        keep=["书房藏书两万册"], drop=["返回主页"]),
    "dateline_under_headline.txt": dict(
        articles=[dict(title="公交线路优化调整", authors=["陈一"]),
                  dict(title="新建学校秋季开学", authors=["王莹"], publication="郑州日报")],
        keep=["新学期各校均已做好准备。"], drop=["来源", "分享到"], date="2024-09-01"),
    "dates.txt": dict(
        articles=[dict(title="市議會通過年度預算", authors=["王大同"], script="hant")],
        # A bare date line over a page (`民國113年9月19日 星期四`) is no evidence of the page's own
        # date: real pages print a reader's today, a site's date header or a blog's post date
        # that way (tests/corpus/real-v2 b18, d08, c21).  So none; the ROC parse is in test_stages.
        keep=["市議會昨日三讀通過"], drop=["台中報導"]),
}


def convert(name):
    return convert_source((FIXTURES / name).read_bytes(), name)


@pytest.mark.parametrize("name", sorted(CASES))
def test_fixture(name):
    case = CASES[name]
    result = convert(name)
    assert not result.issues
    got = result.articles
    assert [a.title for a in got] == [a["title"] for a in case["articles"]]
    for article, want in zip(got, case["articles"]):
        for field, value in want.items():
            actual = getattr(article, field)
            assert (list(actual) if isinstance(actual, tuple) else actual) == value, (name, field)
    bodies = "\n".join(a.body for a in got)
    for phrase in case["keep"]:
        assert phrase in bodies, phrase
    shown = "\n".join((a.title or "") + "\n" + (a.kicker or "") + "\n" + a.body for a in got)
    for phrase in case["drop"]:
        assert phrase not in shown, phrase
    paragraphs = [p for a in got for p in a.body.split("\n\n")]
    for joined in case.get("paragraphs", []):
        assert any(joined in p for p in paragraphs), joined
    for head in case.get("subheads", []):
        assert f"## {head}" in paragraphs
    if "date" in case:
        assert {a.date for a in got} == {case["date"]}
        assert {a.date_source for a in got} == {"explicit"}
    else:
        assert {a.date for a in got} == {None}
    if "page" in case:
        assert got[0].page == case["page"] and got[0].section == case["section"]


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_fixture_is_fully_accounted_for(name):
    assert audit(convert(name)) is None


def test_every_fixture_has_a_case():
    names = {p.name for p in FIXTURES.glob("*.txt")} - {"hostile.txt"}
    assert names <= set(CASES)
