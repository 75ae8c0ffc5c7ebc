"""Claim engine, round four: kinds of reporting the tuning corpus showed the engine missing, each
judged by a rule of the test's own in English, simplified and traditional Chinese.

- a paragraph that opens by pointing back ("The company ...", 该公司……) is about whom the last
  sentence of the paragraph before named, as a sentence inside a paragraph is;
- the parties of a deal named as a pair ("the two sides", "both companies", 双方) point back too;
- the gap of a gapped cue that ends in a particle or a comparative ("brings Acme closer to")
  belongs to another phrasal verb, not to the cue ("brings ... to");
- a deal under way ("is raising", "is finalizing", 正在进行一轮融资) is not a deal done: a hedge on
  a claimed fact, the very terms of a claim about talks;
- the `<plan>` vocabulary names what is not done yet, for a rule's `pending`;
- a contrast that denies the claim's thing ("released small updates, but nothing that operates
  the desktop", 但没有……智能体) takes the confirming cue before it away.
"""

from __future__ import annotations

import pytest

from tests.claimkit import judged, listing_rule, stake_rule
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Acme has hired banks for an IPO, people said.\n\nThe company aims to list as early "
            "as September 2026.",
            "contradicts",
        ),
        ("艾克美已聘请投行筹备IPO。\n\n该公司计划于2026年9月上市。", "contradicts"),
        ("艾克美已聘請投行籌備IPO。\n\n該公司計劃於2026年9月上市。", "contradicts"),
        ("Acme has hired banks for an IPO.\n\nIt aims to list in the fourth quarter.", "confirms"),
        # a paragraph that does not point back stays outside the claim's subject
        (
            "Acme has hired banks for an IPO.\n\nMarkets expect listings as early as "
            "September 2026.",
            "mentions",
        ),
        ("艾克美已聘请投行筹备IPO。\n\n市场预计多家企业2026年9月上市。", "mentions"),
        # it points back to the paragraph's last sentence, not to its first
        (
            "Acme has hired banks for an IPO. Globex filed for its own in March.\n\n"
            "It aims to list as early as September 2026.",
            "mentions",
        ),
    ],
)
def test_a_paragraph_that_points_back_is_about_whom_the_last_named(text: str, stance: str) -> None:
    rule = listing_rule(rivals=("Globex", "格洛贝"))
    assert judged(rule, text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Globex and Acme have met several times this month. The two sides agreed on "
            "Friday that $30 billion will be put in.",
            "confirms",
        ),
        (
            "Globex and Acme have met several times this month.\n\nBoth companies said $30 "
            "billion will be put in by the end of March.",
            "confirms",
        ),
        ("格洛贝与艾克美本月多次会面。双方敲定300亿美元的投资。", "confirms"),
        ("格洛貝與艾克美本月多次會面。\n\n雙方敲定300億美元的投資。", "confirms"),
        # a pair named without pointing back ("two sides of the market") names no one
        (
            "Globex and Acme have met several times this month. Two sides of the market "
            "agreed on Friday that $30 billion will be put in.",
            "mentions",
        ),
    ],
)
def test_the_parties_named_as_a_pair_point_back(text: str, stance: str) -> None:
    assert judged(stake_rule(None), text).stance == Stance(stance)


def _rule(id: str, statement: str, subject: dict[str, list[str]], **extra: object) -> ClaimRule:
    return parse(
        ClaimRule,
        {"id": id, "statement": statement, "made": "2026-01-01", "subject": subject, **extra},
    )


def _launch_rule() -> ClaimRule:
    subject = {"company": ["Acme", "艾克美"], "product": ["agent", "智能体"]}
    return _rule(
        "acme-agent",
        "Acme ships its agent this year",
        subject,
        confirms=["<launch>"],
        contradicts=["<delay>"],
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # the gap of "brings ... to" holds what is brought, and where it goes
        ("Acme brings its agent to every Windows PC.", "confirms"),
        ("Acme pushed the agent back to next spring.", "contradicts"),
        # a gap that ends in a particle or comparative is another phrasal verb
        ("The agent brings Acme closer to its rivals.", "mentions"),
        ("The agent brought Acme back to the top of the rankings.", "mentions"),
        ("Work on the agent brings Acme's teams together to one site.", "mentions"),
        # Chinese has no such particles: its gapped cues read as before
        ("艾克美将智能体推迟到明年。", "contradicts"),
        ("艾克美將智能體推遲到明年。", "contradicts"),
    ],
)
def test_a_gap_ending_in_a_particle_is_another_phrasal_verb(text: str, stance: str) -> None:
    assert judged(_launch_rule(), text).stance == Stance(stance)


def _round_rule() -> ClaimRule:
    """Acme raises about $60 billion (a fact): its round's size, wrong from $75 billion."""
    amount = {
        "near": ["round", "raise", "raising", "融资"],
        "of": "round",
        "confirms": [["52B", "68B"]],
        "contradicts": [["75B", None]],
    }
    subject = {"acme": ["Acme", "艾克美"], "round": ["round", "融资"]}
    return _rule(
        "acme-round",
        "Acme raises about $60 billion in its current round.",
        subject,
        window=1,
        amount=amount,
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a round still being raised is not a round closed at that size
        ("Acme is raising $100 billion in a new round.", "mentions"),
        ("Acme is in the process of raising a $100 billion round.", "mentions"),
        ("Acme is finalizing a $100 billion round.", "mentions"),
        ("艾克美正在进行一轮1000亿美元的融资。", "mentions"),
        ("艾克美正在進行一輪1000億美元的融資。", "mentions"),
        # a round closed, or raised, is news
        ("Acme raised $100 billion in a new round on Friday.", "contradicts"),
        ("艾克美完成一轮1000亿美元的融资。", "contradicts"),
    ],
)
def test_a_deal_under_way_is_not_a_deal_done(text: str, stance: str) -> None:
    assert judged(_round_rule(), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "talks", "fact"),
    [
        ("Globex is finalizing a $30 billion investment in Acme.", "confirms", "mentions"),
        ("格洛贝正在进行对艾克美300亿美元的投资。", "confirms", "mentions"),
    ],
)
def test_a_deal_under_way_confirms_a_claim_about_talks(text: str, talks: str, fact: str) -> None:
    assert judged(stake_rule("talks"), text).stance == Stance(talks)
    assert judged(stake_rule(None), text).stance == Stance(fact)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Globex wants to invest $30 billion in Acme.", "mentions"),
        ("Globex is set to invest $30 billion in Acme.", "mentions"),
        ("格洛贝打算向艾克美投资300亿美元。", "mentions"),
        ("格洛貝打算向艾克美投資300億美元。", "mentions"),
        ("Globex invested $30 billion in Acme on Friday.", "confirms"),
        ("格洛贝已向艾克美投资300亿美元。", "confirms"),
    ],
)
def test_the_plan_vocabulary_names_what_is_not_done_yet(text: str, stance: str) -> None:
    assert judged(stake_rule(None, pending=["<plan>"]), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # what was done is set against the claim's thing, which the contrast denies
        (
            "Acme released several small updates this spring, but nothing that works as an agent.",
            "mentions",
        ),
        ("艾克美今年春天推出了几项小更新，但没有能独立运行的智能体。", "mentions"),
        ("艾克美今年春天推出了幾項小更新，但並沒有智能體。", "mentions"),
        # a contrast that denies something else leaves the launch standing
        ("Acme launched its agent on Monday, but not in Europe.", "confirms"),
        ("Acme launched its agent on Monday, but no one expected it so soon.", "confirms"),
        ("艾克美周一推出智能体，但没有公布价格。", "confirms"),
    ],
)
def test_a_contrast_that_denies_the_claims_thing_takes_the_cue_away(text: str, stance: str) -> None:
    assert judged(_launch_rule(), text).stance == Stance(stance)
