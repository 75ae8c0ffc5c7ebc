"""A past date that opens a state still in force: 自1月21日起对X按21.3%征收保证金, 从3月起执行,
新规7月1日起实施. The state runs on the day of the article, so its start date is no recap and
sets no background marker. A finished act in the same frame stays past: 自1月起已裁员300人,
从年初起累计回购了, as does a verb that only starts with 起 (1月21日起诉). (English needs no
such pass: "since January 21 the duty has been levied at", "from 1 July the fee is" read as now.)
Pure, over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.dates import DateSpan

# the rest of the date (日, 号) then 起 or 开始, not a verb starting with 起 (起诉, 起草, 起火)
_OPENS = re.compile(
    r"[\d一二三四五六七八九十]{0,3}[日号]?(?:起|开始)(?![诉草飞火事义因源步跑色来])"
)
# a finished act in the state's clause: 已裁员, 累计, 曾, 了 (not 了解)
_DONE = re.compile(r"已|曾|累计|合计|共计|了(?!解)")
_CLAUSE = re.compile(r"[^，。；,;!?！？]{0,40}")


def opens_state(norm: str, d: DateSpan) -> bool:
    """True when date `d` opens a state its clause tells as still in force (自……起 + a verb in
    the present, no finished act)."""
    if "起" not in norm[d.end : d.end + 6] and "开始" not in norm[d.end : d.end + 7]:
        return False
    opened = _OPENS.match(norm, d.end)
    if opened is None:
        return False
    clause = _CLAUSE.match(norm, opened.end())
    return clause is not None and not _DONE.search(clause.group())
