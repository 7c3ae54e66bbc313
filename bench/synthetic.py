"""Synthetic ~100 KB CMS article pages for the speed benchmark (seeded, deterministic).

Shaped like the pages PERFORMANCE.md measured: ~13 KB inline CSS, a JSON-LD NewsArticle, ~10 KB
inline vendor JS, a 16×8 mega-menu, two share bars with inline SVG icons, a 400–1200 word body
with in-article ad slots, a figure and a "Read more" aside, the "This post was last modified on"
line, tags, 12 related cards, comments, a newsletter form and a 6-column footer.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

WORDS = [
    "government", "minister", "said", "officials", "police", "court", "state", "market",
    "economy", "rupee", "growth", "election", "party", "leaders", "talks", "agreement",
    "security", "border", "report", "data", "bank", "rates", "inflation", "farmers", "monsoon",
    "capital", "district", "spokesman", "statement", "ministry", "week", "month", "year",
    "percent", "investors", "companies", "exports", "trade", "project", "infrastructure",
    "railway", "airport", "health", "hospital", "students",
]
SECTIONS = ("india", "world", "business", "sports", "tech", "health", "science", "cities",
            "politics", "economy", "markets", "opinion", "education", "environment", "auto", "life")
SVG = ('<svg viewBox="0 0 24 24" width="18" height="18"><path d="'
       + "M12 2L2 7l10 5 10-5-10-5z" * 6 + '"/></svg>')


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 28))]
    return " ".join(words).capitalize() + "."


def page(i: int, seed: int = 7) -> tuple[str, bytes]:
    """(url, html bytes) of synthetic article `i`."""
    rng = random.Random(seed * 100_003 + i)
    section = rng.choice(SECTIONS)
    url = f"http://bench.example/{section}/2024/12/{i:06d}-story/"
    title = _sentence(rng)[:90].rstrip(".")
    modified = datetime(2024, 12, 17, 13, 3) - timedelta(minutes=i)
    stamp = modified.strftime("%B %d, %Y %I:%M %p").replace(" 0", " ").lower().replace("am", "am")
    paras = "".join(
        f"<p>{' '.join(_sentence(rng) for _ in range(rng.randint(2, 4)))}</p>"
        + ('<div class="ad-slot in-article"><span>Advertisement</span></div>' if k % 4 == 3 else "")
        for k in range(rng.randint(10, 24))
    )
    menu = "".join(
        f'<li class="menu-item"><a href="/{s}/">{s.title()}</a><ul class="sub-menu">'
        + "".join(f'<li><a href="/{s}/{j}/">{s} {j}</a></li>' for j in range(8)) + "</ul></li>"
        for s in SECTIONS
    )
    share = f'<div class="share-buttons">{"".join(f"<a href=#>{SVG}</a>" for _ in range(8))}</div>'
    related = "".join(
        f'<div class="related-card"><a href="/r/{k}/"><img src="/i/{k}.jpg" alt=""><h3>'
        f"{_sentence(rng)[:70]}</h3></a></div>" for k in range(12)
    )
    comments = "".join(
        f'<li class="comment"><div class="comment-author"><img src="/a/{k}.png"> Reader {k}</div>'
        f'<p>{_sentence(rng)}</p><button class="reply">Reply</button></li>'
        for k in range(rng.randint(10, 40))
    )
    css = ".x{color:#333;margin:0 auto;padding:4px 8px}" * 320
    js = "window.dataLayer=window.dataLayer||[];function g(){dataLayer.push(arguments)}" * 130
    ld = (
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"' + title + '",'
        '"datePublished":"2024-12-16T21:15:00+05:30","author":{"@type":"Person","name":"IANS"}}'
    )
    html = (
        f'<!doctype html><html lang="en-IN"><head><meta charset="utf-8"><title>{title} - Bench News'
        f'</title><link rel="canonical" href="{url}"><meta property="og:title" content="{title}">'
        f'<meta property="og:type" content="article"><meta name="description" content="{title}">'
        f"<style>{css}</style>"
        f'<script type="application/ld+json">{ld}</script></head><body>'
        f'<header class="site-header"><nav class="main-nav"><ul>{menu}</ul></nav>'
        f'<div class="ticker">Breaking: {_sentence(rng)}</div></header>'
        f'<main><article class="post"><span class="cat-links"><a href="/{section}/">{section}'
        f'</a></span><h1 class="entry-title">{title}</h1>{share}'
        f'<div class="entry-content article-body">{paras}<figure><img src="/f.jpg">'
        f"<figcaption>{_sentence(rng)}</figcaption></figure>"
        f'<aside class="read-more">Read more: <a href="/x/">{_sentence(rng)}</a></aside></div>'
        f'<p class="last-modified"><em>This post was last modified on {stamp}</em></p>'
        f'<div class="tags"><a href="/tag/a/">a</a><a href="/tag/b/">b</a></div>{share}'
        f'<section class="related-posts">{related}</section>'
        f'<section id="comments" class="comments-area"><ol>{comments}</ol></section>'
        f'<form class="newsletter"><input type="email"><button>Subscribe</button></form>'
        f"</article></main><footer class=\"site-footer\">"
        + "".join(f"<div class=col><h4>Col {c}</h4>{menu}</div>" for c in range(6))
        + f"</footer><script>{js}</script></body></html>"
    )
    return url, html.encode("utf-8")


def write(directory: Path, count: int, seed: int = 7) -> list[Path]:
    """Write `count` pages as `<n>.html` into `directory`; returns the paths."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        _, body = page(i, seed)
        path = directory / f"{i:06d}.html"
        path.write_bytes(body)
        paths.append(path)
    return paths
