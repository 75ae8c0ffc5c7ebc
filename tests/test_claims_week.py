""" "This week", 本周: a live blog or a weekly dates its news by the week of publication (nu-hk3
kind 5). Near a `when.near` word it is the event's date, as "this month" already is."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import shown
from watch.claims.engine import Matcher
from watch.claims.periods import PERIODS
from watch.claims.rules import ClaimRule
from watch.models import Document, Stance
from watch.validate import parse

RULE = parse(
    ClaimRule,
    {
        "id": "globex-plant",
        "statement": "Globex starts output at its Ohio plant by June",
        "made": "2026-01-01",
        "subject": {"company": ["Globex", "环球公司"], "plant": ["Ohio plant", "俄州工厂"]},
        "when": {"confirms": ["2026-01-01", "2026-06-30"], "near": ["mass production", "量产"]},
    },
)


def _stance(text: str, published: dt.date) -> Stance | None:
    verdicts = Matcher([RULE]).judge(Document(text, published))
    return shown(verdicts[0]) if verdicts else None


@pytest.mark.parametrize(
    "text",
    [
        "Globex said its Ohio plant entered mass production this week.",
        "Globex's Ohio plant began mass production last week, the company said.",
        "环球公司表示，俄州工厂本周正式量产。",
        "環球公司表示，俄州工廠上週正式量產。",
    ],
)
def test_this_week_is_the_week_of_publication(text: str) -> None:
    assert _stance(text, dt.date(2026, 9, 24)) is Stance.CONTRADICTS  # a quarter late
    assert _stance(text, dt.date(2026, 5, 20)) is Stance.CONFIRMS  # inside the window


def _week(text: str, published: dt.date) -> tuple[dt.date, dt.date] | None:
    for (trigger, pattern), resolve in PERIODS:
        if trigger.search(text) and (m := pattern.search(text)):
            return resolve(m, published)
    return None


def test_the_week_runs_monday_to_sunday() -> None:
    thursday = dt.date(2026, 9, 24)
    assert _week("this week", thursday) == (dt.date(2026, 9, 21), dt.date(2026, 9, 27))
    assert _week("next week", thursday) == (dt.date(2026, 9, 28), dt.date(2026, 10, 4))
    assert _week("上周", thursday) == (dt.date(2026, 9, 14), dt.date(2026, 9, 20))


@pytest.mark.parametrize(
    "text", ["a weekly report", "within a week", "本周一开会", "周末", "weekend"]
)
def test_a_week_word_that_is_no_relative_week_gives_no_date(text: str) -> None:
    assert _week(text, dt.date(2026, 9, 24)) is None
