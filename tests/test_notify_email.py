from __future__ import annotations

import base64
import logging
import re
import ssl
import time
from pathlib import Path
from typing import Any

import lxml.html
import pytest

from tests.notify_servers import (
    NOW,
    STATEMENTS,
    SilentServer,
    SmtpServer,
    evidence_alert,
    free_port,
    make_tls_files,
    sample_claims,
    sample_record,
)
from watch.config import EmailChannel
from watch.delivery.digest import Digest, render_digest
from watch.delivery.notify import deliver
from watch.delivery.notify.email import EmailDeliveryError, send_email
from watch.errors import DeliveryError
from watch.validate import parse

PASSWORD = "s3cret-Pa55-do-not-leak"
ENV = {"WATCH_SMTP_PASSWORD": PASSWORD}
# What AUTH PLAIN sends: "\0user\0password" in base64, the password 7 bytes in (not aligned).
PLAIN_BLOB = base64.b64encode(f"\0watch\0{PASSWORD}".encode()).decode()
# aiosmtpd rightly warns about AUTH without TLS; these tests do it on purpose, on loopback.
PLAIN_AUTH = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


def channel(port: int, **smtp: Any) -> EmailChannel:
    return parse(
        EmailChannel,
        {
            "name": "mail",
            "type": "email",
            "from": "watch@example.com",
            "to": ["ana@example.com", "bo@example.com"],
            "smtp": {"host": "127.0.0.1", "port": port, "security": "none", "timeout": 5, **smtp},
        },
    )


def digest(title: str = "OpenAI delays listing") -> Digest:
    alerts = [evidence_alert(sample_record(title=title))]
    return render_digest(alerts, sample_claims(), statements=STATEMENTS, generated_at=NOW)


def assert_no_secret(error: BaseException, caplog: pytest.LogCaptureFixture) -> None:
    """The password, in clear or base64 or inside the AUTH PLAIN blob, is nowhere in the
    error, its chain, or our logs, even with the whitespace a wrapped reply adds taken out."""
    forms = [PASSWORD, base64.b64encode(PASSWORD.encode()).decode(), PLAIN_BLOB]
    texts = []
    seen: BaseException | None = error
    while seen is not None:
        texts += [str(seen), repr(seen), repr(vars(seen))]
        seen = seen.__cause__ or seen.__context__
    # aiosmtpd's own debug log shows what the client sent; only records from watch count.
    texts += [r.getMessage() for r in caplog.records if r.name.startswith("watch")]
    texts += [re.sub(r"\s+", "", text) for text in texts]
    for form in forms:
        assert not any(form in text for text in texts), form


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[Path, Path]:
    try:
        return make_tls_files(tmp_path)
    except ImportError:
        pytest.skip("cryptography is not installed: cannot make a certificate")


def contexts(cert: Path, key: Path) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(cert, key)
    return server, ssl.create_default_context(cafile=str(cert))


def test_one_multipart_message_arrives():
    with SmtpServer() as server:
        send_email(channel(server.port), digest(), message_id="a1b2-c3", env={})
    assert len(server.messages) == 1
    mail = server.messages[0]
    assert mail.mail_from == "watch@example.com"
    assert mail.rcpt_tos == ["ana@example.com", "bo@example.com"]
    msg = mail.message
    assert msg.get_content_type() == "multipart/alternative"
    assert msg["Subject"] == "New evidence contradicts openai-ipo-q4-2026: OpenAI delays listing"
    assert msg["Message-ID"] == "<a1b2-c3@watch>"
    assert msg["From"] == "watch@example.com"
    assert msg["To"] == "ana@example.com, bo@example.com"
    assert msg["Date"]
    text = msg.get_body(("plain",)).get_content()
    page = msg.get_body(("html",)).get_content()
    assert "== openai-ipo-q4-2026 ==" in text and "Status of all tracked claims" in text
    assert page.startswith("<!DOCTYPE html>")
    headings = lxml.html.fromstring(page).xpath("//h2")
    assert "openai-ipo-q4-2026" in [h.text.strip() for h in headings]


def test_resending_keeps_the_message_id():
    with SmtpServer() as server:
        for _ in range(2):
            send_email(channel(server.port), digest(), message_id="alert-7", env={})
    assert [m.message["Message-ID"] for m in server.messages] == ["<alert-7@watch>"] * 2


def test_crlf_title_cannot_inject_headers():
    with SmtpServer() as server:
        send_email(
            channel(server.port),
            digest("Hi\r\nBcc: victim@example.com\r\n\r\nbody"),
            message_id="m1",
            env={},
        )
    msg = server.messages[0].message
    assert msg["Bcc"] is None
    assert msg["Subject"].endswith("Hi Bcc: victim@example.com body")
    assert server.messages[0].rcpt_tos == ["ana@example.com", "bo@example.com"]


def test_html_part_is_escaped():
    with SmtpServer() as server:
        send_email(
            channel(server.port), digest("<script>alert(1)</script>"), message_id="m2", env={}
        )
    page = server.messages[0].message.get_body(("html",)).get_content()
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@PLAIN_AUTH
def test_login_uses_password_from_env(caplog):
    caplog.set_level(logging.DEBUG)
    with SmtpServer(credentials=("watch", PASSWORD)) as server:
        chan = channel(server.port, username="watch", password_env="WATCH_SMTP_PASSWORD")
        send_email(chan, digest(), message_id="m3", env=ENV)
    assert server.logins == [("watch", PASSWORD)]
    assert len(server.messages) == 1
    assert PASSWORD.encode() not in server.messages[0].raw
    assert not any(PASSWORD in r.getMessage() for r in caplog.records if r.name.startswith("watch"))


@PLAIN_AUTH
def test_refused_login_is_permanent_and_never_shows_the_password(caplog):
    caplog.set_level(logging.DEBUG)
    with SmtpServer(credentials=("watch", "the-right-one")) as server:
        chan = channel(server.port, username="watch", password_env="WATCH_SMTP_PASSWORD")
        with pytest.raises(EmailDeliveryError) as info:
            send_email(chan, digest(), message_id="m4", env=ENV)
    assert info.value.permanent and info.value.smtp_code == 535
    assert "login refused" in str(info.value) and "channel mail" in str(info.value)
    assert server.messages == []
    assert_no_secret(info.value, caplog)


def echo_plain_blob(mechanism: str, login: bytes, password: bytes) -> str:
    """A server that quotes the client's AUTH PLAIN blob back in its 535 reply."""
    return (
        "535 5.7.8 bad credentials " + base64.b64encode(b"\0" + login + b"\0" + password).decode()
    )


def echo_plain_blob_wrapped(mechanism: str, login: bytes, password: bytes) -> str:
    """The same, with the blob wrapped over the lines of a multi-line reply."""
    blob = base64.b64encode(b"\0" + login + b"\0" + password).decode()
    return f"535-5.7.8 bad credentials\r\n535-{blob[:12]}\r\n535 {blob[12:]}"


@PLAIN_AUTH
@pytest.mark.parametrize("echo", [echo_plain_blob, echo_plain_blob_wrapped])
def test_server_echoing_the_auth_plain_blob_never_shows_it(caplog, echo):
    caplog.set_level(logging.DEBUG)
    server = SmtpServer(credentials=("watch", "right"), auth_reply=echo, auth_mechanisms=["PLAIN"])
    with server:
        chan = channel(server.port, username="watch", password_env="WATCH_SMTP_PASSWORD")
        with pytest.raises(EmailDeliveryError) as info:
            send_email(chan, digest(), message_id="m6", env=ENV)
    assert info.value.permanent and info.value.smtp_code == 535
    assert "login refused: 535 5.7.8 bad credentials ***" in str(info.value)
    assert_no_secret(info.value, caplog)


@PLAIN_AUTH
def test_server_challenging_with_the_auth_plain_blob_never_shows_it(caplog):
    # smtplib gives up after a few challenges, quoting the last one in its exception.
    caplog.set_level(logging.DEBUG)
    server = SmtpServer(credentials=("watch", "right"), auth_loop=True, auth_mechanisms=["PLAIN"])
    with server:
        chan = channel(server.port, username="watch", password_env="WATCH_SMTP_PASSWORD")
        with pytest.raises(EmailDeliveryError, match="infinite loop") as info:
            send_email(chan, digest(), message_id="m7", env=ENV)
    assert "***" in str(info.value)
    assert_no_secret(info.value, caplog)


@PLAIN_AUTH
def test_reply_is_scrubbed_before_it_is_cut():
    # A refusal quoting the password across the 300th character of the reply.
    reply = "550 5.1.1 " + "x" * 284 + PASSWORD + " is not a mailbox"
    server = SmtpServer(credentials=("watch", PASSWORD), rcpt_reply=reply)
    with server, pytest.raises(EmailDeliveryError) as info:
        chan = channel(server.port, username="watch", password_env="WATCH_SMTP_PASSWORD")
        send_email(chan, digest(), message_id="m8", env=ENV)
    assert "5.1.1 " + "x" * 284 + "***" in str(info.value)
    assert PASSWORD[:6] not in str(info.value) and PASSWORD[:6] not in repr(vars(info.value))


def test_non_ascii_password_is_a_clear_permanent_error():
    chan = channel(free_port(), username="watch", password_env="WATCH_SMTP_PASSWORD")
    with pytest.raises(EmailDeliveryError, match="ASCII") as info:
        send_email(chan, digest(), message_id="m9", env={"WATCH_SMTP_PASSWORD": "pässwört"})
    assert info.value.permanent and "pässwört" not in str(info.value)
    assert info.value.__cause__ is None and info.value.__context__ is None


def test_missing_password_variable_names_it():
    chan = channel(free_port(), username="watch", password_env="WATCH_SMTP_PASSWORD")
    with pytest.raises(EmailDeliveryError, match="WATCH_SMTP_PASSWORD is not set") as info:
        send_email(chan, digest(), message_id="m5", env={})
    assert info.value.permanent


def test_starttls_with_auth(tls_files, caplog):
    caplog.set_level(logging.DEBUG)
    server_ctx, client_ctx = contexts(*tls_files)
    with SmtpServer(credentials=("watch", PASSWORD), starttls=server_ctx) as server:
        chan = channel(
            server.port, security="starttls", username="watch", password_env="WATCH_SMTP_PASSWORD"
        )
        send_email(chan, digest(), message_id="tls1", env=ENV, tls_context=client_ctx)
    assert server.logins == [("watch", PASSWORD)]
    assert server.messages[0].tls
    assert server.messages[0].message["Message-ID"] == "<tls1@watch>"


def test_implicit_tls(tls_files):
    server_ctx, client_ctx = contexts(*tls_files)
    with SmtpServer(implicit_tls=server_ctx) as server:
        send_email(
            channel(server.port, security="ssl"),
            digest(),
            message_id="tls2",
            env={},
            tls_context=client_ctx,
        )
    assert len(server.messages) == 1


def test_untrusted_certificate_is_permanent(tls_files):
    server_ctx, _ = contexts(*tls_files)
    with (
        SmtpServer(starttls=server_ctx) as server,
        pytest.raises(EmailDeliveryError, match="certificate not trusted") as info,
    ):
        send_email(channel(server.port, security="starttls"), digest(), message_id="t3", env={})
    assert info.value.permanent
    assert server.messages == []


def test_starttls_not_offered_is_permanent():
    with (
        SmtpServer() as server,
        pytest.raises(EmailDeliveryError, match="does not support") as info,
    ):
        send_email(channel(server.port, security="starttls"), digest(), message_id="t4", env={})
    assert info.value.permanent


@pytest.mark.parametrize(
    ("reply", "permanent"),
    [
        ("450 4.2.1 mailbox busy, try later", False),
        ("550 5.1.1 no such user", True),
    ],
)
def test_refused_recipients(reply, permanent):
    with SmtpServer(rcpt_reply=reply) as server, pytest.raises(EmailDeliveryError) as info:
        send_email(channel(server.port), digest(), message_id="r1", env={})
    assert info.value.permanent is permanent
    assert info.value.smtp_code == int(reply[:3])
    assert reply[4:] in str(info.value)
    assert info.value.retry_after is None


def test_connection_refused_is_temporary():
    with pytest.raises(DeliveryError, match=r"cannot talk to 127\.0\.0\.1") as info:
        send_email(channel(free_port()), digest(), message_id="c1", env={})
    assert isinstance(info.value, EmailDeliveryError) and not info.value.permanent
    assert info.value.channel == "mail"


def test_silent_server_times_out_within_the_channel_timeout():
    with SilentServer() as silent:
        started = time.monotonic()
        with pytest.raises(EmailDeliveryError, match=r"timed out after 0\.5s") as info:
            send_email(channel(silent.port, timeout=0.5), digest(), message_id="s1", env={})
        assert time.monotonic() - started < 3
    assert not info.value.permanent


def test_bad_message_id_is_refused_before_connecting():
    with pytest.raises(ValueError, match="message id"):
        send_email(channel(free_port()), digest(), message_id="x>\r\nBcc: y", env={})


def test_deliver_dispatches_email():
    with SmtpServer() as server:
        deliver(channel(server.port), digest(), message_id="d1", timestamp=0, env={})
    assert server.messages[0].message["Message-ID"] == "<d1@watch>"


def test_non_ascii_subject_and_body_survive():
    title = "OpenAI 推迟上市计划 — «Reuters»"
    with SmtpServer() as server:
        send_email(channel(server.port), digest(title), message_id="u1", env={})
    msg = server.messages[0].message
    assert msg["Subject"].endswith(title)
    assert title in msg.get_body(("plain",)).get_content()
    assert all(len(line) <= 998 for line in server.messages[0].raw.split(b"\r\n"))
