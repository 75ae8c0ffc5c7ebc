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

The status a claim ends with depends only on its evidence, never on the order articles arrived
in; its history (`timeline`) is told in publication order, as it would have unfolded had every
article arrived on the day it was published: evidence published before a deadline counts before
the expiry.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta

from watch.models import (
    Alert,
    ClaimStatus,
    ClaimSummary,
    EvidenceRecord,
    Stance,
    StatusChange,
)
from watch.words import plural

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
        if _strength(record) > _strength(current):
            self.best[story] = record
            self.stories[current.stance] -= 1
            self.stories[record.stance] += 1
        return False


def _strength(record: EvidenceRecord) -> tuple[float, float, int]:
    """Which record of a story decides its stance: the most confident, and on a tie the
    earliest published (then the lowest id), so the choice never depends on arrival order."""
    return (record.confidence, -record.published.timestamp(), -record.article_id)


def _verb(subjects: int, verb: str) -> str:
    """`1 story confirms`, `2 stories confirm`."""
    return verb + "s" if subjects == 1 else verb


def status_of(tally: Tally, *, deadline: date | None, today: date) -> tuple[ClaimStatus, str]:
    """The status the evidence in `tally` supports on `today`, and a one-line reason."""
    confirms, contradicts = tally.stories[Stance.CONFIRMS], tally.stories[Stance.CONTRADICTS]
    outlets = tally.outlets
    if confirms and contradicts:
        return ClaimStatus.DISPUTED, (
            f"{plural(confirms, 'story')} {_verb(confirms, 'confirm')} and "
            f"{plural(contradicts, 'story')} {_verb(contradicts, 'contradict')} it"
            f" ({plural(outlets, 'outlet')})"
        )
    if contradicts:
        return ClaimStatus.CONTRADICTED, (
            f"{plural(contradicts, 'story')} from {plural(outlets, 'independent outlet')} "
            f"{_verb(contradicts, 'contradict')} it"
        )
    if confirms:
        return ClaimStatus.CONFIRMED, (
            f"{plural(confirms, 'story')} from {plural(outlets, 'independent outlet')} "
            f"{_verb(confirms, 'confirm')} it"
        )
    if deadline is not None and today > deadline:
        return ClaimStatus.EXPIRED, f"deadline {deadline.isoformat()} passed with no confirmation"
    return ClaimStatus.REPORTED, "no new evidence either way"


def evidence_alerts(
    claim_id: str, tally: Tally, new: Sequence[EvidenceRecord], now: datetime
) -> list[Alert]:
    """Add `new` to `tally`; an alert for each record that is the first to count for its
    story."""
    return [
        Alert(
            key=evidence_key(claim_id, record.story_id),
            claim_id=claim_id,
            kind="evidence",
            created_at=now,
            stance=record.stance,
            evidence=(record,),
        )
        for record in new
        if tally.add(record)
    ]


def settle(
    claim_id: str,
    tally: Tally,
    new: Sequence[EvidenceRecord],
    *,
    old_status: ClaimStatus,
    deadline: date | None,
    now: datetime,
) -> tuple[StatusChange | None, list[Alert]]:
    """The claim's status now that `tally` holds its evidence (`new`: the records added since
    the status was last settled): the change from `old_status`, if any, and its alert."""
    status, reason = status_of(tally, deadline=deadline, today=now.date())
    if status == old_status:
        return None, []
    counted = [r for r in new if counts_toward(r, tally.min_confidence)]
    if counted:
        # a late article may change the past: say which publication decided it
        reason += "; " + _decided_by(min(counted, key=lambda r: r.published))
    change = StatusChange(claim_id, old_status, status, now, reason)
    alert = Alert(
        key=f"{claim_id}/status/{now.isoformat(timespec='seconds')}/{status}",
        claim_id=claim_id,
        kind="status",
        created_at=now,
        change=change,
    )
    return change, [alert]


def timeline(
    claim_id: str,
    records: Iterable[EvidenceRecord],
    *,
    deadline: date | None,
    today: date,
    min_confidence: float,
) -> list[StatusChange]:
    """The claim's status changes in publication order: each story counted on the day it was
    published, and the deadline passing on the day after it (when that day has come). Each
    change is dated by the publication (or the deadline) that decided it."""
    tally = Tally(min_confidence)
    status = ClaimStatus.REPORTED
    changes: list[StatusChange] = []

    def step(at: datetime, decided_by: str) -> None:
        nonlocal status
        new, reason = status_of(tally, deadline=deadline, today=at.date())
        if new != status:
            changes.append(StatusChange(claim_id, status, new, at, f"{reason}; {decided_by}"))
            status = new

    expiry = None
    if deadline is not None and today > deadline:
        expiry = datetime.combine(deadline + timedelta(days=1), time(), UTC)
    ordered = sorted(
        (r for r in records if not r.is_baseline),
        key=lambda r: (r.published, r.story_id, r.article_id),
    )
    for record in ordered:
        if expiry is not None and record.published >= expiry:
            step(expiry, f"the deadline {deadline} passed")
            expiry = None
        tally.add(record)
        if counts_toward(record, min_confidence):
            step(record.published, _decided_by(record))
    if expiry is not None:
        step(expiry, f"the deadline {deadline} passed")
    return changes


def _decided_by(record: EvidenceRecord) -> str:
    return f"decided by a story published {record.published:%Y-%m-%d}"


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
