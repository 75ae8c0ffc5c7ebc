"""Claim engine: figures read apart that are one, or read without the unit they share.

- a percentage range written as two percentages ("25% to 35%", 25%至35%) or in tenths
  (两到三成, 三四成) is one range, like "1.5 million to 2 million vehicles"; a past verb of
  change right before it ("rose 5% to 32%") keeps the change and the level apart;
- a store count with a bare 家 or 间 (間) in a clause about stores (门店目标由250家下调至120家,
  分店將增至120間) is a count of stores; a bare 家 in a clause about partners is not;
- a money change whose new value is bare ("cut the fee from Rs 640 to 480", 由640卢比下调至480)
  gives the new value the old one's currency.
Each judged by a rule of the test's own, with the near-misses that must keep their reading.
"""

from __future__ import annotations

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.measures import find_measures
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise
from watch.models import Stance


def _margin() -> ClaimRule:
    """Acme's gross margin is 30% or more (under 20% contradicts)."""
    return rule_under_test(
        subject={"acme": ["Acme", "艾克美"]},
        window=1,
        confirms=[],
        amount={
            "unit": "percent",
            "near": ["gross margin", "毛利率"],
            "confirms": [[30, None]],
            "contradicts": [[None, 20]],
        },
    )


def _read(text: str) -> list[tuple[float, float, str]]:
    return [(q.low, q.high, q.unit) for q in find_measures(normalise(text))]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("a gross margin of 25% to 35% next year", 25, 35),
        ("a gross margin of 25%-35% next year", 25, 35),
        ("a gross margin between 25% and 35%", 25, 35),
        ("预计毛利率为25%至35%", 25, 35),
        ("預計毛利率介於25%到35%", 25, 35),
        ("毛利率在两到三成之间", 20, 30),
        ("毛利率约三四成", 30, 40),
        ("毛利率約3至4成", 30, 40),
    ],
)
def test_a_percentage_range_is_one_range(text: str, low: float, high: float) -> None:
    assert _read(text) == [(low, high, "percent")]


@pytest.mark.parametrize(
    "text",
    [
        "Acme expects its gross margin to be 25% to 35% this year.",
        "艾克美预计今年毛利率为25%至35%。",
        "艾克美預計今年毛利率約兩到三成。",
    ],
)
def test_a_range_reaching_below_the_bound_confirms_nothing(text: str) -> None:
    assert judged(_margin(), text).stance == Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "Acme expects its gross margin to be 32% to 38% this year.",
        "艾克美预计今年毛利率为32%至38%。",
        "艾克美预计今年毛利率在三到四成。",
    ],
)
def test_a_range_inside_the_bound_still_confirms(text: str) -> None:
    assert judged(_margin(), text).stance == Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "unemployment rose 0.5% to 4.2% in May",
        "the margin fell by 2% to 31%",
        "the margin went from 25% to 35%",
        "毛利率从25%提高到35%",
    ],
)
def test_a_change_and_its_level_stay_two_figures(text: str) -> None:
    assert len(_read(text)) == 2


def _stores() -> ClaimRule:
    """Acme runs at least 200 stores (under 150 contradicts)."""
    return rule_under_test(
        subject={"acme": ["Acme", "艾克美"]},
        window=1,
        confirms=[],
        amount={
            "unit": "stores",
            "near": ["门店", "門市", "分店", "stores"],
            "confirms": [[200, None]],
            "contradicts": [[None, 150]],
        },
    )


@pytest.mark.parametrize(
    "text",
    [
        "艾克美把今年的门店扩张目标由260家下调至130家。",
        "艾克美把今年的門市擴張目標由260家下調至130家。",
        "艾克美表示，分店數目年底將增至130間。",
        "艾克美表示，分店数目年底将增至130间左右。",
    ],
)
def test_a_bare_jia_or_jian_counts_stores(text: str) -> None:
    found = judged(_stores(), text)
    assert found.stance == Stance.CONTRADICTS
    assert any("130" in r for r in found.reasons if r.startswith("contradicts: amount"))


@pytest.mark.parametrize(
    "text",
    [
        "艾克美门店遍布30个城市，合作伙伴达到130家。",
        "艾克美与130家供应商签约，门店照常营业。",
    ],
)
def test_a_bare_jia_of_something_else_is_no_store_count(text: str) -> None:
    assert judged(_stores(), text).stance == Stance.MENTIONS


def _fee() -> ClaimRule:
    """Acme's monthly fee comes down to Rs 500 or less (Rs 600 or more contradicts)."""
    return rule_under_test(
        subject={"acme": ["Acme", "艾克美"]},
        window=1,
        confirms=[],
        amount={
            "currency": "INR",
            "near": ["fee", "月费", "月費"],
            "confirms": [[None, 500]],
            "contradicts": [[600, None]],
        },
    )


@pytest.mark.parametrize(
    "text",
    [
        "Acme cut the monthly fee from Rs 640 to 480 this week.",
        "Acme trimmed its monthly fee from ₹640 to 480, effective April.",
        "艾克美将月费由640卢比下调至480。",
        "艾克美將月費從640盧比降至480。",
    ],
)
def test_a_bare_new_value_takes_the_old_ones_currency(text: str) -> None:
    found = judged(_fee(), text)
    assert found.stance == Stance.CONFIRMS
    assert any("480" in r for r in found.reasons if r.startswith("confirms: amount"))


@pytest.mark.parametrize(
    "text",
    [
        # the new value written in full: as before
        "Acme cut the monthly fee from Rs 640 to Rs 480.",
        # a percentage or a year after "to" is no new fee
        "Acme kept the monthly fee at Rs 640 from 2024 to 2026.",
    ],
)
def test_new_values_written_in_full_or_not_money_keep_their_reading(text: str) -> None:
    found = judged(_fee(), text)
    assert found.stance == (Stance.CONFIRMS if "Rs 480" in text else Stance.CONTRADICTS)


def _licence() -> ClaimRule:
    """Acme's licence is renewed for ten years or more (five years or fewer contradicts)."""
    return rule_under_test(
        subject={"acme": ["Acme", "艾克美"]},
        window=1,
        confirms=[],
        amount={
            "unit": "years",
            "near": ["licence", "license", "extension", "牌照", "延长", "延長"],
            "confirms": [[10, None]],
            "contradicts": [[None, 5]],
        },
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Acme was granted a 12-year licence by the regulator.", Stance.CONFIRMS),
        ("The regulator renewed Acme's licence for ten years.", Stance.CONFIRMS),
        ("Acme won only a three-year extension of its licence.", Stance.CONTRADICTS),
        ("监管机构向艾克美发出为期12年的牌照。", Stance.CONFIRMS),
        ("艾克美的牌照仅获延长三年。", Stance.CONTRADICTS),
        ("艾克美的牌照獲延長十二年。", Stance.CONFIRMS),
    ],
)
def test_a_length_in_years_decides_a_years_rule(text: str, stance: Stance) -> None:
    assert judged(_licence(), text).stance == stance


@pytest.mark.parametrize(
    "text",
    [
        "Acme's licence runs until 2030, the regulator said a year ago.",
        "艾克美的牌照于2026年3月到期。",
        "Acme's licence covers a 30-year-old plant.",
    ],
)
def test_a_date_an_age_or_a_year_ago_is_no_length(text: str) -> None:
    assert judged(_licence(), text).stance == Stance.MENTIONS


def _growth() -> ClaimRule:
    """Acme guides to growth of 5%-8% (9% or more contradicts)."""
    return rule_under_test(
        subject={"acme": ["Acme", "艾克美"]},
        window=1,
        confirms=[],
        amount={"unit": "percent", "near": ["growth", "增长"], "confirms": [[5, 8]],
                "contradicts": [[9, None]]},
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Acme cut its revenue growth outlook from 11%-13% to 6%-7%.",
        "艾克美将全年收入增长指引由11%至13%下调至6%至7%。",
        "艾克美將全年收入增長指引由11%至13%削減到得返6%至7%。",
    ],
)
def test_a_range_changed_to_another_is_the_old_one(text: str) -> None:
    found = judged(_growth(), text)
    assert found.stance == Stance.CONFIRMS
    assert not any(r.startswith("contradicts") for r in found.reasons)
