"""A record of labelled fields: consecutive lines of `Field: value` ("Manufacturer: Ford Motor
Company", "Population: 903,412", 召回数量：903412辆) with no blank line between, as a filing or a
fact box sets them out. Each line is its own paragraph to the sentence splitter, so a company
and its figure never met in one judged sentence; the lines of one record belong together and
are read as one sentence. Prose lines (a speaker's label before sentences) are no field: a
value is short and ends no sentence inside it. Pure helper over the text as written.
"""

from __future__ import annotations

import re

from watch.claims.text import Span

# A field line: a short label, a colon, a short value with no full stop before more words and
# none at its end (a speaker's "Q: How is it going?", "A: We will list." is a sentence).
_FIELD = re.compile(
    r"[ \t*_-]*(?:[A-Za-z][A-Za-z0-9 /&().'-]{0,40}?|[\u4e00-\u9fff]{2,8})[ \t*_]*[:：][ \t]*"
    r"(?:(?![.!?。！？][ \t]+\S)[^\n]){0,79}[^\n.!?。！？ \t]"
)


def _field(raw: str, start: int, end: int) -> bool:
    return _FIELD.fullmatch(raw, start, end) is not None


def record_of(raw: str, line: Span) -> Span:
    """The record of field lines holding the line `line` (a newline-to-newline span), when it is
    a field line with another right before or after it; else `line` itself."""
    if not _field(raw, line.start, line.end):
        return line
    start, end = line.start, line.end
    while start > 0:
        prev = raw.rfind("\n", 0, start - 1) + 1
        if start - 1 <= prev or not _field(raw, prev, start - 1):
            break
        start = prev
    while end < len(raw):
        nxt = raw.find("\n", end + 1)
        nxt = len(raw) if nxt < 0 else nxt
        if nxt <= end + 1 or not _field(raw, end + 1, nxt):
            break
        end = nxt
    return line if (start, end) == (line.start, line.end) else Span(start, end)
