"""Hostile feed documents through a whole `run_once` against a real local server, with a good
feed alongside each time: malformed XML, wrong encodings, XML entity attacks, a body that is
a path or a URL, odd entries and dates. Each bad feed degrades alone; the good one is stored.
"""

from __future__ import annotations

import json
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.feedkit import Item, rss
from tests.hostile_kit import RSS_TYPE, cli, state_has, write_rules
from tests.servers import LocalServer, Route
from watch.config import load_settings
from watch.pipeline import run_once
from watch.store import Store

NOW = datetime.now(UTC).replace(microsecond=0)
OLD = NOW - timedelta(days=30)  # beyond the back-fill window: no page fetches, feed text only


def good_feed(server: LocalServer, path: str = "/good.xml") -> tuple[str, str]:
    items = [
        Item(f"Good story {i}", f"http://example.com/good/{i}", OLD, f"Good body {i}.")
        for i in range(3)
    ]
    server.route(path, Route(body=rss(items), content_type=RSS_TYPE))
    return "good", server.url(path)


def run(tmp_path: Path, feeds: list[tuple[str, str]], **fetch: object) -> tuple[Store, object]:
    rules = write_rules(tmp_path, feeds, fetch=dict(fetch) or None)
    store = Store.open(tmp_path / "state")
    return store, run_once(load_settings(rules, env={}), store)


def column(store: Store, sql: str, *args: object) -> dict[str, object]:
    return {r[0]: r[1] for r in store.db.execute(sql, list(args)).fetchall()}


def assert_good_stored(store: Store) -> None:
    titles = {r[0] for r in store.db.execute("SELECT title FROM articles WHERE feed_id='good'")}
    assert titles == {"Good story 0", "Good story 1", "Good story 2"}


# --- 1. malformed feeds -----------------------------------------------------------------------

GOOD_ITEM = (
    "<item><title>Salvaged {n}</title><link>http://example.com/{f}/{n}</link>"
    "<guid>{f}-{n}</guid><pubDate>Mon, 02 Jan 2023 10:00:00 GMT</pubDate>"
    "<description>Salvaged body {n}.</description></item>"
)
HEAD = "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>T</title>"
MALFORMED = {
    "unclosed": HEAD + GOOD_ITEM.format(n=1, f="u") + "<item><title>Unclosed <b>bold</title>"
    "<link>http://example.com/u/2</link><description>Salvaged body 2.</description></item>"
    "</channel></rss>",
    "entity": HEAD
    + GOOD_ITEM.format(n=1, f="e").replace("Salvaged 1</", "Salvaged &bogus; 1</")
    + "</channel></rss>",
    "truncated": (HEAD + GOOD_ITEM.format(n=1, f="t") + GOOD_ITEM.format(n=2, f="t"))[:-60],
}


def test_malformed_feeds_keep_what_they_can_and_record_why(
    tmp_path: Path, http_server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    feeds = [good_feed(http_server)]
    for name, body in MALFORMED.items():
        feeds.append(
            (
                name,
                http_server.route(f"/{name}.xml", Route(body=body.encode(), content_type=RSS_TYPE)),
            )
        )
    html = b"<!doctype html><html><head><title>Home</title></head><body><p>Hi</p></body></html>"
    feeds.append(("html", http_server.route("/html.xml", Route(body=html, content_type=RSS_TYPE))))
    feeds.append(("empty", http_server.route("/empty.xml", Route(body=b"", content_type=RSS_TYPE))))
    store, report = run(tmp_path, feeds)
    with store:
        assert_good_stored(store)
        titles = column(store, "SELECT url, title FROM articles WHERE feed_id != 'good'")
        site = "http://example.com"
        assert titles[f"{site}/u/1"] == titles[f"{site}/t/1"] == "Salvaged 1"
        assert titles[f"{site}/u/2"] == "Unclosed bold"
        assert titles[f"{site}/e/1"] == "Salvaged &bogus; 1"  # kept as written, not dropped
        per_feed = column(store, "SELECT feed_id, count(*) FROM articles GROUP BY feed_id")
        assert per_feed["unclosed"] >= 1 and per_feed["entity"] == 1 and per_feed["truncated"] >= 1
        bozo = column(store, "SELECT id, last_bozo FROM feeds")
        errors = column(store, "SELECT id, last_error FROM feeds")
    assert bozo["good"] is None
    for name in MALFORMED:
        assert bozo[name], f"{name}: no bozo reason recorded"
        assert errors[name] is None
    assert "not a feed (no RSS/Atom/RDF root element)" in errors["html"]
    assert "not a feed (empty body)" in errors["empty"]
    assert report.feeds_failed == 2 and report.feeds_polled == 6
    code, out, _ = cli(capsys, tmp_path / "rules.yaml", tmp_path / "state", "feeds", "--json")
    shown = {f["feed_id"]: f for f in json.loads(out)["feeds"]}
    assert code == 0 and shown["html"]["last_error"] == errors["html"]
    assert all(shown[name]["last_bozo"] == bozo[name] for name in MALFORMED)
    code, out, _ = cli(capsys, tmp_path / "rules.yaml", tmp_path / "state", "feeds")
    rows = {line.split()[0]: line for line in out.splitlines()[2:]}
    assert "malformed, entries kept: SAXParseException" in rows["truncated"]
    assert "not a feed (empty body)" in rows["empty"] and "malformed" not in rows["good"]


# --- 2. encodings -----------------------------------------------------------------------------

SIMPLIFIED = (
    "英伟达向OpenAI投资一千亿美元",
    "微软推迟发布Copilot代理功能，原因是安全审查尚未完成。",
)
TRADITIONAL = (
    "輝達向OpenAI投資一千億美元",
    "微軟推遲發布Copilot代理功能，原因是安全審查尚未完成。",
)

JAPANESE = (  # Shift-JIS bytes that GB18030 also decodes, to ideographs
    "エヌビディア、OpenAIへの投資に拘束力なしと説明",
    "黄氏は、一千億ドルの投資の意向は決して約束ではなかったと語った。",
)


def chinese_feed(declared: str | None, encoding: str, *, bom: bytes = b"", n: int = 0) -> bytes:
    title, text = {"big5": TRADITIONAL, "shift_jis": JAPANESE}.get(encoding, SIMPLIFIED)
    decl = f" encoding='{declared}'" if declared else ""
    xml = (
        f"<?xml version='1.0'{decl}?><rss version='2.0'><channel><title>频道</title>"
        f"<item><title>{title}</title><link>http://example.com/{encoding}/{n}</link>"
        f"<pubDate>Mon, 02 Jan 2023 10:00:00 GMT</pubDate><description>{text}</description>"
        f"</item></channel></rss>"
    ).replace("频道", "X")
    return bom + xml.encode(encoding)


ENCODINGS = {  # feed id: (body, Content-Type, expected: the text, or None = marked broken)
    "gbk-as-utf8": (chinese_feed("utf-8", "gbk"), "application/rss+xml", SIMPLIFIED),
    "gb18030-as-utf8": (chinese_feed("utf-8", "gb18030"), "text/xml; charset=utf-8", SIMPLIFIED),
    "utf8-as-gbk": (chinese_feed("gbk", "utf-8"), "application/rss+xml", SIMPLIFIED),
    "utf8-header-gbk": (chinese_feed(None, "utf-8", n=1), "text/xml; charset=gbk", SIMPLIFIED),
    "bom-vs-gbk": (chinese_feed("gbk", "utf-8", bom=b"\xef\xbb\xbf", n=2), RSS_TYPE, SIMPLIFIED),
    "utf16-bom-vs-utf8": (
        "\ufeff".encode("utf-16-le") + chinese_feed("utf-8", "utf-16-le"),
        RSS_TYPE,
        SIMPLIFIED,
    ),
    "big5": (chinese_feed("big5", "big5"), RSS_TYPE, TRADITIONAL),
    "gbk-undeclared": (chinese_feed(None, "gbk", n=1), "application/rss+xml", SIMPLIFIED),
    "big5-as-utf8": (chinese_feed("utf-8", "big5"), RSS_TYPE, None),
    "big5-undeclared": (chinese_feed(None, "big5", n=1), "text/xml", None),
    "big5-as-gbk": (chinese_feed("gbk", "big5", n=2), RSS_TYPE, None),
    # GB18030 reads these bytes too, as ideographs: re-reading must not store that mojibake
    "shiftjis-as-utf8": (chinese_feed("utf-8", "shift_jis"), RSS_TYPE, None),
    "shiftjis-undeclared": (chinese_feed(None, "shift_jis", n=1), "text/xml", None),
}


def test_chinese_in_any_encoding_is_stored_right_or_the_feed_is_marked_broken(
    tmp_path: Path, http_server: LocalServer
) -> None:
    feeds = [good_feed(http_server)]
    for fid, (body, ctype, _) in ENCODINGS.items():
        feeds.append((fid, http_server.route(f"/{fid}.xml", Route(body=body, content_type=ctype))))
    store, _ = run(tmp_path, feeds)
    with store:
        assert_good_stored(store)
        stored = {
            r[0]: (r[1], r[2])
            for r in store.db.execute(
                "SELECT feed_id, title, text FROM articles WHERE feed_id != 'good'"
            )
        }
        errors = column(store, "SELECT id, last_error FROM feeds")
    for fid, (_, _, expected) in ENCODINGS.items():
        if expected is None:
            assert fid not in stored, f"{fid}: stored {stored.get(fid)!r}"
            assert "undecodable bytes" in errors[fid]
        else:
            assert stored.get(fid) == expected, fid
            assert errors[fid] is None


# --- 3. XML attacks ---------------------------------------------------------------------------

LAUGHS = (
    "<?xml version='1.0'?><!DOCTYPE rss [<!ENTITY l0 'lol'>"
    + "".join(f"<!ENTITY l{i} '{f'&l{i - 1};' * 10}'>" for i in range(1, 10))
    + "]><rss version='2.0'><channel><title>&l9;</title><item><title>Laugh &l9;</title>"
    "<link>http://example.com/laugh</link><description>&l9;</description></item>"
    "</channel></rss>"
)


def xxe(target: str) -> str:
    return (
        f"<?xml version='1.0'?><!DOCTYPE rss [<!ENTITY x SYSTEM '{target}'>]>"
        "<rss version='2.0'><channel><title>XXE</title><item><title>Leak &x;</title>"
        "<link>http://example.com/xxe</link><description>got: &x;</description></item>"
        "</channel></rss>"
    )


BIG_ENTITY = (
    "<?xml version='1.0'?><!DOCTYPE rss [<!ENTITY big '" + "A" * 20_000 + "'>]>"
    "<rss version='2.0'><channel><title>Quadratic</title><item><title>Quad</title>"
    "<link>http://example.com/quad</link><description>"
    + "&big;" * 10_000
    + "</description></item></channel></rss>"
)


def test_entity_attacks_are_bounded_and_leak_nothing(
    tmp_path: Path, http_server: LocalServer
) -> None:
    marker = "SECRET-MARKER-7f3a9c"
    secret = tmp_path / "secret.txt"
    secret.write_text(marker)
    http_server.route("/leak", Route(body=marker.encode()))
    feeds = [good_feed(http_server)]
    bodies = {
        "laughs": LAUGHS,
        "xxe-file": xxe(secret.as_uri()),
        "xxe-path": xxe(str(secret)),
        "xxe-http": xxe(http_server.url("/leak")),
        "quadratic": BIG_ENTITY,
    }
    for fid, body in bodies.items():
        feeds.append(
            (
                fid,
                http_server.route(f"/{fid}.xml", Route(body=body.encode(), content_type=RSS_TYPE)),
            )
        )
    tracemalloc.start()
    started = time.monotonic()
    try:
        store, report = run(tmp_path, feeds)
        elapsed = time.monotonic() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    with store:
        assert_good_stored(store)
        longest = store.db.execute("SELECT max(length(text) + length(title)) FROM articles")
        assert longest.fetchone()[0] < 100_000  # no entity was expanded into the database
    assert elapsed < 10, elapsed
    assert peak < 50_000_000, f"peak Python allocation {peak / 1e6:.0f} MB"
    assert http_server.requests_for("/leak") == []  # the external entity was never fetched
    assert state_has(tmp_path / "state", marker) == []
    assert report.feeds_polled == len(feeds)


def test_a_body_that_is_a_path_or_url_is_parsed_as_text(
    tmp_path: Path, http_server: LocalServer
) -> None:
    marker = "PATH-MARKER-91bd"
    secret = tmp_path / "feed-on-disk.xml"
    secret.write_bytes(rss([Item(marker, "http://example.com/m", OLD, marker)]))
    http_server.route(
        "/elsewhere.xml", Route(body=rss([Item(marker, "http://example.com/n", OLD, marker)]))
    )
    feeds = [good_feed(http_server)]
    for fid, body in {
        "path": str(secret),
        "file-url": secret.as_uri(),
        "http-url": http_server.url("/elsewhere.xml"),
    }.items():
        feeds.append(
            (fid, http_server.route(f"/{fid}", Route(body=body.encode(), content_type=RSS_TYPE)))
        )
    store, report = run(tmp_path, feeds)
    with store:
        assert_good_stored(store)
        errors = column(store, "SELECT id, last_error FROM feeds")
    assert all("not a feed" in errors[fid] for fid in ("path", "file-url", "http-url"))
    assert http_server.requests_for("/elsewhere.xml") == []
    assert state_has(tmp_path / "state", marker) == []
    assert report.feeds_failed == 3


# --- 9. entries -------------------------------------------------------------------------------


def entry_xml(
    title: str | None,
    link: str | None,
    guid: str | None,
    date: str | None,
    body: str = "Acme Robotics has postponed its IPO until 2027, it said.",
) -> str:
    parts = [
        f"<title>{title}</title>" if title is not None else "",
        f"<link>{link}</link>" if link is not None else "",
        f"<guid isPermaLink='false'>{guid}</guid>" if guid is not None else "",
        f"<pubDate>{date}</pubDate>" if date is not None else "",
        f"<description>{body}</description>",
    ]
    return "<item>" + "".join(parts) + "</item>"


def feed_of(*items: str) -> bytes:
    return (HEAD + "".join(items) + "</channel></rss>").encode()


def test_odd_entries_give_no_duplicate_article_and_no_duplicate_alert(
    tmp_path: Path, http_server: LocalServer
) -> None:
    old = "Mon, 02 Jan 2023 10:00:00 GMT"
    first = feed_of(
        entry_xml("Acme delays IPO", "http://example.com/acme", "g1", old),
        entry_xml("Acme delays IPO (dup guid)", "http://example.com/acme-2", "g1", old),
        entry_xml(None, "http://example.com/untitled", "g2", old, "No title here at all."),
        entry_xml("No link", None, "g3", old, "An entry without a link."),
        entry_xml("No date", "http://example.com/nodate", "g4", None, "Undated."),
        entry_xml(
            "Far future",
            "http://example.com/future",
            "g5",
            "Fri, 01 Jan 2100 00:00:00 GMT",
            "From the future.",
        ),
        entry_xml(
            "Far past",
            "http://example.com/past",
            "g6",
            "Thu, 01 Jan 1970 00:00:00 GMT",
            "From the past.",
        ),
        entry_xml(None, None, None, None, "Nothing but a description."),
    )
    http_server.route("/nodate", Route(status=404))
    http_server.route(
        "/odd.xml",
        [
            Route(body=first, content_type=RSS_TYPE),
            Route(
                body=feed_of(
                    entry_xml("Acme delays IPO", "http://example.com/acme", "g1-new-guid", old),
                    entry_xml(
                        "Acme delays IPO", "http://example.com/acme?utm_source=x", "g1-newer", old
                    ),
                ),
                content_type=RSS_TYPE,
            ),
        ],
    )
    feeds = [good_feed(http_server), ("odd", http_server.url("/odd.xml"))]
    rules = write_rules(tmp_path, feeds)
    settings = load_settings(rules, env={})
    with Store.open(tmp_path / "state") as store:
        report = run_once(settings, store, clock=lambda: NOW)
        assert report.feeds_failed == 0
        rows = store.db.execute(
            "SELECT url, title, published FROM articles WHERE feed_id = 'odd'"
        ).fetchall()
        urls = [r[0] for r in rows]
        assert len(urls) == len(set(urls)) == 7  # the duplicate guid dropped
        by_url = {r[0]: r for r in rows}
        for url in (
            "http://example.com/future",
            "http://example.com/past",
            "http://example.com/nodate",
        ):  # implausible dates: "first seen" instead
            assert datetime.fromisoformat(by_url[url][2]) == NOW
        alerts = [tuple(r) for r in store.db.execute("SELECT key FROM alerts")]
        again = run_once(settings, store, force=True, clock=lambda: NOW + timedelta(minutes=5))
        assert again.new_articles == 0 and again.alerts == 0
        assert (
            store.db.execute(
                "SELECT count(*) FROM articles WHERE url LIKE 'http://example.com/acme%'"
            ).fetchone()[0]
            == 1
        )
        assert [tuple(r) for r in store.db.execute("SELECT key FROM alerts")] == alerts


# --- 13. dates feedparser misreads ------------------------------------------------------------

ODD_DATES = [
    "0000-00-00",
    "1767225600",
    "2026年3月1日",
    "Fri, 31 Dec 9999 23:59:59 GMT",
    "9999-12-31T23:59:59Z",
    "not a date",
    "Mon, 32 Foo 2026 99:99:99 +9999",
]


def test_misread_dates_degrade_to_first_seen(tmp_path: Path, http_server: LocalServer) -> None:
    items = [
        entry_xml(f"Dated {i}", f"http://example.com/d{i}", f"d{i}", d, f"Body {i}.")
        for i, d in enumerate(ODD_DATES)
    ]
    atom = (
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>A</title>"
        "<entry><title>Atom 9999</title><id>a1</id><link href='http://example.com/a1'/>"
        "<updated>9999-12-31T23:59:59Z</updated><published>0000-00-00T00:00:00Z</published>"
        "<summary>Atom body.</summary></entry></feed>"
    )
    feeds = [
        good_feed(http_server),
        (
            "dates",
            http_server.route("/dates.xml", Route(body=feed_of(*items), content_type=RSS_TYPE)),
        ),
        (
            "atom",
            http_server.route(
                "/atom.xml", Route(body=atom.encode(), content_type="application/atom+xml")
            ),
        ),
    ]
    store, report = run(tmp_path, feeds)
    with store:
        assert_good_stored(store)
        published = [
            datetime.fromisoformat(r[0])
            for r in store.db.execute(
                "SELECT published FROM articles WHERE feed_id IN ('dates', 'atom')"
            )
        ]
    assert report.feeds_failed == 0 and len(published) == len(ODD_DATES) + 1
    assert all(
        datetime(1990, 1, 1, tzinfo=UTC) <= p <= NOW + timedelta(days=2) for p in published
    ), published
