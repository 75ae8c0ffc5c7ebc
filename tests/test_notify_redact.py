"""Secrets never leave in any form (issue 18): `Secrets` on its own, then a seeded property test
that sends random secrets through every delivery error path, against a real SMTP server and a
real webhook receiver that echo them back, and greps everything `watch` leaves behind."""

from __future__ import annotations

import base64
import json
import logging
import random
import re
import sqlite3
import string
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from tests.feedkit import watch_command
from tests.hostile_kit import cli, db_dump, write_rules
from tests.notify_servers import SmtpServer, WebhookReceiver, evidence_alert, sample_record
from watch.delivery.notify.redact import Secrets, guard_logs
from watch.store import Store

USER = "watch"
ALPHABET = string.ascii_letters + string.digits + string.punctuation + " "
UNICODE = "éßø密码€й"
# aiosmtpd rightly warns about AUTH without TLS; these tests do it on purpose, on loopback.
PLAIN_AUTH = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


def bare(text: str) -> str:
    """`text` without what an echo may add inside a form: whitespace and line breaks, control
    characters, and the backslashes of escapes escaped again (a repr of a repr)."""
    return re.sub(r"[\s\x00-\x1f\x7f-\x9f\\]+", "", text)


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def cores_inside_blobs(raw: bytes, rng: random.Random) -> list[str]:
    """The base64 characters fixed by `raw` alone when it sits at each of the three alignments
    inside a longer blob, found by experiment: the positions that stay the same whatever bytes
    surround it."""
    found = []
    for offset in range(3):
        blobs = [b64(rng.randbytes(offset) + raw + rng.randbytes(3)).rstrip("=") for _ in range(12)]
        same = [all(b[i] == blobs[0][i] for b in blobs) for i in range(len(blobs[0]))]
        run = "".join(blobs[0][i] for i in range(len(same)) if same[i])
        found.append(run)
    return found


# --- Secrets on its own -----------------------------------------------------------------------


def test_the_password_is_found_at_every_alignment_inside_a_longer_blob():
    rng = random.Random(1801)
    for _ in range(200):
        password = "".join(rng.choices(ALPHABET, k=rng.randint(6, 30)))
        secrets = Secrets([password])
        cores = cores_inside_blobs(password.encode(), rng)
        for before in range(9):
            raw = rng.randbytes(before) + password.encode() + rng.randbytes(rng.randint(0, 4))
            for encode in (base64.b64encode, base64.urlsafe_b64encode):
                blob = encode(raw).decode()
                scrubbed = secrets.scrub(f"535 {blob} bye")
                assert scrubbed.startswith("535 ") and scrubbed.endswith(" bye")
                core = cores[before % 3]
                if encode is base64.urlsafe_b64encode:
                    core = core.replace("+", "-").replace("/", "_")
                assert core in blob and core not in scrubbed, (password, before, scrubbed)


def test_quote_scrubs_the_whole_reply_then_cuts():
    secret = "Sekr1t-value-42"
    secrets = Secrets([secret])
    for at in range(180, 200):
        quoted = secrets.quote("x" * at + secret + " tail", 200)
        assert len(quoted) <= 200 and secret[:3] not in quoted
    # A reply read only in part may end with the start of a secret: that start is dropped.
    for cut in range(1, len(secret)):
        quoted = secrets.quote(b"y" * 50 + secret[:cut].encode(), 200, complete=False)
        assert secret[: min(cut, 3)] not in quoted and quoted.startswith("y" * 20)


def test_overlapping_echoes_leave_no_tail():
    secrets = Secrets(["abcdefgh"])
    assert secrets.scrub("abcdabcdefghefgh") == "abcd***efgh"
    assert secrets.scrub("abc\ndef\r\ngh and abcdefgh") == "*** and ***"
    assert Secrets().scrub("nothing to hide") == "nothing to hide"


def test_guarded_log_records_are_scrubbed_whoever_logs_them(caplog):
    caplog.set_level(logging.DEBUG)
    key = b"\x01\x02key-bytes\xff\xfe"
    secret = "whsec_" + b64(key)
    guard_logs("test-channel", Secrets.for_webhook(secret, key))
    try:
        logging.getLogger("httpx").info('HTTP Request: POST "HTTP/1.1 503 %s"', secret[6:])
        logging.getLogger("httpcore.http11").debug("headers=%r", [(b"x", b"<" + key + b">")])
    finally:
        guard_logs("test-channel", Secrets())
    logging.getLogger("httpx").info("after: %s", secret[6:])
    messages = [r.getMessage() for r in caplog.records]
    assert messages[0] == 'HTTP Request: POST "HTTP/1.1 503 ***"'
    assert "key-bytes" not in messages[1] and messages[1].endswith("***>')]")
    assert messages[2] == f"after: {secret[6:]}"  # unguarded again: nothing else is touched


# --- the property test --------------------------------------------------------------------------


@dataclass
class Case:
    password: str
    hook_secret: str
    key: bytes | None
    mail_forms: dict[str, str]  # what the SMTP server was sent, in each form, by name
    hook_forms: dict[str, str]  # what the webhook receiver was sent (signed with)

    @property
    def forms(self) -> dict[str, str]:
        """What must not appear anywhere."""
        return self.mail_forms | self.hook_forms

    @property
    def prefixes(self) -> list[str]:
        """The start of each form of a secret: no cut of a straddling echo may leave it."""
        starts = [bare(f)[:8] for name, f in self.forms.items() if name != "AUTH PLAIN blob"]
        return [start for start in starts if len(start) == 8]


def random_case(rng: random.Random) -> Case:
    password = "".join(rng.choices(ALPHABET, k=rng.randint(8, 32)))
    key = None
    if rng.random() < 0.5:
        key = rng.randbytes(rng.randint(16, 40))
        hook_secret = "whsec_" + b64(key)
    else:
        hook_secret = "".join(rng.choices(ALPHABET + UNICODE, k=rng.randint(10, 30)))
    pw = password.encode()
    mail = {
        "password": password,
        "password base64": b64(pw),
        "password base64 unpadded": b64(pw).rstrip("="),
        "password url-safe": base64.urlsafe_b64encode(pw).decode().rstrip("="),
        "password hex": pw.hex(),
        "password HEX": pw.hex().upper(),
        "password percent-encoded": quote(password, safe=""),
        "password as JSON": json.dumps(password)[1:-1],
        "AUTH PLAIN blob": b64(f"\0{USER}\0{password}".encode()),
    }
    for offset, core in enumerate(cores_inside_blobs(pw, rng)):
        mail[f"password inside a blob at offset {offset}"] = core
    raw = hook_secret.encode()
    hook = {
        "hook secret": hook_secret,
        "hook secret base64": b64(raw),
        "hook secret hex": raw.hex(),
        "hook secret as JSON": json.dumps(hook_secret)[1:-1],
        "hook secret bytes repr": repr(raw)[2:-1],
    }
    if key is not None:
        hook |= {
            "key part": hook_secret.removeprefix("whsec_"),
            "key part unpadded": hook_secret.removeprefix("whsec_").rstrip("="),
            "key hex": key.hex(),
            "key url-safe": base64.urlsafe_b64encode(key).decode().rstrip("="),
            "key bytes repr": repr(key)[2:-1],
            "key as Latin-1": key.decode("latin-1"),
        }
    return Case(password, hook_secret, key, mail, hook)


def echo_text(forms_by_name: dict[str, str], *, header: bool = False) -> str:
    """Every form, as a hostile server would quote them (only what fits a header, for one)."""
    forms = list(forms_by_name.values())
    if header:
        forms = [f for f in forms if f.isprintable() and f.isascii()]
    return " ".join(forms)


def smtp_server(case: Case, path: str, rng: random.Random) -> SmtpServer:
    """A hostile SMTP server for one delivery error path."""
    said = echo_text(case.mail_forms)
    if path == "auth echo":  # quotes the AUTH exchange it got, and everything else
        mechanisms = rng.choice([["PLAIN"], ["PLAIN", "LOGIN"]])

        def reply(mechanism: str, login: bytes, password: bytes) -> str:
            blob = b64(b"\0" + login + b"\0" + password) if mechanism == "PLAIN" else b64(password)
            return f"535 5.7.8 no {blob} {said}"

        return SmtpServer(credentials=(USER, "other"), auth_reply=reply, auth_mechanisms=mechanisms)
    if path == "auth wrapped":  # the same over a multi-line reply, cut at a random width

        def wrapped(mechanism: str, login: bytes, password: bytes) -> str:
            text = b64(b"\0" + login + b"\0" + password) + said
            width = rng.randint(5, 40)
            lines = [text[i : i + width] for i in range(0, len(text), width)]
            return "\r\n".join(f"535-{line}" for line in lines[:-1]) + f"\r\n535 {lines[-1]}"

        return SmtpServer(
            credentials=(USER, "other"), auth_reply=wrapped, auth_mechanisms=["PLAIN"]
        )
    if path == "auth loop":  # challenges with the client's own blob until smtplib gives up
        return SmtpServer(credentials=(USER, "other"), auth_loop=True, auth_mechanisms=["PLAIN"])
    assert path == "rcpt echo"  # logs in fine, then refuses quoting it across the 300 cut
    pad = "x" * rng.randint(250, 299)
    return SmtpServer(credentials=(USER, case.password), rcpt_reply=f"550 5.1.1 {pad}{said}")


def set_receiver(receiver: WebhookReceiver, case: Case, path: str, rng: random.Random) -> None:
    """A hostile webhook receiver for one delivery error path."""
    said = echo_text(case.hook_forms).encode() + b" " + (case.key or b"")
    header = echo_text(case.hook_forms, header=True)
    if path == "body":  # straddling the 200 characters shown
        receiver.answer(500, body=b"x" * rng.randint(150, 199) + said)
    elif path == "long body":  # straddling the 4096 bytes read
        receiver.answer(400, body=b"y" * (4096 - rng.randint(1, 30)) + said)
    elif path == "location":
        receiver.answer(302, {"Location": "/" + header.replace(" ", "/")})
    elif path == "reason":  # only logged (httpx at -v, httpcore at -vv), never in the error
        receiver.answer(503, {"X-Echo": header}, reason="Unavailable " + header)
    else:
        assert path == "header line"  # h11 refuses it, quoting the line in its exception
        receiver.answer(500, {"X-Note": "ok\r\nbad line " + header})


CHANNELS = """
notify:
  - name: mail
    type: email
    smtp: {{host: 127.0.0.1, port: {port}, security: none, timeout: 2s,
           username: {user}, password_env: WATCH_TEST_SMTP_PASSWORD}}
    from: watch@example.com
    to: [analyst@example.com]
  - name: hook
    type: webhook
    url: {url}
    secret_env: WATCH_TEST_HOOK_SECRET
    timeout: 2s
"""


def prepare(folder: Path, smtp: SmtpServer, receiver: WebhookReceiver) -> tuple[Path, Path]:
    """A rules file with both channels, and a state holding one alert pending on each."""
    rules = write_rules(
        folder, [], extra=CHANNELS.format(port=smtp.port, user=USER, url=receiver.url)
    )
    state = folder / "state"
    with Store.open(state) as store, store.atomic():
        store.add_alert(
            evidence_alert(sample_record("acme-ipo-2026", title="Acme delays")), ["mail", "hook"]
        )
    return rules, state


def leftovers(state: Path) -> tuple[list[str], dict[str, bytes]]:
    """Every table row as text, and the bytes of every file of the state directory."""
    files = {p.name: p.read_bytes() for p in state.iterdir() if p.is_file()}
    return [db_dump(state)], files


def assert_nowhere(case: Case, texts: list[str], files: dict[str, bytes]) -> None:
    flat = [bare(t) for t in texts]
    for name, form in case.forms.items():
        target = bare(form)
        assert not any(target in text for text in flat), f"{name} {form!r} leaked"
        for file, data in files.items():
            assert form.encode() not in data, f"{name} leaked into {file}"
    for prefix in case.prefixes:
        assert not any(prefix in text for text in flat), f"start of a secret {prefix!r} leaked"
    for file, data in files.items():
        assert not (case.key and case.key in data), f"the raw key leaked into {file}"


SMTP_PATHS = ["auth echo", "auth wrapped", "auth loop", "rcpt echo"]
HOOK_PATHS = ["body", "long body", "location", "reason", "header line"]


@PLAIN_AUTH
def test_random_secrets_never_leave_through_any_delivery_error_path(
    tmp_path, capsys, caplog, monkeypatch
):
    rng = random.Random(18)
    caplog.set_level(logging.DEBUG)
    for run in range(10):
        case = random_case(rng)
        smtp_path, hook_path = SMTP_PATHS[run % 4], HOOK_PATHS[run % 5]
        monkeypatch.setenv("WATCH_TEST_SMTP_PASSWORD", case.password)
        monkeypatch.setenv("WATCH_TEST_HOOK_SECRET", case.hook_secret)
        caplog.clear()
        with smtp_server(case, smtp_path, rng) as smtp, WebhookReceiver() as receiver:
            set_receiver(receiver, case, hook_path, rng)
            rules, state = prepare(tmp_path / f"run{run}", smtp, receiver)
            # An open connection keeps watch.db-wal on disk after watch closes, to grep it too.
            keeper = sqlite3.connect(state / "watch.db")
            keeper.execute("SELECT count(*) FROM alerts").fetchall()
            try:
                outputs = run_every_command(capsys, rules, state)
                assert (state / "watch.db-wal").exists()
                rows, files = leftovers(state)
            finally:
                keeper.close()
        # aiosmtpd logs what the client sent it, server side: not watch's output.
        records = [r.getMessage() for r in caplog.records if not r.name.startswith("mail.log")]
        assert any("channel mail" in r for r in records) and any(
            "channel hook" in r for r in records
        )
        assert_nowhere(case, outputs + records + rows, files)


def run_every_command(capsys: pytest.CaptureFixture[str], rules: Path, state: Path) -> list[str]:
    """stdout and stderr of a failing delivery, `alerts --json` and `notify test`, at -vv."""
    outputs = []
    code, out, err = cli(capsys, rules, state, "-vv", "digest")
    assert code == 5 and "0 messages sent, 2 failed" in out, err
    outputs += [out, err]
    code, out, err = cli(capsys, rules, state, "alerts", "--json")
    errors = [d["last_error"] for d in json.loads(out)["deliveries"]]
    assert code == 0 and len(errors) == 2 and all(errors)
    outputs += [out, err]
    for channel in ("mail", "hook"):
        code, out, err = cli(capsys, rules, state, "-vv", "notify", "test", "--channel", channel)
        assert code == 5 and f"channel {channel}" in err
        outputs += [out, err]
    return outputs


@PLAIN_AUTH
def test_a_real_process_prints_no_secret_on_stderr(tmp_path):
    """The same through `watch -vv digest` as a process: its own logging set-up, real stderr."""
    rng = random.Random(1818)
    case = random_case(rng)
    with smtp_server(case, "auth echo", rng) as smtp, WebhookReceiver() as receiver:
        set_receiver(receiver, case, "reason", rng)
        rules, state = prepare(tmp_path, smtp, receiver)
        env: dict[str, Any] = {
            "WATCH_TEST_SMTP_PASSWORD": case.password,
            "WATCH_TEST_HOOK_SECRET": case.hook_secret,
            "PATH": "/usr/bin:/bin",
        }
        done = subprocess.run(
            watch_command(rules, state, "-vv", "digest"),
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 5, done.stderr
    assert "HTTP Request: POST" in done.stderr and "WARNING watch.outbox" in done.stderr
    rows, files = leftovers(state)
    assert_nowhere(case, [done.stdout, done.stderr, *rows], files)
