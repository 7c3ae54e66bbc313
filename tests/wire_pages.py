# ruff: noqa: E501
"""Look-alike article pages of the news agencies' own websites (and two pages printing an
AFP story), written from what they printed around 2019-2025: the head with the metadata the
site carries (incomplete where it is), the printed header, the dateline as the wire prints
it, and the body with the wire's in-text boilerplate (photo captions and credits, "Related
coverage", share bars, "Most read", copyright lines, desk codes, "(END)"). Each comes with
the record a careful reader expects, `agency` (the normalised wire name, as
`processors.normalise_agency` gives it) and `dateline` (the place, as `find_dateline` gives
it) included.

Authors are the reporters the page names; where it names no person, the wire as the page
credits it as author (a byline or author metadata: "AFP", "Sputnik"); none where the page
credits no author at all. The body is the standfirst and the copy, dateline included; bare
wire credits closing the copy ("--IANS", "(PNA)", "(c) Agencia EFE") stay in it, as the
project keeps them, while desk slugs, dated rights lines and the sites' notes do not.

`pages()` yields `tests.publisher_pages.Page`s; `ablated` (from there) strips the metadata.
`python -m tests.wire_measure -v` prints the figures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from tests.publisher_pages import Page, _doc, _ld, _metas, _news_ld, _ps, _text, ablated

__all__ = ["Page", "ablated", "pages"]


def _nav(site: str, items: list[str], cls: str = "header") -> str:
    links = "".join(f'<li><a href="/{i.lower().replace(" ", "-")}/">{i}</a></li>' for i in items)
    return (f'<header class="{cls}"><a class="logo" href="/"><img src="/logo.svg" alt="{site}">'
            f'</a><nav class="main-menu"><ul>{links}</ul></nav>'
            '<form class="search" action="/search"><input name="q" placeholder="Search"></form>'
            '</header>')


def _footer(lines: list[str]) -> str:
    return ('<footer class="footer"><ul class="footer-links"><li><a href="/about">About us</a>'
            '</li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li>'
            '</ul>' + "".join(f"<p>{line}</p>" for line in lines) + "</footer>")


def _share(cls: str = "share") -> str:
    return (f'<div class="{cls}"><a href="#" class="fb">Facebook</a><a href="#" class="tw">X</a>'
            '<a href="#" class="wa">WhatsApp</a><a href="#" class="tg">Telegram</a></div>')


def _most_read(label: str, items: list[str]) -> str:
    links = "".join(f'<li><a href="/news/{n}">{t}</a></li>' for n, t in enumerate(items))
    return f'<aside class="most-read"><h3>{label}</h3><ol>{links}</ol></aside>'


def _truth(title: str, body: str, authors: list[str], published: str | None,
           modified: str | None, agency: str | None, dateline: str | None) -> dict[str, Any]:
    return {"title": title, "body": body, "authors": authors, "published": published,
            "modified": modified, "agency": agency, "dateline": dateline}


# ---------------------------------------------------------------------------------------------
# Anadolu Agency


def anadolu_en() -> Page:
    url = "https://www.aa.com.tr/en/europe/turkish-foreign-minister-meets-eu-envoy-in-ankara/3425117"
    title = "Turkish foreign minister meets EU envoy in Ankara"
    lead = "Talks focus on visa liberalization, customs union modernization, says ministry"
    paras = ["Türkiye's Foreign Minister Hakan Fidan on Tuesday met the EU's special envoy in "
             "the capital Ankara to discuss bilateral relations, according to diplomatic sources.",
             "The two officials discussed the modernization of the customs union and visa "
             "liberalization for Turkish citizens, the sources said, speaking on condition of "
             "anonymity due to restrictions on speaking to the media.",
             "Fidan also stressed Türkiye's expectation that the EU take concrete steps to "
             "revive the accession process, they added."]
    pub, mod = "2024-12-17T13:03:00+03:00", "2024-12-17T14:20:00+03:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Anadolu Ajansı"),
                    ("property", "og:description", lead), ("name", "author", "Anadolu Ajansı")])
            + _news_ld(title, pub, mod, None, "Anadolu Ajansı", url,
                       extra={"author": {"@type": "Organization", "name": "Anadolu Ajansı"}}))
    body = (_nav("Anadolu Ajansı", ["Türkiye", "World", "Politics", "Economy", "Sports"])
            + '<div class="container"><div class="detay-icerik"><div class="col-md-10">'
            f'<h1>{title}</h1><h4>{lead}</h4>'
            '<div class="detay-muhabir"><span><a href="/en/p/burak-bir">Burak Bir</a></span>'
            '<span class="tarih">&nbsp;&nbsp;|17.12.2024 - Update : 17.12.2024</span></div>'
            + _share("detay-paylas")
            + '<div class="detay-foto"><img src="/uploads/fidan.jpg"><p class="foto-altyazi">'
            'Turkish Foreign Minister Hakan Fidan (Photo: Kayhan Özer/AA)</p></div>'
            '<div class="detay-icerik-metin">'
            '<p><strong>ANKARA</strong></p>' + _ps(paras)
            + '<p class="detay-bottom">Anadolu Agency website contains only a portion of the news '
            'stories offered to subscribers in the AA News Broadcasting System (HAS), and in '
            'summarized form. Please contact us for subscription options.</p></div>'
            '<div class="detay-etiket"><a href="/en/tag/eu">EU</a><a href="/en/tag/fidan">Hakan '
            'Fidan</a></div></div>'
            + _most_read("Most read", ["Türkiye's exports hit record high in November",
                                       "Istanbul hosts global aviation summit"])
            + '</div></div>' + _footer(["© Anadolu Agency 2024. All rights reserved."]))
    return Page("aa-en", url, _doc("en", title, head, body),
                _truth(title, lead + "\n\nANKARA\n\n" + _text(paras), ["Burak Bir"], pub, mod, "Anadolu",
                       "ANKARA"))


def anadolu_tr() -> Page:
    url = "https://www.aa.com.tr/tr/ekonomi/merkez-bankasi-faizi-yuzde-47ye-indirdi/3425301"
    title = "Merkez Bankası faizi yüzde 47'ye indirdi"
    lead = "Türkiye Cumhuriyet Merkez Bankası, politika faizini 250 baz puan indirerek yüzde 47'ye çekti."
    paras = ["<strong>ANKARA (AA) - </strong>Türkiye Cumhuriyet Merkez Bankası (TCMB), politika "
             "faizini yüzde 50'den yüzde 47'ye indirdi.",
             "Merkez Bankası Başkanı Fatih Karahan başkanlığında toplanan Para Politikası Kurulu, "
             "enflasyondaki ana eğilimin gerilemeye devam ettiğini değerlendirdi.",
             "Kurul, fiyat istikrarı sağlanana kadar sıkı para politikası duruşunun "
             "sürdürüleceğini vurguladı."]
    pub = "2024-12-26T14:02:00+03:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Anadolu Ajansı"),
                    ("property", "og:description", lead)])
            + _news_ld(title, pub, None, ["Gülbin Yıldırım"], "Anadolu Ajansı", url))
    body = (_nav("Anadolu Ajansı", ["Gündem", "Türkiye", "Dünya", "Ekonomi", "Spor"])
            + '<div class="detay-icerik"><h1>' + title + '</h1><h4>' + lead + '</h4>'
            '<div class="detay-muhabir"><span><a href="/tr/p/gulbin-yildirim">Gülbin Yıldırım'
            '</a></span><span class="tarih">&nbsp;&nbsp;|26.12.2024 - Güncelleme : 26.12.2024'
            '</span></div>' + _share("detay-paylas")
            + '<div class="detay-icerik-metin">' + _ps(paras)
            + '<p class="detay-bottom">Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) '
            'üzerinden abonelere sunulan haberler, özetlenerek yayımlanmaktadır. Abonelik için '
            'lütfen iletişime geçiniz.</p></div>'
            + _most_read("Çok Okunanlar", ["Asgari ücret belli oldu", "Hava durumu uyarısı"])
            + '</div>' + _footer(["© Anadolu Ajansı 2024. Tüm hakları saklıdır."]))
    return Page("aa-tr", url, _doc("tr", title + " | Anadolu Ajansı", head, body),
                _truth(title, lead + "\n\n" + _text(paras), ["Gülbin Yıldırım"], pub, None,
                       "Anadolu", "ANKARA"))


# ---------------------------------------------------------------------------------------------
# Sputnik


def sputnik_2019() -> Page:
    url = "https://sputniknews.com/world/201912171077612345-russia-ukraine-gas-transit-talks/"
    title = "Russia, Ukraine Reach Preliminary Deal on Gas Transit - Energy Minister"
    paras = ["MOSCOW (Sputnik) - Russia and Ukraine have reached a preliminary agreement on the "
             "transit of Russian gas through Ukrainian territory after 2019, Russian Energy "
             "Minister Alexander Novak said on Tuesday.",
             "According to Novak, the sides agreed on the main parameters of the deal, and the "
             "documents are expected to be signed before the end of the year.",
             "The current transit contract between Gazprom and Ukraine's Naftogaz expires on "
             "31 December."]
    pub = "2019-12-17T13:03:00+03:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Sputnik"),
                    ("property", "article:published_time", "2019-12-17T13:03:00+03:00"),
                    ("name", "author", "Sputnik")])
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": "2019-12-17T13:03+0300", "author": {"@type": "Organization",
                   "name": "Sputnik"}, "publisher": {"@type": "Organization", "name": "Sputnik"}}))
    body = (_nav("Sputnik International", ["World", "Russia", "Business", "Military", "Opinion"])
            + '<div class="b-article"><div class="b-article__header"><div class="b-article__refs">'
            '<span class="b-article__refs-date"><time datetime="2019-12-17T13:03">13:03 17.12.2019'
            '</time></span><span class="b-article__refs-views">Get short URL</span></div>'
            f'<h1 class="b-article__title">{title}</h1></div>'
            '<div class="b-article__lead"><figure><img src="/img/gas.jpg"><figcaption>'
            '© Sputnik / Alexei Druzhinin</figcaption></figure></div>'
            '<div class="b-article__text">' + _ps(paras)
            + '<div class="b-inject"><p><strong>Related:</strong> <a href="/x">Gazprom Says Ready '
            'to Pay Naftogaz $2.9Bln</a></p></div></div>'
            '<div class="b-article__tags"><a href="/tags/gas/">gas</a><a href="/tags/ukraine/">'
            'Ukraine</a></div>' + _share("b-share")
            + '</div>' + _footer(["© 2019 Sputnik. All rights reserved"]))
    return Page("sputnik-2019", url, _doc("en", title + " - Sputnik International", head, body),
                _truth(title, _text(paras), ["Sputnik"], pub, None, "Sputnik", "MOSCOW"))


def sputnik_2023() -> Page:
    url = "https://sputnikglobe.com/20231114/gaza-hospital-crisis-deepens-1114920512.html"
    title = "Gaza Hospital Crisis Deepens as Fuel Runs Out"
    lead = "Hospitals in the northern Gaza Strip have stopped admitting patients, health officials said."
    paras = ["Al-Shifa, the largest hospital in the enclave, has run out of fuel for its "
             "generators, the World Health Organization said on Tuesday.",
             "The WHO chief called the situation \"dire and perilous\" and urged an immediate "
             "humanitarian pause to allow fuel deliveries.",
             "Thousands of displaced people are sheltering in the hospital's grounds, according "
             "to the UN."]
    pub, mod = "2023-11-14T15:41:00+00:00", "2023-11-14T16:10:00+00:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Sputnik Globe"),
                    ("property", "og:description", lead),
                    ("property", "article:published_time", "20231114T1541+0000"),
                    ("property", "article:modified_time", "20231114T1610+0000"),
                    ("property", "article:author", "Ilya Tsukanov")])
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": "2023-11-14T15:41+00:00", "dateModified": "2023-11-14T16:10+00:00",
                   "author": [{"@type": "Person", "name": "Ilya Tsukanov"}],
                   "publisher": {"@type": "Organization", "name": "Sputnik International"}}))
    body = (_nav("Sputnik International", ["World", "Russia", "Africa", "Analysis", "Multimedia"])
            + '<div class="article"><div class="article__header">'
            f'<h1 class="article__title">{title}</h1>'
            f'<div class="article__announce-text">{lead}</div>'
            '<div class="article__info"><div class="article__info-date"><a href="/20231114/">'
            '15:41 GMT 14.11.2023</a> (Updated: 16:10 GMT 14.11.2023)</div>'
            '<div class="article__author"><a href="/author_ilya_tsukanov/">Ilya Tsukanov</a></div>'
            '</div></div><div class="article__announce"><div class="media"><img src="/g.jpg">'
            '<div class="media__copyright">© AP Photo / Abed Khaled</div></div></div>'
            '<div class="article__body">'
            + "".join(f'<div class="article__block" data-type="text"><div class="article__text">'
                      f"{p}</div></div>" for p in paras[:2])
            + '<div class="article__block" data-type="article"><div class="article__article">'
            '<a href="/x.html"><span class="article__article-title">Israel Claims Hamas Command '
            'Center Under Hospital</span></a></div></div>'
            f'<div class="article__block" data-type="text"><div class="article__text">{paras[2]}'
            '</div></div></div>'
            '<div class="article__footer"><ul class="tags"><li><a href="/tags/gaza/">Gaza</a></li>'
            '</ul>' + _share("article__share") + '</div></div>'
            + _footer(["© 2023 Sputnik. All rights reserved. 18+"]))
    return Page("sputnik-2023", url, _doc("en", title + " - 14.11.2023, Sputnik International",
                                          head, body),
                _truth(title, lead + "\n\n" + _text(paras), ["Ilya Tsukanov"],
                       pub, mod, "Sputnik", None))


# ---------------------------------------------------------------------------------------------
# AFP, and an AFP story as others print it


def afp_com() -> Page:
    url = "https://www.afp.com/en/news/3954/europe-agrees-new-sanctions-package-against-russia-doc-36mx2q9"
    title = "Europe agrees new sanctions package against Russia"
    paras = ["Brussels (AFP) – European Union countries on Monday agreed a 15th package of "
             "sanctions against Russia over its war in Ukraine, targeting its \"shadow fleet\" of "
             "oil tankers, diplomats said.",
             "The package adds 52 vessels to a list of ships barred from EU ports and services, "
             "bringing the total to 79.",
             "\"We are tightening the screws on Russia's war machine,\" EU foreign policy chief "
             "Kaja Kallas said on arrival at the meeting in Brussels."]
    pub = "2024-12-16T11:47:00+01:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "AFP.com"),
                    ("property", "article:published_time", "2024-12-16T10:47:00Z")]))
    body = (_nav("AFP", ["News", "Our solutions", "Newsroom", "About AFP"])
            + '<main><article class="node node--type-news"><div class="breadcrumb">'
            '<a href="/en">Home</a> › <a href="/en/news">News</a></div>'
            f'<h1 class="page-title">{title}</h1>'
            '<div class="news-meta"><span class="author">AFP</span>'
            '<span class="date">Published on 16 December 2024 - 11:47</span></div>'
            '<div class="field--name-field-image"><img src="/img/eu.jpg"><div class="caption">'
            'EU foreign policy chief Kaja Kallas in Brussels. Photo: Nicolas TUCAT / AFP</div></div>'
            '<div class="field--name-body">' + _ps(paras)
            + '<p>burs-jca/rmb</p><p>© 2024 AFP</p></div>'
            '<div class="related"><h2>Related coverage</h2><ul><li><a href="/y">Ukraine war: '
            'what we know on day 1,026</a></li></ul></div></article></main>'
            + _footer(["© Agence France-Presse 2024"]))
    return Page("afp-com", url, _doc("en", title + " | AFP.com", head, body),
                _truth(title, _text(paras), ["AFP"], pub, None, "AFP", "Brussels"))


def barrons_afp() -> Page:
    url = "https://www.barrons.com/news/japan-s-nikkei-hits-record-high-as-chip-stocks-rally-8a2b11c7"
    title = "Japan's Nikkei Hits Record High As Chip Stocks Rally"
    paras = ["Tokyo's benchmark Nikkei index closed at a record high on Tuesday, lifted by "
             "chip-related stocks after a rally on Wall Street.",
             "The Nikkei 225 gained 1.2 percent to finish at 40,398.03, beating the previous "
             "closing record set in March.",
             "\"Tech shares led the gains as investors bet on strong demand for AI chips,\" said "
             "an analyst at a Tokyo brokerage.",
             "The yen weakened against the dollar, which also supported exporters."]
    pub = "2024-07-02T03:01:00-04:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Barron's"),
                    ("name", "author", "AFP - Agence France Presse"),
                    ("name", "article.published", "2024-07-02T07:01:00.000Z"),
                    ("name", "article.updated", "2024-07-02T07:01:00.000Z")])
            + _news_ld(title, "2024-07-02T07:01:00.000Z", "2024-07-02T07:01:00.000Z",
                       ["AFP - Agence France Presse"], "Barron's", url))
    body = (_nav("Barron's", ["Markets", "Investing", "Economy", "Tech"])
            + '<main><article><div class="article-header">'
            f'<h1 class="article-headline">{title}</h1>'
            '<div class="byline"><span class="byline-prefix">By</span> '
            '<span class="author-name">AFP - Agence France Presse</span></div>'
            '<time class="timestamp">Updated July 2, 2024 3:01 am EDT / Original July 2, 2024 '
            '3:01 am EDT</time></div>' + _share("article-share")
            + '<div class="article-body">' + _ps(paras)
            + '<p>kh/lb</p><p class="copyright">Copyright AFP. All rights reserved.</p></div>'
            '</article></main>' + _footer(["Copyright ©2024 Dow Jones &amp; Company, Inc. "
                                           "All Rights Reserved"]))
    return Page("barrons-afp", url, _doc("en", title + " | Barron's", head, body),
                _truth(title, _text(paras), ["AFP"], pub, pub, "AFP", None))


def france24_afp() -> Page:
    url = "https://www.france24.com/en/africa/20241217-senegal-votes-in-snap-parliamentary-poll"
    title = "Senegal court confirms ruling party's landslide in snap parliamentary poll"
    lead = "Senegal's constitutional council on Tuesday confirmed the ruling Pastef party's landslide win."
    paras = ["Pastef won 130 of the 165 seats in the National Assembly, according to the final "
             "results published by the council.",
             "President Bassirou Diomaye Faye called the snap election in September, saying the "
             "opposition-led parliament was blocking his reforms.",
             "Prime Minister Ousmane Sonko led the party's list."]
    pub, mod = "2024-12-17T13:03:00+01:00", "2024-12-17T15:20:00+01:00"
    head = (_metas([("property", "og:title", title + " - France 24"),
                    ("property", "og:site_name", "France 24"),
                    ("property", "article:published_time", "2024-12-17T12:03:00+00:00"),
                    ("property", "article:modified_time", "2024-12-17T14:20:00+00:00")])
            + _news_ld(title, "2024-12-17T12:03:00+00:00", "2024-12-17T14:20:00+00:00", ["FRANCE 24"],
                       "France 24", url, author_type="Organization"))
    body = (_nav("FRANCE 24", ["France", "Africa", "Middle East", "Americas", "Europe"])
            + '<main><article class="t-content"><header>'
            f'<h1 class="t-content__title a-page-title">{title}</h1>'
            f'<p class="t-content__chapo">{lead}</p>'
            '<div class="m-from-author"><span class="m-from-author__name">FRANCE 24 with AFP</span>'
            '</div><div class="t-content__dates"><p class="m-pub-dates__date">Issued on: '
            '<time datetime="2024-12-17T12:03:00+00:00">17/12/2024 - 13:03</time></p>'
            '<p class="m-pub-dates__date">Modified: <time datetime="2024-12-17T14:20:00+00:00">'
            '17/12/2024 - 15:20</time></p></div></header>'
            '<div class="m-em-image"><img src="/s.jpg"><figcaption>Supporters of Pastef in Dakar, '
            'November 17, 2024. © John Wessels, AFP</figcaption></div>'
            + _share("m-social-share") + '<div class="t-content__body">' + _ps(paras)
            + '<p>(FRANCE 24 with AFP)</p></div>'
            '<div class="o-self-promo"><p>Daily newsletter Receive essential international news '
            'every morning</p><a href="/newsletters">Subscribe</a></div></article></main>'
            + _footer(["© 2024 Copyright France 24 - All rights reserved."]))
    return Page("france24-afp", url, _doc("en", title + " - France 24", head, body),
                _truth(title, lead + "\n\n" + _text(paras) + "\n\n(FRANCE 24 with AFP)", ["AFP"], pub,
                       mod, "AFP", None))


# ---------------------------------------------------------------------------------------------
# Russian agencies and Ukrinform


def tass_en() -> Page:
    url = "https://tass.com/politics/1888045"
    title = "Kremlin says no talks planned with new US administration before inauguration"
    lead = "Dmitry Peskov noted that Moscow had not received any signals from Washington"
    paras = ["MOSCOW, December 17. /TASS/. No contacts between Moscow and the team of US "
             "President-elect Donald Trump are planned before his inauguration, Kremlin Spokesman "
             "Dmitry Peskov told reporters.",
             "\"No, there are no such plans,\" he said, answering a question.",
             "Peskov added that President Vladimir Putin remained open to dialogue."]
    pub = "2024-12-17T13:03:00+03:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "TASS"),
                    ("property", "og:description", lead)])
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": "2024-12-17T10:03:00.000Z",
                   "publisher": {"@type": "Organization", "name": "TASS"}}))
    body = (_nav("TASS", ["Russian Politics & Diplomacy", "World", "Business & Economy", "Military"])
            + '<main class="container"><div class="news-header">'
            f'<h1 class="news-header__title">{title}</h1>'
            f'<div class="news-header__lead">{lead}</div>'
            '<div class="news-header__date"><dateformat time="1734429780" mode="abs">'
            '17 Dec, 13:03</dateformat></div></div>'
            '<div class="news-media"><img src="/p.jpg"><div class="news-media__caption">'
            'Kremlin Spokesman Dmitry Peskov © Sergey Bobylev/TASS</div></div>'
            '<div class="text-content">' + _ps(paras)
            + '</div><div class="tags__list"><a href="/tags/kremlin">Kremlin</a></div>'
            + _share("share-block") + '</main>'
            + _footer(["© 2024 TASS. All rights reserved. TASS Russian News Agency."]))
    return Page("tass-en", url, _doc("en", title + " - Russian Politics & Diplomacy - TASS", head,
                                     body),
                _truth(title, lead + "\n\n" + _text(paras), [], pub, None, "TASS", "MOSCOW"))


def ria_ru() -> Page:
    url = "https://ria.ru/20241217/ekonomika-1989450123.html"
    title = "Минэкономразвития повысило прогноз роста ВВП на 2024 год"
    paras = ["МОСКВА, 17 дек — РИА Новости. Министерство экономического развития повысило "
             "прогноз роста ВВП России на 2024 год до 3,9%, сообщил глава ведомства Максим "
             "Решетников.",
             "По его словам, рост экономики поддерживают потребительский спрос и инвестиции.",
             "Ранее ведомство ожидало роста на уровне 3,6%."]
    pub, mod = "2024-12-17T13:03:00+03:00", "2024-12-17T13:45:00+03:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "РИА Новости"),
                    ("property", "article:published_time", "20241217T1303"),
                    ("property", "article:modified_time", "20241217T1345")])
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": "2024-12-17T13:03", "dateModified": "2024-12-17T13:45",
                   "author": {"@type": "Organization", "name": "РИА Новости"},
                   "publisher": {"@type": "Organization", "name": "РИА Новости"}}))
    body = (_nav("РИА Новости", ["Политика", "В мире", "Экономика", "Общество", "Спорт"])
            + '<div class="article"><div class="article__header">'
            f'<div class="article__title">{title}</div>'
            '<div class="article__info"><div class="article__info-date"><a href="/20241217/">'
            '13:03 17.12.2024</a> <span class="article__info-date-modified">(обновлено: 13:45 '
            '17.12.2024)</span></div></div></div>'
            '<div class="article__announce"><div class="media"><img src="/r.jpg"><div '
            'class="media__copyright">© РИА Новости / Алексей Майшев</div></div></div>'
            '<div class="article__body">'
            + "".join(f'<div class="article__block" data-type="text"><div class="article__text">'
                      f"{p}</div></div>" for p in paras)
            + '</div><div class="article__tags"><a href="/economy/">Экономика</a></div>'
            + _share("article__share") + '</div>'
            + _footer(["© 2024 МИА «Россия сегодня»"]))
    return Page("ria-ru", url, _doc("ru", title + " - РИА Новости, 17.12.2024", head, body),
                _truth(title, _text(paras), ["РИА Новости"], pub, mod, "RIA Novosti", "МОСКВА"))


def ukrinform_en() -> Page:
    url = "https://www.ukrinform.net/rubric-ato/3939212-russians-shell-kherson-overnight.html"
    title = "Russians shell Kherson overnight, two injured"
    paras = ["Russian troops shelled residential areas of Kherson overnight, injuring two "
             "civilians, the regional military administration said.",
             "According to the administration, a 64-year-old man and a 59-year-old woman were "
             "hospitalized with shrapnel wounds.",
             "Several private houses and a power line were damaged in the attack, Ukrinform "
             "reports."]
    pub = "2024-12-17T09:12:00+02:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Ukrinform"),
                    ("property", "article:published_time", "2024-12-17T09:12:00+02:00")])
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": "2024-12-17T09:12:00+02:00",
                   "publisher": {"@type": "Organization", "name": "Ukrinform"}}))
    body = (_nav("Ukrinform", ["Politics", "Economy", "War", "Society", "World"])
            + '<main><article><h1 class="newsTitle">' + title + '</h1>'
            '<div class="newsData"><time datetime="2024-12-17T09:12:00+02:00">17.12.2024 09:12'
            '</time></div><div class="newsHeading"><strong>Russian troops shelled residential '
            'areas of Kherson overnight, injuring two civilians.</strong></div>'
            '<figure class="newsImage"><img src="/k.jpg"><figcaption>Illustrative photo</figcaption>'
            '</figure><div class="newsText"><div>' + _ps(paras)
            + '<p>Photo: Kherson Regional Military Administration</p>'
            '<p><em>As reported, Russian troops shelled 12 settlements in the region over the '
            'past day.</em></p></div></div>' + _share("newsShare")
            + '<div class="read-also">Read also: <a href="/x">Zelensky meets Nordic leaders</a>'
            '</div></article></main>'
            + _footer(["All materials of Ukrinform are protected. Use of materials is allowed "
                       "only with a hyperlink to ukrinform.net."]))
    return Page("ukrinform-en", url, _doc("en", title, head, body),
                _truth(title, "Russian troops shelled residential areas of Kherson overnight, injuring "
                       "two civilians.\n\n" + _text(paras) + "\n\nAs reported, Russian troops shelled 12 "
                       "settlements in the region over the past day.", [], pub, None,
                       "Ukrinform", None))


# ---------------------------------------------------------------------------------------------
# East Asia


def xinhua_en() -> Page:
    url = "https://english.news.cn/20241217/3a5b9c0d1e2f4a8b/c.html"
    title = "China's industrial output up 5.4 pct in November"
    paras = ["BEIJING, Dec. 17 (Xinhua) -- China's value-added industrial output rose 5.4 "
             "percent year on year in November, official data showed Tuesday.",
             "The figure was up from 5.3 percent in October, according to the National Bureau "
             "of Statistics.",
             "Retail sales of consumer goods, a major gauge of consumption, grew 3 percent year "
             "on year last month."]
    head = '<meta name="keywords" content="China, industrial output">'
    body = (_nav("Xinhua", ["China", "World", "Business", "Sci-Tech", "Culture"], "nav")
            + '<div class="main"><div class="header"><div class="head-line"><h1><span class="title">'
            f'{title}</span></h1></div><div class="header-cont"><div class="info">'
            '<span class="source">Source: Xinhua</span>'
            '<span class="editor">Editor: Huaxia</span>'
            '<span class="time">2024-12-17 13:03:20</span></div>' + _share("share") + '</div></div>'
            '<div id="detail"><p><img src="/f.jpg"></p><p style="text-align:center">Photo taken '
            'on Dec. 16, 2024 shows a workshop of a factory in Hefei. (Xinhua/Zhou Mu)</p>'
            + _ps(paras) + '<p>Enditem</p></div>'
            '<div class="related"><h3>Related</h3><ul><li><a href="/r.html">China\'s economy '
            'remains stable</a></li></ul></div></div>'
            + _footer(["Copyright © 2000 - 2024 XINHUANET.com All rights reserved."]))
    return Page("xinhua-en", url, _doc("en", title + "-Xinhua", head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:20+08:00", None,
                       "Xinhua", "BEIJING"))


def chinanews() -> Page:
    url = "https://www.chinanews.com.cn/cj/2024/12-17/10337421.shtml"
    title = "国家统计局：11月份国民经济运行总体平稳"
    paras = ["中新社北京12月17日电 (记者 陈康亮)中国国家统计局17日发布数据显示，11月份，全国规模以上"
             "工业增加值同比增长5.4%。",
             "国家统计局新闻发言人表示，11月份国民经济运行总体平稳、稳中有进。",
             "数据显示，1-11月份，全国固定资产投资同比增长3.3%。"]
    head = (_metas([("name", "description", "中国国家统计局17日发布数据显示，11月份，全国规模以上工业增加值"
                     "同比增长5.4%。")]))
    body = (_nav("中国新闻网", ["首页", "国内", "国际", "财经", "体育"], "top-nav")
            + '<div class="content_maincontent_more"><h1 class="content_left_title">' + title + '</h1>'
            '<div class="content_left_time">2024年12月17日 13:03　来源：<a href="/">中国新闻网</a>'
            '</div>' + _share("share") + '<div class="left_zw">' + _ps(paras) + '<p>(完)</p>'
            '</div><div class="adEditor"><div class="left_name">【编辑:李岩】</div></div>'
            '<div class="xgxw"><h3>相关新闻</h3><ul><li><a href="/x.shtml">前11月全国一般公共预算'
            '收入公布</a></li></ul></div></div>'
            + _footer(["本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。",
                       "Copyright ©1999-2024 chinanews.com. All Rights Reserved"]))
    return Page("chinanews", url, _doc("zh-CN", title + "-中新网", head, body),
                _truth(title, _text(paras), ["陈康亮"], "2024-12-17T13:03:00+08:00", None,
                       "China News Service", "北京"))


def kyodo_en() -> Page:
    url = "https://english.kyodonews.net/news/2024/12/a1b2c3d4e5f6-japan-cabinet-approves-record-budget.html"
    title = "Japan Cabinet approves record 115 tril. yen budget for fiscal 2025"
    paras = ["TOKYO - The Japanese Cabinet on Friday approved a record 115.5 trillion yen "
             "budget for fiscal 2025, driven by rising social security and defense costs.",
             "The draft budget for the year starting in April marks the third straight year "
             "that spending has hit a record.",
             "Debt-servicing costs are also set to rise as interest rates climb, the Finance "
             "Ministry said."]
    pub = "2024-12-27T10:14:00+09:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Kyodo News+"),
                    ("name", "description", paras[0][7:])])
            + _news_ld(title, "2024-12-27T10:14:00+09:00", None, ["KYODO NEWS"], "Kyodo News", url,
                       author_type="Organization"))
    body = (_nav("KYODO NEWS", ["Japan", "World", "Business", "Sports", "Videos"])
            + '<div id="main"><div class="article-wrapper"><div class="mainpic"><img src="/b.jpg">'
            '<p class="caption">Finance Minister Katsunobu Kato at a press conference. (Kyodo)'
            '</p></div><h1>' + title + '</h1>'
            '<p class="credit">KYODO NEWS - Dec 27, 2024 - 10:14 | <a href="/news/japan">Japan</a>'
            ', <a href="/news/all">All</a></p>' + _share("sns")
            + '<div class="article-body">' + _ps(paras) + '</div>'
            '<div class="related"><h3>Related coverage:</h3><ul><li><a href="/r.html">Japan '
            'lawmakers enact extra budget</a></li></ul></div></div></div>'
            + _footer(["© Kyodo News. All Rights Reserved."]))
    return Page("kyodo-en", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["KYODO NEWS"], pub, None, "Kyodo", "TOKYO"))


def jiji_en() -> Page:
    url = "https://jen.jiji.com/jc/eng?g=eco&k=2024121700512"
    title = "Japan Nov. Exports Up 3.8 Pct"
    paras = ["Tokyo, Dec. 17 (Jiji Press)--Japan's exports in November rose 3.8 pct from a year "
             "before to 9,152.1 billion yen, the Finance Ministry said Tuesday.",
             "Imports fell 3.8 pct to 9,269.0 billion yen, leaving a trade deficit of 117.6 "
             "billion yen.",
             "Exports to China grew for the first time in three months."]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "JIJI PRESS")])
    body = (_nav("JIJI PRESS", ["Politics", "Economy", "Society", "International"])
            + '<div class="ArticleTitle"><h1>' + title + '</h1>'
            '<p class="ArticleDate">2024-12-17 12:14 JST</p></div>'
            '<div class="ArticleText">' + _ps(paras) + '</div>'
            '<div class="ArticleRelated"><h2>Related News</h2><ul><li><a href="/r">Japan Oct. '
            'Machinery Orders Up</a></li></ul></div>'
            + _footer(["Copyright (C) JIJI PRESS LTD. All rights reserved."]))
    return Page("jiji-en", url, _doc("en", "JIJI PRESS: " + title, head, body),
                _truth(title, _text(paras), [], "2024-12-17T12:14:00+09:00", None, "Jiji", "Tokyo"))


def yonhap_en() -> Page:
    url = "https://en.yna.co.kr/view/AEN20241217003400315"
    title = "S. Korea's jobless rate unchanged at 2.7 pct in Nov."
    paras = ["SEOUL, Dec. 17 (Yonhap) -- South Korea's unemployment rate stayed unchanged at "
             "2.7 percent in November from a year earlier, data showed Tuesday.",
             "The number of employed people rose by 123,000 to 28.8 million last month, "
             "according to Statistics Korea.",
             "The employment rate for people aged 15 and older stood at 63.3 percent."]
    pub, mod = "2024-12-17T08:17:00+09:00", "2024-12-17T09:02:00+09:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Yonhap News Agency"),
                    ("property", "article:published_time", "2024-12-17T08:17:00+09:00"),
                    ("name", "author", "Kim Eun-jung")])
            + _news_ld(title, pub, mod, ["Kim Eun-jung"], "Yonhap News Agency", url))
    body = (_nav("YONHAP NEWS", ["National", "Politics", "Economy", "N. Korea", "Culture"])
            + '<div class="content03"><div class="title-article01"><h1 class="tit">' + title
            + '</h1><p class="update-time">2024-12-17 08:17 <span>Updated : 2024-12-17 09:02'
            '</span></p></div>' + _share("share-wrap")
            + '<article class="story-news article"><div class="article-txt">'
            '<p class="byline"><strong>By Kim Eun-jung</strong></p>' + _ps(paras)
            + '<p>ejkim@yna.co.kr</p><p>(END)</p></div></article>'
            + _most_read("Most Viewed", ["BTS' Jin tops Billboard chart", "N. Korea fires missile"])
            + '</div>' + _footer(["(C) Yonhap News Agency. All Rights Reserved"]))
    return Page("yonhap-en", url, _doc("en", title + " | Yonhap News Agency", head, body),
                _truth(title, _text(paras), ["Kim Eun-jung"], pub, mod, "Yonhap", "SEOUL"))


def yonhap_ko() -> Page:
    url = "https://www.yna.co.kr/view/AKR20241217045200002"
    title = "11월 실업률 2.7%…취업자 12만3천명 증가"
    paras = ["(세종=연합뉴스) 김은정 기자 = 지난달 취업자 수가 12만명대 증가를 기록했다.",
             "통계청이 17일 발표한 '11월 고용동향'에 따르면 지난달 15세 이상 취업자는 2천880만명으로 "
             "1년 전보다 12만3천명 늘었다.",
             "고용률은 63.3%로 작년 같은 달과 같았다."]
    pub = "2024-12-17T08:00:00+09:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "연합뉴스"),
                    ("property", "article:published_time", "2024-12-17T08:00:00+09:00"),
                    ("name", "author", "김은정")])
            + _news_ld(title, pub, None, ["김은정"], "연합뉴스", url))
    body = (_nav("연합뉴스", ["정치", "북한", "경제", "사회", "세계"])
            + '<div class="content03"><header class="title-article01"><h1 class="tit">' + title
            + '</h1><p class="update-time" data-published-time="202412170800">송고시간'
            '2024-12-17 08:00</p></header>'
            '<div class="writer-zone01"><strong class="tit-name">김은정 기자</strong></div>'
            + _share("share-wrap") + '<article class="story-news article">'
            '<div class="comp-box photo-group"><figure><img src="/k.jpg"><figcaption>'
            '고용동향 발표 [연합뉴스 자료사진]</figcaption></figure></div>'
            + _ps(paras) + '<p>ejkim@yna.co.kr</p>'
            '<p class="txt-copyright">&lt;저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지&gt;'
            '</p></article>' + _most_read("많이 본 뉴스", ["오늘의 날씨", "환율 급등"])
            + '</div>' + _footer(["Copyright (c) 연합뉴스 All rights reserved."]))
    return Page("yonhap-ko", url, _doc("ko", title + " | 연합뉴스", head, body),
                _truth(title, _text(paras), ["김은정"], pub, None, "Yonhap", "세종"))


# ---------------------------------------------------------------------------------------------
# Europe


def ansa_it() -> Page:
    url = "https://www.ansa.it/sito/notizie/politica/2024/12/17/manovra-ok-della-camera_a1b2c3.html"
    title = "Manovra, via libera della Camera. Il testo passa al Senato"
    paras = ["(ANSA) - ROMA, 17 DIC - La Camera ha approvato la legge di bilancio con 211 voti "
             "favorevoli e 117 contrari. Il testo passa ora all'esame del Senato.",
             "Il via libera definitivo è atteso entro il 28 dicembre, ha spiegato il ministro "
             "dell'Economia Giancarlo Giorgetti.",
             "Le opposizioni hanno criticato i tempi ristretti dell'esame parlamentare. (ANSA)."]
    pub, mod = "2024-12-17T13:03:00+01:00", "2024-12-17T14:11:00+01:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Agenzia ANSA"),
                    ("name", "author", "Redazione ANSA")])
            + _news_ld(title, pub, mod, ["Redazione ANSA"], "Agenzia ANSA", url,
                       author_type="Organization"))
    body = (_nav("ANSA.it", ["Cronaca", "Politica", "Economia", "Mondo", "Sport"])
            + '<main><article class="news"><div class="news-header">'
            f'<h1 class="news-title">{title}</h1>'
            '<div class="news-info"><span class="author">Redazione ANSA</span> '
            '<span class="news-place">ROMA</span> <time datetime="2024-12-17T13:03">17 dicembre '
            '2024, 13:03</time></div></div>' + _share("news-share")
            + '<div class="news-img"><img src="/c.jpg"><p class="caption">L\'aula della Camera - '
            'RIPRODUZIONE RISERVATA</p></div><div class="news-txt">' + _ps(paras)
            + '<p class="copyright">RIPRODUZIONE RISERVATA © Copyright ANSA</p></div>'
            '<div class="related"><h3>Leggi anche</h3><a href="/x.html">Manovra, le misure</a>'
            '</div></article></main>'
            + _footer(["P.IVA 00876481003 - © Copyright ANSA - Tutti i diritti riservati"]))
    return Page("ansa-it", url, _doc("it", title + " - Politica - Ansa.it", head, body),
                _truth(title, _text(paras), ["ANSA"], pub, mod, "ANSA", "ROMA"))


def efe_es() -> Page:
    url = "https://efe.com/economia/2024-12-17/paro-registrado-noviembre-espana/"
    title = "El paro baja en 16.000 personas en noviembre"
    paras = ["Madrid, 17 dic (EFE).- El número de parados registrados en las oficinas de los "
             "servicios públicos de empleo bajó en 16.000 personas en noviembre, informó este "
             "martes el Ministerio de Trabajo.",
             "La Seguridad Social ganó además 27.000 afiliados medios, hasta un total de 21,3 "
             "millones de cotizantes.",
             "La ministra de Trabajo, Yolanda Díaz, celebró los datos en un mensaje en redes "
             "sociales."]
    pub, mod = "2024-12-17T09:15:00+01:00", "2024-12-17T10:02:00+01:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Agencia EFE"),
                    ("property", "article:published_time", "2024-12-17T08:15:00+00:00"),
                    ("property", "article:modified_time", "2024-12-17T09:02:00+00:00"),
                    ("name", "author", "EFE")])
            + _news_ld(title, "2024-12-17T08:15:00+00:00", "2024-12-17T09:02:00+00:00",
                       ["Agencia EFE"], "Agencia EFE", url))
    body = (_nav("Agencia EFE", ["España", "Mundo", "Economía", "Deportes", "Cultura"])
            + '<main><article class="post"><header class="entry-header">'
            f'<h1 class="entry-title">{title}</h1>'
            '<div class="entry-meta"><span class="byline">Agencia EFE</span> '
            '<time class="entry-date published" datetime="2024-12-17T09:15:00+01:00">17 de '
            'diciembre de 2024</time></div></header>'
            '<figure class="wp-block-image"><img src="/e.jpg"><figcaption>Imagen de archivo de '
            'una oficina de empleo. EFE/ Mariscal</figcaption></figure>'
            '<div class="entry-content">' + _ps(paras)
            + '<p class="has-small-font-size">(c) Agencia EFE</p></div>'
            + _share("sharedaddy") + '</article></main>'
            + _footer(["© EFE 2024. Está expresamente prohibida la redistribución y la "
                       "redifusión de todo o parte de los contenidos de los servicios de EFE."]))
    return Page("efe-es", url, _doc("es", title + " - Agencia EFE", head, body),
                _truth(title, _text(paras) + "\n\n(c) Agencia EFE", ["Agencia EFE"], pub, mod,
                       "EFE", "Madrid"))


def europa_press() -> Page:
    url = "https://www.europapress.es/nacional/noticia-congreso-aprueba-ley-vivienda-20241217130300.html"
    title = "El Congreso aprueba la reforma de la ley de vivienda"
    lead = "El texto sale adelante con el apoyo de los socios del Gobierno"
    paras = ["MADRID, 17 Dic. (EUROPA PRESS) -", "El Pleno del Congreso ha aprobado este martes la "
             "reforma de la ley de vivienda con el apoyo de los grupos que sostienen al Gobierno.",
             "La norma limita el precio de los alquileres de temporada en las zonas tensionadas.",
             "El PP y Vox han votado en contra y han anunciado recursos."]
    pub = "2024-12-17T13:03:00+01:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Europa Press"),
                    ("name", "author", "Europa Press")])
            + _news_ld(title, pub, None, ["Europa Press"], "Europa Press", url))
    body = (_nav("europa press", ["Nacional", "Internacional", "Economía", "Deportes"])
            + '<main><article><h1 class="titular">' + title + '</h1>'
            f'<div class="lead"><h2>{lead}</h2></div>'
            '<div class="FechaPublicacionNoticia">Publicado: martes, 17 diciembre 2024 13:03</div>'
            '<div class="ep-image"><img src="/c.jpg"><p class="FotoPie">Archivo - El Pleno del '
            'Congreso - Eduardo Parra - Europa Press - Archivo</p></div>'
            '<div id="NoticiaPrincipal" class="NormalTextoNoticia">' + _ps(paras) + '</div>'
            + _share("comparte") + '<div class="relacionadas"><h3>Más noticias</h3>'
            '<a href="/x">El Gobierno aprueba el techo de gasto</a></div></article></main>'
            + _footer(["© 2024 Europa Press. Está expresamente prohibida la redistribución."]))
    return Page("europa-press", url, _doc("es", title, head, body),
                _truth(title, lead + "\n\n" + _text(paras), ["Europa Press"], pub, None,
                       "Europa Press", "MADRID"))


def dpa_international() -> Page:
    url = "https://www.dpa-international.com/topic/german-parliament-votes-no-confidence-urn:newsml:dpa.com:20090101:241216-99-123456"
    title = "Scholz loses confidence vote, paving way for early election"
    paras = ["Berlin (dpa) - German Chancellor Olaf Scholz lost a confidence vote in the "
             "Bundestag on Monday, clearing the way for an early election in February.",
             "Of the 717 lawmakers who voted, 207 expressed confidence in Scholz, while 394 "
             "voted against him and 116 abstained.",
             "Scholz is now expected to ask President Frank-Walter Steinmeier to dissolve "
             "parliament."]
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "dpa international")])
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": "2024-12-16T15:52:00+01:00",
                   "author": {"@type": "Organization", "name": "dpa"}}))
    body = (_nav("dpa international", ["Topics", "Germany", "Europe", "World"])
            + '<main><article class="article"><h1>' + title + '</h1>'
            '<p class="article-meta">16 December 2024, 15:52 · dpa</p>'
            '<figure><img src="/s.jpg"><figcaption>Chancellor Olaf Scholz in the Bundestag. Photo: '
            'Michael Kappeler/dpa</figcaption></figure><div class="article-text">' + _ps(paras)
            + '<p>© dpa-infocom, dpa:241216-930-318763/2</p></div></article></main>'
            + _footer(["© dpa Deutsche Presse-Agentur GmbH"]))
    return Page("dpa-intl", url, _doc("en", title + " | dpa international", head, body),
                _truth(title, _text(paras), ["dpa"], "2024-12-16T15:52:00+01:00", None, "dpa",
                       "Berlin"))


def pap_pl() -> Page:
    url = "https://www.pap.pl/aktualnosci/sejm-uchwalil-budzet-na-2025-rok"
    title = "Sejm uchwalił budżet na 2025 rok"
    lead = "Sejm uchwalił w piątek ustawę budżetową na 2025 rok. Za głosowało 240 posłów."
    paras = ["Deficyt budżetu państwa ma wynieść nie więcej niż 289 mld zł, a dochody 632,6 mld "
             "zł - wynika z przyjętej ustawy.",
             "Minister finansów Andrzej Domański podkreślił, że budżet zakłada rekordowe "
             "wydatki na obronność i ochronę zdrowia.",
             "Ustawa trafi teraz do Senatu. (PAP)"]
    pub = "2024-12-06T13:03:00+01:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "PAP"),
                    ("property", "og:description", lead)])
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": "2024-12-06T12:03:00Z"}))
    body = (_nav("PAP", ["Kraj", "Świat", "Gospodarka", "Sport", "Kultura"])
            + '<main><article class="node"><h1>' + title + '</h1>'
            '<div class="moreInfo">06.12.2024, 13:03</div>'
            '<div class="field--name-field-lead"><p>' + lead + '</p></div>'
            '<div class="imageWrapper"><img src="/s.jpg"><div class="description">Sejm. Fot. PAP/'
            'Leszek Szymański</div></div><div class="field--name-body">' + _ps(paras)
            + '<p>Autorka: Anna Nowak</p><p>an/ mok/</p></div>'
            + _share("shareLinks") + '</article>'
            + _most_read("Najczęściej czytane", ["Prognoza pogody", "Kurs złotego"])
            + '</main>' + _footer(["© Polska Agencja Prasowa S.A."]))
    return Page("pap-pl", url, _doc("pl", title + " | PAP", head, body),
                _truth(title, lead + "\n\n" + _text(paras), ["Anna Nowak"], pub, None, "PAP",
                       None))


# ---------------------------------------------------------------------------------------------
# South Asia


def pti() -> Page:
    url = "https://www.ptinews.com/story/national/sc-seeks-centre-s-response-on-plea/2014321"
    title = "SC seeks Centre's response on plea against electoral rolls revision"
    paras = ["New Delhi, Dec 17 (PTI) The Supreme Court on Tuesday sought the Centre's response "
             "on a plea challenging the revision of electoral rolls in Maharashtra.",
             "A bench of Justices Sanjiv Khanna and Sanjay Kumar issued notice to the Union "
             "government and the Election Commission.",
             "The petitioner has alleged that lakhs of voters were deleted without notice."]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "Press Trust Of India")])
    body = (_nav("PTI", ["National", "World", "Business", "Sports", "Entertainment"])
            + '<div class="container"><div class="article-detail"><h1 class="storyTitle">' + title
            + '</h1><div class="storyDate"><span>NEW DELHI</span> <span>Dec 17, 2024 13:03 IST'
            '</span></div>' + _share("social-share") + '<div class="storyContent">' + _ps(paras)
            + '<p>ABS RT RT</p></div><div class="disclaimer">This report is auto-generated from '
            'PTI news service. ThePrint holds no responsibility for its content.</div></div>'
            + _most_read("Latest News", ["Sensex rises 200 points", "Rain lashes Chennai"])
            + '</div>' + _footer(["Copyright © 2024 Press Trust of India. All rights reserved."]))
    return Page("pti", url, _doc("en", title, head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:00+05:30", None, "PTI",
                       "New Delhi"))


def ians() -> Page:
    url = "https://ianslive.in/sensex-ends-lower-as-it-stocks-drag--20241217130300"
    title = "Sensex ends lower as IT stocks drag"
    paras = ["Mumbai, Dec 17 (IANS) The Indian equity benchmarks ended lower on Tuesday, dragged "
             "by losses in IT and banking stocks.",
             "The Sensex closed 1,064 points, or 1.3 per cent, lower at 80,684, while the Nifty "
             "fell 332 points to 24,336.",
             "Analysts said foreign fund outflows weighed on sentiment."]
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "IANS Live"),
                    ("property", "article:published_time", "2024-12-17T13:03:00+05:30")]))
    body = (_nav("IANS", ["National", "World", "Business", "Sports", "Lifestyle"])
            + '<div class="news-detail"><h1>' + title + '</h1>'
            '<div class="news-date">Last Updated: 17-12-2024 13:03 IST</div>'
            '<div class="news-img"><img src="/s.jpg"><p>(File Photo: IANS)</p></div>'
            '<div class="news-content">' + _ps(paras) + '<p>--IANS</p><p>sktr/vd</p></div>'
            + _share("share-links") + '</div>'
            + _footer(["© 2024 IANS India Private Limited. All rights reserved."]))
    return Page("ians", url, _doc("en", title + " | IANS Live", head, body),
                _truth(title, _text(paras) + "\n\n--IANS", [], "2024-12-17T13:03:00+05:30", None,
                       "IANS", "Mumbai"))


def ani() -> Page:
    url = "https://www.aninews.in/news/national/general-news/parliament-winter-session20241217130300/"
    title = "Parliament winter session: Lok Sabha adjourned amid opposition protests"
    paras = ["New Delhi [India], December 17 (ANI): The Lok Sabha was adjourned till 2 pm on "
             "Tuesday amid protests by opposition members.",
             "As soon as the House met, opposition MPs raised slogans demanding a discussion on "
             "the issue.",
             "Speaker Om Birla urged the members to maintain decorum. (ANI)"]
    pub = "2024-12-17T13:03:00+05:30"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "ANI News"),
                    ("name", "author", "ANI")])
            + _news_ld(title, pub, pub, ["ANI"], "ANI News", url, author_type="Organization"))
    body = (_nav("ANI", ["National", "World", "Business", "Sports", "Entertainment"])
            + '<div class="content"><div class="card"><h1 class="title">' + title + '</h1>'
            '<div class="time-red">ANI | Updated: Dec 17, 2024 13:03 IST</div>'
            + _share("share-icons") + '<div class="img-container"><img src="/l.jpg"><p>'
            'Representative Image</p></div><div itemprop="articleBody">' + _ps(paras)
            + '</div></div>' + _most_read("Trending", ["Markets open higher", "Weather update"])
            + '</div>' + _footer(["© 2024 ANI Media Pvt Ltd. All rights reserved."]))
    return Page("ani", url, _doc("en", title + " | ANI News", head, body),
                _truth(title, _text(paras), ["ANI"], pub, pub, "ANI", "New Delhi"))


def uni() -> Page:
    url = "http://www.uniindia.com/govt-to-table-bill-on-simultaneous-polls/india/news/3345678.html"
    title = "Govt to table bill on simultaneous polls"
    paras = ["New Delhi, Dec 17 (UNI) The government on Tuesday introduced in the Lok Sabha a "
             "bill providing for simultaneous elections to Parliament and state assemblies.",
             "Law Minister Arjun Ram Meghwal moved the Constitution (129th Amendment) Bill.",
             "The opposition demanded that the bill be referred to a joint parliamentary "
             "committee."]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "United News of India")])
    body = (_nav("UNI", ["India", "World", "Business", "Sports"])
            + '<table class="main"><tr><td><div class="newsheading"><h1>' + title + '</h1></div>'
            '<div class="newsdate">More News <span>17 Dec 2024 | 1:03 PM</span></div>'
            '<div class="newsdetails">' + _ps(paras) + '<p>UNI XC SSP</p></div>'
            + _share("share") + '</td></tr></table>'
            + _footer(["Copyright © 2024 United News of India. All rights reserved."]))
    return Page("uni", url, _doc("en", "UNI: " + title, head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:00+05:30", None, "UNI",
                       "New Delhi"))


# ---------------------------------------------------------------------------------------------
# South-East Asia


def bernama() -> Page:
    url = "https://www.bernama.com/en/general/news.php?id=2374123"
    title = "Govt to announce new minimum wage policy next year - Anwar"
    paras = ["KUALA LUMPUR, Dec 17 (Bernama) -- The government will announce a new minimum "
             "wage policy next year, Prime Minister Datuk Seri Anwar Ibrahim said.",
             "He said the policy would take into account the cost of living in urban and rural "
             "areas.",
             "The current minimum wage of RM1,500 took effect in May 2022."]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "BERNAMA")])
    body = (_nav("BERNAMA", ["General", "Politics", "Business", "World", "Sports"])
            + '<div class="container"><h1 class="h2">' + title + '</h1>'
            '<div class="text-right"><span>17/12/2024 01:03 PM</span></div>'
            '<div class="col-12"><img src="/a.jpg"><p class="caption">-- fotoBERNAMA (2024) HAK '
            'CIPTA TERPELIHARA</p></div><div id="topstory">' + _ps(paras)
            + '<p>-- BERNAMA</p></div>' + _share("share-btn")
            + _most_read("Most Read", ["Ringgit opens higher", "Flood victims rise in Kelantan"])
            + '</div>' + _footer(["© 2024 BERNAMA. All Rights Reserved."]))
    return Page("bernama", url, _doc("en", "BERNAMA - " + title, head, body),
                _truth(title, _text(paras) + "\n\n-- BERNAMA", [], "2024-12-17T13:03:00+08:00", None, "Bernama",
                       "KUALA LUMPUR"))


def antara_en() -> Page:
    url = "https://en.antaranews.com/news/337123/indonesia-to-raise-vat-to-12-percent-in-january"
    title = "Indonesia to raise VAT to 12 percent in January"
    paras = ["Jakarta (ANTARA) - The Indonesian government will raise the value-added tax (VAT) "
             "rate to 12 percent from January 1, 2025, Coordinating Minister for Economic "
             "Affairs Airlangga Hartarto said.",
             "Basic necessities such as rice, meat and vegetables will remain exempt from the "
             "tax, he said.",
             "The government will also provide incentives to cushion the impact on households."]
    pub = "2024-12-17T13:03:00+07:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Antara News"),
                    ("property", "article:published_time", "2024-12-17T13:03:00+07:00")])
            + _news_ld(title, pub, None, ["Putu Indah Savitri"], "Antara News", url))
    body = (_nav("ANTARA News", ["Indonesia", "World", "Business", "Sports", "Photo"])
            + '<div class="wrap__article-detail"><h1 class="wrap__article-detail-title">' + title
            + '</h1><div class="wrap__article-detail-info"><span class="text-secondary">'
            '17th December 2024 13:03</span></div>' + _share("social-share")
            + '<div class="wrap__article-detail-image"><img src="/v.jpg"><p class="wp-caption-text">'
            'Coordinating Minister Airlangga Hartarto. (ANTARA/Putu Indah Savitri)</p></div>'
            '<div class="wrap__article-detail-content post-content">' + _ps(paras)
            + '<p class="text-muted">Related news: <a href="/r">Indonesia keeps rice imports '
            'in check</a></p>'
            '<p class="text-muted small">Reporter: Putu Indah Savitri<br>Editor: Azis Kurmala<br>'
            'Copyright © ANTARA 2024</p></div></div>'
            + _footer(["Copyright © ANTARA 2024"]))
    return Page("antara-en", url, _doc("en", title + " - ANTARA News", head, body),
                _truth(title, _text(paras), ["Putu Indah Savitri"], pub, None, "Antara", "Jakarta"))


def pna() -> Page:
    url = "https://www.pna.gov.ph/articles/1239871"
    title = "DOH logs fewer firecracker injuries ahead of New Year"
    paras = ["MANILA – The Department of Health (DOH) on Tuesday reported fewer "
             "fireworks-related injuries compared with the same period last year.",
             "Health Secretary Teodoro Herbosa urged the public to celebrate the holidays "
             "safely.",
             "The DOH will keep its hospitals on code white alert until January 5."]
    head = (_metas([("property", "og:title", title),
                    ("property", "og:site_name", "Philippine News Agency")])
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": "2024-12-17T13:03:00+08:00",
                   "author": {"@type": "Person", "name": "Ma. Teresa Montemayor"}}))
    body = (_nav("PNA", ["National", "Provincial", "Business", "World", "Sports"])
            + '<div class="page-header"><h1>' + title + '</h1>'
            '<div class="page-header-meta"><span class="author">By <a href="/authors/62">Ma. '
            'Teresa Montemayor</a></span> <span class="date">December 17, 2024, 1:03 pm</span>'
            '</div></div><div class="page-content"><figure class="image"><img src="/d.jpg">'
            '<figcaption>(PNA photo by Yancy Lim)</figcaption></figure>' + _ps(paras)
            + '<p>(PNA)</p></div>' + _share("share-buttons")
            + _footer(["Philippine News Agency. All content is in the public domain unless "
                       "otherwise stated."]))
    return Page("pna", url, _doc("en", title + " | Philippine News Agency", head, body),
                _truth(title, _text(paras) + "\n\n(PNA)", ["Ma. Teresa Montemayor"],
                       "2024-12-17T13:03:00+08:00", None, "PNA", "MANILA"))


def vietnamplus() -> Page:
    url = "https://en.vietnamplus.vn/vietnam-s-exports-hit-record-high-post302345.vnp"
    title = "Vietnam's exports hit record high in 2024"
    lead = "Vietnam's export turnover is expected to reach 405 billion USD this year."
    paras = ["Hanoi (VNA) - Vietnam's export turnover is estimated to hit a record 405 billion "
             "USD in 2024, up 14 percent from last year, according to the Ministry of Industry "
             "and Trade.",
             "Electronics, textiles and agricultural products were the main export items.",
             "The trade surplus is forecast at about 24 billion USD./."]
    pub = "2024-12-17T13:03:00+07:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Vietnam+ (VietnamPlus)"),
                    ("property", "og:description", lead),
                    ("property", "article:published_time", "2024-12-17T13:03:00+07:00")]))
    body = (_nav("VietnamPlus", ["Politics", "Business", "Society", "World", "Travel"])
            + '<div class="detail"><h1 class="article__title cms-title">' + title + '</h1>'
            '<div class="article__meta"><time class="time">Tuesday, December 17, 2024 13:03'
            '</time></div><div class="article__sapo cms-desc">' + lead + '</div>'
            '<figure class="article__avatar"><img src="/e.jpg"><figcaption>Containers at Hai Phong '
            'port (Photo: VNA)</figcaption></figure><div class="article__body cms-body">'
            + _ps(paras) + '</div><div class="article__source"><span class="source">VNA</span>'
            '</div>' + _share("social") + '</div>'
            + _footer(["Copyright © 2024 VietnamPlus, VNA. All rights reserved."]))
    return Page("vietnamplus", url, _doc("en", title + " | Vietnam+ (VietnamPlus)", head, body),
                _truth(title, lead + "\n\n" + _text(paras), [], pub, None, "VNA", "Hanoi"))


# ---------------------------------------------------------------------------------------------
# Gulf, Latin America, Australia


def kuna() -> Page:
    url = "https://www.kuna.net.kw/ArticleDetails.aspx?id=3201234&language=en"
    title = "Kuwait Amir receives GCC Secretary-General"
    paras = ["KUWAIT, Dec 17 (KUNA) -- His Highness the Amir Sheikh Meshal Al-Ahmad Al-Jaber "
             "Al-Sabah received on Tuesday GCC Secretary-General Jasem Al-Budaiwi at Bayan "
             "Palace.",
             "The meeting was attended by senior officials of the Amiri Diwan.",
             "Al-Budaiwi briefed His Highness on the outcome of the latest GCC summit."]
    head = _metas([("property", "og:title", title), ("property", "og:site_name", "KUNA")])
    body = (_nav("KUNA", ["Local", "Gulf", "Arab", "International", "Economics"])
            + '<div class="article"><h1 class="article-title">' + title + '</h1>'
            '<div class="article-date">17/12/2024 13:03</div>'
            '<div class="article-photo"><img src="/a.jpg"><p>His Highness the Amir Sheikh Meshal '
            'Al-Ahmad Al-Jaber Al-Sabah receives GCC Secretary-General</p></div>'
            '<div class="article-body">' + _ps(paras) + '<p>(end) aa.hm</p></div>'
            + _share("share-this") + '</div>'
            + _footer(["© 2024 Kuwait News Agency (KUNA). All rights reserved."]))
    return Page("kuna", url, _doc("en", "KUNA : " + title, head, body),
                _truth(title, _text(paras), [], "2024-12-17T13:03:00+03:00", None, "KUNA",
                       "KUWAIT"))


def agencia_brasil() -> Page:
    url = "https://agenciabrasil.ebc.com.br/economia/noticia/2024-12/inflacao-oficial-fecha-novembro-em-039"
    title = "Inflação oficial fecha novembro em 0,39%"
    lead = "Resultado foi puxado por alimentos e bebidas"
    paras = ["O Índice Nacional de Preços ao Consumidor Amplo (IPCA), considerado a inflação "
             "oficial do país, fechou novembro em 0,39%, informou nesta terça-feira o IBGE.",
             "Em 12 meses, a inflação acumula alta de 4,87%, acima do teto da meta do governo.",
             "O grupo alimentação e bebidas teve a maior variação no mês."]
    pub = "2024-12-10T09:15:00-03:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Agência Brasil"),
                    ("property", "og:description", lead),
                    ("name", "author", "Vitor Abdala")])
            + _news_ld(title, "2024-12-10T12:15:00Z", None, ["Vitor Abdala"], "Agência Brasil",
                       url))
    body = (_nav("Agência Brasil", ["Economia", "Política", "Geral", "Internacional", "Esportes"])
            + '<div class="post"><h1 class="titulo-materia">' + title + '</h1>'
            f'<div class="linha-fina-noticia">{lead}</div>'
            '<div class="autor-noticia">Vitor Abdala - Repórter da Agência Brasil</div>'
            '<div class="data-noticia"><p>Publicado em 10/12/2024 - 09:15</p><p>Rio de Janeiro'
            '</p></div>' + _share("share-bar")
            + '<div class="conteudo-noticia"><figure><img src="/s.jpg"><figcaption>Rio de Janeiro '
            '(RJ) - Feira livre. Foto: Tomaz Silva/Agência Brasil</figcaption></figure>'
            + _ps(paras) + '</div><div class="edicao">Edição: Juliana Andrade</div></div>'
            + _footer(["Todo o conteúdo deste site está publicado sob a Licença Creative "
                       "Commons Atribuição 4.0 Internacional."]))
    return Page("agencia-brasil", url, _doc("pt-BR", title + " | Agência Brasil", head, body),
                _truth(title, lead + "\n\n" + _text(paras), ["Vitor Abdala"], pub, None,
                       "Agência Brasil", "Rio de Janeiro"))


def prensa_latina() -> Page:
    url = "https://www.prensa-latina.cu/2024/12/17/cuba-anuncia-medidas-para-estabilizar-sistema-electrico/"
    title = "Cuba anuncia medidas para estabilizar sistema eléctrico"
    paras = ["La Habana, 17 dic (Prensa Latina) El Gobierno cubano anunció este martes nuevas "
             "medidas para estabilizar el sistema electroenergético nacional.",
             "El ministro de Energía y Minas, Vicente de la O Levy, explicó que se prevé la "
             "incorporación de parques solares fotovoltaicos.",
             "Las medidas incluyen el mantenimiento de las principales centrales termoeléctricas."]
    pub = "2024-12-17T13:03:00-05:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "Prensa Latina"),
                    ("property", "article:published_time", "2024-12-17T18:03:00+00:00")])
            + _ld({"@context": "https://schema.org", "@graph": [
                {"@type": "NewsArticle", "headline": title, "datePublished": "2024-12-17T18:03:00+00:00",
                 "author": {"@type": "Person", "name": "Redacción Prensa Latina"}},
                {"@type": "Organization", "name": "Prensa Latina"}]}))
    body = (_nav("Prensa Latina", ["Cuba", "América Latina", "Mundo", "Economía"])
            + '<main><article class="post"><h1 class="entry-title">' + title + '</h1>'
            '<div class="entry-meta"><span class="posted-on">17 de diciembre de 2024, 13:03'
            '</span></div><div class="entry-content">' + _ps(paras)
            + '<p>ro/xxx</p></div>' + _share("share-post") + '</article></main>'
            + _footer(["© 2016-2024 Agencia Informativa Latinoamericana Prensa Latina S.A."]))
    return Page("prensa-latina", url, _doc("es", title + " - Prensa Latina", head, body),
                _truth(title, _text(paras), ["Prensa Latina"], pub, None, "Prensa Latina",
                       "La Habana"))


def aap() -> Page:
    url = "https://aap.com.au/news/reserve-bank-holds-cash-rate-at-4-35-per-cent/"
    title = "Reserve Bank holds cash rate at 4.35 per cent"
    paras = ["The Reserve Bank has left the cash rate unchanged at 4.35 per cent for a ninth "
             "straight meeting but softened its language on inflation.",
             "Governor Michele Bullock said the board was gaining some confidence that "
             "inflationary pressures were easing.",
             "Economists now expect the first rate cut as early as February."]
    pub, mod = "2024-12-10T15:02:00+11:00", "2024-12-10T16:45:00+11:00"
    head = (_metas([("property", "og:title", title), ("property", "og:site_name", "AAP"),
                    ("property", "article:published_time", "2024-12-10T04:02:00+00:00"),
                    ("property", "article:modified_time", "2024-12-10T05:45:00+00:00")])
            + _ld({"@context": "https://schema.org", "@graph": [
                {"@type": "NewsArticle", "headline": title,
                 "datePublished": "2024-12-10T04:02:00+00:00",
                 "dateModified": "2024-12-10T05:45:00+00:00",
                 "author": {"@type": "Person", "name": "Poppy Johnston"}}]}))
    body = (_nav("AAP", ["News", "Sport", "FactCheck", "Photos"])
            + '<main><article class="c-article"><div class="c-article__meta">'
            '<span class="c-article__author">Poppy Johnston</span><span>(Australian Associated '
            'Press)</span></div><h1 class="c-article__title">' + title + '</h1>'
            '<time class="c-article__date">December 10, 2024 3:02pm</time>'
            '<figure><img src="/r.jpg"><figcaption>Michele Bullock says the RBA is gaining some '
            'confidence inflation is easing. (Lukas Coch/AAP PHOTOS)</figcaption></figure>'
            '<div class="c-article__content">' + _ps(paras) + '</div>'
            + _share("c-share") + '</article></main>'
            + _footer(["© 2024 AAP. All rights reserved."]))
    return Page("aap", url, _doc("en-AU", title + " | AAP", head, body),
                _truth(title, _text(paras), ["Poppy Johnston"], pub, mod, "AAP", None))


BUILDERS: tuple[Callable[[], Page], ...] = (
    anadolu_en, anadolu_tr, sputnik_2019, sputnik_2023, afp_com, barrons_afp, france24_afp,
    tass_en, ria_ru, ukrinform_en, xinhua_en, chinanews, kyodo_en, jiji_en, yonhap_en,
    yonhap_ko, ansa_it, efe_es, europa_press, dpa_international, pap_pl, pti, ians, ani, uni,
    bernama, antara_en, pna, vietnamplus, kuna, agencia_brasil, prensa_latina, aap,
)


def pages() -> Iterator[Page]:
    for build in BUILDERS:
        yield build()
