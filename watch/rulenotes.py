"""Notes for `watch validate`: what loads but will not do what it seems to, one note a field
with its file and line, printed as warnings (the file stays valid). The readings behind them are
the engine's own (`certainty.ignored_pending`, `claims.hints`); this module only places them."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from watch import yamlfile
from watch.config import Settings
from watch.errors import ConfigProblem
from watch.validate import dotted


def rule_notes(settings: Settings, path: str | os.PathLike[str]) -> list[ConfigProblem]:
    """The notes on `settings`, loaded from `path`: `pending` phrases the engine ignores or reads
    as tense, verb aliases that take no -ed/-ing forms, goal nouns listed as confirming
    cues, cues that are the claim's own topic noun, and cue wordings that miss or overreach
    (`claims.cue_traps`)."""
    from watch.claims.certainty import ignored_pending
    from watch.claims.cue_traps import figure_cues, negated_cues
    from watch.claims.hints import goal_cues, pending_would, topic_cues, verb_aliases

    name = str(path)
    found: list[tuple[tuple[Any, ...], str]] = [
        (("claims", i, "pending", k), why)
        for i, claim in enumerate(settings.claims)
        for k, why in [*ignored_pending(claim), *pending_would(claim)]
    ]
    found += [
        (("claims", i, "subject", group, k), why)
        for i, claim in enumerate(settings.claims)
        for group, k, why in verb_aliases(claim)
    ]
    found += [
        (("claims", i, "confirms", k), why)
        for i, claim in enumerate(settings.claims)
        for k, why in goal_cues(claim)
    ]
    found += [
        (("claims", i, field, k), why)
        for i, claim in enumerate(settings.claims)
        for field, k, why in topic_cues(claim)
    ]
    found += [
        (("claims", i, field, k), why)
        for i, claim in enumerate(settings.claims)
        for check in (negated_cues, figure_cues)
        for field, k, why in check(claim)
    ]
    if not found:
        return []
    _, node = yamlfile.parse(Path(path).read_text(encoding="utf-8"), name)
    lines = yamlfile.key_lines(node, name)
    return [
        ConfigProblem(name, yamlfile.line_for(lines, where), dotted(where), why)
        for where, why in found
    ]
