"""Dates that belong to a figure other than the news beside it: a figure recalled by a relative
clause ("the 24,000 roles it shed in 2025", 2025年裁掉的2.4万个岗位), the target that progress is
told against ("6,000 of the 10,000 role reductions announced in January"), and a comparison's
yardstick ("far less than the $2 billion announced in February"). Pure helpers for `engine` and
`context`, over normalised text; the rest of background is `background`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from watch.claims.dates import DateSpan
from watch.claims.markers import Marker
from watch.claims.recalled import broken
from watch.claims.signals import EvidenceKind, Item
from watch.claims.text import is_cjk

# --- a figure recalled by a relative clause with a past date after it --------------------------

# "the 24,000 roles it shed in 2025", "the $6.6bn the group raised in January", 2025年裁掉的2.4万
# 个岗位: the clause names a past act the figure came from, so the date recalls the figure,
# however recent it is (a year just ended is no recap of its own: annual results report it).
_EN_RECALLED = re.compile(
    r"\d[\d,.]*\s*(?:%|[a-z]+)?(?:\s+[a-z-]+){0,3}?\s+(?:that\s+|which\s+)?"
    r"(?:it|they|we|he|she|the\s+[a-z]+)\s+(?:had\s+|has\s+|have\s+)?(?:already\s+)?"
    r"(?:[a-z]+ed|shed|cut|spent|laid off|let go|made|lost|paid|sold|took|won|got|bought|"
    r"built|drew|gave|brought)(?:\s+(?:off|out|away|up))?\s+"
    r"(?:in|during|over|through|back in|earlier in|by the end of)\s*$"
)
_ZH_RECALLED = re.compile(
    r"(?:已经|已|曾|共|累计|一共)?[^，,；;。：:！？的\d]{1,4}(?:了|掉|过)?的(?:约|近|逾|超过|超|共|合计)?"
    r"[\d一二两三四五六七八九十百千万亿]"
)
_RECALLED_REACH = 70


def recalled_figures(norm: str, dates: Sequence[DateSpan], published: date) -> list[Marker]:
    """Background markers for the past dates (ended before publication) that close a relative
    clause on a figure before them ("the 24,000 roles it shed in 2025": after it, as English
    writes it) or open one on a figure after them (2025年裁掉的2.4万个岗位: before it)."""
    found = []
    for d in dates:
        if d.last >= published:
            continue
        if any(is_cjk(c) for c in d.text):  # 2025年, 去年
            if _ZH_RECALLED.match(norm, d.end):
                found.append(Marker("background", d.text, d.start, d.end))
            continue
        before = norm[max(0, d.start - _RECALLED_REACH) : d.start]
        cut = max((before.rfind(c) for c in ",;:!?()"), default=-1)
        if _EN_RECALLED.search(before[cut + 1 :]):
            found.append(Marker("background_post", d.text, d.start, d.end))
    return found


# --- progress towards a stated figure ----------------------------------------------------------

# "completed roughly 6,000 of the approximately 10,000 role reductions we announced in January",
# 已完成年初宣布的1万人裁员计划中的6000人: the progress is the news, and a date in the target's
# phrase ("announced in January", 年初宣布的) dates the target, not the progress. The part done
# is no size of the whole.
_EN_PROGRESS = re.compile(
    r"(?<![a-z])(?:completed|carried out|made|finished|executed|implemented|achieved|done|"
    r"cut|eliminated|delivered|through)\s+(?:[a-z]+\s+){0,2}?[\d,.]+(?:\s*(?:%|percent))?\s+of\s+"
    r"(?:the|its|our|their|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:[\d,.]+\s*[a-z]*\s+)?$"
)
_ZH_PROGRESS_VERB = re.compile(r"已完成|已经完成|完成了|已落实|已执行|已实施|已兑现")
_ZH_TARGET_AFTER = re.compile(r"[^，,；;。：:！？]{0,6}(?:计划|目标)(?:中|里|当中)?的")
_ZH_PART_BEFORE = re.compile(r"(?:计划|目标)(?:中|里|当中)的(?:约|近|逾|超过)?$")


def progress_target(norm: str, item: Item) -> int | None:
    """Where the progress verb ends when the item is (in) the target that progress is told
    against ("6,000 of the 10,000 role reductions", 已完成1万人裁员计划中的6000人), or None."""
    m = _EN_PROGRESS.search(norm, max(0, item.start - 90), item.start)
    if m is not None:
        return m.start()
    verb = _last(_ZH_PROGRESS_VERB, norm, max(0, item.start - 24), item.start)
    if verb is None or broken(norm, verb, item.start):
        return None
    return verb if _ZH_TARGET_AFTER.match(norm, item.end) else None


def progress_part(norm: str, item: Item) -> bool:
    """True when the amount is the part done of a target named before it (计划中的6000人)."""
    return item.kind is EvidenceKind.AMOUNT and bool(
        _ZH_PART_BEFORE.search(norm, max(0, item.start - 8), item.start)
    )


def _last(pattern: re.Pattern[str], norm: str, a: int, b: int) -> int | None:
    return max((m.start() for m in pattern.finditer(norm, a, b)), default=None)


# --- a date that dates only a comparison's yardstick -------------------------------------------

# "far less than the $2 billion its chairman announced in February": the date is the
# yardstick's, the comparison is the news. Not in a clause already set in the past ("a newsletter
# had reported that the board had capped it well below the $100bn figure announced in
# September" recalls a report: its pluperfect dates it, whatever the yardstick).
_COMPARISON = re.compile(
    r"(?:far|well|much)\s+(?:below|short of|less than|fewer than|smaller than|lower than)|"
    r"nowhere near|a fraction of|less than half|under half"
)
_YARDSTICK_TAIL = re.compile(r"\s*(?:[a-z'$-]+\s+){0,4}?(?:had\s+|has\s+|have\s+)?")
_PLUPERFECT = re.compile(r"(?<![a-z])had\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ut)(?![a-z])")


# The period a filing's change is measured against: "to decline by not less than 20% as
# compared with the year ended 31 December 2024", 较截至2024年12月31日止年度减少不少于20%. The
# date ends the earlier period (the yardstick); the change is the news. (normalised text)
_PERIOD_EN = (
    r"(?:the\s+)?(?:corresponding\s+|same\s+)?(?:financial\s+|fiscal\s+)?(?:year|six\s+months|"
    r"three\s+months|nine\s+months|period|half-year|quarter)\s+ended\s+(?:on\s+)?(?:\d{1,2}\s+)?"
)
_SINCE_PERIOD_EN = re.compile(
    r"\s*,?\s*(?:as\s+)?(?:compared\s+(?:with|to)|against|from|over)\s+(?:that\s+(?:of|for)\s+)?"
    + _PERIOD_EN
)
_PERIOD_ZH_BEFORE = re.compile(r"(?:较|比|相比|与|同)截至$")
_PERIOD_ZH_AFTER = re.compile(
    r"[\d一二三四五六七八九十〇零]{0,3}日?止(?:财政)?(?:年度|期间|六个月|三个月|九个月|季度)"
    r"(?:相比|比较)?[^，,；;。]{0,8}?(?:减少|增加|下降|上升|下跌|增长|降低|上涨|减|增|降|升|跌)"
)


def period_yardstick(norm: str, m: Marker, item: Item) -> bool:
    """True when marker `m` dates the end of the period an amount's change is measured against
    (`_SINCE_PERIOD_EN`, `_PERIOD_ZH_BEFORE` + `_PERIOD_ZH_AFTER`), not the amount."""
    if item.kind is not EvidenceKind.AMOUNT:
        return False
    if m.start >= item.end:
        return (
            m.start - item.end < 80
            and _SINCE_PERIOD_EN.fullmatch(norm, item.end, m.start) is not None
        )
    if m.end > item.start or not _PERIOD_ZH_BEFORE.search(norm, max(0, m.start - 4), m.start):
        return False
    after = _PERIOD_ZH_AFTER.match(norm, m.end)
    return after is not None and after.end() <= item.start


def yardstick_dated(norm: str, start: int, m: Marker, item: Item) -> bool:
    """True when background marker `m` dates only the yardstick of the comparison that the
    amount item is (`_COMPARISON`), in a sentence (from `start`) not set in the past, or the
    period a change is measured against (`period_yardstick`)."""
    if period_yardstick(norm, m, item):
        return True
    if item.kind is not EvidenceKind.AMOUNT or not _COMPARISON.match(norm, item.start):
        return False
    if _PLUPERFECT.search(norm, start, item.start):
        return False
    # after it, as English writes the yardstick's clause (Chinese writes the date inside the
    # comparison, 远低于2月宣布的20亿美元, where no marker outside the item reaches it)
    return m.start >= item.end and _YARDSTICK_TAIL.fullmatch(norm, item.end, m.start) is not None
