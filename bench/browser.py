"""Time to first search result in a real Chromium, online (http on 127.0.0.1) and from file://.

For each query and repetition: a fresh browser context (empty cache), open the home page, wait
for DOMContentLoaded, type the query into the search box at once, and time until the first
result is in the page and visible (stamped in the page by a MutationObserver, so Playwright's
polling is not in the figure).  That is what a reader does on arriving, so it includes fetching and loading
whatever index the search needs.  Also recorded, on the first query: the bytes the page fetched
up to the first result (the search payload), and the browser's memory (PSS summed over every
Chromium process, and the page's JS heap from CDP `Performance.getMetrics`).

The search UI is found by selectors (`SearchUI`): stock Material's, or the reading room's own
(`assets/javascripts/rr-search-*.js`) when the site ships it.  Nothing here asserts a time.
"""
from __future__ import annotations

import json
import os
import statistics
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

from bench.measure import pss_kb, tree_pids

CHROMIUM = os.environ.get("BENCH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@dataclass(frozen=True)
class SearchUI:
    """How to type a query and recognise a result in one search UI."""

    name: str
    input: str  # CSS selector of the search box
    result: str  # CSS selector of one result (not of a "no results" message)
    opener: str | None = None  # clicked first when the box is hidden behind a button
    #: The element whose text says "no results", and the words that say it (没有找到 = not found).
    meta: str = ".md-search-result__meta"
    no_result_words: str = "没有找到|沒有找到|No matching"
    #: URL fragments of the files that belong to search (counted as the search payload).
    search_paths: tuple[str, ...] = ("search",)

    def is_search_request(self, url: str) -> bool:
        path = urlparse(url).path
        return any(frag in path for frag in self.search_paths)


MATERIAL_UI = SearchUI("material", ".md-search__input", ".md-search-result__link",
                       search_paths=("/search/search_index.json", "/workers/search", "/lunr/"))
#: The reading room's search (docs/assets/javascripts/rr-search-*.js) keeps Material's search box
#: and result markup, so the same selectors apply; kept separate so they can diverge.
RR_UI = SearchUI("rr-search", ".md-search__input", ".md-search-result__link",
                 search_paths=("/rr-search/", "/rr-search-"))  # the index, the three scripts


def detect_ui(site: Path) -> SearchUI:
    """The reading room's UI when the home page loads rr-search-ui.js, else Material's own."""
    try:
        home = (site / "index.html").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return MATERIAL_UI
    return RR_UI if "rr-search-ui.js" in home else MATERIAL_UI


def chromium_pss_mb(kind: str = "") -> float:
    """PSS of every Chromium process below this Python process (Playwright's driver → Chromium);
    with `kind` (e.g. `--type=renderer`), only those whose command line holds it."""
    total = 0
    for pid in tree_pids(os.getpid()):
        try:
            with open(f"/proc/{pid}/comm") as f:
                comm = f.read()
            if kind:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    if kind.encode() not in f.read():
                        continue
        except FileNotFoundError:
            continue
        if "chrom" in comm:
            total += pss_kb(pid)
    return total / 1024


def _body_size(req, root: Path | None, base: str) -> int:
    """Response body size; a worker script Playwright reports as 0 is sized from disk."""
    try:
        size = req.sizes()["responseBodySize"]
    except Exception:  # noqa: BLE001 - a request torn down with its context has no sizes
        size = 0
    if size == 0 and root is not None and req.url.startswith(base):
        rel = unquote(urlparse(req.url).path)[len(urlparse(base).path):] or "index.html"
        f = root / rel
        if f.is_dir():
            f = f / "index.html"
        if f.is_file():
            size = f.stat().st_size
    return size


MISS_GRACE_S = 2.0
#: Longest wait for the page itself (navigation, a click on the search box).
ACTION_TIMEOUT_S = 20.0
#: Installed in every page before it loads: once the query is typed (`__benchT0` set), a
#: MutationObserver stamps, with the page's own clock, the first moment a result is in the DOM
#: and visible (`__benchHit`) or the UI says it found nothing (`__benchMiss`).  In-page stamps
#: keep Playwright's polling delay out of the figure.
_OBSERVER_JS = """(() => {
  const cfg = %s;
  const check = () => {
    if (window.__benchT0 === undefined || window.__benchHit !== undefined) return;
    const r = document.querySelector(cfg.result);
    if (r && r.getClientRects().length) { window.__benchHit = performance.now(); return; }
    const m = document.querySelector(cfg.meta);
    if (m && new RegExp(cfg.words).test(m.textContent)) window.__benchMiss = performance.now();
  };
  window.__benchCheck = check;
  new MutationObserver(check).observe(document, {childList: true, subtree: true, characterData: true});
})();"""


def measure_search(start_url: str, ui: SearchUI, queries: list[str], reps: int = 3,
                   timeout_s: float = 120.0, root: Path | None = None) -> dict:
    """Time to first result for each query (median of `reps` cold runs) plus payload and memory.

    `root` is the directory behind `start_url`, used only to size responses Playwright cannot.
    Returns a dict; a query that found nothing within `timeout_s` is null with a reason.
    """
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    base = start_url.rsplit("/", 1)[0] + "/" if start_url.endswith(".html") else start_url
    out: dict = {"ui": ui.name, "url": start_url, "reps": reps, "queries": {}}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            blank = browser.new_context().new_page()
            blank.goto("about:blank")
            out["browser_pss_blank_mb"] = round(chromium_pss_mb(), 1)
            blank.context.close()
            first = True
            broken = None
            for q in queries:
                if broken:
                    out["queries"][q] = {"first_result_s": None, "nav_to_result_s": None, "runs_s": [],
                                         "results_shown": 0, "reason": f"skipped: {broken}"}
                    continue
                times, navs, errors, counts, misses = [], [], [], [], []
                for _ in range(reps):
                    ctx = browser.new_context()
                    ctx.add_init_script(_OBSERVER_JS % json.dumps(
                        {"result": ui.result, "meta": ui.meta, "words": ui.no_result_words}))
                    page = ctx.new_page()
                    page.set_default_timeout(ACTION_TIMEOUT_S * 1000)
                    requests = []
                    page.on("requestfinished", lambda r, acc=requests: acc.append(r))
                    try:
                        page.goto(start_url, wait_until="domcontentloaded")
                        if ui.opener:
                            page.locator(ui.opener).first.click()
                        box = page.locator(ui.input).first
                        box.click()
                        page.evaluate("() => { window.__benchT0 = performance.now(); }")
                        box.fill(q)
                        page.evaluate("() => window.__benchCheck && window.__benchCheck()")
                        page.wait_for_function("() => window.__benchHit !== undefined || window.__benchMiss !== undefined",
                                               timeout=timeout_s * 1000)
                        stamps = page.evaluate("() => [window.__benchT0, window.__benchHit, window.__benchMiss]")
                        if stamps[1] is None:
                            # A UI may say "nothing found" for a moment before the results of
                            # the query arrive: a miss counts only when it lasts MISS_GRACE_S.
                            try:
                                page.wait_for_function("() => window.__benchHit !== undefined",
                                                       timeout=MISS_GRACE_S * 1000)
                                stamps = page.evaluate("() => [window.__benchT0, window.__benchHit, window.__benchMiss]")
                            except PlaywrightError:
                                misses.append(round((stamps[2] - stamps[0]) / 1000, 3))
                                continue
                        # performance.now() counts from the navigation's start.
                        times.append((stamps[1] - stamps[0]) / 1000)
                        navs.append(stamps[1] / 1000)
                        counts.append(page.locator(ui.result).count())
                        if first:
                            first = False
                            sizes = [(r.url, _body_size(r, root, base)) for r in requests]
                            out["first_query"] = q
                            out["first_query_bytes_total"] = sum(s for _, s in sizes)
                            out["first_query_bytes_search"] = sum(s for u, s in sizes if ui.is_search_request(u))
                            out["first_query_largest"] = [
                                [u.replace(base, "", 1), s] for u, s in sorted(sizes, key=lambda x: -x[1])[:8]]
                            out["first_query_requests"] = len(sizes)
                            out["browser_pss_mb"] = round(chromium_pss_mb(), 1)
                            try:
                                cdp = ctx.new_cdp_session(page)
                                cdp.send("Performance.enable")
                                metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
                                out["js_heap_used_mb"] = round(metrics.get("JSHeapUsedSize", 0) / 2**20, 1)
                            except PlaywrightError as e:
                                out["js_heap_used_mb"] = None
                                out["js_heap_reason"] = str(e).splitlines()[0]
                    except PlaywrightError as e:
                        errors.append(str(e).splitlines()[0])
                    finally:
                        ctx.close()
                if errors and not times and not misses:
                    # The UI did not work at all (no search box, a timeout): the other queries
                    # would only wait out the same timeouts.
                    broken = f"the first query failed: {errors[0]}"
                out["queries"][q] = {
                    "first_result_s": round(statistics.median(times), 3) if times else None,
                    "nav_to_result_s": round(statistics.median(navs), 3) if navs else None,
                    "runs_s": [round(t, 3) for t in times],
                    "results_shown": counts[0] if counts else 0,
                    **({"reason": errors[0]} if not times and errors else {}),
                    **({"no_result_s": misses, "reason": "the search answered: no results"}
                       if misses and not times else {}),
                }
        finally:
            browser.close()
    done = [v["first_result_s"] for v in out["queries"].values() if v["first_result_s"] is not None]
    out["median_first_result_s"] = round(statistics.median(done), 3) if done else None
    out["max_first_result_s"] = round(max(done), 3) if done else None
    out["answered"] = f"{len(done)}/{len(queries)}"
    if not done:
        out["reason"] = next((v["reason"] for v in out["queries"].values() if v.get("reason")), "no result")
    return out
