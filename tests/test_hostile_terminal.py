"""What reaches a terminal (issue 18, items 4-5), through real processes on loopback: escape
sequences in a feed's declared encoding reach neither stderr (the log of `check` and of the
daemon) nor the database; bidi
overrides, zero-width characters and C1 controls in a page's title and text reach no human
output (terminal, plain-text email) raw, and `--json` and the webhook body carry them escaped.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import subprocess
import time
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.feedkit import Item, page, rss, watch_command
from tests.hostile_kit import RSS_TYPE, cli, write_rules
from tests.notify_servers import SmtpServer, WebhookReceiver
from tests.procs import running, stop
from tests.servers import LocalServer, Route

RECENT = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
# an OSC that retitles the window, an SGR that turns text red, and a CSI as one C1 character
ESCAPES = "\x1b]0;pwned\x07\x1b[31m\x9b2J"
# bidi overrides and isolates, zero-width characters, a C1 CSI
HIDDEN = "\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u2060\ufeff\x9b"


def raw_unsafe(text: str) -> list[str]:
    """Characters of `text` a terminal may act on or that hide text (newlines aside)."""
    return [c for c in text if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") and c != "\n"]


def serve_escape_feed(server: LocalServer) -> str:
    """A feed that fails with an error quoting escape sequences: undecodable bytes under a
    declared encoding whose name is made of them."""
    body = (
        f'<?xml version="1.0" encoding="{ESCAPES}"?><rss version="2.0"><channel><title>t'
        "</title><item><title>x \udcff\udcc3 y</title><link>http://example.com/a</link>"
        "</item></channel></rss>"
    ).encode("utf-8", "surrogateescape")
    return server.route("/esc.xml", Route(body=body, content_type=RSS_TYPE))


def stored_error(state: Path) -> str | None:
    if not (state / "watch.db").exists():
        return None
    with contextlib.closing(sqlite3.connect(state / "watch.db", timeout=5)) as conn:
        try:
            row = conn.execute("SELECT last_error FROM feeds WHERE id = 'esc'").fetchone()
        except sqlite3.OperationalError:  # the first run is still creating the schema
            return None
    return row[0] if row else None


def test_escape_sequences_in_a_feed_error_reach_neither_stderr_nor_the_database(
    tmp_path: Path, http_server: LocalServer
) -> None:
    rules = write_rules(tmp_path, [("esc", serve_escape_feed(http_server))])
    state = tmp_path / "state"
    done = subprocess.run(  # -v: a check logs the failure it reports only when asked to
        watch_command(rules, state, "check", "--once", "-v"), capture_output=True, timeout=120
    )
    out, err = done.stdout.decode(), done.stderr.decode()
    assert done.returncode == 0, err
    assert "failed 1" in out and "feed esc failed" in err and "pwned" in err  # said, as text
    assert raw_unsafe(out) == [] and raw_unsafe(err) == [], err
    stored = stored_error(state)
    assert stored and "undecodable" in stored and "pwned" in stored
    assert raw_unsafe(stored) == []


def test_the_daemon_logs_the_same_error_clean(tmp_path: Path, http_server: LocalServer) -> None:
    rules = write_rules(tmp_path, [("esc", serve_escape_feed(http_server))])
    state = tmp_path / "state"
    with running(watch_command(rules, state, "run"), text=False) as proc:
        deadline = time.monotonic() + 60
        while stored_error(state) is None and time.monotonic() < deadline:
            time.sleep(0.1)
        _took, raw_err = stop(proc, timeout=60)
    err = raw_err.decode()
    assert proc.returncode == 0 and "feed esc failed" in err and "pwned" in err, err
    assert raw_unsafe(err) == []


def test_invisible_characters_reach_no_human_output_and_json_escapes_them(
    tmp_path: Path,
    http_server: LocalServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    title = f"Acme{HIDDEN} delays{ESCAPES} IPO 英伟达"
    said = f"Acme Robotics has postponed its planned IPO until 2027, the company said.{HIDDEN}"
    text = [said, f"Bankers were told {HIDDEN} to stand down.", "Robots in New York."]
    http_server.route(
        "/a/acme.html", Route(body=page(title, text, RECENT), content_type="text/html")
    )
    article = http_server.url("/a/acme.html")
    # no title in the feed: the page's own title is stored as it was extracted
    feed = rss([Item("", article, RECENT, "")])
    url = http_server.route("/news.xml", Route(body=feed, content_type=RSS_TYPE))
    monkeypatch.setenv("WATCH_T_SECRET", "whsec_dGVybWluYWwtc2FmZXR5LWtleQ==")
    state = tmp_path / "state"
    with SmtpServer() as smtp, WebhookReceiver() as hook:
        channels = f"""notify:
  - name: mail
    type: email
    smtp: {{host: 127.0.0.1, port: {smtp.port}, security: none, timeout: 2s}}
    from: watch@example.com
    to: [analyst@example.com]
  - name: hook
    type: webhook
    url: {hook.url}
    secret_env: WATCH_T_SECRET
    timeout: 2s
"""
        rules = write_rules(tmp_path, [("news", url)], extra=channels)
        code, _, err = cli(capsys, rules, state, "check", "--once")
        assert code == 0, err
        [mail] = smtp.messages
        [post] = hook.requests
    with sqlite3.connect(state / "watch.db") as conn:
        [(stored_title,)] = conn.execute("SELECT title FROM articles").fetchall()
    assert "\u202e" in stored_title and "\x9b" in stored_title  # the hostile text is there
    outputs = {}
    for args in (
        ["alerts"],
        ["explain", article],
        ["search", "Acme"],
        ["claims", "show", "acme-ipo-2026"],
    ):
        for extra in ([], ["--json"]):
            code, out, err = cli(capsys, rules, state, *args, *extra)
            assert code == 0, (args, err)
            outputs[" ".join(args + extra)] = out
    assert "Acme" in outputs["search Acme"] and "英伟达" in outputs["alerts"]
    for name, out in outputs.items():
        assert raw_unsafe(out) == [], name
    message = mail.message
    plain = message.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert "英伟达" in plain and "postponed" in plain
    assert raw_unsafe(message["Subject"]) == [] and raw_unsafe(plain) == []
    # JSON: escaped, and decoding gives back exactly what is stored
    assert json.loads(outputs["search Acme --json"])["hits"][0]["title"] == stored_title
    assert json.loads(outputs["explain " + article + " --json"])["article"]["title"] == stored_title
    assert "\\u009b" in outputs["search Acme --json"]
    shown = json.loads(outputs["claims show acme-ipo-2026 --json"])
    assert any(HIDDEN in r["quote"] for r in shown["evidence"])
    body = post.body.decode("utf-8")
    assert raw_unsafe(body) == [] and "英伟达" in body
    titles = [e["title"] for a in json.loads(body)["alerts"] for e in a["evidence"]]
    assert titles == [stored_title]
