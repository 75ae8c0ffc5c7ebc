from __future__ import annotations

import gzip
import re
import socket
import threading
import time
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest

from tests.servers import LocalServer, Route, gzip_bomb, stacked_gzip_bomb
from watch.config import FetchConfig
from watch.errors import (
    BadEncoding,
    BlockedAddress,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    TooLarge,
    TooManyRedirects,
)
from watch.fetching.fetch import ACCEPT_ENCODING, Fetcher, parse_retry_after
from watch.fetching.netpolicy import AddressPolicy
from watch.models import Validators

LOOPBACK = ["127.0.0.1/32"]


def config(**overrides: object) -> FetchConfig:
    values: dict[str, object] = {"timeout": 2.0, "allow_private_networks": LOOPBACK}
    values.update(overrides)
    return FetchConfig(**values)  # type: ignore[arg-type]


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(config(timeout=1.0, max_bytes=1 << 20)) as f:
        yield f


def public_resolver(host: str, port: int) -> list[str]:
    """Every name is a public address; literal IPs are themselves."""
    return [host] if host[0].isdigit() or ":" in host else ["93.184.216.34"]


def raw(
    status: int = 200, headers: dict[str, str] | None = None, body: bytes = b""
) -> httpx.Response:
    """A response whose body is still a raw stream, as the network transport gives it
    (httpx decodes `content=` bodies eagerly, which would inflate a bomb in the test itself)."""
    return httpx.Response(status, headers=headers, stream=httpx.ByteStream(body))


def mock_fetcher(handler, **overrides: object) -> Fetcher:  # type: ignore[no-untyped-def]
    return Fetcher(
        config(**overrides),
        transport=httpx.MockTransport(handler),
        policy=AddressPolicy(resolver=public_resolver),
    )


# --- unit tests on MockTransport --------------------------------------------------------------


def test_validators_are_sent_and_304_returns_an_empty_body() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(304, headers={"ETag": '"v2"'})

    with mock_fetcher(handler) as f:
        result = f.fetch(
            "https://feeds.example/rss", Validators('"v1"', "Mon, 01 Sep 2025 00:00:00 GMT")
        )
    assert seen[0].headers["if-none-match"] == '"v1"'
    assert seen[0].headers["if-modified-since"] == "Mon, 01 Sep 2025 00:00:00 GMT"
    assert seen[0].headers["accept-encoding"] == ACCEPT_ENCODING
    assert result.status == 304 and result.not_modified and result.body == b""
    # the new ETag wins; the Last-Modified we sent is kept
    assert result.validators == Validators('"v2"', "Mon, 01 Sep 2025 00:00:00 GMT")


def test_headers_are_lower_cased_and_validators_read() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        headers = {
            "ETag": 'W/"abc"',
            "Last-Modified": "Tue, 02 Sep 2025 10:00:00 GMT",
            "X-Thing": "1",
        }
        return raw(200, headers, b"<rss/>")

    with mock_fetcher(handler) as f:
        result = f.fetch("https://feeds.example/rss")
    assert result.body == b"<rss/>"
    assert result.headers["x-thing"] == "1"
    assert all(name == name.lower() for name in result.headers)
    assert result.validators == Validators('W/"abc"', "Tue, 02 Sep 2025 10:00:00 GMT")
    assert result.final_url == result.url == "https://feeds.example/rss"


def test_relative_redirects_are_resolved_and_followed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old/feed":
            return httpx.Response(301, headers={"Location": "../new/feed?x=1"})
        return raw(200, body=b"moved")

    with mock_fetcher(handler) as f:
        result = f.fetch("https://feeds.example/old/feed")
    assert result.final_url == "https://feeds.example/new/feed?x=1"
    assert result.url == "https://feeds.example/old/feed"
    assert result.body == b"moved"


def test_redirect_to_a_private_address_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})

    with (
        mock_fetcher(handler) as f,
        pytest.raises(BlockedAddress, match=re.escape("169.254.169.254")),
    ):
        f.fetch("https://public.example/feed")


def test_more_than_five_redirects_is_too_many() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        hop = int(request.url.params.get("hop", "0"))
        return httpx.Response(302, headers={"Location": f"/r?hop={hop + 1}"})

    with mock_fetcher(handler) as f, pytest.raises(TooManyRedirects, match="more than 5"):
        f.fetch("https://feeds.example/r")


def test_redirect_without_location_is_an_error() -> None:
    with (
        mock_fetcher(lambda request: httpx.Response(302)) as f,
        pytest.raises(FetchError, match="without a Location"),
    ):
        f.fetch("https://feeds.example/r")


def test_declared_content_length_over_the_cap_is_refused_without_reading() -> None:
    class Untouchable(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            raise AssertionError("the body must not be read")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": "5000000"}, stream=Untouchable())

    with mock_fetcher(handler) as f, pytest.raises(TooLarge, match="Content-Length 5000000"):
        f.fetch("https://feeds.example/big", max_bytes=1_000_000)


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        ("gzip", gzip.compress(b"hello feed" * 100)),
        ("x-gzip", gzip.compress(b"hello feed" * 100)),
        ("deflate", zlib.compress(b"hello feed" * 100)),  # zlib-wrapped, as the RFC says
        ("deflate", zlib.compress(b"hello feed" * 100)[2:-4]),  # raw, as many servers send
        ("identity", b"hello feed" * 100),
        (
            "gzip",
            gzip.compress(b"hello feed" * 50) + gzip.compress(b"hello feed" * 50),
        ),  # 2 members
    ],
    ids=["gzip", "x-gzip", "deflate-zlib", "deflate-raw", "identity", "gzip-members"],
)
def test_content_encodings_are_decoded(encoding: str, body: bytes) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return raw(200, {"Content-Encoding": encoding}, body)

    with mock_fetcher(handler) as f:
        assert f.fetch("https://feeds.example/x").body == b"hello feed" * 100


@pytest.mark.parametrize(
    ("encoding", "body", "message"),
    [
        ("gzip, gzip", gzip.compress(gzip.compress(b"x")), "stacked"),
        ("br", b"\x0b\x02\x80hello\x03", "unsupported"),
        ("compress", b"\x1f\x9d", "unsupported"),
        ("gzip", b"this is not gzip at all", "corrupt gzip"),
        ("gzip", gzip.compress(b"y" * 10000)[:40], "truncated gzip"),
    ],
    ids=["stacked", "br-not-advertised", "unknown", "corrupt", "truncated"],
)
def test_bad_encodings_are_refused(encoding: str, body: bytes, message: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return raw(200, {"Content-Encoding": encoding}, body)

    with mock_fetcher(handler) as f, pytest.raises(BadEncoding, match=message):
        f.fetch("https://feeds.example/x")


def test_gzip_bomb_stops_at_the_cap_after_decompression() -> None:
    bomb = gzip_bomb(1 << 30)

    def handler(request: httpx.Request) -> httpx.Response:
        return raw(200, {"Content-Encoding": "gzip"}, bomb)

    started = time.monotonic()
    with (
        mock_fetcher(handler, max_bytes=1 << 20) as f,
        pytest.raises(TooLarge, match="after decoding"),
    ):
        f.fetch("https://feeds.example/bomb", max_bytes=2 << 20)
    assert time.monotonic() - started < 15  # inflating all 1 GiB would take far longer


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        ("0", 0.0),
        ("  30 ", 30.0),
        ("99999999999999999999", 7 * 24 * 3600.0),  # clamped to 7 days
        ("Wed, 01 Oct 2025 00:05:00 GMT", 300.0),
        ("Tue, 30 Sep 2025 23:00:00 GMT", 0.0),  # in the past
        ("Fri, 31 Oct 2025 00:00:00 GMT", 7 * 24 * 3600.0),
        ("-5", None),
        ("soon", None),
        ("", None),
        (None, None),
        ("١٢٠", None),  # non-ASCII digits are not delta-seconds
    ],
)
def test_retry_after_parsing(value: str | None, expected: float | None) -> None:
    now = datetime(2025, 10, 1, tzinfo=UTC)
    assert parse_retry_after(value, now) == expected


# --- against a real server on 127.0.0.1 -------------------------------------------------------


def test_conditional_get_returns_304_on_the_second_fetch(
    http_server: LocalServer, fetcher: Fetcher
) -> None:
    url = http_server.route(
        "/feed.xml",
        Route(body=b"<rss/>", etag='"v1"', last_modified="Mon, 22 Sep 2025 10:00:00 GMT"),
    )
    first = fetcher.fetch(url)
    second = fetcher.fetch(url, first.validators)
    assert (first.status, first.body) == (200, b"<rss/>")
    assert first.validators == Validators('"v1"', "Mon, 22 Sep 2025 10:00:00 GMT")
    assert (second.status, second.body) == (304, b"")
    requests = http_server.requests_for("/feed.xml")
    assert "if-none-match" not in requests[0].headers
    assert requests[1].headers["if-none-match"] == '"v1"'
    assert requests[1].headers["if-modified-since"] == "Mon, 22 Sep 2025 10:00:00 GMT"
    assert requests[1].headers["user-agent"].startswith("watch/")


def test_server_error_is_an_http_status_error(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.route("/boom", Route(status=500, body=b"oops"))
    with pytest.raises(HTTPStatusError) as caught:
        fetcher.fetch(url)
    assert (caught.value.status, caught.value.retry_after) == (500, None)
    assert str(caught.value) == f"{url}: HTTP 500"


def test_429_carries_retry_after(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.route("/busy", Route(status=429, headers={"Retry-After": "3600"}))
    with pytest.raises(HTTPStatusError) as caught:
        fetcher.fetch(url)
    assert (caught.value.status, caught.value.retry_after) == (429, 3600.0)


def test_dripping_body_hits_the_total_deadline(http_server: LocalServer) -> None:
    url = http_server.route("/drip", Route(body=b"x" * 30, drip=1.0))
    started = time.monotonic()
    with Fetcher(config(timeout=1.0)) as f, pytest.raises(FetchTimeout, match="within 1s"):
        f.fetch(url)
    assert time.monotonic() - started < 10  # the body alone takes 30 s


def test_hang_before_headers_hits_the_deadline(http_server: LocalServer) -> None:
    url = http_server.route("/hang", Route(body=b"late", delay=30))
    started = time.monotonic()
    with Fetcher(config(timeout=0.5)) as f, pytest.raises(FetchTimeout):
        f.fetch(url)
    assert time.monotonic() - started < 10  # the server waits 30 s


def test_dripping_headers_hit_the_deadline() -> None:
    # A status line, then one header byte every 50 ms for ever: each read succeeds, so only the
    # total deadline can end it.
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(4096)
            conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
            while not stop.wait(0.05):
                try:
                    conn.sendall(b"a")
                except OSError:
                    return

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    started = time.monotonic()
    try:
        with Fetcher(config(timeout=0.5)) as f, pytest.raises(FetchTimeout):
            f.fetch(f"http://127.0.0.1:{listener.getsockname()[1]}/feed")
        assert time.monotonic() - started < 10  # the headers never end
    finally:
        stop.set()
        listener.close()
        thread.join(timeout=2)


def test_hung_body_after_some_bytes_hits_the_deadline(http_server: LocalServer) -> None:
    # Headers come at once, then one byte, then nothing for 20 s: the read must not wait the
    # whole per-read budget again after the deadline.
    url = http_server.route("/stall", Route(body=b"ab", drip=0.05))
    started = time.monotonic()
    with Fetcher(config(timeout=0.5)) as f, pytest.raises(FetchTimeout):
        f.fetch(url)
    assert time.monotonic() - started < 10  # the second byte comes after 20 s


def test_the_deadline_covers_redirect_hops(http_server: LocalServer) -> None:
    # each hop alone fits in the deadline; together they do not
    http_server.route("/slow-hop", Route(status=302, headers={"Location": "/slow-end"}, delay=0.3))
    url = http_server.route("/start", Route.redirect("/slow-hop"))
    http_server.route("/slow-end", Route(body=b"done", delay=0.3))
    started = time.monotonic()
    with Fetcher(config(timeout=0.5)) as f, pytest.raises(FetchTimeout):  # the mechanism
        f.fetch(url)
    assert time.monotonic() - started < 5


def test_redirect_loop(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.route("/a", Route.redirect("/b"))
    http_server.route("/b", Route.redirect("/a", status=307))
    with pytest.raises(TooManyRedirects, match="loop"):
        fetcher.fetch(url)


@pytest.mark.parametrize(
    "target",
    [
        "http://10.0.0.1/feed",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://0x7f.0.0.2/",
    ],
)
def test_redirect_to_private_from_the_server(
    http_server: LocalServer, fetcher: Fetcher, target: str
) -> None:
    url = http_server.route("/go", Route.redirect(target))
    with pytest.raises(BlockedAddress):
        fetcher.fetch(url)


def test_loopback_is_blocked_without_the_allow_list(http_server: LocalServer) -> None:
    url = http_server.route("/feed", Route(body=b"x"))
    with Fetcher(FetchConfig(timeout=1.0)) as f, pytest.raises(BlockedAddress):
        f.fetch(url)
    assert http_server.requests == []  # refused before any connection


def test_oversized_body_is_too_large(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.route("/big", Route(body=b"x" * 200_000, chunked=True))
    with pytest.raises(TooLarge):
        fetcher.fetch(url, max_bytes=100_000)
    assert fetcher.fetch(url, max_bytes=200_000).body == b"x" * 200_000


def test_gzip_bomb_from_the_server_is_too_large_and_fast(
    http_server: LocalServer, fetcher: Fetcher
) -> None:
    bomb = gzip_bomb(1 << 30)  # 1 GiB inflated from about 1 MB, sent without a length
    url = http_server.route(
        "/bomb", Route(body=bomb, headers={"Content-Encoding": "gzip"}, chunked=True)
    )
    started = time.monotonic()
    with pytest.raises(TooLarge):
        fetcher.fetch(url)
    assert time.monotonic() - started < 15  # inflating all 1 GiB would take far longer


def test_stacked_gzip_is_refused(http_server: LocalServer, fetcher: Fetcher) -> None:
    bomb = stacked_gzip_bomb(1 << 30)
    assert len(bomb) < 10_000  # 1 GiB from a few KB
    url = http_server.route(
        "/stacked", Route(body=bomb, headers={"Content-Encoding": "gzip, gzip"})
    )
    with pytest.raises(BadEncoding, match="stacked"):
        fetcher.fetch(url)


def test_server_compression_round_trip(http_server: LocalServer, fetcher: Fetcher) -> None:
    url = http_server.route("/gz", Route(body=b"<rss>" + b"a" * 5000 + b"</rss>", compress="gzip"))
    result = fetcher.fetch(url)
    assert result.body == b"<rss>" + b"a" * 5000 + b"</rss>"
    assert result.headers["content-encoding"] == "gzip"


def test_connection_closed_mid_body_is_a_fetch_error(
    http_server: LocalServer, fetcher: Fetcher
) -> None:
    url = http_server.route("/cut", Route(body=b"y" * 1000, close_after=10))
    with pytest.raises(FetchError, match=r"incomplete|complete message body"):
        fetcher.fetch(url)


def test_refused_connection_is_a_clear_fetch_error(fetcher: Fetcher) -> None:
    probe = LocalServer()
    port = probe.port
    probe.stop()  # nothing listens there now
    with pytest.raises(FetchError, match="cannot connect") as caught:
        fetcher.fetch(f"http://127.0.0.1:{port}/feed")
    assert type(caught.value) is FetchError
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


def test_unresolvable_host_is_a_clear_fetch_error() -> None:
    with (
        Fetcher(FetchConfig(timeout=1.0)) as f,
        pytest.raises(FetchError, match="cannot resolve host"),
    ):
        f.fetch("http://no-such-host.invalid/feed")


def test_connection_goes_to_the_address_the_policy_checked(http_server: LocalServer) -> None:
    # "feeds.test" exists only in this resolver: reaching the server proves the connection
    # used the checked address instead of resolving the name again.
    url = http_server.route("/feed", Route(body=b"pinned"))
    pinned = url.replace("127.0.0.1", "feeds.test")
    policy = AddressPolicy(LOOPBACK, resolver=lambda host, port: ["127.0.0.1"])
    with Fetcher(config(), policy=policy) as f:
        assert f.fetch(pinned).body == b"pinned"
    assert http_server.requests_for("/feed")[0].headers["host"].startswith("feeds.test:")


def test_dns_rebinding_between_check_and_connect_is_refused(http_server: LocalServer) -> None:
    answers = iter([["93.184.216.34"], ["127.0.0.1"]])  # public when checked, loopback after
    policy = AddressPolicy(resolver=lambda host, port: next(answers))
    url = http_server.url("/feed").replace("127.0.0.1", "rebind.test")
    with (
        Fetcher(config(), policy=policy) as f,
        pytest.raises(BlockedAddress, match=re.escape("127.0.0.1")),
    ):
        f.fetch(url)
    assert http_server.requests == []


def test_a_host_is_looked_up_once_but_every_new_connection_is_checked(
    http_server: LocalServer,
) -> None:
    lookups: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        lookups.append(host)
        return ["127.0.0.1"] if len(lookups) <= 2 else ["10.0.0.9"]  # rebinds after two

    policy = AddressPolicy(["127.0.0.1/32"], resolver=resolver)
    url = http_server.route("/feed", Route(body=b"ok")).replace("127.0.0.1", "feeds.test")
    with Fetcher(config(), policy=policy) as f:
        assert [f.fetch(url).body for _ in range(3)] == [b"ok"] * 3
    assert lookups == ["feeds.test"] * 2  # the URL check once, the one connection once
    with (
        Fetcher(config(), policy=policy) as f,
        pytest.raises(BlockedAddress, match=re.escape("10.0.0.9")),
    ):
        f.fetch(url)  # a new connection resolves again, and is refused
    assert len(http_server.requests_for("/feed")) == 3


def test_per_host_limit_holds_across_threads(http_server: LocalServer) -> None:
    url = http_server.route("/slow", Route(body=b"ok", delay=0.2))
    results: list[bytes] = []
    with Fetcher(config(per_host=2, timeout=5.0)) as f:
        threads = [
            threading.Thread(target=lambda: results.append(f.fetch(url).body)) for _ in range(6)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert results == [b"ok"] * 6
    starts = sorted(r.at for r in http_server.requests_for("/slow"))
    # with 2 at a time and 0.2 s each, the 6 requests arrive in three waves
    assert starts[2] - starts[0] >= 0.15 and starts[4] - starts[2] >= 0.15


def test_server_stops_promptly_while_a_client_is_being_dripped() -> None:
    server = LocalServer().start()
    url = server.route("/drip", Route(body=b"x" * 100, drip=1.0))
    errors: list[Exception] = []

    def client() -> None:
        with Fetcher(config(timeout=30.0)) as f:
            try:
                f.fetch(url)
            except FetchError as exc:
                errors.append(exc)

    thread = threading.Thread(target=client, daemon=True)
    thread.start()
    time.sleep(0.3)  # the drip is under way
    started = time.monotonic()
    server.stop()
    thread.join(timeout=5)
    assert time.monotonic() - started < 5  # the drip alone would take much longer
    assert not thread.is_alive()
    assert len(errors) == 1 and not isinstance(errors[0], FetchTimeout)  # hung up, not timed out
