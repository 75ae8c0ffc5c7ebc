"""Vocabulary and scope (vocab15), each judged by a rule of the test's own, with the near-misses
that keep their reading:

- `<retired>`: a thing's service ended ("leave the fleet", "final commercial service", 退出机队,
  告别机队, 除役); negated, it contradicts;
- `<on-track>` in spoken forms: "the timetable hasn't changed", "nothing has changed on timing",
  时间表没有变 (時間表沒有變), 计划不变, also after a 的 (迁址的时间表没有变: a clause, no noun);
- a claim about all of something is not confirmed by a counted part of it ("the other four",
  "four of its", 其中4架); a count that is the whole ("all four", 剩余4架) still confirms.
"""

from __future__ import annotations

import datetime as dt

import pytest
from claimkit import judged, rule_under_test

from watch.claims.rules import ClaimRule
from watch.models import Stance

_C, _X, _M = Stance.CONFIRMS, Stance.CONTRADICTS, Stance.MENTIONS
_JUNE = dt.date(2026, 6, 1)


_ALL_JUMBOS = "Gulf Air will retire all its remaining jumbos by end-2026"


def _fleet(statement: str = _ALL_JUMBOS) -> ClaimRule:
    """Gulf Air retires its jumbos by the end of 2026, on `<retired>` alone."""
    return rule_under_test(
        id="gulf-747",
        statement=statement,
        made="2026-02-01",
        deadline="2026-12-31",
        subject={"gulf": ["Gulf Air", "海湾航空"], "jet": ["jumbo", "jumbos", "波音747"]},
        confirms=["<retired>"],
        contradicts=["<delay>"],
        negation={"confirms": "flip"},
    )


def _move() -> ClaimRule:
    """Acme Bank moves its regional headquarters by the end of 2026, on `<on-track>` alone."""
    return rule_under_test(
        id="acme-hq",
        made="2026-03-01",
        deadline="2026-12-31",
        subject={"acme": ["Acme Bank", "艾克美银行"], "hq": ["headquarters", "总部"]},
        confirms=["<on-track>"],
        contradicts=["<delay>"],
        negation={"confirms": "flip"},
    )


@pytest.mark.parametrize(
    "text",
    [
        "Gulf Air said its jumbos will leave the fleet before the year is out.",
        "Gulf Air said the jumbo will have completed its final commercial service by December.",
        "Gulf Air has the jumbo out of the fleet this year, the carrier said.",
        "Gulf Air said the jumbos were withdrawn from service last week.",
        "海湾航空表示，波音747将在今年年内全部退出机队。",
        "海湾航空的波音747年内告别机队。",
        "海灣航空的波音747本月正式除役。",
    ],
)
def test_an_ending_in_fleet_words_confirms(text: str) -> None:
    assert judged(_fleet(), text, published=_JUNE).stance is _C


@pytest.mark.parametrize(
    "text",
    [
        "Gulf Air said it will not retire the jumbos this year.",
        "海湾航空表示，波音747今年不会退役。",
    ],
)
def test_an_ending_negated_contradicts(text: str) -> None:
    assert judged(_fleet(), text, published=_JUNE).stance is _X


@pytest.mark.parametrize(
    "text",
    [
        # a fleet named, nothing ended
        "Gulf Air said the jumbos remain the backbone of the fleet.",
        "海湾航空表示，波音747仍是机队主力。",
    ],
)
def test_the_fleet_named_without_an_ending_stays_a_mention(text: str) -> None:
    assert judged(_fleet(), text, published=_JUNE).stance is _M


@pytest.mark.parametrize(
    "text",
    [
        "Acme Bank said the headquarters timetable hasn't changed.",
        "Acme Bank said nothing has changed on timing for the headquarters move.",
        "Acme Bank said the headquarters timeline remains unchanged.",
        "Acme Bank said the timetable for headquarters hasn't changed.",
        "艾克美银行表示，总部迁址的时间表没有变。",
        "艾克美銀行表示，總部遷址的時間表沒有變。",
        "艾克美银行表示，总部迁址计划不变。",
        "艾克美银行表示，总部迁址进度没有变。",
    ],
)
def test_a_schedule_held_in_speech_confirms(text: str) -> None:
    assert judged(_move(), text, published=_JUNE).stance is _C


@pytest.mark.parametrize(
    "text",
    [
        # a plan named after 的, nothing said to hold
        "艾克美银行公布了总部迁址的时间表。",
        "Acme Bank published a timetable for the headquarters move.",
    ],
)
def test_a_timetable_named_stays_a_mention(text: str) -> None:
    assert judged(_move(), text, published=_JUNE).stance is _M


@pytest.mark.parametrize(
    "text",
    [
        "Gulf Air said the other four jumbos have already been withdrawn from service.",
        "Gulf Air said four of its jumbos were withdrawn from service last month.",
        "海湾航空表示，其中4架波音747已经退役。",
        "海湾航空表示，另外四架波音747已经退役。",
    ],
)
def test_a_part_does_not_confirm_all(text: str) -> None:
    assert judged(_fleet(), text, published=_JUNE).stance is _M


@pytest.mark.parametrize(
    "text",
    [
        "Gulf Air said all four remaining jumbos have been withdrawn from service.",
        "海湾航空表示，剩余4架波音747已经全部退役。",
    ],
)
def test_the_whole_counted_still_confirms(text: str) -> None:
    assert judged(_fleet(), text, published=_JUNE).stance is _C


def test_a_part_confirms_a_claim_that_is_not_about_all() -> None:
    rule = _fleet(statement="Gulf Air will start retiring its jumbos in 2026")
    text = "Gulf Air said four of its jumbos were withdrawn from service last month."
    assert judged(rule, text, published=_JUNE).stance is _C
