"""A day a completion is told on dates the completion too: "Tata Motors said on July 8 it had
completed the acquisition", 塔塔汽车7月8日宣布，已完成对依维柯的收购. The act is done by the day
it is told (no later), so the date is no longer only the telling's (`timing.own_event`). Only a
telling (said, announced, 宣布, 表示), only a perfect (had, has, 已, 已经) and only the claim's
own event word (`when.near`) right after: "said on July 8 it expects to complete" is a plan told
that day, and keeps the date for the telling."""

from __future__ import annotations

import re

from watch.claims.speech import REPORT_EN, SAY_PAST_EN, SAY_ZH

TELLINGS = frozenset(
    (
        *("said", "announced", "told", "reported", "disclosed", "confirmed"),
        *("宣布", "表示", "披露", "透露", "确认"),
    )
)
_PERFECT = re.compile(
    r"\s*,?\s*(?:that\s+)?(?:(?:it|they|the\s+[\w-]+(?:\s+[\w-]+)?|[\w-]+)\s+)?(?:has|had|have)\s+"
    r"(?:(?:now|finally|formally|officially|successfully)\s+)?(?:been\s+)?"
    r"|[，,:：\s]*(?:公司|其|该公司|集团)?(?:已经|已)(?:正式|顺利|成功|全面|如期)?"
)


def told_done(norm: str, after: int, events: list[tuple[int, int]]) -> bool:
    """Whether norm[after:] tells one of `events` (the spans of the rule's event words) as
    done, right after the telling."""
    m = _PERFECT.match(norm, after)
    return m is not None and any(start == m.end() for start, _ in events)


def done_word(norm: str, start: int, end: int, events: list[tuple[int, int, str]]) -> str | None:
    """The event word (of `events`: span and the rule's phrase) told as done after a telling
    in norm[start:end] (a date's sentence, from the date on): 宣布，已完成, "said it had
    completed"; else None."""
    for a, _, phrase in events:
        if start <= a <= end and _TOLD_BEFORE.search(norm, max(start, a - 40), a):
            return phrase
    return None


_TOLD_BEFORE = re.compile(
    r"(?<![a-z])(?:" + SAY_PAST_EN + "|" + REPORT_EN + r")(?![a-z])[^.;!?]{0,30}?"
    r"(?:has|had|have)\s+(?:(?:now|finally|formally|officially|successfully)\s+)?(?:been\s+)?$"
    r"|(?:" + SAY_ZH + r"|确认)[^。；！？]{0,12}?(?:已经|已)(?:正式|顺利|成功|全面|如期)?$"
)
