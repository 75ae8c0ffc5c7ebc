"""Claim engine: units and portions (the kinds the round-eleven stress users found), each judged
by rules of the test's own in English and Chinese (simplified and traditional).

- energy and airline units: GWh, MWh, 吉瓦时 (`gigawatt-hours`, `megawatt-hours`), seats and
  passengers (座位, 人次), tonnes a year (tpa, mtpa, kt, 万吨/年); a unit symbol may stand against
  the number ("45GWh", "500MW"), a count may take a short scale ("110m seats");
- a rule written in gigawatts reads gigawatt-hours when its statement gives only those;
- a part of a whole written as words is a percentage: 两成, 三成半, 四分之一, 过半, "a fifth",
  "one in five"; the qualifier before it counts (至少两成, 逾两成, "at least a fifth");
- a level reached so far (提升至44GWh, "rose to 44 GWh") toward a claim's deadline is progress;
- a date in the window yields to its own figure when that figure contradicts.
Guards: 一成不变, 成员, "a fifth straight year", "the first half", a rise in 成 (上涨逾三成), a
level foreseen for the deadline and a statement that writes the rule's own unit stay as they are.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.measures import find_measures, unit_of, units_read
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise
from watch.models import Stance

AUGUST = dt.date(2026, 8, 20)


def _read(text: str) -> list[tuple[float, float, str]]:
    return [(q.low, q.high, q.unit) for q in find_measures(normalise(text))]


@pytest.mark.parametrize(
    ("text", "low", "unit"),
    [
        ("capacity of about 45GWh", 45, "gigawatt-hours"),
        ("产能约为45GWh", 45, "gigawatt-hours"),
        ("產能擴大至60吉瓦時", 60, "gigawatt-hours"),
        ("a 500 MWh storage project", 500, "megawatt-hours"),
        ("储能项目200兆瓦时", 200, "megawatt-hours"),
        ("a 500MW plant", 500, "megawatts"),
        ("about 110 million seats", 110e6, "seats"),
        ("110m seats", 110e6, "seats"),
        ("1.1亿个座位", 1.1e8, "seats"),
        ("客运量6000万人次", 6e7, "passengers"),
        ("1.2bn passengers", 1.2e9, "passengers"),
        ("a 2 mtpa LNG train", 2e6, "tonnes"),
        ("500kt of copper", 5e5, "tonnes"),
        ("300万吨/年", 3e6, "tonnes"),
    ],
)
def test_energy_airline_and_tonnage_units_are_read(text: str, low: float, unit: str) -> None:
    ((got_low, _, got_unit),) = _read(text)
    assert (round(got_low, 1), got_unit) == (low, unit)


def test_unit_names_and_kin() -> None:
    assert unit_of("GWh") == unit_of("吉瓦时") == "gigawatt-hours"
    assert unit_of("座位") == "seats"
    assert units_read("gigawatts", "reach 60 GWh by end-2026") == {"gigawatts", "gigawatt-hours"}
    # a statement in the rule's own unit, or in none, keeps it strict
    assert units_read("gigawatts", "build 5 GW of solar by 2027") == {"gigawatts"}
    assert units_read("gigawatt-hours", "reach 60 GWh by end-2026") == {"gigawatt-hours"}


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("市占率提升至最少两成", 20, 30),
        ("市佔率逾兩成", 20, 30),
        ("三成半的门店", 35, 35),
        ("四分之一的员工", 25, 25),
        ("三分之二", 66.67, 66.67),
        ("半数以上", 50, 75),
        ("过半", 50, 75),
        ("at least a fifth of the market", 20, 30),
        ("a quarter of its stores", 25, 25),
        ("two-thirds of revenue", 66.67, 66.67),
        ("one in five stores", 20, 20),
    ],
)
def test_portions_are_percentages(text: str, low: float, high: float) -> None:
    assert _read(text) == [(low, high, "percent")]


@pytest.mark.parametrize(
    "text",
    [
        "一成不变",
        "成员",
        "过半年后",
        "下半年",
        "a quarter earlier",
        "a fifth straight year",
        "the first half of 2026",
        "one in 2026",
        # a rate of change in portions is left unread (whose rate it is gets read for "%" only)
        "銀價今年以來上漲逾三成",
        "服务器DRAM的涨幅则接近两成",
        "sales rose by a fifth",
    ],
)
def test_near_misses_read_no_portion(text: str) -> None:
    assert _read(text) == []


def _share_rule() -> ClaimRule:
    return rule_under_test(
        id="acme-share",
        statement="Acme targets a market share of at least 20% in 2026.",
        subject={"acme": ["Acme", "艾克美"], "share": ["market share", "市占率", "市佔率"]},
        amount={
            "unit": "percent",
            "near": ["market share", "市占率", "市佔率"],
            "confirms": [[20, None]],
            "contradicts": [[None, 19.6]],
        },
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("艾克美表示，今年的目标是把市占率提升至最少两成。", "confirms"),
        ("艾克美表示，今年的目標是把市佔率提升至最少兩成。", "confirms"),
        ("Acme said its market share this year will reach at least a fifth.", "confirms"),
        ("艾克美表示，今年市占率只有一成半。", "contradicts"),
        ("Acme said its market share this year is only one in ten.", "contradicts"),
    ],
)
def test_a_share_in_portions_decides(text: str, stance: str) -> None:
    assert judged(_share_rule(), text).stance == Stance(stance)


def _capacity_rule(unit: str = "gigawatts") -> ClaimRule:
    return rule_under_test(
        id="acme-cap",
        statement="Acme's battery base will reach annual capacity of 60 GWh by end-2026.",
        made="2026-01-15",
        deadline="2026-12-31",
        subject={"acme": ["Acme", "艾克美"], "base": ["battery base", "电池基地", "電池基地"]},
        amount={
            "unit": unit,
            "near": ["capacity", "产能", "產能"],
            "confirms": [57, 63],
            "contradicts": [[None, 52]],
        },
        when={"confirms": ["2026-01-15", "2026-12-31"], "near": ["capacity", "产能", "產能"]},
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a level foreseen for the deadline: the claim's figure, and the date is its date
        ("艾克美电池基地年底产能目标调整为45GWh。", "contradicts"),
        ("Acme's battery base will end the year with capacity of about 45 GWh.", "contradicts"),
        ("艾克美電池基地今年年底前產能將擴大至60吉瓦時。", "confirms"),
        # a level reached so far, before the deadline: progress
        ("艾克美电池基地产能由28GWh提升至约44GWh。", "mentions"),
        ("Acme's battery base capacity rose to 44 GWh in June.", "mentions"),
    ],
)
def test_a_capacity_in_energy_units_decides(text: str, stance: str) -> None:
    assert judged(_capacity_rule(), text, published=AUGUST).stance == Stance(stance)


def test_a_level_reached_past_the_deadline_rule_needs_a_deadline() -> None:
    rule = _capacity_rule()
    undated = rule_under_test(
        id=rule.id,
        statement=rule.statement,
        subject={"acme": ["Acme"], "base": ["battery base"]},
        amount={"unit": "gigawatt-hours", "near": ["capacity"], "confirms": [57, 63],
                "contradicts": [[None, 52]]},
    )  # fmt: skip
    text = "Acme's battery base capacity rose to 44 GWh."
    assert judged(undated, text, published=AUGUST).stance is Stance.CONTRADICTS


def test_seats_decide_an_airline_capacity_claim() -> None:
    rule = rule_under_test(
        id="acme-seats",
        statement="Acme Air flies about 110 million seats in its 2026 financial year.",
        subject={"acme": ["Acme Air", "艾克美航空"],
                 "seats": ["seats", "capacity", "座位", "运力"]},
        amount={"unit": "seats", "near": ["seats", "capacity", "座位", "运力"],
                "confirms": ["105M", "115M"], "contradicts": [[None, "104M"]]},
    )  # fmt: skip
    assert judged(rule, "Acme Air will fly about 110m seats this year.").stance is Stance.CONFIRMS
    assert judged(rule, "艾克美航空本财年运力约1.1亿个座位。").stance is Stance.CONFIRMS
    assert judged(rule, "Acme Air cut its capacity to 98 million seats.").stance is (
        Stance.CONTRADICTS
    )
    assert judged(rule, "艾克美航空将运力下调至9800万个座位。").stance is Stance.CONTRADICTS
