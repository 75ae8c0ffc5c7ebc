"""The poller's stages off the main thread: the feed-parse process and the extraction thread,
and the job that carries one feed through them (see `watch.poller`)."""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from watch import feeds
from watch.config import FeedConfig, Settings
from watch.errors import ExtractError, FeedError
from watch.models import (
    Entry,
    Extracted,
    FeedOutcome,
    FeedResult,
    FeedState,
    FetchResult,
    ParsedFeed,
)

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing.connection import Connection

    from watch.extraction.pool import ExtractorPool


@dataclass
class FeedJob:
    """A polled feed on its way to the database."""

    feed: FeedConfig
    state: FeedState
    result: FeedResult
    fresh: list[Entry] = field(default_factory=list)  # entries never seen before
    to_fetch: list[Entry] = field(default_factory=list)  # those whose page is fetched
    extracted: dict[str, Extracted] = field(default_factory=dict)  # guid -> article
    notes: dict[str, str] = field(default_factory=dict)  # guid -> why the page is not used
    early_stored: bool = False  # the entries that need no page are stored
    retry: bool = False  # a worker died under one of its pages: not recorded, polled again


@dataclass(eq=False)
class Pages:
    """Fetched pages of one feed on their way through extraction (see `watch.lanes`)."""

    job: FeedJob
    html: dict[str, tuple[str, bytes]]  # guid -> (url, HTML)
    lane: Any = None  # the feed's place in `watch.lanes.Lanes`
    count: int = 0  # pages in the batch (the HTML is dropped once extracted)

    def __post_init__(self) -> None:
        self.count = len(self.html)


PENDING = FeedResult(feed_id="", outcome=FeedOutcome.ERROR, error="not polled yet")
WARM = Pages(FeedJob(FeedConfig(url="http://warm.invalid/"), FeedState("", ""), PENDING), {})


class Parsing:
    """feedparser in a worker process, called from the network threads: it is CPU-bound, and in
    a thread it would hold the GIL against the main thread, which stores the articles. The
    process starts with the first feed that changed, so a run of 304s starts none. It holds a
    pipe whose only writer is here, and exits when that closes: with this process, however it
    ends."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        # the writing end of the worker's lifeline, never written: closing it stops the worker
        self._lifeline: Connection | None = None

    def __call__(
        self, fetched: FetchResult, feed_id: str, now: datetime | None, retried: bool = False
    ) -> ParsedFeed:
        with self._lock:
            if self._pool is None:
                # multiprocessing is imported here: a run of 304s never needs it
                from concurrent.futures import ProcessPoolExecutor

                from watch.extraction.pool import exit_with_parent, worker_context

                context = worker_context()
                if self._lifeline is not None:
                    self._lifeline.close()  # the last pool's: its worker died
                lifeline, self._lifeline = context.Pipe(duplex=False)
                self._pool = ProcessPoolExecutor(
                    1, mp_context=context, initializer=exit_with_parent, initargs=(lifeline,)
                )
            pool = self._pool
        from concurrent.futures.process import BrokenProcessPool

        try:
            return pool.submit(feeds.parse_feed, fetched, feed_id, now=now).result()
        except BrokenProcessPool:
            with self._lock:
                if self._pool is pool:
                    self._pool = None  # the next feed gets a new process
            if retried:
                raise FeedError(feed_id, "the feed parser process died") from None
        # Killed from outside (or by this feed): once more in a new process. A long-lived
        # process (the daemon's) may have died while idle, and the feed is not to blame.
        return self(fetched, feed_id, now, retried=True)

    def __enter__(self) -> Parsing:
        return self

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
            lifeline, self._lifeline = self._lifeline, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        if lifeline is not None:
            lifeline.close()


class Extraction:
    """A thread that owns the extractor pool: it takes the fetched pages of the feeds, runs all
    that wait through the worker processes at once, and reports each batch of pages back."""

    def __init__(
        self,
        settings: Settings,
        events: queue.SimpleQueue[tuple[str, Any]],
        pools: Pools | None = None,
    ) -> None:
        self.settings, self.events, self.pools = settings, events, pools
        self._jobs: queue.SimpleQueue[Pages | None] = queue.SimpleQueue()
        self._warming = False
        self._abandon = threading.Event()
        self._thread = threading.Thread(target=self._run, name="watch-extract", daemon=True)

    def __enter__(self) -> Extraction:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._jobs.put(None)
        self._thread.join()

    def put(self, pages: Pages) -> None:
        self._jobs.put(pages)

    def abandon(self) -> None:
        """Stop soon: the pages being extracted are dropped (their feeds are polled again)."""
        self._abandon.set()

    def warm(self) -> None:
        """Start the worker processes now, while the first pages are still being fetched."""
        if not self._warming:
            self._warming = True
            self._jobs.put(WARM)

    def _run(self) -> None:
        pool: ExtractorPool | None = None
        try:
            stopping = False
            while not stopping and (job := self._jobs.get()) is not None:
                if self._abandon.is_set():
                    break
                batch = [job]
                while not self._jobs.empty():  # every feed waiting now goes in one map()
                    more = self._jobs.get()
                    if more is None:
                        stopping = True
                        break
                    batch.append(more)
                if pool is None:
                    pool = self.pools.extractor() if self.pools else _extractor(self.settings)
                batch = [job for job in batch if job is not WARM]
                if batch:
                    self._extract(pool, batch)
        except BaseException as exc:
            self.events.put(("failed", exc))
        finally:
            if pool is not None and self.pools is None:
                pool.close()

    def _extract(self, pool: Any, batch: list[Pages]) -> None:
        jobs = [
            ((i, guid), html, url)
            for i, pages in enumerate(batch)
            for guid, (url, html) in pages.html.items()
        ]
        # Each batch of pages is handed back as soon as it is done, not with the whole map:
        # the main thread stores its feed, and the network threads fetch the pages its place
        # held, while the workers finish the rest.
        left = [len(pages.html) for pages in batch]
        for i in (i for i, n in enumerate(left) if n == 0):
            self._done(batch[i])
        for key, outcome in pool.map(jobs):
            if self._abandon.is_set():
                return  # leaving the map kills the extractions still running
            i, guid = key
            job = batch[i].job
            if self.pools is not None and self.pools.retry(outcome, batch[i].html[guid][0]):
                job.retry = True
            elif isinstance(outcome, ExtractError):
                job.notes[guid] = f"extraction failed: {outcome.message}"
            else:
                job.extracted[guid] = outcome
            left[i] -= 1
            if left[i] == 0:
                self._done(batch[i])

    def _done(self, pages: Pages) -> None:
        pages.html.clear()  # the HTML is done with: do not hold megabytes per feed
        self.events.put(("extracted", pages))


def _extractor(settings: Settings) -> ExtractorPool:
    # imported with the first job: a run where no page is fetched needs none of multiprocessing
    from watch.extraction.pool import ExtractorPool

    fetch = settings.fetch
    pool = ExtractorPool(workers=fetch.extract_workers, timeout=fetch.extract_timeout)
    pool.start()
    return pool


class Pools:
    """The daemon's worker processes, kept from one run to the next: the feed-parse process
    and the extraction workers, each started with the first run that needs it. A check starts
    its own and stops them when it ends; with 1,000 feeds on 15-minute intervals, the daemon
    doing the same was a process start every second or so. A process that dies (killed from
    outside) is replaced: the parse process with the next feed, an extraction worker at once,
    and the feed whose page a worker was extracting when it died is not recorded, so the next
    run polls it again; a page that kills a worker a second time is stored from the feed's text,
    as in a check, so one poisonous page cannot hold its feed back for ever."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.parsing = Parsing()
        self._extractor: ExtractorPool | None = None
        self._died: set[str] = set()  # pages whose worker died once

    def extractor(self) -> ExtractorPool:
        """The extraction workers, topped up to their number (the dead ones replaced)."""
        if self._extractor is None:
            self._extractor = _extractor(self.settings)
        else:
            self._extractor.start()
        return self._extractor

    def retry(self, outcome: Extracted | ExtractError, url: str) -> bool:
        """Whether the feed of this page is to be polled again rather than recorded."""
        from watch.extraction.pool import WorkerDied

        if not isinstance(outcome, WorkerDied):
            self._died.discard(url)
            return False
        if url in self._died:
            self._died.discard(url)
            return False
        self._died.add(url)
        return True

    def close(self) -> None:
        self.parsing.__exit__()
        if self._extractor is not None:
            self._extractor.close()
