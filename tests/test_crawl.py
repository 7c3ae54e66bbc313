"""End-to-end crawls over loopback: `newsscraper crawl` in a subprocess against the testsite.

Each crawl runs as its own process (a Twisted reactor starts once per process) against the
bundled test site (`newsscraper.testsite`, both sites under one origin) served from a thread of
the test process; its manifest says what a crawl must find and its request log is the evidence.
Politeness is off (-s DOWNLOAD_DELAY=0 …) except where a test measures it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from scrapy import Request
from scrapy.robotstxt import ProtegoRobotParser, RobotParser
from scrapy.utils.test import get_crawler
from twisted.internet.defer import Deferred

from newsscraper.middlewares import RobotsPolicyMiddleware
from newsscraper.state import SqliteState
from newsscraper.testsite import TestSiteServer, build_site, serve

FAST = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False")
#: One request at a time per host, 30 ms apart: nothing is in flight when a test looks.
ONE_AT_A_TIME = ("-s", "DOWNLOAD_DELAY=0.03", "-s", "DOWNLOAD_DELAY_JITTER=0")
DISALLOWED = ("/portal/private/", "/portal/wp-admin/", "/wire/internal/", "/wire/newsletter/")


@pytest.fixture
def site() -> Iterator[TestSiteServer]:
    with serve(build_site(articles_per_site=8)) as server:
        yield server


def crawl_argv(target: str, tmp: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "newsscraper.cli", "crawl", target, "-o", str(tmp / "out.jsonl"),
            "--state", str(tmp / "state.sqlite"), *FAST, *extra]


def crawl(server: TestSiteServer, tmp: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(crawl_argv(server.url + "/", tmp, *extra), capture_output=True,
                            text=True, timeout=120, cwd=tmp)
    assert result.returncode == 0, result.stderr
    return result


def records(tmp: Path) -> list[dict[str, object]]:
    path = tmp / "out.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def urls(tmp: Path) -> list[str]:
    return sorted(str(r["url"]) for r in records(tmp))


def expected(server: TestSiteServer, *statuses: str) -> list[str]:
    return sorted(a.url for a in server.manifest() if not statuses or a.status in statuses)


def summary_count(stderr: str, row: str) -> int:
    line = next(line for line in stderr.splitlines() if line.strip().startswith(row))
    return int(line.split()[len(row.split())])


def test_first_run_finds_every_article_once_and_nothing_disallowed(
    site: TestSiteServer, tmp_path: Path
) -> None:
    result = crawl(site, tmp_path)
    assert urls(tmp_path) == expected(site)  # every article, exactly once, nothing else
    assert {r["version"] for r in records(tmp_path)} == {1}
    requested = site.requests.paths()
    assert not [p for p in requested if p.startswith(DISALLOWED)]  # robots.txt
    assert summary_count(result.stderr, "records new") == len(expected(site))


def test_second_run_emits_nothing_and_downloads_no_article(
    site: TestSiteServer, tmp_path: Path
) -> None:
    crawl(site, tmp_path)
    site.requests.clear()
    result = crawl(site, tmp_path)
    assert urls(tmp_path) == expected(site)
    article_paths = {urlsplit(u).path for u in expected(site)}
    fetched = [r for r in site.requests if urlsplit(r.path).path in article_paths]
    assert all("if-none-match" in r.headers for r in fetched)  # conditional: a 304 each
    assert summary_count(result.stderr, "not modified") == len(fetched)
    not_requested = summary_count(result.stderr, "lastmod same")
    assert len({r.path for r in fetched}) + not_requested == len(article_paths)


def test_revision_two_emits_exactly_the_updated_and_the_new(
    site: TestSiteServer, tmp_path: Path
) -> None:
    crawl(site, tmp_path)
    before = len(records(tmp_path))
    site.set_revision(2)  # some updated, some added, some changed only by a comment/widget
    crawl(site, tmp_path)
    crawl(site, tmp_path)  # and a second run on revision 2 adds nothing
    added = {str(r["url"]): r["version"] for r in records(tmp_path)[before:]}
    assert sorted(added) == expected(site, "new", "updated")
    for row in site.manifest():
        if row.url in added:
            assert added[row.url] == (2 if row.status == "updated" else 1)


def test_links_are_the_last_resort_without_sitemaps_or_feeds(tmp_path: Path) -> None:
    with serve(build_site(articles_per_site=30)) as site:  # enough for listing page 2
        for path in ("/portal/sitemap_index.xml", "/portal/news-sitemap.xml", "/sitemap.xml",
                     "/wire/sitemaps/index.xml", "/wire/sitemaps/news.xml", "/portal/feed/",
                     "/wire/feeds/latest.atom"):
            site.add_fault(path, 404)
        crawl(site, tmp_path)
        assert urls(tmp_path) == expected(site)
        requested = site.requests.paths()
    assert "/portal/page/2/" in requested  # listing pagination
    assert any(p.startswith("/wire/api/more?") for p in requested)  # the "Load more" endpoint


def test_redirects_off_site_are_never_followed(site: TestSiteServer, tmp_path: Path) -> None:
    """RELIABILITY.md #36: an article 302s to another origin (other port, other host name)."""
    with serve({}) as canary:
        moved = expected(site)[:2]
        site.add_redirect(urlsplit(moved[0]).path, canary.url + "/stolen/")
        localhost = canary.url.replace("127.0.0.1", "localhost")
        site.add_redirect(urlsplit(moved[1]).path, localhost + "/stolen-too/")
        crawl(site, tmp_path)
        assert list(canary.requests) == []
    assert urls(tmp_path) == sorted(set(expected(site)) - set(moved))


def test_archive_then_parse_reproduces_the_records(site: TestSiteServer, tmp_path: Path) -> None:
    crawl(site, tmp_path, "--archive", str(tmp_path / "warc"))
    warcs = sorted(str(p) for p in (tmp_path / "warc").glob("*.warc.gz"))
    assert warcs
    reparsed = tmp_path / "reparsed.jsonl"
    subprocess.run([sys.executable, "-m", "newsscraper.cli", "parse", *warcs, "-o",
                    str(reparsed), "-q"], check=True, timeout=60)
    assert reparsed.read_bytes() == (tmp_path / "out.jsonl").read_bytes()


def test_a_locked_state_refuses_a_second_run(site: TestSiteServer, tmp_path: Path) -> None:
    holder = SqliteState(tmp_path / "state.sqlite")  # stands in for a run in progress
    try:
        result = subprocess.run(crawl_argv(site.url + "/", tmp_path), capture_output=True,
                                text=True, timeout=60, cwd=tmp_path)
    finally:
        holder.close()
    assert result.returncode == 2
    assert f"in use by another newsscraper run (pid {os.getpid()})" in result.stderr
    assert list(site.requests) == []


def test_robots_txt_server_error_keeps_the_crawl_off_the_host(
    site: TestSiteServer, tmp_path: Path
) -> None:
    site.add_fault("/robots.txt", 503)
    result = crawl(site, tmp_path)
    assert set(site.requests.paths()) == {"/robots.txt"}  # retried, then nothing else
    assert records(tmp_path) == []
    assert "staying off this host" in result.stderr


def test_retry_after_pauses_the_host_until_the_servers_time(
    site: TestSiteServer, tmp_path: Path
) -> None:
    target = urlsplit(expected(site)[3]).path
    site.add_fault(target, 429, {"Retry-After": "1"}, times=1)
    crawl(site, tmp_path, *ONE_AT_A_TIME)
    log = list(site.requests)
    first = next(i for i, r in enumerate(log) if r.path == target)
    assert len(log) > first + 1, "the crawl went on after the 429"
    assert log[first + 1].time - log[first].time >= 1.0  # nothing before the server's time
    assert urls(tmp_path) == expected(site)  # and the page came later


def test_retry_after_over_the_cap_defers_the_url_to_the_next_run(
    site: TestSiteServer, tmp_path: Path
) -> None:
    deferred = expected(site)[3]
    site.add_fault(urlsplit(deferred).path, 503, {"Retry-After": "3600"}, times=1)
    result = crawl(site, tmp_path)
    assert "deferring" in result.stderr
    assert summary_count(result.stderr, "deferred") == 1
    assert urls(tmp_path) == sorted(set(expected(site)) - {deferred})
    crawl(site, tmp_path)  # the next run picks it up
    assert urls(tmp_path) == expected(site)


def test_kill_9_mid_crawl_then_resume_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    """RELIABILITY.md #12, once (the bench repeats it at seeded random points)."""
    out = tmp_path / "out.jsonl"
    with serve(build_site(articles_per_site=60)) as server:
        argv = crawl_argv(server.url + "/", tmp_path, "-s", "DOWNLOAD_DELAY=0.005")
        process = subprocess.Popen(argv, cwd=tmp_path, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (
                not out.exists() or out.read_bytes().count(b"\n") < 25):
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert out.read_bytes().count(b"\n") < len(expected(server)), "finished before the kill"
        crawl(server, tmp_path)
        want = expected(server)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(line)["url"] for line in lines) == want  # none lost, none twice


def test_scrapy_crawl_works_for_scrapy_users(site: TestSiteServer, tmp_path: Path) -> None:
    project = Path(__file__).resolve().parents[1]
    feed = tmp_path / "feed.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"url={site.url}/", "-O",
         str(feed), *FAST], capture_output=True, text=True, timeout=120, cwd=project,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""  # records go to the feed, not to stdout
    lines = feed.read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(line)["url"] for line in lines) == expected(site)


def test_demo_crawls_the_bundled_site(tmp_path: Path) -> None:
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "newsscraper.cli", "demo"],
                            capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started < 60
    assert "politeness is off" in result.stderr
    demo = [json.loads(line) for line in
            (tmp_path / "data" / "demo.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(demo) == len(build_site().manifest())


# --- middleware details (no network) --------------------------------------------------------


def robots_middleware() -> RobotsPolicyMiddleware:
    crawler = get_crawler(settings_dict={"ROBOTSTXT_OBEY": True})
    return RobotsPolicyMiddleware.from_crawler(crawler)


def test_a_crawl_delay_above_the_maximum_skips_the_host() -> None:
    middleware = robots_middleware()
    rules = ProtegoRobotParser(b"User-agent: *\nCrawl-delay: 3600\n", None)
    middleware._read_crawl_delay(rules, "slow.example", Request("http://slow.example/"))
    parser = middleware._parsers["slow.example"]
    assert isinstance(parser, RobotParser)
    assert not parser.allowed("http://slow.example/2024/12/story/", "newsscraper")


def test_a_robots_txt_failure_refuses_the_requests_waiting_for_it() -> None:
    middleware = robots_middleware()
    waiting: Deferred[object] = Deferred()
    middleware._parsers["down.example"] = waiting
    middleware._robots_error(TimeoutError("no answer"), "down.example")
    answers: list[object] = []
    waiting.addCallback(answers.append)
    (parser,) = answers
    assert isinstance(parser, RobotParser)
    assert not parser.allowed("http://down.example/", "newsscraper")
