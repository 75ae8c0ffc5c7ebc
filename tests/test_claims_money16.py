"""Money figures a held-out new user's first try got wrong: the new value of a change "from" an
old value "to" a new one is measured by what measures the old (由……100亿美元缩减至约60亿美元, "cut
from the $10 billion ... to about $6 billion"), and a figure that names the plan a headline says
is shrinking (百亿美元计划恐缩水, "the $10 billion plan could shrink") is the known plan, not a
fresh confirm. Each judged by a rule of the test's own, in English and Chinese (traditional
where the script differs)."""

from __future__ import annotations

import datetime as dt

import pytest

from watch.claims.engine import Matcher
from watch.claims.rules import ClaimRule
from watch.models import Document, Stance, Verdict
from watch.validate import parse

PUBLISHED = dt.date(2026, 6, 1)


def _rule() -> ClaimRule:
    return parse(
        ClaimRule,
        {
            "id": "acme-us-10b",
            "statement": "Acme commits US$10 billion to US factories by 2030",
            "made": "2026-02-01",
            "subject": {"acme": ["Acme", "艾克美"], "money": ["investment", "plan", "投资"]},
            "confirms": ["<binding>"],
            "contradicts": ["<no-commitment>"],
            "amount": {
                "near": ["investment", "invest", "plan", "投资"],
                "confirms": ["9.5B", "10.5B"],
                "contradicts": [[None, "8B"]],
            },
        },
    )


def _judge(text: str, title: str = "") -> Verdict:
    verdicts = Matcher([_rule()]).judge(Document(text, PUBLISHED, title=title))
    assert len(verdicts) <= 1
    # no verdict at all: nothing in the text is evidence, as a mention
    return verdicts[0] if verdicts else Verdict("acme-us-10b", Stance.MENTIONS, 0.0, (), ())


# --- the new value of a change is measured by what measures the old one ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acme has scaled back its investment, from the $10 billion it pledged in February to "
        "about $6 billion.",
        "Acme trimmed the investment, from $10 billion announced in February to $6 billion, "
        "people familiar said.",
        "艾克美已把对美国的投资，由该公司2月在华盛顿宣布的100亿美元下调至约60亿美元。",
        "艾克美已把對美國的投資，由該公司2月在華盛頓宣布的100億美元下調至約60億美元。",
    ],
)
def test_new_value_of_a_change_is_measured_like_the_old(text: str) -> None:
    verdict = _judge(text)
    assert verdict.stance is Stance.CONTRADICTS, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        # the figure after "to" opens another clause: the comma parts it from the old value
        "艾克美投资100亿美元的计划不变，另一项业务营收由5亿美元降至约3亿美元。",
        "Acme's $10 billion investment is unchanged; its sales fell to $3 billion.",
    ],
)
def test_a_figure_in_another_clause_is_no_new_value(text: str) -> None:
    verdict = _judge(text)
    assert verdict.stance is not Stance.CONTRADICTS, verdict.reasons


def test_a_range_from_one_figure_to_another_is_unchanged() -> None:
    verdict = _judge("Acme raised its investment from $8 billion to $10 billion.")
    assert verdict.stance is Stance.CONFIRMS, verdict.reasons


# --- a figure that names the plan a headline says is shrinking ----------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Acme's $10 billion plan could shrink, people familiar say",
        "The $10 billion investment may be scaled back at Acme",
        "艾克美削减美国业务 百亿美元投资计划恐缩水",
        "艾克美削減美國業務 百億美元投資計畫恐僅剩六成",
    ],
)
def test_a_figure_naming_a_shrinking_plan_is_no_confirm(title: str) -> None:
    verdict = _judge("", title=title)
    assert verdict.stance is not Stance.CONFIRMS, verdict.reasons


@pytest.mark.parametrize(
    "title",
    [
        "Acme confirms $10 billion plan for US factories",
        "Acme's $10 billion plan is on track, the company says",
        "艾克美百亿美元投资计划落地",
        "艾克美宣布百億美元投資計畫",
    ],
)
def test_a_figure_stated_or_kept_still_confirms(title: str) -> None:
    verdict = _judge("", title=title)
    assert verdict.stance is Stance.CONFIRMS, verdict.reasons


# --- a figure that a denial of commitment is said of ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acme said the $10 billion investment in Ohio is a cap, with the final sum set later.",
        "Acme's $10 billion investment was an aspiration rather than a firm commitment.",
        "艾克美俄亥俄工厂100亿美元投资并非最终承诺，最终金额视补贴而定。",
        "艾克美俄亥俄工廠100億美元投資只屬上限，最終金額視補貼而定。",
    ],
)
def test_a_figure_denied_as_a_commitment_is_no_confirm(text: str) -> None:
    verdict = _judge(text)
    assert verdict.stance is not Stance.CONFIRMS, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme's $10 billion investment is a binding commitment, the company said.",
        "Acme said the $10 billion investment is not a loan but its own money.",
        "艾克美100亿美元投资是具约束力的承诺。",
        "艾克美100億美元投資非常明確，公司表示。",
    ],
)
def test_a_figure_said_to_bind_still_confirms(text: str) -> None:
    verdict = _judge(text)
    assert verdict.stance is Stance.CONFIRMS, verdict.reasons
