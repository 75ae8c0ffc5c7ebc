"""The sixth round's held-out users (nu-en4, nu-zh4, nu-mix4): a launch word as the topic of its
own delay (交付延后, 上线时间推迟), the whole a first wave opens, an event begun (`<started>`),
and the wording the vocabularies lacked. Inline rules, English and Chinese (both scripts where
they differ); each sentence is written here, none copied from a stress article."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import rule_under_test, shown, stance_of
from watch.claims.engine import Matcher
from watch.models import Document, Stance

PUBLISHED = dt.date(2026, 6, 1)
C, X, M = Stance.CONFIRMS, Stance.CONTRADICTS, Stance.MENTIONS


LAUNCH = rule_under_test(
    id="globex-app",
    subject={"company": ["Globex", "环球公司"]},
    confirms=["<launch>", "交付", "deliveries"],
    contradicts=["<delay>", "<cancellation>"],
)


@pytest.mark.parametrize(
    "text",
    [
        "环球公司新车交付延后至第四季度。",
        "環球公司新車交付延後至第四季。",  # traditional script
        "环球公司应用上线时间推迟至明年。",
        "环球公司新品发布再度推迟。",
        "环球公司新车正式上市日期再次延后。",
        "Globex said deliveries were delayed by a supplier fault.",
    ],
)
def test_a_launch_word_before_its_delay_is_the_delays_topic(text: str) -> None:
    assert stance_of(LAUNCH, text) is X


@pytest.mark.parametrize(
    "text",
    [
        "环球公司新车交付没有推迟，首批车辆本周到店。",  # the delay denied: the event stands
        "Globex said deliveries were not delayed and began this week.",
    ],
)
def test_a_delay_denied_after_the_launch_word_leaves_it(text: str) -> None:
    assert stance_of(LAUNCH, text) is not X


CUTS = rule_under_test(
    id="globex-cuts",
    statement="Globex cuts about 3,000 jobs",
    subject={"company": ["Globex", "环球公司"]},
    confirms=[],
    contradicts=["<denial>", "<stalled>"],
    amount={"unit": "people", "confirms": [2700, 3300], "contradicts": [None, 2000]},
)


@pytest.mark.parametrize(
    "text",
    [
        "Globex told staff on Monday their roles were going, the first round of an overhaul "
        "that will eliminate roughly 3,000 jobs.",
        "环球公司周一通知首批员工，这是重组的第一阶段，整个重组计划将裁减约3000个岗位。",
        "環球公司週一通知首批員工，這是重組的第一階段，整個重組計劃將裁減約3000個崗位。",
    ],
)
def test_the_whole_a_first_wave_opens_is_the_claims_figure(text: str) -> None:
    assert stance_of(CUTS, text) is C


@pytest.mark.parametrize(
    "text",
    [
        # the round's own count is still a part: 1,200 of the whole is no contradiction
        "Globex cut 1,200 jobs in the first round of its overhaul.",
        "环球公司首轮裁员涉及约1200个岗位。",
    ],
)
def test_a_rounds_own_count_stays_a_part(text: str) -> None:
    assert stance_of(CUTS, text) is not X


PLANT = rule_under_test(
    id="globex-plant",
    subject={"company": ["Globex", "环球公司"]},
    confirms=["<started>", "<on-track>"],
    contradicts=["<delay>", "<cancellation>"],
    negation={"confirms": "flip"},
)


@pytest.mark.parametrize(
    "text",
    [
        "Production at the Globex plant commenced last week.",
        "Globex's new battery line came on stream in May.",
        "The first Globex sedan rolled off the line at the Texas site.",
        "Globex said customer deliveries have begun.",
        "Globex officially opened its Penang assembly plant.",
        "环球公司苏州工厂上月正式投产。",
        "環球公司蘇州工廠上月正式投產。",
        "环球公司新工厂首车下线。",
        "环球公司宣布新车型开始交付。",
        "环球公司表示工厂建设进展顺利。",
        "Globex said it remains committed to the plant and the plan is unchanged.",
    ],
)
def test_an_event_begun_or_a_plan_held_confirms(text: str) -> None:
    assert stance_of(PLANT, text) is C


@pytest.mark.parametrize(
    "text",
    [
        "环球公司旧版应用已下线。",  # 下线 alone is a service taken offline
        "Globex will start production at the plant next year, it said.",  # a plan, pending
    ],
)
def test_offline_and_plans_are_not_a_start(text: str) -> None:
    rule = rule_under_test(
        id="globex-plant-pending",
        subject={"company": ["Globex", "环球公司"]},
        confirms=["<started>"],
        pending=["will", "将"],
    )
    assert stance_of(rule, text) is not C


@pytest.mark.parametrize(
    "text",
    [
        "Globex's plant is running behind the schedule it set in spring.",
        "环球公司工厂投产进度晚于预期。",
        "环球公司表示，今年的投产目标无法达成。",
    ],
)
def test_a_schedule_run_late_contradicts(text: str) -> None:
    assert stance_of(PLANT, text) is X


PLEDGE = rule_under_test(
    id="globex-pledge",
    subject={"company": ["Globex", "环球公司"]},
    confirms=["<on-track>", "<binding>"],
    contradicts=["<no-commitment>", "<denial>"],
    amount={"near": ["invest", "investment", "投资"], "confirms": ["2.7B", "3.3B"]},
    negation={"confirms": "flip"},
)


@pytest.mark.parametrize(
    "text",
    [
        "Globex said nothing has been finalised on the plant.",
        "Globex said no decision has been made on the plant.",
        "环球公司称，相关数字只是规划性目标。",
        "环球公司表示，该数字属指引性规划，不代表任何投资承诺。",
        "環球公司表示，該數字屬指引性規劃，不代表任何投資承諾。",
        "Globex said the deal was only an MoU.",
        "环球公司称，双方签署的只是一份谅解备忘录。",
        "环球公司与当地政府只签署了谅解备忘录。",  # "only signed": the fence leaves it
    ],
)
def test_nothing_settled_contradicts_a_pledge(text: str) -> None:
    assert stance_of(PLEDGE, text) is X


@pytest.mark.parametrize(
    "text",
    [
        "环球公司与当地政府签署谅解备忘录，重申投资计划。",
        "Globex signed a memorandum of understanding with the state and reaffirmed the plan.",
    ],
)
def test_signing_an_mou_is_no_status(text: str) -> None:
    assert stance_of(PLEDGE, text) is C


def test_a_non_binding_mou_signed_still_contradicts() -> None:
    text = "环球公司与当地政府签署了一份不具约束力的谅解备忘录。"
    assert stance_of(PLEDGE, text) is X


LAYOFFS = rule_under_test(
    id="globex-layoffs",
    subject={"company": ["Globex", "环球公司"]},
    confirms=["<layoffs>"],
    contradicts=["<stalled>", "<cancellation>"],
)


@pytest.mark.parametrize(
    "text",
    [
        "Globex staff were told their jobs were being eliminated.",
        "Globex said 400 positions will be eliminated in Ohio.",
        "Globex will remove about 900 roles from its sales unit.",
        "环球公司约900个岗位将被削减。",
    ],
)
def test_layoffs_in_the_passive_and_remove_confirm(text: str) -> None:
    assert stance_of(LAYOFFS, text) is C


@pytest.mark.parametrize(
    "text",
    [
        "Globex quietly shrinks its layoff plan.",
        "Globex trims its restructuring plan after union talks.",
        "环球公司缩减裁员计划。",
        "环球公司决定不再推行裁员。",
    ],
)
def test_a_plan_shrunk_or_no_longer_pursued_contradicts(text: str) -> None:
    assert stance_of(LAYOFFS, text) is X


@pytest.mark.parametrize(
    "text",
    [
        "Globex plans to reduce headcount through attrition.",
        "环球公司将通过自然流失精简人手。",
        "环球公司员工今年自然减员约5%。",
    ],
)
def test_attrition_is_no_layoff(text: str) -> None:
    assert stance_of(LAYOFFS, text) is not C


@pytest.mark.parametrize(
    "text",
    [
        "Globex's new app is available to customers in Europe from today.",
        "Globex's new app is available in Japan and Korea.",
        "环球公司新应用已向用户开放。",
    ],
)
def test_available_to_customers_is_a_launch(text: str) -> None:
    assert stance_of(LAUNCH, text) is C


@pytest.mark.parametrize(
    "text",
    [
        "In a filing, Globex said no decision has been made about the $3 billion investment "
        "it was said to weigh.",
        "Globex said nothing has been finalised about the $3 billion investment.",
        # Chinese already held (尚未 negates the figure): guards that the reading keeps it
        "环球公司周一表示，公司尚未就30亿美元投资作出决定。",
        "環球公司週一表示，公司尚未就30億美元投資作出決定。",
    ],
)
def test_a_figure_no_decision_is_made_on_is_no_pledge(text: str) -> None:
    assert stance_of(PLEDGE, text) is X


@pytest.mark.parametrize(
    "text",
    [
        # the decision made: the figure stands
        "Globex said on Monday it had approved a $3 billion investment in the plant.",
        "环球公司周一表示，已就30亿美元投资签署正式协议。",
    ],
)
def test_a_figure_decided_on_still_confirms(text: str) -> None:
    assert stance_of(PLEDGE, text) is C


@pytest.mark.parametrize(
    "text",
    [
        "Globex delayed deliveries to the autumn.",
        "Globex postponed production at the Ohio plant.",
        "环球公司推迟投产至明年。",  # Chinese: the object was read already
    ],
)
def test_deliveries_and_production_are_what_a_delay_acts_on(text: str) -> None:
    assert stance_of(PLANT, text) is X


def test_a_delay_of_another_thing_is_still_no_evidence() -> None:
    text = "Globex began operating the plant and delayed its price list to June."
    assert stance_of(PLANT, text) is C


def test_only_a_verb_of_putting_off_takes_the_cue_before_it_as_its_topic() -> None:
    # "never binding": 从来不是 right before a contradicting cue that is no delay stays evidence
    rule = rule_under_test(
        id="globex-nonbinding",
        subject={"company": ["Globex", "环球公司"]},
        confirms=["从来不是", "non-binding"],
        contradicts=["具有约束力", "binding agreement"],
        negation={"contradicts": "flip"},
    )
    text = "环球公司表示，这份协议从来不是具有约束力的承诺。"
    (verdict,) = Matcher([rule]).judge(Document(text, PUBLISHED))
    assert shown(verdict) is C
    assert not any("acts on" in r for r in verdict.reasons), verdict.reasons
