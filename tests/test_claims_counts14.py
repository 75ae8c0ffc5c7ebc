"""Claim engine: customer and ship counts (`counted`).

- `unit: users` counts customers, subscribers, households, homes and accounts (客户, 户, 家庭),
  with describing words between the number and the noun ("110m cellular customers", "nine
  million British homes") and with the number in words ("one million customers");
- a change of the base ("adds 300,000 homes", 新增200万户) is no size of it, and the base now
  below a target is progress, not a miss; a forecast or year-end figure below it contradicts;
- `unit: ships` counts ships, vessels and hulls (艘, 条船): "ten ... container vessels".
Each judged by a rule of the test's own, with the near-misses that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.claimkit import judged
from watch.claims.measures import find_measures
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise
from watch.models import Stance
from watch.validate import parse


def _base() -> ClaimRule:
    """Acme Power will supply more than 5 million homes by the end of 2026 (a count decides)."""
    data: dict[str, Any] = {
        "id": "acme-homes",
        "statement": "Acme Power will supply more than 5 million homes by the end of 2026.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme Power", "艾克美电力"]},
        "window": 1,
        "confirms": [],
        "amount": {
            "unit": "users",
            "confirms": [[5_000_000, None]],
            "contradicts": [[None, 4_800_000]],
        },
    }
    return parse(ClaimRule, data)


def _fleet() -> ClaimRule:
    """Acme Lines ordered 12 container ships from Beta Yard (a count decides)."""
    data: dict[str, Any] = {
        "id": "acme-ships",
        "statement": "Acme Lines has ordered 12 container ships from Beta Yard.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme Lines", "艾克美航运"], "yard": ["Beta Yard", "贝塔船厂"]},
        "window": 1,
        "confirms": [],
        "amount": {"unit": "ships", "confirms": [12, 12], "contradicts": [[None, 11]]},
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("to cross 110m cellular customers by December", 110e6, 110e6),
        ("supplying nine million British homes", 9e6, 9e6),
        ("passes one million customers", 1e6, 1e6),
        ("104 million to 105 million mobile customers", 104e6, 105e6),
        ("about 8.8 million customer accounts", 8.8e6, 8.8e6),
        ("在马来西亚拥有900万名客户", 9e6, 9e6),
        ("用户数达1000万户", 1e7, 1e7),
    ],
)
def test_a_customer_count_is_read_as_users(text: str, low: float, high: float) -> None:
    found = [q for q in find_measures(normalise(text)) if q.unit == "users"]
    assert [(q.low, q.high) for q in found] == [(pytest.approx(low), pytest.approx(high))]


@pytest.mark.parametrize(
    "text",
    ["an account was opened", "one of the customers complained", "the 3,000-home estate"],
)
def test_no_count_without_a_number_of_the_noun(text: str) -> None:
    assert not [q for q in find_measures(normalise(text)) if q.unit == "users"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Beta Yard will build ten 13,000 TEU methanol dual-fuel container vessels.", 10),
        ("Beta Yard will build 12 ships.", 12),
        ("贝塔船厂将建造十二艘集装箱船。", 12),
        ("贝塔船厂将建造10条船。", 10),
    ],
)
def test_a_ship_count_is_read_as_ships(text: str, count: int) -> None:
    found = [q for q in find_measures(normalise(text)) if q.unit == "ships"]
    assert [q.low for q in found] == [count]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Lines and Beta Yard agreed that Beta Yard will build ten container vessels.", "-"),
        ("艾克美航运与贝塔船厂确认，贝塔船厂将建造十艘集装箱船。", "-"),
        ("Acme Lines confirmed that Beta Yard will build twelve container ships.", "+"),
        ("艾克美航运确认贝塔船厂将建造十二艘集装箱船。", "+"),
    ],
)
def test_a_ship_count_decides_without_a_cue(text: str, expected: str) -> None:
    stance = {"+": Stance.CONFIRMS, "-": Stance.CONTRADICTS}[expected]
    assert judged(_fleet(), text).stance is stance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the claim's own size, said as a forecast or passed: it decides
        ("Acme Power expects to supply more than six million homes by the end of the year.", "+"),
        ("Acme Power now expects to finish the year with 4.5 million households.", "-"),
        ("艾克美电力预计年底用户仅为450万户。", "-"),
        ("Acme Power passed 5.2 million customers in November.", "+"),
    ],
)
def test_a_forecast_or_a_count_past_the_target_decides(text: str, expected: str) -> None:
    stance = {"+": Stance.CONFIRMS, "-": Stance.CONTRADICTS}[expected]
    assert judged(_base(), text).stance is stance


@pytest.mark.parametrize(
    "text",
    [
        # progress before the period ends, and a change of the base: no evidence either way
        "Acme Power now supplies 4.2 million homes, up from 3.9 million in March.",
        "艾克美电力目前为420万户家庭供电。",
        "Acme Power adds 300,000 homes in ten weeks.",
        "艾克美电力三月新增30万户。",
    ],
)
def test_the_base_now_and_a_change_of_it_are_no_miss(text: str) -> None:
    assert judged(_base(), text).stance is Stance.MENTIONS


def _tender() -> ClaimRule:
    """Acme Bank's tender offer is priced at 0.80 baht a share (the offer's figure decides)."""
    data: dict[str, Any] = {
        "id": "acme-tender",
        "statement": "Acme Group's tender offer for Acme Bank is priced at 0.80 baht per share.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "offer": ["offer", "要约", "献购"]},
        "window": 1,
        "confirms": [],
        "amount": {
            "currency": "THB",
            "near": ["offer", "per share", "每股"],
            "slack": 0,
            "confirms": [0.79, 0.81],
            "contradicts": [[None, 0.78], [0.82, None]],
        },
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a price in the small unit is its currency's: 80 satang is 0.80 baht
        ("Acme Group's offer is 80 satang per share.", "+"),
        ("Acme Group raised its offer to 92 satang per share.", "-"),
        ("艾克美集团的要约为每股80仙。", "+"),
        ("艾克美集团将要约价提高至每股92仙。", "-"),
    ],
)
def test_a_price_in_the_small_unit(text: str, expected: str) -> None:
    stance = {"+": Stance.CONFIRMS, "-": Stance.CONTRADICTS}[expected]
    assert judged(_tender(), text).stance is stance


@pytest.mark.parametrize(
    "text",
    [
        # the market's closing price beside the offer sizes the premium; it is not the offer
        "Acme Bank shares closed at 0.71 baht on Thursday, so the offer is a premium of 13%.",
        "艾克美银行股价周四收报0.71泰铢，要约较其溢价约13%。",
        # "per cent" is no cent
        "Acme Group's offer is a premium of 20 per cent per share.",
    ],
)
def test_a_closing_price_is_not_the_offer(text: str) -> None:
    assert judged(_tender(), text).stance is Stance.MENTIONS


def test_a_rule_about_the_close_keeps_it() -> None:
    data: dict[str, Any] = {
        "id": "acme-close",
        "statement": "Acme Bank's shares close above 0.75 baht.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme Bank", "艾克美银行"]},
        "window": 1,
        "confirms": [],
        "amount": {"currency": "THB", "near": ["closed"], "confirms": [[0.75, None]]},
    }
    rule = parse(ClaimRule, data)
    assert judged(rule, "Acme Bank shares closed at 0.81 baht.").stance is Stance.CONFIRMS


def _share() -> ClaimRule:
    """Acme's overseas share of revenue will be more than 50% this year (a percentage decides)."""
    data: dict[str, Any] = {
        "id": "acme-overseas",
        "statement": "Acme says its overseas share of revenue will exceed 50% in 2026.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"]},
        "window": 1,
        "confirms": [],
        "amount": {
            "unit": "percent",
            "near": ["overseas share", "海外占比"],
            "slack": 0,
            "confirms": [[50, None]],
            "contradicts": [[None, 49]],
        },
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    "text",
    [
        # about the threshold is no evidence for "over" it
        "Acme said its overseas share would be around 50% this year.",
        "Acme said its overseas share would be roughly half this year.",
        "艾克美表示，全年海外占比大致会在一半上下。",
        "艾克美表示，全年海外占比约为50%。",
        "艾克美表示，全年海外占比在50%左右。",
    ],
)
def test_about_the_threshold_is_no_evidence(text: str) -> None:
    assert judged(_share(), text).stance is Stance.MENTIONS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a firm figure at the bound, and a rough one past it, still decide
        ("Acme said its overseas share reached 50% this year.", "+"),
        ("Acme said its overseas share would be about 55% this year.", "+"),
        ("艾克美表示，全年海外占比约为55%。", "+"),
        ("艾克美表示，全年海外占比约为45%。", "-"),
    ],
)
def test_a_firm_or_a_rough_figure_past_the_threshold_decides(text: str, expected: str) -> None:
    stance = {"+": Stance.CONFIRMS, "-": Stance.CONTRADICTS}[expected]
    assert judged(_share(), text).stance is stance


def _upfront(not_near: list[str]) -> ClaimRule:
    """Acme's licence deal carries an upfront of at least $150 million."""
    data: dict[str, Any] = {
        "id": "acme-upfront",
        "statement": "Acme will sign a licence deal with an upfront of at least US$150 million.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"]},
        "window": 1,
        "confirms": [],
        "amount": {
            "near": ["首付", "首付款", "注销价", "upfront payment"],
            "not_near": not_near,
            "slack": 0,
            "confirms": [[150e6, None]],
            "contradicts": [[None, 140e6]],
        },
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize("not_near", [[], ["总包"]])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure before 的 sizes the noun after it, another figure first or not
        ("艾克美这笔交易：21亿美元的总包，8000万美元的首付。", "-"),
        ("艾克美这笔交易：21亿美元的总包，2亿美元的首付款。", "+"),
        ("艾克美这笔交易：8000万美元的首付。", "-"),
        ("艾克美这笔交易首付为8000万美元。", "-"),
    ],
)
def test_a_figure_before_de_sizes_its_noun(text: str, expected: str, not_near: list[str]) -> None:
    stance = {"+": Stance.CONFIRMS, "-": Stance.CONTRADICTS}[expected]
    assert judged(_upfront(not_near), text).stance is stance


def test_a_de_phrase_of_another_noun_is_not_the_figure() -> None:
    # 21亿美元的总包 is the total's, not the upfront's named later in the sentence
    assert judged(_upfront([]), "艾克美交易21亿美元的总包包括首付。").stance is Stance.MENTIONS


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Elliott won two board seats at Acme.", 2),
        ("埃利奥特在艾克美董事会赢得两席。", 2),
        ("埃利奥特获得两个董事席位。", 2),
    ],
)
def test_board_seats_in_words_are_counted(text: str, count: int) -> None:
    found = [q for q in find_measures(normalise(text)) if q.unit == "seats"]
    assert [q.low for q in found] == [count]


@pytest.mark.parametrize(
    "text",
    [
        # the slate put up is no count of seats won; 一席之地 is a place
        "Acme urged shareholders to vote against the two director candidates.",
        "ISS backed both of Elliott's nominees.",
        "艾克美在行业中占据一席之地。",
    ],
)
def test_a_slate_or_an_idiom_is_no_seat_count(text: str) -> None:
    assert not [q for q in find_measures(normalise(text)) if q.unit == "seats"]
