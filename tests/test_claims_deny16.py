"""Claim engine: questions, objects, rumours and bounds that read as denials or as news.

- an A-not-A question with the verb's object after it (裁不裁员, 开不开放) asks: its 不 negates
  nothing;
- a freeze of another thing ("froze hiring", 冻结了招聘) is no halt of the claim's event;
- a cue as the rumour's name (裁员的传闻) or content ("was rumoured to", 被传) is not asserted;
- a launch word as the subject of "timing undecided" (全面开放时间未定) is no launch;
- a negated verb several words before "before" makes the date a lower bound;
- the claim's own party that "still expects" to meet its date reaffirms it: no hedge.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.claimkit import judged
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse


def _cuts() -> ClaimRule:
    """Acme cuts about 8,000 jobs in 2026: layoffs confirm, a halt or freeze contradicts."""
    data: dict[str, Any] = {
        "id": "acme-cuts",
        "statement": "Acme cuts about 8,000 jobs in 2026.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"]},
        "window": 1,
        "confirms": ["<layoffs>"],
        "contradicts": ["<stalled>", "<cancellation>"],
        "negation": {"confirms": "flip"},
        "rivals": ["Globex", "格洛贝"],
    }
    return parse(ClaimRule, data)


def _launch(*, until: str = "2026-12-31", undecided: bool = False) -> ClaimRule:
    """Acme opens its model V4 to everyone by `until`."""
    data: dict[str, Any] = {
        "id": "acme-v4",
        "statement": "Acme opens V4 to all users.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "v4": ["V4"]},
        "window": 1,
        "confirms": ["<launch>"],
        "contradicts": ["<delay>", "<cancellation>"] + (["<undecided>"] if undecided else []),
        "when": {
            "confirms": ["2026-01-01", until],
            "near": ["launch", "released", "reopened", "上线", "推出", "开放"],
        },
    }
    return parse(ClaimRule, data)


def _programme() -> ClaimRule:
    """Acme completes its restructuring programme in 2026 (a plan under way, dated)."""
    data: dict[str, Any] = {
        "id": "acme-programme",
        "statement": "Acme completes its restructuring programme in 2026.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "programme": ["restructuring", "重组"]},
        "window": 1,
        "confirms": ["<layoffs>"],
        "when": {"confirms": ["2026-01-01", "2026-12-31"], "near": ["complete", "完成"]},
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("艾克美总裁说，裁不裁员、裁多少，要看下半年的订单。", "mentions"),
        ("艾克美管理層稱，裁不裁員要看第三季度的需求。", "mentions"),
        ("艾克美还没定减不减员，要等年中。", "mentions"),
        # guards: a plain 不 still negates; "whether or not" was a question already
        ("艾克美总裁说，今年不裁员。", "contradicts"),
        ("Acme has not decided whether or not to cut jobs, its chief said.", "mentions"),
    ],
)
def test_a_not_a_with_the_object_split_asks(text: str, stance: str) -> None:
    assert judged(_cuts(), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("艾克美今年冻结了招聘，以控制成本。", "mentions"),
        ("艾克美今年凍結了招聘，以控制成本。", "mentions"),
        ("Acme froze hiring this year to hold down costs.", "mentions"),
        ("Acme said it would freeze hiring for the rest of the year.", "mentions"),
        # guards: a freeze of the cuts themselves still stalls them
        ("艾克美冻结了裁员计划。", "contradicts"),
        ("Acme froze its layoffs after orders recovered.", "contradicts"),
    ],
)
def test_a_freeze_of_another_thing_is_no_stalled_cut(text: str, stance: str) -> None:
    assert judged(_cuts(), text).stance == Stance(stance)


@pytest.mark.parametrize(
    "text",
    [
        "近来关于企业裁员的传闻不断，艾克美也在其列。",
        "艾克美裁員的傳言近日在社交媒體流傳。",
        "艾克美近日被传将裁员。",
        "艾克美被傳將在年內裁員。",
    ],
)
def test_a_rumoured_cut_is_no_evidence(text: str) -> None:
    """The cue names the rumour (裁员的传闻) or says what it says (被传裁员): not even a hedged
    confirm."""
    found = judged(_cuts(), text)
    assert found.stance == Stance.MENTIONS
    assert not any(r.startswith("confirms:") for r in found.reasons)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # guards: the cut announced; an English rumour is hedged as before
        ("艾克美宣布裁员8000人。", "confirms"),
        ("Acme said it would cut 8,000 jobs this year.", "confirms"),
        ("Acme is rumoured to cut 8,000 jobs this year.", "mentions"),
    ],
)
def test_a_cut_announced_stays_news(text: str, stance: str) -> None:
    assert judged(_cuts(), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("艾克美：V4仍以邀请制测试，全面上线时间未定。", "mentions"),
        ("艾克美V4仍以邀請制測試 全面推出時間未定", "mentions"),
        ("艾克美表示，V4正式上线的时间尚未确定。", "mentions"),
        # guard: a launch time that is set is a launch
        ("艾克美V4上线时间定在6月。", "confirms"),
    ],
)
def test_a_launch_whose_timing_is_undecided_is_no_launch(text: str, stance: str) -> None:
    assert judged(_launch(), text).stance == Stance(stance)


def test_undecided_timing_counted_against_the_claim_is_weighed_as_before() -> None:
    """A rule that counts `<undecided>` against the claim reads the phrase both ways, as before:
    the launch word and its doubt weigh the same, a mention."""
    assert judged(_launch(undecided=True), "艾克美V4全面上线时间未定").stance == Stance.MENTIONS


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Acme said V4 would not be released to all paying business users before the fourth "
            "quarter.",
            "contradicts",
        ),
        (
            "Acme said the V4 service would not be reopened to every customer in Europe before "
            "October.",
            "contradicts",
        ),
        ("艾克美表示，V4在第四季度之前不会向所有用户推出。", "contradicts"),
        # guards: a second verb joined in, and no negation at all
        (
            "Acme said it was not worried about demand and would release V4 before the fourth "
            "quarter.",
            "mentions",
        ),
    ],
)
def test_a_negated_verb_far_before_before_is_a_lower_bound(text: str, stance: str) -> None:
    assert judged(_launch(until="2026-06-30"), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Acme said it still expected to complete the restructuring programme by year-end.",
            "confirms",
        ),
        ("艾克美表示，公司仍预计在年底完成重组。", "confirms"),
        # guard: someone else's is theirs
        (
            "Analysts still expected Acme to complete the restructuring programme by year-end.",
            "mentions",
        ),
    ],
)
def test_own_still_expected_date_is_reaffirmed(text: str, stance: str) -> None:
    assert judged(_programme(), text).stance == Stance(stance)


def test_a_bare_own_expectation_is_guidance_below_a_reaffirmed_one() -> None:
    # a bare expectation restates the plan: since expect24, the party's own guidance, which
    # alerts (×0.8), less sure than a reaffirmed date (no hedge)
    bare = judged(_programme(), "Acme said it expected to complete the restructuring by year-end.")
    still = judged(
        _programme(), "Acme said it still expected to complete the restructuring by year-end."
    )
    assert bare.stance == still.stance == Stance.CONFIRMS
    assert bare.confidence < still.confidence


def _sized_cuts() -> ClaimRule:
    """Acme cuts about 8,000 jobs: the figure decides."""
    data: dict[str, Any] = {
        "id": "acme-8000",
        "statement": "Acme cuts about 8,000 jobs in 2026.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"]},
        "window": 1,
        "confirms": ["<layoffs>"],
        "contradicts": ["<stalled>", "<cancellation>"],
        "negation": {"confirms": "flip"},
        "amount": {"unit": "people", "confirms": [7000, 9000], "contradicts": [[None, 3000]]},
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("text", "title", "stance"),
    [
        (
            "针对媒体此前报道的“艾克美计划裁员约8000人”一事，艾克美回应称，上述消息“不实”。",
            "",
            "contradicts",
        ),
        ("艾克美表示，有外媒報道公司將裁員約8000人，有關消息「並無事實根據」。", "", "contradicts"),
        ("艾克美周二发表声明。", "艾克美回应“裁员8000人”传闻：消息不实", "contradicts"),
        ("对于媒体报道的艾克美将裁员约8000人一事，艾克美表示暂不评论。", "", "mentions"),
        (
            "Responding to reports that it would cut about 8,000 jobs, Acme said the reports "
            "were untrue.",
            "",
            "contradicts",
        ),
        (
            "In response to a report that Acme planned to cut 8,000 jobs, the company said the "
            "report was inaccurate.",
            "",
            "contradicts",
        ),
        # guards: an answer that asserts the cut, a sourced report, a response to a question
        ("针对裁员一事，艾克美表示将按计划裁员约8000人。", "", "confirms"),
        (
            "Acme, responding to questions from analysts, said it would cut 8,000 jobs.",
            "",
            "confirms",
        ),
    ],
)
def test_what_the_company_responds_to_is_not_asserted(text: str, title: str, stance: str) -> None:
    assert judged(_sized_cuts(), text, title=title).stance == Stance(stance)
