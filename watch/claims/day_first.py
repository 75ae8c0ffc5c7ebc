"""Dates written day first, as British, Irish, Australian, Indian and Gulf copy writes them:
"20 March", "on 20 March 2026", "20th March", "the 20th of March", "20-21 March", "by 30 June".

Each is read as its month-first twin is ("March 20": the month's window, with `day` set), its
text running from the day. A number that is no day is not read: one of three digits or more
("the 737 March deliveries"), a figure ("$5", "2.5"), or one above 31. "March" and "May" are
verbs and modals too ("some 20 march on", "the top 2 may merge"): after a bare number they are
read only with a year, an ordinal ("20th"), a date's lead word ("on", "by", "before") or a stop
after them.

`day_number` reads the day from a day-marked date's text either way round.
"""

from __future__ import annotations

import re
from datetime import date

from watch.claims.periods import (
    MONTH_TOKEN,
    MONTH_WORDS,
    Pattern,
    month_number,
    month_span,
    told_past,
    triggered,
    year_of,
)

_ORD = r"(?:st|nd|rd|th)?"
_DAY_FIRST = re.compile(
    r"(?<![\d.,$£€¥#/:-])(?:the\s+)?(?P<d>\d{1,2})(?P<ord>st|nd|rd|th)?"
    r"(?:\s*(?:-|–|to)\s*(?P<d2>\d{1,2})" + _ORD + r")?"
    r"(?:(?<=[a-z])\s+of)?\s+(?P<m>" + MONTH_WORDS + r")\.?(?![a-z-])"
    r"(?:,?\s+(?P<year>20\d\d)(?!\d))?"
)
# Before a bare number, the words that make "20 March" / "2 May" a date and not a verb.
_LEAD = re.compile(
    r"(?<![a-z])(?:on|by|before|after|until|till|from|since|to|between|and|of|as of|dated|"
    r"through|effective|due)\s+$"
)
_VERBAL = ("march", "mar", "may")


def _day_first(m: re.Match[str], pub: date) -> tuple[date, date] | None:
    month = month_number(m.group("m"))
    days = [int(m.group("d"))] + ([int(m.group("d2"))] if m.group("d2") else [])
    if not 1 <= month <= 12 or not all(1 <= d <= 31 for d in days):
        return None
    year = m.group("year")
    if m.group("m") in _VERBAL and not (year or m.group("ord")):
        after = m.string[m.end() : m.end() + 1]
        lead = _LEAD.search(m.string, max(0, m.start() - 12), m.start())
        if lead is None and after not in ("", ",", ".", ";", ":", ")"):
            return None
    if not year and month > pub.month and told_past(m):  # "signed on 3 December", told in June
        return month_span(pub.year - 1, month, month)
    return month_span(year_of(year, pub), month, month)


DAY_FIRST: list[Pattern] = [(triggered(MONTH_TOKEN, _DAY_FIRST.pattern), _day_first)]
DAY_FIRST_HANDLER = _day_first
# A day written after its month, in a match's text: "march 30", "mar. 3rd".
DAY_AFTER = re.compile(r"[a-z]\.?\s+\d{1,2}" + _ORD + r"(?!\d)")

# The day of a date written with one: after its month ("april 9", "mar. 3rd") or before it
# ("9 april", "the 9th of april").
_DAY_NUMBER = re.compile(
    r"^(?:the\s+)?(?P<first>\d{1,2})" + _ORD + r"(?:\s*(?:-|–|to)\s*\d{1,2}" + _ORD + r")?"
    r"(?:\s+of)?\s+[a-z]|[a-z]\.?\s+(?P<after>\d{1,2})" + _ORD + r"(?!\d)"
)


def day_number(text: str) -> int | None:
    """The day of the month written in a date's text, either way round, else None."""
    m = _DAY_NUMBER.search(text)
    return None if m is None else int(m.group("first") or m.group("after"))
