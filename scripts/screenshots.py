"""Screenshots of the built site in the system Chromium (`make screenshots`; run `make site` first).

Serves site/ on 127.0.0.1 and photographs home, a calendar month, an issue, a source page and
an article at 1280 px (desktop) and 390 px (phone) wide, full page up to MAX_HEIGHT, into build/screenshots/
(`<name>-1280.png`, `<name>-390.png`).  Also refreshes the README's home picture
(docs/assets/images/screenshot-home.png).  Requests to any other host are blocked, so the
pictures show what an offline reader sees.  Prints each file, and any page wider than the
viewport (horizontal overflow) as a problem: exit 1.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))
from bench.httpd import serve  # noqa: E402
from conftest import CHROMIUM, CHROMIUM_ARGS, _is_local  # noqa: E402
from rr_site import sample_pages  # noqa: E402

from playwright.sync_api import sync_playwright  # noqa: E402

WIDTHS = {1280: 800, 390: 844}  # viewport width -> height
MAX_HEIGHT = 2400  # px: a long article is cut here (the top is what shows the design)
OUT = ROOT / "build" / "screenshots"
README_SHOT = ROOT / "docs" / "assets" / "images" / "screenshot-home.png"


def main(site: Path = ROOT / "site") -> int:
    if not (site / "index.html").is_file():
        print(f"{site}/index.html missing: run `make site` first", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    problems = 0
    with serve(site) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for width, height in WIDTHS.items():
            page = browser.new_page(viewport={"width": width, "height": height})
            page.route("**/*", lambda r: r.continue_() if _is_local(r.request.url) else r.abort())
            for name, path in sample_pages(site).items():
                page.goto(base + path, wait_until="networkidle")
                target = OUT / f"{name}-{width}.png"
                tall = page.evaluate("document.documentElement.scrollHeight")
                page.screenshot(path=str(target), full_page=True,
                                clip={"x": 0, "y": 0, "width": width, "height": min(tall, MAX_HEIGHT)})
                overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                note = f"  OVERFLOW {overflow}px" if overflow > 0 else ""
                problems += overflow > 0
                print(f"{target.relative_to(ROOT)}: {target.stat().st_size // 1024} KB{note}")
                if name == "home" and width == 1280:
                    page.screenshot(path=str(README_SHOT))
            page.close()
        browser.close()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "site"))
