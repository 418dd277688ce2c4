"""Incremental conversion: unchanged files come from the cache, a changed file is redone."""
import shutil

from reading_room.publish.runner import convert_archive


def test_only_changed_files_are_converted(repo_root, tmp_path):
    src = tmp_path / "sources"
    shutil.copytree(repo_root / "sources", src)
    cache = tmp_path / "cache"
    first = convert_archive(src, jobs=1, cache=cache)
    assert (first.converted, first.cached) == (5, 0)
    again = convert_archive(src, jobs=1, cache=cache)
    assert (again.converted, again.cached) == (0, 5)
    assert [r.articles for r in again.results] == [r.articles for r in first.results]
    target = src / "003_3a39d835fc40639e.txt"
    target.write_text(target.read_text(encoding="utf-8").replace("覃岩峰", "覃岩"), encoding="utf-8")
    changed = convert_archive(src, jobs=1, cache=cache)
    assert (changed.converted, changed.cached) == (1, 4)
    assert "覃岩" in changed.results[3].articles[0].authors


def test_settings_change_invalidates_the_cache(repo_root, tmp_path):
    src = tmp_path / "sources"
    shutil.copytree(repo_root / "sources", src)
    cache = tmp_path / "cache"
    convert_archive(src, jobs=1, cache=cache)
    (src / "source.yml").write_text("publication: 某某日报\n", encoding="utf-8")
    changed = convert_archive(src, jobs=1, cache=cache)
    assert changed.converted == 5


def test_cache_is_keyed_on_the_converter_code(repo_root, tmp_path):
    from reading_room.publish.runner import cache_key
    from reading_room.convert.settings import SourceSettings
    from reading_room.publish.store import SourceInput

    item = SourceInput("a.txt", b"text", SourceSettings())
    assert cache_key(item, "code-v1") != cache_key(item, "code-v2")


def test_the_cache_holds_across_processes_whatever_their_hash_seed(repo_root, tmp_path):
    # Each process seeds str hashes at random, so a set's order differs from run to run: the
    # recurring lines in a file's cache key must not depend on it.
    import os
    import subprocess
    import sys

    src = tmp_path / "sources"
    shutil.copytree(repo_root / "sources", src)
    for n in range(3):  # a folder whose files share furniture lines, so they have recurring evidence
        (src / f"p{n}.txt").write_text(f"返回主页 | 某某日报 | 版面导航\n上一版 下一版 本版共有文章\n\n标题{n}\n\n正文第{n}段。\n", "utf-8")
    lines = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        run = subprocess.run([sys.executable, "build_site.py", "convert", "-v", "--sources", str(src),
                              "--docs", str(tmp_path / "docs")], cwd=repo_root, env=env,
                             capture_output=True, text=True, check=True)
        lines.append(next(line for line in run.stderr.splitlines() if "unchanged (from cache)" in line))
    assert lines[1].endswith("sources: 0 converted, 8 unchanged (from cache)"), lines
