# ruff: noqa: E501
"""A seventh set of look-alike "article" pages of the open web, 2018-2024, in the style of Zyte's
article-extraction-benchmark, from site families and page shapes that neither `tests.web_pages`
to `tests.web_pages6`, the dev corpus nor the generic fixtures hold: US digital outlets (The
Verge, Polygon and Vox with Vox Media's inline "Related" cards, Slate, The Intercept, Mother
Jones), English papers of Asia and the Gulf (Nikkei Asia, Korea JoongAng Daily, The Star of
Malaysia, Gulf News), Europe (Der Standard, RBC, Corriere della Sera, Le Monde), Latin America
(La Nación of Argentina, El Comercio of Peru, El Mundo of Medellín), Indonesian and Chinese
papers (Kompas, Detik, the United Daily News of Taiwan), and page shapes: a live-score recap
with a stats table, a weather alert, an election story with a results widget, a "what we know"
explainer with question headings and a story around an embedded Reddit post.

The head of each page is printed by `tests.web_pages3._head`, and the expected bodies follow the
conventions of `tests.web_pages` (read its docstring; they come from the dev corpus's zyte-aeb
annotations) and of the sets after it: an inline card of a related story ("Related", "Leia
também", "Baca juga", "Leggi anche"), a newsletter or membership box, a results widget's
figures, an alert banner's links, a reporter's "Reach … at …" contact line, a share bar and an
author bio are not body; a stats table
within the text, question headings, an embedded post's title and its attribution line, an
update note and a closing copyright line are.

`pages()` yields `Page(family, url, html, body)`; `python -m tests.web_measure --set 7` prints
figures.
"""

from __future__ import annotations

from collections.abc import Iterator

from tests.web_pages import B, Page, _foot, _h, _nav, _p, _strip, _ul, _x
from tests.web_pages2 import _hrefs, _table
from tests.web_pages3 import _doc
from tests.web_pages4 import _pbr

PAGES: list[tuple[str, str, dict]] = []


def page(family: str, url: str, /, **kw: object) -> None:
    PAGES.append((family, url, kw))


def pages() -> Iterator[Page]:
    for family, url, kw in PAGES:
        html, body = _doc(url=url, **kw)  # type: ignore[arg-type]
        yield Page(family, url, _hrefs(html), body)


def _vox_related(title: str) -> B:
    """Vox Media's inline "Related" card between paragraphs: not body."""
    return _x(f'<div class="c-related-list"><h3 class="c-related-list__head">Related</h3><ul><li><a class="c-related-list__link">{title}</a></li></ul></div>')


def _reddit(title: str, user: str, sub: str) -> B:
    """An embedded Reddit post before its script runs: its title and its "byu/… in…" line (the
    embed code sets no space before its links), body as an embedded tweet's text and
    attribution are."""
    return (f'<blockquote class="reddit-embed-bq" data-embed-height="316"><a href="https://www.reddit.com/r/{sub}/comments/xk2p1q/">{title}</a><br> by<a href="https://www.reddit.com/user/{user}/">u/{user}</a> in<a href="https://www.reddit.com/r/{sub}/">{sub}</a></blockquote>'
            '<script async src="https://embed.reddit.com/widgets.js" charset="UTF-8"></script>',
            _strip(title) + f"\nbyu/{user} in{sub}")


# ---------------------------------------------------------------------------------------------
# US digital outlets

page("theverge", "https://www.theverge.com/2023/9/12/23869826/apple-iphone-15-usb-c-lightning-port",
     lang="en", title="The iPhone 15 finally switches to USB-C", head="ld",
     site="The Verge", pub="2023-09-12T18:34:12+00:00", author="Chris Welch",
     chrome_top='<div class="duet--navigation--navigation"><a class="duet--logo" href="/">The Verge</a><nav><ul><li><a>Tech</a></li><li><a>Reviews</a></li><li><a>Science</a></li><li><a>Entertainment</a></li><li><a>AI</a></li><li><a>More</a></li></ul></nav><a>Subscribe</a></div>\n',
     before='<main id="content"><article class="duet--article--article"><div class="duet--article--lede"><a class="duet--article--label">Apple</a><h1 class="duet--article--headline">The iPhone 15 finally switches to USB-C</h1>'
            '<h2 class="duet--article--dangerously-set-cms-markup">Lightning is gone after 11 years.</h2>'
            '<div class="duet--article--byline">By <a>Chris Welch</a>, a reviewer specializing in personal audio<time datetime="2023-09-12T18:34:12+00:00">Sep 12, 2023, 6:34 PM UTC</time></div>'
            '<div class="duet--article--share"><button>Share this story</button></div></div>'
            '<figure class="duet--article--lede-image"><img src="/iphone.jpg"><figcaption>The iPhone 15 Pro. <cite>Image: Apple</cite></figcaption></figure>'
            '<div class="duet--article--article-body-component-container">',
     blocks=[
         _p("After more than a decade, Apple is retiring the Lightning port on the iPhone. The iPhone 15 and iPhone 15 Pro both charge over USB-C, the company announced at its event in Cupertino on Tuesday."),
         _p("The change was forced in part by a European Union law that requires most portable electronics sold in the bloc to use USB-C by the end of 2024."),
         _vox_related("The EU’s USB-C rule, explained"),
         _p("The standard iPhone 15 is limited to USB 2.0 transfer speeds, the same as Lightning. The Pro models support USB 3 speeds of up to 10Gbps with the right cable, which Apple doesn’t include in the box."),
         _p("Apple says the new port also lets the iPhone charge AirPods or an Apple Watch, and it will sell a $29 adapter for older Lightning accessories."),
         _vox_related("Apple’s iPhone 15 Pro has a titanium frame and an action button"),
         _p("Apple’s AirPods Pro are getting a USB-C case as well, while the company’s other accessories are expected to follow over the next year."),
     ],
     after='</div><div class="duet--article--article-footer"><h2>Most Popular</h2><ol><li><a>Apple’s event: all the news</a></li><li><a>The best phones to buy</a></li></ol></div></article></main>',
     chrome_bottom=_foot("© 2023 Vox Media, LLC. All Rights Reserved", ("Terms of Use", "Privacy Notice", "Cookie Policy", "Licensing FAQ", "Accessibility", "Platform Status")))

page("polygon", "https://www.polygon.com/23456789/zelda-tears-of-the-kingdom-sales-record",
     lang="en", title="Zelda: Tears of the Kingdom sold 10 million copies in three days", head="ld",
     site="Polygon", pub="2023-05-25T14:12:00+00:00", author="Ash Parrish",
     chrome_top='<div class="duet--navigation--navigation"><a class="duet--logo" href="/">Polygon</a><nav><ul><li><a>News</a></li><li><a>Guides</a></li><li><a>Reviews</a></li><li><a>Entertainment</a></li><li><a>Deals</a></li></ul></nav></div>\n',
     before='<main id="content"><article class="duet--article--article"><div class="duet--article--lede"><h1 class="duet--article--headline">Zelda: Tears of the Kingdom sold 10 million copies in three days</h1>'
            '<div class="duet--article--byline">By <a>Ash Parrish</a><time datetime="2023-05-25T14:12:00+00:00">May 25, 2023, 2:12 PM UTC</time></div></div>'
            '<figure class="duet--article--lede-image"><img src="/zelda.jpg"><figcaption>Image: Nintendo</figcaption></figure>'
            '<div class="duet--article--article-body-component-container">',
     blocks=[
         _p("The Legend of Zelda: Tears of the Kingdom sold more than 10 million copies worldwide in its first three days, Nintendo said Thursday, making it the fastest-selling Zelda game ever."),
         _p("The sequel to Breath of the Wild launched May 12 on Nintendo Switch. Its predecessor took more than a year to reach the same number."),
         _vox_related("Tears of the Kingdom’s best new ability is also its simplest"),
         _p("In Japan, the game sold 2.24 million physical copies in its first three days, according to Famitsu, a record for a Switch game."),
         _x('<div class="duet--article--commerce"><p>The Legend of Zelda: Tears of the Kingdom</p><p>$69.99</p><a>$69.99 at Amazon</a><a>$69.99 at Best Buy</a><p>Prices taken at time of publishing.</p></div>'),
         _p("Nintendo also said the Switch has now sold more than 125 million units since 2017."),
     ],
     after='</div><div class="duet--article--article-footer"><h2>Most Popular</h2><ol><li><a>Every shrine in Tears of the Kingdom</a></li></ol></div></article></main>',
     chrome_bottom=_foot("© 2023 Vox Media, LLC. All Rights Reserved", ("Terms of Use", "Privacy Notice", "Cookie Policy", "Ethics Statement")))

page("vox", "https://www.vox.com/policy/2024/2/6/24062941/border-bill-senate-explained",
     lang="en", title="The Senate border deal, explained", head="ld",
     site="Vox", pub="2024-02-06T15:00:00+00:00", author="Nicole Narea",
     chrome_top='<header class="c-global-header"><a class="c-global-header__logo" href="/">Vox</a><nav><ul><li><a>Explainers</a></li><li><a>Politics</a></li><li><a>Culture</a></li><li><a>Advice</a></li><li><a>Listen</a></li><li><a>Watch</a></li></ul></nav><a class="c-global-header__give">Give</a></header>\n',
     before='<main><article class="c-entry-wrapper"><div class="c-entry-hero"><h1 class="c-page-title">The Senate border deal, explained</h1>'
            '<p class="c-entry-summary">What’s in the bill, and why it’s already in trouble.</p>'
            '<div class="c-byline">By <a>Nicole Narea</a> <time datetime="2024-02-06T15:00:00+00:00">Feb 6, 2024, 10:00am EST</time></div></div>'
            '<div class="c-entry-content">',
     blocks=[
         _p("After months of negotiations, a bipartisan group of senators released a $118 billion bill on Sunday that pairs aid to Ukraine and Israel with the most significant changes to border policy in decades."),
         _p("The bill would give the president new power to shut down the border to most asylum seekers when crossings pass an average of 5,000 a day over a week."),
         _vox_related("Why the asylum system is so backlogged"),
         _h("What else is in the bill"),
         _p("It would raise the bar for passing the initial asylum screening, hire thousands of new asylum officers and fund more detention beds."),
         _x('<div class="c-newsletter_signup_box"><p class="c-newsletter_signup_box--title">Sign up for The Weeds</p><p>Get our essential policy newsletter delivered Fridays.</p><form><input type="email" placeholder="Email (required)"><button>Sign Up</button></form></div>'),
         _p("Former President Donald Trump has urged Republicans to reject the deal, and House Speaker Mike Johnson has said it would be “dead on arrival” in his chamber."),
         _x('<div class="c-article-footer"><p class="c-contribution">You’ve read 1 article in the last month. Here at Vox, we believe in helping everyone understand our complicated world. <a>Yes, I’ll give $120/year</a></p></div>'),
     ],
     after='</div></article></main>',
     chrome_bottom=_foot("© 2024 Vox Media, LLC. All Rights Reserved", ("Terms of Use", "Privacy Notice", "Contact", "Send Us a Tip")))

page("slate", "https://slate.com/technology/2019/05/facial-recognition-ban-san-francisco-police.html",
     lang="en-US", title="San Francisco Just Banned Facial Recognition. Will Other Cities Follow?", head="ld",
     site="Slate Magazine", pub="2019-05-15T17:43:00-04:00", author="April Glaser",
     chrome_top='<header class="site-header"><a class="site-header__logo" href="/">Slate</a><nav class="site-header__nav"><a>News &amp; Politics</a><a>Culture</a><a>Technology</a><a>Business</a><a>Human Interest</a><a>Podcasts</a></nav><a class="site-header__plus">Slate Plus</a></header>\n',
     before='<main><article class="article"><header class="article__header"><div class="article__rubric"><a>Future Tense</a></div><h1 class="article__hed">San Francisco Just Banned Facial Recognition. Will Other Cities Follow?</h1>'
            '<h2 class="article__dek">The city’s law is the first of its kind in the country.</h2>'
            '<div class="article__byline">By <a>April Glaser</a></div><time class="article__dateline">May 15, 2019 5:43 PM</time>'
            '<div class="social-share"><a>Tweet</a><a>Share</a><a>Comment</a></div></header>'
            '<div class="article__content">',
     blocks=[
         _p("On Tuesday, San Francisco’s Board of Supervisors voted 8–1 to ban city agencies, including the police, from using facial recognition technology.", "slate-paragraph"),
         _p("The ordinance also requires agencies to get the board’s approval before buying any new surveillance technology, and to report on the tools they already use.", "slate-paragraph"),
         _x('<aside class="in-article-recirc"><p class="in-article-recirc__label">Read More in Future Tense</p><a>Amazon Is Pushing Facial Recognition to Police. Critics Are Not Happy.</a></aside>'),
         _p("“We can have security without being a security state,” said Aaron Peskin, the supervisor who introduced the bill.", "slate-paragraph"),
         _p("Oakland and Somerville, Massachusetts, are considering similar bans.", "slate-paragraph"),
         _p("<em>Future Tense is a partnership of Slate, New America, and Arizona State University that examines emerging technologies, public policy, and society.</em>", "slate-paragraph"),
     ],
     after='</div><div class="article__comments"><button>Comments</button></div></article>'
           '<aside class="recirc"><h3>Slate Plus</h3><p>Join Slate Plus to continue reading, and you’ll get unlimited access to all our work.</p></aside></main>',
     chrome_bottom=_foot("Slate is published by The Slate Group, a Graham Holdings Company. All contents © 2019 The Slate Group LLC. All rights reserved.", ("About Us", "Work With Us", "Contact Us", "Privacy Policy", "Terms")))

page("intercept", "https://theintercept.com/2021/08/24/afghanistan-surveillance-data-biometrics/",
     lang="en-US", title="The Taliban Have Seized U.S. Military Biometrics Devices", head="yoast",
     site="The Intercept", pub="2021-08-17T21:00:35+00:00", author="Ken Klippenstein, Sara Sirota",
     chrome_top='<header class="SiteHeader"><a class="SiteHeader-logo" href="/">The Intercept</a><nav><a>Politics</a><a>Technology</a><a>Justice</a><a>Environment</a><a>Podcasts</a><a>Donate</a></nav></header>\n',
     before='<main class="Post"><article><header class="PostHeader"><h1 class="Post-title">The Taliban Have Seized U.S. Military Biometrics Devices</h1>'
            '<div class="PostByline"><a>Ken Klippenstein</a>, <a>Sara Sirota</a></div><time class="PostByline-date">August 17 2021, 5:00 p.m.</time></div></header>'
            '<div class="PostContent">',
     blocks=[
         _p("The Taliban have seized U.S. military biometrics devices that could aid in identifying Afghans who assisted coalition forces, according to a Joint Special Operations Command official and three former U.S. military personnel."),
         _p("The devices, known as HIIDE, for Handheld Interagency Identity Detection Equipment, were seized last week during the Taliban’s offensive."),
         _x('<div class="PromoteRelatedPost"><span class="PromoteRelatedPost-title">Read Our Complete Coverage</span><a>The War in Afghanistan</a></div>'),
         _p("The devices contain identifying biometric data such as iris scans and fingerprints, as well as biographical information."),
         _pbr("<em>Update: August 18, 2021, 10:40 a.m. ET</em><br><em>This story has been updated with comment from the Department of Defense.</em>"),
     ],
     after='</div><div class="PostFooter-donate"><h3>We depend on support from readers like you to help keep our nonprofit newsroom strong and independent.</h3><a>Join Us</a></div>'
           '<div class="AuthorBio"><p>Ken Klippenstein covers national security for The Intercept.</p></div></article></main>',
     chrome_bottom=_foot("© The Intercept. All rights reserved", ("Terms of Use", "Privacy", "Policies and Reports")))

page("motherjones", "https://www.motherjones.com/environment/2022/03/lead-pipes-chicago-water-infrastructure/",
     lang="en-US", title="Chicago Has More Lead Pipes Than Any Other US City", head="yoast",
     site="Mother Jones", pub="2022-03-09T10:00:00-05:00", author="Julia Lurie",
     chrome_top='<header id="masthead"><a class="site-logo" href="/">Mother Jones</a><nav id="main-menu"><ul><li><a>Politics</a></li><li><a>Environment</a></li><li><a>Crime &amp; Justice</a></li><li><a>Food</a></li><li><a>Podcasts</a></li></ul></nav><a class="donate-button">Donate</a></header>\n',
     before='<main id="main"><article class="entry"><header class="entry-header"><h1 class="entry-title">Chicago Has More Lead Pipes Than Any Other US City</h1>'
            '<h3 class="dek">Replacing them could take 50 years.</h3><p class="byline-dateline"><span class="byline">Julia Lurie</span><span class="dateline">March 9, 2022</span></p></header>'
            '<div class="entry-content">',
     blocks=[
         _p("Chicago has about 400,000 lead service lines, the pipes that connect homes to water mains, more than any other American city."),
         _p("At the current pace of replacement, it would take the city more than 50 years to dig them all up."),
         _x('<div class="newsletter-inline"><p><strong>Fight disinformation:</strong> <a>Sign up</a> for the free <em>Mother Jones Daily</em> newsletter and follow the news that matters.</p></div>'),
         _p("Lead exposure in children has been linked to lower IQs and behavioral problems, and no safe level of it is known."),
         _p("The federal infrastructure law passed last year sets aside $15 billion for replacing lead pipes, but experts say the total cost nationwide could be three times that."),
     ],
     after='</div><div class="donate-box"><h3>Looking for news you can trust?</h3><p>Subscribe to the Mother Jones Daily to have our top stories delivered directly to your inbox.</p></div>'
           '<div class="author-bio"><p>Julia Lurie is a senior reporter at Mother Jones.</p></div></article></main>',
     chrome_bottom=_foot("Copyright © 2022 Mother Jones and the Foundation for National Progress. All Rights Reserved.", ("About", "Advertise", "Jobs", "Privacy Policy")))

# ---------------------------------------------------------------------------------------------
# English papers of Asia and the Gulf

page("nikkei-asia", "https://asia.nikkei.com/Business/Tech/Semiconductors/TSMC-to-build-second-Japan-plant",
     lang="en", title="TSMC to build second Japan plant as chip subsidies flow", head="ld",
     site="Nikkei Asia", pub="2024-02-06T09:30:00+09:00", author="Cheng Ting-Fang",
     chrome_top='<header class="header"><a class="header__logo" href="/">Nikkei Asia</a><nav class="header__nav"><a>Latest</a><a>Business</a><a>Tech</a><a>Politics</a><a>Economy</a><a>Opinion</a><a>Life &amp; Arts</a></nav><a class="header__subscribe">Subscribe</a><a>Log in</a></header>\n',
     before='<main><article class="article"><div class="article-header"><ul class="breadcrumb"><li><a>Business</a></li><li><a>Tech</a></li><li><a>Semiconductors</a></li></ul><h1 class="article-header__title">TSMC to build second Japan plant as chip subsidies flow</h1>'
            '<p class="article-header__sub-title">Kumamoto expansion to make more advanced 6-nanometer chips</p><div class="article-header__byline"><a>CHENG TING-FANG</a>, Nikkei Asia chief tech correspondent</div><time class="timestamp">February 6, 2024 09:30 JST</time></div>'
            '<figure class="article__image"><img src="/tsmc.jpg"><figcaption>TSMC’s first plant in Kikuyo, Kumamoto Prefecture. © Kyodo</figcaption></figure>'
            '<div class="ezrichtext-field">',
     blocks=[
         _p("TAIPEI -- Taiwan Semiconductor Manufacturing Co. will build a second chip plant in Japan’s Kumamoto Prefecture, the company said on Tuesday, raising its total investment there to more than $20 billion."),
         _p("The Japanese government will provide up to 732 billion yen ($4.9 billion) in subsidies for the new plant, which is to start production by the end of 2027."),
         _x('<div class="o-ads"><span>Advertisement</span></div>'),
         _p("The plant will make chips using 6- and 7-nanometer processes, more advanced than the 12- to 28-nanometer chips of the first plant, which opens this month."),
         _x('<div class="read-next"><p><strong>Read Next</strong></p><a>Japan’s chip revival: what’s at stake</a></div>'),
         _p("Sony Group and Toyota Motor will take minority stakes in the venture, as they did in the first plant."),
     ],
     after='</div><div class="article__share"><a>Share</a><a>Print</a></div><div class="article-footer__copyright">Copyright © 2024 Nikkei Inc. All rights reserved.</div></article>'
           '<aside class="related"><h3>Related</h3><ul><li><a>TSMC Arizona delays production</a></li></ul></aside></main>',
     chrome_bottom=_foot("Nikkei Inc. No reproduction without permission.", ("About us", "Contact", "Terms of use", "Privacy Policy")))

page("joongang-daily", "https://koreajoongangdaily.joins.com/2023/08/11/national/socialAffairs/korea-jamboree-scouts-typhoon/20230811150012345.html",
     lang="en", title="Scouts leave Seoul as jamboree wraps up after typhoon", head="og",
     site="Korea JoongAng Daily", pub="2023-08-11T15:00:12+09:00", author="Lee Jae-lim",
     chrome_top='<div id="header"><a class="logo" href="/">Korea JoongAng Daily</a><ul class="gnb"><li><a>National</a></li><li><a>Business</a></li><li><a>Entertainment</a></li><li><a>Sports</a></li><li><a>Opinion</a></li><li><a>Foreign Community</a></li></ul></div>\n',
     before='<div id="container"><div class="view-article"><div class="view-article-title"><h1>Scouts leave Seoul as jamboree wraps up after typhoon</h1></div>'
            '<div class="view-info"><span class="writer">LEE JAE-LIM</span><span class="date">Published: 11 Aug. 2023, 15:00</span><span class="update">Updated: 11 Aug. 2023, 18:22</span></div>'
            '<div class="view-article-photo"><img src="/scouts.jpg"><p class="caption">Scouts attend the closing ceremony of the World Scout Jamboree in Seoul on Friday. [NEWS1]</p></div>'
            '<div id="article_body" class="article-content">',
     blocks=[
         ("Thousands of scouts from around the world prepared to leave Korea on Friday after the 25th World Scout Jamboree closed with a K-pop concert at Seoul World Cup Stadium.<br><br>",
          "Thousands of scouts from around the world prepared to leave Korea on Friday after the 25th World Scout Jamboree closed with a K-pop concert at Seoul World Cup Stadium."),
         ("The event, which was held at a reclaimed tidal flat in Saemangeum, North Jeolla, was cut short after a heat wave sickened hundreds and Typhoon Khanun forced the evacuation of some 37,000 participants.<br><br>",
          "The event, which was held at a reclaimed tidal flat in Saemangeum, North Jeolla, was cut short after a heat wave sickened hundreds and Typhoon Khanun forced the evacuation of some 37,000 participants."),
         _x('<div class="ab_related_article"><p class="title">Related Article</p><ul><li><a>Jamboree evacuated ahead of typhoon</a></li><li><a>Heat wave sickens scouts</a></li></ul></div>'),
         ("President Yoon Suk Yeol ordered a review of how the event was prepared, and opposition lawmakers have called for a parliamentary investigation.<br><br>",
          "President Yoon Suk Yeol ordered a review of how the event was prepared, and opposition lawmakers have called for a parliamentary investigation."),
         ("BY LEE JAE-LIM [lee.jaelim@joongang.co.kr]", "BY LEE JAE-LIM [lee.jaelim@joongang.co.kr]"),
     ],
     after='</div><div class="view-sns"><a>facebook</a><a>twitter</a><a>kakao</a></div></div><div class="list-related"><h3>More in Social Affairs</h3><ul><li><a>Seoul subway fares rise</a></li></ul></div></div>',
     chrome_bottom=_foot("Copyright ⓒ Korea JoongAng Daily. All rights reserved.", ("About us", "Contact us", "Terms of Service", "Privacy Policy")))

page("thestar-my", "https://www.thestar.com.my/news/nation/2022/11/24/anwar-sworn-in-as-10th-prime-minister",
     lang="en", title="Anwar sworn in as 10th Prime Minister", head="ld",
     site="The Star", pub="2022-11-24T17:12:00+08:00", author="Martin Carvalho",
     chrome_top='<header class="header"><a class="logo" href="/">The Star</a><ul class="main-menu"><li><a>News</a></li><li><a>Business</a></li><li><a>Sport</a></li><li><a>Metro</a></li><li><a>Lifestyle</a></li><li><a>Opinion</a></li></ul><a class="btn-subscribe">Subscribe</a></header>\n',
     before='<div class="container"><div class="story-wrapper"><div class="sub-heading"><a>Nation</a></div><h1 class="headline story-pg">Anwar sworn in as 10th Prime Minister</h1>'
            '<div class="credit"><p class="byline">By <a>MARTIN CARVALHO</a></p><p class="date">Thursday, 24 Nov 2022 <time>5:12 PM MYT</time></p></div>'
            '<div class="story-image"><img src="/anwar.jpg"><div class="caption">Datuk Seri Anwar Ibrahim takes his oath of office at Istana Negara. — Bernama</div></div>'
            '<div id="story-body" class="story bot-15 relative">',
     blocks=[
         _p("KUALA LUMPUR: Datuk Seri Anwar Ibrahim has been sworn in as the country’s 10th Prime Minister, ending five days of uncertainty after a hung Parliament."),
         _p("He took his oath of office before the Yang di-Pertuan Agong Al-Sultan Abdullah Ri’ayatuddin Al-Mustafa Billah Shah at Istana Negara at about 5pm on Thursday (Nov 24)."),
         _x('<div class="inline-related"><p><strong>ALSO READ:</strong> <a>King names Anwar as PM after meeting Malay rulers</a></p></div>'),
         _p("Pakatan Harapan won 82 seats in the general election last Saturday, the most of any coalition but short of the 112 needed for a simple majority."),
         _p("Anwar said he would seek a vote of confidence when Parliament reconvenes on Dec 19."),
     ],
     after='</div><div class="story-tags"><span>Tags / Keywords:</span><a>Anwar Ibrahim</a><a>GE15</a><a>Prime Minister</a></div>'
           '<div class="report-error"><a>Report it to us</a>Found a mistake in this article?</div></div>'
           '<div class="related-stories"><h3>Related News</h3><ul><li><a>Ringgit jumps after Anwar named PM</a></li></ul></div></div>',
     chrome_bottom=_foot("Copyright © 1995-2022 Star Media Group Berhad (10894D)", ("About Us", "Advertise", "Privacy Statement", "Terms of Use", "Contact Us")))

page("gulfnews", "https://gulfnews.com/uae/transport/dubai-metro-blue-line-to-open-in-2029-1.1700123456",
     lang="en", title="Dubai Metro Blue Line to open in 2029", head="ld",
     site="Gulf News", pub="2023-11-24T13:05:00+04:00", author="Sajila Saseendran",
     chrome_top='<header class="header"><a class="logo" href="/">Gulf News</a><nav><ul><li><a>UAE</a></li><li><a>Gulf</a></li><li><a>World</a></li><li><a>Business</a></li><li><a>Sport</a></li><li><a>Entertainment</a></li></ul></nav></header>\n',
     before='<main><div class="story"><div class="story-top"><a class="section">Transport</a><h1 class="story-title">Dubai Metro Blue Line to open in 2029</h1>'
            '<h2 class="story-subtitle">New 30km line will have 14 stations, including an iconic one at Dubai Creek Harbour</h2>'
            '<div class="author"><a>Sajila Saseendran</a>, Senior Reporter</div><div class="date">Published: November 24, 2023 13:05</div></div>'
            '<div class="story-element story-element-text">',
     blocks=[
         _p("Dubai: Dubai’s Ruler His Highness Sheikh Mohammed bin Rashid Al Maktoum on Friday approved the Dh18 billion Blue Line of the Dubai Metro, to open in 2029."),
         _p("The 30km line will connect the Red and Green lines with 14 stations, serving areas including Mirdif, Dubai Festival City and International City."),
         _x('<div class="story-element story-element-also-read"><span class="also-read-title">Also read</span><a>Dubai Metro to get 4,400 new parking spaces</a><a>RTA unveils Route 2040 plan</a></div>'),
         _p("The Roads and Transport Authority expects the line to serve 200,000 passengers a day by 2030 and 320,000 by 2040."),
         _p("<strong>Highlights of the Blue Line:</strong>"),
         _ul(["Length: 30km, including 15.5km underground", "Stations: 14, including three interchange stations", "Travel time from International City to Dubai Creek Harbour: 10 minutes"]),
     ],
     after='</div><div class="tag-list"><a>Dubai Metro</a><a>RTA</a></div><div class="share-bar"><a>WhatsApp</a><a>Facebook</a><a>X</a></div></div>'
           '<div class="newsletter-box"><h4>Sign up for the Daily Briefing</h4><p>Get the latest news and updates straight to your inbox</p><a>Subscribe</a></div></main>',
     chrome_bottom=_foot("Copyright © 2023 Al Nisr Publishing LLC. All rights reserved.", ("About us", "Contact us", "Advertise", "Privacy Policy", "Terms & Conditions")))

# ---------------------------------------------------------------------------------------------
# Europe

page("derstandard", "https://www.derstandard.at/story/3000000201234/wiener-linien-u5-eroeffnung-verschoben",
     lang="de-AT", title="Eröffnung der U5 verschiebt sich auf 2026", head="ld",
     site="DER STANDARD", pub="2023-12-13T11:24:00+01:00", author="Stefanie Rachbauer",
     chrome_top='<header class="site-header"><a class="site-logo" href="/">DER STANDARD</a><nav><ul><li><a>International</a></li><li><a>Inland</a></li><li><a>Wirtschaft</a></li><li><a>Web</a></li><li><a>Sport</a></li><li><a>Panorama</a></li><li><a>Kultur</a></li></ul></nav><a>Abo</a><a>Anmelden</a></header>\n',
     before='<main><div class="story-article"><article class="story-article"><header class="article-header"><p class="article-kicker">Öffis</p><h1 class="article-title">Eröffnung der U5 verschiebt sich auf 2026</h1>'
            '<p class="article-subtitle">Die Wiener Linien nennen Verzögerungen beim Bau der Stationen als Grund. Auch die U2-Verlängerung kommt später</p>'
            '<div class="article-meta"><div class="article-origins"><span class="article-byline">Stefanie Rachbauer</span></div><p class="article-pubdate"><time datetime="2023-12-13T11:24">13. Dezember 2023, 11:24</time></p><button class="article-postings">172 Postings</button></div></header>'
            '<div class="article-body">',
     blocks=[
         _p("Wer sich auf eine Fahrt mit der ersten fahrerlosen U-Bahn Wiens gefreut hat, muss sich länger gedulden. Die U5 soll nicht wie geplant 2025, sondern erst 2026 in Betrieb gehen, teilten die Wiener Linien am Mittwoch mit."),
         _p("Grund seien Verzögerungen beim Bau der Stationen Frankhplatz und Rathaus, wo die Arbeiten auf schwierige Bodenverhältnisse gestoßen seien."),
         _x('<div class="story-related"><p class="story-related-title">Weiterlesen</p><ul><li><a>Wie die fahrerlose U5 funktionieren soll</a></li><li><a>U2-Baustelle: Sperren am Ring bis 2024</a></li></ul></div>'),
         _p("Auch die Verlängerung der U2 zum Matzleinsdorfer Platz wird später fertig als angekündigt. Die Kosten für das gesamte Linienkreuz U2/U5 steigen laut Stadt auf rund 2,1 Milliarden Euro."),
         _p("Verkehrsstadträtin Ulli Sima (SPÖ) sprach von einem „der größten Infrastrukturprojekte Europas“. (Stefanie Rachbauer, 13.12.2023)"),
     ],
     after='</div><div class="article-share"><button>Teilen</button></div><div class="forum"><h3>Forum</h3><p>Diskutieren Sie hier mit anderen Userinnen und Usern über diesen Artikel.</p></div></article></div></main>',
     chrome_bottom=_foot("© STANDARD Verlagsgesellschaft m.b.H. 2023", ("Impressum & Offenlegung", "Datenschutz", "AGB", "Kontakt")))

page("rbc", "https://www.rbc.ru/economics/15/03/2024/65f3e1a09a79472b2a4e8c1f",
     lang="ru", title="ЦБ сохранил ключевую ставку на уровне 16%", head="ld",
     site="РБК", pub="2024-03-22T13:30:00+03:00", author="Анна Балашова",
     chrome_top='<div class="topline"><a class="topline__logo" href="/">РБК</a><div class="topline__menu"><a>Экономика</a><a>Политика</a><a>Бизнес</a><a>Финансы</a><a>Технологии</a><a>РБК Pro</a></div><a class="topline__login">Войти</a></div>\n',
     before='<div class="l-col-main"><div class="article"><div class="article__header"><span class="article__header__category">Экономика</span><span class="article__header__date">22 мар, 13:30</span>'
            '<h1 class="article__header__title-in">ЦБ сохранил ключевую ставку на уровне 16%</h1></div>'
            '<div class="article__subtitle">Регулятор допустил снижение ставки во втором полугодии</div>'
            '<div class="article__authors"><span class="article__authors__author__name">Анна Балашова</span></div>'
            '<div class="article__text article__text_free">',
     blocks=[
         _p("Совет директоров Банка России на заседании 22 марта сохранил ключевую ставку на уровне 16% годовых. Такое решение совпало с консенсус-прогнозом аналитиков."),
         _p("«Инфляционное давление постепенно снижается, но остается высоким», — говорится в релизе регулятора."),
         _x('<div class="article__inline-item"><span class="article__inline-item__category">Финансы</span><a class="article__inline-item__link"><span class="article__inline-item__title">Что будет с вкладами после решения ЦБ</span></a></div>'),
         _p("ЦБ сохранил прогноз инфляции на 2024 год в диапазоне 4–4,5%. Годовая инфляция на 18 марта, по данным Минэкономразвития, составила 7,6%."),
         _p("Следующее заседание по ключевой ставке состоится 26 апреля."),
         _x('<div class="article__special_container"><p>Читайте РБК в <a>Telegram</a></p></div>'),
     ],
     after='</div><div class="article__tags"><a>ЦБ</a><a>ключевая ставка</a></div></div></div>',
     chrome_bottom=_foot("© АО «РОСБИЗНЕСКОНСАЛТИНГ», 1995-2024", ("О компании", "Реклама", "Контакты", "Вакансии")))

page("corriere", "https://www.corriere.it/cronache/23_maggio_18/alluvione-emilia-romagna-fiumi-esondati.shtml",
     lang="it", title="Alluvione in Emilia-Romagna, 14 morti e 36 mila sfollati", head="ld",
     site="Corriere della Sera", pub="2023-05-18T21:18:00+02:00", author="Giusi Fasano",
     chrome_top='<header class="header"><a class="header__logo" href="/">Corriere della Sera</a><nav class="header__nav"><a>Politica</a><a>Cronache</a><a>Economia</a><a>Sport</a><a>Cultura</a><a>Spettacoli</a></nav><a class="header__abbonati">Abbonati</a></header>\n',
     before='<main><section class="body-article"><div class="article-header"><p class="occhiello">Il maltempo</p><h1 class="title-art-hp">Alluvione in Emilia-Romagna, 14 morti e 36 mila sfollati</h1>'
            '<p class="summary-art">Ventitré fiumi esondati, 280 frane. Il governo stanzia i primi 20 milioni</p>'
            '<p class="writer">di <span>Giusi Fasano</span></p><p class="is-last-update">18 maggio 2023 (modifica il 18 maggio 2023 | 21:18)</p></div>'
            '<div class="chapter"><div class="chapter-paragraph">',
     blocks=[
         _p("Sono salite a 14 le vittime dell’alluvione che ha colpito l’Emilia-Romagna. Gli sfollati sono oltre 36 mila, la maggior parte nel Ravennate."),
         _p("In due giorni è caduta la pioggia di sei mesi: 23 fiumi sono esondati e si contano 280 frane, secondo la Protezione civile regionale."),
         _x('<div class="box-related"><p class="box-related__title">Leggi anche</p><ul><li><a>Alluvione, la mappa dei fiumi esondati</a></li><li><a>Come aiutare le zone colpite</a></li></ul></div>'),
         _p("Il Consiglio dei ministri ha dichiarato lo stato di emergenza e stanziato i primi 20 milioni di euro."),
         _x("<p>18 maggio 2023 (modifica il 18 maggio 2023 | 21:18)</p>"),
         _x("<p>© RIPRODUZIONE RISERVATA</p>"),
     ],
     after='</div></div><div class="newsletter-box"><p>Iscriviti alla newsletter "Il Punto" di Corriere della Sera</p></div></section></main>',
     chrome_bottom=_foot("Copyright 2023 © RCS Mediagroup S.p.a. Tutti i diritti sono riservati", ("Servizi", "Scrivi", "Cookie policy", "Preferenze sui cookie", "Privacy")))

page("lemonde", "https://www.lemonde.fr/planete/article/2022/08/05/secheresse-la-france-en-crise-de-l-eau_6137289_3244.html",
     lang="fr", title="Sécheresse : la France face à une crise de l’eau historique", head="ld",
     site="Le Monde.fr", pub="2022-08-05T11:42:00+02:00", author="Martine Valo",
     chrome_top='<header class="Header"><a class="Header__logo" href="/">Le Monde</a><nav class="Nav"><a>International</a><a>Politique</a><a>Société</a><a>Planète</a><a>Économie</a><a>Culture</a></nav><a class="Header__subscribe">S’abonner</a><a>Se connecter</a></header>\n',
     before='<main id="habillagepub"><section class="zone zone--article"><header class="article__header"><h1 class="article__title">Sécheresse : la France face à une crise de l’eau historique</h1>'
            '<p class="article__desc">Plus d’une centaine de communes sont privées d’eau potable. Tous les départements de métropole sont concernés par des restrictions.</p>'
            '<div class="meta meta__publisher"><span class="meta__author">Martine Valo</span><span class="meta__date">Publié le 05 août 2022 à 11h42</span><span class="meta__reading-time">Temps de Lecture 3 min.</span></div></header>'
            '<article class="article__content">',
     blocks=[
         _p("La sécheresse qui frappe la France depuis le printemps est désormais qualifiée d’historique. Plus d’une centaine de communes n’ont plus d’eau potable au robinet et sont ravitaillées par camions-citernes.", "article__paragraph"),
         _p("Tous les départements de métropole sont soumis à des restrictions d’usage, dont 62 au niveau « crise », le plus élevé.", "article__paragraph"),
         _x('<section class="inread js-services-inread"><p class="inread__title">Lire aussi</p><a>Canicule : la carte des départements en vigilance</a></section>'),
         _h("Des nappes au plus bas", "h2"),
         _p("Juillet a été le mois le plus sec depuis 1961, avec un déficit de pluie de 84 % par rapport à la normale, selon Météo-France.", "article__paragraph"),
         _x('<section class="paywall"><p>Il vous reste 68.42% de cet article à lire. La suite est réservée aux abonnés.</p><a>S’abonner</a></section>'),
     ],
     after='</article><footer class="article__footer"><p class="article__footer-single">Martine Valo</p><div class="services"><a>Partager</a></div></footer></section></main>',
     chrome_bottom=_foot("Le Monde Groupe, toute reproduction interdite", ("Mentions légales", "Charte du Monde.fr", "Politique de confidentialité", "Gestion des cookies")))

# ---------------------------------------------------------------------------------------------
# Latin America

page("lanacion-ar", "https://www.lanacion.com.ar/economia/el-indec-informo-la-inflacion-de-enero-nid14022024/",
     lang="es", title="La inflación de enero fue de 20,6% y acumuló 254% en un año", head="ld",
     site="LA NACION", pub="2024-02-14T16:05:00-03:00", author="Sofía Diamante",
     chrome_top='<header class="header"><a class="header__logo" href="/">LA NACION</a><nav><a>Política</a><a>Economía</a><a>Sociedad</a><a>Opinión</a><a>Deportes</a><a>Lifestyle</a></nav><a class="header__suscribite">Suscribite</a></header>\n',
     before='<main><article class="nota"><div class="com-header"><p class="com-volanta">Datos del Indec</p><h1 class="com-title">La inflación de enero fue de 20,6% y acumuló 254% en un año</h1>'
            '<h2 class="com-subhead">El dato fue menor al de diciembre, pero la suba anual es la más alta desde 1991</h2>'
            '<div class="com-author">Sofía Diamante</div><time class="com-date">14 de febrero de 2024</time></div>'
            '<div class="cuerpo__nota">',
     blocks=[
         _p("La inflación de enero fue de 20,6%, según informó hoy el Indec, con lo que la suba de precios de los últimos doce meses llegó a 254,2%, la más alta desde 1991.", "com-paragraph"),
         _p("El dato fue menor al 25,5% de diciembre, el mes de la devaluación, y también inferior a lo que esperaban los analistas privados.", "com-paragraph"),
         _x('<div class="mod-notas-relacionadas"><p class="mod-title">Seguí leyendo</p><ul><li><a>Cuánto aumentan las prepagas en marzo</a></li></ul></div>'),
         _p("Los rubros que más aumentaron fueron Bienes y servicios varios (44,4%) y Transporte (26,3%), mientras que Educación fue el de menor suba (5,6%).", "com-paragraph"),
         _x('<div class="trust-project"><p>Conforme a los criterios de <a>The Trust Project</a></p><a>Más información</a></div>'),
     ],
     after='</div><div class="com-tags"><a>Inflación</a><a>Indec</a></div><div class="com-suscription"><p>¿Ya tenés suscripción? <a>Ingresá</a></p></div></article></main>',
     chrome_bottom=_foot("Copyright 2024 SA LA NACION | Todos los derechos reservados", ("Términos y condiciones", "Política de privacidad", "Mapa del sitio", "Ayuda")))

page("elcomercio-pe", "https://elcomercio.pe/lima/sucesos/sismo-de-magnitud-5-5-remecio-lima-esta-manana-noticia/",
     lang="es", title="Sismo de magnitud 5,5 remeció Lima esta mañana", head="ld",
     site="El Comercio Perú", pub="2021-11-28T07:40:00-05:00", author="Redacción EC",
     chrome_top='<header class="nav"><a class="nav__logo" href="/">El Comercio</a><ul class="nav__list"><li><a>Lima</a></li><li><a>Perú</a></li><li><a>Economía</a></li><li><a>Mundo</a></li><li><a>Deporte Total</a></li></ul><a class="nav__btn">Suscríbete</a></header>\n',
     before='<main><div class="story-header"><h1 class="sht__title">Sismo de magnitud 5,5 remeció Lima esta mañana</h1>'
            '<h2 class="sht__summary">El Instituto Geofísico del Perú informó que el epicentro se ubicó en el mar, frente a Chilca.</h2>'
            '<div class="s-multimedia"><img src="/sismo.jpg"><figcaption>Vecinos salieron a las calles tras el movimiento. (Foto: GEC)</figcaption></div>'
            '<div class="s-author"><a>Redacción EC</a><time>28/11/2021 07:40 h</time></div></div>'
            '<div class="story-contents__content">',
     blocks=[
         _p("Un sismo de magnitud 5,5 se registró a las 6:52 a.m. de este domingo en Lima, informó el Instituto Geofísico del Perú (IGP).", "story-contents__font-paragraph"),
         _p("El epicentro se ubicó a 22 kilómetros al sur de Chilca, en la provincia de Cañete, a una profundidad de 48 kilómetros.", "story-contents__font-paragraph"),
         _x('<div class="story-contents__related"><p>TE PUEDE INTERESAR</p><ul><li><a>¿Qué hacer antes, durante y después de un sismo?</a></li><li><a>Mapa de sismos en el Perú</a></li></ul></div>'),
         _p("El Instituto Nacional de Defensa Civil (Indeci) indicó que hasta el momento no se reportan daños personales ni materiales.", "story-contents__font-paragraph"),
         _x('<div class="story-contents__video"><p>VIDEO RECOMENDADO</p><div class="video-player"><span>Sismo en Lima: así se vivió el movimiento</span></div></div>'),
     ],
     after='</div><div class="st-tags"><a>Sismo</a><a>IGP</a></div></main>',
     chrome_bottom=_foot("© Empresa Editora El Comercio. Todos los derechos reservados", ("Contacto", "Términos y condiciones", "Política de privacidad")))

page("elmundo-co", "https://www.elmundo.com/noticia/Metro-de-Medellin-amplia-horario-por-Feria-de-las-Flores/384512",
     lang="es", title="Metro de Medellín amplía su horario por la Feria de las Flores", head="og",
     site="El Mundo", pub="2019-08-02T09:20:00-05:00", author="Redacción Medellín",
     chrome_top='<div id="cabezote"><a class="logo" href="/">El Mundo</a><ul id="menu"><li><a>Antioquia</a></li><li><a>Colombia</a></li><li><a>Economía</a></li><li><a>Deportes</a></li><li><a>Cultura</a></li><li><a>Opinión</a></li></ul></div>\n',
     before='<div id="contenido"><div class="noticia"><p class="seccion">Antioquia</p><h1 class="titulo">Metro de Medellín amplía su horario por la Feria de las Flores</h1>'
            '<p class="sumario">El servicio irá hasta la medianoche del 2 al 11 de agosto.</p><p class="autor">Redacción Medellín | Publicado el 02 de agosto de 2019</p>'
            '<div class="foto"><img src="/metro.jpg"><p class="pie">El Metro movilizó 1,2 millones de pasajeros el día del Desfile de Silleteros en 2018. Foto: Archivo</p></div>'
            '<div class="texto">',
     blocks=[
         _p("El Metro de Medellín extenderá su horario de servicio hasta las 12:00 de la noche durante los días de la Feria de las Flores, del 2 al 11 de agosto."),
         _p("La empresa informó que las líneas A y B, el Metroplús y los cables operarán con más trenes y buses en las horas de mayor demanda."),
         _x('<p><strong>Lea también:</strong> <a>Así será el Desfile de Silleteros 2019</a></p>'),
         _p("El domingo 11 de agosto, día del Desfile de Silleteros, el servicio comenzará a las 4:00 de la mañana."),
         _p("La Alcaldía espera la visita de más de 100.000 turistas durante los diez días de la feria."),
     ],
     after='</div><div class="compartir"><a>Facebook</a><a>Twitter</a><a>WhatsApp</a></div><div class="comentarios"><h3>Comentarios</h3><p>Para comentar debe estar registrado.</p></div></div></div>',
     chrome_bottom=_foot("© Copyright 2019 El Mundo. Todos los derechos reservados. Medellín, Colombia", ("Quiénes somos", "Contáctenos", "Políticas de privacidad")))

# ---------------------------------------------------------------------------------------------
# Indonesian and Chinese papers

page("kompas", "https://nasional.kompas.com/read/2024/02/14/20150011/hasil-quick-count-pilpres-2024",
     lang="id", title="Hasil Quick Count Pilpres 2024: Prabowo-Gibran Unggul", head="ld",
     site="KOMPAS.com", pub="2024-02-14T20:15:00+07:00", author="Fika Nurul Ulya",
     chrome_top='<div class="header"><a class="logo" href="/">KOMPAS.com</a><ul class="nav"><li><a>News</a></li><li><a>Nasional</a></li><li><a>Regional</a></li><li><a>Money</a></li><li><a>Tekno</a></li><li><a>Bola</a></li></ul><a>Masuk</a></div>\n',
     before='<div class="container"><div class="read__header"><h1 class="read__title">Hasil Quick Count Pilpres 2024: Prabowo-Gibran Unggul</h1>'
            '<div class="read__time">Kompas.com - 14/02/2024, 20:15 WIB</div><div class="read__credit">Penulis <a>Fika Nurul Ulya</a> | Editor <a>Bagus Santosa</a></div></div>'
            '<div class="photo"><img src="/prabowo.jpg"><div class="photo__caption">Capres nomor urut 2 Prabowo Subianto di Jakarta, Rabu (14/2/2024). KOMPAS.com/ADHYASTA DIRGANTARA</div></div>'
            '<div class="read__content"><div class="clearfix">',
     blocks=[
         _p("<strong>JAKARTA, KOMPAS.com</strong> - Pasangan calon presiden dan wakil presiden nomor urut 2, Prabowo Subianto-Gibran Rakabuming Raka, unggul dalam hitung cepat atau <em>quick count</em> Pemilu Presiden 2024."),
         _p("Berdasarkan hitung cepat Litbang Kompas dengan data masuk 95 persen, Prabowo-Gibran meraih 58,47 persen suara."),
         _x('<p><strong>Baca juga: <a class="inner-link-baca-juga">Jadwal Pengumuman Hasil Pilpres 2024 oleh KPU</a></strong></p>'),
         _p("Pasangan nomor urut 1, Anies Baswedan-Muhaimin Iskandar, memperoleh 25,25 persen suara, sedangkan pasangan nomor urut 3, Ganjar Pranowo-Mahfud MD, memperoleh 16,28 persen."),
         _p("Hasil resmi pemilu akan diumumkan Komisi Pemilihan Umum (KPU) paling lambat 20 Maret 2024."),
         _x('<div class="kompasidRec"><p>Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram "Kompas.com News Update", caranya klik link <a>https://t.me/kompascomupdate</a>, kemudian join.</p></div>'),
     ],
     after='</div></div><div class="read__tagging"><h3>Tag</h3><a>Pilpres 2024</a><a>Quick Count</a></div>'
           '<div class="read__also"><h3>Berita Terkait</h3><ul><li><a>KPU: Rekapitulasi Dimulai 15 Februari</a></li></ul></div></div>',
     chrome_bottom=_foot("Copyright 2008 - 2024 PT. Kompas Cyber Media (Kompas Gramedia Digital Group). All Rights Reserved.", ("About Us", "Advertise", "Policy", "Pedoman Media Siber", "Career")))

page("detik", "https://news.detik.com/berita/d-6912345/gunung-marapi-erupsi-11-pendaki-tewas",
     lang="id", title="Gunung Marapi Erupsi, 11 Pendaki Ditemukan Tewas", head="ld",
     site="detikNews", pub="2023-12-04T14:32:00+07:00", author="Tim detikSumut",
     chrome_top='<header class="header"><a class="header__logo" href="/">detikNews</a><nav class="nav"><a>Berita</a><a>Daerah</a><a>Internasional</a><a>Kolom</a><a>Foto</a><a>Video</a><a>Hukum</a></nav><a>Masuk</a><a>Daftar</a></header>\n',
     before='<div class="container"><article class="detail"><div class="detail__header"><h1 class="detail__title">Gunung Marapi Erupsi, 11 Pendaki Ditemukan Tewas</h1>'
            '<div class="detail__author">Tim detikSumut - detikNews</div><div class="detail__date">Senin, 04 Des 2023 14:32 WIB</div></div>'
            '<div class="detail__media"><figure><img src="/marapi.jpg"><figcaption class="detail__media-caption">Erupsi Gunung Marapi di Sumatera Barat (Foto: dok. PVMBG)</figcaption></figure></div>'
            '<div class="detail__body-text itp_bodycontent">',
     blocks=[
         _p("<strong>Agam</strong> - Sebanyak 11 pendaki ditemukan tewas setelah Gunung Marapi di Sumatera Barat erupsi pada Minggu (3/12) sore. Tim SAR gabungan masih mencari 12 pendaki lainnya."),
         _p("\"Sebelas orang ditemukan meninggal dunia di sekitar kawah,\" kata Kepala Basarnas Padang Abdul Malik kepada wartawan, Senin (4/12/2023)."),
         _x('<table class="linksisip"><tbody><tr><td><div class="lihatjg"><strong>Baca juga:</strong><a>Status Gunung Marapi Naik, Warga Diminta Menjauh 3 Km</a></div></td></tr></tbody></table>'),
         _p("Menurut Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG), status Gunung Marapi berada di Level II atau Waspada sejak 2011."),
         _p("Sebanyak 75 pendaki tercatat naik ke gunung itu sebelum erupsi terjadi. Sebagian besar sudah dievakuasi."),
         _x('<div class="detail__body-tag"><div class="nav"><a>gunung marapi</a><a>erupsi</a><a>sumatera barat</a></div></div>'),
         ("<strong>(idn/idn)</strong>", "(idn/idn)"),
     ],
     after='</div><div class="detail__share"><a>Share</a></div><div class="komentar"><p>Hide Ads</p></div></article><div class="box-recommend"><h3>Berita Terkait</h3><a>Kronologi Erupsi Marapi</a></div></div>',
     chrome_bottom=_foot("Copyright @ 2023 detikcom. All right reserved", ("Redaksi", "Pedoman Media Siber", "Karir", "Kotak Pos", "Info Iklan")))

page("udn", "https://udn.com/news/story/6656/7687423",
     lang="zh-TW", title="颱風卡努逼近 氣象署發布海上警報", head="ld",
     site="聯合新聞網", pub="2023-08-08T11:35:00+08:00", author="記者孫宇青",
     chrome_top='<header class="header"><a class="header__logo" href="/">聯合新聞網</a><nav><a>要聞</a><a>社會</a><a>地方</a><a>全球</a><a>兩岸</a><a>產經</a><a>股市</a></nav><a>登入</a></header>\n',
     before='<main><section class="article-content"><h1 class="article-content__title">颱風卡努逼近 氣象署發布海上警報</h1>'
            '<section class="authors"><time class="article-content__time">2023-08-08 11:35</time><span class="article-content__author">聯合報／ 記者孫宇青／台北即時報導</span></section>'
            '<figure class="article-content__cover"><img src="/khanun.jpg"><figcaption>颱風卡努路徑潛勢圖。圖／取自氣象署</figcaption></figure>'
            '<section class="article-content__editor">',
     blocks=[
         _p("中央氣象署今天上午11時30分發布卡努颱風海上警報，警戒區域為台灣東北部海面及東南部海面。"),
         _p("氣象署指出，卡努颱風目前為中度颱風，暴風圈正逐漸進入台灣東北部海面，預估明天起北部及東半部地區風雨將明顯增強。"),
         _x('<div class="story-list__holder story-list__holder--inline"><p>延伸閱讀</p><ul><li><a>颱風假怎麼放？各縣市停班停課標準一次看</a></li></ul></div>'),
         _p("氣象署提醒，民眾應注意強風豪雨，避免前往海邊及山區。"),
         _x('<p class="hide-for-print"><a>＞＞加入udn粉絲團，掌握即時新聞</a></p>'),
     ],
     after='</section><section class="keywords"><a>颱風</a><a>卡努</a><a>海上警報</a></section></section></main>',
     chrome_bottom=_foot("Copyright © 2023 udn.com All Rights Reserved.", ("關於我們", "服務條款", "隱私權聲明", "著作權聲明")))

# ---------------------------------------------------------------------------------------------
# Page shapes

page("live-score-recap", "https://www.sportsnet.example/basketball/nba/raptors-beat-celtics-overtime-recap/",
     lang="en", title="Raptors outlast Celtics in overtime behind Barnes’ 32", head="ld",
     site="Sports Net", pub="2023-12-10T22:41:00-05:00", author="Michael Grange",
     chrome_top=_nav("Sports Net", ["NHL", "NBA", "MLB", "Soccer", "Scores", "Watch"]),
     before='<main><div class="scoreboard-widget"><div class="scoreboard-widget__team"><span>BOS</span><span class="score">116</span></div><div class="scoreboard-widget__team"><span>TOR</span><span class="score">121</span></div><span class="scoreboard-widget__status">Final/OT</span><a>Box Score</a><a>Play-by-Play</a></div>'
            '<article class="article"><h1>Raptors outlast Celtics in overtime behind Barnes’ 32</h1><div class="byline">Michael Grange <time>December 10, 2023, 10:41 PM</time></div>'
            '<div class="article-body">',
     blocks=[
         _p("TORONTO — Scottie Barnes scored 32 points, including seven in overtime, and the Toronto Raptors beat the Boston Celtics 121-116 on Sunday night."),
         _p("Pascal Siakam added 22 points and 11 rebounds, and Dennis Schröder had 14 assists for Toronto, which won for the third time in four games."),
         _p("Jayson Tatum led Boston with 35 points, but missed a 3-pointer with 12 seconds left in regulation that would have won it."),
         _h("By the numbers", "h3"),
         _table([["", "BOS", "TOR"], ["Field goals", "42-95", "44-90"], ["3-pointers", "15-44", "11-31"], ["Rebounds", "48", "51"], ["Turnovers", "11", "9"]], "stats-table"),
         _h("Up next", "h3"),
         _p("Celtics: Host Cleveland on Tuesday night."),
         _p("Raptors: Visit Brooklyn on Wednesday night."),
     ],
     after='</div><div class="video-widget"><p>WATCH: Barnes takes over in OT</p><span>1:42</span></div></article></main>',
     chrome_bottom=_foot("© 2023 Sports Net. All rights reserved.", ("About", "Contact", "Privacy", "Terms")))

page("weather-alert", "https://www.wxnews.example/news/2022/12/22/winter-storm-warning-arctic-blast-midwest",
     lang="en-US", title="Winter storm warning: Arctic blast to bring blizzard conditions to the Midwest", head="og",
     site="WX News", pub="2022-12-22T06:15:00-06:00", author="Weather Desk",
     chrome_top=_nav("WX News", ["Forecast", "Radar", "Alerts", "News", "Video", "Hurricane Central"]),
     before='<main><div class="alert-banner alert-banner--warning" role="alert"><strong>WINTER STORM WARNING</strong> in effect until 6 PM CST Friday for Cook County. <a>View all alerts</a><a>Radar</a></div>'
            '<article class="news-article"><h1>Winter storm warning: Arctic blast to bring blizzard conditions to the Midwest</h1><p class="byline">By <a>Weather Desk</a> · Updated 6:15 AM CST Dec 22, 2022</p>'
            '<div class="news-article__body">',
     blocks=[
         _p("A powerful winter storm will sweep across the Midwest on Thursday and Friday, bringing heavy snow, winds gusting to 50 mph and a plunge in temperatures of 30 degrees or more in a few hours."),
         _p("The National Weather Service has issued winter storm and blizzard warnings from Iowa to Michigan. Chicago is expected to get 3 to 6 inches of snow, with whiteout conditions at times."),
         _h("What to expect", "h2"),
         _ul(["Snow: 3 to 8 inches across northern Illinois and southern Wisconsin", "Wind: gusts to 50 mph, causing blowing and drifting snow", "Wind chills: 20 to 35 below zero by Friday morning"]),
         _x('<div class="forecast-module"><h3>Chicago, IL</h3><p>Now 28°</p><p>Tonight 2° · Snow</p><a>10-day forecast</a></div>'),
         _p("Travel could become very difficult to impossible, especially Thursday night. Forecasters urged people to finish holiday trips by Thursday afternoon."),
         _p("Frostbite can occur on exposed skin in as little as 10 minutes at these wind chills."),
     ],
     after='</div><div class="share"><a>Share</a></div></article><aside class="trending"><h3>Trending</h3><a>Weekend forecast</a></aside></main>',
     chrome_bottom=_foot("© 2022 WX News. All rights reserved.", ("About", "Contact", "Privacy", "Terms of Use")))

page("election-results", "https://www.localnews.example/politics/2022/11/09/governor-race-results-county-by-county",
     lang="en-US", title="Governor’s race: Hobbs narrowly leads Lake as count continues", head="ld",
     site="Local News", pub="2022-11-09T08:02:00-07:00", author="Stacey Barchenger",
     chrome_top=_nav("Local News", ["News", "Politics", "Elections", "Sports", "Opinion", "Obituaries"]),
     before='<main><article class="story"><h1 class="story__headline">Governor’s race: Hobbs narrowly leads Lake as count continues</h1><div class="story__byline">Stacey Barchenger <time>Nov. 9, 2022</time></div>'
            '<div class="story__body">',
     blocks=[
         _p("Democrat Katie Hobbs held a narrow lead over Republican Kari Lake on Wednesday morning in the race for governor, with hundreds of thousands of ballots still to be counted."),
         _x('<div class="election-widget" data-race="gov"><div class="election-widget__header"><h4>Governor</h4><span>82% of expected vote counted</span></div>'
            '<table class="election-widget__table"><tr><th>Candidate</th><th>Votes</th><th>Pct.</th></tr><tr><td>Katie Hobbs (D)</td><td>1,113,542</td><td>50.3%</td></tr><tr><td>Kari Lake (R)</td><td>1,099,987</td><td>49.7%</td></tr></table>'
            '<p class="election-widget__source">Source: Associated Press · Updated 7:45 a.m.</p><a>See full results</a></div>'),
         _p("Maricopa County officials said they expected to release the next batch of results Wednesday evening, and that the full count could take until next week."),
         _p("Lake said at her election-night party that she was confident of winning. Hobbs told supporters she would wait for every vote to be counted."),
         _x("<p><em>Reach reporter Stacey Barchenger at stacey.barchenger@localnews.example or on Twitter @sbarchenger.</em></p>"),
     ],
     after='</div><div class="story__support"><p>Support local journalism. <a>Subscribe today</a>.</p></div></article></main>',
     chrome_bottom=_foot("© 2022 Local News. All rights reserved.", ("Contact Us", "Privacy Notice", "Terms of Service")))

page("what-we-know", "https://www.newsdesk.example/world/2024/04/14/iran-attack-israel-what-we-know",
     lang="en-GB", title="Iran’s attack on Israel: what we know so far", head="ld",
     site="News Desk", pub="2024-04-14T09:12:00+01:00", author="Staff and agencies",
     chrome_top=_nav("News Desk", ["World", "UK", "Business", "Science", "Sport", "Opinion"]),
     before='<main><article class="article"><h1>Iran’s attack on Israel: what we know so far</h1><p class="standfirst">Key questions answered after Tehran launched more than 300 drones and missiles overnight</p>'
            '<p class="byline">Staff and agencies · Sun 14 Apr 2024 09.12 BST</p><div class="article-body">',
     blocks=[
         _h("What happened?", "h2"),
         _p("Iran launched more than 300 drones and missiles at Israel late on Saturday, in its first direct military attack on the country."),
         _h("Was anyone hurt?", "h2"),
         _p("Israel said 99% of the projectiles were intercepted. A seven-year-old girl was seriously injured by shrapnel in the south of the country."),
         _x('<aside class="element-rich-link"><p>Explainer</p><a>Why Iran and Israel are enemies</a></aside>'),
         _h("Why did Iran attack?", "h2"),
         _p("Tehran said it was retaliating for a strike on its consulate in Damascus on 1 April that killed senior commanders of the Revolutionary Guards."),
         _h("What happens next?", "h2"),
         _p("Western leaders have urged Israel not to escalate. Israel’s war cabinet met on Sunday to discuss its response."),
     ],
     after='</div><div class="contributions"><p>… as you’re joining us today from the UK, we have a small favour to ask. <a>Support us</a></p></div></article></main>',
     chrome_bottom=_foot("© 2024 News Desk. All rights reserved.", ("About us", "Contact", "Privacy policy", "Terms")))

page("reddit-embed", "https://www.techblog.example/2022/09/19/players-report-bug-wipes-saves",
     lang="en-US", title="Players say a patch is wiping their saves, and the studio is investigating", head="yoast",
     site="Tech Blog", pub="2022-09-19T12:20:00+00:00", author="Jordan Lee",
     chrome_top=_nav("Tech Blog", ["News", "Reviews", "Guides", "Deals", "Podcast"]),
     before='<main><article class="post"><h1 class="entry-title">Players say a patch is wiping their saves, and the studio is investigating</h1><div class="entry-meta">By <a>Jordan Lee</a> · September 19, 2022</div>'
            '<div class="entry-content">',
     blocks=[
         _p("A patch released on Friday appears to be deleting some players’ save files, according to dozens of reports on the game’s subreddit and official forums."),
         _p("One widely shared post, upvoted more than 8,000 times, describes losing a 120-hour save after the update:"),
         _reddit("PSA: Don’t install patch 1.4 yet, it wiped my 120 hour save", "kestrel_jumps", "GameName"),
         _p("The studio said on Twitter that it was “aware of reports of save data issues” and was investigating. It advised players to back up their saves manually until a fix is released."),
         _x('<div class="wp-block-buttons"><a class="wp-block-button__link">Read our full review</a></div>'),
         _p("<em>Update, 4:10 p.m. ET: The studio has pulled the patch and says a hotfix will follow this week.</em>"),
     ],
     after='</div><div class="author-box"><p>Jordan Lee covers games and tech for Tech Blog.</p></div><div class="comments-area"><h3>2 comments</h3></div></article></main>',
     chrome_bottom=_foot("© 2022 Tech Blog", ("About", "Ethics", "Contact", "Privacy Policy")))


GROUPS: dict[str, tuple[str, ...]] = {
    "us-digital": ("theverge", "polygon", "vox", "slate", "intercept", "motherjones"),
    "asia-gulf-english": ("nikkei-asia", "joongang-daily", "thestar-my", "gulfnews"),
    "europe": ("derstandard", "rbc", "corriere", "lemonde"),
    "latin-america": ("lanacion-ar", "elcomercio-pe", "elmundo-co"),
    "other-scripts": ("kompas", "detik", "udn"),
    "page-shapes": ("live-score-recap", "weather-alert", "election-results", "what-we-know", "reddit-embed"),
}
