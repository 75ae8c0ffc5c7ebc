"""Claim engine (left16): a count range written with a scale, or a unit, after each figure; a
goal pointed back to that tells its own time; board seats won counted per person of a slate.

- "1.2 million to 2 million vehicles", "between 1.2 million and 2 million cars", "1.2mn-2mn
  vehicles", 120万辆至200万辆, 120萬輛到200萬輛: one range, judged whole against a rule's
  ranges as "1.6-2.1 million vehicles" or 160万至210万辆 always were (money ranges, "$2 billion
  to $3 billion", 20亿至30亿美元, were read so already and stay so);
- a range that is not all inside one of a rule's ranges (its low end below the confirms range,
  or straddling confirms and contradicts) is no evidence either way: its upper figure alone
  used to decide;
- near misses that must not change: "from X to Y vehicles" / 由X辆增至Y辆 (a change: the new
  figure decides), "2 billion and 3 million cars" (two figures, no range), one figure alone.
- a board slate's result told per person ("two of its three nominees were elected", "both
  nominees were elected", "Doe won a seat, but Roe did not", 三名候选人中仅一人当选,
  两位候选人全部当选, 甲当选，但乙落选, 无人当选) is a count of seats won; the slate put up, a
  call to vote for it, or "candidates were elected" with no count, is none;
- 这一目标/该目标/"that goal"/"this target" with a time of its own (仍, 已, 目前, 眼下, 如今,
  "now", "still", "remains") takes the sentence before's subject, not its past date: 去年……目标。
  这一目标眼下仍按计划推进 is news; without such a word it goes on with the recap, and "said that
  the plan" (a conjunction) or "That is their target" (a pronoun) points back to nothing.
Each judged by a rule of the test's own.
"""

from __future__ import annotations

import pytest

from tests.claimkit import rule_under_test, stance_of
from watch.claims.measures import find_measures
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise
from watch.models import Stance


def _deliveries() -> ClaimRule:
    """Acme delivers about 1.5-2.2 million vehicles this year; under 1 million, or 3 million
    and more, says otherwise. The figure alone decides."""
    return rule_under_test(
        id="acme-deliveries",
        subject={"acme": ["Acme", "艾克美"]},
        confirms=[],
        amount={
            "unit": "vehicles",
            "confirms": [1.5e6, 2.2e6],
            "contradicts": [[None, 1e6], [3e6, None]],
            "slack": 0,
        },
    )


@pytest.mark.parametrize(
    "text",
    [
        # the low end is outside the confirms range: the upper figure alone used to confirm
        "Acme expects to hand over 1.2 million to 2 million vehicles this year.",
        "Acme said it would ship between 1.2 million and 2 million cars.",
        "Acme guided to 1.2mn-2mn vehicles for the year.",
        "艾克美预计今年交付120万辆至200万辆。",
        "艾克美預計今年交付120萬輛到200萬輛。",
        # straddling confirms and contradicts: the upper figure alone used to contradict
        "Acme expects to hand over 2 million to 3.2 million vehicles this year.",
        "Acme said it would ship between 2 million and 3.2 million cars.",
    ],
)
def test_a_range_with_a_scale_after_each_figure_is_judged_whole(text: str) -> None:
    assert stance_of(_deliveries(), text) == Stance.MENTIONS


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # inside the confirms range, or past the contradicts end, whole
        ("Acme expects to hand over 1.6 million to 2.1 million vehicles this year.", "confirms"),
        ("Acme now sees 1.6 million vehicles to 2.1 million vehicles this year.", "confirms"),
        ("艾克美预计今年交付160万辆至210万辆。", "confirms"),
        ("Acme said it would ship 0.5 million to 0.8 million cars.", "contradicts"),
        ("艾克美预计今年交付200万辆至320万辆。", "mentions"),
        # the written-once forms, already read as ranges
        ("Acme expects to hand over 1.6-2.1 million vehicles this year.", "confirms"),
        ("艾克美预计今年交付160万至210万辆。", "confirms"),
        # a change, not a range: the new figure decides
        (
            "Acme lifted its target from 1.6 million vehicles to 3.2 million vehicles.",
            "contradicts",
        ),
        ("艾克美将目标由160万辆上调至320万辆。", "contradicts"),
        # one figure
        ("Acme delivered 3.2 million vehicles.", "contradicts"),
        ("Acme delivered 1.8 million vehicles.", "confirms"),
    ],
)
def test_near_misses_keep_their_reading(text: str, stance: str) -> None:
    assert stance_of(_deliveries(), text) == Stance(stance)


def test_two_figures_of_different_scales_are_no_range() -> None:
    found = find_measures(normalise("revenue of 2 billion and 3 million cars"))
    assert [(q.low, q.high, q.unit) for q in found] == [(3e6, 3e6, "units")]


def test_money_ranges_with_a_scale_after_each_figure_stay_ranges() -> None:
    rule = rule_under_test(
        id="acme-raise",
        subject={"acme": ["Acme", "艾克美"]},
        confirms=[],
        amount={"near": ["raise", "融资"], "confirms": [2e9, 3.5e9], "contradicts": [[4e9, None]]},
    )
    assert stance_of(rule, "Acme plans to raise $2.5 billion to $3 billion.") == Stance.CONFIRMS
    assert stance_of(rule, "艾克美计划融资25亿至30亿美元。") == Stance.CONFIRMS
    assert stance_of(rule, "Acme plans to raise $3 billion to $5 billion.") == Stance.MENTIONS


# --- a goal pointed back to ("这一目标", "that target") tells its own time ---------------------


def _listing_by_2027() -> ClaimRule:
    """Acme lists by the end of 2027: on track confirms, a delay contradicts."""
    return rule_under_test(
        id="acme-listing-2027",
        subject={"acme": ["Acme", "艾克美"], "ipo": ["IPO", "listing", "上市"]},
        window=1,
        confirms=["<on-track>", "on track", "按计划"],
        contradicts=["<delay>", "推迟", "delayed"],
        when={"confirms": ["2027-01-01", "2027-12-31"], "by": True, "near": ["IPO", "上市"]},
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("艾克美去年提出2027年底前实现上市的目标。这一目标眼下仍按计划推进。", "confirms"),
        ("艾克美去年提出2027年底前实现上市的目標。該目標目前仍按計劃推進。", "confirms"),
        ("艾克美去年提出2027年底前实现上市的目标。该目标如今已推迟。", "contradicts"),
        (
            "Acme first set out an IPO by the end of 2027 in February. That goal is now delayed.",
            "contradicts",
        ),
        (
            "Acme first set out an IPO by the end of 2027 in February. "
            "This target remains on track.",
            "confirms",
        ),
    ],
)
def test_a_goal_pointed_back_to_keeps_its_own_time(text: str, stance: str) -> None:
    assert stance_of(_listing_by_2027(), text) == Stance(stance)


@pytest.mark.parametrize(
    "text",
    [
        # no time word of its own: the sentence goes on about last year's goal
        "艾克美去年提出2027年底前实现上市的目标。这一目标按计划推进。",
        # no pointing noun: "that" as a conjunction names no goal
        "Acme first set out an IPO by the end of 2027 in February. "
        "Analysts said that the plan was on track.",
        # "that" as a pronoun: "That is their target" points back to no goal
        "Acme first set out an IPO by the end of 2027 in February. "
        "That is their target, and it is on track.",
    ],
)
def test_a_recap_goes_on_without_a_time_of_its_own(text: str) -> None:
    assert stance_of(_listing_by_2027(), text) == Stance.MENTIONS


# --- board slates counted per person ----------------------------------------------------------


def _two_seats() -> ClaimRule:
    """Globex wins two seats on Acme's board: the seat count alone decides."""
    return rule_under_test(
        id="globex-two-seats",
        subject={"globex": ["Globex", "格洛贝"], "acme": ["Acme", "艾克美"]},
        window=1,
        confirms=[],
        amount={
            "unit": "seats",
            "slack": 0,
            "confirms": [2, 2],
            "contradicts": [[0, 1], [3, None]],
        },
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Acme investors elected two of Globex's four candidates on Friday.",
            "confirms",
        ),
        ("At Acme's vote, two of the Globex nominees were elected to the board.", "confirms"),
        ("Both Globex nominees were elected to the Acme board on Thursday.", "confirms"),
        ("Acme holders elected both of Globex's director nominees.", "confirms"),
        ("Only one of Globex's three nominees won a seat on the Acme board.", "contradicts"),
        ("Neither of Globex's nominees was elected at Acme.", "contradicts"),
        ("At Acme, Globex's pick Doe won a seat, but Roe did not.", "contradicts"),
        ("Globex's Doe won a seat on the Acme board, while Roe fell short.", "contradicts"),
        ("艾克美股东大会上，格洛贝提名的四名候选人中有两人当选。", "confirms"),
        ("艾克美股东大会上，格洛贝提名的两位董事候选人全部当选。", "confirms"),
        ("艾克美股東大會上，格洛貝提名的三名候選人中僅一人當選。", "contradicts"),
        ("艾克美股东大会上，格洛贝的张三当选，但李四落选。", "contradicts"),
        ("艾克美股东大会上，格洛贝的董事候选人无人当选。", "contradicts"),
    ],
)
def test_seats_won_per_person_of_a_slate(text: str, stance: str) -> None:
    assert stance_of(_two_seats(), text) == Stance(stance)


@pytest.mark.parametrize(
    "text",
    [
        # the slate put up, or a call to vote for it, is no result
        "Globex put forward two candidates for the Acme board.",
        "A proxy adviser urged Acme holders to vote for both Globex nominees.",
        "格洛贝提名两名候选人角逐艾克美董事席位。",
        # elected with no count
        "Globex's candidates were elected to the Acme board.",
    ],
)
def test_a_slate_put_up_is_no_seat_count(text: str) -> None:
    assert stance_of(_two_seats(), text) == Stance.MENTIONS
