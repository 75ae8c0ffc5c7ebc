"""What an agreement provides: a sentence opening "Under the agreement," / 根据协议， tells the
deal's terms ("the halt ends from July 1", 自7月1日起解除). Its dates are the terms, not the day
the deal was made, so they do not time a claim whose event is the agreement itself (its
signing). When the claim's event is another thing (a plant's closure, a launch), an agreement
that moves it is the news, and the date it sets ("Under the agreement, the units remain
available to 30 April 2031") times that thing. Pure helper for `timing`, over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.rules import ClaimRule

UNDER_AGREEMENT = re.compile(
    r"\s*(?:under (?:the|this|that|its|their) (?:new )?(?:agreement|deal|contract|accord)s?|"
    r"(?:根据|按照|依据|依照)(?:该|此|新)?(?:协议|合同|协定|合约))\s*[,，]"
)
# the words of an agreement's own act, in a rule's `when.near`: the claim times the signing
_AGREEMENT_ACT = re.compile(
    r"(?<![a-z])(?:sign|agree|deal|contract|accord|pact|memorandum|mou)|"
    r"签|协议|合同|协定|合约|达成|谅解备忘录",
    re.IGNORECASE,
)


def terms_seal(rule: ClaimRule | None) -> bool:
    """Whether an agreement's terms keep their dates from timing the claim's event: yes unless
    the rule's `when.near` words name an event, none of them the agreement's own act (with no
    such words the claim's event is unknown, and the terms stay the deal's)."""
    if rule is None or rule.when is None or not rule.when.near:
        return True
    return any(_AGREEMENT_ACT.search(word) for word in rule.when.near)
