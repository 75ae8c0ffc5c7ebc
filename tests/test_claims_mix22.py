"""A party's request that something be undone is not the undoing (round 22, nu-mix18 kind 1):
"moves to set aside", "filed an application ... to annul", 申请撤销, 请求法院撤销 are a mention;
the ruling itself ("the court set aside", 法院撤销了裁决, "granted the application to annul")
still contradicts, and a cue of another kind after "seeks to" is left alone."""

from __future__ import annotations

from tests.claimkit import rule_under_test, stance_of
from watch.models import Stance

RULE = rule_under_test(
    id="award",
    subject={"winner": ["Borvik", "博维克"], "case": ["award", "arbitration", "裁决", "仲裁"]},
    confirms=["upheld", "paid"],
    contradicts=["annul", "set aside", "overturn", "撤销 ... 裁决", "推翻", "cancel", "取消"],
    negation={"confirms": "flip", "contradicts": "flip"},
)


def test_a_request_to_undo_is_a_mention() -> None:
    for text in (
        "The state moved to set aside Borvik's arbitration award in a Geneva court.",
        "The owner has lodged an application with the Swiss federal court to annul Borvik's award.",
        "The ministry is seeking to overturn the arbitration award won by Borvik.",
        "The buyer asked the court to set aside the award in Borvik's favour.",
        "业主已向当地法院申请撤销博维克胜诉的仲裁裁决。",
        "对方请求法院撤销该仲裁裁决，博维克表示将积极应诉。",
        "按照规定，败诉方可以提请撤销仲裁裁决，博维克对此并不担心。",
        "業主已向法院申請撤銷博維克勝訴的仲裁裁決。",
    ):
        assert stance_of(RULE, text) is Stance.MENTIONS, text


def test_the_ruling_itself_still_contradicts() -> None:
    for text in (
        "A Geneva court set aside Borvik's arbitration award on Monday.",
        "The court granted the owner's application to annul Borvik's award.",
        "法院已裁定撤销博维克胜诉的仲裁裁决。",
        "法院支持了业主撤销仲裁裁决的申请，博维克将上诉。",
    ):
        assert stance_of(RULE, text) is Stance.CONTRADICTS, text
    # ... while the same sentence told as a request is not
    assert stance_of(RULE, "业主请求法院撤销博维克胜诉的仲裁裁决。") is Stance.MENTIONS


def test_a_plan_to_cancel_is_still_news() -> None:
    # a plan before a cue that is no undoing verb: a party's own act, left as before
    assert stance_of(RULE, "The owner petitioned the court to annul Borvik's award.") is (
        Stance.MENTIONS
    )
    assert (
        stance_of(RULE, "The owner plans to cancel Borvik's award payments.") is not Stance.MENTIONS
    )


TERMINATED = rule_under_test(
    id="ended",
    subject={"owner": ["Kestra", "凯斯特拉"], "builder": ["Dunmore", "邓莫尔"]},
    confirms=["terminate", "终止"],
    contradicts=["<denial>"],
    negation={"confirms": "flip"},
)


def test_shouhui_for_money_is_no_retraction() -> None:
    # 收回 with money, an investment or an asset as its object recovers it: no denial
    for text in (
        "凯斯特拉已终止与邓莫尔的合同，剩余款项将分三期收回。",
        "凯斯特拉已终止邓莫尔的合同，邓莫尔预计可全额收回投资。",
        "凯斯特拉上月终止了与邓莫尔的合同，邓莫尔正在收回工程欠款。",
    ):
        assert stance_of(TERMINATED, text) is Stance.CONFIRMS, text
    # ... while a statement taken back is still one
    assert stance_of(TERMINATED, "凯斯特拉收回了终止邓莫尔合同的说法。") is Stance.CONTRADICTS


SHUT = rule_under_test(
    id="shut",
    subject={"acme": ["Acme", "艾克美"]},
    confirms=["shut down ... plant", "关停 ... 工厂"],
    exclude=["shut down rumours", "关停传闻"],
)


def test_a_cue_that_starts_inside_an_excluded_phrase_is_silenced() -> None:
    for text in (
        "Acme answered shut down rumours about the plant on Monday.",
        "艾克美回应关停传闻时表示工厂一切正常。",
    ):
        assert stance_of(SHUT, text) is not Stance.CONFIRMS, text
    # ... while the cue outside the fence still counts
    for text in (
        "Acme shut down its Leeds plant on Monday.",
        "艾克美上周关停了其天津工厂。",
    ):
        assert stance_of(SHUT, text) is Stance.CONFIRMS, text
