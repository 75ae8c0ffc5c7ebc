"""Pieces that look back: a column, newsletter, roundup or weekly, known by the rubric that
opens its headline ("Column:", "Business Week in T&T:", "Week in review |", 一周回顾：, 周报｜).
A stretch of weeks it names that is over by publication (a season, a half, a quarter, a month:
"restarted two of its four plants over the summer" in an October column, 今年上半年完成交割 in
a 周报) is its recap, however recent, and it reaches back over the verb's object to the verb it
dates (`recap_reach.stretch_recap`). Pure helpers for `past_dates`, over normalised text.
"""

from __future__ import annotations

import re
from datetime import date

from watch.claims.dates import DateSpan
from watch.claims.recency import LatestNews

LOOKBACK = re.compile(
    r"\s*(?:[a-z&.'-]+\s+){0,3}?(?:column|opinion|commentary|newsletter|roundup|round-up|"
    r"recap|wrap-up|digest|year in review|week in review|(?:week|month|year) in [a-z&.' -]{1,20}|"
    r"this week in [a-z&.' -]{1,20})\s*[:：|｜]|"
    r"\s*[^\s:：|｜]{0,6}?(?:专栏|專欄|评论|評論|观点|觀點|周报|週報|周记|週記|回顾|回顧|盘点|盤點|"
    r"综述|綜述|月报|月報)\s*[:：|｜]"
)
_STRETCH_DAYS = 27  # a season, a half, a quarter or a month, not a day or a week


def looking_back(latest: LatestNews | None) -> bool:
    """Whether the piece's headline opens with a look-back's rubric (`LOOKBACK`)."""
    return latest is not None and bool(latest.texts) and LOOKBACK.match(latest.texts[0]) is not None


def stretch_over(d: DateSpan, published: date, latest: LatestNews | None) -> bool:
    """Whether date `d` is a stretch of weeks over by publication, in a look-back piece."""
    return (
        not d.day
        and (d.last - d.first).days >= _STRETCH_DAYS
        and d.last < published
        and looking_back(latest)
    )
