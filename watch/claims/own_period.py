"""The year a figure claim is *for*, and a baseline year, which date no recall of the figure.

A figure claim whose statement names its year ("SDG's 2025 emissions were about 3.1 million
tonnes", 公司2025年营收约为50亿元) is about that period: in an article told after it, "came to
3.1 million tonnes in 2025", "for last year", 去年排放合计约310万吨 label the figure, they do not
set it in the past. `period_markers` marks such a date (a whole year, the statement's) as
`own_period`; `own_period` then keeps it from making an amount of the claim background. A year
in the statement after a yardstick word ("28% below its 2020 baseline") is no period of its own.

`baseline_year`: a year after a comparison word ("28% below 2020 levels", "versus 2020",
"compared with 2019", 较2020年, 比2020年) is the yardstick a figure is measured by, not the
figure's date. Pure helpers for `engine` and `context`, over normalised text.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from watch.claims.dates import DateSpan
from watch.claims.markers import Marker
from watch.claims.rules import ClaimRule
from watch.claims.signals import EvidenceKind, Item

_YEAR = re.compile(r"(?<![\d.,$a-z-])((?:19|20)\d\d)(?![\d%]|\s*[-–—至到]\s*\d)")
# A measured quantity the year is the period of: "2025 emissions", "revenue in 2025",
# 2025年营收, 去年产量. A year beside no such word (a commitment "over 2025-2028", a dividend
# "for FY2025", a decision) is no figure's period.
_MEASURED = re.compile(
    r"(?<![a-z])(?:emissions?|output|production|revenues?|sales|profits?|earnings|income|"
    r"shipments|deliveries|volumes?|turnover|ebitda|traffic|ridership|passengers|generation|"
    r"exports|imports|throughput)(?![a-z])|排放|产量|產量|营收|營收|收入|销量|銷量|利润|利潤|净利|"
    r"淨利|出货|出貨|交付量|发电量|發電量|客运量|客運量|出口|营业额|營業額|吞吐量"
)
_MEASURED_REACH = 48
# The words before a year that make it a yardstick: "below 2020 levels", "than in 2019",
# "versus 2020", "compared with its 2020 baseline", 较2020年, 比2020年, 相比2019年, 低于2020年
_YARDSTICK_EN = re.compile(
    r"(?<![a-z])(?:below|above|versus|vs\.?|compared\s+(?:with|to)|than|relative\s+to"
    r"|from|since)\s+(?:in\s+)?(?:(?:its|the|their|his|her|a|an)\s+)?(?:levels?\s+(?:of|in)\s+)?$"
)
_YARDSTICK_ZH = re.compile(r"(?:比|较|較|相比|相较|相較|低于|高于|低於|高於|对比|對比)(?:于|於)?$")
_REACH = 32
_A_YEAR = re.compile(r"(?:19|20)\d\d|year|年")  # a year, not "last month"


@lru_cache(maxsize=256)
def claim_years(statement: str) -> tuple[int, ...]:
    """The years a statement names as a measured quantity's period (none after a yardstick
    word, none in a span of years)."""
    norm = statement.lower()
    return tuple(
        int(m.group(1))
        for m in _YEAR.finditer(norm)
        if not _yardstick_before(norm, m.start())
        and _MEASURED.search(norm, max(0, m.start() - 24), m.end() + _MEASURED_REACH)
    )


def _yardstick_before(norm: str, start: int) -> bool:
    lo = max(0, start - _REACH)
    return bool(_YARDSTICK_EN.search(norm, lo, start) or _YARDSTICK_ZH.search(norm, lo, start))


def period_markers(rule: ClaimRule, dates: list[DateSpan]) -> list[Marker]:
    """An `own_period` marker for each date that is a whole year the figure claim is for."""
    if not rule.amount:
        return []
    years = claim_years(rule.statement)
    return [
        Marker("own_period", d.text, d.start, d.end)
        for d in dates
        if d.first.year in years and (d.first, d.last) == _whole(d.first.year)
    ]


def _whole(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def own_period(markers: list[Marker], m: Marker, item: Item) -> bool:
    """True when `m` is the year the claim's figure is for, and the item is a figure."""
    if item.kind is not EvidenceKind.AMOUNT:
        return False
    return any(p.kind == "own_period" and p.start <= m.start and m.end <= p.end for p in markers)


def baseline_year(norm: str, m: Marker, item: Item) -> bool:
    """True when year `m` follows a comparison word, the yardstick of a figure (see above)."""
    if item.kind is not EvidenceKind.AMOUNT or not _A_YEAR.search(m.word):
        return False
    return _yardstick_before(norm, m.start)
