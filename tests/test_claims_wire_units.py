"""Wire-caps money scales ("$10 BLN", "EUR 500 MLN", "$1.4 TRLN") and the two readings that had
to be right before they could be read: a press report's saying is no fresh statement of a
figure (`reported_by`) unless the report is the day's news, nor is a saying that describes the
figure ("the $600 billion ... its chief executive outlined"); and a negation of sufficiency ("not
... enough to support", 不足以支撑) leaves the figure it measures standing. Judged by rules of
the test's own, in English and Chinese (traditional where the script differs)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.claimkit import judged
from watch.claims.quantities import find_quantities
from watch.claims.rules import ClaimRule
from watch.claims.text import normalise
from watch.models import Stance
from watch.validate import parse

JUNE = dt.date(2026, 6, 15)


def _rule(**extra: Any) -> ClaimRule:
    data: dict[str, Any] = {
        "id": "acme-compute",
        "statement": "Acme carries about $1.4 trillion of compute commitments",
        "made": "2026-01-01",
        "subject": {
            "acme": ["Acme", "艾克美"],
            "compute": ["compute", "commitments", "算力", "承诺"],
        },
        "amount": [
            {
                "near": ["commitments", "spending", "承诺", "算力"],
                "confirms": [["1.2T", "1.6T"]],
                "contradicts": [["300B", "1.05T"]],
            }
        ],
    }
    data.update(extra)
    return parse(ClaimRule, data)


SAID = _rule(reported_by=["<statement>", "filing"])
PLAIN = _rule()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$10 BLN", 10e9),
        ("EUR 500 MLN", 500e6),
        ("$1.4 TRLN", 1.4e12),
        ("US$600bln", 600e9),
    ],
)
def test_wire_caps_scales_are_read(text: str, value: float) -> None:
    (q,) = find_quantities(normalise(text))
    assert q.low == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "Acme's chief concern is about $600 BLN in compute commitments, the report said.",
        "Acme carries some $600 billion of compute commitments, according to the report.",
        "报道称，艾克美的算力承诺约6000亿美元。",
        "據報道，艾克美的算力承諾約6000億美元。",
        # a saying that describes the figure tells it as said before
        "Revenue may not grow fast enough to support the $600 billion in compute commitments "
        "Acme's chief executive outlined.",
    ],
)
def test_a_reports_saying_is_no_fresh_statement(text: str) -> None:
    assert judged(SAID, text, published=JUNE).stance is Stance.MENTIONS


@pytest.mark.parametrize(
    "text",
    [
        "Acme said on Monday it carries about $600 BLN in compute commitments.",
        "A report on Monday said Acme carries about $600 billion of compute commitments.",
        "艾克美周一表示，其算力承诺约6000亿美元。",
    ],
)
def test_a_fresh_statement_or_a_report_of_the_day_still_counts(text: str) -> None:
    assert judged(SAID, text, published=JUNE).stance is Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    [
        "Acme's revenue does not grow fast enough to support its $600 billion of compute "
        "commitments.",
        "艾克美的营收不足以支撑其约6000亿美元的算力承诺。",
        "艾克美的營收不足以支撐其約6000億美元的算力承諾。",
    ],
)
def test_a_negated_sufficiency_leaves_the_figure_standing(text: str) -> None:
    assert judged(PLAIN, text, published=JUNE).stance is Stance.CONTRADICTS


@pytest.mark.parametrize(
    "text",
    [
        "Acme does not have $600 billion of compute commitments.",
        "艾克美并没有约6000亿美元的算力承诺。",
    ],
)
def test_a_negated_figure_stays_negated(text: str) -> None:
    assert judged(PLAIN, text, published=JUNE).stance is Stance.MENTIONS
