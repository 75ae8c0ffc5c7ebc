"""A telling dated some weeks back ("told analysts a fortnight ago that she expected ...", "said
two weeks ago it would ...", 两周前对分析师表示, 三个星期前宣布): when those weeks hold the day
the claim was made, or lie before it, the telling retells the claim's own statement (or an
older one), a recap, as "said last month" does in the month the claim was made
(`past_dates.made_month`). The dates parser reads no "weeks ago", so the window is read here;
the marker dates only a telling (`background.told_then`). Pure helper for `engine`.
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
_SLACK = 4  # days either side of "two weeks ago": a rounded count of weeks
_FEW = (10, 35)  # "a few weeks ago", 几周前: between these many days back


def weeks_ago(norm: str, start: int, end: int, published: date, made: date) -> list[Marker]:
    """`background_made` markers for each "N weeks ago" in norm[start:end] whose window
    starts on or before the day the claim was made (and the claim was made before
    publication)."""
    if made >= published:
        return []
    # (every match ends in "ago" or 前: most sentences have neither)
    if norm.find("ago", start, end) < 0 and norm.find("前", start, end) < 0:
        return []
    found = []
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
