"""An event noun whose own predicate dates it, farther off than a launch word and its date:
"Bank of China's relocation of its Middle East regional headquarters to Riyadh is likely to be
completed only in the first half of 2027", 区域总部迁址预计明年二季度完成,
由迪拜迁往利雅得的工作预计于2027年第二季度完成. The noun (relocation, 迁址) is no act done: its
date, given by "to be completed in" or by 预计……完成, is when the act will be, and `weighing`
judges the noun with that date.

    predicate_dated(norm, cue_end, start, end)   whether the date at norm[start:end] completes the
                                            noun that ends at cue_end

Pure, over normalised text (simplified Chinese, lower case)."""

from __future__ import annotations

import re

# English: the noun's own object ("of its ... to Riyadh"), then a completion predicate in the
# passive with its date ("is likely to be completed only in", "is now expected to be finished
# by"). Only the object's words stand between: no clause break, no second verb.
_EN = re.compile(
    r"(?:\s+(?:of|to|from)\s+(?:[\w'-]+\s+){0,8}?[\w'-]+)?"
    r"\s+(?:is|are|was|were|has\s+been|had\s+been|now|still|currently|\s)+?"
    r"(?:(?:likely|expected|set|due|scheduled|slated|planned|unlikely|not\s+expected)\s+to\s+be\s+|"
    r"(?:to\s+be\s+)?)"
    r"(?:completed|finished|finali[sz]ed|concluded|done|wrapped\s+up)\s+"
    r"(?:(?:only|now|not\s+until|until|no\s+earlier\s+than)\s+)?(?:in|by|during|around)?\s*"
    r"(?:the\s+)?(?:(?:early|late|mid-?)\s*)?|"
    # or its start foreseen: "the phased restart of the mine would now begin 'early in the third
    # quarter'", "the move is expected to start in 2027"
    r"(?:\s+(?:of|at|to|from)\s+(?:[\w'-]+\s+){0,8}?[\w'-]+)?"
    r"\s+(?:(?:would|will|is\s+to|are\s+to)\s+|(?:is|are)\s+(?:now\s+)?(?:likely|expected|set|"
    r"due|scheduled|slated|planned)\s+to\s+)(?:now\s+)?(?:begin|start|commence|take\s+place)\s+"
    r"[\"'“‘]?(?:(?:early|late|mid-?)\s*)?(?:(?:in|by|during|around)\s+)?(?:the\s+)?|"
    # or its slip into a later period, past an aside of its own: "completion of the merger,
    # which had been expected by the end of the third quarter, may now extend into the fourth"
    r"(?:\s+(?:of|at|to|from|with)\s+(?:[\w'-]+\s+){0,8}?[\w'-]+)?(?:,[^,;:!?]{2,100},)?"
    r"\s+(?:(?:has|have|had|may|might|could|will|would|is|was)\s+)?(?:now\s+|likely\s+)?"
    r"(?:(?:be\s+)?(?:extend|extends|extended|slip|slips|slipped|slide|slides|slid|spill|spills|"
    r"spilled|drag|drags|dragged|run|runs|ran|pushed|delayed|deferred))\s+(?:[a-z'-]+\s+){0,2}?"
    r"(?:into|to|until)\s+(?:the\s+)?"
)
# Chinese: the noun, a few characters of its own (的工作), an expectation word, the date, then a
# completion verb right after the date (预计明年二季度完成, 预计于2027年第二季度完成).
_ZH_LEAD = re.compile(r"[^，,。；;！？!?\s]{0,6}?(?:预计|将|计划|拟|有望|或将|料将|可望)(?:于|在)?")
_ZH_TAIL = re.compile(r"(?:前|内|底)?(?:才能?|方能|才会)?(?:完成|完工|竣工|落地|结束|到位)")


def predicate_dated(norm: str, cue_end: int, start: int, end: int) -> bool:
    """Whether the date at norm[start:end] is the completion date of the event noun ending at
    `cue_end` (before it, in its own clause)."""
    if start - cue_end > 150:  # (the noun, its object, an aside, the predicate)
        return False
    if _EN.fullmatch(norm, cue_end, start) is not None:
        return True
    if _ZH_LEAD.fullmatch(norm, cue_end, start) is None:
        return False
    return _ZH_TAIL.match(norm, end) is not None
