"""The phrasings held-out users had to add by hand (nu-en2, nu-zh2): a figure called only
indicative or of no legal force, a commitment denied made, a schedule reaffirmed, a product
introduced or put in the shops, a regulator refusing a permit, a denial with an adverb inside
it, and a rumour of layoffs that is no layoff. Inline rules, English and Chinese."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import rule_under_test, stance_of
from watch.claims.cues import plural
from watch.claims.engine import Matcher
from watch.models import Document, Stance

PUBLISHED = dt.date(2026, 6, 1)


PLEDGE = rule_under_test(
    id="globex-pledge",
    subject={"company": ["Globex", "环球公司"], "country": ["Spain", "西班牙"]},
    confirms=["<binding>", "<on-track>"],
    contradicts=["<no-commitment>"],
    negation={"confirms": "flip"},
)


@pytest.mark.parametrize(
    "text",
    [
        "Globex told lawmakers its Spain figure was purely indicative.",
        "The Spain sum is an indicative figure, a Globex director said.",
        "Globex said the Spain plan carries no legal obligation.",
        "The Spain announcement is not a contract, Globex said.",
        "Globex has not committed to the Spain investment, its finance chief said.",
        "环球公司表示，西班牙投资计划只是意向性安排。",
        "环球公司称，对西班牙的投资金额不具法律效力。",
        "環球公司表示，西班牙投資額不構成法律義務。",  # traditional script
        "环球公司回应称，公司从未承诺在西班牙投资。",
    ],
)
def test_a_figure_called_indicative_or_not_binding_contradicts(text: str) -> None:
    assert stance_of(PLEDGE, text) is Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    [
        # "indicative of" says what a thing shows, not how firm a pledge is
        "Globex said strong Spain demand was indicative of a recovery.",
        # a pledge said firm stays firm
        "Globex said its Spain commitment is legally binding.",
    ],
)
def test_indicative_of_and_a_binding_pledge_are_no_retreat(text: str) -> None:
    assert stance_of(PLEDGE, text) is not Stance.CONTRADICTS


SCHEDULE = rule_under_test(
    id="globex-plant",
    subject={"company": ["Globex", "环球公司"], "plant": ["Ohio plant", "俄州工厂", "工厂"]},
    confirms=["<on-track>"],
    contradicts=["<delay>", "<cancellation>"],
    negation={"confirms": "flip"},
)


@pytest.mark.parametrize(
    "text",
    [
        "Globex reaffirmed that its Ohio plant will open in 2027.",
        "Globex on Tuesday reiterated its timeline for the Ohio plant.",
        "环球公司重申，俄州工厂将于2027年投产。",
        "環球公司表示，俄州工廠建設進度符合規劃。",  # traditional script
    ],
)
def test_a_schedule_reaffirmed_confirms(text: str) -> None:
    assert stance_of(SCHEDULE, text) is Stance.CONFIRMS


LAUNCH = rule_under_test(
    id="globex-phone",
    subject={"company": ["Globex", "环球公司"], "product": ["Fold", "折叠机"]},
    confirms=["<launch>"],
    contradicts=["<delay>", "<cancellation>"],
    negation={"confirms": "flip"},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Globex introduced the Fold at its event on Tuesday.", Stance.CONFIRMS),
        ("The Globex Fold will be in stores on Friday.", Stance.CONFIRMS),
        ("Globex said the Fold would go on sale in Europe.", Stance.CONFIRMS),
        ("环球公司折叠机今日开放预订。", Stance.CONFIRMS),
        ("環球公司折疊機開放預購。", Stance.CONFIRMS),  # traditional script
        # a regulator refusing the permit
        ("Regulators rejected Globex's application to sell the Fold.", Stance.CONTRADICTS),
        ("The agency denied Globex a permit for the Fold.", Stance.CONTRADICTS),
        ("监管机构驳回了环球公司折叠机的上市申请。", Stance.CONTRADICTS),
        ("主管機關對環球公司折疊機不予核准。", Stance.CONTRADICTS),  # traditional script
    ],
)
def test_introduced_in_stores_and_a_refused_permit(text: str, expected: Stance) -> None:
    assert stance_of(LAUNCH, text) is expected


def test_a_product_not_in_stores_yet_is_no_launch() -> None:
    assert stance_of(LAUNCH, "The Globex Fold will not be in stores this year.") is not (
        Stance.CONFIRMS
    )


CUTS = rule_under_test(
    id="globex-cuts",
    subject={"company": ["Globex", "环球公司"], "staff": ["jobs", "裁员", "员工", "staff"]},
    confirms=["<layoffs>"],
    contradicts=["<denial>"],
    negation={"confirms": "flip"},
)


@pytest.mark.parametrize(
    "text",
    [
        "环球公司回应裁员传闻：与事实严重不符。",
        "環球公司表示，有關員工人數的報導與事實完全不符。",  # traditional script
        # already known: a guard
        "Globex said the staff figures were completely false.",
    ],
)
def test_a_denial_with_an_adverb_inside_contradicts(text: str) -> None:
    assert stance_of(CUTS, text) is Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    ["环球公司员工的安全培训完全不符合要求。", "環球公司員工宿舍完全不符合標準。"],
)
def test_a_standard_not_met_is_no_denial(text: str) -> None:
    assert stance_of(CUTS, text) is not Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    [
        "环球公司裁员传闻再起，员工人心惶惶。",
        "環球公司裁員傳言甚囂塵上，員工議論紛紛。",  # traditional script
        "Layoff rumours swept through Globex staff on Monday.",
        # a rumour marker already held this one: a guard
        "Globex staff traded rumours of job cuts on Monday.",
    ],
)
def test_a_rumour_of_layoffs_confirms_nothing(text: str) -> None:
    assert stance_of(CUTS, text) is not Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    ["Globex will cut 2,000 jobs, it said on Monday.", "环球公司宣布裁员约2000人。"],
)
def test_layoffs_still_confirm(text: str) -> None:
    assert stance_of(CUTS, text) is Stance.CONFIRMS


# --- an amount's `not_near` on its own, an alias's plural -----------------------------------

HEADCOUNT = rule_under_test(
    id="globex-headcount",
    statement="Globex cuts about 12,000 jobs",
    subject={
        "company": ["Globex", "环球公司"],
        "staff": ["jobs", "employees", "员工", "staff", "裁员"],
    },
    amount={
        "unit": "people",
        "not_near": ["accepted", "signed up", "接受", "报名"],
        "confirms": [10000, 14000],
        "contradicts": [[None, 9000]],
    },
)


@pytest.mark.parametrize(
    "text",
    [
        "Globex said 7,400 employees accepted buyouts.",
        "Globex said 5,200 staff signed up for voluntary exits.",
        "目前已有约7400名环球公司员工接受自愿离职方案。",
        "目前已有約5000名環球公司員工報名提前退休。",  # traditional script
    ],
)
def test_not_near_alone_drops_an_amount_near_its_phrase(text: str) -> None:
    assert stance_of(HEADCOUNT, text) is not Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    ["Globex will cut 5,000 jobs, it said on Monday.", "环球公司宣布裁员5000人。"],
)
def test_not_near_alone_keeps_the_other_amounts(text: str) -> None:
    assert stance_of(HEADCOUNT, text) is Stance.CONTRADICTS


SERVICE = rule_under_test(
    id="globex-robotaxi",
    subject={"company": ["Globex", "环球公司"], "service": ["robotaxi", "无人出租车"]},
    confirms=["<launch>"],
)


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("Globex aims to put robotaxis on Munich streets this year.", True),
        ("Globex launched its robotaxi in Munich.", True),
        ("环球公司的无人出租车在慕尼黑上线。", True),
        # a name written with a capital is a name: it has no plural
        ("Globes and robotaxis were on show.", False),
    ],
)
def test_a_lower_case_alias_matches_its_plural(text: str, about: bool) -> None:
    assert (Matcher([SERVICE]).judge(Document(text, PUBLISHED)) != []) is about


def test_plural_forms() -> None:
    assert [plural(p) for p in ("robotaxi", "job cut", "battery", "bench", "jobs", "Uber")] == [
        "robotaxis",
        "job cuts",
        "batteries",
        "benches",
        "",
        "",
    ]
