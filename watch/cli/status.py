"""`watch status`: what the last run did, what is next, what is failing."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from watch.cli.render import clean
from watch.store import Store
from watch.words import cut, more, plural, reason_first, relative


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
            {
                "feed": f.feed_id,
                "url": f.url,
                "failures": f.consecutive_failures,
                "error": f.last_error,
            }
            for f in feeds
            if f.consecutive_failures
        ],
        "deliveries": store.delivery_counts(),
    }


FAILING_SHOWN = 20


def render(info: dict[str, Any], now: datetime | None = None) -> str:
    """For a person: times relative to `now` ("2 h ago", "in 4 min"; `--json` keeps them
    absolute), counts in words, and how many failing feeds were left out."""
    now = now or datetime.now(UTC)
    run = info["last_run"]
    lines = []
    if run:
        started = relative(_time(run["started_at"]), now)
        lines.append(
            f"last run #{run['id']}: {run['status']}, started {started}, "
            f"{plural(run['feeds_polled'], 'feed')} polled, {run['feeds_failed']} failed, "
            f"{plural(run['new_articles'], 'new article')}, {plural(run['alerts'], 'alert')}"
        )
    else:
        lines.append("no run yet")
    lines.append(
        f"{plural(info['feeds'], 'feed')}; {info['feeds_due_now']} due now; "
        f"next poll {relative(_time(info['next_poll_at']), now, never='-')}"
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
    failing = info["failing_feeds"]
    for f in failing[:FAILING_SHOWN]:
        why = reason_first(f["error"] or "", f.get("url") or "", f["feed"])
        lines.append(f"  failing: {f['feed']} ({f['failures']}x): {cut(clean(why), 100)}")
    left_out = more(min(len(failing), FAILING_SHOWN), len(failing))
    if left_out:
        lines.append(f"  {left_out} failing (watch feeds lists them all)")
    return "\n".join(lines)


def _time(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None
