"""Figures given only by comparison: a value said to be a share of a figure.

    far below / nowhere near / a fraction of the pledged $100 billion, 远远不及, 不到一半
                                                             -> a `Comparison`
    "20% less than", 较去年减少20%, "than last year's figure" -> a `Comparison` (`find_comparisons`)
    "by around 12%, well short of the 20% it had sought", 比预期的"20%以上"低
                                                             -> a yardstick only (no value)

Like `quantities`, everything works on normalised text (offsets are the original's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from watch.claims.measures import find_measures
from watch.claims.quantities import Quantity, find_quantities


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
    "percent",
    "per cent",
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
    if not any(word in text for word in _TRIGGERS):  # most sentences: a few substring searches
        if "," in text and any(word in text for word in _APPOSED_TRIGGERS):
            found += _apposed_yardsticks(norm, start, end, found)
        return found
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
            found.append(_yardstick(c) if apposed(norm, m.start()) else c)
    return found + _apposed_yardsticks(norm, start, end, found)


def _yardstick(c: Comparison) -> Comparison:
    """The comparison as a yardstick only: no value of its own (`resolve` gives None)."""
    return Comparison(0.0, 0.0, c.figure, c.text, c.start, c.end)


# "by around 12%, well short of the 20%-plus it had sought", 上升约12%，低于此前寻求的20%: a
# comparison set after the news figure, a comma between, measures that figure against another;
# the news figure decides, the one compared with is only the yardstick
_APPOSED = re.compile(r"\d(?:\s?(?:%|percent|per cent|[a-z]+|[\u4e00-\u9fff]{1,2}))?\s*[,，]\s*$")
_APPOSED_WORD = re.compile(
    r"(?<![a-z])(?:(?:well |far |much |just |slightly |a little |still )?(?:short of|shy of|"
    r"below|above|behind|under|lower than|higher than|less than|more than)(?=\s(?:the|its|their|"
    r"that|this|what|a|an)\s))(?![a-z])"
    r"|(?:远|略|明显|大幅)?(?:低于|高于|不及|少于|多于|未达|未及|逊于|不如)"
)
_APPOSED_REACH = 40
_APPOSED_TRIGGERS = (
    " of",
    "below",
    "above",
    "behind",
    "under",
    " than",
    "于",
    "不及",
    "未",
    "不如",
)


def apposed(norm: str, at: int) -> bool:
    """True when a figure and a comma stand right before `at` (a comparison set after it)."""
    return _APPOSED.search(norm, max(0, at - 16), at) is not None


def _apposed_yardsticks(
    norm: str, start: int, end: int, taken: list[Comparison]
) -> list[Comparison]:
    held = {(c.figure.start, c.figure.end) for c in taken if c.figure is not None}
    found = []
    for m in _APPOSED_WORD.finditer(norm, start, end):
        if not apposed(norm, m.start()) or any(c.start <= m.start() < c.end for c in taken):
            continue
        hi = min(end, m.end() + _APPOSED_REACH)
        figures = find_quantities(norm, m.end(), hi) or find_measures(norm, m.end(), hi)
        if not figures or _CUT.search(norm, m.end(), figures[0].start):
            continue
        figure = figures[0]
        if (figure.start, figure.end) not in held:
            found.append(Comparison(0.0, 0.0, figure, m.group(), m.start(), m.end()))
    return found


_CUT = re.compile(r"[,，;；。:：!！?？]|\.(?!\d)")


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
    money = find_quantities(norm, at, min(end, at + 40)) or find_measures(
        norm, at, min(end, at + 40)
    )
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
        a, b = m.start(group), m.end(group)
        money = find_quantities(norm, a, b) or find_measures(norm, a, b)  # 比预期的"20%以上"低
        if money:
            found.append(Comparison(0.0, 0.0, money[0], m.group(), m.start(), m.end()))
    return [c for c in found if c.figure is not None and (c.figure.start, c.figure.end) not in held]
