"""A telling dated some weeks back ("told analysts a fortnight ago that she expected ...", "said
two weeks ago it would ...", 两周前对分析师表示, 三个星期前宣布): when those weeks hold the day
the claim was made, or lie before it, the telling retells the claim's own statement (or an
older one), a recap, as "said last month" does in the month the claim was made
(`past_dates.made_month`). The dates parser reads no "weeks ago", so the window is read here;
the marker dates only a telling (`told_dates.told_then`). So does a weekday of last week that
is the very day the claim was made (上周四发表声明, "said last Thursday", in a piece a week on):
the origin retold. Pure helper for `engine`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from watch.claims.markers import Marker

_COUNTS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "a couple of": 2,
    "一": 1,
    "两": 2,
    "二": 2,
    "三": 3,
    "四": 4,
}
_WEEKS_AGO = re.compile(
    r"(?<![a-z])(?:(?P<en>a|one|two|three|four|a couple of|a few|several|\d)\s+weeks?|"
    r"(?P<fortnight>a|one)\s+fortnight)\s+ago(?![a-z])|"
    r"(?P<zh>一|两|二|三|四|几|数|\d)个?(?:周|星期|礼拜)前|(?P<half>半个?月)前"
)
_WEEKDAYS = {
    **{d: i for i, d in enumerate("一二三四五六")},
    "日": 6,
    "天": 6,
    **{
        d: i
        for i, d in enumerate(
            ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        )
    },
}
_LAST_WEEKDAY = re.compile(
    r"(?:上周|上星期|上礼拜)(?P<zh>[一二三四五六日天])|(?<![a-z])last\s+(?P<en>monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)(?![a-z])"
)
_LAST_WORDS = ("上周", "上星期", "上礼拜", "last")
_SLACK = 4  # days either side of "two weeks ago": a rounded count of weeks
_FEW = (10, 35)  # "a few weeks ago", 几周前: between these many days back


def weeks_ago(norm: str, start: int, end: int, published: date, made: date) -> list[Marker]:
    """`background_made` markers for each "N weeks ago" in norm[start:end] whose window
    starts on or before the day the claim was made (and the claim was made before
    publication)."""
    if made >= published:
        return []
    # (every match ends in "ago" or 前: most sentences have neither)
    found = _last_weekday(norm, start, end, published, made)
    if norm.find("ago", start, end) < 0 and norm.find("前", start, end) < 0:
        return found
    for m in _WEEKS_AGO.finditer(norm, start, end):
        first, _last = _window(m, published)
        if first <= made:
            found.append(Marker("background_made", m.group(0), m.start(), m.end()))
    return found


def _window(m: re.Match[str], published: date) -> tuple[date, date]:
    count = m.group("en") or m.group("zh")
    if m.group("fortnight") or m.group("half"):
        days = 15 if m.group("half") else 14
    elif count and (count.isdigit() or count in _COUNTS):
        days = 7 * (int(count) if count.isdigit() else _COUNTS[count])
    else:  # a few, several, 几, 数
        return published - timedelta(days=_FEW[1]), published - timedelta(days=_FEW[0])
    return published - timedelta(days=days + _SLACK), published - timedelta(days=days - _SLACK)


def _last_weekday(norm: str, start: int, end: int, published: date, made: date) -> list[Marker]:
    """`background_made` markers for 上周四, "last Thursday" that name the day the claim was
    made: 上周X is last calendar week's day; "last Thursday" the latest Thursday before this
    week's, or the one before it (usage varies)."""
    # (every match holds 上周, 上星期, 上礼拜 or "last": most sentences have none)
    if all(norm.find(w, start, end) < 0 for w in _LAST_WORDS):
        return []
    found = []
    monday = published - timedelta(days=published.weekday())
    for m in _LAST_WEEKDAY.finditer(norm, start, end):
        day = _WEEKDAYS[m.group("zh") or m.group("en")]
        if m.group("zh"):
            days = {monday - timedelta(days=7 - day)}
        else:
            latest = published - timedelta(days=(published.weekday() - day - 1) % 7 + 1)
            days = {latest, latest - timedelta(days=7)}
        if made in days and made < published:
            found.append(Marker("background_made", m.group(0), m.start(), m.end()))
    return found
