"""Build the site with Zensical instead of MkDocs (`build_site.py build --engine zensical`).

Zensical reads mkdocs.yml and renders with its own copy of the Material templates, but it runs
no hooks and has no `--site-dir`: it builds the `docs_dir` of the config's folder into its
`site_dir`, and both must lie inside that folder.  So the build happens in a scratch project
beside `out`: mkdocs.yml and overrides/ copied in, the docs folder hard-linked in (copied where
links are not possible), `RR_DOCS_DIR=docs`; then its site/ is moved to `out`.

What the hook does under MkDocs does not happen here (see README, "Building with Zensical"):
no parallel parts, no stashing of the converter's raw HTML blocks (their marker comments stay
in the pages, the pages are otherwise the same), no render-once partials.

Does not: convert sources, or decide where the site goes (the CLI swaps the result into place).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from .sitebuild import SiteBuild, SiteBuildError

#: The environment variable mkdocs.yml's `docs_dir: !ENV [RR_DOCS_DIR, docs]` reads.
DOCS_ENV = "RR_DOCS_DIR"
#: Where `make` installs Zensical (requirements-zensical.txt), under the project's root.
VENV_EXECUTABLE = Path(".venv-zensical") / "bin" / "zensical"


def find_zensical(root: Path) -> str | None:
    """The zensical executable: the project's `.venv-zensical/`, else the one on PATH."""
    local = Path(root) / VENV_EXECUTABLE
    if local.is_file() and os.access(local, os.X_OK):
        return str(local)
    return shutil.which("zensical")


def build_site_zensical(config: Path, docs: Path, out: Path, zensical: str) -> SiteBuild:
    """Build the site of `config` (with `docs` as docs_dir) into the new directory `out` by
    running `zensical build --strict`.

    Raises:
        SiteBuildError: Zensical failed (its output is in the message).
    """
    config, docs, out = Path(config), Path(docs).resolve(), Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".zensical-", dir=out.parent))
    try:
        shutil.copy2(config, scratch / "mkdocs.yml")
        overrides = config.parent / "overrides"
        if overrides.is_dir():
            shutil.copytree(overrides, scratch / "overrides")
        _link_tree(docs, scratch / "docs")
        env = dict(os.environ, **{DOCS_ENV: "docs"})
        result = subprocess.run([zensical, "build", "--strict", "-f", str(scratch / "mkdocs.yml")],
                                cwd=scratch, env=env, capture_output=True, text=True)
        output = (result.stdout + result.stderr).strip()
        if result.returncode or not (scratch / "site").is_dir():
            raise SiteBuildError(f"zensical build failed (exit {result.returncode}):\n{output}")
        os.replace(scratch / "site", out)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    notable = tuple(line for line in output.splitlines()
                    if line.strip() and not line.startswith(("Build started", "Build finished", "No issues")))
    return SiteBuild(1, notable)


def _link_tree(src: Path, dst: Path) -> None:
    """`dst` a copy of `src` made of hard links (Zensical wants docs_dir inside its project and
    resolves symlinks); plain copies where the file system refuses links."""
    def link(a, b):
        try:
            os.link(a, b)
        except OSError:
            shutil.copy2(a, b)
    shutil.copytree(src, dst, copy_function=link)
