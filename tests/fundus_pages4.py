# ruff: noqa: E501
"""Look-alike article pages of twenty-five more publishers the Fundus library
(flairNLP/fundus) has a parser for, none of them in the dev corpus, the other Fundus sets
(`tests.fundus_pages`, `tests.fundus_pages2`, `tests.fundus_pages3`) or the sources of
fixtures/generic (set 4). Each page is written from the structure its Fundus parser's
selectors imply (Funke's `expressive-copy` body with ">>" teaser lines, a standfirst as an
`<h2>`/`<h3>` under the headline or a `strong[data-cy=intro]`, a byline as the first line of
the text ("Intatheli: … |"), a key-points box above the text, an author list as `<li>`s,
Postmedia's "Article content" labels, a Japanese-English paper's "JST" stamp) and from what
the site printed around 2023-2025, with the record a careful reader would write; its
standfirst is the `subtitle` (docs/quality.md), the body the text after it.

`pages()` yields `publisher_pages.Page`s; `ablated` strips the metadata.
`python -m tests.fundus_measure -v --set 4` prints the figures.
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


def morgenpost() -> Page:
    url = ("https://www.morgenpost.de/berlin/article242512345/bvg-u-bahn-linie-u2-sperrung-"
           "sommer-ersatzverkehr.html")
    head = "U2 wird wochenlang gesperrt – das müssen Fahrgäste wissen"
    lead = ("Die BVG saniert im Sommer den Abschnitt zwischen Alexanderplatz und Pankow. "
            "Zehntausende Pendler müssen auf Busse umsteigen.")
    paras = ["Wer im Sommer mit der U2 durch Mitte und Prenzlauer Berg fahren will, braucht "
             "Geduld. Von Mitte Juli bis Ende August ruht der Verkehr auf dem nördlichen Abschnitt "
             "der Linie.",
             "Die Berliner Verkehrsbetriebe erneuern in dieser Zeit Gleise, Weichen und die "
             "Signaltechnik aus den 1970er-Jahren.",
             "Zwischen Alexanderplatz und Pankow fahren Ersatzbusse im Fünf-Minuten-Takt.",
             "Die BVG empfiehlt, auf die Tram-Linien M1 und M2 auszuweichen."]
    sub = "Ersatzbusse im Fünf-Minuten-Takt"
    pub, mod = "2024-05-27T16:41:00+02:00", "2024-05-27T18:12:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("name", "news_keywords", "BVG, U-Bahn, Verkehr")])
                 + _news_ld(head, pub, mod, ["Jessica Hanack"], "Berliner Morgenpost", url))
    p = 'class="expressive-copy-lg-body mb-4"'
    body = (_nav("Berliner Morgenpost", ["Berlin", "Bezirke", "Politik", "Sport", "Abo"])
            + '<main><article><header class="article-header"><span class="kicker">Verkehr</span>'
            f'<h1 class="expressive-heading-3xl">{head}</h1>'
            f'<div class="expressive-copy-lg font-bold">{lead}</div>'
            '<div class="byline">Von <a href="/autoren/jessica-hanack/">Jessica Hanack</a></div>'
            '<time datetime="' + pub + '">27.05.2024, 16:41 Uhr</time>'
            '<span>Lesedauer: 2 Minuten</span></header>'
            '<figure><picture><img src="/1.jpg" alt=""></picture><figcaption>Ein Zug der Linie U2 '
            'am Bahnhof Eberswalder Straße. © Reto Klar | Reto Klar</figcaption></figure>'
            '<div class="article-body mx-5">'
            + "".join(f"<p {p}>{x}</p>" for x in paras[:2])
            + f'<p {p}>&gt;&gt; Lesen Sie auch: <a href="/berlin/article408498765/tram-hauptbahnhof.html">Neue '
            'Tram-Strecke zum Hauptbahnhof eröffnet</a></p>'
            + f'<h3 class="expressive-heading-xl">{sub}</h3>'
            + "".join(f"<p {p}>{x}</p>" for x in paras[2:])
            + '</div><div class="topics"><a data-track-v2-parentlabel="Mehr lesen über" href="/t/bvg">'
            'BVG</a></div></article></main>'
            + _footer("© Berliner Morgenpost 2024 – Alle Rechte vorbehalten."))
    return Page("morgenpost", url, _doc("de", f"{head} - Berliner Morgenpost", head_html, body),
                {"title": head, "authors": ["Jessica Hanack"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": mod})


def braunschweiger() -> Page:
    url = ("https://www.braunschweiger-zeitung.de/region/braunschweig/article241987654/"
           "braunschweig-weihnachtsmarkt-2023-eroeffnung-neue-buden.html")
    head = "Braunschweiger Weihnachtsmarkt öffnet mit neuen Buden"
    lead = ("Am Mittwoch beginnt der Weihnachtsmarkt rund um den Dom. Erstmals gibt es eine "
            "Eisbahn auf dem Burgplatz – und höhere Preise für Glühwein.")
    paras = ["Oberbürgermeister Thorsten Kornblum wird den Markt am Mittwochabend um 18 Uhr "
             "eröffnen. Rund 150 Stände sind in diesem Jahr dabei.",
             "Der Glühwein kostet an den meisten Buden vier Euro, 50 Cent mehr als im Vorjahr.",
             "Die Eisbahn auf dem Burgplatz ist täglich bis 21 Uhr geöffnet.",
             "Der Eintritt für Kinder ist frei, Erwachsene zahlen fünf Euro."]
    sub = "Eisbahn auf dem Burgplatz"
    pub = "2023-11-28T17:35:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head)])
                 + _news_ld(head, pub, pub, None, "Braunschweiger Zeitung", url,
                            extra={"author": [{"@type": "Person", "name": "Erik Westermann"},
                                              {"@type": "Organization", "name": "FUNKE Mediengruppe"}]}))
    body = (_nav("Braunschweiger Zeitung", ["Region", "Braunschweig", "Sport", "Eintracht"])
            + '<main><article><div class="article-header"><span class="kicker">Adventszeit</span>'
            f'<h1>{head}</h1><div class="author">Von <a href="/autoren/erik-westermann/">Erik '
            'Westermann</a></div><time datetime="' + pub + '">28.11.2023, 17:35 Uhr</time>'
            '<span>Lesedauer: 2 Minuten</span></div>'
            '<figure><img src="/1.jpg" alt=""><figcaption>Der Weihnachtsmarkt am Dom im Vorjahr. '
            '© Braunschweiger Zeitung | Florian Kleinschmidt</figcaption></figure>'
            '<div class="article-body">'
            f'<p class="font-sans font-bold">{lead}</p>' + _ps(paras[:2])
            + '<p><em class="print">Lesen Sie auch:</em> <a href="/x">Lichterparade 2023: Alle '
            'Termine</a></p>'
            + f'<h3>{sub}</h3>' + _ps(paras[2:])
            + '</div><div class="not-prose  mb-4 mx-5 font-sans"><ul><li>Weihnachtsmarkt – alle '
            'Artikel</li></ul></div></article></main>'
            + _footer("© Braunschweiger Zeitung 2023 – Alle Rechte vorbehalten."))
    return Page("braunschweiger", url, _doc("de", f"{head} - Braunschweiger Zeitung", head_html, body),
                {"title": head, "authors": ["Erik Westermann"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": pub})


def waz() -> Page:
    url = "https://www.waz.de/staedte/essen/article242654321/essen-gruga-bad-saison-start-preise.html"
    head = "Grugabad startet in die Saison: Das kostet der Eintritt"
    lead = ("Essens größtes Freibad öffnet am Samstag. Die Stadt hat die Preise erhöht, dafür "
            "gibt es längere Öffnungszeiten.")
    paras = ["Pünktlich zum langen Wochenende beginnt im Grugabad die Freibadsaison. Die Sport- "
             "und Bäderbetriebe rechnen bei gutem Wetter mit bis zu 10.000 Gästen am Tag.",
             "Die Tageskarte für Erwachsene kostet künftig 5,50 Euro.",
             "Neu in diesem Jahr:",
             "Die Saison endet am 7. September."]
    items = ["Frühschwimmen ab 6.30 Uhr an Werktagen",
             "ein Familienticket für zwei Erwachsene und drei Kinder",
             "Online-Tickets mit festen Zeitfenstern an heißen Tagen"]
    pub, mod = "2024-05-29T11:05:00+02:00", "2024-05-29T13:20:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head)])
                 + _news_ld(head, pub, mod, ["Anna Ernst", "Matthias Korfmann"], "WAZ", url))
    p = 'class="expressive-copy-lg-body"'
    body = (_nav("WAZ", ["Städte", "Ruhrgebiet", "Politik", "Sport", "Abo"])
            + '<main><article><header><span class="kicker">Freibad</span>'
            f'<h1 class="expressive-heading-3xl">{head}</h1>'
            f'<div class="expressive-copy-lg">{lead}</div>'
            '<div class="byline">Von <a href="/autoren/anna-ernst/">Anna Ernst</a> und '
            '<a href="/autoren/matthias-korfmann/">Matthias Korfmann</a></div>'
            '<time datetime="' + pub + '">Essen. 29.05.2024, 11:05 Uhr</time></header>'
            '<div class="article-body">'
            + "".join(f"<p {p}>{x}</p>" for x in paras[:3])
            + "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
            + '<article class="teaser"><a href="/x"><h4>Baldeneysee: Badestelle öffnet früher</h4>'
            '</a></article>'
            + f"<p {p}>{paras[3]}</p>"
            + '</div><div><a data-track-v2-parentlabel="Mehr lesen über" href="/t/essen">Essen'
            '</a></div></article></main>'
            + _footer("© WAZ 2024 – Alle Rechte vorbehalten."))
    return Page("waz", url, _doc("de", f"{head} - waz.de", head_html, body),
                {"title": head, "authors": ["Anna Ernst", "Matthias Korfmann"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:3], *items, paras[3]]),
                 "published": pub, "modified": mod})


def tagesspiegel() -> Page:
    url = ("https://www.tagesspiegel.de/berlin/berliner-wirtschaft/fachkrafte-mangel-berliner-"
           "handwerk-sucht-azubis-11234567.html")
    head = "Berliner Handwerk findet kaum noch Azubis"
    lead = ("Mehr als 2000 Lehrstellen sind in Berlin unbesetzt. Die Handwerkskammer fordert "
            "eine bessere Berufsorientierung an den Schulen.")
    paras = ["Bäckereien, Elektrobetriebe und Sanitärfirmen suchen händeringend Nachwuchs. "
             "Zum Start des Ausbildungsjahres waren in Berlin 2150 Lehrstellen frei.",
             "„Viele Jugendliche wissen gar nicht, was ein Anlagenmechaniker macht“, sagte "
             "Kammerpräsidentin Carola Zarth dem Tagesspiegel.",
             "Die Senatsverwaltung für Arbeit verweist auf ein neues Förderprogramm.",
             "Es soll Betrieben helfen, auch Bewerber mit schwächeren Noten auszubilden."]
    sub = "Förderprogramm für schwächere Bewerber"
    pub, mod = "2024-09-03T19:47:00+02:00", "2024-09-04T08:10:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head)])
                 + _news_ld(head, pub, mod, ["Kevin P. Hoffmann"], "Der Tagesspiegel", url))
    body = (_nav("Tagesspiegel", ["Berlin", "Politik", "Wirtschaft", "Kultur", "Plus"])
            + '<main><article><header class="Ha"><h1><span class="Ke">Fachkräftemangel</span>'
            f'<span class="Hd">{head}</span></h1>'
            f'<p class="Ma">{lead}</p>'
            '<div class="Ba">Von <a href="/autoren/kevin-p-hoffmann">Kevin P. Hoffmann</a></div>'
            '<time class="Bt" datetime="' + mod + '">Stand: 04.09.2024, 08:10 Uhr</time></header>'
            '<div id="story-elements">' + _ps(paras[:2])
            + '<aside class="Qs"><p>Mehr zum Thema</p><a href="/x">Ausbildung in Berlin: Wo '
            'die meisten Stellen frei sind</a></aside>'
            + f'<h3>{sub}</h3>' + _ps(paras[2:])
            + '</div><div class="Fb"><p>Zur Startseite</p></div></article></main>'
            + _footer("© Verlag Der Tagesspiegel GmbH"))
    return Page("tagesspiegel", url, _doc("de", f"{head}", head_html, body),
                {"title": head, "authors": ["Kevin P. Hoffmann"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": mod})


def taz() -> Page:
    url = "https://taz.de/Wohnungslosigkeit-in-Hamburg/!5998765/"
    head = "Kältebus fährt öfter als je zuvor"
    lead = ("Im Winter sind in Hamburg so viele Menschen auf der Straße wie nie. Ehrenamtliche "
            "des Kältebusses sind jede Nacht unterwegs.")
    paras = ["Kurz nach zehn am Abend steht Sabine Krüger mit einer Thermoskanne am Hauptbahnhof. "
             "Seit sechs Jahren fährt sie ehrenamtlich im Kältebus mit.",
             "In diesem Winter sei es schlimmer als sonst, sagt sie. Viele der Menschen, die sie "
             "trifft, kommen aus Osteuropa.",
             "Die Sozialbehörde verweist auf das Winternotprogramm mit 700 Schlafplätzen.",
             "Viele Obdachlose meiden die großen Unterkünfte aber aus Angst vor Diebstählen."]
    sub = "Notprogramm reicht nicht"
    pub = "2024-01-16T18:12:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", f"Wohnungslosigkeit in Hamburg: {head}"),
                                       ("name", "author", "Lotta Drügemöller")])
                 + _news_ld(head, pub, None, ["Lotta Drügemöller"], "taz. die tageszeitung", url))
    body = (_nav("taz", ["Politik", "Öko", "Gesellschaft", "Kultur", "Nord"])
            + '<main><article class="sectbody"><h1 itemprop="headline"><span class="kicker">'
            'Wohnungslosigkeit in Hamburg</span><span>' + head + '</span></h1>'
            f'<p class="intro">{lead}</p>'
            '<div class="author"><a href="/!a123/">Lotta Drügemöller</a></div>'
            '<div class="date">16. 1. 2024</div>'
            + "".join(f'<p class="article {c}">{x}</p>' for c, x in zip(("first odd", "even"), paras[:2], strict=True))
            + f'<h6>{sub}</h6>'
            + "".join(f'<p class="article {c}">{x}</p>' for c, x in zip(("odd", "even last"), paras[2:], strict=True))
            + '<div class="contact"><h4>Lotta Drügemöller</h4><p>Redakteurin für Soziales in '
            'der taz nord.</p></div><div class="tzi-paywahl"><p>Unterstützen Sie die taz mit '
            '5 Euro im Monat.</p></div></article></main>'
            + _footer("© taz Verlags u. Vertriebs GmbH"))
    # The kicker stays in the title: the page names itself with it (its <title> and
    # og:title), as the dev corpus keeps ZEIT ONLINE's and tagesschau's.
    return Page("taz", url, _doc("de", f"Wohnungslosigkeit in Hamburg: {head} - taz.de", head_html, body),
                {"title": f"Wohnungslosigkeit in Hamburg: {head}", "authors": ["Lotta Drügemöller"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": None})


def musikexpress() -> Page:
    url = "https://www.musikexpress.de/billie-eilish-hit-me-hard-and-soft-review-2523456/"
    head = "Billie Eilish: „Hit Me Hard And Soft“ – Leise, aber nicht harmlos"
    lead = ("Auf ihrem dritten Album meidet Billie Eilish die großen Hymnen. Gerade das macht "
            "„Hit Me Hard And Soft“ zu ihrer bislang stärksten Platte.")
    paras = ["Zehn Songs, keine Vorab-Single, kein Feature: Schon die Ankündigung des Albums war "
             "ein Statement.",
             "Gemeinsam mit ihrem Bruder Finneas hat Eilish ein Album aufgenommen, das sich Zeit "
             "lässt. „Lunch“ ist der einzige Song, der nach Radio klingt.",
             "„Birds Of A Feather“ dagegen ist ein Liebeslied, das man erst beim dritten Hören "
             "ganz versteht.",
             "Am Ende bleibt ein Album, das leiser ist als alles, was sie bisher gemacht hat."]
    pub, mod = "2024-05-17T10:15:00+02:00", "2024-05-17T12:40:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "og:type", "article"),
                                       ("property", "article:published_time", pub),
                                       ("property", "article:modified_time", mod),
                                       ("name", "author", "Fabian Soethof")])
                 + _ld({"@context": "https://schema.org", "@graph": [
                     {"@type": "Article", "headline": head, "datePublished": pub,
                      "dateModified": mod, "author": {"@type": "Person", "name": "Fabian Soethof"},
                      "publisher": {"@type": "Organization", "name": "Musikexpress"}},
                     {"@type": "WebPage", "@id": url, "name": f"{head} | Musikexpress"}]}))
    body = (_nav("Musikexpress", ["News", "Reviews", "Interviews", "Listen", "Heft"])
            + '<main><article class="post type-post"><header class="entry-header">'
            '<div class="cat"><a href="/reviews/">Reviews</a></div>'
            f'<h1 class="entry-title">{head}</h1>'
            f'<div class="entry-excerpt"><p>{lead}</p></div>'
            '<div class="entry-meta"><span class="author vcard">von <a class="url fn n" '
            'href="/author/fabian-soethof/">Fabian Soethof</a></span> <span class="sep">|</span> '
            '<time class="entry-date published" datetime="' + pub + '">17.05.2024</time></div>'
            '</header><div class="entry-content">' + _ps(paras)
            + '<div class="review-rating"><span>Wertung:</span> <strong>5/6</strong></div>'
            '<div class="shariff"><ul class="theme-standard orientation-horizontal">'
            '<li class="shariff-button facebook"><a href="https://www.facebook.com/sharer/sharer.php'
            '?u=x" title="Bei Facebook teilen"><span class="share_text">teilen</span></a></li>'
            '<li class="shariff-button twitter"><a href="https://twitter.com/intent/tweet?url=x" '
            'title="Bei X teilen"><span class="share_text">twittern</span></a></li></ul></div>'
            '</div>'
            '<section class="related"><h3>Das könnte Sie auch interessieren</h3><ul><li><a href="/x">'
            'Taylor Swift: „The Tortured Poets Department“ im Test</a></li></ul></section>'
            '</article></main>' + _footer("© 2024 Musikexpress – Axel Springer Mediahouse Berlin GmbH"))
    return Page("musikexpress", url, _doc("de", f"{head} | Musikexpress", head_html, body),
                {"title": head, "authors": ["Fabian Soethof"], "subtitle": lead,
                 "body": _text(paras), "published": pub, "modified": mod})


def hrinforadio() -> Page:
    url = "https://www.hr-inforadio.de/programm/themen/frankfurter-flughafen-klimaaktivisten-prozess,prozess-klimaaktivisten-100.html"
    head = "Prozess gegen Klimaaktivisten nach Flughafen-Blockade"
    lead = ("Sie hatten sich im vergangenen Sommer auf dem Rollfeld des Frankfurter Flughafens "
            "festgeklebt. Jetzt stehen vier Aktivisten vor Gericht.")
    paras = ["Vor dem Amtsgericht Frankfurt hat am Dienstag der Prozess gegen vier Mitglieder "
             "der Letzten Generation begonnen.",
             "Die Staatsanwaltschaft wirft ihnen Nötigung und Störung öffentlicher Betriebe vor. "
             "Der Flugverkehr war damals rund zwei Stunden lang eingestellt.",
             "Die Angeklagten räumten die Tat ein. Sie hätten auf die Klimakrise aufmerksam "
             "machen wollen, sagte eine 27-Jährige.",
             "Ein Urteil wird für Ende Februar erwartet."]
    sub = "Angeklagte räumen Tat ein"
    pub = "2024-02-13T14:32:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head), ("name", "author", "Katrin Kampling"),
                                       ("name", "keywords", "Flughafen, Klimaaktivisten, Prozess")])
                 + _news_ld(head, pub, pub, None, "hr-iNFO", url))
    body = (_nav("hr-iNFO", ["Programm", "Podcasts", "Livestream", "Themen"])
            + '<main><article><header><div class="kicker"><span>Amtsgericht Frankfurt</span></div>'
            f'<h1>{head}</h1></header>'
            '<div class="byline"><span>Veröffentlicht am 13.02.24 um 14:32 Uhr</span></div>'
            f'<p><strong data-cy="intro">{lead}</strong></p>'
            '<div data-cy="article-content">' + _ps(paras[:2])
            + f'<h2>{sub}</h2>' + _ps(paras[2:])
            + '</div><div class="author"><p>Autorin: Katrin Kampling</p></div>'
            '<div class="footnote"><p>Sendung: hr-iNFO, 13.02.2024, 15:00 Uhr</p></div>'
            '<section class="teaserlist"><h2>Weitere Informationen</h2><ul><li><a href="/x">'
            'Letzte Generation: Blockaden in Hessen</a></li></ul></section></article></main>'
            + _footer("© Hessischer Rundfunk"))
    return Page("hrinforadio", url, _doc("de", f"{head} | hr-iNFO", head_html, body),
                {"title": head, "authors": ["Katrin Kampling"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": pub})


def businessinsiderde() -> Page:
    url = "https://www.businessinsider.de/wirtschaft/mobilitaet/deutschlandticket-preis-2025-verkehrsminister-einigung/"
    head = "Deutschlandticket wird teurer: Das kostet es ab Januar"
    bullets = ["Das Deutschlandticket kostet ab Januar 2025 58 Euro statt 49 Euro im Monat.",
               "Darauf haben sich die Verkehrsminister der Länder am Montag geeinigt.",
               "Verbraucherschützer warnen, dass viele Abonnenten kündigen könnten."]
    paras = ["Die Verkehrsministerinnen und Verkehrsminister der Länder haben sich auf einen "
             "neuen Preis für das Deutschlandticket verständigt.",
             "Das Ticket soll ab dem 1. Januar 58 Euro im Monat kosten. Bislang zahlen Kunden "
             "49 Euro.",
             "Die Länder begründen die Erhöhung mit gestiegenen Kosten bei Personal und Energie.",
             "Der Verbraucherzentrale Bundesverband kritisierte die Entscheidung."]
    sub = "Verbraucherschützer warnen vor Kündigungen"
    pub, mod = "2024-09-23T16:58:00+02:00", "2024-09-23T17:31:00+02:00"
    head_html = (_desc(bullets[0]) + _metas([("property", "og:title", head)])
                 + _news_ld(head, pub, mod, ["Jonas Seufert"], "Business Insider Deutschland", url))
    body = (_nav("Business Insider", ["Wirtschaft", "Tech", "Karriere", "Gründerszene", "BI+"])
            + '<main><article><header><div class="category">Mobilität</div>'
            f'<h1 class="article-title">{head}</h1>'
            '<div class="article-meta"><span class="author">Jonas Seufert</span>'
            '<time datetime="' + pub + '">23 Sep 2024</time></div></header>'
            '<figure><img src="/1.jpg" alt=""><figcaption>Ein Regionalzug in Berlin. Picture '
            'Alliance</figcaption></figure>'
            '<div class="bi-bulletpoints">' + _ps(bullets) + '</div>'
            '<div class="article-body">' + _ps(paras[:2])
            + '<p class="has-text-align-right"><mark class="has-inline-color has-cyan-bluish-gray-color">'
            'Lest auch</mark></p>'
            + f'<h2>{sub}</h2>' + _ps(paras[2:])
            + '</div></article></main>' + _footer("© 2024 Business Insider Deutschland GmbH"))
    return Page("businessinsiderde", url, _doc("de", f"{head} - Business Insider", head_html, body),
                {"title": head, "authors": ["Jonas Seufert"],
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": mod})


def klassegegenklasse() -> Page:
    url = "https://www.klassegegenklasse.org/tarifrunde-nahverkehr-verdi-streik-berlin-bvg/"
    head = "Tarifrunde im Nahverkehr: Warum die Beschäftigten der BVG streiken"
    lead = ("Seit Wochen stehen bei der BVG Busse und Bahnen still. Die Beschäftigten fordern "
            "750 Euro mehr im Monat.")
    paras = ["Am frühen Morgen stehen Dutzende Kolleginnen und Kollegen vor dem Betriebshof in "
             "Lichtenberg. Viele von ihnen arbeiten seit Jahren im Schichtdienst.",
             "„Wir fahren diese Stadt jeden Tag, aber wir können sie uns kaum noch leisten“, sagt "
             "ein Busfahrer.",
             "Die BVG hat bisher eine Erhöhung um 240 Euro angeboten.",
             "Die Verhandlungen sollen in der kommenden Woche fortgesetzt werden."]
    sub = "Ein Angebot, das niemand annimmt"
    pub = "2024-02-19T09:30:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub)])
                 + _ld({"@context": "https://schema.org", "@graph": [
                     {"@type": "Article", "headline": head, "datePublished": pub,
                      "author": {"@type": "Person", "name": "Redaktion"}},
                     {"@type": "WebSite", "name": "Klasse Gegen Klasse"}]}))
    body = (_nav("Klasse Gegen Klasse", ["Deutschland", "International", "Theorie", "Frauen"])
            + '<main><article><header class="singleHeader">'
            f'<h1 class="singleHeader-title">{head}</h1>'
            f'<p class="singleHeader-excerpt">{lead}</p>'
            '<div class="metaInfo"><ul class="metaInfoAuthorList"><li><a href="/autor/lisa-schmidt/">'
            'Lisa Schmidt</a></li><li><a href="/autor/tom-berger/">Tom Berger</a></li></ul>'
            '<div class="metaInfoDateTime"><span>19. Februar 2024</span><span>09:30</span></div>'
            '</div></header><div class="singleContent ">' + _ps(paras[:2])
            + '<p><em>Zum Weiterlesen: Warum wir einen Streik bis zum Sieg brauchen</em></p>'
            + f'<h2>{sub}</h2>' + _ps(paras[2:])
            + '</div><ul class="singleTagList"><li>BVG</li><li>Streik</li></ul></article></main>'
            + _footer("Klasse Gegen Klasse"))
    return Page("klassegegenklasse", url, _doc("de", f"{head} - Klasse Gegen Klasse", head_html, body),
                {"title": head, "authors": ["Lisa Schmidt", "Tom Berger"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": None})


# ---------------------------------------------------------------------------------------------
# Austria, Italy, Belgium, Norway


def diepresse() -> Page:
    url = "https://www.diepresse.com/18312345/wiener-linien-u5-eroeffnung-verschoben"
    head = "Eröffnung der U5 verschiebt sich auf 2026"
    lead = ("Die neue U-Bahn-Linie wird später fertig als geplant. Die Wiener Linien nennen "
            "Lieferprobleme bei den Zügen als Grund.")
    paras = ["Die erste vollautomatische U-Bahn Wiens wird nicht wie geplant Ende 2025 in Betrieb "
             "gehen. Das teilten die Wiener Linien am Mittwoch mit.",
             "Grund seien Verzögerungen bei der Zulassung der neuen Züge vom Typ X-Wagen.",
             "Die Kosten für den ersten Bauabschnitt bleiben laut Stadt im Rahmen.",
             "Die Opposition im Gemeinderat spricht dagegen von einem Planungsdesaster."]
    pub, mod = "2024-03-13T11:52:00+01:00", "2024-03-13T14:07:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head)])
                 + _news_ld(head, pub, mod, ["Köksal Baltaci"], "Die Presse", url))
    body = (_nav("Die Presse", ["Politik", "Wirtschaft", "Wien", "Kultur", "Meinung"])
            + '<main><article class="article"><header><div class="article__overline">Verkehr'
            f'</div><h1 class="article__title">{head}</h1>'
            f'<p class="article__lead">{lead}</p>'
            '<div class="article__meta"><span class="author">Von <a href="/autor/koeksal-baltaci">'
            'Köksal Baltaci</a></span><time datetime="' + pub + '">13.03.2024 um 11:52</time>'
            '</div></header><div class="article__body">' + _ps(paras)
            + '<p>(red.)</p></div><div class="article__premium-teaser"><p>Jetzt Die Presse '
            'Premium lesen</p></div></article></main>' + _footer("© 2024 Die Presse"))
    return Page("diepresse", url, _doc("de", f"{head} | DiePresse.com", head_html, body),
                {"title": head, "authors": ["Köksal Baltaci"], "subtitle": lead,
                 "body": _text(paras), "published": pub, "modified": mod})


def repubblica() -> Page:
    url = "https://www.repubblica.it/cronaca/2024/05/21/news/roma_metro_c_colosseo_apertura-423012345/"
    head = "Metro C, la stazione Colosseo aprirà nel 2025"
    lead = ("Il cantiere più complesso della linea è quasi finito. Il sindaco Gualtieri: "
            "\u201cUn'opera che cambierà la mobilità del centro\u201d")
    paras = ["La stazione Colosseo-Fori Imperiali della metro C sarà aperta al pubblico entro la "
             "fine del 2025. Lo ha annunciato il Campidoglio.",
             "I lavori, iniziati nel 2013, hanno riportato alla luce reperti di epoca romana.",
             "Alcuni saranno esposti all'interno della stazione, in un percorso museale.",
             "Resta da completare la tratta fino a piazza Venezia, prevista per il 2027."]
    pub, mod = "2024-05-21T13:24:00+02:00", "2024-05-21T18:02:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head)])
                 + _news_ld(head, pub, mod, ["Lorenzo D'Albergo"], "la Repubblica", url))
    body = (_nav("la Repubblica", ["Politica", "Economia", "Esteri", "Cronaca", "Sport"])
            + '<main><article class="story"><header class="story__header">'
            f'<h1 class="story__title">{head}</h1><h2 class="story__summary">{lead}</h2>'
            '<em class="story__author"><a href="/autori/lorenzo-dalbergo">di Lorenzo D\'Albergo'
            '</a></em><time class="story__date" datetime="' + pub + '">21 Maggio 2024 alle '
            '13:24</time><span class="story__reading-time">2 minuti di lettura</span></header>'
            '<figure><img src="/1.jpg" alt=""><figcaption>Il cantiere di piazza Venezia</figcaption>'
            '</figure><div class="story__text">' + _ps(paras)
            + '</div><div class="story__related"><h3>Leggi anche</h3><ul><li>Giubileo, i cantieri '
            'in ritardo</li></ul></div></article></main>'
            + _footer("© GEDI Periodici e Servizi S.p.A."))
    return Page("repubblica", url, _doc("it", f"{head} - la Repubblica", head_html, body),
                {"title": head, "authors": ["Lorenzo D'Albergo"], "subtitle": lead,
                 "body": _text(paras), "published": pub, "modified": mod})


def politico() -> Page:
    url = "https://www.politico.eu/article/eu-ai-act-final-vote-european-parliament/"
    head = "European Parliament signs off on landmark AI Act"
    lead = ("Lawmakers backed the rulebook by a large majority, ending three years of wrangling "
            "over how to police artificial intelligence.")
    paras = ["STRASBOURG — The European Parliament on Wednesday approved the world's first "
             "comprehensive law on artificial intelligence.",
             "The AI Act passed with 523 votes in favor, 46 against and 49 abstentions.",
             "The rules ban some uses of AI outright, such as social scoring, and impose strict "
             "obligations on systems deemed high-risk.",
             "Tech companies will have up to three years to comply with the most demanding "
             "provisions."]
    pub, mod = "2024-03-13T12:58:00+01:00", "2024-03-13T15:30:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head)])
                 + _news_ld(head, pub, mod, ["Gian Volpicelli", "Mark Scott"], "POLITICO", url,
                            extra={"keywords": ["Artificial Intelligence", "Technology"]}))
    body = (_en_nav("POLITICO", ["Newsletters", "Podcasts", "Poll of Polls", "Policy news", "Events"])
            + '<main><article><header class="hero"><p class="hero__label">Technology</p>'
            f'<h1 class="hero__title">{head}</h1><p class="hero__excerpt">{lead}</p>'
            '<div class="article-meta"><span class="article-meta__author">By <a href="/author/'
            'gian-volpicelli/">Gian Volpicelli</a> and <a href="/author/mark-scott/">Mark Scott</a>'
            '</span><span class="date-time__date">March 13, 2024</span> '
            '<span class="date-time__time">12:58 pm CET</span></div></header>'
            '<div class="article__content">' + _ps(paras[:2])
            + '<aside class="related-content"><p>RELATED</p><a href="/x">EU strikes deal on AI rules'
            '</a></aside>' + _ps(paras[2:])
            + '<p><em>This article has been updated.</em></p></div></article></main>'
            + _en_footer("© POLITICO 2024"))
    return Page("politico", url, _doc("en", f"{head} – POLITICO", head_html, body),
                {"title": head, "authors": ["Gian Volpicelli", "Mark Scott"], "subtitle": lead,
                 "body": _text(paras), "published": pub, "modified": mod})


def vg() -> Page:
    url = "https://www.vg.no/nyheter/i/Mo7bEe/stormen-ingunn-full-stans-paa-vestlandet"
    head = "Ekstremværet «Ingunn»: Full stans på Vestlandet"
    lead = ("Fly er innstilt, veier stengt og tusenvis er uten strøm. Meteorologene ber folk "
            "holde seg innendørs.")
    paras = ["Ekstremværet «Ingunn» nådde kysten av Møre og Romsdal natt til onsdag med vindkast "
             "på over 40 meter i sekundet.",
             "Avinor har innstilt alle avganger fra Ålesund og Kristiansund.",
             "Ifølge Statnett er rundt 30.000 husstander uten strøm.",
             "Politiet ber folk unngå unødvendig reising."]
    pub, mod = "2024-01-31T07:48:00+01:00", "2024-01-31T09:15:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub),
                                       ("property", "article:modified_time", mod),
                                       ("property", "article:author", "Kristine Hamnes"),
                                       ("property", "article:author", "Jørgen Braastad")])
                 + _news_ld(head, pub, mod, ["Kristine Hamnes", "Jørgen Braastad"], "VG", url))
    body = (_nav("VG", ["Nyheter", "Sport", "Rampelys", "Podcast", "VG+"])
            + f'<main><article><header><h1>{head}</h1><p>{lead}</p></header>'
            '<div class="byline"><ul><li><a href="/forfatter/kristine-hamnes">Kristine Hamnes</a>'
            '<span>Journalist</span></li><li><a href="/forfatter/jorgen-braastad">Jørgen Braastad'
            '</a><span>Journalist</span></li></ul><div class="timestamps"><span>Publisert: '
            '<time datetime="' + pub + '">31.01.24 07:48</time></span><span>Oppdatert: '
            '<time datetime="' + mod + '">31.01.24 09:15</time></span></div></div>'
            '<section class="article-body">' + _ps(paras)
            + '</section></article><aside><h2>Mest lest</h2><ul><li>Dette er '
            'strømprisene i dag</li></ul></aside></main>' + _footer("© VG Multimedia AS"))
    return Page("vg", url, _doc("nb", f"{head} – VG", head_html, body),
                {"title": head, "authors": ["Kristine Hamnes", "Jørgen Braastad"], "subtitle": lead,
                 "body": _text(paras), "published": pub, "modified": mod})


# ---------------------------------------------------------------------------------------------
# United Kingdom, United States, Canada


def express() -> Page:
    url = "https://www.express.co.uk/news/uk/1889123/state-pension-triple-lock-increase-april"
    head = "State pension rise confirmed as millions to get £900 more from this week"
    lead = ("The new state pension will rise by 8.5 percent from April 8 under the triple lock, "
            "the Department for Work and Pensions has confirmed.")
    paras = ["Millions of pensioners will see their payments rise this week as the triple lock "
             "uprating comes into force.",
             "The full new state pension will increase from £203.85 to £221.20 a week.",
             "The basic state pension, for those who reached state pension age before April "
             "2016, will rise to £169.50 a week.",
             "Payments are usually made every four weeks in arrears."]
    pub, mod = "2024-04-08T08:12:00+01:00", "2024-04-08T09:30:00+01:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub),
                                       ("property", "article:modified_time", mod),
                                       ("name", "author", "Rebecca Lawrence")])
                 + _news_ld(head, pub, mod, ["Rebecca Lawrence"], "Express.co.uk", url))
    body = (_en_nav("Express", ["News", "Showbiz", "Sport", "Comment", "Finance", "Travel"])
            + f'<main><article><header><h1>{head}</h1><h3>{lead}</h3>'
            '<div class="author"><span>By <a href="/authors/rebecca-lawrence">Rebecca Lawrence'
            '</a>, Senior Money Reporter</span></div><div class="dates"><time datetime="' + pub
            + '">08:12, Mon, Apr 8, 2024</time> | UPDATED: <time datetime="' + mod + '">09:30, '
            'Mon, Apr 8, 2024</time></div></header>'
            '<figure><img src="/1.jpg" alt=""><figcaption>The state pension is rising '
            '(Image: Getty)</figcaption></figure>'
            '<div class="text-description">' + _ps(paras[:2]) + '</div>'
            '<div class="text-description dont-miss"><p><strong>DON\'T MISS:</strong></p>'
            '<p><a href="/x">Pension warning as thousands miss out on £3,900 [LATEST]</a></p>'
            '<p><a href="/y">Retirees urged to check for unclaimed cash [INSIGHT]</a></p></div>'
            '<div class="text-description">' + _ps(paras[2:]) + '</div>'
            '<div class="newsletter"><p>Sign up to our money newsletter</p></div></article></main>'
            + _en_footer("© Express Newspapers 2024"))
    return Page("express", url, _doc("en", f"{head} | UK | News | Express.co.uk", head_html, body),
                {"title": head, "authors": ["Rebecca Lawrence"], "subtitle": lead,
                 "body": _text(paras), "published": pub, "modified": mod})


def nature() -> Page:
    url = "https://www.nature.com/articles/d41586-024-00712-3"
    head = "Why the world's fastest-warming ocean is turning heads"
    lead = ("Record temperatures in the North Atlantic have baffled climate scientists — but "
            "new studies point to a combination of causes.")
    paras = ["For more than a year, sea surface temperatures in the North Atlantic have been "
             "higher than at any time on record.",
             "Researchers say that a weakening of the trade winds, fewer Saharan dust storms and "
             "cleaner shipping fuel all played a part.",
             "Cuts to sulfur emissions from ships have reduced the number of reflective clouds "
             "over busy shipping lanes.",
             "\u201cIt's not one smoking gun,\u201d says climate scientist Zeke Hausfather."]
    sub = "Cleaner air, warmer sea"
    pub = "2024-03-12T00:00:00+00:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("name", "citation_publication_date", "2024/03/12"),
                                       ("name", "dc.creator", "Jeff Tollefson")])
                 + _news_ld(head, pub, None, ["Jeff Tollefson"], "Nature", url,
                            extra={"keywords": ["Climate sciences", "Oceanography"]}))
    body = (_en_nav("nature", ["Explore content", "About the journal", "Publish with us"])
            + '<main><article><div class="c-article-header"><ul class="c-article-identifiers">'
            '<li>NEWS</li><li><time datetime="2024-03-12">12 March 2024</time></li></ul>'
            f'<h1 class="c-article-magazine-title">{head}</h1>'
            f'<div class="c-article-teaser-text">{lead}</div>'
            '<ul class="c-article-author-list"><li>By <a href="#auth-1">Jeff Tollefson</a></li>'
            '</ul></div><div class="main-content" data-test="main-content">'
            + _ps(paras[:2])
            + '<figure><img src="/1.jpg" alt=""><figcaption><p>A container ship in the Atlantic. '
            'Credit: Getty</p></figcaption></figure>'
            + f'<h2>{sub}</h2>' + _ps(paras[2:])
            + '<p>doi: https://doi.org/10.1038/d41586-024-00712-3</p></div>'
            '<aside><h2>Related Articles</h2><ul><li><a href="/x">Record ocean heat</a></li></ul>'
            '</aside><aside><h2>Subjects</h2><ul><li>Climate sciences</li></ul></aside>'
            '</article></main>' + _en_footer("© 2024 Springer Nature Limited"))
    return Page("nature", url, _doc("en", f"{head}", head_html, body),
                {"title": head, "authors": ["Jeff Tollefson"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": None})


def dailymail() -> Page:
    url = ("https://www.dailymail.co.uk/news/article-13123456/storm-isha-amber-warning-"
           "trains-cancelled.html")
    head = "Storm Isha batters Britain with 90mph winds as trains are cancelled"
    bullets = ["Amber warnings for wind cover most of Scotland and northern England",
               "Network Rail has told passengers not to travel on Monday morning"]
    paras = ["Storm Isha swept across Britain overnight, bringing down trees and leaving tens of "
             "thousands of homes without power.",
             "The Met Office recorded a gust of 99mph at Brizlee Wood in Northumberland.",
             "ScotRail suspended all services from 7pm on Sunday.",
             "Forecasters warned that a second storm could arrive later in the week."]
    pub, mod = "2024-01-22T07:18:00+00:00", "2024-01-22T09:01:00+00:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head),
                                           ("property", "article:published_time", pub),
                                           ("property", "article:modified_time", mod),
                                           ("name", "author", "Jack Wright")])
                 + _news_ld(head, pub, mod, ["Jack Wright"], "Mail Online", url))
    body = (_en_nav("Mail Online", ["Home", "News", "U.K.", "Sport", "TV&Showbiz"])
            + f'<main><div id="js-article-text"><h2>{head}</h2>'
            '<ul class="mol-bullets-with-font">'
            + "".join(f"<li><strong>{b}</strong></li>" for b in bullets) + "</ul>"
            '<p class="author-section byline-plain">By <a class="author" href="/home/search.html'
            '?s=&amp;authornamef=Jack+Wright">JACK WRIGHT</a></p>'
            '<p class="byline-section"><span class="article-timestamp article-timestamp-published">'
            'Published: <time datetime="' + pub + '">07:18 GMT, 22 January 2024</time></span> | '
            '<span class="article-timestamp article-timestamp-updated">Updated: <time datetime="'
            + mod + '">09:01 GMT, 22 January 2024</time></span></p>'
            '<div itemprop="articleBody">' + _ps(paras[:2], "mol-para-with-font")
            + '<div class="mol-img-group"><img src="/1.jpg" alt=""><p class="imageCaption">Waves '
            'crash against the sea wall in Whitley Bay</p></div>'
            + _ps(paras[2:], "mol-para-with-font")
            + '</div><div class="share-or-comment"><p>Share or comment on this article:</p></div>'
            '</div></main>' + _en_footer("Published by Associated Newspapers Ltd"))
    return Page("dailymail", url, _doc("en", f"{head} | Daily Mail Online", head_html, body),
                {"title": head, "authors": ["Jack Wright"], "body": _text(paras),
                 "published": pub, "modified": mod})


def techcrunch() -> Page:
    url = "https://techcrunch.com/2024/04/16/startup-raises-series-a-battery-recycling/"
    head = "Battery recycling startup Cirba raises $40M to build plants in Europe"
    paras = ["Cirba Solutions, a startup that recovers lithium and nickel from used batteries, "
             "has raised $40 million in a Series A round.",
             "The company plans to open two recycling plants in Germany and Poland by 2026, "
             "co-founder Maria Lopez told TechCrunch.",
             "Europe's new battery regulation requires a minimum share of recycled material in "
             "new batteries from 2031.",
             "The round was led by Energy Impact Partners, with participation from existing "
             "investors."]
    pub, mod = "2024-04-16T16:42:00-07:00", "2024-04-16T17:05:00-07:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head),
                                           ("property", "article:published_time", pub),
                                           ("property", "article:modified_time", mod),
                                           ("name", "author", "Tim De Chant")])
                 + _news_ld(head, pub, mod, ["Tim De Chant"], "TechCrunch", url))
    body = (_en_nav("TechCrunch", ["Latest", "Startups", "Venture", "AI", "Events"])
            + '<main><article class="post"><header class="article-hero">'
            '<a class="article-hero__category" href="/category/climate/">Climate</a>'
            f'<h1 class="article-hero__title wp-block-post-title">{head}</h1>'
            '<div class="article-hero__authors"><a href="/author/tim-de-chant/">Tim De Chant</a>'
            '</div><div class="article-hero__date"><time datetime="' + pub + '">4:42 PM PDT · '
            'April 16, 2024</time></div></header>'
            '<figure><img src="/1.jpg" alt=""><figcaption>Image Credits: Cirba Solutions'
            '</figcaption></figure>'
            '<div class="entry-content wp-block-post-content">' + _ps(paras[:2])
            + '<div class="wp-block-techcrunch-inline-cta"><p>Join us at TechCrunch Sessions: '
            'Climate on June 5 in Berkeley. Register now.</p></div>' + _ps(paras[2:])
            + '</div><div class="wp-block-tc23-author-card"><p>Tim De Chant is a senior climate '
            'reporter at TechCrunch.</p><a>View Bio</a></div></article></main>'
            + _en_footer("© 2024 Yahoo. All rights reserved."))
    return Page("techcrunch", url, _doc("en", f"{head} | TechCrunch", head_html, body),
                {"title": head, "authors": ["Tim De Chant"], "body": _text(paras),
                 "published": pub, "modified": mod})


def rollingstone() -> Page:
    url = "https://www.rollingstone.com/music/music-news/fleetwood-mac-rumours-anniversary-reissue-1234998877/"
    head = "Fleetwood Mac Announce ‘Rumours’ Reissue With Unreleased Demos"
    lead = ("The deluxe edition features 20 previously unheard recordings from the band's 1976 "
            "sessions")
    paras = ["Fleetwood Mac will release an expanded edition of Rumours this fall, featuring "
             "demos, alternate takes and live recordings.",
             "The set includes an early version of “Dreams” with different lyrics, as well as a "
             "full concert recorded in 1977.",
             "The original album spent 31 weeks at Number One on the Billboard 200.",
             "Pre-orders open on Friday."]
    pub, mod = "2024-06-18T11:38:00-04:00", "2024-06-18T12:02:00-04:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head)])
                 + _news_ld(head, pub, mod, ["Daniel Kreps"], "Rolling Stone", url))
    body = (_en_nav("Rolling Stone", ["Music", "Politics", "TV & Movies", "Culture", "RS Recommends"])
            + '<main><article><header><div class="article-kicker">Music News</div>'
            f'<h1 class="c-title">{head}</h1>'
            f'<p class="c-dek a-font-secondary-s">{lead}</p>'
            '<div class="c-byline"><span>By <a href="/author/daniel-kreps/">Daniel Kreps</a></span>'
            '</div><time class="c-timestamp" datetime="' + pub + '">June 18, 2024</time></header>'
            '<div class="a-content pmc-paywall">' + _ps(paras[:2])
            + '<div class="article-list"><h2>Editor’s picks</h2><ul><li><a href="/x">The 500 '
            'Greatest Albums of All Time</a></li><li><a href="/y">The 100 Best Songs of 2024'
            '</a></li></ul></div>' + _ps(paras[2:])
            + '</div><div class="c-tags"><span>In This Article:</span> <a>Fleetwood Mac</a></div>'
            '<section class="trending"><h3>Trending Stories</h3><ul><li>Taylor Swift Breaks '
            'Record</li></ul></section></article></main>'
            + _en_footer("© 2024 Rolling Stone, LLC, a subsidiary of Penske Media Corporation."))
    return Page("rollingstone", url, _doc("en", f"{head} – Rolling Stone", head_html, body),
                {"title": head, "authors": ["Daniel Kreps"], "subtitle": lead,
                 "body": _text(paras), "published": pub, "modified": mod})


def foxnews() -> Page:
    url = "https://www.foxnews.com/us/texas-town-flooding-rescue-crews-search"
    head = "Texas town hit by flash flooding as rescue crews search for missing residents"
    lead = ("Emergency crews carried out more than 100 water rescues overnight after heavy rain "
            "hit central Texas")
    paras = ["More than 100 people were rescued from rising water in central Texas on Monday "
             "night, officials said.",
             "The National Weather Service said up to 10 inches of rain fell in less than six "
             "hours near the town of Marble Falls.",
             "Gov. Greg Abbott said state resources had been deployed to the area.",
             "Schools in the county will remain closed on Tuesday."]
    pub, mod = "2024-05-14T06:02:00-04:00", "2024-05-14T08:15:00-04:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("name", "dc.date", pub)])
                 + _news_ld(head, pub, mod, ["Bradford Betz"], "Fox News", url))
    body = (_en_nav("Fox News", ["U.S.", "Politics", "World", "Opinion", "Media", "Entertainment"])
            + '<main><article><header class="article-header"><div class="eyebrow"><a href="/us">'
            f'U.S.</a></div><h1 class="headline">{head}</h1><h2 class="sub-headline">{lead}</h2>'
            '<div class="article-meta"><div class="author-byline"><span>By <a href="/person/b/'
            'bradford-betz">Bradford Betz</a> Fox News</span></div><span class="article-date">'
            'Published <time>May 14, 2024 6:02am EDT</time></span></div></header>'
            '<div class="article-body">' + _ps(paras[:2])
            + '<p><strong><a href="/x">FLOODWATERS SWEEP AWAY CARS IN HOUSTON AS SEVERE STORMS '
            'BATTER TEXAS</a></strong></p>' + _ps(paras[2:3])
            + '<p><strong><a href="/apps">CLICK HERE TO GET THE FOX NEWS APP</a></strong></p>'
            + _ps(paras[3:])
            + '<p><i>The Associated Press contributed to this report.</i></p></div>'
            '<div class="author-bio"><p>Bradford Betz is a Fox News Digital breaking news writer '
            'covering crime, extreme weather, among other topics.</p></div></article></main>'
            + _en_footer("©2024 FOX News Network, LLC. All rights reserved."))
    return Page("foxnews", url, _doc("en", f"{head} | Fox News", head_html, body),
                {"title": head, "authors": ["Bradford Betz"], "subtitle": lead,
                 "body": _text([*paras, "The Associated Press contributed to this report."]),
                 "published": pub, "modified": mod})


def _postmedia(site: str, url: str, head: str, lead: str, paras: list[str], author: str,
               role: str, pub: str, mod: str, printed: str) -> tuple[str, str]:
    head_html = (_desc(lead) + _metas([("property", "og:title", head),
                                       ("property", "article:published_time", pub),
                                       ("property", "article:modified_time", mod),
                                       ("name", "author", author)])
                 + _news_ld(head, pub, mod, [author], site, url))
    label = '<p class="article-content__label">Article content</p>'
    body = (_en_nav(site, ["News", "Opinion", "Sports", "Business", "Life", "Newsletters"])
            + '<main><article class="article-content"><header class="article-header">'
            f'<h1 class="article-title">{head}</h1><p class="article-subtitle">{lead}</p>'
            '<div class="article-header__detail"><span class="published-by__author">Author of the '
            f'article:</span><a href="/author/x">{author}</a><span>{role}</span>'
            f'<span class="published-date">{printed}</span></div></header>'
            '<section class="article-content__content-group">'
            + _ps(paras[:1]) + label + _ps(paras[1:3])
            + '<div class="newsletter-signup"><p>You can save this article by registering for free '
            '<a href="/register">here</a>. Or sign-in if you have an account.</p></div>'
            + label + _ps(paras[3:])
            + '</section><div class="comments"><p>Share this article in your social network</p>'
            '</div></article></main>' + _en_footer("© 2024 Postmedia Network Inc. All rights reserved."))
    return head_html, body


def ottawacitizen() -> Page:
    url = "https://ottawacitizen.com/news/local-news/lrt-line-1-shutdown-bus-replacement"
    head = "LRT Line 1 to shut down for two weeks this summer"
    lead = "OC Transpo says R1 buses will replace trains between Blair and Tunney's Pasture."
    paras = ["OC Transpo will shut down the Confederation Line for two weeks in July to carry out "
             "repairs to the track and overhead wires.",
             "The transit agency said the work could not be done during overnight closures.",
             "R1 replacement buses will run every three to five minutes.",
             "Coun. Glen Gower, chair of the transit committee, said the shutdown was "
             "\u201cfrustrating but necessary.\u201d"]
    pub, mod = "2024-05-22T17:14:00-04:00", "2024-05-22T19:46:00-04:00"
    head_html, body = _postmedia("Ottawa Citizen", url, head, lead, paras, "Joanne Laucius", "",
                                 pub, mod, "Published May 22, 2024 • Last updated May 22, 2024 • "
                                 "2 minute read")
    return Page("ottawacitizen", url, _doc("en", f"{head} | Ottawa Citizen", head_html, body),
                {"title": head, "authors": ["Joanne Laucius"], "subtitle": lead,
                 "body": _text(paras), "published": pub, "modified": mod})


def canadacom() -> Page:
    url = "https://canada.com/news/national/wildfire-season-forecast-2024"
    head = "Canada braces for another severe wildfire season"
    lead = "Drought in the West and a warm winter raise the risk of early fires, officials warn."
    paras = ["Federal officials warned on Wednesday that Canada could face another severe "
             "wildfire season after a winter with little snow.",
             "More than 100 fires were still burning from last year in British Columbia and "
             "Alberta, the emergency preparedness minister said.",
             "Last year, fires burned more than 18 million hectares across the country.",
             "Ottawa will spend $50 million to train more firefighters."]
    pub, mod = "2024-04-10T15:02:00-04:00", "2024-04-10T15:30:00-04:00"
    head_html, body = _postmedia("Canada.com", url, head, lead, paras, "Sean Craig",
                                 "National Post", pub, mod, "Published Apr 10, 2024 • 3 minute read")
    return Page("canadacom", url, _doc("en", f"{head} | Canada.com", head_html, body),
                {"title": head, "authors": ["Sean Craig"], "subtitle": lead,
                 "body": _text(paras), "published": pub, "modified": mod})


# ---------------------------------------------------------------------------------------------
# Japan, South Africa


def japannews() -> Page:
    url = "https://japannews.yomiuri.co.jp/politics/politics-government/20240312-173456/"
    head = "Govt to Expand Subsidies for Childbirth Costs"
    paras = ["The government plans to expand subsidies to cover childbirth costs, with the aim of "
             "making delivery effectively free of charge from fiscal 2026.",
             "Currently, a lump-sum allowance of ¥500,000 is paid for each birth, but costs in "
             "Tokyo average more than ¥600,000.",
             "The health ministry will compile details of the plan by the end of the year.",
             "Some obstetricians have expressed concern that fixed prices could force small "
             "clinics to close."]
    sub = "Concerns over small clinics"
    pub = "2024-03-12T12:45:00+09:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head),
                                           ("property", "article:published_time", pub)])
                 + _news_ld(head, pub, None, None, "The Japan News", url,
                            extra={"author": {"@type": "Organization", "name": "The Yomiuri Shimbun"},
                                   "keywords": ["Politics", "Government"]}))
    body = (_en_nav("The Japan News", ["Politics", "Society", "Business", "World", "Sports"])
            + '<main><article><div class="p-article-header"><p class="category">Politics &amp; '
            f'Government</p><h1 class="title-article">{head}</h1>'
            '<div class="postdate">12:45 JST, March 12, 2024</div></div>'
            '<figure><img src="/1.jpg" alt=""><p class="caption">A maternity ward in Tokyo</p>'
            '<p class="credit">The Yomiuri Shimbun</p></figure>'
            '<div id="p-article-block">' + _ps(paras[:2]) + f'<h2>{sub}</h2>' + _ps(paras[2:])
            + '<p class="p-article-copy">Copyright 2024 The Yomiuri Shimbun</p></div>'
            '<div class="related"><h3>Related Tags</h3><ul><li>Childbirth</li></ul></div>'
            '</article></main>' + _en_footer("Copyright © The Japan News - by The Yomiuri Shimbun"))
    return Page("japannews", url, _doc("en", f"{head} - The Japan News", head_html, body),
                {"title": head, "authors": [],
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": None})


def nikkei() -> Page:
    url = "https://www.nikkei.com/article/DGXZQOUA121230S4A310C2000000/"
    head = "春闘、満額回答相次ぐ　トヨタや日立など大手"
    paras = ["2024年の春季労使交渉（春闘）は13日、集中回答日を迎え、自動車や電機の大手で労働組合"
             "の要求に満額で応じる回答が相次いだ。",
             "トヨタ自動車は賃上げと一時金で過去最高水準の要求に満額回答した。",
             "物価上昇を上回る賃上げが中小企業に広がるかが今後の焦点となる。",
             "連合は15日に第1回の集計結果を公表する。"]
    pub, mod = "2024-03-13T11:30:00+09:00", "2024-03-13T15:02:00+09:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head),
                                           ("property", "article:published_time", pub),
                                           ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, None, "日本経済新聞", url))
    body = ('<header class="site-header"><a href="/">日本経済新聞</a><nav><ul><li>トップ</li><li>速報'
            '</li><li>経済</li><li>政治</li><li>ビジネス</li></ul></nav></header>'
            '<main><article class="container_c1suc6un"><div class="topicLink_t1utb7yk">'
            '<a href="/theme/x">春闘</a></div>'
            f'<h1 class="title_thkn1b1">{head}</h1>'
            '<div class="TimeStamp_t165nkxq"><time datetime="' + pub + '">2024年3月13日 11:30'
            '</time><span>（2024年3月13日 15:02更新）</span></div>'
            '<section class="container_cz8tiun">'
            + _ps(paras[:2], "paragraph_p15tm1hb")
            + '<div class="relatedArticle_r1kz6zz1"><p>関連記事</p><a href="/x">賃上げ、中小に波及'
            'なるか</a></div>' + _ps(paras[2:], "paragraph_p15tm1hb")
            + '</section><div class="share_s1c1ad0r"><p>この記事をシェアする</p></div></article>'
            '</main><footer><p>Nikkei Inc. No reproduction without permission.</p></footer>')
    return Page("nikkei", url, _doc("ja", f"{head} - 日本経済新聞", head_html, body),
                {"title": head, "authors": [], "body": _text(paras),
                 "published": pub, "modified": mod})


def dizindaba() -> Page:
    url = "https://dizindaba.com/2024/03/amaphoyisa-abopha-abasolwa-ekuntshontsheni-izimoto/"
    head = "Amaphoyisa abopha abasolwa ekuntshontsheni izimoto eThekwini"
    paras = ["Amaphoyisa aseThekwini abophe abasolwa abathathu ngemuva kokutholakala kwezimoto "
             "ezintathu ezebiwe endaweni yaseKwaMashu.",
             "Umkhulumeli wamaphoyisa uthe abasolwa bazovela enkantolo ngoMsombuluko.",
             "Izakhamuzi zincome amaphoyisa ngokusebenza ngokushesha.",
             "Uphenyo lusaqhubeka futhi kulindeleke ukuthi kuboshwe nabanye."]
    sub = "Izakhamuzi zincoma amaphoyisa"
    pub = "2024-03-14T10:21:00+02:00"
    head_html = (_desc(paras[0]) + _metas([("property", "og:title", head)])
                 + _news_ld(head, pub, pub, ["Dizindaba"], "Dizindaba", url))
    body = (_en_nav("Dizindaba", ["Izindaba", "Ezemidlalo", "Ezokungcebeleka", "Ezombangazwe"])
            + '<main><article><header class="entry-header">'
            f'<h1 class="entry-title">{head}</h1>'
            '<span class="posted-on"><time datetime="' + pub + '">March 14, 2024</time></span>'
            '</header><div class="entry-content" itemprop="articleBody">'
            '<p>Intatheli: Sipho Ngcobo | Durban</p>' + _ps(paras[:2])
            + f'<p><strong>{sub}</strong></p>' + _ps(paras[2:])
            + '</div><div class="sharedaddy"><h3>Share this:</h3><ul><li>Facebook</li><li>WhatsApp'
            '</li></ul></div></article></main>' + _en_footer("© 2024 Dizindaba"))
    return Page("dizindaba", url, _doc("zu", f"{head} – Dizindaba", head_html, body),
                {"title": head, "authors": ["Sipho Ngcobo"],
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": pub})


def eyethu() -> Page:
    url = "https://eyethunews.co.za/2024/06/abafundi-bathola-imifundaze-yokufunda-ubunjiniyela/"
    head = "Abafundi bathola imifundaze yokufunda ubunjiniyela"
    lead = "Abafundi abangu-50 baseMgungundlovu bazofunda mahhala emanyuvesi ezweni lonke"
    paras = ["Abafundi abangu-50 abaphuma ezikoleni zasemakhaya eMgungundlovu bathole "
             "imifundaze yokufunda ubunjiniyela.",
             "Lolu hlelo luxhaswe yinkampani yezimayini ngokubambisana noMnyango wezeMfundo.",
             "Umfundi oyedwa uthe akakaze acabange ukuthi uzofunda enyuvesi.",
             "Uhlelo lulindeleke ukuthi luqhubeke nonyaka ozayo."]
    sub = "Amaphupho afezekile"
    pub = "2024-06-20T08:45:00+02:00"
    head_html = (_desc(lead) + _metas([("property", "og:title", head)])
                 + _news_ld(head, pub, pub, ["Content Writer"], "Eyethu News", url,
                            extra={"keywords": "Imfundo, Imifundaze"}))
    body = (_en_nav("Eyethu News", ["Izindaba", "Ezemidlalo", "Ezemfundo", "Ezokuzijabulisa"])
            + '<main><article id="the-post"><header class="entry-header-outer">'
            f'<h1 class="post-title entry-title">{head}</h1>'
            f'<h2 class="entry-sub-title">{lead}</h2>'
            '<div class="post-meta"><span class="meta-author"><a href="/author/nomvula/">Nomvula '
            'Zungu</a></span><span class="date meta-item">June 20, 2024</span></div></header>'
            '<figure><img src="/1.jpg" alt="abafundi"><figcaption>IZITHOMBE: EYETHU NEWS'
            '</figcaption></figure><div class="entry-content entry clearfix">' + _ps(paras[:2])
            + f'<p><strong>{sub}</strong></p>' + _ps(paras[2:])
            + '</div><div class="post-bottom-meta"><span>Tags</span><a>Imfundo</a></div>'
            '<div class="post-components"><h3>Okunye Okuhlobene</h3><ul><li>Izikole zivulwa'
            '</li></ul></div></article></main>' + _en_footer("© Copyright 2024, All Rights Reserved"))
    return Page("eyethu", url, _doc("zu", f"{head} - Eyethu News", head_html, body),
                {"title": head, "authors": ["Nomvula Zungu"], "subtitle": lead,
                 "body": "\n\n".join([*paras[:2], sub, *paras[2:]]),
                 "published": pub, "modified": pub})


BUILDERS = [morgenpost, braunschweiger, waz, tagesspiegel, taz, musikexpress, hrinforadio,
            businessinsiderde, klassegegenklasse, diepresse, repubblica, politico, vg, express,
            nature, dailymail, techcrunch, rollingstone, foxnews, ottawacitizen, canadacom,
            japannews, nikkei, dizindaba, eyethu]


def pages() -> Iterator[Page]:
    for build in BUILDERS:
        yield build()


__all__ = ["BUILDERS", "Page", "ablated", "pages"]
