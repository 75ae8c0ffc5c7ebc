"""A question that a sourced answer follows. "快手裁员规模缩水？知情人士：实际约1000人", "Layoffs
shrinking? Sources: about 1,000": the question ends at its question mark, and the clause that a
source opens with a colon after it (知情人士：, 公司：, "Sources:", "Company:") is that source's
statement, not part of the question. Attribution still weighs on it (`context`). Pure helpers
over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.markers import Marker

# The source that opens the answer: a short name or noun before a colon, with no end of sentence,
# digit or second question inside it ("？知情人士：", "? Sources:", "？快手回应：").
_SOURCE_COLON = re.compile(r"\s*(?P<who>[^:：?？!！。；;\d\n]{1,16}?)\s*[:：]")
# Kickers that name the form of the piece, not a source ("? Analysis:", "？问答：").
_NOT_SOURCE = re.compile(
    r"(?:analysis|explainer|opinion|q&a|faq|why|what|how|分析|解读|问答|观点|为什么|怎么)$"
)


def answer_start(norm: str, markers: list[Marker], item_start: int) -> int | None:
    """Where the sourced answer to a question begins, when the item at `item_start` lies in it
    (after "？<source>："), else None. Question words before that point are the question's."""
    for m in markers:
        if m.kind != "question" or m.word not in ("?", "？") or m.end > item_start:
            continue
        colon = _SOURCE_COLON.match(norm, m.end)
        if colon is None or colon.end() > item_start:
            continue
        if _NOT_SOURCE.search(colon.group("who").strip()) is None:
            return colon.end()
    return None


# The interviewer's line of a Q&A ("Q: There was a report last month that ... Are you leaving?",
# 问：……): every sentence of it is the question, also those before its question mark.
_ASKED = re.compile(r"[ \t*#>_-]*(?:q|问|记者)\s*[:：]")


def asked_line(norm: str, start: int) -> str | None:
    """The "Q:" that opens the line holding position `start`, else None."""
    line = norm.rfind("\n", 0, start) + 1
    m = _ASKED.match(norm, line)
    return None if m is None else m.group().strip()
