"""Saved pages as Scrapy responses: HTML files (optionally .gz), MHTML, folders, WARC files.

`iter_saved(paths)` yields, in input order, a `SavedPage` per page (an `HtmlResponse` ready for
`extract`, its `fetched_at`, a `source` label) or an `InputProblem` for input that cannot be
read — a bad file never stops the run (RELIABILITY.md #35).

What each input gives:

- **HTML file** (``.html``, ``.htm``, and the same with ``.gz``; any other name given
  explicitly is read as HTML too). URL: ``--url`` when given (one file only), else the page's
  absolute http(s) ``<link rel=canonical>``, else its ``og:url``, else the address a browser
  noted atop the page when saving it (``<!-- saved from url=(0048)https://… -->``), or
  SingleFile's comment (``<!-- Page saved with SingleFile … url: https://… -->``), or the
  Wayback Machine's playback script (``__wm.wombat("https://…",…``), else the file's
  ``file://`` URI. A web archive's playback address (``https://web.archive.org/web/<time>/…``,
  ``https://archive.ph/<date>/…``) is unwrapped to the original's. ``fetched_at``: the
  file's modification time in UTC — the best evidence of when the bytes were saved, and
  stable, so the same file always gives the same record.
- **Folder**: every HTML or WARC file below it by the suffixes above, sorted by name, a
  folder's own files before its subfolders (a mirror's ``story/index.html`` before
  ``story/amp/index.html``); also a page saved under its address's own name, as ``wget -m``
  without ``-E`` keeps it (no suffix, or a server's: ``12345.cms``, ``article123.ece``,
  ``index.php?id=7``, ``index.html?p=48041``), when its first bytes open an HTML document.
  Other files are ignored (fixture ``.json`` files, stylesheets, images, feeds). A folder
  reached twice (a symlink loop) is reported once and not re-entered. A browser's "Web
  Page, Complete" resources folder (``Story_files/`` beside ``Story.html``) is not entered:
  the frames saved there (ads, a comments widget) are parts of that page, not pages.
- **MHTML** (``.mhtml``, ``.mht``; Chrome's "Webpage, Single File"): a MIME multipart/related
  archive read with the standard library's ``email`` parser; the page is its first
  ``text/html`` part, decoded from quoted-printable or base64, its charset the part's (else
  the page's own). URL: ``--url``, else the page's canonical link or og:url as above, else
  the archive's ``Snapshot-Content-Location``, else the part's ``Content-Location``.
  ``fetched_at``: the archive's ``Date`` header, else the file's time. No multipart, no HTML
  part, or no closing boundary (a truncated archive) is a problem ("bad mhtml").
- **WARC** (``.warc``, ``.warc.gz``): each ``response`` record with HTTP status 200 and an HTML
  Content-Type. URL from ``WARC-Target-URI``, ``fetched_at`` from ``WARC-Date``, and the HTTP
  headers go into the response (minus Content-Encoding/Transfer-Encoding/Content-Length:
  warcio has already decoded the payload). ``warcinfo``, ``request``, ``metadata`` and
  ``resource`` records are not pages and pass silently. Revisit records carry no payload:
  they are reported as a *benign* problem (counted, logged at debug), as are non-HTML and
  non-200 responses; ``WARC-Truncated``, a record cut short, and unreadable bytes at the end
  of the file are real problems.

Charset precedence is Scrapy's (``TextResponse._declared_encoding``, checked in Scrapy 2.19):
1. a byte-order mark; 2. the charset of the HTTP Content-Type header (WARC records only; plain
files have none); 3. the page's own ``<meta charset>`` / ``http-equiv`` declaration;
4. detection (ASCII, then UTF-8, then charset-normalizer). A BOM beating the header is what the
WHATWG encoding standard prescribes.

Decompressed pages are capped at `MAX_PAGE_BYTES` (32 MiB): a gzip bomb is reported with its
size and never held in memory whole. A missing or unreadable path *given on the command line*
raises (FileNotFoundError / PermissionError) before anything is read, and a bad ``--url`` use
raises ValueError: those are the caller's mistakes, not bad input.
"""

from __future__ import annotations

import email
import email.errors
import email.message
import email.policy
import email.utils
import errno
import gzip
import os
import re
import zlib
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from parsel import Selector
from scrapy.http import HtmlResponse

from newsscraper._saved import MAX_PAGE_BYTES, BadInput, InputProblem, SavedPage
from newsscraper._warc import iter_warc
from newsscraper.processors import archived_original, article_address, split_url

__all__ = ["MAX_PAGE_BYTES", "InputProblem", "SavedPage", "iter_saved"]

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
MHTML_SUFFIXES = (".mhtml", ".mht")
_HEAD_END = re.compile(rb"</head\s*>", re.IGNORECASE)
#: Names a saved page keeps when saved under its address (`wget` without `-E`): none, or a
#: server-side template's. Such a file is read when it opens as an HTML document.
#: The "mark of the web" Chrome and Internet Explorer write atop a page they save:
#: `<!-- saved from url=(0048)https://… -->`, the length in parentheses.
_SAVED_FROM = re.compile(r"<!-- saved from url=\(\d{4}\)(\S+) -->")
#: The address other saving tools note: SingleFile's comment first in the page
#: ("<!--\n Page saved with SingleFile \n url: https://… \n saved date: … -->") and the
#: Wayback Machine's playback script in the head (`__wm.wombat("https://…","20241218060000",…`).
_TOOL_NOTED = re.compile(
    r"<!--\s*Page saved with SingleFile\s+url: (\S+)|__wm\.wombat\(\s*\"([^\"\s]+)\"")
_ADDRESS_SUFFIXES = frozenset({"", ".html", ".htm", ".php", ".asp", ".aspx", ".jsp", ".cms",
                               ".ece", ".shtml", ".xhtml", ".cfm", ".do"})
_HTML_START = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b",
    re.IGNORECASE | re.DOTALL)
_CANONICAL = (
    "//link[contains(concat(' ', normalize-space(translate(@rel, 'CANONIL', 'canonil')), ' '),"
    " ' canonical ')]/@href"
)
_OG_URL = "//meta[@property='og:url' or @name='og:url']/@content"


def iter_saved(
    paths: Sequence[str | Path], *, url: str | None = None
) -> Iterator[SavedPage | InputProblem]:
    """Pages and problems from `paths`, in input order. Paths are checked now, read lazily."""
    checked = [_check_path(Path(p)) for p in paths]
    if url is not None and (len(checked) != 1 or not _is_html_file(checked[0])):
        raise ValueError("--url needs exactly one HTML file as input")
    return _iter_paths(checked, url)


def _check_path(path: Path) -> Path:
    if not path.exists():
        raise FileNotFoundError(errno.ENOENT, "no such file or directory", str(path))
    mode = os.R_OK | (os.X_OK if path.is_dir() else 0)
    if not os.access(path, mode):
        raise PermissionError(errno.EACCES, "permission denied", str(path))
    return path


def _is_html_file(path: Path) -> bool:
    return not path.is_dir() and not _has_suffix(path, WARC_SUFFIXES)


def _has_suffix(path: Path, suffixes: tuple[str, ...]) -> bool:
    return path.name.lower().endswith(suffixes)


def _iter_paths(paths: list[Path], url: str | None) -> Iterator[SavedPage | InputProblem]:
    for path in paths:
        if path.is_dir():
            yield from _iter_folder(path)
        elif _has_suffix(path, WARC_SUFFIXES):
            yield from iter_warc(path)
        elif _has_suffix(path, MHTML_SUFFIXES):
            yield _read_mhtml(path, url)
        else:
            yield _read_html(path, url)


# --- folders --------------------------------------------------------------------------------


def _iter_folder(root: Path) -> Iterator[SavedPage | InputProblem]:
    for item in _walk(root, set()):
        if isinstance(item, InputProblem):
            yield item
        elif _has_suffix(item, WARC_SUFFIXES):
            yield from iter_warc(item)
        elif _has_suffix(item, MHTML_SUFFIXES):
            yield _read_mhtml(item, None)
        else:
            yield _read_html(item, None)


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[Path | InputProblem]:
    """Files by suffix, sorted by name, each folder's files before its subfolders; each real
    folder entered once."""
    try:
        info = folder.stat()
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield InputProblem(str(folder), "unreadable folder", exc.strerror or str(exc))
        return
    if (info.st_dev, info.st_ino) in seen:
        yield InputProblem(str(folder), "symlink loop", "folder already read; not entered again")
        return
    seen.add((info.st_dev, info.st_ino))
    names = {entry.name for entry in entries}
    # A folder's own files before its subfolders: a mirror's "story/index.html" (the
    # canonical page) is read before "story/amp/index.html", so the record is the full page
    # and the AMP copy, the same article, is the one dropped as unchanged.
    for entry in sorted(entries, key=Path.is_dir):
        if entry.is_dir():
            if not _resources_of_saved_page(entry.name, names):
                yield from _walk(entry, seen)
        elif (_has_suffix(entry, HTML_SUFFIXES + WARC_SUFFIXES + MHTML_SUFFIXES) and (
            entry.is_file() or entry.is_symlink()  # not a FIFO (would block); a bad link reports
        )) or _saved_under_address(entry):
            yield entry


def _resources_of_saved_page(folder: str, names: set[str]) -> bool:
    """A browser's "Web Page, Complete" folder: "Story_files" beside "Story.html" holds the
    page's images, scripts and its frames saved as .html (ads, a comments widget, an
    embedded post): resources of that page, not pages of their own.

    >>> _resources_of_saved_page("Story_files", {"Story.html", "Story_files"})
    True
    >>> _resources_of_saved_page("site_files", {"index.html", "site_files"})
    False
    """
    stem = folder.removesuffix("_files")
    return stem != folder and not names.isdisjoint({f"{stem}.html", f"{stem}.htm"})


def _saved_under_address(path: Path) -> bool:
    """A page saved under its address's own name ("12345.cms", "index.php?id=7", "slug"):
    its suffix is none or a server's, and its first bytes open an HTML document."""
    if Path(path.name.partition("?")[0]).suffix.lower() not in _ADDRESS_SUFFIXES \
            or not path.is_file():
        return False
    try:
        with path.open("rb") as file:
            return bool(_HTML_START.match(file.read(1024)))
    except OSError:
        return False


# --- HTML files -----------------------------------------------------------------------------


def _read_file(path: Path) -> tuple[bytes, datetime] | InputProblem:
    """A saved file's bytes (capped) and its modification time, or the problem reading it."""
    try:
        return _read_capped(path), datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except BadInput as bad:
        return InputProblem(str(path), bad.reason, bad.detail)
    except OSError as exc:
        return InputProblem(str(path), "unreadable file", exc.strerror or str(exc))


def _read_html(path: Path, url: str | None) -> SavedPage | InputProblem:
    source = str(path)
    read = _read_file(path)
    if isinstance(read, InputProblem):
        return read
    body, fetched_at = read
    if not body.strip():
        return InputProblem(source, "empty file", f"{len(body)} bytes, no content")
    response = HtmlResponse(url=url or path.absolute().as_uri(), body=body)
    if url is None and (declared := _declared_url(response)):
        response = response.replace(url=declared)
    return SavedPage(response, fetched_at, source)


# --- MHTML -----------------------------------------------------------------------------------


def _read_mhtml(path: Path, url: str | None) -> SavedPage | InputProblem:
    """A browser's single-file archive (Chrome's "Webpage, Single File"): MIME
    multipart/related, the page the first text/html part (quoted-printable as Chrome writes it,
    or base64), its resources the other parts. URL: --url, else the page's own canonical or
    og:url as for an HTML file, else the archive's ``Snapshot-Content-Location`` header, else
    the HTML part's ``Content-Location``. fetched_at: the ``Date`` header, else the file's time.
    Charset: the part's declared one, else the page's own."""
    source = str(path)
    read = _read_file(path)
    if isinstance(read, InputProblem):
        return read
    data, mtime = read
    try:
        archive = email.message_from_bytes(data, policy=email.policy.compat32)
        part, reason = _mhtml_page(archive)
        if part is None:
            return InputProblem(source, "bad mhtml", reason)
        body = part.get_payload(decode=True)
        charset = part.get_content_charset()
        snapshot = archive.get("Snapshot-Content-Location") or part.get("Content-Location")
        fetched_at = _mhtml_date(archive.get("Date")) or mtime
    except (ValueError, TypeError, LookupError, email.errors.MessageError) as exc:
        return InputProblem(source, "bad mhtml", f"{type(exc).__name__}: {exc}")
    if not isinstance(body, bytes) or not body.strip():
        return InputProblem(source, "bad mhtml", "its HTML part is empty")
    address = str(snapshot or "").strip()
    if split_url(address).scheme not in ("http", "https"):
        address = path.absolute().as_uri()
    headers = {"Content-Type": f"text/html; charset={charset}"} if charset else None
    response = HtmlResponse(url=url or address, body=body, headers=headers)
    if url is None and (declared := _declared_url(response)):
        response = response.replace(url=declared)
    return SavedPage(response, fetched_at, source)


def _mhtml_page(archive: email.message.Message) -> tuple[Any, str]:
    """The archive's HTML part, or None and why there is none."""
    if not archive.is_multipart():
        kind = archive.get_content_type()
        return None, f"not a MIME multipart archive (Content-Type {kind})"
    if any(isinstance(d, email.errors.CloseBoundaryNotFoundDefect) for d in archive.defects):
        return None, "truncated: the archive's closing boundary is missing"
    for part in archive.walk():
        if part.get_content_type() == "text/html" and not part.is_multipart():
            return part, ""
    return None, "no text/html part"


def _mhtml_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)


def _read_capped(path: Path) -> bytes:
    with path.open("rb") as raw:
        if not path.name.lower().endswith(".gz"):
            data = raw.read(MAX_PAGE_BYTES + 1)
            if len(data) > MAX_PAGE_BYTES:
                raise BadInput("page too large", f"{os.fstat(raw.fileno()).st_size} bytes")
            return data
        try:
            with gzip.GzipFile(fileobj=raw) as unzipped:
                data = unzipped.read(MAX_PAGE_BYTES + 1)
        except EOFError:
            raise BadInput("truncated gzip", "compressed data ends early") from None
        except (gzip.BadGzipFile, zlib.error) as exc:
            raise BadInput("corrupt gzip", str(exc)) from None
        if len(data) > MAX_PAGE_BYTES:
            raise BadInput("decompression bomb", _bomb_detail(raw))
        return data


def _bomb_detail(raw: Any) -> str:
    # The gzip trailer's ISIZE (size mod 2**32) names the claimed size without inflating it.
    raw.seek(-4, os.SEEK_END)
    claimed = int.from_bytes(raw.read(4), "little")
    return f"gzip decompresses past the {MAX_PAGE_BYTES >> 20} MiB cap (trailer: {claimed} bytes)"


def _declared_url(response: HtmlResponse) -> str | None:
    """The page's own absolute http(s) canonical URL, else its og:url, else the address a
    browser noted when saving it; reads the head only."""
    head_end = _HEAD_END.search(response.body)
    head = response.body[: head_end.end()] if head_end else response.body
    selector = Selector(text=head.decode(response.encoding, "replace"))
    start = head[:1024].decode("ascii", "replace")
    saved_from: list[str] = _SAVED_FROM.findall(start)
    if "SingleFile" in start or b"__wm.wombat(" in head:
        saved_from += [a or b for a, b in _TOOL_NOTED.findall(head.decode("ascii", "replace"))]
    for value in [*selector.xpath(_CANONICAL).getall(), *selector.xpath(_OG_URL).getall(),
                  *saved_from]:
        candidate: str = value.strip()
        candidate = archived_original(candidate) or candidate  # a web archive's playback
        parts = split_url(candidate)  # a broken canonical is no address, not a crash
        if parts.scheme in ("http", "https") and parts.netloc:
            return article_address(candidate)
    return None
