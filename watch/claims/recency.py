"""Which month is the news: the month just ended, in the first week of the next, is the news
itself ("OpenAI's $110bn raise in February" on 1 March), unless the piece dates its own news
later (`LatestNews`: today, this week, on Thursday, 今日, 本周, 周四). Pure helpers for `story`
and `segment`, over normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from watch.claims.dates import DateSpan, find_dates

# The month just ended is the news itself when a piece is published in the first week of the
# next month ("OpenAI's $110bn raise in February", 2026年2月，OpenAI完成 on 1 March), unless the
# piece dates its own news later (`LatestNews`): then that month is a recap.
NEWS_WEEK = 7

# the days of the week, English and the Chinese day after 周/星期, by weekday()
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "一": 0,
    "二": 1,
    "三": 2,
    "四": 3,
    "五": 4,
    "六": 5,
    "日": 6,
    "天": 6,
}
# A day named without a date, counted back from publication: "today", "yesterday", "this week",
# "on Thursday", 今日, 昨天, 本周, 周四, 星期五 (下周 and "next" name days ahead: not news).
NEWS_DAY = re.compile(
    r"(?<![a-z])(?P<today>today|tonight|this morning|this week|earlier this week|this month)"
    r"(?![a-z])|(?<![a-z])(?P<yesterday>yesterday)(?![a-z])"
    r"|(?<!next )(?<![a-z])(?P<en>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?![a-z])"
    r"|(?P<today_zh>今天|今日|今晨|今早|本周|这周|这一周|本月|这个月)"
    r"|(?P<yesterday_zh>昨天|昨日|昨晚)"
    r"|(?<![下每])(?:周|星期|礼拜)(?P<zh>[一二三四五六日天])"
)


def news_days(norm: str, published: date) -> list[date]:
    """The days `norm` (normalised text) dates something by, up to publication: days named
    without a date (`NEWS_DAY`) and the first day of each time expression (`find_dates`)."""
    days = []
    for m in NEWS_DAY.finditer(norm):
        if m.group("today") or m.group("today_zh"):
            days.append(published)
        elif m.group("yesterday") or m.group("yesterday_zh"):
            days.append(published - timedelta(days=1))
        else:
            weekday = WEEKDAYS[m.group("en") or m.group("zh")]
            days.append(published - timedelta(days=(published.weekday() - weekday) % 7))
    days += [d.first for d in find_dates(norm, published) if d.first <= published]
    return days


# What 已于 ("already, on ...") opens: a day of the news's own cycle (已于当日完成交割, 已于昨日,
# 已于本周, 已于周二, 已于9月30日 in a 1 October piece) tells today's news, done; any other time
# (已于去年, 已于2月 in July, 已于此前) recalls old news. Traditional 已於, 當日 are normalised.
_ALREADY_DAY = re.compile(
    r"\s*(?:(?P<today>当日|当天|今日|今天|今晨|今早|本周|这周|日前|近日)"
    r"|(?P<yesterday>昨日|昨天|昨晚)"
    r"|(?P<last>上)?(?:周|星期|礼拜)(?P<weekday>[一二三四五六日天])"
    r"|(?:(?P<year>\d{4})年|今年)?(?:(?P<month>\d{1,2})月)?(?P<day>\d{1,2})[日号])"
)


def news_cycle_day(norm: str, at: int, published: date) -> bool:
    """Whether `norm` (normalised) at `at` names a day of the news's own cycle: a relative day
    word (当日, 今日, 昨日, 本周, 周二) or a date at most `NEWS_WEEK` days before publication."""
    m = _ALREADY_DAY.match(norm, at)
    if m is None:
        return False
    if m.group("today") or m.group("yesterday"):
        return True
    if m.group("weekday"):
        weekday = WEEKDAYS[m.group("weekday")]
        if not m.group("last"):
            return True  # 周二: the latest Tuesday, within the week
        return published.weekday() - weekday + 7 <= NEWS_WEEK  # 上周五 on a Monday
    year = int(m.group("year") or published.year)
    month = int(m.group("month") or published.month)
    try:
        day = date(year, month, int(m.group("day")))
    except ValueError:
        return False
    if not m.group("month") and day > published:  # 已于28日 on the 2nd: last month's 28th
        day = (published.replace(day=1) - timedelta(days=1)).replace(day=day.day)
    return 0 <= (published - day).days <= NEWS_WEEK


@dataclass
class LatestNews:
    """The latest day up to publication that a document's texts (normalised: title, body)
    date anything by, found on first use: most documents never ask."""

    texts: Sequence[str]
    published: date
    _found: list[date | None] = field(default_factory=list)

    def day(self) -> date | None:
        if not self._found:
            days = [d for text in self.texts for d in news_days(text, self.published)]
            self._found.append(max(days, default=None))
        return self._found[0]


# A column's rubric opens its headline ("Column: ...", 专栏｜, 專欄：): it comments on what the
# news already told, so the month just ended is its recap, not its news.
COLUMN = re.compile(r"\s*(?:column|opinion|commentary|专栏|评论|观点)\s*[:：|｜]")


def just_ended_news(span: DateSpan, published: date, latest: LatestNews | None) -> bool:
    """Whether a month named without its day (`span`) is the month just ended and the news
    itself: the piece came out in the first week of the next month and dates nothing later
    (a later day, "this week", 今日, 周四: then the month is a recap of what led to it)."""
    if span.day or published.day > NEWS_WEEK or latest is None:
        return False
    if latest.texts and COLUMN.match(latest.texts[0]):
        return False  # a column looks back on the month: a recap, not the news
    ended = published.replace(day=1) - timedelta(days=1)
    if (span.first.year, span.first.month) != (ended.year, ended.month) or span.last != ended:
        return False
    newest = latest.day()
    return newest is None or newest <= ended


# A quarter or half of the year just ended is the news's own period in the reporting that
# follows it (百度上半年裁员近8000人 in August, "in the first quarter it put in $700 million" in
# June) when the piece reports it: results, a filing, a disclosure, what a reporter learned.
_REPORTING = re.compile(
    r"(?<![a-z])(?:results|earnings|quarterly report|half-year report|annual report|filing|"
    r"filings|10-q|disclosed|disclosure)(?![a-z])|财报|业绩|季报|年报|半年报|报告|披露|公布|"
    r"了解到|获悉|申报"
)
_PERIOD_DAYS = range(80, 190)  # a quarter or a half, not a month or a year
# ... written as one: 年初 ("early this year") is a stretch of months, not a reported period
_PERIOD_WORD = re.compile(r"quarter|half|(?<![a-z])[qh][1-4](?![a-z])|[1-4]q|季|半年")


def reported_period(span: DateSpan, published: date, latest: LatestNews | None) -> bool:
    """Whether a quarter or half (`span`) is the latest of its length ended by publication, in
    a piece that reports (`_REPORTING`): then it dates the news, not a recap."""
    length = (span.last - span.first).days
    if length not in _PERIOD_DAYS or span.last >= published or latest is None:
        return False
    if span.first.year != published.year or not _PERIOD_WORD.search(span.text):
        return False
    # the reporting season: results and filings come within two months of a period's end
    # (a 10-Q within 40-45 days, a Hong Kong or mainland half-year report by the end of August)
    season_end = (span.last.replace(day=1) + timedelta(days=95)).replace(day=1)
    if published >= season_end:
        return False
    return any(_REPORTING.search(text) for text in latest.texts)
