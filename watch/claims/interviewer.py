"""The interviewer's lines of an interview labelled with the outlet's name, not "Q:" / 问 / 记者:
"FT: You said in March the plant would close. Is that still the plan?", 每经：今年3月您接任总经理，
当时外界关注的是……未能到任。您是在什么情况下接到这个任务的？ Under an interview headline, a label
whose every line ends in a question mark is the interviewer's (the interviewee's label opens
answers too). Such a question recalls the claim; it never tells it: each of its sentences that
holds a word of the rule is a mention (`Segment.retold`), and, under a headline naming the
claim's company, is about that company (the question's subject is the headline's).

    interviewer_lines(seg)   the (start, end, label) of each such line (cached per segment)
    interviewer_asks(rule, seg, by_sentence, layout, hits, party)
                             mark those sentences a mention, lending the company when `party`
"""

from __future__ import annotations

import re

from watch.claims.rules import ClaimRule
from watch.claims.segment import Segment
from watch.claims.signals import Hit, TermKind
from watch.claims.speakers import interview_titled
from watch.claims.text import Span

# A short label before a colon opening a line: an outlet or a name (每经, 财新, 21世纪, FT, The
# Economist), at most a few words; not a sentence with a colon in it.
_LABEL = re.compile(
    r"[ \t*#>_-]*((?:[\u4e00-\u9fff\w]{1,8})|(?:[a-z][\w&.'’-]*(?: [a-z][\w&.'’-]*){0,2}))"
    r"[ \t*_]*[:：]"
)
_ASKS = re.compile(r"[?？][ \t*_\"'”’」』)）]*$")
_ASKED_ALREADY = frozenset(["q", "问", "记者"])
RECALLED = "the interviewer's question recalls the claim ({}): a mention, not evidence"


def interviewer_lines(seg: Segment) -> list[tuple[int, int, str]]:
    """The lines of the interviewer under an interview headline: each opened by a label whose
    every line ends in a question mark (and that opens at least two lines or is the only
    label asking), as (start, end, label)."""
    if seg.asked_lines is not None:
        return seg.asked_lines
    found: list[tuple[int, int, str]] = []
    norm = seg.norm
    if ("：" in norm or ":" in norm) and interview_titled(seg.headline):
        by_label: dict[str, list[tuple[int, int, bool]]] = {}
        at = 0
        for line in norm.split("\n"):
            m = _LABEL.match(line)
            if m is not None:
                asks = _ASKS.search(line) is not None
                by_label.setdefault(m.group(1), []).append((at, at + len(line), asks))
            at += len(line) + 1
        for label, lines in by_label.items():
            if label in _ASKED_ALREADY:  # (q/问/记者: `answers.asked_line`, no company lent)
                continue
            if all(asks for _, _, asks in lines) and (len(lines) > 1 or len(by_label) > 1):
                found.extend((start, end, label) for start, end, _ in lines)
        found.sort()
    seg.asked_lines = found
    return found


def interviewer_asks(
    rule: ClaimRule,
    seg: Segment,
    by_sentence: dict[Span, set[str]],
    layout: dict[Span, tuple[list[Span], int]],
    hits: list[Hit],
    party: bool,
) -> None:
    """Each sentence of an interviewer's line (`interviewer_lines`) holding a hit of the rule is
    a mention; under a headline naming the claim's company (`party`), it names that company.
    Updates `by_sentence`, `layout` and `seg.retold`."""
    lines = interviewer_lines(seg)
    if not lines:
        return
    primary = next(iter(rule.subject))
    for start, end, label in lines:
        if not any(start <= h.start < end for h in hits):
            continue
        spans, _ = seg.sentences_around(start)
        for k, span in enumerate(spans):
            if not start <= span.start < end:
                continue
            inside = [h for h in hits if span.start <= h.start < span.end]
            if not inside or any(h.entry.kind is TermKind.RIVAL for h in inside):
                continue  # (a rival asked about: its news, not the headline company's)
            if party and primary not in by_sentence.get(span, ()):
                by_sentence[span].add(primary)
                seg.speakers[span.start] = "the interviewer asks the headline's company"
            if span in by_sentence:
                layout.setdefault(span, (spans, k))
                seg.retold[span.start] = RECALLED.format(label)
