"""Extraction quality gate: newsscraper on the dev corpus, scored per field and per family.

    python bench/quality.py                  # score, compare with bench/quality_baseline.json
    python bench/quality.py --update         # raise floors to today's figures (never lowers)
    python bench/quality.py --allow-lower    # an explicit, explained regression: lower floors
    python bench/quality.py --competitors --markdown-out docs/quality.md
                                             # also trafilatura, newspaper4k and htmldate on the
                                             # same pages in the same run (bench/compare.py)

Runs `newsscraper parse ../shared/corpus/pages.warc.gz`, scores it with
`../shared/corpus/score.py --json --by-family`, and fails (exit 1) when any figure drops below
its pinned floor by more than EPSILON (noise from tie-breaking). The baseline also pins the
corpus digest, so floors are never compared across different pages.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus"
BASELINE = HERE / "quality_baseline.json"
EPSILON = 0.0005
METRICS = ("body_f1", "title_em", "authors_f1", "pub_min", "mod_min", "coverage")
FAMILIES = ("overall", "zyte-aeb", "fundus", "agency")


def score(corpus: Path) -> dict[str, dict[str, float]]:
    """{family: {metric: value}} for the current code; prints the wire-credit summary."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "dev.jsonl"
        subprocess.run([sys.executable, "-m", "newsscraper.cli", "parse", "-q",
                        str(corpus / "pages.warc.gz"), "-o", str(out)],
                       check=True, stderr=subprocess.DEVNULL)
        print(wire_credits(out, corpus / "truth.jsonl"))
        result = subprocess.run(
            [sys.executable, str(corpus / "score.py"), "--truth", str(corpus / "truth.jsonl"),
             "--pred", str(out), "--json", "--by-family"],
            check=True, capture_output=True, text=True)
    data = json.loads(result.stdout)
    groups = {"overall": data["overall"], **data["by_family"]}
    return {fam: {m: round(groups[fam][m], 4) for m in METRICS if groups[fam].get(m) is not None}
            for fam in FAMILIES if fam in groups}


def wire_credits(pred: Path, truth: Path) -> str:
    """Which records credit a wire service, against the corpus's wire pages (truth
    `"agency": true`): how many of those are credited and have a dateline, and what else is
    credited (each such credit is printed on its page: a dateline, byline or source line)."""
    wire = {t["url"] for t in map(json.loads, truth.open(encoding="utf-8")) if t.get("agency")}
    records = [json.loads(line) for line in pred.open(encoding="utf-8")]
    credited = [r for r in records if r.get("agency")]
    on_wire = [r for r in credited if r["url"] in wire]
    others: dict[str, int] = {}
    for r in credited:
        if r["url"] not in wire:
            others[r["agency"]] = others.get(r["agency"], 0) + 1
    listed = ", ".join(f"{name} {n}" for name, n in sorted(others.items(), key=lambda x: -x[1]))
    return (f"wire credits: {len(on_wire)}/{len(wire)} wire pages credited "
            f"({sum(1 for r in on_wire if r.get('dateline'))} with a dateline); "
            f"{len(credited) - len(on_wire)} other pages credit an agency ({listed})")


def digest(corpus: Path) -> str:
    h = hashlib.sha256()
    for name in ("pages.warc.gz", "truth.jsonl"):
        h.update((corpus / name).read_bytes())
    return h.hexdigest()[:16]


def compare(current: dict[str, dict[str, float]], floors: dict[str, dict[str, float]]) -> list[str]:
    """Figures below their floor, as messages."""
    return [f"{fam}.{m}: {current.get(fam, {}).get(m, 0.0):.4f} < floor {floor:.4f}"
            for fam, metrics in floors.items() for m, floor in metrics.items()
            if current.get(fam, {}).get(m, 0.0) < floor - EPSILON]


def table(current: dict[str, dict[str, float]]) -> str:
    head = f"{'family':<10}" + "".join(f"{m:>11}" for m in METRICS)
    rows = [f"{fam:<10}" + "".join(f"{vals.get(m, float('nan')):>11.4f}" for m in METRICS)
            for fam, vals in current.items()]
    return "\n".join([head, *rows])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--update", action="store_true", help="raise floors to today's figures")
    parser.add_argument("--allow-lower", action="store_true", help="also lower floors")
    parser.add_argument("--competitors", action="store_true",
                        help="then score trafilatura, newspaper4k and htmldate on the same pages "
                             "(bench/compare.py, in their own .venv-bench) and print the table")
    parser.add_argument("--markdown-out", type=Path,
                        help="with --competitors: rewrite this doc's table (docs/quality.md)")
    args = parser.parse_args()
    status = gate(args)
    if args.competitors:
        cmd = [sys.executable, str(HERE / "compare.py"), "--corpus", str(args.corpus)]
        if args.markdown_out:
            cmd += ["--markdown-out", str(args.markdown_out)]
        status = subprocess.run(cmd, check=False).returncode or status
    return status


def gate(args: argparse.Namespace) -> int:
    """Score the current code and check (or, with --update, raise) the floors."""
    current = score(args.corpus)
    print(table(current))
    base = json.loads(BASELINE.read_text()) if BASELINE.exists() else {"floors": {}}
    if base.get("corpus_digest") not in (None, digest(args.corpus)):
        print("corpus changed since the baseline was pinned: re-pin with --update --allow-lower")
        return 1
    if args.update or args.allow_lower:
        floors = base["floors"]
        for fam, metrics in current.items():
            for m, v in metrics.items():
                old = floors.setdefault(fam, {}).get(m, 0.0)
                floors[fam][m] = v if args.allow_lower else max(old, v)
        BASELINE.write_text(json.dumps({"corpus_digest": digest(args.corpus), "floors": floors},
                                       indent=2) + "\n")
        print(f"floors written to {BASELINE}")
        return 0
    failures = compare(current, base["floors"])
    for line in failures:
        print("BELOW FLOOR", line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
