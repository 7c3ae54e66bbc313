"""newsscraper: news-agency article scraper and ingestion pipeline built on Scrapy.

For library use, `newsscraper.extract_html(html, url)` gives one page's record (or a Skip
with its reason); see `newsscraper.extract.from_html`.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "extract_html"]


def __getattr__(name: str) -> Any:
    # Loaded on first use: the CLI imports this package, and most commands never extract.
    if name == "extract_html":
        from newsscraper.extract.from_html import extract_html

        return extract_html
    raise AttributeError(f"module 'newsscraper' has no attribute {name!r}")
