"""The whole `watch` benchmark in one command; writes bench/RESULTS.md.

    .venv/bin/python bench/run.py            # 1,000 feeds; scaling 100/1,000/5,000; 1M articles
    .venv/bin/python bench/run.py --quick    # 100 feeds, fewer runs -> bench/out/RESULTS-quick.md

Generates the corpus (bench/corpus.py), serves it with nginx on loopback (bench/server.py),
installs the peers into bench/out/peers-venv, and times every figure as a whole process tree
(bench/measure.py). Figures that would push the run past `--budget` seconds are skipped and
marked so in the results, with the prediction that skipped them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus
import peers
import report
import server
import setup_watch
from common import HERE, PY, REPO, Sample, machine, measure, sample_dict, summary, versions

from watch.store.schema import SCHEMA_VERSION

BACKFILL_DAYS = 7


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.out: Path = args.out
        self.t0 = time.monotonic()
        self.results: dict[str, object] = {"skipped": {}, "runs": {}}
        self.anchor = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        self.port = server.free_port(18080)
        self.base = f"http://127.0.0.1:{self.port}"
        self.peers_bin: Path | None = None
        # a quick run must not overwrite the full run's results (the --add-* options extend them)
        self.results_name = "results-quick.json" if args.quick else "results.json"

    # --- bookkeeping --------------------------------------------------------------------------

    def left(self) -> float:
        return self.args.budget - (time.monotonic() - self.t0)

    def skip(self, name: str, why: str) -> None:
        self.results["skipped"][name] = why  # type: ignore[index]
        self.log(f"skipped {name}: {why}")

    def log(self, message: str) -> None:
        print(f"[{time.monotonic() - self.t0:7.1f}s] {message}", file=sys.stderr, flush=True)

    def keep(self, key: str, samples: list[Sample]) -> dict[str, object]:
        self.results["runs"][key] = [sample_dict(s) for s in samples]  # type: ignore[index]
        return summary(samples)

    def save(self) -> None:
        (self.out / self.results_name).write_text(json.dumps(self.results, indent=1, default=str))

    # --- set-up -------------------------------------------------------------------------------

    def corpus(self, feeds: int) -> dict[str, object]:
        """The corpus for `feeds` feeds, regenerated only when its parameters changed."""
        root = self.out / f"corpus-{feeds}"
        manifest = root / "manifest.json"
        if manifest.exists():
            old = json.loads(manifest.read_text())
            if old.get("base_url") == self.base and old.get("anchor") == self.anchor.isoformat():
                return old
        self.log(f"generating corpus: {feeds} feeds")
        return corpus.generate(root, feeds=feeds, base_url=self.base, anchor=self.anchor)

    def validators(self, feeds: list[dict[str, str]], path: Path) -> Path:
        import httpx

        jobs = []
        with httpx.Client() as client:
            for f in feeds:
                r = client.get(f["url"])
                jobs.append([f["url"], r.headers.get("etag"), r.headers.get("last-modified")])
        path.write_text(json.dumps(jobs))
        return path

    # --- figures ------------------------------------------------------------------------------

    def startup(self) -> None:
        runs = self.args.startup_runs
        bare, helps = [], []
        for _ in range(runs):
            bare.append(measure([PY, "-c", "pass"], out_dir=self.out / "logs", tag="bare"))
            helps.append(
                measure([str(setup_watch.WATCH), "--help"], out_dir=self.out / "logs", tag="help")
            )
        self.results["startup"] = {
            "bare": self.keep("startup-bare", bare),
            "help": self.keep("startup-help", helps),
        }
        self.log(
            f"startup: watch --help {summary(helps)['wall']:.3f}s, "
            f"python -c pass {summary(bare)['wall']:.3f}s"
        )

    def cold(self, feeds: int, rules: Path, reps: int, naive: bool) -> dict[str, object]:
        """Cold runs into fresh state dirs, each followed by the naive sequential script."""
        work = self.out / f"run-{feeds}"
        watch_runs: list[Sample] = []
        naive_runs: list[Sample] = []
        urls = work / "feed-urls.json"
        urls.write_text(json.dumps([f["url"] for f in self.corpus(feeds)["feed_list"]]))  # type: ignore[index]
        for rep in range(reps):
            if rep and watch_runs[-1].wall * (1 + naive) * 1.2 > self.left():
                self.skip(f"cold-{feeds} rep {rep + 1}", f"{self.left():.0f}s of budget left")
                break
            state = work / "state"
            shutil.rmtree(state, ignore_errors=True)
            sample = measure(setup_watch.check_command(rules, state), out_dir=work, tag="cold")
            report.check_watch_json(sample, feeds=feeds, cold=True)
            watch_runs.append(sample)
            self.log(f"cold {feeds}: watch {sample.wall:.1f}s wall {sample.cpu:.1f}s cpu")
            if naive:
                n = measure(
                    [PY, str(HERE / "floor_cold.py"), str(urls), str(BACKFILL_DAYS)],
                    out_dir=work,
                    tag="naive",
                )
                naive_runs.append(n)
                self.log(f"cold {feeds}: naive {n.wall:.1f}s wall; {n.stdout.strip()}")
        out: dict[str, object] = {
            "watch": self.keep(f"cold-{feeds}", watch_runs),
            "json": json.loads(watch_runs[-1].stdout),
        }
        if naive_runs:
            out["naive"] = self.keep(f"naive-{feeds}", naive_runs)
            libs = [json.loads(n.stdout) for n in naive_runs]
            out["naive_counts"] = libs[-1]
            cpu = sorted(x["parse_cpu"] + x["extract_cpu"] for x in libs)[len(libs) // 2]
            out["cpu_floor"] = cpu / (os.cpu_count() or 1)
            out["lib_cpu"] = cpu
        return out

    def steady(self, feeds: int, rules: Path, reps: int, with_peers: bool) -> dict[str, object]:
        """All-304 runs of watch (state from the cold run), the bare httpx floor and the peers."""
        work = self.out / f"run-{feeds}"
        state = work / "state"
        feed_list = self.corpus(feeds)["feed_list"]
        jobs = self.validators(feed_list, work / "validators.json")  # type: ignore[arg-type]
        # the configured 4 connections, and 1: on loopback a single thread is the fastest for
        # the floor and for watch alike, so each is compared at the same concurrency
        commands = {
            "watch": setup_watch.check_command(rules, state),
            "floor": [PY, str(HERE / "floor_304.py"), str(jobs), "4"],
            "watch-1": setup_watch.check_command(setup_watch.with_connections(rules, 1), state),
            "floor-1": [PY, str(HERE / "floor_304.py"), str(jobs), "1"],
        }
        first: dict[str, object] = {}
        if with_peers and self.peers_bin is not None:
            for name, setup in (
                ("urlwatch", peers.setup_urlwatch),
                ("rss2email", peers.setup_rss2email),
            ):
                commands[name] = setup(self.peers_bin, work / name, feed_list)  # type: ignore[arg-type]
                s = measure(commands[name], out_dir=work, tag=f"{name}-first")
                first[name] = {"wall": s.wall, "cpu": s.cpu, "rc": s.rc}
                self.log(f"{name} first run {s.wall:.1f}s")
        samples: dict[str, list[Sample]] = {k: [] for k in commands}
        for _ in range(reps):
            for name, command in commands.items():
                s = measure(command, out_dir=work, tag=f"steady-{name}")
                if name.startswith("watch"):
                    report.check_watch_json(s, feeds=feeds, cold=False)
                elif s.rc != 0:
                    raise RuntimeError(f"{name} failed: {s.stderr_tail}")
                samples[name].append(s)
        out = {name: self.keep(f"steady-{name}-{feeds}", runs) for name, runs in samples.items()}
        out["first_runs"] = first
        self.log(
            f"steady {feeds}: "
            + ", ".join(f"{k} {v['wall']:.2f}s" for k, v in out.items() if k != "first_runs")
        )
        return out

    def profile(self, feeds: int, rules: Path) -> None:
        """py-spy over a fresh cold run, then over a steady run on the state it left."""
        if self.peers_bin is None:
            return
        from profile_summary import summarise

        state = self.out / f"run-{feeds}" / "state-profile"
        shutil.rmtree(state, ignore_errors=True)
        tables = {}
        for kind, rate in (("cold", 50), ("steady", 200)):
            raw = self.out / f"{kind}-profile.txt"
            raw.unlink(missing_ok=True)
            command = [
                str(self.peers_bin / "py-spy"),
                "record",
                "--format",
                "raw",
                "-o",
                str(raw),
                "--rate",
                str(rate),
                "--subprocesses",
                "--",
                *setup_watch.check_command(rules, state),
            ]
            subprocess.run(command, capture_output=True, check=False)
            if raw.exists():
                tables[kind] = summarise(raw, 30)
        self.results["profile"] = {"feeds": feeds, "tables": tables}
        self.log("profiled cold and steady runs")

    def matching(self) -> None:
        script = HERE / "bench_match.py"
        if not script.exists():
            self.skip("matching", "bench/bench_match.py is not there yet")
            return
        s = measure(
            [PY, str(script), *self.args.match_args.split()], out_dir=self.out / "logs", tag="match"
        )
        self.results["matching"] = {
            "rc": s.rc,
            "output": s.stdout,
            "wall": s.wall,
            "stderr": s.stderr_tail if s.rc else "",
        }
        self.log(f"bench_match.py: rc {s.rc}, {s.wall:.1f}s")

    def bigdb(self, rules: Path) -> None:
        n = self.args.articles
        state = self.out / f"bigdb-{n}"
        marker = state / f"built-v{SCHEMA_VERSION}.json"  # a new schema: built again
        if not marker.exists():
            if self.left() < n / 1_000_000 * 900:  # 855 s per million measured (schema 4)
                self.skip(
                    "bigdb",
                    f"building {n} articles needs ~{n / 1100:.0f}s, {self.left():.0f}s left",
                )
                return
            shutil.rmtree(state, ignore_errors=True)
            self.log(f"building the {n}-article database")
            result = subprocess.run(
                [
                    PY,
                    str(HERE / "bigdb.py"),
                    str(state),
                    "--articles",
                    str(n),
                    "--claims-from",
                    str(rules),
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            marker.write_text(result.stdout)
        built = json.loads(marker.read_text())
        queries = {
            "watch claims": ["claims"],
            "search Nvidia": ["search", "Nvidia"],
            "search OpenAI IPO": ["search", "OpenAI IPO"],
            "search 英伟达": ["search", "英伟达"],
            "search 上市 (two characters)": ["search", "上市"],
        }
        timed = {}
        for label, argv in queries.items():
            runs = [
                measure(
                    [str(setup_watch.WATCH), "--rules", str(rules), "--state", str(state), *argv],
                    out_dir=self.out / "logs",
                    tag="bigdb",
                )
                for _ in range(self.args.query_runs)
            ]
            if any(r.rc for r in runs):
                raise RuntimeError(f"{label} failed: {runs[0].stderr_tail}")
            timed[label] = self.keep(f"bigdb-{label}", runs)
        self.results["bigdb"] = {"built": built, "queries": timed}
        self.log("bigdb: " + ", ".join(f"{k} {v['wall']:.2f}s" for k, v in timed.items()))

    # --- the whole run ------------------------------------------------------------------------

    def scale(self, feeds: int, main: bool) -> None:
        """Figures 1 and 2 (and, for the main scale, the floors, peers, matching, profile)."""
        args = self.args
        manifest = self.corpus(feeds)
        rules = setup_watch.write_rules(
            self.out / f"run-{feeds}" / "rules.yaml",
            manifest["feed_list"],  # type: ignore[arg-type]
        )
        scaling = self.results.setdefault("scaling", {})
        if not main and not args.add_scale:
            known = scaling.get(args.feeds) or scaling.get(str(args.feeds))  # type: ignore[union-attr]
            predicted = known["cold"]["watch"]["wall"] * feeds / args.feeds
            if predicted * 1.5 > self.left():
                self.skip(
                    f"scale {feeds}",
                    f"cold run predicted ~{predicted:.0f}s (linear from {args.feeds} feeds), "
                    f"{self.left():.0f}s of the budget left; run `bench/run.py --add-scale "
                    f"{feeds}` to add it",
                )
                return
        with server.serve(self.out / f"corpus-{feeds}", self.port, self.out / f"nginx-{feeds}"):
            result = {"corpus": {k: v for k, v in manifest.items() if k != "feed_list"}}
            result["cold"] = self.cold(feeds, rules, args.cold_runs if main else 1, naive=main)
            result["steady"] = self.steady(
                feeds, rules, args.steady_runs if main else 3, with_peers=main
            )
            scaling[str(feeds)] = result  # type: ignore[index]
            if not main:
                # keep the disk budget (~6 GB): a 5,000-feed state database is ~1.2 GB
                shutil.rmtree(self.out / f"run-{feeds}" / "state", ignore_errors=True)
            self.results["skipped"].pop(f"scale {feeds}", None)  # type: ignore[attr-defined]
            self.save()
            if main:
                self.matching()
                if not args.no_profile:
                    self.profile(feeds, rules)
                self.save()
        if main and not args.no_bigdb:
            self.bigdb(rules)
            self.save()

    def run(self) -> None:
        args = self.args
        self.out.mkdir(parents=True, exist_ok=True)
        server.nginx_binary()
        # an editable install never compiles watch's bytecode; every run would compile it again
        subprocess.run([PY, "-m", "compileall", "-q", str(REPO / "watch")], check=True)
        if not args.no_peers:
            self.peers_bin = peers.ensure_venv(self.out / "peers-venv")
        if args.add_scale or args.add_bigdb:
            # figures that did not fit one run's budget, added to that run's results
            self.results = json.loads((self.out / self.results_name).read_text())
            for feeds in args.add_scale or []:
                self.scale(feeds, main=False)
            if args.add_bigdb:
                self.results["skipped"].pop("bigdb", None)  # type: ignore[attr-defined]
                self.bigdb(self.out / f"run-{self.results['feeds']}" / "rules.yaml")
            spent = round(time.monotonic() - self.t0)
            self.results["added_seconds"] = self.results.get("added_seconds", 0) + spent
        else:
            self.results.update(
                date=datetime.now(UTC).isoformat(timespec="seconds"),
                machine=machine(),
                quick=args.quick,
                feeds=args.feeds,
                scales=args.scales,
                budget=args.budget,
                versions=versions(self.peers_bin),
            )
            self.results["git"] = {"start": _git_state()}
            self.startup()
            for feeds in [args.feeds] + [n for n in args.scales if n != args.feeds]:
                self.scale(feeds, main=feeds == args.feeds)
            self.results["total_seconds"] = round(time.monotonic() - self.t0)
            self.results["git"]["end"] = _git_state()  # type: ignore[index]
        self.save()
        quick = self.results.get("quick")
        target = args.results or (self.out / "RESULTS-quick.md" if quick else HERE / "RESULTS.md")
        target.write_text(report.render(self.results))
        self.log(f"wrote {target}")


def _git_state() -> str:
    """The commit watch was measured at, and whether watch/ had uncommitted changes: other
    people work in the same tree, so a run can straddle two versions (see RESULTS.md)."""
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "watch/"], capture_output=True, text=True
    )
    return head.stdout.strip() + (" + uncommitted changes in watch/" if dirty.stdout else "")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 feeds, fewer runs")
    parser.add_argument("--out", type=Path, default=HERE / "out")
    parser.add_argument("--results", type=Path, help="where to write the Markdown table")
    parser.add_argument("--budget", type=float, default=1500, help="seconds (default 25 min)")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--no-bigdb", action="store_true")
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument(
        "--add-scale",
        type=int,
        action="append",
        help="run only this scaling point (feeds) into the last run's results.json; repeatable",
    )
    parser.add_argument(
        "--add-bigdb", action="store_true", help="run only figure 7 into the last results.json"
    )
    args = parser.parse_args()
    full = not args.quick
    args.feeds = 1000 if full else 100
    args.scales = [100, 1000, 5000] if full else [100]
    args.cold_runs = 3 if full else 2
    args.steady_runs = 5 if full else 3
    args.startup_runs = 15 if full else 7
    args.query_runs = 3
    args.articles = 1_000_000 if full else 100_000
    args.match_args = "" if full else "--mb 1"
    return args


if __name__ == "__main__":
    os.chdir(REPO)
    Bench(parse_args()).run()
