"""Spans of months: the calendar arithmetic `dates` resolves with, and the ways news writes a
period of months that are not a plain quarter or month name.

    4Q26, 4Q 2026, 2026 Q4, 2026年Q4, 明年Q4, 2H26, H2'26, the back half of 2026,
    the final three months of 2026, the final quarter,
    the last quarter of 2026, the year-end quarter, the December quarter, October-December,
    Oct.-Dec. 2026, the October-to-December quarter, next quarter, 10至12月, 10月至12月,
    今年最后一个季度, 下季度

Each form is a (trigger, pattern) pair with a handler, as in `dates`, whose table runs them.
Two readings `dates` asks about a match: whether a month is told as done (`told_past`: "agreed
in December" in June is last December), and which year ranges are fiscal terms, no date
(`fiscal_ranges`: 2026—2027年度, FY2026-27).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date

from watch.claims.numerals import zh_integer

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
}

YEAR_EN = r"(?P<year>20\d\d|this year|next year|last year|the year|the next year)"
# The kind of year a half belongs to, written before it: "the first half of calendar 2027", "of
# the 2027 calendar year" (UK companies with March year-ends), "the second half of fiscal 2027"
# (a label in its season, `terms`). The half and its year are one period, never this year's
# half and a bare 2027.
YEAR_KIND = r"(?:(?:the\s+|its\s+)?(?:calendar|fiscal|financial)(?:[\s-]+year)?\s+)?"
YEAR_ZH = r"(?P<year>20\d\d年|今年|明年|去年|后年)"
MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
# Triggers (`triggered`) for the month patterns: a month name that starts a word, and one that
# is a word of its own. A bare MONTH_WORDS trigger fires on "market", "decision", "separate".
# A month name's first letter ahead, written before a pattern's look-behind: `re` finds the
# letter with a quick scan and tries the look-behind there only, not at every character.
MONTH_AHEAD = "(?=[" + "".join(sorted({word[0] for word in MONTHS})) + "])"
MONTH_START = r"(?<![a-z])(?:" + MONTH_WORDS + ")"
MONTH_TOKEN = MONTH_START + r"(?![a-z])"

Handler = Callable[[re.Match[str], date], "tuple[date, date] | None"]
Pattern = tuple[tuple[re.Pattern[str], re.Pattern[str]], Handler]


def month_step(year: int, month: int, by: int) -> tuple[int, int]:
    """The (year, month) `by` months after `month` of `year` (before it when `by` < 0)."""
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def month_span(year: int, first_month: int, last_month: int) -> tuple[date, date]:
    """The first day of `first_month` to the last of `last_month`, in `year`."""
    # Months past 12 roll into the next year (winter: December to February).
    y2, m2 = month_step(year, 1, last_month - 1)
    return date(year, first_month, 1), date(y2, m2, calendar.monthrange(y2, m2)[1])


def half_span(m: re.Match[str], pub: date) -> tuple[date, date]:
    h = 1 if m.group("h") in ("first", "1st", "1", "上", "front") else 2
    year = m.groupdict().get("year") or m.groupdict().get("year2")
    if year and len(year) == 2 and year.isdigit():  # H2'26, 2H26
        year = f"20{year}"
    return month_span(year_of(year, pub), 6 * h - 5, 6 * h)


def year_of(group: str | None, pub: date) -> int:
    """The year a written year names (2027, 2027年, next year, 明年, 'next year's'), against
    the publication date; none written: the publication's."""
    if not group:
        return pub.year
    if group[:4].isdigit():
        return int(group[:4])
    if "next" in group or group == "明年":
        return pub.year + 1
    if "last" in group or group == "去年":
        return pub.year - 1
    if group == "后年":
        return pub.year + 2
    return pub.year


def triggered(trigger: str, pattern: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`pattern` with its trigger: a regex that finds something every match of `pattern`
    contains (a month name, 季, 半年). Most patterns here start with a look-behind or an optional
    group, which `re` tries at every character; the trigger is a plain word or character class
    it scans for quickly, and a sentence without it skips the pattern."""
    return re.compile(trigger), re.compile(pattern)


def _quarter_digits(m: re.Match[str], pub: date) -> tuple[date, date]:
    """4Q26, 2026 Q4, 明年Q4: the quarter's digit, and the year written before or after it."""
    q = int(m.group("q"))
    year = m.groupdict().get("year") or m.groupdict().get("year2")
    if year and len(year) == 2 and year.isdigit():
        year = f"20{year}"
    return month_span(year_of(year, pub), 3 * q - 2, 3 * q)


def _quarter_digit_first(m: re.Match[str], pub: date) -> tuple[date, date]:
    _word_start(m)
    return _quarter_digits(m, pub)


def _half_digit_first(m: re.Match[str], pub: date) -> tuple[date, date]:
    """2H26, 1H 2027: the half's digit first, as analysts write it."""
    _word_start(m)
    year = m.group("year")
    h = int(m.group("h"))
    return month_span(
        year_of(f"20{year}" if year and len(year) == 2 else year, pub), 6 * h - 5, 6 * h
    )


def _word_start(m: re.Match[str]) -> None:
    """Raise ValueError when the match starts inside a word or a number. (Checked here, not by
    a look-behind: a pattern that starts with a plain character lets `re` skip ahead to it.)"""
    if m.start() and (m.string[m.start() - 1].isalnum() or m.string[m.start() - 1] in "$.,"):
        raise ValueError(m.group())


def _last_quarter(m: re.Match[str], pub: date) -> tuple[date, date]:
    years = m.groupdict()
    year = years.get("year") or years.get("year1") or years.get("year0")
    return month_span(year_of(year, pub), 10, 12)


def _months_of_year(m: re.Match[str], pub: date) -> tuple[date, date]:
    """The first or last three or six months of a year."""
    n = 3 if m.group("n") in ("three", "3") else 6
    first = 1 if m.group("which") == "first" else 13 - n
    return month_span(year_of(m.group("year"), pub), first, first + n - 1)


def _quarter_ending(m: re.Match[str], pub: date) -> tuple[date, date] | None:
    """The December quarter: the three months that end with the named one."""
    last = MONTHS[m.group("m")]
    if last % 3:
        return None
    return month_span(year_of(m.groupdict().get("year"), pub), last - 2, last)


def _month_range(m: re.Match[str], pub: date) -> tuple[date, date]:
    sep = m.groupdict().get("sep")
    between = m.string.endswith("between ", 0, m.start())
    if sep == "to" and m.string.endswith("from ", 0, m.start()):
        raise ValueError(m.group())  # "moved from March to June": a change, not a span
    if sep == "and" and not between:
        raise ValueError(m.group())  # "March and June" are two months; "between" spans them
    first, last = (month_number(m.group(g)) for g in ("m1", "m2"))
    if not (1 <= first <= 12 and 1 <= last <= 12) or first == last:
        raise ValueError(m.group())
    year = m.groupdict().get("year") or m.groupdict().get("rel")
    return month_span(year_of(year, pub), first, last if last > first else last + 12)


def month_number(name: str) -> int:
    """A month as written: its English name (march, mar), Chinese numerals (十二) or digits."""
    return MONTHS.get(name) or zh_integer(name) or int(name)


def _relative_quarter(m: re.Match[str], pub: date) -> tuple[date, date]:
    """This or next quarter, counted from the publication's."""
    step = 0 if m.group("rel") in ("this", "current", "本", "这个") else 1
    index = (pub.month - 1) // 3 + step  # quarters since January of the publication year
    year, first = month_step(pub.year, 1, 3 * index)
    return month_span(year, first, first + 2)


def _relative_month(m: re.Match[str], pub: date) -> tuple[date, date]:
    """Last, this or next month, counted from the publication's."""
    rel = m.group("rel")
    step = -1 if rel in ("last", "上", "上个") else 0 if rel in ("this", "本", "这个") else 1
    year, month = month_step(pub.year, pub.month, step)
    return month_span(year, month, month)


def _relative_week(m: re.Match[str], pub: date) -> tuple[date, date]:
    """Last, this or next week (Monday to Sunday), counted from the publication's."""
    rel = m.group("rel")
    step = -1 if rel in ("last", "上") else 0 if rel in ("this", "本", "这") else 1
    monday = date.fromordinal(pub.toordinal() - pub.weekday() + 7 * step)
    return monday, date.fromordinal(monday.toordinal() + 6)


def _turn_of_year(m: re.Match[str], pub: date) -> tuple[date, date]:
    """The weeks either side of a new year ("around the turn of the year", 年底年初之交): the
    coming one, or the one just past early in a year; "the turn of 2027" names the new year."""
    year = m.groupdict().get("year")
    new = int(year) if year else pub.year + (0 if pub.month <= 2 else 1)
    return date(new - 1, 12, 15), date(new, 1, 15)


_ZH_MONTH = r"\d{1,2}|十[一二]?|[一二三四五六七八九]"
_RANGE_SEP_EN = r"\.?\s*(?P<sep>-to-|-|/|through|thru|to|and)\s*"

PERIODS: list[Pattern] = [
    # Analysts' shorthand, the digit first (4Q26, 4Q 2026), and a year written before a Qn
    # (2026 Q4, 2026年Q4, 明年Q4), which the plain "q4" form would date to the publication year.
    (
        triggered("q", r"(?P<q>[1-4])q(?:[\s'-]*(?P<year>20\d\d|[23]\d(?!\d)))?(?![a-z0-9])"),
        _quarter_digit_first,
    ),
    (
        triggered(
            "q[1-4]",
            r"(?:(?P<year2>20\d\d)\s*年?|(?P<year>今年|明年|去年|this year's|next year's))\s*的?\s*"
            r"q(?P<q>[1-4])(?![a-z0-9])",
        ),
        _quarter_digits,
    ),
    (
        # the trigger is the year after the h: a plain character first lets `re` skip ahead
        triggered(r"h[\s'-]?[23]", r"(?P<h>[12])h[\s'-]?(?P<year>20\d\d|[23]\d(?!\d))(?![a-z0-9])"),
        _half_digit_first,
    ),
    # The final quarter, the year-end quarter, 2026's last quarter, the last quarter of 2026,
    # 今年最后一个季度. "Last quarter" alone is the one just past, so it needs its year.
    (
        triggered(
            "quarter",
            r"(?:(?P<year0>20\d\d|this year|next year)(?:'s)?\s+)?(?:the\s+)?"
            r"(?:(?:final|closing|year-end|year end)\s+quarter(?:\s+of\s+" + YEAR_EN + r")?|"
            r"last\s+quarter\s+of\s+" + YEAR_EN.replace("year>", "year1>") + r")",
        ),
        _last_quarter,
    ),
    (triggered("最后", YEAR_ZH + r"?的?最后(?:一个|一)季度?"), _last_quarter),
    # The final three months of 2026, the first six months of the year.
    (
        triggered(
            "months",
            r"(?:the\s+)?(?P<which>first|final|last|closing)\s+(?P<n>three|3|six|6)\s+months"
            r"\s+of\s+" + YEAR_EN,
        ),
        _months_of_year,
    ),
    # The December quarter (the three months to December), the 2026 September quarter.
    (
        triggered(
            "quarter",
            r"(?:(?P<year>20\d\d)\s+)?(?<![a-z])(?P<m>march|june|september|december|mar|jun|sept"
            r"|sep|dec)\.?[\s-]quarter",
        ),
        _quarter_ending,
    ),
    # October-December, Oct.-Dec. 2026, the October-to-December quarter; "from March to June"
    # is left to the months alone: after a verb of change it moves a date, it spans none.
    (
        triggered(
            MONTH_START,  # the first month may run into "to", "and"
            MONTH_AHEAD
            + r"(?<![a-z])(?P<m1>"
            + MONTH_WORDS
            + r")"
            + _RANGE_SEP_EN
            + r"(?P<m2>"
            + MONTH_WORDS
            + r")\.?(?![a-z])(?:\s+(?:quarter|period))?(?:,?\s+(?:of\s+)?(?P<year>20\d\d))?",
        ),
        _month_range,
    ),
    # 10至12月, 10月至12月, 2026年10-12月, 今年十月到十二月.
    (
        triggered(
            "月",
            r"(?:(?P<year>20\d\d)年|(?P<rel>今年|明年|去年))?(?P<m1>" + _ZH_MONTH + r")\s?月?份?\s?"
            r"(?:至|到|-|~|—)\s?(?P<m2>" + _ZH_MONTH + r")\s?月",
        ),
        _month_range,
    ),
    (
        triggered("turn of", r"(?:the\s+)?turn of (?:the\s+)?(?:year|(?P<year>20\d\d))(?!\d)"),
        _turn_of_year,
    ),
    (
        triggered(
            "年",
            r"(?:今年|20\d\d年)?(?:年底|年末|岁末)(?:与|和|、)?(?:明年|次年|来年)?(?:年初)(?:之交|前后|之际)?|"
            r"(?:今明两年|新旧年)之交",
        ),
        _turn_of_year,
    ),
    (
        triggered("quarter", r"(?:the\s+)?(?P<rel>next|coming|this|current)\s+quarter"),
        _relative_quarter,
    ),
    (triggered("季度", r"(?P<rel>下|下个|下一|下一个|本|这个)季度"), _relative_quarter),
    (triggered("month", r"(?<![a-z])(?P<rel>last|this|next)\s+month(?![a-z])"), _relative_month),
    (triggered("月", r"(?P<rel>上个|上|本|这个|下个|下)月(?![份底初末中])"), _relative_month),
    # "entered mass production this week", 本周量产: the week of the publication (a live blog
    # or a weekly dates its news so), Monday to Sunday
    (triggered("week", r"(?<![a-z])(?P<rel>last|this|next)\s+week(?![a-z])"), _relative_week),
    (
        triggered("周|星期", r"(?P<rel>上|本|这|下)(?:个)?(?:周|星期)(?![一二三四五六日天末])"),
        _relative_week,
    ),
]


# A fiscal year or season written as a range of two years: 2026—2027年度, 2026/27财年, FY2026-27,
# "fiscal 2026-27", "the 2026-2027 financial year", "2026/27". It names a contract's or a
# book's term, not a time in either year: neither year is read as a date.
_FISCAL_RANGE = re.compile(
    r"(?<![\d.,$])20\d\d\s*[-—–~/至到]\s*(?:20)?\d\d(?!\d)\s*(?:年度|财年|财政年度|会计年度|赛季)"
    r"|(?<![a-z])(?:fy|fiscal(?:\s+year)?|financial\s+year)\s*'?(?:20)?\d\d\s*[-—–/]\s*(?:20)?\d\d"
    r"(?!\d)"
    r"|(?<![\d.,$])20\d\d\s*[-—–/]\s*(?:\d\d|20\d\d\s+(?:fiscal|financial)\s+year|20\d\d\s+season)"
    r"(?![\d%年月])"
)


def fiscal_ranges(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the fiscal-year ranges in norm[start:end]."""
    return [m.span() for m in _FISCAL_RANGE.finditer(norm, start, end)]


# A bare month after the publication's month, told in the past tense ("agreed in December to
# take 20%" in a June story, 12月已签署, 曾于12月), is last year's: what was done lies behind. A
# participle of plan or expectation ("expected in December", "is scheduled in") stays ahead.
_PAST_LEAD = re.compile(
    r"(?<![a-z])(?!(?:expected|scheduled|planned|slated|targeted|projected|forecasted|"
    r"penciled|pencilled|poised|set|due|needed|required|timed|need|proceed|exceed|succeed|"
    r"feed|speed|seed|bed|red|shed|wed)\s)"
    r"(?:[a-z]+ed|said|bought|sold|took|made|began|struck|won|paid|led)"
    r"\s+(?:it\s+|them\s+)?(?:on|in)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?$"
)
# ... and not a passive or an infinitive still ahead: "will be completed in December"
_AHEAD_WORDS = frozenset(("is", "are", "be", "will", "would", "to", "now", "'s", "should"))
_DETERMINERS = frozenset(("a", "an", "the", "its", "their", "this", "that", "his", "her"))
_PRONOUNS = frozenset(("it", "they", "he", "she", "we", "i", "you"))
_OPENERS = frozenset(("said", "says", "that", "and", "but", "as", "because", "after", "when"))
_PAST_LEAD_ZH = re.compile(r"(?:曾|已|已经|早在)(?:于|在)?$")
_PAST_TAIL_ZH = re.compile(r"(?:\d{1,2}[日号])?(?:时|份|间)?(?:已经|已|曾|就已|便已|即已)")


def told_past(m: re.Match[str]) -> bool:
    """True when the time expression `m` is told as done, in the past tense (see above)."""
    before = m.string[max(0, m.start() - 48) : m.start()]
    if _PAST_LEAD_ZH.search(before) or _PAST_TAIL_ZH.match(m.string, m.end()):
        return True
    lead = _PAST_LEAD.search(before)
    if lead is None:
        return False
    words = before[: lead.start()].split()
    if words and (words[-1] in _AHEAD_WORDS or _DETERMINERS & set(words[-2:])):
        return False  # "a commitment made in September" (a participle) dates only its noun
    # nor "the pledge it made in September" (a relative clause), unlike "said it agreed in"
    return not (len(words) > 1 and words[-1] in _PRONOUNS and words[-2] not in _OPENERS)
