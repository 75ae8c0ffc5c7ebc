"""The data-driven table tests/claims_cases.yaml: amounts, dates and whole sentences judged
against the claims shipped in rules.yaml."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from watch.claims.dates import find_dates
from watch.claims.engine import Matcher
from watch.claims.quantities import find_quantities
from watch.claims.text import normalise
from watch.config import load_settings
from watch.models import Document, Stance

ROOT = Path(__file__).resolve().parent.parent
CASES: dict[str, list[dict[str, Any]]] = yaml.safe_load(
    (ROOT / "tests" / "claims_cases.yaml").read_text(encoding="utf-8")
)
ALERT = 0.6


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_settings(ROOT / "rules.yaml").claims)


def _ids(kind: str) -> list[str]:
    return [case["id"] for case in CASES[kind]]


@pytest.mark.parametrize("case", CASES["amounts"], ids=_ids("amounts"))
def test_amount(case: dict[str, Any]) -> None:
    found = find_quantities(normalise(case["text"]))
    if case.get("none"):
        assert found == []
        return
    assert found, f"no amount in {case['text']!r}"
    q = found[0]
    assert (q.low, q.high) == pytest.approx((float(case["low"]), float(case["high"])))
    assert q.currency == case["currency"]


@pytest.mark.parametrize("case", CASES["dates"], ids=_ids("dates"))
def test_date(case: dict[str, Any]) -> None:
    found = find_dates(normalise(case["text"]), case["published"])
    if case.get("none"):
        assert found == []
        return
    assert found, f"no date in {case['text']!r}"
    assert (found[0].first, found[0].last) == (case["first"], case["last"])


def _outcome(verdicts: dict[str, Any], claim: str) -> str:
    verdict = verdicts.get(claim)
    if verdict is None:
        return "none"
    if verdict.stance != Stance.MENTIONS and verdict.confidence >= ALERT:
        return str(verdict.stance)
    return "mentions"


@pytest.mark.parametrize("case", CASES["engine"], ids=_ids("engine"))
def test_engine(case: dict[str, Any], matcher: Matcher) -> None:
    published = case.get("published", dt.date(2026, 3, 1))
    doc = Document(case["text"], published, case.get("title", ""))
    verdicts = {v.claim_id: v for v in matcher.judge(doc)}
    for claim, expected in case["expect"].items():
        got = _outcome(verdicts, claim)
        reasons = verdicts[claim].reasons if claim in verdicts else ()
        assert got == expected, f"{claim}: expected {expected}, got {got}; reasons: {reasons}"
        for evidence in verdicts[claim].evidence if claim in verdicts else ():
            assert doc.text[evidence.start : evidence.end] == evidence.text
