"""Cold runs of two versions of watch, one after the other, on a corpus the bench generated.

    .venv/bin/python bench/ab_cold.py FEEDS LABEL=SOURCE [LABEL=SOURCE ...]

SOURCE is `.` for this checkout or the path of another checkout of watch (a `git worktree` of
an older commit): its `watch` package is put first on PYTHONPATH, the rest of the venv is
shared. Needs `bench/out/corpus-FEEDS` and `bench/out/run-FEEDS/rules.yaml` (left by
`bench/run.py`). Each run gets a fresh state directory under `bench/out/ab-FEEDS/`; prints one
line per run: wall, CPU of the whole process tree, peak memory, articles stored, alerts.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import measure  # noqa: E402
from server import serve  # noqa: E402

RUN = "import sys; from watch.cli import main; sys.argv[0] = 'watch'; main()"


def main() -> None:
    feeds, pairs = int(sys.argv[1]), [a.split("=", 1) for a in sys.argv[2:]]
    corpus = HERE / "out" / f"corpus-{feeds}"
    rules = HERE / "out" / f"run-{feeds}" / "rules.yaml"
    out = HERE / "out" / f"ab-{feeds}"
    port = int(json.loads((corpus / "manifest.json").read_text())["base_url"].rsplit(":", 1)[1])
    with serve(corpus, port, out / "nginx"):  # the feeds link to pages on the corpus's own port
        for label, source in pairs:
            state = out / f"state-{label}"
            shutil.rmtree(state, ignore_errors=True)
            # measure() runs the command with this process's environment
            if source == ".":
                os.environ.pop("PYTHONPATH", None)
            else:
                os.environ["PYTHONPATH"] = str(Path(source).resolve())
            command = [sys.executable, "-c", RUN, "--rules", str(rules), "--state", str(state)]
            command += ["check", "--once", "--force", "--json"]
            sample = measure(command, cwd=Path("/"), out_dir=out, tag=label)
            report = json.loads(sample.stdout)
            print(
                f"{label}: wall {sample.wall:.1f} s, CPU {sample.cpu:.1f} s, "
                f"largest process {sample.maxrss_mb:.0f} MB, tree {sample.tree_pss_mb:.0f} MB "
                f"PSS, {report['new_articles']} articles, {report['alerts']} alerts",
                flush=True,
            )


if __name__ == "__main__":
    main()
