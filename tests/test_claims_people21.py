"""Head counts and layoff wording in labour reporting: jobs already gone, a negated manner of
the cuts, management speaking in a staff statement, and an explainer's unlabelled answer.

A count marked as already gone ("2,900 jobs already gone", 已有3100个岗位被裁撤) is progress
towards a cut, never its size; "no compulsory redundancies" (不强制裁员) denies how cuts are
made, not the cuts; "Management has told us ..." in a statement whose headline names the company
is that company's news; an answer right after the explainer's own question opens with the time
of what it recalls. Each judged by rules of the test's own, in English and Chinese (traditional
where the script differs), with fences: the nearest wordings that must not move."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import cuts_rule, judged, rule_under_test
from watch.claims.rules import ClaimRule
from watch.models import Stance

JUNE = dt.date(2026, 6, 15)
STAFF = ["jobs", "roles", "job cuts", "layoffs", "redundancies", "job losses", "reductions"]
STAFF_ZH = ["裁员", "员工", "职位", "岗位"]


def _cuts() -> ClaimRule:
    """Acme cuts about 8,000 jobs this year (6,500-9,500 confirms, under 4,000 contradicts)."""
    return cuts_rule(STAFF + STAFF_ZH)


def _flipping() -> ClaimRule:
    """The same cut, its negated `<layoffs>` cue the opposite news (`negation: flip`)."""
    return rule_under_test(
        id="acme-cuts-flip",
        subject={"acme": ["Acme", "艾克美"], "staff": STAFF + STAFF_ZH},
        confirms=["<layoffs>"],
        negation={"confirms": "flip"},
    )


def _stance(rule: ClaimRule, text: str, title: str = "") -> Stance:
    return judged(rule, text, title=title, published=JUNE).stance


# --- 1. jobs already gone are progress, not the cut's size ------------------------------------


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Works council: 2,900 jobs already gone at Acme.", Stance.MENTIONS),
        ("At Acme, 2,400 jobs have already disappeared.", Stance.MENTIONS),
        ("At Acme some 2,700 roles have been cut so far.", Stance.MENTIONS),
        # already on the cut verb itself, as 已裁 is
        ("Acme has already cut 3,300 jobs, the union said.", Stance.CONFIRMS),
        ("艾克美已有3100个岗位被裁撤。", Stance.CONFIRMS),
        ("艾克美已有3100個崗位被裁撤。", Stance.CONFIRMS),
        ("艾克美的2900个职位已经被裁掉。", Stance.CONFIRMS),
        ("艾克美的2900個職位已經被裁掉。", Stance.CONFIRMS),
    ],
)
def test_jobs_already_gone_are_no_size_of_the_cut(text: str, stance: Stance) -> None:
    assert _stance(_cuts(), text) == stance


@pytest.mark.parametrize(
    "text",
    [
        "Acme will cut 3,100 jobs.",
        "At Acme 3,100 jobs are to go.",
        "Acme: 3,100 jobs will be cut.",
        "Acme plans to shed 3,100 jobs in Europe.",
        "艾克美将裁撤3100个岗位。",
        "艾克美已宣布裁撤3100个岗位。",
        "艾克美計劃裁掉3100個崗位。",
        "艾克美的3100个岗位将被裁撤。",
    ],
)
def test_a_cut_still_to_come_is_its_size(text: str) -> None:
    assert _stance(_cuts(), text) == Stance.CONTRADICTS


# --- 2. a negated manner is no negated cut ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acme pledged there would be no compulsory redundancies.",
        "Acme's plan goes ahead without forced layoffs, the union said.",
        "Acme promised no involuntary job losses.",
        "Acme has ruled out compulsory redundancies.",
        "艾克美承诺不强制裁员。",
        "艾克美承諾不會強制裁員。",
        "艾克美表示不进行强制性裁员。",
        "艾克美表示無強制裁員。",
    ],
)
def test_a_negated_manner_flips_nothing(text: str) -> None:
    found = judged(_flipping(), text, published=JUNE)
    assert found.stance == Stance.MENTIONS, found.reasons
    assert any("denies the manner" in r for r in found.reasons), found.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme said no redundancies are planned.",
        "Acme says there will be no layoffs.",
        "艾克美表示不会裁员。",
        "艾克美表示不會裁員。",
    ],
)
def test_a_negated_cut_still_flips(text: str) -> None:
    assert _stance(_flipping(), text) == Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text", ["Acme said there will be no compulsory redundancies.", "艾克美表示不會強制裁員。"]
)
def test_a_claim_of_the_manner_itself_is_still_denied(text: str) -> None:
    # the rule's own cue holds the manner word: the negation denies the claim's thing
    rule = rule_under_test(
        id="acme-compulsory",
        subject={"acme": ["Acme", "艾克美"]},
        confirms=["compulsory redundancies", "强制裁员"],
        negation={"confirms": "flip"},
    )
    assert _stance(rule, text) == Stance.CONTRADICTS


def test_the_cut_beside_a_negated_manner_still_confirms() -> None:
    text = "Acme will cut jobs this year, but there will be no compulsory redundancies."
    assert _stance(_flipping(), text) == Stance.CONFIRMS
    assert _stance(_flipping(), "艾克美将削减岗位，但不强制裁员。") == Stance.CONFIRMS


# --- 3. management speaking in a statement the headline names the company of ------------------

_STATEMENT = "Statement of the works council, 3 June.\n\n{}"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Acme works council: restructuring under way",
            "Management has told us the job cuts will be carried out in full this year.",
        ),
        ("艾克美工会声明", "管理层已告知我们，今年将全面完成裁员。"),
        ("艾克美工會聲明", "管理層已告知我們，今年將全面完成裁員。"),
    ],
)
def test_management_is_the_headline_company(title: str, body: str) -> None:
    assert _stance(_flipping(), _STATEMENT.format(body), title) == Stance.CONFIRMS


@pytest.mark.parametrize(
    "body",
    [
        "Globex's management has told us the job cuts will be carried out in full this year.",
        "Asset management has told us the job cuts will be carried out in full this year.",
        "The job cuts will be carried out in full this year, management consultants say.",
    ],
)
def test_another_management_is_not_the_headline_company(body: str) -> None:
    title = "Acme works council: restructuring under way"
    assert _stance(_flipping(), _STATEMENT.format(body), title) == Stance.MENTIONS


# --- 4. an explainer's answer right after its question ---------------------------------------


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "What has Acme announced? In February Acme said it would cut about 8,000 jobs.",
            Stance.MENTIONS,
        ),
        (
            "**What has Acme announced?** In February Acme said it would cut about 8,000 jobs.",
            Stance.MENTIONS,
        ),
        # no question before: a weekly note's comma-less opening of the month just ended is the
        # news; a month before it is a recap, comma or not (`past_dates.fronted_months`)
        ("Acme shrinks. In May Acme said it would cut about 8,000 jobs.", Stance.CONFIRMS),
        ("Acme shrinks. In February Acme said it would cut about 8,000 jobs.", Stance.MENTIONS),
        # the month is the news itself
        (
            "What has Acme announced? In June Acme said it would cut about 8,000 jobs.",
            Stance.CONFIRMS,
        ),
    ],
)
def test_an_answer_after_the_question_recaps_its_date(text: str, stance: Stance) -> None:
    assert _stance(_cuts(), text) == stance
