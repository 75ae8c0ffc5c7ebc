"""A possibility left open ("has not ruled out a delay", 并未排除) denies nothing: `<denial>`'s
"ruled out" and 排除 are fenced inside it, so a rule that flips a negated contradicting cue never
reads it as a confirmation. "ruled out an IPO" still denies."""

from __future__ import annotations

import pytest

from tests.claimkit import rule_under_test, stance_of
from watch.models import Stance

RULE = rule_under_test(
    subject={"company": ["Acme", "艾克美"], "listing": ["IPO", "listing", "上市"]},
    confirms=["on track"],
    contradicts=["<denial>", "<delay>"],
    negation={"contradicts": "flip"},
)


@pytest.mark.parametrize(
    "text",
    [
        "Acme hasn't ruled out delaying the IPO, its chief executive said.",
        "Acme didn't rule out a delay to the listing.",
        "Acme cannot rule out a delay to its IPO.",
        "Acme has not ruled out a delay to its IPO.",
        "艾克美并未排除推迟上市的可能。",
        "艾克美表示不排除推迟上市。",
    ],
)
def test_a_possibility_left_open_is_no_confirmation(text: str) -> None:
    assert stance_of(RULE, text) is Stance.MENTIONS


@pytest.mark.parametrize("text", ["Acme has ruled out an IPO this year.", "艾克美已排除今年上市。"])
def test_ruling_something_out_still_denies_it(text: str) -> None:
    assert stance_of(RULE, text) is Stance.CONTRADICTS
