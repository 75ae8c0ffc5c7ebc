"""A figure restated in a local currency (ce-figures6), judged by a rule of the test's own
shaped like a backer's part in a round: the bracket after a dollar figure ("(about Rs 9.9 lakh
crore)", "(约7,800亿港元)") is the same figure, never a second amount, and it does not part the
figure from the noun it sizes."""

from __future__ import annotations

from typing import Any

import pytest

from tests.claimkit import judged
from watch.claims.quantities import find_quantities
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise
from watch.models import Stance
from watch.validate import parse


def _share_rule() -> ClaimRule:
    data: dict[str, Any] = {
        "id": "globex-share",
        "statement": "In Acme's current round Globex puts in tens of billions of dollars.",
        "made": "2026-01-01",
        "subject": {"globex": ["Globex", "格洛贝"], "acme": ["Acme", "艾克美"]},
        "rivals": ["Initech", "英尼泰"],
        "window": 1,
        "amount": [
            {
                "near": ["invest", "invested", "chipping in", "投资", "出资"],
                "of": "share",
                "confirms": [["10B", "50B"]],
            },
            # Globex putting in $60 billion or more; the round's own total is not its part
            {
                "near": ["funding round", "本轮", "这轮"],
                "of": "share",
                "contradicts": [["60B", None]],
            },
        ],
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    "text",
    [
        "Acme wrapped up a USD 110 billion (about Rs 9.9 lakh crore) funding round, with Globex "
        "chipping in USD 30 billion.",
        "Acme has closed a US$110 billion (about RM517 billion) funding round, and Globex "
        "invested US$30 billion of it.",
        "艾克美完成本轮融资1,100亿美元（约8,580亿港元），其中格洛贝出资300亿美元。",
        "艾克美完成這輪融資1,100億美元（約1,474億新元），其中格洛貝出資300億美元。",
    ],
)
def test_the_round_restated_in_brackets_is_still_the_rounds(text: str) -> None:
    got, _, reasons = judged(_share_rule(), text)
    assert got == Stance.CONFIRMS, reasons


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("OpenAI has closed a USD 110 billion (about Rs 9.9 lakh crore) round", "USD 110 billion"),
        ("a $100bn (Dh367bn) investment", "$100bn"),
        ("注资最多1,000亿美元（约7,800亿港元）", "1,000亿美元"),
        ("投入200億美元（約1,560億港幣）", "200億美元"),
    ],
)
def test_a_conversion_is_one_figure_with_the_dollar_figure(text: str, figure: str) -> None:
    found = find_quantities(normalise(text))
    assert len(found) == 1, found
    assert found[0].currency == "USD"
    # the figure keeps its own text and reaches over the bracket that restates it
    assert figure in text[found[0].start : found[0].end]
    assert text[found[0].end - 1] in ")）"


@pytest.mark.parametrize(
    "text", ["$110bn (up from $40bn)", "1000亿美元（2025年）", "$30 billion (about 20%)"]
)
def test_a_bracket_that_names_no_currency_is_not_a_conversion(text: str) -> None:
    first = find_quantities(normalise(text))[0]
    assert first.end == len(text.split(" (")[0].split("（")[0])


def _round_rule() -> ClaimRule:
    data: dict[str, Any] = {
        "id": "acme-round",
        "statement": "Acme raises about $60B in its current round.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "round": ["round", "fundraising", "融资"]},
        "window": 1,
        "amount": [
            {
                "near": ["round", "fundraising", "融资"],
                "of": "round",
                "confirms": [["52B", "68B"]],
                "contradicts": [["1B", "48B"], ["75B", None]],
            }
        ],
        "rivals": ["Globex", "格洛贝", "Initech"],
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    "text",
    [
        "The $30bn is part of a fundraising in which Acme hopes to collect much more, she said.",
        "The $40 billion was part of the round Acme closed.",
        "这300亿美元只是艾克美本轮融资的一部分，交易已完成。",
        "這300億美元為艾克美本輪融資的一部份。",
    ],
)
def test_a_figure_that_is_part_of_the_round_is_not_its_size(text: str) -> None:
    got, _, reasons = judged(_round_rule(), text)
    assert got == Stance.MENTIONS, reasons


@pytest.mark.parametrize(
    "text", ["Acme has closed a $40 billion funding round.", "艾克美已完成400亿美元融资。"]
)
def test_the_rounds_own_size_still_decides(text: str) -> None:
    got, _, reasons = judged(_round_rule(), text)
    assert got == Stance.CONTRADICTS, reasons


@pytest.mark.parametrize(
    "text",
    [
        "Globex is leading a $110 billion funding round for Acme, with $50 billion of its own.",
        "Globex led a $110bn round in Acme, the company said on Friday.",
        # Chinese names the company before the figure: the nearest name already owns it
        "格洛贝领投艾克美本轮1100亿美元融资。",
        "格洛貝領投艾克美1,100億美元的融資，並出資500億美元。",
    ],
)
def test_the_round_a_backer_leads_is_the_companys(text: str) -> None:
    got, _, reasons = judged(_round_rule(), text)
    assert got == Stance.CONTRADICTS, reasons
    assert any("Acme's round" in r or "艾克美's round" in r for r in reasons), reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme's round closed, and Globex and Initech are coming in with $30 billion apiece.",
        "Globex came in with $30 billion in Acme's round, a filing showed.",
        "艾克美本轮融资完成，格洛贝与英尼泰各出资300亿美元。",  # passes before: 各出资 was known
    ],
)
def test_coming_in_with_a_figure_is_a_share(text: str) -> None:
    got, _, reasons = judged(_share_rule(), text)
    assert got == Stance.CONFIRMS, reasons


@pytest.mark.parametrize(
    "text",
    [
        "格洛貝將喺艾克美新一輪集資落200億美元。",
        "格洛贝已经落咗300亿美元喺艾克美今轮融资度。",
        "格洛貝今次會落重注300億美元入艾克美本輪融資。",
    ],
)
def test_cantonese_puts_money_in_with_lok(text: str) -> None:
    """落 (落咗, 落注, 将落) is written Cantonese for putting money in: a share, not the round."""
    got, _, reasons = judged(_round_rule(), text)
    assert got == Stance.MENTIONS, reasons
    got, _, reasons = judged(_share_rule(), text)
    assert got == Stance.CONFIRMS, reasons


@pytest.mark.parametrize(
    "text", ["艾克美本輪融資規模回落至400億美元。", "艾克美落实400亿美元融资。"]
)
def test_lok_in_other_words_is_not_putting_money_in(text: str) -> None:
    got, _, reasons = judged(_round_rule(), text)
    assert got == Stance.CONTRADICTS, reasons


def _compute_rule() -> ClaimRule:
    data: dict[str, Any] = {
        "id": "acme-compute",
        "statement": "Acme carries about $1.4 trillion of compute commitments.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "compute": ["compute", "spending", "算力", "支出"]},
        "window": 1,
        "reported_by": ["said", "told investors", "表示", "告诉投资人"],
        "amount": [
            {
                "near": ["compute", "spending", "算力", "支出"],
                "confirms": [["1.2T", "1.6T"]],
                "contradicts": [["300B", "1.05T"]],
            }
        ],
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    "text",
    [
        "Acme said its compute target is about $600 billion through 2030.",
        "Acme said it has a spending target of $600 billion for the next five years.",
        "艾克美告訴投資人，到2030年的算力目標約6千億美元。",
        "艾克美表示，未来五年的支出目标为6000亿美元。",
    ],
)
def test_a_spending_target_is_the_compute_claims_news(text: str) -> None:
    """For a claim whose figure is a spending plan, a new spending target restates the plan."""
    got, _, reasons = judged(_compute_rule(), text)
    assert got == Stance.CONTRADICTS, reasons


@pytest.mark.parametrize(
    "text",
    ["Acme said its fundraising target is $40 billion.", "艾克美表示，本轮融资目标为400亿美元。"],
)
def test_a_fundraising_target_is_still_a_goal(text: str) -> None:
    got, _, reasons = judged(_round_rule(), text)
    assert got == Stance.MENTIONS, reasons


def _backer_rule() -> ClaimRule:
    """Shaped like the shipped per-backer claim: a share in range confirms, with investing
    words as its `near` list."""
    data: dict[str, Any] = {
        "id": "globex-backer",
        "statement": "In Acme's current round Globex puts in tens of billions of dollars.",
        "made": "2026-01-01",
        "subject": {"globex": ["Globex", "格洛贝"], "acme": ["Acme", "艾克美"]},
        "window": 1,
        "amount": [
            {
                "near": ["invest", "investment", "stake", "投资", "出资"],
                "of": "share",
                "confirms": [["10B", "50B"]],
            },
        ],
        "rivals": ["Initech", "英尼泰", "Hooli", "胡利"],
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    "text",
    [
        # a backer's part named by its noun, changed to the figure
        "Globex's share of Acme's funding round will shrink to about $20 billion, Acme said.",
        "艾克美表示，格洛贝在本轮融资中的份额将降至约200亿美元。",
        "格洛貝在艾克美本輪融資中的份額已縮至200億美元。",
        # the figure bracketed right after the backer's name in a list
        "Acme closed its round with money from Initech, Globex ($30B) and Hooli.",
        "艾克美完成本轮融资，资金来自英尼泰、格洛贝（300亿美元）和胡利。",
        # a possessive naming the part, with a predicate saying it is done
        "Globex said its $30 billion Acme investment is done.",
        "格洛贝表示，在艾克美本轮融资中，其300亿美元的投资已经完成。",
    ],
)
def test_a_backers_part_in_other_shapes(text: str) -> None:
    got, _, reasons = judged(_backer_rule(), text)
    assert got == Stance.CONFIRMS, reasons


def test_a_possessive_part_not_said_to_be_done_is_still_recalled() -> None:
    for text in (
        "Globex said its $30 billion Acme investment looks wise.",
        "格洛贝表示，在艾克美本轮融资中，其300亿美元的投资很明智。",
    ):
        got, _, reasons = judged(_backer_rule(), text)
        assert got == Stance.MENTIONS, reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme has set its compute spending at about $600 billion through 2030.",
        "Acme has cut its spending target through 2030 to $600 billion.",
        "Acme lowers its compute spending goal to $600 billion from $1.4 trillion.",
        "艾克美将2030年前的算力支出下调至6000亿美元。",
        "艾克美把算力支出目標定為6000億美元。",
    ],
)
def test_a_figure_set_anew_by_its_holder_is_a_fresh_statement(text: str) -> None:
    """Setting or cutting one's own figure states it afresh, as "said" would (`reported_by`);
    in "to $600 billion from $1.4 trillion" the older figure is only what was replaced."""
    got, _, reasons = judged(_compute_rule(), text)
    assert got == Stance.CONTRADICTS, reasons


@pytest.mark.parametrize(
    "text",
    ["Acme's compute spending stood at about $600 billion.", "艾克美的算力支出约6000亿美元。"],
)
def test_a_figure_merely_written_is_not_a_fresh_statement(text: str) -> None:
    got, _, reasons = judged(_compute_rule(), text)
    assert got == Stance.MENTIONS, reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme's funding round is nearing a close at more than $100 billion, with Globex "
        "investing $30 billion.",
        "The funding round was capped at $110 billion, and Globex invested $30 billion in Acme.",
        # 规模接近: the round named with its size, a qualifier after the verb
        "艾克美本轮融资规模接近1100亿美元，格洛贝出资300亿美元。",
    ],
)
def test_the_round_as_subject_sized_at_a_figure_is_not_a_backers_part(text: str) -> None:
    got, _, reasons = judged(_share_rule(), text)
    assert got == Stance.CONFIRMS, reasons
