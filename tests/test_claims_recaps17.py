"""Claim engine: dates and recaps that belong to something else than the news (recaps17).

- a date inside a 的 clause names the thing changed, not the change: 将今年3月签约的订单由八艘减为
  六艘, "cut the order it signed in March to six ships" are news (the old figure after 由 stays
  the date's);
- the date of an earlier estimate (年初预估, 1月初曾预计, "estimated in January") is the estimate's;
- a results period (三季度扭亏, 上半年转盈) times the results, not the claim's event;
- a delay that has lasted years (延宕多年, 多年来一再推迟, "delayed for years") is background;
- a deferral after its noun takes it as object (禁令解除恐递延), and a cue inside an "until" or
  "before" clause (在禁令撤销前, "until the ban is lifted") is a bound, not the event.
Each judged by a rule of the test's own; the near misses keep their old verdicts.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import rule_under_test, stance_of
from watch.claims.rules import ClaimRule
from watch.models import Stance


def _fleet() -> ClaimRule:
    """Acme orders eight tankers: a count of eight confirms, fewer than seven contradicts."""
    return rule_under_test(
        id="acme-tankers",
        subject={"acme": ["Acme", "艾克美"]},
        window=1,
        confirms=["ordered"],
        contradicts=["<cancellation>", "减为", "減為", "cut"],
        amount={"unit": "ships", "confirms": [8, 8], "contradicts": [[None, 7]]},
    )


@pytest.mark.parametrize(
    "text",
    [
        "艾克美将去年11月签下的油轮订单由八艘减为六艘。",
        "艾克美將去年11月簽下的油輪訂單由八艘減為六艘。",
        "艾克美将2月签订的订单减为五艘。",
        "艾克美把2月签订的合同取消。",
        "Acme cut the tanker order it placed in February to five ships.",
        "Acme cancelled the tanker contract it signed in February.",
    ],
)
def test_a_change_to_a_dated_thing_is_news(text: str) -> None:
    assert stance_of(_fleet(), text) is Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    [
        "艾克美今年2月订造五艘油轮。",  # the date is the order's own
        "艾克美2月签订的五艘油轮订单。",  # the noun alone: a mention
        "Acme ordered five tankers in February.",
    ],
)
def test_a_dated_act_stays_a_recap(text: str) -> None:
    assert stance_of(_fleet(), text) is Stance.MENTIONS


def _lifting() -> ClaimRule:
    """Acme's export ban is lifted in the first half of 2026."""
    return rule_under_test(
        id="acme-ban",
        made="2026-01-05",
        subject={"acme": ["Acme", "艾克美"]},
        window=1,
        confirms=["解除禁令", "禁令解除", "禁令撤销", "ban is lifted", "lifted the ban"],
        contradicts=["<delay>", "递延"],
        when={"confirms": ["2026-01-05", "2026-06-30"], "near": ["解除", "撤销", "lift", "lifted"]},
    )


APRIL = dt.date(2026, 4, 9)


@pytest.mark.parametrize(
    "text",
    [
        "艾克美年初预估可解除，但审查进度慢于预期。",
        "艾克美年初預估可解除，但審查進度慢於預期。",
        "艾克美1月初曾预计可撤销，如今进度缓慢。",
        "Acme estimated in January that it could lift it, but the review is slow.",
    ],
)
def test_an_estimate_s_date_times_no_event(text: str) -> None:
    assert stance_of(_lifting(), text, APRIL) is Stance.MENTIONS


def _startup() -> ClaimRule:
    """Acme's plant starts production in 2026."""
    return rule_under_test(
        id="acme-plant",
        made="2026-01-05",
        subject={"acme": ["Acme", "艾克美"]},
        window=1,
        confirms=["投产"],
        contradicts=["<delay>"],
        when={"confirms": ["2026-01-05", "2026-12-31"], "near": ["投产", "start production"]},
    )


OCTOBER = dt.date(2026, 10, 30)


@pytest.mark.parametrize(
    "text",
    [
        "艾克美三季度扭亏 新厂年产能约1万吨 投产推迟至明年",
        "艾克美三季度扭虧 新廠投產推遲至明年",
        "艾克美上半年由盈转亏 新厂投产推迟至明年",
    ],
)
def test_a_results_period_times_no_event(text: str) -> None:
    assert stance_of(_startup(), text, OCTOBER) is Stance.CONTRADICTS


def test_a_quarter_for_the_event_still_counts() -> None:
    assert stance_of(_startup(), "艾克美新厂三季度投产。", OCTOBER) is Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "艾克美的禁令因审查争议延宕多年，美方近日表示正在审查。",
        "艾克美的禁令因審查爭議延宕多年，美方近日表示正在審查。",
        "艾克美的禁令多年来一再推迟解除，美方近日表示正在审查。",
        "Acme's ban, delayed for years by disputes, is now under review.",
        "Acme's ban, which has been delayed for more than a decade, is now under review.",
    ],
)
def test_a_delay_of_years_is_background(text: str) -> None:
    assert stance_of(_lifting(), text, APRIL) is Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "艾克美禁令解除再度推迟。",
        "艾克美禁令解除推迟两年。",  # a counted span is a fresh delay
    ],
)
def test_a_fresh_delay_still_contradicts(text: str) -> None:
    assert stance_of(_lifting(), text, APRIL) is Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    [
        "艾克美禁令解除恐递延。",
        "艾克美禁令解除恐遞延。",
    ],
)
def test_a_deferral_after_its_noun_takes_it(text: str) -> None:
    assert stance_of(_lifting(), text, APRIL) is Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    [
        "在禁令撤销前，艾克美的货将由越南厂供应。",
        "在禁令撤銷前，艾克美的貨將由越南廠供應。",
        "直到禁令解除，艾克美都将由越南供货。",
        "Until the ban is lifted, Acme will ship its goods from Vietnam.",
        "Acme will ship from Vietnam until the ban is lifted.",
    ],
)
def test_a_cue_in_an_until_clause_is_a_bound(text: str) -> None:
    assert stance_of(_lifting(), text, APRIL) is Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "艾克美禁令撤销。",
        "Acme said US officials lifted the ban on Monday.",
    ],
)
def test_a_plain_lifting_still_confirms(text: str) -> None:
    assert stance_of(_lifting(), text, APRIL) is Stance.CONFIRMS
