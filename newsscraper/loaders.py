"""ArticleLoader: how each field is cleaned, in one place (`<field>_in` / `<field>_out`).

Values come from site rules, metadata and generic extraction (see `extract`); the loader's
context carries what cleaning needs: `tz` (naive page dates), `base` (fetched_at, for relative
dates), `date_formats`, `languages`, `site_names` and `address_names` (title suffixes: the
names the site declares, the ones its address gives), `own_names` (og:site_name and the
publisher: a name before a title's colon) and `url` (for messages and relative links).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, MutableMapping
from datetime import datetime, timedelta
from re import Pattern
from typing import Any, Self

from itemloaders import ItemLoader
from itemloaders.processors import Identity, Join, MapCompose, TakeFirst
from itemloaders.utils import arg_to_iter, get_func_args

from newsscraper.dates import parse_datetime, to_iso
from newsscraper.processors import (
    absolute_http_url,
    article_address,
    breadcrumb_last,
    clean_author,
    clean_paragraphs,
    clean_text,
    join_url,
    language_code,
    normalise_agency,
    normalise_credit,
    split_authors,
    strip_site_suffix,
    unescape_entities,
    unicode_nfc,
    without_markup,
    without_name_colon,
)

#: A wire's credit in parentheses closing a headline ("…（共同通信）", "… (AP)").
_CREDIT_IN_PARENS = re.compile(r"\s*[(（]([^()（）]{2,30})[)）]$")


#: An HTML entity still in a text once decoded: one escaped twice.
_ENTITY_LEFT = re.compile(r"&(?:#\d{2,7}|#x[0-9a-f]{2,6}|amp|quot|apos|lt|gt|nbsp);", re.I)


def _unescaped_twice(value: str) -> str:
    """A title with its entities decoded, twice where it was escaped twice: WordPress writes
    a title it has already escaped ("Trump&#8217;s") into the JSON-LD graph escaped again
    ("Trump&amp;#8217;s"), which one decoding leaves as "Trump&#8217;s".

    >>> _unescaped_twice("Trump&amp;#8217;s tariffs"), _unescaped_twice("Q&amp;amp;A")
    ('Trump’s tariffs', 'Q&A')
    """
    text = unescape_entities(value)
    return unescape_entities(text) if "&" in text and _ENTITY_LEFT.search(text) else text


def _title(value: str, loader_context: dict[str, Any]) -> str | None:
    """The headline without the site's name after it, nor a wire's credit in parentheses
    (og:title and <title> of portals carrying agency copy print it; the <h1> does not).

    >>> _title("打ち上げ 年内2回目（共同通信） - Yahoo!", {"site_names": ("Yahoo!",)})
    '打ち上げ 年内2回目'
    >>> _title("Talks go on (Part 2)", {})
    'Talks go on (Part 2)'
    >>> h1 = "Corona-Regeln in Bayern: Was ab Montag gilt - Überblick"
    >>> _title(h1, {}), _title(h1, {"verbatim_titles": [h1]}) == h1
    ('Corona-Regeln in Bayern: Was ab Montag gilt', True)
    """
    # "<em>…</em>" left in a declared headline (JSON-LD, og:title) is markup, not words.
    text = clean_text(unicode_nfc(without_markup(_unescaped_twice(value))))
    if not text:
        return None
    if value in loader_context.get("verbatim_titles", ()):
        return text  # the <h1> and the JSON-LD headline word for word: no site name after it
    # "Home » News » Headline": a trail given as the title.
    text = breadcrumb_last(text, (*loader_context.get("site_names", ()),
                                  *loader_context.get("address_names", ())))
    text = strip_site_suffix(text, loader_context.get("site_names", ()),
                             loader_context.get("address_names", ()),
                             loader_context.get("section_labels"))
    # Only the names the site gives itself (og:site_name, the publisher): an Organization
    # object elsewhere in the JSON-LD may be the story's subject ("Tesla: …").
    text = without_name_colon(text, loader_context.get("own_names", ()))
    credit = _CREDIT_IN_PARENS.search(text)
    if credit and normalise_agency(credit.group(1)) and credit.start() > 0:
        text = text[:credit.start()]
    return text


def _absolute(value: str, loader_context: dict[str, Any]) -> str | None:
    """An absolute http(s) URL; None for a blank value, which would join to the page's own
    address (`<meta property="og:image" content="">` is no image).

    >>> _absolute("", {"url": "https://x.example/a/"}), _absolute("/i.jpg", {"url": "https://x.example/a/"})
    (None, 'https://x.example/i.jpg')
    """
    value = value.strip()
    return absolute_http_url(join_url(loader_context.get("url", ""), value)) if value else None


def _canonical(value: str, loader_context: dict[str, Any]) -> str | None:
    url = _absolute(value, loader_context)
    return article_address(url) if url else None


def _date(value: str | datetime, loader_context: dict[str, Any]) -> str | None:
    if isinstance(value, datetime):
        return to_iso(value)
    parsed = parse_datetime(
        value,
        tz=loader_context["tz"],
        base=loader_context["base"],
        formats=loader_context.get("date_formats", ()),
        languages=loader_context.get("languages") or None,
        field=loader_context.get("field", "date"),
        url=loader_context.get("url", ""),
        day_first=loader_context.get("day_first", False),
    )
    if parsed is None:
        return None
    if parsed.utcoffset() == timedelta(0):
        # A UTC stamp (SEO plugins write UTC) is told in the newsroom's zone, as the page
        # prints it: the same instant, the site's wall clock. Other offsets are the page's own.
        parsed = parsed.astimezone(loader_context["tz"])
    return to_iso(parsed)


def _squashed(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _split_credit(value: str, loader_context: MutableMapping[str, Any]) -> list[str]:
    """`split_authors`, except for a credit naming one of the site's own desks by region:
    "Por g1 Ribeirão Preto e Franca", "Jane Doe, g1 Campinas e Região" (the site's name, a
    word boundary, then places joined by "e"). The desk is one name from the site's name on;
    the places after its "and" are no writers. `drop_site_names` later drops the desk where
    a person is credited beside it.

    >>> context = {"site_names": ("g1",)}
    >>> _split_credit("Por g1 Ribeirão Preto e Franca", context)
    ['Por g1 Ribeirão Preto e Franca']
    >>> _split_credit("Ana Souza, g1 Campinas e Região", context)
    ['Ana Souza', 'g1 Campinas e Região']
    >>> _split_credit("Ana Souza e Luís Lima", context), _split_credit("g1 e Ana Lima", context)
    (['Ana Souza', 'Luís Lima'], ['g1', 'Ana Lima'])
    """
    parts = split_authors(value)
    if len(parts) < 2:
        return parts
    keys = {_squashed(n) for n in (*loader_context.get("site_names", ()),
                                  *loader_context.get("address_names", ()))} - {""}
    for i, part in enumerate(parts[:-1]):
        words = part.split()
        # The site's name as the credit's first word(s) ("By" or "Por" perhaps before it),
        # with more words after it: the desk's region.
        starts = any(_squashed(" ".join(words[skip:k])) in keys
                     for skip in (0, 1) for k in range(skip + 1, len(words)))
        # What follows is the region's last place: one word each ("Franca", "Região").
        if starts and all(len(rest.split()) == 1 for rest in parts[i + 1:]):
            at = 0 if i == 0 else value.rfind(part)
            return parts if at < 0 else [*parts[:i], value[at:].strip(" ,;")]
    return parts


def _unique(values: Iterable[str]) -> list[str]:
    """Keep the first of case-insensitive duplicates, in order."""
    seen: set[str] = set()
    out: list[str] = []
    for v in values:
        key = v.casefold()
        if key not in seen:
            seen.add(key)
            out.append(v)
    return out


#: By (loader class, item class): the input processors by field, the output processors by
#: field, and whether a field's output is its first value (TakeFirst); each looked up once.
_PROCESSORS: dict[tuple[type, type], tuple[dict[str, Callable[..., Any]],
                                           dict[str, Callable[..., Any]], dict[str, bool]]] = {}


class Clean(MapCompose):
    """MapCompose with less work per call: which functions take `loader_context` is decided
    once, here, instead of on every call (itemloaders wraps each function in a `partial` and
    builds a ChainMap of contexts each time), and results that are a string or None skip the
    list-or-not test. Same values out, same ValueError on a failing function."""

    def __init__(self, *functions: Callable[..., Any]) -> None:
        super().__init__(*functions)
        self.steps = [(f, "loader_context" in get_func_args(f)) for f in functions]

    def __call__(self, value: Any, loader_context: MutableMapping[str, Any] | None = None
                 ) -> list[Any]:
        # One string (a title, a date) is its own list; `_add_value` passes a list.
        values = value if type(value) is list else [value] if type(value) is str \
            else arg_to_iter(value)
        context = loader_context if loader_context is not None else {}
        for func, takes_context in self.steps:
            next_values: list[Any] = []
            for v in values:
                try:
                    out = func(v, loader_context=context) if takes_context else func(v)
                except Exception as e:
                    raise ValueError(f"Error in MapCompose with {func!s} value={value!r} "
                                     f"error='{type(e).__name__}: {e!s}'") from e
                if type(out) is str:
                    next_values.append(out)
                elif out is not None:
                    next_values += arg_to_iter(out)
            values = next_values
        return values  # type: ignore[return-value]


#: A CMS template's token left unfilled ("%tags%", "{{tags}}", "[tags]", "$tags"): a theme
#: printing its keywords <meta> for a post that has none.
_PLACEHOLDER = re.compile(r"%+\w+%+|\{\{.*\}\}|\{%.*%\}|\[[a-z_]+\]|\$\{?[a-z_]+\}?")


def _tag(value: str) -> str | None:
    """A tag as printed, without the CMS's internal markers ("_Prio_3": a leading underscore
    names a workflow flag, not a topic), paths ("/article") and the kind a typed keyword
    names before its value ("sections/sverige", "topic/misshandel & överfall").

    >>> _tag("#Metro,"), _tag("_Prio_3"), _tag("/article")
    ('Metro', None, None)
    >>> _tag("topic/misshandel & överfall"), _tag("AC/DC"), _tag("24/7")
    ('misshandel & överfall', 'AC/DC', '24/7')

    An unfilled template token is no tag; a tag naming a sum or a bracketed aside is one:

    >>> _tag("%tags%"), _tag("{{ tags }}"), _tag("[tags]"), _tag("$tags"), _tag("${keywords}")
    (None, None, None, None, None)
    >>> _tag("$5 billion"), _tag("[REC]"), _tag("100%")
    ('$5 billion', '[REC]', '100%')
    """
    if _PLACEHOLDER.fullmatch(value.strip()):
        return None
    tag = value.strip(" #,;")
    kind, slash, rest = tag.partition("/")
    if slash and not kind:
        return None
    if slash and kind.isascii() and kind.isalpha() and kind.islower() and rest \
            and "/" not in rest:
        tag = rest.strip()
    return tag if tag and not tag.startswith("_") else None


#: What trails print before a section's name: separators, a hashtag's mark.
_SECTION_MARKS = " >›»|/·•#-–—:"


def _section(value: str) -> str:
    """A section whose parts around " - " all name the same word is that word once: a CMS
    joining section and subsection prints "News - News" for a story filed under its own
    section's "News" page.

    >>> _section("News - News"), _section("Blog Briefing Room - News"), _section("News")
    ('News', 'Blog Briefing Room - News', 'News')

    A breadcrumb's separator or a hashtag's mark printed before the name is no part of it:

    >>> _section("› Gebäck"), _section("> Planète Asie"), _section("#GameTechie")
    ('Gebäck', 'Planète Asie', 'GameTechie')
    """
    value = value.lstrip(_SECTION_MARKS)
    parts = value.split(" - ")
    if len(parts) > 1 and len({p.strip().casefold() for p in parts}) == 1:
        return parts[0].strip()
    return value


class ArticleLoader(ItemLoader):
    """Loads one article's fields into a dict; `extract.finalize` turns it into an Article."""

    default_item_class = dict
    default_input_processor = Clean(unicode_nfc, clean_text)
    default_output_processor = TakeFirst()

    title_in = Clean(_title)
    # Entities metadata escaped twice ("Essen &amp;amp; Trinken" in a breadcrumb's JSON-LD)
    # are decoded in every text field read from it, as in the title.
    subtitle_in = Clean(unescape_entities, unicode_nfc, clean_text)
    section_in = Clean(unescape_entities, unicode_nfc, clean_text, _section)
    body_in = Clean(unicode_nfc, clean_paragraphs)
    body_out = Join("\n\n")
    # Entities left in metadata ("O&#8217;Neil", "Doe &amp;amp; Roe") are decoded before the
    # split, or ";" and "&" would cut names apart.
    authors_in = Clean(unescape_entities, unescape_entities, unicode_nfc, clean_text,
                       _split_credit, clean_author)
    authors_out = _unique
    tags_in = Clean(unescape_entities, unicode_nfc, clean_text, _tag)
    tags_out = _unique
    agency_in = Clean(normalise_credit)
    language_in = Clean(language_code)
    canonical_url_in = Clean(_canonical)
    image_url_in = Clean(_absolute)
    published_at_in = Clean(_date)
    modified_at_in = Clean(_date)
    url_in = Identity()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The processors by field, looked up once for the loader's and the item's classes
        # (`get_input_processor`), and the fields whose output is their first value.
        self._procs = _PROCESSORS.setdefault((type(self), type(self.item)), ({}, {}, {}))

    def add_value(self, field_name: str | None, value: Any, *processors: Callable[..., Any],
                  re: str | Pattern[str] | None = None, **kw: Any) -> Self:
        """As ItemLoader's, but for a field whose output is its first value (TakeFirst) the
        candidates are cleaned one at a time, stopping at the first that survives: the rest
        would be cleaned only to be thrown away (a page offers 3-5 titles and images)."""
        if not field_name or processors or re is not None or kw:
            return super().add_value(field_name, value, *processors, re=re, **kw)
        # What ItemLoader.add_value does with no processors, no regex and a field named (every
        # call here): `get_value` gives the value back, None adds nothing.
        if isinstance(value, list) and len(value) > 1 and self._first_value_wins(field_name):
            for candidate in value:
                if self._has_first_value(field_name):
                    break
                if candidate is not None:
                    self._add_value(field_name, candidate)
        elif value is not None:
            self._add_value(field_name, value)
        return self

    def _add_value(self, field_name: str, value: Any) -> None:
        """ItemLoader's, without its per-value wrapping for our own `Clean` processors: they
        take the context as an argument (itemloaders builds a `partial` around the processor
        for each value, after a cached look at its signature). Same values, same error."""
        proc = self.get_input_processor(field_name)
        if type(proc) is not Clean:
            super()._add_value(field_name, value)
            return
        value = [value] if type(value) is str else arg_to_iter(value)
        try:
            processed = proc(value, self.context)
        except Exception as e:
            raise ValueError(
                f"Error with input processor {proc.__class__.__name__}:"
                f" field={field_name!r} value={value!r} error='{type(e).__name__}: {e!s}'"
            ) from e
        if processed:
            self._values.setdefault(field_name, []).extend(processed)

    def get_collected_values(self, field_name: str) -> list[Any]:
        # Asked ~70 times a page: the loader has no parent, so its own values, without
        # ItemLoader's `_values` property in between.
        values = self._local_values if self.parent is None else self._values
        return values.get(field_name, [])

    def get_output_value(self, field_name: str) -> Any:
        """ItemLoader's; a field whose output is its first value (TakeFirst, which takes no
        context and raises nothing) is read without the processor's context wrapping."""
        if type(self.get_output_processor(field_name)) is TakeFirst:
            for value in self.get_collected_values(field_name):
                if value is not None and value != "":
                    return value
            return None
        return super().get_output_value(field_name)

    def load_item(self) -> Any:
        """ItemLoader's, writing to our `dict` item directly (no ItemAdapter around it)."""
        item = self.item
        if type(item) is not dict:
            return super().load_item()
        for field_name in tuple(self._values):
            value = self.get_output_value(field_name)
            if value is not None:
                item[field_name] = value
        return item

    # itemloaders looks a field's processor up for every value added and every output (a
    # getattr by name, and for fields without one of their own an ItemAdapter over the
    # item): they depend only on the loader's and the item's classes, so look each up once.
    def get_input_processor(self, field_name: str) -> Callable[..., Any]:
        procs = self._procs[0]
        proc = procs.get(field_name)
        if proc is None:
            proc = procs[field_name] = super().get_input_processor(field_name)
        return proc

    def get_output_processor(self, field_name: str) -> Callable[..., Any]:
        procs = self._procs[1]
        proc = procs.get(field_name)
        if proc is None:
            proc = procs[field_name] = super().get_output_processor(field_name)
        return proc

    def _first_value_wins(self, field_name: str) -> bool:
        wins = self._procs[2].get(field_name)
        if wins is None:
            wins = self._procs[2][field_name] = isinstance(
                self.get_output_processor(field_name), TakeFirst)
        return wins

    def _has_first_value(self, field_name: str) -> bool:
        """Has the field a value TakeFirst would return (not None, not "")?"""
        return any(v is not None and v != "" for v in self.get_collected_values(field_name))
