"""Per-stage unit tests with tiny inline inputs (tables, mkdocs-redirects style)."""
import codecs
import re
from pathlib import Path

import pytest

from reading_room.convert.clean import clean, clean_line
from reading_room.convert.decode import DecodeError, decode
from reading_room.convert.meta.bylines import parse_byline
from reading_room.convert.meta.leads import split_leading_credit
from reading_room.convert.meta.trailing import split_trailing_byline
from reading_room.convert.meta.dates import date_from_path, date_from_url, parse_date
from reading_room.convert.meta.keywords import _tokens, fold
from reading_room.convert.meta.script import SAMPLE as SCRIPT_SAMPLE, detect_script
from reading_room.model import Kind
from reading_room.convert.kinds import line_kind
from reading_room.convert.meta.lines import page_header
from reading_room.convert.paragraphs import classify, rejoin
from reading_room.convert.settings import SettingsError, parse_source_yml
from reading_room.convert.split import split_articles

FIXTURES = Path(__file__).parent / "fixtures"

# --- decode ----------------------------------------------------------------------------------

TEXT = "郑州日报记者报道：鄭州晚報消息，市区新增公园三座。" * 3


@pytest.mark.parametrize("encoding,expected", [
    ("utf-8", "utf-8"), ("gb18030", "gb18030"), ("gbk", "gb18030"), ("big5", "big5hkscs"),
])
def test_decode_detects_encoding(encoding, expected):
    text = TEXT if encoding != "big5" else "鄭州晚報記者報導，市區新增公園三座，居民步行即可到達。" * 3
    decoded = decode(text.encode(encoding))
    assert decoded.text == text and decoded.encoding == expected and not decoded.warnings


@pytest.mark.parametrize("bom,encoding", [
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
])
def test_decode_honours_bom(bom, encoding):
    decoded = decode(bom + TEXT.encode(encoding))
    assert decoded.text == TEXT and decoded.bom


def test_decode_meta_charset():
    html = '<meta charset="gb2312"><p>' + TEXT + "</p>"
    decoded = decode(html.encode("gb18030"))
    assert decoded.encoding == "gb18030" and TEXT in decoded.text


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"), (b" \n\t\n", "only whitespace"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
])
def test_decode_refuses_non_text(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode(data)


def test_decode_reports_bad_utf8_offset():
    data = TEXT.encode("utf-8") * 20
    bad = data[:300] + b"\xff" + data[300:]
    warnings = decode(bad).warnings
    assert warnings and "offset 300" in warnings[0] and "U+FFFD" in warnings[0]

# --- clean -----------------------------------------------------------------------------------


@pytest.mark.parametrize("raw,kept,rules", [
    ('<samp id="x"></samp>正文', "正文", ["html_tag", "html_tag"]),
    ("1. 鄭州在引領", "鄭州在引領", ["list_marker"]),
    ("A&amp;B", "A&B", []),
    ("2024-09-19 來源: 鄭州晚報 分享到:", "2024-09-19 來源: 鄭州晚報 ", ["furniture"]),
    ("www.uuyoujizz.com", "", ["url"]),
    ("返回主页 | 郑州日报 | 版面导航 | 郑州晚报", "", ["navigation"]),
    ("【打印】【关闭】", "", ["furniture", "furniture"]),
    ("上一版3 4下一版", "", ["furniture", "furniture", "page_numbers"]),
    ("時 尚 |汽 車|房 產(chǎn)|視 頻|商 城|供 稿", "", ["menu"]),
    ("2012-7-3 19:14| 发布者: 还是那片枫叶| 查看: 1026| 评论: 0", "", ["menu"]),
    ("工人党最终若接受两个议席,推进...", "工人党最终若接受两个议席,推进", ["more_link"]),
    # a button or a posting time after a headline or a date, alone or over the line it ends
    ("扶持書房保住觀光生意的久長 列印", "扶持書房保住觀光生意的久長", ["widget"]),
    ("[2012-12-11]    我要評論", "[2012-12-11]", ["widget"]), ("列印", "", ["widget"]),
    ("明報聲明 (07:35)", "明報聲明", ["posting_time"]),
    ("展开通版", "", ["furniture"]), ("編輯推介 - 透視報 True Report 編輯推介 - 透視報 True Report", "", ["page_title"]),
    ("好好學習 天天向上", "好好學習 天天向上", []), ("整顿仍将持续。返回腾讯网首页>>", "整顿仍将持续。", ["furniture"]), ("本文收录于专辑#南方读+#", "", ["widget"]), ("簡体中文", "", ["widget"]), ("dushi_top_nav_25", "", ["widget"]), ("选择地区: 纽约 加州 康州 华盛顿 弗吉尼亚 宾州 更多", "", ["menu"]), ('SourcePh" style="display:none">', "", ["html_tag"]), ("上海法治报 2021年09月01日", "上海法治报 2021年09月01日", []),
    ("2025年09月22日 23:29 稿件来源:菲律賓商報   【字体:↑大 ↓小", "2025年09月22日 23:29 稿件来源:菲律賓商報   ", ["widget"]),
    ("比賽於今晚舉行，記者會上他說球隊會全力以赴，開球時間是 (19:30)", "比賽於今晚舉行，記者會上他說球隊會全力以赴，開球時間是 (19:30)", []),
    ("こちらのページは繁体字版です。日本語版「フォーカス台湾」に移動しますか。", "", ["widget"]),
    ("請同意我們的隱私權規範,才能啟用聽新聞的功能。", "", ["widget"]),
    ("無法正常瀏覽圖片,請按這裡看說明", "", ["widget"]),
    ("Page 1", "", ["page_numbers"]),
    ("NANYANG SIANG PAU 您的创富夜伴", "", ["masthead"]),
    ("新闻 / 侨社新闻", "", ["breadcrumb"]),
    ("分享至facebook", "", ["widget"]), ("複製連結", "", ["widget"]),  # a story's share and copy-link buttons
    ("| 氣 溫 : 24 度", "", ["widget"]), ("搜尋新聞", "", ["widget"]),  # a site's weather and search widgets
    ("am730 ・ 22 小時前", "", ["widget"]), ("【更多即時新聞詳情請上東網新聞】", "", ["promo"]),
    ("下載「ETtoday新聞雲APP」快速補給→", "", ["promo"]),
    ("新浪简介┊About Sina┊广告服务┊联系我们┊招聘信息┊网站律师┊Copyright © 1996-2009 SINA Corporation, All Rights Reserved", "", ["menu"]),
    ("【台灣光華電子報】讓你深入了解台灣社會,為你呈現另一種閱讀台灣的方式。", "", ["promo"]),  # a newsletter's ad for another
])
def test_clean_line(raw, kept, rules):
    spans, debris = clean_line(1, raw)
    assert "".join(s.text for s in spans) == kept
    assert sorted(d.rule for d in debris) == sorted(rules)


def test_clean_drops_an_age_gate():
    gate = "限制級\n您即將進入之新聞內容 需滿18歲 方可瀏覽。\n未滿18歲\n或不同意本條款離開離開\n我已年滿18歲進入進入\n"
    cleaned = clean(gate + "黃國昌今受訪時盛讚，謝幸恩是個優秀的調查記者。\n")
    assert [line.text for line in cleaned.lines] == ["黃國昌今受訪時盛讚，謝幸恩是個優秀的調查記者。"]


def test_clean_drops_comment_print_more_and_follow_us_buttons_but_not_prose_naming_them():
    chrome = ["我要評論", "列印", "MORE+", "本版新聞", "关注国搜官方微信", "扫码关注公众号", "BM1.00", "零售价:1.50元", "详情>>>"]
    prose = ["市民纷纷关注官方微信发布的消息。", "我要評論這件事。", "RM1.00的鸡蛋涨到RM1.20。"]
    cleaned = clean("\n".join(chrome + prose) + "\n")
    assert [line.text for line in cleaned.lines] == prose
    assert {d.span.raw for d in cleaned.debris} >= set(chrome)


def test_clean_drops_a_line_of_buttons_but_not_a_line_led_by_one():
    cleaned = clean("收藏 打印 字号:T|T\n分享 收藏 A+ A-\n推荐 一本好书\nA 计划\n")
    assert [line.text for line in cleaned.lines] == ["推荐 一本好书", "A 计划"]


def test_a_read_more_link_ending_a_line_ends_its_teaser():
    cleaned = clean("一季度广东经济运行总体平稳,稳增长仍面临不少困难和挑战。详情>>>\n\n放假不放飞,严防不破防\n")
    assert [line.gap for line in cleaned.lines] == ["", "more"]
    assert [line.gap for line in clean("他说:“更多。”\n\n下一行\n").lines] == ["", "blank"]
    assert [line.gap for line in clean("菲律賓港口管理局主持了落成典禮。\n\nRead moreDetails\n\n參議員敦促提出證據\n").lines] == ["", "more"]


def test_clean_drops_related_news_list():
    cleaned = clean("正文第一段。\n相關新聞\n另一條新聞標題\n")
    assert [line.text for line in cleaned.lines] == ["正文第一段。"]
    assert {d.rule for d in cleaned.debris} == {"related_news"}
    cleaned = clean("正文第一段。\n相关推荐\n甯漢豪稱年底海濱長廊將延長至29公里\n")  # a content farm's heading
    assert [line.text for line in cleaned.lines] == ["正文第一段。"]

# --- paragraphs ------------------------------------------------------------------------------


@pytest.mark.parametrize("text,kind", [
    ("本报记者 杨丽萍 刘盼盼", Kind.BYLINE), ("(上接一版)", Kind.JUMP), ("编辑:刘潇潇 统筹:闫佳佳", Kind.CREDIT),
    ("2024年9月19日 星期四", Kind.CREDIT), ("第A02版:要闻", Kind.CREDIT), ("港聞二", Kind.CREDIT),
    ("法国侨报3月刊", Kind.CREDIT), ("2024年3月30日(星期六) 农历甲辰年二月廿ー 1923年创刊", Kind.CREDIT), ("亚太“小伙伴”相聚郑州共话未来", Kind.HEAD),
    ("副市长李凤芝参加调研。", Kind.TEXT), ("——访登封市委书记王鸿勋", Kind.HEAD),
    # a sentence and its photo's credit is a caption, not a headline
    ("民眾黨主席黃國昌。（記者王藝菘攝）", Kind.TEXT), ("颱風來了(資料照)", Kind.HEAD),
    ("(北京七日電)", Kind.CREDIT),  # a dateline printed after the story's text
    ("时间:2018-3-26 11:13 2 3898 |  |", Kind.CREDIT),  # a forum post's time and counts (its copy-link button cut)
    # a newsletter's list item: section, the paper's column label, a title with a comma
    ("聯合報社論 聯合報社論/坐視三立入股中嘉,曝蔡政府操控媒體心機", Kind.HEAD),
    ("部份图:受访者提供", Kind.CREDIT),
    ("18:56 2017/09/08", Kind.CREDIT),  # a posting time before its date
    ("南腔北調|「跪低」的歐盟收到關稅信 意外嗎?", Kind.HEAD),  # a column's tag makes a question a headline
    ("他問|你來了嗎?", Kind.HEAD), ("他問道:你來了嗎?", Kind.TEXT),
    ("头条新闻", Kind.CREDIT),  # a section's label, not a kicker
    ("[ 编辑:usahrsh | 时间:2017-10-28 00:13:47 ]", Kind.CREDIT),  # a CMS's posting bar in brackets
    ("【調查報道】大坑西邨民反擊1:平民稱95%租戶接受重建方案,居民揭「玩弄數字,誤導公眾」,為政府不安置開脫", Kind.HEAD),
    ("【北美智權報】探討專利與智慧財產權,涵蓋各國重要的侵權訴訟分析、法規解析,提供您需要的IP實務與知識!", Kind.TEXT),
    ("一季度平稳开局,5个方面寻找广东经济发展暖意 | 季度观", Kind.HEAD),  # a headline, then its column
    ("現場留下血跡。楊偉亨攝", Kind.TEXT),  # a caption's sentence and its photographer, cut off as a byline
    ("1月製造業景氣燈號亮黃紅燈(2) (圖)", Kind.HEAD),  # a numbered photo headline: `(2)` ends no sentence  # where the pictures came from: no photographer named
])
def test_line_kind(text, kind):
    assert line_kind(text) is kind


@pytest.mark.parametrize("text,header", [
    ("第A02版:要闻", ("A02", "要闻")), ("第02版：要闻综合 3 4", ("02", "要闻综合")), ("A2 要闻", ("A2", "要闻")),
    ("第A06版:教育 2021年7月5日 星期一", ("A06", "教育")), ("第A06版:教育 2021年7月5日召开会议", None),
    ("十版本的说明", None), ("当前版:04版", ("04", None)), ("04版", None),  # a reader's label says it is a page
])
def test_page_header(text, header):
    assert page_header(text) == header


def _lines(text):
    return rejoin(classify(clean(text).lines))


@pytest.mark.parametrize("lines,joined", [
    (["一二三四五六七八九十,与会嘉宾深入探讨气候变化等带来的挑", "战,共话“我的城”。"], "带来的挑战,共话“我的城”。"),
    (["——持续引进创新人才。加强同嵩山、", "黄河、神农等省实验室的对接。"], "加强同嵩山、黄河、神农"),
    (["马宇骏介绍,石家庄新能源发电量达", "到发电能力的54%。"], "发电量达到发电能力的54%。"),
    (["总投资约35.", "6亿元。"], "35.6亿元。"),
])
def test_rejoin_broken_paragraphs(lines, joined):
    out = _lines("\n\n".join(lines))
    assert len(out) == 1 and joined in out[0].text


def test_heading_is_not_glued_to_text():
    out = _lines("人类正在进入一个新时代,科技发展日新月异,我们要\n\n世界城地组织亚太区主席柯世贤：郑州是一座美丽的城市\n\n“我特别开心。”他说。")
    assert [line.kind for line in out] == [Kind.TEXT, Kind.HEAD, Kind.TEXT]


def test_glued_credits_are_cut_off():
    out = _lines("本报讯(记者 苏瑜)近日,市领导到上街区调研。\n\n让群众切实感受到党组织就在身边。正观新闻·郑州晚报记者 王译博")
    assert [(line.kind, line.text) for line in out] == [
        (Kind.BYLINE, "本报讯(记者 苏瑜)"), (Kind.TEXT, "近日,市领导到上街区调研。"),
        (Kind.TEXT, "让群众切实感受到党组织就在身边。"), (Kind.BYLINE, "正观新闻·郑州晚报记者 王译博")]

# --- bylines ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text,authors,others", [
    ("本报记者 杨丽萍 刘盼盼 杨柳", ["杨丽萍", "刘盼盼", "杨柳"], {}),
    ("郑报全媒体记者 张昕 王莹", ["张昕", "王莹"], {"publication": "郑州日报"}),
    ("正观新闻·郑州晚报记者 覃岩峰", ["覃岩峰"], {"publication": "郑州晚报"}),
    ("記者 董艷竹 袁帥", ["董艷竹", "袁帥"], {}),
    ("本报记者 党贺喜 王翠 通讯员 常程", ["党贺喜", "王翠"], {"correspondents": ("常程",)}),
    ("晚报首席记者 王一", ["王一"], {}),
    ("实习生 李华", ["李华"], {}),
    ("记者 李四/文 王五/图", ["李四"], {"photographers": ("王五",)}),
    ("张三 摄", [], {"photographers": ("张三",)}),
    ("文／陳美玲", ["陳美玲"], {}),
    ("【記者林小明／台北報導】", ["林小明"], {}),
    ("【聯合報/記者劉永祥/台北報導】", ["劉永祥"], {"publication": "聯合報"}),  # udn's byline: the paper leads
    ("記者程嘉文/台北報導/聯合報", ["程嘉文"], {"publication": "聯合報"}),  # … or closes it
    ("【中央社/記者王小明/台北報導】", ["王小明"], {"agency": "中央社", "publication": None}),
    ("聯合報記者胡經周/攝影", [], {"photographers": ("胡經周",), "publication": "聯合報"}),
    ("北京日报 | 记者 杨丽娟 美编 杨盼 康剑", ["杨丽娟"], {"editors": ("杨盼", "康剑"), "publication": "北京日报"}),
    ("編輯:劉瀟瀟 統籌:閆佳佳", [], {"editors": ("劉瀟瀟", "閆佳佳")}),
    ("责任编辑 王强", [], {"editors": ("王强",)}),
    ("特派記者賴錦宏/北京報導聯合報", ["賴錦宏"], {"publication": "聯合報"}),  # the paper run on, no slash
    ("乔天富张军荣报道", ["乔天富", "张军荣"], {}),  # two names run together, then 报道
    ("記者張文馨、鄭□、林銘翰/台北報聯合報", ["張文馨", "鄭□", "林銘翰"], {"publication": "聯合報"}),  # a box for a missing glyph
    ("中新网记者 宋宇晟 翻摄", [], {"photographers": ("宋宇晟",)}),  # re-photographed by
    ("記者︰脫芷晴", ["脫芷晴"], {}),  # the colon of vertical-text fonts
    ("图片由晚报记者张翼飞翻拍于郑州城市建设成就展,文字由晚报记者张改华采写。", ["张改华"], {"photographers": ("张翼飞",)}),
    ("■陈兆良报导", ["陈兆良"], {}),
    ("聯合報/ 田方倫/博士生(台北市)", ["田方倫"], {"publication": "聯合報"}),  # an opinion page's writer
    ("报导、摄影:谭络瑜", ["谭络瑜"], {"photographers": ("谭络瑜",)}),  # roles, a colon, the names
    ("文:王大明", ["王大明"], {}),
    ("記者鄧厚仁報道", ["鄧厚仁"], {}),
    ("□热心读者 石晓峰", ["石晓峰"], {}),  # a marker, a writer word, the name
    ("社長于趾琴", ["于趾琴"], {}),  # the paper's head signing a piece
    ("記者 王禹 澳門報道", ["王禹"], {}),  # where the reporter filed from is no name
    ("第一届《侨报小记者报》主编李瑞涵", ["李瑞涵"], {}),  # which term, which paper, then the editor
    ("本报评论员 李拯", ["李拯"], {}),
    ("■ 侨报记者 张晶", ["张晶"], {"publication": "侨报"}),  # a short paper name before the role
    ("■柔州採訪主任陳效傑", ["陳效傑"], {}),  # a bureau's chief reporter, the bureau's state before the role
    ("■柔佛州專題策劃主任蘇蓮珍", ["蘇蓮珍"], {}),  # a desk's chief signing a column
    ("河南经济报记者 付瑞清 王健", ["付瑞清", "王健"], {"publication": "河南经济报"}),
    ("中央社記者董俊志攝 110年3月5日", [], {"photographers": ("董俊志",)}),  # the day the photo was taken
])
def test_parse_byline(text, authors, others):
    credits = parse_byline(text)
    assert list(credits.authors) == authors
    for field, value in others.items():
        assert getattr(credits, field) == value


@pytest.mark.parametrize("text", [
    "记者从省农业农村厅获悉", "航空港实验区党工委书记 张俊峰", "本报记者", "他对记者说今年很忙",
    "■出门看天", "◎雪天即景",  # column tags and kickers behind a marker
    "深度报道", "综合报道", "聯合報/ 社論/ 兩岸",  # section labels, not writers
    "图片由他拍摄",  # the verb 拍摄, not a name
    "读者来信", "本报评论员文章",  # a writer word glued to a word: a headline
])
def test_prose_is_not_a_byline(text):
    assert parse_byline(text) is None


def test_leading_and_trailing_credits():
    assert split_leading_credit("本报讯(记者 赵冬)昨日,")[0] == "本报讯(记者 赵冬)"
    assert split_leading_credit("新华社北京9月18日电(记者 许可)今年")[1].agency == "新华社"
    assert split_leading_credit("據新華社電 特區政府")[1].agency == "新華社"
    assert split_trailing_byline("就在身边。正观新闻·郑州晚报记者 王译博")[1] == "正观新闻·郑州晚报记者 王译博"
    assert split_trailing_byline("他说。这是记者了解到的情况") is None

# --- dates, script ---------------------------------------------------------------------------


@pytest.mark.parametrize("text,iso", [
    ("2024-09-19", "2024-09-19"), ("2024/09/19", "2024-09-19"), ("2024年9月19日 星期四", "2024-09-19"),
    ("二〇二四年九月十九日", "2024-09-19"), ("民國113年9月19日", "2024-09-19"), ("9月19日", None),
    ("2024-13-45", None), ("2023–08–15", "2023-08-15"),  # a blog theme's typographic dashes
])
def test_parse_date(text, iso):
    found = parse_date(text)
    assert (found[0] if found else None) == iso


def test_dates_from_paths_and_urls():
    assert date_from_path("zzrb/20240919_02.txt").date == "2024-09-19"
    assert date_from_path("000_296d3495bee0e4b2.txt").date is None
    assert date_from_url("http://x.cn/html/2023-05/30/content_1.htm").date == "2023-05-30"


@pytest.mark.parametrize("text,script", [
    ("鄭州在引領中國式現代化建設河南實踐中跑出加速度", "hant"), ("郑州在引领中国式现代化建设河南实践中跑出加速度", "hans"),
    ("郑州", "hans"), ("", "hans"),
])
def test_detect_script(text, script):
    assert detect_script(text) == script


def test_detect_script_reads_the_first_sample_han_characters_only():
    lead = "，a1 " + "在中" * (SCRIPT_SAMPLE // 2 - 2)  # characters of both scripts
    assert detect_script(lead + "郑州郑州" + "鄭" * 9) == "hans"  # 鄭 comes after the sample
    assert detect_script(lead + "郑鄭鄭鄭") == "hant"
    assert detect_script(lead + "郑鄭鄭鄭" + "郑" * 9) == "hant"


# --- browsing terms: segmentation ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "奋力开创现代化美丽登封建设新局面\n——访登封市委书记王鸿勋",
    "世界城地组织亚太区2024年理事会暨第二次执行局会议在郑州举行,郑州与亚太地区城市再续友谊佳话。",
    "截至10月22日,全省小麦已播4855万亩。近期降雨带来良好墒情,科创、文旅与冷链齐发力。",
    "颱風過境全台停班停課 ASPAC 3.5% a-b_c.d #1 &",  # Latin and digit runs, traditional
    "", "。", "郑",
])
def test_tokens_are_jiebas_words(text):
    """keywords._tokens cuts with jieba-rs for speed: it must give jieba's own Han words, in
    default and in search mode."""
    import jieba

    def han(tokens):
        return [t for t in tokens if re.fullmatch("[\u4e00-\u9fd5]+", t[0])]

    assert _tokens(text) == (han(jieba.tokenize(text)), han(jieba.tokenize(text, mode="search")))


def test_tokens_without_rjieba_are_the_same(monkeypatch):
    """Where rjieba does not install, jieba itself cuts: the same tokens, slower."""
    import builtins

    from reading_room.convert.meta import keywords

    text = fold((FIXTURES / "hk_style.txt").read_text("utf-8"))[:2000]
    fast = keywords._tokens(text)
    real_import = builtins.__import__
    monkeypatch.setattr(builtins, "__import__", lambda name, *a, **k: (_ for _ in ()).throw(ImportError(name))
                        if name == "rjieba" else real_import(name, *a, **k))
    keywords._search_cut.cache_clear()
    try:
        assert keywords._tokens(text) == fast and fast[0]
    finally:
        monkeypatch.undo()
        keywords._search_cut.cache_clear()


def test_tokens_are_jiebas_words_on_every_fixture():
    import jieba

    def han(tokens):
        return [t for t in tokens if re.fullmatch("[\u4e00-\u9fd5]+", t[0])]

    for path in sorted(FIXTURES.glob("*.txt")):
        text = fold(path.read_text("utf-8", errors="replace"))
        assert _tokens(text) == (han(jieba.tokenize(text)), han(jieba.tokenize(text, mode="search"))), path.name


# --- split -----------------------------------------------------------------------------------


def test_closing_byline_after_opening_byline_starts_second_story():
    page = "\n\n".join(["聚焦创新", "亚太伙伴相聚郑州", "本报记者 杨丽萍 杨柳", "正文一。", "柯世贤：郑州是一座美丽的城市",
                        "“我特别开心。”柯世贤说。", "本报记者 杨丽萍", "姜江：开展城市交往", "正文三。", "本报记者 刘盼盼"])
    drafts = split_articles(_lines(page)).articles
    assert [d.title.text for d in drafts] == ["亚太伙伴相聚郑州", "柯世贤：郑州是一座美丽的城市", "姜江：开展城市交往"]


def test_speaker_sections_stay_in_one_report():
    page = "\n\n".join(["为建设中心城市贡献力量", "各区负责同志踊跃发言(一)", "导语一段。", "郑报全媒体记者 张昕 王莹",
                        "经开区党工委书记 樊福太", "努力构建先进制造业基地", "发言正文。", "高新区党工委书记 王新亭",
                        "强化高新领创闯", "发言正文二。"])
    drafts = split_articles(_lines(page)).articles
    assert len(drafts) == 1 and drafts[0].subtitle.text == "各区负责同志踊跃发言(一)"


@pytest.mark.parametrize("text", ["星期四 2024年9月19日 农历八月十七", "郑州日报 2024年9月19日", "2024.09.19 星期四"])
def test_date_lines_are_credits(text):
    assert line_kind(text) is Kind.CREDIT


@pytest.mark.parametrize("text", ["今天是2024年9月19日,天气晴朗", "2024年9月19日召开会议"])
def test_dates_inside_prose_are_not_date_lines(text):
    assert line_kind(text) is not Kind.CREDIT


def test_navigation_naming_one_paper_implies_publication():
    from reading_room.convert.pipeline import convert_source

    page = "返回主页 | 郑州日报 | 版面导航\n\n公园开放\n\n本报记者 王五\n\n公园今日开放。\n"
    assert {a.publication for a in convert_source(page.encode(), "x.txt").articles} == {"郑州日报"}
    # Two papers: the one the page's own text names most, else the one the bar names first
    # (zynews prints the page's own paper first: `返回主页 | 郑州晚报 | 标题导航 | 郑州日报` on
    # Evening News pages, see tests/corpus/real-v1 files 01–10).
    two = "返回主页 | 郑州日报 | 版面导航 | 郑州晚报\n\n公园开放\n\n本报记者 王五\n\n公园今日开放。\n"
    assert {a.publication for a in convert_source(two.encode(), "x.txt").articles} == {"郑州日报"}
    named = two.replace("公园今日开放。", "《郑州晚报》记者看到,公园今日开放,《郑州晚报》读者前来。")
    assert {a.publication for a in convert_source(named.encode(), "x.txt").articles} == {"郑州晚报"}


@pytest.mark.parametrize("text,authors,photographers", [
    ("记者 张三 文/图", ["张三"], []), ("本报融媒体记者 李四 摄影报道", ["李四"], []),
    ("撰文 王五 摄影 赵六", ["王五"], ["赵六"]), ("本报高级记者 欧阳小明", ["欧阳小明"], []),
    ("（本报记者 孙晓 摄）", [], ["孙晓"]),
])
def test_more_credit_forms(text, authors, photographers):
    credits = parse_byline(text)
    assert list(credits.authors) == authors and list(credits.photographers) == photographers


def test_source_yml_encoding_hint_wins_over_detection():
    text = "丁丁丁丁丁丁丁丁"  # too rare for detection to be sure
    decoded = decode(text.encode("big5hkscs"), hint="big5")
    assert decoded.text == text and decoded.encoding == "big5hkscs"


# --- evidence beyond the line (tests/corpus): page chrome as borders, repetition, context ---

def _convert(text):
    from reading_room.convert.pipeline import convert_source
    return convert_source(text.encode(), "x.txt")


def test_a_headline_list_above_the_nav_bar_is_debris_and_the_article_keeps_its_own_headline():
    page = ("第01版:封面\n甲地新建三座公园\n乙地开通两条公交线\n丙地举办秋季运动会\n\n"
            "返回主页 | 郑州日报 | 版面导航 | 郑州晚报\n上一期  下一期\n"
            "我在报上发表的第一篇文章\n\n刘洪\n\n今年7月1日是本报创刊70周年。作为郑州人,我和本报有着几十年的情缘。\n")
    result = _convert(page)
    [article] = result.articles
    assert article.title == "我在报上发表的第一篇文章" and article.authors == ("刘洪",)
    assert {d.span.raw for d in result.debris if d.rule == "headline_list"} >= {"甲地新建三座公园", "丙地举办秋季运动会"}
    assert article.publication == "郑州日报"


def test_a_byline_over_two_lines_is_one_byline():
    page = "城市的温度\n正观新闻·郑州晚报记者\n董艳竹 张玉东/文 廖谦/图\n今天迎来创刊74周年的重要日子,让我们一同聆听老友的祝福。\n"
    [article] = _convert(page).articles
    assert article.authors == ("董艳竹", "张玉东") and article.photographers == ("廖谦",)


def test_a_short_line_printed_twice_is_a_headline_even_with_a_question_mark():
    page = ("今日新聞 社論 評論 專題報導 自由廣場 報社簡介 回首頁\n"
            "為台灣拚經濟 卻開放晶圓廠登陸…這不是矛盾嗎?\n拿出魄力處罰晶圓偷跑業者!\n國營企業登陸就可以存活嗎?\n\n\n"
            "為台灣拚經濟 卻開放晶圓廠登陸…這不是矛盾嗎?\n\n☉張國財\n\n以子之矛,攻子之盾的寓言,大家耳熟能詳。\n")
    result = _convert(page)
    [article] = result.articles
    assert article.title == "為台灣拚經濟 卻開放晶圓廠登陸…這不是矛盾嗎?" and article.authors == ("張國財",)
    assert "menu" in {d.rule for d in result.debris}
    assert "拿出魄力" not in article.body


def test_a_bare_date_line_is_no_date_but_a_paper_on_the_line_is():
    assert {a.date for a in _convert("2026-01-23\n公园开放\n本报记者 王五\n公园今日开放,市民前来。\n").articles} == {None}
    dated = _convert("1986年5月13日人民日报 第3版\n公园开放\n本报记者 王五\n公园今日开放,市民前来。\n").articles
    assert {(a.date, a.publication) for a in dated} == {("1986-05-13", "人民日报")}


def test_a_reprint_posting_time_is_not_the_page_date_unless_it_names_the_paper():
    stamp = _convert("公园开放\n来源: 新华网 时间: 2023-01-10 10:31:53\n公园今日开放,市民前来游览。\n").articles
    assert {a.date for a in stamp} == {None}
    named = _convert("公园开放\n2009年03月04日09:42  郑州日报\n公园今日开放,市民前来游览。\n").articles
    assert {(a.date, a.publication) for a in named} == {("2009-03-04", "郑州日报")}


@pytest.mark.parametrize("yml, message", [
    ("encoding: utf-9\n",
     "明报/source.yml: encoding 'utf-9' is not a known codec"
     " (use a Python codec name such as gb18030, big5hkscs or utf-8)"),
    ("publication: 明報\nfiles:\n  0919.txt: {encoding: big-5}\n",
     "明报/source.yml: files.0919.txt: encoding 'big-5' is not a known codec"
     " (use a Python codec name such as gb18030, big5hkscs or utf-8)"),
])
def test_source_yml_unknown_encoding_is_an_error(yml, message):
    """A misspelt encoding would be skipped at decode time without a word: refuse it early."""
    with pytest.raises(SettingsError) as raised:
        parse_source_yml(yml, "明报/source.yml")
    assert str(raised.value) == message


@pytest.mark.parametrize("label", ["gb2312", "GBK", "big5", "big5hkscs", "gb18030", "utf-8"])
def test_source_yml_legacy_encoding_labels_stay_valid(label):
    folder = parse_source_yml(f"encoding: {label}\nfiles:\n  0919.txt: {{encoding: {label}}}\n")
    assert folder.default.encoding == label and folder.for_file("0919.txt").encoding == label


def test_a_line_pipe_separated_like_a_story_is_not_a_bar():
    spans, debris = clean_line(1, "颱風蘇拉|開學勢打風?蘇拉已增強為超強颱風 天文台本周中期考慮是否掛波")
    assert not debris and spans


def test_this_papers_own_news_lead_names_no_publication():
    assert split_leading_credit("【本報訊】八月份的人口普查初步結果顯示")[1].publication is None
    assert split_leading_credit("【明報專訊】八月份的人口普查初步結果顯示")[1].publication == "明報"
    assert split_leading_credit("【on.cc東網專訊】屯門今晨11時58分,一輛輕鐵列車駛離")[1].publication == "on.cc東網"
    assert split_leading_credit("【本报消息】磅湛省省长翁占达表示")[0] == "【本报消息】"


def test_a_headline_run_into_its_dateline_is_cut_off_as_the_title():
    page = "第一版\n去年事故涉軟件供應商\n電訊不被歸責 【本報訊】電訊管理局局長陶永強表示,澳門電訊已繳交罰款。\n"
    [article] = _convert(page).articles
    assert (article.kicker, article.title) == ("去年事故涉軟件供應商", "電訊不被歸責")
    assert article.body.startswith("電訊管理局局長")  # the dateline `【本報訊】` is the article's credit
    assert article.publication is None


def test_a_label_printed_over_every_item_is_page_meta_and_each_item_is_an_article():
    items = [("政客论述,信者自负", "从来都不敢对政治人物寄予厚望,因吊诡的政术语背后皆拥有千丝万缕的议程,其变幻莫测"),
             ("做做样子,何须认真?", "早前,森州行动党亚沙区国会议员和教育部副部长高举大旗,打算来场第一场的政治辩论"),
             ("血统传说", "活到今天才惊觉,原来在马来西亚血统是从政者可不可以获得支持的重要因素,就如春秋时代")]
    page = "".join(f"{title}\n\n东方文荟\n\n{teaser}...\n\n阅读全文\n\n" for title, teaser in items)
    result = _convert(page)
    assert [a.title for a in result.articles] == [t for t, _ in items]
    assert all("东方文荟" not in a.body and "..." not in a.body for a in result.articles)


def test_a_reprint_with_no_printed_headline_takes_its_original_title_line():
    page = "来源:郑州晚报\n\n  原标题:《坐地铁看郑州 每一个瞬间都有故事》\n\n  河南郑州的地铁线网不断延伸,承载着成千上万追梦者的希望与机遇。 郑报全媒体记者 马健 摄\n"
    [article] = _convert(page).articles
    assert article.title == "坐地铁看郑州 每一个瞬间都有故事" and article.title_source == "original-title line"


def test_a_long_line_over_a_date_and_source_line_is_the_headline_and_a_papers_lead_names_it():
    page = ("您的位置: E家通微社区> 正文\n\n人山人海、日夜奋战,“滩涂湿地”变身“鱼米之乡”!万顷沙围垦历史,你知道多少?\n\n"
            "2024-09-10 21:37 来源:大洋网\n\n信息时报讯(记者 崔小远 通讯员 陈白虹)茫茫滩涂上,围垦建设者肩挑手扛,用青竹丈量土地。\n")
    [article] = _convert(page).articles
    assert article.title.startswith("人山人海") and article.authors == ("崔小远",)
    assert article.correspondents == ("陈白虹",)


def test_an_issues_page_list_is_page_meta_and_names_no_page():
    pages = "".join(f"A{n:02d}版:{s}\n\n" for n, s in [(1, "重点"), (2, "要闻"), (3, "要 闻"), (16, "封底")])
    page = pages + "市区新添三座口袋公园\n\n记者 王晓\n\n本报讯 市区三座口袋公园昨日开放,市民可就近休闲。\n"
    [article] = _convert(page).articles
    assert article.title == "市区新添三座口袋公园" and article.page is None
    assert "版" not in (article.kicker or "") + (article.subtitle or "") + article.body
    assert page_header("02版:要 闻") == ("02", "要闻") and page_header("3版:记者王某说,今天") is None


def test_a_headline_printed_on_one_line_over_its_lines_is_dropped_once():
    page = ("出席第二次会晤并进行国事访问 主席抵达金奈 与总理举行会见\n出席第二次会晤\n并进行国事访问\n主席抵达金奈\n与总理举行会见\n\n"
            "新华社金奈10月11日电(记者孙勇)\n\n国家主席11日在金奈会见印度总理。\n")
    result = _convert(page)
    [article] = result.articles
    assert article.kicker == "出席第二次会晤" and article.subtitle == "与总理举行会见"
    assert [d.span.raw for d in result.debris if d.rule == "headline_flattened"] == [page.splitlines()[0]]


def test_a_saved_pages_title_line_over_the_headline_is_debris():
    page = "绵延三十年 剪不断的情缘-中国青年报\n2013年04月27日 星期六\n\n绵延三十年 剪不断的情缘\n\n本报记者 崔丽\n\n“海运仓2号”是付勇从高中起就牢记的地址。\n"
    result = _convert(page)
    [article] = result.articles
    assert article.title == "绵延三十年 剪不断的情缘" and article.authors == ("崔丽",)
    assert {d.span.raw for d in result.debris if d.rule == "page_title"} == {"绵延三十年 剪不断的情缘-中国青年报"}


def test_headlines_run_into_their_stories_open_articles():
    wide = "中国第二台核电机组并网发电 年发电能力近百亿度   1月1日22时35分,福清核电6号机组首次并网成功,开始向电网送电。\n"
    digest = ("罕病女童笑着以手代步 来自民都鲁中华二校的9岁女孩学会了以双手代步,并以乐观的态度探索世界。\n"
              "砂航天宏图迈出第一步 由砂政府持有的航空控股公司正式完成接管,并定于1月1日起生效。\n"
              "年关近大小事接连上演 年末政坛风起云涌,同时低洼地区居民需严加防范闪电水患。\n")
    assert [a.title for a in _convert(wide).articles] == ["中国第二台核电机组并网发电 年发电能力近百亿度"]
    got = _convert(digest).articles
    assert [a.title for a in got] == ["罕病女童笑着以手代步", "砂航天宏图迈出第一步", "年关近大小事接连上演"]
    assert got[1].body.startswith("由砂政府持有")
    # One such line alone, and a dateline before a space, are not headlines run in.
    alone = "市区新添公园 市区三座口袋公园昨日开放,市民可就近休闲,周末游人如织。\n下午天气转晴,游人更多了。\n"
    assert _convert(alone).articles[0].title is None
    lead = "本报讯(记者 陈晨 通讯员 赵磊)记者昨日从市工信局获悉,前三季度产量增长三成。\n本报讯(记者 陈晨) 又讯,订单饱满,生产线满负荷运转,工人三班倒。\n"
    assert all(a.title is None for a in _convert(lead).articles)


def test_a_credit_line_of_role_groups_and_a_title_naming_its_columnist():
    found = parse_byline("文|陳虹瑾 蔣宜婷 攝影|攝影組 文|劉修彣")
    assert found.authors == ("陳虹瑾", "蔣宜婷", "劉修彣") and found.photographers == ("攝影組",)
    assert parse_byline("文化|旅游 报道") is None
    for title, name in [("【葉慶元觀點】只有民進黨大敗", "葉慶元"), ("大公報|郭一鳴:質素與公平", "郭一鳴"),
                        ("新加坡的务实精神/利亮时", "利亮时")]:
        [article] = _convert(f"{title}\n\n民主政治的常态,是政党轮替与相互制衡,选民用选票表达意见。\n").articles
        assert article.authors == (name,), title
    for title in ("聯合報黑白集／吳石變綠營助選員？", "砂元首:迎新不忘反思感恩"):
        [article] = _convert(f"{title}\n\n民主政治的常态,是政党轮替与相互制衡,选民用选票表达意见。\n").articles
        assert article.authors == (), title



def test_a_paper_name_needs_evidence_that_it_is_one():
    from reading_room.convert.meta.papers import paper_mentions, plausible_paper
    mentions = paper_mentions(["文章散见于《读者》《平顶山晚报》", "平顶山日报    平顶山晚报", "当旅游结缘晚报",
                               "( 2019-10-12 ) 稿件来源:新华每日电讯 要 闻"])
    assert {"平顶山晚报", "平顶山日报", "新华每日电讯"} <= mentions and "当旅游结缘晚报" not in mentions
    assert plausible_paper("我与平顶山晚报", mentions) == "平顶山晚报"
    assert plausible_paper("当旅游结缘晚报", mentions) is None  # a column's name, not a paper
    assert plausible_paper("郑州晚报", mentions) == "郑州晚报" and plausible_paper("新华每日电讯", mentions) == "新华每日电讯"


BODY = "民主政治的常态,是政党轮替与相互制衡,选民用选票表达意见。\n"


@pytest.mark.parametrize("text,paper", [
    ("聯合報社論／馬年奔騰，期待台灣擺脫對峙虛耗之局\n\n" + BODY, "聯合報"),  # the paper's own column label
    ("南洋商报-财经/要闻20240407\n\n大马半世纪卓越绩效\n\n" + BODY, "南洋商报"),  # a masthead line
    ("迎马年 旅游局12地办活动\n\n" + BODY + "~以上新闻转载自世界日报~\n", "世界日报"),  # a reprint note
    ("星洲日报~全国_-_04_04_2024\n\n元首接見蔡志權\n\n" + BODY, "星洲日报"),  # an e-paper file's title line
    ("新加坡的务实精神\n\n" + BODY + "原文刊登于《联合早报》2023年1月9日\n", "联合早报"),  # where the text first ran
    ("在“指尖滑动”时代偏爱一纸墨香\n\n当前报纸名称:南阳晚报\n\n" + BODY, "南阳晚报"),  # an e-paper reader's field
    ("心愿\n\n《 舟山晚报 》( 2025年12月18日 第 02 版 )\n\n" + BODY, "舟山晚报"),
    ("女儿出嫁\n\n2019年06月15日08:18  来源：人民网-文化频道\n\n" + BODY, "人民网"),  # the site, not its channel
    ("金融委定调\n\n2019-09-26 12:11 来源：证券时报网 作者：李在山\n\n" + BODY, "证券时报网"),  # the site, not the paper  # the citation line, 第 before the page
    ("小记者“跑”两会\n\n" + BODY + "2024-02-03 2 2 周口晚报 content_226314.html 1 小记者“跑”两会 /enpproperty-->\n",
     "周口晚报"),  # the e-paper system's properties, left as text
    ("华社服务\n\n光华日报创办至今已历时113年,本报董事主席强调光华日报必须存在。\n\n"
     "大使周四率代表团到访光华日报,获董事部成员迎接。\n", "光华日报"),  # the paper speaks of itself
    ("返回主页 | 郑州晚报 | 标题导航 | 郑州日报\n\n球场上的青春\n\n郑报全媒体记者 翟宝宽\n\n" + BODY, "郑州晚报"),
    ("人山人海话围垦\n\n2024-09-10 21:37 来源:大洋网\n\n信息时报讯(记者 崔小远)" + BODY, "信息时报"),
    ("市区新添口袋公园\n\n2024-09-10 21:37 来源:大洋网\n\n" + BODY, "大洋网"),  # no paper named: the site
    ("从一则新闻说起\n\n作者: 蒲公英(原载于《商报》)\n\n" + BODY, "商报"),  # a one-character paper name
    ("致读者:《中文导报》乔迁\n\n《中文导报》编辑部\n\n在《中文导报》即将迎来创刊30周年之际," + BODY, "中文导报"),  # its editors sign
    ("業界研直接到內地農場取豬\n\n(星島日報報道)" + BODY, "星島日報"),  # its own report
    ("沒出息才會把 TikTok 看作民主威脅\n\n2025-10-16 00:01 聯合報/ 田方倫/博士生(台北市)\n\n" + BODY, "聯合報"),
])
def test_publication_evidence_beyond_bylines(text, paper):
    assert {a.publication for a in _convert(text).articles} == {paper}


def test_a_byline_after_a_wide_gap_closes_the_paragraph():
    page = "山东菜篮子\n\n此次驰援,网友纷纷点赞……                      齐鲁晚报·齐鲁壹点记者 蔚晓贤 摄影报道\n"
    [article] = _convert(page).articles
    assert article.authors == ("蔚晓贤",) and article.publication == "齐鲁晚报" and "蔚晓贤" not in article.body


def test_an_index_pages_teasers_with_their_date_and_credit_after_the_headline_are_articles():
    items = [("中聯辦召開全國兩會精神傳達會 鄭新聰:澳門與國家命運與共", "中央政府駐澳門聯絡辦公室今日下午召開傳達會,主任在講話中指出⋯"),
             ("以奇遇為題 澳門藝術節五月舉行 預算約2,490萬 展演19套節目", "第三十四屆澳門藝術節將於5月3日起舉行,涵蓋戲劇、戲曲、舞蹈⋯")]
    page = "".join(f"{title} 2024年03月13日|文:論盡採訪組\n\n{teaser}\n\n" for title, teaser in items)
    result = _convert(page)
    assert [a.title for a in result.articles] == [t for t, _ in items]
    assert all("論盡採訪組" not in a.body for a in result.articles)
    assert {a.date for a in result.articles} == {None}  # a teaser's posting date is not the page's


def test_a_breadcrumb_before_a_source_line_and_share_instructions_are_debris():
    page = ("申进科：感恩洛阳日报\n您当前的位置 ： 洛阳网 > 新闻中心 > 资讯速递  来源: 大象新闻 2025.08.10 08:17\n"
            "用微信“扫一扫”，点击右上角分享按钮\n即可将网页分享给您的微信好友或朋友圈。\n\n  河南洛阳，十三朝古都，历来是军事要地。\n")
    result = _convert(page)
    [article] = result.articles
    assert article.body == "河南洛阳，十三朝古都，历来是军事要地。"
    rules = {d.span.raw.strip(): d.rule for d in result.debris}
    assert rules["您当前的位置 ： 洛阳网 > 新闻中心 > 资讯速递"] == "breadcrumb"
    assert rules["即可将网页分享给您的微信好友或朋友圈。"] == "promo"


def test_a_headline_after_a_read_more_link_opens_the_next_teaser_and_a_marked_name_opens_its_text():
    page = ("自由廣場》議員初選 試辦手機民調\n\n◎ 施喻琁 民進黨直轄市議員初選民調將自今天起執行,筆者建議試辦手機民調。 […]\n\n閱讀全文\n\n"
            "社論》全球化斷鏈的新挑戰\n\n一九七八年,中國打出改革開放旗號,全球化進展迅速,美麗新世界似乎降臨人間。 […]\n\n閱讀全文\n")
    got = _convert(page).articles
    assert [a.title for a in got] == ["自由廣場》議員初選 試辦手機民調", "社論》全球化斷鏈的新挑戰"]
    assert got[0].authors == ("施喻琁",) and got[0].body.startswith("民進黨直轄市議員")
    assert got[1].authors == () and "閱讀全文" not in got[0].body + got[1].body
    glued = "醫管局通過增急症室收費\n醫管局大會通過公立醫院收費檢討建議,提高急症室收費。\n詳細內容 »政黨促政府回購領展\n有政黨擔心領展出售資產成風,昨午到政府總部請願。\n"
    assert [a.title for a in _convert(glued).articles] == ["醫管局通過增急症室收費", "政黨促政府回購領展"]
    closed = ("中華民國的警察主管機關是內政部警政署。各縣市設有警察局。(資料來源:維基百科)\n\n"
              "機車不見先別慌 大武警提醒先確認鑰匙與停放位置\n\n機車是台灣民眾日常生活中不可或缺的交通工具,多數家庭至少擁有一輛。詳全文>>\n\n"
              "氣候宜人勤宣導 都蘭派出所深入社區推廣交通安全\n\n日前天氣晴朗、氣候宜人,都蘭派出所前往東河鄉推廣交通安全。詳全文>>\n\n"
              "萬里大鵬足湯公園爆肢體衝突!兩對夫婦扭打掛彩進警局\n")
    # two teasers, each closed by its read-more link at the end of its line: an index after a blurb
    assert [a.title for a in _convert(closed).articles][1:] == ["機車不見先別慌 大武警提醒先確認鑰匙與停放位置",
                                                                "氣候宜人勤宣導 都蘭派出所深入社區推廣交通安全"]


def test_names_that_name_no_person_are_never_credited():
    from reading_room.convert.meta.bylines import looks_like_name
    assert not looks_like_name("封底") and not looks_like_name("南洋网") and looks_like_name("封小明")
    assert not looks_like_name("明報聲明") and looks_like_name("陳方安生")  # a notice's headline; a married name
    page = "李海峰慰侨之旅\n\n记者 王晓\n\n国侨办主任李海峰抵达巴黎,看望当地侨胞。中新社发 吴卫中 摄\n"
    [article] = _convert(page).articles
    assert article.photographers == ("吴卫中",) and article.authors == ("王晓",)
    page = "马来主考官怒骂华印学生\n\n●南洋网\n\n一名马来主考官在考场上怒骂华裔与印裔学生,引起家长不满。\n"
    [article] = _convert(page).articles
    assert article.authors == () and "南洋网" not in article.body


def test_a_writers_name_over_her_position_is_the_byline_and_a_cut_last_line_is_text():
    page = ("廖書蘭:《文匯報》一份有溫度的報紙\n\n2023-09-07\n廖書蘭\n香港珠海學院亞洲研究中心研究員\n\n"
            "時光荏苒,欣聞香港《文匯報》75周歲啦!作為長期的專欄作者,我感覺報紙很有溫度。\n")
    [article] = _convert(page).articles
    assert article.title == "廖書蘭:《文匯報》一份有溫度的報紙" and article.authors == ("廖書蘭",)
    assert article.body.startswith("時光荏苒") and "研究員" not in article.body
    page = ("【汪葛雷觀點】柯文哲勿繼續找國民黨碴\n柯文哲1月18日下午與民眾黨主席等人出席見面會,受到關注。\n2026-01-20\n"
            "【葉慶元觀點】只有民進黨大敗 才能解決憲政僵局\n但是賴總統拒絕協商,先是推動大\n")
    got = _convert(page).articles
    assert [a.title for a in got] == ["【汪葛雷觀點】柯文哲勿繼續找國民黨碴", "【葉慶元觀點】只有民進黨大敗 才能解決憲政僵局"]
    assert got[1].body == "但是賴總統拒絕協商,先是推動大" and got[1].authors == ("葉慶元",)


def test_the_papers_column_label_before_a_title_with_a_comma_makes_a_headline():
    page = "聯合報社論／馬年奔騰，期待台灣擺脫對峙虛耗之局\n\n送走狂舞的金蛇，我們迎來了奔騰的馬年。金蛇的標記，是燦爛與不安。\n"
    [article] = _convert(page).articles
    assert article.title == "聯合報社論／馬年奔騰，期待台灣擺脫對峙虛耗之局" and article.publication == "聯合報"
    assert [a.title for a in _convert("我来说两句 0条评论 0人参与,\n\n送走狂舞的金蛇，我們迎來了奔騰的馬年。\n").articles] == [None]


def test_a_photo_credit_between_paragraphs_credits_the_story_and_opens_none():
    page = ("一審有罪 扁才下台\n\n【聯合報/記者劉永祥/台北報導】\n\n國務機要費案起訴後,陳水扁總統昨天舉行記者會公開回應。\n\n"
            "記者胡經周/攝影\n\n遭檢方認定涉嫌貪汙的陳水扁總統昨晚舉行記者會,宣示他立即下台。\n")
    [article] = _convert(page).articles
    assert article.authors == ("劉永祥",) and article.photographers == ("胡經周",)
    assert article.publication == "聯合報" and "遭檢方認定" in article.body and "攝影" not in article.body


def test_a_bar_taken_in_with_the_headline_list_still_names_the_paper():
    page = ("面 试\n洛阳印象\n母 爱\n\n| 洛阳日报 | 洛阳晚报 | 版面导航 | 标题导航 |\n\n"
            "《洛阳晚报》评价网上调查>>>\n洛阳印象\n范克丙\n\n我的童年是在豫西山区度过的。小时候跟大人一起回过几次洛阳。\n")
    [article] = _convert(page).articles
    # Two papers on the bar: the one the page's own lines name (`《洛阳晚报》`) is the page's.
    assert article.title == "洛阳印象" and article.publication == "洛阳晚报"


def test_a_founder_readers_field_lines_and_a_caption_above_the_byline():
    page = ("电子报阅读机\n2026-01-23\n当前报纸名称:南阳晚报\n\n在“指尖滑动”时代偏爱一纸墨香\n\n日期:12-24\n"
            "版面:第W4版:南阳社会\n\n刘潇潇(右一)指导学生比对《南阳晚报》学习手绘画版\n\n本报记者 王蕾 文/图\n\n"
            "“在新媒体浪潮席卷的今天,指尖滑动间尽是碎片化信息。”初见刘潇潇,她正在指导学生手绘版式。\n")
    result = _convert(page)
    [article] = result.articles
    # The caption says who stands where (`(右一)`): text under the headline, not the headline.
    assert article.title == "在“指尖滑动”时代偏爱一纸墨香" and article.authors == ("王蕾",)
    assert article.page == "W4" and article.publication == "南阳晚报" and "指导学生比对" in article.body


def test_an_unsigned_columns_paper_line_is_its_credit_and_the_next_items_headline_is_not_text():
    page = ("聯合報黑白集／吳石變綠營助選員？\n\n聯合報／ 黑白集\n\n"
            "國民黨主席鄭麗文日前出席白色恐怖秋祭，因場內出現高階共諜吳石照片，遭綠營砲轟。\n\n"
            "聯合報社論／朝野共商人事，才是解決政治僵局的根本之道\n")
    articles = _convert(page).articles
    assert articles[0].title == "聯合報黑白集／吳石變綠營助選員？" and articles[0].publication == "聯合報"
    # `聯合報／ 黑白集` names the paper and the column, no person; the last line opens the next item.
    assert all("黑白集\n" not in a.body and "朝野共商人事" not in a.body for a in articles)


def test_a_newsletters_list_with_section_labels_is_its_headline_list():
    listed = ["今日頭條 全募兵跳票!延1年上路 影響82年次以前役男", "專題 冷眼集/募兵跳票 朝野騙選票結果",
              "重申主權 馬總統再提南海和平倡議", "要聞 破紀錄 台南登革熱周增近千例"]
    page = ("\n".join(listed) + "\n\n全募兵跳票!延1年上路 影響82年次以前役男\n記者程嘉文/台北報導/聯合報\n\n"
            "全募兵制再跳票,上路時間確定延後一年。國防部原訂明年起就停止徵兵。\n")
    result = _convert(page)
    [article] = result.articles
    # `今日頭條 ` is the list's section label: the item is the headline printed below it.
    assert article.title == "全募兵跳票!延1年上路 影響82年次以前役男" and article.kicker is None
    assert article.authors == ("程嘉文",) and article.publication == "聯合報"
    assert "台南登革熱" not in article.title + article.body


@pytest.mark.parametrize("text,kind", [
    ("黑白集/聯合報", Kind.CREDIT), ("聯合報／ 社論", Kind.CREDIT),  # a column and its paper: no person
    ("編譯/曹國維聯合報", Kind.BYLINE),  # a role and a name: a person
])
def test_a_column_and_its_paper_is_a_credit_a_role_and_a_name_a_byline(text, kind):
    assert line_kind(text) is kind


def test_a_short_byline_with_the_e_papers_citation_after_it_is_a_byline():
    page = ("绵延三十年 剪不断的情缘\n\n本报记者 崔丽 庄庆鸿 《 中国青年报 》( 2013年04月27日   04 版)\n\n"
            "三十年前,一群年轻人在这里相识,从此结下了剪不断的情缘。\n")
    [article] = _convert(page).articles
    assert article.authors == ("崔丽", "庄庆鸿") and article.title == "绵延三十年 剪不断的情缘"
    assert article.publication == "中国青年报" and article.page == "04"


def test_names_printed_one_a_line_are_no_headline():
    page = ("三十载共城长\n\n一代代报人讲述与城市同频共振的难忘经历\n青岛早报 2025年10月31日\n\n"
            "  王亚平\n\n  张建华\n\n  魏铌邦\n\n  三十载风雨兼程,三十载笔墨情深。散发着油墨香的《青岛早报》迎来她的“而立之年”。\n")
    [article] = _convert(page).articles
    # (Two headline lines read as kicker + title: which is the deck the shape does not say.)
    assert (article.kicker, article.title) == ("三十载共城长", "一代代报人讲述与城市同频共振的难忘经历")
    assert "王亚平" not in article.title + article.body and "三十载风雨兼程" in article.body


def test_a_sites_logo_text_at_the_top_names_the_site_when_no_paper_is_named():
    menu = "星洲網\n星洲網\n星洲網 登入\nNewsletter|星洲網 Newsletter 聯絡我們|星洲網 聯絡我們\n\n"
    story = "塔辛重游曼谷唐人街\n\n报道说,此次访问是塔辛时隔19年后首次重返耀华力,亦是他自回国以来的首次。\n"
    [article] = _convert(menu + story).articles
    assert article.publication == "星洲網"
    # A paper the page names wins over the site it was saved from.
    [article] = _convert(menu + story + "\n來源:星洲日報\n").articles
    assert article.publication == "星洲日報"


def test_the_e_paper_systems_properties_and_a_browser_notice_are_not_text():
    page = ("為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。\n\n小记者“跑”两会\n\n" + BODY
            + "2024-02-03 2 2 周口晚报 content_226314.html 1 小记者“跑”两会 /enpproperty-->\n")
    [article] = _convert(page).articles
    assert article.title == "小记者“跑”两会" and "enpproperty" not in article.body and "Chrome" not in article.body


def test_a_headline_the_page_listed_leads_its_story_run_in():
    listed = "遵照华主席重要批示,立即采取有效措施 洛阳轴研所迅速改变运动落后面貌"
    page = (f"1978-04-16\n第 1 版\n1. {listed}\n"
            f"第1版()专栏: {listed} 编者按:英明领袖华主席对洛阳轴承研究所揭批“四人帮”的斗争所作的重要批示,象强劲的春风,吹遍了轴研所。\n")
    [article] = _convert(page).articles
    assert listed.replace(" ", "") in "".join((article.kicker or "") + article.title).replace(" ", "")
    assert article.body.startswith("编者按") and listed not in article.body


def test_a_listed_headline_block_flattened_into_one_line_is_kicker_title_and_deck():
    listed = "奥运会中国大力士不负众望 吴数德夺得金牌 赖润明在同一级别举重赛中获银牌"
    page = (f"1984-08-01\n第 1 版\n1. {listed}\n"
            f"第1版()专栏: {listed} 本报洛杉矶7月30日电 记者刘小明、吴骅报道:二十四岁的我国优秀举重运动员吴数德不负众望,"
            "在奥运会第二天的比赛中荣获第一名,为中国体育代表团夺得第三枚金牌。\n")
    [article] = _convert(page).articles
    assert (article.kicker, article.title, article.subtitle) == (
        "奥运会中国大力士不负众望", "吴数德夺得金牌", "赖润明在同一级别举重赛中获银牌")
    assert article.authors == ("刘小明", "吴骅") and article.body.startswith("二十四岁")
    two = "济源县注重抓农村精神文明建设 普及村规民约"  # two parts: which is the title, the line does not say
    page = f"1982-04-07\n1. {two}\n第1版()专栏: {two} 本报讯 中共河南省济源县委、县人民政府在全县范围内普及村规民约,社会风气明显好转。\n"
    assert _convert(page).articles[0].title == two
    decked = "国防部举行盛大招待会庆祝建军节 杨尚昆杨得志等出席,张爱萍主持招待会并致祝酒辞"  # a deck in clauses
    page = f"1984-08-01\n2. {decked}\n第1版()专栏: {decked} 本报讯 7月31日下午,国防部在人民大会堂举行盛大招待会,热烈庆祝建军节。\n"
    [article] = _convert(page).articles
    assert (article.title, article.subtitle) == tuple(decked.split())


def test_a_copyright_notice_names_the_paper_that_owns_the_page():
    page = "南方周末是什么\n\n" + BODY + "\n本作品的版权为南方周末或相关著作权人所有,任何第三方未经授权,不得转载。\n"
    assert _convert(page).articles[0].publication == "南方周末"
    page = "南方周末是什么\n\n" + BODY + "\n本作品版权归作者所有,未经授权不得转载。\n"
    assert _convert(page).articles[0].publication is None


def test_a_marked_credit_naming_a_site_is_the_stories_source():
    page = "槟州首长访问报社\n\n●南洋网\n\n" + BODY
    [article] = _convert(page).articles
    assert article.publication == "南洋网" and article.authors == () and "南洋网" not in article.body


def test_a_portals_posting_stamp_names_the_stories_source():
    page = "南都正传之2004年 成熟源自责任\n\n2006年12月26日09:29 南方新闻网\n\n" + BODY
    assert _convert(page).articles[0].publication == "南方新闻网"


def test_a_story_cut_off_after_its_lead_credit_keeps_its_words_as_text():
    listed = "扩大能源、交通、通信、原材料等部门生产能力 “七五”基建施工大中型项目九百多个"
    page = (f"1986-03-29\n第 1 版\n1. {listed}\n"
            f"第1版()专栏: {listed} 据新华社北京3月28日电 (记者徐耀中)根据赵紫阳总理提请六届全国人大四次会议审\n")
    [article] = _convert(page).articles
    assert article.title == listed and article.authors == ("徐耀中",)
    assert article.body == "根据赵紫阳总理提请六届全国人大四次会议审"


def test_a_headline_in_two_parts_asked_then_told_is_not_glued_to_its_text():
    page = "解铃还须系铃人? 杨荣文称推翻军政府缅恐成下个伊拉克\n\n" + BODY
    assert _convert(page).articles[0].title == "解铃还须系铃人? 杨荣文称推翻军政府缅恐成下个伊拉克"


def test_an_exclamation_under_a_section_label_is_the_headline():
    page = "dushi_top_nav_25\n\n新闻头条\n\n你接到的领事馆诈骗电话 真的领事馆也接到了!\n\n" + BODY
    [article] = _convert(page).articles
    assert article.title == "你接到的领事馆诈骗电话 真的领事馆也接到了!" and "dushi" not in article.body


def test_a_reporters_credit_ending_in_reported_opens_the_text():
    assert split_leading_credit("新华社记者戴国强报道:包干到户生产责任制使灾区群众")[1].authors == ("戴国强",)
    head, credits = split_leading_credit("本报讯 通讯员姚天征、记者朱习华报道:中共河南省济源县委")
    assert head == "本报讯 通讯员姚天征、记者朱习华报道:" and credits.correspondents == ("姚天征",)
    assert split_leading_credit("据美联社报道:今天") is None and split_leading_credit("记者调查报道:") is None


def test_a_name_before_three_headlines_is_the_columnist_once_it_is_a_speaker():
    items = ["这个地名有点娘", "桂花情结今犹在", "日军藏宝煤炭山"]
    page = "".join(f"雷子健:{t}\n\n{t}的故事要从一百年前说起,当年这里还是一片荒山野岭,后来才有了人家。\n\n" for t in items)
    assert [a.authors for a in _convert(page).articles] == [("雷子健",)] * 3
    once = "蔡崇正:樣樣第二 蒼祐一生二奶命\n\n他說自己一輩子都是第二名,從來沒有拿過第一,也從來不覺得可惜。\n"
    assert [a.authors for a in _convert(once).articles] == [()]


def test_an_archives_picture_note_and_forum_chrome_are_debris():
    page = ("上一主题 下一主题\n[复制链接]\n\n吴数德夺得金牌\n\n二十四岁的我国优秀举重运动员吴数德不负众望,荣获第一名。(附图片) 吴数德在抓举比赛中。\n")
    result = _convert(page)
    [article] = result.articles
    assert "附图片" not in article.body and "吴数德在抓举比赛中" in article.body
    assert {"(附图片)", "上一主题", "[复制链接]"} <= {d.span.raw.strip() for d in result.debris}


def test_closing_credits_of_saved_pages():
    # `(文/图 X Y)`: both wrote it and took its pictures; names alone in parentheses after the
    # last sentence; `《栏目》作者 X` on a line of its own.
    assert split_trailing_byline("共建清朗网络空间。(文/图 刘玺东 易赛楠)")[2].authors == ("刘玺东", "易赛楠")
    assert split_trailing_byline("南美站活动将先后在巴西、乌拉圭、阿根廷举行。（张巨峰）")[2].authors == ("张巨峰",)
    assert split_trailing_byline("会议在北京举行。（北京）") is None and split_trailing_byline("他说。（完）") is None
    assert parse_byline("《棱镜》作者 周纯").authors == ("周纯",) and parse_byline("作者 不详") is None
    assert parse_byline("文 张三") is None


def test_a_posting_time_before_a_byline_leaves_the_byline_its_names():
    from reading_room.convert.assemble import credits_in

    assert credits_in("2025/09/30 10:28 記者林哲遠／台北報導").authors == ("林哲遠",)
    assert credits_in("2024年9月19日 星期四") is None


def test_a_column_tag_and_a_headline_with_a_comma_stay_a_headline():
    lines = rejoin(classify(clean("我“悦”南周|每天打开的那个文件夹里,藏着爱\n\n坦率地说,我被南周首先吸引的是特稿,"
                                  "特稿的魅力,使我从碎片化阅读中抽身。\n").lines))
    assert [(line.kind, line.text[:6]) for line in lines] == [(Kind.HEAD, "我“悦”南周"), (Kind.TEXT, "坦率地说,我")]
    # a forum's and a paywall's chrome, a template's placeholders
    cleaned = clean("发新帖\n马上注册,结交更多好友,享用更多功能\n登录后获取更多权限\n{{ isview_popup.buttonText }}\n大字体\n正文。\n")
    assert [line.text for line in cleaned.lines] == ["正文。"]


def test_a_captions_photo_credit_after_a_comma_or_a_space():
    cut = split_trailing_byline("▲首都各界庆祝香港回归晚会,中新社发 王瑶 摄")
    assert cut[0] == "▲首都各界庆祝香港回归晚会" and cut[2].photographers == ("王瑶",) and cut[2].agency == "中新社"
    cut = split_trailing_byline("老读者带来了他在晚报刊登文章的剪报册 来源/新民晚报记者 张龙摄(下同)")
    assert cut[2].photographers == ("张龙",) and cut[2].publication == "新民晚报"
    assert split_trailing_byline("这张照片由他拍摄") is None
    # an exclamation closing the text, over the closing byline, is the text's
    lines = classify(clean("我们摄下了凭吊的镜头。\n历史一去不复返,但血写的历史我们不能忘记!\n乔天富张军荣报道\n").lines)
    assert [line.kind for line in lines] == [Kind.TEXT, Kind.TEXT, Kind.BYLINE]


def test_a_paper_named_in_a_paragraphs_opening_parentheses():
    head, credits = split_leading_credit("(星島日報報道)深圳清水河的供港活豬中轉站有豬隻感染非洲豬瘟。")
    assert head == "(星島日報報道)" and credits.publication == "星島日報" and not credits.authors
    assert split_leading_credit("(記者報道)深圳清水河的供港活豬中轉站。") is None


def test_a_forum_threads_counters_search_button_and_image_names_are_furniture():
    cleaned = clean("搜索\n查看: 2485|回复: 0\n2010129961728690.jpg     1948年4月9日创刊的新洛阳报\n")
    assert [line.text.strip() for line in cleaned.lines] == ["1948年4月9日创刊的新洛阳报"]
    assert {d.rule for d in cleaned.debris} >= {"url", "widget"}


@pytest.mark.parametrize("text", [
    "新年献词\n\n本报编辑部\n\n" + BODY,  # the paper's editors sign, naming no paper
    "【本網訊】港大學生會前會長涉嫌包圍校務委員會。" + BODY,  # "this site"
    "街坊新闻\n\n来源：本报\n\n" + BODY,
    "街坊新闻\n\n图片来源：东方IC 版权作品 请勿转载\n\n" + BODY,  # the picture's source, not the story's
])
def test_this_paper_and_this_site_are_no_publication(text):
    assert {a.publication for a in _convert(text).articles} == {None}


def test_a_portal_story_keeps_its_crossheads():
    # One date-and-source line under the page's headline: a portal's article page, whose later
    # headline blocks (even kicker / title / subtitle) are the story's crossheads.
    page = ("读懂广州·粤韵|幸福乐园七十载 侨心安处是此间\n\n2025-05-28 08:21 来源:大洋网\n\n"
            "位于环市东路的华侨新村,是新中国成立后全国第一个由政府策划、拨款和归侨集资兴建的华侨住宅区。\n\n"
            "华侨新村入口\n\n拿出好地建造好房\n\n新中国华侨第一村处处体现人文关怀\n\n"
            "广州是著名的侨乡,华侨文化历史悠久。据《广州市志》记载,早在唐宋时期就有广州人移居海外。\n")
    [article] = _convert(page).articles
    assert article.title == "读懂广州·粤韵|幸福乐园七十载 侨心安处是此间"
    assert "华侨文化历史悠久" in article.body
    # the same line over the first of several stories is the page's, not one story's
    page = ("高举旗帜 围绕大局\n\n2009-06-26 来源:光明日报\n\n光明六十年・光明颂歌\n\n光明颂・光明日报六十年感怀\n\n云杉\n\n"
            "时值光明日报六十周年之际,作为报纸的忠实读者,草成小诗四首以示祝贺。\n")
    assert [a.title for a in _convert(page).articles][-1] == "光明颂・光明日报六十年感怀"


def test_a_reporter_credit_in_parentheses_opens_a_paragraph():
    head, credits = split_leading_credit("(香港文匯報記者 顏晉傑 文森)這一夜，西洋菜南街行人專用區逼滿街頭藝人。")
    assert head == "(香港文匯報記者 顏晉傑 文森)" and credits.authors == ("顏晉傑", "文森")
    assert split_leading_credit("(記者從市教育局獲悉)今年秋季開學。") is None


def test_a_sites_app_and_page_promos_are_furniture_and_prose_asking_the_same_is_not():
    kept = [line.text for line in clean("第一手消息請下載on.cc東網\n想生活更精明，請讚好TOPick Facebook\n"
                                        "市民請關注天氣變化\n市民請下載表格填寫\n").lines]
    assert kept == ["市民請關注天氣變化", "市民請下載表格填寫"]


def test_a_run_of_headline_lines_longer_than_a_headline_is_a_list_over_the_story_headline():
    listed = ["聯合報社論 聯合報社論/坐視三立入股中嘉", "民意論壇 代孕?請先從孩子著想", "地方拒基地 因戰爭無分前後方",
              "國力決勝關鍵 要靠猛藥救生育", "發展知識經濟 需優質博班教育"]
    page = "\n".join(listed) + "\n\n聯合報黑白集\n聯合報黑白集/柯文哲的快嘴是非\n柯文哲以三份民調暗算國民黨,稱自己最有能力贏賴清德;另一頭,他卻連中綠營冷箭。\n"
    result = _convert(page)
    [article] = result.articles
    assert (article.kicker, article.title) == ("聯合報黑白集", "聯合報黑白集/柯文哲的快嘴是非")
    assert {d.span.raw for d in result.debris if d.rule == "headline_list"} >= set(listed[1:])


def test_two_whole_headlines_over_a_headline_are_other_stories_and_a_print_kicker_is_not():
    boxed = ["楊伯文告別SNL 最後短劇演到哭 亞莉安娜、雪兒同台送別", "勁球頭獎彩金上看16億 美國樂透史上第5高 22日開獎"]
    page = "\n\n".join([*boxed, "「世界佬」的手有餘香", "社長于趾琴",
                         "我是在一九七九年從上海移居到紐約的。在上海的時候，就養成了看報的習慣。"]) + "\n"
    [article] = _convert(page).articles
    assert (article.kicker, article.title, article.authors) == (None, "「世界佬」的手有餘香", ("于趾琴",))
    assert not any(b in article.body for b in boxed)
    # One 引题 over its 主题, however whole it reads, stays the kicker.
    page = "面积比去年大 质量比往年好\n\n东北三省水稻栽种结束\n\n本报讯 东北三省今年水稻栽种已经结束,面积比去年扩大。\n"
    [article] = _convert(page).articles
    assert (article.kicker, article.title) == ("面积比去年大 质量比往年好", "东北三省水稻栽种结束")


def test_an_unfinished_line_over_a_place_dateline_heads_the_next_story():
    page = ("陈开:庙宇的文化是砂拉越建国的一份子\n\n(古晋13日讯)巴达旺市议会主席陈开表示,圣德恩宫办了许多正面的慈善活动。\n\n"
            "2026年财政预算案拨款 砂华总呼吁政府秉持公平、公开原则,维护全民团结\n\n"
            "(古晋13日讯)砂拉越华总对联邦政府最新公布的2026年度财政预算案中,拨款分配不均,深表遗憾。\n")
    titles = [a.title for a in _convert(page).articles]
    assert titles == ["陈开:庙宇的文化是砂拉越建国的一份子", "2026年财政预算案拨款 砂华总呼吁政府秉持公平、公开原则,维护全民团结"]
    # On an OCR'd page, whose column breaks leave spaces, a dateline is never a run-in headline.
    from reading_room.convert.paragraphs import _run_in_head
    assert _run_in_head("(马六甲31日讯)政府虽宣布11月 起取消补贴肉鸡及不设顶价,不过, 肉鸡商有信心价格不会暴涨!", True) is None
    # The same line over a paragraph that opens no story stays text.
    page = page.replace("(古晋13日讯)砂拉越", "砂拉越")
    assert len(_convert(page).articles) == 1
    # A speaker and a quote may end in a full stop; a sentence over a dateline stays text.
    quoted = "曾俊凌:秀中文容易懂中文很难 这句道出大马教育与多元政策的最大矛盾。"
    page = "陈开:庙宇的文化是砂拉越建国的一份子\n\n(古晋13日讯)陈开表示,圣德恩宫办了许多正面的慈善活动。\n\n{}\n\n(古晋13日讯)首相安华宣布承认统考。\n"
    assert [a.title for a in _convert(page.format(quoted)).articles][-1] == quoted
    assert len(_convert(page.format("这句话道出了大马教育与多元政策的最大矛盾。")).articles) == 1


def test_a_place_or_beat_section_label_is_no_kicker_and_opens_the_next_story():
    page = ("卢虎:如果不是爪哇人\n\n【本报讯】海事与投资统筹部长卢虎提醒爪哇以外的族群,不要强迫自己成为总统候选人。\n\n"
            "他说,总统只有一个,在我看来,谁当总统那是天意。\n\n印尼要闻\n\n印尼向巴基斯坦灾民提供人道援助\n\n"
            "926日,佐科维总统偕同一群高官在雅加达哈林机场,共同处理向巴基斯坦难民提供物质援助。\n")
    articles = _convert(page).articles
    assert [(a.kicker, a.title) for a in articles] == [(None, "卢虎:如果不是爪哇人"), (None, "印尼向巴基斯坦灾民提供人道援助")]
    assert not any("印尼要闻" in a.body for a in articles)


def test_a_lone_label_over_a_full_headline_block_has_no_story_of_its_own():
    page = "媒体评说\n中国青年报\n\n新京报\n“神探”为何却办了“冤案”\n\n“浙江叔侄冤狱案”曝光后,当年侦办此案的女神探再次引起关注。\n"
    [article] = _convert(page).articles
    assert article.title == "“神探”为何却办了“冤案”" and "媒体评说" not in article.body


def test_a_saved_story_is_dated_by_its_posting_line_though_teasers_follow_it():
    page = ("<html><head><title>全球獨有的陀飛輪腕錶</title></head><body><h1>全球獨有的陀飛輪腕錶</h1>"
            "<p>18:56 2017/09/08</p><p>手錶向來是個人身份象徵,這隻腕錶由美國品牌所製造,售價為1.6億元。</p><p>責任編輯：李志強</p>"
            "<h3>候鳥來工業城市過冬</h3><p>記者 王小明</p><p>四川城規有啟示,候鳥每年來到工業城市過冬,市民紛紛前往觀賞。</p></body></html>")
    from reading_room.convert.pipeline import convert_source
    articles = convert_source(page.encode(), "story.html").articles
    assert [a.title for a in articles] == ["全球獨有的陀飛輪腕錶", "候鳥來工業城市過冬"]
    assert {(a.date, a.date_source) for a in articles} == {("2017-09-08", "explicit")}


def test_an_index_of_tagged_headlines_and_teasers_is_one_article_per_teaser():
    items = [("南腔北調|「跪低」的歐盟收到關稅信 意外嗎?", "當地時間7月12日,美國總統特朗普在社交平台發布了他寫給馮德萊恩的關稅信。"),
             ("久慧說法|遏止「軟對抗」須防微杜漸", "各類煽動反動情緒的洗腦文宣「軟對抗」仍層出不窮,應警惕反中亂港分子賊心不死。"),
             ("點網快評|國安家好 軍強民樂", "為何選擇「軍強民樂」為艦隊送行?這是香港市民對這次山東艦編隊的高度評價。")]
    page = "評論\n\n" + "".join(f"{head}\n\n{teaser}\n\n" for head, teaser in items)
    articles = _convert(page).articles
    assert [a.body for a in articles] == [t for _, t in items]
    assert all(head.endswith(a.title) for (head, _), a in zip(items, articles))


def test_teasers_opening_with_a_dateline_are_stories_of_their_own():
    page = ("出租边境领土予邻国耕种是违法行为\n\n【本报消息】柬埔寨副总理表示:柬越边界的居民禁止出租土地给越南人耕种。…\n\n"
            "快讯! 柬埔寨境内再增2例确诊\n\n   据柬埔寨卫生部最新发出的通告得知:磅湛省再确诊两例新冠肺炎。\n\n"
            "新增患者转至金边隔离治疗\n\n【本报消息】磅湛省省长翁占达表示,被确诊的游客已经转至金边。\n\n"
            "疫情冲击下:市场冷清、生意难做!\n\n【本报消息】一名游客在磅湛省被确诊的消息传开后,市场冷清。\n")
    titles = [a.title for a in _convert(page).articles]
    assert titles == ["出租边境领土予邻国耕种是违法行为", "快讯! 柬埔寨境内再增2例确诊", "新增患者转至金边隔离治疗",
                      "疫情冲击下:市场冷清、生意难做!"]


def test_an_aggregators_source_and_age_after_a_teaser_is_cut_off_as_a_credit():
    [text, stamp] = classify(clean("最近有網民分享港版日本鎌倉車站的照片,吸引很多人到訪「打卡」。am730 ・ 22 小時前").lines)
    assert text.kind is Kind.TEXT and text.text.endswith("「打卡」。")
    assert stamp.kind is Kind.CREDIT and stamp.text == "am730 ・ 22 小時前"


@pytest.mark.parametrize("head, paper", [("自由時報社論相關文章", "自由時報"), ("主题故事‧公园开放 | 中国报 China Press", "中国报")])
def test_a_section_heading_or_page_title_naming_the_paper_is_its_publication(head, paper):
    page = f"{head}\n\n公园开放\n\n公园今日开放,市民前来游览,园内花木繁盛,游人如织。\n"
    assert {a.publication for a in _convert(page).articles} == {paper}


def test_a_headline_under_an_archives_column_field_is_not_glued_to_its_text():
    page = ("1956年5月27日人民日报 第1版\n\n第1版()\n专栏:社论\n\n积极培养中医,壮大卫生工作队伍\n"
            "目前我国的卫生工作队伍,是由掌握现代医药知识的西医和掌握祖国医药知识的中医组成的。\n")
    [article] = _convert(page).articles
    assert article.title == "积极培养中医,壮大卫生工作队伍" and article.body.startswith("目前我国")


def test_short_items_each_under_a_one_line_headline_are_separate_stories():
    items = [("大嶼山海面發現海豚屍體", "早上9時許,水警在現場發現一條灰色、約1.71米海豚屍體。"),
             ("沙田電單車車禍男司機亡", "下午4時許,一輛電單車駛至斜路時失控撞車,警方正調查意外原因。"),
             ("亞視再發欠薪", "亞視欠薪問題未解決,亞視新聞部今日起削減新聞時段。"),
             ("市民聲援被捕少女", "數十名市民響應網上號召,到金鐘政府總部外聲援被捕的少女。")]
    page = "港聞\n\n" + "".join(f"{head}\n\n{item}\n\n" for head, item in items)
    assert [(a.title, a.body) for a in _convert(page).articles] == items
    # Sections of one story under subheads, each a long paragraph, stay one story.
    long = "他說,今年的工作重點是推動產業升級、擴大內需,並繼續加強社會保障,讓市民分享發展成果。" * 4
    feature = "一場改變城市的更新\n\n" + "".join(f"{head}\n\n{long}\n\n" for head, _ in items)
    assert len(_convert(feature).articles) == 1


def test_a_digest_items_headline_with_writer_paper_and_date_after_slashes():
    page = ("2018年09月30日各中文报章言论摘要\n\n给首相马哈迪的公开信/郑博夫/东方日报/2018年09月30日\n\n"
            "诚如首相所言,政府体系在前朝政府的统治下已经遭受破坏,当中除了贪污腐败、滥权违法,还有种族歧视。\n")
    [article] = _convert(page).articles
    assert (article.title, article.authors, article.publication) == ("给首相马哈迪的公开信", ("郑博夫",), "东方日报")


def test_an_index_item_with_its_writer_and_date_run_into_its_teaser_on_one_line():
    page = ("澳外長強硬聲明:成蕾應得人道待遇 宋子玉 2022-08-13 澳洲外交部長黃英賢周六就澳洲公民成蕾被拘留發表聲明。\n"
            "塵埃落定的2022年澳洲聯邦大選 秦晉 2022-05-30 2022年澳洲聯邦大選塵埃落定,長達九年的聯盟黨執政至此結束。\n")
    articles = _convert(page).articles
    assert [(a.title, a.authors) for a in articles] == [("澳外長強硬聲明:成蕾應得人道待遇", ("宋子玉",)),
                                                        ("塵埃落定的2022年澳洲聯邦大選", ("秦晉",))]
    assert articles[0].body.startswith("澳洲外交部長") and {a.date for a in articles} == {None}  # an item's date is not the page's
