"""The state directory belongs to the user who runs `watch` (watch/statedir.py, watch/lock.py):
0700 and 0600 whatever the umask, an open directory tightened once with one warning,
`state_mode: shared` to opt out, and another user neither able to open the lock nor unnamed
when they hold it. Real `watch` processes; the other user is a forked child that drops to
`nobody`, so those tests need root."""

from __future__ import annotations

import contextlib
import fcntl
import os
import signal
import stat
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.feedkit import rss, watch_command
from tests.hostile_kit import RSS_TYPE, cli, write_rules
from tests.servers import LocalServer, Route

NOBODY = 65534
OURS = ("watch.db", "watch.db-wal", "watch.db-shm", "watch.lock")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def run_watch(rules: Path, state: Path, *args: str, umask: int = 0o022) -> tuple[int, str, str]:
    done = subprocess.run(
        watch_command(rules, state, *args),
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=lambda: os.umask(umask),
    )
    return done.returncode, done.stdout, done.stderr


def warnings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "open to other users" in line]


def test_files_are_private_whatever_the_umask(tmp_path: Path, http_server: LocalServer) -> None:
    # a feed that answers slowly keeps the check running, and its -wal and -shm files present
    feed = http_server.route("/slow.xml", Route(body=rss([]), content_type=RSS_TYPE, delay=3))
    rules = write_rules(tmp_path, [("slow", feed)], fetch={"timeout": "10s"})
    state = tmp_path / "state"
    proc = subprocess.Popen(
        watch_command(rules, state, "check", "--once"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: os.umask(0),
    )
    try:
        seen: dict[str, int] = {}
        deadline = time.monotonic() + 60
        while len(seen) < len(OURS) and proc.poll() is None and time.monotonic() < deadline:
            for name in OURS:
                with contextlib.suppress(FileNotFoundError):
                    seen[name] = mode(state / name)
            time.sleep(0.01)
        dir_mode = mode(state)
    finally:
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert seen == dict.fromkeys(OURS, 0o600), {k: oct(v) for k, v in seen.items()}
    assert dir_mode == 0o700
    assert warnings(err) == []  # a directory it made itself needs no tightening


def test_an_open_state_directory_is_tightened_once_with_one_line(tmp_path: Path) -> None:
    rules = write_rules(tmp_path, [])
    state = tmp_path / "state"
    assert run_watch(rules, state, "check", "--once")[0] == 0
    # what an older watch (or a fresh clone's state/) left: everything readable by everyone
    state.chmod(0o755)
    for name in ("watch.db", "watch.lock"):
        (state / name).chmod(0o644)
    code, _, err = run_watch(rules, state, "check", "--once")
    assert code == 0, err
    [line] = warnings(err)
    assert str(state) in line and "755" in line and "700" in line and "state_mode" in line
    assert mode(state) == 0o700
    assert mode(state / "watch.db") == mode(state / "watch.lock") == 0o600
    code, _, err = run_watch(rules, state, "check", "--once")
    assert code == 0 and warnings(err) == []  # said once
    # a read-only command changes nothing and says nothing
    state.chmod(0o755)
    code, _, err = run_watch(rules, state, "search", "anything")
    assert code == 0 and warnings(err) == [] and mode(state) == 0o755


def test_state_mode_shared_leaves_modes_to_the_umask(tmp_path: Path) -> None:
    rules = write_rules(tmp_path, [], extra="state_mode: shared\n")
    state = tmp_path / "state"
    code, _, err = run_watch(rules, state, "check", "--once", umask=0o002)
    assert code == 0, err
    assert mode(state) == 0o775
    assert mode(state / "watch.db") == mode(state / "watch.lock") == 0o664
    state.chmod(0o755)
    code, _, err = run_watch(rules, state, "check", "--once")
    assert code == 0 and warnings(err) == [] and mode(state) == 0o755


# --- another local user ------------------------------------------------------------------------


@contextlib.contextmanager
def as_nobody(cwd: Path, path: str, *, hold: bool) -> Iterator[str]:
    """A forked child that becomes `nobody`, opens `path` (relative to `cwd`, entered while
    still root, so the test's private tmp_path is not in the way) and, with `hold`, takes a
    shared flock on it and keeps it. Yields what it managed: "denied", "opened" or "locked"."""
    if os.geteuid() != 0:
        pytest.skip("needs root, to run a process as another user")
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: plain system calls only, and never back into pytest
        try:
            os.close(read)
            os.chdir(cwd)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            try:
                fd = os.open(path, os.O_RDONLY)
            except PermissionError:
                os.write(write, b"denied\n")
            else:
                if hold:
                    fcntl.flock(fd, fcntl.LOCK_SH)
                os.write(write, b"locked\n" if hold else b"opened\n")
                if hold:
                    time.sleep(120)
        finally:
            os._exit(0)
    os.close(write)
    try:
        with os.fdopen(read) as answer:
            yield answer.readline().strip()
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)


def test_another_user_cannot_open_the_lock_file(tmp_path: Path) -> None:
    home = tmp_path / "home"  # a folder other users may enter, like a home directory
    home.mkdir()
    home.chmod(0o755)
    rules = write_rules(home, [])
    assert run_watch(rules, home / "state", "check", "--once")[0] == 0
    with as_nobody(home, "state/watch.lock", hold=True) as outcome:
        assert outcome == "denied"
        code, _, err = run_watch(rules, home / "state", "check", "--once")
    assert code == 0, err


def test_a_lock_held_by_another_users_process_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o755)
    rules = write_rules(home, [])
    state = home / "state"
    # the state an older watch made: open to all, so another user could take the lock
    state.mkdir(mode=0o755)
    os.close(os.open(state / "watch.lock", os.O_CREAT | os.O_RDWR, 0o644))
    (state / "watch.lock").chmod(0o644)
    with as_nobody(home, "state/watch.lock", hold=True) as outcome:
        assert outcome == "locked"
        code, out, err = cli(capsys, rules, state, "check", "--once")
    assert code == 3 and out == ""
    assert "another user's process" in err and f"uid {NOBODY} (nobody)" in err, err
    assert "Traceback" not in err
    assert mode(state) == 0o700  # and the next one cannot get in again
