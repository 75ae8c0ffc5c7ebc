"""kill -9 at any point: the next run picks up cleanly, nothing lost, nothing duplicated
beyond the one message in flight (which carries the same id, so the receiver can drop it)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.feedkit import Item, page, rss, serve_delay_story, watch_command, write_rules
from tests.notify_servers import SmtpServer, WebhookReceiver
from tests.procs import alive, children, wait_gone
from tests.servers import LocalServer, Route
from watch.config import load_settings
from watch.pipeline import run_once
from watch.store import Store

SECRET = "whsec_c2VjcmV0LWtleS1mb3ItdGVzdHM="
NOW = datetime.now(UTC).replace(microsecond=0)


def check_process(rules: Path, state: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "WATCH_TEST_HOOK_SECRET": SECRET}
    return subprocess.Popen(
        watch_command(rules, state, "check", "--once", "--force"),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _wait_for_runs(state: Path, count: int, proc: subprocess.Popen[bytes]) -> None:
    """Until the state database holds `count` runs (this check's row is written), or the
    check has ended on its own."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            db = sqlite3.connect(f"file:{state / 'watch.db'}?mode=ro", uri=True)
            try:
                if db.execute("SELECT count(*) FROM runs").fetchone()[0] >= count:
                    return
            finally:
                db.close()
        except sqlite3.Error:
            pass  # (not created yet, or its schema is being written)
        time.sleep(0.02)


def test_kill_during_delivery_repeats_only_the_message_in_flight(
    tmp_path: Path, http_server: LocalServer
) -> None:
    serve_delay_story(http_server, NOW)
    with SmtpServer() as smtp, WebhookReceiver() as hook:
        hook.hang()
        rules = write_rules(
            tmp_path,
            [("news", http_server.url("/news.xml"))],
            extra=f"""
notify:
  - name: mail
    type: email
    smtp: {{host: 127.0.0.1, port: {smtp.port}, security: none}}
    from: w@example.com
    to: [a@example.com]
  - name: hook
    type: webhook
    url: {hook.url}
    secret_env: WATCH_TEST_HOOK_SECRET
    timeout: 30s
""",
        )
        proc = check_process(rules, tmp_path / "state")
        deadline = time.monotonic() + 90
        while not hook.requests and time.monotonic() < deadline:
            time.sleep(0.05)
        assert hook.requests, "the check never reached the webhook"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        hook.hanging = False
        hook.release.set()

        settings = load_settings(rules, env={"WATCH_TEST_HOOK_SECRET": SECRET})
        with Store.open(tmp_path / "state") as store:
            report = run_once(settings, store, env={"WATCH_TEST_HOOK_SECRET": SECRET})
            assert report.deliveries_sent == 1 and report.alerts == 0
            assert {str(d.state) for d in store.deliveries()} == {"sent"}
            assert store.integrity_ok()
        ids = [r.headers["webhook-id"] for r in hook.requests]
        assert len(ids) == 2 and ids[0] == ids[1]  # the in-flight one, repeated with its id
        assert len(smtp.messages) == 1


def test_random_kills_never_corrupt_lose_or_duplicate(
    tmp_path: Path, http_server: LocalServer
) -> None:
    feeds = []
    for f in range(12):
        items = []
        for i in range(4):
            path = f"/a/{f}-{i}.html"
            body = [
                f"Story {f}-{i}: Acme Robotics has postponed its IPO, report {f * 7 + i}.",
                f"Unique detail number {f * 1000 + i} makes this story its own.",
            ] * 3
            http_server.route(
                path,
                Route(body=page(f"Story {f}-{i}", body, NOW), content_type="text/html", delay=0.02),
            )
            items.append(Item(f"Story {f}-{i}", http_server.url(path), NOW - timedelta(hours=i)))
        http_server.route(
            f"/feed{f}.xml", Route(body=rss(items), content_type="application/rss+xml")
        )
        feeds.append((f"f{f}", http_server.url(f"/feed{f}.xml")))
    rules = write_rules(tmp_path, feeds)
    state = tmp_path / "state"
    rng = random.Random(7)
    for started in range(1, 9):
        proc = check_process(rules, state)
        # (the kill lands at a random point of the run itself, however slow the start-up is on a
        # loaded machine: before the run's row exists there is nothing mid-run to interrupt)
        _wait_for_runs(state, started, proc)
        time.sleep(rng.uniform(0.0, 1.0))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    final = subprocess.run(
        watch_command(rules, state, "check", "--once", "--force"),
        capture_output=True,
        timeout=120,
    )
    assert final.returncode == 0, final.stderr
    with Store.open(state) as store:
        assert store.integrity_ok()
        urls = [r[0] for r in store.db.execute("SELECT url FROM articles").fetchall()]
        assert len(urls) == len(set(urls)) == 48
        keys = [r[0] for r in store.db.execute("SELECT key FROM alerts").fetchall()]
        assert len(keys) == len(set(keys))
        evidence = store.db.execute(
            "SELECT count(*), count(DISTINCT claim_id || '/' || article_id) FROM evidence"
        ).fetchone()
        assert evidence[0] == evidence[1]
        interrupted = store.db.execute(
            "SELECT count(*) FROM runs WHERE status = 'interrupted'"
        ).fetchone()[0]
        assert interrupted >= 1  # the kills did land mid-run


def test_a_killed_check_leaves_no_process_behind(tmp_path: Path, http_server: LocalServer) -> None:
    items = []
    for i in range(30):
        path = f"/slow/{i}.html"
        body = [
            f"Story {i} is long enough to be an article of its own, paragraph {k}." for k in "ab"
        ]
        http_server.route(path, Route(body=page(f"S{i}", body, NOW), delay=0.3))
        items.append(Item(f"Story {i}", http_server.url(path), NOW - timedelta(minutes=i)))
    http_server.route("/feed.xml", Route(body=rss(items), content_type="application/rss+xml"))
    rules = write_rules(tmp_path, [("f", http_server.url("/feed.xml"))])
    proc = check_process(rules, tmp_path / "state")
    left: list[int] = []
    try:
        deadline = time.monotonic() + 60
        workers: list[int] = []
        # the forkserver's children: the feed parser and the extraction workers
        while len(workers) < 2 and time.monotonic() < deadline:
            workers = [w for server in children(proc.pid) for w in children(server)]
            time.sleep(0.05)
        assert len(workers) >= 2, "the run never started its worker processes"
        left = children(proc.pid) + workers
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert wait_gone(left, 15) == []
    finally:
        proc.kill()
        for p in left:
            if alive(p):
                os.kill(p, signal.SIGKILL)


def test_ctrl_c_says_stopping_at_once_and_ends_the_check_within_seconds(
    tmp_path: Path, http_server: LocalServer
) -> None:
    import sqlite3

    items = []
    for i in range(30):  # 30 pages of 3 s each over two connections: 45 s if nothing stops it
        path = f"/a/{i}.html"
        body = page(f"Story {i}", [f"Paragraph about story {i}. " * 20], NOW)
        http_server.route(path, Route(body=body, content_type="text/html", delay=3))
        items.append(Item(f"Story {i}", http_server.url(path), NOW - timedelta(hours=1)))
    feed = http_server.route(
        "/news.xml", Route(body=rss(items), content_type="application/rss+xml")
    )
    rules = write_rules(tmp_path, [("news", feed)], extra="")
    state = tmp_path / "state"
    proc = subprocess.Popen(
        watch_command(rules, state, "check", "--once"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not any(http_server.requests_for(f"/a/{i}.html") for i in range(30)):
        assert time.monotonic() < deadline and proc.poll() is None, "no page was ever fetched"
        time.sleep(0.05)
    interrupted = time.monotonic()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    took = time.monotonic() - interrupted
    assert proc.returncode == 130, err
    assert err.decode().startswith("stopping…"), err
    assert took < 10, took  # the pages alone would take 45 s
    with sqlite3.connect(state / "watch.db") as conn:
        assert conn.execute("SELECT status FROM runs").fetchall() == [("interrupted",)]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
