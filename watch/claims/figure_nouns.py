"""Which of two figures in a sentence a `near` or `not_near` word belongs to. A word standing
between two figures is the nearer one's own noun: in "a R295 million penalty plus R150 million
for a fund" the penalty is the first figure's, so the fund's own `not_near` word drops the
second; in "a penalty of R295 million and contribute R150 million to a fund" the contribution
is the second's, and does not veto the first (2.95亿兰特罚款，并向基金出资1.5亿兰特 likewise).
A word before or after both figures (a list, "fines of $5m, $10m and $20m") is left to the
distance rules. Pure helpers for `amounts`."""

from __future__ import annotations

from collections.abc import Sequence

from watch.claims.quantities import Quantity
from watch.claims.signals import Hit, TermKind
from watch.claims.text import reading_width


def belongs_elsewhere(norm: str, h: Hit, q: Quantity, pool: Sequence[Quantity]) -> bool:
    """True when the phrase `h` stands between `q` and another figure of `pool`, nearer that
    figure than `q`."""
    for o in pool:
        if o is q:
            continue
        if q.end <= h.start and h.end <= o.start:  # q ... h ... o
            to_other, to_q = norm[h.end : o.start], norm[q.end : h.start]
        elif o.end <= h.start and h.end <= q.start:  # o ... h ... q
            to_other, to_q = norm[o.end : h.start], norm[h.end : q.start]
        else:
            continue
        if reading_width(to_other) < reading_width(to_q):
            return True
    return False


def gap(norm: str, h: Hit, q: Quantity) -> int:
    return reading_width(norm[h.end : q.start] if h.end <= q.start else norm[q.end : h.start])


def nearer(
    hits: list[Hit], key: str, norm: str, q: Quantity, near: Hit, pool: Sequence[Quantity]
) -> bool:
    """True when a `not_near` phrase of amount rule `key` sits closer to the amount than its
    `near` phrase (and is not another figure's own word, `belongs_elsewhere`). A `near` phrase
    that is another figure's own word is no nearer than any: the amount's own `not_near` phrase
    wins. (Without one the amount keeps it: "$600bn of committed compute spending, against the
    $1.4tn" compares two of a kind.)"""
    limit = 1 << 30 if belongs_elsewhere(norm, near, q, pool) else gap(norm, near, q)
    return any(
        h.entry.kind is TermKind.AMOUNT_NOT_NEAR
        and h.entry.key == key
        and gap(norm, h, q) < limit
        and not belongs_elsewhere(norm, h, q, pool)
        for h in hits
        if h.end <= q.start or h.start >= q.end
    )
