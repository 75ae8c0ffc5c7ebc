"""Hostile content through the whole product: markup and terminal escapes from a feed reach
every output (terminal, --json, email, webhook JSON, Slack) only as text; CR/LF cannot forge
mail headers; NULs and lone surrogates never reach SQLite; a page built to stall extraction
costs only its own article; text built to stall the claim engine is judged within its caps;
secrets never leak, even when the channel refuses them.
"""

from __future__ import annotations

import html
import json
import logging
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.feedkit import Item, page, rss
from tests.hostile_kit import (
    RSS_TYPE,
    adversarial_body,
    adversarial_title,
    cli,
    db_dump,
    state_has,
    write_rules,
)
from tests.notify_servers import SmtpServer, WebhookReceiver
from tests.servers import LocalServer, Route
from watch.claims import limits
from watch.claims.engine import Matcher
from watch.config import load_settings
from watch.errors import NotJudged
from watch.models import Document, Stance
from watch.pipeline import run_once
from watch.store import Store

NOW = datetime.now(UTC).replace(microsecond=0)
RECENT = NOW - timedelta(hours=2)
HTML_TYPE = "text/html; charset=utf-8"
HOOK_SECRET = "whsec_aG9zdGlsZS10ZXN0LWtleS1kbzEtbm90LWxlYWs="
SMTP_PASSWORD = "smtp-Pa55word-do-not-leak"

EVIL = "<script>alert(1)</script><img src=x onerror=alert(2)>"
ESC = "\x1b[31mRED\x1b[0m\x1b]0;pwned\x07"
WIRE = [
    f"Acme Robotics has postponed its planned IPO until 2027, the company said. {EVIL}",
    f"Bankers were told to stand down, two people said. {ESC}",
    "The maker of warehouse robots had been preparing to list in New York this autumn.",
]


def channels(smtp_port: int, hook: str, slack: str, *, password: bool = False) -> str:
    login = ", username: watch-bot, password_env: WATCH_T_SMTP_PASSWORD" if password else ""
    return f"""notify:
  - name: mail
    type: email
    smtp: {{host: 127.0.0.1, port: {smtp_port}, security: none, timeout: 2s{login}}}
    from: watch@example.com
    to: [analyst@example.com]
    max_attempts: 1
  - name: hook
    type: webhook
    url: {hook}
    secret_env: WATCH_T_HOOK_SECRET
    timeout: 2s
    max_attempts: 1
  - name: slack
    type: webhook
    url: {slack}
    format: slack
    timeout: 2s
    max_attempts: 1
"""


def serve_evil(server: LocalServer) -> str:
    """A feed whose one story contradicts the test claim, with markup and escapes everywhere."""
    raw = page(f"Acme delays IPO {EVIL}", WIRE, RECENT).replace(
        b"<main>", b"<main><script>document.title='x'</script><img src=x onerror=alert(3)>"
    )
    server.route("/a/evil.html", Route(body=raw, content_type=HTML_TYPE))
    title = f"Acme Robotics delays IPO {EVIL} \x1b[2J"
    body = rss([Item(title, server.url("/a/evil.html"), RECENT, f"Summary {EVIL}")])
    body = body.replace(b"\x1b", b"&#27;")  # a raw ESC is not XML; the loose parser takes this
    return server.route("/evil.xml", Route(body=body, content_type=RSS_TYPE))


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def assert_inert_html(markup: str) -> None:
    parser = _Tags()
    parser.feed(markup)
    tags = {tag for tag, _ in parser.tags}
    assert not tags & {"script", "img", "iframe", "object"}, tags
    handlers = [(t, a) for t, attrs in parser.tags for a, _ in attrs if a.startswith("on")]
    assert handlers == []
    assert "<script>alert(1)</script>" in "".join(parser.text)  # shown, as text


def test_markup_and_escapes_are_text_in_every_output(
    tmp_path: Path,
    http_server: LocalServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    feed = serve_evil(http_server)
    monkeypatch.setenv("WATCH_T_HOOK_SECRET", HOOK_SECRET)
    state = tmp_path / "state"
    with SmtpServer() as smtp, WebhookReceiver() as hook, WebhookReceiver() as slack:
        rules = write_rules(
            tmp_path, [("evil", feed)], extra=channels(smtp.port, hook.url, slack.url)
        )
        code, out, err = cli(capsys, rules, state, "check", "--once")
        assert code == 0, err
        outputs = {"check": out}
        url = http_server.url("/a/evil.html")
        for args in (
            ["claims"],
            ["claims", "show", "acme-ipo-2026"],
            ["alerts"],
            ["search", "Acme"],
            ["explain", url],
            ["feeds"],
            ["status"],
        ):
            for extra in ([], ["--json"]):
                code, out, err = cli(capsys, rules, state, *args, *extra)
                assert code == 0, (args, err)
                outputs[" ".join(args + extra)] = out
        [mail] = smtp.messages
        [post] = hook.requests
        [slack_post] = slack.requests
    for name, out in outputs.items():
        assert "\x1b" not in out and "\x07" not in out, name
        if name.endswith("--json"):
            json.loads(out)
    assert "IPO <script>alert(1)</script>" in outputs["search Acme"]  # shown as the text it is
    searched = json.loads(outputs["search Acme --json"])["hits"][0]
    assert EVIL in searched["title"] and "\x1b" not in searched["title"]
    assert "<script>alert(1)</script>" in outputs["claims show acme-ipo-2026"]

    message = mail.message
    assert "\n" not in message["Subject"] and "\x1b" not in message["Subject"]
    body = message.get_body(("html",)).get_content()
    assert_inert_html(body)
    assert "\x1b" not in body and "\x1b" not in message.get_body(("plain",)).get_content()

    payload = json.loads(post.body)
    titles = [e["title"] for a in payload["alerts"] for e in a["evidence"]]
    assert titles and all(EVIL in t and "\x1b" not in t for t in titles)

    blocks = json.loads(slack_post.body)
    flat = json.dumps(blocks, ensure_ascii=False)
    assert "<script" not in flat and "<img" not in flat and "\x1b" not in flat
    assert "&lt;script&gt;" in flat


def test_crlf_in_a_title_cannot_forge_mail_headers(
    tmp_path: Path, http_server: LocalServer
) -> None:
    first = http_server.url("/a/first.html")
    http_server.route(
        "/a/first.html",
        Route(body=page("Acme delays IPO", WIRE[:1] * 3, RECENT), content_type=HTML_TYPE),
    )
    forged = (
        "Acme Robotics postpones listing again&#13;&#10;Bcc: victim@example.com&#13;&#10;"
        "&#13;&#10;<p>injected body</p>"
    )
    second_text = ["Acme Robotics has shelved its IPO plans again, a spokesman said on Monday."]
    http_server.route(
        "/a/second.html",
        Route(body=page("Second", second_text * 3, RECENT), content_type=HTML_TYPE),
    )
    items = [Item("Acme delays IPO", first, RECENT, "s")]
    later = [*items, Item("PLACEHOLDER", http_server.url("/a/second.html"), RECENT, "t")]
    http_server.route(
        "/news.xml",
        [
            Route(body=rss(items), content_type=RSS_TYPE),
            Route(body=rss(later).replace(b"PLACEHOLDER", forged.encode()), content_type=RSS_TYPE),
        ],
    )
    with SmtpServer() as smtp, WebhookReceiver() as hook, WebhookReceiver() as slack:
        rules = write_rules(
            tmp_path,
            [("news", http_server.url("/news.xml"))],
            extra=channels(smtp.port, hook.url, slack.url),
        )
        env = {"WATCH_T_HOOK_SECRET": HOOK_SECRET}
        settings = load_settings(rules, env=env)
        with Store.open(tmp_path / "state") as store:
            run_once(settings, store, env=env)
            run_once(settings, store, env=env, force=True)
        assert len(smtp.messages) == 2
        second = smtp.messages[1]
    message = second.message
    assert "Acme Robotics postpones listing again" in message["Subject"]  # the title is used
    assert "\n" not in message["Subject"] and "\r" not in message["Subject"]
    assert message["Bcc"] is None and second.rcpt_tos == ["analyst@example.com"]
    assert b"\r\nBcc:" not in second.raw.split(b"\r\n\r\n", 1)[0]


def test_nul_and_lone_surrogates_never_reach_sqlite(
    tmp_path: Path, http_server: LocalServer
) -> None:
    page_html = (
        "<html><head><title>Bad \x00 chars \ud800 here</title></head><body><article>"
        + "<p>Text with a NUL \x00 and a lone surrogate \udfff and &#xd800; "
        "and &#0; in the middle of a long enough paragraph to be kept.</p>"
        * 5
        + "</article></body></html>"
    ).encode("utf-8", "surrogatepass")
    http_server.route("/a/bad.html", Route(body=page_html, content_type=HTML_TYPE))
    xml = (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>N</title>"
        "<item><title>NUL \x00 title &#xD800; &#0;</title><link>"
        + http_server.url("/a/bad.html")
        + "</link><description>Summary \x00 &#99999999999; &#xDFFF;</description>"
        "</item><item><title>Pair &#xD83D;&#xDE00; and lone &#xd83d; item</title><link>http://example.com/s2</link>"
        "<pubDate>Mon, 02 Jan 2023 10:00:00 GMT</pubDate><description>ok</description></item>"
        "</channel></rss>"
    ).encode("utf-8", "surrogatepass")
    good = rss([Item("Good one", "http://example.com/g1", RECENT - timedelta(days=30), "fine")])
    feeds = [
        ("bad", http_server.route("/bad.xml", Route(body=xml, content_type=RSS_TYPE))),
        ("good", http_server.route("/good.xml", Route(body=good, content_type=RSS_TYPE))),
    ]
    rules = write_rules(tmp_path, feeds)
    with Store.open(tmp_path / "state") as store:
        report = run_once(load_settings(rules, env={}), store)
        rows = store.db.execute("SELECT feed_id, title, text FROM articles").fetchall()
    assert report.feeds_failed == 0 and {r[0] for r in rows} == {"bad", "good"}
    dump = db_dump(tmp_path / "state")
    assert "\x00" not in dump
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in dump)
    titles = {r[1] for r in rows}
    assert "NUL title" in titles and "Pair \U0001f600 and lone item" in titles


def test_a_page_that_stalls_extraction_costs_only_its_article(
    tmp_path: Path, http_server: LocalServer
) -> None:
    bomb = (
        "<html><head><title>Bomb</title></head><body><article>"
        + "<span>a</span>" * 150_000
        + "</article></body></html>"
    ).encode()
    http_server.route("/a/bomb.html", Route(body=bomb, content_type=HTML_TYPE))
    http_server.route(
        "/a/fine.html", Route(body=page("Fine", WIRE, RECENT), content_type=HTML_TYPE)
    )
    feeds = [
        (
            "bomb",
            http_server.route(
                "/bomb.xml",
                Route(
                    body=rss(
                        [
                            Item(
                                "Bomb page",
                                http_server.url("/a/bomb.html"),
                                RECENT,
                                "The feed's own text.",
                            )
                        ]
                    ),
                    content_type=RSS_TYPE,
                ),
            ),
        ),
        (
            "fine",
            http_server.route(
                "/fine.xml",
                Route(
                    body=rss(
                        [Item("Fine page", http_server.url("/a/fine.html"), RECENT, "Short.")]
                    ),
                    content_type=RSS_TYPE,
                ),
            ),
        ),
    ]
    rules = write_rules(tmp_path, feeds, fetch={"extract_timeout": "2s", "extract_workers": 2})
    started = time.monotonic()
    with Store.open(tmp_path / "state") as store:
        report = run_once(load_settings(rules, env={}), store)
        elapsed = time.monotonic() - started
        rows = {
            r[0]: r[1:]
            for r in store.db.execute("SELECT feed_id, source, text, extraction_note FROM articles")
        }
    assert report.feeds_failed == 0 and report.new_articles == 2
    assert rows["bomb"][0] == "feed" and rows["bomb"][1] == "The feed's own text."
    assert "extraction failed" in rows["bomb"][2] and "time" in rows["bomb"][2]
    assert rows["fine"][0] == "page" and "postponed its planned IPO" in rows["fine"][1]
    assert elapsed < 2 + 6, f"{elapsed:.1f}s"


# --- text built to stall the claim engine ------------------------------------------------------

CONFIRMING = "Acme Robotics said its IPO is on track and it plans to list in the fourth quarter."
TITLE_CUT = "cut: only the first 1,000 of 50,000 characters of the title judged"
TEXT_CUT = "cut: only the first 200,000 of 1,600,000 characters of the text judged"


def test_adversarial_title_and_body_are_judged_within_caps_named_in_the_reasons(
    tmp_path: Path,
) -> None:
    """Before the caps, a 50 KB title took over 300 s and a 1.6 MB body 39 s."""
    rules = load_settings(write_rules(tmp_path, []), env={}).claims
    matcher = Matcher(rules, budget=3600)  # the caps alone, not the backstop
    title = Document("Acme said so.", NOW.date(), adversarial_title(rules, 50_000))
    body = Document(adversarial_body(CONFIRMING, 1_600_000), NOW.date(), "Acme news")
    for doc, cuts in (
        (title, [TITLE_CUT, "phrases judged in 1 sentence (up to"]),
        (body, [TEXT_CUT, "sentences naming the subject (text) judged"]),
    ):
        (verdict,) = matcher.judge(doc)
        assert all(any(cut in r for r in verdict.reasons) for cut in cuts), verdict.reasons
        assert matcher.judge(doc) == [verdict]  # counts, not time: always the same verdict
    assert verdict.stance is Stance.CONFIRMS


def test_the_time_budget_is_a_backstop_that_says_not_judged(tmp_path: Path) -> None:
    rules = load_settings(write_rules(tmp_path, []), env={}).claims
    ticks = iter(range(0, 10_000, 6))  # every look at the clock: 6 s later
    matcher = Matcher(rules, clock=lambda: float(next(ticks)))
    with pytest.raises(NotJudged, match=r"not judged: too large \(over the 10 s budget\)"):
        matcher.judge(Document(adversarial_body(CONFIRMING, 5_000), NOW.date(), "Acme"))


def test_check_once_judges_adversarial_text_and_stores_it(
    tmp_path: Path, http_server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 30 KB title took 86 s through `check --once` before the caps (0.9 s normally)."""
    claims = load_settings(write_rules(tmp_path, []), env={}).claims
    old = NOW - timedelta(days=30)  # past the back-fill window: the feed's text is the article
    title, body = adversarial_title(claims, 50_000), adversarial_body(CONFIRMING, 1_600_000)
    items = [
        Item(title, "https://example.com/a/1", old, body),
        Item("Acme delays IPO", "https://example.com/a/2", old, WIRE[0]),
    ]
    feed = http_server.route("/stall.xml", Route(body=rss(items), content_type=RSS_TYPE))
    rules = write_rules(tmp_path, [("hostile", feed)])
    started = time.monotonic()
    code, out, err = cli(capsys, rules, tmp_path / "state", "check", "--once")
    elapsed = time.monotonic() - started
    assert code == 0, err
    assert elapsed < 60, f"{elapsed:.0f} s"  # a backstop only: it took 0.9 s before the title
    dump = db_dump(tmp_path / "state")
    assert TITLE_CUT in dump and TEXT_CUT in dump  # in the stored evidence's reasons
    code, out, err = cli(capsys, rules, tmp_path / "state", "explain", "https://example.com/a/1")
    assert code == 0 and TITLE_CUT in out and TEXT_CUT in out, err


def test_an_article_past_the_time_budget_is_stored_not_judged_and_the_run_moves_on(
    tmp_path: Path,
    http_server: LocalServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(limits, "BUDGET", -1.0)  # every article is past it at once
    caplog.set_level(logging.WARNING, logger="watch.ingest")
    old = NOW - timedelta(days=30)
    item = Item("Acme Robotics IPO on track", "https://example.com/a/1", old, CONFIRMING)
    feed = http_server.route("/f.xml", Route(body=rss([item]), content_type=RSS_TYPE))
    rules = write_rules(tmp_path, [("f", feed)])
    code, _, err = cli(capsys, rules, tmp_path / "state", "check", "--once")
    assert code == 0, err
    assert "not judged: too large" in caplog.text
    caplog.clear()
    with Store.open(tmp_path / "state") as store:
        rows = list(store.db.execute("SELECT extraction_note FROM articles"))
        evidence = list(store.db.execute("SELECT * FROM evidence"))
    assert len(rows) == 1 and "not judged: too large" in rows[0][0] and evidence == []
    # the feed committed: the next check does not judge the article again
    code, _, err = cli(capsys, rules, tmp_path / "state", "check", "--once")
    assert code == 0 and "not judged" not in caplog.text, err


# --- secrets ----------------------------------------------------------------------------------


def secret_forms() -> list[str]:
    return [SMTP_PASSWORD, HOOK_SECRET, HOOK_SECRET.removeprefix("whsec_")]


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_secrets_never_leak_when_channels_refuse(
    tmp_path: Path, http_server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    feed = serve_evil(http_server)
    with (
        SmtpServer(credentials=("watch-bot", "the-right-one")) as smtp,
        WebhookReceiver() as hook,
        WebhookReceiver() as slack,
    ):
        hook.answer(500, body=b"server exploded")
        slack.down()
        rules = write_rules(
            tmp_path,
            [("evil", feed)],
            extra=channels(smtp.port, hook.url, slack.url, password=True),
        )
        env = {
            **os.environ,
            "WATCH_T_HOOK_SECRET": HOOK_SECRET,
            "WATCH_T_SMTP_PASSWORD": SMTP_PASSWORD,
        }
        child = subprocess.run(
            [
                sys.executable,
                "-m",
                "watch",
                "-vv",
                "--rules",
                str(rules),
                "--state",
                str(tmp_path / "state"),
                "check",
                "--once",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert child.returncode == 0, child.stderr
        assert set(smtp.logins) == {("watch-bot", SMTP_PASSWORD)}  # tried, and refused
        assert smtp.messages == [] and len(hook.requests) == 1
        # the same again in-process, with every logger at DEBUG into caplog
        secrets = {k: env[k] for k in ("WATCH_T_HOOK_SECRET", "WATCH_T_SMTP_PASSWORD")}
        settings = load_settings(rules, env=secrets)
        with caplog.at_level(logging.DEBUG), Store.open(tmp_path / "state2") as store:
            report = run_once(settings, store, env=secrets)
            errors = [d.last_error for d in store.deliveries()]
        posted = b"".join(r.body + json.dumps(r.headers).encode() for r in hook.requests)
    assert report.deliveries_failed == 3 and all(errors)
    assert "debug" in child.stderr.lower() and "login refused" in child.stderr
    for secret in secret_forms():
        assert secret not in child.stderr and secret not in child.stdout, secret
        assert secret not in caplog.text, secret
        assert not any(secret in e for e in errors), secret
        assert secret.encode() not in posted, secret
        for state in ("state", "state2"):
            assert state_has(tmp_path / state, secret) == [], (state, secret)
    assert html.escape(EVIL) not in child.stdout  # and nothing was double-escaped for the terminal
