"""Claim engine (leftd22): a claim's own deadline, checked in the reporting cycle after it.

- an act bounded by the claim's deadline ("had all returned to service by the end of June",
  "were back by end-June", "before June 30", 已于6月底前全部恢复运营, 已於六月底前全部恢復運營)
  in a piece published after the deadline and within about a quarter of
  it tells whether the deadline was met: news, no longer a recap of an old month;
- near misses that must not change: the same words in a piece much later than the deadline
  (a retelling), a past month that is not the claim's deadline ("in April"), and a month with
  no bound ("returned to service in June", 6月恢复运营) stay background.
Each judged by a rule of the test's own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import rule_under_test, stance_of
from watch.claims.rules import ClaimRule
from watch.models import Stance


def _return() -> ClaimRule:
    """Acme has its idle ferries back in service by the end of June."""
    return rule_under_test(
        id="acme-ferries-back",
        statement="Acme will have its three idle ferries back in service by the end of June 2026.",
        made="2026-02-01",
        deadline="2026-06-30",
        subject={"acme": ["Acme", "艾克美"], "ferries": ["ferries", "ferry", "渡轮", "渡輪"]},
        confirms=["returned to service", "back in service", "恢复运营", "恢復運營"],
    )


AUG = dt.date(2026, 8, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Acme said all three idle ferries had returned to service by the end of June.",
        "Acme said its three idle ferries were back in service by end-June.",
        "Acme told investors the ferries had all returned to service before June 30.",
        "艾克美在半年报中表示，三艘停运渡轮已于6月底前全部恢复运营。",
        "艾克美表示，三艘停運渡輪已於六月底前全部恢復運營。",
    ],
)
def test_deadline_checked_after_it_is_news(text: str) -> None:
    assert stance_of(_return(), text, AUG) is Stance.CONFIRMS


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # long after the deadline: a retelling
        (
            "Acme said all three idle ferries had returned to service by the end of June.",
            dt.date(2026, 11, 5),
        ),
        ("艾克美表示，三艘停运渡轮已于6月底前全部恢复运营。", dt.date(2026, 11, 5)),
        # a past month that is not the deadline
        ("In April, Acme's three idle ferries returned to service, it said.", AUG),
        # a month with no bound, long past
        ("Acme's idle ferries returned to service in June.", dt.date(2026, 10, 20)),
        ("艾克美的渡轮今年6月恢复运营。", dt.date(2026, 10, 20)),
    ],
)
def test_near_misses_stay_background(text: str, published: dt.date) -> None:
    assert stance_of(_return(), text, published) is not Stance.CONFIRMS
