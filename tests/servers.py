"""A real HTTP/1.1 server on 127.0.0.1 for tests, configured with routes.

    server = LocalServer().start()
    server.route("/feed.xml", Route(body=rss, content_type="application/rss+xml", etag='"v1"'))
    server.route("/old", Route.redirect("/feed.xml"))
    server.route("/slow", Route(body=b"x" * 10, drip=1.0))       # one byte a second
    server.route("/seq", [Route(body=b"one"), Route(body=b"two")])  # successive answers
    url = server.url("/feed.xml")
    ...
    server.requests_for("/feed.xml")[-1].headers["if-none-match"]
    server.stop()

Every handler ends: drips and delays stop as soon as the server is stopped, idle keep-alive
connections time out, and `stop()` shuts down every open connection, so a test never hangs.
The `http_server` fixture in tests/conftest.py does the start/stop.
"""

from __future__ import annotations

import contextlib
import gzip
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Route:
    """How the server answers one path.

    status/headers/body: the answer. `content_type` is sent unless headers name one.
    etag / last_modified: sent, and a matching If-None-Match / If-Modified-Since gets a 304.
    delay: seconds to wait before the status line. drip: bytes per second for the body.
    close_after: send only this many body bytes (Content-Length still says all) and hang up.
    compress: "gzip", "deflate" or "gzip, gzip" — the server encodes `body` and says so.
    chunked: send the body with Transfer-Encoding: chunked (no Content-Length).
    stream: a callable returning an iterable of body pieces, sent instead of `body` and never
    held whole in memory (for bodies of hundreds of MB); chunked unless `headers` name a
    Content-Length (which may lie).
    """

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/plain; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    drip: float | None = None
    close_after: int | None = None
    compress: str | None = None
    chunked: bool = False
    stream: Callable[[], Iterable[bytes]] | None = None

    @classmethod
    def redirect(cls, location: str, status: int = 302) -> Route:
        return cls(status=status, headers={"Location": location})

    def encoded_body(self) -> bytes:
        body = self.body
        for coding in [c.strip() for c in (self.compress or "").split(",") if c.strip()]:
            body = gzip.compress(body, mtime=0) if coding == "gzip" else zlib.compress(body)
        return body


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]  # lower-cased names
    at: float  # time.monotonic() when the request line was read


def gzip_bomb(inflated: int = 1 << 30) -> bytes:
    """A valid gzip stream of `inflated` zero bytes (1 GiB -> about 1 MB), built in ~0.3 s."""
    return _gzip_bomb(inflated)


@lru_cache(maxsize=4)
def _gzip_bomb(inflated: int) -> bytes:
    block = bytes(1 << 20)
    blocks, rest = divmod(inflated, len(block))
    deflater = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    # After a full flush the compressor forgets everything, so each block compresses to the
    # same bytes: compress one, repeat it, and only the CRC needs the whole input.
    unit = deflater.compress(block) + deflater.flush(zlib.Z_FULL_FLUSH)
    tail = deflater.compress(bytes(rest)) + deflater.flush()
    crc = 0
    for _ in range(blocks):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(bytes(rest), crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + unit * blocks + tail + struct.pack("<II", crc, inflated & 0xFFFFFFFF)


def stacked_gzip_bomb(inflated: int = 1 << 30) -> bytes:
    """gzip(gzip(zeros)): 1 GiB from about 3 KB, for `Content-Encoding: gzip, gzip`."""
    return gzip.compress(gzip_bomb(inflated), compresslevel=9, mtime=0)


Responder = Route | Sequence[Route] | Callable[[RecordedRequest], Route]


class LocalServer:
    """A threaded HTTP/1.1 server on 127.0.0.1 with configurable routes (see module docstring)."""

    def __init__(self) -> None:
        self._routes: dict[str, Responder] = {}
        self._served: dict[str, int] = {}
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self.stopping = threading.Event()
        self._sockets: set[socket.socket] = set()
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def route(self, path: str, responder: Responder) -> str:
        """Serve `path` (with its query string, if any); returns the full URL."""
        with self._lock:
            self._routes[path] = responder
            self._served[path] = 0
        return self.url(path)

    def requests_for(self, path: str) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def start(self) -> LocalServer:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and hang up every open connection; returns within about a second."""
        self.stopping.set()
        if self._thread is not None:  # shutdown() would wait forever for a loop never started
            self._httpd.shutdown()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=2)

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # --- used by the handler ---

    def _record(self, request: RecordedRequest) -> Route:
        with self._lock:
            self.requests.append(request)
            path = request.path if request.path in self._routes else request.path.split("?")[0]
            responder = self._routes.get(path)
            if responder is None:
                return Route(status=404, body=b"not found")
            count = self._served[path]
            self._served[path] = count + 1
        if isinstance(responder, Route):
            return responder
        if callable(responder):
            return responder(request)
        return responder[min(count, len(responder) - 1)]

    def _track(self, sock: socket.socket, add: bool) -> None:
        with self._lock:
            (self._sockets.add if add else self._sockets.discard)(sock)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # never wait for a dripping handler on close
    owner: LocalServer

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients hanging up mid-body is the point of several tests


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 5  # idle keep-alive connections end on their own
    server: _Server

    def setup(self) -> None:
        super().setup()
        # headers and body go out in separate writes; without this, Nagle + delayed ACK add
        # ~40 ms to every keep-alive request
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.owner._track(self.connection, True)

    def finish(self) -> None:
        self.server.owner._track(self.connection, False)
        with contextlib.suppress(OSError):
            super().finish()

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        owner = self.server.owner
        headers = {k.lower(): v for k, v in self.headers.items()}
        route = owner._record(RecordedRequest(self.command, self.path, headers, time.monotonic()))
        if route.delay and owner.stopping.wait(route.delay):
            self.close_connection = True
            return
        if _not_modified(route, headers):
            route = replace(route, status=304, body=b"", compress=None, chunked=False)
        self._send(route)

    do_HEAD = do_GET

    def _send(self, route: Route) -> None:
        body = route.encoded_body() if route.status != 304 else b""
        self.send_response(route.status)
        names = {k.lower() for k in route.headers}
        if "content-type" not in names and route.status != 304:
            self.send_header("Content-Type", route.content_type)
        if route.compress:
            self.send_header("Content-Encoding", route.compress)
        for name, value in (("ETag", route.etag), ("Last-Modified", route.last_modified)):
            if value:
                self.send_header(name, value)
        for name, value in route.headers.items():
            self.send_header(name, value)
        if route.stream is not None and "content-length" not in names:
            route = replace(route, chunked=True)
        if route.chunked:
            self.send_header("Transfer-Encoding", "chunked")
        elif route.status != 304 and "content-length" not in names:
            self.send_header("Content-Length", str(len(body)))
        if route.close_after is not None:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD" and route.status != 304:
            if route.stream is not None:
                self._write_stream(route)
            else:
                self._write_body(route, body)

    def _write_body(self, route: Route, body: bytes) -> None:
        if route.close_after is not None:
            body = body[: route.close_after]
        step = 1 if route.drip else 65536
        try:
            for start in range(0, len(body), step):
                piece = body[start : start + step]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece) if route.chunked else piece)
                self.wfile.flush()
                if route.drip and self.server.owner.stopping.wait(1 / route.drip):
                    break
            if route.chunked:
                self.wfile.write(b"0\r\n\r\n")
        except OSError:
            self.close_connection = True  # the client hung up: expected for caps and timeouts
            return
        if route.close_after is not None:
            self.connection.shutdown(socket.SHUT_RDWR)

    def _write_stream(self, route: Route) -> None:
        assert route.stream is not None
        try:
            for piece in route.stream():
                if self.server.owner.stopping.is_set():
                    break
                if piece:
                    self.wfile.write(
                        b"%x\r\n%s\r\n" % (len(piece), piece) if route.chunked else piece
                    )
            if route.chunked:
                self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except OSError:
            self.close_connection = True  # the client hung up at its size cap: expected


def _not_modified(route: Route, headers: dict[str, str]) -> bool:
    if route.status != 200:
        return False
    match = headers.get("if-none-match")
    if match is not None and route.etag:
        tags = [t.strip() for t in match.split(",")]
        return "*" in tags or route.etag in tags
    since = headers.get("if-modified-since")
    return since is not None and route.last_modified is not None and since == route.last_modified
