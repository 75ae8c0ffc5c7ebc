"""Claim engine: recaps told in an aside, by a dated verb or a dated telling, and a
cancellation verb that is a noun of another sense.

- "The Acme contract, then 12 ships and $3.1 billion, was ..." ("then" opening a comma-closed
  aside of figures), 该合同当时为……: the figures of a former state, a mention; ", then raised
  it to $3.1 billion," (a verb: what came next) and the aside without "then" stay evidence;
- "agreed in March to settle", "warned in January of a loss" (also in a bullet), 3月同意和解,
  in a June piece: the past month dates the verb and what it agreed or warned of, a mention;
  the same in June, or "on Monday", stays news;
- "told analysts a fortnight ago that ...", 两周前对分析师表示: weeks back that hold the day the
  claim was made date the telling, a recap; "a week ago" after the claim, or the event itself
  "two weeks ago" without a telling, are read as before;
- "battery scrap", "scrap metal", "a drainage ditch": a noun, no cancellation; "to scrap the
  plan", "Scrap the merger", "scrapped", 取消 still cancel.
Each judged by a rule of the test's own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import rule_under_test, stance_of
from watch.claims.rules import ClaimRule
from watch.models import Stance

JUNE_10 = dt.date(2026, 6, 10)


def _contract() -> ClaimRule:
    """Acme books a contract of at least $3 billion."""
    return rule_under_test(
        id="acme-contract",
        subject={"acme": ["Acme", "艾克美"]},
        amount={"unit": "money", "near": ["contract", "合同"], "confirms": ["3B", None]},
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Acme contract, then 12 ships and $3.1 billion, was the largest.", Stance.MENTIONS),
        ("The Acme contract, then about $3.1 billion, was the largest.", Stance.MENTIONS),
        ("艾克美的合同当时为12艘、31亿美元，是船厂史上最大的一笔。", Stance.MENTIONS),
        ("The Acme contract, 12 ships and $3.1 billion, was the largest.", Stance.CONFIRMS),
        ("Acme agreed a contract, then raised it to $3.1 billion, in May.", Stance.CONFIRMS),
        ("艾克美的合同为12艘、31亿美元，是船厂史上最大的一笔。", Stance.CONFIRMS),
    ],
)
def test_then_in_an_aside_is_a_former_state(text: str, expected: Stance) -> None:
    assert stance_of(_contract(), text, JUNE_10) is expected


def _settle() -> ClaimRule:
    """Acme settles its insurance case, or warns of a loss."""
    return rule_under_test(
        id="acme-settle",
        subject={"acme": ["Acme", "艾克美"]},
        confirms=["settle", "和解", "loss", "亏损"],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme agreed in March to settle its insurance case.", Stance.MENTIONS),
        ("Acme decided last month to settle its insurance case.", Stance.MENTIONS),
        (
            "Acme cited the groundings when it warned in January of a full-year loss.",
            Stance.MENTIONS,
        ),
        (
            "- Acme cited the groundings when it warned in January of a full-year loss",
            Stance.MENTIONS,
        ),
        ("艾克美3月同意和解保险案。", Stance.MENTIONS),
        ("Acme agreed in June to settle its insurance case.", Stance.CONFIRMS),
        ("Acme agreed on Monday to settle its insurance case.", Stance.CONFIRMS),
        ("Acme warned on Monday of a full-year loss.", Stance.CONFIRMS),
        ("艾克美6月同意和解保险案。", Stance.CONFIRMS),
    ],
)
def test_a_past_month_after_a_verb_dates_what_it_agreed(text: str, expected: Stance) -> None:
    assert stance_of(_settle(), text, JUNE_10) is expected


def _renewal() -> ClaimRule:
    """Acme's licence is renewed for ten years (the claim made on 10 February)."""
    return rule_under_test(
        id="acme-renewal",
        made="2026-02-10",
        subject={"acme": ["Acme", "艾克美"]},
        confirms=["ten-year", "十年"],
    )


FEB_24 = dt.date(2026, 2, 24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme's chief told analysts a fortnight ago that Acme had won a ten-year renewal.",
            Stance.MENTIONS,
        ),
        ("Acme's chief said two weeks ago that Acme had won a ten-year renewal.", Stance.MENTIONS),
        ("艾克美行政总裁两周前对分析师表示，公司已取得十年续期。", Stance.MENTIONS),
        ("艾克美行政總裁兩周前表示，公司已取得十年續期。", Stance.MENTIONS),
        ("Acme's chief said a week ago that Acme had won a ten-year renewal.", Stance.CONFIRMS),
        ("Acme won a ten-year renewal two weeks ago.", Stance.CONFIRMS),
        ("艾克美行政总裁一周前表示，公司已取得十年续期。", Stance.CONFIRMS),
    ],
)
def test_weeks_ago_that_hold_the_claim_date_a_telling(text: str, expected: Stance) -> None:
    assert stance_of(_renewal(), text, FEB_24) is expected


def _venture() -> ClaimRule:
    """Acme sets up its recycling venture (a cancellation contradicts)."""
    return rule_under_test(
        id="acme-venture",
        subject={"acme": ["Acme", "艾克美"], "venture": ["venture", "合资"]},
        confirms=["set up"],
        contradicts=["<cancellation>"],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme's venture will recycle nickel from battery scrap.", None),
        ("Acme's venture buys scrap metal from dealers.", None),
        ("Acme's venture dug a drainage ditch beside the plant.", None),
        ("艾克美的合资公司将从电池废料中回收镍。", None),
        ("Acme will scrap the venture.", Stance.CONTRADICTS),
        ("Acme to scrap battery venture.", Stance.CONTRADICTS),
        ("Scrap the venture, Acme investors say.", Stance.CONTRADICTS),
        ("Acme scrapped the venture.", Stance.CONTRADICTS),
        ("Acme will ditch the venture.", Stance.CONTRADICTS),
        ("艾克美取消合资计划。", Stance.CONTRADICTS),
    ],
)
def test_a_cancellation_verb_as_a_noun_cancels_nothing(text: str, expected: Stance | None) -> None:
    found = stance_of(_venture(), text, JUNE_10)
    assert (found or Stance.MENTIONS) is (expected or Stance.MENTIONS)


def _term() -> ClaimRule:
    """Acme's licence runs ten years."""
    return rule_under_test(
        id="acme-term", subject={"acme": ["Acme", "艾克美"]}, confirms=["ten years", "十年"]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme's licence question was settled in March. It gives the company ten years, "
            "and that is why it invests.",
            Stance.MENTIONS,
        ),
        ("艾克美的许可证问题3月已经解决。该公司拥有十年期限。", Stance.MENTIONS),
        (
            "Acme's licence question was settled on Monday. It gives the company ten years, "
            "and that is why it invests.",
            Stance.CONFIRMS,
        ),
        (
            "Acme's licence question was raised in March by critics. It gives the company ten "
            "years.",
            Stance.CONFIRMS,
        ),
        ("艾克美的许可证问题本周一已经解决。该公司拥有十年期限。", Stance.CONFIRMS),
    ],
)
def test_a_sentence_pointing_back_to_a_dated_recap_inherits_it(text: str, expected: Stance) -> None:
    assert stance_of(_term(), text, dt.date(2026, 6, 2)) is expected
