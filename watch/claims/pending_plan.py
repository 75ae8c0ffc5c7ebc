"""Only planned: whether a plan word governs the item (a pending marker before the verb the
figure sizes or right after its object, a reported "will"), so that the item is a plan and no
news, unless the plan does not hold (`certainty.pending_holds`), the date is a firm bound or the
plan is a delay; and a verb the figure sizes that is itself only planned. One family of the
checks of `context._not_news`.
"""

from __future__ import annotations

from watch.claims.certainty import PENDING_REACH, pending_holds, plan_claim
from watch.claims.change_by import planned_verb
from watch.claims.firm_bounds import negated_bound
from watch.claims.markers import Marker, scoped
from watch.claims.objects import delayed_to
from watch.claims.recalled import reported_will
from watch.claims.rules import ClaimRule
from watch.claims.signals import EvidenceKind, Item
from watch.claims.text import Span

PENDING_AFTER_REACH = 8


def only_planned_item(
    rule: ClaimRule, norm: str, span: Span, markers: list[Marker], item: Item
) -> str | None:
    """Why the item is only planned in the sentence `span` (the reason `_not_news` gives), or
    None."""
    pending = (
        # "planning to raise its prices by 20%": the plan word governs the verb the figure sizes
        scoped(
            norm,
            markers,
            "pending",
            item.verb if item.verb >= 0 else item.start,
            item.end,
            reach=PENDING_REACH,
        )
        or scoped(  # a plan word right after its object: 1000亿美元的融资目标, "a $100bn target"
            norm, markers, "pending", item.start, item.end, reach=PENDING_AFTER_REACH, side="after"
        )
        or reported_will(rule, norm, markers, item)
    )
    if pending is not None and not pending_holds(pending, item, rule):
        pending = None
    if (
        pending is not None
        and item.kind is EvidenceKind.DATE
        and negated_bound(norm, pending, span.end)
    ):
        pending = None  # "will not be signed before July": the date is a firm bound, no plan
    if pending is not None and delayed_to(norm, item) is not None:
        pending = None  # "will slip to 2027": the plan is a delay, and its date is news
    if pending is not None:
        return f'is only planned ("{pending.word}"): a mention'
    planned_by = planned_verb(norm, item.verb) if item.verb >= 0 else None
    if planned_by is not None and not plan_claim(rule):
        return f'sizes a verb only planned ("{planned_by}"): a mention'
    return None
