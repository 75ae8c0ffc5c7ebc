"""`watch report` on the bench's big database: wall time and file size, next to `watch claims`
on the same database in the same run (the status table the report's overview repeats).

    python bench/bench_report.py [--articles 1000000] [--runs 3]

Reuses `bench/out/bigdb-N` when `bench/run.py` (or an earlier run of this script) built it;
otherwise builds it first with `bench/bigdb.py` (~15 min for a million articles on 2 cores).
Targets (issue 25): <= 2 s for every claim, file < 2 MB. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import setup_watch  # noqa: E402
from common import PY, measure, summary  # noqa: E402

from watch.store.schema import SCHEMA_VERSION  # noqa: E402

TARGET_SECONDS = 2.0
TARGET_BYTES = 2_000_000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    out = HERE / "out"
    work = out / "report"
    rules = setup_watch.write_rules(work / "rules.yaml", [])  # the shipped claims, no feeds
    state = out / f"bigdb-{args.articles}"
    marker = state / f"built-v{SCHEMA_VERSION}.json"
    if not marker.exists():
        print(f"building {state} ({args.articles} articles) first", file=sys.stderr)
        built = subprocess.run(
            [PY, str(HERE / "bigdb.py"), str(state), "--articles", str(args.articles),
             "--claims-from", str(rules)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        marker.write_text(built.stdout)
    page = work / "report.html"
    base = [str(setup_watch.WATCH), "--rules", str(rules), "--state", str(state)]
    report, claims = [], []
    for _ in range(args.runs):  # interleaved, so drift on the machine hits both alike
        report.append(measure([*base, "report", "--out", str(page)], out_dir=work, tag="report"))
        claims.append(measure([*base, "claims"], out_dir=work, tag="claims"))
    for sample in report + claims:
        if sample.rc:
            raise SystemExit(f"watch failed: {sample.stderr_tail}")
    wall = summary(report)["wall"]
    size = page.stat().st_size
    result = {
        "articles": args.articles,
        "database": json.loads(marker.read_text()),
        "report": summary(report),
        "claims": summary(claims),
        "report_vs_claims": round(wall / summary(claims)["wall"], 2),
        "file_bytes": size,
        "within_targets": wall <= TARGET_SECONDS and size < TARGET_BYTES,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
