"""A cue in the indefinite subject of a hypothetical: "A fresh warning letter would put the
recovery at risk", "any new recall could derail it", "another delay might cost it the
contract". The thing is imagined, not reported: a condition clause without its "if" (as 若……将
and 一旦……就 are in Chinese, `certainty.condition_of`), so it is hedged as one, every noun of the
sentence alike; so is an indefinite person promising it ("a candidate promising to freeze tariffs
would have to pay for it", 任何承诺冻结水价的候选人都必须). A definite thing that would do
something ("the warning letter it received would") and a relative clause after the cue ("a
letter that would") are told as facts."""

from __future__ import annotations

import re

from watch.claims.markers import Marker
from watch.claims.signals import Item

_MODALS = (" would ", " could ", " might ")
# The indefinite determiner opening the subject, up to four words before the cue.
_INDEFINITE = re.compile(
    r"(?:^|[,;:(]\s*|(?<![a-z])(?:that|because|as|since|while|warned|said|says)\s+)"
    r"(?:a|an|any|another|one more|a further|a fresh|a new)\s+(?:[a-z0-9-]+\s+){0,4}$"
)
# After the cue, the rest of its noun phrase (no clause word, no comma), then the modal.
_MODAL_AFTER = re.compile(
    r"(?:\s+(?!(?:that|which|who|and|but|or|is|was|were|are|has|had)\s)[a-z0-9'-]+){0,6}?"
    r"\s+(?P<modal>would|could|might)\s+(?!have\s(?!to\s))"
)
REACH = 60


def hypothetical_subject(norm: str, item: Item) -> Marker | None:
    """The modal of a hypothetical whose indefinite subject holds the item, else None."""
    if "任何" in norm or "哪" in norm:
        zh = _zh_any(norm, item)
        if zh is not None:
            return zh
    if not any(m in norm for m in _MODALS):
        return None
    start = max(0, item.start - REACH)
    lead = norm[start : item.start]
    cut = max(lead.rfind(". "), lead.rfind("; "))
    if cut >= 0:
        start, lead = start + cut + 2, lead[cut + 2 :]
    if _INDEFINITE.search(lead) is None:
        return None
    found = _MODAL_AFTER.match(norm, item.end)
    if found is None:
        return None
    return Marker("conditional", found.group("modal"), found.start("modal"), found.end("modal"))


# Chinese: the cue inside a 的 clause that sets an indefinite subject, then its modal: 任何承诺冻结
# 水价的候选人都必须说明资金来源, 哪位候选人若要取消……都将 ("any candidate promising to freeze
# tariffs would have to"). A definite subject (该候选人承诺冻结水价) is told as a fact.
_ZH_ANY_LEAD = re.compile(r"(?:任何|无论哪|無論哪|哪一?位|哪个|哪個)[^，。！？；,;]{0,16}$")
_ZH_ANY_MODAL = re.compile(
    r"[^，。！？；,;]{0,16}?的[^，。！？；,;的]{1,8}?(?:都|也)?"
    r"(?P<modal>必须|必須|须|須|得|将|將|会|會|要|可能)"
)


def _zh_any(norm: str, item: Item) -> Marker | None:
    if _ZH_ANY_LEAD.search(norm, max(0, item.start - 20), item.start) is None:
        return None
    found = _ZH_ANY_MODAL.match(norm, item.end)
    if found is None:
        return None
    return Marker("conditional", found.group("modal"), found.start("modal"), found.end("modal"))
