"""Claim engine: who speaks, where the figure comes from, and how a document is laid out.

- a transcript's speaker label ("Jane Roe, CFO:", 财务总监王五：) makes the line its officer's:
  "we" there (also "we'll", "we'd") is the headline's company, as in the officer's quote;
- a bare dollar that company speaks counts in the rule's own dollar currency (CAD, HKD), where
  the article names no US dollar;
- an analyst's or broker's quoted words after a say verb (券商指出「……」, 'a broker said: "..."')
  are the analyst's view, a figure in them too;
- consecutive `Field: value` lines (a filing, a fact box) are read as one sentence.
Each judged by a rule of the test's own, with the near-misses that must keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.claimkit import judged, rule_under_test
from watch.claims.rules import ClaimRule
from watch.models import Stance


def _buyback(currency: str) -> ClaimRule:
    """Acme buys back at least 5 billion in `currency`; under 4.5 billion contradicts."""
    return rule_under_test(
        id="acme-buyback",
        subject={
            "acme": ["Acme", "艾克美"],
            "buyback": ["buyback", "repurchase", "repurchases", "回购", "回購"],
        },
        window=1,
        confirms=[],
        amount={
            "currency": currency,
            "near": ["buy back", "repurchase", "buyback", "回购", "回購"],
            "confirms": [["5B", None]],
            "contradicts": [[None, "4.5B"]],
        },
    )


_ASKED = "Analyst (Jo Bloggs, Globex Securities): On the buyback, what pace do you see?\n\n"
_ANSWER = "Jane Roe, CFO: Sure. This year we'll repurchase at least five billion dollars.\n"


@pytest.mark.parametrize(
    ("body", "currency", "expected"),
    [
        (_ASKED + _ANSWER, "CAD", Stance.CONFIRMS),
        (_ASKED + _ANSWER.replace("Jane Roe, CFO:", "CFO Jane Roe:"), "CAD", Stance.CONFIRMS),
        # the article names a US dollar elsewhere: the bare one may be it
        (_ASKED + _ANSWER + "\nRevenue was US$2 billion.\n", "CAD", Stance.MENTIONS),
        # another company's officer speaks the line: its "we" is not Acme's
        (_ASKED + _ANSWER.replace("Jane Roe, CFO", "Globex CFO Jane Roe"), "CAD", Stance.MENTIONS),
        # not a label: the officer's line is prose, and "we" stands outside any quote
        (
            _ASKED + "Sure, said Jane Roe, CFO. This year we'll repurchase at least five billion "
            "dollars.\n",
            "CAD",
            Stance.MENTIONS,
        ),
        # a US-dollar rule reads it as before
        (_ASKED + _ANSWER, "USD", Stance.CONFIRMS),
        (
            "分析师（环球证券）：回购的节奏如何？\n\n财务总监王五：我们今年将回购不少于50亿港元。\n",
            "HKD",
            Stance.CONFIRMS,
        ),
        (
            "分析师（环球证券）：回购的节奏如何？\n\n环球财务总监王五：我们今年将回购不少于50亿港元。\n",
            "HKD",
            Stance.MENTIONS,
        ),
    ],
)
def test_transcript_label_speaks_for_the_company(
    body: str, currency: str, expected: Stance
) -> None:
    title = "艾克美业绩会问答" if "王五" in body else "Acme Q1 earnings call: Q&A"
    assert judged(_buyback(currency), body, title=title).stance is expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "券商指出，以艾克美账上现金计，「50亿港元以上的回购不难」，但公司未有表态。",
            Stance.MENTIONS,
        ),
        ('A broker said: "Acme could easily repurchase HK$5 billion or more."', Stance.MENTIONS),
        ('Analysts at Globex said Acme "can repurchase HK$6 billion" this year.', Stance.MENTIONS),
        # the company's own quote, and an unquoted report of what it did, stay its news
        ('Acme said: "we will repurchase HK$6 billion of shares this year."', Stance.CONFIRMS),
        ("艾克美表示，「今年将回购60亿港元股份」。", Stance.CONFIRMS),
    ],
)
def test_quoted_analyst_is_a_view(body: str, expected: Stance) -> None:
    assert judged(_buyback("HKD"), body).stance is expected


def _recall() -> ClaimRule:
    data: dict[str, Any] = {
        "id": "acme-recall",
        "subject": {"acme": ["Acme", "艾克美"], "recall": ["recall", "召回"]},
        "window": 1,
        "confirms": [],
        "amount": {
            "unit": "vehicles",
            "near": ["recall", "召回", "Roadster", "跑车"],
            "confirms": [850000, 950000],
            "contradicts": [[None, 800000]],
        },
    }
    return rule_under_test(**data)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Safety recall report\nManufacturer: Acme Motors\nRoadster recall: 903,412 vehicles\n",
            Stance.CONFIRMS,
        ),
        ("安全召回报告\n制造商：艾克美汽车\n跑车召回数量：903412辆\n", Stance.CONFIRMS),
        # a blank line parts the records: the company and the figure stay apart
        (
            "Safety report\n\nManufacturer: Acme Motors\n\nRoadster recall: 903,412 vehicles\n",
            Stance.MENTIONS,
        ),
        # prose lines are no fields
        (
            "Safety report\nThe maker is Acme Motors. It filed today.\nRoadster recall: 903,412 "
            "vehicles\n",
            Stance.MENTIONS,
        ),
    ],
)
def test_field_lines_are_one_record(body: str, expected: Stance) -> None:
    assert judged(_recall(), body, title="Filing").stance is expected
