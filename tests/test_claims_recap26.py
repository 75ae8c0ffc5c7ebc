"""Claim engine: recaps in relative and linking clauses, a recalled act's dates, and hedges.

- "follows/comes after X's <act> earlier this month" (继……本月稍早……之后): the act is the occasion,
  recalled; one dated on the news's day stays news;
- "which set out a plan in January to close 25 stores": the plan's past date dates its infinitive;
- a past month that is no news month dates its act as a recap (3月初发行了, in an April roundup),
  the date item itself included; "but it later" / 但公司其后 goes on with that recap;
- a day of the month without its month (24日宣布, 将于27日复工) resolves against publication, so an
  ending told on it after the window is done late, and the headline's ending with it;
- the company's expectation with a pointer as subject ("the bank now expects", 该行预计) is its
  own guidance (×0.8), not someone else's hedge; 预期 / "expectations" named as a yardstick
  (超出市场预期, "beat expectations") hedges nothing.
Each judged by a rule of the test's own, with the near-misses that must keep their reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import ALERT, judged, rule_under_test
from watch.claims.rules import ClaimRule
from watch.models import Stance

_C, _X, _M = Stance.CONFIRMS, Stance.CONTRADICTS, Stance.MENTIONS
OCT_20 = dt.date(2026, 10, 20)
APR_8 = dt.date(2026, 4, 8)
APR_25 = dt.date(2026, 4, 25)


def _downgrade() -> ClaimRule:
    """Beta Ratings cuts Acme to junk in 2026 (a cue)."""
    return rule_under_test(
        id="acme-junk",
        subject={"acme": ["Acme", "艾克美"], "beta": ["Beta Ratings", "贝塔评级"]},
        confirms=["downgrade", "下调评级"],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gamma cut Acme to Ba1 on Tuesday. The move follows Beta Ratings' downgrade of Acme "
            "to BB+ earlier this month.",
            _M,
        ),
        (
            "Gamma cut Acme to Ba1 on Tuesday. It comes after Beta Ratings' downgrade of Acme "
            "last week.",
            _M,
        ),
        ("伽马周二下调艾克美评级。此举是继贝塔评级本月稍早对艾克美下调评级之后的又一次调整。", _M),
        # near-misses: the act dated the news's day, or no "follows" at all
        ("The move follows Beta Ratings' downgrade of Acme to BB+ on Tuesday.", _C),
        ("Beta Ratings announced a downgrade of Acme to BB+ on Tuesday.", _C),
        ("贝塔评级周二对艾克美下调评级。", _C),
    ],
)
def test_follows_an_act_earlier_this_month_recalls_it(text: str, expected: Stance) -> None:
    assert judged(_downgrade(), text, published=OCT_20).stance is expected


def _closures() -> ClaimRule:
    """Acme closes at least 25 stores by June (a cue)."""
    return rule_under_test(
        id="acme-close",
        subject={"acme": ["Acme", "艾克美"], "stores": ["stores", "门店"]},
        confirms=["close at least 25 stores", "关闭至少25家门店"],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme, which set out a plan in January to close at least 25 stores by midsummer, has "
            "been quiet on its fleet since spring.",
            _M,
        ),
        ("Acme's pledge last month to close at least 25 stores drew little comment.", _M),
        # near-miss: the plan told now, undated
        ("Acme set out a plan to close at least 25 stores by midsummer.", _C),
    ],
)
def test_a_plan_dated_in_the_past_dates_its_infinitive(text: str, expected: Stance) -> None:
    assert judged(_closures(), text, published=APR_8).stance is expected


def _sukuk() -> ClaimRule:
    """Acme issues a sukuk in the first half of 2026."""
    return rule_under_test(
        id="acme-sukuk",
        subject={"acme": ["Acme", "艾克美"], "sukuk": ["sukuk", "苏库克", "债券"]},
        confirms=["issue", "发行"],
        when={"confirms": ["2026-01-01", "2026-06-30"], "near": ["issue", "发行"]},
    )


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # an April roundup: February's issue is a recap, its date item too
        ("海湾债市一季度回顾。迪拜的艾克美则在2月初发行了五年期债券,规模小于原先计划。", APR_8, _M),
        ("Gulf debt review. Dubai's Acme issued a five-year sukuk in February.", APR_8, _M),
        # near-miss: the same month written in a piece of that month is news
        ("迪拜的艾克美本周发行了五年期债券。", dt.date(2026, 2, 12), _C),
    ],
)
def test_a_past_month_dates_its_act_and_is_no_news_itself(
    text: str, published: dt.date, expected: Stance
) -> None:
    assert judged(_sukuk(), text, published=published).stance is expected


def _tariff() -> ClaimRule:
    """Acme raises its tariffs in 2026 (a cue, a denial contradicts)."""
    return rule_under_test(
        id="acme-tariff",
        subject={"acme": ["Acme", "艾克美"], "tariff": ["tariffs", "资费"]},
        confirms=["raise", "上调"],
        contradicts=["denied", "澄清"],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市场2月曾传出艾克美计划上调资费的消息，但公司其后向交易所澄清并无相关提案。", _M),
        (
            "Reports that Acme would raise tariffs surfaced in February, but the company later "
            "denied them to the exchange.",
            _M,
        ),
        # near-miss: the denial told as this week's news, with no recap before it
        ("艾克美本周向交易所澄清并无上调资费的提案。", _X),
    ],
)
def test_but_later_goes_on_with_the_recap(text: str, expected: Stance) -> None:
    assert judged(_tariff(), text, published=APR_8).stance is expected


def _strike() -> ClaimRule:
    """The strike at Acme's mine ends by 31 March 2026."""
    return rule_under_test(
        id="acme-strike",
        made="2026-02-09",
        subject={"acme": ["Acme", "艾克美"], "strike": ["strike", "罢工"]},
        confirms=["落幕", "复工", "return to work"],
        contradicts=["<delay>"],
        when={
            "confirms": ["2026-02-09", "2026-03-31"],
            "near": ["结束", "落幕", "复工", "end", "return to work"],
        },
    )


_STRIKE_ZH = "艾克美24日宣布,与工会签署三年期工资协议,持续近三个月的罢工宣告结束,工人将于27日复工。"


@pytest.mark.parametrize(
    ("title", "published", "expected"),
    [
        ("艾克美罢工终于落幕", APR_25, _X),  # 27 April: after the window
        ("艾克美罢工终于落幕", dt.date(2026, 3, 25), _C),  # 27 March: inside it
    ],
)
def test_a_bare_day_resolves_against_publication(
    title: str, published: dt.date, expected: Stance
) -> None:
    assert judged(_strike(), _STRIKE_ZH, title=title, published=published).stance is expected


def _buyback() -> ClaimRule:
    """Acme buys back at least $5bn of shares in 2026 (an amount)."""
    return rule_under_test(
        id="acme-buyback",
        subject={"acme": ["Acme", "艾克美"], "buyback": ["repurchase", "buyback", "回购"]},
        confirms=[],
        amount={
            "near": ["repurchase", "buyback", "回购"],
            "confirms": [[5_000_000_000, None]],
            "contradicts": [[None, 4_000_000_000]],
        },
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme reported results on Tuesday. Chief Financial Officer Jane Roe said the bank now "
            "expects to repurchase at least $5 billion of its shares this year.",
            _C,
        ),
        ("艾克美周二公布业绩。该公司预计今年回购至少50亿美元股份。", _C),
        # near-miss: someone else's expectation stays a hedge
        (
            "Acme reported results on Tuesday. Analysts said the bank now expects to repurchase "
            "at least $5 billion of its shares this year.",
            _M,
        ),
    ],
)
def test_the_company_pointed_to_gives_its_own_guidance(text: str, expected: Stance) -> None:
    verdict = judged(_buyback(), text, title="Acme to buy back shares", published=APR_8)
    assert verdict.stance is expected


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("艾克美的罢工比管理层此前的预期拖长了近一个月。", False),
        ("The strike at Acme, longer than expected, dragged on for another month.", False),
        # near-misses: an expectation of what is ahead still hedges
        ("管理层预期艾克美的罢工将拖长。", True),
        ("Acme expected the strike to have dragged on for another month.", True),
    ],
)
def test_an_expectation_named_as_a_yardstick_is_no_hedge(text: str, hedged: bool) -> None:
    rule = rule_under_test(
        id="acme-strike-drags",
        made="2026-02-09",
        subject={"acme": ["Acme", "艾克美"], "strike": ["strike", "罢工"]},
        confirms=["落幕"],
        contradicts=["拖长", "dragged on"],
    )
    verdict = judged(rule, text, published=APR_25)
    assert verdict.stance is (_M if hedged else _X)
    assert (verdict.confidence < ALERT) is hedged


def _issue() -> ClaimRule:
    """Acme issues at least $1bn of sukuk in the first half of 2026 (made 20 January)."""
    return rule_under_test(
        id="acme-sukuk-1bn",
        made="2026-01-20",
        subject={"acme": ["Acme", "艾克美"], "sukuk": ["sukuk", "债券"]},
        confirms=["on track", "进展顺利"],
        amount={
            "near": ["issue", "发行"],
            "confirms": [[1_000_000_000, None]],
            "contradicts": [[None, 900_000_000]],
        },
        when={"confirms": ["2026-01-01", "2026-06-30"], "near": ["issue", "发行"]},
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next day's report of the claim's own figure: news of its own cycle
        ("艾克美拟于今年上半年发行至少10亿美元债券。", _C),
        ("Acme plans to issue at least $1 billion of sukuk in the first half of this year.", _C),
        # near-misses: the schedule restated with a progress word and no figure stays the claim
        ("艾克美表示准备工作进展顺利，计划于今年上半年发行债券。", _M),
    ],
)
def test_the_claims_own_figure_in_its_own_days_confirms(text: str, expected: Stance) -> None:
    assert judged(_issue(), text, published=dt.date(2026, 1, 21)).stance is expected
