# ruff: noqa: E501
"""Look-alike article pages of publishers the Fundus library (flairNLP/fundus) has a parser
for, that neither the dev corpus, fixtures/generic nor the other look-alike sets cover. Each
page is written from the structure its Fundus parser's selectors imply (summary/lead
containers, the body split over several blocks, sub-headlines, where authors and dates sit)
and from what the site printed around 2023-2025: head metadata as the site prints it,
including where it is incomplete or contradicts the page; printed header; the body with its
in-text boilerplate. Each comes with the record a careful reader would write; its standfirst
is the `subtitle` (the project keeps it out of the body, docs/quality.md), the body the text
after it.

`pages()` yields `publisher_pages.Page`s; `ablated` (from `tests.publisher_pages`) strips
the metadata. `python -m tests.fundus_measure -v` prints the figures.
"""

from __future__ import annotations

from collections.abc import Iterator

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


def _desc(text: str) -> str:
    """The description <meta>s sites print: the standfirst, else the opening of the text."""
    text = text if len(text) <= 160 else text[:157].rsplit(" ", 1)[0] + " …"
    return _metas([("name", "description", text), ("property", "og:description", text)]) + "\n"


# ---------------------------------------------------------------------------------------------
# Germany


def spiegel() -> Page:
    url = ("https://www.spiegel.de/wirtschaft/unternehmen/lufthansa-verdi-streik-"
           "bodenpersonal-a-7d1c3e2f-1a2b-4c5d-9e8f-0a1b2c3d4e5f")
    kicker, head = "Tarifkonflikt bei der Lufthansa", "Verdi ruft erneut zum Warnstreik auf"
    lead = ("Für Passagiere der Lufthansa wird es erneut ungemütlich: Das Bodenpersonal soll am "
            "Mittwoch die Arbeit niederlegen. Hunderte Flüge dürften ausfallen.")
    paras = ["Die Gewerkschaft Verdi hat das Bodenpersonal der Lufthansa an mehreren Flughäfen "
             "zu einem ganztägigen Warnstreik aufgerufen. Betroffen seien Frankfurt, München, "
             "Hamburg, Berlin und Düsseldorf, teilte die Gewerkschaft mit.",
             "Die Lufthansa kritisierte den Schritt als unnötige Eskalation. Man habe ein "
             "verbessertes Angebot vorgelegt, sagte ein Sprecher.",
             "Verdi fordert für die rund 25.000 Beschäftigten 12,5 Prozent mehr Lohn bei einer "
             "Laufzeit von zwölf Monaten.",
             "Die Verhandlungen sollen in der kommenden Woche in Frankfurt fortgesetzt werden."]
    sub = "Dritte Verhandlungsrunde ohne Ergebnis"
    pub, mod = "2024-02-05T09:12:44+01:00", "2024-02-05T11:30:02+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", f"{kicker}: {head}"),
                         ("property", "og:site_name", "DER SPIEGEL"),
                         ("name", "author", "DER SPIEGEL"),
                         ("name", "date", pub), ("name", "last-modified", mod)])
                 + _news_ld(f"{kicker}: {head}", pub, mod, None, "DER SPIEGEL", url,
                            extra={"author": [{"@type": "Person", "name": "Benjamin Bidder"},
                                              {"@type": "Organization", "name": "DER SPIEGEL"}]}))

    def block(ps: list[str]) -> str:
        return ('<section class="relative" data-area="text"><div class="RichText word-wrap">'
                + _ps(ps) + '</div></section>')

    body = (_nav("DER SPIEGEL", ["Politik", "Ausland", "Wirtschaft", "Panorama", "Sport"])
            + '<main id="Inhalt"><article aria-label="' + head + '"><header data-area="intro">'
            '<h2><span class="text-primary-base">' + kicker + '</span><span class="hidden">: '
            '</span><span class="align-middle">' + head + '</span></h2>'
            '<div class="leading-loose lg:text-xl">' + lead + '</div>'
            '<div class="font-sansUI"><a href="/impressum/autor-1234">Benjamin Bidder</a></div>'
            '<time datetime="2024-02-05 09:12:44" class="timeformat">05.02.2024, 09.12 Uhr</time>'
            '</header>'
            '<figure><img src="/images/1.jpg" alt=""><figcaption><p>Lufthansa-Maschinen in '
            'Frankfurt</p><span>Foto: Boris Roessler / dpa</span></figcaption></figure>'
            + block(paras[:2])
            + '<section data-area="related_articles"><div class="word-wrap"><p>Mehr zum Thema'
            '</p><ul><li><a href="/x">Streiks bei der Bahn: Was Fahrgäste wissen müssen</a></li>'
            '</ul></div></section>'
            + '<section class="relative" data-area="text"><div class="RichText word-wrap">'
            f'<h3>{sub}</h3>' + _ps(paras[2:3]) + '</div></section>'
            + '<div data-area="ad_container"><p>Anzeige</p></div>' + block(paras[3:])
            + '<div data-area="contentbox"><div class="word-wrap"><p>Hier finden Sie alle '
            'Artikel zum Thema Streik.</p></div></div>'
            '<footer data-area="article_footer"><p>bbi/dpa/Reuters</p></footer></article></main>'
            + _footer("© DER SPIEGEL GmbH & Co. KG"))
    return Page("spiegel", url, _doc("de", f"{kicker}: {head} - DER SPIEGEL", head_html, body),
                {"title": f"{kicker}: {head}", "authors": ["Benjamin Bidder"],
                 "subtitle": lead, "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": mod})


def faz() -> Page:
    url = ("https://www.faz.net/aktuell/politik/inland/bundestag-beschliesst-cannabis-"
           "gesetz-19551234.html")
    head = "Bundestag beschließt Teillegalisierung von Cannabis"
    lead = ("Vom 1. April an sollen Besitz und Anbau von Cannabis für Erwachsene in begrenzten "
            "Mengen erlaubt sein. Die Union kündigt an, das Gesetz rückgängig zu machen.")
    paras = ["Der Bundestag hat am Freitag die teilweise Legalisierung von Cannabis beschlossen. "
             "Für das Gesetz stimmten 407 Abgeordnete, 226 votierten dagegen.",
             "Gesundheitsminister Karl Lauterbach verteidigte das Vorhaben in der Debatte. Die "
             "bisherige Drogenpolitik sei gescheitert, sagte der SPD-Politiker.",
             "Der Bundesrat befasst sich im März mit dem Gesetz. Es ist dort nicht "
             "zustimmungspflichtig, die Länder könnten aber den Vermittlungsausschuss anrufen."]
    sub = "Länder könnten das Verfahren verzögern"
    pub = "2024-02-23T14:02:11+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                         ("property", "og:site_name", "FAZ.NET"),
                         ("name", "author", "Frankfurter Allgemeine Zeitung GmbH"),
                         ("property", "article:published_time", pub)])
                 + _news_ld(head, pub, "2024-02-23T14:02:11+01:00", None, "FAZ", url,
                            extra={"author": [{"@type": "Person", "name": "Helene Bubrowski"},
                                              {"@type": "Person", "name": "Berlin"}]}))
    body = (_nav("FAZ", ["Politik", "Wirtschaft", "Finanzen", "Feuilleton", "Sport"])
            + '<main><article class="article"><header class="header">'
            '<span class="header-label">Cannabis-Gesetz</span>'
            f'<h1 class="header-title">{head}</h1>'
            f'<div class="header-teaser">{lead}</div>'
            '<div class="author-meta"><span>Von </span><a href="/redaktion/helene-bubrowski/">'
            'Helene Bubrowski</a><span>, Berlin</span></div>'
            '<time datetime="' + pub + '">23.02.2024, 14:02</time>'
            '<div class="header-sharing"><button>Artikel teilen</button><button>Merken</button>'
            '<span>Lesezeit: 3 Min.</span></div></header>'
            '<div class="body-elements">' + _ps(paras[:2], "body-elements__paragraph")
            + '<div class="body-elements__ad"><p>Anzeige</p></div>'
            + f'<h3>{sub}</h3>' + _ps(paras[2:], "body-elements__paragraph")
            + '<p class="body-elements__paragraph"><i>Quelle: F.A.Z.</i></p></div>'
            '<div class="tags"><div> Schlagworte: <a>Cannabis</a><a>Karl Lauterbach</a>'
            '<a>Alle Themen</a></div></div>'
            '<div class="paywall-teaser"><p>Jetzt weiterlesen mit F+: 30 Tage kostenlos</p>'
            '</div></article></main>' + _footer("© Frankfurter Allgemeine Zeitung GmbH 2024"))
    return Page("faz", url, _doc("de", f"{head} | FAZ", head_html, body),
                {"title": head, "authors": ["Helene Bubrowski"],
                 "subtitle": lead, "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": None})


def welt() -> Page:
    url = ("https://www.welt.de/wirtschaft/article250412345/Heizungsgesetz-Foerderung-"
           "Antraege.html")
    head = "Ansturm auf die Heizungsförderung bleibt aus"
    lead = ("Seit Ende Februar können Hausbesitzer Zuschüsse für den Einbau einer Wärmepumpe "
            "beantragen. Die Zahl der Anträge liegt deutlich unter den Erwartungen.")
    paras = ["Bei der staatlichen Förderbank KfW sind in den ersten vier Wochen rund 12.000 "
             "Anträge auf Heizungsförderung eingegangen. Das geht aus einer Antwort des "
             "Wirtschaftsministeriums hervor.",
             "Branchenverbände sprechen von einer anhaltenden Verunsicherung der Verbraucher.",
             "Das Ministerium verweist darauf, dass viele Eigentümer zunächst Angebote von "
             "Handwerksbetrieben einholten. Ein Anstieg sei im Frühjahr zu erwarten."]
    pub, mod = "2024-03-27T05:00:00Z", "2024-03-27T07:42:00Z"
    head_html = (_desc(lead) + _metas([("property", "og:title", head + " - WELT"),
                         ("name", "date", pub),
                         ("name", "last-modified", mod),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, None, "WELT", url,
                            extra={"author": [{"@type": "Person", "name": "Philipp Vetter"},
                                              {"@type": "Person", "name": "WELT"}]}))
    body = (_nav("WELT", ["Politik", "Wirtschaft", "Sport", "Kultur", "Meinung"])
            + '<main><article class="c-article-page">'
            '<div class="c-article-page__topic"><span>Heizungsgesetz</span></div>'
            f'<h2 class="c-article-page__headline">{head}</h2>'
            f'<div class="c-article-page__intro">{lead}</div>'
            '<div class="c-author"><span>Von </span><a href="/autor/philipp-vetter/">'
            'Philipp Vetter</a><span class="c-author__title">Wirtschaftsredakteur</span></div>'
            '<div class="c-publish-date">Veröffentlicht am 27.03.2024</div>'
            '<div class="c-rich-text-renderer c-rich-text-renderer--article">'
            + _ps(paras[:2])
            + '<p></p><div class="c-inline-teaser"><p>Lesen Sie auch</p><a href="/x">'
            'Wärmepumpen: So viel kostet der Einbau wirklich</a></div>'
            + _ps(paras[2:]) + '<p>'
            '</p></div><div class="c-premium-box"><p>WELTplus Artikel. Jetzt 30 Tage gratis '
            'testen.</p></div><div class="c-article-actions"><button>Teilen</button><button>'
            'Kommentare</button></div></article></main> '
            + _footer("© WELT - Ein Angebot der Axel Springer Deutschland GmbH"))
    return Page("welt", url, _doc("de", head + " - WELT", head_html, body),
                {"title": head, "authors": ["Philipp Vetter"],
                 "subtitle": lead, "body": "\n\n".join([*paras]),
                 "published": "2024-03-27T06:00:00+01:00",
                 "modified": "2024-03-27T08:42:00+01:00"})


def bild() -> Page:
    url = ("https://www.bild.de/politik/inland/ampel-streit-um-haushalt-lindner-und-habeck-"
           "65f1a2b3c4d5e6f7a8b9c0d1")
    kicker, head = "Milliarden-Loch im Haushalt", "Lindner und Habeck streiten über Sparliste"
    lead = ("Die Ampel steht vor dem nächsten großen Streit: Im Haushalt 2025 fehlen Milliarden "
            "– und die Minister können sich nicht einigen, wo gespart werden soll.")
    paras = ["Finanzminister Christian Lindner (FDP) hat seinen Kabinettskollegen eine Liste "
             "mit möglichen Einsparungen vorgelegt. Wirtschaftsminister Robert Habeck (Grüne) "
             "lehnt zentrale Punkte ab.",
             "Nach BILD-Informationen geht es um Subventionen im Energiebereich und um "
             "Förderprogramme für die Industrie.",
             "Kanzler Olaf Scholz (SPD) will bis Anfang Juli eine Einigung erzielen."]
    sub = "Das sagt der Kanzler"
    pub, mod = "2024-06-12T18:45:31.000+02:00", "2024-06-12T21:10:04.000+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", f"{kicker}: {head}"),
                         ("property", "og:site_name", "bild.de"),
                         ("property", "og:url", url)])
                 + _news_ld(f"{kicker}: {head}", pub, mod, ["Peter Tiede", "Nadja Aswad"],
                            "BILD", url))
    body = (_nav("BILD", ["News", "Politik", "Geld", "Unterhaltung", "Sport"])
            + '<main><article class="article-view"><div data-key="article">'
            '<h2 class="document-title"><span class="document-title__kicker">' + kicker
            + '</span><span class="document-title__headline">' + head + '</span></h2>'
            '<div class="authors"><span class="authors__name">Von: PETER TIEDE und NADJA ASWAD'
            '</span></div>'
            f'<time class="datetime" datetime="{pub}">12.06.2024 - 18:45 Uhr</time>'
            '<figure><img src="/img/x.jpg" alt=""><figcaption>Lindner und Habeck im Bundestag '
            '<span>Foto: Kay Nietfeld/dpa</span></figcaption></figure>'
            '<div class="article-body">' + f'<p><b>{lead}</b></p>' + _ps(paras[:2])
            + '<p><strong>Lesen Sie auch</strong></p>'
            '<div class="related-topics"><a href="/x">Ampel-Krach um Bürgergeld</a></div>'
            + f'<h2>{sub}</h2>' + _ps(paras[2:])
            + '</div><div class="share-bar"><button>Teilen</button><button>Kommentieren'
            '</button></div></div></article></main>'
            + _footer("© BILD GmbH. Alle Rechte vorbehalten."))
    return Page("bild", url, _doc("de", f"{kicker}: {head} | Politik | BILD.de", head_html, body),
                {"title": f"{kicker}: {head}", "authors": ["Peter Tiede", "Nadja Aswad"],
                 "body": "\n\n".join([lead, *paras[:2], sub, *paras[2:]]),
                 "published": "2024-06-12T18:45:31+02:00",
                 "modified": "2024-06-12T21:10:04+02:00"})


def tonline() -> Page:
    url = "https://www.t-online.de/nachrichten/deutschland/id_100345678/hochwasser-in-bayern.html"
    head = "Lage in Hochwassergebieten bleibt angespannt"
    lead = ("Nach tagelangem Regen stehen in Teilen Bayerns ganze Ortschaften unter Wasser. "
            "Tausende Menschen mussten ihre Häuser verlassen.")
    paras = ["In den Hochwassergebieten in Bayern und Baden-Württemberg bleibt die Lage "
             "angespannt. An mehreren Flüssen wurden die Höchststände noch nicht erreicht, "
             "teilte der Hochwassernachrichtendienst mit.",
             "Im Landkreis Günzburg brach ein Damm. Die Einsatzkräfte brachten Bewohner mit "
             "Booten und Hubschraubern in Sicherheit.",
             "Bundeskanzler Olaf Scholz kündigte an, die betroffenen Regionen am Montag zu "
             "besuchen."]
    sub = "Kanzler will Region besuchen"
    pub, mod = "2024-06-02T10:21:00+02:00", "2024-06-02T14:55:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                         ("property", "og:site_name", "t-online"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, None, "t-online", url,
                            extra={"author": [{"@type": "Organization", "name": "t-online"},
                                              {"@type": "Organization", "name": "dpa"},
                                              {"@type": "Organization", "name": "AFP"}]}))
    body = (_nav("t-online", ["Nachrichten", "Sport", "Unterhaltung", "Finanzen", "Regional"])
            + '<main><article><header><div class="text-14">Unwetter in Süddeutschland</div>'
            f'<div data-external-article-headline="true"><h1>{head}</h1></div>'
            '<div class="byline"><span>Von </span><span>t-online, dpa, AFP</span></div>'
            '<div class="date"><span>Aktualisiert am 02.06.2024 - 14:55 Uhr</span>'
            '<span>Lesedauer: 2 Min.</span></div></header>'
            '<div data-testid="ArticleBody.StreamLayout">'
            f'<p class="font-bold text-18 leading-17">{lead}</p>'
            + _ps(paras[:2], "text-18 leading-17")
            + '<div class="inline-teaser"><p class="text-14">Mehr zum Thema</p><a href="/x">'
            'Hochwasser-Liveblog: Alle Entwicklungen</a></div>'
            + f'<h3>{sub}</h3>' + _ps(paras[2:], "text-18 leading-17")
            + '<p class="text-14">Verwendete Quellen: Nachrichtenagenturen dpa und AFP</p>'
            '</div></article></main>' + _footer("© Ströer Digital Publishing GmbH"))
    return Page("tonline", url, _doc("de", head + " | t-online", head_html, body),
                {"title": head, "authors": [],
                 "body": "\n\n".join([lead, *paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": mod})


def ndr() -> Page:
    url = "https://www.ndr.de/nachrichten/hamburg/Hafen-Hamburg-Umschlag-sinkt,hafen1234.html"
    head = "Hamburger Hafen: Umschlag sinkt erneut"
    lead = ("Der Hamburger Hafen hat 2023 weniger Container umgeschlagen als im Vorjahr. "
            "Die Hafenwirtschaft hofft auf die Elbvertiefung.")
    paras = ["Im vergangenen Jahr wurden im Hamburger Hafen 7,7 Millionen Standardcontainer "
             "umgeschlagen, ein Minus von 6,9 Prozent. Das teilte Hafen Hamburg Marketing am "
             "Dienstag mit.",
             "Als Gründe nannte der Verein die schwache Weltkonjunktur und die Folgen des "
             "Kriegs in der Ukraine."]
    items = ["Containerumschlag: minus 6,9 Prozent", "Massengut: minus 3,1 Prozent"]
    sub = "Konkurrenz aus Rotterdam und Antwerpen"
    paras2 = ["Die Konkurrenzhäfen Rotterdam und Antwerpen verloren ebenfalls, allerdings "
              "weniger stark als Hamburg."]
    pub = "2024-02-20T11:05:00+01:00"
    head_html = (_desc(lead) + _metas([("name", "title", head),
                         ("property", "og:title", head),
                         ("name", "date", pub)])
                 + _news_ld(head, pub, None, None, "NDR", url,
                            extra={"author": {"@type": "Organization", "name": "NDR"}}))
    body = (_nav("NDR", ["Nachrichten", "Hamburg", "Niedersachsen", "Sport", "Ratgeber"])
            + '<main><article><header><h1>' + head + '</h1>'
            '<div class="lastchanged">Stand: 20.02.2024 11:05 Uhr</div></header>'
            f'<p class="preface">{lead}</p>'
            '<div class="modulepadding">' + _ps(paras)
            + '<ol>' + "".join(f"<li>{i}</li>" for i in items) + '</ol>'
            + '<div class="teaser"><p>Mehr zum Thema</p><a href="/x">Elbvertiefung: '
            'Schlick sorgt für Probleme</a></div>'
            + f'<h2>{sub}</h2>' + _ps(paras2)
            + '<p class="audio">Dieses Thema im Programm: NDR 90,3 | Nachrichten | '
            '20.02.2024 | 11:00 Uhr</p></div>'
            '<div class="tags"><p>Schlagwörter zu diesem Artikel</p><a>Hafen</a></div>'
            '</article></main>' + _footer("© NDR"))
    return Page("ndr", url, _doc("de", head + " | NDR.de - Nachrichten - Hamburg", head_html,
                                 body),
                {"title": head, "authors": [],
                 "subtitle": lead, "body": "\n\n".join([*paras, *items, sub, *paras2]),
                 "published": pub, "modified": None})


def jungewelt() -> Page:
    url = "https://www.jungewelt.de/artikel/470123.tarifkampf-streik-im-einzelhandel.html"
    head = "Streik im Einzelhandel"
    lead = "Verdi ruft Beschäftigte in mehreren Bundesländern zu Arbeitsniederlegungen auf"
    paras = ["Im Tarifkonflikt im Einzelhandel hat die Gewerkschaft Verdi am Freitag erneut "
             "zu Streiks aufgerufen. Betroffen waren Filialen großer Handelsketten in "
             "Nordrhein-Westfalen, Bayern und Berlin.",
             "Die Unternehmen hätten seit Monaten kein verhandlungsfähiges Angebot vorgelegt, "
             "kritisierte eine Gewerkschaftssprecherin.",
             "Der Handelsverband wies die Vorwürfe zurück."]
    sub = "Angebot abgelehnt"
    pub = "2024-03-08T19:30:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                         ("name", "Author", "Susanne Knütter"),
                         ("property", "og:site_name", "junge Welt")])
                 + _news_ld(head, pub, None, None, "junge Welt", url))
    body = (_nav("junge Welt", ["Schwerpunkt", "Inland", "Ausland", "Feuilleton", "Sport"])
            + '<main><article><div class="row"><div class="col-md-8 mx-auto">'
            '<h2 class="Kicker">Tarifkampf</h2>'
            f'<h1>{head}</h1><p class="teaser lead">{lead}</p>'
            '<p class="Author">Von Susanne Knütter</p>'
            '<p class="Date">Aus: Ausgabe vom 09.03.2024, Seite 5 / Inland</p></div></div>'
            '<div class="row"><div class="col-md-8 mx-auto">' + _ps(paras[:2])
            + f'<h3>{sub}</h3>' + _ps(paras[2:]) + '</div></div>'
            '<div class="row"><div class="col-md-8 mx-auto mt-4 bg-light">'
            '<p>Solidarität statt Konkurrenz: Mit einem Abonnement der jungen Welt unterstützen '
            'Sie unabhängigen Journalismus.</p><p><a href="/abo">Jetzt abonnieren</a></p>'
            '</div></div></article></main>' + _footer("© Verlag 8. Mai GmbH"))
    return Page("jungewelt", url, _doc("de", head + " (Tageszeitung junge Welt)", head_html,
                                       body),
                {"title": head, "authors": ["Susanne Knütter"],
                 "subtitle": lead, "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": None})


def golem() -> Page:
    url = "https://www.golem.de/news/raspberry-pi-5-neues-modell-mit-pcie-2403-183456.html"
    kicker, head = "Raspberry Pi 5", "Neues Modell bekommt mehr Arbeitsspeicher"
    lead = ("Die Raspberry Pi Foundation bringt eine Variante mit 16 GByte RAM. Der Preis "
            "steigt deutlich.")
    paras = ["Die Raspberry Pi Foundation hat eine neue Variante des Raspberry Pi 5 vorgestellt. "
             "Sie verfügt über 16 GByte Arbeitsspeicher und ist ab sofort erhältlich.",
             "Bislang war der Einplatinenrechner mit maximal 8 GByte erhältlich. Die neue "
             "Version kostet rund 120 US-Dollar.",
             "Laut Hersteller richtet sich das Modell vor allem an Entwickler, die große "
             "Softwareprojekte direkt auf dem Gerät kompilieren."]
    pub = "2024-03-14T12:01:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", f"{kicker}: {head}"),
                         ("name", "author", "Oliver Nickel"),
                         ("property", "article:published_time", pub)])
                 + _news_ld(f"{kicker}: {head}", pub, None, ["Oliver Nickel"], "Golem.de", url))
    body = (_nav("Golem.de", ["Home", "Ticker", "Specials", "Karriere", "Podcast"])
            + '<main><article><header class="cluster-header"><h1>'
            f'<span class="head1">{kicker}</span><span class="head2">{head}</span></h1>'
            f'<p>{lead}</p><div class="authors"><span>14. März 2024, 12:01 Uhr</span>, '
            '<a rel="author" href="/specials/oliver-nickel/">Oliver Nickel</a></div></header>'
            '<figure><img src="/1.jpg" alt=""><figcaption>Der Raspberry Pi 5 (Bild: '
            'Raspberry Pi Foundation)</figcaption></figure>'
            '<div class="formatted">' + _ps(paras[:2])
            + '<div class="iqadtile"><p>Anzeige</p></div>'
            '<div class="gbox_affiliate"><p>Raspberry Pi 5 jetzt bei Amazon kaufen (Affiliate-Link)'
            '</p></div>' + _ps(paras[2:]) + '</div>'
            '<div class="tags"><p>Golem Karrierewelt: Linux-Administration Workshop</p></div>'
            '<div class="comments"><p>Zu den Kommentaren (42)</p></div></article></main>'
            + _footer("© 1997-2024 Golem.de. Alle Rechte vorbehalten."))
    return Page("golem", url, _doc("de", f"{kicker}: {head} - Golem.de", head_html, body),
                {"title": f"{kicker}: {head}", "authors": ["Oliver Nickel"],
                 "subtitle": lead, "body": "\n\n".join([*paras]), "published": pub, "modified": None})


def netzpolitik() -> Page:
    url = "https://netzpolitik.org/2024/chatkontrolle-eu-rat-vertagt-abstimmung/"
    head = "EU-Rat vertagt Abstimmung über Chatkontrolle"
    lead = ("Die belgische Ratspräsidentschaft hat die geplante Abstimmung kurzfristig von der "
            "Tagesordnung genommen. Eine Mehrheit war nicht in Sicht.")
    paras = ["Die Abstimmung über die umstrittene Chatkontrolle im Rat der EU ist erneut "
             "verschoben worden. Das bestätigte ein Sprecher der Ratspräsidentschaft.",
             "Mehrere Mitgliedstaaten, darunter Deutschland und Österreich, hatten Bedenken "
             "gegen den Kompromissvorschlag angemeldet.",
             "Bürgerrechtsorganisationen begrüßten die Entscheidung als Etappensieg."]
    pub, mod = "2024-06-20T13:12:40+00:00", "2024-06-20T15:01:12+00:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                         ("property", "og:type", "article"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod),
                         ("name", "author", "Markus Reuter")])
                 + _ld({"@context": "https://schema.org", "@graph": [
                     {"@type": "WebPage", "@id": url, "datePublished": pub,
                      "dateModified": mod, "name": head},
                     {"@type": "Person", "name": "Markus Reuter"}]}))
    body = (_nav("netzpolitik.org", ["Überwachung", "Datenschutz", "Netzpolitik", "Spenden"])
            + '<main><article class="post"><header class="entry-header">'
            '<div class="entry-meta"><span class="entry-category">Chatkontrolle</span></div>'
            f'<h1 class="entry-title">{head}</h1>'
            f'<div class="entry-excerpt"><p>{lead}</p></div>'
            '<div class="entry-meta"><span class="entry-date">20.06.2024 um 15:12 Uhr</span> - '
            '<a class="author" href="/author/markus/">Markus Reuter</a> - in '
            '<a href="/category/ueberwachung/">Überwachung</a> - '
            '<a href="#comments">3 Ergänzungen</a></div></header>'
            '<div class="entry-content">' + _ps(paras[:2])
            + '<div class="donation-box"><p>Wir sind ein spendenfinanziertes Medium</p>'
            '<p>Unterstütze auch Du unsere Arbeit mit einer Spende.</p>'
            '<a href="/spenden/">Jetzt spenden</a></div>' + _ps(paras[2:])
            + '</div><footer class="entry-footer"><p>Über die Autor:in</p><p>Markus ist '
            'Redakteur bei netzpolitik.org.</p></footer></article></main>'
            + _footer("Lizenz: CC BY-NC-SA 4.0"))
    return Page("netzpolitik", url, _doc("de", head + " – netzpolitik.org", head_html, body),
                {"title": head, "authors": ["Markus Reuter"],
                 "subtitle": lead, "body": "\n\n".join([*paras]),
                 "published": "2024-06-20T15:12:40+02:00",
                 "modified": "2024-06-20T17:01:12+02:00"})


# ---------------------------------------------------------------------------------------------
# Austria, Switzerland


def orf() -> Page:
    url = "https://orf.at/stories/3351234/"
    head = "Nationalrat beschließt Budget für 2024"
    lead = "Der Nationalrat hat am Donnerstag das Budget für das kommende Jahr beschlossen."
    paras = ["Mit den Stimmen von ÖVP und Grünen hat der Nationalrat das Budget für 2024 "
             "verabschiedet. Die Opposition stimmte geschlossen dagegen.",
             "Der Finanzminister verteidigte die hohen Ausgaben mit den Folgen der Teuerung. "
             "Das Defizit soll im kommenden Jahr 2,7 Prozent betragen.",
             "Die SPÖ kritisierte fehlende Maßnahmen gegen die Inflation, die FPÖ sprach von "
             "einem Schuldenbudget."]
    sub = "Kritik der Opposition"
    pub = "2023-11-16T17:45:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                         ("property", "og:site_name", "news.ORF.at")])
                 + _news_ld(head, pub, None, None, "ORF.at", url,
                            extra={"author": {"@type": "Organization", "name": "ORF.at"}}))
    body = (_nav("ORF.at", ["News", "Sport", "Wetter", "TVthek", "Sound"])
            + '<main><div class="story"><h1 class="story-lead-headline">' + head + '</h1>'
            f'<div class="story-lead"><p>{lead}</p></div>'
            '<div class="story-meta"><span class="story-date">Publiziert am 16.11.2023 17:45'
            '</span></div><div class="story-story">'
            '<figure><img src="/1.jpg" alt=""></figure>'
            '<p class="caption">Der Nationalrat bei der Budgetdebatte</p>'
            + _ps(paras[:2]) + f'<h2>{sub}</h2>' + _ps(paras[2:])
            + '<p class="tvthek">Video: Budgetbeschluss im Nationalrat – ZIB 2</p>'
            '<p class="stripe-credits">red, ORF.at/Agenturen</p>'
            '<div class="stripe"><h3>Links:</h3><ul><li><a href="https://parlament.gv.at">'
            'Parlament</a></li></ul></div></div></div></main>' + _footer("© ORF 2023"))
    return Page("orf", url, _doc("de-AT", head + " - news.ORF.at", head_html, body),
                {"title": head, "authors": [],
                 "subtitle": lead, "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": None})


def kleinezeitung() -> Page:
    url = ("https://www.kleinezeitung.at/steiermark/graz/18123456/murkraftwerk-neue-"
           "fischaufstiegshilfe")
    head = "Neue Fischaufstiegshilfe am Murkraftwerk eröffnet"
    lead = ("Nach zweijähriger Bauzeit können Fische das Grazer Murkraftwerk wieder passieren. "
            "Die Anlage kostete 4,2 Millionen Euro.")
    paras = ["Am Murkraftwerk in Graz-Puntigam ist am Montag eine neue Fischaufstiegshilfe in "
             "Betrieb gegangen. Sie soll Huchen, Äschen und Bachforellen den Weg flussaufwärts "
             "ermöglichen.",
             "Die Energie Steiermark investierte rund 4,2 Millionen Euro in das Projekt.",
             "Gewässerökologen werden die Anlage in den kommenden drei Jahren wissenschaftlich "
             "begleiten."]
    sub = "Monitoring über drei Jahre"
    pub, mod = "2024-04-22T16:30:00+02:00", "2024-04-22T18:05:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head + " | Kleine Zeitung"),
                         ("property", "article:published_time", pub)])
                 + _ld({"@context": "https://schema.org", "@type": "NewsArticle",
                        "headline": head, "datePublished": pub, "dateModified": mod,
                        "author": [{"@type": "Person", "name": "Gerald Winter-Pölsler"}],
                        "isAccessibleForFree": False}))
    body = (_nav("Kleine Zeitung", ["Steiermark", "Kärnten", "Politik", "Sport", "Wirtschaft"])
            + '<main><article><div class="article-header"><span class="kicker">Graz</span>'
            f'<h1>{head}</h1><p class="klz-text-article-lead">{lead}</p>'
            '<div class="author"><span>Von Gerald Winter-Pölsler</span>'
            '<span>| 16.30 Uhr, 22. April 2024</span></div></div>'
            '<figure><img src="/1.jpg" alt=""><small>© Energie Steiermark</small></figure>'
            '<div class="w-full prose">' + _ps(paras[:2])
            + '<p><b>Mehr zum Thema</b></p>'
            + f'<h2>{sub}</h2>' + _ps(paras[2:]) + '</div>'
            '<div class="paywall"><p>Sie haben bereits ein Abo? Melden Sie sich an.</p></div>'
            '<div class="comments"><p>Kommentare (3)</p></div></article></main>'
            + _footer("© Kleine Zeitung GmbH & Co KG"))
    return Page("kleinezeitung", url, _doc("de-AT", head + " | Kleine Zeitung", head_html, body),
                {"title": head, "authors": ["Gerald Winter-Pölsler"],
                 "subtitle": lead, "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": mod})


def nzz() -> Page:
    url = "https://www.nzz.ch/schweiz/ständerat-armee-budget-ld.1812345"
    head = "Der Ständerat will mehr Geld für die Armee"
    lead = ("Die kleine Kammer erhöht den Zahlungsrahmen der Armee um vier Milliarden Franken. "
            "Finanziert werden soll das mit Kürzungen bei der Entwicklungshilfe.")
    paras = ["Der Ständerat hat am Dienstag beschlossen, den Zahlungsrahmen der Armee für die "
             "Jahre 2025 bis 2028 auf 29,8 Milliarden Franken zu erhöhen.",
             "Die Mehrheit argumentierte mit der veränderten Sicherheitslage in Europa. Die "
             "Linke kritisierte die Gegenfinanzierung scharf."]
    items = ["Kürzungen bei der internationalen Zusammenarbeit", "Verzicht auf Teuerungsausgleich"]
    sub = "Entscheid liegt nun beim Nationalrat"
    paras2 = ["Als Nächstes befasst sich der Nationalrat mit dem Geschäft, voraussichtlich in "
              "der Herbstsession."]
    pub = "2024-06-04T12:45:00+02:00"
    head_html = (_desc(lead) + _metas([("name", "title", head),
                         ("property", "og:title", head + " | NZZ"),
                         ("name", "date", pub)])
                 + _news_ld(head, "2024-06-04T10:45:00Z", "2024-06-04T10:45:00Z", None, "NZZ",
                            url, extra={"author": [{"@type": "Person",
                                                    "name": "Simon Hehli (hhs)"}]}))
    body = (_nav("NZZ", ["Schweiz", "International", "Wirtschaft", "Feuilleton", "Zürich"])
            + '<main><div class="article"><div class="headline">'
            '<span class="headline__kicker">Armeebudget</span>'
            f'<h1 class="headline__title">{head}</h1>'
            f'<p class="headline__lead">{lead}</p></div>'
            '<div class="metainfo"><span class="metainfo__item--author">Simon Hehli, Bern'
            '</span><time datetime="' + pub + '">04.06.2024, 12.45 Uhr</time>'
            '<span>3 min</span></div>'
            '<section data-nzz-tid="article">'
            + _ps(paras, "articlecomponent text")
            + '<div class="articlecomponent list"><ul>' + "".join(f"<li>{i}</li>" for i in items)
            + '</ul></div>'
            + '<div class="articlecomponent teaser"><p>Passend zum Artikel</p><a href="/x">'
            'Die Armee braucht mehr Geld – aber woher?</a></div>'
            + f'<h2 class="subtitle">{sub}</h2>' + _ps(paras2, "articlecomponent text")
            + '<p class="articlecomponent footnote">Ein Artikel aus der «NZZ am Sonntag»</p>'
            '</section></div></main>' + _footer("Copyright © Neue Zürcher Zeitung AG"))
    return Page("nzz", url, _doc("de-CH", head + " | NZZ", head_html, body),
                {"title": head, "authors": ["Simon Hehli"],
                 "subtitle": lead, "body": "\n\n".join([*paras, *items, sub, *paras2]),
                 "published": pub, "modified": None})


# ---------------------------------------------------------------------------------------------
# France, Spain, Italy


def lesechos() -> Page:
    url = ("https://www.lesechos.fr/economie-france/budget-fiscalite/deficit-public-le-"
           "gouvernement-annonce-10-milliards-deconomies-2081234")
    head = "Déficit public : le gouvernement annonce 10 milliards d'économies"
    lead = ("Bruno Le Maire a annoncé dimanche un décret d'annulation de crédits pour tenir "
            "l'objectif de déficit. Tous les ministères sont concernés.")
    paras = ["Le ministre de l'Economie a annoncé dimanche soir sur TF1 un plan d'économies de "
             "10 milliards d'euros dès cette année, après une croissance plus faible que prévu.",
             "Les crédits seront annulés par décret, sans passer par un projet de loi de "
             "finances rectificative.",
             "L'opposition a dénoncé un « aveu d'échec » de la politique budgétaire."]
    sub = "Une croissance revue à la baisse"
    pub = "2024-02-18T21:05:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                         ("property", "article:published_time", "2024-02-18T20:05:00.000Z")])
                 + _news_ld(head, "2024-02-18T20:05:00.000Z", "2024-02-19T07:40:00.000Z",
                            ["Renaud Honoré"], "Les Echos", url))
    body = (_nav("Les Echos", ["Économie", "Politique", "Finance", "Idées", "Monde"])
            + '<main><article><header><div class="kicker">Budget</div>'
            f'<h1>{head}</h1><p>{lead}</p>'
            '<div class="author">Par <a href="/journaliste/renaud-honore">Renaud Honoré</a></div>'
            '<div class="date">Publié le 18 févr. 2024 à 21:05 Mis à jour le 19 févr. 2024 à '
            '08:40</div></header>'
            '<div class="post-paywall">' + _ps(paras[:2])
            + '<p>Pour ne rien rater de l\'actualité politique, abonnez-vous à notre newsletter '
            'Les Echos Politique.</p>'
            + f'<h3>{sub}</h3>' + _ps(paras[2:]) + '</div>'
            '<div class="share"><p>Partager cet article</p></div></article></main>'
            + _footer("© Les Echos 2024"))
    return Page("lesechos", url, _doc("fr", head + " | Les Echos", head_html, body),
                {"title": head, "authors": ["Renaud Honoré"],
                 "subtitle": lead, "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": "2024-02-19T08:40:00+01:00"})


def euronews() -> Page:
    url = ("https://fr.euronews.com/2024/05/10/eurovision-manifestations-a-malmo-contre-la-"
           "participation-israelienne")
    head = "Eurovision : manifestations à Malmö contre la participation israélienne"
    paras = ["Plusieurs milliers de personnes ont manifesté jeudi à Malmö, en Suède, contre la "
             "participation d'Israël au concours de l'Eurovision.",
             "La police suédoise a renforcé sa présence dans la ville, qui accueille la finale "
             "samedi soir.",
             "L'Union européenne de radio-télévision a maintenu sa décision d'autoriser la "
             "candidate israélienne à concourir."]
    pub, mod = "2024-05-10T08:12:00+02:00", "2024-05-10T10:30:00+02:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, None, "Euronews", url,
                            extra={"author": [{"@type": "Person", "name": "Euronews"}]}))
    body = (_nav("euronews.", ["Europe", "Monde", "Business", "Voyages", "Culture"])
            + '<main><article class="o-article"><h1 class="c-article-title">' + head + '</h1>'
            '<div class="c-article-contributors">Par <b>Euronews</b> avec AFP</div>'
            '<div class="c-article-publication-date">Publié le 10/05/2024 - 08:12 GMT+2 • Mis à '
            'jour 10:30</div>'
            '<div class="c-article-share"><p>Partager cet article</p><button>Commentaires'
            '</button></div>'
            '<div class="c-article-content js-article-content">' + _ps(paras[:2])
            + '<div class="widget__wrapper"><p>Publicité</p></div>' + _ps(paras[2:])
            + '</div><div class="c-article-tags"><p>Partager cet article</p><p>Sujets connexes'
            '</p></div><div class="c-article-more"><h2>Articles similaires</h2><ul><li>'
            'Eurovision : la Suisse l\'emporte</li></ul></div></article></main>'
            + _en_footer("Copyright © euronews 2024"))
    return Page("euronews", url, _doc("fr", head + " | Euronews", head_html, body),
                {"title": head, "authors": [], "body": _text(paras),
                 "published": pub, "modified": mod})


def elpais() -> Page:
    url = "https://elpais.com/espana/2024-03-05/el-congreso-aprueba-la-ley-de-amnistia.html"
    head = "El Congreso aprueba la ley de amnistía con mayoría absoluta"
    lead = "El texto pasa al Senado, donde el PP prevé retrasar su tramitación dos meses"
    paras = ["El pleno del Congreso aprobó este jueves la ley de amnistía con 178 votos a favor "
             "y 172 en contra, tras meses de negociación entre el PSOE y Junts.",
             "El Gobierno defendió la norma como un instrumento para la convivencia en "
             "Cataluña. La oposición anunció recursos ante el Tribunal Constitucional."]
    sub = "Recurso ante el Constitucional"
    paras2 = ["El Partido Popular, con mayoría absoluta en el Senado, ha anunciado que agotará "
              "los plazos de tramitación."]
    pub, mod = "2024-03-14T12:30:00+01:00", "2024-03-14T15:02:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                         ("name", "author", "Xosé Hermida"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Xosé Hermida"], "EL PAÍS", url))
    body = (_nav("EL PAÍS", ["España", "Internacional", "Opinión", "Economía", "Sociedad"])
            + '<main><article><header class="a_e"><div class="a_k_tl">Congreso de los '
            f'Diputados</div><div class="a_e_txt _df"><h1 class="a_t">{head}</h1>'
            f'<h2 class="a_st">{lead}</h2></div></header>'
            '<div class="a_md"><div class="a_md_a"><a href="/autor/xose-hermida/">Xosé Hermida'
            '</a></div><div class="a_md_f"><span>Madrid - </span><a>14 mar 2024 - 12:30 CET'
            '</a></div><div class="a_md_sh"><button>Compartir en Whatsapp</button></div></div>'
            '<figure class="a_m"><img src="/1.jpg" alt=""><figcaption><span>El pleno del '
            'Congreso</span><span>Claudio Álvarez</span></figcaption></figure>'
            '<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">' + _ps(paras)
            + '<div class="_db"><p>Suscríbete para seguir leyendo</p><p>Lee sin límites</p>'
            '</div>' + f'<h3>{sub}</h3>' + _ps(paras2) + '</div>'
            '<aside class="a_com"><p>Comentarios</p><p>Normas</p></aside>'
            '<div class="a_tp"><p>Sobre la firma</p><p>Xosé Hermida es cronista parlamentario.'
            '</p></div></article></main>' + _footer("© EDICIONES EL PAÍS S.L."))
    return Page("elpais", url, _doc("es", head + " | España | EL PAÍS", head_html, body),
                {"title": head, "authors": ["Xosé Hermida"],
                 "subtitle": lead, "body": "\n\n".join([*paras, sub, *paras2]),
                 "published": pub, "modified": mod})


def lavanguardia() -> Page:
    url = ("https://www.lavanguardia.com/local/barcelona/20240405/9589012/barcelona-"
           "restricciones-agua-sequia.html")
    head = "Barcelona endurece las restricciones de agua por la sequía"
    lead = "El Govern prohíbe llenar piscinas y limita el riego de parques"
    paras = ["El área metropolitana de Barcelona ha entrado este viernes en la fase de "
             "emergencia por sequía, lo que supone nuevas restricciones para vecinos, "
             "comercios e industria.",
             "El consumo por habitante no podrá superar los 200 litros diarios, incluidos los "
             "usos municipales y comerciales.",
             "La Generalitat estudia traer agua en barco desde Sagunto si la situación no "
             "mejora en las próximas semanas."]
    pub = "2024-04-05T07:00:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", "2024-04-05T09:12:00+02:00")])
                 + _news_ld(head, pub, "2024-04-05T09:12:00+02:00", ["Silvia Angulo"],
                            "La Vanguardia", url))
    body = (_nav("La Vanguardia", ["Internacional", "Política", "Economía", "Local", "Deportes"])
            + '<main><article class="article-modules"><div class="epigraph">Sequía</div>'
            f'<h1 class="title">{head}</h1><h2 class="epigraph-container">{lead}</h2>'
            '<div class="author-name"><a href="/autores/silvia-angulo.html">Silvia Angulo</a>'
            '</div><div class="created-date">05/04/2024 07:00</div>'
            '<div class="updated-date">Actualizado a 05/04/2024 09:12</div>'
            '<div class="article-modules">' + _ps(paras[:2], "paragraph")
            + '<div class="related-content"><p>Lee también</p><a href="/x">¿Cuánta agua queda '
            'en los embalses?</a><span>Silvia Angulo</span></div>'
            + _ps(paras[2:], "paragraph") + '</div>'
            '<div class="newsletter-widget"><p>Recibe las noticias de Barcelona cada mañana en '
            'tu correo.</p></div></article></main>' + _footer("© La Vanguardia Ediciones SLU"))
    return Page("lavanguardia", url, _doc("es", head, head_html, body),
                {"title": head, "authors": ["Silvia Angulo"],
                 "subtitle": lead, "body": "\n\n".join([*paras]),
                 "published": pub, "modified": "2024-04-05T09:12:00+02:00"})


def corriere() -> Page:
    url = ("https://www.corriere.it/politica/24_maggio_20/premierato-riforma-senato-"
           "voto-abc123.shtml")
    head = "Premierato, la riforma arriva in aula al Senato"
    lead = ("Il testo approda a Palazzo Madama dopo mesi in commissione. Le opposizioni "
            "annunciano battaglia")
    paras = ["La riforma costituzionale sul premierato arriva oggi nell'aula del Senato. La "
             "maggioranza punta ad approvarla in prima lettura entro giugno.",
             "Il ministro per le Riforme ha difeso il testo, sostenendo che garantirà maggiore "
             "stabilità ai governi.",
             "Le opposizioni hanno presentato oltre tremila emendamenti."]
    sub = "Le opposizioni"
    pub = "2024-05-20T07:15:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                         ("property", "article:published_time", pub)])
                 + _ld({"@context": "https://schema.org", "@type": "NewsArticle",
                        "headline": head, "datePublished": pub,
                        "author": [{"@type": "Person", "name": "Monica Guerzoni"}]})
                 + _ld({"@context": "https://schema.org", "@type": "BreadcrumbList",
                        "itemListElement": [{"@type": "ListItem", "position": 1,
                                             "name": "Corriere della Sera"},
                                            {"@type": "ListItem", "position": 2,
                                             "name": "Politica"}]}))
    body = (_nav("Corriere della Sera", ["Politica", "Esteri", "Cronache", "Economia", "Sport"])
            + '<main><article><h1 class="title-art">' + head + '</h1>'
            f'<p class="summary-art">{lead}</p>'
            '<div class="author-art">di <strong>Monica Guerzoni</strong></div>'
            '<p class="is-last-update">20 maggio 2024</p>'
            '<figure><img src="/1.jpg" alt=""><figcaption>Il Senato (foto Ansa)</figcaption>'
            '</figure>' + _ps(paras[:2], "chapter-paragraph")
            + '<p class="chapter-paragraph"></p>'
            '<div class="newsletter-box"><p>Ricevi le notizie di Politica nella tua casella di '
            'posta con la newsletter Diario Politico</p></div>'
            + f'<h2 class="native-summary-content">{sub}</h2>'
            + _ps(paras[2:], "chapter-paragraph")
            + '<p class="chapter-paragraph">© RIPRODUZIONE RISERVATA</p></article></main>'
            + _footer("Copyright 2024 © RCS Mediagroup S.p.a."))
    return Page("corriere", url, _doc("it", head + "- Corriere.it", head_html, body),
                {"title": head, "authors": ["Monica Guerzoni"],
                 "subtitle": lead, "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": None})


def ilgiornale() -> Page:
    url = "https://www.ilgiornale.it/news/politica/europee-affluenza-calo-2331234.html"
    head = "Europee, affluenza in calo: alle 23 ha votato il 40 per cento"
    lead = "Il dato è in flessione rispetto a cinque anni fa. Seggi aperti anche domenica"
    paras = ["Alle 23 di sabato ha votato il 40 per cento degli aventi diritto per le elezioni "
             "europee, in calo rispetto alla precedente tornata.",
             "I seggi riaprono domenica alle 7 e chiuderanno alle 23. Lo spoglio inizierà "
             "subito dopo la chiusura.",
             "Il Viminale segnala affluenze più alte al Nord e più basse nelle isole."]
    pub = "2024-06-08T23:40:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                         ("property", "article:published_time", pub),
                         ("name", "author", "Redazione")])
                 + _news_ld(head, pub, pub, ["Francesco Boezi"], "il Giornale", url))
    body = (_nav("il Giornale", ["Politica", "Cronache", "Economia", "Esteri", "Sport"])
            + '<main><article><h1 class="page__title">' + head + '</h1>'
            f'<h2 class="page__subtitle">{lead}</h2>'
            '<div class="author"><a href="/autore/francesco-boezi.html">Francesco Boezi</a>'
            '</div><time class="page__date" datetime="2024-06-08">8 Giugno 2024 - 23:40</time>'
            '<div class="typography--content">' + _ps(paras[:2])
            + '<p><strong>Leggi anche:</strong> <a href="/x">Europee, come si vota</a></p>'
            + _ps(paras[2:]) + '</div><div class="tags"><p>Tag</p><a>Europee</a></div>'
            '<div class="comments"><p>Commenti</p></div></article></main>'
            + _footer("© il Giornale - Società Europea di Edizioni S.p.A."))
    return Page("ilgiornale", url, _doc("it", head + " - IlGiornale.it", head_html, body),
                {"title": head, "authors": ["Francesco Boezi"],
                 "subtitle": lead, "body": "\n\n".join([*paras]), "published": pub, "modified": None})


# ---------------------------------------------------------------------------------------------
# Japan, China


def nikkangendai() -> Page:
    url = "https://www.nikkan-gendai.com/articles/view/news/334567"
    head = "物価高で実質賃金24カ月連続マイナス　春闘の効果見えず"
    paras = ["厚生労働省が発表した毎月勤労統計調査によると、物価の影響を考慮した実質賃金は前年同月比で"
             "2.5％減少し、24カ月連続のマイナスとなった。",
             "名目賃金は増加しているものの、物価の上昇に追いついていない。春闘での大幅な賃上げの効果は"
             "まだ統計に表れていない。",
             "専門家は、夏以降に実質賃金がプラスに転じるかどうかが焦点になると指摘している。"]
    pub = "2024-05-10T06:00:00+09:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head + "｜日刊ゲンダイDIGITAL")])
                 + _news_ld(head, pub, None, None, "日刊ゲンダイ", url,
                            extra={"author": {"@type": "Organization",
                                              "name": "日刊ゲンダイ"}}))
    body = (_nav("日刊ゲンダイDIGITAL", ["ニュース", "政治", "経済", "芸能", "スポーツ"])
            + '<main><div class="article-wrap"><h1>' + head + '</h1>'
            '<p class="date">公開日：2024/05/10 06:00</p>'
            '<p class="full-text">' + "<br><br>".join(paras) + '</p>'
            '<div class="m-keyword-list"><ul><li>実質賃金</li><li>春闘</li></ul></div>'
            '<p class="related">関連記事</p></div></main>' + _footer("（C）日刊現代"))
    return Page("nikkangendai", url, _doc("ja", head + "｜日刊ゲンダイDIGITAL", head_html, body),
                {"title": head, "authors": [], "body": _text(paras),
                 "published": pub, "modified": None})


def people() -> Page:
    url = "http://politics.people.com.cn/n1/2024/0305/c1001-40189012.html"
    head = "国务院常务会议部署推动大规模设备更新"
    paras = ["国务院总理主持召开国务院常务会议，研究推动新一轮大规模设备更新和消费品以旧换新行动方案。",
             "会议指出，推动大规模设备更新和消费品以旧换新，是加快构建新发展格局、推动高质量发展的"
             "重要举措。",
             "会议强调，要坚持市场为主、政府引导，鼓励先进、淘汰落后，标准引领、有序提升。"]
    head_html = _desc(paras[0]) + _metas([("name", "author", "杨光宇"),
                        ("name", "publishdate", "2024-03-05"),
                        ("name", "keywords", "设备更新"),
                        ("name", "source", "来源：人民网－人民日报")])
    body = ('<div class="header"><a href="http://www.people.com.cn/">人民网</a><ul><li>'
            '<a href="/">时政</a></li><li><a href="/">国际</a></li></ul></div>'
            '<div class="main"><div class="col-1"><div class="path"><a>人民网</a>&gt;&gt;'
            '<a>时政</a></div><h1>' + head + '</h1>'
            '<div class="col-1-1">2024年03月05日08:21 | 来源：<a>人民网－人民日报</a></div>'
            '<div class="rm_txt_con cf">' + _ps(paras)
            + '<div class="edit cf">(责编：杨光宇、刘军涛)</div></div>'
            '<div class="share"><p>分享让更多人看到</p></div></div></div>'
            '<div class="footer"><p>人民日报社概况|关于人民网|报社招聘</p>'
            '<p>人民网版权所有，未经书面授权禁止使用</p></div>')
    return Page("people", url, _doc("zh-CN", head + "--时政--人民网", head_html, body),
                {"title": head, "authors": [], "body": _text(paras),
                 "published": "2024-03-05T08:21:00+08:00", "modified": None})


# ---------------------------------------------------------------------------------------------
# United Kingdom


def guardian() -> Page:
    url = ("https://www.theguardian.com/uk-news/2024/mar/05/water-companies-sewage-"
           "spills-record-england")
    head = "Sewage spills into England’s rivers and seas doubled last year"
    lead = ("Environment Agency figures show water companies discharged raw sewage for more "
            "than 3.6m hours in 2023")
    paras = ["Water companies in England discharged raw sewage into rivers and seas for more "
             "than 3.6m hours last year, more than double the figure for 2022, according to "
             "data from the Environment Agency.",
             "The industry blamed heavy rainfall for the rise, but campaigners said the figures "
             "showed years of underinvestment.",
             "The environment secretary said the government would quadruple fines for water "
             "companies that broke the rules."]
    pub, mod = "2024-03-27T00:01:08.000Z", "2024-03-27T09:20:41.000Z"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                         ("name", "author", "Sandra Laville"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod),
                         ("property", "article:author", "https://www.theguardian.com/profile/"
                          "sandralaville")])
                 + _news_ld(head, pub, mod, ["Sandra Laville"], "The Guardian", url))
    body = (_en_nav("The Guardian", ["News", "Opinion", "Sport", "Culture", "Lifestyle"])
            + '<main><article><div data-gu-name="headline"><h1>' + head + '</h1></div>'
            f'<div data-gu-name="standfirst"><p>{lead}</p></div>'
            '<div data-gu-name="meta"><address><a rel="author" href="/profile/sandralaville">'
            'Sandra Laville</a> Environment correspondent</address>'
            '<details><summary>Wed 27 Mar 2024 00.01 GMT</summary>Last modified on Wed 27 Mar '
            '2024 09.20 GMT</details><p>Share</p></div>'
            '<div id="maincontent"><div class="article-body-commercial-selector '
            'article-body-viewer-selector">' + _ps(paras[:2])
            + '<a href="#EmailSignup-skip-link-8">skip past newsletter promotion</a>'
            '<div data-testid="newsletter-embed"><p>Sign up to Down to Earth</p>'
            '<p>Free weekly newsletter</p><p>The planet’s most important stories. Get all the '
            'week’s environment news - the good, the bad and the essential</p>'
            '<p><strong>Privacy Notice:</strong> Newsletters may contain info about charities, '
            'online ads, and content funded by outside parties.</p></div>'
            '<p id="EmailSignup-skip-link-8">after newsletter promotion</p>'
            + _ps(paras[2:]) + '</div></div>'
            '<div class="submeta"><p>Explore more on these topics</p><a>Water</a>'
            '<p>Reuse this content</p></div></article></main>'
            + _en_footer("© 2024 Guardian News & Media Limited or its affiliated companies."))
    return Page("guardian", url, _doc("en-GB", head + " | Water | The Guardian", head_html,
                                      body),
                {"title": head, "authors": ["Sandra Laville"],
                 "subtitle": lead, "body": "\n\n".join([*paras]),
                 "published": "2024-03-27T00:01:08+00:00",
                 "modified": "2024-03-27T09:20:41+00:00"})


def telegraph() -> Page:
    url = ("https://www.telegraph.co.uk/news/2024/05/22/rishi-sunak-calls-general-election-"
           "july-4/")
    head = "Rishi Sunak calls general election for July 4"
    lead = "Prime Minister makes announcement in the rain outside Downing Street"
    paras = ["Rishi Sunak has called a general election for July 4, ending months of "
             "speculation about the timing of the vote.",
             "Speaking outside Downing Street, the Prime Minister said the country was at a "
             "moment when it needed a clear plan.",
             "Labour leader Sir Keir Starmer said the election was a chance for change."]
    sub = "Campaign begins"
    pub = "2024-05-22T17:14:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                         ("name", "DCSext.author", "Ben Riley-Smith"),
                         ("name", "author", "By Ben Riley-Smith, Political Editor")])
                 + _news_ld(head, "2024-05-22T16:14:00Z", "2024-05-22T19:30:00Z",
                            ["Ben Riley-Smith"], "The Telegraph", url))
    body = (_en_nav("The Telegraph", ["News", "Sport", "Money", "Business", "Opinion"])
            + '<main><article><header><h1 itemprop="headline">' + head + '</h1>'
            f'<p itemprop="description">{lead}</p>'
            '<div class="byline"><span>By </span><a href="/authors/b/ba-bz/ben-riley-smith/">'
            'Ben Riley-Smith</a><span>, Political Editor</span></div>'
            f'<time itemprop="datePublished" datetime="{pub}">22 May 2024 • 5:14pm</time>'
            '</header><div class="articleBodyText">' + _ps(paras[:2])
            + '<div class="related"><p>Related Topics</p><a>General election 2024</a></div>'
            + f'<h2>{sub}</h2>' + _ps(paras[2:]) + '</div>'
            '<div class="comments"><p>Join the conversation</p><p>Comments are closed.</p>'
            '</div></article></main>' + _en_footer("© Telegraph Media Group Limited 2024"))
    return Page("telegraph", url, _doc("en-GB", head, head_html, body),
                {"title": head, "authors": ["Ben Riley-Smith"],
                 "subtitle": lead, "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": "2024-05-22T20:30:00+01:00"})


def mirror() -> Page:
    url = ("https://www.mirror.co.uk/news/uk-news/storm-kathleen-weather-warning-"
           "uk-32512345")
    head = "Storm Kathleen: Met Office issues yellow warning for 70mph winds"
    lead = "The Met Office has warned of disruption to travel and power cuts as Storm Kathleen hits"
    paras = ["Storm Kathleen is set to bring winds of up to 70mph to parts of the UK on "
             "Saturday, the Met Office has warned.",
             "A yellow weather warning is in place for western parts of Scotland, Northern "
             "Ireland and Wales from 8am until 9pm.",
             "Forecasters said coastal routes could be affected by large waves."]
    pub = "2024-04-05T14:20:05Z"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                         ("name", "author", "Jane Smith"),
                         ("name", "parsely-pub-date", pub)])
                 + _news_ld(head, pub, "2024-04-05T16:02:11Z", ["Jane Smith"], "The Mirror",
                            url))
    body = ('<main><article><div class="lead-content"><h1>' + head + '</h1>'
            f'<p class="sub-title">{lead}</p>'
            '<ul class="publication-info"><li><a href="/authors/jane-smith/">Jane Smith</a>'
            '</li><li><span class="time-container">15:20, 5 Apr 2024</span></li>'
            '<li><span class="time-container">Updated 17:02, 5 Apr 2024</span></li></ul></div>'
            '<div class="article-body">' + _ps(paras[:1])
            + '<p><b>READ MORE: <a href="/x">Met Office weather maps turn red as storm '
            'approaches</a></b></p>' + _ps(paras[1:2])
            + '<p><b>Get the biggest stories straight to your inbox. Sign up to the Mirror '
            'newsletter <a href="/newsletters">here</a></b></p>' + _ps(paras[2:])
            + '<p><i>Do you have a story to share? Email us at webnews@mirror.co.uk</i></p>'
            '</div></article></main>' + _en_footer("© 2024 Reach plc"))
    return Page("mirror", url, _doc("en-GB", head + " - Mirror Online", head_html,
                                    _en_nav("Mirror", ["News", "Politics", "Football",
                                                       "Celebs", "TV"]) + body),
                {"title": head, "authors": ["Jane Smith"],
                 "subtitle": lead, "body": "\n\n".join([*paras]),
                 "published": "2024-04-05T15:20:05+01:00",
                 "modified": "2024-04-05T17:02:11+01:00"})


def inews() -> Page:
    url = "https://inews.co.uk/news/politics/labour-plans-nationalise-railways-3012345"
    head = "Labour sets out plan to nationalise railways within five years"
    lead = "The party says passenger services will come under public control as contracts expire"
    paras = ["Labour would bring passenger rail services into public ownership within five "
             "years of taking office, the shadow transport secretary has said.",
             "A new body, Great British Railways, would run both track and trains.",
             "The Conservatives said the plan was uncosted."]
    pub = "2024-04-30T06:00:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                         ("property", "article:published_time", pub)])
                 + _news_ld(head, pub, pub, ["Hugo Gye"], "The i Paper", url))
    body = (_en_nav("The i Paper", ["News", "Politics", "Opinion", "Money", "Culture"])
            + '<main><article class="inews__post"><header><h1 class="headline">' + head
            + f'</h1><h2 class="inews__post__subtitle">{lead}</h2>'
            '<div class="inews__post-byline"><span class="inews__post-byline__author-name">'
            '<a href="/author/hugo-gye">Hugo Gye</a></span><span class="inews__post-byline__'
            'author-title">Political Editor</span>'
            '<span class="inews__post-byline__date">April 30, 2024 6:00 am</span></div></header>'
            '<div class="article-content">' + _ps(paras[:2])
            + '<div class="inews__inline-related"><p>Read Next</p><a href="/x">Rail fares to '
            'rise by 4.9 per cent</a></div>' + _ps(paras[2:])
            + '<p class="inews__signup">Sign up to our Politics newsletter for the best '
            'political coverage</p></div></article></main>'
            + _en_footer("© 2024 Associated Newspapers Limited"))
    return Page("inews", url, _doc("en-GB", head, head_html, body),
                {"title": head, "authors": ["Hugo Gye"],
                 "subtitle": lead, "body": "\n\n".join([*paras]), "published": pub, "modified": None})


# ---------------------------------------------------------------------------------------------
# United States


def voa() -> Page:
    url = "https://www.voanews.com/a/un-security-council-gaza-resolution/7543210.html"
    head = "UN Security Council demands immediate cease-fire in Gaza"
    paras = ["The United Nations Security Council on Monday demanded an immediate cease-fire "
             "in Gaza for the month of Ramadan, after the United States abstained from the vote.",
             "The resolution also called for the release of all hostages.",
             "Israel’s prime minister canceled a planned visit by a delegation to Washington "
             "in response.",
             "Some information for this report came from The Associated Press and Reuters."]
    pub = "2024-03-25T15:32:11-04:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head),
                         ("name", "author", "Margaret Besheer")])
                 + _news_ld(head, "2024-03-25T19:32:11Z", None, ["Margaret Besheer"], "VOA",
                            url))
    body = (_en_nav("VOA", ["USA", "World", "Africa", "Middle East", "Asia"])
            + '<main><div class="page-header"><a class="category" href="/z/598">Middle East</a>'
            f'<h1 class="title pg-title">{head}</h1>'
            '<div class="links__item-inner"><a href="/author/margaret-besheer/">Margaret '
            'Besheer</a></div><span class="date"><time pubdate="pubdate" datetime="'
            + pub + '">March 25, 2024 3:32 PM</time></span></div>'
            '<div class="share"><p>Share</p></div>'
            '<figure><img src="/1.jpg" alt=""><figcaption><span class="caption">FILE - The UN '
            'Security Council meets in New York.</span></figcaption></figure>'
            '<div id="article-content" class="content-floated-wrap"><div class="wsw">'
            + _ps(paras[:2])
            + '<div class="wsw__embed"><div class="media-block"><p>Related</p><a href="/x">'
            'US abstains as UN passes Gaza resolution</a></div></div>'
            + _ps(paras[2:]) + '</div></div></main>'
            + _en_footer("Voice of America"))
    return Page("voa", url, _doc("en", head, head_html, body),
                {"title": head, "authors": ["Margaret Besheer"], "body": _text(paras),
                 "published": pub, "modified": None})


def intercept() -> Page:
    url = "https://theintercept.com/2024/04/10/pentagon-contractor-ai-surveillance/"
    head = "Pentagon Contractor Pitched AI Tool to Track Protesters"
    lead = "Internal documents show the company marketed its software to police departments."
    paras = ["A defense contractor that builds artificial intelligence tools for the Pentagon "
             "pitched a version of its software to local police as a way to monitor protests, "
             "according to documents obtained by The Intercept.",
             "The company did not respond to a request for comment.",
             "Civil liberties advocates said the pitch raised serious concerns about the use "
             "of military technology at home."]
    pub = "2024-04-10T10:00:00+00:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                         ("property", "article:published_time", pub),
                         ("name", "author", "Sam Biddle")])
                 + _news_ld(head, pub, "2024-04-10T14:20:00+00:00",
                            ["Sam Biddle", "Ken Klippenstein"], "The Intercept", url))
    body = (_en_nav("The Intercept", ["Politics", "Technology", "National Security", "Donate"])
            + '<main><article class="post"><header><h1 class="post__title">' + head + '</h1>'
            f'<p class="post__excerpt">{lead}</p>'
            '<div class="post__byline"><a href="/staff/sambiddle/">Sam Biddle</a>, '
            '<a href="/staff/kenklippenstein/">Ken Klippenstein</a></div>'
            '<p class="post__date">April 10 2024, 6:00 a.m.</p></header>'
            '<div class="entry-content">' + _ps(paras[:2])
            + '<div class="newsletter-signup"><h3>Join Our Newsletter</h3><p>Original '
            'reporting. Fearless journalism. Delivered to you.</p><button>I’m in</button></div>'
            + _ps(paras[2:])
            + '<p><strong>Contact the author:</strong></p>'
            '</div><div class="promo"><p>We’re independent of corporate interests — and '
            'powered by members. Join us.</p></div></article></main>'
            + _en_footer("© The Intercept. All rights reserved"))
    return Page("intercept", url, _doc("en", head, head_html, body),
                {"title": head, "authors": ["Sam Biddle", "Ken Klippenstein"],
                 "subtitle": lead, "body": "\n\n".join([*paras]),
                 "published": "2024-04-10T06:00:00-04:00",
                 "modified": "2024-04-10T10:20:00-04:00"})


def washingtontimes() -> Page:
    url = ("https://www.washingtontimes.com/news/2024/mar/5/border-apprehensions-fall-in-"
           "february/")
    head = "Border apprehensions fall in February, but remain near record levels"
    paras = ["Border Patrol agents apprehended about 140,000 illegal immigrants at the "
             "southern border in February, down from January, according to preliminary data.",
             "Officials credited Mexican enforcement efforts for part of the decline.",
             "Republicans in Congress said the numbers remained far too high.",
             "— This article is based in part on wire service reports."]
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head),
                         ("name", "author", "Stephen Dinan"),
                         ("property", "og:site_name", "The Washington Times")]))
    body = (_en_nav("The Washington Times", ["News", "Politics", "Opinion", "Sports"])
            + '<main><article><h1 class="page-headline">' + head + '</h1>'
            '<div class="meta"><span class="byline">By <a href="/staff/stephen-dinan/">Stephen '
            'Dinan</a> - The Washington Times - Tuesday, March 5, 2024</span></div>'
            '<div class="bigtext">' + _ps(paras[:2])
            + '<div class="connatix"><p>SEE ALSO: House passes border bill</p></div>'
            + _ps(paras[2:])
            + '</div><div class="article-toolbar"><p>Click to Read More and View Comments</p>'
            '<p>Click to Hide</p></div></article></main>'
            + _en_footer("Copyright © 2024 The Washington Times, LLC."))
    return Page("washingtontimes", url, _doc("en", head + " - Washington Times", head_html,
                                             body),
                {"title": head, "authors": ["Stephen Dinan"], "body": _text(paras),
                 "published": "2024-03-05T00:00:00-05:00", "modified": None})


# ---------------------------------------------------------------------------------------------
# Denmark, Belgium, Australia


def jyllandsposten() -> Page:
    url = "https://jyllands-posten.dk/politik/ECE16789012/regeringen-praesenterer-finanslov/"
    head = "Regeringen præsenterer finanslov med milliarder til forsvaret"
    lead = ("Finansministeren fremlagde tirsdag regeringens forslag til næste års finanslov. "
            "Forsvaret får markant flere penge.")
    paras = ["Regeringen har tirsdag præsenteret sit udspil til finansloven for 2025. Det "
             "indeholder blandt andet ekstra milliarder til forsvaret og til ældreplejen.",
             "Oppositionen kritiserer, at der ikke er afsat penge til skattelettelser."]
    sub = "Forhandlinger begynder"
    paras2 = ["Forhandlingerne med Folketingets partier begynder i næste uge."]
    pub = "2024-08-27T10:30:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                         ("property", "article:published_time", "2024-08-27T08:30:00Z")])
                 + _news_ld(head, "2024-08-27T08:30:00Z", None, ["Morten Ulrik Jørgensen"],
                            "Jyllands-Posten", url))
    body = (_nav("Jyllands-Posten", ["Indland", "International", "Politik", "Erhverv", "Sport"])
            + '<main><section><article><header><div class="kicker">Finanslov</div>'
            f'<h1>{head}</h1><p>{lead}</p>'
            '<div class="byline"><span>Morten Ulrik Jørgensen</span><time>27. aug. 2024 kl. '
            '10:30</time></div></header>'
            '<figure><img src="/1.jpg" alt=""><figcaption>Finansministeren. Foto: Ida Marie '
            'Odgaard/Ritzau Scanpix</figcaption></figure>'
            + _ps(paras, "max-w-matrix-text")
            + '<div class="c-related"><p class="max-w-matrix-text">Læs også</p></div>'
            + f'<h3>{sub}</h3>' + _ps(paras2, "max-w-matrix-text")
            + '<div class="paywall"><p>Log ind eller køb adgang for at læse videre.</p></div>'
            '</article></section></main>' + _footer("© Jyllands-Posten"))
    return Page("jyllandsposten", url, _doc("da", head + " | Jyllands-Posten", head_html, body),
                {"title": head, "authors": ["Morten Ulrik Jørgensen"],
                 "subtitle": lead, "body": "\n\n".join([*paras, sub, *paras2]),
                 "published": pub, "modified": None})


def nieuwsblad() -> Page:
    url = "https://www.nieuwsblad.be/cnt/dmf20240612_98765432"
    head = "Nieuwe regering in de maak: formatie kan beginnen"
    lead = "De koning heeft een informateur aangesteld na de verkiezingen van zondag."
    paras = ["Koning Filip heeft woensdag een informateur aangesteld om de mogelijkheden voor "
             "een nieuwe federale regering te onderzoeken.",
             "De informateur moet over twee weken verslag uitbrengen.",
             "Politieke waarnemers verwachten dat de onderhandelingen maanden kunnen duren."]
    pub = "2024-06-12T18:42:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                         ("property", "article:published_time", pub)])
                 + _news_ld(head, pub, "2024-06-12T20:10:00+02:00", ["Jan Segers"],
                            "Het Nieuwsblad", url))
    body = (_nav("Nieuwsblad", ["Binnenland", "Buitenland", "Sport", "Regio", "Economie"])
            + '<main><article><header><h1 data-testid="article-title">' + head + '</h1>'
            '<div class="article__meta"><span class="author">Jan Segers</span>'
            '<time datetime="2024-06-12T16:42:00.000Z">woensdag 12 juni 2024 om 18:42</time>'
            '</div></header>'
            f'<div data-testid="article-intro"><p>{lead}</p></div>'
            '<div data-testid="article-body">' + _ps(paras[:2])
            + '<aside><p>LEES OOK</p><a href="/x">Dit zijn de winnaars van de verkiezingen</a>'
            '</aside>' + _ps(paras[2:]) + '</div>'
            '<div class="article__footer"><p>Reageer op dit artikel</p></div></article></main>'
            + _footer("© Mediahuis NV"))
    return Page("nieuwsblad", url, _doc("nl-BE", head + " | Het Nieuwsblad", head_html, body),
                {"title": head, "authors": ["Jan Segers"],
                 "subtitle": lead, "body": "\n\n".join([*paras]),
                 "published": pub, "modified": "2024-06-12T20:10:00+02:00"})


def ninenews() -> Page:
    url = ("https://www.9news.com.au/national/sydney-weather-flood-warning-hawkesbury/"
           "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d")
    head = "Flood warning issued for Hawkesbury River as heavy rain lashes Sydney"
    paras = ["Residents along the Hawkesbury River have been warned to prepare for moderate "
             "flooding as heavy rain continues to lash Sydney.",
             "The Bureau of Meteorology said more than 150mm of rain had fallen in parts of "
             "the city since Friday.",
             "The State Emergency Service responded to more than 400 calls for help overnight."]
    pub, mod = "2024-04-06T08:15:00+11:00", "2024-04-06T11:40:00+11:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Jessica Nicholls"], "9News", url))
    body = (_en_nav("9News", ["National", "World", "Politics", "Weather", "Sport"])
            + '<main><article><header><h1 class="article__headline">' + head + '</h1>'
            '<div class="article__byline"><span class="text--byline">By <a href="/x">Jessica '
            'Nicholls</a></span><span class="text--byline">Updated 11:40am Apr 6, 2024</span>'
            '<span class="text--byline">Published 8:15am Apr 6, 2024</span></div></header>'
            '<div class="block-content">' + _ps(paras[:2])
            + '<p><strong>READ MORE: <a href="/x">Sydney dam set to spill</a></strong></p>'
            + _ps(paras[2:])
            + '<p><strong>Sign up here to receive our daily newsletters and breaking news '
            'alerts, sent straight to your inbox.</strong></p></div></article></main>'
            + _en_footer("© 2024 Nine Digital Pty Ltd"))
    return Page("ninenews", url, _doc("en-AU", head, head_html, body),
                {"title": head, "authors": ["Jessica Nicholls"], "body": _text(paras),
                 "published": pub, "modified": mod})


BUILDERS = [spiegel, faz, welt, bild, tonline, ndr, jungewelt, golem, netzpolitik, orf,
            kleinezeitung, nzz, lesechos, euronews, elpais, lavanguardia, corriere, ilgiornale,
            nikkangendai, people, guardian, telegraph, mirror, inews, voa, intercept,
            washingtontimes, jyllandsposten, nieuwsblad, ninenews]


def pages() -> Iterator[Page]:
    for build in BUILDERS:
        yield build()


__all__ = ["BUILDERS", "Page", "ablated", "pages"]
