"""The ledger's pure decisions: statuses from evidence counted by story, alerts once per story."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from watch.ledger import decide, derive_status, summarise
from watch.models import ClaimStatus, EvidenceRecord, Stance

NOW = datetime(2026, 11, 1, 12, tzinfo=UTC)


def record(
    story: int,
    stance: Stance,
    *,
    article: int | None = None,
    source: str = "a.com",
    confidence: float = 0.9,
    baseline: bool = False,
) -> EvidenceRecord:
    return EvidenceRecord(
        claim_id="c",
        article_id=article or story,
        story_id=story,
        stance=stance,
        confidence=confidence,
        quote="q",
        url=f"https://{source}/{article or story}",
        title="t",
        source=source,
        published=NOW,
        lang="en",
        is_baseline=baseline,
    )


C, X, M = Stance.CONFIRMS, Stance.CONTRADICTS, Stance.MENTIONS


@pytest.mark.parametrize(
    ("records", "deadline", "expected"),
    [
        ([], None, ClaimStatus.REPORTED),
        ([record(1, M)], None, ClaimStatus.REPORTED),
        ([record(1, C, baseline=True)], None, ClaimStatus.REPORTED),
        ([record(1, C)], None, ClaimStatus.CONFIRMED),
        ([record(1, X), record(2, X, source="b.com")], None, ClaimStatus.CONTRADICTED),
        ([record(1, C), record(2, X, source="b.com")], None, ClaimStatus.DISPUTED),
        ([record(1, C, confidence=0.3)], None, ClaimStatus.REPORTED),
        ([], date(2026, 8, 5), ClaimStatus.EXPIRED),
        ([record(1, C)], date(2026, 8, 5), ClaimStatus.CONFIRMED),
        ([record(1, X)], date(2026, 8, 5), ClaimStatus.CONTRADICTED),
        ([], date(2026, 12, 31), ClaimStatus.REPORTED),
    ],
    ids=[
        "nothing",
        "mention-only",
        "baseline-only",
        "confirmed",
        "contradicted",
        "disputed",
        "below-threshold",
        "expired",
        "confirmed-before-deadline",
        "contradicted-past-deadline",
        "deadline-ahead",
    ],
)
def test_derive_status(
    records: list[EvidenceRecord], deadline: date | None, expected: ClaimStatus
) -> None:
    status, reason = derive_status(records, deadline=deadline, today=NOW.date(), min_confidence=0.6)
    assert status == expected
    assert reason


def test_syndicated_copies_count_once() -> None:
    copies = [record(7, X, article=i, source=f"site{i}.com") for i in range(20)]
    row = summarise("c", "s", ClaimStatus.CONTRADICTED, copies, 0.6)
    assert (row.contradicts, row.confirms) == (1, 0)


def test_independent_outlets_reason() -> None:
    records = [
        record(1, X, source="reuters.com"),
        record(2, X, source="bloomberg.com"),
        record(3, X, source="36kr.com"),
    ]
    status, reason = derive_status(records, deadline=None, today=NOW.date(), min_confidence=0.6)
    assert status is ClaimStatus.CONTRADICTED
    assert reason == "3 stories from 3 independent outlets contradict it"


def test_decide_raises_one_alert_per_story_and_one_status_change() -> None:
    new = [record(1, X), record(1, X, article=11, source="copy.com"), record(2, X, source="b.com")]
    change, alerts = decide(
        "c",
        old_status=ClaimStatus.REPORTED,
        earlier=[],
        new=new,
        deadline=None,
        now=NOW,
        min_confidence=0.6,
    )
    assert change is not None and (change.old, change.new) == ("reported", "contradicted")
    kinds = [(a.kind, a.key) for a in alerts]
    assert kinds == [
        ("evidence", "c/story/1"),
        ("evidence", "c/story/2"),
        ("status", f"c/status/{NOW.isoformat(timespec='seconds')}/contradicted"),
    ]


def test_a_later_copy_of_a_known_story_raises_nothing() -> None:
    change, alerts = decide(
        "c",
        old_status=ClaimStatus.CONTRADICTED,
        earlier=[record(1, X)],
        new=[record(1, X, article=5, source="copy.com")],
        deadline=None,
        now=NOW,
        min_confidence=0.6,
    )
    assert change is None and alerts == []


def test_mentions_and_weak_evidence_raise_no_alert() -> None:
    change, alerts = decide(
        "c",
        old_status=ClaimStatus.REPORTED,
        earlier=[],
        new=[record(1, M), record(2, C, confidence=0.4)],
        deadline=None,
        now=NOW,
        min_confidence=0.6,
    )
    assert change is None and alerts == []
