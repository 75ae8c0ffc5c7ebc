"""Shared pieces of the benchmark runner: timing a command, medians, machine and versions."""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PY = str(REPO / ".venv" / "bin" / "python")


@dataclass(frozen=True)
class Sample:
    """One measured run of a command (see bench/measure.py)."""

    wall: float
    cpu: float
    user: float
    sys: float
    maxrss_mb: float
    tree_rss_mb: float
    tree_pss_mb: float
    rc: int
    other_cpu: float  # CPU seconds used by everything else on the machine during the run
    stdout: str
    stderr_tail: str


def measure(
    command: list[str], *, cwd: Path | None = None, tag: str = "run", out_dir: Path
) -> Sample:
    """Run `command` under bench/measure.py and return what it saw.

    Raises RuntimeError when the measurer itself fails."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stdout_file = out_dir / f"{tag}.stdout"
    result = subprocess.run(
        [
            sys.executable,
            str(HERE / "measure.py"),
            "--stdout",
            str(stdout_file),
            *(["--cwd", str(cwd)] if cwd else []),
            "--",
            *command,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not result.stdout.strip():
        raise RuntimeError(f"measure.py failed for {command[:3]}: {result.stderr[-1000:]}")
    data = json.loads(result.stdout)
    return Sample(
        wall=data["wall"],
        cpu=data["cpu"],
        user=data["user"],
        sys=data["sys"],
        maxrss_mb=data["maxrss_mb"],
        tree_rss_mb=data["tree_rss_mb"],
        tree_pss_mb=data.get("tree_pss_mb", 0.0),
        rc=data["rc"],
        other_cpu=data.get("other_cpu", 0.0),
        stdout=stdout_file.read_text(errors="replace"),
        stderr_tail=data["stderr_tail"],
    )


def summary(samples: list[Sample]) -> dict[str, float | int]:
    """Medians of wall, CPU and memory over `samples`, and how many runs they come from."""
    if not samples:
        return {"runs": 0}
    return {
        "runs": len(samples),
        "wall": statistics.median(s.wall for s in samples),
        "cpu": statistics.median(s.cpu for s in samples),
        "maxrss_mb": statistics.median(s.maxrss_mb for s in samples),
        "tree_rss_mb": statistics.median(s.tree_rss_mb for s in samples),
        "tree_pss_mb": statistics.median(s.tree_pss_mb for s in samples),
        "wall_min": min(s.wall for s in samples),
        "wall_max": max(s.wall for s in samples),
    }


def sample_dict(sample: Sample) -> dict[str, object]:
    data = asdict(sample)
    data["stdout"] = data["stdout"][-500:]
    return data


def machine() -> dict[str, object]:
    """nproc, CPU model, memory, kernel."""
    model = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    mem_kb = 0
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal"):
                mem_kb = int(line.split()[1])
    return {
        "nproc": os.cpu_count(),
        "cpu": model,
        "memory_gib": round(mem_kb / 2**20, 1),
        "kernel": platform.release(),
    }


def versions(peers_bin: Path | None) -> dict[str, str]:
    """Python, SQLite, nginx and the libraries the figures depend on."""
    code = (
        "import importlib.metadata as m, json, sys; print(json.dumps({n: m.version(n) "
        "for n in sys.argv[1:]}))"
    )
    found: dict[str, str] = {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version}
    wanted = [(PY, ["httpx", "feedparser", "trafilatura", "lxml", "sqlite-utils", "watch-claims"])]
    if peers_bin is not None:
        wanted.append((str(peers_bin / "python"), ["urlwatch", "rss2email", "requests", "py-spy"]))
    for python, names in wanted:
        result = subprocess.run([python, "-c", code, *names], capture_output=True, text=True)
        if result.returncode == 0:
            found.update(json.loads(result.stdout))
    nginx = subprocess.run(["nginx", "-v"], capture_output=True, text=True)
    found["nginx"] = (nginx.stderr.strip().split("/")[-1]) if nginx.returncode == 0 else "missing"
    return found
