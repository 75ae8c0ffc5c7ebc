"""A rate dated by a month or quarter that ends before the claim's deadline: an interim reading,
progress toward a level by the deadline, not the level at it.

"The smelter operated at an average of 58% of nameplate capacity during March" against "more
than 80% by the end of June", 3月份产能利用率为58% against 6月底前达到80%: the ramp-up is on its
way, and only the deadline's own period (a June rate, the second quarter's) can miss it. Counts
and sums for part of a period are `part_figures`'; rates are read here. Only a claim of a level
by a deadline whose contradicting ranges all lie below counts (a rate over a ceiling is already
a miss, whenever it is told). A forecast or target for the month is no reading of it.

    early_rate(rule, norm, item)   the month or quarter an interim rate is told for, or None

Pure, over normalised text (simplified Chinese, lower case)."""

from __future__ import annotations

import re

from watch.claims.rules import ClaimRule
from watch.claims.signals import EvidenceKind, Item
from watch.models import Stance

_RATES = ("percent", "points")
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_ORDINALS = {"first": 3, "second": 6, "third": 9, "fourth": 12, "1st": 3, "2nd": 6, "3rd": 9}
_ZH_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}

# The period the reading is for, in the figure's clause: a month ("during March", "March's
# rate", 3月份), a quarter ("in the first quarter", Q1, 一季度). ("by March", 3月底前 is a
# deadline, not a reading's month.)
_PERIOD = re.compile(
    # ("may" is a modal first)
    r"(?<![a-z])(?P<month>" + "|".join(m for m in _MONTHS if m != "may") + r")(?![a-z])"
    r"|(?<![a-z])(?P<ord>first|second|third|1st|2nd|3rd)[\s-]quarter"
    r"|(?<![a-z0-9])q(?P<q>[1-3])(?![a-z0-9])"
    r"|(?<![\d年])(?P<zm>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s?月份?(?![\d日号底末前中])"
    r"|(?:第)?(?P<zq>[一二三1-3])季度"
)
_BY = re.compile(r"(?:(?<![a-z])(?:by|before|until|end of|end-)\s+(?:the\s+)?(?:end\s+of\s+)?)$")
_CLAUSE = re.compile(r"[,;:!?，；。：！？]|\.(?!\d)")
_FORESEEN = re.compile(
    r"(?<![a-z])(?:will|would|expects?|expected|plans?|planned|forecasts?|targets?|targeted|"
    r"aims?|aiming|goal|guidance|should)(?![a-z])|将|预计|预期|计划|目标|有望|力争"
)


def early_rate(rule: ClaimRule, norm: str, item: Item) -> str | None:
    """The month or quarter a contradicting rate is told for, when that period ends before the
    month of the claim's deadline (an interim reading: progress); else None."""
    if item.kind is not EvidenceKind.AMOUNT or item.stance is not Stance.CONTRADICTS:
        return None
    if rule.deadline is None or not item.part.startswith("amount["):
        return None
    amount = rule.amount[int(item.part.removeprefix("amount[").rstrip("]"))]
    if amount.unit not in _RATES or not amount.contradicts:
        return None
    if any(low is not None for low, _ in amount.contradicts):
        return None  # a rate over a ceiling misses whenever it is read
    clause = _clause(norm, item)
    if _FORESEEN.search(norm, *clause):
        return None
    for m in _PERIOD.finditer(norm, *clause):
        if _BY.search(norm, max(0, m.start() - 20), m.start()):
            continue
        end = _end_month(m)
        if end is not None and end < rule.deadline.month:
            return m.group()
    return None


def _clause(norm: str, item: Item) -> tuple[int, int]:
    """The span of the item's clause: from the break before it to the break after it."""
    breaks = [b.end() for b in _CLAUSE.finditer(norm, max(0, item.start - 80), item.start)]
    start = breaks[-1] if breaks else max(0, item.start - 80)
    after = _CLAUSE.search(norm, item.end, item.end + 80)
    return start, after.start() if after else min(len(norm), item.end + 80)


def _end_month(m: re.Match[str]) -> int | None:
    if m.group("month"):
        return _MONTHS.index(m.group("month")) + 1
    if m.group("ord"):
        return _ORDINALS[m.group("ord")]
    if m.group("q"):
        return 3 * int(m.group("q"))
    if m.group("zm"):
        return _zh_number(m.group("zm"))
    if m.group("zq"):
        return 3 * _zh_number(m.group("zq"))
    return None


def _zh_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text.startswith("十"):
        return 10 + (_ZH_DIGITS.get(text[1:], 0) if len(text) > 1 else 0)
    return _ZH_DIGITS.get(text, 12)
