"""A figure as the terms an act is done on: 法院会议以26.80港元方案获通过 ("passed on the
HK$26.80 plan"), "approved at HK$26.80 a share". The cue right after 以<figure> (or right before
"at <figure>") stands as the figure's `near` word when the rule's own near words are absent, so
that the figure decides the cue's sign (`weighing.figure_decides`), as a figure right before the
cue does. Pure helper over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.quantities import Quantity
from watch.claims.signals import Hit, TermKind

# 以 + figure + the noun of the terms (方案, 价格, 作价) + the cue; 以每股26.80港元
_ZH_BEFORE = re.compile(r"以(?:每股(?:[a-z]股)?)?\s?$")
_ZH_TERMS = re.compile(r"\s?(?:的)?(?:方案|价格|价|作价|条件|计划|建议)?\s?$")
# cue + "at" + figure: "approved at HK$26.80", "was sanctioned at 80 cents a share"
_EN_AT = re.compile(r"\s+at\s+$")
_EN_REACH = 4  # characters between the cue's end and "at"


def terms_cue(norm: str, hits: list[Hit], q: Quantity) -> Hit | None:
    """The rule's cue that `q` gives the terms of (以26.80港元方案获通过, "approved at HK$26.80"),
    else None."""
    head = norm[max(0, q.start - 8) : q.start]
    if "以" in head and _ZH_BEFORE.search(head) is not None:
        return next(
            (
                h
                for h in hits
                if h.entry.kind is TermKind.CUE
                and q.end <= h.start <= q.end + 6
                and _ZH_TERMS.match(norm[q.end : h.start]) is not None
            ),
            None,
        )
    if "at" in head:
        at = _EN_AT.search(norm, max(0, q.start - 6), q.start)
        if at is None:
            return None
        for h in hits:
            if h.entry.kind is TermKind.CUE and 0 <= at.start() - h.end <= _EN_REACH:
                return h
    return None
