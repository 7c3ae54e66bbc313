# ruff: noqa: E501
"""Look-alike "article" pages of the open web around 2018-2020, in the style of Zyte's
article-extraction-benchmark, from site families the dev corpus does not hold (CNN, Fox News,
the Washington Post, Tribune papers, local TV templates, Condé Nast, PMC, Meredith, TechCrunch,
Kinja, Medium, Substack, HubSpot-style blogs, PR Newswire, Blogspot/WordPress.com blogs in
Portuguese, Italian, Russian and Indonesian, Korean news, ITmedia …), each with its in-text
boilerplate and the body a benchmark annotator keeps.

The expected bodies follow the dev corpus's zyte-aeb annotations: subheadings, lists, block
quotes, an embedded tweet's text, correction and editor's notes, "This article originally
appeared on …", "… contributed to this report" and a closing copyright line are body; ad
labels, newsletter boxes, "Read more"/"Related" link lines, video-player text, share bars,
photo captions and credits, author-bio boxes, comment counts and paywall prompts are not.

`pages()` yields `Page(family, url, html, body)`; `python -m tests.web_measure` prints figures.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape

B = tuple[str, str | None]   # (html, expected text or None when it is boilerplate)


@dataclass
class Page:
    family: str
    url: str
    html: str
    body: str


def _p(text: str, cls: str = "") -> B:
    attr = f' class="{cls}"' if cls else ""
    return (f"<p{attr}>{text}</p>", _strip(text))


def _x(html: str) -> B:
    return (html, None)


def _h(text: str, tag: str = "h2") -> B:
    return (f"<{tag}>{text}</{tag}>", _strip(text))


def _strip(html: str) -> str:
    return unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html)).strip())


def _ul(items: list[str]) -> B:
    return ("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>",
            "\n".join(_strip(i) for i in items))


def _doc(lang: str, title: str, url: str, site: str, pub: str, author: str, chrome_top: str,
         before: str, blocks: list[B], after: str, chrome_bottom: str) -> tuple[str, str]:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "mainEntityOfPage": url,
          "author": {"@type": "Person", "name": author} if author else None,
          "publisher": {"@type": "Organization", "name": site}}
    head = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{title} | {site}</title>\n"
            f'<meta property="og:title" content="{title}">\n'
            f'<meta property="og:site_name" content="{site}">\n'
            f'<meta property="og:url" content="{url}">\n<meta property="og:type" content="article">\n'
            f'<meta property="article:published_time" content="{pub}">\n'
            f'<link rel="canonical" href="{url}">\n'
            '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>\n"
            '<script>window.dataLayer=window.dataLayer||[];(function(){var s=document.createElement("script");s.async=1;})();</script>\n'
            '<link rel="stylesheet" href="/assets/main.css">\n</head>\n<body>\n')
    html = (head + chrome_top + before + "\n".join(b[0] for b in blocks) + after + chrome_bottom
            + '\n<script src="/assets/app.js" async></script>\n</body>\n</html>\n')
    body = "\n\n".join(b[1] for b in blocks if b[1])
    return html, body


def _nav(site: str, items: list[str]) -> str:
    return (f'<header class="site-header"><a class="logo" href="/">{site}</a><nav><ul>'
            + "".join(f'<li><a href="/{i.lower().replace(" ", "-")}/">{i}</a></li>' for i in items)
            + '</ul></nav><button class="search-toggle">Search</button></header>\n')


def _foot(text: str, items: tuple[str, ...] = ("About Us", "Contact", "Privacy Policy", "Terms of Use")) -> str:
    return ('\n<footer class="site-footer"><ul>'
            + "".join(f'<li><a href="/{i.lower().replace(" ", "-")}">{i}</a></li>' for i in items)
            + f"</ul><p>{text}</p></footer>")


PAGES: list[tuple[str, str, dict]] = []


def page(family: str, url: str, /, **kw: object) -> None:
    PAGES.append((family, url, kw))


def pages() -> Iterator[Page]:
    for family, url, kw in PAGES:
        html, body = _doc(**kw)  # type: ignore[arg-type]
        yield Page(family, url, html, body)


# ---------------------------------------------------------------------------------------------
# US national news

page("cnn", "https://www.cnn.com/2019/11/19/politics/sondland-testimony-preview/index.html",
     lang="en", title="Sondland set to testify as impeachment inquiry enters critical week",
     url="https://www.cnn.com/2019/11/19/politics/sondland-testimony-preview/index.html", site="CNN",
     pub="2019-11-19T10:02:13Z", author="Jeremy Herb",
     chrome_top=_nav("CNN", ["US", "World", "Politics", "Business", "Opinion", "Health"]),
     before='<article class="pg-rail-tall pg-rail--align-right"><h1 class="pg-headline">Sondland set to testify as impeachment inquiry enters critical week</h1>'
            '<div class="metadata"><p class="metadata__byline"><span class="metadata__byline__author">By <a href="/profiles/jeremy-herb">Jeremy Herb</a>, CNN</span></p><p class="update-time">Updated 10:02 AM ET, Tue November 19, 2019</p></div>'
            '<section id="body-text" class="zn zn-body-text"><div class="l-container">',
     blocks=[
         _p('<cite class="el-editorial-source"> (CNN)</cite>Gordon Sondland, the US ambassador to the European Union, is set to testify publicly on Wednesday in what could be the most consequential hearing of the House impeachment inquiry so far.', "zn-body__paragraph speakable"),
         _p("Sondland has already revised his closed-door testimony once, acknowledging that he told a top Ukrainian official that US military aid would likely not be released until Ukraine announced the investigations President Donald Trump wanted.", "zn-body__paragraph"),
         _x('<div class="el__embedded el__embedded--standard"><div class="el__video--standard"><div class="media__video--thumbnail"><span class="media__video-duration">02:14</span></div><div class="media__video-description"><h3>JUST WATCHED</h3><p>Sondland revises testimony: What it means</p><p>Replay</p><p>More Videos ...</p><p>MUST WATCH</p></div></div></div>'),
         _p("Democrats believe Sondland's testimony could tie the President directly to the pressure campaign, while Republicans have sought to paint the ambassador as an unreliable witness.", "zn-body__paragraph"),
         _x('<div class="zn-body__paragraph"><strong>READ:</strong> <a href="/2019/11/05/politics/sondland-transcript">Gordon Sondland\'s revised testimony</a></div>'),
         _p("\"He has a lot of explaining to do,\" Rep. Adam Schiff, the California Democrat who chairs the House Intelligence Committee, told reporters on Monday.", "zn-body__paragraph"),
         _x('<div class="ad ad--epic"><div id="ad_rect_atf_01" class="ad-slot">Advertisement</div></div>'),
         _p("The White House has sought to block several officials from testifying, and Sondland's lawyers have said he would appear only under subpoena.", "zn-body__paragraph"),
         _p("<em>CNN's Manu Raju and Lauren Fox contributed to this report.</em>", "zn-body__paragraph"),
     ],
     after='</div></section><div class="js-gigya-sharebar"><span>Share this</span></div></article>'
           '<section class="zn-medium-outbrain"><h2>Paid Content</h2><ul><li><a href="https://ob.example/1">This credit card has 0% intro APR until 2021</a></li></ul></section>',
     chrome_bottom=_foot("© 2019 Cable News Network. Turner Broadcasting System, Inc. All Rights Reserved."))

page("foxnews", "https://www.foxnews.com/us/texas-man-rescued-flood-waters",
     lang="en", title="Texas man rescued from truck swept away by flood waters",
     url="https://www.foxnews.com/us/texas-man-rescued-flood-waters", site="Fox News",
     pub="2019-11-18T21:40:00-05:00", author="Louis Casiano",
     chrome_top=_nav("Fox News", ["U.S.", "Politics", "World", "Opinion", "Entertainment"]),
     before='<main class="main-content"><article class="article-wrap"><header class="article-header"><div class="eyebrow"><a href="/category/us/disasters">Disasters</a></div><h1 class="headline">Texas man rescued from truck swept away by flood waters</h1>'
            '<div class="author-byline"><span>By <a href="/person/c/louis-casiano">Louis Casiano</a> | Fox News</span></div><div class="article-date"><time>November 18, 2019 9:40pm EST</time></div>'
            '<div class="social-icons"><ul><li class="facebook"><a>Facebook</a></li><li class="twitter"><a>Twitter</a></li><li class="comments"><a>Comments</a></li><li class="print"><a>Print</a></li><li class="email"><a>Email</a></li></ul></div></header>'
            '<div class="article-content"><div class="article-body">',
     blocks=[
         _p("A Texas man was rescued Monday after his pickup truck was swept off a low-water crossing by fast-moving flood waters, officials said."),
         _p("The man, whose name was not released, was clinging to the roof of the truck when firefighters arrived near the San Gabriel River in Georgetown, the Williamson County Sheriff's Office said."),
         _x('<p><strong><a href="https://www.foxnews.com/apps-products">CLICK HERE TO GET THE FOX NEWS APP</a></strong></p>'),
         _p("Crews used a rope system to pull him to safety. He was evaluated by medics at the scene and declined to be taken to a hospital."),
         _x('<div class="ad-container mobile"><div class="ad rr">ADVERTISEMENT</div></div>'),
         _p("Officials urged drivers to heed the \"Turn Around, Don't Drown\" warning, noting that just 12 inches of moving water can carry away most cars."),
         _x('<p class="speakable"><strong><a href="/us">CLICK HERE FOR MORE U.S. NEWS</a></strong></p>'),
         _p("<em>The Associated Press contributed to this report.</em>"),
     ],
     after='</div></div><div class="author-bio"><p><strong>Louis Casiano</strong> is a reporter for Fox News Digital. Follow him on Twitter at @LouisCasianoJr.</p></div></article></main>',
     chrome_bottom=_foot("This material may not be published, broadcast, rewritten, or redistributed. ©2019 FOX News Network, LLC. All rights reserved."))

page("washpost", "https://www.washingtonpost.com/local/education/virginia-school-boards-budget/2019/11/18/abc123_story.html",
     lang="en", title="Virginia school boards brace for tight budgets",
     url="https://www.washingtonpost.com/local/education/virginia-school-boards-budget/2019/11/18/abc123_story.html", site="The Washington Post",
     pub="2019-11-18T17:26:00-05:00", author="Hannah Natanson",
     chrome_top=_nav("The Washington Post", ["Politics", "Opinions", "Local", "Sports", "National"]),
     before='<main><div class="article-body"><h1 data-qa="headline">Virginia school boards brace for tight budgets</h1><div class="author-names">By <a href="/people/hannah-natanson/">Hannah Natanson</a></div><div class="display-date">Nov. 18, 2019 at 5:26 p.m. EST</div>'
            '<div class="paywall"><div class="teaser-content">',
     blocks=[
         _p("School boards across Northern Virginia are preparing for lean budget seasons as enrollment continues to climb and state funding lags behind, officials said Monday.", "font--body font-copy"),
         _p("Fairfax County, the state's largest school system, faces a projected shortfall of $58 million for the coming year, according to a presentation to the board.", "font--body font-copy"),
         _x('<div class="interstitial-link"><p><a href="/local/education/fairfax-teachers-pay/">Fairfax teachers rally for higher pay</a></p></div>'),
         _p("\"We are going to have to make some very hard choices,\" said board chair Karen Corbett Sanders.", "font--body font-copy"),
         _x('<div class="newsletter-inline-unit"><p>Sign up for our Education newsletter</p><p>The latest on schools, colleges and learning, delivered to your inbox.</p><button>Sign up</button></div>'),
         _p("Arlington and Loudoun counties have also warned of cuts, while Alexandria's superintendent has proposed delaying several building projects.", "font--body font-copy"),
     ],
     after='</div></div><div class="subscribe-prompt"><p>Subscribe to comment and get the full experience. Choose your plan →</p></div>'
           '<div class="comments-count"><button>Comments 24</button></div></div></main>',
     chrome_bottom=_foot("© 1996-2019 The Washington Post"))

page("tribune", "https://www.chicagotribune.com/news/breaking/ct-chicago-cta-fare-hike-20191118-abc.html",
     lang="en", title="CTA proposes no fare hike in 2020 budget",
     url="https://www.chicagotribune.com/news/breaking/ct-chicago-cta-fare-hike-20191118-abc.html", site="Chicago Tribune",
     pub="2019-11-18T14:05:00-06:00", author="Mary Wisniewski",
     chrome_top=_nav("Chicago Tribune", ["News", "Sports", "Business", "Opinion", "Entertainment"]),
     before='<article><h1 class="spaced spaced-xl">CTA proposes no fare hike in 2020 budget</h1><div class="byline"><span>By Mary Wisniewski</span> <span>Chicago Tribune</span> | <time>Nov 18, 2019 | 2:05 PM</time></div>'
            '<figure><img src="/x.jpg"><figcaption>A CTA train arrives at the Clark/Lake station. (John J. Kim / Chicago Tribune)</figcaption></figure><div class="crd--cnt">',
     blocks=[
         _p("The Chicago Transit Authority's proposed 2020 budget includes no fare increase, the agency said Monday, though riders will pay more for a ride under a new city tax on ride-hailing trips downtown."),
         _p("The $1.6 billion operating budget includes money for more frequent service on 20 bus routes and for cleaning stations, CTA President Dorval Carter said."),
         _x('<div class="ad-slot"><span>Advertisement</span></div>'),
         _p("The agency expects ridership to keep falling slightly next year, a trend that has hit transit systems across the country."),
         _x('<p class="related"><strong>Related</strong> <a href="/news/ct-cta-ridership.html">CTA ridership falls for fifth straight year →</a></p>'),
         _p("The CTA board will vote on the budget next month after public hearings."),
         _p("<em>mwisniewski@chicagotribune.com</em>"),
         _p("<em>Twitter @wiznewz</em>"),
     ],
     after='</div></article><div class="trb_comments"><p>Comments are closed.</p></div>',
     chrome_bottom=_foot("Copyright © 2019, Chicago Tribune"))

page("nyt", "https://www.nytimes.com/2019/11/18/science/ancient-dna-rome.html",
     lang="en", title="Ancient DNA Traces the Rise and Fall of Rome",
     url="https://www.nytimes.com/2019/11/18/science/ancient-dna-rome.html", site="The New York Times",
     pub="2019-11-18T14:00:05-05:00", author="Carl Zimmer",
     chrome_top=_nav("The New York Times", ["World", "U.S.", "Politics", "N.Y.", "Business", "Science"]),
     before='<main id="site-content"><article id="story"><header><h1 itemprop="headline">Ancient DNA Traces the Rise and Fall of Rome</h1><p id="article-summary">Scientists analyzed the genomes of 127 people who lived in and around Rome over 12,000 years.</p><p itemprop="author creator">By <span class="css-1baulvz">Carl Zimmer</span></p><time>Nov. 18, 2019</time></header>'
            '<section name="articleBody" itemprop="articleBody"><div class="StoryBodyCompanionColumn"><div class="css-53u6y8">',
     blocks=[
         _p("Ancient Rome rose from a small hamlet on the Tiber to an empire that stretched from Britain to Syria. Now scientists have found that its people changed along the way.", "css-exrw3m evys1bk0"),
         _p("In a study published on Thursday in Science, researchers reported that the genetic makeup of Romans shifted dramatically over the course of the city's history.", "css-exrw3m evys1bk0"),
         _x('<div class="css-1ihwx0v" id="mid1-wrapper"><div class="ad">Advertisement</div><p class="css-1kvjcb3">Continue reading the main story</p></div>'),
         _h("A crossroads of the ancient world", "h2"),
         _p("\"Rome was a crossroads,\" said Ron Pinhasi, an anthropologist at the University of Vienna and a co-author of the new study.", "css-exrw3m evys1bk0"),
         _p("The oldest genomes, from hunter-gatherers, resembled those of other early Europeans. Later, farmers from what is now Turkey and Iran arrived.", "css-exrw3m evys1bk0"),
     ],
     after='</div></div></section><div class="bottom-of-article"><p>A version of this article appears in print on Nov. 19, 2019, Section D, Page 3 of the New York edition with the headline: Rome\'s People Changed Along With Its Empire. <a href="/reprints">Order Reprints</a> | <a href="/pages">Today\'s Paper</a> | <a href="/subscribe">Subscribe</a></p></div></article></main>',
     chrome_bottom=_foot("© 2019 The New York Times Company"))

page("bostonglobe", "https://www.bostonglobe.com/metro/2019/11/18/mbta-fare-review/abc/story.html",
     lang="en", title="MBTA board to review fare changes for low-income riders",
     url="https://www.bostonglobe.com/metro/2019/11/18/mbta-fare-review/abc/story.html", site="The Boston Globe",
     pub="2019-11-18T19:53:00-05:00", author="Adam Vaccaro",
     chrome_top=_nav("The Boston Globe", ["Metro", "Sports", "Business", "Opinion", "Lifestyle"]),
     before='<article class="article"><h1 class="main-hed">MBTA board to review fare changes for low-income riders</h1><div class="byline">By Adam Vaccaro Globe Staff, November 18, 2019, 7:53 p.m.</div><div class="article-text">',
     blocks=[
         _p("MBTA officials on Monday began weighing a discounted fare for low-income riders, a proposal advocates have pushed for years."),
         _p("The T's fiscal control board heard a presentation that estimated a reduced fare could cost the agency between $11 million and $52 million a year, depending on who qualifies."),
         _x('<p class="inline-sub"><em>Get Metro Headlines in your inbox:</em> The 10 top local news stories from metro Boston and around New England delivered daily. <a href="/newsletters">Sign Up</a></p>'),
         _p("Board members said they want more details on how the program would work before deciding."),
         _p("<em>Adam Vaccaro can be reached at adam.vaccaro@globe.com. Follow him on Twitter @adamvaccaro.</em>"),
     ],
     after='</div></article><div id="comments"><span class="comment-count">Show 42 comments</span></div>',
     chrome_bottom=_foot("© 2019 Boston Globe Media Partners, LLC"))


# ---------------------------------------------------------------------------------------------
# Local news

page("gray-tv", "https://www.wbtv.com/2019/11/19/crews-battle-house-fire-gaston-county/",
     lang="en", title="Crews battle house fire in Gaston County",
     url="https://www.wbtv.com/2019/11/19/crews-battle-house-fire-gaston-county/", site="WBTV",
     pub="2019-11-19T11:12:00Z", author="WBTV Web Staff",
     chrome_top=_nav("WBTV", ["News", "Weather", "Sports", "Community", "Watch Live"]),
     before='<article class="article"><h1 class="headline">Crews battle house fire in Gaston County</h1><div class="byline"><span>By WBTV Web Staff</span> | <span>November 19, 2019 at 6:12 AM EST - Updated November 19 at 7:30 AM</span></div>'
            '<div class="video-player"><p>Video: Crews battle house fire in Gaston County</p><span>Now Playing</span></div><div class="article-body">',
     blocks=[
         _p("GASTON COUNTY, N.C. (WBTV) - Firefighters battled a house fire early Tuesday morning in Gaston County."),
         _p("The fire was reported shortly before 4 a.m. on Lowell Bethesda Road. Crews arrived to find heavy flames coming from the back of the home."),
         _p("Everyone inside was able to get out safely, officials said. One firefighter was treated for heat exhaustion."),
         _p("The cause of the fire is under investigation."),
         _p("Copyright 2019 WBTV. All rights reserved."),
     ],
     after='</div><div class="share"><a>Share on Facebook</a><a>Share on Twitter</a><a>Email</a></div></article>'
           '<section class="related"><h3>Latest News</h3><ul><li><a href="/a">Police: Man shot in east Charlotte</a></li><li><a href="/b">First Alert Weather: Cold morning ahead</a></li></ul></section>',
     chrome_bottom=_foot("Copyright © 2019 WBTV. All rights reserved."))

page("sinclair", "https://komonews.com/news/local/seattle-city-council-approves-budget",
     lang="en", title="Seattle City Council approves $6.5 billion budget",
     url="https://komonews.com/news/local/seattle-city-council-approves-budget", site="KOMO",
     pub="2019-11-25T17:30:00-08:00", author="KOMO News Staff",
     chrome_top=_nav("KOMO", ["News", "Weather", "Traffic", "Sports", "Watch"]),
     before='<div class="sd-page"><article class="StoryPage"><h1 class="sd-headline">Seattle City Council approves $6.5 billion budget</h1><div class="sd-byline">by KOMO News Staff</div><div class="sd-timestamp">Monday, November 25th 2019</div>'
            '<div class="sd-share"><button>Facebook Share</button><button>Twitter Share</button><button>Email Share</button></div>'
            '<div class="sd-img"><img src="/x.jpg"><div class="sd-caption">Seattle City Hall (KOMO News)</div></div><div class="StoryText">',
     blocks=[
         _p("SEATTLE - The Seattle City Council on Monday approved a $6.5 billion budget for 2020 that includes new money for homeless services."),
         _p("The council voted 8-1 to pass the spending plan, which Mayor Jenny Durkan is expected to sign."),
         _x('<div class="sd-inline-video"><p>Loading ...</p></div>'),
         _p("Council member Kshama Sawant cast the lone no vote, saying the budget did not go far enough to address the city's affordability crisis."),
     ],
     after='</div></article><div class="sd-related"><h3>Sponsored Content</h3><p><a href="/s">Best deals this holiday season</a></p></div></div>',
     chrome_bottom=_foot("© 2019 Sinclair Broadcast Group"))

page("tegna", "https://www.kare11.com/article/news/local/minneapolis-snow-emergency/89-abc",
     lang="en", title="Minneapolis declares snow emergency",
     url="https://www.kare11.com/article/news/local/minneapolis-snow-emergency/89-abc", site="KARE 11",
     pub="2019-11-27T15:04:00-06:00", author="KARE 11 Staff",
     chrome_top=_nav("KARE 11", ["News", "Weather", "Sports", "KARE 11 Sunrise", "Watch Live"]),
     before='<main><article><h1 class="article__headline">Minneapolis declares snow emergency</h1><p class="article__summary">Parking restrictions begin at 9 p.m. Wednesday.</p><div class="article__author">Author: KARE 11 Staff</div><div class="article__published">Published: 3:04 PM CST November 27, 2019</div>'
            '<div class="article__section_type_text"><div class="article__body">',
     blocks=[
         _p("MINNEAPOLIS — The city of Minneapolis has declared a snow emergency beginning at 9 p.m. Wednesday."),
         _p("Drivers should not park on either side of snow emergency routes until the street is fully plowed. Vehicles left on the routes may be ticketed and towed."),
         _x('<div class="article__section_type_ad"><span>Advertisement</span></div>'),
         _p("For more information, including a map of snow emergency routes, visit the city's website."),
         _x('<p><strong>RELATED:</strong> <a href="/article/weather/snow-totals">Snow totals across Minnesota</a></p>'),
         _p("St. Paul is expected to decide on a declaration Thursday."),
     ],
     after='</div></div></article></main><div class="article-footer"><p>Download the KARE 11 app for breaking news alerts.</p></div>',
     chrome_bottom=_foot("Copyright © 2019 KARE-TV. All Rights Reserved."))

page("patch", "https://patch.com/new-jersey/montclair/new-bakery-opens-bloomfield-avenue",
     lang="en", title="New Bakery Opens On Bloomfield Avenue",
     url="https://patch.com/new-jersey/montclair/new-bakery-opens-bloomfield-avenue", site="Montclair, NJ Patch",
     pub="2019-11-18T12:36:00-05:00", author="Eric Kiefer",
     chrome_top=_nav("Patch", ["Local News", "Events", "Classifieds", "Real Estate"]),
     before='<article><h1>New Bakery Opens On Bloomfield Avenue</h1><h2 class="dek">The shop serves croissants, pies and coffee from a local roaster.</h2><div class="byline">By <a href="/users/eric-kiefer">Eric Kiefer</a>, Patch Staff</div><time>Nov 18, 2019 12:36 pm ET</time>'
            '<div class="share-bar"><span>Reply</span><span>Share</span></div><section class="body-content">',
     blocks=[
         _p("MONTCLAIR, NJ — A new bakery has opened its doors on Bloomfield Avenue."),
         _p("Sweet Rise Bakery held a soft opening last week at 422 Bloomfield Ave., in the space formerly occupied by a dry cleaner. The owners say they plan a grand opening celebration next month."),
         _x('<div class="inline-promo"><p>Get the latest news from Montclair: <a href="/subscribe">Subscribe to Patch newsletters</a> | <a href="/app">Download the Patch app</a></p></div>'),
         _p("\"We wanted a place where neighbors could sit down and stay a while,\" co-owner Lisa Marino said."),
         _p("The bakery is open Tuesday through Sunday from 7 a.m. to 4 p.m."),
         _p("<em>Have a news tip? Email eric.kiefer@patch.com.</em>"),
     ],
     after='</section><div class="thank-neighbor"><button>Thank</button><button>Reply</button><span>4 replies</span></div></article>',
     chrome_bottom=_foot("© 2019 Patch Media. All Rights Reserved."))


# ---------------------------------------------------------------------------------------------
# Magazines

page("atlantic", "https://www.theatlantic.com/technology/archive/2019/11/why-smart-speakers-listen/602184/",
     lang="en", title="Why Your Smart Speaker Is Always Listening",
     url="https://www.theatlantic.com/technology/archive/2019/11/why-smart-speakers-listen/602184/", site="The Atlantic",
     pub="2019-11-18T06:00:00-05:00", author="Sidney Fussell",
     chrome_top=_nav("The Atlantic", ["Popular", "Latest", "Sections", "Magazine"]),
     before='<main><article><header><h1 class="c-article-header__hed">Why Your Smart Speaker Is Always Listening</h1><p class="c-dek">The devices are designed to wake at a word. That is harder than it sounds.</p><div class="c-byline">By <a href="/author/sidney-fussell/">Sidney Fussell</a></div><time>November 18, 2019</time></header>'
            '<section id="article-section-1"><div class="l-article__container">',
     blocks=[
         _p("Every smart speaker sold in the United States carries the same basic promise: It will only listen when you ask it to."),
         _p("In practice, the devices mishear constantly. Researchers at Northeastern University played 125 hours of television dialogue to a set of speakers and counted how often they woke up."),
         _x('<aside class="callout"><p>Read: <a href="/technology/archive/2019/05/alexa-privacy/">Alexa, are you spying on me?</a></p></aside>'),
         _p("The answer was as many as 19 times a day, depending on the device."),
         _x('<aside class="c-recirculation-link"><p>Recommended Reading</p><ul><li><a href="/a">The Privacy Paradox</a></li><li><a href="/b">Facebook Is Listening</a></li></ul></aside>'),
         _p("The companies say that false wakes are rare and that recordings are deleted on request."),
     ],
     after='</div></section><div class="c-article-writer__bio"><p><a href="/author/sidney-fussell/">Sidney Fussell</a> is a former staff writer at <em>The Atlantic</em>, where he covered technology.</p></div>'
           '<div class="c-nudge"><p>We want to hear what you think about this article. <a href="/letters">Submit a letter</a> to the editor or write to letters@theatlantic.com.</p></div></article></main>',
     chrome_bottom=_foot("Copyright © 2019 by The Atlantic Monthly Group. All Rights Reserved."))

page("condenast", "https://www.newyorker.com/culture/cultural-comment/the-return-of-the-mixtape",
     lang="en", title="The Return of the Mixtape",
     url="https://www.newyorker.com/culture/cultural-comment/the-return-of-the-mixtape", site="The New Yorker",
     pub="2019-11-18T06:00:00-05:00", author="Amanda Petrusich",
     chrome_top=_nav("The New Yorker", ["News", "Books & Culture", "Fiction & Poetry", "Humor & Cartoons", "Magazine"]),
     before='<main><article><header><p class="rubric">Cultural Comment</p><h1>The Return of the Mixtape</h1><h2 class="dek">Why a generation raised on streaming is making tapes again.</h2><p class="byline">By <a href="/contributors/amanda-petrusich">Amanda Petrusich</a></p><time>November 18, 2019</time></header>'
            '<div class="social-icons"><a>Facebook</a><a>Twitter</a><a>Email</a><a>Save Story</a></div><div class="article-body__content"><div class="grid--item body body__container">',
     blocks=[
         _p("Last spring, at a record store in Greenpoint, I watched a teen-ager spend twenty minutes choosing between two blank cassettes."),
         _p("It is hard to overstate how strange this would have seemed a decade ago, when the tape was a punch line."),
         _x('<div class="consumer-marketing-unit"><p>Sign up for the Culture Desk newsletter.</p><p>Your e-mail address</p><button>Sign up</button><p>By signing up, you agree to our User Agreement and Privacy Policy &amp; Cookie Statement.</p></div>'),
         _p("Cassette sales in the United States rose twenty-three per cent last year, according to Nielsen Music, though the total remains tiny."),
         _x('<p class="related"><strong>Read More About Music</strong></p>'),
         _p("Still, the appeal is not really about sound. It is about time, and the care it takes to make something for someone."),
     ],
     after='</div></div><div class="contributor-bio"><p><a href="/contributors/amanda-petrusich">Amanda Petrusich</a> is a staff writer at The New Yorker and the author of “Do Not Sell at Any Price.”</p></div>'
           '<div class="recirc"><h3>More from The New Yorker</h3><ul><li><a href="/x">The Year in Music</a></li></ul></div></article></main>',
     chrome_bottom=_foot("© 2019 Condé Nast. All rights reserved. Use of this site constitutes acceptance of our User Agreement and Privacy Policy and Cookie Statement and Your California Privacy Rights."))

page("pmc", "https://www.rollingstone.com/music/music-news/band-announces-reunion-tour-913245/",
     lang="en", title="Rage Against the Machine Announce Reunion Shows",
     url="https://www.rollingstone.com/music/music-news/band-announces-reunion-tour-913245/", site="Rolling Stone",
     pub="2019-11-01T16:14:00-04:00", author="Daniel Kreps",
     chrome_top=_nav("Rolling Stone", ["Music", "Politics", "TV", "Movies", "Culture"]),
     before='<main class="l-page__content"><article class="l-article"><h1 class="l-article-header__row">Rage Against the Machine Announce Reunion Shows</h1><h2 class="c-subtitle">Band will play Coachella and El Paso</h2><div class="c-byline"><a href="/author/daniel-kreps/">Daniel Kreps</a></div><time>November 1, 2019 4:14PM ET</time>'
            '<div class="c-social-bar"><a>Share on Facebook</a><a>Share on Twitter</a><a>Share on Reddit</a></div><div class="c-content">',
     blocks=[
         _p("Rage Against the Machine will reunite for their first shows since 2011, the band announced Friday."),
         _p("The group will headline Coachella in April and play a run of dates starting in El Paso, Texas."),
         _x('<div class="admz" id="adm-inline-article-ad-1"><div class="adma">Editor’s picks</div></div>'),
         ('<blockquote class="twitter-tweet"><p lang="en" dir="ltr">2020 <a href="https://t.co/abc">pic.twitter.com/abc123XYZ</a></p>— Rage Against The Machine (@RATM) <a href="https://twitter.com/RATM/status/1">November 1, 2019</a></blockquote>',
          "2020 pic.twitter.com/abc123XYZ\n— Rage Against The Machine (@RATM) November 1, 2019"),
         _p("Drummer Brad Wilk had fueled speculation earlier this year with a cryptic Instagram post."),
         _x('<p><strong>Related</strong></p>'),
         _x('<ul class="c-related"><li><a href="/music/x">Tom Morello on His New Album</a></li><li><a href="/music/y">The 100 Greatest Guitarists</a></li></ul>'),
         _p("Tickets for the tour go on sale next week."),
     ],
     after='</div><div class="c-tags"><span>In This Article:</span> <a>Rage Against the Machine</a></div><div class="c-want-more"><p>Want more Rolling Stone? Sign up for our newsletter.</p></div></article></main>',
     chrome_bottom=_foot("Rolling Stone is a part of Penske Media Corporation. © 2019 Rolling Stone, LLC. All rights reserved."))

page("meredith", "https://people.com/tv/actor-welcomes-baby-daughter/",
     lang="en", title="Actor Welcomes Baby Daughter: 'Our Hearts Are Full'",
     url="https://people.com/tv/actor-welcomes-baby-daughter/", site="PEOPLE.com",
     pub="2019-11-18T13:07:00-05:00", author="Aurelie Corinthios",
     chrome_top=_nav("People", ["Celebrity", "Royals", "TV", "Movies", "Music", "Style"]),
     before='<main><article><h1 class="headline">Actor Welcomes Baby Daughter: \'Our Hearts Are Full\'</h1><div class="author-name">By Aurelie Corinthios</div><div class="timestamp">November 18, 2019 01:07 PM</div>'
            '<div class="article-body"><div class="paragraph">',
     blocks=[
         _p("It's a girl!"),
         _p("The actor and his wife welcomed their first child together over the weekend, a rep confirms to PEOPLE exclusively."),
         _x('<p class="inline-promo"><strong>Never miss a story — sign up for <a href="/newsletters">PEOPLE\'s free daily newsletter</a> to stay up-to-date on the best of what PEOPLE has to offer, from juicy celebrity news to compelling human interest stories.</strong></p>'),
         _p("\"Our hearts are full,\" the couple said in a statement. \"We are so grateful for all the love.\""),
         _x('<p><strong>RELATED: <a href="/babies/celebrity-babies-2019/">All the Celebrity Babies Born in 2019</a></strong></p>'),
         _p("The pair, who married in 2017, announced the pregnancy in June."),
     ],
     after='</div></div><div class="social-follow"><p>Follow PEOPLE on Facebook</p></div></article></main>',
     chrome_bottom=_foot("© Copyright 2019 Meredith Corporation. All rights reserved."))


# ---------------------------------------------------------------------------------------------
# Tech and science

page("techcrunch", "https://techcrunch.com/2019/11/18/startup-raises-series-b-logistics/",
     lang="en", title="Freight startup raises $40M Series B to digitize trucking",
     url="https://techcrunch.com/2019/11/18/startup-raises-series-b-logistics/", site="TechCrunch",
     pub="2019-11-18T09:00:21-08:00", author="Kirsten Korosec",
     chrome_top=_nav("TechCrunch", ["Startups", "Apps", "Gadgets", "Events", "Videos"]),
     before='<main><article class="article-container"><header class="article__header"><h1 class="article__title">Freight startup raises $40M Series B to digitize trucking</h1><div class="article__byline"><a href="/author/kirsten-korosec/">Kirsten Korosec</a> <span>@kirstenkorosec</span> / <time>9:00 am PST • November 18, 2019</time></div>'
            '<div class="article__share"><a>Comment</a></div></header><div class="article-content">',
     blocks=[
         _p("A freight startup that connects shippers with small trucking fleets has raised $40 million in a Series B round led by a group of logistics investors."),
         _p("The company, founded in 2016, says its software lets a fleet of two or three trucks bid on loads that once went only to the largest carriers."),
         _x('<div class="embed breakout"><div class="embed-crunchbase"><p>Crunchbase</p></div></div>'),
         _p("\"Eighty percent of trucks in the U.S. belong to fleets of ten or fewer,\" the chief executive said in an interview. \"They have been shut out.\""),
         _x('<div class="wp-block-tc23-post-relevant-articles"><p>Related: <a href="/2019/10/01/convoy">Convoy raises $400M</a></p></div>'),
         _p("The funding will be used to hire engineers and expand into Canada."),
     ],
     after='</div><div class="article__footer"><div class="newsletter-subscription"><p>Daily Crunch: Get the top tech stories of the day delivered to your inbox.</p><input placeholder="Email"><button>Subscribe</button></div></div></article>'
           '<section class="river"><h2>Latest Stories</h2><ul><li><a href="/x">Apple releases iOS update</a></li></ul></section></main>',
     chrome_bottom=_foot("© 2019 Verizon Media. All rights reserved."))

page("engadget", "https://www.engadget.com/2019/11/18/smart-display-review/",
     lang="en", title="Smart display review: A better kitchen screen",
     url="https://www.engadget.com/2019/11/18/smart-display-review/", site="Engadget",
     pub="2019-11-18T12:00:00-05:00", author="Cherlynn Low",
     chrome_top=_nav("Engadget", ["Reviews", "Gear", "Gaming", "Entertainment", "Tomorrow"]),
     before='<main><article><header><h1>Smart display review: A better kitchen screen</h1><div class="byline"><a href="/about/editors/cherlynn-low/">Cherlynn Low</a>, @cherlynnlow</div><div class="timestamp">11.18.19</div><div class="comments-count">32 Comments</div><div class="share"><span>180 Shares</span><a>Share</a><a>Tweet</a></div></header>'
            '<div class="article-text">',
     blocks=[
         _p("The latest smart display has a bigger screen, better speakers and a camera you can physically cover."),
         _p("Setup took about five minutes, and the interface will be familiar to anyone who has used the company's earlier devices."),
         _h("Display and sound"),
         _p("The 10-inch screen is bright enough to read across a sunny kitchen, and the speakers fill a small room."),
         _x('<div class="article-affiliate"><p>Buy Smart Display at Amazon - $129.99</p></div>'),
         _p("At $129, it undercuts most of its rivals while offering more."),
         _p("<em>All products recommended by Engadget are selected by our editorial team, independent of our parent company. Some of our stories include affiliate links. If you buy something through one of these links, we may earn an affiliate commission.</em>"),
     ],
     after='</div><div class="article-tags"><span>In this article:</span> <a>smart display</a>, <a>review</a></div><div class="comments"><h3>Comments</h3></div></article></main>',
     chrome_bottom=_foot("© 2019 Verizon Media. All rights reserved."))

page("ars", "https://arstechnica.com/science/2019/11/comet-interstellar-borisov-water/",
     lang="en", title="Interstellar comet is spewing water as it approaches the Sun",
     url="https://arstechnica.com/science/2019/11/comet-interstellar-borisov-water/", site="Ars Technica",
     pub="2019-11-18T17:24:00+00:00", author="John Timmer",
     chrome_top=_nav("Ars Technica", ["Biz & IT", "Tech", "Science", "Policy", "Cars", "Gaming & Culture"]),
     before='<main><article class="standalone"><header><h1 itemprop="headline">Interstellar comet is spewing water as it approaches the Sun</h1><h2 itemprop="description">Observations show 2I/Borisov is losing 40 liters of water a second.</h2><section class="post-meta"><a rel="author">John Timmer</a> - <time>Nov 18, 2019 5:24 pm UTC</time></section></header>'
            '<div class="article-content post-page">',
     blocks=[
         _p("The second interstellar object ever spotted in our Solar System is behaving much like a comet from home."),
         _p("Observations made with NASA's Swift observatory show that 2I/Borisov is releasing water at a rate of about 40 liters per second."),
         _x('<div class="ad_wrapper"><div class="ad ad_xrail">Advertisement</div></div>'),
         _p("That rate rose sharply as the comet approached the Sun, which researchers expected given that ice sublimates more readily when heated."),
         _x('<figure class="image"><img src="/x.jpg"><figcaption><div class="caption-text">The comet as seen by Hubble.</div><div class="caption-credit">NASA, ESA, and D. Jewitt (UCLA)</div></figcaption></figure>'),
         _p("<em>The Astrophysical Journal Letters</em>, 2019. DOI: 10.3847/2041-8213/ab530b (About DOIs)."),
     ],
     after='</div><div id="article-footer-wrap"><section class="author-bio"><p>John is Ars Technica\'s science editor. He has a Bachelor of Arts in Biochemistry from Columbia University.</p><p>Email john.timmer@arstechnica.com // Twitter @j_timmer</p></section>'
           '<div class="comment-count"><a>Reader comments 87</a></div><div class="share-links"><a>Share this story</a></div></div></article></main>',
     chrome_bottom=_foot("© 2019 Condé Nast. All rights reserved."))

page("kinja", "https://gizmodo.com/new-study-finds-mice-dream-1839940112",
     lang="en", title="New Study Suggests Mice May Dream About Their Day",
     url="https://gizmodo.com/new-study-finds-mice-dream-1839940112", site="Gizmodo",
     pub="2019-11-18T15:30:00-05:00", author="Ed Cara",
     chrome_top=_nav("Gizmodo", ["Tech", "Science", "Reviews", "Field Guide", "Earther"]),
     before='<main><article class="post hentry"><header><h1 class="headline entry-title">New Study Suggests Mice May Dream About Their Day</h1><div class="author"><a href="//kinja.com/edcara">Ed Cara</a></div><time>11/18/19 3:30PM</time><a class="js_comments-count">Comments (12)</a></header>'
            '<div class="js_post-content"><div class="entry-content">',
     blocks=[
         _p("Scientists have new evidence that mice replay their waking experiences while they sleep."),
         _p("In the study, researchers recorded activity in the visual cortex of mice as they watched a set of images, then again while they slept."),
         _x('<aside class="inset--story"><div class="js_related-stories-inset"><p>Related</p><a href="/x">Scientists Think They Found Where Dreams Come From</a></div></aside>'),
         _p("The patterns seen during sleep closely matched those recorded while the animals were awake."),
         _p("The findings were published Monday in Nature Neuroscience."),
     ],
     after='</div></div><div class="js_reading-list"><p>Share This Story</p><a>Get our newsletter</a><button>Subscribe</button></div><div class="author-bio"><p>Ed Cara is a science writer at Gizmodo.</p></div></article></main>',
     chrome_bottom=_foot("© 2019 G/O Media Inc."))

page("mashable", "https://mashable.com/article/holiday-gift-deals-headphones/",
     lang="en", title="The best headphone deals you can get right now",
     url="https://mashable.com/article/holiday-gift-deals-headphones/", site="Mashable",
     pub="2019-11-18T18:00:00Z", author="Leah Stodart",
     chrome_top=_nav("Mashable", ["Tech", "Science", "Culture", "Shopping", "Social Good"]),
     before='<main><article><header><h1 class="title">The best headphone deals you can get right now</h1><div class="byline"><a>Leah Stodart</a> <time>Nov 18, 2019</time></div>'
            '<div class="share-wrapper"><span class="total-shares">1.2k Shares</span></div></header><section class="article-content blueprint">',
     blocks=[
         _p("<em>Mashable's editors are hands-on with all of the products we cover. If you buy through links on our site, we may earn an affiliate commission.</em>"),
         _p("The holiday sales are already here, and headphones are some of the most discounted gadgets."),
         _h("Noise-canceling over-ear headphones — $278 (save $72)"),
         _p("These have been our favorite noise-canceling headphones all year, and this is the lowest price we have seen."),
         _x('<p class="product-card"><a class="buy-button" href="https://amzn.to/x">Get the headphones for $278 at Amazon</a></p>'),
         _h("True wireless earbuds — $129 (save $30)"),
         _p("Battery life is six hours per charge, and the case holds another eighteen."),
         _x('<p class="product-card"><a class="buy-button" href="https://amzn.to/y">Get the earbuds for $129 at Best Buy</a></p>'),
     ],
     after='</section><div class="article-topics"><span>Topics</span> <a>Shopping</a></div></article><section class="related-content"><h2>More in Shopping</h2></section></main>',
     chrome_bottom=_foot("© 2005–2019 Mashable, Inc., a Ziff Davis company. All Rights Reserved."))

page("androidpolice", "https://www.androidpolice.com/2019/11/18/app-update-dark-mode/",
     lang="en", title="Popular note-taking app finally gets a dark mode",
     url="https://www.androidpolice.com/2019/11/18/app-update-dark-mode/", site="Android Police",
     pub="2019-11-18T14:22:00+00:00", author="Rita El Khoury",
     chrome_top=_nav("Android Police", ["News", "Apps", "Games", "Deals", "Reviews"]),
     before='<main><article class="post"><header><h1 class="entry-title">Popular note-taking app finally gets a dark mode</h1><div class="post-meta">Rita El Khoury | November 18, 2019 | <a>32</a></div></header><div class="post-content">',
     blocks=[
         _p("After years of requests, the popular note-taking app is rolling out a system-wide dark theme on Android."),
         _p("The update, version 8.4, follows the phone's setting automatically, or you can force it from the app's preferences."),
         _ul(["Dark theme that follows the system setting", "New widgets for checklists", "Faster sync with the web app"]),
         _p("The update is rolling out now, though it may take a few days to reach everyone."),
         _x('<div class="appbox"><p>Note App</p><p>Developer: Example Inc.</p><p>Price: Free</p><a>Download on Google Play</a></div>'),
         _p("Thanks: Jeff"),
     ],
     after='</div><div class="post-tags"><span>Tags</span> <a>dark mode</a></div></article></main>',
     chrome_bottom=_foot("© 2019 Android Police"))

page("physorg", "https://phys.org/news/2019-11-coral-reefs-heat-waves.html",
     lang="en", title="Coral reefs recover more slowly after repeated heat waves",
     url="https://phys.org/news/2019-11-coral-reefs-heat-waves.html", site="Phys.org",
     pub="2019-11-18T11:40:01-05:00", author="",
     chrome_top=_nav("Phys.org", ["Nanotechnology", "Physics", "Earth", "Astronomy & Space", "Biology"]),
     before='<main><article class="news-article"><h1 class="text-extra-large">Coral reefs recover more slowly after repeated heat waves</h1><p class="article-byline">by University of Queensland</p><p class="article-byline">November 18, 2019</p>'
            '<div class="article-gallery"><img src="/x.jpg"><figcaption>Bleached coral on the Great Barrier Reef. Credit: University of Queensland</figcaption></div><div class="mt-4 article-main">',
     blocks=[
         _p("Coral reefs hit by back-to-back marine heat waves take far longer to recover, a new study has found."),
         _p("Researchers surveyed more than 100 reefs across the Great Barrier Reef between 2016 and 2019."),
         _p("\"Recovery is possible, but only if the gaps between events are long enough,\" lead author Dr. Jane Smith said."),
         _x('<div class="d-inline-block"><p><strong>Explore further</strong></p><p><a href="/news/2019-06-reef.html">Great Barrier Reef coral babies decline 89 percent</a></p></div>'),
         _p("<strong>More information:</strong> Jane Smith et al. Recovery of coral reefs after repeated bleaching, <i>Nature Climate Change</i> (2019). DOI: 10.1038/s41558-019-0000-0"),
         _p("<strong>Provided by</strong> University of Queensland"),
     ],
     after='</div><div class="article__info"><p><b>Citation</b>: Coral reefs recover more slowly after repeated heat waves (2019, November 18) retrieved 19 November 2019 from https://phys.org/news/2019-11-coral-reefs-heat-waves.html</p><p>This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission. The content is provided for information purposes only.</p></div></article></main>',
     chrome_bottom=_foot("© Phys.org 2003 - 2019 powered by Science X Network"))

page("future", "https://www.livescience.com/ancient-shark-teeth-found.html",
     lang="en", title="Ancient shark teeth found in Kentucky cave",
     url="https://www.livescience.com/ancient-shark-teeth-found.html", site="Live Science",
     pub="2019-11-18T07:34:00Z", author="Laura Geggel",
     chrome_top=_nav("Live Science", ["News", "Tech", "Health", "Planet Earth", "Strange News"]),
     before='<main><article><header><h1>Ancient shark teeth found in Kentucky cave</h1><p class="strapline">The fossils are 330 million years old.</p><div class="byline">By <a>Laura Geggel</a> - Senior Writer <time>November 18, 2019</time></div></header>'
            '<div id="article-body" class="text-copy bodyCopy auto">',
     blocks=[
         _p("Paleontologists exploring Mammoth Cave in Kentucky have found teeth from several ancient shark species."),
         _p("The teeth belonged to sharks that swam in a shallow sea that covered the region about 330 million years ago."),
         _x('<div class="jwplayer__widthsetter"><div class="jwplayer__wrapper"><p>Live Science Video</p></div></div>'),
         _x("<p><strong>Related:</strong> <a href='/shark-photos.html'>Photos: The world's biggest fish</a></p>"),
         _p("The find includes teeth from a species new to science, which researchers have not yet named."),
         _p("<em>Originally published on Live Science.</em>"),
     ],
     after='</div><div class="author-bio"><p>Laura is the archaeology and Life\'s Little Mysteries editor at Live Science.</p></div><div class="newsletter-form__wrapper"><p>Get the world’s most fascinating discoveries delivered straight to your inbox.</p><button>Sign me up</button></div></article></main>',
     chrome_bottom=_foot("Live Science is part of Future US Inc, an international media group and leading digital publisher."))


# ---------------------------------------------------------------------------------------------
# Platforms and corporate

page("medium", "https://medium.com/@janedev/what-i-learned-migrating-to-kubernetes-4f2a9c1b7e3d",
     lang="en", title="What I learned migrating to Kubernetes",
     url="https://medium.com/@janedev/what-i-learned-migrating-to-kubernetes-4f2a9c1b7e3d", site="Medium",
     pub="2019-11-18T16:21:00Z", author="Jane Dev",
     chrome_top='<div class="metabar"><a href="/">Medium</a><a>Sign in</a><a>Get started</a></div>',
     before='<main><article><div class="section-content"><div class="section-inner sectionLayout--insetColumn"><h1 class="graf graf--h3 graf--title">What I learned migrating to Kubernetes</h1>'
            '<div class="postMetaInline"><a>Jane Dev</a><button>Follow</button><span>Nov 18, 2019 · 6 min read</span></div>',
     blocks=[
         _p("Six months ago our team moved forty services from virtual machines to Kubernetes. Here is what went well and what did not.", "graf graf--p"),
         ("<h3 class=\"graf graf--h3\">1. Start with the boring services</h3>", "1. Start with the boring services"),
         _p("We began with stateless internal tools. Nobody noticed when they went down, which gave us room to learn.", "graf graf--p"),
         ("<h3 class=\"graf graf--h3\">2. Budget for observability</h3>", "2. Budget for observability"),
         _p("Logs and metrics were the first thing to break. Plan for them before you move anything customers use.", "graf graf--p"),
         ('<blockquote class="graf graf--blockquote">The cluster is not the product. The product is the product.</blockquote>', "The cluster is not the product. The product is the product."),
         _p("<em>Thanks to Sam and Priya for reading drafts of this.</em>", "graf graf--p"),
     ],
     after='</div></div></article><footer class="postActions"><button>1.1K claps</button><span>12 responses</span><a>Write a response…</a></footer>'
           '<div class="u-marginTop30"><p>Written by</p><h2>Jane Dev</h2><p>Engineer. Writing about infrastructure and teams.</p><button>Follow</button></div></main>',
     chrome_bottom='<footer><p>Discover Medium</p><p>Welcome to a place where words matter.</p><a>About</a><a>Help</a><a>Legal</a></footer>')

page("substack", "https://example.substack.com/p/the-week-in-climate-policy",
     lang="en", title="The week in climate policy",
     url="https://example.substack.com/p/the-week-in-climate-policy", site="The Heat Sheet",
     pub="2019-11-18T13:00:00Z", author="Emily Park",
     chrome_top='<div class="topbar"><a class="navbar-title" href="/">The Heat Sheet</a><a class="button primary subscribe-btn">Subscribe</a><a>Sign in</a></div>',
     before='<main><article class="post"><div class="post-header"><h1 class="post-title">The week in climate policy</h1><h3 class="subtitle">Madrid talks, a carbon tax in Canada, and a very long pipeline</h3><div class="post-meta"><a>Emily Park</a> <time>Nov 18, 2019</time> <a>12</a> <a>Share</a></div></div><div class="available-content"><div class="body markup">',
     blocks=[
         _p("Hello, and welcome back. A lot happened this week, so let's get straight into it."),
         _h("Madrid"),
         _p("Negotiators arrive in Madrid next week for the annual UN climate talks, which were moved from Chile at short notice."),
         _x('<p class="button-wrapper"><a class="button primary" href="/subscribe"><span>Subscribe now</span></a></p>'),
         _h("Canada"),
         _p("The federal carbon price rises to $30 a tonne in April, and four provinces are still fighting it in court."),
         _x('<p class="button-wrapper"><a class="button primary" href="/p/the-week-in-climate-policy?share=1"><span>Share</span></a></p>'),
         _p("That's all for this week. Reply to this email with tips, or just to say hello."),
     ],
     after='</div></div><div class="subscribe-footer"><p>Subscribe to The Heat Sheet</p><p>A weekly newsletter on climate policy.</p><input placeholder="Type your email…"><button>Subscribe</button></div><div class="post-footer"><a>12 Comments</a></div></article></main>',
     chrome_bottom='<footer><p>© 2019 Emily Park</p><a>Privacy</a> ∙ <a>Terms</a> ∙ <a>Collection notice</a><p>Substack is the home for great writing</p></footer>')

page("hubspot", "https://blog.acmecrm.com/marketing/email-subject-lines",
     lang="en", title="12 Email Subject Lines That Get Opened",
     url="https://blog.acmecrm.com/marketing/email-subject-lines", site="AcmeCRM Blog",
     pub="2019-11-18T11:00:00Z", author="Caroline Forsey",
     chrome_top=_nav("AcmeCRM", ["Marketing", "Sales", "Service", "Website"]),
     before='<main><article class="blog-post"><h1 id="hs_cos_wrapper_name">12 Email Subject Lines That Get Opened</h1><div class="blog-post__meta"><a class="blog-post__author-name">Caroline Forsey</a><time>Updated November 18, 2019</time></div>'
            '<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text">',
     blocks=[
         _p("Your subject line is the first thing a subscriber sees. It decides whether they open the email or delete it."),
         _x('<p><span class="hs-cta-wrapper" id="hs-cta-wrapper-123"><a class="cta_button" href="/cta/redirect/123"><img alt="Download Now: Free Email Marketing Templates"></a></span></p>'),
         _p("We looked at more than 1,000 campaigns to find what works. Here's what we found."),
         _h("1. Keep it short"),
         _p("Subject lines under 50 characters had the highest open rates in our sample."),
         _h("2. Ask a question"),
         _p("A question invites the reader to answer it, and answering means opening."),
         _x('<p><strong>Related:</strong> <a href="/marketing/email-marketing-guide">The Ultimate Guide to Email Marketing</a></p>'),
         _p("<em>Editor's note: This post was originally published in March 2017 and has been updated for comprehensiveness.</em>"),
     ],
     after='</span></div><div class="blog-post__cta"><p>Originally published Nov 18, 2019 6:00:00 AM, updated November 18 2019</p><p>Topics: <a>Email Marketing</a></p></div>'
           '<div class="blog-subscribe"><h3>Don\'t forget to share this post!</h3><a>Facebook</a><a>Twitter</a><a>LinkedIn</a></div></article></main>',
     chrome_bottom=_foot("Copyright © 2019 AcmeCRM, Inc."))

page("prnewswire", "https://www.prnewswire.com/news-releases/company-announces-third-quarter-results-300960000.html",
     lang="en", title="Acme Industries Announces Third Quarter 2019 Results",
     url="https://www.prnewswire.com/news-releases/company-announces-third-quarter-results-300960000.html", site="PR Newswire",
     pub="2019-11-18T08:00:00-05:00", author="",
     chrome_top=_nav("PR Newswire", ["News", "Products", "Contact", "Blog"]),
     before='<main><article class="news-release"><header><h1>Acme Industries Announces Third Quarter 2019 Results</h1><p class="mb-no">News provided by</p><a class="news-release-company">Acme Industries, Inc.</a><p class="mb-no">Nov 18, 2019, 08:00 ET</p>'
            '<div class="social-share"><a>Share this article</a></div></header><section class="release-body container">',
     blocks=[
         _p('CLEVELAND, Nov. 18, 2019 /PRNewswire/ -- Acme Industries, Inc. (NYSE: ACME) today reported financial results for the third quarter ended September 30, 2019.'),
         _ul(["Revenue of $412 million, up 6% year over year", "Net income of $38 million, or $1.12 per diluted share", "Full-year guidance raised"]),
         _p("\"Our teams delivered another strong quarter,\" said Chief Executive Officer Maria Lopez."),
         _p("<b>About Acme Industries</b>"),
         _p("Acme Industries is a leading manufacturer of industrial components, with operations in 12 countries."),
         _p("SOURCE Acme Industries, Inc."),
     ],
     after='</section><div class="row"><h3>Related Links</h3><p><a href="http://www.acme.example">http://www.acme.example</a></p></div><div class="col-sm-12"><p>Also from this source</p></div></article></main>',
     chrome_bottom=_foot("Copyright © 2019 PR Newswire Association LLC. All Rights Reserved. A Cision company."))

page("businesswire", "https://www.businesswire.com/news/home/20191118005123/en/Company-Launches-Platform",
     lang="en", title="Globex Launches Cloud Platform for Retailers",
     url="https://www.businesswire.com/news/home/20191118005123/en/Company-Launches-Platform", site="Business Wire",
     pub="2019-11-18T13:00:00Z", author="",
     chrome_top=_nav("Business Wire", ["News", "Services", "Newsroom", "Contact"]),
     before='<main><article class="bw-release-main"><header><h1 class="epi-fontLg">Globex Launches Cloud Platform for Retailers</h1><div class="bw-release-timestamp"><time>November 18, 2019 08:00 AM Eastern Standard Time</time></div></header><div class="bw-release-story">',
     blocks=[
         _p("SAN FRANCISCO--(BUSINESS WIRE)--Globex Corporation today announced the general availability of its cloud platform for mid-sized retailers."),
         _p("The platform combines inventory, point-of-sale and analytics in a single service."),
         _p("<b>About Globex</b>"),
         _p("Globex builds software for retailers. For more information, visit www.globex.example."),
     ],
     after='</div><div class="bw-release-contact"><h2>Contacts</h2><p>Media: Jane Roe, press@globex.example</p></div><div class="bw-release-social"><a>Social Media Profiles</a></div></article></main>',
     chrome_bottom=_foot("© 2019 Business Wire, Inc."))


# ---------------------------------------------------------------------------------------------
# Personal blogs and non-English sites

page("blogspot-pt", "https://receitasdavovo.blogspot.com/2019/11/bolo-de-fuba-cremoso.html",
     lang="pt-BR", title="Bolo de fubá cremoso",
     url="https://receitasdavovo.blogspot.com/2019/11/bolo-de-fuba-cremoso.html", site="Receitas da Vovó",
     pub="2019-11-18T10:30:00-03:00", author="Maria Helena",
     chrome_top='<div class="header-outer"><h1 class="title"><a href="/">Receitas da Vovó</a></h1><p class="description">Receitas simples de família</p></div>',
     before='<div class="main-outer"><div class="date-outer"><h2 class="date-header"><span>segunda-feira, 18 de novembro de 2019</span></h2><div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">Bolo de fubá cremoso</h3><div class="post-body entry-content">',
     blocks=[
         _p("Esse bolo de fubá cremoso é a receita que minha avó fazia todo domingo. Fica com uma camada de creme no meio, uma delícia!"),
         ("<b>Ingredientes:</b>", "Ingredientes:"),
         _ul(["4 ovos", "1 xícara de fubá", "2 xícaras de açúcar", "1 litro de leite"]),
         ("<b>Modo de preparo:</b>", "Modo de preparo:"),
         _p("Bata tudo no liquidificador e despeje em uma forma untada. Asse em forno médio por cerca de 50 minutos."),
         _p("Bom apetite!"),
     ],
     after='</div><div class="post-footer"><span class="post-author">Postado por Maria Helena</span> <span class="post-timestamp">às 10:30</span> <span class="post-comment-link"><a>3 comentários</a></span>'
           '<div class="post-share-buttons"><a>Enviar por e-mail</a><a>Postar no blog!</a><a>Compartilhar no Twitter</a><a>Compartilhar no Facebook</a></div><span class="post-labels">Marcadores: <a>bolos</a></span></div></div>'
           '<div class="comments"><h4>3 comentários:</h4><p>Ana disse... Fiz hoje e ficou ótimo!</p></div></div></div></div>',
     chrome_bottom='<div class="footer-outer"><p>Tema Simples. Tecnologia do <a href="https://www.blogger.com">Blogger</a>.</p></div>')

page("wp-it", "https://viaggiaredisola.wordpress.com/2019/11/18/tre-giorni-a-matera/",
     lang="it-IT", title="Tre giorni a Matera",
     url="https://viaggiaredisola.wordpress.com/2019/11/18/tre-giorni-a-matera/", site="Viaggiare d'isola",
     pub="2019-11-18T09:12:00+01:00", author="Giulia",
     chrome_top='<header id="masthead" class="site-header"><p class="site-title"><a href="/">Viaggiare d\'isola</a></p><nav><a>Home</a><a>Chi sono</a><a>Contatti</a></nav></header>',
     before='<div id="content"><main id="main"><article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">Tre giorni a Matera</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published">18 novembre 2019</time></span> <span class="byline">di Giulia</span></div></header><div class="entry-content">',
     blocks=[
         _p("Matera è stata Capitale europea della cultura nel 2019 e finalmente sono riuscita a visitarla."),
         _p("Il primo giorno l'ho dedicato ai Sassi: il Sasso Caveoso e il Sasso Barisano, con le loro case scavate nella roccia."),
         _h("Dove dormire", "h3"),
         _p("Ho dormito in un piccolo albergo diffuso nel Sasso Caveoso, con una camera ricavata in una grotta."),
         _p("Alla prossima avventura!"),
         _x('<div id="jp-post-flair" class="sharedaddy sd-sharing-enabled"><div class="sd-block"><h3 class="sd-title">Condividi:</h3><ul><li><a>Twitter</a></li><li><a>Facebook</a></li></ul></div><div class="sharedaddy sd-block sd-like"><h3 class="sd-title">Mi piace:</h3><p>Mi piace Caricamento...</p></div><div id="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Correlati</em></h3></div></div>'),
     ],
     after='</div><footer class="entry-footer"><span class="cat-links">Pubblicato in <a>Viaggi</a></span> <span class="comments-link"><a>2 commenti</a></span></footer></article>'
           '<div id="comments"><h2 class="comments-title">2 pensieri su “Tre giorni a Matera”</h2><div id="respond"><h3>Lascia un commento</h3></div></div></main></div>',
     chrome_bottom='<footer id="colophon"><p>Blog su WordPress.com.</p></footer>')

page("wp-ru", "https://fotozametki.ru/2019/11/18/osennij-peterburg/",
     lang="ru-RU", title="Осенний Петербург: пять мест для прогулки",
     url="https://fotozametki.ru/2019/11/18/osennij-peterburg/", site="Фотозаметки",
     pub="2019-11-18T12:00:00+03:00", author="Алексей",
     chrome_top='<header class="site-header"><a class="site-title" href="/">Фотозаметки</a><nav><a>Главная</a><a>Об авторе</a><a>Контакты</a></nav></header>',
     before='<main><article class="post"><h1 class="entry-title">Осенний Петербург: пять мест для прогулки</h1><div class="entry-meta"><span>18.11.2019</span> <span>Рубрика: <a>Путешествия</a></span> <span>Просмотров: 1 254</span></div><div class="entry-content">',
     blocks=[
         _p("Осень в Петербурге — лучшее время для долгих прогулок с камерой. Вот пять мест, которые я советую всем."),
         _h("1. Новая Голландия", "h3"),
         _p("Остров в центре города, где летом лежат на траве, а осенью пьют кофе у пруда."),
         _h("2. Елагин остров", "h3"),
         _p("Здесь жёлтые клёны и тишина даже в выходные."),
         _x('<p><strong>Читайте также:</strong> <a href="/2019/10/02/karelia/">Карелия за три дня</a></p>'),
         _p("А какие места любите вы? Пишите в комментариях!"),
     ],
     after='</div><div class="post-share"><span>Поделиться:</span><a>ВКонтакте</a><a>Одноклассники</a><a>Telegram</a></div><div class="post-rating"><span>Оцените статью:</span><span>(Пока оценок нет)</span></div>'
           '<div id="comments"><h3>Добавить комментарий</h3><p>Ваш адрес email не будет опубликован.</p></div></article></main>',
     chrome_bottom=_foot("© 2019 Фотозаметки. Все права защищены.", ("Главная", "Карта сайта")))

page("wp-id", "https://catatanbunda.com/2019/11/18/tips-mengatur-keuangan-keluarga/",
     lang="id-ID", title="5 Tips Mengatur Keuangan Keluarga",
     url="https://catatanbunda.com/2019/11/18/tips-mengatur-keuangan-keluarga/", site="Catatan Bunda",
     pub="2019-11-18T08:00:00+07:00", author="Rina",
     chrome_top='<header class="site-header"><a class="site-title" href="/">Catatan Bunda</a><nav><a>Beranda</a><a>Tentang</a><a>Kontak</a></nav></header>',
     before='<main><article class="post"><h1 class="entry-title">5 Tips Mengatur Keuangan Keluarga</h1><div class="entry-meta">Posted on <time>18 November 2019</time> by <a>Rina</a></div><div class="entry-content">',
     blocks=[
         _p("Mengatur keuangan keluarga memang gampang-gampang susah. Berikut lima tips yang sudah saya praktikkan sendiri."),
         _p("<strong>1. Catat semua pengeluaran</strong>"),
         _p("Mulailah dengan mencatat setiap pengeluaran, sekecil apa pun, selama satu bulan."),
         _x('<p><strong>Baca Juga:</strong> <a href="/2019/10/menabung-untuk-anak/">Cara Menabung untuk Pendidikan Anak</a></p>'),
         _p("<strong>2. Pisahkan rekening</strong>"),
         _p("Gunakan rekening terpisah untuk kebutuhan rutin dan tabungan."),
         _p("Semoga bermanfaat ya, Bunda!"),
     ],
     after='</div><div class="sharedaddy"><h3>Bagikan ini:</h3><a>WhatsApp</a><a>Facebook</a></div><div class="jp-relatedposts"><h3>Terkait</h3></div>'
           '<div id="comments"><h3>Tinggalkan Balasan</h3><p>Alamat email Anda tidak akan dipublikasikan.</p></div></article></main>',
     chrome_bottom=_foot("Copyright © 2019 Catatan Bunda", ("Beranda", "Kebijakan Privasi")))

page("kr-news", "http://www.koreanews.example/news/articleView.html?idxno=123456",
     lang="ko", title="서울시, 내년 대중교통 요금 동결",
     url="http://www.koreanews.example/news/articleView.html?idxno=123456", site="코리아뉴스",
     pub="2019-11-18T14:20:00+09:00", author="김민수",
     chrome_top=_nav("코리아뉴스", ["정치", "경제", "사회", "문화", "스포츠"]),
     before='<section class="article-view"><header class="article-view-header"><h3 class="heading">서울시, 내년 대중교통 요금 동결</h3><ul class="infomation"><li><i class="icon-user"></i> 김민수 기자</li><li><i class="icon-clock"></i> 입력 2019.11.18 14:20</li><li>댓글 0</li></ul>'
            '<div class="share-btns"><a>페이스북</a><a>트위터</a><a>카카오톡</a><a>URL복사</a></div></header><article id="article-view-content-div" class="article-veiw-body">',
     blocks=[
         _p("서울시가 내년 대중교통 요금을 동결하기로 했다."),
         _p("시는 18일 시민 부담을 줄이기 위해 지하철과 버스 기본요금을 올해 수준으로 유지한다고 밝혔다."),
         _x('<div class="ad-template"><div class="IMGFLOATING">광고</div></div>'),
         _p("시 관계자는 \"물가 상승으로 어려움을 겪는 시민들을 위한 결정\"이라고 설명했다."),
         _p("김민수 기자 minsu@koreanews.example"),
         _p("저작권자 © 코리아뉴스 무단전재 및 재배포 금지"),
     ],
     after='</article><div class="article-copy"><p>기사제보 newsroom@koreanews.example</p></div><div id="relation-article"><h4>관련기사</h4><ul><li><a>지하철 심야 운행 연장</a></li></ul></div></section>',
     chrome_bottom=_foot("Copyright © 2019 코리아뉴스. All rights reserved.", ("회사소개", "개인정보처리방침")))

page("naver-blog", "https://blog.naver.com/PostView.nhn?blogId=travelkim&logNo=221712345678",
     lang="ko", title="제주도 2박 3일 여행 코스 추천",
     url="https://blog.naver.com/PostView.nhn?blogId=travelkim&logNo=221712345678", site="네이버 블로그",
     pub="2019-11-18T21:05:00+09:00", author="여행하는 김씨",
     chrome_top='<div id="header"><a>네이버</a><a>블로그</a><a>로그인</a></div>',
     before='<div id="postListBody"><div class="se-viewer se-theme-default"><div class="se-documentTitle"><div class="se-title-text"><span>제주도 2박 3일 여행 코스 추천</span></div><span class="nick">여행하는 김씨</span><span class="se_publishDate">2019. 11. 18. 21:05</span></div><div class="se-main-container">',
     blocks=[
         ('<div class="se-component se-text"><p class="se-text-paragraph"><span>안녕하세요! 오늘은 지난주에 다녀온 제주도 여행 코스를 소개해 드릴게요.</span></p></div>', "안녕하세요! 오늘은 지난주에 다녀온 제주도 여행 코스를 소개해 드릴게요."),
         ('<div class="se-component se-text"><p class="se-text-paragraph"><span>첫째 날은 공항에서 가까운 용두암과 동문시장을 둘러봤어요.</span></p></div>', "첫째 날은 공항에서 가까운 용두암과 동문시장을 둘러봤어요."),
         _x('<div class="se-component se-oglink"><a class="se-oglink-info" href="https://map.naver.com/v5/entry/place/11491438"><strong class="se-oglink-title">동문재래시장</strong><p class="se-oglink-summary">제주특별자치도 제주시</p><p class="se-oglink-url">map.naver.com</p></a></div>'),
         ('<div class="se-component se-text"><p class="se-text-paragraph"><span>둘째 날에는 성산일출봉에 올랐는데, 날씨가 좋아서 풍경이 정말 멋있었어요.</span></p></div>', "둘째 날에는 성산일출봉에 올랐는데, 날씨가 좋아서 풍경이 정말 멋있었어요."),
     ],
     after='</div></div><div class="wrap_postcomment"><a>공감 15</a><a>댓글 4</a><a>공유하기</a></div></div>',
     chrome_bottom='<div id="footer"><p>© NAVER Corp.</p></div>')

page("itmedia", "https://www.itmedia.co.jp/news/articles/1911/18/news080.html",
     lang="ja", title="国内スマホ出荷台数、前年比8％増　調査会社まとめ",
     url="https://www.itmedia.co.jp/news/articles/1911/18/news080.html", site="ITmedia NEWS",
     pub="2019-11-18T12:30:00+09:00", author="山田太郎",
     chrome_top=_nav("ITmedia NEWS", ["速報", "製品動向", "セキュリティ", "AI+"]),
     before='<div id="cmsBody"><div class="inner"><div id="cmsTitle"><h1>国内スマホ出荷台数、前年比8％増　調査会社まとめ</h1></div><div id="cmsAbstract"><h2>調査会社が7～9月期の国内スマートフォン出荷台数を発表した。</h2></div><div id="cmsDate"><span>2019年11月18日 12時30分 公開</span></div><div id="cmsByline">［山田太郎，ITmedia］</div>'
            '<div class="cmsBodyMainSocial"><span>印刷</span><span>通知</span><span>見る</span><span>Share</span><span>2</span></div><div id="cmsMark"></div><div class="cmsBodyMain">',
     blocks=[
         _p("調査会社は11月18日、2019年7～9月期の国内スマートフォン出荷台数が前年同期比8.2％増の約780万台だったと発表した。"),
         _p("10月の消費増税を前にした駆け込み需要が押し上げたとみている。"),
         _x('<div class="cmsBodyCtype"><p>関連記事</p><ul><li><a href="/news/articles/1910/10/news071.html">9月の携帯販売、増税前の駆け込みで急増</a></li></ul></div>'),
         _p("メーカー別では、米Appleが首位を維持した。"),
         _p("Copyright © ITmedia, Inc. All Rights Reserved.", "ctxt"),
     ],
     after='</div><div id="cmsRelated"><h3>関連記事</h3></div><div class="cmsBodyRanking"><h3>Special</h3><p>PR</p></div></div></div>',
     chrome_bottom=_foot("Copyright © ITmedia, Inc. All Rights Reserved.", ("会社概要", "プライバシーポリシー")))


# ---------------------------------------------------------------------------------------------
# A second round: more US outlets, and news and blogs in Portuguese, Italian, Russian,
# Japanese and Korean

page("businessinsider", "https://www.businessinsider.com/airline-baggage-fees-2019-11",
     lang="en", title="Airlines collected a record $4.6 billion in bag fees last year",
     url="https://www.businessinsider.com/airline-baggage-fees-2019-11", site="Business Insider",
     pub="2019-11-18T12:48:00-05:00", author="David Slotnick",
     chrome_top=_nav("Business Insider", ["Tech", "Finance", "Politics", "Strategy", "Life", "All"]),
     before='<main><article><h1 class="post-headline">Airlines collected a record $4.6 billion in bag fees last year</h1><div class="byline-author">David Slotnick</div><div class="byline-timestamp">Nov. 18, 2019, 12:48 PM</div>'
            '<div class="share-bar"><a>Facebook</a><a>Email</a><a>Twitter</a><a>Whatsapp</a><a>Save Article</a><span>Icon A bookmark</span></div>'
            '<ul class="summary-list"><li>US airlines collected $4.6 billion in checked-bag fees in 2018, a record.</li><li>Delta and American led the industry.</li></ul>'
            '<div data-piano-inline-content-wrapper="" class="content-lock-content">',
     blocks=[
         _p("US airlines made more money from checked-bag fees last year than ever before, according to data from the Bureau of Transportation Statistics."),
         _p("The industry collected about $4.6 billion in bag fees in 2018, up from $4.4 billion a year earlier."),
         _x('<p><strong>Read more:</strong> <a href="/delta-bag-fee-2019">Delta just raised its checked-bag fees</a></p>'),
         _x('<p><strong>Read more:</strong> <a href="/basic-economy-explained">What basic economy really gets you</a></p>'),
         _p("Several carriers raised their fees for a first checked bag to $30 in 2018, which helped push the total higher."),
         _x('<div class="inline-newsletter-signup"><p>Loading Something is loading.</p></div>'),
         _p("Bag fees are not subject to the federal excise tax that applies to airfare, which gives airlines a reason to shift costs into them."),
         _x('<p><strong>SEE ALSO:</strong> <a href="/cheapest-airlines-2019">The cheapest airlines in America</a></p>'),
         _x('<div class="video-wrapper"><p><strong>NOW WATCH:</strong> Popular videos from Insider Inc.</p><p>Loading video...</p></div>'),
     ],
     after='</div><div class="post-content-category"><p>More: <a>Airlines</a> <a>Travel</a> <a>Bag Fees</a></p></div></article></main>',
     chrome_bottom=_foot("* Copyright © 2019 Insider Inc. All rights reserved."))

page("vice", "https://www.vice.com/en_us/article/abc123/city-bans-facial-recognition",
     lang="en", title="Another City Just Banned Facial Recognition",
     url="https://www.vice.com/en_us/article/abc123/city-bans-facial-recognition", site="Vice",
     pub="2019-11-18T16:12:00Z", author="Caroline Haskins",
     chrome_top=_nav("VICE", ["Video", "News", "Tech", "Food", "Music", "Identity"]),
     before='<main><article class="article"><header><h1 class="article__title">Another City Just Banned Facial Recognition</h1><h2 class="article__dek">It is the fifth US city to do so.</h2><div class="contributor__name">Caroline Haskins</div><time>Nov 18 2019, 4:12pm</time></header>'
            '<div class="article__body">',
     blocks=[
         _p("The city council of a mid-sized college town voted unanimously on Monday to ban city agencies from using facial recognition technology."),
         _p("The ordinance makes it the fifth city in the United States to pass such a ban, following San Francisco, Oakland, Somerville and Berkeley."),
         _x('<div class="article__newsletter-signup"><p>Sign up for Motherboard Premium.</p></div>'),
         _p("\"We should not be experimenting on our residents,\" one council member said during the meeting."),
         _x('<p><em>Sign up for our <a href="/newsletter">newsletter</a> to get the best of VICE delivered to your inbox daily.</em></p>'),
         _p("<em>Follow Caroline Haskins on <a href='https://twitter.com/carolinehaskins'>Twitter</a>.</em>"),
     ],
     after='</div><div class="article__tags"><a>FACIAL RECOGNITION</a><a>SURVEILLANCE</a></div></article></main>',
     chrome_bottom=_foot("© 2019 VICE MEDIA GROUP"))

page("huffpost", "https://www.huffpost.com/entry/teacher-strike-ends_n_5dd2c1b0e4b0263fbc98f0d5",
     lang="en", title="Teachers Strike Ends After Union Reaches Deal",
     url="https://www.huffpost.com/entry/teacher-strike-ends_n_5dd2c1b0e4b0263fbc98f0d5", site="HuffPost",
     pub="2019-11-18T17:05:00-05:00", author="Rebecca Klein",
     chrome_top=_nav("HuffPost", ["News", "Politics", "Entertainment", "Life", "Voices", "Shopping"]),
     before='<main><article class="entry"><header><h1 class="headline">Teachers Strike Ends After Union Reaches Deal</h1><div class="dek">The tentative agreement includes raises and smaller classes.</div><div class="author-list">By <a>Rebecca Klein</a></div><div class="timestamp">11/18/2019 05:05 pm ET <span>Updated Nov 18, 2019</span></div></header>'
            '<div class="entry__content-list-container"><div class="entry__content-list js-entry-content">',
     blocks=[
         _p("A teachers strike that closed schools for more than 300,000 students ended Monday after the union and the district reached a tentative deal."),
         _p("The agreement includes a 16% raise over five years and caps on class sizes, union leaders said."),
         _x('<div class="primary-cli cli cli-text"><p><strong>RELATED...</strong></p></div>'),
         _x('<div class="primary-cli cli cli-related-articles"><ul><li><a href="/entry/teachers-strike-day-one">Teachers Walk Out For First Time In Decades</a></li></ul></div>'),
         _p("Classes will resume Tuesday. The union's members still need to ratify the agreement."),
         _p("<em>This article has been updated with comment from the district.</em>"),
     ],
     after='</div></div><div class="support-huffpost"><p>Support HuffPost</p><p>At HuffPost, we believe that everyone needs high-quality journalism, but we understand that not everyone can afford to pay for expensive news subscriptions.</p><a>Become a member</a></div></article></main>',
     chrome_bottom=_foot("©2019 Verizon Media. All rights reserved."))

page("cnbc", "https://www.cnbc.com/2019/11/18/stocks-record-highs-trade-hopes.html",
     lang="en", title="Stocks close at record highs on trade hopes",
     url="https://www.cnbc.com/2019/11/18/stocks-record-highs-trade-hopes.html", site="CNBC",
     pub="2019-11-18T16:05:00-05:00", author="Fred Imbert",
     chrome_top=_nav("CNBC", ["Markets", "Business", "Investing", "Tech", "Politics", "CNBC TV"]),
     before='<main><article><header><h1 class="ArticleHeader-headline">Stocks close at record highs on trade hopes</h1><div class="ArticleHeader-time"><time>Published Mon, Nov 18 2019 4:05 PM EST</time></div><div class="Author-authorName">Fred Imbert</div></header>'
            '<div class="RenderKeyPoints-keyPoints"><h2>Key Points</h2><ul><li>The Dow and S&amp;P 500 closed at record highs.</li><li>Investors watched for news on trade.</li></ul></div>'
            '<div class="ArticleBody-articleBody"><div class="group">',
     blocks=[
         _p("Stocks closed at record highs on Monday as investors held out hope for progress in trade talks between the U.S. and China."),
         _p("The Dow Jones Industrial Average rose 31 points, while the S&amp;P 500 gained 0.1%. The Nasdaq Composite also hit a record."),
         _x('<div class="InlineVideo-container"><p class="InlineVideo-title">watch now</p><p>VIDEO 3:12 03:12</p><p>Trade optimism lifts markets</p><p>Closing Bell</p></div>'),
         _p("\"The market wants to believe a deal is coming,\" said one strategist."),
         _p("<em>— CNBC's Maggie Fitzgerald contributed to this report.</em>"),
         _x('<div class="InlineCTA"><p><strong>Subscribe to CNBC PRO</strong> for exclusive insights and analysis, and live business day programming from around the world.</p></div>'),
     ],
     after='</div></div></article></main>',
     chrome_bottom=_foot("© 2019 CNBC LLC. All Rights Reserved. A Division of NBCUniversal"))

page("dailymail", "https://www.dailymail.co.uk/news/article-7699999/Dog-walks-miles-home.html",
     lang="en", title="Dog walks 60 miles home after being rehomed",
     url="https://www.dailymail.co.uk/news/article-7699999/Dog-walks-miles-home.html", site="Daily Mail Online",
     pub="2019-11-18T14:32:00+0000", author="Jane Smith",
     chrome_top=_nav("Daily Mail", ["Home", "News", "U.S.", "Sport", "TV&amp;Showbiz", "Femail"]),
     before='<div id="content"><div class="article-text wide"><h2>Dog walks 60 miles home after being rehomed</h2><ul class="mol-bullets-with-font"><li><strong>Collie was rehomed in Wales but turned up at its old farm in Shropshire</strong></li></ul>'
            '<p class="author-section byline-plain">By <a class="author" href="/home/search.html?s=&amp;authornamef=Jane+Smith">Jane Smith For Mailonline</a></p><p class="byline-section"><span class="article-timestamp">Published: 14:32 GMT, 18 November 2019</span></p>'
            '<div class="social share-article"><span>Share this article</span><span class="count">1.2k shares</span></div><div itemprop="articleBody">',
     blocks=[
         _p("A collie walked 60 miles back to the farm where it grew up after being rehomed, its former owner said.", "mol-para-with-font"),
         _p("The dog, named Bess, disappeared from her new home in mid-Wales on Monday and turned up at the Shropshire farm four days later.", "mol-para-with-font"),
         _x('<div class="related-carousel"><h3>RELATED ARTICLES</h3><p>Previous</p><p>1</p><p>Next</p><ul><li><a href="/a">Lost cat found 200 miles away</a></li></ul><div class="share-or-comment"><span>Share this article</span><span>Share</span></div></div>'),
         _p("\"She was thin and tired but wagging her tail,\" farmer Tom Evans said.", "mol-para-with-font"),
         _p("Bess will now stay on the farm.", "mol-para-with-font"),
     ],
     after='</div><div class="article-icon-links-container"><p>Share or comment on this article:</p></div><div id="reader-comments"><h3>Comments 45</h3></div></div></div>',
     chrome_bottom=_foot("Published by Associated Newspapers Ltd. Part of the Daily Mail, The Mail on Sunday &amp; Metro Media Group"))

page("npr-station", "https://www.kunc.example/post/colorado-river-drought-plan",
     lang="en", title="Colorado River States Finish Drought Plan",
     url="https://www.kunc.example/post/colorado-river-drought-plan", site="KUNC",
     pub="2019-11-18T18:20:00-07:00", author="Luke Runyon",
     chrome_top=_nav("KUNC", ["News", "Music", "Programs", "Support", "Listen Live"]),
     before='<main><article class="node-story"><h1 class="title">Colorado River States Finish Drought Plan</h1><div class="field-byline">By Luke Runyon</div><div class="date">• Nov 18, 2019</div>'
            '<div class="field-audio"><p>Listen</p><p>• 3:52</p></div><div class="field-body">',
     blocks=[
         _p("Seven states that share the Colorado River have finished a plan to cope with drought, after years of negotiation."),
         _p("The plan asks Arizona, Nevada and California to leave more water in Lake Mead when its level drops."),
         _x('<div class="pullquote-newsletter"><p><em>Get the latest news from KUNC delivered to your inbox.</em> <a>Sign up for our newsletter.</a></p></div>'),
         _p("Upper basin states, including Colorado, would store water in their own reservoirs."),
         _p("<em>This story is part of ongoing coverage of the Colorado River, produced in partnership with the Water Desk.</em>"),
         _p("Copyright 2019 KUNC. To see more, visit KUNC."),
     ],
     after='</div><div class="support-cta"><p>KUNC is a nonprofit public radio station. Donate today.</p></div></article></main>',
     chrome_bottom=_foot("© 2019 KUNC"))

page("g1", "https://g1.globo.com/sp/campinas-regiao/noticia/2019/11/18/chuva-forte-causa-alagamentos-em-campinas.ghtml",
     lang="pt-BR", title="Chuva forte causa alagamentos em Campinas",
     url="https://g1.globo.com/sp/campinas-regiao/noticia/2019/11/18/chuva-forte-causa-alagamentos-em-campinas.ghtml", site="G1",
     pub="2019-11-18T19:45:00-03:00", author="g1 Campinas",
     chrome_top=_nav("g1", ["Brasil", "Mundo", "Política", "Economia", "Tecnologia"]),
     before='<main><div class="content-head"><h1 class="content-head__title">Chuva forte causa alagamentos em Campinas</h1><h2 class="content-head__subtitle">Defesa Civil registrou 45 milímetros em uma hora.</h2></div>'
            '<div class="content-publication-data"><p class="content-publication-data__from">Por g1 Campinas e Região</p><p class="content-publication-data__updated"><time>18/11/2019 19h45</time> Atualizado há 5 anos</p></div><article itemprop="articleBody">',
     blocks=[
         _p("Uma chuva forte atingiu Campinas (SP) no fim da tarde desta segunda-feira (18) e causou alagamentos em diversos pontos da cidade.", "content-text__container"),
         _p("Segundo a Defesa Civil, foram registrados 45 milímetros de chuva em uma hora na região central.", "content-text__container"),
         _x('<div class="content-video"><p>Chuva forte causa estragos em Campinas</p><p>EPTV 2</p></div>'),
         _p("Não há registro de feridos.", "content-text__container"),
         _x('<p class="content-text__container"><strong>VÍDEOS: veja mais notícias da região no g1 Campinas</strong></p>'),
         _x('<p class="content-text__container">Veja mais notícias da região no <a href="https://g1.globo.com/sp/campinas-regiao/">g1 Campinas</a>.</p>'),
     ],
     after='</article><div class="entities"><span>Tópicos</span></div></main>',
     chrome_bottom=_foot("© Copyright 2000-2019 Globo Comunicação e Participações S.A.", ("princípios editoriais", "política de privacidade")))

page("ansa", "https://www.ansa.it/sito/notizie/cronaca/2019/11/18/acqua-alta-venezia_abc.html",
     lang="it", title="Acqua alta a Venezia, nuovo picco atteso per domani",
     url="https://www.ansa.it/sito/notizie/cronaca/2019/11/18/acqua-alta-venezia_abc.html", site="ANSA.it",
     pub="2019-11-18T17:33:00+01:00", author="",
     chrome_top=_nav("ANSA", ["Cronaca", "Politica", "Economia", "Mondo", "Cultura", "Sport"]),
     before='<main><article class="news"><header><h1 class="news-title">Acqua alta a Venezia, nuovo picco atteso per domani</h1><h2 class="news-stit">Il centro maree prevede 130 centimetri</h2><div class="news-date"><em>Redazione ANSA</em> VENEZIA 18 novembre 2019 17:33</div></header>'
            '<div class="news-share"><a>Facebook</a><a>Twitter</a><a>WhatsApp</a><a>Stampa</a><a>Scrivi alla redazione</a></div><div class="news-txt">',
     blocks=[
         _p("(ANSA) - VENEZIA, 18 NOV - Il centro previsioni maree del Comune di Venezia prevede per domani mattina un nuovo picco di 130 centimetri."),
         _p("Le scuole resteranno chiuse anche domani, ha annunciato il sindaco."),
         _x('<div class="inline-related"><p>Leggi anche: <a href="/x">Venezia, la conta dei danni</a></p></div>'),
         _p("I vaporetti circolano con orari ridotti. (ANSA)."),
         _x('<p class="news-copyright">RIPRODUZIONE RISERVATA © Copyright ANSA</p>'),
     ],
     after='</div><div class="news-related"><h3>Video ANSA</h3></div><div class="news-tags"><span>Archiviato in</span> <a>Venezia</a></div></article></main>',
     chrome_bottom=_foot("P.I. 00876481003 - © Copyright ANSA - Tutti i diritti riservati"))

page("ru-news", "https://www.example-gazeta.ru/social/news/2019/11/18/n_13712345.shtml",
     lang="ru", title="В Москве открылась новая станция метро",
     url="https://www.example-gazeta.ru/social/news/2019/11/18/n_13712345.shtml", site="Газета",
     pub="2019-11-18T12:15:00+03:00", author="",
     chrome_top=_nav("Газета", ["Политика", "Бизнес", "Общество", "Культура", "Спорт"]),
     before='<main><article class="b_article"><h1 class="headline">В Москве открылась новая станция метро</h1><div class="date">18.11.2019, 12:15</div><div class="b_article-text">',
     blocks=[
         _p("В Москве открылась станция метро «Новаторская», сообщил мэр города."),
         _p("Станция стала частью Большой кольцевой линии. Ежедневно ею будут пользоваться около 40 тысяч пассажиров."),
         _x('<p><strong>Читайте также:</strong> <a href="/x.shtml">Когда откроют Большую кольцевую линию целиком</a></p>'),
         _p("Полностью кольцевую линию планируют открыть в 2023 году."),
         _x('<p class="news-subscribe">Подписывайтесь на «Газету» в <a>Яндекс.Новостях</a>, <a>Дзен</a> и <a>Telegram</a>.</p>'),
     ],
     after='</div><div class="b_share"><span>Поделиться:</span></div><div class="b_comments"><span>Комментарии 12</span></div></article></main>',
     chrome_bottom=_foot("© 2019 «Газета». Все права защищены. 18+", ("О проекте", "Реклама")))

page("hatena", "https://tabi-memo.hatenablog.com/entry/2019/11/18/210000",
     lang="ja", title="京都の紅葉を見に行ってきました",
     url="https://tabi-memo.hatenablog.com/entry/2019/11/18/210000", site="旅メモ",
     pub="2019-11-18T21:00:00+09:00", author="tabi-memo",
     chrome_top='<div id="blog-title"><h1 id="title"><a href="/">旅メモ</a></h1></div><div id="globalheader"><a>はてなブログ</a><a>読者になる</a></div>',
     before='<div id="main"><article class="entry hentry"><header class="entry-header"><div class="date entry-date first"><time>2019-11-18</time></div><h1 class="entry-title"><a>京都の紅葉を見に行ってきました</a></h1></header><div class="entry-content">',
     blocks=[
         _p("こんにちは。週末に京都へ紅葉を見に行ってきました。"),
         _x('<p class="sponsored-label">スポンサーリンク</p>'),
         _h("永観堂", "h3"),
         _p("永観堂はライトアップがとてもきれいでした。夜は少し混んでいましたが、待ち時間は30分ほどでした。"),
         _h("東福寺", "h3"),
         _p("東福寺の通天橋からの眺めは最高です。朝早く行くのがおすすめです。"),
         _p("また来年も行きたいと思います。"),
     ],
     after='</div><footer class="entry-footer"><p class="entry-footer-section">tabi-memo <a>2019-11-18 21:00</a></p><div class="hatena-star-container"><a>Star</a></div><div class="social-buttons"><a>はてなブックマーク</a><a>ツイート</a></div>'
           '<div class="comment-box"><p>コメントを書く</p></div></footer></article></div>',
     chrome_bottom='<footer id="footer"><p>Powered by Hatena Blog | <a>ブログを報告する</a></p></footer>')

page("tistory", "https://cookdiary.tistory.com/285",
     lang="ko", title="초간단 김치볶음밥 만들기",
     url="https://cookdiary.tistory.com/285", site="요리일기",
     pub="2019-11-18T19:30:00+09:00", author="요리일기",
     chrome_top='<header id="header"><h1><a href="/">요리일기</a></h1><nav><a>홈</a><a>태그</a><a>방명록</a></nav></header>',
     before='<div id="content"><div class="entry"><div class="titleWrap"><h2><a>초간단 김치볶음밥 만들기</a></h2><span class="date">2019. 11. 18. 19:30</span></div><div class="article tt_article_useless_p_margin">',
     blocks=[
         _p("오늘은 집에 있는 재료로 간단하게 김치볶음밥을 만들어 봤어요."),
         _p("재료: 밥 한 공기, 김치 반 컵, 햄 조금, 계란 하나"),
         _p("먼저 팬에 기름을 두르고 김치와 햄을 볶아 주세요. 그다음 밥을 넣고 잘 섞어 줍니다."),
         _p("마지막으로 계란 프라이를 올리면 완성!"),
     ],
     after='</div><div class="container_postbtn"><div class="postbtn_like"><span>공감</span><span class="txt_like">12</span></div><div><span>공유하기</span></div><div><span>게시글 관리</span></div><div><span>구독하기</span><span>요리일기</span></div></div>'
           '<div class="another_category"><h4>\'요리\' 카테고리의 다른 글</h4><ul><li><a>된장찌개 끓이는 법</a></li></ul></div><div class="tt-comment-cont"><p>댓글 3</p></div></div></div>',
     chrome_bottom='<footer id="footer"><p>Designed by 티스토리</p><p>ⓒ Kakao Corp.</p></footer>')

page("hearst", "https://www.popularmechanics.com/science/animals/a29822345/octopus-dreams/",
     lang="en", title="Octopuses May Dream, Scientists Say",
     url="https://www.popularmechanics.com/science/animals/a29822345/octopus-dreams/", site="Popular Mechanics",
     pub="2019-11-18T15:14:00Z", author="Courtney Linder",
     chrome_top=_nav("Popular Mechanics", ["Science", "Technology", "Home", "Military", "Space", "Cars"]),
     before='<main><div class="content-header"><h1 class="content-hed">Octopuses May Dream, Scientists Say</h1><div class="content-dek"><p>Their skin changes color while they sleep.</p></div><div class="byline-name">By Courtney Linder</div><time class="content-info-date">Nov 18, 2019</time></div>'
            '<div class="content-lede-image"><span class="image-photo-credit">Getty Images</span></div><div class="standard-body"><div class="article-body-content standard-body-content">',
     blocks=[
         _p("Octopuses change color while they sleep, and some scientists think that could be a sign that they dream.", "body-text"),
         _p("Researchers filmed an octopus in a Texas lab as its skin flashed from white to dark and back during a period of rest.", "body-text"),
         _x('<div class="embed embed-instagram"><p>View this post on Instagram</p><p>This content is imported from Instagram. You may be able to find the same content in another format, or you may be able to find more information, at their web site.</p></div>'),
         _x('<div class="breaker-ad"><span class="ad-text">Advertisement - Continue Reading Below</span></div>'),
         _p("\"It's not dreaming the way we dream,\" said one marine biologist. \"But something is going on.\"", "body-text"),
         _p("Octopuses have about 500 million neurons, most of them in their arms.", "body-text"),
     ],
     after='</div></div><div class="newsletter-ad"><p>This content is created and maintained by a third party, and imported onto this page to help users provide their email addresses. You may be able to find more information about this and similar content at piano.io</p></div><div class="ad-text">Advertisement - Continue Reading Below</div></main>',
     chrome_bottom=_foot("©2019 Hearst Magazine Media, Inc. All Rights Reserved."))

page("time", "https://time.com/5731234/bees-pesticides-study/",
     lang="en", title="Common Pesticides Harm Wild Bees, Study Finds",
     url="https://time.com/5731234/bees-pesticides-study/", site="Time",
     pub="2019-11-18T11:00:00-05:00", author="Jeffrey Kluger",
     chrome_top=_nav("TIME", ["U.S.", "Politics", "World", "Health", "Business", "Tech"]),
     before='<main><article><h1 class="headline">Common Pesticides Harm Wild Bees, Study Finds</h1><div class="author-text">By Jeffrey Kluger</div><div class="timestamp">November 18, 2019 11:00 AM EST</div><div id="article-body"><div class="padded">',
     blocks=[
         _p("A widely used class of pesticides is harming wild bees, according to a new study."),
         _p("Researchers tracked bumblebee colonies near farms that used neonicotinoids and found that the colonies produced fewer queens."),
         _x('<div class="inline-newsletter"><p><strong>Get The Brief.</strong> Sign up to receive the top stories you need to know right now.</p><p>Please enter a valid email address.</p><p>Sign Up Now</p><p>Check the box if you do not wish to receive promotional offers via email from TIME. You can unsubscribe at any time. By signing up you are agreeing to our Terms of Use and Privacy Policy</p><p>Thank you!</p><p>For your security, we\'ve sent a confirmation email to the address you entered. Click the link to confirm your subscription and begin receiving our newsletters. If you don\'t get the confirmation within 10 minutes, please check your spam folder.</p></div>'),
         _p("\"Queens are the future of the colony,\" said the study's lead author."),
         _p("The European Union banned most outdoor uses of the chemicals in 2018."),
         _p("In the United States, the Environmental Protection Agency has restricted some uses of neonicotinoids but has not banned them, and farmers say the chemicals protect crops such as corn and soybeans from pests that would otherwise cut yields sharply."),
         _p("The new study followed 40 colonies over two summers. Colonies placed near treated fields produced about a third fewer new queens than those placed near untreated fields, and their workers brought back less pollen on average."),
         _p("Wild bees, unlike honeybees, are not managed by beekeepers, so their losses are harder to notice and harder to reverse. Many of them pollinate crops such as tomatoes and blueberries, as well as wildflowers."),
         _p("\"We tend to talk about honeybees because they are the ones we keep,\" the lead author said. \"But the wild species do a great deal of the work, and they are the ones with nobody looking after them.\""),
         _p("Industry groups said the study's exposure levels were higher than what bees meet in the field. The authors said they had used levels measured in pollen collected from farms in the region."),
     ],
     after='</div></div><div class="contact"><p><strong>Write to</strong> <a>Jeffrey Kluger at jeffrey.kluger@time.com</a>.</p></div></article></main>',
     chrome_bottom=_foot("© 2019 TIME USA, LLC. All Rights Reserved."))

page("newsweek", "https://www.newsweek.com/asteroid-flyby-earth-1472345",
     lang="en", title="Asteroid the Size of a Bus Will Fly Past Earth Tuesday",
     url="https://www.newsweek.com/asteroid-flyby-earth-1472345", site="Newsweek",
     pub="2019-11-18T09:41:00-05:00", author="Aristos Georgiou",
     chrome_top=_nav("Newsweek", ["U.S.", "World", "Tech & Science", "Culture", "Opinion"]),
     before='<main><article><header><h1 class="title">Asteroid the Size of a Bus Will Fly Past Earth Tuesday</h1><div class="byline"><span class="author">By Aristos Georgiou</span> <span>On 11/18/19 at 9:41 AM EST</span></div>'
            '<div class="share-block"><a>Share</a><span>Tech &amp; Science</span> <a>Asteroid</a> <a>NASA</a></div></header><div class="article-body">',
     blocks=[
         _p("An asteroid roughly the size of a bus will make a close approach to Earth on Tuesday, according to NASA."),
         _p("The space rock, known as 2019 WA2, will pass within about 2.5 million miles of our planet."),
         _x('<div class="sub-cta"><p>Newsweek subscription offers &gt;</p></div>'),
         _p("There is no chance of it hitting Earth, astronomers said."),
     ],
     after='</div><div class="article-footer"><p>Request Reprint &amp; Licensing</p><p>Submit Correction</p><p>View Editorial Guidelines</p></div></article></main>',
     chrome_bottom=_foot("© 2019 NEWSWEEK"))

page("yahoo", "https://news.yahoo.com/school-district-four-day-week-180012345.html",
     lang="en", title="School district switches to four-day week",
     url="https://news.yahoo.com/school-district-four-day-week-180012345.html", site="Yahoo News",
     pub="2019-11-18T18:00:12Z", author="Emily Ruiz",
     chrome_top=_nav("Yahoo News", ["Home", "Coronavirus", "US", "World", "Politics", "Health"]),
     before='<main><article class="caas-container"><header class="caas-header"><h1>School district switches to four-day week</h1></header><div class="caas-attr"><div class="caas-attr-meta"><span>Emily Ruiz</span> <time>November 18, 2019, 1:00 PM</time></div></div><div class="caas-body">',
     blocks=[
         _p("A rural school district in Missouri will move to a four-day school week next fall, joining dozens of others in the state."),
         _p("The district's board voted 5-2 on Monday night, citing trouble hiring and keeping teachers."),
         _x('<div class="caas-readmore"><button>Story continues</button></div>'),
         _p("Students will attend class Tuesday through Friday, with longer days. Families worried about child care on Mondays."),
         _p("The district said it would offer optional programs on Mondays for younger students."),
     ],
     after='</div><div class="caas-share-buttons"><a>Share</a></div></article><div class="comments"><p>Reactions 124</p></div></main>',
     chrome_bottom=_foot("© 2019 Verizon Media. All rights reserved."))

page("blogspot-en", "https://gardenjournal.blogspot.com/2019/11/putting-garden-to-bed.html",
     lang="en", title="Putting the garden to bed",
     url="https://gardenjournal.blogspot.com/2019/11/putting-garden-to-bed.html", site="A Garden Journal",
     pub="2019-11-18T08:15:00-05:00", author="Martha",
     chrome_top='<div class="header-outer"><h1 class="title"><a href="/">A Garden Journal</a></h1><p class="description">Notes from a small garden in Vermont</p></div>',
     before='<div class="main-outer"><div class="date-outer"><h2 class="date-header"><span>Monday, November 18, 2019</span></h2><div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">Putting the garden to bed</h3><div class="post-header"></div><div class="post-body entry-content" id="post-body-123">',
     blocks=[
         ("The first hard frost came last week, so this weekend I finally put the garden to bed.<br><br>", "The first hard frost came last week, so this weekend I finally put the garden to bed."),
         ("I pulled the last of the tomato plants, cut back the asparagus, and spread a thick layer of shredded leaves over the beds.<br><br>", "I pulled the last of the tomato plants, cut back the asparagus, and spread a thick layer of shredded leaves over the beds."),
         ("The garlic went in two weeks ago and is already sending up green shoots, which always makes me a little nervous.<br><br>", "The garlic went in two weeks ago and is already sending up green shoots, which always makes me a little nervous."),
         ("Now it's time for seed catalogs and dreaming.", "Now it's time for seed catalogs and dreaming."),
     ],
     after='<div style="clear: both;"></div></div><div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">Martha</span></span> <span class="post-timestamp">at <a class="timestamp-link">8:15 AM</a></span> <span class="post-comment-link"><a class="comment-link">4 comments:</a></span></div>'
           '<div class="post-share-buttons"><a>Email This</a><a>BlogThis!</a><a>Share to Twitter</a><a>Share to Facebook</a><a>Share to Pinterest</a></div><div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a>fall</a>, <a>garlic</a></span></div></div></div>'
           '<div class="comments" id="comments"><h4>4 comments:</h4><dl id="comments-block"><dt>Anonymous said...</dt><dd><p>Your garden always looks so tidy!</p></dd></dl><p class="comment-footer"><a>Post a Comment</a></p></div></div></div>'
           '<div class="blog-pager" id="blog-pager"><a class="blog-pager-newer-link">Newer Post</a> <a class="blog-pager-older-link">Older Post</a> <a class="home-link">Home</a></div><div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link">Post Comments (Atom)</a></div></div></div>',
     chrome_bottom='<div class="footer-outer"><p>Simple theme. Powered by <a href="https://www.blogger.com">Blogger</a>.</p></div>')

page("kr-econ", "https://www.koreaecon.example/article/2019111812345",
     lang="ko", title="반도체 수출 12개월 연속 감소",
     url="https://www.koreaecon.example/article/2019111812345", site="코리아경제",
     pub="2019-11-18T11:20:00+09:00", author="박지훈",
     chrome_top=_nav("코리아경제", ["경제", "증권", "부동산", "IT", "국제"]),
     before='<div class="article-wrap"><h1 class="title">반도체 수출 12개월 연속 감소</h1><div class="date-info"><span>입력2019.11.18 11:20</span> <span>수정2019.11.18 11:45</span></div><div class="article-btns"><button>글자크기 조절</button><button>기사 스크랩</button><button>공유</button></div><div id="articletxt" class="article-body">',
     blocks=[
         _p("반도체 수출이 12개월 연속 감소한 것으로 나타났다."),
         _p("산업통상자원부는 18일 11월 1~10일 반도체 수출액이 전년 동기 대비 25% 줄었다고 밝혔다."),
         _x('<p class="related-news">▶ 관련 기사 <a href="/article/2019111099999">반도체 가격 하락세 둔화</a></p>'),
         _p("다만 정부는 내년 상반기부터 반도체 경기가 회복될 것으로 내다봤다."),
         _p("박지훈 기자 jhpark@koreaecon.example"),
         _p("ⓒ 코리아경제 &amp; koreaecon.example, 무단전재 및 재배포 금지"),
     ],
     after='</div><div class="news-bottom"><p>이 기사를 추천합니다</p><button>추천 3</button></div><div class="popular"><h3>많이 본 뉴스</h3></div></div>',
     chrome_bottom=_foot("Copyright © 코리아경제. All rights reserved.", ("회사소개", "고객센터")))

page("jp-paper", "https://www.example-shimbun.jp/articles/ASMCL3ABCMCLULBJ00B.html",
     lang="ja", title="首里城再建へ募金、1週間で5億円超",
     url="https://www.example-shimbun.jp/articles/ASMCL3ABCMCLULBJ00B.html", site="例新聞デジタル",
     pub="2019-11-18T18:30:00+09:00", author="山本花子",
     chrome_top=_nav("例新聞デジタル", ["速報", "政治", "経済", "社会", "国際"]),
     before='<main><article><h1>首里城再建へ募金、1週間で5億円超</h1><div class="Byline">山本花子 <time>2019年11月18日 18時30分</time></div><div class="Share"><a>ツイート</a><a>シェア</a><a>ブックマーク</a><a>メール</a><a>印刷</a></div><div class="ArticleText">',
     blocks=[
         _p("火災で焼失した首里城の再建に向けた募金が、受け付け開始から1週間で5億円を超えた。"),
         _p("那覇市によると、全国から寄付が寄せられており、ふるさと納税を通じたものも多いという。"),
         _p("市の担当者は「想像をはるかに超える反響で、本当にありがたい。多くの人にとって首里城がどれほど大切な存在だったのかを改めて感じている」と話した。県も独自の募金口座を設けており、企業や団体からの大口の寄付も相次いでいる。"),
         _x('<div class="Paywall"><p>この記事は有料会員記事です。有料会員になると続きをお読みいただけます。</p><p>残り389文字</p><a href="/pricing/">有料会員になる</a><a href="/login/">ログインする</a></div>'),
     ],
     after='</div><div class="RelatedArticles"><h3>関連ニュース</h3><ul><li><a>首里城火災、出火原因の調査続く</a></li></ul></div></article></main>',
     chrome_bottom=_foot("Copyright © 例新聞社 無断転載を禁止します。", ("会社案内", "個人情報")))

page("livejournal", "https://olga-travel.livejournal.com/123456.html",
     lang="ru", title="Казань за два дня",
     url="https://olga-travel.livejournal.com/123456.html", site="olga_travel",
     pub="2019-11-18T10:00:00+03:00", author="olga_travel",
     chrome_top='<div class="s-header"><a href="https://www.livejournal.com/">LiveJournal</a><a>Войти</a><a>Создать блог</a></div>',
     before='<div class="b-singlepost-wrapper"><h1 class="b-singlepost-title entry-title">Казань за два дня</h1><div class="b-singlepost-author"><a>olga_travel</a> <time>18 ноября 2019, 10:00</time></div><article class="b-singlepost-body entry-content">',
     blocks=[
         ("В выходные съездила в Казань. Город удивил: чисто, красиво и очень вкусно.<br><br>", "В выходные съездила в Казань. Город удивил: чисто, красиво и очень вкусно."),
         ("Первым делом пошли в Кремль. Мечеть Кул-Шариф вживую ещё красивее, чем на фотографиях.<br><br>", "Первым делом пошли в Кремль. Мечеть Кул-Шариф вживую ещё красивее, чем на фотографиях."),
         ("Вечером гуляли по улице Баумана и пробовали эчпочмаки.", "Вечером гуляли по улице Баумана и пробовали эчпочмаки."),
     ],
     after='</article><div class="b-singlepost-tags">Метки: <a>путешествия</a>, <a>казань</a></div><div class="b-xylem"><a>Поделиться</a><a>Ссылка</a><span>12 комментариев</span></div>'
           '<div class="b-singlepost-standout"><h3>Популярное</h3></div></div>',
     chrome_bottom='<footer><p>© LiveJournal</p><a>Пользовательское соглашение</a></footer>')

page("eurekalert", "https://www.eurekalert.example/pub_releases/2019-11/uoc-nss111819.php",
     lang="en", title="New sensor spots early signs of crop stress",
     url="https://www.eurekalert.example/pub_releases/2019-11/uoc-nss111819.php", site="EurekAlert!",
     pub="2019-11-18T14:00:00-05:00", author="",
     chrome_top=_nav("EurekAlert!", ["News Releases", "Multimedia", "Meetings", "Portals"]),
     before='<main><div class="release"><p class="release_date">Public Release: 18-Nov-2019</p><h1 class="page_title">New sensor spots early signs of crop stress</h1><h2 class="subtitle">Low-cost device reads a leaf\'s water level</h2><p class="institution">University of California</p><div class="entry">',
     blocks=[
         _p("Engineers have built a low-cost sensor that clips onto a leaf and reports how much water the plant holds, giving farmers an early warning of drought stress."),
         _p("The device costs about $20 to make and sends its readings wirelessly to a phone."),
         _p("###"),
         _p("The study was funded by the National Science Foundation."),
     ],
     after='</div><div class="disclaimer"><p>Disclaimer: AAAS and EurekAlert! are not responsible for the accuracy of news releases posted to EurekAlert! by contributing institutions or for the use of any information through the EurekAlert system.</p></div><div class="contact"><p>Media Contact</p><p>Jane Roe</p><p>jroe@uc.example</p></div></div></main>',
     chrome_bottom=_foot("Copyright © 2019 by the American Association for the Advancement of Science (AAAS)"))

page("espn", "https://www.espn.example/nfl/story/_/id/28112345/quarterback-out-season-knee-injury",
     lang="en", title="Quarterback out for season with knee injury",
     url="https://www.espn.example/nfl/story/_/id/28112345/quarterback-out-season-knee-injury", site="ESPN",
     pub="2019-11-18T16:35:00Z", author="Adam Schefter",
     chrome_top=_nav("ESPN", ["NFL", "NBA", "NHL", "NCAAF", "MLB", "Soccer"]),
     before='<main><article class="article"><header class="article-header"><h1>Quarterback out for season with knee injury</h1></header><div class="article-meta"><div class="author">Adam Schefter</div><div class="timestamp">Nov 18, 2019</div><ul class="article-social"><li><a>Facebook</a></li><li><a>Twitter</a></li><li><a>Facebook Messenger</a></li><li><a>Pinterest</a></li><li><a>Email</a></li><li><a>print</a></li></ul></div>'
            '<div class="article-body">',
     blocks=[
         _p("The team's starting quarterback will miss the rest of the season after tearing a ligament in his left knee, sources told ESPN on Monday."),
         _p("He was injured in the third quarter of Sunday's loss when he was hit while scrambling."),
         _x('<aside class="inline inline-track"><h3>Week 11 coverage</h3><ul><li><a>Takeaways from every game</a></li><li><a>Power Rankings</a></li></ul></aside>'),
         _p("The backup, a second-year player, will start the rest of the way."),
         _p("<em>Information from The Associated Press was used in this report.</em>"),
     ],
     after='</div></article></main>',
     chrome_bottom=_foot("Copyright: © 2019 ESPN Internet Ventures. Terms of Use, Privacy Policy, Your California Privacy Rights are applicable to you. All rights reserved."))

page("corp-newsroom", "https://news.examplecorp.com/2019-11-18-ExampleCorp-to-Acquire-DataCo",
     lang="en", title="ExampleCorp to Acquire DataCo",
     url="https://news.examplecorp.com/2019-11-18-ExampleCorp-to-Acquire-DataCo", site="ExampleCorp Newsroom",
     pub="2019-11-18T07:00:00-05:00", author="",
     chrome_top=_nav("ExampleCorp", ["Newsroom", "Investors", "Careers", "Contact"]),
     before='<main><div class="wd_newsfeed_releases-detail"><div class="wd_date">Nov 18, 2019</div><h1 class="wd_title">ExampleCorp to Acquire DataCo</h1><div class="wd_body wd_news_body">',
     blocks=[
         _p("BOSTON, Nov. 18, 2019 /PRNewswire/ -- ExampleCorp (NASDAQ: EXMP) today announced that it has entered into a definitive agreement to acquire DataCo for $1.2 billion in cash."),
         _p("The transaction is expected to close in the first quarter of 2020, subject to regulatory approvals."),
         _p("<b>Forward-Looking Statements</b>"),
         _p("This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995."),
         _p("SOURCE ExampleCorp"),
     ],
     after='</div><div class="wd_release_links"><p>Related Links</p><p><a>http://www.examplecorp.com</a></p></div><div class="wd_toolbar"><a>Print</a><a>Email</a><a>RSS</a></div></div></main>',
     chrome_bottom=_foot("© 2019 ExampleCorp. All rights reserved."))

page("bbc", "https://www.bbc.co.uk/news/uk-england-50461234",
     lang="en-GB", title="Rare otter family spotted in city centre river",
     url="https://www.bbc.co.uk/news/uk-england-50461234", site="BBC News",
     pub="2019-11-18T12:40:00+00:00", author="",
     chrome_top=_nav("BBC", ["Home", "News", "Sport", "Weather", "iPlayer", "Sounds"]),
     before='<div class="story-body"><h1 class="story-body__h1">Rare otter family spotted in city centre river</h1><div class="byline"></div><div class="date" data-datetime="18 November 2019">18 November 2019</div>'
            '<div class="share"><ul><li><a>Share this with Facebook</a></li><li><a>Share this with Twitter</a></li><li><a>Share this with Email</a></li></ul><span>Share</span></div><div class="story-body__inner" property="articleBody">'
            '<figure class="media-landscape has-caption full-width lead"><span class="image-and-copyright-container"><img src="/x.jpg"><span class="off-screen">Image copyright</span><span class="story-image-copyright">Jane Doe</span></span><figcaption class="media-caption"><span class="off-screen">Image caption</span><span class="media-caption__text">The otters were seen near the old bridge</span></figcaption></figure>',
     blocks=[
         _p('<b class="story-body__introduction">A family of otters has been spotted in a river running through a city centre for the first time in decades.</b>'),
         _p("The mother and two cubs were filmed by a passer-by on Sunday morning near the old bridge."),
         _p("The local wildlife trust said it was a sign the river's water quality had improved."),
         _x('<figure class="media-with-caption"><span class="off-screen">Media playback is unsupported on your device</span><figcaption class="media-with-caption__caption"><span class="off-screen">Media caption</span>The otters were filmed on a mobile phone</figcaption></figure>'),
         _p("\"It's absolutely brilliant news,\" a trust spokesman said."),
         _x('<hr class="story-body__line">'),
         _x('<p><em><a href="https://www.facebook.com/bbcengland">Follow BBC England on Facebook</a>, <a href="https://twitter.com/bbcengland">Twitter</a>, and <a href="https://www.instagram.com/bbcengland">Instagram</a>. Send your story ideas to <a href="mailto:england@bbc.co.uk">england@bbc.co.uk</a>.</em></p>'),
     ],
     after='</div></div><div class="story-more"><h2>More on this story</h2><ul><li><a>Otters return to every county</a></li></ul></div>',
     chrome_bottom=_foot("Copyright © 2019 BBC. The BBC is not responsible for the content of external sites. Read about our approach to external linking."))

page("nbcnews", "https://www.nbcnews.com/news/us-news/wildfire-evacuations-lifted-n1084321",
     lang="en", title="Wildfire evacuations lifted as winds ease",
     url="https://www.nbcnews.com/news/us-news/wildfire-evacuations-lifted-n1084321", site="NBC News",
     pub="2019-11-18T14:21:00Z", author="Alex Johnson",
     chrome_top=_nav("NBC News", ["Politics", "U.S. News", "World", "Business", "Health", "Tech"]),
     before='<main><article><h1 class="articleTitle">Wildfire evacuations lifted as winds ease</h1><div class="byline">By Alex Johnson</div><time>Nov. 18, 2019, 9:21 AM EST</time><div class="social-share"><a>Share this —</a><a>Facebook</a><a>Twitter</a><a>Email</a><a>SMS</a><a>Print</a><a>Whatsapp</a><a>Reddit</a><a>Pocket</a><a>Flipboard</a><a>Pinterest</a><a>Linkedin</a></div>'
            '<div class="article-body__content">',
     blocks=[
         _p("Evacuation orders were lifted Monday for most residents near a wildfire that burned more than 4,000 acres, officials said."),
         _p("The fire was 60 percent contained as winds that had driven it across the hills began to ease."),
         _x('<p class="endmark"><strong>Download the <a href="https://www.nbcnews.com/download">NBC News app</a> for breaking news and politics</strong></p>'),
         _p("No homes were destroyed, but two outbuildings were damaged, fire officials said."),
     ],
     after='</div><div class="article-body__last-section"><div class="expanded-byline"><p>Alex Johnson is a senior writer for NBC News.</p></div></div></article></main>',
     chrome_bottom=_foot("© 2019 NBC UNIVERSAL"))

page("abcnews", "https://abcnews.go.com/US/wireStory/man-rescued-ice-lake-67123456",
     lang="en", title="Man rescued after falling through ice on lake",
     url="https://abcnews.go.com/US/wireStory/man-rescued-ice-lake-67123456", site="ABC News",
     pub="2019-11-18T15:02:00Z", author="",
     chrome_top=_nav("ABC News", ["Video", "Live", "Shows", "Coronavirus", "Politics"]),
     before='<main><article class="Article"><header><h1 class="Article__Headline__Title">Man rescued after falling through ice on lake</h1><div class="Byline">By The Associated Press</div><div class="Byline__Meta">18 November 2019, 10:02</div><div class="ShareButtons"><a>Facebook</a><a>Twitter</a><a>Email</a></div></header><section class="Article__Content story">',
     blocks=[
         _p("DULUTH, Minn. -- A man was rescued Monday after falling through thin ice while walking his dog on a northern Minnesota lake, authorities said."),
         _p("Firefighters used an ice rescue sled to reach the man about 50 yards from shore. He was treated for hypothermia."),
         _p("The dog made it back to shore on its own."),
         _p("Copyright © 2019, ABC Audio. All rights reserved."),
     ],
     after='</section><div class="Article__Footer"><p>Comments (3)</p></div></article></main>',
     chrome_bottom=_foot("Copyright © 2019 ABC News Internet Ventures."))

page("reuters", "https://www.reuters.com/article/us-autos-recall-idUSKBN1XS1AB",
     lang="en", title="Automaker recalls 300,000 SUVs over brake issue",
     url="https://www.reuters.com/article/us-autos-recall-idUSKBN1XS1AB", site="Reuters",
     pub="2019-11-18T16:44:00Z", author="David Shepardson",
     chrome_top=_nav("Reuters", ["Business", "Markets", "World", "Politics", "Tech", "Breakingviews"]),
     before='<main><div class="StandardArticle_inner-container"><h1 class="ArticleHeader_headline">Automaker recalls 300,000 SUVs over brake issue</h1><div class="ArticleHeader_date">November 18, 2019 / 4:44 PM / Updated 5 years ago</div><div class="BylineBar_byline">David Shepardson</div><div class="BylineBar_reading-time">2 Min Read</div>'
            '<div class="StandardArticleBody_body">',
     blocks=[
         _p("WASHINGTON (Reuters) - An automaker is recalling about 300,000 sport utility vehicles in the United States because of a brake problem that could increase the risk of a crash, U.S. regulators said on Monday."),
         _p("The National Highway Traffic Safety Administration said a brake fluid leak could reduce braking performance."),
         _p("The company said it was not aware of any crashes or injuries linked to the issue."),
         _p("Reporting by David Shepardson; Editing by Chizu Nomiyama"),
         _x('<p class="Attribution_content">Our Standards:<a>The Thomson Reuters Trust Principles.</a></p>'),
     ],
     after='</div></div></main>',
     chrome_bottom=_foot("All quotes delayed a minimum of 15 minutes. © 2019 Reuters. All Rights Reserved."))

page("axios", "https://www.axios.com/electric-scooters-city-rules-abc123.html",
     lang="en", title="Cities tighten rules on electric scooters",
     url="https://www.axios.com/electric-scooters-city-rules-abc123.html", site="Axios",
     pub="2019-11-18T11:00:00Z", author="Joann Muller",
     chrome_top=_nav("Axios", ["Politics", "Technology", "Business", "World", "Science"]),
     before='<main><article><h1>Cities tighten rules on electric scooters</h1><div class="byline">Joann Muller</div><time>Nov 18, 2019</time><div class="story-body">',
     blocks=[
         _p("Cities that welcomed electric scooters a year ago are now writing tougher rules for them."),
         _p("<strong>Why it matters:</strong> Scooter companies need big cities to make money, and cities are using that leverage to demand data and safety changes."),
         _p("<strong>What's happening:</strong> Several cities have capped fleet sizes, banned riding on sidewalks or required operators to share trip data."),
         _x('<p><strong>Go deeper:</strong> <a href="/scooter-injuries-study.html">The scooter injury problem</a></p>'),
         _p("<strong>The bottom line:</strong> The scooter boom is becoming a regulated business."),
     ],
     after='</div><div class="newsletter-promo"><p>Get smarter, faster with the news CEOs, entrepreneurs and top politicians read. <a>Sign up for Axios AM</a></p></div></article></main>',
     chrome_bottom=_foot("© 2019 Axios Media Inc."))

page("politico", "https://www.politico.com/news/2019/11/18/senate-spending-bill-071234",
     lang="en", title="Senate moves to avert shutdown with stopgap bill",
     url="https://www.politico.com/news/2019/11/18/senate-spending-bill-071234", site="POLITICO",
     pub="2019-11-18T19:30:00-05:00", author="Caitlin Emma",
     chrome_top=_nav("POLITICO", ["Congress", "White House", "Elections", "Policy", "Magazine"]),
     before='<main><article class="story-main-content"><header><h1>Senate moves to avert shutdown with stopgap bill</h1><p class="story-meta__authors">By <a>Caitlin Emma</a></p><p class="story-meta__timestamp"><time>11/18/2019 07:30 PM EST</time></p></header>'
            '<div class="story-text">',
     blocks=[
         _p("The Senate voted Monday to advance a stopgap spending bill that would keep the government open through Dec. 20."),
         _p("The measure passed the House last week and is expected to clear the Senate before Thursday's deadline."),
         _x('<div class="story-intro-newsletter"><p>Missing out on the latest scoop? Sign up for POLITICO Playbook and get the latest news, every morning — in your inbox.</p></div>'),
         _p("Appropriators in both parties said they hoped to use the extra weeks to finish full-year spending bills."),
         _x('<p class="story-continued">Story Continued Below</p>'),
         _p("President Donald Trump is expected to sign the bill."),
     ],
     after='</div><footer class="story-tags"><p>This article tagged under:</p><ul><li><a>Budget</a></li><li><a>Senate</a></li></ul></footer></article></main>',
     chrome_bottom=_foot("© 2019 POLITICO LLC"))

page("dailybeast", "https://www.thedailybeast.com/museum-returns-stolen-painting",
     lang="en", title="Museum Returns Painting Stolen by Nazis",
     url="https://www.thedailybeast.com/museum-returns-stolen-painting", site="The Daily Beast",
     pub="2019-11-18T13:12:00Z", author="Tracy Connor",
     chrome_top=_nav("The Daily Beast", ["Cheat Sheet", "Politics", "Entertainment", "World", "Half Full"]),
     before='<main><article class="Story"><h1 class="StoryLayout__title">Museum Returns Painting Stolen by Nazis</h1><div class="Byline">Tracy Connor</div><time>Updated Nov. 18, 2019 8:12AM ET / Published Nov. 18, 2019 8:11AM ET</time><div class="Body">',
     blocks=[
         _p("A museum has returned a 17th-century painting to the heirs of a Jewish collector whose art was seized by the Nazis in 1938."),
         _p("The painting had hung in the museum's galleries for more than 50 years before researchers traced its history."),
         _p("<a href='https://www.example.com/story'>Read it at The Art Newspaper</a>"),
     ],
     after='</div><div class="Story__tip"><p>Got a tip? Send it to The Daily Beast <a>here</a></p></div></article></main>',
     chrome_bottom=_foot("© 2019 The Daily Beast Company LLC"))

page("tribun", "https://jakarta.tribunnews.example/2019/11/18/banjir-rendam-perumahan-di-bekasi",
     lang="id", title="Banjir Rendam Perumahan di Bekasi, Warga Mengungsi",
     url="https://jakarta.tribunnews.example/2019/11/18/banjir-rendam-perumahan-di-bekasi", site="Tribun Jakarta",
     pub="2019-11-18T19:40:00+07:00", author="Rizki Hidayat",
     chrome_top=_nav("Tribun Jakarta", ["Home", "Metropolitan", "Nasional", "Olahraga", "Seleb"]),
     before='<main><div id="article"><h1 id="arttitle">Banjir Rendam Perumahan di Bekasi, Warga Mengungsi</h1><div id="penulis">Penulis: <a>Rizki Hidayat</a> | Editor: <a>Dewi Lestari</a></div><time>Senin, 18 November 2019 19:40</time>'
            '<div class="share-box"><a>Facebook</a><a>Twitter</a><a>WhatsApp</a><a>Line</a></div><div class="side-article txt-article" id="article_con">',
     blocks=[
         _p("<strong>TRIBUNJAKARTA.COM, BEKASI</strong> - Hujan deras yang mengguyur sejak sore membuat sebuah perumahan di Bekasi terendam banjir setinggi satu meter."),
         _p("Puluhan warga terpaksa mengungsi ke masjid terdekat."),
         _x('<p class="baca"><strong>Baca: <a href="/2019/11/17/cuaca-jakarta">Prakiraan Cuaca Jakarta Hari Ini</a></strong></p>'),
         _p("\"Airnya naik cepat sekali, kami tidak sempat menyelamatkan barang,\" kata seorang warga."),
         _x('<p><strong>Baca juga: <a href="/2019/11/16/banjir-bekasi">Banjir Bekasi, Ini Penyebabnya</a></strong></p>'),
         _p("Petugas BPBD masih berada di lokasi untuk membantu evakuasi."),
         _p('Artikel ini telah tayang di <a href="https://www.tribunnews.example">Tribunnews.com</a> dengan judul Banjir Rendam Perumahan di Bekasi'),
     ],
     after='</div><div class="tag"><h3>Tags</h3><a>banjir</a><a>Bekasi</a></div><div class="komentar"><h3>Berita Populer</h3></div></div></main>',
     chrome_bottom=_foot("Copyright © 2019 Tribun Jakarta All Right Reserved", ("Tentang Kami", "Redaksi")))

page("repubblica", "https://www.repubblica.example/cronaca/2019/11/18/news/maltempo_scuole_chiuse-241234567/",
     lang="it", title="Maltempo, scuole chiuse in tre regioni",
     url="https://www.repubblica.example/cronaca/2019/11/18/news/maltempo_scuole_chiuse-241234567/", site="la Repubblica",
     pub="2019-11-18T18:10:00+01:00", author="Maria Rossi",
     chrome_top=_nav("la Repubblica", ["Politica", "Economia", "Sport", "Spettacoli", "Tecnologia"]),
     before='<main><article><h1 itemprop="headline name">Maltempo, scuole chiuse in tre regioni</h1><p class="summary">Allerta rossa in Veneto, Toscana ed Emilia-Romagna</p><em class="author">di MARIA ROSSI</em><time>18 novembre 2019</time>'
            '<div class="social-toolbar"><a>Facebook</a><a>Twitter</a><a>Mail</a></div><span itemprop="articleBody">',
     blocks=[
         _p("ROMA - Scuole chiuse domani in molti comuni di Veneto, Toscana ed Emilia-Romagna per l'allerta rossa diramata dalla Protezione civile."),
         _p("Le piogge delle ultime ore hanno ingrossato i fiumi e in alcune zone si registrano frane e allagamenti."),
         _x('<div class="inline-article"><p>LEGGI ANCHE</p><a href="/x">Venezia, l\'acqua alta torna a salire</a></div>'),
         _p("Il governo ha convocato per domani una riunione straordinaria."),
     ],
     after='</span><div class="subscribe-box"><p>Sostieni il giornalismo! Abbonati a Repubblica</p></div></article></main>',
     chrome_bottom=_foot("© GEDI Gruppo Editoriale S.p.A. - P.Iva 00906801006", ("Chi siamo", "Privacy")))

page("lenta", "https://lenta.example/news/2019/11/18/metro/",
     lang="ru", title="В Петербурге закрыли станцию метро из-за задымления",
     url="https://lenta.example/news/2019/11/18/metro/", site="Лента",
     pub="2019-11-18T14:05:00+03:00", author="",
     chrome_top=_nav("Лента", ["Россия", "Мир", "Экономика", "Силовые структуры", "Наука и техника"]),
     before='<main><div class="b-topic"><h1 class="b-topic__title">В Петербурге закрыли станцию метро из-за задымления</h1><time class="g-date">14:05, 18 ноября 2019</time><div class="b-text clearfix js-topic__text" itemprop="articleBody">',
     blocks=[
         _p("В Санкт-Петербурге закрыли на вход и выход станцию метро «Садовая» из-за задымления. Об этом сообщает пресс-служба метрополитена."),
         _p("По данным службы, пострадавших нет. Поезда проходят станцию без остановки."),
         _p("Ранее в ноябре станцию «Сенная площадь» уже закрывали по той же причине."),
     ],
     after='</div><div class="b-banners"><p>Реклама</p></div><div class="b-socials"><p>Следите за новостями Lenta.ru в <a>Telegram</a></p></div><div class="b-feed"><h3>Последние новости</h3></div></div></main>',
     chrome_bottom=_foot("© 1999–2019 ООО «Лента.Ру». 18+", ("О проекте", "Реклама")))

page("yonhap", "https://en.yna.example/view/AEN20191118004500315",
     lang="en", title="S. Korea's exports to fall 10 pct in November: ministry",
     url="https://en.yna.example/view/AEN20191118004500315", site="Yonhap News Agency",
     pub="2019-11-18T11:40:00+09:00", author="",
     chrome_top=_nav("Yonhap", ["National", "North Korea", "Economy", "Culture", "Sports"]),
     before='<main><div class="content03"><h1 class="tit">S. Korea\'s exports to fall 10 pct in November: ministry</h1><p class="update-time">All Headlines 11:40 November 18, 2019</p><div class="share-area"><a>facebook</a><a>twitter</a><a>print</a><a>mail</a></div><article class="story-news article">',
     blocks=[
         _p("SEJONG, Nov. 18 (Yonhap) -- South Korea's exports are expected to fall about 10 percent on-year in November, the trade ministry said Monday, marking the 12th consecutive month of decline."),
         _p("Outbound shipments of semiconductors, the country's top export item, are likely to remain weak, it said."),
         _p("The ministry forecast that exports would rebound in the first quarter of next year."),
         _p("(END)"),
     ],
     after='</article><div class="keyword-zone"><p>Keywords</p><a>#exports</a></div><div class="related-zone"><h3>Related Articles</h3></div></div></main>',
     chrome_bottom=_foot("(C) Yonhap News Agency. All Rights Reserved"))

page("squarespace", "https://www.blueberryfarmcafe.example/blog/2019/11/18/thanksgiving-pies",
     lang="en-US", title="Thanksgiving Pie Orders Are Open!",
     url="https://www.blueberryfarmcafe.example/blog/2019/11/18/thanksgiving-pies", site="Blueberry Farm Cafe",
     pub="2019-11-18T10:00:00-05:00", author="Anna Keller",
     chrome_top='<header class="Header"><a class="Header-branding" href="/">Blueberry Farm Cafe</a><nav class="Header-nav"><a>Menu</a><a>Catering</a><a>Blog</a><a>Contact</a></nav></header>',
     before='<main class="Main"><article class="BlogItem hentry"><div class="BlogItem-meta"><time class="Blog-meta-item--date">November 18, 2019</time> <a class="Blog-meta-item--author">Anna Keller</a></div><h1 class="BlogItem-title">Thanksgiving Pie Orders Are Open!</h1><div class="sqs-layout sqs-grid-12 columns-12"><div class="sqs-block html-block"><div class="sqs-block-content">',
     blocks=[
         _p("It's that time of year again! We're now taking orders for Thanksgiving pies."),
         _p("This year we're baking apple crumb, pumpkin, pecan and, of course, our famous blueberry pie."),
         _p("Orders must be placed by Sunday, November 24, and can be picked up on Wednesday, November 27, between 8 a.m. and 6 p.m."),
         _p("Call us or stop by the cafe to order. Happy Thanksgiving!"),
     ],
     after='</div></div></div><div class="BlogItem-share"><span class="ss-social-button"><span class="ss-social-button-icon"></span>Share</span></div>'
           '<div class="BlogItem-pagination"><a class="BlogItem-pagination-link--prev"><div class="BlogItem-pagination-link-label">Previous</div><h4 class="BlogItem-pagination-link-title">Fall Menu Is Here</h4></a><a class="BlogItem-pagination-link--next"><div class="BlogItem-pagination-link-label">Next</div><h4 class="BlogItem-pagination-link-title">Summer Hours</h4></a></div></article></main>',
     chrome_bottom='<footer class="Footer"><p>Blueberry Farm Cafe · 12 Main Street · (555) 555-0100</p><p>Powered by Squarespace</p></footer>')

page("tumblr", "https://inkandpaper.tumblr.com/post/189012345678/on-keeping-a-sketchbook",
     lang="en", title="On keeping a sketchbook",
     url="https://inkandpaper.tumblr.com/post/189012345678/on-keeping-a-sketchbook", site="ink and paper",
     pub="2019-11-18T22:10:00Z", author="",
     chrome_top='<header id="header"><h1><a href="/">ink and paper</a></h1><p class="description">drawings, notes, and the occasional rant</p></header>',
     before='<section id="posts"><article class="post text"><div class="post-content"><h2 class="title">On keeping a sketchbook</h2><div class="body-text">',
     blocks=[
         _p("People ask me how to get better at drawing. My answer is always the same: carry a sketchbook and use it every day."),
         _p("It doesn't matter what you draw. Your coffee cup, the bus, your own hand. The point is the habit."),
         _p("I've filled forty-two of them since 2012. Most of the pages are bad, and that's fine."),
     ],
     after='</div></div><footer class="post-meta"><a class="date">Nov 18, 2019</a> <a class="notes">128 notes</a> <a class="reblog">Reblog</a> <ul class="tags"><li><a>#art</a></li><li><a>#sketchbook</a></li></ul></footer></article></section>',
     chrome_bottom='<footer id="footer"><a>Archive</a> <a>RSS</a> <p>Theme by Tumblr</p></footer>')

page("cnet", "https://www.cnet.example/news/phone-maker-fixes-face-unlock-flaw/",
     lang="en", title="Phone maker promises fix for face unlock flaw",
     url="https://www.cnet.example/news/phone-maker-fixes-face-unlock-flaw/", site="CNET",
     pub="2019-11-18T05:00:00-08:00", author="Andrew Hoyle",
     chrome_top=_nav("CNET", ["Reviews", "News", "Video", "How To", "Deals"]),
     before='<main><article class="article-main-body"><h1 class="speakableText">Phone maker promises fix for face unlock flaw</h1><p class="c-head_dek">The software update will arrive within days, the company says.</p><div class="author">Andrew Hoyle</div><time>Nov. 18, 2019 5:00 a.m. PT</time>'
            '<div class="sharebar"><a>Facebook</a><a>Twitter</a><a>LinkedIn</a><a>Reddit</a><a>Comments</a></div><div class="col-7 article-main-body row">',
     blocks=[
         _p("The face unlock feature on a new flagship phone can be fooled when the owner's eyes are closed, the company acknowledged Monday, and a fix is on the way."),
         _p("The company said a software update adding an option to require open eyes would arrive \"in the coming months.\""),
         _x('<div class="videoPlayer"><div class="video-player-outer"><p class="videoTitle">Now playing: <span>Watch this: </span>Flagship phone review: Great camera, one big flaw</p><p class="duration">7:42</p></div></div>'),
         _p("Until then, owners who are worried can switch to the fingerprint reader or a PIN."),
         _p("<em>Originally published Nov. 18 at 5 a.m. PT.</em>"),
         _p("<strong>Update, 8:30 a.m.:</strong> Adds comment from the company."),
     ],
     after='</div><div class="tagList"><a>Mobile</a><a>Phones</a></div><div class="commentsCount"><a>Comments 18</a></div></article></main>',
     chrome_bottom=_foot("© 2019 CBS Interactive. All rights reserved."))

page("zdnet", "https://www.zdnet.example/article/ransomware-hits-city-services/",
     lang="en", title="Ransomware attack takes down city services",
     url="https://www.zdnet.example/article/ransomware-hits-city-services/", site="ZDNet",
     pub="2019-11-18T09:12:00Z", author="Catalin Cimpanu",
     chrome_top=_nav("ZDNet", ["Security", "Innovation", "Business", "Reviews", "Videos"]),
     before='<main><article><header><h1>Ransomware attack takes down city services</h1><p class="summary">Officials say no data was stolen.</p><div class="byline"><a>Catalin Cimpanu</a> for Zero Day | <time>November 18, 2019 -- 09:12 GMT (01:12 PST)</time></div>'
            '<div class="shareBar"><a>Facebook</a><a>Twitter</a><a>LinkedIn</a><a>Flipboard</a></div></header><div class="storyBody">',
     blocks=[
         _p("A ransomware infection has taken down several online services of a mid-sized US city, including its water-bill payment site and its court records system."),
         _p("City officials said the attack started on Saturday night and that they had notified the FBI."),
         _x('<div class="relatedContent alignRight"><h3>Must read</h3><ul><li><a>Ransomware: The key lessons for businesses</a></li></ul></div>'),
         _p("Officials said they did not plan to pay the ransom."),
         _x("<h3>More ransomware coverage:</h3>"),
         _x('<ul><li><a href="/a">Ransomware gang hits hospitals</a></li><li><a href="/b">How to protect your business</a></li><li><a href="/c">Cities are paying up</a></li></ul>'),
     ],
     after='</div></article></main>',
     chrome_bottom=_foot("© 2019 ZDNET, A RED VENTURES COMPANY. ALL RIGHTS RESERVED."))

page("macrumors", "https://www.macrumors.example/2019/11/18/ios-13-2-3-released/",
     lang="en", title="Apple Releases iOS 13.2.3 With Bug Fixes",
     url="https://www.macrumors.example/2019/11/18/ios-13-2-3-released/", site="MacRumors",
     pub="2019-11-18T10:02:00-08:00", author="Juli Clover",
     chrome_top=_nav("MacRumors", ["Roundups", "Buyer's Guide", "iOS", "Mac", "Forums"]),
     before='<main><article><h1 class="title">Apple Releases iOS 13.2.3 With Bug Fixes</h1><div class="byline">Monday November 18, 2019 10:02 am PST by <a>Juli Clover</a></div><div class="content">',
     blocks=[
         _p("Apple today released iOS 13.2.3, a minor update that fixes several bugs, including problems with search in Mail and background app downloads."),
         _p("The update is available on all eligible devices over the air through Settings > General > Software Update."),
         _p("According to Apple's release notes, the update addresses the following issues:"),
         _ul(["Fixes an issue where system search may not work", "Fixes an issue where Mail may not download new messages"]),
         _x('<p class="linkback"><strong>Related Roundup:</strong> <a href="/roundup/ios-13/">iOS 13</a></p>'),
     ],
     after='</div><div class="tags"><p>Tag: <a>iOS 13.2.3</a></p></div><div class="comments"><a>[ 88 comments ]</a></div></article></main>',
     chrome_bottom=_foot("Copyright © 2000-2019 MacRumors.com, LLC."))

page("ign", "https://www.ign.example/articles/2019/11/18/game-delayed-to-2020",
     lang="en", title="Space Strategy Game Delayed to 2020",
     url="https://www.ign.example/articles/2019/11/18/game-delayed-to-2020", site="IGN",
     pub="2019-11-18T20:15:00Z", author="Joe Skrebels",
     chrome_top=_nav("IGN", ["News", "Reviews", "Videos", "Guides", "Wikis"]),
     before='<main><article><h1 class="article-headline">Space Strategy Game Delayed to 2020</h1><div class="article-author">By <a>Joe Skrebels</a></div><time>Updated: 18 Nov 2019 8:15 pm</time><section class="article-page">',
     blocks=[
         _p("The developer of a long-awaited space strategy game has delayed it to early 2020, saying the team needs more time to polish it."),
         _p("The game had been due out in December on PC and consoles."),
         _x('<div class="article-poll"><p>Poll</p><p>Will you play it at launch?</p><p>Yes</p><p>No</p><p>Vote</p><p>See Results</p></div>'),
         _p("A new trailer is expected at a showcase next month."),
         _p("<em>Joe Skrebels is IGN's Executive Editor of News. Follow him on <a href='https://twitter.com/joeskrebels'>Twitter</a>.</em>"),
     ],
     after='</section><div class="article-footer"><p>In This Article</p><a>Space Strategy Game</a></div></article></main>',
     chrome_bottom=_foot("Copyright 1996-2019 Ziff Davis, LLC."))

page("sciencedaily", "https://www.sciencedaily.example/releases/2019/11/191118101234.htm",
     lang="en", title="Sleep helps the brain clear toxins, study suggests",
     url="https://www.sciencedaily.example/releases/2019/11/191118101234.htm", site="ScienceDaily",
     pub="2019-11-18T10:12:00-05:00", author="",
     chrome_top=_nav("ScienceDaily", ["Health", "Tech", "Enviro", "Society", "Quirky"]),
     before='<main><div id="story"><h1 id="headline">Sleep helps the brain clear toxins, study suggests</h1><dl class="dl-horizontal"><dt>Date:</dt><dd id="date_posted">November 18, 2019</dd><dt>Source:</dt><dd id="source">University of Example</dd><dt>Summary:</dt><dd id="abstract">Researchers have filmed fluid washing through the sleeping brain.</dd></dl>'
            '<div class="hidden-print"><span>Share:</span><a>Facebook</a><a>Twitter</a><a>Pinterest</a><a>LinkedIN</a><a>Email</a></div><h2>FULL STORY</h2><div id="text">',
     blocks=[
         _p("For the first time, researchers have filmed waves of fluid washing through the brains of sleeping people."),
         _p("The waves of cerebrospinal fluid appeared every 20 seconds or so during deep sleep, the team reported."),
         _x('<div class="mobile-middle-rectangle"><p>advertisement</p></div>'),
         _p("The finding may help explain why poor sleep has been linked to memory problems."),
         _p("<strong>Story Source:</strong>"),
         _p('<a href="https://www.example.edu">Materials</a> provided by <strong>University of Example</strong>. <em>Note: Content may be edited for style and length.</em>'),
     ],
     after='</div><div id="journal_references"><h3>Journal Reference</h3><ol><li>Jane Doe et al. <strong>Coupled electrophysiological, hemodynamic, and cerebrospinal fluid oscillations in human sleep</strong>. <em>Science</em>, 2019; 366 (6465): 628</li></ol></div>'
           '<div id="citation"><h3>Cite This Page</h3><p>MLA APA Chicago</p></div></div></main>',
     chrome_bottom=_foot("Copyright 2019 ScienceDaily or by other parties, where indicated. All rights controlled by their respective owners."))

page("nexstar", "https://www.wane.example/news/local-news/city-council-approves-new-park/",
     lang="en-US", title="City council approves plans for new riverfront park",
     url="https://www.wane.example/news/local-news/city-council-approves-new-park/", site="WANE 15",
     pub="2019-11-18T18:31:00-05:00", author="Tyler Smith",
     chrome_top=_nav("WANE 15", ["News", "Weather", "Sports", "Community", "Video"]),
     before='<main><article class="article"><h1 class="article-title">City council approves plans for new riverfront park</h1><div class="article-authors">by: <a>Tyler Smith</a></div><div class="article-dates"><time>Posted: Nov 18, 2019 / 06:31 PM EST</time> / <time>Updated: Nov 18, 2019 / 06:45 PM EST</time></div>'
            '<div class="article-share"><a>Share this story</a></div><div class="article-content article-body rich-text">',
     blocks=[
         _p("FORT WAYNE, Ind. (WANE) -- City council members voted Monday night to approve plans for a new park along the St. Marys River."),
         _p("The $12 million project will add walking trails, a playground and a small amphitheater."),
         _x('<aside class="article-list"><h2 class="article-list__heading">Trending Stories</h2><ul><li><a>Police: Driver hit pole on Coliseum</a></li><li><a>Snow totals across the area</a></li></ul></aside>'),
         _p("Construction could begin in the spring, city officials said."),
         _p("Copyright 2019 Nexstar Broadcasting, Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed."),
     ],
     after='</div></article></main>',
     chrome_bottom=_foot("© 1998 - 2019 Nexstar Broadcasting, Inc. | All Rights Reserved."))

page("daum-news", "https://news.daum.example/v/20191118113012345",
     lang="ko", title="올겨울 첫 한파특보..내일 아침 서울 영하 5도",
     url="https://news.daum.example/v/20191118113012345", site="다음뉴스",
     pub="2019-11-18T11:30:12+09:00", author="이수진",
     chrome_top=_nav("다음뉴스", ["홈", "사회", "정치", "경제", "국제"]),
     before='<div id="cSub"><div class="head_view"><em class="info_cp">연합뉴스</em><h3 class="tit_view">올겨울 첫 한파특보..내일 아침 서울 영하 5도</h3><span class="info_view"><span class="txt_info">이수진</span><span class="txt_info">입력 2019.11.18. 11:30</span><span class="txt_info">댓글 <span>12</span>개</span></span></div>'
            '<div class="util_view"><button>요약보기</button><button>음성 기사 읽기</button><button>글씨크기 조절하기</button></div><div class="news_view"><div id="harmonyContainer" class="article_view"><section dmcf-sid="abc">',
     blocks=[
         _p("(서울=연합뉴스) 이수진 기자 = 올겨울 들어 처음으로 한파특보가 내려졌다."),
         _p("기상청은 18일 오전 11시를 기해 경기 북부와 강원 일부 지역에 한파주의보를 발표했다."),
         _p("19일 아침 최저기온은 서울 영하 5도, 철원 영하 10도 등으로 예상된다."),
         _p("sujin@yna.co.kr"),
     ],
     after='</section></div><div class="foot_view"><p class="txt_copyright">저작권자(c)연합뉴스. 무단전재-재배포금지</p></div><div class="emotion_wrap"><p>이 기사에 대해 어떻게 생각하시나요?</p><span>좋아요 3</span><span>화나요 0</span></div></div></div>',
     chrome_bottom=_foot("Copyright © Kakao Corp. All rights reserved.", ("서비스 약관", "개인정보처리방침")))

page("wp-pt", "https://cantinhodaleitura.wordpress.example/2019/11/18/resenha-o-conto-da-aia/",
     lang="pt-BR", title="Resenha: O Conto da Aia, de Margaret Atwood",
     url="https://cantinhodaleitura.wordpress.example/2019/11/18/resenha-o-conto-da-aia/", site="Cantinho da Leitura",
     pub="2019-11-18T20:00:00-03:00", author="Juliana",
     chrome_top='<header id="masthead" class="site-header"><p class="site-title"><a href="/">Cantinho da Leitura</a></p><p class="site-description">Resenhas, dicas e listas</p></header>',
     before='<div id="content"><main id="main"><article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">Resenha: O Conto da Aia, de Margaret Atwood</h1><div class="entry-meta"><span class="posted-on"><time>18 de novembro de 2019</time></span> <span class="byline">por Juliana</span></div></header><div class="entry-content">',
     blocks=[
         _p("Finalmente li O Conto da Aia, e que livro! Demorei para começar, mas não consegui largar depois das primeiras páginas."),
         _p("A história acompanha Offred, uma mulher que vive em uma sociedade totalitária onde as mulheres perderam todos os direitos."),
         _p("<strong>Nota: 5/5</strong>"),
         _p("E vocês, já leram? Contem nos comentários!"),
         _x('<div id="jp-post-flair" class="sharedaddy sd-sharing-enabled"><div class="sd-block"><h3 class="sd-title">Compartilhe isso:</h3><ul><li><a>Twitter</a></li><li><a>Facebook</a></li></ul></div><div class="sharedaddy sd-block sd-like"><h3 class="sd-title">Curtir isso:</h3><p>Curtir Carregando...</p></div><div id="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Relacionado</em></h3></div></div>'),
     ],
     after='</div><footer class="entry-footer"><span class="cat-links">Publicado em <a>Resenhas</a></span> <span class="comments-link"><a>5 comentários</a></span></footer></article>'
           '<div id="comments"><h2 class="comments-title">5 comentários em “Resenha: O Conto da Aia, de Margaret Atwood”</h2><div id="respond"><h3>Deixe um comentário</h3></div></div></main></div>',
     chrome_bottom='<footer id="colophon"><p>Blog no WordPress.com.</p></footer>')

page("medium-pub", "https://towardsexample.com/a-gentle-introduction-to-gradient-boosting-8f1c2b3a4d5e",
     lang="en", title="A Gentle Introduction to Gradient Boosting",
     url="https://towardsexample.com/a-gentle-introduction-to-gradient-boosting-8f1c2b3a4d5e", site="Towards Example",
     pub="2019-11-18T15:02:00Z", author="Priya Raman",
     chrome_top='<div class="metabar"><a href="/">Towards Example</a><a>Data Science</a><a>Machine Learning</a><a>Programming</a><a>Submit</a><a>Sign in</a><a>Get started</a></div>',
     before='<main><article><div class="section-content"><div class="section-inner sectionLayout--insetColumn"><h1 class="graf graf--h3 graf--title">A Gentle Introduction to Gradient Boosting</h1><h2 class="graf graf--h4 graf--subtitle">How weak learners add up to a strong one</h2>'
            '<div class="postMetaInline"><a>Priya Raman</a><button>Follow</button><span>Nov 18, 2019 · 8 min read</span></div>',
     blocks=[
         _p("Gradient boosting is one of the most effective machine learning methods for tabular data. The idea behind it is surprisingly simple.", "graf graf--p"),
         ('<h3 class="graf graf--h3">Start with a weak model</h3>', "Start with a weak model"),
         _p("A weak learner is a model that does only slightly better than guessing, such as a shallow decision tree.", "graf graf--p"),
         ('<pre class="graf graf--pre">model = GradientBoostingRegressor(n_estimators=100)\nmodel.fit(X_train, y_train)</pre>', "model = GradientBoostingRegressor(n_estimators=100)\nmodel.fit(X_train, y_train)"),
         _p("Each new tree is fitted to the errors of the trees before it.", "graf graf--p"),
         _p("<em>Thanks for reading! If you enjoyed this, follow me on Medium for more.</em>", "graf graf--p"),
     ],
     after='</div></div></article><footer class="postActions"><button>2.3K claps</button><span>8 responses</span></footer><div class="u-marginTop30"><p>Written by</p><h2>Priya Raman</h2><p>Data scientist.</p><h2>Towards Example</h2><p>A Medium publication sharing concepts, ideas, and codes.</p></div></main>',
     chrome_bottom='<footer><p>Discover Medium</p><p>Make Medium yours</p><p>Become a member</p><a>About</a><a>Help</a><a>Legal</a></footer>')
