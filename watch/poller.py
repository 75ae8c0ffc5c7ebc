"""Polling the due feeds: the coordinator between the network, extraction and the database.

    network threads   feeds.poll(feed) ─────────────┐      fetch the new entries' pages ─┐
    main thread       <─ events ─ unseen entries? ──┴─ pages to fetch ─────────────────>─┤
    extraction thread                    pool.map(pages of every waiting feed) <─────────┘
    main thread       <─ events ─ commit: one transaction per feed with articles

Every stage reports to one queue of events, so the main thread handles whichever finished
first: a slow feed never holds up the others beyond its own timeout, and the main thread stores
one feed's articles while the worker processes extract the next feeds' pages. Only the main
thread writes to the database. Polls that bring no article (unchanged, failed) are recorded in
batches: losing one to a crash only means that feed is polled again.
The parse process and the extraction thread are in `watch.workers`.
"""

from __future__ import annotations

import collections
import functools
import logging
import queue
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from watch import feeds
from watch.config import FeedConfig, Settings
from watch.errors import FetchError
from watch.extract import LANG_SAMPLE, detect_lang
from watch.fetch import Fetcher
from watch.ingest import Ingestor
from watch.models import (
    Article,
    Entry,
    Extracted,
    FeedOutcome,
    FeedResult,
    FeedState,
)
from watch.store import Store
from watch.workers import PENDING, Extraction, FeedJob, Parsing

log = logging.getLogger("watch.pipeline")

Clock = Callable[[], datetime]
Progress = Callable[[int, int], None]
POLL_BATCH = 200  # article-free poll records written per transaction
POLLS_IN_FLIGHT = 2  # per network thread
PAGES_WAITING = 64  # pages fetched or being fetched and not yet extracted, before polls wait
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
    ) -> None:
        self.settings, self.store, self.ingestor = settings, store, ingestor
        self.fetcher, self.clock, self.progress = fetcher, clock, progress
        self.counts = Counts()
        self._parsing = Parsing()
        self._events: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self._polls: list[tuple[FeedResult, datetime, datetime, int]] = []
        self._indexed = 0  # new articles already in the full-text index
        # the main thread's deferred work: storing articles, index slices (see `run`)
        self._later: collections.deque[Callable[[], None]] = collections.deque()

    def run(self, due: Sequence[FeedState], by_key: dict[str, FeedConfig]) -> Counts:
        """Poll `due` feeds to the end; returns the counts. Bugs in any stage re-raise here."""
        if not due:
            return self.counts
        workers = min(self.settings.fetch.concurrency, len(due))
        with (
            self._parsing,
            ThreadPoolExecutor(workers, thread_name_prefix="watch-net") as threads,
            Extraction(self.settings, self._events) as extraction,
        ):
            outstanding = 0

            def submit(kind: str, work: Callable[..., Any], subject: Any) -> None:
                nonlocal outstanding
                outstanding += 1
                report = functools.partial(self._report, kind, subject)
                threads.submit(work, subject).add_done_callback(report)

            # Polls go out a few at a time, so feeds waiting for the main thread stay few and
            # memory stays flat however many feeds there are; and none go out while more than
            # PAGES_WAITING pages wait for the worker processes, so fetched HTML does not pile
            # up when extraction is the slower side.
            waiting = iter(due)
            pages_waiting = 0
            held = 0  # polls not sent because too many pages were waiting

            def poll_next() -> None:
                nonlocal held
                if pages_waiting >= PAGES_WAITING:
                    held += 1
                    return
                state = next(waiting, None)
                if state is not None:
                    submit("polled", self._poll, FeedJob(by_key[state.feed_id], state, PENDING))

            def pages_done(job: FeedJob) -> None:
                nonlocal pages_waiting, held
                pages_waiting -= len(job.to_fetch)
                while held and pages_waiting < PAGES_WAITING:
                    held -= 1
                    poll_next()

            for _ in range(POLLS_IN_FLIGHT * workers):
                poll_next()
            # Handing work on (page fetches, extraction) comes first; storing articles, the
            # costly part, waits in `later` until no event is waiting, so the network and the
            # worker processes are never idle behind the database.
            later = self._later
            backlog = POLLS_IN_FLIGHT * workers  # past this, storing goes first: memory stays flat
            finished = 0
            while outstanding or later:
                if later and (self._events.empty() or not outstanding or len(later) > backlog):
                    later.popleft()()
                    continue
                kind, job = self._events.get()
                outstanding -= 1
                if kind == "polled":
                    poll_next()
                if kind == "polled" and self._wants_pages(job):
                    extraction.warm()
                    pages_waiting += len(job.to_fetch)
                    submit("fetched", self._fetch_pages, job)
                    later.append(functools.partial(self._store_early, job))
                elif kind == "fetched" and job.pages:
                    outstanding += 1
                    extraction.put(job)
                else:
                    if kind in ("fetched", "extracted"):
                        pages_done(job)
                    later.append(functools.partial(self._commit, job))
                    finished += 1
                    if self.progress:
                        self.progress(finished, len(due))
        self._flush()
        return self.counts

    def _report(self, kind: str, job: FeedJob, future: Future[Any]) -> None:
        if future.exception() is not None:
            kind, job = "failed", future.exception()  # type: ignore[assignment]
        self._events.put((kind, job))

    # --- network threads ----------------------------------------------------------------------

    def _poll(self, job: FeedJob) -> None:
        job.result = feeds.poll(self.fetcher, job.state, parse=self._parsing)

    def _fetch_pages(self, job: FeedJob) -> None:
        for entry in job.to_fetch:
            assert entry.url is not None
            try:
                page = self.fetcher.fetch(entry.url, max_bytes=self.settings.fetch.max_bytes)
                job.pages[entry.guid] = page.body
            except FetchError as exc:
                job.notes[entry.guid] = f"page not fetched: {exc.message}"

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

    def _commit(self, job: FeedJob | BaseException) -> None:
        if isinstance(job, BaseException):
            raise job  # a bug in a network or extraction thread
        if job.to_fetch:
            self._store_early(job)  # when its turn in `later` has not come yet
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
