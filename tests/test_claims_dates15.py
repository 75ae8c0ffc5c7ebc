"""Dates that belong to something else, and dates the engine did not read (round fifteen):
an operating metric's period written either side of it, a slip "into" a later period, an
interim rate before the deadline's month, an event noun dated by its own predicate, and a
reported "would" that only schedules."""

from __future__ import annotations

import datetime as dt

from tests.claimkit import judged, rule_under_test
from watch.models import Stance

_MERGER = rule_under_test(
    id="acme-beta-close",
    statement="Acme completes its merger with Beta by the end of September 2026",
    deadline="2026-09-30",
    subject={"acme": ["Acme", "艾克美"], "deal": ["merger", "合并"]},
    confirms=["complete", "completion", "完成"],
    contradicts=["<delay>"],
    when={"confirms": ["2026-02-01", "2026-09-30"], "near": ["merger", "completion", "合并"]},
)
_JULY = dt.date(2026, 7, 20)


def test_a_metric_period_before_or_after_the_metric_times_the_metric() -> None:
    for text in (
        "Acme, whose merger with Beta closed, reports third-quarter production today.",
        "Acme's merger with Beta helped: production so far this year rose 4%.",
        "Acme's merger with Beta helped: output in the second quarter rose 4%.",
    ):
        assert judged(_MERGER, text, published=_JULY).stance is Stance.MENTIONS, text


def test_a_period_of_the_event_itself_still_times_it() -> None:
    for text in (
        "Acme expects to complete the merger with Beta in the third quarter.",
        "艾克美与贝塔的合并于三季度完成。",
    ):
        got = judged(_MERGER, text, published=dt.date(2026, 10, 5))
        assert got.stance is Stance.CONFIRMS, (text, got.reasons)
    start = rule_under_test(
        id="acme-start",
        subject={"acme": ["Acme"], "plant": ["plant"]},
        confirms=["<started>"],
        when={"confirms": ["2026-07-01", "2026-09-30"], "near": ["production"]},
    )
    text = "Acme began production at the plant in the third quarter."
    assert judged(start, text, published=dt.date(2026, 10, 5)).stance is Stance.CONFIRMS


def test_a_slip_into_a_later_period_is_a_date_after_the_deadline() -> None:
    for text in (
        "Completion of the Acme merger with Beta, long awaited by investors, has slipped into "
        "the fourth quarter, Acme said.",
        "艾克美表示，与贝塔的合并完成时间延至四季度。",
    ):
        got = judged(_MERGER, text, published=_JULY)
        assert got.stance is Stance.CONTRADICTS, (text, got.reasons)
    # a hedged slip ("may") stays hedged, but the noun yields to its date
    text = (
        "Completion of the Acme merger, which had been expected by the end of the third quarter, "
        "may now extend into the fourth quarter."
    )
    got = judged(_MERGER, text, published=_JULY)
    assert got.stance is not Stance.CONFIRMS, got.reasons
    assert any("yields to its own date" in r for r in got.reasons), got.reasons


_SMELTER = rule_under_test(
    id="acme-smelter",
    deadline="2026-06-30",
    subject={"acme": ["Acme", "艾克美"], "smelter": ["smelter", "冶炼厂"]},
    confirms=["<on-track>"],
    amount={
        "unit": "percent",
        "near": ["capacity", "产能利用率"],
        "confirms": [80, None],
        "contradicts": [[None, 75]],
    },
)


def test_an_interim_rate_before_the_deadlines_month_is_progress() -> None:
    april = dt.date(2026, 4, 10)
    for text in (
        "Acme's smelter ran at an average of 58% of capacity during March.",
        "艾克美冶炼厂3月份产能利用率为58%。",
        "Acme's smelter ran at 58% of capacity in the first quarter.",
    ):
        got = judged(_SMELTER, text, published=april)
        assert got.stance is Stance.MENTIONS, (text, got.reasons)
        assert any("progress" in r for r in got.reasons), got.reasons


def test_a_rate_for_the_deadlines_own_period_still_misses() -> None:
    for text in (
        "Acme's smelter ran at 58% of capacity in the second quarter.",
        "艾克美冶炼厂二季度产能利用率为58%。",
    ):
        got = judged(_SMELTER, text, published=dt.date(2026, 7, 3))
        assert got.stance is Stance.CONTRADICTS, (text, got.reasons)


_MOVE = rule_under_test(
    id="acme-hq",
    deadline="2026-12-31",
    subject={"acme": ["Acme", "艾克美"], "hq": ["headquarters", "总部"]},
    confirms=["relocation", "迁址"],
    contradicts=["<delay>"],
    when={"confirms": ["2026-03-01", "2026-12-31"], "near": ["relocation", "迁址"]},
)


def test_a_move_noun_yields_to_the_date_its_own_predicate_gives() -> None:
    for text in (
        "Acme's relocation of its regional headquarters to Riyadh is likely to be completed only "
        "in the first half of 2027, people familiar with the matter said.",
        "艾克美中东区域总部迁址预计明年二季度完成。",
    ):
        got = judged(_MOVE, text, published=dt.date(2026, 8, 26))
        assert got.stance is not Stance.CONFIRMS, (text, got.reasons)
        assert any("yields to its own date" in r for r in got.reasons), got.reasons


def test_a_move_noun_dated_inside_the_window_still_confirms() -> None:
    for text in (
        "Acme's relocation of its regional headquarters to Riyadh was completed in October.",
        "艾克美总部迁址已于10月完成。",
    ):
        got = judged(_MOVE, text, published=dt.date(2026, 11, 2))
        assert got.stance is Stance.CONFIRMS, (text, got.reasons)


_RESTART = rule_under_test(
    id="acme-restart",
    deadline="2026-06-30",
    subject={"acme": ["Acme"], "mine": ["mine"]},
    confirms=["restart"],
    when={"confirms": ["2026-04-01", "2026-06-30"], "near": ["restart"]},
)


def test_a_reported_would_that_schedules_the_event_is_tense() -> None:
    text = (
        "Acme said the phased restart of the Big Hill copper mine would now begin early in the "
        "third quarter."
    )
    got = judged(_RESTART, text, published=dt.date(2026, 5, 2))
    assert got.stance is Stance.CONTRADICTS, got.reasons
    assert not any('hedge "would"' in r for r in got.reasons), got.reasons


def test_a_reported_would_of_a_consequence_still_hedges() -> None:
    text = "Acme said the full effect of the restart on the mine would show in the third quarter."
    got = judged(_RESTART, text, published=dt.date(2026, 5, 2))
    assert got.stance is not Stance.CONTRADICTS or got.confidence < 0.6, got.reasons


def test_a_headlines_undated_event_word_takes_the_leads_date() -> None:
    for title, text in (
        (
            "Acme resumes Big Hill output",
            "Acme said the Big Hill mine restarted on July 14. Crews are back underground.",
        ),
        ("艾克美大山矿恢复生产", "艾克美表示，大山矿已于7月14日重启。"),
    ):
        rule = rule_under_test(
            id="acme-restart-2",
            deadline="2026-06-30",
            subject={"acme": ["Acme", "艾克美"], "mine": ["mine", "Big Hill", "大山矿"]},
            confirms=["restart", "resume", "重启", "恢复生产"],
            when={
                "confirms": ["2026-04-01", "2026-06-30"],
                "near": ["restart", "resume", "重启", "恢复生产"],
            },
        )
        got = judged(rule, text, title=title, published=dt.date(2026, 7, 15))
        assert got.stance is Stance.CONTRADICTS, (title, got.reasons)
        assert any("the lead's event" in r for r in got.reasons), got.reasons


def test_a_headline_event_word_stands_when_the_lead_dates_it_inside() -> None:
    rule = rule_under_test(
        id="acme-restart-3",
        deadline="2026-06-30",
        subject={"acme": ["Acme"], "mine": ["mine", "Big Hill"]},
        confirms=["restart", "resume"],
        when={"confirms": ["2026-04-01", "2026-06-30"], "near": ["restart", "resume"]},
    )
    got = judged(
        rule,
        "Acme said the Big Hill mine restarted on June 14.",
        title="Acme resumes Big Hill output",
        published=dt.date(2026, 6, 16),
    )
    assert got.stance is Stance.CONFIRMS, got.reasons
    assert not any("the lead's event" in r for r in got.reasons), got.reasons
