"""A fast reader for plain RSS 2.0 and Atom 1.0 feeds, giving what feedparser would give.

feedparser drives expat through xml.sax and handles every element in Python; on a 50 KB feed
that is ~15-20 ms, more than everything else a check does with the feed. Most feeds are plain:
well-formed UTF-8, no DTD, items made of the usual elements. `read` parses those with lxml
(~10x faster) and builds the same values feedparser builds for the fields `watch.feeds` reads:
title and its type, link, id, summary and its type, content, and the three dates, each through
feedparser's own post-processing (whitespace strip, base-URL joining, link entity repair,
mis-encoded UTF-8 repair, cp1252 mapping, date parsing). Anything else — another encoding, a
DOCTYPE, xml:base, XHTML or base64 content, an element it does not know, a repeated one, a
syntax error — returns None, and the caller uses feedparser, whose handling of the irregular
is the reason it is a dependency. tests/test_feedxml.py holds the two readers to the same
output.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping
from typing import Any

from feedparser.datetimes import _parse_date
from feedparser.html import _cp1252
from feedparser.mixin import _FeedParserMixin
from feedparser.urls import _urljoin, make_safe_absolute_uri
from lxml import etree

ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC = "{http://purl.org/dc/elements/1.1/}"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain", "text/html"})  # Atom text constructs read here
_XML_MEDIA = frozenset(
    {"", "application/xml", "text/xml", "application/rss+xml", "application/atom+xml"}
)

# Elements of an item or entry that feed none of the fields read here (feedparser files them
# under author, tags, links, enclosures, source). Any element outside these and the handled
# ones sends the feed to feedparser.
_RSS_IGNORED = frozenset(
    {"author", "category", "comments", "enclosure", "source", _DC + "creator", _DC + "subject"}
)
_ATOM_IGNORED = frozenset(
    ATOM + name for name in ("author", "contributor", "category", "rights", "source")
)
_RSS_DATES = {"pubDate": "published_parsed", _DC + "date": "updated_parsed"}
_ATOM_DATES = {
    ATOM + "published": "published_parsed",
    ATOM + "updated": "updated_parsed",
    ATOM + "created": "created_parsed",
}

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
)
_XML_DECL_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([^"']*)""")
_LINK_ENTITY = re.compile("&([A-Za-z0-9_]+);")
# An element named item or entry in any case but lower case (`<Item>`, `<atom:ENTRY>`): the one
# place where the reader looks for names anywhere in the document rather than among the
# children it walks (where any name it does not know exactly sends the feed to feedparser).
_OTHER_CASE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?!item[\s/>]|entry[\s/>])(?i:item|entry)[\s/>]")


class Irregular(Exception):
    """The feed is not plain: feedparser reads it."""


def read(body: bytes, headers: Mapping[str, str]) -> dict[str, Any] | None:
    """feedparser's result for the fields `watch.feeds` reads, or None when the feed is not
    plain (see the module docstring) and feedparser must read it. Never raises."""
    try:
        root = _document(body, headers)
        base = make_safe_absolute_uri("", headers.get("content-location", ""))
        if root.tag == "rss" and root.get("version") == "2.0" and len(root) == 1:
            return _rss(root, base)
        if root.tag == ATOM + "feed":
            return _atom(root, base)
    except (Irregular, etree.LxmlError, ValueError, UnicodeError):
        pass
    return None


def _document(body: bytes, headers: Mapping[str, str]) -> Any:
    media, _, params = headers.get("content-type", "").partition(";")
    charset = re.search(r"charset\s*=\s*[\"']?([^\"';\s]+)", params, re.I)
    if media.strip().lower() not in _XML_MEDIA or (charset and charset[1].lower() != "utf-8"):
        raise Irregular
    text = body.removeprefix(b"\xef\xbb\xbf")
    declared = _XML_DECL_ENCODING.match(text)
    if declared and declared[1].lower() != b"utf-8":
        raise Irregular
    if b"<!DOCTYPE" in text or b"base=" in text:  # feedparser takes xml:base and base
        raise Irregular
    if _OTHER_CASE.search(text):  # feedparser reads <Item> as <item>; lxml does not
        raise Irregular
    text.decode("utf-8")  # UnicodeDecodeError: not UTF-8
    return etree.fromstring(text, _PARSER)


def _rss(root: Any, base: str) -> dict[str, Any]:
    channel = root[0]
    if channel.tag != "channel":
        raise Irregular
    items = [child for child in channel if child.tag == "item"]
    _only_these_entries(root, items)
    return _result("rss20", _feed_title(channel, "title", looks_html=True), items, _rss_item, base)


def _atom(root: Any, base: str) -> dict[str, Any]:
    entries = [child for child in root if child.tag == ATOM + "entry"]
    _only_these_entries(root, entries)
    return _result(
        "atom10", _feed_title(root, ATOM + "title", looks_html=False), entries, _atom_entry, base
    )


def _result(
    version: str, feed: dict[str, Any], items: list[Any], reader: Any, base: str
) -> dict[str, Any]:
    return {
        "version": version,
        "encoding": "utf-8",
        "bozo": False,
        "feed": feed,
        "entries": [reader(item, base) for item in items],
    }


def _only_these_entries(root: Any, entries: list[Any]) -> None:
    """feedparser takes any element named item or entry, in any case (it lower-cases names),
    at any depth, for an entry. An `<Item>` or `<ENTRY>` sends the feed to feedparser (see
    `_OTHER_CASE`); a lower-case one anywhere but where it was read does too."""
    if sum(1 for _ in root.iter("{*}item", "{*}entry")) != len(entries):
        raise Irregular


def _local(element: Any) -> str | None:
    """The element's name without its namespace (None for a comment or an instruction)."""
    return element.tag.rpartition("}")[2] if isinstance(element.tag, str) else None


def _feed_title(parent: Any, tag: str, *, looks_html: bool) -> dict[str, Any]:
    titles = [child for child in parent if (_local(child) or "").lower() == "title"]
    if not titles:
        return {}
    if len(titles) > 1 or titles[0].tag != tag:
        raise Irregular
    if looks_html:
        return _rss_title(titles[0])
    return _atom_text(titles[0], "title")


# --- entries ----------------------------------------------------------------------------------


def _rss_item(item: Any, base: str) -> dict[str, Any]:
    if item.attrib:
        raise Irregular
    entry: dict[str, Any] = {}
    seen: set[str] = set()
    guid_link = None
    for child in item:
        tag = child.tag
        if tag in _RSS_IGNORED and not len(child):
            continue
        if tag in seen or not isinstance(tag, str):
            raise Irregular  # a repeat, a comment or a processing instruction
        seen.add(tag)
        if tag == "title":
            entry.update(_rss_title(child))
        elif tag == "link":
            value = _text(child, attrs=())
            if not value:
                raise Irregular  # feedparser's result then depends on the element order
            link = _finish(_urljoin(base, value)).replace("&amp;", "&")
            entry["link"] = _LINK_ENTITY.sub(r"&\g<1>", link)
        elif tag == "guid":
            value = _text(child, attrs=("isPermaLink",))
            if not value:
                raise Irregular
            is_link = child.get("isPermaLink", "true") == "true"
            entry["id"] = guid = _finish(_urljoin(base, value) if is_link else value)
            guid_link = guid if is_link else None
        elif tag == "description":
            entry["summary"] = _finish(_text(child, attrs=()))
            entry["summary_detail"] = {"type": "text/html"}
        elif tag == _CONTENT:
            entry["content"] = [{"type": "text/html", "value": _finish(_text(child, attrs=()))}]
        elif tag in _RSS_DATES:
            entry[_RSS_DATES[tag]] = _date(_text(child, attrs=()))
        else:
            raise Irregular
    if guid_link is not None:
        entry.setdefault("link", guid_link)
    if "content" in entry:
        entry.setdefault("summary", entry["content"][0]["value"])
    return entry


def _atom_entry(item: Any, base: str) -> dict[str, Any]:
    if set(item.attrib) - {_XML_LANG}:
        raise Irregular
    entry: dict[str, Any] = {}
    seen: set[str] = set()
    for child in item:
        tag = child.tag
        if tag in _ATOM_IGNORED and _plain_atom_extra(child):
            continue
        if tag == ATOM + "link":
            _atom_link(child, base, entry)
            continue
        if tag in seen or not isinstance(tag, str):
            raise Irregular
        seen.add(tag)
        if tag == ATOM + "title":
            entry.update(_atom_text(child, "title"))
        elif tag == ATOM + "id":
            value = _text(child, attrs=())
            if not value:
                raise Irregular
            entry["id"] = _finish(_urljoin(base, value))
        elif tag == ATOM + "summary":
            entry.update(_atom_text(child, "summary"))
        elif tag == ATOM + "content":
            text = _atom_text(child, "content")
            entry["content"] = [{"type": text["content_detail"]["type"], "value": text["content"]}]
        elif tag in _ATOM_DATES:
            entry[_ATOM_DATES[tag]] = _date(_text(child, attrs=()))
        else:
            raise Irregular
    if "id" in entry:  # an Atom id is a "permalink" to feedparser: the link when there is none
        entry.setdefault("link", entry["id"])
    if "content" in entry:
        entry.setdefault("summary", entry["content"][0]["value"])
    return entry


def _atom_link(link: Any, base: str, entry: dict[str, Any]) -> None:
    if len(link) or (link.text or "").strip() or "href" not in link.attrib:
        raise Irregular
    if set(link.attrib) - {"href", "rel", "type", "title", "hreflang", "length"}:
        raise Irregular
    rel = link.get("rel", "alternate").lower()  # feedparser lower-cases these two
    kind = link.get("type", "application/atom+xml" if rel == "self" else "text/html").lower()
    if rel == "alternate" and _FeedParserMixin.map_content_type(kind) in _HTML_TYPES:
        entry["link"] = _urljoin(base, link.get("href"))


def _plain_atom_extra(element: Any) -> bool:
    """An author, contributor, category, rights or source that feedparser files away from the
    entry's own fields (a source's title, id and link describe the source feed)."""
    if element.tag == ATOM + "source":
        return True
    return all(_local(child) in ("name", "email", "uri") and not len(child) for child in element)


def _rss_title(element: Any) -> dict[str, Any]:
    value = _text(element, attrs=())
    plain = not _FeedParserMixin.looks_like_html(value.strip())
    return {
        "title": _finish(value),
        "title_detail": {"type": "text/plain" if plain else "text/html"},
    }


def _atom_text(element: Any, key: str) -> dict[str, Any]:
    """An Atom text construct (title, summary, content) of type text or html."""
    kind = _FeedParserMixin.map_content_type(element.get("type", "text"))
    if kind not in _TEXT_TYPES:
        raise Irregular  # xhtml, another media type
    return {
        key: _finish(_text(element, attrs=("type", _XML_LANG))),  # src=, mode=: Irregular
        f"{key}_detail": {"type": kind},
    }


# --- values -----------------------------------------------------------------------------------


def _text(element: Any, *, attrs: tuple[str, ...]) -> str:
    """The element's text; only `attrs` may be present and it may hold no markup or comment."""
    if len(element) or set(element.attrib) - set(attrs):
        raise Irregular
    return (element.text or "").strip()


def _finish(value: str) -> str:
    """feedparser's last steps for a UTF-8 document: text that is UTF-8 read as Latin-1 is read
    again, and C1 controls become the cp1252 characters they stand for."""
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        value = value.encode("iso-8859-1").decode("utf-8")
    return value.translate(_cp1252)


def _date(value: str) -> Any:
    return _parse_date(_finish(value))
