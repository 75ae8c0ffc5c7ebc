"""A hedge or wish word inside a company's name (希望 in 希望教育, "May" in May Holdings, "Hope"
in Hope Education) is part of the name, not a marker; the same word outside the name still
hedges."""

from __future__ import annotations

import datetime as dt

import pytest
from claimkit import ALERT, judged, rule_under_test

from watch.claims.rules import ClaimRule
from watch.models import Stance

APRIL = dt.date(2026, 4, 1)


def _restructuring_rule() -> ClaimRule:
    return rule_under_test(
        id="edu-restructuring",
        made="2026-02-10",
        deadline="2026-06-30",
        subject={
            "company": ["Hope Education", "希望教育", "May Holdings"],
            "bonds": ["重组", "restructuring"],
        },
        confirms=["完成重组", "complete ... restructuring"],
        when={
            "confirms": ["2026-02-10", "2026-06-30"],
            "near": ["重组", "restructuring", "完成", "complete"],
        },
    )


@pytest.mark.parametrize(
    "text",
    [
        "希望教育今日宣布已完成重组。",
        "希望教育今日宣佈已完成重組。",
        "May Holdings completed the restructuring today.",
    ],
)
def test_a_marker_inside_the_name_does_not_hedge(text: str) -> None:
    got = judged(_restructuring_rule(), text, published=APRIL)
    assert got.stance is Stance.CONFIRMS
    assert got.confidence >= ALERT
    assert not any("hedge" in r for r in got.reasons)


def test_a_name_is_no_wish_for_the_date() -> None:
    got = judged(
        _restructuring_rule(),
        "Hope Education said on Wednesday it will complete the restructuring in April.",
        published=APRIL,
    )
    assert not any("wishes for" in r for r in got.reasons)
    assert got.stance is Stance.CONFIRMS


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("希望教育表示，希望下周完成重组。", "希望"),
        ("May Holdings may complete the restructuring today.", "may"),
        ("Hope Education said it hopes to complete the restructuring in April.", "hopes"),
    ],
)
def test_the_same_word_outside_the_name_still_hedges(text: str, word: str) -> None:
    got = judged(_restructuring_rule(), text, published=APRIL)
    assert got.stance is Stance.MENTIONS
    assert any(f'"{word}"' in r for r in got.reasons)


# --- an on-track word said of another owner's thing ------------------------------------------


def _merger_rule() -> ClaimRule:
    return rule_under_test(
        id="acme-merger",
        made="2026-02-20",
        deadline="2026-09-30",
        subject={"acme": ["Acme", "艾克美"], "merger": ["merger", "合并"]},
        confirms=["<on-track>", "complete"],
    )


MAY = dt.date(2026, 5, 1)


@pytest.mark.parametrize(
    "text",
    [
        "On the merger, Acme's chief executive said keeping Highland Valley's life extension on "
        "track was a priority.",
        "谈到合并，艾克美行政总裁称，确保高地谷矿的延寿计划按计划推进是首要任务。",
        "談到合併，艾克美行政總裁稱，確保高地谷礦的延壽計劃按計劃推進是首要任務。",
    ],
)
def test_another_owners_thing_kept_on_track_is_a_mention(text: str) -> None:
    got = judged(_merger_rule(), text, published=MAY)
    assert got.stance is Stance.MENTIONS
    assert any("keeps another thing on track" in r for r in got.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "On the merger, Acme's chief executive said keeping the merger's timetable on track was "
        "a priority.",
        "On the merger, Acme's chief executive said keeping its timetable on track was a priority.",
        "谈到合并，艾克美行政总裁称，确保公司的时间表按计划推进是首要任务。",
        "艾克美表示，将确保合并的各项工作按计划推进。",
    ],
)
def test_the_claims_own_thing_kept_on_track_still_confirms(text: str) -> None:
    got = judged(_merger_rule(), text, published=MAY)
    assert got.stance is Stance.CONFIRMS


# --- "this target" points back to the goal told before ----------------------------------------


def _spectrum_rule() -> ClaimRule:
    return rule_under_test(
        id="acme-spectrum",
        made="2026-01-20",
        subject={"acme": ["Acme", "艾克美"]},
        confirms=["win ... block"],
        contradicts=["out of reach", "无从实现"],
    )


def test_this_target_points_back_to_the_goal() -> None:
    text = (
        "The regulator on Tuesday capped any operator at 80 MHz. Acme said in January it wanted "
        "100 MHz. Under the new rules, this target is out of reach."
    )
    got = judged(_spectrum_rule(), text, published=MAY)
    assert got.stance is Stance.CONTRADICTS


def test_this_year_is_no_pointer() -> None:
    # 这一年 is "this year", no goal told before: the sentence is not the company's
    text = "监管机构周二公布新规则。艾克美一向表示希望获得100MHz。这一年行业整体已无从实现增长。"
    got = judged(_spectrum_rule(), text, published=MAY)
    assert got.stance is Stance.MENTIONS
    assert not any("无从实现" in r for r in got.reasons)


# --- a two-character cue that heads a longer noun ---------------------------------------------


def _bond_rule() -> ClaimRule:
    return rule_under_test(
        id="acme-panda",
        made="2026-01-15",
        subject={"acme": ["Acme", "艾克美"], "bond": ["熊猫债", "债券"]},
        confirms=["发行"],
        contradicts=["暂缓"],
    )


@pytest.mark.parametrize(
    "text", ["艾克美熊猫债发行价为每张100元。", "艾克美熊猫債發行價為每張100元。"]
)
def test_a_cue_inside_a_longer_noun_is_no_event(text: str) -> None:
    got = judged(_bond_rule(), text, published=MAY)
    assert got.stance is Stance.MENTIONS
    assert any("a longer noun" in r for r in got.reasons)


def test_the_bare_verb_and_a_count_of_cuts_still_confirm() -> None:
    assert judged(_bond_rule(), "艾克美周二发行熊猫债。", published=MAY).stance is Stance.CONFIRMS
    cuts = rule_under_test(id="acme-cuts", subject={"acme": ["艾克美"]}, confirms=["裁员"])
    assert judged(cuts, "艾克美裁员人数达8000人。", published=MAY).stance is Stance.CONFIRMS


def test_a_cue_before_a_word_opening_with_the_same_character_still_states() -> None:
    # 发行人民币债券: 人 opens 人民币 (renminbi), no issuer
    got = judged(_bond_rule(), "艾克美周二发行人民币债券。", published=MAY)
    assert got.stance is Stance.CONFIRMS
