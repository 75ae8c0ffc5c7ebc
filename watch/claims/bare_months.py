"""A month named as a date ("October", "next March", 10月, 明年3月; `month_in`, `month_zh`) and
the year of one named without a year: the publication's, the next when the month has passed and
a verb before it moves the event later ("extended to March", 延至3月), or the last when the month
is still ahead and the sentence tells it as done. Handlers for `dates`' patterns."""

from __future__ import annotations

import re
from datetime import date

from watch.claims.periods import MONTHS, month_number, month_span, told_past, year_of

# A bare month after a verb that moves an event later ("extended to March", "delays the cut to
# January", 延至3月) is the next such month: a deadline is not pushed into the past.
_FORWARD = re.compile(
    r"(?:extended|extends|pushed|pushes|pushed back|delayed|delays|postponed|postpones|moved|"
    r"moves|slipped|slips|deferred|defers|rescheduled)\s+(?:[\w'-]+\s+){0,4}(?:to|until|till)\s+$|"
    r"(?:延至|延到|延长至|延长到|推迟至|推迟到|推延至|延后至|延后到|延期至|延期到|顺延至|顺延到|改至|改到)$"
)


def _forward(m: re.Match[str], pub: date, month: int) -> int:
    """The year of a bare month: the publication's, the next when the month has passed and
    a verb before it moves the event later, or the last when the month is still ahead and a
    verb in the past tense tells it as done."""
    before = m.string[max(0, m.start() - 56) : m.start()]
    if month < pub.month and _FORWARD.search(before):
        return pub.year + 1
    if month > pub.month and told_past(m):
        return pub.year - 1
    return pub.year


def month_in(m: re.Match[str], pub: date) -> tuple[date, date]:
    before = m.string[max(0, m.start() - 5) : m.start()]
    month = MONTHS[m.group("m")]
    year = m.groupdict().get("year")
    if year:
        y = int(year)
    elif "next" in before or "last" in before:
        y = pub.year + (1 if "next" in before else -1)
    else:
        y = _forward(m, pub, month)
    return month_span(y, month, month)


def month_zh(m: re.Match[str], pub: date) -> tuple[date, date]:
    name = m.group("m")
    month = month_number(name)
    if not 1 <= month <= 12:
        raise ValueError(name)
    year, rel = m.group("year"), m.group("rel")
    y = int(year) if year else year_of(rel, pub) if rel else _forward(m, pub, month)
    return month_span(y, month, month)
