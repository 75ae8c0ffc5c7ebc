"""`run_once` end to end against a real local server: feeds, pages, extraction, storage."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.feedkit import Item, page, rss, write_rules
from tests.procs import imports_of_watch
from tests.servers import LocalServer, Route
from watch.config import load_settings
from watch.pipeline import run_once
from watch.store import Store

NOW = datetime.now(UTC).replace(microsecond=0)
RECENT = NOW - timedelta(hours=3)
OLD = NOW - timedelta(days=30)

WIRE = [
    "Acme Robotics has postponed its planned IPO until 2027, the company said on Tuesday, "
    "citing volatile markets and a slower order book.",
    "The maker of warehouse robots had been preparing to list in New York this autumn. "
    "Bankers working on the deal were told to stand down, two people said.",
    "Acme said its business remained strong and that it would revisit a listing next year.",
]


def serve_news(server: LocalServer) -> None:
    server.route(
        "/a/acme-delay.html",
        Route(body=page("Acme delays IPO", WIRE, RECENT), content_type="text/html; charset=utf-8"),
    )
    server.route(
        "/a/weather.html",
        Route(
            body=page("Sunny weekend", ["It will be sunny."] * 3),
            content_type="text/html; charset=utf-8",
        ),
    )
    items = [
        Item(
            "Acme delays IPO",
            server.url("/a/acme-delay.html?utm_source=rss"),
            RECENT,
            "Acme Robotics postponed its IPO.",
        ),
        Item("Sunny weekend", server.url("/a/weather.html"), RECENT, "Weather."),
        Item("Old story", server.url("/a/old.html"), OLD, "An old story from last month."),
    ]
    server.route(
        "/news.xml", Route(body=rss(items), content_type="application/rss+xml", etag='"v1"')
    )
    copy = [
        Item("Acme Robotics pushes back listing", server.url("/b/acme-copy.html"), RECENT, "Copy.")
    ]
    server.route(
        "/b/acme-copy.html",
        Route(
            body=page("Acme Robotics pushes back listing", [*WIRE, "Reporting by a wire service."]),
            content_type="text/html; charset=utf-8",
        ),
    )
    server.route("/copies.xml", Route(body=rss(copy), content_type="application/rss+xml"))
    server.route("/broken-500.xml", Route(status=500, body=b"oops"))
    server.route("/limited.xml", Route(status=429, headers={"Retry-After": "3600"}))
    server.route("/html.xml", Route(body=page("Not a feed", ["hello"]), content_type="text/html"))
    server.route("/slow.xml", Route(body=rss([]), delay=10))


FEEDS = [
    ("news", "/news.xml"),
    ("copies", "/copies.xml"),
    ("broken", "/broken-500.xml"),
    ("limited", "/limited.xml"),
    ("html", "/html.xml"),
    ("slow", "/slow.xml"),
]


@pytest.fixture
def setup(tmp_path: Path, http_server: LocalServer):
    serve_news(http_server)
    rules = write_rules(tmp_path, [(fid, http_server.url(p)) for fid, p in FEEDS])
    settings = load_settings(rules, env={})
    with Store.open(tmp_path / "state") as store:
        yield settings, store, http_server


def test_one_run_stores_new_articles_and_records_each_feed(setup) -> None:
    settings, store, server = setup
    report = run_once(settings, store)
    assert (report.feeds_polled, report.feeds_failed, report.new_articles) == (6, 4, 4)
    health = {h.feed_id: h for h in store.feed_health()}
    assert "HTTP 500" in health["broken"].last_error
    assert "429" in health["limited"].last_error
    assert health["limited"].next_poll_at >= NOW + timedelta(seconds=3500)  # Retry-After
    assert "not a feed" in health["html"].last_error.lower()
    assert "no complete answer within 1s" in health["slow"].last_error
    assert health["news"].consecutive_failures == 0 and health["news"].articles == 3

    stored = store.article(server.url("/a/acme-delay.html"))  # tracking parameter dropped
    assert stored is not None and "postponed its planned IPO" in stored.text
    assert "Most read" not in stored.text and "Section 3" not in stored.text
    assert server.requests_for("/a/old.html") == []  # beyond the back-fill window: not fetched
    old = store.article(server.url("/a/old.html"))
    assert old is not None and old.text == "An old story from last month."


def test_syndicated_copy_joins_the_story(setup) -> None:
    settings, store, server = setup
    run_once(settings, store)
    first = store.article(server.url("/a/acme-delay.html"))
    copy = store.article(server.url("/b/acme-copy.html"))
    weather = store.article(server.url("/a/weather.html"))
    assert copy.story_id == first.story_id != weather.story_id


def test_the_index_is_filled_during_the_run_in_slices(
    setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each slice is one turn of the main thread (it hands on pages and polls in between);
    every article is searchable at the end."""
    from watch import poller
    from watch.store.search import SearchMixin

    settings, store, server = setup
    monkeypatch.setattr(poller, "INDEX_EVERY", 1)
    monkeypatch.setattr(poller, "INDEX_SLICE", 1)
    slices: list[int] = []
    index = SearchMixin.index_new_articles

    def counted(self: Store, batch: int = 5000, *, batches: int | None = None) -> int:
        done = index(self, batch, batches=batches)
        if batches is not None:
            slices.append(done)
        return done

    monkeypatch.setattr(SearchMixin, "index_new_articles", counted)
    report = run_once(settings, store)
    assert report.new_articles == 4
    assert slices and set(slices) <= {0, 1} and sum(slices) >= 2
    assert {h.url for h in store.search("Acme")} == {
        server.url("/a/acme-delay.html"),
        server.url("/b/acme-copy.html"),
    }


def test_second_run_is_conditional_and_adds_nothing(setup) -> None:
    settings, store, server = setup
    run_once(settings, store)
    report = run_once(settings, store, force=True)
    assert report.new_articles == 0 and report.alerts == 0
    second = server.requests_for("/news.xml")[-1]
    assert second.headers.get("if-none-match") == '"v1"'
    assert report.feeds_not_modified >= 1
    assert len(server.requests_for("/a/acme-delay.html")) == 1


def test_not_due_feeds_are_not_polled(setup) -> None:
    settings, store, server = setup
    run_once(settings, store)
    before = len(server.requests)
    report = run_once(settings, store)
    assert report.feeds_polled == 0 and len(server.requests) == before


def test_claim_evidence_and_alert_once_per_story(setup) -> None:
    settings, store, server = setup
    report = run_once(settings, store)
    records = [r for r in store.evidence("acme-ipo-2026") if r.stance == "contradicts"]
    assert {r.url for r in records} == {
        server.url("/a/acme-delay.html"),
        server.url("/b/acme-copy.html"),
    }
    assert store.claim_statuses()["acme-ipo-2026"] == "contradicted"
    evidence_alerts = [a for a in store.alerts() if a.kind == "evidence"]
    assert len(evidence_alerts) == 1 and len(evidence_alerts[0].evidence) == 2
    assert report.alerts == 2  # the story's evidence and the status change


@pytest.mark.parametrize("hold", ["PAGES_WAITING", "FEEDS_WAITING"])
def test_pages_and_polls_wait_for_extraction_and_none_is_lost(
    tmp_path: Path, http_server: LocalServer, monkeypatch: pytest.MonkeyPatch, hold: str
) -> None:
    # One page allowed to wait: each page is fetched only once the page before it is
    # extracted; one feed: each poll waits until the feed before it is extracted. A hold
    # that is never released would leave pages unfetched or feeds unpolled.
    monkeypatch.setattr(f"watch.poller.{hold}", 1)
    feeds = []
    for n in range(12):
        items = []
        for k in range(3):
            path = f"/f{n}/a{k}.html"
            body = page(f"Story {n}-{k}", [f"Paragraph {k} of feed {n} about robots."] * 3, RECENT)
            http_server.route(path, Route(body=body, content_type="text/html; charset=utf-8"))
            items.append(Item(f"Story {n}-{k}", http_server.url(path), RECENT, "Summary."))
        http_server.route(f"/f{n}.xml", Route(body=rss(items), content_type="application/rss+xml"))
        feeds.append((f"f{n}", http_server.url(f"/f{n}.xml")))
    rules = write_rules(tmp_path, feeds)
    # two network threads: the polls go on while the pages wait
    text = rules.read_text().replace("  timeout: 1s\n", "  timeout: 1s\n  concurrency: 2\n")
    rules.write_text(text)
    with Store.open(tmp_path / "state") as store:
        report = run_once(load_settings(rules, env={}), store)
        assert (report.feeds_polled, report.feeds_failed, report.new_articles) == (12, 0, 36)
        stored = store.article(http_server.url("/f11/a2.html"))
        assert stored is not None and "Paragraph 2 of feed 11" in stored.text
    pages = [r.path for r in http_server.requests if r.path.endswith(".html")]
    assert sorted(pages) == sorted(f"/f{n}/a{k}.html" for n in range(12) for k in range(3))


def test_private_links_are_not_fetched(tmp_path: Path, http_server: LocalServer) -> None:
    items = [
        Item("Metadata", "http://169.254.169.254/latest/meta-data/", RECENT, "m"),
        Item("Private", "http://10.0.0.7/a.html", RECENT, "p"),
        Item("Loopback other port", "http://127.0.0.2:9/x.html", RECENT, "l"),
    ]
    http_server.route("/feed.xml", Route(body=rss(items), content_type="application/rss+xml"))
    rules = write_rules(tmp_path, [("f", http_server.url("/feed.xml"))])
    with Store.open(tmp_path / "state") as store:
        report = run_once(load_settings(rules, env={}), store)
        assert report.new_articles == 3 and report.feeds_failed == 0
        notes = store.db.execute("SELECT extraction_note FROM articles").fetchall()
    assert sorted(n[0] for n in notes) == [
        f"page not fetched: address {a} of '{a}' is not public"
        for a in ("10.0.0.7", "127.0.0.2", "169.254.169.254")
    ]


def test_an_all_304_check_loads_no_parser_extractor_or_worker_machinery(
    tmp_path: Path, http_server: LocalServer
) -> None:
    serve_news(http_server)
    rules = write_rules(tmp_path, [("news", http_server.url("/news.xml"))])
    state = tmp_path / "state"
    with Store.open(state) as store:
        run_once(load_settings(rules, env={}), store)  # the first run parses and extracts
    # a second check in a fresh interpreter, as cron runs it: every feed answers 304
    argv = ["--rules", str(rules), "--state", str(state), "check", "--once", "--force", "--json"]
    heavy = ["multiprocessing", "feedparser", "trafilatura", "watch.extraction.pool"]
    report, loaded = imports_of_watch(argv, heavy)
    assert '"feeds_not_modified": 1' in report
    assert loaded == []


def test_each_batch_of_pages_comes_back_from_extraction_when_it_is_done(
    tmp_path: Path, http_server: LocalServer
) -> None:
    """Not with the whole map: the main thread can store its feed, and the network threads
    fetch the pages its place held, while the workers go on with the other batches."""
    import queue

    from watch.config import FeedConfig
    from watch.extraction.pool import ExtractorPool
    from watch.models import FeedState
    from watch.workers import PENDING, Extraction, FeedJob, Pages

    settings = load_settings(write_rules(tmp_path, [("news", http_server.url("/news.xml"))]))
    events: queue.SimpleQueue = queue.SimpleQueue()
    extraction = Extraction(settings, events)
    batch = []
    for n in (1, 2):  # a feed with one page, then a feed with two
        job = FeedJob(FeedConfig(url=f"http://feed{n}.test/"), FeedState(f"f{n}", ""), PENDING)
        html = {
            f"{n}-{k}": (f"http://feed{n}.test/{k}.html", page(f"Story {n}-{k}", WIRE))
            for k in range(n)
        }
        batch.append(Pages(job, html))
    handed_back: list[int] = []  # batches handed back after each page
    with ExtractorPool(workers=1, timeout=20) as pool:
        real_map = pool.map

        def watched_map(jobs):  # type: ignore[no-untyped-def]
            for result in real_map(jobs):
                yield result
                handed_back.append(events.qsize())

        pool.map = watched_map  # type: ignore[method-assign]
        extraction._extract(pool, batch)
    assert handed_back == [1, 1, 2]
    assert [sorted(pages.job.extracted) for pages in batch] == [["1-0"], ["2-0", "2-1"]]
    assert all(not pages.html and pages.count for pages in batch)
