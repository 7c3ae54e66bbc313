# ruff: noqa: E501
"""Look-alike article pages of thirty more publishers the Fundus library (flairNLP/fundus)
has a parser for, none of them in the dev corpus, the other look-alike sets or
fixtures/generic (set 2; set 1 is `tests.fundus_pages`). Each page is written from the
structure its Fundus parser's selectors imply (a standfirst as a list of bullets, a body of
`<br>`-separated text with no `<p>`, paragraphs as `<div>`s, sub-headlines as `<h1>` or as
a paragraph holding only `<b>`, the author cleaned of a desk or outlet name) and from what
the site printed around 2023-2025, with the record a careful reader would write; its
standfirst is the `subtitle` (docs/quality.md), the body the text after it.

`pages()` yields `publisher_pages.Page`s; `ablated` strips the metadata.
`python -m tests.fundus_measure -v --set 2` prints the figures.
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
# United States, Canada, Australia


def freebeacon() -> Page:
    url = "https://freebeacon.com/national-security/pentagon-audit-finds-missing-equipment-ukraine/"
    head = "Pentagon Audit Finds Army Cannot Account for Equipment Sent to Ukraine"
    lead = "Inspector general report faults record keeping at European depots"
    paras = ["The Army could not account for more than $60 million worth of equipment shipped "
             "to Ukraine last year, according to an inspector general report released Tuesday.",
             "The report found that logistics officers at two depots in Poland relied on "
             "spreadsheets that were not reconciled with the Army's inventory system.",
             "Sen. Roger Wicker (R., Miss.), the ranking member of the Senate Armed Services "
             "Committee, said the findings were \"deeply troubling.\"",
             "The Pentagon said it had adopted all of the inspector general's recommendations."]
    pub, mod = "2024-01-16T17:05:12-05:00", "2024-01-16T18:40:00-05:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head), ("name", "author", "Jack Beyrer"),
                                       ("property", "article:published_time", pub),
                                       ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Jack Beyrer"], "Washington Free Beacon", url))
    body = (_en_nav("Washington Free Beacon", ["Politics", "National Security", "Culture", "Opinion"])
            + '<main><article class="single-article"><header>'
            f'<h1 class="article-title">{head}</h1><h2 class="article-excerpt">{lead}</h2>'
            '<div class="byline"><a href="/author/jack-beyrer/">Jack Beyrer</a> &bull; '
            '<time datetime="' + pub + '">January 16, 2024 5:05 pm</time></div></header>'
            '<figure><img src="/1.jpg" alt=""><figcaption>Ukrainian soldiers (Getty Images)'
            '</figcaption></figure><div class="article-content">' + _ps(paras[:2])
            + '<p><strong>Related: <a href="/x">Biden Admin Quietly Expands Ukraine Aid</a></strong></p>'
            + _ps(paras[2:]) + '</div><div class="newsletter-signup"><p>Sign up for the Free '
            'Beacon Daily newsletter</p></div></article></main>'
            + _en_footer("© 2024 Washington Free Beacon. All rights reserved."))
    return Page("freebeacon", url, _doc("en-US", f"{head} - Washington Free Beacon", head_html, body),
                {"title": head, "authors": ["Jack Beyrer"], "subtitle": lead,
                 "body": _text(paras), "published": pub, "modified": mod})


def latimes() -> Page:
    url = ("https://www.latimes.com/california/story/2024-02-05/atmospheric-river-"
           "los-angeles-rain-record")
    head = "Storm dumps record rain on Los Angeles, triggering mudslides in the hills"
    paras = ["A slow-moving atmospheric river dropped more than 9 inches of rain on parts of "
             "Los Angeles over two days, setting records and sending mud into homes in the "
             "Hollywood Hills.",
             "Downtown Los Angeles recorded 4.1 inches on Sunday, the wettest February day "
             "since 1927, according to the National Weather Service.",
             "Officials urged residents near burn scars to leave before a second band of rain "
             "arrived Monday night.",
             "Crews cleared more than 120 mudslides and debris flows across the city by "
             "Monday afternoon, Mayor Karen Bass said.",
             "Times staff writer Grace Toohey contributed to this report."]
    sub = "Evacuation orders in canyon areas"
    pub, mod = "2024-02-05T14:30:00-08:00", "2024-02-05T19:12:00-08:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head),
                                           ("property", "article:published_time", pub)])
                 + _news_ld(head, pub, mod, ["Hannah Fry", "Summer Lin"], "Los Angeles Times", url))
    body = (_en_nav("Los Angeles Times", ["California", "Politics", "Business", "Sports"])
            + '<main><article class="page"><h1 class="headline">' + head + '</h1>'
            '<div class="byline"><div class="authors"><div class="author-name">By <a href="/people/hannah-fry">'
            'Hannah Fry</a></div><div class="author-title">Staff Writer</div>'
            '<div class="author-name"><a href="/people/summer-lin">Summer Lin</a></div>'
            '<div class="author-title">Staff Writer</div></div>'
            '<time class="published-date" datetime="2024-02-05T22:30:00Z">Feb. 5, 2024 2:30 PM PT'
            '</time></div><div class="enhancement"><ul class="list"><li>Share via</li></ul></div>'
            '<div class="rich-text-article-body" data-element="story-body">' + _ps(paras[:2])
            + '<div class="enhancement"><div class="newsletter"><h3 class="story-title">Essential California</h3>'
            '<p>Get the latest news, analysis and opinion every weekday morning.</p>'
            '<p>You may occasionally receive promotional content from the Los Angeles Times.</p></div></div>'
            + f'<h2 class="subhead">{sub}</h2>' + _ps(paras[2:])
            + '</div><div class="more-coverage"><h2>More to Read</h2><ul><li><a href="/x">'
            'Snowpack in the Sierra is finally catching up</a></li></ul></div></article></main>'
            + _en_footer("Copyright © 2024, Los Angeles Times"))
    return Page("latimes", url, _doc("en-US", f"{head} - Los Angeles Times", head_html, body),
                {"title": head, "authors": ["Hannah Fry", "Summer Lin"],
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": mod})


def gatewaypundit() -> Page:
    url = "https://www.thegatewaypundit.com/2024/03/county-election-board-certifies-recount/"
    head = "County Election Board Certifies Recount After Three-Week Delay"
    paras = ["The county election board on Wednesday certified the results of a recount in "
             "the race for state senate, three weeks after the original deadline.",
             "The recount changed the margin by 14 votes, board officials said.",
             "The losing candidate said he would not challenge the result in court."]
    pub = "2024-03-13T20:15:00-04:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head),
                                           ("property", "article:published_time", pub),
                                           ("name", "author", "Cristina Laila")])
                 + _ld({"@context": "https://schema.org", "@graph": [
                     {"@type": "NewsArticle", "headline": head, "datePublished": pub,
                      "dateModified": pub, "author": {"@id": url + "#author"}},
                     {"@type": "Person", "@id": url + "#author", "name": "Cristina Laila"}]}))
    body = (_en_nav("The Gateway Pundit", ["News", "Elections", "Videos"])
            + '<main><article class="post"><h1 class="entry-title">' + head + '</h1>'
            '<div class="entry-meta">by <a href="/author/claila/">Cristina Laila</a> '
            '<time datetime="' + pub + '">Mar. 13, 2024 8:15 pm</time> '
            '<span>212 Comments</span></div><div class="entry-content">'
            + _ps(paras[:2]) + '<div class="code-block"><p>Advertisement - story continues below</p></div>'
            + _ps(paras[2:]) + '<p>&nbsp;</p></div>'
            '<div class="author-box"><p>Cristina Laila is a senior reporter. She can be reached '
            'by email.</p></div><div id="comments"><p>Join the conversation!</p></div></article></main>'
            + _en_footer("© 2024 The Gateway Pundit"))
    return Page("gatewaypundit", url, _doc("en-US", f"{head} | The Gateway Pundit", head_html, body),
                {"title": head, "authors": ["Cristina Laila"], "body": _text(paras),
                 "published": pub, "modified": pub})


def globalnews() -> Page:
    url = "https://globalnews.ca/news/10345678/bank-of-canada-interest-rate-hold-march/"
    head = "Bank of Canada holds key interest rate at 5%, says cuts still premature"
    paras = ["The Bank of Canada held its key interest rate steady at five per cent on "
             "Wednesday, saying it is still too early to consider lowering borrowing costs.",
             "Governor Tiff Macklem said underlying inflation remained persistent, even as "
             "the economy slowed.",
             "Economists expect the central bank to begin cutting rates in June.",
             "— With files from Global News"]
    pub, mod = "2024-03-06T09:45:00-05:00", "2024-03-06T12:10:00-05:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head + " - National | Globalnews.ca"),
                                           ("property", "article:published_time", pub),
                                           ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Craig Lord", "The Canadian Press"], "Global News", url))
    body = (_en_nav("Global News", ["Canada", "World", "Money", "Politics"])
            + '<main id="main"><article class="l-article"><h1 class="l-article__title">' + head
            + '</h1><div class="c-byline"><div class="c-byline__attribution">By '
            '<span class="c-byline__name"><a href="/author/craig-lord/">Craig Lord</a></span> '
            '<span class="c-byline__source">Global News</span></div><div class="c-byline__date">'
            'Posted March 6, 2024 9:45 am</div><div class="c-byline__date">Updated March 6, 2024 '
            '12:10 pm</div></div><div class="l-article__text js-story-text">' + _ps(paras[:2])
            + '<div class="c-inlineRelated"><p>Read more:</p><a href="/x">Canada’s inflation rate '
            'falls to 2.9%</a></div>' + _ps(paras[2:3])
            + '<div class="c-video"><p>Click to play video: ‘Rate hold explained’</p></div>'
            + _ps(paras[3:]) + '</div><div class="c-tags"><a>Bank of Canada</a></div>'
            '<p class="c-copyright">© 2024 Global News, a division of Corus Entertainment Inc.</p>'
            '</article></main>' + _en_footer("© 2024 Corus Entertainment Inc."))
    return Page("globalnews", url, _doc("en-CA", f"{head} - National | Globalnews.ca", head_html, body),
                {"title": head, "authors": ["Craig Lord", "The Canadian Press"],
                 "body": _text(paras),
                 "published": pub, "modified": mod})


def westaustralian() -> Page:
    url = ("https://thewest.com.au/news/wa/perth-heatwave-power-outages-western-power-"
           "c-13456789")
    head = "Thousands without power as Perth swelters through record February heatwave"
    lead = "Western Power crews are working to restore supply to more than 20,000 homes."
    paras = ["More than 20,000 homes across Perth's northern suburbs lost power on Sunday as "
             "temperatures topped 44C for a third straight day.",
             "Western Power said the outages were caused by equipment failures under extreme "
             "load.",
             "The Bureau of Meteorology expects relief on Tuesday when a cool change arrives."]
    pub, mod = "2024-02-11T15:20:00+08:00", "2024-02-11T17:02:00+08:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub),
                                       ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Kate Emery"], "The West Australian", url,
                            extra={"description": lead}))
    body = (_en_nav("The West Australian", ["News", "Sport", "Business", "Opinion"])
            + '<main><article data-testid="article"><h1 data-testid="article-headline">' + head + '</h1>'
            f'<p data-testid="article-teaser">{lead}</p>'
            '<div data-testid="byline"><span>Kate Emery</span><span>The West Australian</span>'
            '<time datetime="2024-02-11T07:20:00.000Z">Sun, 11 February 2024 3:20PM</time></div>'
            '<div data-testid="article-body">' + _ps(paras[:2])
            + '<div data-testid="related-articles"><p>Related</p><a href="/x">Heatwave: How to keep '
            'cool</a></div>' + _ps(paras[2:]) + '</div><div data-testid="comments-cta"><p>Get the '
            'latest news from thewest.com.au in your inbox.</p><button>Sign up</button></div>'
            '</article></main>' + _en_footer("© 2024 West Australian Newspapers Ltd"))
    return Page("westaustralian", url, _doc("en-AU", f"{head} | The West Australian", head_html, body),
                {"title": head, "authors": ["Kate Emery"], "subtitle": lead, "body": _text(paras),
                 "published": pub, "modified": mod})


# ---------------------------------------------------------------------------------------------
# United Kingdom


def thesun() -> Page:
    url = "https://www.thesun.co.uk/news/26012345/energy-price-cap-cut-april-ofgem/"
    head = "Millions of households to see energy bills fall by £238 from April"
    lead = "Ofgem confirmed the price cap will drop to its lowest level in two years"
    paras = ["MILLIONS of households will see their energy bills fall by £238 a year from "
             "April after the regulator cut the price cap.",
             "Ofgem said the typical annual bill for a dual fuel household will drop to "
             "£1,690.",
             "But campaigners warned standing charges would stay high for many.",
             "Money experts said households should check whether a fixed deal could save "
             "them more."]
    sub = "What does it mean for me?"
    pub, mod = "2024-02-23T07:01:00Z", "2024-02-23T09:15:00Z"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub),
                                       ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Lucy Alderson"], "The Sun", url))
    body = (_en_nav("The Sun", ["News", "Sport", "Fabulous", "Money", "Travel"])
            + '<main><article class="article"><div class="article__header">'
            f'<h1 class="article__headline">{head}</h1><div data-gu-name="standfirst"><p>{lead}</p></div>'
            '<div class="article__meta"><span class="article__author-name">Lucy Alderson</span>, '
            '<span class="article__author-title">Assistant Consumer Editor</span>'
            '<time datetime="' + pub + '">Published: 7:01, 23 Feb 2024</time>'
            '<time>Updated: 9:15, 23 Feb 2024</time></div></div>'
            '<div class="article__content">' + _ps(paras[:2])
            + '<p class="article__read-more"><a href="/x">READ MORE ON ENERGY BILLS</a></p>'
            + _ps(paras[2:3]) + f'<h1>{sub}</h1>' + _ps(paras[3:])
            + '<p><strong>Do you have a money problem that needs sorting? Get in touch by emailing '
            'money-sm@news.co.uk.</strong></p></div></article></main>'
            + _en_footer("© News Group Newspapers Limited in England No. 679215"))
    return Page("thesun", url, _doc("en-GB", head + " | The Sun", head_html, body),
                {"title": head, "authors": ["Lucy Alderson"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:3], sub, *paras[3:]]),
                 "published": pub, "modified": mod})


def dailystar() -> Page:
    url = "https://www.dailystar.co.uk/news/weird-news/man-finds-wartime-bomb-garden-32145678"
    head = "Man digging vegetable patch finds unexploded wartime bomb in garden"
    lead = "Bomb disposal experts were called to the house after the discovery on Saturday"
    paras = ["A man digging a vegetable patch in his back garden found an unexploded Second "
             "World War bomb, forcing dozens of neighbours to leave their homes.",
             "The 50kg device was found about a metre below the surface, police said.",
             "An Army bomb disposal team carried out a controlled explosion in a nearby field."]
    pub, mod = "2024-04-14T11:32:00+01:00", "2024-04-14T12:05:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head), ("name", "author", "Ben Hill"),
                                       ("property", "article:published_time", pub),
                                       ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Ben Hill"], "Daily Star", url))
    body = (_en_nav("Daily Star", ["News", "Sport", "Showbiz", "Weird News"])
            + f'<main><article><h1>{head}</h1><h2 data-testid="leadtext">{lead}</h2>'
            '<div class="author"><a href="/authors/ben-hill/">Ben Hill</a><span>News Reporter</span>'
            '<time datetime="' + pub + '">11:32, 14 Apr 2024</time>'
            '<span>Updated 12:05, 14 Apr 2024</span></div>'
            + _ps(paras[:1])
            + '<p><b>READ MORE: <a href="/x">Woman finds live grenade while metal detecting</a></b></p>'
            + '<div class="newsletter"><p>Sign up to our weird news newsletter</p></div>'
            + _ps(paras[1:])
            + '<p><b>For the latest breaking news and stories from across the globe from the Daily '
            'Star, sign up for our newsletter by clicking here.</b></p></article></main>'
            + _en_footer("© 2024 a Reach plc subsidiary"))
    return Page("dailystar", url, _doc("en-GB", head + " - Daily Star", head_html, body),
                {"title": head, "authors": ["Ben Hill"], "subtitle": lead, "body": _text(paras),
                 "published": pub, "modified": mod})


def techradar() -> Page:
    url = "https://www.techradar.com/phones/android/google-pixel-8a-launch-price"
    head = "Google Pixel 8a launches with a seven-year update promise and a lower price"
    lead = "The mid-range phone gets the Tensor G3 chip from the flagship Pixel 8"
    paras = ["Google has announced the Pixel 8a, its new mid-range phone, with the same Tensor "
             "G3 chip as the Pixel 8 and a promise of seven years of updates.",
             "The phone costs $499 in the US, the same as last year's Pixel 7a.",
             "Preorders open today, and the phone ships next week."]
    items = ["Tensor G3 chip", "6.1-inch 120Hz display", "Seven years of updates"]
    sub = "Specs at a glance"
    pub, mod = "2024-05-07T16:00:41Z", "2024-05-07T17:12:10Z"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub),
                                       ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Philip Berne"], "TechRadar", url))
    body = (_en_nav("TechRadar", ["Phones", "Computing", "TVs", "Deals"])
            + '<main><article class="news-article"><header><h1>' + head + '</h1>'
            f'<p class="strapline">{lead}</p><div class="byline">By <a href="/author/philip-berne">'
            'Philip Berne</a> published <time datetime="' + pub + '">7 May 2024</time></div></header>'
            '<div id="article-body" class="text-copy bodyCopy auto">'
            '<p class="fancy-box">When you purchase through links on our site, we may earn an '
            'affiliate commission. Here’s how it works.</p>'
            + _ps(paras[:2]) + f'<h2>{sub}</h2><ul>' + "".join(f"<li>{i}</li>" for i in items)
            + '</ul>' + _ps(paras[2:])
            + '<h3>You might also like</h3><ul><li class="list-none"><a href="/x">Pixel 8 review</a></li>'
            '<li class="list-none"><a href="/y">Best Android phones</a></li></ul>'
            '<p>Sign up for breaking news, reviews, opinion, top tech deals, and more.</p></div>'
            '</article></main>' + _en_footer("© Future US, Inc."))
    return Page("techradar", url, _doc("en", head + " | TechRadar", head_html, body),
                {"title": head, "authors": ["Philip Berne"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *items, *paras[2:]]),
                 "published": pub, "modified": mod})


# ---------------------------------------------------------------------------------------------
# Spain, Italy (South Tyrol), Norway, Czechia


def abc() -> Page:
    url = ("https://www.abc.es/espana/gobierno-aprueba-reforma-subsidio-desempleo-"
           "20240312123456-nt.html")
    head = "El Gobierno aprueba la reforma del subsidio por desempleo sin el apoyo de Podemos"
    lead = ("La norma amplía la protección a 400.000 personas y será convalidada en el Congreso "
            "en un plazo de un mes")
    paras = ["El Consejo de Ministros ha aprobado este martes el real decreto ley que reforma "
             "el subsidio por desempleo, tras meses de negociación con los agentes sociales.",
             "La vicepresidenta segunda, Yolanda Díaz, defendió que la reforma «moderniza» "
             "la protección de los parados de larga duración.",
             "Podemos ya ha anunciado que votará en contra si no se modifica la cuantía.",
             "El texto deberá ser convalidado por el Congreso en los próximos treinta días."]
    sub = "Votación incierta en el Congreso"
    pub, mod = "2024-03-12T13:40:21+01:00", "2024-03-12T16:02:10+01:00"
    head_html = (_desc(lead) + _metas([("name", "title", head), ("property", "og:title", head),
                                       ("property", "article:published_time", pub),
                                       ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Javier Tahiri"], "ABC", url))
    body = (_nav("ABC", ["España", "Internacional", "Economía", "Sociedad", "Deportes"])
            + '<main><article class="v-a"><div class="v-a-inf-c "><span class="v-a-sec">'
            'ECONOMÍA</span><h1 class="v-a-t-h">' + head + '</h1>'
            f'<h2>{lead}</h2></div><div class="v-a-i"><p class="v-a-aut"><a href="/autor/javier-tahiri">'
            'Javier Tahiri</a><span>Madrid</span></p><time datetime="' + pub + '">12/03/2024 '
            'a las 13:40h.</time><p class="v-a-act">Actualizado 12/03/2024 a las 16:02h.</p></div>'
            '<div class="v-d v-d--ab">' + _ps(paras[:2], "v-d-p")
            + '<div class="v-c-cmp v-n-mrg"><h3 class="v-cmp-suh">' + sub + '</h3></div>'
            + '<div class="v-rel"><p class="v-rel-t">Noticia Relacionada</p><p class="v-rel-h">'
            '<a href="/x">Díaz y los sindicatos firman el acuerdo</a></p></div>'
            + _ps(paras[2:], "v-d-p")
            + '<div class="v-p-l"><p>Esta funcionalidad es sólo para registrados</p></div></div>'
            '</article></main>' + _footer("© Diario ABC, S.L."))
    return Page("abc", url, _doc("es", head, head_html, body),
                {"title": head, "authors": ["Javier Tahiri"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": mod})


def eldiario() -> Page:
    url = ("https://www.eldiario.es/sociedad/alquiler-precios-record-ciudades-espanolas_1_"
           "11123456.html")
    head = "El precio del alquiler marca un nuevo récord en 40 capitales de provincia"
    bullet = ("El metro cuadrado alcanza los 12,6 euros de media, un 10% más que hace un año, "
              "según el último informe del portal Idealista")
    paras = ["El precio medio de la vivienda en alquiler ha alcanzado en febrero un nuevo máximo "
             "histórico en 40 de las 50 capitales de provincia.",
             "Las subidas más intensas se registran en Málaga, Valencia y Alicante.",
             "Las asociaciones de inquilinos reclaman que se apliquen los índices de referencia "
             "de la ley de vivienda."]
    sub = "Madrid y Barcelona, a la cabeza"
    pub, mod = "2024-03-04T06:00:10+01:00", "2024-03-04T09:21:44+01:00"
    head_html = (_desc(bullet) + _metas([("property", "og:title", head),
                                         ("property", "article:published_time", pub),
                                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Ana Requena Aguilar"], "elDiario.es", url))
    body = (_nav("elDiario.es", ["Política", "Economía", "Sociedad", "Internacional"])
            + '<main><article><div class="news-header"><h1 class="title">' + head + '</h1>'
            '<ul class="footer"><li class="subtitle"><h2>' + bullet + '</h2></li>'
            '<li class="subtitle subtitle--hasAnchor"><h2><a href="/x">ANÁLISIS - Por qué el '
            'alquiler sigue subiendo pese a la ley</a></h2></li></ul></div>'
            '<div class="news-info"><p class="authors"><a href="/autores/ana-requena/">Ana Requena '
            'Aguilar</a></p><p class="date"><time datetime="' + pub + '">4 de marzo de 2024 '
            '06:00h</time></p></div>'
            '<div class="c-content">' + _ps(paras[:2], "article-text")
            + f'<h2 class="article-text">{sub}</h2>'
            + '<div class="partner-wrapper"><p>Hazte socio de elDiario.es para que podamos seguir '
            'informando</p></div>' + _ps(paras[2:], "article-text") + '</div></article></main>'
            + _footer("© Diario de Prensa Digital S.L."))
    return Page("eldiario", url, _doc("es", head, head_html, body),
                {"title": head, "authors": ["Ana Requena Aguilar"], "subtitle": bullet,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": mod})


def mallorcazeitung() -> Page:
    url = ("https://www.mallorcazeitung.es/lokales/2024/05/08/palma-neue-regeln-"
           "ferienvermietung-101234567.html")
    head = "Palma verschärft die Regeln für die Ferienvermietung"
    lead = "Die Stadtverwaltung will keine neuen Lizenzen mehr für Wohnungen vergeben"
    paras = ["Palmas Rathaus hat am Mittwoch ein Verbot neuer Lizenzen für die touristische "
             "Vermietung von Wohnungen in Mehrfamilienhäusern angekündigt.",
             "Bürgermeister Jaime Martínez sagte, die Stadt wolle den Wohnungsmarkt "
             "entlasten.",
             "Vermieterverbände kündigten Widerstand an."]
    sub = "Kontrollen sollen verstärkt werden"
    pub = "2024-05-08T12:44:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub)])
                 + _news_ld(head, pub, "2024-05-08T14:10:00+02:00", ["Ralf Petzold"],
                            "Mallorca Zeitung", url))
    body = (_nav("Mallorca Zeitung", ["Lokales", "Urlaub", "Gastro", "Sport"])
            + '<main><article><header class="ft-layout-grid-flex"><h1 class="ft-title">' + head
            + f'</h1><h2 class="ft-subtitle">{lead}</h2><div class="ft-author"><span itemprop="author">'
            'Ralf Petzold</span></div><time datetime="' + pub + '">08·05·24 | 12:44</time>'
            '<span class="ft-upd">Aktualisiert um 14:10</span></header>'
            '<figure><img src="/1.jpg" alt=""><figcaption>Ferienwohnungen in Palma | Foto: DM'
            '</figcaption></figure>'
            '<div data-aida-text="true">' + _ps(paras[:2], "ft-text")
            + '<div class="ft-related"><p class="ft-related__kicker">Das könnte Sie auch interessieren'
            '</p><a href="/x">Wie viele Ferienwohnungen gibt es auf Mallorca?</a></div>'
            + f'<h2>{sub}</h2>' + _ps(paras[2:], "ft-text") + '</div></article></main>'
            + _footer("© Mallorca Zeitung"))
    return Page("mallorcazeitung", url, _doc("de", head + " - Mallorca Zeitung", head_html, body),
                {"title": head, "authors": ["Ralf Petzold"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": "2024-05-08T14:10:00+02:00"})


def tageszeitung() -> Page:
    url = "https://www.tageszeitung.it/2024/03/14/die-brenner-blockabfertigung/"
    head = "Die Blockabfertigung"
    lead = "Tirol hält an den Lkw-Dosierungen fest. Jetzt soll die EU-Kommission entscheiden."
    paras = ["Die Landesregierung in Innsbruck will auch in diesem Jahr an mehr als 30 Tagen "
             "den Lkw-Verkehr auf der Inntalautobahn dosieren.",
             "Italien hat deshalb ein Vertragsverletzungsverfahren gegen Österreich beantragt.",
             "Die Frächter in Südtirol sprechen von Schäden in Millionenhöhe."]
    pub = "2024-03-14T06:00:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head + " - Die Neue Südtiroler Tageszeitung"),
                                       ("property", "article:published_time", pub)]))
    body = (_nav("Die Neue Südtiroler Tageszeitung", ["Politik", "Chronik", "Wirtschaft", "Sport"])
            + '<main><article><div class="post_header"><h1 class="entry-title">' + head + '</h1>'
            '<span class="meta_date">Veröffentlicht am <strong>14. März 2024</strong></span></div>'
            '<div id="article_content"><div class="wp-caption alignnone"><img src="/1.jpg" alt="">'
            '<p class="wp-caption-text">Lkw-Stau am Brenner (Foto: 123RF)</p></div>'
            f'<p><strong>{lead}</strong></p>' + _ps(paras)
            + '</div><div class="post_tags"><a>Brenner</a><a>Transit</a></div>'
            '<div class="comments"><p>Kommentare (12)</p></div></article></main>'
            + _footer("© Die Neue Südtiroler Tageszeitung"))
    return Page("tageszeitung", url, _doc("de", head + " - Die Neue Südtiroler Tageszeitung", head_html, body),
                {"title": head, "authors": [], "subtitle": lead, "body": _text(paras),
                 "published": pub, "modified": None})


def dagbladet() -> Page:
    url = "https://www.dagbladet.no/nyheter/stormen-ingunn-full-stans-i-nord/80912345"
    head = "Full stans i nord: – Ikke reis ut"
    lead = "Ekstremværet Ingunn har stengt veier, ferger og flyplasser i Nord-Norge."
    paras = ["Politiet i Troms ber folk holde seg innendørs mens ekstremværet herjer.",
             "Vindkast på over 50 meter per sekund er målt flere steder langs kysten.",
             "Meteorologene venter at været roer seg i løpet av natt til fredag."]
    pub = "2024-02-01T10:12:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub),
                                       ("property", "article:author", "Kari Nordmann"),
                                       ("property", "article:author", "Ole Hansen")]))
    body = (_nav("Dagbladet", ["Nyheter", "Sport", "Kultur", "Meninger"])
            + '<div id="main"><article><div class="article-top expand"><div><header>'
            f'<h1 class="headline">{head}</h1><h3>{lead}</h3></header></div></div>'
            '<div class="article-byline"><address><span class="name">Kari Nordmann</span>'
            '<span class="email">kari@dagbladet.no</span></address><address><span class="name">'
            'Ole Hansen</span></address><time datetime="' + pub + '">Publisert 01.02.24 10:12</time></div>'
            '<div class="body-copy">' + _ps(paras[:2])
            + '<aside class="related"><p>LES OGSÅ:</p><a href="/x">Slik blir været i helga</a></aside>'
            + _ps(paras[2:]) + '</div></article></div>' + _footer("© Dagbladet"))
    return Page("dagbladet", url, _doc("no", head, head_html, body),
                {"title": head, "authors": ["Kari Nordmann", "Ole Hansen"], "subtitle": lead,
                 "body": _text(paras), "published": pub, "modified": None})


def nettavisen() -> Page:
    url = "https://www.nettavisen.no/okonomi/renten-holdes-uendret/s/5-95-1712345"
    head = "Norges Bank holder renten uendret"
    lead = "Styringsrenten blir liggende på 4,5 prosent, men kutt kan komme til høsten."
    paras = ["Norges Bank holder styringsrenten uendret på 4,5 prosent, opplyser "
             "sentralbanken torsdag.",
             "Sentralbanksjef Ida Wolden Bache sier at renten trolig vil holdes på dette nivået "
             "en stund framover.",
             "Økonomer hadde på forhånd ventet en uendret rente."]
    pub, mod = "2024-03-21T10:00:00+01:00", "2024-03-21T10:45:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub),
                                       ("property", "article:modified_time", mod),
                                       ("property", "article:author", "Eirik Haugen")])
                 + _news_ld(head, pub, mod, ["Eirik Haugen"], "Nettavisen", url))
    body = (_nav("Nettavisen", ["Nyheter", "Økonomi", "Sport", "Livsstil"])
            + '<main id="main-content-begin"><article><div class="inner-article">'
            f'<h1>{head}</h1><p class="standfirst">{lead}</p>'
            '<div class="byline"><span>Eirik Haugen</span><span>Journalist</span>'
            '<time datetime="' + pub + '">21.03.24 10:00</time><span>Oppdatert 21.03.24 10:45</span></div>'
            '<div class="body-text"><div>' + _ps(paras[:2])
            + '<div class="incentive-block"><p>Vil du lese mer? Bli abonnent i dag.</p></div>'
            + _ps(paras[2:]) + '</div></div></div></article></main>' + _footer("© Nettavisen"))
    return Page("nettavisen", url, _doc("no", head, head_html, body),
                {"title": head, "authors": ["Eirik Haugen"], "subtitle": lead,
                 "body": _text(paras), "published": pub, "modified": mod})


def seznamzpravy() -> Page:
    url = ("https://www.seznamzpravy.cz/clanek/domaci-politika-vlada-schvalila-rozpocet-"
           "na-pristi-rok-245678")
    head = "Vláda schválila rozpočet na příští rok se schodkem 230 miliard"
    lead = ("Kabinet Petra Fialy v pondělí schválil návrh státního rozpočtu. Opozice ho "
            "označila za nereálný.")
    paras = ["Vláda na svém pondělním zasedání schválila návrh státního rozpočtu na příští rok "
             "se schodkem 230 miliard korun.",
             "Ministr financí Zbyněk Stanjura uvedl, že deficit je nejnižší od roku 2019.",
             "Sněmovna by měla o rozpočtu poprvé hlasovat v říjnu."]
    sub = "Opozice kritizuje výdaje"
    pub, mod = "2024-09-30T14:25:00+02:00", "2024-09-30T16:00:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub)])
                 + _news_ld(head, pub, mod, ["Jan Novák", "Seznam Zprávy"], "Seznam Zprávy", url))
    body = (_nav("Seznam Zprávy", ["Domácí", "Zahraniční", "Ekonomika", "Sport"])
            + '<main><article role="article"><h1 class="speakable">' + head + '</h1>'
            f'<div><p class="speakable" data-dot="ogm-article-perex">{lead}</p></div>'
            '<div class="mol-article-author"><a href="/autor/jan-novak">Jan Novák</a>'
            '<span>Seznam Zprávy</span><time datetime="' + pub + '">30. 9. 2024 14:25</time></div>'
            '<div class="mol-rich-content--for-article"><div class="speakable">' + _ps(paras[:2])
            + '</div><div class="mol-related"><p>Mohlo by vás zajímat</p><a href="/x">Kolik stojí '
            'důchody</a></div>' + f'<h2 class="speakable">{sub}</h2><div class="speakable">'
            + _ps(paras[2:]) + '</div></div><div class="mol-tags"><a>Rozpočet</a></div>'
            '</article></main>' + _footer("© Seznam.cz, a.s."))
    return Page("seznamzpravy", url, _doc("cs", head + " - Seznam Zprávy", head_html, body),
                {"title": head, "authors": ["Jan Novák"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": mod})


# ---------------------------------------------------------------------------------------------
# Germany


def kicker() -> Page:
    url = "https://www.kicker.de/tuchel-vor-dem-topspiel-gegen-leverkusen-986543/artikel"
    kicker_, head = "Vor dem Topspiel", "Tuchel: \"Wir müssen an unsere Grenzen gehen\""
    lead = ("Bayern-Trainer Thomas Tuchel erwartet in Leverkusen ein Spiel auf Augenhöhe. "
            "Harry Kane ist nach seiner Knöchelverletzung fit.")
    paras = ["Thomas Tuchel hat vor dem Spitzenspiel bei Bayer Leverkusen die Stärke des "
             "Tabellenführers hervorgehoben.",
             "Die Mannschaft von Xabi Alonso ist in dieser Saison noch ungeschlagen.",
             "Personell kann Tuchel bis auf die Langzeitverletzten aus dem Vollen schöpfen."]
    sub = "Kane fit, Davies fraglich"
    pub = "2024-02-09T13:52:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", f"{kicker_}: {head}")])
                 + _news_ld(f"{kicker_}: {head}", pub, "2024-02-09T14:20:00+01:00", ["Georg Holzner"],
                            "kicker", url))
    body = (_nav("kicker", ["News", "Bundesliga", "Champions League", "Live"])
            + '<main><article class="kick__article"><header><p class="kick__article__kicker">'
            + kicker_ + f'</p><h1 class="kick__article__headline">{head}</h1>'
            f'<p class="kick__article__teaser">{lead}</p><div class="kick__article__info">'
            '<span class="kick__author">Georg Holzner</span>'
            '<span class="kick__date">09.02.2024, 13:52</span></div></header>'
            '<div class="kick__article__content"><div class="kick__article__content__child">'
            + _ps(paras[:2]) + '</div><div class="kick__article__content__child kick__ad">'
            '<p>Anzeige</p></div><div class="kick__article__content__child">'
            f'<h2>{sub}</h2>' + _ps(paras[2:]) + '</div></div>'
            '<div class="kick__article__tags"><a>FC Bayern München</a></div></article></main>'
            + _footer("© kicker.de"))
    return Page("kicker", url, _doc("de", f"{kicker_}: {head} - kicker", head_html, body),
                {"title": f"{kicker_}: {head}", "authors": ["Georg Holzner"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": "2024-02-09T14:20:00+01:00"})


def focus() -> Page:
    url = ("https://www.focus.de/politik/deutschland/bauern-proteste-traktoren-blockieren-"
           "berlin_id_259512345.html")
    head = "Traktoren blockieren Berliner Innenstadt"
    lead = ("Tausende Landwirte protestieren am Montag in Berlin gegen die Kürzung von "
            "Agrarsubventionen. Der Verkehr rund um das Brandenburger Tor ist lahmgelegt.")
    paras = ["Mit mehreren tausend Traktoren sind Landwirte aus ganz Deutschland nach Berlin "
             "gekommen, um gegen die Sparpläne der Bundesregierung zu protestieren.",
             "Bauernpräsident Joachim Rukwied sprach vor dem Brandenburger Tor von einer "
             "„Kampfansage an die Landwirtschaft“.",
             "Finanzminister Christian Lindner wurde bei seiner Rede ausgepfiffen."]
    pub, mod = "2024-01-15T11:08:00+01:00", "2024-01-15T13:30:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head + " - FOCUS online"),
                                       ("name", "author", "FOCUS online"),
                                       ("name", "date", pub), ("name", "last-modified", mod)])
                 + _news_ld(head, pub, mod, None, "FOCUS online", url,
                            extra={"author": [{"@type": "Person", "name": "Lisa Krebs"},
                                              {"@type": "Organization", "name": "FOCUS online"}]}))
    body = (_nav("FOCUS online", ["Politik", "Finanzen", "Wissen", "Gesundheit"])
            + '<main><article class="article"><div class="articleIdentH1"><span class="overhead">'
            f'Bauern-Proteste</span><h1>{head}</h1></div><div class="leadIn"><p>{lead}</p></div>'
            '<div class="authorMeta"><span class="authorMeta__name">Von FOCUS-online-Redakteurin '
            '<a href="/autoren/lisa-krebs">Lisa Krebs</a></span>'
            '<span class="displayDate">Montag, 15.01.2024, 11:08</span></div>'
            '<div class="textBlock">' + _ps(paras[:2])
            + '<div class="related"><p>Mehr zum Thema</p><a href="/x">Agrardiesel: Was die '
            'Kürzung für Bauern bedeutet</a></div>' + _ps(paras[2:])
            + '<p class="source">mit Agenturmaterial</p></div>'
            '<div class="fol-newsletter"><p>Den FOCUS-online-Newsletter abonnieren</p></div>'
            '</article></main>' + _footer("© FOCUS Online 1996-2024"))
    return Page("focus", url, _doc("de", head + " - FOCUS online", head_html, body),
                {"title": head, "authors": ["Lisa Krebs"], "subtitle": lead,
                 "body": _text(paras), "published": pub, "modified": mod})


def rbb24() -> Page:
    url = "https://www.rbb24.de/politik/beitrag/2024/04/berlin-senat-haushalt-kuerzungen.html"
    head = "Berliner Senat einigt sich auf Sparliste"
    lead = ("Der Berliner Senat will im kommenden Jahr rund drei Milliarden Euro einsparen. "
            "Betroffen sind vor allem Kultur und Verkehr.")
    paras = ["Nach wochenlangen Verhandlungen hat sich die schwarz-rote Koalition in Berlin auf "
             "eine Liste mit Kürzungen verständigt.",
             "Finanzsenator Stefan Evers (CDU) sprach von schmerzhaften, aber notwendigen "
             "Einschnitten.",
             "Die Opposition kritisierte, die Kürzungen träfen vor allem sozial Schwache."]
    pub = "2024-04-23T17:24:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub),
                                       ("name", "author", "rbb|24")])
                 + _news_ld(head, pub, None, None, "rbb|24", url))
    body = (_nav("rbb24", ["Politik", "Panorama", "Wirtschaft", "Sport"])
            + '<main><article class="article"><header><p class="titletext">Haushalt</p>'
            f'<h1 class="titletext">{head}</h1><time datetime="{pub}">Di 23.04.24 | 17:24 Uhr'
            f'</time></header><div class="textblock"><p class="shorttext">{lead}</p></div>'
            '<div class="textblock">' + _ps(paras[:2]) + '</div>'
            '<div class="box related"><p>Auch interessant</p><a href="/x">So viel Geld fehlt im '
            'Landeshaushalt</a></div><div class="textblock">' + _ps(paras[2:]) + '</div>'
            '<div class="textblock"><p class="sendung">Sendung: rbb24 Abendschau, 23.04.2024, '
            '19:30 Uhr</p></div><div class="textblock"><p class="authors">Beitrag von Jan '
            'Menzel</p></div></article></main>' + _footer("© Rundfunk Berlin-Brandenburg"))
    return Page("rbb24", url, _doc("de", head + " | rbb24", head_html, body),
                {"title": head, "authors": ["Jan Menzel"], "subtitle": lead,
                 "body": _text(paras), "published": pub, "modified": None})


def stuttgarterzeitung() -> Page:
    url = ("https://www.stuttgarter-zeitung.de/inhalt.stuttgart-21-eroeffnung-verschoben."
           "a1b2c3d4-e5f6-7a8b-9c0d-e1f2a3b4c5d6.html")
    head = "Eröffnung von Stuttgart 21 erneut verschoben"
    lead = "Der neue Tiefbahnhof geht frühestens Ende 2026 in Betrieb. Die Bahn nennt technische Gründe."
    paras = ["Die Deutsche Bahn hat die Eröffnung des Stuttgarter Tiefbahnhofs erneut "
             "verschoben.",
             "Grund seien Verzögerungen bei der Einführung des digitalen Zugfunks, teilte das "
             "Unternehmen mit.",
             "Verkehrsminister Winfried Hermann (Grüne) zeigte sich verärgert."]
    sub = "Land fordert verbindlichen Zeitplan"
    pub = "2024-06-19T15:10:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub),
                                       ("name", "author", "Christian Milankovic")])
                 + _news_ld(head, pub, "2024-06-19T18:00:00+02:00", ["Christian Milankovic"],
                            "Stuttgarter Zeitung", url))
    body = (_nav("Stuttgarter Zeitung", ["Stuttgart", "Region", "Politik", "Wirtschaft"])
            + '<main><article class="article"><div class="article-header"><p class="kicker">'
            f'Stuttgart 21</p><h1>{head}</h1><p class="intro-text">{lead}</p>'
            '<div class="author">Christian Milankovic</div><div class="date">19.06.2024 - 15:10 Uhr'
            '</div></div><div class="article-body">' + _ps(paras[:2])
            + f'<h2>{sub}</h2>' + _ps(paras[2:])
            + '</div><div class="paywall"><p>Weiterlesen mit StZ Plus – jetzt 1 Monat für 0 €</p>'
            '</div></article></main>' + _footer("© Stuttgarter Zeitung"))
    return Page("stuttgarterzeitung", url, _doc("de", head + " - Stuttgarter Zeitung", head_html, body),
                {"title": head, "authors": ["Christian Milankovic"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": "2024-06-19T18:00:00+02:00"})


def freiepresse() -> Page:
    url = ("https://www.freiepresse.de/chemnitz/kulturhauptstadt-2025-programm-"
           "vorgestellt-artikel13212345")
    head = "Kulturhauptstadt 2025: Chemnitz stellt sein Programm vor"
    lead = "Mehr als 1000 Veranstaltungen sind geplant. Der Auftakt ist im Januar."
    paras = ["Chemnitz hat am Dienstag das Programm für das Kulturhauptstadtjahr 2025 "
             "vorgestellt.",
             "Geplant sind mehr als 1000 Veranstaltungen in der Stadt und 38 Umlandgemeinden.",
             "Die Eröffnungsfeier soll am 18. Januar auf dem Theaterplatz stattfinden."]
    pub = "2024-10-08T18:03:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub)])
                 + _news_ld(head, pub, pub, ["Katrin Hofmann"], "Freie Presse", url))
    body = (_nav("Freie Presse", ["Chemnitz", "Erzgebirge", "Sachsen", "Sport"])
            + '<main><article><div class="article__header"><span class="article__location">Chemnitz'
            f'</span><h1>{head}</h1><p class="article__lead">{lead}</p>'
            '<div class="article__author">Von Katrin Hofmann</div>'
            '<div class="article__date">erschienen am 08.10.2024</div></div>'
            '<div class="article__text">' + _ps(paras)
            + '</div><div class="article__paywall"><p>Sie haben den kostenlosen Artikel bereits '
            'gelesen. Jetzt weiterlesen mit FP+</p></div></article></main>'
            + _footer("© Chemnitzer Verlag und Druck GmbH & Co. KG"))
    return Page("freiepresse", url, _doc("de", head + " | Freie Presse", head_html, body),
                {"title": head, "authors": ["Katrin Hofmann"], "subtitle": lead,
                 "body": _text(paras), "published": pub, "modified": pub})


def correctiv() -> Page:
    url = "https://correctiv.org/faktencheck/2024/05/22/nein-die-eu-verbietet-nicht-das-grillen/"
    head = "Nein, die EU verbietet nicht das Grillen im eigenen Garten"
    lead = ("In Sozialen Netzwerken heißt es, die EU wolle Holzkohlegrills verbieten. Das "
            "stimmt nicht.")
    paras = ["Auf Facebook und X verbreitet sich die Behauptung, die Europäische Union plane "
             "ein Verbot von Holzkohlegrills.",
             "Eine Sprecherin der EU-Kommission teilte uns mit, ein solches Verbot sei nicht "
             "geplant.",
             "Die Behauptung geht auf einen satirischen Artikel aus dem Jahr 2023 zurück."]
    sub = "Bewertung: Falsch"
    pub = "2024-05-22T16:45:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub),
                                       ("name", "author", "Max Bernhard, Sophie Timmermann")])
                 + _ld({"@context": "https://schema.org", "@type": "ClaimReview",
                        "datePublished": pub, "url": url,
                        "claimReviewed": "Die EU will Holzkohlegrills verbieten",
                        "author": {"@type": "Organization", "name": "CORRECTIV"},
                        "reviewRating": {"@type": "Rating", "alternateName": "Falsch"}}))
    body = (_nav("CORRECTIV", ["Faktencheck", "Recherchen", "Lokal", "Spenden"])
            + '<main><article class="detail"><header class="detail__header"><h1 class="detail__title">'
            + head + f'</h1><p class="detail__excerpt">{lead}</p><div class="detail__authors">von '
            '<a href="/team/max-bernhard/">Max Bernhard</a> und <a href="/team/sophie-timmermann/">'
            'Sophie Timmermann</a></div><time datetime="' + pub + '">22. Mai 2024</time></header>'
            '<div class="detail__box"><p>Behauptung: Die EU will Holzkohlegrills verbieten.</p>'
            '<p>Bewertung: Falsch</p></div><div class="detail__content">' + _ps(paras[:2])
            + f'<h2>{sub}</h2>' + _ps(paras[2:])
            + '<p><em>Redigatur: Uschi Jonas</em></p></div><div class="detail__donate"><p>Unterstützen '
            'Sie unabhängigen Journalismus. Jetzt spenden!</p></div></article></main>'
            + _footer("© CORRECTIV – Recherchen für die Gesellschaft"))
    return Page("correctiv", url, _doc("de", head + " - CORRECTIV", head_html, body),
                {"title": head, "authors": ["Max Bernhard", "Sophie Timmermann"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": None})


# ---------------------------------------------------------------------------------------------
# Asia, Turkey


def taipeitimes() -> Page:
    url = "https://www.taipeitimes.com/News/taiwan/archives/2024/03/16/2003814876"
    head = "Legislature passes bill to extend conscription benefits"
    lead = "NEW RULES: Conscripts will receive a monthly allowance of NT$26,307 under the amendments"
    paras = ["The Legislative Yuan yesterday passed amendments that raise the pay of "
             "one-year conscripts and extend health insurance coverage to their families.",
             "The amendments take effect on July 1, the Ministry of National Defense said.",
             "Lawmakers across party lines supported the bill, which passed without a vote."]
    pub = "2024-03-16T08:00:00+08:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head + " - Taipei Times")])
                 + _news_ld(head, pub, None, None, "Taipei Times", url))
    body = (_en_nav("Taipei Times", ["Taiwan", "Business", "World", "Editorials"])
            + '<main><div class="archives"><h1>' + head + f'</h1><h2>{lead}</h2>'
            '<div class="name">By Chen Yu-fu and Jonathan Chin / Staff reporter, with staff writer'
            '</div><div class="ndate">Sat, Mar 16, 2024 page3</div>'
            + _ps(paras) + '<p>（by Jonathan Chin）</p>'
            '<div class="tags"><a>Conscription</a></div></div></main>'
            + _en_footer("Copyright © 1999-2024 The Taipei Times."))
    return Page("taipeitimes", url, _doc("en", head + " - Taipei Times", head_html, body),
                {"title": head, "authors": ["Chen Yu-fu", "Jonathan Chin"], "subtitle": lead,
                 "body": _text(paras), "published": pub, "modified": None})


def malaymail() -> Page:
    url = ("https://www.malaymail.com/news/malaysia/2024/03/05/anwar-says-subsidy-"
           "rationalisation-will-proceed/123456")
    head = "Anwar says diesel subsidy rationalisation will proceed by mid-year"
    paras = ["KUALA LUMPUR, March 5 — Prime Minister Datuk Seri Anwar Ibrahim said today the "
             "government will press ahead with the rationalisation of diesel subsidies.",
             "He said the targeted approach would save the government billions of ringgit a "
             "year.",
             "Anwar said fishermen and smallholders would continue to receive subsidised fuel.",
             "The Finance Ministry will announce the details next month. — Bernama"]
    sub = "Targeted aid"
    pub = "2024-03-05T13:41:00+08:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head),
                                           ("property", "article:published_time", pub)])
                 + _news_ld(head, pub, "2024-03-05T14:02:00+08:00", ["Bernama"], "Malay Mail", url,
                            author_type="Organization"))
    body = (_en_nav("Malay Mail", ["Malaysia", "World", "Money", "Life"])
            + '<main><article><h1 class="article-title">' + head + '</h1>'
            '<div class="article-byline"><div class="byline">Tuesday, 05 Mar 2024 1:41 PM MYT'
            '</div></div><div class="article-body">' + _ps(paras[:2])
            + f'<p><b>{sub}</b></p>' + _ps(paras[2:3])
            + '<p><b>Related Articles</b> <a href="/x">Diesel price to float from June</a></p>'
            + _ps(paras[3:]) + '</div></article></main>'
            + _en_footer("Copyright © 2024 Malay Mail. All rights reserved."))
    return Page("malaymail", url, _doc("en", head + " | Malay Mail", head_html, body),
                {"title": head, "authors": ["Bernama"],
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": "2024-03-05T14:02:00+08:00"})


def tokyoshimbun() -> Page:
    url = "https://www.tokyo-np.co.jp/article/312345"
    head = "都内の待機児童、初めてゼロに　4月1日時点で"
    paras = ["東京都は２５日、４月１日時点の都内の待機児童数がゼロになったと発表した。"
             "統計を取り始めた１９９２年以降で初めて。",
             "保育所の整備が進んだことに加え、少子化で申込者が減ったことが背景にある。",
             "一方、希望する園に入れない「隠れ待機児童」は約１万人いるとされる。"]
    sub = "「隠れ待機児童」は１万人"
    pub = "2024-07-25T19:30:00+09:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head)])
                 + _news_ld(head, pub, "2024-07-25T20:05:00+09:00", ["佐藤航"], "東京新聞", url,
                            extra={"articleSection": "社会"}))
    body = (_nav("東京新聞", ["政治", "経済", "社会", "国際", "スポーツ"])
            + '<main><article class="article"><h1>' + head + '</h1>'
            '<div class="date">2024年7月25日 19時30分</div>'
            '<div class="wrap"><div class="image"><img src="/1.jpg" alt=""></div>'
            '<p class="caption">保育所の様子（資料写真）</p></div>'
            + "".join(f'<div class="block">{p}</div>' for p in paras[:2])
            + f'<div class="block"><h2>{sub}</h2></div>'
            + f'<div class="block">{paras[2]}</div>'
            '<p class="author">（佐藤航）</p><div class="related"><h3>関連記事</h3><ul><li>'
            '<a href="/x">保育士不足、深刻に</a></li></ul></div></article></main>'
            + _footer("Copyright © The Chunichi Shimbun, All Rights Reserved."))
    return Page("tokyoshimbun", url, _doc("ja", head + "：東京新聞デジタル", head_html, body),
                {"title": head, "authors": ["佐藤航"],
                 "body": "\n\n".join([*paras[:2], sub, paras[2]]),
                 "published": pub, "modified": "2024-07-25T20:05:00+09:00"})


def mbn() -> Page:
    url = "https://www.mbn.co.kr/news/society/5012345"
    head = "서울 지하철 파업 철회…출근길 정상 운행"
    lead = "노사 밤샘 협상 끝에 임금 잠정 합의…출근길 지하철 정상 운행"
    paras = ["서울교통공사 노사가 밤샘 협상 끝에 임금 협상에 잠정 합의하면서 예고됐던 지하철 파업이 철회됐습니다.",
             "이에 따라 오늘 아침 출근길 지하철은 정상 운행되고 있습니다.",
             "노조는 조합원 찬반 투표를 거쳐 합의안을 최종 확정할 예정입니다."]
    pub = "2024-12-06T06:30:00+09:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head),
                                           ("property", "article:published_time", pub)])
                 + _news_ld(head, pub, None, ["김민수"], "MBN", url))
    body = (_nav("MBN", ["정치", "경제", "사회", "국제", "연예"])
            + '<main><div class="news_title"><h1>' + head + '</h1>'
            '<ul class="info"><li class="author">김민수 기자</li><li class="date">기사입력 '
            '2024-12-06 06:30</li></ul></div>'
            f'<div class="midtitle_text">{lead}</div>'
            '<div itemprop="articleBody" class="detail">'
            + "<br><br>".join(paras)
            + '<br><br>[김민수 기자 kim.minsu@mbn.co.kr]<br><br>영상편집 : 이주호'
            '<div class="ad_wrap"><p>광고</p></div></div>'
            '<div id="refTotal"><p>이 기사에 대한 관련 기사</p></div></main>'
            + _footer("Copyright ⓒ MBN. 무단전재 및 재배포 금지"))
    return Page("mbn", url, _doc("ko", head + " - MBN", head_html, body),
                {"title": head, "authors": ["김민수"], "subtitle": lead, "body": _text(paras),
                 "published": pub, "modified": None})


def newsis() -> Page:
    url = "https://www.newsis.com/view/NISX20240415_0002701234"
    head = "한은, 기준금리 연 3.50% 동결…10회 연속"
    paras = ["[서울=뉴시스] 홍길동 기자 = 한국은행이 기준금리를 연 3.50%로 동결했다. 10회 연속 동결이다.",
             "한은 금융통화위원회는 이날 통화정책방향 회의를 열고 기준금리를 현 수준에서 유지하기로 결정했다.",
             "시장에서는 하반기 금리 인하 가능성에 주목하고 있다."]
    pub = "2024-04-15T10:05:21+09:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head),
                                           ("property", "article:published_time", pub)])
                 + _news_ld(head, pub, "2024-04-15T10:30:00+09:00", ["홍길동"], "뉴시스", url))
    body = (_nav("뉴시스", ["정치", "경제", "사회", "국제"])
            + '<main><div class="articleView"><div class="view"><h1 class="tit title_area">' + head
            + '</h1><div class="infoLine"><p class="txt"><span>등록 2024.04.15 10:05:21</span>'
            '<span>수정 2024.04.15 10:30:00</span></p></div>'
            '<div class="viewer"><div class="thumCont"><img src="/1.jpg" alt=""><p class="desc">'
            '이창용 한국은행 총재. (사진=뉴시스 DB)</p></div><article>'
            + "<br><br>".join(paras)
            + '<br><br>◎공감언론 뉴시스 hong@newsis.com</article></div></div></div></main>'
            + _footer("Copyright © NEWSIS.COM, 무단 전재 및 재배포 금지"))
    return Page("newsis", url, _doc("ko", head + " - 뉴시스", head_html, body),
                {"title": head, "authors": ["홍길동"], "body": _text(paras),
                 "published": pub, "modified": "2024-04-15T10:30:00+09:00"})


def ntvtr() -> Page:
    url = "https://www.ntv.com.tr/turkiye/merkez-bankasi-faizi-sabit-tuttu,abc123def456"
    head = "Merkez Bankası politika faizini sabit tuttu"
    lead = "Türkiye Cumhuriyet Merkez Bankası politika faizini yüzde 50'de sabit bıraktı."
    paras = ["Merkez Bankası Para Politikası Kurulu, politika faizini yüzde 50 seviyesinde "
             "sabit tuttu.",
             "Kurul, enflasyonun ana eğiliminde belirgin bir düşüş görülene kadar sıkı para "
             "politikası duruşunun sürdürüleceğini açıkladı.",
             "Ekonomistler faiz indiriminin yıl sonundan önce beklenmediğini belirtti."]
    sub = "Enflasyon beklentileri"
    pub = "2024-07-23T14:00:00+03:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head + " | NTV Haber"),
                                       ("name", "datePublished", pub),
                                       ("name", "articleAuthor", "NTV")])
                 + _news_ld(head, pub, "2024-07-23T14:20:00+03:00", ["NTV"], "NTV", url,
                            author_type="Organization"))
    body = (_nav("NTV", ["Gündem", "Türkiye", "Dünya", "Ekonomi", "Spor"])
            + '<main><article><h1>' + head + f'</h1><h2>{lead}</h2>'
            '<div class="meta"><span>NTV - Haber Merkezi</span><time datetime="' + pub + '">'
            '23.07.2024 14:00</time><span>Güncelleme: 23.07.2024 14:20</span></div>'
            '<div class="content" property="articleBody">' + _ps(paras[:2])
            + f'<p><strong>{sub}</strong></p>' + _ps(paras[2:])
            + '<p><strong>Ekonomi haberleri için tıklayın</strong></p></div>'
            '<ul class="tags"><li>Merkez Bankası -</li><li>Faiz</li></ul></article></main>'
            + _footer("© NTV Yayın Hakları"))
    return Page("ntvtr", url, _doc("tr", head + " | NTV Haber", head_html, body),
                {"title": head, "authors": ["NTV"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": "2024-07-23T14:20:00+03:00"})


def anadolu() -> Page:
    url = "https://www.aa.com.tr/tr/dunya/bm-gazze-icin-acil-insani-ateskes-cagrisi/3212345"
    head = "BM'den Gazze için acil insani ateşkes çağrısı"
    lead = "BM Genel Sekreteri Guterres, bölgedeki insani durumun felaket boyutuna ulaştığını söyledi."
    paras = ["Birleşmiş Milletler (BM) Genel Sekreteri Antonio Guterres, Gazze'de acil insani "
             "ateşkes çağrısını yineledi.",
             "Guterres, New York'taki BM merkezinde gazetecilere yaptığı açıklamada, yardım "
             "tırlarının bölgeye girişinin engellendiğini belirtti.",
             "BM verilerine göre bölgedeki nüfusun büyük bölümü yerinden edildi."]
    sub = "Yardım girişi engelleniyor"
    pub = "2024-03-18T19:22:00+03:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head)])
                 + _news_ld(head, pub, "2024-03-18T19:40:00+03:00", ["Mücahit Aydemir"],
                            "Anadolu Ajansı", url))
    body = (_nav("Anadolu Ajansı", ["Gündem", "Dünya", "Ekonomi", "Spor"])
            + '<main><article><h1>' + head + '</h1>'
            f'<span class="text-descriptionColor">{lead}</span>'
            '<div class="meta"><span>Mücahit Aydemir</span> | <span class="tarih">18.03.2024 - '
            'Güncelleme : 18.03.2024</span><span>New York</span></div>'
            '<div dir="ltr">' + _ps(paras[:2]) + f'<h2>{sub}</h2>' + _ps(paras[2:])
            + '<p class="aa-abone">Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) '
            'üzerinden abonelere sunulan haberler, özetlenerek yayımlanmaktadır. Abonelik için '
            'lütfen iletişime geçiniz.</p></div></article></main>'
            + _footer("© Anadolu Ajansı"))
    return Page("anadolu", url, _doc("tr", head, head_html, body),
                {"title": head, "authors": ["Mücahit Aydemir"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": "2024-03-18T19:40:00+03:00"})


def thesunmy() -> Page:
    url = "https://thesun.my/local-news/flash-floods-hit-klang-valley-after-heavy-downpour-AB123456"
    head = "Flash floods hit several areas in Klang Valley after heavy downpour"
    paras = ["PETALING JAYA: Several areas in the Klang Valley were hit by flash floods after "
             "a heavy downpour this afternoon.",
             "The Fire and Rescue Department said it received 14 calls for help.",
             "No casualties were reported and water levels receded by evening."]
    pub = "2024-10-21T18:45:00+08:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head),
                                           ("property", "article:published_time", pub)])
                 + _news_ld(head, pub, None, ["Faiz Ruzman"], "The Sun Malaysia", url))
    body = (_en_nav("theSun", ["Local", "World", "Business", "Sport"])
            + '<main><article><div class="headline"><h1>' + head + '</h1></div>'
            '<div class="byline"><span class="author">By FAIZ RUZMAN</span><span class="date">'
            '21 Oct 2024 / 18:45 H.</span></div><div class="article-content">' + _ps(paras[:2])
            + '<p><strong>ALSO READ: <a href="/x">MetMalaysia issues thunderstorm warning</a>'
            '</strong></p>' + _ps(paras[2:])
            + '</div></article></main>' + _en_footer("© 2024 Sun Media Corporation Sdn. Bhd."))
    return Page("thesunmy", url, _doc("en", head, head_html, body),
                {"title": head, "authors": ["Faiz Ruzman"], "body": _text(paras),
                 "published": pub, "modified": None})


def occupydemocrats() -> Page:
    url = "https://occupydemocrats.com/2024/06/12/senate-votes-ivf-protection-bill/"
    head = "Senate Republicans Block Bill to Protect Access to IVF"
    paras = ["Senate Republicans on Wednesday blocked a bill that would have established a "
             "federal right to in vitro fertilization.",
             "The measure failed 48 to 47, short of the 60 votes needed to advance.",
             "Democrats said they would keep pressing the issue before the November election."]
    pub = "2024-06-12T21:10:00+00:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head),
                                           ("property", "article:published_time", pub),
                                           ("name", "author", "Sarah Jones")])
                 + _news_ld(head, pub, pub, ["Sarah Jones"], "Occupy Democrats", url))
    body = (_en_nav("Occupy Democrats", ["News", "Politics", "Videos"])
            + '<main><article class="post"><h1 class="entry-title">' + head + '</h1>'
            '<div class="td-module-meta-info"><div class="td-post-author-name">By <a href="/author/sarah/">'
            'Sarah Jones</a> - </div><time class="entry-date" datetime="' + pub + '">June 12, 2024'
            '</time></div><div class="td-post-content">' + _ps(paras)
            + '<p><em>Please share this if you support IVF access!</em></p>'
            '<div class="sharedaddy"><h3>Share this:</h3></div></div></article></main>'
            + _en_footer("© 2024 Occupy Democrats"))
    return Page("occupydemocrats", url, _doc("en-US", f"{head} - Occupy Democrats", head_html, body),
                {"title": head, "authors": ["Sarah Jones"], "body": _text(paras),
                 "published": pub, "modified": pub})


BUILDERS = [freebeacon, latimes, gatewaypundit, globalnews, westaustralian, thesun, dailystar,
            techradar, abc, eldiario, mallorcazeitung, tageszeitung, dagbladet, nettavisen,
            seznamzpravy, kicker, focus, rbb24, stuttgarterzeitung, freiepresse, correctiv,
            taipeitimes, malaymail, tokyoshimbun, mbn, newsis, ntvtr, anadolu, thesunmy,
            occupydemocrats]


def pages() -> Iterator[Page]:
    for build in BUILDERS:
        yield build()


__all__ = ["BUILDERS", "Page", "ablated", "pages"]
