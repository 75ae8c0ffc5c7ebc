"""The daemon keeps its worker processes from one poll to the next (issue 17, item 2), and
replaces one killed from outside: a real `watch run` against a loopback server, its processes
read from /proc. The extraction workers are the forkserver's children that run niced (see
`watch.extraction.pool.WORKER_NICENESS`); the feed-parse process is its child at the daemon's
own niceness."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.feedkit import Item, page, rss, watch_command, write_rules
from tests.procs import grandchildren, running, state_and_nice, stop
from tests.servers import LocalServer, Route
from watch.extraction.pool import WORKER_NICENESS

RECENT = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
# About 2 s of trafilatura on this machine: long enough to kill its worker in the middle.
HEAVY = [f"Paragraph {i} of a long story about robots and the markets." for i in range(15_000)]


def serve_story(
    server: LocalServer, feed: str, stories: list[str], paragraphs: list[str] | None = None
) -> str:
    """A feed whose entries link to pages on `server`; returns the feed's URL."""
    items = []
    for name in stories:
        body = page(name, paragraphs or [f"The whole of {name}, about robots."] * 3)
        path = f"/{feed}/{name}.html"
        server.route(path, Route(body=body, content_type="text/html"))
        items.append(Item(name, server.url(path), RECENT, "Summary."))
    return server.route(f"/{feed}.xml", Route(body=rss(items), content_type="application/rss+xml"))


def stored(state: Path) -> dict[str, str]:
    """The stored articles: title -> source ("page" or "feed")."""
    with contextlib.suppress(sqlite3.OperationalError):  # not created yet
        db = sqlite3.connect(f"file:{state / 'watch.db'}?mode=ro", uri=True, timeout=1)
        try:
            return dict(db.execute("SELECT title, source FROM articles").fetchall())
        finally:
            db.close()
    return {}


def wait_for(condition: Callable[[], object], seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def workers(daemon: int) -> dict[str, set[int]]:
    """The daemon's worker processes by kind: "extract" and "parse"."""
    kinds: dict[str, set[int]] = {"extract": set(), "parse": set()}
    own = (state_and_nice(daemon) or ("", 0))[1]  # the tests may run niced themselves
    for pid in grandchildren(daemon):
        if (seen := state_and_nice(pid)) is not None:
            kinds["extract" if seen[1] >= min(19, own + WORKER_NICENESS) else "parse"].add(pid)
    return kinds


@contextlib.contextmanager
def daemon(rules: Path, state: Path) -> Iterator[subprocess.Popen[str]]:
    with running(watch_command(rules, state, "run")) as proc:
        yield proc
        _took, err = stop(proc)
        assert proc.returncode == 0, err


def test_the_daemon_keeps_its_parse_and_extraction_processes_across_polls(
    tmp_path: Path, http_server: LocalServer
) -> None:
    url = serve_story(http_server, "news", ["first"])
    rules = write_rules(tmp_path, [("news", url)], extra="default_interval: 1s\n")
    state = tmp_path / "state"
    with daemon(rules, state) as proc:
        assert wait_for(lambda: "first" in stored(state)), "the first poll stored nothing"
        before = workers(proc.pid)
        serve_story(http_server, "news", ["first", "second"])  # a new entry, a new page
        assert wait_for(lambda: stored(state).get("second") == "page"), "second poll"
        after = workers(proc.pid)
    assert before["extract"] and before["parse"], before  # still there after the first poll
    assert after == before  # and the same processes did the second


def test_an_extraction_worker_killed_mid_page_is_replaced_and_the_feed_polled_again(
    tmp_path: Path, http_server: LocalServer
) -> None:
    url = serve_story(http_server, "news", ["heavy"], paragraphs=HEAVY)
    rules = write_rules(tmp_path, [("news", url)], extra="default_interval: 30s\n")
    state = tmp_path / "state"
    with daemon(rules, state) as proc:
        assert wait_for(lambda: http_server.requests_for("/news/heavy.html"))

        at_work: list[int] = []

        def busy() -> bool:
            # kept from the look that saw it: on a loaded machine a worker at work on the page
            # can be off the CPU (page fault, preempted) at the next look
            extracting = workers(proc.pid)["extract"]
            at_work[:] = [p for p in extracting if (state_and_nice(p) or ("",))[0] == "R"]
            return bool(at_work)

        assert wait_for(busy, 10), "no extraction worker at work on the page"
        victim = at_work[0]
        os.kill(victim, signal.SIGKILL)
        # polled again at the next look (3 s), not in 30 s: its poll was not recorded. Before,
        # the page was stored from the feed's summary, and never again from the page.
        assert wait_for(lambda: stored(state).get("heavy") == "page", 25), stored(state)
        assert victim not in workers(proc.pid)["extract"]
