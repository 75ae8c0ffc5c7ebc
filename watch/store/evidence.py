"""The claim ledger's tables: evidence (verdicts on stored articles) and claim statuses.

Mixed into `Store`; every method expects `self.db` (a `watch.store.connection.Database`)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from watch.models import (
    ClaimStatus,
    EvidenceRecord,
    Stance,
    StatusChange,
    StoredArticle,
    Verdict,
)
from watch.store.connection import iso

if TYPE_CHECKING:
    from watch.store.connection import Database

_EVIDENCE_COLUMNS = (
    "e.claim_id, e.article_id, e.story_id, e.stance, e.confidence, e.quote, a.url, a.title, "
    "a.feed_id, a.published, a.lang, e.is_baseline, e.reasons"
)


# scheme://host followed by a path, query, fragment or nothing: no user, port or IPv6 brackets,
# the shape of nearly every article URL; anything else goes through urlsplit
_PLAIN_HOST = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://([A-Za-z0-9._~-]+)(?=[/?#]|\Z)")


def outlet(url: str, feed_id: str | None) -> str:
    """The source an article counts for: its site (www. dropped), or the seed file."""
    if url.startswith("seed:"):
        return url.removeprefix("seed:")
    plain = _PLAIN_HOST.match(url)  # a third of urlsplit's time; `watch claims` reads thousands
    host = plain[1].lower() if plain else urlsplit(url).hostname or feed_id or "unknown"
    return host.removeprefix("www.")


def _record(row: Sequence[Any]) -> EvidenceRecord:
    return EvidenceRecord(
        claim_id=row[0],
        article_id=row[1],
        story_id=row[2],
        stance=Stance(row[3]),
        confidence=row[4],
        quote=row[5],
        url=row[6],
        title=row[7],
        source=outlet(row[6], row[8]),
        published=datetime.fromisoformat(row[9]),
        lang=row[10],
        is_baseline=bool(row[11]),
        reasons=tuple(json.loads(row[12])),
    )


class EvidenceMixin:
    db: Database

    # --- evidence -----------------------------------------------------------------------------

    def add_evidence(
        self, article: StoredArticle, verdicts: Iterable[Verdict], now: datetime
    ) -> list[EvidenceRecord]:
        """Record each verdict on a stored article; returns the records newly written."""
        added: list[EvidenceRecord] = []
        for verdict in verdicts:
            # a headline often opens the body too: quote each sentence once
            quote = " … ".join(dict.fromkeys(e.text.strip() for e in verdict.evidence))
            first = next((e for e in verdict.evidence if not e.in_title), None)
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO evidence (claim_id, article_id, story_id, stance, "
                "confidence, quote, quote_start, quote_end, reasons, is_baseline, recorded_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    verdict.claim_id,
                    article.id,
                    article.story_id,
                    str(verdict.stance),
                    round(verdict.confidence, 3),
                    quote,
                    first.start if first else None,
                    first.end if first else None,
                    json.dumps(list(verdict.reasons), ensure_ascii=False),
                    int(article.is_baseline),
                    iso(now),
                ],
            )
            if cursor.rowcount:
                added.append(
                    EvidenceRecord(
                        claim_id=verdict.claim_id,
                        article_id=article.id,
                        story_id=article.story_id,
                        stance=verdict.stance,
                        confidence=round(verdict.confidence, 3),
                        quote=quote,
                        url=article.url,
                        title=article.title,
                        source=outlet(article.url, article.feed_id),
                        published=article.published,
                        lang=article.lang,
                        is_baseline=article.is_baseline,
                        reasons=verdict.reasons,
                    )
                )
        return added

    def evidence(
        self, claim_id: str | None = None, *, decisive: bool = False
    ) -> list[EvidenceRecord]:
        """Evidence, oldest first: one claim's or all; `decisive` leaves out mentions and
        the baseline (all the status table needs)."""
        clauses, params = [], []
        if claim_id:
            clauses.append("e.claim_id = ?")
            params.append(claim_id)
        if decisive:
            clauses.append("e.stance != 'mentions' AND NOT e.is_baseline")
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.db.execute(
            f"SELECT {_EVIDENCE_COLUMNS} FROM evidence e JOIN articles a ON a.id = e.article_id "
            f"{where} ORDER BY a.published, e.id",
            params,
        ).fetchall()
        return [_record(r) for r in rows]

    def evidence_for_story(self, claim_id: str, story_id: int) -> list[EvidenceRecord]:
        rows = self.db.execute(
            f"SELECT {_EVIDENCE_COLUMNS} FROM evidence e JOIN articles a ON a.id = e.article_id "
            f"WHERE e.claim_id = ? AND e.story_id = ? ORDER BY a.published, e.id",
            [claim_id, story_id],
        ).fetchall()
        return [_record(r) for r in rows]

    def mentions_since(self, since: datetime | None) -> list[EvidenceRecord]:
        rows = self.db.execute(
            f"SELECT {_EVIDENCE_COLUMNS} FROM evidence e JOIN articles a ON a.id = e.article_id "
            f"WHERE e.stance = 'mentions' AND NOT e.is_baseline AND e.recorded_at > ? "
            f"ORDER BY a.published",
            [iso(since) or ""],
        ).fetchall()
        return [_record(r) for r in rows]

    # --- statuses -----------------------------------------------------------------------------

    def claim_statuses(self) -> dict[str, ClaimStatus]:
        rows = self.db.execute("SELECT claim_id, status FROM claim_status").fetchall()
        return {r[0]: ClaimStatus(r[1]) for r in rows}

    def record_change(self, change: StatusChange) -> None:
        self.db.execute(
            "INSERT INTO claim_status (claim_id, status, changed_at) VALUES (?, ?, ?) "
            "ON CONFLICT(claim_id) DO UPDATE SET status = excluded.status, "
            "changed_at = excluded.changed_at",
            [change.claim_id, str(change.new), iso(change.at)],
        )
        self.db.execute(
            "INSERT INTO status_changes (claim_id, old_status, new_status, changed_at, reason) "
            "VALUES (?, ?, ?, ?, ?)",
            [change.claim_id, str(change.old), str(change.new), iso(change.at), change.reason],
        )

    def status_changes(self, claim_id: str) -> list[StatusChange]:
        rows = self.db.execute(
            "SELECT claim_id, old_status, new_status, changed_at, reason FROM status_changes "
            "WHERE claim_id = ? ORDER BY id",
            [claim_id],
        ).fetchall()
        return [
            StatusChange(
                r[0], ClaimStatus(r[1]), ClaimStatus(r[2]), datetime.fromisoformat(r[3]), r[4]
            )
            for r in rows
        ]
