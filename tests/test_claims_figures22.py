"""Claim engine: a figure or an actor that is not the claim's.

- a count or a sum dated by a part of the year (a quarter, a half, a month, the first ten
  months, 第一季, 前三季, 上半年, 1-10月) is progress toward a year's figure, not its total: it
  does not contradict, unless the claim itself is about that part, or a word says the figure is
  the year's ("this year", 全年, a target);
- a percentage written right after another metric's noun (utilisation, margin, 稼动率, 毛利率) is
  that metric's, not the size of the claim's price rise;
- "X, an affiliate of Y", "Y affiliate X", Y集团旗下的X: the news is X's, not Y's;
- the `units` unit counts things by the piece (units, vehicles, 台, 辆, 部).
Each judged by a rule of the test's own, with the near misses that keep their reading.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.claimkit import judged, rule_under_test, stance_of
from watch.claims.measures import find_measures
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise
from watch.models import Stance


def _shipments(
    statement: str = "Acme ships at least 50 million notebooks in 2026.", unit: str = "money"
) -> ClaimRule:
    amount: dict[str, Any] = {
        "near": ["ship", "shipped", "shipments", "notebooks", "出货", "笔电", "目标"],
        "confirms": [50_000_000, None],
        "contradicts": [[None, 48_000_000]],
    }
    if unit != "money":
        amount["unit"] = unit
    return rule_under_test(
        id="acme-50m",
        statement=statement,
        subject={"acme": ["Acme", "艾克美"], "notebooks": ["notebook", "notebooks", "笔电"]},
        confirms=["<on-track>", "维持"],
        contradicts=["下修", "cut ... target"],
        amount=amount,
    )


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Acme shipped 12.1 million notebooks in the first quarter, up 8% on the year.", "money"),
        (
            "Acme has shipped 38 million notebooks in the first ten months, a filing showed.",
            "money",
        ),
        ("Acme's first-half notebook shipments of 21 million beat forecasts.", "money"),
        ("Acme has shipped 38 million notebooks so far this year.", "money"),
        ("Acme shipped 12.1 million notebooks in the March quarter.", "money"),
        ("Acme's nine-month shipments reached 38 million notebooks.", "money"),
        ("Acme shipped 4.1 million notebooks in October.", "money"),
        ("Acme shipped 12.1 million units of notebooks in the first quarter.", "units"),
        ("艾克美第一季出货1,210万台笔电，年增8%。", "units"),
        ("艾克美前三季累計出貨3,500萬台筆電，創同期新高。", "units"),
        ("艾克美1-10月笔电出货量为3,800万台。", "units"),
        ("艾克美上半年笔电出货2,100万台。", "units"),
    ],
)
def test_a_part_of_the_year_is_progress_not_the_total(text: str, unit: str) -> None:
    verdict = judged(_shipments(unit=unit), text)
    assert verdict.stance != Stance.CONTRADICTS, verdict.reasons
    assert any("part of the claim's period" in r for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Acme expects to ship only 40 million notebooks this year.", "money"),
        (
            "Acme said in February it expects to ship just 40 million notebooks this year.",
            "money",
        ),
        ("Acme expects to ship only 40 million units of notebooks this year.", "units"),
        ("艾克美全年笔电出货仅4,000万台，不及预期。", "units"),
        ("艾克美10月将笔电出货目标调整为4,000万台。", "units"),
        ("艾克美預估今年筆電出貨僅4,000萬台。", "units"),
    ],
)
def test_the_years_figure_still_contradicts(text: str, unit: str) -> None:
    verdict = judged(_shipments(unit=unit), text)
    assert verdict.stance == Stance.CONTRADICTS, verdict.reasons
    assert any("amount" in r and r.startswith("contradicts") for r in verdict.reasons)


def test_a_claim_about_the_part_itself_is_judged_by_it() -> None:
    rule = _shipments("Acme ships at least 50 million notebooks in the first quarter of 2026.")
    text = "Acme shipped 12.1 million notebooks in the first quarter, up 8% from a year earlier."
    assert stance_of(rule, text, dt.date(2026, 3, 20)) == Stance.CONTRADICTS
    rule = _shipments("艾克美2026年第一季出货至少5,000万台笔电。", unit="units")
    march = dt.date(2026, 3, 20)
    assert stance_of(rule, "艾克美第一季出货1,210万台笔电。", march) == Stance.CONTRADICTS


def test_a_part_past_the_floor_confirms() -> None:
    text = "Acme shipped 51 million notebooks in the first ten months."
    assert stance_of(_shipments(), text) == Stance.CONFIRMS


def test_a_rate_in_a_quarter_is_no_part() -> None:
    rule = rule_under_test(
        id="acme-prices",
        statement="Acme raises prices by 15-20% in 2026.",
        subject={"acme": ["Acme", "艾克美"], "price": ["prices", "价格"]},
        amount={
            "unit": "percent",
            "near": ["raise", "raised", "涨"],
            "confirms": ["15%", "20%"],
            "contradicts": [[None, "10%"]],
        },
    )
    assert stance_of(rule, "Acme raised prices by 5% in the second quarter.") == Stance.CONTRADICTS
    assert stance_of(rule, "艾克美第二季价格仅涨5%。") == Stance.CONTRADICTS


# --- a percentage of another metric -------------------------------------------------------------


def _hike(
    statement: str = "Acme raises resistor prices by 15-20%.", near: tuple[str, ...] = ()
) -> ClaimRule:
    return rule_under_test(
        id="acme-hike",
        statement=statement,
        subject={"acme": ["Acme", "艾克美"], "price": ["price", "prices", "价格", "涨价", "调涨"]},
        confirms=["price increase", "调涨"],
        amount={
            "unit": "percent",
            "near": ["raise", "increase", "涨", "调涨", "上调", *near],
            "confirms": ["15%", "20%"],
            "contradicts": [[None, "10%"], ["25%", None]],
        },
    )


@pytest.mark.parametrize(
    ("title", "metric"),
    [
        ("Acme confirms resistor price increase, sees utilisation topping 85%", "utilisation"),
        ("Acme confirms price increase as gross margin rises to 31%", "gross margin"),
        ("Acme confirms price increase; its shares rose 3%", "shares"),
        ("艾克美确认调涨价格 营收年增8%", "营收"),
        ("艾克美确认调涨价格，稼动率将达85%", "稼动率"),
        ("艾克美確認調漲價格 毛利率達31%", "毛利率"),
    ],
)
def test_a_percent_after_another_metric_is_that_metrics(title: str, metric: str) -> None:
    verdict = judged(_hike(), "", title=title)
    assert verdict.stance == Stance.CONFIRMS, verdict.reasons
    assert any(f'"{metric}" figure' in r for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(
    "title",
    [
        "Acme confirms price increase of 30%",
        "Acme's utilisation-linked price increase will be 30%",
        "艾克美确认调涨价格30%",
    ],
)
def test_the_claims_own_percent_still_decides(title: str) -> None:
    assert judged(_hike(), "", title=title).stance == Stance.CONTRADICTS


def test_a_metric_the_claim_names_is_its_own() -> None:
    rule = _hike("Acme's gross margin widens to 15-20%.", near=("margin",))
    assert (
        judged(rule, "", title="Acme price outlook: gross margin rose to 31%").stance
        == Stance.CONTRADICTS
    )


# --- a unit named with its parent ---------------------------------------------------------------


def _sales() -> ClaimRule:
    return rule_under_test(
        id="acme-sales",
        statement="Acme Motor sells 4 million vehicles in 2026, its annual target.",
        subject={"acme": ["Acme Motor", "Acme", "艾克美汽车"], "target": ["target", "目标"]},
        confirms=["<on-track>"],
        rivals=["Kappa", "卡帕"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kappa, an affiliate of Acme Motor Group, said it remained on track to meet its target.",
        "Acme Motor Group affiliate Zeta said it remained on track to meet its target.",
        "Zeta, a unit of Acme Motor, said it remained on track to meet its target.",
        "艾克美汽车集团旗下的泽塔表示，今年销售目标进度顺利。",
        "卡帕為艾克美汽車集團旗下公司，今年銷售目標進度順利。",
    ],
)
def test_the_news_of_a_unit_is_not_the_parents(text: str) -> None:
    assert stance_of(_sales(), text) != Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "Kappa's parent Acme Motor said it remained on track to meet its target.",
        "Acme Motor said it remained on track to meet its target.",
        "艾克美汽车旗下品牌捷达表示，今年销售目标进度顺利。",
    ],
)
def test_the_parent_itself_still_confirms(text: str) -> None:
    assert stance_of(_sales(), text) == Stance.CONFIRMS


# --- counted by the piece -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("維持5,000萬台不變", 50_000_000),
        ("sold 4.16 million vehicles", 4_160_000),
        ("1-10月销量268万辆", 2_680_000),
        ("售出500万部手机", 5_000_000),
        ("shipped 12.1 million units", 12_100_000),
    ],
)
def test_units_are_counted(text: str, value: float) -> None:
    (q,) = find_measures(normalise(text))
    assert (q.low, q.unit) == (value, "units")


@pytest.mark.parametrize("text", ["营收5000万台币", "分成三部分", "两部门合并", "第2台机器"])
def test_words_on_tai_and_bu_are_no_counters(text: str) -> None:
    assert [q for q in find_measures(normalise(text)) if q.unit == "units"] == []


def test_a_units_rule_reads_a_count_of_machines() -> None:
    rule = _shipments(unit="units")
    assert stance_of(rule, "艾克美筆電出貨目標維持5,000萬台不變。") == Stance.CONFIRMS
    assert stance_of(rule, "艾克美笔电出货目标调整为4,600万至4,700万台。") == Stance.CONTRADICTS
