"""Every pattern the converter uses, named, with an example and a note on why.

Stages import names from here; no stage compiles a regex of its own. Each entry is covered by
`tests/test_patterns.py`, which checks the example matches (and a near miss does not).
"""
from __future__ import annotations

import re

# --- character classes -----------------------------------------------------------------------

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: One name: 2–4 Han characters, or a transliterated name joined by a middle dot (阿依·买买提).
#: After the surname a character the font lacked may be printed as a box (`鄭□`).
NAME = rf"[{HAN}][{HAN}□]{{1,3}}|[{HAN}]{{1,6}}[·・][{HAN}]{{1,8}}"
NAME_RE = re.compile(rf"^(?:{NAME})$")
#: One Han character (counted: a headline has at least two).
HAN_CHAR = re.compile(rf"[{HAN}]")
#: Characters of markup or code shown as text: `&lt;script&gt;`, `<!--`, `{{ }}`.
CODE_LIKE = re.compile(r"[<>{}&;=]")

#: Sentence-final punctuation: a line ending here ends a paragraph.  Closing quotes count only
#: after a sentence end (…。” / …！」), handled by PARAGRAPH_END.
PARAGRAPH_END = re.compile(r"(?:[。！？!?…；;：:]|[。！？!?…][”’」』\"）)]+|[”」』][。！？])\s*$")
#: Punctuation inside a sentence other than `、`: its presence makes a short line prose.
SENTENCE_PUNCT = re.compile(r"[,，;；。！？!?]")
#: A line ending inside a number (`约35.`, `1,`): the next line's digits continue it.
NUMBER_BREAK_END = re.compile(r"\d[.．,]?$")
#: A line that starts with a short tail of a broken word and then a comma: `战,共话…`.
CONTINUATION_START = re.compile(rf"^[{HAN}\w%％]{{1,3}}[,，、;；。”]")

def _unnamed(regex: re.Pattern) -> str:
    return re.sub(r"\?P<\w+>", "", regex.pattern)


# --- markup debris ---------------------------------------------------------------------------

#: An HTML/XML tag: `<samp id="6birc">`, `</tbody>`, `<BR/>`.  Only tag-shaped text with a
#: letter after `<`, so `a<b` in prose and `<<书名>>` survive.
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s+[^<>]*?)?\s*/?>")
#: The end of a tag whose start the dump lost, opening a line: `SourcePh" style="display:none">`.
HTML_TAG_TAIL = re.compile(r"""^\s*[A-Za-z0-9_-]*["']?(?:\s+[A-Za-z-]+=(?:"[^"<>]*"|'[^'<>]*'))+\s*/?>""")
#: An HTML comment `<!-- … -->` (on one line).
HTML_COMMENT = re.compile(r"<!--.*?-->")
#: A named or numeric character reference: `&nbsp;`, `&#12345;`, `&#x4e2d;`.
HTML_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
#: A leftover ordered-list marker from `<ol><li>` at line start: `1. 鄭州在引領…`.
#: A number, a dot and a SPACE: Chinese numbering is written `1.` / `1、` without one.
LIST_MARKER = re.compile(r"^\s*(?:\d{1,2}\.|[•·▪◆●○■□\-\*])\s+")
#: A bare URL or domain: `www.uuyoujizz.com`, `http://x.cn/a?b=1`.
#: An image's file name left in the text by a saved page or a forum: `2010129961728690.jpg`.
IMAGE_FILE = re.compile(r"(?<![\w/.-])[\w-]{3,60}\.(?:jpe?g|JPE?G|png|PNG|gif|GIF|webp|bmp)(?![\w/])")
URL = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"'，。）)】]+"
                 r"|\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|gov|edu|info|cc|tv|hk|tw)"
                 r"(?:\.[a-z]{2})?(?:/[^\s<>\"'，。）)】]*)?\b")

# --- page furniture --------------------------------------------------------------------------

#: A page header: `第02版:要闻`, `第A02版：要闻综合`, `A2 要闻` (groups: page, section).
PAGE_HEADER = re.compile(
    r"^第?\s*(?P<page>[A-Z]?\d{1,3}|[一二三四五六七八九十]{1,3})\s*版\s*[:：]?\s*"
    r"(?:[(（](?P<paren>[^()（）\s]{0,10})[)）])?(?P<section>[^\s|│()（）]{2,10})?")
#: A page header without `第`, as e-paper page lists print them: `A02版:要闻`, `02版:要 闻`,
#: `A15版:青未了·风雅颂` (the colon is required: `3版` alone starts prose too).
PAGE_HEADER_BARE = re.compile(rf"^(?P<page>[A-Z]?\d{{1,3}})\s*版\s*[:：]\s*(?P<section>[{HAN}·・]{{1,10}}(?: [{HAN}]{{1,4}})?)\s*$")
PAGE_HEADER_SHORT = re.compile(r"^(?P<page>[A-Z]\d{1,2})\s+(?P<section>[" + HAN + r"]{2,6})$")

#: Navigation and widget phrases removed wherever they stand on a line.  Each is a whole word
#: of page chrome, never prose: `上一版`, `下一版`, `分享到:`, `【打印】`.
FURNITURE_PHRASES = (
    "返回主页", "版面导航", "标题导航", "標題導航", "版面導航", "返回目錄", "返回目录",
    "上一版", "下一版", "上一期", "下一期", "上一篇", "下一篇", "上一頁", "下一頁", "上一页", "下一页",
    "本版标题导航", "本版標題導航", "往期回顾", "往期回顧", "本期导读", "本期導讀", "过往期刊", "過往期刊",
    "【打印】", "【关闭】", "【關閉】", "【打印此文】", "【关闭窗口】", "【關閉窗口】", "【返回顶部】",
    "打印本页", "关闭窗口", "關閉窗口", "收藏本文", "我要纠错", "我要糾錯",
    "分享到：", "分享到:", "分享至：", "分享至:", "分享到", "字号：", "字號：", "字号:", "字號:",
    "【大 中 小】", "【大中小】", "扫一扫", "掃一掃", "在手机上阅读", "在手機上閱讀",
    "微信", "微博", "QQ空间", "QQ空間",
    # an archive's note that a picture was printed here (People's Daily database pages)
    "(附图片)", "（附图片）", "(附图)", "（附图）", "(附照片)", "（附照片）",
    # forum chrome around a reposted article
    "[复制链接]", "[複製鏈接]", "复制链接", "複製鏈接", "上一主题", "下一主题", "上一主題", "下一主題", "显示全部楼层", "顯示全部樓層",
    "只看该作者", "只看該作者", "阅读模式", "閱讀模式",
    # skip links, comment boxes, reading prompts, newsletter chrome (portals and e-news letters)
    "跳转到正文内容", "跳转到路径导航栏", "跳到主要内容", "跳到主要內容", "跳至主要内容", "跳至主要內容",
    "网友评论", "網友評論", "更多评论", "更多評論", "发表评论", "發表評論", "匿名发表", "匿名發表", "登录名", "登錄名",
    "请继续往下阅读", "請繼續往下閱讀", "继续阅读", "繼續閱讀", "订阅/退订", "訂閱/退訂", "看历史报份", "看歷史報份",
    "无法正常浏览内容", "無法正常瀏覽內容", "请按这里在线阅读", "請按這裡線上閱讀", "Powered By Google",
    "PDF版阅读", "PDF版閱讀", "PDF 版", "PDF版", "更多>>", "更多»", "更多",
    # a teaser's "read more" link, glued to the next teaser's headline: `詳細內容 »醫管局通過…`
    "詳細內容 »", "詳細內容»", "詳細內容 >>", "详细内容 »", "详细内容»", "详细内容 >>", "详细内容>>", "詳細內容>>",
    # the same after a teaser's last sentence: `…寻找经济大省坚韧前行的暖意。详情>>>`
    "详情>>>", "詳情>>>", "详情>>", "詳情>>", "更多>>>", "詳全文>>", "详全文>>",
    # an e-paper's link to the whole page's image (Founder e-paper photo views)
    "通版阅读请点击:", "通版阅读请点击：", "通版閱讀請點擊:", "通版閱讀請點擊：", "展开通版", "收缩通版", "展開通版", "收縮通版",
)
#: A font-size switch anywhere in a line: `【字体:↑大 ↓小`, `【字体：大 中 小】`, `[字號 大 中 小]`.
FONT_SIZE_WIDGET = re.compile(r"(?:[【\[]\s*字[体體号號]\s*[:：]?|字[体體号號]\s*[:：])\s*[↑↓]?\s*[大中小]"
                              r"(?:\s*[↑↓]\s*[大中小]|\s+[大中小]){1,2}\s*[】\]]?")
#: A teaser's read-more link, all of what `clean` removed at a line's start: `閱讀全文`, `詳細內容 »`.
READ_MORE = re.compile(r"(?:閱讀全文|阅读全文|查看全文|詳全文|详全文|詳細內容|详细内容|閱讀更多|阅读更多|繼續閱讀|继续阅读|"
                       r"(?:看|查看)?(?:更多|详情|詳情)|[Rr]ead [Mm]ore(?:\s*Details)?)\s*(?:[»›>]{1,3})?")
#: Lines that are nothing but a navigation bar made of `|`-separated short items:
#: `返回主页 | 郑州日报 | 版面导航 | 郑州晚报`.
NAV_BAR = re.compile(rf"^[\s{HAN}A-Za-z0-9、]{{1,12}}(?:\s*[|│｜┊┆]\s*[{HAN}A-Za-z0-9、 ]{{0,12}}){{2,}}\s*$"
                     rf"|^[\s{HAN}A-Za-z0-9、]{{1,24}}(?:\s*[|│｜┊┆]\s*[{HAN}A-Za-z0-9、 ]{{0,24}}){{4,}}\s*$")
#: A breadcrumb trail: `首页 > 新闻中心 > 正文`, `当前位置：首页 >> 国内` (two or more steps, or
#: one step from a home/location word).  Judged on the whole line, never inside prose.
#: A breadcrumb at the start of a line, the rest after a wide gap: `您当前的位置 ： 洛阳网 > 新闻中心 > 资讯速递  来源: …`.
BREADCRUMB_LEAD = re.compile(r"^\s*(?:您?(?:当前|現在|现在|目前|所在)的?位置|您的位置)\s*[:：]\s*"
                             r"[^\s>›»→，。,]{1,16}(?:\s*(?:>>?|›|»|→|＞)\s*[^\s>›»→，。,]{1,16})+(?=\s{2,}\S)")
#: The label before a breadcrumb: `当前位置`, `您的位置`, `您现在的位置`, `您所在的位置`, `您当前所在位置`.
_HERE = r"(?:您|你)?(?:当前|當前|现在|現在|目前)?所在的?位置|(?:您|你)?(?:当前|當前|现在|現在|目前)的?位置|(?:您|你)的位置"
BREADCRUMB = re.compile(rf"^\s*(?:(?:{_HERE})\s*[:：]?\s*)?"
                        rf"[^\s>›»→，。,]{{1,16}}(?:\s*(?:>>?|›|»|→|＞)\s*[^\s>›»→，。,]{{1,16}}){{2,}}\s*[>›»]?\s*$"
                        rf"|^\s*(?:{_HERE})\s*[:：]\s*[^，。,]{{0,40}}$"
                        rf"|^\s*(?:首页|首頁|主页|主頁)\s*(?:>>?|›|»|→|＞)\s*[^，。,]{{1,30}}$"
                        rf"|^\s*[{HAN}]{{2,6}}\s+(?:>>?|›|»|＞)\s+[{HAN}]{{2,6}}\s*$")
#: A menu: five or more short items separated by spaces (`今日新聞 社論 評論 專題報導 自由廣場 報社簡介`),
#: or four when one of them is a menu word (MENU_WORDS).  Prose and headlines have longer runs.
MENU_ITEM = re.compile(rf"^[{HAN}A-Za-z0-9·&]{{1,6}}$")
MENU_WORDS = frozenset("""首页 首頁 主页 主頁 回首頁 回首页 新闻 新聞 即時 即时 要闻 要聞 视频 視頻 影音 图片 圖片 部落格
博客 论坛 論壇 网站总览 網站總覽 专题 專題 社論 社论 评论 評論 财经 財經 娱乐 娛樂 体育 體育 国际 國際 生活 科技
登录 登入 注册 註冊 订阅 訂閱 搜索 搜尋 更多 RSS APP""".split())
#: A bar of bracketed widget buttons: `推荐】【 小字】【打印】【关闭`, `【打印】【关闭窗口】`.
WIDGET_BAR = re.compile(r"^\s*[【\[]?(?:\s*[^【】\[\]，。,]{1,8}\s*[】\]]\s*[【\[]){1,}\s*[^【】\[\]，。,]{1,8}\s*[】\]]?\s*$")
#: A bar of items between vertical separators, judged item by item when NAV_BAR's tight shape
#: fails (`頻 道: 首 頁 |新 聞|國 際|財 經(jīng)|…`, `2012-7-3 19:14| 发布者: X| 查看: 1026| 评论: 0`).
BAR_SEPARATOR_CHARS = "|│｜丨┊┆"
BAR_SEPARATOR = re.compile(rf"\s*[{BAR_SEPARATOR_CHARS}]\s*")
#: A page-view or comment counter in such a bar: `查看: 1026`, `评论: 0`, `阅读 3.2万`.
COUNTER = re.compile(r"^(?:查看|阅读|閱讀|点击|點擊|浏览|瀏覽|评论|評論|回复|回覆|点赞|點讚|收藏|分享)\s*[:：]?\s*[\d.]+万?$")
#: A comment box's prompt and counts, all of a line: `我来说两句 0条评论 0人参与,`.
COMMENT_BOX = re.compile(r"^\s*(?:(?:我来说两句|我來說兩句|发表评论|發表評論)\s*)?(?:[\d,]+\s*(?:条评论|條評論|人参与|人參與|人评论|人評論)"
                         r"[\s,，]*){1,3}$|^\s*(?:我来说两句|我來說兩句)\s*$")
#: A web archive's capture stamp: `archived 17 Mar 2025 03:24:33 UTC`, `saved from url=…`.
ARCHIVE_STAMP = re.compile(r"^\s*(?:archived|saved from|captured|retrieved)\b.*\d", re.IGNORECASE)
#: An archive's capture stamp leading the first line (`date 2026-02-13 我的頻道`): the day the page
#: was saved, not evidence of its date; the rest of the line stays.
ARCHIVE_STAMP_LEAD = re.compile(r"^\s*date\s+(?:19|20)\d{2}-\d{2}-\d{2}\b\s*")
#: A "read more" mark closing a teaser: `…社福保護網織得更密,包 ......`, `…推进...`, `…猶記二零一九年 […]`.
#: Chinese prose writes its ellipsis `……`; three ASCII dots after Han text are a cut teaser.
MORE_DOTS = re.compile(rf"\s+\.{{4,}}\s*$|(?<=[{HAN}，,、])\.{{3}}\s*$|\s*\[(?:…|\.{{3}}|……)\]\s*$")
#: A button printed after a headline or a date on the same line: `扶持書房保住觀光生意的久長 列印`,
#: `[2012-12-11]    我要評論`.  Only words no headline ends with after a space.
TRAILING_BUTTON = re.compile(r"\s+(?:我要评论|我要評論|发表评论|發表評論|列印|打印|放大图片|放大圖片)\s*$")
#: A back-to-home link after a story's last sentence: `…整顿仍将持续。返回腾讯网首页`.
BACK_HOME = re.compile(rf"(?<=[。！？!?」”])\s*返回[{HAN}A-Za-z]{{0,8}}(?:首页|首頁)\s*(?:>>|»)?\s*$")
#: A news site's posting time after an instant-news headline: `明報聲明 (07:35)`.
TRAILING_CLOCK = re.compile(rf"(?<=[{HAN}」”）)])\s*[(（]\d{{1,2}}:\d{{2}}[)）]\s*$")
#: A clock time beside a date: `2009年03月04日09:42`, `2025/04/28 16:53`, `00:00:00`.
CLOCK_TIME = re.compile(r"(?<!\d)\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?!\d)")
#: How the name of a news source ends: `河南报业网`, `郑州日报`, `中央社`, `电视台`.
SOURCE_NAME_END = re.compile(r"(?:网|網|报|報|社|台|新闻|新聞|电视|電視|在线|在線|客户端|客戶端)$")
#: The note closing a photo caption: `(資料照)`, `(楊柏賢攝)`, `（记者 王一 摄）`, `(新华社发)`.
#: Who stands where in a photo caption: `刘潇潇(右一)指导学生…`, `（前排左三）`, `(中)`.
CAPTION_POSITION = re.compile(r"[(（](?:前排|后排|後排|前|后|後)?[左右中][一二三四五六七八九十\d]?(?:[、,，至][左右中]?[一二三四五六七八九十\d]?)*[)）]")
PHOTO_NOTE = re.compile(r"[(（][^()（）]{0,24}(?:摄|攝|照|供图|供圖|图|圖|发|發)[)）]$")
#: An issue number beside a date: `2025/06/23 第8921期`.
ISSUE_NUMBER = re.compile(r"第\s*\d{1,6}\s*期")
#: Words of an e-paper's own navigation (its page list and issue pager), not a portal's.
EPAPER_NAV_WORDS = ("版面导航", "版面導航", "标题导航", "標題導航", "上一版", "下一版", "上一期", "下一期", "往期回顾")
#: A note naming where a reprint first appeared: `(原载于2021年6月1日《郑州晚报》A7版)`,
#: `原文刊登于《联合早报》`, `转载自…`.  Metadata (publication and date evidence), not text.
#: The words a reprint note opens with (shared by REPRINT_NOTE and TRAILING_NOTE).
REPRINT_WORDS = r"原载于|原載於|原文刊登于|原文刊登於|转载自|轉載自"
REPRINT_NOTE = re.compile(rf"^[(（]?\s*(?:{REPRINT_WORDS}|原载|原載|原刊于|原刊於|转自|轉自|来源于|來源於)"
                          r"[^。！？!?]{2,60}[)）]?$")
#: A page's issue information: `新676期 总第871期 逢周四出版 共16版`, `总第二期 本期 24 版全彩 issn:2258-7950`.
ISSUE_INFO = re.compile(r"(?:总第|總第)\s*[\d一二三四五六七八九十百]+\s*期|[共本期]\s*\d{1,3}\s*版|逢周[一二三四五六日]出版|ISSN|issn")
#: A contact line: `电话:+33(0)9 50 71 89 11`, `Ph: (02)9737 9889 Fax: …`, `本报联系方式`.
CONTACT = re.compile(r"(?:电话|電話|传真|傳真|Tel|TEL|Ph|Fax|FAX)\s*[:：.]\s*\+?\(?\d[\d\s()-]{5,}|^(?:本报|本報)?联系方式$|^(?:本报|本報)?聯繫方式$")
#: A table-of-contents entry pointing to its page: `拉登:22年圣战 40分钟毙命 P04`, `全方位>>B2`.
TOC_ENTRY = re.compile(r"\s(?:[PpＰ]\s?\d{1,3}|>>\s*[A-Z]?\d{1,3})$|>>\s*[A-Z]\d{1,3}$")
#: A contents entry's page pointer anywhere in a line: `… 40分钟毙命 P04 中国…`.
PAGE_POINTER = re.compile(r"(?<![A-Za-z])[PpＰ]\s?\d{1,3}(?![\dA-Za-z])")
#: A notice of a page still loading: `调查问题加载中,请稍候。`, `若长时间无响应,请刷新本页面`.
LOADING_NOTICE = re.compile(r"(?:加载中|加載中|载入中|載入中)[,，]?\s*(?:请稍候|請稍候)|请刷新本页面|請重新整理")
#: A date in English over a page: `Tuesday, March 21, 2023`, `Nov 9, 2018, 17:08 PM` (a site's
#: header or posting time, never the page's date).
ENGLISH_DATE = re.compile(r"^\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}"
                          r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?\s*$")
#: A site name after a page title: `…在巴黎举行-天天速讯`, `…_新浪网`, `… | 星洲网`.
SITE_SUFFIX = re.compile(rf"\s*(?:[-_|｜]|\s-\s)\s*[{HAN}A-Za-z]{{2,10}}(?:网|網|速讯|速訊|新闻|新聞|频道|頻道|日报|日報|在线|在線)$")
#: A site name and a log-in link: `星洲网 登入`.
SITE_LOGIN = re.compile(rf"^[{HAN}A-Za-z]{{1,6}}(?:网|網)\s+(?:登入|登录|登錄|注册|註冊|登入/注册)$")
#: An archive's page-and-column prefix glued to the text: `第1版()专栏:华主席会见…`.
ARCHIVE_PREFIX = re.compile(r"^第\s*\d{1,3}\s*版\s*[(（][^()（）]{0,10}[)）]\s*(?:专栏|專欄)?\s*[:：]?")
#: A short line printed this often on one page labels its items (`东方文荟` over every teaser of
#: a column index); a headline is printed at most twice (in the headline list, then over its story).
LABEL_REPEATS = 3
MAX_LABEL_CHARS = 10
#: A paper's own-news dateline inside a line, after a run-together headline (OCR'd and copied
#: front pages): `電訊不被歸責 【本報訊】電訊管理局局長…`, `降雪 本报讯(记者 X)昨日…`.
INLINE_DATELINE = re.compile(rf"\s(?:【[{HAN}]{{2,6}}?(?:專訊|专讯|訊|讯)】|本报讯|本報訊)")
#: A teaser's date and credit printed after its headline: `議員促當局交代青洲山保護進展 2024年03月13日|文:論盡採訪組`.
TRAILING_STAMP = re.compile(r"\s(?P<stamp>(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:\s*\d{1,2}:\d{2})?"
                            r"(?:\s*[|｜]\s*[^|｜\s][^|｜]{0,20})?)\s*$")
#: An aggregator's source and age after a teaser's last sentence: `…到訪兩區的輕鐵站「打卡」。am730 ・ 22 小時前`.
AGO_STAMP = re.compile(r"(?<=[。！？!?」”])\s*(?P<stamp>[A-Za-z0-9\u4e00-\u9fff.]{1,12}(?:\s[A-Za-z0-9\u4e00-\u9fff.]{1,8})?\s*[・·]\s*"
                       r"\d{1,3}\s*(?:分鐘|分钟|小時|小时|天|日)前)\s*$")
#: A headline run into its story on one line, set apart by a wide gap (a page flattened to text):
#: `中国第二台“华龙一号”并网发电 年发电能力近100亿度   1月1日22时35分,中国自主…`.
#: What RUN_IN_HEAD_WIDE's gap and RUN_IN_HEAD's space cannot be without (`paragraphs` skips
#: the match on lines with none).
RUN_IN_GAPS = ("   ", "\u3000\u3000", "\t")
RUN_IN_SPACES = (" ", "\u3000")
RUN_IN_HEAD_WIDE = re.compile(r"^(?P<head>\S.{3,47}?)(?: {3,}|\u3000{2,}|\t+)(?P<rest>\S.{19,})$")
#: The same with one space, as a digest prints every item (`罕病女童笑着以手代步 来自民都鲁…`); only
#: taken when most long lines of the page have this shape (see `paragraphs`).
RUN_IN_HEAD = re.compile(r"^(?P<head>[^\s]{4,40})[ \u3000](?P<rest>\S.{19,})$")
#: A reprint note or page pointer closing a paragraph: `…主动献血。(原载于2021年6月1日《郑州晚报》A7版)`,
#: `…議會秩序混亂。{相關新聞見p04}`.
TRAILING_NOTE_ENDS = (")", "）", "}", "】")  # the last character of every TRAILING_NOTE but spaces
TRAILING_NOTE = re.compile(rf"(?:[(（](?:{REPRINT_WORDS})[^()（）]{{2,60}}[)）]"
                           r"|[{(（【]\s*(?:相關新聞|相关新闻|详见|詳見)[^{}()（）【】]{0,12}?[pP第]?\s*[A-Z]?\d{1,3}\s*[版頁页]?\s*[})）】])\s*$")
#: A pointer to other pages: `{相關新聞見p04}`, `(详见第3版)`, `全方位>>B2`, `■详见A4`.
SEE_PAGE = re.compile(r"^(?:[{(（【\[]|[□⊙☉●■◎○◆▲△])?\s*(?:相關新聞|相关新闻|详见|詳見|见|見|全方位|更多)[^{}()（）]{0,12}?"
                      r"(?:[pP第]\s*)?[A-Z]?\d{1,3}\s*[版頁页]?\s*[})）】\]]?$|^[{(（]\s*(?:详见|詳見)\s*第?\s*$"
                      r"|^[{(（\[]\s*[pP]\s*\d{1,3}\s*[})）\]]$")
#: A field label standing alone on its line (`专栏:`): an archive's metadata, not text.
LABEL_ONLY = re.compile(rf"^[{HAN}]{{2,4}}\s*[:：]$")
#: A font-size toggle's letters: `T|T`, `A+ A-`, `A|A|A`.
FONT_SIZE_TOGGLE = re.compile(r"^[AT][+-]?(?:\s*[|｜]?\s*[AT][+-]?)*$")
#: A short line of Latin letters only in a Chinese page: a button or link left by the page
#: (`RSS`, `NEWS link`, `PDF`, a lone `A` from an image's alt text).
LATIN_WIDGET = re.compile(r"^\s*[-–—•·]?\s*[A-Za-z][A-Za-z .'-]{0,15}\s*$")
#: A template's identifier alone on a line, an image's name left as its alt text: `dushi_top_nav_25`.
SNAKE_IDENTIFIER = re.compile(r"^\s*[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\s*$")
#: An app or subscription promotion: `點我下載APP`, `下载客户端`, `扫码关注`.
PROMO = re.compile(r"(?:下载|下載|打开|打開|安装|安裝|用)\s*[「“《]?[^」”》\s]{0,16}?(?:APP|App|app|客户端|客戶端)|(?:扫码|掃碼|扫描二维码|掃描二維碼)"
                   r"|立即(?:投票|參加|参加|領取|领取|訂閱|订阅)"
                   # `第一手消息請下載on.cc東網`, `想生活更精明，請讚好TOPick Facebook`
                   r"|(?:請|请)(?:下載|下载)\s*[A-Za-z][A-Za-z.]*\s*[\u4e00-\u9fff]{0,4}(?:網|网|App|APP)?"
                   r"|(?:請|请)(?:讚好|赞好)"
                   # `【更多即時新聞詳情請上東網新聞】`
                   r"|(?:詳情|详情)(?:請|请)(?:上|瀏覽|浏览|登入|登录|登錄)")
#: A page's instructions for sharing it: `用微信“扫一扫”，点击右上角分享按钮`,
#: `即可将网页分享给您的微信好友或朋友圈。` (whole short lines only; see `clean`).
SHARE_HOWTO = re.compile(r"(?:扫一扫|掃一掃).{0,12}(?:分享|點擊|点击)|分享(?:给|給)您?的?(?:微信)?(?:好友|朋友)"
                         r"|分享(?:按钮|按鈕)|(?:分享|轉發|转发)(?:到|至)(?:朋友圈|微信|微博)")
#: A notice about the reader's browser: `您的IE浏览器版本太低,请升级至IE8及以上版本`,
#: `為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。`.
BROWSER_NOTICE = re.compile(r"(?:浏览器|瀏覽器)[^。]{0,24}(?:版本太低|版本過低|版本过低|请升级|請升級|不支持|不支援)"
                            r"|(?:无法|無法)正常(?:浏览|瀏覽|显示|顯示)"
                            r"|(?:最佳|最好)(?:瀏覽|浏览)(?:效果|體驗|体验)[^。]{0,30}(?:Chrome|Firefox|Edge|Safari|瀏覽器|浏览器)")
#: A consent or privacy notice: `請同意我們的隱私權規範,才能啟用聽新聞的功能。`, `本网站使用Cookie`.
CONSENT_NOTICE = re.compile(r"(?:隱私權|隐私权|隱私政策|隐私政策|个人信息保护|個人資料保護|[Cc]ookies?)[^。]{0,30}"
                            r"(?:同意|接受|啟用|启用|使用|了解|瞭解)|(?:同意|接受)[^。]{0,12}(?:隱私權|隐私权|隱私政策|隐私政策|[Cc]ookies?)")
#: A dateline closing a story, as Hong Kong and Macau papers print it: `(北京七日電)`,
#: `（新华社北京3月7日电）`, `(本報訊)`.
CLOSING_DATELINE = re.compile(r"^[（(]\s*(?:新華社|新华社|中新社|中央社|本報|本报)?[\u4e00-\u9fff]{0,8}?"
                              r"(?:(?:\d{1,2}月)?\d{1,2}日|[一二三四五六七八九十廿卅]{1,3}日)?\s*(?:電|电|訊|讯)\s*[）)]$")
#: A short column tag set off by a bar before a headline: `我“悦”南周|`, `棱镜|`, `颱風蘇拉｜`.
BAR_TAG = re.compile(r"^[^|｜，,。]{1,8}\s*[|｜]\s*(?=\S)")
#: The same after the headline: `一季度平稳开局,5个方面寻找广东经济发展暖意 | 季度观`.
BAR_TAG_AFTER = re.compile(r"(?<=\S)\s*[|｜丨]\s*[^|｜丨，,。\s]{1,8}\s*$")
#: A teaser cut after a whole sentence, as index pages print them: `…禁止出租土地给越南人耕种。…`.
TEASER_CUT = re.compile(r"[。！？!?][”」』]?\s*(?:…{1,2}|\.{3,6})\s*$")
#: A reposting site's stamp: who collected the story and when (`酷勤网收集 2009-11-01`).
REPOST_STAMP = re.compile(r"^[A-Za-z0-9\u4e00-\u9fff]{1,12}(?:收集|收录|收錄|整理|转载|轉載|转贴|轉貼)\s*(?:于|於)?\s*"
                          r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
#: A digest's item headline with its writer, paper and date after slashes:
#: `给首相马哈迪的公开信/郑博夫/东方日报/2018年09月30日`.
TITLE_CREDIT_TAIL = re.compile(r"^(?P<title>[^/／]{4,60}?)\s*[/／]\s*(?P<name>[\u4e00-\u9fff]{2,4})\s*[/／]\s*"
                               r"(?P<paper>[\u4e00-\u9fff]{1,8}?(?:報|报))\s*[/／]\s*(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)$")
#: An index's item on one line: headline, the writer's name, the date, then the teaser:
#: `澳外長強硬聲明:成蕾應得人道待遇 宋子玉 2022-08-13 澳洲外交部長黃英賢周六…`.
RUN_IN_NAME_DATE = re.compile(r"^(?P<head>\S.{3,60}?)\s(?P<name>[\u4e00-\u9fff]{2,3})\s(?P<date>(?:19|20)\d{2}-\d{1,2}-\d{1,2})\s+(?=\S)")
#: A column tag in brackets before a headline: `【社論】廉政公署必須身正,影子才不會斜`, `【調查報道】…`
#: (not a lead's `【本報訊】` / `【明報專訊】`, which opens the story's text, nor a paper's name: `【北美智權報】`).
BRACKET_TAG = re.compile(rf"^【[{HAN}]{{1,8}}(?<![訊讯電电息報报])】\s*(?=\S)")
#: A headline in two parts, the first a question or an exclamation: `解铃还须系铃人? 杨荣文称推翻军政府缅恐成下个伊拉克`.
ASKED_HEADLINE = re.compile(r"^[^。，,；;?？!！]{2,24}[?？!！]\s+[^。，,；;\s][^。，,；;]{3,40}$")
#: A flash label before a headline: `快讯! 柬埔寨境内再增2例确诊`, `突發︰…`.
FLASH_LABEL = re.compile(r"^(?:快讯|快訊|突发|突發|独家|獨家|重磅|最新消息)\s*[!！:：︰]\s*(?=\S)")
#: What is left of a posting line once its labels and time are cut: counts and bars (`2 3898 |`).
COUNTS_ONLY = re.compile(r"^[\d\s|｜]*$")
#: A forum's notices to visitors (Discuz! and its kin): `马上注册,结交更多好友,享用更多功能`,
#: `您需要 登录 才可以下载或查看,没有账号?立即注册`.
FORUM_NOTICE = re.compile(r"(?:马上注册|馬上註冊)[,，]?\s*(?:结交更多好友|結交更多好友)"
                          r"|您需要\s*(?:登录|登錄)\s*才可以(?:下载或查看|下載或查看|查看|回帖)")
#: A page template's placeholders shown as text: `{{ isview_popup.firstLine }}{{ isview_popup.highlight }}`.
TEMPLATE_PLACEHOLDERS = re.compile(r"^(?:\s*\{\{[^{}]{1,80}\}\})+\s*$")
#: A site's age gate over adult content: `限制級`, `您即將進入之新聞內容 需滿18歲 方可瀏覽。`,
#: `我已年滿18歲進入`, `根據「電腦網路內容分級處理辦法」…` (Taiwan's rating rules name every such page).
AGE_GATE = re.compile(r"(?:^\s*(?:限制級|未滿\s*18\s*歲)\s*$)|(?:需|已|未)(?:年)?滿\s*18\s*歲[^。]{0,12}(?:瀏覽|进入|進入|离开|離開)"
                      r"|網路內容分級|网络内容分级|網站分級推廣|不同意本條款")
#: A notice in Japanese kana (a site's language switch: `こちらのページは繁体字版です。…`), never
#: the text of a Chinese article: this many kana, making this share of the line's letters.
KANA = re.compile(r"[\u3040-\u30ff]")
KANA_MIN, KANA_SHARE = 5, 0.3
#: A page label: `Page 1`, `第3页`, `P.12`.
PAGE_LABEL = re.compile(r"^\s*(?:Page|PAGE|P\.?)\s*\d{1,3}\s*$|^\s*第\s*\d{1,3}\s*(?:页|頁)\s*$")
#: A paper's masthead in Latin capitals with its slogan: `SIN CHEW DAILY 我們-起守護`,
#: `NANYANG SIANG PAU 您的创富夜伴` (two or more capitalised words, then a few Han characters).
LATIN_MASTHEAD = re.compile(rf"^\s*[A-Z]{{2,}}(?:\s+[A-Z]{{2,}})+\s*[{HAN}\-–—·\s]{{0,10}}$")
#: A trail of sections with spaced slashes: `新闻 / 侨社新闻`, `首頁 / 港聞 / 社會`.
SLASH_TRAIL = re.compile(rf"^\s*[{HAN}A-Za-z]{{1,8}}(?:\s+[/／]\s+[{HAN}A-Za-z]{{1,8}})+\s*$")
#: An archive calendar widget: three or more dates on one line (`2026-02-13,13088| 2026-02-12,…`).
#: Its dates are the archive's, never the page's.
DATE_WIDGET = re.compile(r"(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[^\n]{0,16}?){3,}")
#: Page-number widgets: `上一版3 4下一版` leaves `3 4` behind; `[1] [2] [3]`.
PAGE_NUMBERS = re.compile(r"^\s*(?:\[?\d{1,3}\]?\s*){1,12}$")
#: Heading of a related-news list; the short lines after it are the list.
RELATED_NEWS = re.compile(r"^\s*(?:相关新闻|相關新聞|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|热点推荐|熱點推薦"
                          r"|相关链接|相關鏈接|相关报道|相關報導|更多新闻|更多新聞|更多关于.{1,24}的新闻|更多關於.{1,24}的新聞"
                          r"|为你推荐|為你推薦|相关推荐|相關推薦|猜你喜欢|猜你喜歡|点击排行|點擊排行|热门推荐|熱門推薦|相关文章|相關文章"
                          r"|您可能有興趣|您可能有兴趣|您可能感興趣|您可能感兴趣|你可能感兴趣|你可能感興趣"
                          r"|其他人也在看|大家都在看|其他人還看了|其他人还看了)\s*[:：]?\s*$")
#: A newsletter's ad for the publisher's other newsletters: `【Career職涯電子報】提供職場趨勢…`.
NEWSLETTER_AD = re.compile(r"^【[^【】]{2,16}(?:電子報|电子报|充電報|充电报)】\s*\S")
#: Copyright and ad lines: `版权所有 郑州日报社`, `Copyright © 2024`, `广告`.
COPYRIGHT = re.compile(r"(?:版权所有|版權所有|Copyright|©|ICP备|ICP備|未经授权|未經授權|广告热线|廣告熱線|免责声明|免責聲明"
                       r"|版权声明|版權聲明|版权均属|版權均屬"
                       # a site's disclaimer: `声明：…仅供参考，不构成实质性投资建议，据此操作风险自担。`
                       r"|不构成(?:实质性)?投资建议|不構成(?:實質性)?投資建議|风险自担|風險自擔"
                       # a site's licences: `京公网安备11010502032503号`, `互联网新闻信息服务许可证10120170006`
                       r"|公网安备|公網安備|许可证\s*[:：]?\s*[A-Z\d]|許可證\s*[:：]?\s*[A-Z\d]|京网文|京網文)")
#: A site's terms printed as one long paragraph: `中国日报网版权说明：凡注明来源为…`, `免责声明：…`.
COPYRIGHT_TERMS = re.compile(r"^\s*[\w·]{0,8}?(?:版权说明|版權說明|版权保护|版權保護|版权声明|版權聲明|免责声明|免責聲明)\s*[:：]")
#: A line that is only a stray widget word: `推荐`, `字号`, `打印`.
WIDGET_WORD = re.compile(r"^\s*(?:推荐|推薦|字号|字號|打印|关闭|關閉|收藏|评论|評論|点赞|點贊|分享|返回|顶部|頂部|密码|密碼"
                         r"|[?？]|(?:今日|本期)?导\s*读|(?:今日|本期)?導\s*讀|图片新闻|圖片新聞|更多|阴影(?:\s+阴影)*|陰影(?:\s+陰影)*"
                         r"|听新闻|聽新聞|阅读全文|閱讀全文|查看全文|[(（]?看完整(?:報導|报道)[)）]?|详情|詳情|详情请浏览[:：]?|詳情請瀏覽[:：]?|找回密码|找回密碼"
                         r"|立即注册|立即註冊|登入|登录|登錄|注册|註冊|设置|設定|快讯|快訊|最新|热点|熱點|焦点新闻|焦點新聞|我的頻道|我的频道"
                         r"|(?:热门|熱門|热点|熱點)(?:图片|圖片|新闻|新聞|文章|推荐|推薦|排行|阅读|閱讀)"
                         r"|搜索结果|搜尋結果|恢复默认\s*确定|恢復預設\s*確定|一键登入.*|一鍵登入.*"
                         r"|搜索|搜尋|发新帖|發新帖|立即登录|立即登錄|登录后获取更多权限|登錄後獲取更多權限|[大中小]字[体體号號]"
                         r"|(?:[A-Za-z0-9\u4e00-\u9fff.]{1,12}(?:\s[A-Za-z0-9\u4e00-\u9fff.]{1,8})?\s*[・·]\s*)?\d{1,2}\s*(?:分钟|分鐘|小时|小時|天)前"
                         r"|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}"
                         r"|字[体體号號]\s*[:：]?(?:\s*(?:[大中小]|放大|缩小|縮小|还原|還原))+"
                         r"|[(（【\[](?:附|资料|資料)?(?:图片|圖片|照片)[)）】\]]|放大图片|放大圖片"
                         # a story's save / copy-link / share buttons: `儲存文章`, `複製連結`, `分享至facebook`
                         r"|搜尋新聞|搜索新闻|搜寻新闻"
                         # comment and print buttons, a page's more-links: `我要評論`, `列印`, `MORE+`, `本版新聞`
                         r"|我要评论|我要評論|列印|MORE\s*\+?|[Mm]ore\s*\+|本版新闻|本版新聞"
                         # a site's script switch: `簡体中文`, `繁體中文`, `简体版`
                         r"|(?:簡体|簡體|简体|繁體|繁体)(?:中文|版)?"
                         # an app's note of the album a story is filed in: `本文收录于专辑#南方读+#`
                         r"|本文(?:收录于|收錄於)(?:专辑|專輯|合集|专题|專題)\S{0,24}"
                         # a front page's cover price: `RM1.00` (`BM1.00` as OCR reads it), `HK$10`, `零售价:1.00元`
                         r"|(?:[RB]M|S\$|HK\$|NT\$|US\$)\s?\d{1,3}(?:\.\d{1,2})?|(?:零售价|零售價|定价|定價|售价|售價)\s*[:：]?\s*[\d.]{1,6}\s*(?:元|令吉)?"
                         # a follow-us prompt: `关注国搜官方微信`, `扫码关注公众号`
                         r"|(?:扫码|掃碼|扫描二维码|掃描二維碼)?(?:关注|關注)\S{0,10}?(?:官方)?(?:微信|公众号|公眾號|微博|账号|帳號)"
                         # a site's weather widget: `| 氣 溫 : 24 度`, `天气 晴 25℃`
                         r"|[|｜]?\s*(?:氣\s*溫|气\s*温|溫\s*度|温\s*度|天\s*氣|天\s*气)\s*[:：]?\s*[\u4e00-\u9fff]{0,3}\s*-?\d{1,2}\s*(?:度|℃|°C?)"
                         r"|储存文章|儲存文章|保存文章|复制链接|複製連結|复制网址|複製網址|分享(?:至|到)\s*[A-Za-z\u4e00-\u9fff]{0,10}"
                         r"|\S{1,40}\.(?:jpe?g|JPE?G|png|PNG|gif|GIF|webp))\s*$")

# --- credits ---------------------------------------------------------------------------------

#: Reporter roles.  Longest first so `首席记者` wins over `记者`.
ROLE_AUTHOR = ("全媒体记者", "全媒體記者", "融媒体记者", "融媒體記者", "新媒体记者", "新媒體記者", "视频记者",
               "視頻記者", "主任记者", "主任記者", "采访主任", "採訪主任", "高级记者", "高級記者", "撰文", "首席记者", "首席記者", "特约记者", "特約記者",
               "见习记者", "見習記者", "本报记者", "本報記者", "融媒记者", "融媒記者", "记者", "記者",
               "实习生", "實習生")
ROLE_CORRESPONDENT = ("特约通讯员", "特約通訊員", "通讯员", "通訊員")
ROLE_PHOTO = ("摄影记者", "攝影記者", "摄影", "攝影", "图片", "圖片")
#: Words after the names that annotate the credit, not names: `记者 X 文/图`, `X 摄影报道`.
CREDIT_SUFFIXES = frozenset(("文/图", "文／图", "文/圖", "文／圖", "图/文", "圖/文", "图文", "圖文", "报道", "報導",
                             "报导", "摄影报道", "攝影報導", "综合报道", "綜合報導", "整理", "编译", "編譯"))
ROLE_EDITOR = ("责任编辑", "責任編輯", "责编", "責編", "本版编辑", "本版編輯", "编辑", "編輯", "统筹", "統籌",
               "校对", "校對", "审核", "審核", "制图", "製圖", "美编", "美編")
#: A paper name inside a credit: `郑州晚报记者` → 郑州晚报.
PAPER_NAME = re.compile(rf"(?P<paper>[{HAN}]{{2,6}}(?:日报|晚报|日報|晚報|时报|時報|商报|商報|晨报|晨報|都市报|都市報|青年报|青年報|早报|早報"
                        rf"|今报|今報|快报|快報|导报|導報|周报|週報|侨报|僑報|经济报|經濟報|法制报|法制報|法治报|法治報)"
                        # an edition that is a paper of its own: `人民日报海外版`
                        rf"(?:海外版|香港版|農村版|农村版)?)")
#: A paper's name ending a credit: `編譯/曹國維聯合報` (`聯合報`, `中國時報`, `明報`).
PAPER_NAME_LAST = ("报", "報", "版")  # the last character of every PAPER_NAME_END
PAPER_NAME_END = re.compile(rf"(?P<paper>(?:聯合|联合|中國|中国|自由|明|星島|星岛|蘋果|苹果|東方|东方|僑|侨)(?:報|报)"
                            rf"|{_unnamed(PAPER_NAME)})$")
#: A line led by the paper's own name as a label: `聯合報社論／馬年奔騰…`, `大公報|郭一鳴:…`,
#: `国际日报 | 蕾特诺:…`, `星洲日报—砂拉越-中区__01_01_2026`, `星洲日报~全国_-_04_04_2024`, `南洋商报-财经/要闻20240407`.
PAPER_LABEL = re.compile(rf"^(?P<paper>[{HAN}]{{2,6}}?(?:報|报))[{HAN}]{{0,4}}\s*(?:[／/|｜—–_~]|-(?!\d))")
#: A whole headline in clauses set apart by spaces, the outer ones of four or more characters:
#: `楊伯文告別SNL 最後短劇演到哭 亞莉安娜、雪兒同台送別` (two such, each on a line of its own, over a
#: headline are other stories' headlines: a `快訊` or related-news box).
CLAUSED_HEADLINE = re.compile(r"^\S{4,}(?:\s+\S+)*?\s+\S{4,}$")
#: A section label before an item of a headline list: `今日頭條 全募兵跳票!延1年上路`, `要聞 破紀錄…`.
LISTED_LABEL = re.compile(rf"^[{HAN}]{{2,6}}\s+(?=\S{{6,}})")
#: A website's name: `星洲網`, `南洋网`, `大河网`, an e-paper's brand `自由電子報`.
WEBSITE_NAME = re.compile(rf"[{HAN}]{{2,6}}(?:网|網|電子報|电子报)")
#: A headline led by a person's name and a colon: `雷子健:这个地名有点娘` (group `name`).
NAME_COLON_TITLE = re.compile(rf"^(?P<name>[{HAN}]{{2,4}}?)\s*[:：]\s*\S")
#: An editor's credit, which closes an article page's story: `责任编辑：严玉洁`, `(责编：汤诗瑶、丁涛)`.
EDITOR_LINE = re.compile(r"(?:责任编辑|責任編輯|责编|責編)\s*[:：]")
#: A site's channel after its name in a source label: `人民网-文化频道` → `人民网`.
CHANNEL_TAIL = re.compile(rf"[-_－—|｜][{HAN}A-Za-z]{{1,8}}(?:频道|頻道|版|栏目|欄目|中心)?$")
#: The Founder e-paper system's article properties left as text when the page was saved as
#: text: `2024-02-03 2 2 周口晚报 content_226314.html 1 小记者“跑”两会 /enpproperty-->`.
FOUNDER_PROPERTIES = re.compile(r"/?enpproperty\s*-->\s*$|^\s*<!--\s*enpproperty")
#: A paper's byline for an unsigned column: `聯合報／ 社論`, `聯合報／ 黑白集`, `大公報|社評`, and the
#: other way round, `黑白集/聯合報`.
PAPER_COLUMN_LINE = re.compile(rf"^(?P<paper>[{HAN}]{{1,6}}?(?:報|报))\s*[／/|｜]\s*(?P<column>[{HAN}]{{2,4}})$"
                               rf"|^(?!(?:撰文|攝影|摄影|編譯|编译|整理|文|图|圖|攝|摄)\s*[／/])(?P<column2>[{HAN}]{{2,4}})\s*[／/]\s*(?P<paper2>[{HAN}]{{1,3}}(?:報|报))$")
#: A section heading naming the paper and its column: `自由時報社論相關文章`, `联合早报社论`.
PAPER_COLUMN_HEADING = re.compile(rf"^(?P<paper>{_unnamed(PAPER_NAME)})(?:社論|社论|社評|社评|評論|评论|專欄|专栏|副刊|言論|言论)"
                                  rf"(?:相關文章|相关文章|文章)?$")
#: A page title ending in the paper's name (and its English one): `主题故事‧我们马来西亚人 | 中国报 China Press`.
PAPER_TITLE_TAIL = re.compile(rf"\S\s*(?:[_|｜]|\s[-–—]\s)\s*(?P<paper>[{HAN}]{{1,6}}?(?:報|报))(?:\s+[A-Za-z][A-Za-z .&]*)?\s*$")
#: A paper named in book-title marks: `《平顶山晚报》三十年`, `《 中国青年报 》`.
BOOK_PAPER = re.compile(rf"《\s*(?P<paper>[{HAN}]{{1,10}}?(?:報|报)(?:海外版|香港版|農村版|农村版)?)\s*》")
#: Where the items of a bar or menu line part: `平顶山日报    平顶山晚报`, `返回主页 | 郑州晚报`.
MENU_ITEM_SEPARATORS = "|│｜·"
MENU_ITEM_SPLIT = re.compile(rf"\s*[{MENU_ITEM_SEPARATORS}]\s*|\s{{2,}}|\s")
#: A reprint naming the paper it copied: `~以上新闻转载自世界日报~`, `轉載自《星島日報》`.
REPRINTED_FROM = re.compile(rf"(?:转载自|轉載自|转载于|轉載於|原文刊登于|原文刊登於|原文刊于|原文刊於|原载于|原載於)\s*《?(?P<paper>[{HAN}]{{1,8}}?(?:報|报))》?")
#: A copyright notice naming its owner: `本网原创稿件版权均属于河南经济报社`, `本作品的版权为南方周末或
#:相关著作权人所有`.  An owner of four or more characters, or ending in 报: `归作者所有` names none.
COPYRIGHT_OWNER = re.compile(rf"(?:版权|版權)(?:均|皆)?(?:属于|屬於|归|歸|为|為)\s*(?P<paper>[{HAN}]{{4,8}}?|[{HAN}]{{1,3}}(?:報|报))"
                             rf"(?:社|或|所有)")
#: Abbreviations that name a paper in credits (`郑报全媒体记者`).  Knowledge, not inference.
PAPER_ABBREVIATIONS = {"郑报": "郑州日报", "鄭報": "鄭州日報", "人民日报": "人民日报"}
#: A byline marker printed before the credit: `□河南日报记者李悦`, `☉張國財`, `●本报记者 王一`.
BYLINE_MARKER = re.compile(r"^[□⊙☉●■◎○◆▲△]\s*")
#: A writer's position printed under the name (`廖書蘭` / `香港珠海學院亞洲研究中心研究員`).
POSITION_LINE = re.compile(rf"^[{HAN}A-Za-z0-9、·]{{2,30}}(?:研究員|研究员|教授|講師|讲师|主任|主席|院長|院长|社長|社长|會長|会长"
                           rf"|作家|學者|学者|律師|律师|議員|议员|博士|顧問|顾问|評論員|评论员|專欄作家|专栏作家|總編輯|总编辑)$")
#: A byline marker and a name opening a paragraph, the text after a space: `◎ 施喻琁 民進黨…`
#: (not the column-tag markers: `■出门看天 …` is a kicker).
MARKED_NAME_LEAD = re.compile(rf"^(?P<all>[◎□⊙☉]\s*(?P<name>[{HAN}]{{2,4}}))[ \u3000]+(?=[{HAN}「“])")
#: Markers that papers also print before column tags, kickers and list items (`■出门看天`, `●省运会`).
COLUMN_TAG_MARKERS = frozenset("■◆▲●○△")
#: `本报讯(记者 苏瑜)` / `本報訊（記者 X）` / `本报讯 记者X` / `信息时报讯(记者 X)` at the start of a paragraph.
BENBAO_XUN = re.compile(rf"^(?P<all>(?:本报讯|本報訊|(?P<paper>{_unnamed(PAPER_NAME)})(?:讯|訊))"
                        rf"\s*(?:[(（](?P<inner>[^()（）]{{2,60}})[)）])?)")
#: `新华社北京9月18日电(记者 X)` / `據新華社電` / `中新网9月18日电` at paragraph start.
WIRE_DATELINE = re.compile(
    rf"^(?P<all>【?(?:据|據)?(?P<agency>新华社|新華社|中新社|中新网|中新網|人民网|人民網|央视网|央視網|中央社|本报|本報)"
    rf"(?P<place>[{HAN}]{{0,6}}?)(?:(?P<month>\d{{1,2}})月(?P<day>\d{{1,2}})日|[{HAN}]{{0,3}}日)?(?:电|電|讯|訊)】?"
    rf"\s*(?:[(（](?P<inner>[^()（）]{{2,60}})[)）])?)")
#: A news agency at the start of a lead: `新华社`, `中新社`, `中央社`, `路透社`.
AGENCY_NAME = re.compile(r"^(?:新华社|新華社|中新社|中新网|中新網|中央社|路透社|美联社|美聯社|法新社|共同社|塔斯社|美通社)")
#: Words a byline may hold that name no person: a site, paper, agency or office (`南洋网`,
#: `中新社发`), a page (`封底`), or a notice's headline (`明報聲明`, `停电通知`).  Never an author,
#: whatever their surname-like first character.
NOT_A_PERSON = re.compile(r"[网網报報社台站局委部]$|^(?:封底|封面|头版|頭版|本版|要闻版)$|声明|聲明|公告|启事|啟事|通告|通知|讣告|訃告|"
                          r"^(?:新华社|新華社|中新社|中新网|中新網|中央社|路透社|美联社|美聯社|法新社|共同社)[发發电電]?$")
#: "This paper": a lead's `【本報訊】` names no paper.
THIS_PAPER = frozenset(("本报", "本報"))
#: "This site": a source label's value that names no site.
THIS_SITE = frozenset(("本网", "本網", "本站"))
#: The signature of a paper's editors on a line of its own, naming the paper or not:
#: `編輯部`, `《中文导报》编辑部`, `《成報編輯部》`.
EDITORS_SIGNATURE = re.compile(rf"^《?(?:(?P<paper>[{HAN}]{{1,8}}?(?:報|报))》?\s*)?(?:編輯部|编辑部)》?$")
#: A reporter credit in parentheses opening a paragraph: `(香港文匯報記者 顏晉傑 文森)這一夜，…`.
PAREN_CREDIT_LEAD = re.compile(r"^(?P<all>[(（](?P<inner>[^()（）]{0,12}?(?:記者|记者)[^()（）]{2,24})[)）])")
#: `(星島日報報道)` — a paper's own report, named in parentheses at the start of a paragraph.
PAPER_REPORT_LEAD = re.compile(rf"^(?P<all>[(（](?P<paper>[{HAN}]{{2,8}}?(?:報|报))\s*(?:報道|報導|报道|讯|訊)[)）])")
#: `【明報專訊】`, `【on.cc東網專訊】` — a paper's own-news lead (names the paper, no reporter).
OWN_NEWS_LEAD = re.compile(rf"^(?P<all>【(?P<paper>(?:[A-Za-z][A-Za-z0-9.]{{0,8}})?[{HAN}]{{2,6}}?)(?:專訊|专讯|訊|讯|快訊|快讯|消息)】)")
#: Taiwan CNA dateline: `（中央社記者王大明台北19日電）`.  Name and place run together, so the
#: place is read from a table of dateline cities first, else the name is taken as 3 characters.
CNA_PLACES = ("台北", "臺北", "新北", "桃園", "台中", "臺中", "台南", "臺南", "高雄", "基隆", "新竹", "嘉義",
              "屏東", "花蓮", "台東", "臺東", "宜蘭", "苗栗", "彰化", "南投", "雲林", "澎湖", "金門", "馬祖",
              "香港", "澳門", "北京", "上海", "東京", "首爾", "華盛頓", "紐約", "倫敦", "巴黎", "柏林", "新加坡")
CNA_DATELINE = re.compile(rf"^(?P<all>[（(]\s*(?P<agency>中央社)(?:記者|记者)(?P<rest>[{HAN}]{{3,10}}?)"
                          rf"(?P<day>\d{{1,2}})日(?:電|电|專電|专电)\s*[）)])")
#: `【記者X／台北報導】` and `記者X／綜合報導` (Taiwan style); the paper may lead or close it:
#: `【聯合報/記者劉永祥/台北報導】`, `記者程嘉文/台北報導/聯合報` (group `lead`, `paper` or `paper2`).
TW_REPORT = re.compile(rf"^[【〔\[]?(?:(?P<lead>[{HAN}]{{2,6}})\s*[／/∕]\s*)?(?:特派|特約|特约|駐[{HAN}]{{1,4}}|驻[{HAN}]{{1,4}}|實習|实习)?(?P<role>記者|记者|編譯|编译)\s*(?P<names>[{HAN}□、\s]{{2,30}}?)\s*[／/∕]\s*"
                       rf"(?P<place>[{HAN}、]{{0,12}}?)(?:(?:即時)?(?:報導|报道|電|电)(?:\s*[／/∕]?\s*(?P<paper2>[{HAN}]{{1,6}}(?:報|报)))?[】〕\]]?"
                       rf"|(?P<paper>(?:(?!報|报)[{HAN}]){{1,5}}(?:報|报)))$")
#: Names, then `报道` (reported by), on a line of their own: `乔天富张军荣报道`, `■陈兆良报导`, `記者鄧厚仁報道`.
REPORTED_BY = re.compile(rf"^(?:記者|记者)?\s*(?P<names>[{HAN}]{{2,6}}(?:[\s、]+[{HAN}]{{2,6}}){{0,3}}?)\s*(?:报道|報導|报导|報道)$")
#: An opinion page's credit: the paper, the writer, what the writer is: `聯合報/ 田方倫/博士生(台北市)`.
OPINION_CREDIT = re.compile(rf"^(?P<paper>[{HAN}]{{1,6}}(?:報|报))\s*[／/]\s*(?P<name>[{HAN}]{{2,4}})\s*[／/]\s*(?P<role>[^／/]{{1,24}})$")
#: The same at the start of a paragraph: `【記者林志明／台北報導】颱風昨日登陸…`.
TW_REPORT_LEAD = re.compile(r"^(?P<all>[【〔](?P<inner>(?:[^【】〔〕／/]{2,6}[／/])?(?:記者|记者)[^【】〔〕]{2,30}?(?:報導|报道|電|电))[】〕]"
                            r"|(?P<inner2>(?:記者|记者)[^【】〔〕\s]{2,24}?[／/∕][^【】〔〕\s]{0,12}?(?:報導|报道))(?=\s))")
#: A name credited with a slash: `X/文`, `X/图`, `文/X`, `图/X`, `文/图 X Y` (both), `X 摄`, and with the reporter's
#: role before the name: `記者胡經周/攝影`, `聯合報記者X/攝影` (group `prefix`).
SLASH_CREDIT = re.compile(rf"^(?:(?P<role1>文\s*[／/]\s*[图圖]|[图圖]\s*[／/]\s*文|(?:文|图|圖|攝|摄|摄影|攝影|編譯|编译|撰文|整理)(?=\s*[／/∕]))\s*[／/∕]?\s*(?P<names1>[{HAN}、\s]{{2,20}})"
                          rf"|(?P<prefix>[{HAN}]{{0,8}}?(?:記者|记者)\s*)?(?P<names2>[{HAN}、\s]{{2,20}}?)\s*[／/]\s*(?P<role2>文|图|圖|攝|摄|摄影|攝影))$")
#: Roles, then a colon and the names: `报导、摄影:谭络瑜`, `文、图:张三`, `採訪:林志明 攝影:陳美玲` is two.
_TEXT_ROLE = r"采访|採訪|报导|報導|报道|報道|撰文|文字|撰稿|文"
_PHOTO_ROLE = r"摄影|攝影|图片|圖片|照片|图|圖"
ROLE_COLON_CREDIT = re.compile(rf"^(?P<roles>(?:{_TEXT_ROLE}|{_PHOTO_ROLE})(?:\s*[、/／與与和及]\s*(?:{_TEXT_ROLE}|{_PHOTO_ROLE}))*)"
                               rf"\s*[:：]\s*(?P<names>[{HAN}]{{2,4}}(?:[\s、]+[{HAN}]{{2,4}}){{0,3}})$")
PHOTO_ROLE = re.compile(_PHOTO_ROLE)
#: A note that the pictures came from someone other than a photographer: `部份图:受访者提供`.
PHOTO_SUPPLIED = re.compile(rf"^[(（]?(?:部份|部分)?(?:图|圖|图片|圖片|照片)\s*[:：/／]\s*[{HAN}A-Za-z]{{1,12}}?(?:提供|供图|供圖)[)）]?$")
#: A credit written as a sentence: `图片由晚报记者张翼飞翻拍于…,文字由晚报记者张改华采写。` (one clause
#: per credit; group `what` says which work, `name` who did it).
CREDIT_CLAUSE = re.compile(rf"(?P<what>图片|照片|圖片|文字|文)由[{HAN}]{{0,8}}?(?:记者|記者)\s*(?P<name>[{HAN}]{{2,4}}?)"
                           rf"(?=翻拍|拍摄|拍攝|摄|攝|采写|採寫|撰写|撰寫|整理)[^,，。；;]{{0,24}}[,，。；;]?")
#: Words for a writer who is not a reporter, as a byline prints them before the name, a space
#: between: `作者`, `本报评论员`, `热心读者` (`□热心读者 石晓峰`).  Glued to a name they are too
#: often a headline (`评论员文章`, `读者来信`), so the space is required.
WRITER_WORD = rf"(?:[{HAN}]{{0,4}}(?:读者|讀者|评论员|評論員)|作者|作者們|作者们)"
#: The day a photo was taken, after its credit, as wire photos print it (ROC or Gregorian
#: year): `中央社記者董俊志攝 110年3月5日`.
CREDIT_DATE_END = re.compile(r"\s+(?:\d{2,3}|\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
#: A writer named after a writer word and a space, a column's name before it: `《棱镜》作者 周纯`.
AUTHOR_PLAIN = re.compile(rf"^(?:《[^《》]{{1,12}}》)?\s*{WRITER_WORD}\s+(?P<names>[{HAN}]{{2,4}}(?:[\s、]+[{HAN}]{{2,4}}){{0,3}})$")
#: The paper's head signing a piece with title and name alone on a line: `社長于趾琴`, `总编辑 王强`,
#: `第一届《侨报小记者报》主编李瑞涵` (which term, which paper).
PAPER_HEAD_SIGNED = re.compile(rf"^(?:本報|本报)?(?:第[一二三四五六七八九十\d]{{1,3}}[届屆任])?(?:《[^《》]{{1,12}}》)?"
                               rf"(?:社長|社长|總編輯|总编辑|副社長|副社长|副總編輯|副总编辑|主编|主編)\s*(?P<name>[{HAN}]{{2,4}})$")
#: A desk's chief signing a column, marked, with the desk's place and beat: `■柔佛州專題策劃主任蘇蓮珍`.
#: (Matched after BYLINE_MARKER: without the marker such a line may be a caption's or a headline's.)
MARKED_CHIEF_SIGNED = re.compile(rf"^[{HAN}]{{2,10}}?(?:主任|主編|主编)\s*(?P<name>[{HAN}]{{2,4}})$")
#: A paragraph opened by its place and day, as Malaysian and Singapore papers print it:
#: `(古晋13日讯)砂拉越华总…`, `（吉隆坡讯）`, `(新山28日訊)`.
PLACE_DATELINE = re.compile(rf"^[（(][{HAN}]{{2,6}}?(?:\d{{1,2}}|[一二三四五六七八九十廿卅]{{1,3}})?日?(?:讯|訊)[）)]\s*\S")
#: Where a reporter filed from, after the name: `澳門報道` in `記者 王禹 澳門報道`.
PLACE_REPORTED = re.compile(rf"^[{HAN}]{{2,4}}(?:報道|报道|報導|报导)$")
#: A closing credit that is only names in parentheses, after the last sentence: `…举行。（张巨峰）`.
PAREN_NAMES = re.compile(rf"^\s*[（(]\s*(?P<names>[{HAN}]{{2,4}}(?:[\s、]+[{HAN}]{{2,4}}){{0,3}})\s*[）)]\s*$")
#: One `role|names` group of a credit line listing several (`文|陳虹瑾 蔣宜婷 攝影|攝影組 文|劉修彣`).
_WORK_ROLE = r"(?:撰文|攝影|摄影|編譯|编译|整理|文|图|圖|攝|摄)\s*[|｜／/∕]"
SLASH_ROLE_GROUP = re.compile(rf"(?P<role>撰文|攝影|摄影|編譯|编译|整理|文|图|圖|攝|摄)\s*[|｜／/∕]\s*"
                              rf"(?P<names>[{HAN}]{{2,4}}(?:[\s、]+(?!{_WORK_ROLE})[{HAN}]{{2,4}})*)\s*")
#: An opinion column's title naming its writer: `【葉慶元觀點】只有…`, `大公報|郭一鳴:質素與公平`,
#: `新加坡的务实精神/利亮时` (group `name`; the caller checks it looks like a name).
TITLE_AUTHOR = re.compile(rf"^【(?P<name>[{HAN}]{{2,4}}?)(?:觀點|观点|專欄|专栏|評論|评论|視角|视角|時評|时评)】"
                          rf"|^[{HAN}]{{1,6}}(?:報|报)\s*[|｜]\s*(?P<name2>[{HAN}]{{2,4}})\s*[:：]"
                          rf"|\S[/／](?P<name3>[{HAN}]{{2,4}})$")
#: The agency that sent a picture, before its photographer: `中新社发 王瑶 摄`.
AGENCY_SENT = re.compile(r"^(?P<agency>中新社|新华社|新華社|中新網|中新网)(?:发|發|稿)\s*")
#: `(下同)` after a photo credit: the same credit for the pictures that follow.
SAME_BELOW = re.compile(r"\s*[(（]\s*下同\s*[)）]\s*$")
#: A line ending like a photo credit: `… 张龙摄`, `… 王瑶 摄(下同)`.
PHOTO_CREDIT_END = re.compile(r"(?:摄|攝)\s*(?:[(（]\s*下同\s*[)）])?\s*$")
#: Where a caption's closing credit may start: after a comma or a space, or a `来源/` label.
CREDIT_START = re.compile(r"[,，]\s*|\s+(?:来源|來源)\s*[/／:：]\s*|\s+")
#: `郑州晚报记者 X 摄` — a photo credit suffix.
PHOTO_SUFFIX = re.compile(rf"(?P<names>(?:{NAME})(?:\s+(?:{NAME}))*)\s*(?:摄|攝)$")
#: Label + value lines: `來源: 鄭州晚報`, `編輯:劉瀟瀟`, `统筹：闫佳佳`.
_LABEL_WORDS = (r"稿件来源|稿件來源|文章来源|文章來源|信息来源|信息來源|新闻来源|新聞來源|来源|來源|编辑|編輯|责任编辑|責任編輯|责编|責編|统筹|統籌|校对|校對|审核|審核|作者|稿源"
                r"|本版编辑|本版編輯|美编|美編|制图|製圖|日期|发布时间|發佈時間|发布日期|發布日期|時間|时间|更新时间|更新時間"
                r"|栏目|欄目|专栏|專欄|版次|版名|摘要|原标题|原標題|出版|更新|发布者|發佈者|发布|發佈|查看|浏览|瀏覽|阅读|閱讀"
                r"|原作者|点击|點擊|报纸名称|報紙名稱|报刊名称|報刊名稱|所属分类|所屬分類"
                # a picture's source (`图片来源：东方IC`), not the story's
                r"|图片来源|圖片來源|图片来自|圖片來自")
#: A value ends before the next `label:`, which a CMS may print without a space between:
#: `2019-09-26 12:11来源：证券时报网作者：李在山`.
LABEL_COLONS = (":", "：", "︰")  # one stands in every LABEL_VALUE: lines without any are skipped
LABEL_VALUE = re.compile(rf"(?P<label>{_LABEL_WORDS})\s*[:：︰]\s*(?P<value>[^:：︰]*?)"
                         rf"(?=\s+\S+\s*[:：︰]|(?:作者|编辑|編輯|责任编辑|責任編輯|责编|責編)\s*[:：︰]|\s*$)")
#: A reprint's line naming the title its source printed: `原标题:《坐地铁看郑州 每一个瞬间都有故事》`.
ORIGINAL_TITLE = re.compile(r"^(?:原标题|原標題)\s*[:：]\s*《?(?P<title>[^《》]{2,60}?)》?$")
#: Labels whose value names people (the rest of LABEL_VALUE's labels name sources, times, columns).
NAME_LABELS = ("编辑", "編輯", "责任编辑", "責任編輯", "责编", "責編", "统筹", "統籌", "校对", "校對", "审核", "審核", "作者", "本版编辑",
               "本版編輯", "美编", "美編", "制图", "製圖", "原作者")
#: Of those, the labels of the article's own writers: `作者:方延明`.
AUTHOR_LABELS = ("作者", "原作者")
#: A description after a name: `王蒙(作家、中央文史研究馆馆员)`.
NAME_NOTE = re.compile(r"[(（][^()（）]{1,30}[)）]")
#: Labels whose value is a time, not a name (`日期: 2007-03-14`).
TIME_LABELS = ("日期", "发布时间", "發佈時間", "发布日期", "發布日期", "時間", "时间", "更新时间", "更新時間")
SOURCE_LABELS = ("报纸名称", "報紙名稱", "报刊名称", "報刊名稱", "来源", "來源", "稿源", "稿件来源", "稿件來源", "文章来源", "文章來源", "信息来源", "信息來源", "新闻来源", "新聞來源")

# --- jump lines, series, subtitles -----------------------------------------------------------

#: `(上接一版)`, `（上接第1版）`, `(續一版)`, `(下转A3版)`, `(转第二版)`.
JUMP = re.compile(r"[(（]\s*(?P<dir>上接|下转|下轉|续|續|接|转|轉)\s*(?:第\s*)?(?P<page>[A-Z]?[0-9一二三四五六七八九十]{1,3})\s*(?:版|頁|页)?\s*[)）]")
JUMP_FROM = ("上接", "续", "續", "接")
#: A series/column label printed above articles: `…·系列访谈`, `…·评论`, `【新时代新征程】`.
SERIES = re.compile(r"^.{2,30}[·・](?:系列访谈|系列訪談|系列报道|系列報道|系列评论|系列評論|访谈|訪談|"
                    r"评论|評論|观察|觀察|专题|專題|特稿|时评|時評|系列)$")
#: Column labels that stand before a title: `社论`, `短评`, `评论员文章`.
COLUMN_LABEL = re.compile(r"^[【\[]?(?:社论|社論|短评|短評|评论员文章|評論員文章|本报评论员|本報評論員|时评|時評|快评|快評|述评|述評|编者按|編者按)[】\]]?$")
#: A subtitle (副题) line: `——访郑东新区党工委书记孙建功`.
SUBTITLE = re.compile(r"^[—–-]{1,2}\s*\S")
#: An interview subtitle naming its subject: `——访登封市委书记王鸿勋`.
INTERVIEW_SUBTITLE = re.compile(r"^[—–-]{1,2}\s*(?:访|訪|专访|專訪|对话|對話)")
#: An instalment marker that makes a headline line a subtitle: `…踊跃发言(一)`, `之二`.
INSTALMENT = re.compile(r"(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|之[一二三四五六七八九十])$")

# --- dates -----------------------------------------------------------------------------------

ISO_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-/.–－／](?P<m>\d{1,2})[-/.–－／](?P<d>\d{1,2})(?!\d)")
CJK_DATE = re.compile(r"(?P<y>(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
                      r"\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")
ROC_DATE = re.compile(r"(?:民國|民国)\s*(?P<y>\d{2,3})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
WEEKDAY = re.compile(r"(?:星期|禮拜|礼拜|週|周)[一二三四五六日天]")
#: A lunar-calendar date printed beside the date: `农历甲辰年八月十七`, `農曆八月十七`.
LUNAR = re.compile(rf"(?:农历|農曆|夏历)[{HAN}〇零一二三四五六七八九十廿卅初正腊臘冬ー]{{2,10}}")  # `ー`: OCR's 一
#: A date in a path or URL: `/html/2023-05/30/content_…`, `20240919`, `2024-09-19`.
PATH_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-_/]?(?P<m>0[1-9]|1[0-2])[-_/]?(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")
URL_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})/(?P<d>\d{2})/")
#: A date in a saved page's own address (its canonical URL), in the forms news sites use:
#: `/news/20200809/bkn-…`, `/2022/1204/331403.html`, `/2023-05/30/content_…`.
PAGE_URL_DATE = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})[-/]?(?P<m>[01]\d)[-/]?(?P<d>[0-3]\d)(?![\d])")
#: A whole line that is a date line (with weekday/lunar/etc. around it): `2024年9月19日 星期四`.
DATE_LINE = re.compile(rf"^\s*(?:{_unnamed(ISO_DATE)}|{_unnamed(CJK_DATE)}|{_unnamed(ROC_DATE)})"
                       rf"(?:\s*(?:{WEEKDAY.pattern}|农历[{HAN}]{{2,8}}|農曆[{HAN}]{{2,8}}))*\s*$")

# --- mastheads and sections ------------------------------------------------------------------

#: A masthead line: `人民日报 2024年09月19日 星期四 第01版：要闻`.
MASTHEAD_LINE = re.compile(rf"^(?P<paper>{PAPER_NAME.pattern[len('(?P<paper>'):-1]})\s*(?P<rest>(?:\d|第|[（(]).*)?$")
#: What follows a paper's name on its masthead besides a date: the issue (`法国侨报3月刊`,
#: `第8921期`) or the founding year (`1923年创刊`).
MASTHEAD_ISSUE = re.compile(r"^\s*(?:\d{1,2}\s*月\s*(?:刊|号|號)|第?\s*\d{1,6}\s*期|(?:19|20)?\d{2}\s*年\s*(?:创刊|創刊))\s*$")
#: The citation footer of e-paper pages: `《 人民日报 》（ 2024年09月19日 01 版）`.
CITATION_FOOTER = re.compile(rf"^《\s*(?P<paper>[{HAN}]{{2,10}})\s*》\s*[（(]\s*(?P<date>[^（）()]*?日)\s*"
                             rf"(?:第\s*)?(?P<page>[A-Z]?\d{{1,3}})\s*版\s*[）)]$")
#: Where a citation footer starts inside a line: `作者:雷收麦 《光明日报》( 2012年10月27日 06版)`.
CITATION_FOOTER_AT = re.compile(rf"《\s*[{HAN}]{{2,10}}\s*》\s*[（(]")
#: Common section (版名) names: a line of just one of these above a headline labels the page,
#: it is not a kicker.
#: A section name numbered by its page: `港聞二`, `要聞3`.
SECTION_NUMBER = re.compile(r"[一二三四五六七八九十0-9]{1,2}$")
SECTION_NAMES = frozenset("""要闻 要聞 港闻 港聞 国际 國際 国内 國內 中国 中國 两岸 兩岸 财经 財經 经济 經濟 体育 體育
社会 社會 文化 娱乐 娛樂 副刊 地方 综合 綜合 时政 時政 本地 评论 評論 观点 觀點 健康 科技 教育 生活 城事 民生
法治 专版 專版 广告 廣告 视点 視點 城市 区县 區縣 副刊 读书 讀書 旅游 旅遊 文体 文體 国际新闻 國際新聞
头条新闻 頭條新聞 新闻头条 新聞頭條 头条 頭條 即时新闻 即時新聞 港闻 社评 社評""".split())
SECTION_NAME_MAX = max(map(len, SECTION_NAMES))
#: A section label named for a place or beat: `印尼要闻`, `本地新聞`, `大马快讯`.
SECTION_NEWS_LABEL = re.compile(rf"^[{HAN}]{{2,4}}(?:要闻|要聞|新闻|新聞|快讯|快訊)$")

# --- headlines -------------------------------------------------------------------------------

#: The longest a headline line is expected to be.  Longer lines are prose even without a full stop.
MAX_HEAD_CHARS = 48
#: The longest line that page context may turn into a headline (printed twice, or a question).
MAX_SHORT_HEAD = 32
#: A headline may end in an exclamation or a question mark, closing quote after it or not:
#: `“这才是真正的河南!”`, `…這不是矛盾嗎?`.
HEADLINE_END = re.compile(r"[!?！？][”」』\"]?$")
#: Subheads are short; a headline line at least this long is shaped like a news headline.
HEADLINE_MIN_CHARS = 14
#: A headline in two parts: clauses set apart by a space, a colon or a bar (`港傳委託接管台蘋 陸委會:力阻惡法滲台`).
HEADLINE_PARTS = re.compile(rf"[{HAN}」”）)]\s+[{HAN}「“（(]|[{HAN}][:：︰|丨｜][{HAN}「“]")
#: A line ending in a reporter's role with no name after it: `正观新闻·郑州晚报记者`.
ROLE_AT_END = re.compile(r"(?:记者|記者|通讯员|通訊員|摄影|攝影)\s*$")
#: Role + name lines that introduce a speaker inside an article: `经开区党工委书记 樊福太`.
SPEAKER_LINE = re.compile(rf"^[{HAN}、()（）]{{3,30}}(?:书记|書記|主任|区长|區長|市长|市長|县长|縣長|局长|局長|主席|"
                          rf"经理|經理|董事长|董事長|院长|院長|校长|校長|部长|部長|委员|委員|代表)\s+(?:{NAME})$")


# ============================================================================================
# === Browsing terms: people, organisations, places (reading_room/convert/meta/keywords.py) ==========
# Appended section owned by the browse/tags work (issue 5).  These run on text already folded
# to simplified characters (keywords.py folds traditional text one character at a time, so
# offsets still point into the original), hence simplified forms only.
# ============================================================================================

#: Compound surnames, tried before the single ones: `欧阳`, `司马`.
SURNAMES_COMPOUND = ("欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐|端木|澹台|轩辕|"
                     "呼延|万俟|闻人|南宫|百里|东郭|西门|拓跋|公羊|申屠|钟离")
#: The common single-character surnames (about 400).  A person found by ROLE_NAME must start
#: with one: `主任高度评价` is a role followed by an adverb, not by 高度.
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶"
            "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺"
            "顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关"
            "兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁"
            "蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全"
            "佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐"
            "冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆"
            "巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那"
            "宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡"
            "富尧闭由")
#: The common surnames whose traditional form differs from the simplified one (張, 陳, 劉 …).
SURNAMES_HANT = ("張陳劉楊黃趙吳孫馬郭羅鄭謝唐許韓馮鄧彭蕭董葉蘇魏呂盧薑崔鍾譚陸範賈韋鄒熊邱薛閻段賀顧龔萬錢"
                 "嚴莊聶魯詹歐關蘭俞紀單塗駱藍靳龐顏鮑祁蔣閔鄔邊卞欒隋劉鄺餘倪廖馮溫湯賴鄺黎鍾")
#: Titles of office that come right before a name in Chinese news: `书记`, `局长`, `董事长`.
#: Longest first so `副市长` wins over `市长`.  代表/委员 are left out: too often verbs or nouns.
ROLE_WORDS = ("副书记|书记|"
              "副省长|省长|副市长|市长|副区长|区长|副县长|县长|镇长|乡长|村长|"
              "副主席|主席|副主任|主任|副局长|局长|副厅长|厅长|副部长|部长|处长|科长|"
              "副会长|会长|秘书长|理事长|董事长|总经理|副总经理|副院长|院长|副校长|校长|所长|社长|"
              "总编辑|行长|主委|常委|负责人|总裁|大使|总领事|参赞|馆长|站长|队长|团长|司令员|政委")
#: What may follow a person's name: punctuation, the end, or a reporting verb (表示 "said").
NAME_END = (rf"(?=[^{HAN}]|$|表示|说|指出|强调|介绍|认为|称|告诉|主持|出席|讲话|致辞|发言|到|在|对|带队|"
            rf"一行|等|同志|和|与|及|率|调研|参加|会见|会上|谈|回答|接受|透露|提出|坦言|答|向|就|也|还|则|"
            rf"先生|女士|代表|要求|希望|宣布|看望|慰问|听取|察看|实地|深入|前往|来到|走进|分别|分享|发表|谈到|"
            rf"称赞|感谢|致|率团|带领|一同|共同|陪同|考察|视察|演讲|寄语|作了|做了|给|的)")
#: An organisation or place, then one or more offices, then a person's name:
#: `登封市委书记王鸿勋` → org 登封市委, role 书记, name 王鸿勋 (compound offices such as 市委书记
#: are left to split this way on purpose, so the org keeps its 市委/党工委);
#: `郑州市大数据管理局党组书记、局长郭程明` (roles chained with 、);
#: `市委常委、宣传部长陈明到上街区` (the name ends before 到);
#: `吉隆坡市市长麦慕娜·莫哈德·谢里夫` (a transliterated name, joined by middle dots).
#: At most this many characters of organisation or place before an office.
ROLE_ORG_CHARS = 24
#: One or more offices chained with 、: `党组书记、局长`.
ROLE_CHAIN = rf"(?:{ROLE_WORDS})(?:、[{HAN}]{{0,12}}?(?:{ROLE_WORDS}))*"
#: A person's name after an office: a surname and one or two characters, or a transliterated
#: name joined by middle dots.
ROLE_PERSON = (rf"[{HAN}]{{1,6}}(?:[·・][{HAN}]{{1,8}}?)+"
               rf"|(?:{SURNAMES_COMPOUND}|[{SURNAMES}])[{HAN}]{{1,2}}?")
#: Office(s), then the name, the part ROLE_NAME and ROLE_NAME_AT share: `书记、局长曹柳昕`.
ROLE_THEN_NAME = rf"(?P<role>{ROLE_CHAIN})(?P<name>{ROLE_PERSON}){NAME_END}"
ROLE_NAME = re.compile(rf"(?P<org>[{HAN}]{{0,{ROLE_ORG_CHARS}}}?){ROLE_THEN_NAME}")
#: ROLE_NAME without its organisation, as a zero-width match at every place an office + name
#: starts (overlapping ones too: `副书记` and its `书记`).  ROLE_NAME's lazy org is tried at every
#: character of a text, which made it the converter's slowest pattern; keywords.py finds these
#: few places first and reads the org back from them, with the same matches (tests/test_patterns.py
#: checks that): `市委书记王鸿勋表示` → role 书记, name 王鸿勋.
ROLE_NAME_AT = re.compile(rf"(?=[{''.join(sorted({w[0] for w in ROLE_WORDS.split('|')}))}])"
                          rf"(?={ROLE_THEN_NAME})")
#: The run of Han characters that ends where a search stops (its `endpos`): the org before an
#: office.  `在登封市委` searched up to its end → `在登封市委`; `(登封市委` → `登封市委`.
HAN_RUN_END = re.compile(rf"[{HAN}]*\Z")
#: Not a name although shaped like one: ends in a particle (`高兴地`), or is a pronoun/title.
NOT_A_NAME = re.compile(r"[的地得了着们说]$|^(?:同志|先生|女士|我们|他们|本人|一行)$")
#: Words that may stand before an organisation in the same run of Han characters and are not
#: part of it: `由郑州市委书记安伟主持` → 郑州市委.
ORG_LEAD = re.compile(r"^(?:由|在|据|和|与|及|对|向|是|为|请|让|把|被|同|跟|陪同|会见|看望|听取|出席|主持|"
                      r"参加|邀请|带领|率领|采访了?|专访|访|记者|日|上午|下午|晚上|昨天|今天|近日|日前|其中|"
                      r"包括|以及|同时|随后|此外|期间|会上|会议|当天|今年|目前|作为|担任|原|前|时任|新任)+")
#: An organisation name worth a page ends like one: `…委`, `…局`, `…协会`, `…大学`.
ORG_SUFFIX = re.compile(r"(?:委|委员会|党组|政府|局|厅|部|办|办公室|协会|学会|组织|集团|公司|大学|学院|医院|"
                        r"法院|检察院|中心|研究院|研究所|银行|基金会|联合会|商会|工会|报社|电视台|党工委|管委会)$")
#: A bare office with no place or name before it is not an organisation: `市委`, `区政府`.
ORG_GENERIC = re.compile(r"^(?:[省市县区镇乡村]?(?:委|党委|政府|人大|政协|党工委|管委会)|[省市县区]?[^\s]{1,2}局|"
                         r"党组|党工委|常委会|人大常委会)$")
#: A place at the start of an organisation's name: `登封市委` → 登封市, `郑东新区党工委` → 郑东新区.
PLACE_PREFIX = re.compile(rf"^(?P<place>[{HAN}]{{2,6}}?(?:省|市|县|区|州|镇|乡))(?=[{HAN}])")
#: A keyword is Han characters only, at least two: no numbers, Latin, punctuation, `##`.
KEYWORD_SHAPE = re.compile(rf"^[{HAN}]{{2,12}}$")
#: A token of jieba's Han block (`jieba.re_han_default` without its Latin and digit part), the
#: only tokens the keyword stage reads: `郑东新区`, not `2024` or `1-8`.
JIEBA_HAN_WORD = re.compile(r"^[\u4e00-\u9fd5]+$")


# ============================================================================================
# === Patterns of the other modules, one section per module ==================================
# Moved here from the modules they serve (named after them), so that no module but this one
# compiles a regex.  The one exception is hooks/raw_blocks.py: MkDocs loads that file
# by its path, outside the package, so it cannot import this module and keeps its two patterns.
# ============================================================================================

def _any_of(phrases) -> str:
    """A regex source matching any of `phrases` literally, the longest first (so `分享到：` wins
    over `分享到`); ties keep the order of `phrases`."""
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


def char_class(chars) -> re.Pattern:
    """A character class of exactly `chars`, for sets known only at run time (OpenCC's tables,
    `meta/fold.py`): `char_class("鄭報")` matches `鄭` and `報`.  Callers compile it once."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


# --- reading_room/convert/assemble.py -------------------------------------------------------------

#: A run of whitespace, dropped to count an article's characters: `郑州 日报` → 4.
WHITESPACE = re.compile(r"\s+")
#: What separates the names in a label's value: `编辑: 王一、李二`, `作者:张三 李四`.
LABEL_NAME_SEP = re.compile(r"[\s、,，]+")
#: The reporter word of a byline; a paper may be named before it: `郑州晚报记者 王一`.
REPORTER_WORD = re.compile(r"记者|記者")

# --- reading_room/convert/meta/dates.py -----------------------------------------------------------

#: A date without an era, as Taiwan date lines print ROC years: `113年9月19日` (years up to 150
#: are read as ROC years by `parse_roc_short`; four-digit years never match).
ROC_SHORT_DATE = re.compile(r"(?<!\d)(?P<y>\d{2,3})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")

# --- reading_room/convert/meta/bylines.py ---------------------------------------------------------

#: Every credit role, longest first, so `摄影记者` wins over `摄影` and `本报记者` over `记者`.
CREDIT_ROLES = tuple(sorted(ROLE_AUTHOR + ROLE_CORRESPONDENT + ROLE_PHOTO + ROLE_EDITOR, key=len, reverse=True))
#: A role in a credit line: `本报记者 王一 通讯员 李二`.  `摄影` inside `摄影报道` is the
#: suffix, not a role.
CREDIT_ROLE = re.compile("(?:" + _any_of(CREDIT_ROLES) + ")(?!报道|報導|报导)")
#: What separates the names of a credit: spaces (U+3000 too), `、`, commas, semicolons.
CREDIT_NAME_SEP = re.compile(r"[\s\u3000、,，;；]+")
#: What may stand before a credit's first role: a paper's or unit's name, no punctuation
#: (`郑州晚报` in `郑州晚报记者 王一`).
CREDIT_PREFIX = re.compile(rf"^[{HAN}A-Za-z·・]{{0,14}}$")
#: A role glued to a name by a slash: `王一/文`, `李二／摄`.
NAME_SLASH_ROLE = re.compile(r"[/／](?:文|图|圖|摄影|攝影|摄|攝)$")
#: The credit after a bare `本报讯` (no parentheses): `本报讯 记者 赵冬 昨日…` → `记者 赵冬`; the
#: names are delimited by spaces only, so a space must follow them.
BENBAO_XUN_NAMES = re.compile(rf"\s*((?:{'|'.join(ROLE_AUTHOR + ROLE_CORRESPONDENT)})\s*"
                              rf"(?:{NAME})(?:\s+(?:{NAME}))*)(?=\s)")
#: A reporter's credit ending in `报道:`, as papers printed it before the 1990s, opening the text
#: or after its dateline: `新华社记者戴国强报道:`, `本报讯 通讯员姚天征、记者朱习华报道:`.
REPORTER_LEAD = re.compile(r"\s*([^:：。，,()（）\s]{0,12}?(?:记者|記者|通讯员|通訊員)[^:：。，,()（）]{2,24}?)(?:报道|報道|报导|報導)[:：]")
#: Where a sentence may end before a byline glued to a paragraph: `…就在身边。正观新闻·…`.
SENTENCE_CLOSE = re.compile(r"[。！？!?”」』）)]|…+")

# --- reading_room/convert/meta/keywords.py --------------------------------------------------------

#: A subhead's Markdown marker at a line start, dropped so the keyword stage reads the
#: subhead as text: `## 小标题`.
SUBHEAD_MARK = re.compile(r"(?m)^## ")
#: The party group (党组) closing an organisation's name, left out of its tag:
#: `市大数据管理局党组` → `市大数据管理局`.
PARTY_GROUP_END = re.compile(r"党组$")

# --- reading_room/convert/meta/script.py ----------------------------------------------------------

#: Han characters looked at per article: plenty to decide, cheap on long texts.
SCRIPT_SAMPLE = 4000
#: A text up to its SCRIPT_SAMPLE-th Han character, where script detection stops counting
#: (possessive: no backtracking, one pass over a long text).
HAN_SAMPLE = re.compile(f"(?:[^\u4e00-\u9fff]*+[\u4e00-\u9fff]){{{SCRIPT_SAMPLE}}}")

# --- reading_room/convert/clean.py ----------------------------------------------------------------

#: Furniture phrases removed wherever they stand on a line: all of three characters or more
#: but five (`分享到`, `扫一扫`, `QQ空间` …), which go only when the line is mostly chrome.
FURNITURE_ANYWHERE = tuple(p for p in FURNITURE_PHRASES
                           if len(p) >= 3 and p not in ("分享到", "扫一扫", "掃一掃", "QQ空间", "QQ空間"))
#: Any FURNITURE_ANYWHERE phrase, the longest first: `【关闭窗口】` before `关闭窗口`.
FURNITURE_ANYWHERE_RE = re.compile(_any_of(FURNITURE_ANYWHERE))
#: Any furniture phrase at all, the longest first: what a line that is mostly chrome is made of.
FURNITURE_RE = re.compile(_any_of(FURNITURE_PHRASES))
#: A line of separators only: `-----`, `| | |`, `>>`, `……`.
SEPARATOR_LINE = re.compile(r"^[\s|│｜/\\>»·•\-—_=*#~.…!\[\]()]*$")
#: What may stand between the furniture phrases of a chrome line: `分享到: 微信 | 微博`.
FURNITURE_GLUE = re.compile(r"[\s|│｜:：,，、【】\[\]]")

# --- reading_room/convert/paragraphs.py -----------------------------------------------------------

#: A clause mark: two of them, or one in a line over 20 characters, make a short line prose,
#: not a heading: `马宇骏介绍,石家庄…`.
#: A thousands separator inside a number: `2,490萬`.
DIGIT_GROUPING = re.compile(r"(?<=\d)[,，](?=\d{3})")
CLAUSE_MARK = re.compile(r"[,，;；。]")
#: What a posting stamp may hold besides its date, clock time and source: `(2023年9月24日)`,
#: `2004年12月12日03:31 河南报业网-河南日报`.
STAMP_FILLER = re.compile(r"[\s()（）\-–—|│·/]")
#: What a date line may hold besides its date and calendar words: `星期四 | 2024年9月19日`.
DATE_LINE_FILLER = re.compile(r"[\s,，、|│·()（）\[\]【】]|(?:19|20)\d{2}年(?:创刊|創刊)")
#: An e-paper reader's field label before the page header: `版面:第W4版:南阳社会`, `当前版面：第A02版：要闻`,
#: `当前版:04版`.
PAGE_FIELD_LABEL = re.compile(r"^(?:当前版面|當前版面|当前版|當前版|版面|版次|版号|版號)\s*[:：]\s*(?=第?\s*[A-Z]?\d)")
#: A page header inside a longer line, to the line's end:
#: `人民日报 2024年09月19日 星期四 第01版：要闻` → `第01版：要闻`.
PAGE_HEADER_AT = re.compile(r"第\s*[A-Z]?\d{1,3}\s*版.*$")
#: Spaces and digits only (used with fullmatch): all that may follow a short page header.
SPACES_AND_DIGITS = re.compile(r"[\s\d]*")
#: A full stop inside a line: the next line of hard-wrapped prose, not a headline.
FULL_STOP = re.compile(r"[。！？!?]")
#: A clause comma: inside a long line, the next line of hard-wrapped prose.
CLAUSE_COMMA = re.compile(r"[,，;；]")

# --- reading_room/convert/pipeline.py -------------------------------------------------------------

#: A file name's extension, left out of its slug: `zzrb20240919_02.txt` → `zzrb20240919_02`.
FILE_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")
#: A run of characters a slug may not hold, made one `-`: `郑州日报/01` → `-01`.
NOT_SLUG = re.compile(r"[^A-Za-z0-9_-]+")

# --- reading_room/site/render.py ------------------------------------------------------------------

#: Characters Markdown (with the extensions in mkdocs.yml) or HTML can read as syntax.
MARKDOWN_SPECIAL = "\\`*_{}[]()#+!|<>~=$^"
#: One character `md_text` writes as a character reference: a MARKDOWN_SPECIAL one or `&`
#: (`<script>`, `# x`, `&nbsp;`).
MARKDOWN_SPECIAL_CHAR = re.compile("[" + re.escape(MARKDOWN_SPECIAL + "&") + "]")
#: A number and `.` or `)` opening a text, which Markdown would read as a list item: `1. 郑州`.
LEADING_LIST_NUMBER = re.compile(r"^(\d+)([.)])")
#: A mapping key YAML reads as the same plain string (anything else is written quoted), unless
#: it is one of YAML 1.1's words for true, false and null: `date_source`.
YAML_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
#: Characters JSON leaves raw that YAML must not see raw even inside quotes: C1 controls and
#: DEL (PyYAML refuses the file), NEL and the Unicode line/paragraph separators (YAML folds them
#: to a space), a byte-order mark and non-characters.  They are written escaped.
YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
#: A lone surrogate (never from decoding, which replaces bad bytes) cannot be written to a UTF-8
#: file or read by libyaml even escaped: it becomes U+FFFD, as a bad byte does.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")

# --- reading_room/site/cite.py --------------------------------------------------------------------

#: The dashes (and spaces) opening a subtitle, left out of a citation: `——访…` → `访…`.
SUBTITLE_DASHES = re.compile(r"^[—–\-－\s]+")
#: A character a BibTeX key may not hold, written `-`: `zzrb 01` → `zzrb-01`.
BIBTEX_KEY_UNSAFE = re.compile(r"[^A-Za-z0-9_:-]")

# --- reading_room/site/pages/ ---------------------------------------------------------------------

#: A folded name that is its own slug (pages/common.py): Han, ASCII digits and lower-case
#: letters, `_`, at most 24 characters: `杨丽萍`.
SLUG_SAFE = re.compile(r"^[0-9a-z_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{1,24}$")
#: A run of characters a slug drops (pages/common.py), the rest stays readable: `杨 丽萍` → `杨丽萍`.
SLUG_DROP = re.compile(r"[^0-9a-z_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
#: Characters XML 1.0 forbids (pages/feeds.py): control characters other than tab, newline and
#: return, surrogates, U+FFFE/U+FFFF.  Dropped from feed text.
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: A page number (版次) that sorts by its letter and number (pages/issues.py): `A02` → (A, 2).
PAGE_CODE = re.compile(r"^([A-Za-z]*)0*(\d+)$")

# --- reading_room/site/search_index.py (mirrored in docs/assets/javascripts/rr-search-query.js: keep both
# in step; tests/test_search_index.py compares CJK_RUN with the script) ------------------------

#: A run of CJK ideographs (BMP blocks, 〇, and the supplementary planes): `郑东新区`.
CJK_RUN = re.compile("[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
#: A word of Latin letters or digits after folding: `2024`, `apec`.
WORD_RUN = re.compile("[0-9a-z]+")
#: Every CJK bigram, overlapping (a lookahead, so `findall` walks the text in C): `郑东新` ->
#: `郑东`, `东新`.
CJK_BIGRAM = re.compile(f"(?=({CJK_RUN.pattern[:-1]}{CJK_RUN.pattern[:-1]}))")
#: Either of the two, in text order: `郑州2024` → `郑州`, `2024`.
TERM_RUN = re.compile(f"{CJK_RUN.pattern}|{WORD_RUN.pattern}")
#: Markdown a body may carry: a heading marker at line start (`## 小标题`) ...
MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.M)
#: ... and backslash escapes of ASCII punctuation (`\*`, `\[`).
MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
#: What an article url from the catalogue must look like: relative, no scheme, no `..`:
#: `articles/zzrb-01.html`.
SAFE_URL = re.compile(r"^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._~%/-]*$")

# --- reading_room/convert/decode.py ---------------------------------------------------------------

#: The charset a page declares in its first bytes (bytes, before decoding):
#: `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, `<meta charset="big5">`.
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
#: A control character other than tab/newline/CR/form-feed: many of them means binary.
CONTROL_CHAR = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

# --- reading_room/publish/bundle.py ---------------------------------------------------------------

#: An attribute that makes the browser load something by itself (not a link to click):
#: `<script src=…>`, `<img src=…>`, `<link rel="stylesheet" href=…>`, CSS `url(…)`.
LOADED_URL = re.compile(
    r"""<(?:script|img|iframe|audio|video|source|embed|track|input)\b[^>]*?\s(?:src|srcset|poster)\s*=\s*["']?\s*(?P<src>[^"'\s>]+)"""
    r"""|<link\b(?=[^>]*\brel\s*=\s*["']?[^"'>]*\b(?:stylesheet|preload|prefetch|preconnect|dns-prefetch|icon|modulepreload|manifest)\b)[^>]*?\shref\s*=\s*["']?(?P<href>[^"'\s>]+)"""
    r"""|url\(\s*["']?(?P<url>[^"')\s]+)""",
    re.I)
#: Every URL that leaves the bundle contains `//` (`https://…`, `//host/…`): only the tags and
#: `url(` around those go through LOADED_URL, several times faster than scanning every page.
URL_SLASHES = re.compile("//")
#: A URL that leaves the bundle: a scheme other than data:/file:/javascript:, or `//host`.
OUTSIDE_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:(?<!data:)(?<!file:)(?<!javascript:)|//)", re.I)
#: A Latin word of the site name, for the bundle's file name: `读报室 · The reading room` →
#: `The`, `reading`, `room`.
LATIN_WORD = re.compile(r"[A-Za-z0-9]+")

# --- reading_room/publish/sitebuild.py ------------------------------------------------------------

#: One `<url>` entry of a part's sitemap, merged into the whole site's.
SITEMAP_ENTRY = re.compile(r"<url>.*?</url>", re.S)
#: Its address and date: `<loc>https://x/a.html</loc>`, `<lastmod>2026-12-03</lastmod>` (an
#: incremental build dates every kept page as a clean build would: reading_room/publish/siteplan.py).
SITEMAP_LOC = re.compile(r"<loc>([^<]*)</loc>")
SITEMAP_LASTMOD = re.compile(r"<lastmod>[^<]*</lastmod>")
#: A line of MkDocs output worth showing when the build succeeded: `WARNING -  …`.
MKDOCS_NOTABLE = re.compile(r"^(?:WARNING|ERROR|CRITICAL)\b|^\s*(?:Aborted|Error)")


# --- markup (reading_room/convert/markup.py): detection and chrome words, never used to parse ----------

#: A tag-shaped run, counted to tell a saved HTML page from a text dump with stray tags.
MARKUP_TAG = re.compile(r"<[^<>\n]{1,300}>")
#: Words in a class or id that mark page chrome: `<div class="share-bar">`, `id="breadcrumb"`.
CHROME_CLASS = re.compile(r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|crumbs?|footer|share|sharing|social"
                          r"|comments?|related|sidebar|advert|adv|ads|banner|copyright|toolbar|pager|pagination"
                          r"|topbar|cookie|subscribe|login|searchbox|hot-?news|recommend)(?:$|[\s_-])", re.IGNORECASE)
#: The site's name closing a page `<title>`: `公园开放_郑州日报`, `公园开放 - 新浪新闻`, `公园开放|人民网`.
TITLE_SITE_TAIL = re.compile(r"\s*(?:[_|｜]|\s[-–—]\s|--|-(?=[^-]{2,12}$)).*$")
#: Where a page `<title>` may end its headline and go on with section and site names:
#: `棱镜|数据业大整顿：…_财经_腾讯网`, `公园开放 - 新浪新闻`, `公园开放--郑州日报`, `公园开放-新华网`.
TITLE_SEPARATOR = re.compile(r"[_|｜]|\s[-–—]\s|--|-(?=[^-]{2,12}$)")
#: A page `<title>` that puts the headline in brackets: `成報新聞(美國擴「潔淨網絡」 中國不可信…) 成報`.
BRACKETED_TITLE = re.compile(r"[(（]([^()（）]{6,})[)）]")
#: Names in a markup author field: `王五, 李四`, `王五、李四`, `王五 李四`.
NAME_LIST_SPLIT = re.compile(r"[\s,，、;；/]+")
