"""Years and dates read as the wrong thing (round sixteen): the year a figure is *for* ("came
to 3.1 Mt in 2025", 去年……合计约) and a baseline year ("28% below 2020 levels", 较2020年) read
as old news; a far-future year after a bound word ("until 2091", 延至2096年) not read at all; a
negated future with a bound ("will not be signed before August") swallowed by a `pending` word;
and the date a memo was sent read as the claim's event."""

from __future__ import annotations

import datetime as dt

from tests.claimkit import judged, rule_under_test
from watch.models import Stance

_OUTPUT = rule_under_test(
    id="acme-2025-output",
    statement="Acme's 2025 copper output was about 200,000 tonnes, 15% above its 2021 level",
    made="2026-02-01",
    subject={"acme": ["Acme", "艾克美"], "copper": ["copper", "铜"]},
    confirms=[],
    amount=[
        {
            "unit": "tonnes",
            "near": ["output", "产量"],
            "confirms": [190000, 210000],
            "contradicts": [[None, 170000], [230000, None]],
        },
        {
            "unit": "percent",
            "near": ["above", "higher", "rose", "增长", "高出"],
            "confirms": [13, 17],
            "contradicts": [[None, 10], [20, None]],
        },
    ],
)
_SEPT = dt.date(2026, 9, 10)


def test_the_year_a_figure_is_for_labels_it() -> None:
    for text, want in (
        ("Acme said copper output came to roughly 250,000 tonnes in 2025, after an audit.", "c"),
        ("Acme put its copper output for last year at about 200,000 tonnes.", "+"),
        ("艾克美去年铜产量合计约20万吨。", "+"),
        ("艾克美将2025年铜产量上修至约25万吨。", "c"),
    ):
        got = judged(_OUTPUT, text, published=_SEPT)
        stance = Stance.CONFIRMS if want == "+" else Stance.CONTRADICTS
        assert got.stance is stance, (text, got.reasons)


def test_a_baseline_year_is_the_yardstick() -> None:
    for text in (
        "Acme said its copper output was 15% above 2021 levels.",
        "Acme's copper output rose 15% compared with 2021.",
        "艾克美铜产量较2021年增长15%。",
    ):
        got = judged(_OUTPUT, text, published=_SEPT)
        assert got.stance is Stance.CONFIRMS, (text, got.reasons)


def test_another_year_or_a_claim_with_no_year_stays_old_news() -> None:
    # a year the claim is not for is still a recall
    text = "Acme's copper output came to 250,000 tonnes in 2022."
    assert judged(_OUTPUT, text, published=_SEPT).stance is Stance.MENTIONS
    # a claim whose statement names no year: "in 2025" still sets the figure in the past
    plain = rule_under_test(
        id="acme-output",
        statement="Acme's copper output is about 200,000 tonnes a year",
        made="2026-02-01",
        subject={"acme": ["Acme"], "copper": ["copper"]},
        amount={
            "unit": "tonnes",
            "near": ["output"],
            "confirms": [190000, 210000],
            "contradicts": [[None, 170000], [230000, None]],
        },
    )
    text = "Acme said copper output came to roughly 250,000 tonnes in 2025, after an audit."
    assert judged(plain, text, published=_SEPT).stance is Stance.MENTIONS


_CONCESSION = rule_under_test(
    id="acme-concession",
    statement="Acme's port concession is extended to 2096",
    subject={"acme": ["Acme", "艾克美"], "concession": ["concession", "特许经营"]},
    confirms=[],
    when={"confirms": ["2096-01-01", "2096-12-31"], "near": ["concession", "特许经营"]},
)


def test_a_far_year_after_a_bound_word_is_a_date() -> None:
    for text, want in (
        ("Acme's port concession was extended until 2096, the ministry said.", Stance.CONFIRMS),
        ("Acme's port concession was extended, but only to 2091.", Stance.CONTRADICTS),
        ("Acme's port concession will now run through 2091 instead.", Stance.CONTRADICTS),
        ("艾克美的港口特许经营期已延至2096年。", Stance.CONFIRMS),
        ("艾克美的港口特许经营期只延长至2091年。", Stance.CONTRADICTS),
    ):
        got = judged(_CONCESSION, text, published=dt.date(2026, 5, 1))
        assert got.stance is want, (text, got.reasons)


def test_a_bare_count_is_no_far_year() -> None:
    for text in (
        "Acme's port concession moved 2091 units in March.",
        "Under the concession, Acme's crane count rose from 1800 to 2091 units.",
    ):
        got = judged(_CONCESSION, text, published=dt.date(2026, 5, 1))
        assert got.stance is not Stance.CONTRADICTS, (text, got.reasons)


_SIGNING = rule_under_test(
    id="acme-beta-sign",
    statement="Acme signs the Beta contract by June 30, 2026",
    deadline="2026-06-30",
    subject={"acme": ["Acme", "艾克美"], "deal": ["contract", "合同"]},
    confirms=["signed", "签署"],
    pending=["will", "将"],
    when={"confirms": ["2026-01-01", "2026-06-30"], "near": ["signed", "签署"]},
)
_APRIL = dt.date(2026, 4, 8)


def test_a_negated_future_with_a_bound_is_no_plan() -> None:
    for text in (
        "Acme's chairman said the Beta contract will not be signed before August.",
        "The Beta contract will be signed no earlier than August, Acme said.",
        "艾克美称，与贝塔的合同将不会早于8月签署。",
    ):
        got = judged(_SIGNING, text, published=_APRIL)
        assert got.stance is Stance.CONTRADICTS, (text, got.reasons)


def test_an_affirmative_plan_stays_a_plan() -> None:
    for text in (
        "Acme said the Beta contract will be signed before June.",
        "艾克美称，与贝塔的合同将于5月签署。",
    ):
        got = judged(_SIGNING, text, published=_APRIL)
        assert got.stance is Stance.MENTIONS, (text, got.reasons)


_RETIRE = rule_under_test(
    id="acme-basic-retire",
    statement="Acme retires its Basic Freight service on June 30, 2026",
    subject={"acme": ["Acme", "艾克美"], "service": ["Basic Freight", "基础货运"]},
    confirms=["retire", "shutdown", "停运"],
    when={"confirms": ["2026-06-29", "2026-07-01"], "near": ["Basic Freight", "基础货运"]},
)
_MARCH = dt.date(2026, 3, 12)


def test_a_memo_sent_dates_the_sending() -> None:
    for text in (
        "A memo Acme sent to large shippers this week sets out the Basic Freight shutdown.",
        "A letter issued to customers on Monday explains the Basic Freight shutdown at Acme.",
        "艾克美本周发出的备忘录介绍了基础货运停运的安排。",
        "艾克美3月9日印发的通知介绍了基础货运停运的安排。",
    ):
        got = judged(_RETIRE, text, published=_MARCH)
        assert got.stance is not Stance.CONTRADICTS, (text, got.reasons)


def test_the_shutdown_dated_itself_still_counts() -> None:
    for text in (
        "Acme will shut down Basic Freight this week, a memo said.",
        "艾克美本周停运基础货运。",
    ):
        got = judged(_RETIRE, text, published=_MARCH)
        assert got.stance is Stance.CONTRADICTS, (text, got.reasons)
