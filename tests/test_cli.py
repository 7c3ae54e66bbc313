"""The `newsscraper` command: parse and sites, exit codes, stderr/stdout discipline, --jobs."""

from __future__ import annotations

import hashlib
import io
import os
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
import pytest
from scrapy.http import TextResponse

import newsscraper.extract
from newsscraper._report import Progress, RunReport
from newsscraper.cli import main
from newsscraper.items import FIELD_ORDER, Article, Skip
from newsscraper.pipelines import JsonlWriterPipeline
from newsscraper.sites import all_profiles

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = (
    "Heavy rain lashed the coastal districts on Tuesday, flooding low-lying areas and "
    "disrupting train services, officials said. The weather office issued an orange alert for "
    "the next two days and told fishermen to stay ashore until the weekend. "
)


def article_page(n: int, paragraphs: int = 3) -> str:
    """A realistic news page: canonical URL, JSON-LD, headline, a few paragraphs."""
    url = f"https://news.example.in/2024/12/17/monsoon-rains-{n}/"
    body = "".join(f"<p>({n}.{i}) {SENTENCES}</p>" for i in range(paragraphs))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Monsoon rains lash coastal districts, part {n} | Example News</title>
<link rel="canonical" href="{url}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Monsoon rains lash coastal districts, part {n}",
"datePublished": "2024-12-17T09:30:00+05:30", "author": {{"@type": "Person", "name": "Asha Rao"}}}}
</script></head><body><article><h1>Monsoon rains lash coastal districts, part {n}</h1>
{body}</article></body></html>"""


NOT_AN_ARTICLE = (
    '<html><head><title>Contact us</title><link rel="canonical" '
    'href="https://news.example.in/contact/"></head><body><p>Call us.</p></body></html>'
)


def save_pages(folder: Path, count: int, paragraphs: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        path = folder / f"page-{n:03}.html"
        path.write_text(article_page(n, paragraphs), encoding="utf-8")
        os.utime(path, (1734420780, 1734420780))  # fixed mtime → fixed fetched_at
    return folder


def stub_extract(response: TextResponse, *, fetched_at: datetime, **kw: Any) -> Article | Skip:
    """Stands in for the real extractor where a test needs to control the outcome."""
    title = response.css("h1::text").get()
    body = "\n\n".join(response.css("p::text").getall())
    if not title or len(body.split()) < 20:
        return Skip("not an article", response.url)
    return Article(
        url=response.url, canonical_url=None, site="news.example.in", language=None,
        section=None, title=title, subtitle=None, body=body, authors=[], agency=None,
        dateline=None, tags=[], image_url=None, published_at=None, modified_at=None,
        fetched_at=fetched_at.astimezone(UTC).isoformat(), word_count=len(body.split()),
        content_hash="sha256:" + hashlib.sha256(f"{title}\n\n{body}".encode()).hexdigest(),
        version=1, extractor="generic", schema_version=1,
    )


def run_cli(*args: str, **kw: Any) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "newsscraper.cli", *args],
        capture_output=True, env=env, timeout=120, check=False, **kw,
    )


def summary(err: str | bytes, row: str) -> str:
    """The summary line `row` ("records written") as "<count>  <by reason>"."""
    text = err.decode() if isinstance(err, bytes) else err
    found = re.search(rf"^  {row} +(\d+.*)$", text, re.MULTILINE)
    assert found, f"no {row!r} line in:\n{text}"
    return found.group(1)


def records(path: Path) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


# --- parse ----------------------------------------------------------------------------------


def test_parse_folder_to_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = save_pages(tmp_path / "in", 3)
    (pages / "contact.html").write_text(NOT_AN_ARTICLE, encoding="utf-8")
    (pages / "empty.html").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(pages), "-o", str(out)]) == 0
    rows = records(out)
    assert len(rows) == 3
    assert all(tuple(row) == FIELD_ORDER for row in rows)
    assert [row["url"] for row in rows] == [
        f"https://news.example.in/2024/12/17/monsoon-rains-{n}/" for n in range(3)
    ]
    err = capsys.readouterr().err
    assert summary(err, "pages read").startswith("4  ")
    assert summary(err, "records written") == "3"
    assert summary(err, "skipped").startswith("1  ")  # the reason is the extractor's to name
    assert summary(err, "input problems") == "1  empty file: 1"
    assert summary(err, "errors") == "0"


def test_same_input_same_bytes(tmp_path: Path) -> None:
    pages = save_pages(tmp_path / "in", 4)
    first, second = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    assert main(["parse", str(pages), "-o", str(first), "-q"]) == 0
    assert main(["parse", str(pages), "-o", str(second), "-q"]) == 0
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes()


def test_jobs_2_writes_the_same_bytes_as_jobs_1(tmp_path: Path) -> None:
    pages = save_pages(tmp_path / "in", 40)
    (pages / "page-017.html").write_bytes(b"")  # a problem in the middle keeps its place
    one, two = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    assert main(["parse", str(pages), "-o", str(one), "--jobs", "1", "-q"]) == 0
    assert main(["parse", str(pages), "-o", str(two), "--jobs", "2", "-q"]) == 0
    assert one.read_bytes() == two.read_bytes()
    assert len(records(one)) == 39


def test_duplicate_page_is_dropped_as_unchanged(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    pages = save_pages(tmp_path / "in", 1)
    (pages / "copy.html").write_text(article_page(0), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(pages), "-o", str(out)]) == 0
    assert len(records(out)) == 1
    assert summary(capsys.readouterr().err, "dropped") == "1  unchanged: 1"


def test_extract_errors_are_logged_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def flaky(response: TextResponse, *, fetched_at: datetime, **kw: Any) -> Article | Skip:
        if "monsoon-rains-1/" in response.url:
            raise RuntimeError("boom")
        return stub_extract(response, fetched_at=fetched_at)

    monkeypatch.setattr(newsscraper.extract, "extract", flaky)
    out = tmp_path / "out.jsonl"
    # The run completed: the error is logged with its URL and counted, not an exit status.
    assert main(["parse", str(save_pages(tmp_path / "in", 3)), "-o", str(out)]) == 0
    assert len(records(out)) == 2
    [error] = [r for r in caplog.records if r.levelname == "ERROR"]
    assert "https://news.example.in/2024/12/17/monsoon-rains-1/" in error.getMessage()
    assert "RuntimeError: boom" in error.getMessage()


def test_site_option_forces_the_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not all_profiles():
        pytest.skip("no site profiles registered")
    profile = all_profiles()[0]
    seen: list[Any] = []

    def spy(response: TextResponse, *, fetched_at: datetime, **kw: Any) -> Article | Skip:
        seen.append(kw.get("profile", "absent"))
        return stub_extract(response, fetched_at=fetched_at)

    monkeypatch.setattr(newsscraper.extract, "extract", spy)
    pages = str(save_pages(tmp_path / "in", 1))
    assert main(["parse", pages, "-o", str(tmp_path / "a.jsonl"), "--site", profile.name]) == 0
    assert main(["parse", pages, "-o", str(tmp_path / "b.jsonl")]) == 0
    assert seen == [profile, "absent"]


def test_url_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newsscraper.extract, "extract", stub_extract)
    page = save_pages(tmp_path / "in", 1) / "page-000.html"
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(page), "--url", "https://other.example/x", "-o", str(out)]) == 0
    assert records(out)[0]["url"] == "https://other.example/x"


# --- exit codes and one-line errors ---------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["parse", "{tmp}/missing.html"], "cannot read input {tmp}/missing.html: no such file"),
        (["parse", "{tmp}/in", "-o", "/nonexistent/dir/x.jsonl"],
         "cannot write output /nonexistent/dir/x.jsonl: No such file or directory"),
        (["parse", "{tmp}/in", "--site", "no-such-site"], "no site profile named 'no-such-site'"),
        (["parse", "{tmp}/in", "--url", "https://a.example/"], "--url needs exactly one HTML"),
    ],
)
def test_usage_problems_exit_2_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    save_pages(tmp_path / "in", 1)
    assert main([a.format(tmp=tmp_path) for a in args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsscraper: error: " + message.format(tmp=tmp_path))
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_locked_output_exits_2_naming_the_pid(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    holder = JsonlWriterPipeline(out)
    holder.open_spider()
    try:
        assert main(["parse", str(save_pages(tmp_path / "in", 1)), "-o", str(out)]) == 2
    finally:
        holder.close_spider()
    assert capsys.readouterr().err == (
        f"newsscraper: error: output {out} is locked by another newsscraper run "
        f"(pid {os.getpid()})\n"
    )


def test_bad_jobs_value_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "x.html", "--jobs", "0"]) == 2
    assert "expected a whole number >= 1" in capsys.readouterr().err


def test_bad_schedule_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["crawl", "https://a.example/", "--every", "soon"]) == 2
    assert "expected an interval such as 90s, 15m, 1h or 1h30m, got 'soon'" in (
        capsys.readouterr().err)
    assert main(["crawl", "https://a.example/", "--runs", "2"]) == 2
    assert capsys.readouterr().err == (
        "newsscraper: error: --runs goes with --every (how often to run)\n")


def test_help_explains_options_with_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "parse" in capsys.readouterr().out
    assert main(["parse", "--help"]) == 0
    text = capsys.readouterr().out
    for option in ("--output", "--url", "--site", "--jobs", "--verbose", "--quiet", "examples:"):
        assert option in text


def test_help_and_sites_start_without_scrapy() -> None:
    # Each subcommand imports what it needs when it runs (start-up time: 0.35 s -> 0.04 s).
    code = (
        "import sys\nfrom newsscraper.cli import main\n"
        "assert main(['--help']) == 0 and main(['crawl', '--help']) == 0\n"
        "assert main(['sites']) == 0\n"
        "heavy = ('scrapy', 'twisted', 'lxml', 'newsscraper.extract')\n"
        "assert not [m for m in heavy if m in sys.modules], sys.modules.keys()\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, timeout=60)


def test_quiet_prints_no_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["parse", str(save_pages(tmp_path / "in", 1)), "-o", str(out), "-q"]) == 0
    assert capsys.readouterr().err == ""


def test_progress_line_only_on_a_terminal() -> None:
    report = RunReport(pages=1234)
    quiet, shown = io.StringIO(), io.StringIO()
    Progress(quiet, enabled=False).tick(report)
    progress = Progress(shown, enabled=True)
    progress.tick(report)
    progress.clear()
    assert quiet.getvalue() == ""
    assert shown.getvalue().startswith("\r  1234 pages  ")
    assert shown.getvalue().endswith("\r\033[K")


def test_summary_counts_by_reason() -> None:
    report = RunReport(pages=3, written=1)
    report.skipped.update(["no body", "not an article", "not an article"])
    text = report.summary("parse")
    assert summary(text, "skipped") == "3  not an article: 2, no body: 1"
    assert summary(text, "records written") == "1"


# --- sites ----------------------------------------------------------------------------------


def test_sites_lists_every_profile(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sites"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == [p.name for p in all_profiles()]


# --- as a real process ----------------------------------------------------------------------


def test_stdout_has_records_only_and_logs_go_to_stderr(tmp_path: Path) -> None:
    done = run_cli("parse", str(save_pages(tmp_path / "in", 2)))
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert len(lines) == 2
    assert all(tuple(orjson.loads(line)) == FIELD_ORDER for line in lines)
    assert summary(done.stderr, "records written") == "2"


def test_piped_into_head_exits_cleanly(tmp_path: Path) -> None:
    # ~100 pages of ~4 KB: far more than a pipe buffer, so the writer does hit EPIPE.
    pages = save_pages(tmp_path / "in", 100, paragraphs=12)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with subprocess.Popen(
        [sys.executable, "-m", "newsscraper.cli", "parse", str(pages)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    ) as producer:
        assert producer.stdout is not None
        head = subprocess.run(["head", "-1"], stdin=producer.stdout, capture_output=True,
                              check=True, timeout=60)
        producer.stdout.close()  # only head reads the pipe now: its exit closes it
        _, err = producer.communicate(timeout=120)
    assert len(head.stdout.splitlines()) == 1
    assert orjson.loads(head.stdout)["url"].startswith("https://news.example.in/")
    assert producer.returncode == 0, err.decode()
    assert b"Traceback" not in err
    assert b"BrokenPipeError" not in err
    assert "output closed: 1" in summary(err, "dropped")  # it did hit the closed pipe


def test_unwritable_output_as_a_process(tmp_path: Path) -> None:
    done = run_cli("parse", str(save_pages(tmp_path / "in", 1)), "-o", "/nonexistent/dir/x.jsonl")
    assert done.returncode == 2
    assert done.stderr.count(b"\n") == 1
    assert done.stdout == b""


def test_locked_output_as_a_process(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    holder = JsonlWriterPipeline(out)
    holder.open_spider()  # this test process is "the other run"
    try:
        done = run_cli("parse", str(save_pages(tmp_path / "in", 1)), "-o", str(out))
    finally:
        holder.close_spider()
    assert done.returncode == 2
    assert done.stderr.decode() == (
        f"newsscraper: error: output {out} is locked by another newsscraper run "
        f"(pid {os.getpid()})\n"
    )
