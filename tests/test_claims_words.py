"""Claim engine: word-level readings (`watch.claims.idioms`, `markers.DENIALS`).

- "IF" in capitals before a title-case word is a name (the union IF Metall), not the hedge
  "if"; a sentence's "If Acme ..." and an all-capitals "IF TALKS FAIL" stay conditions;
- 不X反Y (不降反升, 不减反增): 不 negates X only, what follows 反 is told as fact;
- a cue that names what someone complains of or rejects ("reject payout cut", 对削减股息表示
  不满): proposed or rejected, not done.
Each judged by a rule of the test's own, with the near-misses that must keep their reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import ALERT, judged, rule_under_test
from watch.claims.rules import ClaimRule
from watch.models import Stance

DAY = dt.date(2026, 3, 31)


def _deal() -> ClaimRule:
    return rule_under_test(
        id="acme-wage-deal",
        subject={"acme": ["Acme Motors", "艾克美汽车"], "deal": ["wage deal", "工资协议"]},
        window=1,
        confirms=["agreed", "reach", "达成"],
        contradicts=["collapse", "破裂"],
    )


def _price_cut() -> ClaimRule:
    return rule_under_test(
        id="acme-price-cut",
        subject={"acme": ["Acme", "艾克美"], "price": ["price", "prices", "出厂价"]},
        window=1,
        confirms=["cut", "lower", "降价", "下调", "削减"],
        contradicts=["raise", "上调", "提价"],
    )


def _dividend_cut() -> ClaimRule:
    return rule_under_test(
        id="acme-dividend-cut",
        subject={"acme": ["Acme", "艾克美"], "dividend": ["dividend", "payout", "股息", "派息"]},
        window=1,
        confirms=["cut", "削减", "下调"],
        contradicts=["maintain", "维持"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Acme Motors and the IF Metall union have agreed a new wage deal.",
        "Acme Motors and IF Metall agreed a wage deal on Monday.",
        "艾克美汽车与IF Metall工会已达成新的工资协议。",
    ],
)
def test_if_in_a_union_name_is_no_condition(text: str) -> None:
    got = judged(_deal(), text, published=DAY)
    assert got.stance is Stance.CONFIRMS and got.confidence >= ALERT, got.reasons
    assert not any('hedge "if' in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    "text",
    [
        "If Acme Motors agreed a wage deal, the strike would end.",
        "IF ACME MOTORS AGREED A WAGE DEAL, THE STRIKE WOULD END.",
        "The strike ends only if Acme Motors agreed a wage deal.",
    ],
)
def test_a_real_if_still_hedges(text: str) -> None:
    got = judged(_deal(), text, published=DAY)
    assert any("hedge" in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    "title",
    ["艾克美出厂价不降反升 上调5%", "艾克美出厂价不跌反涨，上调5%"],
)
def test_bu_x_fan_y_does_not_negate_what_follows(title: str) -> None:
    got = judged(_price_cut(), "", title=title)
    assert got.stance is Stance.CONTRADICTS, got.reasons
    assert not any('negated by "不"' in r for r in got.reasons), got.reasons


def test_bu_still_negates_its_own_verb() -> None:
    # 不X反Y negates X: 不降价反提价 says the cut did not happen
    got = judged(_price_cut(), "", title="艾克美出厂价不降价反提价")
    assert any('"降价" (title) negated by "不"' in r for r in got.reasons), got.reasons
    # ... and a plain 不 still negates the cue after it
    plain = judged(_price_cut(), "", title="艾克美表示不会下调出厂价")
    assert any('negated by "不' in r for r in plain.reasons), plain.reasons


@pytest.mark.parametrize(
    "title",
    [
        "Acme shareholders reject payout cut",
        "Acme shareholders voted down the dividend cut",
        "艾克美股东大会否决削减派息方案",
    ],
)
def test_a_rejected_cut_is_not_done(title: str) -> None:
    got = judged(_dividend_cut(), "", title=title)
    assert got.stance is not Stance.CONFIRMS, got.reasons
    assert any("negated by" in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    "text",
    [
        "部分大股东对削减股息表示不满，艾克美尚未回应。",
        "Some Acme shareholders are unhappy with the payout cut, the board said.",
        "Acme shareholders protested against a planned dividend cut.",
    ],
)
def test_a_complained_of_cut_is_a_mention(text: str) -> None:
    got = judged(_dividend_cut(), text)
    assert got.stance is Stance.MENTIONS, got.reasons
    assert any("objects to" in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme cut its dividend, and some shareholders were unhappy.",
        "艾克美削减股息，部分股东表示不满。",
        "Acme said it will cut the payout; critics objected.",
    ],
)
def test_a_cut_done_then_complained_of_still_confirms(text: str) -> None:
    got = judged(_dividend_cut(), text)
    assert got.stance is Stance.CONFIRMS, got.reasons


def _capex_cut() -> ClaimRule:
    return rule_under_test(
        id="acme-capex-cut",
        subject={"acme": ["Acme", "艾克美"], "capex": ["spending", "capex", "资本开支"]},
        window=1,
        confirms=["trim", "cut", "削减"],
        amount={
            "near": ["spending", "spend", "资本开支"],
            "currency": "USD",
            "confirms": [[None, "3.6B"]],
            "contradicts": [["4.4B", None]],
        },
    )


@pytest.mark.parametrize(
    "text",
    [
        "Acme's chief executive said: we are trimming spending this year.",
        "Acme is cutting spending this year, its chief executive said.",
        "Acme trimmed spending this year, its chief executive said.",
        "艾克美今年削减资本开支。",
    ],
)
def test_a_respelled_cue_form_is_found(text: str) -> None:
    got = judged(_capex_cut(), text)
    assert got.stance is Stance.CONFIRMS, got.reasons


def test_a_bare_respelled_ing_form_is_not_read() -> None:
    # a gerund or a participle borrowing its main verb's time: no cue read
    got = judged(_capex_cut(), "Acme moved first, cutting spending in January.")
    assert not any("confirms: cue" in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Acme said its spending will be at most three and a half billion dollars this year.",
            "confirms",
        ),
        (
            "Acme said its spending will be about four and a half billion dollars this year.",
            "contradicts",
        ),
        ("艾克美今年资本开支约为35亿美元。", "confirms"),
    ],
)
def test_a_spelled_out_amount_with_a_fraction(text: str, stance: str) -> None:
    got = judged(_capex_cut(), text)
    assert any(r.startswith(f"{stance}: amount") for r in got.reasons), got.reasons


def test_a_past_month_before_when_dates_the_clause() -> None:
    # a June column: "in February when it trimmed" recalls the trim; "trimmed in June" is news
    june = dt.date(2026, 6, 10)
    old = judged(
        _capex_cut(), "Acme set the tone in February when it trimmed its spending.", published=june
    )
    assert old.stance is Stance.MENTIONS, old.reasons
    assert any("background" in r for r in old.reasons), old.reasons
    new = judged(_capex_cut(), "Acme trimmed its spending this week, it said.", published=june)
    assert new.stance is Stance.CONFIRMS, new.reasons


def _reduction() -> ClaimRule:
    return rule_under_test(
        id="acme-dividend-reduce",
        subject={"acme": ["Acme", "艾克美"], "dividend": ["dividend", "payout", "股息", "派息"]},
        window=1,
        confirms=["reduce", "削减"],
    )


@pytest.mark.parametrize(
    "title",
    ["Acme shares slip after payout reduction", "艾克美派息削减 股价下跌"],
)
def test_the_noun_of_a_verb_of_change_is_its_cue(title: str) -> None:
    got = judged(_reduction(), "", title=title)
    assert got.stance is Stance.CONFIRMS, got.reasons


@pytest.mark.parametrize(
    "title",
    ["Acme shareholders oppose payout reduction", "Acme says no dividend reduction this year"],
)
def test_the_noun_keeps_its_readings(title: str) -> None:
    got = judged(_reduction(), "", title=title)
    assert got.stance is not Stance.CONFIRMS, got.reasons
