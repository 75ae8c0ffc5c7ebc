"""Whose news it is: a Q&A answer about what its question asks, a vote that passes a whole agenda,
a debate that "has been about" a figure, a quoted status after its subject, a reply to a question
named as its topic, and index membership as a vocabulary. Each with the near misses that stay."""

from __future__ import annotations

import datetime as dt

from claimkit import ALERT, judged, rule_under_test

from watch.models import Stance


def _split_rule():
    return rule_under_test(
        id="acme-split",
        window=1,
        subject={"acme": ["Acme", "艾克美"], "split": ["share split", "split", "拆股"]},
        confirms=["<on-track>", "approve", "批准", "通过"],
        contradicts=["<delay>", "<cancellation>"],
        negation={"confirms": "flip"},
    )


def _qa(lead: str, question: str, answer: str, title: str) -> tuple[str, str]:
    return f"{lead}\n\n{question}\n{answer}\n", title


# -- a Q&A answer takes the thing its question asks about --------------------------------


def test_answer_takes_the_question_thing_en():
    text, title = _qa(
        "Acme's chief financial officer Jane Roe spoke to us this week.",
        "Q: Why split the stock now?",
        "A: The price is a barrier for employees. Everything is on track for the second quarter.",
        "Q&A: Acme finance chief on capacity and the split",
    )
    assert judged(_split_rule(), text, title=title).stance is Stance.CONFIRMS


def test_answer_takes_the_question_thing_zh():
    text, title = _qa(
        "艾克美首席财务官张三日前接受本报专访。",
        "问：为何现在拆股？",
        "答：股价过高不利于员工持股。目前一切按计划推进。",
        "专访：艾克美首席财务官谈产能与拆股",
    )
    assert judged(_split_rule(), text, title=title).stance is Stance.CONFIRMS


def test_answer_to_another_question_stays_silent():
    # the question asks about capacity, not the split: nothing lent
    text, title = _qa(
        "Acme's chief financial officer Jane Roe spoke to us this week.",
        "Q: Is capacity holding?",
        "A: Demand is strong. Everything is on track for the second quarter.",
        "Q&A: Acme finance chief on capacity and the split",
    )
    assert judged(_split_rule(), text, title=title).stance is Stance.MENTIONS


def test_no_officer_in_the_lead_lends_nothing_zh():
    # an interview about the company with no officer of it: the answer is not the company's
    text = "问：艾克美早前宣布拆股，股价为何没有上升？\n答：拆股获批准带来的资金流入通常已反映。\n"
    verdict = judged(_split_rule(), text, title="问答：艾克美拆股后，散户该注意甚么？")
    assert verdict.stance is Stance.MENTIONS


# -- a vote that passes a whole agenda ---------------------------------------------------


def test_every_item_approved_is_a_mention_en():
    text = "Acme: shareholders approved every item at Thursday's AGM. Nobody asked about the split."
    verdict = judged(_split_rule(), text)
    assert verdict.stance is Stance.MENTIONS
    assert any("every item" in r for r in verdict.reasons)


def test_all_resolutions_passed_is_a_mention_zh():
    text = "艾克美股东大会审议通过了全部议案。有股东问及拆股进展。"
    verdict = judged(_split_rule(), text)
    assert verdict.stance is Stance.MENTIONS
    assert any("全部议案" in r for r in verdict.reasons)


def test_agenda_naming_the_split_still_confirms():
    text = "Acme shareholders approved all resolutions, including the share split."
    assert judged(_split_rule(), text).stance is Stance.CONFIRMS
    text = "艾克美股东大会批准拆股。"
    assert judged(_split_rule(), text).stance is Stance.CONFIRMS


# -- what a debate "has been about" is known already -------------------------------------


def _dividend_rule():
    return rule_under_test(
        id="acme-dividend",
        window=1,
        subject={"acme": ["Acme", "艾克美"], "dividend": ["dividend", "股息"]},
        amount={
            "near": ["dividend", "股息", "per share", "每股"],
            "currency": "EUR",
            "slack": 0,
            "confirms": [[1.9, 2.1]],
            "contradicts": [[2.2, None]],
        },
    )


def test_debate_has_been_about_a_figure_en():
    text = "The Acme works council met. Much of the debate has been about the dividend of EUR 2.00."
    verdict = judged(_dividend_rule(), text)
    assert verdict.stance is Stance.MENTIONS
    assert any("has been about" in r for r in verdict.reasons)


def test_debate_has_been_about_a_figure_zh():
    text = "艾克美职工委员会发表声明。近期讨论一直围绕每股2.00欧元的股息方案。"
    verdict = judged(_dividend_rule(), text)
    assert verdict.stance is Stance.MENTIONS
    assert any("一直围绕" in r for r in verdict.reasons)


def test_a_dividend_proposed_now_still_confirms():
    text = "Acme proposed a dividend of EUR 2.00 on Friday."
    assert judged(_dividend_rule(), text).stance is Stance.CONFIRMS


# -- a quoted status keeps its subject; a reply to a named question is no question -------


def _move_rule():
    return rule_under_test(
        id="acme-move",
        window=1,
        subject={"acme": ["Acme", "艾克美"], "move": ["relocation", "搬迁"]},
        confirms=["搬迁", "relocation"],
        contradicts=["<cancellation>", "<delay>", "暂停", "suspended"],
        negation={"confirms": "flip"},
    )


def test_quoted_status_after_its_subject_zh():
    text = '针对艾克美是否搬迁的问题，公司董秘回应称，相关搬迁计划"目前已暂停"，生产将留在原地。'
    verdict = judged(_move_rule(), text)
    assert verdict.stance is Stance.CONTRADICTS
    assert verdict.confidence >= ALERT
    assert not any(r.startswith("confirms") for r in verdict.reasons)


def test_quoted_status_after_its_subject_en():
    text = 'Asked whether Acme would move, a spokesman said the relocation was "suspended" for now.'
    verdict = judged(_move_rule(), text)
    assert verdict.stance is Stance.CONTRADICTS


def test_a_question_alone_stays_a_question():
    text = "艾克美是否会暂停搬迁？"
    assert judged(_move_rule(), text).stance is Stance.MENTIONS
    text = "Analysts asked whether Acme's relocation would be suspended."
    assert judged(_move_rule(), text).stance is Stance.MENTIONS


# -- index membership as a vocabulary ----------------------------------------------------


def _index_rule():
    return rule_under_test(
        id="acme-index",
        subject={"acme": ["Acme", "艾克美", "艾克美"], "index": ["Hang Seng Index", "恒生指数"]},
        confirms=["<index-inclusion>"],
        contradicts=["<index-removal>", "<delay>"],
        negation={"confirms": "flip"},
    )


MARCH = dt.date(2026, 3, 9)


def test_index_membership_wordings_confirm():
    for text in (
        "Acme became a member of the Hang Seng Index on Monday.",
        "Acme becomes a constituent of the Hang Seng Index.",
        "Acme will be added to the Hang Seng Index.",
        "艾克美获纳入恒生指数。",
        "艾克美成为恒生指数成份股。",
        "艾克美成為恒生指數成份股。",
    ):
        assert judged(_index_rule(), text, published=MARCH).stance is Stance.CONFIRMS, text


def test_index_removal_wordings_contradict():
    for text in ("Acme was removed from the Hang Seng Index.", "艾克美被剔出恒生指数。"):
        assert judged(_index_rule(), text, published=MARCH).stance is Stance.CONTRADICTS, text


def test_index_not_joined_contradicts_and_a_market_entry_is_silent():
    text = "Acme will not join the Hang Seng Index."
    assert judged(_index_rule(), text, published=MARCH).stance is Stance.CONTRADICTS
    text = "Acme entered the European market, the Hang Seng Index rose."
    assert judged(_index_rule(), text, published=MARCH).stance is Stance.MENTIONS


# -- a dividend told without its name ----------------------------------------------------


def test_payout_to_shareholders_names_the_dividend():
    text = "Acme said on Friday that shareholders will receive EUR 2.00 per share."
    assert judged(_dividend_rule(), text).stance is Stance.CONFIRMS
    text = "艾克美公告，每股派2.00欧元。"
    assert judged(_dividend_rule(), text).stance is Stance.CONFIRMS


def test_a_price_per_share_is_no_dividend():
    text = "Acme said on Friday that Globex will pay EUR 2.00 per share for the unit."
    assert judged(_dividend_rule(), text).stance is Stance.MENTIONS
    text = "艾克美公告，每股收益2.00欧元。"
    assert judged(_dividend_rule(), text).stance is Stance.MENTIONS
