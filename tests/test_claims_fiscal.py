"""Periods named by a label rather than a moment (`watch.claims.terms`): a fiscal year or a
payout's year names what a figure is for, a deal's span its term, a month's end its last day,
and a yardstick's year ("last year's level") only the yardstick. Each with the near misses that
stay as they were: a label out of its season, a decision dated by a past month, a bound "by
fiscal 2027", a month's end long gone."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.dates import find_dates
from watch.claims.text import normalise
from watch.models import Stance

C, X, M = Stance.CONFIRMS, Stance.CONTRADICTS, Stance.MENTIONS


def _dividend_rule():
    return rule_under_test(
        id="norvik-dividend",
        made="2026-02-20",
        subject={"company": ["Norvik", "诺维克"], "dividend": ["dividend", "股息", "派息"]},
        window=1,
        amount={
            "near": ["dividend", "per share", "股息", "每股"],
            "currency": "EUR",
            "slack": 0,
            "confirms": [[1.4, 1.6]],
            "contradicts": [[1.8, None]],
        },
        confirms=["cut", "lower", "下调", "削减"],
    )


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the fiscal year's label names what the payout is for, in season
        ("Norvik will pay a dividend of EUR 1.50 per share for fiscal 2025.", "2026-03-05", C),
        ("Norvik proposes lower dividend for the fiscal year 2025.", "2026-03-05", C),
        ("Norvik shareholders will get a dividend of 1.50 euros for last year.", "2026-03-05", C),
        ("Norvik said its FY2025 dividend would be EUR 1.50 per share.", "2026-03-05", C),
        ("诺维克董事会建议派发2025年度末期股息每股1.5欧元。", "2026-03-05", C),
        ("诺维克2025财年股息下调至每股1.5欧元。", "2026-03-05", C),
        ("诺维克2025年末期股息每股1.5欧元，较上年下调。", "2026-06-18", C),
        # near misses: the label out of its season recalls an old act
        (
            "Norvik, which cut its dividend for 2025 to EUR 1.50, posted higher sales.",
            "2026-10-28",
            M,
        ),
        ("诺维克2025年度股息下调至每股1.5欧元，公司周一另公布三季度销售。", "2026-10-28", M),
        # ... and a decision dated by a past month is a recap, whatever the label
        ("Norvik's board in March set a EUR 1.50 dividend for 2025.", "2026-04-20", M),
    ],
)
def test_a_payouts_year_is_a_term(text: str, published: str, expected: Stance) -> None:
    got = judged(_dividend_rule(), text, published=dt.date.fromisoformat(published))
    assert got.stance is expected, got.reasons


def test_a_bound_by_a_fiscal_year_stays_a_date() -> None:
    spans = find_dates(
        normalise("Norvik will finish the plant by fiscal 2027."), dt.date(2026, 3, 1)
    )
    assert [d.first.year for d in spans] == [2027]
    assert find_dates(normalise("the FY2027 dividend"), dt.date(2026, 3, 1)) == []


def _backlog_rule():
    return rule_under_test(
        id="halvard-backlog",
        made="2026-01-20",
        deadline="2026-06-30",
        subject={"company": ["Halvard", "哈尔瓦德"], "backlog": ["order backlog", "订单储备"]},
        window=1,
        amount={
            "near": ["backlog", "订单储备"],
            "currency": "EUR",
            "confirms": [["10B", None]],
            "contradicts": [[None, "9.9B"]],
        },
    )


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a level at a month's end, told just after: the outcome on that day
        ("Halvard's order backlog stood at 9.4 billion euros at the end of June.", "2026-07-20", X),
        ("Halvard's order backlog was 9.4 billion euros at end-June, it said.", "2026-07-20", X),
        ("哈尔瓦德公布，截至3月底订单储备为91亿欧元。", "2026-04-22", X),
        ("哈尔瓦德公布，6月末订单储备为91亿欧元。", "2026-07-22", X),
        # near misses: a month's end long gone is old news; a whole month gone by is too
        ("Halvard's order backlog stood at 9.4 billion euros at the end of June.", "2026-11-20", M),
        ("哈尔瓦德公布，截至3月底订单储备为91亿欧元。", "2026-09-22", M),
        ("In May Halvard's order backlog stood at 9.4 billion euros.", "2026-07-20", M),
    ],
)
def test_a_level_at_a_month_end_is_that_day(text: str, published: str, expected: Stance) -> None:
    got = judged(_backlog_rule(), text, published=dt.date.fromisoformat(published))
    assert got.stance is expected, got.reasons


def _deal_rule():
    return rule_under_test(
        id="ostervik-deal",
        made="2026-02-10",
        deadline="2026-03-31",
        subject={"company": ["Ostervik", "奥斯特维克"], "deal": ["agreement", "协议"]},
        window=1,
        when={"confirms": ["2026-02-10", "2026-03-31"], "near": ["agreement", "协议", "达成"]},
        confirms=["reach ... agreement", "达成"],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deal's span after "for" is its term, not the date of the deal
        ("The union has reached an agreement with Ostervik on pay for 2026-2027.", C),
        ("The union has reached an agreement with Ostervik on pay for 2026/27.", C),
        ("工会与奥斯特维克达成2026-2027年度薪资协议。", C),
    ],
)
def test_a_deals_span_is_its_term(text: str, expected: Stance) -> None:
    got = judged(_deal_rule(), text, published=dt.date(2026, 3, 20))
    assert got.stance is expected, got.reasons


def test_a_year_that_times_the_deal_stays_a_date() -> None:
    # near miss: "in 2027" times the act; "for 2026-2027" names its span
    published = dt.date(2026, 3, 20)
    dated = find_dates(normalise("They will reach an agreement in 2027."), published)
    assert [d.first.year for d in dated] == [2027]
    assert find_dates(normalise("an agreement on pay for 2026-2027"), published) == []
    got = judged(_deal_rule(), "Ostervik and the union will not reach an agreement until 2027.")
    assert got.stance is not C, got.reasons


def _capex_rule():
    return rule_under_test(
        id="tarsk-capex",
        made="2026-02-24",
        deadline="2026-12-31",
        subject={"company": ["Tarsk", "塔尔斯克"], "capex": ["spending", "资本开支"]},
        window=1,
        confirms=["cut", "削减"],
        contradicts=["raise", "上调"],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year of a yardstick dates the yardstick, not the change
        ("Tarsk plans to raise its spending this year back towards last year's level.", X),
        ("Tarsk will raise its spending to 2025's level, the company said.", X),
        ("塔尔斯克计划上调今年资本开支，回到去年的水平。", X),
        # near miss: the change itself dated last year is a recap
        ("Tarsk raised its spending last year, the company said.", M),
    ],
)
def test_a_yardsticks_year_dates_nothing_else(text: str, expected: Stance) -> None:
    got = judged(_capex_rule(), text, published=dt.date(2026, 7, 15))
    assert got.stance is expected, got.reasons
