"""A claim's own deadline, checked: a date that bounds an act by the claim's deadline ("had
re-entered service by the end of June", "was not done by June 30", 已于6月底前全部复飞, 截至6月底
已完成) in a piece published in the reporting cycle after that deadline tells whether the
deadline was met, the outcome the claim awaited: news, not a recap of an old month. Later than
`CYCLE_DAYS` after the deadline the same words retell it, and the date is read as before. Pure
helper for `engine`, over normalised text.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from watch.claims.dates import DateSpan
from watch.claims.markers import Marker
from watch.claims.rules import ClaimRule

# The first reports after a deadline (a quarter's or a half's results, a monthly filing) come
# within this many days of it.
CYCLE_DAYS = 100
_SLACK = timedelta(days=3)  # "by the end of June" for a 30 June deadline, "by July 1"

# the bound before the date: "by (the end of)", "before", "no later than", 截至, 已于, 于……前
_BOUND_EN = re.compile(
    r"(?<![a-z])(?:by|before|no later than|ahead of)\s+(?:the\s+)?(?:end[- ]of\s+|end-)?$"
)
_BOUND_ZH = re.compile(r"(?:截至|截止|截止到|到|直到)\s*$")
_BEFORE_ZH = re.compile(r"(?:底|末|\d{1,2}[日号])?\s*(?:前|之前|以前)")
_AT_ZH = re.compile(r"(?:已|均已|全部)?(?:于|在)\s*$")


def bounds_deadline(norm: str, d: DateSpan, rule: ClaimRule, published: date) -> bool:
    """True when date `d` bounds an act by the claim's deadline, in a piece published after
    the deadline and within `CYCLE_DAYS` of it: the check of the deadline, news."""
    deadline = rule.deadline
    if deadline is None or not deadline < published <= deadline + timedelta(days=CYCLE_DAYS):
        return False
    if not (d.first <= deadline <= d.last + _SLACK and d.last <= deadline + _SLACK):
        return False
    before = norm[max(0, d.start - 24) : d.start]
    if _BOUND_EN.search(before) or _BOUND_ZH.search(before):
        return True
    return _AT_ZH.search(before) is not None and _BEFORE_ZH.match(norm, d.end) is not None


def unchecked(norm: str, dates: list[DateSpan], rule: ClaimRule, published: date) -> list[DateSpan]:
    """The dates of `dates` that do not bound an act by the claim's deadline (`bounds_deadline`)."""
    if rule.deadline is None or published <= rule.deadline:
        return dates
    return [d for d in dates if not bounds_deadline(norm, d, rule, published)]


def already_checked(
    norm: str, markers: list[Marker], dates: list[DateSpan], rule: ClaimRule, published: date
) -> list[Marker]:
    """`markers` without a 已于 that opens a date bounding an act by the claim's deadline
    (已于6月底前全部复飞, in the cycle after the deadline): the check of the deadline, not old
    news recalled (`segment` drops the 已于 of a day of the news's own cycle already)."""
    if rule.deadline is None or published <= rule.deadline:
        return markers
    checked = {
        d.start for d in dates if "于" in norm[max(0, d.start - 3) : d.start]
    }  # (cheap gate: only a date after 于 can be one)
    if not checked or not any(m.word == "已于" for m in markers):
        return markers
    bounds = [
        d.start for d in dates if d.start in checked and bounds_deadline(norm, d, rule, published)
    ]
    return [
        m
        for m in markers
        if m.word != "已于" or not any(0 <= start - m.end <= 1 for start in bounds)
    ]
