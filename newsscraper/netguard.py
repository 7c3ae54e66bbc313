"""Keeps a crawl off loopback, private and link-local addresses (SSRF, RELIABILITY.md #38).

A page, a sitemap entry or a redirect can name any host: ``169.254.169.254`` (cloud metadata),
``127.0.0.1:6379`` (Redis reads enough of a GET to be harmed by it), ``[::1]``, ``2130706433``
or ``0x7f.1`` (both 127.0.0.1 to ``inet_aton``), or a name whose DNS answer is a private
address. The off-site rules stop most of these, but not all: a sub-domain of the site passes
``allowed_domains``, a site's own name can be pointed at 127.0.0.1, and a spider run with
``scrapy runspider`` may have no ``allowed_domains`` at all.

**Where the check sits, and why.** `PrivateAddressMiddleware` is a downloader middleware placed
after the off-site filter and before robots.txt (so no robots.txt request goes to a blocked
host either), and it judges the *address*, not the spelling: it resolves each new host through
``reactor.resolve``, i.e. Scrapy's caching resolver, the very cache the downloader then connects
through. The address checked is therefore the address used for the rest of the run, and a DNS
answer that changes mid-run (rebinding) is never seen by the downloader. IP literals are read
as ``inet_aton`` reads them, so every spelling of 127.0.0.1 is one address. (With a custom
``TWISTED_DNS_RESOLVER`` that bypasses that cache, the check still runs, but the downloader may
resolve a second time.) A check on link text alone (the off-site middleware) could not see DNS
answers at all.

**What is allowed.** Public addresses; the crawl's own start host and port, because the user
named it (the demo, the tests and anyone crawling ``http://127.0.0.1:PORT/`` or an intranet
site); and ``NEWSSCRAPER_ALLOWED_PRIVATE_HOSTS`` entries: ``host``, ``host:port`` or a network
such as ``10.0.0.0/8``. Link-local addresses (169.254.0.0/16, fe80::/10: cloud metadata) are
refused even for the start host unless listed there. A refused request is dropped, counted as
``newsscraper/blocked/private address`` and logged once per host.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached

__all__ = ["Allowlist", "PrivateAddressMiddleware", "literal_address", "refusal"]

logger = logging.getLogger(__name__)

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str], Awaitable[str | None]]
BLOCKED = "newsscraper/blocked/private address"
_DEFAULT_PORTS = {"http": 80, "https": 443}


def literal_address(host: str) -> Address | None:
    """The address a host name spells as a literal, in every form ``inet_aton`` accepts.

    >>> [str(literal_address(h)) for h in ("2130706433", "0x7f.1", "0177.0.0.1", "[::1]")]
    ['127.0.0.1', '127.0.0.1', '127.0.0.1', '::1']
    >>> literal_address("::ffff:169.254.169.254"), literal_address("news.example")
    (IPv4Address('169.254.169.254'), None)
    """
    bare = host.strip("[]")
    try:
        return _unmapped(ipaddress.ip_address(bare))
    except ValueError:
        pass
    if not bare or not bare[0].isdigit():
        return None  # a name: inet_aton would not take it either
    try:
        return ipaddress.IPv4Address(socket.inet_aton(bare))
    except OSError:
        return None


def _unmapped(address: Address) -> Address:
    """``::ffff:a.b.c.d`` is a.b.c.d on a dual-stack socket."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _kind(address: Address) -> str | None:
    """What makes an address off-limits ("loopback", "link-local", "private"), or None."""
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if (not address.is_global or address.is_multicast or address.is_reserved
            or address.is_unspecified):
        return "private"
    return None


@dataclass(frozen=True, slots=True)
class Allowlist:
    """Hosts (optionally with a port) and networks that may be private all the same."""

    hosts: frozenset[tuple[str, int | None]] = frozenset()
    networks: tuple[Network, ...] = ()
    #: Start origins: (host, port) the user named. Link-local is still refused for these.
    starts: frozenset[tuple[str, int]] = field(default_factory=frozenset)

    @classmethod
    def parse(cls, entries: Iterable[str], starts: Iterable[str] = ()) -> Allowlist:
        """From ``NEWSSCRAPER_ALLOWED_PRIVATE_HOSTS`` entries and the crawl's start URLs.

        >>> allow = Allowlist.parse(["intranet.local", "127.0.0.1:6379", "10.0.0.0/8"])
        >>> sorted(allow.hosts, key=str), [str(n) for n in allow.networks]
        ([('127.0.0.1', 6379), ('intranet.local', None)], ['10.0.0.0/8'])
        """
        hosts: set[tuple[str, int | None]] = set()
        networks: list[Network] = []
        for entry in (e.strip().lower() for e in entries):
            if not entry:
                continue
            if "/" in entry:
                networks.append(ipaddress.ip_network(entry, strict=False))
                continue
            parts = urlsplit(f"//{entry}")
            hosts.add((parts.hostname or entry, parts.port))
        return cls(frozenset(hosts), tuple(networks), frozenset(_origins(starts)))

    def names(self, host: str, port: int) -> bool:
        """Whether the host, or host:port, is listed by name."""
        return (host, None) in self.hosts or (host, port) in self.hosts

    def holds(self, address: Address) -> bool:
        """Whether a listed network holds the address."""
        return any(address in network for network in self.networks)


def _origins(urls: Iterable[str]) -> Iterable[tuple[str, int]]:
    """(host, port) of each http(s) URL, the scheme's port filled in: what a request is
    compared with."""
    for url in urls:
        parts = urlsplit(url)
        if parts.hostname and parts.scheme in _DEFAULT_PORTS:
            yield parts.hostname.lower(), parts.port or _DEFAULT_PORTS[parts.scheme]


def refusal(host: str, port: int, address: Address | None, allow: Allowlist) -> str | None:
    """Why a request to `host`:`port` (which resolved to `address`) is refused, or None.

    >>> allow = Allowlist.parse(["localhost:9000"], starts=["http://127.0.0.1:8000/"])
    >>> lo = ipaddress.ip_address("127.0.0.1")
    >>> refusal("127.0.0.1", 8000, lo, allow) is None, refusal("localhost", 9000, lo, allow)
    (True, None)
    >>> refusal("127.0.0.1", 6379, lo, allow)
    '127.0.0.1 is 127.0.0.1, a loopback address'
    """
    if address is None or allow.names(host, port):
        return None
    kind = _kind(address)
    if kind is None or allow.holds(address):
        return None
    if (host, port) in allow.starts and kind != "link-local":
        return None  # the user pointed the crawl at it
    return f"{host} is {address}, a {kind} address"


async def _twisted_resolve(host: str) -> str | None:
    """The IPv4 address Scrapy's caching resolver gives `host` (what the downloader uses)."""
    from twisted.internet import reactor

    resolve: Any = reactor.resolve  # twisted's stubs type the installed reactor loosely
    try:
        address: str = await maybe_deferred_to_future(resolve(host))
    except Exception:  # no answer: the download itself fails and reports it
        return None
    return address


class PrivateAddressMiddleware:
    """Drops requests to private, loopback and link-local addresses (module docstring)."""

    def __init__(self, crawler: Any, resolve: Resolver = _twisted_resolve) -> None:
        self.crawler = crawler
        self.entries = crawler.settings.getlist("NEWSSCRAPER_ALLOWED_PRIVATE_HOSTS")
        self._resolve = resolve
        self._allow: Allowlist | None = None
        #: (host, port) → refusal reason or None; a host resolves once per run.
        self._verdicts: dict[tuple[str, int], str | None] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> PrivateAddressMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request, spider: object = None) -> None:
        parts = urlparse_cached(request)
        host = (parts.hostname or "").lower()
        port = parts.port or _DEFAULT_PORTS.get(parts.scheme, 0)
        if (host, port) in self._verdicts:
            reason = self._verdicts[(host, port)]
        else:
            reason = await self._judge(host, port)
        if reason is not None:
            self.crawler.stats.inc_value(BLOCKED)
            raise IgnoreRequest(f"private address: {reason}")

    async def _judge(self, host: str, port: int) -> str | None:
        """The verdict on a new host:port, kept for the run and logged once when a refusal.

        A name that does not resolve is let through uncached: the download then fails and
        reports it, and a later answer is judged afresh.
        """
        allow = self._allowlist()
        address = None if allow.names(host, port) else literal_address(host)
        if address is None and not allow.names(host, port):
            resolved = await self._resolve(host)
            address = literal_address(resolved) if resolved else None
            if address is None:
                return None
        reason = refusal(host, port, address, allow)
        if (host, port) not in self._verdicts:  # not judged by another request meanwhile
            self._verdicts[(host, port)] = reason
            if reason is not None:
                logger.warning("not requesting %s:%d: %s (SSRF guard; list it in "
                               "NEWSSCRAPER_ALLOWED_PRIVATE_HOSTS to allow it)",
                               host, port, reason)
        return self._verdicts[(host, port)]

    def _allowlist(self) -> Allowlist:
        """Built on first use: the spider (and its start URLs) exists only once crawling."""
        if self._allow is None:
            self._allow = Allowlist.parse(self.entries, _start_urls(self.crawler.spider))
        return self._allow


def _start_urls(spider: Any) -> list[str]:
    """Where the user pointed the crawl: NewsSpider's target, else a spider's start_urls."""
    target = getattr(spider, "target", None)
    base = getattr(target, "base", None)
    if isinstance(base, str):
        return [base]
    return [u for u in getattr(spider, "start_urls", ()) or () if isinstance(u, str)]
