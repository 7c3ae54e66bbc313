"""Registry of site profiles: every module in this package with a `PROFILE` is found by itself.

`profile_for(url)` matches the URL's host against each profile's domains (suffix match);
template-family profiles (those with a `marker`) are tried on the page by `extract`.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from urllib.parse import urlsplit

from newsscraper.sites.profile import SiteProfile

__all__ = ["SiteProfile", "all_profiles", "family_profiles", "get_profile", "profile_for"]


@cache
def all_profiles() -> tuple[SiteProfile, ...]:
    """Every profile, sorted by name. Duplicate names or domains raise at load."""
    found: list[SiteProfile] = []
    for info in pkgutil.iter_modules(__path__):
        if info.name == "profile" or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        profile = getattr(module, "PROFILE", None)
        if isinstance(profile, SiteProfile):
            found.append(profile)
    seen_names: set[str] = set()
    seen_domains: dict[str, str] = {}
    for p in found:
        if p.name in seen_names:
            raise ValueError(f"two site profiles are named {p.name!r}")
        seen_names.add(p.name)
        for d in p.domains:
            if d in seen_domains:
                raise ValueError(f"domain {d!r} is claimed by {seen_domains[d]} and {p.name}")
            seen_domains[d] = p.name
    return tuple(sorted(found, key=lambda p: p.name))


def get_profile(name: str) -> SiteProfile:
    """The profile called `name`; KeyError lists the known names."""
    for p in all_profiles():
        if p.name == name:
            return p
    known = ", ".join(p.name for p in all_profiles())
    raise KeyError(f"no site profile named {name!r} (known: {known})")


def profile_for(url: str) -> SiteProfile | None:
    """The profile whose domain matches the URL's host (longest suffix wins), else None."""
    host = (urlsplit(url).hostname or "").lower()
    best: tuple[int, SiteProfile] | None = None
    for p in all_profiles():
        for d in p.domains:
            if (host == d or host.endswith("." + d)) and (best is None or len(d) > best[0]):
                best = (len(d), p)
    return best[1] if best else None


def family_profiles() -> tuple[SiteProfile, ...]:
    """Profiles that apply to any host whose page matches their `marker` selector."""
    return tuple(p for p in all_profiles() if p.marker)
