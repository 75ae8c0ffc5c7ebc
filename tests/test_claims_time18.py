"""Dates, recaps and phases a sixth-round held-out user's first try got wrong: a later phase's
date ("would ramp through the second half", 下半年爬坡) is not the start a claim tracks; a launch
noun with its date's predicate ("general availability now expected in 2027") is judged with that
date; a past date inside the object of a lateness cue ("behind the schedule it gave in
February") dates the schedule; "the turn of the year" and 年底年初之交 are dates; 前后 after a
date is "around", no bound; 不太现实 after an event negates it; a plan's dated participle
appositive ("Grab's plan, announced earlier this month, to cut ...") dates the infinitive; a
relative clause dating a noun ("the cuts it announced in January now total 1,100") leaves the
main verb's figure news; and "signed then, only X now" spans a modifier (只是一份不具约束力的...).
Each judged by a rule of the test's own, in English and Chinese (traditional where the script
differs)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from watch.claims.dates import find_dates
from watch.claims.engine import Matcher
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise
from watch.models import Document, Stance, Verdict
from watch.validate import parse


def _judge(rule: dict[str, Any], text: str, published: dt.date, title: str = "") -> Verdict:
    claim = parse(ClaimRule, rule)
    verdicts = Matcher([claim]).judge(Document(text, published, title=title))
    assert len(verdicts) <= 1
    return verdicts[0] if verdicts else Verdict(claim.id, Stance.MENTIONS, 0.0, (), ())


_DELIVERY = {
    "id": "acme-van-h1",
    "statement": "Acme begins customer deliveries of its V3 van in the first half of 2026",
    "made": "2026-01-15",
    "deadline": "2026-06-30",
    "subject": {"acme": ["Acme", "艾克美"], "van": ["V3"]},
    "when": {
        "confirms": ["2026-01-01", "2026-06-30"],
        "near": ["deliveries", "delivery", "delivered", "交付", "交车"],
    },
    "confirms": ["<on-track>", "delivered", "began deliveries", "交付"],
    "contradicts": ["<delay>", "<cancellation>"],
    "negation": {"confirms": "flip"},
    "pending": ["<plan>", "will"],
}
_JUNE = dt.date(2026, 6, 20)


# --- a later phase's date times the ramp, not the start ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acme delivered the first V3 vans on Friday. Acme said V3 deliveries would ramp up "
        "through the second half.",
        "Acme began V3 deliveries this month; Acme expects V3 full production in the third "
        "quarter.",
        "艾克美V3本月开始交付，艾克美称V3下半年逐步爬坡。",
        "艾克美V3本月開始交付，艾克美稱V3下半年逐步放量。",
    ],
)
def test_a_later_phase_date_does_not_time_the_start(text: str) -> None:
    verdict = _judge(_DELIVERY, text, _JUNE)
    assert verdict.stance is Stance.CONFIRMS, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        # the start itself dated after the window stays the event's date
        "Acme will not begin V3 deliveries until the second half.",
        "艾克美V3推迟至下半年交付。",
    ],
)
def test_a_start_dated_after_the_window_still_contradicts(text: str) -> None:
    verdict = _judge(_DELIVERY, text, _JUNE)
    assert verdict.stance is Stance.CONTRADICTS, verdict.reasons


def test_a_claim_whose_event_is_the_ramp_keeps_its_date() -> None:
    rule = dict(_DELIVERY, when={"confirms": ["2026-01-01", "2026-06-30"], "near": ["ramp"]})
    rule["confirms"] = ["<on-track>"]
    verdict = _judge(rule, "Acme said V3 production would ramp up through the second half.", _JUNE)
    assert verdict.stance is not Stance.CONFIRMS, verdict.reasons
    assert any("second half" in r and "contradicts" in r for r in verdict.reasons)


# --- a launch noun with its date's predicate -----------------------------------------------------

_GA = {
    "id": "acme-x9-ga",
    "statement": "Acme's X9 chip is generally available in 2026",
    "made": "2026-02-03",
    "deadline": "2026-12-31",
    "subject": {"acme": ["Acme", "艾克美"], "chip": ["X9"]},
    "when": {
        "confirms": ["2026-01-01", "2026-12-31"],
        "near": ["launch", "available", "availability", "上市", "供货"],
    },
    "confirms": ["<launch>"],
    "contradicts": ["<delay>", "<cancellation>"],
    "negation": {"confirms": "flip"},
    "pending": ["<plan>", "will"],
}


@pytest.mark.parametrize(
    "text",
    [
        "Acme said X9 general availability is slated for 2027.",
        "Acme said X9 general availability has been pushed to next year.",
    ],
)
def test_a_launch_noun_is_judged_with_its_date(text: str) -> None:
    verdict = _judge(_GA, text, dt.date(2026, 8, 5))
    assert verdict.stance is Stance.CONTRADICTS, verdict.reasons


def test_a_launch_noun_with_a_date_inside_is_no_contradiction() -> None:
    verdict = _judge(
        _GA,
        "Acme said X9 general availability is slated for the fourth quarter.",
        dt.date(2026, 8, 5),
    )
    assert verdict.stance is not Stance.CONTRADICTS, verdict.reasons


@pytest.mark.parametrize(
    "title",
    [
        "Acme: no X9 until next year for most customers",
        "艾克美：明年之前不会有X9",
        "艾克美：明年之前不會有X9",
    ],
)
def test_no_thing_until_a_later_date_is_a_lateness_bound(title: str) -> None:
    verdict = _judge(_GA, "Acme reported results on Tuesday.", dt.date(2026, 8, 5), title=title)
    assert verdict.stance is Stance.CONTRADICTS, verdict.reasons


@pytest.mark.parametrize(
    "title",
    [
        # the bound is another thing's: the claim's name is in another clause
        "艾克美明年之前不会回购，X9进展顺利",
        "Acme: no buybacks until next year; X9 on track",
    ],
)
def test_another_things_lateness_bound_is_no_evidence(title: str) -> None:
    verdict = _judge(_GA, "Acme reported results on Tuesday.", dt.date(2026, 8, 5), title=title)
    assert verdict.stance is not Stance.CONTRADICTS, verdict.reasons


# --- a schedule given in the past, the turn of the year, 前后, 不太现实 -------------------------

_FAB = {
    "id": "acme-fab-q3",
    "statement": "Acme starts production at its new fab in Q3 2026",
    "made": "2026-02-12",
    "subject": {"acme": ["Acme", "艾克美"], "fab": ["fab", "新厂", "投产", "production"]},
    "when": {
        "confirms": ["2026-07-01", "2026-09-30"],
        "near": ["投产", "production", "start production", "量产"],
    },
    "confirms": ["<on-track>"],
    "contradicts": ["<delay>", "behind the schedule", "behind the timetable", "落后于"],
    "negation": {"confirms": "flip"},
}
_NOVEMBER = dt.date(2026, 11, 7)


@pytest.mark.parametrize(
    "text",
    [
        "Acme's fab is now at least a quarter behind the schedule Acme gave in February.",
        "Acme's new fab is running behind the timetable the company set out in March.",
        "艾克美新厂投产落后于公司2月公布的时间表。",
        "艾克美新廠投產落後於公司2月公布的時間表。",
    ],
)
def test_a_date_inside_the_object_of_lateness_dates_the_schedule(text: str) -> None:
    verdict = _judge(_FAB, text, _NOVEMBER)
    assert verdict.stance is Stance.CONTRADICTS, verdict.reasons


def test_lateness_dated_itself_stays_background() -> None:
    verdict = _judge(_FAB, "Acme's fab was behind the schedule in February.", _NOVEMBER)
    assert verdict.stance is Stance.MENTIONS, verdict.reasons


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("would start production around the turn of the year", "2026-12-15", "2027-01-15"),
        ("by the turn of 2027", "2026-12-15", "2027-01-15"),
        ("预计年底年初之交投产", "2026-12-15", "2027-01-15"),
        ("今年年底明年年初投产", "2026-12-15", "2027-01-15"),
    ],
)
def test_the_turn_of_the_year_is_a_date(text: str, first: str, last: str) -> None:
    spans = find_dates(normalise(text), _NOVEMBER)
    assert [(d.first.isoformat(), d.last.isoformat()) for d in spans] == [(first, last)]


def test_the_turn_of_the_century_is_no_date() -> None:
    assert find_dates(normalise("since the turn of the century"), _NOVEMBER) == []


@pytest.mark.parametrize(
    "text",
    [
        "艾克美表示，新厂将在年底年初之交投产。",
        "Acme said the fab would start production around the turn of the year.",
    ],
)
def test_the_turn_of_the_year_times_the_event(text: str) -> None:
    verdict = _judge(_FAB, text, dt.date(2026, 8, 7))
    assert any("outside" in r and "contradicts" in r for r in verdict.reasons), verdict.reasons


def test_around_a_date_is_no_bound() -> None:
    verdict = _judge(_FAB, "艾克美表示，新厂将在今年年底前后投产。", dt.date(2026, 8, 7))
    assert verdict.stance is Stance.CONTRADICTS, verdict.reasons
    assert not any("upper bound" in r for r in verdict.reasons), verdict.reasons


def test_before_a_date_is_still_a_bound() -> None:
    verdict = _judge(_FAB, "艾克美表示，新厂将在今年年底前投产。", dt.date(2026, 8, 7))
    assert any("upper bound" in r for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "艾克美表示，“三季度投产已不太现实”。",
        "艾克美表示，三季度投產不現實。",
        "Acme said production in the third quarter is no longer realistic.",
        "Acme said starting production in the third quarter was unrealistic.",
    ],
)
def test_an_event_called_unrealistic_is_negated(text: str) -> None:
    verdict = _judge(_FAB, text, dt.date(2026, 8, 7))
    assert verdict.stance is Stance.CONTRADICTS, verdict.reasons


@pytest.mark.parametrize(
    "text",
    ["艾克美表示，三季度投产完全现实。", "Acme said production in the third quarter is realistic."],
)
def test_an_event_called_realistic_stands(text: str) -> None:
    verdict = _judge(_FAB, text, dt.date(2026, 8, 7))
    assert verdict.stance is Stance.CONFIRMS, verdict.reasons


# --- recaps: a dated appositive, a dated relative clause, a status said now -------------------

_CUTS = {
    "id": "acme-cuts-1000",
    "statement": "Acme cuts about 1,000 jobs",
    "made": "2026-02-16",
    "subject": {
        "acme": ["Acme", "艾克美"],
        "staff": ["jobs", "roles", "positions", "staff", "裁员", "岗位"],
    },
    "confirms": ["<layoffs>"],
    "contradicts": ["<delay>", "<cancellation>", "<stalled>"],
    "negation": {"confirms": "flip"},
    "amount": {"unit": "people", "confirms": [800, 1200], "contradicts": [[None, 600]]},
}
_MAY = dt.date(2026, 5, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Acme's plan, unveiled in February, to cut 1,000 jobs was the largest in the sector.",
        "Acme's decision, first disclosed in March, to shed about 1,000 roles drew criticism.",
    ],
)
def test_a_dated_plan_appositive_dates_its_infinitive(text: str) -> None:
    verdict = _judge(_CUTS, text, _MAY)
    assert verdict.stance is Stance.MENTIONS, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        # the main verb says what became of the plan now: news
        "Acme's decision, first disclosed in March, to cut 1,000 roles has now been carried out.",
        # no past date in the appositive
        "Acme's plan, announced on Monday, to cut about 1,000 jobs drew criticism.",
        # the same recap in Chinese was read already, and stays so
        "艾克美此前宣布的裁员约1000人计划是业内最大的。",
    ],
)
def test_a_plan_appositive_guards(text: str) -> None:
    verdict = _judge(_CUTS, text, _MAY)
    want = Stance.MENTIONS if "此前" in text else Stance.CONFIRMS
    assert verdict.stance is want, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme said the headcount reduction it announced in January will end up at around 400 "
        "roles.",
        "Acme said the job cuts it announced in January now total about 400 positions.",
        "艾克美表示，1月宣布的裁员最终将只有约400人。",
        "艾克美1月宣布的裁員人數現為約400人。",
    ],
)
def test_a_dated_relative_clause_leaves_the_main_figure_news(text: str) -> None:
    verdict = _judge(_CUTS, text, _MAY)
    assert verdict.stance is Stance.CONTRADICTS, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme announced in January it would cut 400 jobs.",
        "艾克美1月宣布裁员约400人。",
    ],
)
def test_a_dated_telling_still_recaps_its_figure(text: str) -> None:
    verdict = _judge(_CUTS, text, _MAY)
    assert verdict.stance is Stance.MENTIONS, verdict.reasons


_DEAL = {
    "id": "acme-beta-stake",
    "statement": "Acme commits to a binding stake in Beta",
    "made": "2026-02-03",
    "subject": {
        "acme": ["Acme", "艾克美"],
        "beta": ["Beta", "贝塔"],
        "deal": ["deal", "MoU", "stake", "协议", "备忘录"],
    },
    "confirms": ["<binding>", "<deal-signed>"],
    "contradicts": ["<no-commitment>", "<denial>"],
    "negation": {"confirms": "flip"},
}


@pytest.mark.parametrize(
    "text",
    [
        "艾克美表示，与贝塔上月签署的只是一份初步的合作备忘录。",
        "艾克美表示，與貝塔上月簽署的只是一份初步的合作備忘錄。",
        # (English read it so already: a guard)
        "Acme said the deal it signed with Beta in February was only a preliminary memorandum "
        "of understanding.",
    ],
)
def test_a_status_now_spans_a_modifier(text: str) -> None:
    verdict = _judge(_DEAL, text, dt.date(2026, 4, 10))
    assert verdict.stance is Stance.CONTRADICTS, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a signing dated in the past, no status said now
        "艾克美与贝塔上月签署了一份初步的合作备忘录。",
        # a memo named as a thing
        "艾克美与贝塔签署的合作备忘录涉及炼油。",
    ],
)
def test_a_memo_with_no_status_said_stays_a_mention(text: str) -> None:
    verdict = _judge(_DEAL, text, dt.date(2026, 4, 10))
    assert verdict.stance is Stance.MENTIONS, verdict.reasons
