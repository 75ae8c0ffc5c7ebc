"""Claim engine: English dates written day first ("20 March", "on 20 March 2026", "20th March",
"the 20th of March", "20-21 March", "by 30 June"), as British, Irish, Australian, Indian and Gulf
copy writes them, read as their month-first twins are ("March 20": the month's window, with its
day), so a sentence judged either way round gets the same stance; Chinese dates (3月20日) and
numbers that are no day ("the 737 March deliveries", "2 million March sales") keep their reading.
Each judged by a rule of the test's own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.dates import find_dates
from watch.claims.day_first import day_number
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise

PUB = dt.date(2026, 5, 1)


def _listing(made: str = "2026-03-10") -> ClaimRule:
    """Acme lists its shares in June 2026: `when` near the listing words."""
    return rule_under_test(
        made=made,
        statement="Acme lists its shares in June 2026.",
        subject={"acme": ["Acme", "艾克美"], "ipo": ["IPO", "listing", "list", "上市"]},
        window=1,
        when={"confirms": ["2026-06-01", "2026-06-30"], "near": ["IPO", "listing", "list", "上市"]},
    )


def _dates(text: str) -> list[tuple[dt.date, dt.date, bool, str]]:
    return [(d.first, d.last, d.day, d.text) for d in find_dates(normalise(text), PUB)]


@pytest.mark.parametrize(
    ("day_first", "text", "month_first"),
    [
        ("On 20 March Acme said", "20 march", "On March 20 Acme said"),
        ("on 20 March 2026 the board met", "20 march 2026", "on March 20, 2026 the board met"),
        ("the vote on 20th March", "20th march", "the vote on March 20th"),
        ("the vote on the 20th of March", "the 20th of march", "the vote on March 20th"),
        ("the summit on 20-21 March", "20-21 march", "the summit on March 20-21"),
        ("due by 30 June", "30 june", "due by June 30"),
        ("before 31 December 2026", "31 december 2026", "before December 31, 2026"),
        ("a 1 June 2026 deadline", "1 june 2026", "a June 1, 2026 deadline"),
        ("signed on 3 December", "3 december", "signed on December 3"),
        ("from 2 May the plant shuts", "2 may", "from May 2 the plant shuts"),
        ("launched 14 Sept. 2026", "14 sept. 2026", "launched Sept. 14, 2026"),
    ],
)
def test_a_day_first_date_reads_as_its_month_first_twin(
    day_first: str, text: str, month_first: str
) -> None:
    (got,) = _dates(day_first)
    (twin,) = _dates(month_first)
    assert got[:3] == twin[:3]
    assert got[2] is True
    assert got[3] == text
    assert day_number(got[3]) == day_number(twin[3])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the 737 March deliveries", []),  # three digits: a model number, no day
        ("2 million March sales", []),  # a figure with its scale word
        ("some 20 march on the capital", []),  # "march" the verb
        ("the top 2 may merge", []),  # "may" the modal
        ("sales of $5 March contracts", []),
        ("32 March", []),  # no month has a 32nd
    ],
)
def test_a_number_that_is_no_day_stays_unread(text: str, expected: list[object]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "day", "shown"),
    [
        ("10 per cent in March", False, "march"),  # a figure, then a month: no day
        ("delivered 3 of March's orders", False, "march"),
        ("艾克美3月20日上市", True, "3月"),  # Chinese: the day after its month, as before
        ("艾克美6月底上市", True, "6月"),  # a month's end: its last day
        ("2026年3月", False, "2026年3月"),
    ],
)
def test_near_misses_keep_their_reading(text: str, day: bool, shown: str) -> None:
    (got,) = _dates(text)
    assert (got[2], got[3]) == (day, shown)
    if not day or "月" in shown:
        assert day_number(shown) is None


@pytest.mark.parametrize(
    ("day_first", "month_first", "chinese"),
    [
        (
            "Acme will list its shares in Hong Kong on 20 June.",
            "Acme will list its shares in Hong Kong on June 20.",
            "艾克美将于6月20日在香港上市。",
        ),
        (
            "Acme plans to complete its listing by 30 June 2026.",
            "Acme plans to complete its listing by June 30, 2026.",
            "艾克美计划在2026年6月30日前完成上市。",
        ),
        (
            "Acme will list in Hong Kong on 22 May.",
            "Acme will list in Hong Kong on May 22.",
            "艾克美將於5月22日在香港上市。",
        ),
        (
            "Acme said on the 3rd of April it would list in June.",
            "Acme said on April 3rd it would list in June.",
            "艾克美4月3日表示将于6月上市。",
        ),
    ],
)
def test_a_sentence_gets_the_same_stance_either_way_round(
    day_first: str, month_first: str, chinese: str
) -> None:
    rule = _listing()
    twin = judged(rule, month_first, published=PUB).stance
    assert judged(rule, day_first, published=PUB).stance == twin
    assert judged(rule, chinese, published=PUB).stance == twin


def test_an_upper_bound_written_day_first_leaves_the_window_open() -> None:
    rule = _listing()
    twin = judged(rule, "Acme now expects its IPO before December 31, 2026.", published=PUB)
    got = judged(rule, "Acme now expects its IPO before 31 December 2026.", published=PUB)
    assert got.stance == twin.stance
    assert any("upper bound" in r for r in got.reasons)
