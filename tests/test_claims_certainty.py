"""Claim engine: how sure a sentence is, read the same way in every language (issue 20).

Each rule of thumb is checked in English, simplified and traditional Chinese, with rules of the
test's own:
- "as early as September", 最早于9月, 最快於9月 give the time aimed at (a listing "as early as
  September" is timed for September); only a word of lateness (才, 也要到, "at the earliest"
  after the date, "not ... until", 直到……才) makes the date a lower bound.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from tests.claimkit import judged, listing_rule, stake_rule
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse

PUBLISHED = dt.date(2026, 5, 21)
MADE = "2026-04-01"  # the claims' date: May's reporting is news for them
_judged = partial(judged, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # the time aimed at: outside the window contradicts, inside confirms
        ("Acme is aiming for an IPO as early as September 2026.", "contradicts"),
        ("艾克美最早于2026年9月上市。", "contradicts"),
        ("艾克美最快於2026年9月上市。", "contradicts"),
        ("艾克美最早將於2026年9月上市。", "contradicts"),
        ("Acme is aiming for an IPO as soon as the fourth quarter.", "confirms"),
        ("艾克美最早于今年第四季度上市。", "confirms"),
        ("艾克美最快於今年第四季上市。", "confirms"),
        # a word of lateness makes the date a lower bound: the window stays open ...
        ("Acme will hold its IPO in the fourth quarter at the earliest.", "mentions"),
        ("艾克美最早今年第四季度才会上市。", "mentions"),
        ("艾克美最快今年第四季才會上市。", "mentions"),
        ("Acme will not hold its IPO until the fourth quarter.", "mentions"),
        ("艾克美要到今年第四季度才会上市。", "mentions"),
        ("艾克美直到今年第四季才會上市。", "mentions"),
        # ... or, after the window, is closed
        ("Acme will not hold its IPO until 2027.", "contradicts"),
        ("Acme has delayed its IPO until 2027.", "contradicts"),  # a plain "until" times it
        ("艾克美最早也要到2027年上市。", "contradicts"),
        ("艾克美最快要到2027年才會上市。", "contradicts"),
    ],
)
def test_as_early_as_is_the_time_aimed_at_unless_lateness_makes_it_a_bound(
    text: str, stance: str
) -> None:
    assert _judged(listing_rule(made=MADE), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("艾克美最早于2026年9月上市。", '"最早于" gives the time aimed at'),
        ("艾克美最快於今年第四季上市。", '"最快于" gives the time aimed at'),
        ("艾克美最早今年第四季度才会上市。", 'lower bound ("最早")'),
    ],
)
def test_the_reasons_say_how_an_earliest_date_was_read(text: str, reason: str) -> None:
    assert any(reason in r for r in _judged(listing_rule(made=MADE), text).reasons)


@pytest.mark.parametrize(
    ("text", "talks", "fact"),
    [
        # the mood of a deal not yet signed: its terms, reported
        (
            "Under the terms being discussed, Globex would invest $30 billion in Acme.",
            "confirms",
            "mentions",
        ),
        ("若交易达成，格洛贝将向艾克美投资300亿美元。", "confirms", "mentions"),
        ("如果交易達成，格洛貝將向艾克美投資300億美元。", "confirms", "mentions"),
        # a modal still doubts the terms, whatever the stage
        ("Globex could invest $30 billion in Acme.", "mentions", "mentions"),
        ("格洛贝可能向艾克美投资300亿美元。", "mentions", "mentions"),
        # terms far from the claim's contradict only when firm
        ("Globex would invest $80 billion in Acme.", "mentions", "mentions"),
    ],
)
def test_a_conditional_reports_the_terms_of_a_deal_under_negotiation(
    text: str, talks: str, fact: str
) -> None:
    assert _judged(stake_rule("talks", made=MADE), text).stance == Stance(talks)
    assert _judged(stake_rule(None, made=MADE), text).stance == Stance(fact)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # the condition clause governs the clause after its comma
        ("If the deal goes ahead, Globex will invest $30 billion in Acme.", "mentions"),
        ("若交易达成，格洛贝将向艾克美投资300亿美元。", "mentions"),
        ("一旦交易完成，格洛貝將向艾克美投資300億美元。", "mentions"),
        # ... and no further: a fact before it, or after a second clause, stands
        (
            "Globex invested $30 billion in Acme, and if the deal goes well, more may follow.",
            "confirms",
        ),
        ("格洛贝已向艾克美投资300亿美元；如果进展顺利，还会追加。", "confirms"),
        # a concession is no condition: the clause after it is asserted
        ("Even if the deal stalls later, Globex has invested $30 billion in Acme.", "confirms"),
        ("即使交易日后生变，格洛贝已向艾克美投资300亿美元。", "confirms"),
        (
            "If talks had failed, Globex said; in the end Globex invested $30 billion in Acme.",
            "confirms",
        ),
    ],
)
def test_a_condition_clause_hedges_the_clause_that_follows(text: str, stance: str) -> None:
    assert _judged(stake_rule(None, made=MADE), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("If the deal goes ahead, Globex will invest $30 billion in Acme.", 'hedge "if"'),
        ("如果交易達成，格洛貝將向艾克美投資300億美元。", 'hedge "如果"'),
    ],
)
def test_the_reasons_name_the_condition_clause(text: str, reason: str) -> None:
    reasons = _judged(stake_rule(None, made=MADE), text).reasons
    assert any(reason in r and "a condition clause" in r for r in reasons), reasons


@pytest.mark.parametrize(
    "text",
    [
        "Globex plans to invest $30 billion in Acme.",
        "格洛贝拟向艾克美投资300亿美元。",
        "格洛貝擬向艾克美投資300億美元。",
        "格洛贝计划中的对艾克美投资为300亿美元。",
    ],
)
def test_a_plan_word_is_the_rules_pending_in_every_language_not_a_hedge(text: str) -> None:
    # Without `pending` a plan reads as the figure it names, in Chinese as in English ...
    assert _judged(stake_rule(None, made=MADE), text).stance == Stance.CONFIRMS
    # ... and a rule that wants the thing done says so once, for both languages.
    pending = ["plans to", "拟", "计划中"]
    assert _judged(stake_rule(None, made=MADE, pending=pending), text).stance == Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "Globex is close to completing a $30 billion investment in Acme.",
        "Globex is nearing completion of a $30 billion investment in Acme.",
        "格洛贝接近完成对艾克美300亿美元的投资。",
        "格洛貝接近完成對艾克美300億美元的投資。",
    ],
)
def test_a_deal_close_to_completion_is_a_deal_in_talks_in_every_language(text: str) -> None:
    assert _judged(stake_rule("talks", made=MADE), text).stance == Stance.CONFIRMS
    assert _judged(stake_rule(None, made=MADE), text).stance == Stance.MENTIONS


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a deal's figure referred to as known: a recap, not news
        (
            "Globex executives presented the company's $30 billion investment in Acme to analysts.",
            "mentions",
        ),
        ("格洛贝高管向分析师介绍了其300亿美元投资对艾克美的意义。", "mentions"),
        ("格洛貝高管向分析師介紹了其300億美元投資對艾克美的意義。", "mentions"),
        # the same figure stated is news
        ("Globex made a $30 billion investment in Acme on Friday.", "confirms"),
        ("格洛贝周五向艾克美投资300亿美元。", "confirms"),
        ("格洛貝週五向艾克美投資300億美元。", "confirms"),
    ],
)
def test_a_deals_figure_referred_to_as_known_is_a_recap(text: str, stance: str) -> None:
    assert _judged(stake_rule(None, made=MADE), text).stance == Stance(stance)


def test_a_standing_figure_referred_to_as_known_can_still_be_reaffirmed() -> None:
    data: dict[str, Any] = {
        "id": "acme-commitments",
        "statement": "Acme carries about $1.4 trillion of compute commitments.",
        "made": "2026-04-01",
        "subject": {"acme": ["Acme", "艾克美"], "compute": ["compute", "computing", "算力"]},
        "amount": {"near": ["commitments", "承诺"], "confirms": [["1.2T", "1.6T"]]},
    }
    rule = parse(ClaimRule, data)
    text = "Acme said the company's $1.4 trillion of computing commitments are all contracted."
    assert _judged(rule, text).stance == Stance.CONFIRMS
    assert _judged(rule, "艾克美表示，其1.4万亿美元算力承诺均已签约。").stance == Stance.CONFIRMS


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a rumour's content: English names the rumour first, Chinese last
        ("Rumours that Globex invested $30 billion in Acme spread on Monday.", "mentions"),
        ("“格洛贝已向艾克美投资300亿美元”的传闻周一流传开来。", "mentions"),
        ("「格洛貝已向艾克美投資300億美元」的傳聞週一流傳開來。", "mentions"),
        ("格洛贝已向艾克美投资300亿美元的传言周一流传开来。", "mentions"),
        # a fact reported beside a rumour about something else stands
        ("格洛贝已向艾克美投资300亿美元，此前的传闻并不准确。", "confirms"),
    ],
)
def test_a_rumour_named_after_its_content_hedges_it(text: str, stance: str) -> None:
    assert _judged(stake_rule(None, made=MADE), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a statement recalled in passing: ", which has said" in English, 曾表示 in Chinese
        (
            "Globex, which has said it invested $30 billion in Acme, reported higher revenue "
            "on Monday.",
            "mentions",
        ),
        ("曾表示已向艾克美投资300亿美元的格洛贝周一公布了财报。", "mentions"),
        ("曾表示已向艾克美投資300億美元的格洛貝週一公布了財報。", "mentions"),
        # the statement made now is news
        ("Globex said on Monday it had invested $30 billion in Acme.", "confirms"),
        ("格洛贝周一表示，已向艾克美投资300亿美元。", "confirms"),
    ],
)
def test_a_statement_recalled_in_a_relative_clause_is_background(text: str, stance: str) -> None:
    assert _judged(stake_rule(None, made=MADE), text).stance == Stance(stance)


@pytest.mark.parametrize(
    "text",
    [
        "Globex discussed investing $30 billion in Acme.",
        "格洛贝讨论了向艾克美投资300亿美元。",
        "格洛貝討論了向艾克美投資300億美元。",
    ],
)
def test_a_discussion_is_talks_in_any_tense_and_language(text: str) -> None:
    assert _judged(stake_rule(None, made=MADE), text).stance == Stance.MENTIONS
    assert _judged(stake_rule("talks", made=MADE), text).stance == Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "Analysts predict Globex will invest $30 billion in Acme.",
        "分析师预测格洛贝将向艾克美投资300亿美元。",
        "分析師預測格洛貝將向艾克美投資300億美元。",
    ],
)
def test_a_prediction_is_a_hedge_in_every_language(text: str) -> None:
    assert _judged(stake_rule(None, made=MADE), text).stance == Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "Globex mulls a $30 billion investment in Acme.",
        "Globex and Acme consider a $30 billion investment by Globex.",
        "格洛贝考虑向艾克美投资300亿美元。",
        "格洛貝考慮向艾克美投資300億美元。",
    ],
)
def test_deliberation_is_a_hedge_in_every_form(text: str) -> None:
    assert _judged(stake_rule(None, made=MADE), text).stance == Stance.MENTIONS
