"""A confirming cue that is the subject of a collapse: "Petrobras' planned sale of its stake to
Petroquímica Verde collapsed in May", 向顺丰出售业务的交易告吹. The sale is what collapsed, not
evidence of a sale (`watch.claims.objects.governed` holds it back).

    collapse_of(norm, item, verb)   True when the contradicting cue `verb` is a verb of
                                    collapse and the cue `item` stands in its subject: only
                                    the subject noun's own tail between them (a prepositional
                                    phrase; 的 and a deal noun), inside one clause

Pure functions over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.signals import Item
from watch.models import Stance

_COLLAPSE = re.compile(
    r"(?<![a-z])(?:collaps|fell through|falls? through|fell apart|falls? apart|broke down|"
    r"breaks? down|unravel|fizzl)|告吹|破裂|流产|触礁|失败|生变|破局"
)
# English: the noun's tail is one or more prepositional phrases ("of its stake to Nelson
# Tanure's Petroquímica Verde"), then at most an auxiliary; no clause word, no punctuation.
_EN_TAIL = re.compile(
    r"(?:\s+(?:of|to|with|for|by|from|in)\s+[^,;:.!?]*?)?"
    r"\s+(?:(?:has|had|have|was|were|is|finally|eventually|abruptly|then|also)\s+){0,2}"
)
_CLAUSE_WORD = re.compile(
    r"(?<![a-z])(?:that|which|who|and|but|after|before|as|when|while|because|said|says|"
    r"say|is|was|were|are)(?![a-z])"
)
# Chinese: the party and the asset, then 的 and a deal noun, or nothing (出售计划告吹).
_ZH_TAIL = re.compile(
    r"[^，。；：！？,;:!?\s]{0,20}?(?:的)?(?:交易|计划|协议|一事|事宜|方案|计画)?(?:最终|已经|已|正式)?"
)
_REACH = 90  # characters between the subject's cue and its verb


def collapse_of(norm: str, item: Item, verb: Item) -> bool:
    """True when the cue `item` stands in the subject of `verb`, a contradicting verb of
    collapse."""
    if verb.stance != Stance.CONTRADICTS:
        return False
    item_start, item_end, verb_start, verb_end = item.start, item.end, verb.start, verb.end
    if verb_start < item_end or verb_start - item_end > _REACH:
        return False
    if not _COLLAPSE.match(norm, verb_start, verb_end):
        return False
    gap = norm[item_end:verb_start]
    if norm[item_start:item_end].isascii():
        head = _EN_TAIL.fullmatch(gap)
        tail = gap.split(" ", 2)[2] if gap.count(" ") >= 2 else ""
        return head is not None and not _CLAUSE_WORD.search(tail)
    return _ZH_TAIL.fullmatch(gap) is not None
