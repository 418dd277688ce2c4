"""Why each piece of a source went where it went: the roles and evidence behind a conversion.

`explain` lists every kept or removed piece of a source in source order, with its role
(kicker, title, body, byline, debris …) and the rule or evidence that decided it.  `check
--explain FILE` prints it; the source page's "what was removed and why" reads the same
`RULE_REASONS`.

Does not: decide anything itself (the stages do), read files, print.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import ArticleDraft, Debris, Kind, Line

#: Why each debris rule removed what it removed (shown on source pages and by `--explain`).
RULE_REASONS = {
    "html_tag": "残留 HTML 标签", "html_comment": "HTML 注释", "html_entity": "HTML 字符实体（空白）",
    "url": "网址或垃圾链接", "furniture": "导航、分享、打印等版面控件", "list_marker": "网页列表符号",
    "related_news": "“相关新闻”列表", "headline_list": "版面标题导航（已用作分篇依据）",
    "headline_without_story": "无正文的标题", "headline_flattened": "标题的单行重复（下面逐行印出）", "page_title": "网页标题（标题加网站名，正文上方另有标题）", "separator": "分隔符", "navigation": "导航栏",
    "page_numbers": "页码控件", "widget": "网页控件文字", "copyright": "版权或广告行",
    "breadcrumb": "面包屑导航（首页 > 栏目 > 正文）", "menu": "栏目菜单", "promo": "客户端、扫码等推广",
    "date_widget": "往期日历控件（其日期不是本版日期）", "archive_stamp": "网页存档时间戳",
    "more_link": "“更多”链接符号", "posting_time": "网站发稿时刻（标题后的钟点）", "recurring": "同一文件夹多个版面都有的行（网站固定内容）",
    "masthead": "报头（拉丁字母报名与口号）", "contact": "联系方式（电话、传真）",
    # saved HTML pages: whole elements dropped by `markup`
    "html_head": "网页头部（标题、元数据）", "html_script": "网页脚本", "html_style": "网页样式表",
    "html_form": "表单与按钮", "html_frame": "内嵌框架", "html_hidden": "隐藏元素（常藏垃圾链接）",
    "html_navigation": "网页导航", "html_header": "网页页眉", "html_footer": "网页页脚", "html_aside": "侧栏",
    "html_links": "链接堆（链接密度高的区块）", "html_chrome": "网页控件与导航（HTML 标记判定）",
}

_KIND_ROLES = {Kind.TEXT: "body", Kind.HEAD: "subhead", Kind.BYLINE: "byline", Kind.CREDIT: "credit",
               Kind.JUMP: "jump"}
_KIND_WHY = {Kind.TEXT: "prose: long, or ends a sentence", Kind.HEAD: "short, does not end a sentence",
             Kind.BYLINE: "reads whole as roles and names", Kind.CREDIT: "a date line, page header or label: value line",
             Kind.JUMP: "a jump line (上接/下转)"}


@dataclass(frozen=True)
class Piece:
    """One piece of a source line and what became of it."""

    line: int
    col: int
    text: str
    role: str  # kicker / title / subtitle / body / subhead / byline / credit / page-meta / debris
    why: str
    article: int | None = None  # 1-based position of the article it belongs to

    def row(self) -> str:
        where = f"L{self.line}:{self.col}"
        owner = f"#{self.article}" if self.article else "  "
        return f"{where:<9} {owner:<4}{self.role:<10} {self.text!r}  — {self.why}"


def explain(drafts: tuple[ArticleDraft, ...], page_meta: tuple[Line, ...], debris: tuple[Debris, ...]) -> list[Piece]:
    """Every piece of the page, in source order, with its role and the evidence for it."""
    pieces: list[Piece] = []
    for position, draft in enumerate(drafts, start=1):
        for role, line in (("kicker", draft.kicker), ("title", draft.title), ("subtitle", draft.subtitle)):
            if line is not None:
                why = line.why or ("from the page's headline list" if draft.title_source != "printed" and role == "title"
                                   else "the headline block over this article's text")
                pieces += _pieces(line, role, why, position)
        for line in (*draft.body, *draft.meta):
            pieces += _pieces(line, _KIND_ROLES[line.kind], line.why or _KIND_WHY[line.kind], position)
    for line in page_meta:
        pieces += _pieces(line, "page-meta", line.why or "a page-level credit: date line, page header, series", None)
    for d in debris:
        where = f" (源文件第 {d.source_line} 行的元素)" if d.source_line else ""
        pieces.append(Piece(d.span.line, d.span.col, d.span.raw, "debris",
                            f"{d.rule}: {RULE_REASONS.get(d.rule, d.rule)}{where}"))
    return sorted(pieces, key=lambda p: (p.line, p.col))


def _pieces(line: Line, role: str, why: str, article: int | None) -> list[Piece]:
    return [Piece(s.line, s.col, s.raw, role, why, article) for s in line.spans if s.raw]
