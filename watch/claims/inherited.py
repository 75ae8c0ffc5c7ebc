"""A sentence that points back to a recap closed by its past date inherits it: "The licence
question was settled in March. We have ten years, and ..." (in a June Q&A), 许可证问题3月已经
解决。我们有十年。 The sentence before names the claim and ends on the month that dates its
whole predicate; the one after names nothing, has no date of its own, and only goes on about
the same settled event. Pure helper for `engine`.

A sentence that points back by a noun (这一目标, 该目标, "this target", "that goal", `pointers`)
and tells its own present or perfect (仍, 已, 目前, 如今, "still", "now", "so far") is a
statement of its own time: it takes the subject of the sentence before, not its date (去年公司定下
……目标。这一目标目前仍按计划推进 is this year's news).
"""

from __future__ import annotations

import re
from datetime import date

from watch.claims.markers import Marker
from watch.claims.past_dates import past_markers
from watch.claims.pointers import described
from watch.claims.rules import ClaimRule
from watch.claims.segment import Segment
from watch.claims.signals import Hit, TermKind
from watch.claims.text import Span

_CLOSE = " .。!！"
_ZH_SHORT = 24  # a Chinese sentence this short with a past month dates all of it
# The words with which a sentence tells its own time, now or so far (gated on `described`).
_OWN_TIME = re.compile(
    r"(?<![a-z])(?:still|now|currently|at present|so far|to date|as of today|remains?)(?![a-z])|"
    r"仍|已|依然|依旧|目前|现在|如今|至今|迄今|眼下|当前"
)


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
    norm = seg.norm
    if described(norm, span.start, span.end) and _OWN_TIME.search(norm, span.start, span.end):
        return []  # 这一目标目前仍……, "That target is still ...": its own time
    before = spans[at - 1]
    for m in past_markers(rule, seg.dates(before), published, seg.latest):
        if m.kind == "background_post" and not norm[m.end : before.end].strip(_CLOSE):
            return [Marker("background_setting", m.word, span.start, span.start)]
        short = (
            before.end - before.start <= _ZH_SHORT and "，" not in norm[before.start : before.end]
        )
        if m.kind == "background" and short:
            return [Marker("background_setting", m.word, span.start, span.start)]
    return []
