"""How the sentence around a signal changes it: whose news it is (owner, rivals), whether it is
new (questions, quoted earlier claims, background), and how sure it is (negation, hedges,
attribution). Each rule of thumb leaves a reason, which is what `watch explain` shows.
"""

from __future__ import annotations

from watch.claims.markers import Marker, quote_spans, scoped, sentence_opening
from watch.claims.rules import ClaimRule
from watch.claims.signals import BASE, EvidenceKind, Hit, Item, TermKind
from watch.claims.text import Span, width
from watch.models import Stance

_CONFIRMS, _CONTRADICTS = Stance.CONFIRMS, Stance.CONTRADICTS
FACTORS = {"attribution": 0.92, "speculation": 0.7, "modal": 0.7, "flip": 0.85}
NEGATION_REACH = 36
DENIAL_REACH = 60  # "denied a newspaper report that it would delay ..."
BACKGROUND_REACH = 30
HEDGE_REACH = 60
PENDING_REACH = 24


def excluded(norm: str, h: Hit) -> bool:
    """ "without Nvidia", 除英伟达外: a name that is explicitly left out owns nothing."""
    before = norm[max(0, h.start - 12) : h.start]
    return any(w in before for w in ("without", "excluding", "except", "除", "不含", "没有"))


def owner_of(hits: list[Hit], rule: ClaimRule, item: Item, norm: str) -> Hit | None:
    """The nearest subject-or-rival name before the item (else after it): whom it is about."""
    primary = next(iter(rule.subject))
    names = [
        h
        for h in hits
        if (
            h.entry.kind is TermKind.RIVAL
            or (h.entry.kind is TermKind.ALIAS and h.entry.key == primary)
        )
        and not (h.start < item.end and item.start < h.end)
        and not excluded(norm, h)
    ]
    before = [h for h in names if h.end <= item.start]
    if before:
        return max(before, key=lambda h: h.end)
    after = [h for h in names if h.start >= item.end]
    return min(after, key=lambda h: h.start) if after else None


def adjust(
    rule: ClaimRule,
    item: Item,
    norm: str,
    span: Span,
    hits: list[Hit],
    markers: list[Marker],
    where: str,
) -> Item:
    """Apply owner, question, background, negation and hedges to one item; confidence 0 drops it."""
    what = f"{item.what} ({where})"
    # A choice names its own object; "at a $730 billion valuation" values the round's company.
    round_value = item.valuation and norm[max(0, item.start - 6) : item.start].strip().endswith(
        ("at a", "at")
    )
    # a choice names its object and a move its mover (`trends`): no nearest name to look for
    skip_owner = item.kind in (EvidenceKind.CHOICE, EvidenceKind.DIRECTION) or round_value
    owner = None if skip_owner else owner_of(hits, rule, item, norm)
    if owner is not None and owner.entry.kind is TermKind.RIVAL:
        return drop(item, f'{what} ignored: it is about "{owner.entry.phrase}"')
    quoted = quoted_claim(norm, span, markers, item)
    if quoted is not None:
        return drop(item, f'{what} ignored: inside an earlier claim quoted after "{quoted.word}"')
    question = next((m for m in markers if m.kind == "question"), None)
    if question is not None:
        return drop(item, f'{what} ignored: the sentence is a question ("{question.word}")')
    background = (
        sentence_opening(norm, markers, "background", span)
        or sentence_opening(norm, markers, "background_post", span)
        or scoped(norm, markers, "background", item.start, item.end, reach=BACKGROUND_REACH)
        or scoped(
            norm,
            markers,
            "background_post",
            item.start,
            item.end,
            reach=BACKGROUND_REACH,
            side="after",
        )
        or scoped(norm, markers, "background_clause", item.start, item.end, reach=len(norm))
    )
    if background is not None:
        return drop(
            item, f'{what} is background ("{background.word}"): a mention, not new evidence'
        )
    pending = scoped(norm, markers, "pending", item.start, item.end, reach=PENDING_REACH)
    if pending is not None and item.confidence > 0:
        return drop(item, f'{what} is only planned ("{pending.word}"): a mention')
    negation = scoped(
        norm, markers, "negation", item.start, item.end, reach=NEGATION_REACH
    ) or scoped(norm, markers, "denial", item.start, item.end, reach=DENIAL_REACH)
    if negation is None:
        negation = scoped(
            norm, markers, "negation_post", item.start, item.end, reach=NEGATION_REACH, side="after"
        )
    if negation is None and item.confidence == 0:  # 今年不会上市: the time word comes first
        negation = scoped(
            norm, markers, "negation", item.start, item.end, reach=NEGATION_REACH, side="after"
        )
    if negation is not None:
        timing = item.kind is EvidenceKind.DATE and item.stance == _CONFIRMS
        if item.confidence == 0 or timing:  # "will not list in 2026", 年内上市已无可能
            item.stance, item.confidence = _CONTRADICTS, BASE
            item.reasons.append(f'{what} negated by "{negation.word}": contradicts')
        elif getattr(rule.negation, item.stance.value) == "flip":
            flipped = _CONTRADICTS if item.stance == _CONFIRMS else _CONFIRMS
            item.reasons.append(f'{what} negated by "{negation.word}": {item.stance} -> {flipped}')
            item.stance, item.confidence = flipped, item.confidence * FACTORS["flip"]
        else:
            return drop(item, f'{what} negated by "{negation.word}": cancelled')
    elif item.confidence == 0:
        return item
    else:
        item.reasons.append(f"{item.stance}: {what}")
    for kind in ("speculation", "modal"):
        hedge = scoped(norm, markers, kind, item.start, item.end, reach=HEDGE_REACH)
        if hedge is not None:
            item.confidence *= FACTORS[kind]
            item.hedged = True
            item.reasons.append(f'hedge "{hedge.word}" lowers it to {item.confidence:.2f}')
            break
    source = next((m for m in markers if m.kind == "attribution"), None)
    if source is not None:
        item.confidence *= FACTORS["attribution"]
        item.reasons.append(f'attributed ("{source.word}"): {item.confidence:.2f}')
    return item


def quoted_claim(norm: str, span: Span, markers: list[Marker], item: Item) -> Marker | None:
    """The claim-introducing word ("predicted", 声称) before a quote that holds the item."""
    for quote in quote_spans(norm, span.start, span.end):
        if quote.start < item.start and item.end <= quote.end:
            for m in markers:
                if (
                    m.kind == "quote_intro"
                    and m.end <= quote.start
                    and width(norm[m.end : quote.start]) <= 40
                ):
                    return m
    return None


def drop(item: Item, reason: str) -> Item:
    item.confidence = 0.0
    item.reasons.append(reason)
    return item
