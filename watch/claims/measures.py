"""Quantities that are not money (figures given only by comparison are `comparisons`).

    20,000-30,000 jobs, 1,500 employees, 2万人, 1500名员工   -> unit "people"
    3 million metric tons, 300万吨, 12 million bushels       -> "tonnes", "bushels"
    68%, 87.2 percent, 百分之二十                             -> "percent"
    20 percentage points, 下降20个百分点                       -> "points"
    4.16 million vehicles, 900,000 Explorer SUVs, 5,000万台, 26.8万辆   -> "units"
    27 stores, 15 branches, 27家门店, 200个网点                  -> "stores"

Like `quantities`, everything works on normalised text (offsets are the original's). A unit has
one canonical name (`units.UNITS`); a rule's `unit:` may be written with any of its spellings.
"""

from __future__ import annotations

import re
from functools import lru_cache

from watch.claims.counted import find_counts
from watch.claims.incidents import find_event_counts
from watch.claims.model_counts import model_number, with_part
from watch.claims.model_plurals import find_model_counts
from watch.claims.noun_first import counts_after_noun
from watch.claims.numerals import NUM, ZH_VALUE, value_of
from watch.claims.portions import find_portions
from watch.claims.qualifiers import qualifier_before, shaped
from watch.claims.quantities import SCALES, Quantity, join_ranges
from watch.claims.slates import find_slates
from watch.claims.tables import TABLE_COUNTERS, table_clause
from watch.claims.text import normalise
from watch.claims.told_change import bare_new, told_change
from watch.claims.units import UNITS
from watch.claims.year_terms import find_years

_SPELLING = {s: unit for unit, spellings in UNITS.items() for s in spellings}
_ORDER = sorted(_SPELLING, key=len, reverse=True)
_EN_UNIT = "|".join(
    re.escape(s) for s in _ORDER if s.isascii() and s != "%" and _SPELLING[s] != "years"
)
_ZH_UNIT = "|".join(re.escape(s) for s in _ORDER if not s.isascii() and _SPELLING[s] != "years")
# "900,000 Explorer SUVs", "1.2 million F-150 pickups": a vehicle count may carry a model name
# (a word or two) between the number and the noun; a function word or money word may not.
_VEHICLES = (
    r"suvs|pickup trucks|pickups|trucks|sedans|vehicles|cars|motorcycles|buses|aircraft|jets"
)
_MODEL_WORD = (
    r"(?!(?:of|in|for|and|or|to|the|a|an|with|from|at|on|by|per|than|more|fewer|less|its|"
    r"their|our|his|her|these|those|dollars?|yuan|euros?|shares|percent|billion|million|"
    r"thousand|trillion)\s)[a-z0-9][a-z0-9.-]*\s"
)
# the unit symbols written against the number ("45GWh", "500MW", "2mtpa", "300kt"), and the
# tonne symbols that carry a scale of their own
_SYMBOLS = (
    r"gwh|mwh|gw|mw|mtpa|ktpa|tpa|kt|t/yr|t/y|moz|koz|oz|mhz|"
    r"(?:mt|kt|t) ?co(?:2|₂)(?:-?e)?"  # tonnes of CO2 (equivalent): 3.1 MtCO2e, 450,000 tCO2e
)
_SYMBOL_SCALE = {"mtpa": 1e6, "ktpa": 1e3, "kt": 1e3, "moz": 1e6, "koz": 1e3}
_CO2 = re.compile(r"(?P<scale>mt|kt|t) ?co(?:2|₂)(?:-?e)?")
# A frequency naming a band, not an amount of spectrum: "the 3400-3800 MHz band", 700MHz频段
_BAND = re.compile(r"[\s-]?(?:bands?\b|frequency band|频段|頻段|频带|頻帶)")
# A scale after each figure of a range ("1.5 million to 2 million vehicles", "between 2m and 3m
# users", "2 million-3 million units"): the first scale is the low figure's own (`scale1`).
_EN_SCALE = r"trillion|billion|million|thousand|bn|mln|mn|lakh crore|crores?|lakhs?|m"
_EN = re.compile(
    r"(?P<num>" + NUM + r")(?:\s?(?P<scale1>" + _EN_SCALE + r")(?![a-z])(?=\s?(?:-|to|and)\s?\d))?"
    r"(?:\s?(?:-|to|and)\s?(?P<num2>" + NUM + r"))?"
    r"(?:\s?(?P<scale>" + _EN_SCALE + r")(?![a-z]))?"
    r"(?:\s?(?P<pct>%)|\s?(?P<symbol>" + _SYMBOLS + r")(?![a-z/])"
    r"|\s(?P<unit>" + _EN_UNIT + r")(?![a-z])"
    r"|\s(?:" + _MODEL_WORD + r"){1,2}(?P<vehicle>" + _VEHICLES + r")(?![a-z]))"
)
_ZH = re.compile(
    r"(?P<num>" + ZH_VALUE + r")(?P<scale1>万亿|亿|千万|百万|万)?"
    r"(?:\s?(?:-|至|到|~)\s?(?P<num2>" + ZH_VALUE + r"))?(?P<scale>万亿|亿|千万|百万|万)?"
    r"\s?(?P<unit>" + _ZH_UNIT + r")"
)
_ZH_PERCENT = re.compile(r"百分之(?P<num>" + ZH_VALUE + r")")
_ORDINAL_UNITS = frozenset("名人台部辆")
# What after 台 or 部 makes it a word of its own (台币, 台湾, 台积电; 部分, 部门), no counter.
_NOT_COUNTER = re.compile(r"[币湾积北中南达塑股资商厂系分门长署队会属位件落委]")
# What after 店 or 片 makes it a word of its own: 店员, 店长, 店主; 片区, 片刻, 片面, 片段
_NOT_PIECE = re.compile(r"[员长主东区刻面段场]")
_TRIGGER = re.compile(
    r"\d|百分之|[一二两三四五六七八九十半]|half|third|quarter|fifth|tenth|"
    r"(?:one|two|three) (?:in|out)"
)


def _overlaps(q: Quantity, taken: list[tuple[int, int]]) -> bool:
    return any(a < q.end and q.start < b for a, b in taken)


def _overlaps_match(m: re.Match[str], taken: list[tuple[int, int]]) -> bool:
    return any(a < m.end() and m.start() < b for a, b in taken)


def unit_of(name: str) -> str:
    """The canonical unit for a spelling (`jobs` -> `people`, `吨` -> `tonnes`).

    Raises ValueError for an unknown unit, naming the known ones."""
    folded = normalise(name.strip())
    if folded in UNITS:
        return folded
    if folded in _SPELLING:
        return _SPELLING[folded]
    raise ValueError(f"unknown unit {name!r}: use one of {', '.join(UNITS)} (or `money`)")


# power and energy: capacity news writes either for the same plant ("60GW" of batteries a year)
_KIN = {
    "gigawatts": "gigawatt-hours",
    "gigawatt-hours": "gigawatts",
    "megawatts": "megawatt-hours",
    "megawatt-hours": "megawatts",
}


@lru_cache(maxsize=256)
def units_read(unit: str, statement: str) -> frozenset[str]:
    """The units a rule's `unit` reads: its own, and its kin (energy for power, power for
    energy) when the claim's statement gives its figure only in the kin: `unit: gigawatts` with
    "will reach 60 GWh" reads 45GWh too. A statement that writes the rule's own unit, or none,
    keeps it strict."""
    kin = _KIN.get(unit)
    if kin is None:
        return frozenset((unit,))
    written = {q.unit for q in find_measures(normalise(statement))}
    return frozenset((unit, kin)) if kin in written and unit not in written else frozenset((unit,))


def find_measures(norm: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Counts, physical quantities and percentages in norm[start:end], in text order; each a
    `Quantity` whose `unit` names what is counted and whose `currency` is None."""
    end = len(norm) if end is None else end
    counts = find_counts(norm, start, end)  # gated on the count nouns, spelled numbers too
    slates = find_slates(norm, start, end)  # seats won per person of a slate, gated too
    years = find_years(norm, start, end)  # "a 10-year licence", 为期十年: gated on year, 年
    if not _TRIGGER.search(norm, start, end):
        counts = [p for q in counts for p in with_part(norm, q, start)]
        return sorted(counts + slates + years, key=lambda q: q.start)
    found = find_event_counts(norm, start, end)  # records, and counts after their noun
    events = [(q.start, q.end) for q in found]
    for m in _ZH.finditer(norm, start, end):
        if _overlaps_match(m, events):
            continue
        if m.group("unit") in _ORDINAL_UNITS and norm[max(0, m.start() - 1) : m.start()] == "第":
            continue  # 第1名 is a rank, 第3人, 第2台 an ordinal
        if _NOT_COUNTER.match(norm, m.end()) and m.group("unit") in ("台", "部"):
            continue  # 5000万台币 is money, 三部分 parts, 两部门 departments
        if m.group("unit") in TABLE_COUNTERS and not table_clause(norm, m.start(), m.end()):
            continue  # 一张照片, 两张票: 张 counts tables only in a clause naming them
        if m.group("unit") == "席" and norm.startswith("之地", m.end()):
            continue  # 一席之地 is a place, no seat
        if _NOT_PIECE.match(norm, m.end()) and m.group("unit") in ("店", "片"):
            continue  # 店员, 店长 are people; 片区 an area, 片刻 a moment
        if m.group("unit") == "片" and not m.group("num")[:1].isdigit():
            continue  # 一片混乱, 两片: a piece in words is no output count
        q = _make(norm, m, start, m.group("unit"), m.group("scale1") or m.group("scale"))
        if q:
            found += _parts(norm, m, q, _ZH, m.group("unit"), end)
    for m in _ZH_PERCENT.finditer(norm, start, end):
        value = value_of(m.group("num"))
        if value is not None:
            found.append(_quantity(norm, m, start, value, None, "percent"))
    taken = [(q.start, q.end) for q in found]
    found += [q for q in find_portions(norm, start, end) if not _overlaps(q, taken)]
    taken = [(q.start, q.end) for q in found]
    for m in _EN.finditer(norm, start, end):
        before = norm[m.start() - 1 : m.start()]
        if before and ((before.isascii() and before.isalnum()) or before in ".$"):
            continue  # part of a word, a version number or money
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if model_number(norm, m.start("num"), m.end("num")):
            continue  # "737 MAX jets", "787-9 jets", "F-16 jets": a model, no count
        unit = m.group("symbol") or m.group("unit") or m.group("vehicle") or "%"
        q = _make(norm, m, start, unit, m.group("scale1") or m.group("scale"))
        if m.group("scale1") and (q is None or q.qualifier != "range"):
            # "2 billion and 3 million users": no range; the count is the second figure's
            m = _EN.match(norm, m.start("num2"), end) or m
            q = _make(norm, m, start, unit, m.group("scale")) if m.group("num2") is None else None
        if q:
            found += _parts(norm, m, q, _EN, unit, end)
    taken = [(q.start, q.end) for q in found]
    found += [q for q in find_model_counts(norm, start, end) if not _overlaps(q, taken)]
    taken = [(q.start, q.end) for q in found]
    found += [q for q in counts if not _overlaps(q, taken)]
    taken = [(q.start, q.end) for q in found]
    for q in counts_after_noun(norm, start, end):
        if not any(a < q.end and q.start < b for a, b in taken):
            found.append(q)
    if slates:  # "三名提名人中两人当选": the seats won, not 三名 or 两人 as people
        taken = [(q.start, q.end) for q in slates]
        found = [q for q in found if not _overlaps(q, taken)] + slates
    found = [p for q in found for p in with_part(norm, q, start)]  # "35 of the 60 jets": 35
    found += [q for q in years if not _overlaps(q, [(p.start, p.end) for p in found])]
    found += bare_new(norm, found, end) if "from" in norm[start:end] else []
    found.sort(key=lambda q: q.start)
    return join_ranges(norm, found)


def _make(
    norm: str, m: re.Match[str], floor: int, spelling: str, scale1: str | None
) -> Quantity | None:
    value = value_of(m.group("num"))
    co2 = _CO2.fullmatch(spelling)
    if co2:  # any writing of tonnes of CO2, its scale letter first (Mt: a million)
        spelling = {"mt": "mtpa", "kt": "ktpa"}.get(co2.group("scale"), "tonnes")
    if value is None or (_SPELLING[spelling] == "megahertz" and _BAND.match(norm, m.end())):
        return None
    mult = SCALES.get(scale1 or "", 1.0) * _SYMBOL_SCALE.get(spelling, 1.0)
    high = value_of(m.group("num2"))
    if m.group("num2") and high is None:
        return None
    mult2 = SCALES.get(m.group("scale") or "", 1.0) if m.group("num2") else mult
    mult2 *= _SYMBOL_SCALE.get(spelling, 1.0) if m.group("num2") else 1.0
    return _quantity(
        norm, m, floor, value * mult, None if high is None else high * mult2, _SPELLING[spelling]
    )


def _parts(
    norm: str, m: re.Match[str], q: Quantity, pattern: re.Pattern[str], spelling: str, end: int
) -> list[Quantity]:
    """ "from 8 to 6 vessels" told as a change (`told_change`): the old figure, up to its own
    end, and the new one (the measure read from the second figure on), each with the unit;
    else the one measure `q`. A scale on the first figure alone ("1.5 million to 2 million")
    is left as read."""
    first = value_of(m.group("num")) if m.group("num2") and not m.group("scale1") else None
    second = pattern.match(norm, m.start("num2"), end) if first is not None else None
    if second is None or first is None:
        return [q]
    mult = SCALES.get(second.group("scale") or "", 1.0) * _SYMBOL_SCALE.get(spelling, 1.0)
    new = _make(norm, second, m.start("num2"), spelling, second.group("scale"))
    if new is None or not told_change(norm, m.start(), first * mult, new.low):
        return [q]
    text = norm[m.start() : m.end("num")]
    old = Quantity(first * mult, first * mult, None, text, m.start(), m.end("num"), "", q.unit)
    return [old, new]


def _quantity(
    norm: str, m: re.Match[str], floor: int, low: float, high: float | None, unit: str
) -> Quantity:
    kind, q_start = qualifier_before(norm, m.start(), floor)
    if high is not None and high >= low:
        lo, hi, kind = low, high, "range"
    else:
        lo, hi = shaped(low, kind)
    return Quantity(lo, hi, None, norm[m.start() : m.end()], q_start, m.end(), kind, unit=unit)
