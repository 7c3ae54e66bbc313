"""Scrapy settings for newsscraper: polite, safe defaults for crawling news sites.

`scrapy.cfg` points here, so `scrapy crawl news` and `newsscraper crawl` run with the same
settings; `-s NAME=VALUE` overrides any of them for one run. Grouped as Scrapy's project
template does, each group saying why. Options of our own are prefixed ``NEWSSCRAPER_``.
"""

from __future__ import annotations

from scrapy.settings import default_settings as _scrapy_defaults

from newsscraper import __version__

BOT_NAME = "newsscraper"

SPIDER_MODULES = ["newsscraper.spiders"]
NEWSPIDER_MODULE = "newsscraper.spiders"

ADDONS: dict[str, int] = {}

# --- Identity -------------------------------------------------------------------------------
# Site operators should be able to tell who is crawling and how to reach them. Set the
# contact URL to your own page (it is put into the User-Agent).
NEWSSCRAPER_CONTACT_URL = "https://github.com/newsscraper/newsscraper"
USER_AGENT = f"newsscraper/{__version__} (+{NEWSSCRAPER_CONTACT_URL})"

# --- Politeness -----------------------------------------------------------------------------
# robots.txt is obeyed; a robots.txt that answers 5xx or cannot be fetched keeps the crawl
# off that host for the run (RFC 9309 §2.3.1.3), which stock Scrapy does not do.
ROBOTSTXT_OBEY = True
# A host's robots.txt is read again after this many seconds in a long-lived process (RFC 9309
# §2.4: at most 24 h). 401/403 for robots.txt means "no rules" (RFC 9309 §2.3.1.3); set
# NEWSSCRAPER_ROBOTS_401_403_DISALLOW to stay off such hosts instead.
NEWSSCRAPER_ROBOTS_TTL = 86400.0
NEWSSCRAPER_ROBOTS_401_403_DISALLOW = False
# Crawl-delay from robots.txt is a floor under the host's delay; above the maximum, the
# host is skipped for the run rather than crawled for days.
NEWSSCRAPER_OBEY_CRAWL_DELAY = True
NEWSSCRAPER_MAX_CRAWL_DELAY = 30.0
# One second between requests to a host, at most 4 in flight, and AutoThrottle backing off
# when the server slows down: per-host politeness, not CPU, bounds a crawl (DESIGN.md §8).
# Site profiles can set their own delay and concurrency (Discovery.download_delay/concurrency).
DOWNLOAD_DELAY = 1.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0

# --- Retries and back-off -------------------------------------------------------------------
# Transient errors are retried twice. A 429/503 carrying Retry-After pauses that host until
# the server's time (backoff.BackoffMiddleware) without using up the URL's retries (up to
# NEWSSCRAPER_RETRY_AFTER_TIMES waits); a wait above the cap defers the URL to the next
# scheduled run instead of holding the crawl. A 429/503 without Retry-After pauses the host
# for delay·2^n seconds (n failures in a row, delay = the larger of BACKOFF_BASE and the
# host's delay, at most BACKOFF_MAX); after PARK_AFTER in a row the host is parked for the
# run and its URLs left for the next one. Other hosts carry on meanwhile (RELIABILITY.md #3, #4).
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
NEWSSCRAPER_RETRY_AFTER_MAX = 120.0
NEWSSCRAPER_RETRY_AFTER_TIMES = 5
NEWSSCRAPER_BACKOFF_HTTP_CODES = [429, 503]
NEWSSCRAPER_BACKOFF_BASE = 1.0
NEWSSCRAPER_BACKOFF_MAX = 60.0
NEWSSCRAPER_BACKOFF_PARK_AFTER = 5

# --- Safety ---------------------------------------------------------------------------------
# Only the web: local files, data: URIs, FTP and S3 are never fetched, whatever a page,
# sitemap or redirect points at (RELIABILITY.md #37, GHSA-23j4).
DOWNLOAD_HANDLERS = {"file": None, "data": None, "ftp": None, "s3": None}
# A news page is well under a megabyte; 32 MiB stops decompression bombs and runaway bodies.
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024
DOWNLOAD_TIMEOUT = 30
# Redirect chains longer than this are loops or traps.
REDIRECT_MAX_TIMES = 5
# No cookies: a news crawl needs no session, and cookies must never travel between sites
# (RELIABILITY.md #40). A profile that needs one can turn them on for its own run.
COOKIES_ENABLED = False
# No ports opened by the crawler itself: the telnet console and the remote-control endpoint
# (which runs code it is sent) stay off (RELIABILITY.md #44).
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
# Off-site requests, redirects included, are dropped: allowed_domains is the target site only,
# and SameSiteMiddleware also checks the port and the site's folder (RELIABILITY.md #36).
# No request goes to a loopback, private or link-local address (by its resolved address, so
# 2130706433, 0x7f.1 and names pointing at 127.0.0.1 count too), except the crawl's own start
# host and these entries: "host", "host:port" or a network "10.0.0.0/8" (RELIABILITY.md #38).
NEWSSCRAPER_ALLOWED_PRIVATE_HOSTS: list[str] = []

# --- Middlewares ----------------------------------------------------------------------------
DOWNLOADER_MIDDLEWARES = {
    # Replace the stock offsite and robots.txt middlewares at the same places in the chain.
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "newsscraper.middlewares.SameSiteMiddleware": 50,
    # After the off-site filter, before robots.txt: no robots.txt request to a private address.
    "newsscraper.netguard.PrivateAddressMiddleware": 60,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "newsscraper.middlewares.RobotsPolicyMiddleware": 100,
    # Just outside RetryMiddleware (550): sees a 429/503 first and pauses the host.
    "newsscraper.backoff.BackoffMiddleware": 560,
    # Adds If-None-Match/If-Modified-Since for known articles; turns a 304 into "nothing".
    "newsscraper.crawlstate.ConditionalRequestMiddleware": 570,
}

# --- Items ----------------------------------------------------------------------------------
# Validate → Version (against the state) → JSON Lines; the writer flushes a record before
# the state commits its URL (pipelines.py).
ITEM_PIPELINES = {
    "newsscraper.pipelines.ValidatePipeline": 100,
    "newsscraper.pipelines.VersionPipeline": 200,
    "newsscraper.pipelines.JsonlWriterPipeline": 800,
}
# One article per response: Scrapy's default of 100 spawns 100 asyncio tasks per callback
# for nothing (PERFORMANCE.md §2b: +27 % pages/s on a light spider, neutral on a heavy one).
CONCURRENT_ITEMS = 1
# Records: unset or "-" means stdout; the CLI sets -o here. Under `scrapy crawl -o FILE`
# (FEEDS), the feed exporter writes them instead.
NEWSSCRAPER_OUTPUT = None
NEWSSCRAPER_FSYNC = "close"
# A run after a killed or stopped one resumes its crawl (pages that crawl fetched are not asked
# for again), unless that crawl began more than this many seconds ago (docs/scheduling.md).
NEWSSCRAPER_RESUME_MAX_AGE = 86400.0
# Version state: ":memory:" (forgotten after the run) or a SQLite file path. `newsscraper
# crawl` defaults to data/state/<site>.sqlite; see docs/scheduling.md.
NEWSSCRAPER_STATE = ":memory:"
# --archive DIR: every fetched response into size-rotated WARC files (archive.py).
NEWSSCRAPER_ARCHIVE = None
NEWSSCRAPER_ARCHIVE_MAX_BYTES = 1024 * 1024 * 1024
FEED_EXPORT_ENCODING = "utf-8"

# --- Extensions -----------------------------------------------------------------------------
EXTENSIONS = {
    "newsscraper.archive.ArchiveExtension": 500,
    "newsscraper.runstats.RunStats": 500,
}
# Telnet and remote control are off (above) and left out of Scrapy's base list as well: Scrapy
# imports every extension it lists, even a disabled one, and the remote-control module pulls in
# aiohttp (~0.1 s of every scheduled run's start-up).
EXTENSIONS_BASE = {
    path: order for path, order in _scrapy_defaults.EXTENSIONS_BASE.items()
    if path not in ("scrapy.extensions.remote_control.RemoteControl",
                    "scrapy.extensions.telnet.TelnetConsole")
}

# Scrapy reads the source of every callback on first use (inspect, tokenize, ast; ~5 ms of each
# run's start-up) to warn about a generator callback that returns a value. NewsSpider's are
# checked once, by the test suite (tests/test_settings.py), instead of by every crawl.
WARN_ON_GENERATOR_RETURN_VALUE = False

# REQUEST_FINGERPRINTER_IMPLEMENTATION is not set: Scrapy 2.19 has one fingerprinter and no
# longer reads that setting (setting it only draws a warning).
