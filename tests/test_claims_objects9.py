"""Claim engine: what a contradicting word acts on, and doubt that asks rather than denies.

- a confirming cue that is the object of a contradicting verb ("halts remaining layoffs",
  喊停裁员, "pushed back the launch") or of a lateness bound (最快5月后才推出) is what the verb
  acts on, not evidence of its own; a cue inside a longer cue of the same side counts once;
- a Chinese A-not-A question (能不能, 是不是, 有没有) asks: its 不 negates nothing; open doubt
  after the news ("..., 很难说", "though that is hard to say") hedges it.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.claimkit import judged
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse


def _cuts_rule() -> ClaimRule:
    """Acme cuts about 8,000 jobs in 2026: layoffs confirm, a halt or pause contradicts."""
    data: dict[str, Any] = {
        "id": "acme-cuts",
        "statement": "Acme cuts about 8,000 jobs in 2026.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"]},
        "window": 1,
        "confirms": ["<layoffs>", "workforce reductions"],
        "contradicts": ["<stalled>", "<cancellation>", "pause"],
        "negation": {"confirms": "flip"},
        "rivals": ["Globex", "格洛贝"],
    }
    return parse(ClaimRule, data)


def _launch_rule() -> ClaimRule:
    """Acme releases its V4 model: a launch confirms, a delay contradicts."""
    data: dict[str, Any] = {
        "id": "acme-v4",
        "statement": "Acme releases its model V4.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "v4": ["V4"]},
        "window": 1,
        "confirms": ["<launch>"],
        "contradicts": ["<delay>", "<cancellation>"],
        "when": {"confirms": ["2026-01-01", "2026-12-31"], "near": ["launch", "上线", "推出"]},
        "rivals": ["Globex", "格洛贝"],
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Acme halts remaining layoffs as orders recover.", "contradicts"),
        ("Acme scales back job cuts after a strong quarter.", "contradicts"),
        ("Acme said it would pause all further workforce reductions.", "contradicts"),
        ("艾克美喊停裁员，称订单回暖。", "contradicts"),
        ("艾克美宣布暂停剩余的裁员。", "contradicts"),
        ("艾克美宣佈暫停剩餘的裁員。", "contradicts"),
        ("Acme began layoffs after Globex halted its own.", "confirms"),
    ],
)
def test_a_layoff_halted_is_what_the_halt_acts_on(text: str, stance: str) -> None:
    assert judged(_cuts_rule(), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("cuts", "Acme paused hiring and began layoffs in March."),
        ("cuts", "艾克美暂停招聘后宣布裁员。"),
        ("cuts", "艾克美暫停招聘後宣佈裁員。"),
        ("v4", "Acme delayed its app, then launched V4 in March."),
        ("v4", "艾克美推迟了发布会，随后上线V4。"),
    ],
)
def test_a_cue_after_another_verb_or_clause_is_still_its_own(rule: str, text: str) -> None:
    """A confirming cue past the contradicting verb's object (another clause, another verb's
    object) is evidence of its own, whatever the verdict weighs it against."""
    got = judged(_cuts_rule() if rule == "cuts" else _launch_rule(), text)
    assert any(r.startswith("confirms: cue") for r in got.reasons), got.reasons
    assert not any("acts on: not evidence" in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Acme has delayed launching V4 until the summer.", "contradicts"),
        ("Acme postponed rolling out V4.", "contradicts"),
        ("知情人士称，艾克美V4最快5月后才推出。", "contradicts"),
        ("艾克美V4要到5月之后才会推出。", "contradicts"),
        ("艾克美V4要到5月之後才會推出。", "contradicts"),
        ("艾克美推迟V4上线。", "contradicts"),
    ],
)
def test_a_launch_put_off_is_what_the_delay_acts_on(text: str, stance: str) -> None:
    assert judged(_launch_rule(), text).stance == Stance(stance)


def test_a_cue_inside_a_longer_cue_of_its_side_counts_once() -> None:
    rule = parse(
        ClaimRule,
        {
            "id": "acme-cuts",
            "statement": "Acme cuts about 8,000 jobs in 2026.",
            "made": "2026-01-01",
            "subject": {"acme": ["Acme", "艾克美"]},
            "confirms": ["<layoffs>"],
            "contradicts": ["<cancellation>", "<cancellation> ... <layoffs>"],
        },
    )
    for text in ("Acme halts remaining layoffs.", "艾克美叫停剩余的裁员。"):
        got = judged(rule, text)
        assert got.stance == Stance.CONTRADICTS
        assert sum(r.startswith("contradicts: cue") for r in got.reasons) == 1, got.reasons
        assert any("part of the longer cue" in r for r in got.reasons), got.reasons


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("有供应商表示，艾克美V4能不能在5月上线，很难说。", "mentions"),
        ("有供應商表示，艾克美V4能不能在5月上線，很難說。", "mentions"),
        ("艾克美V4要不要在5月上线，公司仍在评估。", "mentions"),
        ("艾克美V4赶不赶得上5月上线", "mentions"),
        ("艾克美V4在5月上线，很难说。", "mentions"),
        ("Acme will launch V4 in May, though that is hard to say.", "mentions"),
        ("Acme launches V4 in May, though it remains to be seen.", "mentions"),
        # guards: doubt about another thing, in a clause of its own, leaves the news; a plain
        # 不能 still negates
        ("Acme launches V4 in May, and how many users take it up is hard to say.", "confirms"),
        ("艾克美V4于5月上线，用户反应如何还很难说。", "confirms"),
        ("艾克美不能在5月推出V4。", "contradicts"),
    ],
)
def test_an_a_not_a_question_and_open_doubt_do_not_deny(text: str, stance: str) -> None:
    assert judged(_launch_rule(), text).stance == Stance(stance)


def _service_rule() -> ClaimRule:
    """Acme opens its V4 service in 2026, a launch that `will` leaves pending; no delay cue, so
    a date is the only evidence of a delay."""
    data: dict[str, Any] = {
        "id": "acme-v4-service",
        "statement": "Acme opens its V4 service in 2026.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "v4": ["V4"]},
        "window": 1,
        "confirms": ["<launch>"],
        "pending": ["will", "将"],
        "when": {"confirms": ["2026-01-01", "2026-12-31"], "near": ["service", "服务", "上线"]},
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Acme tells partners its V4 service will slip to 2027.", "contradicts"),
        ("Acme said the V4 service will be pushed back to 2027.", "contradicts"),
        ("艾克美称V4服务将推迟至2027年。", "contradicts"),
        ("艾克美V4的上线时间将延后到明年。", "contradicts"),
        ("艾克美V4服務將延後至明年。", "contradicts"),
        # guards: a plan for a date, with no delay, is still only a plan
        ("Acme will open its V4 service in 2027.", "mentions"),
        ("艾克美将于2027年开通V4服务。", "mentions"),
    ],
)
def test_the_date_a_plan_delays_to_is_news(text: str, stance: str) -> None:
    assert judged(_service_rule(), text).stance == Stance(stance)


def _headcount_rule() -> ClaimRule:
    """Acme cuts about 8,000 jobs in 2026, judged by the figure alone."""
    data: dict[str, Any] = {
        "id": "acme-headcount",
        "statement": "Acme cuts about 8,000 jobs in 2026.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"]},
        "window": 1,
        "amount": {"unit": "people", "confirms": [6500, 9500], "contradicts": [[None, 4000]]},
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Acme has begun cutting staff in two divisions, with the reductions expected to "
            "total about 8,000 jobs, two people familiar with the plans said.",
            "confirms",
        ),
        ("知情人士称，艾克美已开始裁员，预计全年裁员人数约8000人。", "confirms"),
        ("知情人士稱，艾克美已啟動裁員，預計全年裁員人數約8000人。", "confirms"),
        # a company's own expectation of its own figure, its legal form between
        ("Acme Inc. expects to eliminate about 8,000 jobs this year.", "confirms"),
        ("Acme Corp expects to cut roughly 8,000 jobs in 2026.", "confirms"),
        # guards: nothing under way, or another company's expectation, stays a hedge
        (
            "Acme is weighing cuts, with the reductions expected to total about 8,000 jobs, "
            "people familiar with the plans said.",
            "mentions",
        ),
        ("知情人士称，艾克美考虑裁员，预计全年裁员人数约8000人。", "mentions"),
        ("Acme's rival Globex Inc. expects to eliminate about 8,000 jobs.", "mentions"),
    ],
)
def test_an_expectation_that_sizes_an_event_under_way_is_no_hedge(text: str, stance: str) -> None:
    assert judged(_headcount_rule(), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a figure the company calls false contradicts the claim it would have confirmed
        ("艾克美回应裁员传闻：“裁员8000人”说法不实", "contradicts"),
        ("艾克美回應裁員傳聞：「裁員8000人」說法不實", "contradicts"),
        ("针对网传“艾克美今年将裁员8000人”一事，艾克美回应称，该说法不实。", "contradicts"),
        ("艾克美称网传裁员8000人的消息不实。", "contradicts"),
        ("Acme said reports of a cut of 8,000 jobs are untrue.", "contradicts"),
        ("Acme said reports that it would cut 8,000 jobs were false.", "contradicts"),
        # guards: a figure called true, or a false report of another figure, stays the news
        ("艾克美称“裁员8000人”属实。", "confirms"),
        (
            "Acme confirmed it will cut 8,000 jobs, calling earlier reports of 12,000 false.",
            "confirms",
        ),
    ],
)
def test_a_figure_called_false_after_its_quote_contradicts(text: str, stance: str) -> None:
    assert judged(_headcount_rule(), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "denial", "stance"),
    [
        # a launch-date rumour called false rejects only the rumour: a mention
        ("艾克美：“V4本周上线”系谣言", False, "mentions"),
        ("艾克美：「V4本週上線」純屬謠言", False, "mentions"),
        ("针对网传“艾克美V4将于本周上线”的消息，艾克美回应称，相关消息为谣言。", False, "mentions"),
        ("Acme said reports that V4 launches this week are untrue.", False, "mentions"),
        # ... and the rule's own denial word, calling it false, states no figure either
        ("艾克美辟谣：“本周发布新模型V4”系谣言", True, "mentions"),
        ("艾克美闢謠：「本週發佈新模型V4」純屬謠言", True, "mentions"),
        # ... nor does calling false a rumour of another thing, beside the launch itself
        (
            "Acme launched V4 on Monday and said reports of a price rise were false.",
            True,
            "confirms",
        ),
        ("艾克美周一上线V4，并称“涨价”说法不实。", True, "confirms"),
        # guards: a rumour of the launch itself, with no date, called false denies it; so does a
        # denial before the rumour
        ("Acme said reports of a V4 launch were false.", True, "contradicts"),
        ("艾克美表示，“V4已上线”的说法不实。", True, "contradicts"),
        ("艾克美否认V4已经上线。", True, "contradicts"),
    ],
)
def test_a_launch_rumour_called_false_is_not_asserted(text: str, denial: bool, stance: str) -> None:
    data: dict[str, Any] = {
        "id": "acme-v4",
        "statement": "Acme releases its model V4.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "v4": ["V4"]},
        "confirms": ["<launch>"],
        "contradicts": ["<delay>", "<denial>", "false", "不实"] if denial else ["<delay>"],
    }
    assert judged(parse(ClaimRule, data), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a figure circulated online is the rumour's, a hedge as 据传 is ...
        ("网传艾克美今年将裁员约8000人。", "mentions"),
        ("網傳艾克美今年裁員約8000人。", "mentions"),
        ("外传艾克美今年裁员约8000人。", "mentions"),
        # ... but it labels a rumour called false, and hedges neither the denial nor its figure
        ("艾克美称网传裁员8000人的消息不实。", "contradicts"),
        ("艾克美回應裁員傳聞：「裁員8000人」說法不實", "contradicts"),
        # guard: the figure stated plainly
        ("艾克美今年裁员约8000人。", "confirms"),
    ],
)
def test_a_figure_circulated_online_is_the_rumours(text: str, stance: str) -> None:
    assert judged(_headcount_rule(), text).stance == Stance(stance)
