"""Round six wording and dates (watch/claims/vocab.py, dates.py, roles.py), in English and
Chinese, on inline rules: halts and deals never finalised, statement verbs without "said",
figures set or revised afresh, the headline order "to Y from X", and the days a piece dates its
own news by (which decide whether the month just ended is news or a recap)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged
from watch.claims.recency import news_days
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise
from watch.models import Stance
from watch.validate import parse


def _rule(**extra: object) -> ClaimRule:
    data: dict[str, object] = {
        "id": "acme-deal",
        "statement": "Acme's pledge to Globex is not binding",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "globex": ["Globex", "环球"]},
    }
    data.update(extra)
    return parse(ClaimRule, data)


def _compute_rule() -> ClaimRule:
    """A figure that counts only when said or filed afresh (`reported_by`), as the shipped
    compute claim is written."""
    return parse(
        ClaimRule,
        {
            "id": "acme-compute",
            "statement": "Acme carries about $1.4 trillion of compute commitments",
            "made": "2026-01-01",
            "subject": {"acme": ["Acme", "艾克美"], "compute": ["compute", "算力"]},
            "reported_by": ["<statement>", "<revision>"],
            "amount": [
                {
                    "near": ["compute", "spending", "算力", "支出"],
                    "confirms": [["1.2T", "1.6T"]],
                    "contradicts": [["300B", "1.05T"]],
                }
            ],
        },
    )


# --- a plan halted, a deal never finalised -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme has halted its plan to put money into Globex.", Stance.CONFIRMS),
        ("Acme halts the Globex investment, people familiar said.", Stance.CONFIRMS),
        ("Acme put the brakes on its Globex investment.", Stance.CONFIRMS),
        ("The Acme pledge to Globex was never finalised.", Stance.CONFIRMS),
        ("Acme and Globex never formalized the pact.", Stance.CONFIRMS),
        # Chinese had the words already (叫停, 冻结, 从未 + 最终协议): guards
        ("艾克美已叫停对环球的投资计划。", Stance.CONFIRMS),
        ("艾克美对环球的投资框架已被冻结，从未形成最终协议。", Stance.CONFIRMS),
        ("艾克美與環球的投資框架從未形成最終協議。", Stance.CONFIRMS),
    ],
)
def test_a_halted_plan_and_a_deal_never_finalised(text: str, expected: Stance) -> None:
    rule = _rule(
        confirms=["<no-commitment>", "<cancellation>", "<stalled>"],
        contradicts=["<binding>"],
        negation={"contradicts": "flip"},
    )
    assert judged(rule, text).stance == expected


# --- a figure given without "said" -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acme will spend about $600 billion on compute by 2030, its chief executive indicated.",
        "Acme's chief signalled that compute spending through 2030 will be about $600 billion.",
        "Acme has set its compute spending at about $600 billion by 2030.",
        "Acme has cut its compute spending to about $600 billion.",
        "Acme trimmed 2030 compute spending to $600 billion.",
        "艾克美首席执行官暗示，公司到2030年的算力支出约为6000亿美元。",
        "艾克美把2030年前的算力支出下调至约6000亿美元。",
        "艾克美將2030年前的算力支出下修至約6000億美元。",
    ],
)
def test_a_figure_indicated_or_revised_is_a_fresh_statement(text: str) -> None:
    got = judged(_compute_rule(), text)
    assert got.stance == Stance.CONTRADICTS, got.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme spends about $600 billion on compute by 2030.",
        "艾克美到2030年的算力支出约6000亿美元。",
    ],
)
def test_a_figure_with_no_statement_still_waits_for_one(text: str) -> None:
    got = judged(_compute_rule(), text)
    assert got.stance == Stance.MENTIONS
    assert any("no fresh statement" in r for r in got.reasons), got.reasons


# --- "cut to Y from X": the old value is history -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("", "Acme cuts compute spending to $600b from $1.4t"),
        ("Acme said it cut compute spending to $600 billion from $1.4 trillion.", ""),
        # Chinese writes the old value first (从X下调至Y), which was read already: a guard
        ("艾克美表示，将算力支出从1.4万亿美元下调至6000亿美元。", ""),
    ],
)
def test_the_value_after_from_is_replaced_in_the_headline_order(text: str, title: str) -> None:
    got = judged(_compute_rule(), text, title=title)
    assert got.stance == Stance.CONTRADICTS, got.reasons


# --- the days a piece dates its own news by ----------------------------------------------------

THURSDAY = dt.date(2026, 4, 2)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Reports this week pointed to friction.", THURSDAY),
        ("Acme said on Tuesday it would ship.", dt.date(2026, 3, 31)),
        ("Acme announced the deal yesterday.", dt.date(2026, 4, 1)),
        ("艾克美周四宣布了新定价。", THURSDAY),
        ("艾克美星期一宣布。", dt.date(2026, 3, 30)),
        ("艾克美今日回应称。", THURSDAY),
        ("艾克美本週公布。", THURSDAY),
        ("On April 1, Acme shipped.", dt.date(2026, 4, 1)),
    ],
)
def test_a_piece_dates_its_news_by_days_named_without_a_date(text: str, day: dt.date) -> None:
    assert max(news_days(normalise(text), THURSDAY)) == day


@pytest.mark.parametrize(
    "text",
    ["Acme will ship next Monday.", "艾克美下周一发布。", "艾克美每周一更新。", "Acme ships in Q4"],
)
def test_days_ahead_are_not_the_news(text: str) -> None:
    assert news_days(normalise(text), THURSDAY) == []
