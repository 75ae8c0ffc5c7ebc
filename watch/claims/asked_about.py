"""An answer's pronoun that points back to the company its question asks about: "Q: Ryanair says
it is short of aircraft. Is easyJet in a better position?" / "A: Slightly. They have told
investors around 110 million seats ..."; 问：易捷航空的运力计划会变吗？ / 答：不会。他们已向投资者
表示…… The question's last name before its question mark is the company asked about; the answer's
sentences that open with a pronoun, before any sentence naming an actor, are about it.

    asked_about(rule, seg, by_sentence, layout, names)   give those answer sentences the
                                                         claim's first subject group; an
                                                         analyst's answers only as a mention
                                                         (`Segment.retold`)
"""

from __future__ import annotations

import re

from watch.claims.rules import ClaimRule
from watch.claims.segment import Segment
from watch.claims.signals import Hit, TermKind
from watch.claims.speakers import OTHER_SPEAKER, answers
from watch.claims.story import lead_span, named_in
from watch.claims.text import Span

# A sentence opening with a third-person pronoun for a company (after an "A:" mark).
_PRONOUN = re.compile(
    r"[ \t*_]*(?:(?:a|答)\s*[:：]\s*)?(?:(?:they|their|it|its)(?![\w'-])|他们|它们|它|其|该公司)"
)
_ASKED = re.compile(r"[?？]")
RETOLD = "an answer by an interviewee of no party, about the company asked about: a mention"


def asked_about(
    rule: ClaimRule,
    seg: Segment,
    by_sentence: dict[Span, set[str]],
    layout: dict[Span, tuple[list[Span], int]],
    names: tuple[list[int], list[Hit]],
) -> None:
    """Give each answer sentence that opens with a pronoun, before any answer sentence naming an
    actor, the claim's first subject group, when the question just before the answer names the
    claim's company last before its question mark. Updates `by_sentence` and `layout`."""
    primary = next(iter(rule.subject))
    starts, hits = names
    norm = seg.norm
    lead = lead_span(norm) if answers(seg) else None
    # an analyst interviewed tells what the company said: a mention, not the company's news
    other = lead is not None and OTHER_SPEAKER.search(norm, lead.start, lead.end)
    for at in answers(seg):
        who = _asked(norm, at, starts, hits)
        if who is None or who.entry.kind is not TermKind.ALIAS or who.entry.key != primary:
            continue
        spans, _ = seg.sentences_around(at)
        for k, span in enumerate(spans):
            if named_in(span, starts, hits):
                break  # a name takes over from the question's
            if _PRONOUN.match(norm, span.start) and primary not in by_sentence.get(span, ()):
                by_sentence[span].add(primary)
                layout.setdefault(span, (spans, k))
                seg.speakers[span.start] = "the answer points back to the company asked about"
                if other:
                    seg.retold[span.start] = f"{RETOLD} ({other.group()})"


def _asked(norm: str, at: int, starts: list[int], hits: list[Hit]) -> Hit | None:
    """The actor the question line just before position `at` names last before its last
    question mark, or None."""
    end = norm.rfind("\n", 0, at)
    while end > 0 and not norm[norm.rfind("\n", 0, end) + 1 : end].strip():
        end = norm.rfind("\n", 0, end)  # (blank lines between question and answer)
    if end <= 0:
        return None
    line_start = norm.rfind("\n", 0, end) + 1
    marks = [m.start() for m in _ASKED.finditer(norm, line_start, end)]
    if not marks:
        return None
    inside = named_in(Span(line_start, marks[-1]), starts, hits)
    return inside[-1] if inside else None
