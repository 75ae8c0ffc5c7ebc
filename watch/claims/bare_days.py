"""A day of the month written without its month (24日宣布, 将于27日复工, 本月24号): Chinese news
names the days of the current weeks so, and the reader takes the month from the dateline. A day
told as done is the latest such day not after publication (24日 in a 25 April piece is 24 April,
28日 is 28 March); one a future word governs (将于27日, 预计30日) the next such day on or after
it. Pure helpers for `late`, over normalised text.
"""

from __future__ import annotations

import re
from datetime import date

from watch.claims.periods import month_step

# not inside a full date (4月24日, 2026/4/24, 24日至26日 is two days) and not a count (24日内)
BARE_DAY = re.compile(r"(?<![0-9月年/.\-])(?P<bare>[0-9]{1,2})[日号](?![0-9内])")
_FUTURE = re.compile(r"(?:将于|将在|将|会于|会在|预计|计划|拟于|拟|有望)$")


def bare_day(norm: str, m: re.Match[str], published: date) -> date | None:
    """The calendar day a `BARE_DAY` match names, from the publication date, else None."""
    n = int(m.group("bare"))
    ahead = _FUTURE.search(norm, max(0, m.start() - 3), m.start()) is not None
    year, month = published.year, published.month
    for _ in range(3):  # a day the month lacks (31日 in April) tries the month before/after
        try:
            day = date(year, month, n)
        except ValueError:
            day = None
        if day is not None and (day >= published if ahead else day <= published):
            return day
        year, month = month_step(year, month, 1 if ahead else -1)
    return None
