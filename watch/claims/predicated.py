"""A view said of an event noun by its own predicate: "said signing before the end of June was
possible but tight", "the listing is likely this year", "a deal this month looks a stretch",
签约或在月底前, 交割或会推迟到下月. The noun cue is judged possible, not done: a hedge, as a
modal is (`hedges.hedge_and_source`). A cue in a clause of its own before the predicate ("the
signing, which was possible only after ...") is not its subject. Pure helper over normalised
text.
"""

from __future__ import annotations

import re

from watch.claims.markers import Marker
from watch.claims.signals import EvidenceKind, Item

# the noun's predicate: a copula and a word of likelihood ("was "possible but tight"")
_EN = re.compile(
    r"[^.;:!?\n]{0,60}?(?<![a-z])(?:was|is|were|are|would be|will be|seemed|seems|looked|looks|"
    r"remains|remained|appeared|appears)\s+(?:(?:still|now|quite|very|only|just|seen as|"
    r"considered|deemed)\s+)?[\"“']?(?P<w>possible|likely|tight|feasible|doable|achievable|"
    r"realistic|probable|plausible|a stretch|ambitious|uncertain|in doubt|a possibility|"
    r"on the cards|not impossible)(?![a-z])"
)
_RELATIVE = re.compile(
    r"(?<![a-z])(?:that|which|who|whose|where|when|and|if|after|because)(?![a-z])"
)
# 或 right after the noun, a verb's "may" (签约或在月底前, 交割或会推迟): the other 或 + verb forms
# are `markers.MODAL`'s
_ZH = re.compile(r"\s*(?P<w>或在|或会|或可|或能|或要|或需|或仍)")


def predicated(norm: str, item: Item) -> Marker | None:
    """The likelihood word that the cue item's own predicate says of it, as a modal marker."""
    if item.kind is not EvidenceKind.CUE:
        return None
    zh = _ZH.match(norm, item.end)
    if zh is not None:
        return Marker("modal", zh.group("w"), zh.start("w"), zh.end("w"))
    # (every `_EN` match holds a copula ending in "s" or "e": a tail with neither skips it)
    tail = norm[item.end : item.end + 120]
    if not any(w in tail for w in _GATE):
        return None
    m = _EN.match(norm, item.end)
    if m is None or _RELATIVE.search(norm, item.end, m.start("w")):
        return None
    return Marker("modal", m.group("w"), m.start("w"), m.end("w"))


_GATE: tuple[str, ...] = ("possib", "likely", "tight", "feasib", "doable", "achievab")
_GATE += ("realistic", "probab")
_GATE += ("plausib", "stretch", "ambitious", "uncertain", "doubt", "on the cards")
