"""Two cues of one sign over the same words read the same way: when one is background, so is the
other. In 年中由750张增至800张, the cue "增至800" is dated background by 年中, and the cue "800张"
inside the same words tells no fresher news ("its quota rose to 800 tables in mid-year": the cue
"rose to 800" and the cue "800 tables"). Pure helper for `engine`, over the items of one
sentence as `context.adjust` read them.
"""

from __future__ import annotations

from watch.claims.signals import EvidenceKind, Item

_BACKGROUND = 'is background ("'


def _background(item: Item) -> bool:
    return item.confidence == 0.0 and bool(item.reasons) and _BACKGROUND in item.reasons[-1]


def share_background(judged: list[Item], where: str) -> None:
    """Drop each kept cue that overlaps a cue of the same sign dropped as background."""
    dropped = [i for i in judged if i.kind is EvidenceKind.CUE and _background(i)]
    if not dropped:
        return
    for item in judged:
        if item.kind is not EvidenceKind.CUE or item.confidence == 0.0:
            continue
        for old in dropped:
            if old.stance == item.stance and old.start < item.end and item.start < old.end:
                item.confidence = 0.0
                item.reasons.append(
                    f"{item.what} ({where}) overlaps {old.what}, which is background: a mention"
                )
                break
