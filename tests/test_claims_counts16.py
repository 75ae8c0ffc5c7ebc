"""A count of records, accounts or customers that a breach or leak reached is the size of the
event (`incidents`): `unit: records` reads it in either language, a `users` rule reads it as
no customer base (so a larger figure contradicts), and tonnes of CO2 equivalent written as a
symbol (MtCO2e) are tonnes. The near misses: a customer base with no incident word stays a base
told as now, the staff who leaked the data are no count of it, and a bare 条 counts nothing."""

from __future__ import annotations

from typing import Any

from tests.claimkit import rule_under_test, stance_of
from watch.claims.measures import find_measures, unit_of
from watch.claims.text import normalise
from watch.models import Stance


def _rule(unit: str, **extra: Any) -> Any:
    return rule_under_test(
        id="globex-leak",
        statement="Globex says a leak exposed about 2.5 million customer records.",
        subject={
            "globex": ["Globex", "吉乐博"],
            "leak": ["leak", "breach", "hack", "泄露", "外泄"],
        },
        confirms=[],
        amount={
            "unit": unit,
            "confirms": [2300000, 2700000],
            "contradicts": [[None, 1800000], [3200000, None]],
            **extra,
        },
    )


USERS = _rule("users")
PEOPLE = _rule("people")


def test_records_counted_in_english_forms() -> None:
    cases = {
        "Globex said the leak exposed data belonging to roughly 2.6 million subscribers.": 2.6e6,
        "The Globex hack reached the files of about 5 million of the insurer's customers.": 5e6,
        "Globex confirmed that 2.4 million patient records were stolen in the breach.": 2.4e6,
        "Globex said about 2.5 million clients' records leaked in the breach.": 2.5e6,
        "The Globex leak exposed 2.6 million entries.": 2.6e6,
        "The Globex breach involved 2.5 million data subjects.": 2.5e6,
    }
    for text, value in cases.items():
        found = [q for q in find_measures(normalise(text)) if q.unit == "records"]
        assert [q.low for q in found] == [value], text


def test_records_counted_in_chinese_forms() -> None:
    cases = {
        "吉乐博泄露的客户资料约250万条。": 2.5e6,
        "吉乐博外泄逾500万笔个人资料。": 5e6,
        "吉樂博被盜260萬條記錄。": 2.6e6,
        "吉乐博遭黑客入侵，泄露订单数据300余万条。": 3e6,
    }
    for text, value in cases.items():
        found = [q for q in find_measures(normalise(text)) if q.unit == "records"]
        assert [q.low for q in found] == [value], text


def test_a_records_rule_confirms_and_contradicts() -> None:
    assert (
        stance_of(
            _rule("records"), "Globex said 2.5 million customer records were exposed in the leak."
        )
        is Stance.CONFIRMS
    )
    assert (
        stance_of(
            _rule("records"), "Regulators say the Globex breach affected 4.1 million customers."
        )
        is Stance.CONTRADICTS
    )
    assert (
        stance_of(_rule("records"), "吉乐博承认，数据泄露受影响的账户约410万个，远超此前披露。")
        is Stance.CONTRADICTS
    )
    assert stance_of(_rule("records"), "吉乐博数据泄露事件涉及用户约250万。") is Stance.CONFIRMS
    assert stance_of(_rule("records"), "吉樂博外洩的客戶資料達410萬筆。") is Stance.CONTRADICTS


def test_a_users_or_people_rule_reads_an_incident_count_as_a_size() -> None:
    # before: a customer count told as now never contradicted, and records were no customers
    assert (
        stance_of(
            USERS, "The Globex breach exposed 4.1 million customer accounts, a regulator said."
        )
        is Stance.CONTRADICTS
    )
    assert (
        stance_of(
            USERS,
            "Globex said records relating to approximately 4.1 million customers were accessed"
            " in the hack.",
        )
        is Stance.CONTRADICTS
    )
    assert stance_of(USERS, "吉乐博承认泄露受影响户口约410万。") is Stance.CONTRADICTS
    assert (
        stance_of(PEOPLE, "Globex said 2.5 million customer records were exposed in the leak.")
        is Stance.CONFIRMS
    )


def test_near_misses_stay_as_they_were() -> None:
    # a customer base told as now, no incident word governing it: never contradicts
    assert (
        stance_of(
            USERS, "Globex, which serves 4.1 million customers, disclosed a breach on Monday."
        )
        is not Stance.CONTRADICTS
    )
    # the staff who leaked the data are no count of what leaked
    assert (
        stance_of(_rule("records"), "吉乐博称，两名员工涉嫌泄露数据，已被警方拘留。")
        is not Stance.CONTRADICTS
    )
    assert (
        stance_of(
            _rule("records"),
            "Globex said two employees accessed the data without authorisation in the breach.",
        )
        is not Stance.CONTRADICTS
    )
    # a bare 条 is a count of anything: measures, rules
    assert not [
        q
        for q in find_measures(normalise("吉乐博就泄露事件发布了5条整改措施。"))
        if q.unit == "records"
    ]


def test_tonnes_of_co2_equivalent_written_as_a_symbol() -> None:
    cases = {
        "Scope 1 and 2 emissions came to 3.1 MtCO2e in 2025.": 3.1e6,
        "emissions of 3.1 Mt CO2e": 3.1e6,
        "a saving of 450,000 tCO2e": 4.5e5,
        "some 820 ktCO2e a year": 8.2e5,
        "排放量约为310万吨二氧化碳当量": 3.1e6,
    }
    for text, value in cases.items():
        found = [q for q in find_measures(normalise(text)) if q.unit == "tonnes"]
        assert [q.low for q in found] == [value], text
    assert unit_of("MtCO2e") == "tonnes"
    assert unit_of("条记录") == "records"
