"""`watch` against the test data of the two libraries it builds on (../shared/peer-corpora).

- Every feed of feedparser's own test suite is read by `parse_feed` with the fast reader allowed
  and with it forced off (WATCH_PLAIN=1, `watch.plain`): the two must agree exactly. The forced-
  off reading is then compared with plain `feedparser.parse` given the file's own `Header:`
  values, so `watch`'s entity stripping, re-decoding and settings are checked too: the same
  entries, or a difference listed in FEED_DIFFERENCES with its reason.
- A mutation pass rewrites each feed so the fast reader can take it (Atom 0.3 namespace to 1.0,
  RSS version to 2.0) and renames item/entry/title in other cases: hundreds of feeds it would
  otherwise hand over, read both ways, must agree exactly.
- Every page of trafilatura's test pages is extracted as `watch` does it (prune's stand-ins,
  `strip_heavy`) and plainly (neither): the same text, title, date and language, or a
  difference listed in PAGE_DIFFERENCES with the shortcut that makes it and why.

The corpora are data kept beside the repository, never copied into it; where they are absent
(a user's checkout) these tests skip.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest

from watch import feeds, plain
from watch.errors import ExtractError
from watch.extraction import extract_html, prune, strip_heavy
from watch.feeds import fastxml as feedxml
from watch.models import FetchResult

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "peer-corpora"
FEEDS = CORPORA / "feedparser" / "tests"
PAGES = CORPORA / "trafilatura" / "tests"

pytestmark = pytest.mark.skipif(
    not (FEEDS.is_dir() and PAGES.is_dir()),
    reason=f"the parsers' test corpora are not beside the repository ({CORPORA})",
)

NOW = datetime(2026, 12, 2, 12, tzinfo=UTC)
FEED_URL = "http://feed.example/corpus/feed.xml"  # where a file without Content-Location was
FIELDS = ("guid", "url", "link", "title", "text", "published")

# file -> (what differs, why). "error": watch refuses a feed feedparser reads; "feed title",
# "bozo", "count" and the entry FIELDS: the values differ. Each is by design (README, Security
# and How it works); the test fails if one of these files stops differing, so the list stays
# true.
_SANITISER = (
    "feedparser's HTML sanitiser is off in watch (all entry text is reduced to plain text and "
    "escaped wherever shown, never rendered as HTML): script bodies, comments and CDATA the "
    "sanitiser would drop come out as plain text, or go with the tags html_to_text drops"
)
_RELATIVE_ID = (
    "watch resolves a relative or odd id against the feed's URL (feedparser has no base for it "
    "without Content-Location); the guid is then stable per feed and never collides across feeds"
)
FEED_DIFFERENCES: dict[str, tuple[frozenset[str], str]] = {
    "encoding/bozo_linenoise.xml": (
        frozenset({"error"}),
        "declared UTF-8, isn't; feedparser's ISO-8859-2 reading is mojibake: refused as "
        "undecodable rather than stored wrong",
    ),
    "illformed/chardet/shiftjis.xml": (
        frozenset({"guid", "title", "text"}),
        "Shift-JIS with no Content-Type and no declaration: both read it as a Latin charset "
        "(no chardet installed), feedparser's ISO-8859-1 guess through the content-location "
        "watch adds differs from its guess without it; the mojibake differs, both are wrong",
    ),
    "wellformed/atom10/entry_id_no_normalization_4.xml": (frozenset({"guid"}), _RELATIVE_ID),
    "wellformed/atom10/entry_id_with_attributes.xml": (frozenset({"guid"}), _RELATIVE_ID),
    "wellformed/base/http_entry_id_base_docuri.xml": (frozenset({"guid"}), _RELATIVE_ID),
    "wellformed/lang/http_content_language_entry_title_inherit_2.xml": (
        frozenset({"guid"}),
        _RELATIVE_ID,
    ),
    "wellformed/node_precedence/atom10_id.xml": (frozenset({"guid"}), _RELATIVE_ID),
    "wellformed/rss/entity_in_doctype.xml": (
        frozenset({"guid", "bozo"}),
        "entity declarations are stripped before parsing (the loose parser would expand them "
        "without limit): &id; stays literally in the guid and the feed is marked malformed",
    ),
    "wellformed/rss/item_description_not_a_doctype.xml": (frozenset({"guid", "text"}), _SANITISER),
    **{
        f"wellformed/sanitize/{name}.xml": (frozenset({"guid", "text"}), _SANITISER)
        for name in (
            "entry_content_crazy",
            "entry_summary_crazy",
            "item_content_encoded_crazy",
            "item_content_encoded_script_nested_cdata",
            "item_description_crazy",
            "item_fullitem_crazy",
        )
    },
    "wellformed/sanitize/entry_title_crazy.xml": (frozenset({"guid", "title"}), _SANITISER),
    "wellformed/sanitize/feed_title_crazy.xml": (frozenset({"feed title"}), _SANITISER),
    "wellformed/sanitize/xml_malicious_comment.xml": (frozenset({"feed title"}), _SANITISER),
    "wellformed/sanitize/xml_unclosed_comment.xml": (frozenset({"feed title"}), _SANITISER),
}

_HEADER = re.compile(rb"^Header:\s*([^:\s]+)\s*:[ \t]*(.*?)\s*$", re.M)


def corpus_feeds() -> list[Path]:
    return sorted(p for p in FEEDS.rglob("*") if p.is_file())


def served_with(body: bytes) -> dict[str, str]:
    """The HTTP headers feedparser's test served the file with: its leading comment's
    `Header: Name: value` lines."""
    if not body.lstrip().startswith(b"<!--"):
        return {}
    head = body[: body.find(b"-->")]
    return {name.decode().lower(): value.decode() for name, value in _HEADER.findall(head)}


def fetched(body: bytes, headers: dict[str, str]) -> FetchResult:
    url = urljoin(FEED_URL, headers.get("content-location", ""))
    return FetchResult(
        url=url if url.startswith("http") else FEED_URL,
        final_url=url if url.startswith("http") else FEED_URL,
        status=200,
        headers=headers,
        body=body,
        validators=None,  # type: ignore[arg-type]
        elapsed=0.0,
    )


def read(result: FetchResult, monkeypatch: pytest.MonkeyPatch, *, fast: bool) -> Any:
    """What `parse_feed` makes of the feed (an error as its message), fast path allowed or not."""
    if fast:
        monkeypatch.delenv(plain.VARIABLE, raising=False)
    else:
        monkeypatch.setenv(plain.VARIABLE, "1")
    try:
        return feeds.parse_feed(result, "f", now=NOW)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


def differences(ours: Any, body: bytes, headers: dict[str, str], base: str) -> set[str]:
    """How `ours` (parse_feed's result, or its error) differs from plain feedparser's reading
    of the same bytes and headers, put through watch's own normalisation of entries."""
    import feedparser

    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    entries = [feeds._entry(raw, base, NOW) for raw in parsed["entries"]]
    if isinstance(ours, str):  # watch refuses only what has no entries, or undecodable bytes
        return {"error"} if entries else set()
    found: set[str] = set()
    if ours.title != feeds._detail_text(parsed["feed"], "title"):
        found.add("feed title")
    if (ours.bozo is not None) != (feeds._bozo_reason(parsed) is not None):
        found.add("bozo")
    if len(ours.entries) != len(entries):
        found.add("count")
    for mine, theirs in zip(ours.entries, entries, strict=False):
        found.update(f for f in FIELDS if getattr(mine, f) != getattr(theirs, f))
    return found


def test_every_feedparser_test_feed_reads_as_feedparser_reads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    problems, taken = [], 0
    for path in corpus_feeds():
        name = path.relative_to(FEEDS).as_posix()
        body = path.read_bytes()
        headers = served_with(body)
        result = fetched(body, headers)
        taken += feedxml.read(body, feeds._parser_headers(result)) is not None
        fast, slow = read(result, monkeypatch, fast=True), read(result, monkeypatch, fast=False)
        if fast != slow:
            problems.append(f"{name}: fast path {fast!r}, feedparser path {slow!r}")
        found = differences(slow, body, headers, result.final_url)
        listed = FEED_DIFFERENCES.get(name, (frozenset(), ""))[0]
        if found != listed:
            problems.append(f"{name}: differs from feedparser in {sorted(found)}, listed {listed}")
    assert not problems, "\n".join(problems)
    assert taken >= 700  # the fast reader took 772 of the 2,106 files: it must go on taking them


# --- mutations: feeds the fast reader would hand over, made plain -----------------------------

_ATOM03 = re.compile(rb"http://purl\.org/atom/ns#")
_RSS_VERSION = re.compile(rb"(<rss\b[^>]*?\bversion\s*=\s*)([\"'])[^\"']*\2")
_RSS_NO_VERSION = re.compile(rb"<rss(?![^>]*\bversion\s*=)(?=[\s>])")
_ENTRY_NAME = re.compile(rb"(</?(?:[A-Za-z_][\w.-]*:)?)(item|entry|title)(?=[\s/>])")


def made_plain(body: bytes) -> bytes:
    body = _ATOM03.sub(b"http://www.w3.org/2005/Atom", body)
    body = _RSS_VERSION.sub(rb'\g<1>"2.0"', body)
    return _RSS_NO_VERSION.sub(b'<rss version="2.0"', body, count=1)


def other_case(body: bytes, how: str) -> bytes:
    change = {"upper": bytes.upper, "title": bytes.title}[how]
    return _ENTRY_NAME.sub(lambda m: m[1] + change(m[2]), body)


def test_feeds_made_plain_read_the_same_on_both_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    problems, taken = [], 0
    for path in corpus_feeds():
        original = path.read_bytes()
        headers = served_with(original)
        plainer = made_plain(original)
        for variant, body in (
            ("made plain", plainer),
            ("upper case", other_case(plainer, "upper")),
            ("title case", other_case(plainer, "title")),
        ):
            if body == original:
                continue
            result = fetched(body, headers)
            taken += feedxml.read(body, feeds._parser_headers(result)) is not None
            fast, slow = read(result, monkeypatch, fast=True), read(result, monkeypatch, fast=False)
            if fast != slow:
                name = path.relative_to(FEEDS).as_posix()
                problems.append(f"{name} ({variant}): fast {fast!r}, feedparser {slow!r}")
    assert not problems, "\n".join(problems)
    assert taken >= 800  # 932 of the 4,798 variants: feeds the fast reader took only mutated


# --- trafilatura's pages ----------------------------------------------------------------------

# page -> (the shortcut that makes the difference, the fields that differ, why)
_DATE_IN_SCRIPT = (
    "the page has no date in its own tags, and trafilatura's date search (htmldate) also reads "
    "scripts, which strip_heavy removes: it settles on another date in the page (which of the "
    "two is the publication date varies by page; the text is the same)"
)
PAGE_DIFFERENCES: dict[str, tuple[str, frozenset[str], str]] = {
    "eval/maescot.de.schafskunde.html": (
        "strip_heavy",
        frozenset({"text", "title"}),
        "declared UTF-8; the only byte that is not UTF-8 is in a script, so with scripts "
        "stripped the page decodes as what it says, and without, charset_normalizer guesses "
        "hp_roman8 (umlauts as mojibake): stripping gives the right text",
    ),
    "eval/parcoabruzzo.it.58354.html": (
        "strip_heavy",
        frozenset({"text"}),
        "a <noscript> opens a <div> it never closes, which wraps the whole page for a parser "
        "with scripting off (lxml) and not for one with it on; without it trafilatura leaves "
        "out the headline and one caption, the article itself is the same",
    ),
    **{
        page: ("strip_heavy", frozenset({"published"}), _DATE_IN_SCRIPT)
        for page in (
            "cache/gofeminin.de.abnehmen.html",
            "eval/finanzcheck.de.finanzierung.html",
            "eval/mediaarchitecture.de.weber.html",
            "eval/trainingline-english.de.einzeltraining.html",
        )
    },
}
PAGE_FIELDS = ("title", "text", "published", "lang")


def corpus_pages() -> list[Path]:
    return sorted(p for p in PAGES.rglob("*.html") if p.is_file())


def extracted(data: bytes, monkeypatch: pytest.MonkeyPatch, *, fast: bool, strip: bool) -> Any:
    if fast:
        monkeypatch.delenv(plain.VARIABLE, raising=False)
    else:
        monkeypatch.setenv(plain.VARIABLE, "1")
    try:
        return extract_html(strip_heavy(data) if strip else data)
    except ExtractError as exc:
        return str(exc)


def page_differences(ours: Any, theirs: Any) -> frozenset[str]:
    if isinstance(ours, str) or isinstance(theirs, str):
        return frozenset() if ours == theirs else frozenset({"error"})
    return frozenset(f for f in PAGE_FIELDS if getattr(ours, f) != getattr(theirs, f))


def stand_ins_in_place() -> bool:
    from trafilatura import xpaths

    return any(isinstance(x, prune._StandIn) for x in xpaths.OVERALL_DISCARD_XPATH)


@pytest.mark.slow  # about 25 s on the 2-core machine: each page extracted twice, in-process
def test_every_trafilatura_test_page_extracts_the_same_without_the_shortcuts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    problems, readable = [], 0
    for path in corpus_pages():
        name = path.relative_to(PAGES).as_posix()
        data = path.read_bytes()
        ours = extracted(data, monkeypatch, fast=True, strip=True)
        assert stand_ins_in_place()
        theirs = extracted(data, monkeypatch, fast=False, strip=False)
        assert not stand_ins_in_place()
        readable += not isinstance(theirs, str)
        if not isinstance(theirs, str) and isinstance(ours, str):
            problems.append(f"{name}: readable plainly, not with the shortcuts: {ours}")
            continue
        shortcut, listed, _ = PAGE_DIFFERENCES.get(name, ("", frozenset(), ""))
        if page_differences(ours, theirs) != listed:
            problems.append(f"{name}: differs in {page_differences(ours, theirs)}, listed {listed}")
        elif listed:  # the listed shortcut alone makes the difference: the other changes nothing
            alone = extracted(data, monkeypatch, fast=True, strip=False)  # the stand-ins alone
            if (alone == theirs) != (shortcut == "strip_heavy"):
                problems.append(f"{name}: the difference is not {shortcut}'s")
    assert not problems, "\n".join(problems)
    assert readable >= 250  # nearly all of the 277 pages have an article
