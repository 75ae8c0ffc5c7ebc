"""Scoring (watch/claims/evaluate.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from watch.claims.evaluate import evaluate, format_report
from watch.cli import invoke
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


def test_alerts_keyword_alerts_and_stray_verdicts_are_counted_beside_the_stances() -> None:
    report = evaluate(
        [
            ("a.md", {"ipo": C}, [_v("ipo", X)]),  # a sign error is still an alert found
            ("b.md", {"ipo": X}, [_v("ipo", M)]),  # evidence missed; the keyword alert fires
            ("c.md", {"ipo": M}, [_v("ipo", C)]),  # an alert on a mere mention
            ("d.md", {}, [_v("ipo", M)]),  # stray mention on an unlabelled claim
        ],
        min_confidence=0.6,
        keywords={"a.md": {"ipo"}, "b.md": {"ipo"}, "c.md": {"ipo"}, "d.md": {"ipo"}},
    )
    (ipo,) = report.claims
    assert ipo.alerts == {"tp": 1, "fp": 1, "fn": 1}
    assert ipo.keyword == {"tp": 2, "fp": 2, "fn": 0}
    assert ipo.alert_precision() == 0.5 and ipo.alert_recall(keyword=True) == 1.0
    assert ipo.stray == 1
    assert "keyword P/R" in format_report(report)


def test_the_keyword_alert_needs_every_subject_group_named_as_a_whole_word() -> None:
    from watch.claims.evaluate import keyword_claims
    from watch.claims.rules import ClaimRule
    from watch.validate import parse

    rule = parse(
        ClaimRule,
        {
            "id": "ipo",
            "statement": "Acme lists its shares this year",
            "made": "2026-02-01",
            "subject": {"acme": ["Acme", "艾克米"], "event": ["IPO", "上市"]},
            "confirms": ["on track"],
        },
    )
    assert keyword_claims([rule], "Acme plans IPO", "") == {"ipo"}
    assert keyword_claims([rule], "", "艾克米計劃上市") == {"ipo"}  # traditional script too
    assert keyword_claims([rule], "Acmex plans IPOs", "") == set()  # whole words only
    assert keyword_claims([rule], "Acme results", "strong quarter") == set()


def test_eval_scores_only_files_with_labels_and_names_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Notes and saved output beside the articles (EVAL.txt, notes.md) are no distractors."""
    article = "---\ntitle: Quiet day\npublished: 2026-03-01\nlabels: {}\n---\nNothing happened.\n"
    (tmp_path / "a-distractor.md").write_text(article, encoding="utf-8")
    (tmp_path / "notes.md").write_text("OpenAI IPO notes: non-binding, delayed.\n", "utf-8")
    (tmp_path / "EVAL.txt").write_text("overall 0.90 OpenAI Nvidia $100 billion\n", "utf-8")
    rules = Path(__file__).parent / "data" / "claims.yaml"
    code = invoke(["--rules", str(rules), "eval", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 0
    assert "1 articles" in out
    assert "not scored, no `labels:` in the front matter: EVAL.txt, notes.md" in err


def test_each_claim_is_judged_at_its_own_min_confidence_where_its_rule_sets_one() -> None:
    """The monitor alerts on a claim at the claim's own `min_confidence`; eval must score it at
    the same threshold (a verdict at 0.55 is an alert for a claim set to 0.5, not for one left
    at the global 0.6), and say so in its header."""
    items = [
        ("a.md", {"ipo": C, "deal": C}, [_v("ipo", C, 0.55), _v("deal", C, 0.55)]),
        ("b.md", {"ipo": M}, [_v("ipo", C, 0.65)]),  # above the global, below ipo's own 0.7
    ]
    report = evaluate(items, min_confidence=0.6, thresholds={"ipo": 0.5})
    ipo, deal = (next(c for c in report.claims if c.claim_id == k) for k in ("ipo", "deal"))
    assert ipo.tp[C] == 1 and ipo.fp[C] == 1
    assert deal.tp[C] == 0 and deal.fn[C] == 1  # the global threshold still holds for deal
    strict = evaluate(items, min_confidence=0.6, thresholds={"ipo": 0.7})
    assert next(c for c in strict.claims if c.claim_id == "ipo").fp[C] == 0
    text = format_report(report)
    assert "alert threshold 0.60 (own min_confidence: ipo 0.50)" in text
    assert "own min_confidence" not in format_report(evaluate(items, min_confidence=0.6))


def test_eval_reads_each_claims_min_confidence_from_the_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shipped = (Path(__file__).parent / "data" / "claims.yaml").read_text(encoding="utf-8")
    own = shipped.replace(
        "  - id: openai-ipo-q4-2026\n", "  - id: openai-ipo-q4-2026\n    min_confidence: 0.45\n"
    ).replace("seeds_dir: ../../seeds", f"seeds_dir: {Path(__file__).parent.parent / 'seeds'}")
    rules = tmp_path / "rules.yaml"
    rules.write_text(own, encoding="utf-8")
    (tmp_path / "arts").mkdir()
    article = "---\ntitle: Quiet day\npublished: 2026-03-01\nlabels: {}\n---\nNothing happened.\n"
    (tmp_path / "arts" / "a.md").write_text(article, encoding="utf-8")
    code = invoke(["--rules", str(rules), "eval", str(tmp_path / "arts")])
    out, _ = capsys.readouterr()
    assert code == 0
    assert "alert threshold 0.60 (own min_confidence: openai-ipo-q4-2026 0.45)" in out
