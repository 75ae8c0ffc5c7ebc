"""Sharing the network threads fairly between feed polls and the pages of many feeds.

The network threads ask `Lanes.take()` for their next piece of work, so the choice is made
when a thread is free, not when the work was found (a FIFO queue would put every poll behind
every page found before it: one feed with 70 slow pages held all the others for minutes).

    take() ── a poll, when one may go ─────────────────────────> feeds.poll -> polled()
          └── else the next page of the next feed, in turn ────> fetcher.fetch -> fetched()

* Polls first. A free thread takes a poll before any page; while polls remain, pages hold at
  most all threads but one, so a poll never waits for a page to finish (with one thread it
  waits for at most one page). When pages are waiting too, polls take at most half the
  threads: they wait on the one parse process, and the pages keep the extraction workers busy
  meanwhile.
* Pages feed by feed. Feeds with pages to fetch take turns, one page each; a feed has at most
  `per_feed` pages in flight (the politeness one site gets anyway) and `PAGES_PER_FEED` fetched
  and not yet extracted, so its pages wait for its own extraction, not the others'.
* Backpressure holds pages, not polls: no page fetch starts while `pages_waiting` pages are in
  flight or wait for extraction. Polls wait only when `feeds_waiting` polled feeds all wait for
  pages (the pages are then the slower side, whichever feed they belong to), and for the
  main thread to take in the polls already made (memory stays flat however many feeds).

Fetched pages go to extraction in batches (`Pages`) of up to `HANDOFF`, or sooner when the
feed has no other page in flight, so a batch never waits for a fetch that cannot start.
"""

from __future__ import annotations

import collections
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from watch.models import Entry
from watch.workers import FeedJob, Pages

PAGES_PER_FEED = 16  # one feed's pages in flight or waiting for extraction
HANDOFF = 8  # pages handed to extraction together, at most


@dataclass(eq=False)
class _Feed:
    """A polled feed's pages on their way: what is left, in flight, and not yet extracted."""

    job: FeedJob
    left: collections.deque[Entry]
    in_flight: int = 0
    unextracted: int = 0  # fetched (or in flight) and not yet back from extraction
    fetched: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # not yet handed on

    @property
    def done(self) -> bool:
        return not self.left and not self.unextracted


Work = FeedJob | tuple[_Feed, Entry]


class Lanes:
    """The work of one poller run, handed to `threads` network threads (see module docstring).
    Thread-safe; `take` blocks until there is work or `close()` was called."""

    def __init__(
        self,
        polls: Iterator[FeedJob],
        threads: int,
        *,
        per_feed: int,
        polls_at_once: int,
        pages_waiting: int,
        feeds_waiting: int,
    ) -> None:
        self._unpolled = polls
        self._next_poll: FeedJob | None = next(polls, None)
        self.threads = threads
        self.per_feed = max(1, min(per_feed, PAGES_PER_FEED))
        self.polls_at_once = polls_at_once
        self._poll_budget = polls_at_once  # less the polls out or not yet taken in
        self.pages_waiting, self.feeds_waiting = pages_waiting, feeds_waiting
        self._turns: collections.deque[_Feed] = collections.deque()  # feeds with pages left
        self._feeds = 0  # polled feeds whose pages are not all extracted
        self._polls_running = self._pages_running = 0
        self._unextracted = 0
        self._closed = False
        self._cond = threading.Condition()

    # --- network threads ----------------------------------------------------------------------

    def take(self, timeout: float | None = None) -> Work | None:
        """The next poll or page for a free network thread; None once closed (or after
        `timeout` seconds with nothing to take)."""
        with self._cond:
            while not self._closed:
                work = self._pick()
                if work is not None:
                    return work
                if not self._cond.wait(timeout):
                    break
            return None

    def polled(self) -> None:
        with self._cond:
            self._polls_running -= 1
            self._cond.notify_all()

    def fetched(self, feed: _Feed, entry: Entry, body: bytes | None) -> Pages | FeedJob | None:
        """A page fetch ended (`body` None: it failed, with a note on the job). Returns the
        pages to hand to extraction now, or the job when it is complete without them."""
        with self._cond:
            self._pages_running -= 1
            feed.in_flight -= 1
            if body is None:
                feed.unextracted -= 1
                self._unextracted -= 1
            else:
                assert entry.url is not None
                feed.fetched[entry.guid] = (entry.url, body)
            self._cond.notify_all()
            if feed.fetched and (len(feed.fetched) >= HANDOFF or not feed.in_flight):
                pages, feed.fetched = Pages(feed.job, feed.fetched, feed), {}
                return pages
            if feed.done:
                self._feeds -= 1
                return feed.job
            return None

    # --- main thread --------------------------------------------------------------------------

    def taken_in(self) -> None:
        """The main thread has handled a poll: another may go out."""
        with self._cond:
            self._poll_budget += 1
            self._cond.notify_all()

    def add_pages(self, job: FeedJob) -> None:
        """Queue the pages of a polled feed (`job.to_fetch`, not empty)."""
        with self._cond:
            self._feeds += 1
            self._turns.append(_Feed(job, collections.deque(job.to_fetch)))
            self._cond.notify_all()

    def extracted(self, pages: Pages) -> bool:
        """Pages are back from extraction; True when that completes their feed."""
        feed = pages.lane
        assert isinstance(feed, _Feed)
        with self._cond:
            feed.unextracted -= pages.count
            self._unextracted -= pages.count
            self._cond.notify_all()
            if feed.done:
                self._feeds -= 1
                return True
            return False

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    # --- the choice, under the lock -----------------------------------------------------------

    def _pick(self) -> Work | None:
        polls_left = self._next_poll is not None
        poll_ok = polls_left and self._poll_budget > 0 and self._feeds < self.feeds_waiting
        feed = self._next_feed()
        if poll_ok and (feed is None or self._polls_running < max(1, self.threads // 2)):
            job, self._next_poll = self._next_poll, next(self._unpolled, None)
            self._poll_budget -= 1
            self._polls_running += 1
            return job
        # The last free thread is kept for the polls to come, and for the pages of the feeds
        # polled but not yet taken in, unless the polls wait for pages.
        polls_out = self._poll_budget < self.polls_at_once
        held = not (polls_left or polls_out) or self._feeds >= self.feeds_waiting
        if feed is not None and (self._pages_running < self.threads - 1 or held):
            self._turns.remove(feed)
            entry = feed.left.popleft()
            if feed.left:
                self._turns.append(feed)  # its next page after every other feed's
            feed.in_flight += 1
            feed.unextracted += 1
            self._unextracted += 1
            self._pages_running += 1
            return feed, entry
        return None

    def _next_feed(self) -> _Feed | None:
        """The first feed in turn that may start a page now, one with none in flight first
        (a feed just polled goes before one already fetching)."""
        if self._unextracted >= self.pages_waiting:
            return None
        first = None
        for feed in self._turns:
            if feed.in_flight < self.per_feed and feed.unextracted < PAGES_PER_FEED:
                if not feed.in_flight:
                    return feed
                first = first or feed
        return first
