"""Writes one story from its (seed, site, index): a `Draft` (headline, standfirst, section,
tags, dateline) cheaply for every article, and the body paragraphs only when a page is rendered.

Every choice comes from a `random.Random` seeded by a string naming what it decides, so an
article reads the same whatever else the site holds and however large it is.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from newsscraper.testsite.model import IST, SiteName, Topic
from newsscraper.testsite.topics import TOPICS
from newsscraper.testsite.words import MONTHS, MONTHS_SHORT, PEOPLE, WEEKDAYS

#: The wire service each site's copy comes from.
AGENCY = {"portal": "IANS", "wire": "PTI", "wpportal": "IANS"}
#: One portal story in this many prints the copy without its dateline (as the seed fixture).
PORTAL_NO_DATELINE_EVERY = 4
_MIN_PARAS, _MAX_PARAS = 5, 11
_SLUG_DROP = re.compile(r"[^a-z0-9 _-]")
_SLUG_DASHES = re.compile(r"[\s_-]+")


def rng(seed: int, *parts: object) -> random.Random:
    """The generator for one decision, named by `parts` (deterministic, never the clock)."""
    return random.Random("/".join(map(str, (seed, *parts))))  # noqa: S311  # test data, not secrets


@dataclass(frozen=True, slots=True)
class Draft:
    """A story's slot values and the short texts made from them."""

    topic: Topic
    values: dict[str, str]
    title: str
    standfirst: str
    section: str
    tags: tuple[str, ...]
    #: The dateline place as printed, or None when the copy runs without one.
    dateline: str | None


def draft(site: SiteName, index: int, seed: int, published: datetime) -> Draft:
    """Slot values, headline, standfirst, section, tags and dateline of one story."""
    topic = TOPICS[topic_index(site, index, seed)]
    r = rng(seed, site, index, "head")
    values = _date_values(published)
    for group in topic.groups:
        values.update(r.choice(group))
    for name, choices in topic.slots.items():
        values[name] = r.choice(choices)
    values.update(zip(("official", "analyst", "expert"), r.sample(PEOPLE, 3), strict=True))
    place = topic.place.format_map(values)
    place = "New Delhi" if place == "Delhi" else place
    if site == "wire":
        dateline: str | None = place.upper()
    elif site == "wpportal":  # agency style: "NEW DELHI, Dec 17 (IANS) — …", one in five bare
        dateline = None if r.randrange(5) == 0 else place.upper()
    else:
        dateline = None if r.randrange(PORTAL_NO_DATELINE_EVERY) == 0 else place
    section = topic.wire_section if site == "wire" else topic.portal_section
    return Draft(
        topic=topic,
        values=values,
        title=_sentence(r.choice(topic.titles).format_map(values)),
        standfirst=_sentence(r.choice(topic.standfirsts).format_map(values)),
        section=section.format_map(values),
        tags=tuple(dict.fromkeys(_sentence(t.format_map(values)) for t in topic.tags)),
        dateline=dateline,
    )


def paragraphs(
    site: SiteName, index: int, seed: int, published: datetime, *, updated: bool = False
) -> list[str]:
    """The body: the lead with the agency's dateline, then an ordered subset of the topic's
    paragraphs; an updated story gains one paragraph after the lead and a new last one."""
    d = draft(site, index, seed, published)
    r = rng(seed, site, index, "body")
    pool = d.topic.paras
    k = r.randint(min(_MIN_PARAS, len(pool)), min(_MAX_PARAS, len(pool)))
    chosen = [pool[i].format_map(d.values) for i in sorted(r.sample(range(len(pool)), k))]
    lead = _sentence(r.choice(d.topic.leads).format_map(d.values))
    out = [_with_dateline(site, d.dateline, published, lead), *map(_sentence, chosen)]
    if updated:
        first, last = (_sentence(u.format_map(d.values)) for u in d.topic.updates)
        out.insert(1, first)
        out[-1] = last
    return out


@lru_cache(maxsize=64)
def _topic_cycle(site: SiteName, seed: int, cycle: int) -> tuple[int, ...]:
    return tuple(rng(seed, site, "topics", cycle).sample(range(len(TOPICS)), len(TOPICS)))


def topic_index(site: SiteName, index: int, seed: int) -> int:
    """Which topic story `index` is: each run of len(TOPICS) stories uses every topic once."""
    return _topic_cycle(site, seed, index // len(TOPICS))[index % len(TOPICS)]


def _with_dateline(site: SiteName, place: str | None, published: datetime, lead: str) -> str:
    if place is None:
        return lead
    local = published.astimezone(IST)
    when = f"{MONTHS_SHORT[local.month - 1]} {local.day}"
    if site == "wire":
        return f"{place}, {when} (PTI) — {lead}"
    if site == "wpportal":
        return f"{place}, {when} (IANS) — {lead}"
    return f"{place}, {when} (IANS) {lead}"  # IANS copy as portals print it: no separator


def _date_values(published: datetime) -> dict[str, str]:
    local = published.astimezone(IST)
    return {
        "weekday": WEEKDAYS[local.weekday()],
        "date": f"{MONTHS[local.month - 1]} {local.day}",
        "month": MONTHS[local.month - 1],
        "next_month": MONTHS[local.month % 12],
        "prev_month": MONTHS[(local.month - 2) % 12],
        "year": str(local.year),
    }


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def slugify(title: str, max_words: int = 0) -> str:
    """A WordPress-style slug: lower case, accents and punctuation gone, dots to dashes.

    >>> slugify("Delhi wakes up to chilly morning at 8.9 degrees Celsius")
    'delhi-wakes-up-to-chilly-morning-at-8-9-degrees-celsius'
    >>> slugify("Sensex jumps 1,204 points; ‘Raat Ki Rani’ & more", max_words=4)
    'sensex-jumps-1204-points'
    """
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    text = _SLUG_DASHES.sub("-", _SLUG_DROP.sub("", text.replace(".", "-"))).strip("-")
    if max_words:
        text = "-".join(text.split("-")[:max_words])
    return text
