"""Pure text processors: `str -> str | None` functions the loader and extractors compose.

No I/O, no clock. Each has a doctest (run by `pytest --doctest-modules newsscraper`).
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from collections.abc import Callable, Collection
from functools import partial
from urllib.parse import SplitResult, urljoin, urlsplit

# Removed outright: zero-width space, word joiner, BOM, soft hyphen (invisible or layout-only);
# bidi embeddings/overrides/isolates (U+202A–E, U+2066–9) enable spoofing (RELIABILITY.md #29);
# C0/C1 controls except tab/newline (NUL and ESC never belong in a record), and the
# noncharacters U+FFFE/U+FFFF. The vertical tab and form feed are not dropped but made spaces
# (`str.split` splits on them): Unicode counts them as white space, and Word writes its line
# break as "\v", which a CMS keeps between two words.
# Kept: ZWNJ/ZWJ (U+200C/D) shape Devanagari and Persian, and U+200E/F marks in RTL text.
# A regex character class scans in C; str.translate with a dict looks up every character.
_DROPPED = re.compile(
    "\x1b\\[[0-9;?]*[ -/]*[@-~]|"  # a whole ANSI escape sequence ("\x1b[31m"), not just ESC
    "[\u200b\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069"
    "\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff]"
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# str.split() with no argument splits on every Unicode space (NBSP, U+202F, ideographic
# space…), so " ".join(text.split()) turns them all into one plain space, in C.


def clean_text(value: str) -> str | None:
    """Drop invisible and control characters, collapse whitespace; None when nothing is left.

    >>> clean_text("  Kremlin\\u00a0says\\u200b  “no”\\u00ad ")
    'Kremlin says “no”'
    >>> clean_text(" \\u200b ") is None
    True
    >>> clean_text("Line\\vbreak\\x01 kept\\ufffe")  # Word's line break is a space
    'Line break kept'
    """
    # Every character `_DROPPED` removes is a control or format character, and every
    # space but U+0020 is a separator: str.isprintable() rejects them all. So printable
    # text needs no regex, and is already clean unless its spaces are doubled or at an end
    # (text cleaned once, as body blocks are before the loader sees them).
    if value.isprintable():
        if "  " in value or value[:1] == " " or value[-1:] == " ":
            value = " ".join(value.split())
        return value or None
    # Text from the page is rarely printable only for its line breaks and tabs, which are
    # kept as spaces: with them made spaces, the same C check spares the regex.
    spaced = value.replace("\n", " ").replace("\t", " ").replace("\r", " ")
    if spaced.isprintable():
        return " ".join(spaced.split()) or None
    return " ".join(_DROPPED.sub("", value).split()) or None


def clean_paragraphs(value: str) -> str | None:
    """Like `clean_text` per paragraph, keeping blank-line paragraph breaks.

    >>> clean_paragraphs("One\\u00a0two.\\n\\n\\n  Three. \\n\\n ")
    'One two.\\n\\nThree.'
    """
    if "\n" not in value:  # one paragraph (most calls: the body's blocks, one by one)
        return clean_text(value)
    parts = (clean_text(p) for p in _PARAGRAPH_BREAK.split(value))
    return "\n\n".join(p for p in parts if p) or None


def unescape_entities(value: str) -> str:
    """Decode entities left in metadata by double escaping ("&#8216;", "&amp;quot;" → once).

    >>> unescape_entities("US&#8217;s &amp; Mexico&#039;s")
    "US’s & Mexico's"
    """
    return html.unescape(value) if "&" in value else value


#: Inline markup a CMS leaves in a declared headline ("Review: <em>Dune</em>", "…<br>…"):
#: the tags of text styling and line breaks only, so that "<3" or "a < b" stay text.
_INLINE_TAG = re.compile(
    r"<(/?)(?:em|i|b|strong|u|s|mark|small|sup|sub|span|a|font|br|wbr)\b[^<>]*>", re.I)


def without_markup(value: str) -> str:
    """A headline without the inline HTML tags left in it (the page prints the words, not
    the tags); a line break is a space.

    >>> without_markup("Review: <em>Dune</em> is back<br/>at last")
    'Review: Dune is back at last'
    >>> without_markup("I <3 Paris, and a < b")
    'I <3 Paris, and a < b'
    """
    if "<" not in value:
        return value  # most headlines
    return _INLINE_TAG.sub(lambda m: " " if m.group().lower().startswith(("<br", "<wbr"))
                           else "", value)


def unicode_nfc(value: str) -> str:
    """Compose characters (NFC) so that equal text hashes equally; quotes and dashes are kept.

    >>> unicode_nfc("e\\u0301") == "\\u00e9"
    True
    """
    return unicodedata.normalize("NFC", value)


#: The fullwidth bar "｜" is a bar too: Japanese sites set it between spaces ("… ｜ ガジェット通信
#: GetNews").
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|｜\-–—:·•»›]|::|--)\s+")
#: Text longer than this is not a headline (bounds the cost of suffix splitting).
MAX_TITLE_CHARS = 400
_PIPE_BEFORE_LAST = re.compile(r"\s(?:[|｜·•»›]|::)\s*$")
_TRAILING_SEPARATOR = re.compile(r"\s*(?:[|｜\-–—:·•»›]|::|--)\s*$")


#: A quotation in guillemets, as French prints it with spaces inside ("la « gravité »",
#: "‹ oui ›"): the marks and the spaces beside them are no separator. Its opening mark starts
#: a word and its closing one ends one: German quotes the other way round ("»Wir schaffen
#: das« – … » Site"), and a closing "«" after a word opens no quotation.
_GUILLEMET_QUOTES = (re.compile(r"(?<!\S)(«)(\s*)([^«»]*?)(\s*)(»)(?!\w)"),
                     re.compile(r"(?<!\S)(‹)(\s*)([^‹›]*?)(\s*)(›)(?!\w)"))
#: The spaces beside a quotation's marks, held as private-use characters while a title is
#: split (no `\s`), and given back after.
_HELD_SPACES = str.maketrans({" ": "\ue000", "\xa0": "\ue001", "\u202f": "\ue002"})
_FREED_SPACES = str.maketrans({"\ue000": " ", "\ue001": "\xa0", "\ue002": "\u202f"})


def _held_quote(m: re.Match[str]) -> str:
    return f"{m[1]}{m[2].translate(_HELD_SPACES)}{m[3]}{m[4].translate(_HELD_SPACES)}{m[5]}"


def strip_site_suffix(title: str, site_names: tuple[str, ...] = (),
                      address_names: tuple[str, ...] = (),
                      section_labels: Callable[[], Collection[str]] | None = None) -> str:
    """`_strip_site_suffix`, the spaces inside a quotation in guillemets held: French
    quotes with a space inside each mark ("… juge la situation « grave » pour le pays"), and a
    closing " » " read as the bar before a site's name cut the headline there ("… « grave").

    >>> strip_site_suffix("Sophie Binet juge la situation « grave » pour le pays")
    'Sophie Binet juge la situation « grave » pour le pays'
    >>> strip_site_suffix("Le « oui » de Macron » Le Quotidien")  # a bar after the quote
    'Le « oui » de Macron'
    >>> strip_site_suffix("»Wir schaffen das« – Merkel verteidigt ihre Politik » Der Bote")
    '»Wir schaffen das« – Merkel verteidigt ihre Politik'
    """
    held = title
    if "«" in title or "‹" in title:
        for quotes in _GUILLEMET_QUOTES:
            held = quotes.sub(_held_quote, held)
    stripped = _strip_site_suffix(held, site_names, address_names).translate(_FREED_SPACES)
    if section_labels is not None and len(stripped) < len(title):
        stripped = strip_section_tail(stripped, title[len(stripped):], section_labels)
    return stripped


#: A breadcrumb trail's first crumb, the home page's link, in the languages of the sites read.
_HOME_WORDS = (
    r"(?:home(?: ?page)?|start(?:seite)?|accueil|inicio|in[ií]cio|portada|p[aá]gina inicial|"
    r"hem|hjem|forside|etusivu|f[őo]oldal|kezd[őo]lap|главная|головна|strona g[łl][óo]wna|"
    r"[úu]vod|dom[ůu]|naslovnica|po[čc]etna|ana ?sayfa|αρχική|trang ch[ủu]|beranda|"
    r"首页|首頁|ホーム|홈|الرئيسية)")
_HOME_CRUMB = re.compile(
    _HOME_WORDS + r"(?P<sep>\s*[»›→]\s*|\s+(?:>|/|\||::|–|-)\s+)", re.I)
_HOME_LABEL = re.compile(_HOME_WORDS + r"$", re.I)


#: The first mark of a trail whose first crumb is the site's name: one no headline is cut at.
_CRUMB_CHAR = re.compile(r"[»›→>]")


def _name_key(name: str) -> str:
    """A name's letters and digits, case-folded ("Daily-Courier" → "dailycourier")."""
    return "".join(c for c in name.casefold() if c.isalnum())


def is_home_label(text: str) -> bool:
    """Is `text` the home page's link label ("Home", "Startseite", "Accueil")?

    >>> is_home_label("Startseite"), is_home_label("Home truths")
    (True, False)
    """
    return _HOME_LABEL.match(text.strip()) is not None


def breadcrumb_last(title: str, names: Collection[str] = ()) -> str:
    """A breadcrumb trail given as a title ("Home » News » Storm hits the coast", a theme's
    `<title>` or an `<h1>` printing the trail) is its last crumb, the page's own: the home
    link and a section or more before it are navigation, never headline words.

    >>> breadcrumb_last("Home » News » Storm hits the coast")
    'Storm hits the coast'
    >>> breadcrumb_last("Startseite > Politik > Landtag tagt | Der Bote")
    'Landtag tagt | Der Bote'
    >>> breadcrumb_last("Home / Away: how the derby was won")  # no trail: one mark
    'Home / Away: how the derby was won'
    >>> breadcrumb_last("Home » Example News")  # the home page's own title
    'Home » Example News'
    >>> breadcrumb_last("Home - the place we left behind - a memoir")  # no crumbs
    'Home - the place we left behind - a memoir'

    The site's name may stand for the home crumb ("Daily » Local » Storm hits", WordPress's
    Kubrick "Blog » Blog Archive » Post"), as the site declares it or its address spells it,
    joined by a mark no headline is cut at (», ›, →, >):

    >>> breadcrumb_last("Daily Courier › Local › Storm hits", ("dailycourier.example",))
    'Storm hits'
    >>> breadcrumb_last("Storm hits » Local » Daily Courier", ("Daily Courier",))
    'Storm hits » Local » Daily Courier'
    """
    m = _HOME_CRUMB.match(title)
    if m is not None:
        sep, rest = m["sep"].strip(), title[m.end():]
    elif not names or (c := _CRUMB_CHAR.search(title)) is None:
        return title  # most titles
    else:
        sep, rest = c.group(), title[c.end():]
        if sep == ">" and not (title[c.start() - 1:c.start()].isspace() and rest[:1].isspace()):
            return title  # "a>b": no crumb mark
        if _name_key(title[:c.start()]) not in {_name_key(n.split(".")[0]) for n in names}:
            return title  # "Daily Courier › Local › …": the site's name as the first crumb
    parts = re.split(r"\s*" + re.escape(sep) + r"\s*" if sep in "»›→"
                     else r"\s+" + re.escape(sep) + r"\s+", rest.strip())
    if len(parts) < 2 or not all(parts):
        return title  # "Home » Site": a home page's title, no trail
    if any(len(crumb.split()) > MAX_CRUMB_WORDS for crumb in parts[:-1]):
        return title  # a section's crumb is a word or a few, not a clause
    return parts[-1]


#: The most words in a section's crumb before the last one.
MAX_CRUMB_WORDS = 4


def without_name_colon(title: str, site_names: Collection[str]) -> str:
    """A title without the site's declared name opening it before a colon ("Prairie Post:
    Farmers say …", a theme's "%site%: %title%" pattern; the bar and dash forms are cut as a
    site's suffix is): the name, whole, then ": " and a headline of three words or more.

    >>> without_name_colon("Prairie Post: Farmers say drought cut yields", ("Prairie Post",))
    'Farmers say drought cut yields'
    >>> without_name_colon("Prairie Post: Yields down", ("Prairie Post",))  # too short
    'Prairie Post: Yields down'
    >>> without_name_colon("Prairie Posts: Farmers say drought cut yields", ("Prairie Post",))
    'Prairie Posts: Farmers say drought cut yields'
    """
    head, colon, rest = title.partition(": ")
    if not colon or len(head) > MAX_COLON_NAME_CHARS:
        return title  # most titles
    folded = head.strip().casefold()
    if any(folded == name.strip().casefold() for name in site_names) \
            and len(rest.split()) >= 3:
        return rest.strip()
    return title


#: The longest site name read before a title's colon.
MAX_COLON_NAME_CHARS = 40


#: A short section name in Chinese characters, kana or Hangul joined to the headline by an
#: unspaced "_" or "-" run, as Chinese portals chain "…_体育_新浪网", "…--文化--人民网".
_CJK_SECTION_TAIL = re.compile(
    r"(?P<sep>_+|-+|－)(?P<section>[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,6})$")


def strip_section_tail(title: str, cut: str, section_labels: Callable[[], Collection[str]]) -> str:
    """After a site's name `cut` from a title, the section name the same separator joined
    before it ("…_财经_腾讯网"): Chinese portals print the channel between the headline and
    the site. It goes only where the page prints it as a label of its own (a link in its
    navigation or breadcrumb, its declared section) and the headline is much longer; a
    headline's own last words ("京沪高速-无锡段") are no label.

    >>> labels = lambda: {"财经", "体育"}
    >>> strip_section_tail("数据业大整顿：用户信息几元不等_财经", "_腾讯网", labels)
    '数据业大整顿：用户信息几元不等'
    >>> strip_section_tail("女儿出嫁，郑板桥画了几笔兰花当嫁妆--财经", "--人民网", labels)
    '女儿出嫁，郑板桥画了几笔兰花当嫁妆'
    >>> strip_section_tail("数据业大整顿：用户信息几元不等_香港", "_腾讯网", labels)  # no label
    '数据业大整顿：用户信息几元不等_香港'
    >>> strip_section_tail("数据业大整顿：用户信息几元不等-财经", "_腾讯网", labels)  # another bar
    '数据业大整顿：用户信息几元不等-财经'
    >>> strip_section_tail("体育_财经", "_腾讯网", labels)  # no headline before it
    '体育_财经'
    """
    m = _CJK_SECTION_TAIL.search(title)
    if m is None or not cut.lstrip().startswith(m["sep"]) \
            or m.start() < 3 * len(m["section"]) or m.start() < MIN_SECTION_HEADLINE_CHARS:
        return title
    if m["section"] not in section_labels():
        return title
    return title[:m.start()].rstrip()


#: The fewest characters of a headline before a section name cut from its title.
MIN_SECTION_HEADLINE_CHARS = 8


def _strip_site_suffix(title: str, site_names: tuple[str, ...] = (),
                       address_names: tuple[str, ...] = ()) -> str:
    """Remove a trailing " | Site" / " - Site" that <title> and og:title carry.

    Only a known site name is removed, or a last segment much shorter than the rest, so a
    headline with a dash of its own ("Talks - and more talks") survives.

    >>> strip_site_suffix("Talks in progress: Kremlin - India News Portal", ("India News Portal",))
    'Talks in progress: Kremlin'
    >>> strip_site_suffix("Markets rally as rates fall | Reuters")
    'Markets rally as rates fall'
    >>> strip_site_suffix("Twenty-twenty - a year to forget")
    'Twenty-twenty - a year to forget'
    >>> strip_site_suffix("Jane Ellison Obituary (1941 - 2024) - Dayton, OH - The Courier")
    'Jane Ellison Obituary (1941 - 2024)'
    >>> strip_site_suffix("Steigende US-Zinsen setzen Dax zu | Börsen-Zeitung")
    'Steigende US-Zinsen setzen Dax zu'
    >>> strip_site_suffix("Court files expose spy operation -- Puppet Masters -- Sott.net",
    ...                   ("Sott.net",))  # a typewriter's dash
    'Court files expose spy operation -- Puppet Masters'

    A site named with its article ("The Times of India") leaves it out of its titles:

    >>> strip_site_suffix("Army raises spectre of 'digital terrorism' - Times of India",
    ...                   ("The Times of India",))
    "Army raises spectre of 'digital terrorism'"

    The site's address names it too, whole before or after a separator, whatever the
    headline's length ("Pastebin.com", "The Washington Post" on washingtonpost.com):

    >>> address = ("washingtonpost.com", "washingtonpost")
    >>> strip_site_suffix("Attack stokes fears in Africa - The Washington Post", (), address)
    'Attack stokes fears in Africa'
    >>> strip_site_suffix("www.Heimicke.de - Zahlen und Daten", (), ("heimicke.de", "heimicke"))
    'Zahlen und Daten'

    On a site that declares no name, a name opening the title whose first word the address
    spells is the site's (a short name before a headline of three words or more); a site
    that declares its name and prints another there ("9to5Mac Gift Guide: …") keeps it:

    >>> strip_site_suffix("McSweeney’s Internet Tendency: The Middle Manager’s Oath.", (),
    ...                   ("mcsweeneys.net", "mcsweeneys"))
    'The Middle Manager’s Oath.'

    A single guillemet is a bar too ("… › Meedia"):

    >>> strip_site_suffix("Wie Freenet Privatkunden für Antennen-TV gewinnen will › Meedia")
    'Wie Freenet Privatkunden für Antennen-TV gewinnen will'
    >>> strip_site_suffix("Neue Regeln für Mieter « DiePresse.com")  # an opening one too
    'Neue Regeln für Mieter'
    >>> strip_site_suffix("気軽に新聞をスクラップできる「ペン」、CUTPEN ｜ ガジェット通信 GetNews",
    ...                   ("ガジェット通信 GetNews",))  # a fullwidth bar
    '気軽に新聞をスクラップできる「ペン」、CUTPEN'
    """
    if len(title) > MAX_TITLE_CHARS:  # not a headline; and keeps the splitting linear
        return title.strip()
    names = {n.casefold() for n in site_names if n}
    names |= {n[4:] for n in names if n.startswith("the ")}
    # The site's names in other spellings ("TheHill" for "The Hill"), and its address's
    # ("Pastebin.com", "The Washington Post" on washingtonpost.com): as a whole part after
    # or before a spaced separator only (an unspaced "-Bild" closes a German compound).
    # Worked out only for a part no other test takes for the site's name.
    named = partial(_names_site, (*names, *address_names), {})
    title = _strip_piped_dashed_tail(
        _strip_site_name_and_tagline(_strip_separated_site_name(title, names), names))
    if "«" in title or "‹" in title:
        title = _strip_guillemet_site_tail(title)
    while True:
        parts = _TITLE_SEPARATORS.split(title)
        if len(parts) < 2:
            break
        last, head = parts[-1].strip(), title[: title.rfind(parts[-1])]
        head = _TRAILING_SEPARATOR.sub("", head)
        if head.count("(") > head.count(")"):
            break  # a dash inside parentheses, the headline's own ("Obituary (1941 - 2024)")
        brief = len(last) <= 30 and len(last.split()) <= 4
        # A pipe, bullet or guillemet before a brief tail is a site-name separator; a dash
        # needs the tail to be much shorter than the headline ("Ukraine - a year on" stays).
        piped = _PIPE_BEFORE_LAST.search(title[: len(title) - len(parts[-1])]) is not None
        short_tail = brief and (piped or (len(last) * 2.5 < len(head) and names_a_site(last)))
        if last.casefold() not in names and not short_tail and not named(last) \
                and not (brief and _address_names_tail(last, head, address_names)):
            break
        title = head
    title = _strip_unspaced_site_suffix(title, names)
    # A leading "Site | Headline" form is rarer; handled only for a known site name.
    parts = _TITLE_SEPARATORS.split(title, maxsplit=1)
    if len(parts) == 2 and (parts[0].strip().casefold() in names or named(parts[0])):
        title = parts[1]
    elif not names and (lead := _ADDRESS_LEAD.match(title)) \
            and _address_opens(lead["name"], address_names) \
            and len(title[lead.end():].split()) >= MIN_HEADLINE_WORDS:
        title = title[lead.end():]
    return title.strip()


#: A site's name after a spaced opening guillemet that no closing one follows ("… «
#: DiePresse.com", WordPress's `wp_title('&laquo;')` and SEO plugins' "«" separator); a
#: quotation's own "«" is closed by its "»" (and its spaces are held, `strip_site_suffix`).
_GUILLEMET_TAIL = re.compile(r"\s[«‹]\s+(?P<tail>[^«»‹›|｜]+)$")


def _strip_guillemet_site_tail(title: str) -> str:
    """Remove a brief site name after a spaced "«" or "‹" closing a title, as " | Site" is:
    a name (`names_a_site`), after a longer headline of three words or more.

    >>> _strip_guillemet_site_tail("Mieten steigen weiter « DiePresse.com")
    'Mieten steigen weiter'
    >>> _strip_guillemet_site_tail("Notre-Dame rouvre ses portes ‹ Le Quotidien")
    'Notre-Dame rouvre ses portes'
    >>> _strip_guillemet_site_tail("Il a dit « tout va bien")  # a clause, not a name
    'Il a dit « tout va bien'
    >>> _strip_guillemet_site_tail("Er sagt « Nein")  # no headline before it
    'Er sagt « Nein'
    """
    m = _GUILLEMET_TAIL.search(title)
    if m is None:
        return title
    tail = m["tail"].strip()
    head = title[:m.start()]
    if len(tail) > 30 or len(tail.split()) > 4 or len(tail) >= len(head) \
            or len(head.split()) < MIN_HEADLINE_WORDS or not names_a_site(tail):
        return title
    return head.rstrip()


def _address_names_tail(last: str, head: str, address_names: tuple[str, ...]) -> bool:
    """Is a title's brief last part `last` the site's name in a longer form its address
    spells the first word of ("… - Spektrum der Wissenschaft" on spektrum.de), after a
    headline of three words or more? A name's own small words ("der", "of") may be in lower
    case; the dash before such a tail is no headline's own, as it names the address.

    >>> address = ("spektrum.de", "spektrum")
    >>> _address_names_tail("Spektrum der Wissenschaft", "Das Geheimnis der Riesenblumen", address)
    True
    >>> _address_names_tail("Spektrum des Lebens", "Ein Buch", address)  # a short headline
    False
    >>> _address_names_tail("Spektrum wird breiter", "Das Geheimnis der Riesenblumen", address)
    False
    """
    words = last.split()
    return len(head.split()) >= MIN_HEADLINE_WORDS and _address_opens(words[0], address_names) \
        and all(w[0].isupper() or w.casefold() in _NAME_PARTICLES for w in words)


#: Small words inside a publication's name ("Spektrum der Wissenschaft", "Times of India",
#: "Corriere della Sera"), in lower case where every other word is capitalised.
_NAME_PARTICLES = frozenset({"der", "die", "des", "de", "del", "della", "di", "du", "la", "le",
                             "of", "the", "and", "y", "et", "und", "für", "am", "im"})


#: A short name opening a title before a separator or a colon ("O'Reilly Japan - …",
#: "McSweeney’s Internet Tendency: …").
_ADDRESS_LEAD = re.compile(r"(?P<name>[^\s:|｜\-–—·•»›]+(?: [^\s:|｜\-–—·•»›]+){0,2})"
                           r"(?:\s*:|\s+(?:[|｜\-–—·•»›]|::|--))\s+")
#: A headline after the site's name has at least this many words.
MIN_HEADLINE_WORDS = 3
#: A site's address names it in fewer letters than this only by chance.
MIN_ADDRESS_KEY = 4


def _address_opens(name: str, address_names: tuple[str, ...]) -> bool:
    """Does the site's address spell the first word of `name`, a name of at most three
    capitalised words? A site without declared names opens its titles with its own name,
    longer than the address ("O'Reilly Japan" on oreilly.co.jp, "McSweeney's Internet
    Tendency" on mcsweeneys.net).

    >>> _address_opens("O'Reilly Japan", ("oreilly.co.jp", "oreilly"))
    True
    >>> _address_opens("Storm hits", ("oreilly.co.jp", "oreilly"))
    False
    """
    first = "".join(c for c in name.split()[0].casefold() if c.isalnum())
    return len(first) >= MIN_ADDRESS_KEY and first in address_names and names_a_site(name)


def _names_site(names: tuple[str, ...], memo: dict[str, set[str]], part: str) -> bool:
    """Does a title's `part` spell one of the site's `names` (`_name_keys`)? The names' keys
    are worked out once a title, in `memo`."""
    if "keys" not in memo:
        memo["keys"] = set().union(*map(_name_keys, names))
    return not memo["keys"].isdisjoint(_name_keys(part))


def _name_keys(name: str) -> set[str]:
    """A site's name as letters and digits only, as is and without "www." or "The", so that
    the forms a title and the site's own declarations spell it in meet ("TheHill", "The
    Hill"; "The Guardian", theguardian.com).

    >>> sorted(_name_keys("The Washington Post")), sorted(_name_keys("www.Pastebin.com"))
    (['thewashingtonpost', 'washingtonpost'], ['pastebincom', 'wwwpastebincom'])
    >>> _name_keys("n-tv.de"), _name_keys("X")
    ({'ntvde'}, set())
    """
    folded = name.casefold().strip()
    bare = folded.removeprefix("www.").removeprefix("the ")
    keys = ("".join(c for c in text if c.isalnum()) for text in (folded, bare))
    return {key for key in keys if len(key) >= 2}


#: The last pipe, bullet or guillemet of a title and what follows it.
_PIPED_TAIL = re.compile(r"\s(?:[|｜·•»›]|::)\s+(?P<tail>[^|｜·•»›:]+)$")
#: A site name has at most this many characters and words.
MAX_SITE_TAIL_CHARS = 40
MAX_SITE_TAIL_WORDS = 5


def _strip_piped_dashed_tail(title: str) -> str:
    """Remove a site name with a dash of its own after a bar or guillemet ("… » SciLogs -
    Wissenschaftsblogs"), whole: split at its dash, the name's last word alone would go,
    and the rest would read as the headline's. Only a short tail whose every part reads as a
    name, after a longer headline.

    >>> _strip_piped_dashed_tail("Die Ablehnung der Gendersprache » SciLogs - Wissenschaftsblogs")
    'Die Ablehnung der Gendersprache'
    >>> _strip_piped_dashed_tail("Markets rally | Fed holds rates - for now")
    'Markets rally | Fed holds rates - for now'
    """
    m = _PIPED_TAIL.search(title)
    if m is None:
        return title
    tail = m["tail"].strip()
    parts = _TITLE_SEPARATORS.split(tail)
    if len(parts) < 2 or len(tail) > MAX_SITE_TAIL_CHARS \
            or len(tail.split()) > MAX_SITE_TAIL_WORDS or len(tail) >= m.start() \
            or not all(names_a_site(p.strip()) for p in parts):
        return title
    return title[:m.start()]


#: A separator with a space before it, ending what precedes a site name: besides the bars and
#: dashes a title is split at, the rest of the separators SEO plugins offer (Yoast's and Rank
#: Math's "~", "«", "*", "⋆"; WordPress's `wp_title('&laquo;')` of the 2.7-2.9 default theme)
#: and a slash, trusted before a name the site declares only.
_SPACED_SEPARATOR_END = re.compile(r"\s(?:[|｜\-–—:·•»›«‹~/*⋆]|::)\s*$")


def _strip_separated_site_name(title: str, names: set[str]) -> str:
    """Remove a known site name that has separators of its own ("Malawi Nyasa Times - News
    from Malawi about Malawi"), whole, where splitting at the last separator would find only
    its tail.

    >>> _strip_separated_site_name("Farmers get inputs - Nyasa Times - News from Malawi",
    ...                            {"nyasa times - news from malawi"})
    'Farmers get inputs'
    >>> _strip_separated_site_name("Post-Times", {"times"})
    'Post-Times'
    >>> _strip_separated_site_name("Storm hits the coast ~ Daily Courier", {"daily courier"})
    'Storm hits the coast'
    """
    folded = title.casefold()
    # A Hangul "ㅣ" stands in no word: before a name it is the bar, the name known or not.
    bar = title.rfind("ㅣ")
    if bar > 0 and _CJK_NAME.match(title[bar + 1:]):
        return _SECTION_TAIL.sub("", title[:bar].rstrip())
    for name in names:
        if len(name) < len(title) and folded.endswith(name) and \
                _SPACED_SEPARATOR_END.search(head := title[:-len(name)]):
            return _SPACED_SEPARATOR_END.sub("", head)
    return title


def _strip_site_name_and_tagline(title: str, names: set[str]) -> str:
    """Remove the site's known name and the tagline after it ("… – Deccan Chronicle Today –
    Latest news from Karnataka", a theme's `%title% – %sitename% – %tagline%`), where
    splitting at the last separator finds only the tagline, which names no site: the name
    stands whole between two separators, a headline of three words or more before it, and a
    tagline of at most a dozen words after.

    >>> names = {"deccan chronicle today"}
    >>> _strip_site_name_and_tagline(
    ...     "Farmers get new scheme – Deccan Chronicle Today – Latest news from Karnataka", names)
    'Farmers get new scheme'
    >>> _strip_site_name_and_tagline("Farmers get new scheme – Deccan Chronicle Today", names)
    'Farmers get new scheme – Deccan Chronicle Today'
    >>> _strip_site_name_and_tagline("Rain – Deccan Chronicle Today – Latest news", names)
    'Rain – Deccan Chronicle Today – Latest news'
    """
    if not names or len(title) > MAX_TITLE_CHARS:
        return title
    separators = list(_TITLE_SEPARATORS.finditer(title))
    for before, after in itertools.pairwise(separators):
        if title[before.end():after.start()].strip().casefold() in names:
            head, tagline = title[:before.start()], title[after.end():]
            if len(head.split()) >= MIN_HEADLINE_WORDS \
                    and len(tagline.split()) <= MAX_TAGLINE_WORDS:
                return head.rstrip()
            break
    return title


#: The most words in a site's tagline after its name in a title.
MAX_TAGLINE_WORDS = 12


#: Separators printed without spaces, as Korean and Japanese titles do ("…-정치ㅣ한국일보",
#: "…気象庁：朝日新聞デジタル"); "ㅣ" is a Hangul letter used as a bar.
_UNSPACED_SEPARATOR = "ㅣ|｜:：-–—·"
#: A section name joined to the headline by a dash before the site name ("-정치").
_SECTION_TAIL = re.compile(r"[-–]\S{1,6}$")


def _strip_unspaced_site_suffix(title: str, names: set[str]) -> str:
    """Remove a known site name joined by a separator without spaces, and the short section
    name that may stand before it.

    >>> _strip_unspaced_site_suffix("장동혁 대표 부담 커졌다-정치ㅣ한국일보", {"한국일보"})
    '장동혁 대표 부담 커졌다'
    >>> _strip_unspaced_site_suffix("津波注意報　気象庁：朝日新聞デジタル", {"朝日新聞デジタル"})
    '津波注意報\u3000気象庁'
    >>> _strip_unspaced_site_suffix("지하철 요금 150원 인상-사회ㅣ한빛일보", set())
    '지하철 요금 150원 인상'

    Chinese sites join their name with "_" or "-", unspaced; a tail of Chinese characters
    that ends as a site's name does ("…网", "…网站", "…报", "…新闻", "…传媒", "…官网") goes,
    the name known or not:

    >>> _strip_unspaced_site_suffix("法国全国大罢工再次严重影响交通-新华网", set())
    '法国全国大罢工再次严重影响交通'
    >>> _strip_unspaced_site_suffix("神舟九号交会对接第二场新闻发布会_中国载人航天官方网站", set())
    '神舟九号交会对接第二场新闻发布会'
    >>> _strip_unspaced_site_suffix("京沪高速-无锡段封闭", set())
    '京沪高速-无锡段封闭'
    """
    folded = title.casefold()
    zh = _ZH_SITE_TAIL.search(title) if not title.isascii() else None
    if zh and zh.start() > len(zh["name"]):  # a headline longer than the name
        return title[:zh.start()].rstrip("_-－ ")
    # A Hangul "ㅣ" stands in no word: before a name it is the bar, the name known or not.
    bar = title.rfind("ㅣ")
    if bar > 0 and _CJK_NAME.match(title[bar + 1:]):
        return _SECTION_TAIL.sub("", title[:bar].rstrip())
    for name in names:
        if (len(name) < len(title) and folded.endswith(name)
                and title[-len(name) - 1] in _UNSPACED_SEPARATOR):
            head = title[:-len(name) - 1].rstrip()
            return _SECTION_TAIL.sub("", head) if title[-len(name) - 1] == "ㅣ" else head
    return title


#: A Chinese site's name after an unspaced "_" or "-" closing a <title> ("…_中山网", "…-新华网").
_ZH_SITE_TAIL = re.compile(
    r"[_\-－](?P<name>[\u4e00-\u9fff]{1,12}?(?:网|网站|报|新闻|传媒|官网))$")


#: A name in Chinese characters, kana or Hangul alone (no space, digit or punctuation).
_CJK_NAME = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,12}$")


def names_a_site(tail: str) -> bool:
    """A dashed title tail that reads like a name: every word capitalised, or a domain
    ("- Evening Standard", "– mdr.de"), not a clause ("– das erwarten wir").

    >>> names_a_site("20 Minuten"), names_a_site("das erwarten wir")
    (True, False)

    Chinese, Japanese and Korean have no capitals: a tail of their characters alone, without
    a space, is a name ("- 自由財經", "- 日本経済新聞", "- 조선일보").

    >>> names_a_site("自由財經"), names_a_site("日本経済新聞"), names_a_site("年內 2回目")
    (True, True, False)

    A cry is the headline's own punchline ("Pearl Oscar Dress -- STOLEN!!!"), not a name
    ("Yahoo!" has one mark; a Medium publication is named "What’s The Future?"):

    >>> names_a_site("STOLEN!!!"), names_a_site("Yahoo!"), names_a_site("What’s The Future?")
    (False, True, True)

    A match's score ends the headline of a match report ("SV Hemmingen - TSV Pattensen 1:2",
    "Galatasaray - Fenerbahçe 2-1"): the second team and its score are no site's name.

    >>> names_a_site("TSV Pattensen 1:2"), names_a_site("Fenerbahçe 2-1"), names_a_site("France 24")
    (False, False, True)
    """
    if "!!" in tail or (any(c.isdigit() for c in tail) and _SCORE.search(tail)):
        return False
    if not tail.isascii() and _CJK_NAME.match(tail):
        return True
    return "." in tail or all(w[0].isupper() or w[0].isdigit() or not w[0].isalpha()
                              for w in tail.split())


#: A match's score: "1:2", "2-1", "4 : 0", not part of a longer number or date.
_SCORE = re.compile(r"(?<![\w.:/-])\d{1,2} ?[:\-–] ?\d{1,2}(?![\w.:/-])")


_BY_PREFIX = re.compile(
    # "Text by": magazines' credit block ("TEXT BY JANE DOE / PHOTOGRAPHS BY …").
    r"^(?:(?:written|reported|reporting|additional reporting|with (?:additional )?reporting"
    r"|posted|compiled|story|words|text"
    # The kind of piece before "by" ("Opinion by Jane Doe", "Analysis by …": CNN's bylines
    # over its columns and analyses): the writer follows. The same in German ("Ein Kommentar
    # von …", "Eine Analyse von …", "Gastbeitrag von …"), the Nordic languages ("Kommentar
    # av …") and Italian ("Commento di …", "Analisi di …").
    r"|opinion|analysis|commentary|column|(?:eine?\s+)?(?:kommentar|analyse|gastbeitrag"
    # "Beitrag von …" (a piece by …): public broadcasters' credit under the text.
    r"|kolumne|glosse|beitrag)|commento|analisi|editoriale)\s+)?"
    # "Author of the text" (Polish "Autor tekstu:", Russian "Автор текста:"), before "autor";
    # Postmedia's "Author of the article:" over the writer's link.
    r"(?:(?:autor tekstu|автор текста|author of the article)(?=\s*[:：])|текст и фото"
    # The German label in its gendered forms: "Autor/in:", "Autorin:", "Autor(in):".
    r"|by|von|por|par|di|door|av|af|autor(?:/in|\(in\)|in|innen|en)?|author|auteur|autore"
    r"|text|texto|reporter"
    # "Words: Jane Doe" (magazines' credit block, as "Text:" is), only with its colon.
    r"|words(?=\s*:)"
    # The label "author" in Russian and Ukrainian ("Автор: Иван Петров"), Turkish, Indonesian
    # and Malay, Vietnamese, Hungarian and Finnish; Russian "Текст:" (text by).
    r"|автор|текст|yazar|penulis|tác giả|szerző|kirjoittaja"
    # Arabic: "بقلم" (by the pen of), "كتب"/"كتبت" (wrote), as Arab portals print them.
    r"|بقلم|كتبت?"
    # Russian credits of the writer ("Текст и фото:", text and photos, is first): "Беседовал(а)"
    # (interviewed by), "Подготовил(а)" (prepared by), "Записал(а)" (taken down by).
    r"|беседовала?|подготовила?|записала?"
    # Japanese and Chinese: "作者：", "著者：", "筆者：" (author), with the wide colon.
    r"|作者|著者|筆者"
    # "Written by" in more languages: Spanish and Portuguese, French, Italian, German, Danish
    # and Norwegian, Swedish, Finnish, Czech and Polish ("napsal(a)", "napisał(a)": wrote);
    # Italian "Testo di" (text by); Thai "โดย" and Hebrew "מאת" (by).
    r"|escrito por|[ée]crit par|scritto da|testo di|geschrieben von|skrevet a[fv]|skrivet av"
    r"|kirjoittanut|napsala?|napisała?|โดย|מאת"
    # Urdu "از" (by: "از ثناء خان"), Khmer "ដោយ" (by: "ដោយ៖ សុខ ដារ៉ា", its own colon after
    # it), Amharic "ዘጋቢ" (reporter: "ዘጋቢ፡ …", with the Ethiopic colon).
    r"|از|ដោយ|ዘጋቢ"
    # Labels read only with their colon: "Text:" in Dutch, the Nordic languages, Polish and
    # Czech ("Tekst:"), Finnish ("Teksti:"), French ("Texte :") and Italian ("Testo:"); the
    # feminine "author" (Polish and Czech "Autorka:", Spanish and Portuguese "Autora:");
    # Indonesian and Malay "Oleh:" (by; without its colon, "Oleh" is a Ukrainian first
    # name), "Laporan:" (report), "Wartawan:" (journalist); Croatian, Serbian and Bosnian
    # "Piše:" (writes), Slovene "Avtor:", Lithuanian "Autorius:", Latvian "Autors:", Greek
    # "Συντάκτης:", Turkish "Muhabir:" (reporter) and "Haber:" (news by), Persian "نویسنده:",
    # Finnish "Tekijä:" and "Toimittaja:", Swedish "Skribent:", "Journalist:", "Novinar:".
    r"|(?:tekst|teksti|texte|testo|autorka|autora|oleh|laporan|wartawan|piše|pise|avtor"
    r"|autorius|autors|συντάκτης|συντάκτρια|muhabir|haber|نویسنده|tekijä|toimittaja|skribent"
    r"|journalist|novinar(?:ka)?"
    # isiZulu "Intatheli:" (reporter: Dizindaba's "Intatheli: Jane Doe | Durban").
    r"|intatheli"
    # English "Writer:" (the Bangkok Post's "WRITER: <a>Jane Doe</a>" under its dates).
    r"|writer"
    # Arabic "إعداد:" (prepared by), "تقرير:" (report), "متابعة:" (follow-up); Hebrew "כתב:",
    # "כתבה:" (correspondent).
    r"|إعداد|تقرير|متابعة|כתבה?)(?=\s*[:：]))"
    # The separator: a colon or a dash, the Arabic tatweel among them ("كتب ـ أحمد علي"); a
    # colon or a long dash needs no space after it ("By:Jane Doe", "By—Jane Doe").
    # The Ethiopic and Khmer colons too ("፡", "፦", "៖").
    r"(?:\s*[:\-ـ]?\s+|\s*[：:—–፡፦៖]\s*)",
    re.I,
)
#: Credits that name no writer: the editor, the photographer ("Editing by John Roe", Reuters's
#: credit line; "Photos by …"), or no one ("From staff and wire reports").
_NOT_WRITER = re.compile(
    r"^(?:(?:editing|edited|photos?|photographs?|photography|video|graphics?|illustrations?"
    r"|design)\s+by\b|(?:from )?(?:staff|wire|news|agency)(?: (?:and wire )?reports?)?$"
    r"|wire reports?$"
    # The paper's wire desk where the byline goes ("Detroit News wire services").
    r"|(?:.+ )?wire services?$"
    # A link to the writer's page under the bio, or the byline's label printed alone.
    # An arrow may lead it ("→ Learn More", TechCrunch's bio link).
    # Or the author box's button to the archive, a second link to the writer's page ("View
    # All", "View More Articles").
    r"|(?:[→»›>]\s*)?(?:read more|learn more|view (?:full )?profile|view author page"
    r"|(?:view |see )?(?:all|more)(?: (?:posts|articles|stories))?"
    r"|follow|written by|posted by|published by"
    # The byline's label printed in an element of its own ("Story By", Drupal's field).
    r"|(?:story|text|words|reported|opinion|analysis|commentary|column) by"
    r"|(?:eine?\s+)?(?:kommentar|analyse|gastbeitrag) von)[.:…]*$"
    # A contributor's credit closing the text ("Jane Doe contributed to this report").
    r"|.*\bcontributed(?: reporting)?(?: to this (?:report|story|article))?\.?$)",
    re.I,
)
#: A handle printed after the name ("Jane Doe @janedoe"), and a role printed after it with no
#: separator, as name and role sit in sibling elements ("Jane Doe Senior Reporter").
_HANDLE_SUFFIX = re.compile(r"\s+@\w+$")
_BARE_ROLE_SUFFIX = re.compile(
    r"(?<=\w)\s+(?:(?:(?:senior|chief|special|staff|deputy|associate|contributing|executive"
    r"|guest|opinion|freelance) )+"
    # The place of a title-case role after its rank: "Senior Washington Correspondent".
    r"(?-i:[A-Z][a-z]+ )?)?"
    r"(?:correspondent|reporter|editor|writer|journalist|contributor|columnist"
    # French, with the place filed from: "Envoyés spéciaux à Toulouse", "correspondante à
    # Berlin".
    r"|(?:envoyée?s? spécia(?:le?s?|ux)|correspondante?s?)(?: (?:à|au|aux|en) .+)?)$",
    re.I,
)
_ROLE_SUFFIX = re.compile(
    r"\s*[,|/(–—·•-]\s*(?:senior |chief |special |staff |deputy |associate |guest |opinion "
    r"|freelance |contributing )*"
    r"(?:correspondent|reporter|editor|writer|journalist|contributor|columnist|"
    # Portuguese and Spanish: "Pedro Peduzzi - Repórter da Agência Brasil".
    r"repórter|correspondente|corresponsal|"
    # The byline's own label after the name ("Olaf Kempin (Autor)", IDG's German sites).
    r"autor|autorin|author|"
    r"staff|bureau|desk|agencies|news desk|web desk|special to)\b.*$",
    re.I,
)
#: A part of a byline that is only the writer's job, split off the name at a comma or "and"
#: ("Jane Doe, Guest Contributor", "Jane Doe, Editor-in-Chief", "Jane Doe, Rédactrice en
#: chef", "Ana López, Redactora", "Jan Kowalski, dziennikarz", "Anna Schmidt, freie Autorin"),
#: the outlet it was written for ("Special to CNN", "For The Star") or a photographer's credit
#: ("Fotos: Max Muster", "Max Muster (Fotos)"): it names no writer. `_ROLE_ONLY` reads the
#: roles of English newsrooms; these are the ranks it does not know and other languages'.
_JOB_ONLY = re.compile(
    r"^(?:(?:(?:guest|opinion|freelance|contributing|regular|senior|chief|freie[rn]?"
    r"|leitende[rn]?|stellvertretende[rn]?)\s+)+(?:contributor|columnist|writer|editor"
    r"|correspondent|reporter|journalist|autor(?:in)?|redakteur(?:in)?|journalist(?:in)?)s?"
    r"|editor[- ]in[- ]chief|editor[- ]at[- ]large|rédact(?:eur|rice)(?: en chef)?|chef"
    r"|redactora?(?: jefe)?|periodista|giornalista|jornalista|journaliste|dziennikar(?:z|ka)"
    r"|redaktor(?:ka)?|redakteur(?:in)?|correspondante?|corresponsal|inviat[oa]|reporterka"
    r"|columnista|colunista|editorialista|cronista|chroniqueu(?:r|se)|kolumnist(?:in)?"
    r"|(?:special to|for)\s+\S.*"
    r"|(?:fotos?|photos?|bilder?|fotografía|fotografia|zdjęcia|фото)\s*[:：].*"
    r"|.+\((?:fotos?|photos?|bilder?|fotografía|fotografia)\))$", re.I)
#: The place the writer filed from, split off the name at a comma ("Jean Dupont, à
#: Bruxelles", "Ana López, desde Bruselas", "Anna Schmidt, aus Brüssel", "Jane Doe, in
#: Brussels"): a lower-case "from" or "in", then a capitalised place of up to three words.
_PLACE_WORDS = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[\s-]+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2}"
_FILED_FROM_PART = re.compile(
    r"^\(?(?:à|au|aux|en|in|aus|desde|da|de|em|from|från|fra|vanuit|uit|iz|z|ze)\s+"
    + _PLACE_WORDS + r"\)?$")
#: The same printed after the name without a comma, with a preposition no name's particle is
#: ("Jean Dupont (à Bruxelles)", "Ana López desde Bruselas"; not "da", "de": "Pedro da Costa").
_FILED_FROM_TAIL = re.compile(
    r"(?<=\w)\s+\(?(?:à|au|aux|desde|aus|vanuit|från)\s+" + _PLACE_WORDS + r"\)?$")
#: The writer's share named after the name, beside the photographer's ("Anna Schmidt (Text),
#: Max Muster (Fotos)"): no part of the name.
_TEXT_PAREN = re.compile(r"(?<=\w)\s*\((?:text|texto|testo|tekst|texte)\)$", re.I)
#: The beat before a role, as British bylines print it alone after the name ("By JANE DOE,
#: POLITICAL EDITOR", "Transport correspondent", "Business reporter").
_BEAT = (r"(?:political|politics|home affairs|health|science|education|economics|economic|"
         r"business|crime|security|defence|defense|diplomatic|foreign|royal|social affairs|"
         r"transport(?:ation)?|environment|climate|technology|tech|consumer|city|sports?|showbiz|legal|"
         r"industrial|medical|money|travel|data|world affairs|international|europe|"
         r"home|arts|culture|media|energy|property|parliamentary|lobby|investigations|"
         # American desks: The Daily Beast's "Breaking News Reporter", "White House
         # Correspondent", "Entertainment Reporter" under the name.
         r"entertainment|white house|"
         # British regional papers: the BBC-funded "Local Democracy Reporter" (and its
         # "Local Democracy Reporting Service"), "Court Reporter", "Council Reporter".
         r"local democracy|local government|courts?|council|community) ")
#: A wire's staff role after the name, the wire's initials first ("RACHEL METZ - AP
#: Technology Writers", "Jane Doe, AP Writer"): the name is the credit.
_WIRE_ROLE_SUFFIX = re.compile(
    r"\s*[,|–—-]\s*(?-i:[A-Z]{2,5})\s+(?:" + _BEAT + r")?"
    r"(?:writer|reporter|correspondent|editor)s?$", re.I)
_RANKS = (r"senior|chief|special|staff|deputy|associate|contributing|executive|guest|opinion"
          r"|freelance")
#: A role printed after the name with no separator, as name, role and the place the writer
#: works from sit in sibling elements: "Jane Doe Economics Reporter Ottawa" (The Globe and
#: Mail's byline), "Jane Doe Senior Political Reporter": the beat and the place are no part of
#: the name. Title case as printed, so a lower-case word stays the name's.
_BEAT_ROLE_PLACE_SUFFIX = re.compile(
    r"(?<=\w)\s+(?:(?:(?:" + _RANKS + r") )+(?-i:[A-Z][a-z]+ )?|(?:(?:" + _RANKS + r") )*"
    + _BEAT + r")?"
    r"(?-i:Correspondent|Reporter|Editor|Writer|Journalist|Contributor|Columnist)"
    r"(?-i:\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})?$", re.I)
_ROLE_ONLY = re.compile(
    # "Our Correspondent", "Our Bureau", "Our Special Correspondent": Indian and British papers'
    # unsigned copy; "Online Desk", "Digital Desk": the newsroom; the title's initials may
    # lead ("HT News Desk", "TOI News Desk", "HT Correspondent"); a wire's ("ANI Desk") is
    # the agency's credit and stays; so does the newsroom's own staff credited by its
    # initials ("MND Staff", "TMZ STAFF": the site's name, as "Vanguard News" is).
    r"^(?-i:(?!(?:ANI|PTI|IANS|UNI|AP|AFP)\b)[A-Z]{2,5} (?!(?i:staff)$))?"
    r"(?:our |senior |chief |special |staff |deputy |associate |managing |contributing |executive |"
    r"online |digital |web |news |city |metro |national |regional |breaking |"
    # A format's desk: "Video Desk", "Fact Check Desk", "Photo Desk", "Graphics Desk".
    r"video |fact[- ]?check(?:ing)? |photo |graphics |multimedia |"
    + _BEAT + r")*"
    r"(?:correspondent|reporter|editor|writer|journalist|contributor|columnist|staff|"
    r"reporting service|"
    # The newsroom itself, as Italian sites credit unsigned copy ("di Redazione").
    # "Newsroom": Greek and Cypriot papers' unsigned copy (Kathimerini).
    r"bureau|desk|newsroom|agencies|agences|news desk|web desk|redazione|redacción|redação|"
    r"redaktion|"
    r"rédaction|redactie|redakcja|redakce"
    # An advertiser's label in the byline's place ("Partner Content", "Sponsored Content",
    # "Paid Post"): no one wrote it for the paper.
    r"|(?:partner|sponsored|paid|branded) (?:content|post)"
    # German-language papers' sigle for the newsroom: "APA, red", "red/dpa".
    r"|(?-i:red)\.?)s?$",
    re.I,
)
#: The paper's own writer announced before the name in other languages: "Door onze redacteur
#: Jan Jansen", "Von unserem Korrespondenten Max Muster", "Par notre envoyée spéciale à Kiev,
#: Jeanne Dupont", "De notre envoyé spécial …", "Por nuestro corresponsal …": the role, and
#: the place it files from, are no part of the name (English "Our Correspondent" alone is
#: `_ROLE_ONLY`'s).
_OUR_ROLE = re.compile(
    r"^(?:de\s+)?(?:onze|unserem|unserer|unseren|notre|nos|nuestro|nuestra|nuestros|nostro"
    r"|nostra|nosso|nossa)\s+(?:(?:speciale|politieke|chef-|spécial|leitenden)\s*)*"
    r"(?:correspondente?|correspondante?|korrespondent(?:en|in)?|redacteur|redactrice"
    r"|redakteur(?:in)?|reporter(?:in)?|verslaggever|verslaggeefster|corresponsal|corrispondente"
    r"|inviat[oa](?:\s+speciale)?|envoyée?s?\s+spécia(?:le?s?|ux)|enviad[oa](?:\s+especial)?"
    r"|repórter|redatora?)"
    r"(?:\s+(?:à|au|aux|en|in|a|em|nach|aus|te)\s+[^,]+?)?(?:\s*,\s*|\s+|$)", re.I)
#: A role printed before the name, in lower case as a sentence would ("By political reporter
#: Jake Evans", "By chief correspondent Jane Doe").
_ROLE_PREFIX = re.compile(
    r"(?-i:(?:(?:senior|chief|special|staff|deputy|associate|contributing|" + _BEAT.lower()
    + r")\s*)*(?:correspondent|reporter|editor|writer|journalist|contributor|columnist)\s+)"
    r"(?=[A-Z])")
#: The paper's unsigned copy as South Asian papers sign it: "Post Report" (The Kathmandu
#: Post), "Star Report", "Star Online Report", "Staff Report": a name never ends in "Report".
_PAPER_REPORT = re.compile(r"^(?:[A-Z][\w.]+ ){1,2}Report$")
#: Degrees and licences printed after a writer's name, split off it by the comma ("By
#: Brenda Goodman, MA", "Jane Doe, MD, MPH": health sites' bylines): no person. Capitals as
#: printed ("Ms" is no degree); "PA" is the wire, and stays.
_CREDENTIALS = re.compile(
    r"(?:(?:M\.?D|Ph\.?D|D\.?O|M\.?A|M\.?S|MSc|BSc|B\.?A|MPH|MSN|BSN|R\.?N|NP|DDS|DMD|DVM"
    r"|J\.?D|MBA|RDN?|LDN?|CDE|PharmD|FAC[CPS]|FAAP|LCSW|CPA|CFA|Esq)\.?[\s,]*)+")
#: The label after "By"/"von", with its colon: "von Autor: Jane Doe" (futurezone.at prints
#: both). Only so labelled: "By Von Miller" keeps his name.
_LABEL_AFTER_BY = re.compile(
    r"^(?:autor(?:in)?|author|auteur|autore|text|texto|reporter)\s*[:：]\s*", re.I)
#: A name of two capitalised words whose first is spelt as a byline's label ("Von Miller",
#: "Di Wu", "Di Caprio"): the label takes a writer's whole name, first name and surname ("Von
#: Anna Schmidt", "di Marco Rossi"), not a word alone; so capitalised, with no colon or dash
#: after it, it is the name's first word.
_LABEL_WORD_NAME = re.compile(r"(?-i:(?:Von|Di) [A-Z][a-z][\w'’-]*)$")


def _names_one(word: str) -> bool:
    """Is `word`, the one word a byline's label would credit, no wire's or newsroom's name
    ("Von Reuters", "Di Redazione" are labels)?

    >>> _names_one("Miller"), _names_one("Reuters"), _names_one("Redazione")
    (True, False, False)
    """
    return normalise_agency(word) is None and not _ROLE_ONLY.match(word) \
        and word.casefold() not in _NEWSROOMS


#: A lone "on" closing the credit, the date it introduced being in the next element or gone
#: ("<span>jovelstefan</span><span>on</span>" + a Google+ badge): no part of the name.
_DANGLING_ON = re.compile(r"(?<=\w)\s+on$")
_BYLINE_WORDS = frozenset({"by", "von", "par", "por", "di", "door", "av", "af", "author",
                           "autor", "autorin", "autor/in", "автор", "текст", "yazar", "penulis",
                           "tác giả", "szerző", "kirjoittaja",
                           # Greek "Του", "Της", "Των" (`_GREEK_BY`), casefolded: "ς" → "σ".
                           "του", "τησ", "των"})
#: Greek papers' "by": the name in the genitive after its article ("Του Γιώργου Παπαδόπουλου",
#: "Της Μαρίας Κωστοπούλου", "Των …" for several), or "Γράφει ο/η …" (writes), "Από τον/την …"
#: (by): the name follows, capitalised, and is kept in the case it is printed in. A bare
#: "Ο"/"Η" is no label: "Η Καθημερινή" is a paper's name.
_GREEK_BY = re.compile(
    r"^(?:του|της|των|γρ[άα]φ(?:ει|ουν)\s+(?:ο|η|οι)|απ[όο]\s+(?:τον|την|τους|τις))\s+"
    r"(?=(?-i:[\u0386-\u038f\u0391-\u03a9]))", re.I)
#: A byline is short; hostile input is cut before any regex sees it.
MAX_AUTHOR_INPUT = 300
_AGENCY_SUFFIX = re.compile(
    r"\s*[|,/(–—-]\s*\(?(?:IANS|PTI|ANI|AP|AFP|Reuters|UNI|dpa|AFP/AP)\)?\s*$"
    # After a bar, any desk code in capitals: "Jane Doe | TNN" (Times News Network).
    r"|\s*\|\s*[A-Z]{2,5}\s*$"
)
#: A credit after the name and a spaced dash, slash or bar ("Ana López - EFE", "Jane Doe /
#: AAP", "Budi Santoso | Antara"): `clean_author` drops it where it names a wire, as
#: `_AGENCY_SUFFIX` does the wires it lists ("Jane Doe - Reuters"). Spaces on both sides: a
#: hyphenated name or a slashed sigle ("dpa/lnw") is no such pair.
_SPACED_TAIL = re.compile(r"^(.*?\w\.?)\s+[|/–—-]\s+(\S.{0,40})$")
#: What a byline prints after the name: "| Source: PTI", "| Updated: Dec 17, 2024".
_LABELLED_TAIL = re.compile(
    r"\s*[|•·]\s*(?:source|updated|published|posted)\s*:.*$"
    # A date's label left after the name where the byline's line was cut at a comma
    # ("By Agencies Publish Date: Tue, 17 Dec 2024 …", an Indian portal's header).
    r"|(?<=\w)\s+(?-i:Publish(?:ed)?|Posted|(?:Last )?Updated|(?:Last )?Modified)"
    r"(?: (?i:on|date))?\s*:?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)?$", re.I)
#: The outlet a freelance or agency writer filed for, after the name: "By JANE DOE FOR
#: MAILONLINE", "Jane Doe for The Telegraph", "John Roe For Daily Mail Australia".
_FOR_OUTLET = re.compile(
    r"(?<=\w)\s+(?i:for)\s+(?:(?i:the)\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}$")
#: The writer's employer after a bar, filing for the outlet that prints the story ("Jane Doe
#: | NJ Advance Media for NJ.com", "John Roe | Tribune News Service for The Post"): the name
#: before the bar is the credit.
_BAR_EMPLOYER_FOR = re.compile(
    r"^(.*?\w)\s*\|\s*(?:[A-Z][\w.&'-]*\s+){1,5}(?i:for)\s+(?:(?i:the)\s+)?[A-Z][\w.]*"
    r"(?:\s+[A-Z][\w.]*){0,3}$")
#: The paper's own news service after the name and a bar ("Rajesh Kumar | Express News
#: Service"; `_NEWS_SERVICE`): the name before the bar is the credit.
_BAR_NEWS_SERVICE = re.compile(
    r"^(.*?\w\.?)\s*\|\s*((?:[A-Z][\w.&'’-]* ){1,3}News (?:Service|Network))$")
#: Where the reporter filed from ("Jane Doe in London"): a place, capitalised, at the end.
_PLACE_SUFFIX = re.compile(r"(?<=\w)\s+in\s+(?:[A-Z][\w'’.-]+\s?){1,3}$")
_EMAIL = re.compile(r"\S+@\S+\.\w+")
#: A date, time or reading time printed after the name in one line ("Jane Doe | Dec 17,
#: 2024", "Jane Doe 17.12.2024, 13:03 Uhr", "Jane Doe • 3 min read"), with the separator and
#: label before it. Only numbers shaped as dates count: "BR24 Redaktion", "France 24" are names.
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
#: An English weekday in full, as bylines print it before the day.
_WEEKDAY_WORD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DATED_TAIL = re.compile(
    # "on"/"at" as words: "Zach Hanlon 5 minute Read" keeps the "on" of his name.
    r"\s*[|•·,–—/／-]?\s*(?:\b(?:on|at)\s+)?"
    r"(?:(?:last )?(?:updated|published|posted)(?: on)?\s*:?\s*"
    # The same labels in other languages ("Ritzau · Opdateret 17. dec. 2024 kl. 15:20").
    r"|(?:opdateret|oppdatert|uppdaterad|publiceret|publisert|publicerad|päivitetty"
    r"|julkaistu|bijgewerkt|gepubliceerd|aktualisiert(?: am)?|veröffentlicht(?: am)?"
    r"|actualizado(?: el)?|publicado(?: el| em)?|atualizado(?: em)?|publié(?: le)?"
    r"|mis à jour(?: le)?|aggiornato(?: il)?|pubblicato(?: il)?)\s*:?\s*)?"
    r"(?:" + _WEEKDAY_WORD + r",?\s+)?"  # "- Tuesday, December 17, 2024"
    # An ordinal day (British papers' "Saturday, 21st October 2023, 5:12 pm") keeps its day.
    r"(?:" + _MONTH_WORD + r"\s+\d|\b\d\d?(?:st|nd|rd|th)?\.?\s+" + _MONTH_WORD + r"(?!\w)"
    # A blank may pad the day or month ("PHILLIP RAWLS 10/ 5/11", HuffPost's AP copy).
    # A clock may run into its "am"/"pm" ("Updated 11:40am Apr 6, 2024", Nine's byline).
    r"|\b\d{1,4}[./-] ?\d\d?[./-] ?\d{1,4}\b|\b\d\d?:\d\d(?:\b|(?=[ap]\.?m\b))"
    r"|\b(?:19|20)\d\d\b"
    r"|\b\d+\s*(?:min|mins|minutes?)\s+read\b"
    # A Chinese, Japanese or Korean date ("ZDNet Japan Staff 2019年04月28日 08時00分", "3月5日"):
    # no name holds a year or a day so written.
    r"|\d{4}\s*[年년]\s*\d{1,2}\s*[月월]|\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]).*$", re.I)


#: A day written with a month's name in German, French, Spanish, Italian, Portuguese, Dutch or
#: the Nordic languages after the name ("Anna Schmidt am 3. Mai 2013", "Jean Dupont, le 3 mai
#: 2013", "Ana López, 3 de mayo de 2013", "Lars Berthelsen 14. maj 2024"), with the word before
#: it: no part of the name. The English months are `_DATED_TAIL`'s.
_FOREIGN_DATED_TAIL = re.compile(
    r"(?:^|\s*,?\s+)(?:(?-i:am|le|el|il|op|em|den|vom|du|del|on)\s+)?\d{1,2}\.?\s+(?:de\s+)?"
    r"(?:januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril"
    r"|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo"
    r"|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio"
    r"|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio"
    r"|junho|julho|setembro|outubro|dezembro|januari|februari|maart|mei|augustus"
    # … and the Nordic months English does not share ("14. maj 2024", "3. marts", "desember").
    r"|marts|maj|desember|augusti)\b.*$", re.I)
#: The word that introduced a day cut from the byline's end ("Jean Dupont le", "Anna Schmidt
#: am", "Ana López el", "Jan Jansen op"), lower case as printed: no part of the name.
_DANGLING_DAY_WORD = re.compile(r"(?<=\w)\s+(?:am|le|el|il|op|em|den)$")


#: A wire labelled as the source where the byline goes ("Source:Xinhua", Chinese English-language
#: papers' agency copy; German "Quelle: dpa", Portuguese and Italian "Fonte:", Spanish "Fuente:",
#: Polish "Źródło:", Dutch "Bron:").
#: Turkish "Kaynak:", Greek "Πηγή:", Czech "Zdroj:", Romanian "Sursa:", Croatian "Izvor:",
#: Russian "Источник:" and Ukrainian "Джерело:" too.
_SOURCE_LABEL = re.compile(r"^(?:source|quelle|fonte|fuente|źródło|bron|kaynak|πηγή|zdroj|sursa"
                           r"|izvor|источник|джерело)\s*[:：]\s*(.+)$", re.I)


def source_line(text: str) -> str | None:
    """The wire a source line ("Quelle: dpa Sport") credits (`source_credit`), else None.

    >>> source_line("Quelle: dpa Sport"), source_line("Quelle: hessenschau.de"), source_line("dpa")
    ('dpa', None, None)
    """
    m = _SOURCE_LABEL.match(text)
    return source_credit(m.group(1)) if m else None


def source_credit(credit: str) -> str | None:
    """The wire a source line names ("Quelle: dpa"), perhaps with the wire's desk after it
    ("Quelle: dpa Sport", ZEIT ONLINE's news header); None for anything else: a source line
    names a wire or an outlet ("Quelle: hessenschau.de", the broadcaster's own site), never
    the writer.

    >>> source_credit("dpa Sport"), source_credit("Xinhua"), source_credit("hessenschau.de")
    ('dpa', 'Xinhua', None)
    >>> source_credit("Jane Doe"), source_credit("Reuters Jane Doe")
    (None, None)
    """
    if wire := normalise_agency(credit):
        return wire
    words = credit.split()
    if len(words) == 2 and words[1][:1].isupper() and words[1].replace("-", "").isalpha():
        # The wire's desk: "dpa Sport", "APA Wirtschaft", "dpa Nordrhein-Westfalen".
        return normalise_agency(words[0])
    return None


#: Korean and Japanese bylines print the role after the name: "신현주 기자" (reporter), "특파원"
#: (correspondent), "記者", "特派員", "編集委員" (senior staff writer).
_CJK_ROLE_SUFFIX = re.compile(r"\s*(?:선임기자|기자|특파원|논설위원|記者|特派員|編集委員)$")
#: A Korean credit's label before the name: "글" (text by), "글·사진" (text and photos by), the
#: role itself ("기자 홍길동", "기자명 홍길동": reporter; "취재": reported by), or
#: the place and the wire in brackets ("[서울=뉴시스]", "(서울=연합뉴스)": Newsis's and Yonhap's
#: dateline) before the reporter's name.
_KO_CREDIT_LABEL = re.compile(
    r"^(?:(?:글|글\s*[·/]\s*사진|사진\s*[·/]\s*글|글과\s*사진|기자명?|취재)\s+(?=[가-힣])"
    r"|[\[(][가-힣\s]{1,10}=[가-힣A-Za-z\s]{1,12}[\])]\s*(?=[가-힣]))")
#: "And N others" after a Korean byline's first reporter ("박준석 기자 외 1명", Hankook Ilbo):
#: the others are not named there, the first is.
_KO_OTHERS = re.compile(r"\s*외\s*\d+\s*(?:명|인)$")
#: A Chinese columnist's affiliation and title after the name, in a sibling element ("王文
#: 中国人民大学重阳金融研究院执行院长": executive dean of a university institute; Guancha's
#: author box): the name alone.
_ZH_TITLE_TAIL = re.compile(
    r"^(?P<name>[\u4e00-\u9fff·]{2,4})\s+\S*(?:院长|教授|研究员|主任|所长|主编|总编辑|编辑|评论员"
    r"|作家|专家|学者|博士|讲师|会长|理事长|董事长|总裁|经济学家|分析师)$")
#: Japanese magazines' credit label: "文●オカモト" ("text: …"; ASCII), "文：…", "文／…".
_JA_TEXT_LABEL = re.compile(
    r"^(?:(?:取材|インタビュー)・(?:文|構成)|文・写真|文と写真|撰文|執筆者?|ライター|構成|聞き手|文)"
    r"\s*[●：:／/｜|＝=・]\s*(?=\S)")
#: A Japanese photographer's or illustrator's credit ("写真＝山田太郎", "撮影：…"): no writer.
_JA_PHOTO_CREDIT = re.compile(r"^[（(]?(?:写真|撮影|画像|イラスト|動画)\s*[＝=：:／/・]")
#: The kana reading of the name after it ("山田太郎（やまだ・たろう）"): no part of the name.
_JA_READING = re.compile(r"\s*[（(][\u3040-\u309f・\s]+[）)]$")
#: The next label of a Chinese credit line after the writer's name ("作者：王小明
#: 来源：人民日报", "作者：王小明 责任编辑：李华", "文/王小明 图/李华"): the source, the desk
#: editor, the photographer, the correspondent, the time; none of it is the writer's name.
_ZH_NEXT_LABEL = re.compile(
    r"\s+(?:来源|來源|出处|出處|责任编辑|責任編輯|编辑|編輯|图|圖|摄影|攝影|通讯员|通訊員|校对|校對"
    r"|审核|審核|发布时间|發布時間|时间|時間)\s*[：:／/｜|].*$")
#: The editorial desk after the writer's name and a slash: "オカモト／ASCII編集部".
_JA_DESK_TAIL = re.compile(r"(?<=\S)\s*[／/]\s*[^／/]*編集部$")
#: The section a byline prints before the names, set off by a middle dot: "Politik · Jochen
#: Bittner" (DIE ZEIT's e-paper `div.article__author`).
_SECTION_BEFORE = re.compile(r"^(?-i:[A-ZÄÖÜ][a-zäöüß]+)\s+·\s+(?=\S+\s+\S)")


def dated_tail(byline: str) -> str:
    """The date or time a one-line byline prints after the name, or "".

    >>> dated_tail("By Jane Doe | Dec 17, 2024"), dated_tail("By Jane Doe")
    ('Dec 17, 2024', '')
    >>> dated_tail("By Jane Doe · 3 min read · Dec 17, 2024")
    'Dec 17, 2024'
    >>> dated_tail("By Jane Doe - The Washington Times - Tuesday, December 17, 2024")
    'Tuesday, December 17, 2024'
    >>> dated_tail("By Jane Doe | Saturday, 21st October 2023, 5:12 pm")
    'Saturday, 21st October 2023, 5:12 pm'

    Without the "on" before it, nor a link's words after the full stop that ends the line's
    sentence (Phoronix: "Written by Jane Doe in Linux on 1 June 2019 at 08:34 PM EDT. <a>Add
    A Comment</a>"):

    >>> dated_tail("Written by Jane Doe in Linux on 1 June 2019 at 08:34 PM EDT. Add A Comment")
    '1 June 2019 at 08:34 PM EDT'
    """
    match = _DATED_TAIL.search(byline) if any(c.isdigit() for c in byline) else None
    if match is None:
        return ""
    tail = _SENTENCE_AFTER.sub("", _READING_TIME.sub("", without_comment_count(match.group(0))))
    return _ON_AT.sub("", tail.strip(" |•·,–—/／-"))


#: The word that leads a byline's date ("on 1 June 2019", "at 13:03").
_ON_AT = re.compile(r"^(?:on|at)\s+", re.I)
#: Words without figures after a full stop: a sentence or a link after the date's own
#: ("… 08:34 PM EDT. Add A Comment"); "Dec. 17" has its figures after the stop.
_SENTENCE_AFTER = re.compile(r"(?<=[\w])\.\s+[^\W\d]\D*$")


#: A reading time printed beside the date ("3 min read · Dec 17, 2024"): no part of it.
_READING_TIME = re.compile(r"\b\d+\s*(?:min|mins|minutes?)\s+read\b", re.I)
#: The comment count a date line ends with, a link to the thread after the date ("Roland
#: Quandt, 01.10.2024 20:12 Uhr <a>14 Kommentare</a>", "By Kim Gouveia, in News · 11 Mar 2024
#: · 1 Comments"): no part of the date.
_COMMENT_COUNT = re.compile(
    r"[\s|•·,–—-]+(?:\d+\s+(?:comments?|kommentare?|kommentarer|commenti|commentaires?"
    r"|comentarios?|comentários?|reacties|komentarz[ey]?|responses?|replies)"
    r"|(?:comments?|kommentare)\s*\(\d+\))\s*$", re.I)


def without_comment_count(line: str) -> str:
    """`line` without the comment count closing it.

    >>> without_comment_count("Roland Quandt, 01.10.2024 20:12 Uhr 14 Kommentare")
    'Roland Quandt, 01.10.2024 20:12 Uhr'
    >>> without_comment_count("11 Mar 2024 · 1 Comments"), without_comment_count("No comments")
    ('11 Mar 2024', 'No comments')
    """
    return _COMMENT_COUNT.sub("", line) if line[-1:].isalpha() or line.endswith(")") else line


#: An Arabic byline's city before a spaced dash and the name (Al Riyadh's and Okaz's
#: "الرياض - خالد العتيبي", "جدة - …") or before a colon (Asharq Al-Awsat's "الرياض: فتح
#: الرحمن يوسف", "لندن: …"): one word with the article "ال", or a city named without it,
#: then a name of two words or more.
_ARABIC_PLACE_NAME = re.compile(
    r"^(?:ال[\u0621-\u064a]+|جدة|دبي|بيروت|عمان|دمشق|بغداد|مسقط|تونس|غزة|صنعاء|طرابلس|أبوظبي"
    r"|رام الله|لندن|واشنطن|باريس|موسكو|نيويورك|بروكسل|جنيف|أنقرة|طهران|برلين|روما|بكين)"
    r"(?: - |\s?: ?)(?P<name>[\u0621-\u064a]+(?: [\u0621-\u064a]+)+)$")


#: Editors' initials in lower case, two to four groups of consonants ("dvl mtk"): no
#: writer's name ("jane doe" has vowels).
_LOWER_SIGLES = re.compile(r"[b-df-hj-np-tv-xz]{2,4}(?: [b-df-hj-np-tv-xz]{2,4}){1,3}")


def clean_author(value: str) -> str | None:
    """One author name without "By", roles, e-mail addresses or an agency suffix.

    >>> clean_author("By Jane Doe, Senior Correspondent")
    'Jane Doe'
    >>> clean_author("Rahul Kumar | IANS")
    'Rahul Kumar'
    >>> clean_author("https://example.com/author/x") is None
    True
    >>> clean_author("신현주 기자"), clean_author("山田太郎 記者")
    ('신현주', '山田太郎')
    >>> clean_author("Written By: Jane Doe | Source: PTI"), clean_author("Jane Doe in New Delhi")
    ('Jane Doe', 'Jane Doe')
    >>> clean_author("PA Political Correspondent") is None  # the wire's role, no name
    True
    >>> clean_author("By PTI Correspondent"), clean_author("By Reuters Correspondent")
    (None, None)
    >>> clean_author("Reporting by Jane Doe"), clean_author("Editing by John Roe")
    ('Jane Doe', None)
    >>> clean_author("Jane Doe | Edited By: John Roe"), clean_author("Jane Doe Edited by: John Roe")
    ('Jane Doe', 'Jane Doe')
    >>> clean_author("Reported by Jane Doe; edited by John Roe")
    'Jane Doe'
    >>> clean_author("Jane Doe Economics Reporter Ottawa")
    'Jane Doe'
    >>> clean_author("Jane Doe Economics Reporter")
    'Jane Doe'
    >>> clean_author("Jane Doe Senior Reporter @janedoe"), clean_author("Jane Doe | TNN")
    ('Jane Doe', 'Jane Doe')
    >>> clean_author("JOHN ROE Associated Press"), clean_author("The Associated Press")
    ('JOHN ROE', 'The Associated Press')
    >>> clean_author("From staff"), clean_author("wire reports")
    (None, None)
    >>> clean_author("Detroit News wire services") is None
    True
    >>> clean_author("By Our Correspondent"), clean_author("Online Desk"), clean_author("Newsroom")
    (None, None, None)
    >>> clean_author("Post Report"), clean_author("Star Online Report")
    (None, None)
    >>> clean_author("HT News Desk"), clean_author("TOI News Desk"), clean_author("Jane Desk")
    (None, None, 'Jane Desk')
    >>> clean_author("Video Desk"), clean_author("Fact Check Desk"), clean_author("Partner Content")
    (None, None, None)
    >>> clean_author("Jane Doe | Dec 17, 2024"), clean_author("December 17") is None
    ('Jane Doe', True)
    >>> clean_author("Updated 11:40am Apr 6, 2024"), clean_author("Jane Doe 8:15am")
    (None, 'Jane Doe')
    >>> clean_author("BR24 Redaktion"), clean_author("France 24")
    ('BR24 Redaktion', 'France 24')
    >>> clean_author("Written by Jane Doe on December 17, 2024")
    'Jane Doe'
    >>> clean_author("Jane Doe | NJ Advance Media for NJ.com")
    'Jane Doe'
    >>> clean_author("Rajesh Kumar | Express News Service")
    'Rajesh Kumar'
    >>> clean_author("RACHEL METZ - AP Technology Writers"), clean_author("Jane Doe, AP Writer")
    ('RACHEL METZ', 'Jane Doe')
    >>> clean_author("JOHN ROE FOR MAILONLINE"), clean_author("POLITICAL EDITOR") is None
    ('JOHN ROE', True)
    >>> clean_author("Business reporter"), clean_author("Jane Doe for The Telegraph")
    (None, 'Jane Doe')
    >>> clean_author("Breaking News Reporter"), clean_author("White House Correspondent")
    (None, None)
    >>> clean_author("Local Democracy Reporter"), clean_author("Court Reporter")
    (None, None)
    >>> clean_author("Local Democracy Reporting Service")
    >>> clean_author("Autor: Jan Kowalski (PAP)")
    'Jan Kowalski'
    >>> clean_author("Autor/in: Jana Nowak"), clean_author("Autorin: Jana Nowak")
    ('Jana Nowak', 'Jana Nowak')
    >>> clean_author("Jane Doe / Special to the Star"), clean_author("Jane Doe · Staff reporter")
    ('Jane Doe', 'Jane Doe')
    >>> clean_author("Pedro Peduzzi - Repórter da Agência Brasil")
    'Pedro Peduzzi'
    >>> clean_author("avec AFP"), clean_author("Redacción"), clean_author("Redaktion")
    ('AFP', None, None)
    >>> clean_author("red"), clean_author("red."), clean_author("Red")
    (None, None, 'Red')
    >>> clean_author("dvl mtk"), clean_author("Dvl Mtk"), clean_author("by jane doe")
    (None, 'Dvl Mtk', 'jane doe')
    >>> clean_author("red/APA"), clean_author("dpa/lnw"), clean_author("srf/hosb")
    ('APA', 'dpa', 'srf/hosb')
    >>> clean_author("PA Scotland") is None  # the reporter's desk at the wire, no name
    True
    >>> clean_author("MA"), clean_author("Ph.D."), clean_author("MD, MPH"), clean_author("PA")
    (None, None, None, 'PA')
    >>> clean_author("Tuesday") is None  # the day a byline prints, split off by a dash
    True
    >>> clean_author("By Chief Editor -"), clean_author("MND Staff -")  # the theme's " - "
    (None, 'MND Staff')
    >>> clean_author("By MND Staff"), clean_author("TMZ STAFF"), clean_author("By Staff")
    ('MND Staff', 'TMZ STAFF', None)
    >>> clean_author("Source:Xinhua"), clean_author("Quelle: dpa Sport")
    ('Xinhua', 'dpa')
    >>> clean_author("Quelle: hessenschau.de"), clean_author("Source: Jane Doe")
    (None, None)
    >>> clean_author("By political reporter Jake Evans"), clean_author("Opdateret 17. dec. 2024")
    ('Jake Evans', None)
    >>> clean_author("LAURE BRETTON Envoyés spéciaux à Toulouse")
    'LAURE BRETTON'
    >>> clean_author("Andrea Stone Senior Washington Correspondent"), clean_author("Story By")
    ('Andrea Stone', None)
    >>> clean_author("Executive Editor"), clean_author("Bryan Walsh Tuesday")
    (None, 'Bryan Walsh')
    >>> clean_author("→ Learn More"), clean_author("View Author Page")
    (None, None)
    >>> clean_author("View All"), clean_author("View More Articles")
    (None, None)
    >>> clean_author("Olaf Kempin (Autor)"), clean_author("PHILLIP RAWLS 10/ 5/11")
    ('Olaf Kempin', 'PHILLIP RAWLS')
    >>> clean_author("Read More"), clean_author("Jane Doe contributed to this report.")
    (None, None)
    >>> clean_author("by Andrea Wong Andrea Wong December 7, 2016")
    'Andrea Wong'
    >>> clean_author("By Zach Hanlon 5 minute Read"), clean_author("Jane Doe at 10:03")
    ('Zach Hanlon', 'Jane Doe')
    >>> clean_author("@janedoe"), clean_author("Jane Doe @janedoe")
    (None, 'Jane Doe')
    >>> clean_author("Jane Doe More stories by Jane Doe"), clean_author("More stories by Jane Doe")
    ('Jane Doe', 'Jane Doe')
    >>> clean_author("More from Josh"), clean_author("More from Jane Doe")
    (None, 'Jane Doe')
    >>> clean_author("Opinion by Jane Doe"), clean_author("Words: Jane Doe")
    ('Jane Doe', 'Jane Doe')
    >>> clean_author("Analysis by")  # the label alone, in an element of its own
    >>> clean_author("Ein Kommentar von Anna Schmidt"), clean_author("Commento di Marco Rossi")
    ('Anna Schmidt', 'Marco Rossi')
    >>> clean_author("Escrito por Ana López"), clean_author("Tekst: Jan Jansen")
    ('Ana López', 'Jan Jansen')
    >>> clean_author("Piše: Ivan Horvat"), clean_author("Toimittaja: Matti Virtanen")
    ('Ivan Horvat', 'Matti Virtanen')
    >>> clean_author("Oleh: Budi Santoso"), clean_author("Oleh Petrenko")
    ('Budi Santoso', 'Oleh Petrenko')
    >>> clean_author("Por Ana López - EFE"), clean_author("Jane Doe / AAP")
    ('Ana López', 'Jane Doe')
    >>> clean_author("Jane Doe - Madrid"), clean_author("EFE - Madrid")
    ('Jane Doe - Madrid', 'EFE - Madrid')
    >>> clean_author("Jane Doe Email Follow"), clean_author("Jane Doe - 2 hours ago")
    ('Jane Doe', 'Jane Doe')
    >>> clean_author("Email"), clean_author("Follow")
    (None, None)
    >>> clean_author("Story by Jane Doe."), clean_author("John Roe Jr."), clean_author("Jane D.")
    ('Jane Doe', 'John Roe Jr.', 'Jane D.')
    >>> clean_author("Von Anna Schmidt am 3. Mai 2013"), clean_author("Par Jean Dupont le 3/5/13")
    ('Anna Schmidt', 'Jean Dupont')
    >>> clean_author("Guest Contributor"), clean_author("Special to CNN"), clean_author("Chef")
    (None, None, None)
    >>> clean_author("Jane Doe | Opinion Contributor"), clean_author("Fotos: Max Muster")
    ('Jane Doe', None)
    >>> clean_author("Door onze redacteur Jan Jansen"), clean_author("Von unserem Korrespondenten")
    ('Jan Jansen', None)
    >>> clean_author("à Bruxelles"), clean_author("Jean Dupont (à Bruxelles)")
    (None, 'Jean Dupont')
    >>> clean_author("in News · 11 Mar 2024 · 1 Comments")  # the section, then the date
    >>> clean_author("Szerkesztőség"), clean_author("By Editorial Staff"), clean_author("admin")
    (None, None, None)
    >>> clean_author("Jane Doe (@janedoe)"), clean_author("Jane Doe [email]")
    ('Jane Doe', 'Jane Doe')
    >>> clean_author("Jane Doe ✉"), clean_author("Jane Doe (jd)")
    ('Jane Doe', 'Jane Doe (jd)')
    >>> clean_author("By:Jane Doe"), clean_author("By—Jane Doe"), clean_author("Bylines")
    ('Jane Doe', 'Jane Doe', 'Bylines')
    >>> clean_author("Escrito por"), clean_author("Tekst:"), clean_author("Tekst")
    (None, None, 'Tekst')
    >>> clean_author("Jan Novák a kol."), clean_author("a kol."), clean_author("Jane Doe et al.")
    ('Jan Novák', None, 'Jane Doe')
    >>> clean_author("Της Μαρίας Κωστοπούλου"), clean_author("Γράφει ο Νίκος Παππάς")
    ('Μαρίας Κωστοπούλου', 'Νίκος Παππάς')
    >>> clean_author("ΤΟΥ ΓΙΩΡΓΟΥ ΠΑΠΑΔΟΠΟΥΛΟΥ"), clean_author("Η Καθημερινή"), clean_author("Της")
    ('ΓΙΩΡΓΟΥ ΠΑΠΑΔΟΠΟΥΛΟΥ', 'Η Καθημερινή', None)

    >>> clean_author("TEXT BY JANE DOE"), clean_author("作者： Jane Doe")
    ('JANE DOE', 'Jane Doe')
    >>> clean_author("取材・文／山田太郎"), clean_author("（文・山田太郎）")
    ('山田太郎', '山田太郎')
    >>> clean_author("写真＝山田太郎")  # the photographer
    >>> clean_author("著者：山田太郎")
    '山田太郎'
    >>> clean_author("👤by Jane Doe"), clean_author("von Autor: Jane Doe")
    ('Jane Doe', 'Jane Doe')
    >>> clean_author("文●オカモト／ASCII編集部"), clean_author("Politik · Jane Doe")
    ('オカモト', 'Jane Doe')
    >>> clean_author("王文 中国人民大学重阳金融研究院执行院长")
    '王文'
    >>> clean_author("作者：王小明 来源：人民日报"), clean_author("文｜王小明")
    ('王小明', '王小明')
    >>> clean_author("By Von Miller"), clean_author("By By")
    ('Von Miller', None)
    >>> clean_author("Von Miller"), clean_author("Di Wu"), clean_author("Von Anna Schmidt")
    ('Von Miller', 'Di Wu', 'Anna Schmidt')
    >>> clean_author("Von Reuters"), clean_author("Di Redazione"), clean_author("VON MILLER")
    ('Reuters', None, 'MILLER')
    >>> clean_author("janedoe on"), clean_author("Jane Doe on")
    ('janedoe', 'Jane Doe')
    >>> clean_author("ZDNet Japan Staff 2019年04月28日 08時00分"), clean_author("山田太郎 3月5日")
    ('ZDNet Japan Staff', '山田太郎')
    >>> clean_author("기자 홍길동"), clean_author("기자명 홍길동")  # the role first
    ('홍길동', '홍길동')
    >>> clean_author("글·사진 홍길동 기자"), clean_author("[서울=뉴시스] 홍길동 기자")
    ('홍길동', '홍길동')
    >>> clean_author("박준석 기자 외 1명")  # "and 1 other": the first reporter
    '박준석'
    >>> clean_author("Автор: Іван Петренко"), clean_author("Penulis: Budi Santoso")
    ('Іван Петренко', 'Budi Santoso')
    >>> clean_author("إعداد: أحمد علي"), clean_author("Беседовала Мария Иванова")
    ('أحمد علي', 'Мария Иванова')
    >>> clean_author("Yazar: Ahmet Yılmaz"), clean_author("بقلم: محمد علي"), clean_author("Автор:")
    ('Ahmet Yılmaz', 'محمد علي', None)
    >>> clean_author("By Agencies"), clean_author("Agencies Publish Date: Tue")
    (None, None)
    >>> clean_author("एजेंसी"), clean_author("એજન્સી")
    (None, None)
    >>> clean_author("الرياض - خالد العتيبي"), clean_author("جدة - سارة علي")  # place, name
    ('خالد العتيبي', 'سارة علي')
    >>> clean_author("الرياض: فتح الرحمن يوسف"), clean_author("لندن: علي بردى")
    ('فتح الرحمن يوسف', 'علي بردى')
    >>> clean_author("Kaynak: AA"), clean_author("Πηγή: ΑΠΕ-ΜΠΕ"), clean_author("Zdroj: iDNES")
    ('Anadolu', 'ANA-MPA', None)
    >>> clean_author("Haber Merkezi"), clean_author("La Rédaction"), clean_author("編集部")
    (None, None, None)
    >>> clean_author("WRITER: Jane Doe"), clean_author("Writer Jane Doe")
    ('Jane Doe', 'Writer Jane Doe')
    """
    text = clean_text(value[:MAX_AUTHOR_INPUT]) or ""
    if (" - " in text[:16] or ":" in text[:16]) and "\u0621" <= text[:1] <= "\u064a" \
            and (placed := _ARABIC_PLACE_NAME.match(text)):
        text = placed["name"]  # Saudi papers' "الرياض - خالد العتيبي": the desk's city first
    while text and unicodedata.category(text[0])[0] == "S":
        text = text[1:].lstrip()  # an icon before the byline ("👤by Jane Doe"), no part of it
    while text and unicodedata.category(text[-1])[0] == "S":
        text = text[:-1].rstrip()  # and after it: a mail icon ("Jane Doe ✉"), an emoji
    if text.endswith((")", "]")):
        text = _DECORATION_TAIL.sub("", text)  # "Jane Doe (@janedoe)", "Jane Doe [email]"
    if not text or "://" in text or text.startswith("/") or _HANDLE.fullmatch(text) \
            or (text[:1].islower() and _LOWER_SIGLES.fullmatch(text)):
        return None  # ČTK's editors' initials in the author's place ("dvl mtk"): no name
    if more := _MORE_BY.search(text):
        # The archive link's name alone, or the byline without the link printed after it.
        text = text[more.end():] if more.start() == 0 else text[:more.start()]
        if more.start() == 0 and " " not in text:
            return None  # "More from Josh": the first name alone, the writer's own line has it
    if " " in text and (editor := _EDITOR_TAIL.search(text)):
        text = text[:editor.start()]  # "Jane Doe | Edited By: John Roe": the desk's editor
    if " " in text and (et_al := _ET_AL.search(text)):
        text = text[:et_al.start()]
    if text.casefold().rstrip(" :") in _BYLINE_WORDS or _ROLE_ONLY.match(text) \
            or _NOT_WRITER.match(text) or _PAPER_REPORT.match(text):
        return None  # "By" printed in its own element; a role split off by a comma
    if (role_off := _without_staff_role(text)) != text and normalise_agency(role_off):
        return None  # a wire's staff role split off ("…, PA Political Correspondent")
    if _JOB_ONLY.match(text) or text.casefold() in _NEWSROOMS:
        return None  # "Guest Contributor", "Rédactrice", "Special to CNN": no one's name
    if _FILED_FROM_PART.match(text):
        return None  # "à Bruxelles", "aus Brüssel": the place filed from, split off the name
    if " " in text:
        text = _FILED_FROM_TAIL.sub("", text)  # "Jean Dupont (à Bruxelles)"
    if text.endswith(")"):
        text = _TEXT_PAREN.sub("", text)  # "Anna Schmidt (Text)", beside "Max Muster (Fotos)"
    if _BUTTONS_TAIL.fullmatch(" " + text):
        return None  # "Email", "Follow": a button of the byline's, classed as part of it
    if text.casefold() in _WIRE_DESKS or _LONE_WEEKDAY.fullmatch(text):
        return None  # a wire's desk split off ("Kirsteen Paterson, PA Scotland")
    if _CREDENTIALS.fullmatch(text):
        return None  # a degree split off ("Brenda Goodman, MA")
    if m := _SOURCE_LABEL.match(text):
        # "Source:Xinhua": the wire, labelled, in the byline's place; an outlet so labelled
        # ("Quelle: hessenschau.de") is no writer.
        return source_credit(m.group(1))
    if "/" in text and (credited := slashed_wire(text)):
        return credited  # "dpa/lnw", "red/APA": the wire, beside sigles
    text = _EMAIL.sub("", text).strip()  # "구현모 기자 ninek@…": the role is then last
    if any(c.isdigit() for c in text):
        # "Von Anna Schmidt am 3. Mai 2013", "Par Jean Dupont le 03/05/2013": the day in
        # another language, and the word that introduced it.
        text = _DATED_TAIL.sub("", _FOREIGN_DATED_TAIL.sub("", text))  # "Jane Doe | Dec 17"
        text = _DANGLING_DAY_WORD.sub("", text)
        if _FILED_FROM_PART.match(text):
            return None  # "By Jane Doe, in News · 11 Mar 2024": the section, once undated
    text = _LABELLED_TAIL.sub("", text)
    if (label := _BY_PREFIX.match(text + " ")) and label.end() > len(text):
        return None  # the label alone, in an element of its own ("Escrito por", "Tekst:")
    if not _LABEL_WORD_NAME.match(text) or not _names_one(text.split()[1]):
        text = _BY_PREFIX.sub("", text)
    if not text.isascii():
        text = _GREEK_BY.sub("", text)
    if text.casefold().rstrip(" :") in _BYLINE_WORDS:
        return None  # "By By": a template's byline with "By" in the name's place (NYT)
    if (role_off := _without_staff_role(text)) != text and normalise_agency(role_off):
        return None  # "By PTI Correspondent": the wire's staff credit, no one named
    text = _DANGLING_ON.sub("", _LABEL_AFTER_BY.sub("", text))
    if (ours := _OUR_ROLE.match(text)) is not None:
        text = text[ours.end():]  # "onze redacteur Jan Jansen": the paper's own, named after
        if not text:
            return None  # "Von unserem Korrespondenten": no one named
    if _ROLE_ONLY.match(text) or text.casefold() in _NEWSROOMS:
        return None  # "di Redazione", "By Staff": the newsroom, no person
    if (m := _ROLE_PREFIX.match(text)) and len(text[m.end():].split()) >= 2:
        text = text[m.end():]  # "political reporter Jake Evans": the beat before the name
    if _ROLE_ONLY.match(text):
        return None  # "di Redazione", "By Staff": the newsroom, no person
    if "|" in text and (m := _BAR_EMPLOYER_FOR.match(text)):
        text = m.group(1)  # "Jane Doe | NJ Advance Media for NJ.com": the name before the bar
    if "|" in text and (m := _BAR_NEWS_SERVICE.match(text)) and not normalise_agency(m[2]):
        text = m[1]  # "Rajesh Kumar | Express News Service": the paper's service, no name
    text = _PLACE_SUFFIX.sub("", text) if len(text.split()) > 3 else text
    text = _ROLE_SUFFIX.sub("", _FOR_OUTLET.sub("", text) if " " in text else text)
    text = _WIRE_ROLE_SUFFIX.sub("", text) if " " in text else text
    text = _HANDLE_SUFFIX.sub("", text)
    if len(text.split()) > 3:
        text = _BEAT_ROLE_PLACE_SUFFIX.sub("", text)  # "Jane Doe Economics Reporter Ottawa"
    text = _BARE_ROLE_SUFFIX.sub("", text)
    if len(text.split()) > 2:
        text = _WEEKDAY_SUFFIX.sub("", text)  # "Bryan Walsh Tuesday, Aug. 17": the day's name
    wire = _WIRE_TAIL.search(text)
    if wire and len(text[:wire.start()].split()) >= 2:  # names before it, not "The"
        text = text[:wire.start()]
    text = _CJK_ROLE_SUFFIX.sub("", _KO_OTHERS.sub("", text) if "외" in text else text)
    if "글" in text or "=" in text or "기자" in text or "취재" in text:
        # "글·사진 홍길동", "[서울=뉴시스] 홍길동", "기자 홍길동" (the role first, a line's
        # "2024.12.17 오후 1:03 기자 홍길동")
        text = _KO_CREDIT_LABEL.sub("", text)
    if not text.isascii():
        if text[:1] == "（" and text[-1:] == "）":
            text = text[1:-1]  # "（文・山田太郎）": the credit in wide parentheses
        if _JA_PHOTO_CREDIT.match(text):
            return None  # "写真＝山田太郎": the photographer
        text = _JA_DESK_TAIL.sub("", _JA_TEXT_LABEL.sub("", _ZH_NEXT_LABEL.sub("", text)))
        text = _JA_READING.sub("", text)
        if m := _ZH_TITLE_TAIL.match(text):
            text = m["name"]  # "王文 中国人民大学重阳金融研究院执行院长": the name
    if (m := _SECTION_BEFORE.match(text)) and normalise_agency(text.split()[0]) is None:
        text = text[m.end():]  # "Politik · Jochen Bittner": the section, then the name
    text = _PAREN_AGENCY.sub("", _AGENCY_SUFFIX.sub("", text))
    if spaced_wire(text):
        text = _SPACED_TAIL.sub(r"\1", text)  # "Ana López - EFE": any wire, as "| IANS" is
    text = _agency_desk(text)
    if (m := _WITH_WIRE.match(text)) and normalise_agency(m.group(1)):
        text = m.group(1)  # "Jean Dupont, avec AFP": the wire, after a comma
    text = _trim_credit(text)
    if " " in text:
        # The byline's buttons after the name ("Jane Doe Email Follow", links to write to her
        # and follow her), a relative time ("Jane Doe - 2 hours ago"), the full stop of a
        # credit sentence ("Story by Jane Doe. Photos by …"): none of it is the name's.
        text = _AGO_TAIL.sub("", text)
        if (buttons := _BUTTONS_TAIL.search(text)) and len(text[:buttons.start()].split()) >= 2:
            text = text[:buttons.start()]
    if _SENTENCE_STOP.search(text) and text.rsplit(None, 1)[-1] not in _SUFFIXES:
        text = text[:-1]
    text = _trim_credit(text)
    words = text.split()
    if len(words) % 2 == 0 and words[:len(words) // 2] == words[len(words) // 2:]:
        # The name printed twice, one copy per screen width ("<a class=t-hide>Andrea
        # Wong</a><span class=t-show>Andrea Wong</span>"): once.
        text = " ".join(words[:len(words) // 2])
    if not text or len(text) > 80 or not any(c.isalpha() for c in text):
        return None
    # A role alone once the theme's separator after it is gone ("By Chief Editor - "); a
    # newsroom's initials before it ("MND Staff - ") name the newsroom, and stay.
    if not text.split()[0].isupper() and _ROLE_ONLY.match(text):
        return None
    return text


def without_publications(authors: list[str]) -> list[str]:
    """The authors without the newspapers and magazines credited beside a writer ("Jane
    Doe, The Times", "Jane Doe" and "Boston Globe Magazine" as two entries, "Jane Doe,
    Futurism.com"): the paper she writes for is no author. A wire beside the writer stays
    (the agency readers credit it), and a paper credited alone, no one else named, stays.

    >>> without_publications(["Jane Doe", "The Times"])
    ['Jane Doe']
    >>> without_publications(["Jane Doe", "The New York Times", "John Roe"])
    ['Jane Doe', 'John Roe']
    >>> without_publications(["Jane Doe", "Boston Globe Magazine"])
    ['Jane Doe']
    >>> without_publications(["Jane Doe", "The Rev. John Roe"])  # a title of address
    ['Jane Doe', 'The Rev. John Roe']
    >>> without_publications(["Jane Doe", "The Associated Press"])  # a wire stays
    ['Jane Doe', 'The Associated Press']
    >>> without_publications(["The Times"]), without_publications(["Jane Doe", "Emily Post"])
    (['The Times'], ['Jane Doe', 'Emily Post'])

    The paper's own news service beside the writer ("Rajesh Kumar, Express News Service",
    "…, Times News Network"), no wire's: the newsroom, no second author.

    >>> without_publications(["Rajesh Kumar", "Express News Service"])
    ['Rajesh Kumar']
    >>> without_publications(["Jane Doe", "Indo-Asian News Service"])  # a wire's name stays
    ['Jane Doe', 'Indo-Asian News Service']
    """
    if len(authors) < 2:
        return authors
    papers = [a for a in authors if _reads_as_publication(a)
              or (_NEWS_SERVICE.fullmatch(a) and normalise_agency(a) is None)]
    if not papers or not any(a not in papers and normalise_agency(a) is None for a in authors):
        return authors
    return [a for a in authors if a not in papers]


#: A newspaper's or magazine's name: "The" and capitalised words ("The Times", "The New York
#: Times": no person's name opens with "The", but for a title of address, "The Rev. …"),
#: capitalised words ending in a word naming a paper that no surname is ("Boston Globe
#: Magazine", "Frankfurter Allgemeine Zeitung"), or an outlet's address ("Futurism.com").
_PUBLICATION = re.compile(
    r"The(?! (?:Rev|Reverend|Hon|Honourable|Honorable|Right|Very|Most)\b)(?: [A-Z][\w.&'’-]*){1,4}"
    r"|(?:[A-Z][\w.&'’-]* ){1,3}(?:Times|Zeitung|Gazette|Gazeta|Gazzetta|Tribune|Journal"
    r"|Chronicle|Inquirer|Magazine|Newspaper|Tageblatt|Tagblatt|Rundschau|Allgemeine)"
    r"|[A-Za-z][\w-]*\.(?:com|net|org|co\.uk|com\.au|de|at|ch|fr|it|es|nl|ca|in)")
#: A newsroom's own service as Indian papers credit it after the writer ("Express News
#: Service", "Times News Network", "DH News Service"); the wires of that shape are
#: `normalise_agency`'s ("Indo-Asian News Service").
_NEWS_SERVICE = re.compile(r"(?:[A-Z][\w.&'’-]* ){1,3}News (?:Service|Network)")
#: A wire's name, recognised by `normalise_agency` or not ("Yonhap News Agency").
_AGENCY_WORD = re.compile(r"\b(?:agency|agentur|agence|agencia|agenzia|wire|news service"
                          r"|associated press|canadian press|press association)\b", re.I)


def _reads_as_publication(name: str) -> bool:
    """Does `name` read as a paper's (`_PUBLICATION`), no wire's?"""
    return _PUBLICATION.fullmatch(name) is not None and normalise_agency(name) is None \
        and _AGENCY_WORD.search(name) is None


#: "And colleagues" after the last name credited: Czech and Slovak "a kol." ("a kolektiv",
#: "a kolektív"), Latin "et al." ("Jan Novák a kol.", "Jan Novák, a kol."): the colleagues
#: are not named there, the writer before it is.
_ET_AL = re.compile(r"(?:^|,?\s+)(?:a\s+kol(?:\.|ektiv\b|ektív\b)|et\s+al\.)$", re.I)
#: The writer's handle or a contact link's word in brackets after the name ("Jane Doe
#: (@janedoe)", "Jane Doe [email]", "Jane Doe (Twitter)"): no part of the name.
_DECORATION_TAIL = re.compile(
    r"(?<=\w)\s*[(\[](?:@\w+|e-?mail|mail|twitter|x|facebook|linkedin|instagram|contact)[)\]]$",
    re.I)
#: A social handle printed alone where the name goes, split off the name ("@janedoe").
_HANDLE = re.compile(r"@\w+")
#: The link to the writer's archive, printed in or as the byline ("Jane Doe More stories by
#: Jane Doe", Bloomberg's author modal): it names the writer once more.
#: The desk's editor credited after the writer ("Jane Doe | Edited By: John Roe", "…<br>Edited
#: by: John Roe", "…; reviewed by …"): no author. Read only after a name, so "Edited by
#: John Roe" alone stays as it was.
_EDITOR_TAIL = re.compile(
    r"(?<=\w)[\s|,;·•–—\-]+(?:edited|editing|reviewed|fact[- ]checked)\s+by\b.*$", re.I)
_MORE_BY = re.compile(r"(?:^|(?<=\w)\s+)(?:more|all|other)\s+(?:(?:stories|articles|posts)\s+)?"
                      r"(?:by|from)\s+(?=\S)", re.I)


def _trim_credit(text: str) -> str:
    """The credit without the separators and stray parentheses left at its ends: an unpaired
    one, or a pair around the whole, but not the pair closing a name ("Jane Doe (jd)").

    >>> _trim_credit("Jane Doe (jd)"), _trim_credit("(Jane Doe) -"), _trim_credit("Jane Doe)")
    ('Jane Doe (jd)', 'Jane Doe', 'Jane Doe')
    >>> _trim_credit("[田中宏昌"), _trim_credit("ITmedia]")
    ('田中宏昌', 'ITmedia')
    >>> _trim_credit("《ScanNetSecurity》"), _trim_credit("「山田」と「田中」")
    ('ScanNetSecurity', '「山田」と「田中」')
    """
    while True:
        # Square brackets: Japanese bylines print the credit in them ("[田中宏昌，ITmedia]").
        text = text.strip(" ,;:|/／-–—·•[]［］")
        opened, closed = text.count("("), text.count(")")
        if text[:1] == "(" and text[-1:] == ")" and text.find(")") == len(text) - 1:
            text = text[1:-1]
        elif text[:1] + text[-1:] in _CJK_BRACKETS and text.find(text[-1]) == len(text) - 1:
            text = text[1:-1]  # "《ScanNetSecurity》": IID's `span.writer-name` brackets it
        elif (text[-1:] == ")" and closed > opened) or text[-1:] == "(":
            text = text[:-1]
        elif (text[:1] == "(" and opened > closed) or text[:1] == ")":
            text = text[1:]
        else:
            return text


#: Buttons printed after the name in the byline's line: to follow the writer, write to them or
#: open their social profiles ("Jane Doe Email Follow", "Jane Doe Twitter"); German "Folgen",
#: French "Suivre", Spanish and Portuguese "Seguir". Words of their own, after two words.
_BUTTONS_TAIL = re.compile(
    r"(?:\s+(?:follow|email|e-mail|twitter|facebook|linkedin|instagram|contact|folgen|suivre"
    r"|seguir))+$", re.I)
#: A relative time after the name ("Jane Doe - 2 hours ago", "| Updated 5 mins ago"): no name.
_AGO_TAIL = re.compile(
    r"\s*[|•·,–—-]?\s*(?:(?:updated|published|posted)\s+)?\d+\s*(?:seconds?|secs?|minutes?"
    r"|mins?|hours?|hrs?|h|days?|weeks?|months?)\s+ago$", re.I)
#: The full stop closing a credit sentence, after a word of three letters or more: "Jane
#: Doe." ("Story by Jane Doe. Photos by John Roe."); an initial's ("Jane D.") or a suffix's
#: ("John Roe Jr.") stays.
_SENTENCE_STOP = re.compile(r"(?<=\w{3})\.$")
_SUFFIXES = frozenset({"Jr.", "Sr.", "Inc.", "Ltd.", "Bros.", "Esq.", "Ph.D.", "jr.", "sr."})
#: CJK brackets a credit is printed in, as pairs: the whole credit in one pair is the name.
_CJK_BRACKETS = frozenset({"《》", "〈〉", "「」", "『』", "【】", "〔〕"})
#: A weekday alone, the rest of a dated byline's day split off by a comma.
_LONE_WEEKDAY = re.compile(_WEEKDAY_WORD, re.I)
_WEEKDAY_SUFFIX = re.compile(rf"\s+{_WEEKDAY_WORD}$", re.I)
#: "with" before a wire's name, split off by a comma: "Jean Dupont, avec AFP".
_WITH_WIRE = re.compile(r"^(?:avec|with|mit|con|com)\s+(.+)$", re.I)
#: A wire service's newsroom credited as such: "Redazione ANSA", "Redacción EFE".
_DESK_WORD = re.compile(r"^(?:redazione|redacci[oó]n|reda[cç][aã]o|redaktion|rédaction"
                        # Dutch, Polish, Czech and Slovak, Norwegian, Swedish and Danish.
                        r"|redactie|redakcja|redakce|redakcia|redaksjonen|redaktionen)\s+",
                        re.I)
#: The newsroom credited as a whole in more languages, and an English site's editorial desk
#: or its CMS account: Croatian "Uredništvo", Hungarian "Szerkesztőség", Finnish "Toimitus",
#: Norwegian "Redaksjonen", Swedish and Danish "Redaktionen", Slovak "Redakcia"; "Editorial
#: Staff", "The Editors", "Admin". They name no one, as "Redaktion" does not (`_ROLE_ONLY`).
_NEWSROOMS = frozenset({
    "uredništvo", "szerkesztőség", "toimitus", "redaksjonen", "redaktionen", "redakcia",
    "editorial staff", "editorial team", "editorial board", "the editors", "editorial",
    "admin", "administrator",
    # The newsroom in more languages: French "La Rédaction", Russian and Ukrainian
    # "Редакция"/"Редакція", Turkish "Haber Merkezi" (news desk) and "Yazı İşleri", Greek "Η
    # Σύνταξη", Indonesian "Redaksi", Vietnamese "Tòa soạn"/"Ban biên tập", Korean "편집국",
    # Japanese "編集部", Chinese "编辑部", Arabic "هيئة التحرير", Persian "تحریریه", Thai
    # "กองบรรณาธิการ", Hebrew "מערכת".
    "la rédaction", "редакция", "редакція", "haber merkezi", "yazı işleri", "η σύνταξη",
    "σύνταξη", "redaksi", "tòa soạn", "ban biên tập", "편집국", "編集部", "编辑部", "هيئة التحرير",
    "التحرير", "تحریریه", "กองบรรณาธิการ", "מערכת",
    # Indian portals' byline on wire copy ("By Agency", "Agencies"): the wire unnamed; so
    # LatestLY's section label as its author ("Agency News", the wire printed beside it).
    "agency", "agencies", "agency news", "news agency", "news agencies",
    # The same in Indian languages' bylines: Hindi "एजेंसी"/"एजेंसियां", Marathi "वृत्तसंस्था",
    # Gujarati "એજન્સી", Punjabi "ਏਜੰਸੀ", Bengali "সংবাদ সংস্থা", Urdu "ایجنسی"/"ایجنسیاں".
    "एजेंसी", "एजेंसियां", "वृत्तसंस्था", "એજન્સી", "ਏਜੰਸੀ", "সংবাদ সংস্থা", "ایجنسی", "ایجنسیاں"})


def _agency_desk(text: str) -> str:
    """ "Redazione ANSA" (the agency's newsroom) credits the agency itself; the paper's own
    desk ("di Redazione Finanza", "Redacción Internacional": a word or two after the desk
    word) names no one, as "Redazione" alone does not; a longer name is left as it is.

    >>> _agency_desk("Redazione ANSA"), _agency_desk("Redazione Finanza")
    ('ANSA', '')
    >>> _agency_desk("Redacción Internacional"), _agency_desk("Redazione Il Fatto Quotidiano")
    ('', 'Redazione Il Fatto Quotidiano')
    >>> _agency_desk("Redaktion hessenschau.de")  # the site's name: its newsroom's credit
    'Redaktion hessenschau.de'
    >>> _agency_desk("Redactie Nieuws"), _agency_desk("Redakcja Polityka")
    ('', '')
    """
    m = _DESK_WORD.match(text)
    rest = text[m.end():] if m else ""
    if rest and normalise_agency(rest):
        return rest
    desk = rest.split()
    if 0 < len(desk) <= 2 and all(w[0].isupper() and w.isalpha() for w in desk):
        return ""
    return text


#: The reporters a Chinese credit names after "記者" (reporter), up to the slash before the
#: place or the end: two to four characters a name, joined by "、".
_REPORTER_CREDIT = re.compile(
    r"[記记]者\s*(?P<names>[\u4e00-\u9fff]{2,4}(?:[、，,][\u4e00-\u9fff]{2,4})*)\s*(?:[／/]|$)")
_REPORTER_NAMES_SPLIT = re.compile(r"[、，,]")


#: A credit for other work than the writing, printed after the writer's in one block: the
#: translator's (a translated feature: "TEXT BY JANE DOE / TRANSLATION BY JOHN ROE", "作者：
#: Jane Doe 翻訳者 山田花子"), the illustrator's, the photographer's. Newspapers credit the
#: writer alone as the author; what follows such a label names no writer.
_OTHER_CREDIT = re.compile(
    r"(?:^|(?<=\s)|(?<=[^\x00-\x7f]))(?:(?:translation|translated|illustrations?|illustrated"
    r"|photos?|photographs?|photography)\s+by\b|(?:翻訳者?|訳者)(?:\s|[:：])"
    r"|(?:übersetzung|traduction|traducción|tradução|traduzione)\s*[:：])",
    re.I)

#: The desk editor's labelled credit after the writer's, in the same block ("Reporter: <a>Mirza
#: Bagaskara</a></p><p>Editor: <a>Febriyan</a>", Indonesian portals; "Redaktur:", "Penyunting:"):
#: no author. Only after a name: "Editor: Jane Doe" alone (Romanian sites) credits the writer.
_EDITOR_AFTER = re.compile(r"(?<=\w)\s+(?:editor|redaktur|penyunting)\s*:", re.I)

#: A joint credit: the writer took the pictures too ("Story and photos by Jane Doe", "Text &
#: photographs by …"). Read as "By …", not cut at its "photos by" like a photographer's own.
_JOINT_CREDIT = re.compile(
    r"^\s*(?:(?:story|text|words|reporting)\s+(?:and|&)\s+"
    r"(?:photos?|photographs?|photography|pictures?|images?|video)\s+by\b"
    # The pictures named first: "Photographs and text by Jane Doe" (a photo essay's credit).
    r"|(?:photos?|photographs?|pictures?|images?)\s+(?:and|&)\s+(?:story|text|words)\s+by\b"
    # The same in other languages, with a colon: "Texto e fotos:", "Texto y fotos:", "Texte et
    # photos :", "Testo e foto:", "Text und Fotos:", "Tekst en foto's:", "Tekst i zdjęcia:",
    # "Tekst og foto:".
    r"|(?:texto|texte|testo|text|tekst)\s+(?:e|y|et|und|en|i|og|och|a|&)\s+"
    r"(?:fotos?|photos?|foto's|zdjęcia|bilder?|imágenes|immagini)\s*:)", re.I)


#: A disclaimer the byline's block prints after the name and role ("Opinions expressed by Forbes
#: Contributors are their own.", "The views expressed are the author's own"): no credit.
_DISCLAIMER = re.compile(r"(?:^|\s)(?:the\s+)?(?:opinions|views)\s+expressed\b", re.I)
#: The places a Korean reporter filed from before the name and role, the last a word apart
#: from the name ("순천, 광양 구현모 기자"; Hankook Ilbo's `div.writer`), perhaps an e-mail after.
_KO_PLACES_BEFORE = re.compile(
    r"^\s*(?:[가-힣]{1,8},\s*)*[가-힣]{1,8}\s+"
    r"(?P<credit>[가-힣]{2,4}\s*(?:기자|선임기자|객원기자|수습기자|특파원|논설위원)(?:\s+\S+@\S+)?)\s*$")
#: Co-writers in parentheses after the name: "(avec A et B)", "(with A)", "(mit A)".
_WITH_IN_PARENS = re.compile(r"\s*\((?:avec|with|mit|con|com)\s+([^()]{2,120})\)\s*$", re.I)
#: The writer's job and where it is done, after the name ("Ana López, corresponsal en
#: Bruselas", "Anders Skjerdingstad – Journalist i Paris", "Jane Doe, Reporter in London"):
#: no author. Cut before the split, whose lower-case "and"s are these languages' "in"
#: ("en", "i"): the place was read as a second writer.
_ROLE_AT_PLACE = re.compile(
    r"(?:\s*[,|]|\s+[–—-])\s*(?P<role>(?:(?:senior|chief|special|staff|foreign|deputy)\s+)*"
    r"(?:correspondents?|reporters?|journalists?|editor|writer|corresponsal(?:es)?"
    r"|correspondante?s?|correspondente|corrispondente|korrespondent(?:in)?|journaliste"
    r"|journalistin|periodista|reporter[ao]|redakteur(?:in)?|envoyée?s? spécia(?:le?s?|ux)"
    r"|enviad[oa]s? especial(?:es)?|inviat[oa](?: special[ei])?)"
    # The place: one to three capitalised words after "in", "en", "i", "à", "em", "a", "at".
    r"(?:\s+(?:in|en|i|à|au|aux|em|a|at)\s+"
    r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2}?))?)"
    # Printed twice, once for screen readers ("– Journalist i Paris Journalist i Paris").
    r"(?:\s+(?P=role))?"
    # Then the next writer, or the end.
    r"(?=\s*(?:[,;|&]|$)|\s+(?-i:and|und|et|y|e|og|och|en|i|ja)\s)",
    re.I,
)


def split_authors(value: str) -> list[str]:
    """Split a byline naming several people.

    >>> split_authors("By Jane Doe and John Roe")
    ['By Jane Doe', 'John Roe']
    >>> split_authors("Kim, Lee & Park")
    ['Kim', 'Lee', 'Park']
    >>> split_authors("Av Ola Nordmann og Kari Nordmann"), split_authors("Lee Ja Young")
    (['Av Ola Nordmann', 'Kari Nordmann'], ['Lee Ja Young'])
    >>> split_authors("By Jane Doe with John Roe"), split_authors("Jane Doe with inputs from PTI")
    (['By Jane Doe', 'John Roe'], ['Jane Doe with inputs from PTI'])
    >>> split_authors("Jane Doe. Additional reporting by John Roe")
    ['Jane Doe', 'Additional reporting by John Roe']
    >>> split_authors("ET Online"), split_authors("Y S Sharmila"), split_authors("Ana y Luis")
    (['ET Online'], ['Y S Sharmila'], ['Ana', 'Luis'])
    >>> split_authors("[田中宏昌，ITmedia]")
    ['[田中宏昌', 'ITmedia]']
    >>> split_authors("Historische Wehranlage e.V.")
    ['Historische Wehranlage e.V.']
    >>> split_authors("Northwind Therapeutics, Inc.")
    ['Northwind Therapeutics, Inc.']
    >>> split_authors("Par Le Figaro avec AFP"), split_authors("Jane Doe with inputs from PTI")
    (['Par Le Figaro', 'AFP'], ['Jane Doe with inputs from PTI'])

    A Chinese reporter credit names the reporters after "記者", then the place after a slash
    (Taiwan's papers: "聯合報 / 記者王小明／台北即時報導"): the names alone.

    >>> split_authors("聯合報 / 記者王小明／台北即時報導")
    ['王小明']
    >>> split_authors("記者林小美、李大華／綜合報導")
    ['林小美', '李大華']

    A translator's or illustrator's credit after the writer's is no author's (`_OTHER_CREDIT`).

    >>> split_authors("TEXT BY JANE DOE TRANSLATION BY JOHN ROE WIRED(US)")
    ['TEXT BY JANE DOE']
    >>> split_authors("作者： Jane Doe 翻訳者 山田 花子"), split_authors("Illustration by John Roe")
    (['作者： Jane Doe'], [])

    A joint credit names the writer, who took the pictures as well (`_JOINT_CREDIT`):

    >>> split_authors("Texto e fotos: Ana Souza"), split_authors("Text und Fotos: Anna Schmidt")
    (['By Ana Souza'], ['By Anna Schmidt'])
    >>> split_authors("Story and photos by Jane Doe"), split_authors("Text & photos by A and B")
    (['By Jane Doe'], ['By A', 'B'])
    >>> split_authors("Photographs and text by Jane Doe")
    ['By Jane Doe']

    The desk editor's labelled credit after the writer's is no author's (`_EDITOR_AFTER`):

    >>> split_authors("Reporter: Mirza Bagaskara Editor: Febriyan"), split_authors("Editor: M.S.")
    (['Reporter: Mirza Bagaskara'], ['Editor: M.S.'])

    "And" in more languages, between two capitalised names only (`_NAMES_AND`):

    >>> split_authors("Іван Петренко та Марія Коваль"), split_authors("Jan Novák a Petr Svoboda")
    (['Іван Петренко', 'Марія Коваль'], ['Jan Novák', 'Petr Svoboda'])
    >>> split_authors("Budi Santoso dan Siti Aminah"), split_authors("Jan Novák a kol.")
    (['Budi Santoso', 'Siti Aminah'], ['Jan Novák a kol.'])

    The writers who helped, in parentheses after the writer's name (Le Monde: "Martin
    Untersinger (avec Damien Leloup et Morgane Tual)"), are credited as well:

    >>> split_authors("Martin Untersinger (avec Damien Leloup et Morgane Tual)")
    ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual']

    The writer's job and the place it is done after the name are no second writer, where
    "and" in one language is "in" in another (`_ROLE_AT_PLACE`):

    >>> split_authors("Ana López, corresponsal en Bruselas")
    ['Ana López']
    >>> split_authors("Anders Skjerdingstad – Journalist i Paris og Kari Nordmann")
    ['Anders Skjerdingstad', 'Kari Nordmann']

    A disclaimer printed in the byline's block is no credit (Forbes: "Jane Doe Senior
    Contributor Opinions expressed by Forbes Contributors are their own."):

    >>> split_authors("Jane Doe Senior Contributor Opinions expressed by X are their own.")
    ['Jane Doe Senior Contributor']

    A Korean reporter credited after the places reported from ("순천, 광양 구현모 기자": the
    last place a word apart from the name, no comma) is one reporter; reporters listed with
    commas ("홍길동, 김철수 기자") stay two:

    >>> split_authors("순천, 광양 구현모 기자 ninek@x.kr"), split_authors("홍길동, 김철수 기자")
    (['구현모 기자 ninek@x.kr'], ['홍길동', '김철수 기자'])
    >>> split_authors("광양 구현모 기자"), split_authors("구현모 기자")
    (['구현모 기자'], ['구현모 기자'])

    A one-line bio where the byline goes names the writer before its verb (`_BIO_SENTENCE`):

    >>> split_authors("Jane Doe is a reporter for the paper, covering schools and city hall.")
    ['Jane Doe']
    >>> split_authors("Posted by Jane Doe in News, Politics")
    ['Posted by Jane Doe']
    >>> split_authors("Jane Doe in Transport, City Hall"), split_authors("Jane Doe in Delhi, India")
    (['Jane Doe'], ['Jane Doe'])
    >>> split_authors("Jane Doe writes about food and travel.")
    ['Jane Doe']
    >>> split_authors("Anna Schmidt ist freie Journalistin in Berlin.")
    ['Anna Schmidt']

    Vietnamese co-writers joined by " - " are two (`vietnamese_dashed_names`):

    >>> split_authors("Đoàn Loan - Hoài Thu")
    ['Đoàn Loan', 'Hoài Thu']

    A staff role after a spaced slash, and what follows it, names no one (`_SLASHED_ROLE`):

    >>> split_authors("By Chen Yu-fu and Jonathan Chin / Staff reporter, with staff writer")
    ['By Chen Yu-fu', 'Jonathan Chin']
    """
    if (bio := _BIO_SENTENCE.match(value)) is not None:
        return [bio["name"]]  # "Jane Doe is a freelance writer …": her, not the sentence
    if " in " in value and (posted := _POSTED_IN.match(value)) is not None:
        value = posted[1]  # "Posted by Jane Doe in News, Politics": the categories after "in"
    elif " in " in value and "," in value and (named := _NAME_IN_LIST.match(value)) is not None:
        value = named[1]  # the same with "Posted by" read off: "Jane Doe in Transport, City Hall"
    value = _JOINT_CREDIT.sub("By", value, count=1)
    if (disclaimer := _DISCLAIMER.search(value[:MAX_AUTHOR_INPUT * 4])) is not None:
        value = value[:disclaimer.start()]
    if not value.isascii() and (placed := _KO_PLACES_BEFORE.match(value)):
        return [placed["credit"]]
    if "(" in value:
        value = _WITH_IN_PARENS.sub(r", \1", value)  # "Jane Doe (avec A et B)": writers too
    if (other := _OTHER_CREDIT.search(value[:MAX_AUTHOR_INPUT * 4])) is not None:
        value = value[:other.start()]
    if ":" in value and (editor := _EDITOR_AFTER.search(value[:MAX_AUTHOR_INPUT * 4])):
        value = value[:editor.start()]
    if "者" in value and (credit := _REPORTER_CREDIT.search(value)):
        return _REPORTER_NAMES_SPLIT.split(credit.group("names"))
    # Collapsing spaces first keeps the split linear on hostile runs of blanks.
    value = _ROLE_AT_PLACE.sub("", " ".join(value[:MAX_AUTHOR_INPUT * 4].split()))
    if _NAMES_AND.search(value):
        value = _NAMES_AND.sub(_and_between_names, value)
    if " - " in value and not value.isascii():
        value = vietnamese_dashed_names(value)
    if ("、" in value or "·" in value) and not value.isascii():
        value = cjk_name_list(value)
    if " و " in value:
        value = value.replace(" و ", ", ")  # Arabic "and" as a word of its own: two writers
    if " / " in value:
        # "By A and B / Staff reporter, with staff writer": the desk's role after the slash,
        # with whatever it adds, names no one.
        value = _SLASHED_ROLE.sub("", value)
        value = _slashed_names(value)
    parts = [p for p in _AUTHOR_SPLIT.split(value) if p.strip()]
    if len(parts) > 1 and "," in value:
        parts = _with_company_suffixes(parts)
    return parts


#: A company's legal form printed after its name and a comma ("Northwind Therapeutics, Inc.",
#: "Acme Holdings, LLC"): part of the name, no second writer.
_COMPANY_SUFFIX = re.compile(r"(?:Inc|Ltd|LLC|L\.L\.C|LLP|Corp|Co|plc|PLC|GmbH|AG|S\.A|N\.V"
                             r"|Limited|Corporation)\.?")


def _with_company_suffixes(parts: list[str]) -> list[str]:
    """A byline's parts with a legal form split off by its comma joined to the company's name
    again: a press release credits the company ("Northwind Therapeutics, Inc.").

    >>> _with_company_suffixes(["Northwind Therapeutics", " Inc."])
    ['Northwind Therapeutics, Inc.']
    >>> _with_company_suffixes(["Kim", "Lee", "Park"])
    ['Kim', 'Lee', 'Park']
    """
    out: list[str] = []
    for part in parts:
        if out and _COMPANY_SUFFIX.fullmatch(part.strip()):
            out[-1] = f"{out[-1].rstrip()}, {part.strip()}"
        else:
            out.append(part)
    return out


#: A staff role after a spaced slash closing a byline, and the rest of the line ("… / Staff
#: reporters", "… / Staff writer, with agencies", "… / Our correspondent").
_SLASHED_ROLE = re.compile(
    r"\s+/\s+(?:(?:staff|special|senior|our|chief)\s+)?(?:[^\W\d_]+\s+)?"
    r"(?:reporters?|writers?|correspondents?|editors?)\b[^/]*$", re.I)


#: A person's name as bylines print it: two to four capitalised words ("Jane Doe", "Ana
#: López Ruiz", "JANE DOE").
_CAPITALISED_NAME = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){1,3}[A-ZÀ-ÖØ-Þ][\w'’.-]*$")


def _slashed_names(value: str) -> str:
    """Writers joined by a spaced slash ("Jane Doe / John Roe", an author `<meta>` or a
    byline listing two), joined by commas; anything else as it is: a wire after the name
    ("Jane Doe / AAP") is `clean_author`'s, a line with a role or a place is no list.

    >>> _slashed_names("Jane Doe / John Roe"), _slashed_names("Jane Doe / AAP")
    ('Jane Doe, John Roe', 'Jane Doe / AAP')
    >>> _slashed_names("By Jane Doe / Special to the Star")
    'By Jane Doe / Special to the Star'
    >>> _slashed_names("Jane Doe / The Washington Post")  # an outlet
    'Jane Doe / The Washington Post'
    """
    parts = value.strip().split(" / ")
    if len(parts) <= 4 and all(_CAPITALISED_NAME.match(p) and normalise_agency(p) is None
                               and not p.startswith(("The ", "THE ")) for p in parts):
        return ", ".join(parts)
    return value


#: One Korean name (a surname and a given name: two to four syllables), or one Chinese or
#: Japanese name (two to five ideographs, or a foreign name in katakana), perhaps with the
#: reporter's role after it. Hiragana is left out: its particles make a phrase ("大阪で取材").
_CJK_LABEL = re.compile(r"^(?:作者|撰文|文)\s*[：:／/｜|]\s*")
_KO_LISTED = re.compile(r"^[가-힣]{2,4}(?:\s*(?:기자|특파원))?$")
_CJK_LISTED = re.compile(
    r"^(?:[\u3400-\u9fff々]{2,5}|[\u30a0-\u30ff]{2,12})(?:\s*(?:記者|记者|特派員))?$")


def cjk_name_list(value: str) -> str:
    """Names listed with the enumeration comma "、" (Japanese and Chinese: "山田太郎、鈴木花子")
    or, in Korean, with a middle dot ("홍길동·김철수 기자"), joined by commas instead; anything
    else as it is. Only where every part is a name: a Chinese transliterated foreign name
    keeps its dot ("迈克尔·乔丹"), and a credit label ("글·사진 홍길동": text and photos) its own.

    >>> cjk_name_list("山田太郎、鈴木花子"), cjk_name_list("홍길동·김철수 기자")
    ('山田太郎,鈴木花子', '홍길동,김철수 기자')
    >>> cjk_name_list("迈克尔·乔丹"), cjk_name_list("글·사진 홍길동")
    ('迈克尔·乔丹', '글·사진 홍길동')
    >>> cjk_name_list("作者：王小明、李华")
    '作者：王小明,李华'
    >>> cjk_name_list("東京、大阪で取材")
    '東京、大阪で取材'
    """
    if "、" in value:
        parts = [p.strip() for p in value.split("、")]
        # The credit's label before the first name stays for `clean_author` to cut: "作者：".
        names = [_CJK_LABEL.sub("", parts[0]), *parts[1:]]
        return ",".join(parts) if all(_CJK_LISTED.match(p) for p in names) else value
    parts = [p.strip() for p in value.split("·")]
    return ",".join(parts) if all(_KO_LISTED.match(p) for p in parts) else value


#: Letters Vietnamese writes and its neighbours' languages do not (ơ, ư, đ and the vowels
#: with a dot below, a hook above, or a circumflex or breve and a tone mark: U+1EA0-U+1EF9);
#: not ă, which Romanian writes too.
_VI_LETTERS = re.compile(r"[ơưđƠƯĐ\u1ea0-\u1ef9]")
#: One name: two to five words of letters.
_VI_NAME = re.compile(r"^(?:[^\W\d_]+\s){1,4}[^\W\d_]+$")
#: Words that open an outlet's, a place's or a credit's name, never a person's: "Báo Tuổi
#: Trẻ" (newspaper), "Tạp chí" (magazine), "Đài" (station), "Theo" (according to), "Ảnh"
#: (photo), "Hà Nội", "Đà Nẵng" (the places bureaus file from).
_VI_NOT_NAME = re.compile(r"^(?:báo|tạp|đài|theo|nguồn|ảnh|video|đồ|clip|thông|ttxvn|vtv|vov"
                          r"|hà nội|đà nẵng|hải phòng|cần thơ|sài gòn|thành phố|tp)\b", re.I)


def vietnamese_dashed_names(value: str) -> str:
    """Vietnamese co-writers joined by " - " ("Đoàn Loan - Hoài Thu", Vietnamese papers'
    bylines and closing signatures), joined by commas instead; anything else as it is. Only
    where the line writes Vietnamese and every part is a capitalised name of two to five words:
    "Jane Doe - The Washington Times" or a name and its outlet ("Hoài Thu - Báo Tuổi Trẻ")
    keep their dash.

    >>> vietnamese_dashed_names("Đoàn Loan - Hoài Thu")
    'Đoàn Loan, Hoài Thu'
    >>> vietnamese_dashed_names("Jane Doe - Joe Bloggs")
    'Jane Doe - Joe Bloggs'
    >>> (vietnamese_dashed_names("Đoàn Loan - Hà Nội"),
    ...  vietnamese_dashed_names("Đoàn Loan - Dân trí"))
    ('Đoàn Loan - Hà Nội', 'Đoàn Loan - Dân trí')
    >>> vietnamese_dashed_names("Hoài Thu - Báo Tuổi Trẻ")
    'Hoài Thu - Báo Tuổi Trẻ'
    >>> vietnamese_dashed_names("ĐOÀN LOAN - NGUYỄN HOÀI THU")
    'ĐOÀN LOAN, NGUYỄN HOÀI THU'
    """
    if not _VI_LETTERS.search(value):
        return value
    parts = value.strip().split(" - ")
    if len(parts) > 4 or not all(_VI_NAME.match(p) and not _VI_NOT_NAME.match(p)
                                 and all(w[0].isupper() for w in p.split()) for p in parts):
        return value
    return ", ".join(parts)


#: A blog theme's post line: "Posted by Jane Doe in News, Politics" names the writer, then
#: the post's categories after "in" (split at their commas they would be authors).
#: One writer's name, then "in" and a capitalised list: the post's categories or the places
#: reported from ("Jane Doe in Transport, City Hall", "Posted by" read off before; "Jane Doe
#: in New Delhi, India"), none of them a second writer. Not where an "and" names another.
_NAME_IN_LIST = re.compile(
    r"^((?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s+){1,3}[A-ZÀ-ÖØ-Þ][\w'’.-]*)\s+in\s+[A-Z](?:(?!\band\b|&).)*,"
    r"(?:(?!\band\b|&).)*$")
_POSTED_IN = re.compile(r"^((?:posted|written|published|filed)\s+by\s+.+?)\s+in\s+(?-i:[A-Z]).*$",
                        re.I)
#: A writer's one-line bio printed where the byline goes (an element classed as the author
#: holding "Jane Doe is a freelance writer based in Denver.", "Jane Doe writes about food and
#: travel."): the capitalised name before the verb is the writer; the rest, split at its
#: commas and "and"s, named no one. The verb and the word after it as a bio opens: English
#: "is a", "was the", "writes about", "covers"; German "ist freie Journalistin"; French,
#: Spanish, Italian and Portuguese "est journaliste", "es periodista", "è giornalista".
_BIO_SENTENCE = re.compile(
    r"^(?:by\s+)?(?P<name>(?-i:[A-Z][\w'’.-]*)(?:\s+(?:(?-i:[A-Z][\w'’.-]*)|van|von|de|da|del"
    r"|der|di|le|la|bin)){1,3})\s+(?:(?:is|was)\s+(?:an?|the|our|a\s+\w+)\s"
    r"|(?:writes|wrote|covers|covered|reports)\s+(?:about|on|for|from)\s"
    r"|(?:ist|war)\s+(?:eine?|freie[r]?|Redakteur(?:in)?|Journalist(?:in)?|Autor(?:in)?|Reporter(?:in)?)\s"
    r"|(?:est|es|è|é)\s+(?:une?|uno|una|journaliste|periodista|giornalista|jornalista"
    r"|rédact(?:eur|rice)|reporter)\b)", re.I)


#: "And" in more of the sites' languages, a lower-case word of its own: Russian and Ukrainian
#: "и", "і", "та", Czech and Slovak "a", Turkish "ve", Indonesian and Malay "dan", Vietnamese
#: "và", Lithuanian "ir", Hungarian "és", Greek "και". Read as a split only between two
#: capitalised words (`_and_between_names`): a writer's affiliation printed in the byline has
#: it too ("…, Žmogaus ir visuomenės studijų fakulteto profesorius").
_NAMES_AND = re.compile(r"(?<=\w) (?:и|і|та|a|ve|dan|và|ir|és|και) (?=\w)")


def _and_between_names(m: re.Match[str]) -> str:
    """ "and" between two names, the word before it and the word after it capitalised, as a
    comma; else as it is.

    >>> _NAMES_AND.sub(_and_between_names, "Иван Петров и Мария Иванова, Žmogaus ir visuomenės")
    'Иван Петров, Мария Иванова, Žmogaus ir visuomenės'
    """
    text = m.string
    before = text.rfind(" ", 0, m.start()) + 1
    return ", " if text[before].isupper() and text[m.end()].isupper() else m[0]


# Wire services by the names pages print; keys are casefolded, values the normalised credit.
AGENCY_NAMES: dict[str, str] = {
    "ians": "IANS", "indo-asian news service": "IANS", "indo asian news service": "IANS",
    "pti": "PTI", "press trust of india": "PTI",
    "ani": "ANI", "asian news international": "ANI",
    "ap": "AP", "associated press": "AP", "the associated press": "AP",
    # Dow Jones's wire as finance portals run it, closing "(END) Dow Jones Newswires" (the
    # bare "Dow Jones" is the index as often as the wire: not read).
    "dow jones newswires": "Dow Jones",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
    "reuters": "Reuters", "thomson reuters": "Reuters",
    "uni": "UNI", "united news of india": "UNI",
    "xinhua": "Xinhua", "tass": "TASS", "ria novosti": "RIA Novosti", "sputnik": "Sputnik",
    "anadolu": "Anadolu", "anadolu agency": "Anadolu", "aa": "Anadolu",
    "dpa": "dpa", "deutsche presse-agentur": "dpa", "efe": "EFE", "ansa": "ANSA",
    "kyodo": "Kyodo", "kyodo news": "Kyodo", "yonhap": "Yonhap", "bernama": "Bernama",
    "연합뉴스": "Yonhap", "共同通信": "Kyodo", "共同通信社": "Kyodo",
    # Reuters, AFP and Xinhua in Hebrew, Thai and Persian copy's credits ("(רויטרס)",
    # "(รอยเตอร์)", "(رویترز)").
    "רויטרס": "Reuters", "รอยเตอร์": "Reuters", "เอเอฟพี": "AFP", "ซินหัว": "Xinhua",
    "رویترز": "Reuters",
    # Korea's private wires as their copy credits them: "[부산=뉴시스]", "(서울=뉴스1)".
    "뉴시스": "Newsis", "newsis": "Newsis", "뉴스1": "News1", "news1": "News1",
    "jiji": "Jiji", "jiji press": "Jiji", "時事通信": "Jiji", "時事通信社": "Jiji",
    "apa": "APA", "sda": "SDA", "keystone-sda": "SDA", "kna": "KNA", "epd": "epd",
    # Keystone-SDA's French service, as Swiss French papers credit it ("ats/vajo", "(ATS)").
    "ats": "SDA", "keystone-ats": "SDA",
    "aap": "AAP", "australian associated press": "AAP", "pa": "PA", "pa media": "PA",
    # The Canadian Press as its copy is credited in English and French ("(CP)", "La Presse
    # Canadienne"): "CP", as "The Associated Press" is "AP".
    "cp": "CP", "canadian press": "CP", "the canadian press": "CP",
    "la presse canadienne": "CP", "presse canadienne": "CP",
    "press association": "PA", "the press association": "PA",
    # PA's copy on Newsquest and other British regionals: "By PA News Agency"; its wire name;
    # its Scottish desk, after a reporter's name ("By Kirsteen Paterson, PA Scotland").
    "pa news agency": "PA", "pa wire": "PA", "pa scotland": "PA",
    "bloomberg": "Bloomberg", "upi": "UPI", "united press international": "UPI",
    "ians life": "IANS", "bss": "BSS", "unb": "UNB", "app": "APP", "wam": "WAM", "spa": "SPA",
    "united news of bangladesh": "UNB", "nan": "NAN", "news agency of nigeria": "NAN",
    "gna": "GNA", "ghana news agency": "GNA", "pna": "PNA", "philippine news agency": "PNA",
    "antara": "Antara", "lkbn antara": "Antara", "europa press": "Europa Press", "lusa": "Lusa",
    "agência lusa": "Lusa",
    "agencia lusa": "Lusa", "agência brasil": "Agência Brasil", "agencia brasil": "Agência Brasil",
    # Hindi wire services as Hindi copy credits them: PTI's Hindi service "भाषा"
    # ("पीटीआई-भाषा"), IANS, ANI, UNI's "यूनीवार्ता".
    "भाषा": "PTI", "पीटीआई-भाषा": "PTI", "पीटीआई": "PTI", "आईएएनएस": "IANS", "एएनआई": "ANI",
    "यूएनआई": "UNI", "यूनीवार्ता": "UNI",
    # UNI's Hindi service as its copy credits itself after the dateline: "(वार्ता)" (a word for
    # "talks": the regexes built from these keys read it only as a whole credit, never in a
    # sentence); Hindusthan Samachar's "(हिन्दुस्थान समाचार)", "(हि.स.)".
    "वार्ता": "UNI", "hindusthan samachar": "Hindusthan Samachar",
    # Nepal's national agency by its name, as Kathmandu papers credit its copy (the short
    # "RSS" is read only in a dateline's credit, `DATELINE_CREDITS`).
    "rastriya samachar samiti": "RSS",
    "हिन्दुस्थान समाचार": "Hindusthan Samachar", "हिंदुस्थान समाचार": "Hindusthan Samachar",
    "हि.स.": "Hindusthan Samachar", "हि.स": "Hindusthan Samachar",
    # PTI and IANS as the other Indian-language papers print them: Marathi "पीटीआय", Gujarati,
    # Punjabi, Tamil, Telugu, Kannada, Malayalam, Odia; Urdu's PTI, UNI and IANS.
    "पीटीआय": "PTI", "પીટીઆઈ": "PTI", "આઈએએનએસ": "IANS", "ਪੀਟੀਆਈ": "PTI",
    "ஐஏஎன்எஸ்": "IANS", "పీటీఐ": "PTI", "ఐఏఎన్ఎస్": "IANS", "ಪಿಟಿಐ": "PTI", "പിടിഐ": "PTI",
    "ഐഎഎൻഎസ്": "IANS", "ପିଟିଆଇ": "PTI", "پی ٹی آئی": "PTI", "یو این آئی": "UNI",
    "آئی اے این ایس": "IANS",
    # Bengali credits: Bangladesh's BSS ("বাসস") and UNB ("ইউএনবি"); PTI ("পিটিআই") and
    # IANS in Kolkata's papers; Tamil PTI ("பிடிஐ").
    "বাসস": "BSS", "ইউএনবি": "UNB", "পিটিআই": "PTI", "আইএএনএস": "IANS", "பிடிஐ": "PTI",
    "adnkronos": "Adnkronos",
    # Arabic copy's credits: dpa's Arabic service "(د ب أ)", the Saudi, Kuwaiti and Emirati
    # state agencies (واس, كونا, وام), Reuters and AFP ("أ ف ب", "فرانس برس").
    "د ب أ": "dpa", "د.ب.أ": "dpa", "واس": "SPA", "وكالة الأنباء السعودية": "SPA",
    "kuna": "KUNA", "كونا": "KUNA", "وكالة الأنباء الكويتية": "KUNA", "وام": "WAM",
    "وكالة أنباء الإمارات": "WAM", "رويترز": "Reuters", "فرانس برس": "AFP", "أ ف ب": "AFP",
    "ا ف ب": "AFP", "وكالة الصحافة الفرنسية": "AFP", "الأناضول": "Anadolu",
    # Turkish: Anadolu Ajansı, and the İhlas and Demirören agencies ("İHA" casefolds to
    # "i̇ha", with a combining dot; the plain key serves the regexes built from these keys).
    "anadolu ajansı": "Anadolu", "i̇ha": "İHA", "iha": "İHA", "i̇hlas haber ajansı": "İHA",
    "dha": "DHA", "demirören haber ajansı": "DHA",
    # Chinese agencies as Chinese copy credits them: Xinhua's "新华社" (its site "新华网"),
    # China News Service's "中新社" (its site "中国新闻网", "中新网").
    "新华社": "Xinhua", "新华网": "Xinhua", "xinhua news agency": "Xinhua",
    # Yonhap's Chinese and Japanese services by their names: "韩联社", "聯合ニュース".
    "韩联社": "Yonhap", "韓聯社": "Yonhap", "聯合ニュース": "Yonhap",
    "china news service": "China News Service", "中新社": "China News Service",
    "中国新闻网": "China News Service", "中新网": "China News Service",
    # Taiwan's Central News Agency as Chinese copy credits it ("（中央社）"); "CNA" alone is
    # read only from a dateline (`DATELINE_CREDITS`).
    "中央社": "CNA", "中央通訊社": "CNA",
    # Russian, Ukrainian and Polish wire services as their copy credits them: "/ТАСС/",
    # "INTERFAX.RU", "РИА Новости", "Укрінформ", "(PAP)".
    "тасс": "TASS", "итар-тасс": "TASS", "interfax": "Interfax", "интерфакс": "Interfax",
    "interfax.ru": "Interfax", "риа новости": "RIA Novosti", "ukrinform": "Ukrinform",
    "укрінформ": "Ukrinform", "укринформ": "Ukrinform", "pap": "PAP",
    "polska agencja prasowa": "PAP",
    # Kazakhstan's and Belarus's state wires: "АСТАНА. КАЗИНФОРМ –", "МИНСК, … (БЕЛТА) –".
    "kazinform": "Kazinform", "казинформ": "Kazinform", "belta": "BelTA", "белта": "BelTA",
    # Nordic, Dutch, Belgian and Central European national wires. "TT" and "ANP" are short:
    # the regexes built from these keys read them only as credits (in parentheses after a
    # dateline, a whole byline or closing line), never as a word in a sentence.
    "ntb": "NTB", "norsk telegrambyrå": "NTB", "tt": "TT", "tt nyhetsbyrån": "TT",
    "ritzau": "Ritzau", "ritzaus bureau": "Ritzau", "stt": "STT", "stt-info": "STT",
    "suomen tietotoimisto": "STT", "anp": "ANP", "algemeen nederlands persbureau": "ANP",
    "belga": "Belga", "čtk": "ČTK", "ctk": "ČTK", "česká tisková kancelář": "ČTK",
    "mti": "MTI", "magyar távirati iroda": "MTI",
    # African national wires: Senegal's and Côte d'Ivoire's ("Dakar, 17 déc (APS) -",
    # "Abidjan, 17 déc 2024 (AIP) -"), Egypt's MENA, South Africa's ANA and SAPA, Kenya's KNA.
    "aps": "APS", "agence de presse sénégalaise": "APS", "aip": "AIP",
    "agence ivoirienne de presse": "AIP", "mena": "MENA", "middle east news agency": "MENA",
    "ana": "ANA", "african news agency": "ANA", "sapa": "SAPA",
    "south african press association": "SAPA", "kenya news agency": "KNA",
    # Southern Africa's state wires: Zimbabwe's New Ziana (a Herald text's byline line "New
    # Ziana"), Zambia's ZANIS, Namibia's NAMPA, Malawi's MANA ("(Mana)" closing the copy).
    "new ziana": "New Ziana", "ziana": "New Ziana", "zanis": "ZANIS",
    "zambia news and information services": "ZANIS", "nampa": "NAMPA",
    "namibia press agency": "NAMPA", "mana": "MANA", "malawi news agency": "MANA",
    # South-East European, Israeli, Iranian and Palestinian wires: Agerpres, Hina, Tanjug
    # ("Танјуг"), FoNet, Beta ("Izvor: N1, Beta"), BTA ("БТА"), ANA-MPA ("ΑΠΕ-ΜΠΕ"), TPS,
    # IRNA, Mehr ("MNA"), WAFA.
    "agerpres": "Agerpres", "hina": "Hina", "tanjug": "Tanjug", "танјуг": "Tanjug",
    "fonet": "FoNet", "beta": "Beta", "бета": "Beta", "bta": "BTA", "бта": "BTA",
    "ana-mpa": "ANA-MPA", "απε-μπε": "ANA-MPA",
    "απε": "ANA-MPA", "tps": "TPS", "tazpit press service": "TPS", "irna": "IRNA",
    "mehr news agency": "Mehr", "mehr news": "Mehr", "mna": "Mehr", "wafa": "WAFA",
    # The same in their own script: WAFA's "رام الله 17-12-2024 وفا-", IRNA's "تهران- ایرنا-".
    "وفا": "WAFA", "ایرنا": "IRNA", "إيرنا": "IRNA", "ایسنا": "ISNA", "تسنیم": "Tasnim",
    # Vietnam's state wire by its English and Vietnamese names: "(VNA)", "(Theo TTXVN)".
    "vna": "VNA", "vietnam news agency": "VNA", "ttxvn": "VNA", "thông tấn xã việt nam": "VNA",
    # Latin American national wires as their copy credits them: Peru's Andina ("Lima, dic. 17
    # (ANDINA)."), Cuba's Prensa Latina, Argentina's Noticias Argentinas ("(NA)") and Télam,
    # Colombia's Colprensa, Chile's Agencia UNO, Mexico's Notimex.
    "andina": "Andina", "agencia andina": "Andina", "prensa latina": "Prensa Latina",
    "noticias argentinas": "NA", "na": "NA", "télam": "Télam", "telam": "Télam",
    "colprensa": "Colprensa", "agencia uno": "Agencia UNO", "notimex": "Notimex",
    # The wires' own sites' names, as their og:site_name and publisher declare them
    # (`extract.own_wire`): "Sputnik International", "Agenzia ANSA", "Agencia EFE", "Yonhap
    # News Agency", "dpa international"; the Gulf wires' and Bernama's full names.
    "sputnik international": "Sputnik", "sputnik globe": "Sputnik", "sputnik news": "Sputnik",
    "agenzia ansa": "ANSA", "agencia efe": "EFE", "yonhap news agency": "Yonhap",
    "antara news": "Antara", "ani news": "ANI", "dpa international": "dpa",
    "emirates news agency": "WAM", "kuwait news agency": "KUNA", "saudi press agency": "SPA",
    "malaysian national news agency": "Bernama", "tass russian news agency": "TASS",
    # National wires missing until the second set of agencies' own sites: Slovakia's TASR,
    # Slovenia's STA, Serbia's Tanjug as Serbian Cyrillic spells it ("Тањуг"), Armenia's
    # Armenpress, Azerbaijan's Trend (by its site's name: "trend" is a word), Ukraine's UNIAN,
    # Qatar's QNA, Jordan's Petra, Ethiopia's ENA ("(ኢዜአ)"), Nepal's RSS in Nepali ("(रासस)"),
    # Mongolia's Montsame ("/МОНЦАМЭ/"), Thailand's TNA ("สำนักข่าวไทย"), and the full names
    # of the wires whose short ones are words (`DATELINE_CREDITS`: TAP, MAP, ABI).
    "tasr": "TASR", "tlačová agentúra slovenskej republiky": "TASR", "sta": "STA",
    "slovenska tiskovna agencija": "STA", "тањуг": "Tanjug", "armenpress": "Armenpress",
    "арменпресс": "Armenpress", "trend news agency": "Trend", "trend.az": "Trend",
    "unian": "UNIAN", "уніан": "UNIAN", "униан": "UNIAN", "qna": "QNA",
    "qatar news agency": "QNA", "قنا": "QNA", "petra": "Petra", "jordan news agency": "Petra",
    "بترا": "Petra", "ethiopian news agency": "ENA", "ኢዜአ": "ENA", "रासस": "RSS",
    "राष्ट्रिय समाचार समिति": "RSS", "montsame": "Montsame", "монцамэ": "Montsame",
    "สำนักข่าวไทย": "TNA", "สำนักข่าวไทย อสมท": "TNA", "thai news agency": "TNA",
    "agence tunis afrique presse": "TAP", "agence marocaine de presse": "MAP",
    "maghreb arabe presse": "MAP", "map express": "MAP",
    "agencia boliviana de información": "ABI",
    # National wires missing until the third set of agencies' own sites: the Baltic LETA and
    # BNS, Bosnia's FENA, North Macedonia's MIA ("(МИА)"), Albania's ATA by its Albanian
    # initials ("/ATSH/"), Moldova's Moldpres, Egypt's MENA in Arabic ("/أ ش أ/"), Libya's
    # LANA, Sudan's SUNA, Lebanon's NNA, Syria's SANA, Bahrain's BNA, Laos's KPL, Cambodia's
    # AKP, Afghanistan's Pajhwok, Azerbaijan's Azertac, Kyrgyzstan's Kabar and IPS, by the
    # names their copy and their sites print; the short ones that are words or names ("Sana",
    # "kabar", "Mia") are read only in a dateline's credit (`DATELINE_CREDITS`).
    "leta": "LETA", "bns": "BNS", "baltic news service": "BNS", "fena": "FENA",
    "federalna novinska agencija": "FENA", "миа": "MIA",
    "медиумска информативна агенција": "MIA", "atsh": "ATA",
    "agjencia telegrafike shqiptare": "ATA", "moldpres": "Moldpres", "أ ش أ": "MENA",
    "أ.ش.أ": "MENA", "وكالة أنباء الشرق الأوسط": "MENA", "وكالة الأنباء الليبية": "LANA",
    "وكالة السودان للأنباء": "SUNA", "الوكالة الوطنية للإعلام": "NNA",
    "national news agency": "NNA", "syrian arab news agency": "SANA", "سانا": "SANA",
    "bahrain news agency": "BNA", "kpl lao news agency": "KPL", "lao news agency": "KPL",
    "agence kampuchea presse": "AKP", "pajhwok": "Pajhwok", "pajhwok afghan news": "Pajhwok",
    "azertac": "Azertac", "azertag": "Azertac", "азертадж": "Azertac",
    # The same wires in their own languages' spelling, as their copy credits them: APP in Urdu
    # ("اسلام آباد (اے پی پی)"), Kazinform in Kazakh ("АСТАНА. ҚазАқпарат –"), Azertac in
    # Azerbaijani ("Bakı, 17 dekabr (AZƏRTAC)"), AKP in Khmer ("ភ្នំពេញ ១៧ ធ្នូ (អ.ក.ព) –").
    "اے پی پی": "APP", "қазақпарат": "Kazinform", "azərtac": "Azertac", "អ.ក.ព": "AKP",
    "inter press service": "IPS", "upi.com": "UPI",
    # The big wires' other-language services as their copy credits them: Reuters in Japanese
    # ("［東京　１７日　ロイター］") and Chinese ("路透北京12月17日 -"), Xinhua in Arabic
    # ("(شينخوا)"), Russian ("/Синьхуа/") and traditional script ("新華社"), Yonhap in Arabic
    # ("(يونهاب)"), Kyodo in Chinese ("共同社": "共同" alone is the word "joint"), Anadolu in
    # Russian ("Анкара/Анадолу").
    "ロイター": "Reuters", "路透": "Reuters", "路透社": "Reuters", "شينخوا": "Xinhua",
    "синьхуа": "Xinhua", "新華社": "Xinhua", "يونهاب": "Yonhap", "共同社": "Kyodo",
    "анадолу": "Anadolu",
}


#: Where a byline names several credits: commas, "and" in five languages, and the newsroom
#: crediting the wire beside itself ("Par Le Figaro avec AFP", "By Staff with Reuters",
#: "Le Parisien avec agences"): "avec"/"with" only before an agency, so "with inputs from"
#: and a name holding the word stay whole.
_AUTHOR_SPLIT = re.compile(
    # The wide comma of Chinese and Japanese text ("田中宏昌，ITmedia").
    r"\s*(?:,|，|;|&|\band\b|\bund\b"
    # French, Spanish, Italian/Portuguese, Nordic, Dutch, Polish and Finnish "and", lower-case
    # only: "Lee Ja Young" is one name, "ET Online" (a desk) and "Y S Sharmila" (initials) too.
    # A word of its own: "e.V." (a German club's "eingetragener Verein") is no "e".
    r"|(?-i:\b(?:et|y|e|og|och|en|i|ja)(?=\s)))\s*"
    # "With" between two writers' names ("By Jane Doe with John Roe"), a capitalised name of
    # two words or more after it; the full stop before a helper's credit ("Jane Doe.
    # Additional reporting by John Roe").
    # Not an interview's ("Interview with John Roe": the one interviewed).
    r"|(?-i:(?<!Interview)(?<!interview)(?<!Q&A)(?<!Conversation)(?<!Chat)"
    r"\s+with\s+(?=[A-Z][\w'’.-]+\s+[A-Z]))"
    r"|\.\s+(?=(?:with\s+)?(?:additional\s+)?reporting\s+by\b)"
    r"|\s+(?:avec|with)\s+(?=(?:" + "|".join(
        sorted((re.escape(k) for k in AGENCY_NAMES if len(k) > 1), key=len, reverse=True))
    + r"|agences|agencies)\b)",
    re.I,
)


#: A wire service's full name (of two words or more, from AGENCY_NAMES) printed after the names
#: on a line of its own ("By JANE DOE and JOHN ROE<br>Associated Press").
_WIRE_TAIL = re.compile(
    r"\s+(?:the )?(?:"
    + "|".join(sorted((re.escape(k) for k in AGENCY_NAMES if " " in k), key=len, reverse=True))
    + r")$",
    re.I,
)


#: Any wire service named in parentheses after the names ("Autor: Jan Kowalski (PAP)").
_PAREN_AGENCY = re.compile(
    r"\s*\((?:" + "|".join(sorted((re.escape(k) for k in AGENCY_NAMES), key=len, reverse=True))
    + r")\)\s*$",
    re.I,
)


#: Credits read only in parentheses after a dateline (`agency.DATELINE`), never as a word, a
#: byline or a closing line: Taiwan's Central News Agency signs "Taipei, Dec. 17 (CNA)", but
#: "CNA" alone is as often Singapore's Channel NewsAsia, a newsroom, not a wire.
#: Italy's AGI likewise ("Roma, 17 dic. (AGI) -"): "(AGI)" closing a sentence is as often
#: artificial general intelligence. Nepal's Rastriya Samachar Samiti signs "Kathmandu, Dec 17
#: (RSS):"; "RSS" elsewhere is a feed.
#: Tunisia's TAP, Morocco's MAP, Bolivia's ABI, Ethiopia's ENA, Thailand's TNA and
#: Azerbaijan's Trend likewise ("Tunis, 5 déc. (TAP) -", "La Paz, 17 de diciembre (ABI).-"):
#: "tap", "map" and "trend" are words, "Abi" and "Ena" names.
DATELINE_CREDITS: dict[str, str] = {"cna": "CNA", "agi": "AGI", "rss": "RSS", "tap": "TAP",
                                    "map": "MAP", "abi": "ABI", "ena": "ENA", "tna": "TNA",
                                    "trend": "Trend", "ips": "IPS", "mia": "MIA", "bna": "BNA",
                                    "sana": "SANA", "kpl": "KPL", "akp": "AKP", "وال": "LANA",
                                    "سونا": "SUNA", "suna": "SUNA", "lana": "LANA",
                                    "kabar": "Kabar", "кабар": "Kabar", "وطنية": "NNA"}
#: Every wire's normalised name, as `normalise_agency` gives it.
_NORMALISED_AGENCIES = frozenset(AGENCY_NAMES.values())


def normalise_credit(value: str) -> str | None:
    """`normalise_agency`, or a dateline-only credit the extractor has already read as one
    (the record's agency field only).

    >>> normalise_credit("CNA"), normalise_agency("CNA"), normalise_credit("AP")
    ('CNA', None, 'AP')

    A wire's normalised name, already read, is kept as it is ("Dow Jones", which only its
    "Dow Jones Newswires" names):

    >>> normalise_credit("Dow Jones"), normalise_credit("dow jones")
    ('Dow Jones', None)
    """
    return normalise_agency(value) or DATELINE_CREDITS.get((value or "").strip().casefold()) \
        or (value if value in _NORMALISED_AGENCIES else None)


def normalise_agency(value: str) -> str | None:
    """The normalised name of a wire service, or None when `value` names none.

    >>> normalise_agency("Indo-Asian News Service")
    'IANS'
    >>> normalise_agency(" (Press Trust of India) ")
    'PTI'
    >>> normalise_agency("Jane Doe") is None
    True
    >>> normalise_agency("PA Political Correspondent"), normalise_agency("Press Association")
    ('PA', 'PA')
    >>> normalise_agency("By PA News Agency"), normalise_agency("PA Wire")
    ('PA', 'PA')
    >>> normalise_agency("NTB"), normalise_agency("(ČTK)"), normalise_agency("Ritzau")
    ('NTB', 'ČTK', 'Ritzau')
    >>> normalise_agency("dpa/lnw"), normalise_agency("red/APA")
    ('dpa', 'APA')
    """
    key = (clean_text(value) or "").strip(" ()[]—–-:,.").casefold()
    key = re.sub(r"^(?:with inputs from|inputs from|source:|by)\s+", "", key)
    found = AGENCY_NAMES.get(key) or AGENCY_NAMES.get(_without_staff_role(key))
    if found is None and "/" in key and (credited := slashed_wire(value)):
        return AGENCY_NAMES.get(credited.casefold())
    return found


#: A newsroom's or editor's sigle beside a wire's credit: lower-case letters ("red", "lnw", "jes").
_SIGLE = re.compile(r"[a-zäöü]{2,4}")


def slashed_wire(value: str) -> str | None:
    """The one wire named, as printed, in a credit joining it by slashes to sigles: dpa's
    regional service ("dpa/lnw"), the newsroom ("red/APA", "APA/red"), an editor ("jdo/sda");
    None when no wire or two are named, or a part is a name.

    >>> slashed_wire("dpa/lnw"), slashed_wire("red/APA"), slashed_wire(" APA / red ")
    ('dpa', 'APA', 'APA')
    >>> slashed_wire("AFP/dpa"), slashed_wire("srf/hosb"), slashed_wire("Reuters/Jane")
    (None, None, None)
    """
    text = clean_text(value[:60]) or ""
    parts = [p.strip(" ()") for p in text.split("/")] if "/" in text else []
    wires = [p for p in parts if AGENCY_NAMES.get(p.casefold())]
    if len({AGENCY_NAMES[w.casefold()] for w in wires}) != 1 \
            or not all(p in wires or _SIGLE.fullmatch(p) for p in parts):
        return None
    return wires[0]


#: A wire's staff role after the reporter's name, the wire named last, as Brazilian bylines
#: print it: "Pedro Peduzzi - Repórter da Agência Brasil".
_ROLE_OF_WIRE = re.compile(
    r"\s[–—-]\s*(?:repórter|correspondente|enviad[oa] especial)\s+d[aoe]s?\s+(?P<agency>.{2,40})$",
    re.I)


def role_of_wire(byline: str) -> str | None:
    """The wire a byline's closing staff role names, or None.

    >>> role_of_wire("Pedro Peduzzi - Repórter da Agência Brasil")
    'Agência Brasil'
    >>> role_of_wire("Ana Souza - Repórter do g1") is None
    True
    """
    m = _ROLE_OF_WIRE.search(byline[-80:])
    return normalise_agency(m.group("agency")) if m else None


def wire_staff_credit(byline: str) -> str | None:
    """The wire a byline credits by its staff role alone, no one named ("PTI Correspondent",
    "By IANS Correspondent", "PA Political Correspondent"), or None.

    >>> wire_staff_credit("By PTI Correspondent"), wire_staff_credit("IANS Correspondent")
    ('PTI', 'IANS')
    >>> wire_staff_credit("Special Correspondent"), wire_staff_credit("PTI")
    (None, None)
    """
    text = _BY_PREFIX.sub("", byline.strip())
    role_off = _without_staff_role(text)
    return normalise_agency(role_off) if role_off and role_off != text else None


def spaced_wire(byline: str) -> str | None:
    """The wire a byline names after the name and a spaced dash, slash or bar, or None.

    >>> spaced_wire("Ana López - EFE"), spaced_wire("Jane Doe | Reuters")
    ('EFE', 'Reuters')
    >>> spaced_wire("Jane Doe - Madrid"), spaced_wire("Reuters - EFE"), spaced_wire("dpa/lnw")
    (None, None, None)
    """
    m = _SPACED_TAIL.match(byline)
    return normalise_agency(m[2]) if m and len(m[1].split()) >= 2 else None


#: A wire's national desk, printed after its reporter's name as a staff role is ("By Kirsteen
#: Paterson, PA Scotland"): it credits the wire (AGENCY_NAMES) and names no one.
_WIRE_DESKS = frozenset({"pa scotland"})
#: A wire's own staff role after its name: "PA Political Correspondent", "AP Science Writer".
_STAFF_ROLE = re.compile(
    r"(?:\s+[^\W\d_]+){0,2}?\s+(?:correspondent|reporter|editor|writer|journalist)s?$", re.I)


def _without_staff_role(key: str) -> str:
    """`key` without a closing staff role; "" when it has none (a byline part is short)."""
    return _STAFF_ROLE.sub("", key[:60]) if len(key) <= 60 else ""


#: Words a printed date line may hold besides numbers: months and weekdays (English, German,
#: French, Spanish, Italian, Portuguese; Russian, Ukrainian and Polish months; in full and
#: short; the Chinese 年/月/日), clock and zone words, and the line's own label.
_DATE_WORD_LIST = """
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri
sat sun publish
januar februar märz mai juni juli oktober dezember montag dienstag mittwoch donnerstag
freitag samstag sonntag uhr um erstellt aktualisiert veröffentlicht zuletzt stand
janvier février mars avril juin juillet août septembre octobre novembre décembre lundi
mardi mercredi jeudi vendredi samedi dimanche
enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
lunes martes miércoles jueves viernes sábado domingo de
am pm a m p hrs hr h ist gmt utc bst cet cest est edt cst cdt pst pdt mst mdt et ct mt pt
uk
published updated posted modified first last on at
le à publié publiée mis jour modifié
जनवरी फरवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर अक्तूबर नवंबर नवम्बर
दिसंबर दिसम्बर प्रकाशित अपडेटेड अपडेट किया गया
जानेवारी फेब्रुवारी एप्रिल मे जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर अद्ययावत
જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ મે જૂન જુલાઈ ઓગસ્ટ સપ્ટેમ્બર ઓક્ટોબર નવેમ્બર ડિસેમ્બર પ્રકાશિત અપડેટ
ਜਨਵਰੀ ਫਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ ਪ੍ਰਕਾਸ਼ਿਤ ਅਪਡੇਟ
ଜାନୁଆରୀ ଫେବୃଆରୀ ମାର୍ଚ୍ଚ ଅପ୍ରେଲ ମେ ଜୁନ ଜୁଲାଇ ଅଗଷ୍ଟ ସେପ୍ଟେମ୍ବର ଅକ୍ଟୋବର ନଭେମ୍ବର ଡିସେମ୍ବର ପ୍ରକାଶିତ ଅପଡେଟ
జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్ జూలై ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్ ప్రచురించబడింది ప్రచురణ
అప్ డేట్ అప్డేట్
ಜನವರಿ ಫೆಬ್ರವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ ಮೇ ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್ ಡಿಸೆಂಬರ್ ಪ್ರಕಟಿಸಲಾಗಿದೆ ಪ್ರಕಟಣೆ
ಜ ಫೆ ಮಾ ಏ ಜೂ ಜು ಆ ಸೆ ಅ ನ ಡಿ
ಅಪ್ ಡೇಟ್ ಅಪ್ಡೇಟ್
ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ മേയ് ജൂൺ ജൂലൈ ഓഗസ്റ്റ് സെപ്റ്റംബർ ഒക്ടോബർ നവംബർ ഡിസംബർ
പ്രസിദ്ധീകരിച്ചത് അപ് ഡേറ്റ് അപ്ഡേറ്റ്
জানুৱাৰী ফেব্ৰুৱাৰী মাৰ্চ এপ্ৰিল আগষ্ট ছেপ্তেম্বৰ অক্টোবৰ নৱেম্বৰ ডিচেম্বৰ প্ৰকাশিত
டிசம்பர் வெளியிடப்பட்டது புதுப்பிக்கப்பட்டது
جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر شائع اپ ڈیٹ
پیر سوموار منگل بدھ جمعرات جمعہ ہفتہ اتوار بعد قبل دوپہر
tishrei tishri cheshvan heshvan marcheshvan kislev tevet teves shevat shvat adar nisan iyar iyyar
sivan tammuz tamuz menachem av elul
জানুয়ারি জানুয়ারী ফেব্রুয়ারি ফেব্রুয়ারী মার্চ এপ্রিল মে জুন জুলাই আগস্ট আগষ্ট সেপ্টেম্বর অক্টোবর নভেম্বর
ডিসেম্বর পিএম এএম প্রকাশ প্রকাশিত আপডেট শেষ হালনাগাদ
gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre gen mag giu lug ott dic
lunedì martedì mercoledì giovedì venerdì sabato domenica pubblicato aggiornato il alle ore
modifica ultimo aggiornamento
janeiro fevereiro março maio junho julho setembro outubro novembro dezembro fev abr ago set
out dez segunda terça quarta quinta sexta feira publicado atualizado última atualização em às
يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر
كانون الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين الأول
السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة ص م نشر في آخر تحديث تاريخ النشر الساعة
مساء مساءً صباحا صباحاً
ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık pazartesi salı
çarşamba perşembe cuma cumartesi pazar güncelleme son giriş yayınlanma
年 月 日
января февраля марта апреля мая июня июля августа сентября октября ноября декабря янв фев мар
апр июн июл авг сен сент окт ноя нояб дек в г года опубликовано обновлено
січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня о р
року опубліковано оновлено
пн вт ср чт пт сб вс понедельник вторник среда четверг пятница суббота воскресенье понеділок
вівторок середа четвер п ятниця субота неділя poniedziałek wtorek środa czwartek piątek sobota
niedziela pondělí úterý středa čtvrtek pátek neděle maandag dinsdag woensdag donderdag vrijdag
zaterdag zondag måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag
maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai
heute gestern hoy ayer aujourd hui oggi ieri hoje ontem vandaag gisteren dzisiaj
dziś wczoraj dnes včera idag igår i dag går tänään eilen сегодня вчера сьогодні вчора bugün dün
σήμερα χθες اليوم أمس امس امروز دیروز היום אתמול 今日 昨日 今天 昨天 오늘 어제 วันนี้ เมื่อวาน nay qua
hari ini kemarin
des δεκ ιαν φεβ μαρ απρ μαΐ μαϊ ιουν ιουλ αυγ σεπ σεπτ οκτ νοε tháng pagi petang malam tengah
週一 週二 週三 週四 週五 週六 週日 周一 周二 周三 周四 周五 周六 周日
星期一 星期二 星期三 星期四 星期五 星期六 星期日 星期天
stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada
grudnia o r roku opublikowano aktualizacja
januari februari maart marts mei augustus augusti desember okt mrt maj
publisert oppdatert sist publicerad uppdaterad senast publiceret opdateret sidst kl klo om
julkaistu päivitetty gepubliceerd bijgewerkt laatst publikováno aktualizováno frissítve
közzétéve
tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta
syyskuuta lokakuuta marraskuuta joulukuuta ledna února března dubna května června července
srpna září října listopadu prosince január február március április május június július
augusztus szeptember október
ianuarie februarie martie aprilie mai iunie iulie septembrie octombrie noiembrie decembrie
luni marți marţi miercuri joi vineri sâmbătă duminică ora publicat actualizat la pe
data publicării publicarii
siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna studenoga studenog
prosinca januara februara marta aprila juna jula avgusta septembra oktobra novembra decembra
u objavljeno ažurirano
януари февруари март април май юни юли август септември октомври ноември декември
јануара фебруара априла маја јуна јула септембра октобра новембра децембра у
публикувано обновено објављено ажурирано
ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου
οκτωβρίου νοεμβρίου δεκεμβρίου δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή
δημοσίευση ενημέρωση ενημερώθηκε
maret agustus agu agt nopember senin selasa rabu kamis jumat sabtu minggu wib wita wit
mac julai ogos disember isnin khamis jumaat ahad diterbitkan dikemaskini kemas kini
sgt myt pht hkt ict jst kst aest aedt awst nzst nzdt pkt msk ksa
hne hae hnc hac hnr har hnp hap hna haa
令和 平成 مـ เวลา วันจันทร์ที่ วันอังคารที่ วันพุธที่ วันพฤหัสบดีที่ วันศุกร์ที่ วันเสาร์ที่ วันอาทิตย์ที่
thứ hai ba tư năm sáu bảy chủ nhật cập
時 分 更新 公開 입력 수정 업데이트 등록 송고시간 기사전송 발행일 등록일 입력일 최종수정
기사입력 승인
最終更新 发布时间 發佈時間 發布時間 更新时间 更新時間 最后更新 最後更新
公開日 公開日時 更新日 更新日時 投稿日 投稿日時 配信日 配信日時 掲載日 发布日期 發佈日期
فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند شنبه یکشنبه دوشنبه
سه‌شنبه چهارشنبه پنجشنبه جمعه ساعت سه چهار پنج یک دو
בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר
ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר יום ראשון שני
שלישי רביעי חמישי שישי שבת בשעה פורסם עודכן ביום
오전 오후 上午 下午 午前 午後 년 월 일 화 수 목 금 토
aangepast gewijzigd geplaatst laatste update actualizado actualización publicación data publikacji
aktualizacji đăng lúc ngày
تاریخ انتشار آخرین بروزرسانی به روزرسانی بروز رسانی منتشر شده توقيت مكة المكرمة ب ق ظ
بتوقيت غرينتش جرينتش الرياض أبوظبي الإمارات دبي الدوحة мск tsi 北京时间 北京時間 配信
محرم صفر ربيع الأول الآخر الثاني جمادى الأولى الآخرة رجب شعبان رمضان شوال ذو القعدة الحجة هـ
ม ค ก พ มี เม ย มิ ส ต ธ น ศ วันที่ เมื่อ เผยแพร่ ปรับปรุง ปรับปรุงล่าสุด อัปเดต อัปเดตล่าสุด อัพเดท
แก้ไขล่าสุด วัน มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม
พฤศจิกายน ธันวาคม วันจันทร์ วันอังคาร วันพุธ วันพฤหัสบดี วันศุกร์ วันเสาร์ วันอาทิตย์
yanvar fevral mart aprel iyun iyul avqust avgust sentyabr oktyabr noyabr dekabr yenilənib
yeniləndi januari februari machi aprili julai agosti septemba oktoba novemba desemba
jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili imesasishwa janairu fabrairu
maris afrilu mayu yuni yuli agusta satumba nuwamba disamba enero pebrero marso abril mayo
hunyo hulyo agosto setyembre oktubre nobyembre disyembre
қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан
жаңартылды жарияланды
იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი
დეკემბერი განახლდა გამოქვეყნდა
ජනවාරි පෙබරවාරි මාර්තු අප්‍රේල් මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර් නොවැම්බර්
දෙසැම්බර් ප ව පෙ
फेब्रुअरी अप्रिल जुन अगस्ट सेप्टेम्बर अक्टोबर नोभेम्बर डिसेम्बर सोमबार मंगलबार बुधबार
बिहीबार शुक्रबार शनिबार आइतबार
बैशाख वैशाख जेठ असार साउन भदौ असोज कात्तिक मंसिर पुस माघ फागुन चैत गते
មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ ថ្ងៃទី ខែ ឆ្នាំ ម៉ោង
ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர் ஜன
பிப் மார் ஏப் ஆக செப் அக் நவ டிச date
መስከረም ጥቅምት ኅዳር ታኅሣሥ ጥር የካቲት መጋቢት ሚያዝያ ግንቦት ሰኔ ሐምሌ ነሐሴ ጳጉሜን ቀን ዓ ም
ខែមករា ខែកុម្ភៈ ខែមីនា ខែមេសា ខែឧសភា ខែមិថុនា ខែកក្កដា ខែសីហា ខែកញ្ញា ខែតុលា ខែវិច្ឆិកា ខែធ្នូ
"""
_DATE_WORDS = frozenset(_DATE_WORD_LIST.split())
_DIGIT_RUNS = re.compile(r"\d+")
# Devanagari vowel signs and viramas are no \w: they are kept inside a word ("दिसंबर").
# Nor are Bengali ones ("ডিসেম্বর").
# Nor are those of the other Brahmic scripts (U+0A00-U+0DFF: "ડિસેમ્બર", "డిసెంబర్").
_LETTER_RUNS = re.compile(r"(?:[^\W\d_]|[\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"
                          r"\u0981-\u0983\u09bc-\u09d7\u09e2\u09e3"
                          r"\u0a00-\u0a65\u0a70-\u0ae5\u0af0-\u0b65\u0b70-\u0be5\u0bf0-\u0c65"
                          r"\u0c70-\u0ce5\u0cf0-\u0d65\u0d70-\u0dff"
                          # Nor are Thai vowel signs and tone marks ("ธันวาคม", "วันที่").
                          r"\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
                          # Nor are Khmer ones ("ធ្នូ"), nor Sinhala's joiner ("අප්‍රේල්").
                          r"\u17b4-\u17d3\u200d])+")
#: A year in ASCII, Arabic-Indic, Persian or Bengali digits ("٢٠٢٤", a Solar Hijri "۱۴۰۳",
#: "২০২৪"); or a Thai Buddhist-era one ("2567" is 2024), looked for apart.
_A_YEAR = re.compile(r"(?<!\d)(?:19|20|١٩|٢٠|۱۳|۱۴|১৯|২০|२०|૨૦|੨੦|୨୦|២០)\d\d(?!\d)")
_THAI_YEAR = re.compile(r"(?<!\d)(?:25[5-7]|๒๕[๕-๗])\d(?!\d)")  # in Thai figures too
#: A US month/day/two-digit-year date (The Hill's "12/17/24 1:03 PM ET"): a year too.
#: Or a dotted day-first one (a German-speaking site's "02.12.19" over its headline).
_SHORT_YEAR_DATE = re.compile(r"(?<![\d/])[01]?\d/[0-3]?\d/\d\d(?![\d/])"
                              r"|(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\d\d"
                              r"(?![\d.])")
#: Or a dashed one (AD's "04-07-24, 09:07"), looked for where a figure and a dash meet.
_DASHED_SHORT_YEAR_DATE = re.compile(
    r"(?<![\d-])(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-\d\d(?![\d-])")
_DIGIT_DASH_DIGIT = re.compile(r"\d-\d")


#: A line of dates and labels alone: "Posted December 17, 2024 1:03 pm | Last Updated
#: December 17, 2024 3:20 pm" (a longer line is a sentence).
MAX_DATE_LINE_CHARS = 100


def is_date_line(text: str) -> bool:
    """A short line that is only a date and time (and its label): no article text.

    >>> is_date_line("Dec 17, 2024 | 01:03 PM IST"), is_date_line("17.12.2024, 13:03 Uhr")
    (True, True)
    >>> is_date_line("Erstellt: 28.04.2023, 18:16 Uhr")  # German label (Merkur, Ippen)
    True
    >>> is_date_line("Publié le 17/12/2024 à 13h03")  # French label, "13h03" clock
    True
    >>> is_date_line("प्रकाशित: 17 दिसंबर 2024, 13:03 IST")  # Hindi month and label
    True
    >>> is_date_line("প্রকাশ: ১৭ ডিসেম্বর ২০২৪, ০১:০৩ পিএম")  # Bengali, Bengali digits
    True
    >>> is_date_line("अपडेट: १७ डिसेंबर २०२४, १३:०३"), is_date_line("અપડેટ: ૧૭ ડિસેમ્બર ૨૦૨૪")
    (True, True)
    >>> is_date_line("ಡಿ.17, 2024, 13:03"), is_date_line("منگل 17 دسمبر 2024")  # Kannada; Urdu
    (True, True)
    >>> is_date_line("Pubblicato il 17 dicembre 2024 alle 13:03")
    True
    >>> is_date_line("Publicado em 17/12/2024 - 13:03"), is_date_line("17.dez.2024 às 13h03")
    (True, True)
    >>> is_date_line("نشر في: الثلاثاء، ١٧ ديسمبر ٢٠٢٤ - ١:٠٣ م")  # Arabic, Arabic-Indic digits
    True
    >>> is_date_line("الثلاثاء 17 كانون الأول 2024 الساعة 13:03")  # NNA: "at the hour"
    True
    >>> is_date_line("Publish- December 17, 2024, 01:03 PM")  # UNB's bare label
    True
    >>> is_date_line("2024年12月17日 13:03"), is_date_line("2024 12/17 13:03:26")
    (True, True)
    >>> is_date_line("17 декабря 2024, 13:03"), is_date_line("17 grudnia 2024, 13:03")
    (True, True)
    >>> is_date_line("Publisert 17.12.2024 13:03 Oppdatert 17.12.2024 15:20")
    True
    >>> is_date_line("Julkaistu 17.12.2024 klo 13.03"), is_date_line("17. prosince 2024 13:03")
    (True, True)
    >>> is_date_line("Selasa, 17 Desember 2024 13:03 WIB"), is_date_line("입력 2024.12.17 13:03")
    (True, True)
    >>> is_date_line("입력 2024.12.17. 오후 1:03"), is_date_line("2024/12/17 下午 1:03")
    (True, True)
    >>> is_date_line("Dec. 17, 2024 1:03 p.m. CT")  # a US region's zone
    True
    >>> is_date_line("Tuesday, 17 Dec 2024 1:03 PM MYT")
    True
    >>> is_date_line("2024-12-17 12:14 JST"), is_date_line("2024-12-17 13:03 KST")
    (True, True)
    >>> is_date_line("Tuesday 17 December 2024 13:03, UK")  # Sky News: UK time
    True
    >>> is_date_line("Thứ ba, 17/12/2024, 13:03 (GMT+7)"), is_date_line("Dikemaskini 17/12/2024")
    (True, True)
    >>> is_date_line("Publicat: marți, 17 decembrie 2024, 13:03")
    True
    >>> is_date_line("17. prosinca 2024. u 13:03"), is_date_line("Τρίτη, 17 Δεκεμβρίου 2024")
    (True, True)
    >>> is_date_line("۲۷ آذر ۱۴۰۳ - ۱۳:۰۳"), is_date_line("17 בדצמבר 2024, 13:03")
    (True, True)
    >>> is_date_line("令和6年12月17日 13時03分"), is_date_line("17 décembre 2024 à 13 h 03 HNE")
    (True, True)
    >>> is_date_line("الثلاثاء - 15 جمادى الآخرة 1446 هـ - 17 ديسمبر 2024 مـ")  # Hijri, Gregorian
    True
    >>> is_date_line("วันอังคารที่ 17 ธันวาคม พ.ศ. 2567 เวลา 13:03 น.")
    True
    >>> is_date_line("In 2024, 17 people died."), is_date_line("2023 2024")
    (False, False)
    >>> is_date_line("Madrid - 17 DIC 2024 - 13:03 CET"), is_date_line("Madrid - 17 people")
    (True, False)
    >>> is_date_line("Kompas.com - 17/12/2024, 13:03 WIB")
    True
    >>> is_date_line("نشر في 17/12/202413:03 (توقيت مكة)")  # Al Jazeera: Mecca time
    True
    >>> is_date_line("12/17(火) 13:03配信")  # Yahoo! Japan: no year, the weekday
    True
    >>> is_date_line("17.12. 13:03"), is_date_line("Julkaistu 17.12. klo 13.03")  # no year
    (True, True)
    >>> is_date_line("17 декабря, 13:03"), is_date_line("Вт, 17 дек. 2024, 13:03")
    (True, True)
    >>> is_date_line("๑๗ ธ.ค. ๒๕๖๗ ๑๓:๐๓ น."), is_date_line("5 человек, 13:03")  # Thai figures
    (True, False)
    >>> is_date_line("Publicado hoje às 09h07"), is_date_line("i dag kl. 13.03")  # today's
    (True, True)
    >>> is_date_line("12/17/24 1:03 PM ET"), is_date_line("Up 3/4 of a point, 1/2 in 24")
    (True, False)
    >>> is_date_line("02.12.19"), is_date_line("02.12.19 14:03"), is_date_line("v1.2.19")
    (True, True, False)
    >>> is_date_line("04-07-24, 09:07"), is_date_line("Laatste update: 04-07-24, 10:14")
    (True, True)
    >>> is_date_line("General News of Tuesday, 17 December 2024")  # GhanaWeb's desk and day
    True
    >>> is_date_line("Thursday January 12th, 2017")  # an ordinal day
    True
    >>> is_date_line("06. 01. 2026, 14:59 Uhr Lesedauer: 4 Minuten")  # its reading time after it
    True
    >>> is_date_line("Sat, Mar 16, 2024 page3")  # the Taipei Times' print page after the day
    True
    >>> is_date_line("Dec 17, 2024 · 3 min read"), is_date_line("Lesedauer: 4 Minuten")
    (True, False)
    >>> is_date_line("Published on December 16, 2024 9:15 pm and last modified on December 17,"
    ...              " 2024 1:03 pm"), is_date_line("December 16 and 17, 2024")
    (True, False)
    """
    if len(text) > MAX_DATE_LINE_CHARS + 40 or not _ANY_FIGURE.search(text):
        return False  # (a paragraph: no reading time to look for; no figure: no date)
    if "min" in text or "Min" in text or "MIN" in text:  # the tail's regex, unanchored, is
        text = _READING_TIME_TAIL.sub("", text)  # dear on the many lines that lack it
    if len(text) > MAX_DATE_LINE_CHARS:
        return False
    if "page" in text:
        text = PRINT_PAGE_TAIL.sub("", text)  # the print edition's page after the day
    if not (_A_YEAR.search(text) or (("/" in text or "." in text)
                                     and _SHORT_YEAR_DATE.search(text))
            or ("-" in text and _DIGIT_DASH_DIGIT.search(text)
                and _DASHED_SHORT_YEAR_DATE.search(text))):
        if ":" in text and "20" in text and _GLUED_YEAR_CLOCK.search(text):
            # Al Jazeera's "17/12/202413:03 (توقيت مكة)": the year and the clock run together.
            text = _GLUED_YEAR_CLOCK.sub(r"\1 ", text)
        elif "/" in text and _JA_YEARLESS_DAY.match(text):
            return True  # Yahoo! Japan's "12/17(火) 13:03配信": the weekday, no year
        elif "." in text and _DOTTED_YEARLESS_DAY.match(text):
            return True  # Helsingin Sanomat's "17.12. 13:03": this year's day and a clock
        elif ("令和" in text or "平成" in text) and _ERA_YEAR.search(text):
            pass  # a Japanese era's year: "令和6年12月17日 13時03分"
        elif (("25" not in text and "๒๕" not in text) or not _THAI_YEAR.search(text)) \
                and not (":" in text and _CYRILLIC_DAY_CLOCK.match(text)) \
                and not (_A_CLOCK.search(text) and _TODAY_CLOCK.search(text)):
            # (RBC's "17 декабря, 13:03", Lenta's "13:03, 17 декабря": this year's day)
            return False
    if all(_A_YEAR.fullmatch(d) or _THAI_YEAR.fullmatch(d) for d in _DIGIT_RUNS.findall(text)):
        return False  # years alone ("2023 2024"): a table's header, not a date
    if " - " in text[:40] and text[:1].isupper():
        text = _PLACE_DASH_DAY.sub("", text)  # El País's "Madrid - 17 DIC 2024 - 13:03 CET"
    folded = text.casefold()
    if (desk := _DESK_NEWS_OF.match(folded)) is not None:
        folded = folded[desk.end():]
    if " and " in folded:
        folded = _AND_UPDATED.sub(" ", folded)  # "… 9:15 pm and last modified on …"
    return all(w in _DATE_WORDS for w in _LETTER_RUNS.findall(_ORDINAL.sub("", folded)))


#: A Japanese era's year ("令和6年", Reiwa 6: 2024; "平成元年").
_ERA_YEAR = re.compile(r"(?:令和|平成)\s?(?:\d{1,2}|元)\s?年")
#: The print edition's page printed after a year: "Sat, Mar 16, 2024 page3", "…, page A2".
PRINT_PAGE_TAIL = re.compile(r"(?<=\d{4}),?\s*page\s?[A-Z]?\d{1,3}[A-Z]?$", re.I)
#: Any figure, in any script's digits: a line without one is no date line.
_ANY_FIGURE = re.compile(r"\d")
#: A clock's figures (the cheap test before `_TODAY_CLOCK`).
_A_CLOCK = re.compile(r"\d[:.h]\d\d")
#: "Today" or "yesterday" and a clock in the other languages ("Publicado hoje às 09h07", "i dag
#: kl. 13.03", "Вчера, 13:03"): a date line without a year (English pages as they were).
_TODAY_CLOCK = re.compile(
    r"(?:^|\s)(?:heute|gestern|hoy|ayer|aujourd['’]hui|hier|oggi|ieri|hoje"
    r"|ontem|vandaag|gisteren|dzisiaj|dziś|wczoraj|dnes|včera|idag|igår|i dag|i går|tänään"
    r"|eilen|сегодня|вчера|сьогодні|вчора|bugün|dün|σήμερα|χθες|اليوم|أمس|امروز|دیروز|היום"
    r"|אתמול|今日|昨日|今天|昨天|오늘|어제|วันนี้|เมื่อวาน|hôm nay|hôm qua|hari ini|kemarin)"
    r"[^\d\n]{0,12}\d{1,2}[:.h]\d\d", re.I)
#: A Russian or Ukrainian day with its month's name and a clock, no year, either order.
_CYRILLIC_DAY_CLOCK = re.compile(
    r"^(?:(?:\d{1,2} [а-яіїє]{3,9}\.?,?(?: в| о)? \d{1,2}:\d\d)|(?:\d{1,2}:\d\d,? \d{1,2} "
    r"[а-яіїє]{3,9}\.?))$", re.I)
#: A dotted day and month with a clock, no year ("17.12. 13:03", "17.12. klo 13.03").
_DOTTED_YEARLESS_DAY = re.compile(r"^(?:[^\W\d_]{2,12}\s+)?(?:0?[1-9]|[12]\d|3[01])\."
                                  r"(?:0?[1-9]|1[0-2])\.\s+(?:klo\s+|kl\.?\s+|um\s+)?"
                                  r"\d{1,2}[:.]\d\d(?:\s+uhr)?$", re.I)
#: A Japanese month/day with its weekday and a clock, no year ("12/17(火) 13:03配信").
_JA_YEARLESS_DAY = re.compile(r"^\d{1,2}/\d{1,2}\s*[(（][月火水木金土日][)）]\s*\d{1,2}:\d\d"
                              r"\s*(?:配信|公開|掲載|更新)?$")
#: A year with the clock glued to it ("202413:03"), as `dates._GLUED_CLOCK` splits it.
_GLUED_YEAR_CLOCK = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=\d{1,2}:\d\d)")
#: A desk's place and a spaced hyphen before a day and its month's name ("Madrid - 17 DIC
#: 2024 - 13:03 CET"), or the site's name before a day in figures (Kompas's "Kompas.com -
#: 17/12/2024, 13:03 WIB"): no word of the date (`dates._clean` drops it too).
_PLACE_DASH_DAY = re.compile(r"^[^\W\d_][^\W\d_.'’]*(?:[ .][^\W\d_][^\W\d_.'’]*){0,3} - "
                             r"(?=\d{1,2}(?: [^\W\d_]{3,}|[/.-]\d{1,2}[/.-]\d{2,4}))")
#: The "and" joining a theme's two dates in one line ("Published on … and last modified on
#: …", "Posted on … and last updated on …"): a date line's word only before the update label.
_AND_UPDATED = re.compile(r"\sand\s+(?=(?:last\s+)?(?:updated|modified)\b)")
#: A reading time printed after the date, in one line ("06. 01. 2026, 14:59 Uhr Lesedauer:
#: 4 Minuten", "Dec 17, 2024 · 3 min read"): the date line's, no words of a sentence.
_READING_TIME_TAIL = re.compile(
    r"\s*[|·•,]?\s*(?:(?:lesedauer|lesezeit|leestijd|lesetid|lästid|reading time|temps de lecture"
    r"|tiempo de lectura|tempo di lettura|tempo de leitura)\s?:?\s*(?:ca\.\s*)?\d+\s*"
    r"(?:min(?:uten|utes|utos|uti|ute|s)?\.?)|\d+\s*min(?:ute)?s?\.?\s+read)\s*$", re.I)
#: An English ordinal's suffix after the day's figures ("January 12th, 2017").
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b")


def credit_then_day(text: str) -> tuple[str, str] | None:
    """(credit, day) of a line that prints who wrote the story, a comma, then only the day
    (Ahram Online's "MENA , Tuesday 17 Dec 2024", "Amr Kandil , Tuesday 17 Dec 2024"), or None.

    >>> credit_then_day("MENA , Tuesday 17 Dec 2024")
    ('MENA', 'Tuesday 17 Dec 2024')
    >>> credit_then_day("Tuesday, 17 Dec 2024"), credit_then_day("Cairo, in 2024, 17 died")
    (None, None)

    Or a wire, a bar, then the day (China Daily's wire copy: "Xinhua | Updated: 2024-12-16
    10:27"); a name before a bar is a byline's own ("by Ilanga D | 5 November 2024"):

    >>> credit_then_day("Xinhua | Updated: 2024-12-16 10:27")
    ('Xinhua', 'Updated: 2024-12-16 10:27')
    >>> credit_then_day("by Ilanga D | 5 November 2024")

    Or a wire, a spaced dash, then the day and clock, a bar closing the line (Kyodo's credit
    line under the headline: "KYODO NEWS - Dec 27, 2024 - 10:14 | Japan, All"):

    >>> credit_then_day("KYODO NEWS - Dec 27, 2024 - 10:14 |")
    ('KYODO NEWS', 'Dec 27, 2024 - 10:14')
    """
    credit, comma, day = text.partition(",")
    wire, bar, after = text.partition(" | ")
    if bar and len(wire) < 40 and normalise_agency(wire):
        credit, comma, day = wire, bar, after
    elif " - " in text and (wire := text.partition(" - ")[0]) and len(wire) < 40 \
            and normalise_agency(wire):
        # Its section links after the bar: "… - 10:14 | <a>Japan</a>, <a>All</a>".
        credit, comma, day = text.partition(" | ")[0].rstrip(" |").partition(" - ")
    credit = credit.strip()
    if not comma or not 2 <= len(credit) <= 40 or len(credit.split()) > 4 \
            or any(c.isdigit() for c in credit) or is_date_line(text) or not is_date_line(day):
        return None
    return credit, day.strip()


#: A site's address and a spaced dash opening a line ("Kompas.com - ").
_ADDRESS_DASH = re.compile(r"^[\w-]{2,30}(?:\.[a-z]{2,6}){1,2}\s+[-–—]\s+(?=\d)", re.I)


def address_then_day(text: str) -> str | None:
    """The day of a line that prints the site's address, a spaced dash, then only the day (an
    Indonesian portal's line under the headline), or None. The address is no writer: the
    byline readers do not take it.

    >>> address_then_day("Kompas.com - 16/01/2024, 09:15 WIB")
    '16/01/2024, 09:15 WIB'
    >>> address_then_day("Jane Doe - 16/01/2024"), address_then_day("Kompas.com - Jakarta")
    (None, None)
    """
    if " - " not in text and " – " not in text and " — " not in text:
        return None
    match = _ADDRESS_DASH.match(text)
    day = text[match.end():] if match else ""
    return day if day and is_date_line(day) else None


#: The day, then "by" and the credit closing the line.
_DAY_THEN_BY = re.compile(r"^(?P<day>.*\S)\s+by\s+(?P<credit>\S.*)$", re.I)
#: The day, then a dot or bar and a wire's name closing the line (dpa international's
#: "16 December 2024, 15:52 · dpa").
_DAY_THEN_WIRE = re.compile(r"^(?P<day>.*\S)\s+[·•|]\s+(?P<credit>[^·•|\d]+)$")


def day_then_credit(text: str) -> tuple[str, str] | None:
    """(credit, day) of a line that prints only the day and then who wrote the story (TMZ's
    "11/28/2016 11:00 AM PST BY TMZ STAFF"), or None.

    >>> day_then_credit("11/28/2016 11:00 AM PST BY TMZ STAFF")
    ('TMZ STAFF', '11/28/2016 11:00 AM PST')
    >>> day_then_credit("Seen by 2,000 people"), day_then_credit("17 Dec 2024 by the river 2")
    (None, None)

    Or the day, a dot or bar, then a wire's name (dpa international's line under the
    headline); another word there is no credit:

    >>> day_then_credit("16 December 2024, 15:52 · dpa")
    ('dpa', '16 December 2024, 15:52')
    >>> day_then_credit("16 December 2024 · Politics")
    """
    match = _DAY_THEN_BY.match(text) if len(text) <= MAX_DATE_LINE_CHARS else None
    if match is None and len(text) <= MAX_DATE_LINE_CHARS and (
            wired := _DAY_THEN_WIRE.match(text)) and normalise_agency(wired["credit"]):
        match = wired
    if match is None:
        return None
    credit, day = match.group("credit").strip(), match.group("day")
    if not 2 <= len(credit) <= 40 or len(credit.split()) > 4 \
            or any(c.isdigit() for c in credit) or not is_date_line(day):
        return None
    return credit, day


#: A Chinese story's date line under its headline, then the outlet it came from: "2019-08-13
#: 14:07来源：澎湃新闻·澎湃号·政务" (The Paper), "2019-09-26 12:11来源：证券时报网作者：李在山"
#: (STCN: its spans run together), "2019-09-05 11:10 游民星空[整理]" (Gamersky: the site, and
#: "compiled").
_DAY_THEN_SOURCE = re.compile(
    r"^(?P<day>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)\s*"
    r"(?:来源\s*[:：]\s*(?P<source>[^\s:：]{2,30}?)"
    r"|(?P<site>[\u4e00-\u9fff]{2,12})(?:[\[【（(](?:整理|原创|编译|转载)[\]】）)])?)"
    r"\s*(?:(?:作者|编辑|责任编辑)\s*[:：]\s*\S{2,20})?$")


def day_then_source(text: str) -> tuple[str, str] | None:
    """(source, day) of a Chinese date line that names where the story came from, or None.

    >>> day_then_source("2019-08-13 14:07来源：澎湃新闻·澎湃号·政务")
    ('澎湃新闻·澎湃号·政务', '2019-08-13 14:07')
    >>> day_then_source("2019-09-26 12:11来源：证券时报网作者：李在山")
    ('证券时报网', '2019-09-26 12:11')
    >>> day_then_source("2019-09-05 11:10 游民星空[整理]")
    ('游民星空', '2019-09-05 11:10')
    >>> day_then_source("2019-09-05 11:10 游民星空宣布新的版本将在下周四上线，玩家可以提前下载。")
    """
    match = _DAY_THEN_SOURCE.match(text) if len(text) <= MAX_DATE_LINE_CHARS else None
    if match is None:
        return None
    return match.group("source") or match.group("site"), match.group("day")


#: GhanaWeb's desk label before the day: "General News of …", "Business News of …".
_DESK_NEWS_OF = re.compile(r"(?:[a-z]+ )?news of\s")


def language_code(value: str) -> str | None:
    """ISO 639-1 code from "en-IN", "en_US", "de" …; None when it is not one.

    >>> language_code("en-IN")
    'en'
    >>> language_code("English") is None
    True
    """
    code = value.strip().replace("_", "-").split("-")[0].lower()
    return code if len(code) == 2 and code.isalpha() else None


#: An absolute http(s) URL that urljoin() gives back unchanged: printable ASCII, a lowercase
#: scheme, a host (no IPv6 brackets), no ";" (path parameters) and no empty "?" or "#".
_PLAIN_URL = re.compile(r"https?://[^/?#\[\];\s]+(?:[/?#][!-:<-~]*)?")


def join_url(base: str, url: str) -> str:
    """`urljoin(base, url)`, skipped when `url` is already a plain absolute http(s) URL, as
    most canonical and image links are: urljoin parses both URLs, a few µs each.

    >>> join_url("https://x.example/a/b", "../c?d=1"), join_url("", "https://y.example/e")
    ('https://x.example/c?d=1', 'https://y.example/e')

    An address urljoin refuses (an unbalanced "[" a broken page wrote into it: "Invalid IPv6
    URL") joins to nothing:

    >>> join_url("https://x.example/a", "https://x[.example/b")
    ''
    """
    if _PLAIN_URL.fullmatch(url) and not url.endswith(("?", "#")) and "?#" not in url:
        return url
    try:
        return urljoin(base, url)
    except ValueError:
        return ""


#: What `split_url` gives for an address `urlsplit` refuses.
_NO_PARTS = SplitResult("", "", "", "", "")


def split_url(url: str) -> SplitResult:
    """`urlsplit(url)`, or no parts at all for an address it refuses: a page's links and
    metadata may hold an unbalanced "[" ("Invalid IPv6 URL"), and one bad link is no reason
    to lose the page.

    >>> split_url("https://x.example/a?b").path, split_url("https://x[.example/a").path
    ('/a', '')
    """
    try:
        return urlsplit(url)
    except ValueError:
        return _NO_PARTS


#: WordPress's paginated comments ("Older Comments"): `…/story/comment-page-2/`, which core's
#: rel_canonical names as the canonical link itself (get_comments_pagenum_link, with
#: "#comments"), though the page prints the same post.
_COMMENT_PAGE = re.compile(r"(?<=/)comment-page-\d+/?$")


def article_address(url: str) -> str:
    """The address of the article a canonical link names: without a fragment, and without
    WordPress's comment-page suffix (a mirror holding `comment-page-2/` gave the post twice).

    >>> article_address("https://x.example/story/comment-page-2/#comments")
    'https://x.example/story/'
    >>> article_address("https://x.example/2024/12/comment-page-of-history/")
    'https://x.example/2024/12/comment-page-of-history/'
    """
    if "#" in url:
        url = url.split("#", 1)[0]
    return _COMMENT_PAGE.sub("", url) if "comment-page-" in url else url


#: A web archive's playback address of a page, the original address last: the Wayback
#: Machine's "https://web.archive.org/web/20241218060000[im_]/https://…" (its links path-absolute,
#: "/web/…") and archive.today's "https://archive.ph/2024.12.18-060000/https://…" (a capture's
#: canonical) or "https://archive.ph/o/Xq3Rk/https://…" (its rewritten links).
_ARCHIVED = re.compile(
    r"(?:(?:https?:)?//web\.archive\.org)?/web/\d{1,14}(?:[a-z]{2}_)?/(https?://.+)|"
    r"(?:https?:)?//archive\.(?:today|ph|is|li|vn|fo|md)/(?:o/\w+|\d{4}\.\d\d\.\d\d-\d{6})/"
    r"(https?://.+)", re.IGNORECASE)


def archived_original(url: str) -> str | None:
    """The original address inside a web archive's playback address, else None.

    >>> archived_original("https://web.archive.org/web/20241218060000im_/https://x.example/a.jpg")
    'https://x.example/a.jpg'
    >>> archived_original("https://archive.ph/2024.12.18-060000/https://x.example/story/")
    'https://x.example/story/'
    >>> archived_original("https://x.example/web/2024/story/") is None
    True
    """
    m = _ARCHIVED.match(url.strip())
    return None if m is None else m.group(1) or m.group(2)


def absolute_http_url(value: str) -> str | None:
    """Keep only http(s) URLs (no javascript:, data:, file:).

    >>> absolute_http_url(" https://x.example/a.jpg ")
    'https://x.example/a.jpg'
    >>> absolute_http_url("data:image/png;base64,AAA") is None
    True
    """
    url = value.strip()
    return url if url.startswith(("http://", "https://")) else None
