"""A sentence that points back to a recap closed by its past date inherits it: "The licence
question was settled in March. We have ten years, and ..." (in a June Q&A), 许可证问题3月已经
解决。我们有十年。 The sentence before names the claim and ends on the month that dates its
whole predicate; the one after names nothing, has no date of its own, and only goes on about
the same settled event. Pure helper for `engine`.
"""

from __future__ import annotations

from datetime import date

from watch.claims.markers import Marker
from watch.claims.past_dates import past_markers
from watch.claims.rules import ClaimRule
from watch.claims.segment import Segment
from watch.claims.signals import Hit, TermKind
from watch.claims.text import Span

_CLOSE = " .。!！"
_ZH_SHORT = 24  # a Chinese sentence this short with a past month dates all of it


def inherited_recap(
    seg: Segment, span: Span, rule: ClaimRule, hits: list[Hit], published: date
) -> list[Marker]:
    """A setting marker for a sentence with no alias and no date of its own, when the sentence
    before it ends on a past month (English) or is a short one holding one (Chinese)."""
    if seg.is_title or seg.dates(span) or any(h.entry.kind is TermKind.ALIAS for h in hits):
        return []
    spans, at = seg.sentences_around(span.start)
    if at == 0:
        return []
    before = spans[at - 1]
    norm = seg.norm
    for m in past_markers(rule, seg.dates(before), published, seg.latest):
        if m.kind == "background_post" and not norm[m.end : before.end].strip(_CLOSE):
            return [Marker("background_setting", m.word, span.start, span.start)]
        short = (
            before.end - before.start <= _ZH_SHORT and "，" not in norm[before.start : before.end]
        )
        if m.kind == "background" and short:
            return [Marker("background_setting", m.word, span.start, span.start)]
    return []
