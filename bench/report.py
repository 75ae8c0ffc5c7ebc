"""Checks on watch's own output, and the results as Markdown (bench/RESULTS.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import setup_watch
from common import Sample


def check_watch_json(sample: Sample, *, feeds: int, cold: bool) -> dict[str, Any]:
    """watch's `--json` summary, after checking the run did what the figure claims.

    Raises RuntimeError for a failed run, failed feeds, or a steady run that was not all 304."""
    if sample.rc != 0:
        raise RuntimeError(f"watch exited {sample.rc}: {sample.stderr_tail}")
    data = json.loads(sample.stdout)
    problems = []
    if data["feeds_polled"] != feeds or data["feeds_failed"]:
        problems.append(f"{data['feeds_polled']} polled, {data['feeds_failed']} failed")
    if cold and (data["new_articles"] == 0 or data["feeds_not_modified"]):
        problems.append(f"cold run stored {data['new_articles']} articles")
    if not cold and (data["feeds_not_modified"] != feeds or data["new_articles"]):
        problems.append(f"steady run: {data['feeds_not_modified']} of {feeds} not modified")
    if problems:
        raise RuntimeError("; ".join(problems) + f" — errors: {data.get('errors', [])[:3]}")
    return data


def _s(x: float | None, digits: int = 2) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def _mark(ok: bool | None) -> str:
    return "—" if ok is None else ("yes" if ok else "**no**")


# rss2email fetches one feed at a time and urlwatch uses a thread pool: the peers are set against
# watch at 4 connections and at 1, and each pairing is judged on its own.
def _peer_ratios(faster: float, w: dict[str, float], w1: dict[str, float] | None) -> str:
    one = f", {faster / w1['wall']:.2f}x at 1" if w1 else ""
    return f"{faster / w['wall']:.2f}x at 4 connections{one}"


def _peer_marks(faster: float, w: dict[str, float], w1: dict[str, float] | None) -> str:
    four = f"{_mark(faster / w['wall'] >= 2)} at 4 connections"
    return four + (f", {_mark(faster / w1['wall'] >= 2)} at 1" if w1 else "")


def _rows(r: dict[str, Any]) -> list[tuple[str, str, str, str, str, str]]:
    """(#, figure, watch, compared with, ratio, target met) per figure."""
    rows = []
    main = r["scaling"].get(str(r["feeds"])) or r["scaling"].get(r["feeds"])
    n = r["feeds"]
    if main:
        st = main["steady"]
        w, fl = st["watch"], st["floor"]
        w1, fl1 = st.get("watch-1"), st.get("floor-1")
        peer_walls = {k: st[k]["wall"] for k in ("urlwatch", "rss2email") if k in st}
        faster = min(peer_walls.values()) if peer_walls else None
        peers_txt = ", ".join(f"{k} {v:.2f} s" for k, v in peer_walls.items())
        one = (
            f"; 1 connection: {w1['wall']:.2f} s vs floor (1 thread) {fl1['wall']:.2f} s"
            if w1 and fl1
            else ""
        )
        ratio_one = f", {w1['wall'] / fl1['wall']:.2f}x at 1" if w1 and fl1 else ""
        floor_met = w["wall"] <= 1.5 * fl["wall"] and (
            not (w1 and fl1) or w1["wall"] <= 1.5 * fl1["wall"]
        )
        rows.append(
            (
                "1",
                f"steady state, {n} feeds all 304 (`check --once --force`)",
                f"{w['wall']:.2f} s wall, {w['cpu']:.2f} s CPU (4 connections){one}",
                f"floor (4 threads) {fl['wall']:.2f} s wall / {fl['cpu']:.2f} s CPU; "
                f"{peers_txt or 'peers not run'}",
                f"{w['wall'] / fl['wall']:.2f}x floor at 4{ratio_one}"
                + (f"; faster peer / watch = {_peer_ratios(faster, w, w1)}" if faster else ""),
                f"<= 1.5x floor: {_mark(floor_met)}; >= 2x faster than peers: "
                + (_peer_marks(faster, w, w1) if faster else _mark(None)),
            )
        )
        c = main["cold"]
        cw = c["watch"]
        if "cpu_floor" in c:
            nv = c["naive"]
            rows.append(
                (
                    "2",
                    f"cold, {n} feeds + {main['corpus']['pages']} pages "
                    f"({c['json']['new_articles']} articles stored)",
                    f"{cw['wall']:.1f} s wall, {cw['cpu']:.1f} s CPU",
                    f"CPU floor {c['cpu_floor']:.1f} s (feedparser+trafilatura "
                    f"{c['lib_cpu']:.1f} s CPU "
                    f"/ 2 cores); naive sequential {nv['wall']:.1f} s wall",
                    f"{cw['wall'] / c['cpu_floor']:.2f}x CPU floor; "
                    f"{cw['wall'] / nv['wall']:.2f}x naive",
                    f"<= 1.3x floor: {_mark(cw['wall'] <= 1.3 * c['cpu_floor'])}",
                )
            )
        rows.append(
            (
                "6",
                f"peak memory, cold run ({n} feeds)",
                f"{cw['maxrss_mb']:.0f} MB largest process; whole tree "
                f"{cw.get('tree_pss_mb', 0):.0f} MB PSS ({cw['tree_rss_mb']:.0f} MB RSS summed)",
                "—",
                "—",
                f"<= 250 MB: {_mark(cw['maxrss_mb'] <= 250)} (largest process); "
                f"{_mark(cw.get('tree_pss_mb', 1e9) <= 250)} (tree, PSS)",
            )
        )
    if "startup" in r:
        h, b = r["startup"]["help"], r["startup"]["bare"]
        rows.append(
            (
                "5",
                "`watch --help` start-up",
                f"{h['wall']:.3f} s wall",
                f"`python -c pass` {b['wall']:.3f} s",
                f"+{h['wall'] - b['wall']:.3f} s",
                f"<= 0.15 s: {_mark(h['wall'] <= 0.15)}",
            )
        )
    if "bigdb" in r:
        b = r["bigdb"]
        for label, q in b["queries"].items():
            rows.append(
                (
                    "7",
                    f"{b['built']['articles']:,} articles: `{label}`",
                    f"{q['wall']:.2f} s",
                    "—",
                    "—",
                    f"<= 0.5 s: {_mark(q['wall'] <= 0.5)}",
                )
            )
        rows.append(
            (
                "7",
                "database bytes per article",
                f"{b['built']['bytes_per_article']:,} B",
                f"{b['built']['db_bytes'] / 2**30:.2f} GiB total",
                "—",
                "—",
            )
        )
    return sorted(rows, key=lambda row: row[0])


def render(r: dict[str, Any]) -> str:
    """The whole RESULTS.md."""
    m, v = r["machine"], r["versions"]
    out = [
        "# watch benchmark results",
        "",
        f"Generated by `bench/run.py{' --quick' if r['quick'] else ''}` on {r['date']}"
        + (f" in {r['total_seconds']} s" if "total_seconds" in r else " (run time: see notes)")
        + (
            f", plus {r['added_seconds']} s of figures added with `--add-*`"
            if "added_seconds" in r
            else ""
        )
        + ". Every figure is a whole process tree (wall; CPU = "
        "user+sys of the command and all its descendants; memory = ru_maxrss of the largest "
        "process, and the peak of the tree's summed PSS, which counts a page its processes "
        "share once), the median of "
        "the runs listed under *Runs*; every ratio is between figures of this same run.",
        "",
        f"**Machine:** {m['nproc']} cores, {m['cpu']}, {m['memory_gib']} GiB, "
        f"Linux {m['kernel']}.  ",
        f"**watch:** commit {r.get('git', {}).get('start', '?')} at the start, "
        f"{r.get('git', {}).get('end', '?')} at the end (the tree is shared and moves).  ",
        "**Versions:** " + ", ".join(f"{k} {val}" for k, val in v.items()) + ".",
        "",
        "**Set-up:** corpus from `bench/corpus.py` (seeded), served by nginx on 127.0.0.1 (static "
        "files, ETag/Last-Modified/304, no gzip, no access log). watch runs with "
        f"`fetch: {json.dumps(setup_watch.FETCH)}` — four connections like the floor's four "
        "threads, since every feed is on the one loopback host (see bench/setup_watch.py) — "
        "the shipped claims (`rules.yaml`, seed-file sources dropped) and an empty `seeds_dir`; "
        "watch's bytecode is compiled first, as an install from a wheel would have it.",
        "",
        "| # | figure | watch | compared with (same run) | ratio | target met |",
        "|---|---|---|---|---|---|",
    ]
    out += [f"| {' | '.join(row)} |" for row in _rows(r)]
    if "matching" in r:
        out += [
            "",
            "## Figures 3 and 4: matching (`bench/bench_match.py`, verbatim)",
            "",
            "```",
            r["matching"]["output"].strip("\n") or r["matching"].get("stderr", ""),
            "```",
        ]
    out += _scaling(r)
    notes = Path(__file__).resolve().parent / "NOTES.md"
    if notes.exists():
        # hand-written analysis: it names the run it was written for, so a stale note shows
        out += ["", notes.read_text(encoding="utf-8").strip()]
    if r.get("skipped"):
        out += ["", "## Skipped", ""] + [f"- {k}: {why}" for k, why in r["skipped"].items()]
    for kind, table in r.get("profile", {}).get("tables", {}).items():
        out += [
            "",
            f"## Where the {kind} run's time goes (py-spy, {r['profile']['feeds']} feeds, all "
            "processes; entry-point and thread plumbing left out of the inclusive table)",
            "",
            table,
        ]
    out += [
        "",
        "## Runs",
        "",
        "Medians above; min–max wall and run counts here. *Other CPU* is the CPU time the rest "
        "of the machine (nginx, the measurer, anything else running) used during the run, from "
        "/proc/stat: a large value means a noisy neighbour shared the 2 cores.",
        "",
        "| series | runs | wall median | min | max | CPU median | other CPU median |",
        "|---|---|---|---|---|---|---|",
    ]
    for key, runs in r["runs"].items():
        walls = sorted(x["wall"] for x in runs)
        cpus = sorted(x["cpu"] for x in runs)
        other = sorted(x.get("other_cpu", float("nan")) for x in runs)
        out.append(
            f"| {key} | {len(runs)} | {walls[len(walls) // 2]:.3f} | {walls[0]:.3f} | "
            f"{walls[-1]:.3f} | {cpus[len(cpus) // 2]:.3f} | {other[len(other) // 2]:.2f} |"
        )
    return "\n".join(out) + "\n"


def _scaling(r: dict[str, Any]) -> list[str]:
    out = [
        "",
        "## Figure 8: scaling",
        "",
        "| feeds | pages | articles stored | cold wall | cold CPU | cold s per feed | "
        "steady wall | steady floor | steady ms per feed |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for feeds in sorted(r["scaling"], key=int):
        s = r["scaling"][feeds]
        c, st = s["cold"]["watch"], s["steady"]
        n = int(feeds)
        out.append(
            f"| {n} | {s['corpus']['pages']} | {s['cold']['json']['new_articles']} | "
            f"{c['wall']:.1f} s | {c['cpu']:.1f} s | {c['wall'] / n:.3f} | "
            f"{st['watch']['wall']:.2f} s | {st['floor']['wall']:.2f} s | "
            f"{1000 * st['watch']['wall'] / n:.2f} |"
        )
    return out
