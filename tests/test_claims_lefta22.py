"""Claim engine: a name's possessive figure label as the object of another party's refusal
("Regulator blocks Acme's $5bn settlement", 监管机构否决艾克美的50亿美元和解) is a known figure
recalled, not a figure stated as news (lefta22, from nu-en17's headline kind)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.claimkit import judged
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse


def _settlement_rule(**extra: Any) -> ClaimRule:
    """Acme pays about $5 billion to settle: the amount decides (4.5-5.5bn confirms)."""
    data: dict[str, Any] = {
        "id": "acme-settlement",
        "statement": "Acme settles with the regulator for about $5 billion.",
        "made": "2026-01-01",
        "subject": {
            "acme": ["Acme", "艾克美"],
            "deal": ["settlement", "和解", "regulator", "监管"],
        },
        "window": 1,
        "amount": {"currency": "USD", "confirms": ["4.5B", "5.5B"]},
        **extra,
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    "title",
    [
        "Regulator refuses to rubber-stamp Acme's $5bn settlement",
        "Court rejects Acme's $5 billion antitrust settlement",
        "Regulator blocks Acme's $5bn settlement deal",
        "监管机构拒绝批准艾克美的50亿美元和解",
        "監管機構否決艾克美的50億美元和解方案",
    ],
)
def test_refused_possessive_figure_is_a_mention(title: str) -> None:
    found = judged(_settlement_rule(), "", title=title)
    assert found.stance is Stance.MENTIONS, found.reasons
    assert any("known figure recalled" in r for r in found.reasons), found.reasons


@pytest.mark.parametrize(
    "title",
    [
        # the figure stated as the news: no possessive label, or the owner's own act
        "Acme agrees to pay $5bn to settle with regulator",
        "Acme's $5bn settlement with regulator is signed",
        "艾克美同意支付50亿美元与监管机构和解",
        # an approval states the figure it approves
        "Regulator approves Acme's $5bn settlement",
    ],
)
def test_stated_figure_still_confirms(title: str) -> None:
    found = judged(_settlement_rule(), "", title=title)
    assert found.stance is Stance.CONFIRMS, found.reasons
