"""A bare cue that only restates the topic, after a word of its group yielded to its own figure.

    restated_topic(sentences, found, yielded)   `found` without the confirming cues that repeat
                                                 a topic word already decided by its figure
                                                 or date, and the reasons they were dropped

"Nokia widens its cuts to 8,000 jobs" decides the claim (about 5,000) by its figure: the cue
"cuts" yields to it (`weighing.figure_decides`, within a clause). Later sentences of the same
article say "the new cuts fall mainly on research" or "the cuts will save costs": the same word,
now with no figure or date of its own, only names what the article is about. Weighed as fresh
confirmations they would outweigh the figure that decides the claim. They are dropped when the
cue is also one of the claim's subject aliases (the topic word itself, 裁员, "job cuts"), its
sentence holds no figure or date item of the rule, and a word of the same subject group ("job
cuts" for "layoffs", 裁员) yielded to a figure or a date elsewhere in the article. A cue that
is no subject word ("on track", "completed") is news of its own and stays.

Pure helper for `engine`.
"""

from __future__ import annotations

from collections.abc import Sequence

from watch.claims.segment import Segment
from watch.claims.signals import EvidenceKind, Hit, Item, TermKind
from watch.claims.text import Span
from watch.models import Stance

YIELDS = " yields to its own "  # the reason `weighing.settle` gives a cue it sets aside


def yielded_word(seg: Segment, item: Item) -> str | None:
    """The normalised words of a cue that `settle` set aside for its own figure or date, else
    None."""
    if item.kind is not EvidenceKind.CUE or not any(YIELDS in r for r in item.reasons):
        return None
    return seg.norm[item.start : item.end]


def restated_topic(
    sentences: Sequence[tuple[Segment, Span, list[Hit], str]],
    found: list[tuple[Segment, Span, Item]],
    yielded: set[str],
) -> tuple[list[tuple[Segment, Span, Item]], list[str]]:
    """`found` without each bare confirming cue restating a yielded topic word (see the module
    doc), and a reason for each one dropped."""
    if not yielded:
        return found, []
    decided = {
        (id(seg), span.start)
        for seg, span, item in found
        if item.kind in (EvidenceKind.AMOUNT, EvidenceKind.DATE)
    }
    aliases = {
        (id(seg), h.start, h.end): h.entry.key
        for seg, _, hits, _ in sentences
        for h in hits
        if h.entry.kind is TermKind.ALIAS
    }
    # the subject groups whose words yielded: "job cuts" yielded, so "layoffs" restates it too
    groups = {
        key
        for (k, start, end), key in aliases.items()
        if _text(sentences, k, start, end) in yielded
    }
    kept, notes = [], []
    for seg, span, item in found:
        if (
            item.kind is EvidenceKind.CUE
            and item.stance is Stance.CONFIRMS
            and aliases.get((id(seg), item.start, item.end)) in groups
            and (id(seg), span.start) not in decided
        ):
            where = "title" if seg.is_title else f"sentence at {span.start}"
            notes.append(
                f"{item.what} ({where}) restates the topic its figure or date decides elsewhere: "
                "not evidence itself"
            )
            continue
        kept.append((seg, span, item))
    return kept, notes


def _text(
    sentences: Sequence[tuple[Segment, Span, list[Hit], str]], k: int, start: int, end: int
) -> str:
    seg = next(seg for seg, _, _, _ in sentences if id(seg) == k)
    return seg.norm[start:end]
