"""Deliver a digest as one multipart/alternative email over SMTP (standard library only).

Every smtplib, socket and ssl error is translated in `_translate`, the one place that knows
them, into `EmailDeliveryError` (a `DeliveryError`) that says whether trying again can help:
4xx SMTP replies, timeouts and dropped connections are temporary; 5xx replies, a refused
login, a missing extension or an untrusted certificate are permanent until someone changes
the configuration. The SMTP password is read from the environment only when a message is
sent. The server is not trusted: its replies reach an error message only through
`Secrets.quote` (notify/redact.py), which scrubs every form of the password and of the
AUTH blob from the whole reply before cutting it, and an exception holding a reply is never
chained.
"""

from __future__ import annotations

import contextlib
import logging
import re
import smtplib
import socket
import ssl
from collections.abc import Mapping
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

from watch.config import EmailChannel, SmtpConfig, resolve_secret
from watch.delivery.digest import Digest, fold
from watch.delivery.notify.redact import Secrets, guard_logs
from watch.errors import DeliveryError

log = logging.getLogger(__name__)

# Message ids become part of a header: allow only characters that need no quoting there.
_MESSAGE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+=-]{0,200}$")
_REPLY = 300  # characters of a server's reply kept in an error message, after scrubbing


class EmailDeliveryError(DeliveryError):
    """A mail server did not accept the message. `permanent` is True when retrying the same
    message unchanged cannot succeed (5xx reply, bad credentials, TLS trust, no such
    extension); `smtp_code` is the server's reply code when there was one."""

    def __init__(
        self, channel: str, message: str, *, permanent: bool, smtp_code: int | None = None
    ) -> None:
        super().__init__(channel, message)
        self.permanent = permanent
        self.smtp_code = smtp_code


def build_message(
    channel: EmailChannel, digest: Digest, *, message_id: str, now: datetime | None = None
) -> EmailMessage:
    """The email for `digest`: text and HTML alternatives, `Message-ID: <message_id@watch>`.

    Raises ValueError when `message_id` has characters a header cannot carry unquoted.
    """
    if not _MESSAGE_ID.match(message_id):
        raise ValueError(f"message id {message_id!r} must be letters, digits and ._+=-")
    msg = EmailMessage()
    msg["From"] = channel.from_
    msg["To"] = ", ".join(channel.to)
    # The digest folds the subject already; fold again so no caller can smuggle a header in.
    msg["Subject"] = fold(digest.subject)
    msg["Date"] = format_datetime(now or datetime.now(UTC))
    msg["Message-ID"] = f"<{message_id}@watch>"
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: tells autoresponders to stay quiet
    msg.set_content(digest.text, subtype="plain", charset="utf-8")
    msg.add_alternative(digest.html, subtype="html", charset="utf-8")
    for name, page in digest.attachments:
        # multipart/mixed: the alternatives first, then each page as a file to open
        msg.add_attachment(page, subtype="html", charset="utf-8", filename=name)
    return msg


def send_email(
    channel: EmailChannel,
    digest: Digest,
    *,
    message_id: str,
    env: Mapping[str, str] | None = None,
    tls_context: ssl.SSLContext | None = None,
) -> None:
    """Send `digest` to every address in `channel.to` through `channel.smtp`.

    `message_id` is the caller's idempotency key: a message re-sent after a crash carries the
    same Message-ID so mail systems can drop the duplicate. `tls_context` replaces the system
    trust store (tests use it to trust their own certificate). Raises EmailDeliveryError
    (a DeliveryError) when the message was not accepted, and ValueError for a bad message id.
    """
    smtp = channel.smtp
    password = resolve_secret(smtp.password_env, dict(env) if env is not None else None)
    if smtp.password_env and password is None:
        raise EmailDeliveryError(
            channel.name, f"environment variable {smtp.password_env} is not set", permanent=True
        )
    if smtp.username and not (smtp.username + (password or "")).isascii():
        # smtplib sends the AUTH exchange as ASCII and would raise with the password inside.
        raise EmailDeliveryError(
            channel.name, "SMTP login needs an ASCII username and password", permanent=True
        )
    secrets = Secrets.for_smtp(smtp.username, password)
    guard_logs(channel.name, secrets)
    msg = build_message(channel, digest, message_id=message_id)
    failure: tuple[EmailDeliveryError, BaseException | None] | None = None
    try:
        client = _connect(smtp, tls_context)
        try:
            if smtp.username:
                client.login(smtp.username, password or "")
            client.send_message(msg, from_addr=channel.from_, to_addrs=list(channel.to))
        finally:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                client.quit()
    except OSError as exc:  # smtplib's, socket's and ssl's errors all are
        failure = _translate(channel.name, smtp, exc, secrets)
    if failure is not None:
        # Raised here, outside the `except`, so that no __context__ keeps the server's words.
        error, cause = failure
        raise error from cause
    log.info(
        "channel %s: email %s sent to %d recipients", channel.name, message_id, len(channel.to)
    )


def _connect(smtp: SmtpConfig, tls_context: ssl.SSLContext | None) -> smtplib.SMTP:
    context = tls_context or ssl.create_default_context()
    if smtp.security == "ssl":
        return smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout, context=context)
    client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
    try:
        if smtp.security == "starttls":
            client.starttls(context=context)  # raises SMTPNotSupportedError when not offered
    except BaseException:
        client.close()
        raise
    return client


def _translate(
    channel: str, smtp: SmtpConfig, exc: BaseException, secrets: Secrets
) -> tuple[EmailDeliveryError, BaseException | None]:
    """The EmailDeliveryError for what smtplib, socket or ssl raised, and the cause worth
    chaining to it. What the server said is quoted through `secrets`; an exception holding the
    server's words, or any form of a secret, is not chained (its repr would show them raw)."""
    where = f"{smtp.host}:{smtp.port}"
    code: int | None = None
    remote = True
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in exc.recipients.values()]
        replies = "; ".join(
            f"{rcpt}: {code} {secrets.quote(text, _REPLY)}"
            for rcpt, (code, text) in exc.recipients.items()
        )
        message = f"{where} refused every recipient ({replies})"
        permanent, code = all(c >= 500 for c in codes), max(codes, default=None)
    elif isinstance(exc, smtplib.SMTPResponseException):
        # Covers refused sender, refused data, failed login (535) and failed HELO.
        what = "login refused" if isinstance(exc, smtplib.SMTPAuthenticationError) else "replied"
        message = f"{where} {what}: {exc.smtp_code} {secrets.quote(exc.smtp_error, _REPLY)}"
        permanent, code = exc.smtp_code >= 500, exc.smtp_code
    elif isinstance(exc, smtplib.SMTPNotSupportedError):
        message = f"{where} does not support what security/login need: {exc}"
        permanent = True
    elif isinstance(exc, smtplib.SMTPServerDisconnected):
        # smtplib reports a read timeout as a disconnect; the timeout is the useful part.
        if isinstance(exc.__context__, TimeoutError):
            message = f"{where}: timed out after {smtp.timeout:g}s"
        else:
            message = f"{where} closed the connection: {secrets.quote(str(exc), _REPLY)}"
        permanent = False
    elif isinstance(exc, smtplib.SMTPException):
        # e.g. "Server AUTH mechanism infinite loop. Last response: (334, b'<the server's>')"
        message = f"{where}: {secrets.quote(str(exc), _REPLY)}"
        permanent = False
    else:
        message, permanent = _local(where, smtp, exc)
        remote = False
    error = EmailDeliveryError(channel, secrets.scrub(message), permanent=permanent, smtp_code=code)
    keep = not remote and not secrets.names(repr(exc) + str(exc))
    return error, exc if keep else None


def _local(where: str, smtp: SmtpConfig, exc: BaseException) -> tuple[str, bool]:
    """Message and permanence for a socket or TLS failure (no server reply in it)."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"{where}: TLS certificate not trusted: {exc.verify_message}", True
    if isinstance(exc, ssl.SSLError):
        return f"{where}: TLS failed: {exc.reason or exc}", False
    if isinstance(exc, TimeoutError):
        return f"{where}: timed out after {smtp.timeout:g}s", False
    if isinstance(exc, socket.gaierror):
        return f"cannot resolve {smtp.host}: {exc.strerror}", False
    assert isinstance(exc, OSError)
    return f"cannot talk to {where}: {exc.strerror or exc}", False
