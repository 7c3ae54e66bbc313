"""The SSRF guard (RELIABILITY.md #38): private, loopback and link-local targets are refused.

Unit tests judge hostile spellings and DNS answers without a network; the end-to-end test runs
a crawl (`tests/fetch_spider.py`, no allowed_domains) that meets links to a canary server in
every spelling, and the canary must count 0 requests.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import subprocess
import sys
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.test import get_crawler

from newsscraper.netguard import Allowlist, PrivateAddressMiddleware, literal_address, refusal
from newsscraper.testsite import build_site, serve

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("host", "address"), [
    ("169.254.169.254", "169.254.169.254"),
    ("2130706433", "127.0.0.1"),
    ("0x7f.1", "127.0.0.1"),
    ("0x7f000001", "127.0.0.1"),
    ("0177.0.0.1", "127.0.0.1"),
    ("127.1", "127.0.0.1"),
    ("[::1]", "::1"),
    ("::ffff:127.0.0.1", "127.0.0.1"),
    ("10.1.2.3", "10.1.2.3"),
])
def test_every_spelling_of_an_address_is_read_as_that_address(host: str, address: str) -> None:
    assert str(literal_address(host)) == address


@pytest.mark.parametrize("host", [
    "169.254.169.254", "127.0.0.1", "2130706433", "0x7f.1", "[::1]", "10.0.0.5", "192.168.1.1",
    "172.16.0.1", "100.64.0.1", "0.0.0.0", "fe80::1", "fc00::1", "::ffff:10.0.0.1",  # noqa: S104
])
def test_private_loopback_and_link_local_addresses_are_refused(host: str) -> None:
    address = literal_address(host)
    assert refusal(host.strip("[]"), 80, address, Allowlist()) is not None


@pytest.mark.parametrize("host", ["93.184.215.14", "8.8.8.8", "2606:4700::1111"])
def test_public_addresses_pass(host: str) -> None:
    assert refusal(host, 80, literal_address(host), Allowlist()) is None


def test_the_start_host_and_the_allowlist_pass_but_only_as_named() -> None:
    allow = Allowlist.parse(["intranet.local", "localhost:9000", "10.0.0.0/8"],
                            starts=["http://127.0.0.1:8000/portal/"])
    lo = ipaddress.ip_address("127.0.0.1")
    assert refusal("127.0.0.1", 8000, lo, allow) is None  # the crawl's own start host
    assert refusal("127.0.0.1", 6379, lo, allow) is not None  # same host, another port
    assert refusal("localhost", 9000, lo, allow) is None
    assert refusal("localhost", 9001, lo, allow) is not None
    assert refusal("intranet.local", 80, ipaddress.ip_address("192.168.0.9"), allow) is None
    assert refusal("db.corp", 80, ipaddress.ip_address("10.9.9.9"), allow) is None  # network


def test_cloud_metadata_needs_the_allowlist_even_as_the_start_host() -> None:
    metadata = ipaddress.ip_address("169.254.169.254")
    started_there = Allowlist.parse([], starts=["http://169.254.169.254/"])
    assert refusal("169.254.169.254", 80, metadata, started_there) is not None
    assert refusal("169.254.169.254", 80, metadata,
                   Allowlist.parse(["169.254.169.254"])) is None


def judge(middleware: PrivateAddressMiddleware, url: str) -> bool:
    """Whether the middleware lets `url` through."""
    try:
        asyncio.run(middleware.process_request(Request(url)))
    except IgnoreRequest:
        return False
    return True


def test_names_are_judged_by_their_dns_answer() -> None:
    answers = {"news.example": "93.184.215.14", "rebound.example": "127.0.0.1"}

    async def resolve(host: str) -> str | None:
        return answers.get(host)

    crawler = get_crawler(settings_dict={"NEWSSCRAPER_ALLOWED_PRIVATE_HOSTS": ["localhost"]})
    middleware = PrivateAddressMiddleware(crawler, resolve)
    assert judge(middleware, "http://news.example/2024/12/story/")
    assert not judge(middleware, "http://rebound.example/latest/meta-data/")
    assert judge(middleware, "http://localhost:9000/")  # allowlisted by name: not resolved
    assert judge(middleware, "http://unknown.example/")  # no answer: the download reports it
    answers["news.example"] = "127.0.0.1"  # a new DNS answer mid-run is not seen:
    assert judge(middleware, "http://news.example/2024/12/other/")  # the verdict is the run's
    assert crawler.stats.get_value("newsscraper/blocked/private address") == 1


def test_a_canary_in_every_spelling_gets_no_request(tmp_path: Path) -> None:
    """End to end (RELIABILITY.md D11): links to loopback under other names and numbers."""
    with serve(build_site(articles_per_site=4)) as site, serve({}) as canary:
        port = canary.url.rsplit(":", 1)[1]
        links = [f"http://{host}:{port}/latest/meta-data/" for host in (
            "127.0.0.1", "localhost", "2130706433", "0x7f.1", "0177.0.0.1", "127.1", "[::1]")]
        links.append("http://169.254.169.254/latest/meta-data/")
        stats = tmp_path / "stats.json"
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "runspider", str(ROOT / "tests" / "fetch_spider.py"),
             "-a", f"urls={site.url}/", "-a", "follow=" + " ".join(links), "-a",
             f"stats={stats}", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"],
            capture_output=True, text=True, timeout=120, cwd=ROOT,
        )
        assert result.returncode == 0, result.stderr
        assert list(canary.requests) == []
        assert site.requests.paths() == ["/robots.txt", "/"]  # the start host itself is fine
    counted = json.loads(stats.read_text(encoding="utf-8"))
    assert counted["newsscraper/blocked/private address"] == len(links)
    assert "SSRF guard" in result.stderr
