"""The claim's own figure tying a body sentence to the headline's party.

    figure_carried(rule, seg, spans, k, named, rivals, missing, headline)
        the subject groups sentence k takes from the headline because it (or a sentence of its
        window) states the claim's own figure

A live blog titled "Nokia Capital Markets Day" asks about "the restructuring announced in
January - around 5,000 roles"; an analysis titled "Big Tech's UK pledges" says "Microsoft's case
is the starkest. ... only about $10bn of its headline $30bn is new capital spending". The body
never names the headline's group again, yet the figure the claim itself names (5,000 roles, $30bn)
says which plan the sentence is about. A figure anywhere else, or a rival in reach, carries
nothing: another company's cut of the same size is another story.

Pure helper for `candidates`, over normalised text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from functools import lru_cache

from watch.claims.amounts import counts_for, within
from watch.claims.measures import find_measures, units_read
from watch.claims.quantities import find_quantities
from watch.claims.rules import ClaimRule
from watch.claims.segment import Segment
from watch.claims.text import Span, normalise

# The reason a sentence carried by the figure gives: it is read as a mention only. Its cues are
# not weighed: a headline about the claim's party does not make a sentence's verdict words hers.
FIGURE_ONLY = (
    "a sentence that states the claim's own figure under a headline naming its party: a mention"
)


def figure_carried(
    rule: ClaimRule,
    seg: Segment,
    spans: list[Span],
    k: int,
    named: Mapping[Span, AbstractSet[str]],
    rivals: list[int],
    missing: AbstractSet[str],
    headline: AbstractSet[str],
) -> AbstractSet[str]:
    """All of `missing` when they are the headline's groups, sentence k of `spans` (a body
    paragraph) names a group of the claim, no rival is named within its `window`, and a
    sentence of that window states a figure inside one of the claim's `amount` confirm
    ranges (in the claim's currency or unit); else none. `named`: the groups each sentence
    names; `rivals`: where the rival names start, sorted."""
    if seg.is_title or not missing or not missing <= headline or not rule.amount:
        return set()
    if not named.get(spans[k]):
        return set()
    lo = spans[max(0, k - rule.window)].start
    hi = spans[min(len(spans), k + rule.window + 1) - 1].end
    if bisect_left(rivals, lo) < bisect_left(rivals, hi):
        return set()
    return set(missing) if _own_figure(rule, seg.norm, lo, hi) else set()


def _own_figure(rule: ClaimRule, norm: str, lo: int, hi: int) -> bool:
    """True when norm[lo:hi] states the figure the claim's statement names ("Nokia will cut
    about 5,000 jobs": 5,000 roles), inside a confirm range of the rule's amount for it. A
    figure the ranges merely allow (one party's $30bn share of a claim about $100bn) names
    some other part of the story."""
    money = None
    measures = None
    for amount in rule.amount:
        figure = stated_figure(rule.statement, amount.unit)
        if figure is None or not amount.confirms:
            continue
        if amount.unit == "money":
            money = find_quantities(norm, lo, hi) if money is None else money
            found = [q for q in money if counts_for(q, amount)]
        else:
            measures = find_measures(norm, lo, hi) if measures is None else measures
            read = units_read(amount.unit, rule.statement)
            found = [q for q in measures if q.unit in read]
        for q in found:
            if q.qualifier in ("vague", "comparison", "up to", "range"):
                continue
            if not within(q, figure, figure, amount.slack):
                continue
            if any(within(q, low, high, amount.slack) for low, high in amount.confirms):
                return True
    return False


@lru_cache(maxsize=256)
def stated_figure(statement: str, unit: str) -> float | None:
    """The one figure of `unit` (money in any currency) the claim's statement gives ($10bn in
    "Siemens has committed to invest US$10 billion ..."), or None when it gives none or several."""
    norm = normalise(statement)
    if unit == "money":
        found = [q.low for q in find_quantities(norm) if q.low == q.high]
    else:
        read = units_read(unit, statement)
        found = [q.low for q in find_measures(norm) if q.unit in read]
    return found[0] if len(found) == 1 else None
