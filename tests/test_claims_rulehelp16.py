"""What makes a new user's first rule right (round sixteen's blind writers, nu-en14, nu-zh14,
nu-mix14): `watch validate` warns of a cue that is the claim's own topic noun ("breach" among the
confirming cues of a breach-count claim); `case_sensitive:` aliases (`PLUS` finds PLUS, not
"plus"); and the vocabularies the writers missed: `<ended>` (the last unit off the line, 不再生产),
`<continued>` (stays, 继续生产, 延续) and `<undercount>` (far more than disclosed, 远多于此前)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.claimkit import rule_under_test, stance_of
from watch.claims.rules import ClaimRule
from watch.cli import invoke
from watch.models import Stance

# --- `watch validate`: a cue that is the claim's own topic -------------------------------

FIGURE = """\
claims:
  - id: zenko-leak
    statement: The Zenko data breach exposed about 1.5 million customer records.
    made: 2026-02-01
    subject:
      zenko: [Zenko, 真科]
      leak: [data breach, 資料外洩, leak]
    confirms:
      - confirmed
      - {cue}
    amount: {unit: people, confirms: [1300000, 1700000]}
"""

EVENT = """\
claims:
  - id: zenko-move
    statement: Zenko moves its headquarters to Austin by the end of 2026.
    made: 2026-02-01
    subject:
      zenko: [Zenko, 真科]
      move: [headquarters move, 总部迁址]
    confirms:
      - completed
      - {cue}
"""


def _validate(tmp_path: Path, capsys: pytest.CaptureFixture[str], rules: str) -> tuple[int, str]:
    path = tmp_path / "rules.yaml"
    path.write_text(rules, encoding="utf-8")
    code = invoke(["--rules", str(path), "validate"])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("cue", ["breach", "data breach", "外泄", "資料外洩", "hacked", "延期"])
def test_a_figure_claims_own_topic_noun_as_a_cue_is_warned_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cue: str
) -> None:
    code, err = _validate(tmp_path, capsys, FIGURE.replace("{cue}", cue))
    assert code == 0
    assert f'claims[0].confirms[1]: "{cue}" is the claim\'s own topic' in err
    assert "`amount`" in err and err.count("warning: ") == 1


@pytest.mark.parametrize("cue", ["headquarters move", "总部迁址", "迁址"])
def test_an_event_claims_alias_as_a_cue_is_warned_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cue: str
) -> None:
    code, err = _validate(tmp_path, capsys, EVENT.replace("{cue}", cue))
    assert code == 0 and err.count("own topic") == 1 and "已完成" in err


@pytest.mark.parametrize(
    "cue", ["raised to", "上调至", "breach ... widened", "<revision>", "leaks"]
)
def test_cues_of_what_is_new_are_not_warned_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cue: str
) -> None:
    code, err = _validate(tmp_path, capsys, FIGURE.replace("{cue}", cue))
    assert code == 0 and err == ""


def test_an_event_noun_is_only_a_figure_claims_trap(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = _validate(tmp_path, capsys, EVENT.replace("{cue}", "extension"))
    assert code == 0 and err == ""


def test_the_shipped_rules_have_no_topic_cue(capsys: pytest.CaptureFixture[str]) -> None:
    shipped = Path(__file__).resolve().parents[1] / "rules.yaml"
    assert invoke(["--rules", str(shipped), "validate"]) == 0
    assert "own topic" not in capsys.readouterr().err


# --- case-sensitive aliases ----------------------------------------------------------------


def _tolls(case: list[str]) -> ClaimRule:
    return rule_under_test(
        id="plus-tolls",
        subject={"operator": ["PLUS", "普拉斯"], "toll": ["tolls", "toll rates", "收费"]},
        contradicts=["raise", "上调"],
        case_sensitive=case,
    )


def test_a_case_sensitive_alias_finds_the_name_in_capitals() -> None:
    rule = _tolls(["PLUS"])
    assert stance_of(rule, "PLUS will raise tolls on two stretches from October.") is (
        Stance.CONTRADICTS
    )
    assert stance_of(rule, "文告说，PLUS将上调两段路的收费。") is Stance.CONTRADICTS


def test_a_case_sensitive_alias_does_not_find_the_word() -> None:
    rule = _tolls(["PLUS"])
    text = "Rising rents plus higher fuel costs will raise toll rates, a lobby group said."
    assert stance_of(rule, text) is None
    assert stance_of(rule, "Plus, the council will raise tolls next year.") is None


def test_without_the_field_case_still_does_not_matter() -> None:
    text = "Rising rents plus higher fuel costs will raise toll rates, a lobby group said."
    assert stance_of(_tolls([]), text) is not None


def test_case_sensitive_must_name_a_subject_alias() -> None:
    with pytest.raises(ValueError, match="case_sensitive"):
        _tolls(["NOPE"])


# --- `<ended>`, `<continued>`, `<undercount>` ---------------------------------------------

LINE = rule_under_test(
    id="zenko-fixed-speed",
    subject={"zenko": ["Zenko", "真科"], "line": ["fixed-speed", "定频", "定頻"]},
    confirms=["<ended>"],
    contradicts=["<continued>"],
)


@pytest.mark.parametrize(
    "text",
    [
        "Zenko said the last fixed-speed unit rolled off its Ohio line on Monday.",
        "Zenko no longer makes fixed-speed models for the home market.",
        "真科最后一台内销定频空调周一在合肥下线。",
        "真科的家用定频产品已全面切换为变频。",
        "真科即日起不再生產定頻機型。",
    ],
)
def test_a_product_ended_confirms(text: str) -> None:
    assert stance_of(LINE, text) is Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "Zenko's fixed-speed models stay in the catalogue, the company said.",
        "Zenko will continue to make fixed-speed units for export.",
        "真科表示，部分定频机型将延续生产至明年。",
        "真科称定频机型继续供货，价格维持不变。",
    ],
)
def test_a_product_kept_contradicts(text: str) -> None:
    assert stance_of(LINE, text) is Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    [
        "Zenko plans to end fixed-speed production next year.",  # a plan, not the end
        "真科定频空调业务的审计报告被出具保留意见。",  # an auditor's qualified opinion
        "Zenko's last fixed-speed unit is on show at its museum.",  # no line, no end
    ],
)
def test_near_misses_stay_mentions(text: str) -> None:
    assert stance_of(LINE, text) is not Stance.CONFIRMS
    assert stance_of(LINE, text) is not Stance.CONTRADICTS


LEAK = rule_under_test(
    id="zenko-leak",
    subject={"zenko": ["Zenko", "真科"], "leak": ["breach", "泄露", "洩露"]},
    contradicts=["<undercount>"],
)


@pytest.mark.parametrize(
    "text",
    [
        "The regulator said the Zenko breach reached far more than disclosed.",
        "Auditors found the Zenko breach hit more customers than previously disclosed.",
        "监管机构称，真科泄露的记录远多于此前公布的数字。",
        "真科洩露事件涉及的帳戶數超出此前披露範圍。",
    ],
)
def test_an_undercount_contradicts(text: str) -> None:
    assert stance_of(LEAK, text) is Stance.CONTRADICTS


def test_a_count_told_plainly_is_no_undercount() -> None:
    assert stance_of(LEAK, "Zenko said the breach affected customers in three states.") is not (
        Stance.CONTRADICTS
    )
