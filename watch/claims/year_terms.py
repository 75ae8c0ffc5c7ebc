"""A length of time in years, for `unit: years` (a licence's term, a concession's extension, a
contract's span): "a 10-year licence", "a five-year extension", "for ten years", "extended by
10 years", 十年期, 为期10年, 延长十年, 10年特许经营权, 一年半. Not a calendar year (2026年,
24年底, 第3年), an age ("the 10-year-old plant") nor "a year" ("a year ago", "3 million tonnes
a year"); which length is the claim's the rule's `near` words choose. A range of lengths, "3 to 5
years", "three to five years", 3至5年, 三到五年, is one range, not its top alone. Pure, over
normalised text (lower case, simplified Chinese)."""

from __future__ import annotations

import re

from watch.claims.numerals import EN_WORDS, NUM, en_words_value, value_of
from watch.claims.qualifiers import qualifier_before, shaped
from watch.claims.quantities import Quantity

# "10-year", "10 years", "ten-year", "ten years", "a 10-year", "twenty-five years"
_EN_YEARS = re.compile(
    r"(?<![a-z\d.,])(?P<num>" + NUM + r"|" + EN_WORDS + r")[\s-]years?(?![a-z])(?!-old)"
)
# 10年, 十年, 十年期, 为期10年, 一年半: one or two digits, or numerals (2026年 is a date, 24年底 a
# date too; 半年 alone is left, for 上半年 and 下半年 are periods)
_ZH_YEARS = re.compile(
    r"(?<![\d.第])(?P<num>\d{1,2}(?:\.\d)?|[一二两三四五六七八九十]{1,3})(?:个)?年(?P<half>半)?"
    r"(?![月底初度代级末中])"
)
# the low end of a range right before a length: "3 to 5 years", "3-5 years", "a 3-5 year term",
# "three-to-five-year", "three- to five-year", 3至5年, 三到五年
_EN_LOW = re.compile(
    r"(?<![a-z\d.,-])(?P<num>" + NUM + r"|" + EN_WORDS + r")\s*(?:-?\s*to\s*-?|-|–)\s*$"
)
_ZH_LOW = re.compile(
    r"(?<![\d.第])(?P<num>\d{1,2}(?:\.\d)?|[一二两三四五六七八九十]{1,3})(?:至|到|-|~|～)$"
)

_FROM = re.compile(r"(?:(?<![a-z])from|由|从)\s*$")


def find_years(norm: str, start: int, end: int) -> list[Quantity]:
    """The lengths of time in years in norm[start:end], each a "years" `Quantity`."""
    found: list[Quantity] = []
    if norm.find("year", start, end) >= 0:
        for m in _EN_YEARS.finditer(norm, start, end):
            num = m.group("num")
            value = value_of(num) if num[0].isdigit() else en_words_value(num)
            year = num.isdigit() and len(num) == 4  # "in 2026 year": a calendar year
            # after a hyphen only as a range's top ("3-5 year"), not "covid-19 years"
            ranged = m.start() == start or norm[m.start() - 1] != "-"
            if not ranged and value is not None:
                ranged = _range_low(norm, m, start, value, _EN_LOW) is not None
            if value is not None and num not in ("a", "an") and not year and ranged:
                found.append(_years(norm, m, start, value, _EN_LOW))
    if norm.find("年", start, end) >= 0:
        for m in _ZH_YEARS.finditer(norm, start, end):
            num = m.group("num")
            value = value_of(num)
            if value:
                half = 0.5 if m.group("half") else 0
                found.append(_years(norm, m, start, value + half, _ZH_LOW))
    return found


def _range_low(
    norm: str, m: re.Match[str], floor: int, value: float, low_lead: re.Pattern[str]
) -> tuple[int, float] | None:
    """Where the low end of a range before this length starts, and its value, or None."""
    low = low_lead.search(norm, max(floor, m.start() - 16), m.start())
    # (not a change: "extended from 3 to 5 years", 由3年延长至5年 keeps the new length alone)
    if low is not None and not _FROM.search(norm, max(floor, low.start() - 6), low.start()):
        num = low.group("num")
        low_value = value_of(num) if not num.isascii() or num[0].isdigit() else en_words_value(num)
        if low_value is not None and num not in ("a", "an") and 0 < low_value < value:
            return low.start(), low_value
    return None


def _years(
    norm: str, m: re.Match[str], floor: int, value: float, low_lead: re.Pattern[str]
) -> Quantity:
    low = _range_low(norm, m, floor, value, low_lead)
    if low is not None:
        low_start, low_value = low
        kind, q_start = qualifier_before(norm, low_start, floor)
        lo, _ = shaped(low_value, kind)
        text = norm[low_start : m.end()]
        return Quantity(lo, value, None, text, q_start, m.end(), kind, unit="years")
    kind, q_start = qualifier_before(norm, m.start(), floor)
    lo, hi = shaped(value, kind)
    return Quantity(lo, hi, None, m.group(), q_start, m.end(), kind, unit="years")
