"""Serves the test site on loopback from a background thread: `serve()` → `TestSiteServer`.

HTTP/1.1 with keep-alive; every page carries a strong ETag (hash of its bytes) and a
Last-Modified, and conditional GET/HEAD (If-None-Match, else If-Modified-Since) answers 304.
Unknown paths are 404; a path that lacks only its trailing slash is 301-redirected to it.
Tests steer it with a fault map (path → `Fault`: any status and headers, e.g. 429 with
Retry-After, a 503 robots.txt, optionally only the first N times), a redirect map (path →
301 target), `set_revision()`, and read `requests`, a thread-safe log. It logs nothing.
"""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
import time
from collections.abc import Mapping
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, NamedTuple

from newsscraper.testsite.hooks import Fault, LoggedRequest, RequestLog
from newsscraper.testsite.model import ArticleInfo, Page, route_key
from newsscraper.testsite.site import SitePages, build_site

__all__ = ["Fault", "LoggedRequest", "RequestLog", "TestSiteServer", "serve"]

#: Idle keep-alive connections are closed after this many seconds.
IDLE_TIMEOUT = 30.0
_NOT_FOUND = b"<!DOCTYPE html><title>404 Not Found</title><h1>Not Found</h1>\n"


#: A fault as given: a `Fault`, or just (status, headers).
FaultSpec = Fault | tuple[int, Mapping[str, str]]


def _fault(spec: FaultSpec) -> Fault:
    """A private copy (its `times` counts down)."""
    if isinstance(spec, Fault):
        return Fault(spec.status, dict(spec.headers), spec.body, spec.times)
    status, headers = spec
    return Fault(status, dict(headers))


class Answer(NamedTuple):
    """What the server sends for one request."""

    status: int
    headers: dict[str, str]
    body: bytes


class TestSiteServer:
    """A running test-site server; a context manager that stops it on exit."""

    __test__ = False  # not a pytest test class, whatever its name says

    def __init__(self, pages: Mapping[str, Page], host: str, port: int,
                 faults: Mapping[str, FaultSpec] | None = None,
                 redirects: Mapping[str, str] | None = None) -> None:
        self._httpd = _HTTPServer((host, port), _Handler, self)
        bound_port = self._httpd.server_address[1]
        self.url = f"http://{host}:{bound_port}"
        self.requests = RequestLog()
        #: Renders that raised, as (path, exception): a test should find it empty.
        self.errors: list[tuple[str, BaseException]] = []
        self._lock = threading.Lock()
        self._faults = {route_key(k): _fault(v) for k, v in (faults or {}).items()}
        self._redirects = {route_key(k): v for k, v in (redirects or {}).items()}
        self._pages = pages.at(origin=self.url) if isinstance(pages, SitePages) else pages
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,),
                                        name=f"testsite:{bound_port}", daemon=True)
        self._thread.start()

    @property
    def pages(self) -> Mapping[str, Page]:
        """What is served now."""
        return self._pages

    @property
    def revision(self) -> int | None:
        return self._pages.revision if isinstance(self._pages, SitePages) else None

    def set_revision(self, revision: int) -> None:
        """Serve another revision of the same site from the next request on."""
        if not isinstance(self._pages, SitePages):
            raise TypeError("set_revision needs a site from build_site(), not a plain mapping")
        self._pages = self._pages.at(revision)

    def set_pages(self, pages: Mapping[str, Page]) -> None:
        """Serve other content from the next request on."""
        self._pages = pages.at(origin=self.url) if isinstance(pages, SitePages) else pages

    def manifest(self) -> list[ArticleInfo]:
        """The served revision's manifest, with this server's URLs."""
        if not isinstance(self._pages, SitePages):
            raise TypeError("a plain mapping of pages has no manifest")
        return self._pages.manifest()

    def add_fault(self, path: str, status: int, headers: Mapping[str, str] | None = None, *,
                  body: bytes = b"", times: int | None = None) -> None:
        """Answer `path` with `status` and `headers` (the first `times` requests, or all)."""
        with self._lock:
            self._faults[route_key(path)] = Fault(status, dict(headers or {}), body, times)

    def add_redirect(self, path: str, target: str) -> None:
        """Answer `path` with a 301 to `target` (a path on this server, or a URL)."""
        with self._lock:
            self._redirects[route_key(path)] = target

    def clear_faults(self) -> None:
        """Remove every fault and added redirect."""
        with self._lock:
            self._faults.clear()
            self._redirects.clear()

    def answer(self, target: str, headers: Mapping[str, str]) -> Answer:
        """The response to one request (the handler only writes it out)."""
        key = route_key(target)
        fault = self._take_fault(key)
        if fault is not None:
            body = fault.body or f"{fault.status}\n".encode()
            return Answer(fault.status, {"Content-Type": "text/plain; charset=utf-8",
                                         **fault.headers}, body)
        location = self._redirect_for(key)
        if location is not None:
            return Answer(301, {"Location": location, "Content-Type": "text/html"}, b"")
        try:
            page = self._pages.get(key)
        except Exception as exc:  # a rendering bug: answer 500, keep it for the test
            self.errors.append((target, exc))
            return Answer(500, {"Content-Type": "text/plain"}, b"render error\n")
        if page is None:
            return Answer(404, {"Content-Type": "text/html; charset=utf-8"}, _NOT_FOUND)
        return _page_answer(page, headers)

    def _take_fault(self, key: str) -> Fault | None:
        with self._lock:
            fault = self._faults.get(key) or self._faults.get(key.split("?", 1)[0])
            if fault is None or fault.times == 0:
                return None
            if fault.times is not None:
                fault.times -= 1
            return fault

    def _redirect_for(self, key: str) -> str | None:
        target = self._redirects.get(key)
        if target is None and isinstance(self._pages, SitePages):
            target = self._pages.redirects.get(key)
        if target is None and "?" not in key and not key.endswith("/") \
                and key + "/" in self._pages:
            target = key + "/"
        if target is not None and target.startswith("/"):
            target = self.url + target
        return target

    def close(self) -> None:
        """Stop serving and close every connection."""
        self._httpd.shutdown()
        self._httpd.close_connections()
        self._httpd.server_close()
        self._thread.join()

    def __enter__(self) -> TestSiteServer:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def _page_answer(page: Page, headers: Mapping[str, str]) -> Answer:
    last_modified = format_datetime(page.last_modified, usegmt=True)
    meta = {"ETag": page.etag, "Last-Modified": last_modified, "Cache-Control": "no-cache"}
    if _not_modified(page, headers):
        return Answer(304, meta, b"")
    return Answer(200, {"Content-Type": page.content_type, **meta}, page.body)


def _not_modified(page: Page, headers: Mapping[str, str]) -> bool:
    """RFC 9110 §13.2.2: If-None-Match (weak comparison) decides when present, else
    If-Modified-Since against Last-Modified (whole seconds)."""
    tags = headers.get("if-none-match")
    if tags is not None:
        wanted = {t.strip().removeprefix("W/") for t in tags.split(",")}
        return "*" in wanted or page.etag in wanted
    since = headers.get("if-modified-since")
    if since is None:
        return False
    try:
        when = parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False
    return when.tzinfo is not None and page.last_modified.replace(microsecond=0) <= when


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver listens with a backlog of 5: a crawl opening 32 connections at once then
    # overflows it, and each dropped SYN costs that connection a 1 s retransmit (a re-run of
    # 0.4 s took 1.4 s). Web servers listen with hundreds (nginx: 511).
    request_queue_size = 511

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler],
                 site: TestSiteServer) -> None:
        self.site = site
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that goes away mid-answer (a crawl killed on purpose) is no server error."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    def close_connections(self) -> None:
        with self.connections_lock:
            for conn in self.connections:
                with contextlib.suppress(OSError):  # already closed by the client
                    conn.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "newsscraper-testsite/1"
    # Headers and body go out in separate writes: with Nagle on, every keep-alive response
    # waits ~40 ms for the peer's delayed ACK.
    disable_nagle_algorithm = True
    timeout = IDLE_TIMEOUT
    server: _HTTPServer

    def setup(self) -> None:
        super().setup()
        with self.server.connections_lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        with self.server.connections_lock:
            self.server.connections.discard(self.connection)
        super().finish()

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def _respond(self, *, send_body: bool) -> None:
        headers = {k.lower(): v for k, v in self.headers.items()}
        site = self.server.site
        site.requests.append(LoggedRequest(time.monotonic(), self.command, self.path, headers))
        status, out, body = site.answer(self.path, headers)
        self.send_response(status)
        for name, value in out.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body and status != 304:
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # stdlib's name
        """Quiet: tests read `requests` instead of stderr."""


def serve(site_pages: Mapping[str, Page] | None = None, host: str = "127.0.0.1",
          port: int = 0, *, faults: Mapping[str, FaultSpec] | None = None,
          redirects: Mapping[str, str] | None = None) -> TestSiteServer:
    """Start serving `site_pages` (default: `build_site()`) on `host:port` (0: a free port)
    in a background thread. A `SitePages` is re-based on the server's own URL; `faults`
    maps paths to canned answers (`Fault`, or `(status, headers)`), `redirects` paths to
    301 targets."""
    return TestSiteServer(build_site() if site_pages is None else site_pages, host, port,
                          faults, redirects)
