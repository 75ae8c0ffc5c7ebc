"""Claim engine: the readings that keep a deal in talks or a timing left open below the alert.

Five alerts of the real tune set fall just short (0.59, or a mention). Each one's shortfall is a
reading the README states on purpose, and other labels agree with it; these tests hold those
readings so that no later change bends them to one article's label:
- a round "close to completing", "nearing", 接近完成 at terms other than the claim's is in talks
  and stays in doubt, for a claim of fact and for a claim about talks (`stage: talks`) alike;
  the round closed is news;
- "a round that could value Acme at", 估值或将达到: a modal still doubts the terms (`stage: talks`
  lifts a "would", not a "could"); the round that valued it is news;
- a listing whose timing is "not decided" and "may be some way off", 尚未决定……可能还要等上一阵子:
  no quarter placed and no `<undecided>` in the rule, a mention; a delay to a date is news.
Each judged by a rule of the test's own, in English and Chinese (traditional where the script
differs), with the guard that moves: the same terms told as done.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.claimkit import judged, listing_rule
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse

PUBLISHED = dt.date(2026, 3, 1)


def _round(stage: str | None = None) -> ClaimRule:
    """Acme raises about $40 billion at about a $400 billion valuation."""
    data: dict[str, Any] = {
        "id": "acme-round",
        "statement": "Acme raises about $40 billion at about a $400 billion valuation.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "round": ["round", "funding", "融资", "一轮"]},
        "window": 1,
        "amount": [
            {
                "near": ["round", "funding", "融资"],
                "of": "round",
                "confirms": [["35B", "45B"]],
                "contradicts": [["1B", "30B"], ["55B", None]],
            },
            {
                "of": "valuation",
                "confirms": [["370B", "430B"]],
                "contradicts": [["100B", "330B"], ["470B", None]],
            },
        ],
    }
    if stage is not None:
        data["stage"] = stage
    return parse(ClaimRule, data)


def _hedged(reasons: tuple[str, ...]) -> bool:
    return any(r.startswith("hedge ") for r in reasons)


# --- 1. a round near its close at other terms: talks, in doubt ----------------------------------

NEAR_CLOSE = [
    "Acme is close to completing a funding round that may exceed $90 billion, people briefed "
    "on it said.",
    "Acme is nearing completion of a funding round of more than $90 billion.",
    "艾克美正接近完成一轮规模逾900亿美元的融资。",
    "艾克美正接近完成一輪規模逾900億美元的融資。",
]


@pytest.mark.parametrize("stage", [None, "talks"])
@pytest.mark.parametrize("text", NEAR_CLOSE)
def test_a_round_near_its_close_at_other_terms_stays_in_doubt(text: str, stage: str | None) -> None:
    found = judged(_round(stage), text)
    assert found.stance == Stance.MENTIONS
    assert any(r.startswith("contradicts: amount") for r in found.reasons)
    assert _hedged(found.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Acme closed a funding round of more than $90 billion on Monday.",
        "艾克美周一完成一轮规模逾900亿美元的融资。",
        "艾克美週一完成一輪規模逾900億美元的融資。",
    ],
)
def test_the_round_closed_at_other_terms_contradicts(text: str) -> None:
    found = judged(_round(), text)
    assert found.stance == Stance.CONTRADICTS
    assert not _hedged(found.reasons)


# --- 2. "a round that could value it at": a modal on the terms -----------------------------------

COULD_VALUE = [
    "Globex is in talks to invest $10 billion in Acme in a funding round that could value the "
    "company at about $400 billion.",
    "Globex正洽谈向艾克美投资100亿美元，这轮融资或将使艾克美估值达到约4000亿美元。",
    "Globex正洽談向艾克美投資100億美元，這輪融資或將使艾克美估值達到約4000億美元。",
]


@pytest.mark.parametrize("stage", [None, "talks"])
@pytest.mark.parametrize("text", COULD_VALUE)
def test_a_modal_on_the_terms_still_doubts_them(text: str, stage: str | None) -> None:
    found = judged(_round(stage), text)
    assert found.stance == Stance.MENTIONS
    assert any(r.startswith("confirms: amount") for r in found.reasons)
    assert _hedged(found.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Globex invested $10 billion in Acme in a funding round that valued the company at about "
        "$400 billion.",
        "Globex向艾克美投资100亿美元，这轮融资使艾克美估值达到约4000亿美元。",
    ],
)
def test_the_round_that_valued_it_confirms(text: str) -> None:
    found = judged(_round(), text)
    assert found.stance == Stance.CONFIRMS
    assert not _hedged(found.reasons)


# --- 3. timing not decided and "some way off": no quarter placed ---------------------------------

LISTED = dt.date(2026, 6, 8)


@pytest.mark.parametrize(
    "text",
    [
        "Acme said on Monday it has not decided when to list its shares, and that a listing "
        "could be some way off.",
        "艾克美周一表示，尚未决定何时上市，上市可能还要等上好一阵子。",
        "艾克美週一表示，尚未決定何時上市，上市可能還要等上好一陣子。",
    ],
)
def test_timing_undecided_and_some_way_off_is_a_mention(text: str) -> None:
    found = judged(listing_rule(), text, published=LISTED)
    assert found.stance == Stance.MENTIONS
    assert found.confidence < 0.6


@pytest.mark.parametrize(
    "text",
    [
        "Acme said on Monday it would delay its listing to 2027.",
        "艾克美周一表示，上市将推迟至2027年。",
    ],
)
def test_a_listing_put_off_to_a_date_contradicts(text: str) -> None:
    found = judged(listing_rule(), text, published=LISTED)
    assert found.stance == Stance.CONTRADICTS
