"""Figure 7: a state database with N stored articles, built directly in watch's schema.

    python bench/bigdb.py STATE_DIR [--articles 1000000] [--claims-from RULES.yaml]

`watch.store.Store` creates the schema (so it is exactly watch's); then generated rows go in with
`executemany` in one transaction, and the full-text index is built by one FTS5 'rebuild'
(the schema's row trigger is dropped for the load and restored, same SQL, afterwards).
Texts are drawn
from a pool of generated sentences (30% Chinese), 300-1,600 bytes each — feed-summary sized, so
the database stays within the benchmark's disk budget; a corpus of full article pages would be
several times larger per article. About 1% of articles carry evidence rows for the claims, so
`watch claims` has a ledger to summarise. Prints one JSON line: articles, evidence, seconds to
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
) -> list[tuple[object, ...]]:
    rows = []
    for i in range(start, start + count):
        lang = "zh" if rng.random() < 0.3 else "en"
        pool = pools[lang]
        k = rng.randint(3, 12) if lang == "en" else rng.randint(4, 14)
        parts = rng.sample(pool, k)
        if rng.random() < 0.03:
            parts.insert(1, rng.choice(_ZH_CLAIMS if lang == "zh" else _EN_CLAIMS))
        text = ("" if lang == "zh" else " ").join(parts)
        title = parts[0][:80]
        published = (now - timedelta(seconds=rng.randrange(3 * 365 * 86400))).isoformat(
            timespec="seconds"
        )
        simhash = rng.getrandbits(63)
        bands = [(simhash >> (16 * b)) & 0xFFFF for b in range(4)]
        rows.append(
            (
                i,
                f"http://news{i % 997}.example/{i}.html",
                i,
                f"f{i % 1000:04d}",
                f"g{i}",
                title,
                text,
                lang,
                published,
                published,
                "feed",
                None,
                0,
                f"{rng.getrandbits(64):016x}",
                simhash,
                *bands,
            )
        )
    return rows


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
    # FTS: the schema's insert trigger indexes row by row (~3x slower than one rebuild pass);
    # drop it for the load, rebuild the index once, then put the very same trigger back
    trigger = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'articles_ai'"
    ).fetchone()
    conn.execute("BEGIN")
    if trigger:
        conn.execute("DROP TRIGGER articles_ai")
    conn.executemany(
        "INSERT INTO feeds (id, url, name) VALUES (?, ?, ?)",
        [(f"f{i:04d}", f"http://feeds.example/{i}.xml", f"feed {i}") for i in range(1000)],
    )
    evidence = 0
    for start in range(1, articles + 1, BATCH):
        rows = _rows(rng, start, min(BATCH, articles + 1 - start), now, pools)
        conn.executemany(
            "INSERT INTO articles (id, url, story_id, feed_id, guid, title, text, lang, published, "
            "first_seen, source, extraction_note, is_baseline, content_hash, simhash, band0, "
            "band1, band2, band3) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        ev = [
            (
                rng.choice(claim_ids),
                r[0],
                r[0],
                rng.choice(STANCES),
                round(rng.uniform(0.3, 1), 3),
                r[6][:200],
                "[]",
                r[9],
            )
            for r in rows
            if claim_ids and rng.random() < 0.01
        ]
        conn.executemany(
            "INSERT OR IGNORE INTO evidence (claim_id, article_id, story_id, stance, confidence, "
            "quote, reasons, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            ev,
        )
        evidence += len(ev)
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    if trigger:
        conn.execute(trigger[0])
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("ANALYZE")
    conn.close()
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
