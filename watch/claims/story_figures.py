"""A figure told in the paragraph after the one that named the claim's parties, in a story
about them. "Acme's offer for Globex closes" (title), "Acme said its offer for Globex closed
today ..." (lead), then "Holders accepted the offer at $9.20 a share ...", or 要约期内每股作价
9.20元: the price names the offer only, and the window stops at the paragraph break. A story's
sentence naming one party is judged for a cue (`candidates`); a figure of the claim's kind is
as much the story's in the paragraph right after the lead, when the lead names the missing
groups and no rival is named since. A figure further down, or after a rival, may be another's,
save the size of the story's event: a sentence naming the claim's party (its first group) with
a count of its event unit an incident word governs ("Ryanair has been informed that records
relating to about 2.1 million customers were accessed", 公司获悉约210万名客户的资料遭泄露) sizes
the headline's incident anywhere in the story, unless a rival is named since the lead.

    figure_in_story(rule, seg, spans, k, named, rivals, missing, headline)
        the subject groups sentence k takes from the paragraph before for its figure

Pure helper for `candidates`, over normalised text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from collections.abc import Set as AbstractSet

from watch.claims.amounts import counts_for
from watch.claims.incidents import EVENT_UNITS, incident_at, reads
from watch.claims.measures import units_read
from watch.claims.paragraphs import paragraph_before
from watch.claims.rules import ClaimRule
from watch.claims.segment import Segment
from watch.claims.story import lead_span
from watch.claims.text import Span


def figure_in_story(
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
    paragraph) names a group of the claim and holds a figure of its `amount` (its currency or
    unit), the paragraph just before is the lead and names every missing group, and no rival is
    named from the lead to the sentence; else none. Call it only in a story (`story_names_all`)."""
    span = spans[k]
    if seg.is_title or not rule.amount or not missing or not missing <= headline:
        return set()
    if not named.get(span) or not _has_figure(rule, seg, span):
        return set()
    lead = lead_span(seg.norm)
    # "Ryanair has been informed that records relating to about 2.1 million customers were
    # accessed": the claim's own party and a count an incident word governs, the size of the
    # story's event wherever it is told, unless a rival is named since the lead
    own = rule_primary(rule) in named[span] and _sizes_event(rule, seg, span)
    if own and bisect_left(rivals, lead.start) == bisect_left(rivals, span.end):
        return set(missing)
    before = paragraph_before(seg.norm, seg.sentences_around, spans[0])
    # the lead just before: further down, the paragraph before may be an aside (a refusal to
    # comment, an analyst's view) whose figure is someone's own
    if not before or before[0].start != lead.start:
        return set()
    if bisect_left(rivals, before[0].start) < bisect_left(rivals, span.end):
        return set()
    groups: set[str] = set()
    for other in before:
        groups |= named.get(other, set())
    return set(missing) if missing <= groups else set()


def rule_primary(rule: ClaimRule) -> str:
    """The claim's first subject group (its party: who)."""
    return next(iter(rule.subject))


def _sizes_event(rule: ClaimRule, seg: Segment, span: Span) -> bool:
    """True when the sentence holds a count of a rule's event unit (records, customers, people)
    that an incident word governs in its clause (`incidents.incident_at`)."""
    for amount in rule.amount:
        if amount.unit == "money" or amount.unit not in EVENT_UNITS:
            continue
        read = units_read(amount.unit, rule.statement)
        for q in seg.measures(span):
            if reads(read, q, seg.norm) and incident_at(seg.norm, q.start, q.end):
                return True
    return False


def _has_figure(rule: ClaimRule, seg: Segment, span: Span) -> bool:
    """True when the sentence holds a figure one of the rule's amounts can read."""
    for amount in rule.amount:
        if amount.unit == "money":
            if any(counts_for(q, amount) and q.currency for q in seg.amounts(span)):
                return True
        else:
            read = units_read(amount.unit, rule.statement)
            if any(reads(read, q, seg.norm) for q in seg.measures(span)):
                return True
    return False
