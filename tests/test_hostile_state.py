"""A hostile environment for the state directory, through the command line: a database locked
by another process, a read-only state directory, a full disk, databases from older (or newer)
schema versions and from a migration killed half-way.

The read-only and disk-full cases need `mount` (the tests run as root, which ignores file
permissions, so chmod proves nothing): a read-only bind mount and a small tmpfs. Where mount is
not allowed they skip with the reason.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.feedkit import Item, rss
from tests.hostile_kit import RSS_TYPE, cli, tree_digest, write_rules
from tests.servers import LocalServer, Route
from watch.store import Store
from watch.store.schema import MIGRATIONS, SCHEMA_VERSION, _statements

NOW = datetime.now(UTC).replace(microsecond=0)


def serve(server: LocalServer, count: int = 3, prefix: str = "s") -> str:
    items = [
        Item(
            f"Story {prefix}{i}",
            f"http://example.com/{prefix}/{i}",
            NOW - timedelta(days=30),
            "Body text. " * 50,
        )
        for i in range(count)
    ]
    return server.route(f"/{prefix}.xml", Route(body=rss(items), content_type=RSS_TYPE))


def articles(state: Path) -> int:
    with Store.open(state, readonly=True) as store:
        return int(store.db.execute("SELECT count(*) FROM articles").fetchone()[0])


# --- a locked database ------------------------------------------------------------------------

HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE feeds SET name = name")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


@contextlib.contextmanager
def write_lock_held(db: Path, seconds: float) -> Iterator[subprocess.Popen[str]]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield holder
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()  # type: ignore[union-attr]


def test_a_write_lock_released_within_the_busy_timeout_is_waited_for(
    tmp_path: Path, http_server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = write_rules(tmp_path, [("s", serve(http_server))])
    state = tmp_path / "state"
    assert cli(capsys, rules, state, "check", "--once")[0] == 0
    write_rules(tmp_path, [("s", serve(http_server)), ("t", serve(http_server, prefix="t"))])
    with write_lock_held(state / "watch.db", 2):
        started = time.monotonic()
        code, _, err = cli(capsys, rules, state, "check", "--once")
        waited = time.monotonic() - started
    assert code == 0, err
    assert waited >= 1.5  # it waited for the other writer instead of failing
    assert articles(state) == 6


def test_a_write_lock_held_past_the_busy_timeout_fails_with_exit_4(
    tmp_path: Path, http_server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = write_rules(tmp_path, [("s", serve(http_server))])
    state = tmp_path / "state"
    assert cli(capsys, rules, state, "check", "--once")[0] == 0
    with write_lock_held(state / "watch.db", 60):
        started = time.monotonic()
        code, out, err = cli(capsys, rules, state, "check", "--once", "--force")
        waited = time.monotonic() - started
    assert code == 4, (out, err)
    assert "database is locked" in err and str(state / "watch.db") in err
    assert "Traceback" not in err
    assert 9 <= waited < 25  # the 10 s busy timeout, then a clean failure
    with Store.open(state) as store:
        assert store.integrity_ok()
    assert cli(capsys, rules, state, "check", "--once", "--force")[0] == 0  # and then it works


# --- read-only state, full disk ---------------------------------------------------------------


def mount(*args: str) -> None:
    done = subprocess.run(["mount", *args], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mount {' '.join(args)} not allowed here: {done.stderr.strip()}")


def umount(target: Path) -> None:
    subprocess.run(["umount", str(target)], capture_output=True)


def test_a_read_only_state_directory_gives_exit_4_and_reads_still_work(
    tmp_path: Path, http_server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    rules = write_rules(tmp_path, [("s", serve(http_server))])
    state, frozen = tmp_path / "state", tmp_path / "frozen"
    assert cli(capsys, rules, state, "check", "--once")[0] == 0
    frozen.mkdir()
    mount("--bind", str(state), str(frozen))
    try:
        mount("-o", "remount,ro,bind", str(frozen))
        before = tree_digest(frozen)
        code, out, err = cli(capsys, rules, frozen, "check", "--once", "--force")
        assert code == 4, (out, err)
        assert "Read-only file system" in err or "readonly" in err, err
        assert "Traceback" not in err
        code, out, err = cli(capsys, rules, frozen, "search", "Story")
        assert code == 0 and "Story s0" in out, err
        assert tree_digest(frozen) == before
    finally:
        umount(frozen)


def test_a_full_disk_fails_cleanly_and_the_next_run_recovers(
    tmp_path: Path, http_server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    disk = tmp_path / "disk"
    disk.mkdir()
    mount("-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk))
    try:
        rules = write_rules(tmp_path, [("s", serve(http_server))])
        state = disk / "state"
        assert cli(capsys, rules, state, "check", "--once")[0] == 0
        filler = disk / "filler"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
        try:
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * 4096)
        finally:
            os.close(fd)
        many = [
            ("s", serve(http_server)),
            *[(f"b{i}", serve(http_server, 40, f"b{i}")) for i in range(5)],
        ]
        write_rules(tmp_path, many)
        code, out, err = cli(capsys, rules, state, "check", "--once")
        assert code == 4, (out, err)
        assert "full" in err and "Traceback" not in err
        for command in (["status"], ["claims"], ["search", "Story"]):  # reads still work
            code, out, err = cli(capsys, rules, state, *command)
            assert code == 0, (command, out, err)
        filler.unlink()
        code, out, err = cli(capsys, rules, state, "check", "--once", "--force")
        assert code == 0, err
        with Store.open(state) as store:
            assert store.integrity_ok()
        assert articles(state) == 3 + 5 * 40
    finally:
        umount(disk)


def test_status_calls_a_killed_run_interrupted_once_the_lock_is_free(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json
    import signal

    from tests.feedkit import watch_command
    from tests.notify_servers import SilentServer

    with SilentServer() as silent:  # a feed that never answers: the run stays running
        url = f"http://127.0.0.1:{silent.port}/feed.xml"
        rules = write_rules(tmp_path, [("slow", url)], fetch={"timeout": "60s"})
        state = tmp_path / "state"
        proc = subprocess.Popen(
            watch_command(rules, state, "check", "--once"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                code, out, _ = cli(capsys, rules, state, "status", "--json")
                if code == 0 and (json.loads(out)["last_run"] or {}).get("status") == "running":
                    break
                time.sleep(0.1)
            info = json.loads(out)
            assert info["last_run"]["status"] == "running" and info["running_pid"] == proc.pid
        finally:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
    before = tree_digest(state)
    code, out, _ = cli(capsys, rules, state, "status")
    assert code == 0 and "interrupted" in out.splitlines()[0], out
    assert json.loads(cli(capsys, rules, state, "status", "--json")[1])["running_pid"] is None
    after = tree_digest(state)
    for digest in (before, after):
        digest.pop("watch.db-shm", None)  # readers keep their marks in the shared-memory index
    assert after == before  # status only reads


# --- schema versions --------------------------------------------------------------------------


def test_an_empty_version_0_database_migrates(tmp_path: Path) -> None:
    state = tmp_path / "state"
    state.mkdir()
    sqlite3.connect(state / "watch.db").close()  # a file with no tables, user_version 0
    with Store.open(state) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.feed_states() == [] and store.integrity_ok()


KILLED_MIGRATION = """
import os, signal, sqlite3, sys
from watch.store.schema import MIGRATIONS, _statements
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("BEGIN IMMEDIATE")
statements = _statements(MIGRATIONS[0])
for statement in statements[: len(statements) // 2]:
    conn.execute(statement)
os.kill(os.getpid(), signal.SIGKILL)  # mid-migration, nothing committed
"""


def test_a_migration_killed_half_way_ends_at_the_current_version(tmp_path: Path) -> None:
    state = tmp_path / "state"
    state.mkdir()
    db = state / "watch.db"
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_MIGRATION, str(db)], capture_output=True, text=True
    )
    assert killed.returncode == -9, killed.stderr
    assert len(_statements(MIGRATIONS[0])) > 4
    with Store.open(state) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}
        assert {"feeds", "articles", "alerts", "deliveries", "channels"} <= tables
        assert store.integrity_ok()


def test_a_database_from_a_newer_watch_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state = tmp_path / "state"
    state.mkdir()
    conn = sqlite3.connect(state / "watch.db")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.execute("CREATE TABLE future (x)")
    conn.commit()
    conn.close()
    before = (state / "watch.db").read_bytes()
    rules = write_rules(tmp_path, [])
    code, _, err = cli(capsys, rules, state, "check", "--once")
    assert code == 4 and f"schema version {SCHEMA_VERSION + 5} is newer" in err
    assert (state / "watch.db").read_bytes() == before


def test_unusable_state_paths_give_clean_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = write_rules(tmp_path, [])
    state = tmp_path / "state"
    state.write_text("not a directory")
    code, _, err = cli(capsys, rules, state, "check", "--once")
    assert code == 2 and "is a file" in err  # click rejects the option itself
    assert state.read_text() == "not a directory"
    state.unlink()
    (state / "watch.db").mkdir(parents=True)  # the database path is a directory
    for command in (["check", "--once"], ["claims"], ["search", "x y z"], ["status"]):
        code, _, err = cli(capsys, rules, state, *command)
        assert code == 4, (command, err)
        assert "cannot use state database" in err and "Traceback" not in err


def test_a_read_during_the_first_check_s_migration_is_a_clean_state_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # what a reader sees while the first check creates the database: a file with no schema yet
    rules = write_rules(tmp_path, [])
    state = tmp_path / "state"
    state.mkdir()
    sqlite3.connect(state / "watch.db").close()
    for command in (["status"], ["claims"], ["search", "x"]):
        code, _, err = cli(capsys, rules, state, *command)
        assert code == 4 and "schema version 0" in err and "Traceback" not in err, (command, err)
