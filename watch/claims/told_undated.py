"""A telling recalled without a date: "previously said", "Kone earlier said", "had said",
此前表示, 曾表示, 早前宣布. The recall word dates the telling (as "said in January" does), so what
was told, the rest of its clause, figures included, is a recap; it is no baseline of a change
told after it (此前表示……将提升至100亿欧元: the 100亿 was told before, it is no new value).
"the previously announced sale" (an adjective on a noun) and 此前预计 (an estimate revised
now) tell nothing here."""

from __future__ import annotations

import re

from watch.claims.markers import Marker
from watch.claims.speech import PLEDGE_EN, PLEDGE_ZH, REPORT_EN, SAY_PAST_EN, SAY_ZH

# the recall words that date a telling right after them (`background_words.BACKGROUND`)
_RECALL = frozenset(("previously", "earlier", "此前", "曾", "曾经", "早前", "之前", "先前", "早先"))
# ... and those that are a telling themselves
_TELLING = frozenset(
    ("had said", "had announced", "had pledged", "had promised", "once said", "first announced")
)
_VERB_EN = re.compile(
    r"\s+(?:also\s+)?(?:" + SAY_PAST_EN + "|" + PLEDGE_EN + "|" + REPORT_EN + "|"
    r"indicated|signalled|signaled|guided)(?![a-z])"
)
_VERB_ZH = re.compile(
    r"(?:也|还|亦)?(?:曾经?|就|即)?(?:[对向][\u4e00-\u9fff]{1,5}?)?"
    r"(?:" + SAY_ZH + "|" + PLEDGE_ZH + ")"
)
# "the previously announced sale": an adjective on a noun, no telling
_DETERMINER = re.compile(r"(?<![a-z])(?:the|its|their|an?|this|that|his|her)\s+$")


def undated_telling(norm: str, m: Marker) -> bool:
    """True when background marker `m` is a recall word right before its telling verb, or a
    telling recalled itself ("had said"), in the same clause."""
    if m.kind != "background":
        return False
    if m.word in _TELLING:
        return True
    if m.word not in _RECALL:
        return False
    if m.word.isascii():
        if _DETERMINER.search(norm, max(0, m.start - 8), m.start):
            return False
        return _VERB_EN.match(norm, m.end) is not None
    return _VERB_ZH.match(norm, m.end) is not None
