"""Layoff figures a new user's first try got wrong: a cut revised to a new size ("reduce the
number of jobs it cuts to about 3,000", 裁员人数降至约3000人, 裁员扩大至逾1.5万人), the old value of
such a change dated alone (从此前宣布的约8000人扩大至……), a bare layoff cue sized by a figure
farther on in its clause or headline, and people who have already gone under a plan (accepted
buyouts, 接受自愿离职), which are progress, not the size of the cut. Each judged by a rule of the
test's own, in English and Chinese (traditional where the script differs)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import cuts_rule
from watch.claims.engine import Matcher
from watch.claims.rules import ClaimRule
from watch.models import Document, Stance, Verdict

PUBLISHED = dt.date(2026, 6, 1)


STAFF = ["jobs", "job cuts", "layoffs", "staff", "employees", "裁员", "员工"]


def _rule(near: list[str] | None = None) -> ClaimRule:
    return cuts_rule(STAFF, near or ())


def _judge(text: str, title: str = "") -> Verdict:
    (verdict,) = Matcher([_rule()]).judge(Document(text, PUBLISHED, title=title))
    return verdict


# --- 1. a cut revised to a new size -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acme will reduce the number of jobs it cuts this year to about 3,000, the company said.",
        "Acme lowered its planned job cuts to 3,000 after a deal with the unions.",
        "Acme raised its job cuts to about 15,000, up from 8,000.",
        "Acme will raise its job cuts from 8,000 to about 15,000 jobs.",
        "艾克美表示，将把裁员人数降至约3000人。",
        "艾克美表示，将把裁员规模从此前宣布的约8000人扩大至约1.5万人。",
        "艾克美裁員人數由原先計劃的8000人減至約3000人。",
        "艾克美表示，裁员扩大至逾1.5万人。",
    ],
)
def test_a_cut_revised_to_a_size_far_from_the_claims_contradicts(text: str) -> None:
    verdict = _judge(text)
    assert verdict.stance == Stance.CONTRADICTS, verdict.reasons


@pytest.mark.parametrize(
    "title",
    [
        "艾克美裁员扩大至逾1.5万人 远超年初规划",
        "艾克美裁員人數降至約3000人",
        "Acme job cuts lowered to 3,000",
    ],
)
def test_a_headlines_bare_cue_yields_to_the_new_size(title: str) -> None:
    verdict = _judge("Acme met union leaders on Tuesday. 艾克美周二与工会代表会面。", title=title)
    assert verdict.stance == Stance.CONTRADICTS, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        # the change reaches the claim's size: the figure it moved from is no size of the cut
        "艾克美将把裁员规模从约3000人扩大至约8000人。",
        "艾克美將把裁員規模從此前宣布的約3000人擴大至約8000人。",
        "Acme raised its job cuts to about 8,000 from 3,000.",
    ],
)
def test_a_cut_revised_to_the_claims_size_confirms(text: str) -> None:
    verdict = _judge(text)
    assert verdict.stance == Stance.CONFIRMS, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        # what a cut leaves is the payroll, and a count of plants is no count of people
        "Acme said the job cuts would bring its workforce to 30,000.",
        "The Acme job cuts at 12 plants start in May.",
        "艾克美裁减员工至3000人。",
    ],
)
def test_what_the_cuts_leave_or_count_is_no_size_of_them(text: str) -> None:
    verdict = _judge(text)
    assert not any("amount" in r for r in verdict.reasons), verdict.reasons


# --- 2. people who have already gone: progress, not the size of the cut ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acme said 3,000 employees have accepted voluntary buyouts so far.",
        "So far 2,500 staff at Acme have signed up for early retirement.",
        "艾克美表示，目前已有约3000名员工接受自愿离职方案。",
        "艾克美表示，目前已有約3000名員工接受自願離職方案。",
        "艾克美表示，约2500名员工已离职。",
    ],
)
def test_people_who_have_already_gone_are_no_size_of_the_cut(text: str) -> None:
    verdict = _judge(text)
    assert verdict.stance != Stance.CONTRADICTS, verdict.reasons
    assert not any("amount" in r for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme said 3,000 employees had accepted buyouts under its plan to cut about 8,000 jobs.",
        "艾克美表示，在其裁员约8000人的计划下，目前已有约3000名员工接受自愿离职方案。",
        "艾克美裁員約8000人計畫推進 約3000人接受自願離職",
    ],
)
def test_progress_under_a_plan_of_the_claims_size_confirms(text: str) -> None:
    verdict = _judge(text)
    assert verdict.stance == Stance.CONFIRMS, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme will cut 3,000 jobs this year.",
        "艾克美今年将裁员约3000人。",
        "艾克美今年將裁員約3000人。",
    ],
)
def test_a_cut_of_its_own_still_contradicts(text: str) -> None:
    assert _judge(text).stance == Stance.CONTRADICTS


# --- 3. a rule's `near` word whose change reaches the figure ---------------------------------


def _near_rule() -> ClaimRule:
    return _rule(near=["job cuts", "裁员"])


@pytest.mark.parametrize(
    "text",
    [
        "Acme will raise its job cuts from the 8,000 announced in February to about 15,000 jobs.",
        "艾克美将把裁员规模从此前宣布的约8000人扩大至约1.5万人。",
        "艾克美將把裁員規模從此前宣布的約8000人擴大至約1.5萬人。",
    ],
)
def test_the_new_value_of_a_near_words_change_is_its_figure(text: str) -> None:
    (verdict,) = Matcher([_near_rule()]).judge(Document(text, PUBLISHED))
    assert verdict.stance == Stance.CONTRADICTS, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        # the near word in another clause, or no change "from" anything, stays too far
        "Acme confirmed its job cuts on Tuesday; separately its Texas plant now employs 15,000.",
        "艾克美确认裁员计划，另据报道其得州工厂员工人数已增至约1.5万人。",
    ],
)
def test_a_near_word_without_a_change_to_the_figure_stays_too_far(text: str) -> None:
    (verdict,) = Matcher([_near_rule()]).judge(Document(text, PUBLISHED))
    assert not any("amount" in r and "contradicts" in r for r in verdict.reasons), verdict.reasons
