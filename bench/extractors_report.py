"""bench/extractors.md from the figures `bench/extractors.py` measured: the tables, the dates page
by page, the wall times and where trafilatura does better than the reading room.

Why a module of its own: the measuring and the writing-up change for different reasons; this
one only formats what it is given.
"""
from __future__ import annotations

#: The catalogues compared, in the report's column order.
TOOLS = [
    ("ours", "reading room"),
    ("ours_nodate", "reading room, no file-name dates"),
    ("traf", "trafilatura (defaults)"),
    ("traf_precision", "trafilatura (favor_precision)"),
]


def mark(got: str, gold: str | None) -> str:
    """A date cell: the date, with ✗ when it is not the gold's."""
    if got in ("no article", "no date"):
        return got
    return got if gold and got == gold else f"{got} ✗"


def cell(v) -> str:
    return f"{v[0]}/{v[1]}" if isinstance(v, tuple) else str(v)


ROWS = [
    ("titles found", lambda f: cell(f["titles"])),
    ("authors exact", lambda f: cell(f["authors"])),
    ("body sentences in the right article", lambda f: cell(f["body"])),
    ("… anywhere in the page's articles", lambda f: cell(f["body_anywhere"])),
    ("leaked furniture fragments (fewer is better)", lambda f: cell(f["leaks"])),
    ("wrong dates", lambda f: str(f["wrong_dates"])),
    ("dated pages (non-null date) / pages", lambda f: f"{f['dated']}/{f['pages']}"),
    ("… of them right / pages with a gold date", lambda f: f"{f['dated_right']}/{f['gold_dated']}"),
    ("publication right / pages scored", lambda f: cell(f["publication"])),
    ("articles made / gold articles", lambda f: cell(f["articles"])),
]


def table(figs: dict[str, dict]) -> list[str]:
    out = ["| | " + " | ".join(label for _, label in TOOLS) + " |",
           "|---|" + "---:|" * len(TOOLS)]
    for label, fn in ROWS:
        out.append(f"| {label} | " + " | ".join(fn(figs[k]) for k, _ in TOOLS) + " |")
    return out


def bar(total: dict) -> list[str]:
    """Issue 14's bar, item by item, on these corpora: ours without file-name dates (the fair
    column) against trafilatura with its defaults."""
    ours, traf = total["ours_nodate"], total["traf"]
    ratio = lambda v: v[0] / v[1] if v[1] else 1.0
    items = [
        ("every title found", ours["titles"][0] == ours["titles"][1], cell(ours["titles"]), cell(traf["titles"])),
        ("authors exact ≥ 90 %", ratio(ours["authors"]) >= 0.9, f"{ratio(ours['authors']):.0%}",
         f"{ratio(traf['authors']):.0%}"),
        ("every body sentence kept in its article", ours["body"][0] == ours["body"][1], cell(ours["body"]),
         cell(traf["body"])),
        ("0 leaked fragments", ours["leaks"][0] == 0, cell(ours["leaks"]), cell(traf["leaks"])),
        ("0 wrong dates", ours["wrong_dates"] == 0, str(ours["wrong_dates"]), str(traf["wrong_dates"])),
        ("no fewer dated pages than trafilatura dates (any date)", ours["dated"] >= traf["dated"],
         str(ours["dated"]), str(traf["dated"])),
        ("no fewer dated pages than trafilatura dates (right dates)", ours["dated_right"] >= traf["dated_right"],
         str(ours["dated_right"]), str(traf["dated_right"])),
    ]
    out = ["### Issue 14's bar on these corpora", "",
           "Ours without file-name dates against trafilatura's defaults. These are the committed corpora, "
           "not the issue's hidden pages.", "",
           "| item | met | ours, no file-name dates | trafilatura (defaults) |", "|---|---|---:|---:|"]
    out += [f"| {label} | {'yes' if ok else '**no**'} | {o} | {t} |" for label, ok, o, t in items]
    return out + [""]


def render(results: dict) -> str:
    meta = results["meta"]
    md = [
        "# The reading room vs trafilatura on saved HTML pages",
        "",
        "Written by `python -m bench.extractors` (see `bench/README.md`); do not edit by hand. "
        "Issue 14's bar: on saved HTML pages do better than trafilatura, with no fewer dated pages "
        "than trafilatura dates.",
        "",
        f"- run: {meta['date']} on `{meta['machine']}` ({meta['cpus']} cores, {meta['platform']}), "
        f"reading room at commit `{meta['commit']}`, Python {meta['python']}",
        f"- trafilatura **{meta['trafilatura_version']}** (Python {meta['trafilatura_python']}; "
        f"{meta['trafilatura_packages']}), `bare_extraction(page_bytes, with_metadata=True)`, no URL, every "
        "other option at its default (`favor_precision=False`, `include_comments=True` — comments go to a "
        "field of their own, not scored — `include_tables=True`, `deduplicate=False`); a second run with "
        "`favor_precision=True`",
        "- trafilatura → catalogue (`trafilatura_row`): title → title, author → authors (split on `;`), "
        "date → date, sitename → publication, text → body (each line a paragraph); one article per page, "
        "none when it returns nothing",
        "- ours: `build_site.py convert -q --no-cache --sources RAW --docs TMP`, catalogue "
        "`TMP/data/articles.jsonl`. *No file-name dates*: the same, on a copy of RAW whose file names have "
        "their yyyymmdd replaced by `nodate` (gold `file` names rewritten alike) — trafilatura never sees "
        "file names, so this is the fair column for dates",
        "- scorer: `tests/corpus/score.py GOLD CATALOG --json`, gold = the corpus's gold*.json merged. "
        "Authors are scored on the gold articles a tool found (hence the different denominators). "
        "\"Dated pages\" = pages with at least one article whose date is not null (the scorer's "
        "`date_ok + date_wrong`; a page the tool makes no article for is neither); a date on a page whose "
        "gold date is null counts as wrong",
        "",
        "## All saved-HTML corpora",
        "",
        *table(results["total"]),
        "",
        *bar(results["total"]),
    ]
    for name, c in results["corpora"].items():
        md += [f"## {name} ({c['pages']} pages)", "", *table(c["figures"]), ""]
    md += ["## Wall time (reported, not asserted)", "",
           "| corpus | pages | MB | ours convert | ours, no file-name dates | trafilatura process | "
           "trafilatura extraction only | trafilatura favor_precision process |",
           "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, c in results["corpora"].items():
        t = c["seconds"]
        md.append(f"| {name} | {c['pages']} | {c['mb']:.2f} | {t['ours']:.2f} s | {t['ours_nodate']:.2f} s | "
                  f"{t['traf']:.2f} s | {t['traf_extract']:.2f} s | {t['traf_precision']:.2f} s |")
    md += ["", f"Median of {meta['reps']} runs each. Ours is the whole `convert` command (interpreter start, conversion, the docs tree, catalogue, "
           "search index); trafilatura's *process* is its interpreter start and import plus extraction of "
           "every page, *extraction only* the sum of `bare_extraction` calls.", ""]
    md += ["## Dates page by page", "",
           "| corpus | page | gold articles | gold date | " + " | ".join(label for _, label in TOOLS) + " |",
           "|---|---|---:|---|" + "---|" * len(TOOLS)]
    for name, c in results["corpora"].items():
        for r in c["dates"]:
            md.append(f"| {name} | `{r['file']}` | {r['gold_articles']} | {r['gold'] or 'none'} | "
                      + " | ".join(mark(r[k], r["gold"]) for k, _ in TOOLS) + " |")
    md += ["", "✗ a date that is not the gold's (the gold has none on a home page or an interstitial).", ""]
    for key, label in (("ours_nodate", "no file-name dates"), ("ours", "with file-name dates")):
        md += [f"## Where trafilatura (defaults) does better than ours ({label})", ""]
        any_line = False
        for name, c in results["corpora"].items():
            for line in c["wins"][key]:
                md.append(f"- {name} {line}")
                any_line = True
        if not any_line:
            md.append("- nowhere: on no page and no field does trafilatura get something right that ours misses")
        md.append("")
    return "\n".join(md)
