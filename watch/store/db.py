"""The state database: the only place that talks SQL. It hands back project types, not rows.

One file, `state/watch.db`, in WAL mode with a busy timeout so readers (`watch claims`,
Datasette, the `sqlite-utils` command) never block a run. Writers are serialised by the run lock
(`watch.lock`).
"""

from __future__ import annotations

import contextlib
import functools
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from watch import statedir
from watch.errors import StateError
from watch.models import (
    Article,
    Entry,
    FeedResult,
    FeedState,
    RunReport,
    StoredArticle,
    Validators,
)
from watch.store.connection import Database, iso, open_readonly, parse_time
from watch.store.deliveries import DeliveriesMixin
from watch.store.evidence import EvidenceMixin
from watch.store.schema import SCHEMA_VERSION, check_version, migrate
from watch.store.search import SearchMixin
from watch.textclean import safe_text

DB_NAME = "watch.db"


@functools.lru_cache(maxsize=256)  # the same "now" is written for every row of a feed
@dataclass(frozen=True)
class FeedHealth:
    """One row of `watch feeds`."""

    feed_id: str
    name: str
    url: str
    last_success_at: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    consecutive_failures: int
    next_poll_at: datetime | None
    articles: int
    last_bozo: str | None = None  # why the last good poll's XML was malformed (entries kept)


class Store(EvidenceMixin, DeliveriesMixin, SearchMixin):
    """Open with `Store.open(state_dir)`; close with `close()` or a `with` block."""

    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = path

    @classmethod
    def open(cls, state_dir: str | Path, *, readonly: bool = False, private: bool = True) -> Store:
        """Open (creating and migrating if needed) the database in `state_dir`. `private`: the
        directory and the files created are the user's alone (see watch.statedir); a read-only
        open changes no mode.

        Raises StateError when the directory or file cannot be used."""
        state = Path(state_dir)
        path = state / DB_NAME
        conn: sqlite3.Connection | None = None
        try:
            if readonly:
                if not path.exists():
                    raise StateError(f"no state database at {path}: run `watch check --once` first")
                conn = open_readonly(path)
                version = check_version(conn)
                if version < SCHEMA_VERSION:
                    # a read cannot migrate: the first check is still creating the database, or
                    # an older watch wrote it
                    conn.close()
                    raise StateError(
                        f"state database {path} is at schema version {version}, not "
                        f"{SCHEMA_VERSION}: run `watch check --once` to create or upgrade it"
                    )
            else:
                statedir.prepare(state, private=private)
                statedir.create_database(path, private=private)
                conn = sqlite3.connect(str(path), timeout=10)
                # before anything writes (WAL changes the file header): a database from a newer
                # watch is refused untouched
                check_version(conn)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                migrate(conn)
            conn.execute("PRAGMA busy_timeout=10000")
            conn.execute("PRAGMA foreign_keys=ON")
        except (OSError, sqlite3.Error) as exc:
            if conn is not None:
                conn.close()
            raise StateError(f"cannot use state database {path}: {exc}") from exc
        return cls(Database(conn), path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction (nested blocks are savepoints). Raises StateError on a database error."""
        try:
            with self.db.atomic():
                yield
        except sqlite3.Error as exc:
            raise StateError(f"state database {self.path}: {exc}") from exc

    def integrity_ok(self) -> bool:
        return bool(self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")

    # --- feeds --------------------------------------------------------------------------------

    def sync_feeds(self, feeds: Sequence[tuple[str, str, str]]) -> None:
        """Make the feeds table match the configuration: (id, url, name) per feed.
        Feeds removed from the config are kept (their articles cite them) but made inactive."""
        with self.atomic():
            self.db.execute("UPDATE feeds SET active = 0")
            for feed_id, url, name in feeds:
                self.db.execute(
                    "INSERT INTO feeds (id, url, name, active) VALUES (?, ?, ?, 1) "
                    "ON CONFLICT(id) DO UPDATE SET url = excluded.url, name = excluded.name, "
                    "active = 1",
                    [feed_id, url, name],
                )

    def feed_states(self) -> list[FeedState]:
        rows = self.db.execute(
            "SELECT id, url, etag, last_modified, next_poll_at, consecutive_failures, "
            "last_success_at, last_error, last_error_at FROM feeds WHERE active ORDER BY rowid"
        ).fetchall()
        return [
            FeedState(
                feed_id=r[0],
                url=r[1],
                validators=Validators(r[2], r[3]),
                next_poll_at=parse_time(r[4]),
                consecutive_failures=r[5],
                last_success_at=parse_time(r[6]),
                last_error=r[7],
                last_error_at=parse_time(r[8]),
            )
            for r in rows
        ]

    def record_polls(self, polls: Iterable[tuple[FeedResult, datetime, datetime, int]]) -> None:
        """Store polls' outcomes, each (result, when, next poll time, consecutive failures):
        validators, health and the next poll time. One statement per kind of outcome."""
        ok, failed = [], []
        for result, now, next_poll_at, failures in polls:
            if result.error is None:
                validators = result.validators
                ok.append(
                    (
                        validators.etag,
                        validators.last_modified,
                        iso(next_poll_at),
                        iso(now),
                        iso(now),
                        result.bozo,
                        result.feed_id,
                    )
                )
            else:
                failed.append(
                    (
                        iso(next_poll_at),
                        failures,
                        iso(now),
                        safe_text(result.error),  # may quote the feed: see watch.textclean
                        iso(now),
                        result.feed_id,
                    )
                )
        self.db.conn.executemany(
            "UPDATE feeds SET etag = ?, last_modified = ?, next_poll_at = ?, "
            "consecutive_failures = 0, last_polled_at = ?, last_success_at = ?, "
            "last_bozo = ? WHERE id = ?",
            ok,
        )
        self.db.conn.executemany(
            "UPDATE feeds SET next_poll_at = ?, consecutive_failures = ?, last_polled_at = ?, "
            "last_error = ?, last_error_at = ? WHERE id = ?",
            failed,
        )

    def feed_health(self) -> list[FeedHealth]:
        rows = self.db.execute(
            "SELECT f.id, f.name, f.url, f.last_success_at, f.last_error, f.last_error_at, "
            "f.consecutive_failures, f.next_poll_at, "
            "(SELECT count(*) FROM articles a WHERE a.feed_id = f.id), f.last_bozo "
            "FROM feeds f WHERE f.active ORDER BY f.rowid"
        ).fetchall()
        return [
            FeedHealth(
                r[0],
                r[1],
                r[2],
                parse_time(r[3]),
                r[4],
                parse_time(r[5]),
                r[6],
                parse_time(r[7]),
                r[8],
                r[9],
            )
            for r in rows
        ]

    # --- articles -----------------------------------------------------------------------------

    def unseen(self, feed_id: str, entries: Iterable[Entry]) -> list[Entry]:
        """The entries not seen before: neither their guid in this feed nor their URL anywhere.
        Duplicates inside `entries` are dropped too. Two queries per feed, not two per entry."""
        unique: list[Entry] = []
        guids: set[str] = set()
        urls: set[str] = set()
        for entry in entries:
            if entry.guid in guids or (entry.url and entry.url in urls):
                continue
            guids.add(entry.guid)
            if entry.url:
                urls.add(entry.url)
            unique.append(entry)
        known_guids = self._present(
            "SELECT guid FROM entries WHERE feed_id = ? AND guid IN ({})", [feed_id], guids
        )
        known_urls = self._present("SELECT url FROM articles WHERE url IN ({})", [], urls)
        return [
            e for e in unique if e.guid not in known_guids and not (e.url and e.url in known_urls)
        ]

    def _present(self, sql: str, fixed: list[str], values: set[str]) -> set[str]:
        found: set[str] = set()
        items = sorted(values)
        for i in range(0, len(items), 500):  # SQLite's variable limit is 999 on old builds
            chunk = items[i : i + 500]
            rows = self.db.execute(sql.format(",".join("?" * len(chunk))), [*fixed, *chunk])
            found.update(row[0] for row in rows)
        return found

    def remember_entries(self, feed_id: str, guids: Iterable[str], now: datetime) -> None:
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO entries (feed_id, guid, first_seen) VALUES (?, ?, ?)",
            [(feed_id, guid, iso(now)) for guid in guids],
        )

    def add_article(
        self,
        article: Article,
        *,
        now: datetime,
        content_hash: str,
        fingerprint: int | None,
        bands: Sequence[int | None],
        story_of: int | None,
    ) -> StoredArticle | None:
        """Insert an article; None when its URL is already stored. `story_of` is the id of an
        article it is a syndicated copy of (see `story_candidates`)."""
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO articles (url, story_id, feed_id, guid, title, text, lang, "
            "published, first_seen, source, extraction_note, is_baseline, content_hash, "
            "fingerprint, band0, band1, band2, band3) "
            "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                article.url,
                article.feed_id,
                article.guid,
                article.title,
                article.text,
                article.lang,
                iso(article.published),
                iso(now),
                article.source,
                safe_text(article.note) if article.note else article.note,
                int(article.is_baseline),
                content_hash,
                fingerprint,
                *bands,
            ],
        )
        if cursor.rowcount == 0:
            return None
        article_id = cursor.lastrowid
        assert article_id is not None
        story_id = article_id
        if story_of is not None:
            story_id = self.db.execute(
                "SELECT story_id FROM articles WHERE id = ?", [story_of]
            ).fetchone()[0]
        self.db.execute("UPDATE articles SET story_id = ? WHERE id = ?", [story_id, article_id])
        if article.feed_id and article.guid:
            self.db.execute(
                "INSERT INTO entries (feed_id, guid, article_id, first_seen) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(feed_id, guid) DO UPDATE SET article_id = excluded.article_id",
                [article.feed_id, article.guid, article_id, iso(now)],
            )
        return StoredArticle(
            id=article_id,
            story_id=story_id,
            url=article.url,
            title=article.title,
            text=article.text,
            lang=article.lang,
            published=article.published,
            first_seen=now,
            feed_id=article.feed_id,
            is_baseline=article.is_baseline,
        )

    def story_candidates(
        self, content_hash: str, bands: Sequence[int | None]
    ) -> list[tuple[int, int | None]]:
        """(article id, fingerprint) of stored articles that may be copies of one with this hash
        and these bands: the same hash, or a band in common."""
        if all(band is None for band in bands):
            rows = self.db.execute(
                "SELECT id, fingerprint FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1",
                [content_hash],
            ).fetchall()
            return [(r[0], r[1]) for r in rows]
        rows = self.db.execute(
            "SELECT id, fingerprint FROM articles WHERE content_hash = ? "
            "UNION SELECT id, fingerprint FROM articles WHERE band0 = ? "
            "UNION SELECT id, fingerprint FROM articles WHERE band1 = ? "
            "UNION SELECT id, fingerprint FROM articles WHERE band2 = ? "
            "UNION SELECT id, fingerprint FROM articles WHERE band3 = ? ORDER BY id LIMIT 200",
            [content_hash, *bands],
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def article(self, key: str | int) -> StoredArticle | None:
        """An article by id or URL."""
        column = "id" if isinstance(key, int) or str(key).isdigit() else "url"
        row = self.db.execute(
            f"SELECT id, story_id, url, title, text, lang, published, first_seen, feed_id, "
            f"is_baseline FROM articles WHERE {column} = ?",
            [int(key) if column == "id" else key],
        ).fetchone()
        if row is None:
            return None
        return StoredArticle(
            row[0],
            row[1],
            row[2],
            row[3],
            row[4],
            row[5],
            datetime.fromisoformat(row[6]),
            datetime.fromisoformat(row[7]),
            row[8],
            bool(row[9]),
        )

    # --- runs ---------------------------------------------------------------------------------

    def start_run(self, now: datetime) -> int:
        with self.atomic():
            # a run that never finished was killed: say so rather than leave it "running"
            self.db.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
            cursor = self.db.execute("INSERT INTO runs (started_at) VALUES (?)", [iso(now)])
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def finish_run(self, run_id: int, report: RunReport, *, interrupted: bool = False) -> None:
        """Record how the run ended: `interrupted` when it was told to stop early."""
        with self.atomic():
            self.db.execute(
                "UPDATE runs SET finished_at = ?, status = ?, feeds_polled = ?, "
                "feeds_not_modified = ?, feeds_failed = ?, new_articles = ?, alerts = ?, "
                "deliveries_sent = ?, deliveries_failed = ?, errors = ? WHERE id = ?",
                [
                    iso(report.finished_at),
                    "interrupted" if interrupted else "ok",
                    report.feeds_polled,
                    report.feeds_not_modified,
                    report.feeds_failed,
                    report.new_articles,
                    report.alerts,
                    report.deliveries_sent,
                    report.deliveries_failed,
                    json.dumps([safe_text(e) for e in report.errors], ensure_ascii=False),
                    run_id,
                ],
            )

    def last_run(self) -> dict[str, object] | None:
        row = self.db.execute(
            "SELECT id, started_at, finished_at, status, feeds_polled, feeds_failed, "
            "new_articles, alerts FROM runs ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        keys = (
            "id",
            "started_at",
            "finished_at",
            "status",
            "feeds_polled",
            "feeds_failed",
            "new_articles",
            "alerts",
        )
        return dict(zip(keys, row, strict=True))
