"""What a cue is said of, when that is not the claim's thing as done: a cue that is only the
outcome of a condition (须待……方可生效, "subject to ... before it can take effect"); an
on-track word whose object is another metric's guidance ("reiterated that earnings per share
... should be at least 160 pence", 重申每股盈利指引) or another owner's thing ("keeping Highland
Valley's life extension on track"); a cue whose subject is a group of other,
unnamed things ("several smaller projects may see their support delayed", 多个小型项目的补贴
或将推迟) in a sentence that names none of the claim's own subject. Each makes the cue a
mention. Pure helpers for `context`, over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.rules import ClaimRule
from watch.claims.signals import EvidenceKind, Hit, Item, TermKind, own_names
from watch.claims.text import Span
from watch.models import Stance

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


# --- an on-track word said of another named thing --------------------------------------------
# "keeping Highland Valley's life extension on track", 确保高地谷矿的延寿计划按计划推进: the thing
# kept on schedule is another owner's (a possessive, X's or X的), and no phrase of the rule is in
# it. A pronoun's or the company's own ("its", 公司的, 其) is the claim's party, and stays.
_ON_TRACK_WORDS = ("on track", "on schedule", "按计划", "如期", "按期", "按部就班")
_KEPT_EN = re.compile(
    r"(?<![a-z])(?:keep|keeps|keeping|kept)\s+(?P<obj>(?:[a-z0-9-]+\s+){0,3}?[a-z0-9-]+'s"
    r"(?:\s+[a-z0-9-]+){1,4}?)\s+$"
)
_KEPT_ZH = re.compile(
    r"(?:确保|保持|维持|让|使)(?P<obj>(?!公司|该|本|其|我们|集团)[^，。；,;\s]{1,12}?的"
    r"[^，。；,;\s]{1,12}?)(?:继续|仍然|仍|能够|能)?$"
)
_KEPT_REACH = 60


def kept_other(norm: str, hits: list[Hit], item: Item) -> str | None:
    """The other owner's thing an on-track cue keeps on schedule ("keeping Highland Valley's
    life extension on track"), when no phrase of the rule stands in it, else None."""
    cue = norm[item.start : item.end]
    if not any(word in cue for word in _ON_TRACK_WORDS):
        return None
    lead = norm[max(0, item.start - _KEPT_REACH) : item.start]
    found = _KEPT_EN.search(lead) if "'s" in lead else None
    if found is None and "的" in lead:
        found = _KEPT_ZH.search(lead)
    if found is None:
        return None
    start, end = item.start - len(lead) + found.start("obj"), item.start - len(lead) + found.end()
    if any(start <= h.start < end for h in hits):
        return None  # the kept thing names the claim's own ("keeping the Teck merger on track")
    return found.group("obj").strip()


# --- a cue said of a group of other things ---------------------------------------------------
_EN_GROUP = re.compile(
    r"(?:several|some|many|other|a\s+few|a\s+number\s+of|a\s+handful\s+of|dozens\s+of)\s+"
    r"(?:[a-z-]+\s+){0,3}?(?:projects|programmes|programs|plants|yards|shipyards|schemes|"
    r"companies|firms|lenders|banks|carriers|operators|builders|makers)(?![a-z])"
)
_ZH_GROUP = re.compile(
    r"(?:多个|数个|几个|若干|一些|部分|其他|其余|多家|数家|几家|一批)[^，。；,;]{0,8}?"
    r"(?:项目|计划|工厂|船厂|造船厂|企业|公司|厂商|银行)"
)
# ... after an opening conjunction ("But several ...", 而多个……)
_OPENER = re.compile(
    r"\s*(?:(?:but|and|meanwhile|however|still|yet)[\s,]+|(?:而|但|不过|同时|另外|此外)[，,]?)?"
)


def group_of_others(
    rule: ClaimRule, norm: str, span: Span, hits: list[Hit], item: Item
) -> str | None:
    """The group of other, unnamed things that opens the sentence of a cue ("Several
    smaller shipbuilding projects may see their support delayed"), when the sentence names none
    of the claim's own subject, else None."""
    opener = _OPENER.match(norm, span.start, item.start)
    at = span.start if opener is None else opener.end()
    found = _EN_GROUP.match(norm, at, item.start) or _ZH_GROUP.match(norm, at, item.start)
    if found is None or own_names(rule, hits):
        return None
    return found.group()


# --- a denial of something against the claim -------------------------------------------------
_DENIAL_WORD = re.compile(r"否认|驳斥|辟谣|反驳|(?<![a-z])(?:deni|deny|reject|dismiss|refut)")
# What goes against a claim in general: cutting, cancelling, delaying, pulling out
_ADVERSE = re.compile(
    r"(?<![a-z])(?:cut|cuts|cutting|reduce|reduces|reduced|reducing|trim|trims|trimmed|trimming|"
    r"scale\s+back|scaling\s+back|scrap|scraps|scrapped|scrapping|cancel|cancels|cancelled|"
    r"canceled|cancelling|canceling|delay|delays|delayed|delaying|postpone|postponed|postponing|"
    r"shelve|shelved|shelving|halt|halted|halting|suspend|suspended|suspending|axe|axed|"
    r"withdraw|withdrawn|withdrawing|pull\s+out|pulled\s+out|abandon|abandoned|abandoning)"
    r"(?![a-z])|削减|缩减|砍单|砍掉|取消|推迟|延迟|延后|暂停|搁置|终止|撤回|减少|放弃|叫停|缩水"
)
# The denial's object ends at its clause, or after the telling it names (的报道, 传闻)
_DENIED_REACH = 70
_DENIED_END = re.compile(r"[,;:!?，。；：！？]|\.(?:\s|$)")


def denied_adverse(norm: str, hits: list[Hit], item: Item) -> tuple[bool, str] | None:
    """A contradicting denial cue whose object is something against the claim (否认……将削减……订单
    的报道, "denied a report that it would cut the order"): (True, what) when that something is
    one of the rule's own contradicting cues (the denial then confirms), (False, what) when it
    is only a word of cutting or delaying (the denial is no evidence), else None. Never when
    the object names one of the rule's confirming cues: then the claim itself is denied."""
    if item.kind is not EvidenceKind.CUE or _DENIAL_WORD.match(norm, item.start) is None:
        return None
    stop = _DENIED_END.search(norm, item.end, item.end + _DENIED_REACH)
    end = stop.start() if stop is not None else item.end + _DENIED_REACH
    inside = [
        h for h in hits if item.end <= h.start and h.end <= end and h.entry.kind is TermKind.CUE
    ]
    if any(h.entry.key == Stance.CONFIRMS.value for h in inside):
        return None
    own = next((h for h in inside if h.entry.key == Stance.CONTRADICTS.value), None)
    if own is not None:
        return True, norm[own.start : own.end]
    adverse = _ADVERSE.search(norm, item.end, end)
    return (False, adverse.group()) if adverse is not None else None


def said_of_other(
    rule: ClaimRule, norm: str, span: Span, hits: list[Hit], item: Item
) -> str | None:
    """Why a cue is a mention, when it is only the outcome of a condition, said of another
    metric's guidance, of another owner's thing kept on track, or of a group of other things."""
    if item.kind is not EvidenceKind.CUE:
        return None
    condition = only_then(norm, item)
    if condition is not None:
        return f'is only what follows a condition ("{condition}"): a mention'
    metric = other_guidance(norm, hits, item)
    if metric is not None:
        return f'restates the guidance on another metric ("{metric}"), not the claim\'s: a mention'
    kept = kept_other(norm, hits, item)
    if kept is not None:
        return f'keeps another thing on track ("{kept}"), not the claim\'s: a mention'
    group = group_of_others(rule, norm, span, hits, item)
    if group is not None:
        return f'is said of a group of other things ("{group}"): a mention'
    return None
