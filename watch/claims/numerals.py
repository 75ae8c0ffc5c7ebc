"""Numbers as written: digits with thousands separators (NUM), Chinese numerals (ZH_NUM: 三百,
数十), and their values. Pure helpers for `quantities`, `measures` and `dates`."""

from __future__ import annotations

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
ZH_NUM = r"[〇零一二两三四五六七八九十百千数几]+"

_ZH_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}


def plain_number(text: str) -> float | None:
    """A number in digits, thousands separators allowed ("1,000.5"); None otherwise."""
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def zh_value(num: str | None) -> tuple[float, float] | None:
    """The value of a Chinese amount's number, as (low, high): 三百 -> (300, 300), 数百 -> (200,
    999), digits as written; an empty number is one (亿美元 = 1亿美元). None when unreadable."""
    if not num:
        return 1.0, 1.0
    if num[0].isdigit():
        value = plain_number(num)
        return None if value is None else (value, value)
    if num[0] in "数几":  # 数百 = a few hundred, 数十 = some tens
        unit = _ZH_UNITS.get(num[1:2])
        return (2.0 * unit, 9.99 * unit) if unit else None
    total = zh_integer(num)
    return (float(total), float(total)) if total else None


def zh_integer(num: str) -> int | None:
    """A number written in Chinese numerals: 一 -> 1, 十二 -> 12, 三百 -> 300; None otherwise."""
    total, digit = 0, None
    for ch in num:
        if ch in _ZH_DIGITS:
            digit = _ZH_DIGITS[ch]
        elif ch in _ZH_UNITS:
            total += (1 if digit is None else digit) * _ZH_UNITS[ch]
            digit = None
        else:
            return None
    total += digit or 0
    return total or None


# a figure in digits or in Chinese numerals
ZH_VALUE = r"(?:" + NUM + r"|" + ZH_NUM + r")"


def value_of(text: str | None) -> float | None:
    """The value of a figure `ZH_VALUE` matched: digits (6,500, 2.8) or Chinese numerals (三百);
    None for no figure or an unreadable one."""
    if not text:
        return None
    if text[0].isdigit():
        return plain_number(text)
    total = zh_integer(text)
    return None if total is None else float(total)


# English number words before a scale: "ten billion", "twenty-five billion", "two hundred
# million", "a billion" (spoken figures, often quoted). Only up to "hundred": larger spelled
# numbers come with a scale word of their own.
_EN_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
EN_WORD_VALUES = {w: i for i, w in enumerate(_EN_UNITS)} | {
    w: 20 + 10 * i for i, w in enumerate(_EN_TENS)
}
EN_WORD_VALUES |= {"a": 1, "an": 1}


def _either(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


EN_WORDS = (
    rf"(?:(?:{_either(_EN_TENS)})(?:[\s-](?:{_either(_EN_UNITS[1:10])}))?|"
    rf"(?:{_either([*_EN_UNITS, 'a', 'an'])}))(?:[\s-]hundred)?"
)


# ... and with a fraction before the scale: "three and a half billion", as spoken and transcribed
_FRACTIONS = {"a half": 0.5, "a quarter": 0.25, "three quarters": 0.75}
EN_SPOKEN = rf"{EN_WORDS}(?:\s+and\s+(?:a\s+half|a\s+quarter|three\s+quarters))?"


def en_words_value(words: str) -> float:
    """The value of number words matched by EN_SPOKEN ("twenty-five" 25, "two hundred" 200,
    "two and a half" 2.5)."""
    whole, _, part = words.partition(" and ")
    if part:  # "three and a half" (`EN_SPOKEN`)
        return en_words_value(whole) + _FRACTIONS[" ".join(part.split())]
    parts = words.replace("-", " ").split()
    hundred = parts[-1] == "hundred"
    total = sum(EN_WORD_VALUES[w] for w in (parts[:-1] if hundred else parts))
    return float(total * 100 if hundred else total)
