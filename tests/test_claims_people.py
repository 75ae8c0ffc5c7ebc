"""Counts of people in layoff news: the words they are counted in (roles, positions, 岗位,
headcount), whose figure it is (people cut, hired, or on the payroll), comparisons with the
claim's figure in any unit, and a cue whose figure decides its sign. Each judged by a rule of
the test's own, in English and Chinese (traditional where the script differs)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.claimkit import shown
from watch.claims.engine import Matcher
from watch.claims.measures import find_measures
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise
from watch.models import Document, Stance, Verdict
from watch.validate import parse

PUBLISHED = dt.date(2026, 3, 1)
STAFF = [
    "jobs",
    "job cuts",
    "layoffs",
    "roles",
    "positions",
    "headcount",
    "workforce",
    "engineers",
    "裁员",
    "员工",
]
STAFF += ["岗位", "职位", "工程师"]


def _rule(**extra: Any) -> ClaimRule:
    data: dict[str, Any] = {
        "id": "acme-cuts",
        "statement": "Acme cuts about 8,000 jobs this year",
        "made": "2026-01-01",
        "subject": {
            "acme": ["Acme", "艾克美"],
            "staff": STAFF,
        },
        "amount": {"unit": "people", "confirms": [6500, 9500], "contradicts": [[None, 4000]]},
    }
    data.update(extra)
    return parse(ClaimRule, data)


def _judge(rule: ClaimRule, text: str) -> Verdict:
    (verdict,) = Matcher([rule]).judge(Document(text, PUBLISHED))
    return verdict


# --- 1. the words people are counted in --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("plans to eliminate about 2,000 roles", 2000),
        ("the 8,000 role reductions it announced", 8000),
        ("a further 1,200 job cuts", 1200),
        ("reduce headcount by about 8,000", 8000),
        ("a workforce of 28,000", 28000),
        ("裁撤2000岗位", 2000),
        ("削减约2000职位", 2000),
        ("优化约2000名人员", 2000),
        ("員工總數跌穿2.8萬", 28000),
        ("人手減少至1,500", 1500),
    ],
)
def test_people_are_counted_in_roles_positions_and_headcount(text: str, value: float) -> None:
    (q,) = find_measures(normalise(text))
    assert (q.low, q.unit) == (value, "people")


@pytest.mark.parametrize(
    "text",
    ["reduce headcount by 10%", "用户人数达3亿", "人手削減逾兩成", "the staff of 2024"],
)
def test_a_noun_of_staff_before_a_percentage_or_another_count_is_no_count(text: str) -> None:
    assert [q for q in find_measures(normalise(text)) if q.unit == "people"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme will eliminate about 8,000 roles this year, the company said.", Stance.CONFIRMS),
        ("Acme said it would cut 2,000 positions, far fewer than feared.", Stance.CONTRADICTS),
        ("艾克美今年将裁撤约8000个工作岗位。", Stance.CONFIRMS),
        ("艾克美表示今年只削減2000職位。", Stance.CONTRADICTS),
    ],
)
def test_a_count_in_roles_or_positions_decides(text: str, expected: Stance) -> None:
    assert shown(_judge(_rule(), text)) == expected


# --- 2. whose figure: people cut, hired or on the payroll --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acme hired 1,500 engineers in the first quarter, its chief executive said.",
        "Acme has a workforce of 3,000 in Europe, the company said.",
        "艾克美首季新增聘用約1,500名AI工程師。",
        "艾克美员工总数约为3000人。",
        "艾克美今年招聘了2000名员工。",
    ],
)
def test_hires_and_totals_are_not_the_cut(text: str) -> None:
    verdict = _judge(_rule(), text)
    assert verdict.stance == Stance.MENTIONS, verdict.reasons
    assert not any("amount" in r for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Acme expects to eliminate about 2,000 roles this year.", '"eliminate"'),
        ("艾克美今年裁员约2000人。", '"裁员"'),
    ],
)
def test_a_cut_names_its_verb_and_decides(text: str, word: str) -> None:
    verdict = _judge(_rule(), text)
    assert verdict.stance == Stance.CONTRADICTS, verdict.reasons
    assert any(f"cut ({word})" in r for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the level the cuts reach is still the cut ...
        ("艾克美全年裁员人数缩减至约2000人。", Stance.CONTRADICTS),
        ("艾克美全年裁員人數縮減至約2000人。", Stance.CONTRADICTS),
        ("Acme's job cuts were trimmed to about 2,000 jobs, it said.", Stance.CONTRADICTS),
        # ... what a cut leaves is the payroll
        ("Acme cut its workforce to 3,000 people, it said.", Stance.MENTIONS),
        ("艾克美员工总数减少至3000人。", Stance.MENTIONS),
    ],
)
def test_a_level_reached_belongs_to_the_noun_that_reaches_it(text: str, expected: Stance) -> None:
    assert shown(_judge(_rule(), text)) == expected


def test_a_hiring_claim_counts_hires_not_cuts() -> None:
    rule = _rule(
        statement="Acme hires about 8,000 engineers this year",
        subject={"acme": ["Acme", "艾克美"], "staff": ["engineers", "jobs", "工程师", "员工"]},
    )
    assert _judge(rule, "Acme hired about 8,000 engineers this year.").stance == Stance.CONFIRMS
    assert _judge(rule, "艾克美今年新增聘用约8000名工程师。").stance == Stance.CONFIRMS
    assert _judge(rule, "Acme cut 2,000 jobs this year.").stance == Stance.MENTIONS
    # `of: any` takes a figure of every kind
    anyone = _rule(amount={"unit": "people", "of": "any", "contradicts": [[None, 4000]]})
    assert _judge(anyone, "Acme hired 1,500 engineers.").stance == Stance.CONTRADICTS


# --- 3. comparisons with the claim's or the reported figure, in any unit -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acme's job cuts will be far smaller than reported, the company said.",
        "Acme said the layoffs would leave its headcount reduction well short of the figure.",
        "Acme will cut far fewer than the 8,000 jobs reported, it said.",
        "Acme said it would cut far fewer jobs than reported.",
        "Acme's layoffs will be a much smaller reduction than feared, it said.",
        "艾克美表示，裁员涉及人数远低于网传数字。",
        "艾克美表示，裁員人數遠低於網傳數字。",
    ],
)
def test_a_count_far_below_the_claims_figure_contradicts(text: str) -> None:
    verdict = _judge(_rule(), text)
    assert verdict.stance == Stance.CONTRADICTS, verdict.reasons
    assert any("(comparison)" in r for r in verdict.reasons), verdict.reasons


def test_the_rules_reference_outranks_the_statements_figure() -> None:
    amount = {"unit": "people", "reference": 20000, "contradicts": [[None, 10000]]}
    verdict = _judge(_rule(amount=amount), "Acme's job cuts will be far smaller than reported.")
    assert any("0-10K people (comparison)" in r for r in verdict.reasons), verdict.reasons


def test_a_comparison_with_no_figure_to_hold_it_says_nothing() -> None:
    # the statement gives no single figure and the rule no reference: nothing to compare with
    rule = _rule(statement="Acme cuts thousands of jobs this year")
    verdict = _judge(rule, "Acme's job cuts will be far smaller than reported.")
    assert not any("comparison" in r for r in verdict.reasons), verdict.reasons


# --- 4. a cue whose own figure decides its sign ----------------------------------------------

CUT_CUES = {"confirms": ["<layoffs>", "eliminate ... roles", "裁撤 ... 岗位"]}


@pytest.mark.parametrize(
    "text",
    [
        "Acme expects to eliminate about 2,000 roles this year, the company said.",
        "Acme will cut 1,500 jobs this year, it said.",
        "艾克美表示今年将裁员约2000人。",
        "艾克美表示，今年將裁撤約2000個崗位。",
    ],
)
def test_a_layoff_cue_of_a_size_far_below_the_claims_contradicts(text: str) -> None:
    verdict = _judge(_rule(**CUT_CUES), text)
    assert verdict.stance == Stance.CONTRADICTS, verdict.reasons
    assert any("yields to its own figure" in r for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme will invest US$700 million in Beta's new round, the companies said.",
        "艾克美向贝塔新一轮融资注资7亿美元。",
    ],
)
def test_an_investing_cue_of_the_wrong_size_contradicts(text: str) -> None:
    rule = _rule(
        statement="Acme invests $2 billion in Beta",
        subject={"acme": ["Acme", "艾克美"], "beta": ["Beta", "贝塔"]},
        confirms=["invest", "注资"],
        amount={"confirms": ["1.8B", "2.2B"], "contradicts": [[None, "1.2B"]]},
    )
    verdict = _judge(rule, text)
    assert verdict.stance == Stance.CONTRADICTS, verdict.reasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the claim's own size: the cue and the figure agree
        ("Acme will eliminate about 8,000 roles this year, the company said.", Stance.CONFIRMS),
        ("艾克美今年将裁员约8000人。", Stance.CONFIRMS),
    ],
)
def test_a_figure_in_the_claims_range_keeps_the_cues_sign(text: str, expected: Stance) -> None:
    rule = _rule(**CUT_CUES, contradicts=["<cancellation>"])
    assert _judge(rule, text).stance == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme has started laying off staff; the first notices cover 1,480 positions.",
        "艾克美已开始裁员，首批通知涉及1480个岗位。",
    ],
)
def test_a_figure_in_another_clause_does_not_decide_the_cue(text: str) -> None:
    verdict = _judge(_rule(**CUT_CUES), text)
    assert not any("yields to its own figure" in r for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme will not put $100 billion into Beta, its chief executive said.",
        "艾克美表示，不会向贝塔投入1000亿美元。",
    ],
)
def test_a_cue_that_negates_its_own_figure_keeps_its_sign(text: str) -> None:
    # a claim that the pledge is not firm: the whole sum, firmly, would contradict it; "will
    # not put $100 billion" confirms, and the negation that cancels the figure is the cue's own
    rule = _rule(
        statement="Acme's $100 billion pledge to Beta is not binding",
        subject={"acme": ["Acme", "艾克美"], "beta": ["Beta", "贝塔"]},
        confirms=["will not put", "不会 ... 投入"],
        amount={"contradicts": [["90B", None]]},
    )
    verdict = _judge(rule, text)
    assert verdict.stance == Stance.CONFIRMS, verdict.reasons
    assert not any("yields to its own figure" in r for r in verdict.reasons), verdict.reasons


# --- the README's "Numbers" paragraphs on people behave as written --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme added 1,500 jobs in Texas.", Stance.MENTIONS),
        ("艾克美今年新增1500个岗位。", Stance.MENTIONS),
        ("Acme's layoffs will be far smaller than reported.", Stance.CONTRADICTS),
        ("艾克美的裁员人数远低于网传数字。", Stance.CONTRADICTS),
        ("Acme expects to cut about 2,000 roles.", Stance.CONTRADICTS),
        ("艾克美宣布裁员1500名员工。", Stance.CONTRADICTS),
        ("Acme will cut 20,000 to 30,000 jobs.", Stance.CONFIRMS),
    ],
)
def test_the_readme_people_paragraphs_behave_as_described(text: str, expected: Stance) -> None:
    from tests.test_claims_numbers import _readme_rules

    assert shown(_judge(_readme_rules()["acme-layoffs"], text)) == expected
