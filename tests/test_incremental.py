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
