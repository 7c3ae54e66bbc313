# ruff: noqa: E501
"""A third set of look-alike "article" pages of the open web around 2018-2024, in the style of
Zyte's article-extraction-benchmark, from site families that neither `tests.web_pages`,
`tests.web_pages2`, the other look-alike sets, the dev corpus nor the generic fixtures hold:
US local TV templates (Nexstar, Graham's Arc sites, Scripps' Brightspot), alt-weeklies, a
university news office, a government press release, NGO and think-tank pages, company
engineering blogs (Ghost, WordPress), sports, trade, health, fashion and review sites, African,
Pakistani, Ukrainian, Turkish and Gulf papers in English, Russian, Ukrainian, Turkish, Arabic,
Persian, Indonesian, Vietnamese, Korean and Thai portals, and page kinds: an interview in
questions and answers, a timeline, an obituary, a correction appended, an "Editor's note"
opener, a paywall teaser with a truncated body and an AMP page.

The head of each page carries the metadata such a site carries (JSON-LD, a Yoast graph,
Open Graph only, or hardly anything), and the expected bodies follow the conventions of
`tests.web_pages` (read its docstring; they come from the dev corpus's zyte-aeb annotations),
built with its helpers.

`pages()` yields `Page(family, url, html, body)`; `python -m tests.web_measure --set 3` prints
figures.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from html import escape

from tests.web_pages import B, Page, _foot, _h, _nav, _p, _strip, _ul, _x
from tests.web_pages2 import _hrefs, _q

PAGES: list[tuple[str, str, dict]] = []


def page(family: str, url: str, /, **kw: object) -> None:
    PAGES.append((family, url, kw))


def pages() -> Iterator[Page]:
    for family, url, kw in PAGES:
        html, body = _doc(url=url, **kw)  # type: ignore[arg-type]
        yield Page(family, url, _hrefs(html), body)


def _ld(kind: str, title: str, url: str, site: str, pub: str, author: str, lang: str) -> dict:
    if kind == "yoast":
        return {"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "@id": url.split("/", 3)[0] + "//" + url.split("/")[2] + "/#website", "name": site},
            {"@type": "WebPage", "@id": url + "#webpage", "url": url, "name": f"{title} - {site}",
             "datePublished": pub, "dateModified": pub, "inLanguage": lang},
            {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url + "#webpage"},
             "author": {"@id": url.split("/")[0] + "//" + url.split("/")[2] + "/#/schema/person/1"},
             "headline": title[:110], "datePublished": pub},
            {"@type": "Person", "@id": url.split("/")[0] + "//" + url.split("/")[2] + "/#/schema/person/1", "name": author},
        ]}
    return {"@context": "https://schema.org", "@type": "BlogPosting" if kind == "ghost" else "NewsArticle",
            "headline": title, "datePublished": pub, "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "author": [{"@type": "Person", "name": a} for a in author.split(" and ")] if author else None,
            "publisher": {"@type": "Organization", "name": site}}


def _head(kind: str, lang: str, title: str, url: str, site: str, pub: str, author: str, desc: str) -> str:
    """The head as the family prints it: `ld` (Open Graph and a NewsArticle), `yoast` (Open Graph
    and a Yoast graph), `ghost` (Ghost's BlogPosting and twitter cards), `og` (Open Graph only),
    `drupal` (a description, a generator and Drupal's own dates), `amp` (an AMP copy) or `bare`
    (a title and little else)."""
    t, d = escape(title), escape(desc or title)
    parts = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if kind == "amp":
        parts += ['<script async src="https://cdn.ampproject.org/v0.js"></script>',
                  '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>',
                  '<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>',
                  f'<link rel="canonical" href="{url.replace("/amp/", "/")}">',
                  '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>',
                  '<style amp-custom>.story{max-width:640px}</style>']
    parts.append(f"<title>{t} | {escape(site)}</title>")
    if kind != "bare":
        parts.append(f'<meta name="description" content="{d}">')
    if kind in ("ld", "yoast", "ghost", "og", "amp"):
        parts += [f'<meta property="og:title" content="{t}">', f'<meta property="og:description" content="{d}">',
                  f'<meta property="og:url" content="{url}">', f'<meta property="og:site_name" content="{escape(site)}">',
                  '<meta property="og:type" content="article">', '<meta property="og:image" content="https://cdn.example/og.jpg">']
        if pub and kind != "og":
            parts.append(f'<meta property="article:published_time" content="{pub}">')
        parts += ['<meta name="twitter:card" content="summary_large_image">', f'<meta name="twitter:title" content="{t}">']
    if kind == "ghost":
        parts += ['<meta name="generator" content="Ghost 5.75">', f'<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="{escape(author)}">']
    if kind == "drupal":
        parts += ['<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">',
                  f'<meta property="og:title" content="{t}">']
        if pub:
            parts.append(f'<meta name="dcterms.date" content="{pub}">')
    if kind not in ("amp",):
        parts.append(f'<link rel="canonical" href="{url}">')
    if kind in ("ld", "yoast", "ghost", "amp"):
        parts.append('<script type="application/ld+json">' + json.dumps(_ld(kind, title, url, site, pub, author, lang), ensure_ascii=False) + "</script>")
    parts.append('<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());</script>')
    return "\n".join(parts)


def _doc(lang: str, title: str, url: str, site: str, pub: str, author: str, chrome_top: str,
         before: str, blocks: list[B], after: str, chrome_bottom: str, head: str = "ld",
         desc: str = "", dir: str = "") -> tuple[str, str]:
    amp = " amp" if head == "amp" else ""
    rtl = f' dir="{dir}"' if dir else ""
    html = (f'<!DOCTYPE html>\n<html lang="{lang}"{rtl}{amp}>\n<head>\n'
            + _head(head, lang, title, url, site, pub, author, desc) + "\n</head>\n<body>\n"
            + chrome_top + before + "\n".join(b[0] for b in blocks) + after + chrome_bottom
            + ("" if amp else '\n<script src="/static/js/main.min.js" defer></script>') + "\n</body>\n</html>\n")
    body = "\n\n".join(b[1] for b in blocks if b[1])
    return html, body


def _q2(question: str, answer: str) -> list[B]:
    """An interview's question (set in bold) and its answer, both body."""
    return [(f"<p><strong>{question}</strong></p>", _strip(question)), _p(answer)]


# ---------------------------------------------------------------------------------------------
# US local TV

page("nexstar", "https://www.kxan.com/news/local/austin/austin-city-council-approves-new-bus-rapid-transit-line/",
     lang="en-US", title="Austin City Council approves new bus rapid transit line", head="yoast",
     site="KXAN Austin", pub="2023-06-08T17:41:22+00:00", author="Grace Reader",
     chrome_top='<div class="site-header"><a class="site-logo" href="/">KXAN Austin</a><nav class="site-header__nav"><ul><li><a href="/news/">News</a></li><li><a href="/weather/">Weather</a></li><li><a href="/traffic/">Traffic</a></li><li><a href="/sports/">Sports</a></li><li><a href="/live/">Watch Now</a></li></ul></nav>'
                '<div class="site-header__weather"><span>78°</span><span>Austin</span></div></div>\n',
     before='<main id="main"><article class="article-wrapper"><div class="article-header"><div class="article-header__category"><a href="/news/local/austin/">Austin</a></div><h1 class="article-title">Austin City Council approves new bus rapid transit line</h1>'
            '<div class="article-byline"><span class="article-byline__author">by: <a href="/author/grace-reader/">Grace Reader</a></span><p class="article-byline__dates">Posted: Jun 8, 2023 / 12:41 PM CDT<br>Updated: Jun 8, 2023 / 05:10 PM CDT</p></div>'
            '<div class="article-share"><ul><li><a class="share-facebook">Share</a></li><li><a class="share-twitter">Tweet</a></li><li><a class="share-email">Email</a></li></ul></div></div>'
            '<div class="article-featured-media"><div class="video-player"><p>Video Now: Austin council votes on transit line</p><span>00:00 / 02:11</span></div></div>'
            '<div class="article-content article-body rich-text">',
     blocks=[
         _p("AUSTIN (KXAN) — The Austin City Council on Thursday approved a new bus rapid transit line that would connect East Austin to the Domain, part of a push to get more people onto buses while the city waits for light rail."),
         _p("The line, called the 803 Burnet/South Lamar route extension, would run every 10 minutes during peak hours, according to Capital Metro."),
         _x('<aside class="article-list article-list--inline"><p class="article-list__heading">Trending on KXAN</p><ul><li><a>Austin police searching for missing teen</a></li><li><a>Heat advisory in effect for Central Texas</a></li><li><a>H-E-B opening new store in Leander</a></li></ul></aside>'),
         _p("Council member Zohaib Qadri said the route would serve thousands of students and workers who live along the corridor."),
         _p("\"This is about giving people a real choice,\" Qadri said. \"Not everyone can afford a car, and they shouldn't have to.\""),
         _x('<div class="ad-unit ad-unit--in-content"><span class="ad-unit__label">Advertisement</span><div id="acm-ad-tag-mr2_ab-mr2_ab"></div></div>'),
         _p("Construction is expected to begin next year. Capital Metro said it would hold public meetings on station locations this fall."),
         _x('<p><strong>KXAN&#8217;s newsletter:</strong> <a href="/newsletters/">Sign up for our daily headlines here</a></p>'),
         _p("Copyright 2023 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed."),
     ],
     after='</div><div class="article-footer"><div class="article-tags"><span>Tags:</span> <a>Capital Metro</a> <a>Transportation</a></div></div></article>'
           '<section class="article-list article-list--more"><h2 class="article-list__heading">More Local News</h2><ul><li><a>Round Rock approves new park</a></li><li><a>Travis County burn ban lifted</a></li></ul></section></main>',
     chrome_bottom=_foot("© 1998 - 2023 Nexstar Media Inc. | All Rights Reserved.", ("About Us", "Contact Us", "EEO Report", "FCC Public File", "Nexstar CC Certification", "Terms of Use", "Privacy Policy")))

page("graham-arc", "https://www.click2houston.com/news/local/2022/03/14/hcso-deputies-rescue-dog-from-flooded-drainage-ditch/",
     lang="en", title="HCSO deputies rescue dog from flooded drainage ditch in north Harris County", head="ld",
     site="KPRC Click2Houston", pub="2022-03-14T15:32:11.000Z", author="Daniela Hurtado",
     chrome_top=_nav("KPRC 2 Click2Houston", ["News", "Weather", "Traffic", "Houston Life", "Newsletters", "Watch Live"]),
     before='<main class="main-content"><article class="article"><header class="b-article-header"><h1 class="headline">HCSO deputies rescue dog from flooded drainage ditch in north Harris County</h1>'
            '<div class="byline"><span class="byline__author">Daniela Hurtado</span>, Digital Content Producer</div><div class="dateline"><time>Published: March 14, 2022, 10:32 AM</time></div>'
            '<div class="social-share"><button>Share on Facebook</button><button>Share on Twitter</button><button>Email this link</button></div>'
            '<div class="tags-list"><span>Tags:</span> <a>Harris County</a>, <a>Animals</a>, <a>Pets</a></div></header>'
            '<div class="b-article-body">',
     blocks=[
         _p("HOUSTON – A dog is safe after Harris County Sheriff’s Office deputies pulled it from a flooded drainage ditch Monday morning.", "article-text"),
         _p("Deputies were called to the 1400 block of Aldine Bender Road around 8 a.m. after a passerby spotted the dog struggling in the water, according to Sheriff Ed Gonzalez.", "article-text"),
         ('<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Our deputies rescued this sweet pup from a drainage ditch this morning. He is now safe and warm. <a href="https://t.co/x1">pic.twitter.com/x1YzABc</a></p>&mdash; Ed Gonzalez (@SheriffEd_HCSO) <a href="https://twitter.com/SheriffEd_HCSO/status/1">March 14, 2022</a></blockquote>',
          "Our deputies rescued this sweet pup from a drainage ditch this morning. He is now safe and warm. pic.twitter.com/x1YzABc\n— Ed Gonzalez (@SheriffEd_HCSO) March 14, 2022"),
         _p("The dog, which did not have a collar or microchip, was taken to the county animal shelter. Anyone who recognizes the dog is asked to call the shelter.", "article-text"),
         _x('<div class="arc-ad ad-container"><p class="ad-label">Advertisement</p></div>'),
         _p("Copyright 2022 by KPRC Click2Houston - All rights reserved.", "article-text"),
     ],
     after='</div><div class="author-bio"><img src="/author.jpg"><p><strong>Daniela Hurtado</strong> is an Emmy-winning digital content producer. She joined KPRC 2 in 2019.</p></div></article>'
           '<aside class="rail"><h3>Trending</h3><ol><li><a>Houston weather: Storms return</a></li><li><a>Rodeo carnival hours</a></li></ol></aside></main>',
     chrome_bottom=_foot("Copyright © 2022 Click2Houston.com is managed by Graham Digital and published by Graham Media Group, a division of Graham Holdings.", ("Contact Us", "Careers", "Closed Captioning", "FCC Applications", "Terms of Use", "Privacy Policy")))

page("scripps", "https://www.wcpo.com/news/local-news/hamilton-county/cincinnati/cincinnati-zoo-welcomes-baby-hippo-sibling",
     lang="en", title="Cincinnati Zoo welcomes new baby hippo, Fiona's little brother", head="og",
     site="WCPO 9 Cincinnati", pub="", author="WCPO Staff",
     chrome_top=_nav("WCPO 9", ["Local News", "Weather", "Traffic", "Sports", "Don't Waste Your Money", "Watch"]),
     before='<main class="Page-main"><div class="ArticlePage-mainContent"><div class="ArticlePage-headline"><h1 class="ArticlePage-headline">Cincinnati Zoo welcomes new baby hippo, Fiona\'s little brother</h1></div>'
            '<div class="ArticlePage-byline"><div class="ArticlePage-authors">By: <a>WCPO Staff</a></div><div class="ArticlePage-datePublished">Posted at 11:16 AM, Aug 03, 2022</div><div class="ArticlePage-dateModified">and last updated 5:40 PM, Aug 03, 2022</div></div>'
            '<div class="ArticlePage-actions"><div class="ActionBar"><a>facebook</a><a>twitter</a><a>email</a></div></div>'
            '<div class="ArticlePage-lead"><figure class="Figure"><img src="/hippo.jpg"><figcaption class="Figure-caption">Bibi with her newborn calf. <span class="Figure-credit">Provided: Cincinnati Zoo</span></figcaption></figure></div>'
            '<div class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">',
     blocks=[
         _p("CINCINNATI — Fiona the hippo is a big sister."),
         _p("The Cincinnati Zoo &amp; Botanical Garden announced Wednesday that Bibi gave birth to a male calf early Wednesday morning. The calf has not yet been named."),
         _x('<div class="Enhancement"><div class="Enhancement-item"><div class="ListHorizontal"><div class="ListHorizontal-header"><h3>RELATED</h3></div><ul><li><a>Fiona the hippo turns 5</a></li></ul></div></div></div>'),
         _p("Zoo staff said the calf appears healthy and is nursing. The zoo will keep the hippo area closed for a few days so mother and calf can bond."),
         _p("\"Everything we&#8217;ve seen so far has been positive,\" said Christina Gorsuch, the zoo&#8217;s curator of mammals."),
         _x('<div class="Enhancement"><div class="Enhancement-item"><div class="Promo"><p class="Promo-title"><a>Sign up for the WCPO 9 News newsletter</a></p></div></div></div>'),
         _p("Fiona was born six weeks premature in 2017 and became an internet sensation as zoo staff nursed her to health."),
         _p("Copyright 2022 Scripps Media, Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed."),
     ],
     after='</div></div><div class="ArticlePage-tags"><a>Cincinnati Zoo</a><a>Fiona</a></div></div>'
           '<div class="ArticlePage-aside"><div class="List"><h3>Trending Stories at WCPO.com</h3><ul><li><a>Bengals open training camp</a></li></ul></div></div></main>',
     chrome_bottom=_foot("Copyright 2022 Scripps Media, Inc. All rights reserved.", ("Privacy Policy", "Privacy Center", "Journalism Ethics Guidelines", "Terms of Use", "EEO", "FCC Public File")))


# ---------------------------------------------------------------------------------------------
# Alt-weeklies

page("chicagoreader", "https://chicagoreader.com/news-politics/the-city-quietly-shelved-its-plan-to-fix-lead-pipes/",
     lang="en-US", title="The city quietly shelved its plan to fix lead pipes", head="yoast",
     site="Chicago Reader", pub="2021-09-22T06:00:00+00:00", author="Maya Dukmasova",
     desc="Three years after promising to replace the city's lead service lines, officials have little to show.",
     chrome_top='<header id="masthead" class="site-header"><div class="site-branding"><a href="/">Chicago Reader</a></div><nav class="main-navigation"><ul><li><a>News &amp; Politics</a></li><li><a>Arts &amp; Culture</a></li><li><a>Music</a></li><li><a>Food &amp; Drink</a></li><li><a>Events</a></li></ul></nav><a class="donate-button">Donate</a></header>\n',
     before='<div id="content" class="site-content"><main id="main" class="site-main"><article class="post type-post status-publish format-standard has-post-thumbnail"><header class="entry-header">'
            '<span class="cat-links"><a>News &amp; Politics</a></span><h1 class="entry-title">The city quietly shelved its plan to fix lead pipes</h1>'
            '<div class="newspack-post-subtitle">Three years after promising to replace the city&#8217;s lead service lines, officials have little to show.</div>'
            '<div class="entry-subhead"><div class="entry-meta"><span class="byline"><span class="author-prefix">By</span> <span class="author vcard"><a class="url fn n">Maya Dukmasova</a></span></span><span class="posted-on"><time class="entry-date published">September 22, 2021</time></span></div>'
            '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a>Twitter</a></li><li><a>Facebook</a></li><li><a>Email</a></li></ul></div></div></header>'
            '<div class="entry-content">',
     blocks=[
         _p("When Mayor Lori Lightfoot took office in 2019, she called Chicago&#8217;s 400,000 lead service lines &#8220;a crisis we can no longer ignore.&#8221;"),
         _p("Since then, the city has replaced fewer than 300 of them, according to records obtained by the <em>Reader</em> through a Freedom of Information Act request."),
         _x('<div class="wp-block-newspack-blocks-donate"><h3>Support independent Chicago journalism</h3><p>The Reader is a nonprofit. Your donation keeps our reporting free for everyone.</p><a>Donate now</a></div>'),
         _h("A program that never launched", "h3"),
         _p("The Department of Water Management told aldermen in 2020 that a full replacement program would start the following spring. It never did."),
         _p("Officials blamed the pandemic, a shortage of plumbers and the cost, which they estimate at as much as $10 billion."),
         _x('<p class="has-background"><strong>Read more:</strong> <a>Chicago&#8217;s lead pipes, explained</a></p>'),
         _p("&#8220;Every year we wait, another class of kids drinks this water,&#8221; said one West Side parent."),
         _p("<em>Correction: An earlier version of this story misstated the number of lead service lines replaced in 2020. It was 112, not 212.</em>"),
     ],
     after='</div><footer class="entry-footer"><span class="tags-links">Tagged: <a>lead pipes</a>, <a>Water Management</a></span></footer>'
           '<div class="author-bio"><div class="author-bio-text"><h2 class="accent-header">Maya Dukmasova</h2><p>Maya Dukmasova is a senior writer at the Reader covering criminal justice.</p><a>More by Maya Dukmasova</a></div></div>'
           '<nav class="navigation post-navigation"><div class="nav-previous"><a>Previous: Aldermen reject ward map</a></div><div class="nav-next"><a>Next: The best tacos in Pilsen</a></div></nav></article>'
           '<div id="comments" class="comments-area"><h3 id="reply-title">Leave a comment</h3><form><p>Your email address will not be published. Required fields are marked *</p><textarea></textarea><input type="submit" value="Post Comment"></form></div></main></div>',
     chrome_bottom=_foot("© 2021 Chicago Reader. All rights reserved. Proudly powered by Newspack by WordPress.", ("About", "Advertise", "Careers", "Donate", "Privacy Policy")))

page("thestranger", "https://www.thestranger.com/slog/2020/02/11/42851234/seattle-council-passes-rental-protections",
     lang="en", title="Seattle Council Passes New Renter Protections After Heated Debate", head="og",
     site="The Stranger", pub="2020-02-11T16:20:00-08:00", author="Rich Smith",
     chrome_top=_nav("The Stranger", ["Slog", "News", "Music", "Arts", "Food & Drink", "EverOut", "Personals"]),
     before='<div id="main-wrapper"><div class="row"><div class="article-column"><article class="article"><div class="article-post-header"><p class="kicker"><a>Slog AM/PM</a></p><h1 class="article-title">Seattle Council Passes New Renter Protections After Heated Debate</h1>'
            '<h2 class="article-subtitle">Landlords warned the rules would push small owners out. Tenants packed the chamber.</h2>'
            '<div class="article-byline"><p>by <a>Rich Smith</a> &bull; <span class="article-post-date">Feb 11, 2020 at 4:20 pm</span></p></div>'
            '<div class="article-share"><a>Facebook</a><a>Twitter</a><a>Email</a><a class="comment-count">14 Comments</a></div></div>'
            '<div class="article-text">',
     blocks=[
         _p("<em>Editor&#8217;s note: This story has been updated with comment from the Rental Housing Association.</em>"),
         _p("The Seattle City Council voted 7-2 on Monday to limit move-in fees and require landlords to give six months&#8217; notice of rent increases above 10 percent."),
         _p("Council Member Kshama Sawant, who sponsored the bill, called it &#8220;a modest but real victory for renters.&#8221;"),
         _x('<div class="ad-block"><div class="ad-label">ADVERTISEMENT</div><div id="div-gpt-ad-inline"></div></div>'),
         _p("The Rental Housing Association said in a statement that the rules &#8220;will drive small landlords out of the market, which will only make housing more expensive.&#8221;"),
         _x('<div class="support-the-stranger"><p>The Stranger depends on your support. <a>Please consider a contribution</a> to keep our journalism going.</p></div>'),
         _p("The rules take effect in 30 days."),
     ],
     after='</div><div class="article-tags"><span>Tags:</span> <a>Housing</a> <a>City Council</a></div>'
           '<div class="comments-container"><h3>Comments 14</h3><div class="comment"><p class="comment-author">seattleite</p><p>Finally. Rent in my building went up 18 percent last year.</p></div><div class="comment"><p class="comment-author">smalllandlord</p><p>Great, another reason to sell.</p></div></div>'
           '</article></div><div class="sidebar"><h3>Most Read</h3><ol><li><a>The Morning News</a></li><li><a>Savage Love</a></li></ol></div></div></div>',
     chrome_bottom=_foot("© 2020 Index Newspapers, LLC", ("About", "Advertising", "Jobs", "Privacy")))


# ---------------------------------------------------------------------------------------------
# Institutions: a university news office, a government press release, NGOs and think tanks

page("mit-news", "https://news.mit.edu/2023/new-battery-material-cheaper-grid-storage-0412",
     lang="en", title="New battery material could make grid storage cheaper", head="drupal",
     site="MIT News | Massachusetts Institute of Technology", pub="2023-04-12T14:00:00-04:00", author="David L. Chandler",
     desc="An iron-based cathode could help store energy from wind and solar at a fraction of the cost of lithium-ion.",
     chrome_top='<header class="site-header"><a class="site-header--logo" href="https://web.mit.edu">Massachusetts Institute of Technology</a><a href="/">MIT News</a><nav><ul><li><a>Topics</a></li><li><a>Campus</a></li><li><a>Videos</a></li><li><a>Press</a></li></ul></nav><form class="search"><input placeholder="Search MIT News"></form></header>\n',
     before='<main id="main"><article class="news-article"><header class="news-article--header"><h1 class="news-article--title">New battery material could make grid storage cheaper</h1>'
            '<p class="news-article--dek">An iron-based cathode could help store energy from wind and solar at a fraction of the cost of lithium-ion.</p>'
            '<div class="news-article--authored-by"><span>David L. Chandler</span> | <span>MIT News Office</span></div><div class="news-article--publication-date"><time>Publication Date: April 12, 2023</time></div>'
            '<div class="news-article--share"><span>Press Inquiries</span><a>Share</a><a>Email</a><a>Print</a></div></header>'
            '<div class="news-article--images-gallery"><figure><img src="/cathode.jpg"><figcaption><span class="news-article--image-caption">Postdoc Jing Li holds a sample of the new cathode material.</span><span class="news-article--image-credit">Credits: Photo: Gretchen Ertl</span></figcaption></figure></div>'
            '<div class="news-article--content--body"><div class="news-article--content--body--inner"><div class="paragraph paragraph--type--content-block-text"><div class="news-article--content--body--text">',
     blocks=[
         _p("A new cathode material made from iron and sulfur could cut the cost of storing electricity for the power grid, according to researchers at MIT."),
         _p("The material, described this week in the journal <em>Nature Energy</em>, holds about as much charge per kilogram as the cobalt-based cathodes in today&#8217;s lithium-ion batteries, but its ingredients cost less than a tenth as much."),
         _p("&#8220;Grid storage is a cost game,&#8221; says Professor Yet-Ming Chiang, the senior author of the study. &#8220;Every dollar per kilowatt-hour matters.&#8221;"),
         _h("Cheap and abundant", "h3"),
         _p("Iron and sulfur are among the most abundant elements on Earth. Earlier attempts to pair them failed because the material broke down after a few dozen cycles."),
         _p("The team solved that by adding a thin coating that keeps the sulfur from dissolving, allowing the cells to survive more than 1,000 cycles in laboratory tests."),
         _p("The research was supported by the U.S. Department of Energy and the MIT Energy Initiative."),
     ],
     after='</div></div></div></div>'
           '<div class="news-article--topics"><h3>Topics</h3><ul><li><a>Research</a></li><li><a>Batteries</a></li><li><a>Energy storage</a></li><li><a>School of Engineering</a></li></ul></div>'
           '<div class="news-article--related-links"><h3>Related Links</h3><ul><li><a>Yet-Ming Chiang</a></li><li><a>Department of Materials Science and Engineering</a></li></ul></div>'
           '<div class="news-article--related"><h3>Related Articles</h3><ul><li><a>A new approach to sodium batteries</a></li><li><a>Cheaper storage for renewable power</a></li></ul></div></article></main>',
     chrome_bottom='\n<footer class="site-footer"><p>Massachusetts Institute of Technology, 77 Massachusetts Avenue, Cambridge, MA, USA</p><ul><li><a>Recommended Links</a></li><li><a>Visit</a></li><li><a>Map (opens in new window)</a></li><li><a>Events (opens in new window)</a></li></ul><p>MIT News Office • Building E48-110</p></footer>')

page("us-doj", "https://www.justice.gov/opa/pr/ohio-man-sentenced-defrauding-covid-19-relief-programs",
     lang="en", title="Ohio Man Sentenced for Defrauding COVID-19 Relief Programs", head="drupal",
     site="Office of Public Affairs | United States Department of Justice", pub="2022-10-05T00:00:00-04:00", author="",
     chrome_top='<div class="usa-banner"><p>An official website of the United States government</p><button>Here’s how you know</button></div>'
                '<header class="usa-header"><a href="/">THE UNITED STATES DEPARTMENT of JUSTICE</a><nav><ul><li><a>About</a></li><li><a>Our Agency</a></li><li><a>Topics</a></li><li><a>News</a></li><li><a>Resources</a></li><li><a>Careers</a></li><li><a>Contact</a></li></ul></nav></header>\n',
     before='<main id="main-content"><div class="breadcrumb"><a>Justice.gov</a> › <a>Office of Public Affairs</a> › <a>News</a> › <a>Press Releases</a></div>'
            '<article class="node node--type-press-release"><div class="page-label">Press Release</div><h1 class="page-title"><span class="field field--name-title">Ohio Man Sentenced for Defrauding COVID-19 Relief Programs</span></h1>'
            '<div class="node-date"><time datetime="2022-10-05T12:00:00Z">Wednesday, October 5, 2022</time></div><div class="press-release-for-immediate-release">For Immediate Release</div><div class="field field--name-field-pr-component"><a>Office of Public Affairs</a></div>'
            '<div class="field field--name-field-pr-body field--type-text-with-summary"><div class="field__item">',
     blocks=[
         _p("An Ohio man was sentenced today to 63 months in prison for fraudulently obtaining more than $1.9 million in Paycheck Protection Program (PPP) and Economic Injury Disaster Loan (EIDL) funds."),
         _p("According to court documents, Marcus Hale, 44, of Columbus, submitted loan applications on behalf of four companies that had no employees and no business operations. Hale used the money to buy a house, two luxury vehicles and jewelry."),
         _p("Hale pleaded guilty in May to wire fraud and money laundering. In addition to his prison term, he was ordered to pay $1.9 million in restitution."),
         _p("Assistant Attorney General Kenneth A. Polite Jr. of the Justice Department’s Criminal Division and U.S. Attorney Kenneth L. Parker for the Southern District of Ohio made the announcement."),
         _p("The FBI investigated the case. Trial Attorney Jane Roe of the Criminal Division’s Fraud Section prosecuted the case."),
         _p("On May 17, 2021, the Attorney General established the COVID-19 Fraud Enforcement Task Force to marshal the resources of the Department of Justice in partnership with agencies across government to enhance efforts to combat and prevent pandemic-related fraud."),
         _p("Anyone with information about allegations of attempted fraud involving COVID-19 can report it by calling the Department of Justice’s National Center for Disaster Fraud Hotline at 866-720-5721 or via the NCDF Web Complaint Form at: https://www.justice.gov/disaster-fraud/ncdf-disaster-complaint-form."),
     ],
     after='</div></div><div class="node-topics"><div class="field__label">Topic</div><div class="field__item"><a>Coronavirus</a></div></div>'
           '<div class="field field--name-field-pr-component"><div class="field__label">Component</div><a>Criminal Division</a> <a>Criminal - Criminal Fraud Section</a></div>'
           '<div class="field field--name-field-pr-number"><div class="field__label">Press Release Number:</div><div class="field__item">22-1071</div></div>'
           '<div class="node-updated">Updated October 5, 2022</div></article></main>',
     chrome_bottom='\n<footer class="usa-footer"><div class="usa-footer__return-to-top"><a>Return to top</a></div><ul><li><a>Archive</a></li><li><a>Accessibility</a></li><li><a>FOIA</a></li><li><a>No FEAR Act Data</a></li><li><a>Office of the Inspector General</a></li><li><a>Privacy Policy</a></li><li><a>USA.gov</a></li><li><a>Vote.gov</a></li></ul><p>U.S. Department of Justice, 950 Pennsylvania Avenue NW, Washington DC 20530</p></footer>')

page("hrw", "https://www.hrw.org/news/2023/02/27/guatemala-journalists-face-rising-threats",
     lang="en", title="Guatemala: Journalists Face Rising Threats", head="og",
     site="Human Rights Watch", pub="2023-02-27T00:00:00-05:00", author="",
     desc="Authorities should end the criminal prosecution of journalists and protect press freedom.",
     chrome_top=_nav("Human Rights Watch", ["Countries", "Topics", "Reports", "Multimedia", "About", "Donate Now"]),
     before='<main><article class="news-article"><div class="article-header"><p class="article-header__type">News Release</p><h1 class="headline-title">Guatemala: Journalists Face Rising Threats</h1>'
            '<h2 class="article__subtitle">Authorities Should End Criminal Prosecution, Protect Press Freedom</h2><div class="article__date"><time>February 27, 2023 12:00AM EST</time></div>'
            '<div class="article__share"><a>Share this via Facebook</a><a>Share this via Twitter</a><a>Share this via WhatsApp</a><a>Share this via Email</a><a>Other ways to share</a><a>Print</a></div></div>'
            '<figure class="article-hero"><img src="/gt.jpg"><figcaption>Journalists protest in Guatemala City, August 2022. © 2022 AP Photo/Moises Castillo</figcaption></figure>'
            '<div class="article-body rich-text mx-auto">',
     blocks=[
         _p("(Washington, DC) – Guatemalan authorities are increasingly using criminal law to harass and silence journalists, Human Rights Watch said today."),
         _p("Since 2021, at least 20 journalists have been forced into exile, and prosecutors have opened criminal cases against several others, including the founder of the newspaper <em>elPeriódico</em>."),
         _p("&#8220;The Guatemalan government is dismantling press freedom one case at a time,&#8221; said Juanita Goebertus, Americas director at Human Rights Watch."),
         _h("Criminal Cases"),
         _p("Human Rights Watch interviewed 15 journalists and reviewed court documents in 8 cases. In most, the charges were based on little or no evidence."),
         _x('<div class="sidebar-callout"><h3>Related Content</h3><ul><li><a>Guatemala: Events of 2022</a></li></ul></div>'),
         _p("Guatemala should drop the charges against journalists and ensure that prosecutors act independently, Human Rights Watch said."),
     ],
     after='</div><div class="article-footer"><div class="tag-list"><span>Region / Country</span> <a>Americas</a> <a>Guatemala</a></div><div class="tag-list"><span>Topic</span> <a>Free Speech</a></div></div>'
           '<div class="donate-module"><h3>Your tax deductible gift can help stop human rights violations and save lives around the world.</h3><a>$50</a><a>$100</a><a>$250</a><a>Donate Now</a></div>'
           '<div class="more-reading"><h3>Most Viewed</h3><ol><li><a>World Report 2023</a></li><li><a>Russia: Ukraine Invasion</a></li></ol></div></article></main>',
     chrome_bottom=_foot("© 2023 Human Rights Watch, 350 Fifth Avenue, 34th Floor, New York, NY 10118-3299 USA | t 1.212.290.4700", ("Contact Us", "Corrections", "Privacy Policy", "Permissions", "Careers")))

page("pew", "https://www.pewresearch.org/short-reads/2023/07/12/most-americans-say-a-four-day-work-week-would-help-them/",
     lang="en-US", title="Most Americans say a four-day workweek would help them", head="yoast",
     site="Pew Research Center", pub="2023-07-12T10:00:00-04:00", author="Rachel Minkin",
     chrome_top=_nav("Pew Research Center", ["Research Topics", "Publications", "Our Methods", "Short Reads", "Tools & Resources", "Experts", "About Us"]),
     before='<main><article class="post-content"><header class="post-header"><p class="kicker"><a>Short Reads</a></p><h1 class="entry-title">Most Americans say a four-day workweek would help them</h1>'
            '<div class="bylines"><span>By <a>Rachel Minkin</a></span></div><div class="date">July 12, 2023</div><div class="share-tools"><a>Share</a><a>Print</a></div></header>'
            '<div class="entry-content">',
     blocks=[
         _p("Roughly six-in-ten U.S. workers (59%) say a four-day workweek would help them be more productive, according to a new Pew Research Center survey."),
         _p("Younger workers are especially likely to see benefits: 70% of those ages 18 to 29 say this, compared with 46% of workers 65 and older."),
         _x('<figure class="wp-block-prc-block-chart"><img src="/chart.png"><figcaption><p>Chart shows most workers think a four-day week would boost productivity</p><p class="source">Source: Survey of U.S. workers conducted Feb. 6-12, 2023.</p><p class="pew-logo">PEW RESEARCH CENTER</p></figcaption></figure>'),
         _p("Views also differ by income. Upper-income workers are less likely than lower-income workers to say a shorter week would help them."),
         _x('<aside class="wp-block-prc-block-callout"><p><em>This analysis is based on a survey of 5,902 U.S. adults who are employed part time or full time. <a>Here are the questions used</a> for this analysis, along with responses, and <a>its methodology</a>.</em></p></aside>'),
         _p("Still, few workers expect their employer to offer one. Just 12% say it is very or somewhat likely that their workplace will adopt a four-day week in the next few years."),
     ],
     after='</div><div class="post-footer"><div class="topics"><h4>Topics</h4><a>Work and Employment</a></div>'
           '<div class="author-block"><p><strong>Rachel Minkin</strong> is a research associate focusing on social and demographic trends research at Pew Research Center.</p></div>'
           '<div class="newsletter-signup"><h3>Sign up for our weekly newsletter</h3><p>Fresh data delivered Saturday mornings</p><input placeholder="Email address"><button>Sign up</button></div></div></article></main>',
     chrome_bottom=_foot("Pew Research Center is a nonpartisan fact tank that informs the public about the issues, attitudes and trends shaping the world. It is a subsidiary of The Pew Charitable Trusts. © 2023 Pew Research Center", ("About", "Contact Us", "Privacy Policy", "Terms & Conditions", "Feedback")))


# ---------------------------------------------------------------------------------------------
# Company engineering blogs

page("ghost-cloudflare", "https://blog.cloudflare.com/how-we-cut-cold-start-latency-for-workers/",
     lang="en", title="How we cut cold start latency for Workers", head="ghost",
     site="The Cloudflare Blog", pub="2022-09-20T13:00:00.000+01:00", author="Kenton Varda",
     chrome_top='<header class="site-header"><a class="site-logo" href="/">The Cloudflare Blog</a><nav><ul><li><a>Subscribe to receive notifications of new posts:</a></li><li><a>Product News</a></li><li><a>Speed &amp; Reliability</a></li><li><a>Developers</a></li><li><a>Zero Trust</a></li></ul></nav></header>\n',
     before='<main class="site-main"><article class="post tag-developers tag-cloudflare-workers"><header class="post-header"><p class="f3 fw5 gray5 my">09/20/2022</p>'
            '<h1 class="f4 f6-ns fw4 lh-title black1 mt1 mb4">How we cut cold start latency for Workers</h1>'
            '<ul class="author-lists flex"><li class="author-name-tooltip"><a class="fw5 author-name">Kenton Varda</a></li></ul><p class="reading-time">6 min read</p></header>'
            '<figure class="kg-card kg-image-card"><img src="/hero.png"><figcaption>Illustration: Cloudflare</figcaption></figure>'
            '<section class="post-full-content"><div class="post-content lh-copy gray1">',
     blocks=[
         _p("When a request arrives for a Worker that is not already running, we have to load it before we can handle the request. That delay is what we call a cold start."),
         _p("For most Workers, cold starts were already under five milliseconds. But for large scripts, they could stretch past 50 milliseconds, and customers noticed."),
         _h("Pre-warming on the TLS handshake"),
         _p("The trick we settled on is to start loading the Worker as soon as we see the hostname in the TLS ClientHello, before the HTTP request even arrives."),
         ('<pre><code class="language-js">export default {\n  async fetch(request) {\n    return new Response("Hello, world!");\n  },\n};</code></pre>',
          'export default {\nasync fetch(request) {\nreturn new Response("Hello, world!");\n},\n};'),
         _p("In practice, this hides nearly all of the cold start time behind the handshake."),
         _h("Results"),
         _ul(["Median cold start fell from 5 ms to under 1 ms.", "The 99th percentile fell from 52 ms to 8 ms.", "Memory use rose by about 2% per machine."]),
         _p("If you have questions about these changes, come find us on the Cloudflare Developers Discord."),
         _x('<div class="kg-card kg-callout-card"><div class="kg-callout-text">We protect entire corporate networks, help customers build Internet-scale applications efficiently, accelerate any website or Internet application, ward off DDoS attacks, keep hackers at bay, and can help you on your journey to Zero Trust. <a>Learn more</a></div></div>'),
     ],
     after='</div></section><footer class="post-footer"><div class="tags"><a>Cloudflare Workers</a> <a>Developers</a> <a>Speed &amp; Reliability</a></div>'
           '<div class="share"><a>Follow on X</a><a>Kenton Varda @KentonVarda</a><a>Cloudflare @cloudflare</a></div></footer>'
           '<section class="related-posts"><h3>Related posts</h3><article><a>Workers Analytics Engine is now GA</a><p>June 14, 2022</p></article></section></article></main>',
     chrome_bottom=_foot("© 2022 Cloudflare, Inc. | Privacy Policy | Terms of Use | Trust &amp; Safety | Trademark", ("Sales", "Enterprise Sales", "Become a Partner", "Contact Sales")))

page("github-blog", "https://github.blog/2021-11-16-how-we-ship-code-faster-with-merge-queues/",
     lang="en-US", title="How we ship code faster with merge queues", head="yoast",
     site="The GitHub Blog", pub="2021-11-16T17:00:43+00:00", author="Will Smythe",
     chrome_top='<header class="header"><a href="/">The GitHub Blog</a><nav><ul><li><a>Engineering</a></li><li><a>Product</a></li><li><a>Security</a></li><li><a>Open Source</a></li><li><a>Enterprise</a></li><li><a>Changelog</a></li></ul></nav><a class="btn">Try GitHub Copilot</a><a class="btn">Contact sales</a></header>\n',
     before='<main><article class="post"><header class="post__header"><div class="post__topics"><a>Engineering</a></div><h1 class="h2-mktg">How we ship code faster with merge queues</h1>'
            '<p class="post__dek">Pull requests at GitHub now land in a queue that tests them together. Here is what changed.</p>'
            '<div class="post__authors"><img src="/avatar.png"><span class="author-name"><a>Will Smythe</a></span><span>·</span><time>November 16, 2021</time></div></header>'
            '<div class="post__share"><span>Share:</span><a>Twitter</a><a>Facebook</a><a>LinkedIn</a></div>'
            '<section class="post__content">',
     blocks=[
         _p("Every day, hundreds of pull requests are merged into the github/github monorepo. Until this year, each one had to be tested against the tip of the main branch before it could merge."),
         _p("That worked when the team was small. As we grew, developers spent more and more time waiting for the branch to be green."),
         _h("What a merge queue does"),
         _p("A merge queue groups pull requests and tests them together, as they would look after merging. If a group passes, all of its pull requests land at once."),
         _q("Since moving to the merge queue, the average time to merge a pull request has fallen by 33%."),
         _h("Try it yourself"),
         _p("Merge queues are now in limited beta for organizations on GitHub Enterprise Cloud. You can sign up for the waitlist from your repository settings."),
         _x('<div class="post__callout"><h3>Tags</h3><p><a>continuous integration</a> <a>GitHub Actions</a> <a>merge queue</a></p></div>'),
     ],
     after='</section><div class="post__authorbox"><img src="/avatar.png"><h3>Written by</h3><p><strong>Will Smythe</strong> Director of Product Management</p><a>@wsmythe</a></div>'
           '<section class="post__related"><h3>Related posts</h3><ul><li><a>How GitHub uses GitHub Actions to ship GitHub</a></li><li><a>Building GitHub with Ruby and Rails</a></li></ul></section>'
           '<section class="newsletter"><h3>The GitHub Insider newsletter</h3><p>Discover tips, technical guides, and best practices in our biweekly newsletter just for devs.</p><input placeholder="Your email address"><button>Subscribe</button><p>Yes please, I’d like GitHub and affiliates to use my information for personalized communications.</p></section></article></main>',
     chrome_bottom=_foot("© 2021 GitHub, Inc.", ("Docs", "Contact GitHub", "Privacy", "Terms", "Status")))


# ---------------------------------------------------------------------------------------------
# Sports, trade, health, fashion and reviews

page("bleacherreport", "https://bleacherreport.com/articles/10071234-nba-trade-deadline-2023-winners-and-losers",
     lang="en", title="NBA Trade Deadline 2023: Winners and Losers", head="ld",
     site="Bleacher Report", pub="2023-02-09T23:30:00Z", author="Grant Hughes",
     chrome_top=_nav("Bleacher Report", ["NFL", "NBA", "MLB", "NHL", "CFB", "Soccer", "WWE", "B/R Betting"]),
     before='<div id="main-content"><article class="organism articleContent"><header class="atom articleHeader"><h1>NBA Trade Deadline 2023: Winners and Losers</h1>'
            '<div class="authorInfo"><a class="name">Grant Hughes</a><span class="bio">NBA Lead Writer</span><span class="date">February 9, 2023</span></div>'
            '<div class="socialShare"><a>share</a><a>tweet</a><a>copy link</a></div></header>'
            '<div class="organism contentStream">',
     blocks=[
         _x('<div class="organism image"><img src="/kd.jpg"><p class="caption">Christian Petersen/Getty Images</p></div>'),
         ('<div class="organism textBlock"><p>The 2023 trade deadline delivered more fireworks than anyone expected. Kevin Durant is a Sun, Kyrie Irving is a Maverick, and half the league reshuffled its rotation.</p><p>Here is who came out ahead and who will regret the week.</p></div>',
          "The 2023 trade deadline delivered more fireworks than anyone expected. Kevin Durant is a Sun, Kyrie Irving is a Maverick, and half the league reshuffled its rotation.\n\nHere is who came out ahead and who will regret the week."),
         _x('<div class="organism ad"><div class="atom adLabel">Advertisement</div></div>'),
         _h("Winner: Phoenix Suns", "h2"),
         ('<div class="organism textBlock"><p>New owner Mat Ishbia wasted no time. Landing Durant for Mikal Bridges, Cam Johnson and four first-round picks makes Phoenix the favorite in the West.</p></div>',
          "New owner Mat Ishbia wasted no time. Landing Durant for Mikal Bridges, Cam Johnson and four first-round picks makes Phoenix the favorite in the West."),
         _x('<div class="organism video"><div class="videoPlayer"><p>Watch: Durant traded to Suns</p><span>1:42</span></div></div>'),
         _h("Loser: Los Angeles Lakers", "h2"),
         ('<div class="organism textBlock"><p>The Lakers did get D\'Angelo Russell back, but they are still three games out of the play-in with a roster that cannot shoot.</p></div>',
          "The Lakers did get D'Angelo Russell back, but they are still three games out of the play-in with a roster that cannot shoot."),
         ('<div class="organism textBlock"><p><em>Stats courtesy of NBA.com and Basketball Reference. Salary info via Spotrac.</em></p></div>',
          "Stats courtesy of NBA.com and Basketball Reference. Salary info via Spotrac."),
     ],
     after='</div><div class="organism articleFooter"><div class="tags"><a>NBA</a><a>Phoenix Suns</a><a>Los Angeles Lakers</a></div>'
           '<div class="appPromo"><p>Get the B/R app for live scores and breaking news.</p><a>Download</a></div>'
           '<div class="commentsCta"><a>Join the conversation</a><span>213 comments</span></div></div></article></div>',
     chrome_bottom=_foot("© Bleacher Report, Inc. 2023. All Rights Reserved. Bleacher Report is part of Warner Bros. Discovery Sports.", ("About", "Advertise", "Careers", "Privacy", "Terms of Use")))

page("industrydive", "https://www.supplychaindive.com/news/ups-teamsters-tentative-contract-ratification/689123/",
     lang="en", title="UPS, Teamsters reach tentative contract agreement", head="og",
     site="Supply Chain Dive", pub="2023-07-25T16:04:00-04:00", author="Max Garland",
     chrome_top='<header class="site-header"><a href="/">Supply Chain Dive</a><nav><ul><li><a>Freight</a></li><li><a>Logistics</a></li><li><a>Operations</a></li><li><a>Procurement</a></li><li><a>Regulation</a></li></ul></nav><a class="signup">Subscribe</a></header>\n',
     before='<main><div class="article-wrapper"><article><div class="topic-tag"><a>Labor</a></div><h1 class="display-heading-04">UPS, Teamsters reach tentative contract agreement</h1>'
            '<p class="article-dek">The deal averts a strike that could have disrupted deliveries for millions of customers.</p>'
            '<div class="article-published"><span class="byline">By <a>Max Garland</a></span> • Published July 25, 2023</div>'
            '<div class="social-share"><a>Share on Twitter</a><a>Share on LinkedIn</a><a>Print</a></div>'
            '<div class="large medium article-body">',
     blocks=[
         _h("Dive Brief:", "h3"),
         _ul(["UPS and the Teamsters union reached a tentative five-year agreement Tuesday, averting a strike by 340,000 workers.",
              "The deal raises pay for full- and part-time workers by $7.50 an hour over the life of the contract, the union said.",
              "Members will vote on the agreement between Aug. 3 and Aug. 22."]),
         _x('<div class="inline-signup"><p>Want more stories like this? Get the free daily newsletter read by industry experts.</p><input placeholder="Work Email"><button>Sign up</button></div>'),
         _h("Dive Insight:", "h3"),
         _p("A strike would have been the largest against a single employer in U.S. history, and shippers had begun moving volume to FedEx and regional carriers as a precaution."),
         _p("Some of that volume may not come back, analysts said. &#8220;Shippers learned they have options,&#8221; one consultant told Supply Chain Dive."),
         _x('<div class="article-editorspick"><h4>Recommended Reading</h4><ul><li><a>How shippers prepared for a UPS strike</a></li></ul></div>'),
     ],
     after='</div><div class="article-tags"><span>Filed Under:</span> <a>Labor</a> <a>Last Mile</a></div></article>'
           '<aside class="sidebar"><h3>Editors’ picks</h3><ul><li><a>The state of freight in 2023</a></li></ul><div class="sidebar-signup"><p>Get the free newsletter</p></div></aside></div></main>',
     chrome_bottom=_foot("© 2023 Industry Dive. All rights reserved. | View our other publications", ("About", "Editorial Ethics", "Privacy Policy", "Terms of Use")))

page("healthline", "https://www.healthline.com/health-news/walking-after-meals-blood-sugar",
     lang="en", title="Walking After Meals Can Help Lower Blood Sugar, Study Finds", head="ld",
     site="Healthline", pub="2022-08-05T09:00:00Z", author="Julia Ries",
     chrome_top=_nav("healthline", ["Health Conditions", "Health Products", "Discover", "Tools", "Connect", "Subscribe"]),
     before='<main id="site-content"><article class="article-body"><header><h1>Walking After Meals Can Help Lower Blood Sugar, Study Finds</h1>'
            '<div class="byline"><span>Written by <a>Julia Ries</a></span> on <span>August 5, 2022</span> — <span>Fact checked by <a>Jill Seladi-Schulman, Ph.D.</a></span></div>'
            '<div class="share-bar"><a>Share on Pinterest</a></div></header>'
            '<figure><img src="/walk.jpg"><figcaption>Experts say even a short walk after eating can benefit your health. Pekic/Getty Images</figcaption></figure>'
            '<div class="article-content">',
     blocks=[
         _ul(["Researchers say walking for as little as 2 to 5 minutes after a meal can lower blood sugar levels.", "They say standing up after eating also helps, but not as much as walking.", "Experts recommend walking within 60 to 90 minutes after eating."]),
         _p("A few minutes of walking after a meal can help keep your blood sugar in check, according to a review published in the journal <em>Sports Medicine</em>."),
         _p("Researchers analyzed seven studies that compared the effects of sitting, standing and walking on blood sugar and insulin levels."),
         _h("How walking affects blood sugar"),
         _p("When you walk, your muscles use glucose for energy, which pulls sugar out of the bloodstream, explained Dr. Kunal Shah, an endocrinologist in Houston."),
         _x('<div class="css-newsletter"><h3>Stay in the know with our health newsletters</h3><p>Your privacy is important to us</p><input placeholder="Enter your email"><button>SIGN UP</button></div>'),
         _p("&#8220;You don&#8217;t need to go for a long hike,&#8221; Shah said. &#8220;A walk around the block is enough.&#8221;"),
     ],
     after='</div><section class="sources"><h2>How we reviewed this article:</h2><p>Our experts continually monitor the health and wellness space, and we update our articles when new information becomes available.</p><p><a>Current Version</a></p><p>Aug 5, 2022</p><p>Written By Julia Ries</p><p>Edited By Kristen Fischer</p></section>'
           '<section class="related"><h3>Read this next</h3><ul><li><a>What to Know About Prediabetes</a></li><li><a>The Best Time to Exercise</a></li></ul></section></article></main>',
     chrome_bottom=_foot("© 2005-2022 Healthline Media a Red Ventures Company. All rights reserved. Our website services, content, and products are for informational purposes only. Healthline Media does not provide medical advice, diagnosis, or treatment.", ("About Us", "Careers", "Advertise With Us", "Privacy Policy", "Privacy Settings")))

page("mnt", "https://www.medicalnewstoday.com/articles/coffee-and-heart-rhythm",
     lang="en", title="Does coffee cause irregular heartbeat? New study offers clues", head="ld",
     site="Medical News Today", pub="2023-03-22T10:00:00Z", author="Anna Guildford, Ph.D.",
     chrome_top=_nav("Medical News Today", ["Health Conditions", "Health Products", "Discover", "Tools", "Connect", "Subscribe"]),
     before='<main><article><header><h1>Does coffee cause irregular heartbeat? New study offers clues</h1>'
            '<div class="css-byline"><span>Written by <a>Anna Guildford, Ph.D.</a></span> on March 22, 2023 — <span>Fact checked by <a>Alexandra Sanfins, Ph.D.</a></span></div></header>'
            '<div class="article-body css-d2znx6">',
     blocks=[
         _x('<figure><img src="/coffee.jpg"><figcaption><a>Share on Pinterest</a>Coffee may not trigger extra heartbeats, a study suggests. Image credit: Marc Tran/Stocksy</figcaption></figure>'),
         _p("Drinking coffee did not increase the number of early heartbeats originating in the upper chambers of the heart, a new study has found."),
         _p("It did, however, increase early beats from the lower chambers, known as premature ventricular contractions, the researchers report in <em>The New England Journal of Medicine</em>."),
         _h("Tracking 100 coffee drinkers"),
         _p("The team gave 100 adults wearable monitors and asked them to drink or avoid coffee on randomly assigned days over 2 weeks."),
         _p("On coffee days, participants took about 1,000 more steps, but slept about 36 minutes less."),
         _x('<div class="css-inline-links"><p><strong>Related coverage</strong></p><ul><li><a>How much caffeine is too much?</a></li><li><a>What causes heart palpitations?</a></li></ul></div>'),
         _h("Limitations"),
         _p("The study was small and short, and participants knew whether they were drinking coffee, which may have affected their behavior, the authors note."),
     ],
     after='</div><section class="css-sources"><h2>Last medically reviewed on March 22, 2023</h2><ul><li><a>Cardiovascular / Cardiology</a></li><li><a>Nutrition / Diet</a></li></ul><h3>How we reviewed this article:</h3><p>Medical News Today has strict sourcing guidelines and draws only from peer-reviewed studies, academic research institutions, and medical journals and associations.</p><ul><li>Marcus GM, et al. (2023). Acute effects of coffee consumption on health among ambulatory adults.</li></ul></section>'
           '<section class="newsletter"><h3>Get our newsletter</h3><p>Keep up with the ever-changing world of medical science with new and emerging developments in health.</p></section></article></main>',
     chrome_bottom=_foot("© 2004-2023 Healthline Media UK Ltd, Brighton, UK, a Red Ventures Company. All rights reserved. MNT is the registered trade mark of Healthline Media.", ("About Us", "Contact Us", "Terms of Use", "Privacy Policy")))

page("hearst-mags", "https://www.harpersbazaar.com/fashion/trends/a41234567/quiet-luxury-trend-explained/",
     lang="en", title="What Is Quiet Luxury? The Trend, Explained", head="ld",
     site="Harper's BAZAAR", pub="2023-05-30T14:12:00Z", author="Rachel Tashjian",
     chrome_top=_nav("Harper's BAZAAR", ["Fashion", "Beauty", "Celebrity", "Culture", "Lifestyle", "Subscribe"]),
     before='<main><article class="article-container"><header class="content-header"><div class="content-header-inner"><a class="section-label">Fashion</a><h1 class="content-hed">What Is Quiet Luxury? The Trend, Explained</h1>'
            '<p class="content-dek">Why stealth wealth is everywhere this year.</p><div class="byline-container"><span class="byline-name">By Rachel Tashjian</span><time class="content-info-date">Published: May 30, 2023</time></div>'
            '<div class="content-share"><a>Save Article</a><a>Pinterest</a><a>Facebook</a></div></div></header>'
            '<div class="article-body-content article-body standard-body-content">',
     blocks=[
         _p("This spring, the most talked-about clothes in fashion were ones you could barely see: cashmere crewnecks in oatmeal, unbranded baseball caps, loafers with no logo."),
         _p("The look, which TikTok has named &#8220;quiet luxury,&#8221; was everywhere after the HBO series <em>Succession</em> dressed its billionaire characters in it."),
         _x('<div class="ad-container"><span class="ad-label">ADVERTISEMENT - CONTINUE READING BELOW</span></div>'),
         _x('<div class="product-embed"><div class="product-embed-image"><img src="/loro.jpg"></div><p class="product-embed-brand">Loro Piana</p><p class="product-embed-name">Baby Cashmere Crewneck</p><p class="product-embed-price">$1,450 at loropiana.com</p><a class="product-embed-button">Shop Now</a></div>'),
         _p("But the idea is hardly new. The wealthy have always signaled status through fabric and fit rather than logos."),
         _p("&#8220;If you know, you know,&#8221; a stylist told me. &#8220;That&#8217;s the whole point.&#8221;"),
         _x('<p class="body-tag"><strong>Related Story</strong></p><div class="embed-editorial-links"><a>The 2023 Met Gala Red Carpet</a></div>'),
         _p("Whether it lasts depends on the economy. Logomania, after all, came back with the boom years."),
         _x('<div class="content-info-footer"><p>This content is imported from TikTok. You may be able to find the same content in another format, or you may be able to find more information, at their web site.</p></div>'),
     ],
     after='</div><div class="author-bio"><p><a>Rachel Tashjian</a> is the fashion news director at Harper&#8217;s BAZAAR.</p></div>'
           '<div class="newsletter-signup"><p>Get Shopping Intel, Style Tips and More</p><input placeholder="Enter your email"><button>Sign Up Now</button></div>'
           '<div class="related-content"><h3>You May Also Like</h3><ul><li><a>The Best Cashmere Sweaters</a></li></ul></div></article></main>',
     chrome_bottom=_foot("A Part of Hearst Digital Media. Harper’s BAZAAR participates in various affiliate marketing programs, which means we may get paid commissions on editorially chosen products purchased through our links to retailer sites. ©2023 Hearst Magazine Media, Inc. All Rights Reserved.", ("Newsletter", "Contact Us", "Media Kit", "Advertise", "Privacy Notice", "Terms of Use")))

page("pitchfork", "https://pitchfork.com/reviews/albums/boygenius-the-record/",
     lang="en", title="boygenius: the record Album Review", head="ld",
     site="Pitchfork", pub="2023-03-31T05:01:00.000Z", author="Jillian Mapes",
     chrome_top=_nav("Pitchfork", ["News", "Reviews", "Best New Music", "Lists", "Features", "Video"]),
     before='<main><article class="review-detail"><header class="single-album-tombstone"><h1 class="single-album-tombstone__review-title">the record</h1><ul class="artist-links"><li><a>boygenius</a></li></ul>'
            '<div class="score-box"><p class="bnm-txt">Best New Music</p><span class="score">8.2</span></div><p class="labels-and-years">Interscope • 2023</p>'
            '<div class="article-meta"><a class="authors-detail__display-name">By Jillian Mapes</a><span class="genre-list">Genre: Rock</span><time class="pub-date">March 31, 2023</time></div></header>'
            '<div class="review-detail__abstract"><p>On their first full-length album, Julien Baker, Phoebe Bridgers and Lucy Dacus trade the solemnity of their 2018 EP for something looser and more joyful.</p></div>'
            '<div class="body__inner-container">',
     blocks=[
         _p("Five years after their self-titled EP, boygenius have made the kind of album that only friends can make: loose, funny, sometimes devastating."),
         _p("The record opens with &#8220;Without You Without Them,&#8221; a nearly a cappella hymn that sets the tone for an album about what it means to be held by other people."),
         _x('<div class="embed-player"><p>Listen to boygenius: the record</p><a>Apple Music</a><a>Spotify</a></div>'),
         _p("Bridgers&#8217; &#8220;Emily I&#8217;m Sorry&#8221; and Dacus&#8217; &#8220;We&#8217;re in Love&#8221; are among the best songs any of them have written."),
         _p("If the EP was three solo artists sharing a stage, this is a band."),
         _x('<p class="affiliate-disclaimer"><em>All products featured on Pitchfork are independently selected by our editors. However, when you buy something through our retail links, we may earn an affiliate commission.</em></p>'),
     ],
     after='</div><div class="buy-buttons"><p>Buy: <a>Rough Trade</a></p></div><div class="article-tags"><a>boygenius</a></div>'
           '<section class="recirc"><h3>Most Read Reviews</h3><ul><li><a>Lana Del Rey: Did You Know That There&#8217;s a Tunnel Under Ocean Blvd</a></li></ul></section></article></main>',
     chrome_bottom=_foot("© 2023 Condé Nast. All rights reserved. Pitchfork may earn a portion of sales from products that are purchased through our site as part of our Affiliate Partnerships with retailers.", ("About", "Masthead", "Contact", "Careers", "User Agreement", "Privacy Policy")))

page("rogerebert", "https://www.rogerebert.com/reviews/past-lives-movie-review-2023",
     lang="en", title="Past Lives movie review (2023)", head="og",
     site="Roger Ebert", pub="2023-06-02T00:00:00-05:00", author="Brian Tallerico",
     chrome_top=_nav("RogerEbert.com", ["Reviews", "Great Movies", "Streaming", "Festivals", "Chaz's Journal", "Ebertfest"]),
     before='<main class="page-content--block_editor-content"><article><header class="page-content--title"><h1>Past Lives</h1><div class="star-rating"><span class="icon-star-full"></span><span class="icon-star-full"></span><span class="icon-star-full"></span><span class="icon-star-full"></span></div>'
            '<p class="page-content--byline"><a>Brian Tallerico</a> <time>June 02, 2023</time></p></header>'
            '<div class="page-content--block_editor-content js-inject-ads">',
     blocks=[
         _p("Celine Song&#8217;s &#8220;Past Lives&#8221; begins with a question. Two Americans at a bar in New York look at three people across the room and wonder about them."),
         _p("Over the next 105 minutes, Song answers that question with one of the most tender films of the year, a story about the lives we might have led."),
         _x('<div class="ad-tag"><p>Advertisement</p></div>'),
         _p("Greta Lee plays Nora, a playwright who left South Korea with her family at twelve. Teo Yoo plays Hae Sung, the boy she left behind."),
         _p("It&#8217;s a film of glances and silences, and it trusts its audience to fill them in."),
         _p("<em>This review was filed from the Sundance Film Festival on January 23rd. It opens in theaters today.</em>"),
     ],
     after='</div><section class="page-content--credits"><h3>Cast</h3><ul><li><a>Greta Lee</a> as Nora</li><li><a>Teo Yoo</a> as Hae Sung</li><li><a>John Magaro</a> as Arthur</li></ul>'
           '<h3>Director</h3><ul><li><a>Celine Song</a></li></ul><h3>Writer</h3><ul><li><a>Celine Song</a></li></ul><p>Rated PG-13 for some strong language.</p><p>106 minutes</p></section>'
           '<section class="latest"><h3>Latest Articles</h3><ul><li><a>Home Entertainment Consumer Guide</a></li></ul></section></article></main>',
     chrome_bottom=_foot("Copyright © 2023 Ebert Digital LLC", ("About", "Contact", "Newsletter", "Privacy Policy")))


# ---------------------------------------------------------------------------------------------
# English-language papers: Africa, Pakistan, Ukraine, Turkey, the Gulf

page("iol", "https://www.iol.co.za/capetimes/news/load-shedding-hits-cape-town-small-businesses-2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
     lang="en", title="Load shedding hits Cape Town small businesses hard", head="ld",
     site="IOL", pub="2023-01-17T05:30:00.000Z", author="Okuhle Hlati",
     chrome_top=_nav("IOL", ["News", "Business", "Sport", "Entertainment", "Lifestyle", "Motoring", "Property"]),
     before='<main><article class="article"><div class="article-header"><a class="section-label">News</a><h1>Load shedding hits Cape Town small businesses hard</h1>'
            '<div class="byline"><p>By <a>Okuhle Hlati</a></p><p>Published Jan 17, 2023</p></div><div class="share-buttons"><a>Share</a><a>Facebook</a><a>Twitter</a><a>WhatsApp</a></div></div>'
            '<figure><img src="/ls.jpg"><figcaption>Traders in the CBD say rolling blackouts have cut their takings by half. Picture: Ayanda Ndamane/African News Agency (ANA)</figcaption></figure>'
            '<div class="article-body">',
     blocks=[
         _p("Cape Town - Small business owners in Cape Town say Stage 6 load shedding is pushing them to the brink, with some forced to close for hours every day."),
         _p("Eskom implemented Stage 6 on Monday, meaning up to 12 hours without electricity a day for many areas."),
         _x('<p><strong>ALSO READ: <a>Eskom warns of more blackouts this winter</a></strong></p>'),
         _p("Nomsa Dlamini, who runs a hair salon in Khayelitsha, said she had bought a generator but could barely afford the petrol."),
         _p("&#8220;We are working for the generator now, not for ourselves,&#8221; she said."),
         _x('<div class="advert"><span>Advertisement</span></div>'),
         _p("The City said it was shielding residents from some stages of load shedding using the Steenbras hydro scheme."),
         _p("<strong>okuhle.hlati@inl.co.za</strong>"),
         _p("<strong>Cape Times</strong>"),
     ],
     after='</div><div class="article-tags"><a>Load Shedding</a> <a>Eskom</a> <a>Cape Town</a></div>'
           '<div class="article-related"><h3>Related Topics:</h3><a>Eskom</a></div><div class="recommended"><h3>Recommended</h3><ul><li><a>Petrol price to rise in February</a></li></ul></div></article></main>',
     chrome_bottom=_foot("© 2023 Independent Online and affiliated companies. All rights reserved", ("About IOL", "Advertising", "Contact Us", "Terms and Conditions", "Privacy Policy", "Press Code")))

page("premiumtimes", "https://www.premiumtimesng.com/news/headlines/598123-inec-begins-distribution-of-pvcs-nationwide.html",
     lang="en-US", title="INEC begins distribution of PVCs nationwide", head="yoast",
     site="Premium Times Nigeria", pub="2022-12-12T12:45:33+00:00", author="Nike Adebowale",
     chrome_top='<div class="top-bar"><span>Monday, December 12, 2022</span><a>Login</a></div>' + _nav("Premium Times Nigeria", ["Home", "News", "Top News", "Business", "Investigations", "Opinion", "Agenda"]),
     before='<div class="jeg_main"><div class="jeg_content"><div class="jeg_inner_content"><div class="entry-header"><div class="jeg_post_category"><a>Headlines</a></div><h1 class="jeg_post_title">INEC begins distribution of PVCs nationwide</h1>'
            '<div class="jeg_meta_container"><div class="jeg_post_meta"><div class="jeg_meta_author">by <a>Nike Adebowale</a></div><div class="jeg_meta_date"><a>December 12, 2022</a></div><div class="jeg_meta_comment"><a>0</a></div></div></div></div>'
            '<div class="jeg_share_top_container"><div class="jeg_share_button"><a>Share on Facebook</a><a>Share on Twitter</a><a>WhatsApp</a></div></div>'
            '<div class="jeg_featured featured_image"><img src="/pvc.jpg"><p class="wp-caption-text">INEC officials [PHOTO CREDIT: @inecnigeria]</p></div>'
            '<div class="entry-content no-share"><div class="content-inner">',
     blocks=[
         _p("The Independent National Electoral Commission (INEC) on Monday began the distribution of Permanent Voter Cards (PVCs) across the 774 local government areas of the country."),
         _p("The commission said about 6.7 million new PVCs are ready for collection ahead of the 2023 general elections."),
         _x('<div class="jeg_ad jeg_ad_article"><div class="ads-wrapper"><p>TEXT AD: Call Willie - +2348098788999</p></div></div>'),
         _p("INEC&#8217;s National Commissioner, Festus Okoye, urged registered voters to collect their cards early to avoid a last-minute rush."),
         _x('<div class="pt-support-box"><h4>Support PREMIUM TIMES&#8217; journalism of integrity and credibility</h4><p>Good journalism costs a lot of money. Yet only good journalism can ensure the possibility of a good society, an accountable democracy, and a transparent government.</p><a>Donate</a></div>'),
         _p("The distribution will continue until January 22, 2023, the commission said."),
     ],
     after='</div></div><div class="jeg_post_tags"><span>Tags:</span> <a>2023 Elections</a> <a>INEC</a> <a>PVC</a></div>'
           '<div class="jeg_postblock_related"><h3>Related</h3><ul><li><a>Tinubu, Atiku, Obi campaign in Kano</a></li></ul></div>'
           '<div class="jeg_comments"><h3>Leave a Reply</h3><form><textarea></textarea></form></div></div></div></div>',
     chrome_bottom=_foot("© 2022 Premium Times Services Limited", ("About Us", "Advertise", "Contact", "Privacy Policy", "Ethics Code")))

page("nation-ke", "https://nation.africa/kenya/news/nairobi-expressway-toll-charges-revised-3912345",
     lang="en", title="Nairobi Expressway toll charges revised upward", head="ld",
     site="Nation", pub="2023-02-20T04:00:00Z", author="Justus Ochieng",
     chrome_top=_nav("Nation", ["News", "Counties", "Business", "Sports", "Opinion", "Life & Style", "Premium", "Subscribe"]),
     before='<main><article class="article-page"><header class="article-header"><span class="article-topic">Premium</span><h1 class="title-medium">Nairobi Expressway toll charges revised upward</h1>'
            '<div class="byline"><p class="article-authors">By <a>Justus Ochieng</a></p><time class="date">February 20, 2023</time></div>'
            '<div class="share-icons"><a>Facebook</a><a>Twitter</a><a>LinkedIn</a><a>WhatsApp</a></div>'
            '<p class="article-summary"><strong>What you need to know:</strong></p><ul class="blk-txt"><li>Motorists will pay between Sh120 and Sh1,550 depending on the distance and vehicle class.</li></ul></header>'
            '<section class="body-copy paragraph-wrapper">',
     blocks=[
         _p("Motorists using the Nairobi Expressway will pay more from next month after the operator revised its toll charges, citing inflation and the weakening shilling."),
         _p("Moja Expressway, which runs the 27-kilometre road under a public-private partnership, said the changes had been approved by the Kenya National Highways Authority."),
         _p("Private car owners travelling the full length of the road from Mlolongo to James Gichuru will now pay Sh..."),
     ],
     after='</section><div class="paywall-prompt"><div class="paywall-content"><h3>Subscribe for unlimited access</h3><p>Already a subscriber? <a>Log in</a></p><p>Get the whole story. For as little as Sh10 a day, you get unlimited access to our premium stories, in-depth analysis and the digital edition.</p><a class="btn">Subscribe now</a><p>Cancel anytime.</p></div></div>'
           '<section class="related-articles"><h3>Related</h3><ul><li><a>Expressway records 1.2 million trips in first month</a></li><li><a>Motorists decry high fuel prices</a></li></ul></section></article></main>',
     chrome_bottom=_foot("© 2023 Nation Media Group. All Rights Reserved.", ("About Us", "Contact Us", "Terms of Use", "Privacy Policy", "Careers")))

page("thenews-amp", "https://www.thenews.com.pk/amp/1045678-karachi-to-get-first-electric-bus-service",
     lang="en", title="Karachi to get first electric bus service", head="amp",
     site="The News International", pub="2023-03-08T08:12:00+05:00", author="Our Correspondent",
     chrome_top='<amp-sidebar id="sidebar" layout="nodisplay"><ul><li><a>Latest</a></li><li><a>Pakistan</a></li><li><a>World</a></li><li><a>Sports</a></li><li><a>Business</a></li></ul></amp-sidebar>'
                '<header class="amp-header"><button on="tap:sidebar.toggle">☰</button><a href="/"><amp-img src="/logo.png" width="150" height="30" alt="The News International"></amp-img></a></header>\n',
     before='<main><article class="story"><div class="category-name"><a>Karachi</a></div><h1>Karachi to get first electric bus service</h1>'
            '<div class="story-detail"><span class="author">Our Correspondent</span><span class="time">March 08, 2023</span></div>'
            '<amp-social-share type="facebook" width="30" height="30"></amp-social-share><amp-social-share type="twitter" width="30" height="30"></amp-social-share><amp-social-share type="whatsapp" width="30" height="30"></amp-social-share>'
            '<amp-img src="/ebus.jpg" width="700" height="400" layout="responsive" alt="Electric bus"></amp-img><p class="caption">The first batch of electric buses arrived at Karachi port last month. — Online/File</p>'
            '<div class="story-text">',
     blocks=[
         _p("KARACHI: The Sindh government will launch the city&#8217;s first electric bus service on Friday, Transport Minister Sharjeel Inam Memon said on Tuesday."),
         _p("Initially, 10 buses will run between Model Colony and Sea View, with fares starting at Rs50."),
         _x('<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/thenews_amp_mid"><div fallback>Advertisement</div></amp-ad>'),
         _p("Memon said another 40 buses would be added by June, and that women would be able to ride for free on some routes."),
         _p("The buses, imported from China, can run 250 kilometres on a single charge."),
     ],
     after='</div><div class="tags"><a>Karachi</a><a>Transport</a></div><div class="amp-related"><h3>More From Karachi</h3><ul><li><a>Water shortage hits Korangi</a></li></ul></div><a class="view-full">View Full Version</a></article></main>',
     chrome_bottom=_foot("© 2023 The News International. All rights reserved.", ("About Us", "Contact Us", "Privacy Policy")))

page("kyivindependent", "https://kyivindependent.com/interview-ukraines-energy-minister-on-surviving-the-winter/",
     lang="en", title="Interview: Ukraine's energy minister on surviving the winter", head="ghost",
     site="The Kyiv Independent", pub="2022-12-06T18:14:22.000Z", author="Alexander Query",
     chrome_top=_nav("The Kyiv Independent", ["Ukraine", "War", "Business", "Opinion", "Investigations", "Support us"]),
     before='<main class="site-main"><article class="article post"><header class="article-header"><a class="article-tag">Interview</a><h1 class="article-title">Interview: Ukraine\'s energy minister on surviving the winter</h1>'
            '<p class="article-excerpt">Herman Halushchenko talks blackouts, repairs and what Ukraine needs from its partners.</p>'
            '<div class="article-byline"><a class="article-author">Alexander Query</a> <time>December 6, 2022 8:14 pm</time> <span class="reading-time">4 min read</span></div></header>'
            '<figure class="article-image"><img src="/minister.jpg"><figcaption>Energy Minister Herman Halushchenko in Kyiv on Dec. 2, 2022. (Photo: Oleksii Samsonov)</figcaption></figure>'
            '<section class="gh-content gh-canvas">',
     blocks=[
         _p("Since October, Russia has launched wave after wave of missile and drone strikes on Ukraine&#8217;s power grid, leaving millions without electricity for hours at a time."),
         _p("The Kyiv Independent spoke with Energy Minister Herman Halushchenko about how the country is coping. The interview has been edited for length and clarity."),
         *_q2("The Kyiv Independent: How much of the grid has been damaged?",
              "Herman Halushchenko: Around 40 percent of our high-voltage infrastructure has been hit. Every thermal and hydroelectric power plant has been attacked at least once."),
         *_q2("The Kyiv Independent: How quickly can repairs be done?",
              "Halushchenko: Our engineers are working around the clock. Some repairs take hours, others take weeks, because we need equipment that is not made in Ukraine."),
         _x('<div class="kg-card kg-cta-card"><p>Support independent journalism in Ukraine. Join our community.</p><a>Become a member</a></div>'),
         *_q2("The Kyiv Independent: What do you need most from Ukraine&#8217;s partners?",
              "Halushchenko: Transformers, generators and air defense. Without air defense, we repair something and it is destroyed again the next day."),
     ],
     after='</section><footer class="article-footer"><div class="article-author-card"><img src="/aq.jpg"><h4>Alexander Query</h4><p>Reporter covering energy and business.</p><a>Read more</a></div>'
           '<div class="gh-cta"><h3>Ukraine war latest</h3><p>Join 100,000+ readers who get our daily newsletter.</p><input placeholder="Your email"><button>Subscribe</button></div></footer></article></main>',
     chrome_bottom=_foot("© 2022 The Kyiv Independent. Published with Ghost", ("About us", "Team", "Contact", "Privacy policy")))

page("dailysabah", "https://www.dailysabah.com/turkiye/istanbul-metro-line-to-airport-opens/news",
     lang="en", title="Istanbul metro line to new airport opens to passengers", head="ld",
     site="Daily Sabah", pub="2023-01-22T13:51:00+03:00", author="Daily Sabah",
     chrome_top=_nav("Daily Sabah", ["Türkiye", "Politics", "Business", "World", "Sports", "Life", "Opinion"]),
     before='<main><article class="main_page"><div class="article_header"><h1 class="main_page_title">Istanbul metro line to new airport opens to passengers</h1>'
            '<div class="details_wrapper"><div class="author_details"><span>DAILY SABAH</span><span>ISTANBUL</span></div><div class="date_details"><span>Published: Jan 22, 2023 1:51 PM GMT+3</span></div></div>'
            '<div class="share_buttons"><a>Share</a><a>Facebook</a><a>Twitter</a><a>Whatsapp</a><a>Email</a></div></div>'
            '<div class="main_img"><img src="/metro.jpg"><div class="caption"><p>Passengers ride the new metro line, Istanbul, Türkiye, Jan. 22, 2023. (AA Photo)</p></div></div>'
            '<div class="article_body_wrapper"><div class="article_body">',
     blocks=[
         _p("A long-awaited metro line linking central Istanbul to the city&#8217;s new airport opened to passengers on Sunday, cutting the trip to about 35 minutes."),
         _p("The 37.5-kilometer Gayrettepe-Istanbul Airport line is Türkiye&#8217;s fastest metro, with trains reaching speeds of 120 kilometers per hour, Transport and Infrastructure Minister Adil Karaismailoğlu said."),
         _x('<div class="related_news_inline"><p>Read More</p><a>Istanbul Airport named world&#8217;s best for third time</a></div>'),
         _p("The line has nine stations and is expected to carry 600,000 passengers a day."),
         _x('<div class="ad-slot"><span>Advertisement</span></div>'),
         _p("Officials plan to extend it to the Halkalı district by the end of the year."),
     ],
     after='</div></div><div class="article_tags"><span>Keywords</span><a>Istanbul</a><a>Metro</a><a>Istanbul Airport</a></div>'
           '<div class="google_news"><a>Follow Daily Sabah on Google News</a></div></article>'
           '<section class="more_from"><h3>More From Türkiye</h3><ul><li><a>Earthquake drill held in Izmir</a></li></ul></section></main>',
     chrome_bottom=_foot("© Turkuvaz Media Group. All rights reserved.", ("About Us", "Contact", "Privacy Policy", "Cookie Policy")))

page("thenational-timeline", "https://www.thenationalnews.com/uae/2023/11/29/cop28-timeline-how-the-uae-prepared-for-climate-summit/",
     lang="en", title="Cop28 timeline: How the UAE prepared for the climate summit", head="ld",
     site="The National", pub="2023-11-29T04:00:00.000Z", author="Sarwat Nasir",
     chrome_top=_nav("The National", ["UAE", "Gulf News", "Mena", "World", "Business", "Opinion", "Weekend"]),
     before='<main><article class="article"><header><div class="kicker"><a>Cop28</a></div><h1 class="headline">Cop28 timeline: How the UAE prepared for the climate summit</h1>'
            '<h2 class="subheadline">From winning the bid in 2021 to the opening ceremony in Expo City</h2>'
            '<div class="byline"><span>Sarwat Nasir</span><time>Nov 29, 2023</time></div>'
            '<div class="share"><span>Share</span><a>Facebook</a><a>Twitter</a><a>LinkedIn</a></div></header>'
            '<div class="article-body">',
     blocks=[
         _p("The UN climate summit opens in Dubai on Thursday, the culmination of two years of preparation."),
         _p("Here is how the UAE got here."),
         _h("November 2021", "h3"),
         _p("The UAE wins the bid to host Cop28 at the Glasgow summit, beating no other candidates from the Asia-Pacific group."),
         _h("January 2023", "h3"),
         _p("Dr Sultan Al Jaber, Minister of Industry and Advanced Technology, is named Cop28 President-designate."),
         _x('<div class="ad-wrapper"><span>Advertisement</span></div>'),
         _h("July 2023", "h3"),
         _p("Dr Al Jaber sets out his action agenda, calling for tripling renewable energy capacity by 2030."),
         _h("November 30, 2023", "h3"),
         _p("The summit opens at Expo City Dubai, with more than 70,000 delegates expected over two weeks."),
         _x('<div class="read-more"><p>Read more</p><ul><li><a>Cop28: What is it and why does it matter?</a></li><li><a>Who is attending Cop28?</a></li></ul></div>'),
     ],
     after='</div><div class="updated"><p>Updated: November 29, 2023, 5:46 AM</p></div><div class="tags"><a>Cop28</a><a>Climate</a></div>'
           '<div class="newsletter"><h3>The National Newsletters</h3><p>Get the latest news from the UAE in your inbox.</p></div></article></main>',
     chrome_bottom=_foot("© 2023 The National. All rights reserved.", ("About Us", "Contact Us", "Work With Us", "Privacy Policy", "Terms & Conditions")))


# ---------------------------------------------------------------------------------------------
# Other languages

page("fontanka", "https://www.fontanka.ru/2023/04/18/72234567/",
     lang="ru", title="В Петербурге откроют три новые станции метро до конца года", head="ld",
     site="Фонтанка.ру", pub="2023-04-18T12:20:00+03:00", author="Анна Петрова",
     chrome_top=_nav("Фонтанка.ру", ["Новости", "Город", "Происшествия", "Экономика", "Недвижимость", "Авто"]),
     before='<main><article><div class="article-header"><h1 itemprop="headline">В Петербурге откроют три новые станции метро до конца года</h1>'
            '<div class="article-info"><time>18 апреля 2023, 12:20</time><span class="views">12 345</span><a class="comments-count">Комментарии: 87</a></div>'
            '<p class="article-lead">Сроки назвали в Смольном</p></div>'
            '<figure><img src="/metro.jpg"><figcaption>Фото: Михаил Огнев / «Фонтанка.ру»</figcaption></figure>'
            '<div class="article-text" itemprop="articleBody">',
     blocks=[
         _p("Три станции Лахтинско-Правобережной линии петербургского метрополитена планируют открыть до конца 2023 года, сообщили в комитете по развитию транспортной инфраструктуры."),
         _p("Речь идёт о станциях «Горный институт», «Театральная» и «Путиловская». Работы на них, по словам чиновников, идут по графику."),
         _x('<div class="article-inline-link"><p>Читайте также: <a>Вестибюль «Технологического института» закроют на ремонт</a></p></div>'),
         _p("«Все три станции будут сданы в срок», — заявил вице-губернатор Николай Линченко."),
         _x('<div class="adv-block"><span>Реклама</span></div>'),
         _p("Ранее открытие «Театральной» несколько раз переносилось из-за проблем с подрядчиком."),
         _p("<em>Анна Петрова, «Фонтанка.ру»</em>"),
     ],
     after='</div><div class="article-tags"><a>Метро</a><a>Транспорт</a></div>'
           '<div class="subscribe-block"><p>Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать главные новости Петербурга.</p></div>'
           '<div class="comments-block"><h3>Комментарии</h3><p>Оставьте комментарий</p></div></article></main>',
     chrome_bottom=_foot("© 2000—2023 Фонтанка.ру. Все права защищены. 18+", ("О проекте", "Реклама", "Контакты", "Политика конфиденциальности")))

page("unian", "https://www.unian.ua/economics/energetics/ukrenergo-vidnovlennya-merezhi-12134567.html",
     lang="uk", title="Укренерго: енергосистема повністю відновила баланс", head="ld",
     site="УНІАН", pub="2023-02-14T09:45:00+02:00", author="Ірина Шевченко",
     chrome_top=_nav("УНІАН", ["Новини", "Війна", "Політика", "Економіка", "Світ", "Спорт", "Курси валют"]),
     before='<main><div class="article"><h1>Укренерго: енергосистема повністю відновила баланс</h1>'
            '<div class="article__info"><div class="article__info-item time">09:45, 14.02.23</div><div class="article__info-item views">2 min.</div><div class="article__info-item">Ірина Шевченко</div></div>'
            '<div class="article__share"><a>Facebook</a><a>Telegram</a><a>Twitter</a></div>'
            '<p class="article__like-h2">Відключень світла для побутових споживачів сьогодні не прогнозують.</p>'
            '<div class="article-text">',
     blocks=[
         _p("Енергосистема України повністю відновила баланс після масованих ракетних ударів, повідомили в НЕК «Укренерго»."),
         _p("За даними компанії, графіки відключень для побутових споживачів сьогодні не застосовуються в жодному регіоні."),
         _x('<div class="read-also"><span class="read-also__title">Вас також можуть зацікавити новини:</span><ul><li><a>Ціни на світло: чи зміниться тариф з 1 квітня</a></li><li><a>Шмигаль назвав суму збитків енергетиці</a></li></ul></div>'),
         _p("Водночас в Укренерго закликали українців і надалі економно споживати електроенергію у вечірні години."),
         _x('<p><strong>Читайте також:</strong> <a>Енергетики відновили живлення на Одещині</a></p>'),
         _p("Раніше міністр енергетики Герман Галущенко заявив, що ремонт пошкоджених об&#8217;єктів може тривати кілька місяців."),
     ],
     after='</div><div class="article__tags"><a>Укренерго</a><a>енергетика</a></div>'
           '<div class="subscribe"><p>Якщо ви бачите помилку, виділіть її мишкою та натисніть Ctrl+Enter</p><p>Підписуйтесь на наш Telegram-канал</p></div></div></main>',
     chrome_bottom=_foot("© 1993-2023 УНІАН. Використання матеріалів дозволяється тільки за умови посилання на УНІАН.", ("Про нас", "Реклама", "Контакти")))

page("milliyet", "https://www.milliyet.com.tr/gundem/istanbulda-kar-yagisi-etkili-oluyor-6901234",
     lang="tr", title="İstanbul'da kar yağışı etkili oluyor", head="ld",
     site="Milliyet", pub="2023-01-25T08:30:00+03:00", author="Milliyet.com.tr",
     chrome_top=_nav("Milliyet", ["Gündem", "Ekonomi", "Dünya", "Spor", "Magazin", "Yazarlar", "Son Dakika"]),
     before='<main><div class="news-detail"><div class="nd-article__title"><h1>İstanbul\'da kar yağışı etkili oluyor</h1><h2 class="nd-article__spot">Meteoroloji, kar yağışının akşam saatlerine kadar süreceğini açıkladı.</h2></div>'
            '<div class="nd-article__info"><div class="nd-article__info-block">Giriş: 25.01.2023 - 08:30</div><div class="nd-article__info-block">Güncelleme: 25.01.2023 - 10:12</div></div>'
            '<div class="nd-social"><a>Facebook</a><a>Twitter</a><a>WhatsApp</a><a>Google News</a></div>'
            '<div class="nd-content-column">',
     blocks=[
         _p("İstanbul&#8217;da gece saatlerinde başlayan kar yağışı sabah saatlerinde etkisini artırdı. Kentin yüksek kesimlerinde kar kalınlığı 15 santimetreyi buldu."),
         _p("İstanbul Büyükşehir Belediyesi (İBB), ekiplerin tuzlama ve kar küreme çalışmalarına gece boyunca devam ettiğini açıkladı."),
         _x('<div class="nd-inline-related"><span>İLGİLİ HABER</span><a>Okullar tatil mi? Valilikten açıklama</a></div>'),
         _p("Vali Ali Yerlikaya, vatandaşlardan zorunlu olmadıkça özel araçlarıyla trafiğe çıkmamalarını istedi."),
         _x('<div class="medyanet-inline-adv"><span>Reklam</span></div>'),
         _p("Meteoroloji Genel Müdürlüğü, kar yağışının cuma gününe kadar aralıklarla devam etmesini bekliyor."),
     ],
     after='</div><div class="nd-tags"><a>İstanbul</a><a>kar yağışı</a><a>hava durumu</a></div>'
           '<div class="nd-comment"><h3>Yorumlar</h3><p>Yorum yapmak için giriş yapın.</p></div></div>'
           '<section class="nd-more"><h3>Sıradaki Haber</h3><a>Ankara&#8217;da soğuk hava uyarısı</a></section></main>',
     chrome_bottom=_foot("© Copyright 2023 Milliyet. Tüm hakları saklıdır. Demirören Teknoloji ve Dijital Medya Hizmetleri A.Ş.", ("Künye", "İletişim", "Gizlilik Politikası", "KVKK")))

page("youm7", "https://www.youm7.com/story/2023/5/14/افتتاح-محطة-مترو-جديدة-بالقاهرة/6181234",
     lang="ar", dir="rtl", title="افتتاح محطة مترو جديدة بالقاهرة خلال أيام", head="og",
     site="اليوم السابع", pub="2023-05-14T14:30:00+03:00", author="محمد أحمد",
     chrome_top=_nav("اليوم السابع", ["أخبار عاجلة", "سياسة", "حوادث", "اقتصاد", "رياضة", "فن"]),
     before='<main><div class="articleCont"><div class="articleHeader"><h1>افتتاح محطة مترو جديدة بالقاهرة خلال أيام</h1>'
            '<div class="writeBy"><span>كتب محمد أحمد</span></div><span class="newsStoryDate">الأحد، 14 مايو 2023 02:30 م</span>'
            '<div class="shareBtns"><a>فيس بوك</a><a>تويتر</a><a>واتس اب</a></div></div>'
            '<div class="img-cont"><img src="/metro.jpg"><span class="imgDesc">مترو الأنفاق - أرشيفية</span></div>'
            '<div id="articleBody" class="articleBody">',
     blocks=[
         _p("أعلنت الهيئة القومية للأنفاق افتتاح محطة جديدة ضمن المرحلة الثالثة من الخط الثالث لمترو الأنفاق خلال الأيام المقبلة."),
         _p("وقال مصدر بالهيئة إن الاختبارات النهائية للمحطة انتهت بنجاح، وإن تشغيلها سيخدم آلاف الركاب يوميًا."),
         _x('<div class="relatedNews"><p><strong>اقرأ أيضًا:</strong></p><ul><li><a>زيادة عدد القطارات على الخط الثاني</a></li></ul></div>'),
         _p("وأضاف المصدر أن المحطة مجهزة بسلالم كهربائية ومصاعد لكبار السن وذوي الهمم."),
         _x('<div class="adsCont"><span>إعلان</span></div>'),
         _p("ومن المقرر أن تكتمل المرحلة الثالثة بالكامل قبل نهاية العام الجاري."),
     ],
     after='</div><div class="tags"><span>الموضوعات المتعلقة</span><a>مترو الأنفاق</a><a>الهيئة القومية للأنفاق</a></div>'
           '<div class="comments"><h3>التعليقات</h3><p>لا توجد تعليقات على الخبر</p></div></div>'
           '<section class="mostRead"><h3>الأكثر قراءة</h3><ol><li><a>أسعار الذهب اليوم</a></li></ol></section></main>',
     chrome_bottom=_foot("جميع الحقوق محفوظة © 2023 اليوم السابع", ("من نحن", "اتصل بنا", "سياسة الخصوصية")))

page("isna", "https://www.isna.ir/news/1402021809876/افزایش-ظرفیت-پذیرش-دانشجو-در-دانشگاه-ها",
     lang="fa", dir="rtl", title="افزایش ظرفیت پذیرش دانشجو در دانشگاه‌ها", head="og",
     site="ایسنا", pub="2023-05-08T10:15:00+03:30", author="",
     chrome_top=_nav("ایسنا", ["سیاسی", "اقتصادی", "علمی و دانشگاهی", "اجتماعی", "فرهنگی", "ورزشی", "بین‌الملل"]),
     before='<main><article class="item-body"><div class="item-header"><span class="service-name">علمی و دانشگاهی</span><h1 class="first-title">افزایش ظرفیت پذیرش دانشجو در دانشگاه‌ها</h1>'
            '<div class="meta-news"><span class="date">۱۸ اردیبهشت ۱۴۰۲ - ۱۰:۱۵</span><span class="code">کد خبر: ۱۴۰۲۰۲۱۸۰۹۸۷۶</span></div>'
            '<p class="summary">معاون آموزشی وزارت علوم از افزایش ظرفیت پذیرش دانشجو در رشته‌های پرمتقاضی خبر داد.</p></div>'
            '<div class="item-text">',
     blocks=[
         _p("به گزارش خبرگزاری دانشجویان ایران (ایسنا)، معاون آموزشی وزارت علوم، تحقیقات و فناوری گفت: ظرفیت پذیرش در رشته‌های پزشکی و مهندسی در سال تحصیلی آینده افزایش می‌یابد."),
         _p("وی افزود: این افزایش با توجه به نیاز بازار کار و امکانات دانشگاه‌ها تعیین شده است."),
         _x('<div class="related-inline"><p>بیشتر بخوانید:</p><a>زمان ثبت‌نام کنکور اعلام شد</a></div>'),
         _p("معاون آموزشی وزیر علوم همچنین از راه‌اندازی رشته‌های جدید میان‌رشته‌ای در برخی دانشگاه‌ها خبر داد."),
         _p("انتهای پیام"),
     ],
     after='</div><div class="tags"><span>برچسب‌ها:</span><a>وزارت علوم</a><a>کنکور</a></div>'
           '<div class="short-link"><span>لینک کوتاه:</span><input value="isna.ir/xdNq8k"></div>'
           '<div class="comments"><h3>نظرات</h3><p>نظر شما پس از تایید منتشر خواهد شد.</p></div></article></main>',
     chrome_bottom=_foot("کلیه حقوق این سایت متعلق به خبرگزاری دانشجویان ایران (ایسنا) است.", ("درباره ما", "تماس با ما", "آرشیو")))

page("tempo", "https://nasional.tempo.co/read/1712345/kpk-periksa-pejabat-kementerian-pertanian",
     lang="id", title="KPK Periksa Pejabat Kementerian Pertanian", head="ld",
     site="Tempo.co", pub="2023-06-19T14:05:00+07:00", author="Mirza Bagaskara",
     chrome_top=_nav("TEMPO.CO", ["Nasional", "Metro", "Bisnis", "Dunia", "Bola", "Tekno", "Gaya"]),
     before='<main><article class="detail-artikel"><div class="detail-title"><h1 class="title">KPK Periksa Pejabat Kementerian Pertanian</h1>'
            '<div class="detail-info"><p class="date">Senin, 19 Juni 2023 14:05 WIB</p><div class="author"><p>Reporter: <a>Mirza Bagaskara</a></p><p>Editor: <a>Febriyan</a></p></div></div>'
            '<div class="share"><a>Facebook</a><a>Twitter</a><a>WhatsApp</a><a>Copy Link</a></div></div>'
            '<figure><img src="/kpk.jpg"><figcaption>Gedung KPK di Jakarta. TEMPO/Imam Sukamto</figcaption></figure>'
            '<div class="detail-in" id="isi">',
     blocks=[
         _p("<strong>TEMPO.CO</strong>, <strong>Jakarta</strong> - Komisi Pemberantasan Korupsi (KPK) memeriksa sejumlah pejabat Kementerian Pertanian sebagai saksi dalam kasus dugaan korupsi pengadaan di kementerian tersebut, Senin, 19 Juni 2023."),
         _p("Juru bicara KPK Ali Fikri mengatakan pemeriksaan dilakukan di Gedung Merah Putih KPK, Jakarta Selatan."),
         _x('<p class="bacajuga"><strong>Baca juga:</strong> <a>KPK Geledah Kantor Kementerian Pertanian</a></p>'),
         _p("&#8220;Pemeriksaan dilakukan untuk melengkapi berkas perkara,&#8221; kata Ali kepada wartawan."),
         _x('<div class="iklan"><span>Advertisement</span></div>'),
         _p("KPK belum mengumumkan tersangka dalam kasus ini."),
         _x('<p class="pilihan-editor"><strong>Pilihan Editor:</strong> <a>Jokowi Tanggapi Pemeriksaan Menteri</a></p>'),
     ],
     after='</div><div class="tags"><span>Tags</span><a>KPK</a><a>Kementerian Pertanian</a></div>'
           '<div class="rekomendasi"><h3>Rekomendasi Berita</h3><ul><li><a>Harga Beras Naik Lagi</a></li></ul></div>'
           '<div class="komentar"><p>Silakan login untuk berkomentar</p></div></article></main>',
     chrome_bottom=_foot("© 2023 Tempo. All rights reserved.", ("Tentang Kami", "Pedoman Media Siber", "Kode Etik", "Kontak")))

page("tuoitre", "https://tuoitre.vn/tp-hcm-khoi-cong-duong-vanh-dai-3-20230618101234567.htm",
     lang="vi", title="TP.HCM khởi công đường Vành đai 3", head="og",
     site="Báo Tuổi Trẻ", pub="2023-06-18T10:12:00+07:00", author="Tiến Long",
     chrome_top=_nav("Tuổi Trẻ Online", ["Thời sự", "Thế giới", "Pháp luật", "Kinh doanh", "Công nghệ", "Xe", "Giáo dục"]),
     before='<main><div class="detail-container"><div class="detail-cate"><a>Thời sự</a></div><h1 class="detail-title article-title">TP.HCM khởi công đường Vành đai 3</h1>'
            '<div class="detail-time"><div data-role="publishdate">18/06/2023 10:12 GMT+7</div></div>'
            '<div class="detail-sapo">TTO - Sáng 18-6, dự án đường Vành đai 3 TP.HCM chính thức được khởi công, với tổng vốn đầu tư hơn 75.000 tỉ đồng.</div>'
            '<div class="detail-cmain"><div class="detail-content afcbc-body">',
     blocks=[
         _p("Dự án đi qua địa bàn TP.HCM và ba tỉnh Đồng Nai, Bình Dương, Long An, dài khoảng 76 km."),
         _p("Theo kế hoạch, dự án sẽ cơ bản hoàn thành vào năm 2025 và đưa vào khai thác năm 2026."),
         _x('<div class="VCSortableInPreviewMode" type="RelatedNewsBox"><p>Đọc thêm:</p><ul><li><a>Vành đai 3 sẽ giảm ùn tắc cửa ngõ thành phố</a></li></ul></div>'),
         _p("Phát biểu tại lễ khởi công, Thủ tướng Phạm Minh Chính yêu cầu các địa phương đẩy nhanh công tác giải phóng mặt bằng."),
         _x('<div class="VCSortableInPreviewMode" type="Photo"><img src="/vd3.jpg"><div class="PhotoCMS_Caption"><p>Lễ khởi công dự án sáng 18-6 - Ảnh: TIẾN LONG</p></div></div>'),
         _p("Đây là một trong những dự án giao thông trọng điểm của khu vực phía Nam."),
     ],
     after='</div><div class="detail-author"><p>TIẾN LONG</p></div></div><div class="detail-tab"><a>Vành đai 3</a><a>giao thông</a></div>'
           '<div class="box-comment"><h3>Bình luận</h3><p>Gửi bình luận</p></div></div>'
           '<section class="box-relate"><h3>Tin liên quan</h3><ul><li><a>Đường Vành đai 4 sẽ khởi công năm 2025</a></li></ul></section></main>',
     chrome_bottom=_foot("© Copyright 2023 Tuổi Trẻ Online. Giấy phép số 1418/GP-BTTTT.", ("Liên hệ", "Quảng cáo", "Đặt báo")))

page("donga", "https://www.donga.com/news/Society/article/all/20230712/120212345/1",
     lang="ko", title="서울 지하철 요금 10월부터 150원 인상", head="og",
     site="동아일보", pub="2023-07-12T11:03:00+09:00", author="김민지",
     chrome_top=_nav("동아일보", ["정치", "경제", "국제", "사회", "문화", "연예", "스포츠", "오피니언"]),
     before='<main><div class="article_title"><h1 class="title">서울 지하철 요금 10월부터 150원 인상</h1><div class="title_foot"><span class="date01">입력 2023-07-12 11:03</span><span class="date01">업데이트 2023-07-12 11:40</span></div>'
            '<div class="share_btn"><a>페이스북</a><a>트위터</a><a>카카오톡</a><a>URL복사</a></div></div>'
            '<div class="article_txt">',
     blocks=[
         _p("서울 지하철 기본요금이 오는 10월부터 150원 오른다."),
         _p("서울시는 12일 물가대책위원회를 열어 지하철 기본요금을 1250원에서 1400원으로 인상하는 안을 확정했다고 밝혔다."),
         _x('<div class="articlePhotoC"><img src="/subway.jpg"><span class="thumb_txt">서울 지하철 2호선 열차. 동아일보 DB</span></div>'),
         _p("시는 지하철 운영 적자가 연간 1조 원에 달해 요금 인상이 불가피하다고 설명했다."),
         _x('<div class="adBox"><span>광고</span></div>'),
         _p("버스 요금은 다음 달부터 300원 오른다."),
         _p("김민지 기자 mjkim@donga.com"),
     ],
     after='</div><div class="article_footer"><div class="reaction"><span>좋아요</span><span>0개</span><span>슬퍼요</span><span>0개</span></div>'
           '<div class="copyright"><p>Copyright by dongA.com All rights reserved.</p></div></div>'
           '<div class="most_read"><h3>많이 본 뉴스</h3><ol><li><a>장마 시작… 남부지방 폭우</a></li></ol></div></main>',
     chrome_bottom=_foot("동아일보 : 03187 서울특별시 종로구 청계천로 1 · 등록번호: 서울아00741", ("회사소개", "고객센터", "개인정보처리방침")))

page("thairath", "https://www.thairath.co.th/news/local/bangkok/2712345",
     lang="th", title="กทม. เตรียมเปิดสวนสาธารณะแห่งใหม่ริมเจ้าพระยา", head="ld",
     site="ไทยรัฐออนไลน์", pub="2023-07-03T09:12:00+07:00", author="ไทยรัฐออนไลน์",
     chrome_top=_nav("ไทยรัฐออนไลน์", ["ข่าว", "กีฬา", "บันเทิง", "ไลฟ์สไตล์", "ดวง", "วิดีโอ"]),
     before='<main><article><div class="article-header"><h1>กทม. เตรียมเปิดสวนสาธารณะแห่งใหม่ริมเจ้าพระยา</h1>'
            '<div class="meta"><span>ไทยรัฐออนไลน์</span><span>3 ก.ค. 2566 09:12 น.</span></div><div class="share"><a>แชร์</a><a>Facebook</a><a>Line</a></div></div>'
            '<div class="article-body">',
     blocks=[
         _p("กรุงเทพมหานครเตรียมเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำเจ้าพระยา บนพื้นที่กว่า 10 ไร่ ในเขตคลองสาน ภายในเดือนสิงหาคมนี้"),
         _p("นายชัชชาติ สิทธิพันธุ์ ผู้ว่าราชการกรุงเทพมหานคร กล่าวว่า สวนแห่งนี้จะมีทางเดินริมน้ำ ลานกิจกรรม และทางจักรยาน"),
         _x('<div class="read-more-inline"><p>อ่านข่าวที่เกี่ยวข้อง</p><a>กทม. ปลูกต้นไม้ล้านต้น</a></div>'),
         _p("ทั้งนี้ กทม. มีเป้าหมายให้ประชาชนเดินถึงสวนสาธารณะได้ภายใน 15 นาที"),
         _x('<div class="ads"><span>โฆษณา</span></div>'),
     ],
     after='</div><div class="tags"><a>กทม.</a><a>สวนสาธารณะ</a><a>ชัชชาติ</a></div>'
           '<div class="follow"><p>ติดตามข่าวสารทั้งหมดของไทยรัฐ ได้ทาง Line ที่ @thairath</p></div></article>'
           '<section class="latest"><h3>ข่าวล่าสุด</h3><ul><li><a>อากาศวันนี้ ฝนตกหนัก</a></li></ul></section></main>',
     chrome_bottom=_foot("© 2023 Thairath Online. All rights reserved.", ("เกี่ยวกับเรา", "ติดต่อเรา", "นโยบายความเป็นส่วนตัว")))


# ---------------------------------------------------------------------------------------------
# Page kinds: an obituary

page("legacy-obit", "https://www.legacy.com/us/obituaries/dispatch/name/margaret-ellis-obituary?id=51234567",
     lang="en", title="Margaret Ellis Obituary (1938 - 2023) - Columbus, OH - The Columbus Dispatch", head="og",
     site="Legacy.com", pub="", author="",
     chrome_top=_nav("Legacy", ["Obituaries", "Search", "Funeral Homes", "News & Advice", "Send Flowers"]),
     before='<main><div class="obit-header"><h1 class="obit-name">Margaret Ellis</h1><p class="obit-dates">1938 - 2023</p><p class="obit-location">Columbus, OH</p>'
            '<div class="obit-actions"><a>Share</a><a>Send Flowers</a><a>Sign Guest Book</a></div></div>'
            '<div class="obit-body"><h2>Margaret Ellis Obituary</h2><div class="obit-text">',
     blocks=[
         _p("Margaret &#8220;Peggy&#8221; Ellis, 84, of Columbus, passed away peacefully on March 3, 2023, surrounded by her family."),
         _p("Born in Zanesville on July 9, 1938, to the late Walter and Ruth Harmon, Peggy graduated from Ohio University and taught third grade at Indianola Elementary for 31 years."),
         _p("She is survived by her children, David (Karen) Ellis and Susan (Mark) Fowler; five grandchildren; and two great-grandchildren. She was preceded in death by her husband of 58 years, Robert."),
         _p("Visitation will be held Friday, March 10, from 4 to 7 p.m. at Schoedinger Northwest Chapel, 1901 Zollinger Rd. A funeral service will be held Saturday at 11 a.m."),
         _p("In lieu of flowers, donations may be made to the Columbus Metropolitan Library Foundation."),
     ],
     after='<p class="obit-publisher">Published by The Columbus Dispatch from Mar. 7 to Mar. 8, 2023.</p></div></div>'
           '<div class="sponsor-block"><p>To plant trees in memory, please visit the Sympathy Store.</p><a>Plant Trees</a></div>'
           '<div class="guestbook"><h2>Guest Book</h2><p>Sponsored by The Columbus Dispatch.</p><div class="entry"><p>Mrs. Ellis was my third grade teacher and I never forgot her kindness. My deepest sympathy to the family.</p><p class="entry-author">Jennifer Walsh</p><p class="entry-date">March 8, 2023</p></div>'
           '<div class="entry"><p>Peggy was a wonderful neighbor and friend. She will be missed.</p><p class="entry-author">Tom and Linda Baker</p></div><a>Show all 12 entries</a></div>'
           '<div class="funeral-home"><h3>Arrangements under the direction of:</h3><p>Schoedinger Northwest Chapel</p><p>1901 Zollinger Rd, Columbus, OH 43221</p><a>Funeral Home Details</a></div></main>',
     chrome_bottom=_foot("© 2023 Legacy.com All rights reserved.", ("About Us", "Contact Us", "Terms of Use", "Privacy Policy", "Do Not Sell My Personal Information")))


#: Family groups for the per-group figures of `python -m tests.web_measure --set 3`.
GROUPS: dict[str, tuple[str, ...]] = {
    "us-local-tv": ("nexstar", "graham-arc", "scripps"),
    "alt-weekly": ("chicagoreader", "thestranger"),
    "institutions": ("mit-news", "us-doj", "hrw", "pew"),
    "eng-blogs": ("ghost-cloudflare", "github-blog"),
    "niche": ("bleacherreport", "industrydive", "healthline", "mnt", "hearst-mags", "pitchfork", "rogerebert"),
    "world-english": ("iol", "premiumtimes", "nation-ke", "thenews-amp", "kyivindependent", "dailysabah", "thenational-timeline"),
    "other-languages": ("fontanka", "unian", "milliyet", "youm7", "isna", "tempo", "tuoitre", "donga", "thairath"),
    "page-kinds": ("legacy-obit",),
}
