"""Counts of customers and of ships, written the way news writes them: with describing words
between the number and the noun ("110m cellular customers", "nine million British homes", "ten
13,000 TEU methanol dual-fuel container vessels") and with the number in words ("one million
customers", "ten vessels"). `measures` reads only a digit right before its unit word; this
module adds these forms for the count units whose news is written this way (`users`,
`ships`, and board `seats`: "two board seats"). The Chinese forms (1.1亿用户, 900万户, 十二艘,
两席) are plain counters `measures` reads. A count of nominees is the slate put up, not seats
won ("vote against the two director candidates"), and is not read as seats.
"""

from __future__ import annotations

import re

from watch.claims.incidents import incident_at
from watch.claims.model_counts import model_number
from watch.claims.numerals import EN_SPOKEN, NUM, en_words_value, plain_number
from watch.claims.qualifiers import qualifier_before, shaped
from watch.claims.quantities import SCALES, Quantity

# the count nouns of each unit, English (the Chinese ones are counters in `units.UNITS`)
COUNT_NOUNS = {
    "users": (
        "users",
        "subscribers",
        "customers",
        "households",
        "homes",
        "accounts",
        "account holders",
    ),
    # a breach's records: "1.2 million customer records" (`incidents`)
    "records": ("records", "entries"),
    "ships": ("ships", "vessels", "boxships", "containerships", "hulls", "newbuildings"),
    # board seats counted in words: "two board seats" (a count of nominees is the slate put
    # up, not the seats won: "vote against the two director candidates")
    "seats": ("seats",),
}
_NOUN_UNIT = {noun: unit for unit, nouns in COUNT_NOUNS.items() for noun in nouns}
# a cheap gate: one of the nouns' stems must be in the sentence before any regex runs
_STEMS = (
    "user",
    "subscri",
    "customer",
    "household",
    "home",
    "account",
    "record",
    "entries",
    "ship",
    "vessel",
    "hull",
    "seat",
)
# a describing word between the number and the noun: not a function word, not money, not a
# scale ("110m cellular customers", "nine million British homes"); a size with its spec unit
# ("13,000 TEU") describes the ships, it does not count them
_DESCRIBING = (
    r"(?!(?:of|in|for|and|or|to|the|a|an|with|from|at|on|by|per|than|more|fewer|less|its|"
    r"their|our|his|her|these|those|new|dollars?|yuan|euros?|shares|percent|billion|million|"
    r"thousand|trillion|years?|months?|days?)\s)(?:\d[\d,.]*[\s-]?(?:teu|dwt|cbm|m3|tonnes?)|"
    r"[a-z][a-z.-]*)\s"
)
_NOUNS = "|".join(sorted(_NOUN_UNIT, key=len, reverse=True))
_SCALE = r"(?:\s?(?P<%s>billion|million|thousand|bn|mn|crores?|lakhs?|m)(?![a-z]))?"
_COUNT = re.compile(
    r"(?<![a-z0-9.,$£€])(?P<num>"
    + NUM
    + r"|"
    + EN_SPOKEN
    + r")"
    + _SCALE % "scale1"
    # a range: "104 million to 105 million mobile customers", "8-10 vessels"
    + r"(?:\s?(?:-|to)\s?(?P<num2>"
    + NUM
    + r"))?"
    + _SCALE % "scale"
    + r"\s"
    r"(?:" + _DESCRIBING + r"){0,4}(?P<noun>" + _NOUNS + r")(?![a-z])"
)
# "a" or "an" counts only with a scale ("a million homes"; "an account" is no figure), and a
# spelled number needs the noun itself to be plural ("one customer" is not news of a count)
_ARTICLES = frozenset(("a", "an"))


def find_counts(norm: str, start: int, end: int) -> list[Quantity]:
    """Customer and ship counts in norm[start:end] that `measures`' plain forms miss."""
    if not any(norm.find(stem, start, end) >= 0 for stem in _STEMS):
        return []
    found: list[Quantity] = []
    for m in _COUNT.finditer(norm, start, end):
        num, scale = m.group("num"), m.group("scale") or m.group("scale1")
        if num in _ARTICLES and not scale:
            continue
        if num[0].isdigit() and model_number(norm, m.start("num"), m.end("num")):
            continue  # "13,000 TEU vessels": a size class, no count of ships
        value = plain_number(num) if num[0].isdigit() else en_words_value(num)
        if value is None:
            continue
        value *= SCALES.get(m.group("scale1") or scale or "", 1.0)
        kind, q_start = qualifier_before(norm, m.start(), start)
        high = plain_number(m.group("num2")) if m.group("num2") else None
        if high is not None and high * SCALES.get(scale or "", 1.0) >= value:
            lo, hi, kind = value, high * SCALES.get(scale or "", 1.0), "range"
        else:
            lo, hi = shaped(value, kind)
        unit = _NOUN_UNIT[m.group("noun")]
        found.append(Quantity(lo, hi, None, m.group(), q_start, m.end(), kind, unit=unit))
    return found


# What a customer count is: a change ("adds 300,000 homes", "lost 50,000 customers", 新增200万用户)
# is no size of the base; a count told as a forecast or the period's end ("expects to finish the
# year with 104 million", "a year-end total of 8.8 million", 预计年底达到1亿户) is the claim's
# own figure; any other count is the base now ("now supplies 8.4 million homes"), progress
# toward a target, which falls short of it only when the period is over (the rule's `overdue`).
_ADDED = re.compile(
    r"(?:\b(?:adds?|added|adding|gain(?:s|ed|ing)?|lost|los(?:es|ing)|lose|shed(?:s|ding)?|"
    r"signed up|net additions of|churn(?:ed)? of|won|wins|winning)\s(?:(?:a|an|about|around|"
    r"some|nearly|almost|over|more than|another|roughly)\s)*$|"
    r"(?:新增|净增|增加了?|流失了?|减少了?)(?:约|近|超过|逾)?$)"
)
_FORECAST = re.compile(
    r"expect|forecast|project|guid|target|goal|aim|will |would |year-end|year end|end of the year|"
    r"end the year|finish the year|by the end|by december|by year|预计|预期|目标|年底|年末|全年|将"
)


def users_role(norm: str, start: int, end: int) -> str:
    """ "added", "forecast", "event" or "now" for the customer count at norm[start:end] (see
    above); "event": the customers or accounts an incident reached (`incidents`), a size."""
    if incident_at(norm, start, end):
        return "event"
    if _ADDED.search(norm, max(0, start - 40), start):
        return "added"
    lo = max(norm.rfind(". ", 0, start), norm.rfind("。", 0, start), start - 120, 0)
    if _FORECAST.search(norm, lo, min(len(norm), end + 40)):
        return "forecast"
    return "now"
