"""Deliver a digest as a signed JSON POST (Standard Webhooks), and verify such a signature.

The body is the digest's payload (or its Slack rendering for `format: slack`), serialised once;
the bytes signed are exactly the bytes sent:

    webhook-id:        <message_id>            the idempotency key, the same on every retry
    webhook-timestamp: <unix seconds>
    webhook-signature: v1,<base64(HMAC-SHA256(key, f"{id}.{timestamp}.{body}"))>

The key is the base64-decoded part after `whsec_` when the secret has that prefix, else the
secret's UTF-8 bytes; with no secret configured no signature header is sent. Any httpx error
is translated in `_translate` into `WebhookDeliveryError`; see docs/webhook.md. The receiver
is not trusted: its body, headers and protocol errors reach an error message only through
`Secrets.quote` (watch/delivery/notify/redact.py), scrubbed of every form of the secret and its
key, and of the URL's path and query. The URL itself (from `url`, or `url_env` read now) is
only ever named as `shown_url` shows it: scheme, host and port.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import time
from collections.abc import Mapping
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from watch.config import WebhookChannel, resolve_secret
from watch.delivery.digest import Digest
from watch.delivery.notify.redact import Secrets, guard_logs
from watch.delivery.slack import slack_message
from watch.errors import DeliveryError
from watch.textclean import dumps
from watch.urls import is_http_url, shown_url

log = logging.getLogger(__name__)

USER_AGENT = "watch/0.1 (+claim-tracking news monitor)"
SECRET_PREFIX = "whsec_"
_MAX_ERROR_BODY = 4096  # bytes of a refusal's body worth reading for the error message
_MAX_SHOWN = 200  # characters of the receiver's words kept in an error message, after scrubbing
_TEMPORARY = {408, 425, 429, 500, 502, 503, 504}  # statuses a later retry can fix


class WebhookDeliveryError(DeliveryError):
    """A receiver did not accept the message. `status` is the HTTP status when one came back;
    `permanent` is True when the same request cannot succeed later (most 4xx, redirects, a
    missing or malformed secret)."""

    def __init__(
        self,
        channel: str,
        message: str,
        *,
        permanent: bool,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(channel, message, retry_after=retry_after)
        self.permanent = permanent
        self.status = status


def signing_key(secret: str) -> bytes:
    """The HMAC key for `secret`. Raises ValueError (without the secret in it) when a `whsec_`
    secret is not valid base64."""
    if secret.startswith(SECRET_PREFIX):
        try:
            return base64.b64decode(secret[len(SECRET_PREFIX) :], validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("the part after whsec_ is not valid base64") from None
    return secret.encode("utf-8")


def sign(key: bytes, message_id: str, timestamp: int, body: bytes) -> str:
    """The `webhook-signature` value for one request: "v1,<base64 HMAC-SHA256>"."""
    signed = f"{message_id}.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()


def verify_signature(
    secret: str, headers: Mapping[str, str], body: bytes | str, *, now: int, tolerance: int = 300
) -> bool:
    """True when `headers` carry a valid v1 signature of `body` made with `secret` at a time
    within `tolerance` seconds of `now`. Header names are matched case-insensitively; several
    space-separated signatures are allowed (key rotation). Compares in constant time.
    Raises ValueError when a `whsec_` secret is not valid base64.
    """
    key = signing_key(secret)
    lowered = {name.lower(): value for name, value in headers.items()}
    message_id = lowered.get("webhook-id")
    stamp = lowered.get("webhook-timestamp", "")
    offered = lowered.get("webhook-signature", "")
    if not message_id or not stamp.isdigit() or not offered:
        return False
    if abs(now - int(stamp)) > tolerance:
        return False  # stale or from the future: a replay, or a clock far off
    raw = body.encode("utf-8") if isinstance(body, str) else body
    expected = sign(key, message_id, int(stamp), raw).encode()
    # Check every candidate so the time taken does not depend on which one matched.
    matched = False
    for candidate in offered.split():
        matched |= hmac.compare_digest(candidate.encode(), expected)
    return matched


def encode_body(channel: WebhookChannel, digest: Digest) -> bytes:
    """The exact request body for `channel`: compact UTF-8 JSON."""
    data: dict[str, Any] = slack_message(digest) if channel.format == "slack" else digest.payload
    # C1, bidi and separator characters escaped: a receiver may log or show the body
    return dumps(data, separators=(",", ":")).encode("utf-8")


def send_webhook(
    channel: WebhookChannel,
    digest: Digest,
    *,
    message_id: str,
    timestamp: int,
    client: httpx.Client | None = None,
    env: Mapping[str, str] | None = None,
) -> None:
    """POST `digest` to the channel's URL (`url`, or the value of `url_env` in `env`, default
    the environment); return when the receiver answered 2xx.

    `timestamp` (unix seconds) goes in `webhook-timestamp` and is the "now" used to read an
    HTTP-date Retry-After. Every network phase is bounded by `channel.timeout`; redirects are
    not followed. Raises WebhookDeliveryError (a DeliveryError, with `retry_after` from a
    429/503 Retry-After) on any other answer, a connection error or a timeout, and a permanent
    one when `url_env` or `secret_env` is not set or does not hold what it should.
    """
    values = dict(env) if env is not None else None
    url = _url(channel, values)
    headers = {
        "content-type": "application/json",
        "user-agent": USER_AGENT,
        "webhook-id": message_id,
        "webhook-timestamp": str(int(timestamp)),
    }
    body = encode_body(channel, digest)
    secret = resolve_secret(channel.secret_env, values)
    key: bytes | None = None
    if channel.secret_env:
        if secret is None:
            raise WebhookDeliveryError(
                channel.name,
                f"environment variable {channel.secret_env} is not set",
                permanent=True,
            )
        try:
            key = signing_key(secret)
        except ValueError as exc:
            raise WebhookDeliveryError(
                channel.name, f"{channel.secret_env}: {exc}", permanent=True
            ) from None
        headers["webhook-signature"] = sign(key, message_id, int(timestamp), body)
    secrets = Secrets.for_webhook(secret, key, url=url)
    # before the request: httpx logs the URL it posts to (-v), httpcore the headers (-vv)
    guard_logs(channel.name, secrets)
    owned = client is None
    http = client or httpx.Client(follow_redirects=False, trust_env=False)
    failure: WebhookDeliveryError | None = None
    try:
        status, reply, retry_after = _post(
            http, channel, url, headers, body, int(timestamp), secrets
        )
    except (httpx.TransportError, httpx.InvalidURL, httpx.DecodingError) as exc:
        failure = _translate(channel, url, exc, secrets)
    finally:
        if owned:
            http.close()
    if failure is not None:
        # Raised here, outside the `except`, so that no __context__ keeps the receiver's words.
        raise failure from None
    if 200 <= status < 300:
        log.info("channel %s: webhook %s accepted (HTTP %d)", channel.name, message_id, status)
        return
    raise _refusal(channel.name, status, reply, retry_after, secrets)


def _url(channel: WebhookChannel, env: dict[str, str] | None) -> str:
    """The URL to post to. Raises a permanent WebhookDeliveryError naming the variable, never
    its value, when `url_env` is not set or does not hold an http(s) URL (load_settings checks
    both; the environment of a later run may differ)."""
    url = channel.resolve_url(env)
    if url is None:
        raise WebhookDeliveryError(
            channel.name, f"environment variable {channel.url_env} is not set", permanent=True
        )
    if channel.url_env and not is_http_url(url):
        raise WebhookDeliveryError(
            channel.name,
            f"environment variable {channel.url_env} does not hold an http(s) URL",
            permanent=True,
        )
    return url


def _post(
    http: httpx.Client,
    channel: WebhookChannel,
    url: str,
    headers: dict[str, str],
    body: bytes,
    now: int,
    secrets: Secrets,
) -> tuple[int, str, float | None]:
    """Send the request; return status, the start of the reply (scrubbed) and Retry-After."""
    deadline = time.monotonic() + channel.timeout
    with http.stream(
        "POST", url, content=body, headers=headers, timeout=httpx.Timeout(channel.timeout)
    ) as response:
        retry_after = _retry_after(response.headers.get("retry-after"), now)
        if 200 <= response.status_code < 300:
            return response.status_code, "", retry_after
        if 300 <= response.status_code < 400:
            where = secrets.quote(response.headers.get("location", "?"), _MAX_SHOWN)
            return response.status_code, f"redirected to {where}", retry_after
        chunks: list[bytes] = []
        size = 0
        complete = True
        # Read a little of a refusal for the error message, but never past the deadline.
        for chunk in response.iter_bytes():
            chunks.append(chunk)
            size += len(chunk)
            if size >= _MAX_ERROR_BODY or time.monotonic() > deadline:
                complete = False
                break
        # The whole reply read is scrubbed before the cut; a reply read only in part may end
        # with the start of a secret, so `quote` holds its last characters back.
        raw = b"".join(chunks)[:_MAX_ERROR_BODY]
        reply = secrets.quote(raw, _MAX_SHOWN, complete=complete)
        return response.status_code, reply, retry_after


def _retry_after(value: str | None, now: int) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date), None when unusable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - now)


def _refusal(
    channel: str, status: int, reply: str, retry_after: float | None, secrets: Secrets
) -> WebhookDeliveryError:
    extra = f" (Retry-After {retry_after:.0f}s)" if retry_after is not None else ""
    text = f": {reply}" if reply else ""
    permanent = status not in _TEMPORARY and status < 500
    return WebhookDeliveryError(
        channel,
        secrets.scrub(f"HTTP {status}{extra}{text}"),
        permanent=permanent,
        status=status,
        retry_after=retry_after,
    )


def _translate(
    channel: WebhookChannel,
    url: str,
    exc: httpx.TransportError | httpx.InvalidURL | httpx.DecodingError,
    secrets: Secrets,
) -> WebhookDeliveryError:
    """The one place that knows httpx's exceptions. Their text can quote the receiver (h11 puts
    a malformed status line in it) or the URL, so it goes through `secrets` and the exception
    is not chained; the URL is named only as `shown_url` shows it."""
    where = shown_url(url)
    if isinstance(exc, httpx.TimeoutException):
        message = f"{where}: timed out after {channel.timeout:g}s ({type(exc).__name__})"
        permanent = False
    elif isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        message, permanent = f"{where}: {secrets.quote(str(exc), _MAX_SHOWN)}", True
    else:
        said = secrets.quote(str(exc), _MAX_SHOWN)
        message, permanent = f"{where}: {type(exc).__name__}: {said}", False
    return WebhookDeliveryError(channel.name, secrets.scrub(message), permanent=permanent)
