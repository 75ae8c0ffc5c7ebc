"""Feeds: fetched bytes -> normalised entries, one poll per feed, and when to poll next.

    poll(fetcher, state) ─► Fetcher.fetch (conditional GET) ─► parse_feed ─► FeedResult
    is_due(state, now) / next_poll_at(result, failures, now, interval): pure scheduling

feedparser is always handed a BytesIO and the response headers — never a str or bytes, which
it would take for a path or URL to open. It uses expat through xml.sax when it can decode the
document (external entities off) and falls back to its loose sgml parser on a syntax error. Expat
caps entity amplification, but the loose parser re-expands the entity declarations feedparser
keeps as "safe" (a 200 KB body became 2 GB of text in testing), so every `<!ENTITY>` declaration
is removed before feedparser sees the bytes: no feed needs its own entities.
"""

from __future__ import annotations

import calendar
import hashlib
import io
import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

from watch.errors import FeedError, HTTPStatusError, WatchError
from watch.fetching.fetch import Fetcher
from watch.models import Entry, FeedOutcome, FeedResult, FeedState, FetchResult, ParsedFeed
from watch.textclean import html_to_text, safe_text

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
)
MAX_BACKOFF = 24 * 3600.0
TRACKING_PARAMS = frozenset({"fbclid", "gclid", "mc_cid", "mc_eid", "ref_src", "spm"})
_DEFAULT_PORTS = {"http": 80, "https": 443}


# --- URLs -------------------------------------------------------------------------------------


def _is_tracking(segment: str) -> bool:
    key = unquote(segment.split("=", 1)[0]).strip().lower()
    return key.startswith("utm_") or key in TRACKING_PARAMS


def canonical_url(url: str) -> str:
    """The URL with scheme and host lower-cased, no default port, no fragment, no tracking
    parameters (utm_*, fbclid, gclid, mc_cid, mc_eid, ref_src, spm); other parameters are kept
    in order and as written. Raises ValueError for a non-http(s) URL or one without a host."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    host = parts.hostname  # lower-cased, brackets removed
    port = parts.port  # ValueError for a bad port
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{port}"
    if "@" in parts.netloc:
        netloc = parts.netloc.rsplit("@", 1)[0] + "@" + netloc
    query = "&".join(s for s in parts.query.split("&") if s and not _is_tracking(s))
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def _entry_link(raw: Any, base: str) -> tuple[str | None, str | None]:
    """(absolute link, canonical url) when the link is http(s), else (None, None)."""
    if not isinstance(raw, str) or not raw.strip():
        return None, None
    try:
        absolute = urljoin(base, _clean(raw))
        return absolute, canonical_url(absolute)
    except ValueError:
        return None, None


# --- text -------------------------------------------------------------------------------------


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", safe_text(text)).split())


def plain_text(value: str, *, is_html: bool = True) -> str:
    """Text without tags, entities decoded once, control and format characters removed, lone
    surrogates replaced, white space collapsed. Raises nothing."""
    if is_html and ("<" in value or "&" in value):
        value = html_to_text(value)
    return _clean(value)


def _detail_text(entry: Mapping[str, Any], key: str) -> str:
    value = entry.get(key) or ""
    detail = entry.get(f"{key}_detail") or {}
    return plain_text(str(value), is_html="html" in str(detail.get("type", "text/html")))


# --- dates ------------------------------------------------------------------------------------


def plausible_date(when: datetime | None, now: datetime) -> datetime | None:
    """`when` in UTC, or None if missing, before 1990 or more than 2 days after `now`."""
    if when is None:
        return None
    when = when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)
    if when.year < 1990 or when > now + timedelta(days=2):
        return None
    return when


def _entry_date(entry: Mapping[str, Any], now: datetime) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        # dict.get: feedparser's own get() maps a missing updated_parsed to published_parsed
        # with a DeprecationWarning, which aborts the whole run where warnings are errors
        parsed = dict.get(entry, key) if isinstance(entry, dict) else entry.get(key)
        if parsed:
            try:  # feedparser's struct_time is UTC
                when = datetime.fromtimestamp(calendar.timegm(parsed), UTC)
            except (OverflowError, ValueError, OSError, TypeError):
                continue
            return plausible_date(when, now)
    return None


# --- entries ----------------------------------------------------------------------------------


def _entry(raw: Mapping[str, Any], base: str, now: datetime) -> Entry:
    link, url = _entry_link(raw.get("link"), base)
    title = _detail_text(raw, "title")
    bodies = [str(c.get("value") or "") for c in raw.get("content") or ()]
    bodies.append(str(raw.get("summary") or ""))
    # the fullest body as text, here in the parser process: the main process stores articles
    # cleaned again after: entities (&#x202e;) become the characters they name
    text = html_to_text(safe_text(max(bodies, key=len), multiline=True))
    text = safe_text(text, multiline=True)
    guid = _clean(str(raw.get("id") or ""))
    if not guid and url:
        guid = url
    elif not guid:
        summary = _detail_text(raw, "summary")
        guid = "sha256:" + hashlib.sha256(f"{title}\n{summary}".encode()).hexdigest()[:32]
    return Entry(
        guid=guid, url=url, link=link, title=title, text=text, published=_entry_date(raw, now)
    )


# --- parsing ----------------------------------------------------------------------------------

_ENTITY_DECL = r"<!ENTITY\s(?:[^>\"']|\"[^\"]*\"|'[^']*')*>"
_ENTITY_BYTES = re.compile(_ENTITY_DECL.encode())
_ENTITY_TEXT = re.compile(_ENTITY_DECL)
_WIDE = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be")


def strip_entity_declarations(body: bytes) -> bytes:
    """`body` without `<!ENTITY>` declarations, in ASCII-compatible or UTF-16/32 documents."""
    if b"<!ENTITY" in body:
        return _ENTITY_BYTES.sub(b"", body)
    for codec in _WIDE:
        if "<!ENTITY".encode(codec) in body:
            text = body.decode(codec, errors="surrogatepass")
            return _ENTITY_TEXT.sub("", text).encode(codec, errors="surrogatepass")
    return body


_CHARREF = rb"&#(?:[xX]([0-9a-fA-F]{1,16})|([0-9]{1,20}));"
_CHARREFS = re.compile(_CHARREF + rb"(?:" + _CHARREF + rb")?")


def _code(hexa: bytes | None, decimal: bytes | None) -> int | None:
    if hexa is None and decimal is None:
        return None
    return int(hexa, 16) if hexa else int(decimal or b"0")


def _fixed_charrefs(match: re.Match[bytes]) -> bytes:
    first, second = _code(*match.group(1, 2)), _code(*match.group(3, 4))
    if (
        first is not None
        and second is not None
        and 0xD800 <= first <= 0xDBFF
        and 0xDC00 <= second <= 0xDFFF
    ):
        # a UTF-16 pair written as two references: the character it meant
        return b"&#x%X;" % (0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
    kept = [
        c for c in (first, second) if c is not None and not (0xD800 <= c <= 0xDFFF or c > 0x10FFFF)
    ]
    return b"".join(b"&#x%X;" % c for c in kept)


def replace_bad_charrefs(body: bytes) -> bytes:
    """`body` without character references to lone surrogates or past U+10FFFF (`&#xD800;`,
    `&#99999999999;`); a surrogate pair written as two references becomes its character.
    feedparser's loose parser crashes on them, so one such reference in one entry would
    otherwise lose the whole feed, on every poll."""
    if b"&#" not in body:
        return body
    return _CHARREFS.sub(_fixed_charrefs, body)


def _feedparser(body: bytes, headers: Mapping[str, str], feed_id: str) -> Any:
    import feedparser  # imported on first use: a run where every feed answers 304 needs none

    try:
        return feedparser.parse(
            io.BytesIO(body),
            response_headers=dict(headers),
            # Entry text is reduced to plain text (plain_text) and escaped wherever it is shown,
            # so feedparser's HTML sanitiser and link rewriting are pure cost: most of its time.
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except Exception as exc:  # feedparser raises on some tiny inputs (e.g. "&#99999999999;")
        raise FeedError(feed_id, f"feed parser failed: {type(exc).__name__}: {exc}") from exc


def _parser_headers(result: FetchResult, charset: str | None = None) -> dict[str, str]:
    headers = {k: v for k, v in result.headers.items() if k in ("content-type", "content-language")}
    if charset is not None:
        media = headers.get("content-type", "application/xml").split(";", 1)[0]
        headers["content-type"] = f"{media}; charset={charset}"
    headers["content-location"] = result.final_url  # the base for relative links
    return headers


_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _as_gb18030(body: bytes) -> bytes | None:
    """`body` re-encoded as UTF-8 if it reads as clean Chinese in GB18030, else None."""
    try:
        text = body.decode("gb18030")
    except UnicodeDecodeError:
        return None
    foreign = [c for c in text if ord(c) > 0x7F]
    cjk = sum(1 for c in foreign if _CJK.match(c))
    if not foreign or cjk < 0.9 * len(foreign) or not _looks_chinese(body):
        return None
    text = re.sub(r"""(<\?xml[^>]*?encoding\s*=\s*["'])[^"']*""", r"\g<1>utf-8", text, count=1)
    return text.encode("utf-8")


def _looks_chinese(body: bytes) -> bool:
    """Whether charset_normalizer, weighing how each reading's characters go together, takes
    the bytes for a GB encoding. GB18030 decodes nearly any run of high bytes to ideographs,
    so "clean" alone also passes Shift-JIS (Japanese read as Chinese: 'DrecomRSS偵婰帠...'
    for 'DrecomRSSに記事...'); another encoding's bytes are then refused, not stored wrong."""
    from charset_normalizer import from_bytes

    best = from_bytes(body if len(body) <= 20000 else body[:10000] + body[-10000:]).best()
    return best is not None and best.encoding in ("gb18030", "gbk", "gb2312", "hz")


_FALLBACKS = frozenset({"windows-1252", "iso-8859-2", "cp1252", "latin-1", "iso-8859-1"})


def _misdecoded(parsed: Any, body: bytes) -> bool:
    # feedparser falls back to these single-byte encodings when the declared one fails; any
    # byte sequence "decodes" in them, so the text is mojibake until shown otherwise.
    import feedparser

    encoding = str(parsed.get("encoding", "")).lower()
    overridden = isinstance(parsed.get("bozo_exception"), feedparser.CharacterEncodingOverride)
    if overridden and encoding in _FALLBACKS:
        return True
    texts = [str(parsed["feed"].get("title", ""))]
    texts += [str(e.get("title", "")) + str(e.get("summary", "")) for e in parsed["entries"]]
    if not any("\ufffd" in t for t in texts):
        return False
    # Decoding valid UTF-8 makes no replacement character: those are the publisher's own
    return not (encoding in ("utf-8", "us-ascii") and _is_utf8(body))


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _bozo_reason(parsed: Any) -> str | None:
    exc = parsed.get("bozo_exception")
    if not parsed.get("bozo") or exc is None:
        return None
    # Not about well-formedness: a feed served as text/html, or an encoding that was settled.
    import feedparser

    if isinstance(exc, feedparser.NonXMLContentType | feedparser.CharacterEncodingOverride):
        return None
    return f"{type(exc).__name__}: {exc}"


def parse_feed(result: FetchResult, feed_id: str, *, now: datetime | None = None) -> ParsedFeed:
    """Parse a fetched feed into normalised entries (dates judged against `now`, default: the
    current time). Malformed XML with salvageable entries is kept with `bozo` set.

    Raises FeedError: not a feed (empty body, HTML page), undecodable bytes, a malformed feed
    with no entries, or a feedparser crash.
    """
    now = now or datetime.now(UTC)
    body = replace_bad_charrefs(strip_entity_declarations(result.body))
    from watch import plain  # lxml and feedparser: only a feed that changed needs them
    from watch.feeds import fastxml as feedxml

    headers = _parser_headers(result)
    fast = None if plain.enabled() else feedxml.read(body, headers)
    parsed = fast or _feedparser(body, headers, feed_id)
    if parsed["entries"] and _misdecoded(parsed, body):
        recoded = _as_gb18030(body)
        if recoded is None:
            declared = parsed.get("bozo_exception") or "replacement characters in the text"
            raise FeedError(feed_id, f"undecodable bytes ({declared})")
        parsed = _feedparser(recoded, _parser_headers(result, "utf-8"), feed_id)
    bozo = _bozo_reason(parsed)
    if not parsed["entries"]:
        if not parsed.get("version"):
            blank = not result.body.removeprefix(b"\xef\xbb\xbf").strip()
            what = "empty body" if blank else "no RSS/Atom/RDF root element"
            raise FeedError(feed_id, f"not a feed ({what})")
        if bozo:
            raise FeedError(feed_id, f"malformed feed with no entries: {bozo}")
    base = result.final_url
    entries = tuple(_entry(raw, base, now) for raw in parsed["entries"])
    return ParsedFeed(title=_detail_text(parsed["feed"], "title"), entries=entries, bozo=bozo)


# --- polling and scheduling -------------------------------------------------------------------


Parser = Callable[[FetchResult, str, datetime | None], ParsedFeed]


def poll(
    fetcher: Fetcher, state: FeedState, *, now: datetime | None = None, parse: Parser | None = None
) -> FeedResult:
    """Fetch `state.url` conditionally and parse it (with `parse`, default `parse_feed`: the
    poller hands it to a worker process). Never raises a WatchError: failures come back as
    FeedResult(outcome=ERROR, error=..., retry_after=...), keeping the old validators."""
    try:
        fetched = fetcher.fetch(state.url, state.validators, accept=FEED_ACCEPT)
        if fetched.not_modified:
            return FeedResult(
                state.feed_id, FeedOutcome.NOT_MODIFIED, validators=fetched.validators
            )
        if parse is None:
            parsed = parse_feed(fetched, state.feed_id, now=now)
        else:
            parsed = parse(fetched, state.feed_id, now)
    except HTTPStatusError as exc:
        return FeedResult(
            state.feed_id,
            FeedOutcome.ERROR,
            validators=state.validators,
            error=str(exc),
            retry_after=exc.retry_after,
        )
    except WatchError as exc:
        return FeedResult(
            state.feed_id, FeedOutcome.ERROR, validators=state.validators, error=str(exc)
        )
    return FeedResult(
        state.feed_id,
        FeedOutcome.OK,
        validators=fetched.validators,
        entries=parsed.entries,
        bozo=parsed.bozo,
    )


def is_due(state: FeedState, now: datetime) -> bool:
    """Whether the feed should be polled at `now` (never polled, or its time has come)."""
    return state.next_poll_at is None or now >= state.next_poll_at


def next_poll_at(
    result: FeedResult, failures_before: int, now: datetime, interval: float
) -> tuple[datetime, int]:
    """(when to poll next, consecutive failures). Success or 304: `interval` later, 0 failures.
    Failure: `interval * 2**(failures-1)`, capped at 24 h (or `interval` if longer), and never
    sooner than the server's Retry-After."""
    if result.outcome is not FeedOutcome.ERROR:
        return now + timedelta(seconds=interval), 0
    failures = failures_before + 1
    delay = min(interval * 2.0 ** min(failures - 1, 64), max(MAX_BACKOFF, interval))
    if result.retry_after is not None:
        delay = max(delay, result.retry_after)
    return now + timedelta(seconds=delay), failures
