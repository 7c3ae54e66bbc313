"""Unit tests for newsscraper.sites: the profile registry (discovery, duplicate checks, domain
lookup) and SiteProfile's checks at construction (bad regexes, date patterns, zones).
"""

from __future__ import annotations

import re
import zoneinfo
from types import ModuleType, SimpleNamespace

import pytest

from newsscraper import sites
from newsscraper.sites import (
    all_profiles,
    family_profiles,
    get_profile,
    profile_for,
)
from newsscraper.sites.profile import Rules, SiteProfile


def test_registry_finds_ampforwp() -> None:
    names = [p.name for p in all_profiles()]
    assert "ampforwp" in names
    assert names == sorted(names)
    ampforwp = get_profile("ampforwp")
    assert ampforwp.marker
    assert ampforwp.domains == ()
    assert ampforwp in family_profiles()


def test_get_profile_unknown_name_lists_known_ones() -> None:
    with pytest.raises(KeyError, match="ampforwp"):
        get_profile("no-such-site")


def test_every_profile_compiles_its_rules() -> None:
    for profile in all_profiles():
        for _, pattern in profile.compiled_date_patterns:
            assert "value" in pattern.groupindex, profile.name


# --- profile_for: host suffix matching ------------------------------------------------------

WIRE = SiteProfile(name="wire", domains=("wire.example",))
WIRE_HINDI = SiteProfile(name="wire_hindi", domains=("hindi.wire.example",))
PORTAL = SiteProfile(name="portal", domains=("portal.example", "portal-news.example"))


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sites, "all_profiles", lambda: (PORTAL, WIRE, WIRE_HINDI))


@pytest.mark.parametrize(("url", "expected"), [
    ("https://wire.example/story/1", "wire"),
    ("https://www.wire.example/story/1", "wire"),
    ("https://WWW.Wire.Example/story/1", "wire"),
    ("https://hindi.wire.example/story/1", "wire_hindi"),  # longest suffix wins
    ("https://m.hindi.wire.example/story/1", "wire_hindi"),
    ("https://portal-news.example/a", "portal"),
    ("https://notwire.example/story/1", None),  # a suffix of the host, not of a label
    ("https://wire.example.evil.test/story/1", None),
    ("https://example/", None),
    ("file:///tmp/page.html", None),
    ("not a url", None),
])
@pytest.mark.usefixtures("registry")
def test_profile_for(url: str, expected: str | None) -> None:
    found = profile_for(url)
    assert (found.name if found else None) == expected


# --- registry checks ------------------------------------------------------------------------

def fake_registry(monkeypatch: pytest.MonkeyPatch, profiles: dict[str, SiteProfile]) -> None:
    """Make `all_profiles` discover exactly these modules (name -> PROFILE)."""
    modules = {}
    for name, profile in profiles.items():
        module = ModuleType(f"newsscraper.sites.{name}")
        module.PROFILE = profile  # type: ignore[attr-defined]
        modules[module.__name__] = module
    infos = [SimpleNamespace(name=n) for n in ("profile", "_private", *profiles)]
    monkeypatch.setattr(sites, "pkgutil", SimpleNamespace(iter_modules=lambda path: infos))
    monkeypatch.setattr(sites, "importlib", SimpleNamespace(import_module=modules.__getitem__))


def test_registry_discovers_modules_with_a_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_registry(monkeypatch, {"b_site": WIRE, "a_site": PORTAL})
    assert [p.name for p in sites.all_profiles.__wrapped__()] == ["portal", "wire"]


def test_duplicate_names_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_registry(monkeypatch, {"one": WIRE, "two": SiteProfile(name="wire")})
    with pytest.raises(ValueError, match="wire"):
        sites.all_profiles.__wrapped__()


def test_duplicate_domains_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    other = SiteProfile(name="other", domains=("elsewhere.example", "wire.example"))
    fake_registry(monkeypatch, {"one": WIRE, "two": other})
    with pytest.raises(ValueError, match=r"wire\.example"):
        sites.all_profiles.__wrapped__()


# --- SiteProfile construction ---------------------------------------------------------------

def test_bad_article_url_regex_raises() -> None:
    with pytest.raises(re.error):
        SiteProfile(name="x", article_url=r"/\d{4}/(\d{2}/[\w-]+")


def test_date_pattern_without_value_group_raises() -> None:
    with pytest.raises(ValueError, match="value"):
        SiteProfile(name="x", date_patterns={"modified_at": r"Updated on (.+)"})


def test_date_pattern_with_a_look_alike_group_raises() -> None:
    # "(?P<value>" must be the group itself, not a prefix of another group's name.
    with pytest.raises((ValueError, re.error)):
        SiteProfile(name="x", date_patterns={"modified_at": r"Updated on (?P<value_text>.+)"})


def test_bad_date_pattern_regex_raises() -> None:
    with pytest.raises(re.error):
        SiteProfile(name="x", date_patterns={"modified_at": r"Updated on (?P<value>[.+)"})


def test_unknown_timezone_raises() -> None:
    with pytest.raises(zoneinfo.ZoneInfoNotFoundError):
        SiteProfile(name="x", timezone="Asia/Nowhere")


def test_good_profile_constructs() -> None:
    profile = SiteProfile(
        name="x", domains=("x.example",), timezone="Asia/Kolkata",
        article_url=r"/\d{4}/\d{2}/[\w-]+/?$",
        fields=Rules(title=("h1.entry-title::text",), body=("div.entry-content > p",)),
        date_patterns={"modified_at": r"This post was last modified on (?P<value>.+)"},
    )
    [(field, pattern)] = profile.compiled_date_patterns
    assert field == "modified_at"
    assert pattern.flags & re.I
    assert pattern.search("this POST was last modified on Dec 17")["value"] == "Dec 17"
    assert profile.fields.for_field("title") == ("h1.entry-title::text",)
    assert profile.fields.for_field("section") == ()


@pytest.mark.parametrize(("url", "expected"), [
    ("https://x.example/2024/12/delhi-cold-wave/", True),
    ("https://x.example/2024/12/delhi-cold-wave", True),
    ("https://x.example/category/delhi/", False),
    ("https://x.example/", False),
    ("https://x.example/2024/12/delhi-cold-wave/amp/", False),
])
def test_is_article_url(url: str, expected: bool) -> None:
    profile = SiteProfile(name="x", article_url=r"/\d{4}/\d{2}/[\w-]+/?$")
    assert profile.is_article_url(url) is expected


def test_is_article_url_without_a_pattern_is_none() -> None:
    assert SiteProfile(name="x").is_article_url("https://x.example/anything") is None


@pytest.mark.parametrize(("url", "expected"), [
    ("https://apnews.com/article/mexico-economy-growth-3cc842471fb9df42315d658d88c8403a", True),
    ("https://hosted.ap.org/citizensvoice/article/2896af5086674d4bbbbd454dec217c63/uk", True),
    ("https://apnews.com/hub/politics", False),
    ("https://apnews.com/", False),
])
def test_apnews_profile_matches_and_tells_stories_from_hubs(url: str, expected: bool) -> None:
    profile = profile_for(url)
    assert profile is not None
    assert profile.name == "apnews"
    assert profile.is_article_url(url) is expected
