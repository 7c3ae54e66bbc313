"""Fixture pairs: run a saved page through `extract()` and compare with its expected record.

A pair is `<stem>.html` (or `.html.gz`) plus `<stem>.json` beside it. The JSON is the whole
expected record, or `{"url", "fetched_at", "skip": reason}` for a non-article; its `url` and
`fetched_at` are the inputs. The page is built as `newsscraper parse` builds a saved file (no
HTTP headers), so the charset comes from the page itself.

    python -m tests.fixturetool draft PAGE.html --url URL --fetched-at 2024-12-18T06:00:00+00:00
                                                # writes PAGE.json unless it exists (--force)
    python -m tests.fixturetool rerun fixtures/generic/x.html        # show differences
    python -m tests.fixturetool rerun fixtures/generic/x.html --write  # accept current output

It writes only when asked (`--write`), for a human to review the diff; CI never writes.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from scrapy.http import HtmlResponse

from newsscraper.extract import extract
from newsscraper.items import FIELD_ORDER, Skip

ROOT = Path(__file__).resolve().parent.parent / "fixtures"


def html_paths() -> list[Path]:
    """Every fixture page, sorted."""
    return sorted(p for p in ROOT.rglob("*") if p.name.endswith((".html", ".html.gz")))


def json_path(html: Path) -> Path:
    """The expected-record file beside a page."""
    stem = html.name.removesuffix(".gz").removesuffix(".html")
    return html.with_name(stem + ".json")


def read_html(html: Path) -> bytes:
    data = html.read_bytes()
    return gzip.decompress(data) if html.name.endswith(".gz") else data


def run(html: Path, url: str, fetched_at: str) -> dict[str, Any]:
    """The record (or {"skip": reason}) that `extract` gives for the page today."""
    response = HtmlResponse(url=url, body=read_html(html))
    result = extract(response, fetched_at=datetime.fromisoformat(fetched_at))
    if isinstance(result, Skip):
        return {"url": url, "fetched_at": fetched_at, "skip": result.reason}
    return dataclasses.asdict(result)


def dumps(record: dict[str, Any]) -> str:
    """The on-disk form: schema order, indented, UTF-8, trailing newline."""
    if "skip" not in record:
        record = {k: record[k] for k in FIELD_ORDER}
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def differences(expected: dict[str, Any], actual: dict[str, Any]) -> list[str]:
    """Field-by-field differences, in schema order."""
    keys = list(dict.fromkeys([*expected, *actual]))
    return [
        f"{key}:\n  expected {expected.get(key, '<missing>')!r}\n"
        f"  actual   {actual.get(key, '<missing>')!r}"
        for key in keys
        if expected.get(key, "<missing>") != actual.get(key, "<missing>")
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    draft = sub.add_parser("draft", help="write the JSON for a new page from current output")
    draft.add_argument("html", type=Path)
    draft.add_argument("--url", required=True)
    draft.add_argument("--fetched-at", required=True)
    draft.add_argument("--force", action="store_true",
                       help="overwrite an existing JSON (a reviewed record is lost)")
    rerun = sub.add_parser("rerun", help="compare a pair with current output")
    rerun.add_argument("html", type=Path, nargs="+")
    rerun.add_argument("--write", action="store_true", help="overwrite the JSON")
    args = parser.parse_args(argv)
    if args.command == "draft":
        record = run(args.html, args.url, args.fetched_at)
        target = json_path(args.html)
        if target.exists() and not args.force:
            # A pair's JSON is a reviewed record: redrafting it would silently make the test
            # agree with today's output. `rerun` shows the differences instead.
            print(f"{target} exists: not overwritten (use rerun, or draft --force)",
                  file=sys.stderr)
            print(dumps(record))
            return 1
        target.write_text(dumps(record), encoding="utf-8")
        print(dumps(record))
        return 0
    status = 0
    for html in args.html:
        expected = json.loads(json_path(html).read_text(encoding="utf-8"))
        actual = run(html, expected["url"], expected["fetched_at"])
        diffs = differences(expected, actual)
        print(f"{html}: {'OK' if not diffs else f'{len(diffs)} field(s) differ'}")
        for d in diffs:
            print("  " + d.replace("\n", "\n  "))
        if diffs and args.write:
            json_path(html).write_text(dumps(actual), encoding="utf-8")
        status |= bool(diffs) and not args.write
    return status


if __name__ == "__main__":
    sys.exit(main())
