"""Claim engine: ounces and megahertz as units a rule can name (the kinds the round-fifteen stress
users found), judged by rules of the test's own in English and Chinese (both scripts).

- `ounces`: "3.1 million ounces", "2.8Moz", "450 koz", "3 mln oz", 300万盎司, 310萬盎司;
- `megahertz`: "110 MHz", "110MHz", 100兆赫; a band's frequency ("the 3.5 GHz band",
  "3400-3800 MHz band", 700MHz频段) is no amount of spectrum.
Guards: a price per ounce stays money, a band stays unread, GHz is no amount.
"""

from __future__ import annotations

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.measures import find_measures, unit_of
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise
from watch.models import Stance


def _read(text: str) -> list[tuple[float, str]]:
    return [(q.low, q.unit) for q in find_measures(normalise(text))]


@pytest.mark.parametrize(
    ("text", "low", "unit"),
    [
        ("a reserve of 3.1 million ounces", 3.1e6, "ounces"),
        ("a 2.8Moz reserve", 2.8e6, "ounces"),
        ("about 450 koz a year", 4.5e5, "ounces"),
        ("3 mln oz of gold", 3e6, "ounces"),
        ("储量为300万盎司", 3e6, "ounces"),
        ("儲量為310萬盎司", 3.1e6, "ounces"),
        ("Acme secured 110 MHz in the auction", 110, "megahertz"),
        ("拿下110MHz连续频谱", 110, "megahertz"),
        ("取得100兆赫频谱", 100, "megahertz"),
    ],
)
def test_ounces_and_megahertz_are_read(text: str, low: float, unit: str) -> None:
    ((got_low, got_unit),) = _read(text)
    assert (round(got_low, 1), got_unit) == (low, unit)


def test_unit_names() -> None:
    assert unit_of("oz") == unit_of("盎司") == unit_of("Moz") == "ounces"
    assert unit_of("MHz") == unit_of("兆赫") == "megahertz"


@pytest.mark.parametrize(
    "text",
    [
        "spectrum in the 3.5 GHz band",
        "the 3400-3800 MHz band",
        "3.5GHz频段",
        "700MHz頻段",
        "the 700 MHz bands",
    ],
)
def test_a_band_is_no_amount(text: str) -> None:
    assert _read(text) == []


def _reserve_rule() -> ClaimRule:
    return rule_under_test(
        id="acme-reserve",
        statement="Acme will declare a reserve of at least 3 million ounces at Big Hill.",
        subject={"acme": ["Acme", "艾克美"], "reserve": ["reserve", "储量", "儲量"]},
        amount={"unit": "ounces", "confirms": [3e6, None], "contradicts": [[None, 2.99e6]]},
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Acme declared a reserve of 3.35 million ounces at Big Hill.", "confirms"),
        ("Acme declared a 3.4Moz reserve at Big Hill.", "confirms"),
        ("Acme said the reserve at Big Hill is 2.8 million ounces.", "contradicts"),
        ("艾克美宣布Big Hill项目储量为335万盎司。", "confirms"),
        ("艾克美表示，Big Hill項目儲量為280萬盎司。", "contradicts"),
        # a price per ounce is money, no reserve
        ("Acme said its reserve uses a gold price of US$1,900 an ounce.", "mentions"),
    ],
)
def test_a_reserve_in_ounces_decides(text: str, stance: str) -> None:
    assert judged(_reserve_rule(), text).stance == Stance(stance)


def _spectrum_rule() -> ClaimRule:
    return rule_under_test(
        id="acme-spectrum",
        statement="Acme will win at least 100 MHz of spectrum in the 3.5 GHz band.",
        subject={"acme": ["Acme", "艾克美"], "spectrum": ["spectrum", "频谱", "頻譜"]},
        amount={"unit": "megahertz", "confirms": [100, None], "contradicts": [[None, 99]]},
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Acme won 110 MHz of spectrum in the 3.5 GHz band.", "confirms"),
        ("Acme won 80MHz of spectrum in the auction.", "contradicts"),
        ("艾克美在拍卖中拿下110兆赫频谱。", "confirms"),
        ("艾克美在拍賣中取得3.5GHz頻段80MHz頻譜。", "contradicts"),
        # the band alone says nothing of the amount won
        ("Acme bid for spectrum in the 3400-3800 MHz band.", "mentions"),
        ("艾克美参与3.5GHz频段频谱拍卖。", "mentions"),
    ],
)
def test_spectrum_in_megahertz_decides(text: str, stance: str) -> None:
    assert judged(_spectrum_rule(), text).stance == Stance(stance)


_FILING = "Acme - Material Event Disclosure: Result of the Frequency Tender"


@pytest.mark.parametrize(
    ("intro", "stance"),
    [
        # a filing's "our Company" is the filer, and its list items are what it was awarded
        ("In the tender, our Company has been awarded the following spectrum blocks:", "confirms"),
        ("In the tender, the Company has been awarded the following spectrum blocks:", "confirms"),
        ("在本次拍卖中，本公司获授以下频谱：", "confirms"),
        # a list another introduces stays another's
        ("In the tender, Globex has been awarded the following spectrum blocks:", "mentions"),
    ],
)
def test_a_filings_list_items_are_the_filers(intro: str, stance: str) -> None:
    body = f"Subject: Result of the tender\n\n{intro}\n\n- 3400-3800 MHz band: 110 MHz\n\nEnd."
    assert judged(_spectrum_rule(), body, title=_FILING).stance == Stance(stance)


def test_our_company_outside_a_filing_lends_nothing() -> None:
    body = (
        "Analysts met Acme.\n\n"
        "Our company has been awarded the following spectrum blocks:\n\n- 110 MHz\n"
    )
    got = judged(_spectrum_rule(), body, title="A day at the tender")
    assert got.stance is Stance.MENTIONS


def _utilisation_rule() -> ClaimRule:
    return rule_under_test(
        id="acme-smelter",
        statement="Acme's smelter will run at more than 80% of design capacity by June.",
        subject={"acme": ["Acme", "艾克美"], "smelter": ["smelter", "冶炼厂", "冶煉廠"]},
        amount={
            "unit": "percent",
            "near": ["design capacity", "产能"],
            "confirms": [80, None],
            "contradicts": [[None, 75]],
        },
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a utilisation told by what it is a share of: near the rule's capacity phrase
        ("Acme said its smelter ran at 83% of design in June.", "confirms"),
        ("Acme said the smelter is running at 58% of nameplate.", "contradicts"),
        ("Acme said the smelter averaged 85% of its rated capacity.", "confirms"),
        ("艾克美表示，冶炼厂6月产能利用率达83%。", "confirms"),
        ("艾克美表示，冶煉廠6月開工率為58%。", "contradicts"),
        # a percentage of something else stays unread
        ("Acme said 83% of its smelter staff are local.", "mentions"),
        ("艾克美表示，冶炼厂83%的员工来自本地。", "mentions"),
    ],
)
def test_a_utilisation_by_its_own_words_is_near(text: str, stance: str) -> None:
    assert judged(_utilisation_rule(), text).stance == Stance(stance)


def test_a_capacity_claim_in_other_words_keeps_utilisation_another_metric() -> None:
    rule = rule_under_test(
        id="acme-expand",
        statement="Acme will raise its smelter capacity by at least 20%.",
        subject={"acme": ["Acme", "艾克美"], "smelter": ["smelter", "冶炼厂"]},
        amount={"unit": "percent", "near": ["capacity", "产能"], "confirms": [20, None]},
    )
    assert judged(rule, "艾克美表示，冶炼厂产能利用率达83%。").stance is Stance.MENTIONS
