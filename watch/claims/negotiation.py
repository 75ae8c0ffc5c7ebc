"""Talks as what the news is about, not a doubt on it: the negotiation noun as the subject of the
item's predicate (`negotiation_subject`: "talks have stalled", 谈判已经停滞) and the deal told as
still being negotiated after what it is about (`negotiated_after`: "is still being negotiated",
仍在谈判中). Pure helpers
for `hedges`."""

from __future__ import annotations

import re

from watch.claims.markers import Marker
from watch.claims.signals import EvidenceKind, Item

# Talks as the subject of what happened to them ("talks have stalled", 谈判已经停滞, 磋商陷入僵局):
# the negotiation is what the news is about, not a doubt on it. Only the noun, with nothing but
# an auxiliary or an adverb between it and the predicate.
_NEGOTIATION_NOUNS = frozenset(
    ["negotiations", "谈判", "磋商", "洽谈", "协商", "商谈", "讨论", "洽商"]
)
_SUBJECT_GAP = re.compile(
    r"(?:\s+(?:between|with|over|on|about|for|among)\s+[^,;:.]{1,60}?)?"
    r"\s*(?:(?:have|has|had|are|were|is|was|now|appear to have|seem to have|reportedly)\s+)*$|"
    r"(?:已经|已|都|也|一度|目前|现已|再度|再次|均|陷入|已陷入|已经陷入)*$"
)


def negotiation_subject(norm: str, marker: Marker, item: Item) -> bool:
    """True when the negotiation word `marker` is the subject of the item's predicate."""
    if marker.word not in _NEGOTIATION_NOUNS or item.kind is not EvidenceKind.CUE:
        return False
    if marker.end > item.start or item.start - marker.end > 80:
        return False
    return _SUBJECT_GAP.fullmatch(norm, marker.end, item.start) is not None


# Talks told as a state after what they are about: "the round, of up to $100 billion, is still
# being negotiated", "… is under negotiation", 1000亿美元的融资仍在谈判中, 相关条款尚在磋商: the
# figure is a sought one, as after "in talks". Asides closed by commas stand between.
_NEGOTIATED_AFTER = re.compile(
    r"(?<![a-z])(?:(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?"
    r"(?:being\s+(?:negotiated|discussed|worked out|hammered out)|under\s+(?:negotiation|"
    r"discussion|negotiations|review))|still\s+being\s+(?:negotiated|discussed)|"
    r"(?:yet|still)\s+to\s+be\s+(?:finali[sz]ed|agreed|settled))(?![a-z])|"
    r"(?:仍|仍然|尚|还|目前仍|目前尚|正)(?:在|处于)?(?:谈判|磋商|商谈|洽谈|协商|洽商|讨论)(?:中|之中|阶段)?|"
    r"(?:有待|尚待|仍待)(?:敲定|谈判|磋商|落实)"
)
_SENTENCE_END = re.compile(r"[。！？!?；;]|(?<![a-z])but(?![a-z])|但")
NEGOTIATED_REACH = 80


def negotiated_after(norm: str, markers: list[Marker], item: Item) -> Marker | None:
    """The negotiation state after the item, in the same sentence and clause run, else None."""
    stop = _SENTENCE_END.search(norm, item.end, item.end + NEGOTIATED_REACH)
    end = stop.start() if stop else min(len(norm), item.end + NEGOTIATED_REACH)
    found = _NEGOTIATED_AFTER.search(norm, item.end, end)
    if found is None:
        return None
    return Marker("speculation", found.group(), found.start(), found.end())
