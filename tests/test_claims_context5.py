"""Claim engine: how the sentence around a cue changes it, round five (ce-context5).

Each rule of thumb is checked in English and Chinese with rules of the test's own:
- a "would" after a reporting verb is the reported statement's tense, also when an aside stands
  between the clause's subject and its verb ("said the sum, while large, would be ...");
- a suggestion the speaker waves away ("brushed off speculation that", 的猜测……无稽之谈) asserts
  nothing of what it says; a denied report is still a denial;
- an earlier report recalled as the news's occasion ("followed earlier reports that", 此前有报道称)
  is background however many commas it holds; a round named by its own past verb ("its latest
  round valued it at") and a figure "after its most recent round" are the earlier round;
- a rubric kicker ("WWDC前瞻：", "Analysis:") cites no one;
- a headline's 或 before a verb (或为, 或启动) is "may";
- a negation reaches no further than its own phrase: not out of a quote ("'not in the cards'
  with IPO coming later this year") nor into an absolute "with" clause; a guarantee denied (no
  assurance, 无法保证) reaches its whole clause; 不足以 ("not enough to") negates.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.claimkit import judged
from watch.claims.rules import ClaimRule
from watch.claims.story import story_source
from watch.claims.text import normalise
from watch.models import Stance
from watch.validate import parse


def _pact_rule() -> ClaimRule:
    """Globex's $100 billion pledge to Acme is not a firm commitment."""
    data: dict[str, Any] = {
        "id": "globex-pledge-soft",
        "statement": "Globex's $100 billion pledge to Acme is not binding.",
        "made": "2026-01-01",
        "subject": {"globex": ["Globex", "格洛贝"], "acme": ["Acme", "艾克美"]},
        "window": 1,
        "confirms": ["nothing like", "stalled", "on ice", "停滞", "远不及", "搁置"],
        "contradicts": [
            "walk away",
            "pull out",
            "抽身",
            "退出",
            "definitive agreement",
            "最终协议",
            "兑现",
        ],
        "negation": {"contradicts": "flip"},
    }
    return parse(ClaimRule, data)


def _listing_rule() -> ClaimRule:
    """Acme lists in the fourth quarter of 2026: a date inside the window confirms."""
    data: dict[str, Any] = {
        "id": "acme-listing",
        "statement": "Acme lists in the fourth quarter of 2026.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "ipo": ["IPO", "listing", "上市"]},
        "window": 1,
        "when": {"confirms": ["2026-10-01", "2026-12-31"], "near": ["IPO", "listing", "上市"]},
    }
    return parse(ClaimRule, data)


def _round_rule() -> ClaimRule:
    """Acme raises at about a $500 billion valuation."""
    data: dict[str, Any] = {
        "id": "acme-round",
        "statement": "Acme raises money at about a $500 billion valuation.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "round": ["round", "funding", "融资"]},
        "window": 1,
        "amount": {
            "near": ["valuation", "valued", "估值"],
            "of": "valuation",
            "confirms": [["450B", "550B"]],
            "contradicts": [["700B", None]],
        },
    }
    return parse(ClaimRule, data)


def _raise_rule() -> ClaimRule:
    """Acme's round is about $60 billion: a larger figure contradicts (the round's size, not one
    backer's part of it)."""
    data: dict[str, Any] = {
        "id": "acme-raise",
        "statement": "Acme raises about $60 billion.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "round": ["round", "funding", "融资"]},
        "window": 1,
        "amount": {
            "near": ["round", "funding", "融资"],
            "of": "round",
            "confirms": [["50B", "70B"]],
            "contradicts": [["90B", None]],
        },
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    "text",
    [
        "Globex's chief said the final sum, while large by Globex's standards, would be nothing "
        "like the $100 billion pledged to Acme.",
        "The Globex boss told reporters the investment in Acme, though substantial, would be "
        "nothing like $100 billion.",
        # Chinese has no backshift: the same statement, unhedged, as a check of parity
        "格洛贝首席执行官表示，对艾克美的最终投资虽然按格洛贝的标准不小，但远不及1000亿美元。",
    ],
)
def test_a_would_backshifted_past_an_aside_is_tense_not_doubt(text: str) -> None:
    verdict = judged(_pact_rule(), text)
    assert verdict.stance == Stance.CONFIRMS
    assert not any("hedge" in r for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Globex's chief brushed off suggestions that the company was about to walk away "
            "from Acme.",
            "mentions",
        ),
        ("Globex waved away talk that it planned to pull out of Acme's round.", "mentions"),
        (
            "针对格洛贝准备从艾克美融资中抽身的传闻，格洛贝首席执行官直言这种说法毫无根据。",
            "mentions",
        ),
        ("外界有关格洛贝已从艾克美融资中抽身的說法，被格洛贝斥为无稽之谈。", "mentions"),
        # a suggestion nobody waves away is a hedge; a fact beside one stands
        ("Globex is about to walk away from Acme, the company said.", "contradicts"),
        ("格洛贝已从艾克美融资中抽身，公司证实了此前的传闻。", "contradicts"),
    ],
)
def test_a_suggestion_waved_away_asserts_nothing(text: str, stance: str) -> None:
    verdict = judged(_pact_rule(), text)
    assert verdict.stance == Stance(stance), verdict.reasons
    if stance == "mentions":
        assert any("waved away" in r for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The comments came after reports that Globex's plan to put $100 billion into Acme, "
            "announced in September, had stalled.",
            "mentions",
        ),
        (
            "Globex's remarks followed earlier reports that its $100 billion Acme deal, once "
            "hailed as historic, was on ice.",
            "mentions",
        ),
        ("此前有报道称，格洛贝向艾克美投资1000亿美元的计划已经停滞。", "mentions"),
        # a report the sentence confirms is news
        (
            "Globex confirmed earlier reports that its $100 billion plan for Acme had stalled.",
            "confirms",
        ),
        ("格洛贝证实，其向艾克美投资1000亿美元的计划已经停滞。", "confirms"),
    ],
)
def test_an_earlier_report_recalled_is_background(text: str, stance: str) -> None:
    assert judged(_pact_rule(), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Acme, valued at $852 billion after its most recent funding round, filed to list.",
            "mentions",
        ),
        ("Acme's latest funding round valued it at $852 billion.", "mentions"),
        ("艾克美上一轮融资后的估值为8520亿美元。", "mentions"),
        # the round now reported is news
        ("Acme closed new funding at a valuation of $852 billion.", "contradicts"),
        ("艾克美以8520亿美元估值完成新一轮融资。", "contradicts"),
    ],
)
def test_the_latest_round_named_by_its_past_verb_is_background(text: str, stance: str) -> None:
    assert judged(_round_rule(), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("title", "kicker"),
    [
        ("WWDC前瞻：苹果将推出新版Siri", True),
        ("分析：艾克美的千亿融资", True),
        ("GTC preview: Acme's new chips", True),
        ("Analysis: Acme's round", True),
        ("Reuters: Acme raises $100 billion", False),
        ("路透社：艾克美完成千亿融资", False),
    ],
)
def test_a_rubric_kicker_is_no_source(title: str, kicker: bool) -> None:
    assert (story_source(normalise(title), "") is None) is kicker


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("格洛贝拟向艾克美投资500亿美元 或为千亿融资一部分", "mentions"),
        ("艾克美或启动千亿美元融资", "mentions"),
        ("艾克美完成千亿美元融资", "contradicts"),
        ("Acme may start a $100 billion funding round", "mentions"),
    ],
)
def test_a_headline_or_before_a_verb_is_may(title: str, stance: str) -> None:
    assert judged(_raise_rule(), "", title=title).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Globex warned there is no assurance that it will enter into a definitive agreement "
            "on the Acme partnership or other potential investments.",
            "confirms",
        ),
        ("格洛贝提醒，无法保证会就艾克美合作或其他潜在投资签订最终协议。", "confirms"),
        ("格洛貝提醒，無法保證會就艾克美合作或其他潛在投資簽訂最終協議。", "confirms"),
        ("格洛贝的现金流仍不足以兑现对艾克美的承诺。", "confirms"),
        # the guarantee given: the agreement stands
        ("格洛贝表示已与艾克美签订最终协议。", "contradicts"),
    ],
)
def test_a_guarantee_denied_reaches_its_whole_clause(text: str, stance: str) -> None:
    assert judged(_pact_rule(), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        (
            "Globex: more Acme money 'not in the cards' with IPO coming in the fourth quarter",
            "confirms",
        ),
        (
            "Globex: more Acme money not in the cards with IPO coming in the fourth quarter",
            "confirms",
        ),
        ("艾克美今年第四季度上市 格洛贝追加投资已不在考虑之列", "confirms"),
        # the negation of the listing itself still reaches it
        ("Acme will not hold its IPO in the fourth quarter", "contradicts"),
    ],
)
def test_a_negation_does_not_reach_out_of_its_quote_or_into_a_with_clause(
    title: str, stance: str
) -> None:
    assert judged(_listing_rule(), "", title=title).stance == Stance(stance)


_PLEDGE = "Globex pledged $100 billion to Acme last year.\n\n"
_PLEDGE_ZH = "格洛贝去年承诺向艾克美投资1000亿美元。\n\n"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a pointer after an attribution or an adverb
        (_PLEDGE + "Reportedly, the two companies have put the pledge on ice.", "confirms"),
        (
            _PLEDGE + "According to people close to the talks, the companies have stalled.",
            "confirms",
        ),
        (_PLEDGE_ZH + "另据报道，双方已将这一计划搁置。", "confirms"),
        (_PLEDGE_ZH + "据悉，两家公司已将这一计划搁置。", "confirms"),
        # a description as the owner of what the sentence tells, anywhere in it
        (_PLEDGE + "Talks over the startup's new round have stalled, people said.", "confirms"),
        (_PLEDGE_ZH + "知情人士称，这家初创公司的融资计划已经停滞。", "confirms"),
        # a chain: a sentence pointing back after one that points back
        (
            _PLEDGE + "The companies are reconsidering the tie-up, people said. Talks over the "
            "ChatGPT developer's round have stalled.",
            "confirms",
        ),
        # guards: an attribution before no pointer, a description of no one named
        (_PLEDGE + "Reportedly, similar deals across the sector have stalled.", "mentions"),
        (_PLEDGE_ZH + "另据报道，业内多家企业的类似计划已经停滞。", "mentions"),
        (_PLEDGE + "Markets fell. Talks over the sector's new funds have stalled.", "mentions"),
    ],
)
def test_a_description_or_pair_points_back_after_an_attribution(text: str, stance: str) -> None:
    assert judged(_pact_rule(), text).stance == Stance(stance)


def _launch_rule() -> ClaimRule:
    """Acme ships its agent."""
    data: dict[str, Any] = {
        "id": "acme-agent-launch",
        "statement": "Acme ships its agent.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "agent": ["agent", "智能体"]},
        "window": 1,
        "confirms": ["generally available", "正式上线", "全面开放"],
        "contradicts": ["scrapped", "cancelled", "取消", "暂停"],
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Acme made its agent generally available and scrapped per-seat pricing for it.",
            "confirms",
        ),
        (
            "Acme's agent is now generally available; Acme also cancelled the flat monthly fee.",
            "confirms",
        ),
        ("艾克美的智能体正式上线，同时取消按用户计费的模式。", "confirms"),
        ("艾克美智能体全面开放，并取消月费。", "confirms"),
        # the verb's object is the thing tracked: evidence both ways stays a mention
        (
            "Acme made its agent generally available to testers, then scrapped the launch.",
            "mentions",
        ),
        ("艾克美智能体正式上线后又暂停了该服务。", "mentions"),
    ],
)
def test_a_contradicting_verb_whose_object_is_another_thing_is_no_evidence(
    text: str, stance: str
) -> None:
    assert judged(_launch_rule(), text).stance == Stance(stance)


def _compute_rule(reported_by: tuple[str, ...] = ()) -> ClaimRule:
    """Acme commits about $1.4 trillion to compute: a figure far below contradicts."""
    data: dict[str, Any] = {
        "id": "acme-compute",
        "statement": "Acme commits about $1.4 trillion to compute.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "compute": ["compute", "算力"]},
        "window": 1,
        "amount": {
            "near": ["compute", "算力"],
            "confirms": [["1.2T", "1.6T"]],
            "contradicts": [["300B", "1.05T"]],
        },
    }
    if reported_by:
        data["reported_by"] = list(reported_by)
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Acme said it expects to spend about $600 billion on compute through 2030.",
            "contradicts",
        ),
        (
            "Acme told investors it now expects compute spending of about $600 billion.",
            "contradicts",
        ),
        ("艾克美向投资人表示，预计到2030年算力支出约为6000亿美元。", "contradicts"),
        ("艾克美预计到2030年算力支出约6000亿美元。", "contradicts"),
        ("艾克美向投資人表示，預計到2030年算力支出約為6000億美元。", "contradicts"),
        # someone else's expectation still hedges
        ("Analysts expect Acme to spend about $600 billion on compute.", "mentions"),
        ("Acme is expected to spend about $600 billion on compute.", "mentions"),
        ("分析师预计艾克美算力支出约6000亿美元。", "mentions"),
    ],
)
def test_a_companys_own_expectation_of_its_figure_is_no_hedge(text: str, stance: str) -> None:
    assert judged(_compute_rule(), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("虽然早前曾作出承诺，格洛贝如今对艾克美的计划已经停滞。", "confirms"),
        ("雖然早前曾作出承諾，格洛貝如今對艾克美的計劃已經停滯。", "confirms"),
        (
            "Although Globex had earlier made big promises, its Acme plan has now stalled.",
            "confirms",
        ),
        # a background word outside a concessive clause still governs
        ("早前，格洛贝对艾克美的计划已经停滞。", "mentions"),
    ],
)
def test_a_background_word_in_a_concessive_clause_stays_there(text: str, stance: str) -> None:
    assert judged(_pact_rule(), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("艾克美近期完成融资后估值升至8520亿美元，公司正筹备上市。", "mentions"),
        (
            "After a recent fundraising lifted Acme's valuation to $852 billion, the company "
            "began preparing a listing.",
            "mentions",
        ),
        # the round itself reported
        ("艾克美近期完成融资，估值升至8520亿美元。", "contradicts"),
    ],
)
def test_the_scene_after_a_recent_event_is_background(text: str, stance: str) -> None:
    assert judged(_round_rule(), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("艾克美CEO出席投资峰会：艾克美2030年前算力投入约6000亿美元", "contradicts"),
        ("Acme CEO at investor summit: Acme to put $600 billion into compute", "contradicts"),
        # a headline with no speaker states no fresh figure
        ("艾克美2030年前算力投入约6000亿美元", "mentions"),
    ],
)
def test_a_speaker_at_an_event_headline_is_a_statement(title: str, stance: str) -> None:
    rule = _compute_rule(reported_by=("said", "表示"))
    assert judged(rule, "", title=title).stance == Stance(stance)


@pytest.mark.parametrize(
    ("title", "source"),
    [
        ("奥特曼出席贝莱德峰会：OpenAI转向财务纪律", "奥特曼"),
        ("Altman at BlackRock summit: OpenAI to spend $600bn", "altman"),
        ("路透社：OpenAI完成融资", "路透社"),
    ],
)
def test_an_event_in_a_headline_is_no_source_its_speaker_is(title: str, source: str) -> None:
    found = story_source(normalise(title), "")
    assert found is not None and found.word == source


def _chips_rule() -> ClaimRule:
    """Acme runs on start-up Zeta's chips: adopting them contradicts a claim that it does not."""
    data: dict[str, Any] = {
        "id": "acme-zeta-chips",
        "statement": "Acme's talks with Zeta are a bargaining ploy; it stays on its old chips.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "startups": ["Zeta", "泽塔"]},
        "window": 1,
        "confirms": ["as a customer", "bargaining chip", "谈判筹码"],
        "contradicts": ["adopted", "adopts", "采用", "部署"],
    }
    return parse(ClaimRule, data)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("艾克美点名泽塔为供应商，该芯片随即获得高端采用。", "mentions"),
        ("艾克美點名泽塔為供應商，該晶片隨即受到廣泛採用。", "mentions"),
        ("Acme named Zeta a supplier, and the chip quickly won wide adoption.", "mentions"),
        # a party adopting is news
        ("艾克美已采用泽塔芯片。", "contradicts"),
        ("Acme has adopted Zeta's chips.", "contradicts"),
    ],
)
def test_a_cue_as_the_thing_won_names_no_adopter(text: str, stance: str) -> None:
    assert judged(_chips_rule(), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Acme's agent should still be generally available in March.", "mentions"),
        ("艾克美的智能体应该仍会在3月正式上线。", "mentions"),
        ("艾克美的智能体應該仍會在3月正式上線。", "mentions"),
        # stated as done
        ("Acme's agent is now generally available.", "confirms"),
        ("艾克美的智能体已正式上线。", "confirms"),
    ],
)
def test_should_before_a_launch_is_an_expectation(text: str, stance: str) -> None:
    assert judged(_launch_rule(), text).stance == Stance(stance)
