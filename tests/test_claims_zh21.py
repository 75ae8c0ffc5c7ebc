"""Claim engine: six readings of formal notices and columns on a trial or a coupon.

- a negated verb before a long 的 object (尚未达到方案预设的边界) is still a negated verb, not a
  modifier of the 方案 noun (a bare 裁员方案 still is);
- "该研究", "这项试验", "the study", "the trial" point back to the trial named before;
- "按原定时间表", "on the original timetable" say the plan holds: not an old superseded plan
  (原定于5月, 现推迟 still is);
- a cue opening a bare 的 description of the claim's own noun (两笔暂停付息的永续债) describes the
  thing; with its own agent and time (公司将于7月恢复付息的永续债) it still tells the act;
- what a recap told reaches the clause after it (3月说……恢复，累计部分仍然递延) unless that
  clause opens with a now or a turn (目前仍然递延);
- the claim's phrase quoted as what a 的 owns (X的“达到主要终点”) is a label, not a statement.
Each judged by a rule of the test's own, with the near-misses that must keep their reading.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.claimkit import judged, rule_under_test
from watch.models import Stance


def _trial() -> Any:
    """Brightmed's LUNA-3 trial met its primary endpoint at the interim analysis."""
    return rule_under_test(
        id="brightmed-luna3",
        statement="明康医药称LUNA-3研究在期中分析中达到主要终点",
        subject={"brightmed": ["明康医药", "明康", "Brightmed"], "trial": ["LUNA-3"]},
        window=2,
        confirms=["达到 ... 主要终点", "met ... primary endpoint", "达到 ... 终点"],
        contradicts=["未达到", "未能达到", "did not meet", "failed to meet"],
    )


_MAY = dt.date(2026, 5, 12)


def _coupon() -> Any:
    """Harbourline resumes the current coupon on its perpetuals in July."""
    return rule_under_test(
        id="harbourline-coupon",
        statement="港联地产将于7月恢复派发永续债当期票息",
        made="2026-03-01",
        subject={
            "harbourline": ["港联地产", "港联", "Harbourline"],
            "perps": ["永续债", "永续证券", "票息", "perpetuals", "coupon"],
        },
        window=1,
        stage="plan",
        confirms=["恢复派发", "恢复付息", "resume ... coupon"],
        contradicts=["暂停付息", "递延", "defer"],
        when={"confirms": ["2026-07-01", "2026-07-31"], "near": ["恢复", "resume"]},
    )


@pytest.mark.parametrize(
    "text",
    [
        "明康医药公告，LUNA-3研究的结果虽呈有利趋势，但尚未达到方案预设的期中分析统计学边界。",
        "明康醫藥公告，LUNA-3研究的結果雖呈有利趨勢，惟未達到方案預設的統計學邊界。",
    ],
)
def test_negated_verb_before_a_long_object_states(text: str) -> None:
    assert judged(_trial(), text).stance is Stance.CONTRADICTS


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "明康医药关于LUNA-3研究的更正公告",
            "明康医药就LUNA-3研究作出说明。经复核，该研究在期中分析时并未达到其主要终点。",
        ),
        (
            "明康醫藥有關LUNA-3研究的更正",
            "明康醫藥就LUNA-3研究作出說明。經復核，這項研究於期中分析時並未達到其主要終點。",
        ),
        (
            "Brightmed corrects its LUNA-3 readout",
            "Brightmed issued a correction on LUNA-3. The trial did not meet its primary "
            "endpoint at the interim analysis.",
        ),
    ],
)
def test_the_study_points_back_to_the_trial(title: str, text: str) -> None:
    assert judged(_trial(), text, title).stance is Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    [
        "今年生物医药圈最该复盘的一件事，是明康LUNA-3的“达到主要终点”。",
        "业内议论最多的，还是明康LUNA-3的「达到主要终点」。",
        'Analysts keep returning to Brightmed\'s "met its primary endpoint" for LUNA-3.',
    ],
)
def test_quoted_phrase_owned_by_de_is_a_label(text: str) -> None:
    assert judged(_trial(), text).stance is Stance.MENTIONS


def test_quoted_phrase_stated_still_confirms() -> None:
    # (quoted, but stated: no 的 owns it)
    text = "明康医药公告称，LUNA-3研究“达到主要终点”。"
    assert judged(_trial(), text).stance is Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "港联地产财务总监表示，两笔暂停付息的永续债将于7月按原定时间表恢复派发当期票息。",
        "港聯地產財務總監表示，兩筆暫停付息的永續債將於7月按原定時間表恢復派發當期票息。",
        "Harbourline said that on the original timetable it would resume the coupon on its "
        "perpetuals in July.",
    ],
)
def test_original_timetable_holds_and_described_bonds(text: str) -> None:
    assert judged(_coupon(), text).stance is Stance.CONFIRMS


def test_superseded_original_plan_stays_background() -> None:
    text = "港联地产原定于4月恢复派发永续债当期票息，现决定推迟。"
    assert judged(_coupon(), text).stance is not Stance.CONFIRMS


def test_described_bonds_with_own_time_still_tell() -> None:
    # (the 的 clause has its own time: it tells the act)
    text = "港联地产称，公司将于7月恢复付息的永续债共两笔。"
    assert judged(_coupon(), text).stance is Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "港联地产今年3月业绩会上说计划7月恢复派发当期票息，累计部分仍然递延。",
        "港聯地產今年3月業績會上表示計劃7月恢復派發永續債當期票息，已累計的票息仍然遞延。",
    ],
)
def test_recap_reaches_the_last_clause_told(text: str) -> None:
    assert judged(_coupon(), text, published=_MAY).stance is Stance.MENTIONS


def test_recap_stops_at_a_now() -> None:
    text = "港联地产今年3月说计划7月恢复派发当期票息，目前永续债票息仍然递延。"
    assert judged(_coupon(), text, published=_MAY).stance is Stance.CONTRADICTS
