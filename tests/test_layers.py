"""The dependency direction of DESIGN.md §2, read from the source with `ast` (nothing imported):

    cli → spiders, pipelines, inputs, export → extract → sites, loaders, page → processors,
    dates → items;  site modules import only sites.profile (and processors).

Every import counts, including those under `if TYPE_CHECKING:` and inside functions: the
direction is a design rule, not only a runtime one.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "newsscraper"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES: dict[str, Path] = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


@cache
def imports_of(module: str) -> frozenset[str]:
    """Every newsscraper module (and `module.name` for `from module import name`) imported."""
    path = MODULES[module]
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return frozenset(name for name in found if name.split(".")[0] == "newsscraper")


def imported_modules(module: str) -> set[str]:
    """The newsscraper modules `module` imports (a `from pkg import sub` counts as pkg.sub)."""
    return {name for name in imports_of(module) if name in MODULES} | {
        name.rsplit(".", 1)[0] for name in imports_of(module)
        if name not in MODULES and name.rsplit(".", 1)[0] in MODULES
    }


def within(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def test_modules_found() -> None:
    for expected in ("newsscraper.processors", "newsscraper.page", "newsscraper.loaders",
                     "newsscraper.extract", "newsscraper.extract.agency",
                     "newsscraper.sites.profile", "newsscraper.sites.ampforwp"):
        assert expected in MODULES


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m != "newsscraper.cli"))
def test_nothing_imports_the_cli(module: str) -> None:
    assert "newsscraper.cli" not in imported_modules(module), \
        f"{module} imports newsscraper.cli"


EXTRACT_MUST_NOT_IMPORT = ("newsscraper.pipelines", "newsscraper.inputs", "newsscraper.cli",
                           "newsscraper.spiders", "newsscraper.state", "newsscraper.export")


@pytest.mark.parametrize("module", sorted(m for m in MODULES if within(m, "newsscraper.extract")))
def test_extract_imports_nothing_downstream(module: str) -> None:
    bad = sorted(n for n in imported_modules(module) if within(n, *EXTRACT_MUST_NOT_IMPORT))
    assert not bad, f"{module} imports {bad}"


SITE_MODULES = sorted(
    m for m in MODULES
    if within(m, "newsscraper.sites")
    and m not in ("newsscraper.sites", "newsscraper.sites.profile")
)


def test_there_are_site_modules() -> None:
    assert "newsscraper.sites.ampforwp" in SITE_MODULES


@pytest.mark.parametrize("module", SITE_MODULES)
def test_site_modules_import_only_profile_and_processors(module: str) -> None:
    allowed = {"newsscraper.sites.profile", "newsscraper.processors"}
    assert imported_modules(module) <= allowed, \
        f"{module} imports {sorted(imported_modules(module) - allowed)}"


def test_addresses_is_a_leaf() -> None:
    # The crawler sorts links by address without loading the extractor (re-run start-up).
    assert imported_modules("newsscraper.addresses") == set()


def test_the_crawl_does_not_import_the_extractor_at_start() -> None:
    import subprocess
    import sys

    code = ("import sys, newsscraper.crawl; "
            "print(any(m.startswith('newsscraper.extract') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("module", ["newsscraper.processors", "newsscraper.dates"])
def test_processors_and_dates_import_only_items(module: str) -> None:
    assert imported_modules(module) <= {"newsscraper.items"}, \
        f"{module} imports {sorted(imported_modules(module))}"


LOWER_LAYERS = ("newsscraper.sites", "newsscraper.loaders", "newsscraper.page",
                "newsscraper.items")


@pytest.mark.parametrize("module", sorted(m for m in MODULES if within(m, *LOWER_LAYERS)))
def test_lower_layers_do_not_import_extract_or_above(module: str) -> None:
    above = ("newsscraper.extract", *EXTRACT_MUST_NOT_IMPORT)
    bad = sorted(n for n in imported_modules(module) if within(n, *above))
    assert not bad, f"{module} imports {bad}"


def test_items_imports_nothing_from_the_package() -> None:
    assert imported_modules("newsscraper.items") == set()


def test_relative_imports_are_resolved() -> None:
    # The walker's own check: a relative import in a package __init__ resolves to the package.
    tree_modules = imported_modules("newsscraper.extract")
    assert "newsscraper.extract.fields" in tree_modules
    assert "newsscraper.page" in tree_modules


#: The printed-field readers split out of extract/fields.py, and the only family modules each
#: may import: the headline's landmarks at the bottom, the byline readers under the dates.
#: fields (the orchestration) imports them all and none of them imports fields.
FIELD_FAMILIES = {
    "headline": set(),
    "bylines": {"headline"},
    "printed_dates": {"headline", "bylines"},
    "taxonomy": {"headline"},
    "images": {"headline"},
    "body": {"headline"},
}


@pytest.mark.parametrize("family", sorted(FIELD_FAMILIES))
def test_field_families_import_one_way(family: str) -> None:
    extract = "newsscraper.extract."
    imported = {n.removeprefix(extract) for n in imported_modules(extract + family)}
    bad = sorted(imported & ({"fields", *FIELD_FAMILIES} - FIELD_FAMILIES[family]))
    assert not bad, f"{extract}{family} imports {bad}"
