"""The connection layer under httpx: deadlines on every socket operation, and connections
opened only to addresses the policy accepted at connect time.

httpx knows only per-operation timeouts, so a server dripping a byte a second never trips them:
`DeadlineStream` gives every read and write the time left before the current fetch's
`Deadline` (kept per thread: the sync client does a request's socket I/O on the calling
thread). `GuardedBackend` resolves, checks and connects in one step, which closes the
DNS-rebinding gap between checking an address and connecting to it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpcore
import httpx

from watch.errors import FetchTimeout
from watch.fetching.netpolicy import AddressPolicy

Clock = Callable[[], float]


class Deadline:
    """When the current fetch must be done: `seconds` of network time from its start."""

    def __init__(self, clock: Clock, seconds: float) -> None:
        self.clock = clock
        self.seconds = seconds
        self.end = clock() + seconds

    def remaining(self) -> float:
        return self.end - self.clock()

    def check(self, url: str) -> None:
        """Raise FetchTimeout once the deadline has passed."""
        if self.remaining() <= 0:
            raise FetchTimeout(url, f"no complete answer within {self.seconds:g}s")

    def timeout(self) -> httpx.Timeout:
        return httpx.Timeout(max(self.remaining(), 0.001))

    def extend(self, seconds: float) -> None:
        """Give back time spent queueing (waiting for a per-host slot), which is not the
        server's doing: the deadline bounds the exchange with the server."""
        self.end += seconds


# The deadline of the fetch running on this thread; the sync client does all socket I/O of a
# request on the calling thread, so this reaches `DeadlineStream` without touching httpx.
_current = threading.local()


def _budget(timeout: float | None) -> float | None:
    deadline: Deadline | None = getattr(_current, "deadline", None)
    if deadline is None:
        return timeout
    left = deadline.remaining()
    return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read/write ends by the current fetch's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        left = _budget(timeout)
        if left is not None and left <= 0:
            raise httpcore.ReadTimeout("the request deadline passed")
        return self._inner.read(max_bytes, left)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        left = _budget(timeout)
        if left is not None and left <= 0:
            raise httpcore.WriteTimeout("the request deadline passed")
        self._inner.write(buffer, left)

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _budget(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.SyncBackend):
    """Resolves, checks and connects in one step, so the address used is the address checked."""

    def __init__(self, policy: AddressPolicy) -> None:
        self._policy = policy

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        addresses = self._policy.resolve_allowed(host, port)
        last: httpcore.ConnectError | None = None
        for address in addresses:
            left = _budget(timeout)
            if left is not None and left <= 0:
                # socket.settimeout() refuses a negative value with a ValueError, which no
                # layer above maps to a timeout: it would abort the whole run. The deadline
                # can pass here after a wait for a per-host slot or a pooled connection.
                raise httpcore.ConnectTimeout("the request deadline passed")
            try:
                # An IP literal: the parent connects without resolving again. TLS still verifies
                # the certificate against the URL's host, which httpcore passes to start_tls.
                stream = super().connect_tcp(address, port, left, local_address, socket_options)
            except httpcore.ConnectError as exc:
                last = exc
                continue
            return DeadlineStream(stream)
        raise last or httpcore.ConnectError(f"no address to connect to for {host}")


def install_guard(transport: httpx.HTTPTransport, policy: AddressPolicy) -> None:
    # httpx does not take a network backend in its constructor; its pool does. Fail loudly if a
    # future httpx moves it, rather than silently losing the deadline and the address pinning.
    pool = getattr(transport, "_pool", None)
    if not isinstance(pool, httpcore.ConnectionPool) or not hasattr(pool, "_network_backend"):
        raise RuntimeError("httpx internals changed: cannot install the guarded network backend")
    pool._network_backend = GuardedBackend(policy)


@contextmanager
def running(deadline: Deadline) -> Iterator[None]:
    """Make `deadline` the one every socket operation on this thread answers to."""
    previous = getattr(_current, "deadline", None)
    _current.deadline = deadline
    try:
        yield
    finally:
        _current.deadline = previous
