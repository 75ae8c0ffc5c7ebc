"""A schedule word that only says what the plan asks: 按计划应在9月底前完成 ("under the plan it
should be done by the end of September"), 按原计划应于……, "according to plan, the deal should
close by September", "the plant is supposed to open on schedule". 应/"should"/"is supposed to"
with the plan tells what the schedule is, not that the work keeps to it: the on-track cue is a
mention (a restated plan), as a date under a plan verb is (`planned`).

Still a schedule held: 按计划推进, 如期完成, 按计划将于三季度投产 (no 应), "remains on track",
"will close as planned", "is on track and should close in May" (the should is after a hold, not
after "according to plan"/"as planned")."""

from __future__ import annotations

import re

from watch.claims.signals import EvidenceKind, Item
from watch.models import Stance

# The plan word (simplified; traditional is normalised to it), then 应 and its kin.
_CJK = re.compile(
    r"(?:按计划|按原计划|按照计划|按照原计划|按规划|按计画|按原计画|按照计画|依计划|依原计划|"
    r"依照计划|根据计划|根据原计划)\s*(?:本来|原本)?\s*(?:应|应该|应当|理应|本应)"
)
# "according to plan, the deal should ...", "as planned, it is supposed to ..."
_EN_OPENER = re.compile(r"(?:according to (?:the )?plan|as planned|as scheduled|under the plan)$")
_EN_AFTER = re.compile(
    r",?\s+(?:[a-z][\w'-]*\s+){0,4}?(?:should|ought to|(?:is|are|was|were) supposed to)(?![a-z])"
)
# "is supposed to close on schedule": the modal before the schedule word, within its clause
# ("should close on time" is a forecast that it holds, left to the hedges)
_EN_BEFORE = re.compile(r"(?<![a-z])supposed to\s+(?:[a-z][\w'-]*\s+){0,6}?$")


def supposed_schedule(norm: str, item: Item) -> str | None:
    """The words that make a confirming on-track cue a restatement of the plan ("按计划应",
    "according to plan ... should"), or None."""
    if item.kind is not EvidenceKind.CUE or item.stance is not Stance.CONFIRMS:
        return None
    return supposed_at(norm, item.start, item.end)


def supposed_at(text: str, start: int, end: int) -> str | None:
    """The same for the schedule word at text[start:end], however it was found (a cue, or the
    word `timing.held_to` reads before a date)."""
    head = _CJK.match(text, start)
    if head is not None:
        return head.group(0)
    word = text[start:end]
    if _EN_OPENER.search(word):
        after = _EN_AFTER.match(text, end)
        if after is not None:
            return f"{word} ... {after.group(0).split()[-1]}"
    if re.fullmatch(r"on schedule|as planned|as scheduled|on time|according to plan", word):
        before = _EN_BEFORE.search(text[max(0, start - 60) : start])
        if before is not None:
            return f"{before.group(0).split()[0]} ... {word}"
    return None
