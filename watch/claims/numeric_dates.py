"""Dates written in figures: the US month-first form of pricing files and FDA or CMS notices
("effective 07/01/2026", "7/1/26"), a day-first one where the first figure cannot be a month
("25/07/2026"), and the year-first forms ("2026/07/01", "2026-07-01", 2026/7/1生效).

Each is read as its month, as "July 1" is, and marked as a day. A date read is no amount: the
figures of "07/01/2026" no longer stand beside an amount `near` word as a count or a bare year.
A figure that could be no date stays unread: a fraction ("1/2 dose"), a month over 12, a day over
31, a two-digit year outside 20-49 ("3/4/99"). Patterns for `dates`, over normalised text.
"""

from __future__ import annotations

import re
from datetime import date

from watch.claims.day_first import DAY_FIRST_HANDLER
from watch.claims.periods import Pattern, month_span, triggered

_EDGE_BEFORE = r"(?<![\d/.\-])"
_EDGE_AFTER = r"(?![\d%]|[/.\-]\d)"
_M = r"(?P<m>0?[1-9]|1[0-2])"
_D = r"(?P<d>0?[1-9]|[12]\d|3[01])"


def _month_first(m: re.Match[str], pub: date) -> tuple[date, date] | None:
    year = int(m.group("y"))
    year = year if year > 99 else 2000 + year
    first, second = int(m.group("a")), int(m.group("b"))
    month = first if first <= 12 else second  # 25/07/2026: the day first, as only it can be
    if month > 12 or max(first, second) > 31:
        return None
    return month_span(year, month, month)


def _year_first(m: re.Match[str], pub: date) -> tuple[date, date] | None:
    return month_span(int(m.group("y")), int(m.group("m")), int(m.group("m")))


NUMERIC_DATES: list[Pattern] = [
    (
        triggered(
            r"\d/\d{1,2}/\d",
            _EDGE_BEFORE + r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>20[0-4]\d|[2-4]\d)" + _EDGE_AFTER,
        ),
        _month_first,
    ),
    *(  # one pattern per separator: "2026/07/01", "2026-07-01", never "2026/07-01"
        (
            triggered(
                r"20\d\d" + sep + r"\d",
                _EDGE_BEFORE + r"(?P<y>20[0-4]\d)" + sep + _M + sep + _D + _EDGE_AFTER,
            ),
            _year_first,
        )
        for sep in ("/", "-")
    ),
]
# A Chinese day after its month: 3月30日 (the span ends before 30日); "march 30": `DAY_AFTER`.
DAY_ZH = re.compile(r"\s?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?[日号]")
# the handlers whose every date is a day's: "20 March" (`day_first`) and these
DAY_HANDLERS = (DAY_FIRST_HANDLER, _month_first, _year_first)
