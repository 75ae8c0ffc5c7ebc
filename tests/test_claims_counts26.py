"""Claim engine: counts and running totals (the kinds the round-ten stress users found), each
judged by rules of the test's own in English, simplified and traditional Chinese.

- a count of vehicles named by their kind ("900,000 Explorer SUVs", a model name between the
  number and the noun) is a `units` count; stores, branches, 家门店 are the `stores` unit;
- a running total ("so far this year", "to date", 累计, 迄今, 已回购) and a quarter's figure are
  progress toward a year's at-least figure, not the year's figure; a goal said to stand
  (重申, "reiterated", 目标不变) is the claim's figure held;
- a figure whose own clause is about a whole market (港股上市公司, "Hong Kong-listed companies",
  "across the market") belongs to no company, even one named in the next sentence.
Guards: a year's figure, a completed buyback and a company's own figure still count; a count
rejected by "not" stays cancelled.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.measures import find_measures, unit_of
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise
from watch.models import Stance

MAY = dt.date(2026, 5, 20)


def _recall_rule() -> ClaimRule:
    return rule_under_test(
        id="acme-recall",
        statement="Acme is recalling about 900,000 Rover SUVs.",
        subject={"acme": ["Acme", "艾克美"], "recall": ["recall", "recalls", "recalling", "召回"]},
        amount={
            "unit": "units",
            "near": ["recall", "recalling", "召回"],
            "confirms": [850000, 950000],
            "contradicts": [[None, 800000], [1000000, None]],
        },
    )


def _stores_rule() -> ClaimRule:
    return rule_under_test(
        id="acme-close",
        statement="Acme will close at least 25 stores by the end of June 2026.",
        subject={"acme": ["Acme", "艾克美"], "stores": ["store", "stores", "门店", "關閉", "关闭"]},
        amount={
            "unit": "stores",
            "near": ["close", "closing", "关闭", "關閉"],
            "confirms": [25, None],
            "contradicts": [[None, 22]],
        },
    )


def _buyback_rule() -> ClaimRule:
    return rule_under_test(
        id="acme-buyback",
        statement="Acme buys back at least $5 billion of its shares in 2026.",
        subject={
            "acme": ["Acme", "艾克美"],
            "buyback": ["buyback", "buy back", "bought back", "回购", "回購"],
        },
        amount={
            "near": ["buyback", "buy back", "bought back", "repurchased", "回购", "回購"],
            "confirms": ["5B", None],
            "contradicts": [[None, "4.5B"]],
        },
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Acme is recalling about 900,000 Rover SUVs over a suspension part.", "confirms"),
        ("Acme is recalling about 900,000 2020-2024 Rover pickups.", "confirms"),
        ("艾克美召回约90万辆漫游者SUV。", "confirms"),
        ("Acme is recalling 58,000 Rover SUVs over a suspension part.", "contradicts"),
        # "so far" that ranks the recall is no running total of it
        ("Acme is recalling about 900,000 Rover SUVs, its largest recall so far.", "confirms"),
        # a money word between the number and the noun: no count of vehicles
        ("Acme's recall will cost 900,000 dollars of SUVs repairs.", "mentions"),
    ],
)
def test_a_vehicle_named_by_its_kind_is_a_unit_count(text: str, stance: str) -> None:
    assert judged(_recall_rule(), text, published=MAY).stance == Stance(stance)


def test_store_counts_are_their_own_unit() -> None:
    assert unit_of("门店") == unit_of("branches") == "stores"
    assert [q.unit for q in find_measures(normalise("关闭27家门店，另有19 stores"))] == [
        "stores",
        "stores",
    ]
    # a model name is no unit of its own: "900,000 Rover" alone counts nothing
    assert find_measures(normalise("about 900,000 Rover owners")) == []


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Acme said 19 stores will close by the end of June.", "contradicts"),
        ("艾克美表示，6月底前将关闭19家门店。", "contradicts"),
        ("艾克美表示，6月底前將關閉19家門店。", "contradicts"),
        ("Acme will close 27 stores by the end of June.", "confirms"),
        ("艾克美表示，6月底前将关闭27家门店。", "confirms"),
        # the figure after "not" / 而非 is the one rejected
        ("Acme will close 19 stores, not 27 stores as planned.", "contradicts"),
        ("艾克美将关闭19家门店而非27家门店。", "contradicts"),
        ("Acme will close 27 stores, not 19 stores.", "confirms"),
    ],
)
def test_store_counts_decide_a_closure_claim(text: str, stance: str) -> None:
    assert judged(_stores_rule(), text, published=MAY).stance == Stance(stance)


@pytest.mark.parametrize(
    "text",
    [
        "Acme has bought back $2.9 billion of its shares so far this year.",
        "Acme has repurchased $2.9 billion of shares to date, the company said.",
        "Acme bought back $2.9 billion in the second quarter.",
        "艾克美今年累计回购金额已达29亿美元。",
        "艾克美本财年迄今回购约29亿美元。",
        "艾克美已回购29亿美元股份。",
        "艾克美已回購29億美元股份。",
        "艾克美二季度回购29亿美元 重申全年目标",
    ],
)
def test_a_running_total_is_progress_not_the_year(text: str) -> None:
    assert judged(_buyback_rule(), text, published=MAY).stance is Stance.MENTIONS


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a figure of the whole year, or a buyback said done, is still the claim's figure
        ("Acme bought back $2.9 billion of its shares in 2026, ending the program.", "contradicts"),
        ("艾克美全年回购29亿美元。", "contradicts"),
        ("艾克美已完成回购29亿美元，计划结束。", "contradicts"),
        # a goal said to stand is the claim's figure held; a goal merely named is not
        ("艾克美二季度回购29亿美元 重申全年至少50亿美元目标", "confirms"),
        ("Acme reiterated its goal of at least $5 billion in buybacks this year.", "confirms"),
        ("艾克美表示，全年至少50亿美元的回购目标不变。", "confirms"),
        ("Analysts doubt Acme can reach its $5 billion goal for buybacks.", "mentions"),
        ("艾克美为回购设定了50亿美元的目标。", "mentions"),
    ],
)
def test_a_year_figure_and_a_held_goal(text: str, stance: str) -> None:
    assert judged(_buyback_rule(), text, published=MAY).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("今年以来，港股上市公司回购金额已超过1,200亿美元。艾克美3月宣布了回购计划。", "mentions"),
        ("今年以來，港股上市公司回購金額已超過1,200億美元。艾克美3月宣布了回購計劃。", "mentions"),
        (
            "Hong Kong-listed companies have bought back more than $120 billion this year. "
            "Acme is one.",
            "mentions",
        ),
        (
            "Buybacks across the market topped $120 billion this year, and Acme was among them.",
            "mentions",
        ),
        # the company's own figure, and one whose clause names it, still count
        ("艾克美今年回购金额已超过60亿美元，在港股上市公司中居前。", "confirms"),
        (
            "Acme bought back $6 billion of its shares this year, more than most listed companies.",
            "confirms",
        ),
    ],
)
def test_a_market_wide_figure_is_no_companys(text: str, stance: str) -> None:
    assert judged(_buyback_rule(), text, published=MAY).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # the count after the noun, by a bare 家; the rejected one after 而非 has no noun of its own
        ("艾克美表示，6月底前关闭的门店是19家而非27家。", "contradicts"),
        ("艾克美表示，6月底前關閉的門店是19家而非27家。", "contradicts"),
        ("艾克美表示，6月底前关闭的门店是27家而非19家。", "confirms"),
        # 家 after a company noun counts companies, not stores
        ("艾克美表示，6月底前将关闭与19家公司的合作门店。", "mentions"),
    ],
)
def test_stores_counted_after_their_noun(text: str, stance: str) -> None:
    assert judged(_stores_rule(), text, published=MAY).stance == Stance(stance)
