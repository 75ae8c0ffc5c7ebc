"""watch's side of the benchmark: the generated rules.yaml and the commands that run watch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
WATCH = REPO / ".venv" / "bin" / "watch"


def shipped_claims() -> list[dict[str, Any]]:
    """The claims of the repository's rules.yaml, without their seed-file sources: the
    benchmark's seeds_dir is empty (only the corpus is measured), and a source quoting a missing
    seed would fail validation. Sources given by URL are kept."""
    data = yaml.safe_load((REPO / "rules.yaml").read_text(encoding="utf-8")) or {}
    claims = []
    for claim in data.get("claims") or []:
        claim = dict(claim)
        claim["sources"] = [s for s in claim.get("sources") or [] if not s.get("seed")]
        claims.append(claim)
    return claims


# Four connections, as the floor's four threads. Every feed is on the one loopback host, which
# answers in microseconds: more threads than cores only queue for the GIL (measured: the 304
# floor takes 0.70 s with 1 thread, 0.86 s with 4, 0.88 s with 8). The defaults (16, and 2 per
# host) are for the internet, where a thread spends its time waiting on the network.
FETCH = {"allow_private_networks": ["127.0.0.1/32"], "concurrency": 4, "per_host": 4}


def write_rules(path: Path, feeds: list[dict[str, str]]) -> Path:
    """A rules.yaml for the corpus: its feeds, the shipped claims, loopback allowed, and `FETCH`."""
    seeds = path.parent / "empty-seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    rules = {
        "fetch": FETCH,
        "seeds_dir": str(seeds.resolve()),
        "notify": [],
        "feeds": [{"id": f["id"], "url": f["url"], "lang": f["lang"]} for f in feeds],
        "claims": shipped_claims(),
    }
    path.write_text(yaml.safe_dump(rules, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def with_connections(rules: Path, connections: int) -> Path:
    """A copy of `rules` next to it whose fetch uses `connections` connections (and threads)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(rules.read_text(encoding="utf-8"), Loader=loader)
    data["fetch"] = {**data["fetch"], "concurrency": connections, "per_host": connections}
    path = rules.with_name(f"{rules.stem}-{connections}conn.yaml")
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def check_command(rules: Path, state: Path) -> list[str]:
    return [
        str(WATCH),
        "--rules",
        str(rules),
        "--state",
        str(state),
        "check",
        "--once",
        "--force",
        "--json",
    ]
