"""A place is nobody's news, and a plan that was "supposed to" be done by a date is the old plan.

A sentence that describes a company without naming it ("The group has delayed ...", 该集团)
after one naming only a place ("Demand in France slipped", "analysts at a Frankfurt broker",
"a Bochum bank", "based in Marl") is about the article's own company: the place owns nothing
(`places`). A company in the sentence before (a listed rival, or one the rule does not know)
still takes it (`story.stranger`). A date after "were supposed to" / 本应 is the plan that was,
background, so only the new date decides. Each judged by a rule of the test's own, in English
and Chinese (simplified and traditional), with the near-misses that must not move.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.rules import ClaimRule
from watch.models import Stance

PUBLISHED = dt.date(2026, 10, 20)
TITLE = "Acme's overhaul: slower than promised"


def _rule() -> ClaimRule:
    """Acme finishes its job reductions by the end of 2026: on track confirms, a delay or a date
    past the year contradicts."""
    return rule_under_test(
        id="acme-reductions",
        subject={
            "acme": ["Acme", "艾克美"],
            "jobs": ["job reductions", "reductions", "job cuts", "裁员", "裁员计划"],
        },
        window=1,
        confirms=["<on-track>"],
        contradicts=["<delay>", "<cancellation>"],
        negation={"confirms": "flip"},
        deadline="2026-12-31",
        when={"confirms": ["2026-01-01", "2026-12-31"], "near": ["complete", "finished", "完成"]},
        rivals=["Globex", "格洛贝"],
    )


def _stance(text: str) -> Stance:
    return judged(_rule(), text, title=TITLE, published=PUBLISHED).stance


OPENING = "Acme's new chief promised a leaner company.\n\n"
DELAY = "\n\nThe group has delayed its job reductions to 2028."
OPENING_ZH = "艾克美新任总裁承诺精简公司。\n\n"
DELAY_ZH = "\n\n该集团已将裁员计划推迟至2028年。"
OPENING_HANT = "艾克美新任總裁承諾精簡公司。\n\n"
DELAY_HANT = "\n\n該集團已將裁員計畫推遲至2028年。"


# --- 1. a place named in the sentence before leaves the company in scope ---------------------


@pytest.mark.parametrize(
    "between",
    [
        # a city or a country of the gazetteer, wherever it stands
        "Analysts at a Frankfurt broker say margins have held up.",
        "Demand in France slipped again in the spring.",
        "Margins held up, said London analysts.",
        "Orders from German carmakers slowed.",
        # a name the gazetteer lacks, written as a source's or a company's location
        "Economists at a Bochum bank see little growth this year.",
        "The supplier, based in Marl, said orders were steady.",
    ],
)
def test_a_place_before_leaves_the_group_its_own(between: str) -> None:
    assert _stance(OPENING + between + DELAY) == Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    [
        # a place name in Chinese characters never takes the group (no stranger is read there)
        OPENING_ZH + "法兰克福一家券商的分析师表示，利润率已企稳。" + DELAY_ZH,
        OPENING_ZH + "上海一家券商认为，需求仍然疲弱。" + DELAY_ZH,
        OPENING_HANT + "法蘭克福一家券商的分析師表示，利潤率已企穩。" + DELAY_HANT,
    ],
)
def test_a_place_in_chinese_leaves_the_group_its_own(text: str) -> None:
    assert _stance(text) == Stance.CONTRADICTS


# --- 2. fence: a company before still takes the group ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a listed rival
        OPENING + "Globex's chief said margins were stable." + DELAY,
        OPENING_ZH + "格洛贝表示利润率稳定。" + DELAY_ZH,
        OPENING_HANT + "格洛貝表示利潤率穩定。" + DELAY_HANT,
        # a company the rule does not know
        OPENING + "One reason for caution is Initech's slump." + DELAY,
        OPENING + "Demand was weak, a Globux spokesman said." + DELAY,
        OPENING + "Shares fell after Globux investors sold." + DELAY,
        # the rival named in the sentence itself
        "Acme's rival Globex pushed back its job reductions to 2028.",
    ],
)
def test_a_company_before_still_takes_the_group(text: str) -> None:
    assert _stance(text) == Stance.MENTIONS


# --- 3. the date a plan was supposed to meet is background ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On jobs, Acme has slipped: the reductions that were supposed to be complete by the end "
        "of 2026 will now not be finished until mid-2028.",
        "Acme's job reductions were meant to be complete by the end of 2026; they will now not "
        "be finished until mid-2028.",
        "艾克美的裁员本应于2026年底完成，如今要到2028年年中才能完成。",
        "艾克美的裁員本應於2026年底完成，如今要到2028年年中才能完成。",
        "艾克美的裁员计划本该在今年完成，现在要到2028年才能完成。",
    ],
)
def test_a_date_the_plan_was_supposed_to_meet_is_background(text: str) -> None:
    assert _stance(text) == Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    [
        # the plan as it stands, in the present: the date still confirms
        "Acme is on track to have its job reductions complete by the end of 2026.",
        "艾克美表示，裁员计划按计划将于今年年底前完成。",
    ],
)
def test_a_plan_as_it_stands_still_confirms(text: str) -> None:
    assert _stance(text) == Stance.CONFIRMS
