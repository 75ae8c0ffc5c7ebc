"""A headline's undated event word that the lead dates: "Freeport resumes Grasberg Block Cave
output" over a lead that says "restarted on July 14". The headline tells the lead's event in
the present tense, with no date of its own; when the lead's event word yields to its own date
outside the window (`weighing.date_decides`), the headline's word, a synonym or the same one,
is that event too and yields with it.

    lead_dated_headline(sentences, found, weighed)   `found` without those headline cues, and
                                                     a reason for each one dropped

Pure helper for `engine`."""

from __future__ import annotations

from collections.abc import Sequence

from watch.claims.segment import Segment
from watch.claims.signals import EvidenceKind, Hit, Item, TermKind
from watch.claims.text import Span
from watch.models import Stance

_YIELDS_TO_DATE = " yields to its own date"


def lead_dated_headline(
    sentences: Sequence[tuple[Segment, Span, list[Hit], str]],
    found: list[tuple[Segment, Span, Item]],
    weighed: Sequence[tuple[Segment, Span, Item]],
) -> tuple[list[tuple[Segment, Span, Item]], list[str]]:
    """`found` without each confirming event word of the headline that has no date of its own,
    when the lead's event word yielded to its own date (see the module doc)."""
    body = [(seg, span) for seg, span, _, _ in sentences if not seg.is_title]
    if not body or not any(seg.is_title for seg, _, _ in found):
        return found, []
    lead_seg, lead_span = body[0]
    dated = next(
        (
            item
            for seg, span, item in weighed
            if seg is lead_seg
            and span.start == lead_span.start
            and item.kind is EvidenceKind.CUE
            and any(_YIELDS_TO_DATE in r for r in item.reasons)
        ),
        None,
    )
    if dated is None:
        return found, []
    titled = any(seg.is_title and item.kind is EvidenceKind.DATE for seg, _, item in found)
    events = {
        (id(seg), h.start, h.end)
        for seg, _, hits, _ in sentences
        if seg.is_title
        for h in hits
        if h.entry.kind is TermKind.WHEN_NEAR
    }
    kept, notes = [], []
    for seg, span, item in found:
        if (
            not titled
            and seg.is_title
            and item.kind is EvidenceKind.CUE
            and item.stance is Stance.CONFIRMS
            and any(k == id(seg) and s < item.end and item.start < e for k, s, e in events)
        ):
            notes.append(
                f"{item.what} (title) is the lead's event, dated there: not evidence itself"
            )
            continue
        kept.append((seg, span, item))
    return kept, notes
