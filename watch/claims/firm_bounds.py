"""A negated future with a bound date is a firm statement about timing, not a plan: "it will
not be signed before July", "will not close until 2027", "won't happen earlier than May", "will
come no earlier than the autumn", 将不会早于7月签署, 最快也要7月才能签署. A `pending` word
("will", 将) before it makes no mention of the bound: the date is a lower bound, read as such
(`timing`), against a by-date claim. Pure helper for `context`, over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.markers import Marker

_NEGATED_BOUND_EN = re.compile(
    r"\s*(?:(?:not|never)\s+(?:[a-z]+\s+){0,4}?(?:before|until|till|earlier\s+than|sooner\s+than)"
    r"|(?:[a-z]+\s+){0,4}?no\s+(?:earlier|sooner)\s+than)(?![a-z])"
)
_NEGATED_BOUND_ZH = re.compile(
    r"[^，,。；;！？!?]{0,8}?(?:不会早于|不會早於|不早于|不早於|最快也要|最快要到|最早也要|最早要到"
    r"|之前不会|之前不會|以前不会|以前不會|前不会|前不會)"
)
_GATE = ("not", "never", "earlier", "sooner", "早", "最快", "不会", "不會")


def negated_bound(norm: str, pending: Marker, end: int) -> bool:
    """True when the `pending` word opens a negated bound ("will not ... before July")."""
    tail = norm[pending.end : min(end, pending.end + 60)]
    if not any(g in tail for g in _GATE):
        return False
    if _NEGATED_BOUND_EN.match(norm, pending.end, end):
        return True
    return _NEGATED_BOUND_ZH.match(norm, pending.end, end) is not None
