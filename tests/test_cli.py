"""The command line: exact output and exit codes, state untouched on bad rules, docs in sync."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.feedkit import Item, page, rss, write_rules
from tests.hostile_kit import run
from tests.procs import imports_of_watch
from tests.servers import LocalServer, Route
from watch.cli import cli
from watch.lock import run_lock
from watch.store.search import MAX_TERMS

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def site(tmp_path: Path, http_server: LocalServer) -> tuple[Path, Path]:
    http_server.route(
        "/a/acme.html",
        Route(
            body=page(
                "Acme delays IPO",
                ["Acme Robotics has postponed its planned IPO until 2027, the company said."] * 2,
                NOW,
            ),
            content_type="text/html",
        ),
    )
    http_server.route(
        "/a/zh.html",
        Route(
            body=page(
                "英伟达投资",
                ["英伟达宣布向一家机器人公司投资，金额未披露。这是今年的第三笔投资。"] * 2,
                NOW,
            ),
            content_type="text/html",
        ),
    )
    items = [
        Item("Acme delays IPO", http_server.url("/a/acme.html"), NOW),
        Item("英伟达投资", http_server.url("/a/zh.html"), NOW),
    ]
    http_server.route("/news.xml", Route(body=rss(items), content_type="application/rss+xml"))
    http_server.route("/bad.xml", Route(status=503, headers={"Retry-After": "60"}))
    rules = write_rules(
        tmp_path, [("news", http_server.url("/news.xml")), ("bad", http_server.url("/bad.xml"))]
    )
    return rules, tmp_path / "state"


def test_check_json_summary_then_quiet(capsys, site) -> None:
    rules, state = site
    code, out, _ = run(
        capsys, "--rules", str(rules), "--state", str(state), "check", "--once", "--json"
    )
    summary = json.loads(out)
    assert code == 0
    assert {k: summary[k] for k in ("feeds_polled", "feeds_failed", "new_articles", "alerts")} == {
        "feeds_polled": 2,
        "feeds_failed": 1,
        "new_articles": 2,
        "alerts": 2,
    }
    code, out, _ = run(
        capsys, "--rules", str(rules), "--state", str(state), "check", "--once", "--quiet"
    )
    assert (code, out) == (0, "")  # nothing due, nothing new: cron mails nothing


def test_quiet_still_reports_errors(capsys, site) -> None:
    rules, state = site
    code, out, _ = run(capsys, "--rules", str(rules), "--state", str(state), "check", "--quiet")
    assert code == 0 and "error: bad:" in out and "HTTP 503" in out


def test_second_check_while_one_runs_exits_3(capsys, site) -> None:
    rules, state = site
    with run_lock(state):
        code, out, err = run(
            capsys, "--rules", str(rules), "--state", str(state), "check", "--once"
        )
    assert code == 3 and out == "" and "holds the lock" in err


def test_bad_rules_exit_2_and_touch_no_state(capsys, tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text("feeds:\n  - url: https://a.example/x\n    intervall: 5m\n")
    for command in (["check", "--once"], ["validate"], ["feeds"], ["claims"], ["baseline"]):
        code, _out, err = run(
            capsys, "--rules", str(rules), "--state", str(tmp_path / "state"), *command
        )
        assert code == 2, command
        assert f"{rules}:3: feeds[0].intervall: unknown key" in err
    assert not (tmp_path / "state").exists()


def test_validate_ok(capsys) -> None:
    code, out, _ = run(capsys, "--rules", str(ROOT / "rules.yaml"), "validate")
    assert code == 0 and re.match(r".*rules.yaml: ok \(\d+ feeds, \d+ claims, 0 channels\)", out)


def test_search_claims_feeds_alerts_explain(capsys, site) -> None:
    rules, state = site
    base = ["--rules", str(rules), "--state", str(state)]
    run(capsys, *base, "check", "--once")
    code, out, _ = run(capsys, *base, "search", "英伟达", "--json")
    hits = json.loads(out)["hits"]
    assert code == 0 and [h["title"] for h in hits] == ["英伟达投资"]
    code, out, _ = run(capsys, *base, "claims", "--json")
    [row] = json.loads(out)["claims"]
    assert (row["claim_id"], row["status"], row["contradicts"]) == (
        "acme-ipo-2026",
        "contradicted",
        1,
    )
    code, out, _ = run(capsys, *base, "claims", "show", "acme-ipo-2026")
    assert code == 0 and "reported -> contradicted" in out and "postponed" in out
    code, _, err = run(capsys, *base, "claims", "show", "nope")
    assert code == 2 and "no claim 'nope'" in err
    code, out, _ = run(capsys, *base, "feeds", "--json")
    health = {f["feed_id"]: f for f in json.loads(out)["feeds"]}
    assert health["bad"]["consecutive_failures"] == 1 and "503" in health["bad"]["last_error"]
    code, out, _ = run(capsys, *base, "alerts", "--json")
    assert {a["kind"] for a in json.loads(out)["alerts"]} == {"evidence", "status"}
    acme = [h for h in json.loads(run(capsys, *base, "search", "postponed", "--json")[1])["hits"]]
    several = json.loads(run(capsys, *base, "search", "Acme", "postponed", "--json")[1])["hits"]
    assert [h["article_id"] for h in several] == [h["article_id"] for h in acme]  # words, not one
    code, out, _ = run(capsys, *base, "explain", str(acme[0]["article_id"]), "--json")
    [verdict] = json.loads(out)["verdicts"]
    assert verdict["claim"] == "acme-ipo-2026" and verdict["stance"] == "contradicts"
    assert verdict["reasons"]
    code, out, _ = run(capsys, *base, "status", "--json")
    assert json.loads(out)["last_run"]["new_articles"] == 2


def test_search_bounds_its_terms_and_limit(capsys, site) -> None:
    rules, state = site
    base = ["--rules", str(rules), "--state", str(state)]
    assert run(capsys, *base, "check", "--once")[0] == 0
    # 1,001 one-character Chinese terms made SQLite refuse an expression tree that deep
    code, out, err = run(capsys, *base, "search", " ".join(["英"] * 1001))
    assert (code, out) == (2, "") and f"1001 terms: a search takes at most {MAX_TERMS}" in err
    for limit in ("99999999999999999999", "0", "1001"):  # the first raised OverflowError
        code, out, err = run(capsys, *base, "search", "--limit", limit, "Acme")
        assert (code, out) == (2, "") and "1<=x<=1000" in err, limit
    # at the bounds it searches, through the index and through the scan for lone characters
    for term in ("英伟", "英"):
        code, out, _ = run(capsys, *base, "search", "--limit", "1000", " ".join([term] * MAX_TERMS))
        assert code == 0 and "英伟达投资" in out
    code, out, _ = run(capsys, "search", "--help")
    assert f"at most {MAX_TERMS} terms" in out and "1<=x<=1000" in out
    assert "searchable as it stores them" in " ".join(out.split())  # when a check's articles show


def test_match_reads_files_and_stdin_without_state(capsys, tmp_path: Path, monkeypatch) -> None:
    rules = write_rules(tmp_path, [])
    article = tmp_path / "a.md"
    article.write_text(
        "---\ntitle: Acme news\npublished: 2026-05-01\n---\n"
        "Acme Robotics has postponed its IPO until 2027, it said.\n"
    )
    code, out, _ = run(
        capsys,
        "--rules",
        str(rules),
        "--state",
        str(tmp_path / "s"),
        "match",
        "--json",
        str(article),
    )
    [verdict] = json.loads(out)["verdicts"]
    assert code == 0 and verdict["stance"] == "contradicts"
    assert not (tmp_path / "s").exists()


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (
            "Acme Robotics said its robot sales rose.\n",
            "acme-ipo-2026: the article names no alias of its event group",
        ),
        (
            "Acme Robotics said its robot sales rose.\n\nA listing is years away, analysts say.\n",
            "acme-ipo-2026: every subject group is named, but never all in one sentence with",
        ),
    ],
    ids=["group-never-named", "groups-apart"],
)
def test_match_says_why_no_claim_matched(capsys, tmp_path: Path, text: str, why: str) -> None:
    rules = write_rules(tmp_path, [])
    article = tmp_path / "a.md"
    article.write_text(f"---\ntitle: Robot maker\npublished: 2026-05-01\n---\n{text}")
    code, out, _ = run(capsys, "--rules", str(rules), "match", str(article))
    assert code == 0 and "no claim matched" in out and why in out


def test_match_names_no_claim_whose_first_group_is_absent(capsys, tmp_path: Path) -> None:
    rules = write_rules(tmp_path, [])
    article = tmp_path / "a.md"
    article.write_text("---\ntitle: Markets\npublished: 2026-05-01\n---\nAn IPO priced.\n")
    code, out, _ = run(capsys, "--rules", str(rules), "match", str(article))
    assert code == 0 and out.rstrip().endswith("no claim matched")


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = []
    for name, command in cli.commands.items():
        names.append(name)
        assert command.help, f"{name} has no --help text"
        for sub in getattr(command, "commands", {}):
            names.append(f"{name} {sub}")
    missing = [n for n in names if f"`watch {n}" not in readme]
    assert missing == []


def test_demo_runs_offline_and_shows_the_digest(capsys) -> None:
    code, out, _ = run(capsys, "--rules", str(ROOT / "rules.yaml"), "demo")
    assert code == 0
    assert "new articles 12" in out
    assert "openai-ipo-q4-2026: contradicts" in out  # a bundled sample shelves the 2026 listing
    assert "The digest a channel would receive:" in out and "Subject: " in out


def test_notify_test_and_digest_commands(capsys, site, tmp_path: Path) -> None:
    from tests.notify_servers import SmtpServer, WebhookReceiver

    rules, state = site
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
  - name: hook
    type: webhook
    url: {hook.url}
"""
        )
        base = ["--rules", str(rules), "--state", str(state)]
        code, out, _ = run(capsys, *base, "notify", "test", "--channel", "hook")
        assert code == 0 and "accepted by hook" in out and len(hook.requests) == 1
        code, _, err = run(capsys, *base, "notify", "test", "--channel", "nope")
        assert code == 2 and "no channel 'nope'" in err
        run(capsys, *base, "check", "--once")
        assert smtp.messages == []  # digest mode: not before its schedule
        code, out, _ = run(capsys, *base, "digest", "--channel", "mail", "--dry-run")
        assert code == 0 and "Subject: " in out and "acme-ipo-2026" in out
        assert smtp.messages == []
        code, out, _ = run(capsys, *base, "digest", "--channel", "mail")
        assert (code, out.strip()) == (0, "1 message sent, 0 failed")
        assert len(smtp.messages) == 1
        code, out, err = run(capsys, *base, "alerts", "--pending")
        assert code == 0 and out.strip() == "no alerts", err


def test_console_script_collects_again_once_settings_are_loaded(tmp_path: Path) -> None:
    import gc

    from watch.cli.common import Invocation, starting

    rules = write_rules(tmp_path, [])
    try:
        starting()  # what `main()` does first
        assert not gc.isenabled()
        Invocation(str(rules), str(tmp_path / "state")).settings()
        assert gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()


def test_console_script_leaves_the_collector_alone_under_watch_plain(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    from watch.cli.common import starting

    monkeypatch.setenv("WATCH_PLAIN", "1")
    try:
        starting()
        assert gc.isenabled()
    finally:
        gc.enable()


def test_help_loads_only_the_command_line() -> None:
    # figure 5 of bench/: `watch --help` is start-up and click; everything a command needs
    # (logging, the configuration, the store, the network) is imported by that command
    heavy = ["logging", "yaml", "httpx", "sqlite3", "json", "watch.config", "watch.store"]
    heavy += ["watch.models", "ahocorasick", "lxml", "feedparser", "trafilatura", "multiprocessing"]
    usage, loaded = imports_of_watch(["--help"], heavy)
    assert "check" in usage and "claims" in usage
    assert loaded == []
