"""The figure of a thing stopped. "A court suspended the 4.9% increase in Sabesp's tariffs",
"regulators froze the planned 6% hike", 法院暂停了艾克美水务6%的水价上调: the figure names what a
contradicting verb acts on (its object), the rise that no longer takes effect; it is not a new
state that confirms the claim's figure. A figure the verb moves something *to* ("cut the rise to
3%", "capped it at 3%", 下调至3%) is the new state and stays evidence, as does a figure after a
negated verb ("declined to suspend the 4.9% increase")."""

from __future__ import annotations

import re

from watch.claims.signals import EvidenceKind, Item
from watch.models import Stance

# Between the verb and its figure: the object's determiner and a few modifiers ("the", "its
# planned", "Sabesp's", "an average"), never a preposition that sets a new state (to, at, by).
_EN_GAP = re.compile(
    r"\s*(?:(?:the|a|an|its|their|this|that|planned|proposed|approved|announced|scheduled|"
    r"latest|new|annual|average|overall|full|remaining|[a-z][\w.-]*'s|[a-z][\w-]*)\s+){0,4}"
    r"(?:of\s+)?(?:(?:an?|the)\s+)?(?:(?:average|about|around|roughly|some|nearly)\s+)?[$€£¥]?"
)
_EN_SETS = re.compile(r"(?<![a-z])(?:to|at|by|from|until|till|after|into|with|and|but|or)\s")
# Chinese: 了, then the object's owner or modifier with no clause mark nor a word that moves the
# figure (至, 到, 为, 由), the figure, then 的 and its noun (6%的水价上调).
_ZH_GAP = re.compile(r"(?:了)?[^\s，。！？；：,.;:!?、至到为為由将將后後再]{0,12}")
_ZH_OWNED = re.compile(r"\s*的")
# A negation or refusal right before the verb: the act did not happen, the figure stands.
_NEGATED = re.compile(
    r"(?:(?<![a-z])(?:not|never|no|declined to|refused to|won't|didn't|did not|would not)|"
    r"n't|未|没有|沒有|不|拒绝|拒絕|驳回|駁回|无意|無意)\s*(?:[a-z]+\s+)?$"
)
_WIDTH = 40  # how far a figure may stand after its verb


def stopped_figures(items: list[Item], norm: str) -> list[Item]:
    """`items` with each confirming figure that a contradicting cue acts on (the figure inside a
    gapped cue, or in the object right after the verb) set to confidence 0 with its reason."""
    stops = [i for i in items if i.kind is EvidenceKind.CUE and i.stance is Stance.CONTRADICTS]
    if not stops:
        return items
    for fig in items:
        if fig.kind is not EvidenceKind.AMOUNT or fig.stance is not Stance.CONFIRMS:
            continue
        stop = next((c for c in stops if _object_figure(norm, c, fig)), None)
        if stop is not None:
            fig.confidence = 0.0
            fig.reasons.append(
                f"{fig.what} is what {stop.what} acts on: the figure of the thing stopped, "
                "not a new state (a mention)"
            )
    return items


def _object_figure(norm: str, cue: Item, fig: Item) -> bool:
    if _NEGATED.search(norm, max(0, cue.start - 24), cue.start):
        return False
    verb = cue.end
    if cue.start <= fig.start and fig.end <= cue.end:  # inside a gapped cue: "suspend the 4.9%
        word = norm[cue.start : cue.end].split(" ", 1)[0]  # increase", read from its verb (a
        if not word.isascii():  # Chinese gapped cue may hold a denial: 否认削减……承诺)
            return False
        verb = cue.start + len(word)
    if not verb <= fig.start <= verb + _WIDTH:
        return False
    gap = norm[verb : fig.start]
    if gap.isascii():
        return _EN_GAP.fullmatch(gap) is not None and not _EN_SETS.search(gap)
    return _ZH_GAP.fullmatch(gap) is not None and _ZH_OWNED.match(norm, fig.end) is not None
