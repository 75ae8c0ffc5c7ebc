"""Claim engine: a recalled act read as news.

- a past date inside an act's noun phrase ("last month's tariff increase", "the decision last
  month to fine it EUR 187.4m", "the March ruling") dates the act and what follows it; 上月的
  提价 already did;
- a percent after "<metric> jumps/rises" (a headline's present tense, 纯利大增) is the metric's;
- a Chinese month written with its digit (於5月完成, 到咗8月……調低咗) dates what follows it, in
  either script;
- a 其中 / "among them" item taken from a so-far-this-year tally (今年以来已有十余家……) is one
  of the events counted, a recap; "even if" / 即使 supposes an event, it does not report it.
Each judged by a rule of the test's own, with the near-misses that must keep their reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.rules import ClaimRule
from watch.models import Stance

MID_NOVEMBER = dt.date(2026, 11, 18)
AUGUST = dt.date(2026, 8, 20)


def _fine() -> ClaimRule:
    """The regulator fines Acme EUR 300m or more (an amount decides)."""
    return rule_under_test(
        id="acme-fine",
        subject={"acme": ["Acme", "艾克美"], "fine": ["fine", "罚款"]},
        window=1,
        confirms=[],
        amount={
            "currency": "EUR",
            "near": ["fine", "罚款"],
            "confirms": [[300_000_000, None]],
            "contradicts": [[None, 280_000_000]],
        },
    )


def _tariff() -> ClaimRule:
    """Acme raises its tariffs by 10% or more during 2026 (a cue, a percent, a date)."""
    return rule_under_test(
        id="acme-tariff",
        made="2026-02-01",
        subject={"acme": ["Acme", "艾克美"], "tariff": ["tariff", "资费", "資費"]},
        window=1,
        confirms=["increase", "hike", "上调", "提价"],
        amount={
            "unit": "percent",
            "near": ["tariff", "hike", "资费", "上调"],
            "confirms": [[10, None]],
            "contradicts": [[None, 9]],
        },
        when={"confirms": ["2026-02-01", "2026-12-31"], "near": ["increase", "hike", "上调"]},
    )


def _closing() -> ClaimRule:
    """Acme completes its purchase of Globex in the first half (a done event, dated)."""
    return rule_under_test(
        id="acme-globex",
        subject={"acme": ["Acme", "艾克美"], "globex": ["Globex", "格洛贝"]},
        window=1,
        confirms=["completed", "完成"],
        contradicts=["<delay>"],
        negation={"confirms": "flip"},
        when={"confirms": ["2026-01-01", "2026-06-30"], "near": ["completed", "完成"]},
    )


def _listing() -> ClaimRule:
    """Acme lists in Hong Kong in the second half (a listing, dated)."""
    return rule_under_test(
        id="acme-hk",
        subject={"acme": ["Acme", "艾克美"], "listing": ["Hong Kong", "港股", "上市"]},
        window=1,
        confirms=["listed", "上市"],
        when={"confirms": ["2026-07-01", "2026-12-31"], "near": ["listed", "上市"]},
    )


@pytest.mark.parametrize(
    "text",
    [
        "Acme has lodged an appeal against the Commission's decision last month to fine it "
        "€187.4m over rebates, the company said on Wednesday.",
        "Acme has appealed against last month's decision to fine it €187.4m over rebates.",
        "艾克美周三表示，已就欧盟委员会上月作出的罚款1.874亿欧元的决定提出上诉。",
    ],
)
def test_a_recalled_decision_sizes_no_news(text: str) -> None:
    assert judged(_fine(), text, published=MID_NOVEMBER).stance is Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "The Commission on Wednesday decided to fine Acme €187.4m over rebates.",
        "欧盟委员会周三决定对艾克美罚款1.874亿欧元。",
    ],
)
def test_a_fresh_decision_still_sizes_the_news(text: str) -> None:
    assert judged(_fine(), text, published=MID_NOVEMBER).stance is Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    [
        "The company said on Tuesday the full effect of last month's tariff increase would "
        "show in the next quarter.",
        "The company said on Tuesday the full effect of its July tariff increase would show "
        "in the next quarter.",
        "公司周二表示，上月的资费上调要到下一季度才会完全体现。",
    ],
)
def test_a_possessive_past_date_makes_the_act_a_recap(text: str) -> None:
    judged_ = judged(_tariff(), text, title="Acme results", published=AUGUST)
    assert judged_.stance is Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "Acme said on Tuesday it would go ahead with a tariff increase of 12% from September.",
        "Acme on Tuesday announced a tariff hike of 12%.",
        "艾克美周二宣布资费上调12%。",
    ],
)
def test_a_fresh_increase_still_confirms(text: str) -> None:
    assert judged(_tariff(), text, title="Acme", published=AUGUST).stance is Stance.CONFIRMS


@pytest.mark.parametrize(
    "title",
    [
        "Acme Q1 profit jumps 24%; tariff effect to show next quarter",
        "Acme profit rises 24% as tariff effect awaits",
        "艾克美季度纯利大增24% 资费效应下季体现",
    ],
)
def test_a_metric_verb_keeps_its_percent(title: str) -> None:
    assert judged(_tariff(), "", title=title, published=AUGUST).stance is Stance.MENTIONS


@pytest.mark.parametrize("title", ["Acme tariff hike of 24% takes effect", "艾克美资费上调24%"])
def test_the_claims_own_percent_still_confirms(title: str) -> None:
    assert judged(_tariff(), "", title=title, published=AUGUST).stance is Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "集團於5月完成收購格洛貝後，以權益法入賬，上半年分佔溢利約1.2億元。",
        "集团于5月完成收购格洛贝后，以权益法入账。",
        "艾克美于5月完成收购格洛贝。",
    ],
)
def test_an_earlier_month_with_its_digit_dates_a_recap(text: str) -> None:
    judged_ = judged(_closing(), text, title="艾克美中期纯利升一成", published=AUGUST)
    assert judged_.stance is Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "艾克美于8月18日完成收购格洛贝。",  # a day: this week's news, outside the window
        "艾克美于8月完成收购格洛贝。",  # the month of publication: news, outside the window
    ],
)
def test_a_dated_day_or_a_delay_keeps_its_reading(text: str) -> None:
    judged_ = judged(_closing(), text, title="艾克美", published=AUGUST)
    assert judged_.stance is Stance.CONTRADICTS


def test_a_cantonese_perfective_month_is_a_recap() -> None:
    rule = rule_under_test(
        id="acme-target",
        subject={"acme": ["艾克美"], "target": ["交付", "目標", "目标"]},
        window=1,
        confirms=[],
        contradicts=["調低", "下调"],
    )
    text = "艾克美年初喊出全年交付55萬輛嘅目標，當時市場已經覺得進取，到咗8月公司自己都調低咗。"
    assert judged(rule, text, title="艾克美", published=dt.date(2026, 11, 20)).stance is (
        Stance.MENTIONS
    )
    fresh = "艾克美周二將全年交付目標調低至40萬輛。"
    assert judged(rule, fresh, title="艾克美", published=dt.date(2026, 11, 20)).stance is (
        Stance.CONTRADICTS
    )


@pytest.mark.parametrize(
    "text",
    [
        "据统计，今年以来已有十余家消费品牌在港交所挂牌。\n\n"
        "其中，艾克美于11月18日以第二上市方式登陆港股，募资约77亿港元。",
        "据统计，今年以来已有十余家消费品牌在港交所挂牌。其中，艾克美于11月18日登陆港股上市。",
        "A dozen consumer brands have floated in Hong Kong so far this year. Among them, Acme "
        "listed in Hong Kong on November 18.",
    ],
)
def test_an_item_of_a_tally_is_a_recap(text: str) -> None:
    judged_ = judged(
        _listing(), text, title="Consumer brands flock", published=dt.date(2026, 11, 25)
    )
    assert judged_.stance is Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "港股本周迎来多家新股。其中，艾克美于11月18日以第二上市方式登陆港股。",
        "Several companies debuted in Hong Kong this week. Among them, Acme listed in Hong Kong "
        "on November 18.",
    ],
)
def test_an_item_of_this_weeks_news_stays_news(text: str) -> None:
    judged_ = judged(_listing(), text, title="New listings", published=dt.date(2026, 11, 20))
    assert judged_.stance is Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "就基本面而言，即使艾克美收购格洛贝延后，本业动能依旧强勁。",
        "Even if Acme's Globex purchase is delayed, its core business remains strong.",
    ],
)
def test_even_if_supposes_a_delay(text: str) -> None:
    assert judged(_closing(), text, title="Acme", published=AUGUST).stance is Stance.MENTIONS


@pytest.mark.parametrize("text", ["艾克美收购格洛贝延后。", "Acme's Globex purchase is delayed."])
def test_a_delay_told_stays_a_contradiction(text: str) -> None:
    assert judged(_closing(), text, title="Acme", published=AUGUST).stance is Stance.CONTRADICTS
