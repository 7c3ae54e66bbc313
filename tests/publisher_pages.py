# ruff: noqa: E501
"""Look-alike article pages of major publishers that neither the dev corpus nor fixtures/generic
cover, written from what their pages printed around 2023-2025 (head as the site prints it,
including metadata that is incomplete or contradicts the printed page; printed header; body
with its in-text boilerplate), each with the record a reader would expect.

`pages()` yields `Page(publisher, url, html, truth)`; `ablated(html)` strips the metadata
(JSON-LD, og:*, article:*, author and date metas) so the printed-field readers are measured.
`python -m tests.publisher_measure` prints the figures.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any


@dataclass
class Page:
    publisher: str
    url: str
    html: str
    truth: dict[str, Any]


def _ld(obj: dict[str, Any]) -> str:
    return ('<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False)
            + "</script>")


def _metas(pairs: list[tuple[str, str, str]]) -> str:
    return "\n".join(f'<meta {kind}="{key}" content="{value}">' for kind, key, value in pairs)


def _doc(lang: str, title: str, head: str, body: str, *, charset: str = "utf-8") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="{charset}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{title}</title>\n{head}\n"
            '<script>window.dataLayer=window.dataLayer||[];</script>\n'
            f"</head>\n<body>\n{body}\n"
            '<script src="/static/js/main.bundle.js" defer></script>\n</body>\n</html>\n')


def _ps(paras: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{attr}>{p}</p>" for p in paras)


def _text(paras: list[str]) -> str:
    return "\n\n".join(re.sub(r"<[^>]+>", "", p) for p in paras)


_META_RE = re.compile(
    r'<meta\s+(?:property|name|itemprop)="(?:og:[^"]*|article:[^"]*|twitter:[^"]*|author|'
    r'date|pubdate|publishdate|dc\.[^"]*|DC\.[^"]*|parsely-[^"]*|sailthru\.[^"]*|'
    r'datePublished|dateModified|last-modified|cXenseParse:[^"]*|dtk:[^"]*|'
    r'content_[^"]*|publish-date|lastmod|article\.[^"]*)"[^>]*>\n?', re.I)
_LD_RE = re.compile(r'<script type="application/ld\+json">.*?</script>\n?', re.S)


def ablated(html: str) -> str:
    """The page with its JSON-LD, og:*, article:*, author and date metas taken out."""
    return _META_RE.sub("", _LD_RE.sub("", html))


def _nav(site: str, items: list[str]) -> str:
    links = "".join(f'<li><a href="/{i.lower()}/">{i}</a></li>' for i in items)
    return (f'<header class="site-header"><a class="logo" href="/">{site}</a>'
            f'<nav aria-label="Hauptnavigation"><ul>{links}</ul></nav></header>')


def _footer(text: str) -> str:
    return (f'<footer class="site-footer"><ul><li><a href="/impressum">Impressum</a></li>'
            f'<li><a href="/datenschutz">Datenschutz</a></li></ul><p>{text}</p></footer>')


def _news_ld(headline: str, published: str, modified: str | None, authors: list[str] | None,
             publisher: str, url: str, *, author_type: str = "Person",
             extra: dict[str, Any] | None = None) -> str:
    obj: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle",
                           "mainEntityOfPage": url, "headline": headline,
                           "datePublished": published,
                           "publisher": {"@type": "Organization", "name": publisher}}
    if modified:
        obj["dateModified"] = modified
    if authors is not None:
        obj["author"] = [{"@type": author_type, "name": a} for a in authors]
    obj.update(extra or {})
    return _ld(obj)


# ---------------------------------------------------------------------------------------------
# Germany


def stern() -> Page:
    url = "https://www.stern.de/politik/deutschland/bahnstreik-gdl-kuendigt-neuen-ausstand-an-34512876.html"
    kicker, head = "Tarifkonflikt", "GDL kündigt neuen Streik im Personenverkehr an"
    paras = ["Die Lokführergewerkschaft GDL hat erneut zu einem Streik bei der Deutschen Bahn "
             "aufgerufen. Betroffen sei der Personenverkehr ab Donnerstagmorgen, teilte die "
             "Gewerkschaft am Dienstag in Frankfurt mit.",
             "Die Bahn kritisierte die kurze Vorlaufzeit scharf. Ein Sprecher sprach von einer "
             "Zumutung für Millionen Fahrgäste, die sich erneut kurzfristig umorientieren müssten.",
             "Die Verhandlungen zwischen beiden Seiten waren in der vergangenen Woche ohne "
             "Ergebnis abgebrochen worden. Strittig ist vor allem die Arbeitszeit der Schichtarbeiter."]
    pub, mod = "2024-03-05T14:31:00+01:00", "2024-03-05T16:02:00+01:00"
    head_html = (_metas([("property", "og:title", f"{kicker}: {head}"),
                         ("property", "og:site_name", "STERN.de"),
                         ("name", "author", "STERN.de"),
                         ("name", "date", pub)])
                 + _news_ld(f"{kicker}: {head}", pub, mod, None, "STERN.de", url,
                            extra={"author": {"@type": "Organization", "name": "STERN.de"}}))
    body = (_nav("stern", ["Politik", "Gesellschaft", "Wirtschaft", "Kultur"])
            + '<main><article class="article">'
            '<header class="article__header"><h1 class="title">'
            f'<span class="title__kicker">{kicker}</span>'
            f'<span class="title__headline">{head}</span></h1>'
            '<div class="intro typo-intro">Die Fahrgäste der Bahn müssen sich erneut auf '
            'Ausfälle einstellen.</div>'
            '<div class="authors"><ul class="authors__list"><li class="authors__list-item">'
            '<span class="authors__source">Quelle: dpa-AFX</span></li></ul>'
            f'<time class="authors__pubdate" datetime="{pub}">05.03.2024, 14:31</time></div>'
            '</header><div class="article__body">'
            + _ps(paras[:2], "text-element u-richtext u-typo u-typo--article-text")
            + '<div class="group-teaserblock"><h3>Mehr zum Thema</h3><ul><li><a href="/x-1.html">'
            'Bahnstreik: Das sind Ihre Rechte als Fahrgast</a></li></ul></div>'
            + _ps(paras[2:], "text-element u-richtext u-typo u-typo--article-text")
            + '<p class="text-element u-richtext">Mehr zum Thema lesen Sie im neuen stern+.</p>'
            '</div></article></main>' + _footer("© stern.de GmbH"))
    return Page("stern", url, _doc("de", f"{kicker}: {head} | STERN.de", head_html, body),
                {"title": head, "authors": [], "body": "Die Fahrgäste der Bahn müssen sich "
                 "erneut auf Ausfälle einstellen.\n\n" + _text(paras),
                 "published": pub, "modified": mod})


def tagesspiegel() -> Page:
    url = "https://www.tagesspiegel.de/berlin/senat-beschliesst-neues-schulgesetz-11334455.html"
    kicker, head = "„Ein wichtiger Schritt“", "Berliner Senat beschließt neues Schulgesetz"
    paras = ["Der Berliner Senat hat am Dienstag den Entwurf für ein neues Schulgesetz "
             "beschlossen. Künftig sollen Grundschulen mehr Freiheit bei der Gestaltung des "
             "Unterrichts erhalten, sagte die Bildungssenatorin nach der Sitzung.",
             "Die Opposition kritisierte den Entwurf als unzureichend. Die Lehrerverbände "
             "begrüßten dagegen die geplante Entlastung bei der Verwaltungsarbeit.",
             "Das Abgeordnetenhaus soll sich noch vor der Sommerpause mit dem Gesetz befassen."]
    pub = "2024-03-05T13:45:00.000Z"
    head_html = (_metas([("property", "og:title", f"{kicker}: {head}"),
                         ("property", "og:site_name", "Der Tagesspiegel"),
                         ("name", "author", "Anna Thewalt"),
                         ("property", "article:published_time", pub)])
                 + _news_ld(f"{kicker}: {head}", pub, pub, ["Anna Thewalt"], "Der Tagesspiegel",
                            url))
    body = (_nav("Tagesspiegel", ["Berlin", "Politik", "Wirtschaft", "Sport"])
            + '<main><article><header class="Bo">'
            f'<h1 class="Ha"><span class="Ks">{kicker}</span><span class="Kh">{head}</span></h1>'
            '<p class="Bs">Die Grundschulen sollen mehr Freiheit bekommen.</p>'
            '<div class="Bb"><span>Von </span><a href="/autoren/anna-thewalt" class="Bl">'
            'Anna Thewalt</a></div>'
            f'<div class="Bd"><time datetime="{pub}">05.03.2024, 14:45 Uhr</time></div>'
            '</header><div id="story-elements">' + _ps(paras[:2])
            + '<aside class="Ar"><p>Lesen Sie auch</p><a href="/berlin/x.html">Lehrermangel in '
            'Berlin: Was jetzt getan werden muss</a></aside>' + _ps(paras[2:])
            + '</div></article></main>' + _footer("© Verlag Der Tagesspiegel GmbH"))
    return Page("tagesspiegel", url, _doc("de", f"{kicker}: {head}", head_html, body),
                {"title": head, "authors": ["Anna Thewalt"],
                 "body": "Die Grundschulen sollen mehr Freiheit bekommen.\n\n" + _text(paras),
                 "published": "2024-03-05T14:45:00+01:00", "modified": None})


def taz() -> Page:
    url = "https://taz.de/Klimaproteste-in-Hamburg/!5992211/"
    kicker, head = "Klimaproteste in Hamburg", "Tausende ziehen durch die Innenstadt"
    paras = ["Mehrere tausend Menschen haben am Freitag in Hamburg für mehr Klimaschutz "
             "demonstriert. Die Polizei sprach von rund 8.000 Teilnehmenden, die Veranstalter "
             "von deutlich mehr.",
             "Der Zug führte vom Jungfernstieg über die Mönckebergstraße bis zum Rathausmarkt. "
             "Zwischenfälle gab es nach Angaben der Polizei keine.",
             "Aufgerufen hatte ein breites Bündnis aus Umweltverbänden und Gewerkschaften."]
    pub = "2024-03-01T18:12:00+01:00"
    head_html = (_metas([("property", "og:title", f"{kicker}: {head} - taz.de"),
                         ("name", "author", "Marco Carini"),
                         ("property", "article:published_time", pub)])
                 + _news_ld(head, pub, None, ["Marco Carini"], "taz", url))
    body = (_nav("taz", ["Politik", "Öko", "Gesellschaft", "Kultur", "Nord"])
            + '<main><article class="sectbody" itemscope itemtype="http://schema.org/Article">'
            '<h1 itemprop="headline"><span class="kicker">' + kicker + '</span>'
            '<span class="hide">: </span><span>' + head + '</span></h1>'
            '<p class="intro" itemprop="description">Ein Bündnis aus Umweltverbänden ruft zur '
            'Demo auf. Die Polizei zählt 8.000 Menschen.</p>'
            '<ul class="byline"><li class="author"><a href="/!a123/">Marco Carini</a></li>'
            '<li class="date"><span>1. 3. 2024</span></li></ul>'
            + _ps(paras, "article") +
            '<div class="rack"><p>Fotos: Bodo Marks/dpa</p></div>'
            '<div class="community"><p>taz lesen kann jede:r. Unterstützen Sie jetzt mit einem '
            'freiwilligen Beitrag.</p></div></article></main>' + _footer("© taz Verlags u. "
                                                                      "Vertriebs GmbH"))
    return Page("taz", url, _doc("de", f"{kicker}: {head} - taz.de", head_html, body),
                {"title": head, "authors": ["Marco Carini"],
                 "body": "Ein Bündnis aus Umweltverbänden ruft zur Demo auf. Die Polizei zählt "
                 "8.000 Menschen.\n\n" + _text(paras),
                 "published": pub, "modified": None})


# ---------------------------------------------------------------------------------------------
# Austria


def krone() -> Page:
    url = "https://www.krone.at/3289901"
    head = "Lawine erfasst Skitourengeher in Tirol"
    paras = ["Ein Skitourengeher ist am Sonntag im Tiroler Sellraintal von einer Lawine "
             "erfasst und teilweise verschüttet worden. Der 42-Jährige konnte sich selbst befreien.",
             "Sein Begleiter alarmierte die Einsatzkräfte. Der Verletzte wurde mit dem "
             "Notarzthubschrauber in die Klinik nach Innsbruck geflogen.",
             "Die Lawinenwarnstufe lag am Sonntag in dem Gebiet bei drei auf der fünfteiligen Skala."]
    pub, mod = "2024-02-11T15:20:00+01:00", "2024-02-11T17:05:00+01:00"
    head_html = (_metas([("property", "og:title", f"Tirol: {head} | krone.at"),
                         ("name", "author", "krone.at"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Kronen Zeitung"], "Kronen Zeitung", url))
    body = (_nav("Krone", ["Nachrichten", "Sport", "Österreich", "Welt"])
            + '<main><article class="c_article"><div class="c_pretitle">Tirol</div>'
            f'<h1 class="c_title">{head}</h1>'
            '<div class="c_lead">Glück im Unglück für einen Wintersportler im Sellraintal.</div>'
            '<div class="c_author">Von <span>krone.at</span></div>'
            '<div class="c_time">11.02.2024 15:20</div>'
            '<figure><img src="/img/1.jpg" alt=""><figcaption>Der Verletzte wurde ins Spital '
            'geflogen. (Bild: ZOOM Tirol)</figcaption></figure>'
            '<div class="c_content">' + _ps(paras) +
            '<p><strong>Kommentare</strong> Da dieser Artikel älter als 18 Monate ist, ist zum '
            'jetzigen Zeitpunkt kein Kommentieren mehr möglich.</p></div>'
            '</article></main>' + _footer("© Krone Multimedia GmbH & Co KG"))
    return Page("krone", url, _doc("de-AT", f"Tirol: {head} | krone.at", head_html, body),
                {"title": head, "authors": [],
                 "body": "Glück im Unglück für einen Wintersportler im Sellraintal.\n\n"
                 + _text(paras), "published": pub, "modified": mod})


def diepresse() -> Page:
    url = "https://www.diepresse.com/18254433/regierung-einigt-sich-auf-budgetpfad"
    head = "Regierung einigt sich auf Budgetpfad"
    paras = ["Nach wochenlangen Verhandlungen hat sich die Bundesregierung auf den Budgetpfad "
             "für die kommenden Jahre geeinigt. Das Defizit soll bis 2026 unter drei Prozent sinken.",
             "Der Finanzminister sprach von einem ausgewogenen Paket. Die Opposition warf der "
             "Regierung hingegen vor, notwendige Reformen aufzuschieben.",
             "Details sollen am Mittwoch im Ministerrat präsentiert werden."]
    pub = "2024-04-16T10:05:00+02:00"
    head_html = (_metas([("property", "og:title", head + " | DiePresse.com"),
                         ("name", "author", "Jakob Zirm"),
                         ("property", "article:published_time", "2024-04-16T08:05:00Z")])
                 + _news_ld(head, "2024-04-16T08:05:00Z", None, ["Jakob Zirm"],
                            "Die Presse", url))
    body = (_nav("Die Presse", ["Politik", "Wirtschaft", "Meinung", "Kultur"])
            + '<main><article class="article"><header>'
            '<span class="article__kicker">Budget</span>'
            f'<h1 class="article__title">{head}</h1>'
            '<p class="article__lead">Das Defizit soll bis 2026 unter drei Prozent sinken.</p>'
            '<div class="article__meta"><span class="article__author">Von '
            '<a href="/autor/jakob-zirm">Jakob Zirm</a></span>'
            '<span class="article__date">16.04.2024 um 10:05</span></div></header>'
            '<div class="article__body">' + _ps(paras) +
            '<div class="premium-teaser"><p>Lesen Sie mehr mit Ihrem Abo.</p></div></div>'
            '</article></main>' + _footer("© DiePresse.com"))
    return Page("diepresse", url, _doc("de-AT", head + " | DiePresse.com", head_html, body),
                {"title": head, "authors": ["Jakob Zirm"],
                 "body": "Das Defizit soll bis 2026 unter drei Prozent sinken.\n\n" + _text(paras),
                 "published": pub, "modified": None})


# ---------------------------------------------------------------------------------------------
# Spanish, Italian, French


def clarin() -> Page:
    url = "https://www.clarin.com/politica/congreso-aprobo-ley-presupuesto_0_AbCdEf12.html"
    head = "El Congreso aprobó la ley de presupuesto tras una larga sesión"
    paras = ["La Cámara de Diputados aprobó en la madrugada de este jueves el proyecto de ley "
             "de presupuesto para el próximo año, con 132 votos a favor y 110 en contra.",
             "La sesión se extendió por más de dieciocho horas y estuvo marcada por fuertes "
             "cruces entre el oficialismo y la oposición.",
             "El proyecto pasará ahora al Senado, donde el Gobierno confía en reunir los votos "
             "necesarios antes de fin de mes."]
    pub, mod = "2024-10-24T06:12:00-03:00", "2024-10-24T08:40:00-03:00"
    head_html = (_metas([("property", "og:title", head + " | Clarín"),
                         ("name", "author", "Clarín"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Jaime Rosemberg"], "Clarín", url))
    body = (_nav("Clarín", ["Política", "Economía", "Sociedad", "Deportes"])
            + '<main><article><p class="volanta">Sesión maratónica</p>'
            f'<h1 id="title">{head}</h1>'
            '<h2 class="storySummary"><p>Fue con 132 votos a favor. El texto pasa al Senado.</p></h2>'
            '<div class="authorInfo"><div class="authorName"><a href="/autor/jaime-rosemberg.html">'
            'Jaime Rosemberg</a></div></div>'
            '<div class="breadcrumbDate"><span class="publishedDate">24/10/2024 06:12</span>'
            '<span class="modifiedDate">Actualizado al 24/10/2024 08:40</span></div>'
            '<div class="body-nota">' + _ps(paras[:2])
            + '<div class="related-notes"><p>Mirá también</p><a href="/x.html">Milei defendió el '
            'veto y apuntó contra los gobernadores</a></div>' + _ps(paras[2:])
            + '</div></article></main>' + _footer("Copyright 1996-2024 Clarín.com"))
    return Page("clarin", url, _doc("es", head + " | Clarín", head_html, body),
                {"title": head, "authors": ["Jaime Rosemberg"],
                 "body": "Fue con 132 votos a favor. El texto pasa al Senado.\n\n" + _text(paras),
                 "published": pub, "modified": mod})


def repubblica() -> Page:
    url = "https://www.repubblica.it/politica/2024/05/14/news/premierato_senato_voto-423012345/"
    head = "Premierato, primo sì del Senato alla riforma"
    paras = ["Il Senato ha approvato in prima lettura la riforma costituzionale sul premierato "
             "con 109 voti favorevoli e 77 contrari. Il testo passa ora alla Camera.",
             "Le opposizioni hanno abbandonato l'aula al momento del voto finale, parlando di "
             "uno stravolgimento della Costituzione.",
             "La premier ha rivendicato il risultato come una giornata storica per le istituzioni."]
    pub = "2024-05-14T19:30:00+02:00"
    head_html = (_metas([("property", "og:title", head),
                         ("name", "author", "di Giovanna Vitale"),
                         ("property", "article:published_time", pub)])
                 + _news_ld(head, pub, pub, ["Giovanna Vitale"], "la Repubblica", url))
    body = (_nav("la Repubblica", ["Politica", "Economia", "Esteri", "Cronaca"])
            + '<main><article class="story"><header class="story__header">'
            f'<h1 class="story__title">{head}</h1>'
            '<p class="story__summary">Il testo passa alla Camera. Le opposizioni lasciano l\'aula.</p>'
            '<em class="story__author">di <a href="/autori/giovanna_vitale">Giovanna Vitale</a></em>'
            f'<time class="story__date" datetime="{pub}">14 Maggio 2024 alle 19:30</time>'
            '<span class="story__reading-time">2 minuti di lettura</span></header>'
            '<div class="story__text">' + _ps(paras[:1])
            + '<p><strong>Leggi anche</strong> <a href="/x">Premierato, cosa prevede la riforma</a></p>'
            + _ps(paras[1:]) + '</div></article></main>'
            + _footer("GEDI Periodici e Servizi S.p.A. - P.IVA 01578251009"))
    return Page("repubblica", url, _doc("it", head + " - la Repubblica", head_html, body),
                {"title": head, "authors": ["Giovanna Vitale"],
                 "body": "Il testo passa alla Camera. Le opposizioni lasciano l'aula.\n\n"
                 + _text(paras), "published": pub, "modified": None})


def liberation() -> Page:
    url = "https://www.liberation.fr/politique/reforme-de-lassurance-chomage-le-gouvernement-passe-en-force-20240526_ABCDEF/"
    head = "Réforme de l’assurance chômage : le gouvernement passe en force"
    paras = ["Le gouvernement a publié dimanche le décret réformant l’assurance chômage, malgré "
             "l’opposition unanime des syndicats. Les nouvelles règles s’appliqueront dès décembre.",
             "La durée d’indemnisation sera réduite de dix-huit à quinze mois pour les moins de "
             "57 ans, selon le texte paru au Journal officiel.",
             "Les organisations syndicales ont annoncé leur intention de saisir le Conseil d’Etat."]
    pub, mod = "2024-05-26T12:03:00.000Z", "2024-05-26T16:41:00.000Z"
    head_html = (_metas([("property", "og:title", head + " – Libération"),
                         ("name", "author", "Frantz Durupt"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Frantz Durupt"], "Libération", url))
    body = (_nav("Libération", ["Politique", "International", "Economie", "Société"])
            + '<main><article class="article-body-wrapper">'
            '<a class="font_xs color_grey-2" href="/economie/social/">Social</a>'
            f'<h1 class="font_tertiary article-title">{head}</h1>'
            '<h2 class="article-subtitle">Les nouvelles règles s’appliqueront dès décembre.</h2>'
            '<div class="author-wrapper">par <a href="/auteur/frantz-durupt/">Frantz Durupt</a></div>'
            '<div class="date-wrapper"><span>publié le 26 mai 2024 à 14h03</span>'
            '<span>mis à jour le 26 mai 2024 à 18h41</span></div>'
            '<div class="article-body">' + _ps(paras[:2], "article-body-paragraph")
            + '<p class="article-body-paragraph"><strong>A lire aussi</strong> <a href="/x">'
            'Assurance chômage : ce qui change pour les seniors</a></p>'
            + _ps(paras[2:], "article-body-paragraph") + '</div></article></main>'
            + _footer("© Libé 2024"))
    return Page("liberation", url, _doc("fr", head + " – Libération", head_html, body),
                {"title": head, "authors": ["Frantz Durupt"],
                 "body": "Les nouvelles règles s’appliqueront dès décembre.\n\n" + _text(paras),
                 "published": "2024-05-26T14:03:00+02:00",
                 "modified": "2024-05-26T18:41:00+02:00"})


def leparisien() -> Page:
    url = "https://www.leparisien.fr/faits-divers/incendie-dans-un-immeuble-a-saint-denis-05-03-2024-ABCD.php"
    head = "Incendie dans un immeuble à Saint-Denis : quinze personnes relogées"
    paras = ["Un incendie s’est déclaré dans la nuit de lundi à mardi au troisième étage d’un "
             "immeuble de la rue Gabriel-Péri, à Saint-Denis. Aucun blessé grave n’est à déplorer.",
             "Une soixantaine de sapeurs-pompiers ont été mobilisés pour venir à bout des flammes. "
             "Quinze habitants ont été relogés par la mairie.",
             "Une enquête a été ouverte pour déterminer l’origine du sinistre."]
    pub, mod = "2024-03-05T08:17:00+01:00", "2024-03-05T11:52:00+01:00"
    head_html = (_metas([("property", "og:title", head),
                         ("name", "author", "Le Parisien"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Thomas Dupont"], "Le Parisien", url))
    body = (_nav("Le Parisien", ["Faits divers", "Politique", "Sports", "Seine-Saint-Denis"])
            + '<main><article><div class="breadcrumb">Seine-Saint-Denis</div>'
            f'<h1 class="title_xl col margin_bottom_headline">{head}</h1>'
            '<p class="subheadline">Une soixantaine de pompiers ont été mobilisés.</p>'
            '<div class="article_header__infos"><span class="author">Par <a href="/auteur/x">'
            'Thomas Dupont</a></span><span class="width_full">Le 5 mars 2024 à 08h17, modifié le '
            '5 mars 2024 à 11h52</span></div>'
            '<figure><img src="/i.jpg" alt=""><figcaption>L’immeuble de la rue Gabriel-Péri. '
            'LP/Thomas Dupont</figcaption></figure>'
            '<section class="content">' + _ps(paras, "paragraph text_align_left")
            + '<p class="paragraph">Newsletter L\'essentiel du jour Notre sélection de contenus '
            'exclusifs</p></section></article></main>' + _footer("© Le Parisien"))
    return Page("leparisien", url, _doc("fr", head + " - Le Parisien", head_html, body),
                {"title": head, "authors": ["Thomas Dupont"],
                 "body": "Une soixantaine de pompiers ont été mobilisés.\n\n" + _text(paras),
                 "published": pub, "modified": mod})


# ---------------------------------------------------------------------------------------------
# Japan, Korea, Indonesia


def yomiuri() -> Page:
    url = "https://www.yomiuri.co.jp/national/20240305-OYT1T50123/"
    head = "東京都心で積雪、交通機関に乱れ"
    paras = ["関東地方は５日、南岸低気圧の影響で広い範囲で雪が降り、東京都心でも積雪を観測した。",
             "ＪＲや私鉄の一部路線で運転の見合わせや遅れが出たほか、首都高速道路でも通行止めの区間があった。",
             "気象庁は、路面の凍結などに注意するよう呼びかけている。"]
    pub, mod = "2024-03-05T09:12:00+09:00", "2024-03-05T11:40:00+09:00"
    head_html = (_metas([("property", "og:title", head),
                         ("name", "author", "読売新聞"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["読売新聞"], "読売新聞オンライン", url,
                            author_type="Organization"))
    body = (_nav("読売新聞オンライン", ["ニュース", "社会", "政治", "経済"])
            + '<main><article class="article-content"><div class="c-article-header">'
            f'<h1 class="title-article c-article-title">{head}</h1>'
            f'<div class="c-article-header-date"><time datetime="{pub}">2024/03/05 09:12</time>'
            '</div></div><div class="p-main-contents">'
            + _ps(paras[:2]) + '<div class="p-related"><h2>関連記事</h2><ul><li><a href="/x">'
            '大雪で都内の小中学校が休校</a></li></ul></div>' + _ps(paras[2:])
            + '<p class="p-article-notice">読売新聞オンライン</p></div></article></main>'
            + _footer("Copyright © The Yomiuri Shimbun."))
    return Page("yomiuri", url, _doc("ja", head + " : 読売新聞", head_html, body),
                {"title": head, "authors": [], "body": _text(paras),
                 "published": pub, "modified": mod})


def nikkei() -> Page:
    url = "https://www.nikkei.com/article/DGXZQOUA051230V00C24A3000000/"
    head = "日経平均、最高値を更新　半導体株に買い"
    paras = ["５日の東京株式市場で日経平均株価は続伸し、終値は前日比200円高の４万0300円となった。",
             "米国のハイテク株高を受けて、半導体関連株に買いが集まった。",
             "東京エレクトロンやアドバンテストなど値がさの半導体関連株が指数を押し上げ、"
             "東証プライム市場の売買代金は概算で５兆円を超えた。",
             "一方、円相場が対ドルで上昇したことを受けて、自動車など輸出関連株の一部には売りが出た。",
             "市場では、海外投資家の資金流入が続くとの見方が多い。"]
    pub = "2024-03-05T15:30:00+0900"
    head_html = (_metas([("property", "og:title", head),
                         ("name", "author", "日本経済新聞社"),
                         ("property", "article:published_time", pub)])
                 + _news_ld(head, "2024-03-05T15:30:00+09:00", None, ["日本経済新聞社"],
                            "日本経済新聞", url, author_type="Organization"))
    body = (_nav("日本経済新聞", ["トップ", "マーケット", "経済", "政治"])
            + '<main><article><div class="topicPath"><a href="/markets/">マーケット</a></div>'
            f'<h1 class="title_tyodebu">{head}</h1>'
            '<div class="TimeStamp"><time datetime="2024-03-05T15:30:00+0900">'
            '2024年3月5日 15:30</time></div>'
            '<section class="container_campaign"><p>日経電子版 初月無料</p></section>'
            '<section class="article-body">' + _ps(paras) + '</section>'
            '<div class="related"><h2>この記事をまとめて読む</h2></div></article></main>'
            + _footer("Nikkei Inc. No reproduction without permission."))
    return Page("nikkei", url, _doc("ja", head + " - 日本経済新聞", head_html, body),
                {"title": head, "authors": [], "body": _text(paras),
                 "published": "2024-03-05T15:30:00+09:00", "modified": None})


def chosun() -> Page:
    url = "https://www.chosun.com/national/2024/03/05/ABCDEFGHIJKLMNOP/"
    head = "서울 지하철 파업 예고… 시민 불편 우려"
    paras = ["서울교통공사 노조가 오는 14일부터 파업에 돌입하겠다고 5일 밝혔다.",
             "노조는 인력 감축 계획 철회를 요구하고 있으며, 사측은 경영 정상화를 위해 불가피하다는 입장이다.",
             "서울시는 비상수송대책을 마련해 시민 불편을 최소화하겠다고 했다."]
    pub, mod = "2024-03-05T05:12:00.000Z", "2024-03-05T07:40:00.000Z"
    head_html = (_metas([("property", "og:title", head),
                         ("name", "author", "김철수 기자"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["김철수 기자"], "조선일보", url))
    body = (_nav("조선일보", ["정치", "경제", "사회", "국제"])
            + '<main><article><div class="article-header">'
            f'<h1 class="article-header__headline"><span>{head}</span></h1>'
            '<div class="article-byline"><a class="article-byline__author" href="/people/x/">'
            '김철수 기자</a></div>'
            '<div class="dateBox"><span class="inputDate">입력 2024.03.05. 14:12</span>'
            '<span class="upDate">업데이트 2024.03.05. 16:40</span></div></div>'
            '<section class="article-body">' + _ps(paras, "article-body__content-text")
            + '<p class="article-body__content-text">[관련 기사] 지하철 파업 때마다 반복되는 혼란</p>'
            '</section></article></main>' + _footer("Copyright 조선일보. All rights reserved."))
    return Page("chosun", url, _doc("ko", head + " - 조선일보", head_html, body),
                {"title": head, "authors": ["김철수"], "body": _text(paras),
                 "published": "2024-03-05T14:12:00+09:00",
                 "modified": "2024-03-05T16:40:00+09:00"})


def kompas() -> Page:
    url = "https://nasional.kompas.com/read/2024/03/05/14300011/kpu-tetapkan-hasil-rekapitulasi"
    head = "KPU Tetapkan Hasil Rekapitulasi Suara Nasional"
    paras = ["<strong>JAKARTA, KOMPAS.com</strong> - Komisi Pemilihan Umum (KPU) menetapkan hasil "
             "rekapitulasi suara nasional Pemilu 2024 pada Selasa malam.",
             "Penetapan dilakukan dalam rapat pleno terbuka di kantor KPU, Jakarta, yang dihadiri "
             "saksi dari seluruh partai politik peserta pemilu.",
             "Ketua KPU mengatakan, seluruh tahapan telah dilaksanakan sesuai jadwal."]
    pub = "2024-03-05T14:30:00+07:00"
    head_html = (_metas([("property", "og:title", head),
                         ("name", "content_author", "Dian Erika Nugraheny"),
                         ("name", "content_PublishedDate", "2024-03-05 14:30:00"),
                         ("name", "author", "Kompas Cyber Media")])
                 + _news_ld(head, pub, pub, ["Dian Erika Nugraheny"], "KOMPAS.com", url))
    body = (_nav("KOMPAS.com", ["News", "Nasional", "Megapolitan", "Money"])
            + '<main><div class="read__header">'
            f'<h1 class="read__title">{head}</h1>'
            '<div class="read__time">Kompas.com - 05/03/2024, 14:30 WIB</div></div>'
            '<div class="read__credit"><div class="credit-title-name"><h6>Penulis</h6>'
            '<a href="/x">Dian Erika Nugraheny</a></div><div class="credit-title-name">'
            '<h6>Editor</h6><a href="/y">Ihsanuddin</a></div></div>'
            '<div class="read__content"><div class="clearfix">' + _ps(paras[:2])
            + '<p><strong>Baca juga: <a class="inner-link-baca-juga" href="/z">Hasil Pemilu '
            '2024 Digugat ke MK</a></strong></p>' + _ps(paras[2:])
            + '<p>Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran '
            'andalanmu akses berita Kompas.com WhatsApp Channel.</p></div></div></main>'
            + _footer("Copyright 2008 - 2024 PT. Kompas Cyber Media (Kompas Gramedia Digital Group)"))
    return Page("kompas", url, _doc("id", head + " Halaman all - Kompas.com", head_html, body),
                {"title": head, "authors": ["Dian Erika Nugraheny"], "body": _text(paras),
                 "published": pub, "modified": None})


def detik() -> Page:
    url = "https://news.detik.com/berita/d-7226543/banjir-rendam-ratusan-rumah-di-bekasi"
    head = "Banjir Rendam Ratusan Rumah di Bekasi"
    paras = ["<strong>Jakarta</strong> - Banjir merendam ratusan rumah di sejumlah kecamatan di "
             "Kabupaten Bekasi, Jawa Barat, setelah hujan deras mengguyur sejak Senin malam.",
             "Ketinggian air mencapai satu meter di beberapa titik. Warga mulai mengungsi ke "
             "masjid dan balai desa terdekat.",
             "Badan Penanggulangan Bencana Daerah telah mendirikan posko pengungsian."]
    head_html = (_metas([("property", "og:title", head),
                         ("name", "author", "Rizky Adha Mahendra"),
                         ("name", "dtk:author", "Rizky Adha Mahendra"),
                         ("name", "publishdate", "2024/03/05 14:30:00")])
                 + _news_ld(head, "2024-03-05T14:30:00+07:00", None, ["Rizky Adha Mahendra"],
                            "detikNews", url))
    body = (_nav("detikNews", ["Berita", "Daerah", "Internasional", "Kolom"])
            + '<main><article class="detail">'
            f'<h1 class="detail__title">{head}</h1>'
            '<div class="detail__author">Rizky Adha Mahendra - detikNews</div>'
            '<div class="detail__date">Selasa, 05 Mar 2024 14:30 WIB</div>'
            '<div class="detail__media"><figure><img src="/x.jpg" alt=""><figcaption>'
            'Ilustrasi banjir (Foto: Andhika Prasetia/detikcom)</figcaption></figure></div>'
            '<div class="detail__body-text itp_bodycontent">' + _ps(paras[:2])
            + '<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga: </strong>'
            '<a href="/y">Jakarta Diguyur Hujan Deras</a></div></td></tr></table>'
            + _ps(paras[2:]) + '<p><strong>(rdp/imk)</strong></p></div>'
            '</article></main>' + _footer("Copyright @ 2024 detikcom. All right reserved"))
    return Page("detik", url, _doc("id", head, head_html, body),
                {"title": head, "authors": ["Rizky Adha Mahendra"], "body": _text(paras),
                 "published": "2024-03-05T14:30:00+07:00", "modified": None})


# ---------------------------------------------------------------------------------------------
# Nordics


def aftonbladet() -> Page:
    url = "https://www.aftonbladet.se/nyheter/a/Xy12Ab/regeringen-presenterar-ny-budget"
    head = "Regeringen presenterar ny budget"
    paras = ["Regeringen presenterade på tisdagen sin vårbudget. Finansministern lovade sänkt "
             "skatt för pensionärer och ökade anslag till polisen.",
             "Oppositionen kallade förslagen otillräckliga och krävde mer pengar till välfärden.",
             "Budgeten ska behandlas av riksdagen under våren."]
    pub, mod = "2024-04-16T08:31:00.000Z", "2024-04-16T10:02:00.000Z"
    head_html = (_metas([("property", "og:title", head),
                         ("name", "author", "Aftonbladet"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Karin Eriksson"], "Aftonbladet", url))
    body = (_nav("Aftonbladet", ["Nyheter", "Sport", "Nöjesbladet", "Debatt"])
            + '<main><article><h1 data-test-id="headline">' + head + '</h1>'
            '<p data-test-id="lead-text">Sänkt skatt för pensionärer och mer pengar till polisen.</p>'
            '<div data-test-id="byline"><div class="byline-name">Karin Eriksson</div>'
            '<div class="byline-title">Reporter</div></div>'
            '<div data-test-id="publish-time"><span>Publicerad 10.31</span>'
            '<span>Uppdaterad 12.02</span></div>'
            '<div data-test-id="article-body">' + _ps(paras[:2])
            + '<p><strong>LÄS MER:</strong> <a href="/x">Så påverkas din plånbok av budgeten</a></p>'
            + _ps(paras[2:]) + '</div></article></main>' + _footer("© Aftonbladet Hierta AB"))
    return Page("aftonbladet", url, _doc("sv", head + " | Aftonbladet", head_html, body),
                {"title": head, "authors": ["Karin Eriksson"],
                 "body": "Sänkt skatt för pensionärer och mer pengar till polisen.\n\n"
                 + _text(paras), "published": "2024-04-16T10:31:00+02:00",
                 "modified": "2024-04-16T12:02:00+02:00"})


def vg() -> Page:
    url = "https://www.vg.no/nyheter/i/Rr1ab2/stormen-ingunn-stenger-veier"
    head = "Stormen stenger veier på Vestlandet"
    paras = ["Flere veier på Vestlandet er stengt torsdag på grunn av sterk vind og fare for ras.",
             "Meteorologisk institutt har sendt ut rødt farevarsel for deler av Møre og Romsdal.",
             "Politiet ber folk om å holde seg innendørs og unngå unødvendig reising."]
    pub, mod = "2024-02-01T06:14:00.000Z", "2024-02-01T09:47:00.000Z"
    head_html = (_metas([("property", "og:title", head),
                         ("name", "author", "VG"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Ola Nordmann", "Kari Hansen"], "VG", url))
    body = (_nav("VG", ["Nyheter", "Sport", "Rampelys", "Podkast"])
            + '<main><article><h1 class="hyperion-css-1">' + head + '</h1>'
            '<div class="byline"><ul><li><span class="name">Ola Nordmann</span>'
            '<span class="role">Journalist</span></li><li><span class="name">Kari Hansen</span>'
            '<span class="role">Journalist</span></li></ul>'
            '<div class="timestamp"><span>Publisert: 01.02.24 07:14</span>'
            '<span>Oppdatert: 01.02.24 10:47</span></div></div>'
            + _ps(paras[:2]) + '<figure><figcaption>STENGT: Riksvei 15 ved Stryn. '
            'Foto: Tor Erik Schrøder / NTB</figcaption></figure>' + _ps(paras[2:])
            + '<p>Publisert: 01.02.24 07:14</p></article></main>'
            + _footer("© VG Ansvarlig redaktør"))
    return Page("vg", url, _doc("nb", head + " – VG", head_html, body),
                {"title": head, "authors": ["Ola Nordmann", "Kari Hansen"], "body": _text(paras),
                 "published": "2024-02-01T07:14:00+01:00",
                 "modified": "2024-02-01T10:47:00+01:00"})


def dr() -> Page:
    url = "https://www.dr.dk/nyheder/indland/regeringen-vil-haeve-pensionsalderen"
    head = "Regeringen vil hæve pensionsalderen"
    paras = ["Regeringen foreslår at hæve pensionsalderen til 70 år i 2040. Det fremgår af et "
             "udspil, som blev præsenteret tirsdag.",
             "Forslaget møder kritik fra fagbevægelsen, der mener, at mange nedslidte ikke kan "
             "arbejde så længe.",
             "Folketinget skal stemme om forslaget inden sommerferien."]
    pub = "2024-03-05T13:30:00.000Z"
    head_html = (_metas([("property", "og:title", head),
                         ("property", "article:published_time", pub)])
                 + _news_ld(head, pub, pub, ["Mette Larsen"], "DR", url))
    body = (_nav("DR", ["Nyheder", "Indland", "Udland", "Politik"])
            + '<main><article class="dre-article"><header>'
            f'<h1 class="dre-article-title__heading"><span>{head}</span></h1>'
            '<p class="dre-article-title__summary">Fagbevægelsen er stærkt kritisk.</p>'
            '<div class="dre-byline"><div class="dre-byline__contributions">'
            '<span class="dre-byline__contribution-name">Mette Larsen</span>'
            '<span class="dre-byline__contribution-role">Journalist</span></div>'
            f'<time class="dre-byline__date" datetime="{pub}">5. mar. 2024 kl. 14.30</time>'
            '</div></header><div class="dre-article-body">'
            + _ps(paras[:2], "dre-article-body-paragraph")
            + '<aside class="dre-teaser"><p>Læs også</p><a href="/x">Her er reglerne for '
            'tidlig pension</a></aside>' + _ps(paras[2:], "dre-article-body-paragraph")
            + '</div></article></main>' + _footer("© DR"))
    return Page("dr", url, _doc("da", head + " | Indland | DR", head_html, body),
                {"title": head, "authors": ["Mette Larsen"],
                 "body": "Fagbevægelsen er stærkt kritisk.\n\n" + _text(paras),
                 "published": "2024-03-05T14:30:00+01:00", "modified": None})


def yle() -> Page:
    url = "https://yle.fi/a/74-20076543"
    head = "Hallitus esittää leikkauksia sosiaaliturvaan"
    paras = ["Hallitus esittää useiden sosiaaliturvaetuuksien leikkaamista ensi vuoden alusta.",
             "Valtiovarainministerin mukaan leikkaukset ovat välttämättömiä julkisen talouden "
             "tasapainottamiseksi.",
             "Oppositio arvosteli esitystä jyrkästi eduskunnan kyselytunnilla."]
    pub, mod = "2024-03-05T12:30:00.000Z", "2024-03-05T14:05:00.000Z"
    head_html = (_metas([("property", "og:title", head + " | Yle"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Anna Virtanen"], "Yle", url))
    body = (_nav("Yle", ["Uutiset", "Urheilu", "Areena", "Kotimaa"])
            + '<main><article class="yle__article"><header>'
            f'<h1 class="yle__article__heading yle__article__heading--h1">{head}</h1>'
            '<p class="yle__article__lead">Leikkaukset astuisivat voimaan ensi vuoden alusta.</p>'
            '<div class="yle__article__author"><span class="aw-1">Anna Virtanen</span></div>'
            '<div class="yle__article__date"><time datetime="' + pub + '">5.3.2024 14:30</time>'
            '<span>Päivitetty <time datetime="' + mod + '">5.3.2024 16:05</time></span></div>'
            '</header><section class="yle__article__content">' + _ps(paras[:2],
                                                                     "yle__article__paragraph")
            + '<p class="yle__article__paragraph"><strong>Lue myös:</strong> <a href="/a/x">'
            'Näin leikkaukset vaikuttavat</a></p>' + _ps(paras[2:], "yle__article__paragraph")
            + '</section></article></main>' + _footer("© Yle 2024"))
    return Page("yle", url, _doc("fi", head + " | Yle Uutiset", head_html, body),
                {"title": head, "authors": ["Anna Virtanen"],
                 "body": "Leikkaukset astuisivat voimaan ensi vuoden alusta.\n\n" + _text(paras),
                 "published": "2024-03-05T14:30:00+02:00",
                 "modified": "2024-03-05T16:05:00+02:00"})


# ---------------------------------------------------------------------------------------------
# Turkey, Russia, Poland, Netherlands


def hurriyet() -> Page:
    url = "https://www.hurriyet.com.tr/gundem/istanbulda-deprem-tatbikati-42412345"
    head = "İstanbul'da büyük deprem tatbikatı"
    paras = ["İstanbul'da 39 ilçede eş zamanlı olarak büyük deprem tatbikatı gerçekleştirildi.",
             "Tatbikata arama kurtarma ekipleri, sağlık personeli ve gönüllüler katıldı.",
             "Vali, tatbikatın başarıyla tamamlandığını açıkladı."]
    pub, mod = "2024-03-05T14:30:00+03:00", "2024-03-05T15:12:00+03:00"
    head_html = (_metas([("property", "og:title", head),
                         ("name", "author", "Hürriyet"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Haber Merkezi"], "Hürriyet", url))
    body = (_nav("Hürriyet", ["Gündem", "Ekonomi", "Dünya", "Spor"])
            + '<main><article><div class="news-detail-title-area">'
            f'<h1 class="news-detail-title selectionShareable">{head}</h1>'
            '<h2 class="news-detail-spot">39 ilçede eş zamanlı tatbikat yapıldı.</h2>'
            '<div class="news-info"><span class="author">Haber Merkezi</span>'
            '<div class="news-date"><span>Giriş Tarihi: 05.03.2024 - 14:30</span>'
            '<span>Güncelleme Tarihi: 05.03.2024 - 15:12</span></div></div></div>'
            '<div class="news-content readingTime">' + _ps(paras[:2])
            + '<p><strong>İLGİLİ HABER</strong> <a href="/x">Deprem çantasında neler olmalı?</a></p>'
            + _ps(paras[2:]) + '</div></article></main>'
            + _footer("© Copyright 2024 Hürriyet"))
    return Page("hurriyet", url, _doc("tr", head + " - Son Dakika Haberleri", head_html, body),
                {"title": head, "authors": [],
                 "body": "39 ilçede eş zamanlı tatbikat yapıldı.\n\n" + _text(paras),
                 "published": pub, "modified": mod})


def meduza() -> Page:
    url = "https://meduza.io/news/2024/03/05/v-moskve-vypal-rekordnyy-sneg"
    head = "В Москве выпал рекордный для марта снег"
    paras = ["В Москве за сутки выпало более 20 сантиметров снега. Это рекорд для начала марта, "
             "сообщили синоптики.",
             "Городские службы перевели на усиленный режим работы, на улицы вышла снегоуборочная "
             "техника.",
             "По прогнозу, снегопад продлится до среды."]
    head_html = (_metas([("property", "og:title", head + " — Meduza"),
                         ("property", "article:published_time", "2024-03-05T11:30:00+03:00")])
                 + _news_ld(head, "2024-03-05T08:30:00Z", None, None, "Meduza", url))
    body = (_nav("Meduza", ["Новости", "Истории", "Разбор", "Шапито"])
            + '<main><article class="GeneralMaterial-article">'
            '<div class="RichTitle-root"><h1 class="RichTitle-root">' + head + '</h1></div>'
            '<div class="MaterialMeta-module"><time class="Timestamp-module">11:30, 5 марта 2024</time>'
            '<span>Источник: <a href="https://ria.ru">«РИА Новости»</a></span></div>'
            '<div class="GeneralMaterial-body">' + _ps(paras, "SimpleBlock-module_p")
            + '</div><div class="Toolbar"><p>Поддержите «Медузу»</p></div></article></main>'
            + _footer("© 2014–2024 Meduza"))
    return Page("meduza", url, _doc("ru", head + " — Meduza", head_html, body),
                {"title": head, "authors": [], "body": _text(paras),
                 "published": "2024-03-05T11:30:00+03:00", "modified": None})


def rbc() -> Page:
    url = "https://www.rbc.ru/economics/05/03/2024/65e6f1a29a79474d1a2b3c4d"
    head = "Минфин предложил повысить налог на прибыль"
    paras = ["Министерство финансов предложило повысить ставку налога на прибыль организаций "
             "с 20 до 25%, сообщили РБК два источника.",
             "Законопроект планируется внести в Госдуму в ближайшие недели.",
             "В Минфине от комментариев отказались."]
    pub = "2024-03-05T14:30:00+03:00"
    head_html = (_metas([("property", "og:title", head),
                         ("name", "author", "РБК"),
                         ("property", "article:published_time", pub)])
                 + _news_ld(head, pub, pub, ["Иван Ткачёв"], "РБК", url))
    body = (_nav("РБК", ["Экономика", "Политика", "Бизнес", "Финансы"])
            + '<main><div class="article__header">'
            '<h1 class="article__header__title-in js-slide-title">' + head + '</h1>'
            '<div class="article__header__info-block"><span class="article__header__date" '
            f'content="{pub}">05 мар, 14:30</span></div></div>'
            '<div class="article__authors"><a class="article__authors__author" href="/x">'
            '<span class="article__authors__author__name">Иван Ткачёв</span></a></div>'
            '<div class="article__text article__text_free">' + _ps(paras[:2])
            + '<div class="article__inline-item"><span>Читайте на РБК Pro</span><a href="/y">'
            'Как изменятся налоги в 2025 году</a></div>' + _ps(paras[2:])
            + '</div></main>' + _footer("© АО «РОСБИЗНЕСКОНСАЛТИНГ», 1995-2024"))
    return Page("rbc", url, _doc("ru", head + " — РБК", head_html, body),
                {"title": head, "authors": ["Иван Ткачёв"], "body": _text(paras),
                 "published": pub, "modified": None})


def onet() -> Page:
    url = "https://wiadomosci.onet.pl/kraj/sejm-przyjal-ustawe-o-mediach/abc123"
    head = "Sejm przyjął ustawę o mediach publicznych"
    paras = ["Sejm przyjął w piątek ustawę o mediach publicznych. Za głosowało 240 posłów, "
             "przeciw było 190.",
             "Opozycja zapowiedziała skierowanie ustawy do Trybunału Konstytucyjnego.",
             "Teraz ustawą zajmie się Senat."]
    pub, mod = "2024-03-08T13:45:00+01:00", "2024-03-08T15:20:00+01:00"
    head_html = (_metas([("property", "og:title", head),
                         ("name", "author", "Onet Wiadomości"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Jan Kowalski"], "Onet Wiadomości", url))
    body = (_nav("Onet", ["Kraj", "Świat", "Biznes", "Sport"])
            + '<main><article><h1 class="detailTitle">' + head + '</h1>'
            '<div class="authorsSources"><span class="author">Jan Kowalski</span>'
            '<span class="source">Onet/PAP</span></div>'
            '<div class="datePublished"><time datetime="' + pub + '">8 marca 2024, 13:45</time>'
            '</div><div class="articleBody"><p class="hyphenate lead">Za głosowało 240 posłów.</p>'
            + _ps(paras[:2], "hyphenate") + '<p class="hyphenate"><strong>Zobacz także:</strong> '
            '<a href="/x">Co dalej z TVP?</a></p>' + _ps(paras[2:], "hyphenate")
            + '</div></article></main>' + _footer("© Ringier Axel Springer Polska"))
    return Page("onet", url, _doc("pl", head + " - Wiadomości", head_html, body),
                {"title": head, "authors": ["Jan Kowalski"],
                 "body": "Za głosowało 240 posłów.\n\n" + _text(paras),
                 "published": pub, "modified": mod})


def nos() -> Page:
    url = "https://nos.nl/artikel/2511234-kabinet-presenteert-plannen-voor-woningbouw"
    head = "Kabinet presenteert plannen voor woningbouw"
    paras = ["Het kabinet wil de komende tien jaar 900.000 nieuwe woningen bouwen. Dat staat in "
             "een plan dat de minister vandaag naar de Tweede Kamer heeft gestuurd.",
             "Gemeenten krijgen meer geld om bouwlocaties sneller te ontwikkelen.",
             "De Kamer debatteert volgende week over de plannen."]
    pub, mod = "2024-03-05T13:30:00+0000", "2024-03-05T15:02:00+0000"
    head_html = (_metas([("property", "og:title", head),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, None, "NOS", url))
    body = (_nav("NOS", ["Nieuws", "Sport", "Politiek", "Economie"])
            + '<main><article><h1 class="sc-title">' + head + '</h1>'
            f'<div class="sc-meta"><time datetime="{pub}">5 maart 2024, 14:30</time>'
            f'<span>Aangepast <time datetime="{mod}">5 maart 2024, 16:02</time></span></div>'
            '<div class="sc-body">' + _ps(paras[:2])
            + '<figure><figcaption>Nieuwbouw in Utrecht ANP</figcaption></figure>'
            + _ps(paras[2:]) + '</div></article></main>' + _footer("NOS"))
    return Page("nos", url, _doc("nl", head + " | NOS", head_html, body),
                {"title": head, "authors": [], "body": _text(paras),
                 "published": "2024-03-05T14:30:00+01:00",
                 "modified": "2024-03-05T16:02:00+01:00"})


def volkskrant() -> Page:
    url = "https://www.volkskrant.nl/nieuws-achtergrond/boeren-protesteren-in-den-haag~b1a2c3d4/"
    head = "Boeren protesteren opnieuw in Den Haag"
    paras = ["Honderden boeren zijn dinsdag met trekkers naar Den Haag gereden om te protesteren "
             "tegen het stikstofbeleid.",
             "De politie had vooraf gewaarschuwd dat trekkers niet welkom waren in het centrum.",
             "Een delegatie van de boeren werd ontvangen door Kamerleden."]
    pub = "2024-03-05T12:15:00+01:00"
    head_html = (_metas([("property", "og:title", head),
                         ("name", "author", "Bard van de Weijer"),
                         ("property", "article:published_time", pub)])
                 + _news_ld(head, pub, pub, ["Bard van de Weijer"], "de Volkskrant", url))
    body = (_nav("de Volkskrant", ["Nieuws", "Columns", "Cultuur", "Wetenschap"])
            + '<main><article class="artstyle"><header class="artstyle__header">'
            '<span class="artstyle__label">Landbouw</span>'
            f'<h1 class="artstyle__header-title">{head}</h1>'
            '<div class="artstyle__byline"><span class="artstyle__byline__author">'
            'Bard van de Weijer</span>'
            '<time class="artstyle__byline__datetime" datetime="' + pub + '">5 maart 2024, '
            '12:15</time></div></header>'
            '<p class="artstyle__intro">Het stikstofbeleid blijft de gemoederen bezighouden.</p>'
            + _ps(paras, "artstyle__paragraph") + '</article></main>'
            + _footer("© DPG Media B.V. - alle rechten voorbehouden"))
    return Page("volkskrant", url, _doc("nl", head + " | de Volkskrant", head_html, body),
                {"title": head, "authors": ["Bard van de Weijer"],
                 "body": "Het stikstofbeleid blijft de gemoederen bezighouden.\n\n"
                 + _text(paras), "published": pub, "modified": None})


BUILDERS = [stern, tagesspiegel, taz, krone, diepresse, clarin, repubblica, liberation,
            leparisien, yomiuri, nikkei, chosun, kompas, detik, aftonbladet, vg, dr, yle,
            hurriyet, meduza, rbc, onet, nos, volkskrant]


# ---------------------------------------------------------------------------------------------
# More: Turkey, Poland, Denmark, Sweden, Norway


def sozcu() -> Page:
    url = "https://www.sozcu.com.tr/merkez-bankasi-faizi-sabit-tuttu-p12345"
    head = "Merkez Bankası faizi sabit tuttu"
    paras = ["Türkiye Cumhuriyet Merkez Bankası, politika faizini yüzde 50'de sabit bıraktı.",
             "Banka, enflasyonun ana eğiliminde düşüş görülene kadar sıkı para politikası "
             "duruşunun korunacağını açıkladı.",
             "Piyasalar kararın ardından dalgalı bir seyir izledi."]
    pub, mod = "2024-05-23T14:00:00+03:00", "2024-05-23T14:25:00+03:00"
    head_html = (_metas([("property", "og:title", head),
                         ("name", "author", "Sözcü Gazetesi"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Sözcü Ekonomi"], "Sözcü", url,
                            author_type="Organization"))
    body = (_nav("Sözcü", ["Gündem", "Ekonomi", "Dünya", "Spor", "Yazarlar"])
            + '<main><article><h1 class="fw-bold">' + head + '</h1>'
            '<h2 class="description">Politika faizi yüzde 50\'de kaldı.</h2>'
            '<div class="content-meta"><span class="author">Sözcü Ekonomi</span>'
            '<div class="content-meta-dates"><span>Yayınlanma: 23.05.2024 - 14:00</span>'
            ' <span>Güncelleme: 23.05.2024 - 14:25</span></div></div>'
            '<div class="article-body">' + _ps(paras[:2])
            + '<p><strong>ÖNERİLEN HABERLER</strong></p>' + _ps(paras[2:])
            + '</div></article></main>' + _footer("© 2024 Sözcü Gazetesi"))
    return Page("sozcu", url, _doc("tr", head + " - Sözcü Gazetesi", head_html, body),
                {"title": head, "authors": [],
                 "body": "Politika faizi yüzde 50'de kaldı.\n\n" + _text(paras),
                 "published": pub, "modified": mod})


def wyborcza() -> Page:
    url = "https://wyborcza.pl/7,75398,30912345,rzad-przyjal-projekt-budzetu.html"
    head = "Rząd przyjął projekt budżetu na przyszły rok"
    paras = ["Rada Ministrów przyjęła we wtorek projekt ustawy budżetowej na przyszły rok. "
             "Deficyt ma wynieść 289 mld zł.",
             "Minister finansów podkreślił, że rekordowe wydatki na obronność są konieczne.",
             "Projekt trafi teraz do Sejmu."]
    pub = "2024-08-27T15:40:00+02:00"
    head_html = (_metas([("property", "og:title", head),
                         ("name", "author", "Leszek Kostrzewski"),
                         ("property", "article:published_time", pub)])
                 + _news_ld(head, pub, pub, ["Leszek Kostrzewski"], "Wyborcza.pl", url))
    body = (_nav("Wyborcza.pl", ["Kraj", "Świat", "Gospodarka", "Opinie"])
            + '<main><article class="article"><h1 class="article--title">' + head + '</h1>'
            '<div class="article--author-wrapper"><span class="article--author-name">'
            '<a href="/autor/x">Leszek Kostrzewski</a></span>'
            '<span class="article--date">27 sierpnia 2024 | 15:40</span></div>'
            '<div id="gazeta_article_lead" class="article--lead">Deficyt ma wynieść 289 mld zł.</div>'
            '<div class="article--content">' + _ps(paras[:2], "art_paragraph")
            + '<p class="art_paragraph"><strong>Czytaj także:</strong> <a href="/x">Ile zarobimy '
            'w przyszłym roku?</a></p>' + _ps(paras[2:], "art_paragraph")
            + '</div></article></main>' + _footer("© Agora SA"))
    return Page("wyborcza", url, _doc("pl", head, head_html, body),
                {"title": head, "authors": ["Leszek Kostrzewski"],
                 "body": "Deficyt ma wynieść 289 mld zł.\n\n" + _text(paras),
                 "published": pub, "modified": None})


def politiken() -> Page:
    url = "https://politiken.dk/danmark/art9876543/Regeringen-vil-forbyde-mobiler-i-folkeskolen"
    head = "Regeringen vil forbyde mobiler i folkeskolen"
    paras = ["Regeringen vil indføre et forbud mod mobiltelefoner i folkeskolen. Det oplyser "
             "børne- og undervisningsministeren.",
             "Forbuddet skal gælde i både undervisningen og frikvartererne.",
             "Skolelederne er delte i synet på forslaget."]
    pub = "2024-09-10T05:30:00Z"
    head_html = (_metas([("property", "og:title", head),
                         ("property", "article:published_time", pub)])
                 + _news_ld(head, pub, pub, ["Mette Frandsen"], "Politiken", url))
    body = (_nav("Politiken", ["Danmark", "Udland", "Kultur", "Debat"])
            + '<main><article><h1 class="article__title">' + head + '</h1>'
            '<p class="summary__p">Forbuddet skal gælde hele skoledagen.</p>'
            '<div class="article__byline"><a class="author" href="/journalister/x">Mette Frandsen</a>'
            '<time datetime="' + pub + '">10. sep. 2024 kl. 07.30</time></div>'
            '<div class="article__body">' + _ps(paras, "body__p")
            + '<p class="body__p">LÆS OGSÅ</p></div></article></main>'
            + _footer("© Politikens Hus"))
    return Page("politiken", url, _doc("da", head + " | Politiken", head_html, body),
                {"title": head, "authors": ["Mette Frandsen"],
                 "body": "Forbuddet skal gælde hele skoledagen.\n\n" + _text(paras),
                 "published": "2024-09-10T07:30:00+02:00", "modified": None})


BUILDERS.extend([sozcu, wyborcza, politiken])

# ---------------------------------------------------------------------------------------------
# English-language publishers (not in the dev corpus nor fixtures/generic)


def _en_nav(site: str, items: list[str]) -> str:
    links = "".join(f'<li><a href="/{i.lower()}/">{i}</a></li>' for i in items)
    return (f'<header class="site-header"><a class="logo" href="/" aria-label="{site} home">'
            f'{site}</a><nav aria-label="Main navigation"><ul>{links}</ul></nav>'
            '<a class="subscribe" href="/subscribe">Subscribe</a></header>')


def _en_footer(text: str) -> str:
    return ('<footer class="site-footer"><ul><li><a href="/about">About us</a></li>'
            '<li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use'
            f'</a></li></ul><p>{text}</p></footer>')


def aljazeera() -> Page:
    url = "https://www.aljazeera.com/news/2024/11/17/syrias-new-leaders-meet-un-envoy-in-damascus"
    head = "Syria’s new leaders meet UN envoy in Damascus"
    paras = ["The United Nations special envoy for Syria has met the country’s new de facto "
             "leader in Damascus, calling for an inclusive political transition after the fall "
             "of President Bashar al-Assad.",
             "Geir Pedersen said after the meeting on Tuesday that there was a need for a "
             "credible and inclusive process, and for sanctions to be eased quickly.",
             "Hundreds of thousands of people have returned to their homes in recent days, "
             "according to UN figures, while humanitarian groups warn of shortages of fuel and "
             "bread in several cities.",
             "The envoy also called for accountability for crimes committed during the war."]
    pub, mod = "2024-11-17T14:21:07Z", "2024-11-17T16:05:44Z"
    head_html = (_metas([("property", "og:title", head),
                         ("property", "og:site_name", "Al Jazeera"),
                         ("property", "og:type", "article"),
                         ("name", "author", "Al Jazeera"),
                         ("name", "publishedDate", pub),
                         ("name", "lastDate", mod)])
                 + _news_ld(head, pub, mod, None, "Al Jazeera", url,
                            extra={"author": {"@type": "Organization", "name": "Al Jazeera",
                                              "url": "https://www.aljazeera.com/"}}))
    body = (_en_nav("Al Jazeera", ["News", "Middle East", "Explained", "Opinion", "Sport"])
            + '<main id="main-content-area"><div class="article-header">'
            '<nav class="breadcrumbs"><a href="/news/">News</a><span>|</span>'
            '<a href="/tag/syrias-war/">Syria’s War</a></nav>'
            f'<header class="article-header"><h1>{head}</h1>'
            '<p class="article__subhead"><em>Geir Pedersen calls for a credible and inclusive '
            'transition after talks with Ahmed al-Sharaa.</em></p></header>'
            '<div class="article-info-block"><div class="article-dates"><div class="date-simple">'
            '<span class="screen-reader-text">Published On 17 Nov 2024</span>'
            '<span aria-hidden="true">17 Nov 2024</span></div></div>'
            '<div class="article-source">Al Jazeera and news agencies</div></div></div>'
            '<figure class="article-featured-image"><img src="/wp-content/uploads/2024/11/x.jpg" '
            'alt=""><figcaption>UN envoy Geir Pedersen speaks to the media in Damascus '
            '[Omar Sanadiki/AP Photo]</figcaption></figure>'
            '<div class="wysiwyg wysiwyg--all-content css-ibbk12">' + _ps(paras[:2])
            + '<div class="more-on"><h2>More on Syria’s War</h2><ul><li><a href="/x">'
            'What’s next for Syria’s Kurds?</a></li></ul></div>' + _ps(paras[2:3])
            + '<div class="article-newsletter-slot"><div class="newsletter-card">'
            '<h3>Sign up for Al Jazeera</h3><p>Breaking News Alert</p><form><input '
            'type="email" placeholder="E-mail address"><button>Subscribe</button></form>'
            '<p>By signing up, you agree to our Privacy Policy</p></div></div>'
            + _ps(paras[3:]) + '</div><div class="article-source-footer">'
            '<p>Source: Al Jazeera and news agencies</p></div></main>'
            + _en_footer("© 2024 Al Jazeera Media Network"))
    return Page("aljazeera", url, _doc("en", f"{head} | Syria’s War News | Al Jazeera",
                                        head_html, body),
                {"title": head, "authors": [],
                 "body": "Geir Pedersen calls for a credible and inclusive transition after "
                 "talks with Ahmed al-Sharaa.\n\n" + _text(paras),
                 "published": "2024-11-17T14:21:07+00:00", "modified": "2024-11-17T16:05:44+00:00"})


def rappler() -> Page:
    url = "https://www.rappler.com/philippines/senate-approves-2025-budget-bicam-report/"
    head = "Senate ratifies bicam report on 2025 budget"
    paras = ["MANILA, Philippines – The Senate on Wednesday, November 11, ratified the "
             "bicameral conference committee report on the proposed P6.352-trillion national "
             "budget for 2025.",
             "Senate finance committee chairperson Grace Poe said the chamber restored funds for "
             "several agencies that had been cut in the House version.",
             "The budget now goes to President Ferdinand Marcos Jr. for his signature before the "
             "end of the year.",
             "Opposition lawmakers, however, questioned the reduced allocation for the "
             "PhilHealth subsidy. – Rappler.com"]
    pub, mod = "2024-11-11T19:32:10+08:00", "2024-11-11T21:04:55+08:00"
    head_html = (_metas([("property", "og:title", head),
                         ("property", "og:site_name", "RAPPLER"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod),
                         ("name", "author", "Bonz Magsambol")])
                 + _ld({"@context": "https://schema.org", "@graph": [
                     {"@type": "NewsArticle", "headline": head, "datePublished": pub,
                      "dateModified": mod, "author": [{"@type": "Person",
                                                       "name": "Bonz Magsambol"}],
                      "publisher": {"@type": "Organization", "name": "RAPPLER"}},
                     {"@type": "WebSite", "name": "RAPPLER", "url": "https://www.rappler.com/"}]}))
    body = (_en_nav("Rappler", ["Philippines", "World", "Business", "Voices", "Sports"])
            + '<main><article class="post-single post type-post status-publish">'
            '<header class="post-single__header"><div class="post-single__kicker">'
            '<a href="/philippines/">Philippines</a></div>'
            f'<h1 class="post-single__title">{head}</h1>'
            '<div class="post-single__summary"><p>The P6.352-trillion spending plan now goes '
            'to Malacañang</p></div>'
            '<div class="post-single__authors">'
            '<a href="/author/bonz-magsambol/" class="post-single__author">Bonz Magsambol</a></div>'
            f'<time class="entry-date published post__timeago" datetime="{pub}">Nov 11, 2024 '
            '7:32 PM PHT</time></header>'
            '<div class="post-single__content entry-content">' + _ps(paras[:2])
            + '<div class="rappler-ad"><span>ADVERTISEMENT</span></div>'
            + _ps(paras[2:]) + '<div class="post-single__mood"><h3>How does this make you '
            'feel?</h3><ul><li>Happy</li><li>Sad</li><li>Angry</li></ul></div>'
            '<div class="post-single__comments"><a>Add a comment</a></div></div>'
            '</article></main>' + _en_footer("Copyright © 2024 Rappler Holdings Corporation."))
    return Page("rappler", url, _doc("en-US", f"{head}", head_html, body),
                {"title": head, "authors": ["Bonz Magsambol"],
                 "body": "The P6.352-trillion spending plan now goes to Malacañang\n\n"
                 + _text(paras)[:-len(" – Rappler.com")],
                 "published": pub, "modified": mod})


def inquirer() -> Page:
    url = "https://newsinfo.inquirer.net/2015512/pagasa-tropical-depression-enters-par"
    head = "Pagasa: Tropical depression enters PAR, may bring rains to Mindanao"
    paras = ["MANILA, Philippines — A tropical depression entered the Philippine Area of "
             "Responsibility (PAR) on Tuesday afternoon and was given the local name “Querubin,” "
             "the state weather bureau said.",
             "In its 5 p.m. bulletin, the Philippine Atmospheric, Geophysical and Astronomical "
             "Services Administration said the weather disturbance was last spotted 400 "
             "kilometers east of Davao City.",
             "READ: Pagasa: 2 to 3 storms may enter PAR this November",
             "Pagasa said Querubin may bring moderate to heavy rains over Caraga and Davao "
             "Region on Wednesday."]
    pub = "2024-11-17T17:48:00+08:00"
    head_html = (_metas([("property", "og:title", head),
                         ("property", "og:site_name", "INQUIRER.net"),
                         ("property", "article:published_time", "2024-11-17T09:48:21+00:00"),
                         ("name", "author", "Jane Bautista")])
                 + _ld({"@context": "https://schema.org", "@type": "NewsArticle",
                        "headline": head, "datePublished": "2024-11-17T17:48:21+08:00",
                        "author": {"@type": "Person", "name": "Jane Bautista"},
                        "publisher": {"@type": "Organization", "name": "INQUIRER.net"}}))
    body = (_en_nav("INQUIRER.net", ["News", "Nation", "Metro", "Regions", "World"])
            + '<div id="article_level_wrap"><div id="landing-headline"><h1 class="entry-title">'
            + head + '</h1></div>'
            '<div id="art_plat"><div id="art_author">By: <a href="/byline/jane-bautista">'
            'Jane Bautista</a> - <span>Reporter</span> / <a href="https://x.com/j">@JBautistaINQ'
            '</a></div><div id="art_plat_name">INQUIRER.net</div> / 05:48 PM November 17, 2024'
            '</div><div id="article_content"><div id="TO_target_content">'
            + _ps(paras[:2]) + '<p><strong>READ: <a href="/x">Pagasa: 2 to 3 storms may enter '
            'PAR this November</a></strong></p>' + _ps(paras[3:])
            + '<p><em>For more news about the weather, visit <a href="/weather">'
            'https://newsinfo.inquirer.net/tag/weather</a></em></p>'
            '<div id="billboard_article">Subscribe to our daily newsletter</div>'
            '<p>By providing an email address. I agree to the Terms of Use and acknowledge '
            'that I have read the Privacy Policy.</p></div>'
            '<div class="ckeditor-related"><h3>Read Next</h3><ul><li><a href="/y">Storm '
            'signals up in Eastern Visayas</a></li></ul></div></div></div>'
            + _en_footer("Copyright © 2024 INQUIRER.net | All rights reserved"))
    text = "\n\n".join([paras[0], paras[1], paras[3]])
    return Page("inquirer", url, _doc("en-US", f"{head} | Inquirer News", head_html, body),
                {"title": head, "authors": ["Jane Bautista"], "body": text,
                 "published": pub, "modified": None})


def punch() -> Page:
    url = "https://punchng.com/fg-begins-disbursement-of-student-loans-to-institutions/"
    head = "FG begins disbursement of student loans to institutions"
    paras = ["The Federal Government has begun the disbursement of funds under the Nigerian "
             "Education Loan Fund to tertiary institutions across the country.",
             "The Managing Director of the fund, Akintunde Sawyerr, disclosed this on Tuesday "
             "during a press briefing in Abuja.",
             "He said over 300,000 students had applied for the loan since the portal was opened.",
             "According to him, the fund would also disburse upkeep allowances directly to the "
             "beneficiaries’ bank accounts."]
    pub, mod = "2024-11-17T14:30:57+01:00", "2024-11-17T14:31:02+01:00"
    head_html = (_metas([("property", "og:title", f"{head} - Punch Newspapers"),
                         ("property", "og:site_name", "Punch Newspapers"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod),
                         ("name", "author", "Lami Sadiq")])
                 + _ld({"@context": "https://schema.org", "@graph": [
                     {"@type": "Article", "headline": head, "datePublished": pub,
                      "dateModified": mod, "author": {"@type": "Person", "name": "Lami Sadiq",
                                                      "@id": "https://punchng.com/#/p/1"},
                      "publisher": {"@type": "Organization", "name": "Punch Newspapers"}},
                     {"@type": "Person", "@id": "https://punchng.com/#/p/1", "name": "Lami Sadiq"}]}))
    body = (_en_nav("Punch", ["News", "Politics", "Metro Plus", "Sports", "Business"])
            + '<main><article class="single-article"><header class="post-header">'
            f'<h1 class="post-title">{head}</h1><div class="post-meta">'
            '<span class="post-author"><a href="/author/lsadiq/">Lami Sadiq</a></span>'
            '<span class="post-date">17th November 2024</span></div></header>'
            '<figure class="post-image"><img src="/x.jpg" alt=""><figcaption>File photo: '
            'Students</figcaption></figure>'
            '<div class="post-content">' + _ps(paras[:2])
            + '<p><strong>Related News</strong></p><ul class="related-news"><li><a href="/a">'
            'Student loan: NELFUND opens portal for applications</a></li></ul>'
            + _ps(paras[2:]) + '</div><div class="post-footer"><p>Copyright PUNCH.</p>'
            '<p>All rights reserved. This material, and other digital content on this website, '
            'may not be reproduced, published, broadcast, rewritten or redistributed in whole '
            'or in part without prior express written permission from PUNCH.</p>'
            '<p>Contact: <a href="mailto:theeditor@punchng.com">theeditor@punchng.com</a></p>'
            '</div></article></main>' + _en_footer("© 2024 Punch Nigeria Limited"))
    return Page("punch", url, _doc("en-US", f"{head} - Punch Newspapers", head_html, body),
                {"title": head, "authors": ["Lami Sadiq"], "body": _text(paras),
                 "published": pub, "modified": mod})


def conversation() -> Page:
    url = "https://theconversation.com/why-winter-solstice-matters-244561"
    head = "Why the winter solstice mattered so much to our ancestors"
    paras = ["For thousands of years, people across the northern hemisphere have marked the "
             "shortest day of the year with feasts, fires and monuments aligned to the sun.",
             "At Newgrange in Ireland, the rising sun still shines down a long passage into the "
             "inner chamber for a few minutes each year around the solstice.",
             "Archaeologists think such alignments show that farming communities tracked the "
             "seasons closely, because their survival depended on it.",
             "Today, many of these sites draw crowds again, as people look for ways to mark the "
             "turning of the year."]
    pub = "2024-11-17T14:10:42Z"
    authors = ["Kerry Houston", "Daniel Brown"]
    head_html = (_metas([("property", "og:title", head),
                         ("property", "og:site_name", "The Conversation"),
                         ("property", "article:published_time", pub),
                         ("property", "article:author", "https://theconversation.com/profiles/kerry-houston-1"),
                         ("name", "author", "Kerry Houston, Daniel Brown")])
                 + _news_ld(head, pub, pub, authors, "The Conversation", url))
    body = (_en_nav("The Conversation", ["Arts", "Business", "Environment", "Health", "Science"])
            + '<main><article><header><div class="content-header-block">'
            f'<h1 class="legacy entry-title instapaper_title">{head}</h1>'
            '<div class="timestamps"><time datetime="' + pub + '">Published: November 17, 2024 '
            '2:10pm GMT</time></div></div><ul class="authors"><li class="author">'
            '<a href="/profiles/kerry-houston-1" class="author-name">Kerry Houston</a>, '
            '<span class="role">Senior Lecturer in Archaeology, Nottingham Trent University</span>'
            '</li><li class="author"><a href="/profiles/daniel-brown-2" class="author-name">'
            'Daniel Brown</a>, <span class="role">Lecturer in Astronomy, Nottingham Trent '
            'University</span></li></ul>'
            '<div class="disclosure"><h3>Disclosure statement</h3><p>The authors do not work '
            'for, consult, own shares in or receive funding from any company or organisation '
            'that would benefit from this article.</p></div></header>'
            '<div itemprop="articleBody" class="content-body content entry-content '
            'instapaper_body inline-promos">'
            '<figure><img src="/x.jpg" alt=""><figcaption><span class="caption">Sunrise at '
            'Stonehenge.</span> <span class="attribution"><a href="#">Andrew Matthews/PA</a>'
            '</span></figcaption></figure>' + _ps(paras[:2])
            + '<aside class="newsletter-promo"><p>Curious about the sky? Sign up for our free '
            'science newsletter.</p></aside>' + _ps(paras[2:])
            + '</div><div class="republish"><p>Republish our articles for free, online or in '
            'print, under a Creative Commons license.</p></div></article></main>'
            + _en_footer("Copyright © 2010–2024, The Conversation Media Group Ltd"))
    return Page("conversation", url, _doc("en-GB", head, head_html, body),
                {"title": head, "authors": authors, "body": _text(paras),
                 "published": "2024-11-17T14:10:42+00:00", "modified": None})


def cbc() -> Page:
    url = "https://www.cbc.ca/news/politics/freeland-resigns-cabinet-1.7411863"
    head = "Freeland resigns from cabinet hours before fall economic statement"
    paras = ["Chrystia Freeland has resigned from cabinet, just hours before she was set to "
             "table the government’s fall economic statement in the House of Commons.",
             "In a letter posted to social media, Freeland said she and the prime minister had "
             "been “at odds about the best path forward for Canada.”",
             "Government House Leader Karina Gould said the economic update would still be "
             "tabled later in the day.",
             "The resignation comes weeks after the Liberals lost a byelection in Toronto."]
    pub, mod = "2024-11-16T14:21:00.000Z", "2024-11-16T19:54:00.000Z"
    head_html = (_metas([("property", "og:title", head),
                         ("property", "og:site_name", "CBC"),
                         ("name", "author", "Catharine Tunney"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Catharine Tunney"], "CBC", url))
    body = (_en_nav("CBC", ["News", "Sports", "Radio", "Music", "Listen Live"])
            + '<main><div class="storyWrapper"><header class="storyHeader">'
            '<div class="bylineContainer"><a class="sectionLabel" href="/news/politics">'
            'Politics</a></div>'
            f'<h1 class="detailHeadline">{head}</h1>'
            '<h2 class="deck">Freeland says she and Trudeau were ‘at odds’ over path forward</h2>'
            '<div class="bylineDetails"><span class="authorText"><span class="authorName">'
            '<a href="/news/author/catharine-tunney">Catharine Tunney</a></span> · '
            '<span class="authorCompany">CBC News</span></span> · '
            '<time class="timeStamp" datetime="' + pub + '">Posted: Nov 16, 2024 9:21 AM EST'
            '</time> | <span class="updatedTimeStamp">Last Updated: November 16, 2024</span>'
            '</div></header>'
            '<div class="story">' + _ps(paras[:2])
            + '<div class="similarStories"><h3>WATCH | Freeland resigns:</h3><p>Duration 2:14</p>'
            '</div>' + _ps(paras[2:])
            + '<div class="authorProfile"><h3>ABOUT THE AUTHOR</h3><p>Catharine Tunney is a '
            'reporter for CBC’s Parliament Hill bureau in Ottawa.</p></div>'
            '<div class="storyCredit"><p>With files from The Canadian Press</p></div></div>'
            '</div></main>' + _en_footer("©2024 CBC/Radio-Canada. All rights reserved."))
    return Page("cbc", url, _doc("en", f"{head} | CBC News", head_html, body),
                {"title": head, "authors": ["Catharine Tunney"],
                 "body": "Freeland says she and Trudeau were ‘at odds’ over path forward\n\n"
                 + _text(paras), "published": "2024-11-16T09:21:00-05:00",
                 "modified": "2024-11-16T14:54:00-05:00"})


def scmp() -> Page:
    url = "https://www.scmp.com/news/hong-kong/transport/article/3291234/hong-kong-mtr-fares"
    head = "Hong Kong’s MTR to raise fares by 3.24 per cent from June"
    paras = ["Hong Kong’s rail operator will raise fares by 3.24 per cent from June, the "
             "largest increase in five years, under a formula linked to inflation and wages.",
             "The MTR Corporation said on Tuesday that about 60 per cent of passengers would pay "
             "an extra 20 cents or less per trip.",
             "Lawmakers criticised the rise, saying the company had recorded a profit of more "
             "than HK$7 billion last year.",
             "The transport minister said the government would review the fare mechanism."]
    pub, mod = "2024-11-17T13:00:12Z", "2024-11-17T15:42:30Z"
    head_html = (_metas([("property", "og:title", head),
                         ("property", "og:site_name", "South China Morning Post"),
                         ("name", "author", "Kahon Chan"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Kahon Chan"], "South China Morning Post", url))
    body = (_en_nav("SCMP", ["Hong Kong", "China", "Asia", "World", "Opinion"])
            + '<main><article data-qa="ArticlePage"><div data-qa="ArticleHeader">'
            '<div data-qa="Section">Transport</div>'
            f'<h1 data-qa="ContentHeadline-Headline">{head}</h1>'
            '<ul data-qa="ContentSummary"><li>Around 60 per cent of passengers will pay an '
            'extra 20 cents or less per trip</li><li>Lawmakers criticise the rise as the rail '
            'operator posts a HK$7 billion profit</li></ul>'
            '<div data-qa="AuthorNames"><a href="/author/kahon-chan">Kahon Chan</a></div>'
            '<div data-qa="ArticleDateInfo"><time datetime="' + pub + '">Published: 9:00pm, '
            '17 Nov 2024</time><time datetime="' + mod + '">Updated: 11:42pm, 17 Nov 2024'
            '</time></div></div>'
            '<div data-qa="GenericArticle-Content">' + _ps(paras[:2])
            + '<div data-qa="InlineRelated"><span>Read more</span><a href="/x">MTR profit '
            'soars on property sales</a></div>' + _ps(paras[2:])
            + '<div data-qa="ArticleEndNewsletter"><p>Subscribe to our Hong Kong Update '
            'newsletter</p><p>By registering, you agree to our T&amp;C and Privacy Policy</p>'
            '</div></div></article></main>'
            + _en_footer("Copyright © 2024 South China Morning Post Publishers Ltd."))
    return Page("scmp", url, _doc("en", f"{head} | South China Morning Post", head_html, body),
                {"title": head, "authors": ["Kahon Chan"],
                 "body": "Around 60 per cent of passengers will pay an extra 20 cents or less "
                 "per trip\n\nLawmakers criticise the rise as the rail operator posts a HK$7 "
                 "billion profit\n\n" + _text(paras),
                 "published": "2024-11-17T21:00:12+08:00", "modified": "2024-11-17T23:42:30+08:00"})


def jpost() -> Page:
    url = "https://www.jpost.com/israel-news/article-834512"
    head = "Knesset passes first reading of communications reform bill"
    paras = ["The Knesset on Tuesday night passed in a first reading a bill that would overhaul "
             "the regulation of Israel’s broadcast media.",
             "The bill passed by a vote of 55 to 45, after a stormy debate in the plenum that "
             "lasted several hours.",
             "Opposition lawmakers said the reform would give the government control over news "
             "outlets, a charge the communications minister rejected.",
             "The bill will now return to committee before its second and third readings."]
    pub, mod = "2024-11-17T21:14:00+00:00", "2024-11-17T21:40:00+00:00"
    head_html = (_metas([("property", "og:title", head),
                         ("property", "og:site_name", "The Jerusalem Post | JPost.com"),
                         ("name", "author", "GIDEON KALMAN"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["GIDEON KALMAN"], "The Jerusalem Post", url))
    body = (_en_nav("The Jerusalem Post", ["Israel News", "Middle East", "Opinion", "Business"])
            + '<main><article><section class="article-inner-content">'
            f'<h1 class="article-title">{head}</h1>'
            '<h2 class="article-subtitle">The bill passed 55 to 45 after a stormy debate.</h2>'
            '<div class="article-reporter"><span>By </span><a href="/author/gideon-kalman">'
            'GIDEON KALMAN</a></div>'
            '<div class="article-date"><time class="article-date-time">NOVEMBER 17, 2024 23:14'
            '</time><div class="article-date-time-updated">Updated: NOVEMBER 17, 2024 23:40'
            '</div></div>'
            '<div class="article-inner-content-breaking-news">' + _ps(paras[:2])
            + '<p><strong>RELATED ARTICLES</strong></p>' + _ps(paras[2:])
            + '<div class="fake-br-for-article-body"></div>'
            '<div class="article-rights">Copyright © 2024 Jpost Inc. All rights reserved</div>'
            '</div></section></article></main>' + _en_footer("All rights reserved © 2024 "
                                                             "The Jerusalem Post Group"))
    return Page("jpost", url, _doc("en", f"{head} | The Jerusalem Post", head_html, body),
                {"title": head, "authors": ["Gideon Kalman"],
                 "body": "The bill passed 55 to 45 after a stormy debate.\n\n" + _text(paras),
                 "published": "2024-11-17T23:14:00+02:00", "modified": "2024-11-17T23:40:00+02:00"})


def economictimes() -> Page:
    url = ("https://economictimes.indiatimes.com/markets/stocks/news/sensex-nifty-fall-for-"
           "second-day/articleshow/116395123.cms")
    head = "Sensex, Nifty fall for second day as FIIs keep selling"
    paras = ["Benchmark equity indices fell for the second straight session on Tuesday as "
             "foreign institutional investors continued to sell Indian shares.",
             "The BSE Sensex closed 1,064 points lower at 80,684, while the NSE Nifty fell 332 "
             "points to 24,336.",
             "Also Read | Stocks to buy: 5 picks from analysts for the week",
             "Analysts said caution ahead of the US Federal Reserve’s policy decision weighed "
             "on sentiment.",
             "(Disclaimer: Recommendations, suggestions, views and opinions given by the experts "
             "are their own. These do not represent the views of The Economic Times)"]
    pub, mod = "2024-11-17T15:48:00+05:30", "2024-11-17T16:21:00+05:30"
    head_html = (_metas([("property", "og:title", head + " - The Economic Times"),
                         ("property", "og:site_name", "The Economic Times"),
                         ("name", "author", "ET Online"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["ET Online"], "The Economic Times", url,
                            author_type="Thing"))
    body = (_en_nav("The Economic Times", ["Home", "Markets", "News", "Industry", "Tech"])
            + '<main><article class="artData clr"><h1 class="artTitle font_faus">' + head
            + '</h1><h2 class="summary">Foreign investors sold shares worth Rs 6,400 crore on '
            'Tuesday.</h2><div class="artByline"><span class="ag">ET Online</span>'
            '<time class="jsdtTime">Last Updated: Nov 17, 2024, 04:21:00 PM IST</time></div>'
            '<div class="artText">' + "<br><br>".join(paras[:2])
            + '<br><br><span class="also_read"><strong>Also Read |</strong> <a href="/x">'
            'Stocks to buy: 5 picks from analysts for the week</a></span><br><br>'
            + paras[3] + '<br><br><i>' + paras[4] + '</i>'
            '<div class="adBox">Advertisement</div></div>'
            '<div class="readMore"><h3>Read More News on</h3><a>sensex today</a>'
            '<a>nifty today</a></div></article></main>'
            + _en_footer("Copyright © 2024 Bennett, Coleman &amp; Co. Ltd. All rights reserved."))
    return Page("economictimes", url, _doc("en", head + " - The Economic Times", head_html, body),
                {"title": head, "authors": [],
                 "body": "Foreign investors sold shares worth Rs 6,400 crore on Tuesday.\n\n"
                 + "\n\n".join([paras[0], paras[1], paras[3]]),
                 "published": pub, "modified": mod})


def newsweek() -> Page:
    url = "https://www.newsweek.com/winter-storm-warning-snow-map-2002123"
    head = "Winter Storm Warning as Map Shows Where 12 Inches of Snow Will Fall"
    paras = ["Millions of Americans are under winter weather alerts on Tuesday as a storm "
             "system moves across the Northeast, the National Weather Service said.",
             "Parts of upstate New York and Vermont could see up to 12 inches of snow by "
             "Wednesday morning, according to forecasters.",
             "Newsweek reached out to the National Weather Service for comment via email on "
             "Tuesday.",
             "Travel could be very difficult, and drivers were urged to carry an emergency kit."]
    pub, mod = "2024-11-17T08:03:21-05:00", "2024-11-17T10:12:40-05:00"
    head_html = (_metas([("property", "og:title", head),
                         ("property", "og:site_name", "Newsweek"),
                         ("name", "author", "Jane Doe"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Jane Doe"], "Newsweek", url))
    body = (_en_nav("Newsweek", ["U.S.", "World", "Politics", "Health", "Sports"])
            + '<main><article><header class="article-header"><div class="category">'
            '<a href="/weather">Weather</a></div><h1 class="title">' + head + '</h1>'
            '<div class="byline"><span class="author"><a href="/authors/jane-doe">Jane Doe'
            '</a></span> <span class="title">Weather Reporter</span></div>'
            '<div class="byline-date"><span>Published</span> <time datetime="' + pub + '">'
            'Nov 17, 2024 at 8:03 AM EST</time> <span>Updated</span> <time>Nov 17, 2024 at '
            '10:12 AM EST</time></div></header>'
            '<div class="article-body v_text paywall">' + _ps(paras[:2])
            + '<div class="related-widget"><h3>Read more</h3><ul><li><a href="/x">Snow '
            'forecast for Christmas</a></li></ul></div>' + _ps(paras[2:])
            + '<p><em>Update 11/17/24, 10:12 a.m. ET: This article was updated with new '
            'information.</em></p>'
            '<div class="trust-project"><p>Request Reprint &amp; Licensing</p><p>Submit '
            'Correction</p><p>View Editorial Guidelines</p></div></div></article></main>'
            + _en_footer("© 2024 NEWSWEEK DIGITAL LLC"))
    return Page("newsweek", url, _doc("en", head + " - Newsweek", head_html, body),
                {"title": head, "authors": ["Jane Doe"], "body": _text(paras),
                 "published": pub, "modified": mod})


def tribunepk() -> Page:
    url = "https://tribune.com.pk/story/2515123/petrol-price-cut-by-rs1-per-litre"
    head = "Petrol price cut by Re1 per litre"
    paras = ["ISLAMABAD: The federal government on Sunday reduced the price of petrol by Re1 "
             "per litre for the next fortnight, the finance division said in a notification.",
             "The price of high-speed diesel was also cut by Rs2.50 per litre.",
             "The new prices will take effect from November 16, the notification said.",
             "The decision was taken on the recommendation of the Oil and Gas Regulatory "
             "Authority."]
    pub = "2024-11-15T22:12:48+05:00"
    head_html = (_metas([("property", "og:title", head),
                         ("property", "og:site_name", "The Express Tribune"),
                         ("property", "article:published_time", pub),
                         ("name", "author", "Our Correspondent")])
                 + _news_ld(head, pub, pub, ["Our Correspondent"], "The Express Tribune", url))
    body = (_en_nav("The Express Tribune", ["Pakistan", "Business", "World", "Sports", "Opinion"])
            + '<main><div class="story-box-section"><div class="story-area">'
            f'<h1 class="title-heading">{head}</h1>'
            '<div class="left-authr-art"><span class="storypage-leftside">Our Correspondent'
            '</span><span class="left-authorbox">November 15, 2024</span></div>'
            '<div class="story-text-here"><div class="story-text">' + _ps(paras[:2])
            + '<p><strong>Read:</strong> <a href="/x">Petrol price likely to drop</a></p>'
            + _ps(paras[2:]) + '</div></div><div class="tags"><a>petrol</a><a>OGRA</a></div>'
            '</div></div></main>' + _en_footer("© 2024 The Express Tribune"))
    return Page("tribunepk", url, _doc("en", f"{head} | The Express Tribune", head_html, body),
                {"title": head, "authors": [], "body": _text(paras),
                 "published": pub, "modified": None})


def koreaherald() -> Page:
    url = "https://www.koreaherald.com/article/10001234"
    head = "BOK holds rate steady at 3.25% amid won weakness"
    paras = ["The Bank of Korea on Thursday kept its benchmark interest rate unchanged at 3.25 "
             "percent, citing volatility in the currency market.",
             "Governor Rhee Chang-yong told reporters that four of the six board members saw "
             "room for a cut within the next three months.",
             "The won has fallen about 7 percent against the dollar since September.",
             "Economists expect the central bank to resume easing early next year."]
    pub, mod = "2024-11-28T10:41:00+09:00", "2024-11-28T13:05:00+09:00"
    head_html = (_metas([("property", "og:title", head),
                         ("property", "og:site_name", "The Korea Herald"),
                         ("name", "author", "Kim Yon-se"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Kim Yon-se"], "The Korea Herald", url))
    body = (_en_nav("The Korea Herald", ["National", "Business", "Life&Culture", "Sports",
                                         "World"])
            + '<main><div class="news_content"><div class="news_category">Business</div>'
            f'<h1 class="news_title">{head}</h1>'
            '<h2 class="news_subtitle">Four of six board members see room for cut within three '
            'months</h2>'
            '<div class="news_writer_date"><span class="writer"><a href="/list?author=Kim+'
            'Yon-se">By Kim Yon-se</a></span>'
            '<span class="date">Published : Nov. 28, 2024 - 10:41</span>'
            '<span class="date">Updated : Nov. 28, 2024 - 13:05</span></div>'
            '<figure><img src="/x.jpg" alt=""><figcaption>Bank of Korea Gov. Rhee Chang-yong '
            '(Yonhap)</figcaption></figure>'
            '<div class="news_text" id="articleText">' + _ps(paras)
            + '<p>yeonsk@heraldcorp.com</p></div>'
            '<div class="most_popular"><h3>Most Popular</h3><ul><li><a href="/y">Samsung '
            'names new chip chief</a></li></ul></div></div></main>'
            + _en_footer("Copyright Herald Corporation. All Rights Reserved."))
    return Page("koreaherald", url, _doc("en", f"{head} - The Korea Herald", head_html, body),
                {"title": head, "authors": ["Kim Yon-se"],
                 "body": "Four of six board members see room for cut within three months\n\n"
                 + _text(paras), "published": pub, "modified": mod})


def livemint() -> Page:
    url = ("https://www.livemint.com/economy/india-gdp-growth-slows-to-5-4-in-september-"
           "quarter-11732880412345.html")
    head = "India’s GDP growth slows to 5.4% in September quarter"
    paras = ["India’s economic growth slowed to 5.4% in the July-September quarter, the "
             "weakest in nearly two years, data released by the statistics ministry on Friday "
             "showed.",
             "Manufacturing and mining dragged down growth, while farm output rose 3.5%.",
             "Economists had expected growth of about 6.5% for the quarter.",
             "The Reserve Bank of India is due to announce its policy decision next week."]
    pub, mod = "2024-11-29T16:11:52+05:30", "2024-11-29T17:02:10+05:30"
    head_html = (_metas([("property", "og:title", head + " | Mint"),
                         ("property", "og:site_name", "mint"),
                         ("name", "author", "Livemint"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Livemint"], "Mint", url))
    body = (_en_nav("mint", ["Latest", "Markets", "Money", "Economy", "Opinion"])
            + '<main><article id="article-1" class="mainArea"><h1 class="headline">' + head
            + '</h1><div class="storyPage_summary"><h2>Manufacturing and mining dragged down '
            'growth in the July-September quarter.</h2></div>'
            '<div class="storyPage_authorInfo"><div class="storyPage_authorDesc">'
            '<span class="storyPage_authorName">Livemint</span></div>'
            '<div class="storyPage_date"><span>Published</span> 29 Nov 2024, 04:11 PM IST'
            '</div><span class="storyPage_readTime">2 min read</span></div>'
            '<div class="storyPage_storyBox"><div class="storyParagraph">'
            + _ps(paras[:2]) + '</div><div class="storyParagraph"><p><strong>Also Read | '
            '<a href="/x">RBI policy: What to expect</a></strong></p></div>'
            '<div class="storyParagraph">' + _ps(paras[2:]) + '</div>'
            '<p class="catchAllNews">Catch all the <a href="/economy">Economy News</a> and '
            'Updates on Live Mint. Download The <a href="/app">Mint News App</a> to get Daily '
            'Market Updates.</p></div></article></main>'
            + _en_footer("Copyright © HT Digital Streams Ltd All Right Reserved"))
    return Page("livemint", url, _doc("en", f"{head} | Mint", head_html, body),
                {"title": head, "authors": [],
                 "body": "Manufacturing and mining dragged down growth in the July-September "
                 "quarter.\n\n" + _text(paras), "published": pub, "modified": mod})


def dhakatribune() -> Page:
    url = "https://www.dhakatribune.com/bangladesh/363412/metro-rail-to-run-on-fridays"
    head = "Metro rail to run on Fridays from next month"
    paras = ["Dhaka’s metro rail will operate on Fridays from next month, Dhaka Mass Transit "
             "Company Limited announced on Sunday.",
             "Trains will run from 3pm to 9pm on Fridays at intervals of 10 minutes, the "
             "company said in a statement.",
             "The service has been closed on Fridays since it opened in late 2022.",
             "Commuters have long demanded weekend services on the Uttara-Motijheel line."]
    pub, mod = "2024-11-17T15:45:00+06:00", "2024-11-17T16:02:00+06:00"
    head_html = (_metas([("property", "og:title", head),
                         ("property", "og:site_name", "Dhaka Tribune"),
                         ("name", "author", "Tribune Desk"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Tribune Desk"], "Dhaka Tribune", url))
    body = (_en_nav("Dhaka Tribune", ["Bangladesh", "Nation", "World", "Business", "Sport"])
            + '<main><div class="content_detail"><div class="content_highlights">'
            f'<h1 class="title mb10">{head}</h1></div>'
            '<div class="each_row"><div class="author"><span class="name">Tribune Desk</span>'
            '</div><div class="time"><span class="published_time">Publish : 17 Nov 2024, '
            '03:45 PM</span><span class="updated_time">Update : 17 Nov 2024, 04:02 PM</span>'
            '</div></div><div class="featured_image"><img src="/x.jpg" alt="">'
            '<span class="caption">File photo: Dhaka Tribune</span></div>'
            '<div class="jw_detail_content_holder content mb16"><div itemprop="articleBody">'
            + _ps(paras) + '</div></div><div class="tags"><a>Metro Rail</a><a>DMTCL</a></div>'
            '</div></main>' + _en_footer("Copyright © 2024 Dhaka Tribune"))
    return Page("dhakatribune", url, _doc("en", f"{head} | Dhaka Tribune", head_html, body),
                {"title": head, "authors": [], "body": _text(paras),
                 "published": pub, "modified": mod})


def gulfnews() -> Page:
    url = "https://gulfnews.com/uae/transport/dubai-rta-announces-new-bus-routes-1.500012345"
    head = "Dubai RTA announces four new bus routes from Friday"
    paras = ["Dubai’s Roads and Transport Authority (RTA) has announced four new bus routes "
             "that will start operating on Friday.",
             "The routes will connect Al Barsha, Dubai Investments Park and Dubai Silicon Oasis "
             "to metro stations, the authority said.",
             "Route F57 will run every 20 minutes between the Dubai Investments Park metro "
             "station and Dubai Production City.",
             "The RTA said the changes were part of efforts to improve first- and last-mile "
             "connectivity."]
    pub, mod = "2024-11-17T11:32:00Z", "2024-11-17T12:05:00Z"
    head_html = (_metas([("property", "og:title", head),
                         ("property", "og:site_name", "Gulf News"),
                         ("name", "author", "Sajila Saseendran, Senior Reporter"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Sajila Saseendran, Senior Reporter"],
                            "Gulf News", url))
    body = (_en_nav("Gulf News", ["UAE", "Gulf", "World", "Business", "Sport"])
            + '<main><div class="story-element"><div class="breadcrumb"><a href="/uae">UAE</a>'
            ' / <a href="/uae/transport">Transport</a></div>'
            f'<h1 class="headline">{head}</h1>'
            '<p class="subheadline">Routes connect Al Barsha and DIP to metro stations</p>'
            '<div class="author-details"><a href="/author/sajila-saseendran" class="author-name">'
            'Sajila Saseendran, Senior Reporter</a></div>'
            '<div class="time-details"><span>Last updated: </span><time>November 17, 2024 | '
            '4:05 PM</time></div>'
            '<div class="story-body">' + _ps(paras[:2])
            + '<div class="inline-related"><span>Also read</span><ul><li><a href="/x">Dubai '
            'Metro timings extended for New Year</a></li></ul></div>' + _ps(paras[2:])
            + '</div><div class="newsletter-box"><p>Get Breaking news alerts from Gulf News</p>'
            '<p>We’ll send you latest news updates through the day.</p></div></div></main>'
            + _en_footer("© Al Nisr Publishing LLC 2024. All rights reserved."))
    return Page("gulfnews", url, _doc("en", f"{head} | Uae – Gulf News", head_html, body),
                {"title": head, "authors": ["Sajila Saseendran"],
                 "body": "Routes connect Al Barsha and DIP to metro stations\n\n" + _text(paras),
                 "published": "2024-11-17T15:32:00+04:00",
                 "modified": "2024-11-17T16:05:00+04:00"})


def japantimes() -> Page:
    url = "https://www.japantimes.co.jp/news/2024/11/17/japan/politics/ishiba-apec-xi-meeting/"
    head = "Ishiba and Xi agree to pursue ‘mutually beneficial’ ties in first meeting"
    paras = ["LIMA – Prime Minister Shigeru Ishiba and Chinese President Xi Jinping agreed on "
             "Friday to pursue a “mutually beneficial relationship based on common strategic "
             "interests,” in their first face-to-face talks.",
             "The meeting on the sidelines of the Asia-Pacific Economic Cooperation forum in "
             "Lima lasted about 30 minutes, Japanese officials said.",
             "Ishiba raised concerns about Chinese military activity near Japan and called for "
             "the early release of Japanese nationals detained in China.",
             "Xi said the two countries should handle their differences appropriately."]
    pub = "2024-11-16T10:15:00+09:00"
    head_html = (_metas([("property", "og:title", head + " - The Japan Times"),
                         ("property", "og:site_name", "The Japan Times"),
                         ("name", "author", "Kyodo"),
                         ("property", "article:published_time", pub)])
                 + _news_ld(head, pub, pub, ["Kyodo"], "The Japan Times", url))
    body = (_en_nav("The Japan Times", ["News", "Business", "Opinion", "Life", "Sports"])
            + '<main><article class="article-page"><div class="article-header">'
            '<div class="article-categories"><a href="/news/japan/politics/">Politics</a></div>'
            f'<h1 class="title-article">{head}</h1>'
            '<div class="article-meta"><p class="credit-list"><span class="writer">Kyodo</span>'
            '</p><p class="publish-date">Nov 16, 2024</p></div></div>'
            '<div class="article-body">' + _ps(paras[:3])
            + '<div class="jt-ad">Advertisement</div>' + _ps(paras[3:])
            + '</div><div class="jt-subscribe-promo"><p>In a time of both misinformation and '
            'too much information, quality journalism is more crucial than ever.</p><p>By '
            'subscribing, you can help us get the story right.</p><a>SUBSCRIBE NOW</a></div>'
            '</article></main>' + _en_footer("The Japan Times LTD. All rights reserved."))
    return Page("japantimes", url, _doc("en", f"{head} - The Japan Times", head_html, body),
                {"title": head, "authors": [], "body": _text(paras),
                 "published": pub, "modified": None})


def globeandmail() -> Page:
    url = ("https://www.theglobeandmail.com/canada/article-ontario-to-ban-bike-lanes-on-"
           "major-roads/")
    head = "Ontario to restrict new bike lanes on major roads"
    paras = ["The Ontario government says it will require municipalities to get provincial "
             "approval before building new bike lanes that remove a lane of car traffic.",
             "Transportation Minister Prabmeet Sarkaria tabled the legislation at Queen’s Park "
             "on Tuesday.",
             "Cycling advocates said the move would make roads less safe, while the government "
             "argued it would reduce gridlock.",
             "Toronto’s mayor said the city would review the bill before deciding how to "
             "respond."]
    pub, mod = "2024-10-22T14:05:00Z", "2024-10-22T21:48:00Z"
    head_html = (_metas([("property", "og:title", head),
                         ("property", "og:site_name", "The Globe and Mail"),
                         ("name", "author", "Jeff Gray"),
                         ("property", "article:published_time", pub),
                         ("property", "article:modified_time", mod)])
                 + _news_ld(head, pub, mod, ["Jeff Gray"], "The Globe and Mail", url))
    body = (_en_nav("The Globe and Mail", ["Canada", "Politics", "Business", "Investing",
                                           "World"])
            + '<main><article><header class="c-article-header">'
            '<div class="c-primary-label"><a href="/canada/toronto/">Toronto</a></div>'
            f'<h1 class="c-primary-title">{head}</h1>'
            '<div class="c-byline"><span class="c-byline__author">Jeff Gray</span>'
            '<span class="c-byline__title">City Hall Reporter</span>'
            '<span class="c-byline__location">Toronto</span></div>'
            '<div class="c-timestamp"><time datetime="' + pub + '">Published October 22, 2024'
            '</time><time datetime="' + mod + '">Updated October 22, 2024</time></div>'
            '</header><div class="c-article-body">' + _ps(paras[:2], "c-article-body__text")
            + '<p class="c-article-body__text"><em>Open this photo in gallery:</em></p>'
            + _ps(paras[2:], "c-article-body__text")
            + '<div class="c-newsletter"><p>Sign up for the Evening Update Newsletter.</p>'
            '</div></div><div class="c-report-error"><a>Report an editorial error</a>'
            '<a>Report a technical issue</a><a>Editorial code of conduct</a></div>'
            '</article></main>' + _en_footer("© Copyright 2024 The Globe and Mail Inc."))
    return Page("globeandmail", url, _doc("en-CA", f"{head} - The Globe and Mail", head_html,
                                          body),
                {"title": head, "authors": ["Jeff Gray"], "body": _text(paras),
                 "published": "2024-10-22T10:05:00-04:00", "modified": "2024-10-22T17:48:00-04:00"})


#: The English-language publishers' pages, measured on their own (`ENGLISH_FLOORS`).
ENGLISH = [aljazeera, rappler, inquirer, punch, conversation, cbc, scmp, jpost, economictimes,
           newsweek, tribunepk, koreaherald, livemint, dhakatribune, gulfnews, japantimes,
           globeandmail]
BUILDERS.extend(ENGLISH)


def pages(english: bool | None = None) -> Iterator[Page]:
    """Every page; only the English-language publishers' (True) or only the others' (False)."""
    for build in BUILDERS:
        if english is None or (build in ENGLISH) == english:
            yield build()


__all__ = ["BUILDERS", "ENGLISH", "Page", "ablated", "pages"]
