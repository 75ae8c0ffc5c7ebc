"""The run lock: a second run is refused at once, and a killed holder leaves no stale lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from watch.errors import LockHeld
from watch.lock import run_lock

HOLD = (
    "import sys, time; from watch.lock import run_lock\n"
    "with run_lock(sys.argv[1]):\n    print('locked', flush=True); time.sleep(60)\n"
)


def holder(state: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(state)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def test_second_holder_is_refused_then_admitted_after_kill_9(tmp_path: Path) -> None:
    proc = holder(tmp_path)
    try:
        with pytest.raises(LockHeld, match="--wait"), run_lock(tmp_path):
            pass
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate()
    with run_lock(tmp_path):  # the kernel released the dead holder's lock
        pass


def test_wait_waits_for_the_holder(tmp_path: Path) -> None:
    proc = holder(tmp_path)
    started = time.monotonic()
    try:
        with pytest.raises(LockHeld), run_lock(tmp_path, wait=0.5):
            pass
        assert time.monotonic() - started >= 0.5
    finally:
        proc.kill()
        proc.communicate()
    with run_lock(tmp_path, wait=5):
        pass
