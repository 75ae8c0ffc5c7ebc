"""Claim engine: a figure in a currency other than the rule's, and a measure that is no money.

- the currencies business news uses beyond the first table (won, rupiah, reais, Mexican pesos,
  Swiss francs, baht, dong, roubles, lira, kronor, zloty, shekels, Kenyan shillings, Egyptian
  pounds; 韩元, 印尼盾, 雷亚尔, 瑞郎, 泰铢, 越南盾, 卢布, 里拉, 瑞典克朗, 兹罗提, 谢克尔, 埃及镑):
  a figure in one never counts for a rule in another;
- a figure in a currency the table does not know ("pesos" with no country, Pakistani rupees,
  比索, 澳门元, a code like PKR) counts for no rule, where a figure with no currency counts;
- "won" is a currency only after a figure with a scale or one grouped like an amount;
- a Chinese or English figure followed by a unit of measure (立方米, 平方米, 公里, 千瓦时,
  "cubic metres") is no money.
Each judged by a rule of the test's own, with the near-misses that keep their reading.
"""

from __future__ import annotations

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.quantities import find_quantities
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise
from watch.models import Stance


def _order(currency: str) -> ClaimRule:
    """Acme wins an order worth at least 3B in `currency`; up to 2.5B contradicts."""
    return rule_under_test(
        id="acme-order",
        subject={"acme": ["Acme", "艾克美"]},
        confirms=[],
        amount={
            "currency": currency,
            "near": ["order", "contract", "订单", "合同"],
            "confirms": [["3B", None]],
            "contradicts": [[None, "2.5B"]],
        },
    )


@pytest.mark.parametrize(
    "text",
    [
        "艾克美获得价值20亿韩元的订单。",
        "艾克美獲得價值20億韓圜的訂單。",
        "Acme won a 2 billion won order from QatarEnergy.",
        "Acme signed a KRW 2,000,000,000 order.",
        "Acme won an order worth Rp 2 trillion.",
        "Acme won an order worth R$2 billion.",
        "Acme won a 2 billion Mexican pesos contract.",
        "Acme won a contract worth CHF 2bn.",
        "艾克美获得20亿瑞郎的合同。",
        "Acme won an order worth 2 billion baht.",
        "艾克美获得20亿越南盾的订单。",
        "Acme won an order worth 2 billion roubles.",
        "艾克美获得20亿卢布的订单。",
        "艾克美获得20亿瑞典克朗的订单。",
        "Acme won a 2 billion zloty contract.",
        "Acme won an order worth 2 billion Egyptian pounds.",
        # a currency the table does not know: still not the rule's
        "Acme won an order worth 2 billion pesos.",
        "Acme won an order worth 2 billion Pakistani rupees.",
        "Acme won an order worth PKR 2 billion.",
        "艾克美获得20亿比索的订单。",
        "艾克美获得20亿巴基斯坦卢比的订单。",
        "艾克美获得20亿澳门元的订单。",
    ],
)
def test_a_figure_in_another_currency_counts_for_no_usd_rule(text: str) -> None:
    assert judged(_order("USD"), text).stance == Stance.MENTIONS


@pytest.mark.parametrize(
    ("currency", "text", "stance"),
    [
        # the figure's own currency: it counts
        ("KRW", "艾克美获得价值20亿韩元的订单。", "contradicts"),
        ("KRW", "Acme won a 4.5 trillion won order from QatarEnergy.", "confirms"),
        ("KRW", "Acme won a ₩2bn order from QatarEnergy.", "contradicts"),
        ("IDR", "Acme won a Rp 5 trillion order.", "confirms"),
        ("BRL", "艾克美获得50亿雷亚尔的订单。", "confirms"),
        ("CHF", "Acme won a 2 billion Swiss francs contract.", "contradicts"),
        ("THB", "艾克美获得50亿泰铢的订单。", "confirms"),
        ("VND", "Acme won a 5 trillion dong order.", "confirms"),
        ("TRY", "艾克美获得20亿土耳其里拉的订单。", "contradicts"),
        ("SEK", "Acme won a 5 billion kronor order.", "confirms"),
        ("ILS", "Acme won a 5 billion shekels contract.", "confirms"),
        ("KES", "Acme won a KSh5bn contract.", "confirms"),
        # a bare dollar, or no currency written, still counts for a USD rule
        ("USD", "Acme won a $2 billion order.", "contradicts"),
        ("USD", "艾克美获得价值20亿的订单。", "contradicts"),
        ("USD", "艾克美获得价值2亿多美元的订单。", "contradicts"),
        ("USD", "Acme won a 5 billion order.", "confirms"),
    ],
)
def test_a_figure_in_the_rules_currency_or_none_counts(
    currency: str, text: str, stance: str
) -> None:
    assert judged(_order(currency), text).stance == Stance(stance)


@pytest.mark.parametrize(
    "text",
    [
        "Hanwha won orders for 12 LNG carriers.",
        "In 2026 won the company three orders.",
        "Ding Dong Inc won 3 contracts.",
        "Acme R4 model won praise.",
        "COP28 delegates praised the plan.",
    ],
)
def test_a_word_that_is_also_a_currency_is_no_money_alone(text: str) -> None:
    assert find_quantities(normalise(text)) == []


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # the ship's capacity is no money; the order's value decides
        ("艾克美获得一艘17.4万立方米运输船的订单，金额40亿美元。", "confirms"),
        (
            "Acme won an order for a 174,000 cubic metres carrier and a $4 billion contract.",
            "confirms",
        ),
        ("艾克美获得1亿千瓦时电力订单和40亿美元合同。", "confirms"),
    ],
)
def test_a_unit_of_measure_is_no_money(text: str, stance: str) -> None:
    assert judged(_order("USD"), text).stance == Stance(stance)


@pytest.mark.parametrize(
    "text",
    ["17.4万立方米", "300万平方米", "1亿千瓦时", "5000公里", "2万公顷", "1.5 million cubic metres"],
)
def test_a_measure_is_no_amount(text: str) -> None:
    assert find_quantities(normalise(text)) == []


@pytest.mark.parametrize("text", ["艾克美获得价值20亿的订单。", "Acme won a 2 billion order."])
def test_a_figure_with_no_currency_still_decides(text: str) -> None:
    # the near-miss: no unit and no currency after it, so it is money in any currency
    assert judged(_order("KRW"), text).stance == Stance.CONTRADICTS


@pytest.mark.parametrize(
    ("currency", "text", "stance"),
    [
        # the bracket restates the figure in another written currency: each rule reads its own
        ("USD", "Acme won a 4.52tn won (~$3.1bn) order from QatarEnergy.", "confirms"),
        ("KRW", "Acme won a 2bn won (~$1.4m) order from QatarEnergy.", "contradicts"),
        ("USD", "艾克美获得2.64万亿韩元(约18亿美元)的订单。", "contradicts"),
        # the near-miss: a bracket after a figure with no currency is the same figure, once
        ("USD", "艾克美获得40亿(约5.6亿美元)的订单。", "confirms"),
    ],
)
def test_a_bracket_in_the_rules_currency_decides(currency: str, text: str, stance: str) -> None:
    assert judged(_order(currency), text).stance == Stance(stance)
