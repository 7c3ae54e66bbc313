"""A bare spider for tests that need several hosts in one crawl (NewsSpider crawls one site).

Run from the project directory, so the project's settings and middlewares apply:

    python -m scrapy runspider tests/fetch_spider.py -a urls="URL URL" -a follow="URL" \
        -a stats=stats.json

It requests every URL of `urls` (its start URLs, so their hosts count as the crawl's own), then,
from the first page that answers, every URL of `follow` (as links met on a page would be), and
writes the crawl's stats to `stats` as JSON when it closes. It has no ``allowed_domains``: only
the project's middlewares stand between it and any host.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

from scrapy import Request, Spider
from scrapy.http import Response


class FetchSpider(Spider):
    """Fetches given URLs and nothing else; stats to a file."""

    name = "fetch"

    def __init__(self, urls: str = "", follow: str = "", stats: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = urls.split()
        self.follow = follow.split()
        self.stats_path = stats

    async def start(self) -> AsyncIterator[Request]:
        for url in self.start_urls:
            yield Request(url, self.parse, dont_filter=True)

    def parse(self, response: Response) -> Iterator[Request]:
        follow, self.follow = self.follow, []
        for url in follow:
            yield Request(url, self.parse)

    def closed(self, reason: str) -> None:
        if self.stats_path:
            stats = self.crawler.stats.get_stats()
            Path(self.stats_path).write_text(json.dumps(stats, default=str), encoding="utf-8")
