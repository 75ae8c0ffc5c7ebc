from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.notify_servers import (
    NOW,
    STATEMENTS,
    WebhookReceiver,
    evidence_alert,
    sample_claims,
    sample_record,
    status_alert,
)
from watch.config import WebhookChannel
from watch.delivery.digest import Digest, render_digest
from watch.delivery.notify import deliver, retry_delay
from watch.delivery.notify.webhook import (
    WebhookDeliveryError,
    send_webhook,
    sign,
    signing_key,
    verify_signature,
)
from watch.errors import DeliveryError
from watch.models import ClaimStatus
from watch.validate import parse

SECRET = "plain-Secret-value-do-not-leak"
WHSEC = "whsec_" + base64.b64encode(b"0123456789abcdef0123456789abcdef").decode()
# A key of arbitrary bytes (control characters and Latin-1 range included, no CR or LF).
KEY = hashlib.sha256(b"watch test key 1").digest()
BINARY_WHSEC = "whsec_" + base64.b64encode(KEY).decode()
TS = 1_795_000_000  # the unix time these tests pretend it is
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"


def channel(url: str, **extra: Any) -> WebhookChannel:
    return parse(
        WebhookChannel, {"name": "hook", "type": "webhook", "url": url, "timeout": 5, **extra}
    )


def digest(title: str = f"Leak {SCRIPT} {IMG}") -> Digest:
    alerts = [evidence_alert(sample_record(title=title, quote="quote <!channel> & co"))]
    return render_digest(alerts, sample_claims(), statements=STATEMENTS, generated_at=NOW)


@pytest.fixture
def receiver():
    with WebhookReceiver() as server:
        yield server


def send(receiver: WebhookReceiver, **extra: Any) -> None:
    env = {"HOOK_SECRET": extra.pop("secret", SECRET)}
    send_webhook(
        channel(receiver.url, **extra), digest(), message_id="msg_42", timestamp=TS, env=env
    )


# --- delivery ---------------------------------------------------------------------------------


def test_json_payload_is_signed_and_verifies(receiver):
    send(receiver, secret_env="HOOK_SECRET")
    (request,) = receiver.requests
    assert request.method == "POST" and request.path == "/hook"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["webhook-id"] == "msg_42"
    assert request.headers["webhook-timestamp"] == str(TS)
    assert request.headers["webhook-signature"].startswith("v1,")
    assert verify_signature(SECRET, request.headers, request.body, now=TS + 10)
    assert not verify_signature("another-secret", request.headers, request.body, now=TS)
    payload = json.loads(request.body)
    assert payload == json.loads(json.dumps(digest().payload))
    # Feed text travels as text: JSON carries it verbatim, nothing is interpreted.
    assert payload["alerts"][0]["evidence"][0]["title"] == f"Leak {SCRIPT} {IMG}"


def test_whsec_secret_is_base64_decoded(receiver):
    send(receiver, secret_env="HOOK_SECRET", secret=WHSEC)
    (request,) = receiver.requests
    assert verify_signature(WHSEC, request.headers, request.body, now=TS)
    raw_key = base64.b64decode(WHSEC.removeprefix("whsec_"))
    expected = sign(raw_key, "msg_42", TS, request.body)
    assert request.headers["webhook-signature"] == expected
    # Using the whsec_ string itself as the key would be a different signature.
    assert sign(WHSEC.encode(), "msg_42", TS, request.body) != expected


def test_no_secret_means_no_signature_header(receiver):
    send(receiver)
    assert "webhook-signature" not in receiver.requests[0].headers
    assert receiver.requests[0].headers["webhook-id"] == "msg_42"


def test_slack_format_is_escaped(receiver):
    send(receiver, format="slack", secret_env="HOOK_SECRET")
    (request,) = receiver.requests
    assert verify_signature(SECRET, request.headers, request.body, now=TS)
    message = json.loads(request.body)
    assert set(message) == {"text", "blocks"}
    text = json.dumps(message)
    assert "<script>" not in text and "<img" not in text and "<!channel>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "quote &lt;!channel&gt; &amp; co" in text


def test_secret_never_leaves(receiver, caplog):
    caplog.set_level(logging.DEBUG)
    send(receiver, secret_env="HOOK_SECRET")
    receiver.answer(500, body=SECRET.encode())  # even a receiver echoing it back
    with pytest.raises(DeliveryError) as info:
        send(receiver, secret_env="HOOK_SECRET")
    for request in receiver.requests:
        assert SECRET.encode() not in request.body
        assert not any(SECRET in value for value in request.headers.values())
    assert not any(SECRET in r.getMessage() for r in caplog.records)
    assert "HTTP 500: ***" in str(info.value)
    assert SECRET not in str(info.value) and SECRET not in repr(vars(info.value))


def test_body_is_scrubbed_before_it_is_cut(receiver):
    # A refusal quoting the secret across the 200th character of the shown reply.
    receiver.answer(500, body=b"x" * 190 + SECRET.encode() + b" was wrong")
    with pytest.raises(WebhookDeliveryError) as info:
        send(receiver, secret_env="HOOK_SECRET")
    assert "HTTP 500: " + "x" * 190 + "***" in str(info.value)
    assert SECRET[:6] not in str(info.value) and SECRET[:6] not in repr(vars(info.value))


# Ways a receiver may echo the whsec_ key: the part after the prefix, or the key bytes it
# decodes to, raw or encoded.
KEY_ECHOES = {
    "key part": BINARY_WHSEC.removeprefix("whsec_").encode(),
    "key part unpadded": BINARY_WHSEC.removeprefix("whsec_").rstrip("=").encode(),
    "raw key": KEY,
    "hex": KEY.hex().encode(),
    "HEX": KEY.hex().upper().encode(),
    "url-safe base64": base64.urlsafe_b64encode(KEY).rstrip(b"="),
    "base32": base64.b32encode(KEY),
    "bytes repr": repr(KEY).encode(),
    "Latin-1 as UTF-8": KEY.decode("latin-1").encode("utf-8"),
    "Latin-1 as JSON": json.dumps(KEY.decode("latin-1")).encode(),
}


def bare(text: str) -> str:
    """`text` without what an echo may add inside a form: line breaks and other whitespace,
    control characters, and the backslashes of escapes escaped again (a repr of a repr)."""
    return re.sub(r"[\s\x00-\x1f\x7f-\x9f\\]+", "", text)


@pytest.mark.parametrize("where", ["body", "location", "header line"])
@pytest.mark.parametrize("echo", list(KEY_ECHOES), ids=list(KEY_ECHOES))
def test_receiver_echoing_the_whsec_key_in_any_encoding(receiver, caplog, echo, where):
    caplog.set_level(logging.DEBUG)
    said = KEY_ECHOES[echo]
    if where == "body":
        receiver.answer(401, body=b"bad signature, key " + said)
    elif where == "location":  # written as Latin-1 by http.server, read back the same way
        receiver.answer(302, {"Location": "/k/" + said.decode("latin-1")})
    else:  # a malformed header line, which h11 quotes in its exception
        receiver.answer(500, {"X-Note": "fine\r\nkey is " + said.decode("latin-1")})
    with pytest.raises(WebhookDeliveryError) as info:
        send(receiver, secret_env="HOOK_SECRET", secret=BINARY_WHSEC)
    texts = [str(info.value), repr(vars(info.value)), repr(info.value.__cause__)]
    texts += [r.getMessage() for r in caplog.records]
    for form in {said.decode("latin-1"), said.decode("utf-8", "replace"), repr(said)[2:-1]}:
        assert not any(bare(form) in bare(text) for text in texts), (echo, where)
    assert len(receiver.requests) == 1


def test_missing_secret_variable_is_permanent(receiver):
    with pytest.raises(WebhookDeliveryError, match="HOOK_MISSING is not set") as info:
        send_webhook(
            channel(receiver.url, secret_env="HOOK_MISSING"),
            digest(),
            message_id="m",
            timestamp=TS,
            env={},
        )
    assert info.value.permanent and receiver.requests == []


def test_malformed_whsec_secret_is_reported_without_its_value(receiver):
    bad = "whsec_not*base64!"
    with pytest.raises(WebhookDeliveryError) as info:
        send(receiver, secret_env="HOOK_SECRET", secret=bad)
    assert "HOOK_SECRET" in str(info.value) and bad not in str(info.value)
    assert info.value.__cause__ is None and info.value.permanent


# --- refusals ---------------------------------------------------------------------------------


def test_server_error_is_temporary(receiver):
    receiver.answer(500, body=b"database is on fire")
    with pytest.raises(WebhookDeliveryError, match="HTTP 500: database is on fire") as info:
        send(receiver)
    assert info.value.status == 500 and not info.value.permanent
    assert info.value.retry_after is None and info.value.channel == "hook"


def test_429_retry_after_seconds(receiver):
    receiver.answer(429, {"Retry-After": "120"})
    with pytest.raises(DeliveryError) as info:
        send(receiver)
    assert info.value.retry_after == 120
    assert "Retry-After 120s" in str(info.value)


def test_503_retry_after_http_date(receiver):
    when = datetime.fromtimestamp(TS + 90, UTC)
    receiver.answer(503, {"Retry-After": format_datetime(when, usegmt=True)})
    with pytest.raises(DeliveryError) as info:
        send(receiver)
    assert info.value.retry_after == 90


@pytest.mark.parametrize(
    ("status", "permanent"), [(404, True), (401, True), (408, False), (302, True), (502, False)]
)
def test_status_permanence(receiver, status, permanent):
    receiver.answer(status, {"Location": "http://127.0.0.1:1/elsewhere"})
    with pytest.raises(WebhookDeliveryError) as info:
        send(receiver)
    assert info.value.permanent is permanent
    assert len(receiver.requests) == 1  # redirects are not followed


def test_refusal_with_a_corrupt_content_encoding_is_a_delivery_error(receiver):
    # httpx raises DecodingError reading it; that must not escape as a bug and end the run.
    receiver.answer(500, {"Content-Encoding": "gzip"}, body=b"not gzip at all")
    with pytest.raises(WebhookDeliveryError, match="DecodingError") as info:
        send(receiver)
    assert not info.value.permanent


def test_hanging_receiver_times_out_within_channel_timeout(receiver):
    receiver.hang()
    started = time.monotonic()
    with pytest.raises(WebhookDeliveryError, match=r"timed out after 0\.5s") as info:
        send(receiver, timeout=0.5)
    assert time.monotonic() - started < 10  # the receiver hangs for 30 s
    assert not info.value.permanent


def test_receiver_down_is_a_delivery_error(receiver):
    receiver.down()
    with pytest.raises(WebhookDeliveryError, match="ConnectError") as info:
        send(receiver)
    assert not info.value.permanent


def test_caller_client_is_used_and_left_open(receiver):
    seen = []
    with httpx.Client(event_hooks={"request": [seen.append]}) as client:
        send_webhook(channel(receiver.url), digest(), message_id="c", timestamp=TS, client=client)
        assert not client.is_closed
    assert len(seen) == 1 and len(receiver.requests) == 1


def test_deliver_dispatches_webhook(receiver):
    deliver(
        channel(receiver.url, secret_env="HOOK_SECRET"),
        digest(),
        message_id="d",
        timestamp=TS,
        env={"HOOK_SECRET": SECRET},
    )
    (request,) = receiver.requests
    assert verify_signature(SECRET, request.headers, request.body, now=TS)


# --- verify_signature -------------------------------------------------------------------------


def signed(body: bytes = b'{"a":1}', secret: str = SECRET, ts: int = TS) -> dict[str, str]:
    return {
        "webhook-id": "id1",
        "webhook-timestamp": str(ts),
        "webhook-signature": sign(signing_key(secret), "id1", ts, body),
    }


def test_verify_rejects_stale_and_future_timestamps():
    headers = signed()
    assert verify_signature(SECRET, headers, b'{"a":1}', now=TS + 300)
    assert not verify_signature(SECRET, headers, b'{"a":1}', now=TS + 301)
    assert not verify_signature(SECRET, headers, b'{"a":1}', now=TS - 301)
    assert verify_signature(SECRET, headers, b'{"a":1}', now=TS + 1000, tolerance=1000)


def test_verify_rejects_tampering():
    headers = signed()
    assert not verify_signature(SECRET, headers, b'{"a":2}', now=TS)
    assert not verify_signature(SECRET, {**headers, "webhook-id": "id2"}, b'{"a":1}', now=TS)
    assert not verify_signature(
        SECRET, {**headers, "webhook-timestamp": str(TS + 1)}, b'{"a":1}', now=TS
    )


@pytest.mark.parametrize("missing", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_verify_rejects_missing_headers(missing):
    headers = signed()
    del headers[missing]
    assert not verify_signature(SECRET, headers, b'{"a":1}', now=TS)


def test_verify_accepts_any_of_several_signatures_and_any_header_case():
    headers = signed()
    mixed = {
        "Webhook-Id": headers["webhook-id"],
        "WEBHOOK-TIMESTAMP": str(TS),
        "Webhook-Signature": "v1,bm90LWl0 " + headers["webhook-signature"],
    }
    assert verify_signature(SECRET, mixed, '{"a":1}', now=TS)


def test_verify_rejects_bad_timestamp_and_bad_secret():
    headers = {**signed(), "webhook-timestamp": "soon"}
    assert not verify_signature(SECRET, headers, b'{"a":1}', now=TS)
    with pytest.raises(ValueError, match="not valid base64"):
        verify_signature("whsec_%%%", signed(), b"", now=TS)


# --- retry_delay ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("attempts", "retry_after", "delay"),
    [
        (1, None, 60),
        (2, None, 120),
        (3, None, 240),
        (9, None, 15_360),
        (10, None, 6 * 3600),
        (10_000, None, 6 * 3600),
        (1, 300, 300),
        (3, 30, 240),
        (20, 86_400, 86_400),
        (2, 0, 120),
        (1, float("nan"), 60),
    ],
)
def test_retry_delay(attempts, retry_after, delay):
    assert retry_delay(attempts, retry_after) == delay


def test_retry_delay_counts_from_one():
    with pytest.raises(ValueError, match="starts at 1"):
        retry_delay(0, None)


# --- docs/webhook.md is executed ------------------------------------------------------------

DOC = Path(__file__).resolve().parent.parent / "docs" / "webhook.md"


def doc_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def test_doc_standalone_verifier_accepts_real_requests(receiver):
    (code,) = [block for block in doc_blocks("python") if "def verify(" in block]
    namespace: dict[str, Any] = {}
    exec(compile(code, str(DOC), "exec"), namespace)
    verify = namespace["verify"]
    for secret in (SECRET, WHSEC):
        send(receiver, secret_env="HOOK_SECRET", secret=secret)
        request = receiver.requests[-1]
        assert verify(secret, request.headers, request.body, TS)
        assert not verify(secret, request.headers, request.body + b" ", TS)
        assert not verify(secret, request.headers, request.body, TS + 301)


def test_doc_payload_example_is_what_watch_sends():
    (example,) = doc_blocks("json")
    record = sample_record()
    alert = status_alert(
        "openai-ipo-q4-2026", ClaimStatus.REPORTED, ClaimStatus.CONTRADICTED, evidence=(record,)
    )
    rendered = render_digest([alert], sample_claims()[:1], statements=STATEMENTS, generated_at=NOW)
    assert json.loads(example) == json.loads(json.dumps(rendered.payload))
