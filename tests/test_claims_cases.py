"""The data-driven table tests/claims_cases.yaml: amounts, dates and whole sentences judged
against the test claims in tests/data/claims.yaml (a copy of the shipped ones, kept fixed)."""

from __future__ import annotations

import datetime as dt
import re
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
    return Matcher(load_settings(ROOT / "tests" / "data" / "claims.yaml").claims)


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


def test_a_date_pattern_skipped_by_its_trigger_would_have_found_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each date pattern runs only where its trigger occurs; with every trigger matching
    everywhere, the same dates come out of every case, engine sentence and corpus article."""
    from watch.claims import dates
    from watch.claims.loading import read_article

    texts = [case["text"] for kind in ("dates", "engine") for case in CASES[kind]]
    texts += [dates.__doc__ or "", "计划于2026年底上市，此前曾说2027年初。", "Later this year, or"]
    texts += ["in this year's second half; by spring of 2027 at the latest"]
    texts += [read_article(p)[0].text for p in sorted((ROOT / "tests" / "corpus").glob("*.md"))]
    published = dt.date(2026, 6, 15)
    paragraphs = [normalise(p) for text in texts for p in text.split("\n") if p.strip()]
    triggered = [dates.find_dates(p, published) for p in paragraphs]
    everywhere = re.compile("")
    untriggered = [((everywhere, pattern), handler) for (_, pattern), handler in dates._PATTERNS]
    monkeypatch.setattr(dates, "_PATTERNS", untriggered)
    assert [dates.find_dates(p, published) for p in paragraphs] == triggered
    # Not vacuous: every pattern finds something in these texts.
    used = {i for i, ((_, p), _) in enumerate(untriggered) for t in paragraphs if p.search(t)}
    assert used == set(range(len(untriggered)))


def test_amount_patterns_skipped_by_their_triggers_would_have_found_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from watch.claims import quantities
    from watch.claims.loading import read_article

    texts = [case["text"] for kind in ("amounts", "engine") for case in CASES[kind]]
    texts += [read_article(p)[0].text for p in sorted((ROOT / "tests" / "corpus").glob("*.md"))]
    paragraphs = [normalise(p) for text in texts for p in text.split("\n") if p.strip()]
    triggered = [quantities.find_quantities(p) for p in paragraphs]
    assert sum(map(len, triggered)) > 100
    monkeypatch.setattr(quantities, "_ZH_TRIGGER", re.compile(""))
    monkeypatch.setattr(quantities, "_EN_TRIGGER", re.compile(""))
    assert [quantities.find_quantities(p) for p in paragraphs] == triggered
