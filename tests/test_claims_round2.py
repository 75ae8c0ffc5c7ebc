"""Claim engine, round two: a figure of the whole that the news is part of ("as part of a
$100 billion raise", 作为……的一部分), judged by a rule of the test's own in English, simplified
and traditional Chinese."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.claimkit import shown
from watch.claims.engine import Matcher
from watch.claims.rules import ClaimRule
from watch.models import Document, Stance
from watch.validate import parse

PUBLISHED = dt.date(2026, 3, 1)


def _round_rule() -> ClaimRule:
    data: dict[str, Any] = {
        "id": "acme-round",
        "statement": "Acme raises about $50 billion this year.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "round": ["raise", "financing", "融资"]},
        "amount": {
            "near": ["raise", "financing", "融资"],
            "confirms": [["45B", "55B"]],
            "contradicts": [["70B", None]],
        },
        "rivals": ["Globex", "格洛贝"],
    }
    return parse(ClaimRule, data)


def _stance(text: str) -> Stance:
    (verdict,) = Matcher([_round_rule()]).judge(Document(text, PUBLISHED))
    return shown(verdict)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a whole of another size, named in passing: talk of it goes on, no more
        ("Globex agreed to put $20 billion into Acme as part of a $100 billion raise.", "mentions"),
        ("格洛贝同意向艾克美投资200亿美元，作为艾克美1000亿美元融资的一部分。", "mentions"),
        ("格洛貝同意向艾克美投資200億美元，作為艾克美1000億美元融資的一部分。", "mentions"),
        # the same whole, of the claim's size, still supports it
        ("Globex agreed to invest $20 billion in Acme as part of a $50 billion raise.", "confirms"),
        ("格洛贝同意向艾克美投资200亿美元，作为艾克美500亿美元融资的一部分。", "confirms"),
        # 或达 / "could reach": a figure the round may reach is not one it reached
        ("艾克美本轮融资最高或达1000亿美元，公司表示。", "mentions"),
        ("艾克美本輪融資最高或達1000億美元，公司表示。", "mentions"),
        ("Acme said its raise could reach $100 billion.", "mentions"),
        # the whole reported as the news itself still contradicts
        ("Acme said it closed a $100 billion raise on Friday.", "contradicts"),
        ("艾克美周五表示，已完成1000亿美元融资。", "contradicts"),
    ],
)
def test_the_whole_a_part_belongs_to_is_a_frame(text: str, stance: str) -> None:
    assert _stance(text) == Stance(stance)


def _commitments_rule() -> ClaimRule:
    data: dict[str, Any] = {
        "id": "acme-commitments",
        "statement": "Acme carries about $1.4 trillion of commitments.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "what": ["commitments", "承诺", "支出"]},
        "reported_by": ["<statement>", "filing"],
        "amount": {
            "near": ["commitments", "承诺", "支出"],
            "confirms": [["1.2T", "1.6T"]],
            "contradicts": [["300B", "1.05T"]],
        },
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a figure someone puts on the record now, in words no rule had to list
        ("Acme's finance chief pointed to roughly $600 billion of commitments.", "contradicts"),
        ("艾克美向投资人揭露，其支出目标约为6000亿美元。", "contradicts"),
        ("艾克美向投資人揭露，其支出目標約為6000億美元。", "contradicts"),
        # 2030年前 is "before 2030", not "years ago" (English says "by 2030" and needs nothing)
        ("艾克美表示，2030年前的支出目标约为6000亿美元。", "contradicts"),
        ("艾克美表示，2030年前的支出目標約為6000億美元。", "contradicts"),
        ("Acme said its commitments through 2030 are about $600 billion.", "contradicts"),
        # ... while 三年前 still dates the figure
        ("艾克美表示，三年前的支出目标约为6000亿美元。", "mentions"),
        # the same figure with no one saying it now: repeated background, a mention
        ("Acme's roughly $600 billion of commitments weigh on its shares.", "mentions"),
    ],
)
def test_statement_vocabulary_gates_reported_figures(text: str, stance: str) -> None:
    (verdict,) = Matcher([_commitments_rule()]).judge(Document(text, PUBLISHED))
    assert shown(verdict) == Stance(stance)


def _share_rule(**amount: Any) -> ClaimRule:
    data: dict[str, Any] = {
        "id": "acme-share",
        "statement": "Acme puts tens of billions into Initech's round.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "initech": ["Initech", "英尼泰"]},
        "amount": {"near": ["invest", "put in", "投资", "出资"], "confirms": [["10B", "50B"]]}
        | amount,
        "rivals": ["Globex", "格洛贝", "Umbrella", "安布雷拉"],
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    "text",
    [
        # a round broken down by backer: each backer's figure is its share, no verb needed
        "Initech said it raised $110 billion, including $30 billion from Acme, $30 billion from "
        "Globex and $50 billion from Umbrella.",
        "Initech said it raised $110 billion: Globex $30 billion, Acme $30 billion and Umbrella "
        "$50 billion.",
        "英尼泰宣布获得总计1100亿美元的新融资，其中包括格洛贝300亿美元、艾克美300亿美元以及安布雷拉500亿美元。",
        "英尼泰宣布獲得總計1100億美元的新融資，其中包括格洛貝300億美元、艾克美300億美元以及安布雷拉500億美元。",
    ],
)
def test_a_breakdown_by_backer_gives_each_its_share(text: str) -> None:
    shares = Matcher([_share_rule(of="share")]).judge(Document(text, PUBLISHED))
    assert [v.stance for v in shares] == [Stance.CONFIRMS]
    assert shares[0].confidence >= 0.6
    # without `of: share` the rule still asks for its `near` words, as it always did
    (plain,) = Matcher([_share_rule()]).judge(Document(text, PUBLISHED))
    assert plain.stance is Stance.MENTIONS


def test_a_breakdown_gives_a_rival_its_own_share_only() -> None:
    rule = _share_rule(of="share")
    text = "Acme cheered as Initech said it raised $110 billion, including $30 billion from Globex."
    (verdict,) = Matcher([rule]).judge(Document(text, PUBLISHED))
    assert verdict.stance is Stance.MENTIONS
    # a figure "from" several names is the round's, not one backer's
    text = "Initech raised $40 billion from Globex, Umbrella and Acme, the company said."
    (verdict,) = Matcher([rule]).judge(Document(text, PUBLISHED))
    assert verdict.stance is Stance.MENTIONS


def _valued_round_rule() -> ClaimRule:
    data: dict[str, Any] = {
        "id": "acme-valued-round",
        "statement": "Acme raises about $60 billion at about a $730 billion valuation.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "round": ["round", "融资"]},
        "amount": [
            {"of": "round", "near": ["round", "融资"], "contradicts": [["75B", None]]},
            {"of": "valuation", "confirms": [["690B", "770B"]], "contradicts": [["100B", "650B"]]},
        ],
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    "text",
    [
        "Acme said the figures that count are its $852 billion valuation, its $122 billion round "
        "and its revenue.",
        "艾克美表示，关键在于其8520亿美元的估值、1220亿美元融资以及营收。",
        "艾克美表示，關鍵在於其8520億美元的估值、1220億美元融資以及營收。",
    ],
)
def test_a_round_named_by_its_noun_is_no_valuation(text: str) -> None:
    (verdict,) = Matcher([_valued_round_rule()]).judge(Document(text, PUBLISHED))
    reasons = " ".join(verdict.reasons)
    assert "122" in reasons
    assert "(valuation) in [100B, 650B]" not in reasons


@pytest.mark.parametrize(
    "text", ["Acme closed a round valued at $730 billion.", "艾克美完成估值7300亿美元的融资。"]
)
def test_a_valuation_written_right_before_stays_one(text: str) -> None:
    (verdict,) = Matcher([_valued_round_rule()]).judge(Document(text, PUBLISHED))
    assert verdict.stance is Stance.CONFIRMS
