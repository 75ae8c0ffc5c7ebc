"""Counts of aircraft or vehicles told by the model's own plural, or by a long model name.

    "40 F-35s", "12 A350s", "30 737s", "eight Boeing 787-9s"     -> 40, 12, 30, 8 units
    "forty (40) F-35A Lightning II aircraft", "twenty-four (24) aircraft" -> 40, 24 units
    "the 737 MAX", "its A350s", "Boeing 787s flew", "in 2019 737s" -> no count

A model token is a number of two to four digits with letters before or after it (F-35A, A350,
737, KC-46A, A320neo, 787-9); its plural adds "s" and may follow a maker ("eight Boeing
787-9s"). A count before it is read only when it is a figure of its own (not a year, not glued
to a word), and a model name of up to three words, the first a model token, may stand before a
vehicle noun ("40 F-35A Lightning II aircraft"; not "35 Boeing 737 MAX jets", left to
`measures`' two-word reading). Chinese writes the counter before the
model (40架F-35), which `measures` already reads. Pure, over normalised text (lower case).
"""

from __future__ import annotations

import re

from watch.claims.numerals import EN_SPOKEN, NUM, en_words_value, plain_number
from watch.claims.qualifiers import qualifier_before, shaped
from watch.claims.quantities import Quantity

_MODEL = r"(?:[a-z]{1,3}-?)?\d{2,4}(?:-\d{1,4})?(?:[a-z]{1,3})?"
_MAKER = r"(?:(?:boeing|airbus|embraer|comac|bombardier|lockheed martin|lockheed|saab)\s)?"
_VEHICLES = r"aircraft|jets|planes|airliners|fighters|helicopters|vehicles|trucks|cars|suvs"
_COUNT = re.compile(
    r"(?<![a-z0-9.,$-])(?P<num>"
    + NUM
    + "|"
    + EN_SPOKEN
    + r")(?:\s\((?P<digits>\d[\d,]*)\))?\s"
    + r"(?:"
    + _MAKER
    + r"(?P<plural>"
    + _MODEL
    + r")s(?![a-z0-9])|(?P<model>"
    + _MODEL
    + r")(?:\s[a-z][a-z.-]*){0,2}\s(?P<vehicle>"
    + _VEHICLES
    + r")(?![a-z]))"
)
# "forty (40) aircraft": the spelled number with its digits in brackets before a plain noun
_PAREN = re.compile(
    r"(?<![a-z0-9.,$-])(?P<num>"
    + EN_SPOKEN
    + r")\s\((?P<digits>\d[\d,]*)\)\s(?P<bare>"
    + _VEHICLES
    + r")(?![a-z])"
)
# cheap gate: a figure, then a space and a model token or a bracketed figure
_GATE = re.compile(r"\d[a-z]{0,3}s(?![a-z])|\d\s[a-z]{0,3}-?\d|\s\(\d")


def _value(m: re.Match[str]) -> float | None:
    if m.group("digits"):
        return plain_number(m.group("digits"))
    num = m.group("num")
    if num[0].isdigit():
        if re.fullmatch(r"(?:19|20)\d\d", num):
            return None  # "in 2019 737s were grounded": a year, no count
        return plain_number(num)
    return en_words_value(num)


def find_model_counts(norm: str, start: int, end: int) -> list[Quantity]:
    """Counts of `units` told by a model's plural or a long model name (see module doc)."""
    if not _GATE.search(norm, start, end):
        return []
    found: list[Quantity] = []
    for rx in (_COUNT, _PAREN):
        for m in rx.finditer(norm, start, end):
            value = _value(m)
            if value is None or value <= 0:
                continue
            kind, q_start = qualifier_before(norm, m.start(), start)
            low, high = shaped(value, kind)
            text = norm[m.start() : m.end()]
            found.append(Quantity(low, high, None, text, q_start, m.end(), kind, unit="units"))
    return found
