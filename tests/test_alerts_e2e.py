"""Alerts end to end: a feed publishes a contradicting article, `run_once` stores it, a real
SMTP server and a real webhook receiver each get it exactly once, retried when they fail."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.feedkit import Item, page, rss, write_rules
from tests.notify_servers import SmtpServer, WebhookReceiver, free_port
from tests.servers import LocalServer, Route
from watch.config import Settings, load_settings
from watch.delivery.notify.webhook import verify_signature
from watch.models import DeliveryState
from watch.pipeline import run_once
from watch.store import Store

SECRET = "whsec_" + "c2VjcmV0LWtleS1mb3ItdGVzdHM="  # base64 of a test key
ENV = {"WATCH_TEST_HOOK_SECRET": SECRET}
START = datetime.now(UTC).replace(microsecond=0)

STORY = [
    "Acme Robotics has postponed its planned IPO until 2027, the company said on Tuesday.",
    "The warehouse-robot maker had been preparing to list in New York this autumn.",
    "<script>alert('x')</script> appeared in a reader comment that the page also carried.",
]


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def serve_story(server: LocalServer) -> None:
    server.route(
        "/a/acme.html",
        Route(
            body=page("Acme <b>delays</b> IPO", STORY, START),
            content_type="text/html; charset=utf-8",
        ),
    )
    item = Item(
        "Acme <script>x</script> delays IPO",
        server.url("/a/acme.html"),
        START,
        "Acme Robotics postponed its IPO.",
    )
    server.route("/news.xml", Route(body=rss([item]), content_type="application/rss+xml"))


def channels(
    smtp_port: int,
    hook_url: str,
    *,
    mode: str = "instant",
    attempts: int = 3,
    also_seen: bool = False,
) -> str:
    schedule = (
        '\n    schedule: "0 8 * * *"\n    timezone: Asia/Shanghai' if mode == "digest" else ""
    )
    schedule += "\n    also_seen: true" if also_seen else ""
    return f"""
notify:
  - name: mail
    type: email
    mode: {mode}{schedule}
    smtp: {{host: 127.0.0.1, port: {smtp_port}, security: none, timeout: 2s}}
    from: watch@example.com
    to: [analyst@example.com]
  - name: hook
    type: webhook
    mode: instant
    url: {hook_url}
    secret_env: WATCH_TEST_HOOK_SECRET
    timeout: 2s
    max_attempts: {attempts}
"""


@pytest.fixture
def make(tmp_path: Path, http_server: LocalServer) -> Callable[..., Settings]:
    serve_story(http_server)

    def build(smtp_port: int, hook_url: str, **kwargs: object) -> Settings:
        rules = write_rules(
            tmp_path,
            [("news", http_server.url("/news.xml"))],
            extra=channels(smtp_port, hook_url, **kwargs),
        )  # type: ignore[arg-type]
        return load_settings(rules, env=ENV)

    return build


def test_one_email_and_one_signed_post_then_nothing(tmp_path: Path, make) -> None:
    with SmtpServer() as smtp, WebhookReceiver() as hook, Store.open(tmp_path / "s") as store:
        settings = make(smtp.port, hook.url)
        report = run_once(settings, store, env=ENV)
        assert (report.alerts, report.deliveries_sent, report.deliveries_failed) == (2, 2, 0)
        again = run_once(settings, store, env=ENV, force=True)
        assert (again.alerts, again.deliveries_sent) == (0, 0)

        [mail] = smtp.messages
        message = mail.message
        assert message.is_multipart() and message.get_content_type() == "multipart/alternative"
        assert "acme-ipo-2026" in message["Subject"] and "\n" not in message["Subject"]
        text = message.get_body(("plain",)).get_content()
        html = message.get_body(("html",)).get_content()
        assert "postponed its planned IPO until 2027" in text
        assert "<script>" not in html and "&lt;script&gt;" in html

        [post] = hook.requests
        assert verify_signature(SECRET, post.headers, post.body, now=int(START.timestamp()) + 5)
        payload = json.loads(post.body)
        assert payload["version"] == 1
        stances = {a["stance"] for a in payload["alerts"] if a["kind"] == "evidence"}
        assert stances == {"contradicts"}
        assert SECRET not in post.body.decode() and "c2VjcmV0" not in json.dumps(payload)


def test_receiver_down_then_up_delivers_once_after_it_returns(tmp_path: Path, make) -> None:
    port = free_port()
    clock = Clock()
    with SmtpServer() as smtp, Store.open(tmp_path / "s") as store:
        settings = make(smtp.port, f"http://127.0.0.1:{port}/hook")
        first = run_once(settings, store, env=ENV, clock=clock)
        assert (first.deliveries_sent, first.deliveries_failed) == (1, 1)  # mail ok, hook refused
        hook_delivery = next(d for d in store.deliveries() if d.channel == "hook")
        assert (
            hook_delivery.state == DeliveryState.SENDING
            and "refused" in hook_delivery.last_error.lower()
        )
        clock.advance(10)
        assert run_once(settings, store, env=ENV, clock=clock).deliveries_sent == 0  # backing off
        with WebhookReceiver(port) as hook:
            clock.advance(3600)
            assert run_once(settings, store, env=ENV, clock=clock).deliveries_sent == 1
            clock.advance(3600)
            assert run_once(settings, store, env=ENV, clock=clock).deliveries_sent == 0
        assert len(hook.requests) == 1 and len(smtp.messages) == 1
        assert {d.state for d in store.deliveries()} == {DeliveryState.SENT}


def test_retry_after_is_honoured_and_failures_end_as_failed(tmp_path: Path, make) -> None:
    clock = Clock()
    with SmtpServer() as smtp, WebhookReceiver() as hook, Store.open(tmp_path / "s") as store:
        hook.answer(429, {"Retry-After": "7200"})
        settings = make(smtp.port, hook.url, attempts=2)
        run_once(settings, store, env=ENV, clock=clock)
        hooked = [d for d in store.deliveries() if d.channel == "hook"]
        assert len(hooked) == 2 and len({d.message_id for d in hooked}) == 1  # one message
        assert all(d.next_attempt_at >= START + timedelta(seconds=7200) for d in hooked)
        clock.advance(3600)
        run_once(settings, store, env=ENV, clock=clock)
        assert len(hook.requests) == 1  # Retry-After not yet over
        clock.advance(3601)
        run_once(settings, store, env=ENV, clock=clock)
        assert len(hook.requests) == 2
        states = {d.state for d in store.deliveries() if d.channel == "hook"}
        assert states == {DeliveryState.FAILED}
        assert [a.claim_id for a in store.alerts(state="failed")] == ["acme-ipo-2026"] * 2


def test_digest_channel_waits_for_its_schedule(tmp_path: Path, make) -> None:
    clock = Clock()
    clock.now = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)  # 04:00 in Shanghai
    with SmtpServer() as smtp, WebhookReceiver() as hook, Store.open(tmp_path / "s") as store:
        settings = make(smtp.port, hook.url, mode="digest")
        run_once(settings, store, env=ENV, clock=clock)
        assert len(hook.requests) == 1 and smtp.messages == []  # hook is instant
        clock.advance(3 * 3600)  # 07:00 Shanghai
        run_once(settings, store, env=ENV, clock=clock)
        assert smtp.messages == []
        clock.advance(3600 + 60)  # 08:01 Shanghai: the digest is due
        run_once(settings, store, env=ENV, clock=clock)
        assert len(smtp.messages) == 1
        clock.advance(3600)
        run_once(settings, store, env=ENV, clock=clock)
        assert len(smtp.messages) == 1


def test_also_seen_lists_mentions_once(tmp_path: Path, make, http_server: LocalServer) -> None:
    http_server.route(
        "/a/chat.html",
        Route(
            body=page(
                "Acme at the fair",
                [
                    "Acme Robotics declined to comment on its IPO at the "
                    "trade fair on Monday, where it showed a new arm."
                ]
                * 2,
                START,
            ),
            content_type="text/html",
        ),
    )
    items = [
        Item("Acme delays IPO", http_server.url("/a/acme.html"), START),
        Item("Acme at the fair", http_server.url("/a/chat.html"), START),
    ]
    http_server.route("/news.xml", Route(body=rss(items), content_type="application/rss+xml"))
    clock = Clock()
    with SmtpServer() as smtp, WebhookReceiver() as hook, Store.open(tmp_path / "s") as store:
        settings = make(smtp.port, hook.url, also_seen=True)
        run_once(settings, store, env=ENV, clock=clock)
        [mail] = smtp.messages
        text = mail.message.get_body(("plain",)).get_content()
        assert "Also seen (mentions):" in text and "Acme at the fair" in text
        mentions = [r for r in store.evidence("acme-ipo-2026") if r.stance == "mentions"]
        assert len(mentions) == 1
