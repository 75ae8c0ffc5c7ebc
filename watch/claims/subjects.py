"""The subject pass: which rules' alias groups all occur in a document, before anything else is
looked at (most articles name no tracked subject, and for them the cue phrases are never read).

It looks in lower-cased text for every spelling of each alias (`text.spellings`), which spares
most articles `normalise`; with too many spellings, in normalised text. A first pass looks for
the names of each rule's first subject group only (the company; the other groups are topic words,
frequent in any article), and the full pass runs only on documents where one occurs: a rule needs
all its groups.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from watch.claims.automata import Phrases
from watch.claims.exact_case import Exact, miswritten
from watch.claims.rules import ClaimRule
from watch.claims.text import accept_hit, fold_case, normalise, spellings

Pairs = frozenset[tuple[int, str]]  # (rule, subject group) pairs an alias stands for


class SubjectPass:
    """The rules whose subject a document's texts name (`present`)."""

    def __init__(
        self, rules: Sequence[ClaimRule], subjects: dict[str, Pairs], exact: Exact
    ) -> None:
        self._rules = rules
        self._exact = exact
        self._empty = not subjects
        spelled = {phrase: spellings(phrase) for phrase in subjects}
        self.folded = all(s is not None for s in spelled.values())
        words: dict[str, Pairs] = {}
        for phrase, pairs in subjects.items():
            for spelling in (spelled[phrase] if self.folded else None) or [phrase]:
                words[spelling] = words.get(spelling, frozenset()) | pairs
        first = {i: next(iter(rule.subject), "") for i, rule in enumerate(rules)}
        main = {w: ps for w, ps in words.items() if any(first[i] == key for i, key in ps)}
        self._all = Phrases((word, (len(word), pairs)) for word, pairs in words.items())
        self._main = Phrases((word, None) for word in main)

    def present(self, texts: Sequence[str]) -> set[int]:
        """The rules all of whose alias groups occur (as whole words) in the normalised texts.
        Looks in lower-cased text where it can: then it may name a rule the normalised text
        does not hold (a character `normalise` maps can also be what another maps to), and
        never leaves one out."""
        if self._empty:
            return set()
        folded = [self._fold(text) for text in texts]
        if all(next(self._main.iter(form), None) is None for form in folded):
            return set()  # most of a feed: no company named
        present: set[tuple[int, str]] = set()
        for text, form in zip(texts, folded, strict=True):
            for stop, (length, pairs) in self._all.iter(form):
                start, end = stop - length + 1, stop + 1
                if not pairs <= present and accept_hit(form, start, end) >= 0:
                    if self._exact:
                        bad = miswritten(self._exact, form[start:end], text, start, end)
                        pairs = frozenset(p for p in pairs if p[0] not in bad)
                    present |= pairs
        if not present:
            return set()
        groups = Counter(rule for rule, _ in present)
        return {i for i, n in groups.items() if n == len(self._rules[i].subject)}

    def _fold(self, text: str) -> str:
        folded = fold_case(text) if self.folded else None
        # with too many spellings, the automaton holds each alias as written
        return normalise(text) if folded is None else folded
