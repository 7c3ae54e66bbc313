"""The lead image where the page prints it and metadata does not: featured images, AMP
heroes, lead attachments, figures in or after the headline's block, schema.org images.

Separate because each reader returns image URLs only (`image_src`), for the `image_url`
row of `fields.PRINTED_SOURCES`, and needs nothing but the headline's landmarks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from lxml import etree

from newsscraper.extract.headline import DATE_LINE_SIBLINGS, FRAME_TAGS, SECOND_P, headline_block
from newsscraper.extract.pagekind import wordpress_single_post
from newsscraper.page import Element, text_content

if TYPE_CHECKING:
    from newsscraper.page import Page


def image_srcs(xpath: etree.XPath) -> Callable[[Element], Iterator[str]]:
    return lambda scope: (image_src(img) for img in xpath(scope))


FIGURE_IMAGES = etree.XPath("descendant::figure//img")
IMAGE_OBJECT_FIGURES = etree.XPath(
    "(descendant::figure[contains(@itemtype, 'ImageObject')]//img)[1]")
MICRODATA_IMAGES = etree.XPath(
    "descendant::img[@itemprop='image'][ancestor::*[@itemscope][1][contains(@itemtype, "
    "'Article') or contains(@itemtype, 'BlogPosting')]]")


def featured_image_srcs(scope: Element) -> Iterator[str]:
    """The `src` of the post's featured image: WordPress's the_post_thumbnail() always adds
    class "wp-post-image", which the AMP plugin's Reader mode keeps on the <amp-img> it prints
    instead of the <img> (a tag-filtered iter(): an XPath testing both tags cost 7× more).

    >>> import lxml.html
    >>> list(featured_image_srcs(lxml.html.fragment_fromstring(
    ...     '<article><figure class="amp-wp-article-featured-image"><amp-img width="1200" '
    ...     'src="lead.jpg" class="attachment-large wp-post-image"></amp-img></figure>'
    ...     '<amp-img class="avatar" src="a.png"></amp-img></article>')))
    ['lead.jpg']
    """
    return (src for img in scope.iter("img", "amp-img")
            if "wp-post-image" in (names := img.get("class", ""))  # (most: no split)
            and "wp-post-image" in names.split() and (src := image_src(img)))


def amp_hero_srcs(scope: Element) -> Iterator[str]:
    """The `src` of an AMP page's hero image: AMP marks the lead `<amp-img>` with `data-hero`
    (so its cache renders it server-side), which custom CMSs' AMP templates print without any
    WordPress class (Quintype's header card). Only `<amp-img>`s are walked: none on other pages.

    >>> import lxml.html
    >>> list(amp_hero_srcs(lxml.html.fragment_fromstring(
    ...     '<div><amp-img src="logo.png"></amp-img><amp-img data-hero="true" src="lead.jpg">'
    ...     '</amp-img></div>')))
    ['lead.jpg']
    """
    return (src for img in scope.iter("amp-img")
            if img.get("data-hero") is not None and (src := image_src(img)))


def image_src(img: Element) -> str:
    """The address of the picture an <img> shows. Lazy loading (lazysizes, WP Rocket, a3 Lazy
    Load, themes' own: Soledad, JNews) leaves a placeholder in `src` and puts the picture in
    `data-src` / `data-lazy-src`, which the script copies into `src` once it is in view.

    >>> import lxml.html
    >>> image_src(lxml.html.fragment_fromstring(
    ...     '<img src="/images/holder.png" data-src="/uploads/lead-1170x780.jpg">'))
    '/uploads/lead-1170x780.jpg'
    >>> image_src(lxml.html.fragment_fromstring('<img src="lead.jpg">'))
    'lead.jpg'
    """
    return img.get("data-src") or img.get("data-lazy-src") or img.get("src") or ""


#: A media-library image (wp_get_attachment_image() classes it "wp-image-<id>") that comes
#: after the headline and before any paragraph: the lead image a page builder's featured-image
#: widget prints without the_post_thumbnail()'s "wp-post-image". Teaser thumbnails, sidebar
#: images and in-text images all come after a paragraph.
_LEAD_ATTACHMENT = etree.XPath(
    "(following::img[contains(@class, 'wp-image-')] | following::p)[1][self::img]")


def lead_attachment(page: Page) -> list[Element]:
    """The lead image printed between the headline and the text, as `_LEAD_ATTACHMENT`.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def lead(html): return [i.get("src") for i in lead_attachment(Page(
    ...     url="u", root=lxml.html.document_fromstring(
    ...         f"<html><body class='single postid-7'><h1>T</h1>{html}")))]
    >>> lead('<figure><img class="attachment-large wp-image-3" src="a.jpg"></figure><p>x</p>')
    ['a.jpg']
    >>> lead('<p>Text first.</p><img class="attachment-medium wp-image-9" src="teaser.jpg">')
    []
    """
    h1s = page.h1s()
    # A WordPress post's only: the `following::` walk costs ~0.08 ms, and the class is
    # WordPress's media library's.
    return list(_LEAD_ATTACHMENT(h1s[0])) if h1s and wordpress_single_post(page) else []


#: The first element after the headline whose class may name a featured-image box, unless a
#: paragraph of text comes first (a cheap substring test; `_FEATURED_BOX_TOKEN` decides).
_FEATURED_BOX = etree.XPath(
    "(following::*[contains(@class, 'featured') or contains(@class, 'thumbnail')][.//img]"
    " | following::p[normalize-space()])[1][not(self::p)]")
#: A theme's name for the box it prints the post's featured image in: BetterStudio
#: Publisher's "single-featured", "post-thumbnail" (core's and many themes' wrapper),
#: "featured-image", "entry-featured-image", "td-post-featured-image", "featured-media".
_FEATURED_BOX_TOKEN = re.compile(
    r"^(?:single-featured|(?:single-|entry-|post-|td-post-)?featured[-_]?(?:image|img|media)"
    r"|(?:single-|entry-|single-post-)?post-thumbnail|(?:entry|single)-thumbnail)$")


#: Elementor Pro's "Featured Image" widget of a theme-builder single-post template: the post's
#: own featured image, printed by wp_get_attachment_image() ("attachment-large size-large
#: wp-image-N", no "wp-post-image"), often after the excerpt's paragraph.
_ELEMENTOR_FEATURED = etree.XPath(
    "(//*[contains(@class, 'elementor-widget-theme-post-featured-image')]//img)[1]")


def elementor_featured_image(page: Page) -> list[str]:
    """The image in Elementor Pro's post featured-image widget (`_ELEMENTOR_FEATURED`), read
    only on pages whose bytes name the widget.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> html = ('<div class="elementor-widget-theme-post-excerpt"><p>Dek.</p></div><div class='
    ...         '"elementor-element elementor-widget elementor-widget-theme-post-featured-image">'
    ...         '<figure><img src="lead.jpg" class="attachment-large wp-image-5"></figure></div>')
    >>> elementor_featured_image(Page(url="u", root=lxml.html.fromstring(html),
    ...                               raw=html.encode()))
    ['lead.jpg']
    """
    if b"elementor-widget-theme-post-featured-image" not in page.raw:
        return []
    return [src for img in _ELEMENTOR_FEATURED(page.root) if (src := image_src(img))]


def featured_box_image(page: Page) -> list[str]:
    """The featured image a WordPress theme prints in a box of its own under the headline,
    before the text, without the_post_thumbnail()'s "wp-post-image" class (Publisher's
    lazy-loading `<div class="single-featured"><a class="post-thumbnail"><img data-src=…>`):
    the lead image of a post that declares no og:image.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def lead(html): return featured_box_image(Page(url="u", root=(
    ...     lxml.html.document_fromstring(f"<html><body class='single postid-7'><h1>T</h1>"
    ...                                   f"{html}"))))
    >>> lead('<div class="meta"><img class="avatar" src="a.png"></div><div class="single-'
    ...      'featured"><a class="post-thumbnail"><img data-src="lead.jpg"></a></div><p>x</p>')
    ['lead.jpg']

    A box after the text's first paragraph, or of another name (a featured-posts slider), is
    no lead image:

    >>> lead('<p>Text first.</p><div class="post-thumbnail"><img src="b.jpg"></div>')
    []
    >>> lead('<div class="featured-posts"><img src="c.jpg"></div><p>x</p>')
    []
    """
    h1s = page.h1s()
    if not h1s or not wordpress_single_post(page):
        return []
    for box in _FEATURED_BOX(h1s[0]):
        if any(_FEATURED_BOX_TOKEN.match(token) for token in box.get("class", "").split()):
            img = next(box.iter("img"), None)
            src = image_src(img) if img is not None else ""
            return [src] if src else []
    return []


#: Classed paragraphs shorter than this, together, are header lines (a date, a source), not
#: the text.
HEADER_LINES_CHARS = 120
_PLAIN_P = etree.XPath("boolean(.//p[not(@class)])")


def figure_after_headline(page: Page) -> list[str]:
    """The picture of a `<figure>` printed after the headline (or after its header block),
    before the text: CMSs set the lead photo between the standfirst/byline and the body (Le
    Figaro's figure.fig-media in the story's <article>; German regional papers' header, lead
    figure, then the text).

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def lead(html): return figure_after_headline(Page(url="u", root=(
    ...     lxml.html.document_fromstring(f"<html><body><article><h1>T</h1>{html}"))))
    >>> lead('<p>Chapo.</p><figure><img src="a.jpg"></figure><div><p>x</p><p>y</p></div>')
    ['a.jpg']
    >>> lead('<div><p>x</p><p>y</p></div><figure><img src="b.jpg"></figure>')
    []

    Or opening the wrapper of the text, after a header the headline's block sits alone in
    (Folha's header.c-content-head > div.c-content-head__wrap, then div.c-news__content:
    figure, then the body):

    >>> lead('<div><figure><img src="c.jpg"></figure><div><p>x</p><p>y</p></div></div>')
    ['c.jpg']
    >>> figure_after_headline(Page(url="u", root=lxml.html.document_fromstring(
    ...     '<article><header><div><h1>T</h1></div></header><div><figure><img src="d.jpg">'
    ...     '</figure><div><p>x</p><p>y</p></div></div></article>')))
    ['d.jpg']

    A header nested twice (a React template's head block holding the kicker, headline and
    lead block, then the byline block), whose lines end without a figure or text, is
    left for the wrapper around it, at most twice:

    >>> lead('<div><div><h1>H</h1><p class="lead">L</p></div><div>SDA</div></div>'
    ...      '<figure><img src="e.jpg"></figure><div><p>x</p><p>y</p></div>')
    ['e.jpg']

    Two short lines beside the headline (the desk and day, the source) are no text yet:

    >>> lead('<p class="l">News of 17 Dec</p><p class="r">Source: GNA</p><figure><img '
    ...      'src="f.jpg"></figure><div><p>x</p><p>y</p></div>')
    ['f.jpg']
    """
    h1s = page.h1s()
    start = headline_block(page) if h1s else None
    start = h1s[0] if start is None and h1s else start
    up = start.getparent() if start is not None and start.getnext() is None else None
    start = up if up is not None and up.tag not in FRAME_TAGS else start
    for _ in range(3):
        for sibling in islice(start.itersiblings(), DATE_LINE_SIBLINGS) \
                if start is not None else ():
            figure = sibling if sibling.tag == "figure" or _photo_box(sibling) else (
                sibling[0] if len(sibling) and sibling[0].tag == "figure" else None)
            if figure is not None:
                return [image_src(img) for img in figure.iter("img")][:1]
            # The text has begun: a figure below it is no lead image. A `hidden` block (a
            # "Story Saved" pop-up's two lines) is not shown, so no text.
            # Short lines in paragraphs (GhanaWeb's "General News of …" and "Source: GNA"
            # as two <p>s beside the headline) are the header's, not yet the text.
            if sibling.get("hidden") is None and SECOND_P(sibling) and (
                    _PLAIN_P(sibling) or len(text_content(sibling)) > HEADER_LINES_CHARS):
                return []
        up = start.getparent() if start is not None and start.getnext() is not None else None
        if up is None or up.tag in FRAME_TAGS:
            break
        start = up
    return []


def _photo_box(el: Element) -> bool:
    """A <div> opening with its photo and holding only a caption's or credit's line after
    it: a lead figure printed without <figure> (`<div class="article__photo"><img …><div
    class="article__photo-author">Фото: …</div></div>`).

    >>> import lxml.html
    >>> _photo_box(lxml.html.fragment_fromstring('<div><img src="a.jpg"><div>Photo: X</div>'
    ...     '</div>')), _photo_box(lxml.html.fragment_fromstring('<div><img src="a.jpg">'
    ...     '<p>Text.</p><p>More.</p></div>'))
    (True, False)
    """
    return el.tag == "div" and len(el) > 0 and el[0].tag in ("img", "picture") \
        and not (el.text or "").strip() and SECOND_P(el) == [] \
        and len(text_content(el)) <= HEADER_LINES_CHARS


#: The first picture after the headline, when it comes before any text and sits in the text
#: itself: in a paragraph of its own, or in a wrapper followed by the first paragraph.
_PHOTO_OPENING_TEXT = etree.XPath(
    "(following::img | following::p[normalize-space()])[1][self::img]"
    "[parent::p or parent::*/following-sibling::*[1][self::p]]")


def photo_opening_text(page: Page) -> list[str]:
    """The lead photo of a Chinese page that prints no og:image nor <figure>: Xinhua and the
    portals set it as the text's first paragraph (`<p><img></p>`, Sina's div.img_wrapper),
    its caption the next. Chinese pages only: elsewhere a byline's avatar may come first.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def lead(html): return photo_opening_text(Page(url="u", lang="zh-CN", root=(
    ...     lxml.html.document_fromstring(f"<html><body><div><h1>T</h1></div>{html}"))))
    >>> lead('<div><p><img src="a.jpg"></p><p>新华社北京12月17日电</p></div>')
    ['a.jpg']
    >>> lead('<div><p>正文。</p><p><img src="b.jpg"></p></div>')
    []
    """
    h1s = page.h1s()
    if not h1s or not (page.lang or "").lower().startswith("zh"):
        return []
    return [image_src(img) for img in _PHOTO_OPENING_TEXT(h1s[0])][:1]


#: Drupal prints a node's image field in a wrapper classed by the field's name (core's
#: article type: "field--name-field-image"); the first in the article is the node's own (a
#: Views row's is "views-field-field-image").
NODE_IMAGE = etree.XPath(
    "((descendant::*/@class[contains(string(), 'field--name-field-image')]/..)[1]"
    "/descendant::img)[1]")

