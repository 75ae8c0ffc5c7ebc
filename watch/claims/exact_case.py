"""Case-sensitive aliases (`case_sensitive: [PLUS]`): a short all-capitals name that is also a
word names the subject only as written. The automaton looks in lower-cased text, so a hit of
such an alias is checked against the text as written, and dropped for the rules that ask."""

from __future__ import annotations

from collections.abc import Sequence

from watch.claims.rules import ClaimRule
from watch.claims.text import normalise

# normalised alias -> rule index -> the forms it must be written in
Exact = dict[str, dict[int, frozenset[str]]]


def table(rules: Sequence[ClaimRule]) -> Exact:
    """The case-sensitive aliases of `rules`, by their normalised phrase."""
    out: dict[str, dict[int, set[str]]] = {}
    for i, rule in enumerate(rules):
        for alias in rule.case_sensitive:
            written = alias.strip()
            out.setdefault(normalise(written), {}).setdefault(i, set()).add(written)
    return {p: {i: frozenset(f) for i, f in by.items()} for p, by in out.items()}


def miswritten(exact: Exact, phrase: str, raw: str, start: int, end: int) -> frozenset[int]:
    """The rules for which the alias hit `phrase` at raw[start:end] is not written as listed."""
    by_rule = exact.get(phrase)
    if not by_rule:
        return frozenset()
    written = raw[start:end]
    return frozenset(i for i, forms in by_rule.items() if written not in forms)
