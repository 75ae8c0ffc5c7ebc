"""A number that names a model or a size class before a unit noun is no count, and a part told
"of the" whole counts the part.

    "737 MAX jets", "787-9 jets", "F-16 jets", "A321neo jets"  -> no count (a model)
    "13,000 TEU vessels", "a 24,000-TEU ship"                 -> no count (a capacity class)
    "60 737 MAX jets"                                         -> 60 (the count before the model)
    "35 of the 60 737 MAX jets", "two of the ten vessels"     -> 35 and 60, two and ten

`measures` and `counted` ask `model_number` before they read a figure as a count, and
`measures` gives each count to `with_part`, which reads the part as a figure of its own.
Pure, over normalised text (lower case).
"""

from __future__ import annotations

import re

from watch.claims.numerals import EN_SPOKEN, NUM, en_words_value, plain_number
from watch.claims.qualifiers import qualifier_before, shaped
from watch.claims.quantities import Quantity

# after the number: a model's suffix word (737 MAX, 777X, A330neo written apart, 787
# Dreamliner, 747 freighter) or a ship's size unit (13,000 TEU, 300,000 dwt, 174,000 cbm)
_SUFFIX = re.compile(
    r"[\s-]?(?:max|neo|ceo|xwb|xlr|lr|er|x|dreamliners?|freighters?|teu|dwt|cbm)(?![a-z])"
)
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
# ... or a variant glued on with a hyphen and a smaller number (787-9, 737-8, 777-9)
_VARIANT = re.compile(r"-(\d{1,4})(?![\d,.])")


def model_number(norm: str, start: int, end: int) -> bool:
    """Whether the figure norm[start:end] names a model or a size class, not a count: a
    letter and a hyphen before it (F-16, KC-46), a model suffix or size unit after it
    (737 MAX, 13,000 TEU), or a smaller variant number glued after it (787-9)."""
    if start >= 2 and norm[start - 1] == "-" and norm[start - 2] in _LETTERS:
        return True
    if _SUFFIX.match(norm, end):
        return True
    variant = _VARIANT.match(norm, end)
    if variant:
        whole = plain_number(norm[start:end])
        return whole is not None and float(variant.group(1)) < whole
    return False


# "35 of the 60 jets", "two of its ten vessels": the part before "of the"
_PART = re.compile(
    r"(?<![a-z0-9.,$])(?P<num>" + NUM + "|" + EN_SPOKEN + r") of (?:the|its|their|those|these|"
    r"our|his|her) $"
)


def with_part(norm: str, q: Quantity, floor: int) -> list[Quantity]:
    """q, and before it the part told of it ("35 of the 60 jets": 35 jets, then 60 jets): a
    count of units only. The whole stays a figure of its own: in "completed 6,000 of the
    10,000 job cuts announced" it is the plan, and the part the progress."""
    if not q.unit or q.unit in ("percent", "points"):
        return [q]
    m = _PART.search(norm, max(floor, q.start - 40), q.start)
    if m is None:
        return [q]
    num = m.group("num")
    value = plain_number(num) if num[0].isdigit() else en_words_value(num)
    if value is None or value >= q.low:
        return [q]
    kind, q_start = qualifier_before(norm, m.start(), floor)
    low, high = shaped(value, kind)
    end = m.end() - 1  # the part's own words ("35 of the"): the unit noun stays the whole's
    return [Quantity(low, high, None, norm[m.start() : end], q_start, end, kind, unit=q.unit), q]
