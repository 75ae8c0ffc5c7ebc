"""Bad configuration through the command line: every kind of broken rules.yaml is reported as
`file:line: field: message` with exit code 2, and the state directory from an earlier good run
is left byte for byte as it was. Also OPML imports that try entity tricks.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.feedkit import Item, rss
from tests.hostile_kit import RSS_TYPE, cli, tree_digest, write_rules
from tests.servers import LocalServer, Route

GOOD_CHANNEL = """notify:
  - name: hook
    type: webhook
    url: http://127.0.0.1:9/hook
"""

# name: (text appended to a good rules.yaml, or a function of its text; expected message)
CASES = {
    "syntax": ("oops: [unclosed\n", "YAML syntax error"),
    "unknown-key": (
        "alerts:\n  min_confidance: 0.5\n",
        ":{l2}: alerts.min_confidance: unknown key",
    ),
    "wrong-type": (
        "alerts:\n  min_confidence: very\n",
        ":{l2}: alerts.min_confidence: Input should be a valid number",
    ),
    "out-of-range": ("alerts:\n  min_confidence: 7\n", ":{l2}: alerts.min_confidence:"),
    "bad-duration": (
        "default_interval: soon\n",
        ":{l1}: default_interval: 'soon' is not a duration",
    ),
    "bad-cron": (
        GOOD_CHANNEL + "    mode: digest\n    schedule: '61 25 * * *'\n",
        ": notify[0].schedule: bad cron expression",
    ),
    "bad-timezone": (
        GOOD_CHANNEL + "    timezone: Mars/Olympus_Mons\n",
        ": notify[0].timezone: unknown time zone 'Mars/Olympus_Mons'",
    ),
    "unset-secret": (
        GOOD_CHANNEL + "    secret_env: WATCH_SURELY_NOT_SET_ANYWHERE\n",
        ": notify[0].secret_env: environment variable WATCH_SURELY_NOT_SET_ANYWHERE is not set",
    ),
    "duplicate-claim": (None, ": claims[1]: duplicate 'acme-ipo-2026'"),
    "duplicate-key": (
        "alerts:\n  min_confidence: 0.5\n  min_confidence: 0.6\n",
        ":{l3}: alerts.min_confidence: duplicate key (first on line {l2})",
    ),
    "bad-feed-url": (None, ": feeds[0].url: 'file:///etc/passwd' is not an http(s) URL"),
    "alias-bomb": (
        "bomb0: &b0 [x, x, x, x, x, x, x, x, x, x]\n"
        + "".join(f"bomb{i}: &b{i} [{', '.join([f'*b{i - 1}'] * 10)}]\n" for i in range(1, 9)),
        "alias bomb",
    ),
    "list-as-key": (
        "alerts:\n  ? [min_confidence]\n  : 0.5\n",
        ":{l2}: alerts: a key must be a plain value, not a list or a mapping",
    ),
    "not-a-mapping": (None, "rules.yaml:1: the file must be a mapping of sections"),
    "not-utf8": (None, "rules.yaml: cannot read"),
}


def broken(rules: Path, good: str, case: str) -> str:
    """Write the broken variant of `good`; returns the expected message with its line."""
    extra, expected = CASES[case]
    base = good.count("\n") if good.endswith("\n") else good.count("\n") + 1
    if case == "duplicate-claim":
        claim = good[good.index("  - id: acme-ipo-2026") :]
        rules.write_text(good + claim, encoding="utf-8")
    elif case == "bad-feed-url":
        rules.write_text(
            good.replace(
                'url: "http://127.0.0.1',
                'url: "file:///etc/passwd"\n    name: "http://127.0.0.1',
                1,
            ),
            encoding="utf-8",
        )
    elif case == "not-a-mapping":
        rules.write_text("- just\n- a list\n", encoding="utf-8")
    elif case == "not-utf8":
        rules.write_bytes(good.replace("Acme Robotics", "Acmé Robotics").encode("latin-1"))
    else:
        text = good if good.endswith("\n") else good + "\n"
        rules.write_text(text + extra, encoding="utf-8")
    for n in (1, 2, 3):  # {lN}: the Nth line of the appended text
        expected = expected.replace(f"{{l{n}}}", str(base + n))
    return expected


@pytest.fixture(scope="module")
def good_state(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A state directory from one good run, and the good rules text."""
    folder = tmp_path_factory.mktemp("good")
    with LocalServer() as server:
        server.route(
            "/f.xml",
            Route(
                body=rss([Item("Story", "http://example.com/s", None, "Text.")]),
                content_type=RSS_TYPE,
            ),
        )
        rules = write_rules(folder, [("f", server.url("/f.xml"))])
        from watch.cli import invoke

        assert (
            invoke(
                [
                    "--rules",
                    str(rules),
                    "--state",
                    str(folder / "state"),
                    "check",
                    "--once",
                    "--quiet",
                ]
            )
            == 0
        )
    return folder, rules.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", list(CASES))
def test_bad_rules_give_a_precise_error_and_touch_nothing(
    good_state: tuple[Path, str],
    case: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, good = good_state
    monkeypatch.delenv("WATCH_SURELY_NOT_SET_ANYWHERE", raising=False)
    (tmp_path / "seeds").mkdir()
    rules = tmp_path / "rules.yaml"
    expected = broken(rules, good, case)
    state = folder / "state"
    before = tree_digest(state)
    for command in (["check", "--once", "--force"], ["validate"], ["feeds"], ["claims"]):
        started = time.monotonic()
        code, out, err = cli(capsys, rules, state, *command)
        assert code == 2, (command, out, err)
        assert time.monotonic() - started < 5
        assert expected in err, err
        assert f"{rules}:" in err and out == ""
    assert tree_digest(state) == before


def test_no_state_is_created_for_a_bad_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text("fetch:\n  timeout: never\n", encoding="utf-8")
    code, _, err = cli(capsys, rules, tmp_path / "state", "check", "--once")
    assert code == 2 and f"{rules}:2: fetch.timeout:" in err
    assert not (tmp_path / "state").exists()


OPML_HEAD = '<?xml version="1.0"?>\n'
OPML_BODY = (
    '<opml version="2.0"><head><title>&x;</title></head><body>'
    '<outline text="a" xmlUrl="http://example.com/a.xml"/></body></opml>'
)


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
        + '<!ENTITY x "&i;">]>',
    ],
    ids=["xxe", "laughs"],
)
@pytest.mark.parametrize("padding", [0, 8192], ids=["at-top", "after-8k-comment"])
def test_opml_entity_tricks_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], doctype: str, padding: int
) -> None:
    rules = write_rules(tmp_path, [])
    before = rules.read_bytes()
    opml = tmp_path / "bomb.opml"
    comment = f"<!-- {'p' * padding} -->\n" if padding else ""
    opml.write_text(OPML_HEAD + comment + doctype + OPML_BODY, encoding="utf-8")
    started = time.monotonic()
    code, out, err = cli(capsys, rules, tmp_path / "state", "feeds", "import", str(opml))
    assert time.monotonic() - started < 5
    assert code == 2, (out, err)
    assert rules.read_bytes() == before and "root:" not in out + err
