"""Delivery: hand a rendered `Digest` to one configured channel, and when to try again.

    deliver(channel, digest, message_id=..., timestamp=...)
      ├── EmailChannel   -> notify.email.send_email      (SMTP, multipart text + HTML)
      └── WebhookChannel -> notify.webhook.send_webhook  (signed JSON POST, or Slack format)

Both raise `DeliveryError` subclasses carrying `permanent` (retrying unchanged cannot help) and
`retry_after` (seconds the receiver asked us to wait). Deciding when to retry is the caller's
job; `retry_delay` is the pure rule for it. What a server or receiver says is untrusted: it
reaches an error message only scrubbed of every form of the channel's secrets
(`secrets_for`, watch/delivery/notify/redact.py).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import httpx

from watch.config import EmailChannel, WebhookChannel, resolve_secret
from watch.delivery.digest import Digest, alert_json
from watch.delivery.notify.email import EmailDeliveryError, send_email
from watch.delivery.notify.redact import Secrets
from watch.delivery.notify.webhook import (
    WebhookDeliveryError,
    send_webhook,
    signing_key,
    verify_signature,
)
from watch.models import Alert

__all__ = [
    "EmailDeliveryError",
    "Secrets",
    "WebhookDeliveryError",
    "deliver",
    "retry_delay",
    "secrets_for",
    "send_email",
    "send_webhook",
    "split_messages",
    "verify_signature",
]

MAX_ALERTS_PER_MESSAGE = 100  # an email or a JSON webhook body never carries more

BASE_DELAY = 60.0  # seconds before the second attempt
MAX_DELAY = 6 * 3600.0  # backoff never waits longer than this on its own


def deliver(
    channel: EmailChannel | WebhookChannel,
    digest: Digest,
    *,
    message_id: str,
    timestamp: int,
    env: Mapping[str, str] | None = None,
    http: httpx.Client | None = None,
) -> None:
    """Send `digest` through `channel`. `message_id` is the idempotency key (Message-ID or
    webhook-id), the same on every retry of the same message; `timestamp` is unix seconds
    for the webhook signature. Raises DeliveryError when the channel did not accept it and
    TypeError for an unknown channel type."""
    if isinstance(channel, EmailChannel):
        send_email(channel, digest, message_id=message_id, env=env)
    elif isinstance(channel, WebhookChannel):
        send_webhook(
            channel, digest, message_id=message_id, timestamp=timestamp, client=http, env=env
        )
    else:
        raise TypeError(f"no delivery for channel type {type(channel).__name__}")


def split_messages(
    channel: EmailChannel | WebhookChannel,
    alerts: Sequence[Alert],
    statements: Mapping[str, str],
) -> list[list[Alert]]:
    """The messages that carry `alerts` on `channel`, in order, together holding every alert
    once: at most MAX_ALERTS_PER_MESSAGE each, and for a Slack-format webhook as many as fit
    in one message's blocks (`watch.delivery.slack.ALERT_ROOM`; an alert with many copies of
    its story takes more than one)."""
    room, sizes = _room_and_sizes(channel, alerts, statements)
    messages: list[list[Alert]] = []
    used = room
    for alert, size in zip(alerts, sizes, strict=True):
        if used + size > room:
            messages.append([])
            used = 0
        messages[-1].append(alert)
        used += size
    return messages


def _room_and_sizes(
    channel: EmailChannel | WebhookChannel,
    alerts: Sequence[Alert],
    statements: Mapping[str, str],
) -> tuple[int, list[int]]:
    """How much one message holds on `channel`, and how much of it each alert takes."""
    if isinstance(channel, WebhookChannel) and channel.format == "slack":
        from watch.delivery.slack import ALERT_ROOM, alert_sections

        return ALERT_ROOM, [len(alert_sections(alert_json(a, statements))) for a in alerts]
    return MAX_ALERTS_PER_MESSAGE, [1] * len(alerts)


def secrets_for(
    channel: EmailChannel | WebhookChannel, env: Mapping[str, str] | None = None
) -> Secrets:
    """Every form of the secrets `channel` sends, read from `env` (default: the environment):
    for a webhook, its secret and the path and query of its URL."""
    values = dict(env) if env is not None else None
    if isinstance(channel, EmailChannel):
        password = resolve_secret(channel.smtp.password_env, values)
        return Secrets.for_smtp(channel.smtp.username, password)
    secret = resolve_secret(channel.secret_env, values)
    try:
        key = signing_key(secret) if secret else None
    except ValueError:  # not base64 after whsec_: nothing was signed with it
        key = None
    return Secrets.for_webhook(secret, key, url=channel.resolve_url(values))


def retry_delay(attempts: int, retry_after: float | None) -> float:
    """Seconds to wait after the `attempts`-th failed attempt (1 for the first failure).

    Exponential backoff, 60 s * 2**(attempts-1) capped at 6 h, but never less than the
    receiver's Retry-After when it gave one. Raises ValueError when `attempts` < 1.
    """
    if attempts < 1:
        raise ValueError(f"attempts counts failures so far and starts at 1, got {attempts}")
    # Cap the exponent first: 2**attempts for a large count is a pointlessly huge integer.
    backoff = min(BASE_DELAY * float(2 ** min(attempts - 1, 32)), MAX_DELAY)
    if retry_after is None or math.isnan(retry_after) or retry_after <= 0:
        return backoff
    return max(backoff, float(retry_after))
