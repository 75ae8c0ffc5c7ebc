"""The run lock: one writer at a time on a state directory, shared by cron runs and the daemon.

An advisory `flock` on `state/watch.lock`; the kernel drops it when the holder dies, even by
kill -9, so a crashed run never leaves a stale lock behind.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

from watch.errors import LockHeld, StateError


@contextlib.contextmanager
def run_lock(state_dir: str | Path, *, wait: float | None = None) -> Iterator[None]:
    """Hold the state lock for the block. `wait`: seconds to wait for it (None: fail at once).

    Raises LockHeld when another process holds it, StateError when it cannot be created."""
    path = Path(state_dir) / "watch.lock"
    try:
        Path(state_dir).mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StateError(f"cannot create lock {path}: {exc}") from exc
    try:
        deadline = None if wait is None else time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if deadline is None or time.monotonic() >= deadline:
                    raise LockHeld(str(path)) from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def holder(state_dir: str | Path) -> int | None:
    """The pid of the process holding the run lock, or None when it is free (or there is no
    lock file). Reads the kernel's lock table, so asking never takes the lock itself: a check
    starting at that moment cannot find it held by the one who asked."""
    try:
        info = os.stat(Path(state_dir) / "watch.lock")
        with open("/proc/locks", encoding="ascii") as table:
            lines = table.read().splitlines()
    except OSError:
        return None
    wanted = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
    for line in lines:
        fields = line.split()
        # "1: FLOCK  ADVISORY  WRITE 4242 08:01:1234 0 EOF"; a waiting request has "->" first
        if len(fields) >= 6 and fields[1] == "FLOCK" and fields[5] == wanted:
            return int(fields[4])
    return None
