"""How a sentence's context changes a cue, round two (the table tests/claims_context_cases.yaml):
the earlier plan as the baseline of a change or the noun a background word modifies, a target
date only wished for or doubted, talks told in the passive or as the subject of a stall, a cue
inside a report or rumour that is answered, a choice in the description of a thing that does not
ship, Hong Kong Cantonese negation, "the original deal" and a fronted "months ago,", the scene
after a round, a cancelling verb's object. Judged against the fixed test claims
(tests/data/claims.yaml), in English and Chinese."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from watch.claims.engine import Matcher
from watch.config import load_settings
from watch.models import Document, Stance

ROOT = Path(__file__).resolve().parent.parent
CASES: list[dict[str, Any]] = yaml.safe_load(
    (ROOT / "tests" / "claims_context_cases.yaml").read_text(encoding="utf-8")
)
ALERT = 0.6


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_settings(ROOT / "tests" / "data" / "claims.yaml").claims)


def _outcome(verdicts: dict[str, Any], claim: str) -> str:
    verdict = verdicts.get(claim)
    if verdict is None:
        return "none"
    if verdict.stance != Stance.MENTIONS and verdict.confidence >= ALERT:
        return str(verdict.stance)
    return "mentions"


def test_the_table_holds_both_languages() -> None:
    """Every kind is written in English and in Chinese (the guards aside)."""
    assert any(c["text"].isascii() for c in CASES)
    assert sum(not c["text"].isascii() for c in CASES) >= len(CASES) // 2


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_context_reading(matcher: Matcher, case: dict[str, Any]) -> None:
    doc = Document(case["text"], dt.date(2026, 3, 1), "")
    verdicts = {v.claim_id: v for v in matcher.judge(doc)}
    for claim, expected in case["expect"].items():
        reasons = verdicts[claim].reasons if claim in verdicts else ()
        assert _outcome(verdicts, claim) == expected, f"{claim}: {reasons}"
