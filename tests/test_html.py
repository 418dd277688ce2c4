"""Saved HTML pages as input (reading_room/convert/markup.py): detection, parsing with lxml, what is
dropped with its reason, metadata evidence, nothing lost, and hostile markup kept harmless.

Each fixture under tests/fixtures/html/ is hand-made after a real template (its first comment
says which); the table below lists for each what must be kept, what must go, and the fields.
"""
from pathlib import Path

import pytest

from reading_room.convert.audit import audit
from reading_room.convert.markup import is_html, render
from reading_room.convert.pipeline import convert_source

HTML = Path(__file__).parent / "fixtures" / "html"
FOUNDER = dict(
    articles=[dict(kicker="庄建球调研督导郑州东站片区商圈建设工作", title="郑州东站片区商圈建设提速",
                   subtitle="打造便民繁荣的高品质商圈", authors=("王际宾",), date="2024-09-19",
                   publication="郑州日报")],
    keep=["9月18日,市长庄建球调研督导郑州东站片区商圈建设工作", "确保项目早日建成投用。"],
    drop=["currentPage", "font-size", "返回主页", "版面导航", "上一版", "enpproperty", "版权所有", "document.write"],
    rules={"html_head", "html_script", "html_comment"})
CASES = {
    "founder_article.html": dict(FOUNDER, encoding="utf-8"),
    "founder_article_gb2312.html": dict(FOUNDER, encoding="gb18030"),
    "portal_article.shtml": dict(
        articles=[dict(title="郑州麦播完成近九成 近期降雨带来良好墒情", authors=("赵冬",), date="2024-10-24",
                       publication="郑州日报")],
        keep=["全市小麦播种已完成近九成,出苗情况良好。", "近期的降雨为麦播带来良好墒情,农业专家提醒农户抓住有利时机。",
              "指导农户科学播种。"],
        drop=["跳转到正文内容", "新浪首页", "新闻中心", "分享到", "澳门赌场", "点击下载客户端", "河南秋播进度过半",
              "我来说两句", "网友评论", "版权所有", "_sinaAds", "NewsArticle", "tracker"],
        rules={"html_hidden", "html_footer", "html_head"}),
    "big5_article.htm": dict(
        articles=[dict(title="中秋連假 國道車流量創新高", authors=("李小華",), date=None, script="hant")],
        keep=["中秋連假首日,國道車流量創下今年新高", "預估下午才會逐漸紓解。"],
        drop=["首頁", "即時", "版權所有", "聯合新聞網"], encoding="big5hkscs", rules={"html_head"}),
    "old_table_font.html": dict(
        articles=[dict(kicker="九届全国人大一次会议开幕", title="江泽民李鹏乔石等在主席台就座", authors=("李术峰",),
                       date="1998-03-05", date_source="metadata (title)", publication="人民日报")],
        keep=["第九届全国人民代表大会第一次会议今天上午在人民大会堂隆重开幕。", "大会由主席团常务主席主持。",
              "提出今年的主要任务。"],
        drop=["返回目录", "上一篇", "版权所有"], encoding="gb18030", rules={"html_head"}),
    "two_articles.html": dict(
        articles=[dict(title="公交线路优化调整", authors=("陈一",), publication="郑州晚报"),
                  dict(title="新建学校秋季开学", authors=("王莹",), publication="郑州晚报")],
        keep=["新增站点20个。", "新学期各校均已做好准备,校园环境和教学设施全面提升。"],
        drop=["返回主页", "标题导航", "上一版", "第02版"], rules={"html_head"}),
}


def convert(name: str):
    return convert_source((HTML / name).read_bytes(), name)


@pytest.mark.parametrize("name", sorted(CASES))
def test_saved_page(name):
    case, result = CASES[name], convert(name)
    assert not result.issues and result.markup and "text nodes" in result.markup
    assert [a.title for a in result.articles] == [a["title"] for a in case["articles"]]
    for article, want in zip(result.articles, case["articles"]):
        for key, value in want.items():
            assert getattr(article, key) == value, (name, key)
    shown = "\n".join(f"{a.kicker}\n{a.title}\n{a.subtitle}\n{a.body}" for a in result.articles)
    for phrase in case["keep"]:
        assert phrase in shown, phrase
    for phrase in case["drop"]:
        assert phrase not in shown, phrase
    assert "<" not in shown and ">" not in shown  # no tag survives as text
    assert case["rules"] <= {d.rule for d in result.debris}
    if "encoding" in case:
        assert result.encoding == case["encoding"]


@pytest.mark.parametrize("name", sorted(p.name for p in HTML.iterdir()))
def test_every_saved_page_is_fully_accounted_for(name):
    assert audit(convert(name)) is None


def test_every_fixture_has_a_case():
    assert {p.name for p in HTML.iterdir()} - {"hostile.html"} == set(CASES)


def test_dropped_elements_are_logged_with_the_source_line_of_the_element():
    rendered = render((HTML / "portal_article.shtml").read_text("utf-8"))
    rules = {rule for rule, line in rendered.dropped.values()}
    assert {"html_head", "html_hidden", "html_footer", "html_chrome"} <= rules
    spam = next(n for n, text in enumerate(rendered.text.split("\n"), 1) if "澳门赌场" in text)
    assert rendered.dropped[spam] == ("html_hidden", 20)  # the line of the hidden <span> in the file


@pytest.mark.parametrize("text,html", [
    ("<!DOCTYPE html><p>x</p>", True), ("  <html><body>正文</body></html>", True),
    ("标题\n<body>\n正文", True), ("".join(f"<td>{i}</td>" for i in range(40)), True),
    ("标题\n正文第一段。<BR/>\n正文第二段。", False), ("郑州<samp>日报</samp>今天出版了很长很长的正文。" * 5, False),
])
def test_html_is_recognised_by_content(text, html):
    assert is_html(text) is html


def test_a_text_dump_with_stray_tags_stays_a_text_dump(repo_root):
    seed = (repo_root / "sources" / "002_35a1e122cccdf170.txt").read_bytes()
    result = convert_source(seed, "002.txt")
    assert result.markup is None and result.articles


def test_html_saved_with_a_txt_name_is_html():
    result = convert_source((HTML / "two_articles.html").read_bytes(), "page.txt")
    assert result.markup and [a.title for a in result.articles] == ["公交线路优化调整", "新建学校秋季开学"]


def test_hostile_markup_reaches_no_article_as_markup():
    result = convert("hostile.html")
    assert audit(result) is None
    [article] = result.articles
    assert article.title == "公园今日开放" and article.authors == ("王五",)
    body = article.body
    for gone in ("alert(3)", "alert(10)", "evil.example", "expression(", "隐藏的垃圾链接", "密码", "提交"):
        assert gone not in body, gone
    for kept in ("市民前来游览", "图片之后的文字也只是文字。", "<script>window.__pwned=12;alert(12)</script>",
                 "深深嵌套的文字依然在。", "最后一段有一个没有闭合的标签,文字照样保留。", "<!--rr:raw-->"):
        assert kept in body, kept


def test_a_huge_single_line_page_converts():
    page = "<html><body>" + "<p>公园今日开放,市民前来游览,秩序井然。</p>" * 60000 + "</body></html>"
    result = convert_source(page.encode(), "big.html")
    assert result.markup and audit(result) is None and len(page.encode()) > 3_000_000


def test_the_headline_the_markup_names_and_the_page_prints_beats_a_line_standing_in_for_it():
    # After xinhuanet.com's 2023 template: the headline printed at the top, the source label's
    # value on a line of its own (`新华网`) right over the dateline, which would read as a headline.
    page = ("<!DOCTYPE html><html><head><title>短缺药品保供稳价 全力保障临床用药需求-新华网</title></head><body>"
            "<div class='head'><h1>短缺药品保供稳价 全力保障临床用药需求</h1><div>来源：</div><div>新华网</div></div>"
            "<div id='detail'><p>新华社北京11月17日电 记者17日从国家卫生健康委获悉,近阶段,相关部门持续依托短缺药品"
            "供应保障工作会商联动机制,开展短缺药品保供稳价工作。</p><p>据了解,短缺药品信息监测共享正在多维度推进。</p>"
            "</div></body></html>")
    result = convert_source(page.encode(), "x.html")
    [article] = result.articles
    assert article.title == "短缺药品保供稳价 全力保障临床用药需求"
    # `来源：` and `新华网` in blocks of their own are one source line, which names the site.
    assert article.publication == "新华网" and "新华网" not in article.body
    assert audit(result) is None


def test_a_stray_closing_html_tag_loses_nothing_after_it():
    # After gov.cn's gazette pages: an included header fragment ends with `</html>`, and libxml2
    # stops reading there; everything after it (the article) must still be read.
    header = "<!DOCTYPE html><html><head><title>决议_政府公报</title></head><body><div class='header'>首页</div>\n</html>\n"
    article = ("<div class='content'><h1>全国人民代表大会常务委员会关于批准发行特别国债的决议</h1>\n"
               + "".join(f"<p>第{n}段:第十届全国人民代表大会常务委员会第二十九次会议审议了国务院的议案。</p>\n" for n in range(30))
               + "</div></body></html>\n")
    result = convert_source((header + article).encode(), "gongbao.html")
    assert [a.title for a in result.articles] == ["全国人民代表大会常务委员会关于批准发行特别国债的决议"]
    assert "第29段" in result.articles[0].body and audit(result) is None


def test_an_article_pages_subheads_stay_in_its_story_until_the_editor_line():
    # After people.com.cn: the markup names the headline, the page prints it, the story has
    # headed sections; after the editor's line comes a promo box of the site's.
    page = ("<!DOCTYPE html><html><head><title>女儿出嫁，郑板桥画了几笔兰花当嫁妆--文化--人民网</title>"
            "<meta property='og:title' content='女儿出嫁，郑板桥画了几笔兰花当嫁妆'></head><body>"
            "<h1>女儿出嫁，郑板桥画了几笔兰花当嫁妆</h1><div>2019年06月15日08:18 来源：人民网-文化频道</div><div class='box_con'>"
            "<p>父亲的教诲像一盏灯,为我们照亮前行的路。父爱如山高大而巍峨,父爱如海宽广而辽阔。</p>"
            "<h3>《冬夜读书示子聿》</h3><p>古人学问无遗力,少壮工夫老始成。</p>"
            "<p>《冬夜读书示子聿》是陆游写给自己小儿子陆聿的一首诗。陆游十分注重家风教育。</p>"
            "<h3>《诫子诗》</h3><p>这首四言诗,可以称之为东方朔的“顾命之作”,全面地表达了他的大隐思想。</p>"
            "<div class='edit'>(责编：汤诗瑶、丁涛)</div></div>"
            "<h3>见证人丨致敬改革开放40年</h3><p>一个时代有一个时代的文艺,一个时代有一个时代的精神,邀请文化大家分享。</p>"
            "</body></html>")
    result = convert_source(page.encode(), "people.html")
    first, *rest = result.articles
    assert first.title == "女儿出嫁，郑板桥画了几笔兰花当嫁妆" and first.editors == ("汤诗瑶", "丁涛")
    assert "陆游写给自己小儿子" in first.body and "大隐思想" in first.body and "责编" not in first.body
    assert [a.title for a in rest] == ["见证人丨致敬改革开放40年"] and audit(result) is None


def test_a_page_view_titled_by_its_first_story_still_holds_all_its_stories():
    # The <title> names the first headline, but a closing byline shows the page goes on.
    story = "<p>{}加快新一代人工智能试验区建设,累计开通客运航线192条,通航城市遍布全球各地。</p>"
    page = ("<!DOCTYPE html><html><head><title>深化文旅融合创新发展_郑州晚报</title></head><body>"
            "<h2>深化文旅融合创新发展</h2><div>本报记者 吕晨丽</div>" + story.format("一、") + story.format("二、")
            + "<div>正观新闻·郑州晚报记者 何柳璐</div><h2>奋斗正当其时 提升医保服务水平</h2>"
            + story.format("三、") + "</body></html>")
    result = convert_source(page.encode(), "view.html")
    assert [a.title for a in result.articles] == ["深化文旅融合创新发展", "奋斗正当其时 提升医保服务水平"]


def test_a_long_headline_the_markup_names_is_a_headline_though_it_reads_like_prose():
    # After stcn.com's 快讯 pages: the headline has `：` and `；`, so its shape says prose; the
    # <title> names it before the site, and widget lines stand between it and the text.
    page = ("<!DOCTYPE html><html><head><title>午间公告：天奇股份中标广汽丰田项目；运达股份中标7亿元项目_证券时报网</title>"
            "</head><body><div class='box'><h2>午间公告：天奇股份中标广汽丰田项目；运达股份中标7亿元项目</h2>"
            "<div class='info'>2019-09-26 12:11来源：证券时报网作者：李在山</div></div>"
            "<div class='txt'><p>证券时报e公司讯，当升科技以9614.5万元竞得常州市工业用地，将为公司常州锂电新材料产业基地提供用地。</p>"
            "<p>金陵药业：25日获公司总经理辞职报告，公司将按规定尽快聘任新的总经理。</p></div>"
            "<div><p>声明：证券时报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担。</p></div>"
            "</body></html>")
    result = convert_source(page.encode(), "stcn.shtml")
    [article] = result.articles
    assert article.title == "午间公告：天奇股份中标广汽丰田项目；运达股份中标7亿元项目"
    assert article.authors == ("李在山",) and "金陵药业" in article.body and "声明" not in article.body
    assert audit(result) is None


def test_the_only_h1_names_the_headline_when_the_title_is_cut_at_a_bar():
    # After Tencent's 2016 template: `棱镜|数据业大整顿…_财经_腾讯网`, the column tag before a bar,
    # a channel-and-time line and a comment count between the headline and the text, a key-points
    # box (`划重点：`) before the byline.
    page = ("<!DOCTYPE html><html><head><title>棱镜|数据业大整顿：爬虫与现金贷共生共荣_财经_腾讯网</title></head><body>"
            "<div>无障碍说明</div><div class='hd'><h1>棱镜|数据业大整顿：爬虫与现金贷共生共荣</h1>"
            "<div>金融市场棱镜2019-09-23 07:48</div></div><div class='share'>分享</div><div>37评论</div>"
            "<div class='box'><p>划重点：</p><p>一位接近监管的人士表示，监管方从年初就在酝酿针对数据公司的整顿清理。</p>"
            "<p>有助贷平台高管表示，每个数据源的价格在几毛钱到几块钱不等。</p></div><h3>《棱镜》作者 周纯</h3>"
            "<div class='bd'><p>擅长清洗数据的第三方数据行业，这次轮到自己被“清洗”了。</p>"
            "<p>从9月上旬开始，先是杭州的两家数据公司相关负责人被带走调查。</p><h3>灰色地带中的爬虫</h3>"
            "<p>在数据行业，每条信息都会有自己的标价，数据来源未经用户授权都存在法律风险。</p></div></body></html>")
    result = convert_source(page.encode(), "qq.htm")
    [article] = result.articles
    assert article.title == "棱镜|数据业大整顿：爬虫与现金贷共生共荣" and article.authors == ("周纯",)
    assert "被带走调查" in article.body and "酝酿" in article.body and "每条信息都会有自己的标价" in article.body
    assert audit(result) is None


def test_a_headline_the_title_names_with_a_section_after_it():
    # After zsnews.cn: `<title>headline section_site</title>`; the source label's value
    # (`东区办事处`) printed between headline and text is no headline.
    page = ("<html><head><title>顺德区大良街道党工委委员一行到众创金融街开展调研工作 东区办事处_中山网</title></head><body>"
            "<table><tr><td><b>顺德区大良街道党工委委员一行到众创金融街开展调研工作</b></td></tr>"
            "<tr><td>来源于：</td></tr><tr><td>东区办事处</td></tr><tr><td><p>2019年2月27日下午，佛山顺德区大良街道党工委委员"
            "一行到我区众创金融街开展调研工作。</p><p>调研组一行走访了中山零壹金服，实地考察金融街进驻企业情况。</p>"
            "</td></tr></table></body></html>")
    result = convert_source(page.encode(), "zs.html")
    [article] = result.articles
    assert article.title == "顺德区大良街道党工委委员一行到众创金融街开展调研工作"
    assert "东区办事处" not in article.body and audit(result) is None


def test_a_home_pages_teaser_cards_are_stories_though_each_is_one_link():
    # After wenweipo.com's 2018 home page: each lead story is a link holding its headline, a
    # picture and its first sentence; the headline links beside it are a link pile.
    card = ("<div class='main-top-img'><a href='http://news.example.com/{n}.htm'><h3>{title}</h3><img src='x.jpg'>"
            "<p>{lead}</p></a></div><ul class='main-list'><li><a href='/a.htm'>陳智思:感受國家對依法治國及反腐敗決心</a></li>"
            "<li><a href='/b.htm'>兩天內舉行多場憲法宣誓傳遞怎樣的信號</a></li></ul>")
    page = ("<!DOCTYPE html><html><head><title>香港文匯網</title></head><body><div class='mid'><div class='title'>香港</div>"
            + card.format(n=1, title="譚耀宗高票當選人大常委", lead="十三屆全國人大一次會議昨日選出新一屆全國人大常委，港區代表譚耀宗當選...")
            + "</div><div class='mid'><div class='title'>內地</div>"
            + card.format(n=2, title="浙江省紀委書記劉建超點讚楊曉渡當選", lead="全國人大代表、浙江省紀委書記劉建超表示，楊曉渡十分勝任這個位...")
            + "</div></body></html>")
    result = convert_source(page.encode(), "home.html")
    assert [a.title for a in result.articles] == ["譚耀宗高票當選人大常委", "浙江省紀委書記劉建超點讚楊曉渡當選"]
    assert all("陳智思" not in a.body for a in result.articles) and audit(result) is None


def test_a_poll_beside_the_story_goes_with_its_heading_and_question():
    # After wenweipo.com's 2018 story pages: a survey box in the sidebar, its heading an <h4>.
    story = "".join(f"<p>{sentence}</p>" for sentence in (
        "全國人大會議昨日在北京閉幕，代表們表決通過了憲法修正案。", "會議期間，代表們還審議了政府工作報告和多項法律草案。"))
    page = ("<!DOCTYPE html><html><head><title>憲法修正案獲通過</title></head><body><div class='span8'><h1>憲法修正案獲通過</h1>"
            + story + "</div><div class='span4 bbs'><h4>特區施政大事討論區</h4><p>您最關注下列哪些焦點?</p>"
            "<form action='/do_survey.php'><label><input type=checkbox name=c value=1>「新面孔」</label>"
            "<label><input type=checkbox name=c value=2>「新陣容」</label><input type=submit value='投票'></form></div></body></html>")
    result = convert_source(page.encode(), "story.html")
    [article] = result.articles
    assert article.title == "憲法修正案獲通過" and "代表們還審議了" in article.body
    assert "討論區" not in article.body and "焦點" not in article.body and audit(result) is None
    assert any(d.rule == "html_form" and "討論區" in d.span.raw for d in result.debris)


def test_a_saved_story_is_dated_by_its_own_date_line_not_by_the_sites_today():
    page = ("<!DOCTYPE html><html><head><title>法国全国大罢工再次严重影响交通-新华网</title></head><body>"
            "<div class='top'>2025年12月3日 星期三</div><h1>法国全国大罢工再次严重影响交通</h1>"
            "<div class='info'>2019-12-10 07:57:40</div><p>法国全国大罢工10日继续，巴黎公共交通再次受到严重影响，大部分地铁线路停运。</p>"
            "<p>法国政府计划11日公布养老金改革方案细节。</p></body></html>")
    [article] = convert_source(page.encode(), "strike.htm").articles
    assert (article.date, article.date_source) == ("2019-12-10", "explicit")


def test_a_trs_pages_first_published_time_dates_it():
    page = ("<!DOCTYPE html><html><head><title>决议_中国政府网</title><meta name='firstpublishedtime' content='2007-08-20-23:59:59'>"
            "</head><body><h1>全国人民代表大会常务委员会关于批准发行特别国债的决议</h1>"
            "<p>第十届全国人民代表大会常务委员会第二十八次会议审议了国务院的议案。</p></body></html>")
    [article] = convert_source(page.encode(), "gongbao.html").articles
    assert article.date == "2007-08-20" and article.date_source.startswith("metadata")


def test_debris_of_a_saved_page_names_the_line_of_the_dropped_element_in_the_file():
    result = convert_source((HTML / "portal_article.shtml").read_bytes(), "portal_article.shtml")
    spam = next(d for d in result.debris if "澳门赌场" in d.span.raw)
    assert (spam.rule, spam.source_line) == ("html_hidden", 20)  # the hidden <span>'s line in the file
    assert spam.as_record("portal_article.shtml")["source_line"] == 20
    from reading_room.site.pages.sources import source_page

    page = source_page(result)
    assert "<th>源文件行</th>" in page and "<td>20</td><td><code>html_hidden</code>" in page


@pytest.mark.parametrize("head,body,date,source", [
    ("<link rel='canonical' href='https://hk.on.cc/hk/bkn/cnt/news/20200809/bkn-20200809231616005-0809_00822_001.html'>",
     "", "2020-08-09", "url"),  # the page's own address
    ("<meta name='og:time ' content='2019-02-20 02:26:00'>", "", "2019-02-20", "metadata (meta)"),
    ("", "<div itemprop='datePublished' class='date'>2020年8月8日星期六</div>", "2020-08-08", "metadata (meta)"),
])
def test_a_saved_page_is_dated_by_its_address_or_any_publication_markup(head, body, date, source):
    page = (f"<!DOCTYPE html><html><head><title>全民自願驗 林鄭認無禁足成效打折</title>{head}</head><body>{body}"
            "<h1>全民自願驗 林鄭認無禁足成效打折</h1><p>政府昨日公布普及社區檢測計劃的安排，市民可自願參與。</p></body></html>")
    [article] = convert_source(page.encode(), "saved.html").articles
    assert (article.date, article.date_source) == (date, source)


def test_a_title_that_sets_the_headline_in_brackets_after_the_site():
    # After singpao.com.hk's old table layout: `成報新聞(headline) 成報 SING PAO DAILY NEWS`; a
    # caption printed twice stands between the headline and the text.
    page = ("<html><head><title>成報新聞(美國擴「潔淨網絡」 中國不可信程式須下架 ) 成報 SING PAO DAILY NEWS</title></head><body>"
            "<table><tr><td>美國擴「潔淨網絡」 中國不可信程式須下架</td></tr><tr><td>發佈日期 : 2020-08-07</td></tr>"
            "<tr><td>美國國務卿蓬佩奧宣布擴大「乾淨網絡」計劃</td></tr><tr><td>美國國務卿蓬佩奧宣布擴大「乾淨網絡」計劃</td></tr>"
            "<tr><td><p>【本報記者報道】美國國務卿蓬佩奧宣布擴大「潔淨網絡」行動，以保護美國的資產。</p>"
            "<p>蓬佩奧周三發表有關擴大「乾淨網絡」聲明。</p><p>您可能有興趣:</p><p>中國外交部：反對美方排擠中國企業</p></td></tr>"
            "</table></body></html>")
    result = convert_source(page.encode(), "singpao.html")
    [article] = result.articles
    assert article.title == "美國擴「潔淨網絡」 中國不可信程式須下架" and "蓬佩奧周三發表" in article.body
    assert "您可能有興趣" not in article.body and audit(result) is None


def test_a_posting_time_read_into_the_headline_block_dates_the_saved_story():
    page = ("<!DOCTYPE html><html><head><title>棱镜|数据业大整顿_财经_腾讯网</title></head><body><h1>棱镜|数据业大整顿</h1>"
            "<div>金融市场棱镜2019-09-23 07:48</div><p>擅长清洗数据的第三方数据行业，这次轮到自己被“清洗”了。</p></body></html>")
    [article] = convert_source(page.encode(), "qq.htm").articles
    assert (article.title, article.date, article.date_source) == ("棱镜|数据业大整顿", "2019-09-23", "explicit")


def test_a_pictures_zoom_link_holding_its_caption_is_no_link_pile_and_its_alt_credit_counts():
    page = ("<html><head><title>中大衝突</title></head><body><h1>中大衝突</h1>"
            "<div class=photo><a class=thickbox href='/p/1.jpg'><img alt='民主牆上掛上橫額後,掀起連串衝突。（陳嘉順攝）' src='/p/1s.jpg'>"
            "<ul><li>民主牆上掛上橫額後,掀起連串衝突。</li></ul></a></div>"
            "<p>中大校園昨晚爆發衝突,學生在民主牆前對罵,校方表示會跟進事件。</p></body></html>")
    rendered = render(page)
    assert "民主牆上掛上橫額後,掀起連串衝突。" in rendered.text and rendered.evidence.pictures == ("陳嘉順攝",)
    [article] = convert_source(page.encode(), "x.html").articles
    assert article.photographers == ("陳嘉順",)


def test_the_pages_only_h1_linked_to_itself_is_its_headline_not_a_link_pile():
    page = ("<html><head><title>Sun股价持续回落 与甲骨文交易前景堪忧-业界-IT评论</title></head><body>"
            "<div class=single_title><h1><a href='/shuoit/72390.html'>Sun股价持续回落 与甲骨文交易前景堪忧</a></h1></div>"
            "<p>来源：新浪科技</p><p>酷勤网收集 2009-11-01</p>"
            "<p>据国外媒体昨日报道,Sun目前股价较甲骨文每股9.50美元的收购报价低16%,表明一些投资者担心欧洲监管机构。</p></body></html>")
    [article] = convert_source(page.encode(), "x.html").articles
    assert article.title == "Sun股价持续回落 与甲骨文交易前景堪忧" and article.date is None  # a repost stamp is no date


def test_a_saved_story_is_dated_by_the_day_its_own_pictures_are_filed_under_when_nothing_prints_one():
    page = ("<html><head><title>街市重開</title></head><body><h1>街市重開</h1>"
            "<img src='/cnt/news/20200809/photo/0809-00176-001.jpg'><img src='/cnt/news/20200809/photo/0809-00176-002.jpg'>"
            "<p>街市昨日重開,市民前來購物,附近鼠患未改善,居民要求當局跟進。</p></body></html>")
    [article] = convert_source(page.encode(), "x.html").articles
    assert (article.date, article.date_source) == ("2020-08-09", "metadata (picture path)")
    two_days = page.replace("20200809/photo/0809-00176-002", "20190101/photo/stock")
    assert convert_source(two_days.encode(), "x.html").articles[0].date is None
