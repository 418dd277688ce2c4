"""Browsing terms (`reading_room/convert/meta/keywords.py`): role + name patterns, keywords, folding."""
import pytest

from reading_room import patterns as P
from reading_room.convert.meta.keywords import extract_terms, fold


@pytest.mark.parametrize("text, org, name", [
    ("登封市委书记王鸿勋", "登封市委", "王鸿勋"),
    ("郑州市大数据管理局党组书记、局长郭程明", "郑州市大数据管理局党组", "郭程明"),
    ("世界城地组织亚太区主席柯世贤：郑州", "世界城地组织亚太区", "柯世贤"),
    ("市委常委、宣传部长陈明到上街区", "市委常委、宣传部长"[:2], "陈明"),
    ("吉隆坡市市长麦慕娜·莫哈德·谢里夫在视频中", "吉隆坡市", "麦慕娜·莫哈德·谢里夫"),
])
def test_role_name_pattern(text, org, name):
    m = P.ROLE_NAME.search(text)
    assert m and m.group("name") == name and m.group("org").endswith(org)


@pytest.mark.parametrize("text", ["主任高度评价", "会长会议召开"])
def test_role_without_name_is_not_a_person(text):
    assert extract_terms(text).people == ()


def test_people_places_organisations_from_an_interview_subtitle():
    terms = extract_terms("“登封市将站位郑州发展。”王鸿勋说。", title="奋力开创现代化美丽登封建设新局面",
                          subtitle="——访登封市委书记王鸿勋")
    assert terms.people == ("王鸿勋",)
    assert "登封市委" in terms.organizations and "登封市" in terms.places


def test_keywords_are_a_handful_of_words_without_stop_words_or_single_characters():
    body = "截至10月22日,全省小麦已播4855万亩。近期降雨带来良好墒情,小麦播种进度加快,墒情适宜。"
    terms = extract_terms(body, title="郑州麦播完成近九成 近期降雨带来良好墒情")
    assert 0 < len(terms.keywords) <= 5
    assert "墒情" in terms.keywords and "小麦" in terms.keywords
    assert all(len(k) >= 2 and P.KEYWORD_SHAPE.match(k) for k in terms.keywords)
    assert not {"发展", "建设", "我们", "10", "##"} & set(terms.keywords)


def test_traditional_text_is_segmented_folded_and_shown_as_printed():
    terms = extract_terms("鄭州市委書記安偉主持會議。鄭州加快建設國家中心城市。", title="鄭州召開會議", script="hant")
    assert terms.people == ("安偉",)
    assert "鄭州市委" in terms.organizations
    assert fold("鄭州") == "郑州" and len(fold("鄭州市委書記")) == len("鄭州市委書記")


def test_hostile_text_gives_plain_terms():
    terms = extract_terms("<script>alert(1)</script> ## [x](javascript:1) 主任张三说")
    assert all("<" not in t and "[" not in t for t in terms.keywords + terms.people)
