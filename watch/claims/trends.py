"""Which way a metric moved, and whose: "Acme is losing share to Globex", "Acme's share fell",
"Globex's share rose", 艾克美的市场份额下滑, 格洛贝抢走份额.

A claim's `direction` names the metric (share, 份额) and the way the first subject group's
metric moves. A move word near the metric moves the nearest name before it; a name after
"to"/"from"/从 moves the other way (the one that loses share to Y gives it to Y). The claim's
own name moving its way confirms, moving the other way contradicts; a rival moving the other
way confirms too (its gain is the claim's loss), a rival moving the same way says nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOWN_EN = [
    "fell",
    "fall",
    "falls",
    "falling",
    "dropped",
    "drop",
    "drops",
    "dropping",
    "declined",
    "decline",
    "declines",
    "declining",
    "slipped",
    "slips",
    "slid",
    "slide",
    "slides",
    "shrank",
    "shrink",
    "shrinks",
    "shrinking",
    "lost",
    "lose",
    "loses",
    "losing",
    "eroded",
    "erodes",
    "eroding",
    "decreased",
    "decreases",
    "down",
]
_DOWN = [
    *_DOWN_EN,
    "下降",
    "下滑",
    "减少",
    "萎缩",
    "流失",
    "下跌",
    "跌至",
    "降至",
    "缩小",
    "失去",
    "丢失",
]
_UP_EN = [
    "rose",
    "rise",
    "rises",
    "rising",
    "gained",
    "gain",
    "gains",
    "gaining",
    "grew",
    "grow",
    "grows",
    "growing",
    "increased",
    "increases",
    "climbed",
    "climbs",
    "expanded",
    "expands",
    "took",
    "takes",
    "taking",
    "won",
    "wins",
    "up",
]
_UP = [
    *_UP_EN,
    "上升",
    "增长",
    "提高",
    "扩大",
    "攀升",
    "增加",
    "升至",
    "抢占",
    "夺走",
    "抢走",
    "蚕食",
]
_MOVES = {w: "down" for w in _DOWN} | {w: "up" for w in _UP}
_WORD = re.compile(
    "|".join(
        (re.escape(w) if not w.isascii() else r"\b" + re.escape(w) + r"\b")
        for w in sorted(_MOVES, key=len, reverse=True)
    )
)
_OTHER_SIDE = ("to", "from", "从", "向", "给")
REACH = 24  # characters between the metric and its move word


@dataclass(frozen=True)
class Move:
    """A name whose metric moved: `way` is "up" or "down"."""

    name_start: int
    name_end: int
    way: str
    word: str  # the move word, for the reasons
    start: int  # the move word's span: negation and hedges are scoped to it
    end: int


def find_moves(
    norm: str, start: int, end: int, metrics: list[tuple[int, int]], names: list[tuple[int, int]]
) -> list[Move]:
    """Moves of the metric (`metrics`: its phrase's spans) by the given names (their spans)."""
    moves: list[Move] = []
    for m in _WORD.finditer(norm, start, end):
        near = [
            s for s in metrics if (0 <= m.start() - s[1] <= REACH) or (0 <= s[0] - m.end() <= REACH)
        ]
        if not near:
            continue
        way = _MOVES[m.group()]
        other = "up" if way == "down" else "down"
        first = min(m.start(), near[0][0])
        before = sorted((n for n in names if first - 60 <= n[1] <= first), key=lambda n: n[1])
        # 艾克美的份额被格洛贝蚕食: the name after 被 does the moving, the one before it gives way
        agent = [n for n in names if first < n[0] < m.start() and "被" in norm[first : n[0]]]
        after = [
            n
            for n in names
            if m.end() <= n[0] <= m.end() + 30
            and norm[max(m.end(), n[0] - 6) : n[0]].strip().endswith(_OTHER_SIDE)
        ]
        found = [(n, other if agent else way) for n in before[-1:]]
        found += [(n, way) for n in agent[:1]] + [(n, other) for n in after[:1]]
        for n, n_way in found:
            moves.append(Move(n[0], n[1], n_way, m.group(), m.start(), m.end()))
    return moves
