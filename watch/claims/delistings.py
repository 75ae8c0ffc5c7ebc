"""A listing status withdrawn, for a claim that is a delisting. 撤销在联交所的上市地位 ("withdrawal
of the listing of the shares on the Stock Exchange") is how Hong Kong and exchange filings name
the delisting itself: 撤销 is a word of <cancellation>, but what it cancels is the listing the
claim says will end, so for a delisting (or take-private) claim it is no cancellation of the
claim's event. A cancelled IPO (取消上市计划, "cancelled its listing plans") is still one: only a
listing *status* (上市地位, 上市资格) or the listing of shares withdrawn counts. Pure helpers over
normalised text.
"""

from __future__ import annotations

import re

from watch.claims.rules import ClaimRule
from watch.claims.signals import EvidenceKind, Item
from watch.models import Stance

# What a delisting claim says, in any of its own phrases (statement, topic, aliases, cues).
_DELISTING = re.compile(
    r"delist|de-list|privati[sz]|take[sn]? (?:\S+ )?private|go(?:es|ing)? private|"
    r"withdrawal of (?:the |its )?listing|除牌|退市|撤销上市|私有化"
)
# The listing status the withdrawal acts on, right after the verb (normalised text):
# 撤销在联交所的上市地位, 撤销股份于联交所的上市地位, "withdrawal of the listing of the shares",
# "withdraw its listing status".
_STATUS_ZH = re.compile(r"[^，,。；;：:！？\s]{0,14}?上市(?:地位|资格)")
_STATUS_EN = re.compile(
    r"(?:al|n|s|ing)?\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:shares'?\s+|h shares'?\s+)?"
    r"listing(?![a-z])(?!\s+(?:plans?|application|ambitions?|hopes?))"
)
_WITHDRAW_EN = re.compile(r"(?<![a-z])withdr[a-z]*$")


def is_delisting(rule: ClaimRule) -> bool:
    """True when the claim is a delisting or take-private, by its own words."""
    words = [rule.statement, rule.topic, *rule.confirms]
    words += [a for aliases in rule.subject.values() for a in aliases]
    return any(_DELISTING.search(w.lower()) for w in words if w)


def status_withdrawn(rule: ClaimRule, norm: str, item: Item) -> str | None:
    """The listing status a contradicting cue withdraws (`_STATUS_ZH`, `_STATUS_EN`), when the
    claim is a delisting (`is_delisting`): that is the delisting itself, not its cancellation."""
    if item.kind is not EvidenceKind.CUE or item.stance is not Stance.CONTRADICTS:
        return None
    cue = norm[item.start : item.end]
    if cue.endswith(("撤销", "撤消")):
        m = _STATUS_ZH.match(norm, item.end)
    elif _WITHDRAW_EN.search(cue):
        m = _STATUS_EN.match(norm, item.end)
    else:
        return None
    if m is None or not is_delisting(rule):
        return None
    return (cue + m.group()).strip()
