"""Read models shared by the CLI and the digest: the claim status table and a claim's timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from watch import ledger
from watch.config import Settings
from watch.models import ClaimStatus, ClaimSummary, EvidenceRecord, StatusChange
from watch.store import Store


def claim_summaries(store: Store, settings: Settings) -> list[ClaimSummary]:
    """One row per tracked claim, in rules.yaml order."""
    statuses = store.claim_statuses()
    evidence: dict[str, list[EvidenceRecord]] = {}
    for record in store.evidence(decisive=True):
        evidence.setdefault(record.claim_id, []).append(record)
    return [
        ledger.summarise(
            rule.id,
            rule.statement,
            statuses.get(rule.id, ClaimStatus.REPORTED),
            evidence.get(rule.id, []),
            _threshold(settings, rule.id),
        )
        for rule in settings.claims
    ]


@dataclass(frozen=True)
class ClaimTimeline:
    summary: ClaimSummary
    origin: tuple[EvidenceRecord, ...]  # the baseline passages the claim comes from
    evidence: tuple[EvidenceRecord, ...]  # newest last
    changes: tuple[StatusChange, ...]  # in publication order (`ledger.timeline`)


def claim_timeline(
    store: Store, settings: Settings, claim_id: str, today: date
) -> ClaimTimeline | None:
    """The claim's origin, evidence and history; None for a claim not in `settings`. The
    history is told in publication order, whatever order the articles arrived in."""
    rule = next((c for c in settings.claims if c.id == claim_id), None)
    if rule is None:
        return None
    records = store.evidence(claim_id)
    status = store.claim_statuses().get(claim_id, ClaimStatus.REPORTED)
    summary = ledger.summarise(
        claim_id, rule.statement, status, records, _threshold(settings, claim_id)
    )
    return ClaimTimeline(
        summary=summary,
        origin=tuple(r for r in records if r.is_baseline),
        evidence=tuple(r for r in records if not r.is_baseline),
        changes=tuple(
            ledger.timeline(
                claim_id,
                records,
                deadline=rule.deadline,
                today=today,
                min_confidence=_threshold(settings, claim_id),
            )
        ),
    )


def _threshold(settings: Settings, claim_id: str) -> float:
    rule = next((c for c in settings.claims if c.id == claim_id), None)
    if rule is not None and rule.min_confidence is not None:
        return rule.min_confidence
    return settings.alerts.min_confidence
