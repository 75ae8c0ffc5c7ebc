"""Claim engine: the rival in scope (`candidates.lead_at`) is worked out only for a sentence
that has evidence, and still reaches it.

- a sentence after one naming only a rival is still that rival's news (English and Chinese);
- two rules with different rivals judge the same text as each does alone, in either order;
- a candidate sentence without an item never asks for its rival (the reading is skipped), so
  the count of readings is the count of sentences with evidence.
Each judged by a rule of the test's own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.claimkit import rule_under_test
from watch.claims import candidates
from watch.claims.engine import Matcher
from watch.claims.rules import ClaimRule
from watch.models import Document, Stance

PUBLISHED = dt.date(2026, 4, 2)


def _cuts(rivals: list[str]) -> ClaimRule:
    """Acme cuts jobs this year: "layoffs are" / 再度裁员 confirm."""
    fields: dict[str, Any] = {
        "id": "acme-cuts-" + ("rivals" if rivals else "alone"),
        "subject": {"acme": ["Acme", "艾克美"], "cuts": ["layoffs", "裁员"]},
        "window": 1,
        "confirms": ["layoffs are", "再度裁员"],
    }
    if rivals:
        fields["rivals"] = rivals
    return rule_under_test(**fields)


RIVAL_BEFORE = [
    "Globex shut two plants in Ohio. The layoffs are its largest ever. Acme stock slid.",
    "格洛贝关闭了两座工厂。随后再度裁员三千人。艾克美股价下滑。",
]


@pytest.mark.parametrize("text", RIVAL_BEFORE)
def test_a_rival_named_just_before_still_owns_the_evidence(text: str) -> None:
    (verdict,) = Matcher([_cuts(["Globex", "格洛贝"])]).judge(Document(text, PUBLISHED))
    assert verdict.stance is Stance.MENTIONS, verdict.reasons
    assert any('it is about "' in r for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize("text", RIVAL_BEFORE)
def test_without_the_rival_the_same_sentence_confirms(text: str) -> None:
    """The fence: a rule that knows no rival reads the sentence as Acme's."""
    (verdict,) = Matcher([_cuts([])]).judge(Document(text, PUBLISHED))
    assert verdict.stance is Stance.CONFIRMS, verdict.reasons


@pytest.mark.parametrize("text", RIVAL_BEFORE)
def test_the_rival_in_scope_is_each_rules_own_in_either_order(text: str) -> None:
    doc = Document(text, PUBLISHED)
    rules = [_cuts(["Globex", "格洛贝"]), _cuts([])]
    alone = [Matcher([rule]).judge(doc)[0] for rule in rules]
    together = Matcher(rules).judge(doc)
    backwards = Matcher(rules[::-1]).judge(doc)
    assert [v.stance for v in together] == [v.stance for v in alone]
    assert [v.stance for v in backwards] == [v.stance for v in alone[::-1]]
    assert [v.reasons for v in together] == [v.reasons for v in alone]


@pytest.mark.parametrize(
    ("text", "with_evidence"),
    [
        ("Acme staff heard of layoffs. The layoffs are the first since 2019. Acme said so.", 1),
        ("艾克美员工听说了裁员。月底再度裁员三千人。艾克美证实了此事。", 1),
        ("Acme staff heard of layoffs. Acme said the layoffs were rumoured.", 0),
    ],
)
def test_the_rival_is_read_only_for_sentences_with_evidence(
    text: str, with_evidence: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = candidates.lead_rival

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(candidates, "lead_rival", counted)
    verdicts = Matcher([_cuts(["Globex", "格洛贝"])]).judge(Document(text, PUBLISHED))
    assert verdicts, "the text names the claim's subject"
    assert len(calls) == with_evidence
