"""Scanning a segment for every rule's phrases: one automaton pass whose occurrences are kept at
word boundaries, for the rules the subject pass left in, an alias written in the wrong case
naming no subject (`scan`); then the hits sorted out per active rule, a gapped cue's later part
kept only in reach of its earlier one (`rule_hits`). A phrase's entries are grouped by rule once,
when the automaton is built (`by_rule`). For `engine.Matcher`."""

from __future__ import annotations

from collections.abc import Sequence

from watch.claims import cues
from watch.claims.automata import Phrases
from watch.claims.exact_case import Exact, miswritten
from watch.claims.signals import Hit, Term, TermKind
from watch.claims.text import accept_hit

# A phrase's entries grouped by rule, each group in table order: the hits are sorted out per
# rule, and a phrase shared by many claims (a vocabulary's) is looked at once per active rule.
RuleEntries = tuple[tuple[int, tuple[Term, ...]], ...]
# a segment's scan: (start, end of the plain match or -1, end with an inflection or -1, entries)
Scan = list[tuple[int, int, int, RuleEntries]]


def by_rule(entries: Sequence[Term]) -> RuleEntries:
    groups: dict[int, list[Term]] = {}
    for entry in entries:
        groups.setdefault(entry.rule, []).append(entry)
    return tuple((rule, tuple(group)) for rule, group in groups.items())


def scan(
    automaton: Phrases,
    exact: Exact,
    norm: str,
    present: set[tuple[int, str]],
    about: set[int],
    raw: str = "",
) -> Scan:
    """Every phrase occurrence of a rule in `about` (the subject pass's) that passes the
    word-boundary check, as (start, end of the plain match or -1, end with an inflection or
    -1, entries by rule); adds the (rule, alias group) pairs seen to `present`. Per-rule
    work waits until a rule's groups are all present."""
    found: Scan = []
    for stop, (phrase, entries, pairs, owners) in automaton.iter(norm):
        # another rule's phrase: its rule cannot become active (the subject pass leaves
        # none out), so its boundaries are not worth checking
        if owners.isdisjoint(about):
            continue
        start = stop - len(phrase) + 1
        plain_end = accept_hit(norm, start, stop + 1)
        inflected_end = plain_end if plain_end >= 0 else accept_hit(norm, start, stop + 1, True)
        if inflected_end < 0:
            continue
        if exact and pairs:  # an alias written in the wrong case names no subject
            bad = miswritten(exact, phrase, raw, start, stop + 1)
            if bad:
                pairs = frozenset(p for p in pairs if p[0] not in bad)
                entries = tuple(
                    (
                        r,
                        ts
                        if r not in bad
                        else tuple(t for t in ts if t.kind is not TermKind.ALIAS),
                    )
                    for r, ts in entries
                )
        if pairs and plain_end >= 0:
            present |= pairs
        found.append((start, plain_end, inflected_end, entries))
    return found


def rule_hits(scans: Sequence[Scan], active: set[int]) -> dict[int, list[list[Hit]]]:
    """The hits of each active rule in each scanned segment (title, text), in scan order."""
    per_rule: dict[int, list[list[Hit]]] = {i: [[], []] for i in active}
    for k, scanned in enumerate(scans):
        # A gapped cue's later part with no part before it in reach can join no chain
        # (`cues.join_gaps` would drop it): it is no hit ("to" of "cut ... to", everywhere).
        parts: dict[tuple[int, int, int], int] = {}  # (rule, cue, part) -> its last end
        for start, plain_end, inflected_end, groups in scanned:
            for i, entries in groups:
                if i in active:
                    found = per_rule[i][k]
                    for entry in entries:
                        end = plain_end if entry.kind is TermKind.ALIAS else inflected_end
                        if end < 0:
                            continue
                        if entry.parts > 1:
                            if entry.part:
                                before = parts.get((i, entry.gapped, entry.part - 1))
                                if before is None or start - before > cues.GAP_WIDTH:
                                    continue
                            key = (i, entry.gapped, entry.part)
                            parts[key] = max(parts.get(key, end), end)
                        found.append(Hit(start, end, entry))
    return per_rule
