"""One check: poll the due feeds, fetch and extract new articles, store and judge them, apply
deadlines, deliver the outbox. `run_once` wires the stages and returns a `RunReport`; the
polling itself (threads, worker processes, one transaction per feed) is `watch.poller`.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from watch import feeds
from watch.baseline import ingest_seeds
from watch.config import Settings
from watch.delivery import outbox
from watch.fetching.fetch import Fetcher
from watch.ingest import Ingestor
from watch.models import RunReport
from watch.poller import Clock, Poller, Progress
from watch.store import Store
from watch.workers import Pools


def make_ingestor(settings: Settings, store: Store) -> Ingestor:
    channels = [(c.name, c.min_confidence) for c in settings.notify]
    return Ingestor(store, settings.claims, channels, settings.alerts.min_confidence)


def utcnow() -> datetime:
    return datetime.now(UTC)


def run_once(
    settings: Settings,
    store: Store,
    *,
    force: bool = False,
    clock: Clock = utcnow,
    env: dict[str, str] | None = None,
    progress: Progress | None = None,
    fetcher: Fetcher | None = None,
    stop: threading.Event | None = None,
    pools: Pools | None = None,
) -> RunReport:
    """Run one check. Per-feed and per-article failures are recorded, never raised.
    Once `stop` is set, polling ends soon (the feeds not finished are polled again next time)
    and no deadline or delivery is run. `fetcher` and `pools` (the parse and extraction
    processes) are the caller's to keep across runs (the daemon's); by default the run starts
    its own and stops them at the end.

    Raises StateError when the database cannot be written."""
    started = clock()
    run_id = store.start_run(started)
    store.sync_feeds([(f.key, f.url, f.name or f.key) for f in settings.feeds])
    ingestor = make_ingestor(settings, store)
    with store.atomic():
        _, skipped = ingest_seeds(ingestor, settings, clock())
    by_key = {f.key: f for f in settings.feeds}
    due = [
        s
        for s in store.feed_states()
        if s.feed_id in by_key and (force or feeds.is_due(s, started))
    ]
    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher(settings.fetch)
    try:
        poller = Poller(settings, store, ingestor, fetcher, clock, progress, pools)
        counts = poller.run(due, by_key, stop)
    finally:
        if own_fetcher:
            fetcher.close()
    store.index_new_articles()
    sent = failed = 0
    if stop is None or not stop.is_set():
        with store.atomic():
            ingestor.settle(clock())
        sent, failed = outbox.deliver_due(settings, store, clock=clock, env=env)
        if settings.report is not None:
            from watch import report as reporting

            failure = reporting.refresh(settings, store, clock(), force=ingestor.alerts_raised > 0)
            if failure:
                counts.errors.append(failure)
    report = RunReport(
        started_at=started,
        finished_at=clock(),
        feeds_polled=counts.polled,
        feeds_not_modified=counts.not_modified,
        feeds_failed=counts.failed,
        new_articles=counts.new_articles,
        alerts=ingestor.alerts_raised,
        deliveries_sent=sent,
        deliveries_failed=failed,
        errors=(*skipped, *counts.errors),
    )
    store.finish_run(run_id, report, interrupted=stop is not None and stop.is_set())
    return report
