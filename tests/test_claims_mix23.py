"""Claim engine: a plan said as what it asks, a telling's own date, an event moved to a date.

- 按计划应在……完成, "according to plan, the sale should close by ...", "is supposed to close by
  ... on schedule": the schedule restated, not held to (a mention), while 按计划推进, "remains on
  track", "will close in May as planned" still confirm;
- "said last month that ...": the date is the telling's day, not the event's (上月表示 already
  was; kept as a guard);
- 交割改在11月, 上市推迟至明年: the event noun is timed by the date it is moved to, so a date
  outside the window contradicts, not a tie with the noun.
Each judged by a rule of the test's own, with the near-misses that keep their reading.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.claimkit import judged
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse

JULY = dt.date(2026, 7, 2)


def _sale() -> ClaimRule:
    """Acme completes its sale of the Beta unit by September 30, 2026."""
    data: dict[str, Any] = {
        "id": "acme-beta-sale",
        "statement": "Acme completes its sale of the Beta unit by September 30, 2026.",
        "made": "2026-01-10",
        "deadline": "2026-09-30",
        "subject": {"acme": ["Acme", "艾克美"], "deal": ["Beta", "贝塔", "sale", "出售", "交割"]},
        "window": 1,
        "when": {
            "confirms": ["2026-01-10", "2026-09-30"],
            "near": ["close", "complete", "completion", "完成", "交割"],
        },
        "confirms": ["<on-track>", "complete", "completion", "完成出售", "交割"],
        "contradicts": ["<delay>", "<cancellation>", "推迟"],
        "negation": {"confirms": "flip"},
    }
    return parse(ClaimRule, data)


def _exit() -> ClaimRule:
    """Jane Roe steps down as Acme's chief executive by June 30, 2026."""
    data: dict[str, Any] = {
        "id": "acme-ceo-exit",
        "statement": "Jane Roe steps down as Acme's chief executive by June 30, 2026.",
        "made": "2026-02-01",
        "deadline": "2026-06-30",
        "subject": {"roe": ["Jane Roe", "Roe", "罗简"], "role": ["chief executive", "CEO", "总裁"]},
        "window": 1,
        "when": {
            "confirms": ["2026-02-01", "2026-06-30"],
            "near": ["step down", "hand over", "卸任", "交棒"],
        },
        "confirms": ["step down", "hand over", "卸任", "交棒"],
        "contradicts": ["<denial>", "stay on", "留任"],
        "negation": {"confirms": "flip"},
    }
    return parse(ClaimRule, data)


# --- 1. what the plan asks, not the plan held to -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "艾克美出售贝塔业务的交易，按计划应在9月底之前完成，但监管机构至今没有表态。",
        "艾克美出售貝塔業務的交易，按原計劃應於9月底前完成，但監管機構至今沒有表態。",
        "Acme's sale of the Beta unit, according to plan, should close by the end of September, "
        "but the regulator has yet to speak.",
        "Acme's sale of the Beta unit is supposed to close on schedule, but the regulator has "
        "yet to speak.",
    ],
)
def test_what_the_plan_asks_is_a_mention(text: str) -> None:
    found = judged(_sale(), text, published=JULY)
    assert found.stance == Stance.MENTIONS
    assert any("only says what the schedule asks" in r for r in found.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "艾克美表示，出售贝塔业务的交易按计划推进，将于9月底之前完成。",
        "艾克美稱，出售貝塔業務的交易如期進行，9月底前可以完成。",
        "Acme said the sale of the Beta unit remains on track to close by the end of September.",
        "Acme said the sale of the Beta unit will close in September as planned.",
        "Acme said the sale of the Beta unit is on track and should close in September.",
    ],
)
def test_a_schedule_held_still_confirms(text: str) -> None:
    found = judged(_sale(), text, published=JULY)
    assert found.stance == Stance.CONFIRMS
    assert not any("only says what the schedule asks" in r for r in found.reasons)


# --- 2. the telling's own date ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Boards are busy this spring. Acme said last month that Jane Roe would hand over the "
        "chief executive post to John Doe in June, closing a decade at the top.",
        "Boards are busy this spring. Acme announced last month that its chief executive Jane Roe "
        "would hand over to John Doe in June.",
        "今年春天董事会很忙。艾克美上月表示，总裁罗简将在6月交棒，结束十年掌舵。",
        "今年春天董事會很忙。艾克美上月宣布，總裁羅簡將在6月交棒。",
    ],
)
def test_the_date_of_a_past_telling_is_not_the_event(text: str) -> None:
    found = judged(_exit(), text, published=dt.date(2026, 5, 18))
    assert found.stance == Stance.MENTIONS
    assert not any(r.startswith("confirms: date") for r in found.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Acme said on Tuesday that Jane Roe will step down as chief executive in June.",
        "艾克美周二表示，罗简将在6月卸任总裁。",
    ],
)
def test_a_telling_of_the_day_is_still_news(text: str) -> None:
    found = judged(_exit(), text, published=dt.date(2026, 5, 20))
    assert found.stance == Stance.CONFIRMS


# --- 3. an event noun moved to a date ---------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("艾克美季度盈利增长 贝塔交割改在11月", "艾克美周三公布季度业绩，利润增长8%。"),
        ("艾克美季度盈利增長 貝塔交割延至11月", "艾克美週三公布季度業績，利潤增長8%。"),
        ("Acme profit rises; Beta sale completion moved to November", "Acme reported results."),
        ("Acme results", "Acme said completion of the Beta sale has been moved to November."),
    ],
)
def test_an_event_moved_to_a_later_date_contradicts(title: str, text: str) -> None:
    found = judged(_sale(), text, title=title, published=dt.date(2026, 8, 7))
    assert found.stance == Stance.CONTRADICTS
    assert any("yields to its own date" in r for r in found.reasons)


@pytest.mark.parametrize(
    "title",
    ["艾克美贝塔交割提前 改在8月完成", "艾克美贝塔交割改在9月"],
)
def test_an_event_moved_inside_the_window_does_not_contradict(title: str) -> None:
    found = judged(_sale(), "艾克美周三公布季度业绩。", title=title, published=dt.date(2026, 7, 7))
    assert found.stance != Stance.CONTRADICTS
