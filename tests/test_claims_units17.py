"""Figures the units could not read (round 17's nu-en15, nu-zh15, nu-mix15): Indian rupees written
"Rs" with lakh and crore scales; a model number or a ship's size class before a unit noun, and
a part told "of the" whole; stores written 店 or 門市, and wafers or panels counted in 片."""

from __future__ import annotations

from typing import Any

import pytest

from tests.claimkit import cuts_rule, judged
from watch.claims.measures import find_measures
from watch.claims.quantities import find_quantities
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise, split_sentences
from watch.models import Stance
from watch.validate import parse

STANCE = {"+": Stance.CONFIRMS, "-": Stance.CONTRADICTS}


def _money(text: str) -> list[tuple[float, str | None]]:
    return [(q.low, q.currency) for q in find_quantities(normalise(text))]


def _counts(text: str) -> list[tuple[float, str]]:
    return [(q.low, q.unit) for q in find_measures(normalise(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The toll was raised to Rs 75 per car.", [(75.0, "INR")]),
        ("a Rs. 2,300 crore highway contract", [(2.3e10, "INR")]),
        ("an outlay of Rs 3.4 lakh crore", [(3.4e12, "INR")]),
        ("INR 900 crore of bonds", [(9e9, "INR")]),
        ("a grant of 6 lakh rupees", [(6e5, "INR")]),
        ("a Rs 40 cr fund", [(4e8, "INR")]),
        ("₹1,500 crore", [(1.5e10, "INR")]),
        # unchanged: the Chinese name, and no sign at all
        ("耗资1.2万亿卢比", [(1.2e12, "INR")]),
        ("the runners ran 40 laps", []),
        ("Rs alone is no figure", []),
    ],
)
def test_rupees_written_rs_with_lakh_and_crore(text: str, expected: list[Any]) -> None:
    assert _money(text) == expected


def test_rs_with_a_full_stop_ends_no_sentence() -> None:
    text = "The fee rises to Rs. 640 from April. It was Rs. 490 before."
    spans = split_sentences(normalise(text))
    assert len(spans) == 2
    # a sentence may still end on "rs" when no figure follows
    assert len(split_sentences(normalise("He said it was paid in Rs. Then he left."))) == 2


def _fee_rule() -> ClaimRule:
    data: dict[str, Any] = {
        "id": "jewar-fee",
        "statement": "The airport's user fee for departing passengers rises to about Rs 640.",
        "made": "2026-01-01",
        "subject": {"airport": ["Jewar", "杰瓦尔"], "fee": ["user fee", "用户费"]},
        "amount": {
            "currency": "INR",
            "near": ["fee", "费"],
            "confirms": [600, 680],
            "contradicts": [[None, 550]],
        },
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The regulator set the Jewar user fee at Rs. 640 per departing passenger.", "+"),
        ("The Jewar user fee will stay at Rs 480, the regulator ruled.", "-"),
        ("监管机构将杰瓦尔机场用户费定为640卢比。", "+"),
    ],
)
def test_a_fee_in_rs_decides(text: str, expected: str) -> None:
    assert judged(_fee_rule(), text).stance is STANCE[expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The airline flies 737 MAX jets on the route.", []),
        ("It leases 787-9 jets from two lessors.", []),
        ("The air force keeps F-16 jets at the base.", []),
        ("The ships are 16,000 TEU vessels.", []),
        ("two 24,000-TEU vessels", [(2.0, "ships")]),
        ("The carrier ordered 40 737 MAX jets.", [(40.0, "units")]),
        # the part is read, and the whole stays a figure of its own
        ("It keeps 22 of the 50 787-9 jets as firm orders.", [(22.0, "units"), (50.0, "units")]),
        ("three of its 12 vessels", [(3.0, "ships"), (12.0, "ships")]),
        ("关闭了其中的30家门店", [(30.0, "stores")]),
        # unchanged: a range, a model name after the count, a count alone
        ("8-10 jets", [(8.0, "units")]),
        ("1.5 million F-150 pickups", [(1.5e6, "units")]),
        ("a fleet of 120 jets", [(120.0, "units")]),
    ],
)
def test_a_model_number_is_no_count_and_a_part_counts(text: str, expected: list[Any]) -> None:
    assert _counts(text) == expected


def _order_rule() -> ClaimRule:
    data: dict[str, Any] = {
        "id": "skyways-order",
        "statement": "SkyWays keeps its order for 50 Boeing jets.",
        "made": "2026-01-01",
        "subject": {"airline": ["SkyWays", "天路航空"], "order": ["order", "订单"]},
        "amount": {
            "unit": "units",
            "near": ["order", "订单", "firm"],
            "confirms": [48, 52],
            "contradicts": [[None, 40], [60, None]],
        },
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SkyWays confirmed its order for 50 737 MAX jets.", "+"),
        ("天路航空确认订购50架737 MAX客机的订单。", "+"),
    ],
)
def test_an_order_read_by_its_count_not_its_model(text: str, expected: str) -> None:
    assert judged(_order_rule(), text).stance is STANCE[expected]


def test_a_part_of_the_order_is_read_beside_the_whole() -> None:
    text = "SkyWays trimmed its order, keeping 30 of the 50 737 MAX jets as firm."
    reasons = " ".join(judged(_order_rule(), text).reasons)
    assert 'contradicts: amount "30 of the" = 30 units' in reasons
    assert 'confirms: amount "50 737 MAX jets" = 50 units' in reasons
    assert "= 737 units" not in reasons


def test_an_order_naming_only_the_model_has_no_count() -> None:
    text = "SkyWays said its order for 737 MAX jets stands."
    assert judged(_order_rule(), text).stance is not Stance.CONTRADICTS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全家今年淨增300店", [(300.0, "stores")]),
        ("预计净增约120家店", [(120.0, "stores")]),
        ("門市數達4,100家", [(4100.0, "stores")]),
        ("新開85家門市", [(85.0, "stores")]),
        ("店数增至900家", [(900.0, "stores")]),
        ("月產能2.5萬片", [(25000.0, "wafers")]),
        ("产能约8000片/月", [(8000.0, "wafers")]),
        ("20,000 wafers a month", [(20000.0, "wafers")]),
        # no count: a clerk, an area, a piece in words
        ("招聘300店员", []),
        ("划为3片区", []),
        ("一片哗然", []),
    ],
)
def test_stores_in_dian_and_menshi_and_wafers_in_pian(text: str, expected: list[Any]) -> None:
    assert _counts(text) == expected


def test_pian_is_no_money() -> None:
    assert _money("月产能1.5万片") == []


def _stores_rule() -> ClaimRule:
    data: dict[str, Any] = {
        "id": "fm-net",
        "statement": "FamilyMart adds about 300 stores on a net basis in Taiwan this year.",
        "made": "2026-01-01",
        "subject": {"chain": ["FamilyMart", "全家"], "stores": ["店", "門市", "stores"]},
        "amount": {
            "unit": "stores",
            "near": ["淨增", "net"],
            "confirms": [280, 320],
            "contradicts": [[None, 250]],
        },
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全家今年在台淨增300店的目標不變。", "+"),
        ("全家今年在台淨增約200店，低於原訂目標。", "-"),
        ("FamilyMart now expects to add a net 300 stores this year.", "+"),
    ],
)
def test_a_store_goal_in_dian(text: str, expected: str) -> None:
    assert judged(_stores_rule(), text).stance is STANCE[expected]


def _network_rule(near: list[str], confirms: list[int], contradicts: list[Any]) -> ClaimRule:
    data: dict[str, Any] = {
        "id": "pine-stores",
        "statement": "PineMart's store network in China passes 6,000 stores by year-end.",
        "made": "2026-01-01",
        "subject": {"chain": ["PineMart", "松果超市"], "stores": ["stores", "门店", "門市"]},
        "amount": {
            "unit": "stores",
            "near": near,
            "confirms": confirms,
            "contradicts": contradicts,
        },
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    "text",
    [
        "PineMart will close about 400 stores in China this year.",
        "PineMart opened 500 stores in China this year.",
        "松果超市今年在中国关闭约400家门店。",
        "松果超市今年新開500家門市。",
    ],
)
def test_openings_and_closures_are_no_size_of_the_network(text: str) -> None:
    rule = _network_rule(["stores", "门店", "門市"], [6000, 9000], [[None, 5500]])
    assert judged(rule, text).stance is Stance.MENTIONS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the network's own size still decides
        ("PineMart's network reached 6,100 stores in China.", "+"),
        ("松果超市在中国的门店数达6,100家。", "+"),
    ],
)
def test_the_network_size_still_decides(text: str, expected: str) -> None:
    rule = _network_rule(["stores", "门店", "門市"], [6000, 9000], [[None, 5500]])
    assert judged(rule, text).stance is STANCE[expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a claim of openings: closures are no count of them, openings are
        ("Instead of opening stores, PineMart closed 120 stores in China this year.", None),
        ("松果超市今年没有新开门店，反而关闭120家门店。", None),
        ("PineMart opened 120 stores in China this year.", "-"),
        ("松果超市今年新开480家门店。", "+"),
    ],
)
def test_a_claim_of_openings_is_not_read_from_closures(text: str, expected: str | None) -> None:
    rule = _network_rule(["open", "opened", "新开", "开设"], [450, 550], [[None, 300]])
    want = Stance.MENTIONS if expected is None else STANCE[expected]
    assert judged(rule, text).stance is want


@pytest.mark.parametrize(
    "text",
    [
        # the part of a cut done so far is progress, no size of the cut: the whole decides
        "Acme has now made about 2,000 of the roughly 8,000 job cuts it plans this year.",
        "Acme said 1,500 of its 8,000 planned layoffs are complete, and the rest will follow.",
    ],
)
def test_a_part_of_a_cut_done_is_progress(text: str) -> None:
    assert judged(cuts_rule(["job cuts", "layoffs"]), text).stance is Stance.CONFIRMS
