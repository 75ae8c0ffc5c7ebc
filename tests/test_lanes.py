"""The choice of each network thread's next poll or page (`watch.lanes`), step by step."""

from __future__ import annotations

from watch.config import FeedConfig
from watch.lanes import Lanes
from watch.models import Entry, FeedState
from watch.workers import PENDING, FeedJob, Pages

NOTHING = 0.01  # seconds `take` waits when nothing may go


def job(name: str, pages: int = 0) -> FeedJob:
    feed = FeedJob(FeedConfig(url=f"http://{name}.test/", id=name), FeedState(name, ""), PENDING)
    urls = [f"http://{name}.test/{k}.html" for k in range(pages)]
    feed.to_fetch = [Entry(url, url, url, "", "", None) for url in urls]
    return feed


def named(work: object) -> str:
    """'poll NAME' or 'NAME/K.html'."""
    if isinstance(work, FeedJob):
        return f"poll {work.feed.key}"
    assert isinstance(work, tuple)
    return work[1].url.removeprefix("http://").replace(".test", "")


def lanes(polls: list[FeedJob], threads: int, **caps: int) -> Lanes:
    limits = {"per_feed": 2, "polls_at_once": 4, "pages_waiting": 64, "feeds_waiting": 64}
    return Lanes(iter(polls), threads, **(limits | caps))


def test_a_poll_never_waits_behind_pages() -> None:
    work = lanes([job("a"), job("b")], threads=2)
    work.add_pages(job("slow", pages=70))
    assert named(work.take()) == "poll a"
    # while polls remain, pages keep the last thread free for them
    page = work.take()
    assert named(page) == "slow/0.html"
    assert work.take(NOTHING) is None
    work.polled()
    assert named(work.take()) == "poll b"
    work.polled()
    # the polls are not taken in yet: their pages may come, so the thread stays free for them
    assert work.take(NOTHING) is None
    work.taken_in()  # a brought no page to fetch
    work.taken_in()
    work.add_pages(job("b", pages=1))
    assert named(work.take()) == "b/0.html"  # before slow's next: b has none in flight


def test_pages_take_turns_feed_by_feed_within_a_cap_per_feed() -> None:
    work = lanes([], threads=8)
    big, small = job("big", pages=20), job("small", pages=2)
    work.add_pages(big)
    work.add_pages(small)
    taken = [work.take() for _ in range(4)]
    assert [named(w) for w in taken] == ["big/0.html", "small/0.html", "big/1.html", "small/1.html"]
    assert work.take(NOTHING) is None  # big has per_feed pages in flight, small has no more
    feed, entry = taken[0]
    assert work.fetched(feed, entry, b"<html>") is None  # held for a batch: big/1 is in flight
    assert named(work.take()) == "big/2.html"
    # small's pages go to extraction once none is in flight, and finish the feed when back
    assert work.fetched(*taken[3], None) is None  # failed; small/0 out
    pages = work.fetched(*taken[1], b"<html>")
    assert isinstance(pages, Pages) and pages.job is small and pages.count == 1
    assert work.extracted(pages)


def test_page_fetches_wait_for_extraction_and_polls_do_not() -> None:
    work = lanes([job("a"), job("b"), job("c")], threads=4, pages_waiting=2)
    work.add_pages(job("big", pages=20))
    taken = [work.take() for _ in range(4)]  # half the threads for polls, while pages wait
    assert [named(w) for w in taken] == ["poll a", "poll b", "big/0.html", "big/1.html"]
    work.polled()
    assert named(work.take()) == "poll c"  # two pages wait: no page may start, a poll may
    assert work.fetched(*taken[2], b"<html>") is None
    pages = work.fetched(*taken[3], b"<html>")
    assert isinstance(pages, Pages) and pages.count == 2
    assert work.take(NOTHING) is None  # fetched, still waiting for extraction
    assert not work.extracted(pages)
    assert named(work.take()) == "big/2.html"
    work.close()
    assert work.take() is None
