"""Claim engine: whom a sentence is about when it describes the company instead of naming it.
A story whose headline names the claim's company and no rival goes on to call it "the company",
"the AI lab", 该公司, 這家公司 or a bare 公司 opening a clause, anywhere in a sentence: such a
sentence that names another of the claim's groups itself is about that company
(`story.party_described`), unless a rival is named last before it in its paragraph (for a
paragraph's first sentence: last in the paragraph before), the headline names a rival too, or
the description is of another company ("the company that ...").
A contracted pronoun opening a sentence ("It's stuck.", "They're in talks.") points back as "it
is" does.
"""

from __future__ import annotations

import pytest

from tests.claimkit import judged, listing_rule
from watch.claims.rules import ClaimRule
from watch.validate import parse

RIVALS = ("Globex", "格洛贝")


@pytest.mark.parametrize(
    ("title", "text", "stance"),
    [
        (
            "Inside Acme",
            "Markets have been volatile this spring. After months of preparation, the company "
            "now aims to complete its listing in September 2026.",
            "contradicts",
        ),
        (
            "Inside Acme",
            "Bankers have been busy. They say the timetable is tight, warning that the AI lab "
            "will only complete its listing in September 2026.",
            "contradicts",
        ),
        (
            "Inside Acme",
            "Markets have been volatile.\n\nAfter months of preparation, the firm aims to "
            "complete its listing in November 2026.",
            "confirms",
        ),
        (
            "艾克美内幕",
            "市场近来波动。在经过数月筹备后，该公司计划于2026年9月上市。",
            "contradicts",
        ),
        (
            "艾克美內幕",
            "市場近來波動。在經過數月籌備後，這家公司計劃於2026年9月上市。",
            "contradicts",
        ),
        ("艾克美内幕", "市场近来波动。经过数月筹备，公司计划于2026年11月上市。", "confirms"),
        ("艾克美內幕", "市場近來波動。經過數月籌備，公司計劃於2026年9月上市。", "contradicts"),
    ],
)
def test_a_company_described_in_a_story_about_it_is_the_headlines(
    title: str, text: str, stance: str
) -> None:
    assert judged(listing_rule(rivals=RIVALS), text, title=title).stance == stance


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a rival named last before it in its paragraph
        (
            "Inside Acme",
            "Globex filed for its own IPO in March. After months of preparation, the company "
            "now aims to complete its listing in September 2026.",
        ),
        # ... which also holds when that sentence points back to the company first
        (
            "Inside Acme",
            "Analysts doubt the startup's plans. Its partnership with Globex ended in May. "
            "After months of preparation, the company now aims to complete its listing in "
            "September 2026.",
        ),
        ("艾克美内幕", "格洛贝已于3月申请IPO。经过数月筹备，该公司计划于2026年9月完成上市。"),
        ("艾克美內幕", "格洛貝已於3月申請IPO。經過數月籌備，這家公司計劃於2026年9月完成上市。"),
        # ... or last in the paragraph before, for a paragraph's first sentence
        (
            "Inside Acme",
            "Globex filed for its own IPO in March.\n\nAfter months of preparation, the company "
            "now aims to complete its listing in September 2026.",
        ),
        # a headline that names the rival too leaves "the company" open
        (
            "Acme and Globex",
            "Markets have been volatile. After months of preparation, the company now aims to "
            "complete its listing in September 2026.",
        ),
        ("艾克美与格洛贝", "市场近来波动。经过数月筹备，该公司计划于2026年9月完成上市。"),
        # a headline that does not name the company
        (
            "Markets this week",
            "After months of preparation, the company now aims to complete its listing in "
            "September 2026.",
        ),
        ("本周市场", "经过数月筹备，该公司计划于2026年9月完成上市。"),
        # the company a relative clause defines is another one
        (
            "Inside Acme",
            "Bankers expect the company that wins the tender to complete its listing in "
            "September 2026.",
        ),
        # a sentence that names none of the claim's other groups itself
        ("Inside Acme", "The company's last private valuation was set in September 2026."),
    ],
)
def test_a_description_that_may_be_another_company_is_left_out(title: str, text: str) -> None:
    assert judged(listing_rule(rivals=RIVALS), text, title=title).stance == "mentions"


def _stalled_rule() -> ClaimRule:
    """Acme's pledge to invest in Globex has stalled: a cue and no figure."""
    return parse(
        ClaimRule,
        {
            "id": "acme-globex-stalled",
            "statement": "Acme's pledge to invest in Globex has stalled.",
            "made": "2026-01-01",
            "subject": {"acme": ["Acme", "艾克美"], "globex": ["Globex", "格洛贝", "格洛貝"]},
            "window": 1,
            "confirms": ["stalled", "stuck", "停滞"],
            "rivals": ["Initech", "英尼泰克"],
        },
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a contracted pronoun points back as "it is" does
        ("Remember Acme's pledge to invest in Globex? It's stuck.", "confirms"),
        ("Acme and Globex agreed on an investment in May. They're stuck on the price.", "confirms"),
        # the Chinese pronoun did already
        ("还记得艾克美投资格洛贝的承诺吗？它已陷入停滞。", "confirms"),
        ("還記得艾克美投資格洛貝的承諾嗎？它已陷入停滯。", "confirms"),
        # after a sentence about a rival, the pronoun is the rival's
        (
            "Acme pledged to invest in Globex last year. Initech's own plan drew scrutiny. "
            "It's stuck.",
            "mentions",
        ),
        ("艾克美去年承诺投资格洛贝。英尼泰克的计划备受关注。它已陷入停滞。", "mentions"),
    ],
)
def test_a_contracted_pronoun_points_back(text: str, stance: str) -> None:
    assert judged(_stalled_rule(), text).stance == stance
