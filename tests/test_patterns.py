"""Every named pattern of the converter's own stages: an example it must match and a near miss
it must not (the browse-terms section of patterns.py is tested in test_browse; the per-module
sections after it are checked here again)."""
import re

import pytest

from reading_room import patterns as P

BROWSE_SECTION = "SURNAMES_COMPOUND"  # first name of the appended browse-terms section
AFTER_BROWSE = "WHITESPACE"  # first name of the per-module sections that follow it

MATCHES = {  # name: (matches, does not match)
    "NAME_RE": ("杨丽萍", "本报记者杨丽萍"),
    "PARAGRAPH_END": ("副市长李凤芝参加调研。", "市领导到上街区调研"),
    "SENTENCE_PUNCT": ("马宇骏介绍,石家庄", "市领导到上街区、新密市调研"),
    "NUMBER_BREAK_END": ("总投资约35.", "总投资约三十五"),
    "CONTINUATION_START": ("战,共话“我的城”。", "世界城地组织亚太区主席"),
    "HTML_TAG": ('<samp id="6birc">', "a<b 与 <<书名>>"),
    "HTML_COMMENT": ("<!-- 注释 -->", "<!- 不是 ->"),
    "HTML_TAG_TAIL": ('SourcePh" style="display:none">', '他说 a="b" 不是标签'),
    "HTML_ENTITY": ("&nbsp;", "& nbsp;"),
    "LIST_MARKER": ("1. 鄭州在引領", "1.5亿元"),
    "URL": ("www.uuyoujizz.com", "3.5万标箱"),
    "PAGE_HEADER": ("第A02版:要闻", "版本更新"),
    "PAGE_HEADER_SHORT": ("A2 要闻", "A2要闻综合新闻版"),
    "PAGE_HEADER_BARE": ("A15版:青未了·风雅颂", "3版记者王某说,今天"),
    "RUN_IN_HEAD_WIDE": ("中国第二台“华龙一号”并网发电   1月1日22时35分,中国自主三代核电迎来开门红", "中国第二台 华龙一号"),
    "RUN_IN_HEAD": ("砂航天宏图迈出第一步 由砂政府持有的婆罗洲航空控股私人有限公司正式完成接管", "砂航天宏图迈出第一步"),
    "PAGE_POINTER": ("拉登:22年圣战 40分钟毙命 P04 中国室内", "PPT 与 P2P 网贷"),
    "SLASH_ROLE_GROUP": ("文|陳虹瑾 蔣宜婷 ", "文化|旅游"),
    "TITLE_AUTHOR": ("【葉慶元觀點】只有民進黨大敗", "聯合報社論／馬年奔騰"),
    "PAPER_LABEL": ("聯合報社論／馬年奔騰", "情报/分析"),
    "TRAILING_STAMP": ("議員促當局交代青洲山保護進展 2024年03月13日|文:論盡採訪組", "2024年03月13日召開會議"),
    "BREADCRUMB_LEAD": ("您当前的位置 ： 洛阳网 > 新闻中心 > 资讯速递  来源: 大象新闻", "您当前的位置 ： 洛阳网"),
    "SHARE_HOWTO": ("用微信“扫一扫”，点击右上角分享按钮", "他把喜讯分享了出去"),
    "DIGIT_GROUPING": ("預算約2,490萬", "2,3号线"),
    "READ_MORE": ("詳細內容 »", "阅读"),
    "NOT_A_PERSON": ("南洋网", "王小明"),
    "COMMENT_BOX": ("我来说两句 0条评论 0人参与,", "已有3000人参与投票活动"),
    "POSITION_LINE": ("香港珠海學院亞洲研究中心研究員", "研究員發現"),
    "ARCHIVE_STAMP_LEAD": (" date 2026-02-13 我的頻道", "update 2026-02-13"),
    "MARKED_NAME_LEAD": ("◎ 施喻琁 民進黨直轄市議員初選民調", "■出门看天"),
    "REPRINTED_FROM": ("~以上新闻转载自世界日报~", "转载请注明出处"),
    "BOOK_PAPER": ("《平顶山晚报》三十年", "《读者》"),
    "MENU_ITEM_SPLIT": ("平顶山日报    平顶山晚报", "平顶山晚报"),
    "NAV_BAR": ("返回主页 | 郑州日报 | 版面导航 | 郑州晚报", "郑州日报 郑州晚报"),
    "PAGE_NUMBERS": ("3 4", "3个4"),
    "RELATED_NEWS": ("相關新聞", "相关新闻报道称"),
    "COPYRIGHT": ("版权所有 郑州日报社", "权利所有人"),
    "WIDGET_WORD": ("推荐", "推荐人选"),
    "PAPER_NAME": ("郑州晚报", "郑州晚上"),
    "BENBAO_XUN": ("信息时报讯(记者 苏瑜)", "本报记者 苏瑜"),
    "WIRE_DATELINE": ("新华社北京9月18日电(记者 许可)", "新华社记者许可"),
    "OWN_NEWS_LEAD": ("【明報專訊】", "明報專訊"),
    "CNA_DATELINE": ("（中央社記者王大明台北19日電）", "中央社台北電"),
    "TW_REPORT": ("【記者林小明／台北報導】", "記者林小明說"),
    "TW_REPORT_LEAD": ("【記者林志明／台北報導】颱風", "【記者會】"),
    "SLASH_CREDIT": ("文／陳美玲", "文化部"),
    "ROLE_COLON_CREDIT": ("报导、摄影:谭络瑜", "报导:谭络瑜称,今天"),
    "PHOTO_ROLE": ("攝影", "文"),
    "PHOTO_SUPPLIED": ("部份图:受访者提供", "图:记者张龙"),
    "FLASH_LABEL": ("快讯! 柬埔寨境内再增2例确诊", "快讯标题"),
    "NEWSLETTER_AD": ("【寂天英語學習充電報】提供英語會話", "【明報專訊】八月份"),
    "AGO_STAMP": ("輕鐵站「打卡」。am730 ・ 22 小時前", "22 小時前他說"),
    "PAPER_COLUMN_HEADING": ("自由時報社論相關文章", "自由時報社論指出"),
    "PAPER_TITLE_TAIL": ("我们马来西亚人 | 中国报 China Press", "我们马来西亚人 | 中国报道"),
    "REPOST_STAMP": ("酷勤网收集 2009-11-01", "酷勤网收集了很多文章"),
    "TITLE_CREDIT_TAIL": ("给首相马哈迪的公开信/郑博夫/东方日报/2018年09月30日", "给首相的公开信/郑博夫"),
    "RUN_IN_NAME_DATE": ("澳外長強硬聲明:成蕾應得人道待遇 宋子玉 2022-08-13 澳洲外交部長", "澳洲外交部長黃英賢周六就此發表聲明"),
    "TEASER_CUT": ("居民禁止出租土地给越南人耕种。…", "他说……"),
    "PHOTO_SUFFIX": ("张三 摄", "拍摄"),
    "LABEL_VALUE": ("編輯:劉瀟瀟", "编辑部"),
    "JUMP": ("(上接一版)", "(上午十时)"),
    "SERIES": ("学习贯彻全会精神 稳健前行开新局·系列访谈", "系列访谈"),
    "COLUMN_LABEL": ("社论", "社论指出"),
    "SUBTITLE": ("——访登封市委书记王鸿勋", "访登封市委书记"),
    "INTERVIEW_SUBTITLE": ("——访郑东新区党工委书记孙建功", "——聚焦都市圈建设"),
    "INSTALMENT": ("踊跃发言(一)", "踊跃发言"),
    "ISO_DATE": ("2024-09-19", "2024-0919"),
    "CJK_DATE": ("2024年9月19日", "9月19日"),
    "ROC_DATE": ("民國113年9月19日", "113年9月19日"),
    "WEEKDAY": ("星期四", "星期"),
    "LUNAR": ("农历八月十七", "历史"),
    "PATH_DATE": ("zzrb20240919_02.txt", "000_296d3495bee0e4b2.txt"),
    "URL_DATE": ("/html/2023-05/30/content_1", "/html/2023/05/"),
    "DATE_LINE": ("2024年9月19日 星期四", "2024年9月19日召开会议"),
    "MASTHEAD_LINE": ("人民日报 2024年09月19日 星期四 第01版：要闻", "人民日报社论指出"),
    "CITATION_FOOTER": ("《 人民日报 》（ 2024年09月19日 01 版）", "《人民日报》评论"),
    "SPEAKER_LINE": ("经开区党工委书记 樊福太", "经开区党工委书记樊福太表示同意"),
    # page chrome and context evidence of the real-pages work (tests/corpus)
    "BREADCRUMB": ("首页 > 新闻中心 > 正文", "甲 > 乙"),
    "WIDGET_BAR": ("推荐】【 小字】【打印】【关闭", "【新时代新征程】"),
    "LATIN_WIDGET": ("NEWS link", "NBA总决赛"),
    "PROMO": ("點我下載APP", "下载量"),
    "DATE_WIDGET": ("2026-02-13,13088| 2026-02-12,13080| 2026-02-11,13072", "2026-02-13,13088"),
    "ARCHIVE_STAMP": ("archived 17 Mar 2025 03:24:33 UTC", "archive"),
    "MORE_DOTS": ("是将党员引入国会,推进...", "包括……"),
    "FONT_SIZE_WIDGET": ("稿件来源:菲律賓商報   【字体:↑大 ↓小", "字体大小不一"),
    "BRACKET_TAG": ("【社論】廉政公署必須身正,影子才不會斜", "【本報訊】八月份的人口普查"),
    "SNAKE_IDENTIFIER": ("dushi_top_nav_25", "COVID-19"),
    "ASKED_HEADLINE": ("解铃还须系铃人? 杨荣文称推翻军政府缅恐成下个伊拉克", "你吃了吗? 我吃了,很好。"),
    "MARKED_CHIEF_SIGNED": ("柔佛州專題策劃主任蘇蓮珍", "主任說明會議的安排"),
    "BAR_TAG_AFTER": ("一季度平稳开局,5个方面寻找广东经济发展暖意 | 季度观", "文化|旅游|体育|财经,"),
    "BACK_HOME": ("第三方数据行业的整顿仍将持续。返回腾讯网首页", "他说要返回首页看看"),
    "COPYRIGHT_OWNER": ("本网原创稿件版权均属于河南经济报社,未经授权", "版权归作者所有"),
    "REPORTER_LEAD": ("新华社记者戴国强报道:包干到户", "据美联社报道:今天"),
    "TRAILING_BUTTON": ("扶持書房保住觀光生意的久長 列印", "市政府部署春季打印"),
    "TRAILING_CLOCK": ("明報聲明 (07:35)", "比分 3:2 (07:35 ) 后"),
    "BAR_SEPARATOR": ("首頁 |新聞", "首頁新聞"),
    "COUNTER": ("查看: 1026", "查看资料"),
    "CONSENT_NOTICE": ("請同意我們的隱私權規範,才能啟用聽新聞的功能。", "隱私權受憲法保障"),
    "KANA": ("こちら", "这里"),
    "PAGE_LABEL": ("Page 1", "Page One Hotel"),
    "LATIN_MASTHEAD": ("SIN CHEW DAILY 我們-起守護", "NBA 总决赛"),
    "SLASH_TRAIL": ("新闻 / 侨社新闻", "冷眼集/募兵跳票"),
    "SECTION_NUMBER": ("港聞二", "港聞"),
    "MASTHEAD_ISSUE": ("3月刊", "3月份"),
    "ORIGINAL_TITLE": ("原标题:《坐地铁看郑州》", "原标题党"),
    "INLINE_DATELINE": ("電訊不被歸責 【本報訊】電訊管理局", "【本報訊】電訊管理局"),
    "CLOCK_TIME": ("2009年03月04日09:42", "3:1胜"),
    "LABEL_ONLY": ("专栏:", "专栏:我们伟大的祖国"),
    "SOURCE_NAME_END": ("河南报业网", "召开会议"),
    "MENU_ITEM": ("網站總覽", "网站总览与导航"),
    "BYLINE_MARKER": ("☉張國財", "张国财"),
    "HEADLINE_END": ("“这才是真正的河南!”", "这才是真正的河南。"),
    "ROLE_AT_END": ("正观新闻·郑州晚报记者", "记者王一"),
    "HEADLINE_PARTS": ("港傳委託接管台蘋 陸委會:力阻惡法滲台", "交通引领"),
    "REPRINT_NOTE": ("(原载于2021年6月1日《郑州晚报》A7版)", "原来他早已离开了这座城市。"),
    "SEE_PAGE": ("{相關新聞見p04}", "相关新闻报道称"),
    "CITATION_FOOTER_AT": ("作者:雷收麦 《光明日报》( 2012年10月27日 06版)", "《光明日报》报道"),
    "NAME_NOTE": ("王蒙(作家、中央文史研究馆馆员)", "王蒙作家"),
    "BROWSER_NOTICE": ("您的IE浏览器版本太低,请升级至IE8及以上版本", "浏览器市场份额"),
    "PAPER_NAME_END": ("編譯/曹國維聯合報", "聯合報導"),
    "HAN_CHAR": ("鄭", "A"),
    "CODE_LIKE": ("&lt;!--rr:raw--&gt;", "鄭州晚報"),
    "ISSUE_INFO": ("新676期 总第871期 逢周四出版 共16版", "第一期工程"),
    "CONTACT": ("电话:+33(0)9 50 71 89 11", "电话响了"),
    "TOC_ENTRY": ("拉登:22年圣战 40分钟毙命 P04", "拉登:22年圣战"),
    "LOADING_NOTICE": ("调查问题加载中,请稍候。", "加载问题"),
    "ENGLISH_DATE": ("Nov 9, 2018, 17:08 PM", "Nov 9, 2018 was a Friday"),
    "SITE_SUFFIX": ("《欧洲时报》创刊40周年庆祝活动在巴黎举行-天天速讯", "创刊40周年庆祝活动"),
    "SITE_LOGIN": ("星洲网 登入", "网上登记"),
    "ARCHIVE_PREFIX": ("第1版()专栏:华主席会见", "第1版要闻"),
    "TRAILING_NOTE": ("主动献血。(原载于2021年6月1日《郑州晚报》A7版)", "(原载于)之后"),
    "MARKUP_TAG": ('<div class="x">', "a < b"),
    "CHROME_CLASS": ("share-bar", "shareholder"),
    "TITLE_SITE_TAIL": ("公园开放_郑州日报", "公园开放"),
    "PAGE_URL_DATE": ("news/20200809/bkn-1.html", "article/1596825748734/"),
    "IMAGE_FILE": ("2010129961728690.jpg 1948年4月9日创刊", "jpg格式的图片"),
    "PAREN_CREDIT_LEAD": ("(香港文匯報記者 顏晉傑 文森)這一夜", "這一夜(香港文匯報記者 顏晉傑)"),
    "PAPER_REPORT_LEAD": ("(星島日報報道)深圳", "深圳(星島日報報道)"),
    "AGENCY_SENT": ("中新社发 王瑶 摄", "中新网报道"),
    "SAME_BELOW": ("张龙摄(下同)", "下同意见"),
    "PHOTO_CREDIT_END": ("新民晚报记者 张龙摄(下同)", "摄影师说"),
    "CREDIT_START": ("晚会,中新社发", "晚会中新社发"),
    "CLOSING_DATELINE": ("(北京七日電)", "(完)"),
    "EDITORS_SIGNATURE": ("《成報編輯部》", "本报编辑部负责人"),
    "COUNTS_ONLY": ("2 3898 | ", "第2版"),
    "BAR_TAG": ("我“悦”南周|每天打开的那个文件夹里", "首页|"),
    "FORUM_NOTICE": ("您需要 登录 才可以下载或查看,没有账号?立即注册", "他需要登录网站才能查看"),
    "TEMPLATE_PLACEHOLDERS": ("{{ isview_popup.firstLine }}{{ isview_popup.highlight }}", "价格{{ 10 }}元"),
    "AGE_GATE": ("您即將進入之新聞內容 需滿18歲 方可瀏覽。", "他已年滿18歲，可以投票"),
    "REPORTED_BY": ("乔天富张军荣报道", "据新华社报道称"),
    "OPINION_CREDIT": ("聯合報/ 田方倫/博士生(台北市)", "聯合報社論／馬年奔騰"),
    "CREDIT_CLAUSE": ("文字由晚报记者张改华采写。", "文字由他采写"),
    "CREDIT_DATE_END": ("中央社記者董俊志攝 110年3月5日", "110年3月5日起"),
    "AUTHOR_PLAIN": ("《棱镜》作者 周纯", "作者说"),
    "PAPER_HEAD_SIGNED": ("社長于趾琴", "社长说"),
    "PLACE_DATELINE": ("(古晋13日讯)砂拉越华总对联邦政府", "(古晋)砂拉越"),
    "SECTION_NEWS_LABEL": ("印尼要闻", "假新闻"),
    "FONT_SIZE_TOGGLE": ("T|T", "TV"),
    "PLACE_REPORTED": ("澳門報道", "報道"),
    "PAREN_NAMES": ("（张巨峰）", "（下转A2版）"),
    "BRACKETED_TITLE": ("成報新聞(美國擴「潔淨網絡」 中國不可信程式須下架 ) 成報", "成報新聞() 成報"),
    "TITLE_SEPARATOR": ("棱镜|数据业大整顿_财经_腾讯网", "公园开放：新区"),
    "COPYRIGHT_TERMS": ("中国日报网版权说明：凡注明来源为", "本报记者说明：版权保护很重要"),
    "NAME_LIST_SPLIT": ("王五、李四", "王五李四"),
    "ISSUE_NUMBER": ("2025/06/23 第8921期", "第8921号"),
    "AGENCY_NAME": ("新华社十四日", "新华书店"),
    "FOUNDER_PROPERTIES": ("2024-02-03 2 2 周口晚报 content_226314.html 1 小记者 /enpproperty-->", "enpcontent 正文"),
    "NAME_COLON_TITLE": ("雷子健:这个地名有点娘", "这个地名有点娘"),
    "EDITOR_LINE": ("(责编：汤诗瑶、丁涛)", "编者按"),
    "CHANNEL_TAIL": ("人民网-文化频道", "人民网"),
    "WEBSITE_NAME": ("星洲網", "星洲日报"),
    "LISTED_LABEL": ("今日頭條 全募兵跳票!延1年上路", "今日頭條全募兵跳票"),
    "CLAUSED_HEADLINE": ("楊伯文告別SNL 最後短劇演到哭 亞莉安娜、雪兒同台送別", "出門看天"),
    "PAPER_COLUMN_LINE": ("聯合報／ 黑白集", "聯合報／記者劉永祥／台北報導"),
    "CAPTION_POSITION": ("刘潇潇(右一)指导学生", "(中国)有限公司"),
    "PAGE_FIELD_LABEL": ("版面:第W4版:南阳社会", "版面设计:王某"),
    "PHOTO_NOTE": ("現場無打鬥痕跡。(資料照)", "(資料照)之後"),
    # browse terms (not required above, tested all the same)
    "ROLE_NAME": ("登封市委书记王鸿勋表示", "登封市委书记会议"),
    "ROLE_NAME_AT": ("登封市委书记王鸿勋表示", "登封市委书记会议"),
    "PLACE_PREFIX": ("登封市委", "市委"),
    "KEYWORD_SHAPE": ("墒情", "10月"),
    "JIEBA_HAN_WORD": ("郑东新区", "1-8"),
    # per-module sections (moved out of the modules they serve)
    "WHITESPACE": ("郑州 日报", "郑州日报"),
    "LABEL_NAME_SEP": ("王一、李二", "王一李二"),
    "REPORTER_WORD": ("郑州晚报记者 王一", "记录者"),
    "ROC_SHORT_DATE": ("113年9月19日", "2024年9月19日"),
    "CREDIT_ROLE": ("本报记者 王一", "王一摄影报道"),
    "CREDIT_NAME_SEP": ("王一、李二", "王一李二"),
    "CREDIT_PREFIX": ("郑州晚报", "郑州晚报,"),
    "NAME_SLASH_ROLE": ("王一/文", "文/王一"),
    "BENBAO_XUN_NAMES": (" 记者 赵冬 昨日", "记者赵冬昨日"),
    "SENTENCE_CLOSE": ("就在身边。", "正观新闻·郑州晚报记者 王译博"),
    "SUBHEAD_MARK": ("导语\n## 小标题", "正文 ## 不是小标题"),
    "PARTY_GROUP_END": ("郑州市大数据管理局党组", "党组织"),
    "HAN_SAMPLE": ("a" + "郑" * P.SCRIPT_SAMPLE, "a" + "郑" * (P.SCRIPT_SAMPLE - 1)),
    "FURNITURE_ANYWHERE_RE": ("正文【打印】", "分享到朋友圈"),
    "FURNITURE_RE": ("分享到", "分享经验"),
    "SEPARATOR_LINE": ("-----", "--- 完 ---"),
    "FURNITURE_GLUE": ("微信 | 微博", "微信微博"),
    "CLAUSE_MARK": ("马宇骏介绍,石家庄", "市领导到上街区、新密市调研"),
    "STAMP_FILLER": ("(2023年9月24日)", "河南报业网"),
    "DATE_LINE_FILLER": ("星期四 | 2024年9月19日", "农历八月十七"),
    "PAGE_HEADER_AT": ("人民日报 2024年09月19日 星期四 第01版：要闻", "第一版"),
    "SPACES_AND_DIGITS": (" 3 ", "第3版"),
    "FULL_STOP": ("记者昨日获悉。", "记者昨日获悉,"),
    "CLAUSE_COMMA": ("记者昨日获悉,市里", "记者昨日获悉。"),
    "FILE_EXTENSION": ("zzrb20240919_02.txt", "notes.backup"),
    "NOT_SLUG": ("郑州日报/01", "zzrb_2024-09"),
    "MARKDOWN_SPECIAL_CHAR": ("<script>", "郑州日报"),
    "LEADING_LIST_NUMBER": ("1. 郑州", "2024年"),
    "YAML_PLAIN_KEY": ("date_source", "题名"),
    "YAML_UNSAFE": ("行\u2028分隔", "郑州\n日报"),
    "LONE_SURROGATE": ("a\ud800", "𠀀"),
    "SUBTITLE_DASHES": ("——访郑东新区党工委书记孙建功", "访郑东新区党工委书记孙建功"),
    "BIBTEX_KEY_UNSAFE": ("zzrb 01", "zzrb-2024:01"),
    "SLUG_SAFE": ("杨丽萍", "Yang Liping"),
    "SLUG_DROP": ("杨 丽萍", "杨丽萍"),
    "XML_FORBIDDEN": ("a\x0bb", "a\tb\n"),
    "PAGE_CODE": ("A02", "A2-3"),
    "CJK_RUN": ("郑东新区", "apec 2024"),
    "WORD_RUN": ("apec", "郑州"),
    "CJK_BIGRAM": ("郑东", "郑"),
    "TERM_RUN": ("郑州2024", "，。!"),
    "MD_HEADING": ("## 小标题", "正文 ## 不是小标题"),
    "MD_ESCAPE": ("\\*", "*"),
    "SAFE_URL": ("articles/zzrb-01.html", "../secret.html"),
    "META_CHARSET": (b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
                     b'<meta name="keywords" content="charset">'),
    "CONTROL_CHAR": ("\x00\x01", "郑州\t\n"),
    "LOADED_URL": ('<script src="https://unpkg.com/iframe-worker/shim"></script>', '<a href="https://example.com">'),
    "URL_SLASHES": ("https://x.cn", "/assets/a.js"),
    "OUTSIDE_URL": ("https://unpkg.com", "data:image/png;base64,AAAA"),
    "LATIN_WORD": ("读报室 · The reading room", "读报室"),
    "SITEMAP_ENTRY": ("<url><loc>a.html</loc></url>", "<urlset></urlset>"),
    "SITEMAP_LOC": ("<loc>https://x/a.html</loc>", "<lastmod>2026-12-03</lastmod>"),
    "SITEMAP_LASTMOD": ("<lastmod>2026-12-03</lastmod>", "<loc>https://x/a.html</loc>"),
    "MKDOCS_NOTABLE": ("WARNING -  Doc file 'a.md' contains a link", "INFO    -  Building documentation"),
}


@pytest.mark.parametrize("name", sorted(MATCHES))
def test_pattern_example_and_near_miss(name):
    regex = getattr(P, name)
    good, bad = MATCHES[name]
    anchored = regex.pattern[:1] in ("^", b"^")  # (META_CHARSET is a bytes pattern)
    assert (regex.match(good) if anchored else regex.search(good)), (name, good)
    if name in ("PARAGRAPH_END", "PAGE_NUMBERS", "DATE_LINE", "WIDGET_WORD", "RELATED_NEWS", "NAV_BAR",
                "PAGE_HEADER_SHORT", "COLUMN_LABEL", "SPEAKER_LINE", "SERIES", "TW_REPORT", "NAME_RE",
                "SLASH_CREDIT", "CITATION_FOOTER", "MASTHEAD_LINE", "BREADCRUMB", "WIDGET_BAR",
                "LATIN_WIDGET", "LABEL_ONLY", "MENU_ITEM", "ROLE_AT_END", "SPACES_AND_DIGITS"):
        assert not regex.fullmatch(bad.strip()) and not (anchored and regex.match(bad) and regex.pattern.endswith("$")), (name, bad)
    else:
        assert not (regex.match(bad) if anchored else regex.search(bad)), (name, bad)


def test_every_pattern_has_an_example():
    names = list(vars(P))
    own = names[:names.index(BROWSE_SECTION)] + names[names.index(AFTER_BROWSE):]
    compiled = {n for n in own if isinstance(getattr(P, n), re.Pattern) and n.isupper()}
    assert compiled <= set(MATCHES), sorted(compiled - set(MATCHES))


def test_every_pattern_is_named_once():
    """A second `NAME = …` in patterns.py silently replaces the first for every stage that reads it."""
    import ast
    tree = ast.parse(open(P.__file__, encoding="utf-8").read())
    assigned = [t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets if isinstance(t, ast.Name)]
    assert not {n for n in assigned if assigned.count(n) > 1}


def test_tables_are_clean():
    assert all(isinstance(p, str) and p for p in P.FURNITURE_PHRASES)
    assert not set(P.ROLE_AUTHOR) & set(P.ROLE_EDITOR)
    assert "要闻" in P.SECTION_NAMES and "港聞" in P.SECTION_NAMES


def test_role_names_found_from_their_offices_are_role_name_matches():
    """keywords.iter_role_names finds ROLE_NAME's matches without ROLE_NAME's slow scan: the
    same matches on every fixture and on random text made of the pieces that matter (long Han
    runs before an office, chained and overlapping offices, names, punctuation)."""
    import random
    from pathlib import Path

    from reading_room.convert.meta.keywords import fold, iter_role_names

    def expected(text):
        return [(m.start("org"), m.start("role"), m.start("name"), m.end("name"))
                for m in P.ROLE_NAME.finditer(text)]

    texts = [fold(p.read_text("utf-8", errors="replace"))
             for p in sorted((Path(__file__).parent / "fixtures").glob("*.txt"))]
    pieces = list("登封市委王鸿勋郭程明陈在由的。，、 a·") + ["书记", "副书记", "局长", "党组", "主任", "表示", "麦慕娜"]
    rng = random.Random(7)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 80))) for _ in range(3000)]
    for text in texts:
        assert list(iter_role_names(text)) == expected(text), text


def test_role_then_name_is_offices_then_a_name():
    match = re.match(P.ROLE_THEN_NAME, "书记、局长曹柳昕表示")
    assert (match["role"], match["name"]) == ("书记、局长", "曹柳昕")
    assert re.match(P.ROLE_THEN_NAME, "市委书记王鸿勋") is None  # 市委 is the organisation, not an office


def test_a_value_ends_at_the_next_label_printed_without_a_space():
    found = {m.group("label"): m.group("value") for m in P.LABEL_VALUE.finditer("2019-09-26 12:11来源：证券时报网作者：李在山")}
    assert found == {"来源": "证券时报网", "作者": "李在山"}


def test_breadcrumb_labels_in_their_several_wordings():
    for text in ("您所在的位置：", "您当前所在位置：首页", "當前位置：首頁"):
        assert P.BREADCRUMB.match(text), text
    assert not P.BREADCRUMB.match("位置：北京市朝阳区")


def test_related_lists_and_site_terms_are_furniture():
    assert P.RELATED_NEWS.match("为你推荐") and P.RELATED_NEWS.match("點擊排行")
    assert P.COPYRIGHT.search("京公网安备11010502032503号")
    assert P.COPYRIGHT.search("声明：本网力求信息真实，文章仅供参考，不构成实质性投资建议，据此操作风险自担。")


def test_an_edition_that_is_a_paper_of_its_own():
    assert P.PAPER_NAME.search("作为一名人民日报海外版特约记者").group("paper").endswith("人民日报海外版")
    assert P.BOOK_PAPER.search("《人民日报海外版》 (2005年09月10日 第二版)").group("paper") == "人民日报海外版"
