"""README ("List the words your sources use"): a denial takes the sign of what it denies. With the
adverse words among `contradicts` and `negation: {contradicts: flip}`, a denial of a report of a
cut confirms a claim the rumour went against, in both languages; the cut itself still
contradicts."""

from __future__ import annotations

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.signals import Stance

RULE = rule_under_test(
    id="one-order",
    subject={"carrier": ["Ocean Network Express", "海洋网联"], "order": ["order", "订单"]},
    confirms=["placed"],
    contradicts=["cut", "削减"],
    negation={"contradicts": "flip"},
)


@pytest.mark.parametrize(
    "text",
    [
        "Imabari denied a report that Ocean Network Express would cut the order for 12 ships.",
        "今治造船否认海洋网联将削减订单的报道。",
    ],
)
def test_a_denied_adverse_report_confirms(text: str) -> None:
    assert judged(RULE, text).stance is Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    ["Ocean Network Express cut its order to eight ships.", "海洋网联将订单削减至8艘。"],
)
def test_the_adverse_fact_itself_contradicts(text: str) -> None:
    assert judged(RULE, text).stance is Stance.CONTRADICTS
