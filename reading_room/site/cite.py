"""How to cite one article: GB/T 7714-2015, BibTeX, CSL-JSON, Zotero meta tags, JSON-LD.

GB/T 7714-2015 newspaper entries (§8.1.3 style, the standard's own example shape):

    作者. 题名: 副题[N]. 报纸名, YYYY-MM-DD(版次).
    作者. 题名: 副题[N/OL]. 报纸名, YYYY-MM-DD(版次)[引用日期]. URL.

At most three authors, then `等`.  Nothing is invented: a part the article does not know (date,
page, authors) is left out rather than guessed.

Every function is pure and takes the page URL and the access date as arguments.  The site
shows the offline form (`[N]`); when the built page has a canonical URL (mkdocs.yml sets
`site_url`), `rr-cite.js` fills `URL_SLOT` / `DATE_SLOT` in the online templates this module
writes (`online_templates`), so Python stays the one place that knows the formats.

Does not: escape for HTML (`render` does), know MkDocs.
"""
from __future__ import annotations

import json

from .. import patterns as P
from ..model import Article
from .titles import display_title

#: Placeholders the browser replaces with the page's canonical URL and today's date.
URL_SLOT = "\ue000"
DATE_SLOT = "\ue001"
MAX_GBT_AUTHORS = 3

_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}


def title_with_subtitle(article: Article, sep: str = ": ") -> str:
    """`题名: 副题` with the subtitle's leading dashes (`——访…`) dropped."""
    title = " ".join(display_title(article).split())
    subtitle = " ".join(P.SUBTITLE_DASHES.sub("", article.subtitle or "").split())
    return f"{title}{sep}{subtitle}" if subtitle else title


def page_number(page: str | None) -> str | None:
    """版次 as cited: `02` → `2`, `A02` → `A02`, `三` → `3`, `十二` → `12`."""
    if not page:
        return None
    page = page.strip()
    if page.isdigit():
        return str(int(page))
    if page and all(c in _CN_DIGITS or c == "十" for c in page):
        if "十" in page:
            tens, _, ones = page.partition("十")
            return str(_CN_DIGITS.get(tens, 1) * 10 + _CN_DIGITS.get(ones, 0))
        return "".join(str(_CN_DIGITS[c]) for c in page)
    return page


def gbt7714(article: Article, url: str | None = None, accessed: str | None = None) -> str:
    """The GB/T 7714-2015 entry: `[N]` offline, `[N/OL]` with `url` and `accessed` (YYYY-MM-DD)."""
    parts = []
    authors = list(article.authors)
    if authors:
        names = authors[:MAX_GBT_AUTHORS] + (["等"] if len(authors) > MAX_GBT_AUTHORS else [])
        parts.append(", ".join(names) + ". ")
    online = url is not None
    parts.append(title_with_subtitle(article) + ("[N/OL]" if online else "[N]"))
    where = [x for x in (article.publication,) if x]
    when = article.date or ""
    page = page_number(article.page)
    if when and page:
        when += f"({page})"
    if where and when:
        parts.append(f". {where[0]}, {when}")
    elif where or when:
        parts.append(f". {(where or [when])[0]}")
    if online:
        parts.append(f"[{accessed}]. {url}")
    parts.append(".")
    return "".join(parts)


def bibtex(article: Article, url: str | None = None, accessed: str | None = None) -> str:
    """A biblatex/BibTeX `@article` (entrysubtype newspaper); every name braced as one literal."""
    fields: list[tuple[str, str]] = []
    if article.authors:
        fields.append(("author", " and ".join("{" + _bib(a) + "}" for a in article.authors)))
    fields.append(("title", _bib(" ".join(display_title(article).split()))))
    if article.subtitle:
        fields.append(("subtitle", _bib(P.SUBTITLE_DASHES.sub("", article.subtitle))))
    if article.publication:
        fields.append(("journal", _bib(article.publication)))
        fields.append(("journaltitle", _bib(article.publication)))
    fields.append(("entrysubtype", "newspaper"))
    if article.date:
        y, m, d = article.date.split("-")
        fields += [("date", article.date), ("year", y), ("month", str(int(m)))]
    if article.page:
        fields.append(("pages", _bib(article.page)))
    fields.append(("langid", "chinese"))
    if url is not None:
        fields += [("url", url), ("urldate", accessed or "")]
    key = P.BIBTEX_KEY_UNSAFE.sub("-", article.id)
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@article{{{key},\n{body}\n}}"


def csl_json(article: Article, url: str | None = None, accessed: str | None = None) -> str:
    """A CSL-JSON array with one `article-newspaper` item (names as literals)."""
    item: dict = {"id": article.id, "type": "article-newspaper", "title": title_with_subtitle(article)}
    if article.authors:
        item["author"] = [{"literal": a} for a in article.authors]
    if article.publication:
        item["container-title"] = article.publication
    if article.date:
        item["issued"] = {"date-parts": [[int(x) for x in article.date.split("-")]]}
    if article.page:
        item["page"] = article.page
    if article.section:
        item["section"] = article.section
    item["language"] = "zh-Hant" if article.script == "hant" else "zh-Hans"
    if url is not None:
        item["URL"] = url
        item["accessed"] = {"raw": accessed or ""}
    return json.dumps([item], ensure_ascii=False, indent=2)


def online_templates(article: Article) -> dict[str, str]:
    """The online forms with `URL_SLOT` / `DATE_SLOT` for the browser to fill."""
    return {"gbt": gbt7714(article, URL_SLOT, DATE_SLOT), "bibtex": bibtex(article, URL_SLOT, DATE_SLOT),
            "csl": csl_json(article, URL_SLOT, DATE_SLOT)}


def citation_meta(article: Article) -> list[list[str]]:
    """Highwire `citation_*` tags (read by Zotero and Google Scholar) as `[name, content]` pairs."""
    meta = [["citation_title", " ".join(display_title(article).split())]]
    meta += [["citation_author", a] for a in article.authors]
    if article.date:
        meta.append(["citation_publication_date", article.date.replace("-", "/")])
        meta.append(["citation_date", article.date.replace("-", "/")])
    if article.publication:
        meta.append(["citation_journal_title", article.publication])
        meta.append(["citation_publisher", article.publication])
    if article.page:
        meta.append(["citation_firstpage", article.page])
    meta.append(["citation_language", "zh"])
    if article.keywords:
        meta.append(["citation_keywords", "; ".join(article.keywords)])
    return meta


def json_ld(article: Article) -> dict:
    """schema.org `NewsArticle` (the template adds `url` and serialises it safely for <script>)."""
    data: dict = {"@context": "https://schema.org", "@type": "NewsArticle",
                  "headline": " ".join(display_title(article).split())[:110],
                  "inLanguage": "zh-Hant" if article.script == "hant" else "zh-Hans",
                  "identifier": article.id}
    if article.subtitle:
        data["alternativeHeadline"] = article.subtitle
    if article.authors:
        data["author"] = [{"@type": "Person", "name": a} for a in article.authors]
    if article.date:
        data["datePublished"] = article.date
    if article.publication:
        data["publisher"] = {"@type": "Organization", "name": article.publication}
        data["isPartOf"] = {"@type": "Newspaper", "name": article.publication}
    if article.page:
        data["printPage"] = article.page
    if article.section:
        data["printSection"] = article.section
    if article.series:
        data["printColumn"] = article.series
    if article.keywords:
        data["keywords"] = list(article.keywords)
    data["wordCount"] = article.chars
    return data


def _bib(text: str) -> str:
    """BibTeX-safe text: specials escaped, braces balanced by escaping them."""
    out = []
    for ch in " ".join(text.split()):
        if ch in "\\":
            out.append("\\textbackslash{}")
        elif ch in "{}%&$#_":
            out.append("\\" + ch)
        elif ch == "^":
            out.append("\\^{}")
        elif ch == "~":
            out.append("\\~{}")
        else:
            out.append(ch)
    return "".join(out)
