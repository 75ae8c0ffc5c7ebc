"""Shared vocabularies, gapped cues, inflected multi-word cues and exclusions
(watch/claims/vocab.py, watch/claims/cues.py), in English and Chinese, on inline rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from watch.claims.cues import inflections
from watch.claims.engine import Matcher
from watch.claims.rules import ClaimRule
from watch.config import load_settings
from watch.errors import ConfigError
from watch.models import Document, Stance
from watch.validate import Invalid, parse

PUBLISHED = dt.date(2026, 3, 1)


def _rule(**extra: object) -> ClaimRule:
    data: dict[str, object] = {
        "id": "acme-thing",
        "statement": "Acme ships its agent this year",
        "made": "2026-01-01",
        "subject": {"company": ["Acme", "艾克美"], "product": ["agent", "智能体"]},
    }
    data.update(extra)
    return parse(ClaimRule, data)


def _stance(rule: ClaimRule, text: str) -> Stance | None:
    verdicts = Matcher([rule]).judge(Document(text, PUBLISHED))
    if not verdicts:
        return None
    (v,) = verdicts
    return v.stance if v.confidence >= 0.6 else Stance.MENTIONS


# --- vocabularies ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme's agent is now generally available to business customers.", Stance.CONFIRMS),
        ("Acme rolled out the agent to every Windows user on Tuesday.", Stance.CONFIRMS),
        ("艾克美的智能体今天全面开放。", Stance.CONFIRMS),
        ("艾克美智能體正式上線。", Stance.CONFIRMS),  # traditional script
        ("Acme pushed back the agent to next spring.", Stance.CONTRADICTS),
        ("Acme has shelved the agent.", Stance.CONTRADICTS),
        ("艾克美将智能体暂缓至明年。", Stance.CONTRADICTS),
        ("艾克美智能體計劃已擱置。", Stance.CONTRADICTS),
        ("An Acme agent is probably not in the cards, its chief said.", Stance.CONTRADICTS),
        ("艾克美表示，独立智能体已不在考虑之列。", Stance.CONTRADICTS),
        ("Acme brings its agent to every Windows PC.", Stance.CONFIRMS),
    ],
)
def test_a_rule_names_ideas_instead_of_listing_paraphrases(text: str, expected: Stance) -> None:
    rule = _rule(confirms=["<launch>"], contradicts=["<delay>", "<cancellation>"])
    assert _stance(rule, text) == expected


def test_a_claim_extends_a_vocabulary_and_defines_its_own() -> None:
    rule = _rule(
        confirms=["<launch>", "<lands>"],
        vocabularies={"launch": ["hits the shelves"], "lands": ["lands on desktops", "落地"]},
    )
    assert _stance(rule, "Acme's agent hits the shelves today.") == Stance.CONFIRMS
    assert _stance(rule, "Acme's agent lands on desktops today.") == Stance.CONFIRMS
    assert _stance(rule, "艾克美智能体正式落地。") == Stance.CONFIRMS
    assert _stance(_rule(confirms=["<launch>"]), "Acme's agent hits the shelves today.") in (
        Stance.MENTIONS,
        None,
    )


def test_rules_yaml_vocabularies_reach_every_claim_and_unknown_names_are_refused(
    tmp_path: Path,
) -> None:
    rules = tmp_path / "rules.yaml"
    claim = (
        "  - id: acme-thing\n    statement: Acme ships its agent\n    made: 2026-01-01\n"
        "    subject: {company: [Acme], product: [agent]}\n    confirms: [{cue}]\n"
    )
    shared = "vocabularies:\n  launch: [hits the shelves]\n"
    rules.write_text(shared + "claims:\n" + claim.replace("{cue}", "<launch>"))
    (rule,) = load_settings(rules).claims
    assert _stance(rule, "Acme's agent hits the shelves today.") == Stance.CONFIRMS
    rules.write_text("claims:\n" + claim.replace("{cue}", "<lanch>"))
    with pytest.raises(ConfigError) as err:
        load_settings(rules)
    assert "no vocabulary <lanch>" in str(err.value) and ":6" in str(err.value)


@pytest.mark.parametrize(
    "bad",
    [["cut ... "], ["<Launch>"], ["... jobs"], ["the ... the"]],
)
def test_malformed_gaps_and_vocabulary_names_are_refused(bad: list[str]) -> None:
    with pytest.raises(Invalid):
        _rule(confirms=bad)


def test_an_alias_cannot_be_a_vocabulary_or_gapped() -> None:
    with pytest.raises(Invalid):
        _rule(subject={"company": ["Acme ... Inc"]}, confirms=["ships"])


# --- cues with a gap ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme will cut 20,000 to 30,000 jobs as its agent takes over.", Stance.CONTRADICTS),
        ("Acme cut about 3,000 jobs after the agent launch.", Stance.CONTRADICTS),
        ("艾克美裁减约3万个岗位，智能体接手。", Stance.CONTRADICTS),
        ("艾克美裁掉约三千名员工，由智能体接手。", Stance.CONTRADICTS),
        # too far apart, or across a clause: no cue
        ("Acme cut prices on its agent and a new line of laptops, not jobs.", None),
    ],
)
def test_a_gapped_cue_spans_a_few_words(text: str, expected: Stance | None) -> None:
    rule = _rule(contradicts=["<layoffs>"])
    got = _stance(rule, text)
    assert (got if got is not Stance.MENTIONS else None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme never agreed to commit the agent budget in full.",
        "Huang said Acme had never said it would make a binding agent pledge.",
        "艾克美否认曾就智能体作出任何承诺。",
        "艾克美從未同意為智能體簽署協議。",
    ],
)
def test_a_gapped_cue_joins_two_vocabularies(text: str) -> None:
    rule = _rule(confirms=["<denial> ... <commitment>"])
    assert _stance(rule, text) == Stance.CONFIRMS


# --- multi-word cues inflect -------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["walk away", "walks away", "walked away", "walking away"])
def test_a_multi_word_cue_matches_every_form_of_its_verb(verb: str) -> None:
    rule = _rule(contradicts=["walk away"])
    assert _stance(rule, f"Acme is {verb} from its agent plans.") == Stance.CONTRADICTS


def test_inflections_of_the_first_word() -> None:
    assert inflections("walk away") == ["walks away", "walked away", "walking away"]
    assert inflections("lay off") == ["lays off", "laid off", "laying off"]
    assert inflections("drop plans") == ["drops plans", "dropped plans", "dropping plans"]
    assert inflections("scale back") == ["scales back", "scaled back", "scaling back"]
    assert inflections("not binding") == []
    assert inflections("推迟上市") == []


# --- exclusions --------------------------------------------------------------------------------


def test_an_alias_inside_an_excluded_phrase_names_nothing() -> None:
    rule = _rule(
        subject={"company": ["艾克美", "Acme"], "staff": ["员工", "staff"]},
        contradicts=["<layoffs>"],
        exclude=["员工大会", "staff meeting"],
    )
    assert _stance(rule, "艾克美在员工大会上宣布裁员。") is None
    assert _stance(rule, "艾克美宣布裁员，员工将获补偿。") == Stance.CONTRADICTS
    assert _stance(rule, "Acme announced layoffs at a staff meeting.") is None
    assert _stance(rule, "Acme announced layoffs and staff get two months' pay.") == (
        Stance.CONTRADICTS
    )


@pytest.mark.parametrize(
    ("text", "exclude"),
    [
        ("艾克美不计成本推出智能体。", "不计"),
        ("No matter what rivals do Acme launches its agent.", "no matter"),
    ],
)
def test_a_marker_inside_an_excluded_phrase_does_not_fire(text: str, exclude: str) -> None:
    assert _stance(_rule(confirms=["<launch>"]), text) != Stance.CONFIRMS  # read as negated
    assert _stance(_rule(confirms=["<launch>"], exclude=[exclude]), text) == Stance.CONFIRMS


@pytest.mark.parametrize(
    ("cues", "text"),
    [
        (["<delay>", "push back"], "Acme pushed back the agent update."),  # inflected and listed
        (["<cancellation>", "搁置"], "艾克美搁置智能体更新。"),  # listed twice
    ],
)
def test_a_phrase_reached_twice_counts_once(cues: list[str], text: str) -> None:
    # Evidence both ways makes a mention, whose reasons list every item found.
    rule = _rule(contradicts=cues, confirms=["update", "更新"])
    (verdict,) = Matcher([rule]).judge(Document(text, PUBLISHED))
    assert verdict.stance == Stance.MENTIONS
    assert sum(r.startswith("contradicts: cue") for r in verdict.reasons) == 1, verdict.reasons
