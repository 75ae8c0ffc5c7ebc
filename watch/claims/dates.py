"""Time expressions in English and Chinese -> date windows, relative to a publication date.

    Q4 2026, the fourth quarter, second half of (calendar) 2026, H2, October, Oct. 2026, March 20,
    20 March (`day_first`), by Christmas, before the Lunar New Year, 圣诞节前, 春节前 (`holidays`),
    2027, late 2026, early next year, mid-2026, this fall, by year-end, later this year, this week,
    第四季度, 明年第一季度, 下半年, 2027年, 10月, 年底, 年内, 今年秋季, 本周, before the autumn,
    by the summer break, 入秋前, until 2091, 至2096年 (`far_years`)

`find_dates` works on normalised text (`text.normalise`): offsets are into the original. Each
span is inclusive; a label (FY2025, 2025年度) is no date, a month's end its day (`terms`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from watch.claims.bare_months import month_in, month_zh
from watch.claims.day_first import DAY_AFTER, DAY_FIRST
from watch.claims.far_years import FAR_YEARS
from watch.claims.holidays import HOLIDAY_GATE, HOLIDAYS
from watch.claims.numeric_dates import DAY_HANDLERS, DAY_ZH, NUMERIC_DATES
from watch.claims.periods import (
    MONTH_AHEAD,
    MONTH_TOKEN,
    MONTH_WORDS,
    ORDINALS,
    PERIODS,
    YEAR_EN,
    YEAR_KIND,
    YEAR_ZH,
    Handler,
    Pattern,
    half_span,
    month_number,
    month_span,
    told_past,
    triggered,
    year_of,
)
from watch.claims.terms import month_end, term_spans

_SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "fall": (9, 11),
    "autumn": (9, 11),
    "winter": (12, 14),
    "春季": (3, 5),
    "春天": (3, 5),
    "夏季": (6, 8),
    "夏天": (6, 8),
    "秋季": (9, 11),
    "秋天": (9, 11),
    "冬季": (12, 14),
    "春": (3, 5),  # 入春, 入夏, 入秋, 入冬: the season's coming
    "夏": (6, 8),
    "秋": (9, 11),
    "冬": (12, 14),
}


@dataclass(frozen=True)
class DateSpan:
    """A time expression and the window it names."""

    first: date
    last: date
    text: str
    start: int
    end: int
    day: bool = False  # a day of the month is written ("March 30", 3月30日): one day, not a month

    def describe(self) -> str:
        return f"{self.first.isoformat()}..{self.last.isoformat()}"


def _quarter(m: re.Match[str], pub: date) -> tuple[date, date]:
    q = ORDINALS[m.group("q") or m.group("q2")]
    return month_span(year_of(m.groupdict().get("year"), pub), 3 * q - 2, 3 * q)


def _month(m: re.Match[str], pub: date) -> tuple[date, date]:
    name = m.group("m")
    month = month_number(name)
    if not 1 <= month <= 12:
        raise ValueError(name)
    year = m.groupdict().get("year")
    if not year and month > pub.month and told_past(m):  # "signed on December 3", told in June
        return month_span(pub.year - 1, month, month)
    return month_span(year_of(year, pub), month, month)


def _part(m: re.Match[str], pub: date) -> tuple[date, date]:
    year = year_of(m.groupdict().get("year"), pub)
    part = m.group("part")
    if part in ("late", "end of", "the end of", "year-end", "year end", "年底", "年末", "底"):
        end = "end" in part or "底" in part or "末" in part
        return month_span(year, 11 if end else 10, 12)
    if part in ("early", "年初", "初"):
        return month_span(year, 1, 3)
    if part in ("mid", "mid-", "年中"):
        return month_span(year, 5, 8)
    return month_span(year, 1, 12)


def _season(m: re.Match[str], pub: date) -> tuple[date, date]:
    first, last = _SEASONS[m.group("s")]
    return month_span(year_of(m.groupdict().get("year"), pub), first, last)


def _season_ahead(m: re.Match[str], pub: date) -> tuple[date, date]:
    """A season with no year ("before the autumn", "by the summer break", 入秋前): this year's,
    or next year's when this year's is over by publication and a bound word looks ahead."""
    first, last = _SEASONS[m.group("s")]
    ahead = m.string[max(0, m.start() - 8) : m.start()].rstrip().endswith(("before", "by"))
    year = pub.year + 1 if last < pub.month and ahead else pub.year
    if last > 12 and pub.month <= 2:
        year -= 1  # "over the winter", told in January: the winter now
    return month_span(year, first, last)


def _later_this_year(m: re.Match[str], pub: date) -> tuple[date, date]:
    return pub, date(pub.year, 12, 31)


def _whole_year(m: re.Match[str], pub: date) -> tuple[date, date]:
    return month_span(year_of(m.groupdict().get("year"), pub), 1, 12)


def _year_end(m: re.Match[str], pub: date) -> tuple[date, date]:
    return month_span(year_of(m.groupdict().get("year"), pub), 11, 12)


def _quarter_short(m: re.Match[str], pub: date) -> tuple[date, date]:
    year = m.groupdict().get("year")
    y = m.group("rel") if not year else (year if len(year) == 4 else f"20{year}")
    q = int(m.group("q"))
    return month_span(year_of(y, pub), 3 * q - 2, 3 * q)


def _quarter_either(m: re.Match[str], pub: date) -> tuple[date, date]:
    q = ORDINALS[m.group("q")]
    year = m.group("year") or m.group("rel") or m.group("year0")  # "Q4 next year", "2027's Q1"
    return month_span(year_of(year, pub), 3 * q - 2, 3 * q)


def _season_rel(m: re.Match[str], pub: date) -> tuple[date, date]:
    first, last = _SEASONS[m.group("s")]
    return month_span(year_of(f"{m.group('year')} year", pub), first, last)


def _whole_year_rel(m: re.Match[str], pub: date) -> tuple[date, date]:
    if m.groupdict().get("year") == "年内":
        return pub, date(pub.year, 12, 31)
    return _whole_year(m, pub)


_PATTERNS: list[Pattern] = [
    (
        triggered(
            "q[1-4]",
            r"(?<![a-z0-9])q(?P<q>[1-4])(?:[\s'’-]*(?P<year>20\d\d|\d\d(?!\d))"
            r"|\s+(?:of\s+)?(?P<rel>this year|next year|last year|the next year|(?<=of )20\d\d))?"
            r"(?![a-z0-9])",
        ),
        _quarter_short,
    ),
    (
        triggered(
            "quarter",
            r"(?:(?P<year0>20\d\d|this year|next year|last year)(?:'s)?\s+)?(?:the\s+)?"
            r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter"
            r"(?:\s+of\s+" + YEAR_EN + r"|\s+(?P<rel>this year|next year|last year))?",
        ),
        _quarter_either,
    ),
    (
        triggered("季", YEAR_ZH + r"?(?:第(?P<q>[一二三四1-4])季度?|(?P<q2>[一二三四1-4])季度)"),
        _quarter,
    ),
    (
        triggered(
            "half",
            r"(?:the\s+)?(?P<h>first|second|1st|2nd|front|back|latter)\s+half"
            r"(?:\s+(?:of\s+)?(?:" + YEAR_KIND + YEAR_EN + r"|(?:the|its)\s+(?P<year2>20\d\d)\s+"
            r"(?:calendar|fiscal|financial)\s+year))?",
        ),
        half_span,
    ),
    (
        triggered(
            MONTH_TOKEN,
            MONTH_AHEAD
            + r"(?<![a-z])(?P<m>january|february|april|june|july|august|september|october"
            r"|november|december)(?![a-z])(?:\s+(?P<year>20\d\d))?",
        ),
        month_in,
    ),
    (
        triggered(
            "h[12]",
            r"(?<![a-z0-9])h(?P<h>[12])(?:[\s'-]*(?P<year>20\d\d|[23]\d(?!\d)))?(?![a-z0-9])",
        ),
        half_span,
    ),
    (triggered("半年", YEAR_ZH + r"?(?P<h>上|下)半年"), half_span),
    (
        triggered(
            "late|early|mid|end of",
            r"(?P<part>late|early|mid-|mid|the end of|end of)\s*(?:of\s+)?" + YEAR_EN,
        ),
        _part,
    ),
    (triggered("year", r"(?:by\s+)?(?P<part>year-end|year end)(?:\s+(?P<year>20\d\d))?"), _part),
    (triggered("year", r"(?:by\s+)?(?:the\s+)?end of the year"), _year_end),
    (triggered("年", YEAR_ZH + r"?(?P<part>年底|年末|年初|年中)"), _part),
    (triggered("年", r"(?P<year>20\d\d年|今年|明年|去年|后年)(?P<part>底|末|初)"), _part),
    (
        triggered(
            "this year|今年", r"later this year|this year's second half|今年(?:稍晚|晚些时候|稍后)"
        ),
        _later_this_year,
    ),
    (
        triggered(
            "spring|summer|fall|autumn|winter",
            r"(?P<year>this|next|last)\s+(?P<s>spring|summer|fall|autumn|winter)",
        ),
        _season_rel,
    ),
    (
        triggered(
            "spring|summer|fall|autumn|winter",
            r"(?P<s>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<year>20\d\d)",
        ),
        _season,
    ),
    # British and Brussels copy: "before the autumn", "by the summer (break)", "in the spring".
    # Not "fall": "after the fall in shares" is no season ("this fall" is read above). Not after
    # "until": "delayed launching V4 until the summer" is read as the delay, with no date.
    (
        triggered(
            "spring|summer|autumn|winter",
            r"(?:(?<=before )|(?<=by )|(?<=in )|(?<=after )|(?<=over )"
            r"|(?<=during )|(?<=through ))(?:the\s+)?(?P<s>spring|summer|autumn|winter)"
            r"(?:\s+(?:break|recess|holidays?))?(?![a-z-])",
        ),
        _season_ahead,
    ),
    (triggered("入[春夏秋冬]", r"入(?P<s>[春夏秋冬])(?![季天]|以来)"), _season_ahead),
    (triggered("[春夏秋冬]", YEAR_ZH + r"?(?P<s>春季|春天|夏季|夏天|秋季|秋天|冬季)"), _season),
    (
        triggered(
            MONTH_TOKEN,
            MONTH_AHEAD
            + r"(?:(?<=in )|(?<=by )|(?<=to )|(?<=until )|(?<=since )|(?<=from )|(?<=early )"
            r"|(?<=late )|(?<=mid-)|(?<=through )|(?<=before )|(?<=after )|(?<=this )|(?<=next )"
            r"|(?<=last )|(?<=of )|(?<=for ))(?P<m>"
            + MONTH_WORDS
            + r")\.?(?![a-z])(?:\s+(?P<year>20\d\d))?",
        ),
        month_in,
    ),
    (
        triggered(
            MONTH_TOKEN,
            MONTH_AHEAD
            + r"(?<![a-z])(?P<m>"
            + MONTH_WORDS
            + r")\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
            r"(?P<year>20\d\d)(?!\d)",
        ),
        _month,
    ),
    (
        triggered(
            MONTH_TOKEN,
            MONTH_AHEAD
            + r"(?<![a-z])(?P<m>"
            + MONTH_WORDS
            + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?(?![\d:])",
        ),
        _month,
    ),
    (
        triggered(
            "月",
            r"(?:(?P<year>20\d\d)年|(?P<rel>今年|明年|去年))?(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])\s?月",
        ),
        month_zh,
    ),
    (
        triggered(r"20[1-4]\d", r"(?<![\d.,$])(?P<year>20[1-4]\d)(?!\d|%| ?年\d|-\d)年?(?![\d月])"),
        _whole_year,
    ),
    (
        triggered("year|年", r"(?P<year>this year|next year|last year|今年|明年|去年|年内)"),
        _whole_year_rel,
    ),
    *DAY_FIRST,  # "20 March", "the 20th of March" (`day_first`)
    *PERIODS,
    *HOLIDAYS,
    *FAR_YEARS,
    *NUMERIC_DATES,  # 07/01/2026, 2026-07-01 (`numeric_dates`)
]


# Every pattern above needs one of these; most sentences have none, and skip the rest.
_ANY = re.compile(
    r"\d|q[1-4]|h[12]|quarter|half|year|month|spring|summer|fall|autumn|winter|"
    + MONTH_WORDS
    + r"|week|[季年月周]|星期|半年|[春夏秋冬][季天]|入[春夏秋冬]|"
    + HOLIDAY_GATE
)

# The patterns in order, each with its trigger's index: a shared trigger is searched for once.
_TRIGGERS: list[re.Pattern[str]] = []
_PLAN: list[tuple[int, re.Pattern[str], Handler]] = []
for (_trigger, _pattern), _handler in _PATTERNS:
    _texts = [t.pattern for t in _TRIGGERS]
    if _trigger.pattern not in _texts:
        _TRIGGERS.append(_trigger)
        _texts.append(_trigger.pattern)
    _PLAN.append((_texts.index(_trigger.pattern), _pattern, _handler))


def find_dates(
    norm: str, published: date, start: int = 0, end: int | None = None
) -> list[DateSpan]:
    """Time expressions in norm[start:end] (normalised text), resolved against `published`.

    Overlapping matches keep the longest ("20 March" over "march"). Never raises on odd input."""
    end = len(norm) if end is None else end
    found: list[DateSpan] = []
    if not _ANY.search(norm, start, end):
        return found
    triggered: list[bool | None] = [None] * len(_TRIGGERS)
    for t, pattern, handler in _PLAN:
        seen = triggered[t]
        if seen is None:
            seen = triggered[t] = _TRIGGERS[t].search(norm, start, end) is not None
        if not seen:
            continue
        for m in pattern.finditer(norm, start, end):
            if not m.group().strip():
                continue
            try:
                window = handler(m, published)
            except (ValueError, KeyError, IndexError, OverflowError):
                continue
            if window:
                day = handler in DAY_HANDLERS or DAY_AFTER.search(m.group()) is not None
                day = day or DAY_ZH.match(norm, m.end()) is not None
                if not day and month_end(norm, m.start(), m.end(), window):
                    day = True  # "at the end of June": its last day, as "June 30" is read
                found.append(DateSpan(window[0], window[1], m.group(), m.start(), m.end(), day))
    terms = term_spans(norm, start, end, published)
    found = [d for d in found if not any(a <= d.start and d.end <= b for a, b in terms)]
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[DateSpan] = []
    for span in found:
        if kept and span.start < kept[-1].end:
            if span.end - span.start > kept[-1].end - kept[-1].start:
                kept[-1] = span
            continue
        kept.append(span)
    return kept


def overlap(span: DateSpan, first: date, last: date) -> float:
    """The share of `span`'s days that fall inside [first, last]: 1.0 inside, 0.0 disjoint."""
    lo, hi = max(span.first, first), min(span.last, last)
    if lo > hi:
        return 0.0
    return ((hi - lo).days + 1) / ((span.last - span.first).days + 1)
