"""Dates that belong to another act or another metric (`claims/act_dates.py`): a meeting's date,
a telling dated "this month", an operating figure's period, a date before a recall word (曾,
"had said"), and a ", which ..." aside recalled by its past date, figures included. Each with
the near misses that keep the date (or the figure) as the claim's."""

from __future__ import annotations

import datetime as dt

import pytest
from claimkit import judged, rule_under_test

from watch.claims.rules import ClaimRule
from watch.models import Stance

PUBLISHED = dt.date(2026, 3, 31)


def split_rule() -> ClaimRule:
    """Acme splits its shares in 2026 (from late January): the split word confirms, and a date
    beside it inside the window confirms."""
    return rule_under_test(
        id="acme-split",
        subject={"acme": ["Acme", "艾克美"], "split": ["split", "拆股"]},
        confirms=["split", "拆股"],
        when={"confirms": ["2026-01-20", "2026-12-31"], "near": ["split", "拆股"]},
    )


def date_rule() -> ClaimRule:
    """The same split timed by the second quarter only: a date is the only evidence."""
    return rule_under_test(
        id="acme-split-q2",
        subject={"acme": ["Acme", "艾克美"], "split": ["split", "拆股"]},
        when={"confirms": ["2026-04-01", "2026-06-30"]},
    )


def payout_rule() -> ClaimRule:
    """Acme cuts its dividend to about EGP 1.00."""
    return rule_under_test(
        id="acme-payout",
        subject={"acme": ["Acme", "艾克美"], "dividend": ["dividend", "股息"]},
        confirms=["cut", "削减"],
        amount={"near": ["dividend", "股息"], "confirms": [0.8, 1.2], "currency": "EGP"},
    )


def _stance(rule: ClaimRule, text: str, title: str = "") -> Stance:
    return judged(rule, text, title=title, published=dt.date(2026, 6, 18)).stance


@pytest.mark.parametrize(
    "text",
    [
        "Acme convenes an extraordinary general meeting for June 30 to vote on a share split.",
        "Acme will put the split to shareholders at its annual general meeting on June 5.",
        "艾克美6月30日召开股东会，审议拆股。",
        "艾克美6月5日年度股东会将审议拆股议案。",
    ],
)
def test_a_meetings_date_times_the_meeting(text: str) -> None:
    assert _stance(date_rule(), text) is Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "Acme said the split will take effect on June 30.",
        "艾克美表示，拆股将于6月30日生效。",
        # the meeting is the event itself when the rule's event word names it
        "Acme's shareholders approved the split at a meeting, effective June 30.",
    ],
)
def test_the_events_own_date_still_confirms(text: str) -> None:
    assert _stance(date_rule(), text) is Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "Acme said this month it wants the split in place before the end of the year.",
        "Acme told investors this month it wants a split.",
        "艾克美本月表示希望尽快完成拆股。",
    ],
)
def test_a_telling_dated_this_month_times_the_telling(text: str) -> None:
    assert _stance(date_rule(), text) is Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "Acme completed the split this month.",
        "艾克美本月完成拆股。",
    ],
)
def test_an_act_dated_this_month_confirms(text: str) -> None:
    assert _stance(date_rule(), text) is Stance.CONFIRMS


def test_an_operating_metrics_period_times_the_figure() -> None:
    title = "艾克美二季度客运量增长9% 称暂无再次拆股计划"
    assert _stance(date_rule(), "", title=title) is Stance.MENTIONS
    text = "In the second quarter passenger traffic rose 9% at Acme, which has no split planned."
    assert _stance(date_rule(), text) is Stance.MENTIONS


def test_a_period_before_the_event_word_still_confirms() -> None:
    assert _stance(date_rule(), "", title="艾克美二季度完成拆股") is Stance.CONFIRMS
    text = "In the second quarter Acme completed its share split."
    assert _stance(date_rule(), text) is Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "艾克美全年交付约15万辆，集团年初曾提出拆股。",
        "艾克美2月此前已提出拆股方案。",
        "Acme in February had said it would split its shares.",
        "In February, Acme had said it would split its shares.",
    ],
)
def test_a_date_before_a_recall_word_is_background(text: str) -> None:
    assert judged(split_rule(), text, published=PUBLISHED).stance is Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "艾克美年初完成拆股。",
        "Acme in February split its shares.",
        # the recall word opens a clause of its own: the fresh date stays
        "Acme completed the split in March, previously planned for February.",
        "艾克美3月完成拆股，此前曾提出2月拆股。",
    ],
)
def test_a_fresh_date_before_another_clause_still_confirms(text: str) -> None:
    assert judged(split_rule(), text, published=PUBLISHED).stance is Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        # ("for 2025" alone names the dividend's fiscal year, not when it was cut: `terms`)
        "Acme, which in 2025 cut its dividend to EGP 1.00 a share, said it has no plans for "
        "an interim payout.",
        "Acme, which cut its dividend last year to EGP 1.00 a share, said it has no plans for "
        "an interim payout.",
        "艾克美2025年将股息削减至每股1.00埃及镑，并表示今年不派中期股息。",
    ],
)
def test_a_recalled_aside_takes_its_figure_with_it(text: str) -> None:
    assert judged(payout_rule(), text).stance is Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "Acme, which cut its dividend on Tuesday to EGP 1.00 a share, said shares fell.",
        "Acme cut its dividend to EGP 1.00 a share, the bank said.",
        "艾克美宣布将股息削减至每股1.00埃及镑。",
    ],
)
def test_a_fresh_cut_and_its_figure_still_confirm(text: str) -> None:
    assert judged(payout_rule(), text).stance is Stance.CONFIRMS


def test_a_date_before_as_previously_keeps_its_reading() -> None:
    # the old date of a moved plan: "rather than" denies it, and "as previously disclosed" only
    # refers back to it (it times no recalled act of its own)
    text = (
        "Acme now expects the split in the third quarter, rather than in the second quarter as "
        "previously disclosed."
    )
    assert _stance(date_rule(), text) is Stance.CONTRADICTS
