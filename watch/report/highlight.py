"""The words that decided a piece of evidence, found again in its quote.

The claim engine records why it judged a sentence as it did in the verdict's `reasons`
(`watch explain` prints them): `confirms: cue "postponed" (sentence at 120)`,
`contradicts: date "2027年" = … (outside)`, `… negated by "not": contradicts`,
`hedge "may" lowers it to 0.60`. Each quotes the text it fired on verbatim, so the deciding
words are read back from there. Reasons of items the engine dropped (a rival's news, a
question, background, a cancelled negation) name words that decided nothing and are skipped.

Records whose reasons name nothing found in the quote (evidence stored before reasons were
kept, or a quote cut short) are judged again: the engine is pure, so running the claim's own
rule on the quote alone gives the same kind of reasons.

Pure: text in, spans out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from watch.claims.rules import ClaimRule

DECIDES = "decides"  # a cue, amount, date, choice or the negation that turned it
HEDGE = "hedge"  # a word that weakened it: may, reportedly, 据悉

# Reasons holding one of these describe an item the engine threw away (watch/claims/context.py).
_DROPPED = ('" ignored', ") ignored", ": cancelled", ") is background (", ") is only planned (")
_SKIP = ("subject:", "weaker evidence", "evidence both ways")
_DECIDING = re.compile(r'\b(?:cue|amount|date|choice) "([^"]+)"(?: \.\.\. "([^"]+)")?')
_NEGATED = re.compile(r'negated by "([^"]+)"')
_HEDGES = re.compile(r'(?:hedge "([^"]+)"|attributed \("([^"]+)"\))')


@dataclass(frozen=True)
class Mark:
    """A span of a quote to highlight: `quote[start:end]` is a deciding or hedging word."""

    start: int
    end: int
    kind: str  # DECIDES or HEDGE


def phrases(reasons: Iterable[str]) -> tuple[list[str], list[str]]:
    """(deciding phrases, hedging phrases) named by a verdict's reasons, in order."""
    deciding: list[str] = []
    hedges: list[str] = []
    for reason in reasons:
        if reason.startswith(_SKIP) or any(word in reason for word in _DROPPED):
            continue
        for match in _DECIDING.finditer(reason):
            deciding += [g for g in match.groups() if g]
        deciding += _NEGATED.findall(reason)
        for match in _HEDGES.finditer(reason):
            hedges += [g for g in match.groups() if g]
    return deciding, hedges


def marks_in(quote: str, deciding: Sequence[str], hedges: Sequence[str]) -> tuple[Mark, ...]:
    """Every occurrence of the phrases in `quote` (case-insensitively), longest first where
    two overlap, in reading order."""
    found: list[Mark] = []
    folded = quote.casefold()
    # casefold can change lengths (ß -> ss): only then fall back to an exact search
    same_length = len(folded) == len(quote)
    haystack = folded if same_length else quote
    wanted = [(p, DECIDES) for p in deciding] + [(p, HEDGE) for p in hedges]
    for phrase, kind in sorted(wanted, key=lambda pk: -len(pk[0])):
        needle = phrase.casefold() if same_length else phrase
        if not needle.strip():
            continue
        start = haystack.find(needle)
        while start != -1:
            end = start + len(needle)
            if not any(m.start < end and start < m.end for m in found):
                found.append(Mark(start, end, kind))
            start = haystack.find(needle, end)
    return tuple(sorted(found, key=lambda m: m.start))


class Highlighter:
    """Marks for evidence quotes: from the stored reasons, else from judging the quote again
    with the claim's own rule. Keeps one engine per claim."""

    def __init__(self, rules: Sequence[ClaimRule]) -> None:
        self._rules = {rule.id: rule for rule in rules}
        self._matchers: dict[str, object] = {}

    def marks(
        self, claim_id: str, quote: str, reasons: Sequence[str], published: date
    ) -> tuple[Mark, ...]:
        found = marks_in(quote, *phrases(reasons))
        if any(m.kind == DECIDES for m in found):
            return found
        again = self._judge_again(claim_id, quote, published)
        return marks_in(quote, *phrases(again)) or found

    def _judge_again(self, claim_id: str, quote: str, published: date) -> tuple[str, ...]:
        from watch.claims.engine import Matcher
        from watch.models import Document

        rule = self._rules.get(claim_id)
        if rule is None or not quote.strip():
            return ()
        matcher = self._matchers.get(claim_id)
        if matcher is None:
            matcher = self._matchers[claim_id] = Matcher([rule])
        assert isinstance(matcher, Matcher)
        verdicts = matcher.judge(Document(text=quote, published=published))
        return tuple(r for v in verdicts for r in v.reasons)
