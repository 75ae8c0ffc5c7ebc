"""Claim engine: decisions not made, denials in a headline's second clause, named rumours and
market rumour labels.

- "said on Friday that no decision had been made": the past perfect of reported speech is the
  present of the day the company spoke, not background;
- a figure that a decision not made is about ("no decision on a planned $5 billion investment",
  尚未就……投资作出决定, ……未有定案) is the denied object, and "a reported $5 billion"
  (报道所称的) is someone else's figure: neither confirms;
- a figure whose denial of commitment is the headline's next clause after a space
  (50亿美元投资为指引性规划 并非约束性承诺) is what the denial is said of; 根据市场情况
  ("depending on market conditions") is no source;
- 所谓「……」的说法 names a rumour: a denial after it calls its figure false;
- 市场传/市传/坊间传 label a rumour, and 或再 ("may again") is a modal: a headline so worded is
  hedged below the alert.
Each judged by a rule of the test's own, with guards: the nearest wordings that keep their
reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.claimkit import judged
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse


def _plant() -> ClaimRule:
    """Acme commits US$5 billion to its Ohio plant."""
    data: dict[str, Any] = {
        "id": "acme-ohio-5b",
        "statement": "Acme commits US$5 billion to its Ohio plant.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "plan": ["Ohio", "俄亥俄"]},
        "window": 1,
        "confirms": ["<binding>", "<deal-signed>", "approved", "批准"],
        "contradicts": ["<denial>", "<no-commitment>", "<undecided>", "<cancellation>"],
        "negation": {"confirms": "flip"},
        "amount": {
            "near": ["investment", "invest", "投资"],
            "confirms": ["4.5B", "5.5B"],
        },
    }
    return parse(ClaimRule, data)


def _cuts() -> ClaimRule:
    """Acme cuts about 3,000 jobs."""
    data: dict[str, Any] = {
        "id": "acme-cuts-3000",
        "statement": "Acme cuts about 3,000 jobs.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "staff": ["jobs", "job cuts", "裁员", "员工"]},
        "window": 1,
        "confirms": ["<layoffs>"],
        "contradicts": ["<denial>", "<stalled>"],
        "negation": {"confirms": "flip"},
        "amount": {"unit": "people", "confirms": [2500, 3500]},
    }
    return parse(ClaimRule, data)


def _confirming_figure(reasons: tuple[str, ...]) -> bool:
    return any(r.startswith("confirms: amount") for r in reasons)


# --- 1. a decision not made, and the figure it is about ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acme told reporters on Tuesday that no decision had been made on a planned $5 billion "
        "investment in Ohio.",
        "Acme said on Monday that no final decision had been made about the $5 billion "
        "investment in Ohio.",
    ],
)
def test_a_decision_not_made_denies_its_figure(text: str) -> None:
    found = judged(_plant(), text)
    assert found.stance == Stance.CONTRADICTS
    assert not _confirming_figure(found.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "艾克美周五在公告中表示，公司尚未就俄亥俄州50亿美元投资作出决定。",
        "艾克美回應交易所查詢時稱，公司仍未就俄亥俄州50億美元投資作出決定。",
    ],
)
def test_a_decision_not_taken_on_a_figure_is_the_denial(text: str) -> None:
    """尚未就……作出决定 is the undecided cue whole; the figure inside it is its object, not a
    figure negated (nor the cue's size)."""
    found = judged(_plant(), text)
    assert found.stance == Stance.CONTRADICTS
    assert any(
        r.startswith('contradicts: cue "') and r.endswith('定" (sentence at 0)')
        for r in found.reasons
    )
    assert not any(r.startswith("contradicts: amount") for r in found.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Acme's board will meet next month to weigh a reported $5 billion investment in Ohio.",
        "艾克美表示，俄亥俄州50亿美元投资计划仍未有定案。",
        "艾克美稱，報道所稱的50億美元俄亥俄州投資，董事會將於下月審議。",
    ],
)
def test_a_reported_or_unsettled_figure_confirms_nothing(text: str) -> None:
    found = judged(_plant(), text)
    assert found.stance != Stance.CONFIRMS
    assert not _confirming_figure(found.reasons)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # guards: a decision made; a figure reported by the company itself; an old denial
        ("艾克美董事会已就俄亥俄州50亿美元投资作出决定，正式批准该计划。", "confirms"),
        ("Acme made a decision on the $5 billion investment in Ohio and approved it.", "confirms"),
        ("Acme said it approved a $5 billion investment in its Ohio plant.", "confirms"),
        # an old denial is recalled, not the news's
        (
            "Acme said last year that no decision had been made on a $5 billion investment in "
            "Ohio.",
            "mentions",
        ),
    ],
)
def test_a_decision_made_stays_news(text: str, stance: str) -> None:
    assert judged(_plant(), text).stance == Stance(stance)


# --- 2. a headline's second clause denies its figure; 根据市场情况 is no source --------------


@pytest.mark.parametrize(
    "title",
    [
        "艾克美：50亿美元俄亥俄投资为指引性规划 并非约束性承诺",
        "艾克美：50億美元俄亥俄投資屬長期目標 並非具法律約束力的承諾",
        # ... and an aim set against a commitment across a comma
        "Acme says $5bn Ohio investment is a planning target, not a binding commitment",
        "Acme: $5 billion Ohio investment an aspiration, not a firm commitment",
    ],
)
def test_a_headline_clause_denies_the_figure_before_its_space(title: str) -> None:
    found = judged(_plant(), "艾克美周二回复投资者提问。", title=title)
    assert found.stance == Stance.CONTRADICTS
    assert not _confirming_figure(found.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "艾克美宣布在俄亥俄州投资50亿美元，并已签署协议，实际进度将根据市场情况调整。",
        "艾克美宣佈在俄亥俄州投資50億美元，並已簽署協議，具體進度將根據業務進展安排。",
        "Acme signed an agreement to invest $5 billion in Ohio, phased according to market "
        "conditions.",
    ],
)
def test_depending_on_conditions_is_no_source(text: str) -> None:
    found = judged(_plant(), text)
    assert found.stance == Stance.CONFIRMS
    assert not any(r.startswith("attributed") for r in found.reasons)


def test_according_to_a_source_stays_attribution() -> None:
    found = judged(_plant(), "根据知情人士的说法，艾克美已签署协议，在俄亥俄州投资50亿美元。")
    assert any(r.startswith("attributed") for r in found.reasons)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "艾克美表示，俄亥俄州50亿美元投资为公司的规划性目标，并非具有法律约束力的承诺。",
            "contradicts",
        ),
        # guards: a target met; a commitment with a goal beside it
        (
            "Acme approved a $5 billion investment in Ohio, its biggest target, and signed the "
            "deal.",
            "confirms",
        ),
        ("艾克美宣布俄亥俄州50亿美元投资为既定目标，并已签署协议。", "confirms"),
    ],
)
def test_an_aim_set_against_a_commitment_in_the_body(text: str, stance: str) -> None:
    found = judged(_plant(), text)
    assert found.stance == Stance(stance)
    if stance == "contradicts":
        assert not _confirming_figure(found.reasons)


# --- 3. 所谓「……」的说法 names a rumour ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "艾克美总裁在员工大会上表示，所谓「裁员三千人」的说法「与事实不符」。",
        "艾克美總裁表示，所謂『裁員3000人』的傳聞，他在會上直言完全失實。",
        "艾克美总裁说，所谓“裁员3000人”的说法，完全是捏造的。",
        'Acme\'s chief said the so-called "3,000 job cuts" report, circulating online, was false.',
    ],
)
def test_a_named_rumour_called_false_contradicts(text: str) -> None:
    found = judged(_cuts(), text)
    assert found.stance == Stance.CONTRADICTS
    assert not _confirming_figure(found.reasons)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # guards: a quoted plan with no denial; a so-called thing that is no rumour
        ("艾克美总裁表示，「裁员三千人」的计划已经开始执行。", "confirms"),
        ("艾克美宣布裁员3000人，所谓「组织优化」由此展开。", "confirms"),
    ],
)
def test_a_quote_not_denied_stays_news(text: str, stance: str) -> None:
    assert judged(_cuts(), text).stance == Stance(stance)


@pytest.mark.parametrize(
    "text",
    [
        "艾克美总裁表示，所谓「裁员三千人」的说法，他认为毫无根据。",
        "艾克美稱，有關裁員傳聞並無事實根據。",
    ],
)
def test_no_grounds_is_no_source(text: str) -> None:
    """根据 inside 毫无根据 (並無事實根據) is "grounds", no attribution; the rumour word before
    the denial is what it denies, no hedge."""
    found = judged(_cuts(), text)
    assert found.stance == Stance.CONTRADICTS
    assert not any(r.startswith("attributed") for r in found.reasons)


# --- 4. market rumour labels and 或再 hedge a headline ---------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "市场传艾克美或再裁员 公司未回应",
        "市傳艾克美將裁員 公司拒絕評論",
        "坊间传艾克美将裁员",
        "艾克美或再裁员",
    ],
)
def test_a_market_rumour_headline_is_hedged(title: str) -> None:
    found = judged(_cuts(), "艾克美发言人对此不予置评。", title=title)
    assert found.stance == Stance.MENTIONS


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        # guards: a cut announced; a city's media is no rumour
        ("艾克美宣布裁员", "confirms"),
        ("城市传媒集团报道：艾克美宣布裁员", "confirms"),
    ],
)
def test_an_announced_cut_headline_stays(title: str, stance: str) -> None:
    assert judged(_cuts(), "艾克美发言人证实了这一消息。", title=title).stance == Stance(stance)
