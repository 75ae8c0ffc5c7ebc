"""Output-identical stand-ins for trafilatura's costliest pruning XPaths.

Before extracting, trafilatura deletes boilerplate (comment threads, share bars, hidden blocks,
navigation) with XPath expressions that call `re:test()` on each element's `id`, `class` or
`style`, and lxml calls back into Python for each of those tests. On the benchmark's pages
(~800 elements once scripts are stripped) the five expressions below cost ~15 ms of a ~36 ms
extraction, the one that tests every element for hidden blocks ~11 ms of it; the stand-ins
cost ~4 ms together (2,000 pages: 36 -> 25 ms of CPU per page, same output).

Each stand-in walks the same elements once in Python, with the same regular expressions read
from trafilatura's own expression, and returns the same elements in the same document order;
trafilatura calls it where it called the XPath (`prune_unwanted_nodes` only calls its
expressions). `install()` puts a stand-in in place only when trafilatura's expression is,
up to whitespace, the one it was written from, so a trafilatura that changed an expression
keeps its own. tests/test_prune.py holds each stand-in to its XPath, element for element.

XPath semantics the stand-ins reproduce:
- `re:test(@a, 'rx')`: lxml's EXSLT `re.search(rx, value)`; a missing attribute tests ''.
- `re:test(@a|@b, 'rx')` and `starts-with(@a|@b, ...)`: the union's string value is its first
  node in document order, i.e. whichever of the two attributes the element lists first.
- `contains(@a, s)`, `@a='s'`, `@a` (present, even if empty), `.//h1` (any descendant h1).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_installed = False


def install() -> int:
    """Replace trafilatura's matching expressions with the stand-ins, once per process.

    Returns how many were replaced (0 when trafilatura's expressions are not the ones known
    here; extraction then runs on trafilatura's own, only slower).
    """
    global _installed
    if _installed:
        return 0
    _installed = True
    from trafilatura import xpaths

    replaced = 0
    for list_name, template, build in _STAND_INS:
        expressions = getattr(xpaths, list_name, None)
        if not isinstance(expressions, list):
            continue
        for i, expression in enumerate(expressions):
            literals = _literals(getattr(expression, "path", None), template)
            if literals is not None:
                tags, keep = build(*literals)
                expressions[i] = _StandIn(expression, tags, keep)  # the list every module shares
                replaced += 1
    return replaced


def uninstall() -> int:
    """Put trafilatura's own expressions back (`WATCH_PLAIN`); returns how many."""
    global _installed
    _installed = False
    from trafilatura import xpaths

    restored = 0
    for list_name in {name for name, _, _ in _STAND_INS}:
        expressions = getattr(xpaths, list_name, None)
        if not isinstance(expressions, list):
            continue
        for i, expression in enumerate(expressions):
            if isinstance(expression, _StandIn):
                expressions[i] = expression.original
                restored += 1
    return restored


# --- matching trafilatura's expression text ---------------------------------------------------


def _normal(text: str) -> str:
    return " ".join(text.split())


def _template(text: str) -> re.Pattern[str]:
    """`text` with each `{}` standing for one quoted regex literal, as a full-match pattern."""
    parts = [re.escape(part) for part in _normal(text).split("{}")]
    return re.compile("'([^']*)'".join(parts))


def _literals(path: str | None, template: re.Pattern[str]) -> tuple[str, ...] | None:
    if not isinstance(path, str):
        return None
    match = template.fullmatch(_normal(path))
    return match.groups() if match else None


# --- attribute tests with XPath's meaning -----------------------------------------------------


class _Test:
    """`re:test(attribute, rx)` for an attribute value that may be missing (None)."""

    __slots__ = ("if_missing", "search")

    def __init__(self, rx: str) -> None:
        self.search = re.compile(rx).search
        self.if_missing = self.search("") is not None

    def __call__(self, value: str | None) -> bool:
        return self.if_missing if value is None else self.search(value) is not None


def _first_of(element: Any, a: str, value_a: str | None, b: str, value_b: str | None) -> str | None:
    """The string value of `@a|@b`: of the two attributes, the one the element lists first."""
    if value_a is None or value_b is None:
        return value_b if value_a is None else value_a
    for name in element.keys():  # noqa: SIM118 (iterating an element yields its children)
        if name == a:
            return value_a
        if name == b:
            return value_b
    return value_a  # not reached: both are among the keys


class _StandIn:
    """Callable like the `lxml.etree.XPath` it replaces: `stand_in(tree)` -> matching elements.

    `original` is that XPath and `path` its text, for anyone reading trafilatura's lists.
    """

    def __init__(self, original: Any, tags: tuple[str, ...], keep: Callable[[Any], bool]) -> None:
        from lxml.etree import Element

        self.original = original
        self.path: str = original.path
        self._tags: tuple[Any, ...] = tags or (Element,)  # Element: any element, no comments
        self._keep = keep

    def __call__(self, tree: Any) -> list[Any]:
        keep = self._keep
        return [element for element in tree.iterdescendants(*self._tags) if keep(element)]

    def __repr__(self) -> str:
        return f"<watch.extraction.prune stand-in for {_normal(self.path)}>"


# what a builder returns: the tags to walk (none: every element) and the per-element test
_Built = tuple[tuple[str, ...], Callable[[Any], bool]]

# --- the stand-ins ----------------------------------------------------------------------------

_OVERALL_BLOCKS = """
.//*[self::div or self::item or self::list or self::p or self::section or self::span][
@data-lp-replacement-content or
contains(translate(@role, 'N', 'n'), 'nav') or
contains(@data-component, 'MostPopularStories') or
re:test(@id|@class, {}) or
re:test(@id, {}) or
re:test(@class, {})]
"""


def _overall_blocks(id_or_class: str, id_rx: str, class_rx: str) -> _Built:
    first_test, id_test, class_test = _Test(id_or_class), _Test(id_rx), _Test(class_rx)

    def keep(element: Any) -> bool:
        get = element.get
        id_, class_, role, component = get("id"), get("class"), get("role"), get("data-component")
        return (
            get("data-lp-replacement-content") is not None
            or (role is not None and "nav" in role.replace("N", "n"))
            or (component is not None and "MostPopularStories" in component)
            or first_test(_first_of(element, "id", id_, "class", class_))
            or id_test(id_)
            or class_test(class_)
        )

    tags = ("div", "item", "list", "p", "section", "span")
    return tags, keep


_OVERALL_HIDDEN = """
.//*[@class='comments-title' or
starts-with(@id|@class, 'reply-') or
re:test(@id|@style, {}) or
contains(@style, 'display:none') or contains(@style, 'display: none') or
re:test(@id, {}) or
re:test(@class, {}) or @aria-hidden='true']
"""


def _overall_hidden(id_or_style: str, id_rx: str, class_rx: str) -> _Built:
    first_test, id_test, class_test = _Test(id_or_style), _Test(id_rx), _Test(class_rx)

    missing_passes = first_test.if_missing or id_test.if_missing or class_test.if_missing

    def keep(element: Any) -> bool:
        get = element.get
        id_, class_, style = get("id"), get("class"), get("style")
        if id_ is None and class_ is None and style is None:  # most elements: one clause left
            return missing_passes or get("aria-hidden") == "true"
        id_or_class = _first_of(element, "id", id_, "class", class_)
        return (
            class_ == "comments-title"
            or (id_or_class is not None and id_or_class.startswith("reply-"))
            or first_test(_first_of(element, "id", id_, "style", style))
            or (style is not None and ("display:none" in style or "display: none" in style))
            or id_test(id_)
            or class_test(class_)
            or get("aria-hidden") == "true"
        )

    return (), keep


def _by_id_or_class(
    id_rx: str, class_rx: str, then: tuple[Callable[[Any], bool], str, str] | None = None
) -> Callable[[Any], bool]:
    """`[re:test(@id, id_rx) or re:test(@class, class_rx)]`, and with `then` = (applies,
    id_rx2, class_rx2) a second predicate `[not(applies) or re:test(@id, id_rx2) or
    re:test(@class, class_rx2)]`."""
    id_test, class_test = _Test(id_rx), _Test(class_rx)
    second = (then[0], _Test(then[1]), _Test(then[2])) if then else None

    def keep(element: Any) -> bool:
        id_, class_ = element.get("id"), element.get("class")
        if not (id_test(id_) or class_test(class_)):
            return False
        if second is None:
            return True
        applies, id_test2, class_test2 = second
        return not applies(element) or id_test2(id_) or class_test2(class_)

    return keep


_COMMENT_BLOCKS = """
.//*[self::div or self::list or self::section or self::details][
re:test(@id, {}) or
re:test(@class, {})]
"""


def _comment_blocks(id_rx: str, class_rx: str) -> _Built:
    return ("div", "list", "section", "details"), _by_id_or_class(id_rx, class_rx)


_COMMENT_BLOCKS_AND_LISTS = """
.//*[self::div or self::list or self::section or self::details or self::ol or self::ul][
re:test(@id, {}) or
re:test(@class, {})][
not(self::ol or self::ul) or re:test(@id, {}) or re:test(@class, {})]
"""


def _comment_blocks_and_lists(id_rx: str, class_rx: str, list_id: str, list_class: str) -> _Built:
    def is_list(element: Any) -> bool:
        return element.tag in ("ol", "ul")

    tags = ("div", "list", "section", "details", "ol", "ul")
    return tags, _by_id_or_class(id_rx, class_rx, (is_list, list_id, list_class))


_APPENDED_ARTICLES = """
.//*[self::div or self::section or self::aside][
re:test(@id, {}) or
re:test(@class, {})][
not(.//h1) or re:test(@id, {}) or re:test(@class, {})]
"""


def _appended_articles(id_rx: str, class_rx: str, h1_id: str, h1_class: str) -> _Built:
    def has_h1(element: Any) -> bool:
        return next(element.iterdescendants("h1"), None) is not None

    return ("div", "section", "aside"), _by_id_or_class(id_rx, class_rx, (has_h1, h1_id, h1_class))


# (trafilatura.xpaths list, expression template, builder taking the template's literals)
_STAND_INS: list[tuple[str, re.Pattern[str], Callable[..., _Built]]] = [
    ("OVERALL_DISCARD_XPATH", _template(_OVERALL_BLOCKS), _overall_blocks),
    ("OVERALL_DISCARD_XPATH", _template(_OVERALL_HIDDEN), _overall_hidden),
    ("REMOVE_COMMENTS_XPATH", _template(_COMMENT_BLOCKS), _comment_blocks),
    (
        "REMOVE_COMMENTS_AND_LISTS_XPATH",
        _template(_COMMENT_BLOCKS_AND_LISTS),
        _comment_blocks_and_lists,
    ),
    ("RAW_TREE_PRUNE_XPATH", _template(_APPENDED_ARTICLES), _appended_articles),
]
