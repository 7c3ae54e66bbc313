# ruff: noqa: E501
"""Look-alike article pages of portals republishing news-agency copy (IANS, PTI, ANI, APP,
BSS, UNB, RSS, WAM, Bernama, AFP, Reuters, AP), written from what the sites printed around
2020-2025: the head with the metadata the site carries (incomplete where it is), the printed
header and byline, the copy as the portal prints the wire's dateline (kept, rewritten as
"New Delhi:" or dropped), and the in-text boilerplate such pages carry: feed notes ("auto-
generated from a syndicated feed", "published from a wire agency feed without modifications
to the text"), "Also Read" links, "Follow us" lines, share bars, author boxes with the
agency's bio, "Load more".

The records follow `tests.wire_pages`: `agency` is the normalised wire name, `dateline` the
place; authors are the reporters the page names, else the wire as the page credits it as
author (byline or author metadata), none where it credits no author; the body is the copy
(a standfirst printed apart from it, above the copy, is the record's subtitle, as the
project's fixtures have it), bare closing wire credits ("--IANS", "— Bernama",
"(With PTI inputs)") and "(Reporting by …)" lines kept, while desk slugs, dated rights lines,
feed notes and the sites' notes are not.

`pages()` yields `tests.publisher_pages.Page`s; `ablated` strips the metadata.
`python -m tests.repub_measure -v` prints the figures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tests.publisher_pages import Page, _doc, _ld, _metas, _news_ld, _ps, _text, ablated
from tests.wire_pages import _footer, _most_read, _nav, _share, _truth

__all__ = ["Page", "ablated", "pages"]

_IANS_BIO = ("Indo-Asian News Service or IANS is a private Indian news agency. It was founded "
             "in 1986 by Indian American publisher Gopal Raju as the \"India Abroad News "
             "Service\" and later renamed.")


def _also(text: str, href: str = "/news/also-read") -> str:
    return f'<p><strong>Also Read | <a href="{href}">{text}</a></strong></p>'


def _og(title: str, site: str, desc: str | None = None, *, pub: str | None = None,
        mod: str | None = None, author: str | None = None, section: str | None = None) -> str:
    pairs = [("property", "og:title", title), ("property", "og:site_name", site),
             ("property", "og:type", "article")]
    if desc:
        pairs.append(("property", "og:description", desc))
    if pub:
        pairs.append(("property", "article:published_time", pub))
    if mod:
        pairs.append(("property", "article:modified_time", mod))
    if section:
        pairs.append(("property", "article:section", section))
    if author:
        pairs.append(("name", "author", author))
    return _metas(pairs)


# ---------------------------------------------------------------------------------------------
# India, English


def ndtv_ians() -> Page:
    url = "https://www.ndtv.com/world-news/japan-approves-record-defence-budget-7268999"
    title = "Japan Approves Record Defence Budget Amid Regional Tensions"
    paras = ["Tokyo: Japan's cabinet on Friday approved a record defence budget of 8.7 trillion "
             "yen for the next fiscal year, as the country continues its military build-up "
             "amid growing regional tensions.",
             "The budget, which marks the 13th straight annual increase, includes funds for "
             "long-range missiles and the development of a next-generation fighter jet with "
             "Britain and Italy.",
             "Prime Minister Shigeru Ishiba has pledged to double defence spending to about "
             "two per cent of GDP by 2027.",
             "China's defence ministry criticised the move, saying Japan should reflect on its "
             "history."]
    pub = "2024-12-27T13:03:00+05:30"
    head = (_og(title, "NDTV", paras[0][7:], pub=pub, mod=pub, author="Indo-Asian News Service",
                section="World News")
            + _news_ld(title, pub, pub, ["Indo-Asian News Service"], "NDTV", url))
    body = (_nav("NDTV", ["Home", "Live TV", "Latest", "India", "World", "Cities"])
            + '<div class="sp-hd"><h1 class="sp-ttl">' + title + '</h1>'
            '<nav class="pst-by"><ul class="pst-by_ul"><li class="pst-by_li"><span class="pst-by_lnk">'
            '<a href="/author/indo-asian-news-service">Indo-Asian News Service</a></span></li>'
            '<li class="pst-by_li">World News</li><li class="pst-by_li"><span itemprop="dateModified" '
            'content="' + pub + '">Dec 27, 2024 13:03 pm IST</span></li></ul></nav></div>'
            + _share("shr_wr") + '<div class="ins_instory_dv"><img src="/jp.jpg"></div>'
            '<div itemprop="articleBody" class="Art-exp_wr" id="ignorediv">' + _ps(paras)
            + '<p><i>(Except for the headline, this story has not been edited by NDTV staff and is '
            'published from a syndicated feed.)</i></p></div>'
            '<div class="tgs_wr"><a href="/topic/japan">Japan</a><a href="/topic/defence">Defence</a></div>'
            + _most_read("Trending", ["Delhi air quality remains very poor", "Sensex opens higher"])
            + _footer(["Copyright © NDTV Convergence Limited 2024. All rights reserved."]))
    return Page("ndtv-ians", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["Indo-Asian News Service"], pub, pub, "IANS", "Tokyo"))


def theprint_pti() -> Page:
    url = "https://theprint.in/india/sc-seeks-centres-reply-on-plea-over-bail-conditions/2415123/"
    title = "SC seeks Centre's reply on plea over bail conditions"
    paras = ["New Delhi, Dec 17 (PTI) The Supreme Court on Tuesday sought the Centre's reply on a "
             "plea challenging conditions imposed on undertrials while granting bail.",
             "A bench of Justices B R Gavai and K V Viswanathan issued notice and tagged the "
             "matter with a pending petition.",
             "The petitioner said many undertrials remained in jail despite bail orders as they "
             "could not furnish sureties."]
    pub, mod = "2024-12-17T13:03:45+05:30", "2024-12-17T13:03:45+05:30"
    head = (_og(title, "ThePrint", paras[0][:120], pub=pub, mod=mod, section="India")
            + _ld({"@context": "https://schema.org", "@graph": [
                {"@type": "NewsArticle", "headline": title, "datePublished": pub,
                 "dateModified": mod, "author": {"@type": "Person", "name": "PTI",
                                                 "url": "https://theprint.in/author/pti/"},
                 "publisher": {"@type": "Organization", "name": "ThePrint"}},
                {"@type": "WebPage", "@id": url, "name": title + " – ThePrint"}]}))
    body = (_nav("ThePrint", ["Politics", "Governance", "Economy", "India", "Opinion"], "td-header-wrap")
            + '<div class="td-post-header"><ul class="td-category"><li><a href="/category/india/">'
            'India</a></li></ul><h1 class="tdb-title-text">' + title + '</h1>'
            '<div class="tdb-author-name-wrap"><span class="tdb-author-by">By</span> '
            '<a class="tdb-author-name" href="/author/pti/">PTI</a></div>'
            '<time class="entry-date updated td-module-date" datetime="' + pub + '">17 December, 2024 '
            '01:03 pm IST</time></div>' + _share("td-post-sharing")
            + '<div class="td-post-content tagdiv-type">' + _ps(paras)
            + '<p>ABS RT RT</p><p><em>This report is auto-generated from PTI news service. '
            'ThePrint holds no responsibility for its content.</em></p></div>'
            '<div class="td-a-rec"><p>Subscribe to our channels on YouTube, Telegram &amp; WhatsApp</p>'
            '<h4>Support Our Journalism</h4><p>India needs fair, non-hyphenated and questioning '
            'journalism, packed with on-ground reporting. ThePrint is proud to have reporters.</p>'
            '<a href="/subscribe">Subscribe now</a></div>'
            + _footer(["Copyright © 2024 Printline Media Pvt. Ltd. All rights reserved."]))
    return Page("theprint-pti", url, _doc("en", title + " – ThePrint", head, body),
                _truth(title, _text(paras), ["PTI"], pub, mod, "PTI", "New Delhi"))


def outlook_pti() -> Page:
    url = "https://www.outlookindia.com/national/kerala-reports-fresh-bird-flu-outbreak-in-alappuzha"
    title = "Kerala Reports Fresh Bird Flu Outbreak In Alappuzha"
    paras = ["Alappuzha (Kerala), Mar 12 (PTI) A fresh outbreak of avian influenza has been "
             "confirmed at a duck farm in Kerala's Alappuzha district, officials said on Wednesday.",
             "Samples sent to the National Institute of High Security Animal Diseases in Bhopal "
             "tested positive for the H5N1 virus, they said.",
             "The district administration has ordered the culling of birds within a one-kilometre "
             "radius of the affected farm."]
    pub = "2025-03-12T13:03:00+05:30"
    head = (_og(title, "Outlook India", paras[0][30:150], pub=pub, mod=pub, author="PTI")
            + _news_ld(title, pub, pub, ["PTI"], "Outlook India", url))
    body = (_nav("Outlook", ["National", "International", "Sports", "Business", "Magazine"])
            + '<div class="story-wrap"><p class="story-cat"><a href="/national">National</a></p>'
            '<h1 class="story-title">' + title + '</h1>'
            '<div class="author-wrap"><div class="author-name">PTI</div>'
            '<p class="date">Updated on: 12 March 2025 1:03 pm</p></div>' + _share("social-share")
            + '<figure><img src="/bird.jpg"><figcaption>Representative image Photo: PTI'
            '</figcaption></figure><div id="articleBody" class="story-content">' + _ps(paras)
            + '</div><div class="tags"><a href="/tag/bird-flu">Bird Flu</a></div></div>'
            + _most_read("Trending Stories", ["IPL 2025 schedule", "Gold prices today"])
            + _footer(["© 2025 Outlook Publishing (India) Pvt. Ltd. All Rights Reserved"]))
    return Page("outlook-pti", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["PTI"], pub, pub, "PTI", "Alappuzha"))


def devdiscourse_reuters() -> Page:
    url = "https://www.devdiscourse.com/article/business/3212345-oil-prices-rise-on-supply-concerns"
    title = "Oil prices rise on supply concerns"
    paras = ["Oil prices rose on Tuesday as concerns over tighter supplies from sanctions on "
             "Russia and Iran outweighed worries about weaker demand in China.",
             "Brent crude futures rose 62 cents, or 0.8%, to $73.53 a barrel by 0800 GMT, while "
             "U.S. West Texas Intermediate crude futures gained 58 cents to $70.30.",
             "\"Supply risks remain elevated,\" analysts at ING said in a note.",
             "(Reporting by Colleen Howe in Beijing; Editing by Jamie Freed)"]
    pub, mod = "2024-12-17T13:03:00+05:30", "2024-12-17T13:03:00+05:30"
    head = (_og(title, "Devdiscourse", paras[0], pub=pub, mod=mod, author="Devdiscourse News Desk")
            + _news_ld(title, pub, mod, ["Devdiscourse News Desk"], "Devdiscourse", url))
    body = (_nav("Devdiscourse", ["Business", "Science", "Technology", "Health", "Politics"])
            + '<div class="container"><h1>' + title + '</h1>'
            '<div class="author-time"><span>Devdiscourse News Desk</span> | <span>Beijing</span> | '
            '<span>Updated: 17-12-2024 13:03 IST</span> | <span>Created: 17-12-2024 13:03 IST</span>'
            '</div>' + _share("share-post")
            + '<div class="img-container"><img src="/oil.jpg"><p>Representative Image. Image Credit: '
            'ANI</p></div><div id="storyBody" class="story-body">' + _ps(paras)
            + '<p>(This story has not been edited by Devdiscourse staff and is auto-generated from '
            'a syndicated feed.)</p></div>'
            '<div class="tags"><a href="/tags/oil">Oil</a></div>'
            + _most_read("Trending", ["Rupee falls to record low", "Gold steadies"])
            + '</div>' + _footer(["Devdiscourse © 2024"]))
    return Page("devdiscourse", url, _doc("en", title + " | Business", head, body),
                _truth(title, _text(paras), ["Colleen Howe"], pub, mod, "Reuters", None))


def latestly_ians() -> Page:
    url = "https://www.latestly.com/agency-news/business-news-sensex-nifty-close-higher-on-banking-gains-6512345.html"
    title = "Business News | Sensex, Nifty Close Higher on Banking Gains"
    paras = ["Mumbai, Jan 8 (IANS) Indian equity benchmarks closed higher on Wednesday, led by "
             "gains in banking and financial stocks.",
             "The Sensex ended 224 points higher at 78,199, while the Nifty rose 37 points to "
             "23,689.",
             "Market experts said buying by domestic institutions supported the indices."]
    pub = "2025-01-08T16:10:00+05:30"
    head = (_og(title, "LatestLY", paras[0], pub=pub, mod=pub, author="Agency News")
            + _news_ld(title, pub, pub, ["Agency News"], "LatestLY", url))
    body = (_nav("LatestLY", ["News", "Sports", "Entertainment", "Technology", "Lifestyle"])
            + '<div class="article-wrap"><div class="breadcrumb"><a href="/">Home</a> » '
            '<a href="/agency-news/">Agency News</a></div><h1 class="heading-title">' + title + '</h1>'
            '<div class="author-details"><span>Agency News</span> <span class="source">IANS</span> '
            '| <span class="time">Jan 08, 2025 04:10 PM IST</span></div>'
            '<p class="article-notice">A one-stop shop for all things video games.</p>'
            + _share("social-share")
            + '<div class="article-content">'
            '<p class="note">Get latest articles and stories on Business at LatestLY.</p>'
            + _ps(paras)
            + '<p>(This is an unedited and auto-generated story from Syndicated News feed, LatestLY '
            'Staff may not have modified or edited the content body)</p></div>'
            '<div class="share-this">Share Now</div></div>'
            + _most_read("Most Read", ["Horoscope today", "Weather forecast"])
            + _footer(["Copyright © 2025 LatestLY.com. All Rights Reserved."]))
    return Page("latestly", url, _doc("en", title + " | LatestLY", head, body),
                _truth(title, _text(paras), ["IANS"], pub, pub, "IANS", "Mumbai"))


def business_standard_pti() -> Page:
    url = "https://www.business-standard.com/industry/news/coal-india-output-rises-7-in-november-124121700512_1.html"
    title = "Coal India output rises 7% to 68.9 million tonnes in November"
    lead = "State-owned Coal India's production rose 7 per cent to 68.9 million tonnes in November"
    paras = ["State-owned Coal India's production rose 7 per cent to 68.9 million tonnes in "
             "November compared with the year-ago period.",
             "The company had produced 64.4 MT in November 2023, Coal India said in a regulatory "
             "filing.",
             "Offtake, or supply, of the dry fuel rose 2.1 per cent to 63.2 MT during the month."]
    pub, mod = "2024-12-17T13:03:00+05:30", "2024-12-17T13:03:00+05:30"
    head = (_og(title, "Business Standard", lead, pub=pub, mod=mod)
            + _news_ld(title, pub, mod, ["Press Trust of India"], "Business Standard", url))
    body = (_nav("Business Standard", ["Markets", "Companies", "Industry", "Economy", "Opinion"])
            + '<div class="storydetail"><h1 class="stryhdtp">' + title + '</h1>'
            '<h2 class="strydsc">' + lead + '</h2>'
            '<div class="author-row"><span class="font-bold">Press Trust of India</span> '
            '<span>New Delhi</span></div>'
            '<div class="meta-info">Last Updated : Dec 17 2024 | 1:03 PM IST</div>'
            + _share("social-icons") + '<div class="storycontent" id="parent_top_div">'
            + _ps(paras)
            + '<p><i>(Only the headline and picture of this report may have been reworked by the '
            'Business Standard staff; the rest of the content is auto-generated from a syndicated '
            'feed.)</i></p></div><div class="firstpublish">First Published: Dec 17 2024 | 1:03 PM IST'
            '</div></div>' + _footer(["Copyrights © 2024 Business Standard Private Ltd. All rights reserved"]))
    return Page("bs-pti", url, _doc("en", title + " | Industry News - Business Standard", head, body),
                _truth(title, _text(paras), ["Press Trust of India"], pub, mod,
                       "PTI", "New Delhi"))


def tribune_pti() -> Page:
    url = "https://www.tribuneindia.com/news/india/centre-extends-free-ration-scheme-for-five-years/"
    title = "Centre extends free ration scheme for five years"
    paras = ["The Union Cabinet on Wednesday approved the extension of the free foodgrain scheme "
             "for 81 crore beneficiaries for five years from January 1.",
             "The scheme, under which beneficiaries get 5 kg of rice or wheat free every month, "
             "will cost the exchequer about Rs 11.8 lakh crore.",
             "Information and Broadcasting Minister Anurag Thakur announced the decision at a "
             "press briefing."]
    pub, mod = "2023-11-29T13:03:00+05:30", "2023-11-29T14:20:00+05:30"
    head = (_og(title, "The Tribune", paras[0], pub=pub, mod=mod, author="PTI")
            + _news_ld(title, pub, mod, ["PTI"], "The Tribune", url))
    body = (_nav("The Tribune", ["Punjab", "Haryana", "Himachal", "Nation", "World"])
            + '<div class="glb-heading"><h1>' + title + '</h1></div>'
            '<div class="time-share"><div class="ag-name">PTI</div>'
            '<div class="timesTag">New Delhi, Updated At : 02:20 PM Nov 29, 2023 IST</div></div>'
            + _share("share-icons")
            + '<div class="story-desc"><div class="img-sec"><img src="/ration.jpg"><p>'
            'Photo for representation.</p></div>' + _ps(paras)
            + '<p>Follow us on <a href="#">Facebook</a> and join our WhatsApp channel.</p></div>'
            + _most_read("Most Read", ["Punjab weather", "Chandigarh traffic advisory"])
            + _footer(["© 2023 The Tribune Trust, All Rights Reserved."]))
    return Page("tribune-pti", url, _doc("en", title + " - The Tribune", head, body),
                _truth(title, _text(paras), ["PTI"], pub, mod, "PTI", "New Delhi"))


def deccanherald_pti() -> Page:
    url = "https://www.deccanherald.com/india/karnataka/bengaluru-metro-yellow-line-to-open-in-january-3318123"
    title = "Bengaluru Metro Yellow Line to open in January"
    paras = ["Bengaluru: The Bangalore Metro Rail Corporation Limited (BMRCL) on Tuesday said the "
             "much-delayed Yellow Line from R V Road to Bommasandra is likely to open in January.",
             "Driverless trains for the line are being tested and the safety inspection would be "
             "completed by the end of this month, officials said.",
             "The 19-km line is expected to ease traffic congestion in the Electronic City area."]
    pub, mod = "2024-12-17T13:03:00+05:30", "2024-12-17T13:03:00+05:30"
    head = (_og(title, "Deccan Herald", paras[0][11:], pub=pub, mod=mod, author="PTI")
            + _news_ld(title, pub, mod, ["PTI"], "Deccan Herald", url))
    body = (_nav("Deccan Herald", ["India", "Karnataka", "World", "Business", "Opinion"])
            + '<div class="story-header"><h1 class="headline">' + title + '</h1>'
            '<div class="byline"><div class="author-name">PTI</div>'
            '<div class="date">Last Updated : 17 December 2024, 13:03 IST</div></div></div>'
            + _share("share-story") + '<div class="story-element story-element-text">'
            + _ps(paras[:2]) + '<p><strong>Also Read | <a href="/x">BMRCL plans fare revision</a>'
            '</strong></p>' + _ps(paras[2:])
            + '<p>(Published 17 December 2024, 13:03 IST)</p>'
            '<p>Follow us on : <a href="#">Facebook</a> <a href="#">Instagram</a></p></div>'
            + _most_read("Latest News", ["Karnataka bandh called off", "Mysuru Dasara"])
            + _footer(["© 2024 The Printers (Mysore) Private Ltd."]))
    return Page("deccanherald-pti", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["PTI"], pub, mod, "PTI", "Bengaluru"))


def theweek_pti() -> Page:
    url = "https://www.theweek.in/wire-updates/national/2024/12/17/del45-ec-rolls.html"
    title = "EC to revise electoral rolls in four states"
    paras = ["New Delhi, Dec 17 (PTI) The Election Commission on Tuesday announced a special "
             "summary revision of electoral rolls in four states ahead of next year's polls.",
             "The draft rolls will be published on January 6 and claims and objections can be "
             "filed till January 20, it said.",
             "The final rolls will be published on February 10."]
    head = (_og(title, "The Week", paras[0][28:])
            + _metas([("name", "Last-Modified", "2024-12-17 13:03:00")]))
    body = (_nav("The Week", ["India", "World", "Business", "Health", "Wire Updates"])
            + '<div class="article-header"><h1 class="article-title">' + title + '</h1>'
            '<div class="article-author"><span class="author">PTI</span> '
            '<span class="date-time">Updated: December 17, 2024 13:03 IST</span></div></div>'
            + _share("share-block") + '<div class="article-text">' + _ps(paras)
            + '<p>PTI ABS RT RT</p></div>'
            '<div class="disclaimer">This story is provided by PTI. THE WEEK holds no responsibility '
            'for its content.</div>'
            + _most_read("Latest", ["Health ministry issues advisory", "Rupee opens flat"])
            + _footer(["Copyright © 2024 The Week. All rights reserved."]))
    return Page("theweek-pti", url, _doc("en", title + " | The Week", head, body),
                _truth(title, _text(paras), ["PTI"], None, "2024-12-17T13:03:00+05:30", "PTI",
                       "New Delhi"))


def fpj_ians() -> Page:
    url = "https://www.freepressjournal.in/india/air-india-flight-makes-emergency-landing-in-chennai"
    title = "Air India Flight Makes Emergency Landing In Chennai After Technical Snag"
    paras = ["Chennai, Oct 11 (IANS) An Air India flight from Tiruchirappalli to Sharjah made a "
             "safe emergency landing at the Chennai airport on Friday after it developed a "
             "hydraulic snag, officials said.",
             "The Boeing 737 with 141 passengers on board circled over the city for over two "
             "hours to burn fuel before landing.",
             "Director General of Civil Aviation has ordered an inquiry into the incident."]
    pub = "2024-10-11T22:15:00+05:30"
    head = (_og(title, "Free Press Journal", paras[0][24:], pub=pub, mod=pub, author="IANS")
            + _news_ld(title, pub, pub, ["IANS"], "Free Press Journal", url))
    body = (_nav("Free Press Journal", ["Mumbai", "India", "World", "Business", "Sports"])
            + '<div class="article-wrap"><h1 class="article-heading">' + title + '</h1>'
            '<div class="author-strip"><span class="author-name">IANS</span>'
            '<span class="pub-date">Updated: Friday, October 11, 2024, 10:15 PM IST</span></div>'
            + _share("share-strip") + '<div class="article-content"><figure><img src="/ai.jpg">'
            '<figcaption>Air India | File Photo</figcaption></figure>'
            + _ps(paras[:2]) + _also("Mumbai Airport Sees Record Footfall In September")
            + _ps(paras[2:]) + '</div>'
            '<div class="follow">Follow us on <a href="#">Google News</a></div></div>'
            + _most_read("Trending", ["Mumbai rains", "Local train update"])
            + _footer(["Copyright © 2024 The Free Press Journal. All Rights Reserved."]))
    return Page("fpj-ians", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["IANS"], pub, pub, "IANS", "Chennai"))


def lokmat_ians() -> Page:
    url = "https://www.lokmattimes.com/business/rbi-keeps-repo-rate-unchanged-at-65-pc-a-a517/"
    title = "RBI keeps repo rate unchanged at 6.5 pc"
    paras = ["Mumbai, Oct 9 The Reserve Bank of India (RBI) on Wednesday kept the repo rate "
             "unchanged at 6.5 per cent for the tenth consecutive time.",
             "RBI Governor Shaktikanta Das said the Monetary Policy Committee decided by a 5:1 "
             "majority to keep the key rate steady.",
             "The committee changed its stance to 'neutral' from 'withdrawal of accommodation'."]
    pub = "2024-10-09T10:30:04+05:30"
    head = (_og(title, "Lokmat Times", paras[0][12:], pub=pub, mod=pub, author="IANS")
            + _news_ld(title, pub, pub, ["IANS"], "Lokmat Times", url))
    body = (_nav("Lokmat Times", ["National", "Business", "Entertainment", "Sports", "Mumbai"])
            + '<div class="article-header"><h1>' + title + '</h1>'
            '<div class="auth-info"><span>By IANS</span> | <span>Published: October 9, 2024 10:30 AM'
            '</span></div></div>' + _share("share-box") + '<div class="article-body">'
            + _ps(paras) + '</div><div class="tags">Open in app</div>'
            + _most_read("Trending", ["Maharashtra polls", "Pune weather"])
            + _footer(["© 2024 Lokmat Media Pvt. Ltd."]))
    return Page("lokmat-ians", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["IANS"], pub, pub, "IANS", "Mumbai"))


def zeenews_ians() -> Page:
    url = "https://zeenews.india.com/india/isro-to-launch-spadex-mission-on-december-30-2832123.html"
    title = "ISRO To Launch SpaDeX Mission On December 30"
    paras = ["Bengaluru, Dec 24 (IANS) The Indian Space Research Organisation (ISRO) will launch "
             "its Space Docking Experiment (SpaDeX) mission on December 30, the space agency "
             "said on Tuesday.",
             "The mission aims to demonstrate the technology for docking two spacecraft in orbit, "
             "a capability needed for India's planned space station.",
             "The twin satellites will be launched on a PSLV-C60 rocket from Sriharikota."]
    pub, mod = "2024-12-24T17:44:00+05:30", "2024-12-24T17:44:00+05:30"
    head = (_og(title, "Zee News", paras[0][25:], pub=pub, mod=mod)
            + _news_ld(title, pub, mod, ["IANS"], "Zee News", url, author_type="Organization"))
    body = (_nav("Zee News", ["India", "World", "Business", "Sports", "Technology"])
            + '<div class="article_content"><h1 class="article-heading">' + title + '</h1>'
            '<div class="article_byline"><span>Written By <a href="/author/ians">IANS</a></span>'
            '<span>|Last Updated: Dec 24, 2024, 05:44 PM IST</span><span>|Source: IANS</span></div>'
            + _share("social_share") + '<div class="article_description" id="fullArticle">'
            + _ps(paras[:1]) + '<p><strong>Trending Photos</strong></p>' + _ps(paras[1:])
            + '<p>(This story has not been edited by Zee News staff and is auto-generated from a '
            'syndicated feed.)</p></div></div>'
            + _most_read("Trending News", ["Gold rate today", "Weather update"])
            + _footer(["Copyright © 2024 Zee Media Corporation Ltd."]))
    return Page("zeenews-ians", url, _doc("en", title + " | India News | Zee News", head, body),
                _truth(title, _text(paras), ["IANS"], pub, mod, "IANS", "Bengaluru"))


def moneycontrol_pti() -> Page:
    url = "https://www.moneycontrol.com/news/business/gst-collections-rise-8-5-to-rs-1-82-lakh-crore-12885123.html"
    title = "GST collections rise 8.5% to Rs 1.82 lakh crore in November"
    lead = "Gross GST collections rose 8.5 per cent to Rs 1.82 lakh crore in November."
    paras = ["Gross Goods and Services Tax (GST) collections rose 8.5 per cent to about Rs 1.82 "
             "lakh crore in November, government data released on Sunday showed.",
             "Collections stood at Rs 1.68 lakh crore in November last year.",
             "Refunds worth Rs 19,259 crore were issued during the month, an 8.9 per cent "
             "decline over the year-ago period."]
    pub, mod = "2024-12-01T19:53:00+05:30", "2024-12-01T19:53:00+05:30"
    head = (_og(title, "Moneycontrol", lead, pub=pub, mod=mod)
            + _news_ld(title, pub, mod, ["PTI"], "Moneycontrol", url, author_type="Organization"))
    body = (_nav("moneycontrol", ["Markets", "News", "Portfolio", "Commodities", "Mutual Funds"])
            + '<div class="page_left_wrapper"><h1 class="article_title artTitle">' + title + '</h1>'
            '<h2 class="article_desc">' + lead + '</h2>'
            '<div class="article_schedule"><span>PTI</span> / <span>December 01, 2024 / 07:53 PM IST'
            '</span></div>' + _share("social_icons_wrapper")
            + '<div class="content_wrapper arti-flow" id="contentdata">' + _ps(paras)
            + '<p>Discover the latest Business News, Sensex, and Nifty updates. Obtain Personal '
            'Finance insights, tax queries, and expert opinions on Moneycontrol or download the '
            'Moneycontrol App to stay updated!</p></div>'
            '<div class="tags_first_line">Tags: #GST #Business</div></div>'
            + _footer(["Copyright © Network18 Media & Investments Limited. All rights reserved."]))
    return Page("moneycontrol-pti", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["PTI"], pub, mod, "PTI", None))


def mint_pti() -> Page:
    url = "https://www.livemint.com/news/india/indigo-to-add-new-international-routes-11734421012345.html"
    title = "IndiGo to add 10 new international routes next year"
    paras = ["New Delhi, Dec 17 (PTI) IndiGo will add 10 new international destinations next "
             "year as part of its expansion plans, CEO Pieter Elbers said on Tuesday.",
             "The airline, which has a domestic market share of over 60 per cent, is also set to "
             "induct wide-body aircraft.",
             "Elbers said the airline expects to fly over 100 million passengers in the current "
             "fiscal."]
    pub, mod = "2024-12-17T13:03:00+05:30", "2024-12-17T13:03:00+05:30"
    head = (_og(title, "mint", paras[0][28:], pub=pub, mod=mod, author="PTI")
            + _news_ld(title, pub, mod, ["PTI"], "mint", url))
    body = (_nav("mint", ["Latest", "Markets", "Money", "Industry", "Opinion"])
            + '<div class="storyPage"><h1 id="article-0" class="headline">' + title + '</h1>'
            '<div class="storyPageMetaData"><span class="author">PTI</span> '
            '<span class="articleInfo pubtime">Updated17 Dec 2024, 01:03 PM IST</span></div>'
            + _share("socialHolder") + '<div class="storyParagraph">' + _ps(paras[:2])
            + _also("IndiGo Q2 results: Airline posts loss") + _ps(paras[2:])
            + '</div><div class="disclaimer"><em>This story has been published from a wire agency '
            'feed without modifications to the text. Only the headline has been changed.</em></div>'
            '<div class="catchAll">Catch all the Business News, Market News, Breaking News Events '
            'and Latest News Updates on Live Mint. Download The Mint News App to get Daily Market '
            'Updates.</div></div>'
            + _footer(["Copyright © HT Digital Streams Ltd All Right Reserved"]))
    return Page("mint-pti", url, _doc("en", title + " | Mint", head, body),
                _truth(title, _text(paras), ["PTI"], pub, mod, "PTI", "New Delhi"))


def etvbharat_pti() -> Page:
    url = "https://www.etvbharat.com/en/!bharat/centre-releases-flood-relief-funds-to-five-states-enn24121701234"
    title = "Centre Releases Flood Relief Funds To Five States"
    paras = ["New Delhi: The Centre has released Rs 1,554 crore as additional central assistance "
             "to five states that were hit by floods and landslides this year, officials said "
             "on Tuesday.",
             "The funds have been approved by a high-level committee chaired by Union Home "
             "Minister Amit Shah.",
             "Andhra Pradesh, Telangana and Tripura are among the states that will receive the "
             "assistance."]
    pub, mod = "2024-12-17T13:03:00+05:30", "2024-12-17T14:11:00+05:30"
    head = (_og(title, "ETV Bharat News", paras[0][11:], pub=pub, mod=mod)
            + _news_ld(title, pub, mod, ["PTI"], "ETV Bharat", url, author_type="Organization"))
    body = (_nav("ETV Bharat", ["Bharat", "State", "International", "Business", "Sports"])
            + '<div class="article-wrap"><h1>' + title + '</h1>'
            '<div class="byline"><span>By PTI</span><p>Published : Dec 17, 2024, 1:03 PM IST</p>'
            '<p>Updated : Dec 17, 2024, 2:11 PM IST</p></div>' + _share("share-icons")
            + '<div class="content">' + _ps(paras[:2])
            + '<p><strong>Read More</strong></p><ol><li><a href="/x">Kerala seeks more funds for '
            'Wayanad</a></li></ol>' + _ps(paras[2:]) + '</div>'
            '<div class="app-promo">For All Latest Updates <a href="/app">Download ETV Bharat App'
            '</a></div></div>'
            + _footer(["Copyright © 2024 Ushodaya Enterprises Pvt. Ltd., All Rights Reserved."]))
    return Page("etvbharat-pti", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["PTI"], pub, mod, "PTI", "New Delhi"))


def telangana_today_pti() -> Page:
    url = "https://telanganatoday.com/india-to-host-asian-athletics-championships-in-2026"
    title = "India to host Asian Athletics Championships in 2026"
    paras = ["New Delhi: India will host the Asian Athletics Championships in 2026, the Athletics "
             "Federation of India (AFI) said on Monday.",
             "The continental event will be held in Bhubaneswar, AFI president Bahadur Singh "
             "Sagoo said.",
             "India last hosted the championships in 2017."]
    pub, mod = "2024-11-25T13:03:00+05:30", "2024-11-25T13:03:00+05:30"
    head = (_og(title, "Telangana Today", paras[0][11:], pub=pub, mod=mod)
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": pub, "dateModified": mod,
                   "author": {"@type": "Person", "name": "PTI",
                              "url": "https://telanganatoday.com/author/pti"}}))
    body = (_nav("Telangana Today", ["Telangana", "Hyderabad", "India", "World", "Sport"])
            + '<div class="post-content"><h1 class="entry-title">' + title + '</h1>'
            '<div class="post-meta"><span>By <a href="/author/pti">PTI</a></span> '
            '<span class="date">Published Date - 25 November 2024, 01:03 PM</span></div>'
            + _share("ssb") + '<div class="entry-content">' + _ps(paras) + '</div>'
            '<div class="tags"><a href="/tag/athletics">athletics</a></div>'
            '<div class="author-box"><h4>PTI</h4><p>Press Trust of India (PTI) is the largest news '
            'agency in India.</p></div>'
            + _most_read("Related News", ["Neeraj Chopra wins", "Hyderabad FC loses"])
            + '</div>' + _footer(["© 2024 Telangana Today"]))
    return Page("telanganatoday-pti", url, _doc("en", title + "-Telangana Today", head, body),
                _truth(title, _text(paras), ["PTI"], pub, mod, "PTI", "New Delhi"))


def wp_portal_ians_bio() -> Page:
    # An Indian WordPress news portal printing IANS copy under the agency's author box
    # (the seed page): "This post was last modified on …", "Share", the bio, "Load more...".
    url = "https://www.newsdrum.example.in/world/talks-on-future-of-russian-bases-in-syria-kremlin/"
    title = "Talks on future of Russian military bases in Syria in progress: Kremlin"
    lead = "Russia currently operates two military bases in Syria."
    paras = ["Moscow, Dec 16 (IANS) Russia is still in talks with the Syrian side on the status "
             "of Russia's military bases in the country, Kremlin spokesman Dmitry Peskov said on "
             "Monday.",
             "The spokesman said that no final decisions have been made on the issue.",
             "Russia currently operates two military bases in Syria: a naval base in the port "
             "city of Tartus and an air base near Jableh."]
    pub, mod = "2024-12-16T19:03:00+05:30", "2024-12-17T13:03:00+05:30"
    head = (_og(title, "NewsDrum", lead, pub=pub, mod=mod, author="Indo-Asian News Service")
            + _news_ld(title, pub, mod, ["Indo-Asian News Service"], "NewsDrum", url))
    body = (_nav("NewsDrum", ["India", "World", "Business", "Sports", "Entertainment"])
            + '<div class="site-content"><article class="post type-post"><header class="entry-header">'
            '<span class="cat-links"><a href="/category/middle-east/">Middle East</a></span>'
            '<h1 class="entry-title">' + title + '</h1><p class="excerpt">' + lead + '</p></header>'
            '<div class="entry-content">' + _ps(paras) + '<p>--IANS</p></div>'
            '<footer class="entry-footer"><p class="last-modified">This post was last modified on '
            'December 17, 2024 1:03 pm</p><div class="share-title">Share</div>' + _share("sharing")
            + '<div class="author-box"><a class="author-name" href="/author/ians/">Indo-Asian News '
            'Service</a><p>' + _IANS_BIO + '</p></div></footer></article>'
            '<button class="load-more">Load more...</button></div>'
            + _footer(["© 2024 NewsDrum. All rights reserved."]))
    return Page("wp-ians-bio", url, _doc("en", title + " - NewsDrum", head, body),
                _truth(title, _text(paras) + "\n\n--IANS", ["Indo-Asian News Service"],
                       pub, mod, "IANS", "Moscow"))


# ---------------------------------------------------------------------------------------------
# India, Hindi


def hindi_ians() -> Page:
    url = "https://www.hindi.example.in/national/pm-modi-to-visit-kuwait-on-december-21/"
    title = "प्रधानमंत्री मोदी 21 दिसंबर को कुवैत की यात्रा पर जाएंगे"
    paras = ["नई दिल्ली, 17 दिसंबर (आईएएनएस)। प्रधानमंत्री नरेंद्र मोदी 21 दिसंबर को दो दिवसीय यात्रा पर "
             "कुवैत जाएंगे। विदेश मंत्रालय ने मंगलवार को यह जानकारी दी।",
             "यह 43 वर्षों में किसी भारतीय प्रधानमंत्री की पहली कुवैत यात्रा होगी।",
             "इस दौरान प्रधानमंत्री कुवैत के अमीर से मुलाकात करेंगे और भारतीय समुदाय को संबोधित करेंगे।"]
    pub, mod = "2024-12-17T13:03:00+05:30", "2024-12-17T13:03:00+05:30"
    head = (_og(title, "हिंदी समाचार", paras[1], pub=pub, mod=mod, author="आईएएनएस")
            + _news_ld(title, pub, mod, ["आईएएनएस"], "हिंदी समाचार", url))
    body = (_nav("हिंदी समाचार", ["देश", "विदेश", "राज्य", "खेल", "मनोरंजन"])
            + '<article class="post"><h1 class="entry-title">' + title + '</h1>'
            '<div class="entry-meta"><span class="author">आईएएनएस</span> <time datetime="' + pub
            + '">17 दिसंबर 2024, 1:03 PM</time></div>' + _share("share-buttons")
            + '<div class="entry-content">' + _ps(paras) + '<p>--आईएएनएस</p><p>एसकेपी/एबीएम</p>'
            '</div><div class="disclaimer">डिस्क्लेमर: यह आईएएनएस न्यूज फीड से सीधे पब्लिश हुई खबर है। '
            'इसके साथ हमारी टीम ने किसी तरह की कोई एडिटिंग नहीं की है।</div></article>'
            + _most_read("ये भी पढ़ें", ["मौसम अपडेट", "शेयर बाजार"])
            + _footer(["© 2024 सर्वाधिकार सुरक्षित।"]))
    return Page("hindi-ians", url, _doc("hi", title, head, body),
                _truth(title, _text(paras) + "\n\n--आईएएनएस", ["आईएएनएस"], pub, mod, "IANS",
                       "नई दिल्ली"))


def hindi_bhasha() -> Page:
    url = "https://www.hindi.example.com/business/sensex-falls-1064-points-bhasha-2024-12-17"
    title = "सेंसेक्स 1,064 अंक टूटा, निफ्टी 24,400 के नीचे"
    paras = ["मुंबई, 17 दिसंबर (भाषा) विदेशी कोषों की निकासी और वैश्विक बाजारों में कमजोर रुख के बीच "
             "मंगलवार को सेंसेक्स 1,064 अंक टूट गया।",
             "तीस शेयरों पर आधारित बीएसई सेंसेक्स 1,064.12 अंक यानी 1.30 प्रतिशत की गिरावट के साथ "
             "80,684.45 अंक पर बंद हुआ।",
             "नेशनल स्टॉक एक्सचेंज का निफ्टी 332.25 अंक गिरकर 24,336 अंक पर आ गया।"]
    pub = "2024-12-17T16:40:00+05:30"
    head = (_og(title, "हिंदी खबर", paras[1], pub=pub)
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": pub, "author": {"@type": "Organization", "name": "भाषा"}}))
    body = (_nav("हिंदी खबर", ["होम", "देश", "बिज़नेस", "खेल", "वीडियो"])
            + '<div class="story"><h1>' + title + '</h1>'
            '<div class="story-byline"><span>भाषा</span> | <span>Updated: 17 Dec 2024, 4:40 pm</span>'
            '</div>' + _share("share") + '<div class="story-body">' + _ps(paras)
            + '<p>भाषा रमण अजय</p></div>'
            '<p class="note">(यह खबर समाचार एजेंसी भाषा की है। इसमें सिर्फ शीर्षक बदला गया है।)</p></div>'
            + _most_read("टॉप खबरें", ["सोने का भाव", "मौसम"])
            + _footer(["कॉपीराइट © 2024"]))
    return Page("hindi-bhasha", url, _doc("hi", title, head, body),
                _truth(title, _text(paras), ["भाषा"], pub, None, "PTI", "मुंबई"))


# ---------------------------------------------------------------------------------------------
# Pakistan, Bangladesh, Nepal


def dawn_app() -> Page:
    url = "https://www.dawn.com/news/1880123/pakistan-china-agree-to-expedite-cpec-projects"
    title = "Pakistan, China agree to expedite CPEC projects"
    lead = "Both sides reaffirm commitment to timely completion of second phase."
    paras = ["ISLAMABAD: Pakistan and China on Tuesday agreed to expedite work on projects under "
             "the second phase of the China-Pakistan Economic Corridor (CPEC).",
             "The understanding was reached at a meeting between Planning Minister Ahsan Iqbal "
             "and Chinese Ambassador Jiang Zaidong in Islamabad.",
             "Both sides also discussed the security of Chinese nationals working in Pakistan."]
    pub, mod = "2024-12-17T13:03:00+05:00", "2024-12-17T15:20:00+05:00"
    head = (_og(title, "DAWN.COM", lead, pub=pub, mod=mod, author="APP")
            + _news_ld(title, pub, mod, ["APP"], "Dawn", url))
    body = (_nav("DAWN", ["Home", "Latest", "Pakistan", "World", "Business", "Opinion"])
            + '<article class="story"><h2 class="story__title"><a class="story__link" href="' + url
            + '">' + title + '</a></h2><div class="story__excerpt">' + lead + '</div>'
            '<div class="story__byline"><span class="story__byline__author"><a href="/authors/app">'
            'APP</a></span><span class="timestamp--label">Published</span> <span class="timestamp--'
            'date">December 17, 2024</span> <span class="timestamp--label">Updated</span> '
            '<span class="timestamp--time">December 17, 2024 03:20pm</span></div>'
            + _share("share-bar") + '<div class="story__content">' + _ps(paras) + '</div>'
            '<div class="story__comments">Comments (12)</div>'
            '<p class="border">Follow Dawn Business on X, LinkedIn, Instagram and Facebook for '
            'insights on business, finance and tech from Pakistan and across the world.</p></article>'
            + _footer(["Copyright © 2024, Dawn"]))
    return Page("dawn-app", url, _doc("en", title + " - Pakistan - DAWN.COM", head, body),
                _truth(title, _text(paras), ["APP"], pub, mod, "APP", "ISLAMABAD"))


def thenews_app() -> Page:
    url = "https://www.thenews.com.pk/latest/1261234-pm-directs-fbr-to-widen-tax-net"
    title = "PM directs FBR to widen tax net"
    paras = ["ISLAMABAD: Prime Minister Shehbaz Sharif on Friday directed the Federal Board of "
             "Revenue (FBR) to bring untaxed sectors into the tax net.",
             "Chairing a review meeting on FBR reforms, the prime minister said the burden on "
             "salaried people should be reduced.",
             "He also ordered the digitisation of the tax collection system at the earliest."]
    pub, mod = "2024-11-29T17:41:00+05:00", "2024-11-29T17:41:00+05:00"
    head = (_og(title, "The News International", paras[0][12:], pub=pub, mod=mod)
            + _news_ld(title, pub, mod, ["APP"], "The News International", url))
    body = (_nav("The News", ["Latest", "Pakistan", "World", "Business", "Sports"])
            + '<div class="detail-heading"><h1>' + title + '</h1></div>'
            '<div class="category-date"><span class="category-source">APP</span> | '
            '<span>November 29, 2024</span></div>' + _share("share-box")
            + '<div class="detail-desc"><div class="story-detail">' + _ps(paras)
            + '</div></div><div class="tags">Prime Minister Shehbaz Sharif, FBR</div>'
            + _most_read("Most Popular", ["Gold price today", "Karachi weather"])
            + _footer(["Copyright © 2024. The News International. All Rights Reserved"]))
    return Page("thenews-app", url, _doc("en", title + " | The News International", head, body),
                _truth(title, _text(paras), ["APP"], pub, mod, "APP", "ISLAMABAD"))


def dailystar_bss() -> Page:
    url = "https://www.thedailystar.net/news/bangladesh/news/govt-approves-7-projects-tk-8000cr-3778555"
    title = "Ecnec approves 7 projects worth Tk 8,000cr"
    paras = ["The Executive Committee of the National Economic Council (Ecnec) today approved "
             "seven development projects involving an estimated cost of Tk 8,033 crore.",
             "The approval came at a meeting chaired by Chief Adviser Professor Muhammad Yunus "
             "at the NEC conference room in the capital's Sher-e-Bangla Nagar.",
             "Of the total cost, Tk 5,245 crore will come from the government's own fund, said "
             "Planning Adviser Wahiduddin Mahmud."]
    pub, mod = "2024-12-17T13:03:00+06:00", "2024-12-17T15:20:00+06:00"
    head = (_og(title, "The Daily Star", paras[0], pub=pub, mod=mod)
            + _news_ld(title, pub, mod, ["BSS"], "The Daily Star", url))
    body = (_nav("The Daily Star", ["Bangladesh", "Investigative Stories", "Business", "Opinion",
                                    "Sports"])
            + '<div class="article-section"><h1 class="fw-700">' + title + '</h1>'
            '<div class="byline-wrapper"><div class="byline">BSS</div>'
            '<div class="date">Tue Dec 17, 2024 01:03 PM</div>'
            '<div class="date">Last update on: Tue Dec 17, 2024 03:20 PM</div></div>'
            + _share("social-share") + '<div class="section-media"><img src="/ecnec.jpg">'
            '<span class="caption">File photo</span></div><div class="pb-20 clearfix">'
            + _ps(paras) + '</div></div>'
            + _most_read("Related topic", ["Ecnec meeting", "ADP implementation"])
            + _footer(["© 2024 thedailystar.net | Powered by: RSI LAB"]))
    return Page("dailystar-bss", url, _doc("en", title + " | The Daily Star", head, body),
                _truth(title, _text(paras), ["BSS"], pub, mod, "BSS", None))


def tbs_unb() -> Page:
    url = "https://www.tbsnews.net/bangladesh/dhaka-records-unhealthy-air-quality-again-1012345"
    title = "Dhaka records 'unhealthy' air quality again"
    paras = ["Dhaka, Dec 17 (UNB) - Dhaka's air quality was classified as 'unhealthy' on Tuesday "
             "morning, with an AQI score of 195 at 9:15am.",
             "Lahore in Pakistan and Delhi in India occupied the first and second spots in the "
             "list of cities with the worst air.",
             "An AQI between 151 and 200 is considered 'unhealthy', particularly for sensitive "
             "groups."]
    pub, mod = "2024-12-17T10:03:00+06:00", "2024-12-17T10:03:00+06:00"
    head = (_og(title, "The Business Standard", paras[0][22:], pub=pub, mod=mod)
            + _news_ld(title, pub, mod, ["UNB"], "The Business Standard", url))
    body = (_nav("TBS", ["Economy", "Bangladesh", "Stocks", "World", "Sports"])
            + '<div class="panel-pane"><h1 class="hide-for-small-only">' + title + '</h1>'
            '<div class="author-section"><div class="author-name">UNB</div>'
            '<div class="date">17 December, 2024, 10:05 am<br>Last modified: 17 December, 2024, '
            '10:03 am</div></div>' + _share("social-share")
            + '<div class="section-content clearfix">' + _ps(paras)
            + '<p>Follow TBS on <a href="#">Google News</a> for the latest updates.</p></div></div>'
            + _footer(["© 2024 The Business Standard. All rights reserved."]))
    return Page("tbs-unb", url, _doc("en", title + " | The Business Standard", head, body),
                _truth(title, _text(paras), ["UNB"], pub, mod, "UNB", "Dhaka"))


def himalayan_rss() -> Page:
    url = "https://thehimalayantimes.com/nepal/govt-to-bring-budget-review-report-next-week"
    title = "Govt to bring budget review report next week"
    paras = ["KATHMANDU, DECEMBER 17", "The Ministry of Finance will make public the mid-term "
             "review of the current fiscal year's budget next week.",
             "Finance Minister Bishnu Prasad Paudel said the review would assess the "
             "implementation of programmes announced in the budget.",
             "Capital expenditure stood at only 12 per cent of the allocation in the first five "
             "months of the fiscal year."]
    pub = "2024-12-17T13:03:00+05:45"
    head = (_og(title, "The Himalayan Times", paras[1], pub=pub, mod=pub)
            + _news_ld(title, pub, pub, ["Rastriya Samachar Samiti"], "The Himalayan Times", url))
    body = (_nav("The Himalayan Times", ["Nepal", "World", "Business", "Opinion", "Sports"])
            + '<div class="mainNews"><h1>' + title + '</h1><div class="author-wrap">'
            '<span class="author"><a href="/author/rss">Rastriya Samachar Samiti</a></span>'
            '<span class="date">Published: 01:03 pm Dec 17, 2024</span></div>' + _share("share")
            + '<div class="detailContent">' + _ps(paras) + '</div></div>'
            + _most_read("Most Popular", ["Kathmandu air quality", "Nepal Stock Exchange"])
            + _footer(["© 2024 The Himalayan Times. All rights reserved."]))
    return Page("himalayan-rss", url, _doc("en", title + " - The Himalayan Times", head, body),
                _truth(title, _text(paras), ["Rastriya Samachar Samiti"], pub, pub, "RSS",
                       "KATHMANDU"))


# ---------------------------------------------------------------------------------------------
# Gulf


def gulfnews_wam() -> Page:
    url = "https://gulfnews.com/uae/government/uae-president-receives-credentials-of-new-ambassadors-1.500012345"
    title = "UAE President receives credentials of new ambassadors"
    paras = ["Abu Dhabi: President His Highness Sheikh Mohamed bin Zayed Al Nahyan on Tuesday "
             "received the credentials of 14 new ambassadors to the UAE.",
             "The ceremony took place at Qasr Al Watan in Abu Dhabi, in the presence of senior "
             "officials.",
             "Sheikh Mohamed wished the ambassadors success in their duties and in strengthening "
             "relations between the UAE and their countries."]
    pub, mod = "2024-12-17T13:03:00+04:00", "2024-12-17T13:03:00+04:00"
    head = (_og(title, "Gulf News", paras[0][12:], pub=pub, mod=mod, author="WAM")
            + _news_ld(title, pub, mod, ["WAM"], "Gulf News", url))
    body = (_nav("Gulf News", ["UAE", "World", "Business", "Sport", "Opinion"])
            + '<div class="story"><h1 class="headline">' + title + '</h1>'
            '<div class="author"><a href="/author/wam">WAM</a></div>'
            '<div class="time">Published: December 17, 2024 13:03</div>' + _share("share-icons")
            + '<div class="story-element">' + _ps(paras) + '</div>'
            '<p class="promo">Stay up to date with the latest news. Follow GN on WhatsApp.</p></div>'
            + _most_read("Most Viewed", ["UAE weather", "Dubai Metro timings"])
            + _footer(["© Al Nisr Publishing LLC 2024. All rights reserved."]))
    return Page("gulfnews-wam", url, _doc("en", title + " | Government – Gulf News", head, body),
                _truth(title, _text(paras), ["WAM"], pub, mod, "WAM", "Abu Dhabi"))


def khaleej_afp() -> Page:
    url = "https://www.khaleejtimes.com/world/europe/french-pm-survives-no-confidence-vote"
    title = "French PM survives no-confidence vote"
    lead = "Bayrou's minority government clears its first major test in parliament"
    paras = ["French Prime Minister Francois Bayrou survived a no-confidence vote in parliament "
             "on Thursday after the Socialists refused to back the motion.",
             "The motion, tabled by the hard-left France Unbowed, received only 131 votes, far "
             "short of the 289 needed.",
             "Bayrou's predecessor Michel Barnier was toppled in a no-confidence vote in "
             "December."]
    pub = "2025-01-16T20:20:00+04:00"
    head = (_og(title, "Khaleej Times", lead, pub=pub, mod=pub)
            + _news_ld(title, pub, pub, ["AFP"], "Khaleej Times", url, author_type="Organization"))
    body = (_nav("Khaleej Times", ["UAE", "World", "Business", "Sports", "Lifestyle"])
            + '<div class="article-top"><h1>' + title + '</h1><p class="lead">' + lead + '</p>'
            '<div class="author-details"><span>by</span> <a href="/author/afp">AFP</a>'
            '<div class="publish-date">Published: Thu 16 Jan 2025, 8:20 PM</div></div></div>'
            + _share("social-share") + '<div class="article-center-wrap"><div class="article-paragraph-wrapper">'
            + _ps(paras[:2]) + '<p><strong>ALSO READ:</strong></p><ul><li><a href="/x">France '
            'names new government</a></li></ul>' + _ps(paras[2:]) + '</div></div>'
            + _most_read("Top Stories", ["UAE public holidays 2025", "Gold price in Dubai"])
            + _footer(["Copyright © 2025 Khaleej Times. All rights reserved."]))
    return Page("khaleej-afp", url, _doc("en", title + " - News | Khaleej Times", head, body),
                _truth(title, _text(paras), ["AFP"], pub, pub, "AFP", None))


def arabnews_reuters() -> Page:
    url = "https://www.arabnews.com/node/2584321/business-economy"
    title = "Saudi inflation steady at 2% in November"
    paras = ["RIYADH: Saudi Arabia's annual inflation rate was steady at 2 percent in November, "
             "official data showed on Sunday.",
             "Housing rents, which rose 10.6 percent, were the main driver of the increase, the "
             "General Authority for Statistics said.",
             "Food and beverage prices rose 0.3 percent from a year earlier."]
    pub, mod = "2024-12-15T13:03:00+03:00", "2024-12-15T13:03:00+03:00"
    head = (_og(title, "Arab News", paras[0][8:], pub=pub, mod=mod)
            + _news_ld(title, pub, mod, ["Reuters"], "Arab News", url))
    body = (_nav("Arab News", ["Saudi Arabia", "Middle East", "World", "Business", "Sport"])
            + '<div class="node"><h1 class="entry-title">' + title + '</h1>'
            '<div class="entry-by"><span class="entry-author">Reuters</span></div>'
            '<div class="entry-date"><time>December 15, 2024 13:03</time></div>'
            + _share("social-links") + '<div class="field-name-field-image"><img src="/riyadh.jpg">'
            '<div class="caption">Short Url</div></div><div class="field-name-body">' + _ps(paras)
            + '</div></div>' + _most_read("Most Popular", ["Saudi stock market", "Riyadh Season"])
            + _footer(["All rights reserved © 2024 Arab News"]))
    return Page("arabnews-reuters", url, _doc("en", title + " | Arab News", head, body),
                _truth(title, _text(paras), ["Reuters"], pub, mod, "Reuters", "RIYADH"))


# ---------------------------------------------------------------------------------------------
# South-east Asia


def malaymail_bernama() -> Page:
    url = "https://www.malaymail.com/news/malaysia/2024/12/17/mof-govt-to-review-diesel-subsidy-rationalisation/161234"
    title = "MOF: Govt to review diesel subsidy rationalisation next year"
    paras = ["KUALA LUMPUR, Dec 17 — The government will review the diesel subsidy "
             "rationalisation programme next year, the Finance Ministry said today.",
             "It said the savings from the programme have been channelled to targeted cash aid "
             "for the people.",
             "The ministry added that fleet card holders will continue to enjoy subsidised diesel "
             "at RM2.15 per litre. — Bernama"]
    pub, mod = "2024-12-17T13:03:00+08:00", "2024-12-17T13:03:00+08:00"
    head = (_og(title, "Malay Mail", paras[0][23:], pub=pub, mod=mod)
            + _news_ld(title, pub, mod, None, "Malay Mail", url))
    body = (_nav("Malay Mail", ["Malaysia", "World", "Money", "Life", "Showbiz"])
            + '<div class="article-header"><h1 class="article-title">' + title + '</h1>'
            '<div class="article-byline"><span>Tuesday, 17 Dec 2024 1:03 PM MYT</span></div></div>'
            + _share("article-share") + '<figure><img src="/diesel.jpg"><figcaption>Fleet card '
            'holders will continue to enjoy subsidised diesel. — Picture by Yusof Mat Isa'
            '</figcaption></figure><div class="article-body">' + _ps(paras) + '</div>'
            '<div class="related">Related Articles</div>'
            + _most_read("Most Read", ["Ringgit opens higher", "Weather warning"])
            + _footer(["Copyright © 2024 Malay Mail. All rights reserved."]))
    return Page("malaymail-bernama", url, _doc("en", title + " | Malay Mail", head, body),
                _truth(title, _text(paras), [], pub, mod, "Bernama", "KUALA LUMPUR"))


def cna_reuters() -> Page:
    url = "https://www.channelnewsasia.com/business/china-retail-sales-slow-november-4812345"
    title = "China's retail sales growth slows sharply in November"
    paras = ["BEIJING: China's retail sales grew at a much slower pace than expected in November, "
             "official data showed on Monday, piling pressure on Beijing to boost consumption.",
             "Retail sales rose 3.0 per cent year-on-year, slowing from 4.8 per cent in October "
             "and missing a forecast of 4.6 per cent in a Reuters poll.",
             "Industrial output grew 5.4 per cent, slightly quicker than expected."]
    pub, mod = "2024-12-16T10:32:00+08:00", "2024-12-16T11:40:00+08:00"
    head = (_og(title, "CNA", paras[0][9:], pub=pub, mod=mod)
            + _news_ld(title, pub, mod, None, "CNA", url))
    body = (_nav("CNA", ["Singapore", "Asia", "World", "Business", "Sport"])
            + '<div class="content-wrapper"><h1 class="h1--page-title">' + title + '</h1>'
            '<div class="article-publish">16 Dec 2024 10:32AM<span>(Updated: 16 Dec 2024 '
            '11:40AM)</span></div>' + _share("social-share")
            + '<div class="text-long">' + _ps(paras) + '</div>'
            '<div class="source">Source: Reuters/fh</div>'
            '<p class="newsletter">Get our pick of top stories and thought-provoking articles in '
            'your inbox. Stay updated with notifications for breaking news.</p></div>'
            + _footer(["Copyright© Mediacorp 2024. Mediacorp Pte Ltd. All rights reserved."]))
    return Page("cna-reuters", url, _doc("en", title + " - CNA", head, body),
                _truth(title, _text(paras), [], pub, mod, "Reuters", "BEIJING"))


def inquirer_afp() -> Page:
    url = "https://globalnation.inquirer.net/261234/south-korea-parliament-impeaches-president-yoon"
    title = "South Korea parliament impeaches President Yoon"
    paras = ["SEOUL, South Korea — South Korean lawmakers voted Saturday to impeach President "
             "Yoon Suk Yeol over his short-lived attempt to impose martial law.",
             "The motion passed with 204 votes in favor in the 300-seat National Assembly.",
             "Yoon will be suspended from office while the Constitutional Court deliberates on "
             "the case."]
    pub = "2024-12-14T17:16:00+08:00"
    head = (_og(title, "INQUIRER.net", paras[0][25:], pub=pub, mod=pub,
                author="Agence France-Presse")
            + _news_ld(title, pub, pub, ["Agence France-Presse"], "INQUIRER.net", url))
    body = (_nav("INQUIRER.net", ["News", "Global Nation", "Business", "Sports", "Lifestyle"])
            + '<div id="landing-headline"><h1 class="entry-title">' + title + '</h1></div>'
            '<div id="art_plat"><div id="art_author"><span><a href="/byline/agence-france-presse">'
            'Agence France-Presse</a></span></div> - <span>05:16 PM December 14, 2024</span></div>'
            + _share("art_share") + '<div id="article_content"><div id="FOR_target_content">'
            + _ps(paras[:2])
            + '<p><strong>READ:</strong> <a href="/x">South Korea\'s Yoon lifts martial law</a></p>'
            + _ps(paras[2:])
            + '<p>Subscribe to our daily newsletter</p>'
            '<p>By providing an email address. I agree to the Terms of Use and acknowledge that '
            'I have read the Privacy Policy.</p></div></div>'
            + _most_read("Read Next", ["PH peso closes lower", "Typhoon update"])
            + _footer(["Copyright © 2024 INQUIRER.net. All Rights Reserved."]))
    return Page("inquirer-afp", url, _doc("en", title + " | Inquirer Global Nation", head, body),
                _truth(title, _text(paras), ["Agence France-Presse"], pub, pub, "AFP",
                       "SEOUL, South Korea"))


# ---------------------------------------------------------------------------------------------
# United States and syndication


def us_paper_ap_contributed() -> Page:
    url = "https://www.daytondailynews.example.com/local/ohio-lawmakers-pass-school-funding-bill/ABC123/"
    title = "Ohio lawmakers pass school funding bill"
    paras = ["COLUMBUS — Ohio lawmakers on Wednesday passed a bill that would change how the "
             "state funds its public schools, sending it to Gov. Mike DeWine's desk.",
             "The measure would phase in a new formula over six years and increase spending on "
             "students with disabilities.",
             "\"This is a generational change,\" said state Rep. Jamie Callender, a Republican "
             "from Concord.",
             "The Associated Press contributed to this report."]
    pub, mod = "2024-12-18T18:45:00-05:00", "2024-12-18T19:02:00-05:00"
    head = (_og(title, "Dayton Daily News", paras[0][11:], pub=pub, mod=mod)
            + _news_ld(title, pub, mod, ["Avery Kreemer"], "Dayton Daily News", url))
    body = (_nav("Dayton Daily News", ["News", "Local", "Sports", "Business", "Opinion"])
            + '<div class="article-headline"><h1>' + title + '</h1></div>'
            '<div class="byline">By <a href="/staff/avery-kreemer/">Avery Kreemer</a></div>'
            '<div class="article-timestamp">Dec 18, 2024</div>' + _share("share-tools")
            + '<div class="article-body">' + _ps(paras) + '</div>'
            '<div class="author-bio"><p>Avery Kreemer covers Ohio politics for the Dayton Daily '
            'News.</p></div>'
            + _most_read("Most Read", ["Weather alert", "High school football scores"])
            + _footer(["© 2024 Cox Media Group Ohio. All Rights Reserved."]))
    return Page("us-ap-contrib", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["Avery Kreemer"], pub, mod, "AP", "COLUMBUS"))


def yahoo_ap() -> Page:
    url = "https://www.yahoo.com/news/fed-cuts-rates-signals-fewer-190512345.html"
    title = "Fed cuts rates but signals fewer reductions next year"
    paras = ["WASHINGTON (AP) — The Federal Reserve cut its key interest rate by a quarter-point "
             "Wednesday but signaled that it expects to reduce rates more slowly next year.",
             "The Fed's 19 policymakers projected that they would cut their benchmark rate just "
             "twice in 2025, down from their forecast of four cuts three months ago.",
             "Chair Jerome Powell said the Fed would be \"cautious\" about further cuts."]
    pub, mod = "2024-12-18T19:05:12.000Z", "2024-12-18T21:10:45.000Z"
    head = (_og(title, "Yahoo News", paras[0][18:], pub=pub, mod=mod)
            + _news_ld(title, pub, mod, ["CHRISTOPHER RUGABER"], "Yahoo News", url,
                       extra={"provider": {"@type": "Organization", "name": "Associated Press"}}))
    body = (_nav("Yahoo News", ["Home", "US", "Politics", "World", "Finance"])
            + '<div class="caas-container"><header class="caas-header"><h1>' + title + '</h1></header>'
            '<div class="caas-attr"><div class="caas-logo"><a href="https://apnews.com/">'
            '<img alt="Associated Press"></a></div><div class="caas-attr-meta"><span '
            'class="caas-author-byline-collapse">CHRISTOPHER RUGABER</span><div '
            'class="caas-attr-time-style"><time datetime="' + pub + '">Wed, December 18, 2024 at '
            '2:05 PM EST</time> · 3 min read</div></div></div>' + _share("caas-share-buttons")
            + '<div class="caas-body">' + _ps(paras)
            + '<p>Related Content</p></div></div>'
            + _most_read("Trending Now", ["Stocks slide", "Winter storm warning"])
            + _footer(["© 2024 Yahoo. All rights reserved."]))
    return Page("yahoo-ap", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["CHRISTOPHER RUGABER"], pub, mod, "AP",
                       "WASHINGTON"))


def usnews_ap() -> Page:
    url = "https://www.usnews.com/news/world/articles/2024-12-17/israel-strikes-houthi-targets-in-yemen"
    title = "Israel Strikes Houthi Targets in Yemen"
    paras = ["JERUSALEM (AP) — Israeli warplanes struck ports and energy infrastructure in "
             "Yemen controlled by the Houthi rebels early Thursday, the military said.",
             "The strikes came hours after the Houthis fired a missile toward Israel that was "
             "intercepted, the military said.",
             "The Houthi-run Al-Masirah TV reported that nine people were killed."]
    pub, mod = "2024-12-17T01:03:00-05:00", "2024-12-17T03:20:00-05:00"
    head = (_og(title, "US News & World Report", paras[0][16:], pub=pub, mod=mod)
            + _news_ld(title, pub, mod, ["Josef Federman", "Jon Gambrell"], "U.S. News & World Report", url))
    body = (_nav("U.S. News", ["News", "Education", "Health", "Money", "Travel"])
            + '<div class="Article"><h1>' + title + '</h1>'
            '<p class="byline">By JOSEF FEDERMAN and JON GAMBRELL, Associated Press</p>'
            '<p class="date">Dec. 17, 2024, at 1:03 a.m.</p>' + _share("share-bar")
            + '<div class="ArticleBody">' + _ps(paras)
            + '<p>Gambrell reported from Dubai, United Arab Emirates.</p>'
            '<p>Copyright 2024 The <a href="https://apnews.com">Associated Press</a>. All rights '
            'reserved. This material may not be published, broadcast, rewritten or redistributed.'
            '</p></div><div class="Tags">Tags: Israel, Yemen</div></div>'
            + _footer(["Copyright 2024 © U.S. News & World Report L.P."]))
    return Page("usnews-ap", url, _doc("en", title + " | World News | US News", head, body),
                _truth(title, _text(paras) + "\n\nGambrell reported from Dubai, United Arab Emirates.",
                       ["Josef Federman", "Jon Gambrell"], pub, mod, "AP", "JERUSALEM"))


def usnews_reuters() -> Page:
    url = "https://www.usnews.com/news/top-news/articles/2024-12-17/uk-wage-growth-picks-up"
    title = "UK Wage Growth Picks up, Adding to BoE Caution on Rates"
    paras = ["LONDON (Reuters) - British wage growth picked up more than expected in the three "
             "months to October, official data showed on Tuesday, likely reinforcing the Bank of "
             "England's caution about cutting interest rates.",
             "Regular pay excluding bonuses rose by an annual 5.2%, the Office for National "
             "Statistics said.",
             "(Reporting by William Schomberg and Suban Abdulla; Editing by Andy Bruce)"]
    pub, mod = "2024-12-17T02:03:00-05:00", "2024-12-17T02:03:00-05:00"
    head = (_og(title, "US News & World Report", paras[0][18:], pub=pub, mod=mod)
            + _news_ld(title, pub, mod, ["Reuters"], "U.S. News & World Report", url,
                       author_type="Organization"))
    body = (_nav("U.S. News", ["News", "Education", "Health", "Money", "Travel"])
            + '<div class="Article"><h1>' + title + '</h1><p class="byline">By Reuters</p>'
            '<p class="date">Dec. 17, 2024, at 2:03 a.m.</p>' + _share("share-bar")
            + '<div class="ArticleBody">' + _ps(paras)
            + '<p>Copyright 2024 Thomson Reuters.</p></div></div>'
            + _footer(["Copyright 2024 © U.S. News & World Report L.P."]))
    return Page("usnews-reuters", url, _doc("en", title + " | Top News | US News", head, body),
                _truth(title, _text(paras), ["William Schomberg", "Suban Abdulla"], pub, mod,
                       "Reuters", "LONDON"))


def ht_reuters() -> Page:
    url = "https://www.hindustantimes.com/world-news/japan-s-exports-rise-for-second-month-101734421012345.html"
    title = "Japan's exports rise for second month as chip demand holds up"
    paras = ["TOKYO (Reuters) - Japan's exports rose for a second straight month in November, "
             "led by shipments of chip-making equipment to China, government data showed on "
             "Wednesday.",
             "Exports grew 3.8% year-on-year, below a median market forecast of 4.8% growth.",
             "Imports fell 3.8%, resulting in a trade deficit of 117.6 billion yen."]
    pub, mod = "2024-12-18T06:03:00+05:30", "2024-12-18T06:03:00+05:30"
    head = (_og(title, "Hindustan Times", paras[0][18:], pub=pub, mod=mod, author="Reuters")
            + _news_ld(title, pub, mod, ["Reuters"], "Hindustan Times", url))
    body = (_nav("Hindustan Times", ["India", "World", "Cities", "Business", "Cricket"])
            + '<div class="fullStory"><h1 class="hdg1">' + title + '</h1>'
            '<div class="actionDiv"><div class="storyBy">By <span>Reuters</span></div>'
            '<div class="dateTime">Dec 18, 2024 06:03 AM IST</div></div>'
            '<h2 class="sortDec">Japan\'s exports rise for second month as chip demand holds up'
            '</h2>' + _share("shareSticky") + '<div class="storyDetails">' + _ps(paras)
            + '<p><i>This article was generated from an automated news agency feed without '
            'modifications to text.</i></p></div></div>'
            + _footer(["Copyright © HT Digital Streams Ltd. All rights reserved."]))
    return Page("ht-reuters", url, _doc("en", title + " - Hindustan Times", head, body),
                _truth(title, _text(paras), ["Reuters"], pub, mod, "Reuters", "TOKYO"))


BUILDERS: tuple[Callable[[], Page], ...] = (
    ndtv_ians, theprint_pti, outlook_pti, devdiscourse_reuters, latestly_ians,
    business_standard_pti, tribune_pti, deccanherald_pti, theweek_pti, fpj_ians, lokmat_ians,
    zeenews_ians, moneycontrol_pti, mint_pti, etvbharat_pti, telangana_today_pti,
    wp_portal_ians_bio, hindi_ians, hindi_bhasha, dawn_app, thenews_app, dailystar_bss,
    tbs_unb, himalayan_rss, gulfnews_wam, khaleej_afp, arabnews_reuters, malaymail_bernama,
    cna_reuters, inquirer_afp, us_paper_ap_contributed, yahoo_ap, usnews_ap, usnews_reuters,
    ht_reuters,
)


def pages() -> Iterator[Page]:
    for build in BUILDERS:
        yield build()

