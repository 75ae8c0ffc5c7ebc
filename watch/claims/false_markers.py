"""Words that look like markers and are not: "may" written as the month ("in May"), 年前 after
a four-digit year (2030年前, a bound, not "years ago"), and an expectation named as a yardstick
(超出预期, 比管理层的预期拖长, "beat expectations", "longer than expected"), a noun that hedges
nothing. Pure predicates for `markers.find_markers`, over normalised text.
"""

from __future__ import annotations

import re

# "in May", "on May 26", "mid-May", "May 2026": the month, not the modal
_MONTH_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:in|on|of|by|since|until|till|from|through|early|late|last|next|this|"
    r"before|after|during|between|and|to|mid) |mid-)$"
)
_MONTH_AFTER = re.compile(r"\s*(?:\d|,\s*\d{4})")


def month_may(norm: str, first: int, word: str) -> bool:
    """True for "may" written as the month: a day or a year after it, or a word of time
    before it ("goes on sale in May" is not "may go on sale")."""
    if word != "may":
        return False
    end = first + 3
    return bool(
        _MONTH_AFTER.match(norm, end, end + 8)
        or _MONTH_BEFORE.search(norm, max(0, first - 10), first)
    )


# An expectation named as a yardstick, a noun, hedges nothing: 超出预期, 低于市场预期, 比管理层2月时
# 的预期拖长, "beat expectations", "longer than expected". (市场预期公司将…, "analysts expect",
# an expectation of what is ahead, still hedges.)
_YARDSTICK_ZH = re.compile(
    r"(?:的|(?:超出|超过|超乎|高于|低于|不及|未及|符合|好于|差于|优于|逊于|胜于|不如|未达|达到)"
    r"(?:市场|外界|分析师|公司|管理层|此前|原先|原本|先前)?)$"
)
_YARDSTICK_EN = re.compile(
    r"(?<![a-z])(?:beat|beats|beating|exceeded|exceeds|exceeding|topped|tops|missed|misses|"
    r"above|below|ahead of|short of|in line with|surpassed|than)\s+(?:[a-z']+\s+){0,2}$"
)


def expectation_noun(norm: str, first: int, word: str) -> bool:
    """True for 预期 / "expectations" / "expected" used as a yardstick (`_YARDSTICK_ZH`)."""
    if word == "预期":
        return _YARDSTICK_ZH.search(norm, max(0, first - 6), first) is not None
    if word == "expectations":
        return _YARDSTICK_EN.search(norm, max(0, first - 40), first) is not None
    if word == "expected":
        return norm.endswith("than ", max(0, first - 5), first)
    return False


def year_bound(norm: str, first: int, word: str) -> bool:
    """True for 年前 after a year written in four digits: 2030年前 is "before 2030", a bound,
    where 三年前 and 10年前 are "years ago"."""
    if word != "年前" or first < 4 or not norm[first - 4 : first].isdigit():
        return False
    return first == 4 or not norm[first - 5].isdigit()
