"""The reading room's command line: convert page dumps, build, serve, check and bundle the site.

Run as `python build_site.py …` from the checkout or as the installed `reading-room …` script
(`main`).  A `Project` says where the default folders and mkdocs.yml are: beside build_site.py
for the first, the current directory for the second.  This is the only module that knows
click; nothing in the package imports it.

Exit codes: 0 success; 1 a file failed to convert (ERROR), the site failed to build, or — with
--strict — any WARNING; 2 wrong usage.  Problems print one line each:
`ERROR sources/x.txt: <reason>` or `WARNING sources/x.txt: <reason>`.
"""
from __future__ import annotations

import copy
import functools
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import click

from reading_room.convert.audit import audit
from reading_room.model import ConversionIssue
from reading_room.convert.pipeline import explain_source
from reading_room.publish import archive
from reading_room.publish.archive import ArchiveError, BuildSettings, Outcome
from reading_room.publish.runner import Report, iter_converted, with_archive_evidence
from reading_room.publish.bundle import BundleError, make_bundle
from reading_room.publish.sitebuild import SiteBuildError
from reading_room.publish.siteupdate import update_site
from reading_room.publish.store import StoreError, iter_sources, swap_dir
from reading_room.publish.zensical import build_site_zensical, find_zensical

log = logging.getLogger("reading_room")


@dataclass(frozen=True)
class Project:
    """The folder whose sources/, docs/, site/, dist/, build/cache/ and mkdocs.yml the
    commands use by default."""
    root: Path

    @property
    def mkdocs_yml(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def cache(self) -> Path:
        return self.root / "build" / "cache"


def _project() -> Project:
    """The running command's project: the one `bound_to` gave, else the current directory."""
    return click.get_current_context().find_object(Project) or Project(Path.cwd())


def _under_root(name: str):
    """A click default: `name` under the project's root, looked up when the command runs."""
    return lambda: _project().root / name


def common(func):
    """Options every converting command shares."""
    @click.option("--sources", type=click.Path(file_okay=False, path_type=Path), default=_under_root("sources"),
                  show_default="sources/", help="Folder of raw page files (any layout, any depth).")
    @click.option("--docs", type=click.Path(file_okay=False, path_type=Path), default=_under_root("docs"),
                  show_default="docs/", help="Where the Markdown pages and data catalogue go.")
    @click.option("--jobs", "-j", type=click.IntRange(0), default=0, show_default="all cores",
                  help="Worker processes for conversion (1 = no parallelism).")
    @click.option("--no-cache", is_flag=True, help="Convert every file even if unchanged since the last run.")
    @click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 1).")
    @click.option("-v", "--verbose", count=True, help="More detail (repeat for debug output).")
    @click.option("-q", "--quiet", is_flag=True, help="Only problems and the summary line.")
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        _logging(kwargs["verbose"], kwargs["quiet"])
        return func(*args, **kwargs)
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli():
    """Turn raw Chinese newspaper page dumps into a browsable, searchable reading room.

    \b
    Typical use:
      python build_site.py convert      # sources/ → docs/ (Markdown + data catalogue)
      python build_site.py build        # convert, then build the site into site/
      python build_site.py serve        # build and serve on http://127.0.0.1:8000
      python build_site.py check        # dry run: statistics, problems, lossless audit
      python build_site.py bundle       # offline zip in dist/
    """


@cli.command()
@common
def convert(sources, docs, jobs, no_cache, strict, verbose, quiet):
    """Convert every file under --sources into article pages, index pages and the catalogue
    in --docs.  Unchanged files are taken from the cache (build/cache/)."""
    report = _convert(sources, docs, jobs, no_cache, quiet)
    _finish(report, strict)


@cli.command()
@common
@click.option("--site", type=click.Path(file_okay=False, path_type=Path), default=_under_root("site"),
              show_default="site/", help="Where the built site goes.")
@click.option("--engine", type=click.Choice(["mkdocs", "zensical"]), default="mkdocs", show_default=True,
              help="The site generator: MkDocs + Material, or Zensical (no hooks: one part, see README).")
@click.option("--zensical", "zensical_exe", envvar="RR_ZENSICAL", metavar="PATH",
              help="The zensical executable (default: .venv-zensical/bin/zensical, else PATH).")
@click.option("--full", is_flag=True, help="Render every page, even if the site/ built last has most of them.")
def build(sources, docs, jobs, no_cache, strict, verbose, quiet, site, engine, zensical_exe, full):
    """Convert, then build the site with `mkdocs build --strict`, in --jobs parts at once (or
    with `zensical build --strict`: --engine zensical).  The previous site/ stays in place
    until the new one is complete.  The same site works from file://: `bundle` zips it.

    Incremental: only the docs files changed since site/ was built are rendered, the rest of
    site/ is kept (same bytes as a clean build); everything is rendered when mkdocs.yml,
    overrides/, hooks/ or MkDocs changed, when most files changed, or with --full.  One line
    says which: `site: 42 pages rendered, 9,310 kept, 3 removed`."""
    if engine == "zensical":
        zensical_exe = zensical_exe or find_zensical(_project().root)
        if not zensical_exe:
            raise click.ClickException("zensical not found: `make site ENGINE=zensical` installs it "
                                       "into .venv-zensical/, or pass --zensical PATH")
    code = _convert_apart(sources, docs, jobs, no_cache, strict, quiet)
    _build_site(docs, site, quiet, jobs, zensical_exe if engine == "zensical" else None, full)
    if code:
        raise SystemExit(code)


@cli.command()
@common
@click.option("--addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
def serve(sources, docs, jobs, no_cache, strict, verbose, quiet, addr):
    """Convert, then serve the site with live reload on --addr (Ctrl-C stops)."""
    report = _convert(sources, docs, jobs, no_cache, quiet)
    _report_issues(report, sources)
    click.echo(report.summary(), err=True)
    project = _project()
    cmd = [sys.executable, "-m", "mkdocs", "serve", "-f", str(project.mkdocs_yml), "-a", addr]
    if Path(docs).resolve() != (project.root / "docs").resolve():
        click.echo("note: serve uses the docs_dir of mkdocs.yml", err=True)
    raise SystemExit(subprocess.call(cmd, cwd=project.root))


@cli.command()
@common
@click.option("--explain", "explain_file", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Print every line of this one file with its role (title, body, byline, debris …)"
                   " and the evidence that decided it, then stop.")
def check(sources, docs, jobs, no_cache, strict, verbose, quiet, explain_file):
    """Dry run: convert, print statistics and problems, and prove for every file
    that article text + metadata + removed debris account for all of the source.  Writes
    nothing; exits 1 when a file is not fully accounted for.

    With --explain FILE: how FILE was read, line by line."""
    if explain_file is not None:
        _explain(sources, explain_file)
        return
    report = Report(sources=sources)
    failures, html, debris, results = [], 0, 0, 0
    try:  # one file at a time: the audit needs nothing of the others
        for done in _progress(quiet, "checking")(iter_converted(sources, report.read_issues, _jobs(jobs))):
            report.add(done)
            result = done.result
            failure = audit(result)
            if failure:
                failures.append(failure)
                click.echo(f"ERROR {_shown(sources, failure.source)}: not accounted for: {failure.message()}", err=True)
            if result.markup and verbose and not quiet:
                click.echo(f"audit {_shown(sources, result.source)}: {result.markup}", err=True)
            html += bool(result.markup)
            debris += len(result.debris)
            results += 1
    except StoreError as exc:
        raise click.ClickException(str(exc))
    report.finish()
    if not quiet:
        if html:
            click.echo(f"audit: {html} saved HTML page(s) checked over their text nodes and dropped elements"
                       " (-v for each)", err=True)
        click.echo(f"audit: {results - len(failures)}/{results} files fully"
                   f" accounted for · {debris} debris fragments logged", err=True)
    _finish(report, strict, failed=bool(failures))


@cli.command()
@click.option("--site", type=click.Path(file_okay=False, path_type=Path), default=_under_root("site"),
              show_default="site/", help="The built site to bundle.")
@click.option("--docs", type=click.Path(file_okay=False, path_type=Path), default=_under_root("docs"),
              show_default="docs/", help="The docs the site must have been built from.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=_under_root("dist"),
              show_default="dist/", help="Where the zip goes.")
@click.option("-q", "--quiet", is_flag=True, help="Only problems.")
def bundle(site, docs, out, quiet):
    """Zip the built site as the offline edition, dist/<name>-offline.zip: unzipped, its
    index.html opens by double click and search works without a network.  Run `build` first."""
    _logging(0, quiet)
    from mkdocs.config import load_config

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    site_name = load_config(str(_project().mkdocs_yml)).site_name
    try:
        path = make_bundle(site, docs, out, site_name)
    except BundleError as exc:
        raise click.ClickException(str(exc))
    click.echo(f"bundle: {path}")


# --- helpers -----------------------------------------------------------------------------------

def _explain(sources: Path, path: Path) -> None:
    """Print `explain_source` for one file, read with the settings of its folder."""
    path = path.resolve()
    root = sources.resolve() if path.is_relative_to(sources.resolve()) else path.parent
    inputs = [item for item in iter_sources(root, 200 * 1024 * 1024) if not isinstance(item, ConversionIssue)]
    for item in with_archive_evidence(inputs):
        if (root / item.source).resolve() == path:
            click.echo(f"{item.source}: each piece as  L<line>:<col> #<article> <role> <text> — <evidence>")
            for piece in explain_source(item.data, item.source, item.settings):
                click.echo(piece.row())
            return
    raise click.ClickException(f"{path}: not a readable source file")


def _settings(sources: Path, docs: Path, jobs: int, no_cache: bool) -> BuildSettings:
    project = _project()
    return BuildSettings(sources, docs, jobs=_jobs(jobs), cache=None if no_cache else project.cache,
                         static_from=project.root / "docs")


def _convert(sources: Path, docs: Path, jobs: int, no_cache: bool, quiet: bool) -> Report:
    try:
        report = archive.convert(_settings(sources, docs, jobs, no_cache), progress=_progress(quiet, "converting"))
    except StoreError as exc:
        raise click.ClickException(str(exc))
    _log_counts(report)
    return report


def _log_counts(report) -> None:
    log.info("sources: %d converted, %d unchanged (from cache)", report.converted, report.cached)
    if report.written:
        log.info("docs: %(written)d written, %(unchanged)d unchanged, %(removed)d removed", report.written)


def _build_site(docs: Path, site: Path, quiet: bool, jobs: int = 0, zensical: str | None = None,
                full: bool = False) -> None:
    """Build the site (`mkdocs build --strict`, one part per core, only what changed unless
    `full`; or `zensical build` when `zensical` names its executable) into a temporary
    folder, then swap it into place."""
    site = Path(site)
    site.parent.mkdir(parents=True, exist_ok=True)
    for stale in site.parent.glob(".site-*"):  # left by a build that was killed
        shutil.rmtree(stale, ignore_errors=True)
    tmp = Path(tempfile.mkdtemp(prefix=".site-", dir=site.parent)) / "site"
    engine = "zensical" if zensical else "mkdocs"
    if not quiet:
        click.echo("building the site with Zensical…" if zensical else "building the site…", err=True)
    try:
        if zensical:
            result = build_site_zensical(_project().mkdocs_yml, docs, tmp, zensical)
        else:
            result = update_site(_project().mkdocs_yml, docs, site, tmp, _jobs(jobs), full)
    except (SiteBuildError, OSError) as exc:
        shutil.rmtree(tmp.parent, ignore_errors=True)
        click.echo(str(exc), err=True)
        raise click.ClickException(f"{engine} build failed (see messages above); the previous site is unchanged")
    for message in result.messages:
        click.echo(message, err=True)
    swap_dir(tmp, site)
    shutil.rmtree(tmp.parent, ignore_errors=True)
    if not zensical:
        click.echo(result.summary(), err=True)


def _finish(report: Report, strict: bool, failed: bool = False) -> None:
    _report_issues(report, report.sources)
    click.echo(report.summary(), err=True)
    code = _exit_code(report, strict)
    if failed or code:
        raise SystemExit(1)


def _exit_code(report: Report | Outcome, strict: bool) -> int:
    issues = report.all_issues
    return 1 if any(i.level == "error" for i in issues) or (strict and issues) else 0


def _convert_apart(sources: Path, docs: Path, jobs: int, no_cache: bool, strict: bool, quiet: bool) -> int:
    """`convert` in a child process (`convert_isolated`); returns the exit code it would have.
    Every converted article lives in that child, so its memory is back with the system before
    MkDocs starts."""
    try:
        outcome = archive.convert_isolated(_settings(sources, docs, jobs, no_cache), progress=_progress(quiet, "converting"))
    except StoreError as exc:
        raise click.ClickException(str(exc))
    except ArchiveError:
        raise SystemExit(1)
    _log_counts(outcome)
    _report_issues(outcome, sources)
    click.echo(outcome.summary(), err=True)
    return _exit_code(outcome, strict)


def _report_issues(report: Report | Outcome, sources: Path) -> None:
    for issue in report.all_issues:
        click.echo(f"{issue.level.upper()} {_shown(sources, issue.source)}: {issue.message}", err=True)


def _shown(sources: Path, source: str) -> str:
    try:
        return (Path(sources) / source).relative_to(Path.cwd()).as_posix()
    except ValueError:
        return (Path(sources) / source).as_posix()


def _jobs(jobs: int) -> int:
    return jobs or os.cpu_count() or 1


def _progress(quiet: bool, label: str):
    """A progress bar on a terminal; nothing when quiet or piped."""
    def wrap(items):
        if quiet or not sys.stderr.isatty():
            yield from items
            return
        with click.progressbar(items, label=label, file=sys.stderr) as bar:
            yield from bar
    return wrap


def _logging(verbose: int, quiet: bool) -> None:
    level = logging.WARNING if quiet else (logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    logging.basicConfig(level=level, format="%(levelname)s %(message)s")
    # jieba logs its dictionary loading at DEBUG on its own handler; keep it out of our output.
    logging.getLogger("jieba").setLevel(logging.DEBUG if verbose > 1 else logging.WARNING)


def bound_to(root: Path) -> click.Group:
    """`cli` with its default folders and mkdocs.yml under `root` (build_site.py: its own folder)."""
    group = copy.copy(cli)
    group.context_settings = {**cli.context_settings, "obj": Project(Path(root))}
    return group


def main() -> None:
    """The `reading-room` console script: default folders under the current directory."""
    cli(obj=Project(Path.cwd()))
