"""The claim's own statement retold in a sentence of its own: a date that holds the day the claim
was made (`past_dates.made_month`, `weeks_ago`: a `background_made` marker) before the telling
it dates, fronted with its subject between ("今年1月，圆通在网点大会上承诺……", "In January,
Acme pledged at its dealer meeting to ...") or right before it (上周四发表声明), a promise
verb (承诺, 表态, 保证, 许诺, pledged, promised, vowed) being a telling too. What was told runs
on past the telling's commas (上周四发表声明，指……，涉及约120万条记录) to a contrast or the
clause whose subject points back to the promise with a verb of now ("这个承诺我们会兑现到年底",
"that pledge will hold through December"): that one is news. Pure helper for `background`.
"""

from __future__ import annotations

import re

from watch.claims.markers import Marker
from watch.claims.speech import PLEDGE_EN, PLEDGE_ZH, REPORT_EN, REPORT_ZH, SAY_EN, SAY_ZH

_ZH_TELL = (
    r"(?:" + SAY_ZH + "|" + PLEDGE_ZH + "|" + REPORT_ZH + "|重申|"
    r"发表声明|发布声明|发声明|声明|发布公告|发公告|公告|援引|引述)"
)
_EN_TELL = (
    r"(?<![a-z])(?:" + SAY_EN + "|" + PLEDGE_EN + "|" + REPORT_EN + r"|quoted|cited)(?![a-z])"
)
_EN_STATEMENT = (
    r"\s+(?:press\s+|news\s+|joint\s+|written\s+)?(?:statement|announcement|release|filing|"
    r"notice|letter|post|posting|remarks|comments|disclosure)s?(?![a-z])"
)
_ZH_STATEMENT = r"声明|公告|通告|公报|新闻稿|通稿|表态|发言|讲话|文件|通报|帖子|公开信"
# the date, its comma if fronted (or none: "Last Thursday the Department of Defence told us"),
# the subject and where it spoke (在全网网点大会上, "at its dealer meeting"), and the telling
# verb: no clause break in the subject, and a main verb, not one of a time or a noun's clause
# (从3月宣布时的上限, 宣布的计划)
_TOLD_AT = re.compile(
    rf"\s*(?:[,，]?\s*[^,，;；:：。.!?！？\n]{{0,44}}?)?(?:{_ZH_TELL}(?:过|了)?(?![时的之后前])|{_EN_TELL})"
    # ... or the statement's noun the date stands in ("The April 9 statement, which quoted ...",
    # "its March 3 filing said", 4月9日的声明中称, 3月3日的公告指出)
    rf"|(?:{_EN_STATEMENT}|\s*的(?:{_ZH_STATEMENT})(?:中|里)?\s*{_ZH_TELL})"
)
# a change told, not the statement retold ("told them it now aims for", 目前改为): news
_CHANGED = re.compile(
    r"(?<![a-z])(?:now|no longer|instead|revised|lowered|cut|pared|scaled back|raised)(?![a-z])|"
    r"现在|目前|如今|改为|转为|转而|不再|下调至|上调至|调整为|修订为"
)
# what ends what was told: a stop, a contrast, a question
_ENDS = re.compile(
    r"[;；。!?！？\n]|(?<![a-z])(?:but|however|while|whereas)(?![a-z])|但|然而|不过|而是"
)
# a clause whose subject points back to the promise, told now with a verb of now or of the
# future ("这个承诺我们会兑现到年底", "that pledge will hold"): the speaker's word of now, not the
# statement retold
_PROMISE_NOW = re.compile(
    r"[,，:：]\s*(?:(?:这个|这一|这项|这些|该|此|上述)(?:承诺|保证|表态)[^,，;；。]{0,6}?"
    r"(?:会|将|要|仍|依然|继续|一定|必将|正在)|"
    r"(?:this|that|the|our|these|those)\s+(?:promise|pledge|commitment|vow|guarantee)s?\s+"
    r"(?:will|would|still|remains?|stands?|holds?|is|are)(?![a-z]))"
)
_MAX_COMMAS = 3


def retold(norm: str, m: Marker, item_start: int) -> bool:
    """Whether the `background_made` marker m dates a telling whose told words reach the item at
    `item_start` (after the marker, in its sentence)."""
    if m.kind != "background_made" or m.end > item_start:
        return False
    told = _TOLD_AT.match(norm, m.end, item_start)
    if told is None:
        return False
    between = norm[told.end() : item_start]
    if _ENDS.search(between) or _PROMISE_NOW.search(between) or _CHANGED.search(between):
        return False
    return between.count(",") + between.count("，") <= _MAX_COMMAS


def promise_now(norm: str, start: int, end: int) -> bool:
    """Whether a clause in norm[start:end] points back to the promise with a verb of now
    ("，这个承诺我们会兑现到年底"): news, which a recall before it does not reach."""
    return _PROMISE_NOW.search(norm, start, end) is not None
