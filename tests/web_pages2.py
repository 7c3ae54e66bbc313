# ruff: noqa: E501
"""A second set of look-alike "article" pages of the open web around 2018-2020, in the style of
Zyte's article-extraction-benchmark, from site families that neither `tests.web_pages`, the dev
corpus, `tests.publisher_pages` nor `tests.fundus_pages` hold: US newspaper chains (McClatchy,
Lee's BLOX sites, Hearst newspapers, Advance Local), business and tech sites (Bloomberg,
MarketWatch, BuzzFeed News, PCMag, XDA, Android Authority, Tom's Hardware, contributor networks),
Commonwealth papers (Postmedia, Torstar, News Corp Australia, Nine, ABC Australia, Stuff, the
NZ Herald, the Irish Times), international broadcasters (DW, France 24, RFI, Al Arabiya, PBS
NewsHour), South and South-East Asian and Middle-Eastern papers, Chinese, Japanese, Czech,
Hungarian, Spanish, French and Brazilian portals, and page kinds: recipes, reviews with spec
tables, how-tos, Q&A columns, listicles, photo essays, opinion columns with bios, wire copy
republished with a feed note, syndicated stories.

The expected bodies follow the same conventions as `tests.web_pages` (read its docstring; they
come from the dev corpus's zyte-aeb annotations), built with its helpers.

`pages()` yields `Page(family, url, html, body)`; `python -m tests.web_measure --set 2` prints
figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tests.web_pages import B, Page, _doc, _foot, _h, _nav, _p, _strip, _ul, _x

PAGES: list[tuple[str, str, dict]] = []


def page(family: str, url: str, /, **kw: object) -> None:
    PAGES.append((family, url, kw))


def pages() -> Iterator[Page]:
    for family, url, kw in PAGES:
        html, body = _doc(url=url, **kw)  # type: ignore[arg-type]
        yield Page(family, url, _hrefs(html), body)


def _hrefs(html: str) -> str:
    """Every bare `<a>` written above given an address, as the sites' links have one."""
    count = iter(range(1, 10_000))
    return re.sub(r"<a(?=[ >])(?![^>]*\bhref=)", lambda _: f'<a href="/link/{next(count)}"', html)


def _ol(items: list[str]) -> B:
    return ("<ol>" + "".join(f"<li>{i}</li>" for i in items) + "</ol>",
            "\n".join(_strip(i) for i in items))


def _q(text: str) -> B:
    return (f"<blockquote><p>{text}</p></blockquote>", _strip(text))


def _table(rows: list[list[str]], cls: str = "") -> B:
    attr = f' class="{cls}"' if cls else ""
    html = f"<table{attr}><tbody>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>"
    return (html, "\n".join(" ".join(_strip(c) for c in r) for r in rows))


def _br(text: str) -> B:
    """A paragraph of a `<br>`-separated body (no `<p>`)."""
    return (f"{text}<br><br>\n", _strip(text))


# ---------------------------------------------------------------------------------------------
# US newspaper chains

page("mcclatchy", "https://www.kansascity.com/news/local/article237512345.html",
     lang="en", title="Kansas City council approves streetcar extension funding",
     site="The Kansas City Star", pub="2019-11-21T17:45:00-06:00", author="Allison Kite",
     chrome_top=_nav("The Kansas City Star", ["News", "Sports", "Opinion", "Entertainment", "Obituaries"]),
     before='<main><article class="story-body"><header class="header"><h1 class="h1">Kansas City council approves streetcar extension funding</h1><div class="byline"><a class="ng_byline_name" href="/profile/123">By Allison Kite</a></div><div class="time">November 21, 2019 05:45 PM</div></header>'
            '<div class="story-tools"><a class="share-facebook">Facebook</a><a class="share-twitter">Twitter</a><a class="share-email">Email</a></div>'
            '<figure class="figure"><img src="/x.jpg"><figcaption class="caption">The streetcar runs along Main Street. <span class="credit">Tammy Ljungblad tljungblad@kcstar.com</span></figcaption></figure>',
     blocks=[
         _p("The Kansas City Council on Thursday approved the final piece of local funding for a streetcar extension to the University of Missouri-Kansas City."),
         _p("The 3.5-mile line along Main Street is expected to cost $316 million, about half of which the city hopes will come from a federal grant."),
         _x('<div class="ad-widget"><div class="zone-el"><span>ADVERTISING</span></div></div>'),
         _p("\"This is a generational investment,\" Mayor Quinton Lucas said before the vote."),
         _x('<div class="newsletter-signup"><h4>SIGN UP</h4><p>Get unlimited digital access to The Star. Subscribe now for just $1.</p><a>Subscribe now</a></div>'),
         _p("Construction could begin in 2021 if the grant is awarded."),
         _x('<div class="related-story"><h3>Related stories from Kansas City Star</h3><ul><li><a>Streetcar ridership tops 2 million</a></li><li><a>What the extension means for Midtown</a></li></ul></div>'),
     ],
     after='<div class="trailer"><p class="trailer-text">This story was originally published November 21, 2019 5:45 PM.</p></div>'
           '<div class="author-bio"><p>Allison Kite covers City Hall for The Kansas City Star.</p></div><div class="comments"><p>Comments</p></div></article></main>',
     chrome_bottom=_foot("Copyright 2019 The Kansas City Star. All Rights Reserved. User Agreement | Privacy Policy"))

page("lee-blox", "https://journalstar.com/news/local/govt-and-politics/lancaster-county-board-jail-expansion/article_ab12cd34-0a1b-5c2d-9e8f-123456789abc.html",
     lang="en", title="Lancaster County Board weighs jail expansion",
     site="Lincoln Journal Star", pub="2019-11-19T19:30:00-06:00", author="Margaret Reist",
     chrome_top=_nav("Lincoln Journal Star", ["News", "Sports", "Obituaries", "Opinion", "Business", "Entertainment"]),
     before='<div class="main-content"><article class="asset story"><header class="asset-header"><h1 class="headline"><span class="tnt-headline">Lancaster County Board weighs jail expansion</span></h1>'
            '<ul class="list-inline"><li><span class="tnt-byline">MARGARET REIST Lincoln Journal Star</span></li><li><time class="tnt-date">Nov 19, 2019</time></li></ul>'
            '<div class="share-container"><span class="tnt-icon">Facebook</span><span>Twitter</span><span>WhatsApp</span><span>SMS</span><span>Email</span></div></header>'
            '<div id="asset-content" class="asset-body"><div class="asset-content subscriber-premium" itemprop="articleBody"><div class="subscriber-only">',
     blocks=[
         _p("The Lancaster County Board on Tuesday heard a proposal to add 200 beds to the county jail, which has been near capacity for most of the year."),
         _p("Corrections Director Brad Johnson said the jail held an average of 590 inmates in October, in a building designed for 608."),
         _x('<div class="tncms-inline-ad"><div class="tnt-ads">Ad</div></div>'),
         _p("Board members said they want to look at ways to reduce the number of people held before trial before committing to new construction."),
         _x('<div class="tnt-asset-inline-promo"><div class="card-headline"><h3><a>Lincoln police report 2 overnight break-ins</a></h3></div></div>'),
         _p("The board is expected to discuss the proposal again in January."),
         _p("<em>Reach the writer at 402-473-7226 or mreist@journalstar.com. On Twitter @LJSreist.</em>"),
     ],
     after='</div></div></div><div class="asset-tags"><span>Tags</span><a>Lancaster County Board</a><a>Jail</a></div>'
           '<div class="tnt-newsletter"><h4>Get local news delivered to your inbox!</h4><p>Subscribe to our Daily Headlines newsletter.</p><p>Email notifications are only sent once a day, and only if there are new matching items.</p></div>'
           '<div class="tnt-comments"><p>Be the first to know</p><p>Get local news delivered to your inbox!</p></div></article></div>',
     chrome_bottom=_foot("© Copyright 2019, Lincoln Journal Star, 926 P St. Lincoln, NE | Terms of Use | Privacy Policy"))

page("hearst-news", "https://www.houstonchronicle.com/news/houston-texas/houston/article/Houston-bayou-trail-opens-14846123.php",
     lang="en", title="New bayou trail connects two Houston parks",
     site="Houston Chronicle", pub="2019-11-20T16:12:00-06:00", author="Dug Begley",
     chrome_top=_nav("Houston Chronicle", ["Local", "Sports", "Business", "Opinion", "Entertainment"]),
     before='<main><article class="article"><header><h1 class="header">New bayou trail connects two Houston parks</h1><div class="article-byline"><span class="author">By <a href="/author/dug-begley/">Dug Begley</a></span> <time class="timestamp">Updated 4:12 pm CST, Wednesday, November 20, 2019</time></div></header>'
            '<div class="article-title-dek"><div class="photo-wrapper"><img src="/x.jpg"><p class="caption-truncated">Cyclists ride along the new trail near Shepherd Drive on Tuesday. Photo: Jon Shapley, Staff Photographer</p><p class="photo-credit">Photo: Jon Shapley, Staff Photographer</p></div></div>'
            '<section class="body">',
     blocks=[
         _p("Cyclists and runners can now travel from Memorial Park to downtown without leaving a trail, after the city opened a new link along White Oak Bayou on Tuesday."),
         _p("The 1.2-mile segment cost about $6 million and was paid for with money from the 2012 park bond."),
         _x('<div class="ad-module"><span class="ad-label">Advertisement</span></div>'),
         _x('<p class="related"><strong>RELATED:</strong> <a href="/news/bike-lanes">Houston adds 20 miles of bike lanes</a></p>'),
         _p("\"Ten years ago, this was a drainage ditch with a chain-link fence,\" said Beth White, president of the Houston Parks Board."),
         _x('<div class="hst-morestories"><h4>Most Popular</h4><ol><li><a>Houston weather: Cold front arrives Friday</a></li><li><a>Astros face hearing on sign stealing</a></li></ol></div>'),
         _p("The next phase, which would extend the trail to the east, is expected to open in 2021."),
         _p("<em>dug.begley@chron.com</em>"),
     ],
     after='</section><div class="article-footer"><p>Dug Begley covers transportation for the Houston Chronicle.</p><a>Follow on Twitter @DugBegley</a></div></article></main>',
     chrome_bottom=_foot("© 2019 Hearst Communications, Inc."))

page("advance-local", "https://www.nj.com/news/2019/11/nj-transit-delays-blamed-on-engineer-shortage.html",
     lang="en", title="N.J. Transit delays blamed on engineer shortage, report says",
     site="nj.com", pub="2019-11-18T14:29:00-05:00", author="Larry Higgs",
     chrome_top=_nav("nj.com", ["News", "Politics", "Sports", "Entertainment", "Food"]),
     before='<main><article class="article"><h1 class="article__headline">N.J. Transit delays blamed on engineer shortage, report says</h1>'
            '<div class="article__byline"><span class="article__byline--author">By <a>Larry Higgs</a> | NJ Advance Media for NJ.com</span></div><time class="article__published-at">Posted Nov 18, 2019</time>'
            '<div class="share-tools"><a>Facebook Share</a><a>Twitter Share</a></div><div class="entry-content">',
     blocks=[
         _p("A shortage of locomotive engineers caused most of the train cancellations N.J. Transit riders endured this year, according to a report released Monday.", "article__paragraph"),
         _p("The agency canceled 2,131 trains between January and September, and 60% of those were blamed on a lack of engineers, the report said.", "article__paragraph"),
         _x('<div class="ad-wrapper"><div class="ad">Ad</div></div>'),
         _p("N.J. Transit officials said 74 new engineers will finish training by the end of next year.", "article__paragraph"),
         _x('<p class="article__paragraph"><em>Our journalism needs your support. Please subscribe today to </em><a href="https://www.nj.com/subscribe"><em>NJ.com</em></a><em>.</em></p>'),
         _p("<em>Larry Higgs may be reached at lhiggs@njadvancemedia.com.</em>", "article__paragraph"),
         _x('<p class="article__paragraph"><em>Have a tip? Tell us. <a href="https://www.nj.com/tips">nj.com/tips</a></em></p>'),
     ],
     after='</div><div class="article__footer"><p>If you purchase a product or register for an account through one of the links on our site, we may receive compensation.</p></div></article></main>',
     chrome_bottom=_foot("© 2019 Advance Local Media LLC. All rights reserved (About Us). The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of Advance Local."))

# ---------------------------------------------------------------------------------------------
# Business

page("bloomberg", "https://www.bloomberg.com/news/articles/2019-11-19/oil-falls-as-trade-deal-doubts-weigh",
     lang="en", title="Oil Falls as Doubts Over Trade Deal Weigh on Demand Outlook",
     site="Bloomberg", pub="2019-11-19T08:45:00Z", author="Alex Longley",
     chrome_top=_nav("Bloomberg", ["Markets", "Technology", "Politics", "Wealth", "Pursuits", "Opinion"]),
     before='<main><article class="article-content"><div class="lede-text-v2"><h1 class="lede-text-v2__hed">Oil Falls as Doubts Over Trade Deal Weigh on Demand Outlook</h1></div>'
            '<ul class="abstract-v2"><li>Futures drop as much as 1.9% after closing at two-month high</li><li>Russia seen unlikely to back deeper OPEC+ cuts, sources say</li></ul>'
            '<div class="lede-text-v2__byline"><div class="author-v2"><a>Alex Longley</a></div><time>November 19, 2019, 3:45 AM EST</time></div><div class="body-copy-v2 fence-body">',
     blocks=[
         _p("Oil fell for a second day amid growing doubts that the U.S. and China will be able to agree on the first stage of a trade deal."),
         _p("Futures in New York declined as much as 1.9% after closing on Monday at the highest level since September."),
         _x('<div class="inline-newsletter-recirc"><p>Sign up for the Bloomberg Evening Briefing newsletter.</p></div>'),
         _p("Russia is unlikely to agree to deeper production cuts at next month's OPEC+ meeting, according to people familiar with the matter."),
         _x('<p class="news-rsf-read-more"><strong>Read more:</strong> <a>Saudi Aramco Cuts Valuation Target</a></p>'),
         _p("&mdash; With assistance from Grant Smith"),
         _p("To contact the reporter on this story: Alex Longley in London at alongley@bloomberg.net"),
         _p("To contact the editors responsible for this story: James Herron at jherron9@bloomberg.net, Rachel Graham"),
     ],
     after='</div><div class="paywall-inline-tout"><p>Before it&#39;s here, it&#39;s on the Bloomberg Terminal.</p><a>LEARN MORE</a></div></article></main>',
     chrome_bottom=_foot("©2019 Bloomberg L.P. All Rights Reserved"))

page("marketwatch", "https://www.marketwatch.com/story/retirees-are-moving-to-these-states-2019-11-18",
     lang="en", title="Retirees are moving to these states in record numbers",
     site="MarketWatch", pub="2019-11-18T11:02:00-05:00", author="Alessandra Malito",
     chrome_top=_nav("MarketWatch", ["Latest News", "Markets", "Watchlist", "Investing", "Personal Finance", "Retirement"]),
     before='<div class="container"><div class="article__masthead"><h1 class="article__headline">Retirees are moving to these states in record numbers</h1><div class="article__byline"><h4 class="byline">By <a>Alessandra Malito</a></h4><time class="timestamp">Published: Nov. 18, 2019 at 11:02 a.m. ET</time></div></div>'
            '<div class="article__flashline"><a>Comments</a><a>Share</a></div><div id="js-article__body" class="article__body article-wrap at16-col16 barrons-article-wrap" itemprop="articleBody">',
     blocks=[
         _p("Florida remains the top choice, but more retirees are heading to the Carolinas."),
         _p("North and South Carolina together drew more than 90,000 residents over the age of 60 last year, according to a new analysis of Census data."),
         _x('<p><strong>See also:</strong> <a>Here are the best places to retire in 2020</a></p>'),
         _p("Lower taxes and housing costs are the main draw, the analysis found."),
         _x('<div class="element element--ad"><div id="ad_inarticle" class="ad">Advertisement</div></div>'),
         _p("Arizona, Texas and Georgia rounded out the top five."),
         _x('<p><strong>Read:</strong> <a>This is how much you need to retire comfortably</a></p>'),
         _p("Financial planners caution that moving for lower costs alone can backfire if retirees leave family behind."),
     ],
     after='</div><div class="article__footer"><div class="article__author"><p>Alessandra Malito is a retirement reporter based in New York.</p></div><div class="article__comments"><a>Read the comments</a></div></div></div>',
     chrome_bottom=_foot("Copyright ©2019 MarketWatch, Inc. All rights reserved. By using this site you agree to the Subscriber Agreement & Terms of Use, Privacy Notice, and Cookie Notice."))

page("buzzfeednews", "https://www.buzzfeednews.com/article/janelytvynenko/fact-check-viral-photo-storm",
     lang="en", title="No, This Viral Photo Doesn't Show This Week's Storm",
     site="BuzzFeed News", pub="2019-11-18T20:11:00Z", author="Jane Lytvynenko",
     chrome_top=_nav("BuzzFeed News", ["Home", "Sections", "Trending"]),
     before='<main><article><header class="news-article-header"><h1 class="news-article-header__title">No, This Viral Photo Doesn\'t Show This Week\'s Storm</h1><p class="news-article-header__dek">The picture was taken in 2017 in Uruguay.</p>'
            '<div class="news-byline"><a class="news-byline-full__name">Jane Lytvynenko</a><p class="news-byline-full__title">BuzzFeed News Reporter</p></div><p class="news-article-header__timestamps-posted">Posted on November 18, 2019, at 3:11 p.m. ET</p></header>'
            '<div class="js-article-wrapper"><div data-module="subbuzz-text" class="subbuzz subbuzz-text">',
     blocks=[
         _p("A photo of a towering storm cloud shared tens of thousands of times this weekend does not show this week's storm in Texas."),
         _p("The image was first posted in 2017 by a photographer in Uruguay, according to a reverse image search."),
         _x('</div><div class="subbuzz subbuzz-image"><figure><img src="/x.jpg"><figcaption class="subbuzz__caption">The viral photo.</figcaption><span class="subbuzz__attribution">Twitter / Via Twitter: @stormchaser</span></figure></div><div class="subbuzz subbuzz-text">'),
         _p("The photographer confirmed to BuzzFeed News that the picture was his and that it was taken near Montevideo."),
         _p("Several accounts that shared the photo deleted their posts after being told it was old."),
         _x('</div><div class="news-article-footer"><div class="newsletter-signup"><h3>Sign up for BuzzFeed News’ daily newsletter!</h3><input placeholder="you@email.com"></div><div class="news-tags"><span>Topics in this article</span><a>Misinformation</a></div>'),
     ],
     after='</div></div></article></main>',
     chrome_bottom=_foot("© 2019 BuzzFeed, Inc"))

page("contributor-network", "https://www.entrepreneur.com/article/342712",
     lang="en", title="5 Ways to Keep Your Team Motivated Through the Holidays",
     site="Entrepreneur", pub="2019-11-18T08:30:00-08:00", author="John Rampton",
     chrome_top=_nav("Entrepreneur", ["Latest", "Leadership", "Starting a Business", "Franchise", "Money"]),
     before='<main><article><div class="article-header"><h1 class="headline">5 Ways to Keep Your Team Motivated Through the Holidays</h1><h2 class="dek">The end of the year is a chance to celebrate wins and set goals.</h2>'
            '<div class="byline"><a>John Rampton</a><span class="byline-title">Entrepreneur and Connector</span></div><time>November 18, 2019</time><span class="read-time">4 min read</span>'
            '<p class="disclaimer"><em>Opinions expressed by Entrepreneur contributors are their own.</em></p></div><div class="art-v2-body">',
     blocks=[
         _p("Productivity tends to slide between Thanksgiving and New Year's Day. That does not have to be a problem."),
         _h("1. Celebrate the year's wins."),
         _p("Take time to look back at what the team achieved. A short meeting that names specific accomplishments goes a long way."),
         _h("2. Be flexible with schedules."),
         _p("Employees juggling travel and family obligations will appreciate the chance to shift their hours."),
         _x('<div class="kb-inline"><p>Related: <a>How to Be a Better Leader in 2020</a></p></div>'),
         _h("3. Set goals for next year together."),
         _p("Ask each person what they want to accomplish in the new year, and write it down."),
     ],
     after='</div><div class="author-bio"><h4>John Rampton</h4><p>Entrepreneur and Connector</p><p>John Rampton is an entrepreneur, investor and startup enthusiast. He is the founder of the calendar company Calendar.</p></div></article></main>',
     chrome_bottom=_foot("Copyright © 2019 Entrepreneur Media, Inc. All rights reserved."))

page("inc", "https://www.inc.com/jessica-stillman/science-says-this-is-best-time-to-exercise.html",
     lang="en", title="Science Says This Is the Best Time of Day to Exercise",
     site="Inc.com", pub="2019-11-18T06:00:00-05:00", author="Jessica Stillman",
     chrome_top=_nav("Inc.", ["Leadership", "Innovate", "Grow", "Lead", "Money"]),
     before='<main><article><header><p class="kicker">Health</p><h1>Science Says This Is the Best Time of Day to Exercise</h1><h2 class="standfirst">A new study suggests timing matters more than you think.</h2>'
            '<div class="byline"><span>By <a>Jessica Stillman</a></span><span class="author-title">Contributor, Inc.com@EntryLevelRebel</span></div><time>Nov 18, 2019</time>'
            '<div class="social"><a>Share on Facebook</a><a>Share on Twitter</a><a>Share on LinkedIn</a></div></header><div class="article-body">',
     blocks=[
         _p("If you've been squeezing in a workout whenever you can find the time, a new study may make you think again."),
         _p("Researchers at the Weizmann Institute found that mice performed better on treadmills in the evening than in the morning."),
         _x('<div class="inline-ad"><p>Advertisement</p></div>'),
         _p("The effect was tied to a molecule that helps the body use sugar and fat for energy."),
         _p("Of course, the best time to exercise is still the time you will actually do it."),
     ],
     after='</div><div class="article-footer"><p class="disclaimer">The opinions expressed here by Inc.com columnists are their own, not those of Inc.com.</p><div class="more-from"><h3>More from Inc.</h3><ul><li><a>How to Wake Up Early</a></li></ul></div></div></article></main>',
     chrome_bottom=_foot("Copyright © 2019 Mansueto Ventures LLC. All rights reserved."))

# ---------------------------------------------------------------------------------------------
# Tech

page("pcmag", "https://www.pcmag.com/review/371912/acme-wireless-earbuds",
     lang="en", title="Acme Wireless Earbuds Review",
     site="PCMag", pub="2019-11-18T15:00:00Z", author="Tim Gideon",
     chrome_top=_nav("PCMag", ["Reviews", "Best Products", "Categories", "How-To", "Deals"]),
     before='<main><article><header><h1 id="id_title">Acme Wireless Earbuds Review</h1><div class="review-summary"><div class="rating"><span>3.5</span> Good</div><div class="price">$149.99 at Amazon</div>'
            '<div class="pros-cons"><h3>Pros</h3><ul><li>Powerful bass.</li><li>Comfortable fit.</li></ul><h3>Cons</h3><ul><li>No app.</li><li>Mediocre call quality.</li></ul><h3>Bottom Line</h3><p>The Acme Wireless Earbuds deliver big bass for the price.</p></div></div>'
            '<div class="author">By <a>Tim Gideon</a></div><time>November 18, 2019 10:00AM EST</time></header><div class="review-body" id="id_text">',
     blocks=[
         _p("Acme's latest true wireless earbuds aim squarely at listeners who want serious bass without paying a premium."),
         _h("Design"),
         _p("The earbuds come in black or white and ship with three sizes of silicone ear tips."),
         _x('<div class="inline-promo"><p>Similar Products</p><p>Jabra Elite 65t $169.99 at Amazon</p><p>See It</p></div>'),
         _table([["Bluetooth version", "5.0"], ["Battery life (rated)", "6 hours"], ["Water resistance", "IPX4"]]),
         _h("Performance"),
         _p("On tracks with intense sub-bass content, the earbuds deliver a powerful low-frequency response without distorting at top volumes."),
         _h("Conclusions"),
         _p("If you want bass above all else, the Acme earbuds are worth a look."),
     ],
     after='</div><div class="product-specs-footer"><a>Where to Buy</a><p>$149.99 at Amazon</p></div><div class="author-bio"><p>Tim Gideon has been reviewing audio products for PCMag since 2006.</p></div></article></main>',
     chrome_bottom=_foot("PCMag is obsessed with culture and tech. © 1996-2019 Ziff Davis, LLC."))

page("xda", "https://www.xda-developers.com/phone-update-android-10-beta/",
     lang="en", title="Android 10 beta now available for the Example Phone 7",
     site="xda-developers", pub="2019-11-18T12:30:00-05:00", author="Mishaal Rahman",
     chrome_top=_nav("XDA", ["Forums", "News", "Reviews", "Apps", "Tutorials"]),
     before='<main><article class="post"><header><h1 class="entry-title">Android 10 beta now available for the Example Phone 7</h1><div class="meta"><a>Mishaal Rahman</a> <span class="meta_date">Nov 18, 2019</span> <a class="comments-count">2 Comments</a></div></header><div class="entry_content">',
     blocks=[
         _p("Owners of the Example Phone 7 can now try Android 10 through an open beta program."),
         _p("The beta is available in India, Europe and North America, and can be installed over the air after signing up."),
         ('<div class="article_aside"><h4>Example Phone 7 XDA Forums</h4></div>', None),
         _p("Known issues include a broken always-on display and occasional Wi-Fi drops, according to the release notes."),
         _ul(["Always-on display does not work", "Wi-Fi may disconnect after sleep", "Some banking apps may crash"]),
         _p("The company says a stable release will follow in January."),
         _x('<p><strong>Via:</strong> <a>Example Community</a> | <strong>Source:</strong> <a>Example Beta Program</a></p>'),
     ],
     after='</div><div class="want-more-posts"><p>Want more posts like this delivered to your inbox? Enter your email to be subscribed to our newsletter.</p></div></article></main>',
     chrome_bottom=_foot("XDA Developers was founded by developers, for developers. © 2019 XDA Developers"))

page("androidauthority", "https://www.androidauthority.com/best-budget-phones-2019-1052345/",
     lang="en", title="The best budget phones you can buy right now",
     site="Android Authority", pub="2019-11-18T09:00:00-05:00", author="Edgar Cervantes",
     chrome_top=_nav("Android Authority", ["Reviews", "Best", "Deals", "Apps", "Dev"]),
     before='<main><article><header><h1>The best budget phones you can buy right now</h1><div class="meta"><span class="author-name">By <a>Edgar Cervantes</a></span><time>November 18, 2019</time></div></header>'
            '<div class="aa-disclosure"><p>We may earn a commission for purchases made using our links. <a>Learn more.</a></p></div><div class="article-content">',
     blocks=[
         _p("You do not need to spend $1,000 to get a great smartphone. These are our favorite phones under $300."),
         _h("1. Example Phone 8"),
         _p("The Example Phone 8 has a big battery, a sharp screen and a surprisingly capable camera."),
         _x('<div class="aa_button_widget"><a class="aa_buy_button">Buy now from Amazon</a><a>$199.99</a></div>'),
         _h("2. Moto G7 Power"),
         _p("If battery life is your top priority, the G7 Power lasts two full days on a charge."),
         _x('<div class="aa_button_widget"><a class="aa_buy_button">Buy now from Best Buy</a></div>'),
         _h("3. Pixel 3a"),
         _p("Google's cheaper Pixel has one of the best cameras at any price."),
     ],
     after='</div><div class="post-tags"><a>Budget phones</a><a>Samsung</a></div><div class="comments"><a>Comments</a></div></article></main>',
     chrome_bottom=_foot("© 2019 Android Authority | All rights reserved"))

page("tomshardware", "https://www.tomshardware.com/news/gpu-prices-fall-holiday,40712.html",
     lang="en", title="Graphics Card Prices Fall Ahead of Holiday Sales",
     site="Tom's Hardware", pub="2019-11-18T13:44:00Z", author="Paul Alcorn",
     chrome_top=_nav("Tom's Hardware", ["Reviews", "Best Picks", "Raspberry Pi", "CPUs", "GPUs"]),
     before='<main><article><header><h1>Graphics Card Prices Fall Ahead of Holiday Sales</h1><p class="strapline">Good news for gamers.</p><div class="byline"><span class="author">By <a>Paul Alcorn</a></span> <time>November 18, 2019</time></div></header><div id="article-body">',
     blocks=[
         _p("Prices for graphics cards have dropped across the board in the past two weeks, according to our tracking of major retailers."),
         _p("The biggest cuts came on mid-range cards, with several models now selling for $40 less than their launch price."),
         _x('<div class="hawk-widget"><div class="hawk-title">Today\'s best graphics card deals</div><p><span class="hawk-display-price">$229.99</span> <a class="hawk-affiliate-link">View at Amazon</a></p><p><span class="hawk-display-price">$239</span> <a class="hawk-affiliate-link">View at Newegg</a></p><p>We check over 130 million products every day for the best prices</p></div>'),
         _p("High-end cards have seen smaller discounts, and supply of the newest models remains tight."),
         _x('<aside class="see-more"><p><strong>MORE:</strong> <a>Best Graphics Cards</a></p><p><strong>MORE:</strong> <a>GPU Benchmarks Hierarchy</a></p></aside>'),
     ],
     after='</div><div class="author-bio"><p>Paul Alcorn is the Deputy Managing Editor for News and Emerging Tech at Tom\'s Hardware.</p></div></article></main>',
     chrome_bottom=_foot("Tom's Hardware is part of Future US Inc, an international media group and leading digital publisher."))

page("pbs-newshour", "https://www.pbs.org/newshour/science/nasa-picks-landing-site-mars-2020",
     lang="en", title="NASA picks landing site for next Mars rover",
     site="PBS NewsHour", pub="2019-11-19T16:20:00-05:00", author="Nsikan Akpan",
     chrome_top=_nav("PBS NewsHour", ["Politics", "Arts", "Nation", "World", "Economy", "Science", "Health"]),
     before='<main><article class="post"><header class="post__header"><h1 class="post__title">NASA picks landing site for next Mars rover</h1><div class="post__byline"><span class="post__byline-name">By <a>Nsikan Akpan</a></span></div><time class="post__date">Nov 19, 2019 4:20 PM EST</time></header>'
            '<div class="post__share"><a>Email</a><a>Facebook</a><a>Twitter</a></div><div class="body-text">',
     blocks=[
         _p("NASA's next Mars rover will land in an ancient river delta where scientists hope to find signs of past life."),
         _p("The Jezero Crater was chosen after five years of debate among hundreds of scientists."),
         _x('<div class="pbs-video-embed"><p>Watch Video | Listen to the Audio</p></div>'),
         _p("\"The delta is a place where life could have been preserved,\" said Ken Farley, the mission's project scientist."),
         _x('<div class="post__support"><p>Support Provided By: <a>Learn more</a></p></div>'),
         _p("The rover is scheduled to launch in July 2020 and land in February 2021."),
     ],
     after='</div><div class="post__left"><h4>Left:</h4><p>An artist\'s concept of the rover. Image by NASA/JPL-Caltech</p></div><div class="related"><h3>Related</h3><ul><li><a>How to land on Mars</a></li></ul></div></article></main>',
     chrome_bottom=_foot("© 1996 - 2019 NewsHour Productions LLC. All Rights Reserved."))

# ---------------------------------------------------------------------------------------------
# Canada, Australia, New Zealand, Ireland

page("postmedia", "https://nationalpost.com/news/canada/ontario-teachers-strike-vote-results",
     lang="en", title="Ontario high school teachers vote in favour of strike action",
     site="National Post", pub="2019-11-18T12:11:00-05:00", author="Shawn Jeffords",
     chrome_top=_nav("National Post", ["News", "Opinion", "Sports", "Culture", "Life"]),
     before='<main><article class="article"><header class="article-header"><h1 class="article-title">Ontario high school teachers vote in favour of strike action</h1><p class="article-subtitle">The union is in a legal strike position as of Nov. 16</p>'
            '<div class="published-by"><span class="published-by__author">Shawn Jeffords, The Canadian Press</span><span class="published-date">November 18, 2019 12:11 PM EST</span></div></header>'
            '<div class="story-v2-content-element"><section class="article-content">',
     blocks=[
         _p("TORONTO — Ontario's public high school teachers have voted overwhelmingly in favour of a strike mandate, their union said Monday."),
         _p("The Ontario Secondary School Teachers' Federation said 95.5 per cent of its members who voted supported a strike if necessary."),
         _x('<div class="ad__section-border"><p class="ad__label">Story continues below</p><div class="ad__inner">This advertisement has not loaded yet, but your article continues below.</div></div>'),
         _p("The union's president said the vote sends a strong message to the government, which wants to increase class sizes."),
         _x('<div class="newsletter-signup__inline"><p>Sign up to receive daily headline news from National Post, a division of Postmedia Network Inc.</p><p>By clicking on the sign up button you consent to receive the above newsletter from Postmedia Network Inc.</p></div>'),
         _p("Education Minister Stephen Lecce said he remains committed to reaching a deal at the bargaining table."),
     ],
     after='</section></div><div class="article-footer__tags"><span>Trending</span><a>Toronto Raptors</a></div><div class="comments-disclaimer"><p>Postmedia is committed to maintaining a lively but civil forum for discussion and encourage all readers to share their views on our articles.</p></div></article></main>',
     chrome_bottom=_foot("© 2019 National Post, a division of Postmedia Network Inc. All rights reserved."))

page("torstar", "https://www.thestar.com/news/gta/2019/11/18/ttc-subway-delays-signal-upgrade.html",
     lang="en", title="TTC blames signal upgrade for weekend subway delays",
     site="thestar.com", pub="2019-11-18T17:24:00-05:00", author="Ben Spurr",
     chrome_top=_nav("Toronto Star", ["News", "GTA", "Canada", "Politics", "Business", "Opinion"]),
     before='<main><article class="c-article-body"><header><h1 class="c-article-headline__heading">TTC blames signal upgrade for weekend subway delays</h1><div class="article__byline"><span class="article__author-name">By Ben Spurr</span><span class="article__author-title">Transportation Reporter</span><time>Mon., Nov. 18, 2019</time></div><div class="article__timer">timer 3 min. read</div></header>'
            '<div class="c-article-body__content">',
     blocks=[
         _p("Subway riders on Line 1 faced long delays over the weekend as the TTC continued work on its new signal system, the agency said Monday.", "text-block-container"),
         _p("The TTC closed the line between St. Clair and Lawrence stations on Saturday and Sunday, and shuttle buses were overwhelmed.", "text-block-container"),
         _x('<div class="c-article-body__inline-ad"><span>ADVERTISEMENT</span></div>'),
         _p("Spokesperson Stuart Green said the signal project is now 80 per cent complete and on track to finish by 2022.", "text-block-container"),
         _x('<p class="text-block-container"><strong>Read more:</strong></p>'),
         _x('<ul class="c-related-list"><li><a>TTC ridership hits record</a></li><li><a>Why the new signals matter</a></li></ul>'),
         _p("More weekend closures are planned for early next year.", "text-block-container"),
     ],
     after='</div><div class="article__author-bio"><p><a>Ben Spurr</a> is a Toronto-based reporter covering transportation. Follow him on Twitter: <a>@BenSpurr</a></p></div>'
           '<div class="c-comments-count"><p>Read more about: <a>TTC</a></p><button>SHARE:</button></div></article></main>',
     chrome_bottom=_foot("© Copyright Toronto Star Newspapers Ltd. 1996 - 2019"))

page("newscorp-au", "https://www.news.com.au/technology/environment/bushfire-smoke-sydney/news-story/abc123def456",
     lang="en", title="Sydney blanketed in bushfire smoke as fire danger rises",
     site="news.com.au", pub="2019-11-19T06:30:00+11:00", author="Charis Chang",
     chrome_top=_nav("news.com.au", ["National", "World", "Lifestyle", "Travel", "Entertainment", "Technology"]),
     before='<main><article id="story"><header class="story-header"><h1 class="story-headline">Sydney blanketed in bushfire smoke as fire danger rises</h1><p class="intro">Sydney has woken to a thick blanket of smoke as fire danger ratings climb across NSW.</p>'
            '<div class="byline"><span class="author">Charis Chang</span><span class="source">news.com.au</span><time>November 19, 2019 6:30am</time></div></header>'
            '<div class="story-content" id="story-body">',
     blocks=[
         _p("Sydney residents woke to hazardous air quality on Tuesday as smoke from fires burning across the state drifted over the city."),
         _p("The NSW Rural Fire Service said more than 50 fires were burning, with 20 not yet contained."),
         _x('<p><strong>RELATED: </strong><a>Follow our live coverage of the fire emergency</a></p>'),
         _p("Health authorities urged people with asthma to stay indoors and keep medication close."),
         _x('<div class="ad"><div class="ad-label">Advertisement</div></div>'),
         _x('<p><strong>READ MORE: </strong><a>What the fire danger ratings mean</a></p>'),
         _p("Temperatures are forecast to reach 37C in western Sydney later in the week."),
         _p("<em>Continue the conversation @charischang2 | charis.chang@news.com.au</em>"),
     ],
     after='</div><div class="comments-block"><h3>Comments</h3><p>Join the conversation</p></div></article></main>',
     chrome_bottom=_foot("Copyright © 2019 News Limited. All times AEDT (GMT +11)."))

page("nine-au", "https://www.smh.com.au/national/nsw/commuters-face-delays-as-light-rail-cracks-20191118-p53bmq.html",
     lang="en", title="Commuters face months of delays after light rail cracks found",
     site="The Sydney Morning Herald", pub="2019-11-18T13:45:00+11:00", author="Matt O'Sullivan",
     chrome_top=_nav("The Sydney Morning Herald", ["Sydney", "NSW", "Politics", "Business", "World", "Opinion"]),
     before='<main><article><header><h1 itemprop="headline">Commuters face months of delays after light rail cracks found</h1><div class="byline"><span>By <a>Matt O\'Sullivan</a></span><time>November 18, 2019 — 1.45pm</time></div>'
            '<div class="sharing"><a>Share on Facebook</a><a>Share on Twitter</a><a>Send via Email</a><a>Normal text size</a><a>Larger text size</a><a>Very large text size</a></div></header>'
            '<section class="_1665V undefined"><div class="_2ybI6">',
     blocks=[
         _p("Trams on Sydney's inner-west light rail line will remain off the tracks for up to 18 months after cracks were found in all 12 vehicles."),
         _p("Transport Minister Andrew Constance said bus replacement services would run in the meantime."),
         _x('<div class="_3y6-q"><div class="adWrapper"><p>Advertisement</p></div></div>'),
         _p("The trams were built by Spanish manufacturer CAF and entered service in 2014."),
         _p("\"Safety is the number one priority,\" Mr Constance said."),
         _x('<div class="_1UJeP"><p><em>Get a note direct from our foreign correspondents on what’s making headlines around the world. Sign up for the weekly What in the World newsletter <a>here</a>.</em></p></div>'),
     ],
     after='</div></section><div class="_3ZO9x"><h4>License this article</h4><a>Transport</a></div><div class="authorBio"><p><a>Matt O\'Sullivan</a> is the Transport Reporter for The Sydney Morning Herald.</p></div></article></main>',
     chrome_bottom=_foot("Copyright © 2019 Nine Entertainment Co."))

page("abc-au", "https://www.abc.net.au/news/2019-11-19/koalas-rescued-from-bushfire-port-macquarie/11715678",
     lang="en-AU", title="Injured koalas rescued from bushfire zone",
     site="ABC News", pub="2019-11-19T05:12:00+11:00", author="Emma Siossian",
     chrome_top=_nav("ABC News", ["Just In", "Coronavirus", "Politics", "World", "Business", "Analysis"]),
     before='<main><article><header><h1>Injured koalas rescued from bushfire zone</h1><div class="byline">By <a>Emma Siossian</a></div><div class="published"><span class="timestamp">Posted 19 Nov 2019, 5:12am</span></div></header>'
            '<div class="comp-rich-text article-text clearfix">',
     blocks=[
         _p("Wildlife carers have rescued dozens of injured koalas from bushland burnt in fires on the NSW Mid North Coast."),
         _x('<div class="inline-content photo full"><img src="/x.jpg"><span class="caption">Photo: A koala named Anwen is treated for burns at the Port Macquarie Koala Hospital. (ABC Mid North Coast: Emma Siossian)</span></div>'),
         _p("The Port Macquarie Koala Hospital said it had treated 31 koalas since the fires began."),
         _h("'Heartbreaking' scenes", "h2"),
         _p("Hospital clinical director Cheyne Flanagan said many of the animals had burns to their paws."),
         _x('<div class="inline-content wysiwyg right"><h3 class="story-related">Related Story: <a>Koala hospital raises $1m for water stations</a></h3></div>'),
         _p("\"It's heartbreaking to see,\" she said. \"But they are tough little animals.\""),
     ],
     after='</div><div class="topics"><p><strong>Topics:</strong> <a>bushfire</a>, <a>animals</a>, <a>port-macquarie-2444</a></p></div><div class="published-footer"><p>First posted 19 Nov 2019, 5:12am</p></div></article></main>',
     chrome_bottom=_foot("AEDT = Australian Eastern Daylight Time which is 11 hours ahead of GMT (Greenwich Mean Time). © 2019 ABC"))

page("stuff-nz", "https://www.stuff.co.nz/national/117512345/wellington-water-main-burst",
     lang="en", title="Water main burst floods Wellington street",
     site="Stuff", pub="2019-11-18T10:15:00+13:00", author="Damian George",
     chrome_top=_nav("Stuff", ["National", "World", "Business", "Climate Change", "Sport", "Entertainment"]),
     before='<main><article class="story_landing"><div class="sics-component__headline"><h1>Water main burst floods Wellington street</h1></div><div class="sics-component__byline"><span class="sics-component__byline__author">Damian George</span><span class="sics-component__byline__date">10:15, Nov 18 2019</span></div>'
            '<div class="sics-component__story-social"><a>Facebook</a><a>Twitter</a><a>Email</a></div><span class="sics-component__story__body">',
     blocks=[
         _p("A burst water main has flooded a central Wellington street and left dozens of businesses without water.", "sics-component__html-injector sics-component__story__paragraph"),
         _p("Wellington Water said the 300mm pipe on Willis St burst about 6am on Monday.", "sics-component__html-injector sics-component__story__paragraph"),
         _x('<p class="sics-component__html-injector sics-component__story__paragraph"><strong>READ MORE:</strong><br>* <a>Wellington\'s pipes need $1b of work</a><br>* <a>Burst pipe floods Kelburn</a><br>* <a>Council approves water budget</a></p>'),
         _p("Crews expected to have the pipe repaired by the afternoon, a spokeswoman said.", "sics-component__html-injector sics-component__story__paragraph"),
         _x('<div class="sics-component__ad-space"><span>Advertisement</span></div>'),
         _p("Motorists were asked to avoid the area.", "sics-component__html-injector sics-component__story__paragraph"),
         _p("<em>- Stuff</em>", "sics-component__html-injector sics-component__story__paragraph"),
     ],
     after='</span><div class="sics-component__story-footer"><p>Comments</p></div></article></main>',
     chrome_bottom=_foot("© 2019 Stuff Limited"))

page("nzherald", "https://www.nzherald.co.nz/nz/news/article.cfm?c_id=1&objectid=12285123",
     lang="en", title="Auckland Harbour Bridge lane closed after truck breakdown",
     site="NZ Herald", pub="2019-11-18T08:05:00+13:00", author="",
     chrome_top=_nav("NZ Herald", ["Latest", "New Zealand", "World", "Business", "Sport", "Entertainment"]),
     before='<main><article id="article-content"><h1 class="article-title">Auckland Harbour Bridge lane closed after truck breakdown</h1><div class="byline"><span class="publish">18 Nov, 2019 8:05am</span><span class="read-time">2 minutes to read</span></div>'
            '<div class="article-social"><a>Share on Facebook</a><a>Share on Twitter</a><a>Share via Email</a></div><div id="article-body" class="article-body">',
     blocks=[
         _p("Motorists are facing long delays on Auckland's Harbour Bridge after a truck broke down in a southbound lane."),
         _p("The NZ Transport Agency said one lane was closed and urged drivers to allow extra time."),
         _x('<div class="pb-f-ads-ad"><div class="ad">Advertisement</div></div>'),
         _p("Traffic was backed up to Northcote Rd by 7.45am."),
         _x('<div class="element-embed"><p>Advertise with NZME.</p></div>'),
         _p("<em>- NZ Herald</em>"),
     ],
     after='</div><div class="article-footer"><p>Add a comment</p></div></article></main>',
     chrome_bottom=_foot("© Copyright 2019, NZME. Publishing Limited"))

page("irishtimes", "https://www.irishtimes.com/news/ireland/irish-news/dublin-bus-routes-redesign-1.4086123",
     lang="en", title="Dublin bus network redesign moves to next phase",
     site="The Irish Times", pub="2019-11-18T19:15:00+00:00", author="Olivia Kelly",
     chrome_top=_nav("The Irish Times", ["News", "Sport", "Business", "Opinion", "Life & Style", "Culture"]),
     before='<main><article class="article-story"><header><h1 property="headline">Dublin bus network redesign moves to next phase</h1><h2 class="article-subheadline">New routes for north Dublin to be introduced next summer</h2>'
            '<div class="byline"><span class="author"><a>Olivia Kelly</a></span><time class="time-metadata">Mon, Nov 18, 2019, 19:15</time></div></header>'
            '<div class="article_bodycopy" property="articleBody">',
     blocks=[
         _p("The first new bus routes under the BusConnects redesign of Dublin's network will be introduced next summer, the National Transport Authority has said."),
         _p("Routes serving Swords, Malahide and Howth will be the first to change."),
         _x('<div class="incontent-ad"><p>Advertisement</p></div>'),
         _p("The authority received more than 30,000 submissions on the plan during two rounds of public consultation."),
         _p("Director of transport planning Hugh Creegan said the revised network would increase bus services by 23 per cent."),
     ],
     after='</div><div class="article-tags"><p>Topics:</p><a>National Transport Authority</a></div><div class="subscribe-cta"><p>Subscribe to The Irish Times</p></div></article></main>',
     chrome_bottom=_foot("© 2019 The Irish Times DAC"))

# ---------------------------------------------------------------------------------------------
# International broadcasters and the Middle East

page("dw", "https://www.dw.com/en/germany-approves-climate-package/a-51312345",
     lang="en", title="Germany's upper house approves climate package",
     site="DW", pub="2019-11-29T12:40:00+00:00", author="",
     chrome_top=_nav("DW", ["Germany", "World", "Business", "Science", "Environment", "Culture", "Sports"]),
     before='<div id="bodyContent"><div class="col3"><h1>Germany\'s upper house approves climate package</h1><p class="intro">The Bundesrat has approved key parts of Germany\'s climate protection plan.</p>'
            '<ul class="smallList"><li><strong>Date</strong> 29.11.2019</li><li><strong>Author</strong> Kate Martyr (Reuters, AFP, dpa)</li><li><strong>Related Subjects</strong> <a>Germany</a></li><li><strong>Keywords</strong> <a>Bundesrat</a>, <a>climate</a></li></ul>'
            '<div class="share"><h4>Share</h4><a>Send</a><a>Facebook</a><a>Twitter</a><a>Print</a></div><div class="longText">',
     blocks=[
         _p("Germany's upper house of parliament, the Bundesrat, on Friday approved parts of the government's climate protection package."),
         _p("The measures include lower taxes on train tickets and higher taxes on flights."),
         _x('<div class="picBox full"><img src="/x.jpg"><p>Train tickets are set to become cheaper</p></div>'),
         _p("Other parts of the package, including a carbon price on heating and transport, still need to be negotiated with the states."),
         _x('<p><strong>Read more: </strong><a>Opinion: Germany\'s climate package is a disappointment</a></p>'),
         _p("Environmental groups have criticized the package as too weak to meet Germany's targets."),
         _p("kmm/rt (Reuters, AFP, dpa)"),
         _x('<p><em>Each evening at 1830 UTC, DW\'s editors send out a selection of the day\'s hard news and quality feature journalism. You can sign up to receive it directly <a>here</a>.</em></p>'),
     ],
     after='</div><div class="group"><h2>DW recommends</h2><div class="linkList"><a>Germany\'s climate package: What\'s in it?</a></div></div></div></div>',
     chrome_bottom=_foot("© 2019 Deutsche Welle | Legal notice | Contact | Mobile version"))

page("france24", "https://www.france24.com/en/20191118-paris-transport-strike-december",
     lang="en", title="Paris transport unions call open-ended strike from December 5",
     site="France 24", pub="2019-11-18T14:35:00+01:00", author="",
     chrome_top=_nav("France 24", ["France", "Africa", "Middle East", "Americas", "Europe", "Asia-Pacific"]),
     before='<main><article class="t-content"><header><h1 class="t-content__title">Paris transport unions call open-ended strike from December 5</h1><p class="t-content__chapo">Unions at the Paris metro operator RATP said Monday they would strike over pension reform.</p>'
            '<div class="m-pub-dates"><span>Issued on: 18/11/2019 - 14:35</span></div><div class="m-em-share"><a>Facebook</a><a>Twitter</a><a>Linkedin</a><a>Email</a></div></header>'
            '<div class="t-content__body">',
     blocks=[
         _p("Paris, (AFP) - Unions at the Paris transport operator RATP on Monday called an open-ended strike from December 5 against the government's planned pension overhaul."),
         _p("The strike could paralyse the French capital's metro and bus network, as a walkout in September did."),
         _x('<div class="o-self-promo"><p>Advertising</p></div>'),
         _p("President Emmanuel Macron wants to merge France's 42 pension schemes into a single points-based system."),
         _x('<p class="a-read-more">Read more on FRANCE 24 : <a>Why French workers are striking over pensions</a></p>'),
         _p("(AFP)"),
     ],
     after='</div><div class="m-item-tags"><a>France</a><a>Strike</a></div><div class="o-newsletter"><p>Daily newsletter</p><p>Receive essential international news every morning</p><button>Subscribe</button></div></article></main>',
     chrome_bottom=_foot("The content you requested does not exist or is not available anymore. © 2019 Copyright France 24 - All rights reserved"))

page("rfi", "https://www.rfi.fr/fr/afrique/20191118-senegal-pluies-dakar-inondations",
     lang="fr", title="Sénégal: de fortes pluies provoquent des inondations à Dakar",
     site="RFI", pub="2019-11-18T10:20:00+01:00", author="",
     chrome_top=_nav("RFI", ["Afrique", "Amériques", "Asie-Pacifique", "Europe", "France", "Moyen-Orient"]),
     before='<main><article><header><h1 class="article__title">Sénégal: de fortes pluies provoquent des inondations à Dakar</h1><p class="article__chapo">Des pluies hors saison ont surpris les habitants de la capitale sénégalaise dimanche.</p>'
            '<div class="article__infos"><span class="article__author">Par RFI</span><time>Publié le : 18/11/2019 - 10:20</time></div>'
            '<div class="article__audio"><p>Écouter - 01:02</p></div></header><div class="t-content__body">',
     blocks=[
         _p("Des pluies diluviennes se sont abattues sur Dakar dimanche, provoquant des inondations dans plusieurs quartiers de la capitale."),
         _p("Selon les services météorologiques, il est tombé plus de 50 millimètres en quelques heures, un record pour un mois de novembre."),
         _x('<div class="m-interstitial"><p>Publicité</p></div>'),
         _p("Les habitants de la banlieue, à Pikine et Guédiawaye, ont été les plus touchés."),
         _x('<p class="a-related"><strong>► À lire aussi :</strong> <a>Sénégal: le plan de lutte contre les inondations en question</a></p>'),
         _p("Les autorités ont appelé à la prudence et annoncé l'envoi de motopompes."),
     ],
     after='</div><div class="m-newsletter"><p>Newsletter</p><p>Recevez toute l\'actualité internationale directement dans votre boite mail</p></div></article></main>',
     chrome_bottom=_foot("© 2019 Copyright RFI - Tous droits réservés.", ("Contacts", "Mentions légales")))

page("alarabiya", "https://english.alarabiya.net/en/News/gulf/2019/11/18/Saudi-Arabia-to-host-G20-summit-in-Riyadh",
     lang="en", title="Saudi Arabia to host G20 summit in Riyadh next November",
     site="Al Arabiya English", pub="2019-11-18T16:02:00+03:00", author="Al Arabiya English",
     chrome_top=_nav("Al Arabiya English", ["News", "Gulf", "Middle East", "World", "Business", "Life & Style"]),
     before='<main><article><h1 class="headline">Saudi Arabia to host G20 summit in Riyadh next November</h1><div class="article-info"><span class="author">Al Arabiya English</span><time>Monday, 18 November 2019</time><span class="time">Text size <a>A</a> <a>A</a> <a>A</a></span></div>'
            '<div id="body-text" class="article-body">',
     blocks=[
         _p("Saudi Arabia will host the G20 leaders' summit in Riyadh on November 21-22, 2020, the Saudi Press Agency reported on Monday."),
         _p("The Kingdom will take over the G20 presidency from Japan on December 1."),
         _x('<p><strong>Read more:</strong> <a>Saudi Arabia&#39;s G20 presidency: What to expect</a></p>'),
         _p("It will be the first time the summit is held in an Arab country."),
         _x("<p>Last Update: Monday, 18 November 2019 KSA 16:02 - GMT 13:02</p>"),
     ],
     after='</div><div class="tags"><a>G20</a><a>Saudi Arabia</a></div></article></main>',
     chrome_bottom=_foot("All rights reserved. © 2019 Al Arabiya Network"))

page("timesofisrael", "https://www.timesofisrael.com/knesset-votes-to-disperse-third-election/",
     lang="en", title="Knesset moves closer to third election in a year",
     site="The Times of Israel", pub="2019-11-20T21:10:00+02:00", author="Raoul Wootliff",
     chrome_top=_nav("The Times of Israel", ["Israel", "Jewish Times", "Middle East", "Israel Inside", "Ops & Blogs"]),
     before='<main><article class="article"><div class="headline"><h1 class="headline">Knesset moves closer to third election in a year</h1><h2 class="underline">Lawmakers have 21 days to find a candidate with majority support</h2></div>'
            '<div class="byline"><span>By <a>Raoul Wootliff</a></span><span class="date">20 November 2019, 9:10 pm</span></div>'
            '<div class="social"><a>Share on Facebook</a><a>Share on Twitter</a><a>Share by Email</a><a>Share on WhatsApp</a></div><div class="the-content">',
     blocks=[
         _p("Israel moved closer to an unprecedented third election in a year on Wednesday after Blue and White leader Benny Gantz told President Reuven Rivlin he could not form a government."),
         _p("The Knesset now has 21 days in which any lawmaker who can muster the support of 61 members may be tasked with forming a coalition."),
         _x('<div class="toi-inline-ad"><p>Advertisement</p></div>'),
         _p("If no one succeeds, new elections will be called for March."),
         _x('<div class="liveblog-promo"><p>Read more: <a>The Times of Israel liveblog</a></p></div>'),
     ],
     after='</div><div class="toi-donate"><h3>You’re a dedicated reader</h3><p>That’s why we started the Times of Israel ten years ago - to provide discerning readers like you with must-read coverage of Israel and the Jewish world.</p><a>Join Our Community</a></div><div class="article-topics"><a>Knesset</a></div></article></main>',
     chrome_bottom=_foot("© 2019 The Times of Israel, All rights reserved"))

page("haaretz", "https://www.haaretz.com/israel-news/tel-aviv-light-rail-delay-1.8143123",
     lang="en", title="Tel Aviv light rail opening delayed again",
     site="Haaretz", pub="2019-11-18T18:42:00+02:00", author="Noa Shpigel",
     chrome_top=_nav("Haaretz", ["Israel News", "Middle East", "Opinion", "Culture", "Jewish World"]),
     before='<main><article><header><h1 class="mh">Tel Aviv light rail opening delayed again</h1><h2 class="dek">The Red Line will not open before 2021, the Transportation Ministry said</h2><address class="author"><a>Noa Shpigel</a></address><time>Nov 18, 2019 6:42 PM</time></header>'
            '<div class="gift-article"><button>Send in e-mail</button><button>Send in e-mail</button></div><section class="b-entry" data-test="articleBody">',
     blocks=[
         _p("The first line of Tel Aviv's light rail system will not open before the middle of 2021, the Transportation Ministry said on Monday."),
         _p("The Red Line was originally due to open in October 2020."),
         _x('<div class="ad-unit"><span>advertisement</span></div>'),
         _p("The ministry blamed delays in tunneling under the city center."),
         _x('<div class="paywall-mid"><p>Subscribe for unlimited access to Haaretz. Get the full experience. <a>Subscribe</a></p></div>'),
         _p("The project's budget has grown to more than 18 billion shekels."),
     ],
     after='</section><div class="comments"><h3>Comments</h3><button>Click the alert icon to follow topics:</button></div></article></main>',
     chrome_bottom=_foot("© Haaretz Daily Newspaper Ltd. All Rights Reserved"))

# ---------------------------------------------------------------------------------------------
# South Asia

page("hindustantimes", "https://www.hindustantimes.com/world-news/sri-lanka-new-president-sworn-in/story-abc123XYZ.html",
     lang="en", title="Sri Lanka's new president sworn in, vows to serve all communities",
     site="Hindustan Times", pub="2019-11-18T13:24:00+05:30", author="Reuters",
     chrome_top=_nav("Hindustan Times", ["India", "World", "Cities", "Entertainment", "Cricket", "Lifestyle"]),
     before='<main><div class="storyArea"><h1>Sri Lanka\'s new president sworn in, vows to serve all communities</h1><div class="storyBy"><span class="text-dt">world Updated: Nov 18, 2019 13:24 IST</span></div>'
            '<div class="author-name"><a>Reuters</a> | Colombo</div><div class="share-links"><a>facebook</a><a>twitter</a><a>whatsapp</a></div>'
            '<div class="storyDetail"><figure><img src="/x.jpg"><figcaption>Gotabaya Rajapaksa at the swearing-in ceremony in Anuradhapura. (REUTERS)</figcaption></figure>',
     blocks=[
         _p("Sri Lanka's new president Gotabaya Rajapaksa was sworn in on Monday, promising to serve all citizens including minorities who voted overwhelmingly against him."),
         _p("Rajapaksa, a former defence secretary, won Saturday's election with 52.25% of the vote."),
         _x('<div class="adMid"><div class="adHeight250">Advertisement</div></div>'),
         _p("\"I knew I could win only with the votes of the Sinhala majority,\" he said after taking the oath."),
         _x('<p><strong>Also read: </strong><a>Gotabaya Rajapaksa: From defence chief to president</a></p>'),
         _p("India's Prime Minister Narendra Modi invited Rajapaksa to visit New Delhi."),
         _p("<em>(This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.)</em>"),
     ],
     after='<div class="storyTopics"><span>TOPICS</span><a>Sri Lanka</a></div><div class="follow"><p>Follow @htTweets for more</p></div></div></div></main>',
     chrome_bottom=_foot("Copyright © 2019 HT Media Limited All rights reserved."))

page("ndtv", "https://www.ndtv.com/world-news/hong-kong-police-surround-university-2134567",
     lang="en", title="Hong Kong Police Surround University As Protesters Try To Flee",
     site="NDTV.com", pub="2019-11-18T15:10:00+05:30", author="Agence France-Presse",
     chrome_top=_nav("NDTV", ["Latest", "India", "Video", "World", "Trends", "Health"]),
     before='<div id="ins_storybody"><div class="ins_headline"><h1 itemprop="headline">Hong Kong Police Surround University As Protesters Try To Flee</h1></div>'
            '<div class="ins_dateline"><span class="place_cont"><b>World</b> | <b>Agence France-Presse</b></span> | <span itemprop="dateModified">Updated: November 18, 2019 15:10 IST</span></div>'
            '<div class="ins_social_share"><a>Share</a><a>EMAIL</a><a>PRINT</a><a>COMMENTS</a></div><div class="sp-descp"><h2 class="sp-descp">Police fired tear gas at protesters trying to escape the campus.</h2></div><div class="sp-cn ins_storybody">',
     blocks=[
         _p("<b>Hong Kong:</b> Hong Kong police on Monday surrounded a university where hundreds of protesters were holed up, firing tear gas at those trying to escape."),
         _p("The standoff at the Polytechnic University followed a night of some of the worst violence since protests began in June."),
         _x('<div class="ins_adwrap"><div class="ad">Advertisement</div></div>'),
         _p("Some protesters tried to leave through a sewer, while others were arrested as they ran for the gates."),
         _p("(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)"),
     ],
     after='</div><div class="story__social"><p>Get the latest <a>election news</a>, live updates and election schedule for Lok Sabha Elections 2019 on ndtv.com/elections. Like us on Facebook or follow us on Twitter and Instagram for updates from each of the 543 parliamentary seats for the 2019 Indian general elections.</p></div>'
           '<div class="comments"><p>Comments</p></div></div>',
     chrome_bottom=_foot("Copyright © NDTV Convergence Limited 2019. All rights reserved."))

page("indiatoday", "https://www.indiatoday.in/india/story/delhi-air-pollution-odd-even-extended-1619234-2019-11-18",
     lang="en", title="Delhi air quality remains poor, odd-even scheme may be extended",
     site="India Today", pub="2019-11-18T10:43:00+05:30", author="Sushim Mukul",
     chrome_top=_nav("India Today", ["India", "World", "Business", "Sports", "Movies", "Lifestyle"]),
     before='<div class="story-section"><div class="story-right"><h1 itemprop="headline">Delhi air quality remains poor, odd-even scheme may be extended</h1><div class="story-kicker"><h2>The Delhi government will decide on extending the scheme on Monday.</h2></div>'
            '<div class="profile-detail"><dt class="title"><a>Sushim Mukul</a></dt><dt class="pubdata">New Delhi November 18, 2019 UPDATED: November 18, 2019 10:43 IST</dt></div>'
            '<div class="stryimg"><img src="/x.jpg"><div class="image-alt">Delhi was covered in smog on Monday morning. (Photo: PTI)</div></div><div class="description" itemprop="articleBody">',
     blocks=[
         _p("The air quality in Delhi remained in the 'very poor' category on Monday morning, with an overall Air Quality Index of 361."),
         _p("The Delhi government's odd-even road rationing scheme ended on Friday, but Chief Minister Arvind Kejriwal said it could be extended if needed."),
         _x('<p><strong>ALSO READ | <a>Odd-even scheme: All you need to know</a></strong></p>'),
         _p("Construction activity remains banned in the national capital region until further orders."),
         _x('<div class="inline-ads"><div class="adsbygoogle">Advertisement</div></div>'),
         _x('<p><strong>ALSO WATCH | <a>Delhi pollution: Experts explain why smog persists</a></strong></p>'),
         _p("Doctors have advised people to avoid outdoor exercise in the early morning hours."),
     ],
     after='</div><div class="story-tag"><a>Delhi pollution</a><a>Odd-even</a></div><div class="get-latest"><p>Get real-time alerts and all the <a>news</a> on your phone with the all-new India Today app. Download from</p></div></div></div>',
     chrome_bottom=_foot("Copyright © 2019 Living Media India Limited. For reprint rights: Syndications Today"))

page("thehindu", "https://www.thehindu.com/news/cities/chennai/metro-rail-phase-2-work-to-begin/article30001234.ece",
     lang="en", title="Metro Rail phase 2 work to begin in January",
     site="The Hindu", pub="2019-11-18T00:35:00+05:30", author="Special Correspondent",
     chrome_top=_nav("The Hindu", ["News", "Opinion", "Business", "Sport", "Entertainment", "e-Paper"]),
     before='<div class="article"><div class="article-topics-container"><a class="section-name">Chennai</a></div><h1 class="title">Metro Rail phase 2 work to begin in January</h1><h2 class="intro">Tenders for the first stretch have been awarded</h2>'
            '<div class="author-container"><span class="author-name">Special Correspondent</span></div><div class="ut-container"><span class="blue-color">CHENNAI</span>, <none>NOVEMBER 18, 2019 00:35 IST</none></div>'
            '<div class="share-page"><a>Share Article</a><a>Print</a><a>A A A</a></div><div id="content-body-14269002-30001234">',
     blocks=[
         _p("Construction of the second phase of the Chennai Metro Rail project is set to begin in January, officials said."),
         _p("Tenders have been awarded for the first stretch, between Madhavaram and Taramani."),
         _x('<div class="article-ad"><span>ADVERTISEMENT</span></div>'),
         _p("The 118.9-km second phase will have three corridors and is expected to cost ₹69,180 crore."),
         _p("A senior official said land acquisition for the corridors was in its final stages."),
     ],
     after='</div><div class="comment-section"><p>Sign in to unlock member-only benefits!</p><ul><li>Access 10 free stories every month</li><li>Save stories to read later</li></ul></div>'
           '<div class="paywall-footer"><p>Dear reader, We have been keeping you up-to-date with information on the developments in India and the world that have a bearing on our health and wellbeing, our lives and livelihoods, during these difficult times.</p></div></div>',
     chrome_bottom=_foot("© The Hindu"))

page("indianexpress", "https://indianexpress.com/article/cities/mumbai/mumbai-coastal-road-work-stayed-6125678/",
     lang="en", title="Bombay HC stays coastal road work over environmental concerns",
     site="The Indian Express", pub="2019-11-18T04:12:00+05:30", author="Express News Service",
     chrome_top=_nav("The Indian Express", ["India", "Cities", "Opinion", "Explained", "Entertainment", "Sports"]),
     before='<div class="container"><div class="heading-part"><h1 itemprop="headline">Bombay HC stays coastal road work over environmental concerns</h1><h2 class="synopsis">Petitioners said the project would damage the coast</h2>'
            '<div class="editor"><a>Express News Service</a> | Mumbai | <span itemprop="dateModified">Updated: November 18, 2019 4:12:50 am</span></div></div>'
            '<div class="custom-caption"><img src="/x.jpg"><span>The coastal road project site at Worli. (Express photo)</span></div><div class="full-details">',
     blocks=[
         _p("The Bombay High Court has stayed further work on the Mumbai coastal road project, holding that the civic body had not obtained the required environmental clearance."),
         _p("A bench of Chief Justice Pradeep Nandrajog and Justice Bharati Dangre was hearing petitions filed by fishermen and residents."),
         _x('<p><strong>Also Read | <a>What is the Mumbai coastal road project?</a></strong></p>'),
         _p("The BMC said it would challenge the order in the Supreme Court."),
         _x('<div class="ie-adunit"><p>Advertisement</p></div>'),
         _p("The project, estimated to cost ₹12,721 crore, is meant to ease traffic between south Mumbai and the western suburbs."),
         _x('<p><strong>📣 The Indian Express is now on Telegram. Click <a>here to join our channel (@indianexpress)</a> and stay updated with the latest headlines</strong></p>'),
         _x('<p>For all the latest <a>Mumbai News</a>, download <a>Indian Express App</a>.</p>'),
     ],
     after='</div><div class="storytags"><ul><li><a>Bombay High Court</a></li></ul></div></div>',
     chrome_bottom=_foot("© 2019 The Indian Express Pvt Ltd. All Rights Reserved"))

page("dawn", "https://www.dawn.com/news/1517345/karachi-smog-schools-closed",
     lang="en", title="Lahore schools closed as smog worsens",
     site="DAWN.COM", pub="2019-11-18T11:05:00+05:00", author="Imran Gabol",
     chrome_top=_nav("DAWN.COM", ["Home", "Latest", "Pakistan", "Opinion", "Business", "World", "Sport"]),
     before='<main><article class="story"><h2 class="story__title"><a>Lahore schools closed as smog worsens</a></h2><div class="story__byline"><span class="story__byline__author"><a>Imran Gabol</a></span> <span class="story__time">Published November 18, 2019</span> <span class="story__time">Updated about 11 hours ago</span></div>'
            '<div class="story__share"><a>Facebook</a><a>Count</a><a>Twitter</a><a>Email</a></div><div class="story__content">',
     blocks=[
         _p("LAHORE: The Punjab government on Sunday ordered all schools in Lahore to remain closed on Monday as smog blanketed the city for a fourth straight day."),
         _p("Readings of fine particulate matter reached 484 micrograms per cubic metre at some monitoring stations, more than eight times the safe limit."),
         _x('<div class="ad ad--inline"><span>Advertisement</span></div>'),
         _p("Officials said brick kilns around the city had been ordered to shut down."),
         _p("<em>Published in Dawn, November 18th, 2019</em>"),
     ],
     after='</div><div class="comments"><h4>Comments (12) Closed</h4></div></article></main>',
     chrome_bottom=_foot("Copyright © 2019, Dawn"))

# ---------------------------------------------------------------------------------------------
# South-East and East Asia

page("straitstimes", "https://www.straitstimes.com/singapore/transport/new-cycling-paths-by-2025",
     lang="en", title="More cycling paths to be built in Singapore by 2025",
     site="The Straits Times", pub="2019-11-18T17:41:00+08:00", author="Adrian Lim",
     chrome_top=_nav("The Straits Times", ["Singapore", "Asia", "World", "Opinion", "Life", "Business", "Sport"]),
     before='<main><article class="node-article"><h1 class="headline node-title">More cycling paths to be built in Singapore by 2025</h1><div class="story-postdate">Published Nov 18, 2019, 5:41 pm SGT</div>'
            '<div class="author-field"><div class="author-name">Adrian Lim</div><div class="author-designation">Transport Correspondent</div></div>'
            '<div class="story-social"><a>Facebook</a><a>Twitter</a><a>Email</a><a>Whatsapp</a></div><div class="field-name-body"><div class="odd-field-item">',
     blocks=[
         _p("SINGAPORE - Another 100km of cycling paths will be built in six towns by 2025, the Land Transport Authority said on Monday."),
         _p("The new paths will be in towns including Bukit Timah, Choa Chu Kang and Tengah."),
         _x('</div></div><div class="ads-wrap"><div class="ads">Advertisement</div></div><div class="field-name-body"><div class="odd-field-item">'),
         _p("The move follows a ban on e-scooters on footpaths that took effect this month."),
         _x('<p><strong>Read more: <a>E-scooter ban: What you need to know</a></strong></p>'),
         _p("LTA said it would also study ways to make cycling paths safer at junctions."),
     ],
     after='</div></div><div class="related-stories"><h3>Related Story</h3><a>Cyclists welcome new paths</a></div><div class="subscribe-cta"><p>Join ST\'s Telegram channel here and get the latest breaking news delivered to you.</p></div></article></main>',
     chrome_bottom=_foot("Copyright 2019 The Straits Times. Singapore Press Holdings Ltd. Co. Regn. No. 198402868E. All rights reserved"))

page("cna", "https://www.channelnewsasia.com/news/asia/malaysia-flood-evacuees-kelantan-12108456",
     lang="en", title="More than 2,000 evacuated as floods hit Kelantan",
     site="CNA", pub="2019-11-18T14:20:00+08:00", author="",
     chrome_top=_nav("CNA", ["Singapore", "Asia", "Business", "World", "Lifestyle", "Watch"]),
     before='<main><article class="article"><h1 class="article__title">More than 2,000 evacuated as floods hit Kelantan</h1><div class="article__details"><time class="article__details-item">18 Nov 2019 02:20PM</time><span>(Updated: 18 Nov 2019 02:25PM)</span></div>'
            '<div class="article__share"><a>Share this content</a><a>Bookmark</a></div><div class="c-rte--article">',
     blocks=[
         _p("KOTA BHARU: More than 2,000 people have been evacuated in the Malaysian state of Kelantan after heavy rain caused floods, officials said on Monday."),
         _p("The evacuees were housed in 26 relief centres across four districts."),
         _x('<div class="c-advertisement"><p>Advertisement</p></div>'),
         _p("The meteorological department has warned of more heavy rain in the coming days."),
         _x('<p><strong>READ: <a>Malaysia braces for monsoon floods</a></strong></p>'),
         _p("Source: Bernama/aa"),
     ],
     after='</div><div class="article__sharing"><p>Bookmark</p></div><div class="outbrain-widget"><h3>Also worth reading</h3></div></article></main>',
     chrome_bottom=_foot("Copyright© Mediacorp 2019. Mediacorp Pte Ltd. All rights reserved."))

page("bangkokpost", "https://www.bangkokpost.com/thailand/general/1799999/bangkok-canal-boat-service-extended",
     lang="en", title="Bangkok canal boat service extended to Min Buri",
     site="Bangkok Post", pub="2019-11-18T14:57:00+07:00", author="Post Reporters",
     chrome_top=_nav("Bangkok Post", ["News", "Business", "Opinion", "Life", "Tech", "Travel"]),
     before='<main><div class="article-headline"><p class="title-cat"><a>GENERAL</a></p><h1>Bangkok canal boat service extended to Min Buri</h1><h2>Service to start next month</h2>'
            '<div class="article-info"><div class="articl-date">published : 18 Nov 2019 at 14:57</div><div class="articl-date">newspaper section: <a>News</a></div><div class="writer">writer: <a>Post Reporters</a></div></div></div>'
            '<div class="articl-content">',
     blocks=[
         _p("The Bangkok Metropolitan Administration will extend its Saen Saep canal boat service to Min Buri district next month, officials said."),
         _p("The 11-kilometre extension will add seven piers and is expected to serve 5,000 passengers a day."),
         _x('<div class="box-relatedarticle"><h3>Related</h3><a>Canal boats to switch to electric</a></div>'),
         _p("Fares will start at 10 baht, the same as on the existing route."),
     ],
     after='</div><div class="articl-tag"><span>Tags:</span><a>boat</a><a>canal</a></div><div class="bp-follow"><p>Do you like the content of this article?</p></div></main>',
     chrome_bottom=_foot("© Copyright Bangkok Post PCL. All rights reserved 2019"))

page("jakartapost", "https://www.thejakartapost.com/news/2019/11/18/jakarta-to-ban-single-use-plastic-bags.html",
     lang="en", title="Jakarta to ban single-use plastic bags in markets, malls",
     site="The Jakarta Post", pub="2019-11-18T18:10:00+07:00", author="Sausan Atika",
     chrome_top=_nav("The Jakarta Post", ["Indonesia", "World", "Business", "Opinion", "Life", "Multimedia"]),
     before='<main><div class="area-title"><h1 class="title-large">Jakarta to ban single-use plastic bags in markets, malls</h1><div class="dt-byline"><span class="name-post">Sausan Atika</span><span class="theJakartaPost">The Jakarta Post</span><span class="day">Jakarta / Mon, November 18, 2019 / 06:10 pm</span></div></div>'
            '<div class="share"><a>Facebook</a><a>Twitter</a><a>Line</a></div><div class="col-md-10 col-xs-12 detailNews">',
     blocks=[
         _p("The Jakarta administration will ban single-use plastic bags in traditional markets, shopping malls and minimarkets starting in July next year."),
         _p("The ban is expected to cut the city's plastic waste by up to 30 percent, the head of the environment agency said on Monday."),
         _x('<div class="bannerInRead"><p>Advertisement</p></div>'),
         _p("Businesses that fail to comply could face fines and have their licenses revoked."),
         _x('<p><strong>Read also: <a>Bali&#39;s plastic ban one year on</a></strong></p>'),
         _p("Bogor and Bekasi have already introduced similar bans."),
     ],
     after='</div><div class="tag"><span>Topics :</span><a>plastic</a><a>Jakarta</a></div><div class="premium-box"><p>Join the discussions</p></div></main>',
     chrome_bottom=_foot("© 2016 - 2019 PT. Bina Media Tenggara"))

page("philstar", "https://www.philstar.com/headlines/2019/11/18/1969876/sea-games-volunteers-prep",
     lang="en", title="SEA Games organizers race to finish venues",
     site="Philstar.com", pub="2019-11-18T00:00:00+08:00", author="Joey Villar",
     chrome_top=_nav("Philstar.com", ["Headlines", "Opinion", "Nation", "World", "Business", "Sports", "Entertainment"]),
     before='<main><div class="article__title"><h1>SEA Games organizers race to finish venues</h1></div><div class="article__credits"><div class="article__writer"><a>Joey Villar</a> - The Philippine Star</div><div class="article__date-published">November 18, 2019 | 12:00am</div></div>'
            '<div class="article__image"><img src="/x.jpg"><div class="article__caption">Workers at the New Clark City stadium. <span>The STAR/Michael Varcas</span></div></div><div id="sports_article_writeup" class="article__writeup">',
     blocks=[
         _p("MANILA, Philippines — With less than two weeks before the opening of the Southeast Asian Games, organizers are racing to finish the last of the venues."),
         _p("Work on the athletes' village in New Clark City was nearly complete, officials said Sunday."),
         _x('<div class="article__ad"><span>ADVERTISEMENT</span></div>'),
         _p("Some 8,700 athletes and officials from 11 countries are expected for the games."),
         _x('<p><strong>RELATED: <a>SEA Games: Philippines aims for overall title</a></strong></p>'),
         _p("The games open on November 30."),
     ],
     after='</div><div class="article__tags"><a>SEA Games</a></div><div class="article__comments"><p>As it happens</p><p>LATEST UPDATE: November 18, 2019</p></div></main>',
     chrome_bottom=_foot("Copyright © 2019 Philstar Global Corp. All Rights Reserved"))

page("gma", "https://www.gmanetwork.com/news/news/nation/715678/pagasa-typhoon-ramon-signal/story/",
     lang="en", title="Signal No. 2 raised over Cagayan as Ramon intensifies",
     site="GMA News Online", pub="2019-11-18T11:23:00+08:00", author="Ted Cordero",
     chrome_top=_nav("GMA News", ["News", "Money", "Sports", "Showbiz", "Lifestyle", "Opinion"]),
     before='<main><div class="article"><h1 class="story_links">Signal No. 2 raised over Cagayan as Ramon intensifies</h1><div class="article-meta"><span class="byline">By TED CORDERO, GMA News</span><span class="date">Published November 18, 2019 11:23am</span></div>'
            '<div class="share-buttons"><a>Share</a><a>Tweet</a></div><div class="story_main" itemprop="articleBody">',
     blocks=[
         _p("Tropical Storm Ramon intensified on Monday morning, prompting PAGASA to raise Tropical Cyclone Wind Signal No. 2 over northern Cagayan."),
         _p("The storm was last spotted 385 kilometers east of Aparri, moving west at 10 kilometers per hour."),
         _x('<div class="gma-ad"><span>Advertisement</span></div>'),
         _p("Signal No. 1 was raised over Isabela, Apayao and northern Aurora."),
         _p("—KBK, GMA News"),
     ],
     after='</div><div class="tags"><a>Typhoon Ramon</a><a>PAGASA</a></div></div></main>',
     chrome_bottom=_foot("© 2019 GMA Network Inc. All Rights Reserved."))

page("abscbn", "https://news.abs-cbn.com/news/11/18/19/mrt-3-rehab-trains-speed",
     lang="en", title="MRT-3 trains to run faster after rehab, DOTr says",
     site="ABS-CBN News", pub="2019-11-18T13:36:00+08:00", author="Jekki Pascual",
     chrome_top=_nav("ABS-CBN News", ["News", "Business", "Entertainment", "Life", "Sports", "Overseas"]),
     before='<main><div class="article-header"><h1 class="news-title">MRT-3 trains to run faster after rehab, DOTr says</h1><p class="author">Jekki Pascual, ABS-CBN News</p><span class="date-posted">Posted at Nov 18 2019 01:36 PM</span></div>'
            '<div class="article-content">',
     blocks=[
         _p("MANILA - Trains on the MRT-3 line will run faster by the end of 2020 once the rehabilitation of the line is complete, the Department of Transportation said Monday."),
         _p("Trains currently run at a maximum speed of 40 kilometers per hour, which officials hope to raise to 60."),
         _x('<div class="adunit"><p>Watch more in iWantTFC</p></div>'),
         _p("The DOTr said 22 of the line's 72 train cars had been fully overhauled."),
         _x('<p class="tags-ln">Read more: <a>MRT-3</a> <a>DOTr</a> <a>rehabilitation</a></p>'),
     ],
     after='</div><div class="disclaimer"><p>Disclaimer: Comments do not represent the views of ABS-CBN News.</p></div></main>',
     chrome_bottom=_foot("Copyright © 2019 ABS-CBN Corporation. All Rights Reserved."))

page("japantoday", "https://japantoday.com/category/national/tokyo-2020-ticket-lottery-results",
     lang="en", title="Tokyo 2020 announces results of second ticket lottery",
     site="Japan Today", pub="2019-11-18T06:35:00+09:00", author="",
     chrome_top=_nav("Japan Today", ["National", "Crime", "Entertainment", "Politics", "Business", "Tech", "Sports"]),
     before='<main><article class="article"><h1 itemprop="headline">Tokyo 2020 announces results of second ticket lottery</h1><div class="article-meta"><time>Nov. 18 06:35 am JST</time><span class="comments-count">6 Comments</span></div>'
            '<p class="source">TOKYO</p><div itemprop="articleBody">',
     blocks=[
         _p("Tokyo Olympic organizers said Monday that about 960,000 tickets were allocated in the second round of a domestic lottery."),
         _p("More than 2.5 million people applied, meaning most applicants went away empty-handed."),
         _x('<div class="ad-slot"><p>Advertisement</p></div>'),
         _p("A further sale is planned for next spring."),
         _p("©2019 Kyodo News"),
     ],
     after='</div><div class="comments-section"><h3>6 Comments</h3><p>Login to comment</p></div><div class="related"><h3>Related Stories</h3><a>Olympic ticket resale site opens</a></div></article></main>',
     chrome_bottom=_foot("© 2019 GPlusMedia Inc."))

page("koreatimes", "https://www.koreatimes.co.kr/www/nation/2019/11/113_278912.html",
     lang="en", title="Fine dust warning issued for Seoul",
     site="The Korea Times", pub="2019-11-18T14:22:00+09:00", author="Lee Hyo-jin",
     chrome_top=_nav("The Korea Times", ["North Korea", "Politics", "Economy", "Society", "Opinion", "Lifestyle"]),
     before='<div id="p"><div class="view_page_news"><div class="view_headline"><h1>Fine dust warning issued for Seoul</h1></div><div class="view_date">Posted : 2019-11-18 14:22 <br>Updated : 2019-11-18 16:05</div>'
            '<div class="view_reporter"><a>By Lee Hyo-jin</a></div><div class="view_share"><a>Facebook</a><a>Twitter</a><a>Print</a><a>Font size</a></div><div id="startts" class="view_article"><div class="span">',
     blocks=[
         _br("Seoul issued a fine dust advisory Monday as concentrations of ultrafine particles rose to \"very bad\" levels across the capital area."),
         _br("The city restricted the use of older diesel vehicles and cut operating hours at public facilities."),
         _br("The National Institute of Environmental Research said levels were expected to improve Tuesday as winds pick up."),
         _br("Officials advised the elderly and children to stay indoors."),
     ],
     after='</div></div><div class="view_copy"><p>Emailhyojin@koreatimes.co.kr</p></div><div class="most_read"><h3>Top 10 Stories</h3><ol><li><a>K-pop star found dead</a></li></ol></div></div></div>',
     chrome_bottom=_foot("Copyright © koreatimes.co.kr. All rights reserved."))

# ---------------------------------------------------------------------------------------------
# Portals and papers in other languages

page("lepoint", "https://www.lepoint.fr/societe/greve-du-5-decembre-la-sncf-prevoit-un-trafic-tres-perturbe-18-11-2019-2348123_23.php",
     lang="fr", title="Grève du 5 décembre : la SNCF prévoit un trafic très perturbé",
     site="Le Point", pub="2019-11-18T12:03:00+01:00", author="Le Point.fr",
     chrome_top=_nav("Le Point", ["Politique", "Monde", "Économie", "Société", "Culture", "Sciences"]),
     before='<main><article class="article"><header><h1 class="art-titre">Grève du 5 décembre : la SNCF prévoit un trafic très perturbé</h1><h2 class="art-chapeau">La direction de la SNCF appelle les voyageurs à reporter leurs déplacements.</h2>'
            '<div class="art-auteur"><span>Par Le Point.fr</span><time>Modifié le 18/11/2019 à 12:03 - Publié le 18/11/2019 à 11:40 | Le Point.fr</time></div></header>'
            '<div class="art-text">',
     blocks=[
         _p("La SNCF s'attend à un trafic « très perturbé » le 5 décembre, jour de la grève interprofessionnelle contre la réforme des retraites."),
         _p("Les quatre syndicats représentatifs de l'entreprise ont appelé à un mouvement reconductible."),
         _x('<div class="pub-inread"><p>Publicité</p></div>'),
         _x('<p class="lire-aussi"><strong>Lire aussi</strong> <a>Retraites : ce que prévoit la réforme</a></p>'),
         _p("La direction invite les voyageurs à reporter leurs déplacements ou à privilégier le télétravail."),
         _x('<div class="abonnement-inline"><p>Abonnez-vous au Point pour 1€ le premier mois</p></div>'),
         _p("La RATP a également annoncé des perturbations importantes sur le réseau parisien."),
     ],
     after='</div><div class="art-reactions"><p>Vous lisez actuellement : Grève du 5 décembre : la SNCF prévoit un trafic très perturbé</p><p>12 Commentaires</p></div></article></main>',
     chrome_bottom=_foot("© Le Point - Reproduction interdite", ("Mentions légales", "Contact")))

page("elconfidencial", "https://www.elconfidencial.com/espana/madrid/2019-11-18/madrid-central-multas-tribunal_2340123/",
     lang="es", title="El Ayuntamiento de Madrid recurrirá la sentencia sobre Madrid Central",
     site="El Confidencial", pub="2019-11-18T13:02:00+01:00", author="Héctor G. Barnés",
     chrome_top=_nav("El Confidencial", ["España", "Mundo", "Economía", "Mercados", "Opinión", "Deportes"]),
     before='<main><article class="news-article"><header><h1 class="news-header-tit">El Ayuntamiento de Madrid recurrirá la sentencia sobre Madrid Central</h1><h2 class="news-header-opening">El consistorio asegura que las multas seguirán vigentes mientras se resuelve el recurso</h2>'
            '<div class="news-header-author"><a>Héctor G. Barnés</a></div><time class="news-header-time">18/11/2019 13:02</time></header>'
            '<div class="news-body-center cms-format">',
     blocks=[
         _p("El Ayuntamiento de Madrid recurrirá ante el Tribunal Supremo la sentencia que anula la zona de bajas emisiones Madrid Central, según anunció este lunes el alcalde."),
         _p("La sentencia del Tribunal Superior de Justicia de Madrid considera que no se respetó el trámite de información pública."),
         _x('<div class="news-body-inread"><p>Publicidad</p></div>'),
         _x('<div class="news-body-related"><p><strong>Noticias relacionadas</strong></p><a>Qué es Madrid Central y cómo funciona</a></div>'),
         _p("Mientras tanto, las multas por entrar sin permiso en el centro seguirán imponiéndose, según fuentes municipales."),
         _p("Los grupos de la oposición han pedido que se mantenga la zona."),
     ],
     after='</div><div class="news-tags"><a>Madrid Central</a></div><div class="newsletter-box"><p>Recibe nuestras newsletters</p></div></article></main>',
     chrome_bottom=_foot("© Titania Compañía Editorial, S.L. 2019", ("Aviso legal", "Contacto")))

page("folha", "https://www1.folha.uol.com.br/cotidiano/2019/11/chuva-causa-alagamentos-em-sao-paulo.shtml",
     lang="pt-BR", title="Chuva causa alagamentos e queda de árvores em São Paulo",
     site="Folha de S.Paulo", pub="2019-11-18T19:40:00-03:00", author="Fábio Pescarini",
     chrome_top=_nav("Folha de S.Paulo", ["Poder", "Mercado", "Mundo", "Cotidiano", "Esporte", "Ilustrada"]),
     before='<main><article class="c-news"><header class="c-content-head"><h1 class="c-content-head__title">Chuva causa alagamentos e queda de árvores em São Paulo</h1><h2 class="c-content-head__subtitle">Defesa Civil registrou 19 pontos de alagamento na cidade</h2>'
            '<div class="c-news__head"><div class="c-signature"><strong class="c-signature__author">Fábio Pescarini</strong><span class="c-signature__location">São Paulo</span></div><time class="c-more-options__published-date">18.nov.2019 às 19h40</time></div>'
            '<div class="c-tools-share"><a>Copiar link</a><a>Facebook</a><a>WhatsApp</a><a>Twitter</a></div></header>'
            '<div class="c-news__body">',
     blocks=[
         _p("Uma forte chuva atingiu a cidade de São Paulo na tarde desta segunda-feira (18) e provocou alagamentos e queda de árvores em várias regiões."),
         _p("O CGE (Centro de Gerenciamento de Emergências) colocou toda a cidade em estado de atenção às 16h30."),
         _x('<div class="rs_skip"><div class="c-advertising">Publicidade</div></div>'),
         _p("Segundo a Defesa Civil, houve 19 pontos de alagamento e 12 quedas de árvores."),
         _x('<div class="c-list-relateds"><h4>Leia também</h4><ul><li><a>Previsão indica mais chuva na semana</a></li></ul></div>'),
         _p("A previsão é de mais chuva na terça-feira."),
     ],
     after='</div><div class="c-news__footer"><p>Sua assinatura pode valer ainda mais</p><p>Você já conhece as vantagens de ser assinante da Folha?</p></div><div class="c-comments"><h4>Comentários</h4><p>Os comentários não representam a opinião do jornal; a responsabilidade é do autor da mensagem.</p></div></article></main>',
     chrome_bottom=_foot("Copyright Folha de S.Paulo. Todos os direitos reservados. É proibida a reprodução do conteúdo desta página em qualquer meio de comunicação, eletrônico ou impresso, sem autorização escrita da Folhapress.", ("Expediente", "Fale com a Folha")))

page("uol", "https://noticias.uol.com.br/cotidiano/ultimas-noticias/2019/11/18/enem-2019-segundo-dia.htm",
     lang="pt-BR", title="Enem 2019: segundo dia de provas tem abstenção de 27%",
     site="UOL Notícias", pub="2019-11-18T10:55:00-03:00", author="Do UOL",
     chrome_top=_nav("UOL", ["Notícias", "Economia", "Esporte", "Entretenimento", "Vivabem"]),
     before='<main><article><div class="c-title"><h1>Enem 2019: segundo dia de provas tem abstenção de 27%</h1></div><div class="p-author"><span>Do UOL, em São Paulo</span><time>18/11/2019 10h55</time></div>'
            '<div class="solar-social-media"><a>Facebook</a><a>Twitter</a><a>Whatsapp</a><a>Messenger</a><a>Comentários</a></div><div class="text">',
     blocks=[
         _p("O segundo dia de provas do Enem (Exame Nacional do Ensino Médio) 2019, realizado ontem, teve abstenção de 27,1%, segundo o Inep."),
         _p("Os candidatos fizeram as provas de matemática e ciências da natureza."),
         _x('<div class="banner-lateral"><p>Publicidade</p></div>'),
         _x('<p><strong>Leia também:</strong></p>'),
         _x('<ul class="links-relacionados"><li><a>Gabarito do Enem sai na quarta</a></li><li><a>Veja como foi a prova de matemática</a></li></ul>'),
         _p("O gabarito oficial deve ser divulgado na quarta-feira (20)."),
     ],
     after='</div><div class="comments"><p>Comunicar erro</p><p>Encontrou algum erro no texto? Comunique à Redação.</p></div></article></main>',
     chrome_bottom=_foot("UOL - O melhor conteúdo. © 1996-2019 UOL - O melhor conteúdo. Todos os direitos reservados.", ("Hospedagem", "Segurança")))

page("sina", "https://news.sina.com.cn/c/2019-11-18/doc-iihnzhfz1234567.shtml",
     lang="zh-CN", title="北京今冬首场雪或于本周到来",
     site="新浪新闻", pub="2019-11-18T09:12:00+08:00", author="",
     chrome_top=_nav("新浪新闻", ["首页", "国内", "国际", "社会", "军事", "体育"]),
     before='<div class="main-content w1240"><h1 class="main-title">北京今冬首场雪或于本周到来</h1><div class="top-bar-wrap"><div class="date-source"><span class="date">2019年11月18日 09:12</span><a class="source">北京日报</a></div>'
            '<div class="share-bar"><a>微博</a><a>微信</a><a>评论</a></div></div><div class="article" id="article">',
     blocks=[
         _p("原标题：北京今冬首场雪或于本周到来"),
         _p("据北京市气象台消息，受冷空气影响，本周北京气温将明显下降，周三夜间至周四可能迎来今冬首场降雪。"),
         _p("气象专家提醒，降雪可能对交通造成影响，市民出行请注意安全。"),
         _x('<div id="ad_content"><p>广告</p></div>'),
         _p("此外，周四白天最高气温仅有2℃左右，请注意添衣保暖。"),
         _x('<p class="show_author">责任编辑：张雪 </p>'),
     ],
     after='</div><div class="article-bottom"><div class="keywords"><span>关键词：</span><a>降雪</a><a>北京</a></div><div class="statement"><p>新浪声明：新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。</p></div></div>'
           '<div class="comment-module"><h3>我要评论</h3></div></div>',
     chrome_bottom=_foot("Copyright © 1996-2019 SINA Corporation, All Rights Reserved", ("新浪简介", "广告服务")))

page("sohu", "https://www.sohu.com/a/354123456_123456",
     lang="zh-CN", title="上海地铁新线路年底开通 沿线居民出行更便利",
     site="搜狐", pub="2019-11-18T15:30:00+08:00", author="上海发布",
     chrome_top=_nav("搜狐", ["新闻", "体育", "汽车", "房产", "旅游", "教育"]),
     before='<div class="article-page"><div class="text"><div class="text-title"><h1>上海地铁新线路年底开通 沿线居民出行更便利</h1><div class="article-info"><span class="time">2019-11-18 15:30</span><span class="tag">来源: <a>上海发布</a></span></div></div>'
            '<article class="article" id="mp-editor">',
     blocks=[
         _p("记者从上海申通地铁集团获悉，地铁15号线南段计划于年底开通试运营。"),
         _p("15号线全长约42公里，共设30座车站，建成后将串联起上海西部多个大型居住区。"),
         _p("据介绍，目前各车站装修已基本完成，正在进行最后的设备调试。"),
         _p("15号线开通后，沿线居民前往徐汇、长宁等中心城区的通勤时间将缩短约20分钟。"),
         _p("申通地铁集团相关负责人表示，开通初期行车间隔约为6分钟，后续将根据客流情况逐步加密。"),
         _x('<p><a href="//www.sohu.com/?strategyid=00001">返回搜狐，查看更多</a></p>'),
     ],
     after='</article><div class="statement"><p>声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</p></div><div class="article-oper"><span>阅读 (1234)</span></div></div>'
           '<div class="recommend"><h3>推荐阅读</h3><ul><li><a>上海今冬首个寒潮来袭</a></li></ul></div></div>',
     chrome_bottom=_foot("Copyright © 2019 Sohu All Rights Reserved. 搜狐公司 版权所有", ("关于搜狐", "客服中心")))

page("netease", "https://news.163.com/19/1118/10/EUABCDEF0001899O.html",
     lang="zh-CN", title="广州今年将新增公园50个",
     site="网易新闻", pub="2019-11-18T10:21:00+08:00", author="",
     chrome_top=_nav("网易新闻", ["首页", "国内", "国际", "数读", "军事", "航空"]),
     before='<div class="post_content_main" id="epContentLeft"><h1>广州今年将新增公园50个</h1><div class="post_time_source">2019-11-18 10:21:31　来源: <a id="ne_article_source">广州日报</a></div>'
            '<div class="post_body"><div class="post_text" id="endText">',
     blocks=[
         _p("（原标题：广州今年将新增公园50个）"),
         _p("记者从广州市林业和园林局获悉，今年广州计划新建和改造公园50个，目前已完成42个。"),
         _p("新建公园主要分布在白云区、番禺区和增城区，将为周边居民提供更多休闲空间。"),
         _x('<div class="gg200x300"><p>广告</p></div>'),
         _p("市林业和园林局相关负责人表示，明年还将继续推进社区公园建设。"),
         _x('<div class="ep-source cDGray"><span class="left"><a><img src="/logo.png"></a> 本文来源：广州日报 </span><span class="ep-editor">责任编辑：王晓_NN1234</span></div>'),
     ],
     after='</div></div><div class="post_btns"><a>分享到：</a></div><div class="post_comment"><h3>跟贴 热贴 12</h3><p>网友评论仅供其表达个人看法，并不表明网易立场。</p></div></div>',
     chrome_bottom=_foot("©1997-2019 网易公司版权所有", ("About NetEase", "公司简介")))

page("yahoo-jp", "https://headlines.yahoo.co.jp/hl?a=20191118-00000012-mai-soci",
     lang="ja", title="東京・渋谷で再開発ビル完成　展望施設も",
     site="Yahoo!ニュース", pub="2019-11-18T07:00:00+09:00", author="",
     chrome_top=_nav("Yahoo!ニュース", ["トップ", "速報", "ライブ", "エキスパート", "オリジナル"]),
     before='<main><article><div class="hd"><h1>東京・渋谷で再開発ビル完成　展望施設も</h1><p class="source">11/18(月) 7:00配信 毎日新聞</p></div>'
            '<div class="sns"><a>ツイート</a><a>シェア</a><a>ブックマーク</a></div><div class="articleMain"><div class="paragraph"><p class="ynDetailText">',
     blocks=[
         _br("東京・渋谷駅周辺の再開発で、地上47階建ての高層ビルが完成し、18日に報道陣に公開された。"),
         _br("屋上には展望施設が設けられ、渋谷のスクランブル交差点を見下ろすことができる。"),
         _br("ビルには商業施設やオフィスが入り、11月1日から一部の営業を始めている。"),
         _br("【田中太郎】"),
     ],
     after='</p></div></div><div class="ynDetailCopyright"><p>最終更新:11/18(月) 7:00</p><p>毎日新聞</p></div><div class="ymuiHeaderBGLight"><h2>こちらの記事もおすすめ</h2></div></article></main>',
     chrome_bottom=_foot("© 2019 Yahoo Japan Corporation. All Rights Reserved.", ("プライバシー", "利用規約")))

page("idnes", "https://www.idnes.cz/praha/zpravy/tramvaj-vykolejila-karlovo-namesti.A191118_101234_praha-zpravy_abc",
     lang="cs", title="Na Karlově náměstí vykolejila tramvaj, doprava stála hodinu",
     site="iDNES.cz", pub="2019-11-18T10:12:00+01:00", author="Jan Novák",
     chrome_top=_nav("iDNES.cz", ["Zprávy", "Domácí", "Zahraniční", "Sport", "Kultura", "Ekonomika"]),
     before='<div id="content"><div class="art-full"><h1 itemprop="name headline">Na Karlově náměstí vykolejila tramvaj, doprava stála hodinu</h1><div class="authors"><span class="aut">Jan Novák</span></div><span class="time-date">18. listopadu 2019  10:12</span>'
            '<div class="opener" itemprop="description">Tramvaj linky 22 v pondělí ráno vykolejila na Karlově náměstí v Praze.</div><div class="bbtext" id="art-text">',
     blocks=[
         _p("Nehoda se stala krátce po osmé hodině ranní. Podle dopravního podniku nebyl nikdo zraněn."),
         _p("Tramvajová doprava v úseku mezi Národním divadlem a Karlovým náměstím byla přerušena zhruba na hodinu."),
         _x('<div class="r-body"><div class="ad">Reklama</div></div>'),
         _p("Příčinu vykolejení nyní zjišťuje drážní inspekce."),
         _x('<div class="art-pint"><p><strong>Související</strong></p><a>Pražské tramvaje letos vykolejily už dvacetkrát</a></div>'),
     ],
     after='</div><div class="art-footer"><p>Témata: <a>Praha</a>, <a>Dopravní podnik</a></p></div><div class="diskuse"><a>Diskuse (24)</a></div></div></div>',
     chrome_bottom=_foot("© 1999–2019 MAFRA, a.s., a dodavatelé obsahu.", ("Kontakty", "Reklama")))

page("index-hu", "https://index.hu/belfold/2019/11/18/budapest_villamos_felujitas/",
     lang="hu", title="Hónapokig lezárják a 4-6-os villamos egy szakaszát",
     site="Index", pub="2019-11-18T11:34:00+01:00", author="Kovács Péter",
     chrome_top=_nav("Index", ["Belföld", "Külföld", "Gazdaság", "Tech", "Kultúr", "Sport"]),
     before='<div class="content-wrapper"><div class="cikk-fejlec"><h1>Hónapokig lezárják a 4-6-os villamos egy szakaszát</h1><div class="szerzo"><a>Kovács Péter</a></div><div class="datum">2019.11.18. 11:34</div></div>'
            '<div class="lead"><p>Jövő tavasztól a Nagykörút egy szakaszán pótlóbuszok járnak.</p></div><div class="cikk-torzs">',
     blocks=[
         _p("A BKV tájékoztatása szerint jövő tavasszal felújítják a 4-es és 6-os villamos pályáját a Blaha Lujza tér és a Corvin-negyed között."),
         _p("A munkák idején a villamosok helyett pótlóbuszok járnak majd."),
         _x('<div class="cikkbe_ajanlo"><p>Ajánló</p><a>Ennyit késnek a budapesti villamosok</a></div>'),
         _p("A felújítás várhatóan három hónapig tart."),
         _x('<div class="hirdetes"><p>Hirdetés</p></div>'),
         _p("(<em>MTI</em>)"),
     ],
     after='</div><div class="cikk-cimkek"><a>villamos</a><a>BKV</a></div><div class="tamogatas"><p>Támogasd az Indexet!</p></div></div>',
     chrome_bottom=_foot("© 1999–2019 Index.hu Zrt.", ("Impresszum", "Adatvédelem")))

# ---------------------------------------------------------------------------------------------
# Page kinds

page("recipe-blog", "https://www.simplyhomecooking.example/easy-pumpkin-bread/",
     lang="en", title="Easy Pumpkin Bread",
     site="Simply Home Cooking", pub="2019-11-12T08:00:00-05:00", author="Megan",
     chrome_top=_nav("Simply Home Cooking", ["Recipes", "Dinner", "Dessert", "About", "Shop"]),
     before='<div class="site-inner"><main class="content"><article class="post type-post entry"><header class="entry-header"><h1 class="entry-title">Easy Pumpkin Bread</h1><p class="entry-meta">By <span class="entry-author-name">Megan</span> on <time class="entry-time">November 12, 2019</time> <a class="entry-comments-link">38 Comments</a></p></header>'
            '<div class="entry-content"><p class="disclosure"><em>This post may contain affiliate links. Please read our disclosure policy.</em></p>'
            '<div class="wprm-recipe-snippet"><a class="wprm-recipe-jump">Jump to Recipe</a> <a class="wprm-recipe-print">Print Recipe</a></div>',
     blocks=[
         _p("This easy pumpkin bread is moist, full of warm spices and comes together in one bowl. It is the first thing I bake every fall."),
         _h("Why you will love this recipe"),
         _ul(["It only needs one bowl.", "It freezes beautifully.", "You can add chocolate chips or nuts."]),
         _x('<div class="adthrive-ad adthrive-content"><p>Advertisement</p></div>'),
         _h("Tips for the best pumpkin bread"),
         _p("Use pure pumpkin puree, not pumpkin pie filling, which already has sugar and spices added."),
         _p("Let the loaf cool completely before slicing so it does not crumble."),
         ('<div class="wprm-recipe-container"><div class="wprm-recipe wprm-recipe-template-custom"><h2 class="wprm-recipe-name">Easy Pumpkin Bread</h2>'
          '<div class="wprm-recipe-rating"><span>4.9 from 112 votes</span></div><div class="wprm-recipe-buttons"><a>Print</a><a>Pin</a></div>'
          '<div class="wprm-recipe-times-container"><span class="wprm-recipe-time-label">Prep Time</span> <span>10 mins</span> <span class="wprm-recipe-time-label">Cook Time</span> <span>1 hr</span> <span>Servings</span> <span>12</span></div>'
          '<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-group-name">Ingredients</h3><ul class="wprm-recipe-ingredients"><li class="wprm-recipe-ingredient">1 3/4 cups all-purpose flour</li><li class="wprm-recipe-ingredient">1 teaspoon baking soda</li><li class="wprm-recipe-ingredient">1 can (15 oz) pumpkin puree</li><li class="wprm-recipe-ingredient">1 cup brown sugar</li></ul></div>'
          '<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-group-name">Instructions</h3><ul class="wprm-recipe-instructions"><li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Preheat the oven to 350°F and grease a loaf pan.</div></li><li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Whisk the pumpkin, sugar and oil together, then stir in the flour and baking soda.</div></li><li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Bake for 60 minutes, until a toothpick comes out clean.</div></li></ul></div>'
          '<div class="wprm-recipe-nutrition-header">Nutrition</div><div class="wprm-nutrition-label-container"><span>Calories: 220kcal</span> <span>Carbohydrates: 34g</span></div>'
          '<div class="wprm-call-to-action"><span>Tried this recipe?</span> <span>Mention @simplyhomecooking or tag #simplyhomecooking!</span></div></div></div>',
          "Ingredients\n\n1 3/4 cups all-purpose flour\n1 teaspoon baking soda\n1 can (15 oz) pumpkin puree\n1 cup brown sugar\n\nInstructions\n\nPreheat the oven to 350°F and grease a loaf pan.\nWhisk the pumpkin, sugar and oil together, then stir in the flour and baking soda.\nBake for 60 minutes, until a toothpick comes out clean."),
     ],
     after='</div><footer class="entry-footer"><p>Filed Under: <a>Bread</a>, <a>Fall</a></p></footer></article><div class="comments-area"><h3>38 Comments</h3><div class="comment-respond"><h3>Leave a Reply</h3></div></div></main></div>',
     chrome_bottom=_foot("Copyright © 2019 Simply Home Cooking. All rights reserved."))

page("review-specs", "https://www.phonereviews.example/reviews/example-phone-8-review",
     lang="en", title="Example Phone 8 review: Big battery, small price",
     site="PhoneReviews", pub="2019-11-18T09:00:00Z", author="Daniel Kim",
     chrome_top=_nav("PhoneReviews", ["News", "Reviews", "Compare", "Deals", "Forum"]),
     before='<main><article class="review"><header><h1>Example Phone 8 review: Big battery, small price</h1><div class="byline">By <a>Daniel Kim</a> · <time>18 November 2019</time></div>'
            '<div class="verdict-box"><div class="score">8/10</div><h3>Verdict</h3><p>The best battery life under $250.</p><h4>For</h4><ul><li>Two-day battery</li><li>Clean software</li></ul><h4>Against</h4><ul><li>Slow charging</li></ul></div></header>'
            '<div class="review-body">',
     blocks=[
         _p("Budget phones have come a long way, and the Example Phone 8 shows just how far."),
         _h("Specifications"),
         _table([["Display", "6.4-inch LCD, 1080 x 2340"], ["Processor", "Snapdragon 665"], ["RAM", "4GB"], ["Storage", "64GB, microSD"], ["Battery", "5,000mAh"]], "specs-table"),
         _h("Design and display"),
         _p("The plastic back picks up fingerprints, but the phone feels solid and the 6.4-inch screen is sharp and bright."),
         _x('<div class="price-widget"><h4>Example Phone 8 deals</h4><p><span class="price">$229</span> at <a class="retailer">Amazon</a></p><p><span class="price">$239</span> at <a class="retailer">Best Buy</a></p><p>Prices updated daily</p></div>'),
         _h("Battery life"),
         _p("In our video rundown test, the phone lasted 19 hours and 42 minutes, one of the best results we have recorded."),
         _h("Should you buy it?"),
         _p("If you want a phone that lasts two days and costs less than $250, yes."),
     ],
     after='</div><div class="user-reviews"><h3>User reviews</h3><p>Be the first to review this phone</p></div></article></main>',
     chrome_bottom=_foot("© 2019 PhoneReviews Media. All rights reserved."))

page("howto", "https://www.howtohome.example/how-to-bleed-a-radiator",
     lang="en", title="How to Bleed a Radiator",
     site="HowToHome", pub="2019-11-15T10:00:00-05:00", author="Sam Patel",
     chrome_top=_nav("HowToHome", ["Home", "Garden", "Tech", "Health", "Money"]),
     before='<main><article class="howto"><h1>How to Bleed a Radiator</h1><div class="meta">Updated: November 15, 2019 | <a>Sam Patel</a> | Reviewed by <a>Joe Brown, licensed plumber</a></div><div class="toc"><h4>Contents</h4><ol><li><a>What you need</a></li><li><a>Steps</a></li></ol></div>'
            '<div class="article-body">',
     blocks=[
         _p("If your radiators are cold at the top and warm at the bottom, air is probably trapped inside. Bleeding them takes about ten minutes."),
         _h("What you need"),
         _ul(["A radiator key", "An old towel", "A small container"]),
         _h("Steps"),
         ('<ol class="steps"><li><h3>Turn off the heating.</h3><p>Wait until the radiators are cool so you do not scald yourself.</p></li>'
          '<li><h3>Open the bleed valve.</h3><p>Fit the key to the valve at the top corner and turn it a quarter turn counterclockwise.</p></li>'
          '<li><h3>Close the valve when water appears.</h3><p>Once air stops hissing and water drips out, tighten the valve.</p></li></ol>',
          "Turn off the heating.\nWait until the radiators are cool so you do not scald yourself.\nOpen the bleed valve.\nFit the key to the valve at the top corner and turn it a quarter turn counterclockwise.\nClose the valve when water appears.\nOnce air stops hissing and water drips out, tighten the valve."),
         _x('<div class="helpful"><p>Was this article helpful?</p><button>Yes</button><button>No</button></div>'),
         _p("Finally, check the boiler pressure and top it up if it has dropped below 1 bar."),
     ],
     after='</div><div class="related-articles"><h3>Related Articles</h3><ul><li><a>How to fix a dripping tap</a></li><li><a>How to unblock a sink</a></li></ul></div></article></main>',
     chrome_bottom=_foot("© 2019 HowToHome Ltd"))

page("qa-column", "https://www.syndicatedadvice.example/columns/dear-annie/2019/11/18/sister-wont-host-thanksgiving",
     lang="en", title="Dear Annie: Sister refuses to host Thanksgiving again",
     site="Creators Syndicate", pub="2019-11-18T00:00:00-08:00", author="Annie Lane",
     chrome_top=_nav("Creators", ["Comics", "Columnists", "Cartoons", "Books"]),
     before='<main><article class="column"><h1>Dear Annie: Sister refuses to host Thanksgiving again</h1><div class="column-meta"><a class="author">Annie Lane</a> <time>Nov 18, 2019</time></div>'
            '<div class="social"><a>Email</a><a>Print</a><a>Share</a></div><div class="column-body">',
     blocks=[
         _p("<strong>Dear Annie:</strong> Every year, my sister hosts Thanksgiving, and every year she complains about how much work it is. This year, she announced she is done. Now everyone expects me to host, but my apartment is tiny. What should I do? — <em>Small Space in Seattle</em>"),
         _p("<strong>Dear Small Space:</strong> Your sister has earned a break, and you do not have to take her place alone. Suggest a potluck at a bigger home, or rent a community room."),
         _p("Thanksgiving is about being together, not about who owns the biggest dining table."),
         _x('<div class="inline-ad"><p>Advertisement</p></div>'),
         _x("<p><em>\"Ask Me Anything: A Year of Advice From Dear Annie\" is out now! Annie Lane\'s debut book features favorite columns on love, friendship, family and etiquette. Available in paperback and e-book. Visit http://www.creatorspublishing.com for more information. Send your questions for Annie Lane to dearannie@creators.com.</em></p>"),
     ],
     after='</div><div class="column-footer"><p>COPYRIGHT 2019 CREATORS.COM</p><div class="more-by"><h4>More Dear Annie</h4><ul><li><a>Husband ignores chores</a></li></ul></div></div></article></main>',
     chrome_bottom=_foot("© 2019 Creators Syndicate, Inc."))

page("listicle", "https://www.travelzoo-style.example/articles/10-best-christmas-markets-europe",
     lang="en", title="10 Best Christmas Markets in Europe",
     site="Wanderlist", pub="2019-11-18T07:00:00Z", author="Claire Dubois",
     chrome_top=_nav("Wanderlist", ["Destinations", "Inspiration", "Tips", "Deals"]),
     before='<main><article><header><h1>10 Best Christmas Markets in Europe</h1><div class="byline">By Claire Dubois | Nov 18, 2019</div></header><div class="article-content">',
     blocks=[
         _p("From Strasbourg to Vienna, these markets are worth the trip this December."),
         _h("1. Strasbourg, France"),
         _x('<figure class="list-image"><img src="/1.jpg"><figcaption>Strasbourg\'s market dates back to 1570. Photo: iStock</figcaption></figure>'),
         _p("Strasbourg calls itself the Capital of Christmas, and its market is one of the oldest in Europe."),
         _h("2. Vienna, Austria"),
         _x('<figure class="list-image"><img src="/2.jpg"><figcaption>The market in front of City Hall. Photo: Getty Images</figcaption></figure>'),
         _p("The Rathausplatz market draws three million visitors a year with its ice rink and mulled wine."),
         _x('<div class="newsletter-inline"><p>Get our best travel deals in your inbox every week.</p><button>Subscribe</button></div>'),
         _h("3. Tallinn, Estonia"),
         _p("Tallinn's Town Hall Square has had a Christmas tree since 1441, its residents claim."),
     ],
     after='</div><div class="share-footer"><p>Share this article</p><a>Pinterest</a><a>Facebook</a></div></article></main>',
     chrome_bottom=_foot("© 2019 Wanderlist. All rights reserved."))

page("photo-essay", "https://www.photodesk.example/2019/11/18/life-on-the-river-barges",
     lang="en", title="Life on the river barges",
     site="The Photo Desk", pub="2019-11-18T12:00:00Z", author="Maria Lopez",
     chrome_top=_nav("The Photo Desk", ["Stories", "Galleries", "Photographers", "About"]),
     before='<main><article class="photo-essay"><header><h1>Life on the river barges</h1><p class="byline">Photographs and text by <a>Maria Lopez</a> · November 18, 2019</p></header><div class="essay-body">',
     blocks=[
         _p("For three months, I traveled with families who live and work on the barges that carry grain down the Danube."),
         _x('<figure class="essay-photo"><img src="/1.jpg"><figcaption><span class="caption">Ana, 9, does her homework in the wheelhouse.</span> <span class="credit">Maria Lopez</span></figcaption></figure>'),
         _p("Most of the children attend boarding schools on land and join their parents during the holidays."),
         _x('<figure class="essay-photo"><img src="/2.jpg"><figcaption><span class="caption">A barge passes under a bridge at dawn near Novi Sad.</span> <span class="credit">Maria Lopez</span></figcaption></figure>'),
         _p("The work is hard and the hours are long, but nobody I met wanted to live anywhere else."),
         _p("\"The river is our street,\" one captain told me. \"Everyone knows everyone.\""),
     ],
     after='</div><div class="photographer-bio"><p>Maria Lopez is a documentary photographer based in Belgrade. Follow her on Instagram @marialopez.</p></div></article></main>',
     chrome_bottom=_foot("© 2019 The Photo Desk"))

page("opinion-bio", "https://www.project-syndicate.example/commentary/global-growth-slowdown-2020-by-jane-smith-2019-11",
     lang="en", title="The Coming Slowdown",
     site="Project Syndicate", pub="2019-11-18T09:45:00+01:00", author="Jane Smith",
     chrome_top=_nav("Project Syndicate", ["Economics", "Politics", "Sustainability", "Culture", "World Affairs"]),
     before='<main><article class="article"><header><h1 class="article__title">The Coming Slowdown</h1><p class="article__lead">Global growth is set to weaken further in 2020. Policymakers have fewer tools than they think.</p>'
            '<div class="article__author"><a>Jane Smith</a></div><time>Nov 18, 2019</time><div class="article__tools"><a>Print</a><a>Reprint</a><a>Save</a></div></header>'
            '<div class="article__body">',
     blocks=[
         _p("WASHINGTON, DC – The global economy is slowing, and the usual remedies may not work this time."),
         _p("With interest rates already near zero in much of the world, central banks have little room to cut."),
         _x('<div class="newsletter-signup"><p>Get our weekly newsletter</p><input placeholder="your@email.com"></div>'),
         _p("Fiscal policy will have to do more of the work, but many governments are reluctant to borrow."),
         _p("The risk is not a sudden crash, but a long period of weak growth that erodes support for open markets."),
     ],
     after='</div><div class="author-details"><h3>Writer</h3><p><strong>Jane Smith</strong>, a former chief economist at the World Bank, is Professor of Economics at Example University.</p></div>'
           '<div class="paywall-cta"><p>Subscribe now for unlimited access to everything PS has to offer.</p></div></article></main>',
     chrome_bottom=_foot("Copyright: Project Syndicate, 2019."))

page("syndicated", "https://www.citylabstyle.example/environment/2019/11/urban-trees-heat-cities/602345/",
     lang="en", title="Cities Are Losing Their Trees, and Getting Hotter",
     site="Urbanist", pub="2019-11-18T08:00:00-05:00", author="Anna Kramer",
     chrome_top=_nav("Urbanist", ["Transportation", "Housing", "Environment", "Design", "Economy"]),
     before='<main><article><header><h1>Cities Are Losing Their Trees, and Getting Hotter</h1><p class="dek">A new study finds U.S. cities lose 36 million trees a year.</p><div class="byline">Anna Kramer</div><time>November 18, 2019</time></header><div class="article-body">',
     blocks=[
         _p("American cities are losing about 36 million trees every year, according to a study by U.S. Forest Service researchers."),
         _p("The loss matters because trees cool streets, soak up storm water and clean the air."),
         _x('<div class="ad-slot"><span>Advertisement</span></div>'),
         _p("Much of the tree cover is being replaced by pavement and buildings, the researchers found."),
         _p("<em>This story was originally published by <a>Grist</a>. It appears here as part of the Climate Desk collaboration.</em>"),
     ],
     after='</div><div class="about-author"><p>Anna Kramer is a reporting fellow at Grist.</p></div><div class="more"><h3>Most Popular</h3><ol><li><a>Why Bus Lanes Work</a></li></ol></div></article></main>',
     chrome_bottom=_foot("© 2019 Urbanist Media"))


#: Family groups for the per-group figures of `python -m tests.web_measure --set 2`.
GROUPS: dict[str, tuple[str, ...]] = {
    "us-chains": ("mcclatchy", "lee-blox", "hearst-news", "advance-local"),
    "business": ("bloomberg", "marketwatch", "buzzfeednews", "contributor-network", "inc"),
    "tech": ("pcmag", "xda", "androidauthority", "tomshardware", "pbs-newshour"),
    "commonwealth": ("postmedia", "torstar", "newscorp-au", "nine-au", "abc-au", "stuff-nz", "nzherald", "irishtimes"),
    "broadcast-mideast": ("dw", "france24", "rfi", "alarabiya", "timesofisrael", "haaretz"),
    "south-asia": ("hindustantimes", "ndtv", "indiatoday", "thehindu", "indianexpress", "dawn"),
    "east-asia": ("straitstimes", "cna", "bangkokpost", "jakartapost", "philstar", "gma", "abscbn", "japantoday", "koreatimes"),
    "other-languages": ("lepoint", "elconfidencial", "folha", "uol", "sina", "sohu", "netease", "yahoo-jp", "idnes", "index-hu"),
    "page-kinds": ("recipe-blog", "review-specs", "howto", "qa-column", "listicle", "photo-essay", "opinion-bio", "syndicated"),
}
