"""The benchmark generator's raw material: sentences, headline-like lines, clauses and
reporters' names cut from the seed files in `sources/`, all in simplified script, and the
OpenCC conversions between the scripts.

Does not: plan or print pages (`bench/plan.py`, `bench/pages.py`).  `read_seed_texts` is its
only file read; `load_corpus` is pure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SEED_SOURCES = REPO / "sources"


@dataclass(frozen=True)
class Corpus:
    """Material recombined into synthetic pages, all in simplified script."""

    sentences: tuple[str, ...]
    headlines: tuple[str, ...]
    clauses: tuple[str, ...]
    names: tuple[str, ...]


_TAG = re.compile(r"<[^<>]*>")
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]+[”’」』]?")
_CLAUSE_SPLIT = re.compile(r"[,，。；;：:！？!?、“”\"()（）《》]")
_BYLINE_NAMES = re.compile(r"记者((?:[ \u3000]+[\u4e00-\u9fff]{2,3}(?![\u4e00-\u9fff]))+)[ \u3000]*(?:通讯员|$)", re.M)
#: Role words that the byline pattern can catch as a name: correspondent, photographer, editor.
ROLE_WORDS = ("通讯员", "摄影", "编辑", "统筹")
_HAN_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")
_NOT_PROSE = re.compile(r"记者|通讯员|上接|下转|<|>|www|http|分享|来源|编辑|统筹|相关新闻")


def read_seed_texts(sources_dir: Path = DEFAULT_SEED_SOURCES) -> list[str]:
    """Read the seed files (sorted by name, so the corpus is stable).  The only file reads."""
    texts = []
    for path in sorted(Path(sources_dir).glob("*")):
        if path.is_file():
            raw = path.read_bytes()
            for enc in ("utf-8-sig", "gb18030", "big5hkscs"):
                try:
                    texts.append(raw.decode(enc))
                    break
                except UnicodeDecodeError:
                    continue
    return texts


@lru_cache(maxsize=1)
def _converter(config: str):
    import opencc  # OpenCC is a project dependency (the converter folds scripts with it)

    return opencc.OpenCC(config)


def to_traditional(text: str, config: str = "s2t") -> str:
    """Simplified → traditional with OpenCC (`s2t`; `s2tw` for Taiwan forms that fit Big5)."""
    return _converter(config).convert(text)


def to_simplified(text: str) -> str:
    return _converter("t2s").convert(text)


def load_corpus(texts: Iterable[str]) -> Corpus:
    """Cut seed texts into sentences, headline-like lines, clauses and reporter names.  Pure."""
    sentences: dict[str, None] = {}
    headlines: dict[str, None] = {}
    clauses: dict[str, None] = {}
    names: dict[str, None] = {}
    for raw in texts:
        text = to_simplified(_TAG.sub("", raw))
        for m in _BYLINE_NAMES.finditer(text):
            for name in m.group(1).split():
                if name not in ROLE_WORDS:
                    names[name] = None
        # Lines broken mid-sentence are glued back so sentences come out whole.
        flat = re.sub(r"\s*\n\s*", "\n", text)
        for line in flat.split("\n"):
            line = line.strip()
            if not line or _NOT_PROSE.search(line):
                continue
            if len(line) <= 30 and not re.search(r"[,，。；;！？!?]", line) and not line.startswith("——"):
                if 6 <= len(line) <= 24 and not re.match(r"^\d", line):
                    headlines[line] = None
                continue
            for s in _SENTENCE.findall(line):
                s = s.strip()
                if 12 <= len(s) <= 260 and s.count("“") == s.count("”"):
                    sentences[s] = None
                for c in _CLAUSE_SPLIT.split(s):
                    c = c.strip()
                    if 6 <= len(c) <= 14 and _HAN_ONLY.match(c):
                        clauses[c] = None
    if not sentences:
        raise ValueError("no usable sentences in the seed sources")
    return Corpus(tuple(sentences), tuple(headlines), tuple(clauses), tuple(names))
