"""Reading articles from files (watch/claims/loading.py)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from watch.claims.loading import parse_front_matter, read_article


def test_front_matter_and_body() -> None:
    meta, body = parse_front_matter("---\ntitle: T\nlabels: {a: confirms}\n---\nBody text.\n")
    assert meta == {"title": "T", "labels": {"a": "confirms"}}
    assert body == "Body text."


@pytest.mark.parametrize(
    "text", ["No front matter.", "---not a fence\nx", "---\nunterminated: 1\n"]
)
def test_without_front_matter_the_text_is_the_body(text: str) -> None:
    assert parse_front_matter(text) == ({}, text)


def test_malformed_front_matter_raises() -> None:
    with pytest.raises(ValueError, match="front matter"):
        parse_front_matter("---\n- a list\n---\nbody")


def test_read_markdown_article(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: 标题\npublished: 2026-02-05\nlang: zh\n---\n正文。\n", encoding="utf-8"
    )
    doc, meta = read_article(path)
    assert (doc.title, doc.published, doc.lang, doc.text) == (
        "标题",
        dt.date(2026, 2, 5),
        "zh",
        "正文。",
    )
    assert meta["lang"] == "zh"


def test_published_defaults_to_file_mtime(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Just text.", encoding="utf-8")
    stamp = dt.datetime(2026, 4, 2, 12, tzinfo=dt.UTC).timestamp()
    os.utime(path, (stamp, stamp))
    doc, meta = read_article(path)
    assert doc.published == dt.date(2026, 4, 2) and meta == {} and doc.text == "Just text."


def test_bad_published_date_raises(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text("---\npublished: soon\n---\nx", encoding="utf-8")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        read_article(path)


def test_html_goes_through_the_extractor(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    body = "<p>" + "OpenAI plans an IPO in the fourth quarter, people familiar said. " * 5 + "</p>"
    path.write_text(
        "<html><head><title>OpenAI IPO</title>"
        '<meta property="article:published_time" content="2026-02-03T08:00:00Z"></head>'
        f"<body><article>{body}</article></body></html>",
        encoding="utf-8",
    )
    doc, meta = read_article(path)
    assert "fourth quarter" in doc.text
    assert doc.published == dt.date(2026, 2, 3)
    assert meta == {}
