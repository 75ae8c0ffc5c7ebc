"""A negated contradicting verb whose object is the claim's own thing ("did not halt layoffs",
没有暂停裁员) is the claim going on: it confirms, even for a rule that cancels negated
contradictions. Judged by a rule of the test's own, in English and Chinese."""

from __future__ import annotations

import pytest

from tests.claimkit import judged
from tests.test_claims_people import _rule
from watch.models import Stance

# the default: a negated contradiction is cancelled ("no delay" leaves the claim open)
CUTS = _rule(confirms=["<layoffs>"], contradicts=["<stalled>", "<cancellation>"])


@pytest.mark.parametrize(
    "text",
    [
        "Acme did not halt layoffs, a spokesman said.",
        "Acme has not paused its job cuts, the company said on Monday.",
        "艾克美没有暂停裁员。",
        "艾克美并未叫停裁员计划。",
        "艾克美並未叫停裁員計劃。",
    ],
)
def test_a_negated_verb_acting_on_the_claims_own_thing_confirms(text: str) -> None:
    assert judged(CUTS, text).stance is Stance.CONFIRMS


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Acme halted layoffs.", Stance.CONTRADICTS),
        ("艾克美暂停裁员。", Stance.CONTRADICTS),
        # the verb acts on another thing: nothing about the cuts
        ("Acme did not halt production.", Stance.MENTIONS),
        ("艾克美没有暂停生产。", Stance.MENTIONS),
    ],
)
def test_the_verb_alone_or_on_another_thing_is_unchanged(text: str, stance: Stance) -> None:
    assert judged(CUTS, text).stance is stance
