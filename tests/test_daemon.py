"""`watch run` as a real subprocess: polls on short intervals, alerts, exits 0 on SIGTERM."""

from __future__ import annotations

import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

from tests.feedkit import serve_delay_story, watch_command, write_rules
from tests.notify_servers import WebhookReceiver
from tests.procs import running, stop
from tests.servers import LocalServer, Route

NOW = datetime.now(UTC).replace(microsecond=0)


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_daemon_polls_alerts_and_stops_cleanly(tmp_path: Path, http_server: LocalServer) -> None:
    serve_delay_story(http_server, NOW)
    http_server.route("/other.xml", Route(status=500))
    with WebhookReceiver() as hook:
        rules = write_rules(
            tmp_path,
            [("news", http_server.url("/news.xml")), ("other", http_server.url("/other.xml"))],
            extra=f"""
default_interval: 2s
notify:
  - name: hook
    type: webhook
    url: {hook.url}
""",
        )
        with running(watch_command(rules, tmp_path / "state", "-v", "run")) as proc:
            assert wait_for(lambda: hook.requests, 30), "no alert from the daemon"
            assert wait_for(lambda: len(http_server.requests_for("/news.xml")) >= 2, 15)
            # a cron check waits for the daemon's lock and runs between its jobs
            check = subprocess.run(
                watch_command(rules, tmp_path / "state", "check", "--once", "--wait", "--json"),
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert check.returncode == 0, check.stderr
            _took, err = stop(proc)
        assert proc.returncode == 0, err
        assert "INFO watch.scheduler: watch daemon stopped" in err  # not a WARNING (issue 24)
        assert "INFO apscheduler" not in err  # -v is watch's news, not the scheduler's job chatter
        assert len(hook.requests) == 1  # polled repeatedly, alerted once
        assert "other" in err and "HTTP 500" in err  # a failing feed is logged, the rest go on
