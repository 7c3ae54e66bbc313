"""The project's Scrapy settings: the security- and politeness-relevant values, and wiring."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from scrapy.settings import Settings
from scrapy.utils.misc import build_from_crawler, load_object
from scrapy.utils.test import get_crawler

from newsscraper import settings as project
from newsscraper.crawl import crawl_settings

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
    assert settings.getbool("COOKIES_ENABLED") is False  # RELIABILITY.md #40


def test_size_redirect_and_retry_limits() -> None:
    settings = effective()
    assert settings.getint("DOWNLOAD_MAXSIZE") == 32 * 1024 * 1024
    assert 0 < settings.getint("DOWNLOAD_WARNSIZE") <= settings.getint("DOWNLOAD_MAXSIZE")
    assert settings.getint("REDIRECT_MAX_TIMES") == 5
    assert {429, 503} <= set(settings.getlist("RETRY_HTTP_CODES"))
    assert 0 < settings.getfloat("NEWSSCRAPER_RETRY_AFTER_MAX") <= 600


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
    retry = order["scrapy.downloadermiddlewares.retry.RetryMiddleware"]
    # process_response runs from high to low: Retry-After and 304 are seen before retrying.
    assert order["newsscraper.middlewares.RetryAfterMiddleware"] > retry
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


def test_command_line_settings_win_over_the_project() -> None:
    settings = crawl_settings({"NEWSSCRAPER_OUTPUT": "x.jsonl"}, [("DOWNLOAD_DELAY", "0")])
    assert settings.getfloat("DOWNLOAD_DELAY") == 0
    assert settings.getpriority("DOWNLOAD_DELAY") == settings.getpriority("NEWSSCRAPER_OUTPUT")
    assert settings.getbool("ROBOTSTXT_OBEY") is True  # everything else stays


def test_scrapy_list_finds_the_news_spider() -> None:
    result = subprocess.run([sys.executable, "-m", "scrapy", "list"], capture_output=True,
                            text=True, timeout=60, cwd=ROOT, check=True)
    assert result.stdout.split() == ["news"]
