"""Shared pytest fixtures for the reading room.

- ``repo_root`` / ``shared_dir``: the project checkout and ``../shared`` beside it.
- ``chromium``: one headless system Chromium per session (Playwright sync API).
  ``playwright install`` cannot download browsers here, so it always launches
  ``/usr/bin/chromium``; ``make test`` installs it (scripts/ensure-chromium.sh).
- ``page``: a fresh browser context + page per test, closed afterwards.
- ``serve_dir``: ``with serve_dir(path) as base_url:`` serves a folder over
  HTTP on 127.0.0.1 at a free port, in a thread (``bench.httpd.serve``).
- ``block_external``: ``blocked = block_external(page)`` aborts every request
  that would leave this machine and records it, so a test can
  ``assert blocked == []``.
"""
from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:  # `pytest` run from elsewhere: bench/ is a package of the checkout
    sys.path.insert(0, str(REPO_ROOT))

from bench.httpd import serve  # noqa: E402  (the one local HTTP server: tests, bench, screenshots)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
LOCAL_SCHEMES = {"file", "data", "blob", "about"}


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def shared_dir(repo_root: Path) -> Path:
    path = repo_root.parent / "shared"
    if not path.is_dir():
        pytest.skip(f"{path} is absent: shared material (seeds, gold) lives beside the checkout")
    return path


@pytest.fixture(scope="session")
def chromium():
    """A headless system Chromium, shared by the session."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: run `make test` (scripts/ensure-chromium.sh) "
            "or `apt-get install -y chromium fonts-noto-cjk`",
            pytrace=False,
        )
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    context = chromium.new_context()
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def serve_dir():
    """``with serve_dir(path) as base_url: ...`` (base_url ends with '/'): bench/httpd.py."""
    return serve


def _is_local(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in LOCAL_SCHEMES:
        return True
    return parts.scheme in {"http", "https", "ws", "wss"} and parts.hostname in LOCAL_HOSTS


@pytest.fixture
def block_external():
    """``blocked = block_external(page_or_context)``: abort and record outside requests."""

    def install(target) -> list[str]:
        blocked: list[str] = []

        def handle(route):
            url = route.request.url
            if _is_local(url):
                route.continue_()
            else:
                blocked.append(url)
                route.abort("blockedbyclient")

        target.route("**/*", handle)
        return blocked

    return install
