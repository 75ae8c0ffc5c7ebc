"""OPML import: the feed list every RSS reader exports, merged into rules.yaml.

The new feeds are written as text into the `feeds:` list, so the user's comments and layout
stay as they were; the result is validated before it replaces the file, atomically.
"""

from __future__ import annotations

import os
import re
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from pathlib import Path

from watch.config import load_settings
from watch.errors import ConfigError, ConfigProblem


@dataclass(frozen=True)
class OpmlFeed:
    title: str
    url: str


def parse_opml(data: bytes, name: str = "OPML") -> list[OpmlFeed]:
    """Every outline with an xmlUrl, in document order, first of each URL kept.

    Raises ConfigError when the file is not OPML. DOCTYPEs are refused (no entity tricks)."""
    if b"<!DOCTYPE" in data[:4096].upper():
        raise ConfigError([ConfigProblem(name, None, "", "OPML with a DOCTYPE is not accepted")])
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else None
        raise ConfigError([ConfigProblem(name, line, "", f"not valid OPML: {exc}")]) from None
    if root.tag.lower() != "opml":
        raise ConfigError([ConfigProblem(name, 1, "", "not an OPML document")])
    feeds: dict[str, OpmlFeed] = {}
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if url and url not in feeds:
            title = (outline.get("title") or outline.get("text") or url).strip()
            feeds[url] = OpmlFeed(" ".join(title.split()), url)
    return list(feeds.values())


def _yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass(frozen=True)
class OpmlMerge:
    """What an import did: the feeds added, and the outlines skipped with the reason."""

    added: list[OpmlFeed]
    skipped: list[tuple[OpmlFeed, str]]


def merge_into_rules(rules_path: Path, feeds: list[OpmlFeed]) -> OpmlMerge:
    """Add the feeds whose URL the rules do not have yet. An outline the rules would refuse
    (a URL that is no http(s) address, say) is skipped with its reason, and the rest are added:
    one bad line in a reader's export should not cost the other hundred.

    Raises ConfigError when the rules do not validate; the file is then untouched."""
    settings = load_settings(rules_path)
    known = {f.url for f in settings.feeds}
    new = [f for f in feeds if f.url not in known]
    skipped: list[tuple[OpmlFeed, str]] = []
    original = rules_path.read_text(encoding="utf-8")
    while new:
        text = _with_feeds(original, new)
        try:
            _replace_validated(rules_path, text)
        except ConfigError as exc:
            # the new feeds come first in the list: feeds[i] with i < len(new) is new[i]
            bad: dict[int, str] = {}
            for problem in exc.problems:
                found = re.match(r"feeds\[(\d+)\]\.?(.*)", problem.path)
                if found and int(found.group(1)) < len(new):
                    field = found.group(2)
                    bad.setdefault(int(found.group(1)), f"{field}: {problem.message}".lstrip(": "))
            if not bad:
                raise ConfigError(
                    [replace(p, file=str(rules_path)) for p in exc.problems]
                ) from None
            skipped += [(new[i], why) for i, why in sorted(bad.items())]
            new = [f for i, f in enumerate(new) if i not in bad]
            continue
        break
    return OpmlMerge(new, skipped)


def _with_feeds(text: str, new: list[OpmlFeed]) -> str:
    items = "".join(f"  - name: {_yaml_str(f.title)}\n    url: {_yaml_str(f.url)}\n" for f in new)
    match = re.search(r"^feeds:[ \t]*(\[\s*\])?[ \t]*(#.*)?$", text, re.MULTILINE)
    if match is None:
        return text.rstrip("\n") + "\n\nfeeds:\n" + items
    return text[: match.start()] + "feeds:\n" + items + text[match.end() + 1 :]


def _replace_validated(rules_path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=rules_path.parent, prefix=".rules-", suffix=".yaml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        load_settings(tmp)  # never write a file that does not validate
        os.replace(tmp, rules_path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
