#!/usr/bin/env python3
"""The reading room's command line, run from the checkout: `python build_site.py --help`.

The commands live in `reading_room/cli.py` (installed as the `reading-room` script).  Here
their default folders (sources/, docs/, site/, dist/, build/cache/) and mkdocs.yml are the
ones beside this file, wherever it is run from; the installed script uses the current
directory instead.
"""
from pathlib import Path

from reading_room.cli import bound_to

ROOT = Path(__file__).resolve().parent
cli = bound_to(ROOT)

if __name__ == "__main__":
    cli()
