# ruff: noqa: E501
"""A third set of look-alike article pages of portals republishing news-agency copy, in
layouts neither `tests.repub_pages` nor `tests.repub_pages2` has: South Asian portals
carrying IANS, PTI, ANI, UNI, UNB and APP copy in their own templates (the WordPress themes
JNews, Soledad, Newspaper, Jannah and Blocksy, Drupal, custom PHP), with their feed notes
("auto-generated from a syndicated feed", "sourced from a third party syndicated feed"),
"(With inputs from agencies)", "— IANS" and "/IANS" endings and author boxes naming the wire;
Southeast Asian papers carrying Bernama, Antara, PNA and VNA copy; Gulf papers carrying WAM,
SPA, KUNA and QNA; African papers carrying NAN, GNA, APA and Xinhua; Chinese and Korean
English portals carrying Xinhua and Yonhap; European papers carrying AFP, Reuters, dpa, ANSA,
Belga and Lusa copy in their languages; US papers with "The Associated Press contributed"
and staff-and-wire bylines; and the seed's WordPress portal layout (section label, headline,
standfirst, body, "This post was last modified on …", Share, the wire's author box, related
posts and "Load more...") in two other themes. Written from what such sites printed around
2023-2025.

The records follow `tests.repub_pages`: `agency` is the normalised wire name, `dateline` the
place; authors are the reporters the page names, else the wire as the page credits it as
author (byline or author metadata), none where it credits no author; the body is the copy as
printed (a standfirst printed apart from it is the record's subtitle), closing credits kept
("— IANS", "/IANS", "(With inputs from agencies)", "(PNA)", "(Yonhap)", "The Associated
Press contributed to this report."), while rights lines, desk slugs ("UNI XC SS", "kvd/dan"),
feed notes and the portals' promos are not.

`pages()` yields `tests.publisher_pages.Page`s; `ablated` strips the metadata.
`python -m tests.repub_measure -v --set 3` prints the figures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tests.publisher_pages import Page, _doc, _ld, _news_ld, _ps, _text, ablated
from tests.repub_pages import _og
from tests.wire_pages import _footer, _most_read, _nav, _share, _truth

__all__ = ["Page", "ablated", "pages"]

_PTI_BIO = ("Press Trust of India (PTI) is India's premier news agency, having a reach as vast "
            "as the Indian Railways. It employs more than 400 journalists and 500 stringers to "
            "cover almost every district and small town in India.")
_ANI_BIO = ("ANI is a multimedia news agency providing content feed for broadcast, print and "
            "digital media, with bureaus across India and South Asia.")


def _related(items: list[str], cls: str = "related-posts", label: str = "Related Posts") -> str:
    links = "".join(f'<li><a href="/news/{n}/">{t}</a></li>' for n, t in enumerate(items))
    return f'<div class="{cls}"><h3>{label}</h3><ul>{links}</ul></div>'


# ---------------------------------------------------------------------------------------------
# India: WordPress themes


def jnews_ians() -> Page:
    # A JNews portal: the category label over the title, "By IANS" in the meta bar, the copy
    # under the "jeg_" classes, "— IANS" and the desk slug closing it.
    url = "https://www.newsnowindia.example.in/national/centre-approves-two-new-semiconductor-units/"
    title = "Centre approves two new semiconductor units in Gujarat, Assam"
    paras = ["New Delhi, Jan 8 (IANS) The Union Cabinet on Wednesday approved two new "
             "semiconductor units with a combined investment of Rs 32,000 crore, Union Minister "
             "Ashwini Vaishnaw said.",
             "One of the units will come up in Sanand in Gujarat and the other in Jagiroad in "
             "Assam, the minister told reporters after the Cabinet meeting.",
             "\"With these approvals, India's semiconductor ecosystem gets a major boost,\" he "
             "said, adding that the units would create over 25,000 jobs."]
    pub = "2025-01-08T18:12:40+05:30"
    head = (_og(title, "News Now India", paras[0][27:160], pub=pub, mod=pub, author="IANS",
                section="National")
            + _news_ld(title, pub, pub, ["IANS"], "News Now India", url))
    body = (_nav("News Now India", ["Home", "National", "World", "Business", "Sports"], "jeg_header")
            + '<div class="jeg_main"><div class="jeg_inner_content"><div class="jeg_post_category">'
            '<a href="/category/national/">National</a></div><h1 class="jeg_post_title">' + title
            + '</h1><div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1">'
            '<div class="jeg_meta_author"><span class="meta_text">by</span> <a href="/author/ians/">'
            'IANS</a></div><div class="jeg_meta_date"><a href="#">January 8, 2025</a></div></div></div>'
            + _share("jeg_share_top_container")
            + '<div class="jeg_featured featured_image"><img src="/chip.jpg"></div>'
            '<div class="entry-content no-share"><div class="content-inner">' + _ps(paras)
            + '<p>— IANS</p><p>kvd/dan</p></div></div>'
            '<div class="jeg_post_tags"><span>Tags:</span><a href="/tag/semiconductor/">Semiconductor</a></div>'
            + _related(["Sensex ends flat", "Cabinet clears rail projects"], "jnews_related_post_container",
                       "Related Posts") + '</div></div>'
            + _footer(["© 2025 News Now India - All Rights Reserved."]))
    return Page("jnews-ians", url, _doc("en", title + " - News Now India", head, body),
                _truth(title, _text(paras) + "\n\n— IANS", ["IANS"], pub, pub, "IANS", "New Delhi"))


def soledad_pti() -> Page:
    # A Soledad portal: "penci" classes, the writer's name under the title, PTI copy and the
    # feed note after it.
    url = "https://www.punemirror.example.in/2024/12/19/pune-metro-ridership-crosses-one-lakh/"
    title = "Pune Metro daily ridership crosses one lakh for the first time"
    paras = ["Pune, Dec 19 (PTI) The Pune Metro recorded a daily ridership of over one lakh "
             "passengers for the first time on Wednesday, officials said.",
             "A total of 1,02,348 commuters travelled on the two operational corridors, a Maha "
             "Metro spokesperson said.",
             "Ridership has risen steadily since the Swargate extension opened in September, "
             "the spokesperson added."]
    pub, mod = "2024-12-19T11:24:10+05:30", "2024-12-19T11:40:02+05:30"
    head = (_og(title, "Pune City News", paras[0][23:], pub=pub, mod=mod, author="PTI")
            + _news_ld(title, pub, mod, ["PTI"], "Pune City News", url))
    body = (_nav("Pune City News", ["Pune", "Maharashtra", "India", "Business"], "penci-header")
            + '<div class="penci-single-wrapper"><div class="header-standard header-classic single-header">'
            '<div class="penci-standard-cat"><span class="cat"><a class="penci-cat-name" href="/city/">'
            'City</a></span></div><h1 class="post-title single-post-title entry-title">' + title
            + '</h1><div class="post-box-meta-single"><span class="author-post byline">'
            '<span class="author vcard">written by <a class="author-url url fn n" href="/author/pti/">'
            'PTI</a></span></span><span><time class="entry-date published" datetime="' + pub + '">'
            'December 19, 2024</time></span></div></div>' + _share("penci-social-share")
            + '<div class="post-entry blockquote-style-1"><div class="inner-post-entry entry-content" '
            'id="penci-post-entry-inner">' + _ps(paras)
            + '<p><em>This story has been auto-generated from a syndicated feed and has not been '
            'edited by Pune City News staff.</em></p></div></div>'
            '<div class="post-tags"><a href="/tag/pune-metro/">Pune Metro</a></div>'
            + _related(["PMC budget", "Water cut on Thursday"], "post-related", "You may also like")
            + '</div>' + _footer(["@2024 - Pune City News. All Right Reserved."]))
    return Page("soledad-pti", url, _doc("en", title + " - Pune City News", head, body),
                _truth(title, _text(paras), ["PTI"], pub, mod, "PTI", "Pune"))


def newspaper_ani() -> Page:
    # A tagDiv "Newspaper" portal with the older template's classes ("td-post-title", no
    # "tdb-"), ANI copy with the state and country brackets.
    url = "https://www.thenortheasttoday.example.com/guwahati-brahmaputra-water-level-rises/"
    title = "Assam: Brahmaputra crosses danger mark at Neamatighat"
    paras = ["Jorhat (Assam) [India], July 3 (ANI): The Brahmaputra river crossed the danger "
             "level at Neamatighat in Jorhat district on Wednesday following incessant rainfall "
             "in the upper reaches.",
             "According to the Central Water Commission, the river was flowing at 86.14 metres "
             "against the danger level of 85.04 metres.",
             "The district administration has opened relief camps in three revenue circles.",
             "(ANI)"]
    pub = "2024-07-03T15:08:21+05:30"
    head = (_og(title, "The Northeast Today", paras[0][38:], pub=pub, mod=pub, author="ANI")
            + _news_ld(title, pub, pub, ["ANI"], "The Northeast Today", url))
    body = (_nav("The Northeast Today", ["Assam", "Meghalaya", "Manipur", "Nagaland"], "td-header-wrap")
            + '<div class="td-main-content-wrap"><article class="post type-post"><div class="td-post-header">'
            '<ul class="td-category"><li class="entry-category"><a href="/category/assam/">Assam</a></li></ul>'
            '<header class="td-post-title"><h1 class="entry-title">' + title + '</h1>'
            '<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> '
            '<a href="/author/ani/">ANI</a><div class="td-author-line"> - </div></div>'
            '<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="' + pub
            + '">July 3, 2024</time></span></div></header></div>' + _share("td-post-sharing-top")
            + '<div class="td-post-content tagdiv-type">' + _ps(paras) + '</div>'
            '<div class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li>'
            '<li><a href="/tag/flood/">flood</a></li></ul></div>'
            '<div class="td_block_related_posts"><h4 class="td-related-title">RELATED ARTICLES</h4>'
            '<a href="/a/">Manipur road blocked</a><a href="/b/">ASDMA alert</a></div></article></div>'
            + _footer(["© The Northeast Today 2024"]))
    return Page("newspaper-ani", url, _doc("en", title + " - The Northeast Today", head, body),
                _truth(title, _text(paras), ["ANI"], pub, pub, "ANI", "Jorhat"))


def jannah_ians_slash() -> Page:
    # A Jannah portal: "entry-header" with the meta in "single-post-meta", the IANS copy
    # closing with "/IANS" in a paragraph of its own; no author is printed, the head's metadata
    # names the site.
    url = "https://www.siliconindia.example.net/business/rbi-keeps-repo-rate-unchanged-at-6-5/"
    title = "RBI keeps repo rate unchanged at 6.5 per cent for 11th time"
    paras = ["Mumbai, Dec 6 (IANS) The Reserve Bank of India (RBI) on Friday kept the repo rate "
             "unchanged at 6.5 per cent for the 11th consecutive time, Governor Shaktikanta Das "
             "announced.",
             "The central bank, however, cut the cash reserve ratio (CRR) by 50 basis points to "
             "4 per cent, releasing Rs 1.16 lakh crore into the banking system.",
             "The RBI lowered its GDP growth projection for the current fiscal to 6.6 per cent "
             "from 7.2 per cent."]
    pub, mod = "2024-12-06T11:02:55+05:30", "2024-12-06T11:02:55+05:30"
    head = (_og(title, "Silicon India News", paras[0][22:], pub=pub, mod=mod)
            + _ld({"@context": "https://schema.org", "@type": "Article", "headline": title,
                   "datePublished": pub, "dateModified": mod,
                   "publisher": {"@type": "Organization", "name": "Silicon India News"}}))
    body = (_nav("Silicon India News", ["Business", "Tech", "Auto", "Markets"], "main-nav-wrapper")
            + '<div id="content" class="site-content container"><div class="main-content">'
            '<article id="the-post" class="container-wrapper post-content tie-standard">'
            '<header class="entry-header-outer"><nav id="breadcrumb"><a href="/">Home</a>'
            '<em class="delimiter">/</em><a href="/business/">Business</a></nav>'
            '<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-12" '
            'href="/business/">Business</a></span><h1 class="post-title entry-title">' + title + '</h1>'
            '<div class="single-post-meta post-meta clearfix"><span class="date meta-item tie-icon">'
            '6 December 2024</span><div class="tie-alignright"><span class="meta-views meta-item">'
            '218</span><span class="meta-reading-time meta-item">1 minute read</span></div></div></div>'
            '</header>' + _share("share-buttons share-buttons-top")
            + '<div class="entry-content entry clearfix">' + _ps(paras) + '<p>/IANS</p></div>'
            '<div class="post-bottom-meta post-bottom-tags"><span class="tagcloud">'
            '<a href="/tag/rbi/">RBI</a></span></div></article>'
            '<div id="related-posts" class="container-wrapper"><div class="mag-box-title"><h3>Related '
            'Articles</h3></div><a href="/a/">Sensex rises</a><a href="/b/">Rupee steady</a></div>'
            '</div></div>' + _footer(["© Copyright 2024, All Rights Reserved"]))
    return Page("jannah-ians", url, _doc("en", title + " - Silicon India News", head, body),
                _truth(title, _text(paras) + "\n\n/IANS", [], pub, mod, "IANS", "Mumbai"))


def blocksy_uni() -> Page:
    # A Blocksy portal ("ct-" classes, "hero-section"), UNI copy closing with the desk's
    # initials and filing time.
    url = "https://www.karnatakaexpress.example.in/bengaluru-suburban-rail-corridor-deadline/"
    title = "Bengaluru suburban rail corridor to miss 2026 deadline"
    paras = ["Bengaluru, Feb 11 (UNI) The first corridor of the Bengaluru Suburban Rail Project "
             "is unlikely to be completed by the 2026 deadline, a senior K-RIDE official said on "
             "Tuesday.",
             "Land acquisition for the Mallige line between Baiyappanahalli and Chikkabanavara "
             "is yet to be completed in two stretches, he said.",
             "The state government has sought additional funds from the Centre for the project."]
    pub, mod = "2025-02-11T16:44:00+05:30", "2025-02-11T17:05:12+05:30"
    head = (_og(title, "Karnataka Express", paras[0][29:], pub=pub, mod=mod, author="UNI")
            + _news_ld(title, pub, mod, ["UNI"], "Karnataka Express", url))
    body = (_nav("Karnataka Express", ["Bengaluru", "Karnataka", "India", "Sports"], "ct-header")
            + '<main id="main" class="site-main"><div class="hero-section is-width-constrained" '
            'data-type="type-1"><header class="entry-header"><ul class="entry-meta" data-type="simple:slash">'
            '<li class="meta-categories"><a href="/category/bengaluru/">Bengaluru</a></li></ul>'
            '<h1 class="page-title">' + title + '</h1><ul class="entry-meta" data-type="simple:slash">'
            '<li class="meta-author"><a class="ct-meta-element-author" href="/author/uni/"><span>UNI</span>'
            '</a></li><li class="meta-date"><time class="ct-meta-element-date" datetime="' + pub + '">'
            'February 11, 2025</time></li></ul></header></div>'
            '<article class="post type-post"><div class="entry-content is-layout-constrained">'
            + _ps(paras) + '<p>UNI XC SS 1642</p></div>'
            '<div class="ct-share-box is-width-constrained" data-type="type-1"><div>Share</div>'
            '<a href="#">Facebook</a><a href="#">X</a></div>'
            '<nav class="post-navigation"><a href="/prev/">Previous Post</a><a href="/next/">Next Post</a>'
            '</nav></article></main>' + _footer(["Copyright © 2025 Karnataka Express"]))
    return Page("blocksy-uni", url, _doc("en", title + " - Karnataka Express", head, body),
                _truth(title, _text(paras), ["UNI"], pub, mod, "UNI", "Bengaluru"))


# ---------------------------------------------------------------------------------------------
# India, Bangladesh, Pakistan: Drupal and custom templates


def drupal_pti_inputs() -> Page:
    # A Drupal paper ("field--name-body", "node__content"): its own reporter's copy with the
    # place rewritten as "NEW DELHI:" and "(With inputs from agencies)" closing it.
    url = "https://www.nationalherald.example.com/national/delhi-air-quality-grap-4-revoked"
    title = "Delhi air quality improves, GRAP-4 curbs revoked"
    lead = "AQI improved to 'poor' on Tuesday after strong winds dispersed pollutants"
    paras = ["NEW DELHI: Curbs under Stage IV of the Graded Response Action Plan (GRAP) were "
             "revoked in Delhi-NCR on Tuesday after the air quality improved to the 'poor' "
             "category.",
             "The Commission for Air Quality Management said the 24-hour average AQI stood at "
             "270 at 4 pm, down from 369 on Monday.",
             "Restrictions under stages I to III will continue to remain in force, it said.",
             "(With inputs from agencies)"]
    pub = "2024-12-24T19:31:00+05:30"
    head = (_og(title, "National Herald", lead, pub=pub, author="Ashlin Mathew")
            + _news_ld(title, pub, None, ["Ashlin Mathew"], "National Herald", url))
    body = (_nav("National Herald", ["India", "Politics", "Opinion", "World", "Cafe"], "header")
            + '<div class="layout-container"><main role="main"><article role="article" class="node node--type-article">'
            '<div class="field field--name-field-section"><a href="/national">National</a></div>'
            '<h1 class="page-title"><span class="field field--name-title">' + title + '</span></h1>'
            '<div class="field field--name-field-summary"><p>' + lead + '</p></div>'
            '<div class="node__meta"><span class="field field--name-field-author">'
            '<a href="/author/ashlin-mathew">Ashlin Mathew</a></span> '
            '<span class="field field--name-created">Published: 24 Dec 2024, 7:31 PM</span></div>'
            + _share("social-media-sharing")
            + '<div class="node__content"><div class="clearfix text-formatted field field--name-body">'
            + _ps(paras) + '</div></div>'
            '<div class="field field--name-field-tags"><a href="/tag/pollution">Pollution</a></div>'
            '</article></main></div>' + _footer(["© 2024 National Herald"]))
    return Page("drupal-inputs", url, _doc("en", title, head, body),
                {**_truth(title, _text(paras), ["Ashlin Mathew"], pub, None, None, "NEW DELHI"),
                 "subtitle": lead})


def middaysyndicated_ani() -> Page:
    # A city paper's custom template printing ANI copy "sourced from a third party syndicated
    # feed", with its disclaimer after the copy.
    url = "https://www.cityday.example.com/news/india-news/article/govt-extends-free-ration-scheme-23451234"
    title = "Govt extends free ration scheme for five more years: Goyal"
    paras = ["New Delhi [India], November 29 (ANI): Union Minister Piyush Goyal on Wednesday said "
             "the Cabinet has extended the Pradhan Mantri Garib Kalyan Anna Yojana for five more "
             "years from January 1, 2024.",
             "Over 81 crore beneficiaries will continue to get five kilograms of foodgrains free "
             "every month, he said at a press briefing.",
             "The scheme is estimated to cost the exchequer Rs 11.8 lakh crore over the period."]
    pub, mod = "2023-11-29T17:41:00+05:30", "2023-11-29T17:41:00+05:30"
    head = (_og(title, "City Day", paras[0][37:], pub=pub, mod=mod, author="ANI")
            + _news_ld(title, pub, mod, ["ANI"], "City Day", url))
    body = (_nav("City Day", ["Mumbai", "India", "World", "Sports", "Entertainment"])
            + '<div class="article-box"><div class="breadcrumb"><a href="/news">News</a> &gt; '
            '<a href="/news/india-news">India News</a></div><h1 class="artH1">' + title + '</h1>'
            '<div class="authordetails"><span class="authorname">ANI</span> | <span class="artdate">'
            'Updated on: 29 November,2023 05:41 PM IST</span> | <span>New Delhi</span></div>'
            + _share("socialshare") + '<div class="article-content" id="article-content">' + _ps(paras)
            + '<p class="disclaimer"><em>This story has been sourced from a third party syndicated '
            'feed, agencies. City Day accepts no responsibility or liability for its dependability, '
            'trustworthiness, reliability and data of the text. City Day reserves the sole right to '
            'alter, delete or remove (without notice) the content in its absolute discretion for any '
            'reason whatsoever</em></p></div>'
            '<div class="tags"><a href="/tags/ration">ration</a></div></div>'
            + _most_read("Top Stories", ["Mumbai local train update", "Sensex today"])
            + _footer(["Copyright © 2023 City Day Infomedia Ltd. All Rights Reserved"]))
    return Page("cityday-ani", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["ANI"], pub, mod, "ANI", "New Delhi"))


def php_portal_ians() -> Page:
    # A custom PHP portal (table-era classes, no og: dates): "New Delhi, Dec 10 (IANS):" with
    # a colon after the credit, the copy in one "newsdetail" cell.
    url = "https://www.karavalinews.example.com/news_content.php?newsid=1213456"
    title = "Delhi records coldest December morning in five years at 4.5 degrees"
    paras = ["New Delhi, Dec 10 (IANS): The national capital shivered on Tuesday as the minimum "
             "temperature dropped to 4.5 degrees Celsius, the lowest in December in five years, "
             "the India Meteorological Department said.",
             "The Safdarjung observatory recorded a minimum four notches below normal, while the "
             "maximum settled at 22.1 degrees Celsius.",
             "The IMD has forecast shallow fog in the morning over the next two days."]
    head = (_og(title, "Karavali News", paras[0][28:])
            + '<meta name="keywords" content="Delhi, cold, IMD">')
    body = ('<table class="topbar" width="100%"><tr><td><a href="/"><img src="/images/logo.gif" '
            'alt="Karavali News"></a></td><td><a href="/news_list.php?cat=national">National</a> | '
            '<a href="/news_list.php?cat=world">World</a></td></tr></table>'
            '<div class="container"><div class="newshead"><h1>' + title + '</h1></div>'
            '<div class="newsinfo">Karavali News Network<br>Dec 10, 2024 | 11:47 AM</div>'
            '<div class="newsdetail" id="newsdetail">' + _ps(paras) + '</div>'
            '<div class="comments"><h3>Comments on this story</h3><p>Disclaimer: Please write your '
            'comments in English only.</p></div></div>'
            + _footer(["Copyright © Karavali News 2024"]))
    return Page("php-ians", url, _doc("en", title + " - Karavali News", head, body),
                _truth(title, _text(paras), [], None, None, "IANS", "New Delhi"))


def dhaka_unb() -> Page:
    # A Bangladeshi paper's custom template with "UNB" as the byline and "Dhaka, Dec 17 (UNB)
    # -" over the copy.
    url = "https://www.bdmorning.example.com/bangladesh/2024/12/17/govt-to-import-rice-from-myanmar"
    title = "Govt to import 1 lakh tonnes of rice from Myanmar"
    paras = ["Dhaka, Dec 17 (UNB) - The government will import 1 lakh tonnes of rice from Myanmar "
             "through a government-to-government arrangement, Food Adviser Ali Imam Majumder said "
             "on Tuesday.",
             "The decision was taken at a meeting of the Advisers Council Committee on Government "
             "Purchase at the Secretariat.",
             "The price of each tonne has been fixed at USD 519.90, he said."]
    pub, mod = "2024-12-17T15:20:00+06:00", "2024-12-17T15:20:00+06:00"
    head = (_og(title, "Bangladesh Morning", paras[0][24:], pub=pub, mod=mod, author="UNB")
            + _news_ld(title, pub, mod, ["UNB"], "Bangladesh Morning", url, author_type="Organization"))
    body = (_nav("Bangladesh Morning", ["Bangladesh", "Politics", "Economy", "World", "Sports"])
            + '<div class="details-content"><div class="section-name"><a href="/bangladesh">Bangladesh</a>'
            '</div><h1 class="headline">' + title + '</h1><div class="reporter-info"><div class="rpt-name">'
            '<span>UNB</span></div><div class="publish-time">Publish: 17 December 2024, 15:20</div></div>'
            + _share("social-share") + '<div class="details-body" id="details-body">' + _ps(paras)
            + '</div><div class="read-more"><h4>আরও পড়ুন / Read more</h4><a href="/a">Dollar rate</a></div>'
            '</div>' + _footer(["© 2024 Bangladesh Morning. All rights reserved."]))
    return Page("dhaka-unb", url, _doc("en", title + " | Bangladesh Morning", head, body),
                _truth(title, _text(paras), ["UNB"], pub, mod, "UNB", "Dhaka"))


def pakistan_app() -> Page:
    # A Pakistani paper printing APP copy with its own "ISLAMABAD -" opening and "APP" as the
    # byline ("Our Staff Reporter" on its own copy).
    url = "https://www.islamabadpost.example.pk/16-Dec-2024/pm-directs-fbr-to-expedite-tax-reforms"
    title = "PM directs FBR to expedite digitisation of tax system"
    paras = ["ISLAMABAD - Prime Minister Muhammad Shehbaz Sharif on Monday directed the Federal "
             "Board of Revenue (FBR) to expedite the digitisation of the tax system.",
             "Chairing a review meeting on FBR reforms, the prime minister said transparency in "
             "tax collection was the government's top priority.",
             "The meeting was told that the track-and-trace system had been extended to the "
             "sugar, fertiliser and cement sectors."]
    pub = "2024-12-16T22:10:00+05:00"
    head = _og(title, "Islamabad Post", paras[0][11:], pub=pub, author="APP")
    body = (_nav("Islamabad Post", ["National", "Business", "Islamabad", "Lahore", "Karachi"])
            + '<div class="container"><div class="news-detail"><span class="category">National</span>'
            '<h1 class="title">' + title + '</h1><div class="news-info"><span class="author">APP</span>'
            '<span class="date">December 16, 2024</span></div>' + _share("share-icons")
            + '<div class="detail-desc">' + _ps(paras) + '</div>'
            '<div class="more-news"><h4>Latest News</h4><a href="/a">Gold price</a><a href="/b">Weather</a>'
            '</div></div></div>' + _footer(["Copyright © 2024 Islamabad Post"]))
    return Page("pakistan-app", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["APP"], pub, None, "APP", "ISLAMABAD"))


# ---------------------------------------------------------------------------------------------
# Southeast Asia


def fmt_bernama() -> Page:
    # A Malaysian WordPress paper printing Bernama copy under "Bernama" as the author, the
    # place in capitals ("KUALA LUMPUR:") and no closing credit.
    url = "https://www.malaysianow.example.com/news/2025/01/14/ringgit-opens-higher-against-us-dollar"
    title = "Ringgit opens higher against US dollar"
    paras = ["KUALA LUMPUR: The ringgit opened higher against the US dollar on Tuesday as "
             "investors awaited the release of US producer price data.",
             "At 8am, the local currency rose to 4.5020/5065 against the greenback from Monday's "
             "close of 4.5105/5145.",
             "Bank Muamalat Malaysia Bhd chief economist Mohd Afzanizam Abdul Rashid said the "
             "market would focus on US inflation figures due this week."]
    pub, mod = "2025-01-14T09:15:22+08:00", "2025-01-14T09:15:22+08:00"
    head = (_og(title, "Malaysia Now", paras[0][14:], pub=pub, mod=mod, author="Bernama",
                section="Business")
            + _news_ld(title, pub, mod, ["Bernama"], "Malaysia Now", url))
    body = (_nav("Malaysia Now", ["Nation", "Business", "World", "Opinion", "Sport"], "site-header")
            + '<main class="site-main"><article class="post"><div class="post-category">Business</div>'
            '<h1 class="entry-title">' + title + '</h1><div class="entry-meta"><span class="byline">'
            '<a href="/author/bernama/" rel="author">Bernama</a></span> - <time datetime="' + pub + '">'
            '14 Jan 2025, 9:15 AM</time></div>' + _share("share-links")
            + '<div class="entry-content">' + _ps(paras) + '</div>'
            '<div class="tg-box"><p>Stay current - Follow Malaysia Now on Google News</p></div>'
            '</article></main>' + _most_read("Most Read", ["Petrol prices this week", "MRT3 update"])
            + _footer(["© 2025 Malaysia Now. All rights reserved."]))
    return Page("fmt-bernama", url, _doc("en", title + " | Malaysia Now", head, body),
                _truth(title, _text(paras), ["Bernama"], pub, mod, "Bernama", "KUALA LUMPUR"))


def nst_bernama_closing() -> Page:
    # A Malaysian paper's own template: its reporter's byline with "Bernama" beside it, and
    # the wire's "-- BERNAMA" closing the copy.
    url = "https://www.straitstimes-my.example.com/news/nation/2024/12/1143212/floods-kelantan-evacuees"
    title = "Floods: Number of evacuees in Kelantan rises to 12,000"
    paras = ["KOTA BHARU: The number of flood evacuees in Kelantan rose to 12,034 people from "
             "3,582 families as of 8am today, compared with 9,210 last night.",
             "The state Social Welfare Department said 98 relief centres had been opened in "
             "seven districts, with Tumpat the worst hit.",
             "The Meteorological Department has issued a danger-level continuous rain warning "
             "for the state until Thursday.",
             "-- BERNAMA"]
    pub = "2024-11-28T09:41:00+08:00"
    head = (_og(title, "New Malaysian Times", paras[0][12:], pub=pub, mod=pub, author="Nur Aqidah Azizi")
            + _news_ld(title, pub, pub, ["Nur Aqidah Azizi"], "New Malaysian Times", url))
    body = (_nav("New Malaysian Times", ["News", "Business", "Sports", "Lifestyle", "Opinion"])
            + '<div class="article-container"><div class="article-category">Nation</div>'
            '<h1 class="article-title">' + title + '</h1><div class="article-meta">'
            '<div class="author"><span>By </span><a href="/authors/nur-aqidah-azizi">Nur Aqidah Azizi'
            '</a> &amp; Bernama</div><div class="publish-date">November 28, 2024 @ 9:41am</div></div>'
            + _share("article-share") + '<div class="field-body">' + _ps(paras) + '</div>'
            '<div class="article-tags"><a href="/tags/floods">Floods</a></div></div>'
            + _footer(["Copyright © 2024 New Malaysian Times Sdn Bhd"]))
    return Page("nst-bernama", url, _doc("en", title + " | New Malaysian Times", head, body),
                _truth(title, _text(paras), ["Nur Aqidah Azizi"], pub, pub, "Bernama", "KOTA BHARU"))


def jakarta_antara() -> Page:
    # An Indonesian English paper printing Antara copy with "Jakarta. " opening, "Antara" as
    # the byline in its meta line and a "Tags:" row after.
    url = "https://jakartadaily.example.id/news/indonesia-to-halt-rice-imports-in-2025"
    title = "Indonesia to Halt Rice Imports in 2025, Minister Says"
    paras = ["Jakarta. Indonesia will stop importing rice next year as domestic stocks are "
             "sufficient, Coordinating Minister for Food Affairs Zulkifli Hasan said on Monday.",
             "The state logistics agency Bulog currently holds about 2 million tons of rice, "
             "he said after a meeting at the presidential palace.",
             "Indonesia imported around 3.5 million tons of rice this year, the most since 2018."]
    pub = "2024-12-16T17:25:00+07:00"
    head = (_og(title, "Jakarta Daily", paras[0][9:], pub=pub, author="Antara")
            + _news_ld(title, pub, None, ["Antara"], "Jakarta Daily", url))
    body = (_nav("Jakarta Daily", ["News", "Business", "Tech", "Lifestyle", "Sports"])
            + '<div class="container"><div class="row"><div class="col-lg-8"><span class="text-uppercase">'
            'News</span><h1 class="fw-bold">' + title + '</h1><div class="text-muted">Antara<br>'
            'December 16, 2024 | 5:25 pm</div>' + _share("d-flex share")
            + '<div class="body-content">' + _ps(paras) + '</div>'
            '<div class="tags">Tags: <a href="/tag/rice">rice</a> <a href="/tag/bulog">Bulog</a></div>'
            '</div></div></div>' + _footer(["Copyright © 2024 Jakarta Daily"]))
    return Page("jakarta-antara", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["Antara"], pub, None, "Antara", "Jakarta"))


def sunstar_pna() -> Page:
    # A Philippine paper printing PNA copy with "MANILA –" and "(PNA)" closing the copy, the
    # byline naming the agency's reporter.
    url = "https://www.sunpost.example.ph/article/1991234/manila/local-news/dole-releases-guidelines-on-13th-month-pay"
    title = "DOLE releases guidelines on 13th month pay"
    paras = ["MANILA – The Department of Labor and Employment (DOLE) has released the guidelines "
             "on the payment of the 13th month pay for private sector workers this year.",
             "Under Labor Advisory 18, series of 2024, the 13th month pay must be paid not later "
             "than Dec. 24, Labor Secretary Bienvenido Laguesma said in a statement Friday.",
             "Employers are required to submit a report of compliance through the DOLE online "
             "system not later than Jan. 15, 2025. (PNA)"]
    pub = "2024-11-15T20:02:00+08:00"
    head = (_og(title, "SunPost", paras[0][9:], pub=pub, author="Ferdinand Patinio")
            + _news_ld(title, pub, None, ["Ferdinand Patinio"], "SunPost", url))
    body = (_nav("SunPost", ["Manila", "Cebu", "Davao", "Business", "Sports"])
            + '<div class="article"><div class="article-tag">Local News</div><h1 class="title">' + title
            + '</h1><div class="byline">By Ferdinand Patinio, Philippine News Agency</div>'
            '<div class="date">November 15, 2024</div>' + _share("share-bar")
            + '<div class="article-body">' + _ps(paras) + '</div></div>'
            + _most_read("Latest", ["Cebu traffic advisory", "PBA results"])
            + _footer(["© 2024 SunPost Publishing"]))
    return Page("sunpost-pna", url, _doc("en", title + " | SunPost", head, body),
                _truth(title, _text(paras), ["Ferdinand Patinio"], pub, None, "PNA", "MANILA"))


def vietnam_vna() -> Page:
    # A Vietnamese English portal printing VNA copy: "Hanoi (VNA) -" and the source line
    # "Source: VNA" after it.
    url = "https://en.saigonnews.example.vn/vietnam-s-exports-hit-record-405-billion-usd-in-2024-post113421.html"
    title = "Vietnam's exports hit record 405 billion USD in 2024"
    paras = ["Hanoi (VNA) - Vietnam's export turnover reached a record 405.53 billion USD in 2024, "
             "up 14.3% from the previous year, according to the General Statistics Office.",
             "Imports rose 16.7% to 380.76 billion USD, leaving a trade surplus of 24.77 billion "
             "USD.",
             "The US remained Vietnam's largest export market with 119.6 billion USD, followed by "
             "China and the EU."]
    pub = "2025-01-06T14:30:00+07:00"
    head = (_og(title, "Saigon News", paras[0][14:], pub=pub)
            + _news_ld(title, pub, None, None, "Saigon News", url))
    body = (_nav("Saigon News", ["Politics", "Business", "Society", "Culture", "Sports"])
            + '<div class="detail"><div class="breadcrumbs"><a href="/business">Business</a></div>'
            '<h1 class="detail__title">' + title + '</h1><div class="detail__meta">'
            '<time datetime="' + pub + '">Mon, January 6, 2025 | 14:30</time></div>'
            + _share("detail__share") + '<div class="detail__content">' + _ps(paras)
            + '<p class="source"><strong>Source: VNA</strong></p></div></div>'
            + _footer(["© Saigon News. All rights reserved."]))
    return Page("vietnam-vna", url, _doc("en", title, head, body),
                _truth(title, _text(paras), [], pub, None, "VNA", "Hanoi"))


# ---------------------------------------------------------------------------------------------
# Gulf


def peninsula_qna() -> Page:
    # A Qatari paper: "QNA" as the byline, "Doha: " opening the copy.
    url = "https://www.doha-peninsula.example.qa/article/17/12/2024/amir-receives-credentials-of-new-ambassadors"
    title = "Amir receives credentials of new ambassadors"
    paras = ["Doha: His Highness the Amir Sheikh Tamim bin Hamad Al Thani received at the Amiri "
             "Diwan on Tuesday the credentials of five new ambassadors to the State of Qatar.",
             "The ambassadors conveyed the greetings of the leaders of their countries to His "
             "Highness the Amir and their wishes for further progress and prosperity.",
             "His Highness wished the ambassadors success in their duties."]
    pub = "2024-12-17T11:42:00+03:00"
    head = (_og(title, "Doha Peninsula", paras[0][6:], pub=pub, author="QNA")
            + _news_ld(title, pub, None, ["QNA"], "Doha Peninsula", url))
    body = (_nav("Doha Peninsula", ["Qatar", "Business", "Sports", "Middle East", "World"])
            + '<div class="container"><div class="main-article"><span class="cat-title">Qatar</span>'
            '<h1 class="post-title">' + title + '</h1><div class="post-meta"><span class="author-name">'
            'QNA</span><span class="post-date">Published: 17 Dec 2024 - 11:42 am | Last Updated: '
            '17 Dec 2024 - 11:45 am</span></div>' + _share("social-icons")
            + '<div class="article-content" id="article_content">' + _ps(paras) + '</div>'
            '</div></div>' + _footer(["Copyright © 2024 Doha Peninsula"]))
    return Page("peninsula-qna", url, _doc("en", title + " - Doha Peninsula", head, body),
                _truth(title, _text(paras), ["QNA"], pub, None, "QNA", "Doha"))


def arabtimes_kuna() -> Page:
    # A Kuwaiti paper printing KUNA copy with "KUWAIT CITY, Dec 17, (KUNA):" and its end mark
    # and desk initials closing it.
    url = "https://www.kuwaittimes-online.example.com/kuwait-news/cabinet-approves-draft-decree-on-residency/"
    title = "Cabinet approves draft decree on foreigners' residency"
    paras = ["KUWAIT CITY, Dec 17, (KUNA): The Cabinet on Tuesday approved a draft decree-law "
             "regulating the residency of foreigners, Minister of State for Cabinet Affairs "
             "Sherida Al-Mousherji said.",
             "The law sets new fees for visit visas and residency permits and toughens penalties "
             "for visa trafficking, he said after the weekly meeting.",
             "The draft will be referred to His Highness the Amir for approval."]
    pub = "2024-12-17T21:33:00+03:00"
    head = (_og(title, "Kuwait Times Online", paras[0][29:], pub=pub, mod=pub)
            + _news_ld(title, pub, pub, ["KUNA"], "Kuwait Times Online", url))
    body = (_nav("Kuwait Times Online", ["Kuwait", "Gulf", "World", "Business", "Sports"], "td-header-wrap")
            + '<article class="post"><div class="td-post-header"><h1 class="entry-title">' + title + '</h1>'
            '<div class="td-module-meta-info"><span class="td-post-date">December 17, 2024</span></div></div>'
            + _share("td-post-sharing") + '<div class="td-post-content">' + _ps(paras)
            + '<p>(end) aa.hm</p></div></article>'
            + _footer(["© 2024 Kuwait Times Online. All rights reserved."]))
    return Page("kuwait-kuna", url, _doc("en", title + " - Kuwait Times Online", head, body),
                _truth(title, _text(paras), ["KUNA"], pub, pub, "KUNA", "KUWAIT CITY"))


def saudigazette_spa() -> Page:
    # A Saudi paper's Drupal-like template: "RIYADH —" and "— SPA" closing the copy, the byline
    # "Saudi Gazette report" naming no writer.
    url = "https://www.riyadhherald.example.sa/648123/SAUDI-ARABIA/Saudi-Cabinet-approves-2025-budget"
    title = "Saudi Cabinet approves 2025 budget with SR1.18 trillion spending"
    paras = ["RIYADH — The Saudi Cabinet, chaired by Crown Prince and Prime Minister Mohammed bin "
             "Salman, approved on Tuesday the state budget for fiscal year 2025.",
             "The budget projects revenues of SR1.184 trillion and expenditures of SR1.285 trillion, "
             "with a deficit of SR101 billion, or 2.3 percent of GDP.",
             "The Crown Prince said the budget reflects the government's commitment to the "
             "Vision 2030 programs. — SPA"]
    pub = "2024-12-17T22:48:00+03:00"
    head = (_og(title, "Riyadh Herald", paras[0][11:], pub=pub)
            + _news_ld(title, pub, None, ["Riyadh Herald report"], "Riyadh Herald", url))
    body = (_nav("Riyadh Herald", ["Saudi Arabia", "Region", "World", "Business", "Sports"])
            + '<div id="main"><div class="article-header"><div class="category">Saudi Arabia</div>'
            '<h1>' + title + '</h1><div class="byline">Riyadh Herald report</div>'
            '<div class="date">December 17, 2024</div></div>' + _share("sharethis-inline")
            + '<div class="article-body">' + _ps(paras) + '</div></div>'
            + _footer(["© 2024 Riyadh Herald. All rights reserved."]))
    return Page("riyadh-spa", url, _doc("en", title + " - Riyadh Herald", head, body),
                _truth(title, _text(paras), [], pub, None, "SPA", "RIYADH"))


def emirates_wam() -> Page:
    # An Emirati portal printing WAM copy: "ABU DHABI, 17th December, 2024 (WAM) --" with
    # the ordinal day, WAM's own dateline style.
    url = "https://www.emirates-daily.example.ae/news/government/2024/12/17/uae-president-receives-jordan-king"
    title = "UAE President receives King of Jordan"
    paras = ["ABU DHABI, 17th December, 2024 (WAM) -- President His Highness Sheikh Mohamed bin "
             "Zayed Al Nahyan received King Abdullah II of Jordan at Qasr Al Shati in Abu Dhabi "
             "today.",
             "The two leaders discussed the strong fraternal relations between the two countries "
             "and ways to enhance cooperation.",
             "They also exchanged views on regional developments, particularly in Syria."]
    pub, mod = "2024-12-17T16:10:00+04:00", "2024-12-17T16:35:00+04:00"
    head = (_og(title, "Emirates Daily", paras[0][46:], pub=pub, mod=mod, author="WAM")
            + _news_ld(title, pub, mod, ["WAM"], "Emirates Daily", url, author_type="Organization"))
    body = (_nav("Emirates Daily", ["UAE", "Government", "Business", "World", "Sport"])
            + '<div class="story-page"><h1 class="story-title">' + title + '</h1>'
            '<div class="story-meta"><span class="story-source">Source: WAM</span> '
            '<span class="story-date">Published: Tue 17 Dec 2024, 4:10 PM</span></div>'
            + _share("story-share") + '<div class="story-body">' + _ps(paras) + '</div></div>'
            + _most_read("Most Popular", ["Dubai traffic fines", "Gold rate today"])
            + _footer(["© 2024 Emirates Daily"]))
    return Page("emirates-wam", url, _doc("en", title + " - Emirates Daily", head, body),
                _truth(title, _text(paras), ["WAM"], pub, mod, "WAM", "ABU DHABI"))


# ---------------------------------------------------------------------------------------------
# Africa


def vanguard_nan() -> Page:
    # A Nigerian WordPress paper printing NAN copy with its own byline "By Ben Agande" and the
    # "(NAN)" closing credit, then "Follow us on" promos.
    url = "https://www.lagosvanguard.example.ng/2024/12/fg-to-begin-payment-of-new-minimum-wage-arrears/"
    title = "FG to begin payment of new minimum wage arrears in January"
    paras = ["The Federal Government says it will begin the payment of arrears of the new "
             "minimum wage to federal workers in January 2025.",
             "The Minister of Labour and Employment, Mr Muhammad Dingyadi, disclosed this in "
             "Abuja on Tuesday at a meeting with labour leaders.",
             "He said the Office of the Accountant-General of the Federation had concluded "
             "the computation of the arrears. (NAN)"]
    pub, mod = "2024-12-17T15:04:11+01:00", "2024-12-17T15:04:11+01:00"
    head = (_og(title, "Lagos Vanguard", paras[0], pub=pub, mod=mod, author="Ben Agande")
            + _news_ld(title, pub, mod, ["Ben Agande"], "Lagos Vanguard", url))
    body = (_nav("Lagos Vanguard", ["News", "Politics", "Business", "Sports", "Entertainment"])
            + '<div class="site-content"><article class="post"><header class="entry-header">'
            '<h1 class="entry-title">' + title + '</h1><div class="entry-meta"><span class="posted-on">'
            '<time class="entry-date published" datetime="' + pub + '">December 17, 2024</time></span>'
            '</div></header><div class="entry-content"><p><strong>By Ben Agande</strong></p>' + _ps(paras)
            + '<p>Follow us on Facebook and X for more news updates.</p></div>'
            '<div class="rp4wp-related-posts"><h3>Related Posts</h3><a href="/a/">Tinubu signs bill</a></div>'
            '</article></div>' + _footer(["© 2024 Lagos Vanguard Media Limited"]))
    return Page("vanguard-nan", url, _doc("en", title + " - Lagos Vanguard", head, body),
                _truth(title, _text(paras), ["Ben Agande"], pub, mod, "NAN", None))


def ghanaweb_gna() -> Page:
    # A Ghanaian portal printing GNA copy: "Accra, Dec. 17, GNA – …", the "Source: GNA" line
    # after the copy.
    url = "https://www.ghanaonline.example.com/GhanaHomePage/NewsArchive/EC-to-begin-collation-of-results-1962345"
    title = "EC to begin declaration of parliamentary results in remaining constituencies"
    paras = ["Accra, Dec. 17, GNA – The Electoral Commission (EC) says it will resume the "
             "collation and declaration of parliamentary results in the remaining constituencies "
             "on Wednesday.",
             "Mr Samuel Tettey, a Deputy Chairperson of the Commission, told journalists in Accra "
             "that security had been beefed up at the collation centres.",
             "He urged political parties to allow the process to proceed peacefully."]
    pub = "2024-12-17T13:22:00+00:00"
    head = (_og(title, "Ghana Online", paras[0][24:], pub=pub)
            + _news_ld(title, pub, None, ["GNA"], "Ghana Online", url, author_type="Organization"))
    body = (_nav("Ghana Online", ["Home", "News", "Business", "Sports", "Entertainment"])
            + '<div id="medsection1"><div class="article-left-col"><h1>' + title + '</h1>'
            '<p class="floatLeft"><a href="/GhanaHomePage/NewsArchive/">General News</a> of Tuesday, '
            '17 December 2024</p><p class="floatRight">Source: GNA</p>' + _share("social-links")
            + '<div class="article-content-area" id="article-123">' + _ps(paras) + '</div>'
            '<div class="comments-count">Comments (12)</div></div></div>'
            + _footer(["Copyright © 1994 - 2024 Ghana Online. All rights reserved."]))
    return Page("ghanaonline-gna", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["GNA"], pub, None, "GNA", "Accra"))


def senegal_apa() -> Page:
    # A Senegalese French portal printing APA copy: "Dakar, 17 déc (APA) –" and no author.
    url = "https://www.dakaractu.example.sn/Le-gouvernement-annonce-une-baisse-des-prix-du-riz_a212345.html"
    title = "Le gouvernement annonce une baisse des prix du riz et de l'huile"
    paras = ["Dakar, 17 déc (APA) – Le gouvernement sénégalais a annoncé mardi une baisse des prix "
             "de plusieurs denrées de première nécessité, dont le riz brisé et l'huile, à compter "
             "du 1er janvier 2025.",
             "Le prix du kilogramme de riz brisé non parfumé passe de 410 à 380 francs CFA, a "
             "indiqué le ministre du Commerce, Serigne Guèye Diop.",
             "Des contrôles seront renforcés sur l'ensemble du territoire, a-t-il ajouté."]
    pub = "2024-12-17T17:52:00+00:00"
    head = (_og(title, "Dakar Actu", paras[0][24:], pub=pub)
            + _news_ld(title, pub, None, None, "Dakar Actu", url))
    body = (_nav("Dakar Actu", ["Politique", "Economie", "Société", "Sport", "International"])
            + '<div id="contenu"><div class="titre_article"><h1>' + title + '</h1></div>'
            '<div class="date_article">Mardi 17 Décembre 2024 - 17:52</div>' + _share("partage")
            + '<div class="texte">' + _ps(paras) + '</div>'
            '<div class="commentaires"><h3>Commentaires</h3><p>Dans la même rubrique :</p></div></div>'
            + _footer(["Dakar Actu © 2024"]))
    return Page("senegal-apa", url, _doc("fr", title + " | Dakar Actu", head, body),
                _truth(title, _text(paras), [], pub, None, "APA", "Dakar"))


def kenya_xinhua() -> Page:
    # A Kenyan paper printing Xinhua copy: "NAIROBI, Dec. 17 (Xinhua) --" and "Xinhua" in the
    # byline slot.
    url = "https://www.nairobistar.example.co.ke/news/africa/2024-12-17-china-kenya-sign-deal-on-sgr-extension"
    title = "China, Kenya sign deal to study SGR extension to Malaba"
    paras = ["NAIROBI, Dec. 17 (Xinhua) -- China and Kenya on Tuesday signed a memorandum of "
             "understanding on a feasibility study for extending the Standard Gauge Railway (SGR) "
             "from Naivasha to Malaba on the Ugandan border.",
             "Kenyan Transport Cabinet Secretary Davis Chirchir said the extension would boost "
             "regional trade.",
             "The 480-km SGR from Mombasa to Naivasha was built by a Chinese firm and opened in "
             "2017."]
    pub = "2024-12-17T19:00:00+03:00"
    head = (_og(title, "The Nairobi Star", paras[0][31:], pub=pub, author="XINHUA")
            + _news_ld(title, pub, None, ["XINHUA"], "The Nairobi Star", url))
    body = (_nav("The Nairobi Star", ["News", "Counties", "Africa", "Business", "Sports"])
            + '<div class="article-page"><div class="section-label">Africa</div><h1 class="article-title">'
            + title + '</h1><div class="article-meta"><div class="article-author">by XINHUA</div>'
            '<div class="article-date">News<br>17 December 2024 - 19:00</div></div>'
            '<div class="article-summary"><p>In Summary</p><ul><li>The 480-km SGR was opened in '
            '2017.</li></ul></div>' + _share("article-share")
            + '<div class="article-body">' + _ps(paras) + '</div></div>'
            + _footer(["© The Nairobi Star 2024"]))
    return Page("kenya-xinhua", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["XINHUA"], pub, None, "Xinhua", "NAIROBI"))


# ---------------------------------------------------------------------------------------------
# China and Korea, English


def chinadaily_xinhua() -> Page:
    # A Chinese English portal: "Xinhua | Updated: 2024-12-17 09:31" over the copy, the
    # credit a link, "BEIJING -- " opening it.
    url = "https://www.chinadays.example.cn/a/202412/17/WS6760d8f1a310f1265a1d3a12.html"
    title = "China's industrial output up 5.4% in November"
    paras = ["BEIJING -- China's value-added industrial output rose 5.4 percent year on year in "
             "November, up from 5.3 percent in October, official data showed Monday.",
             "Retail sales of consumer goods, a key indicator of consumption, grew 3 percent year "
             "on year, the National Bureau of Statistics said.",
             "Fixed-asset investment expanded 3.3 percent in the first 11 months."]
    pub = "2024-12-17T09:31:00+08:00"
    head = (_og(title, "China Days", paras[0][12:], pub=pub)
            + '<meta name="source" content="Xinhua">')
    body = (_nav("China Days", ["China", "World", "Business", "Lifestyle", "Opinion"])
            + '<div class="main_art"><div class="lft_art"><h1>' + title + '</h1>'
            '<div class="info"><span class="info_l">By <a href="/source/xinhua">Xinhua</a> | Updated: '
            '2024-12-17 09:31</span></div>' + _share("share-bar")
            + '<div id="Content">' + _ps(paras) + '</div>'
            '<div class="selectpage"><a href="/prev">Previous</a> 1 <a href="/next">Next</a></div>'
            '</div></div>' + _footer(["Copyright 1995 - 2024. All rights reserved. The content "
                                      "(including but not limited to text, photo, multimedia "
                                      "information, etc) published in this site belongs to China Days."]))
    return Page("chinadays-xinhua", url, _doc("en", title + " - Chinadays.com.cn", head, body),
                _truth(title, _text(paras), ["Xinhua"], pub, None, "Xinhua", "BEIJING"))


def shanghai_xinhua_editor() -> Page:
    # A Shanghai English portal printing Xinhua copy with "Source: Xinhua   Editor: Wang Qian"
    # over the copy (the editor is no author) and the Xinhua dateline in it.
    url = "https://www.shanghaidaily.example.cn/news/2412179913/"
    title = "China launches new batch of internet satellites"
    paras = ["TAIYUAN, Dec. 16 (Xinhua) -- China on Monday launched a new batch of low Earth "
             "orbit internet satellites from the Taiyuan Satellite Launch Center in north China's "
             "Shanxi Province.",
             "The satellites were launched by a Long March-6A carrier rocket at 6:42 p.m. "
             "(Beijing Time) and entered their preset orbit successfully.",
             "The launch was the 553rd flight mission of the Long March rocket series."]
    pub = "2024-12-16T20:10:00+08:00"
    head = _og(title, "Shanghai Daily", paras[0][30:], pub=pub)
    body = (_nav("Shanghai Daily", ["Metro", "Nation", "World", "Business", "Sports"])
            + '<div class="detail-wrap"><h1 class="detail-title">' + title + '</h1>'
            '<div class="detail-info"><span>Source: Xinhua</span> <span>Editor: Wang Qian</span> '
            '<span>2024-12-16 20:10</span></div>' + _share("detail-share")
            + '<div class="detail-content">' + _ps(paras) + '</div></div>'
            + _footer(["Copyright © 2024 Shanghai Daily"]))
    return Page("shanghai-xinhua", url, _doc("en", title + " | Shanghai Daily", head, body),
                _truth(title, _text(paras), [], pub, None, "Xinhua", "TAIYUAN"))


def korea_yonhap_closing() -> Page:
    # A Korean English paper printing Yonhap copy: no dateline, "(Yonhap)" closing the last
    # paragraph, "Yonhap" as the byline.
    url = "https://www.seoulherald.example.kr/view.php?ud=20241217050123"
    title = "Constitutional Court begins review of Yoon impeachment"
    paras = ["The Constitutional Court on Tuesday began reviewing the impeachment of President "
             "Yoon Suk Yeol, holding its first meeting of justices on the case.",
             "The court has up to 180 days to decide whether to remove Yoon from office or "
             "reinstate him.",
             "Court spokesperson Lee Jean said the first preparatory hearing would be held on "
             "Dec. 27. (Yonhap)"]
    pub, mod = "2024-12-17T10:35:00+09:00", "2024-12-17T11:02:00+09:00"
    head = (_og(title, "The Seoul Herald", paras[0][:140], pub=pub, mod=mod, author="Yonhap")
            + _news_ld(title, pub, mod, ["Yonhap"], "The Seoul Herald", url))
    body = (_nav("The Seoul Herald", ["National", "Business", "Life & Culture", "Sports", "World"])
            + '<div class="view_tit_wrap"><p class="view_tit_sub">National</p><h1 class="news_title">'
            + title + '</h1><p class="news_date">Published : Dec. 17, 2024 - 10:35 Updated : Dec. 17, '
            '2024 - 11:02</p><p class="news_writer">By Yonhap</p></div>' + _share("view_share")
            + '<div class="news_content" id="articleText">' + _ps(paras) + '</div>'
            + _most_read("Most popular", ["Martial law probe", "K-pop agency"])
            + _footer(["Copyright Seoul Herald. All Rights Reserved."]))
    return Page("seoulherald-yonhap", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["Yonhap"], pub, mod, "Yonhap", None))


def korea_yonhap_writer_email() -> Page:
    # A Korean English paper: the writer's byline with "Yonhap" after it and the writer's
    # e-mail closing the copy; the Yonhap dateline "SEOUL, Dec. 17 (Yonhap) --".
    url = "https://www.koreadaily-en.example.kr/www/nation/2024/12/113_388123.html"
    title = "BOK says market volatility eased after martial law shock"
    paras = ["SEOUL, Dec. 17 (Yonhap) -- Financial market volatility has eased after spiking "
             "following the short-lived martial law declaration, the Bank of Korea said Tuesday.",
             "The won-dollar exchange rate, which topped 1,440 won, has stabilized in the "
             "1,430-won range, the central bank said in a report.",
             "The BOK said it would continue to monitor markets closely.",
             "kimjh@yna.co.kr"]
    pub = "2024-12-17T14:02:00+09:00"
    head = (_og(title, "Korea Daily English", paras[0][26:], pub=pub, author="Kim Ji-hoon")
            + _news_ld(title, pub, None, ["Kim Ji-hoon"], "Korea Daily English", url))
    body = (_nav("Korea Daily English", ["North Korea", "Politics", "Economy", "Lifestyle"])
            + '<div class="article_wrap"><h1 class="editor-title">' + title + '</h1>'
            '<div class="byline">By Kim Ji-hoon, Yonhap</div><div class="date">2024-12-17 14:02</div>'
            + _share("share") + '<div class="editor-p">' + _ps(paras) + '</div></div>'
            + _footer(["© Korea Daily English"]))
    return Page("koreadaily-yonhap", url, _doc("en", title + " - Korea Daily English", head, body),
                _truth(title, _text(paras[:3]), ["Kim Ji-hoon"], pub, None, "Yonhap", "SEOUL"))


# ---------------------------------------------------------------------------------------------
# Europe, in their languages


def lefigaro_afp() -> Page:
    # A French national daily: "Le Figaro avec AFP" as the byline, "Par" before it, the
    # copy with no dateline.
    url = "https://www.paris-matin.example.fr/flash-actu/budget-2025-michel-barnier-engage-le-49-3-20241202"
    title = "Budget 2025 : Michel Barnier engage le 49.3 sur la Sécurité sociale"
    lead = "Le premier ministre s'expose à une motion de censure déposée par la gauche et soutenue par le RN."
    paras = ["Le premier ministre Michel Barnier a engagé lundi la responsabilité de son "
             "gouvernement sur le projet de budget de la Sécurité sociale, via l'article 49.3.",
             "La gauche a aussitôt annoncé le dépôt d'une motion de censure, que le Rassemblement "
             "national a dit vouloir voter.",
             "Le vote pourrait intervenir dès mercredi."]
    pub, mod = "2024-12-02T15:33:00+01:00", "2024-12-02T16:02:00+01:00"
    head = (_og(title, "Paris Matin", lead, pub=pub, mod=mod, author="Paris Matin avec AFP")
            + _news_ld(title, pub, mod, ["Paris Matin avec AFP"], "Paris Matin", url,
                       author_type="Organization"))
    body = (_nav("Paris Matin", ["Politique", "International", "Économie", "Sport", "Culture"])
            + '<article class="fig-main"><div class="fig-main-col"><h1 class="fig-headline">' + title
            + '</h1><p class="fig-standfirst">' + lead + '</p><div class="fig-content-metas">'
            '<span class="fig-content-metas__author">Par Paris Matin avec AFP</span> '
            '<span class="fig-content-metas__pub">Publié le 02/12/2024 à 15:33, mis à jour le '
            '02/12/2024 à 16:02</span></div>' + _share("fig-share")
            + '<div class="fig-content-body">' + _ps(paras, "fig-paragraph") + '</div>'
            '<div class="fig-premium-paywall"><p>Cet article est réservé aux abonnés.</p></div>'
            '</div></article>' + _footer(["© Paris Matin 2024"]))
    return Page("parismatin-afp", url, _doc("fr", title, head, body),
                {**_truth(title, _text(paras), ["AFP"], pub, mod, "AFP", None), "subtitle": lead})


def zeit_dpa_newsfeed() -> Page:
    # A German weekly's feed of dpa copy: the note that the text was taken over from dpa
    # unedited opening the text, "Hamburg (dpa) -" dateline, dpa's rights line closing it.
    url = "https://www.wochenzeit.example.de/news/2024-12/17/hafen-hamburg-umschlag-sinkt"
    title = "Hafen Hamburg: Umschlag sinkt erneut"
    paras = ["Hamburg (dpa) - Der Containerumschlag im Hamburger Hafen ist im dritten Quartal "
             "erneut gesunken. Insgesamt wurden 1,9 Millionen Standardcontainer umgeschlagen, "
             "teilte die Hafen Hamburg Marketing mit.",
             "Das sind 2,1 Prozent weniger als im Vorjahreszeitraum.",
             "Rotterdam und Antwerpen konnten dagegen zulegen."]
    pub, mod = "2024-12-17T11:46:22+01:00", "2024-12-17T11:46:22+01:00"
    head = (_og(title, "WOCHENZEIT", paras[0][15:], pub=pub, mod=mod, author="dpa")
            + _news_ld(title, pub, mod, ["dpa"], "WOCHENZEIT", url, author_type="Organization"))
    body = (_nav("WOCHENZEIT", ["Politik", "Gesellschaft", "Wirtschaft", "Kultur", "Wissen"])
            + '<main><article class="article"><header class="article-header"><span class="article-heading__kicker">'
            'Hafen</span><h1 class="article-heading__title">' + title + '</h1>'
            '<div class="metadata"><span class="metadata__source">Quelle: dpa Hamburg</span> '
            '<time class="metadata__date" datetime="' + pub + '">17. Dezember 2024, 11:46 Uhr</time>'
            '</div></header><div class="article-body"><div class="paragraph article__item">'
            '<p class="article__notice">Dieser Text wurde automatisch von dpa übernommen und von '
            'der WOCHENZEIT-Redaktion nicht bearbeitet.</p>'
            + _ps(paras, "paragraph article__item")
            + '<p class="paragraph article__item">© dpa-infocom, dpa:241217-930-321234/1</p></div></div>'
            '</article></main>' + _footer(["© WOCHENZEIT"]))
    return Page("wochenzeit-dpa", url, _doc("de", title + " | WOCHENZEIT", head, body),
                _truth(title, _text(paras), ["dpa"], pub, mod, "dpa", "Hamburg"))


def spiegel_sigle() -> Page:
    # A German news site closing agency-based copy with the editors' and wires' sigle in
    # italics ("mrc/dpa/AFP"): the first wire after the desk's initials is the agency.
    url = "https://www.nachrichtenspiegel.example.de/ausland/syrien-assad-regime-gestuerzt-a-8c1d2e3f"
    title = "Syrien: Rebellen verkünden Sturz des Assad-Regimes"
    lead = "Nach 24 Jahren an der Macht ist Syriens Machthaber Baschar al-Assad offenbar geflohen."
    paras = ["Die Rebellen in Syrien haben die Hauptstadt Damaskus eingenommen und den Sturz von "
             "Machthaber Baschar al-Assad verkündet.",
             "Assad habe das Land verlassen, teilte das russische Außenministerium mit.",
             "Tausende Menschen feierten auf den Straßen von Damaskus.",
             "<i>mrc/dpa/AFP</i>"]
    pub = "2024-12-08T08:12:00+01:00"
    head = (_og(title, "NACHRICHTENSPIEGEL", lead, pub=pub, mod=pub)
            + _news_ld(title, pub, pub, [], "NACHRICHTENSPIEGEL", url))
    body = (_nav("NACHRICHTENSPIEGEL", ["Politik", "Ausland", "Wirtschaft", "Panorama", "Sport"])
            + '<main><article><header><h2><span class="kicker">Umsturz in Syrien</span>'
            '<span class="headline">' + title + '</span></h2><div class="leadtext">' + lead + '</div>'
            '<div class="timeformat"><time datetime="2024-12-08 08:12:00">08.12.2024, 08.12 Uhr</time>'
            '</div></header><section class="article-section"><div class="RichText">' + _ps(paras)
            + '</div></section></article></main>' + _footer(["© NACHRICHTENSPIEGEL GmbH & Co. KG"]))
    return Page("spiegel-sigle", url, _doc("de", title + " - NACHRICHTENSPIEGEL", head, body),
                {**_truth(title, _text(paras), [], pub, pub, "dpa", None), "subtitle": lead})


def rtbf_belga() -> Page:
    # A Belgian French broadcaster printing Belga copy with "Belga" as the byline.
    url = "https://www.radiobruxelles.example.be/article/greve-nationale-ce-lundi-des-perturbations-dans-les-transports-11471234"
    title = "Grève nationale ce lundi : des perturbations dans les transports"
    paras = ["Une grève nationale contre les réformes des pensions perturbe lundi les transports "
             "en commun dans tout le pays.",
             "La SNCB prévoit un train sur trois sur la plupart des lignes, tandis que la STIB "
             "annonce un service très réduit à Bruxelles.",
             "Les syndicats attendent plusieurs milliers de manifestants dans la capitale."]
    pub = "2025-01-13T06:45:00+01:00"
    head = (_og(title, "Radio Bruxelles", paras[0], pub=pub, author="Belga")
            + _news_ld(title, pub, None, ["Belga"], "Radio Bruxelles", url, author_type="Organization"))
    body = (_nav("Radio Bruxelles", ["Info", "Belgique", "Monde", "Économie", "Sport"])
            + '<main><article><div class="article-category">Belgique</div><h1>' + title + '</h1>'
            '<div class="article-meta"><span class="author">Belga</span> <span class="date">'
            'Publié le lundi 13 janvier 2025 à 06h45</span></div>' + _share("share-bar")
            + '<div class="article-text">' + _ps(paras) + '</div></article></main>'
            + _footer(["© Radio Bruxelles 2025"]))
    return Page("rbx-belga", url, _doc("fr", title, head, body),
                _truth(title, _text(paras), ["Belga"], pub, None, "Belga", None))


def publico_lusa() -> Page:
    # A Portuguese daily printing Lusa copy: "Lusa" as the author, the copy without a
    # dateline.
    url = "https://www.diariolisboa.example.pt/2024/12/17/politica/noticia/governo-aprova-aumento-salario-minimo-870-euros-2101234"
    title = "Governo aprova aumento do salário mínimo para 870 euros"
    paras = ["O Conselho de Ministros aprovou esta terça-feira o aumento do salário mínimo "
             "nacional para 870 euros a partir de 1 de Janeiro de 2025.",
             "O aumento de 50 euros corresponde a uma subida de 6,1% face ao valor actual.",
             "A medida abrange cerca de 800 mil trabalhadores, segundo o Governo."]
    pub = "2024-12-17T18:20:00+00:00"
    head = (_og(title, "Diário Lisboa", paras[0], pub=pub, author="Lusa")
            + _news_ld(title, pub, None, ["Lusa"], "Diário Lisboa", url))
    body = (_nav("Diário Lisboa", ["Política", "Sociedade", "Economia", "Mundo", "Desporto"])
            + '<article class="story"><header class="story__header"><div class="kicker">Salário mínimo</div>'
            '<h1 class="headline story__headline">' + title + '</h1><div class="story__byline">'
            '<span class="byline__name">Lusa</span></div><time class="dateline" datetime="' + pub + '">'
            '17 de Dezembro de 2024, 18:20</time></header>' + _share("story__share")
            + '<div class="story__body" id="story-body">' + _ps(paras) + '</div></article>'
            + _footer(["© 2024 Diário Lisboa"]))
    return Page("lisboa-lusa", url, _doc("pt", title + " | Diário Lisboa", head, body),
                _truth(title, _text(paras), ["Lusa"], pub, None, "Lusa", None))


def spanish_reuters() -> Page:
    # A Spanish business daily printing Reuters copy in Spanish: "MADRID, 17 dic (Reuters) -"
    # and the "(Información de …; editado en español por …)" line closing it.
    url = "https://www.economiadigital.example.es/mercados/2024-12-17/ibex-35-cierra-a-la-baja-bce_3912345/"
    title = "El Ibex 35 cierra a la baja lastrado por la banca"
    paras = ["MADRID, 17 dic (Reuters) - El Ibex 35 cerró el martes con un descenso del 0,6%, "
             "lastrado por los valores bancarios ante la expectativa de nuevas bajadas de tipos.",
             "Santander cayó un 1,4% y BBVA un 1,1%, mientras que Inditex subió un 0,8%.",
             "En el resto de Europa, el Euro STOXX 50 bajó un 0,4%.",
             "(Información de Jesús Aguado; editado en español por Benjamín Mejías Valencia)"]
    pub = "2024-12-17T18:05:00+01:00"
    head = (_og(title, "Economía Digital", paras[0][26:], pub=pub, author="Reuters")
            + _news_ld(title, pub, None, ["Reuters"], "Economía Digital", url))
    body = (_nav("Economía Digital", ["Mercados", "Empresas", "Economía", "Vivienda"])
            + '<article class="news-article"><h1 class="news-header__title">' + title + '</h1>'
            '<div class="news-header__author"><span>Reuters</span></div><time datetime="' + pub + '">'
            '17/12/2024 - 18:05</time>' + _share("news-share")
            + '<div class="news-body">' + _ps(paras) + '</div></article>'
            + _footer(["© Economía Digital 2024"]))
    return Page("es-reuters", url, _doc("es", title, head, body),
                _truth(title, _text(paras), ["Jesús Aguado"], pub, None, "Reuters", "MADRID"))


def italian_ansa() -> Page:
    # An Italian regional daily printing ANSA copy: "Redazione ANSA" byline, "(ANSA) - ROMA,
    # 17 DIC -" opening, "Riproduzione riservata © Copyright ANSA" after.
    url = "https://www.gazzettaveneta.example.it/italia/2024/12/17/istat-inflazione-novembre-1-3_8a1b2c3d.html"
    title = "Istat, a novembre inflazione all'1,3%"
    paras = ["(ANSA) - ROMA, 17 DIC - L'inflazione in Italia a novembre sale all'1,3% su base "
             "annua, dallo 0,9% di ottobre, secondo le stime definitive dell'Istat.",
             "Il cosiddetto carrello della spesa rallenta al 2,0%.",
             "L'inflazione di fondo, al netto di energetici e alimentari freschi, si attesta "
             "all'1,8%."]
    pub = "2024-12-17T10:14:00+01:00"
    head = (_og(title, "Gazzetta Veneta", paras[0][24:], pub=pub, author="Redazione ANSA")
            + _news_ld(title, pub, None, ["Redazione ANSA"], "Gazzetta Veneta", url))
    body = (_nav("Gazzetta Veneta", ["Venezia", "Padova", "Italia", "Mondo", "Sport"])
            + '<article class="news"><h1 class="news-title">' + title + '</h1>'
            '<div class="news-meta"><span class="news-author">Redazione ANSA</span> '
            '<span class="news-date">ROMA, 17 dicembre 2024, 10:14</span></div>' + _share("social-share")
            + '<div class="news-txt">' + _ps(paras) + '</div>'
            '<div class="news-copy">Riproduzione riservata © Copyright ANSA</div></article>'
            + _footer(["© Gazzetta Veneta 2024"]))
    return Page("veneta-ansa", url, _doc("it", title + " - Gazzetta Veneta", head, body),
                _truth(title, _text(paras), ["ANSA"], pub, None, "ANSA", "ROMA"))


# ---------------------------------------------------------------------------------------------
# United States


def us_fox_ap_contributed() -> Page:
    # A US cable site: its writer's byline, "Fox News Digital's … and The Associated Press
    # contributed to this report." closing the copy, then the writer's bio.
    url = "https://www.cablenews.example.com/politics/senate-passes-defense-bill-ukraine-aid"
    title = "Senate passes $895 billion defense bill, sending it to Biden"
    paras = ["The Senate on Wednesday passed the annual defense policy bill, authorizing $895 "
             "billion in military spending and sending the measure to President Biden's desk.",
             "The bill passed 85-14 and includes a 14.5% pay raise for junior enlisted troops.",
             "Some Democrats objected to a provision restricting gender-affirming care for "
             "military children.",
             "Cablenews Digital's Liz Elkind and The Associated Press contributed to this report."]
    pub, mod = "2024-12-18T17:21:00-05:00", "2024-12-18T18:02:00-05:00"
    head = (_og(title, "Cable News", paras[0], pub=pub, mod=mod)
            + _news_ld(title, pub, mod, ["Julia Johnson"], "Cable News", url))
    body = (_nav("Cable News", ["U.S.", "Politics", "World", "Opinion", "Media"])
            + '<main><article class="article-wrap"><header class="article-header"><div class="eyebrow">'
            '<a href="/politics">Politics</a></div><h1 class="headline">' + title + '</h1>'
            '<div class="author-byline"><span>By <a href="/person/j/julia-johnson">Julia Johnson</a> '
            'Cable News</span></div><div class="article-date"><time>Published December 18, 2024 5:21pm '
            'EST</time></div></header>' + _share("article-share")
            + '<div class="article-body">' + _ps(paras)
            + '<p><i>Julia Johnson is a politics writer for Cable News Digital.</i></p></div>'
            '<div class="newsletter-signup"><p>Get the latest updates on the 2024 campaign trail, '
            'exclusive interviews and more in our Politics newsletter.</p></div></article></main>'
            + _footer(["©2024 Cable News Network, LLC. All rights reserved."]))
    return Page("cable-ap-contrib", url, _doc("en", title + " | Cable News", head, body),
                _truth(title, _text(paras), ["Julia Johnson"], pub, mod, "AP", None))


def us_staff_and_ap_byline() -> Page:
    # A US metro paper: a staff writer and "The Associated Press" in one byline, AP's dateline
    # kept.
    url = "https://www.twincitiestribune.example.com/minnesota-blizzard-closes-interstates/601201234"
    title = "Blizzard closes interstates across southern Minnesota"
    paras = ["MINNEAPOLIS — A blizzard packing wind gusts of more than 50 mph closed stretches "
             "of Interstate 90 and Interstate 35 across southern Minnesota on Tuesday.",
             "The Minnesota Department of Transportation said no travel was advised in 14 "
             "counties.",
             "The National Weather Service said snow totals of 6 to 10 inches were expected."]
    pub, mod = "2024-12-17T14:18:00-06:00", "2024-12-17T16:40:00-06:00"
    head = (_og(title, "Twin Cities Tribune", paras[0][14:], pub=pub, mod=mod,
                author="Tim Harlow, The Associated Press")
            + _news_ld(title, pub, mod, ["Tim Harlow", "The Associated Press"], "Twin Cities Tribune", url))
    body = (_nav("Twin Cities Tribune", ["Local", "Sports", "Business", "Opinion", "Variety"])
            + '<main><article><header><h1 class="article-headline">' + title + '</h1>'
            '<div class="article-byline">By <a href="/tim-harlow/6370486">Tim Harlow</a> and '
            'The Associated Press</div><div class="article-dateline"><time datetime="' + pub + '">'
            'December 17, 2024 at 2:18PM</time></div></header>' + _share("article-share")
            + '<div class="article-body">' + _ps(paras) + '</div></article></main>'
            + _footer(["© 2024 Twin Cities Tribune. All rights reserved."]))
    return Page("tct-staff-ap", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["Tim Harlow"], pub, mod, "AP", "MINNEAPOLIS"))


def us_based_on_wire_reports() -> Page:
    # A US daily's wire story: "By Associated Press" byline, "(AP)" after the place in
    # capitals, AP's rights line after the copy.
    url = "https://www.capitoldaily.example.com/news/2024/dec/17/federal-reserve-expected-cut-rates-third-time/"
    title = "Federal Reserve expected to cut rates for third time this year"
    paras = ["WASHINGTON (AP) — The Federal Reserve is poised to cut its key interest rate on "
             "Wednesday for the third time this year.",
             "Yet the Fed is also expected to signal that it will slow its rate cuts next year "
             "because inflation remains above its target.",
             "The Fed's benchmark rate would fall to about 4.3%, down from a two-decade high of "
             "5.3%."]
    pub = "2024-12-17T06:15:00-05:00"
    head = (_og(title, "Capitol Daily", paras[0][17:], pub=pub, author="Associated Press")
            + _news_ld(title, pub, None, ["Associated Press"], "Capitol Daily", url))
    body = (_nav("Capitol Daily", ["News", "Politics", "Business", "Sports", "Opinion"])
            + '<main><div class="article-header"><span class="section">Business</span><h1 class="page-headline">'
            + title + '</h1><div class="byline"><span class="author">By Associated Press</span> - '
            '<span class="date">Tuesday, December 17, 2024</span></div></div>' + _share("social-bar")
            + '<div class="storyareawrapper"><div class="bigtext">' + _ps(paras)
            + '<p>Copyright © 2024 The Associated Press. All rights reserved. This material may not '
            'be published, broadcast, rewritten or redistributed without permission.</p></div></div>'
            '<div class="taboola"><p>Sponsored Stories</p></div></main>'
            + _footer(["Copyright © 2024 Capitol Daily, LLC."]))
    return Page("capitol-ap", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["Associated Press"], pub, None, "AP", "WASHINGTON"))


# ---------------------------------------------------------------------------------------------
# The seed's portal layout in other WordPress themes


def wp_seed_pti_bio() -> Page:
    # The seed's layout under a Newsmag-like theme: section label, title, standfirst, copy
    # with "New Delhi, Dec 17 (PTI)" cut to "New Delhi:", "This post was last modified on …",
    # "Share", PTI's author box with its bio, related posts and "Load more...".
    url = "https://www.indiaupdate.example.in/india/parliament-winter-session-one-nation-one-election-bill/"
    title = "'One Nation, One Election' bills introduced in Lok Sabha amid opposition protest"
    lead = "The bills were referred to a joint parliamentary committee."
    paras = ["New Delhi: The government on Tuesday introduced two bills in the Lok Sabha to "
             "enable simultaneous elections to the Lok Sabha and state assemblies, amid strong "
             "protests by the opposition.",
             "Law Minister Arjun Ram Meghwal moved the Constitution (129th Amendment) Bill after "
             "a division in which 269 members voted in favour and 198 against.",
             "The opposition said the bills were an attack on the federal structure of the "
             "Constitution.",
             "The bills were later referred to a joint parliamentary committee for wider "
             "consultations."]
    pub, mod = "2024-12-17T14:40:00+05:30", "2024-12-17T15:12:00+05:30"
    head = (_og(title, "India Update", lead, pub=pub, mod=mod, author="Press Trust of India")
            + _news_ld(title, pub, mod, ["Press Trust of India"], "India Update", url))
    body = (_nav("India Update", ["India", "World", "Business", "Sports", "Entertainment"], "td-header-menu-wrap")
            + '<div class="td-container"><article class="post type-post td-post-template-default">'
            '<div class="td-post-header"><div class="td-category"><a class="entry-crumb" href="/category/india/">'
            'India</a></div><header><h1 class="entry-title">' + title + '</h1>'
            '<p class="td-post-sub-title">' + lead + '</p></header></div>'
            '<div class="td-post-content">' + _ps(paras) + '</div>'
            '<footer><div class="td-post-modified"><span>This post was last modified on December 17, '
            '2024 3:12 pm</span></div><div class="td-post-sharing-bottom"><div class="td-post-sharing-classic">'
            'Share</div>' + _share("td-default-sharing") + '</div>'
            '<div class="td-author-name-box"><div class="author-box-wrap"><a href="/author/pti/">'
            '<img class="avatar" src="/pti.png" alt="Press Trust of India"></a><div class="desc">'
            '<div class="td-author-name vcard author"><span class="fn"><a href="/author/pti/">Press '
            'Trust of India</a></span></div><div class="td-author-description">' + _PTI_BIO + '</div>'
            '</div></div></div></footer>'
            '<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title">Related '
            'Posts</h4><div class="td-related-row"><a href="/india/a/">Winter session: Rajya Sabha '
            'adjourned</a><a href="/india/b/">Opposition walks out over Adani row</a></div>'
            '<div class="td-next-prev-wrap"><a href="#" class="td-ajax-next-page">Load more...</a></div>'
            '</div></article></div>' + _footer(["© 2024 India Update. All rights reserved."]))
    return Page("wp-seed-pti", url, _doc("en", title + " - India Update", head, body),
                {**_truth(title, _text(paras), ["Press Trust of India"], pub, mod, "PTI", "New Delhi"),
                 "subtitle": lead})


def wp_seed_ani_bio_no_meta() -> Page:
    # The seed's layout under a GeneratePress-like theme with only the printed page to go by:
    # ANI copy with its dateline, "This post was last modified on …", "Share", ANI's author
    # box with its bio, related posts and "Load more...".
    url = "https://www.bharatexpress.example.in/sports/india-clinch-series-against-england-in-pune/"
    title = "India clinch T20I series against England with 15-run win in Pune"
    lead = "Harshit Rana took three wickets as a concussion substitute."
    paras = ["Pune (Maharashtra) [India], January 31 (ANI): India clinched the five-match T20I "
             "series against England with a 15-run win in the fourth match at the Maharashtra "
             "Cricket Association Stadium on Friday.",
             "Hardik Pandya and Shivam Dube struck half-centuries to lift India to 181/9 after a "
             "top-order collapse.",
             "England were bowled out for 166 in 19.4 overs, with Ravi Bishnoi and Harshit Rana "
             "taking three wickets each."]
    pub = "2025-01-31T23:05:00+05:30"
    head = _og(title, "Bharat Express", lead)
    body = (_nav("Bharat Express", ["India", "World", "Sports", "Business", "Tech"], "site-header")
            + '<div class="site-content" id="content"><div class="content-area" id="primary">'
            '<main class="site-main" id="main"><article class="post type-post status-publish">'
            '<div class="inside-article"><header class="entry-header"><span class="cat-links">'
            '<a href="/category/sports/" rel="category tag">Sports</a></span>'
            '<h1 class="entry-title" itemprop="headline">' + title + '</h1>'
            '<p class="entry-excerpt">' + lead + '</p></header>'
            '<div class="entry-content" itemprop="text">' + _ps(paras) + '</div>'
            '<footer class="entry-meta"><p class="post-modified-info">This post was last modified on '
            'January 31, 2025 11:05 pm</p><div class="share-label">Share</div>' + _share("social-sharing")
            + '<div class="saboxplugin-wrap"><div class="saboxplugin-authorname"><a href="/author/ani/">'
            'Asian News International</a></div><div class="saboxplugin-desc"><p>' + _ANI_BIO + '</p></div>'
            '</div></footer></div></article>'
            '<div class="related-posts"><h3>Related Post</h3><a href="/sports/a/">Bumrah ruled out</a>'
            '<a href="/sports/b/">Ranji Trophy round-up</a></div>'
            '<div class="load-more-wrap"><a class="load-more" href="#">Load more...</a></div>'
            '</main></div></div>' + _footer(["© 2025 Bharat Express"]))
    return Page("wp-seed-ani", url, _doc("en", title + " - Bharat Express", head, body),
                {**_truth(title, _text(paras), ["Asian News International"], None, pub, "ANI", "Pune"),
                 "subtitle": lead})


BUILDERS: tuple[Callable[[], Page], ...] = (
    jnews_ians, soledad_pti, newspaper_ani, jannah_ians_slash, blocksy_uni, drupal_pti_inputs,
    middaysyndicated_ani, php_portal_ians, dhaka_unb, pakistan_app, fmt_bernama,
    nst_bernama_closing, jakarta_antara, sunstar_pna, vietnam_vna, peninsula_qna, arabtimes_kuna,
    saudigazette_spa, emirates_wam, vanguard_nan, ghanaweb_gna, senegal_apa, kenya_xinhua,
    chinadaily_xinhua, shanghai_xinhua_editor, korea_yonhap_closing, korea_yonhap_writer_email,
    lefigaro_afp, zeit_dpa_newsfeed, spiegel_sigle, rtbf_belga, publico_lusa, spanish_reuters,
    italian_ansa, us_fox_ap_contributed, us_staff_and_ap_byline, us_based_on_wire_reports,
    wp_seed_pti_bio, wp_seed_ani_bio_no_meta,
)


def pages() -> Iterator[Page]:
    for build in BUILDERS:
        yield build()
