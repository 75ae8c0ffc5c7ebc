"""Claim engine: which way a cue points, once what it is said of is read.

- a denial of something against the claim (否认……将削减……订单的报道, "denied a report that it
  would cut the order") is no contradiction; denying one of the rule's own contradicting cues
  confirms; denying the claim's own confirming cue still contradicts;
- a cue that only follows a condition (须待……方可生效, "before it can take effect") is a mention;
- an on-track word restating another metric's guidance ("reiterated that earnings per share
  ...", 重申每股收益指引) is a mention, one restating the claim's own thing is not;
- a cue whose subject is a group of other things ("Several smaller projects may see their
  subsidy delayed", 多个小型项目的补贴或将推迟) is a mention, unless the sentence names the claim's
  own subject;
- a figure said out of reach (1.1亿用户「今年做不到」, "110 million users is out of reach") is a
  goal failed: it contradicts;
- a figure as the terms of the cue's act (以26.80港元方案获通过, "approved at HK$26.80") decides
  the cue's sign;
- 根据协议 ("under the agreement") states a deal's terms: no attribution.
Each judged by a rule of the test's own, with the near-misses that must keep their reading.
"""

from __future__ import annotations

import pytest

from tests.claimkit import ALERT, judged, rule_under_test
from watch.models import Stance

C, X, M = Stance.CONFIRMS, Stance.CONTRADICTS, Stance.MENTIONS


def _order():
    return rule_under_test(
        id="acme-order",
        subject={"acme": ["Acme", "艾克美"], "order": ["order", "订单"]},
        confirms=["win ... order", "won ... order", "获得 ... 订单"],
        contradicts=["<denial>", "<cancellation>"],
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Acme denied a report that it would cut the order.", M),
        ("艾克美否认将削减该订单的报道。", M),
        ("Acme denied a report that it would cancel the order.", C),
        ("艾克美否认取消该订单的报道。", C),
        # near-misses: the denial is of the claim itself, or of nothing named
        ("Acme denied it won the order.", X),
        ("艾克美否认获得该订单。", X),
    ],
)
def test_a_denial_of_something_against_the_claim(text: str, want: Stance) -> None:
    assert judged(_order(), text).stance is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Acme scheme still needs court approval before it can take effect.", M),
        ("艾克美的计划仍须待法院批准方可生效。", M),
        ("The Acme scheme took effect on Monday.", C),
        ("艾克美的计划周一正式生效。", C),
    ],
)
def test_a_cue_only_after_a_condition(text: str, want: Stance) -> None:
    rule = rule_under_test(
        id="acme-scheme",
        subject={"acme": ["Acme", "艾克美"], "scheme": ["scheme", "计划"]},
        confirms=["take effect", "took effect", "生效"],
    )
    assert judged(rule, text).stance is want


_UPDATE_EN = "Acme gave an update on Berwick on Monday. "
_UPDATE_ZH = "艾克美周一更新了伯威克项目的情况。"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_UPDATE_EN + "Acme reiterated that earnings per share should be at least 160 pence.", M),
        (_UPDATE_ZH + "艾克美重申每股收益指引。", M),
        # near-misses: what is restated is the claim's own thing
        (_UPDATE_EN + "Acme reiterated that the Berwick timetable is unchanged.", C),
        (_UPDATE_ZH + "艾克美重申伯威克项目的时间表。", C),
    ],
)
def test_reiterating_another_metric(text: str, want: Stance) -> None:
    rule = rule_under_test(
        id="acme-berwick",
        window=1,
        subject={"acme": ["Acme", "艾克美"], "project": ["Berwick", "伯威克"]},
        confirms=["<on-track>"],
    )
    assert judged(rule, text).stance is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The ministry approved the subsidy for JMU on Monday. Several smaller shipbuilding "
            "projects may see their subsidy delayed.",
            C,
        ),
        ("日联造船的补贴周一获批。多个小型造船项目的补贴或将推迟。", C),
        # near-miss: the claim's own subject is among those delayed: evidence both ways
        (
            "The ministry approved the subsidy for JMU on Monday. Several projects, including "
            "JMU, may see their subsidy delayed.",
            M,
        ),
        ("日联造船的补贴周一获批。包括日联造船在内的多个项目的补贴或将推迟。", M),
    ],
)
def test_a_cue_said_of_a_group_of_others(text: str, want: Stance) -> None:
    rule = rule_under_test(
        id="jmu-aid",
        window=1,
        subject={"jmu": ["JMU", "日联造船"], "money": ["subsidy", "subsidies", "补贴"]},
        confirms=["approve", "approved", "批准", "获批"],
        contradicts=["<delay>"],
    )
    assert judged(rule, text).stance is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("艾克美：1.1亿用户「今年做不到」 改为明年目标", X),
        ("Target: Acme said 110 million users is now out of reach this year.", X),
        ("艾克美：1.1亿用户今年可以做到 目标不变", C),
        ("Target: Acme said 110 million users is now within reach this year.", C),
    ],
)
def test_a_figure_said_out_of_reach(text: str, want: Stance) -> None:
    rule = rule_under_test(
        id="acme-users",
        subject={"acme": ["Acme", "艾克美"], "users": ["users", "用户"]},
        confirms=[],
        amount={"unit": "users", "near": ["target", "目标"], "confirms": [105e6, 116e6]},
    )
    assert judged(rule, text).stance is want


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("艾克美私有化：法院会议以26.80港元方案获通过", X),
        ("Acme take-private approved at HK$26.80 by the court meeting", X),
        ("艾克美私有化：法院会议以24.60港元方案获通过", C),
        ("Acme take-private approved at HK$24.60 by the court meeting", C),
    ],
)
def test_a_figure_as_the_terms_of_the_act(title: str, want: Stance) -> None:
    rule = rule_under_test(
        id="acme-private",
        subject={"acme": ["Acme", "艾克美"], "deal": ["私有化", "take-private"]},
        confirms=["获通过", "approved"],
        amount={
            "currency": "HKD",
            "near": ["注销价", "cancellation price"],
            "slack": 0.01,
            "confirms": [24.6, 24.6],
            "contradicts": [[None, 24.3], [24.9, None]],
        },
    )
    assert judged(rule, "", title=title).stance is want


@pytest.mark.parametrize(
    ("text", "attributed"),
    [
        ("根据协议，诺华将向艾克美支付首付款。", False),
        ("根據協議，諾華將向艾克美支付首付款。", False),
        ("According to the agreement, Novartis will pay Acme an upfront fee.", False),
        ("根据知情人士，诺华将向艾克美支付首付款。", True),
    ],
)
def test_under_the_agreement_is_no_attribution(text: str, attributed: bool) -> None:
    rule = rule_under_test(
        id="acme-licence",
        subject={"acme": ["Acme", "艾克美"], "fee": ["首付款", "upfront fee"]},
        confirms=["支付", "pay"],
    )
    result = judged(rule, text)
    assert result.stance is C and result.confidence >= ALERT
    assert any("attributed" in r for r in result.reasons) is attributed
