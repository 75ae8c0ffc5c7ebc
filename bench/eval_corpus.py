"""Run the claim engine over a labelled corpus and print the evaluation table.

.venv/bin/python bench/eval_corpus.py [CORPUS_DIR] [--rules rules.yaml] [--min-confidence 0.6] [-v]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from watch.claims.engine import Matcher  # noqa: E402
from watch.claims.evaluate import evaluate, format_report  # noqa: E402
from watch.claims.loading import read_article  # noqa: E402
from watch.config import load_settings  # noqa: E402
from watch.models import Stance  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(ROOT / "tests" / "corpus"))
    parser.add_argument("--rules", default=str(ROOT / "rules.yaml"))
    parser.add_argument("--min-confidence", type=float, default=0.6)
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="print every verdict's reasons"
    )
    args = parser.parse_args()
    matcher = Matcher(load_settings(args.rules).claims)
    items = []
    for path in sorted(Path(args.corpus).glob("*.md")):
        doc, meta = read_article(path)
        if "labels" not in meta:
            continue  # not a labelled article (e.g. the corpus README)
        labels = {k: Stance(v) for k, v in (meta.get("labels") or {}).items()}
        verdicts = matcher.judge(doc)
        items.append((path.name, labels, verdicts))
        if args.verbose:
            print(f"== {path.name} {labels}")
            for v in verdicts:
                print(f"  {v.claim_id}: {v.stance} {v.confidence:.2f}")
                for r in v.reasons:
                    print(f"      {r}")
    print(format_report(evaluate(items, args.min_confidence)))


if __name__ == "__main__":
    main()
