"""Round 20 (en20): a results label in a headline ("Acme Q1:", 艾克美一季度：) times nothing; the
figure of a thing stopped ("suspended the 6% increase") is no new state; a wire brief's "BRIEF:"
kicker names no source and "Release says ... is now expected" is the party's guidance; an
indefinite person promising the act ("a candidate pledging to freeze ... would have to") is a
hypothetical. Each with the near misses that must not change."""

from __future__ import annotations

from claimkit import judged, rule_under_test

from watch.models import Stance

LICENCE = rule_under_test(
    subject={"co": ["Acme", "艾克美"], "lic": ["licence", "permit", "牌照", "許可"]},
    window=1,
    when={"confirms": ["2026-01-01", "2026-06-30"], "near": ["licence", "permit", "牌照", "許可"]},
)


def test_results_label_times_nothing() -> None:
    for title in (
        "Acme Q1: margins widen; permit now seen in second half",
        "Acme H1 — permit now seen in 2027",
        "艾克美一季度：牌照料下半年到手",
        "艾克美第一季｜許可看來要到下半年",
    ):
        got = judged(LICENCE, "Acme reported results. 艾克美公布业绩。", title=title)
        assert got.stance is Stance.CONTRADICTS, (title, got.reasons)
        assert any("the results label" in r for r in got.reasons), got.reasons
    _a_period_that_is_not_a_label_still_dates()  # the near misses, unchanged


def _a_period_that_is_not_a_label_still_dates() -> None:
    # a schedule's list opens with the period; a label after an event word is the event's time
    for title in ("Q2: Acme permit decision", "Acme permit Q2: sources"):
        got = judged(LICENCE, "Acme said so.", title=title)
        assert got.stance is Stance.CONFIRMS, (title, got.reasons)


TARIFF = rule_under_test(
    subject={"co": ["Acme Water", "艾克美水务", "艾克美水務"], "t": ["tariffs", "水价", "水價"]},
    confirms=["approved", "批准"],
    contradicts=["suspend", "suspended", "halted", "暂停", "暫停"],
    amount={
        "unit": "percent",
        "near": ["increase", "hike", "上调", "上調"],
        "confirms": [5.5, 6.5],
        "contradicts": [[None, 5.0], [7.0, None]],
    },
)


def test_figure_of_a_thing_stopped_is_no_new_state() -> None:
    for text in (
        "A state judge on Monday suspended the 6% increase in Acme Water's tariffs.",
        "Regulators halted the 6.1% hike in Acme Water tariffs pending a review.",
        "法院周一暂停了艾克美水务6%的水价上调。",
        "法院週一暫停艾克美水務6%的水價上調。",
    ):
        got = judged(TARIFF, text)
        assert got.stance is Stance.CONTRADICTS, (text, got.reasons)
    _figure_beside_a_stop_of_something_else_or_a_stop_refused_stays()  # the near misses, unchanged


def _figure_beside_a_stop_of_something_else_or_a_stop_refused_stays() -> None:
    text = "The regulator approved a 6% increase in Acme Water tariffs and suspended the meter fee."
    assert judged(TARIFF, text).stance is Stance.CONFIRMS
    # a stop refused is read as one not made ("did not suspend"): the stop is no evidence, and
    # (as after "not") neither is the figure it governs; never a contradiction
    got = judged(TARIFF, "The judge refused to suspend the 6% increase in Acme Water tariffs.")
    assert got.stance is not Stance.CONTRADICTS, got.reasons
    assert any('negated by "refused to"' in r for r in got.reasons), got.reasons


PLANT = rule_under_test(
    subject={"co": ["Acme"], "site": ["Riverside"]},
    window=1,
    when={"confirms": ["2026-04-01", "2026-06-30"], "near": ["construction", "works"]},
    confirms=["began construction"],
    contradicts=["<delay>"],
)


def test_brief_kicker_and_release_guidance() -> None:
    got = judged(
        PLANT,
        'Release says construction of the Riverside plant "is now expected to begin in 2027".',
        title="BRIEF: Acme Q2 — Riverside works now 2027",
    )
    assert got.stance is Stance.CONTRADICTS and got.confidence >= 0.6, got
    assert any("guidance" in r for r in got.reasons), got.reasons
    _someone_elses_statement_stays_a_hedge()  # the near misses, unchanged


def _someone_elses_statement_stays_a_hedge() -> None:
    got = judged(
        PLANT,
        "The regulator's statement said construction of Acme's Riverside plant is now expected "
        "to begin in 2027.",
    )
    assert got.confidence < 0.6, got


FREEZE = rule_under_test(
    subject={"co": ["Acme Water", "艾克美水务"], "t": ["tariffs", "水价"]},
    contradicts=["freeze", "冻结"],
)


def test_an_indefinite_promiser_is_hypothetical() -> None:
    for text in (
        "A governor pledging to freeze Acme Water tariffs would have to find the money elsewhere.",
        "任何承诺冻结艾克美水务水价的候选人都必须说明资金来源。",
    ):
        got = judged(FREEZE, text)
        assert got.stance is Stance.MENTIONS, (text, got.reasons)
    _a_real_freeze_still_contradicts()  # the near misses, unchanged


def _a_real_freeze_still_contradicts() -> None:
    for text in (
        "The governor said the state will freeze Acme Water tariffs for 2026.",
        "州政府周一宣布冻结艾克美水务水价。",
    ):
        got = judged(FREEZE, text)
        assert got.stance is Stance.CONTRADICTS, (text, got.reasons)


ODDS = rule_under_test(
    subject={"co": ["Acme", "艾克美"], "lic": ["licence", "牌照"]},
    window=1,
    when={"confirms": ["2026-01-01", "2026-06-30"], "near": ["approval", "获批"]},
    confirms=["granted", "获批"],
)


def test_odds_denied_after_a_before_bound() -> None:
    # "making an approval before Q4 unlikely": not before Q4, past the window
    for text in (
        "The regulator asked Acme for more capital, making an approval of its licence before "
        "the fourth quarter unlikely.",
        "Acme's licence: an approval before the fourth quarter now looks unlikely.",
        "监管要求艾克美补充资本，牌照在四季度前获批的可能性不大。",
    ):
        got = judged(ODDS, text)
        assert got.stance is Stance.CONTRADICTS, (text, got.reasons)
    # an "unlikely" that is no clause's end negates nothing
    got = judged(ODDS, "Acme's licence was granted in an unlikely turn in May.")
    assert got.stance is Stance.CONFIRMS, got.reasons
