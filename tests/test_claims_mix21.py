"""Round twenty-one (mix21): a fraction of a scale word read as the whole ("three quarters of a
billion dollars" as a billion, 半亿 unread); a figure an estimate verb ties to its noun from
farther than `near` reaches ("the charge has been modelled by management at ..."); an indirect
question in a headline (什么时候取消，要看监管) read as a statement; a recap of an earlier month's
forecast (1月已预告，将计提……) read as news; and an act of "several" unnamed others (其中有多家获批)
given to the company named a sentence before."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.quantities import find_quantities
from watch.claims.text import normalise
from watch.models import Stance

_MARCH = dt.date(2026, 3, 10)
_CHARGE = rule_under_test(
    statement="Acme books a writedown of A$650 million to A$750 million",
    subject={
        "acme": ["Acme", "艾克美"],
        "charge": ["impairment", "writedown", "charge", "减值"],
    },
    confirms=["confirm", "确认"],
    contradicts=["raised to", "上调至"],
    amount={
        "currency": "AUD",
        "near": ["impairment", "writedown", "charge", "减值"],
        "confirms": ["650M", "750M"],
        "contradicts": [[None, "600M"], ["800M", None]],
    },
)
_OVERLAY = rule_under_test(
    statement="The regulator removes Acme Bank's capital overlay",
    subject={"acme": ["Acme Bank", "艾克美银行"], "overlay": ["overlay", "资本附加"]},
    confirms=["remove", "removed", "scrap", "取消", "撤销"],
    contradicts=["retain", "维持"],
)
_PERMIT = rule_under_test(
    statement="Acme wins a licence for its new plant",
    subject={"acme": ["Acme", "艾克美"], "permit": ["licence", "牌照", "许可"]},
    window=1,
    confirms=["secured", "won approval", "获批", "获得"],
    contradicts=["rejected", "驳回"],
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("roughly three quarters of a billion dollars", 750e6),
        ("half a billion dollars", 500e6),
        ("a quarter of a billion dollars", 250e6),
        ("two-thirds of a million dollars", 2e6 / 3),
        ("a half-billion dollars", 500e6),
        ("计提约半亿澳元", 50e6),
        ("半万亿美元", 500e9),
        # near misses: a whole scale stays whole
        ("a billion dollars", 1e9),
        ("three and a half billion dollars", 3.5e9),
        ("一亿澳元", 1e8),
    ],
)
def test_fraction_of_a_scale_word(text: str, value: float) -> None:
    (q,) = find_quantities(normalise(text))
    assert q.low == pytest.approx(value)


def test_no_figure_from_half_without_a_scale() -> None:
    assert find_quantities(normalise("上半年减值过半")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Acme's charge, which analysts understand has been modelled by management at close to "
        "A$700 million, will land in June.",
        "Acme's impairment is now being pencilled in by the board's auditors at about "
        "A$720 million.",
        "艾克美此次减值，公司董事会与管理层经多轮内部测算约为7亿澳元。",
    ],
)
def test_a_figure_an_estimate_verb_ties_to_its_noun(text: str) -> None:
    assert judged(_CHARGE, text, published=_MARCH).stance is Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        # another noun's figure: the land, not the charge
        "Acme's charge was modest; its land was valued by brokers at A$700 million.",
        "艾克美此次减值，公司董事会与管理层经多轮讨论，其土地估值经测算约为7亿澳元。",
    ],
)
def test_another_nouns_estimate_stays_unread(text: str) -> None:
    assert judged(_CHARGE, text, published=_MARCH).stance is Stance.MENTIONS


@pytest.mark.parametrize(
    "title",
    [
        "专访｜基金经理：艾克美银行资本附加“什么时候撤销，还得看监管态度”",
        "艾克美银行资本附加啥时候取消，分析师称要看监管",
        "Analyst: how soon the regulator will scrap Acme Bank's overlay is anyone's guess",
    ],
)
def test_an_indirect_question_in_a_headline(title: str) -> None:
    j = judged(_OVERLAY, "The bank reported results on Tuesday.", title=title)
    assert j.stance is Stance.MENTIONS


@pytest.mark.parametrize(
    "title",
    [
        # the interrogative asks about another clause: the removal is stated
        "艾克美银行资本附加已于本周撤销，至于什么时候恢复回购，管理层未透露",
        "Regulator removed Acme Bank's overlay; how soon buybacks resume is unclear",
    ],
)
def test_an_interrogative_in_another_clause_leaves_the_statement(title: str) -> None:
    j = judged(_OVERLAY, "The bank reported results on Tuesday.", title=title)
    assert j.stance is Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "一、乳业：艾克美（Acme）2月已预告，将计提7亿澳元减值，本周公司未有新表态。",
        "二、能源：艾克美（Acme）2月已经预警，将就美洲业务计提约7亿澳元减值。",
    ],
)
def test_an_earlier_months_forecast_is_a_recap(text: str) -> None:
    assert judged(_CHARGE, text, published=_MARCH).stance is Stance.MENTIONS


def test_this_months_forecast_is_news() -> None:
    text = "艾克美3月已预告，将计提7亿澳元减值。"
    assert judged(_CHARGE, text, published=_MARCH).stance is Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "本土企业与艾克美、贝塔等外资企业的竞争加剧。今年以来，外资企业中也有多家获得新厂牌照。",
        "本土企业与艾克美竞争。其中有不少外资企业已获批新厂许可。",
        "Local makers compete with Acme, Beta and Gamma. Several of them have also secured a "
        "licence for a new plant this year.",
        "Local makers compete with Acme and Beta. Some foreign rivals have already secured a "
        "licence for new plants.",
    ],
)
def test_an_act_of_several_unnamed_others(text: str) -> None:
    assert judged(_PERMIT, text, published=_MARCH).stance is Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        # the company itself, and sources that say so, are left alone
        "Local makers compete with Acme. Several analysts have confirmed Acme secured a licence.",
        "艾克美的申请进展顺利。据多家媒体报道，艾克美已获批新厂许可。",
        "Acme secured a licence for its new plant this year.",
        "Acme and some of its partners have secured a licence for the new plant.",
    ],
)
def test_the_companys_own_act_stays(text: str) -> None:
    assert judged(_PERMIT, text, published=_MARCH).stance is Stance.CONFIRMS
