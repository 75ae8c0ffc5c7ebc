"""`ExtractorPool`: `extract_html` in worker processes, with a wall-clock limit per page.

trafilatura is CPU-bound, super-linear on some pages and has no time limit of its own, so it
runs here: a job past its deadline is answered with `ExtractError("timed out")` and its worker is
killed and replaced, while the other jobs go on.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Hashable, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any

from watch.errors import ExtractError
from watch.extraction import extract_html, prepare_extractor, strip_heavy
from watch.models import Extracted
from watch.textclean import clean_log_output

Job = tuple[Hashable, bytes | str, str | None]

# Workers yield the CPU to the process that feeds them. That process (fetching, matching,
# storing: one core at most, under the GIL) is a check's critical path; at equal priority the
# kernel gave it 0.54-0.72 of a core while both workers were busy, and the check ends when it
# does. Cold benchmark run, 1,000 feeds, 2 cores, five pairs interleaved: 69.6 -> 63.2 s
# median wall, the same CPU. Workers still get every core the feeding process leaves idle.
WORKER_NICENESS = 10


class WorkerDied(ExtractError):
    """The worker extracting the page died (killed from outside, or by the page)."""


def _worker_main(conn: Connection) -> None:
    """A worker's loop: (html, url) in, ("ok", Extracted) or ("error", message) out."""
    # Ctrl-C reaches the whole process group; the parent decides when workers stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.nice(WORKER_NICENESS)
    clean_log_output()  # a library's warning about a page goes to stderr clean
    prepare_extractor()
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if job is None:
            return
        html, url = job
        try:
            reply: tuple[str, Any] = ("ok", extract_html(html, url))
        except ExtractError as exc:
            reply = ("error", exc.message)
        except Exception as exc:  # a trafilatura/lxml bug on one page must not stop the run
            reply = ("error", f"extractor failed: {type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except (BrokenPipeError, OSError):
            return


class _Worker:
    def __init__(self, context: Any) -> None:
        self.conn, child = context.Pipe(duplex=True)
        self.process = context.Process(target=_worker_main, args=(child,), daemon=True)
        self.process.start()
        child.close()  # so the parent sees EOF on `conn` when the worker dies
        self.job: tuple[Hashable, str | None] | None = None
        self.deadline = 0.0

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join(2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()


def exit_with_parent(lifeline: Connection) -> None:
    """A process-pool worker's initializer: exit as soon as the process that started the pool
    is gone, which closes the only writing end of `lifeline`. A concurrent.futures worker would
    otherwise wait for work for ever after a killed check, and keep the forkserver alive too."""

    def wait() -> None:
        with contextlib.suppress(EOFError, OSError):
            lifeline.recv()  # nothing is ever sent: this returns when the writer is closed
        os._exit(0)

    threading.Thread(target=wait, name="watch-lifeline", daemon=True).start()
    clean_log_output()  # feedparser's process: a library's warning goes to stderr clean


# What the forkserver imports once, so no worker process imports it again: feed parsing and
# extraction both fork from it.
PRELOAD = ["feedparser", "trafilatura", "watch.extraction", "watch.feeds"]


def worker_context() -> multiprocessing.context.ForkServerContext:
    """The multiprocessing context of every worker process (feed parsing, extraction). The
    preload takes effect only if this process has not started its forkserver yet, so every
    pool asks for the same one, whichever starts first."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return context


class ExtractorPool:
    """Runs `extract_html` in worker processes with a wall-clock limit per page.

    Workers come from a "forkserver" that has imported trafilatura once: starting or replacing
    a worker is a fork of that small, single-threaded server (a few ms), never a fork of the
    caller, whose HTTP client threads make a plain fork unsafe. A job past `timeout` seconds
    is answered with `ExtractError("timed out")`; its worker is killed and replaced lazily.
    HTML is first stripped of scripts and styles (`strip_heavy`); pages whose remaining markup
    is over `max_html_bytes` are refused with `ExtractError` rather than truncated, since a
    cut-off page yields a partial article whose missing end may hold the correction or the
    denial. Not thread-safe: call `map` from one thread at a time. Use as a context manager,
    or call `close()`, so no worker outlives the pool.

    Raises:
        ValueError: a non-positive timeout or size limit, or negative `workers`.
    """

    def __init__(self, workers: int = 0, timeout: float = 20.0, max_html_bytes: int = 3_000_000):
        if workers < 0 or timeout <= 0 or max_html_bytes <= 0:
            raise ValueError("workers must be >= 0, timeout and max_html_bytes > 0")
        self.size = workers or os.cpu_count() or 1
        self.timeout = timeout
        self.max_html_bytes = max_html_bytes
        self._context = worker_context()
        self._idle: list[_Worker] = []
        self._busy: dict[Connection, _Worker] = {}
        self._closed = False

    def __enter__(self) -> ExtractorPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def pids(self) -> list[int]:
        """Process ids of the live workers (for tests and diagnostics)."""
        workers = [*self._idle, *self._busy.values()]
        return [w.process.pid for w in workers if w.process.pid is not None]

    def start(self) -> None:
        """Start all workers now rather than on first use (they start lazily otherwise); called
        again, replace the idle ones that died."""
        for worker in [w for w in self._idle if not w.process.is_alive()]:
            self._idle.remove(worker)
            worker.kill()
        while len(self._idle) + len(self._busy) < self.size:
            self._idle.append(_Worker(self._context))

    def close(self) -> None:
        """Stop every worker and wait for it to exit. Idempotent; never raises."""
        self._closed = True
        for worker in list(self._busy.values()):
            worker.kill()
        self._busy.clear()
        for worker in self._idle:
            worker.stop()
        self._idle.clear()

    def map(self, jobs: Iterable[Job]) -> Iterator[tuple[Hashable, Extracted | ExtractError]]:
        """Extract every (key, html, url) job; yield (key, result) as each completes.

        A failed page is yielded as its `ExtractError` (too large, no text, timed out,
        worker died), never raised. Abandoning the iterator kills the jobs still running.

        Raises:
            RuntimeError: the pool is closed.
        """
        if self._closed:
            raise RuntimeError("ExtractorPool is closed")
        pending = iter(jobs)
        exhausted = False
        try:
            while True:
                while not exhausted and len(self._busy) < self.size:
                    job = next(pending, None)
                    if job is None:
                        exhausted = True
                    elif (refused := self._submit(*job)) is not None:
                        yield job[0], refused
                if not self._busy:
                    return
                yield from self._collect()
        finally:
            for worker in list(self._busy.values()):  # abandoned mid-way: results unwanted
                worker.kill()
            self._busy.clear()

    def _submit(self, key: Hashable, html: bytes | str, url: str | None) -> ExtractError | None:
        data = html.encode("utf-8") if isinstance(html, str) else html
        data = strip_heavy(data)
        if len(data) > self.max_html_bytes:
            return ExtractError(
                url or repr(key),
                f"page too large: {len(data)} bytes of markup without scripts "
                f"(limit {self.max_html_bytes})",
            )
        worker = self._idle.pop() if self._idle else _Worker(self._context)
        if not worker.process.is_alive():  # died while idle (killed from outside): replaced
            worker.kill()
            worker = _Worker(self._context)
        worker.job = (key, url)
        worker.deadline = time.monotonic() + self.timeout
        try:
            worker.conn.send((data, url))
        except OSError:  # died just now: report it, the next job gets a fresh worker
            worker.kill()
            return WorkerDied(url or repr(key), "worker died")
        self._busy[worker.conn] = worker
        return None

    def _collect(self) -> Iterator[tuple[Hashable, Extracted | ExtractError]]:
        """Wait for the first reply or deadline; yield what finished, kill what overran."""
        now = time.monotonic()
        soonest = min(w.deadline for w in self._busy.values())
        for conn in wait(list(self._busy), timeout=max(0.0, soonest - now)):
            worker = self._busy.pop(conn)  # type: ignore[call-overload]
            assert worker.job is not None
            key, url = worker.job
            try:
                status, value = worker.conn.recv()
            except (EOFError, OSError):
                worker.kill()
                yield key, WorkerDied(url or repr(key), "worker died")
                continue
            self._idle.append(worker)
            yield key, value if status == "ok" else ExtractError(url or repr(key), value)
        now = time.monotonic()
        for conn, worker in list(self._busy.items()):
            if worker.deadline <= now:
                del self._busy[conn]
                worker.kill()
                assert worker.job is not None
                key, url = worker.job
                yield key, ExtractError(url or repr(key), f"timed out after {self.timeout:g}s")
