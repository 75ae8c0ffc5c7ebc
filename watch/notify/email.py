"""Deliver a digest as one multipart/alternative email over SMTP (standard library only).

Every smtplib, socket and ssl error is translated in `_translate`, the one place that knows
them, into `EmailDeliveryError` (a `DeliveryError`) that says whether trying again can help:
4xx SMTP replies, timeouts and dropped connections are temporary; 5xx replies, a refused
login, a missing extension or an untrusted certificate are permanent until someone changes
the configuration. The SMTP password is read from the environment only when a message is
sent and never appears in an error message or a log record.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import re
import smtplib
import socket
import ssl
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

from watch.config import EmailChannel, SmtpConfig, resolve_secret
from watch.digest import Digest, fold
from watch.errors import DeliveryError

log = logging.getLogger(__name__)

# Message ids become part of a header: allow only characters that need no quoting there.
_MESSAGE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+=-]{0,200}$")


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
    msg = build_message(channel, digest, message_id=message_id)
    with _translate(channel.name, smtp, password):
        client = _connect(smtp, tls_context)
        try:
            if smtp.username:
                client.login(smtp.username, password or "")
            client.send_message(msg, from_addr=channel.from_, to_addrs=list(channel.to))
        finally:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                client.quit()
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


@contextlib.contextmanager
def _translate(channel: str, smtp: SmtpConfig, secret: str | None) -> Iterator[None]:
    """Turn whatever smtplib, socket or ssl raise into EmailDeliveryError, scrubbed of the
    password. The original stays chained as `__cause__` unless it mentions the password."""
    where = f"{smtp.host}:{smtp.port}"
    try:
        yield
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _ in exc.recipients.values()]
        replies = "; ".join(
            f"{rcpt}: {code} {_reply(text)}" for rcpt, (code, text) in exc.recipients.items()
        )
        _raise(
            channel,
            f"{where} refused every recipient ({replies})",
            exc,
            secret,
            permanent=all(code >= 500 for code in codes),
            code=max(codes, default=None),
        )
    except smtplib.SMTPResponseException as exc:
        # Covers refused sender, refused data, failed login (535) and failed HELO.
        what = "login refused" if isinstance(exc, smtplib.SMTPAuthenticationError) else "replied"
        _raise(
            channel,
            f"{where} {what}: {exc.smtp_code} {_reply(exc.smtp_error)}",
            exc,
            secret,
            permanent=exc.smtp_code >= 500,
            code=exc.smtp_code,
        )
    except smtplib.SMTPNotSupportedError as exc:
        _raise(
            channel,
            f"{where} does not support what security/login need: {exc}",
            exc,
            secret,
            permanent=True,
        )
    except smtplib.SMTPServerDisconnected as exc:
        # smtplib reports a read timeout as a disconnect; the timeout is the useful part.
        if isinstance(exc.__context__, TimeoutError):
            _raise(
                channel, f"{where}: timed out after {smtp.timeout:g}s", exc, secret, permanent=False
            )
        _raise(channel, f"{where} closed the connection: {exc}", exc, secret, permanent=False)
    except smtplib.SMTPException as exc:
        _raise(channel, f"{where}: {exc}", exc, secret, permanent=False)
    except ssl.SSLCertVerificationError as exc:
        _raise(
            channel,
            f"{where}: TLS certificate not trusted: {exc.verify_message}",
            exc,
            secret,
            permanent=True,
        )
    except ssl.SSLError as exc:
        _raise(channel, f"{where}: TLS failed: {exc.reason or exc}", exc, secret, permanent=False)
    except TimeoutError as exc:
        _raise(channel, f"{where}: timed out after {smtp.timeout:g}s", exc, secret, permanent=False)
    except socket.gaierror as exc:
        _raise(channel, f"cannot resolve {smtp.host}: {exc.strerror}", exc, secret, permanent=False)
    except OSError as exc:
        _raise(
            channel, f"cannot talk to {where}: {exc.strerror or exc}", exc, secret, permanent=False
        )


def _reply(text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return fold(text)[:300]


def _raise(
    channel: str,
    message: str,
    exc: BaseException,
    secret: str | None,
    *,
    permanent: bool,
    code: int | None = None,
) -> None:
    clean = _scrub(message, secret)
    error = EmailDeliveryError(channel, clean, permanent=permanent, smtp_code=code)
    if secret and _scrub(repr(exc) + str(exc), secret) != repr(exc) + str(exc):
        raise error from None  # the original names the password: do not keep it around
    raise error from exc


def _scrub(text: str, secret: str | None) -> str:
    """`text` without the secret, in clear or in the base64 forms SMTP AUTH sends."""
    if not secret:
        return text
    forms = {secret, base64.b64encode(secret.encode()).decode()}
    for form in sorted(forms, key=len, reverse=True):
        text = text.replace(form, "***")
    return text
