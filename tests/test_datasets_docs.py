"""docs/datasets.md: every Python block runs against a small export of the fixture records,
and the options it documents are the command's options."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import orjson
import pytest

from newsscraper.cli import main

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "datasets.md"
BLOCK = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def python_blocks() -> list[str]:
    return BLOCK.findall(DOC.read_text(encoding="utf-8"))


def fixture_records() -> list[bytes]:
    """Every complete expected record under fixtures/ (skip fixtures carry no body)."""
    lines = []
    for path in sorted((ROOT / "fixtures").rglob("*.json")):
        rec = orjson.loads(path.read_bytes())
        if isinstance(rec, dict) and "body" in rec and "schema_version" in rec:
            lines.append(orjson.dumps(rec))
    return lines


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """news.{parquet,csv,duckdb,jsonl} made by the command from the fixture records."""
    folder = tmp_path_factory.mktemp("docs")
    records = fixture_records()
    assert len(records) >= 10
    src = folder / "fixtures.jsonl"
    src.write_bytes(b"\n".join(records) + b"\n")
    for fmt in ("parquet", "csv", "duckdb", "jsonl"):
        assert main(["export", str(src), "-o", str(folder / f"news.{fmt}"), "-q"]) == 0
    return folder


def test_the_doc_has_examples_for_each_library() -> None:
    blocks = python_blocks()
    for library in ("import pandas", "import polars", "import duckdb"):
        assert any(library in block for block in blocks), library


@pytest.mark.parametrize("index", range(len(python_blocks())))
def test_python_block_runs(
    exports: Path, index: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code = python_blocks()[index]
    for library in ("pandas", "polars"):
        if f"import {library}" in code and importlib.util.find_spec(library) is None:
            pytest.skip(f"{library} is not installed")
    monkeypatch.chdir(exports)
    exec(compile(code, f"{DOC.name} python block {index + 1}", "exec"), {})  # noqa: S102


def test_documented_options_are_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--help"]) == 0
    help_text = capsys.readouterr().out
    table = "\n".join(line.split(" | ")[0] for line in DOC.read_text(encoding="utf-8")
                      .splitlines() if line.startswith("| `-"))
    documented = set(re.findall(r"(--[a-z][a-z-]+)", table))
    offered = set(re.findall(r"(--[a-z][a-z-]+)", help_text)) - {"--help", "--verbose",
                                                                   "--quiet"}
    assert documented == offered
