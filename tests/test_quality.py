"""The quality gate (bench/quality.py): dev-corpus figures never drop below their floors."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "quality.py"
spec = importlib.util.spec_from_file_location("quality", BENCH)
assert spec
assert spec.loader
quality = importlib.util.module_from_spec(spec)
spec.loader.exec_module(quality)

needs_corpus = pytest.mark.skipif(not (quality.CORPUS / "pages.warc.gz").exists(),
                                  reason="../shared/corpus is not beside the project")


@needs_corpus
def test_dev_corpus_figures_stay_above_their_floors() -> None:
    baseline = json.loads(quality.BASELINE.read_text())
    assert baseline["corpus_digest"] == quality.digest(quality.CORPUS), "re-pin the baseline"
    current = quality.score(quality.CORPUS)
    assert quality.compare(current, baseline["floors"]) == []


def test_compare_reports_a_drop_and_tolerates_noise() -> None:
    floors = {"overall": {"body_f1": 0.95}}
    assert quality.compare({"overall": {"body_f1": 0.9498}}, floors) == []
    assert quality.compare({"overall": {"body_f1": 0.94}}, floors) == [
        "overall.body_f1: 0.9400 < floor 0.9500"
    ]
