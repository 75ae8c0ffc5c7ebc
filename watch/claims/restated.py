"""A negated expectation of the claim's own party, beside `guidance` (its guidance on its own
event, ×0.8, and an expectation restated on the record, `guidance.restated`):

    a negated own expectation     "Acme no longer expects to complete the issue in the first
                                  half", 艾克美不再预计上半年完成: the party says its own plan is
                                  off; the negation is the news, firm, so the expect word hedges
                                  nothing (someone else's "no longer expects" stays hedged)

Pure helpers over normalised text; gated on a cheap substring test.
"""

from __future__ import annotations

import re

from watch.claims.guidance import _EXPECT, own_guidance
from watch.claims.markers import Marker

# The negation right before the expect word: "no longer expects", "does not expect", "now
# doesn't expect", 不再预计, 已不再预期, 并不预计.
_NEGATED = re.compile(
    r"(?<![a-z])(?:no longer|does not|do not|did not|doesn't|don't|didn't|not)\s+(?:now\s+)?$|"
    r"(?:不再|已不再|并不|已不|不)$"
)


def negated_own(
    norm: str, hedge: Marker, own: list[tuple[int, int]], markers: list[Marker]
) -> str | None:
    """Who states the negated expectation `hedge` ("no longer expects", 不再预计) when it is the
    claim's own party (`guidance.own_guidance` read from the negation), else None."""
    if hedge.word not in _EXPECT:
        return None
    neg = _NEGATED.search(norm, max(0, hedge.start - 14), hedge.start)
    if neg is None:
        return None
    start = neg.start()
    at = Marker(hedge.kind, hedge.word, start, start + (hedge.end - hedge.start))
    return own_guidance(norm, at, own, markers)
