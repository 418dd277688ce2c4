"""The one local HTTP server of the tests, the benchmark and the screenshots: a built folder
served on 127.0.0.1 at a free port, in a thread, for the length of a `with` block.

    with serve(site) as base_url:  # "http://127.0.0.1:PORT/"
        page.goto(base_url + "index.html")

Text is sent as UTF-8, as a real host declares it (the standard library sends no charset).
Does not: log requests, rewrite URLs, or serve anything but the folder it is given.
"""
from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from pathlib import Path
from typing import Iterator

#: File types sent with `charset=utf-8`.
UTF8_TYPES = {
    ".html": "text/html", ".css": "text/css", ".js": "text/javascript",
    ".json": "application/json", ".jsonl": "application/jsonl", ".csv": "text/csv",
    ".txt": "text/plain", ".xml": "application/xml",
}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        **{ext: f"{kind}; charset=utf-8" for ext, kind in UTF8_TYPES.items()},
    }

    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature; keeps output readable
        pass


@contextlib.contextmanager
def serve(folder: Path | str) -> Iterator[str]:
    """Serve `folder` for the duration of the block; yield the base URL (ending in `/`)."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
