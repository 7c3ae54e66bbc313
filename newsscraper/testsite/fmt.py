"""Formatting shared by the layouts and feeds: escaping, and dates the way each CMS prints
them (always in India Standard Time, the newsrooms' zone).
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from email.utils import format_datetime

from newsscraper.testsite.model import IST
from newsscraper.testsite.words import MONTHS, MONTHS_SHORT


def esc(text: str) -> str:
    """Text for HTML content or a quoted attribute.

    >>> esc('Rs 5 & “more” <b>')
    'Rs 5 &amp; “more” &lt;b&gt;'
    """
    return html.escape(text, quote=True)


def wp_datetime(at: datetime) -> str:
    """WordPress's "F j, Y g:i a" in IST, as AMP for WP prints dates.

    >>> from datetime import UTC
    >>> wp_datetime(datetime(2024, 12, 17, 7, 33, tzinfo=UTC))
    'December 17, 2024 1:03 pm'
    """
    return f"{wp_date(at)} {wp_time(at)}"


def wp_time(at: datetime) -> str:
    """WordPress's "g:i a" in IST: "1:03 pm"."""
    local = at.astimezone(IST)
    return f"{local.hour % 12 or 12}:{local.minute:02d} {'am' if local.hour < 12 else 'pm'}"


def wp_date(at: datetime) -> str:
    """WordPress's "F j, Y" in IST."""
    local = at.astimezone(IST)
    return f"{MONTHS[local.month - 1]} {local.day}, {local.year}"


def iso(at: datetime) -> str:
    """ISO 8601 with the IST offset, to the second.

    >>> from datetime import UTC
    >>> iso(datetime(2024, 12, 17, 7, 33, tzinfo=UTC))
    '2024-12-17T13:03:00+05:30'
    """
    return at.astimezone(IST).isoformat(timespec="seconds")


def wire_time(at: datetime) -> str:
    """The wire's display time: "Dec 17, 2024, 13:03 IST"."""
    local = at.astimezone(IST)
    return (f"{MONTHS_SHORT[local.month - 1]} {local.day}, {local.year}, "
            f"{local.hour:02d}:{local.minute:02d} IST")


def rfc822(at: datetime) -> str:
    """RSS 2.0 pubDate in GMT, as WordPress writes it.

    >>> rfc822(datetime(2024, 12, 17, 13, 3, tzinfo=IST))
    'Tue, 17 Dec 2024 07:33:00 +0000'
    """
    return format_datetime(at.astimezone(UTC))
