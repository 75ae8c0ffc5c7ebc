"""Old news retold, and how far a dating cue reaches: a telling dated in the past reaches what it
told across its comma (今年1月曾在大会上提出，上半年要……; 两个多月前……说，……); a wish for the
claim's own date restates the plan ("said it wants a new agreement in place before ... the end of
March", 希望在3月底前达成); a date inside a 的 clause dates the noun, not the status said of it now
(今年1月签订的合同"没有任何变更"); a past date after a choice verb dates the choice ("placed its
first order in January with Imabari"); a column looks back on the month just ended."""

from __future__ import annotations

import datetime as dt

from claimkit import judged, rule_under_test

from watch.models import Stance

FEB_24 = dt.date(2026, 2, 24)
SEP_16 = dt.date(2026, 9, 16)
OCT_5 = dt.date(2026, 10, 5)


def _wage_deal():
    return rule_under_test(
        id="acme-wage-deal",
        made="2026-02-10",
        deadline="2026-03-31",
        subject={"acme": ["Acme", "艾克美"], "deal": ["agreement", "deal", "协议"]},
        when={"confirms": ["2026-02-10", "2026-03-31"], "near": ["agreement", "agree", "协议"]},
        confirms=["reach ... agreement", "达成"],
    )


def test_a_wish_for_the_claims_own_date_restates_the_plan() -> None:
    rule = _wage_deal()
    en = (
        "Acme's management said this month it wants a new agreement with the union in place "
        "before the old one expires at the end of March."
    )
    assert judged(rule, en, published=FEB_24).stance is Stance.MENTIONS
    hopes = "Acme said on Monday it hopes to sign a new agreement with the union by March."
    assert judged(rule, hopes, published=FEB_24).stance is Stance.MENTIONS
    zh = "艾克美管理层本月表示，希望在3月底旧协议到期前与工会签署新协议。"
    assert judged(rule, zh, published=FEB_24).stance is Stance.MENTIONS
    zh_aim = "艾克美周一表示，力争于3月底前与工会签署新协议。"
    assert judged(rule, zh_aim, published=FEB_24).stance is Stance.MENTIONS


def test_a_wish_in_another_clause_leaves_the_date_news() -> None:
    rule = _wage_deal()
    en = "The union wants higher pay, and Acme reached a new agreement with it on February 20."
    assert judged(rule, en, published=FEB_24).stance is Stance.CONFIRMS
    zh = "工会希望加薪。艾克美2月20日与工会达成新协议。"
    assert judged(rule, zh, published=FEB_24).stance is Stance.CONFIRMS


def _licence():
    return rule_under_test(
        id="acme-licence",
        made="2026-01-13",
        deadline="2026-06-30",
        subject={"acme": ["Acme", "艾克美"], "deal": ["licensing deal", "授权"]},
        amount={"near": ["upfront", "首付"], "confirms": [150_000_000, None], "currency": "USD"},
    )


def test_a_telling_dated_in_the_past_reaches_what_it_told_across_the_comma() -> None:
    rule = _licence()
    published = dt.date(2026, 3, 20)
    zh = "艾克美今年1月曾在大会上提出，上半年要拿下至少一笔首付款不低于1.5亿美元的授权交易。"
    assert judged(rule, zh, published=published).stance is Stance.MENTIONS
    months = (
        "两个多月前在旧金山，艾克美高管当着一众投资人的面说，"
        "上半年要谈成一单首付不低于1.5亿美元的授权。"
    )
    assert judged(rule, months, published=published).stance is Stance.MENTIONS
    en = (
        "Two months ago in San Francisco, Acme said its first licensing deal would bring an "
        "upfront payment of at least $150 million."
    )
    assert judged(rule, en, published=published).stance is Stance.MENTIONS


def test_a_telling_of_the_day_stays_news() -> None:
    rule = _licence()
    published = dt.date(2026, 3, 20)
    zh = "艾克美高管周二在发布会上说，公司已签署授权协议，首付款1.6亿美元。"
    assert judged(rule, zh, published=published).stance is Stance.CONFIRMS
    en = (
        "Acme said on Tuesday it had signed a licensing deal with an upfront payment of "
        "$160 million."
    )
    assert judged(rule, en, published=published).stance is Stance.CONFIRMS


def _order():
    return rule_under_test(
        id="acme-order",
        made="2026-01-20",
        deadline="2026-12-31",
        subject={"yard": ["Imabari", "今治造船"], "order": ["order", "contract", "合同", "订单"]},
        confirms=["没有任何变更", "照常推进", "unchanged"],
        contradicts=["取消", "cancelled"],
    )


def test_a_status_said_now_of_a_contract_signed_then_is_news() -> None:
    rule = _order()
    zh = '今治造船称，双方今年1月签订的合同"没有任何变更"。'
    assert judged(rule, zh, published=SEP_16).stance is Stance.CONFIRMS
    cancelled = "今治造船表示，双方今年1月签订的合同已被取消。"
    assert judged(rule, cancelled, published=SEP_16).stance is Stance.CONTRADICTS


def test_a_date_that_dates_the_cue_itself_stays_background() -> None:
    rule = _order()
    zh = "今治造船今年1月曾取消一份合同。"
    assert judged(rule, zh, published=SEP_16).stance is Stance.MENTIONS
    en = "Imabari cancelled an earlier contract in January."
    assert judged(rule, en, published=SEP_16).stance is Stance.MENTIONS


def _choice():
    return rule_under_test(
        id="acme-yard",
        made="2026-01-05",
        deadline="2026-12-31",
        subject={"acme": ["Acme", "艾克美"], "yard": ["Imabari", "今治造船"]},
        rivals=["Hyundai", "现代重工"],
        choice={"verbs": ["placed", "选择"], "of": "yard"},
    )


def test_a_past_date_after_a_choice_verb_dates_the_choice() -> None:
    rule = _choice()
    en = "Acme placed its first big Japanese order in January with Imabari."
    assert judged(rule, en, published=SEP_16).stance is Stance.MENTIONS
    zh = "艾克美今年1月选择了今治造船。"
    assert judged(rule, zh, published=SEP_16).stance is Stance.MENTIONS


def test_a_choice_told_today_stays_news() -> None:
    rule = _choice()
    en = "Acme placed its first big Japanese order on Tuesday with Imabari."
    assert judged(rule, en, published=SEP_16).stance is Stance.CONFIRMS
    zh = "艾克美周二选择了今治造船。"
    assert judged(rule, zh, published=SEP_16).stance is Stance.CONFIRMS


def _subsidy():
    return rule_under_test(
        id="acme-subsidy",
        made="2026-03-10",
        deadline="2026-12-31",
        subject={"acme": ["Acme", "艾克美"], "money": ["补贴", "補助", "subsidy"]},
        contradicts=["缩水", "shrank"],
    )


_SHRANK = "艾克美拿到的補助，從3月宣布時的上限到9月最終核定，還縮水了一截。"


def test_a_column_looks_back_on_the_month_just_ended() -> None:
    rule = _subsidy()
    assert judged(rule, _SHRANK, title="專欄｜补贴能追上吗？", published=OCT_5).stance is (
        Stance.MENTIONS
    )
    simplified = "艾克美拿到的补贴，从3月宣布时的上限到9月最终核定，还缩水了一截。"
    assert judged(rule, simplified, title="专栏：补贴能追上吗", published=OCT_5).stance is (
        Stance.MENTIONS
    )


def test_a_news_piece_tells_the_month_just_ended_as_news() -> None:
    rule = _subsidy()
    assert judged(rule, _SHRANK, title="日本补贴最终核定", published=OCT_5).stance is (
        Stance.CONTRADICTS
    )
