"""Polling the due feeds: the coordinator between the network, extraction and the database.

    network threads   lanes.take(): a poll ────────┐      or a page of the next feed in turn ─┐
    main thread       <─ events ─ unseen entries? ─┴─ its pages join the lanes     batches ─┤
    extraction thread                    pool.map(every batch of pages waiting) <───────────┘
    main thread       <─ events ─ commit: one transaction per feed with articles

Every stage reports to one queue of events, so the main thread handles whichever finished
first: a slow feed never holds up the others beyond its own timeout, and the main thread stores
one feed's articles while the worker processes extract the next feeds' pages. Which poll or
page a free network thread takes next is `watch.lanes`: polls first, pages feed by feed, so one
feed with many slow pages gets its share and no more. Only the main thread writes to the
database. Polls that bring no article (unchanged, failed) are recorded in batches: losing one
to a crash only means that feed is polled again.
The parse process and the extraction thread are in `watch.workers`.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from watch import feeds
from watch.config import FeedConfig, Settings
from watch.errors import FetchError
from watch.extraction import LANG_SAMPLE, detect_lang
from watch.fetching.fetch import Fetcher
from watch.ingest import Ingestor
from watch.lanes import Lanes
from watch.models import (
    Article,
    Entry,
    Extracted,
    FeedOutcome,
    FeedResult,
    FeedState,
)
from watch.store import Store
from watch.workers import PENDING, Extraction, FeedJob, Pages, Parsing, Pools

log = logging.getLogger("watch.pipeline")

Clock = Callable[[], datetime]
Progress = Callable[[int, int], None]
POLL_BATCH = 200  # article-free poll records written per transaction
POLLS_IN_FLIGHT = 2  # per network thread
PAGES_WAITING = 64  # pages in flight or waiting for extraction, before page fetches wait
FEEDS_WAITING = 64  # polled feeds waiting for their pages, before polls wait
STOP_WAIT = 1.0  # seconds the network threads are given to end when stopping
INDEX_EVERY = 5000  # new articles between full-text index updates, while the workers run on
# Articles per index transaction during a run. Each slice is a separate turn of the main thread,
# which hands on fetched pages and sends polls between slices: 5,000 at once held it for about
# a second, the workers ran dry and the machine dropped to one busy core (sampled from /proc).
INDEX_SLICE = 1000


@dataclass
class Counts:
    polled: int = 0
    not_modified: int = 0
    failed: int = 0
    new_articles: int = 0
    errors: list[str] = field(default_factory=list)


class Poller:
    def __init__(
        self,
        settings: Settings,
        store: Store,
        ingestor: Ingestor,
        fetcher: Fetcher,
        clock: Clock,
        progress: Progress | None = None,
        pools: Pools | None = None,
    ) -> None:
        self.settings, self.store, self.ingestor = settings, store, ingestor
        self.fetcher, self.clock, self.progress = fetcher, clock, progress
        self.counts = Counts()
        # the daemon's long-lived processes, or this run's own (stopped when it ends)
        self._pools = pools
        self._parsing = pools.parsing if pools is not None else Parsing()
        self._events: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self._polls: list[tuple[FeedResult, datetime, datetime, int]] = []
        self._indexed = 0  # new articles already in the full-text index
        # the main thread's deferred work: storing articles, index slices (see `run`)
        self._later: collections.deque[Callable[[], None]] = collections.deque()

    def run(
        self,
        due: Sequence[FeedState],
        by_key: dict[str, FeedConfig],
        stop: threading.Event | None = None,
    ) -> Counts:
        """Poll `due` feeds to the end, or until `stop` is set (the feeds not finished then are
        not recorded: they are polled again next time); returns the counts. Bugs in any stage
        re-raise here."""
        if not due:
            return self.counts
        workers = min(self.settings.fetch.concurrency, len(due))
        lanes = Lanes(
            (FeedJob(by_key[state.feed_id], state, PENDING) for state in due),
            workers,
            per_feed=self.settings.fetch.per_host,
            polls_at_once=POLLS_IN_FLIGHT * workers,
            pages_waiting=PAGES_WAITING,
            feeds_waiting=FEEDS_WAITING,
        )
        with (
            contextlib.nullcontext() if self._pools else self._parsing,
            Extraction(self.settings, self._events, self._pools) as extraction,
            _Network(self, lanes, extraction, workers) as network,
        ):
            # Handing work on (pages to fetch) comes first; storing articles, the costly part,
            # waits in `later` until no event is waiting, so the network and the worker
            # processes are never idle behind the database.
            later = self._later
            backlog = POLLS_IN_FLIGHT * workers  # past this, storing goes first: memory stays flat
            unfinished = len(due)

            def finish(job: FeedJob) -> None:
                nonlocal unfinished
                unfinished -= 1
                later.append(functools.partial(self._commit, job))
                if self.progress:
                    self.progress(len(due) - unfinished, len(due))

            while unfinished or later:
                if stop is not None and stop.is_set():
                    network.stopping = True
                    extraction.abandon()
                    while later:  # the feeds already done are recorded
                        later.popleft()()
                    break
                if later and (self._events.empty() or not unfinished or len(later) > backlog):
                    later.popleft()()
                    continue
                try:
                    kind, item = self._events.get(timeout=None if stop is None else 0.2)
                except queue.Empty:
                    continue
                if (done := self._handle(kind, item, lanes, extraction)) is not None:
                    finish(done)
        self._flush()
        return self.counts

    def _handle(self, kind: str, item: Any, lanes: Lanes, extraction: Extraction) -> FeedJob | None:
        """One event from the other threads; the feed it completes, if any."""
        if kind == "failed":
            raise item  # a bug in a network or extraction thread
        if kind == "polled":
            job: FeedJob = item
            lanes.taken_in()
            if not self._wants_pages(job):
                return job
            extraction.warm()
            lanes.add_pages(job)
            self._later.append(functools.partial(self._store_early, job))
            return None
        if kind == "fetched":  # its last pages failed: nothing left to extract
            fetched: FeedJob = item
            return fetched
        return item.job if lanes.extracted(item) else None

    # --- network threads ----------------------------------------------------------------------

    def _poll(self, job: FeedJob) -> None:
        job.result = feeds.poll(self.fetcher, job.state, parse=self._parsing)

    def _fetch_page(self, job: FeedJob, entry: Entry) -> bytes | None:
        assert entry.url is not None
        try:
            return self.fetcher.fetch(entry.url, max_bytes=self.settings.fetch.max_bytes).body
        except FetchError as exc:
            job.notes[entry.guid] = f"page not fetched: {exc.message}"
            return None

    # --- main thread --------------------------------------------------------------------------

    def _wants_pages(self, job: FeedJob) -> bool:
        """Find a polled feed's new entries; True when some of their pages are to be fetched."""
        if job.result.outcome is not FeedOutcome.OK:
            return False
        job.fresh = self.store.unseen(job.feed.key, job.result.entries)
        horizon = self.clock() - timedelta(days=self.settings.fetch.backfill_days)
        job.to_fetch = [
            e for e in job.fresh if e.url and (e.published is None or e.published >= horizon)
        ]
        return bool(job.to_fetch)

    def _store_early(self, job: FeedJob) -> None:
        """Store the entries that need no page while the others' pages are fetched and
        extracted. The poll itself (new validators) is recorded only with the last of them,
        so a crash in between means the feed is fetched again, not that entries are lost."""
        if job.early_stored:
            return
        job.early_stored = True
        waiting = {e.guid for e in job.to_fetch}
        early = [e for e in job.fresh if e.guid not in waiting]
        job.fresh = [e for e in job.fresh if e.guid in waiting]
        if early:
            with self.store.atomic():
                self._store(job, early, self.clock())

    def _store(self, job: FeedJob, entries: Sequence[Entry], now: datetime) -> None:
        self.store.remember_entries(job.feed.key, [e.guid for e in entries], now)
        for entry in entries:
            page, note = job.extracted.get(entry.guid), job.notes.get(entry.guid)
            article = to_article(job.feed, entry, page, note, now)
            if article is not None and self.ingestor.add(article, now) is not None:
                self.counts.new_articles += 1

    def _commit(self, job: FeedJob) -> None:
        if job.to_fetch:
            self._store_early(job)  # when its turn in `later` has not come yet
        if job.retry:  # neither its poll nor its paged entries recorded: it stays due
            log.warning("feed %s: an extraction worker died; polled again", job.feed.key)
            return
        now = self.clock()
        result = job.result
        interval = job.feed.interval or self.settings.default_interval
        next_at, failures = feeds.next_poll_at(
            result, job.state.consecutive_failures, now, interval
        )
        self._polls.append((result, now, next_at, failures))
        self._count(job)
        if not job.fresh and len(self._polls) < POLL_BATCH:
            return
        with self.store.atomic():
            self._flush()
            self._store(job, job.fresh, now)
        if self.counts.new_articles - self._indexed >= INDEX_EVERY:
            self._indexed = self.counts.new_articles
            self._later.append(self._index_slice)

    def _index_slice(self) -> None:
        """Index one slice of the new articles; queue the next while whole slices remain."""
        if self.store.index_new_articles(INDEX_SLICE, batches=1) == INDEX_SLICE:
            self._later.append(self._index_slice)

    def _flush(self) -> None:
        if not self._polls:
            return
        with self.store.atomic():
            self.store.record_polls(self._polls)
        self._polls.clear()

    def _count(self, job: FeedJob) -> None:
        self.counts.polled += 1
        if job.result.outcome is FeedOutcome.NOT_MODIFIED:
            self.counts.not_modified += 1
        elif job.result.outcome is FeedOutcome.ERROR:
            self.counts.failed += 1
            self.counts.errors.append(f"{job.feed.key}: {job.result.error}")
            log.warning("feed %s failed: %s", job.feed.key, job.result.error)


class _Network:
    """The network threads: each takes its next poll or page from the lanes until closed."""

    def __init__(self, poller: Poller, lanes: Lanes, extraction: Extraction, size: int) -> None:
        self.poller, self.lanes, self.extraction = poller, lanes, extraction
        self.stopping = False  # when set, in-flight requests are not waited for
        self._threads = [
            threading.Thread(target=self._work, name=f"watch-net-{n}", daemon=True)
            for n in range(size)
        ]

    def __enter__(self) -> _Network:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.lanes.close()
        # Stopping (SIGTERM to the daemon): a request in flight may take its whole timeout;
        # its feed is not recorded, so nothing waits for it and it is polled again next time.
        deadline = time.monotonic() + STOP_WAIT
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()) if self.stopping else None)

    def _work(self) -> None:
        poller, lanes, events = self.poller, self.lanes, self.poller._events
        try:
            while (work := lanes.take()) is not None:
                if isinstance(work, FeedJob):
                    poller._poll(work)
                    lanes.polled()
                    events.put(("polled", work))
                    continue
                feed, entry = work
                body = poller._fetch_page(feed.job, entry)
                ready = lanes.fetched(feed, entry, body)
                if isinstance(ready, Pages):
                    self.extraction.put(ready)
                elif ready is not None:
                    events.put(("fetched", ready))
        except BaseException as exc:
            events.put(("failed", exc))


def to_article(
    feed: FeedConfig, entry: Entry, page: Extracted | None, note: str | None, now: datetime
) -> Article | None:
    """An entry as an article: the page's text when extraction worked, else the feed's own
    content. None when there is no text at all."""
    feed_text = entry.text
    if page is not None and len(page.text) >= min(200, len(feed_text)):
        text, source = page.text, "page"
    else:
        text, source = feed_text, "feed"
        if page is not None:
            note = note or "page text shorter than the feed's"
        elif note is None and entry.url:
            note = "older than the back-fill window: stored from the feed"
    title = entry.title or (page.title if page else "") or ""
    if title and source == "page" and text.startswith(title):
        # the page's own headline opening its text would be judged twice, as title and body
        text = text[len(title) :].lstrip()
    if not text and not title:
        return None
    published = entry.published or (page.published if page else None) or now
    lang = detect_lang(f"{title}\n{text[:LANG_SAMPLE]}")  # not a copy of the whole text
    if lang == "und" and feed.lang:
        lang = feed.lang
    url = entry.url or f"urn:watch:{feed.key}:{entry.guid}"
    return Article(
        url=url,
        title=title,
        text=text,
        lang=lang,
        published=published.astimezone(UTC),
        feed_id=feed.key,
        guid=entry.guid,
        source=source,
        note=note,
    )
