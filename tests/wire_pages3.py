# ruff: noqa: E501
"""A third set of look-alike article pages of news agencies' own websites, none of them in
`tests.wire_pages` or `tests.wire_pages2`: UPI and the other templates of reuters.com,
apnews.com and AFP's fact-check site; Austria's APA (its science service), the Baltic wires
(LETA, BNS) and ERR News; the Western Balkans' and Moldova's (Fena, MIA, ATA, Moldpres);
the Levant's, Egypt's, Libya's, Sudan's and the Gulf's (NNA, SANA, MENA, LANA, SUNA, BNA);
South and South-East Asia's (VNA, KPL, AKP, UNB, Pajhwok), the Caucasus's and Central
Asia's (Azertac, Kabar); Ghana's GNA; Latin America's (Télam, Noticias Argentinas,
Notimex), IPS; and the big wires' other-language services (Anadolu in Arabic and French,
Xinhua in Spanish and French, Kyodo's 47NEWS in Japanese, Yonhap in Chinese and Japanese).
Written, as the other sets are, from what the sites printed around 2022-2024: the head with
the metadata the site carries (often none, dates often naive), the printed header, the
dateline as the wire prints it ("Dec. 17 (UPI) --", "وطنية -", "RĪGA, 17. decembris,
LETA.", "【ソウル聯合ニュース】", "韩联社首尔12月17日电"), and the body with the wire's
boilerplate (captions and photo credits, "Related", share bars, "--GNA", "(END)", "/ا ش ا/"),
in the agency's own language and script.

Each comes with the record a careful reader expects: `agency` as
`processors.normalise_agency` gives it (or the name the wire goes by, where it is not in the
vocabulary yet), `dateline` as `find_dateline` gives it (the place as printed), authors the
persons named, else the wire as credited (a byline or author metadata), else none. The body
is the standfirst and the copy, dateline included; a bare wire credit closing the copy stays,
desk codes, editors' lines and the sites' notes do not. A broadcaster's newsroom (ERR News)
is no wire: its record has no agency.

`pages()` yields `tests.publisher_pages.Page`s; `ablated` strips the metadata.
`python -m tests.wire_measure -v --set 3` prints the figures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tests.publisher_pages import Page, _doc, _ld, _metas, _news_ld, _ps, _text, ablated
from tests.wire_pages import _footer, _nav, _share, _truth

__all__ = ["Page", "ablated", "pages"]


# ---------------------------------------------------------------------------------------------
# The big wires' other templates


def upi() -> Page:
    url = "https://www.upi.com/Top_News/World-News/2024/12/17/south-korea-yoon-impeachment-court/8721734419182/"
    title = "South Korea's Constitutional Court begins review of Yoon impeachment"
    paras = ["Dec. 17 (UPI) -- South Korea's Constitutional Court on Tuesday began its review "
             "of the impeachment of President Yoon Suk Yeol, holding its first meeting of "
             "justices to set a schedule for the case.",
             "The court has up to 180 days to decide whether to remove Yoon from office or "
             "reinstate him.",
             "Yoon was impeached by the National Assembly on Saturday over his short-lived "
             "declaration of martial law on Dec. 3."]
    pub = "2024-12-17T03:21:00-05:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "UPI"),
                    ("property", "og:type", "article"),
                    ("property", "article:published_time", "2024-12-17T03:21:00-05:00"),
                    ("name", "author", "Darryl Coote")])
            + _news_ld(title, "2024-12-17T03:21:00-05:00", None, ["Darryl Coote"], "UPI", url))
    body = (_nav("UPI", ["Top News", "World News", "Entertainment", "Health", "Science"], "header")
            + '<div class="container"><article class="article" itemscope itemtype="https://schema.org/NewsArticle">'
            '<div class="breadcrumb"><a href="/Top_News">Top News</a> / <a href="/Top_News/World-News">World News</a></div>'
            f'<h1 class="headline">{title}</h1>'
            '<div class="row article-byline"><div class="col-sm-12"><div class="author">By '
            '<a href="/topic/Darryl_Coote/">Darryl Coote</a></div>'
            '<div class="article-date">Dec. 17, 2024 / 3:21 AM</div></div></div>'
            + _share("social-share-top")
            + '<figure class="article-image"><img src="/gi/4961734419182/2024/1/abc.jpg">'
            '<figcaption>South Korea\'s Constitutional Court in Seoul. Photo by Thomas Maresca/UPI'
            '</figcaption></figure><div class="article-text" itemprop="articleBody">' + _ps(paras)
            + '<div class="ad-slot">Advertisement</div></div>'
            '<div class="read-more"><h3>Read More</h3><ul><li><a href="/r1">South Korean lawmakers '
            'impeach President Yoon</a></li><li><a href="/r2">Yoon defies investigators</a></li></ul></div>'
            '<div class="copyright">© 2024 United Press International, Inc. All Rights Reserved.</div>'
            '</article></div>' + _footer(["© 2024 United Press International, Inc. All Rights Reserved."]))
    return Page("upi", url, _doc("en", title + " - UPI.com", head, body),
                _truth(title, _text(paras), ["Darryl Coote"], pub, None, "UPI", None))


def reuters_com() -> Page:
    url = "https://www.reuters.com/markets/europe/ecb-cuts-rates-again-signals-more-easing-2024-12-12/"
    title = "ECB cuts rates again, keeps door open to more easing"
    paras = ["FRANKFURT, Dec 12 (Reuters) - The European Central Bank cut interest rates for a "
             "fourth time this year on Thursday and kept the door open to further easing as "
             "inflation nears its 2% target and the euro zone economy struggles.",
             "The ECB lowered the rate it pays on bank deposits to 3.00% from 3.25%, as widely "
             "expected.",
             "\"The disinflation process is well on track,\" the ECB said in a statement."]
    pub, mod = "2024-12-12T13:15:42Z", "2024-12-12T15:02:10Z"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Reuters"),
                    ("property", "og:type", "article"),
                    ("property", "article:published_time", pub),
                    ("property", "article:modified_time", mod),
                    ("name", "article:author", "Balazs Koranyi"),
                    ("name", "article:author", "Francesco Canepa")])
            + _news_ld(title, pub, mod, ["Balazs Koranyi", "Francesco Canepa"], "Reuters", url))
    body = ('<header class="site-header__header__2qV6l"><a href="/" aria-label="Reuters home">'
            '<svg></svg></a><nav><ul><li><a href="/world/">World</a></li><li><a href="/business/">'
            'Business</a></li><li><a href="/markets/">Markets</a></li></ul></nav></header>'
            '<main id="main-content"><article class="article__container__3Z5Ez">'
            '<header class="article-header__heading__15OpQ"><nav class="article-header__tags__3yo6m">'
            '<a href="/markets/europe/">Europe</a></nav>'
            f'<h1 data-testid="Heading" class="text__heading_2__3rW5r">{title}</h1>'
            '<div class="info-content__author-date__1Epi_"><address class="info-content__author__3wzpA">'
            'By <a href="/authors/balazs-koranyi/">Balazs Koranyi</a> and '
            '<a href="/authors/francesco-canepa/">Francesco Canepa</a></address>'
            '<time datetime="2024-12-12T13:15:42Z" class="date-line__date__23Ge-">'
            '<span class="date-line__date___kNbY">December 12, 2024</span>'
            '<span class="date-line__date___kNbY">1:15 PM GMT</span>'
            '</time></div></header>'
            '<div class="article-body__container__3ypuX"><div data-testid="primary-image">'
            '<figure><img src="/resizer/v2/ABC.jpg"><figcaption>European Central Bank President '
            'Christine Lagarde in Frankfurt, Germany, December 12, 2024. REUTERS/Jana Rodenbusch'
            '</figcaption></figure></div>'
            '<ul data-testid="Summary" class="summary__summary__1f8Vs"><li>ECB cuts deposit rate '
            'to 3.00%</li><li>Drops pledge to keep policy restrictive</li></ul>'
            + "".join(f'<div data-testid="paragraph-{i}" class="article-body__paragraph__2-BtD">{p}</div>'
                      for i, p in enumerate(paras))
            + '<p data-testid="Body" class="sign-off-text">Reporting by Balazs Koranyi and Francesco '
            'Canepa; Editing by Toby Chopra</p>'
            '<div class="trust-badge"><a href="https://www.thomsonreuters.com/en/about-us/trust-principles.html">'
            'Our Standards: The Thomson Reuters Trust Principles.</a></div></div>'
            '<div data-testid="ReadNext"><h2>Read Next</h2><ul><li><a href="/r">Euro zone bond '
            'yields fall</a></li></ul></div></article></main>'
            + _footer(["All quotes delayed a minimum of 15 minutes.", "© 2024 Reuters. All rights reserved"]))
    return Page("reuters-com", url, _doc("en", title + " | Reuters", head, body),
                _truth(title, _text(paras), ["Balazs Koranyi", "Francesco Canepa"], pub, mod,
                       "Reuters", "FRANKFURT"))


def apnews_2023() -> Page:
    url = "https://apnews.com/article/japan-boj-interest-rates-yen-ueda-5f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c"
    title = "Bank of Japan keeps interest rates unchanged as it weighs risks to economy"
    paras = ["TOKYO (AP) — The Bank of Japan kept its key interest rate unchanged at 0.25% on "
             "Thursday, saying it needs more time to assess the risks to the economy.",
             "The decision was widely expected, although some analysts had anticipated a "
             "rate hike.",
             "BOJ Gov. Kazuo Ueda told reporters that the central bank wanted to see more "
             "data on wages before acting."]
    pub, mod = "2024-12-19T04:12:08Z", "2024-12-19T07:40:51Z"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "AP News"),
                    ("property", "og:type", "article"),
                    ("property", "article:published_time", pub),
                    ("property", "article:modified_time", mod),
                    ("name", "author", "ELAINE KURTENBACH")])
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": pub, "dateModified": mod,
                   "author": [{"@type": "Person", "name": "ELAINE KURTENBACH"}],
                   "publisher": {"@type": "Organization", "name": "Associated Press"}}))
    body = ('<bsp-header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" '
            'href="/"><img alt="AP Logo" src="/logo.svg"></a><nav class="Page-header-navigation">'
            '<ul><li><a href="/world-news">World</a></li><li><a href="/business">Business</a></li>'
            '</ul></nav></div></bsp-header>'
            '<main class="Page-main"><div class="Page-content"><div class="Page-headline">'
            f'<h1 class="Page-headline">{title}</h1></div>'
            '<div class="Page-byline"><div class="Page-authors"><span class="Link">By </span>'
            '<a class="Link" href="/author/elaine-kurtenbach">ELAINE KURTENBACH</a></div>'
            '<div class="Page-dateModified"><span>Updated </span><bsp-timestamp '
            'data-timestamp="1734594051000"><span data-date>2:40 AM EST, December 19, 2024</span>'
            '</bsp-timestamp></div></div>'
            '<div class="Page-lead"><figure class="Figure"><picture><img src="/i.jpg"></picture>'
            '<div class="Figure-caption"><p>Bank of Japan Governor Kazuo Ueda attends a news '
            'conference in Tokyo, Thursday, Dec. 19, 2024. (AP Photo/Eugene Hoshiko)</p></div>'
            '</figure></div><bsp-story-page class="Page-storyBody"><div class="RichTextStoryBody RichTextBody">'
            + _ps(paras)
            + '<div class="Enhancement"><div class="PagePromo"><span class="PagePromo-title">'
            '<a href="/r">Asian shares mostly lower after Fed signals fewer cuts</a></span></div></div>'
            '</div></bsp-story-page>'
            '<div class="Page-below"><h2>AP is an independent global news organization dedicated '
            'to factual reporting.</h2></div></div></main>'
            + _footer(["Copyright 2024 The Associated Press. All Rights Reserved."]))
    return Page("apnews-2023", url, _doc("en", title + " | AP News", head, body),
                _truth(title, _text(paras), ["ELAINE KURTENBACH"], pub, mod, "AP", "TOKYO"))


def afp_factcheck() -> Page:
    url = "https://factcheck.afp.com/doc.afp.com.36PK7XY"
    title = "Video shows 2022 protest in Sri Lanka, not Bangladesh"
    lead = ("A video of crowds storming a residence has been shared in social media posts "
            "claiming it shows protesters in Bangladesh. But the footage has circulated since "
            "July 2022 in reports about protesters storming the Sri Lankan president's house.")
    paras = ["\"Protesters enter the residence,\" reads a Facebook post shared on December 9, "
             "2024.",
             "A reverse image search on Google found the same footage in a report published by "
             "a Sri Lankan broadcaster on July 9, 2022.",
             "AFP has previously debunked other misleading claims about the unrest in "
             "Bangladesh."]
    pub, mod = "2024-12-12T07:45:00Z", "2024-12-12T07:52:00Z"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Fact Check"),
                    ("property", "og:description", lead),
                    ("property", "article:published_time", "2024-12-12T07:45:00+00:00")])
            + _ld({"@context": "https://schema.org", "@type": "ClaimReview",
                   "datePublished": "2024-12-12T07:45:00Z", "url": url,
                   "claimReviewed": "Video shows protesters in Bangladesh",
                   "author": {"@type": "Organization", "name": "AFP Fact Check"},
                   "reviewRating": {"@type": "Rating", "alternateName": "False"}})
            + _news_ld(title, pub, mod, ["AFP Bangladesh"], "AFP Fact Check", url,
                       author_type="Organization"))
    body = (_nav("AFP Fact Check", ["Home", "Methodology", "Tools", "Contact"], "header")
            + '<main class="main"><article class="article-entry"><div class="content-meta">'
            '<span class="meta-author">AFP Bangladesh</span>'
            '<span class="meta-date">Published on Thursday 12 December 2024 at 07:45</span>'
            '<span class="meta-date">Updated on Thursday 12 December 2024 at 07:52</span></div>'
            f'<h1 class="content-title">{title}</h1>'
            f'<div class="article-entry"><h3>{lead}</h3>'
            '<div class="ck-editor"><p>Copyright AFP 2017-2024. All rights reserved.</p></div>'
            + _ps(paras)
            + '<blockquote class="verdict"><p>False</p></blockquote>'
            '<div class="tags"><a href="/list/tag/bangladesh">Bangladesh</a></div></div>'
            '<div class="share-btns">Share</div></article></main>'
            + _footer(["Copyright © AFP 2017-2024. Any commercial use of this content requires a "
                       "subscription."]))
    return Page("afp-factcheck", url, _doc("en", title + " | Fact Check", head, body),
                _truth(title, lead + "\n\n" + _text(paras), ["AFP Bangladesh"], pub, mod, "AFP",
                       None))


def ips() -> Page:
    url = "https://www.ipsnews.net/2024/12/un-climate-finance-gap-widens-developing-nations/"
    title = "Climate Finance Gap Widens for Developing Nations, Says UN Report"
    paras = ["UNITED NATIONS, Dec 17 2024 (IPS) - The gap between the climate finance "
             "developing countries need and what they receive has widened, according to a new "
             "United Nations report released this week.",
             "The report estimates that adaptation needs alone run to between 215 and 387 "
             "billion dollars a year this decade.",
             "\"We are moving in the wrong direction,\" one of the report's authors told IPS."]
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Inter Press Service"),
                    ("property", "og:type", "article"),
                    ("property", "article:published_time", "2024-12-17T06:42:18+00:00"),
                    ("name", "author", "Thalif Deen")]))
    body = (_nav("Inter Press Service", ["Global Affairs", "Climate Change", "Development", "Human Rights"], "header")
            + '<div id="content"><div class="post"><h1>' + title + '</h1>'
            '<div class="main-content"><div class="postmeta"><span class="author">By '
            '<a href="/author/thalif-deen/">Thalif Deen</a></span></div>'
            '<div class="dateline">UNITED NATIONS, Dec 17 2024 (IPS)</div>'
            '<div class="wp-caption"><img src="/Library/2024/12/c.jpg"><p class="wp-caption-text">'
            'Flooding in Pakistan. Credit: UNDP</p></div>'
            + _ps(paras)
            + '<div class="ipsnews-related"><h3>Related Articles</h3><ul><li><a href="/r">COP29 '
            'ends with finance deal</a></li></ul></div>'
            '<p class="small">© Inter Press Service (2024) — All Rights Reserved. Original source: '
            'Inter Press Service</p></div></div></div>'
            + _footer(["© 2024 IPS-Inter Press Service. All rights reserved."]))
    return Page("ips", url, _doc("en-US", title + " | Inter Press Service", head, body),
                _truth(title, _text(paras), ["Thalif Deen"], "2024-12-17T06:42:18+00:00", None,
                       "IPS", "UNITED NATIONS"))


# ---------------------------------------------------------------------------------------------
# Central Europe and the Baltics


def apa_science() -> Page:
    url = "https://science.apa.at/power-search/1234567890123456789"
    title = "Forscher entdecken neue Bakterienart in Tiroler Gletscher"
    paras = ["Innsbruck (APA) - Innsbrucker Mikrobiologen haben im Eis eines Tiroler "
             "Gletschers eine bisher unbekannte Bakterienart entdeckt. Das berichten die "
             "Forscher im Fachjournal \"Nature Communications\".",
             "Die Bakterien überleben bei Temperaturen unter dem Gefrierpunkt und könnten für "
             "die Biotechnologie interessant sein.",
             "Die Proben stammen aus dem Hintereisferner im Ötztal."]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "APA-Science")])
    body = (_nav("APA-Science", ["News", "Dossiers", "Termine", "Jobs"], "header")
            + '<main><div class="article-detail"><div class="article-detail__meta">'
            '<span class="article-detail__date">17.12.2024, 11:32</span>'
            '<span class="article-detail__source">APA</span></div>'
            f'<h1 class="article-detail__title">{title}</h1>'
            '<div class="article-detail__text">' + _ps(paras)
            + '<p>(S E R V I C E - https://doi.org/10.1038/s41467-024-12345-6)</p></div>'
            '<div class="article-detail__image"><img src="/x.jpg"><span>APA (Archiv/dpa)</span></div>'
            '</div></main>' + _footer(["© APA-Austria Presse Agentur eG"]))
    return Page("apa-science", url, _doc("de-AT", title + " | APA-Science", head, body),
                _truth(title, _text(paras), [], "2024-12-17T11:32:00+01:00", None, "APA",
                       "Innsbruck"))


def leta() -> Page:
    url = "https://www.leta.lv/news/latvia/A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D/"
    title = "Saeima galīgajā lasījumā pieņem nākamā gada valsts budžetu"
    paras = ["RĪGA, 4. decembris, LETA. Saeima trešdien galīgajā lasījumā pieņēma 2025. gada "
             "valsts budžetu un to pavadošo likumprojektu paketi.",
             "Par budžetu balsoja 53 deputāti, pret bija 38.",
             "Finanšu ministrs Arvils Ašeradens (JV) norādīja, ka budžetā prioritāte ir "
             "aizsardzība un drošība."]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "LETA")])
    body = (_nav("LETA", ["Latvijā", "Pasaulē", "Ekonomika", "Sports", "Kultūra"], "header")
            + '<div class="content"><div class="news-item"><h1 class="news-title">' + title + '</h1>'
            '<div class="news-info"><span class="news-date">04.12.2024 16:48</span></div>'
            '<div class="news-body">' + _ps(paras) + '</div>'
            '<div class="news-paywall">Pilns ziņas teksts pieejams LETA abonentiem.</div></div></div>'
            + _footer(["© LETA, 2024. Visas tiesības aizsargātas."]))
    return Page("leta", url, _doc("lv", title + " - LETA", head, body),
                _truth(title, _text(paras), [], "2024-12-04T16:48:00+02:00", None, "LETA", "RĪGA"))


def bns() -> Page:
    url = "https://www.bns.lt/topic/1912/news/82345678/"
    title = "Seimas priėmė kitų metų biudžetą"
    paras = ["Vilnius, gruodžio 17 d. (BNS). Seimas antradienį priėmė kitų metų valstybės "
             "biudžetą.",
             "Už biudžetą balsavo 81 Seimo narys, prieš buvo 35, susilaikė 11.",
             "Finansų ministrė Rimantė Šadžiuvienė teigė, kad biudžete daugiausia dėmesio "
             "skirta gynybai, kuriai numatyta skirti 3,18 proc. bendrojo vidaus produkto.",
             "Kitų metų valstybės biudžeto pajamos planuojamos 19,6 mlrd. eurų, išlaidos – "
             "22,5 mlrd. eurų. Valdžios sektoriaus deficitas turėtų siekti 2,9 proc. BVP.",
             "Opozicijos atstovai kritikavo, kad biudžete nepakanka lėšų regionų plėtrai."]
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "BNS"),
                    ("property", "article:published_time", "2024-12-17T14:21:00+02:00")]))
    body = (_nav("BNS", ["Lietuva", "Pasaulis", "Verslas", "Sportas"], "header")
            + '<div class="container"><div class="article"><h1 class="article__title">' + title + '</h1>'
            '<div class="article__meta"><span class="article__date">2024-12-17 14:21</span>'
            '<span class="article__author">Rūta Kuzmickaitė, BNS</span></div>'
            '<div class="article__content">' + _ps(paras) + '</div>'
            '<div class="article__disclaimer">BNS turinį be raštiško sutikimo draudžiama '
            'atgaminti.</div></div></div>' + _footer(["© 2024 UAB „BNS“"]))
    return Page("bns", url, _doc("lt", title + " | BNS", head, body),
                _truth(title, _text(paras), ["Rūta Kuzmickaitė"], "2024-12-17T14:21:00+02:00",
                       None, "BNS", "Vilnius"))


def err_news() -> Page:
    url = "https://news.err.ee/1609551234/riigikogu-passes-car-tax-amendments"
    title = "Riigikogu passes car tax amendments"
    lead = "The Riigikogu on Wednesday passed amendments to the car tax law, reducing the registration fee for families with children."
    paras = ["The amendments were supported by 53 MPs, with 22 voting against.",
             "Finance Minister Jürgen Ligi (Reform) said the changes would cost the state "
             "budget some €10 million a year.",
             "The opposition Isamaa and EKRE have called for the tax to be scrapped entirely."]
    pub = "2024-12-11T17:05:00+02:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "ERR"),
                    ("property", "og:description", lead),
                    ("property", "article:published_time", "2024-12-11T15:05:00Z")])
            + _news_ld(title, "2024-12-11T15:05:00Z", None, ["Marcus Turovski"], "ERR", url))
    body = (_nav("ERR News", ["News", "Politics", "Economy", "Opinion", "Culture"], "header")
            + '<main><article class="article"><header><h1>' + title + '</h1>'
            '<div class="meta"><time datetime="2024-12-11T15:05:00Z">11.12.2024 17:05</time></div>'
            '</header><figure><img src="/f.jpg"><figcaption>The Riigikogu chamber. Source: '
            'Ken Mürk/ERR</figcaption></figure>'
            f'<div class="lead"><p>{lead}</p></div><div class="text">' + _ps(paras) + '</div>'
            '<div class="byline"><p>--</p><p>Editor: Marcus Turovski</p></div>'
            '<div class="follow">Follow ERR News on Facebook and Twitter and never miss an update!</div>'
            '</article></main>' + _footer(["ERR News, Estonian Public Broadcasting"]))
    return Page("err-news", url, _doc("en", title + " | News | ERR", head, body),
                _truth(title, lead + "\n\n" + _text(paras), ["Marcus Turovski"], pub, None,
                       None, None))


# ---------------------------------------------------------------------------------------------
# The Western Balkans and Moldova


def fena() -> Page:
    url = "https://www.fena.ba/article/1601234/vijece-ministara-bih-usvojilo-nacrt-budzeta"
    title = "Vijeće ministara BiH usvojilo nacrt budžeta institucija za 2025. godinu"
    paras = ["SARAJEVO, 17. decembra (FENA) - Vijeće ministara Bosne i Hercegovine danas je "
             "na sjednici u Sarajevu usvojilo Nacrt budžeta institucija BiH i međunarodnih "
             "obaveza za 2025. godinu.",
             "Ukupni budžet iznosi 1,34 milijarde KM.",
             "Nacrt će biti upućen Predsjedništvu BiH."]
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "FENA"),
                    ("property", "og:type", "article")]))
    body = (_nav("FENA", ["BiH", "Regija", "Svijet", "Ekonomija", "Sport"], "header")
            + '<div class="container"><div class="news-single"><div class="news-single__cat">BiH</div>'
            f'<h1>{title}</h1><div class="news-single__date">17.12.2024 13:03</div>'
            '<figure><img src="/slike/v.jpg"><figcaption>Foto: FENA</figcaption></figure>'
            '<div class="news-single__text">' + _ps(paras) + '<p>(FENA) A. O.</p></div>'
            + _share("news-single__share") + '</div></div>'
            + _footer(["Copyright © 2024 FENA - Federalna novinska agencija"]))
    return Page("fena", url, _doc("bs", title + " - FENA", head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:00+01:00", None, "FENA",
                       "SARAJEVO"))


def mia() -> Page:
    url = "https://mia.mk/story/vladata-go-usvoi-buxetot-za-2025-godina"
    title = "Владата го усвои Буџетот за 2025 година"
    paras = ["Скопје, 17 декември 2024 (МИА) - Владата на седницата денеска го усвои предлог "
             "Буџетот за 2025 година, соопшти министерката за финансии Гордана Димитриеска "
             "Кочоска.",
             "Буџетот предвидува приходи од 4,5 милијарди евра.",
             "Предлогот ќе биде доставен до Собранието."]
    pub = "2024-12-17T13:03:00+01:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "МИА"),
                    ("property", "article:published_time", "2024-12-17T12:03:00+00:00")]))
    body = (_nav("МИА", ["Македонија", "Политика", "Економија", "Свет", "Спорт"], "header")
            + '<main><article class="story"><h1 class="story__title">' + title + '</h1>'
            '<div class="story__meta"><span class="story__date">17 декември 2024 13:03</span></div>'
            '<figure class="story__image"><img src="/b.jpg"><figcaption>Фото: МИА</figcaption></figure>'
            '<div class="story__body">' + _ps(paras) + '</div>'
            + _share("story__share") + '</article></main>'
            + _footer(["© 2024 Медиумска информативна агенција. Сите права се задржани."]))
    return Page("mia", url, _doc("mk", title + " | МИА", head, body),
                _truth(title, _text(paras), [], pub, None, "MIA", "Скопје"))


def ata() -> Page:
    url = "https://ata.gov.al/2024/12/17/kuvendi-miraton-buxhetin-e-vitit-2025/"
    title = "Kuvendi miraton buxhetin e vitit 2025"
    paras = ["Tiranë, 17 dhjetor/ATSH/ Kuvendi i Shqipërisë miratoi sot me 75 vota pro "
             "buxhetin e shtetit për vitin 2025.",
             "Ministri i Financave, Petrit Malaj, tha se buxheti parashikon rritje ekonomike "
             "prej 3.9 për qind.",
             "Opozita nuk mori pjesë në votim."]
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "ATSH"),
                    ("property", "og:type", "article"),
                    ("property", "article:published_time", "2024-12-17T12:03:00+00:00")]))
    body = (_nav("ATSH", ["Politikë", "Ekonomi", "Rajoni", "Bota", "Sport"], "header")
            + '<div class="td-post-content"><header class="td-post-title"><h1 class="entry-title">'
            + title + '</h1><div class="td-module-meta-info"><span class="td-post-date">'
            '<time class="entry-date updated td-module-date" datetime="2024-12-17T13:03:00+01:00">'
            '17/12/2024</time></span></div></header>'
            '<div class="td-post-featured-image"><img src="/wp-content/uploads/k.jpg"></div>'
            + _ps(paras) + '<p>/k.s/</p></div>'
            + _footer(["© 2024 Agjencia Telegrafike Shqiptare"]))
    return Page("ata", url, _doc("sq", title + " - ATSH", head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:00+01:00", None, "ATA", "Tiranë"))


def moldpres() -> Page:
    url = "https://www.moldpres.md/news/2024/12/17/24009876"
    title = "Parlamentul a aprobat în lectură finală bugetul de stat pentru 2025"
    paras = ["Chişinău, 17 decembrie /MOLDPRES/. Parlamentul a aprobat astăzi, în lectură "
             "finală, legea bugetului de stat pentru anul 2025.",
             "Proiectul a fost susţinut de 55 de deputaţi.",
             "Veniturile bugetului de stat sunt estimate la 74,9 miliarde de lei."]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "MOLDPRES")])
    body = (_nav("MOLDPRES", ["Politic", "Economic", "Social", "Externe", "Sport"], "header")
            + '<div class="main-content"><div class="news-full"><h1>' + title + '</h1>'
            '<div class="news-date">17 decembrie 2024, 13:03</div>'
            '<div class="news-text">' + _ps(paras) + '<p>[Autor: Elena Cioina, Editor: Tudor Darie]</p></div>'
            '<div class="news-related"><h3>Alte ştiri</h3><a href="/r">Guvernul a aprobat</a></div>'
            '</div></div>' + _footer(["© 2024 Agenţia Informaţională de Stat MOLDPRES"]))
    return Page("moldpres", url, _doc("ro", title + " | MOLDPRES", head, body),
                _truth(title, _text(paras), ["Elena Cioina"], "2024-12-17T13:03:00+02:00", None,
                       "Moldpres", "Chişinău"))


# ---------------------------------------------------------------------------------------------
# The Levant, Egypt, Libya, Sudan and the Gulf


def nna_lb() -> Page:
    url = "https://www.nna-leb.gov.lb/ar/سياسة/712345/ميقاتي-استقبل-السفير-الفرنسي"
    title = "ميقاتي استقبل السفير الفرنسي وبحث معه في الأوضاع العامة"
    paras = ["وطنية - استقبل رئيس حكومة تصريف الأعمال نجيب ميقاتي في السرايا الحكومية، "
             "السفير الفرنسي هيرفيه ماغرو، وجرى البحث في الأوضاع العامة في لبنان والمنطقة.",
             "كما استقبل وفدا من الهيئات الاقتصادية برئاسة الوزير السابق محمد شقير.",
             "وتم البحث في الأوضاع الاقتصادية بعد وقف إطلاق النار."]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "الوكالة الوطنية للإعلام")])
    body = (_nav("الوكالة الوطنية للإعلام", ["سياسة", "أمن", "اقتصاد", "ثقافة", "رياضة"], "header")
            + '<div class="container"><div class="article-details"><h1 class="article-title">'
            + title + '</h1><div class="article-meta"><span class="date">الثلاثاء 17 كانون الأول '
            '2024 الساعة 13:03</span></div><div class="article-content">' + _ps(paras)
            + '<p>=========== ر.إ</p></div>' + _share("share-icons")
            + '</div></div>' + _footer(["جميع الحقوق محفوظة © 2024 الوكالة الوطنية للإعلام"]))
    return Page("nna-lb", url, _doc("ar", title, head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:00+02:00", None, "NNA", None))


def sana_en() -> Page:
    url = "https://sana.sy/en/?p=334512"
    title = "Damascus International Fair to resume next summer"
    paras = ["Damascus, SANA- The General Establishment for Fairs and Exports announced that "
             "the Damascus International Fair would resume its activities next summer after a "
             "year's pause.",
             "The establishment said that preparations for the fair's 62nd session have begun.",
             "More than 40 countries took part in the last session."]
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Syrian Arab News Agency"),
                    ("property", "article:published_time", "2024-11-20T10:13:00+00:00")]))
    body = (_nav("SANA", ["Syria", "Politics", "Economy", "Culture", "Sports"], "header")
            + '<div id="main-content"><article class="post-listing post"><div class="post-inner">'
            f'<h1 class="name post-title entry-title"><span itemprop="name">{title}</span></h1>'
            '<p class="post-meta"><span class="tie-date"><i class="fa fa-clock-o"></i>2024-11-20'
            '</span></p><div class="entry">' + _ps(paras)
            + '<p>Hamda Mustafa</p></div></div></article></div>'
            + _footer(["© Copyright 2024, All Rights Reserved SANA"]))
    return Page("sana-en", url, _doc("en-US", title + " | Syrian Arab News Agency", head, body),
                _truth(title, _text(paras), ["Hamda Mustafa"], "2024-11-20T10:13:00+00:00", None,
                       "SANA", "Damascus"))


def mena_ar() -> Page:
    url = "https://www.mena.org.eg/news/dbcall/table/textnews/id/12345678"
    title = "مدبولي يتابع موقف تنفيذ مشروعات المرحلة الأولى من حياة كريمة"
    paras = ["القاهرة في 17 ديسمبر /أ ش أ/ تابع رئيس مجلس الوزراء الدكتور مصطفى مدبولي، موقف "
             "تنفيذ مشروعات المرحلة الأولى من المبادرة الرئاسية حياة كريمة.",
             "وأكد رئيس الوزراء ضرورة الانتهاء من المشروعات المتبقية في أقرب وقت.",
             "وشارك في الاجتماع عدد من الوزراء والمحافظين."]
    head = ""
    body = (_nav("وكالة أنباء الشرق الأوسط", ["الرئيسية", "سياسة", "اقتصاد", "محافظات", "رياضة"], "header")
            + '<div class="NewsDetails"><h1 class="NewsTitle">' + title + '</h1>'
            '<div class="NewsDate">الثلاثاء، 17 ديسمبر 2024 01:03 م</div>'
            '<div class="NewsText">' + _ps(paras) + '<p>/أ ش أ/</p><p>ح م ع</p></div>'
            '</div>' + _footer(["جميع الحقوق محفوظة لوكالة أنباء الشرق الأوسط © 2024"]))
    return Page("mena-ar", url, _doc("ar", title, head, body),
                _truth(title, _text(paras) + "\n\n/أ ش أ/", [], "2024-12-17T13:03:00+02:00", None,
                       "MENA", "القاهرة"))


def lana() -> Page:
    url = "https://lana.gov.ly/post.php?lang=ar&id=312345"
    title = "المجلس الرئاسي يبحث مع البعثة الأممية مستجدات العملية السياسية"
    paras = ["طرابلس 17 ديسمبر 2024 (وال) - بحث رئيس المجلس الرئاسي محمد المنفي، اليوم "
             "الثلاثاء، مع القائمة بأعمال رئيس بعثة الأمم المتحدة للدعم في ليبيا ستيفاني خوري، "
             "مستجدات العملية السياسية.",
             "وتناول اللقاء سبل دعم المسار الانتخابي.",
             "كما جرى استعراض الأوضاع الأمنية في البلاد."]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "وكالة الأنباء الليبية")])
    body = (_nav("وكالة الأنباء الليبية", ["ليبيا", "العالم", "اقتصاد", "رياضة"], "header")
            + '<div class="container"><div class="post-details"><h1>' + title + '</h1>'
            '<div class="post-date">2024-12-17 13:03:41</div>'
            '<img src="/upload/a.jpg"><div class="post-text">' + _ps(paras)
            + '<p>(وال - طرابلس) م ع</p></div></div></div>'
            + _footer(["جميع الحقوق محفوظة لوكالة الأنباء الليبية © 2024"]))
    return Page("lana", url, _doc("ar", title, head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:41+02:00", None, "LANA",
                       "طرابلس"))


def suna() -> Page:
    url = "https://suna-sd.net/posts/12345"
    title = "مجلس الوزراء يجيز موازنة العام المالي 2025"
    paras = ["بورتسودان 17-12-2024 (سونا) - أجاز مجلس الوزراء في اجتماعه اليوم برئاسة رئيس "
             "الوزراء المكلف موازنة العام المالي 2025.",
             "وأوضح وزير المالية أن الموازنة تركز على دعم المجهود الحربي والخدمات الأساسية.",
             "وأشار إلى أن الموازنة ستحال إلى المجلس التشريعي المؤقت."]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "سونا")])
    body = (_nav("سونا", ["السودان", "اقتصاد", "العالم", "رياضة"], "header")
            + '<div class="post-page"><h1 class="post-title">' + title + '</h1>'
            '<div class="post-info"><span class="post-date">17 ديسمبر 2024 - 13:03</span></div>'
            '<div class="post-body">' + _ps(paras) + '<p>ع و</p></div></div>'
            + _footer(["وكالة السودان للأنباء © 2024"]))
    return Page("suna", url, _doc("ar", title + " | سونا", head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:00+02:00", None, "SUNA",
                       "بورتسودان"))


def bna() -> Page:
    url = "https://www.bna.bh/en/HMKinginaugurates.aspx?cms=q8FmFJgiscL2fwIzON1%2BDhd1xDt8A"
    title = "HM King inaugurates new session of National Assembly"
    paras = ["Manama, Dec. 17 (BNA): His Majesty King Hamad bin Isa Al Khalifa today "
             "inaugurated the fourth session of the sixth legislative term of the National "
             "Assembly.",
             "HM the King delivered a speech in which he praised the achievements of the "
             "Shura Council and the Council of Representatives.",
             "The inauguration was attended by HRH the Crown Prince and Prime Minister."]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "Bahrain News Agency")])
    body = (_nav("BNA", ["Local", "Gulf", "Arab", "International", "Economy"], "header")
            + '<form method="post" action="./HMKinginaugurates.aspx" id="form1"><div class="news-details">'
            f'<h1 id="ContentPlaceHolder1_lblTitle">{title}</h1>'
            '<span id="ContentPlaceHolder1_lblDate" class="date">17 Dec 2024 13:03</span>'
            '<div id="ContentPlaceHolder1_divContent" class="news-content">' + _ps(paras)
            + '<p>AHN</p></div></div></form>'
            + _footer(["© 2024 Bahrain News Agency. All Rights Reserved"]))
    return Page("bna", url, _doc("en", title, head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:00+03:00", None, "BNA", "Manama"))


def aa_ar() -> Page:
    url = "https://www.aa.com.tr/ar/الدول-العربية/وزير-الخارجية-التركي-يلتقي-نظيره-الأردني/3425678"
    title = "وزير الخارجية التركي يلتقي نظيره الأردني في أنقرة"
    lead = "بحث الجانبان العلاقات الثنائية والتطورات في سوريا"
    paras = ["أنقرة/ الأناضول",
             "التقى وزير الخارجية التركي هاكان فيدان، الثلاثاء، نظيره الأردني أيمن الصفدي في "
             "العاصمة أنقرة.",
             "وبحث الجانبان العلاقات الثنائية والتطورات في سوريا، بحسب مصادر دبلوماسية.",
             "وأكد فيدان أهمية التعاون الإقليمي لدعم استقرار سوريا."]
    pub, mod = "2024-12-17T13:03:00+03:00", "2024-12-17T13:20:00+03:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Anadolu Ajansı"),
                    ("property", "og:description", lead)])
            + _news_ld(title, pub, mod, None, "Anadolu Ajansı", url,
                       extra={"author": {"@type": "Organization", "name": "Anadolu Ajansı"}}))
    body = (_nav("الأناضول", ["تركيا", "الدول العربية", "العالم", "اقتصاد", "رياضة"], "header")
            + '<div class="detay-icerik"><div class="detay-spot-category"><h1>' + title + '</h1>'
            f'<h4>{lead}</h4></div><div class="detay-bottom-bar"><span class="tarih">17.12.2024</span>'
            '<span class="tarih">13:20 تحديث: 17.12.2024</span></div>'
            '<div class="detay-foto"><img src="/uploads/x.jpg"></div>'
            '<div class="detay-icerik-metin">' + _ps(paras) + '</div>'
            '<div class="detay-foot"><p>الموقع الرسمي لوكالة الأناضول يتضمن جزءاً من الأخبار '
            'المعروضة للمشتركين في نظام تدفق أخبار الوكالة (HAS)، وبشكل ملخص.</p></div></div>'
            + _footer(["© وكالة الأناضول 2024"]))
    return Page("aa-ar", url, _doc("ar", title, head, body),
                _truth(title, lead + "\n\n" + _text(paras), ["Anadolu Ajansı"], pub, mod, "Anadolu",
                       "أنقرة"))


def aa_fr() -> Page:
    url = "https://www.aa.com.tr/fr/monde/la-turquie-et-la-jordanie-discutent-de-la-syrie/3425690"
    title = "La Türkiye et la Jordanie discutent de la situation en Syrie"
    lead = "Les ministres des Affaires étrangères des deux pays se sont rencontrés à Ankara"
    paras = ["AA / Ankara / Mehmet Sah Yilmaz",
             "Le ministre turc des Affaires étrangères, Hakan Fidan, a rencontré mardi son "
             "homologue jordanien, Ayman Safadi, à Ankara.",
             "Les deux ministres ont discuté des relations bilatérales et de la situation en "
             "Syrie, selon des sources diplomatiques.",
             "Fidan a souligné l'importance d'une transition inclusive en Syrie."]
    pub = "2024-12-17T14:12:00+03:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Anadolu Ajansı"),
                    ("property", "og:description", lead)])
            + _news_ld(title, pub, None, None, "Anadolu Ajansı", url,
                       extra={"author": {"@type": "Organization", "name": "Anadolu Ajansı"}}))
    body = (_nav("Anadolu", ["Monde", "Afrique", "Politique", "Economie", "Sport"], "header")
            + '<div class="detay-icerik"><div class="detay-spot-category"><h1>' + title + '</h1>'
            f'<h4>{lead}</h4></div><div class="detay-bottom-bar"><span class="tarih">17.12.2024</span>'
            '</div><div class="detay-icerik-metin">' + _ps(paras) + '</div>'
            '<div class="detay-foot"><p>Seule une partie des dépêches, que l\'Agence Anadolu '
            'diffuse à ses abonnés via le Système de Diffusion interne (HAS), est diffusée sur le '
            'site web de l\'AA, de manière résumée.</p></div></div>'
            + _footer(["© Agence Anadolu 2024"]))
    return Page("aa-fr", url, _doc("fr", title, head, body),
                _truth(title, lead + "\n\n" + _text(paras), ["Mehmet Sah Yilmaz"], pub, None,
                       "Anadolu", "Ankara"))


# ---------------------------------------------------------------------------------------------
# Africa


def gna() -> Page:
    url = "https://gna.org.gh/2024/12/parliament-approves-2025-provisional-budget/"
    title = "Parliament approves GH¢68 billion provisional budget for 2025"
    paras = ["Accra, Dec. 17, GNA – Parliament has approved a provisional budget of GH¢68.1 "
             "billion to enable government to run its business for the first quarter of 2025.",
             "The Minister of Finance, Dr Mohammed Amin Adam, who presented the motion, said "
             "the amount would cover the period from January to March 2025.",
             "The new government is expected to present a full budget in March."]
    pub = "2024-12-17T16:40:12+00:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Ghana News Agency"),
                    ("property", "article:published_time", pub),
                    ("name", "author", "Christabel Addo")])
            + _ld({"@context": "https://schema.org", "@graph": [
                {"@type": "NewsArticle", "headline": title, "datePublished": pub,
                 "author": {"@type": "Person", "name": "Christabel Addo"},
                 "publisher": {"@type": "Organization", "name": "Ghana News Agency"}}]}))
    body = (_nav("GNA", ["General News", "Politics", "Business", "Sports", "Features"], "header")
            + '<div class="jeg_content"><div class="jeg_inner_content"><div class="entry-header">'
            f'<h1 class="jeg_post_title">{title}</h1><div class="jeg_meta_container">'
            '<div class="jeg_meta_author">By <a href="/author/christabel/">Christabel Addo</a></div>'
            '<div class="jeg_meta_date"><a href="#">December 17, 2024</a></div></div></div>'
            '<div class="content-inner">' + _ps(paras) + '<p>GNA</p>'
            '<p>Edited by Alice Tettey/Benjamin Mensah</p></div>'
            '<div class="jeg_share_button">Share</div></div></div>'
            + _footer(["© 2024 Ghana News Agency. All rights reserved."]))
    return Page("gna", url, _doc("en-US", title + " - Ghana News Agency", head, body),
                _truth(title, _text(paras) + "\n\nGNA", ["Christabel Addo"], pub, None, "GNA",
                       "Accra"))


# ---------------------------------------------------------------------------------------------
# South and South-East Asia, the Caucasus and Central Asia


def vna_en() -> Page:
    url = "https://en.vnanet.vn/politics/pm-chairs-government-meeting-on-law-building/123456.html"
    title = "PM chairs Government meeting on law building"
    paras = ["Hanoi (VNA) – Prime Minister Pham Minh Chinh chaired a thematic Government "
             "meeting on law building in Hanoi on December 17.",
             "The meeting discussed seven draft laws and resolutions to be submitted to the "
             "National Assembly.",
             "The PM asked ministries to remove bottlenecks in legal regulations. VNA"]
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "VNA"),
                    ("property", "og:type", "article")]))
    body = (_nav("Vietnam News Agency", ["Politics", "Economy", "Society", "World", "Sports"], "header")
            + '<div class="content"><div class="detail-news"><h1 class="detail-title">' + title + '</h1>'
            '<div class="detail-date">17/12/2024 13:03</div>'
            '<div class="detail-photo"><img src="/p.jpg"><p class="caption">Prime Minister Pham '
            'Minh Chinh speaks at the meeting (Photo: VNA)</p></div>'
            '<div class="detail-content">' + _ps(paras) + '</div>'
            '<div class="related-news"><h3>Related news</h3><a href="/r">NA Standing Committee '
            'convenes</a></div></div></div>'
            + _footer(["Copyright © 2024 VIETNAM NEWS AGENCY"]))
    return Page("vna-en", url, _doc("en", title, head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:00+07:00", None, "VNA", "Hanoi"))


def kpl() -> Page:
    url = "https://kpl.gov.la/En/detail.aspx?id=87654"
    title = "Laos, Vietnam sign cooperation plan for 2025"
    paras = ["Vientiane, December 17, 2024 (KPL)",
             "The governments of Laos and Vietnam signed a cooperation plan for 2025 in "
             "Vientiane on Dec 16, following the annual meeting of the Laos-Vietnam "
             "Intergovernmental Committee.",
             "The plan covers cooperation in education, energy, transport and trade.",
             "Both sides agreed to complete the Vientiane-Hanoi expressway feasibility study."]
    head = ""
    body = (_nav("KPL Lao News Agency", ["Home", "Politics", "Economics", "Social", "Sport"], "header")
            + '<table width="100%"><tr><td class="detail"><h1 class="title">' + title + '</h1>'
                        '<div class="content">' + _ps(paras) + '<p>KPL</p></div></td></tr></table>'
            + _footer(["Copyright © 2024 KPL Lao News Agency"]))
    return Page("kpl", url, _doc("en", "KPL Lao News Agency | " + title, head, body),
                _truth(title, _text(paras) + "\n\nKPL", [], "2024-12-17T00:00:00+07:00", None,
                       "KPL", "Vientiane"))


def akp() -> Page:
    url = "https://www.akp.gov.kh/post/detail/312345"
    title = "Cambodia, Thailand Agree to Boost Trade to US$15 Billion"
    paras = ["Phnom Penh, December 17, 2024 AKP -- Cambodia and Thailand have agreed to boost "
             "bilateral trade to US$15 billion in the coming years.",
             "The agreement was reached during a meeting between the two countries' commerce "
             "ministers in Phnom Penh.",
             "Thailand is one of Cambodia's largest trading partners."]
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "AKP"),
                    ("property", "og:type", "article")]))
    body = (_nav("AKP", ["National", "Politics", "Economy", "International", "Sport"], "header")
            + '<div class="container"><div class="post-detail"><h1 class="post-title">' + title + '</h1>'
            '<div class="post-meta"><span><i class="far fa-clock"></i> December 17, 2024 13:03</span>'
            '<span><i class="far fa-eye"></i> 512</span></div>'
            '<div class="post-content">' + _ps(paras) + '<p>--AKP</p><p>By THOU Peou</p></div>'
            '</div></div>' + _footer(["© 2024 Agence Kampuchea Presse"]))
    return Page("akp", url, _doc("en", title + " - AKP", head, body),
                _truth(title, _text(paras) + "\n\n--AKP", ["THOU Peou"], "2024-12-17T13:03:00+07:00",
                       None, "AKP", "Phnom Penh"))


def unb() -> Page:
    url = "https://unb.com.bd/category/Bangladesh/govt-to-import-rice-from-myanmar/145678"
    title = "Govt to import 1 lakh tonnes of rice from Myanmar"
    paras = ["Dhaka, Dec 17 (UNB) - The government has decided to import 1 lakh tonnes of rice "
             "from Myanmar through government-to-government arrangement.",
             "The decision was taken at a meeting of the Advisers Council Committee on "
             "Government Purchase held at the Secretariat.",
             "Finance Adviser Dr Salehuddin Ahmed chaired the meeting."]
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "UNB"),
                    ("property", "article:published_time", "2024-12-17T13:03:00+06:00")]))
    body = (_nav("UNB", ["Bangladesh", "World", "Business", "Sports", "Entertainment"], "header")
            + '<div class="container"><div class="news-details"><h1 class="news-title">' + title + '</h1>'
            '<div class="news-meta"><span class="author"><a href="/author/UNB">UNB NEWS</a></span>'
            '<span class="date">Publish- December 17, 2024, 01:03 PM</span></div>'
            '<div class="news-img"><img src="/i.jpg"><p>File photo</p></div>'
            '<div class="news-body text-justify">' + _ps(paras) + '</div>'
            '<div class="related"><h4>You might also like</h4><a href="/r">Rice prices rise</a></div>'
            '</div></div>' + _footer(["Copyright © 2024 United News of Bangladesh"]))
    return Page("unb", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["UNB NEWS"], "2024-12-17T13:03:00+06:00", None, "UNB",
                       "Dhaka"))


def pajhwok() -> Page:
    url = "https://pajhwok.com/2024/12/17/kabul-residents-complain-power-outages/"
    title = "Kabul residents complain of prolonged power outages"
    paras = ["KABUL (Pajhwok): Residents of Kabul city have complained about prolonged power "
             "outages amid the winter cold, urging the authorities to resolve the problem.",
             "Da Afghanistan Breshna Sherkat (DABS) officials said imports from neighbouring "
             "countries had declined.",
             "They said the problem would be resolved in the coming weeks."]
    pub = "2024-12-17T13:03:00+04:30"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Pajhwok Afghan News"),
                    ("property", "article:published_time", pub)])
            + _news_ld(title, pub, None, ["Pajhwok Afghan News"], "Pajhwok Afghan News", url,
                       author_type="Organization"))
    body = (_nav("Pajhwok Afghan News", ["Afghanistan", "Economy", "Health", "Sports"], "header")
            + '<div class="main-container"><article class="node node--type-article"><h1 class="page-title">'
            + title + '</h1><div class="node__meta"><span class="date">17 Dec 2024 - 13:03</span>'
            '</div><div class="field--name-body">' + _ps(paras) + '<p>hz/sa</p></div>'
            '<div class="field--name-field-tags"><a href="/tag/kabul">Kabul</a></div></article></div>'
            + _footer(["© 2024 Pajhwok Afghan News"]))
    return Page("pajhwok", url, _doc("en", title + " | Pajhwok Afghan News", head, body),
                _truth(title, _text(paras), ["Pajhwok Afghan News"], pub, None, "Pajhwok", "KABUL"))


def azertac() -> Page:
    url = "https://azertag.az/en/xeber/azerbaijan_and_uzbekistan_discuss_energy_cooperation-3312345"
    title = "Azerbaijan and Uzbekistan discuss energy cooperation"
    paras = ["Baku, December 17, AZERTAC",
             "Minister of Energy of Azerbaijan Parviz Shahbazov has met with Minister of Energy "
             "of Uzbekistan Jurabek Mirzamahmudov.",
             "The ministers discussed cooperation in renewable energy and the Green Energy "
             "Corridor project.",
             "They also exchanged views on joint projects in the field of electricity."]
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "AZERTAC")]))
    body = (_nav("AZERTAC", ["Politics", "Economy", "Society", "World", "Sports"], "header")
            + '<div class="container"><div class="news-inner"><h1 class="news-title">' + title + '</h1>'
            '<div class="news-date"><span>17.12.2024 [13:03]</span></div>'
            '<div class="news-photo"><img src="/files/p.jpg"></div>'
            '<div class="news-text">' + _ps(paras) + '</div>'
            '<div class="news-share">' + _share("share") + '</div></div></div>'
            + _footer(["© AZERTAC. All rights reserved. Materials may be used with reference to AZERTAC."]))
    return Page("azertac", url, _doc("en", title, head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:00+04:00", None, "Azertac",
                       "Baku"))


def kabar() -> Page:
    url = "https://kabar.kg/news/zhogorku-kenesh-priniał-biudzhet-na-2025-god/"
    title = "Жогорку Кенеш принял бюджет на 2025 год"
    paras = ["Бишкек, 17 декабря. /Кабар/. Жогорку Кенеш принял в третьем чтении закон о "
             "республиканском бюджете на 2025 год и плановый период 2026-2027 годов.",
             "Доходы бюджета на 2025 год прогнозируются в размере 381,7 млрд сомов.",
             "Закон направлен на подпись президенту."]
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Кабар"),
                    ("property", "article:published_time", "2024-12-17T13:03:00+06:00")]))
    body = (_nav("Кабар", ["Политика", "Экономика", "Общество", "В мире", "Спорт"], "header")
            + '<div class="wrapper"><div class="news-detail"><h1>' + title + '</h1>'
            '<div class="news-meta"><span class="date">17 декабря 2024, 13:03</span></div>'
            '<div class="news-detail-text">' + _ps(paras) + '</div>'
            '<div class="news-tags"><a href="/tag/budget">бюджет</a></div></div></div>'
            + _footer(["© 2024 КНИА «Кабар». При использовании материалов ссылка на Кабар обязательна."]))
    return Page("kabar", url, _doc("ru", title + " - Кабар", head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:00+06:00", None, "Kabar",
                       "Бишкек"))


# ---------------------------------------------------------------------------------------------
# East Asia: the big wires in their other languages


def xinhua_es() -> Page:
    url = "https://spanish.news.cn/20241217/a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6/c.html"
    title = "Producción industrial de China crece 5,4 por ciento en noviembre"
    paras = ["BEIJING, 17 dic (Xinhua) -- La producción industrial con valor agregado de China "
             "aumentó un 5,4 por ciento interanual en noviembre, según datos oficiales "
             "publicados hoy martes.",
             "La cifra supera el 5,3 por ciento registrado en octubre, de acuerdo con la "
             "Oficina Nacional de Estadísticas.",
             "Las ventas minoristas de bienes de consumo crecieron un 3 por ciento."]
    head = '<meta name="keywords" content="China, producción industrial">'
    body = (_nav("Xinhua", ["China", "Mundo", "Economía", "Cultura", "Deportes"], "nav")
            + '<div class="main"><div class="header"><h1><span class="title">' + title + '</span></h1>'
            '<div class="info"><span class="source">Fuente: Xinhua</span>'
            '<span class="time">2024-12-17 13:03:20</span></div>' + _share("share") + '</div>'
            '<div id="detail">' + _ps(paras) + '<p>Fin</p></div>'
            '<div class="editor">Editor: Teresa Díaz</div></div>'
            + _footer(["Copyright © 2000 - 2024 XINHUANET.com All rights reserved."]))
    return Page("xinhua-es", url, _doc("es", title + "_Spanish.news.cn", head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:20+08:00", None, "Xinhua",
                       "BEIJING"))


def xinhua_fr() -> Page:
    url = "https://french.news.cn/20241217/f1e2d3c4b5a6978877665544332211aa/c.html"
    title = "La production industrielle de la Chine augmente de 5,4% en novembre"
    paras = ["BEIJING, 17 décembre (Xinhua) -- La production industrielle à valeur ajoutée de la "
             "Chine a augmenté de 5,4% en glissement annuel en novembre, selon des données "
             "officielles publiées mardi.",
             "Ce chiffre est en hausse par rapport à celui de 5,3% enregistré en octobre.",
             "Les ventes au détail de biens de consommation ont augmenté de 3%."]
    head = '<meta name="keywords" content="Chine, production industrielle">'
    body = (_nav("Xinhua", ["Chine", "Monde", "Economie", "Culture", "Sports"], "nav")
            + '<div class="main"><div class="header"><h1><span class="title">' + title + '</span></h1>'
            '<div class="info"><span class="time">2024-12-17 13:03:20</span>'
            '<span class="source">Source: Xinhua</span></div></div>'
            '<div id="detail"><p><img src="/f.jpg"></p><p style="text-align:center">Photo prise le '
            '16 décembre 2024 montrant un atelier d\'usine à Hefei. (Xinhua/Zhou Mu)</p>'
            + _ps(paras) + '</div><div class="editor">Rédacteur: Zhang Lin</div></div>'
            + _footer(["Copyright © 2000 - 2024 XINHUANET.com All rights reserved."]))
    return Page("xinhua-fr", url, _doc("fr", title + "_French.news.cn", head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:20+08:00", None, "Xinhua",
                       "BEIJING"))


def kyodo_ja() -> Page:
    url = "https://www.47news.jp/11954321.html"
    title = "25年度予算案、過去最大115兆円　閣議決定、防衛費も増加"
    paras = ["政府は27日、2025年度予算案を閣議決定した。一般会計の総額は115兆5415億円で、"
             "過去最大を更新した。",
             "高齢化に伴う社会保障費は38兆2778億円、防衛費は8兆6691億円で、いずれも過去最大と"
             "なった。防衛力の抜本的強化に向けた5年間の整備計画の3年目に当たる。",
             "国債の元利払いに充てる国債費は28兆2179億円。日銀の利上げを受け、予算の前提となる"
             "想定金利を2.0％に引き上げたため、利払い費も膨らむ。",
             "税収は78兆4400億円と過去最高を見込む。新規国債発行額は28兆6490億円で、歳入に占める"
             "借金の割合を示す国債依存度は24.8％に低下する。",
             "政府は予算案を来年1月召集の通常国会に提出し、年度内の成立を目指す。少数与党の下、"
             "野党の協力が必要となる。"]
    pub = "2024-12-27T10:14:00+09:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "47NEWS"),
                    ("property", "article:published_time", pub)])
            + _news_ld(title, pub, None, ["共同通信"], "共同通信", url, author_type="Organization"))
    body = (_nav("47NEWS", ["国内", "国際", "経済", "スポーツ", "エンタメ"], "header")
            + '<main><article class="post"><h1 class="post__title">' + title + '</h1>'
            '<div class="post__meta"><time class="post__date" datetime="2024-12-27T10:14:00+09:00">'
            '2024年12月27日 10時14分</time><span class="post__credit">共同通信</span></div>'
            '<figure class="post__image"><img src="/i.jpg"><figcaption>閣議に臨む石破首相（中央）'
            '＝27日午前、首相官邸</figcaption></figure>'
            '<div class="post__body">' + _ps(paras) + '</div>'
            '<div class="post__related"><h3>関連記事</h3><a href="/r">補正予算が成立</a></div>'
            '</article></main>' + _footer(["Copyright © 2024 一般社団法人共同通信社"]))
    return Page("kyodo-ja", url, _doc("ja", title + " | 47NEWS", head, body),
                _truth(title, _text(paras), ["共同通信"], pub, None, "Kyodo", None))


def yonhap_cn() -> Page:
    url = "https://cn.yna.co.kr/view/ACK20241217001200881"
    title = "韩国11月失业率2.7% 就业人口增12.3万"
    paras = ["韩联社首尔12月17日电 韩国统计厅17日发布的数据显示，11月就业人口为2880万人，"
             "同比增加12.3万人。",
             "失业率为2.7%，与去年同期持平。15岁以上人口就业率为63.3%，同比上升0.1个百分点。",
             "按年龄段来看，60岁以上就业人口增加27.2万人，增幅最大；而20多岁就业人口减少18.5万人，"
             "连续25个月减少。",
             "按行业来看，卫生和社会福利服务业就业人口增加11.3万人，制造业减少9.6万人，建筑业减少"
             "9.1万人。",
             "统计厅相关人士表示，建筑业就业人口受业务减少影响持续下降，预计短期内难以好转。"]
    pub = "2024-12-17T10:24:00+09:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "韩联社"),
                    ("property", "article:published_time", "2024-12-17T10:24:00+09:00")]))
    body = (_nav("韩联社", ["政治", "经济", "社会", "朝鲜", "文化"], "header")
            + '<div class="content03"><div class="title-article01"><h1 class="tit">' + title + '</h1>'
            '<p class="update-time">2024-12-17 10:24</p></div>' + _share("share-wrap")
            + '<article class="story-news article">' + _ps(paras)
            + '<p>（完）</p></article></div>'
            + _footer(["【版权所有】韩联社 未经授权严禁转载复制"]))
    return Page("yonhap-cn", url, _doc("zh-CN", title + " | 韩联社", head, body),
                _truth(title, _text(paras), [], pub, None, "Yonhap", "首尔"))


def yonhap_jp() -> Page:
    url = "https://jp.yna.co.kr/view/AJP20241217001200882"
    title = "韓国の11月失業率2.7％　就業者12万人増"
    paras = ["【ソウル聯合ニュース】韓国統計庁が17日発表した雇用動向によると、11月の就業者数は"
             "2880万人で、前年同月比12万3000人増加した。",
             "失業率は2.7％で前年同月と同じだった。15歳以上の就業率は63.3％で、前年同月比0.1ポイント"
             "上昇した。",
             "年齢別では60歳以上の就業者が27万2000人増えた一方、20代は18万5000人減少し、25カ月連続"
             "で減少した。",
             "産業別では保健業・社会福祉サービス業が11万3000人増加したが、製造業は9万6000人、"
             "建設業は9万1000人それぞれ減少した。",
             "統計庁の関係者は、建設業の不振が続いており、短期間での回復は難しいとの見方を示した。"]
    pub = "2024-12-17T10:41:00+09:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "聯合ニュース"),
                    ("property", "article:published_time", pub)]))
    body = (_nav("聯合ニュース", ["政治", "北朝鮮", "経済", "社会", "芸能"], "header")
            + '<div class="content03"><div class="title-article01"><h1 class="tit">' + title + '</h1>'
            '<p class="update-time">2024.12.17 10:41</p></div>' + _share("share-wrap")
            + '<article class="story-news article">' + _ps(paras)
            + '</article></div>' + _footer(["Copyright 2024 聯合ニュース All rights reserved."]))
    return Page("yonhap-jp", url, _doc("ja", title + " | 聯合ニュース", head, body),
                _truth(title, _text(paras), [], pub, None, "Yonhap", "ソウル"))


# ---------------------------------------------------------------------------------------------
# Latin America


def telam() -> Page:
    url = "https://www.telam.com.ar/notas/202312/650123-inflacion-noviembre-indec.html"
    title = "La inflación de noviembre fue del 12,8% y acumula 148,2% en el año"
    lead = "El Indec informó que la suba de precios interanual alcanzó el 160,9%."
    paras = ["El Índice de Precios al Consumidor (IPC) registró en noviembre un aumento del "
             "12,8%, informó hoy el Instituto Nacional de Estadística y Censos (Indec).",
             "Con este dato, la inflación acumulada en los primeros once meses del año llegó al "
             "148,2%.",
             "Los mayores aumentos se registraron en Salud y en Equipamiento del hogar."]
    pub = "2023-12-13T16:00:00-03:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Télam"),
                    ("property", "og:description", lead),
                    ("property", "article:published_time", "2023-12-13T16:00:00-03:00")]))
    body = (_nav("Télam", ["Política", "Economía", "Sociedad", "Internacional", "Deportes"], "header")
            + '<div class="container"><div class="nota"><div class="volanta">Economía</div>'
            f'<h1 class="title">{title}</h1><h2 class="bajada">{lead}</h2>'
            '<div class="fecha">13-12-2023 16:00</div>'
            '<div class="foto"><img src="/i.jpg"><span class="epigrafe">Foto: Archivo</span></div>'
            '<div class="editable-content">' + _ps(paras) + '</div>'
            '<div class="relacionadas"><h3>Notas relacionadas</h3><a href="/r">El dólar</a></div>'
            '</div></div>' + _footer(["Télam S.E. Agencia Nacional de Noticias. © 2023"]))
    return Page("telam", url, _doc("es", title + " - Télam - Agencia Nacional de Noticias", head, body),
                _truth(title, lead + "\n\n" + _text(paras), [], pub, None, "Télam", None))


def noticias_argentinas() -> Page:
    url = "https://noticiasargentinas.com/economia/el-bcra-compro-us-200-millones-y-las-reservas-superaron-los-us-32-000-millones_a6761234"
    title = "El BCRA compró US$200 millones y las reservas superaron los US$32.000 millones"
    paras = ["Buenos Aires, 17 dic (NA) – El Banco Central compró este martes US$200 millones "
             "en el mercado oficial de cambios y las reservas internacionales superaron los "
             "US$32.000 millones.",
             "En lo que va de diciembre, la entidad acumula compras por más de US$1.500 "
             "millones.",
             "El dólar mayorista cerró a $1.024,50."]
    pub = "2024-12-17T18:12:00-03:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Noticias Argentinas"),
                    ("property", "og:type", "article")])
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": "2024-12-17T21:12:00.000Z",
                   "author": [{"@type": "Person", "name": "Noticias Argentinas"}],
                   "publisher": {"@type": "Organization", "name": "Noticias Argentinas"}}))
    body = (_nav("NA", ["Política", "Economía", "Sociedad", "Deportes"], "header")
            + '<main><article class="article-body-wrapper"><h1 class="article-headline">' + title + '</h1>'
            '<div class="article-byline"><span class="byline">Por Noticias Argentinas</span>'
            '<time class="article-date">17 de diciembre de 2024 - 18:12</time></div>'
            '<div class="article-body">' + _ps(paras) + '</div></article></main>'
            + _footer(["© 2024 Noticias Argentinas. Todos los derechos reservados."]))
    return Page("noticias-argentinas", url, _doc("es", title + " | Noticias Argentinas", head, body),
                _truth(title, _text(paras), ["Noticias Argentinas"], pub, None, "NA", "Buenos Aires"))


def notimex() -> Page:
    url = "https://www.notimex.gob.mx/nota/2022/12/13/banxico-sube-tasa-de-interes-a-10-5"
    title = "Banxico sube tasa de interés a 10.5 por ciento"
    paras = ["Ciudad de México, 15 Dic (Notimex).- La Junta de Gobierno del Banco de México "
             "(Banxico) decidió por unanimidad incrementar en 50 puntos base el objetivo para la "
             "tasa de interés interbancaria a un día, a un nivel de 10.5 por ciento.",
             "El banco central señaló que la inflación general anual ha disminuido.",
             "La próxima decisión de política monetaria será el 9 de febrero de 2023."]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "Notimex")])
    body = (_nav("NOTIMEX", ["Nacional", "Economía", "Internacional", "Cultura", "Deportes"], "header")
            + '<div class="container"><div class="nota-detalle"><h1>' + title + '</h1>'
            '<div class="nota-fecha">15/12/2022 13:03</div>'
            '<div class="nota-texto">' + _ps(paras) + '<p>NTX/GRB/ECO</p></div></div></div>'
            + _footer(["Notimex, Agencia de Noticias del Estado Mexicano. © 2022"]))
    return Page("notimex", url, _doc("es-MX", title + " | Notimex", head, body),
                _truth(title, _text(paras), [], "2022-12-15T13:03:00-06:00", None, "Notimex",
                       "Ciudad de México"))


BUILDERS: list[Callable[[], Page]] = [
    upi, reuters_com, apnews_2023, afp_factcheck, ips,
    apa_science, leta, bns, err_news,
    fena, mia, ata, moldpres,
    nna_lb, sana_en, mena_ar, lana, suna, bna, aa_ar, aa_fr,
    gna,
    vna_en, kpl, akp, unb, pajhwok, azertac, kabar,
    xinhua_es, xinhua_fr, kyodo_ja, yonhap_cn, yonhap_jp,
    telam, noticias_argentinas, notimex,
]


def pages() -> Iterator[Page]:
    for build in BUILDERS:
        yield build()
