"""The noun an estimate verb sizes, farther back than a `near` word's reach:

    the charge has been modelled by management at close to A$750 million
    the writedown, which analysts understand is estimated at about $700 million
    the impairment is now pencilled in at A$700 million
    该减值，管理层初步测算约为7亿澳元        减值规模据估算在7亿澳元左右

A passive estimate verb ("modelled", "estimated", "pegged", 测算, 估算) with "at" (为, 在) right
before a figure ties the figure to the noun the verb's clause is about, even when an agent
("by management") or a relative clause (", which Street Talk understands has been") puts it
more words away than `amounts.NEAR_AMOUNT`. Pure helper over normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_QUALIFIER = (
    r"(?:(?:about|around|roughly|nearly|close to|some|approximately|almost|as much as|"
    r"more than|over|under|less than|up to|between)\s+)?"
)
_VERB_EN = re.compile(
    r"(?<![a-z])(?:modell?ed|estimated|pegged|put|pencill?ed in|penciled in|forecast|"
    r"projected|calculated|assessed|tipped|seen|expected to come in)"
    r"(?:\s+by\s+[a-z][a-z' .-]{0,40}?)?\s+at\s+" + _QUALIFIER + r"$"
)
_VERB_ZH = re.compile(
    r"(?:初步)?(?:测算|估算|估计|预估|预计|评估|计算)(?:后)?(?:约|大约|将)?(?:为|在|达|达到)?"
    r"(?:约|大约|接近|近|逾|超过)?\s*$"
)
# between the noun and the verb: its own clause's words, or one relative clause after a
# comma ("the charge, which Street Talk understands has been"); no figure, no sentence break
_BETWEEN_EN = re.compile(r"(?:\s*,\s*(?:which|that)\s+)?[a-z' -]{0,60}")
_BETWEEN_ZH = re.compile(r"[^\d,.;:!?，。；：！？]{0,16}(?:[，,][^\d,.;:!?，。；：！？]{0,16})?")
_REACH = 140


def estimated_at(norm: str, start: int, nouns: Sequence[tuple[int, int]]) -> int | None:
    """The index in `nouns` (spans) of the noun an estimate verb right before a figure (starting
    at `start`) sizes: the last one before the verb with only its clause's words between."""
    floor = max(0, start - _REACH)
    before = norm[floor:start]
    if " at" in before:
        m, between = _VERB_EN.search(before), _BETWEEN_EN
    elif "测" in before or "估" in before or "预计" in before or "计算" in before:
        m, between = _VERB_ZH.search(before), _BETWEEN_ZH
    else:
        return None
    if m is None:
        return None
    verb = floor + m.start()
    best = None
    for k, (_, b) in enumerate(nouns):
        if b <= verb and between.fullmatch(norm, b, verb):
            best = k
    return best
