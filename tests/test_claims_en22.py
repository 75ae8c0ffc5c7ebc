"""Round 22 (en22): a right given up negates the act it names ("gave up the right to strike",
放弃罢工的权利); "ending weeks of speculation that" and 结束了……的猜测 assert nothing; a bare
month after a delay verb with its object between ("delays the price cut to January") is the next
such month; numeric dates (07/01/2026, 2026-07-01, 7/1/26) are read; a fronted date of a
telling with no comma ("Last Thursday the ministry told us", 上周四，交通部告诉记者) retells the
claim. Each with the near misses that must not change."""

from __future__ import annotations

import datetime as dt

from claimkit import judged, rule_under_test

from watch.claims.dates import find_dates
from watch.models import Stance

STRIKE = rule_under_test(
    subject={"co": ["Harbour Ferries", "海港渡轮", "海港渡輪"]},
    confirms=["arbitration", "仲裁"],
    contradicts=["strike", "lock out", "walk out", "罢工", "罷工", "退出"],
)


def test_a_right_given_up_negates_the_act() -> None:
    for text in (
        "Harbour Ferries and the crews' union gave up the right to strike or lock out.",
        "Under the pact the union at Harbour Ferries has waived its recourse to a strike.",
        "The Harbour Ferries union renounced any right to walk out this year.",
        "海港渡轮工会放弃了罢工的权利。",
        "海港渡輪工會放棄罷工。",
    ):
        got = judged(STRIKE, text)
        assert got.stance is Stance.MENTIONS, (text, got.reasons)
        assert any("negated by" in r for r in got.reasons), got.reasons
    # near misses: the act itself, and a right kept
    for text in (
        "The Harbour Ferries union said it will strike on Monday.",
        "The Harbour Ferries union kept the right to strike and will strike on Monday.",
        "海港渡轮工会宣布罢工。",
    ):
        got = judged(STRIKE, text)
        assert got.stance is Stance.CONTRADICTS, (text, got.reasons)


def test_speculation_ended_asserts_nothing() -> None:
    for text in (
        "Harbour Ferries accepted arbitration, ending weeks of speculation that the crews would "
        "walk out.",
        "Harbour Ferries accepted arbitration, putting an end to months of talk that the crews "
        "would walk out.",
        "海港渡轮接受仲裁，结束了外界关于船员将退出的猜测。",
    ):
        got = judged(STRIKE, text)
        assert got.stance is Stance.CONFIRMS, (text, got.reasons)
    # near miss: speculation only hedged, not ended
    got = judged(STRIKE, "Harbour Ferries faces weeks of speculation that the crews will walk out.")
    assert got.stance is not Stance.CONFIRMS, got.reasons


CUT = rule_under_test(
    subject={"co": ["Acme", "艾克美"], "p": ["price cut", "price", "降价"]},
    window=1,
    confirms=["cut the price", "降价"],
    contradicts=["delays", "postpones", "推迟"],
)


def test_a_delay_to_a_bare_month_looks_ahead() -> None:
    for title in (
        "Acme delays drug price cut to January",
        "Acme postpones planned price cut to March",
    ):
        got = judged(CUT, "Acme said so.", title=title, published=dt.date(2026, 6, 30))
        assert got.stance is Stance.CONTRADICTS, (title, got.reasons)
    # near miss: a month told as past, no delay verb before it
    spans = find_dates("acme cut the price in january", dt.date(2026, 6, 30))
    assert spans and spans[0].first == dt.date(2026, 1, 1), spans


def test_numeric_dates_are_read() -> None:
    pub = dt.date(2026, 6, 20)
    for text in ("effective 07/01/2026", "effective 7/1/26", "2026/07/01生效", "from 2026-07-01"):
        spans = find_dates(text, pub)
        assert [(d.first, d.day) for d in spans] == [(dt.date(2026, 7, 1), True)], (text, spans)
    assert find_dates("listed 25/07/2026", pub)[0].first == dt.date(2026, 7, 1)
    # near misses: fractions, scores and versions are no dates
    for text in ("a 1/2 dose", "won 3/4/99", "version 13/14/2026"):
        assert not [d for d in find_dates(text, pub) if "/" in d.text], text
    rule = rule_under_test(
        subject={"co": ["Acme", "艾克美"]},
        window=1,
        when={"confirms": ["2026-07-01", "2026-07-31"], "near": ["effective", "生效"]},
    )
    for text in (
        "The new cost for Acme's 10 mg/mL pens, effective 07/01/2026, is listed at $229.87.",
        "艾克美的新价格于2026/07/01生效。",
    ):
        got = judged(rule, text, published=pub)
        assert got.stance is Stance.CONFIRMS, (text, got.reasons)


CLOSE = rule_under_test(
    subject={"co": ["Ministry of Transport", "交通部"]},
    made="2026-03-05",
    confirms=["will close", "关闭"],
)


def test_a_fronted_day_of_the_telling_retells() -> None:
    pub = dt.date(2026, 3, 12)  # a week after the claim was made, a Thursday
    for text in (
        "Last Thursday the Ministry of Transport told us the line will close in June.",
        "Last Thursday, the Ministry of Transport told reporters the line will close in June.",
        "上周四，交通部告诉记者，该线路将于6月关闭。",
    ):
        got = judged(CLOSE, text, published=pub)
        assert got.stance is Stance.MENTIONS, (text, got.reasons)
    # near misses: no date, or a day that is no past telling of the claim
    for text in (
        "The Ministry of Transport told us the line will close in June.",
        "On Thursday the Ministry of Transport told us the line will close in June.",
    ):
        got = judged(CLOSE, text, published=pub)
        assert got.stance is Stance.CONFIRMS, (text, got.reasons)
