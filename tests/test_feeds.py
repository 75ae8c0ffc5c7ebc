from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.servers import LocalServer, Route
from watch.config import FetchConfig
from watch.errors import FeedError
from watch.feeds import (
    canonical_url,
    is_due,
    next_poll_at,
    parse_feed,
    plain_text,
    plausible_date,
    poll,
)
from watch.fetching.fetch import Fetcher
from watch.models import FeedOutcome, FeedResult, FeedState, FetchResult, Validators

DATA = Path(__file__).parent / "data" / "feeds"
NOW = datetime(2025, 10, 1, tzinfo=UTC)


def fetched(
    body: bytes,
    content_type: str = "application/rss+xml; charset=utf-8",
    url: str = "https://news.example.com/feed/rss",
) -> FetchResult:
    return FetchResult(url, url, 200, {"content-type": content_type}, body, Validators(), 0.01)


def as_json(parsed: object, url: str) -> dict[str, object]:
    return {
        "url": url,
        "title": parsed.title,  # type: ignore[attr-defined]
        "bozo": parsed.bozo,  # type: ignore[attr-defined]
        "entries": [
            {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in vars(e).items()}
            for e in parsed.entries  # type: ignore[attr-defined]
        ],
    }


# --- golden feeds -----------------------------------------------------------------------------

GOLDEN = ["rss20.xml", "atom.xml", "rss10.rdf", "malformed.xml", "gbk-declared-utf8.xml"]


@pytest.mark.parametrize("name", GOLDEN)
def test_golden_feeds(name: str) -> None:
    expected = json.loads((DATA / (name.rsplit(".", 1)[0] + ".expected.json")).read_text("utf-8"))
    result = fetched((DATA / name).read_bytes(), url=expected["url"])
    assert as_json(parse_feed(result, "golden", now=NOW), expected["url"]) == expected


def test_golden_rss20_highlights() -> None:
    parsed = parse_feed(fetched((DATA / "rss20.xml").read_bytes()), "rss", now=NOW)
    first, relative, script, future = parsed.entries
    assert first.url == "https://news.example.com/2025/09/nvidia-openai?id=42"
    assert "alert" not in first.text and "<b>" not in first.text and "\n" in first.text
    assert first.published == datetime(2025, 9, 22, 20, 5, tzinfo=UTC)  # -0400 to UTC
    assert relative.url == "https://news.example.com/2025/09/relative?page=2"
    assert relative.guid == relative.url  # no guid: the canonical link
    assert (script.url, script.link, script.published) == (None, None, None)  # 1970 is absurd
    assert script.guid.startswith("sha256:")
    assert future.published is None
    assert parsed.bozo is None


def test_malformed_xml_keeps_salvaged_entries_with_the_reason() -> None:
    parsed = parse_feed(fetched((DATA / "malformed.xml").read_bytes()), "broken", now=NOW)
    assert [e.title for e in parsed.entries] == ["First entry survives", "Second entry survives"]
    assert parsed.bozo is not None and "not well-formed" in parsed.bozo


def test_gbk_declared_utf8_is_not_stored_as_mojibake() -> None:
    parsed = parse_feed(fetched((DATA / "gbk-declared-utf8.xml").read_bytes()), "gbk", now=NOW)
    assert parsed.title == "新浪财经"
    assert parsed.entries[0].title == "英伟达与OpenAI签署意向书"
    assert parsed.entries[0].text == "双方将部署至少10吉瓦的英伟达系统。"


def test_latin1_declared_utf8_is_undecodable_not_mojibake() -> None:
    body = (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        "<item><title>Café crème à la française</title></item></channel></rss>"
    ).encode("latin-1")
    with pytest.raises(FeedError, match="undecodable"):
        parse_feed(fetched(body), "latin", now=NOW)


@pytest.mark.parametrize("mark", ["\ufffd", "&#xFFFD;"])
def test_a_replacement_character_the_publisher_wrote_is_kept(mark: str) -> None:
    # valid UTF-8 decodes without replacement: this one is in the feed, not a decoding error
    body = (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>t</title>"
        f"<item><title>Nvidia {mark} OpenAI</title><link>https://a.example/1</link></item>"
        "<item><title>英伟达</title><link>https://a.example/2</link></item></channel></rss>"
    ).encode()
    parsed = parse_feed(fetched(body), "literal", now=NOW)
    assert [e.title for e in parsed.entries] == ["Nvidia \ufffd OpenAI", "英伟达"]


def test_properly_declared_utf16_is_read() -> None:
    body = (
        '<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel>'
        "<item><title>双方 ok</title><link>https://a.example/1</link></item></channel></rss>"
    ).encode("utf-16")
    assert (
        parse_feed(fetched(body, "application/xml"), "u16", now=NOW).entries[0].title == "双方 ok"
    )


# --- not feeds --------------------------------------------------------------------------------


def test_html_page_served_as_a_feed_is_not_a_feed() -> None:
    with pytest.raises(FeedError, match="not a feed") as caught:
        parse_feed(fetched((DATA / "page.html").read_bytes(), "text/html; charset=utf-8"), "html")
    assert caught.value.feed == "html"


@pytest.mark.parametrize("body", [b"", b"   \n", b"\xef\xbb\xbf"])
def test_empty_body_is_not_a_feed(body: bytes) -> None:
    with pytest.raises(FeedError, match=r"not a feed \(empty body\)"):
        parse_feed(fetched(body), "empty")


def test_well_formed_feed_without_entries_is_fine() -> None:
    body = b'<rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    parsed = parse_feed(fetched(body), "quiet")
    assert (parsed.title, parsed.entries, parsed.bozo) == ("Quiet", (), None)


def test_truncated_feed_with_no_entries_is_an_error() -> None:
    with pytest.raises(FeedError, match="malformed feed with no entries"):
        parse_feed(fetched(b'<?xml version="1.0"?><rss version="2.0"><channel><title>t'), "cut")


@pytest.mark.parametrize(
    "body",
    [
        b"<rss><item><title>a &#99999999999; b</title></item></rss>",  # OverflowError inside
        b"<rss><item><title>a &#xD800; b</title></item></rss>",  # UnicodeEncodeError inside
    ],
    ids=["huge-charref", "surrogate-charref"],
)
def test_charrefs_feedparser_crashes_on_are_dropped(body: bytes) -> None:
    parsed = parse_feed(fetched(body, "application/xml"), "crash")
    assert [e.title for e in parsed.entries] == ["a b"]


def test_a_feedparser_crash_is_the_feeds_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import feedparser

    def explode(*args: object, **kwargs: object) -> None:
        raise OverflowError("int too large")

    monkeypatch.setattr(feedparser, "parse", explode)
    with pytest.raises(FeedError, match="feed parser failed"):
        parse_feed(fetched(b"<rss><item><title>x</title></item></rss>", "application/xml"), "x")


# --- hostile XML ------------------------------------------------------------------------------


def test_billion_laughs_is_not_expanded() -> None:
    levels = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    body = (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n' + "\n".join(levels) + "\n]>\n"
        '<rss version="2.0"><channel><title>&lol9;</title>'
        "<item><title>&lol9;</title><description>&lol9;</description>"
        "<link>https://a.example/1</link></item></channel></rss>"
    ).encode()
    started = time.monotonic()
    parsed = parse_feed(fetched(body, "application/xml"), "lol", now=NOW)
    assert time.monotonic() - started < 20  # an expansion would run for minutes
    entry = parsed.entries[0]
    assert len(entry.title) < 50 and len(entry.text) < 50
    assert "lollol" not in entry.title + entry.text


def test_quadratic_entity_blowup_is_not_expanded() -> None:
    # One "safe" 100 KB entity referenced 20,000 times: expat stops it, but feedparser's loose
    # parser would then expand it to 2 GB (minutes of CPU) unless declarations are stripped.
    body = (
        b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY big "' + b"A" * 100_000 + b'">\n]>\n'
        b'<rss version="2.0"><channel><title>t</title><item><title>x</title><description>'
        + b"&big;" * 20_000
        + b"</description><link>https://a.example/1</link></item></channel></rss>"
    )
    started = time.monotonic()
    parsed = parse_feed(fetched(body, "application/xml"), "quad", now=NOW)
    assert time.monotonic() - started < 20  # an expansion would run for minutes
    assert len(parsed.entries[0].text) < len(body)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_external_entity_never_reads_the_file(tmp_path: Path, encoding: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    body = (
        f'<?xml version="1.0" encoding="{encoding}"?>\n'
        f'<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM "{secret.as_uri()}">\n'
        f'<!ENTITY % remote SYSTEM "{secret.as_uri()}">\n%remote;\n]>\n'
        '<rss version="2.0"><channel><title>&xxe;</title><item><title>a &xxe; b</title>'
        "<description>&xxe;</description><link>https://a.example/1</link></item>"
        "</channel></rss>"
    ).encode(encoding)
    parsed = parse_feed(fetched(body, "application/xml"), "xxe", now=NOW)
    everything = parsed.title + "".join(e.title + e.text + e.guid for e in parsed.entries)
    assert parsed.entries, "the entry itself should survive"
    assert "TOP-SECRET" not in everything


# --- normalisation ----------------------------------------------------------------------------

CANONICAL = [
    ("HTTP://Example.COM/a/b", "http://example.com/a/b"),
    ("https://example.com:443/x", "https://example.com/x"),
    ("http://example.com:80/x", "http://example.com/x"),
    ("http://example.com:8080/x", "http://example.com:8080/x"),
    ("https://example.com", "https://example.com/"),
    ("https://example.com/a#section-2", "https://example.com/a"),
    ("https://example.com/a?utm_source=x&utm_MEDIUM=y&id=7", "https://example.com/a?id=7"),
    ("https://example.com/a?b=2&fbclid=Z&a=1&gclid=Q", "https://example.com/a?b=2&a=1"),
    ("https://example.com/a?mc_cid=1&mc_eid=2&ref_src=twsrc&spm=a.b.c", "https://example.com/a"),
    (
        "https://example.com/a?q=%E4%B8%AD&x=a+b&utm_term=z",
        "https://example.com/a?q=%E4%B8%AD&x=a+b",
    ),
    ("https://example.com/a?flag&utm_id=1&empty=", "https://example.com/a?flag&empty="),
    ("https://example.com/Path/Case?Q=Keep", "https://example.com/Path/Case?Q=Keep"),
    ("https://[2001:DB8::1]:443/x", "https://[2001:db8::1]/x"),
    ("  https://example.com/trim  ", "https://example.com/trim"),
]


@pytest.mark.parametrize(("raw", "expected"), CANONICAL)
def test_canonical_url(raw: str, expected: str) -> None:
    assert canonical_url(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["javascript:alert(1)", "data:text/html,hi", "file:///etc/passwd", "/relative", "http://"],
)
def test_canonical_url_refuses_non_http(raw: str) -> None:
    with pytest.raises(ValueError):
        canonical_url(raw)


def test_entry_links_only_http_and_resolved_against_the_final_url() -> None:
    items = "".join(
        f"<item><title>{i}</title><link>{link}</link></item>"
        for i, link in enumerate(
            ["rel/one?utm_source=a", "//cdn.example.net/two", "data:text/html,x", "file:///etc/x"]
        )
    )
    body = f'<rss version="2.0"><channel>{items}</channel></rss>'.encode()
    result = FetchResult(
        "https://old.example/feed",
        "https://new.example/feeds/main.xml",
        200,
        {"content-type": "application/rss+xml"},
        body,
        Validators(),
        0.0,
    )
    urls = [e.url for e in parse_feed(result, "links", now=NOW).entries]
    assert urls == ["https://new.example/feeds/rel/one", "https://cdn.example.net/two", None, None]


@pytest.mark.parametrize(
    ("value", "is_html", "expected"),
    [
        ("<p>Hello <b>world</b></p>", True, "Hello world"),
        ("a<br>b", True, "a b"),
        ("Tom &amp; Jerry &#x4e2d;", True, "Tom & Jerry 中"),
        ("&amp;lt;", True, "&lt;"),  # entities decoded once, not twice
        ("x<script>evil()</script>y<style>p{}</style>z", True, "xyz"),
        ("tab\tnew\nline   spaces\u3000wide", True, "tab new line spaces wide"),
        ("nul\x00bell\x07del\x7fc1\x85end", True, "nul bell del c1 end"),
        ("lone \ud800 surrogate", True, "lone \ufffd surrogate"),
        ("1 < 2 <b>bold</b>", False, "1 < 2 <b>bold</b>"),  # text/plain keeps angle brackets
    ],
)
def test_plain_text(value: str, is_html: bool, expected: str) -> None:
    assert plain_text(value, is_html=is_html) == expected


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (None, None),
        (datetime(2025, 9, 30, 12, tzinfo=UTC), datetime(2025, 9, 30, 12, tzinfo=UTC)),
        (datetime(1990, 1, 1, tzinfo=UTC), datetime(1990, 1, 1, tzinfo=UTC)),
        (datetime(1989, 12, 31, 23, 59, tzinfo=UTC), None),
        (datetime(1970, 1, 1, tzinfo=UTC), None),
        (NOW + timedelta(days=2), NOW + timedelta(days=2)),
        (NOW + timedelta(days=2, seconds=1), None),
        (datetime(2025, 10, 1, 8, tzinfo=UTC).astimezone(), datetime(2025, 10, 1, 8, tzinfo=UTC)),
        (datetime(2025, 9, 1), datetime(2025, 9, 1, tzinfo=UTC)),  # naive is taken as UTC
    ],
)
def test_plausible_date(when: datetime | None, expected: datetime | None) -> None:
    assert plausible_date(when, NOW) == expected


# --- scheduling decisions ---------------------------------------------------------------------

OK = FeedResult("f", FeedOutcome.OK)
NOT_MODIFIED = FeedResult("f", FeedOutcome.NOT_MODIFIED)
ERROR = FeedResult("f", FeedOutcome.ERROR, error="HTTP 500")
HOUR = 3600.0


@pytest.mark.parametrize(
    ("result", "failures_before", "interval", "delay", "failures"),
    [
        (OK, 0, 900, 900, 0),
        (OK, 7, 900, 900, 0),  # success resets
        (NOT_MODIFIED, 3, 900, 900, 0),
        (ERROR, 0, 900, 900, 1),
        (ERROR, 1, 900, 1800, 2),
        (ERROR, 2, 900, 3600, 3),
        (ERROR, 6, 900, 57600, 7),
        (ERROR, 7, 900, 24 * HOUR, 8),  # 115200 s capped at a day
        (ERROR, 500, 900, 24 * HOUR, 501),  # no overflow
        (ERROR, 0, 2 * 24 * HOUR, 2 * 24 * HOUR, 1),  # a long interval is not shortened
        (FeedResult("f", FeedOutcome.ERROR, retry_after=7200), 0, 900, 7200, 1),
        (FeedResult("f", FeedOutcome.ERROR, retry_after=60), 3, 900, 7200, 4),  # backoff wins
        (FeedResult("f", FeedOutcome.ERROR, retry_after=3 * 24 * HOUR), 9, 900, 3 * 24 * HOUR, 10),
    ],
)
def test_backoff_decision_table(
    result: FeedResult, failures_before: int, interval: float, delay: float, failures: int
) -> None:
    assert next_poll_at(result, failures_before, NOW, interval) == (
        NOW + timedelta(seconds=delay),
        failures,
    )


@pytest.mark.parametrize(
    ("next_at", "due"),
    [
        (None, True),
        (NOW - timedelta(seconds=1), True),
        (NOW, True),
        (NOW + timedelta(seconds=1), False),
    ],
)
def test_is_due(next_at: datetime | None, due: bool) -> None:
    assert is_due(FeedState("f", "https://a.example/feed", next_poll_at=next_at), NOW) is due


# --- polling a real server --------------------------------------------------------------------


@pytest.fixture
def fetcher() -> Fetcher:
    return Fetcher(FetchConfig(timeout=1.0, allow_private_networks=["127.0.0.1/32"]))


def test_poll_then_not_modified(http_server: LocalServer, fetcher: Fetcher) -> None:
    body = (DATA / "rss20.xml").read_bytes()
    url = http_server.route(
        "/rss", Route(body=body, content_type="application/rss+xml", etag='"r1"')
    )
    with fetcher:
        first = poll(fetcher, FeedState("news", url), now=NOW)
        second = poll(fetcher, FeedState("news", url, validators=first.validators), now=NOW)
    assert first.outcome is FeedOutcome.OK and len(first.entries) == 4
    assert first.validators == Validators('"r1"', None)
    assert second == FeedResult("news", FeedOutcome.NOT_MODIFIED, validators=Validators('"r1"'))
    sent = http_server.requests_for("/rss")
    assert sent[1].headers["if-none-match"] == '"r1"'
    assert "application/rss+xml" in sent[0].headers["accept"]


def test_poll_relative_links_use_the_final_url(http_server: LocalServer, fetcher: Fetcher) -> None:
    body = b'<rss version="2.0"><channel><item><title>t</title><link>item/1</link></item>'
    body += b"</channel></rss>"
    http_server.route("/feeds/current.xml", Route(body=body, content_type="application/rss+xml"))
    url = http_server.route("/old.xml", Route.redirect("/feeds/current.xml", status=301))
    with fetcher:
        result = poll(fetcher, FeedState("moved", url), now=NOW)
    assert result.entries[0].url == http_server.url("/feeds/item/1")


def test_poll_error_keeps_validators_and_never_raises(
    http_server: LocalServer, fetcher: Fetcher
) -> None:
    url = http_server.route("/down", Route(status=503, headers={"Retry-After": "120"}))
    page = http_server.route(
        "/page", Route(body=(DATA / "page.html").read_bytes(), content_type="text/html")
    )
    old = Validators('"old"', "Mon, 01 Sep 2025 00:00:00 GMT")
    with fetcher:
        down = poll(fetcher, FeedState("down", url, validators=old), now=NOW)
        html = poll(fetcher, FeedState("html", page, validators=old), now=NOW)
        refused = poll(fetcher, FeedState("ext", "http://10.1.2.3/feed"), now=NOW)
    assert (down.outcome, down.retry_after, down.validators) == (FeedOutcome.ERROR, 120.0, old)
    assert down.error is not None and "HTTP 503" in down.error
    assert (html.outcome, html.validators) == (FeedOutcome.ERROR, old)
    assert html.error is not None and "not a feed" in html.error
    assert refused.outcome is FeedOutcome.ERROR and "not public" in (refused.error or "")


def test_poll_salvaged_feed_reports_bozo(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.route("/broken", Route(body=(DATA / "malformed.xml").read_bytes()))
    with fetcher:
        result = poll(fetcher, FeedState("broken", url), now=NOW)
    assert result.outcome is FeedOutcome.OK and len(result.entries) == 2
    assert result.bozo is not None


def test_the_strict_parser_here_is_expat_without_external_entities() -> None:
    """Which XML parser feedparser's strict path takes on this machine: expat through xml.sax
    (no libxml2 driver installed), with external general entities off; malformed XML falls back
    to the loose parser, which is why entity declarations are stripped before parsing."""
    import xml.sax
    import xml.sax.handler

    import feedparser.api

    parser = xml.sax.make_parser(feedparser.api.PREFERRED_XML_PARSERS)
    assert type(parser).__module__ == "xml.sax.expatreader"
    assert not parser.getFeature(xml.sax.handler.feature_external_ges)
    assert "saxparser.setFeature(xml.sax.handler.feature_external_ges, 0)" in (
        Path(feedparser.api.__file__).read_text(encoding="utf-8")
    )  # and feedparser turns them off itself too


def test_feed_errors_cross_process_boundaries_intact() -> None:
    """Feeds are parsed in a worker process; its FeedError must arrive whole."""
    import pickle

    error = pickle.loads(pickle.dumps(FeedError("f1", "not a feed (no RSS/Atom/RDF root)")))
    assert (error.feed, error.message, str(error)) == (
        "f1",
        "not a feed (no RSS/Atom/RDF root)",
        "feed f1: not a feed (no RSS/Atom/RDF root)",
    )
