"""The command line: exit codes and exact messages (click's CliRunner)."""
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import build_site
from reading_room.publish.archive import BuildSettings, convert as archive_convert


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
def test_parallel_output_equals_serial(run, repo_root, tmp_path, archive):
    """Same bytes for -j1 and -j2.  For the generated archive the library is called with low
    thresholds so that every parallel path (conversion, page rendering, search index) forks."""
    src = repo_root / "sources"
    if archive == "seeds":
        for jobs in (1, 2):
            assert run("convert", "--sources", src, "--docs", tmp_path / f"j{jobs}",
                       "--no-cache", "-j", jobs).exit_code == 0
    else:
        from bench.generate import generate_archive
        src = tmp_path / "src"
        assert generate_archive(300, src, seed=3).articles >= 300
        for jobs in (1, 2):
            archive_convert(BuildSettings(src, tmp_path / f"j{jobs}", jobs=jobs, min_pages_per_job=20,
                                          min_articles_per_job=50))
    serial = {p.relative_to(tmp_path / "j1"): p.read_bytes() for p in (tmp_path / "j1").rglob("*") if p.is_file()}
    parallel = {p.relative_to(tmp_path / "j2"): p.read_bytes() for p in (tmp_path / "j2").rglob("*") if p.is_file()}
    assert len(serial) > 20 and serial == parallel


def test_build_settings_are_validated_once():
    for bad in (dict(jobs=0), dict(jobs=1.5), dict(min_pages_per_job=0), dict(max_bytes=-1)):
        with pytest.raises(ValueError, match=next(iter(bad))):
            BuildSettings("sources", "docs", **bad)
    assert BuildSettings("sources", "docs").docs == Path("docs")


def test_originals_are_the_bytes_that_were_converted(repo_root, tmp_path, monkeypatch):
    """A file changed on disk after it was read: its original's page is what the articles came from."""
    from reading_room.publish import runner
    src = tmp_path / "src"
    src.mkdir()
    page = "城市的温度\n\n记者 王晓\n\n今天迎来创刊74周年的重要日子,让我们一同聆听老友的祝福。\n"
    (src / "a.txt").write_text(page, encoding="utf-8")
    real = runner.convert_input

    def change_then_convert(item):  # the file changes on disk once it has been read
        (src / "a.txt").write_bytes(b"changed since")
        return real(item)
    monkeypatch.setattr(runner, "convert_input", change_then_convert)
    report = archive_convert(BuildSettings(src, tmp_path / "docs"))
    [original] = (tmp_path / "docs" / "originals").rglob("a.txt*")
    assert original.read_bytes() == page.encode() and report.articles == 1


def test_check_explain_gives_every_line_its_role_and_evidence(run, repo_root):
    page = repo_root / "tests" / "corpus" / "real-v1" / "raw" / "01_zzrb_20220319_cover.txt"
    result = run("check", "--sources", page.parent, "--explain", page)
    assert result.exit_code == 0, result.output
    rows = result.output.splitlines()
    assert rows[0].startswith("01_zzrb_20220319_cover.txt:")
    def row(text):
        return next(r for r in rows if f"'{text}" in r)
    assert "debris" in row("习近平同美国总统拜登视频通话") and "headline_list" in row("习近平同美国总统拜登视频通话")
    assert "navigation" in row("返回主页 | 郑州日报")
    assert "#1  kicker" in row("安伟会见开封市委书记高建军一行")
    printed = [r for r in rows if "'切实推动郑开同城化由点到面纵深推进'" in r]  # listed, then printed
    assert "headline_list" in printed[0] and "#1  title" in printed[1]
    assert "#1  byline" in row("本报讯(郑报全媒体记者 孙亚文 张昕)")


def test_check_explain_refuses_a_file_that_is_not_a_source(run, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(build_site.cli, ["check", "--sources", str(tmp_path), "--explain", str(tmp_path / "empty.txt")])
    assert result.exit_code != 0


def test_check_says_how_it_audited_saved_html_pages(repo_root):
    result = CliRunner().invoke(build_site.cli, ["check", "-v", "--sources", str(repo_root / "tests" / "fixtures" / "html")])
    assert result.exit_code == 0, result.output
    assert "7 saved HTML page(s) checked over their text nodes and dropped elements" in result.output
    assert "7/7 files fully accounted for" in result.output
    assert "hostile.html: HTML: audited over its" in result.output


def test_build_help_explains_incremental_builds_and_full(run):
    text = " ".join(run("build", "--help").output.split())
    assert "--full" in text and "Render every page" in text
    assert "only the docs files changed since site/ was built are rendered" in text
