"""The README's advice added after the fifth round of held-out users (nu-en3 D2, nu-zh3 d,
nu-hk3 d) is true as written: one piece of advice on a cue beside an amount, the order and the
clause a gapped cue needs, what the rumour reading covers, and the validate warning shown."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from tests.claimkit import stance_of
from tests.test_claims_numbers import _readme_rules
from tests.test_readme_rule_writing import README, TIPS, _run
from watch.claims.rules import ClaimRule
from watch.models import Stance
from watch.validate import parse

NUMBERS = README.split("### Numbers:", 1)[1].split("\n### ", 1)[0]


def _stance(rule: ClaimRule, text: str) -> Stance | None:
    return stance_of(rule, text, dt.date(2026, 3, 1))


@pytest.mark.parametrize(
    "text",
    ["Acme layoffs: the plan now covers 1,500 jobs.", "艾克美裁员：计划涉及1500名员工。"],
)
def test_a_bare_cue_beside_the_figure_is_a_mention_and_confirms_none_lets_the_figure_decide(
    text: str,
) -> None:
    assert text in NUMBERS
    as_written = _readme_rules()["acme-layoffs"]
    assert as_written.confirms == ["<layoffs>"]
    figure_only = dataclasses.replace(as_written, confirms=[])
    for variant in (text, text.replace("计划", "計劃").replace("员工", "員工")):
        assert _stance(as_written, variant) == Stance.MENTIONS
        assert _stance(figure_only, variant) == Stance.CONTRADICTS
    # a figure inside the cue decides either way
    assert _stance(as_written, "Acme will cut about 1,500 jobs.") == Stance.CONTRADICTS
    assert 'confirms: []` (the same\nadvice as "A cue beside an amount"' in README


def _cuts(*contradicts: str) -> ClaimRule:
    return parse(
        ClaimRule,
        {
            "id": "globex-cuts",
            "statement": "Globex cuts 30,000 jobs",
            "made": "2026-01-01",
            "subject": {"globex": ["Globex", "环球公司"], "staff": ["job cuts", "裁员"]},
            "confirms": ["<layoffs>"],
            "contradicts": list(contradicts),
        },
    )


def test_a_gapped_cue_reads_in_order_inside_one_clause() -> None:
    gapped = _cuts("<denial> ... job cuts", "<denial> ... 裁员")
    assert "<denial> ... job cuts" in TIPS and "网传裁员5000人属失实" in TIPS
    assert _stance(gapped, "Globex denied plans for job cuts.") == Stance.CONTRADICTS
    for text in ("Globex job cuts were denied by the company.", "环球公司：网传裁员5000人属失实"):
        assert _stance(gapped, text) != Stance.CONTRADICTS
    reverse = _cuts("<denial> ... 裁员", "裁员 ... <denial>")
    assert _stance(reverse, "环球公司表示，网传裁员5000人属失实。") == Stance.CONTRADICTS


def test_the_rumour_reading_covers_a_labelled_rumour_denied_in_its_sentence() -> None:
    text = '环球公司表示，网传"裁员3万人"一事纯属谣言'
    assert text in TIPS.replace("\n  ", "")
    rule = dataclasses.replace(
        _cuts("<denial>"),
        amount=_readme_rules()["acme-layoffs"].amount,
    )
    assert _stance(rule, text + "。") == Stance.CONTRADICTS


def test_the_verb_alias_warning_reads_as_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = re.search(r"`(warning: rules\.yaml:9: [^`]+) \.\.\.`", TIPS)
    assert found is not None
    lines = [
        "claims:",
        "  - id: globex-fund",
        "    statement: Globex invests $10 billion",
        "    made: 2026-01-01",
        "    confirms: [<on-track>]",
        "    subject:",
        "      globex: [Globex]",
        "      money:",
        "        - pledge",
    ]
    rules = tmp_path / "rules.yaml"
    rules.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = _run(capsys, "--rules", str(rules), "validate")
    assert code == 0
    assert found.group(1).replace("rules.yaml", str(rules)) in out
