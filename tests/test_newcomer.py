"""Issue 24, a newcomer's first hour: what someone new meets in the command line, item by item.

The scripted run of the whole first hour from a built wheel is tests/test_newcomer_run.py; the
`--json` shapes are tests/test_json_output.py."""

from __future__ import annotations

import logging
import re
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.feedkit import Item, page, rss, watch_command, write_rules
from tests.hostile_kit import run
from tests.servers import LocalServer, Route
from watch.cli import cli
from watch.cli.status import render
from watch.config import load_settings
from watch.models import Alert, ClaimStatus, StatusChange
from watch.words import cut, plural, reason_first, relative

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def site(tmp_path: Path, http_server: LocalServer) -> tuple[Path, Path]:
    """A feed with one Acme story, and one answering 503."""
    body = ["Acme Robotics has postponed its planned IPO until 2027, the company said."] * 2
    http_server.route(
        "/a/acme.html", Route(body=page("Acme delays IPO", body, NOW), content_type="text/html")
    )
    item = Item("Acme delays IPO", http_server.url("/a/acme.html"), NOW)
    http_server.route("/news.xml", Route(body=rss([item]), content_type="application/rss+xml"))
    http_server.route("/bad.xml", Route(status=503))
    rules = write_rules(
        tmp_path, [("news", http_server.url("/news.xml")), ("bad", http_server.url("/bad.xml"))]
    )
    return rules, tmp_path / "state"


# --- starting ---------------------------------------------------------------------------------


def test_demo_runs_from_any_directory_on_the_bundled_claims(
    capsys, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no rules.yaml here: before, `rules.yaml: file not found`
    monkeypatch.delenv("WATCH_RULES", raising=False)
    code, out, err = run(capsys, "demo")
    assert code == 0, err
    assert "new articles 12" in out and "openai-ipo-q4-2026" in out
    where = re.search(r"demo state: (\S+) \(temporary, removed when the demo ends", out)
    assert where and not Path(where.group(1)).exists()  # said where it went, and cleaned up
    assert list(tmp_path.iterdir()) == []  # nothing written where the user stands


def test_demo_uses_the_claims_of_the_rules_given(capsys, tmp_path: Path) -> None:
    rules = write_rules(tmp_path, [])  # one claim, acme-ipo-2026, that no sample is about
    code, out, _ = run(capsys, "demo", "--rules", str(rules), "--keep", str(tmp_path / "kept"))
    assert code == 0 and "openai-ipo-q4-2026" not in out
    assert f"demo state: {tmp_path / 'kept'} (kept)" in out
    assert (tmp_path / "kept" / "watch.db").exists()


def test_init_writes_a_starter_that_validates_and_never_overwrites(capsys, tmp_path: Path) -> None:
    target = tmp_path / "mine"
    code, out, _ = run(capsys, "init", str(target))
    assert code == 0
    assert (target / "seeds").is_dir() and list((target / "seeds").iterdir()) == []
    text = (target / "rules.yaml").read_text(encoding="utf-8")
    settings = load_settings(target / "rules.yaml", env={})
    assert 2 <= len(settings.feeds) <= 3 and all(
        f.url.startswith("https://") for f in settings.feeds
    )
    assert [c.id for c in settings.claims] == ["acme-ipo-q4"]  # the README's worked example
    assert settings.notify == [] and "#  - name: desk-mail" in text  # examples, commented out
    assert out.rstrip().endswith(
        "watch validate        # check rules.yaml (edit the feeds and the claim first)\n"
        "watch check --once    # poll the feeds once, judge what is new\n"
        "watch claims          # the status of each claim"
    )
    assert f"cd {target}" in out
    (target / "rules.yaml").write_text("# mine, edited\n", encoding="utf-8")
    code, _, err = run(capsys, "init", str(target))
    assert code == 2 and "already exists; nothing written" in err
    assert (target / "rules.yaml").read_text(encoding="utf-8") == "# mine, edited\n"


def test_global_options_after_the_sub_command(capsys, site) -> None:
    rules, state = site
    code, out, err = run(capsys, "check", "--once", "--rules", str(rules), "--state", str(state))
    assert code == 0, err  # before: "No such option '--rules'"
    assert "new articles 1" in out and (state / "watch.db").exists()
    code, out, _ = run(capsys, "claims", "--rules", str(rules), "--state", str(state))
    assert code == 0 and "acme-ipo-2026" in out
    code, out, _ = run(
        capsys, "claims", "show", "acme-ipo-2026", "--state", str(state), "--rules", str(rules)
    )
    assert code == 0 and "acme-ipo-2026: contradicted" in out


def test_every_sub_command_lists_the_global_options_in_its_help(capsys) -> None:
    names: list[list[str]] = []
    for name, command in cli.commands.items():
        names.append([name])
        names += [[name, sub] for sub in getattr(command, "commands", {})]
    for words in names:
        code, out, _ = run(capsys, *words, "--help")
        assert code == 0
        for option in ("--rules FILE", "--state DIRECTORY", "-v, --verbose"):
            assert option in out, (words, option)


def test_feeds_only_reads_the_state(capsys, site, tmp_path: Path) -> None:
    rules, state = site
    missing = tmp_path / "nowhere" / "state"
    code, out, err = run(capsys, "--rules", str(rules), "--state", str(missing), "feeds")
    assert code == 4 and "no state database at" in err
    assert not missing.parent.exists()  # before: the directory and a database were created
    # a database that has met one feed: the other configured feed shows as never polled
    run(capsys, "--rules", str(rules), "--state", str(state), "check", "--once")
    rules.write_text(
        rules.read_text().replace(
            "feeds:\n", 'feeds:\n  - id: later\n    url: "http://127.0.0.1:9/x"\n'
        ),
        encoding="utf-8",
    )
    before = (state / "watch.db").stat().st_mtime_ns
    code, out, _ = run(capsys, "--rules", str(rules), "--state", str(state), "feeds")
    assert code == 0
    assert code == 0
    later = next(line for line in out.splitlines() if line.startswith("later "))
    assert re.match(r"later\s+0\s+never\s+0\s+now\s*$", later)
    assert (state / "watch.db").stat().st_mtime_ns == before


# --- errors a newcomer meets ------------------------------------------------------------------


def test_match_reads_a_directory_and_a_missing_path_is_a_usage_error(
    capsys, tmp_path: Path
) -> None:
    rules = write_rules(tmp_path, [])
    saved = tmp_path / "saved"
    (saved / "deeper").mkdir(parents=True)
    (saved / "a.md").write_text("Acme Robotics has postponed its IPO, the company said.\n")
    (saved / "deeper" / "b.txt").write_text("Acme Robotics will list, on track for its IPO.\n")
    (saved / "notes.json").write_text("{}")
    code, out, err = run(capsys, "--rules", str(rules), "match", str(saved))
    assert code == 0, err  # before: "[Errno 21] Is a directory", exit 1
    assert f"{saved / 'a.md'}\n" in out and f"{saved / 'deeper' / 'b.txt'}\n" in out
    assert "notes.json" not in out
    code, out, err = run(capsys, "--rules", str(rules), "match", str(saved / "gone.md"))
    assert code == 2 and out == "" and "gone.md: no such file or directory" in err  # was 1


def test_feeds_import_skips_a_bad_outline_and_adds_the_rest(capsys, tmp_path: Path) -> None:
    rules = write_rules(tmp_path, [])
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body>'
        '<outline text="Good one" xmlUrl="https://good.example.com/feed"/>'
        '<outline text="Gopher hole" xmlUrl="gopher://old.example.com/feed"/>'
        '<outline text="Good two" xmlUrl="https://two.example.com/rss"/>'
        "</body></opml>"
    )
    code, out, err = run(capsys, "--rules", str(rules), "feeds", "import", str(opml))
    assert code == 0, err  # before: the whole import refused, naming a deleted temporary file
    assert f"warning: {opml}: outline 'Gopher hole' (gopher://old.example.com/feed) skipped" in err
    assert ".rules-" not in err
    assert out.strip() == f"2 feeds added to {rules} (0 already there, 1 skipped)"
    urls = [f.url for f in load_settings(rules, env={}).feeds]
    assert urls == ["https://good.example.com/feed", "https://two.example.com/rss"]


def test_an_unknown_channel_is_blamed_on_the_rules_file_given(capsys, tmp_path: Path) -> None:
    rules = write_rules(tmp_path, [])
    other = rules.rename(tmp_path / "desk.yaml")
    code, _, err = run(capsys, "--rules", str(other), "notify", "test", "--channel", "nope")
    assert code == 2 and f"{other}: notify: no channel 'nope' (none configured)" in err
    assert "rules.yaml" not in err
    code, _, err = run(capsys, "--rules", str(other), "digest", "--channel", "nope")
    assert code == 2 and f"{other}: notify:" in err


# --- what cron mails and what a terminal shows -----------------------------------------------


def test_a_failing_feed_is_reported_once(site) -> None:
    rules, state = site
    quiet = subprocess.run(
        watch_command(rules, state, "check", "--once", "--quiet"), capture_output=True, text=True
    )
    assert quiet.returncode == 0
    assert quiet.stdout.count("HTTP 503") == 1
    assert quiet.stderr == ""  # before: a WARNING line on stderr for the same failure
    loud = subprocess.run(
        watch_command(rules, state, "check", "--once", "--force", "-v"),
        capture_output=True,
        text=True,
    )
    assert "feed bad failed" in loud.stderr  # asked for: the log says it too
    assert "apscheduler" not in loud.stderr


def test_feeds_shows_the_reason_first_and_uncut(capsys, site) -> None:
    rules, state = site
    run(capsys, "--rules", str(rules), "--state", str(state), "check", "--once")
    code, out, _ = run(capsys, "--rules", str(rules), "--state", str(state), "feeds")
    assert code == 0
    bad = next(line for line in out.splitlines() if line.startswith("bad "))
    assert bad.rstrip().endswith("  HTTP 503")  # before: the URL first, cut at 60 characters
    assert re.search(r"bad\s+0\s+never\s+1\s+in \d+ min", bad)
    assert reason_first("http://a/f.xml: HTTP 503", "http://a/f.xml") == "HTTP 503"
    assert reason_first("http://b/x: HTTP 404", "http://a/f.xml") == "HTTP 404 (at http://b/x)"
    assert reason_first("feed k: not a feed", "http://a", "k") == "not a feed"


def test_status_reads_in_relative_times_and_counts_what_it_leaves_out() -> None:
    failing = [
        {"feed": f"f{i}", "url": f"http://x/{i}", "failures": 3, "error": f"http://x/{i}: HTTP 500"}
        for i in range(26)
    ]
    info = {
        "last_run": {
            "id": 7,
            "status": "ok",
            "started_at": (NOW - timedelta(hours=2, minutes=5)).isoformat(),
            "feeds_polled": 1,
            "feeds_failed": 0,
            "new_articles": 1,
            "alerts": 0,
        },
        "running_pid": None,
        "feeds": 26,
        "feeds_due_now": 0,
        "next_poll_at": (NOW + timedelta(minutes=4, seconds=30)).isoformat(),
        "failing_feeds": failing,
        "deliveries": {},
    }
    text = render(info, NOW)
    assert "started 2 h ago, 1 feed polled, 0 failed, 1 new article, 0 alerts" in text
    assert "next poll in 4 min" in text and "+00:00" not in text
    assert "  failing: f0 (3x): HTTP 500" in text
    assert text.count("failing: ") == 20 and "  +6 more failing" in text  # before: 20, no count


def test_words() -> None:
    assert [plural(n, "story") for n in (0, 1, 2)] == ["0 stories", "1 story", "2 stories"]
    assert plural(1, "attempt") == "1 attempt" and plural(2, "day") == "2 days"
    assert cut("a" * 10, 10) == "a" * 10 and cut("word " * 5, 10) == "word word…"
    assert relative(NOW - timedelta(seconds=5), NOW) == "just now"
    assert relative(NOW + timedelta(days=2, hours=1), NOW) == "in 2 d"
    assert relative(NOW - timedelta(days=40), NOW) == f"{NOW - timedelta(days=40):%Y-%m-%d}"
    assert relative(None, NOW) == "never"


def _change(claim: str, old: str, new: str, at: datetime) -> Alert:
    change = StatusChange(claim, ClaimStatus(old), ClaimStatus(new), at, "why")
    return Alert(key=f"{claim}-{new}", claim_id=claim, kind="status", created_at=at, change=change)


def test_digest_subject_names_each_claims_current_status_and_keeps_its_bracket() -> None:
    from watch.delivery.digest import MAX_SUBJECT, render_digest

    older = _change("openai-ipo-q4-2026", "reported", "contradicted", NOW - timedelta(days=1))
    newer = _change("openai-ipo-q4-2026", "contradicted", "disputed", NOW)
    digest = render_digest([newer, older], [], statements={}, generated_at=NOW)
    assert digest.subject == "1 claim changed: openai-ipo-q4-2026 disputed"  # was: contradicted
    many = [
        _change(f"claim-with-a-long-name-{i:02d}", "reported", "confirmed", NOW) for i in range(9)
    ]
    evidence = Alert(key="e", claim_id="x", kind="evidence", created_at=NOW, stance="confirms")
    subject = render_digest([*many, evidence], [], statements={}, generated_at=NOW).subject
    assert len(subject) <= MAX_SUBJECT
    assert subject.endswith(" more (+1 new piece of evidence)")  # was: cut to "(+4…"
    assert re.search(r"claim-with-a-long-name-\d\d confirmed and \d more \(", subject)


def test_grammar_in_reasons_and_counts(capsys, site) -> None:
    rules, state = site
    run(capsys, "--rules", str(rules), "--state", str(state), "check", "--once")
    code, out, _ = run(
        capsys, "--rules", str(rules), "--state", str(state), "claims", "show", "acme-ipo-2026"
    )
    assert code == 0
    assert "0 confirming, 1 contradicting story; 1 independent source" in out
    assert "1 story from 1 independent outlet contradicts it" in out  # was: contradict it
    code, out, _ = run(capsys, "--rules", str(rules), "validate")
    assert out.strip().endswith(": ok (2 feeds, 1 claim, 0 channels)")
    rules.write_text("feeds: 3\n")
    code, _, err = run(capsys, "--rules", str(rules), "validate")
    assert code == 2 and err.startswith("invalid configuration (1 problem):")  # was problem(s)


def test_log_levels_per_command() -> None:
    from watch.cli.common import configure_logging

    configure_logging(0, service=True)  # `watch run`: logs are all it says
    assert logging.getLogger("watch.scheduler").getEffectiveLevel() == logging.INFO
    assert logging.getLogger("watch.pipeline").getEffectiveLevel() == logging.INFO
    assert logging.getLogger("apscheduler").getEffectiveLevel() == logging.WARNING
    configure_logging(1)
    assert logging.getLogger("apscheduler").getEffectiveLevel() == logging.WARNING
    assert logging.getLogger("watch.pipeline").getEffectiveLevel() == logging.INFO
    configure_logging(0)
    assert logging.getLogger("watch.pipeline").getEffectiveLevel() == logging.ERROR
    assert logging.getLogger("watch.statedir").getEffectiveLevel() == logging.WARNING


def test_housekeeping_build_ignored_and_completion_documented() -> None:
    assert "/build/" in (ROOT / ".gitignore").read_text().splitlines()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "_WATCH_COMPLETE=bash_source watch" in readme
    done = subprocess.run(
        ["sh", "-c", f'_WATCH_COMPLETE=bash_source "$0" -c "{_MAIN}"', *_python()],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "complete " in done.stdout and "_watch_completion" in done.stdout


_MAIN = "import sys; sys.argv[0] = 'watch'; from watch.cli import main; main()"


def _python() -> list[str]:
    import sys

    return [sys.executable]


def test_every_json_option_says_what_it_prints() -> None:
    def commands(group, prefix=()):
        for name, command in group.commands.items():
            yield (*prefix, name), command
            if hasattr(command, "commands"):
                yield from commands(command, (*prefix, name))

    blank = [
        words
        for words, command in commands(cli)
        for param in command.params
        if "--json" in getattr(param, "opts", ()) and not getattr(param, "help", None)
    ]
    assert blank == []  # before: claims, claims show, feeds, match, eval, explain, search, ...
    reporting = {"validate", "baseline", "digest", "feeds import", "notify test", "status"}
    with_json = {
        " ".join(words)
        for words, command in commands(cli)
        if any("--json" in getattr(p, "opts", ()) for p in command.params)
    }
    assert reporting <= with_json
