"""`watch status`: what the last run did, what is next, what is failing."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from watch.render import clean
from watch.store import Store


def gather(
    store: Store, now: datetime | None = None, lock_holder: int | None = None
) -> dict[str, Any]:
    """What `watch status` shows. `lock_holder`: the pid holding the run lock (None when
    free): a run the database still calls running while nobody holds the lock was killed or
    interrupted, and its messages in flight wait to be sent again by the next run."""
    now = now or datetime.now(UTC)
    feeds = store.feed_health()
    next_polls = sorted((f.next_poll_at or now) for f in feeds)
    last_run = store.last_run()
    if last_run and last_run["status"] == "running" and lock_holder is None:
        last_run = {**last_run, "status": "interrupted"}
    return {
        "last_run": last_run,
        "running_pid": lock_holder,
        "feeds": len(feeds),
        "feeds_due_now": sum(1 for t in next_polls if t <= now),
        "next_poll_at": next_polls[0].isoformat() if next_polls else None,
        "failing_feeds": [
            {"feed": f.feed_id, "failures": f.consecutive_failures, "error": f.last_error}
            for f in feeds
            if f.consecutive_failures
        ],
        "deliveries": store.delivery_counts(),
    }


def render(info: dict[str, Any]) -> str:
    run = info["last_run"]
    lines = []
    if run:
        lines.append(
            f"last run #{run['id']}: {run['status']}, started {run['started_at']}, "
            f"{run['feeds_polled']} feeds polled, {run['feeds_failed']} failed, "
            f"{run['new_articles']} new articles, {run['alerts']} alerts"
        )
    else:
        lines.append("no run yet")
    lines.append(
        f"{info['feeds']} feeds; {info['feeds_due_now']} due now; "
        f"next poll {info['next_poll_at'] or '-'}"
    )
    d = info["deliveries"]
    in_flight = (
        f"{d.get('sending', 0)} in flight"
        if info["running_pid"] is not None or not d.get("sending")
        else f"{d.get('sending', 0)} interrupted in flight (the next run sends them again)"
    )
    lines.append(
        f"deliveries: {d.get('sent', 0)} sent, {d.get('pending', 0)} pending, "
        f"{in_flight}, {d.get('failed', 0)} failed"
    )
    for f in info["failing_feeds"][:20]:
        lines.append(f"  failing: {f['feed']} ({f['failures']}x): {clean(f['error'] or '')[:100]}")
    return "\n".join(lines)
