"""One article, saved by many tools: the record must not depend on the tool.

Users hand `newsscraper parse` what their tool saved, and every tool rewrites the page. Thirteen
fixture pages (`fixtures/generic/`: WordPress, tagDiv, Arc, two Drupal, Ghost, German, Japanese
and Arabic pages, PTI/IANS wire copy, with and without JSON-LD) are transformed the way each tool
rewrites them, written to a file under the tool's usual name and read back through
`inputs.iter_saved` with no ``--url`` — the address must come from the saved file:

- ``chrome``: Chrome's "Save page as… Webpage, Complete": ``<!-- saved from url=(NNNN)… -->``
  after the doctype, a ``<meta http-equiv="Content-Type">`` first in the head, every resource
  (``img``/``script``/``iframe`` src, stylesheet and icon hrefs) rewritten to ``./Name_files/…``,
  links made absolute.
- ``firefox``: Firefox's "Web Page, complete": the same rewriting, no address comment.
- ``singlefile``: the SingleFile extension with its defaults (single-file-core, checked in its
  ``config.js`` and ``removeEmbedScripts``): the ``<!--\\n Page saved with SingleFile \\n url: …
  \\n saved date: … -->`` comment first inside ``<html>``, every script removed *except*
  ``type="application/ld+json"``, ``<noscript>`` removed, stylesheets inlined as ``<style>``,
  images as big ``data:`` URIs, its CSP meta, whitespace compressed.
- ``wayback``: the Wayback Machine's playback page: every link and resource rewritten to
  ``https://web.archive.org/web/<timestamp>[im_|js_|cs_]/<original>`` (the canonical and
  ``og:url``/``og:image`` too), its scripts and styles at the head's start, the toolbar between
  ``<!-- BEGIN WAYBACK TOOLBAR INSERT -->`` and ``<!-- END … -->`` first in the body, and the
  trailing ``<!-- FILE ARCHIVED ON … -->`` and playback-timings comments.
- ``archive.today``: an archive.ph capture: the page's head replaced by archive.today's own
  (its ``og:site_name``, ``og:url``, capture-time ``article:published_time``/
  ``article:modified_time``, a canonical ``https://archive.ph/<date>/<original>``), every class
  and id gone, scripts and stylesheets gone, styles inlined, links rewritten to
  ``https://archive.ph/o/<id>/<original>``, images to ``https://archive.ph/<id>/<hash>.jpg``, and
  its header table ("archive.today webpage capture", "Saved from", "history", "All snapshots
  from host …", "Webpage", "Screenshot", "share", "download .zip") atop the body.
- ``wget``: ``wget --mirror --convert-links --adjust-extension``: the file at
  ``host/path/index.html`` (``?`` → ``@`` in names), links to mirrored pages and resources
  made relative (the canonical, pointing at the page itself, becomes ``index.html``), the rest
  left absolute; meta contents are not links and stay as they were.
- ``mhtml``: Chrome's default "Webpage, Single File": a ``.mhtml`` MIME multipart/related
  archive, the HTML part quoted-printable, ``Snapshot-Content-Location`` naming the page.

Expected record: the fixture's own, field for field, with ``fetched_at`` as the file's time
(each saved file's modification time is set to it). What cannot be recovered:

- ``archive.today`` keeps none of the page's head: its metadata (dates, authors, section, tags,
  image, description, JSON-LD) is gone and its own metas describe the capture, not the article.
  Its expected record is the fixture's except the fields that the page's visible text alone
  does not give — found by extracting the fixture page with its head reduced to its title
  (`visible_record`); those fields are listed per variant in `Variant.unrecoverable` and not
  compared. Every other field, url included, must be the fixture's.
- ``firefox`` writes no address, and ``wget`` keeps only the host and path in the file's
  place (not the scheme, nor whether the host's folder is one): a page with neither a
  canonical link nor og:url (``wp-posted-by-in-categories``) saved by them has no address
  to recover — its ``url`` and ``site`` are not compared (its ``file://`` URI is what it gets).
  Nor has a page whose only address was its canonical link (no og:url) once ``wget`` turned
  that link into the file's own name (``thehindu-pti-no-metadata``,
  ``de-welt-dpa-stand-lesedauer``): ``url``, ``canonical_url`` and ``site`` not compared.
- archive.today's canonical link is its own (``https://archive.ph/<date>/<original>``): the
  original address is recovered from it, but not whether the page declared a canonical link;
  a page that declared none expects ``canonical_url`` None, not compared there. Its images
  are its own copies, named by a hash (``https://archive.ph/<id>/<hash>.jpg``): the original
  image address is gone, so ``image_url`` is not compared either.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import os
import quopri
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy.http import HtmlResponse
from w3lib.url import safe_url_string

from newsscraper.extract import extract
from newsscraper.items import Skip
from tests.fixturetool import ROOT, read_html

#: The pages: fixture names under fixtures/generic/.
PAGES = (
    "wp-theme-twentytwentyone-pti",          # WordPress, no JSON-LD, PTI
    "wp-theme-newspaper-tagdiv-ians",        # WordPress tagDiv, JSON-LD, IANS
    "arc-fusion-wapo-style-ap",              # Arc Fusion, JSON-LD, AP
    "drupal-olivero-metatag-afp",            # Drupal, JSON-LD, AFP
    "drupal-node-afp-submitted-by",          # Drupal, no JSON-LD
    "ghost-casper-ians",                     # Ghost, JSON-LD, IANS
    "de-spiegel-dpa-afp-kicker",             # German, JSON-LD
    "de-welt-dpa-stand-lesedauer",           # German, no JSON-LD
    "jp-nhk-newsweb-summary-lead",           # Japanese, JSON-LD
    "ja-nikkei-updated-in-bracket-no-metadata",  # Japanese, no metadata
    "ar-eg-portal-dpa-no-metadata",          # Arabic, no metadata
    "thehindu-pti-no-metadata",              # PTI wire copy, no metadata
    "wp-posted-by-in-categories",            # no canonical link, no og:url: no address
)
TOOLS = ("chrome", "firefox", "singlefile", "wayback", "archive.today", "wget", "mhtml")
#: Wayback capture timestamp and archive.today snapshot id used throughout.
WAYBACK_TS = "20241218060000"
ARCHIVE_ID = "Xq3Rk"


@dataclass(frozen=True)
class Variant:
    tool: str
    key: str  # the fixture's name
    name: str  # the saved file's path, relative to the folder it is written to
    data: bytes
    expected: dict[str, Any]
    unrecoverable: tuple[str, ...] = field(default=())

    @property
    def label(self) -> str:
        return f"{self.tool}:{self.key}"


# --- helpers ----------------------------------------------------------------------------------

_ATTR = r'''(\s(?:{names})\s*=\s*)(?:"([^"]*)"|'([^']*)')'''
_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)(\s[^<>]*?)?(/?)>", re.DOTALL)
_SCRIPT = re.compile(r"<script\b([^>]*)>.*?</script\s*>", re.DOTALL | re.IGNORECASE)
_NOSCRIPT = re.compile(r"<noscript\b[^>]*>.*?</noscript\s*>", re.DOTALL | re.IGNORECASE)
_STYLE = re.compile(r"<style\b[^>]*>.*?</style\s*>", re.DOTALL | re.IGNORECASE)
_RAW = re.compile(r"(<(script|style|pre|textarea)\b.*?</\2\s*>)", re.DOTALL | re.IGNORECASE)
_HEAD_OPEN = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_HTML_OPEN = re.compile(r"<html\b[^>]*>", re.IGNORECASE)
_ADDRESSED = re.compile(r'rel="canonical"|property="og:url"')


def _attr(attrs: str, name: str) -> str | None:
    m = re.search(_ATTR.format(names=name), attrs, re.IGNORECASE)
    return None if m is None else (m.group(2) if m.group(2) is not None else m.group(3))


def _rewrite_attrs(html: str, fn: Callable[[str, str, str], str | None]) -> str:
    """Calls fn(tag, attribute, value) for every src/href/srcset/poster/action/content attribute
    of every tag (outside script and style text); a str result replaces the value."""

    def tag(m: re.Match[str]) -> str:
        name, attrs = m.group(1).lower(), m.group(2) or ""
        if not attrs:
            return m.group(0)

        def one(a: re.Match[str]) -> str:
            attribute = a.group(1).strip().rstrip("=").strip().lower()
            value = a.group(2) if a.group(2) is not None else a.group(3)
            new = fn(name, attribute, value)
            if new is None:
                return a.group(0)
            return f'{a.group(1)}"{new.replace(chr(34), "&quot;")}"'

        attrs = re.sub(_ATTR.format(names="src|href|srcset|poster|action|content|data-src"),
                       one, attrs, flags=re.IGNORECASE)
        return f"<{m.group(1)}{attrs}{m.group(3)}>"

    return _outside_raw(html, lambda part: _TAG.sub(tag, part))


def _outside_raw(html: str, fn: Callable[[str], str]) -> str:
    """fn applied to the page outside script/style/pre/textarea elements' text (their opening
    tags included: fn sees `<script src=…>` but not the script's code)."""
    out, last = [], 0
    for m in _RAW.finditer(html):
        out.append(fn(html[last:m.start()]))
        raw = m.group(1)
        close = raw.find(">") + 1
        out.append(fn(raw[:close]) + raw[close:])
        last = m.end()
    out.append(fn(html[last:]))
    return "".join(out)


def _is_resource(tag: str, attribute: str) -> bool:
    return (tag in ("img", "script", "iframe", "source", "video", "audio", "embed")
            and attribute in ("src", "srcset", "data-src", "poster"))


def _absolute(base: str, value: str) -> str | None:
    value = value.strip()
    if not value or value.startswith(("#", "data:", "javascript:", "mailto:", "tel:")):
        return None
    return urljoin(base, value)


def _basename(url: str) -> str:
    path = urlsplit(url).path.rstrip("/")
    name = path.rsplit("/", 1)[-1] or "index"
    return re.sub(r"[^A-Za-z0-9._-]", "_", name)[:60]


def _fake_bytes(seed: str, size: int) -> bytes:
    out = b""
    block = hashlib.sha256(seed.encode()).digest()
    while len(out) < size:
        block = hashlib.sha256(block).digest()
        out += block
    return out[:size]


def _file_name(title: str) -> str:
    return re.sub(r'[\\/:*?"<>|]', "_", title).strip()[:80] or "page"


def _title(html: str) -> str:
    m = re.search(r"<title\b[^>]*>(.*?)</title>", html, re.DOTALL | re.IGNORECASE)
    return " ".join(m.group(1).split()) if m else "page"


# --- the tools ------------------------------------------------------------------------------

_TEMPLATES = Path(__file__).with_name("saved_templates")


def _template(name: str) -> str:
    """What a tool adds to every page, as it writes it (str.format fields: url, ts, host, aid)."""
    return (_TEMPLATES / name).read_text(encoding="utf-8")



def chrome(html: str, url: str, stem: str, *, mark: bool = True) -> str:
    """Webpage, Complete: resources into ./stem_files/, links absolute, the mark of the web."""
    folder = f"./{stem}_files/"

    def fix(tag: str, attribute: str, value: str) -> str | None:
        absolute = _absolute(url, value) if attribute != "srcset" else None
        if attribute == "content" or absolute is None:
            return None
        if _is_resource(tag, attribute) or (tag == "link" and attribute == "href"
                                            and absolute.endswith((".css", ".ico", ".png"))):
            return folder + _basename(absolute)
        return absolute if attribute in ("href", "action") else None

    html = _rewrite_attrs(html, fix)
    html = _HEAD_OPEN.sub(lambda m: m.group(0) + '<meta http-equiv="Content-Type" '
                          'content="text/html; charset=UTF-8">', html, count=1)
    if mark:
        comment = f"<!-- saved from url=({len(url):04d}){url} -->\n"
        m = _HTML_OPEN.search(html)
        at = m.start() if m else 0
        html = html[:at] + comment + html[at:]
    return html


def firefox(html: str, url: str, stem: str) -> str:
    return chrome(html, url, stem, mark=False)


def singlefile(html: str, url: str, saved: datetime) -> str:
    """SingleFile's defaults: scripts but JSON-LD removed, noscript removed, styles and images
    inlined, CSP meta, whitespace compressed, its comment first inside <html>."""

    def script(m: re.Match[str]) -> str:
        return m.group(0) if _attr(m.group(1), "type") == "application/ld+json" else ""

    html = _SCRIPT.sub(script, html)
    html = _NOSCRIPT.sub("", html)
    css = ("body{margin:0;font-family:Georgia,serif}" * 40 + "\n.a{color:#333}")

    def fix(tag: str, attribute: str, value: str) -> str | None:
        absolute = _absolute(url, value)
        if absolute is None or attribute == "content":
            return None
        if tag == "img" and attribute in ("src", "data-src"):
            payload = base64.b64encode(_fake_bytes(absolute, 24_000)).decode()
            return f"data:image/jpeg;base64,{payload}"
        if attribute == "srcset":
            return ""
        return absolute if attribute in ("href", "action") else None

    html = _rewrite_attrs(html, fix)
    html = re.sub(r'<link\b[^>]*rel=["\']?stylesheet[^>]*>', f"<style>{css}</style>", html,
                  flags=re.IGNORECASE)
    html = _outside_raw(html, lambda part: re.sub(r"\s+", " ", part))
    html = _HEAD_OPEN.sub(lambda m: m.group(0) + (
        '<meta http-equiv=content-security-policy content="default-src \'none\'; font-src '
        "'self' data:; img-src 'self' data:; style-src 'unsafe-inline'; media-src 'self' data:; "
        "script-src 'unsafe-inline' data:; object-src 'self' data:; frame-src 'self' data:;\">"
        '<style>img[src="data:,"],source[src="data:,"]{display:none!important}</style>'),
        html, count=1)
    stamp = saved.strftime("%a %b %d %Y %H:%M:%S GMT+0000 (Coordinated Universal Time)")
    comment = f"<!--\n Page saved with SingleFile \n url: {url} \n saved date: {stamp}\n-->"
    m = _HTML_OPEN.search(html)
    if m:
        html = html[:m.end()] + comment + html[m.end():]
    return html


_WAYBACK_HEAD = _template("wayback_head.html")
_WAYBACK_TOOLBAR = _template("wayback_toolbar.html")
_WAYBACK_TAIL = _template("wayback_tail.html")


def wayback(html: str, url: str) -> str:
    """The Wayback Machine's playback of the page captured at WAYBACK_TS."""
    prefix = f"https://web.archive.org/web/{WAYBACK_TS}"

    def fix(tag: str, attribute: str, value: str) -> str | None:
        if attribute == "content":
            # Absolute addresses in metas (og:url, og:image, twitter:image) are rewritten too.
            if not value.startswith(("http://", "https://")):
                return None
            flag = "im_" if re.search(r"\.(?:jpe?g|png|gif|webp)\b", value) else ""
            return f"{prefix}{flag}/{value}"
        if attribute == "srcset":
            return None
        absolute = _absolute(url, value)
        if absolute is None:
            return None
        if tag in ("img", "source") or attribute in ("data-src", "poster"):
            flag = "im_"
        elif tag == "script":
            flag = "js_"
        elif tag == "link" and (absolute.endswith(".css") or ".css?" in absolute):
            flag = "cs_"
        elif tag == "iframe":
            flag = "if_"
        else:
            flag = ""
        if tag == "a":  # links are path-absolute, resources absolute
            return f"/web/{WAYBACK_TS}{flag}/{absolute}"
        return f"{prefix}{flag}/{absolute}"

    html = _rewrite_attrs(html, fix)
    html = _HEAD_OPEN.sub(lambda m: m.group(0) + _WAYBACK_HEAD.format(url=url, ts=WAYBACK_TS),
                          html, count=1)
    html = _BODY_OPEN.sub(lambda m: m.group(0) + _WAYBACK_TOOLBAR.format(url=url, ts=WAYBACK_TS),
                          html, count=1)
    return html.rstrip() + "\n" + _WAYBACK_TAIL


_ARCHIVE_HEADER = _template("archive_today_header.html")


def archive_today(html: str, url: str) -> str:
    """An archive.ph capture: archive.today's head, no class/id/script/style, inline styles,
    links and images rewritten, its header table atop the body."""
    host = urlsplit(url).hostname or ""
    lang = dir_ = None
    if (m := _HTML_OPEN.search(html)) is not None:  # archive.today keeps the page's language
        lang, dir_ = _attr(m.group(0)[5:-1], "lang"), _attr(m.group(0)[5:-1], "dir")
    title = _title(html)
    body_m = _BODY_OPEN.search(html)
    body = html[body_m.end():] if body_m else html
    body = re.sub(r"</body\s*>.*", "", body, flags=re.DOTALL | re.IGNORECASE)
    body = _SCRIPT.sub("", body)
    body = _NOSCRIPT.sub("", body)
    body = _STYLE.sub("", body)
    body = re.sub(r"<link\b[^>]*>", "", body, flags=re.IGNORECASE)
    body = re.sub(r"<!--.*?-->", "", body, flags=re.DOTALL)

    def fix(tag: str, attribute: str, value: str) -> str | None:
        if attribute == "srcset":
            return ""
        absolute = _absolute(url, value)
        if absolute is None or attribute == "content":
            return None
        if tag == "img" or attribute in ("data-src", "poster"):
            digest = hashlib.sha1(absolute.encode(), usedforsecurity=False).hexdigest()
            return f"https://archive.ph/{ARCHIVE_ID}/{digest}.jpg"
        if tag == "a":
            return f"https://archive.ph/o/{ARCHIVE_ID}/{absolute}"
        return None

    body = _rewrite_attrs(body, fix)

    def strip(m: re.Match[str]) -> str:
        name, attrs = m.group(1), m.group(2) or ""
        # Classes, ids and the page's own styles go (its computed style is written inline),
        # and so do scripts' hooks and lazy-loading attributes; the rest stays.
        attrs = re.sub(_ATTR.format(names=r"class|id|style|data-[\w-]+|on[a-z]+|srcset|"
                                    r"loading|decoding|sizes"), "", attrs, flags=re.IGNORECASE)
        attrs = re.sub(r"\s(?:hidden)(?=[\s>/]|$)", "", attrs)
        if name.lower() in ("br", "wbr", "img", "hr", "input"):
            style = ""
        else:
            style = (' style="box-sizing:border-box;color:rgb(34, 34, 34);font-family:Georgia, '
                     'serif;font-size:16px;line-height:24px;"')
        return f"<{name}{style}{attrs}{m.group(3)}>"

    body = _TAG.sub(strip, body)
    when = "2024-12-18T06:00:00Z"
    head = (
        '<meta http-equiv="Content-Type" content="text/html;charset=utf-8">'
        '<meta name="robots" content="index,noarchive">'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">'
        '<meta name="viewport" content="width=1100">'
        '<meta property="og:type" content="article">'
        '<meta property="og:site_name" content="archive.ph">'
        f'<meta property="og:url" content="https://archive.ph/{ARCHIVE_ID}">'
        f'<meta property="og:title" content="{title}">'
        f'<meta itemprop="name" content="{title}">'
        f'<meta property="og:image" content="https://archive.ph/{ARCHIVE_ID}/scr.png">'
        f'<meta itemprop="image" content="https://archive.ph/{ARCHIVE_ID}/scr.png">'
        '<meta name="twitter:card" content="summary_large_image">'
        f'<meta property="article:modified_time" itemprop="dateModified" content="{when}">'
        f'<meta property="article:published_time" itemprop="datePublished" content="{when}">'
        f'<link rel="bookmark" href="https://archive.ph/{ARCHIVE_ID}">'
        f'<link rel="canonical" href="https://archive.ph/2024.12.18-060000/{url}">'
        f'<title>{title}</title>'
    )
    html_attrs = "".join(f' {k}="{v}"' for k, v in (("lang", lang), ("dir", dir_)) if v)
    return (
        '<!DOCTYPE html><html prefix="og: http://ogp.me/ns# article: '
        'http://ogp.me/ns/article#" itemscope="itemscope" itemtype="http://schema.org/Article"'
        f' style="overflow-y:scroll"{html_attrs}><head>{head}</head>'
        '<body style="margin:0;background-color:#FFFFFF">'
        + _ARCHIVE_HEADER.format(url=url, host=host, aid=ARCHIVE_ID)
        + '<div style="position:relative;min-width:1028px">'
        + f'<div style="text-align:left;overflow-x:auto;position:relative">{body}</div>'
        + "</div></body></html>"
    )


def wget_path(url: str) -> str:
    """Where `wget -m -E` saves the page: host/path, index.html for a directory, `?` → `@`."""
    parts = urlsplit(url)
    path = parts.path or "/"
    if path.endswith("/"):
        path += "index.html"
    elif not path.lower().endswith((".html", ".htm")):
        path += ".html"
    name = parts.netloc + path
    if parts.query:
        stem, _, ext = name.rpartition(".")
        name = f"{stem}@{parts.query}.{ext}"
    return name


def wget(html: str, url: str) -> str:
    """--convert-links: links to mirrored same-host pages/resources relative, others absolute;
    the page's own address (its canonical) becomes its file name."""
    here = wget_path(url)
    here_dir = here.rsplit("/", 1)[0]
    host = urlsplit(url).netloc

    def relative(target: str) -> str:
        up = here_dir.count("/") + 1
        return "../" * (up - 1) + target.split("/", 1)[1] if "/" in target else target

    def fix(tag: str, attribute: str, value: str) -> str | None:
        if attribute in ("content", "srcset"):
            return None
        absolute = _absolute(url, value)
        if absolute is None:
            return None
        parts = urlsplit(absolute)
        if parts.netloc != host:
            return absolute
        target = wget_path(absolute) if tag in ("a", "link") and not re.search(
            r"\.(?:css|js|ico|png|jpe?g|gif|svg|webp|xml)$", parts.path) else \
            parts.netloc + (parts.path or "/")
        rel = os.path.relpath(target, here_dir)
        return rel

    return _rewrite_attrs(html, fix)


def mhtml(html: str, url: str, saved: datetime) -> bytes:
    """Chrome's "Webpage, Single File": MIME multipart/related, the page quoted-printable."""
    boundary = "----MultipartBoundary--OkT4wHnfQmzsGLbGvuq8m8Y5z8V9jDMbiHPg4jOfkH----"
    title = _title(html)
    subject = Header(title, "utf-8").encode(linesep="\r\n")
    qp = quopri.encodestring(html.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    css = "body { margin: 0px; }"
    parts = [
        "From: <Saved by Blink>",
        f"Snapshot-Content-Location: {safe_url_string(url)}",
        f"Subject: {subject}",
        f"Date: {format_datetime(saved)}",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{boundary}"',
        "",
        "",
        f"--{boundary}",
        "Content-Type: text/html",
        "Content-ID: <frame-4C1C6B9F2E6F0A8E5D2F4E1A0B3C7D9E@mhtml.blink>",
        "Content-Transfer-Encoding: quoted-printable",
        f"Content-Location: {safe_url_string(url)}",
        "",
        qp,
        "",
        f"--{boundary}",
        "Content-Type: text/css",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: cid:css-0b1b3c5e-3c9e-4f4d-9f47-5d2c3e6a7b8c@mhtml.blink",
        "",
        css,
        "",
        f"--{boundary}--",
        "",
    ]
    return "\r\n".join(parts).encode("ascii")


# --- the set --------------------------------------------------------------------------------


def _fixture(key: str) -> tuple[str, dict[str, Any]]:
    folder = ROOT / "generic"
    html_path = folder / f"{key}.html"
    if not html_path.exists():
        html_path = folder / f"{key}.html.gz"
    data = read_html(html_path)
    expected = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
    return data.decode("utf-8"), expected


def record(response: HtmlResponse, fetched_at: datetime) -> dict[str, Any]:
    result = extract(response, fetched_at=fetched_at)
    if isinstance(result, Skip):
        return {"url": response.url, "skip": result.reason}
    return dataclasses.asdict(result)


def visible_record(html: str, expected: dict[str, Any]) -> dict[str, Any]:
    """The record the page's visible text alone gives: its head reduced to its title."""
    head = re.search(r"<head\b[^>]*>.*?</head\s*>", html, re.DOTALL | re.IGNORECASE)
    stripped = html
    if head:
        stripped = html[:head.start()] + f"<head><title>{_title(html)}</title></head>" \
            + html[head.end():]
    stripped = _SCRIPT.sub("", stripped)
    response = HtmlResponse(url=expected["url"], body=stripped.encode("utf-8"),
                            encoding="utf-8")
    return record(response, datetime.fromisoformat(expected["fetched_at"]))


def variants(tools: tuple[str, ...] = TOOLS, keys: tuple[str, ...] = PAGES) -> Iterator[Variant]:
    for key in keys:
        html, expected = _fixture(key)
        url = expected["url"]
        saved = datetime.fromisoformat(expected["fetched_at"])
        stem = _file_name(_title(html))
        for tool in tools:
            unrecoverable: tuple[str, ...] = ()
            if tool == "chrome":
                name, data = f"{stem}.html", chrome(html, url, stem).encode("utf-8")
            elif tool == "firefox":
                name, data = f"{stem}.html", firefox(html, url, stem).encode("utf-8")
            elif tool == "singlefile":
                name = f"{stem} (18.12.2024 07_00_00).html"
                data = singlefile(html, url, saved).encode("utf-8")
            elif tool == "wayback":
                name, data = f"{WAYBACK_TS}_{_basename(url)}.html", \
                    wayback(html, url).encode("utf-8")
            elif tool == "archive.today":
                name, data = f"archive.ph_{ARCHIVE_ID}.html", \
                    archive_today(html, url).encode("utf-8")
                visible = visible_record(html, expected)
                unrecoverable = tuple(k for k in expected
                                      if k not in ("url", "canonical_url", "fetched_at")
                                      and visible.get(k) != expected[k])
            elif tool == "wget":
                name, data = wget_path(url), wget(html, url).encode("utf-8")
            elif tool == "mhtml":
                name, data = f"{stem}.mhtml", mhtml(html, url, saved)
            else:
                raise ValueError(tool)
            if tool in ("firefox", "wget") and not _ADDRESSED.search(html):
                unrecoverable += ("url", "site")  # nothing in the file names the address
            elif tool == "wget" and 'property="og:url"' not in html:
                # Its only address, the canonical link, is now the file's name.
                unrecoverable += ("url", "canonical_url", "site")
            if tool == "archive.today":
                # Its images are its own copies ("https://archive.ph/<id>/<hash>.jpg").
                unrecoverable += ("image_url",) if expected["image_url"] else ()
            if tool == "archive.today" and expected["canonical_url"] is None:
                unrecoverable += ("canonical_url",)  # its canonical is its own
            yield Variant(tool, key, name, data, expected, unrecoverable)


def write(variant: Variant, folder: Path) -> Path:
    """The variant saved under its tool's name in `folder`, modified at the expected
    fetched_at (the time the tool saved it)."""
    path = folder / variant.tool / variant.key / variant.name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(variant.data)
    stamp = datetime.fromisoformat(variant.expected["fetched_at"]).timestamp()
    os.utime(path, (stamp, stamp))
    return path


def parse(variant: Variant, folder: Path) -> dict[str, Any]:
    """The record `newsscraper parse` gives for the saved variant (no --url)."""
    from newsscraper.inputs import InputProblem, iter_saved

    path = write(variant, folder)
    items = list(iter_saved([path]))
    if len(items) != 1 or isinstance(items[0], InputProblem):
        return {"problem": repr(items)}
    page = items[0]
    return record(page.response, page.fetched_at)


def mismatches(variant: Variant, got: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Fields whose value differs from the expected record (unrecoverable ones not compared)."""
    if "problem" in got or "skip" in got:
        return {"record": (got, "a record")}
    return {k: (got.get(k), v) for k, v in variant.expected.items()
            if k not in variant.unrecoverable and got.get(k) != v}
