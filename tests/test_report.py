"""`watch report`: the page's content checked on the parsed HTML (lxml), never on substrings:
badges against `watch claims --json`, one timeline mark per story, deciding words marked,
hostile feed text inert; the `report:` file kept fresh by `check` and replaced atomically;
`attach_report` on every message of a split email delivery."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import lxml.html
import pytest

from tests.feedkit import serve_delay_story, write_rules
from tests.hostile_kit import cli
from tests.notify_servers import SmtpServer
from tests.servers import LocalServer
from watch.config import load_settings
from watch.errors import StateError
from watch.models import Article, Evidence, Stance, Verdict
from watch.pipeline import run_once
from watch.report import write_atomic
from watch.report.highlight import DECIDES, Highlighter, phrases
from watch.report.page import highlighted
from watch.report.timeline import AXIS
from watch.store import Store

REPO = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)


def report_tree(capsys: pytest.CaptureFixture[str], state: Path, tmp: Path, *args: str):
    out = tmp / "report.html"
    code, _, err = cli(capsys, REPO / "rules.yaml", state, "report", "--out", str(out), *args)
    assert code == 0, err
    return lxml.html.fromstring(out.read_bytes()), out


def cli_json(capsys: pytest.CaptureFixture[str], state: Path, *args: str):
    code, out, err = cli(capsys, REPO / "rules.yaml", state, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_badges_say_what_watch_claims_says(
    demo_state: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tree, _ = report_tree(capsys, demo_state, tmp_path)
    table = {c["claim_id"]: c for c in cli_json(capsys, demo_state, "claims")["claims"]}
    rows = tree.xpath('//section[@class="overview"]//tr[@data-claim]')
    assert [r.get("data-claim") for r in rows] == list(table)
    for row in rows:
        claim = table[row.get("data-claim")]
        [badge] = row.xpath('.//span[contains(@class, "badge")]')
        assert badge.text_content() == claim["status"]
        cells = [td.text_content() for td in row.xpath("td")]
        assert cells[2:5] == [
            str(claim["confirms"]),
            str(claim["contradicts"]),
            str(claim["sources"]),
        ]
    for article in tree.xpath("//article[@data-claim]"):
        [badge] = article.xpath('./h2/span[contains(@class, "badge")]')
        assert badge.text_content() == table[article.get("data-claim")]["status"]
    assert {c["status"] for c in table.values()} >= {"confirmed", "disputed", "reported"}


def decisive_stories(capsys: pytest.CaptureFixture[str], state: Path, claim_id: str):
    shown = cli_json(capsys, state, "claims", "show", claim_id)
    return {
        e["story_id"]: e["stance"]
        for e in shown["evidence"]
        if e["stance"] in ("confirms", "contradicts")
    }


def test_one_timeline_mark_per_story_above_or_below_the_line(
    demo_state: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tree, _ = report_tree(capsys, demo_state, tmp_path)
    claims = tree.xpath("//article[@data-claim]")
    ledger = cli_json(capsys, demo_state, "claims")["claims"]
    assert [a.get("data-claim") for a in claims] == [c["claim_id"] for c in ledger]
    drawn = 0
    for article in claims:
        stories = decisive_stories(capsys, demo_state, article.get("data-claim"))
        [svg] = article.xpath(".//*[local-name()='svg']")
        marks = svg.xpath(".//*[contains(concat(' ', @class, ' '), ' mark ')]")
        assert sorted(int(m.get("data-story")) for m in marks) == sorted(stories)
        for mark in marks:
            stance = stories[int(mark.get("data-story"))]
            assert stance in mark.get("class").split()
            [path] = mark.xpath("./*[local-name()='path']")
            ys = [float(p.split(",")[1]) for p in path.get("d").strip("Z").split(" ")]
            assert all(y < AXIS for y in ys) if stance == "confirms" else all(y > AXIS for y in ys)
        changes = svg.xpath(".//*[contains(@class, 'change')]")
        history = cli_json(capsys, demo_state, "claims", "show", article.get("data-claim"))
        assert [c.xpath("string(./*[local-name()='text'])") for c in changes] == [
            f"→ {c['new']}" for c in history["changes"]
        ]
        drawn += len(marks)
    assert drawn >= 8  # the demo has stories on most claims


def test_each_quote_marks_the_words_its_reasons_name(
    demo_state: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tree, _ = report_tree(capsys, demo_state, tmp_path, "--claim", "openai-ipo-q4-2026")
    items = tree.xpath("//ol[@class='evidence']/li")
    assert len(items) == 4
    for item in items:
        words = [m.text_content() for m in item.xpath(".//blockquote//mark[@class='decides']")]
        reasons = [li.text_content() for li in item.xpath(".//details//li")]
        assert words, item.text_content()
        deciding, _ = phrases(reasons)
        assert {w.casefold() for w in words} <= {p.casefold() for p in deciding}
        assert item.xpath(".//details[not(@open)]/summary")  # collapsed, no script needed
    shelved = next(i for i in items if "shelves" in i.text_content())
    marked = {m.text_content() for m in shelved.xpath(".//mark[@class='decides']")}
    assert {"shelves", "not"} <= marked


def test_marks_come_from_the_engine_when_no_reasons_were_stored(tmp_path: Path) -> None:
    settings = load_settings(write_rules(tmp_path, []), env={})
    highlighter = Highlighter(settings.claims)
    quote = "Acme Robotics has postponed its planned IPO until 2027, the company said."
    marks = highlighter.marks("acme-ipo-2026", quote, (), date(2026, 5, 1))
    assert [(quote[m.start : m.end], m.kind) for m in marks] == [("postponed", DECIDES)]


def test_claim_and_since_choose_what_is_shown(
    demo_state: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tree, _ = report_tree(
        capsys, demo_state, tmp_path, "--claim", "openai-ipo-q4-2026", "--since", "2026-08-01"
    )
    assert [a.get("data-claim") for a in tree.xpath("//article")] == ["openai-ipo-q4-2026"]
    days = [t.text for t in tree.xpath("//ol[@class='evidence']//p[@class='meta']/time")]
    assert days == ["2026-09-09", "2026-08-19"]  # newest first; the May stories left out
    code, _, err = cli(
        capsys, REPO / "rules.yaml", demo_state, "report", "--out", str(tmp_path / "x.html"),
        "--claim", "no-such-claim",
    )  # fmt: skip
    assert code == 2 and "no claim 'no-such-claim'" in err
    assert not (tmp_path / "x.html").exists()


# --- hostile input ----------------------------------------------------------------------------

EVIL = "<script>alert(1)</script><img src=x onerror=alert(2)>"
BIDI = "\u202eevil.exe\u202c"
JS_URL = "javascript:alert(document.cookie)"
QUOTED_URL = 'https://ok.example/a?x=1&y="2"'
ATTR_URL = "https://evil.example/'onmouseover='alert(4)"
CONTRA = Stance.CONTRADICTS
CONTROLS = "bell\x07 esc\x1b[31m nul-ish\x7f next\u2028line"


def store_articles(state: Path, articles: list[tuple[str, str, str, Stance]]) -> None:
    """(title, url, quote, stance) rows stored as articles with evidence on acme-ipo-2026."""
    with Store.open(state) as store, store.atomic():
        store.sync_feeds([("news", "https://example.com/feed", "News")])
        for n, (title, url, quote, stance) in enumerate(articles):
            stored = store.add_article(
                Article(
                    url=url,
                    title=title,
                    text=quote,
                    lang="en",
                    published=NOW - timedelta(days=n),
                    feed_id="news",
                    guid=f"g{n}",
                ),
                now=NOW,
                content_hash=f"h{n}",
                fingerprint=None,
                bands=(None,) * 4,
                story_of=None,
            )
            reasons = (f'{stance}: cue "postponed" (sentence at 0)', f"why {EVIL} {BIDI}")
            verdict = Verdict("acme-ipo-2026", stance, 0.9, (Evidence(quote, 0, 9),), reasons)
            store.add_evidence(stored, [verdict], NOW)


def test_hostile_feed_text_is_inert_in_the_parsed_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = "Acme " + "x" * 100_000
    store_articles(
        tmp_path / "state",
        [
            (f"Acme {EVIL}", JS_URL, f"Acme postponed {EVIL}", Stance.CONTRADICTS),
            (f"Acme {BIDI} {CONTROLS}", QUOTED_URL, f"postponed {BIDI} {CONTROLS}", CONTRA),
            (huge, "data:text/html,<script>alert(3)</script>", huge, Stance.CONFIRMS),
            ("Acme ok", ATTR_URL, "Acme postponed", Stance.CONFIRMS),
        ],
    )
    rules = write_rules(tmp_path, [])
    out = tmp_path / "report.html"
    code, _, err = cli(capsys, rules, tmp_path / "state", "report", "--out", str(out))
    assert code == 0, err
    raw = out.read_text(encoding="utf-8")
    assert len(raw) < 60_000  # a 100 KB title (and quote) is shown bounded
    assert not any(c in raw for c in "\x00\x07\x1b\x7f\u2028")
    tree = lxml.html.fromstring(raw)
    tags = {el.tag for el in tree.iter() if isinstance(el.tag, str)}
    assert not tags & {"script", "img", "iframe", "object", "embed", "link", "form", "base"}
    assert [(el.tag, a) for el in tree.iter() if isinstance(el.tag, str) for a in el.attrib
            if a.lower().startswith("on")] == []  # fmt: skip
    hrefs = [a for a in tree.iter("a") if a.get("href")]
    external = [a for a in hrefs if not a.get("href").startswith("#")]
    assert [a.get("href") for a in external] == [QUOTED_URL, ATTR_URL]
    assert all(a.get("rel") == "noopener noreferrer" for a in external)
    text = tree.text_content()
    assert "javascript:alert(document.cookie)" in text and EVIL in text  # shown, as text
    isolated = 0
    for node in tree.iter():
        for piece, holder in ((node.text, node), (node.tail, node.getparent())):
            if piece and "\u202e" in piece:
                assert "bdi" in [holder.tag, *(a.tag for a in holder.iterancestors())]
                isolated += 1
    # the store may drop direction controls on the way in; what reaches the page is isolated
    assert "evil.exe" in text and (isolated >= 3 or "\u202e" not in raw)
    quote = lxml.html.fragment_fromstring(highlighted(f"Acme {BIDI} postponed", ()))
    assert quote.tag == "bdi" and BIDI in quote.text_content()  # isolated when it does reach
    [policy] = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    rules_ = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert rules_["default-src"] == "'none'" and "script-src" not in rules_
    assert "unsafe-inline" not in policy and rules_["img-src"] == "data:"
    [charset] = tree.xpath("//meta/@charset")
    assert charset == "utf-8"


# --- the report file --------------------------------------------------------------------------


def test_check_keeps_the_report_file_fresh_and_replaces_it_whole(
    tmp_path: Path, http_server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = serve_delay_story(http_server, datetime.now(UTC) - timedelta(hours=1))
    rules = write_rules(
        tmp_path, [("news", feed)], extra="report: {path: site/ledger.html, every: 1h}\n"
    )
    state = tmp_path / "state"
    page = tmp_path / "site" / "ledger.html"
    code, _, err = cli(capsys, rules, state, "check", "--once")
    assert code == 0, err
    tree = lxml.html.fromstring(page.read_bytes())
    assert (
        tree.xpath("string(//tr[@data-claim='acme-ipo-2026']//span[contains(@class, 'badge')])")
        == "contradicted"
    )
    first = page.stat()
    code, _, _ = cli(capsys, rules, state, "check", "--once", "--force")
    assert code == 0 and page.stat().st_mtime_ns == first.st_mtime_ns  # nothing new, not due
    os.utime(page, (first.st_atime - 3700, first.st_mtime - 3700))
    code, _, _ = cli(capsys, rules, state, "check", "--once", "--force")
    assert code == 0 and page.stat().st_ino != first.st_ino  # a new file renamed over the old
    assert sorted(p.name for p in page.parent.iterdir()) == ["ledger.html"]  # no temp left
    assert page.stat().st_mode & 0o777 == 0o644


def test_a_report_that_cannot_be_written_fails_cleanly(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.mkdir()  # a folder where the file should go: the rename fails, even for root
    with pytest.raises(StateError, match="cannot write the report"):
        write_atomic(target, "<!DOCTYPE html>")
    assert list(tmp_path.iterdir()) == [target] and list(target.iterdir()) == []


def test_every_message_of_a_split_email_delivery_carries_the_report(tmp_path: Path) -> None:
    from tests.test_outbox import seed_alerts

    state = tmp_path / "state"
    seed_alerts(state, ["mail"], 150)
    with SmtpServer() as smtp:
        extra = f"""notify:
  - name: mail
    type: email
    smtp: {{host: 127.0.0.1, port: {smtp.port}, security: none, timeout: 5s}}
    from: watch@example.com
    to: [analyst@example.com]
    attach_report: true
"""
        settings = load_settings(write_rules(tmp_path, [], extra=extra), env={})
        with Store.open(state) as store:
            run_once(settings, store, clock=lambda: NOW)
        messages = [m.message for m in smtp.messages]
    assert len(messages) == 2  # 150 alerts: 100 + 50
    for message in messages:
        [attachment] = list(message.iter_attachments())
        assert attachment.get_filename() == "watch-report.html"
        tree = lxml.html.fromstring(attachment.get_content())
        assert tree.xpath(
            "string(//tr[@data-claim='acme-ipo-2026']//span[contains(@class, 'badge')])"
        ) in (
            "contradicted",
            "reported",
        )
        assert message.get_body(("plain",)) is not None and message.get_body(("html",)) is not None


def test_the_daemon_rewrites_the_report_every_interval(tmp_path: Path) -> None:
    from watch.scheduler import Daemon

    extra = "report: {path: ledger.html, every: 2h}\n"
    settings = load_settings(write_rules(tmp_path, [], extra=extra), env={})
    Store.open(tmp_path / "state").close()
    daemon = Daemon(settings, str(tmp_path / "state"))
    daemon.add_jobs(NOW)
    job = daemon.scheduler.get_job("report")
    assert job is not None and job.trigger.interval == timedelta(hours=2)
    page = tmp_path / "ledger.html"
    page.write_text("old", encoding="utf-8")  # fresh by its age: the job writes it anyway
    job.func()
    assert lxml.html.fromstring(page.read_bytes()).xpath("string(//h1)") == "Claim ledger"
