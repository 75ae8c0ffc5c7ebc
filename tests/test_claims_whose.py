"""Whose figure it is, what it measures, whether it is news (round five), each judged by a rule
of the test's own in English and Chinese (simplified and traditional):

- a figure a change is measured from ("a sharp cut from $1.4 trillion", 较1.4万亿美元大幅缩减) is
  the old yardstick, no evidence for itself;
- the whole a figure is part of ("within its broader $100 billion raise", 为千亿融资一部分);
- a figure only sought or estimated ("trying to raise", "estimated at", "holding out for");
- a round's total is not one backer's part, nor one backer's part the round's size;
- a possessive recaps a known figure, unless the sentence completes or announces it;
- another party's commitment to spend is no investor's commitment.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.claimkit import judged, stake_rule
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse


def _compute_rule() -> ClaimRule:
    data: dict[str, Any] = {
        "id": "acme-compute",
        "statement": "Acme carries about $1.4 trillion of compute commitments.",
        "made": "2026-01-01",
        "subject": {
            "acme": ["Acme", "艾克美"],
            "compute": ["compute", "commitments", "算力", "承诺", "承諾"],
        },
        "window": 1,
        "amount": {
            "near": ["compute", "commitments", "spending", "算力", "承诺", "支出"],
            "confirms": [["1.2T", "1.6T"]],
            "contradicts": [["300B", "1.05T"], ["1.85T", "5T"]],
        },
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    "text",
    [
        "Acme told investors its compute budget is now $600 billion, a sharp cut from the "
        "$1.4 trillion of compute commitments its founder touted.",
        "Acme said compute spending is $600 billion, down 57% from $1.4 trillion in commitments.",
        "Acme said compute spending is $600 billion, a 57% haircut to the $1.4 trillion of "
        "commitments.",
        "艾克美表示，算力支出目前为6000亿美元，较创始人宣传的1.4万亿美元承诺大幅缩减。",
        "艾克美称，算力支出约为6000亿美元，比创始人四处宣扬的1.4万亿美元算力承诺少了57%。",
        "艾克美稱，算力支出約為6000億美元，與1.4兆美元的承諾相比大幅縮減。",
    ],
)
def test_the_figure_a_change_is_measured_from_is_no_evidence(text: str) -> None:
    # before: the old $1.4 trillion confirmed, the new figure contradicted: both ways, a mention
    got, _, reasons = judged(_compute_rule(), text)
    assert got == Stance.CONTRADICTS, reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme said its compute commitments remain about $1.4 trillion, more than the $1.2 "
        "trillion it had planned.",
        "艾克美表示，算力承诺仍约为1.4万亿美元。",
    ],
)
def test_a_figure_stated_beside_a_yardstick_is_still_evidence(text: str) -> None:
    # guard: the yardstick is the figure after "more than the", not the one stated
    got, _, reasons = judged(_compute_rule(), text)
    assert got == Stance.CONFIRMS, reasons


def _round_rule() -> ClaimRule:
    data: dict[str, Any] = {
        "id": "acme-round",
        "statement": "Acme raises about $60B at about a $730B valuation.",
        "made": "2026-01-01",
        "subject": {
            "acme": ["Acme", "艾克美"],
            "round": ["round", "funding", "fundraising", "raise", "融资", "融資"],
        },
        "window": 1,
        # no pending words: the engine must know these itself
        "amount": [
            {
                "near": ["round", "funding", "fundraising", "raise", "融资"],
                "of": "round",
                "confirms": [["52B", "68B"]],
                "contradicts": [["1B", "48B"], ["75B", None]],
            },
            {
                "of": "valuation",
                "confirms": [["690B", "770B"]],
                "contradicts": [["100B", "650B"], ["820B", None]],
            },
        ],
        "rivals": ["Globex", "格洛贝", "格洛貝"],
    }
    return parse(ClaimRule, data)


def _mention_because(text: str, why: str) -> None:
    got, _, reasons = judged(_round_rule(), text)
    assert got == Stance.MENTIONS, reasons
    assert any(why in r for r in reasons), reasons


@pytest.mark.parametrize(
    "text",
    [
        "Globex agreed to invest $20 billion in Acme, part of a $100 billion funding round.",
        "Globex agreed to invest $20 billion in Acme within its broader $100 billion fundraising.",
        "格洛贝同意向艾克美投资200亿美元，为千亿美元融资一部分。",
        "格洛貝同意向艾克美投資200億美元，屬1000億美元融資一部分。",
    ],
)
def test_the_whole_a_figure_is_part_of_is_not_reported_as_final(text: str) -> None:
    _mention_because(text, "is the whole the news is part of")


def test_a_whole_that_matches_the_claim_still_supports_it() -> None:
    text = "Globex agreed to invest $20 billion in Acme, part of a $60 billion funding round."
    got, _, reasons = judged(_round_rule(), text)
    assert got == Stance.CONFIRMS, reasons


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("Acme is trying to raise north of $100 billion in new funding.", "only sought"),
        ("Acme is looking to raise more than $100 billion in a new funding round.", "only sought"),
        ("艾克美正试图融资1000亿美元。", "only sought"),
        ("艾克美正試圖融資1000億美元。", "only sought"),
        ("The new funding round for Acme is estimated at about $100 billion.", "an estimate"),
        ("艾克美本轮融资规模估计约为1000亿美元。", "an estimate"),
        ("艾克美本輪融資規模估計約為1000億美元。", "an estimate"),
    ],
)
def test_a_figure_only_sought_or_estimated_is_not_a_size_reached(text: str, why: str) -> None:
    _mention_because(text, why)


@pytest.mark.parametrize(
    "text",
    [
        "Acme is working on a new funding round at a target valuation of $830 billion.",
        "艾克美正在筹备新一轮融资，目标估值为8300亿美元。",
        "Acme's founder is holding out for a $1 trillion valuation in a listing, higher than the "
        "$730 billion its last funding round fetched.",
        "艾克美创始人坚持要以1万亿美元估值上市，高于上一轮融资时的估值。",
    ],
)
def test_a_valuation_only_sought_is_no_valuation_reached(text: str) -> None:
    # the listing's valuation that a founder holds out for is not the round's
    got, _, reasons = judged(_round_rule(), text)
    assert got == Stance.MENTIONS, reasons


def _part_rule() -> ClaimRule:
    """Globex puts tens of billions into Acme's round; $60 billion or more of its own contradicts
    (the shipped Nvidia claim's shape: two amount rules, both of Globex's share)."""
    data: dict[str, Any] = {
        "id": "globex-part",
        "statement": "In Acme's round Globex puts in tens of billions of dollars.",
        "made": "2026-01-01",
        "subject": {"globex": ["Globex", "格洛贝", "格洛貝"], "acme": ["Acme", "艾克美"]},
        "window": 1,
        "amount": [
            {"near": ["invest", "投资", "投資"], "of": "share", "confirms": [["10B", "50B"]]},
            {
                "near": ["this round", "funding round", "本轮", "本輪", "一轮"],
                "of": "share",
                "contradicts": [["60B", None]],
            },
        ],
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    "text",
    [
        "Globex is among the backers of Acme's funding round, which totals more than $100 billion.",
        "Globex is among the backers of Acme's funding round that totalled $110 billion.",
        "格洛贝参与了艾克美本轮融资，本轮融资总额超过1000亿美元。",
        "格洛貝參與了艾克美本輪融資，本輪融資總額達1100億美元。",
    ],
)
def test_a_rounds_total_is_not_one_backers_part(text: str) -> None:
    got, _, reasons = judged(_part_rule(), text)
    assert got == Stance.MENTIONS, reasons


@pytest.mark.parametrize(
    "text",
    [
        "Globex once planned to invest $100 billion in Acme.",
        "Globex was going to pour $100 billion into Acme.",
        "格洛贝一度打算向艾克美投资1000亿美元。",
    ],
)
def test_only_a_breakdown_needs_no_near_word(text: str) -> None:
    # the second rule asks for "this round": an investment not said to be in it is not it
    got, _, reasons = judged(_part_rule(), text)
    assert got != Stance.CONTRADICTS, reasons


def test_a_backers_part_in_a_list_with_each_needs_no_near_word() -> None:
    text = "Globex and Initech are each committing $70 billion to Acme."
    got, _, reasons = judged(_part_rule(), text)
    assert got == Stance.CONTRADICTS, reasons


@pytest.mark.parametrize(
    "text",
    [
        "Globex said it has completed its $30 billion investment in Acme.",
        "Globex announced its $30 billion investment in Acme on Monday.",
        "格洛贝表示已完成其300亿美元的投资，入股艾克美。",
        "格洛貝表示已完成其300億美元的投資，入股艾克美。",
    ],
)
def test_a_possessive_that_is_completed_or_announced_is_news(text: str) -> None:
    got, _, reasons = judged(stake_rule(None), text)
    assert got == Stance.CONFIRMS, reasons


@pytest.mark.parametrize(
    "text",
    [
        "Globex said its $30 billion investment in Acme showed its confidence.",
        "格洛贝称，其300亿美元投资显示了对艾克美的信心。",
    ],
)
def test_a_possessive_that_recaps_stays_a_mention(text: str) -> None:
    # guard: the recap rule still holds where nothing completes or announces the figure
    got, _, reasons = judged(stake_rule(None), text)
    assert got == Stance.MENTIONS, reasons


@pytest.mark.parametrize(
    "text",
    [
        "格洛贝正洽谈向艾克美注资最多300亿美元，本轮融资对艾克美的估值约为7300亿美元。",
        "格洛貝正洽談向艾克美注資最多300億美元，本輪融資對艾克美的估值約為7300億美元。",
        "Globex is set to inject at most $30 billion into Acme's funding round, which values "
        "Acme at about $730 billion.",
    ],
)
def test_one_backers_capped_injection_is_not_the_rounds_size(text: str) -> None:
    # 最多 is a cap on the backer's figure, so 注资 right before it makes the figure a share (the
    # English line passed before too, by its owner, Globex; it guards "at most" read as a cap)
    got, _, reasons = judged(_round_rule(), text)
    assert got == Stance.CONFIRMS, reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme will use the funding round to spend $100 billion on Globex chips.",
        "Acme has committed to spending a total of $100 billion on Globex cloud capacity in this "
        "round of deals.",
        "艾克美将用本轮融资在格洛贝采购1000亿美元的芯片。",
        "艾克美將用本輪融資在格洛貝採購1000億美元的晶片。",
    ],
)
def test_a_buyers_spending_is_no_backers_part(text: str) -> None:
    # what a customer spends with Globex is Globex's revenue, not Globex's part of the round
    got, _, reasons = judged(_part_rule(), text)
    assert got == Stance.MENTIONS, reasons


@pytest.mark.parametrize(
    "text",
    [
        "Globex and two other backers have together committed $110 billion to Acme in a new "
        "funding round.",
        "Globex and its partners jointly poured $110 billion into Acme in the funding round.",
    ],
)
def test_the_backers_joint_total_is_the_recipients_round(text: str) -> None:
    got, _, reasons = judged(_round_rule(), text)
    assert got == Stance.CONTRADICTS, reasons


@pytest.mark.parametrize(
    "text",
    [
        "Globex and two other backers have together committed $110 billion to Acme.",
        "格洛贝与另外两家投资方合计向艾克美注资1100亿美元。",
        "格洛貝與另外兩家投資方合計向艾克美注資1100億美元。",
    ],
)
def test_the_backers_joint_total_is_no_one_backers_part(text: str) -> None:
    # guard beside the test above (passes before and after): the total stays no backer's part
    got, _, reasons = judged(_part_rule(), text)
    assert got == Stance.MENTIONS, reasons


@pytest.mark.parametrize(
    "text",
    [
        "Globex has written a $30 billion ticket into Acme's round.",
        "格洛贝向艾克美开出一张300亿美元的支票。",
        "格洛貝向艾克美開出一張300億美元的支票。",
    ],
)
def test_a_ticket_or_cheque_is_a_backers_share(text: str) -> None:
    got, _, reasons = judged(stake_rule(None), text)
    assert got == Stance.CONFIRMS, reasons
