"""What a store count is: stores closed, stores opened or added, or the network itself.

    "closed 120 stores", "will shut about 700 stores", 关闭120家门店, 关掉约50店      -> "closed"
    "opened 300 stores this year", "adds a net 180 stores", 净增250店, 新开约180家门店  -> "added"
    "had 8,730 stores", "a network of 7,200 stores", 门市数达7,200家                  -> "network"

A rule's store claim is of one of these kinds too, told by its `amount.near` words: a closure
word ("close", 关闭) makes it a claim of closures, an opening word ("open", "net", 净增, 新开)
one of openings or net additions, and no such word one of the network's size. A count of
another kind is no evidence for it: against a claim that the network passes 10,000 stores,
"plans to close about 700 stores" says nothing of the network's size, and against a claim of
250 net additions "closed 120 stores" is no count of them. `not_the_figure` asks
`other_store_kind` once per store count. Pure, over normalised text (lower case, simplified).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_FILLER = (
    r"(?:(?:a|an|about|around|some|nearly|almost|over|more than|another|a further|roughly|"
    r"up to|its|their|a net|net|of|the|new|only|just)\s)*"
)
_CLOSED = re.compile(
    r"(?:\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?(?: down)?|shutter(?:s|ed|ing)?|"
    r"exit(?:s|ed|ing)?)\s" + _FILLER + r"$|"
    r"(?:关闭|关掉|关了|关店|闭店|撤出|裁撤|收掉|结束营业)了?(?:约|近|超过|逾|其中的?)?$)"
)
_ADDED = re.compile(
    r"(?:\b(?:open(?:s|ed|ing)?|add(?:s|ed|ing)?|launch(?:es|ed|ing)?|"
    r"net (?:addition|increase|gain)s? of)\s" + _FILLER + r"$|"
    r"(?:新开|开设|开出|开了|新增|净增|增开|展店|开店)了?(?:约|近|超过|逾)?$)"
)
# a claim's near words: which kind of count the claim is of
_NEAR_CLOSED = re.compile(r"clos|shut|关闭|关店|闭店|撤")
_NEAR_ADDED = re.compile(r"open|\badd|\bnet\b|新开|开设|净增|新增|展店|开店")


def store_role(norm: str, start: int) -> str:
    """ "closed", "added" or "network" for the store count starting at norm[start]."""
    before = norm[max(0, start - 40) : start]
    if _CLOSED.search(before):
        return "closed"
    if _ADDED.search(before):
        return "added"
    return "network"


def claim_kind(near: Sequence[str]) -> str:
    """The kind of store count a rule's `near` words track (see above)."""
    words = " ".join(near).lower()
    if _NEAR_CLOSED.search(words):
        return "closed"
    if _NEAR_ADDED.search(words):
        return "added"
    return "network"


def other_store_kind(norm: str, start: int, near: Sequence[str]) -> bool:
    """Whether the store count at norm[start] is of another kind than the claim's."""
    role = store_role(norm, start)
    return role != "network" and role != claim_kind(near)
