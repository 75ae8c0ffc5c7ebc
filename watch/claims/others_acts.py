"""A cue inside a clause that describes several other things: "多款拿到版号的韩国大作", "other
titles that won approval", "several Korean games that have secured licences".

The act belongs to the things the clause describes (many of them, or others), told to compare
or recall, not to the claim's own party named a sentence before: a mention. One thing described
("拿到版号的《云族裔》", "the game that won approval") is left alone, as is a clause naming the
claim's own thing.

    described_others(norm, item)   the words that make the cue's clause about others, or None

Pure, over normalised text (simplified Chinese, lower case).
"""

from __future__ import annotations

import re

from watch.claims.signals import EvidenceKind, Item

# a quantity of things, then their modifier up to the cue (多款……拿到版号的, 其他……获批的)
_ZH_MANY = re.compile(
    r"(?:(?:多|数|几)(?:款|家|个|部|名|只|种|项|批|类)|不少|许多|一些|众多|大批|其他|其它|其余|"
    r"同类)[^，。；,;：:！？、的]{0,10}$"
)
_ZH_DE = re.compile(r"[^，。；,;：:！？的]{0,6}?的")
# "other games that won", "several korean titles which have secured", "many rivals to have won"
_EN_MANY = re.compile(
    r"(?<![a-z])(?:other|several|many|numerous|some|various|dozens of|a number of|a handful of)"
    r"\s+(?:[a-z'-]+\s+){0,3}?[a-z'-]+s\s+(?:that|which|who|to)\s+(?:[a-z'-]+\s+){0,2}$"
)


def described_others(norm: str, item: Item) -> str | None:
    """The words that make cue `item` part of a clause describing several other things, else
    None."""
    if item.kind is not EvidenceKind.CUE:
        return None
    lead = norm[max(0, item.start - 60) : item.start]
    if lead.isascii():
        gated = any(w in lead for w in (" that ", " which ", " who ", " to "))
        m = _EN_MANY.search(lead) if gated else None
        return m.group().strip() if m else None
    m = _ZH_MANY.search(lead, max(0, len(lead) - 14))
    if m is None or _ZH_DE.match(norm, item.end) is None:
        return None
    return f"{m.group()}…的"
