"""Claim engine: dates written as seasons, schedules, report periods and tellings.

- a season with no year ("before the autumn", "by the summer break", 入秋前) is this year's, and
  "not going to ... before the autumn" is a negated "before": a lower bound;
- a schedule verb ("is now scheduled for", "resets ... to", 推迟至) dates the sentence's event
  however long its noun phrase;
- a quarter attached to a results metric ("Q3 profit", 第三季度净利润) is the report's period,
  and a negated existence after the year (今年内不会有产品) denies the year;
- a completion told done on a dated telling (7月8日宣布，已完成; "said on July 8 it had completed")
  and 当日 / "the same day" after a dated telling are dated by that day: done late after the
  window; after an original plan, a clause telling what became of it (，因……而推迟) is news.
Each judged by a rule of the test's own, with the near-misses that keep their reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.dates import find_dates
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise
from watch.models import Stance

_C, _X, _M = Stance.CONFIRMS, Stance.CONTRADICTS, Stance.MENTIONS


def _clearance() -> ClaimRule:
    """Brussels clears Acme's purchase of Beta by 30 June 2026."""
    return rule_under_test(
        id="acme-clear",
        subject={"acme": ["Acme", "艾克美"], "eu": ["Commission", "Brussels", "欧委会"]},
        confirms=["clear", "approve", "批准"],
        contradicts=["<delay>"],
        negation={"confirms": "flip"},
        when={
            "confirms": ["2026-01-01", "2026-06-30"],
            "near": ["decision", "clearance", "approve", "批准", "决定"],
            "outside": "contradicts",
        },
    )


def _output() -> ClaimRule:
    """Acme's Delta plant makes its first output in 2026."""
    return rule_under_test(
        id="acme-output",
        subject={"acme": ["Acme", "艾克美"], "plant": ["Delta", "德尔塔"]},
        confirms=["start production", "投产"],
        contradicts=["scrap", "取消"],  # (no delay words: the dates alone decide)
        when={
            "confirms": ["2026-01-01", "2026-12-31"],
            "near": ["production", "output", "投产", "产出"],
            "outside": "contradicts",
        },
    )


def _close() -> ClaimRule:
    """Acme completes its purchase of Beta by 30 June 2026."""
    return rule_under_test(
        id="acme-close",
        subject={"acme": ["Acme", "艾克美"], "deal": ["Beta", "贝塔"]},
        confirms=["complete", "完成收购", "完成交割", "approve", "批准"],
        contradicts=["<delay>"],
        negation={"confirms": "flip"},
        when={
            "confirms": ["2026-01-01", "2026-06-30"],
            "near": ["complete", "completion", "approve", "完成", "交割", "批准"],
            "outside": "contradicts",
        },
    )


def _dates(text: str, published: dt.date) -> list[tuple[str, str]]:
    return [(d.text, d.describe()) for d in find_dates(normalise(text), published)]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("a decision before the autumn", "2026-09-01..2026-11-30"),
        ("by the summer break", "2026-06-01..2026-08-31"),
        ("in the spring", "2026-03-01..2026-05-31"),
        ("入秋前获批", "2026-09-01..2026-11-30"),
        ("秋季前完成", "2026-09-01..2026-11-30"),
        ("今年夏天", "2026-06-01..2026-08-31"),
    ],
)
def test_a_season_without_a_year_is_this_years(text: str, window: str) -> None:
    assert [w for _, w in _dates(text, dt.date(2026, 3, 30))] == [window]


@pytest.mark.parametrize(
    "text",
    ["shares rose after the fall in rates", "a spring in his step", "入冬以来气温偏低"],
)
def test_no_season_where_none_is_meant(text: str) -> None:
    assert _dates(text, dt.date(2026, 3, 30)) == []


def test_a_season_passed_is_next_years_when_a_bound_looks_ahead() -> None:
    assert _dates("before the summer", dt.date(2026, 10, 30)) == [
        ("the summer", "2027-06-01..2027-08-31")
    ]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Acme said: we are not going to have a decision from Brussels before the autumn.", _X),
        ("艾克美表示，欧委会入秋前不会作出决定。", _X),
        ("Acme expects a decision from Brussels in the spring.", _C),
        ("艾克美预计欧委会今年春季作出决定。", _C),
    ],
)
def test_a_season_bounds_or_times_the_decision(text: str, stance: Stance) -> None:
    assert judged(_clearance(), text, published=dt.date(2026, 3, 30)).stance is stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Acme said first output of refined nickel sulphate at its Delta processing plant on "
            "the coast is now scheduled for March 2027, citing late equipment.",
            _X,
        ),
        (
            "艾克美表示，德尔塔项目的产出，因自备电厂设备、尾矿干堆设施和配套码头的交付均出现"
            "延误，以及雨季施工受阻等多重原因，现已推迟至2027年3月。",
            _X,
        ),
        # the schedule verb of another clause: the date is not the event's
        (
            "Acme said output of refined nickel sulphate at its Delta processing plant on the "
            "coast is steady, and a new warehouse is now scheduled for March 2027.",
            _M,
        ),
        (
            "艾克美表示，德尔塔项目产出稳定；新建的第二座仓库及配套码头、输电线路和员工宿舍等附属"
            "设施的建设工作，因多家供应商的设备交付出现严重延误，已推迟至2027年3月。",
            _M,
        ),
    ],
)
def test_a_schedule_verb_dates_the_event_at_any_distance(text: str, stance: Stance) -> None:
    assert judged(_output(), text, published=dt.date(2026, 8, 14)).stance is stance


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Acme Q3 profit rises; Delta output nears", _M),
        ("艾克美第三季度净利润回升 德尔塔项目产出在即", _M),
        # the quarter of the event itself still times it
        ("Acme starts Delta production in the third quarter", _C),
        ("艾克美德尔塔项目第三季度投产", _C),
    ],
)
def test_a_results_metrics_quarter_times_nothing(title: str, stance: Stance) -> None:
    assert judged(_output(), "", title=title, published=dt.date(2026, 10, 30)).stance is stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("艾克美表示，德尔塔工厂的产出要等设备到位，今年内不会有产品。", _X),
        ("Acme said there will be no output from its Delta plant this year.", _X),
        ("艾克美表示，德尔塔工厂今年内将投产。", _C),
        ("艾克美表示，德尔塔工厂今年投产后不会有裁员。", _C),
    ],
)
def test_a_negated_existence_denies_the_year(text: str, stance: Stance) -> None:
    assert judged(_output(), text, published=dt.date(2026, 10, 30)).stance is stance


_JULY = dt.date(2026, 7, 10)


@pytest.mark.parametrize(
    ("title", "text", "stance"),
    [
        ("艾克美完成收购贝塔", "艾克美7月8日宣布，已完成对贝塔的收购。", _X),
        ("Acme completes Beta purchase", "Acme said on July 8 it had completed its Beta deal.", _X),
        ("", "艾克美7月8日晚间公告，法院已于当日批准对贝塔的收购。", _X),
        ("", "Acme said on July 8 that the court approved its Beta purchase the same day.", _X),
        # a plan told that day, or a completion told inside the window: no lateness
        ("", "Acme said on July 8 it expects to complete its Beta deal soon.", _C),
        ("", "Acme said on June 20 it had completed its Beta deal.", _C),
        # (完成收购 now finds 完成对贝塔的收购: the company's own expectation, as in English)
        ("", "艾克美7月8日宣布，预计将完成对贝塔的收购。", _C),
    ],
)
def test_a_completion_told_on_a_day_after_the_window_is_late(
    title: str, text: str, stance: Stance
) -> None:
    assert judged(_close(), text, title=title, published=_JULY).stance is stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("艾克美原计划在6月底前完成对贝塔的交割，因审查延长而推迟了一周。", _X),
        ("Acme was supposed to complete its Beta purchase in June, only to be delayed.", _X),
        # 因此 ("so") goes on with the plan
        ("艾克美原计划在6月底前完成对贝塔的交割，因此提前准备了资金。", _M),
    ],
)
def test_what_became_of_a_plan_is_news(text: str, stance: Stance) -> None:
    assert judged(_close(), text, published=_JULY).stance is stance


def _close_h1() -> ClaimRule:
    """Acme closes its purchase of Beta in the first half of 2026 (dates alone decide)."""
    return rule_under_test(
        id="acme-close-h1",
        subject={"acme": ["Acme", "艾克美"], "deal": ["Beta", "贝塔"]},
        confirms=["completes"],
        contradicts=["scrap"],
        when={
            "confirms": ["2026-01-01", "2026-06-30"],
            "near": ["close", "完成"],
            "outside": "contradicts",
        },
    )


@pytest.mark.parametrize(
    ("text", "once"),
    [
        # a sourced lateness bound: one uncertainty, one discount (0.85 x 0.7)
        (
            "Acme's purchase of Beta may not close until the second half, two people familiar "
            "with the matter said.",
            True,
        ),
        ("两名知情人士称，艾克美对贝塔的收购可能要到下半年才能完成。", True),
        # a sourced possibility that is no bound keeps both discounts
        ("Acme's Beta deal could close in the second half, two people familiar said.", False),
        ("两名知情人士称，艾克美对贝塔的收购可能在下半年完成。", False),
    ],
)
def test_a_sourced_lateness_bound_is_discounted_once(text: str, once: bool) -> None:
    verdict = judged(_close_h1(), text, published=dt.date(2026, 4, 1))
    assert verdict.stance is _M  # under 0.6 either way
    assert (round(verdict.confidence, 3) == round(0.85 * 0.7, 3)) is once
