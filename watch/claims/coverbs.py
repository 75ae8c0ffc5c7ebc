"""A Chinese verb phrase split by its object: 完成出售 written 完成向Mayhoola出售.

    split_shapes(shape)   the gapped shapes a contiguous four-character Chinese cue also takes:
                          its first verb and a coverb (向, 对, 与, 同, 跟, 给), then its second
                          verb a few characters on (`watch.claims.cues.join_gaps`)

Chinese puts the party of a two-verb phrase between the verbs: 完成向X出售, 同意向X出售,
暂停向X供货, 终止与X合作. A user writes the phrase whole (完成出售), as a dictionary has it.
"""

from __future__ import annotations

import re

# The coverbs that bring a party between two verbs (normalised: simplified forms).
COVERBS = ("向", "对", "与", "同", "跟", "给")
_TWO_VERBS = re.compile(r"[\u4e00-\u9fff]{4}")


def split_shapes(shape: list[list[str]]) -> list[list[list[str]]]:
    """For a one-part shape, a two-part shape per four-character Chinese phrase in it:
    [["完成出售"]] -> [[["完成向", "完成对", ...], ["出售"]]]; [] for anything else (a gapped
    cue, Latin, or a phrase of another length, whose verbs cannot be told apart safely)."""
    if len(shape) != 1:
        return []
    out = []
    for phrase in shape[0]:
        phrase = phrase.strip()
        if _TWO_VERBS.fullmatch(phrase) and phrase[2] not in COVERBS:
            out.append([[phrase[:2] + c for c in COVERBS], [phrase[2:]]])
    return out
