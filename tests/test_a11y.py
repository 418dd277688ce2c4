"""Accessibility: axe-core finds no serious or critical violations on the pages readers use most
(home, a calendar month, an issue, a source page, an article), at desktop and phone widths and
in the dark scheme (Material follows the reader's `prefers-color-scheme`)."""
import pytest

from rr_site import built_site, sample_pages

pytestmark = [pytest.mark.browser, pytest.mark.slow]  # Chromium + axe on the built seeds site

axe_module = pytest.importorskip("axe_playwright_python.sync_playwright", reason="axe-playwright-python is not installed")

VIEWS = [(1280, "light"), (390, "light"), (1280, "dark")]


@pytest.fixture(scope="module")
def site():
    return built_site()


@pytest.fixture(scope="module")
def axe():
    return axe_module.Axe()  # bundles axe.min.js: no network


@pytest.mark.parametrize("width, scheme", VIEWS)
def test_no_serious_or_critical_axe_violations(site, axe, chromium, serve_dir, block_external, width, scheme):
    context = chromium.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    blocked = block_external(page)
    found = []
    try:
        with serve_dir(site) as base:
            for name, path in sample_pages(site).items():
                page.goto(base + path, wait_until="networkidle")
                violations = axe.run(page).response["violations"]
                for v in violations:
                    if v["impact"] in ("serious", "critical"):
                        targets = [n["target"] for n in v["nodes"][:3]]
                        found.append(f"{name} @{width}px {scheme}: {v['id']} ({v['impact']}) {v['help']} {targets}")
    finally:
        context.close()
    assert not found, "\n".join(found)
    assert blocked == []
