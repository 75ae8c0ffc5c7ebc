"""Claim engine: two readings of a part of a whole written in 成 or in words.

- a digit after 成 is a hundredth where the figure ends there (两成一 21, 一成五 15, 约两成五 25),
  not where it starts a word (两成一线城市, 三成五星级酒店);
- a portion right after 上调/下调/调高/提高/砍/削 ("cut nearly half of", "slashed a third") is a
  rate of change, not the new level (下调至两成, 调整为三成 and 调查显示两成 still are levels).
- a past date opening a state still in force (自1月21日起按25.4%征收, 从1月21日起, 1月21日起实施)
  is no recap; a finished act in that frame (自1月起已累计缴纳) and a bare past date stay past.
Each judged by a rule of the test's own, with the near-misses that must keep their reading.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.portions import find_portions
from watch.models import Stance

_JUNE = dt.date(2026, 6, 2)


def _levy(made: str = "2026-01-01") -> Any:
    """Ostra's anti-dumping deposit rate is about a quarter (24-26%)."""
    return rule_under_test(
        id="ostra-levy",
        made=made,
        statement="Ostra's anti-dumping deposit rate is about 25 percent",
        subject={"ostra": ["奥斯特", "Ostra"], "case": ["保证金", "deposit"]},
        amount={
            "unit": "percent",
            "confirms": [24, 26],
            "contradicts": [[None, 20], [30, None]],
            "near": ["保证金", "税率", "deposit", "rate"],
        },
    )


@pytest.mark.parametrize(
    "text, value",
    [
        ("奥斯特须多缴两成一", 21.0),
        ("份额目前约为一成五左右", 15.0),
        ("占比近三成二，", 32.0),
        ("市占率约两成五的水平", 25.0),
        ("涨到三成五。", 35.0),
    ],
)
def test_a_digit_after_cheng_is_a_hundredth(text: str, value: float) -> None:
    found = find_portions(text, 0, len(text))
    assert [q.high for q in found] == [value]


@pytest.mark.parametrize(
    "text, value",
    [("两成一线城市的房价", 20.0), ("三成五星级酒店", 30.0), ("三成半", 35.0), ("两成", 20.0)],
)
def test_a_digit_starting_a_word_stays_out(text: str, value: float) -> None:
    found = find_portions(text, 0, len(text))
    assert [q.high for q in found] == [value]


def test_a_range_of_hundredths() -> None:
    text = "两成一至两成五"
    assert [q.high for q in find_portions(text, 0, len(text))] == [21.0, 25.0]


@pytest.mark.parametrize(
    "text, stance",
    [
        ("奥斯特的反倾销保证金税率目前约为两成五。", Stance.CONFIRMS),
        ("奧斯特的反傾銷保證金稅率目前約為兩成五。", Stance.CONFIRMS),
    ],
)
def test_a_hundredth_decides(text: str, stance: Stance) -> None:
    assert judged(_levy(), text, published=_JUNE).stance is stance


@pytest.mark.parametrize(
    "text",
    [
        "奥斯特的保证金税率较初裁下调近一半。",
        "Ostra's deposit rate was cut nearly half of the way from the first ruling.",
    ],
)
def test_a_change_size_is_not_a_level(text: str) -> None:
    assert judged(_levy(), text, published=_JUNE).stance is Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "较初裁上调两成",
        "此前被下调近一半",
        "税率调低三成",
        "预算被砍掉两成",
        "slashed nearly a third of it",
    ],
)
def test_a_portion_after_a_change_word_is_unread(text: str) -> None:
    assert find_portions(text, 0, len(text)) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("下调至两成", 20.0),
        ("调整为三成", 30.0),
        ("调查显示两成受访者", 20.0),
        ("a fifth of the market", 20.0),
    ],
)
def test_a_level_after_a_change_word_is_still_read(text: str, value: float) -> None:
    assert [q.high for q in find_portions(text, 0, len(text))] == [value]


def _levy_made_early() -> Any:
    return _levy(made="2026-01-10")


_MAY = dt.date(2026, 5, 12)


@pytest.mark.parametrize(
    "text",
    [
        "海关自1月21日起对奥斯特产品按25.4%比率征收反倾销保证金。",
        "奥斯特说，商务部从1月21日起對奥斯特按25.4%征收保证金，一季度出口季减约四成。",
        "奧斯特表示，當局自1月21日起對其產品按25.4%徵收保證金。",
        "按25.4%征收奥斯特保证金的措施1月21日起实施。",
    ],
)
def test_a_state_opened_on_a_past_date_is_news(text: str) -> None:
    assert judged(_levy_made_early(), text, published=_MAY).stance is Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "奥斯特表示，自1月起已累计缴纳25.4%的反倾销保证金。",
        "1月21日，商务部对奥斯特征收25.4%的反倾销保证金。",
        "Since January 21 the deposit on Ostra has been levied at 25.4%.",
    ],
)
def test_a_finished_act_or_a_bare_date_keeps_its_reading(text: str) -> None:
    expected = Stance.CONFIRMS if text.startswith("Since") else Stance.MENTIONS
    assert judged(_levy_made_early(), text, published=_MAY).stance is expected
