"""bench/extractors.py's pure parts: a trafilatura result as a catalogue row, file names without
their date, and the figures taken from a score.  No trafilatura needed (it is no dependency)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))

from bench.extractors import figures, split_authors, trafilatura_row, undated_name  # noqa: E402
from score import score  # noqa: E402

RESULT = {  # the fields bench/trafilatura_run.py keeps, as trafilatura 2.3.1 fills them
    "title": " 短缺药品保供稳价 全力保障临床用药需求-新华网 ",
    "author": "张三; 李四",
    "date": "2023-11-17",
    "sitename": "新华网",
    "hostname": None,
    "description": "国家卫生健康委获悉",
    "url": None,
    "categories": [],
    "tags": [],
    "text": "据了解，短缺药品信息监测共享正在多维度推进。\n  \n国家药监局加快短缺药品审评审批进度。\n| 表格 | 单元 |",
    "comments": "网友：说得好",
    "language": None,
    "pagetype": None,
}


def test_row_maps_trafilatura_fields_onto_the_catalogue():
    row = trafilatura_row(RESULT, "h01_xinhua_20231117.html")
    assert row["source"] == "h01_xinhua_20231117.html"
    assert row["id"] == "h01_xinhua_20231117-01"
    assert row["title"] == "短缺药品保供稳价 全力保障临床用药需求-新华网"
    assert row["authors"] == ["张三", "李四"]
    assert row["date"] == "2023-11-17" and row["date_source"] == "trafilatura"
    assert row["publication"] == "新华网"
    # each line of its text a paragraph, blank lines dropped; comments are not body
    assert row["body"] == ("据了解，短缺药品信息监测共享正在多维度推进。\n\n国家药监局加快短缺药品审评审批进度。\n\n"
                           "| 表格 | 单元 |")
    assert "网友" not in row["body"]
    assert row["photographers"] == [] and row["correspondents"] == []
    json.dumps(row)  # a jsonl line


def test_row_for_nothing_and_for_missing_fields():
    assert trafilatura_row(None, "h07_kwongwah_nodate.html") is None
    row = trafilatura_row({"text": "一段。", "title": "", "author": None, "date": None, "sitename": "  "}, "x.html")
    assert row["title"] is None and row["authors"] == [] and row["date"] is None
    assert row["date_source"] is None and row["publication"] is None and row["body"] == "一段。"
    assert trafilatura_row({"date": "2019-09-23T08:00:00"}, "y.htm")["date"] == "2019-09-23"


def test_split_authors():
    assert split_authors("王五；赵六 ;") == ["王五", "赵六"]
    assert split_authors("") == [] and split_authors(None) == []


@pytest.mark.parametrize("name,want", [
    ("h01_xinhua_20231117.html", "h01_xinhua_nodate.html"),
    ("h09_peoplecn_20190615_gb18030.html", "h09_peoplecn_nodate_gb18030.html"),
    ("h12_kjrb_20230210_node.htm", "h12_kjrb_nodate_node.htm"),
    ("h07_kwongwah_nodate.html", "h07_kwongwah_nodate.html"),
    ("n10_mingpao_20200808.htm", "n10_mingpao_nodate.htm"),
])
def test_undated_name(name, want):
    assert undated_name(name) == want


def test_a_mapped_row_scores_as_the_corpus_scorer_reads_it():
    gold = [{"file": "h01_xinhua_20231117.html", "date": "2023-11-17", "publication": "新华网", "script": "hans",
             "articles": [{"title": "短缺药品保供稳价 全力保障临床用药需求", "authors": [],
                           "body_sentences": ["国家药监局加快短缺药品审评审批进度。", "不在正文里的一句。"]}],
             "debris": ["网友：说得好", "| 表格 |"]},
            {"file": "h07_kwongwah_nodate.html", "date": None, "articles": [], "debris": []}]
    rows = [r for r in (trafilatura_row(RESULT, "h01_xinhua_20231117.html"),
                        trafilatura_row(None, "h07_kwongwah_nodate.html")) if r]
    f = figures(score(gold, rows), gold)
    assert f["titles"] == (1, 1)
    assert f["authors"] == (0, 1)  # trafilatura named two people where the gold has none
    assert f["body"] == (1, 2) and f["body_anywhere"] == (1, 2)
    assert f["leaks"] == (1, 2)  # the table row leaks, the comment does not
    assert (f["dated"], f["dated_right"], f["wrong_dates"], f["gold_dated"], f["pages"]) == (1, 1, 0, 1, 2)
    assert f["publication"] == (1, 1) and f["articles"] == (1, 1)
