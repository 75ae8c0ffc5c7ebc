"""A part of a whole written as words, read as a percentage (`measures` takes them as "percent").

    两成 20, 三成半 35, 两成一 21, 2成 20, 四分之一 25, 三分之二 66.7, 半数 50, 过半 over 50
    a fifth 20, a quarter of 25, two-thirds 66.7, half of 50, one in five 20, three out of ten 30

Results and market-share copy in Hong Kong and on the mainland gives shares in 成 (tenths) and
分之 as often as in %; wires write "a fifth of the market", "one in five stores". The qualifiers
before them work as before a "%" (至少两成, 逾两成, "at least a fifth": over).

Ordinals are not parts: "a fifth straight year", "the first half of 2026", 一成不变 (an idiom),
成员, 成本 (成 as part of a word). Pure, over normalised text (simplified Chinese, lower case).
"""

from __future__ import annotations

import re

from watch.claims.numerals import ZH_NUM, value_of
from watch.claims.qualifiers import qualifier_before, shaped
from watch.claims.quantities import Quantity

_ZH_ONE = r"[一二两三四五六七八九]|\d"
# N成 (N tenths), 三成半 (3.5 tenths), a range 三到四成, 三至四成, 三四成 (30 to 40); not 成
# starting a word (成员, 成本, 成为) or 一成不变. A digit after 成 is a hundredth (两成一 21,
# 一成五 15) only where the figure ends there (一成五左右, 三成五的), not 两成一线城市, 三成五星级
_TENTHS = re.compile(
    r"(?<![\d一二两三四五六七八九十百千万亿第])(?:(?P<lo>" + _ZH_ONE + r")(?:到|至|-|~|～)?)?"
    r"(?P<num>" + _ZH_ONE + r")成(?:(?P<half>半)|(?P<tenth>[一二三四五六七八九])"
    r"(?=$|[的左以上下多至到，。；：、,;:.!?！？\s)）\"”」』]))?"
    r"(?![员本功立交为果绩都长型品熟就年语片批效分不])"
)
# M分之N: 四分之一, 三分之二, 千分之五 (百分之 is a plain percentage, read by `measures`)
_OF = re.compile(r"(?P<den>[二三四五六七八九十千]|\d{1,2})分之(?P<num>" + ZH_NUM + r"|\d{1,2})")
# half: 半数, 一半, 过半 / 逾半 (over half), not 过半年 (after half a year) nor 承诺金额的一半
# (half of another figure: `comparisons`)
_ZH_HALF = re.compile(r"(?P<over>过|逾|超过)?(?:半数|(?<=[过逾近])半|(?<!的)一半)(?![年月天个])")

_EN_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_EN_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
             "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}  # fmt: skip
# "a fifth", "two-thirds", "one quarter of": a quarter and a half only before "of" (else a
# period: "a quarter earlier", "the first half"); a fifth or third not before a noun it ranks
_EN_FRACTION = re.compile(
    r"(?<![a-z])(?P<num>a|one|two|three|four)[\s-](?P<part>half|halves|thirds?|quarters?|"
    r"fifths?|tenths?)(?:(?=\sof\s)|(?<!half)(?<!halves)(?<!quarter)(?<!quarters)"
    r"(?=\s?(?:[.,;:)]|$|\s(?:share|stake|cut|increase|rise|drop|decline|fall)\b)))"
)
# "half of", "more than half": not "the first half of", "second-half"
_EN_HALF = re.compile(r"(?<![a-z-])(?<!first )(?<!second )(?<!the )half(?=\s(?:of|its|their)\s)")
# "one in five", "one out of every four", "three in 10"
_EN_IN = re.compile(
    r"(?<![a-z\d])(?P<num>one|two|three|four|\d)\s(?:in|out of)\s(?:every\s)?"
    r"(?P<den>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})(?![\d.,]?\d)(?![a-z])"
)


# A portion after a change word is a rate of change, not a part of a whole (上涨逾三成, 涨幅接近
# 两成, 下调近一半, 较初裁上调两成, "rose by a fifth", "cut nearly half of"): left unread, as the
# engine's checks of whose rate it is (another product's, another metric's) are written for "%".
# A change *to* a level is a part (提升至两成, 下调至两成); 调 alone is no change (调查显示两成).
_ZH_CHANGE = re.compile(
    r"(?:涨|升|增|降|跌|减|幅|[上下]调|调[高低升降]|砍|削|缩水|扩大|提高)[^，。；,;至到为]{0,4}$"
)
_EN_CHANGE = re.compile(
    r"(?<![a-z])(?:by|up|down|rose|rise|rises|fell|fall|falls|grew|jumped|surged|dropped|slid|"
    r"climbed|increased|decreased|cut|cuts|slashed|reduced|trimmed|lowered|boosted)\s(?:[a-z]+\s)?$"
)


def _rate(norm: str, at: int, floor: int) -> bool:
    """True when a change word stands right before the portion at `at`."""
    before = norm[max(floor, at - 16) : at]
    return bool(_ZH_CHANGE.search(before) or _EN_CHANGE.search(before))


def _number(text: str) -> float | None:
    if text in _EN_NUMBERS:
        return float(_EN_NUMBERS[text])
    if text == "a":
        return 1.0
    return value_of(text)


def find_portions(norm: str, start: int, end: int) -> list[Quantity]:
    """The parts of a whole in norm[start:end], each a "percent" `Quantity`."""
    found: list[Quantity] = []
    for m in _TENTHS.finditer(norm, start, end):
        n = _number(m.group("num"))
        lo = _number(m.group("lo")) if m.group("lo") else None
        if n is not None:
            tenth = _number(m.group("tenth")) if m.group("tenth") else None
            value = n * 10 + (5 if m.group("half") else tenth or 0)
            found.append(_portion(norm, m, start, value, low=lo * 10 if lo and lo < n else None))
    for m in _OF.finditer(norm, start, end):
        den = 1000.0 if m.group("den") == "千" else _number(m.group("den"))
        n = _number(m.group("num"))
        if den and n is not None and n <= den:
            found.append(_portion(norm, m, start, 100 * n / den))
    for m in _ZH_HALF.finditer(norm, start, end):
        found.append(_portion(norm, m, start, 50.0, "over" if m.group("over") else ""))
    for m in _EN_FRACTION.finditer(norm, start, end):
        n = _number(m.group("num"))
        if n is not None:
            found.append(_portion(norm, m, start, 100 * n / _EN_PARTS[m.group("part")]))
    for m in _EN_HALF.finditer(norm, start, end):
        found.append(_portion(norm, m, start, 50.0))
    for m in _EN_IN.finditer(norm, start, end):
        n, den = _number(m.group("num")), _number(m.group("den"))
        if n is not None and den and n < den:
            found.append(_portion(norm, m, start, 100 * n / den))
    return [q for q in found if not _rate(norm, q.start, start)]


def _portion(
    norm: str, m: re.Match[str], floor: int, value: float, kind: str = "", low: float | None = None
) -> Quantity:
    """A portion as a percentage, shaped by the qualifier before it (至少两成: over 20); with a
    `low` end, a range (三到四成: 30 to 40)."""
    before, q_start = qualifier_before(norm, m.start(), floor)
    stop = m.end() + 2 if norm.startswith("以上", m.end()) else m.end()  # 两成以上: over
    kind = before or ("over" if stop > m.end() else kind)
    if low is not None:
        return Quantity(low, value, None, norm[m.start() : stop], q_start, stop, "range", "percent")
    lo, hi = shaped(round(value, 2), kind)
    return Quantity(lo, hi, None, norm[m.start() : stop], q_start, stop, kind, unit="percent")
