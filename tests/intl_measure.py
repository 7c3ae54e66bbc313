"""Read the pages of `tests.intl_pages` and print, per language, the share of pages whose
published and modified times (instant and offset), authors, agency and title are exact, the
body's token F1 and any boilerplate left in it:
`python -m tests.intl_measure [-v] [--naive|--day] [--set 2] [LANG…]` (`--set 2`: the
languages of `tests.intl_pages2`).
Also counts the date texts that reached dateparser (the slow path)."""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from datetime import datetime

import newsscraper
from newsscraper import dates
from newsscraper.items import Skip
from tests import intl_pages, intl_pages2
from tests.intl_pages import AD_LABEL, CLOSING_LINE, PHOTO_CREDIT
from tests.tagdiv_measure import f1

FIELDS = ("published", "modified", "authors", "agency", "title", "body", "clean")
#: Counted, not a share: pages with a wrong (not missing) published or modified time.
COUNTS = ("wrong",)


def _same(got: str | None, want: str | None) -> bool:
    if got is None or want is None:
        return got == want
    a, b = datetime.fromisoformat(got), datetime.fromisoformat(want)
    return a == b and a.utcoffset() == b.utcoffset()


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    mode = "naive" if "--naive" in argv else "day" if "--day" in argv else None
    second = "--set" in argv and argv[argv.index("--set") + 1] == "2"
    if "--set" in argv:
        del argv[argv.index("--set"):argv.index("--set") + 2]
    source = intl_pages2 if second else intl_pages
    only = [a for a in argv if not a.startswith("-")]
    slow: list[str] = []
    original = dates._dateparser

    def counting(text, *args, **kwargs):  # type: ignore[no-untyped-def]
        slow.append(text)
        return original(text, *args, **kwargs)

    dates._dateparser = counting  # type: ignore[assignment]
    score: dict[str, Counter[str]] = defaultdict(Counter)
    count: Counter[str] = Counter()
    boiler = {lg.code: [lg.share, lg.read_also, lg.related, *lg.teasers, lg.footer[:12],
                        AD_LABEL[lg.code], CLOSING_LINE[lg.code], PHOTO_CREDIT[lg.code]]
              for lg in source.LANGS}
    for page in source.pages((mode,) if mode else (False, True)):
        if only and page.lang not in only and page.key not in only:
            continue
        group = page.lang + {"naive": "~", "day": "=", True: "+", False: "-"}[page.meta]
        count[group] += 1
        got = newsscraper.extract_html(page.html, page.url, fetched_at=page.fetched)
        want = page.truth
        if isinstance(got, Skip):
            print("SKIP", page.url, got.reason)
            continue
        mod_want = want["modified_at"]
        ok = {
            "published": _same(got.published_at, want["published_at"]),
            "modified": _same(got.modified_at, mod_want) or (
                mod_want is None and got.modified_at in (None, got.published_at)
                and _same(got.published_at, want["published_at"])),
            # A wire credited as the byline or the metadata's author is one (the project's
            # convention: "Von dpa" gives ["dpa"]); a dateline's alone is not.
            "authors": got.authors == want["authors"] or (
                bool(want["agency"]) and got.authors == [*want["authors"], want["agency"]]),
            "agency": got.agency == want["agency"],
            "title": " ".join((got.title or "").split()) == " ".join(str(want["title"]).split()),
            "clean": not any(w and w in (got.body or "") for w in boiler[page.lang]),
        }
        # A date given but wrong (not missing): a swapped day, a lost offset, a wrong year.
        score[group]["wrong"] += (got.published_at is not None and not ok["published"]) or (
            got.modified_at is not None and not ok["modified"])
        body = f1(got.body or "", str(want["body"]))
        score[group]["body"] += body
        for name, good in ok.items():
            score[group][name] += good
        if verbose:
            bad = [n for n, good in ok.items() if not good] + (["body"] if body < 0.97 else [])
            if bad:
                kind = {"naive": "naive", "day": "day", True: "meta", False: "portal"}[page.meta]
                print(f"{page.key} {kind} {page.url.rsplit('/', 1)[1]}")
                for name in bad:
                    have = {"published": got.published_at, "modified": got.modified_at,
                            "authors": got.authors, "agency": got.agency, "title": got.title,
                            "clean": (got.body or "")[-200:], "body": round(body, 3)}[name]
                    wish = {"published": want["published_at"], "modified": mod_want,
                            "authors": want["authors"], "agency": want["agency"],
                            "title": want["title"], "clean": "", "body": 1}[name]
                    print(f"   {name}: got {have!r} want {wish!r}")
    print(f"{'group':8} {'n':>3} " + " ".join(f"{f[:7]:>7}" for f in (*FIELDS, *COUNTS)))
    total: Counter[str] = Counter()
    for group in sorted(count):
        n = count[group]
        total["n"] += n
        for f in (*FIELDS, *COUNTS):
            total[f] += score[group][f]
        print(f"{group:8} {n:3d} " + " ".join(f"{score[group][f] / n:7.2f}" for f in FIELDS)
              + "".join(f" {score[group][f]:7d}" for f in COUNTS))
    n = total["n"] or 1
    print(f"{'all':8} {total['n']:3d} " + " ".join(f"{total[f] / n:7.3f}" for f in FIELDS)
          + "".join(f" {total[f]:7d}" for f in COUNTS))
    print(f"dateparser calls: {len(slow)}")
    if verbose:
        for text, k in Counter(slow).most_common(40):
            print(f"   {k:3d} {text!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
