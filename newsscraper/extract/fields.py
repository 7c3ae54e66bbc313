"""Field sources in precedence order: site rules, then metadata, then generic page reading.

Each `apply_*` adds a field only while the loader has no cleaned value for it, so the first
source (and within a source, the first rule) that yields a value wins.

The printed-field readers live in one module per field family, which this one orders
(`PRINTED_SOURCES`): `headline` (the headline, its block, the article scope, the standfirst),
`bylines`, `printed_dates`, `taxonomy` (section and tags), `images` (the lead image) and
`body` (the layout and the body paragraphs). They import one way, never this module.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from itertools import chain, islice
from typing import TYPE_CHECKING, Any

from newsscraper import dates
from newsscraper.extract import hydration, metadata
from newsscraper.extract.body import Layout
from newsscraper.extract.bylines import (
    add_printed_coauthors,
    agency_place,
    arabic_writer_line,
    author_box_spelt_link,
    author_box_titles,
    bar_place,
    bio_box_by_line,
    by_line_after_headline,
    byline_text,
    component_bylines,
    credit_before_day,
    credit_text,
    dated_byline_lines,
    drop_non_names,
    drop_site_names,
    drop_site_tails,
    fact_authors,
    fact_dates,
    header_by_line,
    header_source_line,
    header_wire_line,
    header_writer_name,
    heading_labelled_credit,
    headline_header,
    loose_by_line_author,
    loose_by_line_date,
    prefer_printed_over_org,
    prefer_printed_over_publisher,
    prefer_printed_over_unseen_meta,
    prefer_printed_writers,
    printed_byline_elements,
)
from newsscraper.extract.css import compiled
from newsscraper.extract.headline import (
    article_scope,
    declared_printed_headlines,
    headline,
    headline_block,
    place_stamp,
    standfirst,
    story_h1s,
)
from newsscraper.extract.images import (
    FIGURE_IMAGES,
    IMAGE_OBJECT_FIGURES,
    MICRODATA_IMAGES,
    NODE_IMAGE,
    amp_hero_srcs,
    elementor_featured_image,
    featured_box_image,
    featured_image_srcs,
    figure_after_headline,
    image_src,
    image_srcs,
    lead_attachment,
    photo_opening_text,
)
from newsscraper.extract.pagekind import drupal_page
from newsscraper.extract.printed_dates import (
    byline_line_dates,
    byline_stamps,
    cjk_info_bar_date,
    cjk_short_date,
    clock_place_day,
    credit_line_dates,
    data_epoch_stamps,
    date_archive_texts,
    date_before_updated_line,
    date_classed_after_headline,
    date_classed_texts,
    date_line_above,
    date_lines_after,
    printed_times,
    short_header_dates,
    visible_date,
    visible_modified,
    visible_published,
)
from newsscraper.extract.taxonomy import (
    ARCHIVE_LINKS,
    CATEGORY_LINKS,
    headline_tag_label,
    kicker_section,
    link_texts,
    post_category_texts,
    post_tag_links,
    prefer_printed_tags,
    printed_breadcrumb_section,
    tag_list_links,
    term_links,
    trail_above,
)
from newsscraper.extract.timezone import language_guess, wall_offset
from newsscraper.page import Element, text_content
from newsscraper.processors import clean_text, dated_tail

if TYPE_CHECKING:
    from newsscraper.loaders import ArticleLoader
    from newsscraper.page import Element, Page
    from newsscraper.sites.profile import SiteProfile

logger = logging.getLogger(__name__)

_DATE_FIELDS = frozenset({"published_at", "modified_at"})


def css_first(root: Element, css: str) -> Any:
    """First match of a CSS selector (parsel dialect, so ::text and ::attr() work)."""
    found = compiled(css)(root)
    return found[0] if found else None


def css_strings(root: Element, css: str) -> list[str]:
    """Texts of every match: element text content, or the string for ::text / ::attr()."""
    return [m if isinstance(m, str) else text_content(m) for m in compiled(css)(root)]


def fill(loader: ArticleLoader, field: str, values: Iterable[Any]) -> bool:
    """Add `values` to an empty field; True when the field now has a value."""
    if loader.get_collected_values(field):
        return True
    loader.context["field"] = field
    if field in _DATE_FIELDS:
        # Parsing a date can cost milliseconds: stop at the first candidate that parses.
        for value in values:
            loader.add_value(field, value)
            if loader.get_collected_values(field):
                # The text read, should the page's zone be learnt only later (`redate`).
                loader.context.setdefault("date_sources", {})[field] = value
                return True
            if field == "modified_at" and isinstance(value, str) and _SWAPPABLE_DAY.search(value):
                # Kept to be read the other way round (`read_swapped_modified`).
                loader.context.setdefault("unread_modified", value)
        return False
    values = list(values)
    if not values:
        return False
    loader.add_value(field, values)
    return bool(loader.get_collected_values(field))


def redate(loader: ArticleLoader, zone: tzinfo) -> None:
    """Read the dates again in `zone`, a newsroom zone learnt after they were read (from the
    body's wire credit): naive page times move to it, stamps with an offset keep their instant."""
    loader.context["tz"] = zone
    for field, raw in loader.context.get("date_sources", {}).items():
        loader.context["field"] = field
        loader.replace_value(field, raw)


#: A zone no newsroom keeps, to tell a naive clock time from a stamp: the two read alike
#: in UTC, and apart in this.
_PROBE_ZONE = timezone(timedelta(hours=5, minutes=45), "probe")


def drop_unzoned_clocks(loader: ArticleLoader) -> None:
    """Null a date read from a naive clock time ("December 13, 2016 at 4:51 PM", a naive
    `article:published_time` "2016-12-21 21:46:48") on a page that states its zone nowhere:
    no offset in its metadata or stamps, no locale, country-code domain, printed zone word or
    wire (`page_zone`, `printed_date_zone`, `wire_zone`). Read as UTC it is an instant the
    page never stated: every such page of Mercury Parser's, Readability's and goose's sets is
    a US newsroom's (New York's, Dallas's, Tulsa's, San Francisco's clock), hours off UTC; an
    unknown instant is null, not a guess. A day alone (midnight) stays the day it states.

    A stamp with its offset reads alike in any page zone; a naive time does not: read again
    in `_PROBE_ZONE`, it moves.
    """
    sources = loader.context.get("date_sources", {})
    for field, raw in list(sources.items()):
        values = loader.get_collected_values(field)
        if not values:
            continue
        read = datetime.fromisoformat(values[0])
        if (read.hour, read.minute, read.second) == (0, 0, 0):
            continue  # a day alone, or midnight: the day is stated
        zone = loader.context.get("tz")
        loader.context.update(tz=_PROBE_ZONE, field=field)
        probe = loader.get_input_processor(field)(raw, loader.context)
        loader.context["tz"] = zone
        if probe and datetime.fromisoformat(probe[0]) != read:
            logger.info("%s: naive clock time %r on a page that states no zone: null at %s",
                        field, raw, loader.context.get("url", ""))
            loader.replace_value(field, [])  # (None is ignored)
            del sources[field]


def apply_site_rules(loader: ArticleLoader, page: Page, profile: SiteProfile) -> None:
    """Profile CSS rules (first rule that matches), and its visible-date patterns."""
    for field in ("section", "title", "subtitle", "authors", "tags", "published_at",
                  "modified_at", "image_url", "agency", "dateline"):
        for rule in profile.fields.for_field(field):
            if fill(loader, field, css_strings(page.root, rule)):
                break
    for field, pattern in profile.compiled_date_patterns:
        value = visible_date(page, pattern)
        if value:
            fill(loader, field, [value])


def apply_metadata(loader: ArticleLoader, page: Page) -> None:
    """JSON-LD, OpenGraph and <meta> for whatever is still empty."""
    fill(loader, "canonical_url", metadata.canonical(page))
    fill(loader, "language", metadata.language(page))
    # The headline printed and declared alike is read as it is: no site's name to cut.
    loader.context["verbatim_titles"] = declared_printed_headlines(page)
    fill(loader, "title", headline(page))
    fill(loader, "section", metadata.section(page))
    if fill(loader, "authors", metadata.authors(page)):
        drop_site_tails(loader, page)
        drop_non_names(loader, page)
        prefer_printed_writers(loader, page)
        prefer_printed_over_publisher(loader, page)
        prefer_printed_over_org(loader, page)
        add_printed_coauthors(loader, page)
        prefer_printed_over_unseen_meta(loader, page)
    if fill(loader, "tags", metadata.tags(page)):
        prefer_printed_tags(loader, page)
    fill(loader, "image_url", metadata.image(page))
    _refine_printed_dates(loader, page)
    stated: list[str] = []
    ruled = [f for f in _DATE_FIELDS if loader.get_collected_values(f)]  # a site rule's
    published: Iterable[str] = metadata.published(page)
    if hydration.fusion_page(page) and next(metadata.head_published(page), None) is None \
            and (state := hydration.state_date(page, "published_at")):
        # An Arc XP page whose head states no date: its ANS story's first publication comes
        # before a <time> the DOM prints (a rail card's, where Fusion printed no header yet).
        published = chain([state], published)
    if fill(loader, "published_at", _noting(published, stated)) \
            and "published_at" not in ruled:
        _prefer_stated_time(loader, "published_at", chain(
            metadata.published(page),
            chain.from_iterable(source(page) for source in _PRINTED_PUBLISHED)))
        _prefer_own_offset(loader, "published_at", lambda: page.dom_dates("time"))
        if _prefer_own_offset(loader, "published_at", lambda: _in_page_zone(
                loader, metadata.epoch_published(page))):
            # The CMS writes its wall clock with a "Z": its modification stamp too.
            loader.context["utc_is_wall_clock"] = True
        _printed_clock_is_local(loader, page, "published_at")
    if fill(loader, "modified_at", metadata.modified(page)) and "modified_at" not in ruled:
        # Days alone only: a naive modification time is left as read. (SZ's naive JSON-LD
        # dateModified is UTC, as its Z twin says, but the dev corpus's truth takes it as
        # the wall clock, and the two cannot be told apart by a rule yet.)
        # The printed update line after them (read only if a stamp states the day alone:
        # "2024-12-17", the line "Aktualisiert am 17.12.2024, 14:10 Uhr").
        _prefer_stated_time(loader, "modified_at", chain(
            metadata.modified(page),
            chain.from_iterable(source(page) for source in (visible_modified,))), naive=False)
        if loader.context.get("utc_is_wall_clock"):
            _utc_stamp_as_wall_clock(loader, "modified_at")
    if not stated:
        # A client-rendered page may state its dates only in the state its scripts hydrate.
        # Looked for only then: scanning the raw page costs (0.2-0.5 ms).
        for field in ("published_at", "modified_at"):
            # A Next.js page's state: the story's own object (whose headline is the page's),
            # not a lone related story's, which a scan for a key with one value would take.
            own = hydration.next_state_date(page, field, loader.get_output_value("title") or "")
            if own is None:
                own = hydration.state_date(page, field)
            fill(loader, field, filter(None, [own]))
        fill(loader, "published_at", filter(None, [hydration.script_epoch(page)]))
        fill(loader, "published_at", filter(None, [hydration.script_publish_time(page)]))
    elif not loader.get_collected_values("modified_at") and hydration.fusion_page(page) \
            and _ARC_UPDATED in page.raw:
        # An Arc XP page whose head states only its publication (no article:modified_time,
        # no JSON-LD) still carries its story's exact last update in Fusion's state: read
        # before a printed "Updated 2 hours ago", which counts from whenever it was saved.
        fill(loader, "modified_at", filter(None, [hydration.state_date(page, "modified_at")]))


#: Arc XP's ANS key of a story's last update, in Fusion's state.
_ARC_UPDATED = b'"last_updated_date"'
#: How far a modification may lie before the publication and still be the page's own order
#: of events (a scheduled post's last save before it went out, minutes early).
_EARLY_SLACK = timedelta(minutes=1)


#: A numeric date whose day and month could be either way round ("07/12/2024": 7 December
#: or July 12), its year in four figures.
_SWAPPABLE_DAY = re.compile(
    r"(?<![\d/.-])(0?[1-9]|1[0-2])([/.-])(0?[1-9]|1[0-2])\2((?:19|20)\d\d)(?![\d/.-])")


def read_swapped_modified(loader: ArticleLoader) -> None:
    """A modification date printed with numbers alone whose day and month could be either
    way round (WP Last Modified Info's "This post was last modified on 07/12/2024 5:58 PM",
    in the site's own date format: an Indian site writes d/m/Y under WordPress's default
    `lang="en-US"`) is read the other way round where only that reading falls on or after
    the publication's day and not after the fetch (parsing drops a later one). Read as the
    page's locale says, 12 July lay before the 3 December publication and was dropped.
    Not where the publication's own day could be read either way too.

    >>> from newsscraper.loaders import ArticleLoader
    >>> def modified(text, published="2024-12-03T00:00:00+05:30", fetched=datetime(2024, 12, 10,
    ...                                                                         6, tzinfo=UTC)):
    ...     loader = ArticleLoader(tz=timezone(timedelta(hours=5, minutes=30)), base=fetched)
    ...     _ = fill(loader, "published_at", [published])
    ...     _ = fill(loader, "modified_at", [text])
    ...     read_swapped_modified(loader)
    ...     return loader.get_collected_values("modified_at")
    >>> modified("07/12/2024 5:58 PM"), modified("12/07/2024 5:58 PM")
    (['2024-12-07T17:58:00+05:30'], ['2024-12-07T17:58:00+05:30'])
    >>> modified("12/04/2024 5:58 PM")  # 4 December as read; 12 April before the publication
    ['2024-12-04T17:58:00+05:30']
    >>> modified("12/07/2024 5:58 PM", "2024-07-10T09:00:00+05:30",  # 7 December: not yet
    ...          datetime(2024, 7, 15, 6, tzinfo=UTC))
    ['2024-07-12T17:58:00+05:30']
    >>> modified("10/11/2024 5:58 PM", "2024-09-30T10:00:00+05:30")  # either way: as read
    ['2024-10-11T17:58:00+05:30']
    >>> modified("07/12/2024 5:58 PM", "03/12/2024")  # the publication's day read alike
    ['2024-07-12T17:58:00+05:30']
    """
    sources = loader.context.get("date_sources", {})
    modified = loader.get_collected_values("modified_at")
    raw = sources.get("modified_at") if modified else loader.context.get("unread_modified")
    if not isinstance(raw, str) or not (m := _SWAPPABLE_DAY.search(raw)) \
            or int(m[1]) == int(m[3]):
        return
    published = loader.get_collected_values("published_at")
    if not published or _SWAPPABLE_DAY.search(str(sources.get("published_at", ""))):
        return
    day = datetime.fromisoformat(published[0]).date()
    swapped = f"{raw[:m.start()]}{m[3]}{m[2]}{m[1]}{m[2]}{m[4]}{raw[m.end():]}"
    loader.context["field"] = "modified_at"
    other = loader.get_input_processor("modified_at")(swapped, loader.context)
    if not other or datetime.fromisoformat(other[0]).date() < day \
            or (modified and datetime.fromisoformat(modified[0]).date() >= day):
        return
    logger.info("modified_at %r read day and month the other way round (%s, published %s) at %s",
                raw, other[0], published[0], loader.context.get("url", ""))
    loader.replace_value("modified_at", other[0])
    loader.context.setdefault("date_sources", {})["modified_at"] = swapped


def drop_modified_before_published(loader: ArticleLoader, page: Page) -> None:
    """Null a modification date stated as a day alone or read from the page's body (a `<time
    itemprop="dateModified" content="2016-12-22">`, a `<meta itemprop>` "September 26, 2016",
    an hAtom `updated`) that lies before the publication: a day alone is that day's midnight,
    hours before the post went out the same day (The New Yorker, TODAY), and an hAtom pair
    found first in a related post's teaser (PenNews's `penci-schema-markup`) is that post's,
    years earlier. The stamps of the page's head (JSON-LD `dateModified`,
    `article:modified_time`) with a clock time stay even then: a scheduled post's CMS records
    its last save before the publication it set.

    >>> import lxml.html
    >>> from newsscraper.loaders import ArticleLoader
    >>> from newsscraper.page import Page
    >>> page = Page(url="https://x.example/a", root=lxml.html.fromstring("<p/>"),
    ...             meta={"article:modified_time": ["2016-12-22T13:06:46+00:00"]})
    >>> def dates(modified):
    ...     loader = ArticleLoader(tz=timezone.utc, base=datetime(2017, 1, 1, tzinfo=timezone.utc))
    ...     _ = fill(loader, "published_at", ["2016-12-22T13:10:00+00:00"])
    ...     _ = fill(loader, "modified_at", [modified])
    ...     drop_modified_before_published(loader, page)
    ...     return loader.get_collected_values("modified_at")
    >>> dates("2016-12-22"), dates("2016-12-22T13:06:46+00:00"), dates("2016-12-23")
    ([], ['2016-12-22T13:06:46+00:00'], ['2016-12-23T00:00:00+00:00'])
    """
    modified = loader.get_collected_values("modified_at")
    published = loader.get_collected_values("published_at")
    if not (modified and published) or datetime.fromisoformat(
            modified[0]) >= datetime.fromisoformat(published[0]) - _EARLY_SLACK:
        return
    sources = loader.context.get("date_sources", {})
    raw = sources.get("modified_at")
    if isinstance(raw, str) and _CLOCK.search(raw) and raw in metadata.head_modified(page):
        return
    logger.info("modified_at %s before published_at %s, read from the body: null at %s",
                modified[0], published[0], loader.context.get("url", ""))
    loader.replace_value("modified_at", [])
    sources.pop("modified_at", None)


def _refine_printed_dates(loader: ArticleLoader, page: Page) -> None:
    """A date a site rule read from the printed page to the day or the minute ("December 17,
    2024", "… 1:03 pm") that the page's machine stamp states to the second within that day or
    minute: the stamp. AMP for WP prints the day alone under a post whose JSON-LD says 11:42:48;
    the post's canonical page, read from its metadata, gave 11:42:48, so the two copies of one
    article gave two records' worth of dates, and which one a mirror kept depended on the order
    of its files. Runs only where a site rule gave a date (nothing collected otherwise)."""
    for field, stamps in (("published_at", metadata.published), ("modified_at", metadata.modified)):
        printed = loader.get_collected_values(field)
        if not printed:
            continue
        read = datetime.fromisoformat(printed[0])
        if read.second or read.microsecond:
            continue
        width = timedelta(days=1) if (read.hour, read.minute) == (0, 0) else timedelta(minutes=1)
        clean = loader.get_input_processor(field)
        loader.context["field"] = field
        for stamp in islice(stamps(page, hatom=False), 3):
            stated = clean(stamp, loader.context)
            if stated:
                if read <= datetime.fromisoformat(stated[0]) < read + width:
                    loader.replace_value(field, stated[0])
                    loader.context.setdefault("date_sources", {})[field] = stamp
                break


#: A clock time in a date's text ("12:37 PM", "13h03", "1pm"), as against a day alone.
#: Or a dotted one at the line's end, or after "kl."/"klo", or in CJK figures ("13.03 Uhr",
#: "kl. 09.07", "9時07分").
#: (Prothom Alo spaces its clock after the colon: "১৩: ০৩".)
_CLOCK = re.compile(r"\d: ?\d\d|\d\s*[ap]\.?m\b|\b\d\d?h\d\d\b"
                    r"|(?<![\d.])\d{1,2}\.\d\d(?:\s*uhr)?$|\bkl(?:o|\.)?\s*\d{1,2}[.:]\d\d"
                    r"|\d\s*[時时点點시]\s*\d", re.I)
#: An ISO 8601 stamp's own offset at its end ("Z", "-0500", "+05:30").
_OFFSET = re.compile(r"\d(?:Z|[+-]\d\d:?\d\d)$")
#: Further candidates looked at for a better statement of the same time.
_MAX_RESTATED = 12
_MAX_READ = 3  # of which read (parsed)
_NEARBY = timedelta(hours=14)  # the widest gap between two zones' clocks


def _prefer_stated_time(loader: ArticleLoader, field: str, candidates: Iterable[str], *,
                        naive: bool = True) -> None:
    """A date read as a day alone, or as a naive clock time, that another candidate states
    better: the page's same day with its time (ABC's `DC.date.issued` "2016-12-16" and its
    printed "Dec 16, 2016, 12:37 PM ET"; NBC's `<time itemprop="datePublished"
    datetime="…T12:31:48.000Z">`), or a naive time's instant with its offset (NY Daily News's
    naive `parsely-pub-date` "2016-12-16T18:38:14" read in the page's zone and its
    `sailthru.date` "2016-12-16T13:38:14-0500": within the 14 hours two zones' clocks can be
    apart, so the naive one may be the same moment; the stamp with its offset cannot be
    misread; `naive=False` leaves naive times alone), or a naive afternoon time written
    without its "PM" (`_lost_meridiem`). Candidates in their order of trust, a few at most;
    no time is made up."""
    raw = loader.context.get("date_sources", {}).get(field)
    got = loader.get_collected_values(field)
    if not isinstance(raw, str) or not got or raw.strip().isdigit():
        return  # an epoch number states its instant
    day_only = not _CLOCK.search(raw)
    if not day_only and (not naive or _stated_zone(raw)):
        return
    read = datetime.fromisoformat(got[0])
    clean = loader.get_input_processor(field)
    loader.context["field"] = field
    tried = 0
    # A naive machine stamp may be UTC's clock: the first printed clock without a zone is
    # read too, and counts only as that (`_utc_of_naive`).
    printed_clock = not day_only and bool(_NAIVE_MACHINE_STAMP.match(raw.strip()))
    for candidate in islice(candidates, _MAX_RESTATED):
        if not isinstance(candidate, str) or candidate == raw or not _CLOCK.search(candidate):
            continue
        unzoned = not day_only and not _stated_zone(candidate)
        if unzoned:
            if not printed_clock or _ISO_START.match(candidate.strip()):
                continue
            printed_clock = False  # one at most, and parsed only if it prints that clock
            if not _prints_utc_clock_of(candidate, read, loader.context.get("tz")):
                continue
        else:
            tried += 1
        if tried > _MAX_READ:
            return  # a parse may reach dateparser: a few at most
        stated = clean(candidate, loader.context)
        if not stated and day_only and (clock := _bikram_sambat_clock(candidate)):
            # A Nepali paper's line prints its day in Bikram Sambat, which no reader converts:
            # its clock is the time of the stamp's day (`_bikram_sambat_clock`).
            stated = [dates.to_iso(read.replace(hour=clock[0], minute=clock[1]))]
            loader.replace_value(field, stated[0])
            loader.context["date_sources"][field] = candidate
            return
        if not stated:
            continue
        value = datetime.fromisoformat(stated[0])
        if unzoned:
            if (utc := _utc_of_naive(read, value, loader.context.get("tz"))) is not None:
                loader.replace_value(field, utc)
                loader.context["date_sources"][field] = utc
                return
            continue
        if value.date() == read.date() if day_only else (
                abs(value - read) <= _NEARBY or _lost_meridiem(read, value)):
            source = candidate
            if not day_only and not value.second and (value.minute, value.hour % 12) == (
                    read.minute, read.hour % 12):
                # The naive stamp's seconds, where the printed clock gives the minute alone;
                # a later `redate` keeps the instant so stated.
                stated = [dates.to_iso(value.replace(second=read.second))]
                source = stated[0]
            loader.replace_value(field, stated[0])
            loader.context["date_sources"][field] = source
            if not day_only and read.utcoffset() == timedelta(0) and not _lost_meridiem(
                    read, value):
                # The naive clock read as UTC against the same moment's stamp: the gap is
                # the page's offset (`paired_zone`).
                loader.context["paired_offset"] = wall_offset(read, value)
            return


_BIKRAM_SAMBAT_CLOCK = re.compile(r"(?<!\d)(\d{1,2}):(\d\d)(?!\d)")


def _bikram_sambat_clock(text: str) -> tuple[int, int] | None:
    """The clock (hour, minute) printed after a Bikram Sambat day, else None: the day a
    stamp of the day alone gives is the same day, and the clock its time.

    >>> _bikram_sambat_clock("प्रकाशित : पुस २, २०८१ १३:०३"), _bikram_sambat_clock("पुस २, २०८१")
    ((13, 3), None)
    >>> _bikram_sambat_clock("२०८१ पुस २ गते ०९:०७"), _bikram_sambat_clock("17 Dec 2024 13:03")
    ((9, 7), None)
    """
    day = dates.BIKRAM_SAMBAT_DAY.search(text)
    clock = _BIKRAM_SAMBAT_CLOCK.search(text, day.end()) if day else None
    if clock is None or int(clock[1]) > 23 or int(clock[2]) > 59:
        return None
    return int(clock[1]), int(clock[2])


#: A machine stamp with a clock and no offset ("2024-09-29 15:27:29", "…T15:27"), as
#: against printed text.
_NAIVE_MACHINE_STAMP = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?$")
#: An ISO 8601 date opening a candidate: a machine stamp, not a printed date.
_ISO_START = re.compile(r"\d{4}-\d\d-\d\d")


def _utc_of_naive(read: datetime, printed: datetime, zone: tzinfo | None) -> str | None:
    """The moment of a naive machine stamp (`read`, taken as the page zone's clock) that is
    UTC's clock: where the page prints, without a zone, the clock that stamp gives in UTC on
    the page's zone's clock, to the minute, and not the stamp's own. A German paper's
    `data-publishdate="2024-09-29 15:27:29"` under "29. September 2024, 17:27 Uhr" is 17:27 in
    Berlin; read as Berlin's clock it was two hours early. None otherwise.

    >>> from zoneinfo import ZoneInfo
    >>> berlin = ZoneInfo("Europe/Berlin")
    >>> read = datetime(2024, 9, 29, 15, 27, 29, tzinfo=berlin)
    >>> _utc_of_naive(read, datetime(2024, 9, 29, 17, 27, tzinfo=berlin), berlin)
    '2024-09-29T17:27:29+02:00'
    >>> print(_utc_of_naive(read, datetime(2024, 9, 29, 15, 27, tzinfo=berlin), berlin))
    None
    """
    if zone is None:
        return None
    moment = read.replace(tzinfo=None).replace(tzinfo=UTC).astimezone(zone)
    wall = printed.replace(tzinfo=None)
    if moment.utcoffset() and moment.replace(tzinfo=None, second=0, microsecond=0) == \
            wall.replace(second=0, microsecond=0):
        return dates.to_iso(moment)
    return None


def _prints_utc_clock_of(text: str, read: datetime, zone: tzinfo | None) -> bool:
    """Does `text` print the clock that the naive stamp `read` has, taken as UTC, on `zone`'s
    clock ("17:27", "5:27 pm" for 15:27 UTC in Berlin's summer)? A string test before any
    parse (a printed date may reach dateparser).

    >>> from zoneinfo import ZoneInfo
    >>> read = datetime(2024, 9, 29, 15, 27, 29)
    >>> berlin = ZoneInfo("Europe/Berlin")
    >>> _prints_utc_clock_of("29. September 2024, 17:27 Uhr", read, berlin)
    True
    >>> _prints_utc_clock_of("29. September 2024, 15:27 Uhr", read, berlin)
    False
    """
    if zone is None:
        return False
    moment = read.replace(tzinfo=UTC).astimezone(zone)
    hours = {f"{moment.hour}", f"{moment.hour:02d}", f"{moment.hour % 12 or 12}"}
    return any(re.search(rf"(?<!\d){hour}[:.h]{moment.minute:02d}(?!\d)", text)
               for hour in hours)


def _lost_meridiem(read: datetime, stated: datetime) -> bool:
    """Is the naive time `read` the clock of `stated`, an afternoon, written on a 12-hour dial
    without its "PM"? CNN Money's `<meta name="date" content="2017-05-12 01:21:28">` over its
    printed "May 12, 2017: 1:21 PM ET": the same day and minute, twelve hours early.

    >>> _lost_meridiem(datetime(2017, 5, 12, 1, 21, 28), datetime(2017, 5, 12, 13, 21))
    True
    >>> _lost_meridiem(datetime(2017, 5, 12, 1, 21, 28), datetime(2017, 5, 12, 13, 22))
    False
    """
    return read.hour < 12 and (read.date(), read.hour + 12, read.minute) == (
        stated.date(), stated.hour, stated.minute)


def _prefer_own_offset(loader: ArticleLoader, field: str,
                       printed: Callable[[], Iterable[str]]) -> bool:
    """A UTC stamp whose clock digits the article's printed `<time datetime>` (`printed()`,
    asked only for a UTC stamp: the walk for it is wanted on few pages) gives with the page's
    own offset: the local clock written as UTC. Mediagene's Japanese
    sites put the article's wall clock in `article:published_time` with a "Z"
    ("2019-04-19T20:00:00.000Z") and print it as `<time datetime="2019-04-19T20:00:00+09:00">
    2019.04.19 20:00</time>`; read as UTC it was 05:00 the next morning. Only a printed
    stamp counts (what readers are shown; two <meta>s of one clock in two zones cannot be
    told apart), and only one in the page's zone (its offset at that clock).

    >>> from zoneinfo import ZoneInfo
    >>> from newsscraper.loaders import ArticleLoader
    >>> loader = ArticleLoader(tz=ZoneInfo("Asia/Tokyo"),
    ...                        base=datetime.fromisoformat("2019-04-21T00:00:00+00:00"))
    >>> _ = fill(loader, "published_at", ["2019-04-19T20:00:00.000Z"])
    >>> _prefer_own_offset(loader, "published_at", lambda: ["2019-04-19T20:00:00+09:00"])
    True
    >>> loader.get_collected_values("published_at")
    ['2019-04-19T20:00:00+09:00']
    """
    stamp = _iso_stamp(loader.context.get("date_sources", {}).get(field), _UTC_STAMP)
    if stamp is None:
        return False
    candidate = next(iter(printed()), None)
    other = _iso_stamp(candidate, _OFFSET)
    if other is None or candidate is None:
        return False
    clock = stamp.replace(tzinfo=None)
    zone = loader.context.get("tz")
    offset = other.utcoffset()
    if offset and other.replace(tzinfo=None) == clock and zone is not None \
            and offset == zone.utcoffset(clock):
        clean = loader.get_input_processor(field)
        loader.context["field"] = field
        if stated := clean(candidate, loader.context):
            loader.replace_value(field, stated[0])
            loader.context["date_sources"][field] = candidate
            return True
    return False


def _in_page_zone(loader: ArticleLoader, stamps: list[str]) -> list[str]:
    """`stamps` (ISO 8601 with their offsets) as the page's zone's wall clock: AFPBB's
    `epoch-publish-date` instant in Tokyo time, against which its cXense `publishtime`
    "2018-06-18T10:01:00.000Z" shows Tokyo's clock written with a "Z"
    (`_prefer_own_offset`)."""
    zone = loader.context.get("tz")
    if zone is None:
        return []
    return [datetime.fromisoformat(s).astimezone(zone).isoformat() for s in stamps]


def _utc_stamp_as_wall_clock(loader: ArticleLoader, field: str) -> None:
    """Read `field`'s UTC stamp again as the page zone's wall clock, on a page whose CMS was
    shown to write that clock with a "Z" (its publication stamp against an epoch instant):
    AFPBB's `article:modified_time` "2018-06-18T13:57:57.000Z" is 13:57 in Tokyo.

    >>> from zoneinfo import ZoneInfo
    >>> from newsscraper.loaders import ArticleLoader
    >>> loader = ArticleLoader(tz=ZoneInfo("Asia/Tokyo"),
    ...                        base=datetime.fromisoformat("2018-06-20T00:00:00+00:00"))
    >>> _ = fill(loader, "modified_at", ["2018-06-18T13:57:57.000Z"])
    >>> _utc_stamp_as_wall_clock(loader, "modified_at")
    >>> loader.get_collected_values("modified_at")
    ['2018-06-18T13:57:57+09:00']
    """
    stamp = _iso_stamp(loader.context.get("date_sources", {}).get(field), _UTC_STAMP)
    zone = loader.context.get("tz")
    if stamp is None or zone is None:
        return
    wall = stamp.replace(tzinfo=None)
    local = wall.replace(tzinfo=zone).isoformat()
    loader.context["field"] = field
    if stated := loader.get_input_processor(field)(local, loader.context):
        loader.replace_value(field, stated[0])
        loader.context["date_sources"][field] = local


def _printed_clock_is_local(loader: ArticleLoader, page: Page, field: str) -> None:
    """A UTC stamp whose clock a `<time>` prints as it is (`page.dom_dates(
    "utc_printed_clock")`) read as the newsroom's wall clock, on a page whose zone is known
    and not UTC's at that clock: `<time datetime="2026-07-12T16:30:00.000Z">16:30</time>` on
    a Luxembourg paper is 14:30 UTC (its JSON-LD says so), and a Japanese WordPress theme's
    `datetime="2019-03-02T09:18:32+00:00"` printed "09:18" is 00:18 UTC (its
    `article:published_time`); read as UTC they were two and nine hours late."""
    raw = loader.context.get("date_sources", {}).get(field)
    stamp = _iso_stamp(raw, _UTC_STAMP)
    zone = loader.context.get("tz")
    if stamp is None or zone is None or not zone.utcoffset(clock := stamp.replace(tzinfo=None)) \
            or raw not in page.dom_dates("utc_printed_clock") or language_guess(page):
        return
    loader.context["field"] = field
    wall = clock.isoformat()
    if stated := loader.get_input_processor(field)(wall, loader.context):
        loader.replace_value(field, stated[0])
        loader.context["date_sources"][field] = wall


def _iso_stamp(value: object, ending: re.Pattern[str]) -> datetime | None:
    """`value` read as an ISO 8601 stamp when it is a string that ends as `ending` says, or
    None."""
    if not isinstance(value, str) or not ending.search(value := value.strip()):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


#: A stamp given in UTC: "Z" or a zero offset at its end.
_UTC_STAMP = re.compile(r"\d(?:Z|[+-]00:?00)$")


def printed_date_zone(loader: ArticleLoader, stamps: Iterable[str] = ()) -> tzinfo | None:
    """The zone, other than UTC, that the printed text a date was read from names ("Dec 16,
    2016, 12:37 PM ET": New York's), for a page that stated none elsewhere: its other dates'
    naive clocks are on it. None when no date was read from such a text, or when the dates
    name different zones.

    >>> from newsscraper.loaders import ArticleLoader
    >>> loader = ArticleLoader()
    >>> loader.context["date_sources"] = {"published_at": "Dec 16, 2016, 12:37 PM ET",
    ...                                   "modified_at": "2016-12-16 12:40:25"}
    >>> printed_date_zone(loader)
    zoneinfo.ZoneInfo(key='America/New_York')
    >>> loader.context["date_sources"] = {"published_at": "2016-12-16T17:37:00Z"}
    >>> printed_date_zone(loader) is None
    True

    Or the text of a publication stamp dropped from the body (`stamps`):

    >>> loader.context["date_sources"] = {"published_at": "2016-11-29 03:33:08"}
    >>> printed_date_zone(loader, ["CNNMoney (New York) First published November 29, 2016: "
    ...                            "3:33 AM ET"])
    zoneinfo.ZoneInfo(key='America/New_York')
    """
    named = set()
    for raw in [*loader.context.get("date_sources", {}).values(), *stamps]:
        if not isinstance(raw, str) or _OFFSET.search(raw.strip()):
            continue  # a machine stamp's offset: the page's zone has been read from those
        zone = dates.printed_zone(raw)
        if zone is not None and (getattr(zone, "key", None) or zone.utcoffset(None)):
            named.add(zone)  # a region's zone, or an offset other than UTC's
    return named.pop() if len(named) == 1 else None


def paired_zone(loader: ArticleLoader) -> tzinfo | None:
    """The offset a naive clock time showed against its moment's stamp, on a page read in UTC
    for want of a zone (`_prefer_stated_time`): Fast Company's naive `article:published_time`
    "2017-01-09T05:00:00" is its `<time datetime="2017-01-09T10:00:00Z">`, so the page's naive
    `article:modified_time` "2017-01-12T10:37:23" is on New York's winter clock too (-05:00).
    A whole quarter hour within 90 seconds, not zero (`wall_offset`); else None.

    >>> from newsscraper.loaders import ArticleLoader
    >>> loader = ArticleLoader()
    >>> loader.context["paired_offset"] = timedelta(hours=-5)
    >>> paired_zone(loader)
    datetime.timezone(datetime.timedelta(days=-1, seconds=68400))
    """
    offset = loader.context.get("paired_offset")
    return timezone(offset) if offset else None


def _stated_zone(text: str) -> bool:
    """Does a date text state its offset or zone ("…-0500", "…Z", "12:37 PM ET")?

    >>> _stated_zone("2016-12-16T13:38:14-0500"), _stated_zone("Dec 16, 2016, 12:37 PM ET")
    (True, True)
    >>> _stated_zone("2016-12-16T18:38:14"), _stated_zone("December 12, 2016 7:00 AM")
    (False, False)
    """
    text = text.strip()
    return bool(_OFFSET.search(text)) or dates.printed_zone(text) is not None


def _names_title(text: str, loader: ArticleLoader) -> bool:
    """Is `text` the article's title, as the metadata gives it? A page whose <h1> is a short
    label ("Millennial Decorating Mistakes") prints its headline in the <h2> under it, which
    reads as a dek beside the <h1>."""
    title = loader.get_output_value("title")
    return bool(title) and (clean_text(text) or "").casefold() == str(title).casefold()


def _noting(values: Iterable[str], into: list[str]) -> Iterator[str]:
    """`values`, each also appended to `into` as it is taken."""
    for value in values:
        into.append(value)
        yield value


def apply_generic(loader: ArticleLoader, page: Page, layout: Layout) -> None:
    """Visible page text for what metadata did not give: standfirst, byline, section, tags,
    lead image, dates (`PRINTED_SOURCES`)."""
    if not loader.get_collected_values("subtitle"):
        found = standfirst(page, layout.marks, layout.headline)
        place, text = place_stamp(found) if found is not None else (None, "")
        if found is not None and _names_title(text, loader):
            found = None  # the headline printed under a short <h1> (an SEO title): no dek
        if found is not None and fill(loader, "subtitle", [text]):
            layout.standfirst = found
            # Read beside the story's <h1> where a box's comes first (`story_h1s`): the body
            # reader still starts from the first, and a dek it reads as the text's opening
            # stays there (The Nation's, which the corpus's truth counts as body text).
            layout.standfirst_in_text = layout.headline is None \
                and story_h1s(page)[:1] != page.h1s()[:1]
            if place and not loader.get_collected_values("dateline"):
                loader.add_value("dateline", place)
    if not loader.get_collected_values("authors"):
        bylines = printed_byline_elements(page)
        if layout.stories:  # another story's byline names its own writers
            bylines = [el for el in bylines
                       if not any(story in layout.stories for story in el.iterancestors())]
        named = [] if bylines else (component_bylines(page) or dated_byline_lines(page))
        texts = [byline_text(el) for el in bylines] or [credit_text(el) for el in named]
        bylines = bylines or named
        if len(texts) > 1 and texts[0].endswith(",") \
                and (filed := agency_place(f"{texts[0]} {texts[1].rstrip(' ,')}")):
            # "<a>Reuters, </a><span> Washington, </span>": the place in the next element,
            # marked as a name as well, after the wire's comma.
            texts[:2] = [f"{texts[0]} {filed[1]}"]
        if texts and (filed := agency_place(texts[0])):
            texts[0] = filed[0]  # "UNB, Dhaka": the wire, and the place it filed from
            if not loader.get_collected_values("dateline"):
                loader.add_value("dateline", filed[1])
        texts = list(_without_bar_place(loader, page, texts))
        if bylines and not loader.get_collected_values("dateline"):
            _add_linked_bar_place(loader, page, bylines[-1], texts[-1])
        if fill(loader, "authors", texts):
            # The byline read is never body text, where a theme prints it inside the text's
            # container under a class no boilerplate rule names ("author": name, role and
            # handle in sibling <span>s). A link inside a sentence stays: it is the sentence's.
            layout.marks.add(el for el in bylines
                             if el.tag != "a" and next(el.iterancestors("p"), None) is None)
        drop_site_names(loader, page)
    # Each source is read only while its field is empty: the XPaths cost.
    for field, sources in PRINTED_SOURCES:
        for source in sources:
            if loader.get_collected_values(field):
                break
            values = source(page)
            if field == "authors":
                values = _without_bar_place(loader, page, values)
            if fill(loader, field, values) and field == "authors" \
                    and len(loader.get_collected_values("authors")) > 1:
                drop_site_names(loader, page)  # the site's desk beside a writer
    _clock_on_update_day(loader)
    _update_clock_on_publication_day(loader)
    # A naive printed clock (or a day) however it was read, and the epoch its element states
    # (Kinja's `data-publishtime`): that moment, and the page's offset; or a day alone and
    # the clock the line under the headline prints beside that day without its year
    # (Andina's "18:30 | Lima, dic. 12."). Read only then (lazily), and apart from the
    # candidates above, which a page's many comment dates can fill.
    _prefer_stated_time(loader, "published_at", chain.from_iterable(
        source(page) for source in (data_epoch_stamps, clock_place_day)))


def _without_bar_place(loader: ArticleLoader, page: Page,
                       bylines: Iterable[str]) -> Iterator[str]:
    """The printed bylines without the place a bar sets after the name ("By Rajesh Kumar |
    New Delhi", `bar_place`), the first such place the dateline where none was read. A word
    the site's name or address holds is the outlet ("Jane Doe | Newsweek"), no place."""
    for byline in bylines:
        if " | " in byline and (filed := bar_place(byline)) and not _names_outlet(page, filed[1]):
            byline = filed[0]
            if not loader.get_collected_values("dateline"):
                loader.add_value("dateline", filed[1])
        yield byline


def _add_linked_bar_place(loader: ArticleLoader, page: Page, byline: Element,
                          text: str) -> None:
    """The place a bar sets after a linked name ("By <a>Rajesh Kumar</a> | New Delhi"): the
    link is the byline read, the bar and the place its tail; the dateline, as
    `_without_bar_place` reads it from a byline's own text."""
    tail = (byline.tail or "").strip() if byline.tag == "a" else ""
    if tail[:1] == "|" and (filed := bar_place(f"{text} {tail}")) \
            and not _names_outlet(page, filed[1]):
        loader.add_value("dateline", filed[1])


def _names_outlet(page: Page, words: str) -> bool:
    """Do `words` name the site: its host ("newsweek.com") or `og:site_name` holds them?

    >>> import lxml.html
    >>> from newsscraper.page import Page
    >>> page = Page(url="https://www.newsweek.com/x", root=lxml.html.fromstring("<p>x</p>"))
    >>> _names_outlet(page, "Newsweek"), _names_outlet(page, "New Delhi")
    (True, False)
    """
    key = "".join(words.casefold().split())
    host = page.url.partition("//")[2].split("/", 1)[0].casefold()
    site = "".join((page.first_meta("og:site_name") or "").casefold().split())
    return key in host or (bool(site) and key in site)


#: A clock printed without its day ("1.03pm", "13:03 Uhr", "13h03").
_DAYLESS_CLOCK = re.compile(r"^\d{1,2}[:.h]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?|uhr|h)?$", re.I)
#: The word before a clock alone ("à 14h10", "um 14:10 Uhr", "kl. 14.10", "alle 14:10").
_CLOCK_WORD = re.compile(r"^(?:à|a las|às|alle|um|kl\.?|klo|om|o|в|saat)\s+", re.I)
#: A year in a date's text.
_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _clock_on_update_day(loader: ArticleLoader) -> None:
    """A publication clock printed without its day beside a dated update is that update's
    day (Nine's papers: "Updated December 17, 2024 — 3.20pm, first published 1.03pm"), or the
    day before where that clock is later than the update's. Read alone, the clock took the
    fetch's day: the next morning's fetch dated the story a day late, and the update, now
    before it, was dropped.

    >>> from zoneinfo import ZoneInfo
    >>> from newsscraper.loaders import ArticleLoader
    >>> loader = ArticleLoader(tz=ZoneInfo("Australia/Sydney"),
    ...                        base=datetime.fromisoformat("2024-12-18T06:00:00+00:00"))
    >>> _ = fill(loader, "modified_at", ["December 17, 2024 — 3.20pm"])
    >>> _ = fill(loader, "published_at", ["1.03pm"])
    >>> loader.get_collected_values("published_at")
    ['2024-12-18T13:03:00+11:00']
    >>> _clock_on_update_day(loader)
    >>> loader.get_collected_values("published_at")
    ['2024-12-17T13:03:00+11:00']
    """
    sources = loader.context.get("date_sources", {})
    raw, updated = sources.get("published_at"), sources.get("modified_at")
    if not isinstance(raw, str) or not isinstance(updated, str) \
            or not _DAYLESS_CLOCK.match(raw.strip()) or not _YEAR_IN.search(updated):
        return
    if (both := _published_and_modified(loader)) is None:
        return
    read, update = both
    zone = loader.context.get("tz") or update.tzinfo
    day = update.astimezone(zone).date()
    moment = datetime.combine(day, read.time()).replace(tzinfo=zone)
    if moment > update:
        moment = datetime.combine(day - timedelta(days=1), read.time()).replace(tzinfo=zone)
    if moment != read:
        loader.replace_value("published_at", dates.to_iso(moment))
        sources["published_at"] = dates.to_iso(moment)


def _published_and_modified(loader: ArticleLoader) -> tuple[datetime, datetime] | None:
    """The publication and update times read so far, when both are."""
    published = loader.get_collected_values("published_at")
    modified = loader.get_collected_values("modified_at")
    if not published or not modified:
        return None
    return datetime.fromisoformat(published[0]), datetime.fromisoformat(modified[0])


def _update_clock_on_publication_day(loader: ArticleLoader) -> None:
    """An update clock printed without its day after a dated publication is on the
    publication's day ("Veröffentlicht am 17.12.2024, 13:03 Uhr · Aktualisiert 14:10 Uhr",
    "Publié le 17 décembre 2024 à 13h03, mis à jour à 14h10", iDNES's "17. prosince 2024
    13:03, aktualizováno 14:10"), or the day after where that clock is earlier than the
    publication's. Read alone, the clock took the fetch's day: a fetch the next morning dated
    the update a day late.

    >>> from zoneinfo import ZoneInfo
    >>> from newsscraper.loaders import ArticleLoader
    >>> def modified(published, clock):
    ...     loader = ArticleLoader(tz=ZoneInfo("Europe/Berlin"),
    ...                            base=datetime.fromisoformat("2024-07-05T09:07:00+00:00"))
    ...     _ = fill(loader, "published_at", [published])
    ...     _ = fill(loader, "modified_at", [clock])
    ...     _update_clock_on_publication_day(loader)
    ...     return loader.get_collected_values("modified_at")
    >>> modified("04.07.2024, 09:07 Uhr", "10:14 Uhr")
    ['2024-07-04T10:14:00+02:00']
    >>> modified("04.07.2024, 23:40 Uhr", "00:20 Uhr")  # past midnight: the next day
    ['2024-07-05T00:20:00+02:00']
    >>> modified("4 juillet 2024 à 9h07", "à 10h14")
    ['2024-07-04T10:14:00+02:00']
    """
    sources = loader.context.get("date_sources", {})
    raw, printed = sources.get("modified_at"), sources.get("published_at")
    if not isinstance(raw, str) or not isinstance(printed, str) \
            or not _DAYLESS_CLOCK.match(_CLOCK_WORD.sub("", raw.strip())) \
            or not _YEAR_IN.search(printed):
        return
    if (both := _published_and_modified(loader)) is None:
        return
    read, update = both
    zone = read.tzinfo
    moment = datetime.combine(read.date(), update.astimezone(zone).time()).replace(tzinfo=zone)
    if moment < read:
        moment += timedelta(days=1)
    if moment != update:
        loader.replace_value("modified_at", dates.to_iso(moment))
        sources["modified_at"] = dates.to_iso(moment)


def _in_scope(find: Callable[[Element], Iterable[str]], first: bool = True
              ) -> Callable[[Page], Iterable[str]]:
    """A source reading the article around the headline (`article_scope`): its first value."""
    return lambda page: islice(find(article_scope(page)), 1 if first else None)


def _in_header(find: Callable[[Element], Iterable[str]], first: bool = True
               ) -> Callable[[Page], Iterable[str]]:
    """A source reading the headline's header block (`headline_block`), when there is one."""
    def source(page: Page) -> Iterable[str]:
        header = headline_block(page)
        return () if header is None else islice(find(header), 1 if first else None)
    return source


def by_line_after_headline_date(page: Page) -> list[str]:
    """The date the "By …" line after the headline (`by_line_after_headline`, read for the
    author where the headline has no header block) prints after the name: HuffPost's AP copy
    "By PHILLIP RAWLS 10/ 5/11 09:19 PM ET" gave the name and no date."""
    if headline_block(page) is not None:
        return []
    return [day for day in map(dated_tail, by_line_after_headline(page)[:1]) if day]


#: Where the printed page gives a field that metadata did not, best first.
PRINTED_SOURCES: tuple[tuple[str, tuple[Callable[[Page], Iterable[str]], ...]], ...] = (
    ("authors", (
        author_box_titles,
        lambda page: header_by_line(headline_block(page)),
        lambda page: header_source_line(headline_header(page)),
        lambda page: [] if headline_block(page) is not None else by_line_after_headline(page),
        loose_by_line_author,
        arabic_writer_line,
        credit_before_day,
        bio_box_by_line,
        fact_authors,
        header_writer_name,
        heading_labelled_credit,
        author_box_spelt_link,
        # The site's own name in its metadata before a wire printed alone under the headline
        # (dev truth credits the site there: "Salzburger Nachrichten" over "von APA").
        metadata.site_authors,
        header_wire_line,
    )),
    ("section", (
        _in_scope(lambda scope: link_texts(CATEGORY_LINKS(scope))),
        _in_scope(post_category_texts),
        printed_breadcrumb_section,
        _in_header(lambda header: link_texts(ARCHIVE_LINKS["category"](header))),
        headline_tag_label,
        lambda page: kicker_section(page.h1s()[0]) if page.h1s() else [],
        lambda page: trail_above(page.h1s()[0]) if page.h1s() else [],
    )),
    ("tags", (
        term_links,
        lambda page: link_texts(post_tag_links(page)),
        lambda page: link_texts(tag_list_links(page)),
        _in_header(lambda header: link_texts(ARCHIVE_LINKS["tag"](header)), first=False),
    )),
    ("image_url", (
        _in_scope(featured_image_srcs),
        lambda page: [image_src(img) for img in lead_attachment(page)][:1],
        featured_box_image,
        elementor_featured_image,
        # The schema.org microdata image of the article (Joomla's "full article image":
        # `<img itemprop="image">` in the Article item), for pages that print no og:image.
        _in_scope(image_srcs(MICRODATA_IMAGES)),
        _in_scope(amp_hero_srcs),
        lambda page: [image_src(img) for img in NODE_IMAGE(article_scope(page))]
        if drupal_page(page) else (),
        # A picture in a <figure> of the headline's header is the lead image (Ghost's
        # feature image: Casper's figure.article-image); the byline's avatars are no figures.
        _in_header(image_srcs(FIGURE_IMAGES)),
        figure_after_headline,
        photo_opening_text,
        # The first photo the text prints as a schema.org ImageObject (VnExpress's figure
        # `itemtype="http://schema.org/ImageObject"` between paragraphs), when nothing above
        # names a lead image.
        _in_scope(image_srcs(IMAGE_OBJECT_FIGURES)),
    )),
    ("modified_at", (visible_modified,)),
    ("published_at", _PRINTED_PUBLISHED := (
        visible_published,
        cjk_short_date,
        cjk_info_bar_date,
        fact_dates,
        _in_header(date_archive_texts),
        _in_header(date_classed_texts),
        lambda page: islice(byline_line_dates(page), 1),
        byline_stamps,
        loose_by_line_date,
        by_line_after_headline_date,
        lambda page: islice(date_lines_after(page.h1s()[:1]), 1),
        date_line_above,
        date_before_updated_line,
        _in_scope(printed_times),
        _in_scope(credit_line_dates),
        data_epoch_stamps,
        date_classed_after_headline,
        short_header_dates,
    )),
)

