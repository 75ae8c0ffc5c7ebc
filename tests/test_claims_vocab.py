"""Shared vocabularies, gapped cues, inflected multi-word cues and exclusions
(watch/claims/vocab.py, watch/claims/cues.py), in English and Chinese, on inline rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.claimkit import shown
from watch.claims.cues import inflections
from watch.claims.engine import Matcher
from watch.claims.rules import ClaimRule
from watch.config import load_settings
from watch.errors import ConfigError
from watch.models import Document, Stance
from watch.validate import Invalid, parse

PUBLISHED = dt.date(2026, 3, 1)


def _rule(**extra: object) -> ClaimRule:
    data: dict[str, object] = {
        "id": "acme-thing",
        "statement": "Acme ships its agent this year",
        "made": "2026-01-01",
        "subject": {"company": ["Acme", "艾克美"], "product": ["agent", "智能体"]},
    }
    data.update(extra)
    return parse(ClaimRule, data)


def _stance(rule: ClaimRule, text: str) -> Stance | None:
    verdicts = Matcher([rule]).judge(Document(text, PUBLISHED))
    if not verdicts:
        return None
    (v,) = verdicts
    return shown(v)


# --- vocabularies ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme's agent is now generally available to business customers.", Stance.CONFIRMS),
        ("Acme rolled out the agent to every Windows user on Tuesday.", Stance.CONFIRMS),
        ("艾克美的智能体今天全面开放。", Stance.CONFIRMS),
        ("艾克美智能體正式上線。", Stance.CONFIRMS),  # traditional script
        ("Acme pushed back the agent to next spring.", Stance.CONTRADICTS),
        ("Acme has shelved the agent.", Stance.CONTRADICTS),
        ("艾克美将智能体暂缓至明年。", Stance.CONTRADICTS),
        ("艾克美智能體計劃已擱置。", Stance.CONTRADICTS),
        ("An Acme agent is probably not in the cards, its chief said.", Stance.CONTRADICTS),
        ("艾克美表示，独立智能体已不在考虑之列。", Stance.CONTRADICTS),
        ("Acme brings its agent to every Windows PC.", Stance.CONFIRMS),
    ],
)
def test_a_rule_names_ideas_instead_of_listing_paraphrases(text: str, expected: Stance) -> None:
    rule = _rule(confirms=["<launch>"], contradicts=["<delay>", "<cancellation>"])
    assert _stance(rule, text) == expected


def test_a_claim_extends_a_vocabulary_and_defines_its_own() -> None:
    rule = _rule(
        confirms=["<launch>", "<lands>"],
        vocabularies={"launch": ["hits the shelves"], "lands": ["lands on desktops", "落地"]},
    )
    assert _stance(rule, "Acme's agent hits the shelves today.") == Stance.CONFIRMS
    assert _stance(rule, "Acme's agent lands on desktops today.") == Stance.CONFIRMS
    assert _stance(rule, "艾克美智能体正式落地。") == Stance.CONFIRMS
    assert _stance(_rule(confirms=["<launch>"]), "Acme's agent hits the shelves today.") in (
        Stance.MENTIONS,
        None,
    )


def test_rules_yaml_vocabularies_reach_every_claim_and_unknown_names_are_refused(
    tmp_path: Path,
) -> None:
    rules = tmp_path / "rules.yaml"
    claim = (
        "  - id: acme-thing\n    statement: Acme ships its agent\n    made: 2026-01-01\n"
        "    subject: {company: [Acme], product: [agent]}\n    confirms: [{cue}]\n"
    )
    shared = "vocabularies:\n  launch: [hits the shelves]\n"
    rules.write_text(shared + "claims:\n" + claim.replace("{cue}", "<launch>"))
    (rule,) = load_settings(rules).claims
    assert _stance(rule, "Acme's agent hits the shelves today.") == Stance.CONFIRMS
    rules.write_text("claims:\n" + claim.replace("{cue}", "<lanch>"))
    with pytest.raises(ConfigError) as err:
        load_settings(rules)
    assert "no vocabulary <lanch>" in str(err.value) and ":6" in str(err.value)


@pytest.mark.parametrize(
    "bad",
    [["cut ... "], ["<Launch>"], ["... jobs"], ["the ... the"]],
)
def test_malformed_gaps_and_vocabulary_names_are_refused(bad: list[str]) -> None:
    with pytest.raises(Invalid):
        _rule(confirms=bad)


def test_an_alias_cannot_be_a_vocabulary_or_gapped() -> None:
    with pytest.raises(Invalid):
        _rule(subject={"company": ["Acme ... Inc"]}, confirms=["ships"])


# --- cues with a gap ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme will cut 20,000 to 30,000 jobs as its agent takes over.", Stance.CONTRADICTS),
        ("Acme cut about 3,000 jobs after the agent launch.", Stance.CONTRADICTS),
        ("艾克美裁减约3万个岗位，智能体接手。", Stance.CONTRADICTS),
        ("艾克美裁掉约三千名员工，由智能体接手。", Stance.CONTRADICTS),
        # too far apart, or across a clause: no cue
        ("Acme cut prices on its agent and a new line of laptops, not jobs.", None),
    ],
)
def test_a_gapped_cue_spans_a_few_words(text: str, expected: Stance | None) -> None:
    rule = _rule(contradicts=["<layoffs>"])
    got = _stance(rule, text)
    assert (got if got is not Stance.MENTIONS else None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme never agreed to commit the agent budget in full.",
        "Huang said Acme had never said it would make a binding agent pledge.",
        "艾克美否认曾就智能体作出任何承诺。",
        "艾克美從未同意為智能體簽署協議。",
    ],
)
def test_a_gapped_cue_joins_two_vocabularies(text: str) -> None:
    rule = _rule(confirms=["<denial> ... <commitment>"])
    assert _stance(rule, text) == Stance.CONFIRMS


# --- multi-word cues inflect -------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["walk away", "walks away", "walked away", "walking away"])
def test_a_multi_word_cue_matches_every_form_of_its_verb(verb: str) -> None:
    rule = _rule(contradicts=["walk away"])
    assert _stance(rule, f"Acme is {verb} from its agent plans.") == Stance.CONTRADICTS


def test_inflections_of_the_first_word() -> None:
    assert inflections("walk away") == ["walks away", "walked away", "walking away"]
    assert inflections("lay off") == ["lays off", "laid off", "laying off"]
    assert inflections("drop plans") == ["drops plans", "dropped plans", "dropping plans"]
    assert inflections("scale back") == ["scales back", "scaled back", "scaling back"]
    assert inflections("not binding") == []
    assert inflections("推迟上市") == []


# --- exclusions --------------------------------------------------------------------------------


def test_an_alias_inside_an_excluded_phrase_names_nothing() -> None:
    rule = _rule(
        subject={"company": ["艾克美", "Acme"], "staff": ["员工", "staff"]},
        contradicts=["<layoffs>"],
        exclude=["员工大会", "staff meeting"],
    )
    assert _stance(rule, "艾克美在员工大会上宣布裁员。") is None
    assert _stance(rule, "艾克美宣布裁员，员工将获补偿。") == Stance.CONTRADICTS
    assert _stance(rule, "Acme announced layoffs at a staff meeting.") is None
    assert _stance(rule, "Acme announced layoffs and staff get two months' pay.") == (
        Stance.CONTRADICTS
    )


@pytest.mark.parametrize(
    ("text", "exclude"),
    [
        ("艾克美不计成本推出智能体。", "不计"),
        ("No matter what rivals do Acme launches its agent.", "no matter"),
    ],
)
def test_a_marker_inside_an_excluded_phrase_does_not_fire(text: str, exclude: str) -> None:
    assert _stance(_rule(confirms=["<launch>"]), text) != Stance.CONFIRMS  # read as negated
    assert _stance(_rule(confirms=["<launch>"], exclude=[exclude]), text) == Stance.CONFIRMS


@pytest.mark.parametrize(
    ("cues", "text"),
    [
        # (the update not the object of the verb, which would take it: `objects.governed`)
        (["<delay>", "push back"], "Acme pushed back the agent and announced an update."),
        (["<cancellation>", "搁置"], "艾克美搁置智能体，另宣布更新。"),  # listed twice
    ],
)
def test_a_phrase_reached_twice_counts_once(cues: list[str], text: str) -> None:
    # Evidence both ways makes a mention, whose reasons list every item found.
    rule = _rule(contradicts=cues, confirms=["update", "更新"])
    (verdict,) = Matcher([rule]).judge(Document(text, PUBLISHED))
    assert verdict.stance == Stance.MENTIONS
    assert sum(r.startswith("contradicts: cue") for r in verdict.reasons) == 1, verdict.reasons


# --- breadth and regional wording (Taiwan / Hong Kong beside the mainland) ---------------------
#
# Each idea in English, simplified and traditional Chinese, worded as outlets write it and as the
# vocabularies did not know it: Taiwan's 释出, 拘束力, 时程, 资遣, 喊卡; the mainland's 跳票,
# 全量 and 正式商用; wire English's "pulled the plug", "hit a snag", "yet to decide".

WIDER = [
    # launch
    ("<launch>", "Acme made its agent broadly available on Tuesday.", Stance.CONFIRMS),
    ("<launch>", "Acme's agent went on sale on Monday.", Stance.CONFIRMS),
    ("<launch>", "艾克美智能体今日起正式商用。", Stance.CONFIRMS),
    ("<launch>", "艾克美智能體今日正式釋出。", Stance.CONFIRMS),
    ("<launch>", "艾克美在發表會上正式發表智能體。", Stance.CONFIRMS),
    # delay
    ("<delay>", "Acme deferred its agent to next year.", Stance.CONFIRMS),
    ("<delay>", "Acme pushed its agent back to 2027.", Stance.CONFIRMS),
    ("<delay>", "艾克美智能体再度跳票。", Stance.CONFIRMS),
    ("<delay>", "艾克美智能體進度延宕。", Stance.CONFIRMS),
    ("<delay>", "艾克美智能體開發計畫再度展延。", Stance.CONFIRMS),
    # cancellation
    ("<cancellation>", "Acme pulled the plug on its agent.", Stance.CONFIRMS),
    ("<cancellation>", "Acme discontinued the agent in March.", Stance.CONFIRMS),
    ("<cancellation>", "艾克美智能体项目已中止。", Stance.CONFIRMS),
    ("<cancellation>", "艾克美智能體計畫喊卡。", Stance.CONFIRMS),
    # stalled or scaled back
    ("<stalled>", "Acme's agent deal has hit a snag.", Stance.CONFIRMS),
    ("<stalled>", "Acme scaled back the agent project.", Stance.CONFIRMS),
    ("<stalled>", "艾克美智能体项目陷入停顿。", Stance.CONFIRMS),
    ("<stalled>", "艾克美智能體計畫卡關。", Stance.CONFIRMS),
    # withdrawal
    ("<withdrawal>", "Acme backed out of the agent deal.", Stance.CONFIRMS),
    ("<withdrawal>", "艾克美从智能体项目撤出。", Stance.CONFIRMS),
    ("<withdrawal>", "艾克美從智能體合作中抽身。", Stance.CONFIRMS),
    # layoffs
    ("<layoffs>", "Acme will trim its workforce as the agent takes over.", Stance.CONFIRMS),
    ("<layoffs>", "艾克美启动人员优化，由智能体接手。", Stance.CONFIRMS),
    ("<layoffs>", "艾克美資遣數百人，由智能體接手。", Stance.CONFIRMS),
    # undecided timing
    ("<undecided>", "Acme has yet to decide when its agent ships.", Stance.CONFIRMS),
    ("<undecided>", "艾克美智能体的推出时间仍未决定。", Stance.CONFIRMS),
    ("<undecided>", "艾克美智能體推出時程未定。", Stance.CONFIRMS),
    # commitment made firm, or not (Taiwan: 拘束力)
    ("<binding>", "Acme made a firm commitment to the agent programme.", Stance.CONFIRMS),
    ("<binding>", "艾克美签署具拘束力的智能体协议。", Stance.CONFIRMS),
    ("<no-commitment>", "Acme called its agent plan aspirational.", Stance.CONFIRMS),
    ("<no-commitment>", "艾克美智能体合作仅为框架协议。", Stance.CONFIRMS),
    ("<no-commitment>", "艾克美表示智能體合作不具拘束力。", Stance.CONFIRMS),
    ("<no-commitment>", "艾克美智能体合作协议无法律约束力。", Stance.CONFIRMS),
    ("<no-commitment>", "Acme's agent pact is only a statement of intent.", Stance.CONFIRMS),
    ("<no-commitment>", "Acme said there is no guarantee of an agent deal.", Stance.CONFIRMS),
    ("<no-commitment>", "艾克美表示无法保证智能体合作落地。", Stance.CONFIRMS),
    ("<no-commitment>", "艾克美表示無法保證智能體合作落地。", Stance.CONFIRMS),
    # a date pushed out
    ("<delay>", "Acme's agent won't reach customers until 2027.", Stance.CONFIRMS),
    ("<delay>", "艾克美智能体要到明年才会面向用户。", Stance.CONFIRMS),
    ("<delay>", "艾克美智能體最快明年才會面向用戶。", Stance.CONFIRMS),
    # statement
    ("<statement>", "Acme acknowledged its agent is ready.", Stance.CONFIRMS),
    ("<statement>", "艾克美强调智能体已经就绪。", Stance.CONFIRMS),
    ("<statement>", "艾克美證實智能體已經就緒。", Stance.CONFIRMS),
]


@pytest.mark.parametrize(("cue", "text", "expected"), WIDER, ids=[w[1] for w in WIDER])
def test_each_idea_knows_wire_mainland_and_taiwan_wording(
    cue: str, text: str, expected: Stance
) -> None:
    assert _stance(_rule(confirms=[cue]), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme disputed any pledge on its agent.",
        "Acme played down the agent deal.",
        "艾克美澄清从未就智能体作出承诺。",
        "艾克美從未講過要為智能體簽署協議。",
        "艾克美不曾承諾簽署智能體協議。",
    ],
)
def test_a_denial_worded_as_outlets_word_it_joins_a_commitment(text: str) -> None:
    assert _stance(_rule(confirms=["<denial> ... <commitment>"]), text) == Stance.CONFIRMS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 不只 / 不单 (Taiwan, Hong Kong: "not only") negate nothing
        ("艾克美不只推出智能体，还开放了接口。", Stance.CONFIRMS),
        ("艾克美不單推出智能體，還開放了介面。", Stance.CONFIRMS),
        # 可望 (Taiwan: "expected to") is a hedge, as 有望 is
        ("艾克美智能体可望下月上线。", Stance.MENTIONS),
        ("艾克美智能體可望下月上線。", Stance.MENTIONS),
        # 研议 (Taiwan: "weighing") is deliberation, as 考虑 is
        ("艾克美正研議推出智能體。", Stance.MENTIONS),
        # 当初 / 起初: background, as 最初 is
        ("艾克美當初推出智能體時只面向企業。", Stance.MENTIONS),
        # Taiwan writes 計畫 (计画 once folded) where the mainland writes 计划
        ("艾克美原計畫今年推出智能體。", Stance.MENTIONS),
    ],
)
def test_regional_marker_words_read_as_their_mainland_twins(text: str, expected: Stance) -> None:
    assert _stance(_rule(confirms=["<launch>"]), text) == expected


def test_a_plan_in_taiwan_script_weighs_as_the_mainland_one() -> None:
    # 计划中 ("planned") is no hedge (a rule's `pending` decides whether a plan counts): 計畫中,
    # folded to 计画中, is judged the same
    rule = _rule(confirms=["<launch>"])
    mainland = _stance(rule, "艾克美计划中的智能体将于明年推出。")
    assert _stance(rule, "艾克美計畫中的智能體將於明年推出。") == mainland
    pending = _rule(confirms=["<launch>"], pending=["计划", "计画"])
    assert _stance(pending, "艾克美計畫中的智能體將於明年推出。") == Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "Acme's agent stake would replace the pledge it made in September.",
        "Acme's agent stake replaced the pledge it made in September.",
        "艾克美以智能体股权投资取代此前的承诺。",
        "艾克美以智能體股權投資取代先前的承諾。",
    ],
)
def test_a_pledge_replaced_by_a_smaller_deal(text: str) -> None:
    rule = _rule(confirms=["<replacement> ... <commitment>"])
    (verdict,) = Matcher([rule]).judge(Document(text, PUBLISHED))
    assert any(r.startswith("confirms: cue") for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme's agent stake takes the place of the pledge it made in September.",
        "Acme now holds an agent stake instead of the broader agreement.",
        "Acme bought an agent stake in lieu of its earlier commitment.",
        "艾克美以智能体股权投资而非此前的承诺入局。",
        "艾克美改为入股智能体业务，而不是履行去年的协议。",
        "艾克美以入股智能體業務頂替先前的承諾。",
    ],
)
def test_a_pledge_replaced_in_other_words(text: str) -> None:
    """ce-confirm8: "takes the place of", "instead of", 而非, 顶替 are <replacement> too."""
    rule = _rule(confirms=["<replacement> ... <commitment>"])
    (verdict,) = Matcher([rule]).judge(Document(text, PUBLISHED))
    assert any(r.startswith("confirms: cue") for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Acme's agent ships in June instead of May.",
        "Acme chose to build its agent in house rather than buy one.",
        "艾克美选择自研智能体而非外购。",
        "艾克美智能體改在六月推出，而不是五月。",
    ],
)
def test_instead_of_alone_replaces_no_pledge(text: str) -> None:
    """Guard: the replacement words confirm only with a commitment after them."""
    assert _stance(_rule(confirms=["<replacement> ... <commitment>"]), text) in (
        Stance.MENTIONS,
        None,
    )


# --- round five: latency is no delay; wording the vocabularies missed ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "艾克美的新智能体主打低延迟，回应几乎即时。",
        "艾克美称，新智能体的推理延迟比上一代少一半。",
        "艾克美智能體針對超低延遲優化。",  # traditional script
        "艾克美表示，编程智能体对延迟非常敏感。",
        "艾克美智能體對延遲相當敏感，因此改用新晶片。",
    ],
)
def test_latency_in_chip_reporting_is_not_a_delay(text: str) -> None:
    # 延迟 is latency inside these compounds, for every claim that names <delay>, whichever
    # side it stands on
    assert _stance(_rule(contradicts=["<delay>"]), text) in (Stance.MENTIONS, None)
    assert _stance(_rule(confirms=["<delay>"]), text) in (Stance.MENTIONS, None)
    # ... while a plan put off is still a delay, in either script and in English
    for delayed in ("艾克美智能体的上线时间再度延迟。", "艾克美延遲推出智能體。"):
        assert _stance(_rule(contradicts=["<delay>"]), delayed) == Stance.CONTRADICTS
    assert _stance(_rule(contradicts=["<delay>"]), "Acme delayed its agent.") == (
        Stance.CONTRADICTS
    )
    # ... and a compound the rule writes itself (not a vocabulary's) counts inside a fence
    fenced = _rule(confirms=["低延迟"], contradicts=["<delay>"])
    assert _stance(fenced, "艾克美智能体主打低延迟。") == Stance.CONFIRMS


ROUND_FIVE = [
    # a denial or a scale-back worded as outlets word it
    ("<denial> ... <commitment>", "Acme waved away talk of an agent pledge."),
    ("<denial> ... <commitment>", "Acme poured cold water on any agent deal."),
    ("<denial> ... <commitment>", "艾克美说公司没说过要签智能体协议。"),
    ("<denial> ... <commitment>", "艾克美從未提過簽署智能體協議。"),
    ("<cancellation>", "An Acme agent is not going to happen this year, its chief said."),
    ("<cancellation>", "艾克美称，独立智能体计划不可能实现。"),
    ("<cancellation>", "艾克美智能體計畫已被束之高閣。"),
    # stalled, frozen, stuck
    ("<stalled>", "Acme froze its agent deal in March."),
    ("<stalled>", "Acme's agent deal has been frozen since spring."),
    ("<stalled>", "Acme's agent deal remains stuck."),
    ("<stalled>", "艾克美智能体合作卡住了。"),
    ("<stalled>", "艾克美智能體合作至今懸而未決。"),
    # a commitment that never bound
    ("<no-commitment>", "Acme's agent pledge was never binding."),
    ("<no-commitment>", "Acme's agent pact carried no binding obligation."),
    ("<no-commitment>", "艾克美智能体协议没有任何约束力。"),
    ("<no-commitment>", "艾克美智能體協議不具任何拘束力。"),
    # general availability
    ("<launch>", "Acme's agent is now GA for business customers."),
    ("<launch>", "Acme's agent reached GA on Monday."),
    ("<launch>", "艾克美智能体今日全面上市。"),
    ("<launch>", "艾克美智能體正式上市（GA），按用量計費。"),
    ("<launch>", "艾克美智能体全面可用。"),
    # timing not decided
    ("<undecided>", "We haven't decided when Acme's agent ships, Acme said."),
    ("<undecided>", "艾克美智能体的推出日期还没有决定。"),
    ("<undecided>", "艾克美智能體的推出日期還沒有決定。"),
    # telling investors its figure is a fresh statement
    ("<statement>", "Acme briefed investors that its agent is ready."),
    ("<statement>", "Acme pegs its agent budget at $2 billion."),
    ("<statement>", "艾克美已告知投资者智能体就绪。"),
    ("<statement>", "艾克美向投資人交底：智能體已經就緒。"),
]


@pytest.mark.parametrize(("cue", "text"), ROUND_FIVE, ids=[r[1] for r in ROUND_FIVE])
def test_each_idea_knows_more_of_its_wording(cue: str, text: str) -> None:
    assert _stance(_rule(confirms=[cue]), text) == Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "艾克美计划分拆智能体业务上市。",  # a stock listing, not a product's release
        "艾克美智能体业务明年上市。",
    ],
)
def test_a_listing_is_no_launch(text: str) -> None:
    assert _stance(_rule(confirms=["<launch>"]), "艾克美智能体今日正式上市。") == Stance.CONFIRMS
    assert _stance(_rule(confirms=["<launch>"]), text) in (Stance.MENTIONS, None)


@pytest.mark.parametrize(
    "text",
    [
        "Acme is attempting to roll out its agent.",
        "Acme launched its agent in a bid to win back users.",
        "艾克美正试图推出智能体。",
        "艾克美力圖推出智能體。",
    ],
)
def test_an_attempt_is_a_plan(text: str) -> None:
    rule = _rule(confirms=["<launch>"], pending=["<plan>"])
    if "launched" in text:  # the attempt governs what follows it, not the launch before it
        assert _stance(rule, text) == Stance.CONFIRMS
        text = "Acme ships its agent in a bid to win back users."
        assert _stance(_rule(confirms=["win back"], pending=["<plan>"]), text) == Stance.MENTIONS
        return
    assert _stance(rule, text) == Stance.MENTIONS


def test_run_on_inflects_as_an_irregular_verb() -> None:
    assert inflections("run on") == ["runs on", "ran on", "running on"]
    rule = _rule(contradicts=["run on"])
    assert _stance(rule, "Acme's agent ran on rented chips all year.") == Stance.CONTRADICTS


def test_users_name_the_compounds_a_vocabulary_means_nothing_inside(tmp_path: Path) -> None:
    # for every claim (top level) or for one claim, in English and Chinese
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        "vocabularies:\n"
        "  delay: {phrases: [kicked the can], not_inside: [pink slip]}\n"
        "claims:\n"
        "  - id: acme-thing\n    statement: Acme ships its agent\n    made: 2026-01-01\n"
        "    subject: {company: [Acme, 艾克美], product: [agent, 智能体]}\n"
        "    contradicts: [<delay>]\n"
        "    vocabularies:\n      delay:\n        not_inside: [航班延误]\n",
        encoding="utf-8",
    )
    (rule,) = load_settings(rules).claims
    assert _stance(rule, "Acme kicked the can on its agent.") == Stance.CONTRADICTS
    assert _stance(rule, "Acme's agent slipped to June.") == Stance.CONTRADICTS
    assert _stance(rule, "Acme's agent sent a pink slip to half the staff.") in (
        Stance.MENTIONS,
        None,
    )
    assert _stance(rule, "艾克美智能体遇上航班延误时自动改签。") in (Stance.MENTIONS, None)
    assert _stance(rule, "艾克美智能体推出时间再度延误。") == Stance.CONTRADICTS


def test_a_vocabulary_mapping_takes_only_phrases_and_not_inside() -> None:
    with pytest.raises(Invalid) as err:
        _rule(confirms=["<delay>"], vocabularies={"delay": {"not_in": ["低延迟"]}})
    assert "not_in" in str(err.value) and "not_inside" in str(err.value)
