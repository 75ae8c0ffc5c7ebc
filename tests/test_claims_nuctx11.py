"""Claim engine: kinds the fourth round's new users found (nu-en2, nu-zh2).

- 无人 in 无人驾驶/无人车/无人机 means "unmanned", no negation; 无人 alone ("no one") still is;
- an expectation told by the claim's own party as its sentence's speaker ("Uber said ..., but the
  launch is expected to slip", Uber表示，……预计将延后) is its own news, not a hedge.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.claimkit import judged
from watch.claims.headline_doubt import headline_doubt
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise
from watch.models import Stance
from watch.validate import parse


def _service_rule() -> ClaimRule:
    """Acme launches its robotaxi service in 2026: a launch confirms, a delay contradicts."""
    data: dict[str, Any] = {
        "id": "acme-robotaxi",
        "statement": "Acme launches a robotaxi service in 2026.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "service": ["robotaxi", "无人驾驶", "无人车"]},
        "window": 1,
        "confirms": ["<launch>"],
        "contradicts": ["<delay>", "<cancellation>"],
        "negation": {"confirms": "flip"},
        "rivals": ["Globex", "格洛贝"],
    }
    return parse(ClaimRule, data)


# --- 无人 is "unmanned" --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "艾克美无人驾驶出租车服务延至明年。",
        "艾克美無人車服務延後至明年。",  # traditional
        "艾克美无人机配送与无人车服务均推迟到明年。",
    ],
)
def test_an_unmanned_vehicle_negates_nothing(text: str) -> None:
    assert judged(_service_rule(), text).stance == Stance.CONTRADICTS


def test_no_one_still_negates() -> None:
    # 无人 alone is "nobody": the delay is negated, not reported
    got = judged(_service_rule(), "艾克美的无人车服务至今无人推迟。")
    assert got.stance != Stance.CONTRADICTS, got


# --- the speaker's own expectation ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acme said it would resubmit its application, but the robotaxi launch is expected to be "
        "delayed to next year.",
        "艾克美表示，将重新提交申请，但无人车服务预计将推迟至明年。",
        "艾克美表示，無人車服務預計將延後至明年。",  # traditional
    ],
)
def test_the_partys_own_expectation_of_a_delay_is_no_hedge(text: str) -> None:
    got = judged(_service_rule(), text)
    assert got.stance == Stance.CONTRADICTS, got
    assert not any(r.startswith("hedge") for r in got.reasons), got


@pytest.mark.parametrize(
    "text",
    [
        # someone else expects it: a hedge as before
        "Acme said it would resubmit, but analysts expect the robotaxi launch to be delayed.",
        "艾克美表示将重新提交申请，但分析师预计无人车服务将推迟至明年。",
        # no speaker at all: the reporter's expectation
        "Acme's robotaxi launch is expected to be delayed to next year.",
        "艾克美无人车服务预计将推迟至明年。",
    ],
)
def test_anyone_elses_expectation_still_hedges(text: str) -> None:
    got = judged(_service_rule(), text)
    assert any(r.startswith('hedge "') for r in got.reasons), got


# --- a recap opening a sentence with no comma, in a Q&A answer -----------------------------------


def _cuts_rule() -> ClaimRule:
    """Acme cuts about 3,000 jobs by the end of June 2026: a figure claim."""
    data: dict[str, Any] = {
        "id": "acme-cuts",
        "statement": "Acme cuts about 3,000 jobs by the end of June 2026.",
        "made": "2026-01-10",
        "subject": {"acme": ["Acme", "艾克美"], "staff": ["jobs", "裁员", "员工"]},
        "window": 1,
        "confirms": ["<layoffs>"],
        "amount": {"unit": "people", "confirms": [2500, 3500]},
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Q&A: Can Acme turn a profit?",
            "A: In January the company said it would cut about 3,000 jobs by the end of June.",
        ),
        ("Q&A: Acme's year so far", "A: Back in January Acme said it would cut 3,000 jobs."),
        ("问答：艾克美能否扭亏？", "答：今年1月公司表示将在6月底前裁员约3000人。"),
        ("問答：艾克美能否轉虧為盈？", "答：今年1月該公司表示將在6月底前裁員約3000人。"),
    ],
)
def test_a_recap_opening_an_answer_is_background(title: str, text: str) -> None:
    got = judged(_cuts_rule(), text, title=title, published=dt.date(2026, 2, 24))
    assert got.stance == Stance.MENTIONS, got
    assert any("is background" in r for r in got.reasons), got


@pytest.mark.parametrize(
    "text",
    [
        # the date is ahead: news of a plan, not a recap
        "A: In March the company will cut about 3,000 jobs.",
        "答：公司将在3月裁员约3000人。",
    ],
)
def test_a_coming_date_opening_an_answer_is_news(text: str) -> None:
    got = judged(_cuts_rule(), text, title="Q&A: Acme", published=dt.date(2026, 2, 24))
    assert got.stance == Stance.CONFIRMS, got


# --- a launch word tied to its own date is judged with that date ---------------------------------


def _h1_rule() -> ClaimRule:
    """Acme releases its V4 chip in the first half of 2026."""
    data: dict[str, Any] = {
        "id": "acme-v4-h1",
        "statement": "Acme releases its V4 chip in the first half of 2026.",
        "made": "2026-01-10",
        "subject": {"acme": ["Acme", "艾克美"], "v4": ["V4"]},
        "window": 1,
        "when": {"confirms": ["2026-01-01", "2026-06-30"], "near": ["发布", "推出", "release"]},
        "confirms": ["<launch>", "发布", "release"],
        "contradicts": ["<delay>", "<cancellation>"],
        "negation": {"confirms": "flip"},
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("", "Acme said its V4 chip would be released in early 2027."),
        ("Acme V4 to launch in 2027", "Acme's V4 chip will launch in 2027, the company said."),
        ("艾克美V4改为下半年发布", "艾克美称，V4芯片将于今年下半年发布。"),
        ("艾克美V4明年推出", "据悉，艾克美V4芯片明年才推出。"),
        ("艾克美V4改為下半年發布", "艾克美稱，V4晶片將於今年下半年發布。"),  # traditional
    ],
)
def test_a_launch_set_after_the_window_does_not_confirm(title: str, text: str) -> None:
    got = judged(_h1_rule(), text, title=title, published=dt.date(2026, 3, 2))
    assert not any(r.startswith("confirms: cue") for r in got.reasons), got
    assert got.stance != Stance.CONFIRMS, got


@pytest.mark.parametrize(
    "text",
    [
        # its own date inside the window: the launch word still confirms
        "Acme released its V4 chip in March.",
        "艾克美V4芯片于3月正式发布。",
    ],
)
def test_a_launch_dated_inside_the_window_confirms(text: str) -> None:
    got = judged(_h1_rule(), text, published=dt.date(2026, 4, 2))
    assert got.stance == Stance.CONFIRMS, got


@pytest.mark.parametrize(
    "text",
    [
        # the date times the event, and the negation after it is the date's too
        "艾克美表示，V4芯片上半年不会发布。",
        "艾克美表示，V4晶片上半年不會發布。",  # traditional
        "Acme said its V4 chip will not be released in the first half.",
    ],
)
def test_a_negated_launch_in_the_window_contradicts(text: str) -> None:
    got = judged(_h1_rule(), text, published=dt.date(2026, 3, 2))
    assert got.stance == Stance.CONTRADICTS, got


# --- a recap of a pledge: a possessive with modifiers, a part of a background sentence, a headline
# that questions it -----------------------------------------------------------------------


def _pledge_rule() -> ClaimRule:
    """Acme has committed $30bn to investment in Ruritania."""
    data: dict[str, Any] = {
        "id": "acme-30bn",
        "statement": "Acme has committed $30bn to investment in Ruritania over 2025-2028.",
        "made": "2026-01-28",
        "subject": {"acme": ["Acme", "艾克美"], "country": ["Ruritania", "鲁里塔尼亚"]},
        "window": 1,
        "confirms": ["<commitment>"],
        "contradicts": ["<no-commitment>", "<denial>"],
        "amount": {
            "near": ["invest", "investment", "pledge", "投资", "承诺"],
            "currency": "USD",
            "confirms": [["28B", "32B"]],
            "contradicts": [[None, "25B"]],
        },
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("", "Acme's headline $30bn investment in Ruritania is under review by the committee."),
        ("", "Acme's much-vaunted $30bn investment in Ruritania goes before the committee today."),
        ("", "艾克美在鲁里塔尼亚备受瞩目的300亿美元投资正接受议会审查。"),
        ("", "艾克美在魯里塔尼亞備受矚目的300億美元投資正接受議會審查。"),  # traditional
        # a part of a background sentence
        (
            "",
            "Ruritania's MPs asked about the pledges announced last year. Of these, Acme "
            "pledged $30bn for investment in Ruritania.",
        ),
        ("", "鲁里塔尼亚议员质询去年宣布的多项投资。其中，艾克美承诺投资300亿美元。"),
        ("", "魯里塔尼亞議員質詢去年宣布的多項投資。其中，艾克美承諾投資300億美元。"),
    ],
)
def test_a_recap_of_the_pledge_is_no_confirmation(title: str, text: str) -> None:
    got = judged(_pledge_rule(), text, title=title, published=dt.date(2026, 5, 2))
    assert got.stance == Stance.MENTIONS, got


@pytest.mark.parametrize(
    "title",
    [
        "MPs question Acme's $30bn Ruritania pledge",
        "Questions over Acme's $30bn investment in Ruritania",
        "鲁里塔尼亚议会质疑艾克美300亿美元投资承诺",
        "魯里塔尼亞議會質疑艾克美300億美元投資承諾",
    ],
)
def test_a_headline_that_questions_the_pledge_is_doubt(title: str) -> None:
    got = judged(_pledge_rule(), "", title=title, published=dt.date(2026, 5, 2))
    assert got.stance == Stance.MENTIONS, got


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # stated as news: confirms as before
        ("", "Acme has committed $30bn to investment in Ruritania, it said on Tuesday."),
        ("", "艾克美周二宣布承诺在鲁里塔尼亚投资300亿美元。"),
        # the part of a sentence that is news is news
        (
            "",
            "Acme announced three new plans on Tuesday. Of these, it pledged $30bn for "
            "investment in Ruritania.",
        ),
        ("", "艾克美周二宣布多项计划。其中，艾克美承诺在鲁里塔尼亚投资300亿美元。"),
        # an old date the sentence before compares with does not make it a recap
        (
            "",
            "鲁里塔尼亚吸引外资升至900亿美元，较2025年3月的300亿美元大幅跳升。"
            "其中艾克美承诺投资300亿美元。",
        ),
    ],
)
def test_the_pledge_as_news_still_confirms(title: str, text: str) -> None:
    got = judged(_pledge_rule(), text, title=title, published=dt.date(2026, 5, 2))
    assert got.stance == Stance.CONFIRMS, got


@pytest.mark.parametrize(
    ("title", "doubt"),
    [
        ("MPs question Acme's $30bn pledge", "mps question"),
        ("Doubts grow over Acme's Ruritania plant", "doubts grow"),
        ("议会质疑艾克美投资承诺", "质疑"),
        # a headline that answers or brushes off the doubt states the answer
        ("Acme dismisses doubts over its $30bn pledge", None),
        ("艾克美回应质疑：投资承诺不变", None),
        ("艾克美回應質疑：投資承諾不變", None),
    ],
)
def test_what_makes_a_headline_doubt(title: str, doubt: str | None) -> None:
    assert headline_doubt(normalise(title)) == doubt


# --- a claim made as a deadline is reaffirmed by an upper bound within it held to now ----------


def _deadline_rule(by: bool | None = None) -> ClaimRule:
    """Acme's second plant starts volume production by the end of 2027."""
    when: dict[str, Any] = {
        "confirms": ["2026-02-05", "2027-12-31"],
        "near": ["量产", "投产", "production"],
    }
    if by is not None:
        when["by"] = by
    data: dict[str, Any] = {
        "id": "acme-plant-2027",
        "statement": "Acme's second plant starts volume production by the end of 2027.",
        "made": "2026-02-05",
        "subject": {"acme": ["Acme", "艾克美"], "plant": ["plant", "二厂", "二廠"]},
        "window": 1,
        "when": when,
        "contradicts": ["<delay>", "<cancellation>"],
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    "text",
    [
        "Acme reaffirmed that its second plant will start volume production before the end of "
        "2027.",
        "艾克美重申，二厂将在2027年底前开始量产。",
        "艾克美重申，二廠將在2027年底前開始量產。",  # traditional
        "艾克美二厂仍将于2027年前投产。",
    ],
)
def test_a_restated_deadline_confirms_a_deadline_claim(text: str) -> None:
    got = judged(_deadline_rule(), text, published=dt.date(2026, 4, 16))
    assert got.stance == Stance.CONFIRMS, got


@pytest.mark.parametrize(
    "text",
    [
        # a bound past the deadline leaves it open
        "Acme said its second plant will still start volume production before 2030.",
        "艾克美表示，二厂仍将在2030年前量产。",
        # the plan recapped, no one holding to it now
        "Acme's first plant opened in 2024, and its second plant is planned to start volume "
        "production before the end of 2027.",
        "艾克美一厂已于2024年底量产，二厂规划于2027年底前量产。",
    ],
)
def test_a_looser_bound_is_still_a_mention(text: str) -> None:
    got = judged(_deadline_rule(), text, published=dt.date(2026, 4, 16))
    assert got.stance == Stance.MENTIONS, got


def test_the_setting_turns_the_reading_off() -> None:
    text = "艾克美重申，二厂将在2027年底前开始量产。"
    got = judged(_deadline_rule(by=False), text, published=dt.date(2026, 4, 16))
    assert got.stance == Stance.MENTIONS, got


# --- a denial in a scare quote; a rumoured figure called false -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "艾克美周二回应称，公司「从未承诺」在鲁里塔尼亚投资300亿美元。",
        "艾克美週二回應稱，公司「從未承諾」在魯里塔尼亞投資300億美元。",  # traditional
        "艾克美周二回应称，公司“并未承诺”在鲁里塔尼亚投资300亿美元。",
        "Acme said on Tuesday it had 'never committed' $30bn to investment in Ruritania.",
    ],
)
def test_a_denial_in_a_scare_quote_reaches_the_figure(text: str) -> None:
    got = judged(_pledge_rule(), text, published=dt.date(2026, 5, 2))
    assert got.stance == Stance.CONTRADICTS, got


def test_a_quoted_clause_still_seals_its_negation() -> None:
    # a quote closed by a comma is a statement of its own: its 不 does not reach the figure after
    text = "艾克美表示“不会放弃”，并承诺在鲁里塔尼亚投资300亿美元。"
    got = judged(_pledge_rule(), text, published=dt.date(2026, 5, 2))
    assert got.stance == Stance.CONFIRMS, got


@pytest.mark.parametrize(
    "text",
    [
        # ASCII quotes, a labelled rumour, the figure as what was said, an adverb in the denial
        '针对网传"艾克美将裁员3000人"一事，艾克美回应称，"3000人的说法与事实严重不符"。',
        '針對網傳"艾克美將裁員3000人"一事，艾克美回應稱，"3000人的說法與事實嚴重不符"。',
        '艾克美回应称，"裁员3000人"的说法与事实完全不符。',
        "Acme said the 3,000 jobs figure was untrue.",
    ],
)
def test_a_rumoured_figure_called_false_contradicts(text: str) -> None:
    got = judged(_cuts_rule(), text, published=dt.date(2026, 3, 20))
    assert got.stance == Stance.CONTRADICTS, got
    assert not any(r.startswith("confirms:") for r in got.reasons), got


@pytest.mark.parametrize(
    "title",
    [
        "艾克美回应裁员传闻",
        "艾克美回應裁員傳聞",
        "Acme responds to layoff rumours",
    ],
)
def test_a_cue_that_names_a_rumour_asserts_nothing(title: str) -> None:
    got = judged(_cuts_rule(), "", title=title, published=dt.date(2026, 3, 20))
    assert got.stance == Stance.MENTIONS, got
    assert not any(r.startswith("confirms:") for r in got.reasons), got
