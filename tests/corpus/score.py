"""Vendored copy of ../shared/eval/score.py (the scorer every corpus is judged by); keep it in step."""
#!/usr/bin/env python3
"""Score a reading-room article catalogue (articles.jsonl) against a gold file.

usage: score.py GOLD.json CATALOG.jsonl [--json]
Gold: a list of files, each with articles (title, kicker, subtitle, authors, keep/body_sentences,
joins), debris strings, date (+ tolerance or range), publication and script.
"""
import datetime as dt, json, re, sys

T2S = None
def t2s(s):
    global T2S
    if T2S is None:
        try:
            import opencc
            T2S = opencc.OpenCC("t2s").convert
        except Exception:  # no OpenCC: fold the characters of common mastheads and names
            table = str.maketrans("鄭報聯時華東門島國際經濟團書記訊臺灣晚日艷帥陽開興聞網衛",
                                  "郑报联时华东门岛国际经济团书记讯台湾晚日艳帅阳开兴闻网卫")
            T2S = lambda x: x.translate(table)
    return T2S(s)

def norm(s):
    return re.sub(r"[\s\u3000\u200b]+", "", s or "")

def paragraphs(body):
    return [norm(p) for p in re.split(r"\n\s*\n", body or "")]

def names(xs):
    out = []
    for x in xs or []:
        out.append(x["name"] if isinstance(x, dict) else str(x))
    return {norm(t2s(n)) for n in out}

def day(s):
    try:
        return dt.date.fromisoformat(str(s)[:10])
    except Exception:
        return None

def match(g, arts):
    """The produced article that carries gold article g, or None."""
    if g.get("title"):
        for want in [norm(t) for t in [g["title"], *(g.get("title_alternatives") or [])]]:
            for a in arts:
                head = norm((a.get("kicker") or "") + (a.get("title") or "") + (a.get("subtitle") or ""))
                if a.get("title") and want in head and len(norm(a["title"])) <= len(want) + 30:
                    return a
        return None
    keep = [norm(k) for k in g.get("keep") or g.get("body_sentences") or []]
    for a in arts:
        if keep and keep[0] in norm(a.get("body")) and names(g["authors"]) <= names(a.get("authors")):
            return a
    return None

def score(gold, catalog):
    by_src = {}
    for a in catalog:
        by_src.setdefault(str(a.get("source", "")).split("/")[-1], []).append(a)
    s = dict(files=0, must=0, must_found=0, stretch=0, stretch_found=0, authors_ok=0, authors_n=0,
             keep=0, keep_ok=0, keep_anywhere=0, joins=0, joins_ok=0, debris_leaks=0, debris_n=0,
             date_ok=0, date_wrong=0, date_null=0, date_n=0, pub_ok=0, pub_n=0, script_ok=0, script_n=0,
             articles_out=0, articles_gold=0, misses=[])
    for f in gold:
        s["files"] += 1
        arts = by_src.get(f["file"], [])
        s["articles_out"] += len(arts)
        s["articles_gold"] += len(f["articles"])
        alltext = [norm(a.get("body")) for a in arts]
        for g in f["articles"]:
            lvl = g.get("level", "must")
            s[lvl] += 1
            a = match(g, arts)
            if not a:
                s["misses"].append(f"{f['file']}: {g.get('title') or g.get('authors')}")
                for k in g.get("keep") or g.get("body_sentences") or []:
                    s["keep"] += 1
                    s["keep_anywhere"] += any(norm(k) in t for t in alltext)
                continue
            s[lvl + "_found"] += 1
            if g.get("authors") is not None:
                s["authors_n"] += 1
                # Gold authors name the article's credits; the catalogue keeps photographers and
                # correspondents in fields of their own, which gold files count in or leave out.
                au, ph, co = (names(a.get(k)) for k in ("authors", "photographers", "correspondents"))
                s["authors_ok"] += names(g["authors"]) in (au, au | ph, au | co, au | ph | co)
            body = norm(a.get("body"))
            for k in g.get("keep") or g.get("body_sentences") or []:
                s["keep"] += 1
                s["keep_ok"] += norm(k) in body
                s["keep_anywhere"] += any(norm(k) in t for t in alltext)
            paras = paragraphs(a.get("body"))
            for j in g.get("joins") or []:
                s["joins"] += 1
                s["joins_ok"] += any(norm(j) in p for p in paras)
        for d in f.get("debris") or []:
            s["debris_n"] += 1
            s["debris_leaks"] += any(d in (a.get("title") or "") + "\n" + (a.get("body") or "") for a in arts)
        if arts:
            s["date_n"] += 1
            got = {day(a.get("date")) for a in arts} - {None}
            want = day(f.get("date"))
            rng = f.get("date_range")
            if not got:
                s["date_null"] += 1
            elif want and all(abs((x - want).days) <= f.get("date_tolerance_days", 0) for x in got):
                s["date_ok"] += 1
            elif rng and all(day(rng[0]) <= x <= day(rng[1]) for x in got):
                s["date_ok"] += 1
            else:
                s["date_wrong"] += 1
            if f.get("publication"):
                s["pub_n"] += 1
                s["pub_ok"] += all(norm(t2s(a.get("publication") or "")) == norm(t2s(f["publication"])) for a in arts)
            s["script_n"] += 1
            s["script_ok"] += all(str(a.get("script", "")).lower().endswith(f["script"]) for a in arts)
    return s

def line(s):
    return (f"titles must {s['must_found']}/{s['must']} stretch {s['stretch_found']}/{s['stretch']}, "
            f"authors {s['authors_ok']}/{s['authors_n']}, keep {s['keep_ok']}/{s['keep']} (anywhere {s['keep_anywhere']}), "
            f"joins {s['joins_ok']}/{s['joins']}, debris leaks {s['debris_leaks']}/{s['debris_n']}, "
            f"dates ok {s['date_ok']} null {s['date_null']} wrong {s['date_wrong']} of {s['date_n']}, "
            f"publication {s['pub_ok']}/{s['pub_n']}, script {s['script_ok']}/{s['script_n']}, "
            f"articles {s['articles_out']} for {s['articles_gold']} gold")

if __name__ == "__main__":
    gold = json.load(open(sys.argv[1], encoding="utf-8"))
    cat = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
    s = score(gold, cat)
    if "--json" in sys.argv:
        print(json.dumps(s, ensure_ascii=False, indent=1))
    for m in s["misses"]:
        print("miss:", m)
    print(line(s))
