"""Quantities that are not money, and figures given only by comparison.

    20,000-30,000 jobs, 1,500 employees, 2万人, 1500名员工   -> unit "people"
    3 million metric tons, 300万吨, 12 million bushels       -> "tonnes", "bushels"
    68%, 87.2 percent, 百分之二十                             -> "percent"
    20 percentage points, 下降20个百分点                       -> "points"
    far below / nowhere near / a fraction of the pledged $100 billion, 远远不及, 不到一半
                                                             -> a `Comparison`

Like `quantities`, everything works on normalised text (offsets are the original's). A unit has
one canonical name (`UNITS`); a rule's `unit:` may be written with any of its spellings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from watch.claims.headcount import CUT_COUNT_EN
from watch.claims.numerals import NUM, ZH_NUM, plain_number, zh_integer
from watch.claims.quantities import SCALES, Quantity, find_quantities, qualifier_before, shaped
from watch.claims.text import normalise

# canonical unit -> its spellings (English words and Chinese counters), longest written first
UNITS: dict[str, tuple[str, ...]] = {
    "percent": ("%", "per cent", "percent", "pct", "百分之"),
    "points": ("percentage points", "percentage point", "个百分点", "百分点"),
    "people": (
        "employees",
        "employee",
        "workers",
        "staff",
        "people",
        "jobs",
        "positions",
        # what layoff news counts people in: the roles, the cuts themselves
        "roles",
        "role reductions",
        "job reductions",
        "job cuts",
        "layoffs",
        "redundancies",
        "engineers",
        "staffers",
        "名员工",
        "名雇员",
        "名工人",
        "个岗位",
        "个职位",
        "个工作岗位",
        "工作岗位",
        "岗位",
        "职位",
        "人手",
        "人员",
        "名",
        "人",
    ),
    "tonnes": ("metric tons", "metric tonnes", "tonnes", "tonne", "tons", "ton", "公吨", "吨"),
    "bushels": ("bushels", "bushel", "蒲式耳"),
    "barrels": ("barrels", "barrel", "桶"),
    "gigawatts": ("gigawatts", "gigawatt", "gw", "吉瓦", "千兆瓦"),
    "megawatts": ("megawatts", "megawatt", "mw", "兆瓦"),
    "users": ("users", "user", "subscribers", "用户", "名用户"),
}
_SPELLING = {s: unit for unit, spellings in UNITS.items() for s in spellings}
_EN_UNIT = "|".join(
    re.escape(s) for s in sorted(_SPELLING, key=len, reverse=True) if s.isascii() and s != "%"
)
_ZH_UNIT = "|".join(
    re.escape(s) for s in sorted(_SPELLING, key=len, reverse=True) if not s.isascii()
)
_EN = re.compile(
    r"(?P<num>" + NUM + r")(?:\s?(?:-|to|and)\s?(?P<num2>" + NUM + r"))?"
    r"(?:\s?(?P<scale>trillion|billion|million|thousand))?"
    r"(?:\s?(?P<pct>%)|\s(?P<unit>" + _EN_UNIT + r")(?![a-z]))"
)
_ZH_VALUE = r"(?:" + NUM + r"|" + ZH_NUM + r")"
_ZH = re.compile(
    r"(?P<num>" + _ZH_VALUE + r")(?P<scale1>万亿|亿|千万|百万|万)?"
    r"(?:\s?(?:-|至|到|~)\s?(?P<num2>" + _ZH_VALUE + r"))?(?P<scale>万亿|亿|千万|百万|万)?"
    r"\s?(?P<unit>" + _ZH_UNIT + r")"
)
_ZH_PERCENT = re.compile(r"百分之(?P<num>" + _ZH_VALUE + r")")
_TRIGGER = re.compile(r"\d|百分之|[一二两三四五六七八九十]")


def unit_of(name: str) -> str:
    """The canonical unit for a spelling (`jobs` -> `people`, `吨` -> `tonnes`).

    Raises ValueError for an unknown unit, naming the known ones."""
    folded = normalise(name.strip())
    if folded in UNITS:
        return folded
    if folded in _SPELLING:
        return _SPELLING[folded]
    raise ValueError(f"unknown unit {name!r}: use one of {', '.join(UNITS)} (or `money`)")


def _value(text: str | None) -> float | None:
    if not text:
        return None
    if text[0].isdigit():
        return plain_number(text)
    total = zh_integer(text)
    return None if total is None else float(total)


def find_measures(norm: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Counts, physical quantities and percentages in norm[start:end], in text order; each a
    `Quantity` whose `unit` names what is counted and whose `currency` is None."""
    end = len(norm) if end is None else end
    if not _TRIGGER.search(norm, start, end):
        return []
    found: list[Quantity] = []
    for m in _ZH.finditer(norm, start, end):
        if m.group("unit") in ("名", "人") and norm[max(0, m.start() - 1) : m.start()] == "第":
            continue  # 第1名 is a rank, 第3人 an ordinal
        q = _make(norm, m, start, m.group("unit"), m.group("scale1") or m.group("scale"))
        if q:
            found.append(q)
    for m in _ZH_PERCENT.finditer(norm, start, end):
        value = _value(m.group("num"))
        if value is not None:
            found.append(_quantity(norm, m, start, value, None, "percent"))
    taken = [(q.start, q.end) for q in found]
    for m in _EN.finditer(norm, start, end):
        before = norm[m.start() - 1 : m.start()]
        if before and ((before.isascii() and before.isalnum()) or before in ".$"):
            continue  # part of a word, a version number or money
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        q = _make(norm, m, start, m.group("unit") or "%", m.group("scale"))
        if q:
            found.append(q)
    taken = [(q.start, q.end) for q in found]
    for q in _counts_after_noun(norm, start, end):
        if not any(a < q.end and q.start < b for a, b in taken):
            found.append(q)
    found.sort(key=lambda q: q.start)
    return found


# A count of people written after the noun it counts, with no unit word after the number:
# "reduce headcount by 7,800", "a workforce of 28,000", "staff of about 3,000", 员工总数跌穿2.8万,
# 裁员人数缩减至约6500. (A percentage, "headcount by 10%", is `_EN`'s.)
_NOUN_FIRST_EN = re.compile(
    r"(?<![a-z])(?:headcount|head count|workforce|staff|payroll)(?:\s(?:reduction|reductions|"
    r"cut|cuts))?\s(?:of|by|to|at|from|fell by|rose by|fell to|rose to|stood at|totals?|"
    r"totaled|totalled)\s(?:(?:about|around|roughly|nearly|almost|some|approximately|more than|"
    r"over|less than|under)\s)?(?P<num>" + NUM + r")(?:\s?(?P<scale>million|thousand|k)(?![a-z]))?"
    r"(?![\d.,]?\d)(?!\s?(?:%|percent|per cent|percentage|years?|months?|days?))"
)
_NOUN_FIRST_ZH = re.compile(
    r"(?:员工总数|员工人数|员工总人数|总人数|员工数|裁员人数|裁员规模|人手)"
    r"[^\d，。；,;%]{0,6}?(?P<num>" + _ZH_VALUE + r")(?P<scale>万)?"
    r"(?![\d.%年月日个名人岗职亿千成倍])"
)


_YEAR = re.compile(r"(?:19|20)\d\d")
_NOUN_FIRST = (_NOUN_FIRST_EN, _NOUN_FIRST_ZH)
_CUT_WORDS = ("cuts", "layoffs", "redundancies", "job losses", "reductions", "number of")


def _counts_after_noun(norm: str, start: int, end: int) -> list[Quantity]:
    found = []
    cuts = any(word in norm for word in _CUT_WORDS)  # a cheap exit before CUT_COUNT_EN
    for pattern in (_NOUN_FIRST_EN, _NOUN_FIRST_ZH, CUT_COUNT_EN) if cuts else _NOUN_FIRST:
        for m in pattern.finditer(norm, start, end):
            value = _value(m.group("num"))
            if value is None or (not m.group("scale") and _YEAR.fullmatch(m.group("num"))):
                continue  # "the staff of 2024" is a year's staff
            value *= SCALES.get(m.group("scale") or "", 1.0)
            kind, q_start = qualifier_before(norm, m.start("num"), m.start())
            lo, hi = shaped(value, kind)
            text = norm[m.start("num") : m.end()]
            found.append(Quantity(lo, hi, None, text, q_start, m.end(), kind, unit="people"))
    return found


def _make(
    norm: str, m: re.Match[str], floor: int, spelling: str, scale1: str | None
) -> Quantity | None:
    value = _value(m.group("num"))
    if value is None:
        return None
    mult = SCALES.get(scale1 or "", 1.0)
    high = _value(m.group("num2"))
    if m.group("num2") and high is None:
        return None
    mult2 = SCALES.get(m.group("scale") or "", 1.0) if m.group("num2") else mult
    return _quantity(
        norm, m, floor, value * mult, None if high is None else high * mult2, _SPELLING[spelling]
    )


def _quantity(
    norm: str, m: re.Match[str], floor: int, low: float, high: float | None, unit: str
) -> Quantity:
    kind, q_start = qualifier_before(norm, m.start(), floor)
    if high is not None and high >= low:
        lo, hi, kind = low, high, "range"
    else:
        lo, hi = shaped(low, kind)
    return Quantity(lo, hi, None, norm[m.start() : m.end()], q_start, m.end(), kind, unit=unit)


# --- comparisons --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Comparison:
    """A value said to be a share of a figure: [low, high] times `figure`, or times the rule's
    `reference` when the text names the figure only as "the pledged sum" (`figure` None)."""

    low: float  # fraction of the figure
    high: float
    figure: Quantity | None
    text: str
    start: int
    end: int

    def resolve(
        self, reference: float | None, currency: str | None, unit: str = ""
    ) -> Quantity | None:
        """The value as a `Quantity`, or None when neither a figure nor a reference is known.
        `unit`: what the reference counts ("" for money); a stated figure brings its own."""
        # "不到1000亿美元的一半": the figure is the stated number, not the range "不到" gives it
        base = reference
        if self.figure is not None:
            under = self.figure.qualifier == "under"
            base = self.figure.high if under else self.figure.low
        if base is None or self.high == 0:  # a yardstick only: the value is not stated
            return None
        cur = self.figure.currency if self.figure is not None else currency
        unit = self.figure.unit if self.figure is not None else unit
        return Quantity(
            base * self.low,
            base * self.high,
            cur,
            self.text,
            self.start,
            self.end,
            "comparison",
            unit=unit,
        )


# Each phrase puts the value at most at half the figure: none says how far below, so the range
# runs down to nothing and fits only a range open at its low end ([null, X]).
_FAR_BELOW = (
    "far below",
    "well below",
    "far short of",
    "well short of",
    "nowhere near",
    "a fraction of",
    "far less than",
    "much less than",
    # any unit: "far fewer jobs than feared", "far smaller than reported"
    "far fewer than",
    "much fewer than",
    "far smaller than",
    "much smaller than",
    "far lower than",
    "much lower than",
    "less than half of",
    "less than half",
    "under half of",
    "under half",
    "远远不及",
    "远远低于",
    "远远少于",
    "远远小于",
    "远小于",
    "远不及",
    "远低于",
    "远少于",
    "一小部分",
    "零头",
)
_HALF_ZH = re.compile(r"(?:不到|不足|不及|少于|未达)(?P<what>[^，。；,;]{0,16}?)的?一半")
# What "the pledged sum" looks like when no figure is written.
_REFERENCE = (
    "sum",
    "amount",
    "figure",
    "total",
    "pledge",
    "commitment",
    "target",
    "headline",
    # the figure that went round before: "far fewer than reported", 远低于网传数字
    "reported",
    "rumoured",
    "rumored",
    "feared",
    "网传",
    "传闻",
    "传言",
    "报道",
    "数字",
    "金额",
    "数额",
    "规模",
    "承诺",
    "目标",
    "额度",
)
# "57% less than the $1.4 trillion", 比1.4万亿美元少57%: a value stated as a percentage off a figure
_PERCENT_OFF = re.compile(
    r"(?P<pct>\d+(?:\.\d+)?)\s?(?:%|percent|per cent)\s(?P<way>less|lower|smaller|below|under|"
    r"more|higher|larger|above)(?:\sthan)?\b"
)
# (the figure compared with may carry a long modifier: 比奥特曼几个月前宣扬的1.4万亿美元承诺少了57%;
# 从…下降N% measures from a figure too)
_PERCENT_OFF_ZH = re.compile(
    r"[比较从](?P<what>[^，。；,;]{1,48}?)(?P<way>减少|下降|缩减|削减|下调|少|低|增加|增长|多|高)"
    r"了?(?P<pct>\d+(?:\.\d+)?)%"
)
_LESS_ZH = ("减少", "下降", "缩减", "削减", "下调", "少", "低")
# "down 57% from $1.4 trillion", "a 57% haircut to the $1.4 trillion": a change in percent
# measured from a figure written after it
_PERCENT_CHANGE = re.compile(
    r"(?<![a-z])(?P<dir>down|off|lower|up|higher)\s(?P<pct>\d+(?:\.\d+)?)\s?(?:%|percent|per cent)"
    r"\s(?:from|on|versus|vs\.?|compared with|compared to)(?![a-z])"
    r"|(?P<pct2>\d+(?:\.\d+)?)\s?(?:%|percent|per cent)\s(?P<noun>haircut|cut|reduction|drop|"
    r"decline|decrease|fall|discount|markdown|increase|rise|jump|gain)\s(?:to|from|on|in|of)(?![a-z])"
)
_LESS_EN = frozenset(
    ("down", "off", "lower", "haircut", "cut", "reduction", "drop", "decline", "decrease")
) | {"fall", "discount", "markdown"}
_TRIGGERS = (
    "%",
    "far ",
    "well ",
    "much ",
    "nowhere",
    "fraction",
    " half",
    "much less",
    "远",
    "一小部分",
    "零头",
    "一半",
)
_BASELINE_TRIGGERS = (" than", " from", " on", "compared", "versus", "vs", "比", "较", "相比")
# ... and with the thing counted between: "far fewer jobs than reported", "a much smaller
# reduction than feared" (one or two words, no figure)
_COMPARE = re.compile(
    "|".join(re.escape(p) for p in _FAR_BELOW)
    + r"|(?:far|much) (?:fewer|smaller|lower)(?: [a-z-]+){1,2}? than(?![a-z])"
)


def find_comparisons(norm: str, start: int = 0, end: int | None = None) -> list[Comparison]:
    """'far below the pledged $100 billion', 'a fraction of the pledged sum', 远远不及承诺金额,
    不到1000亿美元的一半: a value placed by its relation to a figure (stated, or the rule's)."""
    end = len(norm) if end is None else end
    text = norm[start:end]
    found: list[Comparison] = []
    if any(word in text for word in _BASELINE_TRIGGERS):
        found = find_baselines(norm, start, end, _percent_off(norm, start, end))
    if not any(word in text for word in _TRIGGERS):
        return found  # most sentences: a few substring searches instead of two regex scans
    found += _percent_off(norm, start, end)
    for m in _HALF_ZH.finditer(norm, start, end):
        c = _comparison(norm, m.start(), m.end(), m.start(), m.end())
        if c is not None:
            found.append(c)
    for m in _COMPARE.finditer(norm, start, end):
        if any(c.start <= m.start() < c.end for c in found):
            continue
        if m.group()[0].isascii() and m.start() > 0 and norm[m.start() - 1].isalnum():
            continue
        c = _comparison(norm, m.start(), min(end, m.end() + 40), m.start(), m.end())
        if c is not None:
            found.append(c)
    return found


def _comparison(norm: str, lo: int, hi: int, start: int, end: int) -> Comparison | None:
    # the figure compared with: money, else a count ("far below the 10,000 jobs it announced")
    money = find_quantities(norm, lo, hi) or find_measures(norm, lo, hi)
    if money:
        figure = money[0]
        return Comparison(0.0, 0.5, figure, norm[start : figure.end], start, figure.end)
    window = norm[end : min(len(norm), end + 24)] if hi > end else norm[lo:hi]
    if any(word in window for word in _REFERENCE):
        return Comparison(0.0, 0.5, None, norm[start:end], start, end)
    return None


def _percent_off(norm: str, start: int, end: int) -> list[Comparison]:
    found = []
    for m in _PERCENT_OFF.finditer(norm, start, end):
        money = find_quantities(norm, m.end(), min(end, m.end() + 30))
        if money:
            share = float(m.group("pct")) / 100
            less = m.group("way") in ("less", "lower", "smaller", "below", "under")
            f = 1 - share if less else 1 + share
            found.append(
                Comparison(f, f, money[0], norm[m.start() : money[0].end], m.start(), money[0].end)
            )
    for m in _PERCENT_OFF_ZH.finditer(norm, start, end):
        money = find_quantities(norm, m.start("what"), m.end("what"))
        if money:
            share = float(m.group("pct")) / 100
            f = 1 - share if m.group("way") in _LESS_ZH else 1 + share
            found.append(Comparison(f, f, money[0], m.group(), m.start(), m.end()))
    for m in _PERCENT_CHANGE.finditer(norm, start, end):
        figure = _figure_after(norm, m.end(), end)
        if figure is not None:
            share = float(m.group("pct") or m.group("pct2")) / 100
            less = (m.group("dir") or m.group("noun")) in _LESS_EN
            f = 1 - share if less else 1 + share
            said = norm[m.start() : figure.end]
            found.append(Comparison(f, f, figure, said, m.start(), figure.end))
    return [c for c in found if c.low > 0]


# A figure named only as the yardstick of a change, with no share given: "a steep reduction from
# the $1.4 trillion", "higher than the $730 billion it fetched", "compared with $1.4 trillion",
# 比1.4万亿美元大幅缩减, 与1.4万亿美元相比. The value is not stated (no `resolve`); the figure is
# the old one, no evidence for itself. "more/less than" take a determiner: "more than $100
# billion" is a bound on the value, not a yardstick.
_BASELINE_EN = re.compile(
    r"(?<![a-z])(?:(?:reduction|cut|haircut|drop|decline|decrease|retreat|pullback|climbdown|"
    r"comedown|step down|increase|jump|rise)\s(?:from|on)|(?:higher|lower|bigger|smaller|larger|"
    r"greater)\sthan|(?:more|less|up|down)\sthan(?=\s(?:the|its|their|that|this)\s)|"
    r"compared (?:with|to)|versus|vs\.?)(?![a-z])"
)
_BASELINE_ZH = re.compile(
    r"(?:比|较|相较于|相比于?)(?P<what>[^，。；,;]{1,48}?)(?:大幅|明显|显著|略有|有所|大大)?"
    r"(?:减少|下降|缩减|削减|下调|缩水|少|低|增加|增长|提高|上调|多|高)(?!了?\s?\d)"
    r"|(?:与|和|跟)(?P<with>[^，。；,;]{1,48}?)相比"
)
# Between the yardstick phrase and its figure: a few words, no clause break.
_TO_FIGURE = re.compile(r"\s*(?:[a-z'-]+\s+){0,4}")


def _figure_after(norm: str, at: int, end: int) -> Quantity | None:
    money = find_quantities(norm, at, min(end, at + 40))
    if money and _TO_FIGURE.fullmatch(norm, at, money[0].start):
        return money[0]
    return None


def find_baselines(norm: str, start: int, end: int, taken: list[Comparison]) -> list[Comparison]:
    """Figures named only as a change's yardstick (`_BASELINE_EN`, `_BASELINE_ZH`) that no
    comparison in `taken` holds already: a `Comparison` with no value (`resolve` gives None)."""
    held = {(c.figure.start, c.figure.end) for c in taken if c.figure is not None}
    found = []
    for m in _BASELINE_EN.finditer(norm, start, end):
        figure = _figure_after(norm, m.end(), end)
        if figure is not None:
            found.append(Comparison(0.0, 0.0, figure, m.group(), m.start(), m.end()))
    for m in _BASELINE_ZH.finditer(norm, start, end):
        group = "what" if m.group("what") is not None else "with"
        money = find_quantities(norm, m.start(group), m.end(group))
        if money:
            found.append(Comparison(0.0, 0.0, money[0], m.group(), m.start(), m.end()))
    return [c for c in found if c.figure is not None and (c.figure.start, c.figure.end) not in held]
