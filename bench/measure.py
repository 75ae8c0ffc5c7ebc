"""Measure one command as a whole process tree: wall time, CPU time (user+sys) and peak memory.

    python bench/measure.py [--cwd DIR] [--stdout FILE] -- COMMAND...

prints one JSON object: wall, user, sys, cpu, maxrss_mb (the largest single process, from
ru_maxrss), tree_rss_mb (the largest sum of the tree's resident sizes seen while sampling /proc
every 0.1 s), tree_pss_mb (the same with proportional set sizes: shared pages counted once), rc.

Why a separate process: it makes itself a child subreaper (prctl PR_SET_CHILD_SUBREAPER), so
helpers that outlive their parent (a multiprocessing forkserver and its workers) are re-parented
here and reaped, and `getrusage(RUSAGE_CHILDREN)` then holds the CPU time of every process the
command started, not just the first. Wall time ends when the command itself exits; the measurer's
own start-up is not in any figure.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import re
import resource
import subprocess
import threading
import time

PR_SET_CHILD_SUBREAPER = 36
PAGE = os.sysconf("SC_PAGE_SIZE")


def _tree_memory(sid: int) -> tuple[int, int]:
    """(RSS, PSS) bytes summed over every process in session `sid`. RSS counts a page shared by
    several processes (a forkserver's preloaded libraries, copy-on-write in its workers) once per
    process; PSS divides it among them, so its sum is what the tree really holds."""
    rss = pss = 0
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as f:
                stat = f.read()
            fields = stat[stat.rfind(b")") + 2 :].split()
            # fields[0] is the state (field 3); session is field 6, rss (pages) field 24
            if int(fields[3]) != sid:
                continue
            with open(f"/proc/{name}/smaps_rollup", "rb") as f:
                rollup = f.read()
        except OSError:
            continue
        rss += int(fields[21]) * PAGE
        found = re.search(rb"^Pss:\s+(\d+) kB", rollup, re.MULTILINE)
        pss += int(found.group(1)) * 1024 if found else 0
    return rss, pss


def _busy_seconds() -> float:
    """CPU time the whole machine has spent busy since boot (all cores, /proc/stat)."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cwd")
    parser.add_argument("--stdout")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    out = open(args.stdout, "wb") if args.stdout else subprocess.DEVNULL  # noqa: SIM115
    busy = _busy_seconds()
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, cwd=args.cwd, stdout=out, stderr=subprocess.PIPE, start_new_session=True
    )
    peak = [0, 0]  # RSS, PSS
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[:] = map(max, peak, _tree_memory(proc.pid))
            stop.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    # read stderr while waiting so a chatty child never blocks on a full pipe
    err_chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()), daemon=True)
    reader.start()
    _, status, _ = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    busy = _busy_seconds() - busy
    stop.set()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # reap orphaned helpers so their CPU time is counted
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid == 0:
            time.sleep(0.02)
    reader.join(5)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = {
        "wall": wall,
        "user": usage.ru_utime,
        "sys": usage.ru_stime,
        "cpu": usage.ru_utime + usage.ru_stime,
        "maxrss_mb": usage.ru_maxrss / 1024,
        "tree_rss_mb": peak[0] / 2**20,
        "tree_pss_mb": peak[1] / 2**20,
        # CPU the rest of the machine used meanwhile (other users' jobs, the server, this
        # measurer): a noisy neighbour shows here
        "other_cpu": max(0.0, busy - usage.ru_utime - usage.ru_stime),
        "rc": os.waitstatus_to_exitcode(status),
        "stderr_tail": b"".join(err_chunks)[-2000:].decode("utf-8", "replace"),
    }
    if args.stdout:
        out.close()  # type: ignore[union-attr]
    print(json.dumps(result))


if __name__ == "__main__":
    main()
