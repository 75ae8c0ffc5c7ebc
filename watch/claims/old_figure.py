"""A cue that holds the old figure of a change: "cut the quota from 800 tables to 770",
由现时的800张调整为770张, 從800張減至770張. The cue ("800张", "800 tables") names the value before
the change, which the news moves away from: a mention, not a confirmation of the old figure
today. The new figure, and a cue holding the verb of change ("增至800"), are untouched.

English needs a verb of change before "from" in its clause (as `told_change` reads figures), so
"from 800 to 900 tables" with no such verb stays a range; Chinese needs the verb after the old
figure (调整为, 减至, 增至, 改为, 下调至 ...). Pure, over normalised text (lower case).
"""

from __future__ import annotations

import re

from watch.claims.signals import EvidenceKind, Item
from watch.claims.told_change import CHANGE_VERB

_FIGURE = re.compile(r"\d|[一二两兩三四五六七八九十百千万萬]")
# 由/从/從 (with 现时的, 目前的 ...) or "from (the current)" right before the cue
_ZH_FROM = re.compile(
    r"(?:由|从|從)(?:现时|現時|目前|现有|現有|原来|原來|原本|原先|当前|當前|现行|現行)?的?\s*$"
)
_EN_FROM = re.compile(
    r"(?<![a-z])from (?:the |its |their |a )?(?:current |existing |previous |original |earlier "
    r"|old |present )?$"
)
# after the cue: the rest of its unit, then a verb of change and 为/至 (Chinese) or "to" (English)
_ZH_TO = re.compile(
    r"[^\s，,。；;、]{0,3}?(?:调整|調整|减少|減少|减|減|降低|降|增加|增|下调|下調|上调|上調|"
    r"削减|削減|缩减|縮減|提高|提升|扩大|擴大|改|修订|修訂|变更|變更|压缩|壓縮|调|調)(?:为|為|至|到)"
)
_EN_TO = re.compile(r"(?:\s[a-z-]+){0,2}\s(?:down |up |back )?to\s(?:\d|[a-z]+\s)")


def old_figure(norm: str, item: Item) -> str | None:
    """Why cue `item` only names the old figure of a change (a mention), else None."""
    if item.kind is not EvidenceKind.CUE or not _FIGURE.search(norm, item.start, item.end):
        return None
    before = norm[max(0, item.start - 12) : item.start]
    zh = _ZH_FROM.search(before)
    if zh is not None and _ZH_TO.match(norm, item.end):
        return f'holds the old figure of a change ("{zh.group(0).strip()}…"): a mention'
    en = _EN_FROM.search(norm[max(0, item.start - 40) : item.start])
    if en is None or not _EN_TO.match(norm, item.end):
        return None
    clause = re.split(r"[.;:,]", norm[max(0, item.start - 120) : item.start])[-1]
    if CHANGE_VERB.search(clause) is None:
        return None
    return f'holds the old figure of a change ("{en.group(0).strip()}"): a mention'
