"""Claim engine: dates that are not the event's, and event dates written where they were not read.

- a wire's dateline without an agency tag ("SEOUL, Aug 19 -", with or without a year) dates the
  dispatch, as "(Reuters) -" and 首尔8月19日电 do; "On Aug 19, Acme completed ..." is still a date,
  and so is a dateline whose news is timed by a day of its week ("... completed it on Tuesday");
- a date after the object of the claim's event verb ("completed its acquisition of <a long
  name> on Sept. 28") times that verb, within one verb phrase;
- a document's own date ("a price notice dated February 23", 日期为2月23日的调价通知函, 2月下旬
  发出的通知) is the writing's, not the event's;
- a bare month after the publication's month, told in the past tense ("agreed in December" in a
  June story, 12月已签署), is last year's; "will close in December" stays this year;
- a fiscal-year range (2026—2027年度, "the 2026–2027 fiscal year", FY2026-27) is no date;
- a sentence telling what an agreement provides ("Under the agreement, ...", 根据协议，...) dates
  its terms, not the signing.
Each judged by a rule of the test's own, with the near-misses that keep their reading.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.claimkit import judged
from watch.claims.dates import find_dates
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise
from watch.models import Stance
from watch.validate import parse

_C, _X, _M = Stance.CONFIRMS, Stance.CONTRADICTS, Stance.MENTIONS


def _close(first: str = "2026-01-01", last: str = "2026-09-30") -> ClaimRule:
    """Acme completes its purchase of Globex within [first, last]: dates alone decide."""
    data: dict[str, Any] = {
        "id": "acme-globex-close",
        "statement": "Acme completes its purchase of Globex by the end of September 2026.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "deal": ["Globex", "格洛贝"]},
        "window": 1,
        "when": {
            "confirms": [first, last],
            "near": ["complete", "completion", "close", "完成", "交割", "签署"],
        },
    }
    return parse(ClaimRule, data)


def _hike() -> ClaimRule:
    """Acme raises its resistor prices from April 2026: dates alone decide."""
    data: dict[str, Any] = {
        "id": "acme-price-april",
        "statement": "Acme raises resistor prices effective April 2026.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "price": ["price", "prices", "价格", "调价"]},
        "window": 1,
        "when": {
            "confirms": ["2026-04-01", "2026-04-30"],
            "near": ["raise", "raising", "raised", "调涨", "涨价", "起"],
        },
    }
    return parse(ClaimRule, data)


def _sign() -> ClaimRule:
    """Acme signs its supply contract with Globex in the first half of 2026."""
    data: dict[str, Any] = {
        "id": "acme-globex-contract",
        "statement": "Acme signs a supply contract with Globex by June 2026.",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "deal": ["Globex", "格洛贝"]},
        "window": 1,
        "when": {"confirms": ["2026-01-01", "2026-06-30"], "near": ["sign", "signed", "签署"]},
    }
    return parse(ClaimRule, data)


def _stance(rule: ClaimRule, text: str, published: dt.date) -> Stance:
    return judged(rule, text, published=published).stance


# --- 1. a dateline dates the dispatch ------------------------------------------------------------

_AUG = dt.date(2026, 8, 19)


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL, Aug 19 - Acme will complete its purchase of Globex in the fourth "
        "quarter, the company said.",
        "SEOUL, Aug 19, 2026 — Acme will complete its purchase of Globex in the fourth quarter.",
        "MUNICH/SEOUL, Aug. 19 - Acme will complete its purchase of Globex in the fourth quarter.",
        "SEOUL, Aug 19 (Yonhap) - Acme will complete its purchase of Globex in the fourth quarter.",
        "首尔8月19日电 艾克美将在第四季度完成对格洛贝的收购。",
    ],
)
def test_a_dateline_is_not_the_events_date(text: str) -> None:
    # Q4 lies after the window; the dispatch's August, inside it, is no evidence for it
    got = judged(_close(), text, published=_AUG)
    assert got.stance is _X
    assert not any(r.startswith("confirms: date") for r in got.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "On Aug 19, Acme completed its purchase of Globex, the company said.",
        "艾克美8月19日完成对格洛贝的收购。",
    ],
)
def test_a_date_opening_the_news_is_still_a_date(text: str) -> None:
    assert _stance(_close(), text, _AUG) is _C


# --- 2. a date after the verb's object, and a weekday ---------------------------------------------

_OCT = dt.date(2026, 10, 2)  # a Friday


@pytest.mark.parametrize(
    "text",
    [
        "BERLIN, Oct 2 - Acme said it completed its US$2.4 billion acquisition of German "
        "industrial sensor maker Globex Messtechnik on Sept. 28, making it a unit.",
        "Acme completed its US$2.4 billion acquisition of German industrial sensor maker "
        "Globex Messtechnik on Sept. 28 after a long review.",
    ],
)
def test_a_date_after_the_object_times_the_verb(text: str) -> None:
    assert _stance(_close(), text, _OCT) is _C


def test_a_dateline_keeps_the_week_of_the_events_weekday() -> None:
    # the news is timed by a day of the dispatch's week: the dateline dates that week
    text = "BERLIN, Sept 30 - Acme completed its purchase of Globex on Tuesday, the company said."
    assert _stance(_close(), text, dt.date(2026, 9, 30)) is _C


@pytest.mark.parametrize(
    "text",
    [
        # another clause, or another verb, holds the date
        "Acme completed its review of the German sensor maker Globex's books and will sign the "
        "final papers for the purchase on Oct. 28.",
        "Acme completed its audit of Globex's German sensor business, which it plans to list "
        "on Oct. 28.",
    ],
)
def test_a_date_past_a_clause_break_is_not_the_verbs(text: str) -> None:
    assert _stance(_close(), text, _OCT) is _M


def test_said_on_a_weekday_is_no_events_week() -> None:
    text = (
        "BERLIN, Sept 30 - Acme said on Tuesday it would complete its purchase of Globex in "
        "the fourth quarter."
    )
    assert _stance(_close(), text, dt.date(2026, 9, 30)) is _X


# --- 3. a document's own date --------------------------------------------------------------------

_FEB = dt.date(2026, 2, 25)


@pytest.mark.parametrize(
    "text",
    [
        "Distributors said they had received an Acme price notice dated February 23, raising "
        "resistor prices by 15% from April 1.",
        "通路商证实已收到艾克美日期为2月23日的调价通知函，自4月1日出货起，电阻价格调涨15%。",
        "通路商證實已收到艾克美日期為2月23日的調價通知函，自4月1日出貨起，電阻價格調漲15%。",
        "艾克美2月下旬发出的调价通知显示，自4月1日起价格调涨15%。",
    ],
)
def test_a_documents_date_is_not_the_events(text: str) -> None:
    got = judged(_hike(), text, published=_FEB)
    assert got.stance is _C
    assert not any(r.startswith("contradicts: date") for r in got.reasons)


@pytest.mark.parametrize(
    "text",
    ["Acme raised its resistor prices by 15% on February 23.", "艾克美2月23日起调涨电阻价格15%。"],
)
def test_the_events_own_february_still_contradicts(text: str) -> None:
    assert _stance(_hike(), text, _FEB) is _X


# --- 4. a past-tense month after the publication's month ----------------------------------------

_JUNE = dt.date(2026, 6, 15)


@pytest.mark.parametrize(
    "text",
    [
        "Acme agreed in December to close its purchase of a fifth of Globex.",
        "艾克美12月已签署协议，将完成对格洛贝的收购。",
    ],
)
def test_a_past_month_ahead_of_publication_is_last_years(text: str) -> None:
    got = judged(_close(), text, published=_JUNE)
    assert got.stance is _M
    assert not any("2026-12-01" in r for r in got.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Acme will close its purchase of Globex in December.",
        "Acme's purchase of Globex will only close in December.",
        "艾克美将于12月完成对格洛贝的收购。",
    ],
)
def test_a_month_ahead_stays_this_years(text: str) -> None:
    assert _stance(_close(), text, _JUNE) is _X


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("acme agreed in december to buy", 2025),
        ("acme launched it on december 3", 2025),
        ("acme will launch it on december 3", 2026),
        ("a commitment made in september", 2026),  # a participle after its noun
        ("the pledge it made in september", 2026),  # a relative clause
        ("acme said it agreed in december", 2025),
        ("it will be completed in december", 2026),
        ("the deal is expected in december", 2026),
        ("acme signed in june", 2026),
    ],
)
def test_the_year_of_a_bare_month(text: str, year: int) -> None:
    (span,) = find_dates(text, _JUNE)
    assert span.first.year == year


# --- 5. a fiscal-year range -----------------------------------------------------------------------

_SIGNED = dt.date(2026, 6, 27)


@pytest.mark.parametrize(
    "text",
    [
        "6月26日，艾克美与格洛贝签署2026—2027年度供应协议。",
        "6月26日，艾克美與格洛貝簽署2026—2027年度供應協議。",
        "Acme signed the 2026–2027 fiscal year supply contract with Globex on June 26.",
    ],
)
def test_a_fiscal_range_is_no_date(text: str) -> None:
    got = judged(_sign(), text, published=_SIGNED)
    assert got.stance is _C
    assert not any("2027" in r for r in got.reasons)


@pytest.mark.parametrize(
    "text",
    ["FY2026-27 guidance", "fiscal 2026–27", "2026/27财年", "2026~2027年度"],
)
def test_fiscal_range_forms(text: str) -> None:
    assert find_dates(normalise(text), _SIGNED) == []


@pytest.mark.parametrize(
    "text",
    [
        "Acme will sign the supply contract with Globex in 2027.",
        "艾克美将于2027年与格洛贝签署协议。",
    ],
)
def test_a_plain_later_year_still_contradicts(text: str) -> None:
    assert _stance(_sign(), text, _SIGNED) is _X


# --- 6. what an agreement provides ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Under the agreement, Acme's halt on Globex ore ends from July 1 after the signing.",
        "根据协议，艾克美对格洛贝的暂停采购安排自7月1日起解除，签署仪式在北京举行。",
        "根據協議，艾克美對格洛貝的暫停採購安排自7月1日起解除，簽署儀式在北京舉行。",
    ],
)
def test_an_agreements_terms_do_not_date_its_signing(text: str) -> None:
    got = judged(_sign(), text, published=_SIGNED)
    assert got.stance is _M
    assert not any(r.startswith("contradicts: date") for r in got.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Under the plan, Acme will only sign the Globex contract in July.",
        "根据计划，艾克美将于7月与格洛贝签署协议。",
    ],
)
def test_a_plan_still_dates_the_signing(text: str) -> None:
    assert _stance(_sign(), text, _SIGNED) is _X
