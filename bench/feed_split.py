"""CPU seconds of `Matcher.judge` over the feed mix of `bench_match.py`, split into its on-topic
and off-topic articles: where the feed-mix figure goes.

    .venv/bin/python bench/feed_split.py [--mb 2] [--claims 0]

CPU time (`time.process_time`, the best of 5 passes), not wall time: other processes on the
machine move it less. To compare two trees, copy this file into the other tree's bench/ and run
both back to back.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_match import articles, generated, off_topic  # noqa: E402

from watch.claims.engine import Matcher  # noqa: E402
from watch.config import load_settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="MB of article text")
    parser.add_argument("--claims", type=int, default=0, help="generated claims to add")
    args = parser.parse_args()
    shipped = list(load_settings(ROOT / "rules.yaml").claims)
    matcher = Matcher(shipped + (generated(args.claims) if args.claims else []))
    docs = articles(args.mb)
    quiet = off_topic(docs, shipped)
    on = [d for i, d in enumerate(docs) if i % 20 == 0]  # as bench_match's feed mix
    off = [d for i, d in enumerate(quiet) if i % 20 != 0]
    for label, work in (("feed mix", on + off), ("on topic", on), ("off topic", off)):
        best = []
        for _ in range(5):
            start = time.process_time()
            for doc in work:
                matcher.judge(doc)
            best.append(time.process_time() - start)
        size = sum(len(d.text.encode()) for d in work) / 1e6
        print(
            f"{label:>10}: {len(work):5d} articles {size:5.2f} MB  cpu {min(best):.3f} s  "
            f"({1e6 * min(best) / len(work):7.1f} us an article)"
        )


if __name__ == "__main__":
    main()
