"""Figures in deal reporting (issue 20), each judged by a rule of the test's own in English,
simplified and traditional Chinese:

- a value in the gap a rule leaves between a confirms and a contradicts range: slack reaches no
  further than the gap's middle;
- the valuation of a deal only sought or planned is a plan, like the sum sought;
- a valuation written with the verb ("a round that values it at $730 billion");
- a figure a copula equates with the round ("1100亿美元是…规模最大的单笔融资");
- a figure named as a goal is not a size reached.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.claimkit import judged
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse


def _round_rule() -> ClaimRule:
    data: dict[str, Any] = {
        "id": "acme-round",
        "statement": "Acme raises about $60B at about a $730B valuation.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "round": ["round", "funding", "融资", "一轮"]},
        "window": 1,
        # no goal word here: the engine must know a goal itself
        "pending": ["seeking", "seeks", "plans to", "寻求"],
        "amount": [
            {
                "near": ["round", "funding", "融资"],
                "confirms": [["52B", "68B"]],
                "contradicts": [["1B", "48B"], ["75B", None]],
            },
            {
                "of": "valuation",
                "confirms": [["690B", "770B"]],
                "contradicts": [["100B", "650B"], ["820B", None]],
            },
        ],
        "rivals": ["Globex", "格洛贝"],
    }
    return parse(ClaimRule, data)


def _check(text: str, stance: str) -> None:
    got, _, reasons = judged(_round_rule(), text)
    assert got == Stance(stance), reasons


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # confirms [690B, 770B], contradicts [820B, -]: the gap's middle is 795B
        ("Acme closed a funding round, valued at $800 billion.", "contradicts"),
        ("Acme closed a funding round, valued at $795 billion.", "mentions"),
        ("艾克美完成一轮融资，估值达7950亿美元。", "mentions"),
        ("艾克美完成一輪融資，估值達8000億美元。", "contradicts"),
    ],
)
def test_slack_reaches_no_further_than_the_middle_of_a_gap(text: str, stance: str) -> None:
    _check(text, stance)


def test_slack_still_reaches_into_the_near_half_of_a_gap() -> None:
    # a guard beside the test above: 780B lies in the confirms half (5% slack reaches 808.5B)
    _check("Acme closed a funding round, valued at $780 billion.", "confirms")


@pytest.mark.parametrize(
    "text",
    [
        "Acme seeks $100 billion in new funding, with a post-money valuation of $730 billion.",
        "Acme plans to raise $100 billion in new funding, at a valuation of $730 billion.",
        "艾克美正寻求融资600亿美元，投后估值将达7300亿美元。",
        "艾克美正尋求融資600億美元，投後估值將達7300億美元。",
    ],
)
def test_the_valuation_of_a_deal_only_sought_is_a_plan(text: str) -> None:
    got, _, reasons = judged(_round_rule(), text)
    assert got == Stance.MENTIONS, reasons
    assert any("values a deal only sought" in r for r in reasons), reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme closed a funding round that values the startup at about $730 billion.",
        "Acme closed its funding round, valuing the company at $730 billion.",
        "Acme's new funding round values it at $730 billion, people said.",
    ],
)
def test_a_valuation_written_with_the_verb(text: str) -> None:
    # before, the figure was read as the round's size, and contradicted the claim
    _check(text, "confirms")


@pytest.mark.parametrize(
    "text",
    [
        "这篇评论称，1100亿美元是人类历史上规模最大的非上市公司单笔融资，艾克美在2月完成了这一壮举。",
        "這篇評論稱，1100億美元是人類歷史上規模最大的非上市公司單筆融資，艾克美在2月完成了這一壯舉。",
        "$110 billion is the largest single private-company funding round in history, and Acme "
        "closed it in February.",
    ],
)
def test_a_copula_equates_a_figure_with_the_round(text: str) -> None:
    _check(text, "contradicts")


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("艾克美称，1100亿美元是人类历史上规模最大的非上市公司单笔融资的两倍。", "mentions"),
        ("Acme said $110 billion was more than twice its last funding round.", "mentions"),
    ],
)
def test_a_comparison_after_a_copula_is_no_equation(text: str, stance: str) -> None:
    # guards: the head of the Chinese phrase is 两倍, and "more than" opens no noun phrase
    _check(text, stance)


@pytest.mark.parametrize(
    "text",
    [
        "Acme set a $60 billion goal for its funding round.",
        "Acme's funding round could still hit its $60 billion goal.",
        "艾克美为本轮融资定下600亿美元的目标。",
        "艾克美為本輪融資定下600億美元的目標。",
    ],
)
def test_a_figure_named_as_a_goal_is_not_a_size_reached(text: str) -> None:
    got, _, reasons = judged(_round_rule(), text)
    assert got == Stance.MENTIONS, reasons
    assert any("named as a goal" in r for r in reasons), reasons


@pytest.mark.parametrize(
    "text",
    ["Acme's funding round has hit its $60 billion goal.", "艾克美本轮融资已实现600亿美元的目标。"],
)
def test_a_goal_said_to_be_reached_is_a_size_reached(text: str) -> None:
    _check(text, "confirms")
