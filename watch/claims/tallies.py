"""A roundup's tally of what has happened so far ("今年以来已有十余家消费品牌在港交所挂牌",
"a dozen consumer brands have listed in Hong Kong so far this year"): the item that a 其中 /
"among them" sentence then takes from it is one of the events counted, a recap, not the news.
The tally may close the paragraph before (a 其中 opening a paragraph takes from it). Pure
helpers for `engine`, over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.segment import Segment
from watch.claims.text import Span

# a stretch up to now, then a count of what has happened in it (已有, 累计, "have ... so far")
_TALLY = re.compile(
    r"(?:今年以来|年初以来|年初至今|今年至今|年内|迄今|截至目前|截至发稿|至今)[^。；;！？]{0,12}?"
    r"(?:已有|已经有|共有|累计有?|先后有)|"
    r"(?<![a-z])(?:have|has)\s+(?:already\s+)?[a-z]+(?:ed|en)\s+[^.;!?]{0,60}?"
    r"(?:so far this year|this year so far|year to date|since the start of (?:the|this) year)"
    r"(?![a-z])|"
    r"(?<![a-z])(?:so far this year|this year so far|since the start of (?:the|this) year),?"
    r"\s+[^.;!?]{0,60}?(?:have|has)\s+(?:already\s+)?[a-z]+(?:ed|en)(?![a-z])"
)


def tallied_before(seg: Segment, span: Span) -> bool:
    """Whether the sentence before `span` (in its paragraph, or the last of the paragraph
    before when `span` opens one) counts what has happened so far (`_TALLY`)."""
    spans, at = seg.sentences_around(span.start)
    if at > 0:
        before = spans[at - 1]
    else:
        end = spans[0].start
        while end > 0 and seg.norm[end - 1].isspace():
            end -= 1
        if end == 0:
            return False
        earlier, last = seg.sentences_around(end - 1)
        before = earlier[last]
    return _TALLY.search(seg.norm, before.start, before.end) is not None
