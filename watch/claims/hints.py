"""Hints for `watch validate`: rule phrases that load but will not do what they seem to.

Beside `certainty.ignored_pending` (a `pending` phrase the engine never uses as one), three
traps new users met: "would" as a `pending` word, which the engine reads as tense after a
reporting verb ("said it would cut 8,000 jobs" is the company's statement, so `pending` never
sees it there); a subject alias that is a verb, which takes no -ed/-ing forms (a money group
`[pledge]` misses "pledged in February": only a cue inflects); and a goal noun as a confirming
cue, which fires on every story that names the goal, the ones that cut or miss it included
("Indosat cuts subscriber goal" confirmed a claim that the goal is reached).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from watch.claims import vocab
from watch.claims.cues import inflections
from watch.claims.rules import ClaimRule

_WOULD = re.compile(r"\bwould\b", re.IGNORECASE)
_GOAL = re.compile(
    r"(?:(?:the|its|a|an|our|their|new|annual|full-year)\s+)*"
    r"(?:goal|goals|target|targets|aim|ambition|objective|objectives)"
    r"|(?:全年|年度|年内)?(?:目标|目標|目标值|目標值)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]{3,}")


def _verbs() -> frozenset[str]:
    """The English verbs the built-in vocabularies use in a past form: a lower-case alias
    whose -ed form is one of these words ("pledge" -> pledged) names an act, not a thing."""
    words = {w for phrases in vocab.BUILTIN.values() for p in phrases for w in p.split()}
    return frozenset(w for w in words if w.endswith("ed"))


_PAST = _verbs()


def pending_would(rule: ClaimRule) -> Iterator[tuple[int, str]]:
    """(index, why) for a `pending` phrase holding "would"."""
    for k, phrase in enumerate(rule.pending):
        if _WOULD.search(phrase):
            yield (
                k,
                f'"{phrase}": after a reporting verb "would" is tense, not doubt ("said it would '
                'cut 8,000 jobs" is the company\'s word): `pending` holds only where "would" is '
                'a condition ("would cut jobs if"); to keep a retold plan from confirming, name '
                'the plan ("plans to", <plan>)',
            )


def verb_aliases(rule: ClaimRule) -> Iterator[tuple[str, int, str]]:
    """(group, index, why) for a lower-case one-word alias that is a verb whose -ed or -ing
    form the group does not list: aliases match as written (and their -s plural) only."""
    for group, aliases in rule.subject.items():
        listed = {a.strip().lower() for a in aliases}
        for k, alias in enumerate(aliases):
            word = alias.strip()
            if not _WORD.fullmatch(word):
                continue
            forms = [f.split()[0] for f in inflections(f"{word} x")]
            past = [f for f in forms if f.endswith("ed")]
            if not any(f in _PAST for f in past):
                continue
            missing = [f for f in forms if f.endswith(("ed", "ing")) and f not in listed]
            if missing:
                yield (
                    group,
                    k,
                    f'alias "{word}" takes no -ed/-ing forms (only cues do): "{missing[0]}" will '
                    f"not name this group; add {', '.join(repr(m) for m in missing)} if the "
                    "subject is named by the verb",
                )


def goal_cues(rule: ClaimRule) -> Iterator[tuple[int, str]]:
    """(index, why) for a `confirms` phrase that is a goal noun alone ("target", 目标)."""
    for k, phrase in enumerate(rule.confirms):
        if _GOAL.fullmatch(phrase.strip()):
            yield (
                k,
                f'"{phrase}" names the goal, not reaching it: it confirms every story that '
                "names the goal, one that cuts or misses it too; list the words of reaching it "
                '("hit its goal", 达成目标), or leave `confirms` empty and let the figure decide',
            )
