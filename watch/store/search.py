"""Full-text search over stored articles: the FTS5 trigram index (it finds Chinese words,
which the default tokenizer does not) and the queries on it.

Mixed into `Store`; every method expects `self.db` (a sqlite_utils.Database)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import contextlib

    import sqlite_utils


@dataclass(frozen=True)
class SearchHit:
    article_id: int
    title: str
    url: str
    published: datetime
    snippet: str


class SearchMixin:
    db: sqlite_utils.Database

    if TYPE_CHECKING:  # provided by Store

        def atomic(self) -> contextlib.AbstractContextManager[None]: ...

    def index_new_articles(self) -> int:
        """Add the articles stored since the last call to the full-text index, in one
        statement (several times cheaper per article than indexing row by row). Returns how
        many were indexed."""
        with self.atomic():
            upto = self.db.execute(
                "SELECT value FROM meta WHERE key = 'fts_indexed_to'"
            ).fetchone()[0]
            cursor = self.db.execute(
                "INSERT INTO articles_fts (rowid, title, text) "
                "SELECT id, title, text FROM articles WHERE id > ? ORDER BY id",
                [upto],
            )
            self.db.execute(
                "UPDATE meta SET value = (SELECT coalesce(max(id), 0) FROM articles) "
                "WHERE key = 'fts_indexed_to'"
            )
        return cursor.rowcount

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """Full-text search over titles and texts (trigram: works for Chinese; 3+ characters
        per term). Terms are quoted, so FTS syntax in the query is taken literally. Articles
        are searchable once the check that stored them has indexed them, at its end."""
        terms = [t for t in query.split() if t]
        if not terms:
            return []
        if any(len(t) < 3 for t in terms):
            return self._search_like(terms, limit)
        match = " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)
        rows = self.db.execute(
            "SELECT a.id, a.title, a.url, a.published, "
            "snippet(articles_fts, 1, '[', ']', '…', 12) FROM articles_fts "
            "JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? "
            "ORDER BY a.published DESC LIMIT ?",
            [match, limit],
        ).fetchall()
        return [SearchHit(r[0], r[1], r[2], datetime.fromisoformat(r[3]), r[4]) for r in rows]

    def _search_like(self, terms: list[str], limit: int) -> list[SearchHit]:
        # trigram cannot index terms shorter than three characters (两字 Chinese words): scan
        clauses = " AND ".join("(title LIKE ? OR text LIKE ?)" for _ in terms)
        params: list[object] = []
        for term in terms:
            params += [f"%{term}%", f"%{term}%"]
        rows = self.db.execute(
            f"SELECT id, title, url, published, substr(text, 1, 120) FROM articles "
            f"WHERE {clauses} ORDER BY published DESC LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [SearchHit(r[0], r[1], r[2], datetime.fromisoformat(r[3]), r[4]) for r in rows]
