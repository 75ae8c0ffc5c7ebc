"""`watch run`: the daemon. APScheduler 3 drives the same `run_once` a cron check uses.

Jobs: one poll job that looks every few seconds for the feeds whose time has come and polls
them together in one `run_once`, through the same fair poller a cron check uses (one job per
feed ran one feed at a time: a feed with many slow pages held all the others); one digest job
per digest channel (its cron schedule, in its time zone), one job applying claim deadlines, one
retrying deliveries. The poll job's runs share the daemon's HTTP client and its worker processes
(the feed-parse process, the extraction workers: `watch.workers.Pools`), started once and
replaced when one dies, so a poll costs what its feeds cost, not a start-up. Every job that
writes takes the state lock (waiting for it), so the daemon and a cron `check --once` never
write at the same time. SIGTERM/SIGINT: no new jobs start, a poll in flight ends within a few
seconds (its unfinished feeds are polled again next time), exit 0.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from watch import feeds
from watch.config import Settings
from watch.errors import WatchError
from watch.fetching.fetch import Fetcher
from watch.lock import run_lock
from watch.store import Store
from watch.workers import Pools

log = logging.getLogger("watch.scheduler")

LOCK_WAIT = 300.0  # seconds a job waits for a cron check to finish
SHUTDOWN_WAIT = 60.0
# How often the poll job looks for due feeds: a tenth of the shortest interval, within these
# bounds, so a feed is polled at most that late. Looking reads the database without the lock.
LOOK_MIN, LOOK_MAX = 1.0, 30.0


class Daemon:
    def __init__(self, settings: Settings, state_dir: str) -> None:
        from apscheduler.schedulers.background import BackgroundScheduler

        self.settings = settings
        self.state_dir = state_dir
        self.private = settings.state_mode == "private"
        self.stopping = threading.Event()
        self._serial = threading.Lock()  # one job writes at a time inside this process
        self._polling = threading.Lock()  # held by the poll in flight
        self.fetcher: Fetcher | None = None  # made with the first poll, kept until the end
        self.pools = Pools(settings)
        self.scheduler = BackgroundScheduler(
            timezone=UTC,
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 300},
        )

    def add_jobs(self, now: datetime) -> None:
        from apscheduler.triggers.cron import CronTrigger
        from apscheduler.triggers.interval import IntervalTrigger

        if self.settings.feeds:
            default = self.settings.default_interval
            shortest = min(f.interval or default for f in self.settings.feeds)
            self.scheduler.add_job(
                self.poll_due,
                IntervalTrigger(seconds=min(LOOK_MAX, max(LOOK_MIN, shortest / 10)), timezone=UTC),
                id="poll",
                name="poll due feeds",
                next_run_time=now,
                # a look while a long poll runs returns at once, rather than be skipped
                # with a warning by APScheduler
                max_instances=2,
            )
        for channel in self.settings.notify:
            if channel.mode == "digest" and channel.schedule:
                self.scheduler.add_job(
                    self._guard(self.send_digest),
                    CronTrigger.from_crontab(channel.schedule, timezone=ZoneInfo(channel.timezone)),
                    args=[channel.name],
                    id=f"digest:{channel.name}",
                    name=f"digest {channel.name}",
                )
        self.scheduler.add_job(
            self._guard(self.settle),
            IntervalTrigger(hours=1),
            id="deadlines",
            name="claim deadlines",
            next_run_time=now,
        )
        if self.settings.report is not None:
            self.scheduler.add_job(
                self._guard(self.write_report),
                IntervalTrigger(seconds=self.settings.report.every),
                id="report",
                name="report page",
                next_run_time=now,
            )
        self.scheduler.add_job(
            self._guard(self.retry_deliveries),
            IntervalTrigger(minutes=1),
            id="deliveries",
            name="deliveries",
            next_run_time=now + timedelta(seconds=30),
        )

    def _guard(self, job: Callable[..., Any]) -> Callable[..., None]:
        """Serialise jobs, hold the state lock, and skip work once stopping."""

        def run(*args: Any) -> None:
            if self.stopping.is_set():
                return
            with self._serial, run_lock(self.state_dir, wait=LOCK_WAIT, private=self.private):
                if self.stopping.is_set():
                    return
                store = Store.open(self.state_dir, private=self.private)
                try:
                    job(store, *args)
                except WatchError as exc:
                    log.error("%s failed: %s", job.__name__, exc)
                finally:
                    store.close()

        run.__name__ = job.__name__
        return run

    def poll_due(self) -> None:
        """Poll every feed whose time has come, together (see the module docstring)."""
        if not self._polling.acquire(blocking=False):
            return  # the feeds due meanwhile are polled once it ends
        try:
            if not self.stopping.is_set() and self._any_due(datetime.now(UTC)):
                self._guard(self.poll)()
        except WatchError as exc:  # the database unreadable: said each time, tried again
            log.error("looking for due feeds failed: %s", exc)
        finally:
            self._polling.release()

    def _any_due(self, now: datetime) -> bool:
        """Whether a feed is due (or not in the database yet), read without the lock."""
        with Store.open(self.state_dir, readonly=True) as store:
            states = {s.feed_id: s for s in store.feed_states()}
        return any(
            (state := states.get(feed.key)) is None or feeds.is_due(state, now)
            for feed in self.settings.feeds
        )

    def poll(self, store: Store) -> None:
        from watch.pipeline import run_once

        if self.fetcher is None:
            self.fetcher = Fetcher(self.settings.fetch)
        report = run_once(
            self.settings, store, stop=self.stopping, fetcher=self.fetcher, pools=self.pools
        )
        if report.new_articles or report.alerts or report.errors:
            log.info(
                "%d feeds polled: %d new articles, %d alerts%s",
                report.feeds_polled,
                report.new_articles,
                report.alerts,
                "".join(f"\n  error: {error}" for error in report.errors),
            )

    def send_digest(self, store: Store, channel: str) -> None:
        from watch.delivery.outbox import deliver_due

        deliver_due(self.settings, store, clock=lambda: datetime.now(UTC), only=channel, force=True)

    def settle(self, store: Store) -> None:
        from watch.pipeline import make_ingestor

        with store.atomic():
            raised = make_ingestor(self.settings, store).settle(datetime.now(UTC))
        if raised:
            log.info("deadlines: %d alerts", raised)

    def write_report(self, store: Store) -> None:
        from watch import report

        report.refresh(self.settings, store, datetime.now(UTC), force=True)

    def retry_deliveries(self, store: Store) -> None:
        from watch.delivery.outbox import deliver_due

        deliver_due(self.settings, store, clock=lambda: datetime.now(UTC))

    def close(self) -> None:
        """Stop the worker processes and the HTTP client, once no job runs."""
        self.pools.close()
        if self.fetcher is not None:
            self.fetcher.close()

    def stop(self, *_: object) -> None:
        if not self.stopping.is_set():
            log.info("stopping: finishing the job in flight")
        self.stopping.set()


def run_daemon(settings: Settings, rules_path: str, state_dir: str) -> None:
    """Run until SIGTERM or SIGINT; returns once running jobs have finished."""
    daemon = Daemon(settings, state_dir)
    signal.signal(signal.SIGTERM, daemon.stop)
    signal.signal(signal.SIGINT, daemon.stop)
    # fail fast on an unusable state directory
    Store.open(state_dir, private=daemon.private).close()
    daemon.add_jobs(datetime.now(UTC))
    daemon.scheduler.start()
    log.info(
        "watch daemon started: %d feeds, rules %s, state %s",
        len(settings.feeds),
        rules_path,
        state_dir,
    )
    while not daemon.stopping.wait(1.0):
        pass
    done = threading.Thread(target=daemon.scheduler.shutdown, kwargs={"wait": True}, daemon=True)
    done.start()
    done.join(SHUTDOWN_WAIT)
    if not done.is_alive():  # a job still running would be using them
        daemon.close()
    log.info("watch daemon stopped")
