"""`extract_html(html, url)`: a page fetched by other means (requests, a browser, a database
column) as a record, for library users. It wraps the bytes as `newsscraper parse` wraps a
saved file and calls the one `extract`, so both give the same record for the same page.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newsscraper.extract import extract
from newsscraper.items import Article, Skip
from newsscraper.sites import get_profile

if TYPE_CHECKING:
    from newsscraper.sites.profile import SiteProfile

__all__ = ["extract_html"]


def extract_html(
    html: bytes | str,
    url: str,
    *,
    fetched_at: datetime | None = None,
    site: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> Article | Skip:
    """The record for one page's HTML, or a Skip with its reason: what `newsscraper parse
    --url URL [--site NAME]` writes for the same bytes.

    - `html`: bytes are decoded as a saved page is (the HTTP charset in `headers`, if given,
      then a byte-order mark, the page's own declaration, then detection); a str is taken as
      already decoded.
    - `url`: the page's absolute address (relative links and the site's zone come from it).
    - `fetched_at`: when the bytes were fetched, timezone-aware (default: now). Relative dates
      ("2 hours ago") resolve against it, and a date more than a day after it is dropped.
    - `site`: a profile's name (`newsscraper sites`); default: the profile whose domain the
      URL is on, else generic extraction.

    >>> record = extract_html(
    ...     "<html><head><title>Rates rise again - The Daily</title></head><body><h1>Rates rise"
    ...     " again</h1><p>By Jane Doe</p>" + "<p>The central bank raised its rate again on "
    ...     "Tuesday, the third rise this year, citing prices.</p>" * 4 + "</body></html>",
    ...     "https://daily.example/2024/12/17/rates-rise-again/",
    ...     fetched_at=datetime(2024, 12, 17, 12, tzinfo=UTC))
    >>> record.title, record.authors, record.word_count
    ('Rates rise again', ['Jane Doe'], 64)
    >>> extract_html("<html><body><p>Contact us</p></body></html>",
    ...              "https://daily.example/contact/").reason
    'not an article'
    """
    if not urlsplit(url).scheme:
        raise ValueError(f"url must be absolute (with its scheme), got {url!r}")
    if fetched_at is None:
        fetched_at = datetime.now(UTC).replace(microsecond=0)
    elif fetched_at.tzinfo is None or fetched_at.utcoffset() is None:
        raise ValueError(f"fetched_at must be timezone-aware, got {fetched_at.isoformat()}")
    profile: SiteProfile | None = get_profile(site) if site is not None else None
    # Imported here: Scrapy's import costs ~0.1 s, which `import newsscraper` should not.
    from scrapy.http import HtmlResponse

    given = dict(headers or {})
    if isinstance(html, str):
        body = html.encode("utf-8")
        given = {k: v for k, v in given.items() if k.lower() != "content-type"}
        given["Content-Type"] = "text/html; charset=utf-8"
    else:
        body = html
    response = HtmlResponse(url=url, body=body, headers=given or None)
    return extract(response, fetched_at=fetched_at, profile=profile)
