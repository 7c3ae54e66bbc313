"""Score `StoryClusterer` on a labelled set (fixtures/stories/stories.jsonl): pairwise precision
and recall, cluster purity, and the pairs it got wrong.

    python -m newsscraper.datasets.stories_eval fixtures/stories/stories.jsonl [--errors]

Pairwise scores count every pair of records: a true pair has one `story` label, a predicted
pair one cluster. Precision = true predicted pairs / predicted pairs; recall = true predicted
pairs / true pairs. They weigh big stories more than the per-record view, which is what an
analyst who deduplicates by story sees.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from itertools import combinations
from pathlib import Path
from typing import Any

from newsscraper.datasets.stories import StoryClusterer, StoryParams

__all__ = ["Scores", "load", "predict", "score"]


@dataclass(frozen=True, slots=True)
class Scores:
    """Pairwise precision / recall / F1 and purity of a clustering against labels."""

    records: int
    stories: int
    clusters: int
    true_pairs: int
    predicted_pairs: int
    correct_pairs: int
    precision: float
    recall: float
    f1: float
    #: Share of records whose cluster's majority label is their own label.
    purity: float


def _pairs(counts: Counter[Any]) -> int:
    return sum(c * (c - 1) // 2 for c in counts.values())


def score(truth: Sequence[str], labels: Sequence[int]) -> Scores:
    """Pairwise scores of `labels` (a cluster per record) against `truth` (a story per record).

    >>> s = score(["a", "a", "b", "b"], [0, 0, 0, 3])
    >>> (s.precision, s.recall, s.purity)
    (0.3333333333333333, 0.5, 0.75)
    """
    both: Counter[tuple[str, int]] = Counter(zip(truth, labels, strict=True))
    by_truth: Counter[object] = Counter(truth)
    by_label: Counter[object] = Counter(labels)
    correct, true, predicted = _pairs(both), _pairs(by_truth), _pairs(by_label)
    precision = correct / predicted if predicted else 1.0
    recall = correct / true if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    majority: dict[int, int] = {}
    for (_, label), c in both.items():
        majority[label] = max(majority.get(label, 0), c)
    return Scores(
        records=len(truth), stories=len(by_truth), clusters=len(by_label), true_pairs=true,
        predicted_pairs=predicted, correct_pairs=correct, precision=precision, recall=recall,
        f1=f1, purity=sum(majority.values()) / len(truth) if truth else 1.0,
    )


def load(path: Path) -> list[dict[str, object]]:
    """The labelled records, in file order."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def predict(rows: Sequence[dict[str, object]], params: StoryParams | None = None) -> list[int]:
    """Cluster labels for `rows` (title and body of each), in a throwaway workdir."""
    with tempfile.TemporaryDirectory() as tmp, StoryClusterer(
        workdir=Path(tmp), params=params
    ) as clusterer:
        for row in rows:
            clusterer.add(str(row.get("title") or ""), str(row["body"]))
        return [int(x) for x in clusterer.labels()]


def errors(rows: Sequence[dict[str, object]], labels: Sequence[int]) -> list[str]:
    """One line per wrongly joined or wrongly split pair (for tuning)."""
    out = []
    for i, j in combinations(range(len(rows)), 2):
        same_truth = rows[i]["story"] == rows[j]["story"]
        same_label = labels[i] == labels[j]
        if same_truth != same_label:
            kind = "split" if same_truth else "joined"
            out.append(f"{kind}: {rows[i]['id']} {rows[i]['story']} [{rows[i]['edit']}] ~ "
                       f"{rows[j]['id']} {rows[j]['story']} [{rows[j]['edit']}]")
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the scores (JSON) of the default parameters, or of those given as options."""
    ap = argparse.ArgumentParser(description="Score wire-story clustering on a labelled set.")
    ap.add_argument("path", type=Path, nargs="?", default=Path("fixtures/stories/stories.jsonl"))
    ap.add_argument("--errors", action="store_true", help="list wrongly joined / split pairs")
    for f in fields(StoryParams):
        ap.add_argument(f"--{f.name.replace('_', '-')}", type=type(f.default), default=None)
    args = ap.parse_args(argv)
    changes = {f.name: getattr(args, f.name) for f in fields(StoryParams)}
    params = replace(StoryParams(), **{k: v for k, v in changes.items() if v is not None})
    rows = load(args.path)
    labels = predict(rows, params)
    result = score([str(r["story"]) for r in rows], labels)
    print(json.dumps({"params": {f.name: getattr(params, f.name) for f in fields(params)},
                      **{f.name: getattr(result, f.name) for f in fields(result)}}, indent=1))
    if args.errors:
        print("\n".join(errors(rows, labels)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
