"""The outbox at any size: every alert reaches every channel exactly once, however many a run
raises, split into messages no larger than the channel's bound; a kill in the middle of a
delivery of several messages repeats at most the one in flight."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.feedkit import watch_command, write_rules
from tests.notify_servers import (
    SmtpServer,
    WebhookReceiver,
    evidence_alert,
    sample_record,
)
from watch.config import load_settings
from watch.delivery.notify import MAX_ALERTS_PER_MESSAGE, split_messages
from watch.delivery.slack import ALERT_ROOM, alert_sections, slack_message
from watch.models import (
    Alert,
    Article,
    ClaimStatus,
    Evidence,
    Stance,
    StatusChange,
    Verdict,
)
from watch.pipeline import run_once
from watch.store import Store

SECRET = "whsec_c2VjcmV0LWtleS1mb3ItdGVzdHM="
ENV = {"WATCH_TEST_HOOK_SECRET": SECRET}
NOW = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)  # 04:00 in Shanghai
CLAIM_ID = "acme-ipo-2026"  # the claim tests.feedkit.write_rules writes


def channels(smtp_port: int, hook_url: str, slack_url: str, mode: str) -> str:
    schedule = ""
    if mode == "digest":
        schedule = '\n    schedule: "0 8 * * *"\n    timezone: Asia/Shanghai'
    hooks = "".join(
        f"""
  - name: {name}
    type: webhook
    mode: {mode}{schedule}
    url: {url}
    format: {fmt}
    secret_env: WATCH_TEST_HOOK_SECRET
    timeout: 30s"""
        for name, url, fmt in (("hook", hook_url, "json"), ("slack", slack_url, "slack"))
    )
    return f"""
notify:
  - name: mail
    type: email
    mode: {mode}{schedule}
    smtp: {{host: 127.0.0.1, port: {smtp_port}, security: none, timeout: 5s}}
    from: watch@example.com
    to: [analyst@example.com]{hooks}
"""


def article_url(n: int) -> str:
    return f"https://news{n % 7}.example.com/a/{n}"


def seed_alerts(state: Path, channel_names: list[str], count: int) -> list[int]:
    """`count` evidence alerts on the test claim, each from its own story, pending on every
    channel, as a first check over many new articles would leave them."""
    ids = []
    with Store.open(state) as store, store.atomic():
        store.sync_feeds([("news", "https://example.com/feed", "News")])
        for n in range(count):
            url = article_url(n)
            stored = store.add_article(
                Article(
                    url=url,
                    title=f"Acme delays IPO, report {n}",
                    text="Acme Robotics postponed its IPO to 2027.",
                    lang="en",
                    published=NOW - timedelta(minutes=n),
                    feed_id="news",
                    guid=url,
                ),
                now=NOW,
                content_hash=url,
                fingerprint=None,
                bands=(None,) * 4,
                story_of=None,
            )
            verdict = Verdict(
                CLAIM_ID, Stance.CONTRADICTS, 0.9, (Evidence(f"quote {n}", 0, 8),), ("why",)
            )
            [record] = store.add_evidence(stored, [verdict], NOW)
            alert = Alert(
                key=f"e:{CLAIM_ID}:{record.story_id}",
                claim_id=CLAIM_ID,
                kind="evidence",
                created_at=NOW,
                stance=Stance.CONTRADICTS,
                evidence=(record,),
            )
            alert_id = store.add_alert(alert, channel_names)
            assert alert_id is not None
            ids.append(alert_id)
        # the status this evidence settles on, as the run that stored it recorded it
        store.record_change(
            StatusChange(CLAIM_ID, ClaimStatus.REPORTED, ClaimStatus.CONTRADICTED, NOW, "seeded")
        )
    return ids


def posted_alert_ids(receiver: WebhookReceiver) -> list[list[int]]:
    return [[a["id"] for a in json.loads(r.body)["alerts"]] for r in receiver.requests]


def slack_urls(receiver: WebhookReceiver) -> Counter[str]:
    texts = [
        block["text"]["text"]
        for request in receiver.requests
        for block in json.loads(request.body)["blocks"]
        if block["type"] == "section"
    ]
    found: Counter[str] = Counter()
    for text in texts:
        found.update(u for u in (article_url(n) for n in range(1000)) if f"<{u}|" in text)
    return found


@pytest.mark.parametrize("mode", ["instant", "digest"])
def test_a_thousand_alerts_reach_every_channel_exactly_once(tmp_path: Path, mode: str) -> None:
    state = tmp_path / "state"
    ids = seed_alerts(state, ["mail", "hook", "slack"], 1000)
    with SmtpServer() as smtp, WebhookReceiver() as hook, WebhookReceiver() as slack:
        rules = write_rules(tmp_path, [], extra=channels(smtp.port, hook.url, slack.url, mode))
        settings = load_settings(rules, env=ENV)
        clock = [NOW]
        with Store.open(state) as store:
            report = run_once(settings, store, env=ENV, clock=lambda: clock[0])
            if mode == "digest":
                assert (smtp.messages, hook.requests, slack.requests) == ([], [], [])
                clock[0] += timedelta(hours=4, minutes=1)  # 08:01 in Shanghai: due
                report = run_once(settings, store, env=ENV, clock=lambda: clock[0])
            assert report.deliveries_failed == 0
            assert {str(d.state) for d in store.deliveries()} == {"sent"}
            again = run_once(settings, store, env=ENV, clock=lambda: clock[0], force=True)
            assert again.deliveries_sent == 0

        posted = posted_alert_ids(hook)
        assert [len(p) for p in posted] == [MAX_ALERTS_PER_MESSAGE] * 10
        assert [i for p in posted for i in p] == ids  # each once, in order
        assert len({r.headers["webhook-id"] for r in hook.requests}) == len(posted)

        assert len(smtp.messages) == 10
        urls = {article_url(n) for n in range(1000)}
        mailed = [
            [line.strip() for line in m.message.get_body(("plain",)).get_content().splitlines()]
            for m in smtp.messages
        ]
        assert [len(urls.intersection(lines)) for lines in mailed] == [100] * 10
        assert Counter(u for lines in mailed for u in lines if u in urls) == Counter(urls)
        assert len({m.message["Message-ID"] for m in smtp.messages}) == 10

        assert set(slack_urls(slack).values()) == {1} and len(slack_urls(slack)) == 1000
        for request in slack.requests:
            blocks = json.loads(request.body)["blocks"]
            assert len(blocks) <= 50 and "more alerts" not in request.body.decode()


def test_a_kill_during_a_split_delivery_repeats_only_the_message_in_flight(
    tmp_path: Path,
) -> None:
    state = tmp_path / "state"
    ids = seed_alerts(state, ["hook"], 3 * MAX_ALERTS_PER_MESSAGE)
    with WebhookReceiver() as hook:
        rules = write_rules(
            tmp_path,
            [],
            extra=f"""
notify:
  - name: hook
    type: webhook
    url: {hook.url}
    secret_env: WATCH_TEST_HOOK_SECRET
    timeout: 30s
""",
        )
        hook.hang(after=1)  # the first message is answered, the second never is
        proc = subprocess.Popen(
            watch_command(rules, state, "check", "--once"),
            env={**os.environ, **ENV},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while len(hook.requests) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(hook.requests) == 2, "the check never sent its second message"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        hook.hanging = False
        hook.release.set()

        settings = load_settings(rules, env=ENV)
        with Store.open(state) as store:
            report = run_once(settings, store, env=ENV)
            assert (report.deliveries_sent, report.deliveries_failed) == (2, 0)
            assert {str(d.state) for d in store.deliveries()} == {"sent"}
    posted = posted_alert_ids(hook)
    message_ids = [r.headers["webhook-id"] for r in hook.requests]
    assert len(posted) == 4 and posted[1] == posted[2] and message_ids[1] == message_ids[2]
    assert len(set(message_ids)) == 3
    assert [i for p in (posted[0], posted[2], posted[3]) for i in p] == ids


# --- the bound per message, as a pure rule ---------------------------------------------------


def test_split_messages_keeps_every_alert_once_in_order_within_each_bound(tmp_path: Path) -> None:
    rules = write_rules(
        tmp_path,
        [],
        extra="""
notify:
  - name: hook
    type: webhook
    url: https://hooks.example.com/x
  - name: slack
    type: webhook
    url: https://hooks.example.com/y
    format: slack
""",
    )
    hook, slack = load_settings(rules).notify
    many_copies = tuple(
        sample_record(article_id=9000, url=f"https://copy{k}.example.com/a", quote="q" * 500)
        for k in range(40)
    )
    alerts = [evidence_alert(sample_record(article_id=i), alert_id=i) for i in range(1, 251)]
    big = Alert(
        key="big", claim_id=CLAIM_ID, kind="evidence", created_at=NOW, evidence=many_copies, id=251
    )
    alerts.append(big)
    for channel in (hook, slack):
        messages = split_messages(channel, alerts, {})
        assert [a.id for m in messages for a in m] == list(range(1, 252))
        assert all(0 < len(m) <= MAX_ALERTS_PER_MESSAGE for m in messages)
    slack_messages = split_messages(slack, alerts, {})
    big_sections = alert_sections(_alert_json(big))
    assert len(big_sections) > 1  # 40 copies do not fit one section: none of them is cut
    assert sum(s.count("copy") for s in big_sections) == 40
    from watch.delivery.digest import render_digest

    for message in slack_messages:
        rendered = slack_message(render_digest(message, [], statements={}, generated_at=NOW))
        sections = [b for b in rendered["blocks"] if b["type"] == "section"]
        assert len(rendered["blocks"]) <= 50 and len(sections) <= ALERT_ROOM
        assert all(len(b["text"]["text"]) <= 3000 for b in sections)
        assert not any(b["type"] == "context" for b in rendered["blocks"])


def _alert_json(alert: Alert) -> dict[str, object]:
    from watch.delivery.digest import alert_json

    return alert_json(alert, {})
