"""The old value of a told change is no evidence of its own (change19): "cut the order from 8
to 6 vessels", 由八艘减为六艘, "raised the fee to Rs 640, from Rs 490" (a cue holding the
claim's figure), 由490卢比增为640卢比. The new value decides; a range "from 8 to 10 ships"
with no verb of change stays a range, and "up from 6 last year" keeps the current figure
deciding."""

from __future__ import annotations

import datetime as dt

import pytest
from claimkit import rule_under_test, stance_of

from watch.claims.engine import Matcher
from watch.claims.measures import find_measures
from watch.claims.text import normalise
from watch.models import Document, Stance


def _ships(low: int, high: int) -> object:
    return rule_under_test(
        id="tern-ships",
        subject={"co": ["Tern Shipping", "Tern", "燕鸥航运"]},
        amount={
            "unit": "ships",
            "confirms": [low, high],
            "contradicts": [[None, low - 1], [high + 1, None]],
        },
    )


_FEE = rule_under_test(
    id="harbour-fee",
    subject={"port": ["Kestrel Port", "Kestrel", "红隼港"]},
    amount={
        "currency": "INR",
        "near": ["fee", "费"],
        "confirms": [300, 300],
        "contradicts": [[None, 290], [310, None]],
    },
)
_FEE_CUE = rule_under_test(
    id="harbour-fee-cue",
    subject={"port": ["Kestrel Port", "Kestrel", "红隼港"]},
    confirms=["Rs 300", "300卢比"],
)


@pytest.mark.parametrize(
    "text",
    [
        "Tern Shipping lowered its newbuild order from 10 to 7 vessels.",
        "Tern Shipping scaled back the order from ten ships to 7 after the slump.",
        "Tern Shipping has pared back its order from 10 ships to 7.",
        "燕鸥航运把新船订单由十艘减为七艘。",
        "燕鷗航運將新船訂單由十艘減為七艘。",
        "燕鸥航运将订单由10艘缩减为7艘。",
    ],
)
def test_old_count_of_a_change_is_no_evidence(text: str) -> None:
    assert stance_of(_ships(10, 10), text) is Stance.CONTRADICTS
    assert stance_of(_ships(7, 7), text) is Stance.CONFIRMS


def test_old_count_reason_names_the_value_before_the_change() -> None:
    verdict = Matcher([_ships(10, 10)]).judge(
        Document("Tern Shipping lowered its order from 10 to 7 vessels.", dt.date(2026, 6, 1))
    )[0]
    assert any("the value before the change" in r for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Port lifted its berthing fee to Rs 420, from Rs 300.",
        "Kestrel Port lifted its berthing fee from Rs 300 to Rs 420.",
        "红隼港把靠泊费由300卢比增为420卢比。",
        "红隼港将靠泊费从300卢比上调至420卢比。",
        "Kestrel Port hiked its berthing fee from 300 to 420 rupees.",
    ],
)
def test_old_money_of_a_change_is_no_evidence(text: str) -> None:
    assert stance_of(_FEE, text) is Stance.CONTRADICTS
    assert stance_of(_FEE_CUE, text) is Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Port kept its berthing fee at Rs 300.",
        "红隼港维持靠泊费300卢比不变。",
    ],
)
def test_a_cue_figure_standing_alone_still_confirms(text: str) -> None:
    assert stance_of(_FEE_CUE, text) is Stance.CONFIRMS


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Tern Shipping plans from 10 to 12 ships.", [(10, 12)]),
        ("Tern Shipping raised its order from 10 to 12 ships.", [(10, 10), (12, 12)]),
        ("Tern Shipping cut its order from 12 ships to 10.", [(12, 12), (10, 10)]),
        ("燕鸥航运订单由12至10艘。", [(12, 12), (10, 10)]),
    ],
)
def test_a_range_without_a_verb_of_change_stays_a_range(
    text: str, read: list[tuple[int, int]]
) -> None:
    norm = normalise(text)
    found = [q for q in find_measures(norm, 0, len(norm)) if q.unit == "ships"]
    assert [(q.low, q.high) for q in found] == read


@pytest.mark.parametrize(
    "text",
    [
        "Tern Shipping ordered 10 ships, up from 7 last year.",
        "燕鸥航运订造10艘新船，较去年的7艘增加。",
    ],
)
def test_a_comparison_keeps_the_current_figure_deciding(text: str) -> None:
    assert stance_of(_ships(10, 10), text) is Stance.CONFIRMS


def test_new_value_of_a_change_confirms() -> None:
    text = "Tern Shipping raised its order from 7 to 10 ships."
    assert stance_of(_ships(10, 10), text) is Stance.CONFIRMS
    assert stance_of(_ships(7, 7), text) is Stance.CONTRADICTS


def test_a_money_range_without_a_verb_of_change_stays_a_range() -> None:
    text = "Kestrel Port charges a berthing fee from 300 to 420 rupees, by size."
    assert stance_of(_FEE, text) is Stance.MENTIONS  # a range over the claim's figure and more
    falling = "Kestrel Port brought its berthing fee from 420 to 300 rupees."
    assert stance_of(_FEE, falling) is Stance.CONFIRMS
