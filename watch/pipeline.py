"""One check: poll the due feeds, fetch and extract new articles, store and judge them, apply
deadlines, deliver the outbox. `run_once` wires the stages and returns a `RunReport`.

Network work (feed polls, article pages) runs in a thread pool sharing one sync httpx client;
extraction runs in worker processes; the database is written by this thread only, one
transaction per feed. The main loop waits on whichever future finishes first, so a slow feed
never holds up the others beyond its own timeout.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from watch import feeds, outbox
from watch.baseline import ingest_seeds
from watch.config import FeedConfig, Settings
from watch.errors import ExtractError, FetchError
from watch.extract import detect_lang, html_to_text
from watch.extract_pool import ExtractorPool
from watch.fetch import Fetcher
from watch.ingest import Ingestor
from watch.models import Article, Entry, Extracted, FeedOutcome, FeedResult, FeedState, RunReport
from watch.store import Store

log = logging.getLogger("watch.pipeline")

Clock = Callable[[], datetime]
Progress = Callable[[int, int], None]


def make_ingestor(settings: Settings, store: Store) -> Ingestor:
    channels = [(c.name, c.min_confidence) for c in settings.notify]
    return Ingestor(store, settings.claims, channels, settings.alerts.min_confidence)


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class _FeedJob:
    """A polled feed whose new entries are being turned into articles."""

    feed: FeedConfig
    state: FeedState
    result: FeedResult
    fresh: list[Entry]
    to_fetch: list[Entry]
    pages: dict[str, bytes] = field(default_factory=dict)  # guid -> HTML
    notes: dict[str, str] = field(default_factory=dict)  # guid -> why the page is not used


@dataclass
class _Counts:
    polled: int = 0
    not_modified: int = 0
    failed: int = 0
    new_articles: int = 0
    errors: list[str] = field(default_factory=list)


def run_once(
    settings: Settings,
    store: Store,
    *,
    force: bool = False,
    clock: Clock = utcnow,
    env: dict[str, str] | None = None,
    progress: Progress | None = None,
    fetcher: Fetcher | None = None,
    only: set[str] | None = None,
) -> RunReport:
    """Run one check. Per-feed and per-article failures are recorded, never raised.
    `only` restricts polling to those feed keys (the daemon's per-feed jobs).

    Raises StateError when the database cannot be written."""
    started = clock()
    run_id = store.start_run(started)
    store.sync_feeds([(f.key, f.url, f.name or f.key) for f in settings.feeds])
    ingestor = make_ingestor(settings, store)
    with store.atomic():
        ingest_seeds(ingestor, settings, clock())
    by_key = {f.key: f for f in settings.feeds}
    due = [
        s
        for s in store.feed_states()
        if s.feed_id in by_key and _due(s, started, force=force, only=only)
    ]
    counts = _Counts()
    own_fetcher = fetcher is None
    fetcher = fetcher or Fetcher(settings.fetch)
    try:
        _Poller(settings, store, ingestor, fetcher, clock, counts, progress).run(due, by_key)
    finally:
        if own_fetcher:
            fetcher.close()
    with store.atomic():
        ingestor.apply_deadlines(clock())
    sent, failed = outbox.deliver_due(settings, store, clock=clock, env=env)
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
        errors=tuple(counts.errors),
    )
    store.finish_run(run_id, report)
    return report


def _due(state: FeedState, now: datetime, *, force: bool, only: set[str] | None) -> bool:
    if force:
        return True
    if only is not None:
        # the daemon's per-feed trigger keeps the interval; only a backoff can skip the poll
        return state.feed_id in only and (
            state.consecutive_failures == 0 or feeds.is_due(state, now)
        )
    return feeds.is_due(state, now)


class _Poller:
    def __init__(
        self,
        settings: Settings,
        store: Store,
        ingestor: Ingestor,
        fetcher: Fetcher,
        clock: Clock,
        counts: _Counts,
        progress: Progress | None,
    ) -> None:
        self.settings, self.store, self.ingestor = settings, store, ingestor
        self.fetcher, self.clock, self.counts, self.progress = fetcher, clock, counts, progress
        self._pool: ExtractorPool | None = None

    def run(self, due: Sequence[FeedState], by_key: dict[str, FeedConfig]) -> None:
        if not due:
            return
        workers = min(self.settings.fetch.concurrency, max(1, len(due)))
        try:
            with ThreadPoolExecutor(workers, thread_name_prefix="watch-net") as threads:
                pending: dict[Future[Any], tuple[str, Any]] = {
                    threads.submit(feeds.poll, self.fetcher, s): ("poll", by_key[s.feed_id])
                    for s in due
                }
                states = {s.feed_id: s for s in due}
                finished = 0
                while pending:
                    done, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        kind, subject = pending.pop(future)
                        if kind == "poll":
                            job = self._after_poll(subject, states[subject.key], future.result())
                            if job is not None:
                                pending[threads.submit(self._fetch_pages, job)] = ("pages", job)
                                continue
                        else:
                            self._commit(subject)
                        finished += 1
                        if self.progress:
                            self.progress(finished, len(due))
        finally:
            if self._pool is not None:
                self._pool.close()

    def _after_poll(
        self, feed: FeedConfig, state: FeedState, result: FeedResult
    ) -> _FeedJob | None:
        """Record a failed or unchanged poll at once; return the work a changed feed needs."""
        job = _FeedJob(feed, state, result, [], [])
        if result.outcome is not FeedOutcome.OK:
            self._commit(job)
            return None
        job.fresh = self.store.unseen(feed.key, result.entries)
        horizon = self.clock() - timedelta(days=self.settings.fetch.backfill_days)
        job.to_fetch = [
            e for e in job.fresh if e.url and (e.published is None or e.published >= horizon)
        ]
        if not job.to_fetch:
            self._commit(job)
            return None
        return job

    def _fetch_pages(self, job: _FeedJob) -> _FeedJob:
        """Runs in a network thread: fetch each new entry's page (policy-checked)."""
        for entry in job.to_fetch:
            assert entry.url is not None
            try:
                page = self.fetcher.fetch(entry.url, max_bytes=self.settings.fetch.max_bytes)
                job.pages[entry.guid] = page.body
            except FetchError as exc:
                job.notes[entry.guid] = f"page not fetched: {exc.message}"
        return job

    def _commit(self, job: _FeedJob) -> None:
        now = self.clock()
        result = job.result
        articles = self._articles(job, now) if result.outcome is FeedOutcome.OK else []
        interval = job.feed.interval or self.settings.default_interval
        next_at, failures = feeds.next_poll_at(
            result, job.state.consecutive_failures, now, interval
        )
        with self.store.atomic():
            self.store.record_poll(result, now=now, next_poll_at=next_at, failures=failures)
            self.store.remember_entries(job.feed.key, [e.guid for e in job.fresh], now)
            for article in articles:
                if self.ingestor.add(article, now) is not None:
                    self.counts.new_articles += 1
        self.counts.polled += 1
        if result.outcome is FeedOutcome.NOT_MODIFIED:
            self.counts.not_modified += 1
        elif result.outcome is FeedOutcome.ERROR:
            self.counts.failed += 1
            self.counts.errors.append(f"{job.feed.key}: {result.error}")
            log.warning("feed %s failed: %s", job.feed.key, result.error)

    def _articles(self, job: _FeedJob, now: datetime) -> list[Article]:
        extracted: dict[str, Extracted] = {}
        if job.pages:
            if self._pool is None:
                fetch = self.settings.fetch
                self._pool = ExtractorPool(
                    workers=fetch.extract_workers, timeout=fetch.extract_timeout
                )
            urls = {e.guid: e.url for e in job.to_fetch}
            jobs = [(guid, html, urls[guid]) for guid, html in job.pages.items()]
            for key, outcome in self._pool.map(jobs):
                guid = str(key)
                if isinstance(outcome, ExtractError):
                    job.notes[guid] = f"extraction failed: {outcome.message}"
                else:
                    extracted[guid] = outcome
        return [
            a
            for e in job.fresh
            if (a := to_article(job.feed, e, extracted.get(e.guid), job.notes.get(e.guid), now))
        ]


def to_article(
    feed: FeedConfig, entry: Entry, page: Extracted | None, note: str | None, now: datetime
) -> Article | None:
    """An entry as an article: the page's text when extraction worked, else the feed's own
    content. None when there is no text at all."""
    feed_text = html_to_text(entry.content or entry.summary)
    if page is not None and len(page.text) >= min(200, len(feed_text)):
        text, source = page.text, "page"
    else:
        text, source = feed_text, "feed"
        if page is not None:
            note = note or "page text shorter than the feed's"
        elif note is None and entry.url:
            note = "older than the back-fill window: stored from the feed"
    title = entry.title or (page.title if page else "") or ""
    if not text and not title:
        return None
    published = entry.published or (page.published if page else None) or now
    lang = detect_lang(f"{title}\n{text}")
    if lang == "und" and feed.lang:
        lang = feed.lang
    url = entry.url or f"urn:watch:{feed.key}:{entry.guid}"
    article = Article(
        url=url,
        title=title,
        text=text,
        lang=lang,
        published=published,
        feed_id=feed.key,
        guid=entry.guid,
        source=source,
        note=note,
    )
    return replace(article, published=published.astimezone(UTC))
