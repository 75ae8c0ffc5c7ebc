"""Claim engine: a past telling with an undated recall word, and a refused act.

- "Lumo previously said its fleet would grow to 420 aircraft", 此前表示……将增至: the recall word
  dates the telling, so the figure told is a recap, as "said in March" makes it (and as a cue
  told so near the word already was); a comparison's baseline ("up from 350 previously",
  较此前) and 此前预计 (an estimate) keep the current figure deciding;
- "the board declined to cancel the merger", 拒绝取消, 不同意批准: the refused verb is negated, as
  after "not"; a refusal that is the rule's own cue ("the court refused the petition") still
  matches, and "revenue declined to USD 3 billion" is a fall, no refusal.
Each judged by a rule of the test's own, with the near-misses that must keep their reading.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.claimkit import judged, rule_under_test
from watch.models import Stance

_DAY = dt.date(2026, 7, 1)


def _fleet() -> Any:
    """Lumo Air's fleet passes 400 aircraft."""
    return rule_under_test(
        id="lumo-fleet",
        statement="Lumo Air's fleet will exceed 400 aircraft by the end of 2026",
        made="2026-02-10",
        subject={"airline": ["Lumo Air", "Lumo", "卢莫航空"], "fleet": ["fleet", "机队"]},
        amount={"near": ["fleet", "机队"], "unit": "aircraft", "confirms": [[400, None]]},
    )


@pytest.mark.parametrize(
    "text",
    [
        "Lumo previously said that after the delivery plan its fleet would grow to 420 aircraft.",
        "Lumo Air earlier said that after the delivery plan its fleet would reach 420 aircraft.",
        "Lumo had said that its fleet would eventually expand to 420 aircraft.",
        "Lumo once said that its fleet would eventually expand to 420 aircraft.",
        "卢莫航空此前表示机队规模将增至420架飞机。",
        "卢莫航空曾表示机队规模将增至420架飞机。",
        "卢莫航空之前宣布机队规模将增至420架飞机。",
        "卢莫航空此前曾表示，希望机队规模增至420架飞机。",
        "盧莫航空先前表示機隊規模將增至420架飛機。",
    ],
)
def test_a_figure_told_before_is_background(text: str) -> None:
    got = judged(_fleet(), text, published=_DAY)
    assert got.stance is Stance.MENTIONS
    assert any("is background" in r for r in got.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Lumo Air's fleet grew to 420 aircraft in June, up from 350 aircraft previously.",
        "Lumo Air's fleet now stands at 420 aircraft, up from 350 a year earlier.",
        "卢莫航空机队规模较此前增至420架飞机。",
        "Lumo Air said its fleet has grown to 420 aircraft.",
    ],
)
def test_a_current_figure_still_decides(text: str) -> None:
    assert judged(_fleet(), text, published=_DAY).stance is Stance.CONFIRMS


def test_an_estimate_is_not_a_telling() -> None:
    """此前预计: an estimate (hedged), not a past telling set aside as background."""
    got = judged(_fleet(), "卢莫航空此前预计机队规模将增至420架飞机。", published=_DAY)
    assert not any("is background" in r for r in got.reasons)


def _merger() -> Any:
    """Orvex and Palta merge; the board's approval confirms, a cancellation contradicts."""
    return rule_under_test(
        id="orvex-merger",
        statement="Orvex completes its merger with Palta",
        subject={"orvex": ["Orvex", "奥维克斯"], "deal": ["merger", "合并"]},
        confirms=["approve", "approved", "批准"],
        contradicts=["cancel", "scrap", "取消", "终止"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Orvex board declined to cancel the merger with Palta.",
        "The Orvex board refused to scrap the merger with Palta.",
        "The Orvex board declined to approve the merger with Palta.",
        "奥维克斯董事会拒绝终止这项合并。",
        "奥维克斯董事会不同意批准与Palta的合并。",
        "奥维克斯董事会回绝了取消合并的提议。",
        "奧維克斯董事會拒絕取消這項合併。",
    ],
)
def test_a_refused_act_is_negated(text: str) -> None:
    assert judged(_merger(), text).stance is Stance.MENTIONS


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The Orvex board approved the merger with Palta.", Stance.CONFIRMS),
        ("The Orvex board decided to cancel the merger with Palta.", Stance.CONTRADICTS),
        (
            "Orvex declined to comment, but its board voted to cancel the merger.",
            Stance.CONTRADICTS,
        ),
        ("奥维克斯拒绝置评，但董事会已决定取消合并。", Stance.CONTRADICTS),
    ],
)
def test_no_refusal_keeps_the_cue(text: str, stance: Stance) -> None:
    assert judged(_merger(), text).stance is stance


def test_a_refused_confirmation_flips_when_the_rule_says_so() -> None:
    rule = rule_under_test(
        id="orvex-flip",
        statement="Orvex's board approves the merger",
        subject={"orvex": ["Orvex", "奥维克斯"]},
        confirms=["approve", "批准"],
        negation={"confirms": "flip"},
    )
    assert judged(rule, "The Orvex board refused to approve the merger.").stance is (
        Stance.CONTRADICTS
    )
    assert judged(rule, "奥维克斯董事会拒绝批准该合并。").stance is Stance.CONTRADICTS


def _petition() -> Any:
    """A court turns down Orvex's petition: the refusal is the rule's own cue."""
    return rule_under_test(
        id="orvex-petition",
        statement="the court turns down Orvex's petition",
        subject={"orvex": ["Orvex", "奥维克斯"]},
        confirms=["refused", "拒绝", "驳回"],
        contradicts=["granted", "准许"],
    )


@pytest.mark.parametrize(
    "text", ["The court refused Orvex's petition on Monday.", "法院拒绝了奥维克斯的申请。"]
)
def test_a_refusal_as_the_cue_still_matches(text: str) -> None:
    assert judged(_petition(), text).stance is Stance.CONFIRMS


def test_a_fall_is_no_refusal() -> None:
    rule = rule_under_test(
        id="orvex-sales",
        statement="Orvex's revenue stays above USD 2 billion",
        subject={"orvex": ["Orvex"], "revenue": ["revenue"]},
        amount={"near": ["revenue"], "currency": "USD", "confirms": [[2e9, None]]},
    )
    got = judged(rule, "Orvex's revenue declined to USD 3 billion in the quarter.")
    assert got.stance is Stance.CONFIRMS
