"""A cue whose object is every item of a meeting: "shareholders approved every item at
Thursday's AGM", 股东大会审议通过了全部议案. Such a vote passes a whole agenda; it tells of the
claim's own item only when the sentence names it ("all resolutions, including the split").

    omnibus_object(rule, norm, hits, item, span)   the agenda object a cue acts on ("every
                                                   item"), when the sentence names none of the
                                                   claim's things besides the company, else None
"""

from __future__ import annotations

import re

from watch.claims.rules import ClaimRule
from watch.claims.signals import EvidenceKind, Hit, Item, TermKind
from watch.claims.text import Span

# An agenda's items right after the verb (normalised: lower case, simplified Chinese).
_EN_AGENDA = re.compile(
    r"\s+(?:(?:all|every|each)(?: of)?(?: the)? (?:\w+ )?"
    r"(?:items?|resolutions?|proposals?|motions?|agenda items?|agenda points?)"
    r"|the (?:entire|whole|full) agenda|all agenda items)(?![\w-])"
)
_ZH_AGENDA = re.compile(
    r"了?(?:全部|所有|各项|全数|逐项)(?:的)?(?:议案|提案|决议|议程|事项)|了?(?:议案|提案)全部"
)
# (the cheap gate: a word of the agenda's somewhere after the cue)
_GATE = tuple(
    ["item", "resolution", "proposal", "motion", "agenda", "议案", "提案", "决议", "议程", "事项"]
)


def omnibus_object(
    rule: ClaimRule, norm: str, hits: list[Hit], item: Item, span: Span
) -> str | None:
    """The agenda phrase right after the cue `item` ("every item"), when the sentence `span`
    names no subject group of the rule's but the first (the company), else None."""
    if item.kind is not EvidenceKind.CUE:
        return None
    tail = norm[item.end : min(span.end, item.end + 40)]
    if not any(word in tail for word in _GATE):
        return None
    m = (_EN_AGENDA if norm[item.end - 1 : item.end].isascii() else _ZH_AGENDA).match(tail)
    if m is None:
        return None
    primary = next(iter(rule.subject))
    if any(
        h.entry.kind is TermKind.ALIAS
        and h.entry.key != primary
        and span.start <= h.start < span.end
        for h in hits
    ):
        return None  # "all resolutions, including the split": the claim's item is among them
    return m.group().strip().removeprefix("了")
