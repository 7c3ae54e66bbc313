"""AMP for WP: the AMP pages that the WordPress plugin "Accelerated Mobile Pages" renders.

A template family, not a site: many Indian portals that republish wire copy (IANS, PTI) serve
these pages at `…/amp/` or `?amp=1` beside their main theme, so the profile has no domains
and is picked by `marker` on any host.

Markup read from the public repository ahmedkaludi/accelerated-mobile-pages (plugin 1.0.x–1.1.x):

- Swift (the default design): `templates/design-manager/swift/single.php`, `swift/header.php`,
  `swift/footer.php`, `swift/functions.php` (`ampforwp_swift_social_icons`: `.ss-ic`, `.shr-txt`);
- components used by Swift: `components/components-core.php` (`amp_title`: `h1.amp-post-title`,
  `amp_excerpt`, `amp_content`, `amp_date`: `.loop-date`), `components/categories-tags/
  categories-tags.php` (`.amp-cat`, `.amp-tags .amp-tag`), `components/author-box/author-box.php`
  (`.amp-author .author-name`), `components/related-posts/related-posts.php`,
  `components/comments/comments.php` (Spot.IM iframe whose overflow button reads "Load more..."),
  `components/comments/core-comment-form.php` ("Leave a Reply"), `components/breadcrumb/`;
- designs 1–3: `templates/design-manager/design-{2,3}/single.php`, `elements/title.php`
  (`h1.amp-wp-title`, `.ampforwp_single_excerpt`), `elements/content.php`
  (`.amp-wp-article-content .the_content`), `elements/meta-info.php` (`.amp-wp-byline`,
  `.amp-wp-meta-date`, `.ampforwp-design3-single-date`, `.ampforwp-tax-category`),
  `elements/meta-taxonomy.php` (`.ampforwp-tax-tag`, `.amp_author_area`),
  `elements/social-icons.php` (`.ampforwp-social-icons` in older releases, `.ampforwp-so-i` in
  current ones), `elements/related-posts.php`, `elements/comments.php`, `header-bar.php`,
  `footer.php`;
- the "last modified" line (`.ampforwp-last-modified-date`) is printed by the
  `ampforwp_after_post_content` hook, i.e. inside the content container of every design.

Fixtures: `fixtures/sites/ampforwp/` (one Swift page, one design-2 page).
"""

from __future__ import annotations

from newsscraper.sites.profile import Rules, SiteProfile

#: Only AMP for WP's AMP pages: the plugin's generator meta (also printed on the canonical
#: theme page, hence `html[amp]`), or, when a site hides the version
#: (`hide-amp-version-from-source`), the body class of designs 1–3 or Swift's content wrapper.
MARKER = ", ".join((
    'html[amp] meta[name="generator"][content^="AMP for WP"]',
    "html[amp] body.design_1_wrapper",
    "html[amp] body.design_2_wrapper",
    "html[amp] body.design_3_wrapper",
    "html[amp] .cntn-wrp.artl-cnt",
))

# Body: the text blocks of the content container. Swift wraps `amp_content()` in
# `.cntn-wrp.artl-cnt` (older Swift put it straight into `.sp-rt`); designs 1–3 in
# `.amp-wp-article-content > .amp-wp-content.the_content`. Direct children only, so the
# modified line, in-content ads and inline related posts (all divs) never become paragraphs;
# but every block the_content() prints, not only <p>s: sub-headings, lists, quotes and tables
# (a block-editor table is a `figure.wp-block-table`) are the post's text on its canonical
# page too, and a copy without them read as another version of the article.
BODY_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "table",
               "figure")


def _blocks_of(container: str) -> str:
    """One selector for the direct text blocks of `container`, in document order.

    >>> _blocks_of(".c")[:22]
    '.c > p, .c > h2, .c > '
    """
    return ", ".join(f"{container} > {tag}" for tag in BODY_BLOCKS)


BODY_SWIFT = _blocks_of(".cntn-wrp.artl-cnt")
BODY_DESIGN_123 = _blocks_of(".amp-wp-article-content .the_content")
BODY_SWIFT_OLD = _blocks_of(".sp-rt")

PROFILE = SiteProfile(
    name="ampforwp",
    marker=MARKER,
    # The plugin prints WordPress's local time with no offset ("December 17, 2024 1:03 pm"), and
    # portals everywhere use it: the zone comes from the page (lang="en-IN" / og:locale en_IN
    # → Asia/Kolkata), see extract/timezone.py.
    timezone=None,
    fields=Rules(
        section=(
            ".sp > .cntr > .amp-cat a",  # Swift: the primary category above the headline
            ".sp > .cntr > .amp-category .amp-cat a",  # Swift without a primary category
            ".ampforwp-meta-info .ampforwp-tax-category a",  # designs 1–3: "Categories: …"
            "#breadcrumbs .item-cat a",  # designs 1–3 with breadcrumbs on, categories off
        ),
        title=(
            "h1.amp-post-title",  # Swift (`amp_title`)
            "h1.amp-wp-title",  # designs 1–3 (`elements/title.php`)
            # Both print <h2> instead when the site has no logo image.
            "h2.amp-post-title",
            "h2.amp-wp-title",
        ),
        subtitle=(
            ".ampforwp_single_excerpt",  # designs 1–3: the post excerpt under the headline
            ".sp > .cntr > .tl-exc",  # Swift (`amp_excerpt`, trimmed to 15 words)
        ),
        body=(BODY_SWIFT, BODY_DESIGN_123, BODY_SWIFT_OLD),
        authors=(
            ".amp-author .author-name a",  # Swift author box (author page links on)
            ".amp-author .author-name",  # … links off
            ".amp-wp-byline .amp-wp-author",  # designs 1–3 byline under the headline
            ".amp_author_area_wrapper > strong",  # designs 1–3 author box, older releases
        ),
        tags=(
            ".amp-tags .amp-tag",  # Swift; the box's own "Tags" label is a bare <span>
            ".ampforwp-tax-tag a",  # designs 1–3, tag links on
            ".ampforwp-tax-tag > span:not(.tt-lb)",  # … links off (.tt-lb: the RTL label)
        ),
        published_at=(
            ".post-date .loop-date",  # Swift (`amp_date`); relative ("2 days ago") by default
            ".amp-wp-byline .amp-wp-meta-date",  # design 2: "On December 3, 2024 10:20 am"
            ".ampforwp-design3-single-date",  # design 3: "On December 3, 2024, 10:20 am"
        ),
    ),
    # Removed from the body only (fields are read before): share bars, author box, related
    # and recent posts, comments (Spot.IM's "Load more..." overflow included), ads, the
    # modified line (read by `date_patterns`), next-read and the sticky share bar.
    drop=(
        ".ss-ic", ".s_stk",  # Swift share block ("Share") and sticky bar
        ".ampforwp-social-icons", ".ampforwp-so-i", ".s_so", ".sticky_social",  # designs 1–3
        ".amp-author", ".sp-athr", ".amp_author_area",  # author boxes with the bio
        ".srp", ".amp-related-posts", ".relatedpost", ".r-pf",  # related / recent posts
        ".cmts", ".amp-comments", ".ampforwp-comment-wrapper", "#respond",  # comments
        "amp-iframe", "amp-list",  # comment embeds and "load more" lists
        ".amp-ad-wrapper",  # ads with their "Advertisement" label
        ".ampforwp-last-modified-date",
        ".post-pagination-meta",  # "Next Read:" link
    ),
    drop_phrases=(
        "Share", "Load more...", "Advertisement", "Related Post", "Leave a Comment",
        "Leave a Reply", "View Comments", "Next Read:",
    ),
    # The plugin's translatable default was "This article was last modified on " in older
    # releases and "This post was last modified on " in current ones.
    date_patterns={"modified_at": r"This (?:post|article) was last modified on (?P<value>.+)"},
    # WordPress's default "F j, Y g:i a" as the plugin prints it; designs 2 and 3 prefix "On".
    date_formats=(
        "%B %d, %Y %I:%M %p",
        "%B %d, %Y, %I:%M %p",
        "On %B %d, %Y %I:%M %p",
        "On %B %d, %Y, %I:%M %p",
        "On %B %d, %Y",
    ),
)
