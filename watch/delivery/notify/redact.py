"""What a channel's secrets look like on the wire, and the one way a remote reply enters a message.

A mail server or a webhook receiver is not trusted: whatever it answers may echo what `watch`
sent it, in any encoding. `Secrets` is built from the values a channel sends (the SMTP password
and the exact AUTH PLAIN blob; a webhook secret, the part after `whsec_` and the key it decodes
to; the webhook URL's path and query, where Slack, Discord and Teams put the credential, see
`url_secrets`) and knows each of them in every form below:

    text    as is, JSON-escaped, percent-encoded, HTML-escaped
    bytes   base64 (standard and URL-safe, padded or not), base32, hex (either case), the
            Python bytes repr, Latin-1, and the run of base64 characters the value fixes at
            each of the three alignments inside a longer base64 blob (`\\0user\\0password`
            puts the password at an offset)
    beyond ASCII, each of these also as JSON \\uXXXX escapes and as the repr of its UTF-8

Matching skips whitespace, control characters and backslashes inside a form, so a reply that
wraps a blob over several lines, or a repr of a repr, is caught too. `quote(reply, limit)` is
the only way a reply becomes part of an error message: it scrubs every form from the whole
reply first, then folds it to one line, then cuts it, so a secret straddling the cut cannot
leave its first half behind. `scrub(text)` is the last pass over a whole message before it is
raised, stored or logged.

`guard_logs` hands a channel's secrets to a log-record factory, so that a library that logs
what a server said (httpx logs the reason phrase at -v, httpcore every header at -vv) cannot
print a secret either.
"""

from __future__ import annotations

import base64
import bisect
import html
import json
import logging
import re
import threading
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl, quote, quote_plus, unquote, urlsplit

from watch.delivery.digest import fold

MASK = "***"
# Skipped inside a form when matching: what `fold` turns into a space (whitespace, C0/C1
# controls, line separators), so that neither a wrapped echo nor folding hides a match, and
# backslashes, so that an escape escaped again (the repr of an exception quoting a bytes repr)
# does not either.
_GAP_CLASS = r"[\s\x00-\x1f\x7f-\x9f\u2028\u2029\\]"
_GAP = re.compile(_GAP_CLASS)
_SOLID = re.compile(f"[^{_GAP_CLASS[1:-1]}]+")
# A derived form with fewer significant characters than this would redact ordinary text
# (a 2-character run inside some base64); the secret itself is always kept, however short.
_MIN_FORM = 4
# A URL's path and query shorter than this are a route (/hook, /watch), not a credential:
# masking them would mask every file path holding the word, in every log line.
MIN_URL_SECRET = 8
# A path segment or query value this long is token-like (Slack's 24 characters, Discord's 68,
# Teams' GUIDs) and a secret on its own, since a receiver may echo just that part;
# shorter ones are words such as "services", "webhooks" or "IncomingWebhook".
MIN_URL_TOKEN = 16
# What may stay unencoded in a path or query as httpx sends it (the rest is percent-encoded).
_URL_SAFE = "/?#[]@!$&'()*+,;=:%~"


def url_secrets(url: str | None) -> list[str]:
    """The parts of a webhook URL that are its credential: everything after the host (path,
    query, fragment) as written, decoded and as sent; the path and the query each alone; each
    path segment and query value long enough to be a token; the password of user:password@."""
    if not url:
        return []
    try:
        parts = urlsplit(url)
    except ValueError:
        return [url]  # cannot tell its parts apart: all of it, then
    rest = url[url.find(parts.netloc) + len(parts.netloc) :] if parts.netloc else url
    whole = [rest, parts.path, parts.query, parts.fragment]
    whole += [unquote(w) for w in whole] + [quote(unquote(w), safe=_URL_SAFE) for w in whole]
    found = [w for w in whole if len(w.strip("/?#")) >= MIN_URL_SECRET]
    tokens = [*unquote(parts.path).split("/"), *(v for _, v in parse_qsl(parts.query))]
    found += [t for t in tokens if len(t) >= MIN_URL_TOKEN]
    if parts.password:
        found.append(unquote(parts.password))
    return list(dict.fromkeys(found))


def text_forms(text: str) -> set[str]:
    """`text` as is, escaped the ways a receiver may quote it, and every form of its UTF-8."""
    forms = {
        text,
        json.dumps(text)[1:-1],
        json.dumps(text, ensure_ascii=False)[1:-1],
        quote(text, safe=""),
        quote_plus(text),
        html.escape(text),
    }
    return forms | byte_forms(text.encode("utf-8"))


def byte_forms(raw: bytes) -> set[str]:
    """Every text form of the bytes `raw` (see the module docstring)."""
    shown = repr(raw)[2:-1]
    forms = {raw.hex(), raw.hex().upper(), shown, shown.replace("'", "\\'"), raw.decode("latin-1")}
    for encode in (base64.b64encode, base64.urlsafe_b64encode, base64.b32encode):
        full = encode(raw).decode("ascii")
        forms |= {full, full.rstrip("=")}
    for offset in range(3):
        forms.add(_b64_core(raw, offset, base64.b64encode))
        forms.add(_b64_core(raw, offset, base64.urlsafe_b64encode))
    return forms


def _b64_core(raw: bytes, offset: int, encode: Callable[[bytes], bytes]) -> str:
    """The base64 characters that depend on `raw` alone when it sits `offset` bytes (mod 3)
    into a longer blob: those whose six bits all fall inside it, whatever surrounds it."""
    blob = encode(bytes(offset) + raw).decode("ascii")
    first = -(-8 * offset // 6)  # the first character starting at or after raw's first bit
    last = (8 * (offset + len(raw))) // 6  # one past the last ending at or before its end
    return blob[first:last]


class Secrets:
    """The forms of a channel's secrets, and the scrubbing built from them.

    `texts` are strings `watch` sends (a password, a webhook secret); `blobs` are bytes it sends
    or signs with (the AUTH PLAIN payload, a decoded `whsec_` key). An empty `Secrets` changes
    nothing.
    """

    def __init__(self, texts: Iterable[str | None] = (), blobs: Iterable[bytes] = ()) -> None:
        primary = {t for t in texts if t}
        forms: set[str] = set()
        raw: set[bytes] = set()
        for text in primary:
            forms |= text_forms(text)
            raw.add(text.encode("utf-8"))
        for blob in filter(None, blobs):
            forms |= byte_forms(blob)
            raw.add(blob)
        for form in [f for f in forms if not f.isascii()]:
            # Text beyond ASCII may travel escaped: as JSON \uXXXX, or as the repr of its UTF-8.
            forms |= {json.dumps(form)[1:-1], repr(form.encode("utf-8"))[2:-1]}
        self.forms = frozenset(
            f for f in forms if _significant(f) and (f in primary or _significant(f) >= _MIN_FORM)
        )
        self._raw = sorted(raw, key=len, reverse=True)
        self._pattern = _pattern(self.forms)
        # The longest stretch a form can span in a reply, gaps aside: what is kept back from
        # the end of a reply that was not read to its end.
        self._longest = max((len(f) for f in self.forms), default=0)

    @classmethod
    def for_smtp(cls, username: str | None, password: str | None) -> Secrets:
        """The password, and the AUTH PLAIN payload smtplib sends (`\\0user\\0password`); AUTH
        LOGIN sends the password base64'd on its own, a form of the password."""
        if not password:
            return cls()
        plain = f"\0{username or ''}\0{password}".encode()
        return cls([password], [plain])

    @classmethod
    def for_webhook(
        cls, secret: str | None, key: bytes | None = None, *, url: str | None = None
    ) -> Secrets:
        """The secret, its part after `whsec_`, the signing `key` decoded from it, and the
        credential parts of the `url` posted to (`url_secrets`)."""
        texts = url_secrets(url)
        if secret:
            texts.append(secret)
            if secret.startswith("whsec_"):
                texts.append(secret.removeprefix("whsec_"))
        return cls(texts, [key] if key and secret else [])

    def __bool__(self) -> bool:
        return bool(self.forms)

    def scrub(self, text: str) -> str:
        """`text` with every form of every secret replaced by `***`.

        Every occurrence is found, overlapping ones too, and the union of their spans is
        masked: a form that starts inside another one's match cannot leave its tail behind."""
        if self._pattern is None:
            return text
        bare, where = _bare(text)
        spans: list[list[int]] = []
        for match in self._pattern.finditer(bare):
            start, end = where(match.start()), where(match.end(1) - 1) + 1
            if spans and start <= spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], end)
            else:
                spans.append([start, end])
        if not spans:
            return text
        parts, kept = [], 0
        for start, end in spans:
            parts += [text[kept:start], MASK]
            kept = end
        parts.append(text[kept:])
        return "".join(parts)

    def names(self, text: str) -> bool:
        """Whether `text` holds any form of any secret."""
        return self._pattern is not None and self._pattern.search(_bare(text)[0]) is not None

    def quote(self, reply: bytes | str, limit: int, *, complete: bool = True) -> str:
        """A remote `reply` fit for an error message: every secret scrubbed from all of it, then
        folded to one line, then cut to `limit` characters. `complete=False` says the reply was
        cut on reading: its last characters could begin a secret, so they are dropped too."""
        if isinstance(reply, bytes):
            for raw in self._raw:  # raw key bytes would not survive decoding intact
                reply = reply.replace(raw, MASK.encode())
            reply = reply.decode("utf-8", "replace")
        if not complete and self._longest:
            reply = reply[: max(0, len(reply) - self._longest)] + " …"
        text = fold(self.scrub(reply))
        return text if len(text) <= limit else text[: limit - 1] + "…"


def _significant(form: str) -> int:
    return len(_GAP.sub("", form))


def _pattern(forms: Iterable[str]) -> re.Pattern[str] | None:
    # Matched against the text without its gap characters (see `_bare`). A lookahead, so that
    # a match is tried at every position (overlaps included); longest first, so that at one
    # position the whole AUTH PLAIN blob wins over the password inside it.
    bare = sorted({_GAP.sub("", f) for f in forms} - {""}, key=lambda f: (-len(f), f))
    return re.compile(f"(?=({'|'.join(map(re.escape, bare))}))") if bare else None


def _bare(text: str) -> tuple[str, Callable[[int], int]]:
    """`text` without gap characters, and the map from a position in it back to `text`."""
    starts: list[int] = []  # where each run of solid characters starts in the bare text
    origins: list[int] = []  # ... and in `text`
    pieces: list[str] = []
    size = 0
    for run in _SOLID.finditer(text):
        starts.append(size)
        origins.append(run.start())
        pieces.append(run.group())
        size += len(run.group())

    def where(position: int) -> int:
        k = bisect.bisect_right(starts, position) - 1
        return origins[k] + position - starts[k]

    return "".join(pieces), where


# --- log records ------------------------------------------------------------------------------

_guarded: dict[str, Secrets] = {}
_install = threading.Lock()
_factory: Callable[..., logging.LogRecord] | None = None


def guard_logs(channel: str, secrets: Secrets) -> None:
    """Scrub `secrets` from every log record made from now on in this process, whichever
    library logs it. One entry per channel: a channel's newer secrets replace its older ones."""
    global _factory
    if not secrets:
        _guarded.pop(channel, None)
        return
    _guarded[channel] = secrets
    with _install:
        if _factory is None:
            _factory = logging.getLogRecordFactory()
            logging.setLogRecordFactory(_scrubbed_record)


def _scrubbed_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
    assert _factory is not None
    record = _factory(*args, **kwargs)
    guarded = tuple(_guarded.values())
    if guarded:
        try:
            text = original = record.getMessage()
        except Exception:  # a bad format string: logging reports it when the record is emitted
            return record
        for secrets in guarded:
            text = secrets.scrub(text)
        if text != original:
            record.msg, record.args = text, None
    return record
