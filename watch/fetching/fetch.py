"""HTTP fetching: conditional GET, one deadline per request, a size cap, checked redirects.

`Fetcher.fetch(url, validators)` returns a `FetchResult` for a 2xx or 304 and raises a
`FetchError` for everything else (see `watch.errors`). It is built on ONE shared synchronous
`httpx.Client` and is safe to call from many threads; a semaphore per host keeps it polite.

Guarantees, and how they are kept:

* Deadline: `timeout` bounds the whole call — redirects, connect, headers and body. httpx only
  knows per-operation timeouts (a server dripping a byte a second never trips them), so every
  socket read and write made for this call is given the time that is left (`DeadlineStream`,
  driven by a thread-local deadline) and the clock is checked again after every body chunk.
* Size: the raw stream is read with `iter_raw()` and inflated here with `zlib`, never more than
  the cap at a time (`decompress(data, max_length)`), so a gzip bomb stops at the cap. Stacked
  (`gzip, gzip`) and unknown encodings are refused. Brotli is not advertised: the bindings
  available cannot bound their output per call.
* Addresses: every hop is checked by `AddressPolicy.check_url`, and the connection itself is
  opened only to addresses the policy accepted at connect time (`GuardedBackend`), which closes
  the DNS-rebinding gap between the check and the connect.
* Errors: httpx's exceptions become `FetchError`s in one place, `_translated`.
"""

from __future__ import annotations

import email.utils
import re
import threading
import time
import zlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

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
from watch.fetching.netpolicy import AddressPolicy
from watch.fetching.transport import Deadline, install_guard, running
from watch.models import FetchResult, Validators

MAX_REDIRECTS = 5
QUEUE_FACTOR = 10  # a request waits at most this many timeouts for a per-host slot
MAX_RETRY_AFTER = 7 * 24 * 3600.0
ACCEPT_ENCODING = "gzip, deflate"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_GZIP_WBITS = 16 + zlib.MAX_WBITS

Clock = Callable[[], float]


# s: the one place httpx exceptions are translated ------------------------------------


@contextmanager
def _translated(url: str, deadline: Deadline) -> Iterator[None]:
    try:
        yield
    except BlockedAddress as exc:
        if exc.url == url:
            raise
        raise BlockedAddress(url, exc.message) from exc  # raised at connect time, named by host
    except httpx.TimeoutException as exc:
        raise FetchTimeout(url, f"no complete answer within {deadline.seconds:g}s") from exc
    except httpx.ConnectError as exc:
        raise FetchError(url, f"cannot connect: {exc or 'connection refused'}") from exc
    except httpx.TransportError as exc:
        if deadline.remaining() <= 0:
            raise FetchTimeout(url, f"no complete answer within {deadline.seconds:g}s") from exc
        raise FetchError(url, f"{type(exc).__name__}: {exc}") from exc
    except httpx.InvalidURL as exc:
        raise FetchError(url, f"invalid URL: {exc}") from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, f"{type(exc).__name__}: {exc}") from exc


# --- decoding ---------------------------------------------------------------------------------


class _BoundedDecoder:
    """Undoes one Content-Encoding, refusing to produce more than `cap` bytes."""

    def __init__(self, content_encoding: str, cap: int, url: str) -> None:
        codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        if len(codings) > 1:
            raise BadEncoding(url, f"stacked Content-Encoding {content_encoding!r} refused")
        self.coding = codings[0] if codings else "identity"
        if self.coding == "x-gzip":
            self.coding = "gzip"
        if self.coding not in ("identity", "gzip", "deflate"):
            raise BadEncoding(url, f"unsupported Content-Encoding {self.coding!r}")
        self._cap = cap
        self._url = url
        self._parts: list[bytes] = []
        self._size = 0
        self._started = False
        wbits = _GZIP_WBITS if self.coding == "gzip" else zlib.MAX_WBITS
        self._inflater = zlib.decompressobj(wbits)

    def _append(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._cap:
            raise TooLarge(self._url, f"body passes the {self._cap}-byte cap after decoding")
        self._parts.append(data)

    def feed(self, data: bytes) -> None:
        """Raises TooLarge past the cap, BadEncoding on a corrupt stream."""
        if self.coding == "identity":
            self._append(data)
            return
        while data:
            if self._inflater.eof:
                if self.coding == "deflate" or not data.strip(b"\0"):
                    return  # trailing bytes after the stream; browsers ignore them too
                self._inflater = zlib.decompressobj(_GZIP_WBITS)  # next gzip member
            data = self._inflate(data)

    def _inflate(self, data: bytes) -> bytes:
        try:
            out = self._inflater.decompress(data, self._cap - self._size + 1)
        except zlib.error as exc:
            if self.coding == "deflate" and not self._started:
                # Many servers send raw deflate under "deflate"; retry once without the header.
                self._started = True
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                return data
            raise BadEncoding(self._url, f"corrupt {self.coding} stream: {exc}") from exc
        self._started = True
        self._append(out)
        if self._inflater.unconsumed_tail:
            return self._inflater.unconsumed_tail
        return self._inflater.unused_data if self._inflater.eof else b""

    def finish(self) -> bytes:
        """The decoded body. Raises BadEncoding when a compressed stream was cut short."""
        if self.coding != "identity" and self._started and not self._inflater.eof:
            raise BadEncoding(self._url, f"truncated {self.coding} stream")
        return b"".join(self._parts)


# --- pure helpers -----------------------------------------------------------------------------


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After value (delta-seconds or HTTP date), clamped to
    [0, 7 days]; None when absent or unreadable. Raises nothing."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if re.fullmatch(r"[0-9]+", value):
        seconds = float(min(int(value), int(MAX_RETRY_AFTER)))
    else:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - now).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _validators(headers: Mapping[str, str], fallback: Validators | None = None) -> Validators:
    etag = headers.get("etag")
    modified = headers.get("last-modified")
    if fallback is not None:
        etag = etag or fallback.etag
        modified = modified or fallback.last_modified
    return Validators(etag=etag, last_modified=modified)


def _request_headers(validators: Validators | None, accept: str | None) -> dict[str, str]:
    headers = {"Accept": accept or "*/*"}
    if validators is not None:
        if validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
    return headers


# --- the fetcher ------------------------------------------------------------------------------


class Fetcher:
    """A thread-safe HTTP client for feeds and pages, configured by `FetchConfig`.

    `transport` replaces the network (e.g. `httpx.MockTransport` in unit tests); `policy`
    replaces the address policy built from `allow_private_networks` (with a MockTransport, pass
    e.g. `AddressPolicy(True)` or one with a fake resolver: URLs are still checked, and the
    system resolver would look the test's host names up). Use as a context manager or call
    `close()`.
    """

    def __init__(
        self,
        config: FetchConfig | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        policy: AddressPolicy | None = None,
        clock: Clock = time.monotonic,
    ) -> None:
        config = config or FetchConfig()
        self.config = config
        self.policy = policy or AddressPolicy(config.allow_private_networks)
        self._clock = clock
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._lock = threading.Lock()
        if transport is None:
            limits = httpx.Limits(
                max_connections=config.concurrency, max_keepalive_connections=config.concurrency
            )
            transport = httpx.HTTPTransport(limits=limits, retries=0)
            install_guard(transport, self.policy)
        # trust_env=False: a proxy from the environment would bypass the address checks.
        self._client = httpx.Client(
            transport=transport,
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": config.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the pooled connections."""
        self._client.close()

    def fetch(
        self,
        url: str,
        validators: Validators | None = None,
        *,
        max_bytes: int | None = None,
        accept: str | None = None,
    ) -> FetchResult:
        """GET `url`, conditionally when `validators` are given, following up to 5 redirects.

        Returns a FetchResult for 2xx and 304 (body b""). Raises BlockedAddress, FetchTimeout
        (the whole call passed `timeout`), TooLarge, BadEncoding, TooManyRedirects,
        HTTPStatusError (4xx/5xx, with Retry-After) or FetchError (DNS, refused, protocol).
        """
        cap = self.config.max_bytes if max_bytes is None else max_bytes
        deadline = Deadline(self._clock, self.config.timeout)
        with running(deadline):
            return self._follow(
                url, _request_headers(validators, accept), validators, cap, deadline
            )

    def _follow(
        self,
        url: str,
        headers: dict[str, str],
        validators: Validators | None,
        cap: int,
        deadline: Deadline,
    ) -> FetchResult:
        current, seen = url, {url}
        for _ in range(MAX_REDIRECTS + 1):
            self.policy.check_url(current)
            outcome = self._hop(url, current, headers, validators, cap, deadline)
            if isinstance(outcome, FetchResult):
                return outcome
            if outcome in seen:
                raise TooManyRedirects(url, f"redirect loop back to {outcome}")
            seen.add(outcome)
            current = outcome
        raise TooManyRedirects(url, f"more than {MAX_REDIRECTS} redirects")

    def _hop(
        self,
        url: str,
        current: str,
        headers: dict[str, str],
        validators: Validators | None,
        cap: int,
        deadline: Deadline,
    ) -> FetchResult | str:
        """One request: a FetchResult, or the next URL when redirected."""
        deadline.check(url)
        host = (urlsplit(current).hostname or "").lower()
        with self._slot(host, url, deadline), _translated(url, deadline):
            request = self._client.build_request(
                "GET", current, headers=headers, timeout=deadline.timeout()
            )
            response = self._client.send(request, stream=True)
            try:
                outcome = self._answer(url, current, response, validators, cap, deadline)
                if not isinstance(outcome, FetchResult) or outcome.status == 304:
                    _drain(response)  # a fully read answer keeps its connection for reuse
                return outcome
            finally:
                response.close()

    def _answer(
        self,
        url: str,
        current: str,
        response: httpx.Response,
        validators: Validators | None,
        cap: int,
        deadline: Deadline,
    ) -> FetchResult | str:
        status = response.status_code
        headers = {k.lower(): v for k, v in response.headers.items()}
        if status in _REDIRECTS:
            location = headers.get("location", "").strip()
            if not location:
                raise FetchError(url, f"HTTP {status} redirect without a Location")
            return urljoin(current, location).split("#", 1)[0]
        if status == 304:
            return FetchResult(
                url,
                current,
                304,
                headers,
                b"",
                _validators(headers, validators),
                self._elapsed(deadline),
            )
        if status >= 400:
            retry = parse_retry_after(headers.get("retry-after"), datetime.now(UTC))
            raise HTTPStatusError(url, status, retry)
        if not 200 <= status < 300:
            raise FetchError(url, f"unexpected HTTP {status}")
        body = self._read_body(url, response, headers, cap, deadline)
        return FetchResult(
            url, current, status, headers, body, _validators(headers), self._elapsed(deadline)
        )

    def _read_body(
        self,
        url: str,
        response: httpx.Response,
        headers: Mapping[str, str],
        cap: int,
        deadline: Deadline,
    ) -> bytes:
        length = headers.get("content-length", "").strip()
        if length.isdigit() and int(length) > cap:
            raise TooLarge(url, f"Content-Length {length} is over the {cap}-byte cap")
        decoder = _BoundedDecoder(headers.get("content-encoding", ""), cap, url)
        timeouts = response.request.extensions.get("timeout")
        if isinstance(timeouts, dict):
            # httpcore reads this once when the body starts: give it what is left, not the
            # budget the headers phase started with.
            timeouts["read"] = max(deadline.remaining(), 0.001)
        received = 0
        for chunk in response.iter_raw():
            deadline.check(url)
            received += len(chunk)
            if received > cap:
                raise TooLarge(url, f"body passes the {cap}-byte cap")
            decoder.feed(chunk)
        return decoder.finish()

    def _slot(self, host: str, url: str, deadline: Deadline) -> Any:
        with self._lock:
            semaphore = self._hosts.get(host)
            if semaphore is None:
                semaphore = self._hosts[host] = threading.BoundedSemaphore(self.config.per_host)
        return _held(semaphore, url, host, deadline)

    def _elapsed(self, deadline: Deadline) -> float:
        return deadline.seconds - deadline.remaining()


def _drain(response: httpx.Response, limit: int = 65_536) -> None:
    """Read what is left of a short answer (a 304, a redirect) so httpcore can reuse the
    connection; a body longer than `limit` is abandoned with the connection."""
    if response.is_stream_consumed:
        return
    received = 0
    for chunk in response.iter_raw():
        received += len(chunk)
        if received > limit:
            return


@contextmanager
def _held(
    semaphore: threading.BoundedSemaphore, url: str, host: str, deadline: Deadline
) -> Iterator[None]:
    # Queueing behind slow requests to the same host is politeness, not this server's fault:
    # the wait is bounded on its own, and given back to the request's deadline.
    limit = deadline.seconds * QUEUE_FACTOR
    started = deadline.clock()
    if not semaphore.acquire(timeout=limit):
        raise FetchTimeout(url, f"no free connection slot for {host} within {limit:g}s")
    deadline.extend(deadline.clock() - started)
    try:
        yield
    finally:
        semaphore.release()
