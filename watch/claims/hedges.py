"""How sure a piece of evidence is: a hedge that governs it (may, could, considering, 或将: ×0.7;
a condition clause; a doubt after it), its own party's guidance (×0.8), and attribution
(reportedly, 据悉: ×0.92, or once only for a source's own forecast). What is left after
`context.adjust` has decided whose news it is and whether it is news at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from watch.claims.certainty import (
    PLAN_WORDS,
    condition_of,
    consequence_after,
    deliberated_change,
    own_expectation,
    pending_terms,
    plan_claim,
    reported_would,
    rumour_after,
    unclear_after,
    wished_terms,
)
from watch.claims.guidance import guided
from watch.claims.hypotheticals import hypothetical_subject
from watch.claims.markers import NEGOTIATION, WISH, Marker, scoped
from watch.claims.modals import forecast, modal_after, others_estimate, own_spoken
from watch.claims.negation import doubt_after
from watch.claims.negotiation import negotiated_after, negotiation_subject
from watch.claims.predicated import predicated
from watch.claims.record import first_source
from watch.claims.restated import negated_own
from watch.claims.rules import ClaimRule
from watch.claims.signals import EvidenceKind, Hit, Item, own_names
from watch.claims.timing import NEGATION_REACH
from watch.claims.underway import sized_under_way
from watch.models import Stance

_CONFIRMS = Stance.CONFIRMS
FACTORS = {
    "attribution": 0.92,
    "speculation": 0.7,
    "modal": 0.7,
    "conditional": 0.7,
    "flip": 0.85,
}
DENIAL_REACH = 60  # "denied a newspaper report that it would delay ..."
WIDE_REACH = 90  # "no assurance" over the whole clause it guarantees (`NEGATORS_WIDE`)
HEDGE_REACH = 60


def hedge_and_source(
    rule: ClaimRule,
    item: Item,
    norm: str,
    markers: list[Marker],
    story_source: Marker | None = None,
    hits: Sequence[Hit] = (),
) -> Item:
    """Lower an item's confidence for a hedge that governs it and for an attributed sentence.
    A claim that is itself a plan ("OpenAI plans to list in Q4") is not hedged by a plan word,
    nor a figure by its own party's expectation of it (`own_expectation`)."""
    if plan_claim(rule):
        markers = [m for m in markers if m.word not in PLAN_WORDS]
    talks = rule.stage == "talks" and item.stance == _CONFIRMS
    if talks:
        # Talks at the claim's terms confirm them; talks at other terms stay in doubt.
        markers = [m for m in markers if m.word not in NEGOTIATION]
    markers = [m for m in markers if not negotiation_subject(norm, m, item)]
    markers = [m for m in markers if not deliberated_change(rule, item, norm, m)]
    if not wished_terms(rule, item):
        markers = [m for m in markers if m.word not in WISH]
    # "no assurance it would enter into definitive agreements": a "would" under a negation is
    # the negated frame's, already read as such.
    negated = (
        scoped(norm, markers, "negation", item.start, item.end, reach=NEGATION_REACH)
        or scoped(norm, markers, "denial", item.start, item.end, reach=DENIAL_REACH)
        or scoped(norm, markers, "negation_wide", item.start, item.end, reach=WIDE_REACH)
    )
    conditional = not plan_claim(rule) and negated is None and not pending_terms(rule, item)
    if conditional:
        markers = [m for m in markers if not (m.kind == "conditional" and reported_would(norm, m))]
    kinds = ("speculation", "modal", "conditional") if conditional else ("speculation", "modal")
    expected = None  # the forecast word that hedged the item, if one did
    for kind in kinds:
        hedge = scoped(norm, markers, kind, item.start, item.end, reach=HEDGE_REACH)
        if hedge is None and kind == "modal":
            hedge = (
                modal_after(norm, markers, item)
                or others_estimate(norm, item)
                or predicated(norm, item)
            )
        if hedge is None and kind == "speculation":
            hedge = (
                rumour_after(norm, markers, item)
                or doubt_after(norm, markers, item)
                or unclear_after(norm, item)
            )
        if hedge is None and kind == "speculation" and not talks:
            hedge = negotiated_after(norm, markers, item)
        if hedge is not None and item.kind is EvidenceKind.AMOUNT and kind == "modal":
            own = [(h.start, h.end) for h in own_names(rule, list(hits))]
            if own_expectation(norm, hedge, own):
                item.reasons.append(f'"{hedge.word}" is its own party\'s figure, not a hedge')
                continue
            if sized_under_way(norm, hedge, item):
                item.reasons.append(f'"{hedge.word}" sizes an event under way, not a hedge')
                continue
        if hedge is not None and kind == "modal" and own_spoken(rule, item, norm, hedge, hits):
            item.reasons.append(f'"{hedge.word}" is its own speaker\'s expectation, not a hedge')
            continue
        if hedge is not None and kind == "modal" and item.stance != _CONFIRMS:
            own = [(h.start, h.end) for h in own_names(rule, list(hits))]
            who = negated_own(norm, hedge, own, markers)
            if who is not None:  # "Acme no longer expects to complete it": firm, not a guess
                item.reasons.append(f'"{hedge.word}" is negated by its own party ("{who}"), firm')
                continue
        if hedge is not None and kind == "modal" and guided(rule, item, norm, hedge, hits, markers):
            break
        if hedge is not None:
            expected = forecast(hedge)
            item.confidence *= FACTORS[kind]
            item.hedged = True
            item.reasons.append(f'hedge "{hedge.word}" lowers it to {item.confidence:.2f}')
            break
    else:  # a condition clause before the item's own, for a plan as for a fact
        hedge = (
            None
            if negated or pending_terms(rule, item)
            else condition_of(norm, markers, item)
            or consequence_after(norm, item)
            or hypothetical_subject(norm, item)  # "a fresh warning letter would put ..."
        )
        if hedge is not None:
            item.confidence *= FACTORS["conditional"]
            item.hedged = True
            item.reasons.append(
                f'hedge "{hedge.word.strip()}" (a condition clause) lowers it to '
                f"{item.confidence:.2f}"
            )

    def own_spans() -> list[tuple[int, int]]:  # asked for only by a "told analysts" marker
        return [(h.start, h.end) for h in own_names(rule, list(hits))]

    source = first_source(norm, markers, own_spans)
    said = None if source is None else f'attributed ("{source.word}")'
    if said is None and story_source is not None:
        said = f'attributed in the headline or lead ("{story_source.word}")'
    if said is not None and expected is not None:
        # "知情人士称有望二季度签约", "is expected to sign, people familiar said": the expectation
        # is what the source reports, its own forecast. A forecast the article relays is
        # discounted once, as a forecast; a possibility ("may", "could") relayed stays doubled.
        item.reasons.append(f'{said}: the source\'s own forecast ("{expected}"), discounted once')
    elif (
        said is not None
        and item.hedged
        and item.kind is EvidenceKind.DATE
        and any("lower bound" in r for r in item.reasons)
    ):
        item.reasons.append(f"{said}: the source's report of the later date, discounted once")
    elif said is not None:
        item.confidence *= FACTORS["attribution"]
        item.reasons.append(f"{said}: {item.confidence:.2f}")
    return item


# Words by which a headline puts its event itself in doubt ("award to JSW in doubt", "X's win
# in question", 中标生变, 恐生变, 存变数): what it names is not confirmed by it at all, however
# many of its words a rule reads (a cue and a choice alike); "questions over", 质疑 only hedge.
_EVENT_DOUBT = ("in doubt", "in question", "up in the air", "生变", "变数", "存疑", "问号", "doubt")


def headline_doubted(items: Sequence[Item], doubt: str) -> None:
    """Hedge the evidence of a headline that questions what it names
    (`headline_doubt.headline_doubt`) as speculation, unless a hedge already holds it; confirming
    evidence of a headline that puts the event itself in doubt (`_EVENT_DOUBT`) is none, and
    evidence against it stands."""
    event = any(w in doubt for w in _EVENT_DOUBT)
    for item in items:
        if event and item.confidence > 0 and item.stance == _CONFIRMS:
            item.confidence = 0.0
            item.reasons.append(f'the headline puts it in doubt ("{doubt}"): a mention')
        elif event:
            continue  # the doubt backs what goes against the event (纳入生变？……或推迟)
        elif item.confidence > 0 and not item.hedged:
            item.confidence *= FACTORS["speculation"]
            item.hedged = True
            item.reasons.append(f'the headline questions it ("{doubt}"): {item.confidence:.2f}')
