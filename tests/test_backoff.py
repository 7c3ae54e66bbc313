"""429/503 without Retry-After (RELIABILITY.md #4): per-host back-off, parking, other hosts.

Two loopback servers on two addresses (127.0.0.1 and 127.0.0.2, both loopback on Linux), one
crawl over both (`tests/fetch_spider.py`, run as a subprocess from the project directory, so
the project's middlewares apply). The servers' request logs are the evidence.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from newsscraper.backoff import backoff_wait
from newsscraper.testsite import LoggedRequest, Page, serve

ROOT = Path(__file__).resolve().parents[1]
PAGES = 50
STORM_URLS = 40  # more than CONCURRENT_REQUESTS: a paused host must not hold every slot
BASE = 0.05
DELAY = 0.04
SETTINGS = {
    "DOWNLOAD_DELAY": DELAY, "DOWNLOAD_DELAY_JITTER": 0, "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 8, "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    "NEWSSCRAPER_BACKOFF_BASE": BASE, "LOG_LEVEL": "INFO",
}


def page() -> Page:
    return Page(b"<!DOCTYPE html><title>ok</title><p>ok</p>", "text/html; charset=utf-8",
                datetime(2024, 12, 18, tzinfo=UTC))


def fetch(tmp: Path, urls: list[str], **settings: object) -> tuple[dict[str, object], str]:
    """Crawl `urls` in one process; its stats and its log."""
    stats = tmp / "stats.json"
    argv = [sys.executable, "-m", "scrapy", "runspider", str(ROOT / "tests" / "fetch_spider.py"),
            "-a", "urls=" + " ".join(urls), "-a", f"stats={stats}"]
    for name, value in {**SETTINGS, **settings}.items():
        argv += ["-s", f"{name}={value}"]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return json.loads(stats.read_text(encoding="utf-8")), result.stderr


def pages_per_second(log: list[LoggedRequest]) -> float:
    times = [r.time for r in log if r.path.startswith("/a/")]
    assert len(times) == PAGES
    return (len(times) - 1) / (times[-1] - times[0])


def test_a_storming_host_backs_off_and_is_parked_while_the_other_keeps_its_pace(
    tmp_path: Path,
) -> None:
    good_pages = {f"/a/{i}": page() for i in range(PAGES)}
    with serve(good_pages) as good, serve({}, host="127.0.0.2") as storm:
        for i in range(STORM_URLS):
            storm.add_fault(f"/s/{i}", 503)  # no Retry-After: a storm
        good_urls = [f"{good.url}/a/{i}" for i in range(PAGES)]
        storm_urls = [f"{storm.url}/s/{i}" for i in range(STORM_URLS)]
        (tmp_path / "alone").mkdir()
        fetch(tmp_path / "alone", good_urls)
        baseline = pages_per_second(good.requests.snapshot())
        good.requests.clear()
        stats, log = fetch(tmp_path, storm_urls + good_urls)
        during = pages_per_second(good.requests.snapshot())
        hits = [r for r in storm.requests if r.path.startswith("/s/")]
    # The storming host: 5 requests in all, each after a doubled pause, then parked.
    assert len(hits) == 5, [r.path for r in hits]
    for n, (before, after) in enumerate(itertools.pairwise(hits), start=1):
        assert after.time - before.time >= 0.9 * backoff_wait(n, BASE, 60.0)
    assert stats["newsscraper/hosts_parked"] == 1
    assert stats["newsscraper/deferred/host parked"] >= STORM_URLS - 5
    assert "127.0.0.2: 5 answers of 429/503 in a row; host parked" in log
    # The other host kept its pace meanwhile.
    assert during > 0.8 * baseline, (during, baseline)


def test_retry_after_is_waited_for_and_does_not_use_up_the_retries(tmp_path: Path) -> None:
    """A 429 with Retry-After is the server's word: no back-off failure, no parking, and the
    URL survives more such answers than RETRY_TIMES (1 here), never retried before the time."""
    with serve({"/a/0": page()}) as server:
        server.add_fault("/a/0", 429, {"Retry-After": "1"}, times=2)
        stats, _ = fetch(tmp_path, [f"{server.url}/a/0"], RETRY_TIMES=1)
        hits = [r.time for r in server.requests if r.path == "/a/0"]
    assert len(hits) == 3
    assert all(after - before >= 0.95 for before, after in itertools.pairwise(hits))
    assert stats["downloader/response_status_count/200"] == 1
    assert "newsscraper/hosts_parked" not in stats
