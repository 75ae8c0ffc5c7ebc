"""Claim engine: money the amount reader missed, in English and Chinese.

- a currency written by its sign, code or name, from one table (C$, R4 billion, rand, 兰特,
  加元, 新台币 and 港元 before or after the figure), and a currency no figure can ever be
  read in rejected by the rule language;
- per-share money in 元 with no scale (每股现金股利7元, 派息10.5元, 10至12元), counting for a
  rule in CNY, TWD or HKD, not for one in another currency;
- a floor written as a negated comparison (不少于, 不低于, 不會低於, "no less than", "a minimum
  of") is "at least", a cap written so (不超过, "not more than") is "up to".
Each judged by a rule of the test's own, with the near-misses that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.quantities import find_quantities
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise
from watch.models import Stance
from watch.validate import Invalid


def _buyback(currency: str, low: str, high: str, **extra: Any) -> ClaimRule:
    """Acme buys back at least `low` in `currency`; under `high` contradicts."""
    return rule_under_test(
        id="acme-buyback",
        subject={"acme": ["Acme", "艾克美"]},
        confirms=[],
        amount={
            "currency": currency,
            "near": ["repurchase", "buy back", "回购", "回購"],
            "confirms": [[low, None]],
            "contradicts": [[None, high]],
            **extra,
        },
    )


def _dividend(currency: str) -> ClaimRule:
    """Acme pays a dividend of at least 10 a share; under 9.5 contradicts."""
    return rule_under_test(
        id="acme-dividend",
        subject={"acme": ["Acme", "艾克美"]},
        confirms=[],
        amount={
            "currency": currency,
            "near": ["dividend", "股利", "股息", "派息", "配息"],
            "confirms": [[10, None]],
            "contradicts": [[None, 9.5]],
        },
    )


@pytest.mark.parametrize(
    ("currency", "text", "stance"),
    [
        ("CAD", "Acme said it will repurchase C$6 billion of its shares this year.", "confirms"),
        ("CAD", "Acme said it will repurchase C$2 bln of its shares this year.", "contradicts"),
        ("CAD", "艾克美表示今年将回购60亿加元股票。", "confirms"),
        ("CAD", "艾克美表示今年將回購20億加幣股票。", "contradicts"),
        ("ZAR", "Acme said it will repurchase R6 billion of its shares this year.", "confirms"),
        ("ZAR", "Acme said it will repurchase R2.5bn of its shares this year.", "contradicts"),
        ("ZAR", "Acme said it will buy back 6 billion rand of its shares.", "confirms"),
        ("ZAR", "艾克美表示今年将回购60亿兰特股票。", "confirms"),
        ("ZAR", "艾克美表示今年將回購25億蘭特股票。", "contradicts"),
        ("TWD", "艾克美表示今年將回購新台幣60億元股票。", "confirms"),
    ],
)
def test_a_currency_from_the_table_is_read(currency: str, text: str, stance: str) -> None:
    assert judged(_buyback(currency, "5B", "3B"), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("currency", "text"),
    [
        # another currency than the rule's: ignored, not counted as the rule's
        ("CAD", "Acme said it will repurchase US$6 billion of its shares this year."),
        ("ZAR", "艾克美表示今年将回购60亿美元股票。"),
        ("USD", "Acme said it will repurchase C$6 billion of its shares this year."),
        ("USD", "艾克美表示今年将回购60亿兰特股票。"),
        # 新台币 before 60亿元 decides: not the local 元 of a mainland rule
        ("CNY", "艾克美表示今年將回購新台幣60億元股票。"),
    ],
)
def test_a_figure_in_another_currency_stays_out(currency: str, text: str) -> None:
    assert judged(_buyback(currency, "5B", "3B"), text).stance == Stance.MENTIONS


@pytest.mark.parametrize(
    "text", ["Acme's R4 model was repurchased by fleets.", "Acme RM5 repurchase line.", "R2-D2"]
)
def test_a_letter_sign_without_a_scale_is_no_money(text: str) -> None:
    assert find_quantities(normalise(text)) == []


def test_a_currency_no_figure_can_be_read_in_is_an_error() -> None:
    with pytest.raises(Invalid, match="unknown currency 'XYZ'"):
        _buyback("XYZ", "5B", "3B")
    assert _buyback("zar", "5B", "3B").amount[0].currency == "ZAR"


@pytest.mark.parametrize(
    ("currency", "text", "stance"),
    [
        ("TWD", "艾克美董事会拟配发每股现金股利12元。", "confirms"),
        ("TWD", "艾克美董事會擬配發每股現金股利7元。", "contradicts"),
        ("TWD", "艾克美今年每股派息新台币10.5元。", "confirms"),
        ("TWD", "艾克美傾向配發每股10至12元現金股利。", "confirms"),
        ("TWD", "艾克美每股派息7元新台币。", "contradicts"),
        ("CNY", "艾克美拟每股派息12元。", "confirms"),
        ("HKD", "艾克美宣佈每股派息7元。", "contradicts"),
        ("TWD", "Acme will pay a dividend of NT$12 a share.", "confirms"),
    ],
)
def test_per_share_money_in_yuan_is_read(currency: str, text: str, stance: str) -> None:
    assert judged(_dividend(currency), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("currency", "text"),
    [
        ("USD", "艾克美董事会拟配发每股现金股利12元。"),  # 元 is no US dollar
        ("TWD", "艾克美董事会拟配发每股现金股利12美元。"),  # nor is 美元 a local 元
        ("TWD", "艾克美董事会拟配发每股现金股利12日元。"),
    ],
)
def test_per_share_money_in_another_currency_stays_out(currency: str, text: str) -> None:
    assert judged(_dividend(currency), text).stance == Stance.MENTIONS


@pytest.mark.parametrize("text", ["艾克美于5月1日元旦假期后开会。", "艾克美在元朗开设门店。"])
def test_yuan_in_other_words_is_no_money(text: str) -> None:
    assert find_quantities(normalise(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "艾克美董事会批准今年回购不少于20亿港元股份。",
        "艾克美董事會批准今年回購不少於20億港元股份。",
        "艾克美表示今年回购金额不低于20亿港元。",
        "艾克美表示今年回購金額不會低於20億港元。",
        "Acme's board approved a buy back of no less than HK$2 billion this year.",
        "Acme's board approved a repurchase of not less than HK$2 billion this year.",
        "Acme's board approved a minimum of HK$2 billion to repurchase shares this year.",
    ],
)
def test_a_floor_written_as_a_negated_comparison_is_at_least(text: str) -> None:
    result = judged(_buyback("HKD", "2B", "1.5B"), text)
    assert result.stance == Stance.CONFIRMS
    assert any("(over)" in r for r in result.reasons)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("回购不超过20亿港元", "up to"),
        ("回購不高於20億港元", "up to"),
        ("repurchase not more than HK$2 billion", "up to"),
        ("回购少于20亿港元", "under"),  # no 不: still under
        ("repurchase less than HK$2 billion", "under"),
    ],
)
def test_a_cap_stays_a_cap(text: str, qualifier: str) -> None:
    (figure,) = find_quantities(normalise(text))
    assert figure.qualifier == qualifier


@pytest.mark.parametrize(
    ("currency", "text"),
    [
        ("CNY", "艾克美拟以每股不超过12元的价格回购股份。"),
        ("HKD", "艾克美擬以每股不超過200港元的價格回購股份。"),
        ("TWD", "艾克美今日股價報7元，並表示將回購股份。"),
    ],
)
def test_a_price_is_no_evidence_for_a_total(currency: str, text: str) -> None:
    # a buyback of billions: the price a share is bought at neither confirms nor denies it
    assert judged(_buyback(currency, "5B", "3B"), text).stance == Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "Acme will repurchase US$300 million (about R5.5 billion) of its shares.",
        "Acme will repurchase US$300 million (C$410 million) of its shares.",
        "艾克美将回购3亿美元(约55亿兰特)股票。",
        "艾克美将回购3亿美元(约4.1亿加元)股票。",
    ],
)
def test_a_bracketed_restatement_in_a_table_currency_is_the_same_figure(text: str) -> None:
    (figure,) = find_quantities(normalise(text))
    assert (figure.low, figure.currency) == (3e8, "USD")
