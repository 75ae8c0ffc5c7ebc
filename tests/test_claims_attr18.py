"""Claim engine: who says it, and how sure (nu-attr18).

- a headline question ends at its question mark: the clause a source opens after it with a
  colon (知情人士：, 公司回应：, "Sources:") is that source's statement;
- an official on the record (负责人在发布会上表示, "a spokesperson told a press briefing") who
  tells the project's progress and then expects its date gives its own expectation, no hedge;
  and a headline kicker naming that office (园区：……) is the speaker, not a source;
- a headline kicker naming the genre ("Press release:", "Live:", 公告：, 直播：) is no source;
- open doubt told after the news about the news itself ("but it remains unclear whether the
  deal is", ……，但该协议的约束力如何，目前仍不清楚) hedges it, as "……，很难说" does.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.claimkit import judged
from watch.claims.rules import ClaimRule
from watch.claims.story import story_source
from watch.claims.text import normalise
from watch.models import Stance
from watch.validate import parse


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
        "amount": {"unit": "people", "confirms": [7000, 9000], "contradicts": [[None, 3000]]},
    }
    return parse(ClaimRule, data)


def _plant() -> ClaimRule:
    """Acme's new plant starts production in the third quarter of 2026."""
    data: dict[str, Any] = {
        "id": "acme-plant-q3",
        "statement": "Acme's new plant starts production in the third quarter of 2026.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "plant": ["plant", "工厂"]},
        "window": 1,
        "when": {"confirms": ["2026-07-01", "2026-09-30"], "near": ["production", "投产"]},
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("艾克美裁员规模缩小？消息人士：实际仅约2000人", "contradicts"),
        ("艾克美裁員規模縮水？公司回應：僅涉及約2000人", "contradicts"),
        ("Acme layoffs scaled back? Sources: only about 2,000 jobs to go", "contradicts"),
        ("Are Acme's cuts bigger than feared? Company: about 8,000 jobs affected", "confirms"),
        # guards: the figure inside the question, or a question after the colon, still asks
        ("艾克美会裁员约2000人？", "mentions"),
        ("消息人士：艾克美会裁员约2000人吗？", "mentions"),
        ("Will Acme cut only 2,000 jobs? Analysis: what the filing says", "mentions"),
        ("Acme to cut only 2,000 jobs? Sources: talks go on", "mentions"),
    ],
)
def test_a_sourced_answer_after_a_headline_question_is_a_statement(title: str, stance: str) -> None:
    assert judged(_sized_cuts(), "周二股价小幅上涨。", title=title).stance == Stance(stance)


@pytest.mark.parametrize(
    "text",
    [
        "园区管委会相关负责人在新闻发布会上表示，艾克美工厂已完成设备安装，预计三季度投产。",
        "園區管委會負責人在記者會上介紹，艾克美工廠已進入設備調試階段，預計第三季度投產。",
        "A ministry spokesperson told a press briefing that the Acme plant has completed "
        "equipment installation and is expected to start production in the third quarter.",
    ],
)
def test_an_official_on_the_record_expects_its_own_project(text: str) -> None:
    found = judged(_plant(), text)
    assert found.stance == Stance.CONFIRMS
    assert not any(r.startswith("hedge") for r in found.reasons)


@pytest.mark.parametrize(
    "text",
    [
        # guards: analysts' expectation, and a bare expectation with no progress told
        "艾克美工厂已完成设备安装，分析师预计三季度投产。",
        "园区负责人表示，预计艾克美工厂三季度投产。",
        "The Acme plant has completed equipment installation, and analysts said production is "
        "expected to start in the third quarter.",
    ],
)
def test_an_expectation_not_told_by_an_office_on_its_progress_is_hedged(text: str) -> None:
    assert judged(_plant(), text).stance == Stance.MENTIONS


@pytest.mark.parametrize(
    ("title", "body", "source"),
    [
        ("园区：艾克美工厂进展顺利", "管委会负责人在发布会上介绍，工厂已进入调试阶段。", None),
        (
            "Ministry: Acme plant on track",
            "A ministry spokesperson told reporters the plant had entered trial runs.",
            None,
        ),
        # guards: a medium's kicker, and a kicker over a lead with no one on the record
        ("路透：艾克美工厂进展顺利", "管委会负责人在发布会上介绍，工厂已进入调试阶段。", "路透"),
        ("园区管委会：艾克美工厂进展顺利", "工厂已进入调试阶段。", "园区管委会"),
    ],
)
def test_a_kicker_naming_the_office_on_the_record_is_no_source(
    title: str, body: str, source: str | None
) -> None:
    found = story_source(normalise(title), normalise(body))
    assert (found.word if found else None) == source


@pytest.mark.parametrize(
    "title",
    [
        "Press release: Acme to cut about 8,000 jobs",
        "Live: Acme to cut about 8,000 jobs, shares fall",
        "公告：艾克美将裁员约8000人",
        "直播：艾克美宣布裁员约8000人",
    ],
)
def test_a_genre_kicker_is_no_attribution(title: str) -> None:
    found = judged(_sized_cuts(), "The market opened lower. 股市低开。", title=title)
    assert found.stance == Stance.CONFIRMS
    assert not any("attributed" in r for r in found.reasons)


@pytest.mark.parametrize(
    "title", ["Reuters: Acme to cut about 8,000 jobs", "路透：艾克美将裁员约8000人"]
)
def test_a_source_kicker_still_attributes(title: str) -> None:
    found = judged(_sized_cuts(), "The market opened lower.", title=title)
    assert any("attributed" in r for r in found.reasons)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Acme signed a deal with its unions to cut 8,000 jobs, but it remains unclear how "
            "binding the deal is.",
            "mentions",
        ),
        (
            "Acme agreed to cut 8,000 jobs with its unions, though it is still unclear how firm "
            "the agreement is.",
            "mentions",
        ),
        ("艾克美与工会达成协议裁员约8000人，但该协议的约束力如何，目前仍不清楚。", "mentions"),
        ("艾克美與工會達成協議裁員約8000人，但目前仍不明朗。", "mentions"),
        # guards: doubt about another thing leaves the news as it is
        (
            "Acme announced it would cut 8,000 jobs, but it remains unclear when the cuts will "
            "start.",
            "confirms",
        ),
        ("艾克美宣布裁员约8000人，但补偿方案目前仍不清楚。", "confirms"),
    ],
)
def test_open_doubt_after_the_news_hedges_it(text: str, stance: str) -> None:
    assert judged(_sized_cuts(), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "attributed"),
    [
        ("Acme's chief executive told analysts the company would cut about 8,000 jobs.", False),
        # (its own name speaking, below a lead that names no source)
        ("Shares fell.\n\nAcme told investors on Tuesday it is cutting about 8,000 jobs.", False),
        # guard: an unnamed person telling reporters is still a source
        ("Acme will cut about 8,000 jobs, a person briefed on the plan told reporters.", True),
    ],
)
def test_an_office_telling_its_audience_is_on_the_record(text: str, attributed: bool) -> None:
    found = judged(_sized_cuts(), text)
    assert found.stance == Stance.CONFIRMS
    assert any("attributed" in r for r in found.reasons) is attributed


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Acme chief executive Jane Roe said on Tuesday that the company's new plant in Ohio "
            "would run small trial batches for one customer this autumn, with full production "
            "now expected in the first quarter of 2027.",
            "contradicts",
        ),
        (
            "艾克美首席执行官周二表示，公司俄亥俄新工厂今年秋季将为一家客户小批量试产，"
            "目前预计要到2027年第一季度才能全面投产。",
            "contradicts",
        ),
        # guards: another company's chief, and analysts' expectation, stay hedged
        (
            "Globex chief executive Jane Roe said on Tuesday that Acme's new plant in Ohio would "
            "run small trial batches this autumn, with full production now expected in the "
            "first quarter of 2027.",
            "mentions",
        ),
        (
            "Acme chief executive Jane Roe said on Tuesday that the plant would run trial batches "
            "this autumn, and analysts said full production is now expected in the first quarter "
            "of 2027.",
            "mentions",
        ),
    ],
)
def test_an_own_office_expecting_a_later_date_admits_it(text: str, stance: str) -> None:
    assert judged(_plant(), text).stance == Stance(stance)


def _stake(made: str) -> ClaimRule:
    """Acme takes a stake in Globex (a deal first reported on `made`)."""
    data: dict[str, Any] = {
        "id": "acme-globex-stake",
        "statement": "Acme agrees to buy a stake in Globex.",
        "made": made,
        "subject": {"acme": ["Acme", "艾克美"], "globex": ["Globex", "格洛贝"]},
        "window": 1,
        "confirms": ["signed an agreement", "签署协议", "签署了协议"],
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("text", "made", "stance"),
    [
        ("Last week Acme and Globex signed an agreement on the stake.", "2026-02-24", "mentions"),
        ("上周，艾克美与格洛贝签署了协议。", "2026-02-25", "mentions"),
        ("上週艾克美與格洛貝簽署協議，市場反應平淡。", "2026-02-26", "mentions"),
        # guards: a week after the claim's day is news, and so is a day written
        ("Last week Acme and Globex signed an agreement on the stake.", "2026-02-10", "confirms"),
        ("上周，艾克美与格洛贝签署了协议。", "2026-02-10", "confirms"),
        ("On Tuesday Acme and Globex signed an agreement on the stake.", "2026-02-24", "confirms"),
    ],
)
def test_the_claims_own_week_retold_is_background(text: str, made: str, stance: str) -> None:
    published = dt.date(2026, 3, 3)  # a Tuesday: "last week" is 23 February to 1 March
    assert judged(_stake(made), text, published=published).stance == Stance(stance)
