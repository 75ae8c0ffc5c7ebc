"""Money in English and Chinese -> numbers and ranges.

    $100 billion, $100B, 100bn, US$1.4 trillion, $20-30 billion, "tens of billions",
    1000亿美元, 1.4万亿美元, 1.4兆美元, 300亿, 1,000 亿美元, 数百亿美元, 千亿美元, 逾100亿美元

`find_quantities` works on normalised text (see `text.normalise`: lower case, simplified
Chinese, ASCII digits), so offsets are offsets into the original. Values are plain numbers in
the currency's unit (no exchange rates). Qualifiers turn a number into a range: "more than X"
is [X, 1.5X], "less than X" is [X/2, X]; "up to X" and "about X" stay X (the figure the
report gives) and are flagged. `measures` reads counts and percentages with the same number
patterns; whether a value lies in a rule's range is `amounts.in_range`'s."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from watch.claims.conversions import conversion_after
from watch.claims.currencies import (
    EN_NAMES,
    INDIAN_SCALES,
    LETTER_SIGNS,
    OTHER,
    SCALE_WORDS,
    SIGNS,
    WORD_NAMES,
    ZH_BEFORE,
    ZH_NAMES,
    code_of,
    other_after,
)
from watch.claims.numerals import EN_SPOKEN, NUM, ZH_NUM, en_words_value, plain_number, zh_value
from watch.claims.percent_ranges import old_range, rate_change
from watch.claims.qualifiers import qualifier_before, shaped
from watch.claims.text import normalise

SCALES = {
    "trillion": 1e12,
    "tn": 1e12,
    "trln": 1e12,
    "t": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,  # wire caps: "$10 BLN", "EUR 500 MLN", "$1.4 TRLN"
    "b": 1e9,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "mm": 1e6,
    "thousand": 1e3,
    "k": 1e3,
    **INDIAN_SCALES,  # "Rs 490 crore", "Rs 1.2 lakh crore"
    "万亿": 1e12,
    "兆": 1e12,
    "千亿": 1e11,
    "百亿": 1e10,
    "十亿": 1e9,
    "亿": 1e8,
    "千万": 1e7,
    "百万": 1e6,
    "万": 1e4,
}
# Counted things, not money: "100 million users", "1亿付费用户", "150万颗"; and measures:
# "174,000 cubic metres", "2 million tonnes", "1.5 billion kWh".
_UNIT_WORDS = frozenset([
    "users", "user", "people", "subscribers", "customers", "devices", "gpus", "chips", "tokens",
    "parameters", "shares", "views", "downloads", "units", "tons", "barrels", "miles", "watts",
    "gigawatts", "megawatts", "times", "years", "words", "requests", "visits", "members",
    "employees", "queries", "messages", "jobs", "homes", "cars", "phones", "servers", "cubic",
    "square", "metric", "tonnes", "tonne", "metres", "meters", "kilometres", "kilometers", "km",
    "hectares", "acres", "litres", "liters", "gallons", "ounces", "kwh", "mwh", "gwh", "twh",
    "teu", "teus"
])  # fmt: skip
_UNIT_CHARS = "人个名位颗台部张块次股吨瓦件家条笔篇字付活日周用户片店"
# Units of measure after a Chinese figure: 17.4万立方米, 300万平方米, 5万亩, 1亿千瓦时, 20万标箱 (升
# alone is "rose": 由20亿升至30亿; 402万辆 stays: a rule with no `unit` may count vehicles so).
_ZH_MEASURE = re.compile(
    "立方|平方|平米|公里|千米|英里|海里|公顷|亩|公斤|千克|盎司|加仑|桶|千瓦|吉瓦|兆瓦|瓦时|"
    "标准箱|标箱|度电"
)
_EN = re.compile(
    r"(?P<cur>" + SIGNS + r")?"
    r"(?P<num>" + NUM + r")(?:\s?(?:-|to|–)\s?(?:us\$|\$)?(?P<num2>" + NUM + r"))?"
    r"(?:\s?-?\s?(?P<scale>" + SCALE_WORDS + r")(?![a-z]))?"
    r"(?:(?:[\s-]+|(?=美))"  # 600b美元: no space before a Chinese currency word
    r"(?P<cur2>" + EN_NAMES + r"|美元|美金)(?![a-z]))?"
)
_VAGUE_EN = re.compile(
    r"(?P<mult>tens|hundreds|several|many|billions|trillions)"
    r"(?: of (?P<scale>billions|trillions|millions))?(?: of dollars| of us dollars)?"
)
_HALF = r"|半(?=\s?(?:万亿|亿))"  # 半亿, 半万亿: half of one
_ZH = re.compile(
    r"(?:(?P<pre>" + ZH_BEFORE + r")\s?)?(?P<num>" + NUM + r"|" + ZH_NUM + _HALF + r")?\s?"
    r"(?P<scale>万亿|兆|千亿|百亿|十亿|亿|千万|百万|万)"
    r"(?:[多余]?(?P<cur>" + ZH_NAMES + r"))?(?:\s?(?P<post>" + ZH_BEFORE + r"))?"
)
# A figure with no scale, its currency written (每股派息7元, 新台币7元, 10至12元, 7元新台币):
# per-share money, prices. Not 元旦 or 元宵 after a date (1日元旦), nor 元朗 (a place).
_ZH_SMALL = re.compile(
    r"(?:(?P<pre>" + ZH_BEFORE + r")\s?)?(?<![\d.,])(?P<num>" + NUM + r")"
    r"(?:\s?(?:至|到|-|–|~|～)\s?(?P<num2>" + NUM + r"))?\s?(?P<cur>" + ZH_NAMES + r")"
    r"(?![旦宵朗])(?:\s?(?P<post>" + ZH_BEFORE + r"))?"
)
_ZH_SMALL_TRIGGER = re.compile(ZH_NAMES)
# What every match of _ZH and of _EN contains: both start with an optional group, which `re`
# tries at every character, and most sentences hold no scale character, many no digit.
_ZH_TRIGGER = re.compile("[万亿兆]")
_EN_TRIGGER = re.compile(r"\d")


@dataclass(frozen=True)
class Quantity:
    """An amount found in a text: [low, high] in `currency` units (None: not said) for money,
    or a count of `unit` (see `watch.claims.measures`)."""

    low: float
    high: float
    currency: str | None
    text: str
    start: int
    end: int
    qualifier: str = ""  # "", "about", "up to", "over", "under", "vague", "range", "comparison"
    unit: str = ""  # "" for money, else what is counted (see `units.UNITS`)
    price: bool = False  # a Chinese figure with a currency and no scale (7元): a price

    def describe(self) -> str:
        """A short human-readable value, e.g. `30B USD` or `10B-100B USD (vague)`."""
        cur = f" {self.currency}" if self.currency else f" {self.unit}" if self.unit else ""
        value = (
            short(self.low) if self.low == self.high else f"{short(self.low)}-{short(self.high)}"
        )
        extra = f" ({self.qualifier})" if self.qualifier else ""
        return f"{value}{cur}{extra}"


def short(value: float) -> str:
    for unit, size in (("T", 1e12), ("B", 1e9), ("M", 1e6), ("K", 1e3)):
        if value >= size and (unit != "K" or value >= 1e4):  # 1500 stays 1500, 20000 is 20K
            return f"{value / size:.4g}{unit}"
    return f"{value:.4g}"


def find_quantities(norm: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Money amounts in norm[start:end] (already normalised), in text order.

    Bare numbers without a scale or currency ("2026", "27%") are not money and are skipped.
    Never raises on odd input."""
    end = len(norm) if end is None else end
    found: list[Quantity] = []
    zh = _ZH.finditer(norm, start, end) if _ZH_TRIGGER.search(norm, start, end) else ()
    for m in zh:
        q = _zh_quantity(norm, m, start)
        if q:
            found.append(q)
    if _ZH_SMALL_TRIGGER.search(norm, start, end):
        found += _zh_small(norm, start, end, [(q.start, q.end) for q in found])
    taken = [(q.start, q.end) for q in found]
    en = _EN.finditer(norm, start, end) if _EN_TRIGGER.search(norm, start, end) else ()
    for m in en:
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        q = _en_quantity(norm, m, start)
        if q is None and m.group("num2"):  # "through 2030 to $600 billion": no range
            m2 = _EN.match(norm, _second_start(norm, m), end)
            q = None if m2 is None else _en_quantity(norm, m2, start)
        if q:
            found.append(q)
    if norm.find("illion", start, end) >= 0:  # a literal gate: spelled figures are rare
        found += _spelled(norm, start, end, [(q.start, q.end) for q in found])
    for m in _VAGUE_EN.finditer(norm, start, end):
        q = _vague_quantity(norm, m)
        if q and not any(a < q.end and q.start < b for a, b in taken):
            found.append(q)
    found.sort(key=lambda q: q.start)
    return _bind_conversions(norm, join_ranges(norm, found), end)


# "ten billion dollars", "two hundred million": a figure in words. With "a" or "an" a currency is
# wanted ("a million reasons" is no money); a unit word after it makes a count ("a billion users").
# A fraction of the scale is that share of it: "half a billion dollars", "three quarters of a
# billion", "a quarter of a billion", "two-thirds of a million", "a half-billion dollars".
_PART = {"half": 0.5, "quarter": 0.25, "quarters": 0.75, "third": 1 / 3, "thirds": 2 / 3}
_SPELLED = re.compile(
    r"(?<![a-z-])(?:(?P<part>(?:(?:a|one)\s+)?half|(?:a|one)\s+(?:quarter|third)|"
    r"three[\s-]quarters|two[\s-]thirds)\s+(?:of\s+)?(?=an?\s))?"
    r"(?P<num>" + EN_SPOKEN + r")(?:[\s-](?P<part2>half|quarter)(?=[\s-]))?"
    r"[\s-](?P<scale>trillion|billion|million)(?![a-z])"
    r"(?:[\s-](?P<cur>" + EN_NAMES + r")(?![a-z]))?"
)


def _part_of(m: re.Match[str]) -> float:
    """The share of its scale a spelled figure names: 1 for none, 0.75 for "three quarters"."""
    part = m.group("part") or (m.group("part2") if m.group("num") in ("a", "an") else None)
    return _PART[part.split()[-1].split("-")[-1]] if part else 1.0


def _spelled(norm: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[Quantity]:
    found = []
    for m in _SPELLED.finditer(norm, start, end):
        cur, tail = m.group("cur"), norm[m.end() : m.end() + 16].split()
        if any(a < m.end() and m.start() < b for a, b in taken) or not (
            cur
            or (
                m.group("num") not in ("a", "an")
                and not (tail and tail[0].strip(".,;:") in _UNIT_WORDS)
            )
        ):
            continue
        kind, q_start = qualifier_before(norm, m.start(), start)
        value = en_words_value(m.group("num")) * _part_of(m) * SCALES[m.group("scale")]
        low, high = shaped(value, kind)
        found.append(Quantity(low, high, code_of(cur), m.group(), q_start, m.end(), kind))
    return found


def _second_start(norm: str, m: re.Match[str]) -> int:
    """Where the second number of a would-be range starts, with its currency sign."""
    at = m.start("num2")
    for sign in ("us$", "$"):
        if norm.endswith(sign, 0, at):
            return at - len(sign)
    return at


def _bind_conversions(norm: str, found: list[Quantity], end: int) -> list[Quantity]:
    """The figures, each reaching over the bracket that restates it in a local currency
    ("1000亿美元(约7,800亿港元)", "$110 billion (about Rs 9.9 lakh crore) funding round"): the
    bracket's amount is the same figure, not a second one (`conversions`). A figure in another
    currency restated in US dollars keeps its bracket's figure as well ("4.52tn won (~$3.1bn)",
    2.64万亿韩元(约18亿美元)): a rule in either currency reads its own figure once."""
    out: list[Quantity] = []
    outer: Quantity | None = None
    for q in found:
        if outer is not None and outer.start <= q.start < outer.end:
            if _restated_in(outer, q):
                out.append(q)
            continue  # inside the bracket of the figure before
        close = conversion_after(norm, q.end, end)
        if close is not None:
            q = replace(q, end=close)
        outer = q
        out.append(q)
    return out


def _restated_in(figure: Quantity, bracket: Quantity) -> bool:
    return bracket.currency == "USD" and figure.currency not in (None, "USD")


# "7500亿至8300亿美元", "$45 billion to $50 billion", "between $45 and $50 billion", "30% to 40%":
# one range as two amounts (or counts, 150万辆至200万辆); not "from X to Y"/从X至Y, a change.
_RANGE_GAP = re.compile(r"\s*(?:至|到|-|–|~|～|to)\s*")
_BETWEEN_GAP = re.compile(r"\s*(?:and|与|和)\s*")
_BETWEEN = re.compile(r"(?:between|介于|在)\s*$")
_CHANGE = re.compile(r"(?:(?<![a-z])from|从|由)\s*$")


def join_ranges(norm: str, found: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is not None and _one_range(norm, prev, q):
            text = norm[prev.start : q.end]
            out[-1] = Quantity(
                prev.low, q.high, q.currency, text, prev.start, q.end, "range", q.unit, q.price
            )
        else:
            out.append(q)
    return out


def _one_range(norm: str, first: Quantity, second: Quantity) -> bool:
    if first.unit != second.unit or (first.unit == "percent" and rate_change(norm, first.start)):
        return False
    if first.qualifier == "range" or second.qualifier:
        return False
    if first.currency not in (None, second.currency) or not first.high < second.low:
        return False
    before = norm[max(0, first.start - 10) : first.start]
    if _CHANGE.search(before) and not (first.unit == "percent" and old_range(norm, second.end)):
        return False
    if _RANGE_GAP.fullmatch(norm, first.end, second.start):
        return True
    return bool(_BETWEEN_GAP.fullmatch(norm, first.end, second.start) and _BETWEEN.search(before))


def _en_quantity(norm: str, m: re.Match[str], floor: int) -> Quantity | None:
    scale, cur = m.group("scale"), m.group("cur") or m.group("cur2")
    if not scale and not cur:
        return None
    prev = norm[m.start() - 1] if m.start() > 0 else " "
    # part of a word or a version number ("gpt-5", "v1.4b"); Chinese runs straight into a
    # figure with no space: 约$600b, 估值$730b, 投入us$30bn
    if (prev.isascii() and prev.isalnum()) or prev == ".":
        return None
    if scale in ("t", "b", "m", "k", "cr") and not cur:
        return None  # "5b" alone is too often a model size or a label
    if not scale and (cur or "").strip() in LETTER_SIGNS:
        return None  # "R4", "RM5": a label; "R4 billion" is rand
    tail = norm[m.end() : m.end() + 16].split()
    if not m.group("cur2") and tail and tail[0].strip(".,;:") in _UNIT_WORDS:
        return None
    currency = code_of(cur)
    shaped_figure = scale or "," in m.group("num")
    if m.group("cur2") in WORD_NAMES and not m.group("cur") and not shaped_figure:
        return None  # "in 2026 won": a year and a verb
    if currency is None and not m.group("cur2") and other_after(norm, m.end()):
        currency = OTHER  # "5 billion pesos", "5 billion Pakistani rupees"
    value = plain_number(m.group("num"))
    if value is None:
        return None
    mult = SCALES.get(scale or "", 1.0)
    kind, q_start = qualifier_before(norm, m.start(), floor)
    if m.group("num2"):
        high = plain_number(m.group("num2"))
        if high is not None and high < value and m.group("cur") and not (scale or m.group("cur2")):
            text = norm[m.start() : m.end("num")]  # "from $640 to 490": the old figure
            return Quantity(value, value, currency, text, q_start, m.end("num"), kind)
        if high is None or high < value:
            return None
        low, high, kind = value * mult, high * mult, "range"
    else:
        low, high = shaped(value * mult, kind)
    return Quantity(low, high, currency, norm[m.start() : m.end()], q_start, m.end(), kind)


def _zh_quantity(norm: str, m: re.Match[str], floor: int) -> Quantity | None:
    scale, cur = m.group("scale"), m.group("cur")
    if scale == "兆" and not (cur or m.group("pre")):
        return None  # 兆 alone is also "mega" (兆瓦); money needs a currency after it
    if not m.group("num") and scale not in ("万亿", "千亿", "百亿"):
        return None
    nxt = norm[m.end() : m.end() + 1]
    if not cur and nxt and (nxt in _UNIT_CHARS or _ZH_MEASURE.match(norm, m.end())):
        return None
    # 半亿 is half of one 亿 (50 million), 半万亿 half a trillion
    values = (0.5, 0.5) if m.group("num") == "半" else zh_value(m.group("num"))
    if values is None:
        return None
    mult = SCALES[scale]
    kind, q_start = qualifier_before(norm, m.start(), floor)
    vague = values[0] != values[1]
    if vague:
        low, high, kind = values[0] * mult, values[1] * mult, "vague"
    else:
        low, high = shaped(values[0] * mult, kind)
    currency = code_of(m.group("pre") or m.group("post") or cur)
    if currency is None and other_after(norm, m.end()):
        currency = OTHER  # 20亿澳门元, 50亿巴基斯坦卢比
    return Quantity(low, high, currency, norm[m.start() : m.end()], q_start, m.end(), kind)


def _zh_small(norm: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[Quantity]:
    found = []
    for m in _ZH_SMALL.finditer(norm, start, end):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        if m.group("cur").startswith("日") and norm[m.start() - 1 : m.start()] == "月":
            continue  # 5月1日元旦: a date
        low, high = plain_number(m.group("num")), plain_number(m.group("num2") or m.group("num"))
        if low is None or high is None or high < low:
            continue
        kind, q_start = qualifier_before(norm, m.start(), start)
        if m.group("num2"):
            kind = "range"
        else:
            low, high = shaped(low, kind)
        currency = code_of(m.group("pre") or m.group("post") or m.group("cur"))
        found.append(Quantity(low, high, currency, m.group(), q_start, m.end(), kind, price=True))
    return found


def _vague_quantity(norm: str, m: re.Match[str]) -> Quantity | None:
    mult, scale = m.group("mult"), m.group("scale")
    if m.start() > 0 and norm[m.start() - 1].isalnum():
        return None
    if mult in ("billions", "trillions"):
        if scale:
            return None
        base = 1e9 if mult == "billions" else 1e12
        low, high = base * 2, base * 9.99
    elif scale:
        base = {"billions": 1e9, "trillions": 1e12, "millions": 1e6}[scale]
        factor = {"tens": (10, 99.9), "hundreds": (100, 999)}.get(mult, (2, 9.99))
        low, high = base * factor[0], base * factor[1]
    else:
        return None
    if "dollar" not in m.group() and not scale:
        return None
    return Quantity(
        low, high, "USD" if "dollar" in m.group() else None, m.group(), m.start(), m.end(), "vague"
    )


def parse_amount(value: str | float | int) -> float:
    """One number from a rule file: 20B, 1.4T, "$30 billion", 300亿, 1.4万亿美元, 2万, 68% or a
    plain number (20,000).

    Raises ValueError when the text is not exactly one amount."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    text = normalise(str(value).strip()).removesuffix("%").rstrip()
    compact = re.fullmatch(r"\$?(\d+(?:\.\d+)?)\s?([tbmk])", text)
    if compact:
        return float(compact.group(1)) * SCALES[compact.group(2)]
    plain = plain_number(text)
    if plain is not None:
        return plain
    found = find_quantities(text)
    if len(found) != 1 or found[0].low != found[0].high or found[0].qualifier:
        raise ValueError(
            f"{value!r} is not an amount such as 20B, 1.4T, $30 billion, 300亿, 2万 or 68%"
        )
    return found[0].low
