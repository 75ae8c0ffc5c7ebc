"""Sales told from either side, and who speaks or what names the subject: a Chinese cue split by
its party (完成向X出售), a rival as the buyer, a stake and a collapsed sale, an answer's pronoun,
a filing's 公司, and 集团/管理层 under the company's headline."""

from __future__ import annotations

import datetime as dt

from claimkit import judged, rule_under_test, stance_of

from watch.models import Stance


def _sale(**extra: object):
    """Vela sells its Orion unit to Kappa (the test's own claim)."""
    fields: dict[str, object] = {
        "id": "vela-orion",
        "subject": {
            "vela": ["Vela", "维拉"],
            "orion": ["Orion", "猎户"],
            "buyer": ["Kappa", "卡帕"],
        },
        "confirms": ["完成出售", "同意出售", "complete the sale"],
        "contradicts": ["终止合作", "collapse", "告吹"],
        "rivals": ["Zeta", "泽塔"],
    }
    fields.update(extra)
    return rule_under_test(**fields)


# --- a Chinese two-verb cue split by a coverb and its party ------------------------------------


def test_a_chinese_cue_finds_its_verbs_split_by_a_coverb_and_a_name() -> None:
    rule = _sale()
    assert judged(rule, "维拉已完成向卡帕出售猎户业务。").stance is Stance.CONFIRMS
    assert judged(rule, "维拉同意向投资机构卡帕出售猎户业务。").stance is Stance.CONFIRMS
    assert judged(rule, "維拉已完成向卡帕出售獵戶業務。").stance is Stance.CONFIRMS  # traditional
    assert judged(rule, "维拉宣布终止与卡帕在猎户业务上的合作。").stance is Stance.CONTRADICTS


def test_a_split_cue_needs_the_coverb_and_stays_in_its_clause() -> None:
    rule = _sale()
    # no coverb: 完成 and 出售 are two acts, not the phrase
    two_acts = "维拉完成重组后出售猎户业务给卡帕的计划仍在研究。"
    assert judged(rule, two_acts).stance is Stance.MENTIONS
    # a comma ends the phrase
    comma = "维拉已完成向卡帕的尽职调查，出售猎户业务仍待批准。"
    assert judged(rule, comma).stance is Stance.MENTIONS


# --- a rival as the buyer contradicts a sale to the named one -----------------------------------


def _choice_rule():
    return _sale(choice={"verbs": ["agree to sell", "出售给", "售予"], "of": "buyer"})


def test_a_rival_buying_the_sellers_asset_contradicts() -> None:
    rule = _choice_rule()
    text = "Zeta has agreed to buy Vela's Orion unit for $2 billion, outbidding Kappa."
    assert judged(rule, text).stance is Stance.CONTRADICTS
    zh = "泽塔同意收购维拉旗下的猎户业务，出价高于卡帕。"
    assert judged(rule, zh).stance is Stance.CONTRADICTS


def test_the_buyers_side_needs_a_rival_buyer_and_the_seller_after_the_verb() -> None:
    rule = _choice_rule()
    # the named buyer's purchase retold: the claim's own deal, not a step of it
    retold = "监管机构对卡帕收购维拉猎户业务一案进入进一步审查。"
    assert judged(rule, retold).stance is Stance.MENTIONS
    # the rival buys something else: nothing of Vela's sale
    text = "Zeta bought a port in Chile from Kappa. Vela still owns Orion."
    assert judged(rule, text).stance is Stance.MENTIONS
    # the seller's side still reads as before
    assert judged(rule, "Vela agreed to sell Orion to Kappa.").stance is Stance.CONFIRMS


# --- a stake named without its company, and a sale that collapsed -------------------------------


def _stake_rule():
    return rule_under_test(
        id="vela-orion-stake",
        subject={"vela": ["Vela", "维拉"], "orion": ["Orion", "猎户"]},
        confirms=["sale", "出售"],
        contradicts=["collapse", "告吹"],
    )


def test_its_stake_takes_the_headlines_company_and_a_collapsed_sale_is_no_confirm() -> None:
    rule = _stake_rule()
    text = (
        "Orion reported a quarterly loss on Wednesday.\n\n"
        "Its ownership is unchanged after Vela's planned sale of its stake to Kappa "
        "collapsed in May."
    )
    got = judged(rule, text, title="Orion swings to a loss")
    assert got.stance is Stance.MENTIONS
    assert any("acts on" in r for r in got.reasons)
    zh = "猎户周三公布季度亏损。\n\n去年11月，维拉向卡帕出售该股权的交易告吹。"
    assert judged(rule, zh, title="猎户季度亏损").stance is Stance.MENTIONS


def test_a_sale_that_goes_ahead_still_confirms() -> None:
    rule = _stake_rule()
    text = "Orion's shares rose.\n\nVela agreed the sale of its stake to Kappa on Tuesday."
    assert judged(rule, text, title="Orion shares rise").stance is Stance.CONFIRMS
    # no stake word: the sentence lacks the headline's company, as before
    other = "Orion's shares rose.\n\nVela agreed the sale of a warehouse to Kappa on Tuesday."
    assert judged(rule, other, title="Orion shares rise").stance is Stance.MENTIONS


# --- a Q&A answer's pronoun -------------------------------------------------------------------


def _seats_rule():
    return rule_under_test(
        id="vela-seats",
        subject={"vela": ["Vela", "维拉航空"], "seats": ["seats", "座位"]},
        confirms=["around 110 million", "约1.1亿"],
        rivals=["Zeta", "泽塔"],
    )


def test_an_answers_pronoun_is_the_company_the_question_asks_about() -> None:
    rule = _seats_rule()
    lead = "We asked a London-based transport analyst what summer holds.\n\n"
    qa = (
        "Q: Zeta is short of aircraft. Is Vela better placed?\n"
        "A: Slightly. They have told investors around 110 million seats.\n"
    )
    got = judged(rule, lead + qa, title="Q&A: an analyst on summer")
    assert got.stance is Stance.MENTIONS and got.confidence > 0  # matched, an analyst's retelling
    zh_lead = "本报专访一位分析师。\n\n"
    zh_qa = "问：泽塔缺飞机，维拉航空呢？\n答：好一些。他们已向投资者表示座位约1.1亿个。\n"
    zh = judged(rule, zh_lead + zh_qa, title="专访：分析师谈夏季运力")
    assert zh.stance is Stance.MENTIONS and zh.confidence > 0


def test_an_answer_after_a_question_about_a_rival_is_not_the_company() -> None:
    rule = _seats_rule()
    lead = "We asked a London-based transport analyst what summer holds.\n\n"
    qa = "Q: Vela is fine. What about Zeta?\nA: They have told investors around 110m seats.\n"
    assert stance_of(rule, lead + qa) is None


# --- the company called 公司 in its own filing; 集团 and 管理层 under its headline -------------


def _vote_rule():
    return rule_under_test(
        id="vela-vote",
        subject={
            "vela": ["Vela", "维拉"],
            "deal": ["Kappa", "卡帕", "合并"],
            "vote": ["股东", "表决"],
        },
        confirms=["批准"],
        rivals=["Zeta", "泽塔"],
    )


def test_the_company_in_its_own_minutes_is_the_headlines() -> None:
    rule = _vote_rule()
    body = (
        "维拉股份有限公司临时股东大会会议纪要\n\n"
        "决议事项：经出席股东表决，批准公司与卡帕进行业务合并。"
    )
    assert judged(rule, body, title="维拉股东大会决议公告").stance is Stance.CONFIRMS


def test_the_company_in_a_news_story_is_not_read_as_a_filings() -> None:
    rule = _vote_rule()
    body = "多家公司召开股东大会。\n\n经出席股东表决，批准公司与卡帕进行业务合并。"
    assert stance_of(rule, body, dt.date(2026, 6, 1)) is None  # no filing headline


def test_the_group_and_management_speak_for_the_headlines_company() -> None:
    rule = rule_under_test(
        id="vela-share",
        subject={"vela": ["Vela", "维拉"], "share": ["市占率"]},
        confirms=["守住"],
        rivals=["Zeta", "泽塔"],
    )
    body = "维拉昨晚公布业绩。\n\n管理层在业绩会上表示，集团今年会守住市占率。"
    assert judged(rule, body, title="维拉业绩创新高").stance is Stance.CONFIRMS
    # a rival's headline: 集团 is not Vela
    rivals = body.replace("维拉", "泽塔")
    assert judged(rule, rivals, title="泽塔业绩创新高").stance is Stance.MENTIONS


# --- the <sale> vocabulary ---------------------------------------------------------------------


def test_the_sale_vocabulary_reads_a_sellers_sale_in_both_languages() -> None:
    rule = rule_under_test(
        id="vela-orion-sale",
        subject={"vela": ["Vela", "维拉"], "orion": ["Orion", "猎户"]},
        confirms=["<sale>"],
        contradicts=["collapse", "告吹"],
    )
    assert judged(rule, "Vela agreed to sell Orion to Kappa.").stance is Stance.CONFIRMS
    assert judged(rule, "Vela sold Orion to Kappa on Tuesday.").stance is Stance.CONFIRMS
    assert judged(rule, "维拉已完成向卡帕出售猎户业务。").stance is Stance.CONFIRMS
    # the bare noun is not in it: a planned sale that collapsed confirms nothing
    old = "Orion said the planned sale by Vela collapsed last year."
    assert judged(rule, old).stance is not Stance.CONFIRMS
