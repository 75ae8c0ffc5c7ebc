"""Round 18 (hedges17): the party's own revised expectation is its guidance, not a plain hedge;
a likelihood denied after its date contradicts a by-date claim; a negated obstacle supports
the event. Rules of the test's own, English and Chinese (simplified and traditional)."""

from __future__ import annotations

import pytest

from tests.claimkit import judged, rule_under_test
from watch.models import Stance

PLANT = rule_under_test(
    id="acme-plant",
    subject={"acme": ["Acme", "艾克美"], "plant": ["plant", "工厂", "工廠"]},
    confirms=["start production", "投产"],
    contradicts=["<delay>", "延至", "推迟"],
    window=1,
    when={
        "confirms": ["2026-01-01", "2026-06-30"],
        "near": ["start production", "starting production", "production", "投产"],
    },
)
STORES = rule_under_test(
    id="acme-stores",
    subject={"acme": ["Acme Mart Corp", "Acme Mart", "艾克美"], "stores": ["stores", "门店"]},
    window=1,
    amount={"unit": "stores", "near": ["net"], "confirms": [240, 260], "contradicts": [[0, 225]]},
)


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        # the own name, an aside, the expectation, and the company as speaker after it
        (
            STORES,
            "Acme Mart Corp (艾克美), which runs the chain, now expects to add about 170 stores "
            "on a net basis this year, the company said on Friday.",
        ),
        # the company speaking by its pointer before the expectation, to the media
        (PLANT, "公司管理层在接受媒体采访时表示，艾克美新工厂投产预计推迟至第三季度。"),
        # the own name as the expectation's subject, a delay expected (traditional)
        (PLANT, "艾克美預計新工廠投產將延至第三季。"),
    ],
)
def test_own_revised_expectation_is_guidance(rule: object, text: str) -> None:
    got = judged(rule, text)  # type: ignore[arg-type]
    assert got.stance == Stance.CONTRADICTS
    assert any("guidance" in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Analysts now expect Acme's plant to start production only in the third quarter, a delay.",
        "分析师预计，艾克美新工厂投产将推迟至第三季度。",
        "市场预期艾克美新工厂投产将延至第三季度。",
    ],
)
def test_someone_elses_expectation_stays_a_hedge(text: str) -> None:
    got = judged(PLANT, text)
    assert not any("guidance" in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    "text",
    [
        "艾克美新工厂6月底前投产的机会不高。",
        "艾克美新工廠6月底前投產的機率不高。",
        "艾克美新工厂上半年投产的可能性不大。",
        "艾克美新工厂6月底前投产恐怕来不及。",
        "艾克美新工厂6月底前投产赶不上了。",
        "Chances that Acme's plant starts production by the end of June are slim.",
    ],
)
def test_likelihood_denied_after_the_date_contradicts(text: str) -> None:
    assert judged(PLANT, text).stance == Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    [
        "艾克美新工厂6月底前投产的机会很大。",
        "Acme's plant is on track to start production by the end of June.",
        "艾克美新工厂能不能在6月底前投产还来不来得及，公司说会赶上。",
    ],
)
def test_likelihood_not_denied_stays(text: str) -> None:
    assert judged(PLANT, text).stance != Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    [
        "Acme's plant: governor sees no obstacle to starting production in June.",
        "艾克美新工厂：县长称今年投产没有障碍",
        "艾克美新工廠：縣長稱今年投產不存在障礙",
    ],
)
def test_negated_obstacle_supports_the_event(text: str) -> None:
    assert judged(PLANT, text).stance == Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "The governor said Acme's plant will not start production in June.",
        "县长表示，艾克美新工厂6月不会投产。",
        "There is no sign that Acme's plant will start production in June.",
        "艾克美新工厂：县长称今年不会投产",
    ],
)
def test_plain_negation_still_contradicts(text: str) -> None:
    assert judged(PLANT, text).stance != Stance.CONFIRMS


@pytest.mark.parametrize(
    "title",
    [
        "Acme's plan to start production at new plant in doubt as regulator weighs review",
        "Acme plant's bid to start production in question after inspection",
        "艾克美新工厂投产恐生变",
        "艾克美新工廠投產存變數",
    ],
)
def test_headline_putting_the_event_in_doubt_confirms_nothing(title: str) -> None:
    got = judged(PLANT, "The regulator is weighing a fresh review.", title=title)
    assert got.stance == Stance.MENTIONS
    assert any("puts it in doubt" in r for r in got.reasons), got.reasons
    assert not any("questions it" in r for r in got.reasons), got.reasons


def test_headline_raising_questions_only_hedges() -> None:
    title = "Questions over Acme plant plan to start production"
    got = judged(PLANT, "The regulator is weighing a fresh review.", title=title)
    assert any("questions it" in r for r in got.reasons), got.reasons


ALERT_KEPT = rule_under_test(
    id="acme-alert",
    subject={"acme": ["Acme", "艾克美"], "site": ["Springfield plant", "斯普林菲尔德工厂"]},
    confirms=["lifted", "解除"],
    contradicts=["warning letter", "警告信", "recall", "召回"],
    window=1,
)


@pytest.mark.parametrize(
    "text",
    [
        "For Acme's Springfield plant, a fresh warning letter would put the recovery at risk.",
        "Analysts said a new warning letter for Acme's Springfield plant would set it back a year.",
    ],
)
def test_indefinite_subject_of_a_hypothetical_is_a_condition(text: str) -> None:
    got = judged(ALERT_KEPT, text)
    assert got.stance == Stance.MENTIONS
    assert any("condition clause" in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme's Springfield plant received a warning letter that would put the recovery at risk.",
        "Acme's Springfield plant got a warning letter and would lose the contract.",
        "For Acme's Springfield plant, the warning letter would be its second this year.",
        "若艾克美斯普林菲尔德工厂再收到警告信，复苏将受到威胁。",  # a condition as before
    ],
)
def test_hypothetical_near_misses(text: str) -> None:
    got = judged(ALERT_KEPT, text)
    chinese = "若" in text
    assert (got.stance == Stance.MENTIONS) is chinese, got.reasons


def test_headline_doubt_leaves_evidence_against_the_event() -> None:
    got = judged(PLANT, "监管机构正考虑重新审查。", title="艾克美新工厂投产生变 或推迟至第四季度")
    assert got.stance == Stance.CONTRADICTS
    assert not any("questions it" in r for r in got.reasons), got.reasons
