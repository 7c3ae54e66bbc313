"""Article and non-article pages as newsroom CMS families print them, each with its expected
record: Escenic/CUE, Polopoly/Atex, Naviga (Newscycle/Saxotech), Brightspot, Eidos/Methode,
Bitrix, TYPO3, Sitecore/AEM, Ghost, Nuxt, Gatsby, Hugo/Jekyll, Blogger and Joomla K2.

`pages()` yields `CmsPage`s; `python -m tests.cms_measure` measures them per family. The
stories are invented; the markup (heads, printed headers, body and boilerplate) follows what
sites on each system print. Template lines are long: the markup is kept as pages print it.
"""
# ruff: noqa: E501

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from datetime import datetime

FETCHED = "2024-12-18T06:00:00+00:00"


@dataclass
class Story:
    lang: str
    title: str
    teaser: str
    paras: list[str]
    authors: list[str]
    published: str          # ISO with offset
    modified: str | None
    section: str
    kicker: str
    caption: str
    credit: str
    slug: str


@dataclass
class CmsPage:
    family: str
    kind: str                # "article" or what non-article page it is
    url: str
    html: str
    expected: dict[str, object] | None       # None: a Skip is expected
    boilerplate: list[str] = field(default_factory=list)   # strings no body may hold


STORIES = [
    Story("de", "Stadtrat beschließt neuen Radweg entlang der Ringstraße",
          "Nach monatelangem Streit gibt es eine Mehrheit: Die Ringstraße bekommt auf zwei "
          "Kilometern eine geschützte Radspur. Die Händler sind skeptisch.",
          ["Mit 27 zu 19 Stimmen hat der Stadtrat am Dienstagabend den Bau eines geschützten "
           "Radwegs entlang der Ringstraße beschlossen. Die Arbeiten sollen im Frühjahr beginnen "
           "und bis zum Herbst abgeschlossen sein.",
           "Die Verwaltung rechnet mit Kosten von rund 3,4 Millionen Euro, von denen das Land "
           "knapp zwei Drittel übernimmt. Für den Radweg fallen auf der Nordseite 46 Parkplätze "
           "weg, auf der Südseite sollen Lieferzonen entstehen.",
           "„Wir haben lange genug diskutiert“, sagte Baubürgermeisterin Petra Lindner nach der "
           "Abstimmung. Die Zahl der Radfahrenden auf der Ringstraße habe sich seit 2019 "
           "verdoppelt, die Zahl der Unfälle ebenfalls.",
           "Der Einzelhandelsverband kritisierte die Entscheidung. Gerade im Weihnachtsgeschäft "
           "seien die Kunden auf Parkplätze angewiesen, sagte Geschäftsführer Martin Vogt. Er "
           "kündigte an, die Pläne rechtlich prüfen zu lassen.",
           "Die Opposition im Rat hatte eine Bürgerbefragung gefordert, fand dafür aber keine "
           "Mehrheit. Der Antrag soll nun im Januar erneut eingebracht werden."],
          ["Julia Becker"], "2024-12-17T13:03:00+01:00", "2024-12-17T16:45:00+01:00",
          "Lokales", "Verkehr", "Die Ringstraße in der Innenstadt.", "Foto: Thomas Krüger",
          "stadtrat-beschliesst-neuen-radweg-entlang-der-ringstrasse"),
    Story("de", "Hochwasser: Pegel an der Donau steigen weiter",
          "Der Deutsche Wetterdienst warnt vor weiterem Dauerregen. In mehreren Landkreisen "
          "sind Helfer im Einsatz.",
          ["Die Pegelstände an der oberen Donau sind in der Nacht zum Mittwoch weiter "
           "gestiegen. Am Messpunkt Kelheim lag der Wasserstand am Morgen bei 5,82 Metern, "
           "knapp unter der Meldestufe drei.",
           "Der Deutsche Wetterdienst erwartet bis Donnerstag weitere 40 bis 60 Liter Regen pro "
           "Quadratmeter. In den Landkreisen Kelheim und Straubing-Bogen sind mehr als 600 "
           "Einsatzkräfte von Feuerwehr und Technischem Hilfswerk unterwegs.",
           "Mehrere Straßen entlang des Flusses wurden gesperrt. Die Behörden riefen Anwohner "
           "dazu auf, Keller und Tiefgaragen zu räumen und sich über die Warn-Apps zu "
           "informieren.",
           "Ein Sprecher des Landratsamts sagte, die Lage sei angespannt, aber unter Kontrolle. "
           "Evakuierungen seien derzeit nicht geplant."],
          ["Stefan Huber", "Anna Maier"], "2024-12-18T07:12:00+01:00", "2024-12-18T09:30:00+01:00",
          "Bayern", "Unwetter", "Die Donau bei Kelheim.", "Bild: dpa/Armin Weigel",
          "hochwasser-pegel-an-der-donau-steigen-weiter"),
    Story("en", "Council approves plan to reopen Victoria Street library",
          "The branch closed in 2020 will reopen next autumn after councillors backed a "
          "£2.1m refurbishment.",
          ["Councillors have approved a £2.1 million plan to reopen the Victoria Street library, "
           "four years after the branch closed during the pandemic.",
           "The refurbishment will add a children's area, a study space with 40 desks and a "
           "community kitchen. Work is expected to start in March and finish in time for an "
           "opening in October.",
           "Council leader Sarah Whitfield said the decision showed the authority was "
           "\"serious about putting services back into neighbourhoods\". Campaigners, who "
           "collected more than 5,000 signatures, welcomed the vote.",
           "Opposition councillors questioned the running costs, estimated at £180,000 a year, "
           "and asked for a review after the first year of opening."],
          ["Daniel Hughes"], "2024-12-17T11:30:00+00:00", "2024-12-17T15:02:00+00:00",
          "News", "Local News", "The library on Victoria Street has been closed since 2020.",
          "Photo: John Allen", "council-approves-plan-to-reopen-victoria-street-library"),
    Story("en", "State lawmakers pass bill to expand rural broadband grants",
          "The measure sets aside $85 million over three years for providers that build in "
          "underserved counties.",
          ["State lawmakers on Tuesday passed a bill that would expand a grant program for "
           "rural broadband, sending the measure to the governor's desk after a 31-7 vote in "
           "the Senate.",
           "The legislation sets aside $85 million over three years for internet providers "
           "that build networks in counties where fewer than half of homes have access to "
           "high-speed service.",
           "\"This is about making sure a kid in a small town can do homework the same way a "
           "kid in the city can,\" said Sen. Maria Delgado, who sponsored the bill.",
           "Critics said the program lacked oversight. An audit last year found that two "
           "providers had not completed projects funded under an earlier round of grants.",
           "The governor's office said it would review the bill but did not say whether she "
           "would sign it."],
          ["Michael Chen", "Laura Ortiz"], "2024-12-17T18:22:00-05:00", "2024-12-17T21:05:00-05:00",
          "Politics", "Legislature", "The state Capitol.", "AP Photo/Tom Reed",
          "state-lawmakers-pass-bill-to-expand-rural-broadband-grants"),
    Story("ru", "В городе откроют три новые школы до конца 2025 года",
          "Строительство ведется в новых микрорайонах на севере и востоке города.",
          ["До конца 2025 года в городе откроются три новые школы, сообщили в мэрии во "
           "вторник. Общая вместимость зданий составит почти 3 тысячи учеников.",
           "Две школы строят в микрорайоне Северный, еще одну — на улице Восточной. Готовность "
           "объектов оценивается в 60–75 процентов, подрядчики работают в две смены.",
           "«Мы понимаем, насколько остро стоит вопрос с местами в школах», — заявил заместитель "
           "мэра Андрей Соколов. По его словам, в некоторых классах сейчас учатся по 35 человек.",
           "Родители из новых районов неоднократно жаловались на переполненные школы и "
           "вторую смену. В мэрии обещают, что после открытия зданий от второй смены откажутся."],
          ["Ирина Петрова"], "2024-12-17T14:40:00+03:00", "2024-12-17T17:10:00+03:00",
          "Общество", "Образование", "Строительство школы в микрорайоне Северный.",
          "Фото: пресс-служба мэрии", "v-gorode-otkroyut-tri-novye-shkoly"),
    Story("sv", "Kommunen satsar på fler laddplatser i centrum",
          "Under nästa år ska ett hundratal nya laddplatser byggas i centrala stan.",
          ["Kommunen ska bygga omkring hundra nya laddplatser för elbilar i centrum under nästa "
           "år. Beslutet fattades av tekniska nämnden på tisdagen.",
           "Laddplatserna placeras främst i kommunens parkeringshus och längs några av de "
           "större gatorna. Kostnaden beräknas till 14 miljoner kronor.",
           "– Efterfrågan har ökat snabbt och vi ligger efter, säger nämndens ordförande Karin "
           "Lund.",
           "Oppositionen ville i stället att kommunen skulle upphandla en privat operatör, men "
           "fick inte gehör för sitt förslag."],
          ["Erik Johansson"], "2024-12-17T10:15:00+01:00", "2024-12-17T12:40:00+01:00",
          "Nyheter", "Trafik", "Laddstolpar i ett parkeringshus.", "Foto: Anna Svensson",
          "kommunen-satsar-pa-fler-laddplatser-i-centrum"),
    Story("it", "Il Comune approva il piano per la nuova piazza del mercato",
          "I lavori partiranno a marzo e dureranno diciotto mesi. Protestano alcuni "
          "commercianti.",
          ["Il consiglio comunale ha approvato martedì sera il progetto di riqualificazione "
           "della piazza del mercato, con 22 voti favorevoli e 9 contrari.",
           "Il progetto prevede una nuova pavimentazione, la copertura di metà della piazza e "
           "quaranta nuovi alberi. Il costo complessivo è di 6,2 milioni di euro.",
           "«È un intervento atteso da vent'anni», ha detto l'assessore ai Lavori pubblici "
           "Marco Rinaldi. I lavori partiranno a marzo e dureranno diciotto mesi.",
           "Alcuni commercianti temono un calo delle vendite durante il cantiere e chiedono "
           "sgravi sulla tassa per l'occupazione del suolo pubblico."],
          ["Giulia Romano"], "2024-12-17T19:05:00+01:00", "2024-12-17T20:30:00+01:00",
          "Cronaca", "Urbanistica", "La piazza del mercato.", "Foto Ansa",
          "il-comune-approva-il-piano-per-la-nuova-piazza-del-mercato"),
    Story("en", "Monsoon rains damage crops across five districts",
          "Farmers say they need compensation before the next sowing season.",
          ["Unseasonal heavy rain over the past three days has damaged standing crops across "
           "five districts, officials said on Tuesday.",
           "Preliminary estimates from the agriculture department put the affected area at "
           "about 42,000 hectares, mostly paddy and cotton ready for harvest.",
           "District collector R. Venkatesh said teams had been sent to assess the losses "
           "village by village and that a report would be submitted to the government within a "
           "week.",
           "Farmers' associations demanded compensation of ₹25,000 per acre and a waiver of "
           "crop loans taken this season."],
          ["Staff Reporter"], "2024-12-17T20:45:00+05:30", None,
          "States", "Andhra Pradesh", "A paddy field flooded after heavy rain.",
          "Photo: Special Arrangement", "monsoon-rains-damage-crops-across-five-districts"),
    Story("fr", "La ville lance un plan pour rénover ses écoles",
          "Vingt-trois établissements seront rénovés d'ici 2030, pour un coût de 48 millions "
          "d'euros.",
          ["La municipalité a présenté mardi un plan de rénovation de vingt-trois écoles d'ici "
           "2030, pour un montant total de 48 millions d'euros.",
           "Les travaux porteront d'abord sur l'isolation des bâtiments et le remplacement des "
           "chaudières au fioul, responsables d'une grande partie de la facture énergétique.",
           "« Nos écoles ont été construites pour la plupart dans les années 1960 et 1970 », a "
           "rappelé l'adjointe à l'éducation, Claire Moreau.",
           "Les syndicats d'enseignants saluent le plan mais réclament que les travaux soient "
           "menés pendant les vacances scolaires."],
          ["Thomas Girard"], "2024-12-17T17:30:00+01:00", "2024-12-18T08:10:00+01:00",
          "Société", "Éducation", "Une école du centre-ville.", "Photo : Jean Martin",
          "la-ville-lance-un-plan-pour-renover-ses-ecoles"),
]

DE1, DE2, EN_UK, EN_US, RU, SV, IT, EN_IN, FR = STORIES


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def ps(story: Story, cls: str = "", extra: dict[int, str] | None = None) -> str:
    """The story's paragraphs, with boilerplate blocks inserted after paragraph N."""
    out = []
    attr = f' class="{cls}"' if cls else ""
    for i, p in enumerate(story.paras):
        out.append(f"<p{attr}>{esc(p)}</p>")
        if extra and i in extra:
            out.append(extra[i])
    return "\n".join(out)


def body_of(story: Story) -> str:
    return "\n\n".join(story.paras)


def expect(story: Story, url: str, *, authors: list[str] | None = None,
           published: str | None = "", modified: str | None = "") -> dict[str, object]:
    return {"url": url, "title": story.title, "body": body_of(story),
            "authors": story.authors if authors is None else authors,
            "published_at": story.published if published == "" else published,
            "modified_at": story.modified if modified == "" else modified}


def z(iso: str, fmt: str) -> str:
    """A timestamp printed in a site's own form."""
    return datetime.fromisoformat(iso).strftime(fmt)


def utc(iso: str) -> str:
    d = datetime.fromisoformat(iso)
    from datetime import UTC
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def doc(lang: str, head: str, body: str, body_attr: str = "") -> str:
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n{head}\n"
            f"</head>\n<body{body_attr}>\n{body}\n</body>\n</html>\n")


def og(story: Story, url: str, site: str, image: str, kind: str = "article") -> str:
    return f"""<title>{esc(story.title)} | {esc(site)}</title>
<link rel="canonical" href="{url}">
<meta name="description" content="{esc(story.teaser)}">
<meta property="og:type" content="{kind}">
<meta property="og:site_name" content="{esc(site)}">
<meta property="og:title" content="{esc(story.title)}">
<meta property="og:description" content="{esc(story.teaser)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{image}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{esc(story.title)}">"""


def ld(obj: object) -> str:
    return ('<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False)
            + "</script>")


def nav(site: str, sections: list[str]) -> str:
    links = "".join(f'<li><a href="/{s.lower()}/">{esc(s)}</a></li>' for s in sections)
    return (f'<header class="site-header"><a class="logo" href="/">{esc(site)}</a>'
            f'<nav class="main-nav"><ul>{links}</ul></nav>'
            f'<a class="login" href="/login">Login</a><a class="subscribe" href="/abo">Abo</a>'
            f'</header>')


def footer(site: str) -> str:
    return (f'<footer class="site-footer"><ul><li><a href="/impressum">Impressum</a></li>'
            f'<li><a href="/datenschutz">Datenschutz</a></li><li><a href="/kontakt">Kontakt</a>'
            f'</li></ul><p>© 2024 {esc(site)}. All rights reserved.</p></footer>'
            f'<script src="/static/js/app.min.js" defer></script>'
            f'<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"event":"pv"}});'
            f'</script>')


RELATED_DE = ('<aside class="related"><h3>Das könnte Sie auch interessieren</h3><ul>'
              '<li><a href="/lokales/parkgebuehren-steigen-1.1234">Parkgebühren steigen im '
              'Januar deutlich</a></li><li><a href="/lokales/baustelle-1.1235">Neue Baustelle '
              'am Bahnhof sorgt für Staus</a></li><li><a href="/lokales/bus-1.1236">Busse fahren '
              'ab Montag im Zehn-Minuten-Takt</a></li></ul></aside>')
RELATED_EN = ('<aside class="related"><h3>More from News</h3><ul>'
              '<li><a href="/news/bins-1">Bin collections to change over Christmas</a></li>'
              '<li><a href="/news/bridge-2">Bridge closure extended until February</a></li>'
              '<li><a href="/news/school-3">School rated outstanding by inspectors</a></li>'
              '</ul></aside>')
NEWSLETTER_DE = ('<div class="newsletter-box"><h4>Newsletter</h4><p>Jeden Morgen die '
                 'wichtigsten Nachrichten aus der Region direkt in Ihr Postfach.</p>'
                 '<form><input type="email" placeholder="E-Mail-Adresse"><button>Jetzt '
                 'anmelden</button></form></div>')
NEWSLETTER_EN = ('<div class="newsletter-signup"><h4>Sign up to our daily newsletter</h4>'
                 '<p>The top stories from your area, delivered to your inbox every morning.</p>'
                 '<form><input type="email"><button>Sign up</button></form></div>')
LESEN_DE = ('<div class="inline-teaser"><strong>Lesen Sie auch:</strong> <a href="/x-1.2">'
            'Warum die Mieten in der Innenstadt weiter steigen</a></div>')
READ_EN = ('<p class="read-more"><strong>Read more:</strong> <a href="/news/x">Residents '
           'fear for future of town centre</a></p>')
PAYWALL_DE = ('<div class="paywall"><h3>Dieser Artikel ist nur für Abonnenten</h3><p>Lesen '
              'Sie weiter mit unserem Digital-Abo: Jetzt 4 Wochen für 0,99 € testen und alle '
              'Artikel auf unserer Website lesen.</p><a class="btn" href="/abo">Jetzt '
              'abonnieren</a><p>Sie sind bereits Abonnent? <a href="/login">Hier anmelden</a>'
              '</p></div>')
FACTBOX_DE = ('<aside class="factbox"><h4>Info</h4><p>Der Radweg wird 2,1 Kilometer lang und '
              'durch Betonelemente von der Fahrbahn getrennt. Bürgersprechstunde: Montag, '
              '18 Uhr, Rathaus, Saal 2.</p></aside>')
COMMENTS_EN = ('<div class="comments-count"><a href="#comments">12 comments</a></div>')
AUTHORBOX_EN = ('<div class="author-box"><img src="/a.jpg" alt=""><p>Daniel Hughes is a '
                'local democracy reporter covering the city council. Follow him on X '
                '@dhughes.</p></div>')


def figure(story: Story, src: str, cap_cls: str = "caption", credit_cls: str = "credit") -> str:
    return (f'<figure class="image"><img src="{src}" alt="{esc(story.caption)}" width="1200" '
            f'height="675"><figcaption><span class="{cap_cls}">{esc(story.caption)}</span> '
            f'<span class="{credit_cls}">{esc(story.credit)}</span></figcaption></figure>')


def article_ld(story: Story, url: str, image: str, publisher: str, *, typ: str = "NewsArticle",
               author_form: str = "person") -> dict[str, object]:
    if author_form == "string":
        author: object = ", ".join(story.authors)
    elif author_form == "org":
        author = {"@type": "Organization", "name": publisher}
    else:
        author = [{"@type": "Person", "name": a} for a in story.authors]
    obj: dict[str, object] = {
        "@context": "https://schema.org", "@type": typ, "headline": story.title,
        "description": story.teaser, "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "image": {"@type": "ImageObject", "url": image, "width": 1200, "height": 675},
        "datePublished": story.published, "author": author,
        "publisher": {"@type": "Organization", "name": publisher,
                      "logo": {"@type": "ImageObject", "url": "/logo.png"}},
        "inLanguage": story.lang, "articleSection": story.section}
    if story.modified:
        obj["dateModified"] = story.modified
    return obj


# ----------------------------------------------------------------------------------------
# Escenic / Stibo CUE (Nordic and Irish papers; article IDs "-1.12345678")

def escenic(story: Story, host: str, site: str, n: int) -> CmsPage:
    url = f"https://{host}/{story.section.lower()}/{story.slug}/{8000000 + n}"
    img = f"https://{host}/incoming/article{8000000 + n}.ece/ALTERNATES/s1200/photo.jpg"
    bylines = "".join(
        f'<div class="byline"><a class="author-name" href="/forfatter/{i}">{esc(a)}</a>'
        f'<span class="author-email">{esc(a.split()[0].lower())}@{host}</span></div>'
        for i, a in enumerate(story.authors))
    head = (og(story, url, site, img) + "\n"
            f'<meta name="generator" content="Escenic Content Engine">\n'
            f'<meta property="article:published_time" content="{story.published}">\n'
            + (f'<meta property="article:modified_time" content="{story.modified}">\n'
               if story.modified else "")
            + f'<meta property="article:section" content="{esc(story.section)}">\n'
            f'<meta name="cXenseParse:recs:publishtime" content="{utc(story.published)}">\n'
            f'<meta name="cXenseParse:pageclass" content="article">\n'
            f'<meta name="cXenseParse:recs:articleid" content="{8000000 + n}">\n'
            + ld(article_ld(story, url, img, site)))
    body = f"""{nav(site, ["Nyheter", "Sport", "Kultur", "Debatt"])}
<main id="main" class="ece-main">
<article class="article article-{8000000 + n}" data-cue-id="{8000000 + n}">
<header class="article-header">
<div class="section-label"><a href="/{story.section.lower()}/">{esc(story.kicker)}</a></div>
<h1 class="headline">{esc(story.title)}</h1>
<p class="lead-text">{esc(story.teaser)}</p>
<div class="byline-wrapper">{bylines}
<div class="dates"><time class="published" datetime="{story.published}">Publisert {z(story.published, "%d.%m.%Y %H:%M")}</time>
{f'<time class="updated" datetime="{story.modified}">Oppdatert {z(story.modified, "%d.%m.%Y %H:%M")}</time>' if story.modified else ""}</div>
</div>
</header>
{figure(story, img)}
<div class="body-text" itemprop="articleBody">
{ps(story, extra={1: '<div class="related-article"><a href="/nyheter/x/123">LES OGSÅ: Bussen får nytt rutenett</a></div>', 2: '<div class="ad-container" data-ad="netboard"></div>'})}
</div>
<div class="paywall-teaser" style="display:none"><h3>Allerede abonnent?</h3><p>Få tilgang til alt innhold for 1 kr første måned.</p></div>
<div class="share-tools"><a href="#">Del på Facebook</a><a href="#">Del på X</a><a href="#">Kopier lenke</a></div>
</article>
<section class="most-read"><h2>Mest lest</h2><ol><li><a href="/a/1">Brann i boligblokk natt til tirsdag</a></li><li><a href="/a/2">Slik blir været i julen</a></li></ol></section>
</main>
{footer(site)}"""
    page = doc(story.lang, head, body, ' class="article-page ece"')
    return CmsPage("escenic", "article", url, page, expect(story, url),
                   ["LES OGSÅ", "Mest lest", "abonnent", "@" + host])


def escenic_front(host: str, site: str) -> CmsPage:
    url = f"https://{host}/nyheter/"
    teasers = "".join(
        f'<article class="teaser"><a href="/nyheter/{s.slug}/{8000100 + i}"><img src="/i{i}.jpg">'
        f'<div class="section-label">{esc(s.kicker)}</div><h2 class="teaser-title">'
        f'{esc(s.title)}</h2><p>{esc(s.teaser)}</p></a></article>'
        for i, s in enumerate(STORIES))
    head = (f'<title>Nyheter | {site}</title><link rel="canonical" href="{url}">'
            f'<meta property="og:type" content="website"><meta property="og:title" '
            f'content="Nyheter"><meta name="generator" content="Escenic Content Engine">'
            f'<meta name="cXenseParse:pageclass" content="frontpage">')
    body = (f'{nav(site, ["Nyheter", "Sport", "Kultur"])}<main><h1 class="section-title">'
            f'Nyheter</h1><div class="teaser-list">{teasers}</div></main>{footer(site)}')
    return CmsPage("escenic", "section", url, doc("nb", head, body), None)


# ----------------------------------------------------------------------------------------
# Polopoly / Atex (Swedish, Italian, Australian papers; "/1.1234567" ids, polopoly_fs)

def polopoly(story: Story, host: str, site: str, n: int) -> CmsPage:
    url = f"https://{host}/{story.section.lower()}/{story.slug}/1.{1100000 + n}"
    img = f"https://{host}/polopoly_fs/7.{500000 + n}!/image/1234567.jpg_gen/derivatives/landscape_1200/photo.jpg"
    head = (og(story, url, site, img) + "\n"
            f'<meta name="pubdate" content="{z(story.published, "%Y-%m-%dT%H:%M:%S%z")}">\n'
            f'<meta name="lastmod" content="{z(story.modified or story.published, "%Y-%m-%dT%H:%M:%S%z")}">\n'
            f'<meta name="author" content="{esc(", ".join(story.authors))}">\n'
            f'<meta name="sailthru.date" content="{z(story.published, "%Y-%m-%d %H:%M:%S")}">\n'
            f'<meta name="sailthru.author" content="{esc(", ".join(story.authors))}">\n'
            f'<link rel="stylesheet" href="/polopoly_fs/2.123!/css/site.css">\n'
            + ld(article_ld(story, url, img, site, author_form="string")))
    byline = " och ".join(esc(a) for a in story.authors) if story.lang == "sv" else ", ".join(
        esc(a) for a in story.authors)
    body = f"""{nav(site, ["Nyheter", "Sport", "Nöje", "Ekonomi"])}
<div class="p_page_main">
<article class="p_article">
<div class="p_kicker">{esc(story.kicker)}</div>
<h1 class="p_headline">{esc(story.title)}</h1>
<div class="p_byline"><span class="p_author">{byline}</span>
<span class="p_date">Publicerad {z(story.published, "%d %b %Y kl %H.%M")}</span>
{f'<span class="p_date">Uppdaterad {z(story.modified, "%d %b %Y kl %H.%M")}</span>' if story.modified else ""}</div>
<div class="p_lead"><p>{esc(story.teaser)}</p></div>
<div class="p_image"><img src="{img}"><p class="p_caption">{esc(story.caption)} {esc(story.credit)}</p></div>
<div class="p_body_text">
{ps(story, extra={2: '<div class="p_inline_teaser"><a href="/nyheter/x/1.99">Läs också: Så blir vädret i jul</a></div>'})}
</div>
<div class="p_share">Dela artikeln: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">E-post</a></div>
<div class="p_tags">Ämnen: <a href="/amne/trafik">Trafik</a> <a href="/amne/miljo">Miljö</a></div>
</article>
<aside class="p_related"><h3>Mer från Nyheter</h3><ul><li><a href="/1.5">Nytt bostadsområde planeras vid hamnen</a></li><li><a href="/1.6">Busslinje läggs ned efter protester</a></li></ul></aside>
</div>
{footer(site)}"""
    page = doc(story.lang, head, body, ' class="p_layout_article"')
    return CmsPage("polopoly", "article", url, page, expect(story, url),
                   ["Läs också", "Dela artikeln", "Mer från"])


# ----------------------------------------------------------------------------------------
# Naviga / Newscycle / Saxotech (US and Nordic dailies; /article/20241217/NEWS/312179999)

def naviga(story: Story, host: str, site: str, n: int) -> CmsPage:
    d = z(story.published, "%Y%m%d")
    url = f"https://{host}/article/{d}/NEWS/{312170000 + n}"
    img = f"https://{host}/storyimage/XX/{d}/NEWS/{312170000 + n}/AR/0/AR-{312170000 + n}.jpg"
    head = (og(story, url, site, img) + "\n"
            f'<meta name="DC.date.issued" content="{z(story.published, "%Y-%m-%d")}">\n'
            f'<meta name="DC.title" content="{esc(story.title)}">\n'
            f'<meta name="DC.creator" content="{esc(story.authors[0])}">\n'
            f'<meta property="article:published_time" content="{z(story.published, "%Y-%m-%dT%H:%M:%S%z")}">\n'
            f'<script src="/Global/js/saxotech.js"></script>\n'
            f'<script>var SAXO_ARTICLE={{"id":"{312170000 + n}","category":"NEWS"}};</script>')
    by = " and ".join(esc(a) for a in story.authors)
    mod = (f'<div class="updated">Updated {z(story.modified, "%b %-d, %Y at %-I:%M %p")}</div>'
           if story.modified else "")
    body = f"""{nav(site, ["News", "Sports", "Obituaries", "Opinion", "e-Edition"])}
<div id="main-content" class="saxo-article">
<div class="article-header">
<div class="article-category"><a href="/section/NEWS">{esc(story.kicker)}</a></div>
<h1 class="article-headline">{esc(story.title)}</h1>
<h2 class="article-subheadline">{esc(story.teaser)}</h2>
<div class="byline">By {by}<br><span class="byline-title">{esc(site)} staff</span></div>
<div class="article-dates"><div class="posted">Posted {z(story.published, "%b %-d, %Y at %-I:%M %p")}</div>{mod}</div>
</div>
<div class="article-image"><img src="{img}"><div class="photo-caption">{esc(story.caption)} <span class="photo-credit">{esc(story.credit)}</span></div></div>
<div id="article-text" class="article-text">
{ps(story, extra={1: READ_EN, 2: '<div class="ad-slot"><span>Advertisement</span></div>'})}
</div>
<div class="article-tools"><a href="#">Print</a> <a href="#">Email</a> <a href="#">Reprints</a></div>
{COMMENTS_EN}
</div>
<div class="sidebar">{RELATED_EN}{NEWSLETTER_EN}</div>
{footer(site)}"""
    page = doc(story.lang, head, body)
    return CmsPage("naviga", "article", url, page, expect(story, url),
                   ["Read more", "Advertisement", "Reprints", "comments", "staff"])


# ----------------------------------------------------------------------------------------
# Brightspot (US broadcasters and papers)

def brightspot(story: Story, host: str, site: str, n: int) -> CmsPage:
    url = f"https://{host}/news/{story.slug}"
    img = f"https://{host}/dims4/default/abc123/2147483647/strip/true/crop/1200x675+0+0/resize/1200x675!/quality/90/?url=photo.jpg"
    tzl = " EST" if story.published.endswith("-05:00") else ""
    # A broadcast group's rights line closing every story (Scripps' stations).
    rights = ("<p>Copyright 2024 Scripps Media, Inc. All rights reserved. This material may not "
              "be published, broadcast, rewritten, or redistributed.</p>") if tzl else ""
    authors_html = " and ".join(
        f'<a class="Link" href="/people/{a.lower().replace(" ", "-")}">{esc(a)}</a>'
        for a in story.authors)
    head = (og(story, url, site, img) + "\n"
            f'<meta name="brightspot.contentId" content="0000018{n:03d}-aaaa-bbbb-cccc-dddddddddddd">\n'
            f'<meta name="brightspot.cached" content="true">\n'
            f'<meta property="article:published_time" content="{utc(story.published)}">\n'
            + (f'<meta property="article:modified_time" content="{utc(story.modified)}">\n'
               if story.modified else "")
            + f'<meta name="parsely-page" content=\'{json.dumps({"title": story.title, "link": url, "pub_date": utc(story.published), "section": story.section, "authors": story.authors})}\'>\n'
            + ld(article_ld(story, url, img, site)))
    body = f"""<div class="Page-header">{nav(site, ["News", "Weather", "Sports", "Politics"])}</div>
<main class="Page-main">
<div class="ArticlePage-mainContent">
<div class="ArticlePage-breadcrumbs"><a class="Link" href="/{story.section.lower()}">{esc(story.section)}</a></div>
<h1 class="ArticlePage-headline">{esc(story.title)}</h1>
<div class="ArticlePage-subHeadline">{esc(story.teaser)}</div>
<div class="ArticlePage-byline"><div class="ArticlePage-authors"><div class="ArticlePage-authorName">By {authors_html}</div></div>
<div class="ArticlePage-datePublished">Published {z(story.published, "%B %d, %Y at %I:%M %p")}{tzl}</div>
{f'<div class="ArticlePage-dateModified">Updated {z(story.modified, "%B %d, %Y at %I:%M %p")}{tzl}</div>' if story.modified else ""}
</div>
<div class="ArticlePage-lead"><figure class="Figure"><img class="Image" src="{img}"><div class="Figure-content"><div class="Figure-caption">{esc(story.caption)}</div><div class="Figure-credit">{esc(story.credit)}</div></div></figure></div>
<div class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">
{ps(story, extra={1: '<div class="Enhancement"><div class="Enhancement-item"><div class="PromoTextOnly"><div class="PromoTextOnly-title"><a href="/news/x">RELATED: Governor signs budget after weeks of talks</a></div></div></div></div>'})}
{rights}</div></div>
<div class="ArticlePage-tags"><span>Tags</span><a href="/tags/broadband">Broadband</a></div>
<div class="ArticlePage-authorInfo"><div class="AuthorInfo-bio">{esc(story.authors[0])} covers state government and politics.</div></div>
</div>
<aside class="ArticlePage-aside">{RELATED_EN}</aside>
</main>
{footer(site)}"""
    page = doc(story.lang, head, body, ' class="ArticlePage"')
    return CmsPage("brightspot", "article", url, page, expect(story, url),
                   ["RELATED", "Tags", "covers state government", "Scripps"])


# ----------------------------------------------------------------------------------------
# Eidos / Methode (Italian, British, Spanish papers: eomportal metas)

def methode(story: Story, host: str, site: str, n: int) -> CmsPage:
    url = f"https://{host}/{story.section.lower()}/24_dicembre_17/{story.slug}-{n}a1b2c3.shtml"
    img = f"https://{host}/methode_image/2024/12/17/photo_{n}.jpg"
    head = (og(story, url, site, img) + "\n"
            f'<meta name="eomportal-id" content="{4500000 + n}">\n'
            f'<meta name="eomportal-loid" content="2.{4500000 + n}">\n'
            f'<meta name="eomportal-instanceid" content="91">\n'
            f'<meta name="eomportal-lastUpdate" content="{z(story.modified or story.published, "%a %b %d %H:%M:%S CET %Y")}">\n'
            f'<meta name="eomportal-uuid" content="a1b2c3d4-{n:04d}-11ef-9abc-0123456789ab">\n'
            f'<meta property="article:published_time" content="{story.published}">\n'
            + (f'<meta property="article:modified_time" content="{story.modified}">\n'
               if story.modified else "")
            + f'<meta property="article:author" content="{esc(story.authors[0])}">\n'
            + ld(article_ld(story, url, img, site, typ="ReportageNewsArticle")))
    body = f"""{nav(site, ["Cronaca", "Politica", "Economia", "Sport"])}
<div class="content-article">
<div class="article-kicker">{esc(story.kicker)}</div>
<h1 class="title-art" itemprop="headline">{esc(story.title)}</h1>
<h2 class="subtitle-art">{esc(story.teaser)}</h2>
<div class="info-art"><span class="writer">di <span itemprop="author">{esc(story.authors[0])}</span></span>
<p class="is-last-update" datetime="{story.published}">{z(story.published, "%d dicembre %Y")}{z(story.modified, " (modifica il %d dicembre %Y | %H:%M)") if story.modified else ""}</p>
<span class="reading-time">Tempo di lettura: 3 minuti</span></div>
{figure(story, img, "caption-text", "caption-credit")}
<div class="chapter"><div class="chapter-paragraph" id="story-content">
{ps(story, extra={0: '<div class="box-leggi-anche"><span>Leggi anche</span><ul><li><a href="/x">Il sindaco: «Pronti a rivedere il piano traffico»</a></li></ul></div>', 2: '<div id="adv-middle1" class="adv"></div>'})}
</div></div>
<div class="bck-paywall-teaser" style="display:none"><p>Questo articolo è riservato agli abbonati</p></div>
<div class="social-art">Condividi: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
<div class="comments-art"><a href="#comments">Leggi i commenti (7)</a></div>
</div>
<aside class="column-right"><h3>I più letti</h3><ul><li><a href="/a">Incidente in tangenziale, due feriti</a></li></ul></aside>
{footer(site)}"""
    page = doc(story.lang, head, body)
    return CmsPage("methode", "article", url, page, expect(story, url),
                   ["Leggi anche", "Condividi", "commenti", "Tempo di lettura", "riservato"])


# ----------------------------------------------------------------------------------------
# 1C-Bitrix (Russian regional news sites)

RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря"]


def ru_date(iso: str) -> str:
    d = datetime.fromisoformat(iso)
    return f"{d.day} {RU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"


def bitrix(story: Story, host: str, site: str, n: int, meta: bool) -> CmsPage:
    url = f"https://{host}/news/{story.section.lower() if story.section.isascii() else 'society'}/{4400 + n}/"
    img = f"https://{host}/upload/iblock/a1b/a1b2c3d4e5f6{n}.jpg"
    head = (f"<title>{esc(story.title)} - Новости - {site}</title>\n"
            f'<meta name="keywords" content="школы, образование, мэрия">\n'
            f'<meta name="description" content="{esc(story.teaser)}">\n'
            f'<link href="/bitrix/cache/css/s1/news/template_styles.css?17000" rel="stylesheet">\n'
            f'<script src="/bitrix/js/main/core/core.js?1700"></script>\n'
            f'<script>BX.setCSSList(["/bitrix/templates/news/styles.css"]); BX.message({{"LANGUAGE_ID":"ru","SITE_ID":"s1"}});</script>\n'
            + (f'<meta property="og:title" content="{esc(story.title)}">\n'
               f'<meta property="og:type" content="article">\n<meta property="og:image" content="{img}">\n'
               f'<meta property="article:published_time" content="{story.published}">\n' if meta else ""))
    body = f"""<div class="header"><a href="/" class="logo">{site}</a><ul class="menu"><li><a href="/news/">Новости</a></li><li><a href="/articles/">Статьи</a></li><li><a href="/afisha/">Афиша</a></li></ul></div>
<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/news/">Новости</a> / <span>{esc(story.section)}</span></div>
<div class="content">
<div class="news-detail">
<span class="news-date-time">{ru_date(story.published)}</span>
<h1>{esc(story.title)}</h1>
<img class="detail_picture" src="{img}" alt="{esc(story.title)}" title="{esc(story.title)}">
<div class="photo-author">{esc(story.credit)}</div>
<div class="preview-text"><b>{esc(story.teaser)}</b></div>
{ps(story).replace("<p>", "").replace("</p>", "<br><br>")}
<div style="clear:both"></div>
<div class="news-author">Автор: {esc(story.authors[0])}</div>
<div class="news-views">Просмотров: 1 245</div>
<div class="news-detail-share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
</div>
<p><a href="/news/">Возврат к списку</a></p>
<div class="news-list-other"><h3>Другие новости</h3><p class="news-item"><span class="news-date-time">16 декабря 2024</span><a href="/news/4401/">В парке Победы установили новогоднюю ель</a></p><p class="news-item"><span class="news-date-time">15 декабря 2024</span><a href="/news/4400/">Движение по мосту ограничат на выходных</a></p></div>
</div>
<div class="footer">© 2024 {site}. Все права защищены. 16+ <div class="counters"><!-- Yandex.Metrika counter --><script>(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{}}}})(window,document,"script","https://mc.yandex.ru/metrika/tag.js","ym");</script></div></div>"""
    page = doc("ru", head, body)
    exp = expect(story, url, modified=None)
    return CmsPage("bitrix", "article", url, page, exp,
                   ["Просмотров", "Поделиться", "Возврат к списку", "Другие новости", "Автор"])


# ----------------------------------------------------------------------------------------
# TYPO3 with tx_news (German regional publishers, broadcasters, public bodies)

def typo3(story: Story, host: str, site: str, n: int, paywall: bool) -> CmsPage:
    url = f"https://{host}/nachrichten/{story.section.lower()}/artikel/{story.slug}"
    img = f"https://{host}/fileadmin/_processed_/a/b/csm_photo_{n}_abc123.jpg"
    head = (og(story, url, site, img) + "\n"
            '<meta name="generator" content="TYPO3 CMS">\n'
            f'<meta name="date" content="{z(story.published, "%Y-%m-%dT%H:%M:%S%z")}">\n'
            f'<meta name="DC.date" content="{z(story.published, "%Y-%m-%d")}">\n'
            + (f'<meta name="last-modified" content="{z(story.modified, "%Y-%m-%dT%H:%M:%S%z")}">\n'
               if story.modified else "")
            + f'<meta name="author" content="{esc(", ".join(story.authors))}">\n'
            f'<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-abc.css">\n'
            + ld({"@context": "https://schema.org", "@graph": [
                {"@type": "WebSite", "@id": f"https://{host}/#website", "name": site},
                {"@type": "BreadcrumbList", "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Nachrichten"},
                    {"@type": "ListItem", "position": 2, "name": story.section}]},
                article_ld(story, url, img, site)]}))
    authors = " und ".join(esc(a) for a in story.authors)
    stand = z(story.modified or story.published, "%d.%m.%Y %H:%M")
    paras = story.paras[:2] if paywall else story.paras
    s2 = Story(**{**story.__dict__, "paras": paras})
    rest = PAYWALL_DE if paywall else ""
    body = f"""<div id="page">{nav(site, ["Nachrichten", "Sport", "Kultur", "Region"])}
<main id="content">
<div class="news news-single">
<div class="article" itemscope itemtype="http://schema.org/Article">
<div class="news-header">
<p class="news-kicker">{esc(story.kicker)}</p>
<h1 itemprop="headline">{esc(story.title)}</h1>
<div class="news-meta"><span class="news-list-date"><time itemprop="datePublished" datetime="{z(story.published, "%Y-%m-%d")}">Stand: {stand} Uhr</time></span>
<span class="news-list-author" itemprop="author" itemscope itemtype="http://schema.org/Person">Von <span itemprop="name">{authors}</span></span>
<span class="reading-time">Lesezeit: 3 Min.</span></div>
</div>
<div class="teaser-text" itemprop="description"><p>{esc(story.teaser)}</p></div>
<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><img src="{img}" alt=""></div><p class="news-img-caption">{esc(story.caption)} | {esc(story.credit)}</p></div></div>
<div class="news-text-wrap" itemprop="articleBody">
{ps(s2, extra={0: LESEN_DE, 1: FACTBOX_DE if not paywall else ""})}
</div>
{rest}
<div class="news-related-wrap"><div class="news-related news-related-news"><h4>Ähnliche Artikel</h4><ul><li><span class="news-related-news-date">12.12.2024</span><a href="/x">Innenstadt: Neue Fußgängerzone kommt 2025</a></li></ul></div></div>
<div class="social-share">Teilen: <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a></div>
</div>
</div>
{NEWSLETTER_DE}
</main>
{footer(site)}</div>"""
    page = doc("de", head, body)
    exp = expect(s2, url)
    return CmsPage("typo3", "article" if not paywall else "paywalled", url, page, exp,
                   ["Lesen Sie auch", "Abonnenten", "Lesezeit", "Ähnliche Artikel", "Teilen",
                    "Newsletter", "Bürgersprechstunde", "Stand:"])


# ----------------------------------------------------------------------------------------
# AEM (Adobe Experience Manager core components) and Sitecore (European broadcasters, agencies)

def aem(story: Story, host: str, site: str, n: int) -> CmsPage:
    url = f"https://{host}/{story.lang}/news/2024/12/{story.slug}.html"
    img = f"https://{host}/content/dam/news/2024/12/photo-{n}.jpg/_jcr_content/renditions/cq5dam.web.1280.1280.jpeg"
    head = (og(story, url, site, img) + "\n"
            f'<meta name="dcterms.created" content="{story.published}">\n'
            + (f'<meta name="dcterms.modified" content="{story.modified}">\n' if story.modified else "")
            + '<meta name="template" content="article-page">\n'
            '<link rel="stylesheet" href="/etc.clientlibs/news/clientlibs/clientlib-site.min.css">\n'
            + ld(article_ld(story, url, img, site, author_form="org")))
    authors = ", ".join(esc(a) for a in story.authors)
    body = f"""<div class="root container responsivegrid"><div class="cmp-container">
<div class="experiencefragment header">{nav(site, ["News", "Business", "Culture", "Sport"])}</div>
<div class="breadcrumb"><nav class="cmp-breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li>{esc(story.section)}</li></ol></nav></div>
<div class="title"><div class="cmp-title"><p class="cmp-title__kicker">{esc(story.kicker)}</p><h1 class="cmp-title__text">{esc(story.title)}</h1></div></div>
<div class="text"><div class="cmp-text cmp-text--lead"><p>{esc(story.teaser)}</p></div></div>
<div class="articlemeta"><div class="cmp-articlemeta"><span class="cmp-articlemeta__author">{authors}</span> <span class="cmp-articlemeta__date">{z(story.published, "%d %B %Y, %H:%M")}</span></div></div>
<div class="image"><div class="cmp-image"><img class="cmp-image__image" src="{img}"><span class="cmp-image__title">{esc(story.caption)} {esc(story.credit)}</span></div></div>
<div class="text"><div class="cmp-text">
{ps(story, extra={1: '</div></div><div class="teaser"><div class="cmp-teaser"><p class="cmp-teaser__pretitle">Read also</p><h3 class="cmp-teaser__title"><a href="/x">Budget talks stall as deadline nears</a></h3></div></div><div class="text"><div class="cmp-text">'})}
</div></div>
<div class="sharing"><div class="cmp-sharing">Share this: <a href="#">Facebook</a> <a href="#">LinkedIn</a></div></div>
<div class="list"><h3>Related news</h3><ul class="cmp-list"><li class="cmp-list__item"><a href="/y">New chief executive named at state broadcaster</a></li><li class="cmp-list__item"><a href="/z">Fuel prices fall for third week</a></li></ul></div>
<div class="experiencefragment footer">{footer(site)}</div>
</div></div>"""
    page = doc(story.lang, head, body)
    return CmsPage("aem", "article", url, page, expect(story, url),
                   ["Read also", "Share this", "Related news"])


# ----------------------------------------------------------------------------------------
# Ghost (independent newsrooms and newsletters)

def ghost(story: Story, host: str, site: str, n: int) -> CmsPage:
    url = f"https://{host}/{story.slug}/"
    img = f"https://{host}/content/images/size/w1200/2024/12/photo-{n}.jpg"
    head = (og(story, url, site, img) + "\n"
            '<meta name="generator" content="Ghost 5.104">\n'
            f'<meta property="article:published_time" content="{utc(story.published)}">\n'
            + (f'<meta property="article:modified_time" content="{utc(story.modified)}">\n'
               if story.modified else "")
            + f'<meta name="twitter:label1" content="Written by">\n<meta name="twitter:data1" content="{esc(story.authors[0])}">\n'
            f'<meta name="twitter:label2" content="Filed under">\n<meta name="twitter:data2" content="{esc(story.section)}">\n'
            + ld({"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": site},
                  "author": {"@type": "Person", "name": story.authors[0], "url": f"https://{host}/author/x/"},
                  "headline": story.title, "url": url, "datePublished": utc(story.published),
                  **({"dateModified": utc(story.modified)} if story.modified else {}),
                  "image": img, "description": story.teaser,
                  "mainEntityOfPage": url}))
    body = f"""<div class="viewport"><header id="gh-head" class="gh-head outer"><a class="gh-head-logo" href="/">{site}</a><nav class="gh-head-menu"><ul class="nav"><li><a href="/">Home</a></li><li><a href="/about/">About</a></li></ul></nav><div class="gh-head-actions"><a class="gh-head-btn" href="#/portal/signup">Subscribe</a></div></header>
<main id="site-main" class="site-main">
<article class="article post tag-{story.section.lower()}">
<header class="article-header gh-canvas">
<section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/{story.section.lower()}/">{esc(story.section)}</a></span></section>
<h1 class="article-title">{esc(story.title)}</h1>
<p class="article-excerpt">{esc(story.teaser)}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/x/" class="author-avatar"><img class="author-profile-image" src="/a.jpg" alt="{esc(story.authors[0])}"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/x/">{esc(story.authors[0])}</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="{z(story.published, "%Y-%m-%d")}">{z(story.published, "%b %d, %Y")}</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></section></div>
<figure class="article-image"><img src="{img}" alt=""><figcaption><span style="white-space: pre-wrap;">{esc(story.caption)} {esc(story.credit)}</span></figcaption></figure>
</header>
<section class="gh-content gh-canvas">
{ps(story, extra={1: '<div class="kg-card kg-cta-card kg-cta-bg-grey"><div class="kg-cta-content"><p>Support independent local journalism. Become a member today.</p><a class="kg-cta-button" href="#/portal/signup">Join now</a></div></div>'})}
</section>
<aside class="gh-article-footer"><section class="footer-cta"><h2 class="footer-cta-title">Sign up for {site}</h2><a class="footer-cta-button" href="#/portal">Subscribe</a></section></aside>
</article>
</main>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a href="/x/"><h2 class="post-card-title">Water rates to rise by 6 percent</h2></a></article><article class="post-card"><a href="/y/"><h2 class="post-card-title">New mayor sworn in</h2></a></article></div></aside>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">{site}</a> &copy; 2024</section><div class="gh-powered-by"><a href="https://ghost.org/">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=abc"></script>"""
    page = doc(story.lang, head, body, f' class="post-template tag-{story.section.lower()}"')
    return CmsPage("ghost", "article", url, page, expect(
        story, url, authors=story.authors[:1], published=utc(story.published).replace("Z", "+00:00"),
        modified=utc(story.modified).replace("Z", "+00:00") if story.modified else None),
                   ["Become a member", "Subscribe", "min read", "Water rates"])


# ----------------------------------------------------------------------------------------
# Nuxt (Vue) newsrooms: SSR markup with data-v attributes and window.__NUXT__

def nuxt(story: Story, host: str, site: str, n: int) -> CmsPage:
    url = f"https://{host}/{story.section.lower()}/{story.slug}-{9100 + n}"
    img = f"https://{host}/_ipx/w_1200/images/photo-{n}.jpg"
    state = ("window.__NUXT__=(function(a,b,c,d){return {layout:\"default\",data:[{article:{id:"
             f"{9100 + n},title:{json.dumps(story.title, ensure_ascii=False)},lead:{json.dumps(story.teaser, ensure_ascii=False)},"
             f"publishedAt:\"{utc(story.published)}\",updatedAt:{json.dumps(utc(story.modified) if story.modified else None)},"
             f"authors:[{','.join('{name:' + json.dumps(a, ensure_ascii=False) + '}' for a in story.authors)}],"
             "blocks:[" + ",".join("{type:a,html:" + json.dumps("<p>" + p + "</p>", ensure_ascii=False) + "}"
                                    for p in story.paras)
             + "]}}],fetch:{},error:b,state:{menu:c},serverRendered:d,routePath:\"/\"}}"
             "(\"paragraph\",null,{},true));")
    head = (og(story, url, site, img) + "\n"
            f'<meta data-n-head="ssr" data-hid="article:published_time" property="article:published_time" content="{story.published}">\n'
            + (f'<meta data-n-head="ssr" data-hid="article:modified_time" property="article:modified_time" content="{story.modified}">\n'
               if story.modified else "")
            + '<link rel="preload" href="/_nuxt/app.3f2a1b.js" as="script">\n'
            + ld(article_ld(story, url, img, site)))
    authors = ", ".join(f'<a data-v-6a1b2c href="/autor/{i}">{esc(a)}</a>' for i, a in enumerate(story.authors))
    paras = "\n".join(f'<p data-v-4d5e6f class="article-paragraph">{esc(p)}</p>' for p in story.paras)
    body = f"""<div id="__nuxt"><div id="__layout"><div data-v-1a2b3c class="layout">
<header data-v-1a2b3c class="header">{nav(site, ["Politik", "Wirtschaft", "Sport", "Kultur"])}</header>
<main data-v-7f8e9d class="article-page">
<article data-v-7f8e9d class="article">
<div data-v-7f8e9d class="article-header"><span data-v-7f8e9d class="article-topline">{esc(story.kicker)}</span>
<h1 data-v-7f8e9d class="article-title">{esc(story.title)}</h1>
<p data-v-7f8e9d class="article-lead">{esc(story.teaser)}</p>
<div data-v-6a1b2c class="article-meta"><span data-v-6a1b2c class="article-authors">Von {authors}</span> <time data-v-6a1b2c datetime="{story.published}">{z(story.published, "%d.%m.%Y, %H:%M")} Uhr</time></div></div>
<figure data-v-3c4d5e class="article-image"><img data-v-3c4d5e src="{img}"><figcaption data-v-3c4d5e>{esc(story.caption)} <span data-v-3c4d5e class="copyright">{esc(story.credit)}</span></figcaption></figure>
<div data-v-4d5e6f class="article-body">
{paras}
<div data-v-9a8b7c class="podcast-embed"><p data-v-9a8b7c>Hören Sie dazu auch unseren Podcast „Der Tag“ – überall, wo es Podcasts gibt.</p></div>
</div>
<div data-v-2b3c4d class="article-share">Artikel teilen <button>Link kopieren</button></div>
</article>
<section data-v-5e6f7a class="teaser-rail"><h2 data-v-5e6f7a>Mehr zum Thema</h2><a data-v-5e6f7a href="/x">Wie die Region gegen den Fachkräftemangel kämpft</a></section>
</main>
{footer(site)}
</div></div></div>
<script>{state}</script>
<script src="/_nuxt/app.3f2a1b.js" defer></script>"""
    page = doc(story.lang, head, body)
    return CmsPage("nuxt", "article", url, page, expect(story, url),
                   ["Podcast", "Artikel teilen", "Mehr zum Thema", "Link kopieren"])


# ----------------------------------------------------------------------------------------
# Gatsby (React static newsrooms; react-helmet heads, css-in-js classes)

def gatsby(story: Story, host: str, site: str, n: int) -> CmsPage:
    url = f"https://{host}/news/{story.slug}/"
    img = f"https://{host}/static/abc{n}/photo.jpg"
    h = 'data-react-helmet="true"'
    head = (f'<title {h}>{esc(story.title)} - {site}</title>\n'
            f'<meta {h} property="og:title" content="{esc(story.title)}">\n'
            f'<meta {h} property="og:type" content="article">\n'
            f'<meta {h} property="og:image" content="{img}">\n'
            f'<meta {h} name="description" content="{esc(story.teaser)}">\n'
            f'<link {h} rel="canonical" href="{url}">\n'
            f'<meta name="generator" content="Gatsby 5.13.1">\n'
            f'<style data-emotion="css 1x2y3z">.css-1x2y3z{{margin:0 auto;max-width:720px;}}</style>\n'
            + ld(article_ld(story, url, img, site)).replace("<script ", f"<script {h} "))
    paras = "\n".join(f'<p class="css-8a9b0c">{esc(p)}</p>' for p in story.paras)
    by = " and ".join(esc(a) for a in story.authors)
    body = f"""<div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
<header class="css-1a2b3c"><a href="/" class="css-4d5e6f">{site}</a><nav class="css-7g8h9i"><a href="/news/">News</a><a href="/investigations/">Investigations</a><a href="/donate/">Donate</a></nav></header>
<main class="css-1x2y3z">
<article class="css-0a1b2c">
<p class="css-kick">{esc(story.kicker)}</p>
<h1 class="css-h1t">{esc(story.title)}</h1>
<p class="css-dek">{esc(story.teaser)}</p>
<p class="css-byl">By {by} · {z(story.published, "%B %d, %Y")}</p>
<div class="gatsby-image-wrapper"><img src="{img}" alt=""></div><p class="css-cap">{esc(story.caption)} ({esc(story.credit)})</p>
<div class="css-body">
{paras}
<div class="css-donate"><p>We're a nonprofit newsroom. If you value this reporting, please make a donation today.</p><a href="/donate/">Donate</a></div>
</div>
</article>
</main>
<footer class="css-ftr"><p>© 2024 {site}</p><a href="/privacy/">Privacy</a></footer>
</div><div id="gatsby-announcer" aria-live="assertive" aria-atomic="true" style="position:absolute"></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/news/{story.slug}/";/*]]>*/</script>
<script src="/app-3f2a1b.js" async></script>"""
    page = doc(story.lang, head, body)
    return CmsPage("gatsby", "article", url, page, expect(story, url),
                   ["donation", "Donate", "nonprofit"])


# ----------------------------------------------------------------------------------------
# Hugo and Jekyll static newsrooms

def hugo(story: Story, host: str, site: str, n: int) -> CmsPage:
    url = f"https://{host}/posts/2024/12/{story.slug}/"
    head = (f"<title>{esc(story.title)} · {site}</title>\n"
            '<meta name="generator" content="Hugo 0.121.1">\n'
            f'<meta property="og:title" content="{esc(story.title)}">\n'
            f'<meta property="og:type" content="article">\n<meta property="og:url" content="{url}">\n'
            f'<meta property="article:section" content="posts">\n'
            f'<meta property="article:published_time" content="{story.published}">\n'
            f'<meta property="article:modified_time" content="{story.modified or story.published}">\n'
            f'<meta name="description" content="{esc(story.teaser)}">\n'
            f'<meta name="author" content="{esc(", ".join(story.authors))}">\n'
            f'<link rel="canonical" href="{url}">\n'
            + ld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": story.title,
                  "name": story.title, "description": story.teaser, "keywords": ["local", "council"],
                  "articleBody": body_of(story), "wordCount": len(body_of(story).split()),
                  "inLanguage": story.lang, "datePublished": story.published,
                  "dateModified": story.modified or story.published,
                  "author": [{"@type": "Person", "name": a} for a in story.authors],
                  "mainEntityOfPage": {"@type": "WebPage", "@id": url},
                  "publisher": {"@type": "Organization", "name": site, "logo": {"@type": "ImageObject", "url": f"https://{host}/favicon.ico"}}}))
    body = f"""<header class="header"><nav class="nav"><div class="logo"><a href="/">{site}</a></div><ul id="menu"><li><a href="/posts/">Posts</a></li><li><a href="/tags/">Tags</a></li><li><a href="/about/">About</a></li></ul></nav></header>
<main class="main">
<article class="post-single">
<header class="post-header">
<div class="breadcrumbs"><a href="/">Home</a>&nbsp;»&nbsp;<a href="/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">{esc(story.title)}</h1>
<div class="post-description">{esc(story.teaser)}</div>
<div class="post-meta"><span title="{z(story.published, "%Y-%m-%d %H:%M:%S %z")}">{z(story.published, "%B %-d, %Y")}</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;{", ".join(esc(a) for a in story.authors)}</div>
</header>
<div class="post-content">{ps(story)}
</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/local/">Local</a></li><li><a href="/tags/council/">Council</a></li></ul>
<nav class="paginav"><a class="prev" href="/posts/2024/12/older/"><span class="title">« Prev</span><br><span>Water board names new chair</span></a></nav>
<div class="share-buttons"><a href="#">share on x</a></div></footer>
</article>
</main>
<footer class="footer"><span>&copy; 2024 <a href="/">{site}</a></span> · <span>Powered by <a href="https://gohugo.io/">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/">PaperMod</a></span></footer>
<script>document.getElementById("theme-toggle")</script>"""
    page = doc(story.lang, head, body, ' id="top"')
    return CmsPage("hugo", "article", url, page, expect(story, url, modified=story.modified or story.published),
                   ["Prev", "share on", "Water board", "3 min"])


def jekyll(story: Story, host: str, site: str, n: int) -> CmsPage:
    url = f"https://{host}/{z(story.published, '%Y/%m/%d')}/{story.slug}.html"
    head = (f"<!-- Begin Jekyll SEO tag v2.8.0 -->\n<title>{esc(story.title)} | {site}</title>\n"
            f'<meta name="generator" content="Jekyll v4.3.2">\n'
            f'<meta property="og:title" content="{esc(story.title)}">\n'
            f'<meta name="author" content="{esc(story.authors[0])}">\n'
            f'<meta property="og:locale" content="en_US">\n'
            f'<meta name="description" content="{esc(story.teaser)}">\n'
            f'<link rel="canonical" href="{url}">\n<meta property="og:url" content="{url}">\n'
            f'<meta property="og:type" content="article">\n'
            f'<meta property="article:published_time" content="{story.published}">\n'
            + ld({"@context": "https://schema.org", "@type": "BlogPosting", "author": {"@type": "Person", "name": story.authors[0]},
                  "dateModified": story.published, "datePublished": story.published,
                  "description": story.teaser, "headline": story.title,
                  "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "url": url})
            + "\n<!-- End Jekyll SEO tag -->")
    body = f"""<header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">{site}</a><nav class="site-nav"><div class="trigger"><a class="page-link" href="/about/">About</a><a class="page-link" href="/archive/">Archive</a></div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">{esc(story.title)}</h1>
<p class="post-meta"><time class="dt-published" datetime="{story.published}" itemprop="datePublished">{z(story.published, "%b %-d, %Y")}</time> • <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">{esc(story.authors[0])}</span></span></p></header>
<div class="post-content e-content" itemprop="articleBody">
{ps(story)}
</div>
<a class="u-url" href="{url}" hidden></a>
</article>
</div></main>
<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><h2 class="footer-heading">{site}</h2><div class="footer-col-wrapper"><div class="footer-col"><ul class="contact-list"><li class="p-name">{site}</li><li><a class="u-email" href="mailto:news@{host}">news@{host}</a></li></ul></div><div class="footer-col"><p>Independent news for the valley since 2015.</p></div></div></div></footer>"""
    page = doc(story.lang, head, body)
    return CmsPage("jekyll", "article", url, page, expect(story, url, authors=story.authors[:1], modified=story.published),
                   ["news@", "Independent news for the valley"])


# ----------------------------------------------------------------------------------------
# Blogger / Blogspot regional portals

def blogger(story: Story, host: str, site: str, n: int) -> CmsPage:
    url = f"https://{host}/2024/12/{story.slug[:40]}.html"
    head = (f"<meta content='blogger' name='generator'/>\n<link href='https://{host}/favicon.ico' rel='icon' type='image/x-icon'/>\n"
            f"<link href='{url}' rel='canonical'/>\n<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{site} - Atom\" href=\"https://{host}/feeds/posts/default\" />\n"
            f"<link rel=\"service.post\" type=\"application/atom+xml\" title=\"{site} - Atom\" href=\"https://www.blogger.com/feeds/123456789/posts/default\" />\n"
            f"<meta content='{url}' property='og:url'/>\n<meta content='{esc(story.title)}' property='og:title'/>\n"
            f"<meta content='{esc(story.teaser)}' property='og:description'/>\n"
            f"<title>{site}: {esc(story.title)}</title>\n"
            f"<link type='text/css' rel='stylesheet' href='https://www.blogger.com/static/v1/widgets/123-css_bundle_v2.css' />")
    d = datetime.fromisoformat(story.published)
    body = f"""<div class='navbar section' id='navbar'><div class='widget Navbar' id='Navbar1'><script type="text/javascript">function setAttributeOnload(object, attribute, val) {{}}</script><div id="navbar-iframe-container"></div></div></div>
<div class='outer-wrapper'><div class='header-outer'><div class='header section' id='header'><div class='widget Header' id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='https://{host}/'>{site}</a></h1></div><div class='descriptionwrapper'><p class='description'><span>Latest news from the district, in English and Telugu</span></p></div></div></div></div></div>
<div class='main-outer'><div class='main section' id='main'><div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>
<div class="date-outer"><h2 class='date-header'><span>{z(story.published, "%A, %B %d, %Y")}</span></h2>
<div class="date-posts"><div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.com/img/b/R29vZ2xl/photo{n}/s1600/photo.jpg' itemprop='image_url'/>
<a name='{7000000000 + n}'></a>
<h3 class='post-title entry-title' itemprop='name'>{esc(story.title)}</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-{7000000000 + n}' itemprop='description articleBody'>
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/photo{n}/s1600/photo.jpg" style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="675" data-original-width="1200" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/photo{n}/s640/photo.jpg" width="640" /></a></div>
{"".join(f"<div style='text-align: justify;'>{esc(p)}</div><div style='text-align: justify;'><br /></div>" for p in story.paras)}
<div style='clear: both;'></div>
</div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>Posted by <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><meta content='https://www.blogger.com/profile/0123456789' itemprop='url'/><a class='g-profile' href='https://www.blogger.com/profile/0123456789' rel='author' title='author profile'><span itemprop='name'>{esc(story.authors[0])}</span></a></span></span>
<span class='post-timestamp'>at <meta content='{url}' itemprop='url'/><a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{d.isoformat(timespec="milliseconds")}'>{z(story.published, "%I:%M %p")}</abbr></a></span>
<span class='post-comment-link'></span></div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: <a href='https://{host}/search/label/District%20News' rel='tag'>District News</a></span></div>
<div class='post-share-buttons goog-inline-block'><a class='goog-inline-block share-button sb-email' href='#' title='Email This'><span class='share-button-link-text'>Email This</span></a><a class='goog-inline-block share-button sb-blog' href='#' title='BlogThis!'><span class='share-button-link-text'>BlogThis!</span></a></div>
</div></div>
<div class='comments' id='comments'><a name='comments'></a><h4>No comments:</h4><div id='Blog1_comments-block-wrapper'></div><p class='comment-footer'><a href='https://www.blogger.com/comment/fullpage/post/123/456' onclick=''>Post a Comment</a></p></div>
</div></div></div></div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='https://{host}/2024/12/newer.html' title='Newer Post'>Newer Post</a></span><span id='blog-pager-older-link'><a class='blog-pager-older-link' href='https://{host}/2024/12/older.html' title='Older Post'>Older Post</a></span><a class='home-link' href='https://{host}/'>Home</a></div>
<div class='post-feeds'><div class='feed-links'>Subscribe to: <a class='feed-link' href='https://{host}/feeds/123/comments/default' target='_blank' type='application/atom+xml'>Post Comments (Atom)</a></div></div>
</div></div></div>
<div class='sidebar section' id='sidebar-right-1'><div class='widget PopularPosts' id='PopularPosts1'><h2>Popular Posts</h2><div class='widget-content popular-posts'><ul><li><div class='item-title'><a href='https://{host}/2024/11/x.html'>Collector reviews arrangements for Sankranti festival</a></div></li></ul></div></div>
<div class='widget BlogArchive' id='BlogArchive1'><h2>Blog Archive</h2><ul class='hierarchy'><li class='archivedate expanded'><a class='post-count-link' href='https://{host}/2024/'>2024</a><span class='post-count' dir='ltr'>(412)</span></li></ul></div></div>
</div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/1234-widgets.js"></script>"""
    page = ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<!DOCTYPE html>\n<html class='v2' dir='ltr' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>\n<head>\n<meta content='width=1100' name='viewport'/>\n<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>\n"
            + head + "\n</head>\n<body class='loading variant-simplysimple'>\n" + body + "\n</body>\n</html>\n")
    exp = expect(story, url, authors=story.authors[:1], modified=None)
    return CmsPage("blogger", "article", url, page, exp,
                   ["Posted by", "Email This", "Newer Post", "Popular Posts", "No comments"])


# ----------------------------------------------------------------------------------------
# Joomla with K2 (regional portals in southern and eastern Europe, Latin America, Africa)

K2_EN = ("Last modified on", "Written by", "Published in", "Tagged under", "Read 1,204 times",
         "Related items", "More in this category:")
K2_IT = ("Ultima modifica il", "Scritto da", "Pubblicato in", "Etichettato sotto",
         "Letto 1204 volte", "Articoli correlati", "Altro in questa categoria:")
IT_DAYS = ["Lunedì", "Martedì", "Mercoledì", "Giovedì", "Venerdì", "Sabato", "Domenica"]
IT_MONTHS = ["Gennaio", "Febbraio", "Marzo", "Aprile", "Maggio", "Giugno", "Luglio", "Agosto",
             "Settembre", "Ottobre", "Novembre", "Dicembre"]


def k2(story: Story, host: str, site: str, n: int) -> CmsPage:
    url = f"https://{host}/index.php/{story.section.lower()}/item/{2300 + n}-{story.slug}"
    img = f"https://{host}/media/k2/items/cache/abc{n}_XL.jpg"
    head = (f'<base href="{url}">\n<meta name="generator" content="Joomla! - Open Source Content Management">\n'
            f"<title>{esc(story.title)}</title>\n<meta name=\"author\" content=\"{esc(story.authors[0])}\">\n"
            f'<meta property="og:url" content="{url}">\n<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{esc(story.title)}">\n<meta property="og:description" content="{esc(story.teaser)}">\n'
            f'<meta property="og:image" content="{img}">\n<meta name="image" content="{img}">\n'
            f'<meta name="description" content="{esc(story.teaser)}">\n'
            f'<link href="/components/com_k2/css/k2.css?v=2.11" rel="stylesheet">\n'
            f'<script src="/media/k2app/assets/js/k2.frontend.js?v=2.11"></script>')
    it = story.lang == "it"
    L = K2_IT if it else K2_EN

    def day(iso: str) -> str:
        if not it:
            return z(iso, "%A, %d %B %Y %H:%M")
        d = datetime.fromisoformat(iso)
        return f"{IT_DAYS[d.weekday()]}, {d.day:02d} {IT_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"
    mod = (f'<div class="itemDateModified">{L[0]} {day(story.modified)}</div>'
           if story.modified else "")
    body = f"""<div class="t3-wrapper"><header id="t3-header">{nav(site, ["News", "Politics", "Business", "Sport"])}</header>
<div id="t3-mainbody" class="container t3-mainbody"><div id="t3-content" class="t3-content col-md-8">
<div id="system-message-container"></div>
<span id="startOfPageId{2300 + n}"></span>
<div id="k2Container" class="itemView">
<div class="itemHeader">
<span class="itemDateCreated">{day(story.published)}</span>
<h2 class="itemTitle">{esc(story.title)}</h2>
<span class="itemAuthor">{L[1]}&nbsp;<a rel="author" href="/index.php/itemlist/user/42-x">{esc(story.authors[0])}</a></span>
</div>
<div class="itemToolbar"><ul><li><a class="itemPrintLink" rel="nofollow" href="#">Print</a></li><li><a class="itemEmailLink" rel="nofollow" href="#">Email</a></li><li><span class="itemTextResizerTitle">font size</span></li></ul><div class="clr"></div></div>
<div class="itemBody">
<div class="itemImageBlock"><span class="itemImage"><a href="{img}"><img src="{img}" alt="{esc(story.title)}"></a></span><span class="itemImageCaption">{esc(story.caption)}</span><span class="itemImageCredits">{esc(story.credit)}</span><div class="clr"></div></div>
<div class="itemIntroText"><p>{esc(story.paras[0])}</p></div>
<div class="itemFullText">{"".join(f"<p>{esc(p)}</p>" for p in story.paras[1:])}</div>
<div class="clr"></div>
{mod}
<div class="itemLinks"><div class="itemCategory"><span>{L[2]}</span> <a href="/index.php/{story.section.lower()}">{esc(story.section)}</a></div><div class="itemTagsBlock"><span>{L[3]}</span><ul class="itemTags"><li><a href="/index.php/tag/farmers">farmers</a></li></ul></div></div>
<div class="itemHitsBlock">{L[4]}</div>
</div>
<div class="itemAuthorBlock"><div class="itemAuthorDetails"><h3 class="itemAuthorName"><a rel="author" href="#">{esc(story.authors[0])}</a></h3><p>Reporter covering agriculture and rural affairs.</p></div></div>
<div class="itemRelated"><h3>{L[5]}</h3><ul><li class="even"><a class="itemRelTitle" href="/index.php/x">Farmers protest delay in paddy procurement</a></li></ul></div>
<div class="itemNavigation"><span class="itemNavigationTitle">{L[6]}</span><a class="itemPrevious" href="#">&laquo; Water release from reservoir begins</a></div>
</div>
</div></div></div>
{footer(site)}"""
    page = doc(story.lang, head, body)
    return CmsPage("k2", "article", url, page, expect(story, url, authors=story.authors[:1]),
                   [*K2_EN[2:4], *K2_IT[2:], "Read 1,204", "Related items", "More in this category",
                    "font size", "Reporter covering"])


# ----------------------------------------------------------------------------------------
# Non-article pages: a tag or author page, a search page, a gallery, a live ticker

def listing(family: str, host: str, site: str, kind: str, lang: str, head_extra: str,
            title: str, path: str) -> CmsPage:
    url = f"https://{host}{path}"
    cards = "".join(
        f'<div class="teaser-item"><a href="/news/{s.slug}"><img src="/t{i}.jpg"></a><span class="date">'
        f'{z(s.published, "%d.%m.%Y")}</span><h3><a href="/news/{s.slug}">{esc(s.title)}</a></h3>'
        f'<p>{esc(s.teaser)}</p></div>' for i, s in enumerate(STORIES))
    head = (f"<title>{esc(title)} | {site}</title>\n<link rel=\"canonical\" href=\"{url}\">\n"
            f'<meta property="og:title" content="{esc(title)}">\n<meta property="og:type" content="website">\n'
            + head_extra)
    body = (f'{nav(site, ["News", "Sport"])}<main><h1>{esc(title)}</h1><div class="teaser-list">'
            f'{cards}</div><div class="pagination"><a href="?page=2">2</a><a href="?page=3">3</a>'
            f'<a href="?page=2">Next</a></div></main>{footer(site)}')
    return CmsPage(family, kind, url, doc(lang, head, body), None)


def pages() -> list[CmsPage]:
    out = [
        escenic(SV, "www.tidning.se", "Tidningen", 1),
        escenic(EN_UK, "www.independent-herald.ie", "Independent Herald", 2),
        escenic(DE2, "www.nordkurier-online.de", "Nordkurier Online", 3),
        escenic_front("www.tidning.se", "Tidningen"),
        polopoly(SV, "www.sydposten.se", "Sydposten", 1),
        polopoly(IT, "www.corriereticino.ch", "Corriere Ticino", 2),
        polopoly(EN_UK, "www.thecourier.co.uk", "The Courier", 3),
        naviga(EN_US, "www.dailyrecord-news.com", "Daily Record", 1),
        naviga(EN_UK, "www.northerngazette.com", "Northern Gazette", 2),
        brightspot(EN_US, "www.wkrn-tv.com", "WKRN News 2", 1),
        brightspot(EN_UK, "www.heraldnet.co.uk", "Herald Net", 2),
        methode(IT, "www.corriere-citta.it", "Corriere della Città", 1),
        methode(FR, "www.lavoixdunord-ville.fr", "La Voix de la Ville", 2),
        bitrix(RU, "www.gorod-news.ru", "Городские новости", 1, meta=True),
        bitrix(RU, "www.nashgorod.ru", "Наш город", 2, meta=False),
        typo3(DE1, "www.stadtanzeiger.de", "Stadtanzeiger", 1, paywall=False),
        typo3(DE2, "www.donaukurier-online.de", "Donau Online", 2, paywall=True),
        aem(EN_UK, "www.broadcaster.eu", "Euro Broadcaster", 1),
        aem(DE1, "www.rundfunk-nord.de", "Rundfunk Nord", 2),
        ghost(EN_US, "www.thevalleyledger.org", "The Valley Ledger", 1),
        ghost(EN_UK, "www.cityvoice.news", "City Voice", 2),
        nuxt(DE1, "www.tageszeitung-online.de", "Tageszeitung Online", 1),
        nuxt(DE2, "www.mittelbayern-news.de", "Mittelbayern News", 2),
        gatsby(EN_US, "www.watchdognews.org", "Watchdog News", 1),
        hugo(EN_UK, "www.thelocalreport.net", "The Local Report", 1),
        jekyll(EN_US, "news.valleyvoice.org", "Valley Voice", 1),
        blogger(EN_IN, "districtnewsap.blogspot.com", "District News AP", 1),
        blogger(EN_UK, "townnewsdaily.blogspot.com", "Town News Daily", 2),
        k2(EN_IN, "www.ruralpost.co.in", "Rural Post", 1),
        k2(IT, "www.gazzettalocale.it", "Gazzetta Locale", 2),
        listing("typo3", "www.stadtanzeiger.de", "Stadtanzeiger", "tag", "de",
                '<meta name="generator" content="TYPO3 CMS">', "Thema: Verkehr", "/thema/verkehr"),
        listing("brightspot", "www.wkrn-tv.com", "WKRN News 2", "author", "en",
                '<meta name="brightspot.contentId" content="00000">', "Michael Chen", "/people/michael-chen"),
        listing("bitrix", "www.gorod-news.ru", "Городские новости", "section", "ru",
                '<script src="/bitrix/js/main/core/core.js"></script>', "Новости", "/news/"),
        listing("k2", "www.ruralpost.co.in", "Rural Post", "category", "en",
                '<meta name="generator" content="Joomla! - Open Source Content Management">', "Agriculture",
                "/index.php/agriculture"),
        listing("ghost", "www.thevalleyledger.org", "The Valley Ledger", "tag", "en",
                '<meta name="generator" content="Ghost 5.104">', "Politics", "/tag/politics/"),
        listing("methode", "www.corriere-citta.it", "Corriere della Città", "search", "it",
                '<meta name="eomportal-id" content="1">', "Risultati della ricerca: piazza",
                "/ricerca/?q=piazza"),
        listing("blogger", "districtnewsap.blogspot.com", "District News AP", "label", "en",
                "<meta content='blogger' name='generator'/>", "District News", "/search/label/District%20News"),
    ]
    return (out + sparse_pages() + listing_pages() + seo_pages() + crosshead_pages()
            + short_pages() + [ticker("www.br-region.de", "Region Aktuell")] + more_pages()
            + [escenic_gallery("www.tidning.se", "Tidningen", 1, "Bildextra: Luciatåget genom stan", "Se bilderna från fredagens luciatåg.", LUCIA, "Foto: Anna Svensson", "2024-12-13T18:30:00+01:00")])


# ----------------------------------------------------------------------------------------
# The same templates with sparse heads: no JSON-LD, no `article:*` times, one CMS-specific
# date meta left (cXense, Sailthru, Parse.ly, Dublin Core), as many such sites print them.

def sparse(page: CmsPage, keep: str, *, published: str | None = "",
           modified: str | None = "") -> CmsPage:
    import re
    text = re.sub(r'<script type="application/ld\+json">.*?</script>', "", page.html, flags=re.S)
    text = re.sub(r'<meta [^>]*property="article:(?:published|modified)_time"[^>]*>\n?', "", text)
    for name in ("cXenseParse:recs:publishtime", "sailthru.date", "parsely-page",
                 "parsely-pub-date", "DC.date.issued", "dcterms.created", "dcterms.modified",
                 "pubdate", "lastmod", "date", "DC.date", "last-modified"):
        if name != keep:
            pattern = r'<meta name="' + re.escape(name) + r'" content=(?:"[^"]*"|\'[^\']*\')>\n?'
            text = re.sub(pattern, "", text)
    exp = dict(page.expected or {})
    if published != "":
        exp["published_at"] = published
    if modified != "":
        exp["modified_at"] = modified
    return CmsPage(page.family, f"{page.kind}:{keep}", page.url + "?v=sparse", text, exp,
                   page.boilerplate)


def sparse_pages() -> list[CmsPage]:
    return [
        sparse(escenic(SV, "www.vastbladet.se", "Västbladet", 11), "cXenseParse:recs:publishtime"),
        sparse(escenic(DE2, "www.nordbote.de", "Nordbote", 12), "cXenseParse:recs:publishtime"),
        sparse(polopoly(SV, "www.ostkusten.se", "Ostkusten", 11), "sailthru.date"),
        sparse(polopoly(SV, "www.nordposten.se", "Nordposten", 12), "pubdate"),
        sparse(brightspot(EN_US, "www.wxyz-news.com", "WXYZ News", 11), "parsely-page"),
        sparse(naviga(EN_US, "www.thecountytimes.com", "The County Times", 11), "DC.date.issued"),
        sparse(methode(IT, "www.ilgiornaledelnord.it", "Il Giornale del Nord", 11), "eomportal-lastUpdate"),
        sparse(typo3(DE1, "www.kreiszeitung-online.de", "Kreiszeitung", 11, paywall=False), "date"),
        sparse(aem(FR, "www.radio-ville.fr", "Radio Ville", 11), "dcterms.created", modified=None),
        sparse(nuxt(DE1, "www.stadtblatt-online.de", "Stadtblatt", 11), "none", modified=None),
    ]


# ----------------------------------------------------------------------------------------
# Non-article pages in each family's own listing markup

def k2_category(host: str, site: str) -> CmsPage:
    url = f"https://{host}/index.php/states"
    items = "".join(f"""<div class="itemContainer itemContainerLast" style="width:100.0%;">
<div class="catItemView groupLeading"><div class="catItemHeader"><span class="catItemDateCreated">{z(s.published, "%A, %d %B %Y %H:%M")}</span>
<h3 class="catItemTitle"><a href="/index.php/states/item/{2400 + i}-{s.slug}">{esc(s.title)}</a></h3>
<span class="catItemAuthor">Written by <a rel="author" href="#">{esc(s.authors[0])}</a></span></div>
<div class="catItemBody"><div class="catItemImageBlock"><span class="catItemImage"><a href="#"><img src="/media/k2/items/cache/x{i}_M.jpg" alt=""></a></span></div>
<div class="catItemIntroText"><p>{esc(s.paras[0])}</p></div><div class="clr"></div></div>
<div class="catItemReadMore"><a class="k2ReadMore" href="/index.php/states/item/{2400 + i}-{s.slug}">Read more...</a></div></div></div>"""
                    for i, s in enumerate([EN_IN, EN_UK, EN_US, FR, IT, SV, DE1, DE2]))
    head = (f'<base href="{url}"><meta name="generator" content="Joomla! - Open Source Content Management">'
            f"<title>States</title><meta property=\"og:title\" content=\"States\">"
            f'<link href="/components/com_k2/css/k2.css?v=2.11" rel="stylesheet">')
    body = (f'<div class="t3-wrapper"><header id="t3-header">{nav(site, ["News", "States"])}</header>'
            f'<div id="t3-mainbody"><div id="k2Container" class="itemListView"><div class="itemList">'
            f'<div id="itemListLeading">{items}</div></div><div class="k2Pagination"><ul class="pagination">'
            f'<li><a href="?start=10">2</a></li><li><a href="?start=10">Next</a></li></ul>'
            f'<p>Page 1 of 41</p></div></div></div></div>{footer(site)}')
    return CmsPage("k2", "category", url, doc("en", head, body), None)


def blogger_label(host: str, site: str) -> CmsPage:
    """Blogger's label and home pages print whole posts, one under another."""
    url = f"https://{host}/search/label/District%20News"
    posts = []
    for i, s in enumerate([EN_IN, EN_UK]):
        u = f"https://{host}/2024/12/{s.slug[:40]}.html"
        posts.append(f"""<div class="date-outer"><h2 class='date-header'><span>{z(s.published, "%A, %B %d, %Y")}</span></h2><div class="date-posts"><div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<h3 class='post-title entry-title' itemprop='name'><a href='{u}'>{esc(s.title)}</a></h3>
<div class='post-body entry-content' id='post-body-{i}' itemprop='description articleBody'>{"".join(f"<div style='text-align: justify;'>{esc(p)}</div><div><br /></div>" for p in s.paras)}<div style='clear: both;'></div></div>
<div class='post-footer'><span class='post-author vcard'>Posted by <span class='fn'>{esc(s.authors[0])}</span></span> <span class='post-timestamp'>at <a class='timestamp-link' href='{u}'><abbr class='published' title='{s.published}'>{z(s.published, "%I:%M %p")}</abbr></a></span></div>
</div></div></div></div>""")
    head = (f"<meta content='blogger' name='generator'/><link href='{url}' rel='canonical'/>"
            f"<meta content='{url}' property='og:url'/><meta content='{site}' property='og:title'/>"
            f"<title>{site}: District News</title>")
    body = (f"<div class='outer-wrapper'><div class='header-outer'><h1 class='title'><a href='/'>{site}</a></h1></div>"
            f"<div class='main-outer'><div class='main section' id='main'><div class='widget Blog' id='Blog1'>"
            f"<div class='status-msg-wrap'><div class='status-msg-body'>Showing posts with label <b>District News</b>. <a href='/'>Show all posts</a></div></div>"
            f"<div class='blog-posts hfeed'>{''.join(posts)}</div><div class='blog-pager' id='blog-pager'><a class='blog-pager-older-link' href='#'>Older Posts</a><a class='home-link' href='/'>Home</a></div>"
            f"</div></div></div></div>")
    page = ("<!DOCTYPE html>\n<html class='v2' dir='ltr' xmlns='http://www.w3.org/1999/xhtml'>\n<head>\n"
            "<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>\n" + head
            + "\n</head>\n<body class='loading'>\n" + body + "\n</body>\n</html>\n")
    return CmsPage("blogger", "label-full-posts", url, page, None)


def typo3_list(host: str, site: str) -> CmsPage:
    url = f"https://{host}/nachrichten/lokales"
    items = "".join(f"""<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="news-img-wrap"><a href="/nachrichten/lokales/artikel/{s.slug}"><img src="/fileadmin/_processed_/t{i}.jpg" alt=""></a></div>
<div class="header"><h3><a title="{esc(s.title)}" href="/nachrichten/lokales/artikel/{s.slug}"><span itemprop="headline">{esc(s.title)}</span></a></h3></div>
<div class="teaser-text"><div itemprop="description"><p>{esc(s.teaser)}</p></div><a class="more" href="/nachrichten/lokales/artikel/{s.slug}">Weiterlesen</a></div>
<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{z(s.published, "%Y-%m-%d")}">{z(s.published, "%d.%m.%Y")}</time></span></p></div></div>"""
                    for i, s in enumerate([DE1, DE2]))
    head = (f'<title>Lokales | {site}</title><meta name="generator" content="TYPO3 CMS">'
            f'<meta property="og:title" content="Lokales"><link rel="canonical" href="{url}">')
    body = (f'<div id="page">{nav(site, ["Nachrichten", "Lokales"])}<main id="content"><h1>Lokales</h1>'
            f'<div class="news"><div class="news-list-view" id="news-container-123">{items}</div></div>'
            f'</main>{footer(site)}</div>')
    return CmsPage("typo3", "list-two", url, doc("de", head, body), None)


def ghost_author(host: str, site: str) -> CmsPage:
    url = f"https://{host}/author/daniel/"
    cards = "".join(f"""<article class="post-card post tag-news"><a class="post-card-image-link" href="/{s.slug}/"><img class="post-card-image" src="/content/images/{i}.jpg" alt=""></a>
<div class="post-card-content"><a class="post-card-content-link" href="/{s.slug}/"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">News</span></div><h2 class="post-card-title">{esc(s.title)}</h2></header>
<div class="post-card-excerpt">{esc(s.teaser)}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="{z(s.published, "%Y-%m-%d")}">{z(s.published, "%b %d, %Y")}</time><span class="post-card-meta-length">3 min read</span></footer></div></article>"""
                    for i, s in enumerate([EN_UK, EN_US, EN_IN]))
    head = (f'<title>Daniel Hughes - {site}</title><link rel="canonical" href="{url}">'
            f'<meta property="og:type" content="profile"><meta property="og:title" content="Daniel Hughes - {site}">'
            f'<meta name="generator" content="Ghost 5.104">'
            + ld({"@context": "https://schema.org", "@type": "Person", "sameAs": [], "name": "Daniel Hughes",
                  "url": url, "description": "Daniel Hughes covers the city council and local democracy."}))
    body = (f'<div class="viewport"><header id="gh-head" class="gh-head outer"><a class="gh-head-logo" href="/">{site}</a></header>'
            f'<main id="site-main" class="site-main outer"><div class="inner posts"><div class="post-feed">'
            f'<section class="post-card post-card-large author-profile"><div class="author-profile-content">'
            f'<img class="author-profile-pic" src="/a.jpg" alt="Daniel Hughes"><h1>Daniel Hughes</h1>'
            f'<p>Daniel Hughes covers the city council and local democracy. Before joining {site} in 2021 he '
            f'reported for regional papers in the north-west for ten years, and he has won two awards for '
            f'his reporting on housing. Got a tip? Email him at daniel@{host}.</p>'
            f'<div class="author-profile-meta"><div class="author-profile-location">Manchester</div></div></div></section>'
            f'{cards}</div></div></main></div>')
    return CmsPage("ghost", "author", url, doc("en", head, body, ' class="author-template author-daniel"'), None)


def bitrix_list(host: str, site: str) -> CmsPage:
    url = f"https://{host}/news/"
    items = "".join(f"""<p class="news-item" id="bx_3218110189_{4400 + i}">
<a href="/news/{4400 + i}/"><img class="preview_picture" border="0" src="/upload/iblock/p{i}.jpg" width="120" height="80" alt="" style="float:left"></a>
<span class="news-date-time">{z(s.published, "%d.%m.%Y")}</span>
<a href="/news/{4400 + i}/"><b>{esc(s.title)}</b></a><br>
{esc(s.teaser)}
<div style="clear:both"></div></p>""" for i, s in enumerate([RU] * 20))
    head = (f"<title>Новости - {site}</title>\n"
            f'<link href="/bitrix/cache/css/s1/news/template_styles.css?17000" rel="stylesheet">'
            f'<script src="/bitrix/js/main/core/core.js?1700"></script>')
    body = (f'<div class="header"><a href="/" class="logo">{site}</a></div><div class="content"><h1>Новости</h1>'
            f'<div class="news-list">{items}<br><font class="text">Новости <b>1</b> - <b>20</b> из <b>412</b><br>'
            f'<a href="/news/?PAGEN_1=2">След.</a></font></div></div>')
    return CmsPage("bitrix", "news-list", url, doc("ru", head, body), None)


def hugo_list(host: str, site: str) -> CmsPage:
    url = f"https://{host}/posts/"
    items = "".join(f"""<article class="post-entry"><header class="entry-header"><h2 class="entry-hint-parent">{esc(s.title)}</h2></header>
<div class="entry-content"><p>{esc(s.paras[0])} …</p></div>
<footer class="entry-footer"><span title="{z(s.published, "%Y-%m-%d %H:%M:%S %z")}">{z(s.published, "%B %-d, %Y")}</span>&nbsp;·&nbsp;3 min</footer>
<a class="entry-link" aria-label="post link to {esc(s.title)}" href="/posts/2024/12/{s.slug}/"></a></article>"""
                    for s in [EN_UK, EN_US, EN_IN, FR, IT, SV, DE1, DE2, RU, EN_UK])
    head = (f'<title>Posts | {site}</title><meta name="generator" content="Hugo 0.121.1">'
            f'<meta property="og:title" content="Posts"><meta property="og:type" content="website">'
            f'<link rel="canonical" href="{url}">')
    body = (f'<header class="header"><nav class="nav"><div class="logo"><a href="/">{site}</a></div></nav></header>'
            f'<main class="main"><header class="page-header"><h1>Posts</h1></header>{items}'
            f'<footer class="page-footer"><nav class="pagination"><a class="next" href="/posts/page/2/">Next&nbsp;&nbsp;»</a></nav></footer></main>')
    return CmsPage("hugo", "list", url, doc("en", head, body, ' class="list"'), None)


def listing_pages() -> list[CmsPage]:
    return [k2_category("www.ruralpost.co.in", "Rural Post"),
            blogger_label("districtnewsap.blogspot.com", "District News AP"),
            typo3_list("www.stadtanzeiger.de", "Stadtanzeiger"),
            ghost_author("www.cityvoice.news", "City Voice"),
            bitrix_list("www.gorod-news.ru", "Городские новости"),
            hugo_list("www.thelocalreport.net", "The Local Report")]


# ----------------------------------------------------------------------------------------
# Heads whose `og:title`/`<title>` carry a search headline other than the printed one (the
# printed `<h1>` is the record's title), or the kicker joined to it.

def seo_title(page: CmsPage, seo: str) -> CmsPage:
    import re
    title = str((page.expected or {})["title"])
    text = page.html
    for attr in ('property="og:title" content="', 'name="twitter:title" content="'):
        text = text.replace(attr + esc(title) + '"', attr + esc(seo) + '"')
    text = re.sub(r"<title>[^<]*</title>", f"<title>{esc(seo)}</title>", text, count=1)
    return CmsPage(page.family, page.kind + ":seo-title", page.url + "?v=seo", text,
                   page.expected, page.boilerplate)


def seo_pages() -> list[CmsPage]:
    return [
        seo_title(brightspot(EN_US, "www.wsmv-news.com", "WSMV News", 21),
                  "Broadband grants bill heads to governor after Senate vote | WSMV News"),
        seo_title(escenic(SV, "www.smalandsbladet.se", "Smålandsbladet", 21),
                  "Trafik: Hundra nya laddplatser i centrum – Smålandsbladet"),
        seo_title(methode(IT, "www.corriere-valle.it", "Corriere della Valle", 21),
                  "Piazza del mercato, via libera al progetto da 6,2 milioni - Corriere della Valle"),
        seo_title(typo3(DE2, "www.wochenblatt-online.de", "Wochenblatt", 21, paywall=False),
                  "Donau-Hochwasser: Pegel steigen weiter | Wochenblatt"),
        seo_title(polopoly(EN_UK, "www.eveningpost.co.uk", "Evening Post", 21),
                  "Victoria Street library to reopen in £2.1m plan"),
    ]


# ----------------------------------------------------------------------------------------
# Bodies with a crosshead and a picture (caption and credit) set between paragraphs, in each
# family's own figure markup.

CROSSHEADS = {"de": "Kritik vom Handel", "en": "What happens next", "sv": "Kritik från oppositionen",
              "it": "Le proteste", "fr": "Les syndicats", "ru": "Что дальше"}
FIGURES = {
    "escenic": '<figure class="inline-image"><img src="/incoming/x.jpg" alt=""><figcaption><span class="caption">{cap}</span> <span class="credit">{credit}</span></figcaption></figure>',
    "polopoly": '<div class="p_image p_inline"><img src="/polopoly_fs/7.1!/image/x.jpg"><p class="p_caption">{cap} {credit}</p></div>',
    "brightspot": '<div class="Enhancement"><div class="Enhancement-item"><figure class="Figure"><img class="Image" src="/x.jpg"><div class="Figure-content"><div class="Figure-caption">{cap}</div><div class="Figure-credit">{credit}</div></div></figure></div></div>',
    "methode": '<div class="media-news"><img src="/methode_image/x.jpg"><p class="caption-text">{cap} <span class="caption-credit">{credit}</span></p></div>',
    "typo3": '<div class="ce-image"><figure class="image"><img class="image-embed-item" src="/fileadmin/x.jpg"><figcaption class="image-caption">{cap} {credit}</figcaption></figure></div>',
    "ghost": '<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/x.jpg" class="kg-image" alt="" loading="lazy"><figcaption><span style="white-space: pre-wrap;">{cap} {credit}</span></figcaption></figure>',
    "nuxt": '<figure data-v-3c4d5e class="article-image inline"><img data-v-3c4d5e src="/_ipx/x.jpg"><figcaption data-v-3c4d5e>{cap} <span data-v-3c4d5e class="copyright">{credit}</span></figcaption></figure>',
    "k2": '<p><img src="/images/x.jpg" alt="" style="float:left"></p><p class="caption"><em>{cap} {credit}</em></p>',
    "naviga": '<div class="inline-photo"><img src="/storyimage/x.jpg"><div class="photo-caption">{cap} <span class="photo-credit">{credit}</span></div></div>',
}


def crosshead(page: CmsPage, story: Story) -> CmsPage:
    text = page.html
    at = text.index(esc(story.paras[2]))
    start = text.rindex("<", 0, at)
    head = CROSSHEADS[story.lang]
    attrs = ' data-v-4d5e6f' if page.family == "nuxt" else ""
    fig = FIGURES[page.family].format(cap=esc("Anwohner bei der Sitzung im Rathaus." if story.lang == "de" else story.caption),
                                      credit=esc(story.credit))
    text = text[:start] + fig + f"<h2{attrs}>{esc(head)}</h2>" + text[start:]
    exp = dict(page.expected or {})
    paras = list(story.paras)
    exp["body"] = "\n\n".join([*paras[:2], head, *paras[2:]])
    return CmsPage(page.family, page.kind + ":crosshead", page.url + "?v=x", text, exp,
                   [*page.boilerplate, story.credit, "Anwohner bei der Sitzung"])


def crosshead_pages() -> list[CmsPage]:
    return [
        crosshead(escenic(DE1, "www.ostsee-bote.de", "Ostsee-Bote", 31), DE1),
        crosshead(polopoly(SV, "www.mittbladet.se", "Mittbladet", 31), SV),
        crosshead(brightspot(EN_US, "www.kxan-news.com", "KXAN", 31), EN_US),
        crosshead(methode(FR, "www.courrier-ville.fr", "Le Courrier", 31), FR),
        crosshead(typo3(DE2, "www.rhein-echo.de", "Rhein-Echo", 31, paywall=False), DE2),
        crosshead(ghost(EN_UK, "www.thecitypaper.news", "The City Paper", 31), EN_UK),
        crosshead(nuxt(DE2, "www.oberland-news.de", "Oberland News", 31), DE2),
        crosshead(k2(IT, "www.cronacadelpaese.it", "Cronaca del Paese", 31), IT),
        crosshead(naviga(EN_US, "www.thedailypilot.com", "The Daily Pilot", 31), EN_US),
    ]


# ----------------------------------------------------------------------------------------
# Short stories: a paywalled story's one free paragraph, a two-paragraph brief, a one-run
# Bitrix note. Records all: the hidden pages are articles, and a lost one costs every field.

def shortened(story: Story, n: int, teaser: bool = True) -> Story:
    return Story(**{**story.__dict__, "paras": story.paras[:n]})


def short_pages() -> list[CmsPage]:
    one_de = shortened(DE2, 1)
    pay = typo3(one_de, "www.landbote-online.de", "Landbote", 51, paywall=True)
    two_sv = shortened(SV, 2)
    brief = escenic(two_sv, "www.kustbladet.se", "Kustbladet", 51)
    one_ru = shortened(RU, 1)
    note = bitrix(one_ru, "www.raion-news.ru", "Районные новости", 51, meta=False)
    two_en = shortened(EN_US, 2)
    bs = brightspot(two_en, "www.wbtv-news.com", "WBTV", 51)
    one_it = shortened(IT, 2)
    me = methode(one_it, "www.gazzetta-citta.it", "Gazzetta Città", 51)
    return [CmsPage(p.family, p.kind + ":short", p.url, p.html, p.expected, p.boilerplate)
            for p in (pay, brief, note, bs, me)]


# ----------------------------------------------------------------------------------------
# A live ticker (German broadcaster on TYPO3, `LiveBlogPosting`): a record of its intro and
# entries, newest first, each entry's time and headline its own lines.

def ticker(host: str, site: str) -> CmsPage:
    url = f"https://{host}/nachrichten/liveticker-hochwasser-donau"
    title = "Liveticker: Hochwasser an der Donau – die Lage am Mittwoch"
    entries = [
        ("2024-12-18T09:30:00+01:00", "Pegel Kelheim knapp unter Meldestufe drei",
         "Der Pegel in Kelheim lag um 9 Uhr bei 5,82 Metern. Das Wasserwirtschaftsamt erwartet den Scheitel am Nachmittag."),
        ("2024-12-18T08:45:00+01:00", "Straßen im Landkreis gesperrt",
         "Die Staatsstraße 2233 zwischen Kelheim und Saal ist wegen Überflutung gesperrt. Umleitungen sind ausgeschildert."),
        ("2024-12-18T07:12:00+01:00", "Wetterdienst warnt vor Dauerregen",
         "Der Deutsche Wetterdienst hat seine Unwetterwarnung bis Donnerstagmittag verlängert. Erwartet werden bis zu 60 Liter pro Quadratmeter."),
    ]
    items = "".join(
        f'<article class="liveticker-entry" id="entry-{i}"><div class="liveticker-entry__time"><time datetime="{t}">{z(t, "%H:%M")} Uhr</time></div>'
        f'<h3 class="liveticker-entry__title">{esc(h)}</h3><div class="liveticker-entry__text"><p>{esc(p)}</p></div>'
        f'<div class="liveticker-entry__share"><a href="#entry-{i}">Link kopieren</a></div></article>'
        for i, (t, h, p) in enumerate(entries))
    intro = ("Nach tagelangem Regen steigen die Pegel an der Donau. Wir halten Sie in unserem "
             "Liveticker über die Lage in der Region auf dem Laufenden.")
    head = (f"<title>{esc(title)} | {site}</title><link rel=\"canonical\" href=\"{url}\">"
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:type" content="article">'
            f'<meta name="generator" content="TYPO3 CMS">'
            + ld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": title,
                  "coverageStartTime": "2024-12-18T07:00:00+01:00", "datePublished": "2024-12-18T07:00:00+01:00",
                  "dateModified": entries[0][0], "author": {"@type": "Organization", "name": site},
                  "liveBlogUpdate": [{"@type": "BlogPosting", "headline": h, "datePublished": t,
                                      "articleBody": p} for t, h, p in entries]}))
    body = (f'<div id="page">{nav(site, ["Nachrichten", "Region"])}<main id="content"><div class="liveticker">'
            f'<p class="kicker">Unwetter</p><h1>{esc(title)}</h1><p class="liveticker-intro">{esc(intro)}</p>'
            f'<div class="liveticker-status"><span class="live-badge">LIVE</span> Stand: 18.12.2024 09:30 Uhr</div>'
            f'<div class="liveticker-entries">{items}</div><button class="liveticker-more">Ältere Einträge laden</button>'
            f'</div></main>{footer(site)}</div>')
    exp = {"url": url, "title": title,
           "body": "\n\n".join([intro, *[x for t, h, p in entries for x in (f"{z(t, '%H:%M')} Uhr", h, p)]]),
           "authors": [], "published_at": "2024-12-18T07:00:00+01:00",
           "modified_at": entries[0][0]}
    return CmsPage("typo3", "liveticker", url, doc("de", head, body), exp,
                   ["Link kopieren", "Ältere Einträge", "LIVE"])


# ----------------------------------------------------------------------------------------
# TYPO3 pages without tx_news (public broadcasters', cities' and agencies' news pages): the
# text in content-element frames (`frame-type-text`), picture and teaser frames between.

def typo3_frames(story: Story, host: str, site: str, n: int) -> CmsPage:
    url = f"https://{host}/aktuelles/{story.slug}"
    img = f"https://{host}/fileadmin/_processed_/f/{n}/csm_bild_{n}.jpg"
    head = (og(story, url, site, img) + "\n"
            '<meta name="generator" content="TYPO3 CMS">\n'
            f'<meta name="author" content="{esc(", ".join(story.authors))}">\n'
            f'<meta name="date" content="{z(story.published, "%Y-%m-%dT%H:%M:%S%z")}">\n'
            f'<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-{n}.css">')
    p = story.paras

    def frame(i: int, kind: str, inner: str) -> str:
        return (f'<div id="c{1000 + n * 10 + i}" class="frame frame-default frame-type-{kind} '
                f'frame-layout-0">{inner}</div>')
    body = f"""<div id="page">{nav(site, ["Aktuelles", "Themen", "Service"])}
<main id="content" class="main-content">
<nav class="breadcrumb"><ol><li><a href="/">Startseite</a></li><li><a href="/aktuelles">Aktuelles</a></li></ol></nav>
{frame(0, "header", f'<header><p class="kicker">{esc(story.kicker)}</p><h1 class="">{esc(story.title)}</h1><p class="date">Stand: {z(story.modified or story.published, "%d.%m.%Y %H:%M")} Uhr</p></header>')}
{frame(1, "text", f'<p class="lead"><strong>{esc(story.teaser)}</strong></p>')}
{frame(2, "textmedia", f'<div class="ce-textpic ce-center ce-above"><div class="ce-gallery"><figure class="image"><img class="image-embed-item" src="{img}" alt=""><figcaption class="image-caption">{esc(story.caption)} {esc(story.credit)}</figcaption></figure></div><div class="ce-bodytext"><p>{esc(p[0])}</p><p>{esc(p[1])}</p></div></div>')}
{frame(3, "uploads", '<ul class="ce-uploads"><li><a href="/fileadmin/beschluss.pdf"><span class="ce-uploads-fileName">Beschlussvorlage (PDF, 240 KB)</span></a></li></ul>')}
{frame(4, "text", "".join(f"<p>{esc(x)}</p>" for x in p[2:]))}
{frame(5, "shortcut", '<div class="teaser-box"><h3>Mehr zum Thema</h3><ul><li><a href="/aktuelles/x">Bürgerbeteiligung startet im Januar</a></li><li><a href="/aktuelles/y">Neue Fahrradständer am Bahnhof</a></li></ul></div>')}
</main>
{footer(site)}</div>"""
    page = doc(story.lang, head, body)
    return CmsPage("typo3", "frames", url, page, expect(story, url),
                   ["Beschlussvorlage", "Mehr zum Thema", "Bürgerbeteiligung", "Stand:"])


# ----------------------------------------------------------------------------------------
# Sitecore SXA (European broadcasters, agencies, corporate newsrooms): every block a
# "component", the text in "rich-text" components, promos and link lists between.

def sitecore(story: Story, host: str, site: str, n: int) -> CmsPage:
    url = f"https://{host}/{story.lang}/news/{story.slug}"
    img = f"https://{host}/-/media/project/news/2024/12/photo-{n}.jpg?h=675&w=1200&hash=ABC{n}"
    head = (og(story, url, site, img) + "\n"
            f'<meta property="article:published_time" content="{story.published}">\n'
            f'<link href="/-/media/base-themes/main-theme/styles/optimized-min.css" rel="stylesheet">\n'
            + ld(article_ld(story, url, img, site)))
    p = story.paras

    def comp(kind: str, inner: str, extra: str = "") -> str:
        return (f'<div class="component {kind} col-12{extra}"><div class="component-content">'
                f'{inner}</div></div>')
    body = f"""<div id="wrapper"><header><div id="header" class="container">{nav(site, ["News", "Media", "About"])}</div></header>
<main><div id="content" class="container"><div class="row">
{comp("breadcrumb navigation-title", '<ol><li class="item"><a href="/">Home</a></li><li class="item"><a href="/news">News</a></li></ol>')}
{comp("title", f'<h1 class="field-title">{esc(story.title)}</h1>')}
{comp("date", f'<span class="field-date">{z(story.published, "%d %B %Y")}</span>')}
{comp("rich-text", f'<p class="intro">{esc(story.teaser)}</p>', " article-intro")}
{comp("image file-type-icon-media-link", f'<img src="{img}" alt=""><span class="image-caption field-imagecaption">{esc(story.caption)} {esc(story.credit)}</span>')}
{comp("rich-text", "".join(f"<p>{esc(x)}</p>" for x in p[:2]))}
{comp("promo", '<div class="field-promoicon"><img src="/-/media/x.jpg"></div><div class="promo-text"><div class="field-promotext"><h3>Read also</h3><p>Annual report 2024: the year in numbers</p></div><div class="field-promolink"><a href="/x">Read more</a></div></div>')}
{comp("rich-text", "".join(f"<p>{esc(x)}</p>" for x in p[2:]))}
{comp("rich-text", f'<p><strong>Media contact</strong><br>Press office, +44 20 7946 0000, press@{host}</p>', " contact-box")}
{comp("link-list", '<h3>Related news</h3><ul><li class="item0"><div class="field-link"><a href="/y">New board members appointed</a></div></li><li class="item1"><div class="field-link"><a href="/z">Quarterly figures published</a></div></li></ul>')}
</div></div></main>
<footer><div id="footer" class="container">{footer(site)}</div></footer></div>"""
    page = doc(story.lang, head, body)
    return CmsPage("sitecore", "article", url, page, expect(story, url),
                   ["Read also", "Annual report", "Media contact", "press@", "Related news"])


def more_pages() -> list[CmsPage]:
    return [typo3_frames(DE1, "www.stadt-musterhausen.de", "Stadt Musterhausen", 61),
            typo3_frames(DE2, "www.landkreis-aktuell.de", "Landkreis Aktuell", 62),
            sitecore(EN_UK, "www.nationalbroadcaster.co.uk", "National Broadcaster", 61),
            sitecore(FR, "www.agence-info.fr", "Agence Info", 62)]


# ----------------------------------------------------------------------------------------
# An Escenic photo gallery ("Bildextra"): a one-line intro, then the slides' captions, the
# story told in them; a record of the intro and captions, without their credits.

def escenic_gallery(host: str, site: str, n: int, title: str, intro: str, captions: list[str],
                    credit: str, published: str) -> CmsPage:
    import re
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower().translate(str.maketrans("åäöü", "aaou")))
    url = f"https://{host}/nyheter/{slug.strip('-')}/{8000900 + n}"
    img = f"https://{host}/incoming/article{8000900 + n}.ece/ALTERNATES/s1200/g0.jpg"
    head = (f"<title>{esc(title)} | {site}</title>\n<link rel=\"canonical\" href=\"{url}\">\n"
            f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(title)}">\n'
            f'<meta property="og:description" content="{esc(intro)}">\n<meta property="og:image" content="{img}">\n'
            f'<meta property="og:site_name" content="{esc(site)}">\n'
            '<meta name="generator" content="Escenic Content Engine">\n'
            f'<meta property="article:published_time" content="{published}">\n'
            f'<meta name="cXenseParse:pageclass" content="article">\n'
            + ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                  "datePublished": published, "image": img, "description": intro,
                  "author": {"@type": "Person", "name": credit.split(": ")[-1]},
                  "publisher": {"@type": "Organization", "name": site}}))
    slides = "".join(
        f'<figure class="gallery-item" data-index="{i + 1}"><img src="https://{host}/incoming/article{8000900 + n}.ece/ALTERNATES/s1200/g{i}.jpg" alt="">'
        f'<figcaption><span class="caption">{esc(c)}</span> <span class="credit">{esc(credit)}</span>'
        f'<span class="counter">{i + 1} / {len(captions)}</span></figcaption></figure>'
        for i, c in enumerate(captions))
    body = f"""{nav(site, ["Nyheter", "Sport", "Kultur", "Debatt"])}
<main id="main" class="ece-main">
<article class="article gallery-article" data-cue-id="{8000900 + n}">
<header class="article-header"><div class="section-label"><a href="/nyheter/">Bildextra</a></div>
<h1 class="headline">{esc(title)}</h1><p class="lead-text">{esc(intro)}</p>
<div class="byline-wrapper"><div class="byline"><a class="author-name" href="/forfattare/1">{esc(credit.split(": ")[-1])}</a></div>
<div class="dates"><time class="published" datetime="{published}">Publicerad {z(published, "%d.%m.%Y %H:%M")}</time></div></div></header>
<div class="gallery-slides">{slides}</div>
<div class="share-tools"><a href="#">Dela på Facebook</a><a href="#">Kopiera länk</a></div>
</article>
<section class="most-read"><h2>Mest läst</h2><ol><li><a href="/a/1">Brand i flerfamiljshus under natten</a></li><li><a href="/a/2">Så blir vädret i jul</a></li></ol></section>
</main>
{footer(site)}"""
    # The intro is the header's standfirst (the subtitle): the captions are the text.
    exp = {"url": url, "title": title, "body": "\n\n".join(captions),
           "authors": [credit.split(": ")[-1]], "published_at": published, "modified_at": None}
    return CmsPage("escenic", "gallery", url, doc("sv", head, body), exp, ["Foto:", "Mest läst"])


LUCIA = ["Luciatåget samlade flera hundra åskådare på Stortorget på fredagskvällen.",
         "Årets lucia, Ella Andersson, 17 år, ledde tåget från kyrkan.",
         "Tärnorna sjöng traditionella sånger under hela promenaden.",
         "Många familjer hade tagit med sig termosar med glögg.",
         "Stjärngossarna bar sina stjärnor högt genom gamla stan.",
         "Kören från kulturskolan avslutade med Staffansvisan.",
         "Kvällen avslutades med fyrverkeri över ån."]
