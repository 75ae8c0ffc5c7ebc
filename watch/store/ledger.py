"""Ledger and outbox tables: evidence, claim statuses, alerts and their deliveries.

Mixed into `Store`; every method expects `self.db` (a `watch.store.connection.Database`)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from watch.models import (
    Alert,
    ClaimStatus,
    Delivery,
    DeliveryState,
    EvidenceRecord,
    Stance,
    StatusChange,
    StoredArticle,
    Verdict,
)
from watch.textclean import safe_text

if TYPE_CHECKING:
    from watch.store.connection import Database

_EVIDENCE_COLUMNS = (
    "e.claim_id, e.article_id, e.story_id, e.stance, e.confidence, e.quote, a.url, a.title, "
    "a.feed_id, a.published, a.lang, e.is_baseline, e.reasons"
)


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat(timespec="seconds")


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


_ALERT_COLUMNS = (
    "a.id, a.key, a.claim_id, a.kind, a.stance, a.story_id, a.old_status, a.new_status, "
    "a.reason, a.created_at"
)


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


class LedgerMixin:
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
                    _iso(now),
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
            [_iso(since) or ""],
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
            [change.claim_id, str(change.new), _iso(change.at)],
        )
        self.db.execute(
            "INSERT INTO status_changes (claim_id, old_status, new_status, changed_at, reason) "
            "VALUES (?, ?, ?, ?, ?)",
            [change.claim_id, str(change.old), str(change.new), _iso(change.at), change.reason],
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

    # --- the outbox ---------------------------------------------------------------------------

    def add_alert(self, alert: Alert, channels: Sequence[str]) -> int | None:
        """Write an alert and a pending delivery per channel; None if its key exists already."""
        change = alert.change
        story_id = alert.evidence[0].story_id if alert.evidence else None
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO alerts (key, claim_id, kind, stance, story_id, old_status, "
            "new_status, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                alert.key,
                alert.claim_id,
                alert.kind,
                alert.stance and str(alert.stance),
                story_id,
                change and str(change.old),
                change and str(change.new),
                change and change.reason,
                _iso(alert.created_at),
            ],
        )
        if not cursor.rowcount:
            return None
        alert_id = cursor.lastrowid
        self.db.conn.executemany(
            "INSERT INTO deliveries (alert_id, channel, state) VALUES (?, ?, 'pending')",
            [(alert_id, channel) for channel in channels],
        )
        return alert_id

    def alerts_by_id(self, ids: Iterable[int]) -> list[Alert]:
        """Exactly the alerts named (those that exist), oldest first, however many: what a
        message carries is never decided by a listing's limit."""
        id_list = sorted(set(ids))
        found: list[Alert] = []
        for i in range(0, len(id_list), 500):  # SQLite's variable limit is 999 on old builds
            chunk = id_list[i : i + 500]
            rows = self.db.execute(
                f"SELECT {_ALERT_COLUMNS} FROM alerts a "
                f"WHERE a.id IN ({','.join('?' * len(chunk))}) ORDER BY a.id",
                chunk,
            ).fetchall()
            found += [self._alert(r) for r in rows]
        return found

    def alerts(
        self,
        *,
        since: datetime | None = None,
        state: str | None = None,
        limit: int = 200,
    ) -> list[Alert]:
        """The newest `limit` alerts with their evidence (all copies of the story), newest
        first: a listing for people; deliveries load theirs with `alerts_by_id`."""
        clauses: list[str] = ["1"]
        params: list[object] = []
        if since is not None:
            clauses.append("a.created_at >= ?")
            params.append(_iso(since))
        if state is not None:
            clauses.append(
                "EXISTS (SELECT 1 FROM deliveries d WHERE d.alert_id = a.id "
                "AND d.state IN (" + ",".join("?" * len(state.split(","))) + "))"
            )
            params += state.split(",")
        rows = self.db.execute(
            f"SELECT {_ALERT_COLUMNS} FROM alerts a WHERE {' AND '.join(clauses)} "
            "ORDER BY a.id DESC LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [self._alert(r) for r in rows]

    def _alert(self, row: Sequence[Any]) -> Alert:
        created = datetime.fromisoformat(row[9])
        change = None
        if row[3] == "status":
            change = StatusChange(row[2], ClaimStatus(row[6]), ClaimStatus(row[7]), created, row[8])
        evidence = tuple(self.evidence_for_story(row[2], row[5])) if row[5] is not None else ()
        return Alert(
            key=row[1],
            claim_id=row[2],
            kind=row[3],
            created_at=created,
            stance=Stance(row[4]) if row[4] else None,
            change=change,
            evidence=evidence,
            id=row[0],
        )

    def deliveries(self, alert_ids: Iterable[int] | None = None) -> list[Delivery]:
        where, params = "", []
        if alert_ids is not None:
            id_list = list(alert_ids)
            where = f"WHERE alert_id IN ({','.join('?' * len(id_list))})"
            params = id_list
        rows = self.db.execute(
            "SELECT alert_id, channel, state, attempts, next_attempt_at, last_error, message_id "
            f"FROM deliveries {where} ORDER BY alert_id, channel",
            params,
        ).fetchall()
        return [
            Delivery(
                r[0],
                r[1],
                DeliveryState(r[2]),
                r[3],
                datetime.fromisoformat(r[4]) if r[4] else None,
                r[5],
                r[6],
            )
            for r in rows
        ]

    def in_flight(self, channel: str) -> dict[str, list[int]]:
        """Messages handed to `channel` but not acknowledged: message id -> alert ids."""
        rows = self.db.execute(
            "SELECT message_id, alert_id FROM deliveries WHERE channel = ? AND state = 'sending' "
            "ORDER BY alert_id",
            [channel],
        ).fetchall()
        groups: dict[str, list[int]] = {}
        for message_id, alert_id in rows:
            groups.setdefault(message_id, []).append(alert_id)
        return groups

    def pending(self, channel: str) -> list[int]:
        rows = self.db.execute(
            "SELECT alert_id FROM deliveries WHERE channel = ? AND state = 'pending' "
            "ORDER BY alert_id",
            [channel],
        ).fetchall()
        return [r[0] for r in rows]

    def next_attempt(self, channel: str, message_id: str) -> tuple[int, datetime | None]:
        row = self.db.execute(
            "SELECT max(attempts), max(next_attempt_at) FROM deliveries "
            "WHERE channel = ? AND message_id = ?",
            [channel, message_id],
        ).fetchone()
        return (row[0] or 0, datetime.fromisoformat(row[1]) if row[1] else None)

    def mark_sending(self, channel: str, alert_ids: Sequence[int], message_id: str) -> None:
        self.db.conn.executemany(
            "UPDATE deliveries SET state = 'sending', message_id = ? "
            "WHERE channel = ? AND alert_id = ? AND state = 'pending'",
            [(message_id, channel, alert_id) for alert_id in alert_ids],
        )

    def mark_sent(self, channel: str, message_id: str, now: datetime) -> None:
        self.db.execute(
            "UPDATE deliveries SET state = 'sent', sent_at = ?, attempts = attempts + 1, "
            "last_error = NULL WHERE channel = ? AND message_id = ?",
            [_iso(now), channel, message_id],
        )

    def mark_failed_attempt(
        self, channel: str, message_id: str, error: str, next_attempt_at: datetime | None
    ) -> None:
        """Count a failed attempt; `next_attempt_at` None means give up (state failed)."""
        self.db.execute(
            "UPDATE deliveries SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, "
            "state = CASE WHEN ? IS NULL THEN 'failed' ELSE state END "
            "WHERE channel = ? AND message_id = ?",
            # the error quotes a remote server: stored clean (see watch.textclean)
            [safe_text(error), _iso(next_attempt_at), _iso(next_attempt_at), channel, message_id],
        )

    def last_digest_at(self, channel: str) -> datetime | None:
        row = self.db.execute(
            "SELECT last_digest_at FROM channels WHERE name = ?", [channel]
        ).fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    def set_last_digest_at(self, channel: str, moment: datetime) -> None:
        self.db.execute(
            "INSERT INTO channels (name, last_digest_at) VALUES (?, ?) ON CONFLICT(name) "
            "DO UPDATE SET last_digest_at = excluded.last_digest_at",
            [channel, _iso(moment)],
        )

    def last_sent_at(self, channel: str) -> datetime | None:
        row = self.db.execute(
            "SELECT last_sent_at FROM channels WHERE name = ?", [channel]
        ).fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    def set_last_sent_at(self, channel: str, moment: datetime) -> None:
        self.db.execute(
            "INSERT INTO channels (name, last_sent_at) VALUES (?, ?) ON CONFLICT(name) "
            "DO UPDATE SET last_sent_at = excluded.last_sent_at",
            [channel, _iso(moment)],
        )

    def delivery_counts(self) -> dict[str, int]:
        rows = self.db.execute("SELECT state, count(*) FROM deliveries GROUP BY state").fetchall()
        return {r[0]: r[1] for r in rows}
