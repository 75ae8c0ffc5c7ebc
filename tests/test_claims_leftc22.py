"""Claim engine: two readings the round-twenty blind users found.

- an outlet's report dated by a weekday before the day of publication ("Reuters reported on
  Tuesday that ..." in a Thursday story, "a Bloomberg report last Friday", 路透社周二引述……报道,
  彭博週二報導) is the scoop recalled: a mention (`weekday_report.py`);
- what a party can do under the rules ("Under the agreement, the buyer can cancel ...", "either
  party may cancel", 根据协议，买方可以随时取消, 依照合約，任何一方有權取消) is a possibility,
  hedged as a modal (`entitled.py`).
Guards: the report on the day of publication ("reported on Thursday" on a Thursday, 路透周四报道),
a company's own telling on an earlier weekday ("Orbis said on Tuesday"), a bare "can" with no
frame of the rules, "can confirm", and an act told under the contract all confirm as before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.rules import ClaimRule
from watch.models import Stance

THURSDAY = dt.date(2026, 6, 11)


def _rule() -> ClaimRule:
    return rule_under_test(
        id="orbis-cancels-tanker-order",
        statement="Orbis Shipping cancelled its order for four tankers at Kelmar yard",
        subject={
            "orbis": ["Orbis", "奥比斯", "奧比斯"],
            "kelmar": ["Kelmar", "凯尔马", "凱爾馬"],
        },
        confirms=["cancel", "cancelled", "取消"],
        made="2026-05-01",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Wall Street Journal reported on Monday, citing people briefed on it, that Orbis"
        " had cancelled its tanker order at Kelmar.",
        "Bloomberg News first reported last Friday that Orbis cancelled the Kelmar order.",
        "In a Reuters report on Tuesday, Orbis was said to have cancelled the Kelmar order.",
        "路透社周二引述两名知情人士报道，奥比斯已取消在凯尔马船厂的油轮订单。",
        "彭博週一報導，奧比斯已取消凱爾馬船廠的訂單。",
        "据日经新闻上周五报道，奥比斯取消了凯尔马的订单。",
    ],
)
def test_a_report_dated_by_an_earlier_weekday_is_a_recap(text: str) -> None:
    verdict = judged(_rule(), text, published=THURSDAY)
    assert verdict.stance is Stance.MENTIONS, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Reuters reported on Thursday that Orbis had cancelled its Kelmar tanker order.",
        "路透周四报道，奥比斯已取消凯尔马船厂的订单。",
        "Orbis said on Tuesday it had cancelled the Kelmar tanker order.",
        "奥比斯周二宣布取消凯尔马船厂的油轮订单。",
    ],
)
def test_a_report_of_the_day_and_an_own_telling_still_confirm(text: str) -> None:
    assert judged(_rule(), text, published=THURSDAY).stance is Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "Under the shipbuilding agreement, Orbis can cancel the Kelmar order at any time.",
        "Either party may cancel the Kelmar contract, and Orbis is entitled to cancel it if the"
        " yard is late.",
        "根据造船协议条款，奥比斯可以随时取消在凯尔马的订单。",
        "依照合約，奧比斯有權取消凱爾馬船廠的訂單。",
    ],
)
def test_a_right_under_the_rules_is_a_possibility(text: str) -> None:
    verdict = judged(_rule(), text, published=THURSDAY)
    assert verdict.stance is Stance.MENTIONS, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Orbis can confirm it has cancelled the Kelmar tanker order.",
        "Under the agreement, Orbis cancelled the Kelmar order on Wednesday.",
        "奥比斯已于周三取消凯尔马船厂的订单。",
    ],
)
def test_no_frame_of_the_rules_or_a_telling_still_confirms(text: str) -> None:
    assert judged(_rule(), text, published=THURSDAY).stance is Stance.CONFIRMS
