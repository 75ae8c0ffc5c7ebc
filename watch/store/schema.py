"""The database schema, as forward migrations.

`PRAGMA user_version` holds the number of migrations applied. Each migration runs in its own
transaction, so a crash mid-migration leaves the previous version intact. Never edit a shipped
migration: add a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

_V1 = """
CREATE TABLE feeds (
    id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    etag TEXT,
    last_modified TEXT,
    next_poll_at TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    last_polled_at TEXT,
    last_success_at TEXT,
    last_error TEXT,
    last_error_at TEXT,
    last_bozo TEXT,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    story_id INTEGER NOT NULL,
    feed_id TEXT REFERENCES feeds(id),
    guid TEXT,
    title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL DEFAULT 'und',
    published TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'page',
    extraction_note TEXT,
    is_baseline INTEGER NOT NULL DEFAULT 0,
    content_hash TEXT NOT NULL,
    fingerprint INTEGER,  -- near-duplicate sketch (watch.dedup); NULL for texts too short
    band0 INTEGER, band1 INTEGER, band2 INTEGER, band3 INTEGER  -- its four 16-bit bands
);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_band0 ON articles(band0);
CREATE INDEX articles_band1 ON articles(band1);
CREATE INDEX articles_band2 ON articles(band2);
CREATE INDEX articles_band3 ON articles(band3);
CREATE INDEX articles_published ON articles(published);

-- every entry a feed has shown us, so a re-poll never re-fetches it
CREATE TABLE entries (
    feed_id TEXT NOT NULL,
    guid TEXT NOT NULL,
    article_id INTEGER REFERENCES articles(id),
    first_seen TEXT NOT NULL,
    PRIMARY KEY (feed_id, guid)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL DEFAULT 'running',
    feeds_polled INTEGER NOT NULL DEFAULT 0,
    feeds_not_modified INTEGER NOT NULL DEFAULT 0,
    feeds_failed INTEGER NOT NULL DEFAULT 0,
    new_articles INTEGER NOT NULL DEFAULT 0,
    alerts INTEGER NOT NULL DEFAULT 0,
    deliveries_sent INTEGER NOT NULL DEFAULT 0,
    deliveries_failed INTEGER NOT NULL DEFAULT 0,
    errors TEXT NOT NULL DEFAULT '[]'
);

-- the claim ledger
CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    claim_id TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    story_id INTEGER NOT NULL,
    stance TEXT NOT NULL,
    confidence REAL NOT NULL,
    quote TEXT NOT NULL,
    quote_start INTEGER,
    quote_end INTEGER,
    reasons TEXT NOT NULL DEFAULT '[]',
    is_baseline INTEGER NOT NULL DEFAULT 0,
    recorded_at TEXT NOT NULL,
    UNIQUE (claim_id, article_id)
);
CREATE INDEX evidence_claim ON evidence(claim_id, story_id);

CREATE TABLE claim_status (
    claim_id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    changed_at TEXT NOT NULL
);

CREATE TABLE status_changes (
    id INTEGER PRIMARY KEY,
    claim_id TEXT NOT NULL,
    old_status TEXT NOT NULL,
    new_status TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX status_changes_claim ON status_changes(claim_id);

-- the outbox: alerts are written with the evidence that raised them, before any delivery
CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    claim_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    stance TEXT,
    story_id INTEGER,
    old_status TEXT,
    new_status TEXT,
    reason TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX alerts_created ON alerts(created_at);

CREATE TABLE deliveries (
    alert_id INTEGER NOT NULL REFERENCES alerts(id),
    channel TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error TEXT,
    message_id TEXT,
    sent_at TEXT,
    PRIMARY KEY (alert_id, channel)
) WITHOUT ROWID;
CREATE INDEX deliveries_state ON deliveries(channel, state);

CREATE TABLE channels (
    name TEXT PRIMARY KEY,
    last_digest_at TEXT
);
"""


def _v1(conn: sqlite3.Connection) -> None:
    conn.executescript(_V1)


def _v2(conn: sqlite3.Connection) -> None:
    # when each channel last had a message accepted: the "also seen" section lists the
    # mentions recorded since then
    conn.execute("ALTER TABLE channels ADD COLUMN last_sent_at TEXT")


def _v3(conn: sqlite3.Connection) -> None:
    # Full-text indexing moves from a per-row trigger to one bulk insert at the end of each
    # run (Store.index_new_articles): measured 0.27 ms instead of 0.73 ms per article.
    # `meta.fts_indexed_to` is the highest article id the index holds.
    conn.execute("DROP TRIGGER articles_ai")
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value)")
    conn.execute(
        "INSERT INTO meta (key, value) SELECT 'fts_indexed_to', coalesce(max(id), 0) FROM articles"
    )


def _v4(conn: sqlite3.Connection) -> None:
    # The trigram index becomes a contentless unicode61 index over text with Chinese written
    # as bigrams (watch.store.search): 8x cheaper to fill. It is refilled by the next check.
    conn.execute("DROP TRIGGER articles_ad")  # nothing deletes articles; a contentless index
    conn.execute("DROP TABLE articles_fts")  # could not take the trigger's 'delete' anyway
    conn.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5("
        "title, text, content='', tokenize='unicode61 remove_diacritics 2')"
    )
    conn.execute("UPDATE meta SET value = 0 WHERE key = 'fts_indexed_to'")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3, _v4]
SCHEMA_VERSION = len(MIGRATIONS)


def check_version(conn: sqlite3.Connection) -> int:
    """The database's schema version. Raises sqlite3.DatabaseError when a newer watch wrote it."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise sqlite3.DatabaseError(
            f"database schema version {version} is newer than this watch ({SCHEMA_VERSION})"
        )
    return version


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every migration the database has not seen; returns the version it started at.

    Raises sqlite3.Error on failure (the failed migration is rolled back)."""
    start = check_version(conn)
    for version in range(start, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # executescript would COMMIT first; run statements one by one inside the transaction
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return start


def _statements(migration: Callable[[sqlite3.Connection], None]) -> list[str]:
    """Capture what a migration would execute, as separate statements."""
    recorder = _Recorder()
    migration(recorder)  # type: ignore[arg-type]
    return recorder.statements


class _Recorder:
    def __init__(self) -> None:
        self.statements: list[str] = []

    def executescript(self, script: str) -> None:
        buffer = ""
        for line in script.splitlines(keepends=True):
            if line.strip().startswith("--"):
                continue
            buffer += line
            if sqlite3.complete_statement(buffer):
                self.statements.append(buffer.strip())
                buffer = ""
        if buffer.strip():
            self.statements.append(buffer.strip())

    def execute(self, statement: str) -> None:
        self.statements.append(statement)
