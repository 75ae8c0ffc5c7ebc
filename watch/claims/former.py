"""A former state told in an aside: "The Qatar contract, then 12 ships and $3.1 billion, was the
largest ...", "the group, then valued at $500 billion, ...". "then" opening a comma-closed aside
before a figure means "at that time", so the figures of the aside are the thing as it was, a
recap (the Chinese 当时 and 彼时 are background words already: 该合同当时为12艘、31亿美元). A
"then" before a verb ("..., then watched the deal fall apart") tells what came next and is left
alone. Pure helper for `engine`, over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.markers import Marker

# ", then" and what a figure of a former state opens with: a number or currency sign, or a word
# of value or approximation ("then worth", "then valued at", "then about")
_THEN_FIGURE = re.compile(
    r",\s*(?P<then>then)\s+(?=[$€£¥\d]|(?:worth|valued|priced|about|around|some|roughly|nearly|"
    r"almost|only|just|over|under|more than|less than|us\$|a\$|hk\$)(?![a-z]))"
)
_ASIDE_REACH = 60  # the aside's closing comma comes within this many characters
_MORE = re.compile(r"(?<![a-z])(?:more|another|again|further)(?![a-z])")
_SENTENCE_END = re.compile(r"[.;:!?。；：！？]\s")


def former_states(norm: str, start: int, end: int) -> list[Marker]:
    """Background markers on each "then" in norm[start:end] that opens a comma-closed aside of
    figures."""
    found = []
    for m in _THEN_FIGURE.finditer(norm, start, end):
        close = norm.find(",", m.end(), min(end, m.end() + _ASIDE_REACH))
        if close < 0 or _SENTENCE_END.search(norm, m.end(), close):
            continue
        if _MORE.search(norm, m.end(), close):  # ", then $3 billion more,": what came next
            continue
        found.append(Marker("background", "then", m.start("then"), m.end("then")))
    return found
