"""Words that look like markers and are not: "may" written as the month ("in May"), 年前 after
a four-digit year (2030年前, a bound, not "years ago"), "last year" as the year a payout is for
("EUR 2.00 per share for last year", a label: `terms`), and an expectation named as a yardstick
(超出预期, 比管理层的预期拖长, "beat expectations", "longer than expected"), a noun that hedges
nothing, and 接近 / "close to" describing a source (接近交易的人士), no talks nearing an end.
Pure predicates for `markers.find_markers`, over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.open_odds import left_open
from watch.claims.refusals import false_refusal

# "in May", "on May 26", "mid-May", "May 2026": the month, not the modal
_MONTH_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:in|on|of|by|since|until|till|from|through|early|late|last|next|this|"
    r"before|after|during|between|and|to|mid) |mid-)$"
)
_MONTH_AFTER = re.compile(r"\s*(?:\d|,\s*\d{4})")

# A plan that holds (按原定时间表恢复, "resume on the original timetable"): its 原定/"original" is
# kept, not superseded, so it dates nothing (a `markers.NOT_BACKGROUND` entry)
PLAN_HELD = (
    "按原定|按照原定|依原定|依照原定|照原定|如原定|按原计划|按照原计划|依原计划|照原计划|按原订|"
    "按照原订|按原先|按照原先|按原本|as originally planned|as originally scheduled|on the original "
    "timetable|on its original timetable|on their original timetable|on the original schedule|"
    "on its original schedule|on their original schedule|in line with the original timetable|"
)


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


# A payout, result or budget, then in its clause "for": the year after it is what the figure is
# for ("a dividend of EUR 2.00 per share for 2025", "2.00 euros per share for last year").
PAYOUT_FOR = (
    r"(?<![a-z])(?:dividends?|payouts?|distributions?|per share|a share|results|earnings|"
    r"budgets?)(?![a-z])(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,40}?(?<![a-z])for\s+(?:the\s+)?"
)
_PAYOUT_FOR_END = re.compile(PAYOUT_FOR + "$")


def payout_year(norm: str, first: int, word: str) -> bool:
    """True for "last year" naming the year a payout or result is for (see above): whether it
    is old news is the date's to say (`dates`), by how long ago that year ended."""
    return (
        word == "last year" and _PAYOUT_FOR_END.search(norm, max(0, first - 80), first) is not None
    )


def year_bound(norm: str, first: int, word: str) -> bool:
    """True for 年前 after a year written in four digits: 2030年前 is "before 2030", a bound,
    where 三年前 and 10年前 are "years ago"."""
    if word != "年前" or first < 4 or not norm[first - 4 : first].isdigit():
        return False
    return first == 4 or not norm[first - 5].isdigit()


# A forecast that a party raised, cut or kept is its guidance on the record, the noun a
# guidance claim is about, not a guess: "raised its full-year operating income forecast to",
# "cut its 2026 forecasts", 上调2026财年业绩预期, 下调全年盈利预测, 维持全年预期不变. (The verb
# must govern the noun: no clause break between them; an analyst's raise stays theirs, below.)
_GUIDED_EN = re.compile(
    r"(?<![a-z])(?:rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|cut(?:s|ting)?|lower(?:s|ed|ing)?|"
    r"trim(?:s|med|ming)?|slash(?:es|ed|ing)?|hik(?:e|es|ed|ing)|boost(?:s|ed|ing)?|"
    r"upgrad(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing)|revis(?:e|es|ed|ing)|"
    r"kept|keep(?:s|ing)?|maintain(?:s|ed|ing)?|reaffirm(?:s|ed|ing)?|reiterat(?:e|es|ed|ing))"
    r"\s+(?:its|their|the|his|her|our)?\s*(?:[a-z0-9¥$%.-]+\s+){0,5}$"
)
_GUIDED_ZH = re.compile(
    r"(?:上调|下调|调高|调低|调升|调降|上修|下修|维持|重申)[^，。；：、,;:.!?！？]{0,12}$"
)
# ... but a verb use right after it is an expectation again (上调价格预期将带动…, 预期会).
_EXPECT_VERB_AFTER = re.compile(r"将|会|能|可望|有望")
_ANALYST = re.compile(
    r"(?<![a-z])(?:analysts?|brokers?|economists?|the market|investors?)(?![a-z])|"
    r"分析师|券商|市场|投资者|外界|大行"
)
_GUIDED_WORDS = frozenset({"forecast", "forecasts", "预期", "预测"})


def guidance_noun(norm: str, first: int, word: str) -> bool:
    """True for a forecast word that is the object of a raise, a cut or a hold
    (`_GUIDED_EN`, `_GUIDED_ZH`), said by no analyst before it in the clause."""
    if word not in _GUIDED_WORDS:
        return False
    if word in ("forecast", "forecasts"):
        verb = _GUIDED_EN.search(norm, max(0, first - 70), first)
    else:
        if _EXPECT_VERB_AFTER.match(norm, first + len(word)):
            return False
        verb = _GUIDED_ZH.search(norm, max(0, first - 16), first)
    if verb is None:
        return False
    clause = max(norm.rfind(p, 0, verb.start()) for p in (",", ";", "，", "；", "。", ". "))
    return _ANALYST.search(norm, max(0, clause, verb.start() - 60), verb.start()) is None


# A source described by whom it is close to: 接近交易的人士, 接近该公司的知情人士, 接近监管层的
# 消息人士 ("a person close to the deal"), "people close to a deal". Closeness here places the
# source, it is no progress of talks (接近完成, "close to a deal" still hedge). Only the words of
# the noun may stand between: a clause break (交易接近完成，知情人士称) or a completion verb ends
# it.
_CLOSE_SOURCE_ZH = re.compile(
    r"(?:(?!完成|达成|签署|敲定|尾声|成交|收官)[^，。；：、,;:.!?！？\s]){0,14}?"
    r"(?:知情人士|消息人士|人士|人员|消息来源|消息源|高层|高管)"
)
_CLOSE_SOURCE_EN = re.compile(
    r"(?<![a-z])(?:people|person|persons|sources?|someone|those|insiders?|bankers?|officials?|"
    r"executives?|one|two|three|several)\s+(?:familiar\s+and\s+)?$"
)


def close_source(norm: str, first: int, word: str) -> bool:
    """True for 接近 / "close to" that describes a source (`_CLOSE_SOURCE_ZH`, `_CLOSE_SOURCE_EN`),
    not talks nearing an end."""
    if word == "接近":
        return _CLOSE_SOURCE_ZH.match(norm, first + 2) is not None
    if word.startswith("close to"):
        return _CLOSE_SOURCE_EN.search(norm, max(0, first - 30), first) is not None
    return False


def false_marker(norm: str, first: int, word: str) -> bool:
    """True when the marker word at norm[first:] is one of the look-alikes above."""
    return (
        year_bound(norm, first, word)
        or month_may(norm, first, word)
        or expectation_noun(norm, first, word)
        or guidance_noun(norm, first, word)
        or payout_year(norm, first, word)
        or close_source(norm, first, word)
        or false_refusal(norm, first, word)
        or left_open(norm, first, word)
    )
