"""Full-text search over stored articles, English and Chinese.

The index is FTS5 with the unicode61 tokenizer (words, case and accents folded) over a copy of
each text in which every run of Chinese characters is written as its overlapping two-character
words: "英伟达投资" is indexed as "英伟 伟达 达投 投资". Chinese has no spaces, and a word of two
or more characters is always a run of consecutive bigrams, so a query is written the same way and
each of its terms searched as a phrase. Against the trigram tokenizer this replaced (measured on
bench/'s 35,211 articles): 1.4 s to index instead of 10.9 s, and two-character words such as
"上市" are found by the index instead of a scan. English terms match words by prefix ("invest"
finds "investment").

The table is contentless (content=''): the text is stored once, in `articles`; the snippets are
cut in Python from the few rows a search returns. Mixed into `Store`; every method expects
`self.db` (a `watch.store.connection.Database`).
"""

from __future__ import annotations

import itertools
import operator
import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import contextlib

    from watch.store.connection import Database

INDEX_BATCH = 5000  # articles per indexing transaction
# SQLite refuses an expression nested past 1,000 levels, and each term is one more AND: a bound
# well below that, and above any query a person types
MAX_TERMS = 50
SNIPPET_BEFORE, SNIPPET_AFTER = 40, 80  # characters of context around the first hit
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
_WORD = re.compile(r"\w")


def _as_bigrams(match: re.Match[str]) -> str:
    run = match.group(0)
    return f" {' '.join(map(operator.add, run, run[1:])) if len(run) > 1 else run} "


def index_form(text: str) -> str:
    """`text` as the index sees it: each run of Chinese characters as its two-character words."""
    return text if text.isascii() else _HAN_RUN.sub(_as_bigrams, text)


def _needs_scan(term: str) -> bool:
    """A lone Chinese character has no bigram of its own: such terms are found by a scan."""
    return any(len(run) == 1 for run in _HAN_RUN.findall(term))


@dataclass(frozen=True)
class SearchHit:
    article_id: int
    title: str
    url: str
    published: datetime
    snippet: str


class SearchMixin:
    db: Database

    if TYPE_CHECKING:  # provided by Store

        def atomic(self) -> contextlib.AbstractContextManager[None]: ...

    def index_new_articles(self, batch: int = INDEX_BATCH, *, batches: int | None = None) -> int:
        """Add the articles stored since the last call to the full-text index (at most
        `batches` batches of them); returns how many were indexed. Whole batches go in with
        one statement (several times cheaper per article than row by row), one transaction
        each: a database migrated from another index (every article to index again) is done in
        steps that each stay small, and an interrupted call loses nothing."""
        total = 0
        for _ in itertools.repeat(None) if batches is None else range(batches):
            with self.atomic():
                upto = self.db.execute(
                    "SELECT value FROM meta WHERE key = 'fts_indexed_to'"
                ).fetchone()[0]
                rows = self.db.execute(
                    "SELECT id, title, text FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                    [upto, batch],
                ).fetchall()
                if not rows:
                    return total
                self.db.conn.executemany(
                    "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
                    [(i, index_form(title), index_form(text)) for i, title, text in rows],
                )
                self.db.execute(
                    "UPDATE meta SET value = ? WHERE key = 'fts_indexed_to'", [rows[-1][0]]
                )
            total += len(rows)
        return total

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """Articles whose title or text holds every term of `query`, newest first. English
        terms match words by prefix; Chinese terms match as written. Terms are quoted, so FTS
        syntax in the query is taken literally. Articles are searchable once indexed: a check
        indexes as it goes, in batches, and at its end.

        Raises ValueError for more than MAX_TERMS terms."""
        terms = search_terms(query)
        if not terms:
            return []
        if any(_needs_scan(t) for t in terms):
            return self._search_like(terms, limit)
        match = " AND ".join('"' + index_form(t).replace('"', '""') + '"*' for t in terms)
        rows = self.db.execute(
            "SELECT a.id, a.title, a.url, a.published, a.text FROM articles_fts "
            "JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? "
            "ORDER BY a.published DESC LIMIT ?",
            [match, limit],
        ).fetchall()
        return [_hit(row, terms) for row in rows]

    def _search_like(self, terms: list[str], limit: int) -> list[SearchHit]:
        clauses = " AND ".join("(title LIKE ? OR text LIKE ?)" for _ in terms)
        params: list[object] = []
        for term in terms:
            params += [f"%{term}%", f"%{term}%"]
        rows = self.db.execute(
            f"SELECT id, title, url, published, text FROM articles "
            f"WHERE {clauses} ORDER BY published DESC LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [_hit(row, terms) for row in rows]


def search_terms(query: str) -> list[str]:
    """The terms `search` looks for: the words of `query` that hold a letter or digit.

    Raises ValueError for more than MAX_TERMS of them."""
    terms = [t for t in query.split() if _WORD.search(t)]
    if len(terms) > MAX_TERMS:
        raise ValueError(f"{len(terms)} terms: a search takes at most {MAX_TERMS}")
    return terms


def _hit(row: tuple[int, str, str, str, str], terms: list[str]) -> SearchHit:
    article_id, title, url, published, text = row
    return SearchHit(
        article_id, title, url, datetime.fromisoformat(published), snippet(text, terms)
    )


def snippet(text: str, terms: list[str]) -> str:
    """The passage of `text` around the first term found, with the term in [brackets] and "…"
    where the text is cut; the opening of the text when no term is in it (a title match)."""
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)
    found = pattern.search(text)
    if found is None:
        cut = text[: SNIPPET_BEFORE + SNIPPET_AFTER]
        return cut + ("…" if len(cut) < len(text) else "")
    start = max(found.start() - SNIPPET_BEFORE, 0)
    end = min(found.end() + SNIPPET_AFTER, len(text))
    if start and text[start - 1 : start + 1].isascii() and text[start - 1].isalnum():
        start = text.find(" ", start, found.start()) + 1 or start  # not in mid-word
    if end < len(text) and text[end - 1 : end + 1].isascii() and text[end].isalnum():
        end = text.rfind(" ", found.end(), end) if " " in text[found.end() : end] else end
    return (
        ("…" if start else "")
        + f"{text[start : found.start()]}[{found.group(0)}]{text[found.end() : end]}"
        + ("…" if end < len(text) else "")
    )
