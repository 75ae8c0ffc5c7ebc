"""Negations that reach further than a negation word's own phrase: a negative subject ("no
agent ... is available", 没有任何……上线) negates its predicate however long the noun phrase
between; a negated verb of telling ("have not disclosed the terms of") negates the telling, not
the thing; a contrast that denies the claim's thing ("released updates, but nothing that operates
the desktop") takes the confirming cue before it away. Pure helpers for `context`, over
normalised text.
"""

from __future__ import annotations

import re

from watch.claims.markers import Marker, scoped
from watch.claims.signals import EvidenceKind, Hit, Item, TermKind
from watch.models import Stance

# "No agent capable of operating the desktop is available", 没有任何能操作桌面的智能体上线: a
# negative subject negates its predicate however long the noun phrase between them.
_PREDICATE_LEAD = re.compile(r"(?<![a-z])(?:is|are|was|were|has been|have been|had been)\s*$")
_COPULA_START = re.compile(r"(?:is|are|was|were)\s")
_NO_ANY = ("没有任何", "没有一款", "没有一个", "并无任何")
SUBJECT_REACH = 90


def negated_subject(norm: str, markers: list[Marker], item: Item) -> Marker | None:
    """The negative determiner of the subject whose predicate the item is, else None."""
    m = scoped(norm, markers, "negation", item.start, item.end, reach=SUBJECT_REACH)
    if m is None:
        return None
    if m.word == "no":
        before = norm[max(0, item.start - 16) : item.start]
        predicate = _PREDICATE_LEAD.search(before) or _COPULA_START.match(norm, item.start)
        return m if predicate else None
    return m if norm.startswith(_NO_ANY, m.start) else None


# "have not disclosed the terms of a definitive agreement", 未公布正式协议细节: what was not done
# is the telling; whether the thing exists the sentence does not say.
_TELLING = re.compile(
    r"(?<![a-z])(?:disclosed?|discloses|disclosing|revealed?|reveals|published|publishes|"
    r"made public|make public|commented on|comment on|detailed|specified|shared)(?![a-z])|"
    r"公布|披露|透露|公开|说明|详述|评论|证实"
)


def untold(norm: str, negation: Marker, item: Item) -> str | None:
    """The verb of telling that a negation governs between it and the item, else None."""
    if negation.kind != "negation" or negation.end > item.start:
        return None
    m = _TELLING.search(norm, negation.end, item.start)
    return m.group() if m else None


# "Microsoft has released smaller Copilot updates, but nothing that operates the desktop",
# 微软推出了一些小更新，但没有能操作桌面的智能体: what was done is set against the claim's thing,
# which the contrast denies; the confirming cue is about something else.
_CONTRAST_DENIAL = re.compile(
    r"(?<![a-z])(?:but|yet)\s+(?:nothing|none|no|not one|not a single|not an?)(?![a-z])|"
    r"(?:但|但是|却|不过)[^，。；,;]{0,4}?(?:没有|并无|并没有|无一|未有|不是)"
)
CONTRAST_REACH = 60  # from the negative word to the claim's name it denies


def denied_by_contrast(norm: str, end: int, hits: list[Hit], item: Item) -> str | None:
    """The words of a contrast after a confirming item ("but nothing that", 但没有) that deny
    one of the claim's names later in the sentence (which ends at `end`), else None."""
    if item.stance != Stance.CONFIRMS:
        return None
    m = _CONTRAST_DENIAL.search(norm, item.end, end)
    if m is None:
        return None
    named = any(
        h.entry.kind is TermKind.ALIAS and m.end() <= h.start < m.end() + CONTRAST_REACH
        for h in hits
    )
    return m.group() if named else None


# "Apple's Gemini-based Siri will not ship with iOS 26.4", 苹果基于Gemini的新Siri不会随iOS 26.4推出:
# a choice said only in the description of a thing whose predicate is negated restates what the
# thing was to be; it does not confirm what does not ship. Chinese: the choice, its object, 的,
# the thing, the negation; English: a compound modifier ("Gemini-based") or "based on Gemini",
# the thing, a negated or delayed verb.
_ZH_DESCRIBED = re.compile(
    r"[^，。,；;：:！？的\s]{1,20}的[^，。,；;：:！？的]{1,12}?"
    r"(?P<neg>不会|不能|无法|未能|未|没有|并未|尚未|不再|难以|暂不|不)"
)
_EN_DESCRIBED = re.compile(
    r"\s+(?:[\w.'-]+\s+){1,4}?"
    r"(?P<neg>will not|won't|will no longer|is not|isn't|are not|aren't|was not|wasn't|has not|"
    r"hasn't|did not|didn't|does not|doesn't|cannot|can't|could not|couldn't|is no longer|"
    r"is unlikely to|has been delayed|was delayed|has been pushed back|was pushed back|"
    r"has been postponed|was postponed)(?![a-z])"
)
_EN_MODIFIER = re.compile(r"-(?:based|powered|backed|driven)$")


def negated_description(norm: str, item: Item) -> str | None:
    """The negated predicate of the thing whose description holds a confirming choice, else
    None."""
    if item.stance != Stance.CONFIRMS:
        return None
    modifier = item.kind is EvidenceKind.CUE and _EN_MODIFIER.search(norm, item.start, item.end)
    if item.kind is not EvidenceKind.CHOICE and not modifier:
        return None
    found = _ZH_DESCRIBED.match(norm, item.end) or _EN_DESCRIBED.match(norm, item.end)
    if found is None and item.kind is EvidenceKind.CHOICE:  # "based on Gemini", then the thing
        name = re.match(r"\s+[\w.-]+", norm[item.end :])
        found = name and _EN_DESCRIBED.match(norm, item.end + name.end())
    return found.group("neg") if found else None
