"""Claim engine: targets, expectations and their failure.

- a goal declared failed ("the $10 billion backlog target is no longer realistic", "will miss
  its target", 目标落空, 目标已无法实现) contradicts a claim that the figure will be reached,
  and its failure word does not negate another figure before the goal (降至85亿美元 年底破百亿
  目标落空);
- the claim's own party saying it no longer expects its event ("no longer expects to
  complete", 不再预计) is a firm statement against it, not hedged as an expectation;
- an expectation restated on the record ("repeated that ... should", 重申……有望) is guidance,
  hedged lightly; an analyst's, or a bare possibility ("could"), stays hedged;
- orders taken in a period (new orders, 新签订单, 新签合同额) are a flow, not the backlog a claim
  counts; a claim on order intake keeps them.
Each judged by a rule of the test's own, with the near-misses that must keep their reading.
"""

from __future__ import annotations

import pytest

from tests.claimkit import ALERT, judged, rule_under_test
from watch.claims.rules import ClaimRule
from watch.models import Stance

_BACKLOG_WORDS = ["backlog", "order book", "orders", "在手订单", "订单储备", "订单"]


def _backlog() -> ClaimRule:
    """Acme's order backlog exceeds $10 billion by end-2026 (a figure decides)."""
    return rule_under_test(
        id="acme-backlog",
        statement="Acme's order backlog will exceed $10 billion by the end of 2026.",
        deadline="2026-12-31",
        subject={"acme": ["Acme", "艾克美"], "backlog": _BACKLOG_WORDS},
        window=1,
        confirms=[],
        contradicts=[],
        amount={
            "near": _BACKLOG_WORDS,
            "currency": "USD",
            "confirms": [["10B", None]],
            "contradicts": [[None, "9B"]],
        },
    )


def _intake() -> ClaimRule:
    """Acme's new orders exceed $1.5 billion in the first quarter (a flow claim)."""
    return rule_under_test(
        id="acme-intake",
        statement="Acme's new orders exceed $1.5 billion in the first quarter.",
        subject={"acme": ["Acme", "艾克美"], "orders": ["new orders", "新签订单"]},
        window=1,
        confirms=[],
        amount={
            "near": ["new orders", "新签订单"],
            "currency": "USD",
            "confirms": [["1.5B", None]],
            "contradicts": [[None, "1B"]],
        },
    )


def _split() -> ClaimRule:
    """Acme completes its share split by mid-2026 (a cue decides, negation flips it)."""
    return rule_under_test(
        id="acme-split",
        statement="Acme completes its share split by mid-2026.",
        deadline="2026-06-30",
        subject={"acme": ["Acme", "艾克美"], "split": ["share split", "拆股"]},
        window=1,
        confirms=["complete", "完成"],
        contradicts=["<delay>", "推迟"],
        negation={"confirms": "flip"},
    )


@pytest.mark.parametrize(
    "text",
    [
        "Acme's finance chief said the $10 billion backlog target is no longer realistic.",
        "Acme will miss its $10 billion backlog target, the chief financial officer said.",
        "艾克美首席财务官表示，年底在手订单突破100亿美元的目标已无法实现。",
        "艾克美在手订单破百亿美元目标落空。",
        "艾克美首席財務官表示，年底在手訂單突破100億美元的目標已不再現實。",
    ],
)
def test_a_goal_declared_failed_contradicts(text: str) -> None:
    got = judged(_backlog(), text)
    assert got.stance == Stance.CONTRADICTS, got.reasons
    assert any("goal declared failed" in r for r in got.reasons), got.reasons


def test_a_failed_goal_does_not_negate_the_figure_before_it() -> None:
    got = judged(_backlog(), "艾克美在手订单降至85亿美元 年底破百亿美元目标落空")
    assert got.stance == Stance.CONTRADICTS, got.reasons
    assert any("failure of a goal named after it" in r for r in got.reasons), got.reasons
    assert not any("cancelled" in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a goal merely named stays a mention; a goal reached is a size reached
        ("艾克美提出年底在手订单突破100亿美元的目标。", Stance.MENTIONS),
        ("Acme's order backlog hit its $10 billion target, the company said.", Stance.CONFIRMS),
    ],
)
def test_a_goal_not_declared_failed_keeps_its_reading(text: str, stance: Stance) -> None:
    got = judged(_backlog(), text)
    assert got.stance == stance, got.reasons
    assert not any("goal declared failed" in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme no longer expects to complete its share split in the first half, an investor "
        "relations official said.",
        "Acme said it does not expect to complete the share split in the first half.",
        "艾克美不再预计于上半年完成拆股。",
        "艾克美表示，公司不再预计上半年完成拆股。",
    ],
)
def test_the_own_party_no_longer_expecting_it_is_firm(text: str) -> None:
    got = judged(_split(), text)
    assert got.stance == Stance.CONTRADICTS, got.reasons
    assert not any(r.startswith("hedge ") for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Analysts no longer expect Acme to complete its share split in the first half.",
        "分析师不再预计艾克美于上半年完成拆股。",
    ],
)
def test_someone_else_no_longer_expecting_it_stays_hedged(text: str) -> None:
    got = judged(_split(), text)
    assert got.confidence < ALERT, got.reasons
    assert not any("negated by its own party" in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme's chief executive repeated that the order book should pass $10 billion by year-end.",
        "艾克美管理层重申，年底前在手订单有望突破100亿美元。",
        "艾克美管理層重申，年底前在手訂單有望突破100億美元。",
    ],
)
def test_an_expectation_restated_on_the_record_is_guidance(text: str) -> None:
    got = judged(_backlog(), text)
    assert got.stance == Stance.CONFIRMS, got.reasons
    assert any("restated" in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Analysts repeated that Acme's order book should pass $10 billion by year-end.",
        "分析师重申，艾克美年底前在手订单有望突破100亿美元。",
        "Acme's chief executive said the order book could pass $10 billion by year-end.",
    ],
)
def test_an_outsiders_or_a_possible_figure_stays_hedged(text: str) -> None:
    got = judged(_backlog(), text)
    assert got.stance == Stance.MENTIONS, got.reasons
    assert got.confidence < ALERT, got.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme booked new orders of $1.6 billion in the quarter.",
        "Acme took $1.6 billion of new orders in the quarter.",
        "艾克美一季度新签订单16亿美元。",
        "艾克美一季度新签合同额16亿美元。",
    ],
)
def test_orders_taken_are_not_the_backlog(text: str) -> None:
    got = judged(_backlog(), text)
    assert got.stance == Stance.MENTIONS, got.reasons
    assert not any(r.startswith("contradicts: amount") for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    ("rule", "text", "stance"),
    [
        # the backlog itself still decides a backlog claim
        (_backlog(), "艾克美在手订单降至80亿美元。", Stance.CONTRADICTS),
        (
            _backlog(),
            "Acme's order backlog fell to $8 billion, the company said.",
            Stance.CONTRADICTS,
        ),
        # a claim on orders taken keeps them
        (
            _intake(),
            "Acme booked new orders of $1.6 billion in the first quarter.",
            Stance.CONFIRMS,
        ),
        (_intake(), "艾克美一季度新签订单16亿美元。", Stance.CONFIRMS),
    ],
)
def test_a_stock_or_a_flow_claim_keeps_its_own_figure(
    rule: ClaimRule, text: str, stance: Stance
) -> None:
    got = judged(rule, text)
    assert got.stance == stance, got.reasons
