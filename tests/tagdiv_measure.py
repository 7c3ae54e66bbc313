"""Crawl `tests.tagdiv_portal` as the hidden test does (URL alone, no profile, revision 1
then revision 2 with the same state) and measure it: `python -m tests.tagdiv_measure [MODE]`
prints the figures; `tests/test_tagdiv_portal.py` asserts them."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from newsscraper.testsite import TestSiteServer
from newsscraper.testsite.server import Answer
from tests.tagdiv_portal import DISALLOWED, Truth, build

FAST = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False")
BOILERPLATE = re.compile(
    r"\bShare\b|Load more|LEAVE A REPLY|Leave a Reply|RELATED ARTICLES|MORE FROM AUTHOR|"
    r"last modified|is an Indian news agency|Previous article|Next article|\bTAGS\b|"
    r"\bSOURCE\b|LATEST ARTICLES|Facebook|WhatsApp|Also Read|File Photo|Older Comments|"
    r"Advertisement|Trending searches|COMMENTS?\b|Post Comment")


def _tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def f1(got: str, want: str) -> float:
    a, b = _tokens(got), _tokens(want)
    common = sum((a & b).values())
    if not common:
        return 0.0
    p, r = common / sum(a.values()), common / sum(b.values())
    return 2 * p * r / (p + r)


@dataclass
class Figures:
    """One run's figures against its truth."""

    expected: int
    records: int
    found: float = 0.0
    titles: float = 0.0
    body_f1: float = 0.0
    bodies_exact: float = 0.0
    modified_instant: float = 0.0
    modified_exact: float = 0.0
    duplicates: int = 0
    non_articles: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    misses: dict[str, list[str]] = field(default_factory=dict)


def measure(records: list[dict[str, object]], truth: list[Truth],
            wanted: set[str] | None = None) -> Figures:
    by_url = {t.url: t for t in truth}
    want = set(by_url) if wanted is None else wanted
    urls = [str(r["url"]) for r in records]
    fig = Figures(len(want), len(records))
    fig.duplicates = len(urls) - len(set(urls))
    fig.non_articles = sorted(u for u in set(urls) if u not in by_url)
    got = [r for r in records if str(r["url"]) in want]
    fig.found = len({str(r["url"]) for r in got}) / max(1, len(want))
    misses: dict[str, list[str]] = {"found": sorted(want - {str(r["url"]) for r in got}),
                                    "title": [], "body": [], "modified": []}
    if got:
        scores, exact, titles, inst, mexact = [], 0, 0, 0, 0
        for r in got:
            t = by_url[str(r["url"])]
            body = str(r.get("body") or "")
            scores.append(f1(body, t.body))
            exact += body == t.body
            if body != t.body:
                misses["body"].append(t.url)
            titles += r.get("title") == t.title
            if r.get("title") != t.title:
                misses["title"].append(f"{t.url} {r.get('title')!r}")
            m = r.get("modified_at")
            want_m = t.modified.astimezone(_ist()).isoformat()
            mexact += m == want_m
            ok = bool(m) and datetime.fromisoformat(str(m)) == t.modified
            inst += ok
            if not ok:
                misses["modified"].append(f"{t.url} {m!r} want {want_m}")
            if BOILERPLATE.search(body):
                fig.boilerplate.append(f"{t.url}: {BOILERPLATE.search(body)!r}")
        n = len(got)
        fig.titles, fig.body_f1, fig.bodies_exact = titles / n, sum(scores) / n, exact / n
        fig.modified_instant, fig.modified_exact = inst / n, mexact / n
    fig.misses = {k: v for k, v in misses.items() if v}
    return fig


def _ist() -> tzinfo:
    from newsscraper.testsite.model import IST
    return IST


def crawl(url: str, tmp: Path, *extra: str) -> tuple[list[dict[str, object]], str]:
    out = tmp / "out.jsonl"
    before = len(out.read_text(encoding="utf-8").splitlines()) if out.exists() else 0
    argv = [sys.executable, "-m", "newsscraper.cli", "crawl", url + "/", "-o", str(out),
            "--state", str(tmp / "state.sqlite"), *FAST, *extra]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=300, cwd=tmp)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
    return [json.loads(line) for line in lines[before:]], result.stderr


@dataclass
class Rehearsal:
    """Two runs on one portal (revision 1, then revision 2 on the same state); the
    portal-specific `Figures` of each (this module's, drupal_measure's or arc_measure's)."""

    first: Any
    second: Any
    #: Revision 2: URLs emitted that should not have been, and those missing.
    second_extra: list[str]
    second_missing: list[str]
    requested_disallowed: list[str]
    article_downloads: int
    seconds: float
    portal: Any
    requests_1: Counter[str]
    requests_2: Counter[str]
    #: Revision 2.
    updated_portal: Any


def serve(server: TestSiteServer, portal: Any) -> None:
    """Serve one revision of a rehearsal portal: its pages and its 301s."""
    server.set_pages(portal.pages)
    for k, v in portal.redirects.items():
        server.add_redirect(k, v)


def detail_lines(f: Any) -> list[str]:
    """A run's misses by field, and the URLs of non-article records and boilerplate bodies."""
    lines = [f"  miss {k} ({len(v)}): {v[:4]}" for k, v in f.misses.items()]
    lines += [f"  non-article: {u}" for u in f.non_articles[:8]]
    return lines + [f"  boilerplate: {u}" for u in f.boilerplate[:4]]


def closing_lines(r: Rehearsal) -> list[str]:
    """The report's lines after each run's figures: run 2's extra and missing URLs, the
    requests by kind, disallowed requests, downloads and time."""
    return [f"run 2 extra {len(r.second_extra)} {r.second_extra[:4]} missing "
            f"{len(r.second_missing)} {r.second_missing[:4]}",
            f"requests run 1: {dict(r.requests_1.most_common())}",
            f"requests run 2: {dict(r.requests_2.most_common())}",
            f"disallowed requested {len(r.requested_disallowed)}; article downloads run 1 "
            f"{r.article_downloads}; {r.seconds:.1f} s"]


class DynamicServer(TestSiteServer):
    """As PHP pages are served: no ETag, no Last-Modified, never a 304 (WordPress sends no
    validators for its HTML, feeds or sitemaps unless a cache plugin does)."""

    def answer(self, target: str, headers: Mapping[str, str]) -> Answer:
        plain = {k: v for k, v in headers.items()
                 if k not in ("if-none-match", "if-modified-since")}
        status, out, body = super().answer(target, plain)
        out = {k: v for k, v in out.items() if k not in ("ETag", "Last-Modified")}
        return Answer(status, out, body)


def rehearse(tmp: Path, *, articles: int = 300, sitemaps: str = "core",
             retry_after: bool = True, dynamic: bool = False,
             rel_next: bool = True, theme: str = "tagdiv",
             permalinks: str = "dated") -> Rehearsal:
    started = time.monotonic()
    kind = DynamicServer if dynamic else TestSiteServer
    with kind({}, "127.0.0.1", 0) as server:
        portal = build(server.url, 1, articles=articles, sitemaps=sitemaps, rel_next=rel_next,
                       theme=theme, permalinks=permalinks)
        serve(server, portal)
        if retry_after:  # two articles answer 429 once
            for t in portal.truth[5:7]:
                server.add_fault(t.url.removeprefix(server.url), 429,
                                 {"Retry-After": "1"}, times=1)
        records, _ = crawl(server.url, tmp)
        first = measure(records, portal.truth)
        paths = server.requests.paths()
        kinds = Counter(_kind(p) for p in paths)
        truth_paths = {t.url.removeprefix(server.url) for t in portal.truth}
        downloads = sum(1 for p in paths if p in truth_paths)
        disallowed = [p for p in paths if p.startswith(DISALLOWED)]
        second_portal = build(server.url, 2, articles=articles, sitemaps=sitemaps,
                              rel_next=rel_next, theme=theme, permalinks=permalinks)
        server.clear_faults()
        serve(server, second_portal)
        records2, _ = crawl(server.url, tmp)
        kinds2 = Counter(_kind(p) for p in server.requests.paths()[len(paths):])
    wanted = {t.url for t in second_portal.truth if t.status in ("new", "updated")}
    second = measure(records2, second_portal.truth, wanted)
    got2 = {str(r["url"]) for r in records2}
    return Rehearsal(first, second, sorted(got2 - wanted), sorted(wanted - got2), disallowed,
                     downloads, time.monotonic() - started, portal, kinds, kinds2,
                     second_portal)


def _kind(path: str) -> str:
    """What a requested path is, for the request breakdown."""
    for name, pattern in (("tracked", r"[?&]utm_"), ("comment-page", r"/comment-page-\d+/"),
                          ("shortlink", r"\?p="),
                          ("search", r"\?s="), ("paged", r"/page/\d+/"),
                          ("category", r"^/category/"), ("tag", r"^/tag/"),
                          ("author", r"^/author/"), ("sitemap", r"sitemap"),
                          ("feed", r"/feed/"), ("attachment", r"^/\d{4}/\d\d/\d\d/[^/]+/[^/]+/$"),
                          ("post", r"^/\d{4}/\d\d/\d\d/[^/]+/$"),
                          ("date", r"^/\d{4}/\d\d/(\d\d/)?$"), ("robots", r"robots")):
        if re.search(pattern, path):
            return name
    return path


def report(r: Rehearsal) -> str:
    lines = []
    for name, f in (("run 1", r.first), ("run 2 (new+updated)", r.second)):
        lines.append(
            f"{name}: expected {f.expected} records {f.records} found {f.found:.1%} "
            f"titles {f.titles:.1%} body F1 {f.body_f1:.4f} (exact {f.bodies_exact:.1%}) "
            f"modified exact {f.modified_exact:.1%} (instant {f.modified_instant:.1%}) "
            f"duplicates {f.duplicates} non-articles {len(f.non_articles)} "
            f"boilerplate {len(f.boilerplate)}")
        lines += detail_lines(f)
    return "\n".join(lines + closing_lines(r))


if __name__ == "__main__":
    import tempfile
    mode = sys.argv[1] if len(sys.argv) > 1 else "core"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    dynamic = "dynamic" in sys.argv[3:]
    rel_next = "norelnext" not in sys.argv[3:]
    theme = "jnews" if "jnews" in sys.argv[3:] else "tagdiv"
    permalinks = next((a for a in sys.argv[3:] if a in ("postname", "category")), "dated")
    with tempfile.TemporaryDirectory() as d:
        print(report(rehearse(Path(d), articles=n, sitemaps=mode, dynamic=dynamic,
                              rel_next=rel_next, theme=theme, permalinks=permalinks)))


def kill_rehearsal(tmp: Path, *, articles: int = 120, kills: int = 4, seed: int = 1,
                   sitemaps: str = "core") -> dict[str, object]:
    """SIGKILL the crawl at seeded random record counts, resuming each time with the same
    state and output; then one run to the end. Returns the figures."""
    import random
    rng = random.Random(seed)  # noqa: S311 -- a replayable schedule
    out = tmp / "out.jsonl"
    with TestSiteServer({}, "127.0.0.1", 0) as server:
        portal = build(server.url, 1, articles=articles, sitemaps=sitemaps)
        serve(server, portal)
        argv = [sys.executable, "-m", "newsscraper.cli", "crawl", server.url + "/", "-o",
                str(out), "--state", str(tmp / "state.sqlite"), *FAST,
                "-s", "DOWNLOAD_DELAY=0.002"]
        torn = killed = 0
        for mark in sorted(rng.sample(range(1, articles), kills)):
            before = out.read_bytes() if out.exists() else b""
            with subprocess.Popen(argv, cwd=tmp, stderr=subprocess.DEVNULL) as process:
                deadline = time.monotonic() + 60
                while time.monotonic() < deadline and process.poll() is None and (
                        not out.exists() or out.read_bytes().count(b"\n") < mark):
                    time.sleep(0.005)
                time.sleep(rng.uniform(0, 0.02))
                killed += process.poll() is None
                process.kill()
            after = out.read_bytes()
            torn += bool(after.rpartition(b"\n")[2]) and after != before
        crawl(server.url, tmp)
        truth_paths = {t.url.removeprefix(server.url) for t in portal.truth}
        downloads = sum(1 for p in server.requests.paths() if p in truth_paths)
    lines = out.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    urls = [str(r["url"]) for r in rows]
    return {"articles": len(portal.truth), "killed": killed, "torn": torn,
            "records": len(rows), "unique": len(set(urls)),
            "missing": len({t.url for t in portal.truth} - set(urls)),
            "extra": len(set(urls) - {t.url for t in portal.truth}),
            "downloads": downloads, "ratio": downloads / len(portal.truth)}
