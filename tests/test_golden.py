"""Golden files: what the converter writes for the seeds, page by page, for a few pages of each
kind (home, article, issue, publication, author and tag indexes, source page, catalogue).

A change that alters a rendered page fails here with the diff.  When the change is meant,
update the golden files with one command and review the diff in git:

    make golden        # = .venv/bin/python tests/test_golden.py
"""
import difflib
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden" / "seeds"
#: docs/-relative paths kept as golden files: one or two of each kind of page.
PAGES = ("index.md", "articles/000_296d3495bee0e4b2-01.md", "articles/003_3a39d835fc40639e-01.md",
         "papers/郑州晚报/index.md", "papers/郑州晚报/2024-09-19.md", "authors/index.md", "tags/index.md",
         "sources/000_296d3495bee0e4b2.md", "data/articles.jsonl")


def convert_seeds(docs: Path) -> None:
    subprocess.run([sys.executable, "build_site.py", "convert", "-q", "--no-cache", "--docs", str(docs)],
                   cwd=ROOT, check=True)


@pytest.fixture(scope="module")
def seed_docs(tmp_path_factory):
    docs = tmp_path_factory.mktemp("golden-docs")
    convert_seeds(docs)
    return docs


@pytest.mark.parametrize("path", PAGES)
def test_page_matches_its_golden_file(seed_docs, path):
    want = (GOLDEN / path).read_text("utf-8")
    got = (seed_docs / path).read_text("utf-8")
    diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True), f"golden/{path}", path, n=1))
    assert got == want, f"{path} changed (if meant: `make golden`, then review the diff):\n{diff[:4000]}"


def update() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        convert_seeds(Path(tmp))
        for page in PAGES:
            target = GOLDEN / page
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text((Path(tmp) / page).read_text("utf-8"), "utf-8")
    print(f"updated {len(PAGES)} golden files under {GOLDEN.relative_to(ROOT)}")


if __name__ == "__main__":
    update()
