"""Unit tests for newsscraper.extract.metadata: candidate values per field from JSON-LD,
OpenGraph, <meta> and <time>, in precedence order (JSON-LD first), and the page's time zone
for naive dates (newsscraper.extract.timezone).
"""

from __future__ import annotations

from datetime import UTC, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from scrapy.http import HtmlResponse

from newsscraper.extract import metadata
from newsscraper.extract.timezone import page_zone
from newsscraper.page import Page
from newsscraper.sites.profile import SiteProfile

URL = "https://news.example/world/2024/12/17/kremlin-talks/"


def page_of(head: str = "", body: str = "<p>Text.</p>", lang: str | None = "en-IN") -> Page:
    lang_attr = f' lang="{lang}"' if lang else ""
    html = f'<!doctype html><html{lang_attr}><head><meta charset="utf-8">{head}</head>' \
           f"<body>{body}</body></html>"
    return Page.from_response(HtmlResponse(url=URL, body=html.encode()))


def ld(text: str) -> str:
    return f'<script type="application/ld+json">{text}</script>'


FULL = page_of(
    ld('{"@type":"NewsArticle","headline":"LD headline",'
       '"datePublished":"2024-12-17T10:00:00+05:30","dateModified":"2024-12-17T12:00:00+05:30",'
       '"author":[{"@type":"Person","name":"A One"},'
       '{"@type":"Person","givenName":"B","familyName":"Two"}],'
       '"keywords":"x, y","image":{"@type":"ImageObject","url":"https://img.example/ld.jpg"},'
       '"articleSection":"World","inLanguage":"en",'
       '"publisher":{"@type":"Organization","name":"Publisher"},'
       '"sourceOrganization":{"@type":"Organization","name":"Press Trust of India"}}')
    + '<meta property="og:title" content="OG headline">'
      '<meta name="twitter:title" content="Twitter headline">'
      "<title>Title tag | Publisher</title>"
      '<meta property="article:published_time" content="2024-12-17T09:00:00+05:30">'
      '<meta property="article:modified_time" content="2024-12-17T11:00:00+05:30">'
      '<meta name="author" content="Meta Author">'
      '<meta property="article:tag" content="a,b"><meta property="article:tag" content="c">'
      '<meta property="og:image" content="https://img.example/og.jpg">'
      '<meta name="twitter:image" content="https://img.example/tw.jpg">'
      '<meta property="article:section" content="Meta section">'
      '<meta property="og:site_name" content="Site Name">'
      '<meta property="og:locale" content="en_IN">',
    body='<time datetime="2024-12-16T00:00:00Z" pubdate>x</time>'
         '<span itemprop="dateModified" content="2024-12-16T01:00:00Z"></span><p>Text.</p>',
)


def test_title_candidates_jsonld_first() -> None:
    assert metadata.title(FULL) == ["LD headline", "OG headline", "Twitter headline",
                                    "Title tag | Publisher"]
    assert metadata.headline(FULL) == ["LD headline"]


def test_dates_jsonld_then_meta_then_dom() -> None:
    assert list(metadata.published(FULL)) == [
        "2024-12-17T10:00:00+05:30", "2024-12-17T09:00:00+05:30", "2024-12-16T00:00:00Z"]
    assert list(metadata.modified(FULL)) == [
        "2024-12-17T12:00:00+05:30", "2024-12-17T11:00:00+05:30", "2024-12-16T01:00:00Z"]


def test_dates_as_epoch_numbers() -> None:
    """Some CMSs print JSON-LD dates as numbers (seconds or milliseconds); a boolean is none."""
    page = page_of(ld('{"@type":"NewsArticle","datePublished":1734420780,'
                      '"dateModified":1734428000000,"dateCreated":true}'))
    assert list(metadata.published(page)) == ["1734420780"]
    assert list(metadata.modified(page)) == ["1734428000000"]


def test_authors_jsonld_before_meta() -> None:
    assert metadata.authors(FULL) == ["A One", "B Two"]
    assert metadata.authors(page_of('<meta name="author" content="Meta Author">'
                                    '<meta name="parsely-author" content="P">')) == \
        ["Meta Author", "P"]


def test_section_language_site_names_and_credits() -> None:
    assert metadata.section(FULL) == ["World", "Meta section"]
    assert metadata.language(FULL) == ["en-IN", "en", "en_IN"]
    assert metadata.site_names(FULL) == ("Site Name", "Publisher")
    assert "Press Trust of India" in metadata.agency_credits(FULL)


def test_tags_article_tag_metas_split_on_commas() -> None:
    assert metadata.tags(FULL) == ["a", "b", "c"]


def test_tags_several_article_tag_metas_keep_spaced_commas() -> None:
    # NYT: a tag a <meta>, an inverted name or a place with its state in one.
    page = page_of('<meta property="article:tag" content="Rahami, Ahmad Khan">'
                   '<meta property="article:tag" content="Chelsea (Manhattan, NY)">')
    assert metadata.tags(page) == ["Rahami, Ahmad Khan", "Chelsea (Manhattan, NY)"]


@pytest.mark.parametrize(("head", "expected"), [
    (ld('{"@type":"NewsArticle","keywords":"Russia, Syria,Kremlin"}'),
     ["Russia", "Syria", "Kremlin"]),
    (ld('{"@type":"NewsArticle","keywords":["Russia","Syria"]}'), ["Russia", "Syria"]),
    (ld('{"@type":"NewsArticle","keywords":"single tag"}'), ["single tag"]),
    ('<meta name="news_keywords" content="k1,k2">', ["k1", "k2"]),
    ('<meta name="keywords" content="seo, spam">', []),
    ("", []),
])
def test_tags_sources(head: str, expected: list[str]) -> None:
    # Raw candidates: the loader trims them, so only the split is asserted here.
    assert [t.strip() for t in metadata.tags(page_of(head))] == expected


@pytest.mark.parametrize(("head", "expected"), [
    ('<meta property="og:image" content="https://i.example/og.jpg">'
     '<meta name="twitter:image" content="https://i.example/tw.jpg">'
     + ld('{"@type":"NewsArticle","image":"https://i.example/ld.jpg"}'),
     ["https://i.example/og.jpg", "https://i.example/ld.jpg", "https://i.example/tw.jpg"]),
    ('<meta property="og:image:url" content="https://i.example/og-url.jpg">',
     ["https://i.example/og-url.jpg"]),
    (ld('{"@type":"NewsArticle","image":[{"@type":"ImageObject","url":"https://i.example/a.jpg"},'
        '{"url":"https://i.example/b.jpg"}]}'),
     ["https://i.example/a.jpg", "https://i.example/b.jpg"]),
    (ld('{"@type":"NewsArticle","image":["https://i.example/1.jpg","https://i.example/2.jpg"]}'),
     ["https://i.example/1.jpg", "https://i.example/2.jpg"]),
    ('<meta name="twitter:image" content="https://i.example/tw.jpg">',
     ["https://i.example/tw.jpg"]),
    ("", []),
])
def test_image_fallbacks(head: str, expected: list[str]) -> None:
    assert metadata.image(page_of(head)) == expected


def test_article_objects_prefer_article_types_over_webpage() -> None:
    page = page_of(ld('{"@graph":[{"@type":"WebPage","name":"P"},'
                      '{"@type":"NewsArticle","headline":"H"}]}'))
    assert [o["@type"] for o in metadata.article_objects(page)] == ["NewsArticle"]
    only_page = page_of(ld('{"@type":"WebPage","headline":"WP"}'))
    assert [o["@type"] for o in metadata.article_objects(only_page)] == ["WebPage"]


def test_article_body_split_into_paragraphs() -> None:
    page = page_of(ld('{"@type":"NewsArticle","articleBody":"P1\\nP2\\n\\n  \\nP3"}'))
    assert metadata.article_body(page) == ["P1", "P2", "P3"]
    assert metadata.article_body(page_of()) == []


def test_description_candidates() -> None:
    page = page_of(ld('{"@type":"NewsArticle","description":"LD dek"}')
                   + '<meta property="og:description" content="OG dek">'
                     '<meta name="description" content="Meta dek">')
    assert metadata.description(page) == ["LD dek", "OG dek", "Meta dek"]


@pytest.mark.parametrize(("head", "expected"), [
    (ld('{"@type":"CollectionPage"}'), True),
    (ld('{"@type":"ProfilePage"}'), True),
    (ld('{"@type":"ItemList"}'), True),
    (ld('{"@type":"WebPage"}') + ld('{"@type":"CollectionPage"}'), True),
    (ld('{"@type":"CollectionPage"}') + ld('{"@type":"NewsArticle"}'), False),
    (ld('{"@type":["NewsArticle","CollectionPage"]}'), False),
    ("", False),
])
def test_declared_non_article(head: str, expected: bool) -> None:
    assert metadata.is_declared_non_article(page_of(head)) is expected


# --- the page's zone for naive dates --------------------------------------------------------

def test_profile_zone_wins() -> None:
    profile = SiteProfile(name="x", timezone="Europe/Berlin")
    assert page_zone(FULL, profile) == ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(("head", "lang", "expected"), [
    ("", "en-IN", ZoneInfo("Asia/Kolkata")),
    ("", "de-DE", ZoneInfo("Europe/Berlin")),
    ("", "de", ZoneInfo("Europe/Berlin")),
    ("", "hi", ZoneInfo("Asia/Kolkata")),
    ("", "cs", ZoneInfo("Europe/Prague")),
    ("", "ar-JO", ZoneInfo("Asia/Amman")),
    ("", "ar", UTC),  # Arabic is written from Casablanca to Muscat
    ("", "en", UTC),
    ("", "en-US", UTC),
    ("", None, UTC),
    ('<meta property="og:locale" content="en_GB">', None, ZoneInfo("Europe/London")),
    # The page's own offset beats its locale.
    ('<meta property="article:published_time" content="2024-12-17T10:00:00-05:00">', "en-IN",
     timezone(timedelta(hours=-5))),
    # A UTC stamp says nothing about the newsroom: the locale decides.
    ('<meta property="article:published_time" content="2024-12-17T10:00:00Z">', "en-IN",
     ZoneInfo("Asia/Kolkata")),
])
def test_page_zone(head: str, lang: str | None, expected: object) -> None:
    assert page_zone(page_of(head, lang=lang), None) == expected


@pytest.mark.parametrize(("url", "body", "expected"), [
    # No locale, no offsets: the country-code domain, else UTC (until a wire credit is read:
    # tests/test_extract.py).
    ("https://news.example.co.za/a", "<p>Text.</p>", ZoneInfo("Africa/Johannesburg")),
    ("https://news.example.de/a", "<p>Text.</p>", ZoneInfo("Europe/Berlin")),
    ("https://news.example.com/a", "<p>Text.</p>", UTC),
    ("https://news.example.cz/a", "<p>Text.</p>", ZoneInfo("Europe/Prague")),
    ("https://radio.example.am/a", "<p>Text.</p>", UTC),  # a word, not Armenia
    ("http://127.0.0.1:8080/a", "<p>Text.</p>", UTC),
])
def test_page_zone_without_locale_or_offsets(url: str, body: str, expected: object) -> None:
    html = f'<html lang="en-US"><head></head><body>{body}</body></html>'
    assert page_zone(Page.from_response(HtmlResponse(url=url, body=html.encode())), None) \
        == expected
