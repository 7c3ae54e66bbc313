"""Unit tests for newsscraper.page: JSON-LD reading and flattening (hostile blocks included,
RELIABILITY.md #42), <meta> collection, the canonical link, the charset choice (#26) and the
parser's limits (deep nesting, stray end tags: #21, #22).
"""

from __future__ import annotations

import logging
import re
import time

import pytest
from scrapy.http import HtmlResponse

from newsscraper.page import (
    MAX_JSONLD_BYTES,
    Page,
    choose_encoding,
    legacy_encoding,
    parse_html,
)

URL = "https://news.example/world/2024/12/17/kremlin-talks/"
MOJIBAKE = re.compile("Ã[\x80-\xbf]|â€|\ufffd")


def response(body: bytes, content_type: str | None = None, url: str = URL) -> HtmlResponse:
    headers = {"Content-Type": content_type} if content_type else {}
    return HtmlResponse(url=url, body=body, headers=headers)


def page_of(head: str = "", body: str = "<p>Text.</p>", lang: str = "en-GB") -> Page:
    html = f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>' \
           f"<body>{body}</body></html>"
    return Page.from_response(response(html.encode()))


def ld(text: str) -> str:
    return f'<script type="application/ld+json">{text}</script>'


def types(page: Page) -> list[object]:
    return [obj.get("@type") for obj in page.jsonld]


# --- JSON-LD --------------------------------------------------------------------------------

def test_jsonld_graph_is_flattened() -> None:
    page = page_of(ld('{"@context":"https://schema.org","@graph":['
                      '{"@type":"WebSite","name":"Portal"},'
                      '{"@type":"NewsArticle","headline":"H"}]}'))
    assert types(page) == ["WebSite", "NewsArticle"]


def test_jsonld_top_level_list() -> None:
    page = page_of(ld('[{"@type":"Organization","name":"O"},{"@type":"NewsArticle"}]'))
    assert types(page) == ["Organization", "NewsArticle"]


def test_jsonld_nested_main_entity() -> None:
    page = page_of(ld('{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","headline":"H"}}'))
    assert types(page) == ["WebPage", "NewsArticle"]
    assert next(page.jsonld_of_type("NewsArticle"))["headline"] == "H"


def test_jsonld_item_list_elements() -> None:
    page = page_of(ld('{"@type":"ItemList","itemListElement":['
                      '{"@type":"ListItem","position":1},{"@type":"ListItem","position":2}]}'))
    assert types(page) == ["ItemList", "ListItem", "ListItem"]


def test_jsonld_several_blocks_in_document_order() -> None:
    page = page_of(ld('{"@type":"Organization"}'), ld('{"@type":"NewsArticle"}'))
    assert types(page) == ["Organization", "NewsArticle"]


def test_jsonld_type_list_and_type_filter() -> None:
    page = page_of(ld('{"@type":["NewsArticle","ReportageNewsArticle"],"headline":"H"}'))
    assert [o["headline"] for o in page.jsonld_of_type("ReportageNewsArticle")] == ["H"]
    assert list(page.jsonld_of_type("BlogPosting")) == []


def test_jsonld_cdata_wrapper() -> None:
    page = page_of(ld('<![CDATA[ {"@type":"NewsArticle","headline":"H"} ]]>'))
    assert types(page) == ["NewsArticle"]


def test_jsonld_raw_newlines_and_tabs_inside_strings() -> None:
    page = page_of(ld('{"@type":"NewsArticle","headline":"Line one\nline two",'
                      '"articleBody":"a\tb\r\nc"}'))
    assert page.jsonld[0]["headline"] == "Line one line two"


def test_jsonld_trailing_semicolon() -> None:
    assert types(page_of(ld('{"@type":"NewsArticle"};'))) == ["NewsArticle"]


def test_jsonld_script_type_is_case_and_space_insensitive() -> None:
    head = '<script type=" Application/LD+JSON ">{"@type":"NewsArticle"}</script>' \
           '<script type="application/json">{"@type":"Organization"}</script>'
    assert types(page_of(head)) == ["NewsArticle"]


@pytest.mark.parametrize("text", [
    "{not json",
    '{"@type":"NewsArticle","headline":"H" "x"}',
    '{"@type":"NewsArticle","n":1e400}',
    '"just a string"',
    "",
    '{"headline":"no @type"}',
])
def test_jsonld_unusable_blocks_are_ignored(text: str) -> None:
    page = page_of(ld(text) + ld('{"@type":"NewsArticle","headline":"kept"}'))
    assert [o.get("headline") for o in page.jsonld] == ["kept"]


@pytest.mark.parametrize("text", [
    '{"@type":"NewsArticle","headline":"H",}',
    '{"@type":"NewsArticle", //"Article",\n"headline":"H"}',
    '{"@type":"NewsArticle",\n"description":"shows \'Water", a work",\n"headline":"H"}',
])
def test_jsonld_hand_made_slips_are_mended(text: str) -> None:
    """A trailing comma, a `//` comment, a bare quote in a one-line string: read mended."""
    assert [o.get("headline") for o in page_of(ld(text)).jsonld] == ["H"]


@pytest.mark.parametrize("shape", ["objects", "lists", "graph"])
def test_jsonld_10k_deep_nesting_is_ignored(shape: str) -> None:
    inner = '{"@type":"NewsArticle","headline":"deep"}'
    text = {
        "objects": '{"a":' * 10_000 + inner + "}" * 10_000,
        "lists": "[" * 10_000 + inner + "]" * 10_000,
        "graph": '{"@graph":[' * 10_000 + inner + "]}" * 10_000,
    }[shape]
    start = time.perf_counter()
    page = page_of(ld(text))  # no RecursionError
    assert time.perf_counter() - start < 1.0
    assert page.jsonld == []


def test_jsonld_deep_chain_under_parser_limit_stops_at_depth_limit() -> None:
    # 500 levels parse as JSON (orjson allows 1024); flattening must stop, not recurse 500 deep.
    text = '{"@type":"WebPage","mainEntity":' * 500 + '{"@type":"NewsArticle"}' + "}" * 500
    page = page_of(ld(text))
    assert 0 < len(page.jsonld) < 20
    assert all(o["@type"] == "WebPage" for o in page.jsonld)


def test_jsonld_over_2mb_is_ignored_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    text = '{"@type":"NewsArticle","articleBody":"' + "x" * (MAX_JSONLD_BYTES + 1) + '"}'
    with caplog.at_level(logging.WARNING, logger="newsscraper.page"):
        page = page_of(ld(text) + ld('{"@type":"Organization"}'))
    assert types(page) == ["Organization"]
    assert any("JSON-LD block" in r.getMessage() and URL in r.getMessage()
               for r in caplog.records)


# --- <meta>, canonical, lang, title -------------------------------------------------------

def test_meta_collection() -> None:
    page = page_of(
        '<meta property="og:title" content="A"><meta name="OG:Title" content="B">'
        '<meta itemprop="datePublished" content="2024-12-17">'
        '<meta http-equiv="Content-Language" content="en">'
        '<meta name="description" content="">'
        '<meta name="no-content">',
        body='<div><meta property="og:title" content="C"></div><p>Text.</p>',
    )
    assert page.meta["og:title"] == ["A", "B", "C"]
    assert page.meta["datepublished"] == ["2024-12-17"]
    assert page.meta["content-language"] == ["en"]
    assert page.meta["description"] == [""]
    assert "no-content" not in page.meta


def test_first_meta_follows_the_order_of_names_and_skips_blanks() -> None:
    page = page_of('<meta name="description" content="  "><meta property="og:title" content="A">'
                   '<meta name="twitter:title" content=" T ">')
    assert page.first_meta("description", "twitter:title", "og:title") == "T"
    assert page.first_meta("missing") is None


@pytest.mark.parametrize(("href", "expected"), [
    ("/world/2024/12/17/kremlin-talks/?amp=1", "https://news.example/world/2024/12/17/kremlin-talks/?amp=1"),
    ("  //cdn.news.example/a/  ", "https://cdn.news.example/a/"),
    ("other/", "https://news.example/world/2024/12/17/kremlin-talks/other/"),
    ("https://www.news.example/a/", "https://www.news.example/a/"),
])
def test_canonical_is_absolute(href: str, expected: str) -> None:
    assert page_of(f'<link rel="canonical" href="{href}">').canonical == expected


def test_first_canonical_wins_and_rel_is_case_insensitive() -> None:
    page = page_of('<link rel="Canonical" href="/a/"><link rel="canonical" href="/b/">')
    assert page.canonical == "https://news.example/a/"
    assert page_of('<link rel="canonical">').canonical is None


def test_lang_and_title_tag() -> None:
    page = page_of("<title>First</title><title>Second</title>", lang="en-IN")
    assert page.lang == "en-IN"
    assert page.title_tag == "First"


def test_script_and_style_text_is_dropped_from_the_tree() -> None:
    page = page_of("<style>p{color:red}</style>",
                   body='<p>Kept.</p><script>var s = "</div>";</script>'
                        "<noscript>Enable JS</noscript><template><p>T</p></template>")
    assert page.root.text_content().strip() == "Kept."


def test_dom_dates() -> None:
    page = page_of(body='<time datetime="2024-12-17T08:00:00Z">a</time>'
                        '<time datetime="2024-12-17T09:00:00Z" pubdate>b</time>'
                        '<span itemprop="dateModified" content="2024-12-17T10:00:00Z"></span>'
                        '<meta itemprop="datePublished" content="2024-12-17T07:00:00Z">')
    assert page.dom_dates("published") == ["2024-12-17T09:00:00Z", "2024-12-17T07:00:00Z"]
    assert page.dom_dates("time") == ["2024-12-17T08:00:00Z"]
    assert page.dom_dates("modified") == ["2024-12-17T10:00:00Z"]


def test_hatom_dates_and_comment_times() -> None:
    page = page_of(body='<span class="posted-on"><span class="published">December 17, 2024 '
                        '11:42 am</span><span class="updated">December 17, 2024 1:03 pm</span>'
                        '</span><ol class="comment-list"><li class="comment"><time '
                        'datetime="2024-12-17T14:10:22+05:30">2:10 pm</time></li></ol>')
    assert page.hatom_dates("published") == ["December 17, 2024 11:42 am"]
    assert page.hatom_dates("modified") == ["December 17, 2024 1:03 pm"]
    assert page.dom_dates("time") == []  # a reader's comment is not the article
    # tagDiv marks its publication time "updated": alone, it is no modification date.
    alone = page_of(body='<time class="entry-date updated" datetime="2024-12-17T11:42:48+05:30">'
                         'December 17, 2024</time>')
    assert alone.hatom_dates("modified") == []


# --- charset (RELIABILITY.md #26) -----------------------------------------------------------

TITLE = "Café “Zürich” — naïve résumé"
PARAGRAPH = "Der Präsident sagte, die Gespräche über die Stützpunkte seien „noch nicht“ beendet."


def article(meta: str = "") -> str:
    return f"<html><head>{meta}<title>{TITLE}</title></head><body><p>{PARAGRAPH}</p></body></html>"


def assert_decoded(page: Page, title: str = TITLE, paragraph: str = PARAGRAPH) -> None:
    text = page.root.text_content()
    assert page.title_tag == title
    assert paragraph in text
    assert not MOJIBAKE.search(text), MOJIBAKE.search(text)


def test_header_utf8_but_cp1252_bytes_with_cp1252_meta() -> None:
    body = article('<meta charset="windows-1252">').encode("cp1252")
    assert legacy_encoding(body) == "cp1252"
    assert_decoded(Page.from_response(response(body, "text/html; charset=utf-8")))


def test_header_utf8_but_cp1252_bytes_without_meta() -> None:
    body = article().encode("cp1252")
    assert_decoded(Page.from_response(response(body, "text/html; charset=UTF-8")))


def test_declared_iso_8859_15_but_utf8_bytes() -> None:
    body = article('<meta charset="iso-8859-15">').encode("utf-8")
    assert choose_encoding(response(body)) == "utf-8"
    assert_decoded(Page.from_response(response(body)))


def test_header_latin1_but_utf8_bytes() -> None:
    # RELIABILITY.md #26: "header latin-1 but body utf-8" must read as UTF-8.
    body = article().encode("utf-8")
    assert_decoded(Page.from_response(response(body, "text/html; charset=iso-8859-1")))


def test_ascii_page_keeps_its_declared_encoding() -> None:
    body = b"<html><head><meta charset='iso-8859-1'><title>Plain</title></head></html>"
    assert choose_encoding(response(body)) != "utf-8"


RUSSIAN_TITLE = "Новости дня"
RUSSIAN = ("Москва — столица России. Пресс-секретарь президента заявил, что переговоры "
           "продолжаются и будут завершены в ближайшее время.")


@pytest.mark.parametrize("content_type", [None, "text/html"])
def test_undeclared_cp1251(content_type: str | None) -> None:
    html = f"<html><head><title>{RUSSIAN_TITLE}</title></head><body>" \
           f"<p>{RUSSIAN}</p><p>{RUSSIAN}</p></body></html>"
    page = Page.from_response(response(html.encode("cp1251"), content_type))
    assert_decoded(page, RUSSIAN_TITLE, RUSSIAN)


def test_undeclared_hindi_utf8() -> None:
    hindi = "नई दिल्ली में सर्दी बढ़ी। मौसम विभाग ने कहा कि तापमान और गिरेगा।"
    html = f"<html><head><title>दिल्ली</title></head><body><p>{hindi}</p></body></html>"
    assert_decoded(Page.from_response(response(html.encode())), "दिल्ली", hindi)


def test_utf8_bom_contradicting_the_header() -> None:
    body = b"\xef\xbb\xbf" + article().encode("utf-8")
    assert_decoded(Page.from_response(response(body, "text/html; charset=iso-8859-1")))


def test_utf16_bom_contradicting_the_header() -> None:
    body = b"\xff\xfe" + article().encode("utf-16-le")
    assert_decoded(Page.from_response(response(body, "text/html; charset=utf-8")))


def test_unknown_declared_charset_falls_back() -> None:
    body = article('<meta charset="x-no-such-charset">').encode("utf-8")
    assert_decoded(Page.from_response(response(body, "text/html; charset=x-no-such-charset")))


# --- parser limits (RELIABILITY.md #21, #22) ------------------------------------------------

def test_deep_nesting_marks_the_page_truncated() -> None:
    html = "<html><body>" + "<div>" * 10_000 + "<p>deep</p>" + "</div>" * 10_000 + \
           "</body></html>"
    start = time.perf_counter()
    page = Page.from_response(response(html.encode()))
    assert time.perf_counter() - start < 2.0
    assert page.truncated is True


def test_ordinary_page_is_not_truncated() -> None:
    assert page_of().truncated is False


def test_empty_body_parses() -> None:
    root, errors = parse_html(b"", "utf-8")
    assert root.tag == "html"
    assert errors <= {"ERR_RESOURCE_LIMIT", "ERR_INVALID_ENCODING"}


@pytest.mark.parametrize("debris", [b"<!", b"<!-- cut", b"<!DOCTYPE html>", b"<?xml ?>"])
def test_markup_debris_parses_as_an_empty_page(debris: bytes) -> None:
    """A download cut after a few bytes holds no element: an empty page, not a crash."""
    root, _ = parse_html(debris, "utf-8")
    assert root.tag == "html"


STRAY_END = (
    "<html><head><title>T</title></head><body><div class='nav'>Home</div>{stray}"
    "<p>After the stray end tag.</p><time datetime='2024-11-20T18:45:00-06:00' pubdate>x</time>"
    "<script>var leaked = 1;</script></body></html>"
)


@pytest.mark.parametrize("stray", ["</html>", "</body>", "</body></html>"])
def test_content_after_a_stray_end_tag_belongs_to_the_page(stray: str) -> None:
    page = Page.from_response(response(STRAY_END.format(stray=stray).encode()))
    text = page.root.text_content()
    assert "After the stray end tag." in text
    assert "leaked" not in text
    assert page.dom_dates("published") + page.dom_dates("time") == ["2024-11-20T18:45:00-06:00"]
