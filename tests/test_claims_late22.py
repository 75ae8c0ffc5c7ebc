"""Claim engine: an event's cue and its own date are one fact, weighed together.

- Done, but late: a completion the text dates after the claim's deadline contradicts a claim
  that it is done by then: its own date in its clause ("completed the Globex deal in
  November", 上週已完成收購), a day named without a date that times it ("said on Tuesday it
  had completed", 周二表示已完成收购), and the headline's undated completion when the lead
  so dates the same event word. A completion dated inside the window, or told with no time
  at all, is what it was.
- A start that a delay moves: the start word and its later date in one sentence are one fact
  (11月5日举行新厂量产典礼，宣布正式投入量产), and 较原计划推迟 is a delay told now, the plan
  only its yardstick (while the plan's own date after 较原定 stays the plan's).
Each judged by a rule of the test's own, with fences: the nearest wordings that keep their
reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.rules import ClaimRule
from watch.models import Stance

NOV_17 = dt.date(2026, 11, 17)  # a Tuesday, seven weeks after the deal's deadline


def _deal() -> ClaimRule:
    """Acme completes its purchase of Globex by 30 September 2026."""
    return rule_under_test(
        id="acme-globex-close",
        made="2026-01-15",
        deadline="2026-09-30",
        subject={"acme": ["Acme", "艾克美"], "deal": ["Globex", "格洛贝"]},
        window=1,
        when={
            "confirms": ["2026-01-15", "2026-09-30"],
            "near": ["complete", "completion", "close", "完成", "完成收购"],
        },
        confirms=["<on-track>", "complete", "完成收购"],
        contradicts=["<delay>", "<cancellation>", "<stalled>"],
        negation={"confirms": "flip"},
    )


def _plant() -> ClaimRule:
    """Acme's K9 plant starts mass production in the third quarter of 2026."""
    return rule_under_test(
        id="acme-k9-q3",
        made="2026-02-05",
        deadline="2026-09-30",
        subject={"acme": ["Acme", "艾克美", "K9"], "plant": ["K9"]},
        window=1,
        when={
            "confirms": ["2026-07-01", "2026-09-30"],
            "near": ["量产", "投产", "mass production", "production"],
        },
        confirms=["<on-track>", "<started>"],
        contradicts=["<delay>", "<cancellation>", "<stalled>"],
        negation={"confirms": "flip"},
    )


# --- 1. done, but late ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acme said on Tuesday it had completed its purchase of Globex.",
        "Acme said in a statement today that it had completed its purchase of Globex.",
        "Acme completed its purchase of Globex earlier this week.",
        "Acme completed the Globex deal in November.",
        "艾克美周二表示已完成收购格洛贝。",
        "艾克美週二宣布，已正式完成收購格洛貝。",
        "艾克美上週已完成收購格洛貝。",
    ],
)
def test_a_completion_dated_after_the_deadline_contradicts(text: str) -> None:
    got = judged(_deal(), text, published=NOV_17)
    assert got.stance is Stance.CONTRADICTS, got.reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Acme completes Globex purchase",
            "Acme said on Tuesday it had completed its purchase of a stake in Globex for about "
            "$2 billion, after a final approval last month.",
        ),
        ("艾克美完成收購格洛貝", "艾克美週二表示已完成收購格洛貝，交易金額約20億美元。"),
    ],
)
def test_the_headline_completion_is_the_lead_s_late_one(title: str, text: str) -> None:
    got = judged(_deal(), text, title=title, published=NOV_17)
    assert got.stance is Stance.CONTRADICTS, got.reasons
    assert any("(title)" in r and "done late" in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # its own date inside the window, though told the day after it
        ("Acme said on Thursday it completed its purchase of Globex on Sept. 30.", "2026-10-01"),
        (
            "Acme said on Thursday it completed its $2 billion acquisition of U.S. network "
            "equipment maker Globex Systems on Sept. 30, making it a unit.",
            "2026-10-01",
        ),
        # the day it was told is still inside the window
        ("Acme said on Tuesday it had completed its purchase of Globex.", "2026-09-29"),
        # a recap with no time says nothing of when
        ("Acme has completed its purchase of Globex.", "2026-11-17"),
        ("艾克美已完成收购格洛贝。", "2026-11-17"),
        # the day times another telling, not the completion
        (
            "Acme, which completed its purchase of Globex, said on Tuesday that profit rose.",
            "2026-11-17",
        ),
    ],
)
def test_a_completion_in_the_window_or_undated_still_confirms(text: str, published: str) -> None:
    got = judged(_deal(), text, published=dt.date.fromisoformat(published))
    assert got.stance is Stance.CONFIRMS, got.reasons


def test_an_undated_headline_over_an_undated_lead_still_confirms() -> None:
    got = judged(
        _deal(),
        "Acme has completed its purchase of Globex.",
        title="Acme completes Globex purchase",
        published=NOV_17,
    )
    assert got.stance is Stance.CONFIRMS, got.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme said on Tuesday it had not yet completed its purchase of Globex.",
        "艾克美周二表示尚未完成收购格洛贝。",
    ],
)
def test_a_completion_denied_that_day_contradicts_as_before(text: str) -> None:
    got = judged(_deal(), text, published=NOV_17)
    assert got.stance is Stance.CONTRADICTS, got.reasons
    assert not any("done late" in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a plan told that day is no completion on it
        "Acme said on Tuesday it expects to complete its purchase of Globex soon.",
        # the completion has its own date, in the window: the day is the telling's
        "艾克美周二表示，已于9月完成收购格洛贝。",
        # the month dates the announcement the participle names, not the completion
        "Acme completed the Globex deal announced in November.",
        # the day is another act's, in another clause
        "艾克美完成收購格洛貝的交易，雙方本週舉行簽約儀式。",
    ],
)
def test_a_day_that_times_another_act_does_not_make_it_late(text: str) -> None:
    got = judged(_deal(), text, published=NOV_17)
    assert got.stance is not Stance.CONTRADICTS, got.reasons


def _year_target() -> ClaimRule:
    """Acme ships 50 million notebooks in 2026 (a total for the year)."""
    return rule_under_test(
        id="acme-notebooks-2026",
        made="2026-03-05",
        deadline="2026-12-31",
        subject={"acme": ["Acme", "艾克美"], "target": ["target", "goal", "目标"]},
        window=1,
        when={"confirms": ["2026-01-01", "2026-12-31"], "near": ["target", "goal", "目标"]},
        confirms=["<on-track>", "met", "achieved", "达标", "达成"],
        contradicts=["<stalled>", "missed", "未达"],
        negation={"confirms": "flip"},
    )


@pytest.mark.parametrize(
    "text",
    [
        "Acme said on Tuesday it had met its full-year shipment target.",
        "艾克美周二表示已达成全年出货目标。",
        "艾克美週二表示全年出貨目標已達標。",
    ],
)
def test_a_year_s_result_told_after_the_year_is_no_late_event(text: str) -> None:
    got = judged(_year_target(), text, published=dt.date(2027, 1, 12))
    assert got.stance is Stance.CONFIRMS, got.reasons


# --- 2. a start that a delay moves ------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("", "艾克美11月5日举行K9新厂量产典礼，宣布该厂正式投入量产。"),
        ("", "艾克美K9新厂正式量产，较原计划推迟一个季度。"),
        ("", "艾克美K9新廠正式量產，較原計畫延後一季。"),
        ("艾克美K9新厂正式量产 较原计划推迟一个季度", "K9新厂的设备已全部到位。"),
        (
            "",
            "Acme began mass production at its K9 plant in November, a quarter later than "
            "originally planned.",
        ),
    ],
)
def test_a_start_moved_past_the_window_is_the_delay(title: str, text: str) -> None:
    got = judged(_plant(), text, title=title, published=NOV_17)
    assert got.stance is Stance.CONTRADICTS, got.reasons


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Acme began mass production at its K9 plant in August.", "2026-08-20"),
        ("艾克美K9新厂正式量产，较原计划提前一个季度。", "2026-06-20"),
    ],
)
def test_a_start_in_the_window_or_ahead_of_plan_confirms(text: str, published: str) -> None:
    got = judged(_plant(), text, published=dt.date.fromisoformat(published))
    assert got.stance is Stance.CONFIRMS, got.reasons


def test_the_plan_s_own_date_after_the_yardstick_stays_the_plan_s() -> None:
    got = judged(
        _plant(),
        "艾克美K9新厂投产时间将押后至2027年上半年，较原定今年第三季推迟。",
        published=dt.date(2026, 5, 10),
    )
    assert got.stance is Stance.CONTRADICTS, got.reasons
    assert not any(r.startswith("confirms: date") for r in got.reasons), got.reasons
