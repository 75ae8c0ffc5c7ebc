"""The claim engine's speed gates against the regexes they guard.

Many readings run a cheap pre-test (a substring or a trigger regex, the "gate") before a costly
regex, and skip it when the gate fails. A gate whose needles miss a form the guarded regex can
match silently drops that reading on that form. Each case here enumerates the strings the
guarded regex can match (every branch of its alternations, repeats at their least counts and one
more, character classes filled with a character that is in no needle, positive look-arounds
written out) and asserts that each string the regex really matches passes the gate.

Where the parse tree is too large to enumerate, it is sampled (seeded). Whitespace (`\\s`) is
filled with a plain space, the form normalised prose has.

A gap found is fixed in the gate, not recorded here: the five this file found when it was written
(percent, 夏天, 星期, till) were.
"""

from __future__ import annotations

import functools
import itertools
import random
import re
from collections.abc import Callable, Iterable
from datetime import date
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

import pytest

from watch.claims import (
    certainty,
    comparisons,
    dates,
    headcount,
    incidents,
    named_lateness,
    negation,
    noun_first,
    owners,
    pointers,
    recalled,
    secondhand,
    sentence_items,
    speakers,
    story,
)
from watch.claims.segment import Segment

# --- enumerating a regex ----------------------------------------------------------------------

_CAP = 20000  # strings per node before falling back to sampling
_SAMPLES = 3000
_PREFER = "ж丁~qzjxkv059 " + "".join(chr(c) for c in range(33, 127)) + "\n一甲乙"


class _TooBig(Exception):
    pass


def _in_class(ch: str, items: list) -> bool:
    negate = False
    hit = False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit = hit or ord(ch) == av
        elif op is C.RANGE:
            hit = hit or av[0] <= ord(ch) <= av[1]
        elif op is C.CATEGORY:
            name = str(av).lower()
            test = {
                "digit": ch.isdigit(),
                "space": ch.isspace(),
                "word": ch.isalnum() or ch == "_",
            }
            for key, val in test.items():
                if key in name:
                    hit = hit or (not val if "not_" in name else val)
    return hit != negate


_FILLS: dict[tuple[str, frozenset[str]], str] = {}


def _fill(items: list, avoid: frozenset[str]) -> str:
    """A character of the class, preferring one in no needle (so a fill cannot make a needle)."""
    key = (repr(items), avoid)
    if key not in _FILLS:
        _FILLS[key] = _fill_new(items, avoid)
    return _FILLS[key]


def _fill_new(items: list, avoid: frozenset[str]) -> str:
    first = None
    for ch in _PREFER:
        if _in_class(ch, items):
            if ch == " " or ch not in avoid:  # whitespace: the plain space of normalised prose
                return ch
            first = first or ch
    if first is not None:
        return first
    for op, av in items:
        if op is C.LITERAL:
            return chr(av)
        if op is C.RANGE:
            return chr(av[0])
    raise AssertionError(f"no fill for class {items}")


def _counts(lo: int, hi: int) -> list[int]:
    out = [lo]
    if hi > lo:
        out.append(lo + 1)
    return out


def _enum(seq: Iterable, avoid: frozenset[str]) -> list[str]:
    """Every string of the parsed sequence (within the rules in the module docstring)."""
    parts: list[list[str]] = [_enum_node(op, av, avoid) for op, av in seq]
    total = 1
    for p in parts:
        total *= max(1, len(p))
        if total > _CAP:
            raise _TooBig
    return ["".join(t) for t in itertools.product(*parts)]


def _enum_node(op, av, avoid: frozenset[str]) -> list[str]:
    if op is C.LITERAL:
        return [chr(av)]
    if op is C.NOT_LITERAL:
        return [_fill([(C.NEGATE, None), (C.LITERAL, av)], avoid)]
    if op is C.ANY:
        return [_fill([(C.NEGATE, None), (C.LITERAL, 10)], avoid)]
    if op is C.IN:
        return [_fill(av, avoid)]
    if op is C.BRANCH:
        out: list[str] = []
        for branch in av[1]:
            out.extend(_enum(branch, avoid))
            if len(out) > _CAP:
                raise _TooBig
        return out
    if op is C.SUBPATTERN:
        return _enum(av[3], avoid)
    if op is C.ATOMIC_GROUP:
        return _enum(av, avoid)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        body = _enum(sub, avoid)
        out = []
        for n in _counts(lo, hi):
            for combo in itertools.product(body, repeat=n):
                out.append("".join(combo))
                if len(out) > _CAP:
                    raise _TooBig
        return out
    if op is C.ASSERT:  # a positive look-around: written out, or left to what stands beside it
        return ["", *_enum(av[1], avoid)]
    if op in (C.ASSERT_NOT, C.AT):
        return [""]
    raise _TooBig  # back-references and the like: sample instead


def _size(seq: Iterable) -> int:
    """How many strings `_enum` makes of the sequence (without making them)."""
    total = 1
    for op, av in seq:
        if op is C.BRANCH:
            n = sum(_size(b) for b in av[1])
        elif op is C.SUBPATTERN:
            n = _size(av[3])
        elif op is C.ATOMIC_GROUP:
            n = _size(av)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            body = _size(av[2])
            n = sum(body**k for k in _counts(av[0], av[1]))
        elif op is C.ASSERT:
            n = 1 + _size(av[1])
        else:
            n = 1
        total *= n
        if total > _CAP:
            return total
    return total


def _sample(seq: Iterable, avoid: frozenset[str], rng: random.Random) -> str:
    out = []
    for op, av in seq:
        if op is C.BRANCH:
            out.append(_sample(rng.choice(av[1]), avoid, rng))
        elif op is C.SUBPATTERN:
            out.append(_sample(av[3], avoid, rng))
        elif op is C.ATOMIC_GROUP:
            out.append(_sample(av, avoid, rng))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            n = rng.choice(_counts(lo, hi))
            out.append("".join(_sample(sub, avoid, rng) for _ in range(n)))
        elif op is C.ASSERT:
            out.append(_sample(av[1], avoid, rng) if rng.random() < 0.5 else "")
        elif op in (C.ASSERT_NOT, C.AT, C.GROUPREF):
            continue
        else:
            out.append(_enum_node(op, av, avoid)[0])
    return "".join(out)


@functools.cache
def forms(pattern: re.Pattern[str], avoid: frozenset[str] = frozenset()) -> list[str]:
    """The strings `pattern` matches (as enumerated or sampled) that it really does match."""
    tree = P.parse(pattern.pattern, pattern.flags)
    try:
        if _size(tree) > _CAP:
            raise _TooBig
        found = _enum(tree, avoid)
    except _TooBig:
        rng = random.Random(14)
        found = [_sample(tree, avoid, rng) for _ in range(_SAMPLES)]
    return sorted({s for s in found if pattern.search(s)})


# --- the gates ---------------------------------------------------------------------------------


def _words(needles: Iterable[str]) -> Callable[[str], bool]:
    words = tuple(needles)
    return lambda text: any(w in text for w in words)


def _trigger(rx: re.Pattern[str]) -> Callable[[str], bool]:
    return lambda text: rx.search(text) is not None


def _officers(text: str) -> bool:
    return bool(speakers.officers(Segment(text, text, False)))


def _party(text: str) -> bool:
    return bool(story._party_matches(text, 0, len(text)))


_cmp = comparisons
_sh = secondhand

# Not here: recalled.appositive_recap's `"," not in norm` (inline; `_PLAN_APPOSITIVE` holds a
# literal comma, and the function needs an item and markers to show anything), the subject pass
# in engine.Matcher (not a regex gate), and filters that are no speed gates (change_by's 幅,
# listings' 上市, own_filing's 公司 before `_OWN`, which holds 公司 in every branch).
# (module, gate, guarded regex name): the gate's test, its needles (chars a fill avoids), regex
GATES: list[tuple[str, str, str, Callable[[str], bool], tuple[str, ...], re.Pattern[str]]] = [
    (
        "pointers",
        "_DEMONSTRATIVES",
        "_DESCRIBED",
        _words(pointers._DEMONSTRATIVES),
        pointers._DEMONSTRATIVES,
        pointers._DESCRIBED,
    ),
    (
        "certainty",
        "_UNCLEAR_WORDS",
        "_UNCLEAR",
        _words(certainty._UNCLEAR_WORDS),
        certainty._UNCLEAR_WORDS,
        certainty._UNCLEAR,
    ),
    (
        "noun_first",
        "_CUT_WORDS",
        "headcount.CUT_COUNT_EN",
        _words(noun_first._CUT_WORDS),
        noun_first._CUT_WORDS,
        headcount.CUT_COUNT_EN,
    ),
    (
        "incidents",
        "_RECORD_NOUNS",
        "_RECORDS_OF",
        _words(incidents._RECORD_NOUNS),
        incidents._RECORD_NOUNS,
        incidents._RECORDS_OF,
    ),
    (
        "incidents",
        "_ZH_COUNT_WORDS",
        "_ZH_COUNT",
        _words(incidents._ZH_COUNT_WORDS),
        incidents._ZH_COUNT_WORDS,
        incidents._ZH_COUNT,
    ),
    (
        "incidents",
        "_ZH_NOUN_WORDS",
        "_ZH_NOUN_FIRST",
        _words(incidents._ZH_NOUN_WORDS),
        incidents._ZH_NOUN_WORDS,
        incidents._ZH_NOUN_FIRST,
    ),
    (
        "negation",
        "_RUMOUR_WORDS",
        "_ZH_RUMOUR_LEAD",
        _words(negation._RUMOUR_WORDS),
        negation._RUMOUR_WORDS,
        negation._ZH_RUMOUR_LEAD,
    ),
    (
        "negation",
        "_SUGGESTIONS",
        "_WAVED_AWAY",
        _words(negation._SUGGESTIONS),
        negation._SUGGESTIONS,
        negation._WAVED_AWAY,
    ),
    (
        "owners",
        "_BEFORE_WORDS",
        "_PARENT_BEFORE",
        _words(owners._BEFORE_WORDS),
        owners._BEFORE_WORDS,
        owners._PARENT_BEFORE,
    ),
    (
        "owners",
        "_ANY_PARENT",
        "_PARENT_BEFORE",
        _trigger(owners._ANY_PARENT),
        (),
        owners._PARENT_BEFORE,
    ),
    (
        "owners",
        "_ANY_PARENT",
        "_PARENT_AFTER",
        _trigger(owners._ANY_PARENT),
        (),
        owners._PARENT_AFTER,
    ),
    ("owners", "_ANY_PARENT", "_HELD_BY", _trigger(owners._ANY_PARENT), (), owners._HELD_BY),
    (
        "recalled",
        "_RECENT",
        "_AFTER_RECENT",
        _words(recalled._RECENT),
        recalled._RECENT,
        recalled._AFTER_RECENT,
    ),
    (
        "secondhand",
        "_REPORT_WORDS",
        "_DATED_REPORT",
        _words(_sh._REPORT_WORDS),
        _sh._REPORT_WORDS,
        _sh._DATED_REPORT,
    ),
    ("secondhand", "_VIEW_WORDS", "_VIEW", _words(_sh._VIEW_WORDS), _sh._VIEW_WORDS, _sh._VIEW),
    (
        "secondhand",
        "_HOLDER_WORDS",
        "_QUOTED_VIEW",
        _words(_sh._HOLDER_WORDS),
        _sh._HOLDER_WORDS,
        _sh._QUOTED_VIEW,
    ),
    (
        "secondhand",
        "_WORDS_OF[_WRITER]",
        "_WRITER",
        _words(_sh._WORDS_OF[_sh._WRITER]),
        _sh._WORDS_OF[_sh._WRITER],
        _sh._WRITER,
    ),
    (
        "secondhand",
        "_WORDS_OF[_FIRST_PERSON]",
        "_FIRST_PERSON",
        _words(_sh._WORDS_OF[_sh._FIRST_PERSON]),
        _sh._WORDS_OF[_sh._FIRST_PERSON],
        _sh._FIRST_PERSON,
    ),
    (
        "comparisons",
        "_BASELINE_TRIGGERS",
        "_BASELINE_EN",
        _words(_cmp._BASELINE_TRIGGERS),
        _cmp._BASELINE_TRIGGERS,
        _cmp._BASELINE_EN,
    ),
    (
        "comparisons",
        "_BASELINE_TRIGGERS",
        "_BASELINE_ZH",
        _words(_cmp._BASELINE_TRIGGERS),
        _cmp._BASELINE_TRIGGERS,
        _cmp._BASELINE_ZH,
    ),
    (
        "comparisons",
        "_TRIGGERS",
        "_PERCENT_OFF",
        _words(_cmp._TRIGGERS),
        _cmp._TRIGGERS,
        _cmp._PERCENT_OFF,
    ),
    (
        "comparisons",
        "_TRIGGERS",
        "_PERCENT_OFF_ZH",
        _words(_cmp._TRIGGERS),
        _cmp._TRIGGERS,
        _cmp._PERCENT_OFF_ZH,
    ),
    (
        "comparisons",
        "_TRIGGERS",
        "_PERCENT_CHANGE",
        _words(_cmp._TRIGGERS),
        _cmp._TRIGGERS,
        _cmp._PERCENT_CHANGE,
    ),
    ("comparisons", "_TRIGGERS", "_HALF_ZH", _words(_cmp._TRIGGERS), _cmp._TRIGGERS, _cmp._HALF_ZH),
    ("comparisons", "_TRIGGERS", "_COMPARE", _words(_cmp._TRIGGERS), _cmp._TRIGGERS, _cmp._COMPARE),
    (
        "comparisons",
        "_APPOSED_TRIGGERS",
        "_APPOSED_WORD",
        _words(_cmp._APPOSED_TRIGGERS),
        _cmp._APPOSED_TRIGGERS,
        _cmp._APPOSED_WORD,
    ),
    # (gates written inline: the case calls the function that holds the gate and its reading)
    (
        "speakers",
        "officers() title words",
        "_TITLE_ZH",
        _officers,
        ("董", "总", "执行长", "首席", "财务", "发言人", "营运长"),
        speakers._TITLE_ZH,
    ),
    (
        "story",
        "_party_matches management words",
        "_MANAGEMENT",
        _party,
        ("management", "管理层", "资方"),
        story._MANAGEMENT,
    ),
    (
        "story",
        "_party_matches 该/这家/本",
        "_PARTY_THIS",
        _party,
        ("该", "这家", "本"),
        story._PARTY_THIS,
    ),
    (
        "story",
        "_party_matches 公司/集团",
        "_PARTY_BARE",
        _party,
        ("公司", "集团"),
        story._PARTY_BARE,
    ),
    (
        "sentence_items",
        "_may_bound",
        "named_lateness._NO_UNTIL",
        lambda t: sentence_items._may_bound(t, 0, len(t)),
        ("til", "前"),
        named_lateness._NO_UNTIL,
    ),
]

# dates: `find_dates` skips a sentence that `_ANY` misses, and each pattern its trigger misses.
for _i, ((_trig, _pat), _handler) in enumerate(dates._PATTERNS):
    _name = f"_PATTERNS[{_i}] ({_handler.__name__})"
    GATES.append(("dates", "_ANY", _name, _trigger(dates._ANY), (), _pat))
    GATES.append(("dates", f"trigger {_trig.pattern!r}", _name, _trigger(_trig), (), _pat))


def _ids(g) -> str:
    return f"{g[0]}.{g[1]}->{g[2]}"


@pytest.mark.parametrize("gate", GATES, ids=[_ids(g) for g in GATES])
def test_gate_passes_every_form_its_regex_matches(gate) -> None:
    module, name, regex_name, passes, needles, pattern = gate
    avoid = frozenset("".join(needles))
    found = forms(pattern, avoid)
    assert found, f"{module}: no string of {regex_name} could be made to check {name}"
    blocked = [s for s in found if not passes(s)]
    assert not blocked, (
        f"{module}.{name} blocks {len(blocked)} form(s) that {regex_name} matches, e.g. "
        f"{blocked[:5]!r}"
    )


# --- the readings behind the gates: hand-written forms, English and Chinese --------------------

_PUB = date(2026, 5, 1)


def _compares(text: str) -> bool:
    return bool(comparisons.find_comparisons(text))


def _dated(text: str) -> bool:
    return bool(dates.find_dates(text, _PUB))


def _bound(text: str) -> bool:
    return sentence_items._may_bound(text, 0, len(text))


def _parent(text: str) -> bool:
    lead = text[: text.index("<h>")]
    return owners.parents_possible(text) and owners._PARENT_BEFORE.search(lead) is not None


def _cut_count(text: str) -> bool:
    return any(q.unit == "people" for q in noun_first.counts_after_noun(text, 0, len(text)))


# (module.reading, its call, a form it is documented to read): each must fire through its gate
READS: list[tuple[str, Callable[[str], bool], str]] = [
    ("comparisons.find_comparisons", _compares, "it raised 57% less than the $1.4 trillion"),
    ("comparisons.find_comparisons", _compares, "sales were down 5% from $10 billion"),
    ("comparisons.find_comparisons", _compares, "far below the pledged $100 billion"),
    ("comparisons.find_comparisons", _compares, "比1.4万亿美元的承诺少了57%"),
    ("comparisons.find_comparisons", _compares, "不到1000亿美元的一半"),
    ("comparisons.find_comparisons", _compares, "远远低于承诺的1000亿美元"),
    ("dates.find_dates", _dated, "shipments start in q4 2026"),
    ("dates.find_dates", _dated, "the plant opens next summer"),
    ("dates.find_dates", _dated, "公司预计今年夏天推出新品"),
    ("dates.find_dates", _dated, "公司上周宣布"),
    ("dates.find_dates", _dated, "明年第三季度量产"),
    ("sentence_items._may_bound", _bound, "no mi450 until next year"),
    ("sentence_items._may_bound", _bound, "明年之前不会有mi450"),
    ("owners.parent_only", _parent, "acme, a unit of <h>"),
    ("owners.parent_only", _parent, "acme, majority-owned by <h>"),
    ("noun_first.counts_after_noun", _cut_count, "it raised its job cuts to 15,000 this year"),
    (
        "comparisons.find_comparisons",
        _compares,
        "it raised 57 percent less than the $1.4 trillion",
    ),  # a gate gap until 2026-12-07
    (
        "comparisons.find_comparisons",
        _compares,
        "sales were down 5 per cent from $10 billion",
    ),  # a gate gap until 2026-12-07
    ("dates.find_dates", _dated, "公司预计夏天推出新品"),  # a gate gap until 2026-12-07
    ("dates.find_dates", _dated, "公司上星期宣布"),  # a gate gap until 2026-12-07
    ("sentence_items._may_bound", _bound, "no mi450 till next year"),  # a gate gap until 2026-12-07
]
# The gaps above, at the reading: the gate blocks a form the reading handles once let through.


@pytest.mark.parametrize(("reading", "call", "text"), READS, ids=[f"{r[0]}:{r[2]}" for r in READS])
def test_reading_fires_through_its_gate(reading, call, text) -> None:
    assert call(text), f"{reading} does not read {text!r}"
