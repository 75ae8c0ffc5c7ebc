"""One feed with many slow pages must not starve the others (issue 18, item 7), in a cron
check and in the daemon: real `watch` processes against a loopback server."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.feedkit import Item, page, rss, watch_command, write_rules
from tests.procs import running, stop
from tests.servers import LocalServer, Route

RECENT = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
SLOW_PAGES = 70
PAGE_DELAY = 0.3  # seconds each slow page takes to answer
NORMAL = 10
# The acceptance figure: every normal feed stored within 2 s of the check's start.
# Margin: on this 2-core machine shared with other test runs, starting the parse and
# extraction processes alone took 0.7-3 s of it (measured with one slow page, which starves
# nothing), so the start is allowed STARTUP more. What fairness decides is the rest: stored
# fairly, the normal feeds land within 0.1-0.4 s of each other; unfairly, seven of them wait
# for the slow feed's pages, 70 x 0.3 s = 21 s, so WITHIN separates the two clearly.
WITHIN = 2.0
STARTUP = 6.0


def serve(
    server: LocalServer, pages: int = SLOW_PAGES, delay: float = PAGE_DELAY
) -> list[tuple[str, str]]:
    """The slow feed (listed first, so it is polled first) and the normal feeds."""
    slow = []
    for k in range(pages):
        body = page(f"Slow story {k}", [f"Paragraph of slow story {k} about robots."] * 3)
        path = f"/slow/{k}.html"
        server.route(path, Route(body=body, content_type="text/html", delay=delay))
        slow.append(Item(f"Slow story {k}", server.url(path), RECENT, "Summary."))
    server.route("/slow.xml", Route(body=rss(slow), content_type="application/rss+xml"))
    feeds = [("slow", server.url("/slow.xml"))]
    for n in range(NORMAL):
        body = page(f"Normal story {n}", [f"Paragraph of normal story {n} about robots."] * 3)
        server.route(f"/n{n}/a.html", Route(body=body, content_type="text/html"))
        item = Item(f"Normal story {n}", server.url(f"/n{n}/a.html"), RECENT, "Summary.")
        server.route(f"/n{n}.xml", Route(body=rss([item]), content_type="application/rss+xml"))
        feeds.append((f"n{n}", server.url(f"/n{n}.xml")))
    return feeds


def rules_for(tmp_path: Path, feeds: list[tuple[str, str]], extra: str = "") -> Path:
    rules = write_rules(tmp_path, feeds, extra=extra)
    text = rules.read_text().replace("  timeout: 1s\n", "  timeout: 5s\n  concurrency: 2\n")
    rules.write_text(text)
    return rules


class Stored:
    """Watches the state database from outside, as a user would: when the first run started,
    and when each feed's first article and each slow page became visible."""

    def __init__(self, state: Path) -> None:
        self.path = state / "watch.db"
        self.started: float | None = None
        self.first: dict[str, float] = {}  # feed -> when its first article was seen
        self.slow_pages = 0

    def look(self) -> None:
        if not self.path.exists():
            return
        with contextlib.suppress(sqlite3.OperationalError):  # not created yet
            db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=1)
            try:
                now = time.monotonic()
                if self.started is None and db.execute("SELECT 1 FROM runs").fetchone():
                    self.started = now
                for (feed,) in db.execute("SELECT DISTINCT feed_id FROM articles"):
                    self.first.setdefault(feed, now)
                (self.slow_pages,) = db.execute(
                    "SELECT count(*) FROM articles WHERE feed_id = 'slow' AND source = 'page'"
                ).fetchone()
            finally:
                db.close()

    def watch(self, done, seconds: float = 90) -> None:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.look()
            if done():
                return
            time.sleep(0.05)

    def assert_fair(self) -> None:
        """Every normal feed stored within WITHIN (and the start-up) of the first run's start,
        and within WITHIN of each other."""
        assert self.started is not None, "no run started"
        waits = {
            f"n{n}": self.first.get(f"n{n}", float("inf")) - self.started for n in range(NORMAL)
        }
        assert max(waits.values()) < STARTUP + WITHIN, waits
        assert max(waits.values()) - min(waits.values()) < WITHIN, waits


def test_a_check_stores_every_normal_feed_while_one_feed_has_70_slow_pages(
    tmp_path: Path, http_server: LocalServer
) -> None:
    rules = rules_for(tmp_path, serve(http_server))
    state = tmp_path / "state"
    seen = Stored(state)
    check = subprocess.Popen(
        watch_command(rules, state, "check", "--once", "--json"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        seen.watch(lambda: check.poll() is not None)
        out, err = check.communicate(timeout=30)
    finally:
        if check.poll() is None:
            check.kill()
            check.communicate()
    assert check.returncode == 0, err
    assert '"feeds_failed": 0' in out, out
    seen.assert_fair()
    seen.look()
    assert seen.slow_pages == SLOW_PAGES  # the slow feed still gets every page, in that run


def test_the_daemon_stores_every_normal_feed_while_one_feed_has_70_slow_pages(
    tmp_path: Path, http_server: LocalServer
) -> None:
    rules = rules_for(tmp_path, serve(http_server), extra="default_interval: 10m\n")
    state = tmp_path / "state"
    seen = Stored(state)
    with running(watch_command(rules, state, "run")) as daemon:
        seen.watch(lambda: seen.slow_pages == SLOW_PAGES and len(seen.first) == NORMAL + 1)
        took, err = stop(daemon)
    assert daemon.returncode == 0, err
    seen.assert_fair()
    assert seen.slow_pages == SLOW_PAGES  # every slow page, in the daemon's first batch
    with sqlite3.connect(state / "watch.db") as db:
        runs = db.execute("SELECT count(*) FROM runs").fetchone()[0]
    assert runs == 1  # all eleven feeds polled together, through the same lanes
    assert took < 10, f"SIGTERM took {took:.1f}s"


def test_sigterm_ends_the_daemons_poll_within_seconds_and_loses_nothing(
    tmp_path: Path, http_server: LocalServer
) -> None:
    """The batched poll can be long (here 6 pages of 4 s each, two at a time: 12 s); SIGTERM
    ends it at once, and the feed not finished is not recorded, so it is polled again."""
    feeds = serve(http_server, pages=6, delay=4.0)
    rules = rules_for(tmp_path, feeds, extra="default_interval: 10m\n")
    state = tmp_path / "state"
    seen = Stored(state)
    with running(watch_command(rules, state, "run")) as daemon:
        seen.watch(lambda: len(seen.first) == NORMAL, seconds=30)
        assert len(seen.first) == NORMAL and http_server.requests_for("/slow/0.html")
        took, err = stop(daemon)
    assert daemon.returncode == 0, err
    assert took < 6, f"SIGTERM took {took:.1f}s"  # the pages in flight alone take 4 s
    with sqlite3.connect(state / "watch.db") as db:
        polled = dict(db.execute("SELECT id, last_polled_at FROM feeds").fetchall())
        slow = db.execute("SELECT count(*) FROM articles WHERE feed_id = 'slow'").fetchone()[0]
        status = db.execute("SELECT status FROM runs").fetchall()
    assert polled["slow"] is None and slow == 0  # due again, its entries unseen
    assert all(polled[f"n{n}"] for n in range(NORMAL))
    assert status == [("interrupted",)]  # recorded as cut short, with the feeds it finished
