"""Claim engine: what a sentence only recalls, and what is tense rather than a hedge.

- a past month opening a sentence after a bare "In" dates all of it with or without a comma
  ("In February the company announced ...", in an April piece; 2月艾克美宣布), while the month
  just ended stays the news of a weekly note;
- a loose period begun well before publication before a telling (年初表示, "said early this
  year that") dates what was told; a period begun lately does not;
- a plan told to the market in the present perfect ("has told the City it will", 已向投资者表示
  将) is the plan on record, a mention; a fresh day, another audience or a simple past is news;
- "said its <long subject> would" is tense as "said it would" is (表示……将 always was); another
  subject's "would", or one in a condition, still hedges;
- a headline label naming no source ("Second time lucky:", "FLASH:", "Acme statement:", 工会声明：)
  attributes nothing; an outlet, a name or a person by office still does.
Each judged by a rule of the test's own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.claimkit import judged, rule_under_test, stance_of
from watch.claims.rules import ClaimRule
from watch.models import Stance


def _raise() -> ClaimRule:
    """Acme raises about EUR 1.5bn through a capital increase."""
    return rule_under_test(
        id="acme-raise",
        made="2026-02-12",
        subject={"acme": ["Acme", "艾克美"], "issue": ["capital increase", "配股", "增资"]},
        window=1,
        confirms=["completed"],
        amount={
            "currency": "EUR",
            "near": ["capital increase", "配股", "募资"],
            "confirms": ["1.3B", "1.7B"],
            "contradicts": [[None, "1B"], ["2B", None]],
        },
    )


APRIL_15 = dt.date(2026, 4, 15)


@pytest.mark.parametrize(
    "text",
    [
        "In February Acme announced plans for a capital increase of around 1.5 billion euros.",
        "In February, Acme announced plans for a capital increase of around 1.5 billion euros.",
        "Back in February Acme announced plans for a capital increase of about 1.5 billion euros.",
        "2月艾克美宣布计划配股募资约15亿欧元。",
        "2月，艾克美宣布计划配股募资约15亿欧元。",
    ],
)
def test_a_fronted_past_month_dates_its_sentence(text: str) -> None:
    assert stance_of(_raise(), text, APRIL_15) is Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        # the month just ended can be a weekly note's news; no month at all is news
        "In March Acme announced plans for a capital increase of around 1.5 billion euros.",
        "Acme announced plans for a capital increase of around 1.5 billion euros.",
        "4月艾克美宣布计划配股募资约15亿欧元。",
        "艾克美宣布计划配股募资约15亿欧元。",
    ],
)
def test_the_month_just_ended_or_none_stays_news(text: str) -> None:
    assert stance_of(_raise(), text, APRIL_15) is Stance.CONFIRMS


def _capacity() -> ClaimRule:
    """Acme's Huizhou base reaches 60 GW of capacity by the end of 2026."""
    return rule_under_test(
        id="acme-capacity",
        made="2026-01-15",
        subject={"acme": ["Acme", "艾克美"], "base": ["Huizhou", "惠州"]},
        window=1,
        confirms=["<on-track>"],
        amount={
            "unit": "gigawatts",
            "near": ["capacity", "产能"],
            "confirms": [57, 63],
            "contradicts": [[None, 52]],
        },
        when={"confirms": ["2026-01-15", "2026-12-31"], "near": ["capacity", "产能"]},
    )


MARCH_30 = dt.date(2026, 3, 30)


@pytest.mark.parametrize(
    "text",
    [
        "艾克美年初表示其惠州基地年底产能将达到60GWh。",
        "艾克美年初表示，其惠州基地年底产能将达到60GWh。",
        "Acme said early this year that its Huizhou base would reach capacity of 60 GW by the "
        "end of the year.",
    ],
)
def test_a_telling_early_in_the_year_is_recalled(text: str) -> None:
    assert stance_of(_capacity(), text, MARCH_30) is Stance.MENTIONS


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("艾克美表示其惠州基地年底产能将达到60GWh。", MARCH_30),
        # a period begun lately can still be the news
        ("艾克美年初表示其惠州基地年底产能将达到60GWh。", dt.date(2026, 2, 10)),
        (
            "Acme said its Huizhou base would reach capacity of 60 GW by the end of the year.",
            MARCH_30,
        ),
    ],
)
def test_a_telling_undated_or_recent_stays_news(text: str, published: dt.date) -> None:
    assert stance_of(_capacity(), text, published) is Stance.CONFIRMS


def _seats() -> ClaimRule:
    """Acme puts around 110 million seats on sale this financial year."""
    return rule_under_test(
        id="acme-seats",
        made="2026-01-22",
        subject={"acme": ["Acme", "艾克美"], "seats": ["seats", "座位"]},
        window=1,
        confirms=["around 110 million", "约1.1亿"],
    )


MARCH_24 = dt.date(2026, 3, 24)  # a Tuesday


@pytest.mark.parametrize(
    "text",
    [
        "Acme has told the City it will put around 110 million seats in the air this year.",
        "Acme has told investors it expects to sell around 110 million seats this year.",
        "Acme has already told shareholders it will put around 110 million seats on sale.",
        "艾克美已向投资者表示，本财年将投放约1.1亿个座位。",
    ],
)
def test_a_plan_told_to_the_market_before_is_a_recall(text: str) -> None:
    assert stance_of(_seats(), text, MARCH_24) is Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "Acme has told the City today it will put around 110 million seats in the air.",
        "Acme has told suppliers it will put around 110 million seats in the air this year.",
        "Acme told the City it will put around 110 million seats in the air this year.",
        "艾克美今日向投资者表示，本财年将投放约1.1亿个座位。",
    ],
)
def test_a_fresh_telling_stays_news(text: str) -> None:
    assert stance_of(_seats(), text, MARCH_24) is Stance.CONFIRMS


def _tonnes() -> ClaimRule:
    """Acme's Tía María project will have capacity of 120,000 tonnes a year."""
    return rule_under_test(
        id="acme-tia",
        made="2026-01-29",
        subject={"acme": ["Acme", "艾克美"], "project": ["Tía María"]},
        amount={
            "unit": "tonnes",
            "near": ["capacity", "产能"],
            "confirms": [114000, 126000],
            "contradicts": [[None, 110000], [130000, None]],
        },
    )


JAN_29 = dt.date(2026, 1, 29)


@pytest.mark.parametrize(
    "text",
    [
        "Acme also said its Tía María project in Peru's Arequipa region would have a design "
        "capacity of 120,000 tonnes of copper cathode per year.",
        "Acme said its Tía María project would have a capacity of 120,000 tonnes a year.",
        "艾克美表示，其位于秘鲁阿雷基帕大区的Tía María项目设计产能将为每年12万吨铜阴极。",
    ],
)
def test_said_its_long_subject_would_is_tense(text: str) -> None:
    assert stance_of(_tonnes(), text, JAN_29) is Stance.CONFIRMS


@pytest.mark.parametrize(
    "text",
    [
        "Acme said if the Tía María project in Peru's Arequipa region gets its permit it would "
        "have a design capacity of 120,000 tonnes of copper cathode per year.",
        "Acme said the full effect of the Tía María project in Peru's Arequipa region would be "
        "a capacity of 120,000 tonnes of copper cathode per year.",
        "艾克美表示，其位于秘鲁阿雷基帕大区的Tía María项目设计产能或为每年12万吨铜阴极。",
    ],
)
def test_a_condition_or_another_subject_still_hedges(text: str) -> None:
    assert stance_of(_tonnes(), text, JAN_29) is Stance.MENTIONS


def _sourced(title: str) -> bool:
    body = "Acme put around 110 million seats on sale this year, the most in its history."
    reasons = judged(_seats(), body, title=title, published=MARCH_24).reasons
    return any("attributed in the headline or lead" in r for r in reasons)


@pytest.mark.parametrize(
    "title",
    [
        "Second time lucky: Acme sells its seats",
        "FLASH: Acme sells its seats",
        "Acme statement: record seat sales",
        "Deal watch: Acme sells its seats",
        "工会声明：艾克美座位销售创纪录",
        "突发：艾克美座位销售创纪录",
    ],
)
def test_a_label_naming_no_source_attributes_nothing(title: str) -> None:
    assert not _sourced(title)


@pytest.mark.parametrize(
    "title",
    [
        "Reuters: Acme sells its seats",
        "IG Metall: Acme sells its seats",
        "Szeged mayor: Acme sells its seats",
        "路透：艾克美座位销售创纪录",
    ],
)
def test_an_outlet_a_name_or_an_office_still_attributes(title: str) -> None:
    assert _sourced(title)
