"""Claim engine, round three: kinds of reporting that the tuning corpus showed the engine missing,
each judged by a rule of the test's own in English, simplified and traditional Chinese.

- a sentence that points back ("The company ...", 该公司……) to the one before is about whom that
  one named;
- for a claim that is a deal under negotiation (`stage: talks`), talks at its terms confirm it,
  talks at other terms stay in doubt;
- a headline label that names the claim's own subject ("Acme财报曝光：...") is no source.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.claimkit import judged, listing_rule, stake_rule
from watch.claims.engine import Matcher
from watch.claims.rules import ClaimRule
from watch.models import Document, Stance
from watch.validate import parse


def _listing_rule() -> ClaimRule:
    return listing_rule(rivals=("Globex", "格洛贝"))


def _stake_rule(stage: str | None) -> ClaimRule:
    return stake_rule(stage, near=("invest", "investment", "put in", "投资", "投入"))


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Acme has hired banks for an IPO, people said. The company aims to list as early as "
            "September 2026.",
            "contradicts",
        ),
        ("艾克美已聘请投行筹备IPO。该公司计划于2026年9月上市。", "contradicts"),
        ("艾克美已聘請投行籌備IPO。該公司計劃於2026年9月上市。", "contradicts"),
        ("Acme has hired banks for an IPO. It aims to list in the fourth quarter.", "confirms"),
        # a sentence that does not point back stays outside the claim's subject
        (
            "Acme has hired banks for an IPO. Markets expect listings as early as September 2026.",
            "mentions",
        ),
        ("艾克美已聘请投行筹备IPO。市场预计多家企业2026年9月上市。", "mentions"),
    ],
)
def test_a_sentence_that_points_back_is_about_whom_the_last_named(text: str, stance: str) -> None:
    assert judged(_listing_rule(), text).stance == Stance(stance)


def test_pointing_back_to_a_rival_is_the_rivals_news() -> None:
    text = "Globex has hired banks for an IPO. The company aims to list in September 2026."
    assert judged(_listing_rule(), text + " Acme has said nothing of its listing.").stance == (
        Stance.MENTIONS
    )


@pytest.mark.parametrize(
    ("text", "talks", "fact"),
    [
        ("Globex is in talks to invest $30 billion in Acme.", "confirms", "mentions"),
        ("格洛贝正洽谈向艾克美投资300亿美元。", "confirms", "mentions"),
        ("格洛貝正洽談向艾克美投資300億美元。", "confirms", "mentions"),
        ("Globex nears a $30 billion investment in Acme.", "confirms", "mentions"),
        # talks at other terms are still in doubt, whatever the stage
        ("Globex is in talks to invest $80 billion in Acme.", "mentions", "mentions"),
        ("格洛贝正洽谈向艾克美投资800亿美元。", "mentions", "mentions"),
        # rumour is not negotiation: it still lowers the evidence
        ("Globex is rumored to invest $30 billion in Acme.", "mentions", "mentions"),
        # a done deal confirms either way
        ("Globex invested $30 billion in Acme on Friday.", "confirms", "confirms"),
    ],
)
def test_talks_at_the_claims_terms_confirm_a_claim_about_talks(
    text: str, talks: str, fact: str
) -> None:
    assert judged(_stake_rule("talks"), text).stance == Stance(talks)
    assert judged(_stake_rule(None), text).stance == Stance(fact)


def test_stage_is_validated() -> None:
    with pytest.raises(ValueError, match="stage"):
        _stake_rule("rumour")


@pytest.mark.parametrize(
    "title",
    ["艾克美财报曝光：股东名单公布", "艾克美財報曝光：股東名單公佈"],
)
def test_a_headline_label_naming_the_subject_is_no_source(title: str) -> None:
    body = "格洛贝已向艾克美投入300亿美元的股权投资。"
    own = judged(_stake_rule(None), body, title=title).confidence
    sourced = judged(_stake_rule(None), body, title="路透社：股东名单公布").confidence
    assert own > sourced  # the outlet's name discounts, the subject's own label does not


@pytest.mark.parametrize(
    "text",
    [
        "Globex invested $30 billion in Acme on Friday.",
        "格洛贝周五向艾克美投资300亿美元。",
        "格洛貝週五向艾克美投資300億美元。",
    ],
)
def test_reporting_from_before_the_claims_news_cycle_is_a_mention(text: str) -> None:
    rule = _stake_rule(None)  # made 2026-01-01

    def judged(published: dt.date) -> tuple[Stance, tuple[str, ...]]:
        (verdict,) = Matcher([rule]).judge(Document(text, published))
        return verdict.stance, verdict.reasons

    assert judged(dt.date(2025, 12, 25))[0] is Stance.CONFIRMS  # the days the claim came from
    stance, reasons = judged(dt.date(2025, 11, 20))
    assert stance is Stance.MENTIONS
    assert "before the claim's news cycle" in reasons[-1]


def _launch_rule() -> ClaimRule:
    data: dict[str, Any] = {
        "id": "acme-agent-launch",
        "statement": "Acme ships its agent this year.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "agent": ["agent", "智能体"]},
        "confirms": ["<launch>"],
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # May the month is no modal
        ("Acme's agent launched in May to all business users.", "confirms"),
        ("Acme said on May 26 that its agent launched worldwide.", "confirms"),
        ("Acme's agent launched from mid-May.", "confirms"),
        ("艾克美的智能体5月正式推出。", "confirms"),
        # the modal still hedges
        ("Acme's agent may launch to all business users.", "mentions"),
        ("艾克美的智能体可能推出。", "mentions"),
    ],
)
def test_the_month_may_is_no_hedge(text: str, stance: str) -> None:
    # published in May: a launch told in the past tense in a May later than publication would
    # be last year's (`dates`)
    assert judged(_launch_rule(), text, published=dt.date(2026, 5, 28)).stance == Stance(stance)


def _pledge_rule() -> ClaimRule:
    data: dict[str, Any] = {
        "id": "globex-pledge-nonbinding",
        "statement": "Globex's pledge to invest in Acme is not binding.",
        "made": "2026-01-01",
        "subject": {"globex": ["Globex", "格洛贝"], "acme": ["Acme", "艾克美"]},
        "contradicts": ["<binding>"],
        "negation": {"contradicts": "flip"},
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a negated telling says nothing of whether the agreement exists
        ("Globex and Acme have not disclosed the terms of a definitive agreement.", "mentions"),
        ("格洛贝与艾克美至今未公布正式协议细节。", "mentions"),
        ("格洛貝與艾克美至今未公佈正式協議細節。", "mentions"),
        # a negated agreement is the news itself
        ("Globex and Acme have not signed a definitive agreement.", "confirms"),
        ("格洛贝与艾克美至今未签署正式协议。", "confirms"),
        ("格洛貝與艾克美至今未簽署正式協議。", "confirms"),
    ],
)
def test_a_negated_telling_is_not_a_negated_thing(text: str, stance: str) -> None:
    assert judged(_pledge_rule(), text).stance == Stance(stance)


def _pick_rule() -> ClaimRule:
    data: dict[str, Any] = {
        "id": "acme-picks-globex",
        "statement": "Acme picked Globex's model for its assistant.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "globex": ["Globex", "格洛贝"]},
        "choice": {"verbs": ["picked", "will run on", "改用", "选择"], "of": "globex"},
        "rivals": ["Initech", "<in-house>"],
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # choosing its own technology rules the supplier out, as a rival would
        ("Acme will run on self-developed models instead of Globex's.", "contradicts"),
        ("艾克美将改用自行研发的模型，不再使用格洛贝。", "contradicts"),
        ("艾克美將改用自行研發的模型，不再使用格洛貝。", "contradicts"),
        ("艾克美将改用自主研发的模型，不再使用格洛贝。", "contradicts"),
        # the supplier picked still confirms
        ("Acme picked Globex's model for its assistant.", "confirms"),
        ("艾克美选择格洛贝的模型。", "confirms"),
    ],
)
def test_choosing_in_house_technology_is_a_rivals_pick(text: str, stance: str) -> None:
    assert judged(_pick_rule(), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a negative subject negates its predicate, however long the noun phrase
        (
            "Acme confirmed that no agent capable of operating the desktop is available today.",
            "mentions",
        ),
        ("艾克美表示，没有任何能够操作电脑桌面的艾克美智能体已经上线。", "mentions"),
        ("艾克美表示，沒有任何能夠操作電腦桌面的艾克美智能體已經上線。", "mentions"),
        # the same predicate with a positive subject is the launch
        (
            "Acme confirmed that its agent capable of operating the desktop is available today.",
            "confirms",
        ),
        ("艾克美表示，能够操作电脑桌面的艾克美智能体已经上线。", "confirms"),
        # "no" inside a longer subject's own clause does not reach a verb that is no predicate of it
        ("With no fanfare, Acme's agent launched on Tuesday.", "confirms"),
    ],
)
def test_a_negative_subject_negates_its_predicate(text: str, stance: str) -> None:
    rule = parse(
        ClaimRule,
        {
            "id": "acme-agent-available",
            "statement": "Acme ships its agent this year.",
            "made": "2026-01-01",
            "subject": {"acme": ["Acme", "艾克美"], "agent": ["agent", "智能体"]},
            "confirms": ["<launch>", "is available"],
        },
    )
    assert judged(rule, text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a gapped cue whose last word heads a compound still states its verb
        ("Acme will replace the Globex-based system in its assistant.", "contradicts"),
        ("艾克美将取代基于格洛贝的系统。", "contradicts"),
    ],
)
def test_a_phrase_cue_heading_a_compound_still_states(text: str, stance: str) -> None:
    rule = parse(
        ClaimRule,
        {
            "id": "acme-keeps-globex",
            "statement": "Acme keeps Globex's model in its assistant.",
            "made": "2026-01-01",
            "subject": {"acme": ["Acme", "艾克美"], "globex": ["Globex", "格洛贝"]},
            "contradicts": ["replace ... Globex", "取代 ... 格洛贝"],
        },
    )
    assert judged(rule, text).stance == Stance(stance)
