"""Round nine wording (watch/claims/vocab.py, cues.py), the words a new user reached for and the
vocabularies lacked, in English and Chinese (traditional where the word differs), on inline
rules: a deal signed with no word of how firm it is (<deal-signed>), a schedule said to hold
(<on-track>), launches that are rockets, a pause, roles eliminated, a report called false, a
pledge left unpaid, and a commitment word qualified by "non-binding"."""

from __future__ import annotations

import pytest

from tests.claimkit import judged
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse


def _rule(**extra: object) -> ClaimRule:
    data: dict[str, object] = {
        "id": "acme-globex",
        "statement": "Acme agrees to buy Globex's chips",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "globex": ["Globex", "环球"]},
    }
    data.update(extra)
    return parse(ClaimRule, data)


def _stance(text: str, **rule: object) -> Stance:
    return judged(_rule(**rule), text).stance


DEAL = {
    "confirms": ["<deal-signed>"],
    "contradicts": ["<no-commitment>", "<denial>"],
    "negation": {"confirms": "flip"},
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme signed a multiyear agreement with Globex.", Stance.CONFIRMS),
        ("Acme inks $10 billion deal with Globex.", Stance.CONFIRMS),
        ("Acme struck a deal with Globex on Monday.", Stance.CONFIRMS),
        ("Acme selects Globex as its cloud provider.", Stance.CONFIRMS),
        ("Globex announced a multi-year partnership with Acme.", Stance.CONFIRMS),
        ("艾克美与环球签署多年期算力协议。", Stance.CONFIRMS),
        ("艾克美與環球簽約，為期五年。", Stance.CONFIRMS),
        ("艾克美与环球签订采购合同。", Stance.CONFIRMS),
        # a partnership praised is no deal announced; a deal called non-binding is none signed
        ("Globex said it values its partnership with Acme.", Stance.MENTIONS),
        ("Acme signed a non-binding agreement with Globex.", Stance.CONTRADICTS),
        ("艾克美与环球达成框架协议。", Stance.CONTRADICTS),
    ],
)
def test_a_deal_signed_without_a_word_of_how_firm(text: str, expected: Stance) -> None:
    assert _stance(text, **DEAL) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme gave Globex a non-binding term sheet.", Stance.CONTRADICTS),
        ("Acme offered Globex a nonbinding commitment.", Stance.CONTRADICTS),
        ("艾克美与环球签了不具约束力的协议。", Stance.CONTRADICTS),
        ("艾克美與環球簽了不具拘束力的協議。", Stance.CONTRADICTS),
        # the commitment word still counts where nothing undoes it
        ("Acme gave Globex a binding commitment.", Stance.CONFIRMS),
        ("艾克美与环球签署协议。", Stance.CONFIRMS),
    ],
)
def test_a_commitment_word_qualified_as_non_binding_is_not_a_commitment(
    text: str, expected: Stance
) -> None:
    rule = {"confirms": ["<commitment>"], "contradicts": ["<no-commitment>"]}
    assert _stance(text, **rule) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme said its Globex plant remains on track for April.", Stance.CONFIRMS),
        ("Acme's Globex line will start on schedule, its chief said.", Stance.CONFIRMS),
        ("Acme said the Globex plant opens as planned.", Stance.CONFIRMS),
        ("艾克美表示环球工厂按计划推进。", Stance.CONFIRMS),
        ("艾克美环球工厂如期投产。", Stance.CONFIRMS),
        ("艾克美表示環球工廠時間表不變。", Stance.CONFIRMS),
        ("Acme's Globex plant is no longer on track.", Stance.CONTRADICTS),
    ],
)
def test_a_schedule_said_to_hold(text: str, expected: Stance) -> None:
    rule = {"confirms": ["<on-track>"], "negation": {"confirms": "flip"}}
    assert _stance(text, **rule) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme unveils the Globex phone.", Stance.CONFIRMS),
        ("Acme's Globex app made its debut on Tuesday.", Stance.CONFIRMS),
        ("艾克美环球手机正式面世。", Stance.CONFIRMS),
        # rockets and satellites sent up are no service opened
        ("Acme's Globex service is late after a shortfall in launches.", Stance.CONTRADICTS),
        ("Acme launched 27 Globex satellites on Friday.", Stance.MENTIONS),
        ("Acme needs more rocket launches before Globex opens.", Stance.MENTIONS),
        ("艾克美本周发射了环球卫星。", Stance.MENTIONS),
    ],
)
def test_launch_words_and_rocket_launches(text: str, expected: Stance) -> None:
    rule = {"confirms": ["<launch>"], "contradicts": ["late", "<delay>"]}
    assert _stance(text, **rule) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme will pause its Globex purchases.",
        "Acme pauses the Globex programme.",
        "Acme paused all further Globex orders.",
        "艾克美暂停向环球采购。",
        "艾克美暫停向環球採購。",
    ],
)
def test_a_pause_is_stalled(text: str) -> None:
    assert _stance(text, confirms=["<stalled>"]) == Stance.CONFIRMS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme will eliminate about 2,000 roles at Globex.", Stance.CONFIRMS),
        ("Acme is eliminating 1,480 positions at its Globex unit.", Stance.CONFIRMS),
        ("艾克美环球部门人手削减逾两成。", Stance.CONFIRMS),
        ("艾克美環球部門人手削減逾兩成。", Stance.CONFIRMS),
        ("艾克美削减环球部门三成人手。", Stance.CONFIRMS),
        # jobs cancelled are jobs cut, not a plan dropped; a deal cancelled still is
        ("艾克美取消了环球部门约500个岗位。", Stance.CONFIRMS),
        ("艾克美取消環球部門約500個職位。", Stance.CONFIRMS),
        ("艾克美取消了对环球的收购。", Stance.CONTRADICTS),
    ],
)
def test_roles_eliminated_and_jobs_cancelled_are_layoffs(text: str, expected: Stance) -> None:
    rule = {"confirms": ["<layoffs>"], "contradicts": ["<cancellation>"]}
    assert _stance(text, **rule) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme said the report of a Globex deal is false.",
        "Acme said reports of a Globex deal were completely false.",
        "艾克美称收购环球一事纯属杜撰。",
        "艾克美表示，收购环球的说法与事实不符。",
        "艾克美表示，收購環球的說法與事實不符。",
        "艾克美：收购环球系谣言。",
    ],
)
def test_a_report_called_false_or_made_up_is_denied(text: str) -> None:
    assert _stance(text, contradicts=["<denial>"]) == Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    [
        "艾克美对环球的投资承诺未全部兑现。",
        "艾克美對環球的投資承諾並未兌現。",
        "艾克美称，余下部分不再投入环球。",
        "艾克美称对环球的100亿美元只是投资上限。",
        "Acme said the $10 billion for Globex was only a ceiling.",
        "Acme said the Globex figure was merely an upper limit.",
    ],
)
def test_a_pledge_unpaid_or_only_a_ceiling(text: str) -> None:
    rule = {"contradicts": ["<no-commitment>", "<withdrawal>"]}
    assert _stance(text, **rule) == Stance.CONTRADICTS


LAYOFFS = {
    "statement": "Acme cuts about 10,000 jobs at Globex this year",
    "confirms": ["<layoffs>"],
    "amount": {"unit": "people", "confirms": [8000, 12000], "contradicts": [[None, 7000]]},
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cue says what happened, the figure inside it how much
        ("Acme cut about 6,500 jobs at Globex this year.", Stance.CONTRADICTS),
        ("Acme ends the Globex programme having eliminated about 6,500 roles.", Stance.CONTRADICTS),
        ("艾克美今年在环球裁减约3000个岗位。", Stance.CONTRADICTS),
        ("Acme cut about 10,000 jobs at Globex this year.", Stance.CONFIRMS),
        ("艾克美今年在环球裁减约1万个岗位。", Stance.CONFIRMS),
    ],
)
def test_a_figure_inside_a_layoff_cue_decides_its_sign(text: str, expected: Stance) -> None:
    assert _stance(text, **LAYOFFS) == expected


# --- every item weighed is in the reasons (user-zh D7) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "against"),
    [
        (
            "Acme signed a binding agreement with Globex. Acme and Globex signed a definitive "
            "agreement on Monday. Acme still calls part of the Globex pact non-binding.",
            'contradicts: cue "non-binding" (sentence at 102)',
        ),
        (
            "艾克美与环球签署具有约束力的协议。艾克美与环球签署最终协议。"
            "艾克美称与环球的部分条款不具约束力。",
            'contradicts: cue "不具约束力" (sentence at 30)',
        ),
    ],
)
def test_the_weaker_side_is_listed_under_its_line(text: str, against: str) -> None:
    got = judged(_rule(confirms=["<binding>"], contradicts=["<no-commitment>"]), text)
    assert got.stance == Stance.CONFIRMS
    weaker = [i for i, r in enumerate(got.reasons) if r.startswith("weaker evidence for")]
    assert weaker and got.reasons[weaker[0] + 1] == against


def test_every_sentence_of_the_winning_side_is_listed() -> None:
    text = " ".join(f"Acme and Globex signed a binding agreement on day {n}." for n in range(5))
    got = judged(_rule(confirms=["<binding>"]), text)
    assert sum(r.startswith('confirms: cue "binding agreement"') for r in got.reasons) == 5
