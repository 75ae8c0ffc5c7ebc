"""A company described by its trade ("the airline", "the carrier", "the bank", "the lender"):
the headline's company when that one is named before (`story.party_described`), as "the
company" is. It is no description of a stranger just named (an engine maker is no airline), so
`story.describes_party` does not read it.

    trade_matches(norm, start, end)   where such a description starts in norm[start:end]
"""

from __future__ import annotations

import re

_PARTY_TRADE = re.compile(
    r"the(?<![a-z]the) (?:[a-z0-9-]+ ){0,2}?(?:airline|carrier|bank|lender|insurer|utility|"
    r"retailer)(?:'s)?(?![a-z-])(?! (?:that|which|who|whose|in question)(?![a-z]))"
)


def trade_matches(norm: str, start: int, end: int) -> list[int]:
    """Where a description of a company by its trade starts in norm[start:end]."""
    return [m.start() for m in _PARTY_TRADE.finditer(norm, start, end)]
