"""Looking at processes from the tests (Linux /proc): which are alive, which a process started;
and running `watch` in a fresh interpreter to see what it imports."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from typing import Any


def _stat(pid: int | str) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name (state, ppid, ...); None if gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            return stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None


def alive(pid: int) -> bool:
    """Running; a killed child its parent has not reaped yet (a zombie) counts as gone."""
    fields = _stat(pid)
    return fields is not None and fields[0] != "Z"


def wait_gone(pids: list[int], seconds: float = 5.0) -> list[int]:
    """Wait up to `seconds` for every pid to be gone; the ones still alive."""
    deadline = time.monotonic() + seconds
    while (left := [p for p in pids if alive(p)]) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


def children(pid: int) -> list[int]:
    """The live processes whose parent is `pid`."""
    stats = {int(entry): _stat(entry) for entry in os.listdir("/proc") if entry.isdigit()}
    return [
        p for p, fields in stats.items() if fields and int(fields[1]) == pid and fields[0] != "Z"
    ]


def imports_of_watch(argv: Sequence[str], modules: Sequence[str]) -> tuple[str, list[str]]:
    """Run `watch ARGV` in a new interpreter, as the console script does; its standard output,
    and those of `modules` it had imported when it ended."""
    script = (
        "import sys\n"
        "from watch.cli import main\n"
        f"sys.argv = ['watch', *{list(argv)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print('loaded:', *sorted(m for m in {list(modules)!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    output, _, loaded = done.stdout.rpartition("loaded:")
    return output, loaded.split()


def grandchildren(pid: int) -> list[int]:
    """The live processes whose parent `pid` started: a forkserver's workers, for one."""
    return [g for child in children(pid) for g in children(child)]


def state_and_nice(pid: int) -> tuple[str, int] | None:
    """The process state letter ("R" running, "S" sleeping, ...) and its niceness."""
    fields = _stat(pid)
    return None if fields is None else (fields[0], int(fields[16]))


@contextlib.contextmanager
def running(argv: Sequence[str], *, text: bool = True) -> Iterator[subprocess.Popen[Any]]:
    """A process with its output piped, killed on the way out if the test left it running."""
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=text)
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


def stop(proc: subprocess.Popen[Any], timeout: float = 30) -> tuple[float, Any]:
    """SIGTERM `proc` and wait for it: the seconds it took to exit, and its stderr."""
    os.kill(proc.pid, signal.SIGTERM)
    stopped = time.monotonic()
    _out, err = proc.communicate(timeout=timeout)
    return time.monotonic() - stopped, err
