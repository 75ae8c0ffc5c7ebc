"""Quotations in a sentence and what they close off: the quoted stretches themselves, and
whether a marker is sealed inside a quote (or cut off by an absolute "with" clause) from the
phrase it would otherwise govern; a scare quote around a word stays open. Works on normalised
text, for `context` and `rumours`."""

from __future__ import annotations

import re

from watch.claims.markers import Marker
from watch.claims.text import Span

# "'not in the cards' with IPO coming later this year": a quoted phrase is closed, and so is an
# absolute clause ("with <noun> <verb>ing") opened after the marker: a word in the one does not
# reach into the other.
_ABSOLUTE = re.compile(r"(?<![a-z])with\s+(?:[\w$.'-]+\s+){1,3}?[a-z]+ing(?![a-z])")


def sealed(norm: str, sentence: Span, m: Marker, start: int, quotes: bool = True) -> bool:
    """True when marker `m`, before the phrase at `start`, sits in a quote that closes before
    it (unless `quotes` is False), or an absolute "with" clause opens between them."""
    if m.end <= start and _ABSOLUTE.search(norm, m.end, start) is not None:
        return True
    return quotes and _quoted_off(norm, sentence, m, start)


def _quoted_off(norm: str, sentence: Span, m: Marker, start: int) -> bool:
    quotes = quote_spans(norm, sentence.start, sentence.end)
    # a quote that holds nothing but the marker (“不会”, "not") stresses it: no clause of its own
    return any(
        q.start < m.start
        and m.end <= q.end <= start
        and norm[q.start + 1 : q.end - 1].strip() != norm[m.start : m.end]
        and not _scare_quote(norm, q, m)
        for q in quotes
    )


# A scare quote: the marker and its verb alone, the sentence running on with no break after
# it (公司「从未承诺」在印尼投资60亿美元, "it 'never committed' to the $6bn"): the words are
# stressed as the company's own, and the negation still governs what follows. A longer phrase
# (“不在考虑之列”) or one closed by punctuation or a conjunction (而, and, with) is a clause.
_SCARE_TAIL = re.compile(r"\s?[\u4e00-\u9fff]{1,3}|\s+[a-z-]+(?:\s+(?:to|on|in))?\s*")
_RUNS_ON = re.compile(r"\s*(?![，。,.;；:：!?！？]|而|但|and\b|but\b|with\b|while\b)\S")


def _scare_quote(norm: str, q: Span, m: Marker) -> bool:
    if m.start != q.start + 1 or _SCARE_TAIL.fullmatch(norm, m.end, q.end - 1) is None:
        return False
    return _RUNS_ON.match(norm, q.end) is not None


_QUOTES = {"“": "”", '"': '"', "「": "」", "『": "』", "‘": "’"}
_OPENING = re.compile("[" + "".join(_QUOTES) + "]")


def quote_spans(norm: str, start: int, end: int) -> list[Span]:
    """Quoted stretches of norm[start:end] ("...", “...”, 「...」), opening quote included."""
    spans: list[Span] = []
    i = start
    while (opening := _OPENING.search(norm, i, end)) is not None:
        i = opening.start()
        j = norm.find(_QUOTES[norm[i]], i + 1, end)
        if j < 0:
            break
        spans.append(Span(i, j + 1))
        i = j + 1
    return spans
