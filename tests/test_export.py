"""`newsscraper export` and the shared JSON Lines reader: every format round-trips whole records
with their types, the latest version wins, each filter, the manifest, bad and torn lines,
--strict, atomic output, the missing-extra message, and --stories / --dedupe-stories."""

from __future__ import annotations

import csv
import gzip
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import numpy as np
import orjson
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsscraper._usage import UsageError
from newsscraper.cli import main
from newsscraper.datasets import export as export_module
from newsscraper.datasets import export_write
from newsscraper.datasets.export_manifest import manifest_path
from newsscraper.datasets.export_schema import arrow_schema, column_kinds
from newsscraper.datasets.export_select import select as real_select
from newsscraper.datasets.export_stories import story_id_of
from newsscraper.datasets.records import BadInput, BadLine, iter_records
from newsscraper.items import DATETIME_FIELDS, FIELD_ORDER

HASH = "sha256:" + "ab" * 32


def record(n: int = 1, **changes: Any) -> dict[str, Any]:
    """A complete, valid record; `changes` override fields."""
    url = f"https://news.example.in/2024/12/17/story-{n}/"
    rec: dict[str, Any] = {
        "url": url, "canonical_url": url, "site": "example_portal", "language": "en",
        "section": "India", "title": f"Story {n}: rain lashes the coast",
        "subtitle": None, "body": f"CHENNAI: Heavy rain, story {n}.\n\nSchools were closed.",
        "authors": ["Asha Rao", "Vikram Das"], "agency": "IANS", "dateline": "CHENNAI",
        "tags": ["weather"], "image_url": None,
        "published_at": "2024-12-17T09:30:00+05:30", "modified_at": None,
        "fetched_at": "2024-12-17T08:00:00Z", "word_count": 8, "content_hash": HASH,
        "version": 1, "extractor": "site:example_portal", "schema_version": 1,
    }
    rec.update(changes)
    return rec


def write_jsonl(path: Path, *lines: dict[str, Any] | str | bytes) -> Path:
    """Records as JSON lines; a str/bytes item is written as that raw line (no newline added
    to bytes, so a torn tail can be written)."""
    out = bytearray()
    for line in lines:
        if isinstance(line, dict):
            out += orjson.dumps(line) + b"\n"
        elif isinstance(line, str):
            out += line.encode() + b"\n"
        else:
            out += line
    path.write_bytes(bytes(out))
    return path


def export(*argv: str | Path) -> int:
    return main(["export", *map(str, argv)])


def manifest_of(out: Path) -> dict[str, Any]:
    result: dict[str, Any] = orjson.loads(manifest_path(out).read_bytes())
    return result


def instant(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).astimezone(UTC)


# --------------------------------------------------------------------------- records.py


def test_iter_records_reports_bad_lines_with_numbers_and_skips_them(tmp_path: Path) -> None:
    src = write_jsonl(
        tmp_path / "in.jsonl", record(1), "not json", "[1, 2]", record(2, authors="Asha"),
        "", record(3, published_at="2024-12-17T09:30:00"), record(4),
    )
    bad: list[BadLine] = []
    urls = [r["url"] for r in iter_records([src], on_bad=bad.append)]
    assert urls == [record(1)["url"], record(4)["url"]]  # the blank line 5 is no record
    assert [(b.line_no, b.torn) for b in bad] == [(2, False), (3, False), (4, False), (6, False)]
    assert bad[0].reason.startswith("not valid JSON")
    assert bad[1].reason == "not a JSON object (list)"
    assert bad[2].reason.startswith("authors: expected a list of strings")
    assert bad[3].reason.startswith("published_at: expected ISO 8601 date-time with offset")
    assert str(bad[0]) == f"{src}:2: {bad[0].reason}"


def test_iter_records_names_missing_keys(tmp_path: Path) -> None:
    rec = record(1)
    del rec["version"], rec["tags"]
    bad: list[BadLine] = []
    list(iter_records([write_jsonl(tmp_path / "in.jsonl", rec)], on_bad=bad.append))
    assert bad[0].reason == "missing keys: tags, version"


def test_torn_last_line_is_a_warning_never_fatal(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", record(1), b'{"url": "https://x.in/", "ti')
    bad: list[BadLine] = []
    with caplog.at_level(logging.WARNING):
        recs = list(iter_records([src], strict=True, on_bad=bad.append))
    assert len(recs) == 1
    assert bad == [BadLine(src, 2, "torn last line (no trailing newline), skipped", torn=True)]
    assert f"{src}:2: torn last line" in caplog.text


def test_last_line_without_newline_but_whole_is_read(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", record(1), orjson.dumps(record(2)))
    assert len(list(iter_records([src]))) == 2


def test_strict_raises_on_a_bad_middle_line(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", record(1), "{oops", record(2))
    with pytest.raises(BadInput) as err:
        list(iter_records([src], strict=True))
    assert err.value.bad.line_no == 2
    assert f"{src}:2:" in str(err.value)


def test_reads_gzip_and_several_files_in_order(tmp_path: Path) -> None:
    plain = write_jsonl(tmp_path / "a.jsonl", record(1))
    packed = tmp_path / "b.jsonl.gz"
    packed.write_bytes(gzip.compress(orjson.dumps(record(2)) + b"\n" + orjson.dumps(record(3))
                                     + b"\n"))
    assert [r["url"] for r in iter_records([plain, packed])] == [
        record(i)["url"] for i in (1, 2, 3)
    ]


def test_truncated_gzip_keeps_what_was_read(tmp_path: Path) -> None:
    packed = tmp_path / "b.jsonl.gz"
    data = gzip.compress(b"".join(orjson.dumps(record(i)) + b"\n" for i in range(50)))
    packed.write_bytes(data[: len(data) - 20])
    bad: list[BadLine] = []
    recs = list(iter_records([packed], strict=True, on_bad=bad.append))
    assert 0 < len(recs) < 50
    assert bad[-1].torn
    assert "truncated gzip" in bad[-1].reason


def test_missing_input_is_a_usage_error_before_reading(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"cannot read input .*nope\.jsonl"):
        iter_records([tmp_path / "nope.jsonl"])
    with pytest.raises(UsageError, match="is a folder"):
        iter_records([tmp_path])


# --------------------------------------------------------------------------- formats

VARIED = [
    record(1, subtitle="Orange alert", image_url="https://news.example.in/i.jpg",
           modified_at="2024-12-17T13:03:00+05:30", tags=["weather", "rain"],
           body="Line one, “quoted”, with commas.\n\nहिन्दी और 日本語; semi; colons"),
    record(2, agency=None, authors=[], tags=[], language=None, published_at=None,
           modified_at="2024-12-18T01:00:00-05:00", fetched_at="2024-12-18T07:00:00.250000Z"),
    record(3, site="other_portal", section=None, dateline=None, word_count=0, version=3),
]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """VARIED exported once to each format."""
    folder = tmp_path_factory.mktemp("formats")
    src = write_jsonl(folder / "in.jsonl", *VARIED)
    outs = {}
    for fmt in ("parquet", "csv", "duckdb", "jsonl"):
        outs[fmt] = folder / f"out.{fmt}"
        assert export(src, "-o", outs[fmt], "-q") == 0
    return outs


def typed(rec: dict[str, Any]) -> dict[str, Any]:
    """A record as Parquet/DuckDB give it back: timestamps as aware UTC datetimes."""
    return {k: instant(v) if k in DATETIME_FIELDS else v for k, v in rec.items()}


def test_parquet_round_trips_whole_records_with_types(exported: dict[str, Path]) -> None:
    table = pq.read_table(exported["parquet"])
    assert table.schema == arrow_schema()
    assert table.schema.field("published_at").type == pa.timestamp("us", tz="UTC")
    assert table.schema.field("authors").type == pa.list_(pa.string())
    rows = table.to_pylist()
    assert rows == [typed(r) for r in VARIED]
    assert rows[0]["published_at"].tzinfo is not None
    assert rows[0]["published_at"] == datetime(2024, 12, 17, 4, 0, tzinfo=UTC)


def test_duckdb_round_trips_with_timestamptz_and_lists(exported: dict[str, Path]) -> None:
    with duckdb.connect(str(exported["duckdb"]), read_only=True) as con:
        con.execute("SET TimeZone = 'UTC'")
        types = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                 "WHERE table_name = 'articles'").fetchall())
        cursor = con.execute("SELECT * FROM articles")
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    assert names == list(FIELD_ORDER)
    assert types["published_at"] == "TIMESTAMP WITH TIME ZONE"
    assert types["tags"] == "VARCHAR[]"
    assert types["version"] == "BIGINT"
    assert rows == [typed(r) for r in VARIED]
    assert rows[1]["fetched_at"].utcoffset().total_seconds() == 0


def test_csv_is_utf8_without_bom_with_joined_lists_and_utc_times(
    exported: dict[str, Path],
) -> None:
    raw = exported["csv"].read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    with exported["csv"].open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(FIELD_ORDER)
    first, second = rows[0], rows[1]
    assert first["body"] == VARIED[0]["body"]  # newlines and quotes survive quoting
    assert first["tags"] == "weather; rain"
    assert first["authors"] == "Asha Rao; Vikram Das"
    assert first["published_at"] == "2024-12-17T04:00:00Z"
    assert first["modified_at"] == "2024-12-17T07:33:00Z"
    assert second["published_at"] == ""
    assert second["agency"] == ""
    assert second["tags"] == ""
    assert second["modified_at"] == "2024-12-18T06:00:00Z"
    assert second["fetched_at"] == "2024-12-18T07:00:00.250000Z"
    assert rows[2]["version"] == "3"


def test_jsonl_output_is_the_input_records(exported: dict[str, Path]) -> None:
    lines = exported["jsonl"].read_bytes().splitlines()
    assert [orjson.loads(line) for line in lines] == VARIED


def test_export_schema_agrees_with_the_json_schema() -> None:
    schema = orjson.loads(
        (Path(__file__).parent.parent / "newsscraper" / "article.schema.json").read_bytes()
    )
    kinds = column_kinds()
    assert list(kinds) == schema["required"]
    for name, kind in kinds.items():
        prop = schema["properties"][name]
        nullable = "$ref" in prop or "null" in prop.get("type", [])
        assert kind.endswith("?") == nullable, name


def test_format_flag_and_unknown_suffix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", record(1))
    assert export(src, "-o", tmp_path / "out.dat") == 2
    assert "cannot tell the format" in capsys.readouterr().err
    assert export(src, "-o", tmp_path / "out.dat", "--format", "parquet", "-q") == 0
    assert pq.read_table(tmp_path / "out.dat").num_rows == 1


# --------------------------------------------------------------------------- selection


def slug(url: str) -> str:
    """``story-N`` of a test record's URL."""
    return url.rstrip("/").rsplit("/", 1)[1]


def urls_versions(out: Path) -> list[tuple[str, int]]:
    return [(slug(r["url"]), r["version"]) for r in map(orjson.loads, out.read_bytes().split(
        b"\n")[:-1])]


def test_latest_version_wins_whatever_the_order(tmp_path: Path) -> None:
    src = write_jsonl(
        tmp_path / "in.jsonl",
        record(1, version=2, title="v2"), record(1, version=1), record(2, version=1),
        record(2, version=3, fetched_at="2024-12-17T10:00:00Z"), record(2, version=2),
    )
    out = tmp_path / "out.jsonl"
    assert export(src, "-o", out, "-q") == 0
    assert urls_versions(out) == [("story-1", 2), ("story-2", 3)]  # in input order
    assert manifest_of(out)["counts"]["superseded"] == 3


def test_version_tie_goes_to_the_latest_fetch(tmp_path: Path) -> None:
    src = write_jsonl(
        tmp_path / "in.jsonl",
        record(1, version=2, title="late", fetched_at="2024-12-18T00:00:00+00:00"),
        record(1, version=2, title="early", fetched_at="2024-12-17T23:00:00Z"),
    )
    out = tmp_path / "out.jsonl"
    assert export(src, "-o", out, "-q") == 0
    assert [orjson.loads(x)["title"] for x in out.read_bytes().splitlines()] == ["late"]


def test_all_versions_keeps_history(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", record(1, version=1), record(1, version=2),
                      record(2))
    out = tmp_path / "out.jsonl"
    assert export(src, "-o", out, "--all-versions", "-q") == 0
    assert urls_versions(out) == [("story-1", 1), ("story-1", 2), ("story-2", 1)]
    counts = manifest_of(out)["counts"]
    assert counts["superseded"] == 0
    assert counts["written"] == 3


DATED = [
    record(1, published_at="2024-12-01T10:00:00Z"),
    record(2, published_at="2024-12-10T23:30:00-05:00"),  # 2024-12-11T04:30Z
    record(3, published_at=None, modified_at="2024-12-20T00:00:00+05:30"),  # 12-19T18:30Z
    record(4, published_at=None, modified_at=None),
]


@pytest.mark.parametrize(
    ("options", "kept"),
    [
        (["--since", "2024-12-11"], [2, 3]),
        (["--until", "2024-12-10"], [1]),
        (["--until", "2024-12-11"], [1, 2]),
        (["--since", "2024-12-11T04:30:00Z", "--until", "2024-12-19T18:30:00+00:00"], [2, 3]),
        (["--since", "2024-12-11T10:00+05:30"], [2, 3]),
        (["--since", "2024-12-11T10:01+05:30"], [3]),
        (["--since", "2024-12-11T04:30"], [2, 3]),  # no zone: UTC
    ],
)
def test_time_filters_use_published_else_modified(
    tmp_path: Path, options: list[str], kept: list[int]
) -> None:
    out = tmp_path / "out.jsonl"
    assert export(write_jsonl(tmp_path / "in.jsonl", *DATED), "-o", out, *options, "-q") == 0
    assert [int(u[-1]) for u, _ in urls_versions(out)] == kept
    assert manifest_of(out)["counts"]["filtered_out"] == 4 - len(kept)


FACETED = [
    record(1, site="alpha", agency="IANS", language="en"),
    record(2, site="beta", agency="PTI", language="hi"),
    record(3, site="gamma", agency=None, language=None),
    record(4, site="alpha", agency="AP", language="en"),
]


@pytest.mark.parametrize(
    ("options", "kept"),
    [
        (["--site", "alpha"], [1, 4]),
        (["--site", "ALPHA,gamma"], [1, 3, 4]),
        (["--site", "beta", "--site", "gamma"], [2, 3]),
        (["--agency", "ians,pti"], [1, 2]),
        (["--language", "hi"], [2]),
        (["--site", "alpha", "--agency", "AP"], [4]),
    ],
)
def test_site_agency_language_filters(tmp_path: Path, options: list[str], kept: list[int]) -> None:
    out = tmp_path / "out.jsonl"
    assert export(write_jsonl(tmp_path / "in.jsonl", *FACETED), "-o", out, *options, "-q") == 0
    assert [int(u[-1]) for u, _ in urls_versions(out)] == kept


def test_filters_apply_to_the_latest_version_only(tmp_path: Path) -> None:
    src = write_jsonl(
        tmp_path / "in.jsonl",
        record(1, version=1, published_at="2024-12-01T00:00:00Z"),
        record(1, version=2, published_at="2024-11-01T00:00:00Z"),
    )
    out = tmp_path / "out.jsonl"
    assert export(src, "-o", out, "--since", "2024-12-01", "-q") == 0
    assert out.read_bytes() == b""
    counts = manifest_of(out)["counts"]
    assert (counts["superseded"], counts["filtered_out"], counts["written"]) == (1, 1, 0)


def test_bad_since_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", record(1))
    assert export(src, "-o", tmp_path / "o.jsonl", "--since", "yesterday") == 2
    assert "--since 'yesterday': expected an ISO date" in capsys.readouterr().err


# --------------------------------------------------------------------------- manifest, bad lines


def test_manifest_counts_add_up_and_describe_the_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    src = write_jsonl(
        tmp_path / "in.jsonl", *FACETED, record(1, version=2, site="alpha", agency="IANS"),
        "garbage", record(5, site="delta", published_at="2023-01-01T00:00:00Z"),
        b'{"torn',
    )
    out = tmp_path / "out.parquet"
    assert export(src, "-o", out, "--since", "2024-01-01", "--agency", "IANS,AP,PTI") == 0
    m = manifest_of(out)
    c = m["counts"]
    assert c == {"records_read": 6, "bad_lines": 1, "torn_lines": 1, "filtered_out": 2,
                 "superseded": 1, "story_duplicates": 0, "written": 3, "stories": None}
    assert c["records_read"] == (c["filtered_out"] + c["superseded"] + c["story_duplicates"]
                                 + c["written"])
    assert m["format"] == "parquet"
    assert m["output"] == "out.parquet"
    assert m["schema_version"] == 1
    assert m["command"] == (f"newsscraper export {src} -o {out} --since 2024-01-01 "
                            "--agency IANS,AP,PTI")
    assert m["inputs"] == [{"path": str(src), "bytes": src.stat().st_size,
                            "modified_at": m["inputs"][0]["modified_at"]}]
    assert m["sites"] == {"alpha": 2, "beta": 1}
    assert m["agencies"] == {"AP": 1, "IANS": 1, "PTI": 1}
    assert m["without_agency"] == 0
    assert m["date_range"]["earliest"] == "2024-12-17T04:00:00Z"
    assert m["options"]["filters"]["agencies"] == ["ap", "ians", "pti"]
    assert [(b["line"], b["torn"]) for b in m["bad_lines"]] == [(6, False), (8, True)]
    assert datetime.fromisoformat(m["created_at"]).tzinfo is not None
    assert f"{src}:6: not valid JSON" in caplog.text
    err = capsys.readouterr().err
    assert "export: wrote 3 records to" in err
    assert "bad lines 1" in err


def test_strict_fails_and_leaves_no_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", record(1), "{broken", record(2))
    out = tmp_path / "out.csv"
    assert export(src, "-o", out, "--strict") == 1
    assert f"{src}:2: not valid JSON" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_missing_input_and_output_equal_to_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export(tmp_path / "none.jsonl", "-o", tmp_path / "o.parquet") == 2
    assert "cannot read input" in capsys.readouterr().err
    src = write_jsonl(tmp_path / "in.jsonl", record(1))
    assert export(src, "-o", src, "--format", "jsonl") == 2
    assert "is also an input" in capsys.readouterr().err


# --------------------------------------------------------------------------- atomic output


@pytest.mark.parametrize("fmt", ["parquet", "csv", "duckdb", "jsonl"])
def test_failed_export_leaves_the_old_output_and_no_temp_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", *(record(i) for i in range(5)))
    out = tmp_path / f"out.{fmt}"
    out.write_bytes(b"previous export")
    manifest_path(out).write_bytes(b"{}")
    real = export_write.open_writer

    def failing(*args: Any, **kwargs: Any) -> export_write.Writer:
        writer = real(*args, **kwargs)
        writer.write([record(99)])  # something reaches the temporary file first

        def boom(rows: list[dict[str, Any]]) -> None:
            raise OSError(28, "No space left on device")

        writer.write = boom  # type: ignore[method-assign]
        return writer

    monkeypatch.setattr(export_module, "open_writer", failing)
    with pytest.raises(OSError, match="No space left"):
        export(src, "-o", out, "-q")
    assert out.read_bytes() == b"previous export"
    assert manifest_path(out).read_bytes() == b"{}"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["in.jsonl", out.name, manifest_path(out).name]
    )


def test_input_changing_between_passes_fails_the_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", record(1), record(2))
    real = real_select

    def select_then_append(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        with src.open("ab") as f:
            f.write(orjson.dumps(record(3)) + b"\n")
        return result

    monkeypatch.setattr(export_module, "select", select_then_append)
    out = tmp_path / "out.parquet"
    assert export(src, "-o", out) == 2
    assert "input changed while exporting" in capsys.readouterr().err
    assert not out.exists()


# --------------------------------------------------------------------------- the extra, help


@pytest.mark.parametrize(("module", "suffix"), [("pyarrow", "parquet"), ("duckdb", "duckdb"),
                                                ("numpy", "jsonl")])
def test_missing_extra_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    module: str, suffix: str,
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # import → ImportError
    src = write_jsonl(tmp_path / "in.jsonl", record(1))
    assert export(src, "-o", tmp_path / f"out.{suffix}") == 2
    assert capsys.readouterr().err == (
        "newsscraper: error: export needs the datasets extra: "
        "pip install 'newsscraper[datasets]'\n"
    )


def test_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--help"]) == 0
    text = capsys.readouterr().out
    assert "newsscraper export data/*.jsonl -o news.parquet" in text
    for option in ("--since", "--until", "--site", "--agency", "--language", "--all-versions",
                   "--stories", "--dedupe-stories", "--strict"):
        assert option in text


def test_progress_lines_on_long_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(export_module, "PROGRESS_EVERY", 0.0)
    src = write_jsonl(tmp_path / "in.jsonl", *(record(i) for i in range(4096)))
    with caplog.at_level(logging.INFO, logger="newsscraper.datasets.export"):
        assert export(src, "-o", tmp_path / "o.jsonl", "-q") == 0
    assert "export: select: 4,096 records read" in caplog.text
    assert "export: write: 4,096 records read" in caplog.text


# --------------------------------------------------------------------------- stories

PARAGRAPHS = [
    "The state government on Tuesday announced a relief package of Rs 500 crore for farmers "
    "whose crops were damaged by the unseasonal rain that lashed the northern districts last "
    "week, officials said.",
    "Chief Minister Anil Verma said the money would be paid directly into the bank accounts of "
    "about two lakh farmers within a month, after the revenue department finishes its survey.",
    "The rain destroyed standing wheat and mustard crops on nearly 80,000 hectares, according "
    "to preliminary estimates of the agriculture department released on Monday evening.",
    "Opposition leaders called the package too small and demanded a special session of the "
    "assembly to discuss the crisis, which they said had pushed many families into debt.",
]
OTHER = (
    "A leopard that strayed into a residential colony in the hill town was caught by forest "
    "officials after a six-hour operation on Sunday, ending a night of panic among residents. "
    "The animal, a young male, was tranquillised and will be released deep in the reserve "
    "forest once a veterinarian has examined it, the divisional forest officer told reporters."
)


def story_records() -> list[dict[str, Any]]:
    body = "\n\n".join(PARAGRAPHS)
    return [
        record(1, site="alpha", body=body, published_at="2024-12-17T10:00:00Z"),
        record(2, site="beta", body="LUCKNOW, Dec 17 (PTI) — " + body,
               published_at="2024-12-17T08:00:00Z", title="Farmers get relief"),
        record(3, site="gamma", body="\n\n".join(PARAGRAPHS[:3]),
               published_at="2024-12-17T09:00:00Z"),
        record(4, site="alpha", body=OTHER, published_at="2024-12-16T09:00:00Z"),
    ]


def story_ids(out: Path) -> dict[str, str]:
    return {slug(r["url"]): r["story_id"] for r in pq.read_table(out).to_pylist()}


def test_stories_give_copies_one_stable_id(tmp_path: Path) -> None:
    recs = story_records()
    forward, backward = tmp_path / "f.parquet", tmp_path / "b.parquet"
    assert export(write_jsonl(tmp_path / "f.jsonl", *recs), "-o", forward, "--stories",
                  "-q") == 0
    assert export(write_jsonl(tmp_path / "b.jsonl", *recs[::-1]), "-o", backward, "--stories",
                  "-q") == 0
    ids = story_ids(forward)
    earliest = story_id_of(recs[1]["url"])  # story-2 was published first
    assert ids == {"story-1": earliest, "story-2": earliest, "story-3": earliest,
                   "story-4": story_id_of(recs[3]["url"])}
    assert story_ids(backward) == ids
    assert manifest_of(forward)["counts"]["stories"] == 2


@pytest.mark.parametrize("fmt", ["csv", "duckdb", "jsonl"])
def test_story_id_column_in_every_format(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    assert export(write_jsonl(tmp_path / "in.jsonl", *story_records()), "-o", out,
                  "--stories", "-q") == 0
    if fmt == "csv":
        with out.open(encoding="utf-8", newline="") as f:
            ids = [row["story_id"] for row in csv.DictReader(f)]
    elif fmt == "duckdb":
        with duckdb.connect(str(out), read_only=True) as con:
            ids = [r[0] for r in con.execute("SELECT story_id FROM articles").fetchall()]
    else:
        ids = [orjson.loads(line)["story_id"] for line in out.read_bytes().splitlines()]
    assert len(set(ids)) == 2
    assert len(ids) == 4


def test_dedupe_stories_keeps_the_earliest_published(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert export(write_jsonl(tmp_path / "in.jsonl", *story_records()), "-o", out,
                  "--dedupe-stories", "-q") == 0
    kept = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert [slug(r["url"]) for r in kept] == ["story-2", "story-4"]
    assert kept[0]["story_id"] == story_id_of(kept[0]["url"])
    m = manifest_of(out)
    assert (m["counts"]["story_duplicates"], m["counts"]["stories"]) == (2, 2)
    assert m["options"]["stories"] is True


class TitleClusterer:
    """A stand-in StoryClusterer: one story per exact title, to test the ids alone."""

    def __init__(self, *, workdir: Path) -> None:
        self.titles: list[str | None] = []

    def add(self, title: str | None, body: str) -> int:
        self.titles.append(title)
        return len(self.titles) - 1

    def labels(self) -> np.ndarray[Any, np.dtype[np.int64]]:
        first: dict[str | None, int] = {}
        return np.array([first.setdefault(t, i) for i, t in enumerate(self.titles)])

    def __enter__(self) -> TitleClusterer:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        pass


def test_story_ids_break_ties_and_place_undated_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("newsscraper.datasets.stories.StoryClusterer", TitleClusterer)
    same = "2024-12-17T10:00:00Z"
    recs = [
        record(1, title="A", published_at=None),  # undated: never the earliest when others are
        record(2, title="A", published_at=same), record(3, title="A", published_at=same),
        record(4, title="B", published_at=None, modified_at="2024-12-01T00:00:00Z"),
        record(5, title="B", published_at="2024-12-02T00:00:00Z"),
        record(6, title="C", published_at=None),
    ]
    out = tmp_path / "out.jsonl"
    assert export(write_jsonl(tmp_path / "in.jsonl", *recs), "-o", out, "--stories", "-q") == 0
    got = [orjson.loads(line)["story_id"] for line in out.read_bytes().splitlines()]
    tie = min(story_id_of(recs[1]["url"]), story_id_of(recs[2]["url"]))
    assert got == [tie, tie, tie, story_id_of(recs[3]["url"]), story_id_of(recs[3]["url"]),
                   story_id_of(recs[5]["url"])]

