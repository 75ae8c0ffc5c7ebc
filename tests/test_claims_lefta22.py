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


# --- "has not ruled out a delay": a possibility left open, a hedge ------------------------------


def _opening_rule() -> ClaimRule:
    """Acme opens its plant this year: an opening confirms, a delay contradicts."""
    data: dict[str, Any] = {
        "id": "acme-plant",
        "statement": "Acme opens its plant in 2026.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "plant": ["plant", "factory", "工厂", "工廠"]},
        "window": 1,
        "confirms": ["<launch>", "open"],
        "contradicts": ["<delay>"],
        "when": {"confirms": ["2026-06-01", "2026-12-31"], "near": ["open", "开业", "開業"]},
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    "text",
    [
        # an open possibility of a delay is no confirmation (it flipped to one: "not" + delaying)
        "Acme has not ruled out delaying the plant opening.",
        "Acme's chief did not rule out postponing the factory's start.",
        "Acme hasn't ruled out delaying the plant by a quarter.",
    ],
)
def test_not_ruled_out_never_confirms(text: str) -> None:
    found = judged(_opening_rule(), text)
    assert found.stance is Stance.MENTIONS, found.reasons
    assert found.confidence < 0.6, found.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme has not ruled out a delay to the factory's start.",
        "艾克美并未排除工厂推迟投产。",
        "艾克美表示不排除工厂延期。",
        "艾克美並未排除工廠延後投產。",
    ],
)
def test_not_ruled_out_stays_a_mention(text: str) -> None:
    assert judged(_opening_rule(), text).stance is Stance.MENTIONS


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a delay ruled out, or denied, stays negated; a plain delay stays a contradiction
        ("Acme ruled out any delay to the plant.", Stance.MENTIONS),
        ("艾克美否认工厂将推迟投产。", Stance.MENTIONS),
        ("Acme postponed the opening of its plant to 2027.", Stance.CONTRADICTS),
        ("艾克美将工厂投产推迟至2027年。", Stance.CONTRADICTS),
    ],
)
def test_ruled_out_and_plain_delay_unchanged(text: str, stance: Stance) -> None:
    found = judged(_opening_rule(), text)
    assert found.stance is stance, found.reasons
    assert not any(r.startswith("hedge") for r in found.reasons), found.reasons


# --- "3 to 5 years": a range of lengths, not its top alone ----------------------------------------


def _term_rule() -> ClaimRule:
    """Acme's licence is extended by exactly five years."""
    data: dict[str, Any] = {
        "id": "acme-licence-term",
        "statement": "Acme's licence is extended by five years.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "licence": ["licence", "牌照"]},
        "window": 1,
        "amount": {"unit": "years", "near": ["licence", "牌照"], "confirms": [5, 5]},
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    "text",
    [
        "Regulators may renew Acme's licence for 3 to 5 years.",
        "Acme's licence renewal will run two to five years, the ministry said.",
        "艾克美的牌照续期3至5年。",
        "艾克美的牌照将续期三到五年。",
    ],
)
def test_range_of_years_is_not_its_top(text: str) -> None:
    found = judged(_term_rule(), text)
    assert found.stance is Stance.MENTIONS, found.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme's licence was renewed for 5 years.",
        "Acme's licence was extended from 3 to 5 years.",  # a change: the new length
        "艾克美的牌照续期5年。",
    ],
)
def test_single_length_still_confirms(text: str) -> None:
    found = judged(_term_rule(), text)
    assert found.stance is Stance.CONFIRMS, found.reasons
