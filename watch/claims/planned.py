"""A planned date restated: "the fab is scheduled to begin volume production in the third quarter
of 2026", "is due to start output in Q3", "will start output in the first half of 2026",
计划于2026年上半年投产, 計畫於第三季量產 (计画于第三季量产). For a claim that something happens
within a window, a date inside the window that fills a plan verb (scheduled, due, set, plans,
will, 计划, 拟, 将) only says the schedule again: a mention, as a cue under `pending` is "only
planned", and the cue the date times ("begin volume production", 投产) goes with it. An
expectation ("expected to", 预计, 有望) is left to the hedges (`context`): bare, it lowers the
date below an alert; said on the record with progress told (已完成设备安装，预计三季度投产) it is
the project's own news.

Still news: a plan reported afresh ("..., people familiar said", 公司周二表示: `_FRESH`; in the
claim's own days, the claim itself), a plan held to now ("is still scheduled", "remains on track
to", "will start in Q3 as planned", 仍计划, 重申, 如期: `timing.held_to`), a plan moved ("brought
forward to Q3", 提前至), an event done ("began volume production in Q3", 于三季度正式量产: no plan
verb), and a date outside the window ("now scheduled for 2027": a delay, never touched here). A
claim that is itself a plan ("plans to list in Q4") is confirmed by its plan restated, and is left
alone.

A wish or aim governing the claim's own date ("said it wants a new agreement in place before the
old one expires at the end of March", "hopes to sign by March", 希望在3月底前达成协议, 力争上半年
投产) restates the plan however freshly it is told: wanting the thing by its date is no news that
it happens (`_WISH_THEN_DATE`, `_WISH_BEFORE_CJK`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from watch.claims.certainty import plan_claim
from watch.claims.rules import ClaimRule
from watch.claims.signals import EvidenceKind, Item
from watch.claims.speech import SAY_PAST_EN
from watch.claims.text import Span
from watch.claims.timing import held_to
from watch.models import Stance

PLAN_REACH = 80  # from the plan word to its date, across the verb phrase it governs
FRESH_REACH = (
    90  # a reporting verb before the plan word: its clause, or the telling and subject before it
)
WISH_REACH = 140  # from a wish word to its date: the wish's object and a "before ..." clause
OWN_DAYS = dt.timedelta(days=3)  # the claim's own news: the day it was made and the days after

# The plan word, then the verb phrase it governs, then the date: "is scheduled to begin volume
# production in", "is due to start volume output in", "will start output in the", "plans to open
# the plant by", "is slated for". No clause boundary inside.
_PLAN_THEN_DATE = re.compile(
    r"(?<![a-z])(?P<plan>(?:scheduled|slated|due|set|planned|poised|targeted|timed)"
    r"\s+(?:to|for)|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|"
    r"targeting|will|would|is\s+to|are\s+to|supposed\s+to)"
    r"(?P<gap>(?:\s+(?!(?:and|but|or|which|who|while|after|before|when|until|than|if|as|because|"
    r"since|once|so|that|though|although|where)\b)"
    r"[a-z][\w'-]*){0,7}?\s+(?:(?:in|by|during|from|around|for|at|as early as|sometime in|"
    r"some time in|early|late|mid-?)\s+)*(?:the\s+)?)$"
)
# Chinese puts the date before the verb: 计划于2026年上半年投产, 预计第三季量产, 将在上半年投产, or
# the plan word after it: 上半年将投产.
_PLAN_BEFORE_CJK = re.compile(
    r"(?P<plan>计划|计画|规划|预定|拟|将|打算|准备|目标|定于|按计划应|应)"
    r"(?:在|于|将于|将在|会在|要在|争取在|争取于|力争在|力争于)?\s*$"
)
_PLAN_AFTER_CJK = re.compile(r"\s*(?:内|前后|左右|期间|中)?\s*(?P<plan>将|计划|拟)")
# A plan moved is news, whichever way: "brought forward to", "pushed back to", 提前至, 推迟至.
_MOVED = re.compile(
    r"(?<![a-z])(?:mov(?:e|es|ed|ing)|push(?:es|ed|ing)?|pull(?:s|ed|ing)?|bring(?:s|ing)?|brought|"
    r"(?:delay|postpone|defer|advance|shift|reschedule|slip|change|revise)[a-z]*)(?![a-z])|"
    r"提前|推迟|延后|延迟|延至|推后|调整|改为|改到"
)
# A confirming cue timed by the date: the verb between the plan word and the date ("scheduled to
# begin volume production in Q3"), or right after the date in Chinese (第三季量产, 上半年正式投产).
_DATE_THEN_VERB = re.compile(r"\s*(?:将|会|将会|正式|开始|实现|全面|启动)?\s*")
# A fresh report of the plan ("Acme plans to go public in the fourth quarter, people familiar
# said", 公司周二表示，……计划于第三季度投产, 年报显示) tells it as news; a telling in the present
# perfect ("the company has said"), a standing "says" or an earlier one (曾表示, 此前称) recaps it,
# unless it is addressed to someone: "management has told us", "has assured unions", 已告知员工
# is one telling of the news cycle, not a standing position.
_FRESH = re.compile(
    r"(?<![a-z])(?<!previously )(?<!earlier )(?:has|have)\s+(?:just\s+|now\s+)?"
    r"(?:told|informed|assured|notified|briefed|written\s+to)\s+(?:us|staff|employees|workers|"
    r"the\s+works\s+council|unions?|analysts|investors|lenders|shareholders|customers|regulators)"
    r"(?![a-z])|"
    r"(?<![a-z])(?<!has )(?<!have )(?<!had )(?<!previously )(?<!earlier )(?<!already )"
    r"(?:" + SAY_PAST_EN + r")(?![a-z])|"
    r"(?<!此前)(?<!曾)(?<!早前)(?<!先前)(?<!之前)(?:已|已经)?(?:告知|通知|知会|告訴|告诉)"
    r"(?:我们|我們|员工|員工|工会|工會|投资者|投資人|分析师|分析師|股东|股東|客户|客戶)|"
    r"(?<!此前)(?<!曾)(?<!早前)(?<!先前)(?<!之前)(?<!曾经)"
    # narrower than speech.SAY_ZH: with 披露/证实/说 a recalled exit read as a fresh plan (nu-mix6)
    r"(?:表示|宣布|公告|透露|指出|介绍|显示|(?<![名堪号])称(?!为))"
)
# A wish or aim and the phrase it governs, up to the date: "wants a new agreement with IF Metall
# in place before the old one expires at the end of", "hopes to sign the deal by". Longer than a
# plan verb's reach (the wish's object and its "before ..." clause), but within one clause. Not
# one in the pluperfect ("had hoped to open in April", 原本希望): the plan that was, which the
# hedges weigh.
_WISH_GATE = re.compile(
    r"want|hope|aim|wish|seek|sought|keen|eager|would like|"
    r"希望|力争|争取|期望|盼|寄望|冀望|力求|希冀"
)
_WISH_THEN_DATE = re.compile(
    r"(?<![a-z])(?<!had )(?<!had been )"
    r"(?P<plan>wants?|wanted|wanting|hopes?|hoped|hoping|aims?|aimed|aiming|wish(?:es|ed)?|"
    r"seeks?|seeking|sought|(?:is|are|was|were)\s+(?:keen|eager)|would\s+like)"
    r"(?P<gap>(?:\s+(?!(?:and|but|which|who|while|because|since|though|although)\b)[a-z][\w'-]*)"
    r"{0,18}?\s+)$"
)
_WISH_BEFORE_CJK = re.compile(
    r"(?<!原本)(?<!曾)(?<!曾经)(?<!原先)"
    r"(?P<plan>希望|力争|争取|期望|盼望|期盼|寄望|冀望|力求|希冀)(?:能够|能|可以|可|尽快)?"
    r"(?:在|于|赶在)?\s*$"
)
_HELD_AFTER = re.compile(
    r"^[^,;.，。；]{0,20}?(?:as planned|as scheduled|on schedule|on track|如期|按计划|按期)"
)


def restated_plans(
    rule: ClaimRule,
    norm: str,
    span: Span,
    items: Sequence[Item],
    published: dt.date,
    names: Sequence[tuple[int, int]] = (),
) -> list[tuple[Item, str]]:
    """The confirming items of one sentence that only restate the claim's plan, each with why:
    a date inside the window filling a plan verb and the cue it times (for a claim with a `when`
    window), and, in the claim's own days (`_own_days`), the rest of a sentence that states the
    schedule so (建设进展顺利，计划于……投产: the claim itself, not news that it holds). `names`:
    the spans of the names the rule matched, whose words are no wish ("Hope" in Hope Education).
    Nothing for a claim that is itself a plan, nor for a sentence that tells a change to the
    plan: its dates are weighed as they were; nor a date whose plan is reported afresh after
    those days (`_FRESH`)."""
    if plan_claim(rule):
        return []
    if any(i.stance is Stance.CONTRADICTS and i.confidence > 0 for i in items):
        return []  # the plan a change is told of ("plan to start this spring has been delayed")
    own_days = _own_days(rule, published)
    live = [i for i in items if i.stance is Stance.CONFIRMS and i.confidence > 0]
    dates = [i for i in items if i.kind is EvidenceKind.DATE and i.stance is Stance.CONFIRMS]
    out: list[tuple[Item, str]] = []
    stated = False  # a date restated, whether or not `pending` already took it
    for dated in dates if rule.when is not None else []:
        found = _plan_of(norm, dated, names) if dated.part == "when" else None
        if found is None:
            continue
        word, start, wish = found
        if (
            not wish
            and not own_days
            and _FRESH.search(norm, max(span.start, start - FRESH_REACH), span.end)
        ):
            continue  # the plan reported afresh: news (in the claim's own days, the claim itself)
        stated = True
        why = (
            f'restates the plan ("{word}")'
            if not wish
            else f'wishes for the claim\'s date ("{word}")'
        )
        out += [
            (i, why)
            for i in live
            if i is dated or (i.kind is EvidenceKind.CUE and _timed(norm, i, dated, start))
        ]
    if not stated or not own_days:
        return out
    # the whole sentence states the schedule the claim was made from ("进展顺利" with it); the
    # claim's figure told in its own days is that statement's news (the labelling conventions:
    # "new facts or statements ... in its own news cycle"), as it is with no schedule beside it
    why = f"states the schedule in the days the claim was made ({rule.made})"
    return out + [
        (i, why)
        for i in live
        if all(i is not o for o, _ in out) and i.kind is not EvidenceKind.AMOUNT
    ]


def _own_days(rule: ClaimRule, published: dt.date) -> bool:
    """Whether the article is of the day the claim was made or the few days after it."""
    return rule.made <= published <= rule.made + OWN_DAYS


def _plan_of(
    norm: str, dated: Item, names: Sequence[tuple[int, int]] = ()
) -> tuple[str, int, bool] | None:
    """The plan word whose verb the date fills, where it starts and whether it is a wish
    (`_wish_of`), or None (none, or the plan held to or moved)."""
    wished = _wish_of(norm, dated, names)
    if wished is not None:
        return wished
    lead = norm[max(0, dated.start - PLAN_REACH) : dated.start]
    found = _PLAN_THEN_DATE.search(lead) or _PLAN_BEFORE_CJK.search(lead)
    if found is not None:
        start = dated.start - len(lead) + found.start("plan")
        if _MOVED.search(norm, start, dated.start):
            return None
    else:
        found = _PLAN_AFTER_CJK.match(norm, dated.end)
        if found is None:
            return None
        start = dated.start
    if held_to(norm, dated) is not None or _HELD_AFTER.search(norm[dated.end : dated.end + 40]):
        return None
    return found.group("plan"), start, False


def _wish_of(
    norm: str, dated: Item, names: Sequence[tuple[int, int]] = ()
) -> tuple[str, int, bool] | None:
    """The wish or aim word governing the date and where it starts, or None (also when the word
    is inside one of the `names`: Hope Education hopes for nothing). Gated by a substring test:
    most sentences hold no wish word."""
    lead = norm[max(0, dated.start - WISH_REACH) : dated.start]
    if _WISH_GATE.search(lead) is None:
        return None
    cut = max(lead.rfind(c) for c in ",;.:，。；：")  # within the date's own clause
    lead = lead[cut + 1 :]
    base = dated.start - len(lead)
    found, at = None, 0
    while at <= len(lead):
        found = _WISH_THEN_DATE.search(lead, at) or _WISH_BEFORE_CJK.search(lead, at)
        if found is None or not any(a <= base + found.start("plan") < b for a, b in names):
            break
        at = found.start("plan") + 1  # "Hope" in Hope Education: a later "hopes to" may wish
    if found is None:
        return None
    start = base + found.start("plan")
    if _MOVED.search(norm, start, dated.start) or held_to(norm, dated) is not None:
        return None
    return found.group("plan"), start, True


def _timed(norm: str, cue: Item, dated: Item, plan_start: int) -> bool:
    if plan_start <= cue.start and cue.end <= dated.start:
        return True
    return (
        cue.start >= dated.end and _DATE_THEN_VERB.fullmatch(norm, dated.end, cue.start) is not None
    )
