"""The signals of one candidate sentence, as a rule asks for them.

    sentence_items(rule, segment, span, hits, published)   cues, choices, amounts, dates and
                                                           moves, in that order

Pure: gathers what `signals` and `amounts` find in the sentence (through the segment's caches)
for `engine`, which then weighs each item in its context.
"""

from __future__ import annotations

import re
from datetime import date

from watch.claims.amounts import amount_items
from watch.claims.own_dollars import own_dollars
from watch.claims.rates import asks_capacity, may_be_rate
from watch.claims.revised_timing import may_revise
from watch.claims.rules import ClaimRule
from watch.claims.segment import Segment
from watch.claims.signals import (
    Hit,
    Item,
    TermKind,
    choice_items,
    cue_items,
    date_items,
    direction_items,
)
from watch.claims.text import Span


def sentence_items(
    rule: ClaimRule, seg: Segment, span: Span, hits: list[Hit], published: date
) -> list[Item]:
    """Every signal of the sentence, as the rule asks for them: cues, choices, amounts, dates
    and moves, in that order (later steps break ties by it)."""
    norm, raw = seg.norm, seg.raw
    items = cue_items(rule, raw, hits, published)
    if rule.choice:
        items.extend(choice_items(rule, raw, hits))
    if rule.amount:
        counted = any(amount.unit != "money" for amount in rule.amount)
        measures = seg.measures(span) if counted else []
        # a sentence no figure of the rule's can be evidence in is not read for money
        if _may_size(rule, hits) or _on_terms(norm, span, hits) or _rate(rule, norm, span):
            money = seg.amounts(span)
            for amount in rule.amount:  # the company's own bare dollar, in a CAD or HKD rule
                if amount.unit == "money" and amount.currency:
                    first = next(iter(rule.subject), "")
                    money = own_dollars(money, seg, span, amount.currency, hits, first)
            comparisons = seg.comparisons(span)
            items.extend(
                amount_items(rule, money, norm, raw, hits, measures, comparisons, seg.roles)
            )
    if rule.when and (
        not rule.when.near
        or any(h.entry.kind is TermKind.WHEN_NEAR for h in hits)
        or _may_bound(norm, span.start, span.end)
        or may_revise(norm, span.start, span.end)  # "licence now seen in second half"
    ):  # (a date must be near a `when.near` phrase: without one, no date is evidence, but for
        # a lateness bound said of the thing itself: `named_lateness`)
        items.extend(date_items(rule, seg.dates(span), hits, norm, published))
    if rule.direction:
        items.extend(direction_items(rule, norm, raw, hits, span.end))
    return items


def _may_size(rule: ClaimRule, hits: list[Hit]) -> bool:
    """Whether any of the rule's amounts may find a figure in a sentence with these hits: one
    that needs a `near` phrase finds none without it (`amounts`), unless it reads a share (a
    backer's figure in a breakdown needs none)."""
    nears = {h.entry.key for h in hits if h.entry.kind is TermKind.AMOUNT_NEAR}
    return any(
        not amount.near or amount.of == "share" or str(j) in nears
        for j, amount in enumerate(rule.amount)
    )


def _rate(rule: ClaimRule, norm: str, span: Span) -> bool:
    """A cheap gate for `rates`: a percentage rule asking for a utilisation, and "% of" or a
    rate noun in the sentence (a utilisation by its own words needs no `near` phrase)."""
    return may_be_rate(norm, span.start, span.end) and any(
        a.unit == "percent" and asks_capacity(tuple(a.near)) for a in rule.amount
    )


# 以 or "at" right before a figure: 以26.80港元, 以每股, "at HK$26.80", "at 80 satang"
_TERMS_FIGURE = re.compile(
    r"以(?:每股)?\s?[0-9零一二两三四五六七八九十]|(?<![a-z])at\s+(?:[a-z]{0,3}\$|[€£¥]|[0-9])"
)


def _on_terms(norm: str, span: Span, hits: list[Hit]) -> bool:
    """A cheap gate for `on_terms`: a cue of the rule and 以 or "at" right before a figure in
    the sentence (a figure as the terms of the cue's act needs no `near` phrase)."""
    if norm.find("以", span.start, span.end) < 0 and norm.find(" at ", span.start, span.end) < 0:
        return False
    return any(h.entry.kind is TermKind.CUE for h in hits) and (
        _TERMS_FIGURE.search(norm, span.start, span.end) is not None
    )


def _may_bound(norm: str, start: int, end: int) -> bool:
    """A cheap gate for `named_lateness`: "until", "till" or 前 in the sentence."""
    return norm.find("til", start, end) >= 0 or norm.find("前", start, end) >= 0
