"""What the claim engine's tests share: what an alert would show for one rule of the test's own
on one text, and the two claims most of them judge, a listing in a quarter and a backer's stake
in a round, each written with the test's own variations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, NamedTuple

from watch.claims.engine import Matcher
from watch.claims.rules import ClaimRule
from watch.models import Document, Stance, Verdict
from watch.validate import parse

PUBLISHED = dt.date(2026, 3, 1)
ALERT = 0.6  # below this confidence an alert shows a mention (`watch eval`'s default too)


class Judged(NamedTuple):
    """One rule's verdict on a text as an alert shows it: below `ALERT`, or no verdict at all,
    a mention."""

    stance: Stance
    confidence: float
    reasons: tuple[str, ...]


def shown(verdict: Verdict) -> Stance:
    """The stance an alert shows for a verdict: below `ALERT`, a mention."""
    return verdict.stance if verdict.confidence >= ALERT else Stance.MENTIONS


def rule_under_test(**fields: object) -> ClaimRule:
    """A rule of the test's own: its fields, with an id, a statement and a `made` date filled in."""
    filled = {"id": "under-test", "statement": "a claim under test", "made": "2026-01-01"}
    return parse(ClaimRule, {**filled, **fields})


def stance_of(
    rule: ClaimRule, text: str, published: dt.date = dt.date(2026, 6, 1)
) -> Stance | None:
    """The stance an alert shows for one rule on a text, or None when the rule gives no verdict."""
    verdicts = Matcher([rule]).judge(Document(text, published))
    return shown(verdicts[0]) if verdicts else None


def cuts_rule(staff: Sequence[str], near: Sequence[str] = ()) -> ClaimRule:
    """Acme cuts about 8,000 jobs this year: `<layoffs>` confirms, and a head count decides
    (6,500-9,500 confirms, under 4,000 or over 12,000 contradicts), `near` its words if given."""
    amount: dict[str, Any] = {
        "unit": "people",
        "confirms": [6500, 9500],
        "contradicts": [[None, 4000], [12000, None]],
    }
    if near:
        amount["near"] = list(near)
    data: dict[str, Any] = {
        "id": "acme-cuts",
        "statement": "Acme cuts about 8,000 jobs this year",
        "made": "2026-01-01",
        "subject": {"acme": ["Acme", "艾克美"], "staff": list(staff)},
        "confirms": ["<layoffs>"],
        "amount": amount,
    }
    return parse(ClaimRule, data)


def judged(rule: ClaimRule, text: str, title: str = "", published: dt.date = PUBLISHED) -> Judged:
    verdicts = Matcher([rule]).judge(Document(text, published, title=title))
    if not verdicts:
        return Judged(Stance.MENTIONS, 0.0, ())
    (verdict,) = verdicts
    return Judged(shown(verdict), verdict.confidence, verdict.reasons)


def listing_rule(
    *,
    made: str = "2026-01-01",
    near: Sequence[str] = ("IPO", "listing", "list", "上市"),
    rivals: Sequence[str] = (),
) -> ClaimRule:
    """Acme lists in the fourth quarter of 2026 (a plan): `when` near the listing words."""
    data: dict[str, Any] = {
        "id": "acme-listing-q4",
        "statement": "Acme plans to list its shares in the fourth quarter of 2026.",
        "made": made,
        "subject": {"acme": ["Acme", "艾克美"], "ipo": ["IPO", "listing", "上市"]},
        "window": 1,
        "when": {"confirms": ["2026-10-01", "2026-12-31"], "near": list(near)},
    }
    if rivals:
        data["rivals"] = list(rivals)
    return parse(ClaimRule, data)


def stake_rule(
    stage: str | None,
    *,
    made: str = "2026-01-01",
    near: Sequence[str] = ("invest", "put in", "投资", "投入"),
    pending: Sequence[str] = (),
) -> ClaimRule:
    """In Acme's round Globex puts in about $30 billion: a share, confirmed by 20B-40B and
    contradicted from 60B; `stage` as the test needs (None: a fact)."""
    data: dict[str, Any] = {
        "id": "globex-stake",
        "statement": "In Acme's round Globex puts in about $30 billion (reported).",
        "made": made,
        "subject": {"globex": ["Globex", "格洛贝"], "acme": ["Acme", "艾克美"]},
        "amount": {
            "near": list(near),
            "of": "share",
            "confirms": [["20B", "40B"]],
            "contradicts": [["60B", None]],
        },
    }
    if stage is not None:
        data["stage"] = stage
    if pending:
        data["pending"] = list(pending)
    return parse(ClaimRule, data)
