# ruff: noqa: E501
"""A fifth set of look-alike "article" pages of the open web around 2019, in the style of Zyte's
article-extraction-benchmark, from site families and page shapes that neither `tests.web_pages`,
`tests.web_pages2`, `tests.web_pages3`, `tests.web_pages4`, the dev corpus nor the generic
fixtures hold: US and UK regional chains of 2019 (Gannett's `gnt_` template, McClatchy with the
next story scrolled in below, GateHouse, Reach plc, Newsquest with its comments, The
Independent), tech and science blogs (a TNW-style post, a space blog with a gallery and long
captions, a hacker blog with a long comment thread), celebrity news with an Instagram embed and a
gallery, SB Nation, Seeking Alpha and The Motley Fool, a WebMD story split over sibling page
containers, a travel listicle, a Wix community blog, a Catholic news agency, a think tank's
commentary with footnotes and author bios, The Times of India, The Express Tribune, Punch, Tuko,
News24, Rappler's Q&A explainer, and Spanish, Portuguese, French, German, Italian, Dutch, Hindi,
Vietnamese, Arabic and simplified Chinese papers.

The head of each page is printed by `tests.web_pages3._head`, and the expected bodies follow the
conventions of `tests.web_pages` (read its docstring; they come from the dev corpus's zyte-aeb
annotations) and `tests.web_pages4`: an inline box of related links, a "Read more"/"READ
ALSO"/"Lire aussi" line, a gallery's captions and counter, an Instagram embed's chrome, the
"Read more" button of a truncated story, an author bio, a comment thread and the next story
scrolled in below are not body; an embedded tweet's text, a listicle's headings, a Q&A's
questions, a data table, a disclosure, "Follow … on Twitter" and the text hidden behind a
"Read more" button are.

`pages()` yields `Page(family, url, html, body)`; `python -m tests.web_measure --set 5` prints
figures.
"""

from __future__ import annotations

from collections.abc import Iterator

from tests.web_pages import B, Page, _foot, _h, _nav, _p, _strip, _ul, _x
from tests.web_pages2 import _br, _hrefs, _q, _table
from tests.web_pages3 import _doc

PAGES: list[tuple[str, str, dict]] = []


def page(family: str, url: str, /, **kw: object) -> None:
    PAGES.append((family, url, kw))


def pages() -> Iterator[Page]:
    for family, url, kw in PAGES:
        html, body = _doc(url=url, **kw)  # type: ignore[arg-type]
        yield Page(family, url, _hrefs(html), body)


def _tweet(text: str, who: str, handle: str, date: str) -> B:
    """An embedded tweet as the page holds it before Twitter's script runs: body text."""
    return (f'<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">{text}</p>&mdash; {who} (@{handle}) <a href="https://twitter.com/{handle}/status/1196">{date}</a></blockquote>'
            '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
            _strip(text) + f"\n— {who} (@{handle}) {date}")


def _insta(user: str, name: str, when: str) -> B:
    """An Instagram embed before its script runs: the "View this post" link and the "A post shared
    by" line, neither body."""
    return _x(f'<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/B5AbCdEf/" data-instgrm-version="12" style="background:#FFF;border:0;"><div style="padding:16px;">'
              f'<a href="https://www.instagram.com/p/B5AbCdEf/" target="_blank"><div style="padding:19% 0;"></div><div style="padding-top:8px;"><div style="color:#3897f0;font-weight:600;">View this post on Instagram</div></div></a>'
              f'<p style="margin:8px 0 0 0;"><a href="https://www.instagram.com/p/B5AbCdEf/" target="_blank">A post shared by {name} (@{user})</a> on <time style="font-size:14px;" datetime="2019-11-18T18:02:11+00:00">{when}</time></p></div></blockquote>'
              '<script async src="//www.instagram.com/embed.js"></script>')


# ---------------------------------------------------------------------------------------------
# US and UK regional chains, 2019

page("gannett-gnt", "https://www.indystar.com/story/news/local/indianapolis/2019/11/19/indianapolis-red-line-ridership-first-year/4238612002/",
     lang="en", title="IndyGo's Red Line carried 1.2 million riders in its first year. Is that enough?", head="ld",
     site="The Indianapolis Star", pub="2019-11-19T10:01:12Z", author="Vic Ryckaert",
     chrome_top='<header class="gnt_n"><a class="gnt_n_logo" href="/">IndyStar</a><nav class="gnt_n_mn"><a class="gnt_n_mn_l">News</a><a class="gnt_n_mn_l">Sports</a><a class="gnt_n_mn_l">Colts</a><a class="gnt_n_mn_l">Entertainment</a><a class="gnt_n_mn_l">Opinion</a><a class="gnt_n_mn_l">Obituaries</a><a class="gnt_n_mn_l">E-Edition</a></nav><a class="gnt_n_us_a">Subscribe</a><a class="gnt_n_us_a">Sign In</a></header>\n',
     before='<main class="gnt_cw"><article class="gnt_pr"><h1 class="gnt_ar_hl" elementtiming="ar-headline">IndyGo\'s Red Line carried 1.2 million riders in its first year. Is that enough?</h1>'
            '<div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__fi" href="/staff/2646826001/vic-ryckaert/">Vic Ryckaert</a><div class="gnt_ar_by_pu">Indianapolis Star</div></div>'
            '<div class="gnt_ar_dt" aria-label="Published 6:01 a.m. ET Nov. 19, 2019">Published 6:01 a.m. ET Nov. 19, 2019</div>'
            '<div class="gnt_ss"><button class="gnt_ss_fb">Facebook</button><button class="gnt_ss_tw">Twitter</button><button class="gnt_ss_em">Email</button></div>'
            '<figure class="gnt_em gnt_em_img"><img src="/red-line.jpg"><figcaption class="gnt_em_img_ccw">A Red Line bus pulls into the Fountain Square station. <span class="gnt_em_img_ccw_cr">Kelly Wilkinson/IndyStar</span></figcaption></figure>'
            '<div class="gnt_ar_b">',
     blocks=[
         _p("IndyGo's Red Line carried 1.2 million riders in its first year, falling short of the agency's projections but giving it the busiest route in the city, according to ridership figures released Monday.", "gnt_ar_b_p"),
         _p("The all-electric bus rapid transit line, which runs 13 miles from Broad Ripple to the University of Indianapolis, was free for its first three months.", "gnt_ar_b_p"),
         _x('<aside class="gnt_em gnt_em__el"><div class="gnt_em_t">Related:</div><ul class="gnt_em_el_ul"><li><a class="gnt_em_el_a">IndyGo fixes Red Line charging problems</a></li><li><a class="gnt_em_el_a">What the Purple Line will look like on 38th Street</a></li></ul></aside>'),
         _p("\"We knew there would be a learning curve,\" IndyGo CEO Inez Evans said. \"Riders are finding it, and they are coming back.\"", "gnt_ar_b_p"),
         _h("Battery problems early on", "h2"),
         _p("The line's first months were marked by complaints about buses that ran out of charge and had to be taken out of service. The manufacturer, BYD, replaced batteries on several buses this summer.", "gnt_ar_b_p"),
         _x('<aside class="gnt_em gnt_em_fo gnt_em__ad"><div class="gnt_em_fo_t">Advertisement</div><div id="ad-in-article-1"></div></aside>'),
         _p("IndyGo had projected about 1.6 million riders in the first year.", "gnt_ar_b_p"),
         _p("<em>Contact IndyStar reporter Vic Ryckaert at 317-444-2701 or vic.ryckaert@indystar.com. Follow him on Twitter: @vicryc.</em>", "gnt_ar_b_p"),
     ],
     after='</div><div class="gnt_ar_tb"><a class="gnt_ar_tb_a">Read or Share this story: https://www.indystar.com/story/news/local/indianapolis/2019/11/19/</a></div></article>'
           '<aside class="gnt_rr"><h3 class="gnt_rr_t">More Stories</h3><ul><li><a>Colts injury report: Mack out again</a></li><li><a>Carmel roundabout crash sends two to hospital</a></li></ul></aside></main>',
     chrome_bottom=_foot("© 2019 www.indystar.com. All rights reserved.", ("Help", "Terms of Service", "Your California Privacy Rights", "Privacy Policy", "Site Map", "Accessibility")))

page("mcclatchy-next", "https://www.sacbee.com/news/local/transportation/article237523456.html",
     lang="en", title="Sacramento's new downtown bike lanes spark complaints from drivers, delivery firms", head="ld",
     site="The Sacramento Bee", pub="2019-11-18T17:25:00-08:00", author="Tony Bizjak",
     chrome_top=_nav("The Sacramento Bee", ["Local", "Sports", "Politics", "Opinion", "Business", "Entertainment", "Subscribe"]),
     before='<div class="story-body"><article class="story-body" data-story-id="237523456"><div class="header"><h1 class="h1">Sacramento\'s new downtown bike lanes spark complaints from drivers, delivery firms</h1>'
            '<div class="byline"><a class="ng_byline_name">By Tony Bizjak</a></div><div class="time"><time class="update-date" datetime="2019-11-18T17:25:00-08:00">November 18, 2019 05:25 PM</time></div></div>'
            '<div class="share-tools"><a>Facebook</a><a>Twitter</a><a>Email</a></div>'
            '<div class="story-body-text" id="story-body">',
     blocks=[
         _p("Sacramento's newest protected bike lanes on 9th and 10th streets have drawn a wave of complaints from drivers and delivery companies, who say the city gave them nowhere to stop."),
         _p("The lanes, separated from traffic by a row of parked cars and plastic posts, opened in October as part of the city's Grid 3.0 plan to make downtown safer for cyclists."),
         _x('<div class="zone-el ad-container"><div class="ad-label">Advertisement</div></div>'),
         _p("\"I double-park or I circle the block for 20 minutes,\" said Rafael Cruz, who delivers for a food distributor. \"There is no third option.\""),
         _p("City traffic engineer Ryan Moore said the city is adding loading zones on side streets and will review the design in the spring."),
         _x('<div class="related-stories-inline"><h3>RELATED STORIES FROM SACRAMENTO BEE</h3><ul><li><a>Sacramento wants to be a bike city. Here is what is in the way</a></li></ul></div>'),
         _p("Cycling advocates say the lanes are working. Counts by the Sacramento Area Bicycle Advocates show bike trips on 10th Street nearly doubled in the first month."),
     ],
     after='</div><div class="bio-box"><div class="bio-name">Tony Bizjak</div><p>Tony Bizjak has been at The Bee for 30 years, covering transportation, housing, development and other topics.</p></div></article></div>'
           '<div class="paywall-prompt"><p>Support local journalism: subscribe for $1 for 6 months.</p></div>'
           '<div class="next-story" data-infinite-scroll="true"><div class="next-story-label">READ NEXT</div><article class="story-body"><h2 class="h1">Sacramento County sheriff to add 30 deputies to patrol after budget vote</h2><div class="byline">By Theresa Clift</div>'
           '<div class="story-body-text"><p>The Sacramento County Board of Supervisors voted Tuesday to add 30 patrol deputies, the first increase in patrol staffing in five years.</p><p>Sheriff Scott Jones had asked for 50 deputies, saying response times in unincorporated areas had grown to more than 20 minutes.</p><p>Supervisor Phil Serna voted against the increase, saying the county should spend more on mental health responders.</p></div></article></div>',
     chrome_bottom=_foot("Copyright 2019 The Sacramento Bee. All Rights Reserved.", ("About", "Contact Us", "Newsletters", "Archives", "Terms of Service", "Privacy Policy")))

page("gatehouse", "https://www.providencejournal.com/news/20191118/ri-lawmakers-eye-plastic-bag-ban-again",
     lang="en", title="R.I. lawmakers eye plastic bag ban again", head="og",
     site="The Providence Journal", pub="", author="Patrick Anderson",
     chrome_top='<div id="header"><div class="header-logo"><a href="/">providencejournal.com</a></div><ul class="nav-sections"><li><a>News</a></li><li><a>Sports</a></li><li><a>Business</a></li><li><a>Opinion</a></li><li><a>Lifestyle</a></li><li><a>Obituaries</a></li></ul><a class="subscribe">Subscribe</a></div>\n',
     before='<div id="main-content"><div class="article-wrapper"><div class="article-header"><h1 class="headline">R.I. lawmakers eye plastic bag ban again</h1>'
            '<div class="byline">By Patrick Anderson<br>Journal Staff Writer</div><div class="article-meta"><span class="article-meta-date">Posted Nov 18, 2019 at 6:01 PM</span><span class="article-meta-updated">Updated Nov 18, 2019 at 8:12 PM</span></div></div>'
            '<div class="article-gallery"><a class="gallery-link">Photo Gallery (12)</a></div>'
            '<div id="article-body" class="article-body" itemprop="articleBody">',
     blocks=[
         _p("PROVIDENCE — A statewide ban on plastic shopping bags, which passed the Senate but stalled in the House last session, is back with support from House leadership."),
         _p("Rep. Carol McEntee, D-South Kingstown, said she will reintroduce the bill in January with new language that allows stores to charge 10 cents for paper bags."),
         _p("\"Seventeen communities have already done this on their own,\" McEntee said. \"It is time we had one rule for the whole state.\""),
         _x('<p><strong>READ MORE:</strong> <a>Barrington was first to ban bags. Here is what happened next</a></p>'),
         _p("The Rhode Island Food Dealers Association, which opposed the ban last year, said it could support a bill that pre-empts local rules."),
         _p("<em>— panderson@providencejournal.com</em>"),
         _p("<em>(401) 277-7446</em>"),
         _p("<em>On Twitter: @PAndersonPJ</em>"),
     ],
     after='</div><div class="article-footer"><div class="article-tools"><a>Print</a><a>Email</a></div></div></div>'
           '<div class="comments-wrapper"><h3>Comments</h3><p>Commenting is not available in this channel entry.</p></div></div>',
     chrome_bottom=_foot("Copyright 2019 The Providence Journal, a GateHouse Media company. Some rights reserved.", ("Contact Us", "Subscribe", "Privacy Policy", "Terms of Service", "Your California Privacy Rights")))

page("reach-plc", "https://www.manchestereveningnews.co.uk/news/greater-manchester-news/metrolink-trafford-park-line-passenger-numbers-17276321",
     lang="en-GB", title="Trafford Park Metrolink line passenger numbers revealed after first year", head="ld",
     site="Manchester Evening News", pub="2019-11-19T05:00:00Z", author="Charlotte Cox",
     chrome_top='<header class="mod-header"><a class="logo" href="/">Manchester Evening News</a><nav class="primary"><ul><li><a>News</a></li><li><a>Sport</a></li><li><a>What\'s On</a></li><li><a>Property</a></li><li><a>Weather</a></li><li><a>Jobs</a></li></ul></nav></header>\n',
     before='<main><article class="article-main" itemscope itemtype="http://schema.org/NewsArticle"><div class="article-header"><div class="headline-container"><h1 class="section-theme-background-indicator publication-theme-highlight">Trafford Park Metrolink line passenger numbers revealed after first year</h1></div>'
            '<p class="sub-title">The £350m line opened in March 2020</p>'
            '<div class="article-information"><div class="author"><span class="publication-theme">By</span> <a class="author-link">Charlotte Cox</a><span class="job-title">Transport Reporter</span></div><ul class="time-info"><li><span class="date-published">05:00, 19 NOV 2019</span></li></ul></div>'
            '<div class="social-bar"><a>Share</a><a>Comments</a><a>News</a></div></div>'
            '<div class="article-body" itemprop="articleBody">',
     blocks=[
         _p("More than 4.8 million journeys were made on Metrolink's Trafford Park line in its first year, transport bosses have revealed."),
         _p("The 3.4-mile line runs from Pomona to the Trafford Centre, stopping at Event City, the Trafford Park industrial estate and Barton Dock Road."),
         _x('<div class="video-container"><div class="vjs-loading">Video Loading</div><div class="vjs-unavailable">Video Unavailable</div><div class="vjs-ctrl">Click to play</div><div class="vjs-ctrl">Tap to play</div><p>The video will start in 8 <a>Cancel</a></p><p>Play now</p></div>'),
         _p("Transport for Greater Manchester said passenger numbers had beaten forecasts by around 10 per cent."),
         _x('<aside class="read-more-links"><h3>Read More</h3><div class="rm-body"><ul><li><a>Metrolink fares to rise in January - here\'s how much you\'ll pay</a></li><li><a>The tram stops with the most fare dodgers</a></li></ul></div></aside>'),
         _p("\"The line has been a real success,\" said Councillor Andrew Western, leader of Trafford Council. \"It has connected thousands of people to jobs and leisure.\""),
         _x('<div class="mod-image"><figure><img src="/tram.jpg"><figcaption><span class="caption">A tram at the Trafford Centre stop</span> <span class="credit">(Image: Manchester Evening News)</span></figcaption></figure></div>'),
         _p("The busiest stop on the line is the Trafford Centre, used by about 1,800 people a day."),
         _x('<aside class="read-more-links"><h3>Read More</h3><div class="rm-body"><ul><li><a>Top Stories from Manchester Evening News</a></li><li><a>Crash closes M60 anticlockwise</a></li><li><a>Man arrested after stabbing in Wythenshawe</a></li></ul></div></aside>'),
     ],
     after='</div><div class="tag-list"><span>Read More</span><a>Metrolink</a><a>Trafford Centre</a></div></article>'
           '<section class="comments"><h2>Comments</h2><p>Show comments</p></section></main>',
     chrome_bottom=_foot("© 2019 a Reach plc subsidiary", ("Contact us", "How to complain", "Corrections & Clarifications", "Privacy Notice", "Cookie Notice", "Terms & Conditions")))

page("newsquest", "https://www.thenorthernecho.co.uk/news/18047123.darlington-railway-station-masterplan-unveiled/",
     lang="en-GB", title="Darlington railway station masterplan unveiled", head="og",
     site="The Northern Echo", pub="", author="Joe Willis",
     chrome_top=_nav("The Northern Echo", ["News", "Sport", "Business", "Opinion", "Leisure", "Announcements"]),
     before='<div id="mainContent"><article class="article"><div class="article-header"><h1 class="mar-article__headline">Darlington railway station masterplan unveiled</h1>'
            '<div class="mar-article__byline"><span class="author-name">By Joe Willis</span><span class="article-first-published">First published 18 November 2019 </span></div>'
            '<div class="share-strip"><a>Share</a><a>Comments</a></div></div>'
            '<div id="subscription-content" class="article-body">',
     blocks=[
         _p("<strong>PLANS for a £100m revamp of Darlington railway station have been unveiled, including a new entrance on the eastern side of the tracks.</strong>"),
         _p("The masterplan, drawn up by Tees Valley Combined Authority, would add two new platforms and a multi-storey car park with 800 spaces."),
         _p("Tees Valley mayor Ben Houchen said the work was needed to get the station ready for HS2 trains, which are due to stop in Darlington from the 2030s."),
         _x('<p class="mar-promo"><strong>READ MORE:</strong> <a>Bishop Auckland train line to get hourly service</a></p>'),
         _p("\"This is the gateway to the Tees Valley and it needs to look like one,\" he said."),
         _p("A public consultation on the plans runs until December 20."),
     ],
     after='</div><div class="report-this"><a>Report this article</a></div><div class="article-tags"><a>Darlington</a></div></article>'
           '<div id="comments" class="comments-area"><h3 class="comments-title">Comments (3)</h3><div class="comment"><div class="comment-author">Pudding_Lane</div><div class="comment-date">5:42pm Mon 18 Nov 19</div><p class="comment-body">About time. The current entrance is a disgrace and the car park is always full by half eight in the morning, which makes it useless for anyone commuting to Newcastle or York.</p></div>'
           '<div class="comment"><div class="comment-author">quaker1</div><div class="comment-date">6:10pm Mon 18 Nov 19</div><p class="comment-body">We have heard all this before. Plans were drawn up in 2008 and nothing happened. Believe it when I see it.</p></div>'
           '<div class="comment-rules"><p>Comments are closed on this article.</p></div></div></div>',
     chrome_bottom=_foot("This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice. © Copyright 2001-2019. Newsquest Media Group Ltd.", ("Contact us", "Advertise", "Announcements", "Jobs", "Terms", "Privacy")))

page("independent", "https://www.independent.co.uk/news/uk/home-news/london-ulez-expansion-north-south-circular-air-pollution-a9209876.html",
     lang="en-GB", title="Ulez expansion to North and South Circular will go ahead in 2021, says Sadiq Khan", head="ld",
     site="The Independent", pub="2019-11-19T13:12:00Z", author="Colin Drury",
     chrome_top=_nav("The Independent", ["News", "Sport", "Voices", "Culture", "Lifestyle", "Travel", "Premium"]),
     before='<main><article class="full-article"><header class="headline-container"><h1 class="headline">Ulez expansion to North and South Circular will go ahead in 2021, says Sadiq Khan</h1>'
            '<h2 class="sub-headline">Mayor says zone will cover 3.8 million people</h2>'
            '<div class="meta"><ul class="author"><li><a>Colin Drury</a></li></ul><span class="publish-date"><amp-timeago>Tuesday 19 November 2019 13:12</amp-timeago></span><a class="comments-count">comments</a></div></header>'
            '<div class="body-content">',
     blocks=[
         _p("London's ultra low emission zone will expand to the North and South Circular roads in October 2021, Sadiq Khan has confirmed."),
         _p("The mayor said the bigger zone would cover around 3.8 million people and cut nitrogen dioxide levels by a further 30 per cent."),
         _x('<div class="inline-readmore"><ul><li><a><strong>Read more</strong></a></li><li><a>London pollution drops a third after Ulez</a></li><li><a>Diesel drivers face new charges in Birmingham</a></li></ul></div>'),
         _p("Drivers of older petrol and diesel cars will have to pay £12.50 a day to enter the zone."),
         _p("\"Air pollution is a public health crisis,\" Mr Khan said."),
         _x('<div class="video-player"><p>Please enable Javascript to watch this video</p></div>'),
         _p("The Federation of Small Businesses said many tradespeople could not afford to replace their vans in time."),
     ],
     after='</div><div class="article-share"><a>Share</a></div><div class="article-more"><h3>More about</h3><a>ULEZ</a><a>Sadiq Khan</a><a>Air pollution</a></div>'
           '<div class="comment-area"><p>Comments</p><p>Join the conversation</p></div></article></main>',
     chrome_bottom=_foot("© independent.co.uk", ("Contact us", "Jobs", "Advertising guide", "Syndication", "Code of conduct and complaints")))


# ---------------------------------------------------------------------------------------------
# Tech and science blogs

page("tnw", "https://thenextweb.com/hardware/2019/11/18/this-tiny-e-ink-phone-wants-to-save-you-from-your-smartphone/",
     lang="en", title="This tiny e-ink phone wants to save you from your smartphone", head="yoast",
     site="The Next Web", pub="2019-11-18T14:22:11+00:00", author="Ivan Mehta",
     chrome_top=_nav("TNW", ["Latest", "Tech", "Startups", "Growth Quarters", "Podcast", "Events"]),
     before='<main><article class="post"><header class="post-header"><h1 class="post-title">This tiny e-ink phone wants to save you from your smartphone</h1>'
            '<div class="post-meta"><a class="post-author">Ivan Mehta</a><time class="post-date">November 18, 2019 — 14:22 UTC</time></div>'
            '<div class="sharebar"><a>Facebook</a><a>Twitter</a><a>LinkedIn</a></div></header>'
            '<div class="post-body fb-quotable u-m-2" id="article-main-content">',
     blocks=[
         _p("If you have ever wanted a phone that does less, a startup called Mudita thinks it has the answer: a palm-sized handset with an e-ink screen that only calls, texts and plays music."),
         _p("The Mudita Pure runs its own operating system, has no web browser and no app store. The company says its radiation levels are among the lowest of any phone."),
         _x('<div class="channel-cta"><p>Get your Hard Fork on</p><p>Subscribe to our newsletter on everything hardware.</p></div>'),
         _p("It will cost $349 when it ships next spring; backers on Kickstarter can get it for $289."),
         _p("I have not tried it yet, but the idea is appealing. Most of us do not need a supercomputer in our pocket every hour of the day."),
         _x('<p class="read-next"><strong>Read next:</strong> <a>Google Stadia review: Potential, but not much else</a></p>'),
     ],
     after='</div><div class="post-tags"><a>Phones</a><a>e-ink</a></div><div class="post-author-bio"><p>Ivan Mehta is TNW\'s Indian correspondent. Follow him on Twitter.</p></div></article>'
           '<section class="popular"><h3>Popular articles</h3><ul><li><a>Apple\'s new MacBook Pro</a></li></ul></section></main>',
     chrome_bottom=_foot("Copyright © 2006—2019. All rights reserved. Made with <3 in Amsterdam.", ("About TNW", "Jobs", "Privacy", "Cookie statement")))

page("space-blog", "https://www.universetoday.com/143987/hubble-sees-a-galaxy-being-torn-apart/",
     lang="en-US", title="Hubble Sees a Galaxy Being Torn Apart as it Falls Into a Cluster", head="yoast",
     site="Universe Today", pub="2019-11-18T16:40:33+00:00", author="Matt Williams",
     chrome_top=_nav("Universe Today", ["Space News", "Guide to Space", "Astronomy Cast", "Videos", "Support Us"]),
     before='<div id="content"><article class="post type-post"><h1 class="entry-title">Hubble Sees a Galaxy Being Torn Apart as it Falls Into a Cluster</h1>'
            '<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published">November 18, 2019</time></span> by <span class="author vcard"><a class="url fn n">Matt Williams</a></span></div>'
            '<div class="entry-content">',
     blocks=[
         _p("Galaxies are not static things. Over billions of years they merge, collide and, when they fall into a dense cluster, get stripped of the gas they need to make new stars."),
         _x('<figure id="attachment_143988" class="wp-caption aligncenter"><img src="/d100.jpg"><figcaption class="wp-caption-text">Hubble image of the galaxy D100, showing a long tail of gas being stripped away as the galaxy moves through the Coma Cluster. The tail is about 200,000 light-years long and glows in the light of ionized hydrogen, which appears red in this image. Credit: NASA/ESA/M. Sun (University of Alabama)/W. Cramer (Yale)</figcaption></figure>'),
         _p("That process, known as ram pressure stripping, is on full display in a new image from the Hubble Space Telescope of a galaxy called D100, which lies about 330 million light-years away in the Coma Cluster."),
         _p("As D100 moves through the cluster, the hot gas between the galaxies acts like a headwind, pushing the galaxy's own gas out of it in a long, thin tail."),
         _x('<div id="gallery-1" class="gallery galleryid-143987 gallery-columns-3 gallery-size-thumbnail"><figure class="gallery-item"><div class="gallery-icon landscape"><img src="/g1.jpg"></div><figcaption class="wp-caption-text gallery-caption">The Coma Cluster seen by the Sloan Digital Sky Survey. Credit: SDSS</figcaption></figure>'
            '<figure class="gallery-item"><div class="gallery-icon landscape"><img src="/g2.jpg"></div><figcaption class="wp-caption-text gallery-caption">D100 in visible light, with the tail barely seen. Credit: NASA/ESA</figcaption></figure>'
            '<figure class="gallery-item"><div class="gallery-icon landscape"><img src="/g3.jpg"></div><figcaption class="wp-caption-text gallery-caption">A simulation of ram pressure stripping in a cluster galaxy. Credit: Roediger et al.</figcaption></figure></div>'),
         _p("\"The tail is remarkably narrow and straight,\" said William Cramer of Yale University, the lead author of the study published in The Astrophysical Journal. \"That tells us a lot about how the process works.\""),
         _p("The team found that the stripping started about 280 million years ago and has already removed most of the gas from the galaxy's outer regions."),
         _p("<em>Further Reading: <a>NASA</a>, <a>The Astrophysical Journal</a></em>"),
     ],
     after='</div><footer class="entry-footer"><span class="tags-links">Tagged <a>Coma Cluster</a>, <a>Hubble</a></span></footer>'
           '<div class="author-info"><h2 class="author-title">Matt Williams</h2><p class="author-bio">Matt Williams is a space journalist and science communicator for Universe Today and Interesting Engineering. He is also a science fiction author.</p></div></article>'
           '<div id="comments" class="comments-area"><h2 class="comments-title">2 Replies to “Hubble Sees a Galaxy Being Torn Apart”</h2></div></div>',
     chrome_bottom=_foot("Universe Today © 2019", ("About", "Contact", "Privacy Policy", "Support")))

page("hacker-blog", "https://hackaday.com/2019/11/18/a-tiny-weather-station-that-runs-for-years-on-a-coin-cell/",
     lang="en-US", title="A Tiny Weather Station That Runs For Years On A Coin Cell", head="yoast",
     site="Hackaday", pub="2019-11-18T21:00:00+00:00", author="Tom Nardi",
     chrome_top=_nav("Hackaday", ["Home", "Blog", "Hackaday.io", "Tindie", "Hackaday Prize", "Submit", "About"]),
     before='<div id="primary" class="content-area"><main id="main" class="site-main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">A Tiny Weather Station That Runs For Years On A Coin Cell</h1>'
            '<div class="entry-meta"><span class="byline"><span class="author vcard"><a class="url fn n">Tom Nardi</a></span></span> <span class="posted-on"><time class="entry-date published">November 18, 2019</time></span> <span class="comments-link"><a>18 Comments</a></span></div></header>'
            '<div class="entry-content">',
     blocks=[
         _p("Weather stations are a classic first project, but most of them need to be plugged in or fitted with a solar panel. <a>[Koen]</a> wanted one he could stick on a fence post and forget about, so he built a sensor node that should run for about four years on a single CR2032 cell."),
         _p("The secret is doing as little as possible. An ATtiny85 wakes up every ten minutes, reads a BME280 sensor, sends the data over a cheap 433 MHz transmitter and goes straight back to sleep."),
         _p("In sleep mode the whole board draws less than a microamp, and the radio is only on for about 40 milliseconds per reading."),
         _x('<p><iframe class="youtube-player" width="800" height="450" src="https://www.youtube.com/embed/abc123"></iframe></p>'),
         _p("If you want to go further down this road, we have covered <a>a sensor that harvests energy from a thermal gradient</a> and a node that runs on nothing but the light in an office."),
     ],
     after='</div><footer class="entry-footer"><span class="cat-links">Posted in <a>Microcontrollers</a></span><span class="tags-links">Tagged <a>ATtiny85</a>, <a>low power</a>, <a>weather station</a></span></footer></article>'
           '<div class="share-dialog-content"><a>Share</a></div>'
           '<div id="comments" class="comments-area"><h2 class="comments-title">18 thoughts on “A Tiny Weather Station That Runs For Years On A Coin Cell”</h2><ol class="comment-list">'
           '<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Greg A</b> <span class="says">says:</span></div><div class="comment-metadata"><a><time>November 18, 2019 at 9:14 pm</time></a></div></footer>'
           '<div class="comment-content"><p>Nice build. I did something similar with an nRF24L01 and found the real limit was the self-discharge of the cell in the cold. Below about minus ten the voltage sags enough that the transmitter resets halfway through a packet, so you lose readings exactly when they are most interesting.</p><p>A small capacitor across the supply fixed most of it for me.</p></div></article></li>'
           '<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Ostracus</b> <span class="says">says:</span></div><div class="comment-metadata"><a><time>November 18, 2019 at 10:02 pm</time></a></div></footer>'
           '<div class="comment-content"><p>How does the BME280 hold up outside? Mine started reading 100 percent humidity permanently after one wet winter. The datasheet says nothing about condensation, but in my experience it is the first thing that kills these sensors when they are mounted in a simple enclosure.</p></div></article></li>'
           '<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Koen</b> <span class="says">says:</span></div><div class="comment-metadata"><a><time>November 19, 2019 at 3:30 am</time></a></div></footer>'
           '<div class="comment-content"><p>Author here. I use a Stevenson screen printed in ASA and a bit of PTFE membrane over the sensor. Two winters in and the readings still match the airport station within half a degree and a few percent of humidity.</p></div></article></li></ol>'
           '<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3><p>Your email address will not be published.</p></div></div></main></div>',
     chrome_bottom=_foot("Powered by WordPress VIP", ("Never miss a hack", "Subscribe", "If you missed it", "Our Columns", "Search")))


# ---------------------------------------------------------------------------------------------
# Entertainment and sports

page("tmz", "https://www.tmz.com/2019/11/18/singer-surprises-fans-pop-up-show-subway-station/",
     lang="en", title="Singer Surprises Fans With Pop-Up Show in Subway Station", head="ld",
     site="TMZ", pub="2019-11-18T12:30:00-08:00", author="TMZ Staff",
     chrome_top=_nav("TMZ", ["News", "Videos", "Photos", "Sports", "Hip Hop", "TMZ Live", "Newsletter"]),
     before='<main><article class="article"><header class="article__header"><h1 class="article__header-title"><span class="article__header-title-line">SINGER SURPRISES FANS</span> <span class="article__header-title-line">WITH SUBWAY POP-UP SHOW</span></h1>'
            '<div class="article__published-at">11/18/2019 12:30 PM PT</div><div class="article__share"><a>Share</a><a>Tweet</a></div></header>'
            '<div class="article__blocks">',
     blocks=[
         _p("Commuters in New York got a free concert Monday morning ... when Maya Lane showed up at the Union Square station with a guitar and a tiny amp."),
         _p("The singer played four songs, including her new single, while a crowd of about 200 people packed the mezzanine. Cops eventually asked her to wrap it up because people were blocking the turnstiles."),
         _insta("mayalane", "Maya Lane", "Nov 18, 2019 at 10:02am PST"),
         _p("Maya posted a clip on Instagram afterward, saying she used to busk in the same station before she got signed."),
         _x('<div class="gallery-embed"><div class="gallery-embed__title">Maya Lane -- Through The Years</div><div class="gallery-embed__count">1 / 24</div><figure><img src="/g1.jpg"><figcaption>Maya Lane at the 2017 Billboard Music Awards</figcaption></figure><a class="gallery-embed__launch">Launch Gallery</a></div>'),
         _p("No word on whether she passed the hat ... but we are guessing she did not need to."),
     ],
     after='</div><div class="article__footer"><a class="article__tips">Got a tip? Send it to TMZ</a></div></article>'
           '<section class="related-articles"><h3>Related Articles</h3><ul><li><a>Maya Lane Cancels European Tour Dates</a></li></ul></section></main>',
     chrome_bottom=_foot("© 2019 EHM Productions, Inc. All Rights Reserved.", ("Contact", "Privacy Policy", "Terms of Use", "Careers")))

page("eonline", "https://www.eonline.com/news/1094512/reality-star-and-husband-expecting-first-child",
     lang="en-US", title="Reality Star and Husband Are Expecting Their First Child", head="ld",
     site="E! Online", pub="2019-11-18T15:45:00-08:00", author="Lauren Piester",
     chrome_top=_nav("E! News", ["News", "Shows", "Photos", "Videos", "Red Carpet", "Shop"]),
     before='<main><article class="article-detail"><h1 class="article-detail__title">Reality Star and Husband Are Expecting Their First Child</h1>'
            '<div class="article-detail__meta"><span class="article-detail__meta-author">By Lauren Piester</span><span class="article-detail__meta-date">Nov 18, 2019 3:45 PM</span><span class="article-detail__meta-tags">Tags: <a>Babies</a>, <a>Pregnancies</a></span></div>'
            '<div class="article-detail__main-content">',
     blocks=[
         _p("Baby on board!"),
         _p("Reality star Jenna Ruiz and her husband, Marcus Hale, are expecting their first child, the couple announced on Monday."),
         _tweet("We have some news... Baby Hale is coming in May! 👶💛", "Jenna Ruiz", "jennaruiz", "November 18, 2019"),
         _p("The pair, who met on the show's third season, married last June in a ceremony in Tulum, Mexico."),
         _x('<div class="article-detail__related"><h3>Related</h3><a>Celebrity Babies of 2019</a><span>Photos</span></div>'),
         _p("\"We have wanted this for so long,\" Ruiz told E! News. \"We are over the moon.\""),
         _p("Congratulations to the happy couple!"),
         _p("(E! and NBC are both part of the NBCUniversal family.)", "article-detail__watch"),
     ],
     after='</div><div class="article-detail__gallery-promo"><h3>Photos</h3><a>Celebrity Pregnancy Announcements</a><span>1 of 40</span></div></article>'
           '<section class="you-may-like"><h3>You May Also Like</h3><ul><li><a>Why the Royal Family Christmas Card Matters</a></li></ul></section></main>',
     chrome_bottom=_foot("© 2019 E! Entertainment Television, LLC A Division of NBCUniversal.", ("About", "Terms of Use", "Privacy Policy", "Ad Choices")))

page("sbnation", "https://www.bloggingtheboys.com/2019/11/18/20970123/cowboys-defense-rookie-trysten-hill-playing-time",
     lang="en", title="Cowboys rookie Trysten Hill is finally getting snaps. Here is what we have seen", head="ld",
     site="Blogging The Boys", pub="2019-11-18T09:00:00-05:00", author="RJ Ochoa",
     chrome_top='<header class="c-global-header"><a class="c-global-header__logo" href="/">Blogging The Boys</a><nav><ul><li><a>Cowboys News</a></li><li><a>Cowboys Draft</a></li><li><a>Fanposts</a></li><li><a>Community Guidelines</a></li></ul></nav><a class="c-global-header__login">Login</a><a class="c-global-header__login">Sign Up</a></header>\n',
     before='<main><article class="c-entry l-col__main"><div class="c-entry-hero"><h1 class="c-page-title">Cowboys rookie Trysten Hill is finally getting snaps. Here is what we have seen</h1>'
            '<h2 class="c-entry-summary p-dek">The second-round pick played 21 snaps against Detroit.</h2>'
            '<div class="c-byline"><span class="c-byline__item"><a>By RJ Ochoa</a>@rjochoa</span><span class="c-byline__item"><time class="c-byline__item">Nov 18, 2019, 9:00am EST</time></span></div>'
            '<div class="c-social-buttons"><a>Share</a><a>Tweet</a><a>Share</a></div></div>'
            '<div class="c-entry-content">',
     blocks=[
         _p("For most of the season, Trysten Hill has been a spectator. The Cowboys' second-round pick was inactive for five games and played a handful of snaps in the others."),
         _p("That changed on Sunday in Detroit. With Maliek Collins dealing with a knee issue, Hill played 21 snaps and made his presence felt."),
         _tweet("Trysten Hill with the tackle for loss. That is what you want to see from the rookie.", "Blogging The Boys", "BloggingTheBoys", "November 17, 2019"),
         _x('<aside class="c-related-list"><h2 class="c-related-list__head">Related</h2><ul><li><a>Cowboys vs. Lions: Five things we learned</a></li><li><a>Cowboys snap counts: Rookies step up</a></li></ul></aside>'),
         _p("Rod Marinelli's scheme asks a lot of its three-technique tackles, and Hill's quickness off the ball is the reason Dallas took him at No. 58."),
         _h("What comes next"),
         _p("The Cowboys face the Patriots next week, and New England's interior line is one of the better units in football. It will be a real test."),
         _x('<div class="c-poll"><p class="c-poll__title">Poll</p><p>Should Trysten Hill start over Maliek Collins?</p><ul><li>Yes</li><li>No</li></ul><p>1,204 votes total Vote Now</p></div>'),
     ],
     after='</div><div class="c-entry-stream"><div class="c-comments"><a>View all 146 comments</a></div></div></article>'
           '<section class="c-rock-list"><h2>More from Blogging The Boys</h2><ul><li><a>Cowboys injury update</a></li><li><a>Dak Prescott on pace for record</a></li></ul></section></main>',
     chrome_bottom=_foot("© 2019 Vox Media, Inc. All Rights Reserved", ("Terms of Use", "Privacy Notice", "Cookie Policy", "Communications Preferences", "Contact", "Send Us a Tip")))


# ---------------------------------------------------------------------------------------------
# Finance

page("seekingalpha", "https://seekingalpha.com/article/4306123-regional-railroad-cheap-dividend-safe",
     lang="en", title="Regional Railroad: Cheap, And The Dividend Looks Safe", head="og",
     site="Seeking Alpha", pub="", author="Dividend Harvester",
     chrome_top='<header id="sa-hd"><a class="logo" href="/">Seeking Alpha</a><div class="search"><input placeholder="Search symbols, analysts, keywords"></div><ul class="hd-nav"><li><a>Portfolio</a></li><li><a>Market News</a></li><li><a>Stock Ideas</a></li><li><a>Dividends</a></li><li><a>Marketplace</a></li></ul></header>\n',
     before='<div id="main_container"><div id="a-hd"><h1 itemprop="headline">Regional Railroad: Cheap, And The Dividend Looks Safe</h1>'
            '<div class="a-info"><time itemprop="datePublished" content="2019-11-18T08:31:22-05:00">Nov. 18, 2019 8:31 AM ET</time> | <span>About: <a>Genesee Valley Rail (GVR)</a></span></div>'
            '<div class="author-info"><a class="name-link">Dividend Harvester</a><span class="followers">4.12K Followers</span><a class="follow">Follow</a><p>Long only, dividend growth, retirement</p></div></div>'
            '<div id="a-body" class="a-body" itemprop="articleBody"><div class="a-sum">',
     blocks=[
         _h("Summary", "h3"),
         _ul(["Shares trade at 12 times earnings, below the industry average of 18.", "Free cash flow covered the dividend 2.4 times over the last twelve months.", "Coal volumes are falling, but chemicals and aggregates are growing."]),
         _x('</div>'),
         _p("Genesee Valley Rail (GVR) is a small railroad holding company that most investors have never heard of. I think that is a mistake, and in this article I explain why I have been adding shares."),
         _h("Valuation"),
         _table([["", "GVR", "Industry"], ["P/E (TTM)", "12.1", "18.4"], ["EV/EBITDA", "7.9", "12.6"], ["Dividend yield", "3.8%", "1.9%"]], "table table-bordered"),
         _p("On every measure I look at, GVR is cheaper than its larger peers. Some of that discount is deserved, given its exposure to coal, but not all of it."),
         _h("Risks"),
         _p("Coal made up 22 percent of carloads last year, down from 31 percent in 2015. If the decline speeds up, earnings will suffer."),
         _h("Conclusion"),
         _p("At today's price, investors get a 3.8 percent yield that is well covered, with room for growth as the chemicals business expands. I rate GVR a buy."),
         _p("<strong>Disclosure:</strong> I am/we are long GVR. I wrote this article myself, and it expresses my own opinions. I am not receiving compensation for it (other than from Seeking Alpha). I have no business relationship with any company whose stock is mentioned in this article."),
     ],
     after='</div><div id="a-ft"><div class="a-follow"><p>Follow Dividend Harvester and get email alerts</p></div>'
           '<div class="comments-header"><h3>Comments (37)</h3></div><div class="comment"><p class="c-author">ValueSeeker</p><p class="c-body">Thanks for the write-up. I would add that the debt maturities in 2021 deserve a closer look; the refinancing could be expensive if rates rise.</p></div></div></div>',
     chrome_bottom=_foot("© 2019 Seeking Alpha", ("Terms of Use", "Privacy", "Xignite quotes delay", "Do Not Sell My Personal Information")))

page("motleyfool", "https://www.fool.com/investing/2019/11/18/3-dividend-stocks-to-buy-and-hold-forever.aspx",
     lang="en", title="3 Dividend Stocks to Buy and Hold Forever", head="ld",
     site="The Motley Fool", pub="2019-11-18T07:42:00Z", author="Matthew DiLallo",
     chrome_top=_nav("The Motley Fool", ["Stocks", "Retirement", "Personal Finance", "Stock Advisor", "Rule Breakers", "Free Article List"]),
     before='<main><section class="usmf-new article-header"><h1>3 Dividend Stocks to Buy and Hold Forever</h1><h2>These companies have what it takes to keep growing their payouts for years.</h2>'
            '<div class="author-byline"><div class="author-name"><a>Matthew DiLallo</a></div><div class="author-username">(TMFMd99)</div><div class="publication-date">Nov 18, 2019 at 7:42AM</div></div></section>'
            '<section class="usmf-new article-body"><div class="full_article"><span class="article-content">',
     blocks=[
         _p("Finding a stock that can grow its dividend for decades is not easy. Companies need durable businesses, strong balance sheets and managers who put shareholders first."),
         _p('<a>Brookfield Infrastructure Partners</a> <span class="ticker" data-id="205921">(<a>NYSE:BIP</a>)</span>, <a>Enbridge</a> <span class="ticker">(<a>NYSE:ENB</a>)</span>, and <a>NextEra Energy</a> <span class="ticker">(<a>NYSE:NEE</a>)</span> check all three boxes.'),
         _h("1. Brookfield Infrastructure"),
         _p("Brookfield owns ports, pipelines, toll roads and data centers around the world. It aims to grow its payout by 5 to 9 percent a year, and it has met that target every year since 2009."),
         _x('<div class="image imgwrap"><img src="/chart.png"><p class="caption">BIP Dividend data by YCharts.</p></div>'),
         _h("2. Enbridge"),
         _p("Enbridge has raised its dividend for 24 straight years. Its pipelines move about a quarter of the crude oil produced in North America."),
         _h("3. NextEra Energy"),
         _p("NextEra is the world's largest producer of wind and solar power, and it expects to grow its dividend by about 10 percent a year through 2022."),
         _x('<div class="pitch"><h2>10 stocks we like better than Brookfield Infrastructure Partners</h2><p>When investing geniuses David and Tom Gardner have a stock tip, it can pay to listen. After all, the newsletter they have run for over a decade, Motley Fool Stock Advisor, has tripled the market.*</p><p><a>See the 10 stocks</a></p><p>*Stock Advisor returns as of November 14, 2019</p></div>'),
         _p("<em>Matthew DiLallo owns shares of Brookfield Infrastructure Partners and Enbridge. The Motley Fool owns shares of and recommends Brookfield Infrastructure Partners and NextEra Energy. The Motley Fool has a <a>disclosure policy</a>.</em>"),
     ],
     after='</span></div></section><section class="article-footer"><div class="related-tickers"><h3>Stocks</h3><a>BIP</a><a>ENB</a><a>NEE</a></div></section>'
           '<section class="related-articles"><h3>Related Articles</h3><ul><li><a>Why Enbridge Stock Fell Today</a></li></ul></section></main>',
     chrome_bottom=_foot("© 1995 - 2019 The Motley Fool. All rights reserved. Market data powered by Xignite.", ("About The Motley Fool", "Careers", "Terms of Use", "Privacy Policy", "Disclosure Policy")))


# ---------------------------------------------------------------------------------------------
# Health, travel, community, religion, think tanks

page("webmd", "https://www.webmd.com/cold-and-flu/news/20191118/flu-season-off-to-early-start",
     lang="en", title="Flu Season Off to Early Start in the South", head="og",
     site="WebMD", pub="", author="Dennis Thompson",
     chrome_top=_nav("WebMD", ["Health A-Z", "Drugs & Supplements", "Living Healthy", "Family & Pregnancy", "News & Experts"]),
     before='<div id="ContentPane30"><div class="article"><header><h1>Flu Season Off to Early Start in the South</h1>'
            '<div class="article-info"><p class="byline">By Dennis Thompson<br>HealthDay Reporter</p><p class="meta-data">WebMD News from HealthDay</p></div></header>'
            '<section id="textArea" class="article-body"><div class="article-page active-page" data-page="1">',
     blocks=[
         _p("MONDAY, Nov. 18, 2019 (HealthDay News) -- Flu season has arrived early in parts of the United States, with Louisiana, Texas and Alabama already reporting widespread illness, federal health officials say."),
         _p("\"This is the earliest we have seen this level of activity in the South in more than a decade,\" said Dr. William Schaffner, an infectious disease specialist at Vanderbilt University."),
         _x('</div><div class="article-page" data-page="2">'),
         _p("Most cases so far have been caused by an influenza B strain that tends to hit children harder than adults, according to the U.S. Centers for Disease Control and Prevention."),
         _p("It is not too late to get a flu shot, Schaffner said. It takes about two weeks after vaccination for the body to build up protection."),
         _x('</div><div class="article-page" data-page="3">'),
         _p("The CDC recommends a flu shot for everyone 6 months and older, with rare exceptions."),
         _p("<i>More information</i>"),
         _p("The U.S. Centers for Disease Control and Prevention has more on <a>the flu</a>."),
     ],
     after='</div><div class="pagination"><a class="prev">Previous</a><span>1</span><span>2</span><span>3</span><a class="next">Next Page</a></div></section>'
           '<div class="copyright"><p>Copyright © 2013-2018 HealthDay. All rights reserved.</p></div>'
           '<section class="related-links"><h3>Related to Cold & Flu</h3><ul><li><a>Cold or Flu? Take the Quiz</a></li></ul></section></div></div>',
     chrome_bottom=_foot("© 2005 - 2019 WebMD LLC. All rights reserved. WebMD does not provide medical advice, diagnosis or treatment.", ("About", "Careers", "Newsletters", "Privacy Policy", "Advertise")))

page("travel-listicle", "https://www.wanderingwithwren.com/best-things-to-do-in-porto/",
     lang="en-US", title="12 Best Things to Do in Porto, Portugal (A Local's Guide)", head="yoast",
     site="Wandering With Wren", pub="2019-11-18T08:00:00+00:00", author="Wren Calloway",
     chrome_top=_nav("Wandering With Wren", ["Destinations", "Travel Tips", "Photography", "About", "Shop"]),
     before='<div class="site-inner"><main class="content"><article class="post type-post entry"><header class="entry-header"><h1 class="entry-title">12 Best Things to Do in Porto, Portugal (A Local\'s Guide)</h1>'
            '<p class="entry-meta">By <span class="entry-author">Wren Calloway</span> · <time class="entry-modified-time">Last updated: November 18, 2019</time> · <a>24 Comments</a></p></header>'
            '<div class="entry-content">',
     blocks=[
         _x('<p class="disclosure"><em>This post may contain affiliate links. If you buy through them, I may earn a small commission at no extra cost to you. Read my full <a>disclosure policy</a>.</em></p>'),
         _p("I lived in Porto for two years, and it is still my favorite city in Europe. It is hilly, a little rough around the edges and full of azulejo tiles, port wine and some of the best food you will ever eat for ten euros."),
         _x('<div id="toc_container" class="toc_wrap_right"><p class="toc_title">Contents <span class="toc_toggle">[hide]</span></p><ul class="toc_list"><li><a>1. Walk across the Dom Luís I Bridge</a></li><li><a>2. Tour a port wine cellar</a></li><li><a>3. See the tiles at São Bento Station</a></li><li><a>Where to stay in Porto</a></li></ul></div>'),
         _h("1. Walk across the Dom Luís I Bridge"),
         _p("Take the upper deck at sunset. The view back over the Ribeira is the one on every postcard, and for good reason."),
         _x('<div class="tiled-gallery type-rectangular"><div class="gallery-row"><figure class="tiled-gallery-item"><img src="/p1.jpg" alt="Porto bridge"><figcaption class="tiled-gallery-caption">The bridge from the Gaia side</figcaption></figure><figure class="tiled-gallery-item"><img src="/p2.jpg"><figcaption class="tiled-gallery-caption">Sunset over the Douro</figcaption></figure></div></div>'),
         _h("2. Tour a port wine cellar"),
         _p("The cellars are across the river in Vila Nova de Gaia. Graham's has the best view; Calém has the cheapest tour, at 13 euros with two tastings."),
         _x('<div class="wp-block-button"><a class="wp-block-button__link">Book a port wine tour here</a></div>'),
         _h("3. See the tiles at São Bento Station"),
         _p("The main hall is covered in 20,000 blue-and-white tiles showing scenes from Portuguese history. It is free, and it takes ten minutes."),
         _h("Where to stay in Porto"),
         _p("Stay in Ribeira or Baixa if it is your first visit. Everything on this list is within walking distance."),
         _x('<p class="pin-it"><img src="/pin.jpg" alt="Pin me!"><em>Like this post? Pin it for later!</em></p>'),
     ],
     after='</div><footer class="entry-footer"><div class="about-author"><img src="/wren.jpg"><p><strong>About Wren</strong> Wren is a travel photographer who has lived in four countries. She writes about slow travel in Southern Europe.</p></div></footer></article>'
           '<div id="comments" class="entry-comments"><h3>24 Comments</h3><ol class="comment-list"><li class="comment"><p class="comment-author">Sarah</p><p>This is so helpful, we are going in March! Did you find the funicular worth it or is it better to just walk up the hill from the river?</p></li></ol></div></main></div>',
     chrome_bottom=_foot("Copyright © 2019 Wandering With Wren · As an Amazon Associate I earn from qualifying purchases.", ("About", "Contact", "Privacy Policy", "Work With Me")))

page("wix-blog", "https://www.millbrookcommunitynews.org/post/library-expansion-breaks-ground",
     lang="en", title="Library expansion breaks ground after 10 years of fundraising", head="og",
     site="Millbrook Community News", pub="", author="Ellen Fraser",
     chrome_top='<div id="SITE_CONTAINER"><header id="SITE_HEADER" class="_2Hij5"><div class="_1Q9if"><a href="/">Millbrook Community News</a></div><nav id="comp-k0x9" class="_3tPCb"><ul><li><a>Home</a></li><li><a>News</a></li><li><a>Events</a></li><li><a>Donate</a></li><li><a>Contact</a></li></ul></nav></header>\n',
     before='<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><div class="_3Kwy4"><article class="_3G0bX blog-post-page-font"><div class="_1lT0i"><div class="_2Q8jC"><span class="_3Ar9q">Ellen Fraser</span><span class="post-metadata__date time-ago">Nov 18, 2019</span><span>2 min read</span></div>'
            '<h1 class="_1PiPz blog-post-title-font _3fa8e" data-hook="post-title"><span class="blog-post-title-font">Library expansion breaks ground after 10 years of fundraising</span></h1></div>'
            '<div class="_6SyeS" data-hook="post-description"><div class="_2LJ9L"><div class="kcuKJ" data-id="rich-content-viewer"><div class="_2PHJq public-DraftEditor-content" contenteditable="false"><div data-contents="true">',
     blocks=[
         ('<div class="_1mlHa" data-block="true"><p class="XzvDs _208Ie blog-post-text-font blog-post-text-color _1y2oI"><span class="_2PHJq"><span>Shovels finally hit the dirt on Saturday at the Millbrook Free Library, where a 4,000-square-foot addition will double the children\'s room and add a community meeting space.</span></span></p></div>',
          "Shovels finally hit the dirt on Saturday at the Millbrook Free Library, where a 4,000-square-foot addition will double the children's room and add a community meeting space."),
         ('<div class="_1mlHa" data-block="true"><p class="XzvDs _208Ie blog-post-text-font blog-post-text-color _1y2oI"><span class="_2PHJq"><span>About 150 people came out in the cold for the ceremony, including several members of the Friends of the Library who began raising money for the project in 2009.</span></span></p></div>',
          "About 150 people came out in the cold for the ceremony, including several members of the Friends of the Library who began raising money for the project in 2009."),
         ('<div class="_1mlHa" data-block="true"><p class="XzvDs _208Ie blog-post-text-font blog-post-text-color _1y2oI"><span class="_2PHJq"><span>"We held bake sales, book sales, a 5K and one very long auction," said library director Ann Morrow. "Every dollar came from this town."</span></span></p></div>',
          "\"We held bake sales, book sales, a 5K and one very long auction,\" said library director Ann Morrow. \"Every dollar came from this town.\""),
         _x('<div class="_1mlHa" data-block="true"><div class="_3CWa- _2xJvm"><div class="_2kEVY"><img src="/groundbreaking.jpg"></div><span class="_1xoJ9">Trustees and volunteers at the groundbreaking. Photo by Ellen Fraser.</span></div></div>'),
         ('<div class="_1mlHa" data-block="true"><p class="XzvDs _208Ie blog-post-text-font blog-post-text-color _1y2oI"><span class="_2PHJq"><span>The $1.8 million project is expected to be finished next fall. The library will stay open during construction, though the parking lot will be closed on weekdays.</span></span></p></div>',
          "The $1.8 million project is expected to be finished next fall. The library will stay open during construction, though the parking lot will be closed on weekdays."),
     ],
     after='</div></div></div></div></div><div class="_3xAOb"><ul class="_1Y2ZV"><li><a class="tag-link">library</a></li><li><a class="tag-link">community</a></li></ul></div>'
           '<div class="_2b9_c"><span>32 views</span><span>0 comments</span><button>Post not marked as liked</button></div></article>'
           '<section class="_1Ct6R"><h2>Recent Posts</h2><a>See All</a><div><a>Village board approves sidewalk plan</a></div><div><a>Holiday craft fair returns to Grange Hall</a></div></section></div></div></main>',
     chrome_bottom='\n<footer id="SITE_FOOTER"><p>© 2019 by Millbrook Community News. Proudly created with Wix.com</p></footer></div>')

page("catholic-news", "https://www.catholicnewsagency.com/news/bishops-approve-new-translation-of-liturgy-of-the-hours-81234",
     lang="en", title="Bishops approve new translation of Liturgy of the Hours", head="og",
     site="Catholic News Agency", pub="", author="Christine Rousselle",
     chrome_top=_nav("Catholic News Agency", ["Vatican", "US", "World", "Saints", "Bible", "Resources", "Donate"]),
     before='<div id="content"><div class="main"><div id="news"><h1 class="post-title">Bishops approve new translation of Liturgy of the Hours</h1>'
            '<div class="post-meta"><span class="post-category">Vatican</span> / <span class="post-date">Nov 13, 2019 / 04:12 pm</span> (<a>CNA</a>).-</div>'
            '<div class="share"><a>Facebook</a><a>Twitter</a><a>Email</a></div><div class="text">',
     blocks=[
         _p("Baltimore, Md., Nov 13, 2019 / 04:12 pm (CNA).- The U.S. bishops on Wednesday approved a new English translation of the hymns and prayers of the Liturgy of the Hours, the Church's daily cycle of prayer."),
         _p("The translation, prepared by the International Commission on English in the Liturgy, passed with 194 votes in favor and 8 against."),
         _x('<p class="related-article"><strong>Related:</strong> <a>Bishops elect new USCCB president</a></p>'),
         _p("Bishop Steven Lopes, chair of the bishops' committee on divine worship, said the new text would be \"more faithful to the Latin and more beautiful to pray.\""),
         _q("O God, come to my assistance; O Lord, make haste to help me."),
         _p("The familiar opening verse, above, is unchanged. The translation still needs approval from the Holy See before it can be used."),
     ],
     after='</div><div class="tags"><a>Liturgy</a><a>USCCB</a></div><div class="donate-box"><h3>Our mission is the truth. Join us!</h3><p>Your monthly donation will help our team continue reporting the truth, with fairness, integrity, and fidelity to Jesus Christ and his Church.</p><a>Donate</a></div></div></div></div>',
     chrome_bottom=_foot("© 2019 Catholic News Agency. All rights reserved. A service of EWTN News.", ("About Us", "Contact", "Privacy Policy", "Advertise")))

page("thinktank", "https://www.brookings.edu/blog/up-front/2019/11/18/what-a-rising-minimum-wage-means-for-teen-jobs/",
     lang="en-US", title="What a rising minimum wage means for teen jobs", head="yoast",
     site="Brookings", pub="2019-11-18T15:30:00+00:00", author="Kristin Blagg and Ernie Tedeschi",
     chrome_top=_nav("Brookings", ["Topics", "Regions", "Research & Commentary", "Experts", "Events", "Books", "Podcasts"]),
     before='<main><article class="post"><header class="post-header"><div class="blog-name"><a>Up Front</a></div><h1>What a rising minimum wage means for teen jobs</h1>'
            '<div class="expert-byline"><span><a>Kristin Blagg</a> and <a>Ernie Tedeschi</a></span> <time>Monday, November 18, 2019</time></div>'
            '<div class="share-tools"><a>Facebook</a><a>Twitter</a><a>Print</a><a>Email</a><a>More</a></div></header>'
            '<div class="post-body post-body-enhanced">',
     blocks=[
         _p("Twenty-one states raised their minimum wages in 2019, and several more will do so in January. Critics have long warned that higher minimums cost young workers their jobs.<sup><a>1</a></sup> What does the recent evidence say?"),
         _p("Using data from the Current Population Survey, we compared employment rates of 16- to 19-year-olds in states that raised their minimum wage with those in states that did not."),
         _x('<aside class="related-content"><h4>Related Content</h4><ul><li><a>The $15 minimum wage: A primer</a></li><li><a>Who earns the minimum wage?</a></li></ul></aside>'),
         _p("We find that teen employment fell slightly more in states with increases, by about half a percentage point, but the gap is within the range of normal year-to-year noise.<sup><a>2</a></sup>"),
         _x('<figure class="image-with-caption"><img src="/fig1.png"><figcaption>Figure 1. Teen employment rate by state minimum wage change, 2014-2019. Source: Authors\' analysis of CPS microdata.</figcaption></figure>'),
         _p("Policymakers should keep watching: the largest increases, toward $15 an hour, have not fully phased in yet."),
         _x('<hr><div class="footnotes"><h4>Footnotes</h4><ol><li>See Neumark and Wascher (2008) for a review of earlier studies.</li><li>Results are available from the authors on request.</li></ol></div>'),
         _x('<p class="disclaimer"><em>The Brookings Institution is a nonprofit organization devoted to independent research and policy solutions. Its mission is to conduct high-quality, independent research.</em></p>'),
     ],
     after='</div><div class="post-authors"><h3>Authors</h3><div class="expert"><a>Kristin Blagg</a><p>Senior Research Associate - Urban Institute</p></div><div class="expert"><a>Ernie Tedeschi</a><p>Policy Economist - Evercore ISI</p><p>@ernietedeschi</p></div></div>'
           '<div class="post-topics"><h3>Related Topics</h3><a>Labor & Unemployment</a><a>U.S. Economy</a></div></article></main>',
     chrome_bottom=_foot("Copyright 2019 The Brookings Institution", ("About Us", "Careers", "Research Programs", "Support Brookings", "Privacy Policy", "Terms of Use")))


# ---------------------------------------------------------------------------------------------
# South Asia, Africa and the Philippines in English

page("toi", "https://timesofindia.indiatimes.com/city/pune/metro-work-pune-traffic-diversions-on-university-road/articleshow/72113456.cms",
     lang="en", title="Metro work: Traffic diversions on University Road from Wednesday", head="ld",
     site="The Times of India", pub="2019-11-19T05:12:00+05:30", author="Neha Madaan",
     chrome_top=_nav("The Times of India", ["City", "India", "World", "Business", "Tech", "Cricket", "Sports", "Entertainment", "TV"]),
     before='<div class="main-content"><div class="article_content clearfix"><h1 class="heading1"><arttitle>Metro work: Traffic diversions on University Road from Wednesday</arttitle></h1>'
            '<div class="byline-content"><span class="byline"><a>Neha Madaan</a> | <span class="time_cptn">TNN | Updated: Nov 19, 2019, 5:12 IST</span></span></div>'
            '<div class="share_links"><a>FB</a><a>TWEET</a><a>LINKEDIN</a><a>COMMENT</a></div>'
            '<div class="ga-headlines"><div class="Normal">',
     blocks=[
         _br("PUNE: Traffic on University Road will be diverted from Wednesday for six months to allow work on the Hinjewadi-Shivajinagar Metro line, the city traffic police said on Monday."),
         _br("Vehicles heading to Aundh from Shivajinagar will have to use Ganeshkhind Road's service lane, while two-wheelers can take the route through Model Colony, deputy commissioner of police (traffic) Pankaj Deshmukh said."),
         _x('<div class="last8brdiv"></div><div class="ad1 tmsl_slot"><span>Advertisement</span></div>'),
         _br("\"We will deploy 40 additional personnel at the junctions to manage the traffic during peak hours,\" Deshmukh said."),
         _x('<div class="rel-stories"><b>Also read:</b> <a>Pune Metro: First trial run on Vanaz stretch next month</a></div>'),
         _br("The Pune Metropolitan Region Development Authority has asked the contractor to finish the piling work on the stretch before the monsoon."),
     ],
     after='</div></div><div class="commentsInfo"><span>Start a Conversation</span><a>Post comment</a></div></div>'
           '<div class="infinite-next" data-next="72113460"><div class="next-article-label">NEXT ARTICLE</div><h2 class="heading1">Pune: PMC to seal 200 properties over unpaid taxes</h2><div class="Normal">The Pune Municipal Corporation will seal 200 commercial properties whose owners have not paid property tax for more than two years, officials said on Monday.<br><br>The civic body expects to recover about Rs 90 crore through the drive.</div></div></div>',
     chrome_bottom=_foot("Copyright © 2019 Bennett, Coleman & Co. Ltd. All rights reserved. For reprint rights: Times Syndication Service", ("About us", "Create Your Own Ad", "Terms of Use and Grievance Redressal Policy", "Privacy policy")))

page("express-tribune", "https://tribune.com.pk/story/2101234/lahore-smog-schools-closed-till-friday",
     lang="en", title="Lahore schools closed till Friday as smog worsens", head="ld",
     site="The Express Tribune", pub="2019-11-19T09:30:00+05:00", author="Imran Adnan",
     chrome_top=_nav("The Express Tribune", ["Home", "Pakistan", "Business", "World", "Sports", "Opinion", "Life & Style", "Epaper"]),
     before='<div class="primary"><div class="story"><h1 class="title">Lahore schools closed till Friday as smog worsens</h1>'
            '<div class="meta"><span class="author"><a>Imran Adnan</a></span> <span class="timestamp">November 19, 2019</span></div>'
            '<div class="story-image"><img src="/smog.jpg"><p class="caption">A view of smog in Lahore. PHOTO: AFP</p></div>'
            '<div class="clearfix story-content read-full">',
     blocks=[
         _p("LAHORE: The Punjab government on Monday ordered all public and private schools in Lahore to stay closed until Friday as the city's air quality index crossed 400 for the third day in a row."),
         _p("The Environment Protection Department said the AQI at Shimla Hill reached 484 on Monday morning, well into the \"hazardous\" range."),
         _x('<p><strong>Read:</strong> <a>Smog: Punjab orders crackdown on brick kilns</a></p>'),
         _p("Doctors at Mayo Hospital said they had seen a sharp rise in patients with respiratory problems and eye infections."),
         _p("Punjab Chief Minister Usman Buzdar directed officials to shut down brick kilns without zigzag technology and act against farmers burning crop residue."),
         _p("<em>Published in The Express Tribune, November 19<sup>th</sup>, 2019.</em>"),
     ],
     after='</div><div class="story-footer"><p class="fb-like-text">Like Pakistan on Facebook, follow @TribunePakistan on Twitter to stay informed and join in the conversation.</p></div>'
           '<div class="comments"><h3>COMMENTS (2)</h3><div class="comment"><p class="name">Ali</p><p>Every year the same story and nothing is done about the real causes, which are vehicles and industry, not just farmers.</p></div><p class="comment-moderation">Comments are moderated and generally will be posted if they are on-topic and not abusive.</p></div></div></div>',
     chrome_bottom=_foot("© 2019 The Express Tribune.", ("About Us", "Contact Us", "Careers", "Privacy Policy")))

page("punch", "https://punchng.com/lagos-begins-demolition-of-illegal-structures-on-drainage-channels/",
     lang="en-US", title="Lagos begins demolition of illegal structures on drainage channels", head="yoast",
     site="Punch Newspapers", pub="2019-11-19T04:55:00+00:00", author="Afeez Hanafi",
     chrome_top=_nav("Punch Newspapers", ["News", "Politics", "Metro Plus", "Sports", "Business", "Editorial", "Columns"]),
     before='<main><article class="post"><h1 class="post_title">Lagos begins demolition of illegal structures on drainage channels</h1>'
            '<div class="post-meta"><span class="author">Afeez Hanafi</span> <span class="date">Published 19 November 2019</span></div>'
            '<div class="entry-content">',
     blocks=[
         _p("The Lagos State Government has begun the demolition of illegal structures on drainage channels across the state, saying they are responsible for the flooding experienced during the rainy season."),
         _p("The Commissioner for the Environment and Water Resources, Tunji Bello, said on Monday that owners of the affected buildings had been served notices since July."),
         _x('<p><strong>ALSO READ: </strong><a>Lagos to sanction residents dumping refuse in canals</a></p>'),
         _p("\"We cannot continue to lose lives and property to floods because a few people decided to build on drainage setbacks,\" Bello said."),
         _x('<div class="code-block code-block-3"><span class="ad-label">Advertisement</span><ins class="adsbygoogle"></ins></div>'),
         _p("He said the exercise would continue in Ikota, Lekki and Ajah, where several buildings had blocked the flow of the Ikota River."),
         _x('<p><strong>ALSO READ: </strong><a>Flood: Lagos warns residents of low-lying areas</a></p>'),
         _p("Some residents who spoke to our correspondent said they were not given enough time to remove their belongings."),
     ],
     after='</div><div class="copyright-notice"><p>Copyright PUNCH. All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from PUNCH.</p><p>Contact: theeditor@punchng.com</p></div></article>'
           '<section class="related-posts"><h3>Related News</h3><ul><li><a>Lagos govt seals 12 buildings in Lekki</a></li></ul></section></main>',
     chrome_bottom=_foot("© 2019 Punch Newspapers", ("About Us", "Advertise", "Contact", "Privacy Policy")))

page("tuko", "https://www.tuko.co.ke/332123-nairobi-matatu-operators-strike-over-new-rules.html",
     lang="en", title="Nairobi matatu operators go on strike over new CBD rules", head="ld",
     site="Tuko.co.ke - Kenya news.", pub="2019-11-18T11:44:00+03:00", author="Hillary Lisimba",
     chrome_top=_nav("TUKO", ["News", "Politics", "Business", "People", "Entertainment", "Sports", "Tech"]),
     before='<main><article class="c-article"><h1 class="c-main-headline">Nairobi matatu operators go on strike over new CBD rules</h1>'
            '<div class="c-article-info"><span class="c-article-info__author">by <a>Hillary Lisimba</a></span> <time class="c-article-info__time">Monday, November 18, 2019 at 11:44 AM</time></div>'
            '<div class="post__content"><div class="post__summary"><ul><li>Operators say the ban will cost them more than KSh 2 million a day</li><li>Commuters were left stranded across the city</li></ul></div>'
            '<div class="post__content--text">',
     blocks=[
         _p("<strong>Thousands of commuters in Nairobi were stranded on Monday, November 18, after matatu operators went on strike to protest against a ban on public service vehicles entering the Central Business District.</strong>"),
         _p("The Nairobi County government ordered matatus to drop passengers at termini outside the city centre, including Muthurwa, Fig Tree and Desai Road."),
         _x('<p><strong>READ ALSO: </strong><a>Sonko defends decision to kick matatus out of CBD</a></p>'),
         _p("Matatu Owners Association chairman Simon Kimutai said the new termini were not ready and lacked toilets and shelter."),
         _x('<div class="c-embed-youtube"><p>Subscribe to watch new videos</p><iframe src="https://www.youtube.com/embed/xyz"></iframe></div>'),
         _p("By midday, police had deployed officers at major roundabouts to keep traffic flowing."),
         _x('<p><strong>READ ALSO: </strong><a>Traffic chaos as Nairobi enforces matatu ban</a></p>'),
         _x('<p class="c-article-footer-note"><em>Do you have a life-changing story you would like us to publish? Please reach us through news@tuko.co.ke or WhatsApp: 0732482690. Contact Tuko.co.ke instantly.</em></p>'),
     ],
     after='</div></div><div class="c-article-source"><span>Source: TUKO.co.ke</span></div></article></main>',
     chrome_bottom=_foot("© 2019 TUKO.co.ke Kenya news.", ("About us", "Contact us", "Editorial policy", "Privacy policy")))

page("news24", "https://www.news24.com/SouthAfrica/News/eskom-stage-2-load-shedding-this-week-20191118",
     lang="en", title="Eskom warns of stage 2 load shedding this week", head="og",
     site="News24", pub="", author="Sesona Ngqakamba",
     chrome_top=_nav("News24", ["South Africa", "Elections", "World", "Opinion", "Business", "Sport", "Video"]),
     before='<div id="article_wrapper"><article id="article-body" class="article"><h1 class="article_title">Eskom warns of stage 2 load shedding this week</h1>'
            '<div class="byline"><div class="spn_byline">Sesona Ngqakamba</div><span class="datestamp">2019-11-18 13:40</span></div>'
            '<div class="article_share"><a>Share</a><a>Tweet</a></div>'
            '<div class="article_content" itemprop="articleBody">',
     blocks=[
         _p("Eskom has warned that there is a high probability of stage 2 load shedding this week because of breakdowns at several power stations."),
         _p("The power utility said unplanned outages had reached 12 000MW on Monday morning, and it was using diesel to keep the lights on."),
         _tweet("Eskom would like to inform the public that the power system is severely constrained. There is a high probability of loadshedding this week.", "Eskom Hld SOC Ltd", "Eskom_SA", "November 18, 2019"),
         _x('<p><strong>READ | </strong><a>Eskom load shedding: Here is your schedule</a></p>'),
         _p("Spokesperson Dikatso Mothae urged customers to switch off geysers and pool pumps during peak hours."),
         _p("<em>- Compiled by Mxolisi Mngadi</em>"),
     ],
     after='</div><div class="article_tags"><span>Related Links</span><ul><li><a>Eskom debt: Mboweni says plan coming</a></li></ul></div>'
           '<div class="disqus_comments"><p>We have closed comments on this article.</p></div></article></div>',
     chrome_bottom=_foot("© 2019 24.com. All rights reserved.", ("About", "Terms & Conditions", "Privacy", "Contact Us")))

page("rappler-qa", "https://www.rappler.com/newsbreak/iq/244123-things-to-know-sea-games-2019-philippines",
     lang="en", title="FAST FACTS: What you need to know about the 2019 SEA Games", head="ld",
     site="Rappler", pub="2019-11-18T18:00:00+08:00", author="Rappler.com",
     chrome_top=_nav("Rappler", ["News", "Business", "Newsbreak", "Sports", "Life & Style", "Technology", "MovePH"]),
     before='<main><div class="story-area"><h1 class="select-headline">FAST FACTS: What you need to know about the 2019 SEA Games</h1>'
            '<div class="byline">Rappler.com</div><div class="published">Published 6:00 PM, November 18, 2019</div><div class="updated">Updated 6:00 PM, November 18, 2019</div>'
            '<div class="story-share"><a>Facebook</a><a>Twitter</a><a>Email</a></div>'
            '<div class="the-story" id="story-area"><div class="story-summary"><p>The Philippines hosts the Southeast Asian Games for the fourth time</p></div>'
            '<div class="story-content">',
     blocks=[
         _p("MANILA, Philippines – The 30th Southeast Asian Games open on November 30. Here is what you need to know about the biennial meet."),
         _h("When and where will the games be held?", "h3"),
         _p("The games run from November 30 to December 11 in venues across Luzon, including New Clark City in Tarlac, Metro Manila and Subic."),
         _h("How many countries and athletes are taking part?", "h3"),
         _p("All 11 Southeast Asian nations are sending delegations, with more than 8,000 athletes competing in 56 sports."),
         _x('<div class="rappler-related"><p><strong>Read more:</strong></p><ul><li><a>SEA Games cauldron costs P50 million</a></li><li><a>Traffic advisory for SEA Games opening</a></li></ul></div>'),
         _h("How can I watch?", "h3"),
         _p("The opening ceremony at the Philippine Arena will be shown live on free TV. Tickets for most events are on sale online."),
         _p("– Rappler.com"),
     ],
     after='</div></div><div class="mood-meter"><h4>How does this make you feel?</h4><ul><li>Happy</li><li>Sad</li><li>Angry</li></ul></div></div>'
           '<section class="more-stories"><h3>More from Rappler</h3><ul><li><a>SEA Games: PH wins first gold</a></li></ul></section></main>',
     chrome_bottom=_foot("Copyright © 2019 Rappler Inc. All Rights Reserved", ("About Rappler", "Contact", "Privacy Statement", "Terms of Use")))


# ---------------------------------------------------------------------------------------------
# Other languages

page("infobae", "https://www.infobae.com/america/mexico/2019/11/18/la-cdmx-estrena-nueva-ruta-de-metrobus-en-la-linea-7/",
     lang="es", title="La CDMX estrena nueva ruta de Metrobús en la Línea 7", head="ld",
     site="infobae", pub="2019-11-18T19:24:00Z", author="Redacción Infobae",
     chrome_top=_nav("infobae", ["Últimas noticias", "América", "Política", "Economía", "Deportes", "Teleshow", "Tendencias"]),
     before='<main><article class="article"><header class="article-header"><h1 class="article-headline">La CDMX estrena nueva ruta de Metrobús en la Línea 7</h1>'
            '<h2 class="article-subheadline">El servicio conectará Indios Verdes con Campo Marte de lunes a viernes</h2>'
            '<div class="byline-datetime"><span class="byline">Redacción Infobae</span><span class="datetime">18 de noviembre de 2019</span></div></header>'
            '<div class="nd-body-article">',
     blocks=[
         _p("El Metrobús de la Ciudad de México puso en marcha este lunes una nueva ruta en la Línea 7, que recorrerá Paseo de la Reforma desde Indios Verdes hasta Campo Marte.", "element element-paragraph"),
         _p("De acuerdo con el organismo, el servicio funcionará de lunes a viernes de 5:00 a 23:00 horas y tendrá una frecuencia de paso de seis minutos en horas pico.", "element element-paragraph"),
         _x('<div class="element element-image"><figure><img src="/metrobus.jpg"><figcaption>La Línea 7 del Metrobús corre sobre Paseo de la Reforma (Foto: Cuartoscuro)</figcaption></figure></div>'),
         _p("\"Con esta ruta buscamos reducir los tiempos de traslado de los usuarios que vienen del norte de la ciudad\", explicó el director del Metrobús, Roberto Capuano.", "element element-paragraph"),
         _p("La tarifa seguirá siendo de seis pesos y se podrá pagar con la tarjeta de la Ciudad de México.", "element element-paragraph"),
         _x('<p class="element element-paragraph"><b>SEGUÍ LEYENDO:</b></p>'),
         _x('<ul class="element element-list"><li><a>Cuáles son las estaciones del Metro que cerrarán el fin de semana</a></li><li><a>Hoy No Circula: qué autos descansan este martes</a></li></ul>'),
     ],
     after='</div><div class="article-tags"><a>CDMX</a><a>Metrobús</a></div></article></main>',
     chrome_bottom=_foot("© 2019 Infobae", ("Términos y Condiciones", "Política de Privacidad", "Centro de preferencias")))

page("publico-pt", "https://www.publico.pt/2019/11/18/local/noticia/metro-porto-linha-rosa-obras-comecam-2020-1894123",
     lang="pt-PT", title="Obras da linha Rosa do Metro do Porto começam em 2020", head="ld",
     site="PÚBLICO", pub="2019-11-18T18:46:00Z", author="Mariana Correia Pinto",
     chrome_top=_nav("PÚBLICO", ["Política", "Sociedade", "Local", "Economia", "Mundo", "Cultura", "Desporto", "Opinião"]),
     before='<main><article class="story"><header class="story__header"><h1 class="story__headline">Obras da linha Rosa do Metro do Porto começam em 2020</h1>'
            '<div class="story__blurb lead"><p>Nova linha liga São Bento à Casa da Música em quatro estações.</p></div>'
            '<div class="story__byline"><a class="byline__name">Mariana Correia Pinto</a><time class="dateline">18 de Novembro de 2019, 18:46</time></div></header>'
            '<div class="story__body" id="story-body">',
     blocks=[
         _p("As obras da nova linha Rosa do Metro do Porto vão arrancar no segundo semestre de 2020, anunciou esta segunda-feira o presidente da empresa, Tiago Braga."),
         _p("A linha, totalmente subterrânea, terá 2,7 quilómetros e quatro estações: São Bento, Hospital de Santo António, Galiteu e Casa da Música."),
         _x('<aside class="story__related"><span class="kicker">Ler mais</span><a class="related__headline">Metro do Porto compra 18 novos comboios</a></aside>'),
         _p("O investimento, estimado em 290 milhões de euros, é financiado pelo Fundo Ambiental e por fundos comunitários."),
         _p("\"É a obra mais importante do metro desde a sua inauguração\", disse Tiago Braga."),
     ],
     after='</div><div class="story__tags"><a>Metro do Porto</a><a>Transportes</a></div><div class="paywall-teaser"><p>Gostou deste artigo? Assine o PÚBLICO e tenha acesso ilimitado.</p></div>'
           '<section class="comments"><h3>Comentários</h3><p>Os comentários deste artigo estão fechados.</p></section></article></main>',
     chrome_bottom=_foot("© 2019 PÚBLICO Comunicação Social SA", ("Estatuto editorial", "Ficha técnica", "Contactos", "Termos e condições")))

page("ouest-france", "https://www.ouest-france.fr/bretagne/rennes-35000/rennes-la-ligne-b-du-metro-ouvrira-en-2020-6612345",
     lang="fr-FR", title="Rennes. La ligne b du métro ouvrira à l'été 2020", head="ld",
     site="Ouest-France.fr", pub="2019-11-18T17:12:00+01:00", author="Ouest-France",
     chrome_top=_nav("Ouest-France", ["Actualité", "Bretagne", "Normandie", "Pays de la Loire", "Sport", "Économie", "Abonnez-vous"]),
     before='<main><article class="article-detail"><h1 class="titre-article">Rennes. La ligne b du métro ouvrira à l\'été 2020</h1>'
            '<div class="sous-titre-bylines"><span class="auteur">Ouest-France</span><time>Publié le 18/11/2019 à 17h12</time></div>'
            '<section class="article-body ofr-article-content">',
     blocks=[
         _p("<strong>La seconde ligne du métro rennais sera mise en service à l'été 2020, a annoncé lundi Rennes Métropole. Les essais à vide ont commencé en septembre.</strong>"),
         _p("Longue de 14 kilomètres, la ligne b reliera Saint-Jacques-Gaîté à Cesson-Viasilva en 25 minutes, en desservant 15 stations."),
         _x('<p class="lire-aussi"><span>Lire aussi : </span><a>Métro de Rennes : les travaux de la ligne b en images</a></p>'),
         _p("« Nous voulons être certains que tout fonctionne parfaitement avant d'accueillir les voyageurs », a expliqué la présidente de la métropole, Emmanuel Couet."),
         _p("La métropole prévoit 113 000 voyages par jour sur la nouvelle ligne dès la première année."),
     ],
     after='</section><div class="bloc-application"><p>Cet article vous a été utile ? Sachez que vous pouvez suivre Ouest-France dans l\'application MSN.</p></div>'
           '<section class="articles-associes"><h3>Les articles associés</h3><ul><li><a>Rennes : le prix du ticket de bus augmente</a></li></ul></section></article></main>',
     chrome_bottom=_foot("© Ouest-France", ("Mentions légales", "Données personnelles", "Cookies", "Contact")))

page("spiegel-richtext", "https://www.spiegel.de/panorama/hamburg-neue-u-bahn-linie-u5-baustart-a-1297123.html",
     lang="de-DE", title="Hamburg: Bau der U5 beginnt 2021", head="ld",
     site="DER SPIEGEL", pub="2019-11-18T16:20:00+01:00", author="Anna Reimann",
     chrome_top=_nav("DER SPIEGEL", ["Schlagzeilen", "Politik", "Ausland", "Panorama", "Sport", "Wirtschaft", "Wissenschaft", "SPIEGEL+"]),
     before='<main id="Inhalt"><article><header><h2><span class="block text-primary-base">Neue U-Bahn-Linie</span><span class="align-middle">Hamburg: Bau der U5 beginnt 2021</span></h2>'
            '<div class="RichText RichText--sans leading-loose lg:text-xl md:text-xl sm:text-l">Die U5 soll Bramfeld mit den Arenen im Volkspark verbinden. Kosten: mehrere Milliarden Euro.</div>'
            '<div class="font-sansUI">Von <a>Anna Reimann</a></div><time class="timeformat" datetime="2019-11-18 16:20:00">18.11.2019, 16.20 Uhr</time></header>'
            '<section class="relative" data-area="body">',
     blocks=[
         ('<div class="RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto lg:px-24 md:px-24 sm:px-16 break-words word-wrap"><p>Hamburg baut eine neue U-Bahn-Linie. Der erste Abschnitt der U5 zwischen Bramfeld und der City Nord soll ab 2021 entstehen, teilte die Hochbahn am Montag mit.</p></div>',
          "Hamburg baut eine neue U-Bahn-Linie. Der erste Abschnitt der U5 zwischen Bramfeld und der City Nord soll ab 2021 entstehen, teilte die Hochbahn am Montag mit."),
         ('<div class="RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto lg:px-24 md:px-24 sm:px-16 break-words word-wrap"><p>Insgesamt soll die Strecke 24 Kilometer lang werden und 23 Haltestellen haben. Fertig wäre sie frühestens Ende der Dreißigerjahre.</p></div>',
          "Insgesamt soll die Strecke 24 Kilometer lang werden und 23 Haltestellen haben. Fertig wäre sie frühestens Ende der Dreißigerjahre."),
         _x('<div data-area="related_articles" class="lg:w-8/12 md:w-10/12 lg:mx-auto"><span class="font-sansUI">Mehr zum Thema</span><ul><li><a><span>Verkehrswende in Hamburg: </span><span>Der Senat und die Radwege</span></a></li></ul></div>'),
         ('<div class="RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto lg:px-24 md:px-24 sm:px-16 break-words word-wrap"><p>"Die U5 ist das größte Verkehrsprojekt der Stadt seit Jahrzehnten", sagte Verkehrssenator Michael Westhagemann.</p></div>',
          "\"Die U5 ist das größte Verkehrsprojekt der Stadt seit Jahrzehnten\", sagte Verkehrssenator Michael Westhagemann."),
         _x('<div data-area="ad_container" class="ad-container"><span>Anzeige</span></div>'),
         ('<div class="RichText RichText--iconLinks lg:w-8/12 md:w-10/12 lg:mx-auto md:mx-auto lg:px-24 md:px-24 sm:px-16 break-words word-wrap"><p>Kritiker halten eine Stadtbahn für günstiger und schneller zu bauen. Die Kosten für die U5 werden auf mehrere Milliarden Euro geschätzt.</p></div>',
          "Kritiker halten eine Stadtbahn für günstiger und schneller zu bauen. Die Kosten für die U5 werden auf mehrere Milliarden Euro geschätzt."),
     ],
     after='</section><footer><div class="font-sansUI"><span>Feedback</span><a>Artikel verschenken</a></div></footer></article></main>',
     chrome_bottom=_foot("© DER SPIEGEL 2019 Alle Rechte vorbehalten", ("Impressum", "Datenschutz", "Nutzungsbedingungen", "Kontakt")))

page("ilfatto", "https://www.ilfattoquotidiano.it/2019/11/18/milano-la-m4-apre-il-primo-tratto-nel-2021/5567123/",
     lang="it-IT", title="Milano, la M4 aprirà il primo tratto nel 2021", head="yoast",
     site="Il Fatto Quotidiano", pub="2019-11-18T15:31:00+00:00", author="Redazione",
     chrome_top=_nav("Il Fatto Quotidiano", ["Politica", "Cronaca", "Economia", "Mondo", "Sport", "Blog", "Abbonati"]),
     before='<main><article class="article"><h1 class="entry-title">Milano, la M4 aprirà il primo tratto nel 2021</h1>'
            '<div class="article-meta"><span class="author">di Redazione</span> <span class="date">18 Novembre 2019</span></div>'
            '<div class="article-content entry-content">',
     blocks=[
         _p("Il primo tratto della nuova linea blu della metropolitana di Milano, la M4, aprirà nel 2021 tra Linate e Forlanini. Lo ha annunciato lunedì l'assessore alla Mobilità Marco Granelli."),
         _p("La linea, lunga 15 chilometri con 21 stazioni, collegherà l'aeroporto al quartiere di San Cristoforo, attraversando il centro."),
         _x('<p class="leggi-anche"><strong>LEGGI ANCHE</strong> <a>Milano, Area B: dal 2020 stop ai diesel Euro 4</a></p>'),
         _p("\"Il cantiere più complesso è quello del centro storico, dove gli scavi hanno portato alla luce reperti romani\", ha spiegato Granelli."),
         _p("Il costo complessivo dell'opera è di circa 1,8 miliardi di euro."),
     ],
     after='</div><div class="sostieni"><h3>Sostieni ilfattoquotidiano.it</h3><p>Ci sono tanti modi per sostenere il giornalismo indipendente.</p><a>Sostieni adesso</a></div>'
           '<div class="article-tags"><a>Milano</a><a>Metropolitana</a></div></article></main>',
     chrome_bottom=_foot("© 2009 - 2019 SEIF S.p.A. - C.F. e P.IVA 10460121006", ("Redazione", "Pubblicità", "Privacy", "Termini e condizioni")))

page("nu-nl", "https://www.nu.nl/binnenland/6012345/noord-zuidlijn-vervoert-meer-reizigers-dan-verwacht.html",
     lang="nl-NL", title="Noord/Zuidlijn vervoert meer reizigers dan verwacht", head="ld",
     site="NU.nl", pub="2019-11-18T14:05:00+01:00", author="ANP",
     chrome_top=_nav("NU.nl", ["Net binnen", "Binnenland", "Buitenland", "Economie", "Sport", "Tech", "Achterklap"]),
     before='<main><div class="column-content-1"><div class="block-wrapper article-header"><h1 class="title">Noord/Zuidlijn vervoert meer reizigers dan verwacht</h1>'
            '<div class="pubdate large">18 november 2019 14:05</div><div class="author">ANP</div></div>'
            '<div class="block article body"><div class="block-wrapper"><div class="block-content">',
     blocks=[
         _p("De Noord/Zuidlijn in Amsterdam vervoert ruim anderhalf jaar na de opening dagelijks gemiddeld 120.000 reizigers. Dat is meer dan de 110.000 die het GVB had verwacht, meldt het vervoersbedrijf maandag."),
         _x('</div></div></div><div class="block advertorial"><div class="block-wrapper"><span>Advertentie</span></div></div><div class="block article body"><div class="block-wrapper"><div class="block-content">'),
         _p("Vooral station Noord en station Zuid zijn drukker dan gedacht. Op het drukste moment van de ochtendspits rijdt er nu elke vier minuten een metro."),
         _p("Het GVB wil de frequentie verder verhogen, maar daarvoor zijn extra treinstellen nodig. Die worden volgens het bedrijf in 2021 geleverd."),
         _x('</div></div></div><div class="block related-articles"><div class="block-wrapper"><h3 class="block-title">Lees meer over:</h3><a>Amsterdam</a><a>GVB</a><a>Openbaar vervoer</a></div></div><div class="block article body"><div class="block-wrapper"><div class="block-content">'),
         _p("De aanleg van de Noord/Zuidlijn kostte ruim 3 miljard euro en liep jaren vertraging op."),
     ],
     after='</div></div></div><div class="block share"><a>Deel dit artikel</a></div><div class="block comments"><h3>Reacties</h3><p>Praat mee op NUjij</p></div></div></main>',
     chrome_bottom=_foot("© 2019 DPG Media B.V. - alle rechten voorbehouden", ("Over NU.nl", "Adverteren", "Privacy", "Cookies", "Contact")))

page("amarujala", "https://www.amarujala.com/delhi-ncr/delhi-metro-pink-line-new-stations-open",
     lang="hi", title="दिल्ली मेट्रो की पिंक लाइन पर तीन नए स्टेशन खुले", head="ld",
     site="Amar Ujala", pub="2019-11-18T20:10:00+05:30", author="अमर उजाला ब्यूरो",
     chrome_top=_nav("अमर उजाला", ["होम", "देश", "शहर और राज्य", "क्रिकेट", "मनोरंजन", "कारोबार", "ई-पेपर"]),
     before='<main><article class="article-content"><h1>दिल्ली मेट्रो की पिंक लाइन पर तीन नए स्टेशन खुले</h1>'
            '<div class="writer-info"><span class="writer">अमर उजाला ब्यूरो, नई दिल्ली</span> <span class="date">Updated Mon, 18 Nov 2019 08:10 PM IST</span></div>'
            '<div class="article-desc ul_styling read-more-wrapper" style="max-height:280px;overflow:hidden">',
     blocks=[
         _p("दिल्ली मेट्रो की पिंक लाइन पर सोमवार से तीन नए स्टेशनों पर यात्रियों के लिए सेवा शुरू हो गई। इनमें मौजपुर, यमुना विहार और भजनपुरा स्टेशन शामिल हैं।"),
         _p("दिल्ली मेट्रो रेल कॉर्पोरेशन के अनुसार इन स्टेशनों के खुलने से उत्तर-पूर्वी दिल्ली के करीब दो लाख लोगों को फायदा होगा।"),
         _p("डीएमआरसी के प्रवक्ता अनुज दयाल ने बताया कि सभी स्टेशनों पर पार्किंग और ई-रिक्शा की सुविधा भी दी गई है।"),
         _x('</div><div class="read-more-btn"><button class="readmore" onclick="showFull()">आगे पढ़ें</button></div><div class="article-desc-rest" style="display:none">'),
         _p("अधिकारियों के मुताबिक पिंक लाइन का बाकी हिस्सा अगले साल मार्च तक पूरा कर लिया जाएगा।"),
         _p("मेट्रो अधिकारियों ने यात्रियों से अपील की है कि वे भीड़ के समय स्मार्ट कार्ड का इस्तेमाल करें।"),
     ],
     after='</div><div class="tags"><a>दिल्ली मेट्रो</a><a>पिंक लाइन</a></div><div class="recommended"><h3>विज्ञापन</h3><p>रहें हर खबर से अपडेट, डाउनलोड करें Android Hindi News apps, iOS Hindi News apps और Amarujala Hindi News apps अपने मोबाइल पे|</p></div></article></main>',
     chrome_bottom=_foot("Copyright © 2019 Amar Ujala Limited. All Rights Reserved.", ("हमारे बारे में", "संपर्क करें", "गोपनीयता नीति")))

page("vnexpress", "https://vnexpress.net/ha-noi-thu-nghiem-lan-lan-duong-cho-xe-buyt-4012345.html",
     lang="vi", title="Hà Nội thử nghiệm làn đường riêng cho xe buýt", head="ld",
     site="VnExpress", pub="2019-11-18T09:30:00+07:00", author="Võ Hải",
     chrome_top=_nav("VnExpress", ["Thời sự", "Góc nhìn", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật"]),
     before='<main><section class="sidebar_1"><span class="date">Thứ hai, 18/11/2019, 09:30 (GMT+7)</span><h1 class="title_news_detail mb10">Hà Nội thử nghiệm làn đường riêng cho xe buýt</h1>'
            '<p class="description">Từ ngày 25/11, xe buýt được đi làn riêng trên đường Lê Văn Lương vào giờ cao điểm.</p>'
            '<article class="content_detail fck_detail width_common block_ads_connect">',
     blocks=[
         _p("Sở Giao thông Vận tải Hà Nội cho biết sẽ thí điểm làn đường ưu tiên cho xe buýt trên tuyến Lê Văn Lương - Tố Hữu trong hai tháng, từ 6h đến 9h và từ 16h30 đến 19h30.", "Normal"),
         _x('<table class="tplCaption" align="center" border="0" cellpadding="3" cellspacing="0"><tbody><tr><td><img src="/bus.jpg" alt="Xe buýt trên đường Lê Văn Lương."></td></tr><tr><td><p class="Image">Xe buýt trên đường Lê Văn Lương. Ảnh: <em>Ngọc Thành</em></p></td></tr></tbody></table>'),
         _p("Trong thời gian thí điểm, các phương tiện khác không được đi vào làn này, trừ xe cứu thương, xe cứu hỏa và xe làm nhiệm vụ khẩn cấp.", "Normal"),
         _p("Theo ông Vũ Văn Viện, Giám đốc Sở, nếu thành công, mô hình sẽ được mở rộng ra các tuyến đường khác.", "Normal"),
         _x('<p class="Normal" style="text-align:right;"><strong>Võ Hải</strong></p>'),
     ],
     after='</article><div class="width_common box_tinlienquan"><h3>Tin liên quan</h3><ul><li><a>Hà Nội sẽ có 1.000 xe buýt điện</a></li></ul></div>'
           '<div class="box_comment_vne"><h3>Ý kiến (12)</h3><div class="comment_item"><p class="full_content"><b>minhtuan</b> Nên làm sớm hơn, giờ cao điểm đi đường này rất khổ.</p></div></div></section></main>',
     chrome_bottom=_foot("© Copyright 1997 VnExpress.net, All rights reserved", ("Liên hệ", "Quảng cáo", "Điều khoản sử dụng")))

page("aawsat", "https://aawsat.com/home/article/1998123/الرياض-تفتتح-أول-خطوط-المترو-2020",
     lang="ar", dir="rtl", title="الرياض تفتتح أول خطوط المترو العام المقبل", head="ld",
     site="الشرق الأوسط", pub="2019-11-18T21:00:00+03:00", author="الرياض: فتح الرحمن يوسف",
     chrome_top=_nav("الشرق الأوسط", ["أخبار", "العالم العربي", "الاقتصاد", "الرأي", "ثقافة وفنون", "رياضة"]),
     before='<main><div class="node-article"><h1 class="node-title">الرياض تفتتح أول خطوط المترو العام المقبل</h1>'
            '<div class="node-meta"><span class="field-author">الرياض: فتح الرحمن يوسف</span><span class="field-date">الاثنين - 21 شهر ربيع الأول 1441 هـ - 18 نوفمبر 2019 مـ</span><span class="issue">رقم العدد [14965]</span></div>'
            '<div class="node_new_body">',
     blocks=[
         _p("أعلنت الهيئة الملكية لمدينة الرياض أن أول خطوط مترو الرياض سيبدأ التشغيل التجريبي في الربع الأول من العام المقبل، على أن تكتمل الشبكة خلال عام 2021."),
         _p("ويتكون المشروع من ستة خطوط بطول إجمالي يبلغ 176 كيلومتراً، وتضم 85 محطة."),
         _x('<p class="read-also"><strong>اقرأ أيضاً:</strong> <a>السعودية: 3 ملايين رحلة يومياً عبر النقل العام</a></p>'),
         _p("وقال مسؤول في الهيئة إن المترو سيخفف الازدحام المروري في العاصمة، التي يتجاوز عدد سكانها سبعة ملايين نسمة."),
         _p("وتتولى تحالفات دولية تنفيذ المشروع، الذي تقدر تكلفته بأكثر من 22 مليار دولار."),
     ],
     after='</div><div class="node-tags"><a>السعودية</a><a>النقل</a></div><div class="share"><a>مشاركة</a></div></div></main>',
     chrome_bottom=_foot("جميع الحقوق محفوظة © 2019 الشرق الأوسط", ("من نحن", "اتصل بنا", "سياسة الخصوصية")))

page("thepaper", "https://www.thepaper.cn/newsDetail_forward_5012345",
     lang="zh-CN", title="成都地铁18号线将于明年通车 机场到市区仅需30分钟", head="og",
     site="澎湃新闻", pub="", author="澎湃新闻记者 李明",
     chrome_top=_nav("澎湃新闻", ["视频", "时事", "财经", "思想", "生活", "问吧"]),
     before='<div class="main_lt"><div class="newscontent"><h1 class="news_title">成都地铁18号线将于明年通车 机场到市区仅需30分钟</h1>'
            '<div class="news_about"><p>澎湃新闻记者 李明</p><p>2019-11-18 16:32 来源：澎湃新闻</p></div>'
            '<div class="news_txt" data-size="standard">',
     blocks=[
         _br("11月18日，记者从成都轨道交通集团获悉，成都地铁18号线预计将于2020年开通运营，届时从天府国际机场到市区仅需约30分钟。"),
         _br("18号线全长约69公里，设站12座，是成都首条采用市域快线标准建设的地铁线路，最高运行时速可达140公里。"),
         _x('<div class="contheight"></div><div style="text-align:center;"><img src="/chengdu.jpg"><span class="image_desc">成都地铁18号线列车。 图片来源：成都轨道交通集团</span></div><br><br>\n'),
         _br("据介绍，18号线将与1号线、5号线等多条线路换乘，方便市民出行。"),
         _br("成都轨道交通集团相关负责人表示，目前全线已进入设备调试阶段。"),
     ],
     after='</div><div class="news_editor">责任编辑：王晓丽</div><div class="news_editor">校对：张亮</div>'
           '<div class="news_keyword">关键词 >> <a>成都</a><a>地铁</a></div><div class="news_love"><a>点赞</a><span>12</span></div>'
           '<div class="comment_area"><h2>评论</h2><p>还没有评论，快来抢沙发吧！</p></div></div></div>',
     chrome_bottom=_foot("© 2014-2019 上海东方报业有限公司", ("关于澎湃", "加入澎湃", "联系我们", "广告合作")))


#: Family groups for the per-group figures of `python -m tests.web_measure --set 5`.
GROUPS: dict[str, tuple[str, ...]] = {
    "us-uk-regional": ("gannett-gnt", "mcclatchy-next", "gatehouse", "reach-plc", "newsquest", "independent"),
    "tech-science": ("tnw", "space-blog", "hacker-blog"),
    "ent-sports": ("tmz", "eonline", "sbnation"),
    "finance-health": ("seekingalpha", "motleyfool", "webmd"),
    "blogs-community": ("travel-listicle", "wix-blog", "catholic-news", "thinktank"),
    "world-english": ("toi", "express-tribune", "punch", "tuko", "news24", "rappler-qa"),
    "other-languages": ("infobae", "publico-pt", "ouest-france", "spiegel-richtext", "ilfatto", "nu-nl", "amarujala", "vnexpress", "aawsat", "thepaper"),
}
