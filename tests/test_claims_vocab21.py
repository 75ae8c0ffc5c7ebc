"""The `<launch>` vocabulary: a product reaching buyers as trade and car reporting writes it, and
上市 of a product told from a company's listing.

- English: on sale in a market or from a date ("now on sale in Spain", "on sale from May 4"),
  in the showroom ("hits showrooms"), open to order ("orders opened", "available to order"),
  the first deliveries made ("deliveries of the X began");
- Chinese (simplified and traditional): a product's 上市 in a market (在欧洲市场上市), done this
  month or week (已于本月……上市), new in the shops (新品上市, 新车上市), on sale (上市销售);
  orders open (开放订购), deliveries begun (开始交付);
- fenced: a listing (上市 beside 港交所, A股, 纳斯达克, 资本市场, or with the company as its
  subject: 艾克美已于本月上市), "launched its IPO", a discount ("on sale for $499"), an old
  launch recalled (已于2024年……上市), and bare 上市 after a plan (艾克美计划第四季度上市), which
  `<launch>` does not list at all.
Each judged by a rule of the test's own: Acme launches its Nova handset.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.rules import ClaimRule
from watch.claims.vocab import words
from watch.models import Stance

PUBLISHED = dt.date(2026, 6, 1)


def _launch() -> ClaimRule:
    """Acme launches the Nova handset: the company and the product must both be named."""
    return rule_under_test(
        id="acme-nova-launch",
        subject={"acme": ["Acme", "艾克美"], "product": ["Nova", "诺瓦"]},
        window=1,
        confirms=["<launch>"],
        contradicts=["<delay>", "<cancellation>"],
        negation={"confirms": "flip"},
        pending=["<plan>", "will", "将"],
    )


def _company() -> ClaimRule:
    """Acme launches something: only the company is named, so 上市 may well be its listing."""
    return rule_under_test(
        id="acme-launch",
        subject={"acme": ["Acme", "艾克美"]},
        window=1,
        confirms=["<launch>"],
        negation={"confirms": "flip"},
    )


def _stance(rule: ClaimRule, text: str) -> Stance:
    return judged(rule, text, published=PUBLISHED).stance


@pytest.mark.parametrize(
    "text",
    [
        "The Acme Nova is now on sale in Spain and Portugal.",
        "Acme's Nova handset went on sale across Scandinavia on Thursday.",
        "The Nova is on sale from today in ten markets, Acme said in a statement.",
        "Acme's Nova hits showrooms in Milan this weekend.",
        "Orders opened on Monday for the Acme Nova, the dealer network said.",
        "The Acme Nova is available to order through the company's website.",
        "Acme said deliveries of the Nova began in the Netherlands last week.",
        # simplified and traditional
        "艾克美诺瓦手机已于本月在东南亚市场上市。",
        "艾克美诺瓦已于本周上市。",
        "艾克美諾瓦手機已於上週在歐洲市場上市，首批用戶包括多家電信商。",
        "艾克美诺瓦新品上市，线下门店同步发售。",
        "艾克美诺瓦正式上市销售，起售价2999元。",
        "艾克美諾瓦今日開放訂購。",
        "艾克美诺瓦开始交付首批用户。",
    ],
)
def test_a_product_reaching_buyers_confirms(text: str) -> None:
    assert _stance(_launch(), text) == Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        # planned: a mention
        "Acme said the Nova will go on sale in Spain next spring.",
        "艾克美表示，诺瓦将于明年在欧洲市场上市。",
        # 已于 with an earlier year recalls old news, as it does for every cue
        "艾克美诺瓦已于2024年在欧洲市场上市，此后销量平平。",
    ],
)
def test_a_plan_or_an_old_launch_is_a_mention(text: str) -> None:
    assert _stance(_launch(), text) == Stance.MENTIONS


@pytest.mark.parametrize(
    "text", ["艾克美诺瓦尚未在欧洲市场上市。", "The Acme Nova is not yet on sale in Spain."]
)
def test_not_yet_on_sale_contradicts(text: str) -> None:
    assert _stance(_launch(), text) == Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    [
        # a discount, not a product reaching buyers
        "The Acme Nova is on sale for $499 at big-box retailers this week.",
        # a listing: a listing word in the clause, in both languages
        "Acme launched its IPO on the Nasdaq, months after the Nova was shown.",
        "艾克美今日在港交所正式上市，诺瓦手机贡献主要营收。",
        "艾克美诺瓦的制造商已在A股市场上市。",
        "艾克美旗下诺瓦业务已在资本市场上市。",
        "艾克美已於本月在納斯達克市場上市，諾瓦為其主力產品。",
    ],
)
def test_a_discount_or_a_listing_is_no_launch(text: str) -> None:
    assert _stance(_launch(), text) == Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        # the company as the subject of 上市: a listing (the rule names no product to tell)
        "艾克美已于本月在美国市场上市。",
        "艾克美宣布，公司已于本月正式上市。",
        "艾克美已於上週上市。",
        # bare 上市 after a plan is no launch word at all
        "艾克美计划2026年第四季度上市。",
    ],
)
def test_the_company_listing_is_no_launch(text: str) -> None:
    assert _stance(_company(), text) == Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        # the phrase itself says a product is sold: no company lists "for sale"
        "艾克美新品上市，线下门店同步开卖。",
        "艾克美正式上市销售两款新机。",
        "Acme's latest handset is now on sale in Spain.",
    ],
)
def test_a_product_word_keeps_the_company_rule_s_launch(text: str) -> None:
    assert _stance(_company(), text) == Stance.CONFIRMS


def test_bare_shang_shi_stays_out_of_the_vocabulary() -> None:
    assert "上市" not in words("launch")
    assert "on sale" not in words("launch")
