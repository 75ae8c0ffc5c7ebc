"""Load: 2,000 feeds in one `watch check --once`, 5% of them hostile, against one local server.
The check runs as a grandchild, under `tests/peak_rss.py`, so its own peak memory is read rather
than the peak of the pytest process it was spawned from.

Figures are printed (run with -s to see them): wall time, peak RSS of the check process.
"""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.feedkit import Item, page, rss, watch_command
from tests.hostile_kit import RSS_TYPE, Canary, write_rules
from tests.servers import LocalServer, Route, gzip_bomb
from watch.store import Store

FEEDS = 2_000
HOSTILE_KINDS = ("missing", "html", "stall", "bomb", "private")  # 20 each: 5% in all
NOW = datetime.now(UTC).replace(microsecond=0)
MAX_RSS = 300 * 1024 * 1024
PEAK_RSS = Path(__file__).with_name("peak_rss.py")


def serve(server: LocalServer, canary_port: int) -> tuple[list[tuple[str, str]], set[str]]:
    """Routes for every feed; returns the feeds and the ids of the good ones."""
    feeds: list[tuple[str, str]] = []
    good: set[str] = set()
    bomb = gzip_bomb(64 << 20)
    per_kind = FEEDS * 5 // 100 // len(HOSTILE_KINDS)
    for n in range(FEEDS):
        fid, path = f"f{n}", f"/f{n}.xml"
        kind = HOSTILE_KINDS[n % len(HOSTILE_KINDS)] if n < per_kind * len(HOSTILE_KINDS) else ""
        if kind == "missing":
            route = Route(status=404, body=b"gone")
        elif kind == "html":
            route = Route(body=page("Home", ["Not a feed."]), content_type="text/html")
        elif kind == "stall":
            route = Route(body=rss([]), delay=30)
        elif kind == "bomb":
            route = Route(body=bomb, headers={"Content-Encoding": "gzip"}, content_type=RSS_TYPE)
        elif kind == "private":
            route = Route.redirect(f"http://127.0.0.2:{canary_port}/feed.xml")
        else:
            good.add(fid)
            recent = n % 100 == 0  # one good feed in a hundred links a fresh page
            items = [
                Item(
                    f"Feed {n} story {i}",
                    server.url(f"/p/{n}-{i}.html")
                    if recent and i == 0
                    else f"http://example.com/{n}/{i}",
                    NOW - timedelta(hours=1) if recent else NOW - timedelta(days=30),
                    f"Story {i} of feed {n}: Acme Robotics news item {n * 10 + i}.",
                )
                for i in range(2)
            ]
            if recent:
                server.route(
                    f"/p/{n}-0.html",
                    Route(
                        body=page(
                            f"Feed {n} story 0",
                            [f"Acme Robotics said on Monday that order {n} shipped on time."] * 4,
                        ),
                        content_type="text/html; charset=utf-8",
                    ),
                )
            route = Route(body=rss(items), content_type=RSS_TYPE)
        server.route(path, route)
        feeds.append((fid, server.url(path)))
    return feeds, good


def test_two_thousand_feeds_five_percent_hostile(tmp_path: Path, http_server: LocalServer) -> None:
    with Canary("127.0.0.2") as canary:
        feeds, good = serve(http_server, canary.port)
        rules = write_rules(
            tmp_path,
            feeds,
            fetch={"timeout": "2s", "max_bytes": 2_000_000, "concurrency": 32, "per_host": 32},
        )
        state = tmp_path / "state"
        peak_file = tmp_path / "peak_kib"
        started = time.monotonic()
        check = watch_command(rules, state, "check", "--once", "--json")
        child = subprocess.run(
            [sys.executable, str(PEAK_RSS), str(peak_file), *check],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            check=False,
        )
        stderr = child.stderr
        elapsed = time.monotonic() - started
    peak = int(peak_file.read_text()) * 1024  # Linux reports kilobytes
    print(
        f"\nload: {FEEDS} feeds ({FEEDS - len(good)} hostile) in {elapsed:.1f}s, "
        f"peak RSS of the check {peak / 2**20:.0f} MiB"
    )
    assert child.returncode == 0, stderr.decode()[-2000:]
    assert canary.hits == 0
    with Store.open(state, readonly=True) as store:
        counts = dict(
            store.db.execute("SELECT feed_id, count(*) FROM articles GROUP BY feed_id").fetchall()
        )
        failed = {
            r[0] for r in store.db.execute("SELECT id FROM feeds WHERE consecutive_failures > 0")
        }
        pages = store.db.execute("SELECT count(*) FROM articles WHERE source = 'page'")
        from_pages = pages.fetchone()[0]
    assert all(counts.get(fid) == 2 for fid in good), [f for f in good if counts.get(f) != 2]
    assert failed == {fid for fid, _ in feeds} - good
    assert from_pages == len([n for n in range(FEEDS) if f"f{n}" in good and n % 100 == 0])
    assert peak < MAX_RSS
    assert elapsed < 60
