# ruff: noqa: E501
"""Look-alike article pages of the Fundus-supported publishers (flairNLP/fundus) that are in
neither the dev corpus nor the other Fundus sets (`tests.fundus_pages` to `tests.fundus_pages4`)
(set 5). Fundus's publisher list holds sixteen such publishers (DW, Stern, AFP Faktencheck, CNBC,
Reuters, The New Yorker, The Washington Post, Business Insider, the BBC, CBC News, The Globe and
Mail, National Post, Financial Post, The Province, Yomiuri Shimbun, Aftonbladet); nine of them
have a second page in the other layout their Fundus parser knows (DW's old and new templates,
Stern's V1 and V2, Reuters' `p`- and `div`-paragraphs) or of another kind of article (an
analysis, an opinion column, a live-style update), making twenty-five pages.

Each page is written from the structure its Fundus parser's selectors imply (DW's
`ul.smallList` facts list with "Datum" and "Autorin/Autor", Stern's `.intro` standfirst and
`li.authors__list-item`s, AFP's `wrapper-summary`, CNBC's key-points box, Reuters'
`data-testid="paragraph-N"` blocks with their ", opens new tab" spans, the New Yorker's
`ContentHeaderDek`, the Post's `data-qa` marks and "Story continues below advertisement",
Business Insider's `summary-list` (its points the text's opening, as the dev corpus keeps a
Tages-Anzeiger "In Kürze" list; CNBC's "Key Points" box stays out, a box under its label), the
BBC's `data-component` blocks with a bold first
paragraph (the story's first paragraph, which the record keeps in the text, as the dev corpus
keeps such a lead), CBC's `h2.deck`, Postmedia's `article-subtitle` and "Article content" labels,
Aftonbladet's `lead-text`) and from what the site printed around 2023-2025, with the record a
careful reader would write; its standfirst is the `subtitle` (docs/quality.md), the body the
text after it.

`pages()` yields `publisher_pages.Page`s; `ablated` strips the metadata.
`python -m tests.fundus_measure -v --set 5` prints the figures.
"""

from __future__ import annotations

from collections.abc import Iterator

from tests.fundus_pages import _desc
from tests.publisher_pages import (
    Page,
    _doc,
    _en_footer,
    _en_nav,
    _footer,
    _ld,
    _metas,
    _nav,
    _news_ld,
    _ps,
    _text,
    ablated,
)

# ---------------------------------------------------------------------------------------------
# Germany


def dw() -> Page:
    url = "https://www.dw.com/de/bundestag-beschliesst-cannabis-legalisierung/a-68398765"
    head = "Bundestag beschließt teilweise Legalisierung von Cannabis"
    lead = ("Besitz und Anbau kleiner Mengen sollen vom 1. April an erlaubt sein. Die Opposition "
            "und Ärzteverbände warnen vor den Folgen für junge Menschen.")
    paras = ["Nach monatelangem Streit hat der Bundestag das Cannabisgesetz der Ampel-Koalition "
             "verabschiedet. 407 Abgeordnete stimmten dafür, 226 dagegen.",
             "Erwachsene dürfen künftig bis zu 25 Gramm Cannabis bei sich haben und zu Hause bis "
             "zu drei Pflanzen anbauen.",
             "Vom 1. Juli an sollen zudem nicht-kommerzielle Anbauvereinigungen erlaubt sein, in "
             "denen bis zu 500 Mitglieder gemeinsam Cannabis anbauen.",
             "Der Bundesrat befasst sich im März mit dem Gesetz. Zustimmungspflichtig ist es "
             "nicht."]
    sub = "Clubs mit bis zu 500 Mitgliedern"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("name", "keywords", "Cannabis, Bundestag, Legalisierung")])
                 + _news_ld(head, "2024-02-23T13:37:00.000Z", None, ["Nina Werkhäuser"],
                            "Deutsche Welle", url))
    body = (_nav("DW", ["Themen", "Deutschland", "Welt", "Wirtschaft", "Kultur"])
            + '<div id="bodyContent"><div class="col3"><h1>' + head + '</h1>'
            f'<p class="intro">{lead}</p>'
            '<div class="group"><div class="picBox full"><img src="/1.jpg" alt="">'
            '<p>Cannabis-Pflanzen in einer Indoor-Anlage<span class="credits">Bild: Fabian '
            'Sommer/dpa/picture alliance</span></p></div>'
            '<div class="longText">' + _ps(paras[:2])
            + '<div class="gallery col1 left"><h3>Mehr zum Thema</h3><a href="/de/x">Was das '
            'Cannabisgesetz erlaubt - und was nicht</a></div>'
            + f'<h2>{sub}</h2>' + _ps(paras[2:])
            + '</div></div><div class="col1 dim"><ul class="smallList">'
            '<li><strong>Datum</strong> 23.02.2024</li>'
            '<li><strong>Autorin/Autor</strong> Nina Werkhäuser</li>'
            '<li><strong>Themenseiten</strong> <a href="/de/t-123">Cannabis</a></li>'
            '<li><strong>Schlagwörter</strong> <a href="/x">Cannabis</a>, <a href="/y">'
            'Bundestag</a></li>'
            '<li><strong>Permalink</strong> https://p.dw.com/p/4cmXy</li></ul>'
            '<a class="share" href="#">Teilen</a><a class="print" href="#">Drucken</a></div>'
            '</div></div>'
            + _footer("© 2024 Deutsche Welle"))
    return Page("dw", url, _doc("de", f"{head} – DW – 23.02.2024", head_html, body),
                {"title": head, "authors": ["Nina Werkhäuser"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": "2024-02-23T14:37:00+01:00", "modified": None})


def dwen() -> Page:
    url = ("https://www.dw.com/en/germany-farmers-protest-tractors-block-berlin-diesel-subsidy/"
           "a-67912345")
    head = "German farmers block Berlin with tractors in protest over subsidy cuts"
    lead = ("Thousands of farmers have driven their tractors into the German capital. They are "
            "angry about the government's plan to scrap tax breaks on agricultural diesel.")
    paras = ["Long columns of tractors rolled into central Berlin on Monday morning, bringing "
             "traffic around the Brandenburg Gate to a standstill.",
             "The German Farmers' Association said about 10,000 people took part in the rally.",
             "Finance Minister Christian Lindner was booed when he addressed the crowd.",
             "The government has already softened its plans, spreading the cut in the diesel "
             "subsidy over three years."]
    sub = "Lindner booed by protesters"
    pub, mod = "2024-01-15T10:52:00.000Z", "2024-01-15T16:08:00.000Z"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub),
                                       ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Ben Knight"], "Deutsche Welle", url))
    body = (_en_nav("DW", ["Topics", "Germany", "World", "Business", "Science", "Culture"])
            + '<main><div class="content-area"><article><header>'
            '<span class="kicker"><a href="/en/germany/s-1432">Politics</a></span>'
            f'<h1>{head}</h1>'
            f'<p class="teaser-text">{lead}</p>'
            '<div class="author-details"><div class="author-image"><img src="/a.jpg" alt="Ben '
            'Knight"></div><a href="/en/ben-knight/person-36245">Ben Knight</a></div>'
            '<div class="publication"><span class="publication-time"><time datetime="'
            + pub + '">01/15/2024</time></span><span>January 15, 2024</span></div>'
            '<ul class="social-buttons"><li>Share</li><li>Print</li></ul></header>'
            '<figure><img src="/1.jpg" alt=""><figcaption>Farmers say the cuts threaten their '
            'livelihoods<span class="credits">Image: Fabian Sommer/dpa/picture alliance</span>'
            '</figcaption></figure>'
            '<div class="rich-text">' + _ps(paras[:2])
            + '<div class="placeholder-image"><a href="/en/x"><h3>Germany: Farmers protest '
            'against subsidy cuts</h3><span>To view this video please enable JavaScript</span>'
            '</a></div>'
            + f'<h2>{sub}</h2>' + _ps(paras[2:])
            + '</div><div class="info-box"><p>Send us your feedback</p></div></article></div>'
            '</main>' + _en_footer("© 2024 Deutsche Welle"))
    return Page("dwen", url, _doc("en", f"{head} – DW – 01/15/2024", head_html, body),
                {"title": head, "authors": ["Ben Knight"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": "2024-01-15T10:52:00+00:00", "modified": "2024-01-15T16:08:00+00:00"})


def stern() -> Page:
    url = ("https://www.stern.de/panorama/wissen/hitze-in-deutschland--wie-heiss-wird-der-"
           "sommer-2024--34712345.html")
    head = "Wie heiß wird der Sommer? Das sagen die Meteorologen"
    lead = ("Nach dem nassen Frühjahr hoffen viele auf einen sonnigen Sommer. Die Langfrist-"
            "Prognosen sind sich ausnahmsweise einig.")
    paras = ["Der Deutsche Wetterdienst rechnet für Juni bis August mit Temperaturen, die etwa "
             "ein Grad über dem langjährigen Mittel liegen.",
             "Auch das europäische Wettermodell ECMWF sieht einen überdurchschnittlich warmen "
             "Sommer voraus.",
             "Wie viel Regen fällt, ist dagegen offen. Die Modelle liefern hier kein klares "
             "Signal.",
             "Meteorologe Dominik Jung warnt davor, die Prognosen als Garantie zu verstehen."]
    sub = "Beim Regen gibt es kein klares Signal"
    pub = "2024-06-03T17:45:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("name", "date", pub)])
                 + _news_ld(head, pub, "2024-06-03T18:02:00+02:00", ["Lea Wolz"], "STERN.de", url))
    body = (_nav("STERN.de", ["Politik", "Gesellschaft", "Panorama", "Wirtschaft", "Digital"])
            + '<main><article class="article"><header class="article__header">'
            '<h1 class="title"><span class="title__kicker">Wetter</span>'
            f'<span class="title__headline">{head}</span></h1>'
            '<div class="article-info"><time class="article-info__date" datetime="' + pub
            + '">03.06.2024, 17:45</time><span class="article-info__reading-time">3 Min.</span>'
            '</div></header>'
            '<figure class="image-element"><img src="/1.jpg" alt=""><figcaption><div '
            'class="caption">Badegäste am Strand von Warnemünde</div><div class="credits">© '
            'Bernd Wüstneck/dpa</div></figcaption></figure>'
            '<div class="article__body">'
            f'<div class="intro typo-intro">{lead}</div>'
            + "".join(f'<div class="text-element u-richtext"><p>{x}</p></div>' for x in paras[:2])
            + '<div class="teaser-plaintext"><span>Lesen Sie auch:</span> <a href="/x">Unwetter: '
            'So schützen Sie Ihr Haus</a></div>'
            + f'<h2 class="subheadline-element">{sub}</h2>'
            + "".join(f'<div class="text-element u-richtext"><p>{x}</p></div>' for x in paras[2:])
            + '</div><div class="authors"><ul class="authors__list"><li class="authors__list-item">'
            '<a href="/lea-wolz-9123456.html">Lea Wolz</a></li></ul></div>'
            '<ul class="tags"><li><a href="/x">Wetter</a></li><li><a href="/y">Sommer</a></li>'
            '</ul></article></main>' + _footer("© stern.de GmbH"))
    return Page("stern", url, _doc("de", f"Wetter: {head} | STERN.de", head_html, body),
                {"title": head, "authors": ["Lea Wolz"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": "2024-06-03T18:02:00+02:00"})


def stern2023() -> Page:
    url = ("https://www.stern.de/wirtschaft/news/deutschlandticket--49-euro-ticket-startet---"
           "was-sie-wissen-muessen-33412345.html")
    head = "Das Deutschlandticket startet: Was Sie jetzt wissen müssen"
    lead = ("Ab 1. Mai gilt das 49-Euro-Ticket im gesamten Nahverkehr. Wer es kaufen will, "
            "braucht ein Abo – und meist ein Smartphone.")
    paras = ["Das Deutschlandticket kostet 49 Euro im Monat und gilt bundesweit in Bussen, "
             "Straßenbahnen, U- und S-Bahnen sowie in Regionalzügen.",
             "Verkauft wird es nur im Abonnement, das monatlich gekündigt werden kann.",
             "Die meisten Verkehrsverbünde geben das Ticket als Handy-Ticket aus.",
             "Einige Verbünde bieten übergangsweise auch eine Chipkarte an."]
    sub = "Chipkarte oder Handy?"
    pub = "2023-04-28T06:31:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head), ("name", "date", pub)])
                 + _news_ld(head, pub, pub, None, "STERN.de", url,
                            extra={"author": [{"@type": "Person", "name": "Daniel Wüstenberg"},
                                              {"@type": "Organization", "name": "STERN.de"}]}))
    body = (_nav("STERN.de", ["Politik", "Gesellschaft", "Panorama", "Wirtschaft", "Digital"])
            + '<main><article class="article"><header class="article__header">'
            '<h1 class="title"><span class="title__kicker">49-Euro-Ticket</span>'
            f'<span class="title__headline">{head}</span></h1>'
            f'<div class="intro"><p class="intro__text">{lead}</p></div>'
            '<div class="authors"><ul class="authors__list"><li class="authors__list-item">'
            '<a href="/daniel-wuestenberg-8012345.html">Daniel Wüstenberg</a></li></ul></div>'
            '<time class="article-info__date" datetime="' + pub + '">28.04.2023, 06:31</time>'
            '</header><div class="article__body">' + _ps(paras[:2])
            + '<div class="embed embed--newsletter"><p>Der stern-Newsletter: Jetzt abonnieren!'
            '</p></div>'
            + f'<h2 class="subheadline-element">{sub}</h2>' + _ps(paras[2:])
            + '</div><div class="article__tags"><ul><li class="links__item">Deutschlandticket'
            '</li></ul></div></article></main>' + _footer("© stern.de GmbH"))
    return Page("stern2023", url, _doc("de", f"49-Euro-Ticket: {head} | STERN.de", head_html, body),
                {"title": head, "authors": ["Daniel Wüstenberg"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": pub})


def afpfaktencheck() -> Page:
    url = "https://faktencheck.afp.com/doc.afp.com.34HX7QZ"
    head = "Nein, die EU verbietet nicht das Halten von Hühnern im eigenen Garten"
    lead = ("In Sozialen Netzwerken heißt es, die EU wolle privaten Haltern verbieten, Hühner "
            "im Garten zu halten. Das ist falsch: Eine neue Tiergesundheitsverordnung sieht "
            "lediglich eine Registrierungspflicht vor, die es in Deutschland seit Jahren gibt.")
    paras = ["„Ab 2024 dürfen Sie keine Hühner mehr im Garten halten“, heißt es in einem "
             "Facebook-Beitrag, der seit Mitte Januar mehr als 3000 Mal geteilt wurde.",
             "Eine solche Regelung gibt es nicht. Das Bundeslandwirtschaftsministerium teilte "
             "AFP auf Anfrage mit, dass die Hobbyhaltung von Geflügel weiterhin erlaubt sei.",
             "Die EU-Tiergesundheitsverordnung gilt seit April 2021. Sie verlangt, dass "
             "Geflügelhalter ihre Tiere bei der zuständigen Behörde melden.",
             "In Deutschland besteht diese Meldepflicht bereits seit 2010 nach der "
             "Viehverkehrsverordnung.",
             "Fazit: Die EU verbietet privaten Haltern nicht, Hühner im Garten zu halten."]
    sub1, sub2 = "Was die Verordnung regelt", "Meldepflicht besteht seit Jahren"
    pub = "2024-02-14T16:09:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head)])
                 + _ld({"@context": "https://schema.org", "@type": "ClaimReview",
                        "url": url, "datePublished": pub,
                        "claimReviewed": "Die EU verbietet ab 2024 das Halten von Hühnern im Garten",
                        "author": {"@type": "Organization", "name": "AFP Faktencheck",
                                   "url": "https://faktencheck.afp.com"},
                        "reviewRating": {"@type": "Rating", "alternateName": "Falsch"},
                        "itemReviewed": {"@type": "Claim", "author": {"@type": "Organization",
                                                                      "name": "Social Media"}}}))
    body = (_nav("AFP Faktencheck", ["Faktenchecks", "Methodik", "Kontakt"])
            + '<main><article><div class="article-entry"><h1 class="content-title">' + head
            + '</h1><div class="content-meta"><ul>'
            '<li class="information-item"><span>Von <a href="/list/author/Anna%20Meier">Anna '
            'Meier</a></span>, AFP Deutschland</li>'
            '<li class="information-item">Veröffentlicht am 14. Februar 2024 um 16:09</li>'
            '</ul></div>'
            '<div class="left-content"><a href="/list/tags/EU">EU</a><a href="/list/tags/Tiere">'
            'Tiere</a></div>'
            f'<div class="wrapper-summary"><p>{lead}</p></div>'
            '<div class="wrapper-body">' + _ps(paras[:2])
            + '<div class="wrapper-image"><img src="/s.jpg" alt=""><span class="legend">Screenshot '
            'des Facebook-Beitrags: 13. Februar 2024</span></div>'
            + f'<h3>{sub1}</h3>' + _ps(paras[2:3]) + f'<h3>{sub2}</h3>' + _ps(paras[3:])
            + '</div><div class="article-footer"><p>Sie möchten, dass AFP eine Behauptung '
            'überprüft? Kontaktieren Sie uns.</p></div></div></article></main>'
            + _footer("Copyright © AFP 2017-2024. Alle Rechte vorbehalten."))
    return Page("afpfaktencheck", url, _doc("de", f"{head} | Faktencheck", head_html, body),
                {"title": head, "authors": ["Anna Meier"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub1, paras[2], sub2, *paras[3:]]),
                 "published": pub, "modified": None})


# ---------------------------------------------------------------------------------------------
# United States


def cnbc() -> Page:
    url = "https://www.cnbc.com/2024/05/08/uber-earnings-q1-2024.html"
    head = "Uber shares fall after company reports surprise first-quarter loss"
    keys = ["Uber reported a net loss of $654 million, hurt by changes in the value of its "
            "equity investments.",
            "Gross bookings rose 20% year over year to $37.65 billion."]
    paras = ["Uber shares fell nearly 6% on Wednesday after the ride-hailing company reported an "
             "unexpected loss for the first quarter.",
             "Revenue rose 15% to $10.13 billion, in line with analysts' estimates.",
             "Mobility gross bookings grew 24% and delivery bookings 18%.",
             "Uber expects gross bookings of between $39 billion and $40.5 billion in the "
             "second quarter."]
    sub = "Guidance"
    pub, mod = "2024-05-08T10:34:13+0000", "2024-05-08T16:55:02+0000"
    head_html = (_desc(keys[0]) + _metas([("property", "og:title", head),
                                          ("name", "keywords", "Uber Technologies Inc, Earnings"),
                                          ("property", "article:published_time", pub),
                                          ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Jonathan Vanian"], "CNBC", url))
    p = '<div class="group"><p>{}</p></div>'
    body = (_en_nav("CNBC", ["Markets", "Business", "Investing", "Tech", "Politics", "CNBC TV"])
            + '<main><div class="ArticleHeader-wrapper"><a class="ArticleHeader-eyebrow" '
            'href="/technology/">Technology</a>'
            f'<h1 class="ArticleHeader-headline">{head}</h1>'
            '<div class="ArticleHeader-time"><time data-testid="published-timestamp" datetime="'
            + pub + '">Published Wed, May 8 2024 6:34 AM EDT</time><time data-testid='
            '"lastpublished-timestamp" datetime="' + mod + '">Updated Wed, May 8 2024 12:55 PM EDT'
            '</time></div></div>'
            '<div class="ArticleBody-byline"><div class="Author-authorNameAndSocial">'
            '<a class="Author-authorName" href="/jonathan-vanian/">Jonathan Vanian</a></div>'
            '<div class="Author-authorTitle">@in/jonathan-vanian-b704432</div></div>'
            '<div class="RenderKeyPoints-keyPoints"><h2 class="RenderKeyPoints-header">Key '
            'Points</h2><div class="RenderKeyPoints-list"><ul>'
            + "".join(f"<li>{k}</li>" for k in keys) + '</ul></div></div>'
            '<div class="ArticleBody-articleBody" data-module="ArticleBody">'
            '<div class="InlineImage-imageEmbed"><img src="/1.jpg" alt=""><div '
            'class="InlineImage-imageEmbedCaption">Dara Khosrowshahi, CEO of Uber.</div><div '
            'class="InlineImage-imageEmbedCredit">Anna Moneymaker | Getty Images</div></div>'
            + "".join(p.format(x) for x in paras[:2])
            + '<div class="InlineVideo-container"><p class="InlineVideo-title">watch now</p>'
            '<p>VIDEO 4:21 04:21</p><p>Uber CEO on first-quarter results</p><p>Squawk Box</p></div>'
            + f'<h2 class="ArticleBody-subtitle">{sub}</h2>'
            + "".join(p.format(x) for x in paras[2:])
            + '<div class="RelatedContent-relatedContent"><p><strong>Don\'t miss these insights '
            'from CNBC PRO</strong></p><ul><li><a href="/x">Analysts say buy these stocks</a></li>'
            '</ul></div></div></main>'
            + _en_footer("© 2024 CNBC LLC. All Rights Reserved. A Division of NBCUniversal"))
    return Page("cnbc", url, _doc("en", head, head_html, body),
                {"title": head, "authors": ["Jonathan Vanian"],
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": "2024-05-08T10:34:13+00:00", "modified": "2024-05-08T16:55:02+00:00"})


def _reuters(url: str, head: str, paras: list[str], sub: str, authors: list[str], byline: str,
             pub: str, mod: str, printed: str, tag: str, section: str) -> tuple[str, str]:
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head),
                                           ("property", "article:published_time", pub),
                                           ("property", "article:modified_time", mod),
                                           ("property", "article:section", section)]
                                          + [("property", "article:author", a) for a in authors])
                 + _ld({"@context": "http://schema.org", "@type": "NewsArticle",
                        "headline": head, "datePublished": pub, "dateModified": mod,
                        "author": [{"@type": "Person", "byline": a} for a in authors],
                        "publisher": {"@type": "Organization", "name": "Reuters"}}))
    cells = []
    for i, x in enumerate(paras):
        if i == 2:
            cells.append('<h2 data-testid="Heading" class="text__text__1FZLe text__heading_5__1'
                         f'qUJ5 heading__base__2T28j">{sub}</h2>')
        cells.append(f'<{tag} data-testid="paragraph-{i}" class="text__text__1FZLe '
                     f'article-body__paragraph__2-BtD">{x}</{tag}>')
        if i == 1:
            cells.append('<div data-testid="element" class="article-body__element__2p5pI"><div '
                         'data-testid="ResponsiveAdSlot"><span>Advertisement · Scroll to continue'
                         '</span></div></div>')
    body = (_en_nav("Reuters", ["World", "Business", "Markets", "Sustainability", "Legal"])
            + '<main><article><header class="article-header"><nav aria-label="Tags">'
            f'<a href="/{section.lower()}/">{section}</a></nav>'
            f'<h1 data-testid="Heading">{head}</h1>'
            f'<div data-testid="AuthorByline" class="article-header__author">{byline}</div>'
            f'<div class="article-header__dateline"><time datetime="{pub}">{printed}</time></div>'
            '</header><div class="article-body__content__17Yit">' + "".join(cells)
            + f'<p data-testid="SignOff" class="text__text__1FZLe sign-off__text__PU3Ac">{SIGN_OFF}'
            '</p><div class="trust-badge"><p>Our Standards: <a href="/info-pages/'
            'thomson-reuters-trust-principles/">The Thomson Reuters Trust Principles.</a>, '
            'opens new tab</p></div></div></article></main>'
            + _en_footer("© 2024 Reuters. All rights reserved"))
    return head_html, body


_NEW_TAB = '<span class="screen-reader-only">, opens new tab</span>'
#: The sign-off under the story, which the record keeps as printed (sites/reuters.py).
SIGN_OFF = "Reporting by Kate Holton; Editing by Alex Richardson"


def reuters() -> Page:
    url = ("https://www.reuters.com/business/retail-consumer/uk-retail-sales-rebound-march-"
           "2024-04-19/")
    head = "UK retail sales flat in March as rain keeps shoppers at home"
    paras = ["LONDON, April 19 (Reuters) - British retail sales were unchanged in March as wet "
             "weather kept shoppers away from the high street, official figures showed on Friday.",
             "The Office for National Statistics said sales volumes were flat on the month, "
             f'missing the 0.3% rise forecast in a <a href="https://www.reuters.com/x">Reuters poll{_NEW_TAB}</a> '
             "of economists.",
             "Sales at clothing retailers fell sharply, while online sales rose.",
             "The Bank of England is watching consumer demand closely as it considers when to "
             "start cutting interest rates."]
    sub = "CLOTHING SALES DOWN"
    pub, mod = "2024-04-19T06:17:42.000Z", "2024-04-19T08:40:11.000Z"
    byline = ('By <a href="/authors/suban-abdulla/">Suban Abdulla</a> and <a href="/authors/'
              'william-schomberg/">William Schomberg</a>')
    head_html, body = _reuters(url, head, paras, sub, ["Suban Abdulla", "William Schomberg"],
                               byline, pub, mod, "April 19, 2024 7:17 AM GMT+1 Updated 7 months ago",
                               "div", "Business")
    clean = [x.replace(f'<a href="https://www.reuters.com/x">Reuters poll{_NEW_TAB}</a>',
                       "Reuters poll") for x in paras]
    return Page("reuters", url, _doc("en", f"{head} | Reuters", head_html, body),
                {"title": head, "authors": ["Suban Abdulla", "William Schomberg"],
                 "body": "\n\n".join([*clean[:2], sub, *clean[2:], SIGN_OFF]),
                 "published": "2024-04-19T06:17:42+00:00", "modified": "2024-04-19T08:40:11+00:00"})


def reuters2023() -> Page:
    url = ("https://www.reuters.com/world/europe/dutch-far-right-wilders-wins-election-"
           "2023-11-23/")
    head = "Dutch anti-Islam populist Wilders wins election by a landslide"
    paras = ["AMSTERDAM, Nov 23 (Reuters) - Dutch anti-Islam populist Geert Wilders won a "
             "landslide victory in Wednesday's national election, according to a near-complete "
             "count.",
             "Wilders' Party for Freedom won 37 of 150 seats, more than twice as many as in the "
             "previous election.",
             "Wilders will need to find coalition partners to form a government, which could "
             "take months.",
             "Outgoing Prime Minister Mark Rutte congratulated Wilders on his win."]
    sub = "COALITION TALKS"
    pub, mod = "2023-11-23T11:44:05.000Z", "2023-11-23T14:02:37.000Z"
    byline = 'By <a href="/authors/bart-meijer/">Bart Meijer</a>'
    head_html, body = _reuters(url, head, paras, sub, ["Bart Meijer"], byline, pub, mod,
                               "November 23, 2023 12:44 PM GMT+1 Updated a year ago", "p",
                               "World")
    return Page("reuters2023", url, _doc("en", f"{head} | Reuters", head_html, body),
                {"title": head, "authors": ["Bart Meijer"],
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:], SIGN_OFF]),
                 "published": "2023-11-23T11:44:05+00:00", "modified": "2023-11-23T14:02:37+00:00"})


def newyorker() -> Page:
    url = "https://www.newyorker.com/news/the-financial-page/why-americans-feel-bad-about-the-economy"
    head = "Why Do Americans Feel So Bad About a Good Economy?"
    lead = ("Unemployment is low and wages are rising faster than prices. The gloom may have more "
            "to do with the cost of housing.")
    paras = ["By most of the usual measures, the American economy is doing well. Unemployment "
             "has been below four per cent for two years.",
             "Yet, in poll after poll, a majority of Americans say that the economy is getting "
             "worse.",
             "One explanation is that the price level, not the rate of inflation, is what "
             "people notice at the grocery store.",
             "Another is housing. Mortgage rates have more than doubled since 2021, locking many "
             "young families out of the market."]
    pub = "2024-02-26T06:00:00.000-05:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("name", "keywords", "economy,inflation,housing")])
                 + _news_ld(head, pub, "2024-02-26T10:12:00.000-05:00", ["John Cassidy"],
                            "The New Yorker", url,
                            extra={"alternativeHeadline": "Unemployment is low and wages are rising.",
                                   "articleSection": "the financial page"}))
    body = (_en_nav("The New Yorker", ["Newsletter", "Latest", "News", "Books & Culture",
                                        "Fiction & Poetry", "Humor & Cartoons"])
            + '<main><article class="article main-content"><header class="SplitScreenContentHeader">'
            '<a class="RubricName" href="/news/the-financial-page">The Financial Page</a>'
            f'<h1 data-testid="ContentHeaderHed">{head}</h1>'
            f'<div class="ContentHeaderDek">{lead}</div>'
            '<div class="BylinesWrapper"><p class="BylineWrapper"><span>By </span><span '
            'class="BylineName"><a href="/contributors/john-cassidy">John Cassidy</a></span></p>'
            '</div><time class="SplitScreenContentHeaderPublishDate">February 26, 2024</time>'
            '</header><div class="body__container"><div class="body__inner-container">'
            + _ps(paras[:2])
            + '<div class="ConsumerMarketingUnit"><p>Sign up for The Daily.</p><p>Receive the '
            'best of The New Yorker, every day, in your in-box.</p></div>'
            + _ps(paras[2:3]) + f'<p>{paras[3]} <span class="end-mark">♦</span></p>'
            + '</div></div><div class="ContentFooter"><p>Published in the print edition of the '
            'March 4, 2024, issue.</p></div><aside><h2>New Yorker Favorites</h2><ul><li>How a '
            'notorious gangster was exposed.</li></ul></aside></article></main>'
            + _en_footer("© 2024 Condé Nast. All rights reserved."))
    return Page("newyorker", url, _doc("en", f"{head} | The New Yorker", head_html, body),
                {"title": head, "authors": ["John Cassidy"], "subtitle": lead,
                 "body": _text(paras), "published": "2024-02-26T06:00:00-05:00",
                 "modified": "2024-02-26T10:12:00-05:00"})


def newyorkercomment() -> Page:
    url = "https://www.newyorker.com/magazine/2023/10/16/the-shutdown-that-wasnt"
    head = "The Shutdown That Wasn’t"
    lead = "A last-minute deal kept the government open. It also cost Kevin McCarthy his job."
    paras = ["With only hours to spare, Congress passed a stopgap bill that will keep the federal "
             "government funded until mid-November.",
             "The deal was made possible by Democratic votes, and it infuriated a handful of "
             "Republicans on the Speaker’s right.",
             "Three days later, Representative Matt Gaetz filed a motion to vacate the chair.",
             "For the first time in the country’s history, the House removed its Speaker."]
    pub = "2023-10-08T06:00:00.000-04:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head)])
                 + _news_ld(head, pub, pub, ["Susan B. Glasser", "Amy Davidson Sorkin"],
                            "The New Yorker", url))
    body = (_en_nav("The New Yorker", ["Newsletter", "Latest", "News", "Books & Culture"])
            + '<main><article class="article main-content"><header>'
            '<a class="RubricName" href="/magazine/comment">Comment</a>'
            f'<h1 data-testid="ContentHeaderHed">{head}</h1>'
            f'<div class="ContentHeaderDek">{lead}</div>'
            '<div class="BylinesWrapper"><p class="BylineWrapper"><span>By </span><span '
            'class="BylineName"><a href="/contributors/susan-b-glasser">Susan B. Glasser</a>'
            '</span><span> and </span><span class="BylineName"><a href="/contributors/amy-'
            'davidson-sorkin">Amy Davidson Sorkin</a></span></p></div>'
            '<time class="ContentHeaderPublishDate">October 8, 2023</time></header>'
            '<div class="body__container"><div class="body__inner-container">' + _ps(paras)
            + '</div></div><div class="ContentFooter"><p>Published in the print edition of the '
            'October 16, 2023, issue, with the headline “Out of Order.”</p></div></article></main>'
            + _en_footer("© 2023 Condé Nast. All rights reserved."))
    return Page("newyorkercomment", url, _doc("en", f"{head} | The New Yorker", head_html, body),
                {"title": head, "authors": ["Susan B. Glasser", "Amy Davidson Sorkin"],
                 "subtitle": lead, "body": _text(paras),
                 "published": "2023-10-08T06:00:00-04:00", "modified": None})


def washingtonpost() -> Page:
    url = ("https://www.washingtonpost.com/climate-environment/2024/03/05/florida-coral-reef-"
           "bleaching-heat/")
    head = "Florida’s coral reefs are bleaching again — months earlier than usual"
    lead = ("Scientists fear a repeat of last summer’s marine heat wave, which killed corals "
            "across the Florida Keys.")
    paras = ["Corals off the Florida Keys have begun to lose their color weeks before the "
             "hottest part of the year, scientists said Tuesday.",
             "Water temperatures near Key Largo were 2 degrees above normal in early March.",
             "Last year, ocean temperatures topped 100 degrees in Manatee Bay.",
             "Restoration groups have started moving young corals to deeper, cooler water."]
    sub = "A repeat of 2023?"
    pub, mod = "2024-03-05T19:12:43.000Z", "2024-03-05T22:30:05.000Z"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub),
                                       ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Amudalat Ajasa", "Brady Dennis"],
                            "The Washington Post", url))
    ad = ('<div class="teaser-content" data-qa="article-body-ad"><p>Story continues below '
          'advertisement</p></div>')
    p = '<p data-el="text" class="wpds-c-hLUTMG font-copy">{}</p>'
    body = (_en_nav("The Washington Post", ["Politics", "Opinions", "Style", "Investigations",
                                             "Climate", "Tech"])
            + '<main><article><div class="headline-kicker"><a href="/climate-environment/">'
            'Climate &amp; Environment</a></div>'
            f'<h1 data-qa="headline">{head}</h1>'
            f'<h2 data-qa="subheadline">{lead}</h2>'
            '<div data-qa="author-byline">By <a data-qa="author-name" href="/people/amudalat-'
            'ajasa/">Amudalat Ajasa</a> and <a data-qa="author-name" href="/people/brady-dennis/">'
            'Brady Dennis</a></div>'
            '<div data-qa="timestamp"><span data-testid="display-date">March 5, 2024 at 2:12 p.m. '
            'EST</span></div>'
            '<div class="article-body" data-qa="article-body">'
            + p.format(paras[0]) + ad + p.format(paras[1])
            + f'<h3 data-qa="article-header"><div>{sub}</div></h3>'
            + p.format(paras[2]) + ad + p.format(paras[3])
            + '</div><div data-qa="gift-article"><p>Share this article</p></div>'
            '<div data-qa="comments-btn">Comments</div></article></main>'
            + _en_footer("© 1996-2024 The Washington Post"))
    return Page("washingtonpost", url, _doc("en", f"{head} - The Washington Post", head_html, body),
                {"title": head, "authors": ["Amudalat Ajasa", "Brady Dennis"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": "2024-03-05T19:12:43+00:00", "modified": "2024-03-05T22:30:05+00:00"})


def washingtonpostanalysis() -> Page:
    url = "https://www.washingtonpost.com/politics/2023/09/18/government-shutdown-history/"
    head = "Analysis | How long could a government shutdown last? History offers clues."
    lead = "Previous funding lapses have lasted from a few hours to more than a month."
    paras = ["Congress has until the end of the month to fund the government or face the first "
             "shutdown since 2019.",
             "The longest shutdown in history lasted 35 days, from December 2018 to January 2019.",
             "Most shutdowns have been short. Several lasted only over a weekend.",
             "The effects grow with time: federal workers miss paychecks, and some services "
             "close."]
    pub = "2023-09-18T10:00:29.000Z"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub)])
                 + _news_ld(head, pub, pub, ["Philip Bump"], "The Washington Post", url))
    body = (_en_nav("The Washington Post", ["Politics", "Opinions", "Style", "Climate"])
            + '<main><article><div class="headline-kicker"><span class="label-kicker">Analysis'
            '</span></div><h1 data-qa="headline">How long could a government shutdown last? '
            'History offers clues.</h1>'
            f'<h2 data-qa="subheadline">{lead}</h2>'
            '<div data-qa="author-byline">By <a data-qa="author-name" href="/people/philip-bump/">'
            'Philip Bump</a></div>'
            '<div data-qa="timestamp"><span data-testid="display-date">September 18, 2023 at 6:00 '
            'a.m. EDT</span></div>'
            '<div class="story relative">' + _ps(paras[:3])
            + '<div data-qa="subscribe-promo"><p>Get the full experience. Choose your plan</p></div>'
            + _ps(paras[3:])
            + '</div></article></main>' + _en_footer("© 1996-2023 The Washington Post"))
    return Page("washingtonpostanalysis", url, _doc("en", f"{head} - The Washington Post",
                                                    head_html, body),
                {"title": "How long could a government shutdown last? History offers clues.",
                 "authors": ["Philip Bump"], "subtitle": lead, "body": _text(paras),
                 "published": "2023-09-18T10:00:29+00:00", "modified": None})


def businessinsider() -> Page:
    url = "https://www.businessinsider.com/remote-work-office-return-mandates-2024-1"
    head = "Bosses are losing the return-to-office fight"
    summary = ["Office attendance has barely moved in a year, badge-swipe data shows.",
               "Many companies have stopped enforcing their mandates."]
    paras = ["Two years after companies began calling workers back to their desks, office "
             "buildings remain about half as full as they were before the pandemic.",
             "Data from the security firm Kastle Systems shows weekly occupancy stuck at about "
             "50% of its 2019 level.",
             "Some companies have tied promotions to office attendance.",
             "But managers say they struggle to enforce the rules without losing staff."]
    sub = "Carrots and sticks"
    pub, mod = "2024-01-21T10:12:01Z", "2024-01-22T13:45:00Z"
    head_html = (_desc(summary[0]) + _metas([("property", "og:title", head),
                                             ("name", "title", head),
                                             ("name", "news_keywords", "Remote Work, Office")])
                 + _news_ld(head, pub, mod, ["Aki Ito"], "Business Insider", url))
    body = (_en_nav("Business Insider", ["Business", "Tech", "Markets", "Economy", "Politics"])
            + '<main><article class="post-content"><div class="post-meta">'
            '<a class="post-breadcrumbs" href="/careers">Careers</a></div>'
            f'<h1 class="post-headline">{head}</h1>'
            '<div class="byline-wrapper"><div class="byline-author"><a class="byline-link" '
            'href="/author/aki-ito">Aki Ito</a></div><div class="byline-timestamp" '
            'data-timestamp="' + pub + '">Jan 21, 2024, 5:12 AM EST</div></div>'
            '<div class="share-bar"><span>Share</span><span>Save</span></div>'
            '<figure><img src="/1.jpg" alt=""><figcaption><span class="image-caption-text">An '
            'empty office in New York.</span><span class="image-source-text">Getty Images</span>'
            '</figcaption></figure>'
            '<ul class="summary-list">' + "".join(f"<li>{s}</li>" for s in summary) + '</ul>'
            '<div data-piano-inline-content-wrapper="" class="content-lock-content">'
            + _ps(paras[:2])
            + '<p class="disclaimer">Read more: <a href="/x">The 4-day workweek is coming</a></p>'
            + f'<h2 class="slide-title-text">{sub}</h2>' + _ps(paras[2:])
            + '<div class="inline-newsletter-signup"><p>Loading Something is loading.</p></div>'
            '</div><div class="post-content-category"><p>More: <a href="/category/remote-work">Remote '
            'Work</a> <a href="/category/office">Office</a></p></div></article></main>'
            + _en_footer("Copyright © 2024 Insider Inc. All rights reserved."))
    return Page("businessinsider", url, _doc("en", f"{head} - Business Insider", head_html, body),
                {"title": head, "authors": ["Aki Ito"],
                 "body": "\n\n".join([*summary, *paras[:2], sub, *paras[2:]]),
                 "published": "2024-01-21T10:12:01+00:00", "modified": "2024-01-22T13:45:00+00:00"})


def businessinsiderpremium() -> Page:
    url = "https://www.businessinsider.com/tesla-cybertruck-deliveries-recall-2024-4"
    head = "Tesla recalls every Cybertruck it has delivered over a stuck accelerator pedal"
    summary = ["Tesla is recalling 3,878 Cybertrucks because the accelerator pad can come loose.",
               "The company said it was not aware of any crashes linked to the problem."]
    paras = ["Tesla is recalling all of the Cybertrucks it has delivered so far after finding that "
             "the accelerator pedal can get stuck.",
             "A trim piece on the pedal can come loose and get lodged in the interior, according "
             "to a filing with the National Highway Traffic Safety Administration.",
             "Tesla said it would replace or fix the pedal for free.",
             "Deliveries of the truck began in November after years of delays."]
    pub, mod = "2024-04-19T13:41:22-04:00", "2024-04-19T15:03:10-04:00"
    head_html = (_desc(summary[0]) + _metas([("property", "og:title", head),
                                             ("name", "title", head)])
                 + _news_ld(head, pub, mod, ["Grace Kay", "Tom Carter"], "Business Insider", url))
    body = (_en_nav("Business Insider", ["Business", "Tech", "Markets", "Economy", "Politics"])
            + '<main><article class="post-content">'
            f'<h1 class="post-headline">{head}</h1>'
            '<div class="byline-wrapper"><div class="byline-author"><a class="byline-link" '
            'href="/author/grace-kay">Grace Kay</a> and <a class="byline-link" href="/author/'
            'tom-carter">Tom Carter</a></div><div class="byline-timestamp" data-timestamp="'
            + pub + '">Apr 19, 2024, 1:41 PM EDT</div></div>'
            '<ul class="summary-list">' + "".join(f"<li>{s}</li>" for s in summary) + '</ul>'
            '<div data-piano-inline-content-wrapper="" class="content-lock-content">'
            + _ps(paras[:1])
            + '<div class="premium-content">' + _ps(paras[1:])
            + '<p class="disclaimer">Do you work at Tesla? Contact the reporter from a '
            'non-work device at gkay@businessinsider.com</p></div></div>'
            '<div class="post-content-category"><p>More: <a href="/category/tesla">Tesla</a> <a '
            'href="/category/cybertruck">Cybertruck</a></p></div>'
            '</article></main>'
            + _en_footer("Copyright © 2024 Insider Inc. All rights reserved."))
    return Page("businessinsiderpremium", url,
                _doc("en", f"{head} - Business Insider", head_html, body),
                {"title": head, "authors": ["Grace Kay", "Tom Carter"],
                 "body": _text([*summary, *paras]),
                 "published": pub, "modified": mod})


# ---------------------------------------------------------------------------------------------
# United Kingdom


def bbc() -> Page:
    url = "https://www.bbc.com/news/articles/c4ng6y0x8zpo"
    head = "Thames Water given more time to find new investors"
    lead = ("Thames Water has been given more time to raise money from its shareholders, as the "
            "struggling company tries to avoid falling into special administration.")
    paras = ["The UK's biggest water firm, which has debts of about £15bn, said its owners had "
             "agreed to extend a deadline for new funding until the end of the year.",
             "The company serves 16 million customers in London and the Thames Valley.",
             "Regulator Ofwat is expected to announce in December how much bills can rise.",
             "The government has said it is prepared to step in if the company fails."]
    sub = "What happens if Thames Water collapses?"
    pub, mod = "2024-07-12T11:07:44.418Z", "2024-07-12T14:21:03.102Z"
    head_html = (_desc(lead) + _metas([("property", "og:title", head)])
                 + _ld({"@context": "http://schema.org", "@type": "NewsArticle", "url": url,
                        "headline": head, "datePublished": pub, "dateModified": mod,
                        "author": [{"@type": "Person", "name": "Simon Jack"},
                                   {"@type": "NewsMediaOrganization", "name": "BBC News"}],
                        "publisher": {"@type": "NewsMediaOrganization", "name": "BBC News"}}))
    tb = '<div data-component="text-block"><p class="sc-eb7bd5f6-0">{}</p></div>'
    body = (_en_nav("BBC", ["Home", "News", "Sport", "Business", "Innovation", "Culture"])
            + '<main id="main-content"><article>'
            f'<div data-component="headline-block"><h1 class="sc-518485e5-0">{head}</h1></div>'
            '<div data-component="byline-block"><div><time datetime="' + pub + '">12 July 2024'
            '</time></div><div class="sc-2b5e3b35-6"><span data-testid="byline-name">Simon '
            'Jack</span><span>Business editor</span></div></div>'
            '<figure><div data-component="image-block"><img src="/1.jpg" alt=""><span '
            'role="text">Getty Images</span></div><figcaption><p>Thames Water has about 16m '
            'customers</p></figcaption></figure>'
            + f'<div data-component="text-block"><p><b>{lead}</b></p></div>'
            + "".join(tb.format(x) for x in paras[:2])
            + '<figure><div data-component="image-block"><img src="/2.jpg" alt=""><span '
            'role="text">PA Media</span></div><figcaption><p>The company\'s headquarters in '
            'Reading</p></figcaption></figure>'
            + f'<div data-component="subheadline-block"><h2>{sub}</h2></div>'
            + "".join(tb.format(x) for x in paras[2:])
            + '<div data-component="links-block"><h2>Related</h2><ul><li><a href="/x">What '
            'is special administration?</a></li></ul></div>'
            + '<div data-component="tags"><a href="/news/topics/x">Water</a><a href="/news/'
            'topics/y">Thames Water</a></div></article></main>'
            + _en_footer("Copyright 2024 BBC. All rights reserved. The BBC is not responsible "
                         "for the content of external sites."))
    return Page("bbc", url, _doc("en", f"{head} - BBC News", head_html, body),
                {"title": head, "authors": ["Simon Jack"],
                 "body": "\n\n".join([lead, *paras[:2], sub, *paras[2:]]),
                 "published": "2024-07-12T11:07:44+00:00", "modified": "2024-07-12T14:21:03+00:00"})


def bbcnews2023() -> Page:
    url = "https://www.bbc.co.uk/news/uk-england-london-66912345"
    head = "Ulez expansion: Sadiq Khan defends scheme as it extends to all boroughs"
    lead = "London's ultra-low emission zone has been expanded to cover the whole of the capital."
    paras = ["Drivers of older, more polluting cars now have to pay £12.50 a day to drive "
             "anywhere in Greater London.",
             "The mayor said the expansion would save lives by cutting air pollution.",
             "Critics, including several outer-London councils, say the charge hits people on low "
             "incomes hardest.",
             "Transport for London said nine in ten cars seen driving in outer London already "
             "met the standards."]
    pub = "2023-08-29T05:13:22.000Z"
    head_html = (_desc(lead) + _metas([("property", "og:title", head)])
                 + _ld({"@context": "http://schema.org", "@type": "ReportageNewsArticle",
                        "url": url, "headline": head, "datePublished": pub,
                        "dateModified": "2023-08-29T09:40:18.000Z",
                        "author": {"@type": "NewsMediaOrganization", "name": "BBC News"},
                        "publisher": {"@type": "NewsMediaOrganization", "name": "BBC News"}}))
    tb = '<div data-component="text-block"><p>{}</p></div>'
    body = (_en_nav("BBC", ["Home", "News", "Sport", "Reel", "Worklife", "Travel"])
            + '<main id="main-content"><article>'
            f'<header><h1 id="main-heading">{head}</h1></header>'
            '<div data-component="byline-block"><div><p>By Jessica Parker &amp; Tom Edwards</p>'
            '<p>BBC News</p></div></div>'
            '<div data-component="timestamp-block"><time datetime="' + pub + '">29 August 2023'
            '</time><span>Updated 29 August 2023</span></div>'
            + f'<div data-component="text-block"><p><b>{lead}</b></p></div>'
            + "".join(tb.format(x) for x in paras[:2])
            + '<div data-component="media-block"><p>Media caption, Sadiq Khan: "I accept this '
            'is not an easy decision"</p></div>'
            + "".join(tb.format(x) for x in paras[2:])
            + '<div data-component="tag-list"><ul><li><a href="/x">Ulez</a></li></ul></div>'
            '<section data-component="see-alsos"><h2>More on this story</h2><ul><li><a '
            'href="/y">Ulez: What is it and where does it apply?</a></li></ul></section>'
            '</article></main>'
            + _en_footer("Copyright 2023 BBC. All rights reserved."))
    return Page("bbcnews2023", url, _doc("en", f"{head} - BBC News", head_html, body),
                {"title": head, "authors": ["Jessica Parker", "Tom Edwards"],
                 "body": _text([lead, *paras]), "published": "2023-08-29T05:13:22+00:00",
                 "modified": "2023-08-29T09:40:18+00:00"})


# ---------------------------------------------------------------------------------------------
# Canada


def cbc() -> Page:
    url = "https://www.cbc.ca/news/canada/british-columbia/bc-drought-water-restrictions-1.7234567"
    head = "B.C. drought forces water restrictions in dozens of communities"
    lead = "Province says stream levels are at record lows for early summer"
    paras = ["Dozens of communities in British Columbia have imposed water restrictions as a "
             "severe drought grips much of the province.",
             "The B.C. River Forecast Centre says snowpack was at 63 per cent of normal on June 1.",
             "Farmers in the Okanagan say they have been told to cut irrigation by a third.",
             "The province has asked residents to limit lawn watering to one day a week."]
    sub = "Farmers told to cut irrigation"
    pub, mod = "2024-06-18T20:03:12.000Z", "2024-06-19T01:15:44.000Z"
    head_html = (_metas([("property", "og:title", f"{head} | CBC News"),
                         ("property", "og:description", lead)])
                 + _ld({"@context": "http://schema.org", "@type": "NewsArticle",
                        "headline": head, "datePublished": pub, "dateModified": mod,
                        "author": [{"@type": "Person", "name": "Michelle Ghoussoub"}],
                        "publisher": {"@type": "Organization", "name": "CBC"}})
                 + '<script id="initialStateDom">window.__INITIAL_STATE__ = {"detail":'
                 '{"content":{"authorList":[{"name":"Michelle Ghoussoub"}],'
                 '"keywords":{"tags":[{"name":"Drought"}],"concepts":[]}}}};</script>')
    body = (_en_nav("CBC", ["News", "Sports", "Radio", "Music", "Listen Live"])
            + '<main><div class="storyWrapper"><header class="storyHeader">'
            '<div class="bylineContainer"><a class="sectionLabel" href="/news/canada/british-'
            'columbia">British Columbia</a></div>'
            f'<h1 class="detailHeadline">{head}</h1>'
            f'<h2 class="deck">{lead}</h2>'
            '<div class="bylineDetails"><span class="authorText"><span class="authorName">'
            '<a href="/news/author/michelle-ghoussoub">Michelle Ghoussoub</a></span> · '
            '<span class="authorCompany">CBC News</span></span> · '
            '<time class="timeStamp" datetime="' + pub + '">Posted: Jun 18, 2024 1:03 PM PDT'
            '</time> | <span class="updatedTimeStamp">Last Updated: June 18</span></div>'
            '</header><div class="story">' + _ps(paras[:2])
            + '<div class="embeddedMedia"><span class="mediaEmbed"><h3>WATCH | Low water levels '
            'in the Okanagan:</h3><p>Duration 2:04</p></span></div>'
            + f'<h2>{sub}</h2>' + _ps(paras[2:])
            + '<div class="authorProfile"><h3>ABOUT THE AUTHOR</h3><p>Michelle Ghoussoub is a '
            'reporter with CBC News in Vancouver.</p></div>'
            '<div class="storyCredit"><p>With files from The Canadian Press</p></div></div>'
            '</div></main>' + _en_footer("©2024 CBC/Radio-Canada. All rights reserved."))
    return Page("cbc", url, _doc("en", f"{head} | CBC News", head_html, body),
                {"title": head, "authors": ["Michelle Ghoussoub"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": "2024-06-18T20:03:12+00:00", "modified": "2024-06-19T01:15:44+00:00"})


def cbcanalysis() -> Page:
    url = "https://www.cbc.ca/news/politics/carbon-tax-rebate-analysis-1.7156789"
    head = "Why the carbon tax fight is really about affordability"
    lead = "ANALYSIS | Both sides are making claims about who comes out ahead"
    paras = ["The federal carbon price rose to $80 a tonne on April 1, and with it came a fresh "
             "round of political fighting.",
             "The parliamentary budget officer says most households get back more in rebates than "
             "they pay in direct costs.",
             "But the PBO's updated analysis also estimates a broader economic cost.",
             "That nuance has been largely lost in the debate."]
    pub = "2024-04-04T08:00:00.000Z"
    head_html = (_metas([("property", "og:title", f"{head} | CBC News")])
                 + _ld({"@context": "http://schema.org", "@type": "NewsArticle",
                        "headline": head, "datePublished": pub, "dateModified": pub,
                        "author": [{"@type": "Person", "name": "Aaron Wherry"}],
                        "publisher": {"@type": "Organization", "name": "CBC"}}))
    body = (_en_nav("CBC", ["News", "Sports", "Radio", "Music", "Listen Live"])
            + '<main><div class="storyWrapper"><header class="storyHeader">'
            '<div class="bylineContainer"><a class="sectionLabel" href="/news/politics">Politics'
            '</a></div>'
            f'<h1 class="detailHeadline">{head}</h1>'
            f'<h2 class="deck">{lead}</h2>'
            '<div class="bylineDetails"><span class="authorText"><span class="authorName">'
            '<a href="/news/author/aaron-wherry">Aaron Wherry</a></span> · '
            '<span class="authorCompany">CBC News</span></span> · '
            '<time class="timeStamp" datetime="' + pub + '">Posted: Apr 04, 2024 4:00 AM EDT'
            '</time></div></header><div class="story">' + _ps(paras)
            + '<div class="authorProfile"><h3>ABOUT THE AUTHOR</h3><p>Aaron Wherry is a senior '
            'writer with CBC News in Ottawa.</p></div></div></div></main>'
            + _en_footer("©2024 CBC/Radio-Canada. All rights reserved."))
    return Page("cbcanalysis", url, _doc("en", f"{head} | CBC News", head_html, body),
                {"title": head, "authors": ["Aaron Wherry"], "subtitle": lead,
                 "body": _text(paras), "published": "2024-04-04T08:00:00+00:00",
                 "modified": None})


def globeandmail() -> Page:
    url = ("https://www.theglobeandmail.com/business/article-bank-of-canada-cuts-interest-rate-"
           "june-2024/")
    head = "Bank of Canada cuts interest rate for the first time in four years"
    paras = ["The Bank of Canada lowered its benchmark interest rate on Wednesday, becoming the "
             "first G7 central bank to begin easing monetary policy.",
             "The bank cut its policy rate by a quarter of a percentage point to 4.75 per cent.",
             "Governor Tiff Macklem said further cuts were reasonable to expect if inflation "
             "kept easing.",
             "Economists expect two or three more cuts this year."]
    sub = "More cuts expected"
    pub, mod = "2024-06-05T09:47:00-04:00", "2024-06-05T13:02:00-04:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head),
                                           ("name", "keywords", "Bank of Canada, interest rates")])
                 + _news_ld(head, pub, mod, ["Mark Rendell"], "The Globe and Mail", url))
    body = (_en_nav("The Globe and Mail", ["Canada", "World", "Business", "Investing",
                                            "Opinion", "Politics"])
            + '<main><div class="c-article-header"><h1 class="c-primary-title">' + head + '</h1>'
            '<div class="c-byline"><span>Mark Rendell</span><span>Economics Reporter</span>'
            '<span>Ottawa</span></div><div class="c-timestamp"><time datetime="' + pub
            + '">Published June 5, 2024</time><span>Updated June 5, 2024</span></div>'
            '<div class="c-article-tools"><button>Listen to this article</button><p>Open this '
            'photo in gallery:</p></div></div>'
            '<article class="l-article__text">'
            '<figure><img src="/1.jpg" alt=""><figcaption><p class="figcap-text"><span>Bank of '
            'Canada Governor Tiff Macklem in Ottawa.</span><span>Spencer Colby/The Canadian '
            'Press</span></p></figcaption></figure>'
            + _ps(paras[:2], "c-article-body__text")
            + '<p class="c-article-body__text"><b>Open this photo in gallery:</b></p>'
            + f'<h4 class="c-article-body__heading">{sub}</h4>'
            + _ps(paras[2:], "c-article-body__text")
            + '</article><section class="c-sign-up"><p>Sign up for the Business Brief newsletter'
            '</p></section><p class="c-correction">Report an editorial error</p></main>'
            + _en_footer("© Copyright 2024 The Globe and Mail Inc. All rights reserved."))
    return Page("globeandmail", url, _doc("en", f"{head} - The Globe and Mail", head_html, body),
                {"title": head, "authors": ["Mark Rendell"],
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": mod})


def globeandmailopinion() -> Page:
    url = "https://www.theglobeandmail.com/opinion/article-canada-housing-supply-zoning/"
    head = "Canada’s housing crisis won’t end until cities change their zoning rules"
    paras = ["Every level of government now agrees that Canada needs to build more homes. They "
             "disagree about almost everything else.",
             "The biggest obstacle is local zoning, which in most cities still forbids anything "
             "but detached houses on most residential land.",
             "Ottawa’s Housing Accelerator Fund has pushed some cities to allow four units per "
             "lot.",
             "That is a start. It is not nearly enough."]
    pub = "2023-11-02T17:30:00-04:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head)])
                 + _news_ld(head, pub, pub, ["Mike Moffatt"], "The Globe and Mail", url))
    body = (_en_nav("The Globe and Mail", ["Canada", "World", "Business", "Opinion"])
            + '<main><div class="c-article-header"><span class="c-label">Opinion</span>'
            f'<h1 class="c-primary-title">{head}</h1>'
            '<div class="c-byline"><span>Mike Moffatt</span></div><div class="c-timestamp">'
            '<time datetime="' + pub + '">Published November 2, 2023</time></div></div>'
            '<article class="l-article__text">'
            '<p class="c-article-body__text"><i>Mike Moffatt is the senior director of policy '
            'and innovation at the Smart Prosperity Institute.</i></p>'
            + _ps(paras, "c-article-body__text")
            + '<p class="c-article-body__text"><i>Keep your Opinions sharp and informed. Get the '
            'Opinion newsletter. <a href="/newsletters/">Sign up today</a>.</i></p>'
            '</article></main>'
            + _en_footer("© Copyright 2023 The Globe and Mail Inc. All rights reserved."))
    return Page("globeandmailopinion", url, _doc("en", f"Opinion: {head} - The Globe and Mail",
                                                 head_html, body),
                {"title": head, "authors": ["Mike Moffatt"], "body": _text(paras),
                 "published": pub, "modified": None})


def _postmedia5(site: str, url: str, head: str, lead: str, paras: list[str], sub: str,
                author: str, role: str, pub: str, mod: str, printed: str,
                container: str) -> tuple[str, str]:
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub),
                                       ("property", "article:modified_time", mod),
                                       ("name", "author", author)])
                 + _news_ld(head, pub, mod, [author], site, url,
                            extra={"keywords": ["Curated", "News", "NLP Category: Business"]}))
    label = '<p class="article-content__label">Article content</p>'
    open_, close = container.split("|")
    body = (_en_nav(site, ["News", "Opinion", "Sports", "Business", "Life", "Newsletters"])
            + '<main><article class="article-content"><header class="article-header">'
            f'<h1 class="article-title">{head}</h1><p class="article-subtitle">{lead}</p>'
            '<div class="article-header__detail"><span class="published-by__author">Author of the '
            f'article:</span><a href="/author/x">{author}</a><span>{role}</span>'
            f'<span class="published-date">{printed}</span></div></header>'
            '<section class="article-content__content-group article-content__content-group--story">'
            + open_ + _ps(paras[:1]) + close + label + open_ + _ps(paras[1:2]) + close
            + '<div class="newsletter-signup"><p>Sign up to receive daily headline news.</p>'
            '<p>By clicking on the sign up button you consent to receive the above newsletter '
            'from Postmedia Network Inc.</p></div>'
            + label + open_ + f'<h3>{sub}</h3>' + _ps(paras[2:]) + close
            + '</section><section class="article-content__share-group"><p>Share this article in '
            'your social network</p></section></article></main>'
            + _en_footer("© 2024 Postmedia Network Inc. All rights reserved."))
    return head_html, body


def nationalpost() -> Page:
    url = "https://nationalpost.com/news/canada/ontario-greenbelt-land-swap-auditor-general"
    head = "Ontario's Greenbelt land swap favoured certain developers, auditor general finds"
    lead = "Report says the province's process was 'biased' and 'not transparent'"
    paras = ["Ontario's auditor general says the Ford government's decision to open up parts of "
             "the Greenbelt for housing favoured certain developers.",
             "Bonnie Lysyk found that developers with direct access to the housing minister's "
             "chief of staff stood to gain $8.3 billion.",
             "Premier Doug Ford said on Thursday that he would not reverse the decision.",
             "Opposition parties have called for the housing minister to resign."]
    sub = "Premier won't reverse course"
    pub, mod = "2023-08-09T12:14:00-04:00", "2023-08-09T16:40:00-04:00"
    head_html, body = _postmedia5("National Post", url, head, lead, paras, sub, "Ryan Tumilty",
                                  "National Post", pub, mod,
                                  "Published Aug 09, 2023 • Last updated Aug 09, 2023 • 3 minute "
                                  "read", "|")
    return Page("nationalpost", url, _doc("en", f"{head} | National Post", head_html, body),
                {"title": head, "authors": ["Ryan Tumilty"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": mod})


def financialpost() -> Page:
    url = "https://financialpost.com/news/economy/canada-inflation-cpi-april-2024"
    head = "Canada's inflation rate slows to 2.7%, lowest in three years"
    lead = "Core measures also eased, raising odds of a June rate cut"
    paras = ["Canada's annual inflation rate slowed to 2.7 per cent in April from 2.9 per cent "
             "in March, Statistics Canada said on Tuesday.",
             "Lower prices for groceries, services and durable goods drove the decline.",
             "The Bank of Canada's preferred core measures also fell.",
             "Markets now see a roughly 60 per cent chance of a cut at the bank's June 5 meeting."]
    sub = "June cut in play"
    pub, mod = "2024-05-21T08:37:00-04:00", "2024-05-21T11:52:00-04:00"
    head_html, body = _postmedia5("Financial Post", url, head, lead, paras, sub, "Jordan Gowling",
                                  "Financial Post", pub, mod,
                                  "Published May 21, 2024 • Last updated May 21, 2024 • 2 minute "
                                  "read",
                                  '<div class="story-v2-content-element-inline">|</div>')
    return Page("financialpost", url, _doc("en", f"{head} | Financial Post", head_html, body),
                {"title": head, "authors": ["Jordan Gowling"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": mod})


def theprovince() -> Page:
    url = "https://theprovince.com/news/local-news/vancouver-skytrain-broadway-subway-delay"
    head = "Broadway subway opening delayed to 2027, province confirms"
    lead = "Cost of the 5.7-kilometre SkyTrain extension has risen to $2.95 billion"
    paras = ["The Broadway subway will open a year later than planned, B.C.'s transportation "
             "minister confirmed on Tuesday.",
             "Rob Fleming blamed problems with the tunnel boring and a shortage of skilled "
             "workers.",
             "The extension will add six stations between VCC-Clark and Arbutus Street.",
             "TransLink says trains will run every three minutes at peak times."]
    sub = "Six new stations"
    pub, mod = "2024-11-05T13:28:00-08:00", "2024-11-05T18:03:00-08:00"
    head_html, body = _postmedia5("The Province", url, head, lead, paras, sub, "Dan Fumano",
                                  "The Province", pub, mod,
                                  "Published Nov 05, 2024 • Last updated Nov 05, 2024 • 2 minute "
                                  "read", "|")
    return Page("theprovince", url, _doc("en", f"{head} | The Province", head_html, body),
                {"title": head, "authors": ["Dan Fumano"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": mod})


# ---------------------------------------------------------------------------------------------
# Japan, Sweden


def yomiuri() -> Page:
    url = "https://www.yomiuri.co.jp/economy/20240319-OYT1T50178/"
    head = "日銀、マイナス金利解除を決定　１７年ぶりの利上げ"
    paras = ["日本銀行は１９日の金融政策決定会合で、マイナス金利政策の解除を決めた。利上げは２００７年２月以来、１７年ぶりとなる。",
             "短期金利の誘導目標を「０～０・１％程度」とする。長短金利操作（イールドカーブ・コントロール）も撤廃する。",
             "植田和男総裁は同日午後に記者会見し、決定の理由を説明する。",
             "市場では、今後の追加利上げの時期に関心が集まっている。"]
    pub, mod = "2024-03-19T12:43:00+09:00", "2024-03-19T15:10:00+09:00"
    head_html = (_metas([("property", "og:title", head),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["読売新聞"], "読売新聞オンライン", url,
                            author_type="Organization"))
    body = (_nav("読売新聞オンライン", ["ニュース", "政治", "経済", "国際", "スポーツ"])
            + '<main><article class="article-content"><div class="c-article-header">'
            f'<h1 class="title-article c-article-title">{head}</h1>'
            '<div class="c-article-header-date"><time datetime="' + pub
            + '">2024/03/19 12:43</time><span class="c-article-header-update">（'
            '最終更新 2024/03/19 15:10）</span></div></div>'
            '<div class="c-article-sns"><span>保存して後で読む</span><span>ポストする</span></div>'
            "<div class='p-main-contents '>" + _ps(paras[:2])
            + '<div class="p-ad"><p>スクロールで次の記事へ</p></div>'
            + _ps(paras[2:])
            + '</div><div class="p-related-tags"><ul><li><a href="/x">日本銀行</a></li><li><a '
            'href="/y">金利</a></li></ul></div>'
            '<div class="p-related"><h2>関連記事</h2><ul><li><a href="/z">円相場、一時１５０円台'
            '</a></li></ul></div></article></main>'
            + _footer("Copyright © The Yomiuri Shimbun."))
    return Page("yomiuri", url, _doc("ja", head + " : 読売新聞", head_html, body),
                {"title": head, "authors": [], "body": _text(paras),
                 "published": pub, "modified": mod})


def aftonbladet() -> Page:
    url = "https://www.aftonbladet.se/nyheter/a/Lx9w2B/stormen-hans-tag-spar-raslat"
    head = "Stormen Hans: Tåg spårade ur efter jordskred"
    lead = ("Ett passagerartåg spårade ur i Dalarna efter att banvallen spolats bort. Ingen "
            "skadades allvarligt.")
    paras = ["Tåget, som var på väg från Mora mot Stockholm, spårade ur strax efter klockan tio "
             "på måndagen.",
             "Enligt Trafikverket hade kraftiga regn undergrävt banvallen söder om Leksand.",
             "Ett tiotal passagerare fick lindriga skador och fördes till sjukhus för kontroll.",
             "SMHI har utfärdat en orange varning för skyfall i stora delar av Svealand."]
    pub, mod = "2023-08-07T11:02:00+02:00", "2023-08-07T13:45:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub),
                                       ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Sara Lindqvist", "Erik Nilsson"], "Aftonbladet",
                            url, extra={"keywords": ["Stormen Hans", "Tåg"]}))
    pc = 'class="hyperion-css-1m2k6sl"'
    body = (_nav("Aftonbladet", ["Nyheter", "Sportbladet", "Nöjesbladet", "Debatt", "Plus"])
            + '<main><article><h1 class="hyperion-css-1bq9q8e">' + head + '</h1>'
            f'<p data-test-tag="lead-text" class="hyperion-css-19mn1yv">{lead}</p>'
            '<div class="hyperion-css-byline"><ul><li><a href="/av/sara-lindqvist">Sara '
            'Lindqvist</a></li><li><a href="/av/erik-nilsson">Erik Nilsson</a></li></ul>'
            '<time datetime="' + pub + '">Publicerad 11.02</time> <time datetime="' + mod
            + '">Uppdaterad 13.45</time></div>'
            '<figure><img src="/1.jpg" alt=""><figcaption>Räddningstjänsten på plats vid '
            'olycksplatsen. Foto: Johan Persson</figcaption></figure>'
            + "".join(f'<p {pc}>{x}</p>' for x in paras[:2])
            + '<div class="hyperion-css-related"><span>LÄS MER</span><a href="/x">Här är '
            'vägarna som är avstängda</a></div>'
            + "".join(f'<p {pc}>{x}</p>' for x in paras[2:])
            + '<div class="hyperion-css-tags"><a href="/tagg/stormen-hans">Stormen Hans</a></div>'
            '</article></main>' + _footer("© Aftonbladet"))
    return Page("aftonbladet", url, _doc("sv", head + " | Aftonbladet", head_html, body),
                {"title": head, "authors": ["Sara Lindqvist", "Erik Nilsson"], "subtitle": lead,
                 "body": _text(paras), "published": pub, "modified": mod})


BUILDERS = [dw, dwen, stern, stern2023, afpfaktencheck, cnbc, reuters, reuters2023, newyorker,
            newyorkercomment, washingtonpost, washingtonpostanalysis, businessinsider,
            businessinsiderpremium, bbc, bbcnews2023, cbc, cbcanalysis, globeandmail, globeandmailopinion, nationalpost,
            financialpost, theprovince, yomiuri, aftonbladet]


def pages() -> Iterator[Page]:
    for build in BUILDERS:
        yield build()


__all__ = ["BUILDERS", "Page", "ablated", "pages"]
