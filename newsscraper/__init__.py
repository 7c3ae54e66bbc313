"""newsscraper: news-agency article scraper and ingestion pipeline built on Scrapy."""

__version__ = "0.1.0"
