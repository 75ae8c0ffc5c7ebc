"""Claim engine: counts of aircraft told by the model's own plural or a long model name (the
kind the round-twenty blind users found).

- "40 F-35s", "12 A350s", "30 737s", "eight Boeing 787-9s" are `units` counts: the number
  before the model's plural counts it;
- "forty (40) F-35A Lightning II aircraft", "twenty-four (24) aircraft": a spelled number with
  its digits in brackets, and a model name of up to three words (the first a model token)
  before the vehicle noun;
- Chinese writes the counter before the model (40架F-35) and reads as before.
- a cue that holds the old figure of a change (由现时的600张调整为560张, 從600張減至560張,
  "cut ... from 600 tables to 560") is a mention; a cue over the same words as a cue of the
  same sign that is background (年中由550张增至600张: "增至600" and "600张") is background too.
Guards: the new figure of a change, a figure after a "from" of time, and the same overlapping
cues told as news still confirm; a model number with no count before it ("the 737 MAX",
"its A350s", "Boeing 787s flew"), a year before the model ("in 2019 737s"), and a maker's
long name before a vehicle noun ("35 Boeing 737 MAX jets", left as it was) count nothing new.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.measures import find_measures
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise
from watch.models import Stance

JUNE = dt.date(2026, 6, 10)
DECEMBER = dt.date(2026, 12, 10)


def _fleet_rule() -> ClaimRule:
    return rule_under_test(
        id="norland-jets",
        statement="Norland will buy 20 fighter jets, not the 60 first planned.",
        subject={
            "norland": ["Norland", "诺兰"],
            "jets": ["F-35", "F-35s", "jets", "aircraft", "战机"],
        },
        confirms=["will buy"],
        amount={
            "unit": "units",
            "near": ["F-35s", "F-35", "aircraft", "jets", "buy", "采购"],
            "confirms": [20, 20],
            "contradicts": [[30, 200]],
        },
    )


def _counts(text: str) -> list[tuple[float, str]]:
    return [(q.low, q.unit) for q in find_measures(normalise(text))]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The airline will take 12 A350s next year.", 12),
        ("It flies 30 737s on domestic routes.", 30),
        ("The carrier leases eight Boeing 787-9s.", 8),
        ("The navy wants 14 KC-46As.", 14),
        ("a total of forty (40) F-35A Lightning II aircraft", 40),
        ("adding twenty-four (24) aircraft to the fleet", 24),
        ("The buyer takes 50 F-35A Lightning II aircraft.", 50),
    ],
)
def test_model_plural_and_long_model_name_are_unit_counts(text: str, value: float) -> None:
    assert (value, "units") in _counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The 737 MAX returned to service.",
        "The airline grounded its A350s for checks.",
        "Boeing 787s flew most long-haul routes.",
        "In 2019 737s were grounded worldwide.",
    ],
)
def test_model_number_without_count_counts_nothing(text: str) -> None:
    assert [c for c in _counts(text) if c[1] == "units"] == []


def test_maker_long_name_before_noun_unchanged() -> None:
    # a fleet told with the maker's name: left to the two-word model reading, no count
    assert _counts("The carrier operates 35 Boeing 737 MAX jets.") == []


def test_english_plural_count_contradicts() -> None:
    text = "Norland will buy 45 F-35s, the defence ministry said on Tuesday."
    assert judged(_fleet_rule(), text, published=JUNE).stance is Stance.CONTRADICTS


def test_english_long_model_name_contradicts() -> None:
    text = "Norland will buy a total of forty (40) F-35A Lightning II aircraft, the ministry said."
    assert judged(_fleet_rule(), text, published=JUNE).stance is Stance.CONTRADICTS


def test_chinese_counter_before_model_still_reads() -> None:
    text = "诺兰国防部周二表示，将采购45架F-35战机。"
    assert (45, "units") in _counts(text)
    assert judged(_fleet_rule(), text, published=JUNE).stance is Stance.CONTRADICTS


# --- a cue holding the old figure of a change, and overlapping cues that agree ---


def _quota_rule(cues: list[str]) -> ClaimRule:
    return rule_under_test(
        id="lumo-tables",
        statement="Lumo may run 600 gaming tables.",
        subject={"lumo": ["Lumo", "卢莫", "盧莫"], "tables": ["gaming tables", "赌台", "賭台"]},
        confirms=cues,
    )


@pytest.mark.parametrize(
    "text",
    [
        "周三，监管局将卢莫可经营的赌台数目由现时的600张调整为560张。",
        "週三，監管局將盧莫可經營的賭台數目從600張減至560張。",
        "On Wednesday the regulator cut the number of gaming tables at Lumo from 600 tables"
        " to 560.",
    ],
)
def test_cue_holding_old_figure_is_a_mention(text: str) -> None:
    rule = _quota_rule(["600张", "600張", "600 tables"])
    assert judged(rule, text, published=JUNE).stance is Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "周三，监管局将卢莫可经营的赌台数目由560张调整为600张。",
        "On Wednesday the regulator raised the number of gaming tables at Lumo from 560 to 600"
        " tables.",
        "Lumo will run 600 tables from next month, the gaming tables regulator said on Wednesday.",
    ],
)
def test_new_figure_or_range_still_confirms(text: str) -> None:
    rule = _quota_rule(["600张", "600張", "600 tables"])
    assert judged(rule, text, published=JUNE).stance is Stance.CONFIRMS


def test_overlapping_cue_shares_background() -> None:
    rule = _quota_rule(["600张", "增至600"])
    text = "卢莫赌台数目年中由550张增至600张一事，本周仍是券商关注的变量。"
    assert judged(rule, text, published=DECEMBER).stance is Stance.MENTIONS


def test_overlapping_cue_news_still_confirms() -> None:
    rule = _quota_rule(["600张", "增至600"])
    text = "监管局周三批准，卢莫赌台数目由550张增至600张。"
    assert judged(rule, text, published=DECEMBER).stance is Stance.CONFIRMS


# --- tables counted as units: 张/張/枱 in a clause naming tables, "tables" ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("卢莫获批经营赌台650张。", 650),
        ("盧莫可經營的賭枱數目增至650張。", 650),
        ("Lumo will run 650 gaming tables from January.", 650),
        ("The casino now has 650 tables on its floor.", 650),
    ],
)
def test_tables_are_unit_counts(text: str, value: float) -> None:
    assert (value, "units") in _counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "记者拍下两张照片。",
        "公司主张扩张，市场气氛紧张。",
        "两名张姓男子前往张家口。",
        "The minister tabled 3 motions on Tuesday.",
        "Lumo slipped in the league table this year.",
    ],
)
def test_other_zhang_and_table_words_count_no_units(text: str) -> None:
    assert [c for c in _counts(text) if c[1] == "units"] == []


def test_table_count_contradicts_through_amount() -> None:
    rule = rule_under_test(
        id="lumo-tables-amount",
        statement="Lumo may run 600 gaming tables.",
        subject={"lumo": ["Lumo", "卢莫"], "tables": ["gaming tables", "赌台"]},
        amount={
            "unit": "units",
            "near": ["赌台", "gaming tables"],
            "confirms": [600, 600],
            "contradicts": [[None, 590], [610, None]],
        },
    )
    text = "监管局周三公布，卢莫获批经营的赌台为560张。"
    assert judged(rule, text, published=DECEMBER).stance is Stance.CONTRADICTS
