"""Layoff counts that are only part of the cut, and a cut's new size given as a quoted figure.

A count marked as a round or as the progress to date (the first round, so far, 首轮, 至今已,
已裁) or as one country's or unit's leg of a bigger plan named after it ("part of a plan to cut
8,000 jobs worldwide", 全球裁员计划的一部分) tells how far the plan has gone, never its size. A
revised total may be quoted ('would now total "about 3,000"'). Each judged by a rule of the
test's own, in English and Chinese (traditional where the script differs), with guards: the
nearest wordings whose figure is still the size of the cut."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import cuts_rule
from watch.claims.engine import Matcher
from watch.claims.rules import ClaimRule
from watch.models import Document, Stance, Verdict

PUBLISHED = dt.date(2026, 6, 1)
STAFF = ["jobs", "job cuts", "layoffs", "staff", "employees", "裁员", "员工", "职位"]


def _rule() -> ClaimRule:
    return cuts_rule(STAFF)


def _judge(text: str, title: str = "") -> Verdict:
    (verdict,) = Matcher([_rule()]).judge(Document(text, PUBLISHED, title=title))
    return verdict


# --- 1. a part of the cut is no size of it ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a leg named part of a bigger plan that gives its own count or is global
        "Acme said it would shed up to 900 jobs in Germany, part of a plan to cut about 8,000 "
        "jobs worldwide this year.",
        "Acme will eliminate 700 roles at its Texas plant, part of its global job cuts.",
        "艾克美将在德国裁减约900个岗位，这是集团今年在全球裁员约8000人计划的一部分。",
        "艾克美台灣分公司裁員約60人。公司表示，此次調整屬於集團全球裁減計畫之一部分。",
        # a round, or the progress to date
        "Acme has cut about 2,500 jobs so far this year.",
        "Acme's first round of layoffs will hit about 1,500 jobs.",
        "艾克美今年至今已裁减约2500个职位。",
        "艾克美香港展開首輪裁員，消息人士透露，涉及約1,200個職位。",
        "艾克美今年已裁員約2500人。",
    ],
)
def test_a_part_of_the_cut_confirms_the_cut_not_its_size(text: str) -> None:
    verdict = _judge(text)
    assert verdict.stance == Stance.CONFIRMS, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        # a plan it belongs to that names no whole: the figure is the cut's size
        "Acme will cut 2,000 jobs as part of a cost-cutting plan.",
        "Acme will cut about 3,000 jobs, part of a wider restructuring.",
        "艾克美将裁员约3000人，是公司转型计划的一部分。",
        # 已 on another verb announces the plan; a later round is not a first one
        "艾克美已宣布裁员约3000人。",
        "Acme announced a new round of layoffs affecting about 3,000 jobs.",
    ],
)
def test_the_nearest_wordings_still_size_the_cut(text: str) -> None:
    verdict = _judge(text)
    assert verdict.stance == Stance.CONTRADICTS, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme's first round of layoffs hit 1,200 jobs; it will cut about 3,000 jobs this year.",
        "艾克美首轮裁员涉及1200人，全年将裁员约3000人。",
    ],
)
def test_a_rounds_figure_leaves_the_plans_own_count_standing(text: str) -> None:
    verdict = _judge(text)
    assert any(
        r.startswith("contradicts: amount") and "3000 people" in r for r in verdict.reasons
    ), verdict.reasons
    part = [r for r in verdict.reasons if r.startswith("contradicts: amount") and "1200 " in r]
    assert not part, verdict.reasons


def test_the_whole_a_leg_belongs_to_is_still_the_cuts_size() -> None:
    verdict = _judge(
        "Acme will shed about 900 jobs in Germany, part of a plan to cut about 3,000 jobs "
        "worldwide this year."
    )
    assert verdict.stance == Stance.CONTRADICTS, verdict.reasons
    assert any('"about 3,000 jobs"' in r for r in verdict.reasons), verdict.reasons
    assert not any('amount "about 900 jobs"' in r and "contradicts" in r for r in verdict.reasons)


# --- 2. a cut's new size quoted ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Acme\'s finance chief said job cuts this year would now total "about 3,000", rather '
        "than the 8,000 announced in January.",
        "Acme said its job cuts would total “around 3,000” this year.",
        "艾克美財務總監表示，今年裁員人數將降至「約3,000」，而非1月公布的約8,000人。",
    ],
)
def test_a_quoted_new_size_of_the_cut_is_its_figure(text: str) -> None:
    verdict = _judge(text)
    assert verdict.stance == Stance.CONTRADICTS, verdict.reasons


def test_a_quoted_payroll_total_is_no_cut() -> None:
    verdict = _judge('Acme said staff numbers would now total "about 30,000" after the job cuts.')
    assert verdict.stance != Stance.CONTRADICTS, verdict.reasons


# --- 3. a count whose actor is a list or an industry ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "艾克美、贝塔等公司今年合计裁员约3000人。",
        "Chipmakers including Acme and Beta have shed about 3,000 jobs this year.",
        "Acme, Beta and other chipmakers together shed about 3,000 jobs last quarter.",
        "多家科技企业今年共裁員約3000人，艾克美亦在其中。",
    ],
)
def test_a_lists_count_is_no_size_of_one_companys_cut(text: str) -> None:
    verdict = _judge(text)
    sized = [r for r in verdict.reasons if r.startswith("contradicts: amount")]
    assert not sized, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        # the company alone, or named beside others after its own count
        "Acme will cut about 3,000 jobs, joining companies such as Beta and Gamma.",
        "贝塔、伽马等公司已放缓招聘，艾克美则将裁员约3000人。",
        "Acme and Beta agreed a deal; Acme will cut about 3,000 jobs.",
    ],
)
def test_a_companys_own_count_beside_a_list_still_sizes_its_cut(text: str) -> None:
    verdict = _judge(text)
    assert verdict.stance == Stance.CONTRADICTS, verdict.reasons
