"""Delivering the outbox: every alert reaches every channel once.

A message is a group of deliveries with one id. The group is marked `sending` (with its id) in
the database before the channel is tried, and `sent` only after the channel accepted it. A run
killed in between finds the group still `sending` and sends it again with the same id, which
the receiver can drop (webhook-id, Message-ID): nothing is lost, and only the one message in
flight can repeat. Failures are retried with backoff until the channel's max_attempts.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from watch.config import EmailChannel, Settings, WebhookChannel
from watch.errors import DeliveryError
from watch.models import Alert, ClaimSummary
from watch.store import Store

if TYPE_CHECKING:
    from watch.delivery.digest import Digest

log = logging.getLogger("watch.outbox")

Channel = EmailChannel | WebhookChannel
REPORT_ATTACHMENT = "watch-report.html"  # the file name of the page `attach_report` attaches


def message_id(channel: str, alert_ids: Sequence[int]) -> str:
    digest = hashlib.sha256(f"{channel}:{','.join(map(str, alert_ids))}".encode()).hexdigest()
    return f"msg_{digest[:32]}"


def digest_due(channel: Channel, last: datetime | None, now: datetime) -> bool:
    """Whether a digest channel's schedule fired since its last digest."""
    if channel.mode != "digest" or channel.schedule is None:
        return True
    if last is None:
        return False
    from apscheduler.triggers.cron import CronTrigger

    trigger = CronTrigger.from_crontab(channel.schedule, timezone=ZoneInfo(channel.timezone))
    fire = trigger.get_next_fire_time(None, last + timedelta(seconds=1))
    return fire is not None and fire <= now


def deliver_due(
    settings: Settings,
    store: Store,
    *,
    clock: Callable[[], datetime],
    env: dict[str, str] | None = None,
    only: str | None = None,
    force: bool = False,
) -> tuple[int, int]:
    """Send what is due on each channel (or only the one named); `force` sends a digest channel's
    pending alerts now. Returns (messages sent, attempts failed)."""
    sent = failed = 0
    shown = _Shown(settings, store, clock())
    for channel in settings.notify:
        if only is not None and channel.name != only:
            continue
        ok, not_ok = _deliver_channel(shown, channel, clock, env, force)
        sent, failed = sent + ok, failed + not_ok
    return sent, failed


def _deliver_channel(
    shown: _Shown,
    channel: Channel,
    clock: Callable[[], datetime],
    env: dict[str, str] | None,
    force: bool,
) -> tuple[int, int]:
    """Retry the channel's messages in flight, then send its pending alerts, split into as
    many messages as the channel's bound per message asks for. Messages go out in the order
    of their alerts: while one waits for a retry, newer alerts wait behind it."""
    store = shown.store
    sent = failed = 0
    now = clock()
    for mid, alert_ids in store.in_flight(channel.name).items():
        _, next_at = store.next_attempt(channel.name, mid)
        if next_at is not None and next_at > now and not force:
            return sent, failed
        if not _send(shown, channel, store.alerts_by_id(alert_ids), mid, clock, env):
            return sent, failed + 1
        sent += 1
    last = store.last_digest_at(channel.name)
    if channel.mode == "digest" and last is None:
        with store.atomic():
            store.set_last_digest_at(channel.name, now)  # the schedule starts counting now
    if not force and not digest_due(channel, last, now):
        return sent, failed
    pending = store.alerts_by_id(store.pending(channel.name))
    if channel.mode == "digest":
        with store.atomic():
            store.set_last_digest_at(channel.name, now)
    from watch.delivery.notify import split_messages

    for message in split_messages(channel, pending, shown.statements):
        # One message at a time is marked in flight: a run killed here repeats only this one,
        # with its id; the alerts after it are still pending and go out in later messages.
        mid = message_id(channel.name, [alert.id or 0 for alert in message])
        with store.atomic():
            store.mark_sending(channel.name, [alert.id or 0 for alert in message], mid)
        if not _send(shown, channel, message, mid, clock, env):
            return sent, failed + 1
        sent += 1
    return sent, failed


def preview(
    settings: Settings, store: Store, now: datetime, only: str | None = None
) -> list[tuple[str, list[Digest]]]:
    """What each channel (or only the one named) would be sent now if forced, message by
    message: its messages in flight, then its pending alerts split as a delivery splits them.
    Reads only."""
    from watch.delivery.notify import split_messages

    shown = _Shown(settings, store, now)
    previews = []
    for channel in settings.notify:
        if only is not None and channel.name != only:
            continue
        messages = [store.alerts_by_id(ids) for ids in store.in_flight(channel.name).values()]
        pending = store.alerts_by_id(store.pending(channel.name))
        messages += split_messages(channel, pending, shown.statements)
        digests = [render_message(shown, channel, alerts, now) for alerts in messages]
        previews.append((channel.name, digests))
    return previews


class _Shown:
    """What every message of one delivery shows beside its own alerts, read from the state
    once rather than once a message: the claims' statements, the status table and, for an
    email channel that attaches it, the report page. Nothing is stored while a delivery runs,
    so they cannot change between its messages."""

    def __init__(self, settings: Settings, store: Store, now: datetime) -> None:
        self.settings, self.store, self.now = settings, store, now
        self.statements = {c.id: c.statement for c in settings.claims}

    @functools.cached_property
    def summaries(self) -> list[ClaimSummary]:
        from watch.views import claim_summaries

        return claim_summaries(self.store, self.settings)

    @functools.cached_property
    def report_page(self) -> str:
        from watch import report

        return report.build(self.store, self.settings, generated_at=self.now)


def render_message(
    shown: _Shown, channel: Channel, alerts: Sequence[Alert], now: datetime
) -> Digest:
    """The digest one message of `channel` carries: exactly `alerts`, and the mentions seen
    since the channel's last message when it lists them."""
    from watch.delivery.digest import render_digest

    store = shown.store
    since = store.last_sent_at(channel.name)
    digest = render_digest(
        alerts,
        shown.summaries,
        statements=shown.statements,
        generated_at=now,
        also_seen=store.mentions_since(since) if channel.also_seen else (),
    )
    if isinstance(channel, EmailChannel) and channel.attach_report:
        from dataclasses import replace

        digest = replace(digest, attachments=((REPORT_ATTACHMENT, shown.report_page),))
    return digest


def _send(
    shown: _Shown,
    channel: Channel,
    alerts: Sequence[Alert],
    mid: str,
    clock: Callable[[], datetime],
    env: dict[str, str] | None,
) -> bool:
    from watch.delivery import notify

    store = shown.store
    now = clock()
    digest = render_message(shown, channel, alerts, now)
    try:
        notify.deliver(channel, digest, message_id=mid, timestamp=int(now.timestamp()), env=env)
    except DeliveryError as exc:
        attempts, _ = store.next_attempt(channel.name, mid)
        attempts += 1
        permanent = exc.permanent
        give_up = permanent or attempts >= channel.max_attempts
        next_at = (
            None
            if give_up
            else now + timedelta(seconds=notify.retry_delay(attempts, exc.retry_after))
        )
        # The senders quote a reply only scrubbed; scrub once more here, whatever a sender did,
        # since this is what is kept in the database and printed at the default log level.
        text = notify.secrets_for(channel, env).scrub(exc.message)
        with store.atomic():
            store.mark_failed_attempt(channel.name, mid, text, next_at)
        log.warning(
            "channel %s: %s (attempt %d%s)",
            channel.name,
            text,
            attempts,
            ", giving up" if give_up else "",
        )
        return False
    with store.atomic():
        store.mark_sent(channel.name, mid, clock())
        store.set_last_sent_at(channel.name, now)
    return True
