"""A filer's notice about a case: its body goes on about the one matter its headline names.
"珠海格力电器股份有限公司关于诉讼事项进展的公告" ... "一、诉讼基本情况 公司就宁波奥克斯空调有限公司
等被告侵害公司发明专利权……提起诉讼" ... "二、诉讼进展情况 公司于……收到最高人民法院……民事判决书，
判决如下：驳回上诉，维持原判": the ruling paragraph names the filer only, yet the other party is the
one the case section named. Under a filer's formal headline (`own_filing`) that names a case
(诉讼, 仲裁, 涉诉, "litigation", "legal proceedings", "arbitration", "lawsuit"), a body sentence
naming the filer (the claim's first group) and another group of the claim takes the groups the
body named before it, unless a rival is named in the body before it.

    case_matter(rule, seg, by_sentence, layout, names)   give such sentences those groups
"""

from __future__ import annotations

import re

from watch.claims.own_filing import formal_filing
from watch.claims.rules import ClaimRule
from watch.claims.segment import Segment
from watch.claims.signals import Hit, TermKind
from watch.claims.text import Span

_CASE_HEAD = re.compile(
    r"诉讼|仲裁|涉诉|起诉|判决|"
    r"(?<![a-z])(?:litigation|legal proceedings?|lawsuit|arbitration|court ruling|judgment|"
    r"judgement)(?![a-z])"
)


def case_matter(
    rule: ClaimRule,
    seg: Segment,
    by_sentence: dict[Span, set[str]],
    layout: dict[Span, tuple[list[Span], int]],
    names: tuple[list[int], list[Hit]],
) -> None:
    """In the body of a filer's notice on a case (`_CASE_HEAD` in a formal filing headline),
    give each sentence that names the claim's first group and another the groups named in the
    body's sentences before it, when no rival is named before its end. Updates `by_sentence`
    and `layout` in place."""
    if seg.is_title or len(rule.subject) < 2:
        return
    if not formal_filing(seg.headline) or _CASE_HEAD.search(seg.headline) is None:
        return
    primary = next(iter(rule.subject))
    _, hits = names
    rivals = [h.start for h in hits if h.entry.kind is TermKind.RIVAL]
    first_rival = min(rivals, default=len(seg.norm))
    seen: set[str] = set()
    for span in sorted(by_sentence, key=lambda s: s.start):
        if span.end > first_rival:
            break
        groups = by_sentence[span]
        if primary in groups and len(groups) > 1 and span in layout:
            groups |= seen
        seen |= groups
