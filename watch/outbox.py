"""Delivering the outbox: every alert reaches every channel once.

A message is a group of deliveries with one id. The group is marked `sending` (with its id) in
the database before the channel is tried, and `sent` only after the channel accepted it. A run
killed in between finds the group still `sending` and sends it again with the same id, which
the receiver can drop (webhook-id, Message-ID): nothing is lost, and only the one message in
flight can repeat. Failures are retried with backoff until the channel's max_attempts.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from watch.config import EmailChannel, Settings, WebhookChannel
from watch.errors import DeliveryError
from watch.store import Store

log = logging.getLogger("watch.outbox")

Channel = EmailChannel | WebhookChannel


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
    for channel in settings.notify:
        if only is not None and channel.name != only:
            continue
        now = clock()
        for mid, alert_ids in store.in_flight(channel.name).items():
            _, next_at = store.next_attempt(channel.name, mid)
            if next_at is None or next_at <= now or force:
                ok = _send(settings, store, channel, alert_ids, mid, clock, env)
                sent, failed = sent + ok, failed + (not ok)
        last = store.last_digest_at(channel.name)
        if channel.mode == "digest" and last is None:
            with store.atomic():
                store.set_last_digest_at(channel.name, now)  # the schedule starts counting now
        if not force and not digest_due(channel, last, now):
            continue
        pending = store.pending(channel.name)
        if channel.mode == "digest":
            with store.atomic():
                store.set_last_digest_at(channel.name, now)
        if not pending:
            continue
        mid = message_id(channel.name, pending)
        with store.atomic():
            store.mark_sending(channel.name, pending, mid)
        ok = _send(settings, store, channel, pending, mid, clock, env)
        sent, failed = sent + ok, failed + (not ok)
    return sent, failed


def _send(
    settings: Settings,
    store: Store,
    channel: Channel,
    alert_ids: Sequence[int],
    mid: str,
    clock: Callable[[], datetime],
    env: dict[str, str] | None,
) -> bool:
    from watch import notify
    from watch.digest import render_digest
    from watch.views import claim_summaries

    now = clock()
    alerts = store.alerts(ids=alert_ids)
    since = store.last_sent_at(channel.name)
    digest = render_digest(
        alerts,
        claim_summaries(store, settings),
        statements={c.id: c.statement for c in settings.claims},
        generated_at=now,
        also_seen=store.mentions_since(since) if channel.also_seen else (),
    )
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
