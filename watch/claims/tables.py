"""Tables counted by the piece for `unit: units`: "800 tables", "800 gaming tables", 800张赌台,
賭枱數目由750張增至800張. The Chinese counters 张/張 and 枱 count many flat things (一张照片,
两张票), so they are read only in a clause that names tables (赌台, 賭枱, 牌桌, 台面); words
holding 张 with no figure before it (主张, 紧张, 扩张, 张家口, 张姓) are never counts. Pure, over
normalised text.
"""

from __future__ import annotations

import re

TABLE_UNITS = ("gaming tables", "tables", "张", "張", "枱")
TABLE_COUNTERS = frozenset(("张", "張", "枱"))
_TABLE_WORD = re.compile(r"赌台|賭台|賭枱|赌枱|牌桌|台面|枱面|博彩桌|赌桌|賭桌")
_CLAUSE_END = re.compile(r"[。；;！!？?，,\n]")


def table_clause(norm: str, start: int, end: int) -> bool:
    """Whether the clause around norm[start:end] (between commas or stops) names tables."""
    floor = max(0, start - 80)  # a clause reaches no further than this
    stops = [m.end() for m in _CLAUSE_END.finditer(norm, floor, start)]
    left = stops[-1] if stops else floor
    stop = _CLAUSE_END.search(norm, end, end + 80)
    right = stop.start() if stop else min(len(norm), end + 80)
    return _TABLE_WORD.search(norm, left, right) is not None
