"""Datasets for analysis: `export` (Parquet, CSV, DuckDB, JSON Lines), wire-story clustering
and the HTML `report`.

Everything here reads JSON Lines that newsscraper wrote and needs the ``datasets`` extra
(``pip install 'newsscraper[datasets]'``); crawling and parsing never import it.
"""
