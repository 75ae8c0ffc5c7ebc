"""Generic wording rule writers added to their first-try rules, now in the built-in vocabularies:
a thing restarted (`<resumed>`), a price raised (`<rise>`), a permit approved (`<approved>`), a
target missed (`<shortfall>`), and new siblings of `<delay>` ("moved ... back", "took longer"),
`<on-track>` ("on course", "within reach"), `<cancellation>` ("no longer expects to", "in
doubt"), `<undercount>` ("revised ... up", 上修) and `<stalled>` ("still idle"). Inline rules,
English and Chinese; each sentence is written here, none copied from a stress article, with the
near misses the fences keep out."""

from __future__ import annotations

import pytest

from tests.claimkit import rule_under_test, stance_of
from watch.claims.rules import ClaimRule
from watch.models import Stance

C, X = Stance.CONFIRMS, Stance.CONTRADICTS


def _rule(confirms: list[str], contradicts: list[str]) -> ClaimRule:
    return rule_under_test(
        subject={"company": ["Zenith Mining", "天顶矿业"]},
        confirms=confirms,
        contradicts=contradicts,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Zenith Mining resumed output at the flooded pit on Monday.",
        "Zenith Mining said the smelter reopened after a six-week outage.",
        "Zenith Mining restarted shipments to its Asian buyers.",
        "天顶矿业矿山已于本周复产。",
        "天顶矿业宣布恢复对华出口。",
        "天頂礦業宣布礦區重新開放。",  # traditional script
    ],
)
def test_a_restart_confirms_through_resumed(text: str) -> None:
    assert stance_of(_rule(["<resumed>"], ["<delay>"]), text) is C


@pytest.mark.parametrize(
    "text",
    [
        "Zenith Mining said the steps would restore confidence among investors.",
        "天顶矿业表示，市场信心逐步恢复。",
    ],
)
def test_confidence_restored_is_no_restart(text: str) -> None:
    assert stance_of(_rule(["<resumed>"], ["<delay>"]), text) is not C


@pytest.mark.parametrize(
    "text",
    [
        "Zenith Mining will raise its haulage fees by 6% from July.",
        "Zenith Mining announced a hike in port charges.",
        "Zenith Mining said tolls on its private road will go up next month.",
        "天顶矿业将上调运输费用。",
        "天顶矿业宣布涨价，自七月起生效。",
        "天頂礦業宣布調漲運費。",  # Taiwan: 调涨
    ],
)
def test_a_price_raised_contradicts_a_freeze_through_rise(text: str) -> None:
    assert stance_of(_rule(["<continued>"], ["<rise>"]), text) is X


@pytest.mark.parametrize(
    "text",
    [
        "Zenith Mining staff spent the weekend hiking trails near the pit.",
        "Zenith Mining will raise capital from new investors.",
        "天顶矿业股价上涨三成。",
    ],
)
def test_capital_raised_or_a_share_price_up_is_no_rise(text: str) -> None:
    assert stance_of(_rule(["<continued>"], ["<rise>"]), text) is not X


@pytest.mark.parametrize(
    "text",
    [
        "Zenith Mining was granted the authorisation it sought.",
        "Zenith Mining received its export licence on Friday.",
        "The ministry approved Zenith Mining's expansion plan.",
        "天顶矿业扩建项目获批。",
        "天顶矿业获发采矿牌照。",
        "天頂礦業擴建案獲主管機關核准。",  # Taiwan: 核准
    ],
)
def test_a_permit_given_confirms_through_approved(text: str) -> None:
    assert stance_of(_rule(["<approved>"], ["<cancellation>"]), text) is C


@pytest.mark.parametrize(
    "text",
    [
        "Zenith Mining's expansion plan has yet to be approved by the ministry.",
        "天顶矿业扩建项目尚待批准。",
        "天顶矿业扩建项目须经批准后方可动工。",
    ],
)
def test_an_approval_still_needed_is_none_given(text: str) -> None:
    assert stance_of(_rule(["<approved>"], ["<cancellation>"]), text) is not C


@pytest.mark.parametrize(
    "text",
    [
        "Zenith Mining fell short of its output goal for the year.",
        "Zenith Mining missed its production target by a wide margin.",
        "Zenith Mining's output ended the year well short of its goal.",
        "天顶矿业全年产量未达目标。",
        "天顶矿业未能达到年度产量目标。",
    ],
)
def test_a_target_missed_contradicts_through_shortfall(text: str) -> None:
    assert stance_of(_rule(["<on-track>"], ["<shortfall>"]), text) is X


@pytest.mark.parametrize(
    "text",
    [
        "Zenith Mining's quarter was nothing short of remarkable.",
        "Zenith Mining stopped short of naming a buyer.",
        "Zenith Mining's smelters are short of power this winter.",
        "天顶矿业与买方未达成协议。",
    ],
)
def test_nothing_short_of_and_no_agreement_reached_are_no_shortfall(text: str) -> None:
    assert stance_of(_rule(["<on-track>"], ["<shortfall>"]), text) is not X


@pytest.mark.parametrize(
    "text",
    [
        "Zenith Mining moved the restart date back to October.",
        "Zenith Mining said repairs took longer than planned.",
        "Zenith Mining is now past its own deadline for the restart.",
        "天顶矿业复产时间拖至年底。",
        "天顶矿业复产较原定迟了两个月。",
        "天頂礦業復產時程遞延至明年。",  # Taiwan: 递延
    ],
)
def test_new_delay_wording(text: str) -> None:
    assert stance_of(_rule(["<on-track>"], ["<delay>"]), text) is X


@pytest.mark.parametrize(
    "text",
    [
        "Zenith Mining met all of its past deadlines, the chief said.",
        "天顶矿业表示，利润下滑主因是部分收入递延。",  # revenue deferred in the accounts
        "天頂礦業的遞延所得稅資產增加。",
    ],
)
def test_past_deadlines_and_deferred_revenue_are_no_delay(text: str) -> None:
    assert stance_of(_rule(["<on-track>"], ["<delay>"]), text) is not X


@pytest.mark.parametrize(
    "text",
    [
        "Zenith Mining said the restart remains on course for June.",
        "Zenith Mining said its output goal is within reach.",
        "天顶矿业表示复产照常推进。",
        "天顶矿业表示全年目标不变。",
    ],
)
def test_new_on_track_wording(text: str) -> None:
    assert stance_of(_rule(["<on-track>"], ["<delay>"]), text) is C


@pytest.mark.parametrize(
    "text",
    [
        "Zenith Mining no longer expects to reopen the pit this year.",
        "Zenith Mining's expansion is now in doubt.",
        "天顶矿业年内复产计划落空。",
    ],
)
def test_new_cancellation_wording(text: str) -> None:
    assert stance_of(_rule(["<on-track>"], ["<cancellation>"]), text) is X


def test_never_in_doubt_is_no_cancellation() -> None:
    rule = _rule(["<on-track>"], ["<cancellation>"])
    assert stance_of(rule, "Zenith Mining said the restart was never in doubt.") is not X


@pytest.mark.parametrize(
    "text",
    [
        "Zenith Mining revised the breach tally up sharply.",
        "Zenith Mining said the breach had been underestimated.",
        "天顶矿业上修泄露影响人数。",
    ],
)
def test_new_undercount_wording(text: str) -> None:
    rule = rule_under_test(
        subject={"company": ["Zenith Mining", "天顶矿业"], "breach": ["breach", "泄露"]},
        confirms=[],
        contradicts=["<undercount>"],
    )
    assert stance_of(rule, text) is X


def test_a_share_undervalued_is_no_undercount() -> None:
    assert stance_of(_rule([], ["<undercount>"]), "分析师认为天顶矿业股价被低估。") is not X


@pytest.mark.parametrize(
    "text",
    [
        "Zenith Mining's smelter remains idle three months on.",
        "天顶矿业矿山仍未复产。",
    ],
)
def test_a_thing_still_idle_is_stalled(text: str) -> None:
    assert stance_of(_rule(["<resumed>"], ["<stalled>"]), text) is X
