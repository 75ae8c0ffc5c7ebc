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


class Tally:
    """A claim's evidence summed up record by record: its stories with their strongest counting
    record (one stance per story), and the outlets behind those stories. Adding a record costs
    the same however long the claim's history is, so judging a run's articles is linear in
    them (walking the whole history for every new record made a run quadratic)."""

    def __init__(self, min_confidence: float, records: Iterable[EvidenceRecord] = ()) -> None:
        self.min_confidence = min_confidence
        self.best: dict[int, EvidenceRecord] = {}  # counted story -> its strongest record
        self.stories = {Stance.CONFIRMS: 0, Stance.CONTRADICTS: 0}  # counted stories per stance
        self._sources: dict[int, set[str]] = {}  # story -> sources of its non-baseline records
        self._outlets: set[str] = set()  # sources of the counted stories
        for record in records:
            self.add(record)

    @property
    def outlets(self) -> int:
        return len(self._outlets)

    def add(self, record: EvidenceRecord) -> bool:
        """Count `record`; True when it is the first counting record of its story."""
        story = record.story_id
        if not record.is_baseline:
            self._sources.setdefault(story, set()).add(record.source)
            if story in self.best:
                self._outlets.add(record.source)
        if not counts_toward(record, self.min_confidence):
            return False
        current = self.best.get(story)
        if current is None:
            self.best[story] = record
            self.stories[record.stance] += 1
            self._outlets.update(self._sources.get(story, ()))
            return True
        if record.confidence > current.confidence:
            self.best[story] = record
            self.stories[current.stance] -= 1
            self.stories[record.stance] += 1
        return False


def derive_status(
    records: Sequence[EvidenceRecord], *, deadline: date | None, today: date, min_confidence: float
) -> tuple[ClaimStatus, str]:
    """The status the evidence supports, and a one-line reason."""
    return status_of(Tally(min_confidence, records), deadline=deadline, today=today)


def status_of(tally: Tally, *, deadline: date | None, today: date) -> tuple[ClaimStatus, str]:
    """`derive_status` of the records in `tally`."""
    confirms, contradicts = tally.stories[Stance.CONFIRMS], tally.stories[Stance.CONTRADICTS]
    outlets = tally.outlets
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
    tally = Tally(min_confidence, earlier)
    return advance(claim_id, tally, new, old_status=old_status, deadline=deadline, now=now)


def advance(
    claim_id: str,
    tally: Tally,
    new: Sequence[EvidenceRecord],
    *,
    old_status: ClaimStatus,
    deadline: date | None,
    now: datetime,
) -> tuple[StatusChange | None, list[Alert]]:
    """`decide` for a caller that keeps the claim's `Tally` of its earlier evidence: adds `new`
    to it, at a cost that does not grow with the claim's history."""
    alerts: list[Alert] = []
    for record in new:
        if tally.add(record):
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
    status, reason = status_of(tally, deadline=deadline, today=now.date())
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
    tally = Tally(min_confidence, records)
    decisive = [r for r in records if not r.is_baseline and r.stance in DECISIVE]
    return ClaimSummary(
        claim_id=claim_id,
        statement=statement,
        status=status,
        confirms=tally.stories[Stance.CONFIRMS],
        contradicts=tally.stories[Stance.CONTRADICTS],
        sources=tally.outlets,
        last_evidence_at=max((r.published for r in decisive), default=None),
    )


def _n(count: int, noun: str) -> str:
    if count == 1:
        return f"1 {noun}"
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{count} {plural}"
