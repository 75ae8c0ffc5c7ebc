"""Far-future years read as dates where a bound word times them: "until 2091", "to 2096",
"through 2096", "in 2091", "past 2100", "ending in 2091", 至2096年, 到2091年, 延至2091年.

`dates` reads a bare year 2010-2049 anywhere; a later one (a concession's, a lease's or a
licence's end) only after these words, so a bare count ("2091 units", "from 1800 to 2091") is
not taken for a year. Patterns for `dates`, over normalised text.
"""

from __future__ import annotations

import re
from datetime import date

from watch.claims.periods import Pattern, month_span, triggered

# A count, not a year: a plural noun after the number ("2091 units"), unless a verb or
# function word ("2091 was", "as", "this", "its").
_COUNT_AFTER = re.compile(
    r"\s+(?!(?:was|has|is|as|this|its|us|plus|less)(?![a-z]))[a-z]+s(?![a-z])"
)
# A figure's end ("from 1,800 to 2091", "up 4% to 2096"): a number just before the bound word.
_FIGURE_BEFORE = re.compile(r"[\d%]\s+(?:[a-z]+\s+){1,2}$")


def _far_year(m: re.Match[str], pub: date) -> tuple[date, date] | None:
    if _COUNT_AFTER.match(m.string, m.end()):
        return None
    if _FIGURE_BEFORE.search(m.string, max(0, m.start() - 24), m.start()):
        return None
    return month_span(int(m.group("year")), 1, 12)


_AFTER_EN = "".join(
    f"(?<={w} )" + "|" for w in ("until", "till", "to", "through", "thru", "in", "past", "beyond")
)[:-1]
_AFTER_ZH = "(?<=至)|(?<=到)"  # 至, 到, 延至, 直至, 延长到, 延長至
_YEAR = r"(?P<year>20[5-9]\d|21\d\d)"

FAR_YEARS: list[Pattern] = [
    (triggered(r"2[01]\d\d", f"(?:{_AFTER_EN}){_YEAR}" + r"(?![\d%]|[.,]\d)"), _far_year),
    (triggered(r"2[01]\d\d年", f"(?:{_AFTER_ZH}){_YEAR}年(?![\\d度])"), _far_year),
]
