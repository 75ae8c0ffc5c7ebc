"""Periods named by a label rather than a moment: a fiscal year or a term (FY2025, "for fiscal
2025", 2025年度, 2025财年, 2025年末期股息, a deal "for 2026-2027") names what a figure or a deal
is for, not when the act happened, so no year in it is read as a date; and a level at a month's
end ("stood at 9.6 billion euros at the end of June", 截至3月底) is the level on that day, not a
month gone by. Pure helpers for `dates`, over normalised text.
"""

from __future__ import annotations

import re
from datetime import date

from watch.claims.false_markers import PAYOUT_FOR
from watch.claims.periods import fiscal_ranges

# A half of a fiscal year is its label too ("the second half of fiscal 2027", 2027财年下半年): a
# fiscal half is no calendar half, and this year's "second half" it is not.
_HALF_OF = (
    r"(?:(?:the\s+)?(?:first|second|1st|2nd|back|front|latter)\s+half\s+of\s+(?:its\s+|the\s+)?)?"
)
# A fiscal year named as such, English and Chinese: "fiscal 2025", "fiscal year 2025", "FY2025",
# "FY25", "financial year 2025", "the 2025 fiscal year", 2025年度, 2025财年, 2025财政年度. A
# reporting year's label: its dividend, results or budget are for it, whenever they are told.
# Not "by/before/until fiscal 2027" nor 2027财年前: a bound on an act is a date.
_FISCAL_YEAR = re.compile(
    r"(?<![a-z])(?<!by )(?<!before )(?<!until )(?<!through )"
    + _HALF_OF
    + r"(?:fy|fiscal(?:[\s-]+year)?|financial\s+year)\s*'?(?:20\d\d|\d\d)(?![\d%])"
    r"|(?<![\d.,$])" + _HALF_OF + r"20\d\d\s+(?:fiscal|financial)\s+year"
    r"|(?<![\d.,$])20\d\d\s*(?:年度|财年|财政年度|会计年度)(?![前内])(?:的?[上下]半(?:年|财年))?"
)
# A payout's own year in Chinese: 2025年末期股息, 2025年中期派息, 2025年分红.
_PAYOUT_YEAR_ZH = re.compile(
    r"(?<![\d.,$])20\d\d年(?:的)?(?:末期|中期|特别|全年)?(?:股息|派息|分红|利润分配)"
)
# A payout, result or budget followed, in its clause, by the year it is for: "a dividend of EUR
# 2.00 per share for 2025", "2.00 euros per share for last year", "the budget for 2027". The
# year after "for" names the period the figure belongs to.
_FOR_YEAR = re.compile(PAYOUT_FOR + r"(?P<year>last\s+year|20\d\d(?![\d%-]))")
# A deal's or a plan's span after "for": "pay and working conditions for 2026-2027", "a deal
# for 2026/27". Two years joined name a term, not a time in either.
_FOR_SPAN = re.compile(r"(?<![a-z])for\s+(?:the\s+)?(20\d\d\s*[-—–/]\s*(?:20)?\d\d)(?![\d%])")
# Cheap gates: most sentences have none of these.
_LABEL_GATE = ("fy", "fiscal", "financial year", "年度", "财年", "股息", "派息", "分红", "利润分配")
_FOR_GATE = ("dividend", "payout", "distribution", "share", "results", "earnings", "budget")


def term_spans(norm: str, start: int, end: int, published: date) -> list[tuple[int, int]]:
    """The spans in norm[start:end] that name a fiscal year or a term, not a date: fiscal-year
    ranges (`periods.fiscal_ranges`), a fiscal year's label, a payout's year, and a year or span
    after "for" that a payout, result, budget or deal is for (see above). A single year's label
    stays a date once its reporting season is over (`_in_season`): "which reduced its dividend
    for 2025", told in October 2026, recalls an old act."""
    spans = fiscal_ranges(norm, start, end)
    text = norm[start:end]
    if "20" not in text and "fy" not in text and "last year" not in text:
        return spans  # every label names its year so (most sentences: none)
    labels: list[tuple[int, int]] = []
    if any(g in text for g in _LABEL_GATE):
        labels += [m.span() for m in _FISCAL_YEAR.finditer(norm, start, end)]
        labels += [m.span() for m in _PAYOUT_YEAR_ZH.finditer(norm, start, end)]
    if "for " in text:
        if any(g in text for g in _FOR_GATE):
            labels += [m.span("year") for m in _FOR_YEAR.finditer(norm, start, end)]
        spans += [m.span(1) for m in _FOR_SPAN.finditer(norm, start, end)]
    return spans + [(a, b) for a, b in labels if _in_season(norm[a:b], published)]


_YEAR = re.compile(r"20\d\d|(?<=fy)\d\d|(?<=fy')\d\d|(?<=fiscal )\d\d|(?<=year )\d\d")
# A year's payouts and results are told in the months after it ends (a dividend proposed in
# February, approved at a May or June AGM): within half a year the label is the news's own.
_SEASON_DAYS = 183


def _in_season(label: str, published: date) -> bool:
    """Whether the year a label names ended no more than `_SEASON_DAYS` before publication."""
    m = _YEAR.search(label)
    if m is None:  # "last year"
        year = published.year - 1
    else:
        year = int(m.group()) if len(m.group()) == 4 else 2000 + int(m.group())
    return (published - date(year, 12, 31)).days <= _SEASON_DAYS


# A month's end written before or after the month: "at the end of June", "end-June", "by the end
# of March", 3月底, 3月末, 截至3月底. It is that last day: a level "at the end of June" told in
# July is the outcome on the day, not a month gone by.
_END_BEFORE = re.compile(r"(?<![a-z])end(?:\s+of|-)\s*$")
_END_AFTER = re.compile(r"\s?(?:底|末)(?!期)")


def month_end(norm: str, start: int, end: int, window: tuple[date, date]) -> bool:
    """Whether the month written at norm[start:end] (its `window`) is told as its last day (see
    above): one whole month, with an end word before or after it."""
    first, last = window
    if first.day != 1 or (first.year, first.month) != (last.year, last.month):
        return False
    return (
        _END_AFTER.match(norm, end) is not None
        or _END_BEFORE.search(norm, max(0, start - 12), start) is not None
    )


# A period's level used as a yardstick: "back towards last year's level", "below 2025's total",
# 回到去年的水平. The time word dates the yardstick a change is measured by, not the change
# (as "from 87% a year ago" dates only the baseline).
_YARDSTICK = re.compile(
    r"'s\s+(?:levels?|figures?|total|pace|rate|amount|high|peak|record)(?![a-z])"
    r"|的?(?:水平|水准|规模|高位)"
)


def yardstick_period(norm: str, end: int) -> bool:
    """Whether the time word ending at `end` is a yardstick's period (see above)."""
    return _YARDSTICK.match(norm, end) is not None
