"""Crawl `tests.arc_portal` as the hidden test does (URL alone, no profile, revision 1 then
revision 2 with the same state) and measure it: `python -m tests.arc_measure
[arc|news-only|unnamed|none|reparse] [ARTICLES] [api-allowed]` prints the figures (the first
four say what robots.txt names, "none" serving no sitemap at all; "api-allowed": robots.txt
does not disallow Fusion's content API, `/pf/api/`); `tests/test_arc_portal.py` asserts them.

"reparse" saves every HTML page of revision 1 in a folder twice, as served and with its
canonical link and og:url taken out, runs `newsscraper parse` on it and measures the records
(matched to the truth by their URL, or by the file they came from).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsscraper.testsite import TestSiteServer
from tests.arc_portal import DISALLOWED, HTML, Truth, build
from tests.tagdiv_measure import FAST, Rehearsal, closing_lines, crawl, detail_lines, f1, serve

BOILERPLATE = re.compile(
    r"\bShare\b|Load more|Sign up here|Our Standards|Trust Principles|Read Next|More from|"
    r"Updated \d+ hours? ago|Updated (?:less|\d+ days?)|covers politics and the economy|"
    r"Purchase Licensing|File [Pp]hoto|Register|All rights reserved|Morning Bid|Advertisement|"
    r"Report This Ad|REUTERS/|Suggested Topics")


def _instant(value: object) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value)).astimezone(UTC).replace(microsecond=0)
    except ValueError:
        return None


@dataclass
class Figures:
    """One run's figures against its truth: rates over the records of expected articles."""

    expected: int
    records: int
    found: float = 0.0
    rates: dict[str, float] = field(default_factory=dict)
    body_f1: float = 0.0
    duplicates: int = 0
    non_articles: list[str] = field(default_factory=list)
    galleries: int = 0
    boilerplate: list[str] = field(default_factory=list)
    misses: dict[str, list[str]] = field(default_factory=dict)


FIELDS = ("title", "body", "authors", "agency", "dateline", "published", "modified")


def measure(records: list[dict[str, object]], truth: Sequence[Truth], galleries: set[str],
            wanted: set[str] | None = None, key: dict[str, str] | None = None,
            boilerplate: re.Pattern[str] = BOILERPLATE) -> Figures:
    """`key`: record URL → truth URL, for records of pages saved without their address;
    `boilerplate`: what no body may hold (the other portals' measures pass their own)."""
    by_url = {t.url: t for t in truth}
    want = set(by_url) if wanted is None else wanted
    urls = [(key or {}).get(str(r["url"]), str(r["url"])) for r in records]
    fig = Figures(len(want), len(records))
    fig.duplicates = len(urls) - len(set(urls))
    fig.galleries = len({u for u in urls if u in galleries})
    fig.non_articles = sorted(u for u in set(urls) if u not in by_url and u not in galleries)
    got = [(u, r) for u, r in zip(urls, records, strict=True) if u in want]
    fig.found = len({u for u, _ in got}) / max(1, len(want))
    misses: dict[str, list[str]] = {"found": sorted(want - {u for u, _ in got})}
    right: Counter[str] = Counter()
    scores = []
    for u, r in got:
        t = by_url[u]
        body = str(r.get("body") or "")
        scores.append(f1(body, t.body))
        checks = {
            "title": (r.get("title"), t.title),
            "body": (body, t.body),
            "authors": (list(r.get("authors") or []), list(t.authors)),
            "agency": (r.get("agency"), t.agency),
            "dateline": (r.get("dateline"), t.dateline),
            "published": (_instant(r.get("published_at")), t.published),
            "modified": (_instant(r.get("modified_at")), t.modified),
        }
        for name, (have, need) in checks.items():
            if have == need:
                right[name] += 1
            else:
                shown = "" if name == "body" else f" {have!r} want {need!r}"
                misses.setdefault(name, []).append(f"{u}{' (thin)' if t.thin else ''}{shown}")
        if m := boilerplate.search(body):
            fig.boilerplate.append(f"{u}: {m.group()!r}")
    n = max(1, len(got))
    fig.rates = {name: right[name] / n for name in FIELDS}
    fig.body_f1 = sum(scores) / n
    fig.misses = {k: v for k, v in misses.items() if v}
    return fig


def rehearse(tmp: Path, *, articles: int = 300, sitemaps: str = "arc",
             content_api: str = "disallowed") -> Rehearsal:
    """`content_api`: whether robots.txt disallows Fusion's content API (`/pf/api/`)."""
    disallowed = tuple(p for p in DISALLOWED if p != "/pf/api/" or content_api == "disallowed")
    return run_rehearsal(
        tmp, lambda origin, revision: build(origin, revision, articles=articles,
                                            sitemaps=sitemaps, content_api=content_api),
        measure, _kind, disallowed)


def run_rehearsal(tmp: Path, portal_at: Callable[[str, int], Any],
                  score: Callable[..., Figures], kind: Callable[[str], str],
                  disallowed_paths: tuple[str, ...] = DISALLOWED) -> Rehearsal:
    """A portal's revision 1 crawled, then revision 2 with the same state, each run scored
    by `score(records, truth, galleries[, wanted])`; requests counted by `kind(path)`;
    requests for `disallowed_paths` (what robots.txt disallows) listed."""
    started = time.monotonic()
    with TestSiteServer({}, "127.0.0.1", 0) as server:
        portal = portal_at(server.url, 1)
        serve(server, portal)
        records, _ = crawl(server.url, tmp)
        first = score(records, portal.truth, {server.url + g for g in portal.galleries})
        paths = server.requests.paths()
        truth_paths = {t.url.removeprefix(server.url) for t in portal.truth}
        downloads = sum(1 for p in paths if p in truth_paths)
        disallowed = [p for p in paths if p.startswith(disallowed_paths)]
        second_portal = portal_at(server.url, 2)
        serve(server, second_portal)
        records2, _ = crawl(server.url, tmp)
        paths2 = server.requests.paths()[len(paths):]
    wanted = {t.url for t in second_portal.truth if t.status in ("new", "updated")}
    galleries = {server.url + g for g in second_portal.galleries}
    second = score(records2, second_portal.truth, galleries, wanted)
    got2 = {str(r["url"]) for r in records2} - galleries
    return Rehearsal(first, second, sorted(got2 - wanted), sorted(wanted - got2), disallowed,
                     downloads, time.monotonic() - started, portal,
                     Counter(map(kind, paths)), Counter(map(kind, paths2)), second_portal)


def _kind(path: str) -> str:
    for name, pattern in (("load-more", r"^/pf/api/"), ("sitemap", r"sitemap"),
                          ("rss", r"/rss/"), ("author", r"^/authors/"), ("tag", r"^/tags/"),
                          ("video", r"^/video/"), ("gallery", r"^/pictures/"),
                          ("article", r"-\d{4}-\d\d-\d\d/$"), ("robots", r"robots")):
        if re.search(pattern, path):
            return name
    return "other"


_CANONICAL = re.compile(rb'<link rel="canonical"[^>]*>|<meta property="og:url"[^>]*>')


def reparse(tmp: Path, *, articles: int = 300, origin: str = "https://meridian.example"
            ) -> tuple[Figures, Figures, float]:
    """Revision 1's HTML pages saved as served, and without canonical/og:url; parsed."""
    portal = build(origin, 1, articles=articles)
    return reparse_saved(tmp, portal.pages, lambda rows, key: measure(
        rows, portal.truth, {origin + g for g in portal.galleries}, key=key),
        lambda path, strip: origin + path)


def reparse_saved(tmp: Path, pages: dict[str, Any], measure_rows: Callable[..., Figures],
                  address: Callable[[str, bool], str], *, html: str = HTML
                  ) -> tuple[Figures, Figures, float]:
    """A portal's pages of content type `html` saved to files as served, then again without
    their canonical/og:url, each folder read by `newsscraper parse` and measured
    (`measure_rows(rows, key=file URI → story URL)`); `address(path, stripped)` is the story
    a saved file stands for. The rehearsals' shared re-parse; returns both runs' figures
    and the seconds taken."""
    results = []
    started = time.monotonic()
    for strip in (False, True):
        folder = tmp / ("bare" if strip else "served")
        key: dict[str, str] = {}
        for n, (path, page) in enumerate(sorted(pages.items())):
            if page.content_type != html:
                continue
            file = folder / f"{n:04d}.html"
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_bytes(_CANONICAL.sub(b"", page.body) if strip else page.body)
            key[file.resolve().as_uri()] = address(path, strip)
        out = tmp / f"{folder.name}.jsonl"
        subprocess.run([sys.executable, "-m", "newsscraper.cli", "parse", str(folder), "-o",
                        str(out), "-q"], check=True, timeout=600, cwd=tmp)
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        results.append(measure_rows(rows, key=key))
    return results[0], results[1], time.monotonic() - started


def assert_exact(run: Figures, why: str) -> None:
    """Every article found once and every field exact; no non-article record, no boilerplate
    in a body (the rehearsal tests' one verdict on a run)."""
    assert run.found == 1.0, (why, run.misses.get("found"))
    assert run.duplicates == 0, why
    assert run.non_articles == [], why
    for name in FIELDS:
        assert run.rates[name] == 1.0, (why, name, run.misses.get(name))
    assert run.boilerplate == [], why


def figures_line(name: str, f: Figures) -> list[str]:
    rates = " ".join(f"{k} {v:.1%}" for k, v in f.rates.items())
    lines = [f"{name}: expected {f.expected} records {f.records} found {f.found:.1%} {rates} "
             f"body F1 {f.body_f1:.4f} duplicates {f.duplicates} non-articles "
             f"{len(f.non_articles)} galleries {f.galleries} boilerplate {len(f.boilerplate)}"]
    return lines + detail_lines(f)


def report(r: Rehearsal) -> str:
    lines = figures_line("run 1", r.first) + figures_line("run 2 (new+updated)", r.second)
    return "\n".join(lines + closing_lines(r))


if __name__ == "__main__":
    import tempfile
    mode = sys.argv[1] if len(sys.argv) > 1 else "arc"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    with tempfile.TemporaryDirectory() as d:
        if mode == "reparse":
            served, bare, seconds = reparse(Path(d), articles=n)
            print("\n".join(figures_line("reparse (served)", served)
                            + figures_line("reparse (no canonical/og:url)", bare)
                            + [f"{seconds:.1f} s"]))
        else:
            api = "allowed" if "api-allowed" in sys.argv[3:] else "disallowed"
            print(report(rehearse(Path(d), articles=n, sitemaps=mode, content_api=api)))

__all__ = ["FAST", "Figures", "Rehearsal", "measure", "rehearse", "reparse", "report"]
