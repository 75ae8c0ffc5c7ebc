"""Reading an article from a file for `watch match` and `watch eval`.

A Markdown or text file may start with YAML front matter between `---` lines (title,
published YYYY-MM-DD, url, lang, labels); the rest is the article text. `.html`/`.htm` files go
through the extractor. The CLI applies `--published`/`--title` overrides with
`dataclasses.replace`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from watch.localfile import PAGE_MAX_BYTES, read_regular
from watch.models import Document


def parse_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Split `---`-fenced YAML front matter from the body.

    Returns ({}, text) when there is none. Raises ValueError when the fence is opened but the
    YAML inside is malformed or not a mapping."""
    stripped = text.lstrip("\ufeff")
    if not stripped.startswith("---"):
        return {}, text
    lines = stripped.splitlines(keepends=True)
    if lines[0].strip() != "---":
        return {}, text
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            try:
                meta = yaml.safe_load("".join(lines[1:i])) or {}
            except yaml.YAMLError as exc:
                raise ValueError(f"bad front matter: {exc}") from None
            if not isinstance(meta, dict):
                raise ValueError("front matter is not a mapping")
            return meta, "".join(lines[i + 1 :]).strip("\n")
    return {}, text


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise ValueError(f"published {value!r} is not a YYYY-MM-DD date") from None
    return None


def read_article(
    path: str | Path, max_bytes: int = PAGE_MAX_BYTES
) -> tuple[Document, dict[str, Any]]:
    """A `Document` and its front matter from a .md/.txt/.html file.

    The publication date is the front matter's `published`, else the page's own date (HTML),
    else the file's modification date. Raises OSError when the file cannot be read,
    watch.errors.LocalFileError when it is not a regular file or holds more than `max_bytes`,
    ValueError for malformed front matter, and watch.errors.ExtractError for HTML without main
    text."""
    path = Path(path)
    data = read_regular(path, max_bytes)
    mtime = dt.datetime.fromtimestamp(path.stat().st_mtime, tz=dt.UTC).date()
    if path.suffix.lower() in (".html", ".htm"):
        from watch.extraction import extract_html  # heavy (trafilatura); only when needed

        page = extract_html(data, path.as_uri())
        published = page.published.date() if page.published else mtime
        return Document(page.text, published, page.title or "", page.lang), {}
    meta, body = parse_front_matter(data.decode("utf-8", errors="replace"))
    published = _as_date(meta.get("published")) or mtime
    lang = str(meta.get("lang") or "und")
    return Document(body, published, str(meta.get("title") or ""), lang), meta
