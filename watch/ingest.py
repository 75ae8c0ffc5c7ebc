"""Store an article and everything it implies, in one transaction: the article (linked to its
story when it is a syndicated copy), the claim engine's verdicts as evidence, status changes,
and the alerts they raise, written to the outbox before any delivery is tried.

Both the feed pipeline and `watch baseline` come through here, so seeds and feed articles are
stored, deduplicated and judged the same way.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from watch import ledger
from watch.claims.rules import ClaimRule
from watch.errors import NotJudged
from watch.models import Alert, Article, ClaimStatus, Document, EvidenceRecord, StoredArticle
from watch.store import Store

if TYPE_CHECKING:
    from watch.claims.engine import Matcher

log = logging.getLogger(__name__)

MIN_STORY_CHARS = 80  # a text shorter than this (a bare headline, an empty summary) stands alone


@dataclass
class Ingestor:
    """Holds what every article needs: the store, the compiled claims and the channel names."""

    store: Store
    claims: Sequence[ClaimRule]
    channels: Sequence[tuple[str, float | None]]  # name, the channel's own minimum confidence
    min_confidence: float
    alerts_raised: int = 0

    def __post_init__(self) -> None:
        self._rules = {c.id: c for c in self.claims}
        # The ledger as this run sees it, read once per claim and then kept up to date: this
        # process is the only writer while it holds the run lock, so it cannot go stale.
        self._tallies: dict[str, ledger.Tally] = {}
        self._statuses: dict[str, ClaimStatus] | None = None
        self._unsettled: dict[str, list[EvidenceRecord]] = {}  # evidence since the last settle

    @functools.cached_property
    def matcher(self) -> Matcher:
        # built (and the engine and dedup imported) with the first article: a check where every
        # feed answers 304 needs neither
        from watch.claims.engine import Matcher

        return Matcher(self.claims)

    def add(self, article: Article, now: datetime) -> StoredArticle | None:
        """Store `article` and judge it; None when its URL is already stored.
        Call inside `store.atomic()` together with the feed's other writes.

        Copies are found by the exact text for every article, and by near-duplicate
        fingerprint for the articles the claims are about: story identity only counts where
        evidence is counted, and sketching the rest would cost a fifth of the ingest time."""
        from watch import dedup

        try:
            verdicts = self.matcher.judge(
                Document(article.text, article.published.date(), article.title, article.lang)
            )
        except NotJudged as exc:
            # Stored all the same, so the feed commits and the next run does not judge it again.
            log.warning("article %s %s", article.url, exc)
            verdicts = []
            article = replace(article, note="; ".join(filter(None, [article.note, str(exc)])))
        # the body alone: syndicated copies differ in headline, dateline and footer
        content_hash = dedup.content_hash(article.text)
        fingerprint = dedup.fingerprint(article.text) if verdicts else None
        bands = dedup.bands(fingerprint) if fingerprint is not None else (None,) * 4
        stored = self.store.add_article(
            article,
            now=now,
            content_hash=content_hash,
            fingerprint=fingerprint,
            bands=bands,
            story_of=self._story_of(article.text, content_hash, fingerprint, bands),
        )
        if stored is None:
            return None
        new = self.store.add_evidence(stored, verdicts, now)
        for claim_id in dict.fromkeys(r.claim_id for r in new):
            rule = self._rules.get(claim_id)
            if rule is None:
                continue
            records = [r for r in new if r.claim_id == claim_id]
            tally = self._tally(claim_id, rule, records)
            self._raise(ledger.evidence_alerts(claim_id, tally, records, now))
            self._unsettled.setdefault(claim_id, []).extend(records)
        return stored

    def settle(self, now: datetime) -> int:
        """Bring each claim's status up to date with its evidence and the date, once all of a
        run's articles are in: a status is decided by the evidence as a whole, never by the
        order in which one run's articles happened to arrive, so a run raises at most one
        status change per claim. Every claim is settled, not only this run's: evidence that a
        killed run stored is settled by the next. Returns the alerts raised."""
        before = self.alerts_raised
        for rule in self.claims:
            new = self._unsettled.pop(rule.id, [])
            old = self._status(rule.id)
            change, alerts = ledger.settle(
                rule.id,
                self._tally(rule.id, rule, ()),
                new,
                old_status=old,
                deadline=rule.deadline,
                now=now,
            )
            if change is not None:
                self.store.record_change(change)
                assert self._statuses is not None
                self._statuses[rule.id] = change.new
            self._raise(alerts)
        return self.alerts_raised - before

    def _story_of(
        self, text: str, content_hash: str, fingerprint: int | None, bands: Sequence[int | None]
    ) -> int | None:
        """The article this one is a copy of: the same text, or a near-duplicate fingerprint.
        Texts with next to nothing in them are nobody's copy."""
        if len(text) < MIN_STORY_CHARS:
            return None
        from watch import dedup

        for article_id, other in self.store.story_candidates(content_hash, bands):
            if fingerprint is None or other is None or dedup.is_near_duplicate(fingerprint, other):
                return article_id
        return None

    def _tally(
        self, claim_id: str, rule: ClaimRule, exclude: Sequence[EvidenceRecord]
    ) -> ledger.Tally:
        """The claim's tally of its stored evidence, but for `exclude` (just stored, and about
        to be added by the caller); read from the store once per run."""
        tally = self._tallies.get(claim_id)
        if tally is None:
            skip = {r.article_id for r in exclude}
            stored = [r for r in self.store.evidence(claim_id) if r.article_id not in skip]
            tally = self._tallies[claim_id] = ledger.Tally(self._threshold(rule), stored)
        return tally

    def _status(self, claim_id: str) -> ClaimStatus:
        if self._statuses is None:
            self._statuses = self.store.claim_statuses()
        return self._statuses.get(claim_id, ClaimStatus.REPORTED)

    def _threshold(self, rule: ClaimRule) -> float:
        return rule.min_confidence if rule.min_confidence is not None else self.min_confidence

    def _raise(self, alerts: Sequence[Alert]) -> None:
        for alert in alerts:
            if self.store.add_alert(alert, self._channels_for(alert)) is not None:
                self.alerts_raised += 1

    def _channels_for(self, alert: Alert) -> list[str]:
        if alert.kind != "evidence" or not alert.evidence:
            return [name for name, _ in self.channels]
        confidence = alert.evidence[0].confidence
        return [name for name, floor in self.channels if floor is None or confidence >= floor]
