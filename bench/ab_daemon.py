"""The daemon against cron (issue 17, item 2): CPU of one `watch run` over N poll rounds, against
`check --once` run on the same schedule over the same changes.

    .venv/bin/python bench/ab_daemon.py                          # the issue's: ~50 min
    .venv/bin/python bench/ab_daemon.py --feeds 300 --rounds 3 --gap 30 --repeat 1   # ~4 min

Both arms start from one state a first cold check left (not measured) and poll every feed each
round: the feeds' interval is GAP, the cron arm runs `check --once --force` every GAP seconds
(as a cron line with the feeds' interval would), the daemon polls each feed when it is due.
Before each round, CHANGED of the feeds (the same ones in both arms, chosen with a fixed seed)
gain a new entry with a new page, so a round is ~95% 304s and a few pages to extract. The
daemon is measured from its start until it has polled ROUNDS x FEEDS feeds, including its idle
looks between rounds; then SIGTERM. CPU is that of the whole process tree (bench/measure.py:
the forkserver and its workers included). The arms alternate which goes first, repeat by
repeat; the figure is the median ratio daemon / cron (target <= 1.0x).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from common import measure  # noqa: E402
from server import free_port, serve  # noqa: E402
from setup_watch import write_rules  # noqa: E402

RUN = "import sys; from watch.cli import main; sys.argv[0] = 'watch'; main()"


def prepare(work: Path, feeds: int, gap: int) -> tuple[Path, int, Path]:
    """The corpus (made once per feed count), its port and a rules.yaml with interval GAP."""
    root = work / "corpus"
    manifest_file = root / "manifest.json"
    if manifest_file.exists():
        manifest = json.loads(manifest_file.read_text())
    else:
        base = f"http://127.0.0.1:{free_port(18090)}"
        anchor = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        manifest = corpus.generate(root, feeds=feeds, base_url=base, anchor=anchor)
        shutil.copytree(root / "feeds", work / "feeds-original", dirs_exist_ok=True)
    port = int(str(manifest["base_url"]).rsplit(":", 1)[1])
    rules = write_rules(work / "rules.yaml", manifest["feed_list"])
    data = yaml.safe_load(rules.read_text(encoding="utf-8"))
    data["default_interval"] = f"{gap}s"
    rules.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return root, port, rules


def restore(root: Path, work: Path) -> None:
    """The feeds as generated (their validators too: copy2 keeps the mtime), no added pages."""
    for original in (work / "feeds-original").iterdir():
        shutil.copy2(original, root / "feeds" / original.name)
    for added in (root / "pages").glob("new-*.html"):
        added.unlink()


FIRST = re.compile(rb"<(item|entry)>.*?</\1>", re.S)


def change(root: Path, names: list[str], tag: str) -> None:
    """Give each feed a new newest entry: a copy of its newest one, with a page of its own."""
    for name in names:
        path = root / "feeds" / name
        xml = path.read_bytes()
        match = FIRST.search(xml)
        assert match is not None, name
        old_url = re.search(rb"(https?://[^<\"]+/pages/([\w-]+)\.html)", match.group(0))
        assert old_url is not None, name
        page = f"new-{tag}-{old_url.group(2).decode()}.html"
        html = (root / "pages" / f"{old_url.group(2).decode()}.html").read_bytes()
        update = f"<p>Update {tag}: the story goes on.</p>".encode()
        (root / "pages" / page).write_bytes(html.replace(b"<body>", b"<body>" + update, 1))
        new_url = old_url.group(1).replace(old_url.group(2) + b".html", page.encode())
        entry = match.group(0).replace(old_url.group(1), new_url)
        path.write_bytes(xml[: match.start()] + entry + xml[match.start() :])


def schedule(feeds: list[str], args: argparse.Namespace) -> list[list[str]]:
    """The feeds changed before each round after the first (the same in both arms)."""
    rng = random.Random(20260101)
    count = max(1, round(len(feeds) * args.changed))
    return [rng.sample(feeds, count) for _ in range(args.rounds - 1)]


def cron_arm(root: Path, rules: Path, state: Path, plan: list[list[str]], gap: int) -> float:
    cpu, start = 0.0, time.monotonic()
    for k in range(len(plan) + 1):
        time.sleep(max(0.0, start + k * gap - time.monotonic()))
        if k:
            change(root, plan[k - 1], f"r{k}")
        command = [sys.executable, "-c", RUN, "--rules", str(rules), "--state", str(state)]
        command += ["check", "--once", "--force", "--json"]
        sample = measure(command, cwd=Path("/"), out_dir=state.parent, tag=f"cron-{k}")
        if sample.rc != 0:
            raise RuntimeError(f"check failed: {sample.stderr_tail}")
        cpu += sample.cpu
    return cpu


def polled(state: Path) -> int:
    try:
        db = sqlite3.connect(f"file:{state / 'watch.db'}?mode=ro", uri=True, timeout=5)
        try:
            return db.execute("SELECT coalesce(sum(feeds_polled), 0) FROM runs").fetchone()[0]
        finally:
            db.close()
    except sqlite3.OperationalError:
        return 0


def daemon_pid(state: Path) -> int | None:
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                argv = Path(f"/proc/{entry}/cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            # the daemon itself, not bench/measure.py, whose arguments are the same and more
            if argv[1:2] == [b"-c"] and str(state).encode() in argv and b"run" in argv:
                return int(entry)
    return None


def daemon_arm(
    root: Path, rules: Path, state: Path, plan: list[list[str]], gap: int, feeds: int
) -> float:
    before = polled(state)
    target = before + feeds * (len(plan) + 1)

    failed: list[BaseException] = []

    def drive() -> None:
        start = time.monotonic()
        try:
            for k, names in enumerate(plan, 1):
                # just before the round: the daemon polls a feed GAP after its last poll
                time.sleep(max(0.0, start + k * gap - 1 - time.monotonic()))
                change(root, names, f"r{k}")
            while polled(state) < target:
                time.sleep(1)
        except BaseException as exc:  # the daemon is stopped all the same
            failed.append(exc)
        while (pid := daemon_pid(state)) is None:
            time.sleep(0.1)
        os.kill(pid, 15)

    driver = threading.Thread(target=drive, daemon=True)
    driver.start()
    command = [sys.executable, "-c", RUN, "--rules", str(rules), "--state", str(state), "run"]
    sample = measure(command, cwd=Path("/"), out_dir=state.parent, tag="daemon")
    driver.join()
    if failed:
        raise failed[0]
    if sample.rc != 0:
        raise RuntimeError(f"daemon failed: {sample.stderr_tail}")
    return sample.cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--gap", type=int, default=120, help="seconds between rounds")
    parser.add_argument("--changed", type=float, default=0.05, help="share changed per round")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    work = HERE / "out" / f"daemon-{args.feeds}"
    root, port, rules = prepare(work, args.feeds, args.gap)
    names = sorted(p.name for p in (work / "feeds-original").iterdir())
    plan = schedule(names, args)
    ratios = []
    with serve(root, port, work / "nginx"):
        restore(root, work)
        base = work / "state-base"
        shutil.rmtree(base, ignore_errors=True)
        command = [sys.executable, "-c", RUN, "--rules", str(rules), "--state", str(base)]
        subprocess.run([*command, "check", "--once", "--force"], cwd="/", check=True)
        for rep in range(args.repeat):
            cpu = {}
            for arm in ("daemon", "cron") if rep % 2 == 0 else ("cron", "daemon"):
                restore(root, work)
                state = work / f"state-{arm}" / "state"
                shutil.rmtree(state.parent, ignore_errors=True)
                shutil.copytree(base, state)
                if arm == "cron":
                    cpu[arm] = cron_arm(root, rules, state, plan, args.gap)
                else:
                    cpu[arm] = daemon_arm(root, rules, state, plan, args.gap, args.feeds)
                print(f"repeat {rep + 1}: {arm} CPU {cpu[arm]:.1f} s", flush=True)
            ratios.append(cpu["daemon"] / cpu["cron"])
            print(f"repeat {rep + 1}: daemon / cron = {ratios[-1]:.2f}x", flush=True)
        restore(root, work)
    print(
        f"{args.feeds} feeds, {args.rounds} rounds {args.gap} s apart, {args.changed:.0%} changed "
        f"per round: daemon / cron CPU = {statistics.median(ratios):.2f}x "
        f"(median of {len(ratios)}; target <= 1.0x)"
    )


if __name__ == "__main__":
    main()
