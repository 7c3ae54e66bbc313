"""CSS selectors (parsel's dialect: `::text`, `::attr()`) as XPath that libxml2 runs fast.

cssselect turns `.byline` into a test of every element of the page:
`*[@class and contains(@class, 'byline') and contains(concat(' ', normalize-space(@class), ' '),
' byline ')]`, which builds node-sets and strings for each of a page's ~1,000 elements.
Stepping to the attribute and back, `*/@class[contains(., 'byline') and …]/..`, visits only
the elements that have a class and selects the same elements, in the same order: 2-3x faster.
A site profile's rules are mostly class selectors, and its drop list is a dozen of them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import cssselect
from lxml import etree
from parsel.csstranslator import HTMLTranslator

if TYPE_CHECKING:
    from cssselect.parser import Selector

# cssselect's tests of one attribute on one element step (`*` or a tag), each false when the
# element lacks the attribute; only whole predicates followed by a step, a union or the end
# are rewritten (so no predicate or position test of the same step is ever separated).
_END = r"(?=/|$| \|)"
_CLASS_TEST = re.compile(
    r"(\*|[\w-]+)\[@class and contains\(@class, '([^']*)'\) and "
    r"contains\(concat\(' ', normalize-space\(@class\), ' '\), ' \2 '\)\]" + _END
)
_EQUALS_TEST = re.compile(r"(\*|[\w-]+)\[@([\w-]+) = '([^']*)'\]" + _END)
_STARTS_TEST = re.compile(r"(\*|[\w-]+)\[@([\w-]+) and starts-with\(@\2, '([^']*)'\)\]" + _END)


def attribute_steps(xpath: str) -> str:
    """`xpath` with one-attribute tests made steps through the attribute.

    >>> xpath = attribute_steps(HTMLTranslator().css_to_xpath(".story > p"))
    >>> xpath.startswith("descendant-or-self::*/@class[contains(., 'story')"), xpath[-5:]
    (True, '/../p')
    >>> attribute_steps("descendant-or-self::*[@data-key = 'article']/p")
    "descendant-or-self::*/@data-key[. = 'article']/../p"
    """
    xpath = _CLASS_TEST.sub(
        r"\1/@class[contains(., '\2') and contains(concat(' ', normalize-space(.), ' '), "
        r"' \2 ')]/..", xpath)
    xpath = _EQUALS_TEST.sub(r"\1/@\2[. = '\3']/..", xpath)
    return _STARTS_TEST.sub(r"\1/@\2[starts-with(., '\3')]/..", xpath)


#: An alternative that selects elements by one attribute alone (`.ad`, `#respond`).
_ONE_ATTRIBUTE = re.compile(r"^descendant-or-self::\*/@([\w-]+)\[([^\]]*)\]/\.\.$")


def merged(alternatives: list[str]) -> list[str]:
    """Alternatives that select elements by the same attribute alone, as one test of it: a
    drop list of class selectors becomes one pass over the page's classes, not one each.

    >>> merged(["descendant-or-self::*/@id[. = 'a']/..", "descendant-or-self::p",
    ...         "descendant-or-self::*/@id[. = 'b']/.."])
    ['descendant-or-self::p', "descendant-or-self::*/@id[(. = 'a') or (. = 'b')]/.."]
    """
    tests: dict[str, list[str]] = {}
    out: list[str] = []
    for xpath in alternatives:
        one = _ONE_ATTRIBUTE.match(xpath)
        if one:
            tests.setdefault(one[1], []).append(one[2])
        else:
            out.append(xpath)
    for name, conditions in tests.items():
        either = " or ".join(f"({c})" for c in conditions)
        out.append(f"descendant-or-self::*/@{name}[{either}]/..")
    return out


class Translator(HTMLTranslator):
    """parsel's HTML translator, with `attribute_steps` applied to each alternative of a
    selector group and same-attribute alternatives `merged`."""

    def css_to_xpath(self, css: str, prefix: str = "descendant-or-self::") -> str:
        return " | ".join(merged([
            self.selector_to_xpath(selector, prefix, translate_pseudo_elements=True)
            for selector in cssselect.parse(css)
        ]))

    def selector_to_xpath(self, selector: Selector, prefix: str = "descendant-or-self::",
                          translate_pseudo_elements: bool = False) -> str:
        return attribute_steps(super().selector_to_xpath(selector, prefix,
                                                         translate_pseudo_elements))


_TRANSLATOR = Translator()


@lru_cache(maxsize=512)
def compiled(css: str) -> etree.XPath:
    return etree.XPath(_TRANSLATOR.css_to_xpath(css))


@lru_cache(maxsize=64)
def compiled_union(rules: tuple[str, ...]) -> etree.XPath:
    """All of a profile's drop selectors as one selector group, whose class (and id)
    selectors the translator tests in one pass over the tree instead of one per selector (a
    profile lists a dozen); see `merged`."""
    return etree.XPath(_TRANSLATOR.css_to_xpath(", ".join(rules)))
