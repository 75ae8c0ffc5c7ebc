"""A dividend told without its name: "Shareholders will receive 2.00 euros per share for last
year", 每股派0.13元, 每10股派发现金红利1.3元. A payout to shareholders is what a rule's dividend
group names, so the phrases that tell one are aliases of that group too.

    payout_terms(subject)   (group, phrases) for the subject group whose aliases name a
                            dividend, or nothing
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

# What a dividend group's alias holds (lower case; Chinese in simplified script).
_DIVIDEND = ("dividend", "payout", "股息", "派息", "分红", "红利", "股利")
# Shareholders receiving a payout, or paid one; 派 after 每股 is a dividend's own verb. (A price
# for shares, "will pay $30 per share for Acme", has no shareholder receiving it.)
PAYOUTS: tuple[str, ...] = (
    "shareholders will receive",
    "shareholders would receive",
    "shareholders are to receive",
    "shareholders are set to receive",
    "shareholders receive",
    "shareholders will get",
    "pay shareholders",
    "pays shareholders",
    "paid shareholders",
    "每股派",
    "每股拟派",
    "每股分派",
    "每10股派",
    "每十股派",
)


def payout_terms(subject: Mapping[str, Sequence[str]]) -> list[tuple[str, Sequence[str]]]:
    """The payout phrases as aliases of the first group whose aliases name a dividend."""
    for group, aliases in subject.items():
        if any(word in alias.lower() for alias in aliases for word in _DIVIDEND):
            return [(group, PAYOUTS)]
    return []
