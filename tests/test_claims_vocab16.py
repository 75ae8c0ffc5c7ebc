"""The phrasings the fifth round's held-out users had to add by hand (nu-en3, nu-zh3, nu-hk3):
a report said to have no ground, a schedule run late or ahead, a figure only an aim or a
ceiling, a service taken back to limited use, staff cuts in other words, and a hiring freeze
that is no plan stalled. Inline rules, English and Chinese (both scripts where they differ);
each sentence is written here, none copied from a stress article."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import rule_under_test, stance_of
from watch.models import Stance

PUBLISHED = dt.date(2026, 6, 1)
C, X = Stance.CONFIRMS, Stance.CONTRADICTS


CUTS = rule_under_test(
    id="globex-cuts",
    subject={"company": ["Globex", "环球公司"], "staff": ["jobs", "staff", "员工", "岗位"]},
    confirms=["<layoffs>"],
    contradicts=["<denial>", "<stalled>"],
)


@pytest.mark.parametrize(
    "text",
    [
        "环球公司回应称，员工调动一说并无事实根据。",
        "環球公司表示，外界所傳員工調動一事並無事實根據。",  # traditional script
        "环球公司发言人说，媒体关于员工去留的报道失实。",
        "环球公司称，岗位调整一说毫无事实根据。",
        "A Globex spokesman said the report about staff had no basis in fact.",
    ],
)
def test_a_report_said_to_have_no_ground_is_denied(text: str) -> None:
    assert stance_of(CUTS, text) is X


@pytest.mark.parametrize(
    "text",
    [
        "Globex said workforce reductions of 2,000 staff would be finished by June.",
        "Globex announced staff cuts across its European offices this week.",
        "环球公司本周启动裁员，涉及欧洲岗位。",  # the old wording still confirms
    ],
)
def test_staff_cuts_in_other_words_confirm(text: str) -> None:
    assert stance_of(CUTS, text) is C


@pytest.mark.parametrize(
    "text",
    [
        "Globex imposed a hiring freeze on its staff in Europe.",
        "Globex froze hiring for engineering staff this quarter.",
        "环球公司宣布冻结招聘，员工人数维持不变。",
        "環球公司宣布凍結招聘，員工人數不變。",
    ],
)
def test_a_hiring_freeze_is_no_plan_stalled(text: str) -> None:
    assert stance_of(CUTS, text) is not X


SCHEDULE = rule_under_test(
    id="globex-plant",
    subject={"company": ["Globex", "环球公司"], "plant": ["Ohio plant", "俄州工厂"]},
    confirms=["<on-track>"],
    contradicts=["<delay>", "<cancellation>"],
    negation={"confirms": "flip"},
)


@pytest.mark.parametrize(
    "text",
    [
        "Globex said the Ohio plant opened two months later than the September target.",
        "Output at the Ohio plant began later than targeted, Globex said.",
        "Globex said work on the Ohio plant will spill into 2027.",
        "The Ohio plant is running behind plan, Globex told investors.",
        "环球公司表示，俄州工厂投产时间推至明年第一季。",
        "环球公司承认俄州工厂建设进度落后。",
        "環球公司承認俄州工廠建設進度落後。",
        "环球公司称，俄州工厂量产时间较原先规划晚约一个季度。",
    ],
)
def test_a_schedule_run_late_contradicts(text: str) -> None:
    assert stance_of(SCHEDULE, text) is X


@pytest.mark.parametrize(
    "text",
    [
        "Globex said the Ohio plant is running ahead of schedule.",
        "Construction of the Ohio plant is ahead of plan, Globex said.",
        "环球公司表示，俄州工厂按部就班推进。",
        "环球公司称俄州工厂已提前完成主体建设。",
    ],
)
def test_a_schedule_run_early_confirms(text: str) -> None:
    assert stance_of(SCHEDULE, text) is C


@pytest.mark.parametrize(
    "text",
    [
        "Globex said the Ohio plant will open no later than the September target.",
        "环球公司表示，俄州工厂的订单把产能利用率推至历史新高。",
        "环球公司称，俄州工厂的良率已推至行业前列。",
    ],
)
def test_a_deadline_kept_or_a_figure_pushed_up_is_no_delay(text: str) -> None:
    assert stance_of(SCHEDULE, text) is not X


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
        "Globex called the Spain figure an ambition rather than a commitment.",
        "The Spain sum is not a final commitment, Globex said.",
        "Globex said the $5 billion for Spain is a ceiling.",
        "环球公司表示，西班牙投资额并非最终承诺。",
        "环球公司称，西班牙50亿美元只属投资上限。",
        "環球公司稱，西班牙投資額只屬上限。",
        "环球公司表示，西班牙计划只是愿景。",
        "环球公司强调，西班牙协议并非具约束力的安排。",
    ],
)
def test_a_figure_called_an_aim_or_a_ceiling_contradicts(text: str) -> None:
    assert stance_of(PLEDGE, text) is X


@pytest.mark.parametrize(
    "text",
    [
        "Globex said the Spain ceiling was raised to $6 billion under a binding agreement.",
        "环球公司称，西班牙投资已签署正式协议。",
    ],
)
def test_a_ceiling_named_beside_a_binding_deal_is_no_retreat(text: str) -> None:
    assert stance_of(PLEDGE, text) is not X


LAUNCH = rule_under_test(
    id="globex-cloud",
    subject={"company": ["Globex", "环球云"], "region": ["Hong Kong", "香港"]},
    confirms=["<launch>"],
    contradicts=["<stalled>", "<cancellation>"],
    negation={"confirms": "flip"},
)


@pytest.mark.parametrize(
    "text",
    [
        "Globex pulled its Hong Kong service back to limited availability.",
        "Globex has stopped taking new customers in Hong Kong.",
        "Globex paused sign-ups for its Hong Kong region.",
        "环球云香港服务改为限量开放。",
        "环球云香港区域暂停接受新客户。",
        "環球雲香港區域暫停接受新客戶。",
    ],
)
def test_a_service_taken_back_to_limited_use_contradicts_its_launch(text: str) -> None:
    assert stance_of(LAUNCH, text) is X


@pytest.mark.parametrize(
    "text",
    [
        "Globex launched its Hong Kong service to all customers.",
        "环球云香港服务正式上线，面向所有客户开放。",
    ],
)
def test_a_service_opened_still_confirms(text: str) -> None:
    assert stance_of(LAUNCH, text) is C
