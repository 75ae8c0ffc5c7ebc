"""How much of an article the claim engine judges, so that no text can stall a check.

Matching costs grow with the phrase hits in a sentence times the markers near them, and with
the sentences that name a subject; text built to repeat a claim's aliases and cues (a 50 KB
headline of them, a megabyte of one confirming sentence) made that cost quadratic. These caps
keep it near-linear. They are counts and lengths, never time, so the same article always gets
the same verdict, and each cut that happens is named in the verdict's reasons. They sit far
above any real article: the labelled corpora peak at 111 characters of title, 8,600 of text,
10 candidate sentences per claim and 14 phrase hits per sentence.

The wall-clock `BUDGET` is only a backstop behind them: an article still being judged after it
is stored with "not judged: too large" (`watch.errors.NotJudged`) and the check moves on.
"""

from __future__ import annotations

from dataclasses import replace

from watch.models import Document

TITLE_CHARS = 1_000  # a title is judged as one sentence: only its first characters
TEXT_CHARS = 200_000  # of the body (a long transcript is ~100,000)
CANDIDATES = 64  # sentences naming the subject judged per claim and segment, first ones first
PHRASES = 48  # phrase hits (aliases, cues, near phrases) judged per sentence, first ones first
BUDGET = 10.0  # seconds per article, a backstop only


def cut_document(doc: Document) -> tuple[Document, list[str]]:
    """`doc` with its title and text cut to what is judged, and a reason for each cut made."""
    cuts = []
    title, text = doc.title, doc.text
    if len(title) > TITLE_CHARS:
        cuts.append(_cut(TITLE_CHARS, len(title), "characters of the title"))
        title = title[:TITLE_CHARS]
    if len(text) > TEXT_CHARS:
        cuts.append(_cut(TEXT_CHARS, len(text), "characters of the text"))
        text = text[:TEXT_CHARS]
    return (replace(doc, title=title, text=text) if cuts else doc), cuts


def candidates_cut(total: int, where: str) -> str:
    return _cut(CANDIDATES, total, f"sentences naming the subject ({where})")


def phrases_cut(sentences: int, most: int, where: str) -> str:
    plural = "s" if sentences > 1 else ""
    return (
        f"cut: only the first {PHRASES} phrases judged in {sentences} sentence{plural} "
        f"(up to {most:,} in one; {where})"
    )


def _cut(kept: int, total: int, what: str) -> str:
    return f"cut: only the first {kept:,} of {total:,} {what} judged"
