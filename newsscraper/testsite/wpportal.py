"""The wpportal layout's article page: an ordinary WordPress news theme (GeneratePress-style
markup, standard WP classes) republishing IANS copy, as `fixtures/generic/indianewsportal-*`.

`article.post` > `.entry-header` (`.cat-links`, `h1.entry-title`, `.entry-meta` with
`time.entry-date.published` and, on Yoast posts, `time.updated`), `.post-image`,
`.entry-content` (paragraphs with an "NEW DELHI, Dec 17 (IANS) — " dateline, the WP Last
Modified Info line "This post was last modified on …", then what plugins append to the
content: a Jetpack sharedaddy box or a theme "Share" bar, a Simple Author Box bio, Jetpack's
related-posts stub; on some posts an "Also Read:" link inside the copy, the "last modified"
line or the share bar before the copy), `.entry-footer` tags, "Related posts", comments with
"Load more..." and "Leave a Reply". Two kinds of post (`yoast_head(head)`): Yoast SEO's
head (canonical, og:*, article:published/modified_time, twitter:label1 "Written by", JSON-LD
@graph), or a bare head whose only modified time is the visible "last modified" line.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from newsscraper.testsite.assets import skeleton
from newsscraper.testsite.fmt import esc, iso, wp_date, wp_datetime, wp_time
from newsscraper.testsite.model import IST, Head
from newsscraper.testsite.words import COMMENTERS, COMMENTS
from newsscraper.testsite.writer import rng, slugify

NAME = "Desh Videsh Times"
AUTHOR = ("ians", "IANS")
_BIO = ("Indo-Asian News Service (IANS) is an Indian news agency founded in 1986. Its copy "
        "is republished on Desh Videsh Times under a syndication agreement.")
_GRAVATAR = "https://secure.gravatar.com/avatar/a3c9e{:05d}?s={}&#038;d=mm&#038;r=g"


def yoast_head(head: Head) -> bool:
    """Whether the post's page carries Yoast SEO's head (two in three); the others print no
    modified time but the visible "last modified" line."""
    return head.index % 3 != 1


def image_url(base: str, head: Head) -> str:
    """The post's featured image (not served)."""
    local = head.published.astimezone(IST)
    return (f"{base}/wp-content/uploads/{local.year}/{local.month:02d}/"
            f"{slugify(head.title, max_words=6)}.jpg")


def head_meta(base: str, head: Head, words: int) -> str:
    """What goes in <head> for the post: Yoast's block, or WordPress core's alone."""
    url, title = base + head.path, esc(head.title)
    if not yoast_head(head):
        return (f"\t<title>{title} &#8211; {NAME}</title>\n"
                f"\t<meta name='robots' content='max-image-preview:large' />\n"
                f'\t<link rel="canonical" href="{url}" />\n'
                f"\t<link rel='shortlink' href='{base}/?p={head.post_id}' />")
    image = image_url(base, head)
    minutes = max(1, round(words / 200))
    metas = (
        ("name", "description", head.standfirst), ("property", "og:locale", "en_US"),
        ("property", "og:type", "article"), ("property", "og:title", f"{head.title} - {NAME}"),
        ("property", "og:description", head.standfirst), ("property", "og:url", url),
        ("property", "og:site_name", NAME),
        ("property", "article:publisher", "https://www.facebook.com/deshvidesh"),
        ("property", "article:published_time", iso(head.published)),
        ("property", "article:modified_time", iso(head.modified)),
        ("property", "og:image", image), ("property", "og:image:width", "1200"),
        ("property", "og:image:height", "675"), ("property", "og:image:type", "image/jpeg"),
        ("name", "author", "IANS"), ("name", "twitter:card", "summary_large_image"),
        ("name", "twitter:label1", "Written by"), ("name", "twitter:data1", "IANS"),
        ("name", "twitter:label2", "Est. reading time"),
        ("name", "twitter:data2", f"{minutes} minute{'s' if minutes > 1 else ''}"),
    )
    lines = [f"\t<title>{title} - {NAME}</title>",
             "\t<meta name='robots' content='index, follow, max-image-preview:large, "
             "max-snippet:-1, max-video-preview:-1' />",
             f'\t<link rel="canonical" href="{url}" />']
    lines += [f'\t<meta {kind}="{key}" content="{esc(value)}" />' for kind, key, value in metas]
    graph = json.dumps(_graph(base, head, image, words), ensure_ascii=False).replace("/", "\\/")
    lines.append(f'\t<script type="application/ld+json" class="yoast-schema-graph">{graph}'
                 "</script>")
    return "\n".join(lines)


def _graph(base: str, head: Head, image: str, words: int) -> dict[str, Any]:
    url = base + head.path
    person = f"{base}/#/schema/person/5e2b7c1d9a0f"
    return {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": {"name": "IANS", "@id": person}, "headline": head.title,
         "datePublished": iso(head.published), "dateModified": iso(head.modified),
         "mainEntityOfPage": {"@id": url}, "wordCount": words,
         "publisher": {"@id": f"{base}/#organization"}, "image": {"@id": f"{url}#primaryimage"},
         "thumbnailUrl": image, "keywords": list(head.tags),
         "articleSection": [head.section.name], "inLanguage": "en-US"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{head.title} - {NAME}",
         "isPartOf": {"@id": f"{base}/#website"}, "datePublished": iso(head.published),
         "dateModified": iso(head.modified), "description": head.standfirst,
         "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "en-US"},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{base}/"},
            {"@type": "ListItem", "position": 2, "name": head.section.name,
             "item": f"{base}/category/{head.section.slug}/"},
            {"@type": "ListItem", "position": 3, "name": head.title}]},
        {"@type": "WebSite", "@id": f"{base}/#website", "url": f"{base}/", "name": NAME,
         "publisher": {"@id": f"{base}/#organization"}},
        {"@type": "Organization", "@id": f"{base}/#organization", "name": NAME,
         "url": f"{base}/"},
        {"@type": "Person", "@id": person, "name": "IANS", "url": f"{base}/author/ians/"},
    ]}


def article(base: str, head: Head, paragraphs: Sequence[str], related: Sequence[Head],
            comments: Sequence[str]) -> str:
    """The <main> of one post page."""
    url, title = base + head.path, esc(head.title)
    yoast = yoast_head(head)
    updated = (f'<time class="updated" datetime="{iso(head.modified)}">'
               f"{wp_date(head.modified)}</time>" if yoast else "")
    body = [f"<p>{esc(p)}</p>" for p in paragraphs]
    if related and head.index % 2 == 0 and len(body) > 4:  # an editor's inline link
        body.insert(3, f'<p><strong>Also Read:</strong> <a href="{base}{related[0].path}">'
                       f"{esc(related[0].title)}</a></p>")
    line = (f'<p class="post-modified-info">This post was last modified on '
            f"{wp_datetime(head.modified)}</p>")
    before = head.index % 4 == 3  # the plugin's "before content" position
    content = "\n".join([line, *body] if before else body)
    appended = [] if before else [line]
    if yoast:
        appended.append(_sharedaddy(url, head.post_id))
    elif head.index % 4 == 1:  # the theme's share bar above the copy
        content = _share_bar(url, head.title) + "\n" + content
        appended.append(_author_box(base))
    else:
        appended += [_share_bar(url, head.title), _author_box(base)]
    appended.append("<div id='jp-relatedposts' class='jp-relatedposts' >\n\t<h3 class=\""
                    'jp-relatedposts-headline"><em>Related</em></h3>\n</div>')
    cat = head.section
    tags = ", ".join(f'<a href="{base}/tag/{slugify(t)}/" rel="tag">{esc(t)}</a>'
                     for t in head.tags)
    classes = " ".join([f"post-{head.post_id}", "post", "type-post", "status-publish",
                        "format-standard", "has-post-thumbnail", "hentry",
                        f"category-{cat.slug.split('/')[-1]}",
                        *(f"tag-{slugify(t)}" for t in head.tags)])
    related_block = "" if not related else (
        '<div class="related-posts-wrap">\n\t<h3 class="related-posts-title">Related posts</h3>'
        '\n\t<ul class="related-posts">\n' + "\n".join(
            f'<li><a href="{base}{h.path}" rel="bookmark">{esc(h.title)}</a> '
            f'<span class="rp-date">{wp_date(h.published)}</span></li>' for h in related)
        + "\n\t</ul>\n</div>")
    comment_list = "" if not comments else (
        f'\t\t<h3 class="comments-title">{len(comments)} thought'
        f'{"s" if len(comments) > 1 else ""} on &ldquo;{title}&rdquo;</h3>\n'
        f'\t\t<ol class="comment-list">\n' + "\n".join(comments) + "\n\t\t</ol>")
    return skeleton("wpportal_article").substitute(
        post_id=head.post_id, classes=classes, base=base, url=url, title=title,
        section_slug=cat.slug, section=esc(cat.name), published_iso=iso(head.published),
        published=wp_date(head.published), updated=updated, image=image_url(base, head),
        image_alt=esc(head.tags[0]), content=content, appended="\n".join(appended), tags=tags,
        author_box=_author_box(base) if yoast else "", related=related_block,
        comment_list=comment_list)


def _sharedaddy(url: str, post_id: int) -> str:
    items = "".join(
        f'<li class="share-{key}"><a rel="nofollow noopener noreferrer" data-shared="sharing-'
        f'{key}-{post_id}" class="share-{key} sd-button share-icon" href="{url}?share={key}" '
        f'target="_blank" title="Click to share on {label}" ><span>{label}</span></a></li>'
        for key, label in (("facebook", "Facebook"), ("x", "X"),
                           ("jetpack-whatsapp", "WhatsApp"), ("email", "Email")))
    return ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block '
            'sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>'
            f'<div class="sd-content"><ul>{items}<li class="share-end"></li></ul></div></div>'
            "</div>")


def _share_bar(url: str, title: str) -> str:
    t = esc(title)
    return (f'<div class="post-share-bar"><span class="share-label">Share</span>'
            f'<a class="share-fb" href="https://www.facebook.com/sharer.php?u={url}" '
            f'target="_blank" rel="nofollow">Facebook</a>'
            f'<a class="share-tw" href="https://twitter.com/intent/tweet?url={url}&amp;text={t}" '
            f'target="_blank" rel="nofollow">Twitter</a>'
            f'<a class="share-wa" href="https://api.whatsapp.com/send?text={t}%20{url}" '
            f'target="_blank" rel="nofollow">WhatsApp</a></div>')


def _author_box(base: str) -> str:
    """Simple Author Box's bio, as it prints after the content."""
    return (f'<div class="saboxplugin-wrap" itemtype="http://schema.org/Person" itemscope '
            f'itemprop="author"><div class="saboxplugin-tab"><div class="saboxplugin-gravatar">'
            f'<img src="{_GRAVATAR.format(1, 100)}" width="100" height="100" alt="IANS" '
            f'itemprop="image"></div><div class="saboxplugin-authorname"><a href="{base}'
            f'/author/ians/" class="vcard author" rel="author"><span class="fn">IANS</span>'
            f'</a></div><div class="saboxplugin-desc"><div itemprop="description"><p>{_BIO}'
            f"</p></div></div></div></div>")


def comments_for(base: str, head: Head, seed: int, *, extra_at: datetime | None) -> list[str]:
    """The post's comments (0–3), plus one posted at `extra_at` (revision 2's change)."""
    r = rng(seed, head.site, head.index, "comments")
    when, out = head.published, []
    stamps = []
    for _ in range(r.randrange(4)):
        when += timedelta(minutes=r.randint(20, 300))
        stamps.append(when)
    if extra_at is not None:
        stamps.append(extra_at)
    for n, at in enumerate(stamps):
        out.append(_comment(base + head.path, head.post_id * 10 + n, at,
                            r.choice(COMMENTERS), r.choice(COMMENTS)))
    return out


def _comment(url: str, cid: int, when: datetime, author: str, text: str) -> str:
    return (
        f'<li id="comment-{cid}" class="comment even thread-even depth-1">\n'
        f'<article id="div-comment-{cid}" class="comment-body">\n<footer class="comment-meta">'
        f'\n<div class="comment-author vcard"><img alt="" src="{_GRAVATAR.format(cid % 99999, 50)}'
        f'" class="avatar avatar-50 photo" height="50" width="50" loading="lazy" /> <b class="fn">'
        f'{esc(author)}</b> <span class="says">says:</span></div>\n<div class="comment-metadata">'
        f'<a href="{url}#comment-{cid}"><time datetime="{iso(when)}">{wp_date(when)} at '
        f"{wp_time(when)}</time></a></div>\n</footer>\n"
        f'<div class="comment-content"><p>{esc(text)}</p></div>\n<div class="reply"><a '
        f'rel="nofollow" class="comment-reply-link" href="{url}?replytocom={cid}#respond">Reply'
        f"</a></div>\n</article>\n</li>")
