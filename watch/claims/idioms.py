"""Word-level readings that a marker or a cue's lexicon alone gets wrong.

    named_if(raw, m)           "IF" in capitals before a capitalised word is a name (the union
                               IF Metall), not the conditional "if"
    meeting_veto(norm, m)      会否 in 股东大会否决: the meeting's 会 before 否决, no question
    turn_clauses(norm, found)  不X反Y (不降反升, 不减反增): 不 negates X only; 反 closes its scope
                               so the Y and what follows are told as fact
    in_name(names, m)          a marker inside a name the rule matched (希望 in 希望教育, "Hope"
                               in Hope Education, 未来 in a company's name): part of the name
    complained_of(norm, item)  a cue that names what someone complains of or objects to
                               (对削减股息表示不满, "unhappy with the payout cut"): proposed,
                               not done

Pure functions over a sentence's normalised text (and its written twin for case).
"""

from __future__ import annotations

import re

from watch.claims.markers import Marker
from watch.claims.signals import EvidenceKind, Hit, Item

# --- "IF Metall" ---------------------------------------------------------------------------

_NAME_AFTER = re.compile(r"IF[ \u00a0]+[A-Z][a-z]")


def named_if(raw: str, m: Marker) -> bool:
    """True when the hedge "if " at m is written "IF" before a word in title case ("IF Metall",
    "the IF Metall union"): a name. An all-capitals line ("IF TALKS FAIL") and a sentence's
    "If Volvo ..." stay conditions."""
    return m.word == "if " and _NAME_AFTER.match(raw, m.start) is not None


def meeting_veto(norm: str, m: Marker) -> bool:
    """True when the question word 会否 is the end of 大会/董事会 before 否决 (股东大会否决削减派息
    方案: the meeting voted it down), not "whether"."""
    return m.word == "会否" and norm.startswith("决", m.end)


# --- a marker inside a name -----------------------------------------------------------------


def in_name(names: list[Hit], m: Marker) -> bool:
    """True when the marker at m lies inside one of the names (the rule's alias and rival hits)
    and is shorter than it: 希望 in 希望教育 is the company, not a wish. The marker's own
    trailing space ("hope ") may run past the name's end. A marker that is the whole name is
    kept: the name asked for it."""
    end = m.start + len(m.word.rstrip())
    return any(
        n.start <= m.start and end <= n.end and end - m.start < n.end - n.start for n in names
    )


# --- 不降反升 --------------------------------------------------------------------------------


def _cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


def turn_clauses(norm: str, found: list[Marker]) -> list[Marker]:
    """A clause marker at 反 for every 不X反Y (X one or two characters): 不 negates X, and
    the clause after 反 (升, and the headline's 上调5% after it) is what happened."""
    out: list[Marker] = []
    for m in found:
        if m.kind != "negation" or m.word != "不":
            continue
        for at in (m.end + 1, m.end + 2):
            if at < len(norm) and norm[at] == "反" and all(_cjk(c) for c in norm[m.end : at]):
                out.append(Marker("clause", "反", at, at + 1))
                break
    return out


# --- a cue someone complains of -------------------------------------------------------------

# The complaint before the cue, with at most two words (the object's own nouns) between it and
# the cue: "unhappy with the payout cut", "protested against a planned dividend cut".
_EN_BEFORE = re.compile(
    r"(?<![a-z])(?:(?:unhappy|dissatisfied|discontent|angry|anger|frustrat\w*|outrage\w*|upset)\s+"
    r"(?:with|about|at|over)|(?:complain\w*|grumbl\w*)\s+(?:about|over|of)|"
    r"protest\w*\s+(?:against|over)|oppos(?:e|es|ed|ing)|object(?:s|ed|ing)?\s+to)\s+"
)
_EN_OBJECT = re.compile(
    r"(?:(?:the|a|an|its|their|any|this|that|planned|proposed)\s+)?(?:[a-z0-9'-]+\s+){0,2}"
)
_EN_GATE = (
    "unhappy",
    "dissatisf",
    "discontent",
    "angr",
    "frustrat",
    "outrage",
    "upset",
    "complain",
    "grumbl",
    "protest",
    "oppos",
    "object",
)
# 对X表示不满 / 对X不满 / 对X提出抗议 / 反对X: X is what they object to
_ZH_AFTER = re.compile(
    r"[^，,。；;]{0,6}?(?:表示|表达|感到|深感|颇为|极为|十分|非常|提出)?(不满|抗议|反对|不悦)"
)
_ZH_GATE = ("不满", "抗议", "反对", "不悦")


def complained_of(norm: str, item: Item) -> str | None:
    """The complaint word when the cue at item names what someone complains of or objects to,
    else None. Gated on a complaint's words near the cue before any regex."""
    if item.kind is not EvidenceKind.CUE:
        return None
    before = norm[max(0, item.start - 40) : item.start]
    near = before + norm[item.end : item.end + 12]
    if any(w in near for w in _ZH_GATE):
        opened = before.rfind("对")
        if opened >= 0 and not any(c in "，,。；;" for c in before[opened:]):
            after = _ZH_AFTER.match(norm, item.end)
            if after is not None:
                return after.group(1)
        for word in _ZH_GATE:
            if before.endswith(word):
                return word
    if not any(w in before for w in _EN_GATE):
        return None
    for found in _EN_BEFORE.finditer(before):
        if _EN_OBJECT.fullmatch(before, found.end()) is not None:
            return found.group(0).strip()
    return None
