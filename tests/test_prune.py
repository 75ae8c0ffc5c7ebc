"""watch.extraction.prune's stand-ins select exactly the elements trafilatura's XPaths select."""

from __future__ import annotations

import contextlib
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html
from trafilatura import xpaths

from tests.test_extract import realistic_page
from watch.errors import ExtractError
from watch.extraction import extract_html, prune, strip_heavy

_LISTS = (
    "OVERALL_DISCARD_XPATH",
    "REMOVE_COMMENTS_XPATH",
    "REMOVE_COMMENTS_AND_LISTS_XPATH",
    "RAW_TREE_PRUNE_XPATH",
)
PAGES = Path(__file__).parent / "data" / "pages"


def stand_ins() -> list[Any]:
    prune.install()
    return [e for name in _LISTS for e in getattr(xpaths, name) if isinstance(e, prune._StandIn)]


@contextlib.contextmanager
def trafilatura_own_expressions() -> Iterator[None]:
    """Put trafilatura's XPaths back for the duration, then the stand-ins again."""
    prune.install()
    swapped = []
    for name in _LISTS:
        expressions = getattr(xpaths, name)
        for i, expression in enumerate(expressions):
            if isinstance(expression, prune._StandIn):
                expressions[i] = expression.original
                swapped.append((expressions, i, expression))
    try:
        yield
    finally:
        for expressions, i, expression in swapped:
            expressions[i] = expression


def test_the_installed_trafilatura_gets_all_five_stand_ins() -> None:
    # Fails when a trafilatura upgrade rewrites one of the expressions: extraction still
    # works (on trafilatura's own XPath), but the stand-in needs writing again.
    found = stand_ins()
    assert len(found) == 5
    assert all(type(s.original).__name__ == "XPath" and s.path == s.original.path for s in found)
    assert prune.install() == 0  # once per process


def test_an_expression_that_differs_from_the_template_is_left_alone() -> None:
    template = prune._template("//*[\n re:test(@class, {})]")  # runs of whitespace are one space
    assert prune._literals("\n  //*[\n\t  re:test(@class, 'a|b')]\n", template) == ("a|b",)
    assert prune._literals("//*[re:test(@id, 'a|b')]", template) is None
    assert prune._literals("//*[re:test(@class, 'a|b') or @hidden]", template) is None
    assert prune._literals(None, template) is None


# --- element for element, on random trees made of the expressions' own vocabulary -------------


def _words(text: str) -> list[str]:
    return text.split()


_TAGS = _words("div p span section aside details ol ul li list item h1 a article header")
_TOKENS = _words(
    "comments Comment commentary comment-list article-comments post-comments comol disqus_thread "
    "dsq-comments reply-3 post-reply-x -reply- comments-title nocomments hidden hide-me x-hide-y "
    "noprint sidebar banner nav Nav navbar subnav navigation menu share-bar share Share sharing "
    "social viral tags tag-list cookie consent author byline ad ad-slot x-ad-y dfpAd widget "
    "teaser mvp-post-add-box mvp-post-add-wrap infinite-scroll infinitescroll "
    "elementor-share-buttons meta related elated next- -stories footer Footer premium ^ad- jp-x "
    "message message-container akismet reader-comments main content entry-content story body x"
)
_STYLES = ("display:none", "display: none", "color:red", "visibility:hidden", "margin:0")


def _attributes(rng: random.Random) -> str:
    pool = {
        "id": lambda: rng.choice(_TOKENS) + rng.choice(("", "-1", "_box")),
        "class": lambda: rng.choice(("", " ")) + " ".join(rng.sample(_TOKENS, rng.randint(1, 3))),
        "style": lambda: rng.choice(_STYLES),
        "role": lambda: rng.choice(("navigation", "Navigation", "main", "complementary")),
        "aria-hidden": lambda: rng.choice(("true", "false")),
        "data-component": lambda: rng.choice(("MostPopularStories", "Body")),
        "data-lp-replacement-content": lambda: rng.choice(("", "1")),
        "href": lambda: "/x",
    }
    names = rng.sample(list(pool), rng.choice((0, 1, 1, 2, 2, 3, 4)))
    return "".join(f' {name}="{pool[name]()}"' for name in names)


def _subtree(rng: random.Random, depth: int) -> str:
    tag = rng.choice(_TAGS)
    count = rng.randint(0, 4) if depth < 4 else 0
    children = "".join(_subtree(rng, depth + 1) for _ in range(count))
    return f"<{tag}{_attributes(rng)}>t{children}</{tag}>"


def random_tree(rng: random.Random) -> Any:
    body = "".join(_subtree(rng, 0) for _ in range(rng.randint(2, 6)))
    return lxml_html.fromstring(f"<html><body>{body}</body></html>")


def test_each_stand_in_selects_what_its_xpath_selects_on_random_trees() -> None:
    rng = random.Random(7)
    found = stand_ins()
    selected = [0] * len(found)
    for _ in range(400):
        tree = random_tree(rng)
        path = tree.getroottree().getpath
        for n, stand_in in enumerate(found):
            expected = [path(e) for e in stand_in.original(tree)]
            got = [path(e) for e in stand_in(tree)]
            assert got == expected, (stand_in, lxml_html.tostring(tree))
            selected[n] += len(expected)
    # not vacuous: every expression selected plenty of elements
    assert min(selected) > 100, selected


@pytest.mark.parametrize(
    ("snippet", "selected"),
    [
        # starts-with(@id|@class, 'reply-'): only the attribute written first counts
        ('<div class="reply-1" id="a">t</div>', True),
        ('<div id="a" class="reply-1">t</div>', False),
        # re:test(@id|@style, 'hidden')
        ('<span style="hidden" id="a">t</span>', True),
        ('<span id="a" style="hidden">t</span>', False),
        ('<p aria-hidden="true">t</p>', True),
        ('<p aria-hidden="TRUE">t</p>', False),
    ],
)
def test_attribute_order_decides_as_in_xpath(snippet: str, selected: bool) -> None:
    tree = lxml_html.fromstring(f"<html><body>{snippet}</body></html>")
    hidden = next(s for s in stand_ins() if "aria-hidden" in s.path)
    assert bool(hidden.original(tree)) is selected  # what libxml2 does
    assert bool(hidden(tree)) is selected


def test_has_h1_below_keeps_an_appended_article_container() -> None:
    tree = lxml_html.fromstring(
        "<html><body><div class='infinite-scroll'><h1>Real</h1></div>"
        "<div class='infinite-scroll'><h2>Next</h2></div>"
        "<div class='mvp-post-add-box'><h1>Appended</h1></div></body></html>"
    )
    appended = next(s for s in stand_ins() if "h1" in s.path)
    expected = [e.get("class") for e in appended.original(tree)]
    assert expected == ["infinite-scroll", "mvp-post-add-box"]
    assert [e.get("class") for e in appended(tree)] == expected


# --- whole extraction: same title, text, date and language ------------------------------------


def _boilerplate_page(rng: random.Random) -> bytes:
    """An article wrapped in the blocks the pruning expressions exist for."""
    words = _words("the company said on tuesday its board approved the plan shares rose")

    def para() -> str:
        return "<p>" + " ".join(rng.choice(words) for _ in range(rng.randint(20, 60))) + ".</p>"

    blocks = [
        f"<div class='share-bar social'>{para()}</div>",
        f"<div id='comments'><h3>Comments</h3>{para()}{para()}</div>",
        f"<ol class='comment-list'><li>{para()}</li></ol>",
        f"<div style='display:none'>{para()}</div>",
        f"<div class='newsletter'>{para()}</div>",
        f"<section class='related-stories'>{para()}</section>",
        f"<div class='mvp-post-add-box'><h1>Next story</h1>{para()}</div>",
        f"<span aria-hidden='true'>{para()}</span>",
        f"<div id='x' class='reply-form'>{para()}</div>",
        f"<div class='reply-form' id='x'>{para()}</div>",
    ]
    rng.shuffle(blocks)
    cut = rng.randint(0, len(blocks))
    article = "".join(para() for _ in range(rng.randint(4, 9)))
    return (
        "<html><head><title>Board approves plan</title></head><body>"
        f"<div role='navigation'>{para()}</div>{''.join(blocks[:cut])}"
        f"<article><h1>Board approves plan</h1>{article}</article>{''.join(blocks[cut:])}"
        "</body></html>"
    ).encode()


def _extract(page: bytes) -> tuple[Any, ...] | str:
    try:
        got = extract_html(strip_heavy(page))
    except ExtractError as err:
        return str(err)
    return (got.title, got.text, got.published, got.lang)


def test_extraction_is_unchanged_by_the_stand_ins() -> None:
    rng = random.Random(11)
    pages = [path.read_bytes() for path in sorted(PAGES.glob("*.html"))]
    pages += [realistic_page(rng, chinese=i % 3 == 0) for i in range(6)]
    pages += [_boilerplate_page(rng) for _ in range(30)]
    with_stand_ins = [_extract(page) for page in pages]
    with trafilatura_own_expressions():
        assert not any(isinstance(e, prune._StandIn) for e in xpaths.OVERALL_DISCARD_XPATH)
        with_xpaths = [_extract(page) for page in pages]
    assert with_stand_ins == with_xpaths
    assert sum(isinstance(result, tuple) for result in with_xpaths) > 30  # articles, not errors


def test_watch_plain_puts_trafilatura_own_expressions_back(monkeypatch: pytest.MonkeyPatch):
    page = realistic_page(random.Random(23), chinese=False)
    with_stand_ins = extract_html(page)
    assert len(stand_ins()) == 5
    monkeypatch.setenv("WATCH_PLAIN", "1")
    plainly = extract_html(page)
    assert not [
        e for name in _LISTS for e in getattr(xpaths, name) if isinstance(e, prune._StandIn)
    ]
    assert plainly == with_stand_ins
    monkeypatch.setenv("WATCH_PLAIN", "0")  # "0" is off, as unset
    assert extract_html(page) == with_stand_ins and len(stand_ins()) == 5
