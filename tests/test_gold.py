"""The seeds, converted by the real CLI, scored by ../shared/eval/score.py against the gold."""
import json
import subprocess
import sys

import pytest


@pytest.fixture(scope="module")
def scores(repo_root, shared_dir, tmp_path_factory):
    docs = tmp_path_factory.mktemp("docs")
    subprocess.run([sys.executable, "build_site.py", "convert", "-q", "--no-cache", "--docs", str(docs)],
                   cwd=repo_root, check=True)
    out = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"),
                          str(shared_dir / "gold" / "seeds.json"), str(docs / "data" / "articles.jsonl"), "--json"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out[:out.rindex("}") + 1])


def test_titles(scores):
    assert scores["must_found"] == scores["must"] == 17
    assert scores["stretch_found"] == scores["stretch"]


def test_authors_exact_for_every_found_article(scores):
    assert scores["authors_ok"] == scores["authors_n"]


def test_keep_joins_debris(scores):
    assert scores["keep_ok"] >= scores["keep"] - 1  # the one miss is a stretch story's other half
    assert scores["joins_ok"] == scores["joins"]
    assert scores["debris_leaks"] == 0


def test_dates_publication_script(scores):
    assert scores["date_wrong"] == 0
    assert scores["pub_ok"] == scores["pub_n"] == 5
    assert scores["script_ok"] == scores["script_n"] == 5
