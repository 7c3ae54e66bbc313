# ruff: noqa: E501
"""Look-alike article pages of twenty-five more publishers the Fundus library
(flairNLP/fundus) has a parser for, none of them in the dev corpus, the other look-alike
sets or fixtures/generic (set 3; sets 1 and 2 are `tests.fundus_pages` and
`tests.fundus_pages2`). Each page is written from the structure its Fundus parser's
selectors imply (a standfirst printed as a `<strong>` paragraph or an `<h2>` under the
headline, a body as one section of `<br>`-separated text or as `<div>` blocks, the author
named only in a sign-off line or an `<em>` at the foot, sub-headlines as bold paragraphs)
and from what the site printed around 2023-2025, with the record a careful reader would
write; its standfirst is the `subtitle` (docs/quality.md), the body the text after it.

`pages()` yields `publisher_pages.Page`s; `ablated` strips the metadata.
`python -m tests.fundus_measure -v --set 3` prints the figures.
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


def freitag() -> Page:
    url = "https://www.freitag.de/autoren/der-freitag/mietpreisbremse-verlaengerung-koalition-streit"
    head = "Mietpreisbremse: Die Verlängerung ist ein Armutszeugnis"
    lead = ("Die Koalition verlängert die Mietpreisbremse um vier Jahre. Doch an den Ursachen "
            "der Wohnungsnot ändert das wenig")
    paras = ["Es ist ein Kompromiss, den niemand feiern mag. Bis 2029 soll die Mietpreisbremse "
             "gelten, so haben es die Spitzen der Koalition in der Nacht zum Mittwoch "
             "vereinbart.",
             "Mieterverbände kritisieren seit Jahren, dass die Regel voller Ausnahmen steckt. "
             "Neubauten und möblierte Wohnungen sind nicht erfasst.",
             "In Berlin, München und Hamburg steigen die Angebotsmieten weiter zweistellig.",
             "Ohne öffentlichen Wohnungsbau wird sich daran nichts ändern."]
    sub = "Ausnahmen als Geschäftsmodell"
    pub = "2024-04-10T16:20:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "og:site_name", "der Freitag")])
                 + _news_ld(head, pub, None, ["Sebastian Puschner"], "der Freitag", url,
                            extra={"keywords": ["Wohnen", "Mieten"]}))
    body = (_nav("der Freitag", ["Politik", "Wirtschaft", "Kultur", "Debatte", "Abo"])
            + '<main><article><header class="bc-article-intro">'
            '<span class="bc-article-intro__kicker">Wohnen</span>'
            f'<h1 class="bc-article-intro__title">{head}</h1>'
            f'<p class="bc-article-intro__text">{lead}</p>'
            '<div class="bc-article-intro__author">Sebastian Puschner | Ausgabe 15/2024 '
            '<span>10.04.2024</span></div></header>'
            '<figure><img src="/1.jpg" alt=""><figcaption><span class="bo-image__caption__desc">'
            'Wohnhäuser in Berlin-Kreuzberg</span><span class="bo-image__caption__credit">Foto: '
            'Imago</span></figcaption></figure><div class="bo-article-text">' + _ps(paras[:2])
            + f'<h2>{sub}</h2>' + _ps(paras[2:])
            + '</div><span class="freitag-article-end"></span>'
            '<div class="bc-paywall-teaser"><p>Jetzt 3 Monate den Freitag testen</p></div>'
            '</article></main>' + _footer("© der Freitag Mediengesellschaft mbH & Co. KG"))
    return Page("freitag", url, _doc("de", f"{head} — der Freitag", head_html, body),
                {"title": head, "authors": ["Sebastian Puschner"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": None})


def deutschlandfunk() -> Page:
    url = "https://www.deutschlandfunk.de/bundesnetzagentur-gasspeicher-fuellstand-winter-100.html"
    head = "Gasspeicher zu Beginn des Winters fast vollständig gefüllt"
    lead = ("Die deutschen Gasspeicher sind zu Beginn der Heizperiode zu mehr als 98 Prozent "
            "gefüllt. Die Bundesnetzagentur sieht die Versorgung gesichert.")
    paras = ["Der Präsident der Bundesnetzagentur, Müller, sagte im Deutschlandfunk, eine "
             "Gasmangellage sei in diesem Winter sehr unwahrscheinlich.",
             "Die Verbraucher sollten dennoch sparsam heizen. Ein sehr kalter Winter könne die "
             "Speicher stärker beanspruchen als erwartet.",
             "Die Gaspreise für Haushaltskunden sind seit dem Frühjahr leicht gesunken.",
             "Diese Nachricht wurde am 01.11.2023 im Programm Deutschlandfunk gesendet."]
    pub, mod = "2023-11-01T07:12:00+01:00", "2023-11-01T09:40:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("name", "date", pub), ("name", "last-modified", mod)])
                 + _news_ld(head, pub, mod, None, "Deutschlandfunk", url,
                            extra={"author": {"@type": "Organization", "name": "Deutschlandfunk"}}))
    body = (_nav("Deutschlandfunk", ["Nachrichten", "Politik", "Wirtschaft", "Kultur", "Podcasts"])
            + '<main><article class="b-article"><header class="b-article-header">'
            '<span class="headline-kicker">Energieversorgung</span>'
            f'<h1 class="headline-title">{head}</h1>'
            '<time class="article-header-publish-date" datetime="' + pub + '">01.11.2023</time>'
            f'</header><div class="article-header-description">{lead}</div>'
            '<figure><img src="/1.jpg" alt=""><figcaption>Ein Gasspeicher in Bayern (picture '
            'alliance / dpa)</figcaption></figure><section class="b-article-details">'
            + _ps(paras, "article-details-text")
            + '</section><div class="b-teaser-related"><h2>Mehr zum Thema</h2><ul><li><a href="/x">'
            'Heizkosten: Was der Winter kostet</a></li></ul></div></article></main>'
            + _footer("© Deutschlandradio"))
    return Page("deutschlandfunk", url, _doc("de", f"{head} | deutschlandfunk.de", head_html, body),
                {"title": head, "authors": [], "subtitle": lead, "body": _text(paras),
                 "published": pub, "modified": mod})


def frankfurterrundschau() -> Page:
    url = ("https://www.fr.de/frankfurt/frankfurt-bahnhofsviertel-polizei-kontrollen-"
           "93012345.html")
    head = "Stadt verschärft Kontrollen im Bahnhofsviertel"
    lead = ("Ordnungsamt und Polizei sollen künftig rund um die Uhr im Frankfurter "
            "Bahnhofsviertel präsent sein. Anwohner begrüßen den Schritt, Sozialverbände sind "
            "skeptisch.")
    paras = ["Die Stadt Frankfurt will mit mehr Personal gegen den offenen Drogenhandel im "
             "Bahnhofsviertel vorgehen. Das kündigte Ordnungsdezernentin Annette Rinn am "
             "Dienstag an.",
             "Bis zum Sommer sollen 30 zusätzliche Stellen im Ordnungsamt besetzt werden.",
             "Die Drogenhilfe fordert mehr Konsumräume statt Vertreibung.",
             "Es brauche Hilfe, nicht nur Kontrollen, sagte ein Sprecher."]
    items = ["mehr Streifen in der Taunusstraße", "eine Videoüberwachung am Kaisersack",
             "ein zweites Hilfezentrum in der Moselstraße"]
    sub = "Sozialverbände fordern Hilfe statt Vertreibung"
    pub, mod = "2024-03-19T15:47:00+01:00", "2024-03-19T18:02:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub)])
                 + _news_ld(head, pub, mod, ["Florian Leclerc"], "Frankfurter Rundschau", url))
    body = (_nav("Frankfurter Rundschau", ["Frankfurt", "Region", "Politik", "Wirtschaft", "Sport"])
            + '<main><article class="id-Article"><header class="id-Article-header">'
            '<p class="id-Article-kicker">Sicherheit</p>'
            f'<h1 class="id-StoryElement-headline">{head}</h1>'
            f'<p class="id-StoryElement-leadText">{lead}</p>'
            '<div class="id-StoryElement-authorList">Von <a href="/autoren/x">Florian Leclerc</a>'
            '</div><time class="id-DateTime" datetime="' + pub + '">19.03.2024, 15:47 Uhr</time>'
            '</header>' + _ps(paras[:1], "id-StoryElement-paragraph")
            + '<p class="id-StoryElement-paragraph">Geplant sind:</p><ul>'
            + "".join(f"<li>{i}</li>" for i in items) + '</ul>'
            + _ps(paras[1:2], "id-StoryElement-paragraph")
            + '<div class="id-StoryElement-embed"><p>Weitere Nachrichten aus Frankfurt lesen Sie '
            'in unserem kostenlosen Newsletter.</p></div>'
            + f'<h2 class="id-StoryElement-crosshead">{sub}</h2>'
            + _ps(paras[2:], "id-StoryElement-paragraph")
            + '<div class="id-Article-tags"><a>Bahnhofsviertel</a></div></article></main>'
            + _footer("© Frankfurter Rundschau GmbH"))
    return Page("frankfurterrundschau", url, _doc("de", f"{head} | Frankfurter Rundschau", head_html, body),
                {"title": head, "authors": ["Florian Leclerc"], "subtitle": lead,
                 "body": "\n\n".join([paras[0], "Geplant sind:", *items, paras[1], sub, *paras[2:]]),
                 "published": pub, "modified": mod})


def abendblatt() -> Page:
    url = ("https://www.abendblatt.de/hamburg/article241234567/elbtower-baustopp-"
           "insolvenz-signa-hamburg.html")
    head = "Elbtower: Wie es nach dem Baustopp weitergehen soll"
    lead = ("Seit Monaten ruht die Baustelle an den Elbbrücken. Jetzt gibt es einen "
            "Interessenten – und viele offene Fragen.")
    paras = ["Der Rohbau des Elbtowers steht seit Oktober still. Nach der Insolvenz der "
             "Projektgesellschaft sucht der Insolvenzverwalter einen Käufer.",
             "Ein Konsortium um einen Hamburger Unternehmer hat Interesse bekundet, wie der "
             "Senat am Donnerstag bestätigte.",
             "Stadtentwicklungssenatorin Karen Pein sagte, die Stadt werde nicht als Käuferin "
             "auftreten.",
             "Eine Entscheidung soll bis zum Sommer fallen."]
    sub = "Senat will nicht einspringen"
    pub, mod = "2024-05-16T12:34:00+02:00", "2024-05-16T17:05:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("name", "keywords", "Elbtower, HafenCity, Signa")])
                 + _news_ld(head, pub, mod, ["Andreas Dey"], "Hamburger Abendblatt", url))
    body = (_nav("Hamburger Abendblatt", ["Hamburg", "Region", "Sport", "Kultur", "Abo"])
            + '<main><article><div class="article-header"><span class="kicker">Hamburg</span>'
            f'<h1>{head}</h1><div class="author">Von <a href="/autoren/andreas-dey/">Andreas Dey</a>'
            '</div><time datetime="' + pub + '">16.05.2024, 12:34 Uhr</time>'
            '<span>Lesedauer: 3 Minuten</span></div>'
            '<figure><img src="/1.jpg" alt=""><figcaption>Der unfertige Elbtower an den '
            'Elbbrücken. Foto: Marcelo Hernandez</figcaption></figure>'
            '<div class="article-body">'
            f'<p class="font-sans font-bold">{lead}</p>' + _ps(paras[:2])
            + '<aside class="inline-teaser"><p>Auch interessant</p><a href="/x">HafenCity: Neue '
            'Pläne für das Überseequartier</a></aside>'
            + f'<h3>{sub}</h3>' + _ps(paras[2:])
            + '</div><div class="not-prose  mb-4 mx-5 font-sans"><ul><li>Elbtower – alle '
            'Artikel</li></ul></div></article></main>'
            + _footer("© Hamburger Abendblatt 2024 – Alle Rechte vorbehalten."))
    return Page("abendblatt", url, _doc("de", f"{head} - Hamburger Abendblatt", head_html, body),
                {"title": head, "authors": ["Andreas Dey"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": mod})


def krautreporter() -> Page:
    url = "https://krautreporter.de/11523-warum-wir-so-schlecht-schlafen"
    head = "Warum wir so schlecht schlafen – und was wirklich hilft"
    lead = ("Jeder dritte Deutsche schläft schlecht. Ich habe mit Schlafforschern gesprochen "
            "und herausgefunden, welche Tipps Unsinn sind.")
    paras = ["Um 3.14 Uhr bin ich wieder wach. Wie so oft in den vergangenen Monaten.",
             "Die Schlafmedizinerin Christine Blume sagt, dass die meisten Menschen ihre "
             "Schlafprobleme überschätzen.",
             "Wer nachts wach liegt, sollte aufstehen und etwas Langweiliges tun.",
             "Schlaftabletten helfen kurzfristig, lösen das Problem aber nicht."]
    sub = "Die Uhr ist der Feind"
    pub = "2024-01-23T06:00:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("name", "author", "Theresa Bäuerlein")])
                 + _news_ld(head, pub, pub, ["Theresa Bäuerlein"], "Krautreporter", url))
    body = (_nav("Krautreporter", ["Themen", "Zusammenhänge", "Mitglied werden"])
            + '<main><article><div class="article-headers topic">Gesundheit</div>'
            f'<h1 class="article-headers">{head}</h1>'
            f'<p data-test="article-teaser">{lead}</p>'
            '<div class="author-info"><img src="/a.jpg" alt=""><a href="/theresa-baeuerlein">Theresa '
            'Bäuerlein</a><span>23. Januar 2024</span><span>7 Minuten</span></div>'
            '<div class="article-markdown">' + _ps(paras[:2]) + f'<h2>{sub}</h2>' + _ps(paras[2:])
            + '<p>Redaktion: Rico Grimm, Schlussredaktion: Susan Mücke, Fotoredaktion: Philipp '
            'Sipos</p></div><div class="membership-cta"><p>Krautreporter ist werbefrei und '
            'wird von über 18.000 Mitgliedern finanziert.</p><a>Jetzt Mitglied werden</a></div>'
            '</article></main>' + _footer("Krautreporter eG"))
    return Page("krautreporter", url, _doc("de", f"{head} – Krautreporter", head_html, body),
                {"title": head, "authors": ["Theresa Bäuerlein"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": pub})


def rponline() -> Page:
    url = "https://rp-online.de/nrw/staedte/duesseldorf/rheinbahn-streik-duesseldorf-busse-bahnen_aid-108123456"
    head = "Rheinbahn-Streik: Diese Linien fahren am Freitag nicht"
    lead = ("Verdi hat erneut zum Warnstreik im Nahverkehr aufgerufen. In Düsseldorf stehen "
            "Busse und Bahnen am Freitag weitgehend still.")
    paras = ["Die Rheinbahn rechnet mit massiven Einschränkungen. Nur einzelne Linien, die von "
             "Subunternehmern betrieben werden, sollen fahren.",
             "Die S-Bahnen und Regionalzüge der Deutschen Bahn sind nicht betroffen.",
             "Verdi fordert für die Beschäftigten im Nahverkehr kürzere Arbeitszeiten und mehr "
             "Urlaubstage."]
    pub = "2024-02-28T14:05:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("name", "author", "Nicole Kampe"),
                                       ("name", "keywords", "Düsseldorf, Rheinbahn, Streik")])
                 + _news_ld(head, pub, None, ["Nicole Kampe"], "Rheinische Post", url))
    body = (_nav("RP ONLINE", ["NRW", "Politik", "Sport", "Wirtschaft", "Panorama"])
            + '<main><article><header><span class="kicker">Warnstreik in Düsseldorf</span>'
            f'<h1 data-cy="article-headline">{head}</h1>'
            '<div data-cy="author">Von Nicole Kampe</div>'
            '<time data-cy="date">28. Februar 2024 um 14:05 Uhr</time></header>'
            '<div data-cy="article-content">'
            f'<p><strong data-cy="intro">{lead}</strong></p>' + _ps(paras[:2])
            + '<div class="park-widget"><p>Lesen Sie auch</p><a href="/x">Streik: Das müssen '
            'Pendler wissen</a></div>' + _ps(paras[2:])
            + '<p>(nika)</p></div><div class="paywall"><p>Jetzt RP+ testen</p></div></article></main>'
            + _footer("© RP ONLINE GmbH 2024"))
    return Page("rponline", url, _doc("de", f"{head}", head_html, body),
                {"title": head, "authors": ["Nicole Kampe"], "subtitle": lead,
                 "body": _text(paras), "published": pub, "modified": None})


def sportschau() -> Page:
    url = "https://www.sportschau.de/fussball/bundesliga/leverkusen-meister-werder-bremen-100.html"
    head = "Leverkusen ist erstmals Deutscher Meister"
    lead = ("Bayer 04 Leverkusen hat zum ersten Mal in der Vereinsgeschichte die deutsche "
            "Meisterschaft gewonnen. Gegen Werder Bremen gab es einen deutlichen Sieg.")
    paras = ["Die Mannschaft von Trainer Xabi Alonso gewann am 29. Spieltag mit 5:0 gegen "
             "Werder Bremen und ist damit fünf Spieltage vor Saisonende nicht mehr einzuholen.",
             "Florian Wirtz traf dreimal, Victor Boniface verwandelte einen Foulelfmeter.",
             "Nach dem Schlusspfiff stürmten tausende Fans den Rasen der BayArena.",
             "Leverkusen ist in dieser Saison in allen Wettbewerben noch ungeschlagen."]
    sub = "Fans stürmen den Platz"
    pub = "2024-04-14T19:28:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head), ("name", "date", pub),
                                       ("name", "author", "Sportschau"),
                                       ("name", "keywords", "Bundesliga, Leverkusen")])
                 + _news_ld(head, pub, pub, None, "sportschau.de", url))
    intro_cls = "textabsatz columns twelve  m-ten  m-offset-one l-eight l-offset-two"
    body = (_nav("Sportschau", ["Fußball", "Bundesliga", "Wintersport", "Ergebnisse"])
            + '<main><article class="container content-wrapper">'
            '<h1 class="seitenkopf__headline"><span class="seitenkopf__topline">Bundesliga | '
            f'29. Spieltag</span><span class="seitenkopf__headline--text">{head}</span></h1>'
            '<p class="metatextline">Stand: 14.04.2024 19:28 Uhr</p>'
            f'<p class="{intro_cls}"><strong>{lead}</strong></p>'
            + _ps(paras[:2], "textabsatz columns twelve")
            + '<div class="teaser-absatz"><p>Mehr zum Thema</p><a href="/x">Die Tabelle der '
            'Bundesliga</a></div>' + f'<h2 class="meldung__subhead">{sub}</h2>'
            + _ps(paras[2:], "textabsatz columns twelve")
            + '<p class="textabsatz columns twelve"><em>Quelle: sportschau.de</em></p>'
            '</article></main>' + _footer("© ARD"))
    return Page("sportschau", url, _doc("de", f"{head} | sportschau.de", head_html, body),
                {"title": head, "authors": [], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": pub})


def winfuture() -> Page:
    url = "https://winfuture.de/news,141234.html"
    head = "Windows 11: Microsoft verteilt großes Update mit KI-Funktionen"
    lead = ("Microsoft hat mit der Verteilung des nächsten großen Funktions-Updates für "
            "Windows 11 begonnen. Es bringt unter anderem neue Copilot-Funktionen.")
    paras = ["Das Update wird zunächst für Nutzer bereitgestellt, die in den Einstellungen die "
             "Option für frühe Updates aktiviert haben.",
             "Neu ist unter anderem eine überarbeitete Energiesparfunktion sowie Unterstützung "
             "für Wi-Fi 7.",
             "Microsoft will das Update bis Ende des Jahres an alle kompatiblen Geräte verteilen.",
             "Ältere Rechner ohne TPM-Chip bleiben weiterhin außen vor."]
    sub = "Schrittweise Verteilung"
    pub = "2024-10-01T20:12:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub),
                                       ("property", "article:tag", "Windows 11")])
                 + _news_ld(head, pub, None, ["Roland Quandt"], "WinFuture", url))
    body = (_nav("WinFuture", ["News", "Downloads", "Videos", "Forum"])
            + '<main><div id="news_content"><h1 class="news_title">' + head + '</h1>'
            '<div class="news_info">Roland Quandt, 01.10.2024 20:12 Uhr <a href="#comments">'
            '14 Kommentare</a></div>'
            f'<div class="teaser_text">{lead}</div>\n'
            f'<p>{paras[0]}<br><br>\n{paras[1]}<br><br>\n</p>'
            f'<h2>{sub}</h2>\n<p>{paras[2]}<br><br>\n{paras[3]}</p>\n'
            '<div class="news_links"><p>Siehe auch:</p><a href="/x">Windows 11 Download</a></div>'
            '</div><div id="comments"><p>Diese News kommentieren</p></div></main>'
            + _footer("© 2024 WinFuture.de"))
    return Page("winfuture", url, _doc("de", f"{head} - WinFuture.de", head_html, body),
                {"title": head, "authors": ["Roland Quandt"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": None})


def zdf() -> Page:
    url = "https://www.zdf.de/nachrichten/politik/deutschland/ampel-aus-scholz-lindner-entlassung-100.html"
    head = "Ampel-Koalition zerbrochen: Scholz entlässt Lindner"
    lead = ("Nach wochenlangem Streit über den Haushalt ist die Ampel-Koalition am Ende. Der "
            "Kanzler will im Januar die Vertrauensfrage stellen.")
    paras = ["Bundeskanzler Olaf Scholz hat Finanzminister Christian Lindner entlassen. Er habe "
             "das Vertrauen zu oft gebrochen, sagte Scholz am Abend im Kanzleramt.",
             "Die FDP kündigte an, alle ihre Minister aus der Regierung abzuziehen.",
             "Der Haushalt für das kommende Jahr ist damit vorerst gescheitert.",
             "Beobachter rechnen mit einer längeren Phase politischer Instabilität."]
    sub = "Haushalt vorerst gescheitert"
    pub, mod = "2024-11-06T21:31:00+01:00", "2024-11-06T23:10:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head)])
                 + _news_ld(head, pub, mod, None, "ZDFheute", url,
                            extra={"author": [{"@type": "Person", "name": "Julia Klaus"}]}))

    def block(text: str) -> str:
        return f'<div class="r1nj4qn5">{text}</div>'

    body = (_nav("ZDFheute", ["Politik", "Wirtschaft", "Panorama", "Sport", "Video"])
            + '<main><article><div class="hzj9ss8"><span class="tn8sm7p">Regierungskrise in Berlin'
            f'</span><h1 class="hhhtovw">{head}</h1>'
            f'<p class="ikh9v7p c1bdz7f4">{lead}</p>'
            '<div class="author-row">von Julia Klaus, Berlin</div>'
            '<time datetime="2024-11-06T20:31:00.000Z">06.11.2024 | 21:31</time></div>'
            + block(paras[0]) + block(paras[1])
            + '<div class="v13ksm0x"><p>Video</p><p>Scholz: Statement im Wortlaut | 2:13 min</p></div>'
            + f'<h2 class="t1rbo974 hhhtovw">{sub}</h2>' + block(paras[2]) + block(paras[3])
            + '<div class="f1rzfdb8"><p>Quelle: ZDF, dpa</p></div>'
            '</article></main>' + _footer("© ZDF 2024"))
    return Page("zdf", url, _doc("de", f"{head} - ZDFheute", head_html, body),
                {"title": head, "authors": ["Julia Klaus"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": mod})


def mz() -> Page:
    url = "https://www.mz.de/lokal/halle-saale/halle-hauptbahnhof-umbau-3812345"
    head = "Umbau am Hauptbahnhof Halle dauert länger als geplant"
    lead = ("Reisende müssen sich noch bis Ende 2025 auf Einschränkungen einstellen. Die Bahn "
            "nennt Lieferprobleme als Grund.")
    paras = ["Die Deutsche Bahn hat den Abschluss der Bauarbeiten am Hauptbahnhof Halle um ein "
             "Jahr verschoben.",
             "Betroffen sind vor allem die Bahnsteige 8 bis 13, die nur eingeschränkt nutzbar "
             "sind.",
             "Die Stadt kritisierte die Informationspolitik des Konzerns.",
             "Oberbürgermeister Alexander Vogt forderte einen verbindlichen Zeitplan."]
    sub = "Kritik aus dem Rathaus"
    pub = "2024-06-05T17:30:00+02:00"
    head_html = (_desc(lead) + _metas([("name", "title", head), ("property", "og:title", head),
                                       ("name", "author", "Dirk Skrzypczak")])
                 + _news_ld(head, pub, None, ["Dirk Skrzypczak"], "Mitteldeutsche Zeitung", url))
    body = (_nav("Mitteldeutsche Zeitung", ["Lokal", "Sachsen-Anhalt", "Politik", "Sport"])
            + '<main><article class="fp-article"><div class="fp-article-heading">'
            f'<span class="fp-kicker">Bahn</span><h1>{head}</h1><p>{lead}</p>'
            '<div class="fp-author">Von Dirk Skrzypczak</div>'
            '<time datetime="' + pub + '">05.06.2024, 17:30</time></div>'
            '<div class="fp-article-body">' + _ps(paras[:2])
            + '<div class="fp-ad"><p>Anzeige</p></div>' + f'<h2>{sub}</h2>' + _ps(paras[2:])
            + '</div><div class="fp-paywall"><p>Lesen Sie weiter mit MZ+</p></div>'
            '</article></main>' + _footer("© Mediengruppe Magdeburg"))
    return Page("mz", url, _doc("de", f"{head} | MZ.de", head_html, body),
                {"title": head, "authors": ["Dirk Skrzypczak"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": None})


def postillon() -> Page:
    url = "https://www.der-postillon.com/2024/03/bahn-puenktlichkeit.html"
    head = "Bahn erreicht Pünktlichkeitsziel, indem sie alle Züge als ausgefallen meldet"
    paras = ["Berlin (dpo) - Die Deutsche Bahn hat im Februar erstmals seit Jahren ihr "
             "Pünktlichkeitsziel erreicht. Möglich wurde das durch eine neue Zählweise.",
             "Ausgefallene Züge werden in der Statistik nicht berücksichtigt, erklärte ein "
             "Sprecher. Da nun kein Zug mehr fahre, sei auch keiner mehr verspätet.",
             "Fahrgäste zeigten sich zunächst irritiert, lobten dann aber die Verlässlichkeit.",
             "Der Bahnvorstand will sich für das Ergebnis einen Bonus auszahlen lassen."]
    pub = "2024-03-07T11:30:00+01:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head)])
                 + _ld({"@context": "https://schema.org", "@type": "BlogPosting",
                        "headline": head, "datePublished": pub, "dateModified": pub,
                        "author": {"@type": "Person", "name": "Der Postillon"}}))
    body = (_nav("Der Postillon", ["Startseite", "Newsticker", "Shop", "Archiv"])
            + '<main><div class="post hentry"><h1 class="post-title entry-title">' + head + '</h1>'
            '<div class="post-header"><span class="post-timestamp">Donnerstag, 7. März 2024</span>'
            '</div><div id="post-body" class="post-body entry-content">'
            '<div class="separator"><img src="/1.jpg" alt=""></div>' + _ps(paras)
            + '<span>ssi, dan; Foto: Shutterstock</span></div>'
            '<div class="post-footer"><p>Teilen</p><p>Labels: Bahn, Verkehr</p></div>'
            '<div class="comments"><h4>Kommentare</h4></div></div></main>'
            + _footer("© Der Postillon"))
    return Page("postillon", url, _doc("de", f"Der Postillon: {head}", head_html, body),
                {"title": head, "authors": [], "body": _text(paras),
                 "published": pub, "modified": pub})


def motorsportmagazin() -> Page:
    url = "https://www.motorsport-magazin.com/formel1/news-301234-verstappen-sieg-suzuka-red-bull/"
    head = "Verstappen siegt in Suzuka, Red Bull mit Doppelsieg"
    lead = ("Max Verstappen hat den Großen Preis von Japan gewonnen. Sergio Perez machte den "
            "Doppelsieg für Red Bull perfekt.")
    paras = ["Max Verstappen hat beim Großen Preis von Japan einen ungefährdeten Start-Ziel-Sieg "
             "gefeiert. Der Weltmeister lag nach 53 Runden zwölf Sekunden vor Teamkollege "
             "Sergio Perez.",
             "Carlos Sainz komplettierte im Ferrari das Podium. Nico Hülkenberg holte als "
             "Elfter knapp keine Punkte.",
             "Das Rennen war nach einem Unfall in der ersten Runde für 30 Minuten unterbrochen.",
             "In zwei Wochen geht es in China weiter."]
    pub, mod = "2024-04-07T09:05:00+02:00", "2024-04-07T10:20:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head)])
                 + _news_ld(head, pub, mod, ["Markus Steinrisser"], "Motorsport-Magazin.com", url))
    body = (_nav("Motorsport-Magazin.com", ["Formel 1", "MotoGP", "DTM", "WEC"])
            + '<main><article><div class="article-head"><span class="category">Formel 1 - GP Japan'
            f'</span><h1>{head}</h1><div class="author">von Markus Steinrisser</div>'
            '<time datetime="' + pub + '">07.04.2024 09:05 Uhr</time></div>'
            f'<p class="teaser">{lead}</p>'
            '<section class="article-body">' + paras[0] + '<br><br>' + paras[1] + '<br><br>'
            '<div class="related"><a href="/x">Formel 1 Japan: Das Ergebnis im Überblick</a></div>'
            + paras[2] + '<br><br>' + paras[3] + '</section>'
            '<div class="article-tags"><a>Max Verstappen</a><a>Red Bull</a></div>'
            '</article></main>' + _footer("© Motorsport-Magazin.com"))
    return Page("motorsportmagazin", url, _doc("de", f"{head} | Motorsport-Magazin.com", head_html, body),
                {"title": head, "authors": ["Markus Steinrisser"], "subtitle": lead,
                 "body": _text(paras), "published": pub, "modified": mod})


def titanic() -> Page:
    url = "https://www.titanic-magazin.de/news/neue-studie-deutsche-lieben-warteschlangen-12345/"
    head = "Neue Studie: Deutsche stehen lieber in der Schlange als zu Hause"
    paras = ["Einer neuen Studie des Instituts für Alltagsforschung zufolge verbringen Deutsche "
             "ihre Freizeit am liebsten in Warteschlangen.",
             "Besonders beliebt seien Schlangen vor Bürgerämtern und an Kassen, an denen gerade "
             "eine zweite Kasse geöffnet werde.",
             "Die Forscher empfehlen, mehr Wartebereiche in Innenstädten einzurichten."]
    pub = "2024-08-12T10:00:00+02:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head),
                                           ("name", "author", "Moritz Hürtgen")])
                 + _news_ld(head, pub, None, ["Moritz Hürtgen"], "TITANIC", url,
                            extra={"keywords": "Studie, Deutschland"}))
    body = (_nav("TITANIC", ["Startseite", "Heft", "Briefe", "Shop"])
            + '<main><div class="csc-default"><h1 class="csc-firstHeader">' + head + '</h1>'
            '<div class="news-list-date">12.08.2024</div><div class="bodytext">' + _ps(paras)
            + '<p><em>Moritz Hürtgen</em></p></div></div>'
            '<div class="news-related"><p>Weitere News</p></div></main>'
            + _footer("© TITANIC Verlag GmbH & Co. KG"))
    return Page("titanic", url, _doc("de", f"TITANIC - {head}", head_html, body),
                {"title": head, "authors": ["Moritz Hürtgen"], "body": _text(paras),
                 "published": pub, "modified": None})


# ---------------------------------------------------------------------------------------------
# German-language papers abroad, Greenland, Korea, Japan


def wochenblatt() -> Page:
    url = "https://wochenblatt.cc/asuncion-hitzewelle-stromausfaelle-ande/"
    head = "Asunción: Hitzewelle führt zu Stromausfällen"
    paras = ["Asunción: Bei Temperaturen von über 40 Grad ist in mehreren Stadtteilen der "
             "Hauptstadt am Montag der Strom ausgefallen.",
             "Die staatliche Stromgesellschaft ANDE sprach von einem Rekordverbrauch. Viele "
             "Haushalte waren bis zu zwölf Stunden ohne Strom.",
             "Die Meteorologen erwarten erst zum Wochenende eine Abkühlung.",
             "Die Regierung rief die Bevölkerung zum Stromsparen auf."]
    sub = "Keine Abkühlung in Sicht"
    pub = "2024-01-15T08:42:00-03:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", f"{head} - Wochenblatt"),
                                           ("property", "article:published_time", pub)])
                 + _ld({"@context": "https://schema.org", "@graph": [
                     {"@type": "Article", "headline": head, "datePublished": pub,
                      "dateModified": pub, "author": {"name": "Redaktion"}}]}))
    body = (_nav("Wochenblatt", ["Paraguay", "Welt", "Wirtschaft", "Kleinanzeigen"])
            + '<main><article class="post"><h1 class="entry-title">' + head + '</h1>'
            '<div class="entry-meta"><time datetime="' + pub + '">15. Januar 2024</time></div>'
            '<div class="entry-content">' + _ps(paras[:2]) + f'<p><b>{sub}</b></p>'
            + _ps(paras[2:]) + '<p>Wochenblatt / Última Hora</p></div>'
            '<div class="related-posts"><h3>Ähnliche Beiträge</h3><a href="/x">Dengue-Fälle '
            'steigen weiter</a></div></article></main>' + _footer("© Wochenblatt Paraguay"))
    return Page("wochenblatt", url, _doc("de", f"{head} - Wochenblatt", head_html, body),
                {"title": head, "authors": [], "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": pub})


def israelnachrichten() -> Page:
    url = "https://www.israel-nachrichten.org/archive/58812"
    head = "Knesset verabschiedet Nachtragshaushalt"
    lead = "Nach wochenlangen Verhandlungen hat das israelische Parlament den Staatshaushalt gebilligt."
    paras = ["Die Knesset hat in der Nacht zum Donnerstag den geänderten Haushalt für 2024 "
             "verabschiedet. 62 Abgeordnete stimmten dafür, 55 dagegen.",
             "Finanzminister Bezalel Smotrich sprach von einem Kriegshaushalt.",
             "Die Opposition kritisierte Kürzungen bei Bildung und Gesundheit."]
    pub = "2024-03-14T09:15:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head + " | Israel Nachrichten"),
                                       ("property", "article:published_time", pub)]))
    body = (_nav("Israel Nachrichten", ["Politik", "Wirtschaft", "Kultur", "Archiv"])
            + '<div id="main"><div class="post-58812 post"><h1>' + head + '</h1>'
            '<div class="postmeta">14. März 2024</div>'
            f'<p><strong>{lead}</strong></p>' + _ps(paras)
            + '<p><em>Ulrich W. Sahm</em></p>'
            '<div class="sharedaddy"><p>Teilen mit:</p></div></div></div>'
            + _footer("© Israel Nachrichten"))
    return Page("israelnachrichten", url, _doc("de", f"{head} | Israel Nachrichten", head_html, body),
                {"title": head, "authors": ["Ulrich W. Sahm"], "subtitle": lead,
                 "body": _text(paras), "published": pub, "modified": None})


def mallorcamagazin() -> Page:
    url = "https://www.mallorcamagazin.com/nachrichten/lokales/2024/07/22/123456/touristensteuer-mallorca-erhoehung.html"
    head = "Balearen-Regierung will Touristensteuer im Sommer verdoppeln"
    lead = "In der Hochsaison sollen Urlauber künftig bis zu acht Euro pro Nacht zahlen."
    paras = ["Die Balearen-Regierung plant, die Touristensteuer in den Monaten Juli und August "
             "deutlich anzuheben.",
             "Ministerpräsidentin Marga Prohens stellte die Pläne am Montag in Palma vor.",
             "Hoteliers kritisierten das Vorhaben als schädlich für den Tourismus.",
             "Das Parlament soll im Herbst über die Änderung abstimmen."]
    sub = "Kritik von den Hoteliers"
    pub, mod = "2024-07-22T13:10:00+02:00", "2024-07-22T15:45:00+02:00"
    head_html = (_desc(lead) + _metas([("name", "title", head), ("property", "og:title", head)])
                 + _news_ld(head, pub, mod, ["Sabine Schmid"], "Mallorca Magazin", url))
    body = (_nav("Mallorca Magazin", ["Nachrichten", "Lokales", "Freizeit", "Immobilien"])
            + '<main><article><h1 class="post-title">' + head + '</h1>'
            f'<h2 class="post-subtitle">{lead}</h2>'
            '<div class="post-author">Sabine Schmid | Palma | <time>22.07.2024</time></div>'
            '<figure><img src="/1.jpg" alt=""><figcaption>Urlauber an der Playa de Palma | '
            'Foto: Archiv</figcaption></figure><div id="post-text">' + _ps(paras[:2])
            + f'<h4>{sub}</h4>' + _ps(paras[2:])
            + '</div><div class="post-tags"><ul><li>Tourismus</li><li>Steuern</li></ul></div>'
            '</article></main>' + _footer("© Mallorca Magazin"))
    return Page("mallorcamagazin", url, _doc("de", f"{head} | Mallorca Magazin", head_html, body),
                {"title": head, "authors": ["Sabine Schmid"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": mod})


def sermitsiaq() -> Page:
    url = "https://www.sermitsiaq.ag/samfund/ny-lufthavn-i-nuuk-aabner/2234567"
    head = "Ny lufthavn i Nuuk åbner for internationale fly"
    lead = "Den første direkte flyvning fra København landede torsdag i den nye lufthavn."
    paras = ["Efter fem års byggeri blev den nye landingsbane i Nuuk torsdag taget i brug af et "
             "fly fra Air Greenland.",
             "Landsstyreformand Múte B. Egede kaldte dagen historisk for hele landet.",
             "Turistbranchen forventer flere besøgende allerede næste sommer.",
             "Lufthavnen i Kangerlussuaq skal fremover primært bruges til fragt."]
    sub = "Forventer flere turister"
    pub = "2024-11-28T14:02:00-02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:tag", "lufthavn")])
                 + _news_ld(head, pub, pub, None, "Sermitsiaq.AG", url,
                            extra={"author": [{"@type": "Person", "name": "Anne Jensen og Karl Petersen"}]}))
    body = (_nav("Sermitsiaq.AG", ["Samfund", "Erhverv", "Sport", "Kultur"])
            + '<main><article><div class="articleHeader"><h1 class="headline">' + head + '</h1>'
            f'<h2 class="subtitle ">{lead}</h2>'
            '<div class="byline">Anne Jensen og Karl Petersen <time datetime="' + pub + '">'
            '28. november 2024 kl. 14.02</time></div></div>'
            '<div class="bodytext large-12">' + _ps(paras[:2])
            + '<div class="offer"><h3 class="offer-name">Abonnement</h3><p class="offer-description">'
            'Få adgang til alle artikler for 99 kr. om måneden</p></div>'
            + f'<h3>{sub}</h3>' + _ps(paras[2:])
            + '</div></article></main>' + _footer("© Sermitsiaq.AG"))
    return Page("sermitsiaq", url, _doc("da", f"{head} | Sermitsiaq.AG", head_html, body),
                {"title": head, "authors": ["Anne Jensen", "Karl Petersen"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": pub})


def jtbc() -> Page:
    url = "https://news.jtbc.co.kr/article/article.aspx?news_id=NB12201234"
    head = "서울 아파트값 6주 연속 상승…상승폭 확대"
    paras = ["서울 아파트값이 6주 연속 오르며 상승폭을 키운 것으로 나타났습니다.",
             "한국부동산원에 따르면 이번 주 서울 아파트 매매가격은 지난주보다 0.15% 올랐습니다.",
             "특히 강남 3구와 마포, 성동구의 상승세가 두드러졌습니다.",
             "정부는 시장 상황을 면밀히 지켜보겠다는 입장입니다."]
    pub, mod = "2024-05-09T19:42:00+09:00", "2024-05-09T20:15:00+09:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head),
                                           ("property", "article:published_time", pub),
                                           ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["박민규"], "JTBC", url))
    body = ('<header class="gnb"><a href="/">JTBC 뉴스</a><ul><li>정치</li><li>경제</li><li>사회'
            '</li><li>국제</li></ul></header><main><div class="article_title"><h3 class="title">'
            + head + '</h3><span class="artical_date">입력 2024-05-09 19:42 | 수정 2024-05-09 20:15'
            '</span></div><div class="article_content" id="articlebody">'
            + "<br><br>".join(paras)
            + '</div><div class="reporter">박민규 기자 <a>기자 구독</a></div>'
            '<div class="copyright">Copyright by JTBC(https://jtbc.co.kr) and JTBC Content Hub '
            'Co., Ltd. All Rights Reserved. 무단 전재 및 재배포 금지</div></main>'
            '<footer><p>© JTBC</p></footer>')
    return Page("jtbc", url, _doc("ko", f"{head} | JTBC 뉴스", head_html, body),
                {"title": head, "authors": ["박민규"], "body": _text(paras),
                 "published": pub, "modified": mod})


def chunichi() -> Page:
    url = "https://www.chunichi.co.jp/article/912345"
    head = "名古屋市、敬老パスの対象年齢引き上げを検討"
    paras = ["名古屋市は、高齢者が市バスや地下鉄を割安で利用できる敬老パスについて、対象年齢を"
             "引き上げる検討を始めた。",
             "利用者の増加で市の負担が年々膨らんでいることが背景にある。",
             "市は来年度中に有識者会議を設け、制度の在り方を議論する方針。",
             "高齢者団体からは反対の声も上がっている。"]
    sub = "高齢者団体は反発"
    pub, mod = "2024-06-20T05:00:00+09:00", "2024-06-20T10:31:00+09:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", f"{head}：中日新聞Web")])
                 + _news_ld(head, pub, mod, ["山田太郎記者"], "中日新聞Web", url,
                            extra={"articleSection": "社会"}))
    body = ('<header class="site-header"><a href="/">中日新聞Web</a><nav><ul><li>社会</li><li>政治'
            '</li><li>経済</li><li>スポーツ</li></ul></nav></header><main><div class="article">'
            f'<h1>{head}</h1><div class="date">2024年6月20日 05時00分</div>'
            '<div class="wrap"><div class="image"><img src="/1.jpg" alt=""></div>'
            '<p class="caption">名古屋市役所（資料写真）</p></div>'
            f'<div class="block">{paras[0]}</div><div class="block">{paras[1]}</div>'
            f'<div class="block"><h2>{sub}</h2></div>'
            f'<div class="block">{paras[2]}</div><div class="block">{paras[3]}</div>'
            '<div class="block"><p class="author">（山田太郎）</p></div>'
            '<div class="related"><h3>関連記事</h3><ul><li>市バス運賃値上げへ</li></ul></div>'
            '</div></main><footer><p>Copyright © The Chunichi Shimbun, All Rights Reserved.</p></footer>')
    return Page("chunichi", url, _doc("ja", f"{head}：中日新聞Web", head_html, body),
                {"title": head, "authors": ["山田太郎"],
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": mod})


# ---------------------------------------------------------------------------------------------
# Portugal, southern Africa, Canada


def portugalnews() -> Page:
    url = "https://www.theportugalnews.com/news/2024-03-11/ad-wins-portuguese-election/87654"
    head = "AD wins Portuguese election by narrow margin"
    lead = "The centre-right Democratic Alliance won Sunday's snap election but fell well short of a majority."
    paras = ["The Democratic Alliance (AD), led by Luís Montenegro, won 79 seats in the 230-seat "
             "parliament, just ahead of the Socialist Party with 77.",
             "The far-right Chega party quadrupled its representation to 48 seats.",
             "Montenegro has repeatedly ruled out a coalition with Chega.",
             "The President is expected to invite him to form a government later this month."]
    sub = "Chega surges"
    pub = "2024-03-11T09:20:00+00:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head)])
                 + _ld({"@context": "https://schema.org", "@type": "NewsArticle",
                        "headline": head, "datePublished": pub,
                        "publisher": {"@type": "Organization", "name": "The Portugal News"}}))
    body = (_en_nav("The Portugal News", ["News", "Business", "Lifestyle", "Property"])
            + '<main><div class="container"><h1 class="fw-bold">' + head + '</h1>'
            f'<div class="fs-4 font-semibold mb-3">{lead}</div>'
            '<div class="row"><div class="col-lg-10 order-lg-1"><p>By Kim Gouveia, in News · '
            '11 Mar 2024 · 1 Comments</p></div></div>'
            '<div class="article-body">' + _ps(paras[:2]) + f'<p><b>{sub}</b></p>' + _ps(paras[2:])
            + '<p>&nbsp;</p></div><div class="author-bio"><p>Kim Gouveia is a journalist based '
            'in the Algarve.</p></div></div></main>' + _en_footer("© 2024 The Portugal News"))
    return Page("portugalnews", url, _doc("en", f"{head} | The Portugal News", head_html, body),
                {"title": head, "authors": ["Kim Gouveia"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": None})


def namibian() -> Page:
    url = "https://www.namibian.com.na/windhoek-water-restrictions-extended/"
    head = "Windhoek water restrictions extended as dam levels drop"
    lead = "The City of Windhoek has extended water restrictions until the end of the rainy season."
    paras = ["The municipality said dam levels supplying the capital stood at 28% on Monday, "
             "compared to 41% at the same time last year.",
             "Residents who exceed their allocation will face penalty tariffs, city spokesperson "
             "Harold Akwenye said.",
             "NamWater said it was drilling additional boreholes to supplement supply."]
    pub, mod = "2024-02-13T10:05:00+02:00", "2024-02-13T10:40:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", f"{head} - The Namibian"),
                                       ("property", "article:published_time", pub),
                                       ("property", "article:modified_time", mod)])
                 + _ld({"@context": "https://schema.org", "@graph": [
                     {"@type": "NewsArticle", "headline": head, "datePublished": pub,
                      "dateModified": mod, "author": {"@id": "#p1"}},
                     {"@type": "Person", "@id": "#p1", "name": "Eliaser Ndeyanale"}]}))
    body = (_en_nav("The Namibian", ["News", "Business", "Sport", "Opinion"])
            + '<main><article><h1 class="tdb-title-text">' + head + '</h1>'
            '<div class="tdb-author-name">Eliaser Ndeyanale</div><time class="entry-date" '
            'datetime="' + pub + '">February 13, 2024</time>'
            '<div class="td-post-content entry-content">'
            f'<p><strong>{lead}</strong></p>' + _ps(paras[:2])
            + '<p><strong>Stay informed with The Namibian – your source for credible journalism. '
            'Get in-depth reporting and opinions for only N$85 a month.</strong></p>'
            + _ps(paras[2:]) + '</div></article></main>'
            + _en_footer("© 2024 The Namibian. All rights reserved."))
    return Page("namibian", url, _doc("en", f"{head} - The Namibian", head_html, body),
                {"title": head, "authors": ["Eliaser Ndeyanale"], "subtitle": lead,
                 "body": _text(paras), "published": pub, "modified": mod})


def iol() -> Page:
    url = "https://iol.co.za/news/politics/2024-06-14-cyril-ramaphosa-re-elected-president/"
    head = "Cyril Ramaphosa re-elected President by National Assembly"
    paras = ["Cyril Ramaphosa was re-elected as President of South Africa by the National "
             "Assembly on Friday night after the ANC struck a deal with the DA.",
             "He received 283 votes against 44 for EFF leader Julius Malema.",
             "The vote followed a marathon first sitting of the seventh Parliament in Cape Town.",
             "Ramaphosa is expected to be inaugurated in Pretoria next week."]
    pub, mod = "2024-06-14T23:10:00+02:00", "2024-06-15T07:45:00+02:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head),
                                           ("name", "keywords", "ANC, DA, Parliament")])
                 + _news_ld(head, pub, mod, ["Mayibongwe Maqhina"], "IOL", url))
    body = (_en_nav("IOL", ["News", "Business", "Sport", "Lifestyle"])
            + '<main><div class="article_content__Ag4R_"><h1>' + head + '</h1>'
            '<div class="article_byline">Mayibongwe Maqhina | Published 14 June 2024</div>'
            '<div class="image_image-widget__LYZT4"><img src="/1.jpg" alt=""><p>President Cyril '
            'Ramaphosa. Image: GCIS</p></div>'
            '<div class="text_text__oJhZK">' + _ps(paras[:2]) + '</div>'
            '<div class="related_related__x"><p>RELATED</p><a href="/x">GNU talks: What we know</a></div>'
            '<div class="text_text__oJhZK">' + _ps(paras[2:])
            + '<p>Political Bureau</p></div><div class="tags_tags__zi1sf"><a>ANC</a><a>DA</a></div>'
            '</div><aside class="article_sidebar__qgf5d"><p>Trending</p></aside></main>'
            + _en_footer("© 2024 Independent Online"))
    return Page("iol", url, _doc("en-ZA", f"{head} | IOL", head_html, body),
                {"title": head, "authors": ["Mayibongwe Maqhina"], "body": _text(paras),
                 "published": pub, "modified": mod})


def lesothotimes() -> Page:
    url = "https://lestimes.co.ls/govt-unveils-new-youth-employment-plan/"
    head = "Govt unveils new youth employment plan"
    lead = "Scheme to create 10 000 jobs over three years"
    paras = ["THE government has unveiled a new youth employment plan that it says will create "
             "10 000 jobs over the next three years.",
             "Prime Minister Sam Matekane announced the plan at a rally in Maseru on Saturday.",
             "The plan targets young people in agriculture, textiles and information technology.",
             "Opposition parties said similar promises had been made before."]
    sub = "Opposition sceptical"
    pub = "2024-09-02T06:30:00+02:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head)])
                 + _news_ld(head, pub, None, None, "Lesotho Times", url,
                            extra={"author": {"@type": "Person", "name": "Lesotho Times"}}))
    body = (_en_nav("Lesotho Times", ["News", "Business", "Sport", "Opinion"])
            + '<main><article><header><h1 class="entry-title">' + head + '</h1>'
            '<span class="posted-on">September 2, 2024</span></header>'
            '<div class="feature-postimg"><img src="/1.jpg" alt=""></div>'
            '<div class="entry-content">'
            f'<p><strong><em>{lead}</em></strong></p><p><strong>Mohalenyane Phakela</strong></p>'
            + _ps(paras[:2]) + '<p><span>&nbsp;</span></p>' + f'<p><strong>{sub}</strong></p>'
            + _ps(paras[2:]) + '</div></article></main>'
            + _en_footer("© 2024 Lesotho Times"))
    return Page("lesothotimes", url, _doc("en", f"{head} – Lesotho Times", head_html, body),
                {"title": head, "authors": ["Mohalenyane Phakela"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": None})


def _postmedia(site: str, url: str, head: str, lead: str, paras: list[str], sub: str,
               author: str, pub: str, mod: str, slug: str) -> Page:
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub),
                                       ("property", "article:modified_time", mod),
                                       ("name", "author", author)])
                 + _news_ld(head, pub, mod, [author], site, url))
    body = (_en_nav(site, ["News", "Business", "Sports", "Opinion", "Life"])
            + '<main><article class="article-content"><header class="article-header">'
            f'<h1 class="article-title">{head}</h1><p class="article-subtitle">{lead}</p>'
            '<div class="published-by"><span class="published-by__author"><a href="/author/x">'
            f'{author}</a></span><span class="published-date__since">Published '
            f'{pub[:10]}</span><span class="published-date__updated">Last updated {mod[:10]}'
            '</span><span>2 minute read</span></div></header>'
            '<div class="story-v2-content-element-inline">' + _ps(paras[:2])
            + '<p>— Advertisement story continues below —</p>'
            + f'<h3>{sub}</h3>' + _ps(paras[2:])
            + '<p><em>Our website is the place for the latest breaking news, exclusive scoops, '
            'longreads and provocative commentary.</em></p></div>'
            '<div class="article-content__share-group">Share this article in your social network'
            '</div></article></main>' + _en_footer(f"© 2024 {site}, a division of Postmedia Network Inc."))
    return Page(slug, url, _doc("en", f"{head} | {site}", head_html, body),
                {"title": head, "authors": [author], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": mod})


def financialpost() -> Page:
    return _postmedia(
        "Financial Post",
        "https://financialpost.com/news/economy/canada-jobs-report-unemployment-rate-may",
        "Canada's unemployment rate rises to 6.2% as job growth lags population",
        "Economy added 27,000 jobs in May, but not enough to keep pace with immigration",
        ["Canada's unemployment rate climbed to 6.2 per cent in May, the highest level in more "
         "than two years, Statistics Canada said Friday.",
         "The economy added 26,700 jobs, beating expectations, but the labour force grew faster.",
         "Economists said the data supported a second interest rate cut by the Bank of Canada "
         "in July.",
         "Wage growth accelerated to 5.1 per cent year over year."],
        "Rate cut expectations", "Jordan Gowling",
        "2024-06-07T09:12:00-04:00", "2024-06-07T14:30:00-04:00", "financialpost")


def theprovince() -> Page:
    return _postmedia(
        "The Province",
        "https://theprovince.com/news/local-news/vancouver-skytrain-expansion-surrey-langley",
        "SkyTrain extension to Langley gets final funding approval",
        "Project expected to open to riders in 2029, TransLink says",
        ["The federal and provincial governments have signed off on the final funding for the "
         "Surrey-Langley SkyTrain extension.",
         "The 16-kilometre line will add eight new stations along Fraser Highway.",
         "TransLink says construction of the elevated guideway will begin this summer.",
         "The total cost of the project is estimated at $6 billion."],
        "Construction to begin this summer", "Jennifer Saltman",
        "2024-04-25T16:05:00-07:00", "2024-04-25T18:45:00-07:00", "theprovince")


BUILDERS = [freitag, deutschlandfunk, frankfurterrundschau, abendblatt, krautreporter, rponline,
            sportschau, winfuture, zdf, mz, postillon, motorsportmagazin, titanic, wochenblatt,
            israelnachrichten, mallorcamagazin, sermitsiaq, jtbc, chunichi, portugalnews,
            namibian, iol, lesothotimes, financialpost, theprovince]


def pages() -> Iterator[Page]:
    for build in BUILDERS:
        yield build()


__all__ = ["BUILDERS", "Page", "ablated", "pages"]
