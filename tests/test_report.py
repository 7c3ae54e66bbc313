"""`newsscraper report`: aggregation numbers, series shaping, a self-contained and escaped page,
the command's exit codes, and (when Chromium is installed) a real headless render."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tracemalloc
from dataclasses import replace
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import orjson
import pytest

from newsscraper.cli import main
from newsscraper.datasets import reportcli
from newsscraper.datasets.records import BadLine
from newsscraper.datasets.report import aggregate, render_report, write_atomic
from newsscraper.datasets.report_data import BadLineRow, ReportData
from newsscraper.datasets.report_series import fold_tail, stacked_by_period
from newsscraper.datasets.report_stats import ReportStats
from newsscraper.items import FIELD_ORDER

CHROMIUM = Path("/usr/bin/chromium")
GENERATED = datetime(2024, 12, 20, 12, 0, tzinfo=UTC)
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> $\\alpha$ & "q"'


def rec(url: str, **fields: Any) -> dict[str, Any]:
    """A valid record (every schema key, right types); `fields` override the defaults."""
    base: dict[str, Any] = {
        "url": url, "canonical_url": None, "site": "alpha", "language": "en",
        "section": None, "title": f"Story at {url}", "subtitle": None, "body": "Text.",
        "authors": [], "agency": None, "dateline": None, "tags": [], "image_url": None,
        "published_at": "2024-12-01T10:00:00+05:30", "modified_at": None,
        "fetched_at": "2024-12-01T05:00:00+00:00", "word_count": 1,
        "content_hash": "sha256:" + "0" * 64, "version": 1, "extractor": "generic",
        "schema_version": 1,
    }
    base.update(fields)
    assert list(base) == list(FIELD_ORDER)
    return base


def hand_made() -> list[dict[str, Any]]:
    """Three sites, five URLs, eight records: updates, a repeat, an undated URL, a day written
    in a +05:30 offset that is the previous day in UTC."""
    return [
        rec("https://a.example/1", section="India", agency="PTI", authors=["A"],
            modified_at="2024-12-01T10:00:00+05:30"),
        rec("https://a.example/2", section="India", agency="IANS", tags=["x"],
            published_at="2024-12-02T01:30:00+05:30"),  # 2024-12-01 in UTC: day stays 12-02
        rec("https://a.example/1", section="World", agency=None, authors=["A"], version=2,
            modified_at="2024-12-01T12:30:00+05:30", fetched_at="2024-12-01T07:30:00+00:00",
            title="Story 1, updated"),
        rec("https://b.example/3", site="beta", published_at=None, section="India",
            image_url="https://b.example/i.jpg"),  # undated
        rec("https://a.example/2", section="India", agency="IANS", tags=["x"],
            published_at="2024-12-02T01:30:00+05:30"),  # a repeat of (URL, version 1)
        rec("https://a.example/1", section="World", version=3, authors=["A"],
            modified_at="2024-12-03T12:30:00+05:30", fetched_at="2024-12-03T07:00:00+00:00",
            published_at="2024-12-03T09:00:00+05:30", title="Story 1, final"),
        rec("https://c.example/4", site="gamma", version=2, agency="PTI", section="  ",
            fetched_at="2024-12-02T09:00:00+00:00"),
        rec("https://c.example/4", site="gamma", version=1, agency="PTI",
            fetched_at="2024-12-02T08:00:00+00:00"),  # older version arriving late
    ]


def stats_of(records: list[dict[str, Any]]) -> ReportData:
    stats = ReportStats()
    for r in records:
        stats.add(r)
    return stats.data(["hand.jsonl"])


def write_jsonl(path: Path, records: list[dict[str, Any]], extra: bytes = b"") -> Path:
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records) + extra)
    return path


# --- aggregation ---------------------------------------------------------------------------


def test_counts_use_the_latest_version_of_each_url() -> None:
    data = stats_of(hand_made())
    assert (data.records, data.unique_urls, data.repeats) == (8, 4, 1)
    assert data.sites == {"alpha": 2, "beta": 1, "gamma": 1}
    # URL 1 counts once, on the day of its version 3; URL 3 is undated.
    assert data.per_day_site == {
        (date(2024, 12, 1), "gamma"): 1,
        (date(2024, 12, 2), "alpha"): 1,
        (date(2024, 12, 3), "alpha"): 1,
    }
    assert data.undated == 1
    assert data.date_range == (date(2024, 12, 1), date(2024, 12, 3))
    assert data.per_day_agency == {
        (date(2024, 12, 1), "PTI"): 1,
        (date(2024, 12, 2), "IANS"): 1,
        (date(2024, 12, 3), ""): 1,
    }
    assert data.agencies == {"": 2, "IANS": 1, "PTI": 1}
    assert data.named_agencies == 2
    # The latest version of URL 1 is in "World"; a blank section counts as none.
    assert data.sections == {"": 1, "India": 2, "World": 1}


def test_field_coverage_is_a_share_of_urls_at_their_latest_version() -> None:
    data = stats_of(hand_made())
    assert data.filled["authors"] == 1  # URL 1 only
    assert data.filled["agency"] == 2  # URLs 2 and 4; URL 1 lost its agency in version 2
    assert data.filled["published_at"] == 3
    assert data.filled["modified_at"] == 1
    assert data.filled["image_url"] == 1
    assert data.filled["language"] == 4
    assert "dateline" not in data.filled
    assert data.share("published_at") == pytest.approx(0.75)
    assert data.share("dateline") == 0.0
    assert data.site_filled["alpha"] == {
        "language": 2, "section": 2, "authors": 1, "agency": 1, "tags": 1, "published_at": 2,
        "modified_at": 1,
    }


def test_update_statistics_see_every_version() -> None:
    data = stats_of(hand_made())
    assert data.url_versions == {1: 2, 2: 1, 3: 1}
    assert data.updated_urls == 2
    # 1 → 2: modified_at 10:00 → 12:30 (150 min); 2 → 3: two days by modified_at.
    assert data.gap_minutes == {150: 1, 2 * 1440: 1}
    top = data.top_stories
    assert [(s.url, s.version, s.title) for s in top] == [
        ("https://a.example/1", 3, "Story 1, final"),
        ("https://c.example/4", 2, "Story at https://c.example/4"),
    ]
    assert top[0].first_seen == datetime(2024, 12, 1, 5, 0, tzinfo=UTC)
    assert top[0].last_seen == datetime(2024, 12, 3, 7, 0, tzinfo=UTC)
    assert top[1].first_seen == datetime(2024, 12, 2, 8, 0, tzinfo=UTC)  # the late version 1


def test_gap_falls_back_to_fetched_at_without_modified_at() -> None:
    data = stats_of([
        rec("https://x.example/1"),
        rec("https://x.example/1", version=2, fetched_at="2024-12-01T05:45:00+00:00"),
    ])
    assert data.gap_minutes == {45: 1}


def test_most_updated_table_keeps_only_the_top_stories() -> None:
    stats = ReportStats(top_stories=3)
    for n in range(1, 8):
        for version in range(1, n + 1):
            stats.add(rec(f"https://x.example/{n}", version=version))
    assert [s.version for s in stats.data().top_stories] == [7, 6, 5]


def _retained(snapshot: tracemalloc.Snapshot, since: tracemalloc.Snapshot) -> int:
    """Bytes allocated between the snapshots and still held, by this file or newsscraper
    (so pytest's own bookkeeping does not count)."""
    mine = [tracemalloc.Filter(True, __file__), tracemalloc.Filter(True, "*/newsscraper/*")]
    diff = snapshot.filter_traces(mine).compare_to(since.filter_traces(mine), "filename")
    return sum(stat.size_diff for stat in diff)


def test_memory_grows_with_urls_not_with_records() -> None:
    """No record is kept: more versions of one URL with 10 KB bodies cost nothing, and
    10,000 distinct URLs cost a few hundred bytes each. (Warm-up first: CPython keeps up to
    2,000 freed tuples per size on a free list, which tracemalloc counts as in use.)"""
    body = "word " * 2000
    stats = ReportStats()
    for version in range(1, 3001):
        stats.add(rec("https://m.example/live-blog", version=version, body=body))
    tracemalloc.start()
    try:
        start = tracemalloc.take_snapshot()
        for version in range(3001, 6001):
            stats.add(rec("https://m.example/live-blog", version=version, body=body))
        one_url = tracemalloc.take_snapshot()
        for n in range(10_000):
            stats.add(rec(f"https://m.example/{n}", body=body))
        many_urls = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    assert _retained(one_url, start) < 20_000  # 3,000 kept bodies would be 30 MB
    assert _retained(many_urls, one_url) / 10_000 < 400


def test_bad_lines_are_counted_with_file_and_line(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", hand_made()[:2],
                       b'{"url": "x"}\nnot json\n' + orjson.dumps(rec("https://z.example/"))[:30])
    seen: list[BadLine] = []
    data = aggregate([path], on_bad=seen.append)
    assert data.records == 2
    assert (data.bad_lines, data.torn_lines) == (3, 1)
    assert [(b.line_no, b.reason[:13]) for b in data.bad_examples] == [
        (3, "missing keys:"), (4, "not valid JSO"), (5, "torn last lin"),
    ]
    assert len(seen) == 3


# --- series --------------------------------------------------------------------------------


def test_long_tail_is_folded_into_other() -> None:
    counts = {f"site{i:02}": 100 - i for i in range(30)}
    shown = fold_tail(counts, 8)
    assert shown == [f"site{i:02}" for i in range(8)]
    per_day = {(date(2024, 12, 1), name): n for name, n in counts.items()}
    stacked = stacked_by_period(per_day, shown, "other (22 sites)")
    assert stacked.layers[-1] == ("other (22 sites)", [sum(100 - i for i in range(8, 30))])


def test_long_ranges_are_binned_by_week_then_month() -> None:
    weeks = stacked_by_period({(date(2024, 1, 1), "a"): 1, (date(2024, 8, 1), "a"): 1},
                              ["a"], "other")
    assert weeks.unit == "week"
    assert weeks.periods[0] == date(2024, 1, 1)  # a Monday
    months = stacked_by_period({(date(2020, 1, 5), "a"): 1, (date(2024, 8, 1), "a"): 1},
                               ["a"], "other")
    assert months.unit == "month"
    assert (months.periods[0], months.periods[-1]) == (date(2020, 1, 1), date(2024, 8, 1))
    assert sum(months.layers[0][1]) == 2


def test_a_stray_date_does_not_stretch_the_time_axis() -> None:
    per_day = {(date(2024, 12, d), "a"): 50 for d in range(1, 29)}
    per_day[date(1970, 1, 1), "a"] = 1
    stacked = stacked_by_period(per_day, ["a"], "other")
    assert (stacked.unit, stacked.hidden) == ("day", 1)
    assert stacked.periods[0] == date(2024, 12, 1)


# --- the page ------------------------------------------------------------------------------


class Elements(HTMLParser):
    """Every start tag with its attributes, and the page's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_page(page: str) -> Elements:
    parser = Elements()
    parser.feed(page)
    return parser


@pytest.fixture(scope="module")
def page() -> str:
    return render_report(stats_of(hand_made()), title="Hand-made", generated=GENERATED)


def test_page_is_self_contained(page: str) -> None:
    parsed = parse_page(page)
    names = {tag for tag, _ in parsed.tags}
    assert "script" not in names
    assert "svg" in names
    for tag, attrs in parsed.tags:
        for key in ("src", "href", "xlink:href", "srcset", "data"):
            value = (attrs.get(key) or "").strip().lower()
            assert not value.startswith(("http:", "https:", "//")), (tag, key, value)
        if tag == "link":
            assert attrs.get("rel") != "stylesheet", attrs
    assert "<script src" not in page.lower()
    assert "@import" not in page
    assert "url(http" not in page


def test_page_shows_headline_numbers_and_sections(page: str) -> None:
    text = " ".join(parse_page(page).text)
    for expected in ("Hand-made", "Unique URLs", "Articles per day by site", "Field coverage",
                     "Field coverage by site", "Versions per URL", "Time between versions",
                     "Most-updated stories", "Story 1, final", "https://a.example/1"):
        assert expected in text, expected
    assert page.count("<svg ") == 7


def test_strings_from_the_data_are_escaped() -> None:
    records = [rec(f"https://h.example/{n}?q=<b>{n}", title=HOSTILE, site=HOSTILE,
                   section=HOSTILE, agency=HOSTILE, version=v)
               for n in range(2) for v in (1, 2)]
    data = stats_of(records)
    bad = BadLineRow("<script>in.jsonl", 3, "not valid JSON: <script>")
    data = replace(data, bad_lines=1, bad_examples=[bad])
    page = render_report(data, title=HOSTILE, generated=GENERATED)
    parsed = parse_page(page)
    names = [tag for tag, _ in parsed.tags]
    assert "script" not in names
    assert "img" not in names
    assert not any("onerror" in attrs for _, attrs in parsed.tags)
    assert "&lt;script&gt;" in page
    assert "$\\alpha$" in " ".join(parsed.text)  # shown as typed, not as TeX


def test_one_site_and_thirty_sites_render() -> None:
    one = render_report(stats_of([rec(f"https://o.example/{n}") for n in range(5)]),
                        generated=GENERATED)
    assert "Field coverage by site" not in one  # nothing to compare with one site
    many = [rec(f"https://s{i}.example/{n}", site=f"site-{i:02}", agency=f"AG{i % 12}")
            for i in range(30) for n in range(30 - i)]
    page = render_report(stats_of(many), generated=GENERATED)
    assert "other (22 sites)" in page
    assert "other (5 agencies)" in page  # 12 agencies, 7 with a colour


def test_empty_input_still_makes_a_page(tmp_path: Path) -> None:
    data = aggregate([write_jsonl(tmp_path / "empty.jsonl", [])])
    page = render_report(data, generated=GENERATED)
    assert "No records in the input." in page


def test_write_atomic_replaces_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")
    write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


# --- the command ---------------------------------------------------------------------------


def test_cli_writes_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", hand_made(), b"broken\n")
    out = tmp_path / "report.html"
    assert main(["report", str(src), "-o", str(out), "--title", "Week 49"]) == 0
    assert "<title>Week 49</title>" in out.read_text(encoding="utf-8")
    err = capsys.readouterr().err
    assert "report: 8 records, 4 URLs, 3 sites" in err
    assert "1 bad input line skipped" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.jsonl", "-o", "r.html"], "cannot read input missing.jsonl"),
        (["in.jsonl", "-o", "no/such/dir/r.html"], "folder no/such/dir does not exist"),
        (["in.jsonl", "-o", "."], "is a folder"),
    ],
)
def test_cli_usage_errors_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    args: list[str], message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    write_jsonl(tmp_path / "in.jsonl", hand_made())
    assert main(["report", *args]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err
    assert len(err.splitlines()) == 1
    assert not (tmp_path / "r.html").exists()


def test_cli_needs_an_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "in.jsonl"]) == 2
    assert "-o/--output" in capsys.readouterr().err


def test_cli_says_which_extra_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "matplotlib" else real(name, *a))
    src = write_jsonl(tmp_path / "in.jsonl", hand_made())
    assert main(["report", str(src), "-o", str(tmp_path / "r.html")]) == 2
    assert reportcli.MISSING_EXTRA in capsys.readouterr().err


def test_help_has_an_example_and_does_not_import_matplotlib() -> None:
    code = ("import sys; from newsscraper.cli import main; main(['report', '--help']); "
            "print('matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    assert "newsscraper report data/demo.jsonl -o report.html" in out
    assert out.strip().endswith("False")


# --- a real render -------------------------------------------------------------------------


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")
def test_headless_chromium_renders_a_non_blank_page(tmp_path: Path, page: str) -> None:
    import matplotlib.image

    html = tmp_path / "report.html"
    html.write_text(page, encoding="utf-8")
    png = tmp_path / "shot.png"
    subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,1600",
         f"--screenshot={png}", html.as_uri()],
        capture_output=True, timeout=60, check=False,
    )
    if not png.exists():
        pytest.skip("chromium did not produce a screenshot here")
    pixels = matplotlib.image.imread(png)
    assert pixels.shape[:2] == (1600, 1280)
    assert pixels.std() > 0.05  # not one flat colour
