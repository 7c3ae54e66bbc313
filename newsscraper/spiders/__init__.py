"""Scrapy spiders (SPIDER_MODULES): `news.NewsSpider`, the one spider for every site."""
