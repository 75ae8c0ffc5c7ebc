"""The thing a question asks about, lent to its answer: "Q: Why split the stock now?" / "A: ...
Everything is on track: shareholders vote in May"; 问：拆股何时生效？/ 答：一切按计划进行。 An
answer rarely names what it answers; the question just before it does.

    question_groups(seg, at, by_sentence, primary)   the subject groups (other than the
                                                     company's, `primary`) that the question
                                                     line before the answer at `at` names
"""

from __future__ import annotations

from watch.claims.segment import Segment
from watch.claims.text import Span


def question_groups(
    seg: Segment, at: int, by_sentence: dict[Span, set[str]], primary: str
) -> set[str]:
    """The groups other than `primary` named by the sentences of the last non-blank line
    before position `at` (the question of the answer starting there); empty when none."""
    norm = seg.norm
    end = norm.rfind("\n", 0, at)
    while end > 0 and not norm[norm.rfind("\n", 0, end) + 1 : end].strip():
        end = norm.rfind("\n", 0, end)  # (blank lines between question and answer)
    if end <= 0:
        return set()
    start = norm.rfind("\n", 0, end) + 1
    while start < end and norm[start].isspace():
        start += 1
    if start >= end:
        return set()
    spans, _ = seg.sentences_around(start)
    groups: set[str] = set()
    for span in spans:
        if span.start < end and span.end > start:
            groups |= by_sentence.get(span, set())
    return groups - {primary}
