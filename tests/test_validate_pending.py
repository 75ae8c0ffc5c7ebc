"""`watch validate` warns of `pending` phrases the engine ignores (user-zh D3): an expectation
("expected to", 预计) is a built-in hedge, and a claim that is itself a plan ignores `pending`
altogether. The file stays valid (exit 0); each warning names the file, the line and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_json_output import printed
from watch.cli import invoke

RULES = """\
claims:
  - id: acme-launch
    statement: Acme launches its phone this year.
    made: 2026-01-01
    subject: {acme: [Acme, 艾克美], phone: [phone, 手机]}
    confirms: [<launch>]
    pending: [<plan>, will, {pending}]
"""


def _validate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rules: str, *extra: str
) -> tuple[int, str, str]:
    path = tmp_path / "rules.yaml"
    path.write_text(rules, encoding="utf-8")
    code = invoke(["--rules", str(path), "validate", *extra])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("phrase", "word"), [("expected to", "expect"), ("预计", "预计")])
def test_an_expectation_in_pending_is_named_with_file_line_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], phrase: str, word: str
) -> None:
    code, out, err = _validate(tmp_path, capsys, RULES.replace("{pending}", phrase))
    assert code == 0 and ": ok (" in out
    assert f'rules.yaml:7: claims[0].pending[2]: "{phrase}" is an expectation ("{word}")' in err
    assert err.startswith("warning: ") and "built-in hedge" in err


def test_plan_words_and_the_plan_vocabulary_are_not_warned_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _validate(tmp_path, capsys, RULES.replace("{pending}", "计划"))
    assert code == 0 and err == ""


def test_a_plan_claim_ignores_every_pending_phrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = RULES.replace("{pending}", "计划").replace("Acme launches", "Acme plans to launch")
    code, _, err = _validate(tmp_path, capsys, rules)
    assert code == 0
    assert err.count("warning: ") == 3 and "the claim states a plan" in err


def test_json_carries_the_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(RULES.replace("{pending}", "is expected to"), encoding="utf-8")
    # the documented schema (docs/json-output.md) holds the warnings too
    doc = printed(capsys, "watch validate", "--rules", str(path), "validate", "--json")
    assert doc["valid"] is True
    (warning,) = doc["warnings"]
    assert (warning["line"], warning["path"]) == (7, "claims[0].pending[2]")
