"""`watch run`: the daemon. APScheduler 3 drives the same `run_once` a cron check uses.

Jobs: one poll job per feed (its interval, with jitter), one digest job per digest channel (its
cron schedule, in its time zone), one job applying claim deadlines, one retrying deliveries.
Every job takes the state lock (waiting for it), so the daemon and a cron `check --once`
never write at the same time. SIGTERM/SIGINT: no new jobs start, running ones finish, exit 0.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from watch.config import Settings
from watch.errors import WatchError
from watch.lock import run_lock
from watch.store import Store

log = logging.getLogger("watch.scheduler")

LOCK_WAIT = 300.0  # seconds a job waits for a cron check to finish
SHUTDOWN_WAIT = 60.0


class Daemon:
    def __init__(self, settings: Settings, state_dir: str) -> None:
        from apscheduler.schedulers.background import BackgroundScheduler

        self.settings = settings
        self.state_dir = state_dir
        self.private = settings.state_mode == "private"
        self.stopping = threading.Event()
        self._serial = threading.Lock()  # one job writes at a time inside this process
        self.scheduler = BackgroundScheduler(
            timezone=UTC,
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 300},
        )

    def add_jobs(self, now: datetime) -> None:
        from apscheduler.triggers.cron import CronTrigger
        from apscheduler.triggers.interval import IntervalTrigger

        for feed in self.settings.feeds:
            interval = feed.interval or self.settings.default_interval
            self.scheduler.add_job(
                self._guard(self.poll_feed),
                IntervalTrigger(seconds=interval, jitter=min(60.0, interval / 10), timezone=UTC),
                args=[feed.key],
                id=f"feed:{feed.key}",
                name=f"poll {feed.key}",
                next_run_time=now,
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

    def poll_feed(self, store: Store, feed_key: str) -> None:
        from watch.pipeline import run_once

        report = run_once(self.settings, store, only={feed_key})
        if report.new_articles or report.alerts or report.errors:
            log.info(
                "%s: %d new articles, %d alerts%s",
                feed_key,
                report.new_articles,
                report.alerts,
                f", error: {report.errors[0]}" if report.errors else "",
            )

    def send_digest(self, store: Store, channel: str) -> None:
        from watch.outbox import deliver_due

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
        from watch.outbox import deliver_due

        deliver_due(self.settings, store, clock=lambda: datetime.now(UTC))

    def stop(self, *_: object) -> None:
        if not self.stopping.is_set():
            log.warning("stopping: finishing the job in flight")
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
    log.warning(
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
    log.warning("watch daemon stopped")
