"""Every corpus, converted by the real CLI and scored by the vendored scorer (tests/corpus/score.py).

Floors are the scores measured when they were set (see tests/corpus/README.md): a change that
loses a title, an author, a body sentence or a publication, or leaks more furniture, or dates a
page wrongly, fails here.  Raise a floor when the converter gets better; never lower one to make
a change pass.  The corpora are in the repository, so these tests never skip.
"""
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "corpus"
sys.path.insert(0, str(CORPUS))
from score import score  # noqa: E402  (the vendored scorer)

#: corpus: (raw folder, gold files), minimum found/right counts, maximum leaks and wrong dates.
FLOORS = {
    "seeds": dict(titles=17, authors=20, keep=24, pub=5, leaks=0, wrong_dates=0),
    "real-v1": dict(titles=35, authors=35, keep=77, pub=22, leaks=1, wrong_dates=0),
    "real-v2": dict(titles=120, authors=109, keep=262, pub=58, leaks=20, wrong_dates=0),
    # Held out: labelled after the rules were written, scored once, never read for tuning
    # (tests/corpus/README.md).  Its two wrong dates are the converter's before this work too.
    "real-v3": dict(titles=36, authors=31, keep=69, pub=8, leaks=14, wrong_dates=2),
    # Labelled in a later session, scored once on arrival (the same before and after that
    # session's rules): the second honest estimate; a development set from then on.
    "real-v4": dict(titles=66, authors=60, keep=134, pub=16, leaks=4, wrong_dates=0),
    # Labelled in stop 19 by a labeller who never saw the converter, scored once on arrival
    # (start of that stop: titles 11/22, leaks 16/29; at its end as below); held out like real-v3.
    "real-v5": dict(titles=15, authors=11, keep=27, pub=5, leaks=11, wrong_dates=0),
    # Labelled in stop 20 by a labeller who never saw the converter, scored once on arrival (with
    # the converter of that stop's start: titles 29/35, authors 16/29, keep 48/69, leaks 29/83,
    # publication 1/13); a development set from then on.
    "real-v6": dict(titles=34, authors=30, keep=60, pub=8, leaks=6, wrong_dates=0),
    # Real saved HTML pages (GitHub fixtures and saved pages), labelled in stop 20; 3 are
    # re-encoded copies in the charset their markup declares (GB18030, Big5).
    # Labelled this stop (21) by a labeller who never saw the converter, scored once on arrival
    # (titles 49/54, authors 34/49, keep 83/97, leaks 23/110, 1 wrong date, publication 7/17 with
    # the converter of this stop's start and of its earlier work alike); a development set from
    # then on.  Its wrong date: m05, a content farm's copy whose `来源:新民晚报 发布时间:…` line the
    # labeller reads as the farm's posting time (a paper's own site prints the same line).
    "real-v7": dict(titles=51, authors=49, keep=87, pub=15, leaks=5, wrong_dates=1),
    # Labelled in stop 22 by a labeller who never saw the converter (30 pages + 2 re-encoded copies),
    # scored once on arrival with the converter of that stop's start: titles 39/59, authors 30/39,
    # keep 83/112, leaks 30/113, 1 wrong date, publication 8/20; a development set from then on.
    "real-v8": dict(titles=56, authors=52, keep=106, pub=14, leaks=15, wrong_dates=1),
    # Labelled in stop 24 by a labeller who never saw the converter (24 pages + 2 re-encoded copies),
    # scored once on arrival: titles 31/43, authors 27/31, keep 59/90, leaks 18/106, no wrong date,
    # publication 8/15 with the converter of that stop's start (32/43, 27/32, 62/90, 15/106 with its
    # earlier work); a development set from then on.
    "real-v9": dict(titles=38, authors=33, keep=75, pub=9, leaks=7, wrong_dates=0),
    # Labelled in stop 26 by a labeller who never saw the converter (24 pages + 2 re-encoded copies),
    # scored once on arrival: titles 31/41, authors 25/31, keep 59/75, leaks 24/107, no wrong date,
    # publication 6/8, the same with the converter of that stop's start and of its earlier work;
    # a development set from then on.
    "real-v10": dict(titles=39, authors=34, keep=71, pub=7, leaks=8, wrong_dates=0),
    # Labelled in stop 26 by a labeller who never saw the converter (24 pages + 2 re-encoded copies),
    # scored once on arrival, the same with the converter of that stop's start and its end: held out
    # like real-v3 and real-v5 (tests/corpus/README.md).
    "real-v11": dict(titles=25, authors=22, keep=56, pub=9, leaks=10, wrong_dates=0),
    "html-v1": dict(titles=18, authors=17, keep=43, pub=7, leaks=0, wrong_dates=0),
    # Real saved HTML pages labelled this stop (21) blind (Hong Kong papers, 人民网, ifeng, Tencent),
    # scored once on arrival: titles 10/13, authors 5/10, keep 27/38, leaks 4/96 with the converter
    # of this stop's start; 12/13, 7/12, 35/38, 5/96 with its earlier work.
    "html-v2": dict(titles=13, authors=13, keep=38, pub=9, leaks=1, wrong_dates=0),
    # Real saved HTML labelled blind in stop 22 (9 pages + 2 re-encoded copies: 東方, 文匯, 信報, 成報,
    # 星島, 2009 portals), scored on arrival: titles 9/11, authors 6/9, keep 25/31, leaks 1/83.
    "html-v3": dict(titles=11, authors=11, keep=31, pub=4, leaks=0, wrong_dates=0),
}


def _inputs(name, repo_root):
    if name == "seeds":
        return repo_root / "sources", [CORPUS / "seeds" / "gold.json"]  # a copy of ../shared/gold/seeds.json
    return CORPUS / name / "raw", sorted((CORPUS / name).glob("gold*.json"))


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request, repo_root, tmp_path_factory):
    name = request.param
    raw, gold_files = _inputs(name, repo_root)
    assert gold_files and all(g.is_file() for g in gold_files), f"{name}: gold missing"
    docs = tmp_path_factory.mktemp(name)
    subprocess.run([sys.executable, "build_site.py", "convert", "-q", "--no-cache", "--sources", str(raw),
                    "--docs", str(docs)], cwd=repo_root, check=True)
    gold = [entry for g in gold_files for entry in json.loads(g.read_text("utf-8"))]
    catalog = [json.loads(line) for line in (docs / "data" / "articles.jsonl").read_text("utf-8").splitlines() if line]
    return name, score(gold, catalog)


def test_scores_stay_above_their_floors(scored):
    name, s = scored
    floor = FLOORS[name]
    got = dict(titles=s["must_found"], authors=s["authors_ok"], keep=s["keep_ok"], pub=s["pub_ok"],
               leaks=s["debris_leaks"], wrong_dates=s["date_wrong"])
    below = {k: (got[k], floor[k]) for k in ("titles", "authors", "keep", "pub") if got[k] < floor[k]}
    above = {k: (got[k], floor[k]) for k in ("leaks", "wrong_dates") if got[k] > floor[k]}
    assert not below and not above, (name, "got vs floor", below, above, s["misses"])


def test_every_script_is_right(scored):
    name, s = scored
    # real-v2: two pages mix scripts; real-v4: f28, a traditional site frame around a simplified story;
    # real-v5: g04, a mainland page machine-converted to traditional, one of its articles left simplified;
    # real-v9: r08, a mainland commentary a content farm machine-converted to traditional, labelled hans.
    assert s["script_ok"] >= s["script_n"] - {"real-v2": 2, "real-v4": 1, "real-v5": 1, "real-v9": 1}.get(name, 0), s


@pytest.mark.parametrize("name", ["real-v1", "real-v2", "real-v3", "real-v4", "real-v5", "real-v6", "real-v7",
                                  "real-v8", "real-v9", "real-v10", "real-v11", "html-v1", "html-v2", "html-v3"])
def test_gold_labels_are_in_their_pages(name):
    from check_gold import problems
    assert problems(CORPUS / name) == []


#: A date in a corpus file's name is the gold's (the labellers named them so); real saved pages
#: carry none.  Renamed without it, the HTML corpus must still be dated from its own evidence.
UNDATED_NAME = re.compile(r"_(?:19|20)\d{6}")


@pytest.mark.parametrize("name,dated", [("html-v1", 12), ("html-v2", 13), ("html-v3", 8)])  # of 12, 13, 9 with a gold date
def test_saved_pages_are_dated_without_a_date_in_their_file_name(tmp_path, repo_root, name, dated):
    raw = tmp_path / "raw"
    raw.mkdir()
    for page in sorted((CORPUS / name / "raw").iterdir()):
        shutil.copyfile(page, raw / UNDATED_NAME.sub("", page.name))
    gold = [dict(entry, file=UNDATED_NAME.sub("", entry["file"]))
            for g in sorted((CORPUS / name).glob("gold*.json")) for entry in json.loads(g.read_text("utf-8"))]
    subprocess.run([sys.executable, "build_site.py", "convert", "-q", "--no-cache", "--sources", str(raw),
                    "--docs", str(tmp_path / "docs")], cwd=repo_root, check=True)
    catalog = [json.loads(line) for line in (tmp_path / "docs" / "data" / "articles.jsonl").read_text("utf-8").splitlines() if line]
    assert not any(a["date_source"] == "filename" for a in catalog)
    s = score(gold, catalog)
    assert s["date_wrong"] == 0 and s["date_ok"] >= dated, s
