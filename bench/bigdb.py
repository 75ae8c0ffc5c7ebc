"""Figure 7: a state database with N stored articles, built directly in watch's schema.

    python bench/bigdb.py STATE_DIR [--articles 1000000] [--claims-from RULES.yaml]

`watch.store.Store` creates the schema (so it is exactly watch's); then generated rows go in with
`executemany` in one transaction, and the full-text index is filled by
`Store.index_new_articles`, as a check fills it. Texts are drawn from a pool of generated
sentences (30% Chinese), 300-1,600 bytes each — feed-summary sized, so the database stays within
the benchmark's disk budget; a corpus of full article pages would be several times larger per
article. About 1% of articles carry evidence rows for the claims, so `watch claims` has a ledger
to summarise. Prints one JSON line: articles, evidence, seconds to
build, database bytes and bytes per article.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import _EN_CLAIMS, _EN_WORDS, _ZH_CLAIMS, _ZH_WORDS

BATCH = 20_000
STANCES = ("confirms", "contradicts", "mentions", "mentions", "mentions")


def _sentences(rng: random.Random, lang: str, n: int) -> list[str]:
    words = _ZH_WORDS if lang == "zh" else _EN_WORDS
    out = []
    for _ in range(n):
        picked = rng.choices(words, k=rng.randint(8, 18))
        out.append("".join(picked) + "。" if lang == "zh" else " ".join(picked).capitalize() + ".")
    return out


def _rows(
    rng: random.Random, start: int, count: int, now: datetime, pools: dict[str, list[str]]
) -> list[dict[str, object]]:
    """Generated articles as column -> value; `_insert` keeps the columns the schema has."""
    rows = []
    for i in range(start, start + count):
        lang = "zh" if rng.random() < 0.3 else "en"
        pool = pools[lang]
        k = rng.randint(3, 12) if lang == "en" else rng.randint(4, 14)
        parts = rng.sample(pool, k)
        if rng.random() < 0.03:
            parts.insert(1, rng.choice(_ZH_CLAIMS if lang == "zh" else _EN_CLAIMS))
        published = (now - timedelta(seconds=rng.randrange(3 * 365 * 86400))).isoformat(
            timespec="seconds"
        )
        sketch = rng.getrandbits(63)
        row: dict[str, object] = {
            "id": i, "url": f"http://news{i % 997}.example/{i}.html", "story_id": i,
            "feed_id": f"f{i % 1000:04d}", "guid": f"g{i}", "title": parts[0][:80],
            "text": ("" if lang == "zh" else " ").join(parts), "lang": lang,
            "published": published, "first_seen": published, "source": "feed",
            "extraction_note": None, "is_baseline": 0,
            "content_hash": f"{rng.getrandbits(64):016x}",
            # the near-duplicate sketch has been called simhash and fingerprint
            "simhash": sketch, "fingerprint": sketch,
        }  # fmt: skip
        row.update({f"band{b}": (sketch >> (16 * b)) & 0xFFFF for b in range(4)})
        rows.append(row)
    return rows


def _insert(conn: sqlite3.Connection, table: str, rows: list[dict[str, object]]) -> None:
    """executemany into `table` with the generated columns the current schema has.

    Raises RuntimeError when the schema has a required column the generator does not fill."""
    info = conn.execute(f"PRAGMA table_info({table})").fetchall()
    columns = [c[1] for c in info if rows and c[1] in rows[0]]
    missing = [c[1] for c in info if c[3] and c[4] is None and not c[5] and c[1] not in columns]
    if missing:
        raise RuntimeError(f"bench/bigdb.py does not fill {table}.{', '.join(missing)}")
    sql = (f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")  # fmt: skip
    conn.executemany(sql, [tuple(r[c] for c in columns) for r in rows])


def build(state: Path, articles: int, claim_ids: list[str], seed: int = 7) -> dict[str, object]:
    """Create the database in `state` and fill it. Raises sqlite3.Error on a database failure."""
    from watch.store import Store

    state.mkdir(parents=True, exist_ok=True)
    Store.open(state).close()  # schema and migrations, exactly as watch makes them
    path = state / "watch.db"
    rng = random.Random(seed)
    pools = {"en": _sentences(rng, "en", 20_000), "zh": _sentences(rng, "zh", 20_000)}
    now = datetime.now(UTC).replace(microsecond=0)
    conn = sqlite3.connect(path, isolation_level=None)
    # a bulk load of a throw-away database: a rollback journal, no fsync, WAL again at the end
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-200000")
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO feeds (id, url, name) VALUES (?, ?, ?)",
        [(f"f{i:04d}", f"http://feeds.example/{i}.xml", f"feed {i}") for i in range(1000)],
    )
    evidence = 0
    for start in range(1, articles + 1, BATCH):
        rows = _rows(rng, start, min(BATCH, articles + 1 - start), now, pools)
        _insert(conn, "articles", rows)
        ev = [
            {
                "claim_id": rng.choice(claim_ids),
                "article_id": r["id"],
                "story_id": r["id"],
                "stance": rng.choice(STANCES),
                "confidence": round(rng.uniform(0.3, 1), 3),
                "quote": str(r["text"])[:200],
                "reasons": "[]",
                "recorded_at": r["published"],
            }
            for r in rows
            if claim_ids and rng.random() < 0.01
        ]
        _insert(conn, "evidence", ev)
        evidence += len(ev)
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("ANALYZE")
    conn.close()
    with Store.open(state) as store:  # the full-text index, filled as a check fills it
        store.index_new_articles()
    seconds = time.perf_counter() - started
    size = path.stat().st_size
    return {
        "articles": articles,
        "evidence": evidence,
        "build_seconds": round(seconds, 1),
        "db_bytes": size,
        "bytes_per_article": round(size / max(articles, 1)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("state", type=Path)
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--claims-from", type=Path)
    args = parser.parse_args()
    claim_ids: list[str] = []
    if args.claims_from:
        import yaml

        data = yaml.safe_load(args.claims_from.read_text(encoding="utf-8")) or {}
        claim_ids = [c["id"] for c in data.get("claims") or []]
    print(json.dumps(build(args.state, args.articles, claim_ids)))


if __name__ == "__main__":
    main()
