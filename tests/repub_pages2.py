# ruff: noqa: E501
"""A second set of look-alike article pages of portals republishing news-agency copy, from
other regions and CMSs than `tests.repub_pages`: European regional papers running dpa, APA,
Keystone-SDA, ANSA, EFE, Europa Press, ANP, PAP and AFP copy; US local papers and TV
stations running AP copy (with "The Associated Press contributed …" and AP's rights line);
Canadian papers running The Canadian Press ("This report by The Canadian Press was first
published …"); Australian and New Zealand sites running AAP; Latin American portals running
EFE, AFP and Télam; African portals running AFP, Xinhua, NAN and APS; aggregators (MSN,
Yahoo, NewsBreak); finance sites running Reuters, Dow Jones and Bloomberg copy; sports sites
running PA Media and AFP copy. Written from what the sites printed around 2023-2025.

The records follow `tests.repub_pages`: `agency` is the normalised wire name, `dateline` the
place; authors are the reporters the page names, else the wire as the page credits it as
author (byline or author metadata), none where it credits no author; the body is the copy as
printed (the wire's dateline, bare closing credits such as "(APA)", "(NAN)" or "(ANSA).",
The Canadian Press's "This report … was first published …" and "… contributed to this
report." lines kept), while dated rights lines ("Copyright 2024 The Associated Press. All
rights reserved. …", "©2024 Bloomberg L.P.", "© dpa-infocom, dpa:…"), desk slugs and sigles
("(END) Dow Jones Newswires", "Enditem", "kw/ mk/"), feed notes and the portals' promos
("Most Read from Bloomberg", "Download the app") are not.

`pages()` yields `tests.publisher_pages.Page`s; `ablated` strips the metadata.
`python -m tests.repub_measure -v --set 2` prints the figures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tests.publisher_pages import Page, _doc, _ld, _news_ld, _ps, _text, ablated
from tests.repub_pages import _og
from tests.wire_pages import _footer, _most_read, _nav, _share, _truth

__all__ = ["Page", "ablated", "pages"]

_AP_RIGHTS = ("Copyright 2024 The Associated Press. All rights reserved. This material may not "
              "be published, broadcast, rewritten or redistributed without permission.")


# ---------------------------------------------------------------------------------------------
# Austria, Germany, Switzerland


def derstandard_apa() -> Page:
    url = "https://www.derstandard.at/story/3000000251234/regierung-einigt-sich-auf-budgetpfad"
    title = "Regierung einigt sich auf Budgetpfad bis 2026"
    lead = "Das Defizitverfahren der EU soll damit abgewendet werden"
    paras = ["Wien – Die Regierung hat sich am Dienstag auf einen Budgetpfad bis 2026 "
             "geeinigt. Das teilte das Finanzministerium nach einer Sitzung des Ministerrats mit.",
             "Demnach sollen im kommenden Jahr rund 6,4 Milliarden Euro eingespart werden, "
             "unter anderem durch das Aus für den Klimabonus und höhere Abgaben für Banken.",
             "Die Opposition kritisierte das Paket als sozial unausgewogen. Die Wirtschaftskammer "
             "begrüßte hingegen den Verzicht auf neue Vermögenssteuern."]
    pub = "2024-12-17T13:03:00+01:00"
    head = (_og(title, "DER STANDARD", lead, pub=pub, mod=pub, section="Inland")
            + _news_ld(title, pub, pub, None, "DER STANDARD", url))
    body = (_nav("DER STANDARD", ["International", "Inland", "Wirtschaft", "Web", "Sport"], "site-header")
            + '<main><article class="story-article"><header class="article-header">'
            '<h2 class="article-kicker">Budget</h2><h1 class="article-title">' + title + '</h1>'
            '<p class="article-subtitle">' + lead + '</p><div class="article-meta">'
            '<div class="article-origins"><p>17. Dezember 2024, 13:03</p></div>'
            '<div class="article-pubdate"><p><time datetime="2024-12-17T12:03Z">17. Dezember 2024, '
            '13:03</time></p></div></div></header>' + _share("js-share")
            + '<div class="article-body">' + _ps(paras) + '<p>(APA, 17.12.2024)</p></div>'
            '<div class="article-tags"><a href="/inland">Inland</a><a href="/budget">Budget</a></div>'
            '<section class="story-forum"><h3>Forum</h3><p>Diskutieren Sie mit!</p></section>'
            '</article></main>'
            + _footer(["© STANDARD Verlagsgesellschaft m.b.H. 2024",
                       "Alle Rechte vorbehalten. Nutzung ausschließlich für den privaten Eigenbedarf."]))
    return Page("derstandard-apa", url, _doc("de", title + " - Inland - derStandard.at › Inland", head, body),
                {**_truth(title, _text(paras), [], pub, pub, "APA", "Wien"), "subtitle": lead})


def kleinezeitung_apa() -> Page:
    url = "https://www.kleinezeitung.at/oesterreich/18934512/lawinenwarnstufe-vier-in-tirol"
    title = "Lawinenwarnstufe vier in weiten Teilen Tirols"
    paras = ["Nach den ergiebigen Schneefällen der vergangenen Tage herrscht in weiten Teilen "
             "Tirols große Lawinengefahr. Der Lawinenwarndienst gab am Dienstag die Stufe vier "
             "der fünfteiligen Skala aus.",
             "Besonders betroffen seien die Nordalpen sowie die Silvretta, hieß es. Spontane "
             "Lawinen seien auch in mittelgroßer Ausdehnung möglich.",
             "Wintersportler abseits der gesicherten Pisten wurden zu großer Zurückhaltung "
             "aufgerufen."]
    pub, mod = "2024-12-17T09:41:00+01:00", "2024-12-17T11:15:00+01:00"
    head = (_og(title, "Kleine Zeitung", paras[0][:140], pub=pub, mod=mod, author="APA")
            + _news_ld(title, pub, mod, ["APA"], "Kleine Zeitung", url, author_type="Organization"))
    body = (_nav("Kleine Zeitung", ["Steiermark", "Kärnten", "Österreich", "Welt", "Sport"])
            + '<article class="article"><h1 class="article__title">' + title + '</h1>'
            '<div class="article__meta"><span class="article__author">Von APA</span> '
            '<time datetime="' + pub + '">17. Dezember 2024, 09:41 Uhr</time> · '
            '<span>Aktualisiert am 17. Dezember 2024, 11:15 Uhr</span></div>'
            + _share("article__share") + '<figure><img src="/lawine.jpg"><figcaption>'
            '© APA/EXPA/Johann Groder</figcaption></figure>'
            '<div class="article__body">' + _ps(paras)
            + '<div class="newsletter-box"><p>Jetzt den Newsletter der Kleinen Zeitung abonnieren!'
            '</p><a href="/newsletter">Anmelden</a></div></div></article>'
            + _most_read("Meistgelesen", ["Schnee-Chaos auf der Autobahn", "Christkindlmarkt"])
            + _footer(["© Kleine Zeitung GmbH & Co KG 2024"]))
    return Page("kleinezeitung-apa", url, _doc("de", title + " | Kleine Zeitung", head, body),
                _truth(title, _text(paras), ["APA"], pub, mod, "APA", None))


def augsburger_dpa() -> Page:
    url = "https://www.augsburger-allgemeine.de/politik/bundestag-stellt-vertrauensfrage-id71234561.html"
    title = "Scholz verliert Vertrauensfrage – Weg für Neuwahl frei"
    paras = ["Berlin (dpa) - Bundeskanzler Olaf Scholz hat wie erwartet die Vertrauensfrage im "
             "Bundestag verloren. Damit ist der Weg für eine vorgezogene Neuwahl frei.",
             "Für den SPD-Politiker stimmten 207 Abgeordnete, 394 sprachen ihm das Misstrauen "
             "aus, 116 enthielten sich.",
             "Bundespräsident Frank-Walter Steinmeier hat nun 21 Tage Zeit, um über die Auflösung "
             "des Parlaments zu entscheiden."]
    pub, mod = "2024-12-16T16:45:00+01:00", "2024-12-16T17:30:00+01:00"
    head = (_og(title, "Augsburger Allgemeine", paras[0][15:], pub=pub, mod=mod, author="dpa")
            + _news_ld(title, pub, mod, ["dpa"], "Augsburger Allgemeine", url))
    body = (_nav("Augsburger Allgemeine", ["Augsburg", "Bayern", "Politik", "Wirtschaft", "Sport"])
            + '<article class="article"><header><span class="kicker">Bundestag</span><h1>' + title
            + '</h1><div class="authors"><span class="author-name">dpa</span></div>'
            '<time datetime="' + pub + '">16.12.2024 | Stand: 17:30 Uhr</time></header>'
            + _share("share-buttons") + '<div class="article-content">' + _ps(paras)
            + '<p>© dpa-infocom, dpa:241216-930-319457/4</p></div>'
            '<div class="plus-teaser"><p>Lesen Sie jetzt mit AZ plus: 1 Monat für 0,99 €</p></div>'
            '</article>' + _footer(["© Mediengruppe Pressedruck"]))
    return Page("augsburger-dpa", url, _doc("de", title + " | Augsburger Allgemeine", head, body),
                _truth(title, _text(paras), ["dpa"], pub, mod, "dpa", "Berlin"))


def sz_dpa_newskanal() -> Page:
    url = "https://www.sueddeutsche.de/wirtschaft/konjunktur-ifo-geschaeftsklima-dpa.urn-newsml-dpa-com-20090101-241217-930-320150"
    title = "Ifo-Geschäftsklima sinkt überraschend deutlich"
    paras = ["München (dpa) - Die Stimmung in der deutschen Wirtschaft hat sich zum Jahresende "
             "überraschend deutlich eingetrübt. Der Ifo-Geschäftsklimaindex fiel im Dezember auf "
             "84,7 Punkte, wie das Ifo-Institut mitteilte.",
             "Volkswirte hatten im Schnitt mit einem stabilen Wert gerechnet.",
             "„Die deutsche Wirtschaft bleibt in der Krise“, sagte Ifo-Präsident Clemens Fuest."]
    pub = "2024-12-17T10:12:44+01:00"
    head = (_og(title, "Süddeutsche Zeitung", paras[0][17:140], pub=pub, mod=pub, author="dpa")
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                   "datePublished": pub, "dateModified": pub,
                   "author": [{"@type": "Organization", "name": "dpa"}],
                   "publisher": {"@type": "Organization", "name": "Süddeutsche Zeitung"}}))
    body = (_nav("Süddeutsche Zeitung", ["Politik", "Wirtschaft", "Meinung", "Panorama", "Sport"])
            + '<main><article><header><h2 class="css-kicker">Konjunktur</h2><h1>' + title + '</h1>'
            '<time class="css-1r5gb7q" datetime="2024-12-17 10:12:44">17. Dezember 2024, 10:12 Uhr'
            '</time></header><div class="css-dpa-box"><p><strong>Direkt aus dem dpa-Newskanal'
            '</strong></p><p>Dieser Text wurde automatisch von dpa übernommen und von der '
            'SZ-Redaktion nicht bearbeitet.</p></div>'
            '<div itemprop="articleBody" class="sz-article-body">' + _ps(paras, "css-13wylk3")
            + '<p class="css-13wylk3">© dpa-infocom, dpa:241217-930-320150/2</p></div></article>'
            '</main>' + _footer(["© Süddeutsche Zeitung GmbH"]))
    return Page("sz-dpa", url, _doc("de", title + " - Wirtschaft - SZ.de", head, body),
                _truth(title, _text(paras), ["dpa"], pub, pub, "dpa", "München"))


def blue_news_sda() -> Page:
    url = "https://www.bluewin.ch/de/news/schweiz/bundesrat-will-armeebudget-schneller-erhoehen-2512345.html"
    title = "Bundesrat will Armeebudget schneller erhöhen"
    paras = ["Der Bundesrat will die Armeeausgaben schneller erhöhen als bisher geplant. Bis "
             "2032 sollen sie ein Prozent des Bruttoinlandprodukts erreichen.",
             "Das Parlament hatte die Regierung im Sommer dazu aufgefordert. Finanziert werden "
             "soll der Ausbau durch Einsparungen in anderen Bereichen.",
             "Die SP kritisierte den Entscheid und kündigte Widerstand an."]
    pub, mod = "2024-12-17T14:21:00+01:00", "2024-12-17T14:21:00+01:00"
    head = (_og(title, "blue News", paras[0], pub=pub, mod=mod, author="Keystone-SDA")
            + _news_ld(title, pub, mod, ["Keystone-SDA"], "blue News", url, author_type="Organization"))
    body = (_nav("blue News", ["News", "Schweiz", "International", "Sport", "Unterhaltung"])
            + '<article class="p-article"><h1 class="p-article__title">' + title + '</h1>'
            '<div class="p-article__meta"><span class="p-article__author">Keystone-SDA</span>, '
            '<time datetime="' + pub + '">17.12.2024, 14:21</time></div>' + _share("p-share")
            + '<div class="p-article__content">' + _ps(paras)
            + '<p>sda</p></div><div class="p-related"><h3>Mehr zum Thema</h3>'
            '<a href="/de/news/schweiz/armee">Armee braucht mehr Geld</a></div></article>'
            + _footer(["© 2024 Swisscom (Schweiz) AG"]))
    return Page("bluenews-sda", url, _doc("de", title + " - blue News", head, body),
                _truth(title, _text(paras) + "\n\nsda", ["Keystone-SDA"], pub, mod, "SDA", None))


# ---------------------------------------------------------------------------------------------
# Italy, Spain, Netherlands, Poland, France


def lasicilia_ansa() -> Page:
    url = "https://www.lasicilia.it/news/politica/891234/manovra-via-libera-della-camera.html"
    title = "Manovra, via libera della Camera: il testo passa al Senato"
    paras = ["(ANSA) - ROMA, 20 DIC - Via libera della Camera alla legge di bilancio, che passa "
             "ora all'esame del Senato per il sì definitivo entro fine anno.",
             "I voti a favore sono stati 211, i contrari 117, tre gli astenuti.",
             "La premier Giorgia Meloni ha parlato di una manovra \"seria e responsabile\". (ANSA)."]
    pub = "2024-12-20T18:30:00+01:00"
    head = (_og(title, "La Sicilia", paras[0][24:], pub=pub, author="Redazione")
            + _news_ld(title, pub, None, ["Redazione"], "La Sicilia", url))
    body = (_nav("La Sicilia", ["Catania", "Palermo", "Politica", "Cronaca", "Sport"])
            + '<article class="article"><h1 class="article-title">' + title + '</h1>'
            '<div class="article-info"><span class="author">di Redazione</span> '
            '<span class="date">20 Dicembre 2024</span></div>' + _share("social")
            + '<div class="article-text">' + _ps(paras)
            + '<p class="copy">© RIPRODUZIONE RISERVATA</p></div>'
            '<div class="ansa-logo"><img src="/ansa.png" alt="ANSA"> Notizie ANSA</div></article>'
            + _footer(["Copyright © 2024 La Sicilia - Domenico Sanfilippo Editore S.p.A."]))
    return Page("lasicilia-ansa", url, _doc("it", title + " - La Sicilia", head, body),
                _truth(title, _text(paras), [], pub, None, "ANSA", "ROMA"))


def lavanguardia_efe() -> Page:
    url = "https://www.lavanguardia.com/politica/20241217/10214567/congreso-aprueba-ley-amnistia-fiscal.html"
    title = "El Congreso aprueba la reforma de la ley de vivienda"
    paras = ["Madrid, 17 dic (EFE).- El pleno del Congreso ha aprobado este martes la reforma "
             "de la ley de vivienda con los votos a favor de los socios del Gobierno.",
             "La norma limita las subidas del alquiler en las zonas tensionadas y amplía las "
             "ayudas para jóvenes.",
             "El PP y Vox han votado en contra y han anunciado que recurrirán la ley ante el "
             "Tribunal Constitucional."]
    pub, mod = "2024-12-17T13:03:00+01:00", "2024-12-17T13:40:00+01:00"
    head = (_og(title, "La Vanguardia", paras[0][22:], pub=pub, mod=mod, author="EFE")
            + _news_ld(title, pub, mod, ["EFE"], "La Vanguardia", url, author_type="Organization"))
    body = (_nav("La Vanguardia", ["Internacional", "Política", "Economía", "Opinión", "Deportes"])
            + '<article><h1 class="title">' + title + '</h1><div class="author-opinion-name">'
            '<span class="author-name">EFE</span></div><div class="date-time">'
            '<time datetime="' + pub + '">17/12/2024 13:03</time> | <span>Actualizado a '
            '17/12/2024 13:40</span></div>' + _share("share-container")
            + '<div class="article-modules">' + _ps(paras, "paragraph")
            + '<p class="paragraph">Etiquetas: <a href="/vivienda">Vivienda</a></p></div>'
            '</article>' + _most_read("Lo más leído", ["Lotería de Navidad", "El tiempo"])
            + _footer(["© La Vanguardia Ediciones, S.L. Todos los derechos reservados."]))
    return Page("lavanguardia-efe", url, _doc("es", title, head, body),
                _truth(title, _text(paras), ["EFE"], pub, mod, "EFE", "Madrid"))


def twentyminutos_europapress() -> Page:
    url = "https://www.20minutos.es/noticia/5661234/0/sanidad-registra-aumento-casos-gripe/"
    title = "Sanidad registra un aumento de casos de gripe en la última semana"
    paras = ["MADRID, 17 (EUROPA PRESS)",
             "La incidencia de la gripe ha aumentado en la última semana hasta los 60 casos por "
             "cada 100.000 habitantes, según los datos del Sistema de Vigilancia de Infección "
             "Respiratoria Aguda.",
             "El Ministerio de Sanidad recuerda la importancia de la vacunación en los grupos de "
             "riesgo y en los mayores de 60 años."]
    pub = "2024-12-17T12:45:00+01:00"
    head = (_og(title, "20minutos", paras[1], pub=pub, mod=pub, author="Europa Press")
            + _news_ld(title, pub, pub, ["Europa Press"], "20minutos", url, author_type="Organization"))
    body = (_nav("20minutos", ["Nacional", "Internacional", "Economía", "Deportes", "Salud"])
            + '<article class="article"><h1 class="article-title">' + title + '</h1>'
            '<div class="article-author"><span>EUROPA PRESS</span></div>'
            '<span class="article-date"><a>17.12.2024 - 12:45h</a></span>' + _share("article-share")
            + '<div class="article-text">' + _ps(paras)
            + '<div class="newsletter"><p>Apúntate a nuestra newsletter y recibe en tu correo las '
            'últimas noticias sobre salud.</p></div></div></article>'
            + _footer(["© 20minutos.es"]))
    return Page("20minutos-ep", url, _doc("es", title, head, body),
                _truth(title, _text(paras), ["Europa Press"], pub, pub, "Europa Press", "MADRID"))


def ad_anp() -> Page:
    url = "https://www.ad.nl/binnenland/kabinet-trekt-extra-geld-uit-voor-jeugdzorg~a4b3c2d1/"
    title = "Kabinet trekt extra geld uit voor jeugdzorg"
    paras = ["Het kabinet trekt volgend jaar 200 miljoen euro extra uit voor de jeugdzorg. Dat "
             "heeft staatssecretaris Karremans dinsdag laten weten aan de Tweede Kamer.",
             "Gemeenten kampen al jaren met tekorten op de jeugdzorg. Het geld moet onder meer "
             "de wachtlijsten verkorten.",
             "De Vereniging van Nederlandse Gemeenten noemt het bedrag ,,een eerste stap''."]
    pub = "2024-12-17T14:12:00+01:00"
    head = (_og(title, "AD.nl", paras[0], pub=pub, mod=pub)
            + _news_ld(title, pub, pub, ["ANP"], "AD", url, author_type="Organization"))
    body = (_nav("AD", ["Nieuws", "Binnenland", "Buitenland", "Sport", "Show"])
            + '<article class="article"><h1 class="article__title">' + title + '</h1>'
            '<div class="article__meta"><span class="article__source">ANP</span>'
            '<time class="article__time" datetime="' + pub + '">17 dec. 2024</time></div>'
            + _share("article__share") + '<div class="article__body">' + _ps(paras, "article__paragraph")
            + '</div><div class="article__footer"><p>Download de AD-app voor het laatste nieuws '
            'en meer.</p></div></article>' + _footer(["© 2024 DPG Media B.V. - alle rechten voorbehouden"]))
    return Page("ad-anp", url, _doc("nl", title + " | Binnenland | AD.nl", head, body),
                _truth(title, _text(paras), ["ANP"], pub, pub, "ANP", None))


def dziennik_pap() -> Page:
    url = "https://wiadomosci.dziennik.pl/polityka/artykuly/9712345,sejm-uchwalil-budzet-na-2025-rok.html"
    title = "Sejm uchwalił budżet na 2025 rok"
    paras = ["Sejm uchwalił w piątek ustawę budżetową na 2025 rok. Za głosowało 240 posłów, "
             "przeciw było 198, a trzech wstrzymało się od głosu.",
             "Deficyt budżetu ma wynieść nie więcej niż 289 mld zł. Ustawa trafi teraz do "
             "Senatu.",
             "Minister finansów Andrzej Domański podkreślił, że budżet zakłada rekordowe wydatki "
             "na obronność i ochronę zdrowia.",
             "Autorka: Anna Kowalska (PAP)"]
    pub = "2024-12-06T15:20:00+01:00"
    head = (_og(title, "Dziennik.pl", paras[0], pub=pub, mod=pub, author="PAP")
            + _news_ld(title, pub, pub, ["PAP"], "Dziennik.pl", url, author_type="Organization"))
    body = (_nav("dziennik.pl", ["Wiadomości", "Polityka", "Gospodarka", "Sport", "Kultura"])
            + '<article class="articleDetail"><h1 class="mainTitle">' + title + '</h1>'
            '<div class="articleInfo"><span class="author">PAP</span> '
            '<span class="datePublished">6 grudnia 2024, 15:20</span></div>' + _share("socialBox")
            + '<div class="detail intext">' + _ps(paras)
            + '<p>akw/ mhr/</p><p>Źródło: PAP</p></div></article>'
            + _footer(["© Infor PL S.A."]))
    return Page("dziennik-pap", url, _doc("pl", title + " - Dziennik.pl", head, body),
                _truth(title, _text(paras), ["Anna Kowalska"], pub, pub, "PAP", None))


def ouestfrance_afp() -> Page:
    url = "https://www.ouest-france.fr/monde/allemagne/allemagne-olaf-scholz-perd-la-confiance-du-bundestag-8a1b2c3d"
    title = "Allemagne : Olaf Scholz perd la confiance du Bundestag, des élections en février"
    paras = ["Le chancelier allemand Olaf Scholz a perdu lundi 16 décembre 2024 un vote de "
             "confiance au Bundestag, ouvrant la voie à des élections législatives anticipées.",
             "Seuls 207 députés ont voté pour lui, contre 394 et 116 abstentions.",
             "Le président Frank-Walter Steinmeier dispose désormais de 21 jours pour dissoudre "
             "la chambre basse."]
    pub, mod = "2024-12-16T17:02:00+01:00", "2024-12-16T17:45:00+01:00"
    head = (_og(title, "Ouest-France.fr", paras[0], pub=pub, mod=mod, author="Ouest-France avec AFP")
            + _news_ld(title, pub, mod, ["Ouest-France avec AFP"], "Ouest-France", url,
                       author_type="Organization"))
    body = (_nav("Ouest-France", ["Actualité", "Monde", "Sport", "Économie", "Régions"])
            + '<article class="article"><h1>' + title + '</h1><div class="article-infos">'
            '<span class="signature">Ouest-France avec AFP</span>. <time datetime="' + pub + '">'
            'Publié le 16/12/2024 à 17h02</time> <span>Modifié le 16/12/2024 à 17h45</span></div>'
            + _share("su-share") + '<div class="article-body">' + _ps(paras)
            + '<p class="abo">Cet article vous a été utile ? Sachez que vous pouvez suivre '
            'Ouest-France sur son site internet.</p></div></article>'
            + _footer(["© Ouest-France"]))
    return Page("ouestfrance-afp", url, _doc("fr", title, head, body),
                _truth(title, _text(paras), ["AFP"], pub, mod, "AFP", None))


# ---------------------------------------------------------------------------------------------
# United States


def ksl_ap() -> Page:
    url = "https://www.ksl.com/article/51212345/kansas-supreme-court-weighs-abortion-ruling"
    title = "Kansas Supreme Court weighs abortion clinic inspection law"
    paras = ["TOPEKA, Kan. — The Kansas Supreme Court on Tuesday heard arguments over a state "
             "law requiring annual inspections of abortion clinics.",
             "The law was blocked by a lower court judge who said it singled out abortion "
             "providers for special regulation.",
             "A ruling is not expected for several months."]
    pub, mod = "2024-12-17T14:05:00-07:00", "2024-12-17T16:20:00-07:00"
    head = (_og(title, "KSL.com", paras[0][16:], pub=pub, mod=mod, author="John Hanna, Associated Press")
            + _news_ld(title, pub, mod, ["John Hanna, Associated Press"], "KSL.com", url))
    body = (_nav("KSL.com", ["News", "Sports", "Weather", "Classifieds", "Cars"])
            + '<div class="story"><h1 class="headline">' + title + '</h1>'
            '<div class="byline"><span class="author">By John Hanna, Associated Press</span> | '
            '<span class="date">Posted - Dec. 17, 2024 at 2:05 p.m.</span></div>' + _share("social-share")
            + '<div id="kslMainArticle">' + _ps(paras)
            + '<p>' + _AP_RIGHTS + '</p></div>'
            '<div class="relatedStories"><h3>Related stories</h3><a href="/a">Utah lawmakers</a></div>'
            '</div>' + _most_read("Most recent U.S. stories", ["Storm hits", "Fed cuts rates"])
            + _footer(["Copyright © 2024 KSL.com. All rights reserved."]))
    return Page("ksl-ap", url, _doc("en", title + " | KSL.com", head, body),
                _truth(title, _text(paras), ["John Hanna"], pub, mod, "AP", "TOPEKA, Kan."))


def tv_station_ap() -> Page:
    url = "https://www.wxyz.com/news/national/winter-storm-brings-heavy-snow-to-great-lakes"
    title = "Winter storm brings heavy snow to Great Lakes region"
    paras = ["BUFFALO, N.Y. (AP) — A powerful lake-effect storm dumped more than 3 feet of snow "
             "on parts of western New York on Saturday, closing highways and schools.",
             "The National Weather Service said another 1 to 2 feet could fall by Sunday night.",
             "\"Stay off the roads,\" Erie County Executive Mark Poloncarz said at a news "
             "conference.",
             "Associated Press writer Carolyn Thompson contributed to this report."]
    pub, mod = "2024-11-30T10:32:11-05:00", "2024-11-30T13:04:52-05:00"
    head = (_og(title, "WXYZ 7 News Detroit", paras[0][23:], pub=pub, mod=mod,
                author="Associated Press")
            + _news_ld(title, pub, mod, ["Associated Press"], "WXYZ", url, author_type="Organization"))
    body = (_nav("WXYZ Detroit", ["News", "Weather", "Sports", "Traffic", "Watch"])
            + '<main class="ArticlePage"><h1 class="ArticlePage-headline">' + title + '</h1>'
            '<div class="ArticlePage-authors"><div class="ArticlePage-authorName">By: Associated '
            'Press</div></div><div class="ArticlePage-datePublished">Posted 10:32 AM, Nov 30, 2024'
            '</div><div class="ArticlePage-dateModified">and last updated 1:04 PM, Nov 30, 2024'
            '</div>' + _share("ArticlePage-actions")
            + '<div class="RichTextArticleBody">' + _ps(paras)
            + '<p>' + _AP_RIGHTS + '</p></div>'
            '<div class="Promo"><p>Sign up for the Morning Newsletter and get the latest news '
            'delivered to your inbox.</p></div></main>'
            + _footer(["Copyright 2024 Scripps Media, Inc. All rights reserved."]))
    return Page("wxyz-ap", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["Associated Press"], pub, mod, "AP", "BUFFALO, N.Y."))


def local_paper_ap_staff() -> Page:
    url = "https://www.pressherald.com/2024/12/17/maine-lobster-season-shortened-amid-right-whale-rules/"
    title = "Maine lobster season shortened amid right whale rules"
    paras = ["PORTLAND — Maine's lobster industry will face new seasonal closures next year "
             "under federal rules meant to protect endangered North Atlantic right whales.",
             "The closures cover about 950 square miles of ocean off the state's coast from "
             "October through January.",
             "Industry groups said they would challenge the rules in court.",
             "Staff Writer Penelope Overton and The Associated Press contributed to this report."]
    pub = "2024-12-17T16:40:00-05:00"
    head = (_og(title, "Press Herald", paras[0][11:], pub=pub, mod=pub, author="Eric Russell")
            + _news_ld(title, pub, pub, ["Eric Russell"], "Portland Press Herald", url))
    body = (_nav("Press Herald", ["News", "Sports", "Opinion", "Business", "Obituaries"])
            + '<article class="tnt-asset"><h1 class="headline">' + title + '</h1>'
            '<ul class="list-inline"><li><span class="tnt-byline">By Eric Russell Staff Writer'
            '</span></li><li><time datetime="' + pub + '">Posted December 17, 2024</time></li></ul>'
            + _share("share-container")
            + '<div class="asset-content">' + _ps(paras) + '</div>'
            '<div class="author-bio"><p>Eric Russell covers the environment for the Press Herald.'
            '</p></div></article>'
            + _footer(["© 2024 Portland Press Herald. All rights reserved."]))
    return Page("pressherald-ap", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["Eric Russell"], pub, pub, "AP", "PORTLAND"))


def msn_ap() -> Page:
    url = "https://www.msn.com/en-us/news/politics/senate-passes-stopgap-bill-to-avert-shutdown/ar-AA1wXyZ1"
    title = "Senate passes stopgap bill to avert government shutdown"
    paras = ["WASHINGTON (AP) — The Senate passed a bill to keep the federal government funded "
             "into March, sending it to President Joe Biden to sign just after a midnight "
             "deadline.",
             "The vote was 85-11. The House approved the measure earlier Friday.",
             "\"There will be no government shutdown,\" Senate Majority Leader Chuck Schumer said."]
    pub = "2024-12-21T05:40:00.000Z"
    head = (_og(title, "MSN", paras[0][18:], pub=pub)
            + _news_ld(title, pub, None, ["Lisa Mascaro", "Kevin Freking"], "MSN", url,
                       extra={"sourceOrganization": {"@type": "Organization", "name": "The Associated Press"}}))
    body = (_nav("MSN", ["News", "Weather", "Sports", "Money", "Watch"])
            + '<div class="articlePage"><div class="provider"><img alt="The Associated Press" '
            'src="/ap.png"><span class="providerName">The Associated Press</span></div>'
            '<h1 class="viewsHeaderText">' + title + '</h1><div class="byline">Story by Lisa Mascaro '
            'and Kevin Freking</div><div class="publishedDate">• 2h • 3 min read</div>'
            + _share("shareButtons") + '<div class="article-body">' + _ps(paras)
            + '</div><div class="continueReading"><a href="https://apnews.com/article/x">Continue '
            'reading</a></div><div class="relatedContent"><h3>More for You</h3></div></div>'
            + _footer(["© 2024 Microsoft"]))
    return Page("msn-ap", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["Lisa Mascaro", "Kevin Freking"], pub, None, "AP",
                       "WASHINGTON"))


def newsbreak_ap() -> Page:
    url = "https://www.newsbreak.com/news/3712345678901-california-regulators-approve-rate-hike"
    title = "California regulators approve rate hike for PG&E customers"
    paras = ["SAN FRANCISCO (AP) — California regulators on Thursday approved a rate increase "
             "for customers of the state's largest utility.",
             "The increase will add about $10 a month to the average residential bill.",
             "Consumer advocates said the decision would further strain household budgets."]
    pub = "2024-12-19T22:14:00Z"
    head = (_og(title, "NewsBreak", paras[0][22:], pub=pub, author="Associated Press")
            + _news_ld(title, pub, None, ["Associated Press"], "NewsBreak", url,
                       author_type="Organization"))
    body = (_nav("NewsBreak", ["Local", "Trending", "Politics", "Weather", "Sports"])
            + '<div class="article-container"><h1>' + title + '</h1><div class="source-info">'
            '<a class="source-name" href="/associated-press">Associated Press</a> '
            '<span class="time">Dec 19, 2024</span></div>' + _share("share-bar")
            + '<div class="article-content">' + _ps(paras)
            + '<p>' + _AP_RIGHTS + '</p></div><div class="app-promo"><p>Get the NewsBreak app '
            'for local news and alerts.</p><a href="/app">Download the app</a></div></div>'
            + _footer(["© 2024 NewsBreak Corp."]))
    return Page("newsbreak-ap", url, _doc("en", title + " | NewsBreak", head, body),
                _truth(title, _text(paras), ["Associated Press"], pub, None, "AP", "SAN FRANCISCO"))


# ---------------------------------------------------------------------------------------------
# Canada, Australia, New Zealand


def citynews_cp() -> Page:
    url = "https://toronto.citynews.ca/2024/12/17/freeland-resignation-fall-economic-statement/"
    title = "Finance minister's resignation overshadows fall economic statement"
    paras = ["OTTAWA — The federal government tabled its fall economic statement on Monday, "
             "hours after Finance Minister Chrystia Freeland resigned from cabinet.",
             "The document shows a deficit of $61.9 billion for the last fiscal year, well above "
             "the target Freeland had set.",
             "Government House Leader Karina Gould tabled the statement in the House of Commons.",
             "This report by The Canadian Press was first published Dec. 16, 2024."]
    pub, mod = "2024-12-16T18:12:00-05:00", "2024-12-16T19:40:00-05:00"
    head = (_og(title, "CityNews Toronto", paras[0][9:], pub=pub, mod=mod)
            + _news_ld(title, pub, mod, ["Mia Rabson, The Canadian Press"], "CityNews Toronto", url))
    body = (_nav("CityNews", ["Local", "Canada", "World", "Weather", "Traffic"])
            + '<article class="post"><h1 class="entry-title">' + title + '</h1>'
            '<div class="byline"><span class="author">By Mia Rabson, The Canadian Press</span>'
            '<span class="posted">Posted December 16, 2024 6:12 pm.</span><span class="updated">'
            'Last Updated December 16, 2024 7:40 pm.</span></div>' + _share("share")
            + '<div class="entry-content">' + _ps(paras) + '</div></article>'
            + _most_read("Top Stories", ["Highway 401 crash", "TTC delays"])
            + _footer(["© 2024 Rogers Media. All rights reserved."]))
    return Page("citynews-cp", url, _doc("en", title + " - CityNews Toronto", head, body),
                _truth(title, _text(paras), ["Mia Rabson"], pub, mod, "CP", "OTTAWA"))


def nationalpost_cp_staff() -> Page:
    url = "https://nationalpost.com/pmn/news-pmn/canada-news-pmn/ontario-to-ban-bike-lanes-on-major-roads"
    title = "Ontario passes bill limiting new bike lanes on major roads"
    paras = ["TORONTO — Ontario has passed legislation that will require provincial approval "
             "for new bike lanes that remove a lane of vehicle traffic.",
             "The bill also allows the province to remove existing lanes on three major Toronto "
             "streets.",
             "Cycling advocates say the move will make roads less safe.",
             "This report by The Canadian Press was first published Nov. 25, 2024."]
    pub = "2024-11-25T15:30:00-05:00"
    head = (_og(title, "National Post", paras[0][10:], pub=pub, mod=pub, author="The Canadian Press")
            + _news_ld(title, pub, pub, ["The Canadian Press"], "National Post", url,
                       author_type="Organization"))
    body = (_nav("National Post", ["News", "Opinion", "Sports", "Life", "Business"])
            + '<article class="article-content"><h1 class="article-title">' + title + '</h1>'
            '<div class="article-byline"><span class="published-by__author">The Canadian Press'
            '</span><span class="published-date__since">Published Nov 25, 2024</span>'
            '<span>2 minute read</span></div>' + _share("social-share")
            + '<section class="article-content__content-group">' + _ps(paras)
            + '<p>Our website is the place for the latest breaking news, exclusive scoops, '
            'longreads and provocative commentary. Please bookmark nationalpost.com and sign up '
            'for our daily newsletter, Posted, here.</p></section></article>'
            + _footer(["© 2024 National Post, a division of Postmedia Network Inc. All rights reserved."]))
    return Page("nationalpost-cp", url, _doc("en", title + " | National Post", head, body),
                _truth(title, _text(paras), ["The Canadian Press"], pub, pub, "CP", "TORONTO"))


def perthnow_aap() -> Page:
    url = "https://www.perthnow.com.au/news/australia/reserve-bank-holds-cash-rate-at-435-per-cent-c-16912345"
    title = "Reserve Bank holds cash rate at 4.35 per cent"
    paras = ["The Reserve Bank has left the cash rate on hold for a ninth straight meeting but "
             "has softened its language on the need for further tightening.",
             "Governor Michele Bullock said the board was gaining confidence that inflation was "
             "moving sustainably towards its target.",
             "Economists now expect the first rate cut as early as February."]
    pub, mod = "2024-12-10T14:45:00+08:00", "2024-12-10T15:02:00+08:00"
    head = (_og(title, "PerthNow", paras[0], pub=pub, mod=mod, author="Poppy Johnston")
            + _news_ld(title, pub, mod, ["Poppy Johnston"], "PerthNow", url,
                       extra={"sourceOrganization": {"@type": "Organization", "name": "Australian Associated Press"}}))
    body = (_nav("PerthNow", ["News", "Sport", "Entertainment", "Lifestyle", "Business"])
            + '<article><h1 class="headline">' + title + '</h1><div class="byline">'
            '<span class="byline-name">Poppy Johnston</span><span class="byline-source">Australian '
            'Associated Press</span><time datetime="' + pub + '">Tue, 10 December 2024 2:45PM</time>'
            '</div>' + _share("share-buttons") + '<div class="article-content">' + _ps(paras)
            + '</div></article>' + _footer(["© 2024 Seven West Media"]))
    return Page("perthnow-aap", url, _doc("en", title + " | PerthNow", head, body),
                _truth(title, _text(paras), ["Poppy Johnston"], pub, mod, "AAP", None))


def canberratimes_aap_closing() -> Page:
    url = "https://www.canberratimes.com.au/story/8812345/heatwave-warning-for-south-east/"
    title = "Heatwave warning for Australia's south-east"
    paras = ["A severe heatwave is expected to sweep through South Australia, Victoria and NSW "
             "this week, with temperatures forecast to top 40C.",
             "The Bureau of Meteorology has issued warnings for large parts of the three states.",
             "Total fire bans are in place in several districts.",
             "AAP"]
    pub = "2024-12-16T11:30:00+11:00"
    head = (_og(title, "The Canberra Times", paras[0], pub=pub, mod=pub)
            + _news_ld(title, pub, pub, ["Jacob Shteyman"], "The Canberra Times", url))
    body = (_nav("The Canberra Times", ["News", "Sport", "Opinion", "Politics", "Lifestyle"])
            + '<article><h1>' + title + '</h1><div class="author-box"><a href="/profile/1/jacob-'
            'shteyman">Jacob Shteyman</a><span>Updated December 16 2024 - 11:30am, first published '
            '11:30am</span></div>' + _share("share-links")
            + '<div id="story-body">' + _ps(paras) + '</div></article>'
            + _footer(["© 2024 ACM. All rights reserved."]))
    return Page("canberratimes-aap", url, _doc("en", title + " | The Canberra Times", head, body),
                _truth(title, _text(paras), ["Jacob Shteyman"], pub, pub, "AAP", None))


# ---------------------------------------------------------------------------------------------
# Latin America


def infobae_efe() -> Page:
    url = "https://www.infobae.com/america/agencias/2024/12/17/el-gobierno-argentino-anuncia-recorte-de-subsidios/"
    title = "El Gobierno argentino anuncia un recorte de subsidios a la energía"
    paras = ["Buenos Aires, 17 dic (EFE).- El Gobierno argentino anunció este martes un nuevo "
             "recorte de los subsidios a la electricidad y el gas para los hogares de ingresos "
             "medios y altos.",
             "La medida forma parte del plan de ajuste fiscal del presidente Javier Milei, que "
             "busca alcanzar el equilibrio de las cuentas públicas.",
             "Según el Ministerio de Economía, el ahorro previsto es de unos 1.000 millones de "
             "dólares en 2025.",
             "(c) Agencia EFE"]
    pub = "2024-12-17T16:03:00+00:00"
    head = (_og(title, "infobae", paras[0][30:], pub=pub, mod=pub, author="Newsroom Infobae")
            + _news_ld(title, pub, pub, ["Newsroom Infobae"], "infobae", url))
    body = (_nav("infobae", ["Últimas noticias", "Política", "Economía", "América", "Deportes"])
            + '<article class="article"><h1 class="article-headline">' + title + '</h1>'
            '<div class="byline"><span class="author-name">Newsroom Infobae</span></div>'
            '<span class="sharebar-article-date">17 Dic, 2024 11:03 a.m. EST</span>'
            + _share("sharebar") + '<div class="body-article">' + _ps(paras, "paragraph")
            + '</div></article>' + _footer(["Infobae © 2024"]))
    return Page("infobae-efe", url, _doc("es", title + " - Infobae", head, body),
                _truth(title, _text(paras), [], pub, pub, "EFE", "Buenos Aires"))


def excelsior_afp() -> Page:
    url = "https://www.excelsior.com.mx/global/brasil-lula-operado-de-urgencia/1690123"
    title = "Lula, operado de urgencia por una hemorragia intracraneal"
    paras = ["SAO PAULO.— El presidente de Brasil, Luiz Inácio Lula da Silva, fue operado de "
             "urgencia en la madrugada de este martes por una hemorragia intracraneal.",
             "El mandatario, de 79 años, se encuentra estable en una unidad de cuidados "
             "intensivos, informó el hospital Sirio-Libanés.",
             "La hemorragia está relacionada con una caída que sufrió en octubre en su residencia "
             "oficial.",
             "ksh"]
    pub = "2024-12-10T08:15:00-06:00"
    head = (_og(title, "Excélsior", paras[0][12:], pub=pub, mod=pub, author="AFP")
            + _news_ld(title, pub, pub, ["AFP"], "Excélsior", url, author_type="Organization"))
    body = (_nav("Excélsior", ["Nacional", "Global", "Dinero", "Adrenalina", "Función"])
            + '<article class="nota"><h1 class="title">' + title + '</h1>'
            '<div class="author-info"><span class="nota-autor">AFP</span> '
            '<span class="fecha">10/12/2024 08:15</span></div>' + _share("share")
            + '<div id="node-article-body">' + _ps(paras)
            + '<p><strong>CONSULTA AQUÍ LAS NOTICIAS MÁS RELEVANTES DE NUESTRA EDICIÓN IMPRESA'
            '</strong></p></div></article>' + _footer(["© 2024 Excélsior. Todos los derechos reservados."]))
    return Page("excelsior-afp", url, _doc("es", title + " | Excélsior", head, body),
                _truth(title, _text(paras[:3]), ["AFP"], pub, pub, "AFP", "SAO PAULO"))


def pagina12_telam() -> Page:
    url = "https://www.pagina12.com.ar/612345-el-indec-informo-una-inflacion-de-8-3-en-octubre"
    title = "El Indec informó una inflación de 8,3% en octubre"
    paras = ["El Índice de Precios al Consumidor (IPC) registró en octubre un aumento de 8,3%, "
             "informó este lunes el Instituto Nacional de Estadística y Censos (Indec).",
             "En los primeros diez meses del año, la inflación acumulada fue de 120%, mientras "
             "que la interanual llegó a 142,7%.",
             "Los rubros con mayores subas fueron Comunicación y Vivienda, agua, electricidad, "
             "gas y otros combustibles."]
    pub = "2023-11-13T16:05:00-03:00"
    head = (_og(title, "Página12", paras[0], pub=pub, mod=pub)
            + _news_ld(title, pub, pub, None, "Página12", url))
    body = (_nav("Página12", ["El país", "Economía", "Sociedad", "El mundo", "Deportes"])
            + '<article class="article-page"><h1>' + title + '</h1><div class="article-info">'
            '<div class="date"><time datetime="2023-11-13">13 de noviembre de 2023 - 16:05</time>'
            '</div><div class="article-author">Fuente: Télam</div></div>' + _share("share-buttons")
            + '<div class="article-main-content article-text">' + _ps(paras) + '</div>'
            '<div class="suscribite"><p>Suscribite a Página12 y apoyá el periodismo</p></div>'
            '</article>' + _footer(["© 2000-2023 www.pagina12.com.ar República Argentina"]))
    return Page("pagina12-telam", url, _doc("es", title + " | Página12", head, body),
                _truth(title, _text(paras), [], pub, pub, "Télam", None))


# ---------------------------------------------------------------------------------------------
# Africa


def guardian_ng_afp() -> Page:
    url = "https://guardian.ng/news/world/africa/mozambique-court-confirms-frelimo-election-win/"
    title = "Mozambique court confirms Frelimo election win"
    paras = ["Mozambique's top court on Monday confirmed the ruling Frelimo party's victory in "
             "October elections, a decision the opposition has vowed to fight on the streets.",
             "The Constitutional Council said Frelimo's candidate Daniel Chapo won 65 percent of "
             "the vote, down from the 71 percent announced by the electoral commission.",
             "At least 130 people have been killed in post-election unrest, according to a local "
             "civil society group."]
    pub = "2024-12-23T17:52:00+01:00"
    head = (_og(title, "The Guardian Nigeria News", paras[0], pub=pub, mod=pub,
                author="Agence France-Presse")
            + _news_ld(title, pub, pub, ["Agence France-Presse"], "The Guardian Nigeria News", url))
    body = (_nav("The Guardian Nigeria", ["News", "Politics", "Business", "Opinion", "Sport"])
            + '<article class="single-article"><h1 class="title">' + title + '</h1>'
            '<div class="author-meta"><span class="author"><a href="/author/afp/">Agence '
            'France-Presse</a></span> <span class="date">23 December 2024 | 5:52 pm</span></div>'
            + _share("share") + '<div class="single-article-content">' + _ps(paras)
            + '<p><strong>Join Our Channels</strong>: <a href="https://whatsapp.com">WhatsApp</a>'
            '</p></div></article>' + _footer(["© 2024 Guardian Newspapers Limited. All rights reserved."]))
    return Page("guardianng-afp", url, _doc("en", title + " | The Guardian Nigeria News", head, body),
                _truth(title, _text(paras), ["Agence France-Presse"], pub, pub, "AFP", None))


def citizen_xinhua() -> Page:
    url = "https://www.thecitizen.co.tz/tanzania/news/east-africa-news/kenya-launches-digital-health-system-4851234"
    title = "Kenya launches digital health records system"
    paras = ["NAIROBI, Dec. 17 (Xinhua) -- Kenya on Tuesday launched a national digital health "
             "records system aimed at improving access to medical services across the country.",
             "Health Cabinet Secretary Deborah Barasa said the system would allow patients' "
             "records to be shared between public and private facilities.",
             "The government plans to connect all 47 counties to the platform by June 2025."]
    pub = "2024-12-17T18:00:00+03:00"
    head = (_og(title, "The Citizen", paras[0][30:], pub=pub, mod=pub, author="Xinhua")
            + _news_ld(title, pub, pub, ["Xinhua"], "The Citizen", url, author_type="Organization"))
    body = (_nav("The Citizen", ["News", "Business", "Sports", "Magazines", "Opinion"])
            + '<article class="article"><h1 class="title-medium">' + title + '</h1>'
            '<div class="article-authors"><p>By Xinhua</p><p class="date">More by this Author</p>'
            '</div><time datetime="' + pub + '">Tuesday, December 17, 2024</time>'
            + _share("share-tools") + '<div class="paragraph-wrapper">' + _ps(paras)
            + '<p>Enditem</p></div></article>'
            + _footer(["© 2024 Mwananchi Communications Limited"]))
    return Page("citizen-xinhua", url, _doc("en", title + " | The Citizen", head, body),
                _truth(title, _text(paras), ["Xinhua"], pub, pub, "Xinhua", "NAIROBI"))


def premiumtimes_nan() -> Page:
    url = "https://www.premiumtimesng.com/news/more-news/761234-fg-inaugurates-committee-on-minimum-wage.html"
    title = "FG inaugurates committee on minimum wage implementation"
    paras = ["The Federal Government has inaugurated a committee to monitor the implementation "
             "of the new national minimum wage across states.",
             "The Minister of Labour and Employment, Nkeiruka Onyejeocha, performed the "
             "inauguration on Tuesday in Abuja.",
             "She urged state governments that have yet to begin paying the new wage to do so "
             "without delay. (NAN)"]
    pub = "2024-12-17T15:40:00+01:00"
    head = (_og(title, "Premium Times Nigeria", paras[0], pub=pub, mod=pub, author="Agency Report")
            + _news_ld(title, pub, pub, ["Agency Report"], "Premium Times", url))
    body = (_nav("Premium Times", ["News", "Investigations", "Business", "Health", "Sports"])
            + '<article><h1 class="jeg_post_title">' + title + '</h1><div class="jeg_meta_author">'
            'by <a href="/author/agency-report">Agency Report</a></div><div class="jeg_meta_date">'
            'December 17, 2024</div>' + _share("jeg_share_button")
            + '<div class="content-inner">' + _ps(paras)
            + '<p>Support PREMIUM TIMES\' journalism of integrity and credibility</p>'
            '<p>At Premium Times, we firmly believe in the importance of high-quality journalism. '
            'Recognizing that not everyone can afford costly news subscriptions, we are dedicated '
            'to delivering meticulously researched, fact-checked news that remains freely accessible '
            'to everyone.</p><p>By making a donation of any amount, you\'ll be supporting our '
            'commitment to journalism.</p><a href="/donate">Make a donation</a></div></article>'
            + _footer(["© 2024 Premium Times Services Limited."]))
    return Page("premiumtimes-nan", url, _doc("en", title + " | Premium Times Nigeria", head, body),
                _truth(title, _text(paras), [], pub, pub, "NAN", None))


def aps_algerie() -> Page:
    url = "https://www.algerie360.com/algerie-le-president-tebboune-recoit-le-ministre-italien/"
    title = "Le président Tebboune reçoit le ministre italien des Affaires étrangères"
    paras = ["ALGER - Le président de la République, Abdelmadjid Tebboune, a reçu mardi à "
             "Alger le ministre italien des Affaires étrangères, Antonio Tajani, indique un "
             "communiqué de la Présidence.",
             "L'audience s'est déroulée en présence du ministre d'Etat, ministre des Affaires "
             "étrangères, Ahmed Attaf.",
             "Les deux parties ont passé en revue l'état des relations bilatérales, notamment "
             "dans le domaine énergétique."]
    pub = "2024-12-17T17:20:00+01:00"
    head = (_og(title, "Algérie 360", paras[0][8:], pub=pub, mod=pub, author="APS")
            + _news_ld(title, pub, pub, ["APS"], "Algérie 360", url, author_type="Organization"))
    body = (_nav("Algérie 360", ["Actualité", "Économie", "Politique", "Sport", "Monde"])
            + '<article class="post"><h1 class="entry-title">' + title + '</h1>'
            '<div class="entry-meta"><span class="author vcard">APS</span> <time class="entry-date '
            'published" datetime="' + pub + '">17 décembre 2024</time></div>' + _share("share")
            + '<div class="entry-content">' + _ps(paras) + '</div></article>'
            + _footer(["© 2024 Algérie 360"]))
    return Page("algerie360-aps", url, _doc("fr", title + " - Algérie 360", head, body),
                _truth(title, _text(paras), ["APS"], pub, pub, "APS", "ALGER"))


# ---------------------------------------------------------------------------------------------
# Finance and sports


def yahoo_finance_reuters() -> Page:
    url = "https://finance.yahoo.com/news/stocks-slip-ahead-fed-decision-143212345.html"
    title = "Stocks slip ahead of Fed decision"
    paras = ["(Reuters) - U.S. stocks edged lower on Tuesday as investors awaited the Federal "
             "Reserve's final policy decision of the year, while retail sales data came in "
             "stronger than expected.",
             "The Dow Jones Industrial Average fell 120 points, or 0.3%, to 43,597.",
             "(Reporting by Lewis Krauskopf; Editing by Richard Chang)"]
    pub, mod = "2024-12-17T14:32:12.000Z", "2024-12-17T15:10:00.000Z"
    head = (_og(title, "Yahoo Finance", paras[0][12:], pub=pub, mod=mod)
            + _news_ld(title, pub, mod, ["Lewis Krauskopf"], "Yahoo Finance", url,
                       extra={"provider": {"@type": "Organization", "name": "Reuters"}}))
    body = (_nav("Yahoo Finance", ["News", "Markets", "Research", "Personal Finance", "Videos"])
            + '<div class="caas-container"><header class="caas-header"><h1>' + title + '</h1></header>'
            '<div class="caas-attr"><div class="caas-logo"><img alt="Reuters"></div><div '
            'class="caas-attr-meta"><span class="caas-author-byline-collapse">Lewis Krauskopf'
            '</span><div class="caas-attr-time-style"><time datetime="' + pub + '">Tue, Dec 17, '
            '2024, 9:32 AM</time> · 2 min read</div></div></div>' + _share("caas-share-buttons")
            + '<div class="caas-body">' + _ps(paras) + '</div></div>'
            + _footer(["© 2024 Yahoo. All rights reserved."]))
    return Page("yfinance-reuters", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["Lewis Krauskopf"], pub, mod, "Reuters", None))


def yahoo_finance_bloomberg() -> Page:
    url = "https://finance.yahoo.com/news/china-retail-sales-slow-unexpectedly-021512345.html"
    title = "China's Retail Sales Slow Unexpectedly as Consumers Stay Cautious"
    paras = ["(Bloomberg) -- China's consumer spending slowed more than expected in November, "
             "adding pressure on Beijing to step up support for households.",
             "Retail sales rose 3% from a year earlier, the National Bureau of Statistics said "
             "Monday, well below economists' forecast of 4.6%.",
             "Industrial output grew 5.4%, slightly faster than in October."]
    pub = "2024-12-16T02:15:45.000Z"
    head = (_og(title, "Yahoo Finance", paras[0][14:], pub=pub)
            + _news_ld(title, pub, None, ["Bloomberg News"], "Yahoo Finance", url,
                       author_type="Organization",
                       extra={"provider": {"@type": "Organization", "name": "Bloomberg"}}))
    body = (_nav("Yahoo Finance", ["News", "Markets", "Research", "Personal Finance", "Videos"])
            + '<div class="caas-container"><header class="caas-header"><h1>' + title + '</h1></header>'
            '<div class="caas-attr"><div class="caas-logo"><img alt="Bloomberg"></div><div '
            'class="caas-attr-meta"><span class="caas-author-byline-collapse">Bloomberg News'
            '</span><div class="caas-attr-time-style"><time datetime="' + pub + '">Sun, Dec 15, '
            '2024, 9:15 PM</time> · 2 min read</div></div></div>' + _share("caas-share-buttons")
            + '<div class="caas-body">' + '<p>(Bloomberg) -- China\'s consumer spending slowed more '
            'than expected in November, adding pressure on Beijing to step up support for '
            'households.</p><p>Most Read from Bloomberg</p><ul><li><a href="https://www.bloomberg.com/a">'
            'Trump Picks Retail Billionaire as Ambassador</a></li><li><a href="https://www.bloomberg.com/b">'
            'Hedge Fund Star Bets Big on Bonds</a></li><li><a href="https://www.bloomberg.com/c">'
            'The World\'s Richest Families Got $1 Trillion Richer</a></li></ul>'
            + _ps(paras[1:])
            + '<p>Most Read from Bloomberg Businessweek</p><ul><li><a href="https://www.bloomberg.com/d">'
            'The Man Who Sold the Internet</a></li><li><a href="https://www.bloomberg.com/e">'
            'Inside the Race to Build AI Chips</a></li></ul><p>©2024 Bloomberg L.P.</p></div></div>'
            + _footer(["© 2024 Yahoo. All rights reserved."]))
    return Page("yfinance-bloomberg", url, _doc("en", title, head, body),
                _truth(title, _text(paras), ["Bloomberg News"], pub, None, "Bloomberg", None))


def morningstar_dowjones() -> Page:
    url = "https://www.morningstar.com/news/dow-jones/202412175432/oil-futures-rise-on-china-stimulus-hopes"
    title = "Oil Futures Rise on China Stimulus Hopes"
    paras = ["By Anthony Harrup", "Oil futures rose on hopes that China's stimulus measures "
             "will boost demand from the world's biggest crude importer.",
             "Front-month WTI crude was recently up 1.1% at $71.08 a barrel, while Brent rose 1% "
             "to $74.21.",
             "Traders are also watching Wednesday's Federal Reserve decision.",
             "Write to Anthony Harrup at anthony.harrup@wsj.com"]
    pub = "2024-12-17T10:03:00-06:00"
    head = (_og(title, "Morningstar", paras[1], pub=pub, mod=pub)
            + _news_ld(title, pub, pub, None, "Morningstar", url))
    body = (_nav("Morningstar", ["Investing Ideas", "Stocks", "Funds", "ETFs", "Markets"])
            + '<article class="mdc-article"><p class="mdc-provider">Dow Jones</p><h1>' + title
            + '</h1><time datetime="' + pub + '">Dec 17, 2024 11:03 AM EST</time>'
            + '<div class="mdc-story__body">' + _ps(paras)
            + '<p>(END) Dow Jones Newswires</p><p>December 17, 2024 11:03 ET (16:03 GMT)</p>'
            '<p>Copyright (c) 2024 Dow Jones &amp; Company, Inc.</p></div></article>'
            + _footer(["© Copyright 2024 Morningstar, Inc. All rights reserved."]))
    return Page("morningstar-dj", url, _doc("en", title + " | Morningstar", head, body),
                _truth(title, _text(paras[1:]), ["Anthony Harrup"], pub, pub, "Dow Jones", None))


def standard_pa_sport() -> Page:
    url = "https://www.standard.co.uk/sport/football/arsenal-crystal-palace-carabao-cup-b1198765.html"
    title = "Gabriel Jesus hat-trick sends Arsenal into Carabao Cup semi-finals"
    paras = ["Gabriel Jesus scored his first hat-trick for Arsenal as the Gunners came from "
             "behind to beat Crystal Palace 3-2 and reach the Carabao Cup semi-finals.",
             "Jean-Philippe Mateta gave Palace an early lead before Jesus struck twice in quick "
             "succession after the break.",
             "Eddie Nketiah pulled one back against his former club, but Jesus completed his "
             "treble to settle the tie."]
    pub, mod = "2024-12-18T22:04:00+00:00", "2024-12-18T22:30:00+00:00"
    head = (_og(title, "The Standard", paras[0], pub=pub, mod=mod, author="Press Association")
            + _news_ld(title, pub, mod, ["Press Association"], "The Standard", url,
                       author_type="Organization"))
    body = (_nav("The Standard", ["News", "Sport", "Business", "Lifestyle", "Culture"])
            + '<article><h1 class="headline">' + title + '</h1><div class="author">'
            '<span>By Rob Harris, PA Chief Sports Reporter</span></div>'
            '<time datetime="' + pub + '">18 December 2024</time>' + _share("social")
            + '<div id="main" class="body">' + _ps(paras)
            + '<p><a href="/newsletters">Sign up for exclusive newsletters, comment, and the '
            'latest Standard sport news</a></p></div></article>'
            + _footer(["© 2024 Evening Standard Ltd."]))
    return Page("standard-pa", url, _doc("en", title + " | The Standard", head, body),
                _truth(title, _text(paras), ["Rob Harris"], pub, mod, "PA", None))


def supersport_afp() -> Page:
    url = "https://supersport.com/football/news/241217_Mbappe_scores_as_Real_Madrid_win_Intercontinental_Cup"
    title = "Mbappe scores as Real Madrid win Intercontinental Cup"
    paras = ["Doha (AFP) - Kylian Mbappe scored and Vinicius Junior won a penalty as Real "
             "Madrid beat Pachuca 3-0 to win the Intercontinental Cup in Qatar on Wednesday.",
             "Mbappe opened the scoring in the 37th minute, his first goal since returning from "
             "injury.",
             "Rodrygo doubled the lead before Vinicius won a penalty converted by Lucas Vazquez."]
    pub = "2024-12-18T21:15:00+02:00"
    head = (_og(title, "SuperSport", paras[0][13:], pub=pub, mod=pub, author="AFP")
            + _news_ld(title, pub, pub, ["AFP"], "SuperSport", url, author_type="Organization"))
    body = (_nav("SuperSport", ["Football", "Rugby", "Cricket", "Motorsport", "Schedules"])
            + '<article class="news-article"><h1>' + title + '</h1><div class="article-meta">'
            '<span class="source">AFP</span> <span class="date">18 December 2024 21:15</span></div>'
            + _share("share-bar") + '<div class="article-body">' + _ps(paras) + '</div></article>'
            + _footer(["© 2024 SuperSport. All rights reserved."]))
    return Page("supersport-afp", url, _doc("en", title + " | SuperSport", head, body),
                _truth(title, _text(paras), ["AFP"], pub, pub, "AFP", "Doha"))


BUILDERS: tuple[Callable[[], Page], ...] = (
    derstandard_apa, kleinezeitung_apa, augsburger_dpa, sz_dpa_newskanal, blue_news_sda,
    lasicilia_ansa, lavanguardia_efe, twentyminutos_europapress, ad_anp, dziennik_pap,
    ouestfrance_afp, ksl_ap, tv_station_ap, local_paper_ap_staff, msn_ap, newsbreak_ap,
    citynews_cp, nationalpost_cp_staff, perthnow_aap, canberratimes_aap_closing, infobae_efe,
    excelsior_afp, pagina12_telam, guardian_ng_afp, citizen_xinhua, premiumtimes_nan,
    aps_algerie, yahoo_finance_reuters, yahoo_finance_bloomberg, morningstar_dowjones,
    standard_pa_sport, supersport_afp,
)


def pages() -> Iterator[Page]:
    for build in BUILDERS:
        yield build()
