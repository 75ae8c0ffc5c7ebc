"""Claim engine (lefte22, from round 20's held-out kinds): a hyphenated range of years before a
noun ("a 3-5 year extension", "a three-to-five-year term") is one range; an old-and-new figure
pair without a change verb ("previously EUR 9 billion, now 10.2", 此前为90亿欧元，现为102亿)
gives the new figure as the figure now; "now seen/expected in" after the subject dates the
subject's event as revised; a survey of people at large (受访上班族普遍认为, "workers surveyed
said") speaks for no company."""

from __future__ import annotations

from typing import Any

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.rules import ClaimRule
from watch.claims.year_terms import find_years
from watch.models import Stance


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("granted a 2-4 year extension of the lease", 2, 4),
        ("signed a two-to-four-year supply deal", 2, 4),
        ("a two- to four-year contract", 2, 4),
        ("a 2-4 years renewal", 2, 4),
    ],
)
def test_hyphenated_year_range_is_one_range(text: str, low: float, high: float) -> None:
    found = find_years(text, 0, len(text))
    assert [(q.low, q.high) for q in found] == [(low, high)]


@pytest.mark.parametrize(
    "text", ["covid-19 years on", "the 2019-20 years", "twenty-five years", "a 10-year-old mill"]
)
def test_hyphen_alone_makes_no_range(text: str) -> None:
    assert all(q.low == q.high for q in find_years(text, 0, len(text)))


def _term_rule() -> ClaimRule:
    return rule_under_test(
        subject={"port": ["Portco", "港口公司"], "lease": ["lease", "租约"]},
        window=1,
        amount={"unit": "years", "confirms": [2, 4], "contradicts": [[10, None]]},
    )


def test_hyphenated_range_confirms_a_years_rule() -> None:
    found = judged(_term_rule(), "Portco won a 2-4 year lease extension from the city.")
    assert found.stance is Stance.CONFIRMS, found.reasons


def _budget_rule() -> ClaimRule:
    data: dict[str, Any] = {
        "subject": {"firm": ["Nordvik", "诺维克"], "plan": ["capex", "资本开支", "資本開支"]},
        "window": 1,
        "amount": {"currency": "EUR", "confirms": ["6.8B", "7.5B"], "contradicts": [[None, "6B"]]},
    }
    return rule_under_test(**data)


@pytest.mark.parametrize(
    "text",
    [
        "Nordvik capex, previously EUR 5.5 billion, now stands at 7.1.",
        "Nordvik capex: formerly EUR 5.5 billion, currently 7.1",
        "诺维克资本开支此前为55亿欧元，目前为71。",
        "諾維克資本開支原為55億歐元，現為71億歐元。",
        "诺维克资本开支原为55亿欧元，现为71。",
    ],
)
def test_old_and_new_pair_gives_the_new_figure(text: str) -> None:
    found = judged(_budget_rule(), text)
    assert found.stance is Stance.CONFIRMS, found.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Nordvik capex was previously EUR 5.5 billion.",  # the old figure alone: background
        "诺维克资本开支此前为55亿欧元。",
    ],
)
def test_old_figure_alone_stays_background(text: str) -> None:
    assert judged(_budget_rule(), text).stance is Stance.MENTIONS


def _permit_rule() -> ClaimRule:
    data: dict[str, Any] = {
        "deadline": "2026-06-30",
        "subject": {
            "firm": ["Nordvik", "诺维克"],
            "permit": ["mining permit", "permit", "采矿许可"],
        },
        "window": 1,
        "when": {"confirms": ["2026-01-01", "2026-06-30"], "near": ["issued", "granted", "获发"]},
        "confirms": ["issued", "granted", "获发"],
        "contradicts": ["<delay>"],
    }
    return rule_under_test(**data)


@pytest.mark.parametrize(
    "title",
    [
        "Nordvik results: mining permit now seen in the fourth quarter",
        "Nordvik permit now pegged for the third quarter",
    ],
)
def test_now_seen_in_dates_the_subject_event(title: str) -> None:
    found = judged(_permit_rule(), "", title=title)
    assert found.stance is Stance.CONTRADICTS, found.reasons


@pytest.mark.parametrize(
    "title",
    [
        "Nordvik permit is now expected by the third quarter",
        "诺维克采矿许可现预计于第四季度",
        "諾維克採礦許可如今預計於下半年",
    ],
)
def test_now_expected_in_reads_the_date_still_hedged(title: str) -> None:
    # the date is read as the permit's; "now expected" with no revision told stays a hedge
    found = judged(_permit_rule(), "", title=title)
    assert any(r.startswith("contradicts: date") for r in found.reasons), found.reasons


@pytest.mark.parametrize(
    "title",
    [
        "Nordvik permit expected in the fourth quarter",  # no "now": left to `when.near`
        "Nordvik now sees output rising in the fourth quarter; permit talks go on",
    ],
)
def test_without_now_seen_no_date_evidence(title: str) -> None:
    assert judged(_permit_rule(), "", title=title).stance is Stance.MENTIONS


def _raise_rule() -> ClaimRule:
    data: dict[str, Any] = {
        "subject": {"firm": ["Skyline Air", "天际航空"], "pay": ["pay rise", "pay", "调薪"]},
        "window": 1,
        "confirms": ["raise pay", "调薪"],
        "contradicts": ["lag prices", "lags prices", "赶不上"],
    }
    return rule_under_test(**data)


@pytest.mark.parametrize(
    "text",
    [
        "Most office workers surveyed said their pay lags prices, and Skyline Air will raise pay.",
        "受访白领普遍认为“薪水赶不上房租”，天际航空上月刚宣布调薪。",
        "據調查顯示，多數上班族認為工資趕不上物價，天際航空則宣布調薪。",
    ],
)
def test_survey_of_people_at_large_is_no_company(text: str) -> None:
    found = judged(_raise_rule(), text)
    assert found.stance is Stance.CONFIRMS, found.reasons
    assert any("survey" in r for r in found.reasons), found.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Skyline Air said its pay lags prices.",  # the company's own: still contradicts
        "天际航空表示，调薪幅度赶不上物价。",
    ],
)
def test_company_own_words_still_count(text: str) -> None:
    assert judged(_raise_rule(), text).stance is Stance.CONTRADICTS
