"""Date parsing for article pages: turns the date text a newsroom prints into an aware datetime.

This module owns every rule about page dates: clean-up of labels ("Published:"), time-zone
abbreviations (IST is India here), the newsroom zone applied to naive dates, relative dates
("2 hours ago") resolved against the fetch time, and the sanity window. It is pure: the clock
is never read, only `base` (when the page was fetched).

Cost order matters: dateparser takes 2–4 ms a call (and ~1 s the first time a string matches no
language, as it loads every locale), strptime ~15 µs. So ISO 8601, site formats, RFC 2822, a
short list of English formats and English relative dates go first; dateparser comes last.
"""

from __future__ import annotations

import _strptime as stdlib_strptime  # type: ignore[import-not-found]  # no stubs
import email.utils
import logging
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

__all__ = ["parse_datetime", "to_iso"]

logger = logging.getLogger(__name__)

#: Longest cleaned text we try; longer is a paragraph, not a date (and bounds dateparser's cost).
MAX_LEN = 200
_EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
#: What was already warned about on the page being read: extraction asks about one printed
#: date from several places (metadata, a byline, the text), and one line per date is enough.
_warned: tuple[str | None, set[tuple[str, str | None]]] = (None, set())


def _warn_once(field: str, text: str | None, url: str | None, message: str,
               *args: object) -> None:
    global _warned
    page_url, seen = _warned
    if page_url != url:
        _warned = (url, seen := set())
    if (field, text) not in seen:
        seen.add((field, text))
        logger.warning(message, *args)
_FUTURE_SLACK = timedelta(days=1)

#: Built-in strptime formats, most frequent first. They match the text after `_normalize`
#: (weekday, commas, "at", German "um" and "Uhr", the dots of "p.m." removed), so one format
#: covers "December 17, 2024 at 1:03 pm" and "Tuesday, December 17, 2024, 1:03 p.m." alike.
#: strptime's %B/%b/%p are English only under the C locale, which Scrapy never changes.
FORMATS: tuple[str, ...] = (
    "%B %d %Y %I:%M %p", "%b %d %Y %I:%M %p", "%d %B %Y %H:%M", "%d %b %Y %H:%M",
    "%B %d %Y %H:%M", "%b %d %Y %H:%M", "%d %b %Y %I:%M %p", "%d %B %Y %I:%M %p",
    "%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y",
    "%b %d %Y %H:%M:%S",  # JavaScript's Date.toString(): "Tue Nov 19 2019 03:05:46 GMT+0000"
    "%d.%m.%Y %H:%M", "%d.%m.%Y", "%Y/%m/%d %H:%M", "%Y/%m/%d", "%d.%m.%y %H:%M", "%d.%m.%y",
    "%Y.%m.%d %H:%M", "%Y.%m.%d",  # Korean and Chinese newsrooms: "2026.01.29 18:40"
    "%Y.%m.%d %H:%M:%S",  # Daum's "2024. 12. 17. 오후 1:03:26" as `_normalize` writes it
    "%Y/%m/%d %H:%M:%S",  # Chinese dates as `_normalize` rewrites them (`_CJK_DATE`)
    # Time first, as US templates print it ("11:11 PM EST Nov 19, 2019", zone split off).
    "%I:%M %p %b %d %Y", "%I:%M %p %B %d %Y",
    # Time first, day first, as New Zealand's RNZ prints it ("5:03 pm on 17 December 2024").
    "%I:%M %p %d %B %Y", "%I:%M %p %d %b %Y",
    # The 24-hour clock first, as British templates print it ("17:03, 17 Dec 2024").
    "%H:%M %d %b %Y", "%H:%M %d %B %Y",
    # The 24-hour clock before a month-first day, as the Express prints it ("17:03, Tue, Dec
    # 17, 2024").
    "%H:%M %b %d %Y", "%H:%M %B %d %Y",
    # The 12-hour clock before the day, as Hong Kong and Singapore templates print it ("1:03
    # PM HKT, 17 Dec 2024", zone split off).
    "%I:%M %p %d %b %Y", "%I:%M %p %d %B %Y",
    # Day first with the 12-hour clock, as Malay labels print it ("Dikemaskini 17/12/2024
    # 03:20 PM", the slashes made dots where the label's language says the day comes first).
    "%d.%m.%Y %I:%M %p",
    # Month first, slashed, as US templates print it ("12/17/2024 01:03 PM EST", POLITICO):
    # a day-first page's slashes are dots by now (`day_first`), so only month-first is left.
    "%m/%d/%Y %I:%M %p", "%m/%d/%Y %H:%M", "%m/%d/%Y",
    # The Hill's two-digit year: "12/17/24 1:03 PM ET".
    "%m/%d/%y %I:%M %p",
    # A US magazine's dotted day, made slashed on a month-first page ("12.09.16": 9 December).
    "%m/%d/%y",
    # A day-first stamp with seconds ("17/12/2024 13:03:00", dotted by now): last, as rare.
    "%d.%m.%Y %H:%M:%S",
)
# strptime keeps 5 compiled formats and clears them all on the sixth: going down FORMATS
# recompiled a format's regex on nearly every call (~0.1 ms each, 2 % of an extraction).
stdlib_strptime._CACHE_MAX_SIZE = max(stdlib_strptime._CACHE_MAX_SIZE, 2 * len(FORMATS))

_H = 3600
#: Abbreviations as fixed offsets (seconds). Ambiguous ones get the reading news sites mean:
#: IST is India (dateparser says Israel), CST is US Central, BST British Summer Time.
_ABBREVIATIONS: dict[str, int] = {
    "GMT": 0, "UTC": 0, "UT": 0, "Z": 0, "IST": 5 * _H + 1800, "PKT": 5 * _H,
    "EST": -5 * _H, "EDT": -4 * _H, "CST": -6 * _H, "CDT": -5 * _H,
    "MST": -7 * _H, "MDT": -6 * _H, "PST": -8 * _H, "PDT": -7 * _H,
    "BST": _H, "CET": _H, "CEST": 2 * _H, "SAST": 2 * _H,
    # Africa's printed zones: West, Central and East Africa Time ("1:03 PM WAT").
    "WAT": _H, "CAT": 2 * _H, "EAT": 3 * _H,
    "MSK": 3 * _H, "JST": 9 * _H, "KST": 9 * _H, "AEST": 10 * _H, "AEDT": 11 * _H,
    # Australia's other zones and New Zealand's, standard and daylight ("1:03 pm ACDT").
    "ACST": 9 * _H + 1800, "ACDT": 10 * _H + 1800, "AWST": 8 * _H,
    "NZST": 12 * _H, "NZDT": 13 * _H,
    # Indonesia's three zones ("13:03 WIB"): western, central and eastern.
    "WIB": 7 * _H, "WITA": 8 * _H, "WIT": 9 * _H,
    # South-East Asia and Hong Kong as their newsrooms print them ("1:03 PM MYT").
    "SGT": 8 * _H, "MYT": 8 * _H, "PHT": 8 * _H, "HKT": 8 * _H, "ICT": 7 * _H,
    # Saudi Arabia's clock as Al Arabiya prints it after the meridiem ("01:03 م KSA").
    "KSA": 3 * _H,
    # Canada's French zone names, standard and daylight ("13 h 03 HNE", Radio-Canada):
    # Eastern, Central, Mountain, Pacific, Atlantic.
    "HNE": -5 * _H, "HAE": -4 * _H, "HNC": -6 * _H, "HAC": -5 * _H, "HNR": -7 * _H,
    "HAR": -6 * _H, "HNP": -8 * _H, "HAP": -7 * _H, "HNA": -4 * _H, "HAA": -3 * _H,
}
#: Our abbreviations dateparser does not know: it refuses the whole TIMEZONE_ABBREVIATIONS
#: setting for one of them (every date it read failed), so they are not passed to it.
_UNKNOWN_TO_DATEPARSER = frozenset({"KSA", "HNE", "HAE", "HNC", "HAC", "HNR", "HAR", "HNP",
                                    "HAP", "HNA", "HAA"})
#: US region words printed instead of EST/EDT ("1:03 p.m. ET"): a zone, not one offset, as
#: the same word means -05:00 in December and -04:00 in September.
_REGIONS: dict[str, str] = {"ET": "America/New_York", "CT": "America/Chicago",
                            "MT": "America/Denver", "PT": "America/Los_Angeles",
                            # Canada's Atlantic and Newfoundland time ("1:03 p.m. AT").
                            "AT": "America/Halifax", "NT": "America/St_Johns",
                            # Sky News' "Tuesday 17 December 2024 13:03, UK": UK time, GMT
                            # or BST by the day.
                            "UK": "Europe/London"}
#: The US standard zones' names, printed the year round by US templates as their region's.
_US_STANDARD = {"EST": "ET", "CST": "CT", "MST": "MT", "PST": "PT"}
#: "AT" and "NT" are English words too: read only right after a clock time (`_US_ZONE`).
_ZONE_WORDS = "|".join(sorted([*_ABBREVIATIONS, *_REGIONS.keys() - {"AT", "NT"}],
                              key=len, reverse=True))
#: A US or Canadian region word right after a clock time ("PT" and "MT" are words elsewhere).
_US_ZONE = re.compile(r"\d:\d\d\s*(?:[aApP]\.?[mM]\.?)?\s+(?P<abbr>[ECMPAN]T)\b")
#: Zones whose own "IST" is not India (Israel Standard Time, Irish Standard Time).
_OTHER_IST = frozenset({"Asia/Jerusalem", "Asia/Tel_Aviv", "Israel", "Europe/Dublin", "Eire"})
#: Zones whose own "EST" is not New York's: Australia's eastern states print their Eastern
#: Standard Time so ("1:03pm EST" on an .au paper: AEST, +10:00, Brisbane's all year).
_OTHER_EST = frozenset({
    "Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Hobart",
    "Australia/Canberra", "Australia/ACT", "Australia/NSW", "Australia/Victoria",
    "Australia/Queensland", "Australia/Tasmania", "Australia/Lindeman", "Australia/Currie"})
_AEST = timezone(timedelta(hours=10))


def _own_zone(abbr: str | None, tz: tzinfo) -> tzinfo | None:
    """The zone `abbr` means where the newsroom's zone `tz` names its own time so, where our
    table means another's: Dublin's and Jerusalem's "IST" their local time, Sydney's "EST"
    AEST; else None.

    >>> from zoneinfo import ZoneInfo
    >>> _own_zone("EST", ZoneInfo("Australia/Sydney")), _own_zone("EST", ZoneInfo("Europe/Paris"))
    (datetime.timezone(datetime.timedelta(seconds=36000)), None)
    """
    key = getattr(tz, "key", "")
    if abbr == "IST" and key in _OTHER_IST:
        return tz
    if abbr == "EST" and key in _OTHER_EST:
        return _AEST
    return None


_PREFIX = re.compile(
    r"^(?:this (?:post|article|story) was (?:last )?(?:modified|updated) on"
    # UNB's bare "Publish- December 17, 2024, 01:03 PM".
    # Dainik Jagran's "Publish Date:"/"Updated Date:", the noun after the label.
    r"|(?:(?:last|first) )?(?:published|updated|modified|posted|publish)(?: date)?"
    r"(?: on| at| as of)?|as of"
    r"|veröffentlicht(?: am)?|aktualisiert(?: am)?|stand"
    # Swiss papers' "Publiziert: 17.12.2024 um 13:03 Uhr".
    r"|publiziert(?: am)?"
    # Spanish and Portuguese labels: "Actualizado:", "Publicado em", "Última atualização:".
    r"|(?:última )?(?:actualizaci[oó]n|atualiza[cç][aã]o)"
    r"|(?:publicado|actualizado|atualizado)(?: el| em| a las| às)?"
    # French: "Publié le 17/12/2024 à 13h03", "mis à jour le …", "Modifié le …".
    r"|(?:publiée?|mis à jour|modifiée?)(?: le)?"
    # Hindi: "प्रकाशित: 17 दिसंबर 2024", "अपडेटेड:", "अपडेट किया गया:".
    r"|प्रकाशित|अपडेटेड|अपडेट(?: किया गया)?"
    # Bengali: "প্রকাশ: ১৭ ডিসেম্বর ২০২৪", "প্রকাশিত:", "আপডেট:", "শেষ আপডেট:", "হালনাগাদ:".
    r"|প্রকাশিত|প্রকাশ|(?:শেষ )?আপডেট|হালনাগাদ"
    # The other Indian languages' labels: Marathi "अद्ययावत:", Assamese "প্ৰকাশিত:", Gujarati
    # "પ્રકાશિત:"/"અપડેટ:", Punjabi "ਪ੍ਰਕਾਸ਼ਿਤ:"/"ਅਪਡੇਟ:", Odia "ପ୍ରକାଶିତ:"/"ଅପଡେଟ:", Tamil
    # "வெளியிடப்பட்டது:"/"புதுப்பிக்கப்பட்டது:", Telugu "ప్రచురణ:"/"అప్‌డేట్:", Kannada
    # "ಪ್ರಕಟಿಸಲಾಗಿದೆ:"/"ಅಪ್‌ಡೇಟ್:", Malayalam "പ്രസിദ്ധീകരിച്ചത്:"/"അപ്ഡേറ്റ്:", Urdu "شائع:"/"اپ ڈیٹ:"
    # (the zero-width non-joiner some print inside "అప్‌డేట్" optional).
    r"|अद्ययावत|প্ৰকাশিত|પ્રકાશિત|અપડેટ|ਪ੍ਰਕਾਸ਼ਿਤ|ਅਪਡੇਟ|ପ୍ରକାଶିତ|ଅପଡେଟ|வெளியிடப்பட்டது"
    r"|புதுப்பிக்கப்பட்டது|ప్రచురించబడింది|ప్రచురణ|అప్\u200c?డేట్|ಪ್ರಕಟಿಸಲಾಗಿದೆ|ಪ್ರಕಟಣೆ"
    r"|ಅಪ್\u200c?ಡೇಟ್|പ്രസിദ്ധീകരിച്ചത്|അപ്\u200c?ഡേറ്റ്|شائع|اپ ڈیٹ"
    # Italian: "Pubblicato il 17 dicembre 2024", "Aggiornato il 17/12/2024 alle 15:20".
    r"|ultimo aggiornamento|(?:pubblicato|aggiornato|modificato)(?: il| alle)?"
    # Arabic: "نشر في: 17 ديسمبر 2024", "آخر تحديث:", "تاريخ النشر:"; Turkish: "Güncelleme:",
    # "Son güncelleme:", "Yayınlanma:", "Giriş:" (the day a Turkish portal put the story up).
    r"|نشر في|نُشر في|نشر|آخر تحديث|اخر تحديث|تاريخ النشر|تحديث"
    r"|(?:son )?güncelleme(?: tarihi)?|güncellen(?:me|di)|yayınlanma(?: tarihi)?|yayın tarihi"
    r"|giriş(?: tarihi)?"
    # Indonesian, Slovenian, Slovak, Estonian, Lithuanian and Icelandic update labels.
    r"|diperbarui|posodobljeno|aktualizované|uuendatud|atnaujinta|uppfært"
    r"|đăng ngày|ngày đăng|publikované|avaldatud|paskelbta|публикувана|публикувано|birt"
    # Russian, Ukrainian and Polish: "обновлено 17 декабря, 15:20", "Оновлено:",
    # "Aktualizacja: 17.12.2024 15:20", "Opublikowano:".
    r"|опубликовано|обновлено|изменено|опубліковано|оновлено"
    r"|aktualizacja|zaktualizowano|opublikowano|data publikacji"
    # Nordic, Dutch, Czech and Hungarian: "Publisert 17.12.2024 13:03", "Uppdaterad …",
    # "Opdateret …", "Päivitetty …", "Bijgewerkt …", "Aktualizováno …", "Frissítve: …".
    r"|(?:sist )?(?:publisert|oppdatert)|(?:senast )?(?:publicerad|uppdaterad)"
    r"|(?:sidst )?(?:publiceret|opdateret)|julkaistu|päivitetty|(?:laatst )?bijgewerkt"
    r"|gepubliceerd|publikováno|aktualizováno|aktualizace|közzétéve|publikálva|frissítve"
    r"|(?:utolsó )?frissítés"
    # Dutch and Flemish papers' other labels: NOS's "Geplaatst: dinsdag 17 december 2024,
    # 13:03", "Aangepast: …", "Laatst gewijzigd …".
    r"|geplaatst(?: op)?|aangepast(?: op)?|(?:laatst )?gewijzigd(?: op)?"
    # Japanese and Korean: "更新 2024年12月17日 15時20分", "입력 2024.12.17 13:03", "수정 …".
    r"|(?:最終)?(?:更新|公開|投稿|掲載|配信)(?:日時|日)?|입력|수정|업데이트|기사입력|최종수정|등록|승인"
    # Yonhap's "송고시간2024-12-17 13:03" (sent), glued to its date; "기사전송", "발행일".
    r"|송고시간|기사전송|발행일|등록일|입력일"
    # Chinese labels: "发布时间：2024-12-17 13:03", "更新時間：2024/12/17 13:03".
    r"|发布时间|發布時間|發佈時間|发布日期|發布日期|更新时间|更新時間|发表时间|發表時間"
    r"|最后更新|最後更新|(?:发表|發表|更新)[于於]"
    # Malay and Vietnamese: "Dikemaskini: 17/12/2024 03:20 PM", "Cập nhật: …".
    r"|diterbitkan|dikemaskini|kemas kini|cập nhật(?: lúc)?|đăng lúc"
    # Romanian, Croatian and Serbian (Latin and Cyrillic), Bulgarian, Greek and Hebrew:
    # "Publicat: 17 decembrie 2024, 13:03", "Objavljeno: 17. prosinca 2024. u 13:03",
    # "Обновено: …", "Ενημερώθηκε: …", "פורסם: …".
    r"|(?:data )?(?:publicat|actualizat|publicării|actualizării)(?: la| pe)?"
    r"|ultima actualizare|objavljeno|objavljen|ažurirano|azurirano|zadnja izmjena"
    r"|објављено|ажурирано|публикувано|обновено|актуализирано|последна актуализация"
    r"|δημοσίευση|δημοσιεύθηκε|ενημέρωση|ενημερώθηκε|τελευταία ενημέρωση|פורסם|עודכן"
    # Persian: "تاریخ انتشار: سه‌شنبه ۲۷ آذر ۱۴۰۳ ساعت ۱۳:۰۳", "آخرین به‌روزرسانی: …".
    r"|تاریخ انتشار|انتشار|زمان انتشار|(?:آخرین )?(?:به\u200c?\s?روز\s?رسانی|بروزرسانی)"
    # Thai: "เผยแพร่: 17 ธ.ค. 2567 13:03", "ปรับปรุงล่าสุด: …", "อัปเดต …".
    r"|เผยแพร่|ปรับปรุง(?:ล่าสุด)?|อัปเดต(?:ล่าสุด)?|แก้ไขล่าสุด"
    # Kazakh, Azerbaijani, Georgian and Swahili update labels ("Жаңартылды: …", "Yenilənib:
    # …", "განახლდა: …", "Imesasishwa: …").
    r"|жаңартылды|жарияланды|yenilənib|yeniləndi|განახლდა|გამოქვეყნდა|imesasishwa"
    # GhanaWeb's desk and day: "General News of Tuesday, 17 December 2024", "Business News of …".
    r"|(?:[a-z]+ )?news of)"
    # RTÉ's slashed label: "Updated / Tuesday, 17 Dec 2024 13:03".
    # (A date's figures may follow the label unspaced: Yonhap's "송고시간2024-12-17 13:03".)
    r"(?![^\W\d_])\s*[:：|/–-]?\s*",
    re.IGNORECASE,
)
_ZONE = re.compile(
    r"\s*\(?\s*(?:\b(?P<abbr>" + _ZONE_WORDS + r")\b\s*)?"
    r"(?:(?P<sign>[+-])(?P<hh>\d\d?)(?::?(?P<mm>\d\d))?)?\s*\)?$"
)
#: A clock time anywhere in a date text ("13:03", "13.03", "14h52", "1pm", "1 p.m.", "13
#: Uhr", "noon"), not a dotted day ("17.12.2024").
_CLOCK = re.compile(r"(?<![\d.])\d{1,2}[:.h]\d\d(?![\d.])|\d\s*(?:[ap]\.?m\b|uhr\b|時|시)"
                    r"|\b(?:noon|midnight)\b", re.I)
_ENDS_WITH_TIME = re.compile(r"\d[:.h]\d\d(?::\d\d)?(?:\.\d+)?(?:\s*[ap]\.?m\.?)?$", re.I)
#: A weekday, first ("Tue, Dec 17") or after the clock ("2:15 PM, Tue December 17, 2024").
_WEEKDAY = re.compile(r"(?:^|(?<=\s))(?:mon|tue|wed|thu|fri|sat|sun)"
                      r"(?:day|sday|nesday|rsday|urday|s|rs)?\.?,?(?:\s+|$)", re.I)
#: Glue words, "on" between a clock and its day ("5:03 pm on 17 December 2024", RNZ), and a
#: colon between the year and the clock ("May 12, 2017: 1:21 PM ET", CNN Money).
_NOISE = re.compile(r",|\s[|/•–@-](?=\s)|\bat\b|(?<=[\dmM]) on(?= \d)|\bum\b|\bUhr\b"
                    r"|(?<=[12]\d{3}):(?=\s\d)"
                    r"|(?<=\b[A-Za-z]{3})\.(?=\s)")
#: "p.m.", and Latin America's spaced "p. m." ("01:03 p. m.", El Tiempo, Semana).
_MERIDIEM = re.compile(r"(?<=\d)\s*([ap])\.?\s?m\.?(?=\s|$)", re.I)
_RELATIVE = re.compile(
    r"^(?:(?P<n>\d+|an?|one) (?P<unit>sec|second|min|minute|hr|hour|day|week)s?\.? ago"
    r"|(?P<word>just now|now|today|yesterday))$",
    re.I,
)
_UNIT_SECONDS = {"sec": 1, "min": 60, "hr": _H, "hou": _H, "day": 24 * _H, "wee": 7 * 24 * _H}
#: Spanish and Portuguese relative dates: "hace 2 horas", "Hace 45 minutos", "hace 3 hs",
#: "há 2 horas".
_RELATIVE_IBERIAN = re.compile(
    r"^(?:hace|há) (?P<n>\d+|una?|uma?) (?P<unit>seg|min|hora|hs?\b|d[ií]a|semana)\w*\.?$", re.I)
_IBERIAN_UNITS = {"seg": 1, "min": 60, "hor": _H, "h": _H, "hs": _H, "día": 24 * _H,
                  "dia": 24 * _H, "sem": 7 * 24 * _H}
#: French, Hindi and Thai relative dates: "il y a 2 heures", "Il y a une minute", "3 घंटे
#: पहले", "20 मिनट पहले", "3 ชั่วโมงที่แล้ว", "5 นาทีที่แล้ว" (dateparser read the French
#: and Hindi ones, ~3 ms each, and no Thai one).
_RELATIVE_OTHER = re.compile(
    r"^(?:il y a (?P<fn>\d+|une?) (?P<fu>seconde|minute|heure|h\b|jour|semaine)s?\.?"
    r"|(?P<hn>\d+) (?P<hu>सेकंड|मिनट|घंटे|घंटा|दिन|हफ्ते|सप्ताह) (?:पहले|पूर्व)"
    r"|(?P<tn>\d+) ?(?P<tu>วินาที|นาที|ชั่วโมง|ชม\.|วัน|สัปดาห์) ?(?:ที่แล้ว|ก่อน)"
    # Bengali's "২ ঘণ্টা আগে" (its own figures: int() reads them) and Arabic's "منذ 3 ساعات",
    # "منذ ساعتين" (the dual: two hours), "منذ ساعة" (one).
    r"|(?P<bn>\d{1,2}) (?P<bu>সেকেন্ড|মিনিট|ঘণ্টা|ঘন্টা|দিন|সপ্তাহ) আগে"
    r"|منذ (?:(?P<an>\d{1,2}) )?(?P<au>ثانية|ثوان|دقيقتين|دقيقة|دقائق|ساعتين|ساعة|ساعات|يومين"
    r"|يوم|أيام))$", re.I)
_OTHER_UNITS = {"seconde": 1, "minute": 60, "heure": _H, "h": _H, "jour": 24 * _H,
                "semaine": 7 * 24 * _H, "सेकंड": 1, "मिनट": 60, "घंटे": _H, "घंटा": _H,
                "दिन": 24 * _H, "हफ्ते": 7 * 24 * _H, "सप्ताह": 7 * 24 * _H, "วินาที": 1,
                "นาที": 60, "ชั่วโมง": _H, "ชม.": _H, "วัน": 24 * _H, "สัปดาห์": 7 * 24 * _H,
                "সেকেন্ড": 1, "মিনিট": 60, "ঘণ্টা": _H, "ঘন্টা": _H, "দিন": 24 * _H,
                "সপ্তাহ": 7 * 24 * _H, "ثانية": 1, "ثوان": 1, "دقيقة": 60, "دقائق": 60,
                "دقيقتين": 120, "ساعة": _H, "ساعات": _H, "ساعتين": 2 * _H, "يوم": 24 * _H,
                "أيام": 24 * _H, "يومين": 48 * _H}
#: A machine-readable ISO 8601 date and time, its offset optional: nothing in it is guessed
#: but the zone of a naive time, which moves it by hours, never by days or years. (A date
#: alone is not one: "2019-11-19" is as often the UTC day of an evening story as its own.)
_STAMPED = re.compile(
    r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?$")
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
#: Only the strict RFC 2822 shape goes to email.utils: it reads "1:03 pm" as 01:03, silently.
#: RFC 2822's closing zone is a word or an offset, never a meridiem: "17 Dec 2024 01:03 PM" (Hindu
#: Tamil's "Published :" line) is a 12-hour clock, which email.utils read as 01:03 (PM dropped).
_RFC2822 = re.compile(r"^(?:[A-Za-z]{3}, )?\d\d? [A-Za-z]{3} \d{2,4} \d\d:\d\d(?::\d\d)?"
                      r" (?![AaPp]\.?[Mm]\.?$)[\w+-]+$")


def parse_datetime(
    text: str | None, *, tz: tzinfo, base: datetime, formats: Sequence[str] = (),
    languages: Sequence[str] | None = None, field: str = "date", url: str = "",
    day_first: bool = False,
) -> datetime | None:
    """Parse a page's date text into an aware datetime, or None when it is not a usable date.

    `day_first`: the page's locale writes the day first, so "05/12/2024" is 5 December (most
    of the world outside the US; see `timezone.day_first`); otherwise dateparser reads it
    month first, as US pages mean it.

    >>> from zoneinfo import ZoneInfo
    >>> base = datetime(2024, 12, 18, tzinfo=UTC)
    >>> parse_datetime("December 17, 2024 1:03 pm", tz=ZoneInfo("Asia/Kolkata"), base=base)
    datetime.datetime(2024, 12, 17, 13, 3, tzinfo=zoneinfo.ZoneInfo(key='Asia/Kolkata'))
    >>> parse_datetime("05/12/2024 13:03", tz=UTC, base=base, day_first=True).isoformat()
    '2024-12-05T13:03:00+00:00'
    >>> parse_datetime("12.09.16", tz=UTC, base=base).isoformat()  # US: 9 December 2016
    '2016-12-09T00:00:00+00:00'
    >>> parse_datetime("12.09.16", tz=UTC, base=base, day_first=True).isoformat()
    '2016-09-12T00:00:00+00:00'
    >>> parse_datetime("04-07-2024 09:07", tz=UTC, base=base, day_first=True).isoformat()
    '2024-07-04T09:07:00+00:00'
    >>> parse_datetime("2567-12-17T13:03:00+07:00", tz=UTC, base=base).isoformat()
    '2024-12-17T13:03:00+07:00'
    """
    if base.tzinfo is None:
        raise ValueError("base must be timezone-aware")
    cleaned = _clean(text)
    if not cleaned or len(cleaned) > MAX_LEN:
        return None
    if day_first and ("/" in cleaned or "-" in cleaned[1:3]):
        # "05/12/2024" → "05.12.2024"; a dashed one too ("04-07-2024 09:07", Dutch, Arabic and
        # Vietnamese pages: dateparser read it month first, 7 April).
        cleaned = _SLASHED_DAY.sub(r"\1.\3.\4", cleaned)
    elif not day_first and "." in cleaned:
        cleaned = _DOTTED_MONTH_FIRST.sub(r"\1/\2/\3", cleaned)  # "12.09.16" → "12/09/16"
    if cleaned[4:5] == "-" and "." in cleaned[10:14] and (dotted := _ISO_DAY_DOTTED_CLOCK.match(
            cleaned)):
        # Aftonbladet's "Publicerad 2024-12-17 13.03": the clock's dot, not a fraction of a
        # second (read as ISO 8601, "13.03" was 13:00:00.03).
        cleaned = f"{dotted[1]} {dotted[2]}:{dotted[3]}{cleaned[dotted.end():]}"
    if ":" in cleaned[1:3] and (clock_first := _CLOCK_THEN_DOTTED.match(cleaned)):
        # RIA's "13:03 17.12.2024", a Vietnamese "Đăng lúc 09:07 04/07/2024": the dotted day
        # after its clock (dateparser read "09:07 04.07.2024" month first: 7 April).
        cleaned = f"{clock_first[2]} {clock_first[1]}"
    value = _parse(cleaned, tz, base, formats, languages)
    if value is None:
        return None
    if 2540 <= value.year <= 2600:
        # A Thai Buddhist-era year in a stamp ("2567-12-17T13:03:00+07:00", a CMS under the
        # Thai locale): 2567 is 2024, never a year of ours.
        value = _gregorian(value)
    if value < _EARLIEST or (value > base + _FUTURE_SLACK and not _STAMPED.match(cleaned)):
        _warn_once(field, text, url,
                   "%s: dropping out-of-range date %r (parsed %s, fetched %s) at %s",
                   field, text, value.isoformat(), base.isoformat(), url)
        return None
    if value > base + _FUTURE_SLACK:
        # An ISO 8601 stamp cannot be mis-read (the future rule guards against day/month
        # swaps, guessed years and relative dates): when it is later than fetched_at, the
        # fetch time is what is wrong — re-parsed archives with placeholder WARC-Dates (a
        # naive "2019-11-20T11:42:00" in JSON-LD as often as a stamped one), clock skew.
        # Keep the page's value and say so.
        logger.info("%s: %r is later than fetched_at %s; kept, as an explicit timestamp, at %s",
                       field, text, base.isoformat(), url)
    return value


#: A zone abbreviation right after a clock time, with more text after it.
_MID_ZONE = re.compile(
    r"\d:\d\d(?::\d\d)?\s*(?:[aApP]\.?[mM]\.?)?\s+(?P<abbr>"
    + _ZONE_WORDS + r")\b(?=\s*[,/|]?\s*\w)")
_PRINTED_ABBR = re.compile(r"\b(?P<abbr>" + "|".join(sorted(_ABBREVIATIONS, key=len, reverse=True))
                           + r")\b")


def printed_zone(text: str) -> tzinfo | None:
    """The zone a date text prints after its clock time, or any zone abbreviation printed
    in it, or None.

    >>> printed_zone("Published 1:03 p.m. ET Dec. 17, 2024")
    zoneinfo.ZoneInfo(key='America/New_York')
    >>> printed_zone("10:20 AM EST, December 17, 2024")
    datetime.timezone(datetime.timedelta(days=-1, seconds=68400))
    """
    us = _US_ZONE.search(text) if "T" in text else None
    if us:
        return ZoneInfo(_REGIONS[us["abbr"]])
    offset = printed_zone_offset(text)
    return None if offset is None else timezone(offset)


def printed_zone_offset(text: str) -> timedelta | None:
    """The offset of a zone abbreviation printed anywhere in a date text, or None.

    >>> printed_zone_offset("10:20 AM EST, December 17, 2024")
    datetime.timedelta(days=-1, seconds=68400)
    >>> printed_zone_offset("December 17, 2024") is None
    True
    >>> printed_zone_offset("17/07/2024 - 13:03 GMT+2"), printed_zone_offset("01:03 pm (GMT+5:30)")
    (datetime.timedelta(seconds=7200), datetime.timedelta(seconds=19800))
    >>> printed_zone_offset("آخر تحديث: 17/12/202414:10 (توقيت مكة)")
    datetime.timedelta(seconds=10800)
    >>> printed_zone_offset("17 декабря 2024, 13:03 МСК"), printed_zone_offset("13:03 TSİ")
    (datetime.timedelta(seconds=10800), datetime.timedelta(seconds=10800))
    """
    match = _PRINTED_ABBR.search(text)
    if match is None and any(w in text for w in _ZONE_PHRASE_WORDS) \
            and (phrase := _ZONE_PHRASE.search(text)) and (offset := _zone_phrase(phrase).strip()):
        # Al Jazeera's "(توقيت مكة)": Mecca time; "МСК", "TSİ", "北京时间".
        sign = -1 if offset[0] == "-" else 1
        return sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6]))
    if match is None:
        return None
    if match["abbr"] in ("GMT", "UTC") and (shifted := _GMT_SHIFT.match(text, match.end())):
        # Euronews' "13:03 GMT+2", a Sri Lankan paper's "(GMT+5:30)": the offset after the
        # word, not UTC's (read as GMT, the page's unzoned update was put in UTC, 2 h late).
        sign = -1 if shifted["sign"] in "-−" else 1
        return sign * timedelta(hours=int(shifted["hh"]), minutes=int(shifted["mm"] or 0))
    return timedelta(seconds=_ABBREVIATIONS[match["abbr"]])


#: The offset printed right after "GMT" or "UTC" ("GMT+2", "UTC+05:30", "GMT -3").
_GMT_SHIFT = re.compile(r"\s?(?P<sign>[+−-])\s?(?P<hh>\d\d?)(?::?(?P<mm>\d\d))?(?!\d)")


def to_iso(value: datetime) -> str:
    """ISO 8601 with offset, to the second.

    >>> to_iso(datetime(2024, 12, 17, 7, 33, 0, 999, tzinfo=UTC))
    '2024-12-17T07:33:00+00:00'
    """
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime {value!r} has no offset to write")
    return value.isoformat(timespec="seconds")


#: Labels in languages that print the day first: a slashed date after one is day/month/year
#: ("Dikemaskini 17/12/2024 03:20 PM", The Star's Malay pages; Vietnamese "Cập nhật").
_DAY_FIRST_LABEL = re.compile(r"(?:diterbitkan|dikemaskini|kemas kini|cập nhật|đăng lúc)\b",
                              re.I)


#: Where a line printing both dates starts its second: "Dec. 17, 2024, 1:03 PM EST / Updated
#: Dec. 17, 2024, 3:20 PM EST" (NBC News), "… | Last updated …", "Publié le 30 août 2023 à
#: 14h52, modifié le 30 août 2023 à 15h54" (Le Monde), "…, actualizado …", "…, aktualisiert …".
_SECOND_DATE = re.compile(
    r"(?:\s[|/•·—–-]|,)\s+((?:last )?(?:updated|modified|modifié|mis à jour|actualizado"
    r"|atualizado|aktualisiert|aggiornato|modificato)\b.*)$", re.I)
#: Cheap test before the search: a word of `_SECOND_DATE` (in any case but the first letter).
_SECOND_DATE_WORDS = ("pdated", "odified", "odifié", "is à jour", "ctualizado", "tualizado",
                      "ktualisiert", "ggiornato", "odificato")


#: A clock's colon between its figures: two of them in a line may be two dates.
_CLOCK_COLON = re.compile(r"\d:\d\d")
#: The second date of a line in the other languages, after its update label (the label's
#: words as `_PREFIX` reads them), or a Japanese "（… 14:10更新）" closing it.
_SECOND_LABEL = re.compile(
    r"(?:\s+[|/•·–-]?|,)\s*[(（]?((?:stand|aangepast|gewijzigd|bijgewerkt|laatste update"
    r"|oppdatert|uppdaterad"
    # France 24's "Publié le : 17/12/2024 - 13:03 Modifié le : 17/12/2024 - 14:10".
    r"|modifié|mis à jour|actualizado|atualizado|aggiornato|updated|modified"
    r"|opdateret|päivitetty|aktualizováno|aktualizacja|data aktualizacji|обновлено|изменено"
    r"|оновлено|güncelleme|ενημερώθηκε|ενημέρωση|עודכן|cập nhật|آخر تحديث"
    r"|آخرین (?:به\u200c?\s?)?روز\s?رسانی|آخرین بروزرسانی|อัปเดต|ปรับปรุง|수정|최종수정"
    # Marathi's and Bengali's "अपडेट:"/"আপডেট:", Tamil's, Kazakh's, Azerbaijani's, Georgian's,
    # Swahili's and Dainik Jagran's: "… अपडेट: ४ जुलै २०२४, १०:१४", "… Imesasishwa: …".
    r"|अपडेट|আপডেট|புதுப்பிக்கப்பட்டது|жаңартылды|yenilənib|განახლდა|imesasishwa"
    r"|updated date)"
    r"(?!\w)[^\d]{0,12}\d.*)$"
    r"|\s*[（(](\d{4}\s*年[^（()）]*?)\s*(?:更新)?[)）]?$"
    # Asahi's "（最終更新 2024年12月17日 14時10分）".
    r"|\s*[（(](?:最終)?更新\s*(\d{4}\s*年[^（()）]*?)[)）]?$", re.I)
#: A day of the Hebrew calendar, its month transliterated and its year of the Jewish era
#: ("Kislev 16, 5785", "16 Kislev 5785"), with the separator setting it off the Gregorian day.
_HEBREW_CALENDAR_MONTHS = (r"(?:Tishrei|Tishri|Cheshvan|Heshvan|Marcheshvan|Kislev|Tevet|Teves"
                           r"|Shevat|Shvat|Adar(?: I{1,2}| Aleph| Bet)?|Nisan|Iyar|Iyyar|Sivan"
                           r"|Tammuz|Tamuz|Menachem Av|Av|Elul)")
_HEBREW_CALENDAR_DAY = re.compile(
    r"\s*[|•·/,–—-]?\s*(?:\d{1,2}\s+" + _HEBREW_CALENDAR_MONTHS + r"|" + _HEBREW_CALENDAR_MONTHS
    + r"\s+\d{1,2},?)\s+5[78]\d\d\b\s*[|•·/,–—-]?", re.I)
#: Malay's part of the day after a 12-hour clock: "pagi" (morning), "tengah hari" (noon),
#: "petang" (afternoon), "malam" (evening).
_MALAY_MERIDIEM = re.compile(r"(?<=\d)\s*(pagi|tengah hari|petang|malam)\b", re.I)
#: Zones named in words after a clock, with their fixed offsets: Arabic "(توقيت مكة)" (Al
#: Jazeera: Mecca time), "بتوقيت الرياض", "بتوقيت غرينتش" (GMT), "بتوقيت أبوظبي"; Russian "МСК"
#: (Moscow time); Turkish "TSİ" (Türkiye saati); Chinese "北京时间" (Beijing time).
_ZONE_PHRASE_OFFSETS = {
    "مكة": "+03:00", "مكة المكرمة": "+03:00", "الرياض": "+03:00", "السعودية": "+03:00",
    "الدوحة": "+03:00", "قطر": "+03:00", "الكويت": "+03:00", "بغداد": "+03:00",
    "غرينتش": "+00:00", "جرينتش": "+00:00", "غرينيتش": "+00:00", "أبوظبي": "+04:00",
    "أبو ظبي": "+04:00", "الإمارات": "+04:00", "دبي": "+04:00",
    "мск": "+03:00", "tsi̇": "+03:00", "tsi": "+03:00", "北京时间": "+08:00", "北京時間": "+08:00",
}
_ZONE_PHRASE = re.compile(
    r"\s*[(（]?\s*(?:ب?توقيت\s+(?P<city>مكة المكرمة|أبو ظبي|"
    + "|".join(k for k in _ZONE_PHRASE_OFFSETS if "\u0600" <= k[0] <= "\u06ff") + ")"
    r"|(?P<word>(?i:мск)|TSİ|TSI|北京时间|北京時間))\s*[)）]?(?!\w)")
#: Its cheap test: a word each phrase holds.
_ZONE_PHRASE_WORDS = ("توقيت", "МСК", "мск", "TSİ", "TSI", "北京时", "北京時")


def _zone_phrase(match: re.Match[str]) -> str:
    key = (match["city"] or match["word"]).casefold()
    return " " + _ZONE_PHRASE_OFFSETS.get(key, _ZONE_PHRASE_OFFSETS.get(key.replace("i̇", "i"),
                                                                        ""))
#: A few words before a date written in figures alone ("Madrid 17/12/2024"): a place or a
#: weekday, never a part of the date a format reads. Not a sentence: a related story's
#: headline glued to its date is no date line.
_PLACE_BEFORE_FIGURES = re.compile(
    r"^[^\W\d_][^\d]{0,30}?\s+(?=\d{1,2}([/.-])\d{1,2}\1\d{4}\b)")
#: A wire dateline's place in capitals and its dash before a date ("LONDON — May 13, 2017, 9:29
#: PM ET": ABC News's AP copy prints the place in the byline's date line), the agency's name
#: in parentheses after it too ("NEW YORK (AP) — ").
_CAPS_PLACE_DASH = re.compile(r"^[A-Z][A-Z.'’ ]{1,40}?(?:\s*\([A-Za-z ]{2,20}\))?\s+[—–-]{1,2}\s+"
                              r"(?=\d|[A-Z][a-z])")
#: An ISO 8601 day and a clock written with a dot (Swedish: "2024-12-17 13.03").
_ISO_DAY_DOTTED_CLOCK = re.compile(r"^(\d{4}-\d\d-\d\d)[ T](\d\d?)\.(\d\d)(?![\d.:])")
#: A clock time, then a dotted day-first date (the clock first: RIA Novosti's "13:03
#: 17.12.2024", a Vietnamese "09:07 04/07/2024" once `parse_datetime` wrote it dotted).
_CLOCK_THEN_DOTTED = re.compile(
    r"^(\d{1,2}:\d\d(?::\d\d)?)\s*[,|–-]?\s*(\d{1,2}\.\d{1,2}\.\d{4})$")
#: A place in one to four words and a spaced hyphen before a day and its month's name (El
#: País: "Madrid - 17 DIC 2024 - 13:03 CET", "Ciudad de México - 17 DIC 2024 - …").
_PLACE_DASH_DAY = re.compile(r"^[^\W\d_][^\W\d_.'’]*(?:[ .][^\W\d_][^\W\d_.'’]*){0,3} - "
                             r"(?=\d{1,2}(?: [^\W\d_]{3,}|[/.-]\d{1,2}[/.-]\d{2,4}))")
#: The print edition's page printed after a year: "Sat, Mar 16, 2024 page3", "…, page A2"
#: (`processors.PRINT_PAGE_TAIL` the same, for the date-line test).
_PRINT_PAGE = re.compile(r"(?<=\d{4}),?\s*page\s?[A-Z]?\d{1,3}[A-Z]?$", re.I)
#: A count printed right after a 12-hour clock ("Aug. 19, 2017, 1:00 PM 44,542": Business
#: Insider's view counter beside its date line): figures grouped by thousands are no part of
#: a date.
_COUNT_AFTER_CLOCK = re.compile(r"(?:(?<=[AaPp][Mm])|(?<=[AaPp]\.[Mm]\.))\s+\d{1,3}(?:,\d{3})+$")
#: A year with a clock time glued to it ("20241:03 PM"): a year has four figures, so the
#: figures after it are the hour.
_GLUED_CLOCK = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=\d{1,2}:\d\d)")


#: An arrow or bullet a template prints before the date ("» 2024年12月17日 13時03分 公開").
_LEADING_MARK = re.compile(r"^[»›■□◆◇●○・•*]+\s*")
#: A zone abbreviation written in lower case after a clock's "am"/"pm" ("3:24 pm ist", an
#: Indian paper's updated line), and a 24-hour clock given a "pm" all the same ("15:24pm"):
#: the abbreviation as the zone readers read (read as UTC by dateparser, which the lower-case
#: word sent it to, the offset was lost), the clock as its 24 hours say.
_LOWER_ZONE = re.compile(r"(?:(?<=\d[ap]m)|(?<=\d [ap]m))(\s*)(ist|gmt|utc|bst|cet|cest|est|"
                         r"edt|cst|cdt|mst|mdt|pst|pdt|et|ct|mt|pt|aest|aedt|sgt|hkt|jst|kst|"
                         r"pkt|wib)\b")
_PM_ON_24_HOURS = re.compile(r"(?<![\d:])((?:1[3-9]|2[0-3]):[0-5]\d)\s*[pP][mM]\b")


#: A Japanese era's year: Reiwa from 2019, Heisei 1989-2019 ("元年" its first year).
_JAPANESE_ERA = re.compile(r"(令和|平成)\s?(\d{1,2}|元)\s?年")
_ERA_START = {"令和": 2018, "平成": 1988}
#: A Hijri day: its day, month name, year and "هـ" (the Hijri era's mark).
_HIJRI_DAY = re.compile(
    r"\d{1,2}\s+(?:محرم|صفر|ربيع الأول|ربيع الاول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الاولى"
    r"|جمادى الآخرة|جمادى الاخرة|جمادى الثانية|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة)"
    r"\s+1[34]\d\d\s*هـ")
#: The Gregorian era's mark after a year ("2024 م", "2024مـ").
_GREGORIAN_MARK = re.compile(r"(?<=\d)\s*مـ?(?!\w)")


def _era_year(match: re.Match[str]) -> str:
    """A Japanese era's year as the Gregorian year and "年".

    >>> _JAPANESE_ERA.sub(_era_year, "令和6年12月17日"), _JAPANESE_ERA.sub(_era_year, "平成元年")
    ('2024年12月17日', '1989年')
    """
    year = 1 if match[2] == "元" else int(match[2])
    return f"{_ERA_START[match[1]] + year}年"


def _gregorian(value: datetime) -> datetime:
    """A Buddhist-era date's Gregorian day (the Buddhist year less 543).

    >>> _gregorian(datetime(2567, 12, 17, 13, 3))
    datetime.datetime(2024, 12, 17, 13, 3)
    """
    return value.replace(year=value.year - _BUDDHIST_ERA)


def _clean(text: str | None) -> str:
    """Whitespace collapsed and label prefixes removed ("Updated: …" → "…"); after a label in
    a day-first language, a slashed date is written with dots, as FORMATS read the day first.
    A line printing both dates is its first (the publication) date.

    >>> _clean("Dikemaskini 17/12/2024 03:20 PM"), _clean("Updated 12/17/2024 03:20 PM")
    ('17.12.2024 03:20 PM', '12/17/2024 03:20 PM')
    >>> _clean("Dec. 17, 2024, 1:03 PM EST / Updated Dec. 17, 2024, 3:20 PM EST")
    'Dec. 17, 2024, 1:03 PM EST'
    >>> _clean("New Delhi | Updated: December 17, 2024 13:03 IST")
    'December 17, 2024 13:03 IST'
    >>> _clean("Publié le 30 août 2023 à 14h52, modifié le 30 août 2023 à 15h54")
    '30 août 2023 à 14h52'

    The year and the clock time printed in elements of their own read as one word in the
    text (NPR's `<span class="date">December 17, 2024</span><span class="time">1:03 PM ET
    </span>`, CNBC's "Dec 17 2024<!-- -->1:03 PM EST"):

    >>> _clean("December 17, 20241:03 PM ET"), _clean("Tue, Dec 17 202413:03")
    ('December 17, 2024 1:03 PM ET', 'Tue, Dec 17 2024 13:03')

    The place a line prints before a date in figures (Vocento's `<time>Madrid <span>17/12/2024
    </span> a las 14:05h.</time>`) is no part of it:

    >>> _clean("Madrid 17/12/2024 a las 14:05h."), _clean("Santa Cruz de Tenerife 17.12.2024")
    ('17/12/2024 a las 14:05h.', '17.12.2024')

    Nor is a count printed after the clock:

    >>> _clean("Aug. 19, 2017, 1:00 PM 44,542")
    'Aug. 19, 2017, 1:00 PM'

    Nor is the print edition's page after the day (the Taipei Times' archive):

    >>> _clean("Sat, Mar 16, 2024 page3"), _clean("Mar 16, 2024, page A2")
    ('Sat, Mar 16, 2024', 'Mar 16, 2024')

    Nor is a wire dateline's place in capitals and its dash:

    >>> _clean("LONDON — May 13, 2017, 9:29 PM ET"), _clean("NEW YORK (AP) -- Dec. 17, 2024")
    ('May 13, 2017, 9:29 PM ET', 'Dec. 17, 2024')
    >>> _clean("Madrid - 17 DIC 2024 - 13:03 CET")
    '17 DIC 2024 - 13:03 CET'

    A zone written in lower case after "pm", and a "pm" after a 24-hour clock:

    >>> _clean("Nov 20 2019, 3:24 pm ist"), _clean("Nov 20 2019, 15:24pm ist")
    ('Nov 20 2019, 3:24 pm IST', 'Nov 20 2019, 15:24 IST')

    Nor is the Hebrew calendar's day beside it:

    >>> _clean("Tuesday, December 17, 2024 | Kislev 16, 5785")
    'Tuesday, December 17, 2024'
    >>> _clean("16 Kislev 5785 • December 17, 2024 13:03")
    'December 17, 2024 13:03'

    Nor is the Hijri day beside it; a Japanese era's year is the Gregorian one:

    >>> _clean("الثلاثاء - 15 جمادى الآخرة 1446 هـ - 17 ديسمبر 2024 مـ")
    '17 ديسمبر 2024'
    >>> _clean("令和6年12月17日 13時03分")
    '2024年12月17日 13時03分'

    Nor is an arrow or a bullet before it:

    >>> _clean("» 2024年12月17日 13時03分 公開")
    '2024年12月17日 13時03分 公開'
    """
    if not text:
        return ""
    # str.split() runs in C, so even a 1 MB string collapses in a few ms.
    collapsed = " ".join(text.split())
    if len(collapsed) > MAX_LEN:
        return collapsed
    collapsed = _GLUED_CLOCK.sub(r"\1 ", _LEADING_MARK.sub("", collapsed))
    if "m" in collapsed and ("pm" in collapsed or "am" in collapsed):
        collapsed = _PM_ON_24_HOURS.sub(r"\1", _LOWER_ZONE.sub(
            lambda m: m[1] + m[2].upper(), collapsed))
    if collapsed[-1:].isdigit() and "," in collapsed:
        collapsed = _COUNT_AFTER_CLOCK.sub("", collapsed)
    if "page" in collapsed:
        collapsed = _PRINT_PAGE.sub("", collapsed)
    if (" 57" in collapsed or " 58" in collapsed) and _HEBREW_CALENDAR_DAY.search(collapsed):
        # The Hebrew calendar's day beside the Gregorian one (JNS, Jewish weeklies: "Tuesday,
        # December 17, 2024 | Kislev 16, 5785"): dateparser read the line as none.
        collapsed = _HEBREW_CALENDAR_DAY.sub("", collapsed).strip()
    if "令和" in collapsed or "平成" in collapsed:
        # A Japanese era's year ("令和6年12月17日", Reiwa 6: 2024): dateparser read none.
        collapsed = _JAPANESE_ERA.sub(_era_year, collapsed)
    if "هـ" in collapsed and (hijri := _HIJRI_DAY.search(collapsed)):
        # The Hijri day beside the Gregorian one (Asharq Al-Awsat's "الثلاثاء - 15 جمادى
        # الآخرة 1446 هـ - 17 ديسمبر 2024 مـ"): the Gregorian day, without its era mark.
        collapsed = _GREGORIAN_MARK.sub("", collapsed[hijri.end():]).strip(" -–|،,")
    if "pagi" in collapsed or "petang" in collapsed or "malam" in collapsed \
            or "tengah hari" in collapsed:
        # Malay's time of day after a 12-hour clock: "1:03 petang" (afternoon), "9:07 pagi".
        collapsed = _MALAY_MERIDIEM.sub(
            lambda m: " am" if m[1].lower() == "pagi" else " pm", collapsed)
    if any(w in collapsed for w in _ZONE_PHRASE_WORDS):
        # Al Jazeera's "17/12/202413:03 (توقيت مكة)": Mecca's time, UTC+3; "13:03 МСК".
        collapsed = _ZONE_PHRASE.sub(_zone_phrase, collapsed).strip()
    if collapsed[-1:] in ("(", "（"):
        collapsed = collapsed[:-1].rstrip()  # a line cut at its next label's parenthesis
    if collapsed[-1:] in (")", "）") and (collapsed[:1] in ("(", "（")
                                         or collapsed[-3:-1] == "更新"
                                         or ("(" not in collapsed and "（" not in collapsed)):
        # RIA's "(обновлено: 14:10 17.12.2024)", Nikkei's "（2024年12月17日 14:10更新）"
        # (its label after the date, inside the parenthesis; the line read from its date on).
        collapsed = collapsed[1 if collapsed[:1] in ("(", "（") else 0:-1].strip()
        if collapsed[-2:] == "更新":
            collapsed = collapsed[:-2].rstrip()
    if any(w in collapsed for w in _SECOND_DATE_WORDS) and (
            second := _SECOND_DATE.search(collapsed)):
        before = collapsed[:second.start()]
        # "New Delhi | Updated: December 17, 2024 13:03 IST": a place, not a date, before it.
        collapsed = before if any(c.isdigit() for c in before) else second.group(1)
    elif ((collapsed.count(":") > 1 and collapsed[10:11] != "T"
           and len(_CLOCK_COLON.findall(collapsed)) > 1)
          or ("更新" in collapsed[8:] and ("（" in collapsed or "(" in collapsed))) \
            and (second := _SECOND_LABEL.search(collapsed)):
        # Two clocks, the second after another language's update label ("17.12.2024 – 13:03
        # Uhr Stand: 17.12.2024, 14:10 Uhr", "17.12.24, 13:03 עודכן: 17.12.24, 14:10",
        # "2024年12月17日 13:03 （2024年12月17日 14:10更新）").
        before = collapsed[:second.start()]
        collapsed = before if any(c.isdigit() for c in before) else (
            second.group(1) or second.group(2) or second.group(3))
    label = _PREFIX.match(collapsed)
    if label is None or not label.end():
        if " - " in collapsed[:40] and collapsed[:1].isupper():
            # El País's "Madrid - 17 DIC 2024 - 13:03 CET": the desk's place, then the day.
            collapsed = _PLACE_DASH_DAY.sub("", collapsed)
        return _PLACE_BEFORE_FIGURES.sub("", _CAPS_PLACE_DASH.sub("", collapsed)).strip()
    rest = collapsed[label.end():].strip()
    if "/" in rest and _DAY_FIRST_LABEL.match(label.group(0)):
        rest = _SLASHED_DAY.sub(r"\1.\3.\4", rest)
    return rest


def _parse(text: str, tz: tzinfo, base: datetime, formats: Sequence[str],
           languages: Sequence[str] | None) -> datetime | None:
    """Try the parsers cheapest first; the first that succeeds wins."""
    if _EPOCH.match(text):  # data-timestamp attributes; dateparser would read them in TIMEZONE
        return datetime.fromtimestamp(int(text[:10]), UTC).astimezone(tz)
    stamped = _iso(text)
    if stamped is not None and stamped.tzinfo is not None:
        # An ISO 8601 stamp with its offset (most metadata dates) is read as below, where it
        # comes first and keeps its own zone: the zone search (~7 µs) would find nothing to add.
        return stamped
    core, zone = _split_zone(text, tz)
    if core[:1].isalpha() and core.split(None, 1)[0].rstrip(",").lower() in _DAY_WORD_FIRSTS \
            and (today := _today_clock(core, zone or tz, base)):
        return today
    if "/" in core[:3] and (slashed := _JA_SLASHED_DAY.match(core)):
        core = f"{slashed[1]}月{slashed[2]}日 {slashed[3]}"  # "12/17(火) 13:03", year-less
    yearless = False
    if "月" in core[:3] and (month_day := _CJK_MONTH_DAY.match(core)):
        core, yearless = _with_year(core, month_day, base.astimezone(tz)), True
    elif "." in core[1:16] and (day_month := _DOTTED_DAY_MONTH.match(core)):
        core, yearless = _dotted_with_year(core, day_month, base.astimezone(tz)), True
    value = _iso(text) or _iso(core) or _strptime(text, formats) or _strptime(core, formats)
    if value is None and _RFC2822.match(text):
        value = _rfc2822(text)
    if value is None:
        normalized = _normalize(core)
        # A year-less date first: it matches no format, and trying them all cost ~0.5 ms.
        value = (_without_year(normalized, tz, base) or _strptime(normalized, FORMATS)
                 or (_iso(normalized) if normalized != core else None))
        if value is None and _BARE_CLOCK.fullmatch(normalized):
            if normalized != core and _NAMED_WEEKDAY.search(core):
                return _weekday_clock(core, zone or tz, base, languages)
            if core == normalized or _CLOCK_ONLY.fullmatch(core):
                # A clock alone ("14:10", "14:10 Uhr", "à 13h03"): its latest moment at or
                # before the fetch, as dateparser reads it, without dateparser (~3 ms).
                return _latest_clock(normalized, zone or tz, base)
            core = text = normalized  # a clock alone ("à 13h03"): dateparser misread the rest
    if value is None and (germanic := _germanic(core)) is not None:
        value = _iso(germanic) or _strptime(_normalize(germanic), FORMATS)
    if value is not None:
        return _not_after(_localize(value, zone or tz), base) if yearless else \
            _localize(value, zone or tz)
    if core.isdigit():  # a bare "12" or "2024" is a count or a year, not a publication date
        return None
    relative = _relative(core, base) or _german_relative(core, tz, base)
    if relative is not None:
        return relative.astimezone(tz)
    if not core.isascii() and BIKRAM_SAMBAT_DAY.search(core):
        return None  # a Bikram Sambat day: no Gregorian one, and dateparser reads none either
    return _dateparser(core if zone else text, zone or tz, base, languages)


#: A clock time alone, as `_normalize` writes it ("13:03").
_BARE_CLOCK = re.compile(r"\d\d?:\d\d")
#: The weekdays `_normalize` drops (English, French, Spanish): with a clock alone beside one
#: ("Tuesday 13:03", "mardi 13h03", a live blog's entries) the day is that weekday's.
_NAMED_WEEKDAY = re.compile(r"\b(?:(?:mon|tue|wed|thu|fri|sat|sun)"
                            r"(?:day|sday|nesday|rsday|urday|s|rs)?"
                            r"|(?:lun|mar|mercre|jeu|vendre|same)di|dimanche|lunes|martes"
                            r"|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\b", re.I)


#: "Today" and "yesterday" in the other languages, days before the fetch's day (English ones go
#: the way they went: dateparser, and a paired stamp's zone).
_DAY_WORDS = {
    **dict.fromkeys(("heute", "hoy", "aujourd'hui", "aujourd’hui", "oggi", "hoje",
                     "vandaag", "dzisiaj", "dziś", "dnes", "idag", "i dag", "tänään", "сегодня",
                     "сьогодні", "bugün", "σήμερα", "اليوم", "امروز", "היום", "今日", "今天",
                     "오늘", "วันนี้", "hôm nay", "hari ini"), 0),
    **dict.fromkeys(("gestern", "ayer", "hier", "ieri", "ontem", "gisteren",
                     "wczoraj", "včera", "igår", "i går", "eilen", "вчера", "вчора", "dün", "χθες",
                     "أمس", "امس", "دیروز", "אתמול", "昨日", "昨天", "어제", "เมื่อวาน", "hôm qua",
                     "kemarin"), 1),
}
#: Their first words (the cheap test before `_DAY_CLOCK`).
_DAY_WORD_FIRSTS = frozenset(w.split()[0] for w in _DAY_WORDS)
#: "Today"/"yesterday", then a clock: "heute, 13:03 Uhr", "hoje às 13h03", "i dag kl. 13.03",
#: "Ayer, 13:03 hs", "เมื่อวาน 13:03 น.", "Kemarin, 13:03".
_DAY_CLOCK = re.compile(
    r"^(?P<word>" + "|".join(sorted(map(re.escape, _DAY_WORDS), key=len, reverse=True)) + r")"
    r"\s*,?\s*(?:(?:à|a las|às|alle|um|at|om|o|в|о|kl\.?|klo|saat|เวลา|lúc|pukul|jam)\s+)?"
    r"(?P<hour>\d{1,2})[:.h](?P<minute>\d\d)(?:\s*(?:uhr|h|hs|hrs|น\.?))?\.?$", re.I)


def _today_clock(text: str, tz: tzinfo, base: datetime) -> datetime | None:
    """Today's or yesterday's clock, in the page's language, as the fetch's day in `tz` (or
    the day before) at that time; dateparser read "hoje às 13h03" as 22:00 the day before,
    "i dag kl. 13.03" as 11:00, and Thai not at all.

    >>> base = datetime(2024, 12, 18, 10, tzinfo=UTC)
    >>> [_today_clock(t, UTC, base).isoformat()[:16] for t in (
    ...     "hoje às 13h03", "i dag kl. 13.03", "เมื่อวาน 13:03 น.", "Ayer, 13:03 hs")]
    ['2024-12-18T13:03', '2024-12-18T13:03', '2024-12-17T13:03', '2024-12-17T13:03']
    >>> _today_clock("heute im Bundestag", UTC, base) is None
    True
    """
    match = _DAY_CLOCK.match(text)
    if match is None:
        return None
    hour, minute = int(match["hour"]), int(match["minute"])
    if hour > 23 or minute > 59:
        return None
    day = base.astimezone(tz).date() - timedelta(days=_DAY_WORDS[match["word"].lower()])
    return datetime.combine(day, datetime.min.time().replace(hour=hour, minute=minute),
                            tzinfo=tz)


#: A clock and nothing of a day around it: its label words ("à", "um", "Uhr", "h", "alle").
_CLOCK_ONLY = re.compile(r"(?:(?:à|a las|às|alle|um|kl\.?|klo|om|o|в|saat)\s+)?"
                         r"\d\d?[:.h]\d\d(?:\s*(?:uhr|h|hs|hrs|น\.))?", re.I)


def _latest_clock(clock: str, tz: tzinfo, base: datetime) -> datetime | None:
    """The latest moment at or before `base` that a clock alone ("14:10") names: today's in
    `tz`, or yesterday's where today's is still to come.

    >>> base = datetime(2024, 12, 18, 6, tzinfo=UTC)  # 07:00 in Berlin
    >>> berlin = ZoneInfo("Europe/Berlin")
    >>> _latest_clock("14:10", berlin, base).isoformat()
    '2024-12-17T14:10:00+01:00'
    >>> _latest_clock("06:30", berlin, base).isoformat(), _latest_clock("25:10", berlin, base)
    ('2024-12-18T06:30:00+01:00', None)
    """
    hour, minute = (int(part) for part in clock.split(":"))
    if hour > 23 or minute > 59:
        return None
    moment = datetime.combine(base.astimezone(tz).date(), datetime.min.time().replace(
        hour=hour, minute=minute), tzinfo=tz)
    if moment > base:
        moment = datetime.combine(moment.date() - timedelta(days=1), moment.timetz())
    return moment


def _weekday_clock(text: str, tz: tzinfo, base: datetime,
                   languages: Sequence[str] | None) -> datetime | None:
    """A weekday and a clock, no date: the latest such moment at or before `base` (the
    clock alone would put it today or yesterday, whatever the weekday). dateparser reads the
    weekday, but takes the fetch's own weekday a week back even where its clock has passed.

    >>> base = datetime(2025, 10, 2, 13, 0, tzinfo=UTC)  # a Thursday
    >>> [_weekday_clock(t, UTC, base, None).isoformat() for t in ("Tuesday 13:03", "mardi 13h03")]
    ['2025-09-30T13:03:00+00:00', '2025-09-30T13:03:00+00:00']
    >>> [_weekday_clock(t, UTC, base, None).isoformat() for t in ("Thursday 12:00", "Thu 14:00")]
    ['2025-10-02T12:00:00+00:00', '2025-09-25T14:00:00+00:00']
    """
    value = _dateparser(text, tz, base, languages)
    while value is not None and value + timedelta(days=7) <= base:
        value += timedelta(days=7)
    return value


def _with_year(text: str, month_day: re.Match[str], base: datetime) -> str:
    """A Chinese/Japanese month and day printed without the year, in the year that puts it
    on or before the fetch day ("12月31日" fetched on 2 January is last year's).

    >>> m = _CJK_MONTH_DAY.match("12月17日 13:03")
    >>> _with_year("12月17日 13:03", m, datetime(2025, 1, 2, tzinfo=UTC))
    '2024年12月17日 13:03'
    """
    return f"{_year_not_after(int(month_day[1]), int(month_day[2]), base)}年{text}"


def _dotted_with_year(text: str, day_month: re.Match[str], base: datetime) -> str:
    """A day and month printed with their dots and no year ("15.05.", German, Czech, Polish
    and Nordic pages) in the year that puts it on or before the fetch day: dateparser read
    "15.05." as the clock 15:05 and "3.7." as 7 March.

    >>> m = _DOTTED_DAY_MONTH.match("15.05. 14:30 Uhr")
    >>> _dotted_with_year("15.05. 14:30 Uhr", m, datetime(2025, 1, 2, tzinfo=UTC))
    '15.05.2024 14:30 Uhr'
    >>> m = _DOTTED_DAY_MONTH.match("Mo., 15.05.")
    >>> _dotted_with_year("Mo., 15.05.", m, datetime(2025, 6, 30, tzinfo=UTC))
    '15.05.2025'
    """
    day, month = int(day_month[1]), int(day_month[2])
    year = _year_not_after(month, day, base)
    return f"{day:02d}.{month:02d}.{year}{text[day_month.end():]}"


def _year_not_after(month: int, day: int, base: datetime) -> int:
    """The year a yearless month and day fall in on or before `base`'s day.

    >>> _year_not_after(12, 31, datetime(2025, 1, 2, tzinfo=UTC))
    2024
    """
    return base.year if (month, day) <= (base.month, base.day) else base.year - 1


def _not_after(value: datetime, base: datetime) -> datetime:
    """A date printed without its year, read in the year of `base`: the year before when
    that puts it after `base` (its day after the fetch's, on its own calendar, or its clock
    later than the fetch's), as a weekday and a clock are (`_weekday_clock`).

    >>> base = datetime(2024, 5, 15, 12, tzinfo=UTC)
    >>> _not_after(datetime(2024, 5, 15, 18, 30, tzinfo=UTC), base).year
    2023
    >>> _not_after(datetime(2024, 5, 15, tzinfo=UTC), base).year  # the fetch's day
    2024
    """
    late = value.date() > base.astimezone(value.tzinfo).date() if (
        value.hour, value.minute, value.second) == (0, 0, 0) else value > base
    if not late:
        return value
    try:
        return value.replace(year=value.year - 1)
    except ValueError:  # 29 February
        return value.replace(year=value.year - 1, day=28)


def _split_zone(text: str, tz: tzinfo) -> tuple[str, tzinfo | None]:
    """Split a trailing zone ("IST", "(GMT+5:30)", "+0530") off the text, or one printed
    right after the clock time ("11:11 PM EST Nov 19, 2019"): without it the text went to
    dateparser, at ~15 ms a call.

    >>> _split_zone("11:11 PM EST Nov 19, 2019", UTC)
    ('11:11 PM Nov 19, 2019', zoneinfo.ZoneInfo(key='America/New_York'))
    >>> _split_zone("August 12, 2010, 5:00PM EST", UTC)  # the newsroom's clock: EDT then
    ('August 12, 2010, 5:00PM', zoneinfo.ZoneInfo(key='America/New_York'))
    >>> _split_zone("1:03 p.m. ET Dec. 17, 2024", UTC)
    ('1:03 p.m. Dec. 17, 2024', zoneinfo.ZoneInfo(key='America/New_York'))
    >>> _split_zone("Tuesday 17 December 2024 13:03, UK", UTC)[1]
    zoneinfo.ZoneInfo(key='Europe/London')
    >>> _split_zone("Dec 17, 2024 1:03 p.m. AT", UTC), _split_zone("Dec 17 AT Noon", UTC)
    (('Dec 17, 2024 1:03 p.m.', zoneinfo.ZoneInfo(key='America/Halifax')), ('Dec 17 AT Noon', None))

    A day printed without a clock time is that day wherever it is read (AP's "April 28, 2023
    GMT" is not 27 April in New York):

    >>> _split_zone("April 28, 2023 GMT", UTC), _split_zone("April 28, 2023 1pm GMT", UTC)[1]
    (('April 28, 2023', None), datetime.timezone.utc)
    """
    match = _ZONE.search(text)
    if match is None or match.start() == len(text):
        mid = _MID_ZONE.search(text) or (_US_ZONE.search(text) if "T" in text else None)
        if mid is None or (mid["abbr"] == "IST" and _own_zone("IST", tz) is None):
            return text, None  # India's IST: left to dateparser, which reads it our way
        core = text[: mid.start("abbr")].rstrip() + " " + text[mid.end():].lstrip(" ,")
        return core.strip(), _own_zone(mid["abbr"], tz) or _named_zone(mid["abbr"])
    core, abbr, sign = text[: match.start()], match["abbr"], match["sign"]
    # A bare offset only counts after a time: "2024-12-17" must not lose "-17".
    if not core or (abbr is None and not _ENDS_WITH_TIME.search(core)):
        return text, None
    if abbr is not None and not sign and not _CLOCK.search(core):
        return core, None  # a day, not an instant: midnight in that zone is another day here
    if not sign and (own := _own_zone(abbr, tz)) is not None:
        return core, own  # their IST or EST is the newsroom's own time
    if (abbr in _REGIONS or abbr in _US_STANDARD) and not sign:
        return core, _named_zone(abbr)
    seconds = _ABBREVIATIONS.get(abbr, 0) if abbr else 0
    if sign:
        hours, minutes = int(match["hh"]), int(match["mm"] or 0)
        if hours > 14 or minutes > 59:
            return text, None
        seconds = (1 if sign == "+" else -1) * (hours * _H + minutes * 60)
    return core, timezone(timedelta(seconds=seconds))


def _named_zone(abbr: str) -> tzinfo:
    """The zone an abbreviation or US region word names.

    >>> _named_zone("IST")
    datetime.timezone(datetime.timedelta(seconds=19800))
    >>> _named_zone("ET")
    zoneinfo.ZoneInfo(key='America/New_York')
    """
    if abbr in _REGIONS:
        return ZoneInfo(_REGIONS[abbr])
    if abbr in _US_STANDARD:
        # "5:00PM EST" on an August day: US templates print the standard zone's name the
        # year round over the newsroom's own clock (EDT in summer); in winter the same.
        return ZoneInfo(_REGIONS[_US_STANDARD[abbr]])
    return timezone(timedelta(seconds=_ABBREVIATIONS[abbr]))


def _localize(value: datetime, tz: tzinfo) -> datetime:
    """Attach tz to a naive value; an offset already parsed from the text wins.

    Naive local times use zoneinfo's fold=0: a time in the spring-forward gap (02:30 on
    2024-03-10 in New York) keeps the offset from before the change (-05:00, i.e. 07:30 UTC),
    and an ambiguous fall-back time (01:30 on 2024-11-03) is its first occurrence (-04:00).
    """
    return value if value.tzinfo is not None else value.replace(tzinfo=tz, fold=0)


def _iso(text: str) -> datetime | None:
    if not text[:4].isdigit():  # cheap reject before raising ValueError
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _strptime(text: str, formats: Sequence[str]) -> datetime | None:
    for fmt in formats:
        marks = _FORMAT_MARKS.get(fmt)
        if marks is None:
            marks = _FORMAT_MARKS[fmt] = _format_marks(fmt)
        if marks and not all(mark in text for mark in marks):
            continue  # a failed strptime costs ~5 µs: half the tries end here (dev corpus)
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


#: Each format's `_format_marks`, worked out on first use.
_FORMAT_MARKS: dict[str, str] = {}


def _format_marks(fmt: str) -> str:
    """The punctuation a strptime format prints between its fields, which strptime matches
    as itself: a text without one of them cannot match the format.

    >>> _format_marks("%d.%m.%Y %H:%M"), _format_marks("%B %d %Y"), _format_marks("%d%%.%m")
    ('..:', '', '.')
    """
    marks, at = [], 0
    while at < len(fmt):
        if fmt[at] == "%":
            at += 2  # a directive, or "%%"
            continue
        if fmt[at] in ".:/,-":
            marks.append(fmt[at])
        at += 1
    return "".join(marks)


def _rfc2822(text: str) -> datetime | None:
    """RSS/HTTP dates ("Tue, 17 Dec 2024 07:33:00 GMT")."""
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


#: Spanish, Portuguese and Italian month names and short forms, as English short forms for
#: strptime: "17 de diciembre de 2024, 13:03 h", "17.dez.2024 às 13h03", "17 dicembre 2024
#: 13:03" (else dateparser, ~3 ms).
_ROMANCE_MONTHS = {
    "enero": "Jan", "ene": "Jan", "janeiro": "Jan", "febrero": "Feb", "fevereiro": "Feb",
    "fev": "Feb", "marzo": "Mar", "março": "Mar", "abril": "Apr", "abr": "Apr", "mayo": "May",
    "maio": "May", "mai": "May", "junio": "Jun", "junho": "Jun", "julio": "Jul", "julho": "Jul",
    "agosto": "Aug", "ago": "Aug", "septiembre": "Sep", "setiembre": "Sep", "setembro": "Sep",
    "set": "Sep", "octubre": "Oct", "outubro": "Oct", "out": "Oct", "noviembre": "Nov",
    "novembro": "Nov", "diciembre": "Dec", "dic": "Dec", "dezembro": "Dec", "dez": "Dec",
    "gennaio": "Jan", "gen": "Jan", "febbraio": "Feb", "aprile": "Apr", "maggio": "May",
    "mag": "May", "giugno": "Jun", "giu": "Jun", "luglio": "Jul", "lug": "Jul",
    "settembre": "Sep", "ottobre": "Oct", "ott": "Oct", "novembre": "Nov", "dicembre": "Dec",
    # French: "17 décembre 2024 à 13h03", "17 déc. 2024", "1er févr. 2024".
    "janvier": "Jan", "janv": "Jan", "février": "Feb", "févr": "Feb", "fév": "Feb",
    "mars": "Mar", "avril": "Apr", "avr": "Apr", "juin": "Jun", "juillet": "Jul", "juil": "Jul",
    "août": "Aug", "septembre": "Sep", "octobre": "Oct", "décembre": "Dec", "déc": "Dec",
}
_ROMANCE_MONTH = re.compile(r"\b(?:" + "|".join(_ROMANCE_MONTHS) + r")\b", re.I)
#: Their glue words and clock forms: "de", "às", "a las", "alle ore", "13h03", a trailing
#: "h"; the dots of "17.dez.2024".
#: French ones too: "à", a leading "le", weekdays, the "1er" of the first day ("Publié le
#: mardi 1er octobre 2024 à 13h03", "Le 17/12/2024 à 13:03").
#: Spanish weekdays ("Martes 17 de diciembre de 2024") and Argentina's "hs" after the clock
#: ("17 de diciembre de 2024 - 13:03 hs", Clarín, Página/12; "hrs" in Chile).
_ROMANCE_GLUE = re.compile(r"\b(?:de|del|às|a las|alle ore|alle|ore|à|^le"
                           r"|(?:lun|mar|mercre|jeu|vendre|same)di|dimanche"
                           r"|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\b"
                           r"|(?<=\b1)er\b"
                           r"|(?<=\d)\.(?=[^\W\d])|(?<=[^\W\d])\.(?=\d)"
                           r"|(?<=\d\d) ?(?:h|hs|hrs)\.?$", re.I)
#: Quebec prints the clock's "h" spaced ("Publié le 17 décembre 2024 à 13 h 03").
_H_CLOCK = re.compile(r"(?<=\d)(?:h| h )(?=\d\d\b)")
#: Hindi month names (both spellings), as English short forms: "17 दिसंबर 2024, 13:03" (else
#: dateparser, ~3 ms). Devanagari vowel signs are no \w, so \b cannot bound them: spaces,
#: digits and commas do.
_HINDI_MONTHS = {
    "जनवरी": "Jan", "फरवरी": "Feb", "फ़रवरी": "Feb", "मार्च": "Mar", "अप्रैल": "Apr", "मई": "May",
    "जून": "Jun", "जुलाई": "Jul", "अगस्त": "Aug", "सितंबर": "Sep", "सितम्बर": "Sep",
    "अक्टूबर": "Oct", "अक्तूबर": "Oct", "नवंबर": "Nov", "नवम्बर": "Nov", "दिसंबर": "Dec",
    "दिसम्बर": "Dec",
}
#: Bengali months (as Bangladeshi and Kolkata papers print the Gregorian ones), digits and
#: the clock's "পিএম"/"এএম" (PM/AM): "১৭ ডিসেম্বর ২০২৪, ০১:০৩ পিএম" (else dateparser).
_BENGALI_MONTHS = {
    "জানুয়ারি": "Jan", "জানুয়ারী": "Jan", "ফেব্রুয়ারি": "Feb", "ফেব্রুয়ারী": "Feb", "মার্চ": "Mar",
    "এপ্রিল": "Apr", "মে": "May", "জুন": "Jun", "জুলাই": "Jul", "আগস্ট": "Aug", "আগষ্ট": "Aug",
    "সেপ্টেম্বর": "Sep", "অক্টোবর": "Oct", "নভেম্বর": "Nov", "ডিসেম্বর": "Dec",
    "পিএম": "PM", "এএম": "AM",
}
_BENGALI_MONTH = re.compile(r"(?<![^\s\d,])(?:" + "|".join(_BENGALI_MONTHS) + r")(?![^\s\d,])")
_BENGALI_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
#: The Gregorian months as the other Indian languages' papers print them: Marathi, Gujarati,
#: Punjabi, Odia, Telugu, Kannada, Malayalam and Assamese ("१७ डिसेंबर २०२४", "૧૭ ડિસેમ્બર ૨૦૨૪,
#: ૧૧:૨૦ IST", "17 డిసెంబర్ 2024"), and the Brahmic scripts' digits as ASCII ones: read by
#: strptime, not dateparser (5-400 ms a call).
_INDIC_MONTH_NAMES = (
    ("Jan", "जानेवारी જાન્યુઆરી ਜਨਵਰੀ ଜାନୁଆରୀ జనవరి ಜನವರಿ ജനുവരി জানুৱাৰী ජනවාරි"),
    ("Feb", "फेब्रुवारी ફેબ્રુઆરી ਫਰਵਰੀ ଫେବୃଆରୀ ఫిబ్రవరి ಫೆಬ್ರವರಿ ഫെബ്രുവരി ফেব্ৰুৱাৰী फेब्रुअरी පෙබරවාරි"),
    ("Mar", "માર્ચ ਮਾਰਚ ମାର୍ଚ୍ଚ మార్చి ಮಾರ್ಚ್ മാർച്ച് মাৰ্চ මාර්තු"),
    ("Apr", "एप्रिल એપ્રિલ ਅਪ੍ਰੈਲ ଅପ୍ରେଲ ఏప్రిల్ ಏಪ್ರಿಲ್ ഏപ്രിൽ এপ্ৰিল अप्रिल අප්‍රේල්"),
    ("May", "मे મે ਮਈ ମେ మే ಮೇ മേയ് මැයි"),
    ("Jun", "જૂન ਜੂਨ ଜୁନ జూన్ ಜೂನ್ ജൂൺ जुन ජූනි"),
    ("Jul", "जुलै જુલાઈ ਜੁਲਾਈ ଜୁଲାଇ జూలై ಜುಲೈ ജൂലൈ ජූලි"),
    ("Aug", "ऑगस्ट ઓગસ્ટ ਅਗਸਤ ଅଗଷ୍ଟ ఆగస్టు ಆಗಸ್ಟ್ ഓഗസ്റ്റ് अगस्ट අගෝස්තු"),
    ("Sep", "सप्टेंबर સપ્ટેમ્બર ਸਤੰਬਰ ସେପ୍ଟେମ୍ବର సెప్టెంబర్ ಸೆಪ್ಟೆಂಬರ್ സെപ്റ്റംബർ ছেপ্তেম্বৰ सेप्टेम्बर සැප්තැම්බර්"),
    ("Oct", "ऑक्टोबर ઓક્ટોબર ਅਕਤੂਬਰ ଅକ୍ଟୋବର అక్టోబర్ ಅಕ್ಟೋಬರ್ ഒക്ടോബർ অক্টোবৰ अक्टोबर ඔක්තෝබර්"),
    ("Nov", "नोव्हेंबर નવેમ્બર ਨਵੰਬਰ ନଭେମ୍ବର నవంబర్ ನವೆಂಬರ್ നവംബർ নৱেম্বৰ नोभेम्बर නොවැම්බර්"),
    ("Dec", "डिसेंबर ડિસેમ્બર ਦਸੰਬਰ ଡିସେମ୍ବର డిసెంబర్ ಡಿಸೆಂಬರ್ ഡിസംബർ ডিচেম্বৰ डिसेम्बर දෙසැම්බර්"),
)
_INDIC_MONTHS = {name: month for month, names in _INDIC_MONTH_NAMES
                 for name in names.split()}
# Sinhala's clock marks: "ප.ව." (p.m.) and "පෙ.ව." (a.m.): "දෙසැම්බර් 17, 2024 1:03 ප.ව.".
_INDIC_MONTHS.update({"ප.ව.": "PM", "පෙ.ව.": "AM"})
_INDIC_MONTH = re.compile(r"(?<![^\s\d,])(?:"
                          + "|".join(sorted(_INDIC_MONTHS, key=len, reverse=True))
                          + r")(?![^\s\d,])")
_INDIC_WEEKDAY = re.compile(r"^[\u0900-\u097f]+(?:वार|बार),?\s+")
_INDIC_YEAR_FIRST = re.compile(r"^(\d{4}) ([A-Z][a-z]{2}) (\d{1,2})(?!\d)")
_SPACED_CLOCK = re.compile(r"(?<=\d):\s(?=\d\d(?!\d))")
#: Kannada papers' month shortened to its first syllable and a dot, glued to the day
#: (Prajavani, Vijay Karnataka: "ಡಿ.17, 2024, 13:03"): read only so, opening the line.
_KANNADA_SHORT_MONTHS = {"ಜ": "Jan", "ಫೆ": "Feb", "ಮಾ": "Mar", "ಏ": "Apr", "ಮೇ": "May",
                         "ಜೂ": "Jun", "ಜು": "Jul", "ಆ": "Aug", "ಸೆ": "Sep", "ಅ": "Oct",
                         "ನ": "Nov", "ಡಿ": "Dec"}
_KANNADA_SHORT_MONTH = re.compile(
    r"^(" + "|".join(sorted(_KANNADA_SHORT_MONTHS, key=len, reverse=True))
    + r")\.\s?([0-3]?\d)(?=,?\s+(?:19|20)\d\d\b)")
_INDIC_DIGITS = str.maketrans({chr(block + 0x66 + n): str(n) for n in range(10)
                               for block in range(0x900, 0xd80, 0x80)})
_HINDI_MONTH = re.compile(r"(?<![^\s\d,])(?:" + "|".join(_HINDI_MONTHS) + r")(?![^\s\d,])")
#: Tamil month names, full and as Tamil papers shorten them with a dot ("டிச. 17, 2024"), as
#: English short forms: "17 டிசம்பர் 2024, 1:03 pm" (Dinamani, Dinamalar; else dateparser).
_TAMIL_MONTHS = {
    "ஜனவரி": "Jan", "பிப்ரவரி": "Feb", "மார்ச்": "Mar", "ஏப்ரல்": "Apr", "மே": "May",
    "ஜூன்": "Jun", "ஜூலை": "Jul", "ஆகஸ்ட்": "Aug", "செப்டம்பர்": "Sep", "அக்டோபர்": "Oct",
    "நவம்பர்": "Nov", "டிசம்பர்": "Dec", "ஜன": "Jan", "பிப்": "Feb", "மார்": "Mar",
    "ஏப்": "Apr", "ஆக": "Aug", "செப்": "Sep", "அக்": "Oct", "நவ": "Nov", "டிச": "Dec",
}
_TAMIL_MONTH = re.compile(r"(?<![^\s\d,])(" + "|".join(sorted(_TAMIL_MONTHS, key=len, reverse=True))
                          + r")\.?(?![^\s\d,])")
#: A day of the Bikram Sambat calendar, as Nepali papers print the publication's ("पुस २,
#: २०८१ १३:०३", "२०८१ पुस २ गते १३:०३"): its month's name and a year of the era (2050-2099). No
#: reader converts it (`fields._bikram_sambat_clock` takes its clock beside a stamp's day).
BIKRAM_SAMBAT_DAY = re.compile(
    r"(?<![\u0900-\u097f])(?:बैशाख|वैशाख|जेठ|जेष्ठ|असार|आषाढ|साउन|श्रावण|भदौ|भाद्र|असोज|आश्विन"
    r"|कात्तिक|कार्तिक|मंसिर|मङ्सिर|पुस|पौष|माघ|फागुन|फाल्गुन|चैत|चैत्र)(?![\u0900-\u097f])"
    r"[^:]{0,20}?(?:२०[५-९][०-९]|20[5-9]\d)|(?:२०[५-९][०-९]|20[5-9]\d)\s+(?:बैशाख|जेठ|असार"
    r"|साउन|भदौ|असोज|कात्तिक|मंसिर|पुस|माघ|फागुन|चैत)\s")
#: The Ethiopian calendar's months, Meskerem to Pagume, as Amharic papers and ENA print a day
#: of it ("ታኅሣሥ 8 ቀን 2017 ዓ.ም", "ታኅሣሥ 8/2017"): twelve months of 30 days and Pagume's five
#: or six, the year beginning on 11 September (12 September before a Gregorian leap year).
_ETHIOPIAN_MONTHS = ("መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ",
                     "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ", "ጳጉሜን")
_ETHIOPIAN_DATE = re.compile(
    r"(" + "|".join(_ETHIOPIAN_MONTHS) + r")\s*(\d{1,2})(?:\s*ቀን)?\s*[/,]?\s*(\d{4})"
    r"(?:\s*ዓ\.?\s*ም\.?)?")


def _ethiopian(text: str) -> str:
    """An Ethiopian calendar day as the Gregorian one ("17 Dec 2024"); the text as it was
    when the day is none.

    >>> _ethiopian("ታኅሣሥ 8 ቀን 2017 ዓ.ም 13:03"), _ethiopian("ሰኔ 27/2016")
    ('17 Dec 2024 13:03', '04 Jul 2024')
    >>> _ethiopian("የካቲት 26 ቀን 2017 ዓ.ም"), _ethiopian("ጳጉሜን 9 ቀን 2017 ዓ.ም")
    ('05 Mar 2025', 'ጳጉሜን 9 ቀን 2017 ዓ.ም')
    """
    def gregorian(m: re.Match[str]) -> str:
        month, day, year = _ETHIOPIAN_MONTHS.index(m[1]) + 1, int(m[2]), int(m[3])
        if not 1 <= day <= (30 if month < 13 else 6):
            return m[0]
        start = date(year + 7, 9, 12 if (year + 8) % 4 == 0 else 11)
        return (start + timedelta(days=(month - 1) * 30 + day - 1)).strftime("%d %b %Y")
    return _ETHIOPIAN_DATE.sub(gregorian, text)


#: Georgian months ("17 დეკემბერი 2024, 13:03") and Khmer ones with Khmer figures and the
#: words for day, month, year and hour ("ថ្ងៃទី១៧ ខែធ្នូ ឆ្នាំ២០២៤ ម៉ោង ១៣:០៣"), as English
#: short forms (else dateparser, 5-40 ms, which reads no Khmer long form at all).
_GEORGIAN_KHMER_MONTHS = dict(zip(
    ("იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო",
     "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი", "មករា", "កុម្ភៈ", "មីនា", "មេសា",
     "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"),
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] * 2,
    strict=True))
_GEORGIAN_KHMER_MONTH = re.compile(
    r"(?:ថ្ងៃទី|ខែ|ឆ្នាំ|ម៉ោង)|(?<![\u10d0-\u10ff])(?:"
    + "|".join(sorted(_GEORGIAN_KHMER_MONTHS, key=len, reverse=True)) + r")(?![\u10d0-\u10ff])")
_KHMER_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")


def _georgian_or_khmer(text: str) -> str:
    """Georgian and Khmer dates as English short forms.

    >>> _georgian_or_khmer("17 დეკემბერი 2024, 13:03")
    '17 Dec 2024, 13:03'
    >>> _georgian_or_khmer("ថ្ងៃទី១៧ ខែធ្នូ ឆ្នាំ២០២៤ ម៉ោង ១៣:០៣"), _georgian_or_khmer("១៧ ធ្នូ ២០២៤")
    ('17 Dec 2024 13:03', '17 Dec 2024')
    """
    text = _GEORGIAN_KHMER_MONTH.sub(
        lambda m: f" {_GEORGIAN_KHMER_MONTHS.get(m.group(0), '')} ", text.translate(_KHMER_DIGITS))
    return " ".join(text.replace(" ,", ",").split())


#: Arabic month names as English short forms: the Egyptian and Gulf names ("17 ديسمبر 2024",
#: with or without hamza: "أبريل"/"ابريل") and the Levantine ones ("17 كانون الأول 2024"),
#: longest first so "كانون الأول" is not read as "كانون" (else dateparser, 5-500 ms a call).
_ARABIC_MONTHS = {
    "يناير": "Jan", "فبراير": "Feb", "مارس": "Mar", "أبريل": "Apr", "ابريل": "Apr",
    "إبريل": "Apr", "مايو": "May", "يونيو": "Jun", "يونيه": "Jun", "يوليو": "Jul",
    "يوليه": "Jul", "أغسطس": "Aug", "اغسطس": "Aug", "سبتمبر": "Sep", "أكتوبر": "Oct",
    "اكتوبر": "Oct", "نوفمبر": "Nov", "ديسمبر": "Dec",
    "كانون الثاني": "Jan", "شباط": "Feb", "آذار": "Mar", "نيسان": "Apr", "أيار": "May",
    "حزيران": "Jun", "تموز": "Jul", "آب": "Aug", "أيلول": "Sep", "تشرين الأول": "Oct",
    "تشرين الثاني": "Nov", "كانون الأول": "Dec",
    # Urdu's (Jang, Express, Dawn News): "17 دسمبر 2024", "منگل 17 دسمبر 2024".
    "جنوری": "Jan", "فروری": "Feb", "مارچ": "Mar", "اپریل": "Apr", "مئی": "May", "جون": "Jun",
    "جولائی": "Jul", "اگست": "Aug", "ستمبر": "Sep", "اکتوبر": "Oct", "نومبر": "Nov",
    "دسمبر": "Dec",
}
#: Bounded by anything but a letter, so the Levantine "آب" (August) is not read inside the
#: Persian "آبان" (a digit may touch it: "١٧ديسمبر").
_ARABIC_MONTH = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(sorted(_ARABIC_MONTHS, key=len, reverse=True))
    + r")(?![^\W\d_])")
#: Persian (Solar Hijri) months, in the order of the year ("۲۷ آذر ۱۴۰۳ - ۱۳:۰۳", Tasnim,
#: IRNA, BBC Persian), with the Persian or the Arabic yeh and kaf.
_PERSIAN_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
                   "آذر", "دی", "بهمن", "اسفند")
_PERSIAN_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s*(" + "|".join(m.replace("ی", "[یي]") for m in _PERSIAN_MONTHS)
    + r")(?![^\W\d_])\s*(1[34]\d\d)(?!\d)")
#: Persian's 12-hour clock marks: "ب.ظ" (بعد از ظهر, p.m.) and "ق.ظ" (قبل از ظهر, a.m.).
_PERSIAN_MERIDIEM = re.compile(r"\s*([بق])\.?\s?ظ\.?(?!\w)")
#: A Solar Hijri day in figures, year first ("1403/09/27", "1403/9/27").
_PERSIAN_SLASHED = re.compile(r"(?<![\d/-])(1[34]\d\d)([/-])(\d{1,2})\2(\d{1,2})(?![\d/-])")
#: Persian weekdays ("سه‌شنبه"), "ساعت" (o'clock) and the slashes and dashes between parts.
_PERSIAN_WORDS = re.compile(r"(?:[یي]ک|دو|سه|چهار|پنج)?[\s\u200c]?شنبه|جمعه|ساعت|[/|]")
#: Jalaali years at which the 33-year leap cycle restarts (Borkowski's table, as jalaali-js).
_JALALI_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097,
                  2192, 2262, 2324, 2394, 2456, 3178)
#: Arabic-Indic and Persian digits ("١٧ ديسمبر ٢٠٢٤"), the Arabic comma, and the right-to-left
#: mark some templates print before a date: strptime reads none of them.
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹،\u200f\u200e",
                               "01234567890123456789,  ")
#: Weekdays (dropped, as `_WEEKDAY` drops English ones) and the clock's "ص"/"م" (a.m./p.m.).
_ARABIC_WEEKDAY = re.compile(r"(?:(?:ال)?(?:سبت|أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة)"
                             # Urdu's: Monday (two names) to Sunday.
                             r"|پیر|سوموار|منگل|بدھ|جمعرات|جمعہ|ہفتہ|اتوار)(?=[\s,،])")
#: "At the hour" before a clock ("… 2024 الساعة 13:03", Lebanon's NNA): a word, not a date's.
_ARABIC_AT = re.compile(r"(?<![^\W\d_])(?:في )?الساعة(?![^\W\d_])")
_URDU_MERIDIEM = re.compile(r"(?<=\d)\s*(بعد|قبل) دوپہر(?!\w)")
_ARABIC_MERIDIEM = re.compile(r"(?<=\d)\s*(ص|م)(?!\w)")
#: Turkish month names and weekdays: "17 Aralık 2024 13:03", "17 Aralık 2024 Salı 13:03".
_TURKISH_MONTHS = {
    "ocak": "Jan", "şubat": "Feb", "mart": "Mar", "nisan": "Apr", "mayıs": "May",
    "haziran": "Jun", "temmuz": "Jul", "ağustos": "Aug", "eylül": "Sep", "ekim": "Oct",
    "kasım": "Nov", "aralık": "Dec",
}
_TURKISH_MONTH = re.compile(r"\b(?:" + "|".join(_TURKISH_MONTHS) + r")\b", re.I)
_TURKISH_WEEKDAY = re.compile(
    r"\b(?:pazartesi|salı|çarşamba|perşembe|cumartesi|cuma|pazar)\b,?", re.I)


#: Vietnamese weekdays ("Thứ ba, 17/12/2024, 13:03 (GMT+7)", VnExpress; "Chủ nhật" is Sunday):
#: the date after one is day first.
_VIETNAMESE_WEEKDAY = re.compile(r"^(?:th[ứu]\s*(?:hai|ba|t[ưư]|năm|sáu|bảy|[2-7])|chủ nhật),?\s*",
                                 re.I)


def _vietnamese(text: str) -> str:
    """A Vietnamese date line as FORMATS read it (called on non-ASCII text only).

    >>> _vietnamese("Thứ ba, 17/12/2024, 13:03"), _vietnamese("Chủ nhật, 15/12/2024")
    ('17.12.2024, 13:03', '15.12.2024')
    """
    weekday = _VIETNAMESE_WEEKDAY.match(text)
    return _SLASHED_DAY.sub(r"\1.\3.\4", text[weekday.end():]) if weekday else text


#: Thai months, full and short ("17 ธันวาคม 2567", "17 ธ.ค. 67"), as English short forms.
_THAI_MONTHS = {
    "มกราคม": "Jan", "กุมภาพันธ์": "Feb", "มีนาคม": "Mar", "เมษายน": "Apr", "พฤษภาคม": "May",
    "มิถุนายน": "Jun", "กรกฎาคม": "Jul", "สิงหาคม": "Aug", "กันยายน": "Sep", "ตุลาคม": "Oct",
    "พฤศจิกายน": "Nov", "ธันวาคม": "Dec", "ม.ค.": "Jan", "ก.พ.": "Feb", "มี.ค.": "Mar",
    "เม.ย.": "Apr", "พ.ค.": "May", "มิ.ย.": "Jun", "ก.ค.": "Jul", "ส.ค.": "Aug", "ก.ย.": "Sep",
    "ต.ค.": "Oct", "พ.ย.": "Nov", "ธ.ค.": "Dec",
}
#: A Thai day, month and year: the year of the Buddhist era ("2567" is 2024; short, "67"),
#: perhaps after "พ.ศ." (B.E.).
_THAI_DATE = re.compile(
    r"(\d{1,2})\s*(" + "|".join(re.escape(m) for m in sorted(_THAI_MONTHS, key=len, reverse=True))
    + r")\s*(?:พ\.ศ\.\s*)?(\d{4}|\d\d)(?!\d)")
#: What else Thai date lines print: the weekday ("วันอังคารที่"), "เวลา" (at) and the clock's
#: "น." (hours).
_THAI_WORDS = re.compile(r"[\u0e00-\u0e7f][\u0e00-\u0e7f.]*")
_BUDDHIST_ERA = 543


_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def _thai(text: str) -> str:
    """A Thai date line as FORMATS read it, its Buddhist-era year as the common era's (called
    on non-ASCII text only; Thai month names say the year is the Buddhist era's).

    >>> _thai("17 ธันวาคม 2567 13:03"), _thai("วันอังคารที่ 17 ธ.ค. 67 เวลา 13:03 น.")
    ('17 Dec 2024 13:03', '17 Dec 2024 13:03')
    >>> _thai("17 ธันวาคม 2024"), _thai("๑๗ ธ.ค. ๒๕๖๗ ๑๓:๐๓ น.")
    ('17 Dec 2024', '17 Dec 2024 13:03')
    """
    if any("\u0e50" <= c <= "\u0e59" for c in text):
        text = text.translate(_THAI_DIGITS)  # Thai figures ("๑๗ ธ.ค. ๒๕๖๗ ๑๓:๐๓ น.")
    m = _THAI_DATE.search(text)
    if m is None:
        return text
    year = int(m[3])
    year = year - _BUDDHIST_ERA if year >= 2400 else 2500 + year - _BUDDHIST_ERA if year < 100 \
        else year
    day = f"{m[1]} {_THAI_MONTHS[m[2]]} {year}"
    return " ".join(_THAI_WORDS.sub(" ", f"{text[:m.start()]} {day} {text[m.end():]}").split())


#: Hebrew months, perhaps after the "ב" (in) that dates carry ("17 בדצמבר 2024, 13:03",
#: Haaretz, Ynet, Walla), as English short forms; weekdays ("יום שלישי") and "בשעה" (at) go.
_HEBREW_MONTHS = {
    "ינואר": "Jan", "פברואר": "Feb", "מרץ": "Mar", "מרס": "Mar", "אפריל": "Apr", "מאי": "May",
    "יוני": "Jun", "יולי": "Jul", "אוגוסט": "Aug", "ספטמבר": "Sep", "אוקטובר": "Oct",
    "נובמבר": "Nov", "דצמבר": "Dec",
}
_HEBREW_MONTH = re.compile(r"(?<!\w)ב?-?(" + "|".join(_HEBREW_MONTHS) + r")(?!\w)")
_HEBREW_WORDS = re.compile(r"(?<!\w)(?:(?:ב?יום (?:ראשון|שני|שלישי|רביעי|חמישי|שישי|שבת)"
                           r"|בשעה)(?!\w)|ב-?(?=\d))")


def _hebrew(text: str) -> str:
    """A Hebrew date line as FORMATS read it (called on non-ASCII text only).

    >>> _hebrew("17 בדצמבר 2024, 13:03"), _hebrew("יום שלישי, 17 בדצמבר 2024 בשעה 13:03")
    ('17 Dec 2024 13:03', '17 Dec 2024 13:03')
    >>> _hebrew("ב-17 במאי 2024"), _hebrew("ביום שלישי, 17 בדצמבר 2024, 13:03")
    ('17 May 2024', '17 Dec 2024 13:03')
    """
    if _HEBREW_MONTH.search(text) is None:
        return text
    text = _HEBREW_MONTH.sub(lambda m: _HEBREW_MONTHS[m[1]], _HEBREW_WORDS.sub(" ", text))
    return " ".join(text.replace(",", " ").split())


def _nowruz(year: int) -> date:
    """The Gregorian day of 1 Farvardin (Nowruz) of a Solar Hijri year, by Borkowski's
    arithmetic (exact for 1–3177 SH; positive years only).

    >>> [str(_nowruz(y)) for y in (1403, 1404, 1399, 1375)]
    ['2024-03-20', '2025-03-21', '2020-03-20', '1996-03-20']
    """
    leap_j, previous, jump = -14, _JALALI_BREAKS[0], 0
    for brk in _JALALI_BREAKS[1:]:
        jump = brk - previous
        if year < brk:
            break
        leap_j += jump // 33 * 8 + jump % 33 // 4
        previous = brk
    n = year - previous
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    gy = year + 621
    leap_g = gy // 4 - (gy // 100 + 1) * 3 // 4 - 150
    return date(gy, 3, 20 + leap_j - leap_g)


def _solar_hijri(day: int, month: int, year: int) -> date | None:
    """A Solar Hijri day as the Gregorian one, None when the day does not exist.

    >>> _solar_hijri(27, 9, 1403), _solar_hijri(1, 1, 1403), _solar_hijri(30, 12, 1403)
    (datetime.date(2024, 12, 17), datetime.date(2024, 3, 20), datetime.date(2025, 3, 20))
    >>> _solar_hijri(31, 6, 1402), _solar_hijri(1, 7, 1402), _solar_hijri(30, 12, 1402)
    (datetime.date(2023, 9, 22), datetime.date(2023, 9, 23), None)
    >>> _solar_hijri(31, 7, 1403), _solar_hijri(0, 1, 1403)
    (None, None)
    """
    if not 1 <= day <= (31 if month <= 6 else 30):
        return None
    offset = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    value = _nowruz(year) + timedelta(days=offset + day - 1)
    return value if value < _nowruz(year + 1) else None


def _persian(text: str) -> str:
    """A Persian (Solar Hijri) date line as FORMATS read it, the day as the Gregorian one
    (called on text whose digits are already ASCII).

    >>> _persian("27 آذر 1403 - 13:03"), _persian("سه‌شنبه 27 آذر 1403 ساعت 13:03")
    ('17 Dec 2024 13:03', '17 Dec 2024 13:03')
    >>> _persian("5 آبان 1403"), _persian("31 اسفند 1402")
    ('26 Oct 2024', '31 اسفند 1402')
    >>> _persian("1403/09/27 - 13:03"), _persian("27 آذر 1403 01:03 ب.ظ")
    ('17 Dec 2024 13:03', '17 Dec 2024 01:03 pm')
    """
    if "ظ" in text:  # "۰۱:۰۳ ب.ظ" (after noon), "ق.ظ" (before noon)
        text = _PERSIAN_MERIDIEM.sub(lambda m: " pm" if m[1] == "ب" else " am", text)
    m = _PERSIAN_DATE.search(text)
    if m is None:
        if (slashed := _PERSIAN_SLASHED.search(text)) is not None and (day := _solar_hijri(
                int(slashed[4]), int(slashed[3]), int(slashed[1]))) is not None:
            # Tasnim's and ISNA's "۱۴۰۳/۰۹/۲۷ - ۱۳:۰۳": the Solar Hijri day in figures.
            rest = _PERSIAN_WORDS.sub(" ", f"{text[:slashed.start()]} {text[slashed.end():]}")
            return " ".join(f"{day:%d %b %Y} {rest}".replace(" - ", " ").split())
        return text
    month = next(i for i, name in enumerate(_PERSIAN_MONTHS, 1)
                 if name == m[2].replace("ي", "ی"))
    day = _solar_hijri(int(m[1]), month, int(m[3]))
    if day is None:
        return text
    rest = _PERSIAN_WORDS.sub(" ", f"{text[:m.start()]} {text[m.end():]}")
    return " ".join(f"{day:%d %b %Y} {rest}".replace(" - ", " ").split())


#: The Hijri (lunar) date a Saudi or Gulf paper prints before the Gregorian one, up to its
#: "هـ" (never read as a Gregorian day: 1446 is no year of ours), and the "م" closing the
#: Gregorian year (not the "م" of p.m., which follows a clock).
_HIJRI_FIRST = re.compile(r"^.*?\d{4}\s*هـ\s*[-–|/،,]?\s*")
_GREGORIAN_YEAR_MARK = re.compile(r"(?<=\d{4})\s*م(?!\w)")


def _arabic_or_turkish(text: str) -> str:
    """Arabic and Turkish dates in the shapes FORMATS lists (called on non-ASCII text only).

    >>> _arabic_or_turkish("الثلاثاء، ١٧ ديسمبر ٢٠٢٤ - ١:٠٣ م")
    '17 Dec 2024 - 1:03 pm'
    >>> _arabic_or_turkish("الثلاثاء ١٦ جمادى الآخرة ١٤٤٦هـ - ١٧ ديسمبر ٢٠٢٤م")
    '17 Dec 2024'
    >>> _arabic_or_turkish("17 كانون الأول 2024 15:20"), _arabic_or_turkish("17 Aralık 2024 Salı")
    ('17 Dec 2024 15:20', '17 Dec 2024')
    >>> _arabic_or_turkish("منگل 17 دسمبر 2024"), _arabic_or_turkish("17 دسمبر ، 2024 01:03 PM")
    ('17 Dec 2024', '17 Dec 2024 01:03 PM')
    >>> _arabic_or_turkish("17 دسمبر 2024 ، 02:10 بعد دوپہر")
    '17 Dec 2024 02:10 pm'

    "الساعة" ("at the hour") before the clock, as NNA prints it:

    >>> _arabic_or_turkish("الثلاثاء 17 كانون الأول 2024 الساعة 13:03")
    '17 Dec 2024 13:03'
    """
    if any("\u0600" <= c <= "\u06ff" for c in text):
        text = text.translate(_ARABIC_DIGITS)
        if "هـ" in text:
            # Saudi papers print the Hijri day first, the Gregorian one after it, its year
            # marked "م": "الثلاثاء 16 جمادى الآخرة 1446هـ - 17 ديسمبر 2024م".
            text = _GREGORIAN_YEAR_MARK.sub("", _HIJRI_FIRST.sub("", text))
        text = _persian(text)
        text = _ARABIC_MONTH.sub(lambda m: _ARABIC_MONTHS[m.group(0)], text)
        text = _ARABIC_WEEKDAY.sub("", _ARABIC_AT.sub(" ", text))
        text = _ARABIC_MERIDIEM.sub(lambda m: " pm" if m.group(1) == "م" else " am", text)
        if "دوپہر" in text:
            # Urdu's "بعد دوپہر" (afternoon) and "قبل دوپہر" (forenoon) after the clock.
            text = _URDU_MERIDIEM.sub(lambda m: " pm" if m.group(1) == "بعد" else " am", text)
    elif _TURKISH_MONTH.search(text):
        text = _TURKISH_MONTH.sub(lambda m: _TURKISH_MONTHS[m.group(0).lower()], text)
        text = _TURKISH_WEEKDAY.sub("", text)
    return " ".join(text.replace(",", " ").split())


#: German, Dutch, Nordic, Finnish, Czech and Hungarian month names and short forms not
#: already English ones ("April", "Nov" read as they are), as English short forms: "17.
#: Dezember 2024, 13:03 Uhr", "17 maart 2024 om 13:03", "17. desember 2024 kl. 13.03",
#: "17. prosince 2024" (else dateparser, ~4 ms a call).
_GERMANIC_MONTHS = {
    "januar": "Jan", "januari": "Jan", "jänner": "Jan", "jän": "Jan", "februar": "Feb",
    "februari": "Feb", "feber": "Feb", "märz": "Mar", "maerz": "Mar", "mär": "Mar",
    "maart": "Mar", "mrt": "Mar", "mars": "Mar", "mai": "May", "mei": "May", "maj": "May",
    "juni": "Jun", "juli": "Jul", "augustus": "Aug", "augusti": "Aug", "oktober": "Oct",
    "okt": "Oct", "dezember": "Dec", "desember": "Dec", "dez": "Dec", "des": "Dec",
    "marts": "Mar",
    # Indonesian ("Selasa, 17 Desember 2024 13:03 WIB"; "mei", "juni", "juli" are above).
    "maret": "Mar", "agustus": "Aug", "agu": "Aug", "agt": "Aug", "nopember": "Nov",
    # Malay ("Selasa, 17 Disember 2024 13:03"; "januari", "mei", "oktober" are above).
    "mac": "Mar", "julai": "Jul", "ogos": "Aug", "disember": "Dec",
    # Finnish (the partitive of "17. joulukuuta 2024" and the nominative), Czech (the
    # genitive of "17. prosince 2024" and the nominative), Hungarian ("2024. december 17.").
    **{f"{stem}kuu{end}": month for stem, month in (
        ("tammi", "Jan"), ("helmi", "Feb"), ("maalis", "Mar"), ("huhti", "Apr"),
        ("touko", "May"), ("kesä", "Jun"), ("heinä", "Jul"), ("elo", "Aug"),
        ("syys", "Sep"), ("loka", "Oct"), ("marras", "Nov"), ("joulu", "Dec"))
       for end in ("", "ta")},
    "ledna": "Jan", "leden": "Jan", "února": "Feb", "únor": "Feb", "března": "Mar",
    "březen": "Mar", "dubna": "Apr", "duben": "Apr", "května": "May", "květen": "May",
    "června": "Jun", "červen": "Jun", "července": "Jul", "červenec": "Jul", "srpna": "Aug",
    "srpen": "Aug", "září": "Sep", "října": "Oct", "říjen": "Oct", "listopadu": "Nov",
    "listopad": "Nov", "prosince": "Dec", "prosinec": "Dec",
    "január": "Jan", "február": "Feb", "március": "Mar", "április": "Apr", "május": "May",
    "június": "Jun", "július": "Jul", "augusztus": "Aug", "szeptember": "Sep",
    "október": "Oct", "márc": "Mar", "ápr": "Apr", "máj": "May", "jún": "Jun", "júl": "Jul",
    "szept": "Sep",
    # Romanian ("17 decembrie 2024, ora 13:03"), Croatian genitives ("17. prosinca 2024. u
    # 13:03"; its October, "listopada", is Polish November: `_CROATIAN_OCTOBER`), Serbian
    # Latin ("17. decembra 2024.", "17. decembar 2024.") and Greek genitives ("17
    # Δεκεμβρίου 2024").
    "ianuarie": "Jan", "februarie": "Feb", "martie": "Mar", "aprilie": "Apr", "iunie": "Jun",
    "iulie": "Jul", "septembrie": "Sep", "octombrie": "Oct", "noiembrie": "Nov",
    "decembrie": "Dec",
    "siječnja": "Jan", "veljače": "Feb", "ožujka": "Mar", "travnja": "Apr", "svibnja": "May",
    "lipnja": "Jun", "srpnja": "Jul", "kolovoza": "Aug", "rujna": "Sep", "studenoga": "Nov",
    "studenog": "Nov", "prosinca": "Dec",
    "januara": "Jan", "februara": "Feb", "marta": "Mar", "aprila": "Apr", "juna": "Jun",
    "jula": "Jul", "avgusta": "Aug", "septembra": "Sep", "oktobra": "Oct", "novembra": "Nov",
    "decembra": "Dec", "septembar": "Sep", "oktobar": "Oct", "novembar": "Nov",
    "decembar": "Dec",
    "ιανουαρίου": "Jan", "φεβρουαρίου": "Feb", "μαρτίου": "Mar", "απριλίου": "Apr",
    "μαΐου": "May", "ιουνίου": "Jun", "ιουλίου": "Jul", "αυγούστου": "Aug",
    "σεπτεμβρίου": "Sep", "οκτωβρίου": "Oct", "νοεμβρίου": "Nov", "δεκεμβρίου": "Dec",
    # Greek short forms ("17 Δεκ 2024, 13:03").
    "ιαν": "Jan", "φεβ": "Feb", "μαρ": "Mar", "απρ": "Apr", "μαΐ": "May", "μαϊ": "May",
    "ιουν": "Jun", "ιουλ": "Jul", "αυγ": "Aug", "σεπ": "Sep", "σεπτ": "Sep", "οκτ": "Oct",
    "νοε": "Nov", "δεκ": "Dec",
}
#: Azerbaijani and Uzbek ("17 dekabr 2024, 13:03"), Swahili ("Desemba 17, 2024", "17 Desemba
#: 2024"), Hausa ("Disamba 17, 2024") and Filipino ("Disyembre 17, 2024 1:03 PM") months, as
#: their papers print them (else dateparser, 5-30 ms, which read "5 mart 2025" as 7 May).
_LATIN_MONTH_NAMES = (
    ("Jan", "yanvar januari janairu enero"), ("Feb", "fevral februari fabrairu pebrero"),
    ("Mar", "mart machi maris marso"), ("Apr", "aprel aprili afrilu abril"),
    ("May", "may mei mayu mayo"), ("Jun", "iyun juni yuni hunyo"),
    ("Jul", "iyul julai yuli hulyo"), ("Aug", "avqust avgust agosti agusta agosto"),
    ("Sep", "sentyabr septemba satumba setyembre"), ("Oct", "oktyabr oktoba oktubre"),
    ("Nov", "noyabr novemba nuwamba nobyembre"), ("Dec", "dekabr desemba disamba disyembre"),
)
_GERMANIC_MONTHS.update({name: month for month, names in _LATIN_MONTH_NAMES
                         for name in names.split() if name not in _GERMANIC_MONTHS})
_GERMANIC_MONTH = re.compile(r"\b(?:" + "|".join(_GERMANIC_MONTHS) + r")\b\.?", re.I)
#: Their weekdays (full anywhere, the two-letter German ones "Di.," only first), the day's
#: ordinal dot ("17. Dezember"), glue words ("om", "kl.", "klockan", "den") and a reading time
#: printed on the date line ("Stand: 17.12.2024 | Lesedauer: 3 Minuten").
_GERMANIC_NOISE = re.compile(
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|maandag"
    r"|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|m[åa]ndag|tirsdag|tisdag|onsdag"
    r"|torsdag|fredag|l[øö]rdag|s[øö]ndag"
    # Finnish, Czech and Hungarian weekdays ("tiistaina", "úterý", "kedd").
    r"|(?:maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)(?:na)?"
    r"|pondělí|úterý|středa|čtvrtek|pátek|sobota|neděle"
    r"|hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap"
    # Indonesian weekdays ("Selasa, 17 Desember 2024").
    r"|senin|selasa|rabu|kamis|jum'?at|sabtu|minggu"
    # Malay weekdays not Indonesian ones ("Isnin, 16 Disember 2024").
    r"|isnin|khamis|jumaat|ahad"
    # Swahili weekdays ("Jumanne, Desemba 17, 2024").
    r"|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili"
    # Romanian, Croatian, Serbian and Greek weekdays ("marți, 17 decembrie 2024").
    r"|luni|marți|marţi|miercuri|joi|vineri|sâmbătă|duminică|ponedjeljak|utorak|srijeda"
    r"|četvrtak|petak|subota|nedjelja|ponedeljak|sreda|nedelja"
    r"|δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή)\b,?"
    r"|^(?:mo|di|mi|do|fr|sa|so)\.,?(?=\s)"
    r"|(?<=\b\d)\.(?=\s)|(?<=\b\d\d)\.(?=\s)|\b(?:om|kl\.?|klo|klockan|klokken|den)(?=\s)"
    # The year's closing dot and the clock's "u"/"ora"/"в" (Croatian, Serbian, Romanian,
    # Bulgarian: "17.12.2024. u 13:03", "17 decembrie 2024, ora 13:03").
    r"|(?<=\d{4})\.(?=\s|,|$)|\b(?:u|ora|в)(?=\s\d)"
    # Czech "v" (at) and Polish "o" before the clock ("17. 12. 2024 v 13:03").
    r"|(?<=\d\s)(?:v|o)(?=\s\d{1,2}:\d\d)"
    r"|\s[|·•]?\s*(?:lesedauer|lesezeit|leestijd|lesetid|lästid)\b.*$",
    re.I,
)
#: A clock with dots ("13.03 Uhr", ISO's "2024-12-17 13.03.00") and a clock joined to the
#: date by a hyphen ("17.07.2024-15:20").
_GERMANIC_CLOCK = re.compile(r"(?<=\d),?[ T-](\d\d?)\.(\d\d)(?:\.(\d\d))?(?=\s*(?:uhr)?$)", re.I)
_HYPHEN_CLOCK = re.compile(r"(?<=\d{4})-(?=\d\d?:\d\d)")
#: Czech spaced numeric dates ("17. 12. 2024 15:20") and Hungarian ones, year first with a
#: dot closing the day ("2024.12.17. 13:03", "2024. 12. 17."): as "17.12.2024".
_SPACED_DAY = re.compile(r"\b(\d\d?)\.\s(\d\d?)\.\s(\d{4})\b")
_YEAR_FIRST_DOTTED = re.compile(r"^(\d{4})\.\s?(\d\d?)\.\s?(\d\d?)\.(?=\s|,|$)")
#: Hungarian "2024. december 17." (its month made English already): day first.
_YEAR_FIRST_MONTH = re.compile(r"^(\d{4})\.?\s+([^\W\d_]{3,}\.?)\s+(\d\d?)\.?(?=\s|,|$)")


def _germanic(text: str) -> str | None:
    """German, Dutch and Nordic dates in the shapes FORMATS and ISO 8601 read, or None when
    nothing here applies (tried only once English shapes failed: English dates never pay).

    >>> _germanic("Dienstag, 17. Dezember 2024, 13:03 Uhr"), _germanic("17 maart 2024 om 13:03")
    ('17 Dec 2024, 13:03 Uhr', '17 Mar 2024 13:03')
    >>> _germanic("2024-12-17 13.03.00"), _germanic("17.07.2024-15:20")
    ('2024-12-17 13:03:00', '17.07.2024 15:20')
    >>> _germanic("17.12.2024 | Lesedauer: 3 Minuten"), _germanic("2 hours ago") is None
    ('17.12.2024', True)
    >>> _germanic("17.12.2024 klo 13.03"), _germanic("17. dec. 2024 kl. 15:20")
    ('17.12.2024 13:03', '17 dec. 2024 15:20')
    >>> _germanic("17. joulukuuta 2024 13.03"), _germanic("17. prosince 2024 13:03")
    ('17 Dec 2024 13:03', '17 Dec 2024 13:03')
    >>> _germanic("17. 12. 2024 15:20"), _germanic("2024. március 17., kedd 13:03")
    ('17.12.2024 15:20', '17 Mar 2024, 13:03')
    >>> _germanic("2024.12.17. 13:03"), _germanic("Selasa, 17 Desember 2024 13:03")
    ('17.12.2024 13:03', '17 Dec 2024 13:03')
    >>> _germanic("Khamis, 19 Disember 2024 13:03"), _germanic("8 Ogos 2024")
    ('19 Dec 2024 13:03', '8 Aug 2024')
    >>> _germanic("17. prosinca 2024. u 13:03"), _germanic("17. listopada 2024.")
    ('17 Dec 2024 13:03', '17 Oct 2024')
    >>> _germanic("marți, 17 decembrie 2024, ora 13:03"), _germanic("17 Δεκεμβρίου 2024")
    ('17 Dec 2024, 13:03', '17 Dec 2024')
    """
    changed = _YEAR_FIRST_DOTTED.sub(r"\3.\2.\1", text) if text[:4].isdigit() else text
    changed = _SPACED_DAY.sub(r"\1.\2.\3", changed)
    if "listopada" in changed:
        changed = _CROATIAN_OCTOBER.sub(" Oct", changed)
    changed = _GERMANIC_NOISE.sub("", changed)
    changed = _GERMANIC_MONTH.sub(lambda m: _GERMANIC_MONTHS[m.group(0).rstrip(".").lower()],
                                  changed)
    if changed[:4].isdigit():
        changed = _YEAR_FIRST_MONTH.sub(r"\3 \2 \1", changed)
    changed = _HYPHEN_CLOCK.sub(" ", " ".join(changed.split()))
    changed = _GERMANIC_CLOCK.sub(
        lambda m: f" {m[1]}:{m[2]}" + (f":{m[3]}" if m[3] else ""), changed)
    changed = " ".join(changed.split())
    return changed if changed != text else None


#: Chinese dates: "2024年12月17日 13:03" (year, month and day marked by 年/月/日), and the
#: pieces Xinhua's header prints in span.year, span.day and span.time ("2024 12/17 13:03:26"),
#: as the "2024/12/17 13:03" FORMATS read (else dateparser, ~3 ms).
_CJK_DATE = re.compile(r"^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
_YEAR_THEN_DAY = re.compile(r"^(\d{4}) (\d{1,2})/(\d{1,2})(?!\S)")
#: Around a Chinese or Japanese date: a weekday ("(火)", "星期二"), the clock's 時/分/点
#: ("13時03分"), a source after it ("2024-12-17 13:03 来源：中国新闻网") and the label a
#: Japanese date line prints after the date ("2024年12月17日 13時03分 公開", ITmedia; "配信",
#: "掲載", "投稿"; not "更新", the modified time's).
_CJK_NOISE = re.compile(r"[（(][月火水木金土日一二三四五六월화수목금토일][)）]"
                        r"|星期[一二三四五六日天]"
                        r"|[周週][一二三四五六日]|\s*(?:来源|來源|出典)[:：].*$"
                        r"|\s*(?:公開|配信|掲載|投稿|发布|發布)$")
_CJK_CLOCK = re.compile(r"(\d{1,2})\s*[時时点點]\s*(\d{1,2})\s*分?")
#: The half of the day Korean, Chinese and Japanese pages print before a 12-hour clock
#: ("2024.12.17. 오후 1:03", "2024/12/17 下午 1:03", "午後1時03分"): made the 24-hour clock.
_CJK_MERIDIEM = re.compile(r"(오전|오후|上午|下午|午前|午後)\s*(\d{1,2})(?=:\d\d)")
_CJK_AFTERNOON = frozenset({"오후", "下午", "午後"})
#: A Japanese month/day with its weekday in parentheses and no year, as Yahoo! News Japan
#: prints its times ("12/17(火) 13:03"): dateparser read the month as the year (2012).
_JA_SLASHED_DAY = re.compile(r"^(\d{1,2})/(\d{1,2})\s*[(（][月火水木金土日][)）]\s*(\d{1,2}:\d\d)"
                             r"\s*(?:配信|公開|掲載)?$")  # Yahoo!'s "12/17(火) 13:03配信"
#: A day and month with their dots and no year ("15.05.", "3.7. 14:30 Uhr"); not a dotted
#: clock ("15.05", Nordic) nor a date whose year follows ("15.05.2024", "15.05. 2024").
_DOTTED_DAY_MONTH = re.compile(
    r"^(?:(?:[^\W\d_]{2,10}\.?,|am)\s+)?"  # a weekday ("Mo., 15.05.", "Montag, 15.05.")
    r"(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(?!\d|\s*\d{4}\b|\s*\d\d(?![.:]))")
#: A month and day without the year ("12月17日 13:03", Japanese portals' lists and pages).
_CJK_MONTH_DAY = re.compile(r"^(\d{1,2})\s*月\s*(\d{1,2})\s*日")
#: Russian, Ukrainian and Polish month names in the genitive that dates print ("17 декабря
#: 2024, 13:03", "17 грудня 2024", "17 grudnia 2024, 13:03"), and the Russian short forms
#: ("17 дек"), as English short forms for strptime (else dateparser, ~3 ms).
_SLAVIC_MONTHS = {
    "января": "Jan", "февраля": "Feb", "марта": "Mar", "апреля": "Apr", "мая": "May",
    "июня": "Jun", "июля": "Jul", "августа": "Aug", "сентября": "Sep", "октября": "Oct",
    "ноября": "Nov", "декабря": "Dec", "янв": "Jan", "фев": "Feb", "мар": "Mar", "апр": "Apr",
    "июн": "Jun", "июл": "Jul", "авг": "Aug", "сен": "Sep", "сент": "Sep", "окт": "Oct",
    "ноя": "Nov", "нояб": "Nov", "дек": "Dec",
    "січня": "Jan", "лютого": "Feb", "березня": "Mar", "квітня": "Apr", "травня": "May",
    "червня": "Jun", "липня": "Jul", "серпня": "Aug", "вересня": "Sep", "жовтня": "Oct",
    "листопада": "Nov", "грудня": "Dec",
    "stycznia": "Jan", "lutego": "Feb", "marca": "Mar", "kwietnia": "Apr", "maja": "May",
    "czerwca": "Jun", "lipca": "Jul", "sierpnia": "Aug", "września": "Sep",
    "października": "Oct", "listopada": "Nov", "grudnia": "Dec",
    # Bulgarian ("17 декември 2024 г., 13:03") and Serbian Cyrillic ("17. децембра 2024. у
    # 13:03", "17. децембар 2024.").
    "януари": "Jan", "февруари": "Feb", "март": "Mar", "април": "Apr", "май": "May",
    "юни": "Jun", "юли": "Jul", "август": "Aug", "септември": "Sep", "октомври": "Oct",
    "ноември": "Nov", "декември": "Dec",
    "јануара": "Jan", "фебруара": "Feb", "априла": "Apr", "маја": "May", "јуна": "Jun",
    "јула": "Jul", "септембра": "Sep", "октобра": "Oct", "новембра": "Nov", "децембра": "Dec",
    "јануар": "Jan", "фебруар": "Feb", "мај": "May", "јун": "Jun", "јул": "Jul",
    "септембар": "Sep", "октобар": "Oct", "новембар": "Nov", "децембар": "Dec",
    # Kazakh ("17 желтоқсан 2024, 13:03").
    "қаңтар": "Jan", "ақпан": "Feb", "наурыз": "Mar", "сәуір": "Apr", "мамыр": "May",
    "маусым": "Jun", "шілде": "Jul", "тамыз": "Aug", "қыркүйек": "Sep", "қазан": "Oct",
    "қараша": "Nov", "желтоқсан": "Dec",
}
#: Their glue: "в 13:03", "o 13:03", "2024 г.", "2024 года", "2024 р.", "2024 roku", "2024 r.".
_SLAVIC_MONTH = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(_SLAVIC_MONTHS, key=len, reverse=True)) + r")\.?(?!\w)"
    r"|(?<=\d{4}) (?:г|года|р|року|roku|r)\b\.?|(?<!\w)(?:в|о|o|у)(?= \d\d?:\d\d)"
    # Serbian prints a dot after the day and the year: "17. децембра 2024. у 13:03".
    r"|(?<=\b\d)\.(?= )|(?<=\b\d\d)\.(?= )|(?<=\d{4})\.(?= |$)", re.I)
#: A Polish date is told by its months' genitive endings ("grudnia ", "marca ", "lutego ",
#: "maja ", "listopada "): `in` tests, as for Italian.
_POLISH_ENDINGS = ("nia ", "nia,", "ca ", "ca,", "ego ", "ego,", "aja ", "aja,", "ada ", "ada,")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
#: A Russian or Ukrainian weekday opening a date, short or long ("Вт,", "вторник,", "Вівторок,").
_CYRILLIC_WEEKDAY = re.compile(
    r"^(?:пн|вт|ср|чт|пт|сб|вс|нд|понедельник|вторник|среда|четверг|пятница|суббота"
    r"|воскресенье|понеділок|вівторок|середа|четвер|п['’]ятниця|субота|неділя)\.?,?\s+", re.I)
#: A day and month with a time but no year ("17 декабря, 15:20", TASS's "обновлено" line):
#: the year of the fetch.
_NO_YEAR = re.compile(r"^\d{1,2} [A-Z][a-z]{2} \d\d?:\d\d$")
#: Day first in these languages: "17/12/2024" as the "17.12.2024" FORMATS read.
#: French and Belgian pages print the year in two digits too ("Publié le 17/12/24 à 13h03")
#: and Belgian ones join with hyphens ("17-12-2024 à 13h03").
_SLASHED_DAY = re.compile(r"\b(\d\d?)([/-])(\d\d?)\2(\d{4}|\d\d)\b")
#: A dotted date with a two-digit year on a month-first page: US magazines print "12.09.16"
#: for 9 December 2016 (UPROXX's `uproxx-the-date`, WIRED's and Fast Company's `<time>`s),
#: which "%d.%m.%y" read as 12 September. Read month first, as the page's slashes are.
_DOTTED_MONTH_FIRST = re.compile(r"^(0?[1-9]|1[0-2])\.([0-3]?\d)\.(\d\d)(?![\d.])")
#: A slashed date that can only be day first ("17/12/2024 - 13:03", Agência Brasil's line):
#: read as the dotted form on any page, without dateparser.
_DAY_FIRST_SLASHED = re.compile(r"\b(1[3-9]|2\d|3[01])/(0?[1-9]|1[0-2])/(\d{4})\b")
#: Croatian October ("17. listopada 2024."), the day's dot before it: Polish "listopada" (no
#: dot) is November.
_CROATIAN_OCTOBER = re.compile(r"(?<=\d\.) ?listopada\b", re.I)
#: English forms strptime does not read: day ordinals ("17th"), AP's "Sept.", a clock with a
#: dot after the year (British: "17 Dec 2024 13.03", "1.03pm").
_ORDINAL = re.compile(r"(?<=\b\d)(?:st|nd|rd|th)\b|(?<=\b\d\d)(?:st|nd|rd|th)\b")
_SEPT = re.compile(r"\bSept\b\.?")
_DOT_CLOCK = re.compile(r"(?<=\d{4} )(\d\d?)\.(\d\d)(?=\s*(?:[ap]\.?m\.?)?$)", re.I)
#: Separators between the parts of a date line: a part without a digit is a source or a
#: label ("December 17, 2024 / 1:03 PM / CBS News").
_PART_SEPARATOR = re.compile(r"\s[|/•]\s")


def _may_be_italian(text: str) -> bool:
    """Italian dates are all ASCII: told by their long month names' endings ("dicembre ",
    "gennaio ", "aprile ") or "alle" before the clock; `in` tests cost a twentieth of a
    regex search, run on every English date.

    >>> _may_be_italian("17 dicembre 2024 13:03"), _may_be_italian("December 17, 2024")
    (True, False)
    """
    low = text.lower()
    return ("bre " in low or "io " in low or "ile " in low or " alle " in low
            # "marzo", "agosto", "giugno", Spanish "mayo", and El País's short "17 dic 2024".
            or "zo " in low or "sto " in low or "gno " in low or "yo " in low
            or " dic " in low or " ene " in low or " abr " in low or " ago " in low
            # French months in ASCII ("17 juin 2024, 13:03", "17 janvier 2024").
            or "ier " in low or "juin" in low or "juil" in low or "avril" in low)


def _may_be_french(text: str) -> bool:
    """French dates in ASCII, told by their months' endings ("17 juin 2024", "mars ",
    "juillet ", "avril ", "janvier "; "-bre" months `_may_be_italian` already tells).

    >>> _may_be_french("17 juin 2024 13:03"), _may_be_french("June 17, 2024")
    (True, False)
    """
    low = text.lower()
    return "in " in low or "ars " in low or "et " in low or "il " in low or "er " in low


def _may_be_slavic(text: str) -> bool:
    """Cyrillic text, or Polish told by its months' genitive endings (cheap tests first).

    >>> _may_be_slavic("17 grudnia 2024"), _may_be_slavic("17 дек"), _may_be_slavic("Dec 17")
    (True, True, False)
    """
    low = text.lower()
    return any(ending in low for ending in _POLISH_ENDINGS) or (
        not text.isascii() and _CYRILLIC.search(text) is not None)


def _normalize(text: str) -> str:
    """Reduce printed variants to the shapes FORMATS lists.

    >>> _normalize("17.dez.2024 às 13h03"), _normalize("17 de diciembre de 2024, 13:03 h")
    ('17 Dec 2024 13:03', '17 Dec 2024 13:03')
    >>> _normalize("17 दिसंबर 2024, 13:03")
    '17 Dec 2024 13:03'
    >>> _normalize("১৭ ডিসেম্বর ২০২৪, ০১:০৩ পিএম")
    '17 Dec 2024 01:03 pm'
    >>> _normalize("१७ डिसेंबर २०२४, १३:०३"), _normalize("૧૭ ડિસેમ્બર ૨૦૨૪, ૧૧:૨૦ IST")
    ('17 Dec 2024 13:03', '17 Dec 2024 11:20 IST')
    >>> _normalize("१७ दिसंबर २०२४, १३:०३"), _normalize("ഡിസംബർ 17, 2024 1:03 pm")
    ('17 Dec 2024 13:03', 'Dec 17 2024 1:03 pm')
    >>> _normalize("17 dicembre 2024 13:03"), _normalize("17/12/2024 alle 15:20")
    ('17 Dec 2024 13:03', '17.12.2024 15:20')
    >>> _normalize("mardi 17 décembre 2024 à 13h03"), _normalize("1er juin 2024 à 13:03")
    ('17 Dec 2024 13:03', '1 Jun 2024 13:03')
    >>> _normalize("17/12/2024 a las 14:05h."), _normalize("17/12/2024 14:05 h")
    ('17.12.2024 14:05', '17.12.2024 14:05')
    >>> _normalize("17/12/2024 à 13h03"), _normalize("mardi 1er octobre 2024 à 13:03")
    ('17.12.2024 13:03', '1 Oct 2024 13:03')
    >>> _normalize("Le 17/12/24 à 13h03"), _normalize("17 déc. 2024 à 13:03")
    ('17.12.24 13:03', '17 Dec 2024 13:03')
    >>> _normalize("17/12/2024 - 13:03"), _normalize("05/12/2024 13:03")
    ('17.12.2024 13:03', '05/12/2024 13:03')
    >>> _normalize("Sept. 17th, 2024"), _normalize("Tue 17 Dec 2024 13.03")
    ('Sep 17 2024', '17 Dec 2024 13:03')
    >>> _normalize("2:15 PM, Tue December 17, 2024")
    '2:15 pm December 17 2024'
    >>> _normalize("December 17, 2024 / 13:03 / CBS News")
    'December 17 2024 13:03'
    >>> _normalize("2024年12月17日 13:03"), _normalize("2024 12/17 13:03:26")
    ('2024/12/17 13:03', '2024/12/17 13:03:26')
    >>> _normalize("2024年12月17日(火) 13時03分"), _normalize("2024-12-17 13:03 来源：中新网")
    ('2024/12/17 13:03', '2024-12-17 13:03')
    >>> _normalize("2024年12月17日 13時03分 公開")
    '2024/12/17 13:03'
    >>> _normalize("2024.12.17. 오후 1:03"), _normalize("2024年12月17日 下午 1:03")
    ('2024.12.17 13:03', '2024/12/17 13:03')
    >>> _normalize("2024년 12월 17일(화) 오전 9:15"), _normalize("2024. 12. 17. 오후 1:03:26")
    ('2024/12/17 09:15', '2024.12.17 13:03:26')
    >>> _normalize("17 декабря 2024 г., 13:03"), _normalize("17 grudnia 2024 o 13:03")
    ('17 Dec 2024 13:03', '17 Dec 2024 13:03')
    >>> _normalize("17 грудня 2024 р. о 13:03"), _normalize("17 дек. в 15:20")
    ('17 Dec 2024 13:03', '17 Dec 15:20')
    >>> _normalize("Thứ ba, 17/12/2024, 13:03")
    '17.12.2024 13:03'
    >>> _normalize("17. децембра 2024. у 13:03"), _normalize("17 декември 2024 г., 13:03")
    ('17 Dec 2024 13:03', '17 Dec 2024 13:03')
    """
    if text[:4].isdigit():
        if "年" in text or "년" in text:
            text = _CJK_DATE.sub(r"\1/\2/\3 ", text)
            text = _CJK_CLOCK.sub(r"\1:\2", _CJK_NOISE.sub(" ", text))
        elif not text.isascii():
            text = _CJK_NOISE.sub(" ", text)
        elif text[4:5] == " ":
            text = _YEAR_THEN_DAY.sub(r"\1/\2/\3", text)
        if not text.isascii():
            # "2024. 12. 17. 오후 1:03" (Daum's form) as "2024.12.17 13:03".
            text = _YEAR_FIRST_DOTTED.sub(r"\1.\2.\3", _CJK_MERIDIEM.sub(_cjk_24_hour, text))
    if not text.isascii() and any("\u0900" <= c <= "\u0dff" for c in text):
        text = text.translate(_INDIC_DIGITS)
        if _INDIC_MONTH.search(text):
            text = _INDIC_MONTH.sub(lambda m: _INDIC_MONTHS[m.group(0)], text)
            # Nepali's weekday first ("मंगलबार, डिसेम्बर १७, २०२४"), Sinhala's year first
            # ("2024 දෙසැම්බර් 17 13:03"), Prothom Alo's spaced clock ("১৩: ০৩").
            text = _INDIC_YEAR_FIRST.sub(r"\3 \2 \1", _INDIC_WEEKDAY.sub("", text))
            text = _SPACED_CLOCK.sub(":", text)
        elif "." in text and (short := _KANNADA_SHORT_MONTH.match(text)):
            text = f"{_KANNADA_SHORT_MONTHS[short[1]]} {short[2]}{text[short.end():]}"
    if not text.isascii() and _HINDI_MONTH.search(text):
        text = _HINDI_MONTH.sub(lambda m: _HINDI_MONTHS[m.group(0)], text)
    elif not text.isascii() and any("\u0b80" <= c <= "\u0bff" for c in text):
        text = _TAMIL_MONTH.sub(lambda m: _TAMIL_MONTHS[m.group(1)], text)
    elif not text.isascii() and any("\u0980" <= c <= "\u09ff" for c in text):
        text = _SPACED_CLOCK.sub(":", _BENGALI_MONTH.sub(lambda m: _BENGALI_MONTHS[m.group(0)],
                                                         text.translate(_BENGALI_DIGITS)))
    if not text.isascii() and "\u1200" <= text[:1] <= "\u137f":
        text = _ethiopian(text)
    if not text.isascii() and any("\u10d0" <= c <= "\u10ff" or "\u1780" <= c <= "\u17ff"
                                  for c in text):
        text = _georgian_or_khmer(text)
    if not text.isascii():
        text = _arabic_or_turkish(_vietnamese(text))
        if any("\u05d0" <= c <= "\u05ea" for c in text):
            text = _hebrew(text)
        if any("\u0e00" <= c <= "\u0e7f" for c in text):
            text = _thai(text)
    if "listopada" in text and (october := _CROATIAN_OCTOBER.search(text)):
        text = text[:october.start()] + " Oct" + text[october.end():]
    if _may_be_slavic(text):
        if _CYRILLIC.match(text):
            text = _CYRILLIC_WEEKDAY.sub("", text)  # "Вт, 17 дек. 2024, 13:03"
        text = _SLAVIC_MONTH.sub(lambda m: _SLAVIC_MONTHS.get(m.group(0).lower().rstrip("."), " "),
                                 text)
    # Cheap gate: only text that may be Spanish, Portuguese or Italian ("às", "março", " de ",
    # "13h03", "dicembre", "alle").
    if (not text.isascii() or " de " in text or _H_CLOCK.search(text)
            or text.endswith(("hs", "hrs", "h", "h.")) or " a las " in text
            or _may_be_italian(text) or _may_be_french(text)):
        text = _SLASHED_DAY.sub(r"\1.\3.\4", text)
        text = _H_CLOCK.sub(":", _ROMANCE_GLUE.sub(" ", text))
        text = _ROMANCE_MONTH.sub(lambda m: _ROMANCE_MONTHS[m.group(0).lower()], text)
    elif "/" in text:
        text = _DAY_FIRST_SLASHED.sub(r"\1.\2.\3", text)
    if _PART_SEPARATOR.search(text):
        text = " ".join(p for p in _PART_SEPARATOR.split(text) if any(c.isdigit() for c in p))
    if "t" in text:  # "st", "nd", "rd", "th", "Sept"
        text = _SEPT.sub("Sep", _ORDINAL.sub("", text))
    text = _DOT_CLOCK.sub(r"\1:\2", text)
    text = _MERIDIEM.sub(lambda m: f" {m[1].lower()}m", _NOISE.sub(" ", _WEEKDAY.sub("", text)))
    return " ".join(text.split())


def _cjk_24_hour(match: re.Match[str]) -> str:
    """The hour of a `_CJK_MERIDIEM` match on the 24-hour clock.

    >>> _CJK_MERIDIEM.sub(_cjk_24_hour, "오후 1:03"), _CJK_MERIDIEM.sub(_cjk_24_hour, "오전 12:30")
    ('13:03', '00:30')
    """
    return f"{int(match[2]) % 12 + (12 if match[1] in _CJK_AFTERNOON else 0):02d}"


def _without_year(text: str, tz: tzinfo, base: datetime) -> datetime | None:
    """A "17 Dec 15:20" (a normalised date printed without its year) in the year of `base`
    on the newsroom's clock, or the year before when that would lie after `base` (its latest
    moment not after the fetch; a day's slack had kept a clock hours after it).

    >>> base = datetime(2025, 1, 2, tzinfo=UTC)
    >>> _without_year("17 Dec 15:20", UTC, base), _without_year("1 Jan 15:20", UTC, base)
    (datetime.datetime(2024, 12, 17, 15, 20), datetime.datetime(2025, 1, 1, 15, 20))
    """
    if not _NO_YEAR.match(text):
        return None
    year = base.astimezone(tz).year
    value = _strptime(f"{text} {year}", ("%d %b %H:%M %Y",))
    if value is not None and value.replace(tzinfo=tz) > base:
        value = _strptime(f"{text} {year - 1}", ("%d %b %H:%M %Y",))
    return value


def _relative(text: str, base: datetime) -> datetime | None:
    """English, Spanish, Portuguese, French, Hindi and Thai relative dates, counted back from
    `base` in absolute time (DST-proof).

    >>> base = datetime(2024, 12, 18, 6, tzinfo=UTC)
    >>> _relative("hace 2 horas", base).isoformat(), _relative("Hace una hora", base).hour
    ('2024-12-18T04:00:00+00:00', 5)
    >>> _relative("há 45 minutos", base).minute, _relative("hace 3 hs", base).hour
    (15, 3)
    >>> _relative("il y a 2 heures", base).hour, _relative("Il y a une minute", base).minute
    (4, 59)
    >>> _relative("3 घंटे पहले", base).hour, _relative("3 ชั่วโมงที่แล้ว", base).hour
    (3, 3)
    >>> _relative("২ ঘণ্টা আগে", base).hour, _relative("منذ ساعتين", base).hour
    (4, 4)
    >>> _relative("منذ 3 ساعات", base).hour, _relative("منذ ساعة", base).hour
    (3, 5)
    """
    match = _RELATIVE.match(text)
    if match is None and (other := _RELATIVE_OTHER.match(text)) is not None:
        n = other["fn"] or other["hn"] or other["tn"] or other["bn"] or other["an"] or "1"
        each = _OTHER_UNITS[(other["fu"] or other["hu"] or other["tu"] or other["bu"]
                             or other["au"]).lower()]
        return base - timedelta(seconds=(int(n) if n.isdigit() else 1) * each)
    if match is None:
        if (iberian := _RELATIVE_IBERIAN.match(text)) is None:
            return None
        n, unit = iberian["n"], iberian["unit"].lower()
        seconds = _IBERIAN_UNITS.get(unit) or _IBERIAN_UNITS[unit[:3]]
        return base - timedelta(seconds=(int(n) if n.isdigit() else 1) * seconds)
    if word := match["word"]:
        return base - timedelta(days=1) if word.lower() == "yesterday" else base
    count = int(match["n"]) if match["n"].isdigit() else 1
    return base - timedelta(seconds=count * _UNIT_SECONDS[match["unit"].lower()[:3]])


#: German relative dates: "heute um 13:03 Uhr", "gestern, 13:03 Uhr", "vorgestern 09:15"
#: (a day counted on the newsroom's calendar, the clock as printed) and "vor 2 Stunden", "vor
#: einer Minute", "vor 3 Tagen" (counted back from the fetch, as English "ago").
_GERMAN_DAY = re.compile(
    r"^(?P<day>heute|gestern|vorgestern)(?:,?\s*(?:um\s+)?(?P<h>\d\d?)[:.](?P<m>\d\d)"
    r"(?:\s*uhr)?)?$", re.I)
_GERMAN_AGO = re.compile(
    r"^vor\s+(?P<n>\d+|einer|einem|eine)\s+(?P<unit>sekunde|minute|stunde|tag|woche)(?:n|en)?$",
    re.I)
_GERMAN_DAYS_BACK = {"heute": 0, "gestern": 1, "vorgestern": 2}
_GERMAN_UNIT = {"sek": 1, "min": 60, "stu": _H, "tag": 24 * _H, "woc": 7 * 24 * _H}


def _german_relative(text: str, tz: tzinfo, base: datetime) -> datetime | None:
    """German relative dates: a day word with the fetch day on the newsroom's calendar, with
    the clock printed after it; "vor N Stunden" counted back from `base` in absolute time.

    >>> from zoneinfo import ZoneInfo
    >>> base, ber = datetime(2024, 12, 18, 12, 0, tzinfo=UTC), ZoneInfo("Europe/Berlin")
    >>> _german_relative("heute um 13:03 Uhr", ber, base).isoformat()
    '2024-12-18T13:03:00+01:00'
    >>> _german_relative("Gestern, 13:03 Uhr", ber, base).isoformat()
    '2024-12-17T13:03:00+01:00'
    >>> _german_relative("vor 2 Stunden", ber, base).isoformat()
    '2024-12-18T10:00:00+00:00'
    >>> _german_relative("vor einer Minute", ber, base).isoformat()
    '2024-12-18T11:59:00+00:00'
    >>> _german_relative("heute ist Dienstag", ber, base) is None
    True
    """
    first = text[:1].lower()
    if first == "v" and (ago := _GERMAN_AGO.match(text)):
        count = int(ago["n"]) if ago["n"].isdigit() else 1
        return base - timedelta(seconds=count * _GERMAN_UNIT[ago["unit"].lower()[:3]])
    if first not in "hgv" or not (day := _GERMAN_DAY.match(text)):
        return None
    back = _GERMAN_DAYS_BACK[day["day"].lower()]
    if day["h"] is None:
        return base - timedelta(days=back)
    if int(day["h"]) > 23 or int(day["m"]) > 59:
        return None
    local = base.astimezone(tz).date() - timedelta(days=back)
    return _localize(datetime(local.year, local.month, local.day, int(day["h"]), int(day["m"])),
                     tz)


def _dateparser(text: str, tz: tzinfo, base: datetime,
                languages: Sequence[str] | None) -> datetime | None:
    """Last resort for other languages and odd shapes.

    dateparser runs with TIMEZONE="UTC" and a naive RELATIVE_BASE holding the newsroom's wall
    clock, so naive results come back as that wall clock (no conversion, no dependence on the
    process TZ) and we attach tz ourselves. With TIMEZONE set to a real zone it would convert
    any offset in the text into it. Left alone it reads "IST" as Israel. An offset it finds
    mid-string comes back aware in UTC; we express that instant in tz.

    A month and year naming no day ("April, 2001", an RFC's `DC.Date.Issued`; "Dec. 2016",
    "last month") is none: dateparser puts it on the fetch's day of the month (2 April 2001),
    a day the page never stated. Its period tells them apart: "month" or "year", as against
    "day" for a day, a weekday ("Tuesday 13:03"), an age ("2 hours ago") or a clock alone.

    >>> base = datetime(2025, 10, 2, 13, 0, tzinfo=UTC)
    >>> _dateparser("April, 2001", UTC, base, None) is None
    True
    >>> _dateparser("2 avril 2001", UTC, base, None).isoformat()
    '2001-04-02T00:00:00+00:00'
    >>> _dateparser("12:25", UTC, base, None).isoformat()
    '2025-10-02T12:25:00+00:00'
    >>> _dateparser("Tuesday 13:03", UTC, base, None).isoformat()
    '2025-09-30T13:03:00+00:00'
    """
    from dateparser.date import DateDataParser  # lazy: importing it costs ~70–90 ms

    ours = {k: timedelta(seconds=v) for k, v in _ABBREVIATIONS.items()
            if (k != "IST" or _own_zone(k, tz) is None) and k not in _UNKNOWN_TO_DATEPARSER}
    if (aest := _own_zone("EST", tz)) is not None:
        ours["EST"] = aest.utcoffset(None) or timedelta(0)  # Australia's eastern EST
    settings: dict[str, Any] = {
        "RELATIVE_BASE": base.astimezone(tz).replace(tzinfo=None),
        "TIMEZONE": "UTC",
        "PREFER_DATES_FROM": "past",
        "TIMEZONE_ABBREVIATIONS": ours,  # mid-string zones ("13:03 IST, 17 Dec") read our way
    }
    try:
        # What dateparser.parse does, keeping the period it read (a month names no day).
        data = DateDataParser(languages=list(languages) if languages else None,
                              settings=settings).get_date_data(text)
    except (ValueError, OverflowError) as exc:  # dateparser raises on some odd inputs
        logger.debug("dateparser failed on %r: %s", text, exc)
        return None
    value = data.date_obj
    if value is None or data.period in ("month", "year"):
        return None
    return value.astimezone(tz) if value.tzinfo is not None else _localize(value, tz)
