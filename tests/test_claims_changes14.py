"""Changes from one value to another, and period wording (changes14), each judged by a rule of
the test's own, with the near-misses that keep their reading:

- 由A更新为B, 由A修订为B, "moved from A to B": A is the former state (its date dates only A, its
  figure is no evidence), B is the news;
- "the first half of calendar 2027" is one period; a fiscal year's half is its label, no date;
- "by Christmas", 圣诞节前, 春节前, "before the Lunar New Year" are dates (their day);
- an agreement's terms ("Under the agreement, ...") time the claim's event when that event is
  not the agreement's own act (the signing).
"""

from __future__ import annotations

import datetime as dt

import pytest
from claimkit import judged, rule_under_test

from watch.claims.rules import ClaimRule
from watch.models import Stance

_C, _X, _M = Stance.CONFIRMS, Stance.CONTRADICTS, Stance.MENTIONS


# --- 1. a change from one value to another -------------------------------------------------------

_JUNE = dt.date(2026, 6, 15)


def _readout() -> ClaimRule:
    """Acme's trial reads out by the end of June 2026."""
    return rule_under_test(
        id="acme-trial-readout",
        subject={"trial": ["ACME-3"]},
        window=1,
        when={
            "confirms": ["2026-02-10", "2026-06-30"],
            "near": ["主要完成日期", "primary completion date"],
        },
    )


@pytest.mark.parametrize(
    "text",
    [
        "ACME-3研究的主要完成日期由2026年3月更新为2026年9月。",
        "ACME-3研究的主要完成日期由2026年3月調整為2026年9月。",
        "The ACME-3 primary completion date was moved from March 2026 to September 2026.",
    ],
)
def test_the_old_date_of_a_change_does_not_make_the_new_one_background(text: str) -> None:
    got = judged(_readout(), text, published=_JUNE)
    assert got.stance is _X
    assert any(r.startswith('contradicts: date "') and "9" in r for r in got.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "2026年3月，ACME-3研究的主要完成日期定为2026年9月。",  # a fronted past month: a recap
        "In March 2026, the ACME-3 primary completion date was set at September 2026.",
    ],
)
def test_a_fronted_past_month_still_dates_its_sentence(text: str) -> None:
    assert judged(_readout(), text, published=_JUNE).stance is _M


def _price() -> ClaimRule:
    """Globex takes Acme private at HK$24.60 a share."""
    return rule_under_test(
        id="acme-price",
        subject={"acme": ["Acme", "艾克美"], "deal": ["注销价", "cancellation price"]},
        amount={
            "currency": "HKD",
            "near": ["注销价", "cancellation price"],
            "confirms": [24.6, 24.6],
            "contradicts": [[25, None]],
        },
    )


@pytest.mark.parametrize(
    "text",
    [
        "艾克美要约人决定将注销价由每股H股24.60港元修订为每股H股26.80港元。",
        "艾克美要約人決定將註銷價由每股H股24.60港元修訂為每股H股26.80港元。",
        "艾克美注销价由24.60港元上调为26.80港元。",
        "Acme's offeror raised the cancellation price from HK$24.60 per H share to HK$26.80 per "
        "H share.",
    ],
)
def test_the_old_price_of_a_change_does_not_confirm(text: str) -> None:
    got = judged(_price(), text, published=_JUNE)
    assert got.stance is _X
    assert not any(r.startswith("confirms: amount") for r in got.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "艾克美的注销价为每股H股24.60港元。",  # 为 alone: "is", no change
        "艾克美注销价由董事会确认为24.60港元。",  # 由 the board: no change verb before 为
        "Acme's cancellation price is HK$24.60 per H share.",
    ],
)
def test_a_price_stated_without_a_change_still_confirms(text: str) -> None:
    assert judged(_price(), text, published=_JUNE).stance is _C


# --- 2. a half of a named year -----------------------------------------------------------------

_MAY = dt.date(2026, 5, 20)


def _decision() -> ClaimRule:
    """Acme takes its investment decision in 2026."""
    return rule_under_test(
        id="acme-fid",
        subject={"acme": ["Acme", "艾克美"]},
        window=1,
        when={"confirms": ["2026-01-01", "2026-12-31"], "near": ["decision", "决定"]},
    )


@pytest.mark.parametrize(
    "text",
    [
        "Acme now expects to take the decision in the first half of calendar 2027.",
        "Acme now expects to take the decision in the first half of the 2027 calendar year.",
        "艾克美预计在2027年上半年作出决定。",
    ],
)
def test_a_half_of_a_named_year_is_one_period(text: str) -> None:
    got = judged(_decision(), text, published=_MAY)
    assert any(
        r.startswith("contradicts: date") and "2027-01-01..2027-06-30" in r for r in got.reasons
    )
    assert not any(r.startswith("confirms: date") for r in got.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Acme now expects to take the decision in the second half of fiscal 2027.",
        "艾克美预计在2027财年下半年作出决定。",
    ],
)
def test_a_fiscal_half_is_a_label_not_this_years_half(text: str) -> None:
    got = judged(_decision(), text, published=_MAY)
    assert not any(r.startswith("confirms: date") for r in got.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Acme expects to take the decision in the second half.",
        "艾克美预计在下半年作出决定。",
    ],
)
def test_a_bare_half_is_still_this_years(text: str) -> None:
    got = judged(_decision(), text, published=_MAY)
    assert any(
        r.startswith("confirms: date") and "2026-07-01..2026-12-31" in r for r in got.reasons
    )


# --- 3. holidays as deadlines ------------------------------------------------------------------


def _by(last: str) -> ClaimRule:
    """Acme finishes its rollout by `last`."""
    return rule_under_test(
        id="acme-rollout",
        subject={"acme": ["Acme", "艾克美"]},
        window=1,
        when={"confirms": ["2026-05-01", last], "near": ["rollout", "完成", "finish"]},
    )


@pytest.mark.parametrize(
    "text",
    [
        "Acme says it will finish the rollout by Christmas.",
        "Acme will finish the rollout before Christmas.",
        "艾克美表示将在圣诞节前完成。",
    ],
)
def test_christmas_is_the_end_of_december(text: str) -> None:
    got = judged(_by("2026-11-30"), text, published=_MAY)
    assert any("= 2026-12-25..2026-12-25" in r for r in got.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "艾克美表示将在春节前完成。",
        "Acme will finish the rollout before the Lunar New Year.",
    ],
)
def test_the_lunar_new_year_is_next_years_festival(text: str) -> None:
    published = dt.date(2026, 10, 15)  # the 2026 festival (February 17) is past: 2027's
    got = judged(_by("2026-12-31"), text, published=published)
    assert any("= 2027-02-06..2027-02-06" in r for r in got.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Acme's Christmas trading finished the rollout of its stores.",  # a season's noun
        "艾克美春节档完成了新片发行。",
    ],
)
def test_a_holiday_naming_a_season_is_no_date(text: str) -> None:
    got = judged(_by("2026-11-30"), text, published=_MAY)
    assert not any("2026-12-25" in r or "2027-02-06" in r for r in got.reasons)


# --- 4. an agreement's terms as the news -------------------------------------------------------

_OCT = dt.date(2026, 10, 15)


def _closure(near: list[str]) -> ClaimRule:
    """Acme closes its plant in April 2029."""
    return rule_under_test(
        id="acme-closure",
        subject={"plant": ["Bayfield", "贝菲尔德"]},
        window=1,
        when={"confirms": ["2029-04-01", "2029-04-30"], "near": near},
    )


@pytest.mark.parametrize(
    "text",
    [
        "Under the agreement, Bayfield will stay open to 30 April 2031, two years past its "
        "retirement date.",
        "根据协议，贝菲尔德电站将运行至2031年4月，比原退役日期晚两年。",
    ],
)
def test_an_agreements_terms_time_another_event(text: str) -> None:
    got = judged(_closure(["retirement", "退役"]), text, published=_OCT)
    assert got.stance is _X
    assert any(r.startswith("contradicts: date") for r in got.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Under the agreement, Bayfield will stay open to 30 April 2031, the signing said.",
        "根据协议，贝菲尔德电站将运行至2031年4月，签署仪式在悉尼举行。",
    ],
)
def test_an_agreements_terms_still_do_not_date_its_signing(text: str) -> None:
    got = judged(_closure(["signing", "签署"]), text, published=_OCT)
    assert not any(r.startswith("contradicts: date") for r in got.reasons)


# --- 5. a quoted date still times its cue ------------------------------------------------------


def _fid() -> ClaimRule:
    """Acme takes the final investment decision on Bayfield in 2026."""
    return rule_under_test(
        id="acme-fid-quoted",
        subject={"plant": ["Bayfield", "贝菲尔德"]},
        window=1,
        confirms=["take the final investment decision", "作出最终投资决定"],
        when={"confirms": ["2026-01-01", "2026-12-31"]},
    )


@pytest.mark.parametrize(
    "text",
    [
        'Acme will take the final investment decision on phase one of Bayfield "in the first half '
        'of calendar 2027".',
        "艾克美预计在“2027年上半年”对贝菲尔德作出最终投资决定。",
    ],
)
def test_a_quoted_date_after_the_object_times_the_cue(text: str) -> None:
    got = judged(_fid(), text, published=_MAY)
    assert not any(r.startswith("confirms: cue") for r in got.reasons)
    assert any("yields to its own date" in r for r in got.reasons)


@pytest.mark.parametrize(
    "text",
    [
        'Acme will take the final investment decision on Bayfield, it said, "and build in 2027".',
    ],
)
def test_a_quoted_date_in_another_clause_does_not_time_the_cue(text: str) -> None:
    got = judged(_fid(), text, published=_MAY)
    assert not any("yields to its own date" in r for r in got.reasons)
