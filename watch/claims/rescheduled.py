"""A date given by a schedule verb times the event its sentence is about, however long the
event's noun phrase: "first production of mixed hydroxide precipitate at its Pomalaa HPAL plant
is now scheduled for March 2027", "resets the plant's start to March 2027", 首批产品的投产时间
推迟至2027年3月. `NEAR_DATE` measures words; a schedule verb says outright what the date is."""

from __future__ import annotations

import re

from watch.claims.dates import DateSpan

# The verb right before the date (an article or "as early as" may stand between).
_SCHEDULE_LEAD = re.compile(
    r"(?<![a-z])(?:(?:now|newly)\s+)?(?:scheduled|rescheduled|slated|set|timed|planned|expected|"
    r"pencilled|penciled)\s+(?:in\s+)?for\s+(?:the\s+)?$|"
    r"(?<![a-z])(?:reset|resets|moved|moves|pushed|pushes|pushed back|postponed|postpones|"
    r"delayed|delays|deferred|defers|rescheduled|reschedules)\s+(?:[^\s,;:.!?]+\s+){0,6}?"
    r"(?:to|until)\s+(?:the\s+)?$|"
    # a completion foreseen: "is likely to be completed only in the first half of 2027"
    r"(?<![a-z])(?:likely|expected|set|due|scheduled|slated|planned|unlikely)\s+to\s+be\s+"
    r"(?:completed|finished|finali[sz]ed|concluded)\s+(?:(?:only|now|not\s+until)\s+)?"
    r"(?:in|by|during)\s+(?:the\s+)?$|"
    # a slip into a later period: "may now extend into the fourth quarter", "slipped into 2027"
    r"(?<![a-z])(?:extend|extends|extended|extending|slip|slips|slipped|slipping|slide|slides|"
    r"slid|sliding|spill|spills|spilled|spilling|drag|drags|dragged|dragging|run|runs|ran|"
    r"running|push|pushes|pushed|pushing)\s+(?:[a-z'-]+\s+){0,3}?into\s+(?:the\s+)?$|"
    r"(?:定于|定在|推迟至|推迟到|推延至|延后至|延后到|延至|延到|延期至|改至|改到|改为|调整至|调整为|"
    r"顺延至|推后至|押后至)\s*$"
)
# The subject's event word stands before the verb in the same clause: no sentence end, no
# second clause ("production began, and the next phase is scheduled for ...").
_BREAK = re.compile(r"[.;!?。；！？]\s|[;；。！？]|,\s*(?:and|but|while)\s|，(?:而|但)")
REACH = 200


def scheduled_event(events: list[tuple[int, int]], norm: str, d: DateSpan) -> bool:
    """Whether a schedule verb before `d` dates one of `events` (the spans of the rule's
    `when.near` words) told before it in the same clause."""
    lead = _SCHEDULE_LEAD.search(norm, max(0, d.start - 60), d.start)
    if lead is None:
        return False
    return any(
        end <= lead.start()
        and lead.start() - end <= REACH
        and not _BREAK.search(norm, end, lead.start())
        for _, end in events
    )


# Words that turn from an original plan to what became of it: "originally due in April, but now
# slated for the third quarter", 原本承诺第二季投产，最终延迟至7月中. The clause after one is
# news. (After other recaps a "but" goes on with the story: "last year it said ..., but later
# ...": `background.turned` asks this only after an original plan.)
_TURN = re.compile(
    r"但是|但|然而|不过|最终|最后|终于|改为|改成|如今|眼下|"
    r"(?<![a-z])(?:but|however|now|instead|ultimately|eventually|finally)(?![a-z])"
)
# 最后一轮 is "the last round", 不过 after 只 is "only": no turn
_NOT_TURN = re.compile(r"最后一|最终的|只不过|不过是|but also|now-")
# So does a clause after the plan's that tells what became of it, opened by a cause or a
# sequel: 原计划在6月底前完成交割，因巴西审查延长而推迟了一周多 / ，后因……延期 / ，结果拖到了
# 7月; "was supposed to close in June, only to be delayed by ...". (因此, "so", goes on with the
# plan.)
_TOLD_AFTER = re.compile(
    r"[，,；;]\s*(?:却|后因|后来|随后|结果|实际上|实际|不料|(?:但)?(?:因|由于|受)(?!此|而))|"
    r",\s*only to(?![a-z])"
)


def plan_sequel(norm: str, start: int, end: int) -> bool:
    """Whether a clause telling what became of a plan opens in norm[start:end] (the plan's
    marker to the evidence)."""
    if _TOLD_AFTER.search(norm, start, end):
        return True
    for turn in _TURN.finditer(norm, start, end):
        fences = _NOT_TURN.finditer(norm, max(0, turn.start() - 2), turn.end() + 5)
        if not any(f.start() <= turn.start() and turn.end() <= f.end() for f in fences):
            return True
    return False
