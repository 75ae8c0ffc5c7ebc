"""Which negation a date's event takes: one sealed inside a quoted phrase that closes before the
date does not reach it (`quoted_apart`: "investment 'not in the cards' with IPO coming later this
year"), and one right after the date that negates the claim's event word does
(`negated_event_after`: 上半年不会发布, 今年内不会有产品). Pure helpers for `context`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from watch.claims.markers import Marker
from watch.claims.signals import EvidenceKind, Hit, Item, TermKind
from watch.claims.timing import _between

# "Huang: investment 'not in the cards' with IPO coming later this year": a quoted phrase is a
# clause of its own, and a negation sealed inside it does not reach a date that one of the
# claim's event words after the quotation governs. ("would 'not go public' this year" and
# “不会”今年上市 keep their negation: the event, or nothing but the negation, is quoted.)
_QUOTE_PAIRS = {"'": "'", '"': '"', "“": "”", "「": "」", "『": "』"}


def quoted_apart(norm: str, negation: Marker, item: Item, hits: Sequence[Hit] = ()) -> bool:
    """True when `negation` sits inside a quoted phrase that closes before `item` begins,
    with one of the claim's `when.near` words (in `hits`) after the quotation, timed by it."""
    if negation.end > item.start:
        return False
    before = norm[max(0, negation.start - 24) : negation.start]
    opened = max(before.rfind(q) for q in _QUOTE_PAIRS)
    if opened < 0 or (before[opened] == "'" and opened and before[opened - 1].isalnum()):
        return False  # no quotation, or an apostrophe ("OpenAI's")
    closing = _QUOTE_PAIRS[before[opened]]
    for i in range(negation.end, item.start):
        # a closing ' is not the apostrophe of "it's", "Huang's"
        if norm[i] == closing and not (closing == "'" and norm[i + 1 : i + 2].isalpha()):
            event = [(h.start, h.end) for h in hits if h.entry.kind is TermKind.WHEN_NEAR]
            # the event word before the date in English, right after it in Chinese (今年稍晚上市)
            after = _between(event, i, item.start) or _between(event, item.end, item.end + 12)
            return len(norm[negation.end : i].strip()) > 1 and after  # “不会”: a negation alone
    return False


# A date, then a negation of the claim's event word: 上半年不会发布 ("will not be released in the
# first half"). Since the date now times that event (`own_event`), the negation is the date's.
_DATE_TO_NEGATION = re.compile(r"(?:之内|以内|内)?[\s将也仍还并都就则]{0,3}")
_NEGATION_TO_EVENT = re.compile(r"[\s会能将再可正式予]{0,3}")
# A negated existence after the date (今年内不会有产品, 年内都不会有新车): nothing of the event this
# year, whatever noun it names, in a sentence about the claim's event (one of its event words).
_NEGATION_TO_EXISTENCE = re.compile(r"[\s会能将再可]{0,2}有(?!望|关|所|可能|意)")


def negated_event_after(
    norm: str, markers: Sequence[Marker], item: Item, hits: Sequence[Hit] = ()
) -> Marker | None:
    """The negation right after a date item that negates the claim's event word after it,
    else None."""
    if item.kind is not EvidenceKind.DATE:
        return None
    for m in markers:
        if m.kind != "negation" or m.start < item.end:
            continue
        if _DATE_TO_NEGATION.fullmatch(norm, item.end, m.start) is None:
            continue
        gap = _NEGATION_TO_EVENT.match(norm, m.end)
        assert gap is not None  # (it matches the empty string)
        if any(h.entry.kind is TermKind.WHEN_NEAR and h.start == gap.end() for h in hits):
            return m
        if _NEGATION_TO_EXISTENCE.match(norm, m.end) and any(
            h.entry.kind is TermKind.WHEN_NEAR for h in hits
        ):
            return m
    return None
