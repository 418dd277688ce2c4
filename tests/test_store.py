"""store.write_tree: files written as they come, unchanged ones left alone, stale ones removed."""
from __future__ import annotations

from reading_room.publish.store import write_tree


def test_pairs_are_written_as_they_come_and_stale_files_go(tmp_path):
    docs = tmp_path / "docs"
    first = write_tree(docs, {"a/x.md": "one", "a/y.md": "two", "b/z.md": "three"})
    assert first == {"written": 3, "unchanged": 0, "removed": 0}
    seen = []

    def pairs():
        for rel, text in (("a/x.md", "one"), ("a/new.md", "new")):
            seen.append(rel)
            yield rel, text
            # Written before the next pair is even made: the tree is never whole in memory.
            assert (docs / rel).read_text("utf-8") == text

    second = write_tree(docs, pairs())
    assert seen == ["a/x.md", "a/new.md"]
    assert second == {"written": 1, "unchanged": 1, "removed": 2}
    assert sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md")) == ["a/new.md", "a/x.md"]
    assert not (docs / "b").exists()  # emptied folders go too


def test_two_writers_then_one_finish(tmp_path):
    from reading_room.publish.store import finish_tree, write_files

    docs = tmp_path / "docs"
    write_tree(docs, {"a/old.md": "x", "b/keep.md": "k"})
    names_a, counts_a = write_files(docs, [("a/new.md", "n")])
    names_b, counts_b = write_files(docs, [("b/keep.md", "k")])
    counts = finish_tree(docs, names_a + names_b,
                         {k: counts_a[k] + counts_b[k] for k in counts_a})
    assert counts == {"written": 1, "unchanged": 1, "removed": 1}
    assert sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md")) == ["a/new.md", "b/keep.md"]
