"""Hostile HTTP through a whole `run_once` against real servers on loopback, good feeds alongside:
servers that stall, drip or hang up, huge and bomb bodies, redirect tricks, Retry-After, odd
statuses and content types, and links to addresses the policy must refuse (never connected to:
canary listeners on 127.0.0.2 and [::1] count every connection).
"""

from __future__ import annotations

import resource
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from tests.feedkit import Item, page, rss
from tests.hostile_kit import RSS_TYPE, Canary, write_rules
from tests.notify_servers import SilentServer
from tests.servers import LocalServer, Route, gzip_bomb
from watch.config import FetchConfig, load_settings
from watch.errors import BlockedAddress
from watch.fetching.fetch import Fetcher
from watch.pipeline import run_once
from watch.store import Store

NOW = datetime.now(UTC).replace(microsecond=0)
OLD = NOW - timedelta(days=30)
HTML = "text/html; charset=utf-8"


def good_feeds(server: LocalServer, count: int = 2) -> list[tuple[str, str]]:
    feeds = []
    for f in range(count):
        items = [
            Item(f"Good {f}-{i}", f"http://example.com/g{f}/{i}", OLD, f"Body {f}-{i}.")
            for i in range(2)
        ]
        feeds.append(
            (
                f"good{f}",
                server.route(f"/good{f}.xml", Route(body=rss(items), content_type=RSS_TYPE)),
            )
        )
    return feeds


def goods_stored(store: Store, count: int = 2) -> bool:
    n = store.db.execute("SELECT count(*) FROM articles WHERE feed_id LIKE 'good%'").fetchone()
    return n[0] == 2 * count


def errors_of(store: Store) -> dict[str, str | None]:
    return dict(store.db.execute("SELECT id, last_error FROM feeds").fetchall())


# --- 5. time ----------------------------------------------------------------------------------


def test_stalling_dripping_and_hanging_up_servers_cost_one_timeout(
    tmp_path: Path, http_server: LocalServer
) -> None:
    big = rss([Item(f"Drip {i}", f"http://example.com/d{i}", OLD, "x" * 200) for i in range(20)])
    feeds = good_feeds(http_server)
    feeds.append(("stall", http_server.route("/stall.xml", Route(body=big, delay=60))))
    feeds.append(("drip", http_server.route("/drip.xml", Route(body=big, drip=1))))
    feeds.append(("cut", http_server.route("/cut.xml", Route(body=big, close_after=300))))
    with SilentServer() as silent:  # accepts (kernel backlog), never says a word
        feeds.append(("silent", f"http://127.0.0.1:{silent.port}/feed.xml"))
        rules = write_rules(tmp_path, feeds, fetch={"timeout": "2s", "per_host": 8})
        started = time.monotonic()
        with Store.open(tmp_path / "state") as store:
            report = run_once(load_settings(rules, env={}), store)
            elapsed = time.monotonic() - started
            assert goods_stored(store)
            errors = errors_of(store)
    assert elapsed < 2 + 3, f"the run took {elapsed:.1f}s"
    for fid in ("stall", "drip", "silent"):
        assert "no complete answer within 2s" in errors[fid], errors[fid]
    assert errors["cut"] and "127.0.0.1" in errors["cut"]
    assert report.feeds_failed == 4 and report.feeds_polled == 6


# --- 4. size ----------------------------------------------------------------------------------

CAP = 1 << 20  # fetch.max_bytes for the size tests: 1 MiB


def endless(total: int, piece: int = 1 << 16):
    """A route stream of `total` bytes of a feed-looking prefix and padding, never built whole."""

    def generate():
        head = b"<?xml version='1.0'?><rss version='2.0'><channel><title>Huge</title>"
        yield head
        filler = b"<!-- " + b"x" * (piece - 9) + b" -->"
        for _ in range((total - len(head)) // len(filler)):
            yield filler

    return generate


def test_huge_bodies_and_bombs_cost_at_most_the_cap(
    tmp_path: Path, http_server: LocalServer
) -> None:
    feeds = good_feeds(http_server)
    huge = 200 * (1 << 20)
    feeds.append(("huge", http_server.route("/huge.xml", Route(stream=endless(huge)))))
    feeds.append(
        (
            "liar",
            http_server.route(
                "/liar.xml", Route(stream=endless(huge), headers={"Content-Length": "1000"})
            ),
        )
    )
    feeds.append(
        (
            "honest",
            http_server.route(
                "/honest.xml", Route(stream=endless(huge), headers={"Content-Length": str(huge)})
            ),
        )
    )
    feeds.append(
        (
            "bomb",
            http_server.route(
                "/bomb.xml", Route(body=gzip_bomb(200 << 20), headers={"Content-Encoding": "gzip"})
            ),
        )
    )
    rules = write_rules(tmp_path, feeds, fetch={"max_bytes": CAP, "timeout": "10s"})
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    try:
        with Store.open(tmp_path / "state") as store:
            report = run_once(load_settings(rules, env={}), store)
            _, peak = tracemalloc.get_traced_memory()
            assert goods_stored(store)
            errors = errors_of(store)
    finally:
        tracemalloc.stop()
    rss_growth = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) * 1024
    # stopped at the cap, or earlier by h11 when a read splits a chunk header oddly
    assert any(
        why in errors["huge"]
        for why in ("body passes the 1048576-byte cap", "Receive buffer too long")
    ), errors["huge"]
    assert "Content-Length 209715200 is over the 1048576-byte cap" in errors["honest"]
    assert "cap after decoding" in errors["bomb"]
    assert errors["liar"]  # 1000 bytes of an unfinished document: not a feed
    assert report.feeds_failed == 4
    # everything the run allocated at once, server threads included, stays near the cap
    print(f"size test: peak allocation {peak / 1e6:.1f} MB, RSS growth {rss_growth / 1e6:.1f} MB")
    assert peak < 8 * CAP + 8_000_000, f"peak allocation {peak / 1e6:.1f} MB"
    assert rss_growth < 100_000_000, f"peak RSS grew by {rss_growth / 1e6:.0f} MB"
    # (no wall-clock bound here: the 10 s fetch timeout bounds each feed, and a feed stopped by
    # it would fail with a timeout, not with the cap errors asserted above)


def test_ten_thousand_entries_and_one_five_megabyte_entry(
    tmp_path: Path, http_server: LocalServer
) -> None:
    many = rss(
        [
            Item(f"Entry {i}", f"http://example.com/m/{i}", OLD, f"Short body {i}.")
            for i in range(10_000)
        ]
    )
    text = "Acme Robotics reported results. " * (5_000_000 // 32)
    single = rss([Item("One huge entry", "http://example.com/huge", OLD, text)])
    feeds = good_feeds(http_server)
    feeds.append(("many", http_server.route("/many.xml", Route(body=many, content_type=RSS_TYPE))))
    feeds.append(
        ("single", http_server.route("/single.xml", Route(body=single, content_type=RSS_TYPE)))
    )
    rules = write_rules(tmp_path, feeds, fetch={"timeout": "20s"})
    started = time.monotonic()
    with Store.open(tmp_path / "state") as store:
        report = run_once(load_settings(rules, env={}), store)
        elapsed = time.monotonic() - started
        assert goods_stored(store)
        counts = dict(
            store.db.execute("SELECT feed_id, count(*) FROM articles GROUP BY feed_id").fetchall()
        )
        longest = store.db.execute("SELECT max(length(text)) FROM articles").fetchone()[0]
    assert report.feeds_failed == 0
    assert counts["many"] == 10_000 and counts["single"] == 1
    assert longest >= 4_000_000
    assert elapsed < 40, f"{elapsed:.1f}s"


# --- 6. HTTP ----------------------------------------------------------------------------------


def test_redirect_tricks_retry_after_and_odd_answers(
    tmp_path: Path, http_server: LocalServer
) -> None:
    s = http_server
    one = rss([Item("Odd type", "http://example.com/odd", OLD, "Served with a wrong type.")])
    with Canary("127.0.0.2") as canary:
        s.route("/loop-a", Route.redirect("/loop-b"))
        s.route("/loop-b", Route.redirect(s.url("/loop-a")))
        port = s.port
        hops = [
            f"http://{'localhost' if i % 2 else '127.0.0.1'}:{port}/hop{i + 1}" for i in range(8)
        ]
        for i in range(8):
            s.route(f"/hop{i}", Route.redirect(hops[i]))
        s.route("/to-private", Route.redirect(f"http://127.0.0.2:{canary.port}/feed.xml"))
        s.route("/to-metadata", Route.redirect("http://169.254.169.254/latest/meta-data/", 301))
        s.route("/to-file", Route.redirect("file:///etc/passwd"))
        s.route("/limited", Route(status=429, headers={"Retry-After": "3600"}))
        # five hours from the wall clock now, not from NOW (set at collection: the suite
        # may have run for minutes since)
        later = format_datetime(datetime.now(UTC) + timedelta(hours=5), usegmt=True)
        s.route("/unavailable", Route(status=503, headers={"Retry-After": later}))
        s.route("/bare304", Route(status=304))
        s.route("/octet", Route(body=one, content_type="application/octet-stream"))
        s.route("/as-html", Route(body=one.replace(b"/odd", b"/odd2"), content_type="text/html"))
        s.route("/as-png", Route(body=one.replace(b"/odd", b"/odd3"), content_type="image/png"))
        names = [
            "loop-a",
            "hop0",
            "to-private",
            "to-metadata",
            "to-file",
            "limited",
            "unavailable",
            "bare304",
            "octet",
            "as-html",
            "as-png",
        ]
        feeds = good_feeds(s) + [(n, s.url(f"/{n}")) for n in names]
        rules = write_rules(tmp_path, feeds)
        settings = load_settings(rules, env={})
        with Store.open(tmp_path / "state") as store:
            report = run_once(settings, store, clock=lambda: NOW)
            assert goods_stored(store)
            errors = errors_of(store)
            polls = dict(store.db.execute("SELECT id, next_poll_at FROM feeds").fetchall())
            titles = [
                r[0]
                for r in store.db.execute("SELECT title FROM articles WHERE title = 'Odd type'")
            ]
            # 30 minutes on (default interval 15m) everything is due again but the two
            # feeds that asked for time; five hours on, they are due too
            again = run_once(settings, store, clock=lambda: NOW + timedelta(minutes=30))
            late = run_once(settings, store, clock=lambda: NOW + timedelta(hours=5, minutes=1))
    assert canary.hits == 0
    assert "redirect loop" in errors["loop-a"]
    assert "more than 5 redirects" in errors["hop0"]
    assert "127.0.0.2" in errors["to-private"] and "not public" in errors["to-private"]
    assert "169.254.169.254" in errors["to-metadata"]
    assert "scheme 'file' is not http(s)" in errors["to-file"]
    assert datetime.fromisoformat(polls["limited"]) == NOW + timedelta(seconds=3600)
    # an HTTP-date Retry-After is read against the wall clock, the run against its own
    wait = datetime.fromisoformat(polls["unavailable"]) - NOW
    assert abs(wait - timedelta(hours=5)) < timedelta(minutes=2), wait
    assert errors["bare304"] is None and errors["octet"] is None
    assert errors["as-html"] is None and errors["as-png"] is None
    assert titles == ["Odd type"] * 3
    assert report.feeds_failed == 7
    assert again.feeds_polled == len(feeds) - 2
    assert late.feeds_polled == len(feeds)
    assert len(s.requests_for("/limited")) == len(s.requests_for("/unavailable")) == 2


# --- 7. untrusted links -----------------------------------------------------------------------


def test_links_to_refused_addresses_are_never_fetched(
    tmp_path: Path, http_server: LocalServer
) -> None:
    s = http_server
    s.route(
        "/rel.html",
        Route(body=page("Relative", ["A relative link, resolved."] * 3), content_type=HTML),
    )
    s.route("/refresh-target", Route(body=b"should never be requested"))
    refresh = (
        b"<html><head><meta http-equiv='refresh' content='0;url="
        + s.url("/refresh-target").encode()
        + b"'><title>Moved</title></head><body><p>"
        + b"Moved page text. " * 30
        + b"</p></body></html>"
    )
    s.route("/refresh.html", Route(body=refresh, content_type=HTML))
    with Canary("127.0.0.2") as v4, Canary("::1") as v6:
        s.route("/hop-private", Route.redirect(f"http://127.0.0.2:{v4.port}/a.html"))
        s.route("/hop-v6", Route.redirect(f"http://[::1]:{v6.port}/a.html", 307))
        refused = {
            "javascript:alert(document.cookie)": None,
            "data:text/html,<script>alert(1)</script>": None,
            "file:///etc/passwd": None,
            "http://169.254.169.254/latest/meta-data/iam": "169.254.169.254",
            f"http://[::1]:{v6.port}/a.html": "::1",
            "http://10.1.2.3/a.html": "10.1.2.3",
            "http://100.64.0.9/a.html": "100.64.0.9",
            "http://192.168.1.1/a.html": "192.168.1.1",
            f"http://[::ffff:127.0.0.2]:{v4.port}/a.html": "127.0.0.2",
            f"http://127.0.0.2:{v4.port}/a.html": "127.0.0.2",
            f"http://2130706434:{v4.port}/a.html": "127.0.0.2",  # decimal
            f"http://0x7f000002:{v4.port}/a.html": "127.0.0.2",  # hex
            f"http://0177.0.0.2:{v4.port}/a.html": "127.0.0.2",  # octal
            f"http://127.2:{v4.port}/a.html": "127.0.0.2",  # short form
            s.url("/hop-private"): "127.0.0.2",
            s.url("/hop-v6"): "::1",
        }
        items = [
            Item(f"g{i}", link, NOW - timedelta(hours=1), f"Feed text {i}.")
            for i, link in enumerate(refused)
        ]
        items.append(Item("rel", "/rel.html", NOW - timedelta(hours=1), "r"))
        items.append(Item("refresh", s.url("/refresh.html"), NOW - timedelta(hours=1), "m"))
        s.route("/links.xml", Route(body=rss(items), content_type=RSS_TYPE))
        rules = write_rules(tmp_path, [*good_feeds(s), ("links", s.url("/links.xml"))])
        with Store.open(tmp_path / "state") as store:
            report = run_once(load_settings(rules, env={}), store)
            rows = {
                r[0]: (r[1], r[2], r[3])
                for r in store.db.execute(
                    "SELECT title, url, source, extraction_note FROM articles WHERE feed_id='links'"
                )
            }
    assert v4.hits == 0 and v6.hits == 0
    assert report.feeds_failed == 0 and len(rows) == len(refused) + 2
    for i, (link, address) in enumerate(refused.items()):
        url, source, note = rows[f"g{i}"]
        assert source == "feed", link
        if address is None:  # not http(s): kept as text, no URL to fetch at all
            assert url.startswith("urn:watch:links:"), (link, url)
        else:
            assert note.startswith("page not fetched:") and address in note, (link, note)
            assert "not public" in note, (link, note)
    assert rows["rel"][0] == s.url("/rel.html") and rows["rel"][1] == "page"
    assert len(s.requests_for("/rel.html")) == 1
    assert s.requests_for("/refresh-target") == []  # a meta refresh is never followed


@pytest.mark.parametrize(
    "host",
    [
        "localhost",
        "2130706433",
        "0x7f000001",
        "0177.0.0.1",
        "127.1",
        "[::ffff:127.0.0.1]",
        "[::ffff:7f00:1]",
    ],
)
def test_loopback_in_any_spelling_is_refused_without_an_allowance(
    http_server: LocalServer, host: str
) -> None:
    http_server.route("/x", Route(body=b"loopback reached"))
    config = FetchConfig(allow_private_networks=False, timeout=2)
    with Fetcher(config) as fetcher, pytest.raises(BlockedAddress, match=r"127\.0\.0\.1"):
        fetcher.fetch(f"http://{host}:{http_server.port}/x")
    if host == "0177.0.0.1":  # httpx itself refuses octal spellings, allowed or not
        assert http_server.requests_for("/x") == []
        return
    with Fetcher(FetchConfig(allow_private_networks=["127.0.0.1/32"], timeout=2)) as fetcher:
        assert fetcher.fetch(f"http://{host}:{http_server.port}/x").body == b"loopback reached"
    assert len(http_server.requests_for("/x")) == 1  # only the allowed fetch arrived


def test_a_deadline_passing_while_waiting_for_a_slot_is_a_timeout_not_a_crash(
    tmp_path: Path, http_server: LocalServer
) -> None:
    # Two stalled feeds and a good one share a host with one slot: the waiters get the slot
    # at (or just past) their deadline. Connecting with no time left used to raise ValueError
    # (socket.settimeout of a negative number) out of run_once; a race, so tried a few times.
    feeds = [
        (f"stall{i}", http_server.route(f"/stall{i}.xml", Route(body=rss([]), delay=60)))
        for i in range(2)
    ]
    feeds += good_feeds(http_server, 1)
    rules = write_rules(tmp_path, feeds, fetch={"timeout": "0.5s", "per_host": 1})
    settings = load_settings(rules, env={})
    for attempt in range(3):
        with Store.open(tmp_path / f"state{attempt}") as store:
            report = run_once(settings, store)
            errors = errors_of(store)
        assert report.feeds_polled == 3
        assert all("0.5s" in errors[f"stall{i}"] or "slot" in errors[f"stall{i}"] for i in range(2))


def test_a_stalled_feed_does_not_fail_a_good_feed_on_the_same_host(
    tmp_path: Path, http_server: LocalServer
) -> None:
    stall = http_server.route("/stall.xml", Route(body=rss([]), delay=60))
    items = [Item("Slow but fine", "http://example.com/slow", OLD, "A server that takes 0.4s.")]
    http_server.route("/slow.xml", Route(body=rss(items), content_type=RSS_TYPE, delay=0.4))
    # the good feed's first hop is on another host name, so the stalled feed surely holds
    # 127.0.0.1's only slot by the time the good feed needs it
    http_server.route(
        "/hop", Route(delay=0.2, status=302, headers={"Location": http_server.url("/slow.xml")})
    )
    hop = f"http://localhost:{http_server.port}/hop"
    rules = write_rules(
        tmp_path, [("stall", stall), ("slow", hop)], fetch={"timeout": "1s", "per_host": 1}
    )
    with Store.open(tmp_path / "state") as store:
        run_once(load_settings(rules, env={}), store)
        errors = errors_of(store)
    assert "within 1s" in errors["stall"]
    assert errors["slow"] is None, errors["slow"]
