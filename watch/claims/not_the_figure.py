"""A figure in range that is still no evidence for the claim's amount, for reasons of its own
kind: a customer count that is a change or the base now (`counted`), a store count of another
kind than the claim's (closures, openings, the network: `store_roles`), a market's close beside
an offer (`subunits`), a rough value at a threshold (`at_bound`), and a Chinese figure whose 的
phrase names another noun (`de_noun`). `amounts` asks this module once per figure."""

from __future__ import annotations

from watch.claims.at_bound import about_the_bound
from watch.claims.counted import users_role
from watch.claims.de_noun import de_owner
from watch.claims.quantities import Quantity
from watch.claims.signals import Hit, TermKind
from watch.claims.store_roles import other_store_kind
from watch.claims.subunits import market_close


def not_the_figure(
    norm: str,
    q: Quantity,
    near: list[str],
    bounds: tuple[float | None, float | None],
    against: bool,
) -> bool:
    """Whether q, in range `bounds` (of the contradicting side when `against`), is no evidence:
    "adds 300,000 homes"; "now supplies 8.4 million homes" against a target; "shares closed at
    0.71 baht" for an offer rule; "大致会在一半上下" for a claim of over half."""
    if q.unit == "users":
        role = users_role(norm, q.start, q.end)
        if role == "added" or (role == "now" and against):
            return True
    if q.unit == "stores" and other_store_kind(norm, q.start, near):
        return True  # "closed 120 stores" is no size of the network, nor of its openings
    if not q.unit and market_close(norm, q, near):
        return True
    return about_the_bound(norm, q, bounds)


def de_phrase(norm: str, q: Quantity, hits: list[Hit], key: str) -> str:
    """`de_noun.de_owner` for q among the `near` hits of amount rule `key`."""
    spans = [
        (h.start, h.end)
        for h in hits
        if h.entry.kind is TermKind.AMOUNT_NEAR and h.entry.key == key
    ]
    return de_owner(norm, q.start, q.end, spans)
