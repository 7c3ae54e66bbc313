"""The project's Scrapy settings: the security- and politeness-relevant values, and wiring."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from scrapy.settings import Settings
from scrapy.utils.misc import build_from_crawler, is_generator_with_return_value, load_object
from scrapy.utils.test import get_crawler

from newsscraper import settings as project
from newsscraper.crawl import crawl_settings
from newsscraper.spiders.news import NewsSpider

ROOT = Path(__file__).resolve().parents[1]


def effective() -> Settings:
    settings = Settings()
    settings.setmodule(project, priority="project")
    return settings


def test_only_web_schemes_can_be_fetched() -> None:
    # RELIABILITY.md #37: a link, <loc> or redirect to file:, data:, ftp: (or s3:) is never fetched.
    handlers = effective().getwithbase("DOWNLOAD_HANDLERS")
    assert handlers["file"] is None
    assert handlers["data"] is None
    assert handlers["ftp"] is None
    assert handlers["s3"] is None
    assert handlers["http"]
    assert handlers["https"]


def test_no_ports_opened_and_no_cookies() -> None:
    settings = effective()
    assert settings.getbool("TELNETCONSOLE_ENABLED") is False  # RELIABILITY.md #44
    assert settings.getbool("REMOTE_CONTROL_ENABLED") is False  # runs code it is sent
    extensions = settings.get_component_priority_dict_with_base("EXTENSIONS")
    assert "scrapy.extensions.remote_control.RemoteControl" not in extensions  # nor loaded
    assert "scrapy.extensions.telnet.TelnetConsole" not in extensions
    assert "scrapy.extensions.throttle.AutoThrottle" in extensions  # the rest stays
    assert settings.getbool("COOKIES_ENABLED") is False  # RELIABILITY.md #40


def test_size_redirect_and_retry_limits() -> None:
    settings = effective()
    assert settings.getint("DOWNLOAD_MAXSIZE") == 32 * 1024 * 1024
    assert 0 < settings.getint("DOWNLOAD_WARNSIZE") <= settings.getint("DOWNLOAD_MAXSIZE")
    assert settings.getint("REDIRECT_MAX_TIMES") == 5
    assert {429, 503} <= set(settings.getlist("RETRY_HTTP_CODES"))
    assert 0 < settings.getfloat("NEWSSCRAPER_RETRY_AFTER_MAX") <= 600
    # RELIABILITY.md #4: delay·2^n per host, capped, parked after 5 failures in a row.
    assert {int(c) for c in settings.getlist("NEWSSCRAPER_BACKOFF_HTTP_CODES")} == {429, 503}
    assert settings.getint("NEWSSCRAPER_BACKOFF_PARK_AFTER") == 5
    assert 0 < settings.getfloat("NEWSSCRAPER_BACKOFF_BASE") < settings.getfloat(
        "NEWSSCRAPER_BACKOFF_MAX")


def test_robots_and_private_address_defaults() -> None:
    settings = effective()
    assert settings.getfloat("NEWSSCRAPER_ROBOTS_TTL") == 24 * 3600  # RFC 9309 §2.4
    assert settings.getfloat("NEWSSCRAPER_MAX_CRAWL_DELAY") == 30
    assert settings.getbool("NEWSSCRAPER_ROBOTS_401_403_DISALLOW") is False
    assert settings.getlist("NEWSSCRAPER_ALLOWED_PRIVATE_HOSTS") == []  # RELIABILITY.md #38


def test_polite_defaults() -> None:
    settings = effective()
    assert settings.getbool("ROBOTSTXT_OBEY") is True
    assert settings.getbool("AUTOTHROTTLE_ENABLED") is True
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 4
    assert settings.getfloat("DOWNLOAD_DELAY") == 1.0
    agent = settings.get("USER_AGENT")
    assert agent.startswith("newsscraper/")
    assert settings.get("NEWSSCRAPER_CONTACT_URL") in agent


def test_pipelines_items_and_feeds() -> None:
    settings = effective()
    assert settings.getdict("ITEM_PIPELINES") == {
        "newsscraper.pipelines.ValidatePipeline": 100,
        "newsscraper.pipelines.VersionPipeline": 200,
        "newsscraper.pipelines.JsonlWriterPipeline": 800,
    }
    assert settings.get("FEED_EXPORT_ENCODING") == "utf-8"
    assert settings.getint("CONCURRENT_ITEMS") == 1  # PERFORMANCE.md §2b
    # Gone from Scrapy 2.19: setting it would do nothing.
    assert "REQUEST_FINGERPRINTER_IMPLEMENTATION" not in settings


def test_downloader_middlewares_replace_and_order() -> None:
    order = effective().getwithbase("DOWNLOADER_MIDDLEWARES")
    assert order["scrapy.downloadermiddlewares.offsite.OffsiteMiddleware"] is None
    assert order["scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware"] is None
    assert order["newsscraper.middlewares.SameSiteMiddleware"] == 50
    assert order["newsscraper.middlewares.RobotsPolicyMiddleware"] == 100
    # The SSRF guard comes after the off-site filter and before any robots.txt request.
    guard = order["newsscraper.netguard.PrivateAddressMiddleware"]
    assert order["newsscraper.middlewares.SameSiteMiddleware"] < guard < 100
    retry = order["scrapy.downloadermiddlewares.retry.RetryMiddleware"]
    # process_response runs from high to low: Retry-After and 304 are seen before retrying.
    assert order["newsscraper.backoff.BackoffMiddleware"] > retry
    assert order["newsscraper.crawlstate.ConditionalRequestMiddleware"] > retry


def test_every_component_named_in_settings_loads() -> None:
    settings = effective()
    for name in ("DOWNLOADER_MIDDLEWARES", "ITEM_PIPELINES", "EXTENSIONS"):
        for path in settings.getdict(name):
            assert load_object(path)


def test_middlewares_build_from_the_project_settings() -> None:
    ours = {name: getattr(project, name) for name in dir(project) if name.isupper()}
    crawler = get_crawler(settings_dict=ours)
    for path in effective().getdict("DOWNLOADER_MIDDLEWARES"):
        if path.startswith("newsscraper."):
            assert build_from_crawler(load_object(path), crawler) is not None


def test_cookie_middleware_is_left_out_only_while_cookies_are_off() -> None:
    cookies = "scrapy.downloadermiddlewares.cookies.CookiesMiddleware"
    off = crawl_settings({}).get_component_priority_dict_with_base("DOWNLOADER_MIDDLEWARES")
    assert cookies not in off  # not even imported (start-up time)
    on = crawl_settings({}, [("COOKIES_ENABLED", "True")])
    assert on.get_component_priority_dict_with_base("DOWNLOADER_MIDDLEWARES")[cookies] == 700
    assert off["newsscraper.middlewares.SameSiteMiddleware"] == 50  # the rest is untouched


def test_command_line_settings_win_over_the_project() -> None:
    settings = crawl_settings({"NEWSSCRAPER_OUTPUT": "x.jsonl"}, [("DOWNLOAD_DELAY", "0")])
    assert settings.getfloat("DOWNLOAD_DELAY") == 0
    assert settings.getpriority("DOWNLOAD_DELAY") == settings.getpriority("NEWSSCRAPER_OUTPUT")
    assert settings.getbool("ROBOTSTXT_OBEY") is True  # everything else stays


def test_scrapy_list_finds_the_news_spider() -> None:
    result = subprocess.run([sys.executable, "-m", "scrapy", "list"], capture_output=True,
                            text=True, timeout=60, cwd=ROOT, check=True)
    assert result.stdout.split() == ["news"]


def test_no_spider_callback_is_a_generator_that_returns_a_value() -> None:
    # What Scrapy's WARN_ON_GENERATOR_RETURN_VALUE check would say at every crawl's start.
    assert effective().getbool("WARN_ON_GENERATOR_RETURN_VALUE") is False
    callbacks = [getattr(NewsSpider, name) for name in dir(NewsSpider)
                 if name.startswith("parse") and callable(getattr(NewsSpider, name))]
    assert len(callbacks) >= 6
    for callback in callbacks:
        assert not is_generator_with_return_value(callback), callback.__name__
