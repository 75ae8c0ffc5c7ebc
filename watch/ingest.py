"""Store an article and everything it implies, in one transaction: the article (linked to its
story when it is a syndicated copy), the claim engine's verdicts as evidence, status changes,
and the alerts they raise, written to the outbox before any delivery is tried.

Both the feed pipeline and `watch baseline` come through here, so seeds and feed articles are
stored, deduplicated and judged the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from watch import dedup, ledger
from watch.claims.engine import Matcher
from watch.claims.rules import ClaimRule
from watch.models import Alert, Article, ClaimStatus, Document, EvidenceRecord, StoredArticle
from watch.store import Store


@dataclass
class Ingestor:
    """Holds what every article needs: the store, the compiled claims and the channel names."""

    store: Store
    claims: Sequence[ClaimRule]
    channels: Sequence[tuple[str, float | None]]  # name, the channel's own minimum confidence
    min_confidence: float
    matcher: Matcher = field(init=False)
    alerts_raised: int = 0

    def __post_init__(self) -> None:
        self.matcher = Matcher(self.claims)
        self._rules = {c.id: c for c in self.claims}

    def add(self, article: Article, now: datetime) -> StoredArticle | None:
        """Store `article` and judge it; None when its URL is already stored.
        Call inside `store.atomic()` together with the feed's other writes."""
        # the body alone: syndicated copies differ in headline, dateline and footer
        content_hash = dedup.content_hash(article.text)
        simhash = dedup.fingerprint(article.text)
        bands = dedup.bands(simhash)
        story_of = self._story_of(content_hash, simhash, bands)
        stored = self.store.add_article(
            article,
            now=now,
            content_hash=content_hash,
            simhash=simhash,
            bands=bands,
            story_of=story_of,
        )
        if stored is None:
            return None
        document = Document(
            text=stored.text,
            published=stored.published.date(),
            title=stored.title,
            lang=stored.lang,
        )
        new = self.store.add_evidence(stored, self.matcher.judge(document), now)
        self._update_ledger(new, now)
        return stored

    def apply_deadlines(self, now: datetime) -> int:
        """Expire claims whose deadline passed unconfirmed; returns the alerts raised."""
        before = self.alerts_raised
        statuses = self.store.claim_statuses()
        for rule in self.claims:
            if rule.deadline is None or now.date() <= rule.deadline:
                continue
            if statuses.get(rule.id, ClaimStatus.REPORTED) != ClaimStatus.REPORTED:
                continue
            self._decide(rule.id, self.store.evidence(rule.id), [], now)
        return self.alerts_raised - before

    def _story_of(self, content_hash: str, simhash: int, bands: Sequence[int]) -> int | None:
        for article_id, other in self.store.story_candidates(content_hash, bands):
            if dedup.is_near_duplicate(simhash, other):
                return article_id
        return None

    def _update_ledger(self, new: Sequence[EvidenceRecord], now: datetime) -> None:
        for claim_id in dict.fromkeys(r.claim_id for r in new):
            mine = [r for r in new if r.claim_id == claim_id]
            ids = {r.article_id for r in mine}
            earlier = [r for r in self.store.evidence(claim_id) if r.article_id not in ids]
            self._decide(claim_id, earlier, mine, now)

    def _decide(
        self,
        claim_id: str,
        earlier: Sequence[EvidenceRecord],
        new: Sequence[EvidenceRecord],
        now: datetime,
    ) -> None:
        rule = self._rules.get(claim_id)
        if rule is None:
            return
        threshold = rule.min_confidence if rule.min_confidence is not None else self.min_confidence
        old = self.store.claim_statuses().get(claim_id, ClaimStatus.REPORTED)
        change, alerts = ledger.decide(
            claim_id,
            old_status=old,
            earlier=earlier,
            new=new,
            deadline=rule.deadline,
            now=now,
            min_confidence=threshold,
        )
        if change is not None:
            self.store.record_change(change)
        for alert in alerts:
            if self.store.add_alert(alert, self._channels_for(alert)) is not None:
                self.alerts_raised += 1

    def _channels_for(self, alert: Alert) -> list[str]:
        if alert.kind != "evidence" or not alert.evidence:
            return [name for name, _ in self.channels]
        confidence = alert.evidence[0].confidence
        return [name for name, floor in self.channels if floor is None or confidence >= floor]
