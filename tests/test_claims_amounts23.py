"""Claim engine: a figure the engine did not read, or read against the wrong yardstick.

- a figure joined to its verb by "by" after a long object ("raise its contract prices for
  most of its biggest clients by about 8%"), or by 幅度 after the clause in Chinese (上调……价格，
  幅度约为8%), is the verb's figure; a plan word before the verb ("is planning to raise") keeps
  it only planned;
- a comparison set after the news figure ("by about 8%, well short of the 15% it wanted",
  上涨约8%，低于其此前寻求的15%, 比公司预期的"15%以上"低): the figure compared with is the
  yardstick, and the news figure decides.
Each judged by a rule of the test's own, with the near-misses that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.claimkit import judged
from watch.claims.comparisons import find_comparisons
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise
from watch.models import Stance
from watch.validate import parse


def _fares() -> ClaimRule:
    """Acme raises its freight rates by 15% or more (a percentage decides)."""
    data: dict[str, Any] = {
        "id": "acme-rates",
        "statement": "Acme raises its freight rates by 15% or more.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "rates": ["freight rates", "运价", "運價"]},
        "window": 1,
        "confirms": [],
        "amount": {
            "unit": "percent",
            "near": ["raise", "lift", "上调", "上涨", "調漲", "调涨"],
            "confirms": [[15, None]],
            "contradicts": [[None, 10]],
        },
    }
    return parse(ClaimRule, data)


def _figures(reasons: tuple[str, ...], stance: str) -> list[str]:
    return [r for r in reasons if r.startswith(f"{stance}: amount")]


@pytest.mark.parametrize(
    "text",
    [
        "Acme has agreed to raise its freight rates for most of its biggest shipping clients "
        "in Europe by about 8%.",
        "Acme will lift container freight rates on its busiest Asia-Europe and transpacific "
        "lanes by roughly 8%.",
        "艾克美上调对欧洲几家最大货主的集装箱运价，幅度约为8%。",
        "艾克美調漲對歐洲幾家最大貨主的貨櫃運價，幅度約8%。",
    ],
)
def test_a_figure_joined_by_by_is_the_verbs(text: str) -> None:
    found = judged(_fares(), text)
    assert found.stance == Stance.CONTRADICTS
    assert _figures(found.reasons, "contradicts")


@pytest.mark.parametrize(
    "text",
    [
        # a clause break between the verb and "by": the figure is another clause's
        "Acme will raise its freight rates next month; volumes on the lane fell by about 8%.",
        # another figure between: the verb's figure is that one
        "Acme will raise its freight rates, which climbed 3% last year, by about 8%.",
        # a plan or a wish right before the verb: the figure is only sought
        "Acme is planning to raise its freight rates for most of its biggest clients in Europe "
        "by about 20%.",
        "艾克美计划上调对欧洲几家最大货主的集装箱运价，幅度约为20%。",
    ],
)
def test_a_figure_not_joined_or_only_planned_decides_nothing(text: str) -> None:
    found = judged(_fares(), text)
    assert found.stance == Stance.MENTIONS
    assert not _figures(found.reasons, "confirms")
    assert not _figures(found.reasons, "contradicts")


@pytest.mark.parametrize(
    "text",
    [
        "Acme has agreed to raise its freight rates for most of its biggest shipping clients "
        "by about 8%, well short of the 20% it had wanted.",
        "Acme raised its freight rates by about 8%, far below the 20% it had sought.",
        "艾克美集装箱运价上涨约8%，低于其此前寻求的20%以上。",
        '艾克美表示，集装箱运价平均上涨约8%，比公司年初預期的"20%以上"低。',
    ],
)
def test_the_sought_figure_is_the_yardstick(text: str) -> None:
    found = judged(_fares(), text)
    assert found.stance == Stance.CONTRADICTS
    assert not _figures(found.reasons, "confirms")


@pytest.mark.parametrize(
    "text",
    [
        # the news figure itself is the claim's: the yardstick takes nothing from it
        "Acme raised its freight rates by about 18%, well above the 10% it had planned.",
        "艾克美集装箱运价上涨约18%，高于公司此前预期的10%。",
    ],
)
def test_a_news_figure_above_its_yardstick_confirms(text: str) -> None:
    found = judged(_fares(), text)
    assert found.stance == Stance.CONFIRMS
    assert not _figures(found.reasons, "contradicts")


def test_a_comparison_with_no_figure_before_it_keeps_its_value() -> None:
    """Fence: "far below the pledged $100 billion" alone still stands for the value; only a
    comparison set after a figure, a comma between, is a yardstick."""
    (c,) = find_comparisons(normalise("a stake far below the pledged $100 billion"))
    assert c.resolve(None, None) is not None
    (c,) = find_comparisons(normalise("a stake of $20 billion, far below the pledged $100 billion"))
    assert c.resolve(None, None) is None


def test_more_than_a_figure_after_a_comma_is_no_yardstick() -> None:
    """Fence: "8%, more than 20 analysts said" has no determiner after "more than": a bound on
    a count, not a comparison with a figure."""
    norm = normalise("rates rose 8%, more than 20 analysts said")
    assert find_comparisons(norm) == []
