"""OPML import: the feed list every RSS reader exports, merged into rules.yaml.

The new feeds are written as text into the `feeds:` list, so the user's comments and layout
stay as they were; the result is validated before it replaces the file, atomically.
"""

from __future__ import annotations

import os
import re
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
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


def merge_into_rules(rules_path: Path, feeds: list[OpmlFeed]) -> list[OpmlFeed]:
    """Add the feeds whose URL the rules do not have yet; returns those added.

    Raises ConfigError when the rules (before or after) do not validate; the file is untouched."""
    settings = load_settings(rules_path)
    known = {f.url for f in settings.feeds}
    new = [f for f in feeds if f.url not in known]
    if not new:
        return []
    text = rules_path.read_text(encoding="utf-8")
    items = "".join(f"  - name: {_yaml_str(f.title)}\n    url: {_yaml_str(f.url)}\n" for f in new)
    match = re.search(r"^feeds:[ \t]*(\[\s*\])?[ \t]*(#.*)?$", text, re.MULTILINE)
    if match is None:
        text = text.rstrip("\n") + "\n\nfeeds:\n" + items
    else:
        text = text[: match.start()] + "feeds:\n" + items + text[match.end() + 1 :]
    fd, tmp = tempfile.mkstemp(dir=rules_path.parent, prefix=".rules-", suffix=".yaml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        load_settings(tmp)  # never write a file that does not validate
        os.replace(tmp, rules_path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return new
