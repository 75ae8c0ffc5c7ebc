"""Round 21 (en21): a pledge the news moves away from, recalled by naming it ("a shift from its
pledge to repay", "backtracked on its promise to", 改变了……的承诺, 有別於……的承諾), is the old
position: what it said is background, not news. The pledge kept or made good on stays news."""

from __future__ import annotations

from claimkit import judged, rule_under_test

from watch.models import Stance

NOTES = rule_under_test(
    subject={"co": ["Acme", "艾克美"], "n": ["bonds", "notes", "债券", "債券"]},
    confirms=["repay", "pay off", "偿还", "償還", "兑付"],
)


def test_a_pledge_moved_away_from_is_background() -> None:
    for text in (
        "Acme offered holders new notes instead, a shift from its pledge to pay off the bonds.",
        "Acme's plan is a departure from the group's original promise to repay the notes.",
        "Acme has backtracked on its earlier commitment to repay the bonds on time.",
        "Acme proposed a swap, unlike its stated plan to repay the notes at par.",
        "艾克美提出以新债券置换，改变了公司偿还全部债券的承诺。",
        "艾克美提出債券展期，有別於其兌付債券的承諾。",
        "艾克美此举背离了偿还到期债券的表态。",
    ):
        got = judged(NOTES, text)
        assert got.stance is Stance.MENTIONS, (text, got.reasons)
        assert any("is background" in r for r in got.reasons), (text, got.reasons)
    _a_pledge_kept_is_still_news()


def _a_pledge_kept_is_still_news() -> None:
    for text in (
        "Acme kept its pledge to pay off the bonds.",
        "Acme made good on its promise to repay the notes.",
        "A shift from bank loans means Acme will repay the bonds.",
        "Acme switched from bank loans to bonds and will repay the notes.",
        "艾克美兑现了偿还债券的承诺。",
        "艾克美改变了融资结构，将偿还债券。",
    ):
        got = judged(NOTES, text)
        assert got.stance is Stance.CONFIRMS, (text, got.reasons)


SWAP = rule_under_test(
    subject={"co": ["Acme", "艾克美"], "n": ["bonds", "notes", "债券", "債券"]},
    confirms=["repay", "偿还", "償還"],
    contradicts=["delay", "extension", "exchange", "延期", "置换", "展期"],
)


def test_a_negation_reaches_every_member_of_an_or_list() -> None:
    for text in (
        "Acme does not intend to undertake any extension or exchange of the notes.",
        "Acme said it had no plan to seek a maturity delay, a covenant waiver or an exchange.",
        "Acme will not seek any rescheduling, tender or exchange of its bonds this year.",
        "艾克美表示不会对该批债券进行任何形式的延期安排、利率调整或展期。",
        "艾克美表示不考慮對該批債券進行任何利率調整或展期。",
    ):
        got = judged(SWAP, text)
        assert got.stance is Stance.MENTIONS, (text, got.reasons)
    _an_and_list_or_a_new_clause_is_not_reached()


def _an_and_list_or_a_new_clause_is_not_reached() -> None:
    for text in (
        "Acme rejected a waiver proposed by the lenders, and an exchange of the bonds follows.",
        "Acme will not pay a coupon in cash; an exchange of the bonds is now planned.",
        "艾克美未获豁免，并将展期债券。",
    ):
        got = judged(SWAP, text)
        assert got.stance is Stance.CONTRADICTS, (text, got.reasons)


def test_a_refusal_noun_negates_its_infinitive() -> None:
    for text in (
        "Refusals to repay bonds at maturity are rare, Acme's lawyer said.",
        "Acme's refusal to repay the notes angered holders.",
    ):
        got = judged(NOTES, text)
        assert got.stance is Stance.MENTIONS, (text, got.reasons)
        assert any("negated by" in r for r in got.reasons), got.reasons
    # the bare noun and the verb after another noun are unchanged
    for text in ("Acme's plan to repay the notes was approved.", "艾克美拒绝展期，将偿还债券。"):
        got = judged(NOTES, text)
        assert got.stance is Stance.CONFIRMS, (text, got.reasons)


PENALTY = rule_under_test(
    subject={"co": ["Acme", "艾克美"], "s": ["penalty", "罚款", "罰款"]},
    amount={
        "currency": "ZAR",
        "near": ["penalty", "pay", "罚款", "罰款", "缴纳", "繳納"],
        "not_near": ["fund", "contribute", "基金", "出资", "出資"],
        "confirms": ["200M", "225M"],
        "contradicts": [[None, "180M"], ["240M", None]],
    },
)


def test_a_word_between_two_figures_is_the_nearer_ones() -> None:
    for text, stance in (
        # the penalty is the first figure's own noun, not the fund's
        ("Acme accepted a R212 million penalty plus R150 million for a supplier fund.", "c"),
        ("Acme accepted a R150 million penalty plus R212 million for a supplier fund.", "x"),
        # the contribution is the second figure's verb: it does not veto the penalty
        ("Acme is to pay a penalty of R212 million and contribute R150 million to a fund.", "c"),
        # Chinese, read so already: kept
        ("艾克美同意缴纳2.12亿兰特罚款，另出资1.5亿兰特设立供应商基金。", "c"),
        ("艾克美同意繳納2.12億蘭特罰款外加1.5億蘭特基金。", "c"),
    ):
        got = judged(PENALTY, text)
        want = Stance.CONFIRMS if stance == "c" else Stance.CONTRADICTS
        assert got.stance is want, (text, got.reasons)
    # a figure with no other figure between it and its noun keeps it
    got = judged(PENALTY, "Acme will pay a penalty of R150 million, the tribunal said.")
    assert got.stance is Stance.CONTRADICTS, got.reasons


def test_a_country_or_a_field_s_place_is_no_lead_for_the_group() -> None:
    notes = rule_under_test(
        subject={"co": ["Acme Oil", "艾克美石油"], "n": ["notes", "债券"]},
        window=1,
        when={"confirms": ["2026-05-01", "2026-05-31"], "near": ["repayment", "repay", "偿还"]},
    )
    lead = "Acme Oil plc announces a new facility. "
    after = (
        " Together with the Group's cash, the facility funds the repayment of the notes at"
        " par on their maturity date of 15 May 2026."
    )
    for where in (
        "The Group pumps crude from fields offshore Ghana.",
        "The Group pumps crude from two blocks in Namibia and Kenya.",
        "The Group pumps crude from fields offshore Tullamore.",
    ):
        got = judged(notes, lead + where + after, title="Acme Oil plc: New facility")
        assert got.stance is Stance.CONFIRMS, (where, got.reasons)
    # Chinese names are never strangers: the filing reads so already
    zh = (
        "艾克美石油公告新融资。集团在加纳近海油田生产原油。"
        "连同集团现有现金，该融资足以在2026年5月15日到期日按面值偿还全部债券。"
    )
    got = judged(notes, zh, title="艾克美石油：新融资")
    assert not any("it is about" in r for r in got.reasons), got.reasons
    # a company named in the sentence before "the Group" still takes it
    text = "Acme Oil plc said so. Globex Energy bought a stake in a field." + after
    got = judged(notes, text)
    assert got.stance is Stance.MENTIONS, got.reasons


def test_a_telling_s_occasion_before_its_past_date_opens_the_sentence() -> None:
    import datetime as dt

    told = rule_under_test(
        made="2026-02-10",
        subject={"co": ["Acme", "艾克美"], "n": ["bonds", "债券"]},
        confirms=["repay", "偿还"],
        pending=["<plan>"],
    )
    march = dt.date(2026, 3, 12)  # "last month" is the claim's own month
    for text in (
        "At its results last month Acme said it would repay the bonds.",
        "During its earnings call last month the group said Acme would repay the bonds.",
        "在上月的业绩发布会上，艾克美表示将偿还债券。",
    ):
        got = judged(told, text, published=march)
        assert got.stance is Stance.MENTIONS, (text, got.reasons)
    # the occasion dated now, or not dated, is the news
    for text in (
        "At its results on Tuesday Acme said it would repay the bonds.",
        "At its results Acme said it would repay the bonds.",
        "艾克美周二在业绩发布会上表示将偿还债券。",
    ):
        got = judged(told, text, published=march)
        assert got.stance is Stance.CONFIRMS, (text, got.reasons)
