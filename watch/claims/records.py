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
# (a numbered field, "2. Counterparty: QatarEnergy", 二、交易对方：, is a field too)
_FIELD = re.compile(
    r"[ \t*_-]*(?:(?:\d{1,2}[.)、]|\(\d{1,2}\)|[一二三四五六七八九十]{1,2}、)[ \t]*)?"
    r"(?:[A-Za-z][A-Za-z0-9 /&().'-]{0,40}?|[\u4e00-\u9fff]{2,8})[ \t*_]*[:：][ \t]*"
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


# A form's field label opening a line, whatever follows ("Reason for change: partial
# termination of ...", 变更原因：……): several lower-case words, or a Chinese label ending in a
# form's field noun, so not a speaker ("Kim:", "Q:", 记者：, 分析师追问：).
_FORM_LABEL = re.compile(
    r"[ \t*_-]*(?:(?:\d{1,2}[.)、]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}、)[ \t]*)?"
    r"(?:[A-Z][a-z]+(?: [a-z]+){1,4}|[\u4e00-\u9fff]{2,6}"
    r"(?:原因|理由|事由|对方|對方|金额|金額|日期|名称|名稱|类型|類型|期限|说明|說明|事项|事項|内容|內容|"
    r"价格|價格))"
    r"[ \t*_]*[:：]"
)
# A list number alone before a sentence: the splitter ends a sentence at "1." ("1. Offer price:
# THB0.80 per share." is read from "Offer price"), so the label is looked for from the line's start.
_LIST_NUMBER = re.compile(
    r"[ \t*_-]*(?:\d{1,2}[.)、]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}、)[ \t]*"
)


def is_record(raw: str, span: Span) -> bool:
    """True when the sentence `span` is a record of two or more field lines (`record_of`) or
    opens a line with a form's field label (`_FORM_LABEL`, after a list number or none): under
    a headline naming the filer ("Hanwha Ocean — Disclosure of Single Sales/Supply Contract"), a
    filing's record ("2. Counterparty: QatarEnergy", "1. Offer price: THB0.80 per share.") is the
    filer's, which it never names."""
    line = raw.rfind("\n", 0, span.start) + 1
    if (line == span.start or _LIST_NUMBER.fullmatch(raw, line, span.start)) and _FORM_LABEL.match(
        raw, line
    ):
        return True
    cut = raw.find("\n", span.start, span.end)
    return (
        cut > span.start
        and _field(raw, span.start, cut)
        and _field(raw, cut + 1, _eol(raw, cut + 1))
    )


def _eol(raw: str, at: int) -> int:
    end = raw.find("\n", at)
    return len(raw) if end < 0 else end
