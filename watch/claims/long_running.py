"""A long-running state told with a delay word: "延宕多年", "多年来一再推迟", "delayed for years",
"has for decades been stalled". A delay that has lasted years is the project's history, the
background a story sets before its news, not a fresh delay of the claim's event. A delay by a
counted span (推迟两年, "delayed by two years", 延宕三个月) stays news: only a span told as many
years (多年, 数年, 十多年, "for years", "for more than a decade") is read here.

    long_running(norm, item)   the words that make a cue item a long-running state, else None
"""

from __future__ import annotations

import re

from watch.claims.signals import EvidenceKind, Item

# after the cue: 延宕多年, 拖延数年, 停滞十多年, 延宕多年来, "delayed for years", "stalled for
# more than a decade", "postponed for many years"
_AFTER_ZH = re.compile(
    r"(?:了|长达|長達|达|達|近|逾|超过|超過)?(?P<span>多年|数年|數年|几年|幾年|经年|經年|十多年|"
    r"十余年|十餘年|数十年|數十年|好几年|好幾年)(?!前|后|後|内|內|之后|之後)"
)
_AFTER_EN = re.compile(
    r"\s+(?:repeatedly\s+|again\s+)?(?P<span>for\s+(?:many\s+|several\s+|some\s+|nearly\s+|"
    r"almost\s+|more\s+than\s+(?:a\s+)?|over\s+(?:a\s+)?)?(?:years|decades|a\s+decade))(?![a-z])"
)
# before the cue: 多年来一再推迟, 多年來延宕, 长年停滞, "has for years been delayed",
# "years-long delays", "a decade of delays"
_BEFORE = re.compile(
    r"(?P<span>多年来|多年來|多年以来|多年以來|长年|長年|数年来|數年來|(?<![a-z])for\s+(?:many\s+)?"
    r"(?:years|decades)\s+(?:been\s+)?|(?<![a-z])(?:years|decades)-long\s+|(?<![a-z])"
    r"(?:years|decades|a\s+decade)\s+of\s+)[^，,。；;!?！？]{0,6}$"
)


def long_running(norm: str, item: Item) -> str | None:
    """The span words that make the cue item a long-running state (`_AFTER_ZH`, `_AFTER_EN`,
    `_BEFORE`), else None. Gated on 年 or "year"/"decade" near the cue."""
    if item.kind is not EvidenceKind.CUE:
        return None
    near = norm[max(0, item.start - 16) : item.end + 30]
    if "年" not in near and "year" not in near and "decade" not in near:
        return None
    m = (
        _AFTER_ZH.match(norm, item.end, item.end + 12)
        or _AFTER_EN.match(norm, item.end, item.end + 40)
        or _BEFORE.search(norm, max(0, item.start - 24), item.start)
    )
    return m.group("span").strip() if m is not None else None
