"""The command line: exit codes and exact messages (click's CliRunner)."""
import json
import shutil

import pytest
from click.testing import CliRunner

import build_site


@pytest.fixture
def run():
    def invoke(*args):
        return CliRunner().invoke(build_site.cli, [str(a) for a in args], catch_exceptions=False)
    return invoke


@pytest.mark.parametrize("command", ["", "convert", "build", "serve", "check", "bundle"])
def test_help_on_every_command(run, command):
    result = run(*([command] if command else []), "--help")
    assert result.exit_code == 0 and "Usage:" in result.output


def test_convert_writes_pages_and_catalogue(run, repo_root, tmp_path):
    result = run("convert", "--sources", repo_root / "sources", "--docs", tmp_path, "--no-cache", "-j", "1")
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1] == "5 files · 21 articles · 0 warnings · 0 errors"
    records = [json.loads(line) for line in (tmp_path / "data" / "articles.jsonl").read_text().splitlines()]
    assert len(records) == 21 and all(r["body"] and r["url"].startswith("articles/") for r in records)
    assert (tmp_path / "articles" / f"{records[0]['id']}.md").is_file()
    assert (tmp_path / "sources" / "000_296d3495bee0e4b2.md").is_file()
    assert (tmp_path / "index.md").is_file()


def test_bad_files_get_one_line_each_and_the_rest_converts(run, repo_root, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(repo_root / "sources" / "003_3a39d835fc40639e.txt", src)
    (src / "empty.txt").write_bytes(b"")
    (src / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = run("convert", "--sources", src, "--docs", tmp_path / "docs", "--no-cache", "-j", "1")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert sum("empty.txt: empty file" in line and line.startswith("ERROR ") for line in lines) == 1
    assert sum("image.txt: binary file" in line and line.startswith("ERROR ") for line in lines) == 1
    assert lines[-1] == "3 files · 3 articles · 0 warnings · 2 errors"
    assert (tmp_path / "docs" / "articles" / "003_3a39d835fc40639e-01.md").is_file()


def test_missing_sources_directory_is_a_clear_error(run, tmp_path):
    result = run("convert", "--sources", tmp_path / "nope", "--docs", tmp_path / "docs")
    assert result.exit_code == 1 and "sources directory not found" in result.output


def test_check_audits_every_seed(run, repo_root):
    result = run("check", "--sources", repo_root / "sources", "-j", "1")
    assert result.exit_code == 0, result.output
    assert "audit: 5/5 files fully accounted for" in result.output


def test_check_writes_nothing(run, repo_root, tmp_path):
    result = run("check", "--sources", repo_root / "sources", "--docs", tmp_path / "docs", "-j", "1")
    assert result.exit_code == 0 and not (tmp_path / "docs").exists()


@pytest.mark.parametrize("archive", ["seeds", "generated"])
def test_parallel_output_equals_serial(run, repo_root, tmp_path, monkeypatch, archive):
    """Same bytes for -j1 and -j2.  For the generated archive the thresholds are lowered so that
    every parallel path (conversion, page rendering, search index) really forks."""
    src = repo_root / "sources"
    if archive == "generated":
        from bench.generate import generate_archive
        from reading_room import runner, search_index

        monkeypatch.setattr(runner, "PARALLEL_MIN_ITEMS", 20)
        monkeypatch.setattr(search_index, "PARALLEL_MIN_ARTICLES", 50)
        src = tmp_path / "src"
        assert generate_archive(300, src, seed=3).articles >= 300
    for jobs in (1, 2):
        assert run("convert", "--sources", src, "--docs", tmp_path / f"j{jobs}",
                   "--no-cache", "-j", jobs).exit_code == 0
    serial = {p.relative_to(tmp_path / "j1"): p.read_bytes() for p in (tmp_path / "j1").rglob("*") if p.is_file()}
    parallel = {p.relative_to(tmp_path / "j2"): p.read_bytes() for p in (tmp_path / "j2").rglob("*") if p.is_file()}
    assert len(serial) > 20 and serial == parallel
