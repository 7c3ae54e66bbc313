"""Save `tests.wpthemes_portal` (ten WordPress news themes, each a whole site as a `wget -m -E`
mirror holds it) in a folder, run `newsscraper parse FOLDER` and compare with the truth:
`python -m tests.wpthemes_measure [-v] [ARTICLES]`; `tests/test_wpthemes_portal.py` asserts
the figures."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tests.wpthemes_portal import BIOS, Truth, build, write

FIELDS = ("title", "subtitle", "body", "authors", "agency", "dateline", "section",
          "published", "modified", "image", "tags")
#: What no body may hold: share bars, "Load more", last-modified lines, the agencies' bios,
#: related posts and comments, ads, tags, captions.
BOILERPLATE = re.compile(
    "|".join([r"\bShare\b", r"Load [Mm]ore", r"Show [Mm]ore", r"last modified",
              r"Last [Uu]pdated", r"Updated:", *(re.escape(b[:40]) for b in BIOS.values()),
              r"Related (?:Posts|Articles|Topics)", r"You [Mm]ay (?:also )?[Ll]ike",
              r"Similar Posts", r"Leave a Reply", r"Post Comment", r"thoughts on",
              r"Advertisement", r"Also Read", r"Tags?:", r"Tagged", r"Photo: ", r"Facebook",
              r"WhatsApp", r"Google News", r"syndicated feed", r"Previous Post", r"Next Post",
              r"Subscribe", r"newsletter",
              r"View all posts", r"Continue Reading", r"Donate"]))


@dataclass
class Figures:
    expected: int
    records: int
    found: int = 0
    duplicates: int = 0
    rates: dict[str, int] = field(default_factory=dict)
    non_articles: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)
    misses: dict[str, list[str]] = field(default_factory=dict)
    by_theme: dict[str, Counter[str]] = field(default_factory=dict)
    seconds: float = 0.0


def measure(records: list[dict[str, object]], truth: list[Truth],
            key: dict[str, str]) -> Figures:
    by_url = {t.url: t for t in truth}
    fig = Figures(len(truth), len(records))
    urls = []
    for r in records:
        u = key.get(str(r["url"])) or str(r.get("canonical_url") or r["url"])
        if u not in by_url and r.get("canonical_url"):
            u = str(r["canonical_url"])
        urls.append(u)
    fig.duplicates = len(urls) - len(set(urls))
    fig.non_articles = sorted({key.get(str(r["url"]), str(r["url"])) for r, u in
                               zip(records, urls, strict=True) if u not in by_url})
    seen: set[str] = set()
    right: Counter[str] = Counter()
    misses: dict[str, list[str]] = {}
    for r, u in zip(records, urls, strict=True):
        if u not in by_url or u in seen:
            continue
        seen.add(u)
        t = by_url[u]
        body = str(r.get("body") or "")
        checks = {
            "title": (r.get("title"), t.title), "subtitle": (r.get("subtitle"), t.subtitle),
            "body": (body, t.body), "authors": (list(r.get("authors") or []), list(t.authors)),
            "agency": (r.get("agency"), t.agency), "dateline": (r.get("dateline"), t.dateline),
            "section": (r.get("section"), t.section),
            "published": (r.get("published_at"), t.published),
            "modified": (r.get("modified_at"), t.modified),
            "image": (r.get("image_url"), t.image),
            "tags": (list(r.get("tags") or []), list(t.tags)),
        }
        for name, (have, need) in checks.items():
            if have == need:
                right[name] += 1
            else:
                shown = _body_diff(have, need) if name == "body" else f"{have!r} want {need!r}"
                misses.setdefault(name, []).append(f"[{t.theme}] {u} {shown}")
                fig.by_theme.setdefault(t.theme, Counter())[name] += 1
        if m := BOILERPLATE.search(body):
            fig.boilerplate.append(f"[{t.theme}] {u}: {m.group()!r}")
    fig.found = len(seen)
    misses["found"] = sorted(set(by_url) - seen)
    fig.rates = {name: right[name] for name in FIELDS}
    fig.misses = {k: v for k, v in misses.items() if v}
    return fig


def _body_diff(have: object, need: str) -> str:
    a, b = str(have or "").split("\n\n"), need.split("\n\n")
    extra = [p[:70] for p in a if p not in b]
    lost = [p[:70] for p in b if p not in a]
    return f"extra {extra[:3]} lost {lost[:3]}"


#: What tells a page's address (as `tests/test_saved_portal.py` takes out).
_ADDRESS_TAGS = re.compile(
    rb'<link[^>]*rel="?(?:canonical|shortlink|alternate|amphtml)"?[^>]*>|'
    rb"<link rel='shortlink'[^>]*>|<meta[^>]*(?:og:url|twitter:url)[^>]*>")


def reparse(tmp: Path, articles: int = 8, bare: bool = False) -> Figures:
    """The mirror parsed; `bare`: every page's canonical link, shortlink and og:url taken
    out first (records are matched to the truth by the file they came from)."""
    mirror = build(articles)
    if bare:
        mirror.files = {k: _ADDRESS_TAGS.sub(b"", v) for k, v in mirror.files.items()}
    folder = tmp / "mirror"
    key = write(mirror, folder)
    out = tmp / "out.jsonl"
    out.unlink(missing_ok=True)
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "newsscraper.cli", "parse", str(folder), "-o",
                    str(out), "-q"], check=True, timeout=600, cwd=tmp)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    fig = measure(rows, mirror.truth, key)
    fig.seconds = time.monotonic() - started
    return fig


def report(f: Figures, verbose: bool = False) -> str:
    rates = " ".join(f"{k} {v}/{f.found}" for k, v in f.rates.items())
    lines = [f"articles found {f.found}/{f.expected}; records {f.records}; duplicates "
             f"{f.duplicates}; non-article records {len(f.non_articles)}; boilerplate bodies "
             f"{len(f.boilerplate)}", f"exact: {rates}", f"parse {f.seconds:.1f} s"]
    for theme, c in sorted(f.by_theme.items()):
        lines.append(f"  {theme}: {dict(c)}")
    if verbose:
        for k, v in f.misses.items():
            lines.append(f"miss {k} ({len(v)}):")
            lines += [f"    {x}" for x in v[:12]]
        lines += [f"non-article: {u}" for u in f.non_articles]
        lines += [f"boilerplate: {u}" for u in f.boilerplate[:30]]
    return "\n".join(lines)


if __name__ == "__main__":
    import tempfile
    args = [a for a in sys.argv[1:] if a not in ("-v", "bare")]
    with tempfile.TemporaryDirectory() as d:
        print(report(reparse(Path(d), int(args[0]) if args else 8, "bare" in sys.argv),
                     "-v" in sys.argv))
