"""Told dates: the past date of a telling ("said in January it would ...", 1月宣布, 上月表示,
"which earlier this month said") governs what was told after it in the same clause, which is
then a recap (`told_then`); unless the news is a step of a plan told before. `telling` and the
recap marker kinds are shared with `background.continued`.
"""

from __future__ import annotations

import re

from watch.claims.markers import Marker
from watch.claims.recalled import TIME_WORD, broken
from watch.claims.retold import retold
from watch.claims.signals import EvidenceKind, Item
from watch.claims.speech import PLEDGE_ZH, REPORT_ZH, SAY_ZH
from watch.claims.told_undated import undated_telling

TELLS_ZH = REPORT_ZH + "|预告|预警|示警"  # English lists below stay narrow: see speech.py
# A telling dated in the past: "said in January it would ...", "flagged last year that ...",
# 1月宣布, 2月已预告. The date is the telling's; what was told, the rest of the clause, a recap.
_SPEECH_BEFORE = re.compile(
    r"(?<![a-z])(?:said|announced|disclosed|stated|pledged|promised|vowed|revealed|confirmed|"
    r"reported|flagged|warned|told (?:[a-z]+ ){0,2}?)\s*(?:in|on|at|back in|earlier|last)?\s*$"
)
# ... and the date before its verb: 1月宣布, 上月报道, "which in February said it would ..."
_SAID = r"(?:said|announced|disclosed|stated|pledged|promised|vowed|reported|flagged|warned)\b"
_SPEECH_AFTER = re.compile(
    r"\s*(?:曾|就|即|已|已经|早已)?(?:[对向][\u4e00-\u9fff]{1,5}?)?"
    r"(?:" + SAY_ZH + "|" + PLEDGE_ZH + "|" + TELLS_ZH + r")|\s*(?:it\s+)?" + _SAID
)
# "earlier" with its month or year before a telling; "earlier this week" may be the news's
_EARLIER_TOLD = re.compile(r"\s+(?:this|last)\s+(?:month|year)\s*,?\s*(?:it\s+)?" + _SAID)
RECAP_KINDS = frozenset(
    ["background", "background_post", "background_clause", "background_old", "background_setting"]
)
# words of a comparison's baseline: they date the yardstick, not a clause (`baseline`)
YARDSTICKS = frozenset(
    ["up from", "down from", "compared with", "compared to", "below the", "above the"]
)


# ... and the month the claim was made (`story.made_month`), which dates only a telling, as
# a loose period begun long ago does (年初表示, `past_dates.told_period`)
TELLING_KINDS = RECAP_KINDS | {"background_made"}
_TOLD_KINDS = TELLING_KINDS | {"background_told"}


def telling(norm: str, m: Marker) -> bool:
    if undated_telling(norm, m):  # "previously said", 此前表示
        return True
    if m.word == "earlier" and m.kind in RECAP_KINDS:  # "which earlier this month said"
        return _EARLIER_TOLD.match(norm, m.end) is not None
    if m.kind not in _TOLD_KINDS or m.word in YARDSTICKS:
        return False
    if m.kind != "background_made" and not TIME_WORD.search(m.word):  # (上周四 is a date too)
        return False
    return bool(
        _SPEECH_BEFORE.search(norm, max(0, m.start - 24), m.start)
        or _SPEECH_AFTER.match(norm, m.end, m.end + 16)
    )


# The news as a step of a plan told before ("..., part of a programme announced in January to
# cut 5,000 jobs by the end of 2026"): the step carries the plan's timetable as standing, so the
# plan's date is not set aside with the telling's.
_STEP_OF = re.compile(
    r"(?<![a-z])part of (?:a|an|the|its|their)\s+(?:[a-z-]+\s+){1,3}?"
    r"(?:announced|unveiled|disclosed|outlined|set out)\s+(?:in|on|back in|last)?\s*$"
)


def told_then(norm: str, markers: list[Marker], item: Item) -> Marker | None:
    """A past date of a telling that governs what was told after it, in the same clause, or
    that is the date item itself ("said last month that ...", 上月表示: the telling's day)."""
    for m in markers:
        own = item.kind is EvidenceKind.DATE and m.start <= item.start and item.end <= m.end
        if own and telling(norm, m):
            return m
        if retold(norm, m, item.start):  # 今年1月，圆通……承诺……; 上周四发表声明，指……
            return m
        if m.end <= item.start and telling(norm, m) and not broken(norm, m.end, item.start):
            step = _STEP_OF.search(norm, max(0, m.start - 60), m.start)
            if step is None or item.kind is not EvidenceKind.DATE:
                return m
    return None
