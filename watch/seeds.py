"""The seed documents: the user-supplied articles that set the baseline of claims.

Any .txt, .md, .markdown, .html or .htm file in the seeds folder is a seed. Only regular files
are read, up to `fetch.max_bytes` (watch.localfile); a symbolic link is followed, wherever it
points, since the folder and its links are the user's own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from watch.errors import LocalFileError
from watch.localfile import read_regular

SEED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def seed_files(folder: Path) -> Iterator[Path]:
    """The seed files in `folder`, in name order; none if it does not exist."""
    if folder.is_dir():
        yield from sorted(p for p in folder.iterdir() if p.suffix.lower() in SEED_SUFFIXES)


def squash(text: str) -> str:
    """Text folded for quote comparison: NFKC, no white space, case-folded, and Chinese folded
    between traditional and simplified script (the claim engine's fold), so that a quote copied
    in one script is found in a seed written in the other."""
    from watch.claims.text import normalise

    return normalise(re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))).casefold()


def check_quotes(
    claims: Iterable[Any], folder: Path, max_bytes: int
) -> list[tuple[tuple[Any, ...], str]]:
    """Each claim source that cites a seed must quote it: (field path, problem) per miss."""
    cache: dict[str, str | None] = {}
    unreadable: dict[str, str] = {}
    problems: list[tuple[tuple[Any, ...], str]] = []
    for i, claim in enumerate(claims):
        for j, source in enumerate(claim.sources):
            if not source.seed:
                continue
            if source.seed not in cache:
                path = folder / source.seed
                try:
                    raw = read_regular(path, max_bytes)
                    cache[source.seed] = squash(raw.decode("utf-8", errors="replace"))
                except FileNotFoundError:
                    cache[source.seed] = None
                except (OSError, LocalFileError) as exc:
                    cache[source.seed] = None
                    unreadable[source.seed] = getattr(exc, "message", None) or str(exc)
            text = cache[source.seed]
            if text is None:
                why = unreadable.get(source.seed)
                problems.append(
                    (
                        (i, "sources", j, "seed"),
                        f"seed file {source.seed!r} in {folder}: {why}"
                        if why
                        else f"seed file {source.seed!r} not found in {folder}",
                    )
                )
            elif squash(source.quote) not in text:
                problems.append(
                    ((i, "sources", j, "quote"), f"quote not found in seed {source.seed}")
                )
    return problems
