"""Round twenty-two (leftb22): 何时 (何時) and 甚么时候 (甚麼時候) ask only about their own
clause, as 什么时候 does, so "已撤销，至于何时恢复，未透露" still states the removal; and a
bare "$" or "dollars" the claim's company tells by name ("Acme said", "Acme chief executive Tom
Lee said") is read in the rule's own dollar currency when the article names no US dollar."""

from __future__ import annotations

import pytest

from tests.claimkit import judged, rule_under_test
from watch.models import Stance

_LIFT = rule_under_test(
    statement="The regulator lifts Acme Bank's liquidity add-on",
    subject={"acme": ["Acme Bank", "艾克美银行"], "addon": ["add-on", "流动性附加"]},
    confirms=["lifted", "取消", "撤销"],
    contradicts=["kept", "维持"],
)


@pytest.mark.parametrize(
    "title",
    [
        "艾克美银行流动性附加本周已取消，至于何时重启派息，董事会未表态",
        "艾克美銀行流動性附加本週已取消，至於何時重啟派息，董事會未表態",
        "艾克美銀行流動性附加本週已取消，至於甚麼時候重啟派息，董事會未表態",
        "艾克美银行流动性附加已撤销，何时重启派息仍不明朗",
    ],
)
def test_when_in_another_clause_leaves_the_statement(title: str) -> None:
    j = judged(_LIFT, "The bank held its meeting on Monday.", title=title)
    assert j.stance is Stance.CONFIRMS


@pytest.mark.parametrize(
    "title",
    [
        # near misses: the interrogative asks about the cue's own clause
        "艾克美银行流动性附加何时取消，分析师：仍看监管脸色",
        "艾克美銀行流動性附加何時取消，分析師稱仍看監管",
        "艾克美銀行流動性附加甚麼時候取消，分析師稱仍看監管",
        "艾克美银行流动性附加已取消，何时重启派息？",
    ],
)
def test_when_in_the_cues_clause_still_asks(title: str) -> None:
    j = judged(_LIFT, "The bank held its meeting on Monday.", title=title)
    assert j.stance is Stance.MENTIONS


_CHARGE = rule_under_test(
    statement="Acme books a writedown of C$400 million to C$500 million",
    subject={"acme": ["Acme", "艾克美"], "charge": ["impairment", "writedown", "减值"]},
    confirms=["booked"],
    contradicts=["scrapped"],
    amount={
        "currency": "CAD",
        "near": ["impairment", "writedown", "减值"],
        "confirms": ["400M", "500M"],
        "contradicts": [[None, "300M"], ["600M", None]],
    },
)


@pytest.mark.parametrize(
    "text",
    [
        "Acme said it would take a writedown of roughly $450 million on its US stores.",
        'Acme finance chief Mary Poe told analysts: "The impairment comes to 450 million dollars."',
        '"We are taking a writedown of about $450 million," Acme chief executive Tom Lee said.',
        "Acme expects a writedown of about $450 million in the fourth quarter.",
    ],
)
def test_the_companys_own_bare_dollar(text: str) -> None:
    assert judged(_CHARGE, text).stance is Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a US dollar named in the article; nobody of the company telling
        "Acme said it would take a writedown of $450 million. Its US rival sold US$2 billion.",
        "Acme will take a writedown of roughly $450 million, according to analysts.",
        "艾克美表示，将计提约4.5亿美元减值。",
    ],
)
def test_a_bare_dollar_otherwise_stays_us(text: str) -> None:
    assert judged(_CHARGE, text).stance is Stance.MENTIONS
