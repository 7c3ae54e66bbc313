"""Wire-story clustering at scale: records/s and peak RSS of `StoryClusterer` (docs/stories.md).

    python bench/stories.py --records 100000
    python bench/stories.py --records 1000000 --json bench-stories-1m.json

Synthetic records, made on the fly and never held in memory: bodies of 6–12 paragraphs
(~2–3 KB) drawn from a Zipf-like vocabulary with names and numbers, so that unrelated records
share common phrases as real news does. `--dup-fraction` of the records are copies of an
earlier base story (2–8 copies per story), edited the way portals republish: trimmed from the
end, a dateline and credit line added, a word changed. Each stage is timed: `add` (normalise,
MinHash, spill) and `labels` (LSH, verification, union-find). Peak RSS is the process's
(`ru_maxrss`), baseline (interpreter, numpy, datasketch, the generator) included and also shown.
Pairwise precision / recall against the known copy groups is reported too.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from newsscraper.datasets.stories import StoryClusterer

VOCAB = 30_000
#: Capitalised names and numbers among the words: what `facts` keys on.
NAMES = [f"{a}{b}" for a in ("Ra", "Su", "Vi", "Ka", "Mo", "De", "Ha", "Pu", "Ne", "Ta")
         for b in ("jesh", "nita", "kram", "mala", "han", "vika", "rish", "neet", "ha", "run")]
SYLLABLES = ("ka", "ri", "to", "men", "sa", "lu", "der", "pa", "ion", "ve", "na", "sh", "tr", "ol")


def vocabulary(rng: random.Random) -> list[str]:
    """VOCAB made-up words of 1–4 syllables, the first ones short (frequent function words)."""
    words = []
    for i in range(VOCAB):
        n = 1 + min(3, i // 2000)
        words.append("".join(rng.choice(SYLLABLES) for _ in range(n + i % 2)))
    return words


class Corpus:
    """Synthetic bodies: Zipf-distributed words, sentences of 12–30 words, names, numbers."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.np = np.random.default_rng(seed)
        self.words = np.array(vocabulary(self.rng), dtype=object)
        ranks = np.arange(1, VOCAB + 1, dtype=np.float64)
        self.cdf = np.cumsum(1 / ranks**1.05)
        self.cdf /= self.cdf[-1]

    def paragraph(self) -> str:
        """Two to four sentences, with a name or a number now and then."""
        sentences = []
        for _ in range(self.rng.randint(2, 4)):
            ids = np.searchsorted(self.cdf, self.np.random(self.rng.randint(12, 30)))
            ws = list(self.words[ids])
            ws[0] = ws[0].capitalize()
            ws.insert(self.rng.randrange(1, len(ws)), self.rng.choice(NAMES))
            ws.insert(self.rng.randrange(1, len(ws)), str(self.rng.randint(2, 99_999)))
            sentences.append(" ".join(ws) + ".")
        return " ".join(sentences)

    def story(self) -> list[str]:
        """6–12 paragraphs (~2–3 KB in all)."""
        return [self.paragraph() for _ in range(self.rng.randint(6, 12))]

    def copy(self, paras: list[str]) -> str:
        """A portal's copy: trimmed to 50–100 %, a dateline, a credit line, a word changed."""
        keep = self.rng.randint(max(2, len(paras) // 2), len(paras))
        out = list(paras[:keep])
        if self.rng.random() < 0.5:
            out[0] = f"NEW DELHI, Dec {self.rng.randint(1, 28)} (IANS) — {out[0]}"
        if self.rng.random() < 0.5:
            out.append(self.rng.choice(("— With inputs from IANS", "(With inputs from agencies)")))
        i = self.rng.randrange(len(out))
        ws = out[i].split(" ")
        ws[self.rng.randrange(len(ws))] = "edited"
        out[i] = " ".join(ws)
        return "\n\n".join(out)


def records(n: int, dup_fraction: float, seed: int) -> Iterator[tuple[int, str]]:
    """(story group, body) for n records; copies follow their base within a short window,
    as a day's crawl interleaves portals. Only the open groups are held in memory."""
    corpus = Corpus(seed)
    rng = corpus.rng
    open_groups: list[tuple[int, list[str], int]] = []  # (group, paragraphs, copies left)
    group = 0
    for _ in range(n):
        if open_groups and rng.random() < dup_fraction:
            k = rng.randrange(len(open_groups))
            g, paras, left = open_groups[k]
            if left <= 1:
                open_groups[k] = open_groups[-1]
                open_groups.pop()
            else:
                open_groups[k] = (g, paras, left - 1)
            yield g, corpus.copy(paras)
            continue
        paras = corpus.story()
        if rng.random() < dup_fraction * 0.6:
            open_groups.append((group, paras, rng.randint(1, 7)))
            if len(open_groups) > 2000:  # a story stops being republished
                open_groups.pop(0)
        yield group, "\n\n".join(paras)
        group += 1


def peak_rss_mb() -> float:
    """The process's peak resident set so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pairwise(truth: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """Pairwise precision and recall of `labels` against `truth`, in numpy (no Counter)."""
    def pairs(*keys: np.ndarray) -> int:
        _, counts = np.unique(np.stack(keys, axis=1), axis=0, return_counts=True)
        return int((counts * (counts - 1) // 2).sum())

    correct, true, predicted = pairs(truth, labels), pairs(truth), pairs(labels)
    return (correct / predicted if predicted else 1.0), (correct / true if true else 1.0)


def run(n: int, dup_fraction: float, seed: int, workdir: Path) -> dict[str, float]:
    """Feed n synthetic records, label them, and time / measure each stage."""
    truth = np.zeros(n, dtype=np.int64)
    gen = records(n, dup_fraction, seed)
    # generating text costs as much as clustering it: time it apart, in the same stream
    gen_s = add_s = 0.0
    body_bytes = 0
    baseline = peak_rss_mb()
    with StoryClusterer(workdir=workdir) as clusterer:
        for i in range(n):
            t0 = time.perf_counter()
            g, body = next(gen)
            t1 = time.perf_counter()
            clusterer.add(None, body)
            add_s += time.perf_counter() - t1
            gen_s += t1 - t0
            truth[i] = g
            body_bytes += len(body)
        after_add = peak_rss_mb()
        t0 = time.perf_counter()
        labels = clusterer.labels()
        label_s = time.perf_counter() - t0
        disk = sum(f.stat().st_size for f in workdir.rglob("*") if f.is_file())
        candidates, joined = clusterer.candidates, clusterer.joined
    peak = peak_rss_mb()
    precision, recall = pairwise(truth, labels)
    sizes = np.bincount(labels)
    return {
        "records": n, "dup_fraction": dup_fraction, "mean_body_bytes": body_bytes / n,
        "add_s": add_s, "labels_s": label_s, "generate_s": gen_s,
        "records_per_s": n / (add_s + label_s), "add_records_per_s": n / add_s,
        "baseline_rss_mb": baseline, "rss_after_add_mb": after_add, "peak_rss_mb": peak,
        "workdir_mb": disk / 2**20, "candidate_pairs": candidates, "joined_pairs": joined,
        "clusters_ge2": int((sizes >= 2).sum()), "largest_cluster": int(sizes.max()),
        "precision": precision, "recall": recall,
    }


def main(argv: list[str] | None = None) -> int:
    """Run one size and print (or write) the figures."""
    ap = argparse.ArgumentParser(description="StoryClusterer throughput and peak RSS.")
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--dup-fraction", type=float, default=0.3,
                    help="share of records that are copies of an earlier story")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workdir", type=Path, default=None, help="default: a temporary directory")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        result = run(args.records, args.dup_fraction, args.seed, Path(tmp))
    text = json.dumps(result, indent=1)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
