"""A figure restated in a local currency, in brackets right after it.

    1,000亿美元(约7,800亿港元)      US$20 billion (about Rs 1.8 lakh crore) funding round
    200亿美元(约270亿新元)          $30 billion (S$40 billion)      $100bn (Dh367bn)

Hong Kong, Singapore, Malaysian, Indian and Gulf outlets print the home-currency value beside
every dollar figure. The bracket is the same figure once more: never a second amount to judge,
and it must not stand between the figure and the noun it sizes ("a $110 billion (about Rs 9.9
lakh crore) funding round" is still a round). `quantities.find_quantities` binds the bracket to
the figure before it: the figure's span runs to the closing bracket and what the bracket holds
is dropped.

Pure functions over normalised text (`text.normalise`: ASCII brackets, simplified script).
"""

from __future__ import annotations

import re

from watch.claims.currencies import EN_NAMES, SIGNS, ZH_BEFORE, ZH_NAMES

# words that say "the same value in another unit": about, 约, 折合 (converted), 相当于
_APPROX = (
    r"(?:about|around|roughly|approx\.?|approximately|some|or|nearly|~|约|大约|折合|合|相当于)"
)
# the local currency, written before the number (Rs 9.9, S$27, HK$156, RM94, Dh73): the
# currency table's signs and codes, and the short forms only a bracket uses ...
_BEFORE = r"(?:rs\.?|dh|¥|" + SIGNS + "|" + ZH_BEFORE + ")"
# ... or after it (7,800亿港元, 270亿新元, 940亿令吉, 9.9 lakh crore rupees)
_AFTER = r"(?:円|pounds|" + ZH_NAMES + "|" + EN_NAMES + ")"
_SCALE = (
    r"(?:lakh crore|crore|lakh|trillion|billion|million|tn|bn|mn|[btm]|"
    r"万亿|兆|千亿|百亿|十亿|亿|千万|百万|万)"
)
_CONVERSION = re.compile(
    r"\s?\(\s?" + _APPROX + r"?\s?(?P<before>" + _BEFORE + r")?\s?"
    r"\d[\d,.]*\s?" + _SCALE + r"?\s?(?P<after>" + _AFTER + r")?\s?\)"
)


def conversion_after(norm: str, end: int, limit: int) -> int | None:
    """Where the bracketed local-currency restatement right after a figure ending at `end`
    closes (an offset at most `limit`), or None when no such bracket follows. A bracket with
    no currency named ("(2025)", "(up 20%)", "(about 30)") is not a conversion."""
    m = _CONVERSION.match(norm, end, limit)
    if m is None or not (m.group("before") or m.group("after")):
        return None
    return m.end()
