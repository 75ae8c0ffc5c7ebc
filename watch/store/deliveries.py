"""The outbox's tables: alerts, their deliveries per channel, and each channel's schedule.

Mixed into `Store`; every method expects `self.db` (a `watch.store.connection.Database`) and
`evidence_for_story` (`watch.store.evidence.EvidenceMixin`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from watch.models import (
    Alert,
    ClaimStatus,
    Delivery,
    DeliveryState,
    EvidenceRecord,
    Stance,
    StatusChange,
)
from watch.store.connection import iso
from watch.textclean import safe_text

if TYPE_CHECKING:
    from watch.store.connection import Database

_ALERT_COLUMNS = (
    "a.id, a.key, a.claim_id, a.kind, a.stance, a.story_id, a.old_status, a.new_status, "
    "a.reason, a.created_at"
)


class DeliveriesMixin:
    db: Database

    if TYPE_CHECKING:  # EvidenceMixin's, beside this one in Store

        def evidence_for_story(self, claim_id: str, story_id: int) -> list[EvidenceRecord]: ...

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
                iso(alert.created_at),
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
            params.append(iso(since))
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
            [iso(now), channel, message_id],
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
            [safe_text(error), iso(next_attempt_at), iso(next_attempt_at), channel, message_id],
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
            [channel, iso(moment)],
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
            [channel, iso(moment)],
        )

    def delivery_counts(self) -> dict[str, int]:
        rows = self.db.execute("SELECT state, count(*) FROM deliveries GROUP BY state").fetchall()
        return {r[0]: r[1] for r in rows}
