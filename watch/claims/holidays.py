"""Holidays that news uses as deadlines: "by Christmas", "before Christmas", 圣诞节前, 春节前,
"before Lunar New Year", 农历新年前. Each is read as its day (December 25; the Lunar New Year's
day of that year), so a bound "by Christmas" times an event as "by the end of December" does.
Patterns for `dates`, over normalised text.
"""

from __future__ import annotations

import re
from datetime import date

from watch.claims.periods import Pattern, told_past, triggered

# The first day of the Lunar New Year (春节), which moves between late January and mid-February.
_LUNAR_NEW_YEAR = {
    2020: date(2020, 1, 25),
    2021: date(2021, 2, 12),
    2022: date(2022, 2, 1),
    2023: date(2023, 1, 22),
    2024: date(2024, 2, 10),
    2025: date(2025, 1, 29),
    2026: date(2026, 2, 17),
    2027: date(2027, 2, 6),
    2028: date(2028, 1, 26),
    2029: date(2029, 2, 13),
    2030: date(2030, 2, 3),
    2031: date(2031, 1, 23),
    2032: date(2032, 2, 11),
    2033: date(2033, 1, 31),
    2034: date(2034, 2, 19),
    2035: date(2035, 2, 8),
}
_YEAR_WORDS = {"last": -1, "去年": -1, "next": 1, "明年": 1, "this": 0, "今年": 0}
# "by/before Christmas", 春节前: a bound that looks ahead
# a bound that looks ahead: "by/before Christmas", 春节前, 春节之前 (the next one, if this
# year's is gone by publication)
_AHEAD_BEFORE = re.compile(r"(?<![a-z])(?:by|before|until|till|ahead of)\s+$")
_AHEAD_AFTER = re.compile(r"\s*(?:之前|以前|前)")


def _year(m: re.Match[str], pub: date, day_of: dict[int, date] | None) -> int | None:
    """The holiday's year: written (2026年春节, "Christmas 2026", "next Christmas"), else the
    publication's, or the next when that one is past and a bound word looks ahead."""
    written = m.group("year")
    if written:
        return int(written[:4]) if written[:4].isdigit() else pub.year + _YEAR_WORDS[written]
    year = pub.year
    this = day_of[year] if day_of else date(year, 12, 25)
    ahead = _AHEAD_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) or (
        _AHEAD_AFTER.match(m.string, m.end())
    )
    if this < pub and ahead and not told_past(m):
        return year + 1
    return year


def _christmas(m: re.Match[str], pub: date) -> tuple[date, date] | None:
    year = _year(m, pub, None)
    return None if year is None else (date(year, 12, 25), date(year, 12, 25))


def _new_year(m: re.Match[str], pub: date) -> tuple[date, date] | None:
    year = _year(m, pub, _LUNAR_NEW_YEAR)
    day = _LUNAR_NEW_YEAR.get(year) if year is not None else None
    return None if day is None else (day, day)


# A trigger word every sentence with a holiday has (the date gate in `dates` lists them too)
HOLIDAY_GATE = r"christmas|xmas|圣诞|lunar new year|chinese new year|spring festival|春节|农历新年"

# Only as a bound or a time ("by Christmas", "over the Lunar New Year", 春节前, 圣诞节期间): a
# holiday as a noun's season ("Christmas trading", 春节档票房) names no date of an event.
_BOUND_EN = (
    r"(?:(?<=by )|(?<=before )|(?<=until )|(?<=till )|(?<=of )|(?<=for )|(?<=after )|(?<=over ))"
)
_YEAR_EN = r"(?:(?:the\s+)?(?P<year>this|next|last)(?:\s+year's)?\s+|the\s+)?"
_YEAR_ZH = r"(?P<year>20\d\d年|今年|明年|去年)?"
_BOUND_ZH = r"(?=之?前|以前|之?后|期间|假期|长假)"

HOLIDAYS: list[Pattern] = [
    (
        triggered("christmas|xmas", _BOUND_EN + _YEAR_EN + r"(?:christmas|xmas)(?![a-z])"),
        _christmas,
    ),
    (
        triggered(
            "lunar new year|chinese new year|spring festival",
            _BOUND_EN + _YEAR_EN + r"(?:lunar new year|chinese new year|spring festival)",
        ),
        _new_year,
    ),
    (triggered("圣诞", _YEAR_ZH + r"圣诞节?" + _BOUND_ZH), _christmas),
    (triggered("春节|农历新年", _YEAR_ZH + r"(?:春节|农历新年)" + _BOUND_ZH), _new_year),
]
