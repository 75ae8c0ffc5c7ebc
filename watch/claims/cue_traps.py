"""Hints for `watch validate` on a cue's own wording, two traps rule writers met (nu-en18,
nu-zh18, nu-mix18 (d)):

- a cue whose first word is a negation ("not exercise", "never renew"): only the first word of
  a multi-word cue inflects, so it never finds "not exercised";
- a bare figure of the claim's `statement` listed as a cue ("800张", "$150m", "16 jets", "all
  88"): every later story repeats the figure, the ones that deny or change it too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from watch.claims import vocab
from watch.claims.cues import inflections
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise

_NEGATORS = frozenset({"not", "never"})
# Words after "not" that are no verb: the cue negates a state, which needs no inflection.
_NOT_VERB_WORDS = "before after yet only until as so in on at to be a an the any all more less"
_NOT_VERB = frozenset(_NOT_VERB_WORDS.split())
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
# Words a bare figure may carry: units, scales, currency, and the few that only qualify it.
_FIGURE_WORDS = (
    "m|bn|b|k|mn|million|billion|thousand|trillion|us|usd|hk|rmb|percent|per|cent|pct|only|"
    "all|about|around|some|nearly|almost|roughly|more|new|additional|total|of|a|the|jets|"
    "aircraft|planes|units|tables|gaming|ships|vessels|jobs|people|workers|staff|shares"
)
_FIGURE_WORD = frozenset(_FIGURE_WORDS.split("|"))
_ZH_FIGURE_REST = re.compile(r"[张台辆部架艘个名人家万亿元美港澳币%％约近逾多共只仅全共计]*")


def _fields(rule: ClaimRule) -> Iterator[tuple[str, int, str]]:
    for field in ("confirms", "contradicts"):
        for k, phrase in enumerate(getattr(rule, field)):
            yield field, k, phrase


def negated_cues(rule: ClaimRule) -> Iterator[tuple[str, int, str]]:
    """(field, index, why) for an English cue whose first word is "not" or "never"."""
    other = {"confirms": "contradicts", "contradicts": "confirms"}
    for field, k, phrase in _fields(rule):
        words = normalise(phrase.strip()).split()
        if len(words) < 2 or words[0] not in _NEGATORS or words[1] in _NOT_VERB:
            continue
        verb = words[1]
        past = [f for f in (p.split()[0] for p in inflections(f"{verb} x")) if f.endswith("ed")]
        if not verb.isalpha() or verb.endswith("ly") or not past:
            continue
        yield (
            field,
            k,
            f'"{phrase}" never inflects (only a cue\'s first word does, here "{words[0]}"): '
            f'"{words[0]} {past[0]}" is missed; list the positive verb "{verb}" under '
            f"`{other[field]}` with `negation: {{{other[field]}: flip}}`, or the inflected "
            f'forms too ("{words[0]} {past[0]}")',
        )


def _figures(text: str) -> set[str]:
    return {m.group().replace(",", "") for m in _FIGURE.finditer(text)}


def figure_cues(rule: ClaimRule) -> Iterator[tuple[str, int, str]]:
    """(field, index, why) for a cue that is a figure of the statement with at most a unit,
    currency or scale word beside it ("800张", "$150m", "16 jets"), no verb."""
    statement = _figures(normalise(rule.statement))
    if not statement:
        return
    for field, k, phrase in _fields(rule):
        cue = normalise(phrase.strip())
        if vocab.GAP in cue or vocab.REF.search(cue) or not (_figures(cue) & statement):
            continue
        rest = _FIGURE.sub(" ", cue).replace("$", " ").replace("%", " ")
        if cue.isascii():
            if not all(w in _FIGURE_WORD for w in re.split(r"[\s-]+", rest.strip()) if w):
                continue
        elif _ZH_FIGURE_REST.fullmatch(rest.replace(" ", "")) is None:
            continue
        yield (
            field,
            k,
            f'"{phrase}" is a bare figure of the claim: every later story repeats it, the ones '
            "that deny or change it too; give the figure as `amount` with a unit and "
            '`confirms`/`contradicts` ranges, or keep a verb with it ("raised to", 增至); '
            "a count no unit covers: the verb form only",
        )
