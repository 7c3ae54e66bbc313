"""The wpportal layout's page frame and its non-article pages: archives (home, category,
tag, author, search results) in the theme's loop markup with `/page/N/` pagination, static
WordPress pages (About, Contact, Privacy Policy), and the sidebar every page carries.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsscraper.testsite.assets import fragment, skeleton
from newsscraper.testsite.fmt import esc, iso, wp_date
from newsscraper.testsite.model import Head
from newsscraper.testsite.wpportal import NAME, image_url

#: WordPress's default "posts per page".
PAGE_SIZE = 10


def frame(base: str, *, head: str, body_class: str, main: str, trending: Sequence[Head]) -> str:
    """A whole HTML page around `main`."""
    return skeleton("wpportal_page").substitute(
        base=base, head=head, body_class=body_class, main=main,
        header=fragment("wpportal_header", base), footer=fragment("wpportal_footer", base),
        sidebar=_sidebar(base, trending))


def _sidebar(base: str, trending: Sequence[Head]) -> str:
    items = "\n".join(f'<li><a href="{base}{h.path}">{esc(h.title)}</a></li>' for h in trending)
    return (f'<aside id="search-2" class="widget inner-padding widget_search"><form method="get" '
            f'class="search-form" action="{base}/"><label><span class="screen-reader-text">Search'
            f' for:</span><input type="search" class="search-field" placeholder="Search &hellip;"'
            f' value="" name="s" /></label><button class="search-submit">Search</button></form>'
            f'</aside>\n<aside id="trending-3" class="widget inner-padding widget_trending">'
            f'<h2 class="widget-title">Trending</h2><ul>\n{items}\n</ul></aside>\n'
            f'<aside id="text-7" class="widget inner-padding widget_text"><h2 class="widget-title">'
            f'Newsletter</h2><div class="textwidget"><p>Get the day&#8217;s top stories in your '
            f'inbox. <a href="{base}/contact/">Subscribe</a></p></div></aside>')


def _simple_head(url: str, title: str, robots: str, rel_links: str = "") -> str:
    return (f"\t<title>{esc(title)}</title>\n\t<meta name='robots' content='{robots}' />\n"
            f'\t<link rel="canonical" href="{url}" />\n{rel_links}'
            f'\t<meta property="og:locale" content="en_US" />\n'
            f'\t<meta property="og:type" content="website" />\n'
            f'\t<meta property="og:title" content="{esc(title)}" />\n'
            f'\t<meta property="og:url" content="{url}" />\n'
            f'\t<meta property="og:site_name" content="{NAME}" />')


def listing(base: str, *, path: str, title: str, heads: Sequence[Head], page: int, pages: int,
            body_class: str, trending: Sequence[Head], query: str = "") -> str:
    """An archive page: `path` is the first page's, `query` a search's "?s=…" suffix."""
    def at(n: int) -> str:
        return f"{base}{path}" + ("" if n == 1 else f"page/{n}/") + query
    rel = (f'\t<link rel="prev" href="{at(page - 1)}" />\n' if page > 1 else "") + (
        f'\t<link rel="next" href="{at(page + 1)}" />\n' if page < pages else "")
    numbers = " ".join(
        f'<span aria-current="page" class="page-numbers current">{n}</span>' if n == page
        else f'<a class="page-numbers" href="{at(n)}">{n}</a>' for n in range(1, pages + 1))
    nav = ((f'<a class="prev page-numbers" href="{at(page - 1)}">&larr; Previous</a> '
            if page > 1 else "") + numbers +
           (f' <a class="next page-numbers" href="{at(page + 1)}">Next &rarr;</a>'
            if page < pages else ""))
    teasers = "\n".join(_teaser(base, h) for h in heads) or (
        '<div class="no-results not-found"><div class="inside-article">'
        '<header class="entry-header"><h1 class="entry-title">Nothing Found</h1></header>'
        '<div class="entry-content"><p>Sorry, but nothing matched your search terms.</p>'
        "</div></div></div>")
    main = (f'<header class="page-header" aria-label="Page"><h1 class="page-title">{esc(title)}'
            f"</h1></header>\n{teasers}\n"
            f'<nav id="nav-below" class="paging-navigation" aria-label="Archive Page">'
            f'<div class="nav-links">{nav}</div></nav>')
    heading = f"{title} - {NAME}" if page == 1 else f"{title} - Page {page} of {pages} - {NAME}"
    robots = "noindex, follow" if query else "index, follow, max-image-preview:large"
    return frame(base, head=_simple_head(at(page), heading, robots, rel),
                 body_class=body_class, main=main, trending=trending)


def _teaser(base: str, head: Head) -> str:
    url, title, cat = base + head.path, esc(head.title), head.section
    return (
        f'<article id="post-{head.post_id}" class="post-{head.post_id} post type-post '
        f'status-publish format-standard has-post-thumbnail hentry category-'
        f'{cat.slug.split("/")[-1]}" itemtype="https://schema.org/CreativeWork" itemscope>\n'
        f'<div class="inside-article">\n<div class="post-image"><a href="{url}"><img width="'
        f'300" height="169" src="{image_url(base, head)[:-4]}-300x169.jpg" class="attachment-'
        f'medium size-medium wp-post-image" alt="" loading="lazy" /></a></div>\n'
        f'<header class="entry-header">\n<h2 class="entry-title" itemprop="headline"><a href="'
        f'{url}" rel="bookmark">{title}</a></h2>\n<div class="entry-meta"><span class="posted-on">'
        f'<time class="entry-date published" datetime="{iso(head.published)}">'
        f"{wp_date(head.published)}</time></span></div>\n</header>\n"
        f'<div class="entry-summary" itemprop="text"><p>{esc(head.standfirst)} <a title="{title}"'
        f' class="read-more" href="{url}" aria-label="Read more about {title}">Read more</a></p>'
        f'</div>\n<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links">'
        f'<a href="{base}/category/{cat.slug}/" rel="category tag">{esc(cat.name)}</a></span>'
        f"</footer>\n</div>\n</article>")


def static_page(base: str, *, path: str, title: str, paragraphs: Sequence[str], page_id: int,
                trending: Sequence[Head]) -> str:
    """A WordPress page; paragraphs are HTML (they may hold links)."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    main = (f'<article id="post-{page_id}" class="post-{page_id} page type-page status-publish"'
            f' itemtype="https://schema.org/CreativeWork" itemscope>\n<div class="inside-article">'
            f'\n<header class="entry-header"><h1 class="entry-title" itemprop="headline">'
            f'{esc(title)}</h1></header>\n<div class="entry-content" itemprop="text">\n{body}\n'
            f"</div>\n</div>\n</article>")
    url = base + path
    return frame(base, head=_simple_head(url, f"{title} - {NAME}", "index, follow"),
                 body_class=f"page-template-default page page-id-{page_id}", main=main,
                 trending=trending)
