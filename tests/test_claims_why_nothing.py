"""`watch match` says why sentences naming every subject group gave no evidence (nu-hk3 kind 5):
no cue of the rule, a `when.near` word with no date read beside it, and a sentence cut at a
line break inside it (a hard-wrapped paragraph). English and Chinese."""

from __future__ import annotations

import datetime as dt

import pytest

from watch.claims.engine import Matcher
from watch.claims.rules import ClaimRule
from watch.models import Document
from watch.validate import parse

RULE = parse(
    ClaimRule,
    {
        "id": "globex-plant",
        "statement": "Globex starts output at its Ohio plant by June",
        "made": "2026-01-01",
        "subject": {"company": ["Globex", "环球公司"], "plant": ["Ohio", "俄州"]},
        "confirms": ["<on-track>"],
        "contradicts": ["<delay>"],
        "when": {"confirms": ["2026-01-01", "2026-06-30"], "near": ["mass production", "量产"]},
    },
)


def _reasons(text: str) -> list[str]:
    (verdict,) = Matcher([RULE]).judge(Document(text, dt.date(2026, 9, 1), title="Markets"))
    return list(verdict.reasons)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Globex said its Ohio plant reached mass production at last.", "mass production"),
        ("环球公司表示，俄州工厂终于实现量产。", "量产"),
    ],
)
def test_a_when_near_word_without_a_date_is_named(text: str, word: str) -> None:
    reasons = _reasons(text)
    assert any(r.startswith("no evidence in 1 sentence naming the subject") for r in reasons)
    assert any(f'a `when.near` word ("{word}") with no date read beside it' in r for r in reasons)


def test_a_sentence_cut_at_a_line_break_is_named() -> None:
    text = "Globex said its Ohio plant\nentered mass production this week."
    assert any("ends at a line break with no full stop" in r for r in _reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        "Globex said its Ohio plant is on track.",  # evidence: no such line
        "Globex said its Ohio plant opened.\nIt hired 200 people.",  # a stop before the break
    ],
)
def test_no_such_line_where_there_is_evidence_or_a_clean_break(text: str) -> None:
    reasons = _reasons(text)
    assert not any("line break with no full stop" in r for r in reasons)
    if "on track" in text:
        assert not any(r.startswith("no evidence in") for r in reasons)
