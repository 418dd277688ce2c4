"""Bylines and credit lines → names by role.

`parse_byline` accepts a text only if ALL of it reads as credits (roles and 2–4 character
names), so prose that merely mentions 记者 is never taken for a byline.  Names never include
role words.  Simplified and traditional forms are both handled (`tests/test_bylines.py`).

Does not: decide where a byline sits in an article (see `split`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ... import patterns as P
from ...model import Credits

_TRIM = "()（）【】[]〔〕 \u3000:："


def role_category(role: str) -> str:
    if role in P.ROLE_CORRESPONDENT:
        return "correspondents"
    if role in P.ROLE_PHOTO:
        return "photographers"
    if role in P.ROLE_EDITOR:
        return "editors"
    return "authors"


def looks_like_name(text: str) -> bool:
    """A bare personal name: 2–4 Han characters (an inner space allowed, `郑 实`) starting with a
    common surname, simplified or traditional.  Shape only; callers add the evidence of position."""
    text = "".join(text.split())
    if P.NOT_A_PERSON.search(text) or text in P.SECTION_NAMES:
        return False
    return bool(P.NAME_RE.match(text)) and len(text) <= 4 and (
        text[0] in P.SURNAMES or text[0] in P.SURNAMES_HANT or text[:2] in P.SURNAMES_COMPOUND.split("|"))


def people_only(credits: Credits) -> Credits:
    """The credits without the names that name no person (`中新社发 吴卫中 摄` → 吴卫中)."""
    keep = lambda names: tuple(n for n in names if not P.NOT_A_PERSON.search("".join(n.split())))
    return replace(credits, authors=keep(credits.authors), correspondents=keep(credits.correspondents),
                   photographers=keep(credits.photographers))


def author_in_title(title: str) -> str | None:
    """The writer an opinion column's title names (`【揭仲觀點】…` → 揭仲), or None."""
    m = P.TITLE_AUTHOR.search(title.strip())
    name = m and (m.group("name") or m.group("name2") or m.group("name3"))
    return name if name and looks_like_name(name) else None


def _without_same_below(text: str) -> str:
    # SAME_BELOW only where its one literal stands: most lines have no `下同`.
    return P.SAME_BELOW.sub("", text) if "下同" in text else text


def parse_byline(text: str) -> Credits | None:
    """Credits if the whole of `text` is a byline, else None.

    >>> parse_byline("本报记者 杨丽萍 刘盼盼").authors
    ('杨丽萍', '刘盼盼')
    >>> parse_byline("☉張國財").authors
    ('張國財',)
    """
    text = _without_same_below(text.strip()).strip(_TRIM).strip()
    dated = P.CREDIT_DATE_END.search(text)
    if dated:
        return parse_byline(text[:dated.start()])
    marker = P.BYLINE_MARKER.match(text)
    if marker:
        text = text[marker.end():].strip()
        found = _after_marker(text, tag=marker.group().strip() in P.COLUMN_TAG_MARKERS)
        if found:
            return found
    if not text or len(text) > 80:
        return None
    clauses = _credit_clauses(text)
    if clauses:
        return clauses
    plain = P.AUTHOR_PLAIN.match(text)
    if plain:
        names = [n for n in P.CREDIT_NAME_SEP.split(plain.group("names")) if n]
        return Credits(authors=tuple(names)) if all(looks_like_name(n) for n in names) else None
    for form in (_slash_form, _role_colon_form, _tw_form, _role_groups_form, _reported_form, _opinion_form,
                 _paper_head_form):
        found = form(text)
        if found:
            return found
    roles = list(P.CREDIT_ROLE.finditer(text))
    if not roles:
        return _photo_only(text)
    # `北京日报 | 记者 杨丽娟`: the paper set apart from the credit by a bar.
    prefix = text[:roles[0].start()].strip().rstrip("|｜").strip()
    if not P.CREDIT_PREFIX.match(prefix):
        return None
    found: dict[str, list[str]] = {"authors": [], "correspondents": [], "photographers": [], "editors": []}
    for i, role in enumerate(roles):
        end = roles[i + 1].start() if i + 1 < len(roles) else len(text)
        segment = text[role.end():end].strip(" \u3000:：︰")  # `︰`: the colon of vertical-text fonts
        marked = _marked_names(segment)
        if marked is not None:
            # `郑报全媒体记者 石闯 翟宝宽 文 周甬 图`: names, then what they did.
            found["authors"].extend(marked[0])
            found["photographers"].extend(marked[1])
            continue
        # `X/Y` at a role boundary: `记者 X/文 Y/图`.
        names = _names(segment)
        if names is None:
            return None
        category = role_category(role.group())
        if names and names[-1] in ("摄", "攝", "翻摄", "翻攝"):  # `宋宇晟 翻摄`: re-photographed by
            names, category = names[:-1], "photographers"
        elif names and names[-1].endswith(("摄", "攝")) and len(names[-1]) > 2:
            if names[-1][-2] == "拍":
                return None  # `图片由他拍摄`: the verb 拍摄 (to shoot), not a name and 摄
            names[-1], category = names[-1][:-1], "photographers"
        for name in names:
            bucket = category
            if name.endswith(("/文", "／文")):
                name, bucket = name[:-2], "authors"
            elif name.endswith(("/攝影", "／攝影", "/摄影", "／摄影")):
                name, bucket = name[:-3], "photographers"
            elif name.endswith(("/图", "／图", "/圖", "／圖", "/摄", "／摄", "/攝", "／攝")):
                name, bucket = name[:-2], "photographers"
            if not P.NAME_RE.match(name):
                return None
            found[bucket].append(name)
        if not names and i + 1 == len(roles):
            return None  # a role with nobody after it is prose, not a byline
    if not any(found.values()):
        return None
    return Credits(tuple(found["authors"]), tuple(found["correspondents"]),
                   tuple(found["photographers"]), tuple(found["editors"]),
                   publication=paper_in(prefix))


def _after_marker(text: str, *, tag: bool) -> Credits | None:
    """Bare names after a byline marker (`□河南日报记者李悦`, `☉張國財`) are its authors.

    A pen name may lack a surname (`◎木子`), but four characters without one, or any name
    after a column-tag marker (`■出门看天`), are more often a kicker than a person.
    """
    chief = P.MARKED_CHIEF_SIGNED.match(text)
    if chief and looks_like_name(chief.group("name")):
        return Credits(authors=(chief.group("name"),))  # `■柔佛州專題策劃主任蘇蓮珍`: a desk's chief
    names = [n for n in P.CREDIT_NAME_SEP.split(text) if n]
    if (names and not P.CREDIT_ROLE.search(text) and not P.AUTHOR_PLAIN.match(text)
            and all(P.NAME_RE.match(n) for n in names)
            and len(names) <= 6 and all(len(n) <= 4 for n in names)
            and all(looks_like_name(n) or (len(n) <= 3 and not tag) for n in names)):
        return Credits(authors=tuple(names))
    return None


_WORK_MARKS = {"文": 0, "图": 1, "圖": 1, "摄": 1, "攝": 1, "摄影": 1, "攝影": 1}


def _marked_names(segment: str) -> tuple[list[str], list[str]] | None:
    """`石闯 翟宝宽 文 周甬 图` → (['石闯', '翟宝宽'], ['周甬']); None if not of that form."""
    tokens = [t for t in P.CREDIT_NAME_SEP.split(segment) if t]
    if not tokens or tokens[-1] not in _WORK_MARKS:
        return None
    out: tuple[list[str], list[str]] = ([], [])
    pending: list[str] = []
    for token in tokens:
        if token in _WORK_MARKS:
            if not pending:
                return None
            out[_WORK_MARKS[token]].extend(pending)
            pending = []
        elif P.NAME_RE.match(token):
            pending.append(token)
        else:
            return None
    return out


def _names(segment: str) -> list[str] | None:
    if not segment:
        return []
    names = [n for n in P.CREDIT_NAME_SEP.split(segment) if n]
    names = [n for n in names if n not in P.CREDIT_SUFFIXES]  # `文/图`, `摄影报道`: annotations
    if names and P.PLACE_REPORTED.match(names[-1]) and not looks_like_name(names[-1][:-2]):
        names = names[:-1]  # `記者 王禹 澳門報道`: where the reporter filed from, not a name
    out: list[str] = []
    for name in names:
        core = P.NAME_SLASH_ROLE.sub("", name)
        if core in ("摄", "攝"):
            out.append(core)
            continue
        core_no_photo = core[:-1] if core.endswith(("摄", "攝")) and len(core) > 2 else core
        if not P.NAME_RE.match(core_no_photo):
            return None
        out.append(name)
    return out


def _paper_at_end(text: str) -> re.Match | None:
    """`PAPER_NAME_END.search(text)` where the text ends as such a name must (or one newline after: `$`)."""
    end = text[:-1] if text.endswith("\n") else text
    if not end.endswith(P.PAPER_NAME_LAST):
        return None
    return P.PAPER_NAME_END.search(text)


def _slash_form(text: str) -> Credits | None:
    tail = _paper_at_end(text)
    # `編譯/曹國維聯合報`: the paper may be printed right after the name.
    for body, paper in ((text, None), (text[:tail.start()], tail.group("paper")) if tail else (text, None)):
        m = P.SLASH_CREDIT.match(body)
        if not m:
            continue
        role = m.group("role1") or m.group("role2")
        names = _names((m.group("names1") or m.group("names2")).strip())
        if not names or any(not P.NAME_RE.match(n) for n in names):
            continue
        prefix = (m.group("prefix") or "").strip().removesuffix("記者").removesuffix("记者")
        named = _paper_at_end(prefix) if prefix else None
        paper = paper or (named.group("paper") if named else None)
        if "文" in role or role in ("編譯", "编译", "整理"):  # `文/图 X`: X wrote it (and took its pictures)
            return Credits(authors=tuple(names), publication=paper)
        return Credits(photographers=tuple(names), publication=paper)
    return None


def _role_colon_form(text: str) -> Credits | None:
    """`报导、摄影:谭络瑜`: the roles the names filled, then a colon and the names."""
    m = P.ROLE_COLON_CREDIT.match(text)
    if not m:
        return None
    names = _names(m.group("names"))
    if not names or not all(looks_like_name(n) and not P.NOT_A_PERSON.search(n) for n in names):
        return None  # `图片:新华社` names an agency
    roles = re.split(r"\s*[、/／與与和及]\s*", m.group("roles"))
    photo = [bool(P.PHOTO_ROLE.fullmatch(r)) for r in roles]
    return Credits(authors=tuple(names) if not all(photo) else (),
                   photographers=tuple(names) if any(photo) else ())


def _role_groups_form(text: str) -> Credits | None:
    """`文|陳虹瑾 蔣宜婷 攝影|攝影組 文|劉修彣`: the whole line is `role|names` groups."""
    found: tuple[list[str], list[str]] = ([], [])
    pos = 0
    while pos < len(text):
        m = P.SLASH_ROLE_GROUP.match(text, pos)
        if not m:
            return None
        names = [n for n in P.CREDIT_NAME_SEP.split(m.group("names")) if n]
        found[_WORK_MARKS.get(m.group("role"), 0)].extend(n for n in names if n not in found[0] + found[1])
        pos = m.end()
    return Credits(authors=tuple(found[0]), photographers=tuple(found[1])) if found[0] or found[1] else None


def _tw_form(text: str) -> Credits | None:
    m = P.TW_REPORT.match(text)
    if not m:
        return None
    names = _names(" ".join(_run_together(n) for n in m.group("names").split()))
    if not names or any(not P.NAME_RE.match(n) for n in names):
        return None
    # `【聯合報/記者X/台北報導】`, `記者X/台北報導/聯合報`: the paper the reporter writes for.
    lead = m.group("lead") or ""
    paper = m.group("paper") or m.group("paper2") or (lead if lead.endswith(("報", "报")) else None)
    agency = P.AGENCY_NAME.fullmatch(lead)
    return Credits(authors=tuple(names), agency=agency.group() if agency else None, publication=paper)


def _credit_clauses(text: str) -> Credits | None:
    """A line made only of credit clauses: `图片由晚报记者张翼飞翻拍于…,文字由晚报记者张改华采写。`."""
    found = list(P.CREDIT_CLAUSE.finditer(text))
    if not found or "".join(m.group() for m in found) != text or not all(looks_like_name(m.group("name")) for m in found):
        return None
    photo = tuple(m.group("name") for m in found if m.group("what") in ("图片", "照片", "圖片"))
    return Credits(authors=tuple(m.group("name") for m in found if m.group("name") not in photo), photographers=photo)


def _reported_form(text: str) -> Credits | None:
    """`乔天富张军荣报道`, `陈兆良报导`: only names before `报道` (a marker may stand before them)."""
    m = P.REPORTED_BY.match(text)
    if not m:
        return None
    names = " ".join(_run_together(n) for n in P.CREDIT_NAME_SEP.split(m.group("names")) if n).split()
    return Credits(authors=tuple(names)) if names and all(looks_like_name(n) for n in names) else None


def _opinion_form(text: str) -> Credits | None:
    """`聯合報/ 田方倫/博士生(台北市)`: the writer of an opinion piece, and the paper."""
    m = P.OPINION_CREDIT.match(text)
    if not m or not looks_like_name(m.group("name")):
        return None
    return Credits(authors=(m.group("name"),), publication=m.group("paper"))


def _paper_head_form(text: str) -> Credits | None:
    """`社長于趾琴`: the paper's head signing a piece."""
    m = P.PAPER_HEAD_SIGNED.match(text)
    return Credits(authors=(m.group("name"),)) if m and looks_like_name(m.group("name")) else None


def _run_together(name: str) -> str:
    """`謝柏宏宋健生` → `謝柏宏 宋健生`: six characters are two three-character names when both
    halves start with a surname (names printed without a separator)."""
    if len(name) == 6 and looks_like_name(name[:3]) and looks_like_name(name[3:]):
        return f"{name[:3]} {name[3:]}"
    return name


def _photo_only(text: str) -> Credits | None:
    """`张三 摄`, `中新社发 王瑶 摄` (the agency that sent the picture, then its photographer)."""
    agency = P.AGENCY_SENT.match(text)
    m = P.PHOTO_SUFFIX.fullmatch(text[agency.end():] if agency else text)
    if not m or m.group("names").rstrip().endswith("拍"):
        return None  # `图片由他拍摄`: the verb 拍摄 (to shoot), not a name and 摄
    return Credits(photographers=tuple(P.CREDIT_NAME_SEP.split(m.group("names").strip())),
                   agency=agency.group("agency") if agency else None)


def paper_in(prefix: str) -> str | None:
    """The paper a credit prefix names: `正观新闻·郑州晚报` → 郑州晚报, `郑报` → 郑州日报, `■ 侨报` → 侨报."""
    m = P.PAPER_NAME.search(prefix) or P.PAPER_NAME_END.search(prefix)
    if m:
        return m.group("paper")
    for abbreviation, paper in P.PAPER_ABBREVIATIONS.items():
        if prefix.endswith(abbreviation):
            return paper
    return None
