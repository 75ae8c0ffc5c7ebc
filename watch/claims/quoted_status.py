"""A verb inside a quoted name: a status or a label quoted whole (仍处"暂停进口"状态,
显示为「暂停输华」, 'still listed as "halted exports"') names one state, so the word after the
verb inside the quotes is part of that name, not another object the verb acts on
(`objects.other_object`). Pure helper over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.signals import Item

_OPENING = '"“「『'
_CLOSING = '"”」』'
# the rest of the quoted name after the cue: a short run with no break, then its closing quote
_REST = re.compile(r"[^\s，。！？；：,.;:!?、\"“”「」『』]{1,10}[\"”」』]")


def in_quoted_name(norm: str, item: Item) -> bool:
    """Whether the cue item ends inside a quoted name that goes on past it: an opening quote in
    the cue's last few characters with no closing one after it, and the name's rest closed by a
    quote right after the cue."""
    cue = norm[max(item.start, item.end - 12) : item.end]
    opened = max(cue.rfind(q) for q in _OPENING)
    if opened < 0 or any(q in cue[opened + 1 :] for q in _CLOSING if q != '"'):
        return False
    if '"' in cue[opened + 1 :]:
        return False
    return _REST.match(norm, item.end) is not None
