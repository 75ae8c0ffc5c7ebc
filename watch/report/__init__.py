"""`watch report`: the claim ledger as one self-contained HTML page.

    gather(store, settings, ...)  -> Report      (model.py: the only part that reads the state)
    render_page(report)           -> str         (page.py, timeline.py, highlight.py: pure)
    write_atomic(path, text)                     (a temporary file in the same folder, renamed)
    refresh(settings, store, now, changed)       (what `check` and `run` call for `report:`)

A web server can serve the report's folder as it is: readers see the old page or the new one,
never half a file.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from watch.config import Settings
from watch.errors import StateError
from watch.report.model import MAX_LISTED, Report, gather
from watch.report.page import render_page
from watch.store import Store

__all__ = ["MAX_LISTED", "Report", "build", "gather", "refresh", "render_page", "write_atomic"]

log = logging.getLogger("watch.report")


def build(
    store: Store,
    settings: Settings,
    *,
    generated_at: datetime,
    claim_ids: Sequence[str] = (),
    since: date | None = None,
) -> str:
    """The report's HTML. Raises KeyError for a claim id that `settings` does not have."""
    report = gather(store, settings, generated_at=generated_at, claim_ids=claim_ids, since=since)
    return render_page(report)


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write `text` to `path` as UTF-8 so that readers see the old file or the new one, never
    a part: a temporary file in the same folder, flushed to disk, then renamed over `path`.
    Raises StateError when the folder cannot be written (the old file stays as it was)."""
    target = Path(path)
    tmp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a report is meant to be served
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise StateError(f"cannot write the report {target}: {exc.strerror or exc}") from exc
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def due(path: Path, every: float, now: datetime, *, force: bool) -> bool:
    """Whether the report at `path` should be written again: forced (the ledger changed in
    this run), missing, or older than `every` seconds."""
    try:
        written = path.stat().st_mtime
    except OSError:
        return True
    return force or now.timestamp() - written >= every


def refresh(settings: Settings, store: Store, now: datetime, *, force: bool) -> str | None:
    """Rewrite the `report:` file of rules.yaml when it is due. Returns None, or the error
    that kept it from being written (a report that cannot be written never fails a check: it
    is one more error in the run's summary, and the old page stays)."""
    config = settings.report
    if config is None or not due(Path(config.path), config.every, now, force=force):
        return None
    try:
        write_atomic(config.path, build(store, settings, generated_at=now))
    except StateError as exc:
        log.error("%s", exc)
        return str(exc)
    log.info("report written to %s", config.path)
    return None
