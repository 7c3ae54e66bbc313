"""The static HTML shipped in `templates/`: page skeletons (`string.Template`, `${name}`
fields) and fixed fragments (header, footer, styles) with `@BASE@` for the site's base URL.

Read from the package once and cached; nothing is ever written there.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from string import Template

_PACKAGE = "newsscraper.testsite"


@cache
def skeleton(name: str) -> Template:
    """The page skeleton `templates/<name>.html`."""
    return Template(_read(name))


@cache
def fragment(name: str, base: str) -> str:
    """The fixed fragment `templates/<name>.html` with its links under `base`."""
    return _read(name).replace("@BASE@", base)


def _read(name: str) -> str:
    return (files(_PACKAGE) / "templates" / f"{name}.html").read_text(encoding="utf-8")
