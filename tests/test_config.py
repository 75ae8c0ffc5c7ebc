"""rules.yaml validation: precise errors naming file, line and field; secrets only by name."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from watch.config import load_settings, resolve_secret
from watch.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    (tmp_path / "seeds").mkdir(exist_ok=True)
    return path


def problems(path: Path, env: dict[str, str] | None = None) -> list[tuple[int | None, str, str]]:
    with pytest.raises(ConfigError) as caught:
        load_settings(path, env=env or {})
    return [(p.line, p.path, p.message) for p in caught.value.problems]


def test_shipped_rules_validate() -> None:
    settings = load_settings(ROOT / "rules.yaml", env={})
    assert len(settings.feeds) >= 20
    assert {f.lang for f in settings.feeds} == {"en", "zh"}


def test_minimal_file_gets_defaults(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, "feeds:\n  - url: https://example.com/rss\n"), env={})
    assert settings.feeds[0].key == "https://example.com/rss"
    assert settings.default_interval == 900
    assert settings.fetch.allow_private_networks is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("feeds:\n  - url: https://a/x\n    colour: red\n", (3, "feeds[0].colour", "unknown key")),
        ("feeds:\n  - url: ftp://a/x\n", (2, "feeds[0].url", "'ftp://a/x' is not an http(s) URL")),
        (
            "feeds:\n  - url: https://a/x\n    interval: soon\n",
            (3, "feeds[0].interval", "'soon' is not a duration such as 90s, 15m, 2h or 1d"),
        ),
        (
            "fetch:\n  allow_private_networks: [nonsense]\n",
            (2, "fetch.allow_private_networks", "'nonsense' is not an IP address or CIDR"),
        ),
        ("feeds: 3\n", (1, "feeds", "Input should be a valid list")),
        ("state_mode: public\n", (1, "state_mode", "Input should be 'private' or 'shared'")),
        (
            "feeds:\n  - url: https://a/x\n  - url: https://a/x\n",
            (3, "feeds[1]", "duplicate 'https://a/x' (also feeds[0])"),
        ),
    ],
    ids=[
        "unknown-key",
        "bad-url",
        "bad-duration",
        "bad-cidr",
        "wrong-type",
        "bad-state-mode",
        "duplicate-feed",
    ],
)
def test_each_problem_names_line_and_field(tmp_path: Path, text: str, expected: tuple) -> None:
    assert problems(write(tmp_path, text)) == [expected]


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    found = problems(write(tmp_path, "feeds:\n  - url: https://a/x\n   name: [unclosed\n"))
    assert len(found) == 1 and found[0][0] == 3 and "YAML syntax error" in found[0][2]


def test_duplicate_yaml_key(tmp_path: Path) -> None:
    found = problems(write(tmp_path, "fetch:\n  timeout: 5\n  timeout: 6\n"))
    assert found == [(3, "fetch.timeout", "duplicate key (first on line 2)")]


CHANNELS = """
notify:
  - name: desk-mail
    type: email
    mode: digest
    schedule: "{schedule}"
    timezone: {zone}
    smtp: {{host: smtp.example.com, password_env: WATCH_TEST_SMTP_PW}}
    from: watch@example.com
    to: [analyst@example.com]
  - name: desk-hook
    type: webhook
    url: https://hooks.example.com/watch
    secret_env: WATCH_TEST_HOOK_SECRET
"""


def test_channels_validate_schedule_zone_and_secrets(tmp_path: Path) -> None:
    path = write(tmp_path, CHANNELS.format(schedule="61 8 * * *", zone="Mars/Base"))
    found = problems(path)
    assert found[0][:2] == (6, "notify[0].schedule") and "bad cron expression" in found[0][2]
    assert found[1] == (7, "notify[0].timezone", "unknown time zone 'Mars/Base'")


def test_missing_secret_env_is_named_not_shown(tmp_path: Path) -> None:
    path = write(tmp_path, CHANNELS.format(schedule="0 8 * * *", zone="Asia/Shanghai"))
    found = problems(path, env={"WATCH_TEST_SMTP_PW": "hunter2"})
    assert found == [
        (14, "notify[1].secret_env", "environment variable WATCH_TEST_HOOK_SECRET is not set")
    ]
    env = {"WATCH_TEST_SMTP_PW": "hunter2", "WATCH_TEST_HOOK_SECRET": "s3cret"}
    settings = load_settings(path, env=env)
    assert resolve_secret(settings.notify[1].secret_env, env) == "s3cret"
    assert "s3cret" not in path.read_text() and "hunter2" not in repr(settings)


def test_digest_needs_a_schedule(tmp_path: Path) -> None:
    text = CHANNELS.format(schedule="0 8 * * *", zone="UTC").replace(
        '    schedule: "0 8 * * *"\n', ""
    )
    found = problems(
        write(tmp_path, text), env={"WATCH_TEST_SMTP_PW": "x", "WATCH_TEST_HOOK_SECRET": "y"}
    )
    assert found[0][1] == "notify[0]" and "needs a `schedule`" in found[0][2]


CLAIM = """
claims:
  - id: demo-claim
    statement: Example Corp plans a listing this year
    made: 2026-02-01
    sources:
      - seed: seed.txt
        quote: {quote}
    subject:
      company: [{alias}]
    confirms: [plans]
"""


def test_claim_quote_must_be_in_the_seed(tmp_path: Path) -> None:
    path = write(tmp_path, CLAIM.format(quote="not in the file", alias="Example Corp"))
    (tmp_path / "seeds" / "seed.txt").write_text("Example Corp plans to list in Q4.", "utf-8")
    assert problems(path) == [(8, "claims[0].sources[0].quote", "quote not found in seed seed.txt")]
    path = write(tmp_path, CLAIM.format(quote="plans to list", alias="Example Corp"))
    assert load_settings(path, env={}).claims[0].id == "demo-claim"


def test_claim_with_empty_alias_group_cannot_match(tmp_path: Path) -> None:
    path = write(tmp_path, CLAIM.format(quote="plans to list", alias="' '"))
    (tmp_path / "seeds" / "seed.txt").write_text("Example Corp plans to list in Q4.", "utf-8")
    found = problems(path)
    assert found[0][1] == "claims[0].subject" and "can never match" in found[0][2]


def claim(**fields: str) -> str:
    """A one-claim rules file; `fields` replace lines of the claim (values as YAML text)."""
    lines = {
        "made": "2026-02-01",
        "subject": "{company: [Acme], event: [IPO, listing]}",
        "confirms": "[on track]",
    } | fields
    return "claims:\n  - id: acme-ipo\n    statement: Acme lists its shares this year\n" + "".join(
        f"    {key}: {value}\n" for key, value in lines.items()
    )


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"made": "2026-02-30"}, (4, "claims[0].made", "Input should be a valid date")),
        ({"made": "2026-13-01"}, (4, "claims[0].made", "Input should be a valid date")),
        (
            {"confirms": "[on track, no]"},
            (6, "claims[0].confirms[1]", "YAML reads unquoted true, false, yes, no"),
        ),
        (
            {"confirms": "[cut 20,000 jobs]"},
            (6, "claims[0].confirms", "look like one number split at its comma"),
        ),
        ({"confirms": "[the]"}, (6, "claims[0].confirms", "alone is in nearly every article")),
        (
            {"confirms": "['to ... the']"},
            (6, "claims[0].confirms", "alone is in nearly every article"),
        ),
        (
            {"subject": "{company: [Acme, '--'], event: [IPO]}"},
            (5, "claims[0].subject", "has no letter or digit, so it can never match"),
        ),
    ],
    ids=[
        "day-31-feb",
        "month-13",
        "bare-no",
        "comma-split",
        "stop-word",
        "gap-of-stop-words",
        "punctuation-alias",
    ],
)
def test_traps_in_claims_get_a_message_that_says_what_to_do(
    tmp_path: Path, fields: dict[str, str], expected: tuple[int, str, str]
) -> None:
    [(line, where, message)] = problems(write(tmp_path, claim(**fields)))
    assert (line, where) == expected[:2] and expected[2] in message, message


@pytest.mark.parametrize(
    "subject",
    [
        "{company: [Boeing], event: ['777-9', '777-9s']}",
        "{company: [Boeing], event: [Boeing 737, 737 MAX]}",
        "{company: [波音], event: [波音777-9, 777-9型]}",
        "\n      company: [Boeing]\n      event:\n        - 777-9\n        - 777-9s",
        "{company: [Boeing], event: ['01833', '1833.HK']}",
        "\n      company: [Kenya Airways]\n      event:\n        - '787'\n        - 787-8",
        "{company: [Kenya Airways], event: ['787', '787-8']}",
    ],
    ids=[
        "flow-quoted",
        "flow-model-and-variant",
        "chinese",
        "block-style",
        "stock-codes",
        "block-number-alone",
        "flow-quoted-number-alone",
    ],
)
def test_two_names_of_one_model_number_are_no_number_split_at_its_comma(
    tmp_path: Path, subject: str
) -> None:
    """ "777-9" beside "777-9s" is one aircraft named twice, not 9,777 split by a flow list's
    comma: the second opens with a number the first already holds. ([cut 20,000 jobs] is still
    refused: see comma-split above.)"""
    rule = load_settings(write(tmp_path, claim(subject=subject)), env={}).claims[0]
    assert len(rule.subject["event"]) == 2


def test_a_range_of_numbers_in_a_flow_list_is_no_number_split_at_its_comma(tmp_path: Path) -> None:
    text = claim(amount="{currency: USD, near: [invest], confirms: [65, 250]}")
    rule = load_settings(write(tmp_path, text), env={}).claims[0]
    assert rule.amount


@pytest.mark.parametrize(
    "confirms", ["[cut 20-30,000 jobs]", "[裁员1,000人]", "[Boeing 777, sold 7,000 jets]"]
)
def test_a_number_split_at_its_comma_is_still_refused_beside_a_model_number(
    tmp_path: Path, confirms: str
) -> None:
    [(_, _, message)] = problems(write(tmp_path, claim(confirms=confirms)))
    assert "look like one number split at its comma" in message


def test_an_unclosed_quote_is_reported_where_it_opens(tmp_path: Path) -> None:
    text = 'feeds:\n  - id: a\n    url: "https://a.example/x\n    name: y\nclaims: []\n'
    [(line, _, message)] = problems(write(tmp_path, text))
    assert line == 3 and "noticed on line" in message
