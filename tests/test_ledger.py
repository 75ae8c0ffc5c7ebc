"""The ledger's pure decisions: statuses from evidence counted by story, alerts once per story."""

from __future__ import annotations

import dataclasses
import random
from datetime import UTC, date, datetime

import pytest

from watch.ledger import Tally, evidence_alerts, settle, status_of, summarise
from watch.models import Alert, ClaimStatus, EvidenceRecord, Stance, StatusChange

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


def derive_status(
    records: list[EvidenceRecord], *, deadline: date | None, today: date, min_confidence: float
) -> tuple[ClaimStatus, str]:
    return status_of(Tally(min_confidence, records), deadline=deadline, today=today)


def decide(
    claim_id: str,
    *,
    old_status: ClaimStatus,
    earlier: list[EvidenceRecord],
    new: list[EvidenceRecord],
    deadline: date | None,
    now: datetime,
    min_confidence: float,
) -> tuple[StatusChange | None, list[Alert]]:
    """What a run that stores `new` raises, as the ingestor does it: evidence alerts as the
    records arrive, then the status settled once."""
    tally = Tally(min_confidence, earlier)
    alerts = evidence_alerts(claim_id, tally, new, now)
    change, status_alerts = settle(
        claim_id, tally, new, old_status=old_status, deadline=deadline, now=now
    )
    return change, alerts + status_alerts


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


def _whole_history(records: list[EvidenceRecord], min_confidence: float) -> tuple[int, int, int]:
    """(confirming stories, contradicting stories, outlets) counted over the whole list at once:
    the definition `Tally` keeps up to date record by record."""
    best: dict[int, EvidenceRecord] = {}
    for r in records:
        if r.is_baseline or r.stance not in (C, X) or r.confidence < min_confidence:
            continue
        if r.story_id not in best or r.confidence > best[r.story_id].confidence:
            best[r.story_id] = r
    outlets = {r.source for r in records if r.story_id in best and not r.is_baseline}
    stances = [r.stance for r in best.values()]
    return stances.count(C), stances.count(X), len(outlets)


def _random_history(seed: int, n: int = 300) -> list[EvidenceRecord]:
    rng = random.Random(seed)
    return [
        record(
            rng.randrange(12),
            rng.choice([C, X, M]),
            article=i + 1,
            source=rng.choice(["a.com", "b.com", "c.cn", "d.org", "e.net"]),
            confidence=round(rng.uniform(0.3, 1.0), 2),
            baseline=rng.random() < 0.1,
        )
        for i in range(n)
    ]


@pytest.mark.parametrize("seed", range(8))
def test_tally_keeps_the_whole_history_count_one_record_at_a_time(seed: int) -> None:
    history = _random_history(seed)
    tally = Tally(0.6)
    for i, r in enumerate(history, 1):
        tally.add(r)
        counted = (tally.stories[C], tally.stories[X], tally.outlets)
        assert counted == _whole_history(history[:i], 0.6), f"after record {i}"


@pytest.mark.parametrize("seed", range(4))
def test_advancing_in_steps_decides_as_deciding_at_once(seed: int) -> None:
    history = _random_history(seed)
    _, at_once = decide(
        "c",
        old_status=ClaimStatus.REPORTED,
        earlier=[],
        new=history,
        deadline=None,
        now=NOW,
        min_confidence=0.6,
    )
    tally, status, in_steps = Tally(0.6), ClaimStatus.REPORTED, []
    for start in range(0, len(history), 7):
        step = history[start : start + 7]
        in_steps += [a.key for a in evidence_alerts("c", tally, step, NOW)]
        change, _ = settle("c", tally, step, old_status=status, deadline=None, now=NOW)
        status = change.new if change else status
    assert in_steps == [a.key for a in at_once if a.kind == "evidence"]
    assert status == derive_status(history, deadline=None, today=NOW.date(), min_confidence=0.6)[0]


def test_the_timeline_counts_each_story_on_its_publication_day_and_the_expiry_after_the_deadline():
    from watch.ledger import timeline

    def dated(story: int, stance: Stance, day: date) -> EvidenceRecord:
        published = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
        return dataclasses.replace(record(story, stance), published=published)

    late = dated(2, C, date(2026, 9, 1))  # listed first: arrival order must not matter
    early = dated(1, M, date(2026, 3, 1))
    changes = timeline(
        "c", [late, early], deadline=date(2026, 8, 5), today=NOW.date(), min_confidence=0.6
    )
    assert [(c.old, c.new, c.at.date()) for c in changes] == [
        ("reported", "expired", date(2026, 8, 6)),
        ("expired", "confirmed", date(2026, 9, 1)),
    ]
    assert "published 2026-09-01" in changes[1].reason
    before_deadline = dated(3, X, date(2026, 7, 1))
    changes = timeline(
        "c",
        [late, before_deadline],
        deadline=date(2026, 8, 5),
        today=NOW.date(),
        min_confidence=0.6,
    )
    assert [(c.old, c.new) for c in changes] == [
        ("reported", "contradicted"),
        ("contradicted", "disputed"),
    ]
