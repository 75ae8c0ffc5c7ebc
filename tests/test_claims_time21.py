"""A planned date restated is a plan, not a confirm (`watch.claims.planned`).

For a claim that something happens within a window, a date inside the window that fills a plan
verb ("is scheduled to begin volume production in the third quarter", "will start output in the
first half", 计划于2026年第三季度投产, 預計第三季量產) only says the schedule again: a mention,
with the cue it times, whether or not the rule lists `pending`. The fences: an event done, a plan
held to now (still, 仍), a plan moved (提前至), a date outside the window, a claim that is itself a
plan, and a sentence that tells a delay. In the days right after `made`, a sentence that states
the schedule so is the claim itself, an on-track word in it included; later it is news.
Each judged by a rule of the test's own, in English and Chinese (traditional where it differs).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import rule_under_test, stance_of
from watch.claims.rules import ClaimRule
from watch.models import Stance

SPRING = dt.date(2026, 4, 1)  # months after the claim, before its window
MADE = dt.date(2026, 1, 15)


def _rule(confirms: tuple[str, ...] = ("<started>",), **fields: object) -> ClaimRule:
    """Acme starts volume production at its Ostrava plant in Q3 2026."""
    data: dict[str, object] = {
        "id": "acme-ostrava-q3",
        "statement": "Acme starts volume production at its Ostrava plant in Q3 2026.",
        "made": MADE.isoformat(),
        "subject": {
            "acme": ["Acme", "艾克美"],
            "plant": ["Ostrava", "plant", "俄斯特拉发", "工厂"],
        },
        "confirms": list(confirms),
        "contradicts": ["<delay>"],
        "when": {
            "confirms": ["2026-07-01", "2026-09-30"],
            "near": ["production", "output", "量产", "投产"],
        },
        **fields,
    }
    return rule_under_test(**data)


# --- 1. the schedule restated is a mention -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acme's Ostrava plant is scheduled to begin volume production in the third quarter of "
        "2026, the company has said.",
        "Rivals are watching Acme, whose Ostrava plant is due to start output in Q3.",
        "Acme says its Ostrava plant will start production in the third quarter of 2026.",
        "Acme has said its Ostrava plant will start output in Q3, as it told analysts in January.",
        "Acme plans to start volume production at the Ostrava plant in Q3 2026.",
        "艾克美俄斯特拉发工厂计划于2026年第三季度投产。",
        "艾克美此前表示，俄斯特拉发工厂拟于第三季度量产。",
        "艾克美俄斯特拉發工廠計畫於第三季量產。",
        "艾克美俄斯特拉发工厂第三季度将投产。",
    ],
)
def test_a_date_filling_a_plan_verb_restates_the_schedule(text: str) -> None:
    assert stance_of(_rule(), text, SPRING) == Stance.MENTIONS


def test_pending_no_longer_leaves_the_date_to_confirm() -> None:
    # the cue was "only planned" under `pending`; the date it times now goes with it
    rule = _rule(pending=["<plan>", "scheduled to"])
    text = "Acme's Ostrava plant is scheduled to begin volume production in the third quarter."
    assert stance_of(rule, text, SPRING) == Stance.MENTIONS


# --- 2. the fences: done, held to, moved, delayed, or a plan claim ------------------------------


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # done: no plan verb
        (
            "Acme began volume production at its Ostrava plant in the third quarter as planned.",
            dt.date(2026, 10, 2),
        ),
        ("Acme's Ostrava plant started production in July, on schedule.", dt.date(2026, 8, 1)),
        ("艾克美俄斯特拉发工厂于今年三季度正式量产。", dt.date(2026, 9, 20)),
        ("艾克美俄斯特拉發工廠第三季正式量產。", dt.date(2026, 9, 20)),
        # held to now
        (
            "Acme's Ostrava plant is still scheduled to begin volume production in the third "
            "quarter.",
            SPRING,
        ),
        (
            "Acme said its Ostrava plant will start production in the third quarter as planned.",
            SPRING,
        ),
        ("艾克美俄斯特拉发工厂仍计划于第三季度投产。", SPRING),
        # the plan reported afresh: news
        (
            "Acme plans to start volume production at Ostrava in the third quarter, people "
            "familiar with the matter said.",
            SPRING,
        ),
        ("艾克美周二表示，俄斯特拉发工厂计划于第三季度投产。", SPRING),
        # the perfect of a telling addressed to someone: one telling of the news cycle
        (
            "Acme's management has told us that volume production at the new Ostrava plant in "
            "the Czech Republic will start in the third quarter.",
            SPRING,
        ),
        ("Acme has assured unions that the Ostrava plant will start output in Q3.", SPRING),
        ("艾克美管理层已告知员工，俄斯特拉发工厂将于第三季度投产。", SPRING),
        ("艾克美管理層已告知員工，俄斯特拉發工廠將於第三季投產。", SPRING),
        # no plan verb over the date: a noun ("targets"), another clause ("as ...")
        ("Acme's Ostrava plant met its output targets in the third quarter.", dt.date(2026, 10, 5)),
        ("Acme's Ostrava plant will be profitable as output starts in the third quarter.", SPRING),
        # moved into the window: news
        ("Acme will bring volume production at Ostrava forward to the third quarter.", SPRING),
        ("艾克美将俄斯特拉发工厂投产时间提前至第三季度。", SPRING),
    ],
)
def test_an_event_done_or_a_plan_held_to_still_confirms(text: str, published: dt.date) -> None:
    assert stance_of(_rule(), text, published) == Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "Acme's Ostrava plant is now scheduled to begin volume production in 2027.",
        "艾克美俄斯特拉发工厂计划推迟至2027年投产。",
    ],
)
def test_a_plan_moved_out_of_the_window_still_contradicts(text: str) -> None:
    assert stance_of(_rule(), text, SPRING) == Stance.CONTRADICTS


def test_a_claim_that_is_itself_a_plan_is_confirmed_by_it() -> None:
    rule = _rule(statement="Acme plans to start production at Ostrava in Q3 2026.")
    text = "Acme plans to start volume production at the Ostrava plant in Q3 2026."
    assert stance_of(rule, text, SPRING) == Stance.CONFIRMS


def test_a_sentence_telling_a_delay_weighs_its_dates_as_before() -> None:
    # the plan a delay is told of is no restatement: the start is still inside the window
    rule = _rule(when={"confirms": ["2026-01-01", "2026-12-31"], "near": ["start"]})
    text = "Acme's plan to start production in Ostrava this spring has been delayed, sources said."
    assert stance_of(rule, text, SPRING) == Stance.MENTIONS


# --- 3. in the claim's own days, the sentence stating the schedule is the claim -----------------


@pytest.mark.parametrize(
    "text",
    [
        "艾克美表示，俄斯特拉发工厂建设进展顺利，计划于2026年第三季度投产。",
        "艾克美表示，俄斯特拉發工廠建設進展順利，計畫於第三季量產。",
        "Acme said construction at the Ostrava plant is on schedule and it plans to start "
        "production in Q3.",
    ],
)
def test_the_schedule_stated_as_the_claim_is_made_and_later(text: str) -> None:
    rule = _rule(confirms=("<started>", "<on-track>"))
    assert stance_of(rule, text, MADE) == Stance.MENTIONS
    assert stance_of(rule, text, MADE + dt.timedelta(days=2)) == Stance.MENTIONS
    # months later the same words are news that the plan holds
    assert stance_of(rule, text, SPRING) == Stance.CONFIRMS
