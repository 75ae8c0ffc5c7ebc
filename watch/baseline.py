"""The baseline: seed documents ingested as the claims' origin, through the same store-and-judge
path as feed articles. Their verdicts are recorded as baseline evidence, which the ledger cites
but never counts as confirmation.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

from watch.config import Settings
from watch.errors import LocalFileError
from watch.extraction import detect_lang, extract_html
from watch.ingest import Ingestor
from watch.localfile import read_regular
from watch.models import Article
from watch.seeds import seed_files

_DATES = (
    re.compile(r"(20\d\d)年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
    re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b"),
)


def seed_date(text: str) -> date | None:
    """The first full date written in the seed, if any."""
    for pattern in _DATES:
        for match in pattern.finditer(text):
            try:
                return date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                continue
    return None


def read_seed(path: Path, settings: Settings) -> Article:
    """A seed file as an article, dated by the claims citing it, else from its content.

    Raises LocalFileError for anything but a regular file of at most fetch.max_bytes, OSError
    when it cannot be read."""
    raw = read_regular(path, settings.fetch.max_bytes)
    if path.suffix.lower() in (".html", ".htm"):
        page = extract_html(raw, None)
        title, text = page.title or path.stem, page.text
    else:
        text = raw.decode("utf-8", errors="replace").replace("\r\n", "\n").strip()
        title = text.split("\n", 1)[0].strip()[:200]
    # the claims made from a seed date it best; else a date written in it; else the baseline's
    made = [c.made for c in settings.claims if any(s.seed == path.name for s in c.sources)]
    earliest = min((c.made for c in settings.claims), default=None)
    day = (max(made) if made else None) or seed_date(text) or earliest
    published = (
        datetime(day.year, day.month, day.day, tzinfo=UTC)
        if day
        else datetime.fromtimestamp(path.stat().st_mtime, UTC)
    )
    return Article(
        url=f"seed:{path.name}",
        title=title,
        text=text,
        lang=detect_lang(text),
        published=published,
        feed_id=None,
        source="seed",
        is_baseline=True,
    )


def ingest_seeds(ingestor: Ingestor, settings: Settings, now: datetime) -> tuple[int, list[str]]:
    """Store the seeds not stored yet. Returns how many were added, and a line for each seed
    that could not be read (a FIFO, a device, too large, unreadable), which is skipped.
    Call inside a transaction."""
    added, skipped = 0, []
    for path in seed_files(Path(settings.seeds_dir)):
        if ingestor.store.article(f"seed:{path.name}") is not None:
            continue
        try:
            article = read_seed(path, settings)
        except LocalFileError as exc:
            skipped.append(f"seed {exc}: skipped")
            continue
        except OSError as exc:
            skipped.append(f"seed {path}: {exc.strerror or exc}: skipped")
            continue
        if ingestor.add(article, now) is not None:
            added += 1
    return added, skipped
