"""Export throughput and peak memory: `newsscraper export` on synthetic JSON Lines.

    python bench/export.py [--sizes 100000,1000000] [--formats parquet,csv,duckdb,jsonl]
                           [--stories-size 1000000] [--work DIR]

Generates realistic records (every schema field; bodies of 2–3 KB drawn from the words of the
fixture articles; wire stories copied to several sites with a dateline added, the headline
edited or the last paragraph dropped; about 12 % of URLs with 2–3 versions; 8 sites, 4
agencies, two languages) once per size into DIR (kept and reused), then runs the
`newsscraper export` console command under ``/usr/bin/time`` for each format, and with
``--stories`` for --stories-size records (0 skips it). Prints a markdown table: records/s
(valid input records read ÷ wall time) and peak RSS of the export process.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
GENERATOR_VERSION = 2  # bump when the records change: cached inputs are regenerated

SITES = [
    ("indianewsportal", "www.indianewsportal.example", "en"),
    ("ampforwp", "ampforwp.example", "en"),
    ("wirehub", "news.wirehub.example", "en"),
    ("dailyherald", "dailyherald.example", "en"),
    ("metropost", "metropost.example", "en"),
    ("bharatsamachar", "bharatsamachar.example", "hi"),
    ("coastalnews", "coastal-news.example", "en"),
    ("valleytimes", "valleytimes.example", "en"),
]
AGENCIES = ["IANS", "PTI", "AP", "Reuters", None, None]
SECTIONS = ["India", "World", "Business", "Sports", "Entertainment", "Science", None]
DATELINES = ["NEW DELHI", "MUMBAI", "CHENNAI", "KOLKATA", "WASHINGTON", "LONDON"]
START = datetime(2024, 11, 1, tzinfo=UTC)
IST = timedelta(hours=5, minutes=30)


def vocabulary() -> list[str]:
    """Words of the fixture article bodies (realistic lengths and letters), else a fallback."""
    words: set[str] = set()
    for path in (ROOT / "fixtures").rglob("*.json"):
        body = json.loads(path.read_text(encoding="utf-8")).get("body") or ""
        words.update(w for w in re.findall(r"[A-Za-z]{2,}", body))
    return sorted(words) or [f"word{i}" for i in range(5000)]


class Generator:
    """Records in a deterministic order for a seed; `write(n, path)` writes n of them."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.words = vocabulary()
        self.story = 0

    def paragraphs(self) -> list[str]:
        rng = self.rng
        out = []
        for _ in range(rng.randint(4, 6)):
            sentences = []
            for _ in range(rng.randint(3, 5)):
                words = rng.choices(self.words, k=rng.randint(10, 18))
                sentences.append(" ".join(words).capitalize() + ".")
            out.append(" ".join(sentences))
        return out

    def stories(self) -> list[dict[str, object]]:
        """One wire story: its copies on 1–4 sites (each a first version, maybe more)."""
        rng = self.rng
        self.story += 1
        paras = self.paragraphs()
        title = " ".join(rng.choices(self.words, k=rng.randint(6, 11))).capitalize()
        agency = rng.choice(AGENCIES)
        published = START + timedelta(seconds=rng.randrange(60 * 86400))
        copies = 1 if agency is None else rng.choice((1, 1, 2, 2, 3, 4))
        records = []
        for site, host, language in rng.sample(SITES, copies):
            body_paras = list(paras)
            if rng.random() < 0.3:
                body_paras.pop()
            dateline = rng.choice(DATELINES)
            if rng.random() < 0.5:
                body_paras[0] = f"{dateline}, ({agency or 'Staff'}): {body_paras[0]}"
            headline = title if rng.random() < 0.6 else title + " " + rng.choice(self.words)
            when = published + timedelta(minutes=rng.randrange(240))
            records += self.versions(site, host, language, headline, body_paras, agency,
                                     dateline, when)
        return records

    def versions(self, site: str, host: str, language: str, title: str, paras: list[str],
                 agency: str | None, dateline: str, published: datetime) -> list[dict[str, object]]:
        rng = self.rng
        slug = "-".join(title.lower().split()[:6])
        url = f"https://{host}/{published:%Y/%m/%d}/{slug}-{self.story}/"
        count = rng.choices((1, 2, 3), weights=(88, 9, 3))[0]
        out = []
        for version in range(1, count + 1):
            body = "\n\n".join(paras)
            fetched = published + timedelta(hours=version * 2, seconds=rng.randrange(3600))
            modified = None if version == 1 else fetched - timedelta(minutes=30)
            digest = hashlib.sha256((title + "\n" + body).encode()).hexdigest()
            out.append({
                "url": url, "canonical_url": url, "site": site, "language": language,
                "section": rng.choice(SECTIONS), "title": title,
                "subtitle": None if rng.random() < 0.5 else paras[0][:120],
                "body": body, "authors": rng.sample(["Asha Rao", "Vikram Das", "Staff Writer",
                                                     "Meera Iyer", "John Smith"],
                                                    rng.randint(0, 2)),
                "agency": agency, "dateline": dateline,
                "tags": rng.sample(["politics", "economy", "weather", "cricket", "elections",
                                    "health", "technology"], rng.randint(0, 3)),
                "image_url": f"https://{host}/img/{self.story}.jpg",
                "published_at": (published + IST).replace(tzinfo=None).isoformat() + "+05:30",
                "modified_at": None if modified is None
                else modified.replace(tzinfo=None).isoformat() + "Z",
                "fetched_at": fetched.replace(tzinfo=None).isoformat() + "Z",
                "word_count": body.count(" ") + body.count("\n\n") + 1,
                "content_hash": "sha256:" + digest, "version": version,
                "extractor": f"site:{site}", "schema_version": 1,
            })
            paras = [*paras, " ".join(rng.choices(self.words, k=15)).capitalize() + "."]
        return out

    def write(self, n: int, path: Path) -> None:
        written = 0
        with path.open("wb") as f:
            while written < n:
                recs = self.stories()[: n - written]
                f.write(b"".join(orjson.dumps(r) + b"\n" for r in recs))
                written += len(recs)


def dataset(work: Path, n: int) -> Path:
    path = work / f"synthetic-{n}-v{GENERATOR_VERSION}.jsonl"
    if not path.exists():
        started = time.monotonic()
        tmp = path.with_suffix(".tmp")
        Generator(seed=n).write(n, tmp)
        tmp.replace(path)
        print(f"generated {path} ({path.stat().st_size / 1e9:.2f} GB) in "
              f"{time.monotonic() - started:.0f} s", file=sys.stderr)
    return path


def run_export(source: Path, out: Path, extra: list[str]) -> dict[str, float]:
    """One `newsscraper export` under /usr/bin/time: wall s, peak RSS MB, records read."""
    exe = shutil.which("newsscraper") or "newsscraper"
    cmd = ["/usr/bin/time", "-f", "TIME %e %M", exe, "export", str(source), "-o", str(out),
           *extra]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"export failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    line = next(x for x in proc.stderr.splitlines() if x.startswith("TIME "))
    _, wall, rss_kb = line.split()
    manifest = json.loads(out.with_name(out.name + ".manifest.json").read_text())
    return {"wall": float(wall), "rss_mb": int(rss_kb) / 1024,
            "read": manifest["counts"]["records_read"],
            "written": manifest["counts"]["written"], "bytes": out.stat().st_size}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--formats", default="parquet,csv,duckdb,jsonl")
    ap.add_argument("--stories-size", type=int, default=1_000_000)
    ap.add_argument("--work", type=Path, default=Path("/var/tmp/newsscraper-bench-export"))
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    rows = []
    plan = [(int(n), fmt, []) for n in args.sizes.split(",") for fmt in args.formats.split(",")]
    if args.stories_size:
        plan.append((args.stories_size, "parquet", ["--stories"]))
    for n, fmt, extra in plan:
        source = dataset(args.work, n)
        out = args.work / f"out-{n}.{fmt}"
        result = run_export(source, out, extra)
        out.unlink()
        label = fmt + (" " + " ".join(extra) if extra else "")
        rows.append(f"| {n:,} | {label} | {source.stat().st_size / 1e9:.2f} GB | "
                    f"{result['written']:,} | {result['wall']:.1f} | "
                    f"{result['read'] / result['wall']:,.0f} | {result['rss_mb']:.0f} | "
                    f"{result['bytes'] / 1e6:,.0f} MB |")
        print(rows[-1], file=sys.stderr)
    print("| records | format | input | written | wall s | records/s | peak RSS MB | output |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
