"""A sentence's neighbours across paragraph breaks: the sentences before it in its window, the
paragraph before, and where the paragraph after begins (a long stretch of blank space ends the
neighbourhood). Pure helpers over normalised text, for `candidates` and `lists`.
"""

from __future__ import annotations

from collections.abc import Callable

from watch.claims.text import Span


def earlier_sentences(
    norm: str,
    sentences_around: Callable[[int], tuple[list[Span], int]],
    spans: list[Span],
    k: int,
    window: int,
) -> list[Span]:
    """The sentences before sentence k of a paragraph within the window; for a paragraph's
    first sentence, the last sentence of the paragraph before ("Oracle's shares rose ...\n\nThe
    company said it aims to raise ..."), found through `sentences_around`."""
    if k > 0 or window == 0:
        return spans[max(0, k - window) : k]
    i = _end_before(norm, spans[0])
    if i is None:
        return []
    before, j = sentences_around(i)
    return [before[j]]


def paragraph_before(
    norm: str, sentences_around: Callable[[int], tuple[list[Span], int]], first: Span
) -> list[Span]:
    """The sentences of the paragraph just before the one that opens with `first` (none when
    there is no text before it, or a long stretch of blank space)."""
    i = _end_before(norm, first)
    return [] if i is None else sentences_around(i)[0]


def start_after(norm: str, last: Span) -> int | None:
    """The first character of the paragraph after the one that ends with `last`; None when
    there is no text after it, or a long stretch of blank space."""
    i = last.end
    while i < len(norm) and i - last.end < 200 and norm[i].isspace():
        i += 1
    return None if i >= len(norm) or norm[i].isspace() else i


def _end_before(norm: str, first: Span) -> int | None:
    """The last character of the paragraph before the one that opens with `first`; None when
    there is no text before it, or a long stretch of blank space."""
    i = first.start - 1
    while i >= 0 and first.start - i < 200 and norm[i].isspace():
        i -= 1
    return None if i < 0 or norm[i].isspace() else i
