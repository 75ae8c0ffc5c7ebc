"""A webhook URL is a secret too: Slack, Discord and Teams put the credential in the path.

`url_env` keeps the URL out of rules.yaml; wherever a webhook URL is shown only its scheme, host
and port are; and its path and query are scrubbed, like a secret, from whatever a receiver says
back (a refusal quoting the request line or the URL, a redirect) and from the HTTP library's
log records. Real receivers on 127.0.0.1 (tests/notify_servers.py).
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.hostile_kit import cli, db_dump, write_rules
from tests.notify_servers import WebhookReceiver, evidence_alert, sample_record
from watch.config import load_settings
from watch.delivery.notify import secrets_for, verify_signature
from watch.delivery.notify.redact import Secrets
from watch.errors import ConfigError
from watch.store import Store
from watch.urls import shown_url

# Slack's shape: /services/<team>/<bot>/<24-character token>
TOKEN = "Xq7TokenZ9wK2mNvB4cR8sLp"
HOOK_PATH = f"/services/T0TEAM1/B0BOT22/{TOKEN}"
HOOK_SECRET = "whsec_" + "c2lnbmluZy1rZXktZm9yLXRoZS1ob29rLXRlc3Q="
URL_VAR, SECRET_VAR = "WATCH_TEST_HOOK_URL", "WATCH_TEST_HOOK_SIGNING"

CHANNEL = """notify:
  - name: hook
    type: webhook
    {where}
    secret_env: WATCH_TEST_HOOK_SIGNING
    timeout: 2s
"""


def hook_url(receiver: WebhookReceiver) -> str:
    return f"http://127.0.0.1:{receiver.port}{HOOK_PATH}"


def prepare(folder: Path, where: str) -> tuple[Path, Path]:
    """rules.yaml with one webhook channel (`where` is its url or url_env line), and a state
    holding one alert pending on it."""
    rules = write_rules(folder, [], extra=CHANNEL.format(where=where))
    state = folder / "state"
    with Store.open(state) as store, store.atomic():
        store.add_alert(evidence_alert(sample_record("acme-ipo-2026")), ["hook"])
    return rules, state


def traces() -> list[str]:
    """What the hook's path token may look like wherever it is left behind."""
    return [TOKEN, HOOK_PATH, quote(HOOK_PATH, safe=""), TOKEN.encode().hex()]


# --- delivering through url_env -------------------------------------------------------------


def test_a_url_env_channel_delivers_once_signed_and_shows_only_the_host(
    tmp_path, capsys, caplog, monkeypatch
):
    caplog.set_level(logging.DEBUG)
    with WebhookReceiver() as receiver:
        monkeypatch.setenv(URL_VAR, hook_url(receiver))
        monkeypatch.setenv(SECRET_VAR, HOOK_SECRET)
        rules, state = prepare(tmp_path, f"url_env: {URL_VAR}")
        assert TOKEN not in rules.read_text()
        shown = f"http://127.0.0.1:{receiver.port}/… (from ${URL_VAR})"
        code, out, err = cli(capsys, rules, state, "digest", "--dry-run")
        assert code == 0 and f"[hook] message 1 of 1 to {shown}" in out, err
        said = [out, err]
        for _ in range(2):  # the second run has nothing left to send
            code, out, err = cli(capsys, rules, state, "-v", "digest")
            assert code == 0, err
            said += [out, err]
        code, out, err = cli(capsys, rules, state, "-v", "notify", "test", "--channel", "hook")
        assert code == 0 and out.rstrip().endswith(f"accepted by hook to {shown}")
        said += [out, err]
        digest_request, test_request = receiver.requests
    assert digest_request.path == HOOK_PATH == test_request.path
    for request in (digest_request, test_request):
        signed_at = int(request.headers["webhook-timestamp"])
        assert verify_signature(HOOK_SECRET, request.headers, request.body, now=signed_at)
    assert json.loads(digest_request.body)["alerts"][0]["claim"]["id"] == "acme-ipo-2026"
    records = [r.getMessage() for r in caplog.records]
    # httpx logged each request, with the host and port but not the path
    assert sum(f"POST http://127.0.0.1:{receiver.port}" in r for r in records) == 2
    assert not any(t in text for t in traces() for text in said + records)


# --- hostile receivers ----------------------------------------------------------------------


def hostile(receiver: WebhookReceiver, how: str) -> str:
    """Make `receiver` refuse in the way `how` names; the error text the test expects."""
    if how in ("404 echo", "500 echo"):
        receiver.answer_echoing(int(how[:3]))
        return f"HTTP {how[:3]}: "
    if how == "redirect":
        moved = f"http://127.0.0.1:{receiver.port}/moved{HOOK_PATH}?token={TOKEN}"
        receiver.answer(302, {"Location": moved})
        return "HTTP 302: redirected to "
    assert how == "down"
    receiver.down()
    return f"http://127.0.0.1:{receiver.port}/…: ConnectError"


@pytest.mark.parametrize("how", ["404 echo", "500 echo", "redirect", "down"])
@pytest.mark.parametrize("configured", ["url", "url_env"])
def test_no_trace_of_the_path_token_whatever_the_receiver_says(
    tmp_path, capsys, caplog, monkeypatch, how, configured
):
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv(SECRET_VAR, HOOK_SECRET)
    with WebhookReceiver() as receiver:
        if configured == "url":
            where = f"url: {hook_url(receiver)}"
        else:
            monkeypatch.setenv(URL_VAR, hook_url(receiver))
            where = f"url_env: {URL_VAR}"
        rules, state = prepare(tmp_path, where)
        expected = hostile(receiver, how)
        # An open connection keeps watch.db-wal on disk after watch closes, to grep it too.
        keeper = sqlite3.connect(state / "watch.db")
        keeper.execute("SELECT count(*) FROM alerts").fetchall()
        try:
            outputs, codes = [], []
            for args in (
                ("-vv", "digest"),
                ("alerts", "--json"),
                ("status",),
                ("-vv", "notify", "test", "--channel", "hook"),
                ("digest", "--dry-run"),
            ):
                code, out, err = cli(capsys, rules, state, *args)
                outputs += [out, err]
                codes.append(code)
            files = {p.name: p.read_bytes() for p in state.iterdir() if p.is_file()}
            rows = db_dump(state)
        finally:
            keeper.close()
        asked = len(receiver.requests)
    assert asked == (0 if how == "down" else 2) and codes == [5, 0, 0, 5, 0], outputs
    records = [r.getMessage() for r in caplog.records]
    # the error still says what happened, where it is stored, logged and printed
    (stored,) = [d["last_error"] for d in json.loads(outputs[2])["deliveries"]]
    assert stored.startswith(expected) and f"channel hook: {stored}" in " ".join(records)
    assert expected in outputs[7]  # notify test's stderr
    assert "watch.db-wal" in files
    for trace in traces():
        for text in [*outputs, *records, rows]:
            assert trace not in text, (trace, text)
        for name, data in files.items():
            assert trace.encode() not in data, (trace, name)


# --- the secrets and the shown form -----------------------------------------------------------


def test_the_path_and_query_are_secrets_of_the_channel():
    url = f"https://hooks.example.com{HOOK_PATH}?sig=QuerySignature0123456789"
    secrets = Secrets.for_webhook(None, url=url)
    escaped = json.dumps(HOOK_PATH).replace("/", "\\/")  # as PHP's json_encode writes it
    said = (
        f"POST {HOOK_PATH}?sig=QuerySignature0123456789 HTTP/1.1; "
        f"see https://elsewhere.example/?t={TOKEN}; "
        f"escaped {escaped} {quote(HOOK_PATH, safe='')}; "
        "and QuerySignature0123456789 alone"
    )
    scrubbed = secrets.scrub(said)
    assert TOKEN not in scrubbed and "QuerySignature" not in scrubbed and "services" not in scrubbed
    assert scrubbed.startswith("POST *** HTTP/1.1; see https://elsewhere.example/?t=***; ")
    # A short route is not a credential: "/hook" elsewhere in a message stays as it is.
    assert Secrets.for_webhook(None, url="http://127.0.0.1:9/hook").scrub("/hook") == "/hook"


def test_secrets_for_reads_the_url_from_url_env(tmp_path):
    rules = write_rules(tmp_path, [], extra=CHANNEL.format(where=f"url_env: {URL_VAR}"))
    env = {URL_VAR: f"https://hooks.example.com{HOOK_PATH}", SECRET_VAR: HOOK_SECRET}
    (channel,) = load_settings(rules, env=env).notify
    assert secrets_for(channel, env).scrub(f"no hook {TOKEN}") == "no hook ***"


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (f"https://hooks.slack.com{HOOK_PATH}", "https://hooks.slack.com/…"),
        ("https://discord.com/api/webhooks/123/tok?wait=true", "https://discord.com/…"),
        ("http://127.0.0.1:8080/hook", "http://127.0.0.1:8080/…"),
        ("https://user:pass@hooks.example.com", "https://hooks.example.com"),
        ("https://hooks.example.com/", "https://hooks.example.com"),
        ("http://[::1]:9000/x?y", "http://[::1]:9000/…"),
        (f"hooks.slack.com{HOOK_PATH}", "(not a URL)"),
    ],
)
def test_shown_url_keeps_scheme_host_and_port_only(url, shown):
    assert shown_url(url) == shown


# --- validation -------------------------------------------------------------------------------


def problems(rules: Path, env: dict[str, str]) -> list[tuple[int | None, str, str]]:
    with pytest.raises(ConfigError) as caught:
        load_settings(rules, env=env)
    return [(p.line, p.path, p.message) for p in caught.value.problems]


def channel_rules(tmp_path: Path, lines: str) -> tuple[Path, int]:
    """rules.yaml with one webhook channel holding `lines`, and the line of its `- name:`."""
    rules = write_rules(tmp_path, [], extra=f"notify:\n  - name: hook\n    type: webhook\n{lines}")
    first = rules.read_text().splitlines().index("  - name: hook") + 1
    return rules, first


SIGNING = {SECRET_VAR: HOOK_SECRET}


@pytest.mark.parametrize(
    ("lines", "env", "at", "message"),
    [
        (
            f"    url_env: {URL_VAR}\n",
            {},
            (2, "notify[0].url_env"),
            f"environment variable {URL_VAR} is not set",
        ),
        (
            f"    url_env: {URL_VAR}\n",
            {URL_VAR: f"hooks.slack.com{HOOK_PATH}"},
            (2, "notify[0].url_env"),
            f"environment variable {URL_VAR} does not hold an http(s) URL",
        ),
        (
            f"    url_env: {URL_VAR}\n",
            {URL_VAR: f"ftp://hooks.example.com{HOOK_PATH}"},
            (2, "notify[0].url_env"),
            f"environment variable {URL_VAR} does not hold an http(s) URL",
        ),
        (
            f"    url: https://hooks.example.com{HOOK_PATH}\n    url_env: {URL_VAR}\n",
            {URL_VAR: f"https://hooks.example.com{HOOK_PATH}"},
            (0, "notify[0]"),
            "give `url` or `url_env`, not both",
        ),
        (
            "    secret_env: WATCH_TEST_HOOK_SIGNING\n",
            SIGNING,
            (0, "notify[0]"),
            "a webhook channel needs `url`, or `url_env` naming the environment variable "
            "that holds the URL",
        ),
        (
            f"    url_env: https://hooks.example.com{HOOK_PATH}\n",
            {},
            (2, "notify[0].url_env"),
            "`url_env` is the name of an environment variable that holds the URL "
            "(e.g. WATCH_SLACK_URL), not the URL itself",
        ),
        (
            f"    url: hooks.slack.com{HOOK_PATH}\n",
            {},
            (2, "notify[0].url"),
            "not an http(s) URL: (not a URL)",
        ),
        (
            f"    url: ftp://hooks.example.com{HOOK_PATH}\n",
            {},
            (2, "notify[0].url"),
            "not an http(s) URL: ftp://hooks.example.com/…",
        ),
    ],
    ids=[
        "url_env-unset",
        "url_env-no-scheme",
        "url_env-not-http",
        "both",
        "neither",
        "url-pasted-into-url_env",
        "url-no-scheme",
        "url-not-http",
    ],
)
def test_validation_names_the_field_never_the_url(tmp_path, lines, env, at, message):
    rules, first = channel_rules(tmp_path, lines)
    offset, field = at
    found = problems(rules, env)
    assert found == [(first + offset, field, message)]
    assert TOKEN not in repr(found)


def test_watch_validate_names_the_variable_and_never_prints_its_value(
    tmp_path, capsys, monkeypatch
):
    rules, _ = channel_rules(tmp_path, f"    url_env: {URL_VAR}\n")
    monkeypatch.setenv(URL_VAR, f"hooks.slack.com{HOOK_PATH}")
    code, out, err = cli(capsys, rules, tmp_path / "state", "validate")
    assert code == 2 and f"notify[0].url_env: environment variable {URL_VAR} does not hold" in err
    assert TOKEN not in out + err and "services" not in out + err
    monkeypatch.setenv(URL_VAR, f"https://hooks.example.com{HOOK_PATH}")
    code, out, err = cli(capsys, rules, tmp_path / "state", "validate")
    assert code == 0 and TOKEN not in out + err, err


def test_the_url_env_example_of_docs_webhook_md_loads(tmp_path):
    doc = (Path(__file__).resolve().parent.parent / "docs" / "webhook.md").read_text("utf-8")
    (example,) = [b for b in re.findall(r"```yaml\n(.*?)```", doc, re.S) if "url_env" in b]
    rules = write_rules(tmp_path, [], extra=example)
    url = f"https://hooks.slack.com{HOOK_PATH}"
    env = {"WATCH_SLACK_URL": url}
    (channel,) = load_settings(rules, env=env).notify
    assert channel.resolve_url(env) == url
    assert channel.shown(env) == "https://hooks.slack.com/… (from $WATCH_SLACK_URL)"
