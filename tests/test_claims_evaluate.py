"""Scoring (watch/claims/evaluate.py)."""

from __future__ import annotations

from watch.claims.evaluate import evaluate, format_report
from watch.models import Evidence, Stance, Verdict


def _v(claim: str, stance: Stance, confidence: float = 0.9) -> Verdict:
    return Verdict(claim, stance, confidence, (Evidence("x", 0, 1),), ())


C, X, M = Stance.CONFIRMS, Stance.CONTRADICTS, Stance.MENTIONS


def test_counts_precision_recall_sign_errors_and_false_alarms() -> None:
    report = evaluate(
        [
            ("a.md", {"ipo": C}, [_v("ipo", C)]),  # true confirm
            ("b.md", {"ipo": X}, [_v("ipo", C)]),  # sign error
            ("c.md", {"ipo": M}, [_v("ipo", M)]),  # mention right
            ("d.md", {}, [_v("ipo", X)]),  # distractor false alarm
            ("e.md", {"ipo": C}, [_v("ipo", C, 0.4)]),  # below the threshold: a miss
            ("f.md", {}, [_v("ipo", M)]),  # harmless mention
        ],
        min_confidence=0.6,
    )
    (ipo,) = report.claims
    assert ipo.tp[C] == 1 and ipo.fp[C] == 1 and ipo.fn[C] == 1
    assert ipo.fn[X] == 1 and ipo.fp[X] == 1
    assert ipo.sign_errors == 1 and ipo.false_alarms == 1
    assert (ipo.mentions_right, ipo.mentions) == (1, 1)
    assert ipo.precision(C) == 0.5 and ipo.recall(C) == 0.5
    assert report.overall.precision() == 1 / 3
    assert report.articles == 6
    assert len(report.mistakes) == 3
    assert "b.md: ipo: expected contradicts, got confirms" in report.mistakes[0]


def test_format_report_is_a_table_with_overall_row() -> None:
    text = format_report(evaluate([("a.md", {"ipo": C}, [_v("ipo", C)])]))
    lines = text.splitlines()
    assert lines[0].split()[:3] == ["claim", "conf", "P"]
    assert any(line.startswith("overall") for line in lines)
    assert "1 articles" in text
