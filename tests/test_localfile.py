"""Your own files are read only when they are regular files of at most fetch.max_bytes
(watch/localfile.py): a FIFO or a device in seeds/ is skipped and named, `watch match` refuses
them at once, and a symbolic link in seeds/ is followed wherever it points (README, Security).
Real `watch` processes with a timeout, since the failure being tested is a hang."""

from __future__ import annotations

import io
import json
import os
import resource
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.feedkit import watch_command
from tests.hostile_kit import cli, write_rules

ARTICLE = "Acme Robotics has postponed its IPO until 2027, it said.\n"


def run_watch(rules: Path, state: Path, *args: str, limit_memory: bool = False) -> tuple:
    def limits() -> None:
        if limit_memory:  # /dev/zero read whole grew to 7 GB in 20 s; stop far below that
            resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))

    done = subprocess.run(
        watch_command(rules, state, *args),
        capture_output=True,
        text=True,
        timeout=60,  # only a hang comes near it
        preexec_fn=limits,
        stdin=subprocess.DEVNULL,
    )
    return done.returncode, done.stdout, done.stderr


def test_a_fifo_in_seeds_is_skipped_and_named(tmp_path: Path) -> None:
    rules = write_rules(tmp_path, [])
    seeds = tmp_path / "seeds"
    os.mkfifo(seeds / "pipe.txt")  # nobody ever writes to it: opening it for reading would wait
    (seeds / "zero.txt").symlink_to("/dev/zero")
    (seeds / "real.txt").write_text("Acme Robotics plans an IPO.\n", "utf-8")
    elsewhere = tmp_path / "library"
    elsewhere.mkdir()
    (elsewhere / "linked.txt").write_text("Acme Robotics said it plans to list.\n", "utf-8")
    (seeds / "linked.txt").symlink_to(elsewhere / "linked.txt")
    code, out, err = run_watch(rules, tmp_path / "state", "check", "--once", "--json")
    assert code == 0, err
    errors = json.loads(out)["errors"]
    assert errors == [
        f"seed {seeds / 'pipe.txt'}: not a regular file (a FIFO): skipped",
        f"seed {seeds / 'zero.txt'}: not a regular file (a character device): skipped",
    ]
    conn = sqlite3.connect(tmp_path / "state" / "watch.db")
    try:
        stored = {r[0] for r in conn.execute("SELECT url FROM articles WHERE is_baseline")}
    finally:
        conn.close()
    # the regular seed, and the link to a file outside seeds/: followed, the folder is yours
    assert stored == {"seed:real.txt", "seed:linked.txt"}


def test_a_fifo_cited_by_a_claim_is_a_configuration_problem(tmp_path: Path) -> None:
    claim = (
        "claims:\n  - id: demo\n    statement: Acme plans an IPO\n    made: 2026-02-01\n"
        "    sources:\n      - seed: pipe.txt\n        quote: plans an IPO\n"
        "    subject:\n      company: [Acme]\n    confirms: [plans]\n"
    )
    rules = write_rules(tmp_path, [], claims=claim)
    os.mkfifo(tmp_path / "seeds" / "pipe.txt")
    code, _, err = run_watch(rules, tmp_path / "state", "validate")
    assert code == 2 and "seed file 'pipe.txt'" in err and "not a regular file (a FIFO)" in err


def test_match_refuses_dev_zero_at_once(tmp_path: Path) -> None:
    rules = write_rules(tmp_path, [])
    code, out, err = run_watch(rules, tmp_path / "state", "match", "/dev/zero", limit_memory=True)
    assert (code, out) == (2, ""), err
    assert "/dev/zero: not a regular file (a character device)" in err
    assert "Traceback" not in err


def test_match_refuses_a_fifo_at_once(tmp_path: Path) -> None:
    rules = write_rules(tmp_path, [])
    os.mkfifo(tmp_path / "pipe.md")
    code, out, err = run_watch(rules, tmp_path / "state", "match", str(tmp_path / "pipe.md"))
    assert (code, out) == (2, ""), err
    assert "pipe.md: not a regular file (a FIFO)" in err


def test_match_refuses_a_file_or_stdin_larger_than_the_page_cap(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = write_rules(tmp_path, [], fetch={"max_bytes": 1024})
    state = tmp_path / "state"
    big = tmp_path / "big.md"
    big.write_text(ARTICLE * 40, "utf-8")  # 2,280 bytes
    code, out, err = cli(capsys, rules, state, "match", str(big))
    assert (code, out) == (2, "") and "big.md: larger than 1,024 bytes (fetch.max_bytes)" in err
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO((ARTICLE * 40).encode())))
    code, out, err = cli(capsys, rules, state, "match", "-")
    assert (code, out) == (2, "") and "-: larger than 1,024 bytes" in err
    # within the cap, both are judged
    big.write_text(ARTICLE, "utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    for path in (str(big), "-"):
        code, out, _ = cli(capsys, rules, state, "match", "--json", path)
        assert code == 0 and json.loads(out)["verdicts"][0]["stance"] == "contradicts"
