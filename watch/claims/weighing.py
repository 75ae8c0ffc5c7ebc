"""Weighing a claim's evidence into one verdict: one vote per sentence and side, a headline
counting half again as much, two to one to decide, and hedged reports that do not add up to a
fact; a clear mismatch on one part of a claim with several parts contradicts it."""

from __future__ import annotations

from collections.abc import Sequence

from watch.claims.rules import ClaimRule
from watch.claims.segment import Segment
from watch.claims.signals import Hit, Item
from watch.claims.text import Span
from watch.models import Evidence, Stance, Verdict

TITLE_WEIGHT = 1.5  # a headline states the article's own news; the body also recaps
_CONFIRMS, _CONTRADICTS = Stance.CONFIRMS, Stance.CONTRADICTS


def _noisy_or(values: list[float]) -> float:
    miss = 1.0
    for v in values:
        miss *= 1 - v
    return min(0.97, 1 - miss)


def decide(
    rule: ClaimRule,
    sentences: list[tuple[Segment, Span, list[Hit], str]],
    found: list[tuple[Segment, Span, Item]],
    notes: list[str],
) -> Verdict:
    best: dict[tuple[bool, int, Stance], tuple[Segment, Span, Item]] = {}
    for seg, span, item in found:  # one vote per sentence and side: its strongest item
        key = (seg.is_title, span.start, item.stance)
        if key not in best or best[key][2].confidence < item.confidence:
            best[key] = (seg, span, item)
    votes = {
        s: [v[2].confidence for k, v in best.items() if k[2] == s]
        for s in (_CONFIRMS, _CONTRADICTS)
    }
    total = {s: sum(v) for s, v in votes.items()}
    # A headline states the article's own news; body sentences also carry recaps.
    for (in_title, _, stance), v in best.items():
        total[stance] += v[2].confidence * (TITLE_WEIGHT - 1) if in_title else 0.0
    win, lose = (
        (_CONFIRMS, _CONTRADICTS)
        if total[_CONFIRMS] >= total[_CONTRADICTS]
        else (_CONTRADICTS, _CONFIRMS)
    )
    ratio = total[lose] / total[win] if total[win] else 1.0
    seg0, span0, _, subject0 = sentences[0]
    reasons = [f"subject: {subject0}" + (" (title)" if seg0.is_title else "")]
    mismatch = (
        part_mismatch(found) or parts_apart(found)
        if total[_CONTRADICTS] and total[_CONFIRMS]
        else None
    )
    if mismatch is not None:
        notes.append(mismatch)
        best = {k: v for k, v in best.items() if k[2] == _CONTRADICTS}
        votes[_CONFIRMS], total[_CONFIRMS] = [], 0.0
        win, lose, ratio = _CONTRADICTS, _CONFIRMS, 0.0
    if total[win] == 0 or ratio > 0.5:
        if total[win] > 0:
            both = f"{total[_CONFIRMS]:.2f} vs {total[_CONTRADICTS]:.2f}"
            notes.append(f"evidence both ways ({both}): a mention")
        reasons += notes + [r for *_, item in found for r in item.reasons]
        return Verdict(rule.id, Stance.MENTIONS, 0.5, (evidence_of(seg0, span0),), tuple(reasons))
    chosen = sorted((v for k, v in best.items() if k[2] == win), key=lambda v: -v[2].confidence)[:3]
    # Several hedged reports do not add up to a fact: corroboration needs one firm item.
    firm = any(not item.hedged for k, (_, _, item) in best.items() if k[2] == win)
    support = _noisy_or(votes[win]) if firm else max(votes[win])
    confidence = round(support * (1 - ratio / 2), 3)
    # Every item weighed is shown: the strongest three for the verdict, the rest of its side,
    # then what was weighed against it (a "weaker evidence" line with nothing under it leaves
    # the reader guessing what fired).
    weighed = sorted(best.values(), key=lambda v: -v[2].confidence)
    for *_, item in chosen + [v for v in weighed if v[2].stance == win and v not in chosen]:
        reasons.extend(item.reasons)
    reasons.extend(notes)
    if total[lose]:
        reasons.append(f"weaker evidence for {lose}: {total[lose]:.2f} against {total[win]:.2f}")
        reasons.extend(r for *_, item in weighed if item.stance == lose for r in item.reasons)
    evidence = tuple(evidence_of(seg, span) for seg, span, _ in chosen)
    return Verdict(rule.id, win, confidence, evidence, tuple(reasons))


def part_mismatch(found: Sequence[tuple[object, object, Item]]) -> str | None:
    """A claim with several parts (the round's size and its valuation; the timing) is wrong if
    one part is: when one sentence confirms one part and contradicts another that nothing
    confirms, as firmly, the claim is contradicted ("closed a $110 billion round at the expected
    $730 billion valuation"). Returns the reason, or None."""
    confirmed = {item.part for *_, item in found if item.stance == _CONFIRMS}
    for seg, span, item in found:  # (segment, sentence span, item) as the engine keeps them
        if item.stance != _CONTRADICTS or item.hedged or item.part in confirmed | {""}:
            continue
        agree = [
            other
            for s, sp, other in found
            if s is seg and sp == span and other.stance == _CONFIRMS and other.part
        ]
        if agree and item.confidence >= max(other.confidence for other in agree):
            return (
                f"{item.part} contradicts while {agree[0].part} confirms in the same sentence: "
                "a clear mismatch on one part contradicts the claim"
            )
    return None


def parts_apart(found: Sequence[tuple[object, object, Item]]) -> str | None:
    """`part_mismatch` across sentences: when everything that confirms names a part of the claim
    (a valuation, a date), none of it the part that a firm item contradicts, the claim is wrong
    on that part ("OpenAI announced $110 billion in new funding" ... "the pre-money valuation is
    $730 billion", of a claim of a $60 billion round at a $730 billion valuation). A cue or
    anything else that confirms the whole claim keeps it two-sided. Returns the reason, or
    None."""
    confirming = [item for *_, item in found if item.stance == _CONFIRMS]
    confirmed = {item.part for item in confirming}
    if not confirming or "" in confirmed:
        return None
    strongest = max(item.confidence for item in confirming)
    for *_, item in found:
        if (
            item.stance == _CONTRADICTS
            and not item.hedged
            and item.part
            and item.part not in confirmed
            and item.confidence >= strongest
        ):
            return (
                f"{item.part} contradicts while only {', '.join(sorted(confirmed))} confirms: "
                "a clear mismatch on one part contradicts the claim"
            )
    return None


def evidence_of(seg: Segment, span: Span) -> Evidence:
    return Evidence(seg.raw[span.start : span.end], span.start, span.end, seg.is_title)
