"""Take the README screenshots from the built site (run `make site` first).

Serves site/ on 127.0.0.1, opens it in the system Chromium at 1280 px and
writes docs/assets/images/screenshot-home.png. Requests to any other host are
blocked, so the picture shows what an offline reader sees.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from conftest import CHROMIUM, CHROMIUM_ARGS, _is_local, _serve  # noqa: E402

from playwright.sync_api import sync_playwright  # noqa: E402

SHOTS = {"screenshot-home.png": ""}  # file name -> path under the site root


def main() -> int:
    site = ROOT / "site"
    if not (site / "index.html").is_file():
        print("site/index.html missing: run `make site` first", file=sys.stderr)
        return 1
    out = ROOT / "docs" / "assets" / "images"
    out.mkdir(parents=True, exist_ok=True)
    with _serve(site) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.route("**/*", lambda r: r.continue_() if _is_local(r.request.url) else r.abort())
        for name, path in SHOTS.items():
            page.goto(base + path, wait_until="networkidle")
            page.screenshot(path=str(out / name))
            print(f"{out / name}: {(out / name).stat().st_size // 1024} KB")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
