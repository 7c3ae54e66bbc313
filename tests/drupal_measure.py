"""Crawl `tests.drupal_portal` as the hidden test does (URL alone, no profile, revision 1
then revision 2 with the same state) and measure it: `python -m tests.drupal_measure [MODE]
[ARTICLES] [story] [loadmore] [d7] [ansa|tass|wam|yonhap]` prints the figures;
`tests/test_drupal_portal.py` asserts them. The output has the shape of
`tests.tagdiv_measure`'s, with every field of the record."""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from newsscraper.testsite import TestSiteServer
from newsscraper.testsite.model import IST
from tests.drupal_portal import DISALLOWED, STYLES, Portal, Truth, build
from tests.tagdiv_measure import Rehearsal, closing_lines, crawl, detail_lines, f1, serve

BOILERPLATE = re.compile(
    r"\bShare\b|Load More|Load more|Updated:|Updated on|Published:|Related stories|"
    r"Also read|Special Correspondent|largest news agency|Copy link|Facebook|WhatsApp|"
    r"LinkedIn|\bTags\b|PTI Photo|Advertisement|Follow PTI|Most read|Latest news|"
    r"All rights reserved|Trending searches|Printer-friendly|Source URL")
FIELDS = ("title", "subtitle", "authors", "agency", "dateline", "published", "modified")


@dataclass
class Figures:
    """One run's figures against its truth."""

    expected: int
    records: int
    found: float = 0.0
    body_f1: float = 0.0
    bodies_exact: float = 0.0
    #: Field → share of found articles where the record's value is exact.
    exact: dict[str, float] = field(default_factory=dict)
    #: published/modified the same instant, whatever the offset printed.
    instant: dict[str, float] = field(default_factory=dict)
    duplicates: int = 0
    non_articles: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    misses: dict[str, list[str]] = field(default_factory=dict)

    @property
    def titles(self) -> float:
        return self.exact.get("title", 0.0)


def _want(t: Truth, name: str) -> object:
    if name == "authors":
        return list(t.authors)
    if name in ("published", "modified"):
        return getattr(t, name).astimezone(IST).isoformat()
    return getattr(t, name)


def _got(r: dict[str, object], name: str) -> object:
    return r.get(f"{name}_at" if name in ("published", "modified") else name)


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
                                    "body": []}
    if not got:
        fig.misses = {k: v for k, v in misses.items() if v}
        return fig
    exact: Counter[str] = Counter()
    instant: Counter[str] = Counter()
    scores = []
    for r in got:
        t = by_url[str(r["url"])]
        body = str(r.get("body") or "")
        scores.append(f1(body, t.body))
        exact["body"] += body == t.body
        if body != t.body:
            misses["body"].append(t.url)
        for name in FIELDS:
            value, expected = _got(r, name), _want(t, name)
            exact[name] += value == expected
            if value != expected:
                misses.setdefault(name, []).append(f"{t.url} {value!r} want {expected!r}")
            if name in ("published", "modified"):
                instant[name] += bool(value) and datetime.fromisoformat(
                    str(value)) == getattr(t, name)
        if BOILERPLATE.search(body):
            fig.boilerplate.append(f"{t.url}: {BOILERPLATE.search(body)!r}")
    n = len(got)
    fig.body_f1, fig.bodies_exact = sum(scores) / n, exact["body"] / n
    fig.exact = {k: exact[k] / n for k in FIELDS}
    fig.instant = {k: instant[k] / n for k in ("published", "modified")}
    fig.misses = {k: v for k, v in misses.items() if v}
    return fig


def rehearse(tmp: Path, *, articles: int = 300, sitemaps: str = "named",
             paths: str = "news", pager: str = "full", theme: str = "d10",
             style: str = "pti") -> Rehearsal:
    started = time.monotonic()
    with TestSiteServer({}, "127.0.0.1", 0) as server:
        portal = build(server.url, 1, articles=articles, sitemaps=sitemaps, paths=paths,
                       pager=pager, theme=theme, style=style)
        serve(server, portal)
        records, _ = crawl(server.url, tmp)
        first = measure(records, portal.truth)
        paths_1 = server.requests.paths()
        truth_paths = {t.url.removeprefix(server.url) for t in portal.truth}
        downloads = sum(1 for p in paths_1 if p in truth_paths)
        disallowed = [p for p in paths_1 if p.startswith(DISALLOWED)]
        second_portal = build(server.url, 2, articles=articles, sitemaps=sitemaps, paths=paths,
                              pager=pager, theme=theme, style=style)
        serve(server, second_portal)
        records2, _ = crawl(server.url, tmp)
        kinds2 = Counter(_kind(p) for p in server.requests.paths()[len(paths_1):])
    wanted = {t.url for t in second_portal.truth if t.status in ("new", "updated")}
    second = measure(records2, second_portal.truth, wanted)
    got2 = {str(r["url"]) for r in records2}
    return Rehearsal(first, second, sorted(got2 - wanted), sorted(wanted - got2), disallowed,
                     downloads, time.monotonic() - started, portal,
                     Counter(_kind(p) for p in paths_1), kinds2, second_portal)


def _kind(path: str) -> str:
    """What a requested path is, for the request breakdown."""
    for name, pattern in (("tracked", r"[?&]utm_"), ("search", r"^/search/"),
                          ("sitemap", r"sitemap"), ("feed", r"rss\.xml"),
                          ("article?page", r"^/(news/[^/]+/\d+-|story/).*\?page="),
                          ("paged", r"\?page="), ("node", r"^/node/\d+$"), ("print", r"^/print/"),
                          ("section", r"^/news/[^/]+$"), ("term", r"^/taxonomy/term/"),
                          ("user", r"^/user/"), ("gallery", r"^/photos/"),
                          ("video", r"^/videos/"), ("article", r"^/(news/[^/]+/\d+-|story/)"),
                          ("robots", r"robots")):
        if re.search(pattern, path):
            return name
    return path


def report(r: Rehearsal) -> str:
    lines = []
    for name, f in (("run 1", r.first), ("run 2 (new+updated)", r.second)):
        fields = " ".join(f"{k} {v:.1%}" for k, v in f.exact.items())
        lines.append(
            f"{name}: expected {f.expected} records {f.records} found {f.found:.1%} "
            f"body F1 {f.body_f1:.4f} (exact {f.bodies_exact:.1%}) exact: {fields} "
            f"(instant published {f.instant.get('published', 0):.1%} modified "
            f"{f.instant.get('modified', 0):.1%}) duplicates {f.duplicates} "
            f"non-articles {len(f.non_articles)} boilerplate {len(f.boilerplate)}")
        lines += detail_lines(f)
    return "\n".join(lines + closing_lines(r))


if __name__ == "__main__":
    import tempfile
    mode = sys.argv[1] if len(sys.argv) > 1 else "named"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    with tempfile.TemporaryDirectory() as d:
        print(report(rehearse(Path(d), articles=n, sitemaps=mode,
                              paths="story" if "story" in sys.argv[3:] else "news",
                              pager="loadmore" if "loadmore" in sys.argv[3:] else "full",
                              theme="d7" if "d7" in sys.argv[3:] else "d10",
                              style=next((a for a in sys.argv[3:] if a in STYLES), "pti"))))


def reparse(portal: Portal, origin: str) -> tuple[Figures, list[str]]:
    """Every HTML page of the portal read alone, as saved pages are re-parsed: the figures of
    the article records, and the non-article pages that gave one. The sidebar pager's
    `<article>?page=1` copies (the article's own bytes) are left out."""
    from datetime import UTC

    from scrapy.http import HtmlResponse

    from newsscraper.extract import extract
    from newsscraper.items import Skip

    records: list[dict[str, object]] = []
    articles = {t.url for t in portal.truth}
    for key, page in portal.pages.items():
        copy = key.endswith("?page=1") and origin + key.removesuffix("?page=1") in articles
        if copy or not page.content_type.startswith("text/html"):
            continue
        result = extract(HtmlResponse(url=origin + key, body=page.body),
                         fetched_at=datetime(2024, 12, 19, tzinfo=UTC))
        if not isinstance(result, Skip):
            records.append({k: getattr(result, k) for k in (
                "url", "title", "subtitle", "body", "authors", "agency", "dateline",
                "published_at", "modified_at")})
    fig = measure(records, portal.truth)
    return fig, fig.non_articles
