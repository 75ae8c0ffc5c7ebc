"""What a cue is said of, when that is not the claim's thing as done: a cue that is only the
outcome of a condition (须待……方可生效, "subject to ... before it can take effect"); an
on-track word whose object is another metric's guidance ("reiterated that earnings per share
... should be at least 160 pence", 重申每股盈利指引); a cue whose subject is a group of other,
unnamed things ("several smaller projects may see their support delayed", 多个小型项目的补贴
或将推迟) in a sentence that names none of the claim's own subject. Each makes the cue a
mention. Pure helpers for `context`, over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.rules import ClaimRule
from watch.claims.signals import EvidenceKind, Hit, Item, own_names
from watch.claims.text import Span

# --- a cue that is only what happens once a condition is met ---------------------------------
# 方可/方能/才可/才能 right before the cue: "only then can it take effect"; in English "before it
# can take effect", "before it takes effect"
_ZH_ONLY_THEN = ("方可", "方能", "才可", "才能", "方会", "才会")
_EN_BEFORE = re.compile(
    r"(?<![a-z])before\s+(?:it|they|the\s+[a-z-]+(?:\s+[a-z-]+)?)\s+(?:can\s+|could\s+|will\s+)?"
    r"$"
)


def only_then(norm: str, item: Item) -> str | None:
    """The word that makes the cue only the outcome of a condition (方可生效, "before it can take
    effect"), else None."""
    if item.kind is not EvidenceKind.CUE:
        return None
    before = norm[max(0, item.start - 3) : item.start].rstrip()
    for word in _ZH_ONLY_THEN:
        if before.endswith(word):
            return word
    if "before" in norm[max(0, item.start - 40) : item.start]:
        found = _EN_BEFORE.search(norm, max(0, item.start - 40), item.start)
        if found is not None:
            return found.group().strip()
    return None


# --- an on-track word said of another metric's guidance --------------------------------------
_RESTATING = ("reiterat", "reaffirm", "重申", "维持")
# The metrics a company guides on besides the event a claim tracks: per-share earnings, a
# dividend, revenue, profit, margins
_OTHER_METRIC = re.compile(
    r"(?<![a-z])(?:earnings\s+per\s+share|eps|dividends?|revenue|sales|profit|margins?|"
    r"ebitda|free\s+cash\s+flow|net\s+income|payout)(?![a-z])|"
    r"每股收益|每股盈利|每股盈餘|每股盈余|股息|派息|分红|营收|收入|利润|盈利|毛利率|利润率"
)
_METRIC_REACH = 60
_CLAUSE_END = re.compile(r"[,;:，；：。.!?]")


def other_guidance(norm: str, hits: list[Hit], item: Item) -> str | None:
    """The metric whose guidance an on-track word restates ("reiterated that earnings per share
    ... should be at least"), when no phrase of the rule stands in that object, else None."""
    if item.kind is not EvidenceKind.CUE:
        return None
    cue = norm[item.start : item.end]
    if not any(word in cue for word in _RESTATING):
        return None
    stop = _CLAUSE_END.search(norm, item.end, item.end + _METRIC_REACH)
    end = stop.start() if stop is not None else item.end + _METRIC_REACH
    metric = _OTHER_METRIC.search(norm, item.end, end)
    if metric is None:
        return None
    # the object names the claim's own thing too ("reiterated the Berwick timetable and ..."):
    # the restating may be of it
    if any(item.end <= h.start < end for h in hits if h.start != item.start):
        return None
    return metric.group()


# --- a cue said of a group of other things ---------------------------------------------------
_EN_GROUP = re.compile(
    r"^(?:several|some|many|other|a\s+few|a\s+number\s+of|a\s+handful\s+of|dozens\s+of)\s+"
    r"(?:[a-z-]+\s+){0,3}?(?:projects|programmes|programs|plants|yards|shipyards|schemes|"
    r"companies|firms|lenders|banks|carriers|operators|builders|makers)(?![a-z])"
)
_ZH_GROUP = re.compile(
    r"^(?:多个|数个|几个|若干|一些|部分|其他|其余|多家|数家|几家|一批)[^，。；,;]{0,8}?"
    r"(?:项目|计划|工厂|船厂|造船厂|企业|公司|厂商|银行)"
)
_OPENERS = re.compile(r"^(?:but|and|meanwhile|however|still|yet|而|但|不过|同时|另外|此外)[\s,，]*")


def group_of_others(
    rule: ClaimRule, norm: str, span: Span, hits: list[Hit], item: Item
) -> str | None:
    """The group of other, unnamed things that opens the sentence whose cue this is ("Several
    smaller shipbuilding projects may see their support delayed"), when the sentence names none
    of the claim's own subject, else None."""
    if item.kind is not EvidenceKind.CUE:
        return None
    head = norm[span.start : item.start].lstrip()
    head = _OPENERS.sub("", head, count=1)
    found = _EN_GROUP.match(head) or _ZH_GROUP.match(head)
    if found is None or own_names(rule, hits):
        return None
    return found.group()
