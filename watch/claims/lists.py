"""Lists in a body: which paragraphs are list items, and the lines that introduce each list.

    listed(segment, ...)                   each item takes the alias groups named by the heading
                                           above it and the prose paragraph before the list
    listed_statement(segment, span, hits)  an item of a list a statement introduces speaks as
                                           that statement did

Pure helpers for `candidates` and `engine`; the items are found once per segment and kept on it.
"""

from __future__ import annotations

import re

from watch.claims.paragraphs import paragraph_before
from watch.claims.segment import Segment
from watch.claims.signals import Hit, TermKind
from watch.claims.text import Span

# A list item: a line that opens with a bullet or a number ("- ", "* ", "• ", "1. ", "2）").
_BULLET = re.compile(r"^[ \t]*(?:[-*•·●▪■◆]|\d{1,2}[.)）、])[ \t]+", re.MULTILINE)
# A heading: Markdown's "## ...", a line in bold alone ("**二、算力支出**"), or a short line that
# does not end a sentence nor introduce what follows ("Who is paying", 融资进度; "What we know:"
# introduces).
_HEADING = re.compile(
    r"[ \t]*(?:#{1,6}[ \t]|\*\*[^*\n]{1,60}\*\*[ \t]*$|[^\n]{1,30}(?<![.。!！?？;；:：]))"
)
_LIST_REACH = 60  # paragraphs walked back from an item to the lines that introduce its list


def listed(
    seg: Segment,
    by_sentence: dict[Span, set[str]],
    layout: dict[Span, tuple[list[Span], int]],
) -> None:
    """Give each list item the alias groups named by the lines that introduce its list: the
    heading just above it ("## Who is paying", **四、融资进度**) and the prose paragraph before
    the list ("OpenAI has opened a $110bn funding round. Here are the key facts.", 以下整理几个
    重点：). An item is its own paragraph, so "- **Nvidia:** $30bn." or 「- 目前正接近完成总额
    可能超过1000亿美元的大型融资」 would name no one the list is about. Items do not lend
    their names to one another (a list of backers is not one backer's news), nor do earlier
    sections' headings. Updates `by_sentence` and `layout` in place."""
    if seg.items is None:
        seg.items = _list_items(seg)
    for spans, sources in seg.items:
        groups = {g for s in sources for g in by_sentence.get(s, ())}
        if groups:
            for k, span in enumerate(spans):
                by_sentence[span] |= groups
                layout.setdefault(span, (spans, k))


def listed_statement(seg: Segment, span: Span, hits: list[Hit]) -> bool:
    """True when the sentence is an item of a list introduced by a sentence in which one of the
    claim's names makes a fresh statement ("OpenAI briefed investors on its new plans. The key
    points:", 公司向投资人说明最新规划。以下整理几个重点：): each item is what was said, as if
    the statement verb stood in it (`reported_by`). Read after `candidates`, which lists the
    segment's items."""
    for spans, sources in seg.items or ():
        if span not in spans:
            continue
        for source in sources:  # the statement and the name in one sentence: the speaker's
            kinds = {h.entry.kind for h in hits if source.start <= h.start < source.end}
            if TermKind.REPORTED in kinds and TermKind.ALIAS in kinds:
                return True
        return False
    return False


def _list_items(seg: Segment) -> list[tuple[list[Span], list[Span]]]:
    """Each list item of the segment (its paragraph's sentences), in text order, with the
    sentences of the lines that introduce its list (`listed`): the same for every rule, so
    found once per segment."""
    norm = seg.norm
    found: list[tuple[list[Span], list[Span]]] = []
    if "\n" not in norm:
        return found
    for m in _BULLET.finditer(norm):
        spans, _ = seg.sentences_around(m.end())
        if not spans:
            continue
        sources: list[Span] = []
        first, headed = spans[0], False
        for _ in range(_LIST_REACH):
            before = paragraph_before(norm, seg.sentences_around, first)
            if not before:
                break
            first = before[0]
            line = norm[first.start : before[-1].end]
            if _BULLET.match(norm, first.start):
                continue
            if len(before) == 1 and "\n" not in line and _HEADING.fullmatch(line):
                if not headed:
                    sources += before
                headed = True
                continue
            sources += before
            break
        found.append((spans, sources))
    return found
