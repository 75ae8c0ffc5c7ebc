"""A gapped cue may open or end on a stop word ("cut ... to", "shift ... to"): its other part
carries it, as in the built-in `<revision>`. A cue made of stop words alone is still refused."""

from __future__ import annotations

import pytest

from tests.claimkit import rule_under_test, stance_of
from watch.models import Stance

RULE = rule_under_test(
    subject={"company": ["Acme"], "target": ["output target", "output"]},
    contradicts=["cut ... to", "shift ... to"],
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme said on Monday it cut its output target to 4 million units.", Stance.CONTRADICTS),
        ("Acme cuts output to 4 million units, its filing shows.", Stance.CONTRADICTS),
        ("Acme will shift most of its output to the new plant.", Stance.CONTRADICTS),
        # near misses: "to" inside another word, and "cut" with no "to" after it
        ("Acme cut output today, and said the move was final.", Stance.MENTIONS),
        ("Acme's output cut was smaller than feared.", Stance.MENTIONS),
    ],
)
def test_a_gapped_cue_ending_on_to_matches_only_with_its_to(text: str, expected: Stance) -> None:
    assert stance_of(RULE, text) is expected


def test_a_cue_of_stop_words_alone_is_still_refused() -> None:
    with pytest.raises(Exception, match="alone is in nearly every article"):
        rule_under_test(subject={"company": ["Acme"]}, confirms=["to ... the"])
