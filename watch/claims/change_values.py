"""The old and the new value of a change "from" one figure "to" another (裁员规模从此前宣布的8000人
扩大至1万人, "cut from $10bn to about $6bn"): a marker dating the old value dates it alone
(`old_value`), the new value is the changing noun's new size (`changed_to`) and measures what
the old one does (`old_of_change`). Pure helpers for `background` and `amounts`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from watch.claims.markers import Marker
from watch.claims.quantities import Quantity
from watch.claims.roles import CHANGED_TO
from watch.claims.signals import EvidenceKind, Item

# A figure changed "from" an old value "to" a new one: 裁员规模从此前宣布的8000人扩大至1万人,
# "from the 8,000 it announced in February to about 10,000". A word dating the old value (此前,
# "in February") dates it alone; the new value after the "to" is the news.
_FROM = re.compile(r"(?<![a-z])from(?![a-z])|[从由]")
_TO_NEW = re.compile(r"(?<![a-z])to(?![a-z])|至|到|" + "|".join(CHANGED_TO))
_CHANGE_BREAK = re.compile(r"[，;；:：。!?！？]|,(?!\d)|\.(?!\d)")  # "8,000" breaks nothing
_FROM_REACH = 40  # from the "from" to the marker in the old value ("from the 8,000 it ...")


def old_value(norm: str, m: Marker, item: Item) -> bool:
    """True when background marker `m` stands in the "from" side of a change whose "to" side the
    amount or date item is (由2026年3月更新为2026年9月): it dates the old value, not the item."""
    if item.kind not in (EvidenceKind.AMOUNT, EvidenceKind.DATE) or m.end > item.start:
        return False
    start = max(0, m.start - _FROM_REACH)
    found = [f for f in _FROM.finditer(norm, start, m.start + 1) if f.start() <= m.start]
    if not found or _CHANGE_BREAK.search(norm, found[-1].end(), item.start):
        return False
    return _TO_NEW.search(norm, m.end, item.start) is not None


_TO_BEFORE = re.compile(
    r"(?:(?<![a-z])to|至|到|" + "|".join(CHANGED_TO) + r")\s*(?:每股[a-z]?股?)?\s*"
    r"(?:about|around|roughly|nearly|some|more than|over|约|近|逾|超过)?\s*$"
)
_CHANGE_REACH = 60  # from the noun that changes to the new value ("裁员规模从……扩大至")


def changed_to(norm: str, start: int, nouns: Sequence[tuple[int, int]]) -> int | None:
    """The index in `nouns` (spans) of the noun whose change "from" an old value "to" the figure
    starting at `start` it is (裁员规模从此前宣布的8000人扩大至1万人, "cuts from 8,000 to 10,000"),
    or None: the figure is that noun's new size, however far the old value puts it."""
    if not _TO_BEFORE.search(norm, max(0, start - 12), start):
        return None
    for k in range(len(nouns) - 1, -1, -1):
        b = nouns[k][1]
        if b > start or start - b > _CHANGE_REACH:
            continue
        if _CHANGE_BREAK.search(norm, b, start) is None and _FROM.search(norm, b, start):
            return k
    return None


def old_of_change(norm: str, start: int, figures: Sequence[Quantity]) -> Quantity | None:
    """The old value in `figures` of a change "from" it "to" the figure starting at `start`
    (投资计划，由2月宣布的100亿美元缩减至约60亿美元, "cut from $10bn to about $6bn"), else None:
    whatever the old value measures, the new one measures too."""
    if not _TO_BEFORE.search(norm, max(0, start - 12), start):
        return None
    for old in sorted(figures, key=lambda f: -f.start):
        if old.end > start:
            continue
        if _CHANGE_BREAK.search(norm, old.end, start):
            return None  # the nearest figure before is in another clause: no change joins them
        lead = max(0, old.start - _FROM_REACH)
        found = [f for f in _FROM.finditer(norm, lead, old.start)]
        if found and not _CHANGE_BREAK.search(norm, found[-1].end(), old.start):
            return old
        return None
    return None
