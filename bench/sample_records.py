"""Synthetic newsscraper records with realistic shape, for `newsscraper report` screenshots and
scale runs (seeded, deterministic, streamed: memory stays flat for millions of records).

Sites differ in size (Zipf-like), in the wire agencies they republish, in their sections and in
which optional fields their pages fill; volume dips at weekends; about a fifth of the stories are
updated one or more times, hours apart, each update a new version line, as a crawl appends them.

    python bench/sample_records.py -o data/sample.jsonl                  # ~6,000 articles
    python bench/sample_records.py -o big.jsonl --articles 1000000 --body-words 20
    newsscraper report data/demo.jsonl data/sample.jsonl -o report.html
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import orjson

SITES = (
    "ampforwp", "indianewsportal", "deccan-wire", "metro-times", "northeast-live", "capital-post",
    "coastal-herald", "business-daily", "sportsdesk", "techline", "kolkata-today",
    "punjab-voice", "hill-chronicle", "desert-gazette", "delta-news", "valley-observer",
    "lakeside-mail", "harbour-star", "plains-express", "summit-news", "riverbank-times",
    "cityline", "eastern-mirror", "western-echo", "southern-sun", "central-ledger",
    "island-dispatch", "frontier-gazette", "monsoon-post", "highway-herald",
)
AGENCIES = ("IANS", "PTI", "ANI", "Reuters", "AP", "AFP", "UNI", "Bloomberg")
SECTIONS = (
    "India", "World", "Business", "Sports", "Entertainment", "Technology", "Health", "Politics",
    "Cities", "Science", "Education", "Lifestyle", "Markets", "Opinion", "Environment", "Auto",
    "Middle East", "Europe", "Americas", "Cricket", "Bollywood", "Startups",
)
DATELINES = ("New Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru", "Hyderabad", "Washington",
             "London", "Dubai", "Beijing", "Tokyo", "Geneva")
WORDS = (
    "government", "minister", "officials", "police", "court", "state", "market", "economy",
    "growth", "election", "party", "talks", "agreement", "security", "border", "report", "bank",
    "rates", "inflation", "farmers", "monsoon", "district", "statement", "ministry", "investors",
    "exports", "trade", "project", "railway", "airport", "hospital", "students", "rain", "flood",
    "summit", "budget",
)
IST = timezone(timedelta(hours=5, minutes=30))


@dataclass(frozen=True, slots=True)
class Site:
    """How one synthetic site behaves."""

    name: str
    weight: float  # share of all articles, before normalising
    agencies: tuple[tuple[str | None, float], ...]  # agency (None: staff story) and weight
    sections: tuple[str, ...]
    fill: dict[str, float]  # optional field -> probability that a page fills it
    update_rate: float  # share of stories updated at least once


def make_sites(count: int, rng: random.Random) -> list[Site]:
    sites = []
    for rank, name in enumerate(SITES[:count], start=1):
        wires = rng.sample(AGENCIES, k=rng.randint(1, 4))
        mix = [(a, rng.uniform(0.3, 1.0) / (i + 1)) for i, a in enumerate(wires)]
        sections = tuple(rng.sample(SECTIONS, k=rng.randint(5, 14)))
        fill = {
            "subtitle": rng.choice((0.95, 0.8, 0.4, 0.0)),
            "authors": rng.choice((1.0, 0.9, 0.6, 0.2)),
            "dateline": rng.choice((0.9, 0.7, 0.3)),
            "tags": rng.choice((1.0, 0.85, 0.5, 0.0)),
            "image_url": rng.choice((1.0, 0.97, 0.8)),
            "modified_at": rng.choice((1.0, 0.9, 0.5, 0.1)),
            "published_at": rng.choice((1.0, 1.0, 0.98, 0.9)),
            "section": rng.choice((1.0, 0.95, 0.7)),
            "canonical_url": rng.choice((1.0, 1.0, 0.6)),
        }
        sites.append(Site(name, 1 / rank**0.9, (*mix, (None, rng.uniform(0.1, 0.8))),
                          sections, fill, rng.uniform(0.08, 0.35)))
    return sites


def _pick(rng: random.Random, weighted: tuple[tuple[Any, float], ...]) -> Any:
    return rng.choices([v for v, _ in weighted], weights=[w for _, w in weighted])[0]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def story_versions(site: Site, n: int, published: datetime, rng: random.Random,
                   body_words: int) -> Iterator[dict[str, Any]]:
    """Every version of one story, oldest first."""
    agency = _pick(rng, site.agencies)
    section = rng.choice(site.sections) if rng.random() < site.fill["section"] else None
    slug = "-".join(rng.choice(WORDS) for _ in range(5))
    url = f"https://{site.name}.example/{published:%Y/%m/%d}/{slug}-{n}/"
    title = _text(rng, rng.randint(6, 12))[:-1]
    has = {k: rng.random() < p for k, p in site.fill.items()}
    versions = 1
    if rng.random() < site.update_rate:
        versions += min(int(rng.expovariate(0.7)) + 1, 14)
    modified = published
    for version in range(1, versions + 1):
        if version > 1:
            modified += timedelta(minutes=rng.lognormvariate(4.6, 1.1))  # median ~1.7 h
        fetched = (modified + timedelta(minutes=rng.uniform(3, 40))).astimezone(UTC)
        body = _text(rng, body_words)
        yield {
            "url": url,
            "canonical_url": url if has["canonical_url"] else None,
            "site": site.name,
            "language": "en" if rng.random() < 0.97 else "hi",
            "section": section,
            "title": title if version == 1 else f"{title} (updated)",
            "subtitle": _text(rng, 14) if has["subtitle"] else None,
            "body": body,
            "authors": ([agency] if agency else ["Staff Reporter"]) if has["authors"] else [],
            "agency": agency,
            "dateline": rng.choice(DATELINES) if agency and has["dateline"] else None,
            "tags": rng.sample(WORDS, k=rng.randint(2, 6)) if has["tags"] else [],
            "image_url": f"https://{site.name}.example/img/{n}.jpg" if has["image_url"] else None,
            "published_at": _iso(published) if has["published_at"] else None,
            "modified_at": _iso(modified) if has["modified_at"] else None,
            "fetched_at": _iso(fetched),
            "word_count": body_words,
            "content_hash": "sha256:" + hashlib.sha256(f"{url}{version}".encode()).hexdigest(),
            "version": version,
            "extractor": f"site:{site.name}",
            "schema_version": 1,
        }


def records(articles: int, sites: int, days: int, start: date, seed: int,
            body_words: int) -> Iterator[dict[str, Any]]:
    """All records, one day's stories at a time, each day's lines in fetch order."""
    rng = random.Random(seed)
    table = make_sites(sites, rng)
    weights = [s.weight for s in table]
    day_weights = [0.55 if (start + timedelta(d)).weekday() >= 5 else 1.0 for d in range(days)]
    per_day = articles / sum(day_weights)
    n = 0
    for d, dw in enumerate(day_weights):
        day = start + timedelta(days=d)
        batch: list[dict[str, Any]] = []
        for _ in range(max(int(rng.gauss(per_day * dw, per_day * dw * 0.08)), 0)):
            site = rng.choices(table, weights=weights)[0]
            minute = int(min(max(rng.gauss(13 * 60, 4 * 60), 0), 24 * 60 - 1))
            published = datetime(day.year, day.month, day.day, tzinfo=IST) + timedelta(
                minutes=minute)
            n += 1
            batch.extend(story_versions(site, n, published, rng, body_words))
        batch.sort(key=lambda r: r["fetched_at"])
        yield from batch


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=6000, help="stories (default 6000)")
    parser.add_argument("--sites", type=int, default=14, help=f"1 to {len(SITES)} (default 14)")
    parser.add_argument("--days", type=int, default=28)
    parser.add_argument("--start", type=date.fromisoformat, default=date(2024, 11, 18))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--body-words", type=int, default=60)
    parser.add_argument("--bad", type=int, default=0,
                        help="append N broken lines (to show the bad-line report)")
    args = parser.parse_args(argv)
    count = 0
    with args.output.open("wb") as out:
        for rec in records(args.articles, min(max(args.sites, 1), len(SITES)), args.days,
                           args.start, args.seed, args.body_words):
            out.write(orjson.dumps(rec) + b"\n")
            count += 1
        for i in range(args.bad):
            out.write(b'{"url": "https://broken.example/' + str(i).encode() + b'", "title": \n'
                      if i % 2 == 0 else b'{"url": "https://partial.example/"}\n')
    print(f"wrote {count:,} records (+{args.bad} bad lines) to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
