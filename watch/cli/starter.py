"""`watch init`: a starting point for someone without a clone of the repository.

Writes the commented starter rules.yaml bundled in the package (watch/data/starter) and an
empty seeds/ folder; never overwrites a file.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path


def write_starter(directory: Path) -> list[Path]:
    """Write `directory`/rules.yaml and an empty `directory`/seeds/, creating `directory` if
    needed. Returns what was created.

    Raises FileExistsError when rules.yaml is already there (nothing is written then), and
    OSError when the directory cannot be written."""
    rules = directory / "rules.yaml"
    template = (resources.files("watch.data") / "starter" / "rules.yaml").read_text("utf-8")
    directory.mkdir(parents=True, exist_ok=True)
    created = []
    # O_EXCL: a rules.yaml that appears meanwhile is still never overwritten
    fd = os.open(rules, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(template)
    created.append(rules)
    seeds = directory / "seeds"
    if not seeds.is_dir():
        seeds.mkdir()
        created.append(seeds)
    return created
