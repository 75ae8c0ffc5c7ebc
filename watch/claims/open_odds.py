"""A possibility left open: "has not ruled out a delay", "did not rule out", 不排除延期, 並未排除.
Not ruling something out is no denial of it and no negation: what follows is only possible, a
hedge (`markers.MODAL`), and its "ruled out" denies nothing (`false_markers.false_marker`). Its
"not" still negates a cue: "had not ruled out investing" is a rule's cue "ruled out investing"
negated."""

from __future__ import annotations

import re

NOT_RULED_OUT = tuple(
    [
        "not ruled out",
        "not rule out",
        "not ruling out",
        "never ruled out",
        "hasn't ruled out",
        "haven't ruled out",
        "hadn't ruled out",
        "didn't rule out",
        "doesn't rule out",
        "don't rule out",
        "won't rule out",
        "wouldn't rule out",
        "can't rule out",
        "cannot rule out",
        "couldn't rule out",
        "not be ruled out",
        "cannot be ruled out",
        "can't be ruled out",
        "不排除",
        "并不排除",
        "並不排除",
        "未排除",
        "并未排除",
        "並未排除",
        "没有排除",
        "沒有排除",
        "没排除",
        "沒排除",
        "无法排除",
        "無法排除",
        "不能排除",
        "未能排除",
    ]
)
_RULE_OUT = frozenset(("ruled out", "rule out", "rules out", "ruling out", "排除"))
_OPENED = re.compile(
    r"(?:(?<![a-z])(?:not|never|cannot)|n't|[不未没沒]|无法|無法|不能|未能)\s*(?:be\s+)?$"
)


def left_open(norm: str, first: int, word: str) -> bool:
    """True when the denial `word` at norm[first:] is itself negated ("not ruled out", 不排除)."""
    return word in _RULE_OUT and _OPENED.search(norm, max(0, first - 8), first) is not None
