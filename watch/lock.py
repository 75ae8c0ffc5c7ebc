"""The run lock: one writer at a time on a state directory, shared by cron runs and the daemon.

An advisory `flock` on `state/watch.lock`; the kernel drops it when the holder dies, even by
kill -9, so a crashed run never leaves a stale lock behind. A lock held by a process of another
user is reported as such (from /proc/locks): waiting for it is no use.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pwd
import time
from collections.abc import Iterator
from pathlib import Path

from watch import statedir
from watch.errors import LockHeld, StateError


@contextlib.contextmanager
def run_lock(
    state_dir: str | Path, *, wait: float | None = None, private: bool = True
) -> Iterator[None]:
    """Hold the state lock for the block. `wait`: seconds to wait for it (None: fail at once).
    `private`: the state directory and lock file are the user's alone (see watch.statedir).

    Raises LockHeld when another process holds it, StateError when it cannot be created."""
    path = Path(state_dir) / "watch.lock"
    try:
        statedir.prepare(state_dir, private=private)
        fd = statedir.open_file(path, os.O_RDWR, private=private)
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
                    holder, other_user = _holder(fd)
                    # in a shared set-up another user's run is expected: one to wait for
                    raise LockHeld(str(path), holder, other_user=other_user and private) from None
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
    except OSError:
        return None
    pids = _lockers(info)
    return int(pids[0]) if pids else None


def _lockers(info: os.stat_result) -> list[str]:
    """The pids holding a lock on the file `info` describes, from /proc/locks (empty where it
    cannot be read): those on the file's exact device when there are any, else every holder of
    its inode, since on overlay file systems /proc can show another device."""
    device = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
    try:
        with open("/proc/locks", encoding="ascii", errors="replace") as locks:
            lines = locks.read().splitlines()
    except OSError:
        return []
    pids = []
    for line in lines:
        # "3: FLOCK  ADVISORY  READ 4242 fd:01:1837 0 EOF"; a waiter's line has "->" after "3:"
        fields = line.split()
        if len(fields) >= 6 and fields[1] != "->" and fields[5].endswith(f":{info.st_ino}"):
            pids.append((fields[5] == device, fields[4]))
    exact = [pid for same, pid in pids if same]
    return exact or [pid for _, pid in pids]


def _holder(fd: int) -> tuple[str | None, bool]:
    """Who holds a lock on the open file: ("pid N", False) for a process of this user,
    ("pid N, uid U (name)", True) for another user's, (None, False) when /proc does not say."""
    ours = None
    # shared locks can have several holders: another user's is the one to name
    for pid in _lockers(os.fstat(fd)):
        uid = _real_uid(pid)
        if uid == os.getuid():
            ours = ours or f"pid {pid}"
        elif uid is not None:
            return f"pid {pid}, uid {uid}{_user_name(uid)}", True
    return ours, False


def _real_uid(pid: str) -> int | None:
    # /proc/PID/status, not the owner of /proc/PID: a process that changed its uid is shown as
    # owned by root there
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Uid:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def _user_name(uid: int) -> str:
    try:
        return f" ({pwd.getpwuid(uid).pw_name})"
    except KeyError:
        return ""
