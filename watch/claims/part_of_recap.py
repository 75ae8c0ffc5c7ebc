"""A part of an old recap: a sentence that opens by picking a part out of the sentence before
(其中, "of which", "among them") when that sentence tells of old announcements (去年宣布的多项投资,
"the pledges announced last year"): the part is background too. Read by the engine.
"""

from __future__ import annotations

import re

from watch.claims.markers import Marker
from watch.claims.segment import Segment
from watch.claims.text import Span

# A sentence that picks one out of the sentence before (其中，微软承诺……; "Of that, Microsoft
# pledged ..."; "Among them, ...") tells a part of what that sentence told, and so in its time:
# when the sentence before is background (去年宣布的多项投资), so is the part.
_PART_OF = re.compile(
    r"\s*(?:其中|这其中|当中|(?:of|among) (?:which|these|them|those|that|this)(?![a-z]))"
)


# What makes the sentence before a list of old announcements: 去年宣布的多项投资, 此前承诺的,
# "the pledges announced last year", "investments unveiled in 2025". (Not any old date in it:
# "up from $300bn in March 2025" compares with the past and the sentence is news.)
_ANNOUNCED_BEFORE = re.compile(
    r"(?:去年|前年|此前|早前|先前|之前|曾经?|\d{4}年(?:\d{1,2}月)?)[^，。；,;]{0,6}?"
    r"(?:宣布|承诺|公布|许诺|签署|提出)的|"
    r"(?<![a-z])(?:announced|pledged|unveiled|promised|made|signed)\s+(?:last year|"
    r"(?:earlier|late|early) (?:this|last) year|in 20\d\d|previously|earlier|before)(?![a-z])"
)


def announced_before(norm: str, span: Span) -> bool:
    """Whether the sentence `span` tells of old announcements (`_ANNOUNCED_BEFORE`)."""
    return _ANNOUNCED_BEFORE.search(norm, span.start, span.end) is not None


def told_before(seg: Segment, span: Span) -> bool:
    """Whether the sentence before `span` in its paragraph tells of old announcements
    (`announced_before`)."""
    spans, at = seg.sentences_around(span.start)
    return at > 0 and announced_before(seg.norm, spans[at - 1])


def part_of_before(norm: str, span: Span) -> Marker | None:
    """The opener by which a sentence takes a part of the sentence before, else None."""
    found = _PART_OF.match(norm, span.start, span.end)
    if found is None:
        return None
    return Marker("background", found.group().strip(), found.start(), found.end())
