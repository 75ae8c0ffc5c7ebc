"""A figure recalled by a relative clause with a past date ("the 24,000 roles it shed in 2025",
2025年裁掉的2.4万个岗位) and progress told against a stated target ("completed 6,000 of the
10,000 job cuts announced in January", 已完成1月宣布的1万人裁员计划中的6000人). Each judged by a
rule of the test's own, in English and Chinese (traditional where the script differs)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged
from tests.test_claims_people import _rule
from watch.models import Stance

# early in the year: the year just ended is only 42 days past, no recap by its date alone
EARLY = dt.date(2026, 2, 11)
CUTS = _rule(
    confirms=["<layoffs>"],
    contradicts=["<stalled>", "<cancellation>"],
    negation={"confirms": "flip"},
    background=["年初"],  # as a user writes it (tests/stress/user-en's rule)
    amount={
        "unit": "people",
        "confirms": [6500, 9500],
        "contradicts": [[None, 4000], [15000, None]],
    },
)


@pytest.mark.parametrize(
    "text",
    [
        "Acme is cutting jobs again, on top of the 24,000 roles it shed in 2025.",
        "Acme's new job cuts come after the 24,000 positions the company eliminated in 2025.",
        "艾克美正在裁员，此外2025年裁掉的2.4万个岗位不计在内。",
        "艾克美今年再度裁员，有别于2025年已削减的约2.4万个职位。",
        "艾克美今年再度裁員，有別於2025年已削減的約2.4萬個職位。",
    ],
)
def test_a_figure_in_a_relative_clause_with_a_past_date_is_recalled(text: str) -> None:
    reasons = judged(CUTS, text, published=EARLY).reasons
    assert reasons and not any(r.startswith("contradicts:") for r in reasons)


@pytest.mark.parametrize(
    "text",
    [
        # the act itself, told with its year: news of the year just ended
        "Acme cut 24,000 roles in 2025, its annual report showed.",
        "艾克美2025年裁员2.4万人。",
    ],
)
def test_a_figure_told_with_its_year_stays_news(text: str) -> None:
    assert judged(CUTS, text, published=EARLY).stance is Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    [
        "Acme has now completed roughly 6,000 of the approximately 8,000 job cuts it announced "
        "in January.",
        "Acme said it had carried out about 5,000 of the 8,000 layoffs announced in January.",
        "艾克美已完成1月宣布的8000人裁员计划中的3000人。",
        "艾克美表示，已完成年初公布的8000人裁员目标中的约5000人。",
        "艾克美表示，已完成年初公佈的8000人裁員目標中的約5000人。",
    ],
)
def test_progress_towards_a_dated_target_is_news(text: str) -> None:
    assert judged(CUTS, text).stance is Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        # no progress told: the target's date makes it a recap
        "Acme announced 8,000 job cuts in January.",
        "艾克美1月宣布裁员8000人。",
    ],
)
def test_a_dated_target_without_progress_stays_a_recap(text: str) -> None:
    assert judged(CUTS, text).stance is Stance.MENTIONS
