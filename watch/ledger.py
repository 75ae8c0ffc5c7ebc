"""The claim ledger's decisions: evidence in, status changes and alerts out. Pure: no database,
no clock (`now` is passed in).

A claim's status follows from the evidence recorded for it, counted by *story* (syndicated copies
of one story count once) and only at or above the alert confidence:

    confirming stories and contradicting stories  -> disputed
    contradicting stories only                     -> contradicted
    confirming stories only                        -> confirmed
    none, and the deadline has passed              -> expired
    none                                           -> reported (the baseline)

Baseline evidence (the seeds) is the claim's origin and never counts either way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from watch.models import (
    Alert,
    ClaimStatus,
    ClaimSummary,
    EvidenceRecord,
    Stance,
    StatusChange,
)

DECISIVE = (Stance.CONFIRMS, Stance.CONTRADICTS)


def counts_toward(record: EvidenceRecord, min_confidence: float) -> bool:
    """Whether a record can count for a status or raise an alert: decisive, not baseline, and
    at or above the confidence threshold."""
    return (
        not record.is_baseline and record.stance in DECISIVE and record.confidence >= min_confidence
    )


def can_decide(
    new: Iterable[EvidenceRecord], *, deadline: date | None, today: date, min_confidence: float
) -> bool:
    """Whether `decide` with this new evidence could raise an alert or change the status; when
    not, the pass over the claim's earlier evidence can be skipped."""
    return (deadline is not None and today > deadline) or any(
        counts_toward(r, min_confidence) for r in new
    )


def counts(records: Iterable[EvidenceRecord], min_confidence: float) -> dict[Stance, set[int]]:
    """The stories that confirm and that contradict, one stance per story (its strongest)."""
    best: dict[int, EvidenceRecord] = {}
    for record in records:
        if not counts_toward(record, min_confidence):
            continue
        current = best.get(record.story_id)
        if current is None or record.confidence > current.confidence:
            best[record.story_id] = record
    stories: dict[Stance, set[int]] = {Stance.CONFIRMS: set(), Stance.CONTRADICTS: set()}
    for story_id, record in best.items():
        stories[record.stance].add(story_id)
    return stories


def derive_status(
    records: Sequence[EvidenceRecord], *, deadline: date | None, today: date, min_confidence: float
) -> tuple[ClaimStatus, str]:
    """The status the evidence supports, and a one-line reason."""
    stories = counts(records, min_confidence)
    confirms, contradicts = len(stories[Stance.CONFIRMS]), len(stories[Stance.CONTRADICTS])
    outlets = _outlets(records, stories)
    if confirms and contradicts:
        return ClaimStatus.DISPUTED, (
            f"{_n(confirms, 'story')} confirm and {_n(contradicts, 'story')} contradict it"
            f" ({_n(outlets, 'outlet')})"
        )
    if contradicts:
        return ClaimStatus.CONTRADICTED, (
            f"{_n(contradicts, 'story')} from {_n(outlets, 'independent outlet')} contradict it"
        )
    if confirms:
        return ClaimStatus.CONFIRMED, (
            f"{_n(confirms, 'story')} from {_n(outlets, 'independent outlet')} confirm it"
        )
    if deadline is not None and today > deadline:
        return ClaimStatus.EXPIRED, f"deadline {deadline.isoformat()} passed with no confirmation"
    return ClaimStatus.REPORTED, "no new evidence either way"


def decide(
    claim_id: str,
    *,
    old_status: ClaimStatus,
    earlier: Sequence[EvidenceRecord],
    new: Sequence[EvidenceRecord],
    deadline: date | None,
    now: datetime,
    min_confidence: float,
) -> tuple[StatusChange | None, list[Alert]]:
    """What new evidence on one claim changes: its status, and the alerts to send.

    One evidence alert per claim per story: a later syndicated copy of a story already alerted
    on joins that alert's sources instead (its key is the same, so the outbox ignores it)."""
    alerts: list[Alert] = []
    known_stories = {r.story_id for r in earlier if counts_toward(r, min_confidence)}
    for record in new:
        if not counts_toward(record, min_confidence) or record.story_id in known_stories:
            continue
        known_stories.add(record.story_id)
        alerts.append(
            Alert(
                key=evidence_key(claim_id, record.story_id),
                claim_id=claim_id,
                kind="evidence",
                created_at=now,
                stance=record.stance,
                evidence=(record,),
            )
        )
    status, reason = derive_status(
        [*earlier, *new], deadline=deadline, today=now.date(), min_confidence=min_confidence
    )
    change = None
    if status != old_status:
        change = StatusChange(claim_id, old_status, status, now, reason)
        alerts.append(
            Alert(
                key=f"{claim_id}/status/{now.isoformat(timespec='seconds')}/{status}",
                claim_id=claim_id,
                kind="status",
                created_at=now,
                change=change,
            )
        )
    return change, alerts


def evidence_key(claim_id: str, story_id: int) -> str:
    return f"{claim_id}/story/{story_id}"


def summarise(
    claim_id: str,
    statement: str,
    status: ClaimStatus,
    records: Sequence[EvidenceRecord],
    min_confidence: float,
) -> ClaimSummary:
    """One row of the status table."""
    stories = counts(records, min_confidence)
    decisive = [r for r in records if not r.is_baseline and r.stance in DECISIVE]
    return ClaimSummary(
        claim_id=claim_id,
        statement=statement,
        status=status,
        confirms=len(stories[Stance.CONFIRMS]),
        contradicts=len(stories[Stance.CONTRADICTS]),
        sources=_outlets(records, stories),
        last_evidence_at=max((r.published for r in decisive), default=None),
    )


def _outlets(records: Sequence[EvidenceRecord], stories: dict[Stance, set[int]]) -> int:
    counted = stories[Stance.CONFIRMS] | stories[Stance.CONTRADICTS]
    return len({r.source for r in records if r.story_id in counted and not r.is_baseline})


def _n(count: int, noun: str) -> str:
    if count == 1:
        return f"1 {noun}"
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{count} {plural}"
