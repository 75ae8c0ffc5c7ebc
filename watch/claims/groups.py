"""A cue whose subject is a count of unnamed members, with the claim's thing named only as one of
them after it (至少四个新的湿法冶炼项目投产，其中包括……X项目; "at least four new plants will
start next year, including X"): a sector roundup sizing a group, which says nothing of when the
one member starts, so the cue is a mention. Pure helpers over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.signals import EvidenceKind, Item
from watch.claims.text import Span, last_match

_ZH_COUNT = (
    r"(?:至少|超过|逾|近|约|多达|不少于)?(?:[0-9]+|[一二三四五六七八九十两几数]+)[多余]?"
    r"(?:个|座|家|条|处|间)"
)
_ZH_MEMBER = r"(?:项目|工厂|工程|冶炼厂|矿山|矿场|电站|产线|生产线|基地|厂)"
_EN_COUNT = (
    r"(?:at\s+least|more\s+than|over|some|about|up\s+to|nearly)?\s*"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|several|a\s+handful\s+of)"
)
_EN_MEMBER = r"(?:projects|plants|smelters|mines|refineries|factories|lines|sites|facilities)"
# The count and its noun, then the cue within a few words (将/will/are due to between).
_GROUP = re.compile(
    rf"{_ZH_COUNT}[^，。；,;]{{0,12}}?{_ZH_MEMBER}(?:将|会|陆续|相继|先后|集中|计划|预计)?$|"
    rf"(?<![a-z]){_EN_COUNT}\s+(?:[a-z-]+\s+){{0,3}}?{_EN_MEMBER}\s+"
    r"(?:(?:will|are|could|should|may|due|set|expected|scheduled|to|be|likely)\s+){0,4}$"
)
# ... and the sentence goes on to name members: 其中包括, 包括, "including", "among them".
_MEMBERS = re.compile(
    r"其中包括|其中有|包括|(?<![a-z])(?:including|among\s+them|such\s+as|among\s+which)(?![a-z])"
)
_GROUP_REACH = 40


def group_subject(norm: str, span: Span, item: Item) -> str | None:
    """The count of unnamed members that is the cue's subject, when the sentence names members
    after the cue, else None."""
    if item.kind is not EvidenceKind.CUE:
        return None
    found = last_match(_GROUP, norm[max(span.start, item.start - _GROUP_REACH) : item.start])
    if found is None or _MEMBERS.search(norm, item.end, span.end) is None:
        return None
    return found.group().strip()
