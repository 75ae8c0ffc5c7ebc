"""A utilisation rate told by what it is a share of: "83% of design", "running at 58% of
nameplate", "92% of rated capacity", 产能利用率达83%, 开工率为83%, 达到设计产能的83%. The
words that make the percentage a utilisation stand right against it, so a rule whose `near`
list names capacity or utilisation (capacity, nameplate, utilisation, 产能, 利用率) reads the
figure as near even when its own phrase is not written ("design" for "design capacity").

    capacity_near(norm, q, near, key)   a stand-in `near` hit for such a rate, or None
    may_be_rate(norm, start, end)       a cheap gate: such words in the sentence at all
    asks_capacity(near)                 whether a `near` list asks for a utilisation

Pure helper over normalised text, for `amounts`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from watch.claims.quantities import Quantity
from watch.claims.signals import Hit, Term, TermKind

# "of design", "of its nameplate capacity", "of the rated capacity"
_EN_OF = re.compile(
    r" of (?:(?:its|the|our|their) )?(?:(?:design|nameplate|rated|installed|full) )?"
    r"(?:design|nameplate|capacity)(?![a-z])"
)
# 产能利用率达83%, 开工率为83%, 设计产能的83%, 利用率83%
_ZH_BEFORE = re.compile(
    r"(?:产能利用率|设备利用率|利用率|开工率|负荷率|设计产能的|设计能力的|额定产能的|产能的)"
    r"(?:达到|达|升至|降至|提升至|为|约为|约|仅为|仅|只有|回升至|已达)?$"
)
# the words of a `near` list that ask for a utilisation
_CAPACITY_WORDS = (
    "capacity",
    "nameplate",
    "design",
    "utilisation",
    "utilization",
    "产能",
    "利用率",
    "开工率",
    "设计",
)


_ZH_GATE = ("利用率", "开工率", "负荷率", "产能的", "设计能力的")


def may_be_rate(norm: str, start: int, end: int) -> bool:
    """Whether norm[start:end] may hold a utilisation by its own words: "% of " or a Chinese
    rate noun (a substring test, before any regex)."""
    return norm.find("% of ", start, end) >= 0 or any(
        norm.find(w, start, end) >= 0 for w in _ZH_GATE
    )


def asks_capacity(near: tuple[str, ...]) -> bool:
    """Whether a `near` list asks for a utilisation (capacity, nameplate, 产能, 利用率)."""
    return bool(_capacity_phrase(near))


@lru_cache(maxsize=256)
def _capacity_phrase(near: tuple[str, ...]) -> str:
    """The first phrase of a `near` list that asks for a utilisation, or ""."""
    return next((p for p in near if any(w in p.lower() for w in _CAPACITY_WORDS)), "")


def capacity_near(norm: str, q: Quantity, near: tuple[str, ...], key: str) -> Hit | None:
    """A `near` hit standing in for the rule's capacity phrase when the percentage `q` is a
    utilisation by its own words (`_EN_OF` after it, `_ZH_BEFORE` before it); else None."""
    if q.unit != "percent":
        return None
    phrase = _capacity_phrase(near)
    if not phrase:
        return None
    m = _EN_OF.match(norm, q.end) if norm.startswith(" of ", q.end) else None
    if m is not None:
        return Hit(q.end, m.end(), Term(-1, TermKind.AMOUNT_NEAR, key, phrase))
    if _ZH_BEFORE.search(norm, max(0, q.start - 10), q.start) is not None:
        return Hit(q.start, q.start, Term(-1, TermKind.AMOUNT_NEAR, key, phrase))
    return None
