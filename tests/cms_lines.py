"""Boilerplate lines as the newsroom CMS families print them inside a story's text, each set
as a plain paragraph of its own into a `tests.cms_pages` article (after its last paragraph,
after its second, or before its first): `python -m tests.cms_lines [-v]` prints how many
stay in the record's body, by where they were set. None should.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from tests.cms_measure import run
from tests.cms_pages import (
    DE1,
    EN_UK,
    EN_US,
    FR,
    IT,
    RU,
    SV,
    CmsPage,
    Story,
    bitrix,
    brightspot,
    esc,
    escenic,
    methode,
    naviga,
    polopoly,
    typo3,
)

Make = Callable[[], CmsPage]

#: Closing lines: calls, contact lines, paywall boxes, set after the last paragraph.
CLOSING: list[tuple[Make, Story, list[str]]] = [
    (lambda: brightspot(EN_UK, "www.x-news.co.uk", "X News", 3), EN_UK, [
        "Support local journalism. Subscribe today.",
        "Have a news tip? Email us at news@dailyrecord.com.",
        "Contact reporter Michael Chen at mchen@dailyrecord.com or 555-123-4567.",
        "Reach Michael Chen at mchen@dailyrecord.com. Follow him on X @mchen.",
        "Report a typo or error.",
        "Copyright 2024 Nexstar Media Inc. All rights reserved. This material may not be "
        "published, broadcast, rewritten, or redistributed.",
        "Want more local news? Follow us on Google News."]),
    (lambda: naviga(EN_US, "www.x-daily.com", "X Daily", 3), EN_US, [
        "This article is for subscribers only.", "Already a subscriber? Log in",
        "You have reached your limit of free articles."]),
    (lambda: typo3(DE1, "www.x-zeitung.de", "X Zeitung", 3, paywall=False), DE1, [
        "Mehr Nachrichten aus der Region gibt es hier.",
        "Sie wollen keine Nachrichten aus der Region verpassen? Dann abonnieren Sie unseren "
        "Newsletter.",
        "Sie haben einen Fehler entdeckt? Schreiben Sie uns.", "Folgen Sie uns auf WhatsApp.",
        "Hier finden Sie alle Artikel zum Thema Verkehr.",
        "Dieser Artikel ist nur für Abonnenten", "Sie sind bereits Abonnent? Hier anmelden",
        "Jetzt 4 Wochen für 0,99 € testen"]),
    (lambda: polopoly(SV, "www.x-tidning.se", "X Tidning", 3), SV, [
        "Har du tips? Mejla oss på tips@tidningen.se", "Följ oss på Facebook och Instagram",
        "Den här artikeln är låst för prenumeranter.", "Redan prenumerant? Logga in"]),
    (lambda: escenic(SV, "www.x-avis.no", "X Avis", 3), SV, [
        "Denne artikkelen er for abonnenter.", "Allerede abonnent? Logg inn her",
        "Bli abonnent for å lese videre"]),
    (lambda: methode(IT, "www.x-corriere.it", "X Corriere", 3), IT, [
        "Iscriviti alla newsletter di Corriere Città",
        "Ricevi le notizie di Corriere Città su WhatsApp",
        "Questo articolo è riservato agli abbonati", "Sei già abbonato? Accedi"]),
    (lambda: methode(FR, "www.x-journal.fr", "X Journal", 3), FR, [
        "Abonnez-vous à notre newsletter", "Recevez chaque jour l'essentiel de l'actualité",
        "Cet article est réservé aux abonnés."]),
    (lambda: bitrix(RU, "www.x-gorod.ru", "X Город", 3, meta=True), RU, [
        "Подписывайтесь на наш канал в Telegram",
        "Если вы нашли ошибку, выделите её и нажмите Ctrl+Enter", "Новости по теме",
        "Материал доступен только подписчикам"]),
]
#: Lines set between paragraphs: ad-slot labels, embed placeholders, picture credits.
INLINE: list[tuple[Make, Story, list[str]]] = [
    (lambda: brightspot(EN_UK, "www.x-news.co.uk", "X News", 3), EN_UK, [
        "ADVERTISEMENT", "Story continues below advertisement", "Scroll down to continue reading",
        "Picture: John Allen", "Credit: AP"]),
    (lambda: typo3(DE1, "www.x-zeitung.de", "X Zeitung", 3, paywall=False), DE1, [
        "Anzeige", "Weiterlesen nach der Anzeige", "Empfohlener externer Inhalt",
        "An dieser Stelle finden Sie einen externen Inhalt von YouTube, der den Artikel "
        "ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen und wieder ausblenden.",
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können "
        "personenbezogene Daten an Drittplattformen übermittelt werden.",
        "Wir benötigen Ihre Zustimmung, um den von unserer Redaktion eingebundenen Inhalt von X "
        "anzuzeigen.", "Bild: Armin Weigel/dpa", "Symbolbild: dpa", "(Foto: dpa)"]),
    (lambda: polopoly(SV, "www.x-tidning.se", "X Tidning", 3), SV, [
        "Annons", "Artikeln fortsätter under annonsen"]),
    (lambda: methode(IT, "www.x-corriere.it", "X Corriere", 3), IT, [
        "Pubblicità", "CONTINUA A LEGGERE DOPO LA PUBBLICITÀ"]),
]
#: Lines set before the first paragraph: reading times.
OPENING: list[tuple[Make, Story, list[str]]] = [
    (lambda: typo3(DE1, "www.x-zeitung.de", "X Zeitung", 3, paywall=False), DE1, [
        "Lesezeit: 3 Minuten", "Lästid: 3 min", "Lesetid: 3 min", "Leestijd 3 minuten",
        "Czas czytania: 3 min", "Время чтения: 3 минуты", "Tempo di lettura: 3 minuti"]),
]


def _set(page: CmsPage, story: Story, line: str, where: str) -> str:
    at = {"closing": -1, "inline": 1, "opening": 0}[where]
    para = esc(story.paras[at])
    if page.family == "bitrix":
        return page.html.replace(para + "<br><br>", para + "<br><br>" + esc(line) + "<br><br>", 1)
    if where == "opening":
        return page.html.replace(f"<p>{para}</p>", f"<p>{esc(line)}</p><p>{para}</p>", 1)
    return page.html.replace(para + "</p>", para + "</p><p>" + esc(line) + "</p>", 1)


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    total = kept = 0
    for where, cases in (("closing", CLOSING), ("inline", INLINE), ("opening", OPENING)):
        left = []
        for make, story, lines in cases:
            for line in lines:
                page = make()
                html = _set(page, story, line, where)
                assert html != page.html, line
                got = run(CmsPage(page.family, page.kind, page.url, html, page.expected))
                if got is None or line[:12] in str(got["body"]):
                    left.append(line)
                total += 1
        kept += len(left)
        count = sum(len(lines) for _, _, lines in cases)
        print(f"{where:8} {len(left):3} of {count:3} left in the body")
        if verbose:
            for line in left:
                print(f"    {line}")
    print(f"{'all':8} {kept:3} of {total:3}")


if __name__ == "__main__":
    main(sys.argv[1:])
