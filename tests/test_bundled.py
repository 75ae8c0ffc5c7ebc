"""What the package bundles for `watch demo` (claims and seeds, so it runs from any directory
with the installed package alone) stays what the repository ships."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
STARTER = ROOT / "watch" / "data" / "starter"


def test_the_demo_judges_against_the_shipped_claims() -> None:
    shipped = yaml.safe_load((ROOT / "rules.yaml").read_text(encoding="utf-8"))["claims"]
    bundled = yaml.safe_load((STARTER / "demo-rules.yaml").read_text(encoding="utf-8"))["claims"]
    assert bundled == shipped, (
        "watch/data/starter/demo-rules.yaml is stale: copy the claims of rules.yaml into it"
    )


def test_the_demo_quotes_the_shipped_seeds() -> None:
    shipped = {p.name: p.read_bytes() for p in (ROOT / "seeds").iterdir() if p.is_file()}
    bundled = {p.name: p.read_bytes() for p in (STARTER / "seeds").iterdir() if p.is_file()}
    assert bundled == shipped, "watch/data/starter/seeds/ is stale: copy seeds/ into it"
