"""The portal layout: an Indian WordPress portal's AMP pages as the "AMP for WP" plugin's
Swift design renders them (see `fixtures/sites/ampforwp/` and `sites/ampforwp.py`).

Articles follow the seed fixture block by block (`templates/portal_article.html`): category,
`h1.amp-post-title`, `.tl-exc`, `.cntn-wrp.artl-cnt > p`, the "This post was last modified on"
line, share bar, IANS author box, Spot.IM comments with "Load more...", tags, date, related
posts. Archives follow Swift's `archive.php`/`loop.php` (`.fsp` teasers, "Show more Posts");
static pages its `page.php`. No JSON-LD, as on the seed.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from datetime import datetime, timedelta
from urllib.parse import quote

from newsscraper.testsite.assets import fragment, skeleton
from newsscraper.testsite.fmt import esc, wp_date, wp_datetime, wp_time
from newsscraper.testsite.model import IST, Head
from newsscraper.testsite.topics import PORTAL_SECTIONS
from newsscraper.testsite.words import COMMENTERS, COMMENTS
from newsscraper.testsite.writer import rng, slugify

NAME = "India News Portal"
#: WordPress's default "posts per page".
PAGE_SIZE = 10
_CAT_IDS = {slug: 21 + i for i, slug in enumerate(PORTAL_SECTIONS)}
_GRAVATAR = "https://secure.gravatar.com/avatar/6b1f0c4e1f2d9a7c3e5b8d0a4c{:04d}?s=40&amp;d=mm&amp;r=g"


def _chrome(base: str) -> dict[str, str]:
    return {name: fragment(f"portal_{name}", base)
            for name in ("assets", "header", "footer", "analytics")}


def image_url(base: str, head: Head) -> str:
    """The article's lead image (not served: crawlers never need it)."""
    stem = "-".join(head.path.strip("/").split("/")[2].split("-")[:6])
    local = head.published.astimezone(IST)
    return f"{base}/wp-content/uploads/{local.year}/{local.month:02d}/{stem}.jpg"


def article(base: str, head: Head, paragraphs: Sequence[str], related: Sequence[Head],
            trending: Sequence[Head], comments: Sequence[str]) -> str:
    """One article page."""
    url = base + head.path
    image = image_url(base, head)
    words = sum(len(p.split()) for p in paragraphs)
    return skeleton("portal_article").substitute(
        _chrome(base), base=base, url=url, title=esc(head.title),
        standfirst=esc(head.standfirst), image=image, image_stem=image[:-4],
        reading=_minutes(words), post_id=head.post_id,
        cat_id=_CAT_IDS[head.section.slug], section_slug=head.section.slug,
        section=esc(head.section.name), caption=esc(head.tags[0]),
        paragraphs="\n".join(f"<p>{esc(p)}</p>" for p in paragraphs),
        modified=wp_datetime(head.modified), published=wp_datetime(head.published),
        share=_share(url, head.title), tags=_tags(base, head.tags),
        related="\n".join(_related(base, h) for h in related),
        trending="\n".join(f'<li><a href="{base}{h.path}">{esc(h.title)}</a></li>'
                           for h in trending),
        comments="\n".join(comments),
    )


def _minutes(words: int) -> str:
    """Yoast's "Est. reading time" at 200 words a minute."""
    n = max(1, round(words / 200))
    return f"{n} minute" if n == 1 else f"{n} minutes"


def _share(url: str, title: str) -> str:
    t = esc(title)
    tweet = f"url={quote(url, safe='')}&amp;text={quote(title, safe='')}&amp;via=indianewsportal"
    items = (
        ("facebook share", "s_fb", f"https://www.facebook.com/sharer.php?u={url}", ""),
        ("twitter share", "s_tw", f"https://twitter.com/intent/tweet?{tweet}", ""),
        ("email", "s_em", f"mailto:?subject={t}&amp;body={url}", ""),
        ("whatsapp share", "s_wp", f"https://api.whatsapp.com/send?text={t}&amp;nbsp;{url}",
         ' data-action="share/whatsapp/share"'),
    )
    return "\n".join(
        f'<li>\n<a title="{label}" class="{cls}" target="_blank" rel="nofollow noopener" '
        f'href="{href}"{extra}></a>\n</li>' for label, cls, href, extra in items)


def _tags(base: str, tags: Sequence[str]) -> str:
    return "".join(
        f'<span class="amp-tag amp-tag-{zlib.crc32(tag.encode()) % 9000 + 100}">'
        f'<a href="{base}/tag/{slugify(tag)}/" title="{esc(tag)}">{esc(tag)}</a></span>'
        for tag in tags)


def _related(base: str, head: Head) -> str:
    url, title = base + head.path, esc(head.title)
    image = image_url(base, head)[:-4] + "-220x134.jpg"
    excerpt = " ".join(head.standfirst.split()[:14]).rstrip(".,")
    return (
        f'<li class="has_thumbnail">\n<div class="rlp-image">\n'
        f'<a href="{url}" rel="bookmark" title="{title}">\n'
        f'<amp-img src="{image}" width="220" height="134" layout="responsive"></amp-img>\n'
        f'</a>\n</div>\n<div class="rlp-cnt">\n<div class="related_link">\n'
        f'<a href="{url}" title="{title}">{title}</a>\n'
        f"<p>{esc(excerpt)}&hellip;</p>\n</div>\n</div>\n</li>")


def comments_for(base: str, head: Head, seed: int, *, extra_at: datetime | None) -> list[str]:
    """The article's comments (0–3), plus one posted at `extra_at` (revision 2's change)."""
    r = rng(seed, head.site, head.index, "comments")
    url = base + head.path
    out = []
    when = head.published
    for n in range(r.randrange(4)):
        when += timedelta(minutes=r.randint(20, 300))
        out.append(_comment(base_id=head.post_id * 10 + n, url=url, when=when,
                            author=r.choice(COMMENTERS), text=r.choice(COMMENTS)))
    if extra_at is not None:
        out.append(_comment(base_id=head.post_id * 10 + 9, url=url, when=extra_at,
                            author=r.choice(COMMENTERS), text=r.choice(COMMENTS)))
    return out


def _comment(*, base_id: int, url: str, when: datetime, author: str, text: str) -> str:
    stamp = f"{wp_date(when)} at {wp_time(when)}"
    return (
        f'<li id="li-comment-{base_id}" class="comment even thread-even depth-1">\n'
        f'<article id="comment-{base_id}" class="cmt-body">\n<footer class="cmt-meta">\n'
        f'<amp-img src="{_GRAVATAR.format(base_id % 10_000)}" width="40" height="40" '
        f'layout="fixed" class="cmt-author-img"></amp-img>\n<div class="cmt-author vcard">\n'
        f'<b class="fn">{esc(author)}</b> <span class="says">says:</span>\n</div>\n'
        f'<div class="cmt-metadata">\n<a href="{url}#comment-{base_id}/">\n{stamp}\n</a>\n'
        f'</div>\n</footer>\n<div class="cmt-content">\n<p>{esc(text)}</p>\n</div>\n'
        f"</article>\n</li>")


def listing(base: str, *, path: str, title: str, heads: Sequence[Head], page: int, pages: int,
            body_class: str, extra: str = "") -> str:
    """An archive page (home, category, tag, author) in Swift's loop markup."""
    first = path if page == 1 else f"{path}page/{page}/"
    newer = f"{base}{path}" if page == 2 else f"{base}{path}page/{page - 1}/"
    older = f"{base}{path}page/{page + 1}/"
    rel = (f'<link rel="prev" href="{newer}" />\n' if page > 1 else "") + (
        f'<link rel="next" href="{older}" />\n' if page < pages else "")
    nav = (f'<div class="right"><a href="{older}" >Show more Posts</a></div>'
           if page < pages else "") + (
        f'<div class="left"><a href="{newer}" >Show previous Posts</a></div>' if page > 1 else "")
    teasers = "\n".join(teaser(base, h) for h in heads)
    main = (f'<div class="cntr archive">\n<div class="arch-tlt">\n'
            f'<h1 class="amp-archive-title">{esc(title)}</h1>\n</div>\n<div class="arch-dsgn">\n'
            f'<div class="arch-psts">\n{extra}{teasers}\n<div class="loop-pagination">{nav}'
            f'<div class="clearfix"></div></div>\n</div>\n</div>\n</div>')
    heading = title if page == 1 else f"{title} - Page {page} of {pages}"
    return _page(base, url=base + first, title=heading, main=main, rel_links=rel,
                 body_class=f"{body_class} amp-archive", robots="index, follow")


def teaser(base: str, head: Head, *, path: str | None = None) -> str:
    """One `.fsp` teaser of Swift's loop."""
    url = base + (path or head.path)
    title = esc(head.title)
    image = image_url(base, head)[:-4] + "-346x188.jpg"
    cat = head.section
    return (
        f'<div class="fsp">\n<div class="fsp-img">\n<div class="image-container">'
        f'<a href="{url}"><amp-img src="{image}" width="346" height="188" '
        f'layout="responsive" alt="{title}"></amp-img></a></div>\n</div>\n'
        f'<div class="fsp-cnt">\n<ul class="loop-category"><li class="amp-cat-'
        f'{_CAT_IDS[cat.slug]}"><a href="{base}/category/{cat.slug}/">{esc(cat.name)}</a>'
        f'</li></ul>\n<h2 class="loop-title"><a href="{url}">{title}</a></h2>\n'
        f'<p class="loop-excerpt">{esc(head.standfirst)}</p>\n<div class="pt-dt">\n'
        f'<div class="loop-date">{wp_date(head.published)}</div>\n</div>\n</div>\n</div>')


def static_page(base: str, *, path: str, title: str, paragraphs: Sequence[str],
                page_id: int) -> str:
    """A WordPress page (About Us, Contact Us …) in Swift's `page.php` markup; paragraphs
    are HTML (they may hold links)."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    main = (f'<div class="sp">\n<div class="cntr">\n<h1 class="amp-post-title">{esc(title)}'
            f'</h1>\n<div class="pg">\n<div class="cntn-wrp">\n{body}\n</div>\n</div>\n'
            f"</div>\n</div>")
    return _page(base, url=base + path, title=title, main=main, rel_links="",
                 body_class=f"page page-id-{page_id} amp-single page", robots="index, follow")


def _page(base: str, *, url: str, title: str, main: str, rel_links: str, body_class: str,
          robots: str) -> str:
    return skeleton("portal_page").substitute(
        _chrome(base), base=base, url=url, title=esc(title), main=main, rel_links=rel_links,
        body_class=body_class, robots=robots)
