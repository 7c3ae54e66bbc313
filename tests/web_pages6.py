# ruff: noqa: E501
"""A sixth set of look-alike "article" pages of the open web, 2018-2024, in the style of Zyte's
article-extraction-benchmark, from site families and page shapes that neither `tests.web_pages`
to `tests.web_pages5`, the dev corpus nor the generic fixtures hold: US digital and nonprofit
newsrooms (Quartz with its hashed class names, Salon, an NPR transcript, ProPublica with its
donation box, CalMatters, The Texas Tribune with its republish box and disclosure), English
papers of the world (Al Jazeera with "Keep reading", the South China Morning Post, The Japan
Times, The Korea Herald's `<br>` text, The Daily Star of Bangladesh, the Mail & Guardian, RNZ,
CBC, the Irish Independent), Europe (Le Temps, NOS with styled-components names, SVT, Gazeta
Wyborcza, Meduza with CSS-module names, Hürriyet), Latin America (Clarín's "Mirá también", El
Tiempo, Caracol Radio), Japanese, Arabic, Chinese and Nepali papers (NHK, Al Jazeera Arabic,
Lianhe Zaobao, Kantipur), and page shapes: a staff-written obituary, a law site's judgment
summary, a correction note above the text, a long-form story in chapters with drop caps and pull
quotes, a "key points" box before the text, a story split by an ad after every two paragraphs and
an AMP page.

The head of each page is printed by `tests.web_pages3._head`, and the expected bodies follow the
conventions of `tests.web_pages` (read its docstring; they come from the dev corpus's zyte-aeb
annotations), `tests.web_pages4` and `tests.web_pages5`: an inline box of related links ("Keep
reading", "Mirá también", "Le puede interesar", "Читайте также"), a donation or newsletter
box, a republish box, a key-points box, a pull quote printed again, an audio player's lines and
an author bio are not body; a correction or editor's note, a disclosure, a transcript's speaker
labels and closing copyright lines, "With files from …", a print-edition line and a reporter's
sign-off are.

`pages()` yields `Page(family, url, html, body)`; `python -m tests.web_measure --set 6` prints
figures.
"""

from __future__ import annotations

from collections.abc import Iterator

from tests.web_pages import B, Page, _foot, _h, _nav, _p, _strip, _ul, _x
from tests.web_pages2 import _br, _hrefs, _q
from tests.web_pages3 import _doc

PAGES: list[tuple[str, str, dict]] = []


def page(family: str, url: str, /, **kw: object) -> None:
    PAGES.append((family, url, kw))


def pages() -> Iterator[Page]:
    for family, url, kw in PAGES:
        html, body = _doc(url=url, **kw)  # type: ignore[arg-type]
        yield Page(family, url, _hrefs(html), body)


def _cp(text: str, cls: str) -> B:
    """A paragraph under a hashed (CSS-module or styled-components) class name: body."""
    return (f'<p class="{cls}">{text}</p>', _strip(text))


# ---------------------------------------------------------------------------------------------
# US digital and nonprofit newsrooms

page("quartz", "https://qz.com/1748123/the-worlds-biggest-shipping-companies-are-racing-to-cut-sulfur",
     lang="en", title="The world’s biggest shipping companies are racing to meet a sulfur deadline", head="ld",
     site="Quartz", pub="2019-11-19T14:02:31Z", author="Tim McDonnell",
     chrome_top='<header class="_2a4fc"><a class="_3f0a2" href="/">Quartz</a><nav class="_7b1e0"><a class="_9d2c1">Latest</a><a class="_9d2c1">Obsessions</a><a class="_9d2c1">Africa</a><a class="_9d2c1">India</a><a class="_9d2c1">Work</a><a class="_9d2c1">Membership</a></nav><a class="_4c8d1">Log in</a></header>\n',
     before='<main class="_1e2a8"><article class="_5d1f3"><header class="_0b6fc"><div class="_8f4a2"><a class="_1c0d9">Obsession</a><a class="_6a2f1">Future of Energy</a></div><h1 class="_21349">The world’s biggest shipping companies are racing to meet a sulfur deadline</h1>'
            '<div class="_62cba"><a class="d6b8a">Tim McDonnell</a><time class="_3e1b4" datetime="2019-11-19T14:02:31Z">November 19, 2019</time></div></header>'
            '<div class="_8e7fa"><figure class="_3b9a2"><img src="/ship.jpg"><figcaption class="_1d8f3">A container ship at the port of Rotterdam. <span class="_9c1a0">Reuters/Piroschka van de Wouw</span></figcaption></figure></div>'
            '<div id="article-content" class="_61c55">',
     blocks=[
         _cp("On Jan. 1, the world’s merchant ships will have to cut the sulfur in their fuel from 3.5% to 0.5%, the biggest change to the fuel market in decades.", "_2ca0b"),
         _cp("The International Maritime Organization rule is meant to curb the sulfur dioxide that ships pump into the air over ports and coastlines, which has been linked to asthma and heart disease.", "_2ca0b"),
         _cp("Shipping companies have three options: burn more expensive low-sulfur fuel, install “scrubbers” that wash the exhaust, or switch to liquefied natural gas.", "_2ca0b"),
         _x('<div class="_3f7a1"><div class="_5a0c2"><p class="_9e1b3">Sign up for the Quartz Daily Brief, our free daily newsletter with the world’s most important and interesting news.</p><form><input type="email" placeholder="Enter your email"><button>Sign me up</button></form></div></div>'),
         _cp("Most are choosing the first. Only about 3,000 of the world’s 60,000 large ships will have scrubbers by the deadline, according to the consultancy DNV GL.", "_2ca0b"),
         _cp("That means refiners will need to make much more low-sulfur fuel, and prices for it have already risen by about a third since the summer.", "_2ca0b"),
         _cp("“It is going to be a bumpy few months,” said Lars Robert Pedersen of BIMCO, a shipowners’ association.", "_2ca0b"),
     ],
     after='</div><div class="_1a7b2"><a class="_6f9c3">Future of Energy</a><a class="_6f9c3">Shipping</a><a class="_6f9c3">Oil</a></div></article>'
           '<aside class="_0c4d8"><h2 class="_7e2b1">Quartz Membership</h2><p>Become a member and get access to in-depth field guides.</p></aside></main>',
     chrome_bottom=_foot("© 2019 Quartz Media, Inc. All rights reserved.", ("Our Company", "Careers", "Advertise with us", "Privacy policy", "Terms and conditions")))

page("salon", "https://www.salon.com/2021/06/14/heat-dome-west-drought-power-grid/",
     lang="en-US", title="A heat dome over the West is testing a power grid already strained by drought", head="ld",
     site="Salon.com", pub="2021-06-14T17:30:01+00:00", author="Matthew Rozsa",
     chrome_top='<header id="header"><a class="salon-logo" href="/">Salon</a><nav id="main-menu"><ul><li><a>News &amp; Politics</a></li><li><a>Culture</a></li><li><a>Science &amp; Health</a></li><li><a>Food</a></li><li><a>Podcasts</a></li><li><a>Salon Premium</a></li></ul></nav></header>\n',
     before='<div id="page-content"><article class="article"><div class="title-container"><h1>A heat dome over the West is testing a power grid already strained by drought</h1>'
            '<h2 class="dek">Hydropower is down and air conditioners are up. Grid operators are asking people to save power</h2></div>'
            '<div class="writer-container"><span class="writer">By <a>Matthew Rozsa</a></span><span class="staff">Staff Writer</span><span class="toLocalTime">Published June 14, 2021 1:30PM (EDT)</span></div>'
            '<div class="social-share"><a>Facebook</a><a>Twitter</a><a>Reddit</a><a>Email</a></div>'
            '<figure class="article-image"><img src="/heat.jpg"><figcaption>Power lines in Mountain View, California (Getty Images/Justin Sullivan)</figcaption></figure>'
            '<div class="article-body">',
     blocks=[
         _p("A “heat dome” of high pressure parked over the American West this week is expected to push temperatures past 110 degrees in Phoenix, Las Vegas and Salt Lake City, testing power grids that are already short of water to make electricity."),
         _p("The drought gripping the region has left Lake Mead and Lake Powell at record lows, cutting the output of the Hoover and Glen Canyon dams."),
         _x('<p class="newsletter-inline"><em>Want a daily wrap-up of all the news and commentary Salon has to offer? Subscribe to our <a>morning newsletter</a>, Crash Course.</em></p>'),
         _p("The California Independent System Operator, which runs most of that state’s grid, issued a “flex alert” asking customers to cut their use between 5 and 9 p.m."),
         _p("“We are not expecting rotating outages, but the margins are thin,” said Elliot Mainzer, the operator’s chief executive."),
         _h("A hotter, drier West"),
         _p("Climate scientists say heat waves like this one are becoming more frequent and more intense as the planet warms. A study last year found that the Southwest’s current drought is the worst in at least 1,200 years."),
         _x('<div class="read-more"><p><strong>Read more on the climate crisis:</strong></p><ul><li><a>The ocean is losing its oxygen</a></li><li><a>Why the Texas grid failed in February</a></li><li><a>Climate change is making allergy season longer</a></li></ul></div>'),
     ],
     after='</div><div class="author-bio"><p><strong>Matthew Rozsa</strong> is a staff writer at Salon. He received a Master’s Degree in History from Rutgers-Newark in 2012.</p><a>MORE FROM Matthew Rozsa</a></div>'
           '<div class="related-tags"><span>Related Topics</span><a>Climate Change</a><a>Drought</a><a>Heat Wave</a></div></article>'
           '<div class="related-articles"><h3>Related Articles</h3><ul><li><a>Global heating is melting glaciers twice as fast</a></li></ul></div></div>',
     chrome_bottom=_foot("Copyright © 2021 Salon.com, LLC. Reproduction of material from any Salon pages without written permission is strictly prohibited.", ("About Salon", "Staff", "Contact", "Privacy", "Terms of Service", "Archive")))

page("npr-transcript", "https://www.npr.org/2020/03/17/816998763/small-businesses-brace-for-coronavirus-shutdowns",
     lang="en", title="Small Businesses Brace For Coronavirus Shutdowns", head="ld",
     site="NPR.org", pub="2020-03-17T05:09:00-04:00", author="Alina Selyukh",
     chrome_top='<header id="globalheader"><a class="npr-logo" href="/">NPR</a><nav><ul><li><a>News</a></li><li><a>Arts &amp; Life</a></li><li><a>Music</a></li><li><a>Podcasts &amp; Shows</a></li><li><a>Search</a></li></ul></nav><a class="donate">Donate</a></header>\n',
     before='<main><section id="main-section"><article class="story"><div class="storytitle"><h1>Small Businesses Brace For Coronavirus Shutdowns</h1></div>'
            '<div class="story-meta"><p class="program">Heard on <a>Morning Edition</a></p><div class="byline"><p class="byline__name">Alina Selyukh</p></div><time datetime="2020-03-17T05:09:00-04:00"><span class="date">March 17, 2020</span><span class="time">5:09 AM ET</span></time></div>'
            '<div class="audio-module"><button class="audio-module-listen">Listen <b>· 3:52</b></button><span>3-Minute Listen</span><button class="playlist">Playlist</button><a class="audio-tool-download">Download</a><a class="audio-tool-embed">Embed</a></div>'
            '<div class="transcript storytext"><h2 class="transcript-header">Transcript</h2>',
     blocks=[
         _p("STEVE INSKEEP, HOST:"),
         _p("Restaurants, bars, gyms and many stores are closing across the country, and the people who own them are trying to figure out how long they can survive. NPR’s Alina Selyukh reports."),
         _p("ALINA SELYUKH, BYLINE: Beth Sanchez owns a bakery in Alexandria, Va. On Sunday, she sold more bread than on any day since she opened."),
         _p("BETH SANCHEZ: People were buying 10 loaves at a time. And then on Monday, it was just quiet. Nobody came in."),
         _p("SELYUKH: Sanchez has eight employees. She says she can pay them for two weeks, maybe three."),
         _p("SANCHEZ: After that, I don’t know. I really don’t know."),
         _p("SELYUKH: Small businesses employ nearly half of private-sector workers in the U.S. Many have less than a month of cash on hand, according to the JPMorgan Chase Institute. Alina Selyukh, NPR News."),
         ('<p class="disclaimer">Copyright © 2020 NPR. All rights reserved. Visit our website <a>terms of use</a> and <a>permissions</a> pages at www.npr.org for further information.</p>',
          "Copyright © 2020 NPR. All rights reserved. Visit our website terms of use and permissions pages at www.npr.org for further information."),
         ('<p class="disclaimer">NPR transcripts are created on a rush deadline by an NPR contractor. This text may not be in its final form and may be updated or revised in the future. Accuracy and availability may vary. The authoritative record of NPR’s programming is the audio record.</p>',
          "NPR transcripts are created on a rush deadline by an NPR contractor. This text may not be in its final form and may be updated or revised in the future. Accuracy and availability may vary. The authoritative record of NPR’s programming is the audio record."),
     ],
     after='</div><div class="share-tools"><a>Facebook</a><a>Twitter</a><a>Email</a></div></article>'
           '<aside class="recommended-stories"><h3>More Stories From NPR</h3><ul><li><a>Grocery Stores Add Senior Hours</a></li><li><a>How To Help Restaurants Now</a></li></ul></aside></section></main>',
     chrome_bottom=_foot("© 2020 npr", ("Overview", "Diversity", "NPR Network", "Accessibility", "Ethics", "Finances", "Terms of Use", "Privacy")))

page("propublica", "https://www.propublica.org/article/hospital-debt-collection-lawsuits-nonprofit",
     lang="en", title="This Nonprofit Hospital Sued Thousands of Patients Who Could Not Pay", head="ld",
     site="ProPublica", pub="2022-09-13T05:00:00-04:00", author="Maya Rhodan and Ellis Simani",
     chrome_top='<header class="site-header"><a class="site-logo" href="/">ProPublica</a><nav class="site-nav"><ul><li><a>Topics</a></li><li><a>Series</a></li><li><a>Local</a></li><li><a>Data</a></li><li><a>Newsletters</a></li></ul></nav><a class="btn-donate">Donate</a></header>\n',
     before='<main><article class="article"><header class="article-header"><p class="series-title"><a>Profiting From Patients</a></p><h1 class="hed">This Nonprofit Hospital Sued Thousands of Patients Who Could Not Pay</h1>'
            '<p class="dek">The hospital got millions in tax breaks for being a charity. Many of the patients it sued qualified for free care.</p>'
            '<p class="byline">by <a>Maya Rhodan</a> and <a>Ellis Simani</a></p><p class="timestamp"><time>Sept. 13, 5 a.m. EDT</time></p>'
            '<div class="article-tools"><a>Republish</a><a>Share</a></div></header>'
            '<div class="article-body">',
     blocks=[
         _p("Over five years, a nonprofit hospital in central Virginia filed more than 9,000 lawsuits against its patients, seeking wages and bank accounts over bills as small as $400."),
         _p("Many of those patients, a ProPublica analysis found, earned so little that they should have qualified for free or discounted care under the hospital’s own policy."),
         _x('<aside class="promo-donate"><div class="promo-inner"><p class="promo-hed">ProPublica is a nonprofit newsroom that investigates abuses of power.</p><p>Sign up to receive our biggest stories as soon as they’re published.</p><form><input type="email" placeholder="you@example.com"><button>Sign Up</button></form><p class="fine-print">This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.</p></div></aside>'),
         _p("Nonprofit hospitals are exempt from most taxes in exchange for providing a benefit to their communities, such as charity care. The exemption was worth an estimated $28 billion nationally in 2020."),
         _p("“It felt like they were punishing me for being poor,” said Tammy Hardy, a home health aide who was sued for $2,300 after an emergency room visit."),
         _h("A Policy Few Knew About"),
         _p("The hospital’s financial assistance policy offers free care to patients earning less than twice the federal poverty level. But its billing notices did not mention the policy until 2021."),
         _x('<div class="donate-inline"><h3>Do You Work in Hospital Billing?</h3><p>We want to hear from you. <a>Help our reporting.</a></p></div>'),
         _p("In a statement, the hospital said it stopped filing lawsuits in 2020 and has since forgiven $12 million in patient debt."),
         _p("<em>Doris Burke contributed research.</em>"),
     ],
     after='</div><div class="article-footer"><div class="bio"><p><strong>Maya Rhodan</strong> is a reporting fellow at ProPublica.</p></div><div class="republish-box"><h3>Republish This Story for Free</h3><p>Creative Commons License (CC BY-NC-ND 3.0)</p><p>Thank you for your interest in republishing this story. You are are free to republish it so long as you do the following.</p></div></div></article>'
           '<aside class="promo-donate-end"><p>ProPublica is supported by readers like you. <a>Donate now</a>.</p></aside></main>',
     chrome_bottom=_foot("© Copyright 2022 Pro Publica Inc.", ("About Us", "Jobs", "Contact Us", "Steal Our Stories", "Privacy Policy", "Code of Ethics")))

page("calmatters", "https://calmatters.org/housing/2023/05/california-adu-permits-surge/",
     lang="en-US", title="Backyard homes are booming in California. Can they ease the housing crisis?", head="yoast",
     site="CalMatters", pub="2023-05-22T05:00:00-07:00", author="Ben Christopher",
     chrome_top='<header class="site-header"><a class="custom-logo-link" href="/">CalMatters</a><nav class="main-navigation"><ul><li><a>Politics</a></li><li><a>Housing</a></li><li><a>Environment</a></li><li><a>Education</a></li><li><a>Commentary</a></li><li><a>Digital Democracy</a></li></ul></nav><a class="donate-btn">Donate</a></header>\n',
     before='<main id="main" class="site-main"><article class="post type-post"><header class="entry-header"><div class="cat-links"><a>Housing</a></div><h1 class="entry-title">Backyard homes are booming in California. Can they ease the housing crisis?</h1>'
            '<div class="entry-subhead"><p>In summary</p><p>Permits for accessory dwelling units now make up one in five new homes in the state.</p></div>'
            '<div class="entry-meta"><span class="byline">By <a>Ben Christopher</a></span><time class="entry-date published">May 22, 2023</time></div>'
            '<div class="republish-button"><button>Republish This Story</button></div></header>'
            '<div class="entry-content">',
     blocks=[
         _p("Five years ago, California builders got permits for about 5,000 accessory dwelling units a year. Last year they got more than 23,000."),
         _p("The small homes — converted garages, backyard cottages, apartments over the carport — now account for roughly one in every five new homes permitted in the state, according to data from the Department of Housing and Community Development."),
         _x('<div class="wp-block-group is-style-calmatters-promo"><div class="wp-block-group__inner-container"><p><strong>We’re a nonprofit newsroom.</strong> CalMatters is a nonprofit, nonpartisan media organization explaining California policies and politics. <a>Support our work</a>.</p></div></div>'),
         _p("The boom followed a string of state laws, starting in 2016, that limited how cities could block the units, cut fees and required quick approvals."),
         _p("“It’s the one part of housing policy where the state really just got out of the way,” said David Garcia of the Terner Center for Housing Innovation at UC Berkeley."),
         _h("Who lives in them?"),
         _p("Surveys suggest many of the units house relatives or are rented below market. That makes them harder to count as a fix for the state’s shortage of affordable homes."),
         _x('<aside class="related-posts-inline"><h3>Related Articles</h3><ul><li><a>California wants 2.5 million new homes by 2030</a></li><li><a>The YIMBY movement’s next fight</a></li></ul></aside>'),
         _p("Still, Garcia said, “every one of these is a home that would not otherwise exist.”"),
     ],
     after='</div><div class="newsletter-signup-end"><h3>We want to hear from you</h3><p>Want to submit a guest commentary or reaction to an article we wrote? You can find our submission guidelines <a>here</a>.</p></div>'
           '<div class="author-bio"><h3>Ben Christopher</h3><p>Ben Christopher covers housing and California politics for CalMatters.</p></div></article></main>',
     chrome_bottom=_foot("© 2023 CalMatters. Proudly powered by Newspack by Automattic", ("About", "Team", "Ethics", "Donate", "Privacy Policy", "Republish Our Content")))

page("texas-tribune", "https://www.texastribune.org/2021/08/10/texas-house-quorum-arrests/",
     lang="en", title="Texas House votes to arrest absent Democrats as quorum break drags on", head="ld",
     site="The Texas Tribune", pub="2021-08-10T20:14:00-05:00", author="Cassandra Pollock",
     chrome_top='<header class="c-navbar"><a class="c-navbar__logo" href="/">The Texas Tribune</a><nav><ul class="c-navbar__list"><li><a>Topics</a></li><li><a>Events</a></li><li><a>Data</a></li><li><a>Newsletters</a></li></ul></nav><a class="c-navbar__donate">Donate</a></header>\n',
     before='<main id="main"><article class="c-story"><header class="c-story__header"><h1 class="t-headline">Texas House votes to arrest absent Democrats as quorum break drags on</h1>'
            '<p class="c-story__summary">The chamber authorized its sergeant-at-arms to bring back absent members, “under warrant of arrest if necessary.”</p>'
            '<div class="c-byline"><span class="c-byline__author">BY <a>Cassandra Pollock</a></span><time class="c-byline__date">AUG. 10, 2021 8 PM CENTRAL</time></div>'
            '<div class="c-share"><a>Share</a><a>Republish</a></div></header>'
            '<div class="c-story-body">',
     blocks=[
         _p("The Texas House voted Tuesday to authorize arrests of absent Democrats in a bid to end the quorum break that has stalled the chamber for nearly a month."),
         _p("The motion, approved 80-12, lets the House sergeant-at-arms send law enforcement to bring back the lawmakers, though it is unclear how that would work in practice."),
         _x('<p class="c-newsletter-inline"><em>Sign up for <a>The Brief</a>, The Texas Tribune’s daily newsletter that keeps readers up to speed on the most essential Texas news.</em></p>'),
         _p("More than 50 House Democrats left for Washington, D.C., in July to block a Republican elections bill. Some have since returned to Texas but have stayed away from the Capitol."),
         _p("“We are not going to be bullied,” said state Rep. Chris Turner, the House Democratic Caucus chair."),
         _p("Gov. Greg Abbott has said he will keep calling special sessions until the bill passes."),
         _p("<em>Disclosure: The Texas Democratic Party has been a financial supporter of The Texas Tribune, a nonprofit, nonpartisan news organization that is funded in part by donations from members, foundations and corporate sponsors. Financial supporters play no role in the Tribune’s journalism. Find a complete <a>list of them here</a>.</em>"),
         _x('<p class="c-story-promo"><strong>Join us for conversations that matter</strong> with newly announced speakers at the 2021 Texas Tribune Festival, happening Sept. 20-25. <a>Buy tickets now</a>.</p>'),
     ],
     after='</div><section class="c-republish"><h3>Republish this story</h3><p>Our articles may be republished for free under the Creative Commons license.</p><button>Copy HTML</button></section>'
           '<div class="c-story-tags"><a>Texas Legislature</a><a>Voting Rights</a></div></article></main>',
     chrome_bottom=_foot("© 2021 The Texas Tribune", ("About Us", "Our Staff", "Jobs", "Who Funds Us?", "Ethics", "Privacy Policy")))

# ---------------------------------------------------------------------------------------------
# English papers of the world

page("aljazeera", "https://www.aljazeera.com/news/2023/2/8/turkey-syria-earthquake-rescuers-race-against-time",
     lang="en", title="Turkey-Syria earthquake: Rescuers race against time as toll passes 11,000", head="ld",
     site="Al Jazeera", pub="2023-02-08T09:12:44Z", author="Al Jazeera Staff",
     chrome_top='<div class="site-header-container"><header class="site-header"><a class="site-logo" href="/">Al Jazeera</a><nav class="site-header__navigation"><ul class="menu"><li class="menu__item"><a>News</a></li><li class="menu__item"><a>Middle East</a></li><li class="menu__item"><a>Explained</a></li><li class="menu__item"><a>Opinion</a></li><li class="menu__item"><a>Sport</a></li><li class="menu__item"><a>Video</a></li></ul></nav><a class="site-header__live-menu">Live</a></header></div>\n',
     before='<main id="main-content-area"><div class="article-header"><div class="topics"><a>News</a><span>|</span><a>Earthquakes</a></div><header class="article-header"><h1>Turkey-Syria earthquake: Rescuers race against time as toll passes 11,000</h1>'
            '<p class="article__subhead"><em>Hopes of finding survivors fade as freezing weather hampers rescue efforts across the disaster zone.</em></p></header>'
            '<div class="article-info-block"><div class="date-simple"><span class="screen-reader-text">Published On 8 Feb 2023</span><span aria-hidden="true">8 Feb 2023</span></div></div>'
            '<div class="article-share"><ul><li><a>Share on Facebook</a></li><li><a>Share on Twitter</a></li><li><a>Share on WhatsApp</a></li></ul></div></div>'
            '<figure class="article-featured-image"><img src="/quake.jpg"><figcaption>Rescuers search for survivors in Kahramanmaras, Turkey [Umit Bektas/Reuters]</figcaption></figure>'
            '<div class="wysiwyg wysiwyg--all-content css-1ck9wyi">',
     blocks=[
         _p("Rescuers in Turkey and Syria are racing to pull survivors from the rubble of thousands of collapsed buildings as the death toll from Monday’s earthquakes rose above 11,000."),
         _x('<div class="more-on"><h2 class="more-on__heading">Keep reading</h2><ul class="more-on__list"><li><a>Turkey earthquake: Why did so many buildings collapse?</a></li><li><a>Photos: Desperate search for survivors in Syria</a></li><li><a>Turkey declares three-month state of emergency in quake-hit areas</a></li><li><a>How can you help earthquake survivors?</a></li></ul></div>'),
         _p("Turkish President Recep Tayyip Erdogan declared a three-month state of emergency in 10 provinces and visited the hard-hit city of Kahramanmaras on Wednesday."),
         _p("In northwest Syria, the White Helmets civil defence group said its teams were struggling with a lack of heavy equipment, and that aid had yet to reach the opposition-held region through the single open border crossing."),
         _p("“We are working with our bare hands,” said Ismail al-Abdullah, a rescuer in Sarmada. “Every hour that passes, the chance of finding people alive gets smaller.”"),
         _h("Freezing temperatures"),
         _p("Temperatures dropped below freezing overnight across much of the region, adding to the misery of tens of thousands of people who have slept in cars and tents since the quakes."),
         _p("The United Nations said at least 23 million people could be affected by the disaster."),
     ],
     after='</div><div class="article-source">Source: Al Jazeera and news agencies</div>'
           '<div class="article-trending"><h2>Most Read</h2><ol><li><a>Israel strikes Gaza as talks stall</a></li><li><a>Pakistan floods: Millions still displaced</a></li></ol></div></main>',
     chrome_bottom=_foot("© 2023 Al Jazeera Media Network", ("About", "Contact", "Editorial Policy", "Community Guidelines", "Privacy Policy", "Cookie Preferences")))

page("scmp", "https://www.scmp.com/news/hong-kong/transport/article/3045234/hong-kong-mtr-east-rail-line-cross-harbour-extension",
     lang="en", title="Hong Kong’s East Rail line cross-harbour extension to open by 2022, MTR says", head="ld",
     site="South China Morning Post", pub="2020-01-14T12:00:20+08:00", author="Kanis Leung",
     chrome_top='<header class="header"><a class="header__logo" href="/">SCMP</a><nav class="header__nav"><ul><li><a>Hong Kong</a></li><li><a>China</a></li><li><a>Asia</a></li><li><a>World</a></li><li><a>Business</a></li><li><a>Tech</a></li></ul></nav><a class="header__subscribe">Subscribe</a></header>\n',
     before='<main><article class="article"><div class="article-header"><div class="article-header__section"><a>Hong Kong</a><span>/</span><a>Transport</a></div><h1 class="info__headline">Hong Kong’s East Rail line cross-harbour extension to open by 2022, MTR says</h1>'
            '<ul class="article-header__subheadline"><li>Rail giant says it has finished fixing problems found at Hung Hom station platform</li><li>Fares on the new section will be set closer to the opening date</li></ul>'
            '<div class="article-author"><a class="author-name">Kanis Leung</a><time class="article-date">Published: 12:00pm, 14 Jan, 2020</time></div>'
            '<div class="article-share"><a>Why you can trust SCMP</a></div></div>'
            '<div class="article-body">',
     blocks=[
         _p("The long-delayed cross-harbour extension of Hong Kong’s East Rail line will open by 2022, the MTR Corporation said on Tuesday, after finishing repairs to a platform at Hung Hom station that was found to have been built with missing steel bars."),
         _p("The extension, part of the HK$97.1 billion Sha Tin to Central link, will run from Hung Hom through a tunnel under Victoria Harbour to Admiralty."),
         _x('<div class="article-body__newsletter"><p class="newsletter__title">Get the latest insights and analysis from our Global Impact newsletter on the big stories originating in China.</p><button>Sign up</button></div>'),
         _p("“We have completed the strengthening works and the government has accepted our report,” said MTR projects director Philco Wong."),
         _p("Officials will decide on fares closer to the opening, the rail operator said."),
         _x('<div class="article-body__related"><p>READ MORE</p><a>Hung Hom station scandal: what went wrong</a></div>'),
         _p("<em>This article appeared in the South China Morning Post print edition as: East Rail extension to open by 2022</em>"),
     ],
     after='</div><div class="article-topics"><span>Topics</span><a>MTR Corporation</a><a>Hong Kong transport</a></div></article>'
           '<aside class="more-on-this"><h3>More on this</h3><ul><li><a>MTR fares to rise 2.5 per cent</a></li></ul></aside></main>',
     chrome_bottom=_foot("Copyright © 2020 South China Morning Post Publishers Ltd. All rights reserved.", ("About us", "Contact us", "Advertise", "Privacy policy", "Terms & conditions")))

page("japantimes", "https://www.japantimes.co.jp/news/2022/10/11/national/japan-border-reopening-tourists/",
     lang="en", title="Japan reopens to individual tourists after two and a half years", head="ld",
     site="The Japan Times", pub="2022-10-11T14:08:00+09:00", author="Kathleen Benoza",
     chrome_top='<header id="site-header"><a class="jt-logo" href="/">The Japan Times</a><ul class="main-menu"><li><a>News</a></li><li><a>Business</a></li><li><a>Opinion</a></li><li><a>Life</a></li><li><a>Community</a></li><li><a>Sports</a></li></ul><a class="subscribe-btn">Subscribe</a></header>\n',
     before='<div id="wrapper"><div class="main"><article class="single"><div class="single-title"><div class="category-column"><a>National</a></div><h1>Japan reopens to individual tourists after two and a half years</h1>'
            '<div class="jt-article-details"><p class="writer">by <a>Kathleen Benoza</a></p><p class="staff-writer">Staff writer</p><time datetime="2022-10-11T14:08:00+09:00">Oct 11, 2022</time></div>'
            '<div class="jt-social-buttons"><a>Share</a><a>Gift this article</a></div></div>'
            '<figure class="article-figure"><img src="/narita.jpg"><figcaption>Tourists arrive at Narita Airport on Tuesday. | KYODO</figcaption></figure>'
            '<div id="jtarticle" class="entry">',
     blocks=[
         _p("Japan on Tuesday lifted its cap on daily arrivals and allowed visa-free individual travel for the first time since early 2020, ending some of the strictest pandemic border controls among wealthy nations."),
         _p("Travelers from 68 countries and regions, including the United States and South Korea, no longer need visas for short stays, and the daily limit of 50,000 arrivals has been scrapped."),
         _p("Prime Minister Fumio Kishida has set a target of ¥5 trillion in annual spending by foreign visitors, hoping the weak yen will draw tourists back."),
         _p("“We have been waiting for this day for a very long time,” said Hiroshi Tanaka, who runs a ryokan in Kyoto."),
         _p("Visitors must still show proof of three vaccine doses or a negative test taken within 72 hours of departure."),
     ],
     after='</div><div class="jt_content_subscribe"><p>In a time of both misinformation and too much information, quality journalism is more crucial than ever.<br>By subscribing, you can help us get the story right.</p><a>SUBSCRIBE NOW</a></div>'
           '<div class="single-keywords"><h3>KEYWORDS</h3><a>tourism</a>, <a>COVID-19</a>, <a>Fumio Kishida</a></div>'
           '<div class="jt-photo-gallery"><h3>PHOTO GALLERY (CLICK TO ENLARGE)</h3></div></article></div></div>',
     chrome_bottom=_foot("The Japan Times LTD. All rights reserved.", ("About us", "Contact us", "Privacy policy", "Subscribe", "Advertise")))

page("koreaherald", "http://www.koreaherald.com/view.php?ud=20191119000712",
     lang="ko", title="Seoul to ban old diesel cars from city center from December", head="og",
     site="The Korea Herald", pub="", author="Choi Si-young",
     chrome_top='<div id="header"><div class="logo"><a href="/">The Korea Herald</a></div><ul class="gnb"><li><a>National</a></li><li><a>Business</a></li><li><a>Life &amp; Style</a></li><li><a>Entertainment</a></li><li><a>Sports</a></li><li><a>World</a></li><li><a>Opinion</a></li></ul></div>\n',
     before='<div id="contents"><div class="view_con"><div class="view_tit_byline"><h1 class="view_tit">Seoul to ban old diesel cars from city center from December</h1>'
            '<p class="view_tit_sub">Vehicles caught will be fined 250,000 won a day</p>'
            '<div class="view_tit_byline_l"><a>By Choi Si-young</a></div><div class="view_tit_byline_r">Published : Nov 19, 2019 - 16:12 Updated : Nov 19, 2019 - 16:12</div></div>'
            '<div class="view_sns"><a>facebook</a><a>twitter</a><a>kakao</a><a>A</a><a>A</a></div>'
            '<div class="view_con_t" id="articleText"><table class="img_area"><tr><td><img src="/diesel.jpg"></td></tr><tr><td class="img_caption">(Yonhap)</td></tr></table>',
     blocks=[
         _br("Seoul will ban the oldest diesel vehicles from entering the city center from Dec. 1, the city government said Tuesday, as part of efforts to cut fine dust."),
         _br("The ban covers about 16.7 square kilometers inside the old city walls, including Jongno and Jung districts. Vehicles with the lowest emission grade caught in the area will be fined 250,000 won ($214) a day."),
         _br("About 2.3 million cars nationwide fall into the grade, including 400,000 registered in Seoul. Vehicles fitted with filters that cut emissions are exempt."),
         _br("“Fine dust is a public health emergency and vehicles are one of the biggest sources in the city,” said Hwang Bo-yeon, head of Seoul’s climate and environment headquarters."),
         _br("By Choi Si-young (siyoung@heraldcorp.com)"),
     ],
     after='</div><div class="view_bottom_banner"><a>Korea Herald app download</a></div><div class="view_related"><h3>Related Articles</h3><ul><li><a>Fine dust alert issued for capital area</a></li></ul></div></div></div>',
     chrome_bottom=_foot("Copyright Herald Corporation. All Rights Reserved.", ("About Us", "Subscription", "Contact Us", "Privacy Policy", "Youth Protection Policy")))

page("dailystar-bd", "https://www.thedailystar.net/news/bangladesh/news/dhaka-metro-rail-trial-run-begins-2145321",
     lang="en", title="Dhaka metro rail trial run begins", head="drupal",
     site="The Daily Star", pub="2021-08-29T11:30:00+06:00", author="Star Online Report",
     chrome_top='<header class="header"><a class="logo" href="/">The Daily Star</a><div class="navigation"><ul class="menu"><li><a>Bangladesh</a></li><li><a>Investigative Stories</a></li><li><a>Opinion</a></li><li><a>Business</a></li><li><a>Youth</a></li><li><a>Sports</a></li><li><a>বাংলা</a></li></ul></div></header>\n',
     before='<main class="main"><article class="article-section"><div class="detailed-page-header"><div class="breadcrumb"><a>Bangladesh</a></div><h1 class="fw-700 e-mb-16 article-title">Dhaka metro rail trial run begins</h1>'
            '<div class="byline"><a>Star Online Report</a></div><div class="date text-14">Sun Aug 29, 2021 11:30 AM <span>Last update on: Sun Aug 29, 2021 02:04 PM</span></div>'
            '<div class="social-media"><a>Facebook</a><a>Twitter</a><a>LinkedIn</a></div></div>'
            '<div class="section-media"><img src="/metro.jpg"><span class="caption">Photo: Star</span></div>'
            '<div class="pb-20 clearfix"><div class="clearfix">',
     blocks=[
         _p("The trial run of Dhaka’s first metro rail began this morning on the Uttara-Pallabi section, marking a milestone for the capital’s mass transit plans."),
         _p("Road Transport and Bridges Minister Obaidul Quader inaugurated the run from the depot in Uttara, where a six-coach train travelled at 20 kilometres an hour."),
         _x('<div class="related-topic"><span>Related topic</span><ul><li><a>Metro rail to run by December 2022</a></li><li><a>Metro rail coaches arrive in Mongla</a></li></ul></div>'),
         _p("“The trial will continue for around six months before commercial operation begins,” said MAN Siddique, managing director of Dhaka Mass Transit Company Limited."),
         _p("The 20.1-kilometre MRT Line-6 will connect Uttara to Motijheel with 16 stations. Once running, it will be able to carry 60,000 passengers an hour in each direction."),
     ],
     after='</div></div><div class="fb-comments-wrap"><h3>Comments</h3><div class="fb-comments" data-numposts="5"></div></div>'
           '<div class="related-news"><h3>Related News</h3><ul><li><a>Padma Bridge to open next June</a></li><li><a>Dhaka Elevated Expressway: work 60pc done</a></li></ul></div></article></main>',
     chrome_bottom=_foot("© 2021 thedailystar.net | Powered by: RSI LAB", ("About Us", "Contact Us", "Apps", "Privacy Policy", "Comment Policy", "Archives")))

page("mail-guardian", "https://mg.co.za/environment/2020-09-22-cape-town-water-restrictions-lifted-dam-levels/",
     lang="en-ZA", title="Cape Town eases water restrictions as dams fill up", head="yoast",
     site="The Mail & Guardian", pub="2020-09-22T16:40:12+02:00", author="Sheree Bega",
     chrome_top='<header id="masthead" class="site-header"><a class="custom-logo-link" href="/">Mail &amp; Guardian</a><nav id="site-navigation"><ul><li><a>News</a></li><li><a>Politics</a></li><li><a>Environment</a></li><li><a>Business</a></li><li><a>Friday</a></li><li><a>Thought Leader</a></li></ul></nav><a class="subscribe-link">Subscribe</a></header>\n',
     before='<div id="content" class="site-content"><article class="post"><header class="entry-header"><span class="cat-links"><a>Environment</a></span><h1 class="entry-title">Cape Town eases water restrictions as dams fill up</h1>'
            '<div class="entry-meta"><span class="author vcard"><a>Sheree Bega</a></span><time class="entry-date">22 Sep 2020</time></div></header>'
            '<div class="entry-content">',
     blocks=[
         _p("Cape Town will ease water restrictions from level three to level one from 1 October, the city said on Tuesday, as its dams reached more than 90% of capacity for the first time since 2014."),
         _p("The move comes just over two years after the city came close to “Day Zero”, when taps would have been turned off for most residents."),
         _x('<p class="mg-inline-related"><strong>Read more:</strong> <a>Day Zero: How Cape Town came back from the brink</a></p>'),
         _p("Mayoral committee member for water Xanthea Limberg said residents should keep saving water. “The new normal is that we must all use water wisely,” she said."),
         _p("Tariffs will also be reduced, by about 26% for most households."),
         _x('<div class="mg-subscribe-box"><h3>Subscribe to the M&amp;G</h3><p>These are unprecedented times, and the role of the media to inform and educate the public has never been more crucial. Subscribe for R30/month. <a>Subscribe now</a></p></div>'),
     ],
     after='</div><footer class="entry-footer"><div class="author-box"><div class="author-name">Sheree Bega</div><p>Sheree Bega is an environmental journalist at the Mail &amp; Guardian.</p></div><div class="tags-links"><a>Cape Town</a><a>Water</a></div></footer></article></div>',
     chrome_bottom=_foot("© 2020 M&amp;G Media", ("About Us", "Contact Us", "Press Code", "Privacy Policy", "Terms and Conditions")))

page("rnz", "https://www.rnz.co.nz/news/national/470512/wellington-water-pipes-burst-leaks-backlog",
     lang="en", title="Wellington’s burst pipe backlog hits 3000 leaks", head="og",
     site="RNZ", pub="", author="Ellen O'Dwyer",
     chrome_top='<header class="o-header"><a class="o-header__logo" href="/">RNZ</a><nav class="o-nav"><ul><li><a>News</a></li><li><a>Pacific</a></li><li><a>Te Ao Māori</a></li><li><a>Podcasts</a></li><li><a>Live</a></li></ul></nav></header>\n',
     before='<main class="o-main"><div class="article"><div class="article__header"><h1 class="article__heading">Wellington’s burst pipe backlog hits 3000 leaks</h1>'
            '<div class="article__byline"><span class="author">Ellen O\'Dwyer</span>, Local Democracy Reporter</div><span class="updated">5:54 am on 25 August 2022</span>'
            '<div class="c-share"><a>Share this</a></div></div>'
            '<div class="c-play-controller"><button class="c-play-controller__play">Play Audio</button><span class="c-play-controller__duration">Duration: 3′ 12″</span><a class="c-play-controller__download">Download</a><a>Add to playlist</a></div>'
            '<div class="article__body">',
     blocks=[
         _p("The backlog of leaks waiting to be fixed across Wellington has reached 3000, with some residents saying water has been running down their street for months."),
         _p("Wellington Water said it had brought in extra crews from around the country but was still finding new leaks faster than it could fix them."),
         _p("“We’re losing about 40 percent of the water we treat,” chief executive Tonia Haskell said. “That’s not acceptable and we know it.”"),
         _x('<div class="c-related-links"><h3>Related</h3><ul><li><a>Wellington water meters back on agenda</a></li><li><a>Three waters reform: What you need to know</a></li></ul></div>'),
         _p("The council is considering bringing forward $23 million of renewals spending."),
         _p("<em>LDR is local body journalism co-funded by RNZ and NZ On Air.</em>"),
     ],
     after='</div><div class="article__tags"><span>Tags:</span><a>Wellington</a><a>water</a></div><div class="c-copyright"><p>Copyright © 2022, Radio New Zealand</p></div></div>'
           '<div class="o-digest"><h2>Get the RNZ app</h2><p>for ad-free news and current affairs</p></div></main>',
     chrome_bottom=_foot("RNZ Copyright © 2022", ("About RNZ", "Contact", "Terms of use", "Privacy")))

page("cbc", "https://www.cbc.ca/news/canada/manitoba/winnipeg-transit-bus-operators-assaults-1.5363781",
     lang="en", title="Winnipeg Transit drivers report spike in assaults, union says", head="ld",
     site="CBC", pub="2019-11-19T18:32:00.000Z", author="Bryce Hoye",
     chrome_top='<header class="header"><a class="cbcLogo" href="/">CBC</a><nav class="primaryNav"><ul><li><a>News</a></li><li><a>Sports</a></li><li><a>Radio</a></li><li><a>Music</a></li><li><a>Listen Live</a></li><li><a>TV</a></li><li><a>Watch</a></li></ul></nav></header>\n',
     before='<main class="content"><div class="storyWrapper"><h1 class="detailHeadline">Winnipeg Transit drivers report spike in assaults, union says</h1>'
            '<h2 class="deck">Union wants shields installed on all buses by next year</h2>'
            '<div class="bylineDetails"><span class="authorText">Bryce Hoye</span> · <span class="authorText">CBC News</span> · <time class="timeStamp">Posted: Nov 19, 2019 1:32 PM CT</time> | Last Updated: November 19, 2019</div>'
            '<div class="sharebarContainer"><a>Facebook</a><a>Twitter</a><a>Email</a><a>Reddit</a><a>LinkedIn</a></div>'
            '<div class="story">',
     blocks=[
         _p("The union representing Winnipeg Transit operators says assaults on drivers have more than doubled this year."),
         _p("Amalgamated Transit Union Local 1505 says 78 assaults have been reported so far in 2019, compared with 35 in all of last year."),
         _x('<div class="similarStories"><h2 class="similarStoriesTitle">Related Stories</h2><ul><li><a>Transit driver punched in face on downtown bus</a></li><li><a>Winnipeg Transit to test driver shields</a></li></ul></div>'),
         _p("“Our members are scared to go to work,” said union president Aleem Chaudhary. “Something has to change, and it has to change now.”"),
         _p("The city is testing full-length shields on 12 buses and expects to report back to council in the spring."),
         _p("<em>With files from Laura Glowacki</em>"),
     ],
     after='</div><div class="authorProfile"><h3>ABOUT THE AUTHOR</h3><div class="bio"><p>Bryce Hoye is a multimedia journalist with a background in wildlife biology.</p></div></div>'
           '<div class="corrections"><p><a>CBC\'s Journalistic Standards and Practices</a> | <a>About CBC News</a></p><p><a>Corrections and clarifications</a> | <a>Submit a news tip</a> | <a>Report error</a></p></div></div></main>',
     chrome_bottom=_foot("©2019 CBC/Radio-Canada. All rights reserved.", ("About CBC", "Public Appearances", "Reuse & Permission", "Terms of Use", "Privacy", "Accessibility")))

page("irish-independent", "https://www.independent.ie/irish-news/dublin-bus-network-redesign-new-routes-start-39612345.html",
     lang="en", title="Dublin bus network redesign: first new routes start in June", head="ld",
     site="Independent.ie", pub="2020-05-12T06:30:00+01:00", author="Anne-Marie Walsh",
     chrome_top='<header class="header"><a class="header_logo" href="/">Independent.ie</a><nav class="header_nav"><ul><li><a>News</a></li><li><a>Opinion</a></li><li><a>Business</a></li><li><a>Sport</a></li><li><a>Life</a></li><li><a>Style</a></li><li><a>Entertainment</a></li></ul></nav><a class="header_sub">Subscribe</a></header>\n',
     before='<main><article data-testid="article"><header class="article_header"><h1 data-testid="headline">Dublin bus network redesign: first new routes start in June</h1>'
            '<div class="byline"><span>Anne-Marie Walsh</span><time>May 12 2020 06:30 AM</time></div>'
            '<div class="share_bar"><a>Share</a><a>Comments</a></div></header>'
            '<div data-auto="article-body" class="article_body">',
     blocks=[
         _p("The first routes of the long-awaited redesign of Dublin’s bus network will start running in June, the National Transport Authority has confirmed."),
         _p("The H-spine, linking Howth, Malahide and Baldoyle to the city centre, will be the first of seven high-frequency corridors to change."),
         _x('<p><strong>Read More</strong></p>'),
         _x('<p><a>Commuters face months of delays as BusConnects works begin</a></p>'),
         _p("Buses on the new routes will run every eight minutes at peak times, the authority said."),
         _p("The redesign, part of the €2bn BusConnects programme, has been delayed by public consultations that drew more than 30,000 submissions."),
         _x('<div class="newsletter_inline"><p>Sign up for the Independent.ie <strong>News Alert</strong> newsletter. <a>Sign up</a></p></div>'),
     ],
     after='</div><div class="article_tags"><a>Dublin Bus</a><a>Transport</a></div></article>'
           '<section class="more_news"><h2>Top Stories</h2><ul><li><a>Covid-19: 11 more deaths</a></li></ul></section></main>',
     chrome_bottom=_foot("© Independent News & Media", ("Contact Us", "Advertise", "Privacy Statement", "Cookie Policy", "Terms & Conditions")))

# ---------------------------------------------------------------------------------------------
# Europe

page("letemps", "https://www.letemps.ch/suisse/geneve-tram-ligne-cornavin-nations-prolongee",
     lang="fr-CH", title="A Genève, le tram vers les Nations sera prolongé jusqu’à Ferney-Voltaire", head="ld",
     site="Le Temps", pub="2021-03-09T18:45:00+01:00", author="Marie Prieur",
     chrome_top='<header class="header"><a class="header__logo" href="/">Le Temps</a><nav class="header__nav"><ul><li><a>Suisse</a></li><li><a>Monde</a></li><li><a>Economie</a></li><li><a>Opinions</a></li><li><a>Culture</a></li><li><a>Sciences</a></li></ul></nav><a class="header__subscribe">S’abonner</a></header>\n',
     before='<main><article class="article"><header class="article__header"><p class="article__kicker">Transports</p><h1 class="article__title">A Genève, le tram vers les Nations sera prolongé jusqu’à Ferney-Voltaire</h1>'
            '<p class="article__lead">Le Conseil d’Etat a signé mardi une convention avec la France pour prolonger la ligne 15 de 3,5 kilomètres. Les travaux doivent commencer en 2023</p>'
            '<div class="article__meta"><span class="article__author">Marie Prieur</span><time>Publié mardi 9 mars 2021 à 18:45</time></div>'
            '<div class="article__share"><a>Partager</a><a>Offrir cet article</a></div></header>'
            '<div class="article-content">',
     blocks=[
         _p("Le tram 15, qui relie aujourd’hui la gare Cornavin à la place des Nations, sera prolongé jusqu’à Ferney-Voltaire, dans l’Ain. Le Conseil d’Etat genevois et les autorités françaises ont signé mardi une convention de financement."),
         _p("Le prolongement de 3,5 kilomètres, dont 2 en France, coûtera 150 millions de francs. La Confédération en prendra en charge un tiers dans le cadre du projet d’agglomération."),
         _x('<p class="lire-aussi"><strong>Lire aussi:</strong> <a>Le Léman Express a trouvé son public</a></p>'),
         _p("«C’est une ligne attendue depuis vingt ans», a souligné le conseiller d’Etat Serge Dal Busco, chargé des infrastructures."),
         _p("Quelque 20 000 frontaliers traversent chaque jour la douane de Ferney, le plus souvent en voiture."),
         _x('<div class="paywall-offer"><p>Cet article vous est offert par Le Temps. <a>Découvrez nos offres d’abonnement</a></p></div>'),
     ],
     after='</div><div class="article__tags"><a>Genève</a><a>Transports publics</a></div></article>'
           '<section class="related"><h2>Sur le même sujet</h2><ul><li><a>Genève veut doubler la part du vélo</a></li></ul></section></main>',
     chrome_bottom=_foot("© 2021 Le Temps SA", ("Contact", "Abonnements", "Publicité", "Conditions générales", "Protection des données")))

page("nos", "https://nos.nl/artikel/2427812-treinen-rijden-weer-na-landelijke-storing",
     lang="nl", title="Treinen rijden weer na landelijke storing bij NS", head="ld",
     site="NOS", pub="2022-04-03T13:12:05+02:00", author="",
     chrome_top='<header class="sc-f75afcb6-0 hYkWsh"><a class="sc-f75afcb6-1 jaFqRA" href="/">NOS</a><nav class="sc-f75afcb6-2 gWbzxT"><a>Nieuws</a><a>Sport</a><a>Live</a><a>Uitzendingen</a></nav></header>\n',
     before='<main class="sc-4a0ec5d0-0 fsTWQo"><article class="sc-6d77a1d1-0 chzewu"><header class="sc-6d77a1d1-1 bGhSpb"><p class="sc-6d77a1d1-2 kCqcOG"><a>Binnenland</a></p><h1 class="sc-6d77a1d1-3 ebDAkJ">Treinen rijden weer na landelijke storing bij NS</h1>'
            '<p class="sc-6d77a1d1-4 hpHcsB"><time datetime="2022-04-03T13:12:05+0200">3 april 2022, 13:12</time> <span>Aangepast 3 april 2022, 16:40</span></p></header>'
            '<figure class="sc-d7b8ee3-0 fVrMbK"><img src="/trein.jpg"><figcaption class="sc-d7b8ee3-1 bMfNVk">Reizigers wachten op Utrecht Centraal <span>ANP</span></figcaption></figure>'
            '<div class="sc-a5b5b6bb-0 dGpYpZ">',
     blocks=[
         _cp("Na een landelijke storing bij de NS rijden de treinen weer. Door een probleem met het systeem dat de planning van personeel en materieel regelt, reed er zondag urenlang geen enkele trein.", "sc-6d77a1d1-0 chzewu"),
         _cp("Reizigers strandden op stations in het hele land. Op Utrecht Centraal en Amsterdam Centraal was het druk.", "sc-6d77a1d1-0 chzewu"),
         ('<h2 class="sc-ac6b0b4f-0 jKfrcb">Hack uitgesloten</h2>', "Hack uitgesloten"),
         _cp("Volgens de NS ging het om een technische storing en is een hack uitgesloten. \"We begrijpen heel goed dat reizigers boos zijn\", zegt een woordvoerder.", "sc-6d77a1d1-0 chzewu"),
         _x('<div class="sc-1b4bd9c1-0 lmQjyP"><p class="sc-1b4bd9c1-1 eyXxCk">Lees ook</p><a class="sc-1b4bd9c1-2 bUvfFc">Vorige storing bij NS duurde ook uren: wat ging er toen mis?</a></div>'),
         _cp("Reizigers die door de storing vertraging hebben opgelopen, kunnen hun geld terugvragen via de website van de NS.", "sc-6d77a1d1-0 chzewu"),
     ],
     after='</div><div class="sc-5c9ff2b0-0 cGhaOo"><p>Onderwerpen</p><a>Openbaar vervoer</a><a>NS</a></div></article>'
           '<aside class="sc-ea6a4f73-0 kTeRnS"><h2>Meer binnenland</h2><ul><li><a>Kabinet wil minder vluchten op Schiphol</a></li></ul></aside></main>',
     chrome_bottom=_foot("NOS", ("Over de NOS", "Contact", "Privacy", "Cookies", "Toegankelijkheid")))

page("svt", "https://www.svt.se/nyheter/inrikes/snokaos-i-stockholm-tusentals-utan-ström",
     lang="sv", title="Snökaos i Stockholm – tusentals utan ström", head="ld",
     site="SVT Nyheter", pub="2023-11-29T08:14:00+01:00", author="Anna Lindqvist",
     chrome_top='<header class="nyh_header"><a class="nyh_header__logo" href="/nyheter/">SVT Nyheter</a><nav class="nyh_header__nav"><ul><li><a>Inrikes</a></li><li><a>Utrikes</a></li><li><a>Lokalt</a></li><li><a>Ekonomi</a></li><li><a>Vetenskap</a></li><li><a>Kultur</a></li></ul></nav></header>\n',
     before='<main class="nyh_main"><article class="nyh_article"><header class="nyh_article__header"><h1 class="nyh_article__heading">Snökaos i Stockholm – tusentals utan ström</h1>'
            '<div class="nyh_article__lead"><p>Över 20 centimeter snö föll under natten. Pendeltågen står still och tusentals hushåll saknar ström.</p></div>'
            '<div class="nyh_article__meta"><span class="nyh_article__author">Anna Lindqvist</span><time>Publicerad 29 november 2023 08.14</time></div></header>'
            '<div class="nyh_article-body">',
     blocks=[
         _p("Ett kraftigt snöfall har lamslagit trafiken i Stockholmsområdet. SMHI har utfärdat en orange varning för snöfall i Stockholms och Uppsala län."),
         _p("Pendeltågstrafiken är inställd på flera sträckor, och SL uppmanar resenärer att undvika onödiga resor."),
         _x('<aside class="nyh_fact-box"><h3 class="nyh_fact-box__title">Fakta: Så förbereder du dig</h3><ul><li>Ha ficklampa och batterier hemma</li><li>Ladda mobilen</li><li>Följ SMHI:s varningar</li></ul></aside>'),
         _p("Enligt Ellevio är omkring 12 000 kunder utan ström, de flesta på Södertörn."),
         _p("– Vi har alla tillgängliga montörer ute, men det tar tid när träd har fallit över ledningarna, säger Ellevios presschef Emma Hamberg."),
         _x('<p class="nyh_read-more"><strong>Läs mer:</strong> <a>Därför blev det så mycket snö i natt</a></p>'),
     ],
     after='</div><div class="nyh_article__footer"><a>Inrikes</a><a>Väder</a></div></article>'
           '<section class="nyh_more"><h2>Mer från SVT Nyheter</h2><ul><li><a>Regeringen presenterar ny budget</a></li></ul></section></main>',
     chrome_bottom=_foot("Ansvarig utgivare: Anne Lagercrantz", ("Om SVT", "Kontakta SVT", "Cookies", "Personuppgifter", "Tillgänglighet")))

page("wyborcza", "https://wyborcza.pl/7,75398,25678123,warszawa-druga-linia-metra-nowe-stacje.html",
     lang="pl", title="Trzy nowe stacje drugiej linii metra otwarte. Pasażerowie dojadą na Bródno szybciej", head="ld",
     site="wyborcza.pl", pub="2020-09-15T10:21:00+02:00", author="Dariusz Bartoszewicz",
     chrome_top='<div id="wyborcza-header"><a class="logo" href="/">Gazeta Wyborcza</a><ul class="menu"><li><a>Kraj</a></li><li><a>Świat</a></li><li><a>Opinie</a></li><li><a>Kultura</a></li><li><a>Wysokie Obcasy</a></li></ul><a class="subscribe">Zaprenumeruj</a></div>\n',
     before='<div id="pageBody"><div id="art"><div class="art-header"><h1 class="art-title">Trzy nowe stacje drugiej linii metra otwarte. Pasażerowie dojadą na Bródno szybciej</h1>'
            '<div class="art-author"><a>Dariusz Bartoszewicz</a></div><div class="art-datetime"><time>15 września 2020 | 10:21</time></div></div>'
            '<div id="gazeta_article_lead" class="art-lead">Od wtorku pociągi drugiej linii metra jeżdżą aż do stacji Trocka. To pierwszy odcinek na Pradze Północ i Targówku otwarty od 2015 r.</div>'
            '<div class="art_content" id="gazeta_article_body">',
     blocks=[
         _p("Nowe stacje to Szwedzka, Targówek Mieszkaniowy i Trocka. Odcinek ma 3,1 km i kosztował ponad 1,3 mld zł."),
         _p("– To ważny dzień dla mieszkańców Targówka, którzy do tej pory musieli dojeżdżać do metra autobusami – mówił prezydent Warszawy Rafał Trzaskowski."),
         _x('<p class="art-related"><strong>Czytaj także:</strong> <a>Metro na Bródno dopiero w 2023 r. Dlaczego tak późno?</a></p>'),
         _p("Zmieniły się też trasy kilkunastu linii autobusowych, które teraz dowożą pasażerów do nowych stacji."),
         _x('<div class="paywall-limit"><p>Ten artykuł czytasz w ramach bezpłatnego limitu. <a>Zaprenumeruj Wyborczą</a></p></div>'),
         _p("Kolejne trzy stacje, do Bródna, mają zostać otwarte w 2023 r."),
     ],
     after='</div><div class="art-tags"><a>metro</a><a>Warszawa</a></div></div>'
           '<div class="art-comments"><h3>Komentarze</h3><p>Zaloguj się, aby dodać komentarz</p></div></div>',
     chrome_bottom=_foot("Copyright © Agora SA", ("O nas", "Kontakt", "Regulamin", "Polityka prywatności", "Reklama")))

page("meduza", "https://meduza.io/feature/2021/07/05/v-moskve-rekordnaya-zhara",
     lang="ru", title="В Москве рекордная жара. Синоптики обещают, что она продлится до конца недели", head="ld",
     site="Meduza", pub="2021-07-05T14:20:00+03:00", author="",
     chrome_top='<header class="Header-module_root__Qm2Jf"><a class="Header-module_logo__1Pnkp" href="/">Meduza</a><nav class="Header-module_nav__2cYdv"><a>Новости</a><a>Истории</a><a>Разбор</a><a>Игры</a><a>Шапито</a></nav><a class="Header-module_donate__3aK1x">Поддержать</a></header>\n',
     before='<main class="Layout-module_main__1hD3A"><article class="GeneralMaterial-module_article__2bVjB"><header class="GeneralMaterial-module_header__3ZB1x"><div class="Tag-module_root__1yNmK">История</div><h1 class="SimpleTitle-module_root__1aS2s">В Москве рекордная жара. Синоптики обещают, что она продлится до конца недели</h1>'
            '<div class="MaterialMeta-module_root__2XjuK"><time class="Timestamp-module_root__coOvT">5 июля 2021, 14:20</time><span class="MaterialMeta-module_source__3kdQ5">Источник: Meduza</span></div></header>'
            '<div class="GeneralMaterial-module_body__3GSqG">',
     blocks=[
         _cp("В понедельник температура в Москве поднялась до 33 градусов — это новый рекорд для 5 июля. Предыдущий был установлен в 1886 году.", "SimpleBlock-module_p__Q3azD"),
         _cp("По данным Гидрометцентра, жара продержится как минимум до пятницы. В отдельные дни воздух может прогреться до 35 градусов.", "SimpleBlock-module_p__Q3azD"),
         _x('<div class="RelatedBlock-module_root__1vhCz"><div class="RelatedBlock-module_title__3HtPd">Читайте также</div><a class="RelatedBlock-module_item__2J6Nj">Почему в Сибири снова горят леса. Объясняем на картах</a></div>'),
         ('<h3 class="SimpleBlock-module_h3__2Kv7Y">Что говорят врачи</h3>', "Что говорят врачи"),
         _cp("Врачи советуют не выходить на улицу без необходимости с 11 до 17 часов, пить больше воды и не употреблять алкоголь.", "SimpleBlock-module_p__Q3azD"),
         _cp("Мэрия открыла в городских парках 60 пунктов, где можно получить бесплатную воду и медицинскую помощь.", "SimpleBlock-module_p__Q3azD"),
         _x('<div class="DonatesTeaser-module_root__2rZ6n"><p class="DonatesTeaser-module_title__1Sc8a">«Медуза» работает благодаря читателям</p><p>Поддержите нас — оформите ежемесячное пожертвование.</p><button>Поддержать «Медузу»</button></div>'),
     ],
     after='</div><div class="MaterialFooter-module_root__2_9ui"><button>Поделиться</button><a>Facebook</a><a>Twitter</a><a>Telegram</a></div></article></main>',
     chrome_bottom=_foot("© 2014–2021 Meduza", ("О проекте", "Реклама", "Контакты", "Политика конфиденциальности")))

page("hurriyet", "https://www.hurriyet.com.tr/gundem/istanbulda-yeni-metro-hatti-hizmete-girdi-41378123",
     lang="tr", title="İstanbul’da yeni metro hattı hizmete girdi", head="ld",
     site="Hürriyet", pub="2019-11-19T12:05:00+03:00", author="",
     chrome_top='<header class="header"><a class="logo" href="/">Hürriyet</a><ul class="main-nav"><li><a>Gündem</a></li><li><a>Ekonomi</a></li><li><a>Dünya</a></li><li><a>Spor</a></li><li><a>Yazarlar</a></li><li><a>Kelebek</a></li></ul></header>\n',
     before='<div class="news-detail-container"><div class="news-detail-title"><h1>İstanbul’da yeni metro hattı hizmete girdi</h1><h2 class="news-detail-spot">Üsküdar-Çekmeköy metro hattının uzatması olan Sancaktepe istasyonu bugün törenle açıldı.</h2></div>'
            '<div class="news-date"><span>Giriş Tarihi: 19.11.2019 12:05</span><span>Son Güncelleme: 19.11.2019 14:31</span></div>'
            '<div class="social-share"><a>Facebook</a><a>Twitter</a><a>WhatsApp</a></div>'
            '<div class="news-content readingTime">',
     blocks=[
         _p("Üsküdar-Ümraniye-Çekmeköy metro hattının Sancaktepe’ye uzanan ilk bölümü bugün düzenlenen törenle yolcu taşımaya başladı."),
         _p("İstanbul Büyükşehir Belediye Başkanı Ekrem İmamoğlu, açılışta yaptığı konuşmada hattın günde 80 bin yolcuya hizmet vereceğini söyledi."),
         _x('<div class="related-news-box"><span class="title">İLGİLİ HABERLER</span><ul><li><a>İstanbul’da toplu taşımaya zam</a></li><li><a>Marmaray’da yolcu rekoru</a></li></ul></div>'),
         _p("İmamoğlu, “Metro yatırımlarını hızlandırmak için yeni bir finansman modeli üzerinde çalışıyoruz” dedi."),
         _p("Hattın Sultanbeyli’ye kadar uzatılması için çalışmaların 2021 yılında tamamlanması bekleniyor."),
     ],
     after='</div><div class="news-tags"><a>İstanbul</a><a>Metro</a></div>'
           '<div class="gunun-ozeti"><h3>GÜNÜN ÖZETİ</h3><ul><li><a>Dolar güne nasıl başladı?</a></li><li><a>Hava durumu: İstanbul’a kar geliyor</a></li></ul></div></div>',
     chrome_bottom=_foot("© Copyright 2019 Hürriyet", ("Künye", "İletişim", "Gizlilik", "Kullanım Koşulları", "KVKK")))

# ---------------------------------------------------------------------------------------------
# Latin America

page("clarin", "https://www.clarin.com/ciudades/subte-linea-e-nuevas-estaciones-retiro_0_aBcDeFgH1.html",
     lang="es-AR", title="La línea E del subte llega a Retiro: cómo funcionan las tres nuevas estaciones", head="ld",
     site="Clarín", pub="2022-05-20T06:00:00-03:00", author="Pablo Novillo",
     chrome_top='<header class="header"><a class="logo" href="/">Clarín</a><nav class="menu"><ul><li><a>Política</a></li><li><a>Economía</a></li><li><a>Sociedad</a></li><li><a>Ciudades</a></li><li><a>Deportes</a></li><li><a>Espectáculos</a></li></ul></nav><a class="suscribite">Suscribite</a></header>\n',
     before='<main><article class="entry-body"><div class="title"><p class="volanta">Transporte</p><h1 id="title">La línea E del subte llega a Retiro: cómo funcionan las tres nuevas estaciones</h1>'
            '<div class="bajada"><h2>Son Correo Central, Catalinas y Retiro. Conectan con las líneas B y C y con los trenes.</h2></div></div>'
            '<div class="author"><p class="name"><a>Pablo Novillo</a></p><p class="publishedDate">20/05/2022 6:00</p><p class="actualizacion">Actualizado al 20/05/2022 6:00</p></div>'
            '<div class="body-nota">',
     blocks=[
         _p("Después de años de demoras, la línea E del subte ya llega hasta Retiro. Las tres nuevas estaciones, Correo Central, Catalinas y Retiro, empezaron a funcionar este viernes."),
         _p("La extensión, de 2,2 kilómetros, permite combinar con las líneas B y C y con los trenes Mitre, San Martín y Belgrano Norte."),
         _x('<div class="mira-tambien"><p class="title-mira">Mirá también</p><a><p class="summary-title">Cuánto cuesta viajar en subte desde junio</p></a></div>'),
         _p("“Es una obra que transforma la movilidad en el centro de la Ciudad”, dijo el jefe de Gobierno porteño, Horacio Rodríguez Larreta."),
         _p("Según Subterráneos de Buenos Aires, la extensión sumará unos 90.000 pasajeros por día."),
         _x('<div class="mira-tambien"><p class="title-mira">Mirá también</p><a><p class="summary-title">El Premetro tendrá nuevos coches</p></a></div>'),
         _p("Las estaciones tienen ascensores y escaleras mecánicas, y la de Retiro incluye un vestíbulo conectado con la terminal de ómnibus."),
     ],
     after='</div><div class="tags"><span>Sobre la firma</span><p><a>Pablo Novillo</a> pnovillo@clarin.com</p></div><div class="temas"><a>Subte</a><a>Ciudad de Buenos Aires</a></div></article>'
           '<section class="comments"><h3>Comentarios</h3><p>Comentar las notas de Clarín es exclusivo para suscriptores.</p></section></main>',
     chrome_bottom=_foot("Copyright 1996-2022 Clarín.com - All rights reserved.", ("Mapa del sitio", "Contacto", "Términos y condiciones", "Privacidad")))

page("eltiempo", "https://www.eltiempo.com/bogota/metro-de-bogota-inicia-obras-del-patio-taller-553123",
     lang="es-CO", title="Metro de Bogotá: comienzan las obras del patio taller en Bosa", head="ld",
     site="El Tiempo", pub="2020-10-20T08:15:00-05:00", author="Redacción Bogotá",
     chrome_top='<header class="header"><a class="logo" href="/">EL TIEMPO</a><nav class="nav"><ul><li><a>Colombia</a></li><li><a>Bogotá</a></li><li><a>Mundo</a></li><li><a>Economía</a></li><li><a>Deportes</a></li><li><a>Cultura</a></li></ul></nav><a class="suscribase">Suscríbase</a></header>\n',
     before='<main><div class="articulo"><div class="articulo-titulo"><h1 class="titulo">Metro de Bogotá: comienzan las obras del patio taller en Bosa</h1>'
            '<h2 class="sumario">La primera línea tendrá un patio de 32 hectáreas donde se guardarán y repararán los trenes.</h2></div>'
            '<div class="articulo-autor"><span class="autor-nombre">Redacción Bogotá</span><span class="fecha">20 de octubre 2020, 08:15 A. M.</span></div>'
            '<div class="articulo-contenido" itemprop="articleBody">',
     blocks=[
         _p("Este martes comenzaron las obras del patio taller de la primera línea del metro de Bogotá, en la localidad de Bosa, en el suroccidente de la ciudad."),
         _p("El patio, de 32 hectáreas, será el lugar donde se guarden, laven y reparen los 30 trenes que tendrá la línea."),
         _x('<p class="relacionada"><strong>Le puede interesar: </strong><a>¿Cuándo estará listo el metro de Bogotá? Esto dice la Empresa Metro</a></p>'),
         _p("“Hoy el metro deja de ser un sueño y empieza a ser una realidad”, dijo la alcaldesa Claudia López durante el acto de inicio."),
         _p("Según la Empresa Metro, las obras generarán unos 2.000 empleos directos."),
         _x('<p class="relacionada"><strong>Lea también: </strong><a>Así será la estación de la calle 72</a></p>'),
         _p("REDACCIÓN BOGOTÁ"),
     ],
     after='</div><div class="articulo-tags"><a>Metro de Bogotá</a><a>Movilidad</a></div></div>'
           '<section class="mas-noticias"><h3>Más noticias</h3><ul><li><a>Pico y placa en Bogotá para este martes</a></li></ul></section></main>',
     chrome_bottom=_foot("© 2020 EL TIEMPO Casa Editorial. Todos los derechos reservados.", ("Términos y condiciones", "Política de privacidad", "Contáctenos", "Trabaje con nosotros")))

page("caracol", "https://caracol.com.co/2023/03/14/medellin-inicia-pruebas-del-tranvia-de-la-80/",
     lang="es-CO", title="Medellín inicia pruebas del metro de la 80: así será el recorrido", head="ld",
     site="Caracol Radio", pub="2023-03-14T12:40:00-05:00", author="Juliana Restrepo",
     chrome_top='<header class="hdr"><a class="hdr-logo" href="/">Caracol Radio</a><nav class="hdr-nav"><ul><li><a>Actualidad</a></li><li><a>Regiones</a></li><li><a>Deportes</a></li><li><a>Programas</a></li><li><a>Podcast</a></li><li><a>Señal en vivo</a></li></ul></nav></header>\n',
     before='<main class="mn"><article class="art"><header class="art-hdr"><p class="art-kicker"><a>Medellín</a></p><h1 class="art-tit">Medellín inicia pruebas del metro de la 80: así será el recorrido</h1>'
            '<h2 class="art-sub">El proyecto tendrá 17 estaciones y conectará el sur con el norte por el occidente de la ciudad.</h2>'
            '<div class="art-aut"><a>Juliana Restrepo</a><span>Medellín</span><time>14/03/2023 - 12:40 h COT</time></div></header>'
            '<div class="art-aud"><div class="cnt-aud"><button>Escuchar</button><span>00:00</span><span>02:34</span><a>Descargar</a></div></div>'
            '<div class="cnt-txt">',
     blocks=[
         _p("La Alcaldía de Medellín y la empresa Metro anunciaron el inicio de las pruebas técnicas del metro ligero de la avenida 80, un proyecto de 13,5 kilómetros."),
         _p("El corredor tendrá 17 estaciones entre el sector de Caribe, en el norte, y la estación Aguacatala, en el sur."),
         _x('<p class="rel-news"><strong>Le puede interesar:</strong> <a>Metro de Medellín anuncia nuevas tarifas para 2023</a></p>'),
         _p("Según el gerente del Metro, Tomás Elejalde, la obra beneficiará a más de un millón de habitantes del occidente de la ciudad."),
         _p("Las obras civiles comenzarán en el segundo semestre y se espera que la línea entre en operación en 2027."),
         _x('<div class="escuche"><p><strong>Escuche aquí</strong> la entrevista completa en 6AM W.</p></div>'),
     ],
     after='</div><div class="art-tags"><a>Metro de Medellín</a><a>Movilidad</a><a>Antioquia</a></div></article>'
           '<section class="rel"><h2>Más de Medellín</h2><ul><li><a>Nuevo pico y placa en Medellín</a></li></ul></section></main>',
     chrome_bottom=_foot("© Caracol Radio 2023. Todos los derechos reservados.", ("Aviso legal", "Política de privacidad", "Política de cookies", "Contacto")))

# ---------------------------------------------------------------------------------------------
# Japanese, Arabic, Chinese and Nepali papers

page("nhk", "https://www3.nhk.or.jp/news/html/20191119/k10012182451000.html",
     lang="ja", title="東京 渋谷駅 銀座線ホーム移設で一部区間運休へ", head="og",
     site="NHKニュース", pub="", author="",
     desc="東京メトロは、渋谷駅の銀座線のホームを移設する工事のため、年末年始に銀座線の渋谷駅と表参道駅の間などで運転を取りやめると発表しました。",
     chrome_top='<header id="header"><a class="nhk-logo" href="/">NHK NEWS WEB</a><ul class="nav-main"><li><a>ニュース</a></li><li><a>社会</a></li><li><a>政治</a></li><li><a>経済</a></li><li><a>国際</a></li><li><a>天気</a></li></ul></header>\n',
     before='<div id="main"><article class="module module--detail"><section class="module--content"><header class="content--header"><h1 class="content--title"><span>東京 渋谷駅 銀座線ホーム移設で一部区間運休へ</span></h1><p class="content--date"><time datetime="2019-11-19T17:08">2019年11月19日 17時08分</time></p></header>'
            '<div class="content--detail-main"><div class="module--detail-content">',
     blocks=[
         _x('<p class="content--summary">東京メトロは、渋谷駅の銀座線のホームを移設する工事のため、年末年始に銀座線の渋谷駅と表参道駅の間などで運転を取りやめると発表しました。</p>'),
         ('<div class="content--body"><div class="body-text"><p>運転を取りやめるのは、12月28日から1月2日までの6日間で、渋谷駅と表参道駅の間では終日、電車が運行されません。</p></div></div>',
          "運転を取りやめるのは、12月28日から1月2日までの6日間で、渋谷駅と表参道駅の間では終日、電車が運行されません。"),
         ('<div class="content--body"><h2 class="body-title">新ホームは1月3日から</h2><div class="body-text"><p>新しいホームは、現在のホームから東に約130メートル移動した明治通りの上に設けられ、1月3日の始発から使われます。</p><p>東京メトロは「ご不便をおかけしますが、ご理解をお願いします」としています。</p></div></div>',
          "新ホームは1月3日から\n\n新しいホームは、現在のホームから東に約130メートル移動した明治通りの上に設けられ、1月3日の始発から使われます。\n\n東京メトロは「ご不便をおかけしますが、ご理解をお願いします」としています。"),
     ],
     after='</div></div><div class="content--sns"><a>ツイート</a><a>シェア</a><a>LINE</a></div></section>'
           '<section class="module--related"><h2>関連ニュース</h2><ul><li><a>渋谷駅 埼京線ホーム移設へ</a></li><li><a>東京メトロ 新型車両を公開</a></li></ul></section></article></div>',
     chrome_bottom=_foot("Copyright NHK (Japan Broadcasting Corporation) All rights reserved. 許可なく転載することを禁じます。", ("NHKについて", "ご意見・お問い合わせ", "受信料の窓口", "放送番組と著作権")))

page("aljazeera-ar", "https://www.aljazeera.net/news/2022/7/18/موجة-حر-غير-مسبوقة-تضرب-أوروبا",
     lang="ar", dir="rtl", title="موجة حر غير مسبوقة تضرب أوروبا وحرائق في فرنسا وإسبانيا", head="ld",
     site="الجزيرة نت", pub="2022-07-18T16:20:00+03:00", author="",
     chrome_top='<div class="site-header-container"><header class="site-header"><a class="site-logo" href="/">الجزيرة</a><nav class="site-header__navigation"><ul class="menu"><li class="menu__item"><a>أخبار</a></li><li class="menu__item"><a>سياسة</a></li><li class="menu__item"><a>اقتصاد</a></li><li class="menu__item"><a>رياضة</a></li><li class="menu__item"><a>مدونات</a></li></ul></nav></header></div>\n',
     before='<main id="main-content-area"><header class="article-header"><h1>موجة حر غير مسبوقة تضرب أوروبا وحرائق في فرنسا وإسبانيا</h1></header>'
            '<div class="article-info-block"><div class="date-simple"><span aria-hidden="true">18/7/2022</span></div></div>'
            '<div class="article-share"><ul><li><a>فيسبوك</a></li><li><a>تويتر</a></li><li><a>واتساب</a></li></ul></div>'
            '<figure class="article-featured-image"><img src="/fire.jpg"><figcaption>رجال إطفاء يكافحون حريقا في جنوب غرب فرنسا (رويترز)</figcaption></figure>'
            '<div class="wysiwyg wysiwyg--all-content">',
     blocks=[
         _p("تشهد دول غرب أوروبا موجة حر غير مسبوقة، إذ تجاوزت درجات الحرارة 40 درجة مئوية في عدة مناطق من إسبانيا والبرتغال وفرنسا، في حين تواصل فرق الإطفاء مكافحة حرائق الغابات."),
         _x('<div class="more-on"><h2 class="more-on__heading">اقرأ أيضا</h2><ul class="more-on__list"><li><a>الجفاف يهدد محاصيل القمح في أوروبا</a></li><li><a>لماذا تزداد موجات الحر في الصيف؟</a></li><li><a>بريطانيا تعلن حالة الطوارئ الوطنية بسبب الحر</a></li></ul></div>'),
         _p("وفي فرنسا، أُجلي أكثر من 16 ألف شخص من منطقة جيروند في الجنوب الغربي، حيث أتت النيران على نحو 14 ألف هكتار من الغابات."),
         _p("وقال وزير الداخلية الفرنسي جيرالد دارمانان إن أكثر من ألفي رجل إطفاء يشاركون في عمليات الإخماد."),
         _p("وفي إسبانيا، أعلنت السلطات وفاة أكثر من 500 شخص لأسباب مرتبطة بالحر منذ بداية الموجة."),
     ],
     after='</div><div class="article-source">المصدر : الجزيرة + وكالات</div></main>',
     chrome_bottom=_foot("© 2022 شبكة الجزيرة الإعلامية", ("من نحن", "اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام")))

page("zaobao", "https://www.zaobao.com.sg/news/singapore/story20210615-1155123",
     lang="zh-Hans", title="裕廊区域线首三个车站工程展开 2027年起分阶段通车", head="ld",
     site="联合早报", pub="2021-06-15T05:30:00+08:00", author="谢燕燕",
     chrome_top='<header class="header"><a class="logo" href="/">联合早报</a><nav class="main-nav"><ul><li><a>即时</a></li><li><a>新加坡</a></li><li><a>中国</a></li><li><a>国际</a></li><li><a>财经</a></li><li><a>言论</a></li></ul></nav><a class="subscribe">订阅</a></header>\n',
     before='<main><article class="article"><div class="article-header"><h1 class="article-title">裕廊区域线首三个车站工程展开 2027年起分阶段通车</h1>'
            '<div class="article-meta"><span class="author">文 / <a>谢燕燕</a></span><span class="date">发布 / 2021年6月15日 5:30 AM</span></div></div>'
            '<div class="article-content-rawhtml">',
     blocks=[
         _p("陆路交通管理局昨天宣布，裕廊区域线首三个车站的土木工程已经展开，全线将从2027年起分三个阶段通车。"),
         _p("裕廊区域线全长24公里，设有24个车站，将连接裕廊西、文礼、登加和南洋理工大学一带。"),
         _x('<div class="related-articles"><h4>相关新闻</h4><ul><li><a>跨岛地铁线第一阶段工程启动</a></li><li><a>汤申—东海岸线第三阶段通车</a></li></ul></div>'),
         _p("陆交局说，冠病疫情导致人手短缺，部分工程进度受到影响，但当局会尽量把延误减到最低。"),
         _p("交通部长王乙康在脸书上说：“这条地铁线将让西部居民的出行更方便。”"),
     ],
     after='</div><div class="article-tags"><a>裕廊区域线</a><a>地铁</a></div></article>'
           '<section class="popular"><h3>热门</h3><ol><li><a>新加坡放宽防疫措施</a></li></ol></section></main>',
     chrome_bottom=_foot("© 2021 SPH Media Limited. Co. Regn. No. 202120748H. 版权所有，不得转载。", ("关于我们", "联系我们", "隐私政策", "使用条款")))

page("kantipur", "https://ekantipur.com/news/2022/09/12/166295123456789.html",
     lang="ne", title="काठमाडौं उपत्यकामा विद्युतीय बस सञ्चालन सुरु", head="og",
     site="कान्तिपुर", pub="", author="कान्तिपुर संवाददाता",
     chrome_top='<header class="header"><a class="logo" href="/">कान्तिपुर</a><ul class="menu"><li><a>समाचार</a></li><li><a>अर्थ / वाणिज्य</a></li><li><a>विचार</a></li><li><a>खेलकुद</a></li><li><a>प्रदेश</a></li><li><a>English</a></li></ul></header>\n',
     before='<main class="main"><div class="article-header"><h1>काठमाडौं उपत्यकामा विद्युतीय बस सञ्चालन सुरु</h1>'
            '<div class="author"><a>कान्तिपुर संवाददाता</a></div><div class="published-at">भदौ २७, २०७९</div>'
            '<div class="share"><a>Facebook</a><a>Twitter</a><a>Messenger</a></div></div>'
            '<div class="description current-news-block">',
     blocks=[
         _p("काठमाडौं — साझा यातायातले उपत्यकामा थप २० वटा विद्युतीय बस सञ्चालनमा ल्याएको छ । सोमबार रत्नपार्कबाट बसहरू औपचारिक रूपमा सञ्चालनमा आएका हुन् ।"),
         _p("नयाँ बसहरू रत्नपार्क–चाबहिल–बौद्ध र रत्नपार्क–कलंकी रुटमा चल्नेछन् । एक पटक चार्ज गरेपछि बसले २०० किलोमिटरसम्म यात्रा गर्न सक्छ ।"),
         _x('<div class="related-news"><h4>सम्बन्धित समाचार</h4><ul><li><a>विद्युतीय सवारीमा भन्सार घटाइयो</a></li></ul></div>'),
         _p("साझा यातायातका अध्यक्ष कनकमणि दीक्षितले डिजेल बस क्रमशः हटाउँदै लगिने बताए ।"),
         _x('<p class="published-at-bottom">प्रकाशित : भदौ २७, २०७९ १३:२०</p>'),
     ],
     after='</div><div class="comment-box"><h3>प्रतिक्रिया</h3><p>यो खबर पढेर तपाईलाई कस्तो महसुस भयो ?</p><ul class="emoji"><li>खुसी</li><li>दुःखी</li><li>अचम्मित</li><li>उत्साहित</li><li>आक्रोशित</li></ul></div></main>',
     chrome_bottom=_foot("© 2022 Kantipur Publications Pvt. Ltd.", ("हाम्रो बारे", "सम्पर्क", "विज्ञापन", "गोपनीयता नीति")))

# ---------------------------------------------------------------------------------------------
# Page shapes

page("news-obituary", "https://www.duluthnewstribune.com/news/local/obituary-harold-lindgren-ran-canal-park-diner-for-five-decades",
     lang="en-US", title="Harold Lindgren, who ran a Canal Park diner for five decades, dies at 91", head="ld",
     site="Duluth News Tribune", pub="2022-02-08T17:00:00-06:00", author="Jimmy Lovrien",
     chrome_top=_nav("Duluth News Tribune", ["News", "Sports", "Opinion", "Obituaries", "Northland Outdoors", "E-Edition"]),
     before='<main><article class="article-body-container"><header><p class="kicker">Obituary</p><h1 class="headline">Harold Lindgren, who ran a Canal Park diner for five decades, dies at 91</h1>'
            '<p class="subheadline">“Everyone was a regular,” his daughter said.</p>'
            '<div class="byline"><span class="author">By Jimmy Lovrien</span><span class="published">February 08, 2022 05:00 PM</span></div></header>'
            '<figure class="article-image"><img src="/lindgren.jpg"><figcaption>Harold Lindgren behind the counter in 1988. <span class="credit">File / News Tribune</span></figcaption></figure>'
            '<div class="article-body">',
     blocks=[
         _p("DULUTH — Harold Lindgren poured his first cup of coffee at the Lakeside Grill in 1958 and his last in 2009, when he handed the keys to the diner in Canal Park to his grandson."),
         _p("Lindgren died Saturday at Solvay Hospice House. He was 91."),
         _p("Born in 1930 on a farm near Cloquet, he served in the Army in Korea and came home to work as a short-order cook before buying the diner with his wife, Ruth, for $4,000."),
         _p("“He knew everybody’s order and he knew everybody’s kids,” said his daughter, Karen Lindgren Holm. “Everyone was a regular.”"),
         _p("He is survived by three children, eight grandchildren and 11 great-grandchildren. Ruth Lindgren died in 2015."),
         _p("A memorial service will be held at 11 a.m. Saturday at First Lutheran Church in Duluth. In lieu of flowers, the family asks that memorials be sent to the Duluth Salvation Army."),
         _x('<div class="obit-cta"><p><strong>Submit an obituary:</strong> To place a paid obituary, visit <a>our obituaries page</a> or call 218-723-5281.</p></div>'),
     ],
     after='</div><div class="author-card"><p class="name">Jimmy Lovrien</p><p>Jimmy Lovrien covers energy, mining and the Eighth Congressional District for the Duluth News Tribune. He can be reached at jlovrien@duluthnews.com.</p></div></article>'
           '<section class="obit-list"><h2>Recent obituaries</h2><ul><li><a>Marlene J. Olson</a></li><li><a>Robert "Bob" Kask</a></li></ul></section></main>',
     chrome_bottom=_foot("© 2022 Forum Communications Company. All rights reserved.", ("About Us", "Contact Us", "Subscribe", "Terms of Use", "Privacy Policy")))

page("legal-judgment", "https://www.lawbeatreports.com/top-stories/high-court-quashes-demolition-order-street-vendors-hearing-2023",
     lang="en", title="High Court Quashes Demolition Order Against Street Vendors, Says They Must Be Heard First", head="ld",
     site="LawBeat Reports", pub="2023-08-04T19:12:00+05:30", author="Akshita Rao",
     chrome_top='<header class="main-header"><a class="brand" href="/">LawBeat Reports</a><ul class="menu"><li><a>Top Stories</a></li><li><a>Supreme Court</a></li><li><a>High Courts</a></li><li><a>Columns</a></li><li><a>Know The Law</a></li><li><a>Premium</a></li></ul></header>\n',
     before='<main><div class="story-container"><div class="story-header"><h1 class="story-title">High Court Quashes Demolition Order Against Street Vendors, Says They Must Be Heard First</h1>'
            '<p class="story-desc">The court held that the town vending committee must give vendors notice and a hearing before removing them.</p>'
            '<div class="story-author"><a>Akshita Rao</a><span class="story-date">4 Aug 2023 7:12 PM</span></div>'
            '<div class="story-share"><a>Share</a><a>Listen to this Article</a></div></div>'
            '<div class="details-story-wrapper">',
     blocks=[
         _p("The High Court on Thursday quashed an order of the municipal corporation directing the removal of 142 street vendors from a market road, holding that the vendors had a right to be heard before they were evicted."),
         _p("A bench of Justice R. Mahadevan and Justice K. Kumaresh Babu said the Street Vendors (Protection of Livelihood and Regulation of Street Vending) Act, 2014 required the town vending committee to survey vendors and issue certificates before any relocation."),
         _q("“The statute does not permit the corporation to treat a vendor as an encroacher merely because a survey has not been completed. The failure of the authority to perform its duty cannot be visited upon the vendor.”"),
         _p("The corporation had argued that the vendors were obstructing traffic and that the road was not a notified vending zone."),
         _h("Directions issued", "h3"),
         _ul(["The corporation shall complete the survey within eight weeks.",
              "No vendor shall be removed until the survey is completed and a hearing is given.",
              "The town vending committee shall meet at least once a month."]),
         _p("<strong>Case Title:</strong> Market Road Street Vendors Association v. Greater Municipal Corporation & Ors."),
         _p("<strong>Citation:</strong> 2023 LawBeat (HC) 512"),
         _p("<strong>Counsel for Petitioners:</strong> Senior Advocate S. Prabhakaran with Advocate M. Divya"),
         _x('<p class="judgment-link"><a><strong>Click Here To Read/Download Judgment</strong></a></p>'),
     ],
     after='</div><div class="story-tags"><span>Tags</span><a>Street Vendors Act</a><a>Right to be heard</a></div></div>'
           '<div class="premium-box"><p>Subscribe to LawBeat Premium for ad-free reading and full judgments.</p></div>'
           '<section class="next-story"><h3>Next Story</h3><a>Supreme Court Seeks Centre’s Response On Plea Against Online Gaming Tax</a></section></main>',
     chrome_bottom=_foot("© 2023 LawBeat Reports. All rights reserved.", ("About Us", "Contact Us", "Privacy Policy", "Terms of Use", "Careers")))

page("correction-top", "https://www.statehousewire.org/2020/02/11/state-auditor-finds-gaps-in-unemployment-fraud-checks/",
     lang="en-US", title="State auditor finds gaps in unemployment fraud checks", head="yoast",
     site="Statehouse Wire", pub="2020-02-11T06:00:00-06:00", author="Rachel Okafor",
     chrome_top='<header id="masthead" class="site-header"><div class="site-branding"><a class="site-title" href="/">Statehouse Wire</a><p class="site-description">Nonprofit news from the capitol</p></div><nav id="site-navigation" class="main-navigation"><ul id="primary-menu"><li><a>Politics</a></li><li><a>Budget</a></li><li><a>Courts</a></li><li><a>Elections</a></li><li><a>About</a></li><li><a>Donate</a></li></ul></nav></header>\n',
     before='<div id="content" class="site-content"><main id="main"><article class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">State auditor finds gaps in unemployment fraud checks</h1>'
            '<div class="entry-meta"><span class="byline">by <a class="url fn n">Rachel Okafor</a></span><span class="posted-on"><time class="entry-date published">February 11, 2020</time><time class="updated">February 12, 2020</time></span></div></header>'
            '<div class="entry-content">',
     blocks=[
         ('<div class="correction-notice"><p><strong>Correction, Feb. 12, 2020:</strong> An earlier version of this story misstated the number of claims the audit reviewed. It was 1,200, not 12,000.</p></div>',
          "Correction, Feb. 12, 2020: An earlier version of this story misstated the number of claims the audit reviewed. It was 1,200, not 12,000."),
         _p("The state’s unemployment agency paid out at least $3.4 million in benefits to people who were in prison, dead or working full time, according to an audit released Tuesday."),
         _p("State Auditor Nicole Galloway’s office reviewed a sample of 1,200 claims paid between 2016 and 2019 and found that the agency did not check claimants against prison and death records in about one in 10 cases."),
         _p("“These are basic checks that every state is expected to run,” Galloway said. “They were not being done.”"),
         _p("The Department of Labor said in its response that it had begun matching claims against the state’s prison database weekly and was working on a similar match with death records."),
         _x('<div class="wp-block-statehouse-donate"><p><strong>Statehouse Wire is a nonprofit newsroom.</strong> We depend on readers like you. <a>Donate today</a></p></div>'),
     ],
     after='</div><footer class="entry-footer"><span class="cat-links">Posted in <a>Budget</a></span><span class="tags-links">Tagged <a>audit</a>, <a>unemployment</a></span></footer>'
           '<div class="author-bio"><h3>Rachel Okafor</h3><p>Rachel Okafor covers state government for Statehouse Wire.</p></div></article>'
           '<nav class="post-navigation"><div class="nav-previous"><a>Previous: Senate panel advances teacher pay bill</a></div><div class="nav-next"><a>Next: Governor signs disaster relief package</a></div></nav></main></div>',
     chrome_bottom=_foot("© 2020 Statehouse Wire. Proudly powered by WordPress.", ("About", "Staff", "Ethics Policy", "Donor List", "Republish Our Work")))

page("longform-chapters", "https://longreads.atavistmag.example/the-salt-road",
     lang="en", title="The Salt Road", head="ld",
     site="The Atavist Magazine", pub="2018-06-19T09:00:00-04:00", author="Hannah Kessler",
     desc="For three hundred years, caravans carried salt across the Sahara. One man is still making the journey.",
     chrome_top='<header class="atavist-header"><a class="atavist-logo" href="/">The Atavist Magazine</a><nav><a>Stories</a><a>About</a><a>Subscribe</a></nav></header>\n',
     before='<main class="story"><header class="story-title-section"><p class="issue-number">No. 80</p><h1 class="story-title">The Salt Road</h1><p class="story-subtitle">For three hundred years, caravans carried salt across the Sahara. One man is still making the journey.</p>'
            '<p class="story-byline">By Hannah Kessler</p><p class="story-credits">Photographs by Idrissa Maïga · Edited by Seyward Darby</p></header>'
            '<div class="story-sections">',
     blocks=[
         ('<section class="story-section"><h2 class="chapter-title">I.</h2>', "I."),
         ('<p class="body-text"><span class="drop-cap">A</span>t four in the morning, before the wind came up, Ahmed ag Mohamed checked the ropes on each of his forty camels by touch.</p>',
          "At four in the morning, before the wind came up, Ahmed ag Mohamed checked the ropes on each of his forty camels by touch."),
         _p("He had made the journey from Timbuktu to the salt mines of Taoudenni more than a hundred times. It takes three weeks each way, across some of the emptiest land on earth.", "body-text"),
         _x('<blockquote class="pull-quote"><p>“The desert does not forgive you twice.”</p></blockquote>'),
         _p("“The first time you make a mistake, the desert teaches you,” he told me. “The desert does not forgive you twice.”", "body-text"),
         ('</section><section class="story-section"><h2 class="chapter-title">II.</h2>', "II."),
         ('<p class="body-text"><span class="drop-cap">T</span>he mines are pits dug into an ancient lake bed, where men cut slabs of salt weighing 30 kilos each.</p>',
          "The mines are pits dug into an ancient lake bed, where men cut slabs of salt weighing 30 kilos each."),
         _p("A slab that sells for a few dollars at the mine fetches five times as much in Timbuktu. The margin has kept the caravans going even as trucks have taken over most of the trade.", "body-text"),
         _x('<blockquote class="pull-quote"><p>“When the last camel goes, the road is gone.”</p></blockquote>'),
         _p("“When the last camel goes, the road is gone,” Ahmed said. “Nobody will remember where the wells are.”", "body-text"),
         ('</section>', None),
     ],
     after='</div><footer class="story-footer"><p class="author-bio"><strong>Hannah Kessler</strong> is a writer based in Dakar. This is her first story for The Atavist.</p>'
           '<div class="story-share"><a>Share on Facebook</a><a>Share on Twitter</a></div><p class="copyright">© 2018 The Atavist Magazine. Proudly powered by Newspack.</p></footer></main>',
     chrome_bottom=_foot("The Atavist Magazine", ("About", "Masthead", "Submissions", "Privacy Policy")))

page("keypoints-box", "https://www.eveningsentinel.example/news/council-approves-4-per-cent-tax-rise",
     lang="en-GB", title="Council approves 4.99 per cent council tax rise as it faces £18m gap", head="ld",
     site="Evening Sentinel", pub="2024-02-27T20:15:00Z", author="Laura Kenyon",
     chrome_top=_nav("Evening Sentinel", ["News", "Sport", "What's On", "Business", "Opinion", "Jobs"]),
     before='<main><article class="story"><header class="story__header"><h1 class="story__headline">Council approves 4.99 per cent council tax rise as it faces £18m gap</h1>'
            '<div class="story__byline"><span>By Laura Kenyon</span><span>Local Democracy Reporter</span><time>27 February 2024, 8:15pm</time></div></header>'
            '<div class="key-points"><h2 class="key-points__title">Key points</h2><ul class="key-points__list"><li>Band D bill to rise by £86 a year</li><li>Three libraries to cut opening hours</li><li>Opposition calls for reserves to be used instead</li></ul></div>'
            '<div class="story__body">',
     blocks=[
         _p("Council tax bills will rise by 4.99 per cent from April after councillors approved the authority’s budget on Tuesday night."),
         _p("The increase, the maximum allowed without a referendum, means a Band D household will pay an extra £86 a year."),
         _p("Council leader Abi Brown said the authority faced an £18 million gap caused by rising demand for adult social care and children’s services."),
         _p("“Nobody comes into politics to put up taxes,” she said. “But the alternative is cutting services that the most vulnerable people rely on.”"),
         _p("Opposition leader Mohammed Pervez said the council should have drawn on its reserves instead. The budget was approved by 29 votes to 14."),
         _p("<em>The Local Democracy Reporting Service is funded by the BBC and used by news organisations across the UK.</em>"),
     ],
     after='</div><div class="story__tags"><a>Council tax</a><a>Budget</a></div></article>'
           '<aside class="most-read"><h2>Most read</h2><ol><li><a>Road closed after crash on A50</a></li><li><a>New restaurant opens in Hanley</a></li></ol></aside></main>',
     chrome_bottom=_foot("© 2024 Evening Sentinel. All rights reserved.", ("Contact us", "Advertise", "Complaints", "Privacy Notice", "Terms")))

page("ad-split", "https://www.mountainstatesgazette.example/news/2021/04/07/wildfire-season-forecast-drought-colorado",
     lang="en-US", title="Forecasters warn of an early and long wildfire season in Colorado", head="ld",
     site="Mountain States Gazette", pub="2021-04-07T07:00:00-06:00", author="Derek Wolfe",
     chrome_top=_nav("Mountain States Gazette", ["News", "Politics", "Outdoors", "Business", "Sports", "Opinion"]),
     before='<main><article class="article"><header class="article-header"><h1 class="article-title">Forecasters warn of an early and long wildfire season in Colorado</h1>'
            '<div class="article-byline"><span>By Derek Wolfe</span> | <time>April 7, 2021 at 7:00 a.m.</time></div></header>'
            '<div class="article-body"><div class="body-copy">',
     blocks=[
         _p("After the two largest wildfires in Colorado’s history burned last fall, forecasters say this year’s season could start earlier and last longer."),
         _p("More than 90% of the state is in drought, and snowpack in the southern mountains is well below normal, according to the U.S. Drought Monitor."),
         _x('</div><div class="ad-slot ad-slot--inline"><span class="ad-label">ADVERTISEMENT</span><div id="div-gpt-ad-inline-1"></div></div><div class="body-copy">'),
         _p("“The fuels are dry and there is a lot of them,” said Mike Morgan, director of the state’s Division of Fire Prevention and Control."),
         _p("The state has leased two additional air tankers and a Black Hawk helicopter for the season, Morgan said."),
         _x('</div><div class="ad-slot ad-slot--inline"><span class="ad-label">ADVERTISEMENT</span><div id="div-gpt-ad-inline-2"></div></div><div class="body-copy">'),
         _p("Gov. Jared Polis signed a bill last month that puts $13 million toward wildfire mitigation, including thinning forests near towns."),
         _p("Researchers at Colorado State University say the fire season in the state is now about 78 days longer than it was in the 1970s."),
         _x('</div><div class="ad-slot ad-slot--inline"><span class="ad-label">ADVERTISEMENT</span><div id="div-gpt-ad-inline-3"></div></div><div class="body-copy">'),
         _p("Officials urged residents to clear brush and dead vegetation within 30 feet of their homes."),
         _p("Fire restrictions are already in place in several counties on the Western Slope."),
     ],
     after='</div></div><div class="article-footer"><p class="article-tags">Tags: <a>Wildfire</a> <a>Drought</a></p></div></article>'
           '<section class="trending"><h3>Trending Now</h3><ul><li><a>I-70 closed at Glenwood Canyon</a></li></ul></section></main>',
     chrome_bottom=_foot("Copyright © 2021 Mountain States Gazette", ("Contact Us", "Advertise", "Terms of Use", "Privacy Policy", "Cookie Policy")))

page("amp-page", "https://www.wavecountry.example/news/amp/2020/08/14/surf-school-beach-reopens/",
     lang="en", title="Surf schools return as Ocean Beach reopens after four-month closure", head="amp",
     site="Wave Country News", pub="2020-08-14T10:30:00-07:00", author="Daniel Ortiz",
     chrome_top='<header class="amp-header"><amp-img class="amp-logo" src="/logo.png" width="160" height="40" alt="Wave Country News"></amp-img><button class="amp-menu-btn" on="tap:sidebar.toggle">Menu</button></header>'
                '<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a>Local</a></li><li><a>Surf Report</a></li><li><a>Sports</a></li><li><a>Opinion</a></li></ul></amp-sidebar>\n',
     before='<main><article class="amp-article"><header><h1 class="amp-headline">Surf schools return as Ocean Beach reopens after four-month closure</h1>'
            '<div class="amp-byline">By <span>Daniel Ortiz</span> · <time datetime="2020-08-14T10:30:00-07:00">Aug. 14, 2020</time></div></header>'
            '<amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="email" width="40" height="40"></amp-social-share>'
            '<figure class="amp-figure"><amp-img src="/beach.jpg" width="1200" height="800" layout="responsive" alt="Surfers"></amp-img><figcaption>Surf instructors wait for students at Ocean Beach on Thursday. (Daniel Ortiz / Wave Country News)</figcaption></figure>'
            '<div class="amp-body">',
     blocks=[
         _p("Surf schools are back in the water at Ocean Beach after the county lifted a four-month closure of the beach on Thursday."),
         _p("Lessons are limited to groups of four, and instructors must wear masks on the sand, under rules set by the county health department."),
         _x('<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/wcn/amp_inline"><div placeholder>Advertisement</div><div fallback>Advertisement</div></amp-ad>'),
         _p("“We lost our whole spring season,” said Maya Kealoha, who runs one of the four schools licensed on the beach. “Just being back out there feels amazing.”"),
         _p("The beach remains closed to sunbathing between 11 a.m. and 5 p.m. on weekends."),
         _x('<div class="amp-related"><h3>More from Wave Country News</h3><ul><li><a>Pier repairs to finish in October</a></li><li><a>Lifeguard towers get solar power</a></li></ul></div>'),
     ],
     after='</div><div class="amp-view-full"><a>View full site</a></div></article></main>'
           '<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{"vars":{"gtag_id":"UA-1234"}}</script></amp-analytics>',
     chrome_bottom='\n<footer class="amp-footer"><p>© 2020 Wave Country News</p><a>Back to top</a></footer>')


GROUPS: dict[str, tuple[str, ...]] = {
    "us-digital-nonprofit": ("quartz", "salon", "npr-transcript", "propublica", "calmatters", "texas-tribune"),
    "world-english": ("aljazeera", "scmp", "japantimes", "koreaherald", "dailystar-bd", "mail-guardian", "rnz", "cbc", "irish-independent"),
    "europe": ("letemps", "nos", "svt", "wyborcza", "meduza", "hurriyet"),
    "latin-america": ("clarin", "eltiempo", "caracol"),
    "other-scripts": ("nhk", "aljazeera-ar", "zaobao", "kantipur"),
    "page-shapes": ("news-obituary", "legal-judgment", "correction-top", "longform-chapters", "keypoints-box", "ad-split", "amp-page"),
}
