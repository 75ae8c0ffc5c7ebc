"""`--json` on the commands that report (issue 24): each prints one document of the shape
docs/json-output.md gives as a JSON Schema, checked here on real output; and `digest --dry-run`
prints exactly what the channel is then sent."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from tests.feedkit import Item, page, rss, write_rules
from tests.notify_servers import SmtpServer, WebhookReceiver
from tests.servers import LocalServer, Route
from watch.cli import invoke

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "json-output.md"


def schemas() -> dict[str, dict[str, Any]]:
    """The schema under each `## \\`watch …\\`` heading of the doc, by the command's words."""
    text = DOC.read_text(encoding="utf-8")
    found = {}
    for section in re.split(r"^## ", text, flags=re.MULTILINE)[1:]:
        title = section.splitlines()[0]
        block = re.search(r"```json\n(.*?)```", section, re.DOTALL)
        assert block, title
        schema = json.loads(block.group(1))
        Draft202012Validator.check_schema(schema)
        found[title.strip("`").split(" --json")[0].split(" FILE")[0].split(" --channel")[0]] = (
            schema
        )
    return found


def printed(capsys: pytest.CaptureFixture[str], name: str, *args: str, code: int = 0) -> Any:
    """Run `watch ARGS`; its output, which must be one document valid against `name`'s schema."""
    got = invoke(list(args))
    out, err = capsys.readouterr()
    assert got == code, err
    document = json.loads(out)
    errors = [e.message for e in Draft202012Validator(schemas()[name]).iter_errors(document)]
    assert errors == [], (name, document)
    return document


def test_the_doc_has_a_schema_for_each_command() -> None:
    assert sorted(schemas()) == sorted(
        [
            "watch validate",
            "watch baseline",
            "watch feeds import",
            "watch digest",
            "watch notify test",
        ]
    )


def test_validate_json(capsys, tmp_path: Path) -> None:
    rules = write_rules(tmp_path, [("a", "https://a.example.com/feed")])
    ok = printed(capsys, "watch validate", "--rules", str(rules), "validate", "--json")
    assert ok == {
        "rules": str(rules),
        "valid": True,
        "empty": False,
        "feeds": 1,
        "claims": 1,
        "channels": 0,
        "problems": [],
    }
    rules.write_text("feeds:\n  - url: https://a.example/x\n    intervall: 5m\n")
    bad = printed(capsys, "watch validate", "--rules", str(rules), "validate", "--json", code=2)
    assert bad["valid"] is False
    assert bad["problems"] == [
        {"file": str(rules), "line": 3, "path": "feeds[0].intervall", "message": "unknown key"}
    ]


def test_baseline_json(capsys, tmp_path: Path) -> None:
    rules = write_rules(tmp_path, [])
    (tmp_path / "seeds" / "one.txt").write_text("Acme Robotics plans an IPO.\n")
    base = ["--rules", str(rules), "--state", str(tmp_path / "state")]
    first = printed(capsys, "watch baseline", *base, "baseline", "--json")
    assert first["added"] == 1 and first["skipped"] == []
    assert printed(capsys, "watch baseline", *base, "baseline", "--json")["added"] == 0


def test_feeds_import_json(capsys, tmp_path: Path) -> None:
    rules = write_rules(tmp_path, [("known", "https://known.example.com/feed")])
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<opml version="2.0"><body>'
        '<outline text="Known" xmlUrl="https://known.example.com/feed"/>'
        '<outline text="New" xmlUrl="https://new.example.com/feed"/>'
        '<outline text="Bad" xmlUrl="file:///etc/passwd"/>'
        "</body></opml>"
    )
    result = printed(
        capsys, "watch feeds import", "--rules", str(rules), "feeds", "import", str(opml), "--json"
    )
    assert result["added"] == [{"title": "New", "url": "https://new.example.com/feed"}]
    assert result["already_there"] == 1
    assert [(s["title"], s["url"]) for s in result["skipped"]] == [("Bad", "file:///etc/passwd")]
    assert "url" in result["skipped"][0]["reason"]


def _serve_two_stories(server: LocalServer) -> str:
    """A story that contradicts CLAIM and one that only mentions it (a question)."""
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    stories = {
        "/a/delay.html": (
            "Acme delays IPO",
            "Acme Robotics has postponed its planned IPO until 2027, the company said.",
        ),
        "/a/ask.html": ("Will Acme go public?", "Will Acme Robotics go public with an IPO soon?"),
    }
    items = []
    for path, (title, text) in stories.items():
        server.route(path, Route(body=page(title, [text] * 2, now), content_type="text/html"))
        items.append(Item(title, server.url(path), now))
    return server.route("/news.xml", Route(body=rss(items), content_type="application/rss+xml"))


def test_digest_and_notify_test_json_and_dry_run_is_what_is_sent(
    capsys, tmp_path: Path, http_server: LocalServer
) -> None:
    rules = write_rules(tmp_path, [("news", _serve_two_stories(http_server))])
    base = ["--rules", str(rules), "--state", str(tmp_path / "state")]
    assert invoke([*base, "check", "--once"]) == 0
    capsys.readouterr()
    none = printed(capsys, "watch digest", *base, "digest", "--dry-run", "--json")
    assert none == {"dry_run": True, "channels": []}
    assert invoke([*base, "digest", "--dry-run"]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith(f"No channel is configured in {rules}, so nothing would be sent")
    with SmtpServer() as smtp, WebhookReceiver() as hook:
        rules.write_text(
            rules.read_text()
            + f"""
notify:
  - name: mail
    type: email
    mode: digest
    schedule: "0 8 * * *"
    smtp: {{host: 127.0.0.1, port: {smtp.port}, security: none}}
    from: w@example.com
    to: [a@example.com]
    also_seen: true
  - name: hook
    type: webhook
    url: {hook.url}
"""
        )
        base = [
            "--rules",
            str(rules),
            "--state",
            str(tmp_path / "state2"),
        ]  # channels from the start
        assert invoke([*base, "check", "--once"]) == 0
        capsys.readouterr()
        tested = printed(
            capsys, "watch notify test", *base, "notify", "test", "--channel", "hook", "--json"
        )
        assert tested["channel"] == "hook" and tested["accepted"] is True
        assert hook.requests[-1].headers["webhook-id"] == tested["message_id"]
        preview = printed(
            capsys, "watch digest", *base, "digest", "--channel", "mail", "--dry-run", "--json"
        )
        [channel] = preview["channels"]
        [message] = channel["messages"]
        assert channel["channel"] == "mail" and "acme-ipo-2026" in message["subject"]
        assert "Also seen (mentions):" in message["text"]  # the channel lists mentions
        sent = printed(capsys, "watch digest", *base, "digest", "--channel", "mail", "--json")
        assert sent == {"dry_run": False, "sent": 1, "failed": 0}
        [mail] = smtp.messages
        body = mail.message.get_body(("plain",))
        assert body is not None
        assert str(mail.message["Subject"]).strip() == message["subject"]
        # the same message, but for the minute it was rendered in (its first line)
        assert _after_first_line(body.get_content()) == _after_first_line(message["text"])


def _after_first_line(text: str) -> str:
    return text.replace("\r\n", "\n").split("\n", 1)[1].rstrip("\n")
