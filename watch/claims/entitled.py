"""What a party can do under the rules, told in a how-it-works sentence: "Under the contract,
the owner can terminate at any time", "either party may cancel on 30 days' notice", "is
entitled to", "has the right to"; 根据合同，业主可以随时终止合同, 按照协议，任何一方有权解除,
依法可申请. The modal (can, may, 可以, 有权) is a possibility, not the act: it is read as a modal
hedge on what follows it. It counts only in a sentence that frames the rules (under / according
to the contract, agreement, terms, law, rules; 根据/按照/依照/依据 + 合同, 协议, 条款, 规定, 法律,
规则) or names a party in general (either party, any party, a party; 任何一方, 双方均, 一方) or a
standing option (at any time, 随时): "Acme can now sell in China" stays what it says. Pure
helper for `engine`, over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.markers import Marker

_FRAME = re.compile(
    r"(?<![a-z])(?:under|according\s+to|pursuant\s+to|in\s+line\s+with)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[a-z-]+\s+)?(?:contract|agreement|terms|law|laws|rules|clause|treaty|convention|"
    r"regulations?|statute|bylaws)(?![a-z])|"
    r"(?<![a-z])(?:either|any|a|each|one)\s+party(?![a-z])|(?<![a-z])at\s+any\s+time(?![a-z])|"
    r"(?:根据|按照|依照|依据|按)[^，,。；;]{0,12}?(?:合同|合约|协议|条款|规定|法律|规则|公约|章程)|"
    r"任何一方|双方均|双方都|一方|随时|依法"
)
_MODAL = re.compile(
    r"(?<![a-z])(?:can|may|is\s+entitled\s+to|are\s+entitled\s+to|has\s+the\s+right\s+to|"
    r"have\s+the\s+right\s+to|is\s+free\s+to|are\s+free\s+to)(?![a-z])|可以|有权"
)
# "can confirm", 可以确认: a telling, not a possibility
_TELLING = re.compile(r"\s*(?:confirm|say|report|announce|disclose)|确认|证实|宣布|透露|说")
# A word of `_FRAME`, of which one stands in every match: a sentence with none is not searched
_WORDS: tuple[str, ...] = (
    "under",
    "according",
    "pursuant",
    "line with",
    "party",
    "any time",
    "根据",
    "按",
)
_WORDS += ("依照", "依据", "一方", "随时", "依法")


def entitled(norm: str, start: int, end: int) -> list[Marker]:
    """`modal` markers for each can / may / 可以 / 有权 in norm[start:end] when the sentence
    tells how the rules work."""
    if not any(norm.find(w, start, end) >= 0 for w in _WORDS):
        return []
    if _FRAME.search(norm, start, end) is None:
        return []
    found = []
    for m in _MODAL.finditer(norm, start, end):
        if _TELLING.match(norm, m.end()):
            continue
        found.append(Marker("modal", m.group(), m.start(), m.end()))
    return found
