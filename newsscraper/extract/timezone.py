"""The newsroom's time zone for a page: naive page dates ("December 17, 2024 1:03 pm") are
local to it. The profile says so when it can; otherwise the offset the page's own metadata
carries, its locale, the offset its printed <time>s carry, its country-code domain, the offset
its printed clock shows beside a UTC stamp, the zone a date line under the headline prints;
then UTC, unless the body credits a national wire service (`wire_zone`) or a naive clock
matches its moment's stamp (`fields.paired_zone`). A naive clock time read in that default
UTC names no instant and is dropped (`fields.drop_unzoned_clocks`), unless the page printed
UTC's own zone word (`utc_stated`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from lxml import etree

from newsscraper import dates
from newsscraper.extract import metadata
from newsscraper.extract.headline import article_scope
from newsscraper.page import in_quote, text_content
from newsscraper.processors import is_date_line

if TYPE_CHECKING:
    from newsscraper.page import Page
    from newsscraper.sites.profile import SiteProfile

# Countries with one civil time zone, by ISO 3166 code (a locale's region: en-IN, de-AT…),
# and a few of several whose national newsrooms keep one clock (mx, au, ca): the last
# resort, after every offset the page itself states.
COUNTRY_ZONES = {
    "in": "Asia/Kolkata", "pk": "Asia/Karachi", "bd": "Asia/Dhaka", "np": "Asia/Kathmandu",
    "lk": "Asia/Colombo", "gb": "Europe/London", "uk": "Europe/London", "ie": "Europe/Dublin",
    "de": "Europe/Berlin", "at": "Europe/Vienna", "ch": "Europe/Zurich", "fr": "Europe/Paris",
    "it": "Europe/Rome", "es": "Europe/Madrid", "nl": "Europe/Amsterdam", "be": "Europe/Brussels",
    "lu": "Europe/Luxembourg", "li": "Europe/Vaduz", "pl": "Europe/Warsaw",
    "se": "Europe/Stockholm", "no": "Europe/Oslo", "dk": "Europe/Copenhagen",
    "fi": "Europe/Helsinki", "is": "Atlantic/Reykjavik",
    "lt": "Europe/Vilnius", "lv": "Europe/Riga", "ee": "Europe/Tallinn", "ua": "Europe/Kyiv",
    "tr": "Europe/Istanbul", "gr": "Europe/Athens", "il": "Asia/Jerusalem", "lb": "Asia/Beirut",
    "ae": "Asia/Dubai", "sa": "Asia/Riyadh", "qa": "Asia/Qatar", "eg": "Africa/Cairo",
    "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "cn": "Asia/Shanghai", "hk": "Asia/Hong_Kong",
    "sg": "Asia/Singapore", "my": "Asia/Kuala_Lumpur", "ph": "Asia/Manila", "th": "Asia/Bangkok",
    "vn": "Asia/Ho_Chi_Minh", "za": "Africa/Johannesburg", "ls": "Africa/Maseru",
    "ng": "Africa/Lagos", "ke": "Africa/Nairobi", "tz": "Africa/Dar_es_Salaam",
    "gh": "Africa/Accra", "nz": "Pacific/Auckland",
    # Brazil's newsrooms keep Brasília time; Portugal's mainland clock.
    "br": "America/Sao_Paulo", "pt": "Europe/Lisbon", "co": "America/Bogota",
    "pe": "America/Lima", "ar": "America/Argentina/Buenos_Aires",
    # Mexico spans four zones; its national newsrooms keep Mexico City's clock. So do
    # Australia's (ABC, Nine, News Corp: Sydney) and Canada's (CBC, the Globe, CTV: Toronto).
    "mx": "America/Mexico_City", "au": "Australia/Sydney", "ca": "America/Toronto",
    "jo": "Asia/Amman", "kw": "Asia/Kuwait", "bh": "Asia/Bahrain", "om": "Asia/Muscat",
    "iq": "Asia/Baghdad", "sy": "Asia/Damascus", "ye": "Asia/Aden", "ir": "Asia/Tehran",
    # Palestine's newsrooms (WAFA, Ramallah's papers) keep the West Bank's clock.
    "ps": "Asia/Hebron",
    "ma": "Africa/Casablanca", "tn": "Africa/Tunis", "dz": "Africa/Algiers", "ly": "Africa/Tripoli",
    "cz": "Europe/Prague", "sk": "Europe/Bratislava", "hu": "Europe/Budapest",
    "ro": "Europe/Bucharest", "bg": "Europe/Sofia", "rs": "Europe/Belgrade", "hr": "Europe/Zagreb",
    "si": "Europe/Ljubljana", "ba": "Europe/Sarajevo", "by": "Europe/Minsk", "ge": "Asia/Tbilisi",
    "am": "Asia/Yerevan", "az": "Asia/Baku", "tw": "Asia/Taipei", "mm": "Asia/Yangon",
    "ug": "Africa/Kampala", "rw": "Africa/Kigali", "et": "Africa/Addis_Ababa",
    "zw": "Africa/Harare",
    "zm": "Africa/Lusaka", "sn": "Africa/Dakar", "na": "Africa/Windhoek", "bw": "Africa/Gaborone",
    # French-speaking West and Central Africa (one zone each).
    # (.ml and .ga were given away free, as .tk: no sign of a Malian or Gabonese newsroom.)
    "ci": "Africa/Abidjan", "bf": "Africa/Ouagadougou",
    "gn": "Africa/Conakry", "ne": "Africa/Niamey", "tg": "Africa/Lome", "bj": "Africa/Porto-Novo",
    "cm": "Africa/Douala", "cg": "Africa/Brazzaville", "td": "Africa/Ndjamena",
    "mr": "Africa/Nouakchott", "mz": "Africa/Maputo",
    "mg": "Indian/Antananarivo", "mu": "Indian/Mauritius",
    "ve": "America/Caracas", "uy": "America/Montevideo", "cr": "America/Costa_Rica",
    "pa": "America/Panama", "gt": "America/Guatemala", "jm": "America/Jamaica",
    # Chile's newsrooms keep Santiago's clock (Easter Island's is two hours behind), Ecuador's
    # the mainland's (not the Galápagos').
    "cl": "America/Santiago", "cu": "America/Havana", "ec": "America/Guayaquil",
    "bo": "America/La_Paz", "py": "America/Asuncion", "do": "America/Santo_Domingo",
    "sv": "America/El_Salvador", "hn": "America/Tegucigalpa", "ni": "America/Managua",
    # Kazakhstan has kept one clock (UTC+5) since March 2024.
    "kz": "Asia/Almaty", "uz": "Asia/Tashkent", "kg": "Asia/Bishkek", "tj": "Asia/Dushanbe",
    "md": "Europe/Chisinau", "al": "Europe/Tirane", "mk": "Europe/Skopje", "cy": "Asia/Nicosia",
    "mt": "Europe/Malta",
    # Russia spans eleven zones and Indonesia three, but their national newsrooms and
    # agencies keep Moscow's and Jakarta's clocks (as LANGUAGE_ZONES has it for "ru"):
    # without these, "ru-RU" and "id-ID" locales named no zone at all.
    "ru": "Europe/Moscow", "id": "Asia/Jakarta",
    "kh": "Asia/Phnom_Penh", "bn": "Asia/Brunei", "af": "Asia/Kabul", "bt": "Asia/Thimphu",
    "mv": "Indian/Maldives", "sd": "Africa/Khartoum", "mw": "Africa/Blantyre",
    "ao": "Africa/Luanda", "sl": "Africa/Freetown", "lr": "Africa/Monrovia",
    "ht": "America/Port-au-Prince", "tt": "America/Port_of_Spain", "bb": "America/Barbados",
    # Mongolia keeps one clock, Ulaanbaatar's (UTC+8; Montsame's naive stamps).
    "mn": "Asia/Ulaanbaatar",
}
# Languages spoken mostly in one zone, for pages that give no region.
LANGUAGE_ZONES = {
    "hi": "Asia/Kolkata", "bn": "Asia/Kolkata", "ta": "Asia/Kolkata", "te": "Asia/Kolkata",
    "mr": "Asia/Kolkata", "gu": "Asia/Kolkata", "kn": "Asia/Kolkata", "ml": "Asia/Kolkata",
    "pa": "Asia/Kolkata", "ur": "Asia/Karachi", "de": "Europe/Berlin", "ja": "Asia/Tokyo",
    "ko": "Asia/Seoul", "pl": "Europe/Warsaw", "it": "Europe/Rome", "nl": "Europe/Amsterdam",
    "sv": "Europe/Stockholm", "no": "Europe/Oslo", "nb": "Europe/Oslo", "da": "Europe/Copenhagen",
    "fi": "Europe/Helsinki", "is": "Atlantic/Reykjavik", "lt": "Europe/Vilnius",
    "uk": "Europe/Kyiv", "tr": "Europe/Istanbul", "el": "Europe/Athens", "he": "Asia/Jerusalem",
    "fr": "Europe/Paris", "lb": "Europe/Luxembourg",
    "cs": "Europe/Prague", "sk": "Europe/Bratislava", "hu": "Europe/Budapest",
    "ro": "Europe/Bucharest", "bg": "Europe/Sofia", "hr": "Europe/Zagreb", "sl": "Europe/Ljubljana",
    "sr": "Europe/Belgrade", "et": "Europe/Tallinn", "lv": "Europe/Riga", "ka": "Asia/Tbilisi",
    "hy": "Asia/Yerevan", "vi": "Asia/Ho_Chi_Minh", "th": "Asia/Bangkok", "fa": "Asia/Tehran",
    "ne": "Asia/Kathmandu", "si": "Asia/Colombo",
    # Catalan, Basque and Galician are Spain's (Andorra keeps the same clock); Albanian is
    # Albania's and Kosovo's, one offset; Swahili is written in Kenya, Tanzania and Uganda,
    # all on East Africa Time; Malay in Malaysia, Brunei and Singapore, all UTC+8.
    "id": "Asia/Jakarta", "ms": "Asia/Kuala_Lumpur", "ca": "Europe/Madrid",
    "eu": "Europe/Madrid", "gl": "Europe/Madrid", "be": "Europe/Minsk", "kk": "Asia/Almaty",
    "az": "Asia/Baku", "uz": "Asia/Tashkent", "mk": "Europe/Skopje", "sq": "Europe/Tirane",
    "bs": "Europe/Sarajevo", "sw": "Africa/Nairobi", "am": "Africa/Addis_Ababa",
    # Hausa is written in Nigeria and Niger, both on West Africa Time (UTC+1, no DST).
    "ha": "Africa/Lagos",
    "km": "Asia/Phnom_Penh", "lo": "Asia/Vientiane", "my": "Asia/Yangon", "mn": "Asia/Ulaanbaatar",
    "tl": "Asia/Manila", "fil": "Asia/Manila", "ga": "Europe/Dublin", "cy": "Europe/London",
    "mt": "Europe/Malta",
    # Russia spans eleven zones, but its agencies and most Russian-language newsrooms print
    # Moscow time.
    "ru": "Europe/Moscow",
}


#: Languages whose newsrooms keep more than one country's clock: Bengali (Kolkata and Dhaka),
#: Punjabi (Indian and Pakistani Punjab), Tamil (Chennai and Colombo), Urdu (Karachi and the
#: Indian Urdu dailies that print PTI's, UNI's and IANS's copy). Named alone (`lang="bn"`) on
#: a generic domain, their zone in LANGUAGE_ZONES is a guess that a national wire's credit
#: overrides (`language_guess`): "(বাসস)" makes a `.com` page Dhaka's, "(یو این آئی)" an Urdu
#: one India's.
SHARED_LANGUAGES = frozenset({"bn", "pa", "ta", "ur"})
_LANGUAGE_GUESS = "zone_is_language_guess"


def language_guess(page: Page) -> bool:
    """Whether `page_zone` gave the page its zone only from a language of several countries
    (ask after it).

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def guess(url, lang):
    ...     page = Page(url=url, lang=lang, root=lxml.html.fromstring("<p>x</p>"))
    ...     return str(page_zone(page, None)), language_guess(page)
    >>> guess("https://x.example/a", "bn"), guess("https://x.com.bd/a", "bn")
    (('Asia/Kolkata', True), ('Asia/Dhaka', False))
    >>> guess("https://x.example/a", "hi")
    ('Asia/Kolkata', False)
    """
    return page.memo(_LANGUAGE_GUESS, lambda _: False)


def page_zone(page: Page, profile: SiteProfile | None) -> tzinfo:
    """Zone for naive dates on `page`.

    The page's own offset beats a locale guess: a site that writes "+05:30" in its metadata
    prints its visible times in that zone too.
    """
    if profile is not None and profile.timezone:
        return _zone(profile.timezone)
    offset = _metadata_offset(page)
    if offset is not None and offset != timedelta(0):
        return timezone(offset)
    for value in metadata.language(page):
        zone = _locale_zone(value)
        if zone:
            # A locale names its language's home country by default (WordPress's "fr-FR" and
            # "fr" on a Senegalese or Ivorian site, "ru" on a Kazakh one): a country-code
            # domain names the newsroom's.
            domain = _domain_zone(page.url)
            if domain is None and value.strip().lower() in SHARED_LANGUAGES:
                page.memo(_LANGUAGE_GUESS, lambda _: True)
            return _regional_clock(page, domain or zone)
    # SEO plugins write UTC ("+00:00", Yoast since 2022) while the theme prints its <time
    # datetime="…+05:30"> in the newsroom's zone, and WordPress's default locale is en-US:
    # the printed stamps are then the only word on the zone.
    offset = _first_offset(page.dom_dates("published") + page.dom_dates("stamps")
                           + page.dom_dates("modified"))
    if offset is not None and offset != timedelta(0):
        return timezone(offset)
    zone = _domain_zone(page.url)  # before the printed clock: it costs nothing to read
    if zone:
        return _regional_clock(page, zone)
    # Every stamp is in UTC (Arc XP, Brightspot, Drupal's RDFa write UTC): the clock time
    # printed with a stamp, or the zone printed beside it, is the newsroom's.
    offset = _printed_offset(page)
    if offset:
        return timezone(offset)
    line = _header_line_zone(page)
    if offset is not None or line is UTC:
        # The page prints UTC's zone word beside its clock ("1:03 PM GMT"): its naive times
        # are UTC's too, a statement (`utc_stated`), not a default.
        page.memo(_UTC_STATED, lambda _: True)
    return line or _name_zone(page) or _script_zone(page) or UTC


_UTC_STATED = "zone_is_stated_utc"


def _regional_clock(page: Page, name: str) -> tzinfo:
    """The zone `name`, or, where it is the national clock of a country of several zones
    (Sydney's for ".au" and "en-AU"), the offset a UTC stamp's printed clock shows when it is
    neither of that clock's: a regional paper's own (The West Australian's `<time
    datetime="2024-02-11T07:20:00.000Z">Sun, 11 February 2024 3:20PM</time>`: Perth's +08:00,
    where Sydney's +11:00 told the right instant on another city's clock)."""
    if name in _NATIONAL_CLOCKS and (offset := _printed_offset(page)) \
            and offset not in _NATIONAL_CLOCKS[name]:
        return timezone(offset)
    return _zone(name)


def utc_stated(page: Page) -> bool:
    """Whether the page printed UTC's zone word with its clock ("1:03 PM GMT"; ask after
    `page_zone`): where `page_zone` gives UTC otherwise, nothing on the page said so.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def stated(html):
    ...     page = Page(url="u", root=lxml.html.document_fromstring(html))
    ...     return page_zone(page, None), utc_stated(page)
    >>> stated('<html><body><article><h1>T</h1><time datetime="2024-12-17T13:03:00Z">'
    ...        'December 17, 2024 1:03 pm GMT</time><p>Text.</p></article></body></html>')
    (datetime.timezone.utc, True)
    >>> stated('<html><body><article><h1>T</h1><time datetime="2024-12-17T13:03:00Z">'
    ...        'December 17, 2024 1:03 pm</time><p>Text.</p></article></body></html>')
    (datetime.timezone.utc, False)
    >>> stated('<html><body><article><h1>T</h1><p>Text.</p></article></body></html>')
    (datetime.timezone.utc, False)
    """
    return page.memo(_UTC_STATED, lambda _: False)


#: Scripts written in one country's zone: kana (Japanese), Hangul (Korean).
_SCRIPT_ZONES = ((re.compile("[\u3040-\u30ff]"), "Asia/Tokyo"),
                 (re.compile("[\uac00-\ud7af]"), "Asia/Seoul"))
#: Chinese characters without kana: written in mainland China, Taiwan, Hong Kong, Macau,
#: Singapore or Malaysia, which all keep UTC+8 (the offset, not one country's zone).
_HAN = re.compile("[\u4e00-\u9fff]")
CHINESE_CLOCK = timezone(timedelta(hours=8), "UTC+08:00")


def _script_zone(page: Page) -> tzinfo | None:
    """The zone of the script the <title> is written in, for a page that declares no
    language, zone or country (InfoQ's Japanese edition on infoq.com: `<html>` without
    `lang`, a day printed alone): kana are Japanese, Hangul Korean; Chinese characters
    alone are no one country's, but every country that writes them keeps UTC+8 (163.com,
    ifeng, Toutiao print "2019-09-07 08:05:32" with no `lang`, or `lang="en"`).

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def zone(title): return _script_zone(Page(url="https://x.com/a", title_tag=title,
    ...                                           root=lxml.html.fromstring("<p>x</p>")))
    >>> zone("Google ChromeのNever-Slow Mode"), zone("Storm hits")
    (zoneinfo.ZoneInfo(key='Asia/Tokyo'), None)
    >>> zone("北京新闻").utcoffset(None)
    datetime.timedelta(seconds=28800)
    """
    title = page.title_tag or ""
    for script, zone in _SCRIPT_ZONES:
        if script.search(title):
            return _zone(zone)
    return CHINESE_CLOCK if _HAN.search(title) else None


#: Places (a one-zone country, its capital, its demonym) a newsroom names itself after: "Bangkok
#: Post", "The Japan Times", "Korea JoongAng Daily", "Taipei Times" on a `.com`.
NAME_ZONES = {
    "bangkok": "Asia/Bangkok", "thai": "Asia/Bangkok", "thailand": "Asia/Bangkok",
    "japan": "Asia/Tokyo", "tokyo": "Asia/Tokyo", "korea": "Asia/Seoul", "seoul": "Asia/Seoul",
    "singapore": "Asia/Singapore", "taipei": "Asia/Taipei", "taiwan": "Asia/Taipei",
    "manila": "Asia/Manila", "philippine": "Asia/Manila", "philippines": "Asia/Manila",
    "malaysia": "Asia/Kuala_Lumpur", "vietnam": "Asia/Ho_Chi_Minh", "hanoi": "Asia/Ho_Chi_Minh",
    "saigon": "Asia/Ho_Chi_Minh", "jakarta": "Asia/Jakarta", "cambodia": "Asia/Phnom_Penh",
    "phnom": "Asia/Phnom_Penh", "dhaka": "Asia/Dhaka", "bangladesh": "Asia/Dhaka",
    "kathmandu": "Asia/Kathmandu", "nepal": "Asia/Kathmandu", "pakistan": "Asia/Karachi",
    "karachi": "Asia/Karachi", "india": "Asia/Kolkata", "hindustan": "Asia/Kolkata",
    "delhi": "Asia/Kolkata", "tehran": "Asia/Tehran", "cairo": "Africa/Cairo",
    "nairobi": "Africa/Nairobi", "kenya": "Africa/Nairobi", "nigeria": "Africa/Lagos",
    # Israel's, Ireland's, Jordan's and the one-zone Gulf states' papers on a `.com` ("The
    # Times of Israel", "The Jerusalem Post", "The Irish Times", "Emirates 247", "Qatar
    # Tribune", "Saudi Gazette", "Arab Times Kuwait", "Jordan Times"). Not "Lebanon": LBCI
    # ("… Lebanon News") prints its clock an hour off Beirut's.
    "israel": "Asia/Jerusalem", "jerusalem": "Asia/Jerusalem", "irish": "Europe/Dublin",
    "ireland": "Europe/Dublin", "dublin": "Europe/Dublin", "emirates": "Asia/Dubai",
    "dubai": "Asia/Dubai", "qatar": "Asia/Qatar", "doha": "Asia/Qatar", "saudi": "Asia/Riyadh",
    "riyadh": "Asia/Riyadh", "kuwait": "Asia/Kuwait", "bahrain": "Asia/Bahrain",
    "oman": "Asia/Muscat", "muscat": "Asia/Muscat", "jordan": "Asia/Amman",
    "amman": "Asia/Amman",
}
_NAME_WORD = re.compile(r"[^\W\d_]+")


def _name_zone(page: Page) -> tzinfo | None:
    """The zone of the place the site's declared name (og:site_name, JSON-LD publisher) is
    after: the last word on the zone of a page on a generic domain that prints naive times.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def zone(name):
    ...     page = Page(url="https://x.com/a", root=lxml.html.fromstring("<p>x</p>"),
    ...                 meta={"og:site_name": [name]})
    ...     return _name_zone(page)
    >>> zone("Bangkok Post"), zone("The Japan Times"), zone("Global Times")
    (zoneinfo.ZoneInfo(key='Asia/Bangkok'), zoneinfo.ZoneInfo(key='Asia/Tokyo'), None)
    """
    for name in (*metadata.own_names(page), *_title_site_tail(page)):
        for word in _NAME_WORD.findall(name.lower()):
            if word in NAME_ZONES:
                return _zone(NAME_ZONES[word])
    return None


#: The separators a <title> prints between the headline and the site's name.
_TITLE_TAIL = re.compile(r"\s(?:[|–—-])\s+([^|–—-]{3,40})$")


def _title_site_tail(page: Page) -> tuple[str, ...]:
    """The site's name as the <title> prints it last ("… - The Korea Herald", "… | Dhaka
    Tribune"), where no metadata declares it: only a tail that is the address's own name
    (koreaherald.com, dhakatribune.com), never a word of the headline.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> def tail(url, title):
    ...     return _title_site_tail(Page(url=url, root=lxml.html.fromstring("<p>x</p>"),
    ...                                  title_tag=title))
    >>> tail("https://www.koreaherald.com/a/1", "BOK holds rate - The Korea Herald")
    ('The Korea Herald',)
    >>> tail("https://example.com/a/1", "Talks end - Korea"), tail("https://x.com/a", "Talks")
    ((), ())
    >>> tail("https://www.jpost.com/a-1", "Budget passes - The Jerusalem Post")
    ('The Jerusalem Post',)
    """
    found = _TITLE_TAIL.search((page.title_tag or "").strip())
    if found is None:
        return ()
    host = (urlsplit(page.url).hostname or "").removeprefix("www.")
    labels = {label for label in host.split(".") if len(label) >= 5}
    squashed = "".join(c for c in found[1].casefold() if c.isalnum())
    name = squashed.removeprefix("the")
    if squashed in labels or name in labels:
        return (found[1].strip(),)
    # Or the name's first words by their initials, its last whole: "The Jerusalem Post" on
    # jpost.com.
    words = [w for w in _NAME_WORD.findall(found[1].casefold()) if w != "the"]
    short = "".join(w[0] for w in words[:-1]) + words[-1] if len(words) >= 2 else ""
    return (found[1].strip(),) if short in labels else ()


#: Elements that carry a machine stamp and print a time: <time datetime>, RDFa date
#: properties (Drupal: <span property="schema:dateCreated" content="…">Mon, 12/16/2024 -
#: 15:27</span>), epoch data-timestamp (Brightspot's <bsp-timestamp>).
_STAMPED_PRINTS = etree.XPath(
    "descendant-or-self::time[@datetime] | "
    "descendant-or-self::*/@property[contains(string(), 'date')"
    " or contains(string(), 'created') or contains(string(), 'modified')]/parent::*[@content] | "
    "descendant-or-self::*/@data-timestamp/.. | "
    # hAtom's stamp in a title (Advance Local: `<span class="updated"
    # title="2016-12-22T21:53:29Z">December 22, 2016 at 3:53 PM</span>`).
    # (Both words hold "ed": one contains() on most class values, as `page._XP_HATOM_DATES`.)
    "descendant-or-self::*/@class[contains(string(), 'ed')]"
    "[contains(string(), 'updated') or contains(string(), 'published')]/parent::*[@title]")
#: Stamped elements looked at: the article's own come first.
_MAX_STAMPED = 3
_QUARTER_HOUR = 900
#: A clock time with a dot, as Australian and British templates print it ("December 17, 2024
#: — 3.20pm"): a time, where a dot alone ("17.12.2024") is a date.
_DOT_CLOCK = re.compile(r"\d\.[0-5]\d\s*[ap]\.?m\b", re.I)


#: The national clock a domain of several zones names, and its two offsets (winter, summer).
_NATIONAL_CLOCKS = {
    name: frozenset(ZoneInfo(name).utcoffset(datetime(2024, month, 1)) for month in (1, 7))
    for name in ("Australia/Sydney", "America/Toronto", "America/Mexico_City")}


def _printed_offset(page: Page) -> timedelta | None:
    """The offset a UTC stamp's printed clock time (or printed zone) shows, or None; a zero
    offset only for a printed zone word ("GMT"), not for a printed clock at the stamp's own
    minute (the Tulsa World's `title="2011-11-18T04:06:42.170Z"` over "4:06 AM": a local
    time written as UTC, or UTC printed, cannot be told apart).

    The printed minute against the stamp's instant, rounded to a quarter hour (zones are
    whole quarter hours; the print drops the seconds), and a fix only within 14 hours.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> _printed_offset(Page(url="u", root=lxml.html.document_fromstring(
    ...     '<html><body><article><h1>T</h1><time datetime="2024-12-17T04:20:00.000Z">'
    ...     'December 17, 2024 — 3.20pm</time><p>Text.</p></article></body></html>')))
    datetime.timedelta(seconds=39600)
    """
    looked = 0
    # Around the headline, where the article prints its own time: a walk of the whole page
    # cost 0.3 ms, and the stamps of teasers further down are other stories'.
    for el in _STAMPED_PRINTS(article_scope(page)):
        if in_quote(el):
            continue  # an embedded post's time, printed in its viewer's zone
        text = " ".join(text_content(el).split())
        if not text or not any(c.isdigit() for c in text) or (
                ":" not in text and not _DOT_CLOCK.search(text)):
            continue
        stamp = _utc_stamp(el.get("datetime") or el.get("content") or el.get("data-timestamp")
                           or el.get("title"))
        if stamp is None:
            continue
        looked += 1
        # A region word ("1:06 pm ET") names a zone whose offset is the one at the stamp.
        zone = dates.printed_zone(text)
        printed = stamp.astimezone(zone).utcoffset() if zone is not None else None
        if printed is not None:
            return printed
        wall = dates.parse_datetime(text, tz=UTC, base=stamp + timedelta(days=1))
        if wall is not None and (offset := wall_offset(wall, stamp)) is not None:
            return offset
        if looked >= _MAX_STAMPED:
            break
    return None


#: Lines read under the headline for a printed zone, and the most characters one may have.
_HEADER_LINES = 3
_MAX_LINE_CHARS = 200
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _header_line_zone(page: Page) -> tzinfo | None:
    """The zone a date line under the headline prints after the year's clock time
    ("December 17, 2024 at 1:12 a.m. MST"), or None: Arc XP themes print the story's time
    so, with no machine stamp beside it, while every stamp of the page is in UTC. Gannett's
    line prints the clock first and names the US zone alone ("Published 1:03 p.m. ET Dec.
    17, 2024 | Updated 3:20 p.m. ET Dec. 17, 2024"): New York's time, EST or EDT by the date.

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> _header_line_zone(Page(url="u", root=lxml.html.document_fromstring(
    ...     "<html><body><h1>T</h1><div><span>By AP</span> "
    ...     "<div>December 17, 2024 at 1:12 a.m. MST</div></div></body></html>")))
    datetime.timezone(datetime.timedelta(days=-1, seconds=61200))
    >>> _header_line_zone(Page(url="u", root=lxml.html.document_fromstring(
    ...     "<html><body><div><div><h1>T</h1></div><div><div>By Jane Doe, CNN</div>"
    ...     "<div>Updated 3:20 PM EST, Tue December 17, 2024</div></div></div></body></html>")))
    datetime.timezone(datetime.timedelta(days=-1, seconds=68400))
    >>> _header_line_zone(Page(url="u", root=lxml.html.document_fromstring(
    ...     "<html><body><div><div><h1>T</h1><h2>Standfirst.</h2></div><div><div>By AP</div>"
    ...     "<div>December 17, 2024, 6:11 PM EST</div></div></div></body></html>")))
    datetime.timezone(datetime.timedelta(days=-1, seconds=68400))
    """
    h1s = page.h1s()
    headline = h1s[0] if h1s else None
    # A headline alone in its wrapper (CNN's `headline__wrapper`): the lines follow the wrapper.
    for _ in range(2):
        parent = headline.getparent() if headline is not None else None
        if headline is None or parent is None or headline.getnext() is not None \
                or headline.getprevious() is not None or parent.tag in ("body", "main"):
            break
        headline = parent
    if headline is None:
        return None
    lines: Iterable[etree._Element] = itertools.islice(
        (el for el in headline.itersiblings() if isinstance(el.tag, str)), _HEADER_LINES)
    # A headline wrapped with its standfirst (ABC News's `prism-headline` block, an <h1> and
    # an <h2>): the date line follows the wrapper.
    parent = headline.getparent()
    if parent is not None and parent.tag not in ("body", "main", "article"):
        lines = itertools.chain(lines, itertools.islice(
            (el for el in parent.itersiblings() if isinstance(el.tag, str)), _HEADER_LINES))
    for line in lines:
        raw = text_content(line)
        if len(raw) > 4 * _MAX_LINE_CHARS:
            continue  # the text's own block, not a line: never split word by word
        text = " ".join(raw.split())
        year = _YEAR.search(text) if len(text) <= _MAX_LINE_CHARS else None
        if year and ":" in text[year.end():]:
            return dates.printed_zone(text[year.end():]) or _line_offset(page, line)
        if year and ":" in text[:year.start()]:  # the clock first: "3:20 PM EST, Tue Dec…"
            return dates.printed_zone(text) or _line_offset(page, line)
    return None


def _line_offset(page: Page, line: etree._Element) -> tzinfo | None:
    """The offset a date line's printed clock shows against the metadata's UTC publication
    stamp: News Corp Australia prints "December 17, 2024 - 1:03PM" in a span of the byline,
    beside JSON-LD's "2024-12-17T02:03:00.000Z" (+11:00, Sydney's summer time).

    >>> from scrapy.http import HtmlResponse
    >>> from newsscraper.page import Page
    >>> page = Page.from_response(HtmlResponse("https://example.com.au/a", encoding="utf-8", body=
    ...     '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
    ...     '"datePublished": "2024-12-17T02:03:00.000Z"}</script></head><body><h1>T</h1>'
    ...     '<div><span>Staff writers</span> <span>December 17, 2024 - 1:03PM</span></div>'
    ...     '</body></html>'))
    >>> _line_offset(page, page.h1s()[0].getnext())
    datetime.timezone(datetime.timedelta(seconds=39600))
    """
    stamp = next(filter(None, map(_utc_stamp, metadata.published(page, hatom=False))), None)
    if stamp is None:
        return None
    for el in line.iter():
        text = " ".join((el.text or "").split())  # the element's own text: a leaf's date
        if not (_YEAR.search(text) and ":" in text and is_date_line(text)):
            continue  # a line of date words only: anything else would go to dateparser
        wall = dates.parse_datetime(text, tz=UTC, base=stamp + timedelta(days=1))
        if wall is not None:
            offset = wall_offset(wall, stamp)
            return None if offset is None else timezone(offset)
    return None


def wall_offset(wall: datetime, stamp: datetime) -> timedelta | None:
    """The offset a printed wall-clock time (read as if UTC) shows against the UTC stamp of
    the same moment: the gap rounded to a quarter hour (zones are whole quarters; the print
    drops the seconds), within 90 seconds of one and 14 hours of UTC; None otherwise or when
    there is no gap.

    >>> stamp = datetime(2024, 12, 17, 7, 33, 21, tzinfo=UTC)
    >>> wall_offset(datetime(2024, 12, 17, 13, 3, tzinfo=UTC), stamp)
    datetime.timedelta(seconds=19800)
    >>> wall_offset(stamp, stamp) is None, wall_offset(stamp + timedelta(minutes=7), stamp)
    (True, None)
    """
    delta = (wall - stamp).total_seconds()
    quarters = round(delta / _QUARTER_HOUR)
    if quarters and abs(delta - quarters * _QUARTER_HOUR) <= 90 and abs(quarters) <= 14 * 4:
        return timedelta(seconds=quarters * _QUARTER_HOUR)
    return None


def _utc_stamp(raw: str | None) -> datetime | None:
    """A machine stamp given in UTC (ISO 8601 "Z"/"+00:00", or epoch seconds/ms), or None."""
    if not raw:
        return None
    raw = raw.strip()
    if raw.isdigit() and len(raw) in (10, 13):
        return datetime.fromtimestamp(int(raw[:10]), UTC)
    try:
        parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.utcoffset() == timedelta(0) else None


#: National wire services and their newsroom's zone: a portal that runs their copy and says
#: nothing else about its zone (en-US, UTC metadata, naive printed times, served from
#: anywhere) is, nearly always, a newsroom of that country, and its "1:03 pm" is that zone's.
#: Known only once the body's credit is read (`wire_zone`). The global wires (AP, Reuters,
#: AFP) and those whose copy runs across several zones (EFE in Latin America, Xinhua) are none.
WIRE_ZONES: dict[str, str] = {
    "IANS": "Asia/Kolkata", "PTI": "Asia/Kolkata", "ANI": "Asia/Kolkata", "UNI": "Asia/Kolkata",
    "BSS": "Asia/Dhaka", "UNB": "Asia/Dhaka", "RSS": "Asia/Kathmandu", "APP": "Asia/Karachi",
    "Bernama": "Asia/Kuala_Lumpur",
    "Yonhap": "Asia/Seoul", "Newsis": "Asia/Seoul", "News1": "Asia/Seoul",
    "Kyodo": "Asia/Tokyo", "Jiji": "Asia/Tokyo",
    "ANSA": "Europe/Rome", "Adnkronos": "Europe/Rome", "APA": "Europe/Vienna",
    "SDA": "Europe/Zurich", "dpa": "Europe/Berlin", "Europa Press": "Europe/Madrid",
    "Anadolu": "Europe/Istanbul", "İHA": "Europe/Istanbul", "DHA": "Europe/Istanbul",
    "TPS": "Asia/Jerusalem",
    "SPA": "Asia/Riyadh", "KUNA": "Asia/Kuwait", "WAM": "Asia/Dubai", "NAN": "Africa/Lagos",
    "GNA": "Africa/Accra", "SAPA": "Africa/Johannesburg", "New Ziana": "Africa/Harare",
    "ZANIS": "Africa/Lusaka", "NAMPA": "Africa/Windhoek", "MANA": "Africa/Blantyre",
    "PNA": "Asia/Manila", "Antara": "Asia/Jakarta",
    "NTB": "Europe/Oslo", "TT": "Europe/Stockholm", "Ritzau": "Europe/Copenhagen",
    "STT": "Europe/Helsinki", "ANP": "Europe/Amsterdam", "Belga": "Europe/Brussels",
    "ČTK": "Europe/Prague", "MTI": "Europe/Budapest",
    "Andina": "America/Lima", "NA": "America/Argentina/Buenos_Aires",
    "Télam": "America/Argentina/Buenos_Aires", "Colprensa": "America/Bogota",
    "Agencia UNO": "America/Santiago",
    # National wires of one clock each, as their own-language copy credits them (WAFA's
    # "وفا", IRNA's "ایرنا", VNA's "TTXVN", PAP, Lusa, ANA-MPA's "ΑΠΕ-ΜΠΕ", TASS and RIA's
    # Moscow copy, Ukrinform, Egypt's MENA, Syria's SANA, Qatar's QNA, Agência Brasil).
    "WAFA": "Asia/Hebron", "IRNA": "Asia/Tehran", "ISNA": "Asia/Tehran", "Tasnim": "Asia/Tehran",
    "VNA": "Asia/Ho_Chi_Minh", "PAP": "Europe/Warsaw", "Lusa": "Europe/Lisbon",
    "ANA-MPA": "Europe/Athens", "TASS": "Europe/Moscow", "RIA Novosti": "Europe/Moscow",
    "Ukrinform": "Europe/Kyiv", "MENA": "Africa/Cairo", "SANA": "Asia/Damascus",
    "QNA": "Asia/Qatar", "Agência Brasil": "America/Sao_Paulo",
    # China's wires (one clock for the country: Xinhua's English pages print "2024-12-17
    # 13:03:20" in Beijing time, no zone) and Cuba's Prensa Latina.
    "Xinhua": "Asia/Shanghai", "China News Service": "Asia/Shanghai",
    "Prensa Latina": "America/Havana",
    # Armenia's wire on its own ".am" domain, which `_domain_zone` reads as a word sold
    # ("radio.am"), not Armenia: its "YEREVAN, DECEMBER 17, ARMENPRESS." credit is Yerevan's.
    "Armenpress": "Asia/Yerevan",
    # The third set of agencies' own sites: the Baltic, Balkan and Moldovan wires, the Levant's,
    # Libya's, Sudan's and Bahrain's, South-East and Central Asia's, Mexico's Notimex (LANA's
    # "2024-12-17 13:03:41" on a ".gov.ly" host, SUNA's on a ".net" one: no zone but the
    # wire's).
    "LETA": "Europe/Riga", "BNS": "Europe/Vilnius", "FENA": "Europe/Sarajevo",
    "MIA": "Europe/Skopje", "ATA": "Europe/Tirane", "Moldpres": "Europe/Chisinau",
    "NNA": "Asia/Beirut", "LANA": "Africa/Tripoli", "SUNA": "Africa/Khartoum",
    "BNA": "Asia/Bahrain", "KPL": "Asia/Vientiane", "AKP": "Asia/Phnom_Penh",
    "Pajhwok": "Asia/Kabul", "Azertac": "Asia/Baku", "Kabar": "Asia/Bishkek",
    "Notimex": "America/Mexico_City",
}


def wire_zone(agency: str | None) -> tzinfo | None:
    """The newsroom zone a wire credit implies, for a page that gave no zone of its own.

    >>> wire_zone("PTI"), wire_zone("BSS"), wire_zone("Reuters")
    (zoneinfo.ZoneInfo(key='Asia/Kolkata'), zoneinfo.ZoneInfo(key='Asia/Dhaka'), None)
    >>> wire_zone("STT"), wire_zone("ČTK")
    (zoneinfo.ZoneInfo(key='Europe/Helsinki'), zoneinfo.ZoneInfo(key='Europe/Prague'))
    >>> wire_zone("New Ziana"), wire_zone("MANA")
    (zoneinfo.ZoneInfo(key='Africa/Harare'), zoneinfo.ZoneInfo(key='Africa/Blantyre'))
    >>> wire_zone("TPS"), wire_zone("LANA")
    (zoneinfo.ZoneInfo(key='Asia/Jerusalem'), zoneinfo.ZoneInfo(key='Africa/Tripoli'))
    """
    name = WIRE_ZONES.get(agency or "")
    return _zone(name) if name else None


_VANITY_TLDS = (".co", ".am", ".ly")  # sold as words: "radio.am", "bit.ly"
_VANITY_SLDS = (".com.co", ".gov.co", ".edu.co", ".org.co", ".net.co")


#: Regions whose English is written month first ("12/05/2024" is 5 December).
_MONTH_FIRST_REGIONS = frozenset({"us", "ph", "ca"})


#: Scripts of languages that all write the day first (Greek, Cyrillic, Hebrew, Arabic, Thai).
_DAY_FIRST_SCRIPT = re.compile("[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f]")


def day_first(page: Page, zone: tzinfo) -> bool:
    """Does the page write numeric dates day first ("05/12/2024" = 5 December)? Every
    language but English does, and English outside the US, the Philippines and Canada; an
    English page that names no region does when its newsroom's zone is known and outside
    the Americas (an Indian or British site), not when the zone is unknown (UTC).

    >>> from newsscraper.page import Page
    >>> import lxml.html
    >>> def page(lang): return Page(url="https://x.example/a", lang=lang,
    ...                             root=lxml.html.fromstring("<html></html>"))
    >>> day_first(page("pt-BR"), UTC), day_first(page("en-US"), UTC), day_first(page("en"), UTC)
    (True, False, False)
    >>> day_first(page("en"), ZoneInfo("Asia/Kolkata")), day_first(page("en-GB"), UTC)
    (True, True)
    >>> arabic = Page(url="https://x.example/a", title_tag="البنك المركزي",
    ...               root=lxml.html.fromstring("<html></html>"))
    >>> day_first(arabic, UTC), day_first(page(None), UTC)  # no language declared
    (True, False)
    """
    for value in metadata.language(page):
        parts = value.strip().replace("_", "-").lower().split("-")
        if parts[0] and parts[0] != "en":
            return True
        if parts[0] == "en" and len(parts) > 1:
            return parts[-1] not in _MONTH_FIRST_REGIONS
        break
    else:
        if page.title_tag and _DAY_FIRST_SCRIPT.search(page.title_tag):
            # No language declared, a headline in Arabic, Cyrillic, Greek, Hebrew or Thai
            # script: never a US page ("12/05/2024" is 12 May).
            return True
    if zone is UTC:
        return False
    key = getattr(zone, "key", None)
    if key:
        return not key.startswith("America/")
    offset = zone.utcoffset(None)  # a fixed offset the page's stamps gave ("+05:30")
    return offset is not None and offset > timedelta(hours=-2) and bool(offset)


def _domain_zone(url: str) -> str | None:
    """The zone of the country whose domain the site is on, if it has one zone.

    >>> _domain_zone("https://www.example.co.in/a"), _domain_zone("https://news.example.de/")
    ('Asia/Kolkata', 'Europe/Berlin')
    >>> _domain_zone("https://example.co/"), _domain_zone("https://www.example.com.co/")
    (None, 'America/Bogota')
    >>> _domain_zone("https://www.example.cl/a"), _domain_zone("https://www.example.cu/")
    ('America/Santiago', 'America/Havana')
    >>> _domain_zone("https://example.com/"), _domain_zone("http://127.0.0.1:8080/")
    (None, None)
    """
    host = urlsplit(url).hostname or ""
    if host.endswith(_VANITY_TLDS) and not host.endswith(_VANITY_SLDS):
        return None  # "example.co" is sold as a ".com", not a Colombian domain; ".com.co" is
    return COUNTRY_ZONES.get(host.rsplit(".", 1)[-1]) if "." in host else None


@lru_cache(maxsize=256)
def _zone(key: str) -> ZoneInfo:
    """ZoneInfo(key), kept: ZoneInfo remembers only the 8 zones used last (and the others
    while something holds them), so across a corpus of sites it kept reading tzdata files,
    ~50 µs a page. The keys are the few dozen above and the profiles'."""
    return ZoneInfo(key)


#: A language in a country of several zones whose speakers keep one clock: French Canada is
#: Quebec (Montreal's Eastern time: La Presse, Le Devoir, Radio-Canada's "fr-CA").
LOCALE_ZONES = {"fr-ca": "America/Toronto"}


#: Country codes some sites write for their language (`lang="gr"`, "jp", "kr", "cz", "ua"):
#: no language has these codes, so they name the country.
_COUNTRY_FOR_LANGUAGE = frozenset({"jp", "kr", "cn", "gr", "cz", "dk", "ua", "vn"})


def _locale_zone(value: str) -> str | None:
    """The zone a page's locale names, if one.

    >>> _locale_zone("en-IN"), _locale_zone("fr-CA"), _locale_zone("en-US"), _locale_zone("de")
    ('Asia/Kolkata', 'America/Toronto', None, 'Europe/Berlin')
    >>> _locale_zone("ru-RU"), _locale_zone("id-ID"), _locale_zone("id"), _locale_zone("ca")
    ('Europe/Moscow', 'Asia/Jakarta', 'Asia/Jakarta', 'Europe/Madrid')
    >>> _locale_zone("ar_AR"), _locale_zone("es_AR")  # Facebook's Arabic; Argentine Spanish
    (None, 'America/Argentina/Buenos_Aires')
    >>> _locale_zone("gr"), _locale_zone("ua")  # a country's code for its language
    ('Europe/Athens', 'Europe/Kyiv')
    """
    parts = value.strip().replace("_", "-").lower().split("-")
    if parts[:2] == ["ar", "ar"]:
        return None  # Facebook's locale for Arabic at large (og:locale "ar_AR"), not Argentina
    if len(parts) == 1 and parts[0] in _COUNTRY_FOR_LANGUAGE:
        return COUNTRY_ZONES[parts[0]]  # `lang="gr"`, "jp", "ua": the country's code
    if "-".join(parts[:2]) in LOCALE_ZONES:
        return LOCALE_ZONES["-".join(parts[:2])]
    if len(parts) >= 2 and parts[-1] in COUNTRY_ZONES:
        return COUNTRY_ZONES[parts[-1]]
    return LANGUAGE_ZONES.get(parts[0]) if len(parts) == 1 else None


def _metadata_offset(page: Page) -> timedelta | None:
    return _first_offset(itertools.chain(metadata.published(page, hatom=False),
                                         metadata.modified(page, hatom=False)))


def _first_offset(values: Iterable[str]) -> timedelta | None:
    for raw in values:
        try:
            parsed = datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
        except (ValueError, AttributeError):
            continue
        if parsed.tzinfo is not None:
            return parsed.utcoffset()
    return None
