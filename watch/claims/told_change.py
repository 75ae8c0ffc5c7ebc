"""A change told with one unit for its two figures: "cut the order from 8 to 6 vessels",
"raised its fleet from 8 to 12 ships", 由8至6艘. A measure that reads "8 to 6 vessels" after
"from" (or 由/从) is no range when the second figure is the smaller, or when a verb of change
stands before "from" in the clause ("reduced", "raised", "trimmed"): it is the old figure and
the new one. "Trimmed the order from 8 ships to 6": the new figure borrows the old one's
unit (`bare_new`). `measures` then reads the two apart, each with the unit, so that `roles.replaced`
takes the old one as the value before the change and the new one decides. "From 8 to 10 ships"
with no verb of change stays a range, and "up from 8 last year" (a comparison) is not read
here at all."""

from __future__ import annotations

import re

from watch.claims.numerals import NUM, value_of
from watch.claims.quantities import Quantity

# "from"/由/从 right before the first figure (normalised text)
_FROM_END = re.compile(r"(?:(?<![a-z])from|由|从)\s*$")
# a verb of change before "from": the figures are the state before and after it
CHANGE_VERB = re.compile(
    r"(?<![a-z])(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|trim(?:s|med|ming)?|"
    r"lower(?:s|ed|ing)?|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|"
    r"boost(?:s|ed|ing)?|expand(?:s|ed|ing)?|slash(?:es|ed|ing)?|revis(?:e|es|ed|ing)|"
    r"chang(?:e|es|ed|ing)|adjust(?:s|ed|ing)?|grow(?:s|ing|n)?|grew|rose|ris(?:e|es|en|ing)|"
    r"fell|fall(?:s|en|ing)?|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|shr[aiu]nk(?:s|ing)?|"
    r"jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|hik(?:e|es|ed|ing)|bump(?:s|ed|ing)?|"
    r"doubl(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|scal(?:e|es|ed|ing) (?:back|down|up)|"
    r"downsiz(?:e|es|ed|ing)|upsiz(?:e|es|ed|ing)|par(?:e|es|ed|ing) (?:back|down)|"
    r"amend(?:s|ed|ing)?|modif(?:y|ies|ied|ying)|extend(?:s|ed|ing)?|shorten(?:s|ed|ing)?|"
    r"went|goes|gone|moved?|moves|moving|upgrad(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing))"
    r"(?![a-z])"
)
_CLAUSE_END = re.compile(r"[,，;；。:：!?！？]|\.(?!\d)")
_VERB_REACH = 60  # characters before "from" searched for the verb


def told_change(norm: str, start: int, first: float, second: float) -> bool:
    """True when "from X to Y" read as one measure at `start` (X = `first`, Y = `second`)
    tells a change, not a range."""
    if not _FROM_END.search(norm, max(0, start - 8), start):
        return False
    if second < first:
        return True
    lead = max(0, start - _VERB_REACH)
    ends = [m.end() for m in _CLAUSE_END.finditer(norm, lead, start)]
    return CHANGE_VERB.search(norm, ends[-1] if ends else lead, start) is not None


# "from 8 ships to 6", "from eight vessels to six in 2027": a figure with no unit after "to",
# then the clause's end or a word that opens no noun of its own
_BARE_TO = re.compile(
    r"\s*to\s+(?P<num>" + NUM + r")(?=\s*(?:[,;:)]|\.(?!\d)|$|\s(?:in|by|on|at|after|before|"
    r"from|this|next|last|as|and|with|under|over|for|when|while|but|amid|following)(?![a-z])))"
)


def bare_new(norm: str, found: list[Quantity], end: int) -> list[Quantity]:
    """The new figures of changes whose old one alone carries the unit ("cut the order from
    8 ships to 6": 6 ships), each read with the old one's unit."""
    out = []
    for q in found:
        if q.currency is not None or not q.unit or q.qualifier == "range":
            continue
        m = _BARE_TO.match(norm, q.end, end)
        value = value_of(m.group("num")) if m else None
        if m is None or value is None or any(o.start == m.start("num") for o in found):
            continue
        if told_change(norm, q.start, q.low, value):
            out.append(
                Quantity(
                    value, value, None, m.group("num"), m.start("num"), m.end("num"), "", q.unit
                )
            )
    return out


# the "to" inside one amount read as a range: "490 to 640 rupees", 10至12亿元
_RANGE_TO = re.compile(r"\s*(?:to|至|到)\s*")


def split_changes(norm: str, found: list[Quantity]) -> list[Quantity]:
    """Amounts read as one range that tell a change ("raised the fee from 490 to 640 rupees",
    由10至12亿元 after a verb of change) split into the old value and the new one, each with
    the currency; the others as read."""
    out = []
    for q in found:
        gap = _RANGE_TO.search(norm, q.start, q.end) if q.qualifier == "range" else None
        if gap is None or not told_change(norm, q.start, q.low, q.high):
            out.append(q)
            continue
        old_end, new_start = gap.start(), gap.end()
        out.append(Quantity(q.low, q.low, q.currency, norm[q.start : old_end], q.start, old_end))
        out.append(Quantity(q.high, q.high, q.currency, norm[new_start : q.end], new_start, q.end))
    return out


# the new figure of a money change written bare: "cut the fee from Rs 640 to 490", "from $12 to
# 9.50", 由640卢比降至490, 从每股10元下调为8 (no scale, unit, percent or date after it)
_BARE_MONEY_TO = re.compile(
    r"\s*(?:to|(?:[降减增升涨提调缩砍削][低少加高至整减]?|下调|上调)?(?:至|到|为))\s*"
    r"(?P<num>" + NUM + r")(?![\d.,]?\d)(?!\s?(?:%|percent|per cent|[a-z]*illion|bn|mn|m\b|"
    r"k\b|crores?|lakhs?|[万亿千百元年月日个家间台辆名人]))"
)
# a price per share between "from" and its figure: 从每股10元, "from a share price of"
_PER_SHARE = re.compile(r"每股\s*$")
_NUM = re.compile(NUM)


def bare_new_money(norm: str, found: list[Quantity], end: int) -> list[Quantity]:
    """The amounts, with the new amount of each change whose old one alone carries the currency
    ("cut the fee from Rs 640 to 490": Rs 490), in the old one's currency and scale."""
    out = []
    for q in found:
        share = _PER_SHARE.search(norm, max(0, q.start - 4), q.start)
        start = share.start() if share else q.start
        if q.currency is None or q.qualifier or not _FROM_END.search(norm, start - 8, start):
            continue
        m = _BARE_MONEY_TO.match(norm, q.end, end)
        old = _NUM.search(q.text)
        value = value_of(m.group("num")) if m else None
        old_value = value_of(old.group()) if old else None
        if m is None or value is None or not old_value:
            continue
        new = value * q.low / old_value
        if any(o.start <= m.start("num") < o.end for o in found):
            continue
        if told_change(norm, start, q.low, new):
            at = m.start("num")
            out.append(Quantity(new, new, q.currency, m.group("num"), at, m.end(), price=q.price))
    return sorted(found + out, key=lambda q: q.start) if out else found
