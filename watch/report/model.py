"""What the report shows, read from the state: the status table, and per claim its rule, its
timeline (`watch.views`), one mark per story and the evidence to list (capped).

`gather` is the only function here that reads the store; everything it returns is plain data
for `watch.report.page`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from watch import ledger
from watch.claims.rules import ClaimRule
from watch.config import Settings
from watch.models import ClaimSummary, EvidenceRecord, Stance
from watch.report.highlight import Highlighter, Mark
from watch.store import Store
from watch.views import ClaimTimeline, claim_summaries, claim_timeline

MAX_LISTED = 40  # evidence listed per claim; the rest is one command away (`watch claims show`)


@dataclass(frozen=True)
class StoryMark:
    """One story on a claim's timeline: its stance (that of its strongest record, as the ledger
    counts it), when it was published, how many outlets carried it, and whether it is faint
    (hedged, or below the claim's alert threshold, so it does not count)."""

    story_id: int
    stance: Stance
    published: datetime
    outlets: int
    faint: bool
    record: EvidenceRecord  # the strongest record of the story


@dataclass(frozen=True)
class Listed:
    """A piece of evidence in a claim's list, with the words to highlight in its quote."""

    record: EvidenceRecord
    quote: str  # the quote as shown: on one line, bounded
    marks: tuple[Mark, ...]
    faint: bool


@dataclass(frozen=True)
class ClaimPage:
    rule: ClaimRule
    timeline: ClaimTimeline
    threshold: float
    marks: tuple[StoryMark, ...]  # in publication order
    listed: tuple[Listed, ...]  # newest first, at most MAX_LISTED
    unlisted: int  # decisive records left out of `listed`
    mentions: int  # records that only mention the claim (not listed)


@dataclass(frozen=True)
class Report:
    generated_at: datetime
    today: date
    since: date | None
    overview: tuple[ClaimSummary, ...]
    rules: dict[str, ClaimRule]
    claims: tuple[ClaimPage, ...]


QUOTE_LIMIT = 700  # characters of a quote shown; a quote can be a whole run-on paragraph


def gather(
    store: Store,
    settings: Settings,
    *,
    generated_at: datetime,
    claim_ids: Sequence[str] = (),
    since: date | None = None,
    limit: int = MAX_LISTED,
) -> Report:
    """The report's data for `claim_ids` (every claim when empty), evidence published on or
    after `since` only. Raises KeyError naming a claim id that `settings` does not have."""
    rules = {rule.id: rule for rule in settings.claims}
    for claim_id in claim_ids:
        if claim_id not in rules:
            raise KeyError(claim_id)
    wanted = list(dict.fromkeys(claim_ids)) or list(rules)
    today = generated_at.astimezone(UTC).date()
    highlighter = Highlighter(settings.claims)
    pages = []
    for claim_id in wanted:
        timeline = claim_timeline(store, settings, claim_id, today)
        assert timeline is not None  # the id is in settings
        pages.append(_page(rules[claim_id], timeline, settings, since, limit, highlighter))
    overview = tuple(s for s in claim_summaries(store, settings) if s.claim_id in wanted)
    return Report(generated_at, today, since, overview, rules, tuple(pages))


def _page(
    rule: ClaimRule,
    timeline: ClaimTimeline,
    settings: Settings,
    since: date | None,
    limit: int,
    highlighter: Highlighter,
) -> ClaimPage:
    threshold = (
        rule.min_confidence if rule.min_confidence is not None else settings.alerts.min_confidence
    )
    start = None if since is None else datetime.combine(since, time(), UTC)
    records = [r for r in timeline.evidence if start is None or r.published >= start]
    decisive = [r for r in records if r.stance in ledger.DECISIVE]
    newest = sorted(decisive, key=lambda r: (r.published, r.article_id), reverse=True)[:limit]
    from watch.delivery.digest import bound, fold

    listed = []
    for record in newest:
        quote = bound(fold(record.quote), QUOTE_LIMIT)
        marks = highlighter.marks(rule.id, quote, record.reasons, record.published.date())
        listed.append(Listed(record, quote, marks, _faint(record, threshold)))
    return ClaimPage(
        rule=rule,
        timeline=timeline,
        threshold=threshold,
        marks=story_marks(records, threshold),
        listed=tuple(listed),
        unlisted=len(decisive) - len(listed),
        mentions=len(records) - len(decisive),
    )


def story_marks(records: Sequence[EvidenceRecord], threshold: float) -> tuple[StoryMark, ...]:
    """One mark per story with decisive evidence. The story's stance is its strongest record's,
    chosen as the ledger chooses it (`ledger.Tally` with no threshold), so a mark agrees with
    the status table; its outlets are the sources of all the story's records."""
    tally = ledger.Tally(0.0, records)
    outlets: dict[int, set[str]] = {}
    first: dict[int, datetime] = {}
    for record in records:
        if not record.is_baseline:
            outlets.setdefault(record.story_id, set()).add(record.source)
            seen = first.get(record.story_id)
            first[record.story_id] = (
                record.published if seen is None else min(seen, record.published)
            )
    marks = [
        StoryMark(
            story_id=story,
            stance=best.stance,
            published=first[story],
            outlets=len(outlets.get(story, ())),
            faint=_faint(best, threshold),
            record=best,
        )
        for story, best in tally.best.items()
    ]
    return tuple(sorted(marks, key=lambda m: (m.published, m.story_id)))


def _faint(record: EvidenceRecord, threshold: float) -> bool:
    return record.confidence < threshold or any(r.startswith('hedge "') for r in record.reasons)
