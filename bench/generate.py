"""Deterministic synthetic archive of Chinese newspaper page dumps, for the benchmark.

`generate_archive(n, outdir, seed)` writes one file per printed page (3–10 articles each) shaped
like the raw e-paper dumps in `sources/`: page headers (`第A02版:要闻`), navigation debris
(`返回主页 | 郑州日报 | 版面导航`, `上一版 下一版`), headline lists, kicker / title / subtitle blocks,
bylines in the forms real pages use, a date line per page or per article, subheads, paragraphs
broken mid-sentence, about 10 % of pages in traditional script (OpenCC), a few pages in
GB18030 and Big5, and now and then leftover HTML and spam links.  The prose is real Chinese:
sentences of the seed files in `sources/`, recombined.

It does NOT try to be a faithful model of any paper, and it knows nothing of the converter: it
only writes input.  What it wrote is returned as a plan (`PageSpec` / `ArticleSpec`), so the
benchmark can compare the converter's article count with the truth and can write the same
articles as plain Markdown for the stock-Material baseline.

Same `n`, `seed` and seed sources → byte-identical files.  No set iteration, no `hash()`, no
clock: every choice comes from `random.Random` seeded per page.

The parts: `bench/corpus.py` (seed sentences and names), `bench/plan.py` (what each page and
article is), `bench/pages.py` (how it is printed and encoded); this module writes the files.

CLI: `python bench/generate.py N OUTDIR [--seed S] [--manifest PATH]`.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as `python bench/generate.py`: bench/ is a package of the checkout
    sys.path.insert(0, str(REPO))

from bench.corpus import DEFAULT_SEED_SOURCES, load_corpus, read_seed_texts  # noqa: E402
from bench.pages import encode_page, page_filename, render_page  # noqa: E402
from bench.plan import iter_pages  # noqa: E402


@dataclass
class Manifest:
    """What was written: counts, bytes and the truth per file (for split-accuracy checks)."""

    n: int
    seed: int
    files: int = 0
    articles: int = 0
    bytes: int = 0
    encodings: dict = field(default_factory=dict)
    scripts: dict = field(default_factory=dict)
    years: dict = field(default_factory=dict)
    pages: list = field(default_factory=list)

    def to_json(self, with_pages: bool = True) -> dict:
        d = asdict(self)
        if not with_pages:
            d.pop("pages")
        return d


def generate_archive(n: int, outdir: Path | str, seed: int = 0,
                     sources_dir: Path | str = DEFAULT_SEED_SOURCES) -> Manifest:
    """Write an archive of `n` articles into `outdir` (created; existing *.txt and *.html there removed)."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    for old in [*outdir.glob("*.txt"), *outdir.glob("*.html")]:
        old.unlink()
    corpus = load_corpus(read_seed_texts(Path(sources_dir)))
    m = Manifest(n=n, seed=seed)
    for page in iter_pages(n, seed, corpus):
        data = encode_page(render_page(page), page.encoding)
        name = page_filename(page, data)
        (outdir / name).write_bytes(data)
        m.files += 1
        m.articles += len(page.articles)
        m.bytes += len(data)
        m.encodings[page.encoding] = m.encodings.get(page.encoding, 0) + 1
        m.scripts[page.script] = m.scripts.get(page.script, 0) + 1
        year = str(page.date.year)
        m.years[year] = m.years.get(year, 0) + len(page.articles)
        m.pages.append({
            "file": name, "publication": page.publication, "date": page.date.isoformat(),
            "page": page.page, "section": page.section, "script": page.script,
            "encoding": page.encoding,
            "articles": [{"title": a.title, "kicker": a.kicker, "subtitle": a.subtitle,
                          "authors": list(a.authors), "correspondents": list(a.correspondents),
                          "byline_style": a.byline_style, "chars": a.body_chars}
                         for a in page.articles],
        })
    return m


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--sources", type=Path, default=DEFAULT_SEED_SOURCES, help="seed files to recombine")
    ap.add_argument("--manifest", type=Path, help="also write the truth per file as JSON here")
    args = ap.parse_args(argv)
    m = generate_archive(args.n, args.outdir, args.seed, args.sources)
    if args.manifest:
        args.manifest.parent.mkdir(parents=True, exist_ok=True)
        args.manifest.write_text(json.dumps(m.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps(m.to_json(with_pages=False), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
