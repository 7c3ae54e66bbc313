"""Re-parse speed: newsscraper's extract() and `newsscraper parse` against an lxml floor.

    python bench/speed.py                      # dev WARC + 300 synthetic ~95 KB pages
    python bench/speed.py --synthetic 1000 --rounds 5

For each input set, measured in the same run (interleaved rounds, medians):
  floor        lxml.html.document_fromstring(bytes) over the pages held in memory
  extract      newsscraper.extract.extract() over the same pages (HtmlResponse built per page)
  cli jobs=1   `newsscraper parse INPUT -o OUT` wall time (process start, reading, writing)
  cli jobs=2   the same with --jobs 2
The target (issue 2): extract at >= 0.40x the floor's pages/s in one process.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import lxml.html
from scrapy.http import HtmlResponse
from warcio.archiveiterator import ArchiveIterator

sys.path.insert(0, str(Path(__file__).parent))
import synthetic
from bytecode import compile_package

from newsscraper.extract import extract

Page = tuple[str, bytes, datetime]
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "pages.warc.gz"


def warc_pages(path: Path) -> list[Page]:
    pages = []
    with path.open("rb") as f:
        for rec in ArchiveIterator(f):
            if rec.rec_type == "response":
                date = rec.rec_headers.get_header("WARC-Date").replace("Z", "+00:00")
                pages.append((rec.rec_headers.get_header("WARC-Target-URI"),
                              rec.content_stream().read(), datetime.fromisoformat(date)))
    return pages


def synthetic_pages(folder: Path, count: int) -> list[Page]:
    """`count` synthetic CMS pages (bench/synthetic.py), written to `folder` and read back."""
    synthetic.write(folder, count)
    fetched = datetime(2024, 12, 18, tzinfo=UTC)
    return [(synthetic.page(i)[0], p.read_bytes(), fetched)
            for i, p in enumerate(sorted(folder.iterdir()))]


def floor(pages: list[Page]) -> None:
    for _, body, _ in pages:
        lxml.html.document_fromstring(body)


def run_extract(pages: list[Page]) -> None:
    for url, body, fetched in pages:
        headers = {"Content-Type": "text/html; charset=utf-8"}
        extract(HtmlResponse(url=url, body=body, headers=headers), fetched_at=fetched)


def cli(args: list[str]) -> Callable[[list[Page]], None]:
    def go(_: list[Page]) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["newsscraper", "parse", *args, "-q", "-o", f"{tmp}/out.jsonl"],
                           check=True)
    return go


def measure(name: str, pages: list[Page], runners: dict[str, Callable[[list[Page]], None]],
            rounds: int) -> dict[str, float]:
    times: dict[str, list[float]] = {k: [] for k in runners}
    for fn in runners.values():  # warm-up: imports, dateparser locales, page cache
        fn(pages)
    for _ in range(rounds):
        for key, fn in runners.items():
            start = time.perf_counter()
            fn(pages)
            times[key].append(time.perf_counter() - start)
    rates = {k: len(pages) / statistics.median(v) for k, v in times.items()}
    size = statistics.median(len(b) for _, b, _ in pages) / 1024
    print(f"\n{name}: {len(pages)} pages, median {size:.0f} KB")
    for key, rate in rates.items():
        print(f"  {key:<12} {rate:8.1f} pages/s  {1000 / rate:7.2f} ms/page  "
              f"{rate / rates['floor']:.2f}x floor")
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--synthetic", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    compile_package()  # `cli` starts processes: see bench/bytecode.py
    print(f"bench/speed.py  {datetime.now(UTC):%Y-%m-%d %H:%M} UTC  "
          f"python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        synth_dir = Path(tmp) / "synthetic"
        synth = synthetic_pages(synth_dir, args.synthetic)
        sets = {f"synthetic ({synth_dir.name})": (synth, str(synth_dir))}
        if args.corpus.exists():
            sets = {f"dev corpus ({args.corpus.name})": (warc_pages(args.corpus), str(args.corpus)),
                    **sets}
        for name, (pages, source) in sets.items():
            measure(name, pages, {"floor": floor, "extract": run_extract,
                                  "cli jobs=1": cli([source]),
                                  "cli jobs=2": cli([source, "--jobs", "2"])}, args.rounds)


if __name__ == "__main__":
    main()
