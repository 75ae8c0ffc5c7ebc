"""Helpers shared by the hostile-input tests (tests/test_hostile_*.py and tests/test_load.py).

- `write_rules`: a rules.yaml with loopback allowed and any `fetch:` settings the test needs.
- `cli`: run the command line in-process through `watch.cli.invoke`, with stdout/stderr.
- `state_has` / `db_dump`: look for a marker in the state directory's bytes and in every
  table of the database, so "never stored" is checked where it could hide.
- `Canary`: a TCP listener that only counts connections, to prove nothing was fetched from an
  address the policy must refuse (127.0.0.2, [::1]).
- `adversarial_title` / `adversarial_body`: text built to stall the claim engine (a headline
  of a claim's aliases and cues, one confirming sentence repeated); bench/bench_match.py too.
"""

from __future__ import annotations

import contextlib
import hashlib
import socket
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from tests.feedkit import CLAIM
from watch.claims.rules import ClaimRule
from watch.cli import invoke

RSS_TYPE = "application/rss+xml"


def write_rules(
    folder: Path,
    feeds: Sequence[tuple[str, str]],
    *,
    fetch: dict[str, Any] | None = None,
    extra: str = "",
    claims: str = CLAIM,
) -> Path:
    """rules.yaml in `folder` (with an empty seeds folder). `fetch` overrides the test defaults
    (loopback allowed, 1 s timeout, one extraction worker)."""
    settings: dict[str, Any] = {
        "allow_private_networks": '["127.0.0.1/32"]',
        "timeout": "1s",
        "extract_workers": 1,
    }
    settings.update(fetch or {})
    (folder / "seeds").mkdir(parents=True, exist_ok=True)
    lines = ["fetch:"] + [f"  {k}: {v}" for k, v in settings.items()]
    lines.append("feeds:" if feeds else "feeds: []")
    lines += [f'  - id: {fid}\n    url: "{url}"' for fid, url in feeds]
    path = folder / "rules.yaml"
    path.write_text("\n".join(lines) + "\n" + extra + claims, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `watch ARGS...`, run in-process."""
    capsys.readouterr()
    code = invoke(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def cli(
    capsys: pytest.CaptureFixture[str], rules: Path, state: Path, *args: str
) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `watch --rules R --state S ARGS...`, run in-process."""
    return run(capsys, "--rules", str(rules), "--state", str(state), *args)


def db_dump(state: Path) -> str:
    """Every value of every table of state/watch.db as text, one row per line."""
    conn = sqlite3.connect(f"file:{state / 'watch.db'}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
        ]
        rows = []
        for table in tables:
            with contextlib.suppress(sqlite3.Error):  # fts shadow tables may refuse a scan
                rows += [f"{table}: {row!r}" for row in conn.execute(f'SELECT * FROM "{table}"')]
        return "\n".join(rows)
    finally:
        conn.close()


def state_has(state: Path, marker: str) -> list[str]:
    """Where `marker` occurs: files of the state dir (raw bytes, db, WAL) and table rows."""
    found = [p.name for p in state.iterdir() if p.is_file() and marker.encode() in p.read_bytes()]
    if (state / "watch.db").exists() and marker in db_dump(state):
        found.append("a table row")
    return found


def tree_digest(folder: Path) -> dict[str, str]:
    """{relative path: sha256} of every file under `folder`, to prove it was left untouched."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


class Canary:
    """A TCP listener on `host` that accepts, counts and closes connections; `port`, `hits`."""

    def __init__(self, host: str, port: int = 0) -> None:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.sock = socket.socket(family, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, port))
        self.sock.listen(16)
        self.sock.settimeout(0.05)
        self.port = int(self.sock.getsockname()[1])
        self.hits = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.hits += 1
            conn.close()

    def __enter__(self) -> Canary:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(2)
        self.sock.close()


# --- text built to stall the claim engine (issue 18) ------------------------------------------


def claim_words(rules: Sequence[ClaimRule]) -> str:
    """Every alias and cue of `rules`, space-separated: the phrases the engine looks at."""
    words = [a for r in rules for g in r.subject.values() for a in g]
    words += [c for r in rules for c in (*r.confirms, *r.contradicts)]
    return " ".join(words) + " "


def repeated(unit: str, size: int) -> str:
    """`unit` repeated to exactly `size` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def adversarial_title(rules: Sequence[ClaimRule], size: int) -> str:
    """A headline of `size` characters that repeats every alias and cue of `rules`."""
    return repeated(claim_words(rules), size)


def adversarial_body(sentence: str, size: int) -> str:
    """A text of `size` characters of one sentence (a confirming one, to make work) repeated."""
    return repeated(sentence.strip() + " ", size)
