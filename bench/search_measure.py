"""Measure the static search index at scale (see notes/search-design.md).

    .venv/bin/python bench/search_measure.py build N OUT   # synthetic catalogue -> OUT/docs + mkdocs site
    .venv/bin/python bench/search_measure.py time OUT      # time to first result, online and file://

The catalogue is synthetic: sentences recombined from sources/*.txt (real Chinese text), ~7 KB
bodies, about 10 % folded to traditional script with OpenCC, names drawn from a small pool.
It measures only the search: one MkDocs page carries the search box; the articles themselves
are not rendered (the search never loads them).  Unlike `bench/run.py`, which times a reader
typing on arrival, this times the search alone: from the `input` event on a page that has
loaded to the first result.  Chromium and the memory figures are `bench/browser.py`'s,
the local server `bench/httpd.py`'s.
"""
from __future__ import annotations

import json
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as `python bench/search_measure.py`
    sys.path.insert(0, str(ROOT))

from bench.browser import CHROMIUM, CHROMIUM_ARGS, chromium_pss_mb  # noqa: E402
from bench.httpd import serve  # noqa: E402
from reading_room.site.search_index import iter_search_files  # noqa: E402

PEOPLE = ["王鸿勋", "杨丽萍", "刘盼盼", "杨柳", "李明", "张伟", "陈静", "赵磊"]
PLACES = ["郑东新区", "郑州", "金水区", "中原区", "航空港区", "开封", "洛阳"]
ORGS = ["世界城地组织", "郑州市政府", "河南省委宣传部"]
QUERIES = ["郑东新区", "王鸿勋", "高质量发展", "鄭州", "城市"]


def sentences() -> list[str]:
    text = "\n".join(p.read_text("utf-8", "replace") for p in sorted((ROOT / "sources").glob("*.txt")))
    text = re.sub(r"<[^>]*>", "", text)
    out = [s.strip() + "。" for s in re.split(r"[。！？]", text)
           if len(s.strip()) > 12 and re.search(r"[\u4e00-\u9fff]{8}", s) and "http" not in s]
    return out


def catalogue(n: int, seed: int = 7) -> list[dict]:
    import opencc
    t2s = opencc.OpenCC("s2t")
    rng = random.Random(seed)
    pool = sentences()
    arts = []
    for i in range(n):
        body, size = [], 0
        while size < 2300:
            para = "".join(rng.choice(pool) for _ in range(rng.randint(2, 5)))
            body.append(para)
            size += len(para)
        title = rng.choice(pool)[:rng.randint(8, 22)].rstrip("。，,")
        hant = rng.random() < 0.1
        people, places = rng.sample(PEOPLE, 2), rng.sample(PLACES, 2)
        body[0] = f"{people[0]}在{places[0]}表示," + body[0]
        md = "\n\n".join(body)
        if hant:
            title, md = t2s.convert(title), t2s.convert(md)
        arts.append({"id": f"syn-{i:06d}", "title": title, "kicker": None, "subtitle": None,
                     "authors": [people[1]], "people": people[:1], "places": places,
                     "organizations": [rng.choice(ORGS)], "publication": "郑州日报",
                     "date": f"20{20 + i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                     "script": "hant" if hant else "hans", "url": f"articles/syn-{i:06d}/",
                     "body": md})
    return arts


MKDOCS_YML = """site_name: rr search measure
use_directory_urls: {dirurls}
theme:
  name: material
  language: zh
  font: false
  custom_dir: {overrides}
plugins:
  - search:
      lang: zh
      separator: '[\\s\\u200b\\u3000\\-、。，．？！；]+'
extra_javascript:
  - assets/javascripts/rr-search-load.js
  - assets/javascripts/rr-search-query.js
  - assets/javascripts/rr-search-ui.js
extra_css:
  - assets/stylesheets/rr-search.css
"""


def build(n: int, out: Path) -> None:
    arts = catalogue(n)
    docs = out / "docs"
    shutil.rmtree(out, ignore_errors=True)
    for sub in ("javascripts", "stylesheets"):
        (docs / "assets" / sub).mkdir(parents=True)
    for script in sorted((ROOT / "docs/assets/javascripts").glob("rr-search-*.js")):
        shutil.copy(script, docs / "assets/javascripts/")
    shutil.copy(ROOT / "docs/assets/stylesheets/rr-search.css", docs / "assets/stylesheets/")
    (docs / "index.md").write_text("# 搜索测量\n\n用顶部的搜索框。\n", "utf-8")
    t0 = time.perf_counter()
    files = total = 0
    sizes = {"t": 0, "d": 0, "other": 0}
    for rel, text in iter_search_files(arts):
        path = docs / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        files += 1
        total += len(data)
        kind = rel.split("/")[1] if rel.count("/") == 2 else "other"
        sizes[kind] += len(data)
    secs = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"articles": n, "index_seconds": round(secs, 1), "peak_rss_mb": round(rss),
                      "files": files, "total_mb": round(total / 1e6, 1),
                      "postings_mb": round(sizes["t"] / 1e6, 1), "docs_mb": round(sizes["d"] / 1e6, 1),
                      "body_mb": round(sum(len(a["body"].encode()) for a in arts) / 1e6, 1)}))
    for dirurls, site in (("true", "site"), ("false", "offline-site")):
        (out / "mkdocs.yml").write_text(MKDOCS_YML.format(dirurls=dirurls, overrides=ROOT / "overrides"), "utf-8")
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(out / "mkdocs.yml"),
                        "-d", str(out / site)], check=True)
    (out / "mkdocs.yml").unlink()


def time_queries(out: Path) -> None:
    from playwright.sync_api import sync_playwright

    report = {}
    with serve(out / "site") as online, sync_playwright() as p:
        urls = {"online": online, "file": (out / "offline-site" / "index.html").as_uri()}
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for mode, url in urls.items():
            times, payloads = [], []
            for q in QUERIES:
                for _ in range(3):
                    ctx = browser.new_context()
                    page = ctx.new_page()
                    got = []
                    page.on("response", lambda r: got.append(r))
                    page.goto(url)
                    # the theme started, the dialog mounted (rr-search-ui.js): no fixed wait
                    page.wait_for_selector("[data-rr-search][data-rr-ready]", state="attached")
                    got.clear()
                    page.click("[data-rr-search] input")
                    ms = page.evaluate("""q => new Promise(done => {
                        const input = document.querySelector('[data-rr-search] input');
                        const list = document.querySelector('[data-rr-search] .md-search-result__list');
                        const t0 = performance.now();
                        new MutationObserver((_, obs) => {
                          if (list.querySelector('.md-search-result__item')) { obs.disconnect(); done(performance.now() - t0); }
                        }).observe(list, {childList: true, subtree: true});
                        input.value = q; input.dispatchEvent(new Event('input', {bubbles: true}));
                    })""", q)
                    times.append(ms)
                    if mode == "online":
                        payloads.append(sum(len(r.body()) for r in got if "/rr-search/" in r.url))
                    cdp = ctx.new_cdp_session(page)
                    heap = cdp.send("Runtime.getHeapUsage")["usedSize"] / 1e6
                    pss = chromium_pss_mb()
                    renderer = chromium_pss_mb("--type=renderer")
                    ctx.close()
            report[mode] = {"median_ms": round(statistics.median(times)), "max_ms": round(max(times)),
                            "heap_mb_last": round(heap, 1),
                            "chromium_pss_mb_last": round(pss),
                            "renderer_pss_mb_last": round(renderer)}
            if payloads:
                report[mode]["payload_kb_median"] = round(statistics.median(payloads) / 1000)
                report[mode]["payload_kb_max"] = round(max(payloads) / 1000)
        browser.close()
    print(json.dumps(report))


if __name__ == "__main__":
    if sys.argv[1] == "build":
        build(int(sys.argv[2]), Path(sys.argv[3]))
    else:
        time_queries(Path(sys.argv[2]))
