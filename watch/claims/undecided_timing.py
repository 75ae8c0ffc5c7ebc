"""Undecided timing: a confirming cue that is the subject of "timing undecided" (全面开放时间未定,
"the launch date remains undecided") names the event without reporting it. Read by
`context._not_news`.
"""

from __future__ import annotations

import re

from watch.claims.signals import EvidenceKind, Hit, Item, TermKind
from watch.models import Stance

# A launch word as the subject of "timing undecided": 全面开放时间未定, 上线时程尚未确定,
# "the launch date remains undecided", "a date for the launch has not been set". What is undecided
# is when the event comes; the event is not reported (a rule that counts `<undecided>` against the
# claim reads that word itself).
TIMING_UNDECIDED = re.compile(
    r"\s*的?(?:具体|确切|正式)?(?:时间表|时间|时程|日期|日程|时点)\s*(?:目前|至今|暂|仍|尚|还)*"
    r"(?:未定|待定|未确定|不确定|未明|未敲定|未公布|没有确定|没定|无定论|未有定论|成疑)|"
    r"\s+(?:date|timing|timetable|timeline|schedule)\s+(?:is|remains|was|has)\s+"
    r"(?:still\s+|yet\s+)?(?:undecided|unclear|uncertain|not\s+(?:been\s+)?(?:set|decided|fixed)|"
    r"to\s+be\s+(?:decided|determined|set|announced))(?![a-z])"
)


def timing_undecided(norm: str, item: Item, hits: list[Hit]) -> str | None:
    """The "timing undecided" a confirming cue is the subject of (全面开放时间未定), else None.
    A rule that counts the undecided words against the claim has them as a cue of its own: the
    two are then weighed as before (the phrase is both the event named and its doubt)."""
    if item.kind is not EvidenceKind.CUE or item.stance != Stance.CONFIRMS:
        return None
    m = TIMING_UNDECIDED.match(norm, item.end)
    if m is None:
        return None
    if any(
        h.entry.kind is TermKind.CUE
        and h.entry.key == Stance.CONTRADICTS.value
        and h.start < m.end()
        and m.start() < h.end
        for h in hits
    ):
        return None
    return m.group().strip()
