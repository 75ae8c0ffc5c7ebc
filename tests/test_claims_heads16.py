"""Claim engine: headlines, kickers, fences and filings (heads16).

- a headline question ends at its question mark: a statement after it is told, not asked
  ("Job cuts ahead? Acme says ...", 艾克美要裁员？公司宣布……), and a bare 传 before a verb
  hedges it as "reportedly" (艾克美传裁员8000人);
- a cue heading a plan, scheme or rumour noun in Chinese (停产计划, 裁员方案, 关店传闻) names a
  thing;
- "so much for <cue>" denies the cue; a capitalised kicker over first-person prose
  ("COMMUTER:") and a headline counting the story's time (价格战第五年：) name no source;
- 延期 inside an extension of a concession, lease or licence (特许经营延期协议) is no delay;
- under a filer's formal headline (……股份有限公司关于……的公告, "ACME BERHAD - UPDATE ON ..."),
  公司 and "the Company" are the filer in every sentence.
"""

from __future__ import annotations

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.rules import ClaimRule
from watch.claims.story import story_source
from watch.claims.text import normalise
from watch.models import Stance


def _cuts() -> ClaimRule:
    return rule_under_test(
        subject={"acme": ["Acme", "艾克美"]},
        window=1,
        confirms=["<layoffs>"],
        contradicts=["<stalled>", "<cancellation>"],
        amount={"unit": "people", "confirms": [7000, 9000], "contradicts": [[None, 3000]]},
    )


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Job cuts ahead? Acme says it will cut about 8,000 jobs", "confirms"),
        ("艾克美要裁员？公司宣布裁员约8000人", "confirms"),
        ("艾克美裁員風暴？官方證實裁員約8000人", "confirms"),
        # guards: what the question itself holds still asks
        ("Will Acme cut about 8,000 jobs? Analysts weigh the odds", "mentions"),
        ("艾克美会裁员约8000人吗？业内看法不一", "mentions"),
    ],
)
def test_a_statement_after_a_headline_question_is_told(title: str, stance: str) -> None:
    assert judged(_cuts(), "周二股价小幅上涨。", title=title).stance == Stance(stance)


def test_a_bare_chuan_before_a_verb_hedges_a_headline() -> None:
    plain = judged(_cuts(), "周二股价小幅上涨。", title="裁员潮来袭？艾克美裁员约8000人")
    rumoured = judged(_cuts(), "周二股价小幅上涨。", title="裁员潮来袭？艾克美传裁员约8000人")
    assert rumoured.confidence < plain.confidence
    assert any("传" in r for r in rumoured.reasons)


@pytest.mark.parametrize(
    "text", ["传统家电", "加大宣传力度", "消息传到市场", "上传文件", "流传已久"]
)
def test_words_holding_chuan_are_no_rumour(text: str) -> None:
    from watch.claims.reported import bare_rumour  # (new in this round)

    norm = normalise(text)
    assert bare_rumour(norm, 0, len(norm)) == []


def _halt() -> ClaimRule:
    return rule_under_test(
        subject={"acme": ["Acme", "艾克美"]},
        window=1,
        confirms=["停产", "裁员", "halt production"],
        contradicts=["<delay>"],
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("艾克美停产计划引发经销商热议。", "mentions"),
        ("艾克美停产方案在内部流传。", "mentions"),
        ("艾克美裁员方案在内部流传。", "mentions"),
        ("艾克美停產計劃引發熱議。", "mentions"),
        # guards: the cue as a verb still states
        ("艾克美上月已全面停产。", "confirms"),
        ("艾克美本月宣布裁员，涉及两个事业部。", "confirms"),
    ],
)
def test_a_cue_heading_a_plan_noun_names_a_thing(text: str, stance: str) -> None:
    assert judged(_halt(), text).stance == Stance(stance)


def _fares() -> ClaimRule:
    return rule_under_test(
        subject={"acme": ["Acme Rail"]},
        window=1,
        confirms=["hold fares", "holding fares", "fares unchanged"],
        contradicts=["raise fares", "raises fares"],
        negation={"confirms": "flip"},
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("So much for Acme Rail holding fares at this year's level, riders said.", "contradicts"),
        # guard: without the sarcasm the same words confirm
        ("Acme Rail said on Monday it is holding fares at this year's level.", "confirms"),
    ],
)
def test_so_much_for_denies_its_cue(text: str, stance: str) -> None:
    assert judged(_fares(), text).stance == Stance(stance)


@pytest.mark.parametrize(
    ("raw_title", "body", "source"),
    [
        ("ON THE TRACKS: Why my ticket cost the same", "I took the early train on Monday.", False),
        ("快递价格战第五年：谁在补贴，谁在买单？", "内地快递业的价格战已打了整整五年。", False),
        ("停火第二周：局势仍紧张", "前线昨日再传交火。", False),
        # guards: an outlet in capitals over wire copy, a named source
        ("REUTERS: Acme to cut jobs", "Acme said on Monday it would cut jobs.", True),
        ("新华社：艾克美将裁员", "艾克美周一表示将裁员。", True),
    ],
)
def test_a_column_or_plain_headline_names_no_source(
    raw_title: str, body: str, source: bool
) -> None:
    found = story_source(normalise(raw_title), normalise(body), raw_title)
    assert (found is not None) is source


def _signing() -> ClaimRule:
    return rule_under_test(
        subject={"acme": ["Acme", "艾克美"]},
        window=1,
        confirms=["签署 ... 协议", "sign ... agreement"],
        contradicts=["<delay>"],
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("艾克美与市政府的特许经营延期协议已获内阁批准。", "mentions"),
        ("艾克美的租约延期协议已获批准。", "mentions"),
        ("艾克美获市政府批准牌照延期五年。", "mentions"),
        # guards: the signing of one still confirms; a signing put off is still a delay
        ("艾克美與市政府簽署特許經營權延期協議。", "confirms"),
        ("艾克美与市政府的签约仪式宣布延期。", "contradicts"),
    ],
)
def test_an_extension_agreement_is_no_delay(text: str, stance: str) -> None:
    assert judged(_signing(), text).stance == Stance(stance)


def _ruling() -> ClaimRule:
    return rule_under_test(
        subject={"acme": ["艾克美", "Acme"], "case": ["判决", "法院", "court", "ruling"]},
        window=1,
        confirms=["驳回上诉", "维持原判", "upheld"],
        contradicts=["改判", "overturned"],
    )


def test_a_formal_filing_calls_its_filer_company_in_every_paragraph() -> None:
    title = "艾克美科技股份有限公司关于诉讼事项进展的公告"
    body = (
        "本公司及董事会全体成员保证信息披露的内容真实。\n\n一、诉讼进展情况\n\n"
        "公司于2026年2月18日收到法院终审判决书，判决驳回上诉，维持原判。"
    )
    assert judged(_ruling(), body, title=title).stance == Stance.CONFIRMS
    # guard: 公司 inside another company's name is not the filer
    other = "一、诉讼进展情况\n\n宁波某某有限公司于2026年2月18日收到法院终审判决书，判决驳回上诉。"
    assert judged(_ruling(), other, title=title).stance == Stance.MENTIONS


def test_an_english_filing_calls_its_filer_the_company() -> None:
    title = "ACME BERHAD - UPDATE ON LITIGATION"
    body = (
        "Acme Berhad refers to its announcement dated 3 February 2026.\n\n"
        "The Board wishes to inform that the Company has received the judgment. "
        "The court ruling upheld the award in full."
    )
    assert judged(_ruling(), body, title=title).stance == Stance.CONFIRMS


# Found at the merge: three readings of this round went too far on older stress folders.


def test_a_noun_phrase_after_a_headline_question_tells_nothing() -> None:
    """ "…放缓？裁员潮的隐忧" names a worry: the cue in it stays asked, as before the question."""
    asked = judged(_cuts(), "周二股价小幅上涨。", title="艾克美增长放缓？大举裁员的隐忧")
    told = judged(_cuts(), "周二股价小幅上涨。", title="艾克美增长放缓？公司宣布大举裁员")
    assert asked.stance == Stance.MENTIONS
    assert told.stance == Stance.CONFIRMS


def test_chuan_adds_no_doubt_to_a_sentence_given_to_its_sources() -> None:
    sourced = "据知情人士透露，艾克美裁员约8000人。"
    both = "据知情人士透露，艾克美传裁员约8000人。"
    plain, rumoured = judged(_cuts(), sourced), judged(_cuts(), both)
    assert rumoured.confidence == plain.confidence
    assert not any("传" in r for r in rumoured.reasons)


@pytest.mark.parametrize(
    "title", ["艾克美今年没有大规模裁员计划", "艾克美：暂无裁员计划", "艾克美並無裁員計畫"]
)
def test_no_plan_of_the_cue_states_its_absence(title: str) -> None:
    rule = rule_under_test(
        subject={"acme": ["Acme", "艾克美"]},
        window=1,
        confirms=["<layoffs>"],
        negation={"confirms": "flip"},
    )
    assert judged(rule, "周二股价小幅上涨。", title=title).stance == Stance.CONTRADICTS
