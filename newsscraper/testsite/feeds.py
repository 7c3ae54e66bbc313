"""Machine-readable discovery documents: robots.txt, sitemap indexes and urlsets (sitemaps.org
0.9), Google News sitemaps, the portal's RSS 2.0 feed (as WordPress writes it) and the wire's
Atom 1.0 feed. Plain strings in, XML text out; escaping is `xml.sax.saxutils`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from xml.sax.saxutils import escape

from newsscraper.testsite.fmt import esc, iso, rfc822
from newsscraper.testsite.model import Head

XML_TYPE = "application/xml; charset=UTF-8"
GZIP_TYPE = "application/x-gzip"
RSS_TYPE = "application/rss+xml; charset=UTF-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"
_XML = '<?xml version="1.0" encoding="UTF-8"?>\n'
_SITEMAP_NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def robots(rules: Sequence[tuple[str, str]], sitemaps: Sequence[str]) -> str:
    """robots.txt: one group for every agent with (Disallow|Allow, path) rules, then the
    Sitemap lines."""
    lines = ["# robots.txt of the newsscraper test site", "User-agent: *"]
    lines += [f"{verb}: {path}" for verb, path in rules]
    lines.append("")
    lines += [f"Sitemap: {url}" for url in sitemaps]
    return "\n".join(lines) + "\n"


def sitemap_index(entries: Sequence[tuple[str, datetime]]) -> str:
    """A sitemap index of (urlset URL, lastmod)."""
    items = "".join(f"<sitemap>\n<loc>{escape(loc)}</loc>\n<lastmod>{iso(at)}</lastmod>\n"
                    f"</sitemap>\n" for loc, at in entries)
    return f"{_XML}<sitemapindex {_SITEMAP_NS}>\n{items}</sitemapindex>\n"


def urlset(entries: Sequence[tuple[str, datetime]]) -> str:
    """A urlset of (page URL, lastmod)."""
    items = "".join(f"<url>\n<loc>{escape(loc)}</loc>\n<lastmod>{iso(at)}</lastmod>\n</url>\n"
                    for loc, at in entries)
    return f"{_XML}<urlset {_SITEMAP_NS}>\n{items}</urlset>\n"


def news_sitemap(base: str, name: str, language: str, heads: Sequence[Head]) -> str:
    """A Google News sitemap: publication, publication_date and title of each article."""
    items = "".join(
        f"<url>\n<loc>{escape(base + h.path)}</loc>\n<news:news>\n<news:publication>\n"
        f"<news:name>{escape(name)}</news:name>\n<news:language>{language}</news:language>\n"
        f"</news:publication>\n<news:publication_date>{iso(h.published)}"
        f"</news:publication_date>\n<news:title>{escape(h.title)}</news:title>\n"
        f"</news:news>\n</url>\n" for h in heads)
    return (f'{_XML}<urlset {_SITEMAP_NS}\n'
            f' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n{items}</urlset>\n')


def rss(base: str, heads: Sequence[Head], built: datetime,
        body: Callable[[Head], Sequence[str]], title: str = "India News Portal",
        creator: str = "Indo-Asian News Service") -> str:
    """A WordPress site's /feed/: RSS 2.0 with full content and ?p= GUIDs."""
    items = "".join(_rss_item(base, h, body(h), creator) for h in heads)
    return (
        f'{_XML}<rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n'
        f'\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        f'\txmlns:atom="http://www.w3.org/2005/Atom"\n'
        f'\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n\t>\n\n<channel>\n'
        f"\t<title>{escape(title)}</title>\n"
        f'\t<atom:link href="{esc(base)}/feed/" rel="self" type="application/rss+xml" />\n'
        f"\t<link>{escape(base)}/</link>\n\t<description>News from India and the world"
        f"</description>\n\t<lastBuildDate>{rfc822(built)}</lastBuildDate>\n"
        f"\t<language>en-IN</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n"
        f"\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
        f"\t<generator>https://wordpress.org/?v=6.4.2</generator>\n{items}</channel>\n</rss>\n")


def _rss_item(base: str, head: Head, paragraphs: Sequence[str], creator: str) -> str:
    url = escape(base + head.path)
    categories = "".join(f"\t\t<category><![CDATA[{c}]]></category>\n"
                         for c in (head.section.name, *head.tags))
    content = "".join(f"<p>{esc(p)}</p>\n" for p in paragraphs)
    return (f"\t<item>\n\t\t<title>{escape(head.title)}</title>\n\t\t<link>{url}</link>\n"
            f"\t\t<comments>{url}#respond</comments>\n"
            f"\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n"
            f"\t\t<pubDate>{rfc822(head.published)}</pubDate>\n{categories}"
            f'\t\t<guid isPermaLink="false">{escape(base)}/?p={head.post_id}</guid>\n'
            f"\t\t<description><![CDATA[{head.standfirst}]]></description>\n"
            f"\t\t<content:encoded><![CDATA[{content}]]></content:encoded>\n\t</item>\n")


def atom(base: str, heads: Sequence[Head], updated: datetime,
         author: Callable[[Head], str]) -> str:
    """The wire's Atom feed of its latest stories."""
    entries = "".join(
        f"<entry>\n<id>tag:wire.testsite,2024:story-{h.post_id}</id>\n"
        f"<title>{escape(h.title)}</title>\n"
        f'<link rel="alternate" type="text/html" href="{esc(base + h.path)}"/>\n'
        f"<published>{iso(h.published)}</published>\n<updated>{iso(h.modified)}</updated>\n"
        f"<author><name>{escape(author(h))}</name></author>\n"
        f'<category term="{esc(h.section.slug)}" label="{esc(h.section.name)}"/>\n'
        f"<summary>{escape(h.standfirst)}</summary>\n</entry>\n" for h in heads)
    return (f'{_XML}<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-IN">\n'
            f"<id>tag:wire.testsite,2024:latest</id>\n<title>The National Wire: latest</title>\n"
            f"<updated>{iso(updated)}</updated>\n"
            f'<link rel="self" type="application/atom+xml" href="{esc(base)}/feeds/latest.atom"/>\n'
            f'<link rel="alternate" type="text/html" href="{esc(base)}/"/>\n{entries}</feed>\n')
