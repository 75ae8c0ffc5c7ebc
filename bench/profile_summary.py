"""Summarise a py-spy `--format raw` profile (collapsed stacks): the functions with the most
samples on the stack (inclusive) and at the top of it (self), as Markdown tables.

    python bench/profile_summary.py PROFILE.txt [TOP]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

_FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>[^:()]+)(?::\d+)?\)$")
# py-spy starts each stack with `process PID:"command line"`, and a command line may hold ";"
_PROCESS = re.compile(r'^(?:process \d+:".*?"(?:;|$))+')
# frames every stack passes through (entry points, thread and worker plumbing): they would fill
# the inclusive table without saying anything
_PLUMBING = (
    "click/",
    "threading.py",
    "concurrent/futures/",
    "multiprocessing/",
    "<frozen",
    "<module>",
    "<string>",
    "(watch)",
)


def _short(frame: str) -> str:
    match = _FRAME.match(frame.strip())
    if not match:
        return frame.strip()
    path = match["file"]
    for marker in ("site-packages/", "/work/main/", "lib/python3.11/"):
        if marker in path:
            path = path.split(marker, 1)[1]
            break
    return f"{match['func']} ({path})"


def summarise(path: Path, top: int = 25) -> str:
    """Markdown: total samples, then top inclusive and top self functions."""
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    total = 0
    for line in path.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        total += n
        frames = [_short(f) for f in _PROCESS.sub("", stack).split(";") if f]
        for name in set(frames):
            if not any(p in name for p in _PLUMBING):
                inclusive[name] += n
        if frames:
            own[frames[-1]] += n
    if not total:
        return "(empty profile)\n"
    out = [f"{total} samples over all processes.\n", "| inclusive % | function |", "|---:|---|"]
    out += [f"| {100 * n / total:.1f} | `{name}` |" for name, n in inclusive.most_common(top)]
    out += ["", "| self % | function |", "|---:|---|"]
    out += [f"| {100 * n / total:.1f} | `{name}` |" for name, n in own.most_common(top)]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    print(summarise(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 25))
